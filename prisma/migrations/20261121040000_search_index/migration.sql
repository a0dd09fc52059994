-- Full-text search (SQLite FTS5). Prisma's schema language has no virtual tables or triggers, so
-- this migration is written by hand, as Prisma's docs advise for such features; the FTS tables
-- are declared external in lib/migrations/schema-engine.ts so that Prisma leaves them alone.
-- rowid = record id * 4 + kind (0 round, 1 update, 2 issue, 3 participant): deletes stay indexed.
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    kind UNINDEXED,
    slug UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Round_search_insert" AFTER INSERT ON "Round" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body)
    VALUES (new."id" * 4, 'round', new."slug", new."title",
            concat_ws(' ', new."summary", new."outcome", new."venue", new."city", new."country", new."lengthNote"));
END;
CREATE TRIGGER "Round_search_update" AFTER UPDATE ON "Round" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4;
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body)
    VALUES (new."id" * 4, 'round', new."slug", new."title",
            concat_ws(' ', new."summary", new."outcome", new."venue", new."city", new."country", new."lengthNote"));
END;
CREATE TRIGGER "Round_search_delete" AFTER DELETE ON "Round" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4;
END;

CREATE TRIGGER "Update_search_insert" AFTER INSERT ON "Update" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 1, 'update', new."slug", new."title", new."body");
END;
CREATE TRIGGER "Update_search_update" AFTER UPDATE ON "Update" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 1;
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 1, 'update', new."slug", new."title", new."body");
END;
CREATE TRIGGER "Update_search_delete" AFTER DELETE ON "Update" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 1;
END;

CREATE TRIGGER "Issue_search_insert" AFTER INSERT ON "Issue" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 2, 'issue', new."slug", new."title", new."summary");
END;
CREATE TRIGGER "Issue_search_update" AFTER UPDATE ON "Issue" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 2;
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 2, 'issue', new."slug", new."title", new."summary");
END;
CREATE TRIGGER "Issue_search_delete" AFTER DELETE ON "Issue" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 2;
END;

CREATE TRIGGER "Participant_search_insert" AFTER INSERT ON "Participant" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 3, 'participant', new."slug", new."name", concat_ws(' ', new."office", new."note"));
END;
CREATE TRIGGER "Participant_search_update" AFTER UPDATE ON "Participant" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 3;
    INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) VALUES (new."id" * 4 + 3, 'participant', new."slug", new."name", concat_ws(' ', new."office", new."note"));
END;
CREATE TRIGGER "Participant_search_delete" AFTER DELETE ON "Participant" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old."id" * 4 + 3;
END;

INSERT INTO "SearchIndex" (rowid, kind, slug, title, body)
    SELECT "id" * 4, 'round', "slug", "title", concat_ws(' ', "summary", "outcome", "venue", "city", "country", "lengthNote") FROM "Round";
INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) SELECT "id" * 4 + 1, 'update', "slug", "title", "body" FROM "Update";
INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) SELECT "id" * 4 + 2, 'issue', "slug", "title", "summary" FROM "Issue";
INSERT INTO "SearchIndex" (rowid, kind, slug, title, body) SELECT "id" * 4 + 3, 'participant', "slug", "name", concat_ws(' ', "office", "note") FROM "Participant";
