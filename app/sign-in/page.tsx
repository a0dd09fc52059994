import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "./sign-in-form";
import { PageTitle } from "@/components/page-title";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <div className="mx-auto max-w-md">
      <PageTitle lead="For Parley's editors. Accounts are created by an admin; there is no public sign-up.">
        Sign in
      </PageTitle>
      <Suspense fallback={<div className="h-64 animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800" />}>
        <SignInWithParams searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function SignInWithParams({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = typeof params.next === "string" ? params.next : undefined;
  return (
    <>
      {params["signed-out"] ? (
        <p className="mb-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          You are signed out.
        </p>
      ) : null}
      <SignInForm next={next} />
    </>
  );
}
