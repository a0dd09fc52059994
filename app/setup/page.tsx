import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { SetupForm } from "./setup-form";
import { PageTitle } from "@/components/page-title";
import { adminExists } from "@/lib/auth/accounts";

export const metadata: Metadata = { title: "Set up Parley", robots: { index: false } };

export default function SetupPage() {
  return (
    <div className="mx-auto max-w-md">
      <Suspense fallback={<div className="h-64 animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800" />}>
        <SetupWhileNoAdmin />
      </Suspense>
    </div>
  );
}

/** This page exists only until the first admin does. */
async function SetupWhileNoAdmin() {
  await connection();
  if (await adminExists()) notFound();
  return (
    <>
      <PageTitle lead="Parley has no admin yet. Create the first one; this page disappears once you have.">
        Set up Parley
      </PageTitle>
      <SetupForm />
    </>
  );
}
