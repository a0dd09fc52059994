"use server";

import { prisma } from "../db";
import type { SignedInUser } from "../auth/session";
import { Prisma } from "../generated/prisma/client";
import { tags } from "../queries/tags";
import { publicationInstant, sourceFormSchema, type SourceFormInput } from "../schemas/source";
import { ActionRefusal, editorAction } from "./editor-action";
import { saveVersioned } from "./versioned-save";

/** A source as the audit log keeps it: the fields readers see. */
async function sourceSnapshot(tx: Prisma.TransactionClient, id: number) {
  const source = await tx.source.findUnique({ where: { id } });
  if (!source) return null;
  const { createdAt: _c, ...fields } = source;
  return fields;
}

function duplicateUrl(url: string, existing?: { id: number; title: string }) {
  const known = existing ? `: it is already recorded as “${existing.title}”. Pick that source instead` : "";
  return new ActionRefusal("Another source already has this web address; nothing was saved.", {
    url: [`Each address is recorded once${known}.`],
  });
}

/** Records a source (web address, publisher, title, date), or saves a correction to one. */
export const saveSource = editorAction("saveSource", sourceFormSchema, async (input, user) => {
  const clash = await prisma.source.findFirst({
    where: { url: input.url, NOT: input.id ? { id: input.id } : undefined },
    select: { id: true, title: true },
  });
  if (clash) throw duplicateUrl(input.url, clash);

  let written: Awaited<ReturnType<typeof writeSource>>;
  try {
    written = await prisma.$transaction((tx) => writeSource(tx, input, user));
  } catch (error) {
    // Another editor saved the same address between the check above and this write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateUrl(input.url);
    throw error;
  }
  const { before, after, citedByUpdates } = written;
  // A source no record cites yet is on no reader page. Every page showing sources carries
  // `sources`, except the update lists (home, timeline), which show an update's source links.
  return {
    tags: before ? [tags.sources, ...(citedByUpdates ? [tags.updates] : [])] : [],
    redirectTo: `/edit/sources/${after.id}?saved=1`,
  };
});

async function writeSource(tx: Prisma.TransactionClient, input: SourceFormInput, user: SignedInUser) {
  const { id, before, after } = await saveVersioned(tx, {
    entity: "source",
    id: input.id,
    version: input.version,
    user,
    snapshot: (id) => sourceSnapshot(tx, id),
    fields: () => ({
      url: input.url,
      publisher: input.publisher,
      title: input.title,
      publishedOn: publicationInstant(input.publishedOn),
    }),
    updateMany: (args) => tx.source.updateMany(args),
    create: (args) => tx.source.create(args),
  });
  const citedByUpdates = (await tx.update.count({ where: { sources: { some: { id } } } })) > 0;
  return { before, after, citedByUpdates };
}
