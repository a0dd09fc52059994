"use client";

import { CheckboxGroup, TextField } from "./fields";

export interface SourceChoice {
  id: number;
  publisher: string;
  title: string;
}

/** Pick known sources, or type in a new one that is saved with the record. */
export function SourcePicker({ sources }: { sources: SourceChoice[] }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">Sources</legend>
      <CheckboxGroup
        name="sourceIds"
        legend="Known sources"
        hint="Every published fact needs at least one."
        options={sources.map((s) => ({ value: String(s.id), label: `${s.publisher}: ${s.title}` }))}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="sourceUrl" label="New source: web address" type="url" hint="https://…" />
        <TextField name="sourcePublisher" label="New source: publisher" />
        <TextField name="sourceTitle" label="New source: title" />
        <TextField name="sourceDate" label="New source: publication date" type="date" />
      </div>
    </fieldset>
  );
}
