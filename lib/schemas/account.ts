import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password-policy";
import { ROLES } from "../auth/roles";

export const newAccountSchema = z.object({
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(120),
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(320),
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(256, "Use at most 256 characters."),
  role: z.enum(ROLES).default("editor"),
});
