import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter the email address of your editor account.").trim().toLowerCase().max(320),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(256),
  next: z
    .string()
    .regex(/^\/edit(\/[\w\-/?=&.]*)?$/)
    .optional()
    .catch(undefined),
});
