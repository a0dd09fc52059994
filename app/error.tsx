"use client";

import Link from "@/components/link";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl py-12 text-center" role="alert">
      <h1 className="text-3xl font-bold tracking-tight">This page could not be shown</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Something went wrong on our side while putting it together. Nothing you did caused it. Try again, or go back to
        the home page; the rest of the tracker should still work.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Reference: {error.digest}</p>
      ) : null}
      <div className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900"
        >
          Try again
        </button>
        <Link href="/" className="rounded-md border border-stone-300 px-4 py-2 dark:border-stone-700">
          Home
        </Link>
      </div>
    </div>
  );
}
