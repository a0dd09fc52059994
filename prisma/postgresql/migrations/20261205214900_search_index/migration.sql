-- Full-text search (PostgreSQL): one row per searchable record, its words in a tsvector column
-- with a GIN index, kept in sync by triggers as the SQLite store's FTS5 index is. Prisma's schema
-- language has no generated tsvector columns or triggers, so this migration is written by hand, as
-- Prisma's docs advise for such features; the table is declared external in
-- lib/migrations/schema-engine.ts so that Prisma leaves it alone.
-- key = record id * 4 + kind (0 round, 1 update, 2 issue, 3 participant), as SQLite's rowid.
CREATE TABLE "SearchIndex" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "body"), 'B')
    ) STORED
);
CREATE INDEX "SearchIndex_document_idx" ON "SearchIndex" USING GIN ("document");

CREATE FUNCTION "search_index_write"(key INTEGER, kind TEXT, slug TEXT, title TEXT, body TEXT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "SearchIndex" ("key", "kind", "slug", "title", "body") VALUES (key, kind, slug, title, coalesce(body, ''))
    ON CONFLICT ("key") DO UPDATE SET "kind" = EXCLUDED."kind", "slug" = EXCLUDED."slug",
        "title" = EXCLUDED."title", "body" = EXCLUDED."body";
$$;

CREATE FUNCTION "Round_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN DELETE FROM "SearchIndex" WHERE "key" = OLD."id" * 4; RETURN NULL; END IF;
    PERFORM "search_index_write"(NEW."id" * 4, 'round', NEW."slug", NEW."title",
        concat_ws(' ', NEW."summary", NEW."outcome", NEW."venue", NEW."city", NEW."country", NEW."lengthNote"));
    RETURN NULL;
END $$;
CREATE TRIGGER "Round_search" AFTER INSERT OR UPDATE OR DELETE ON "Round" FOR EACH ROW EXECUTE FUNCTION "Round_search"();

CREATE FUNCTION "Update_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN DELETE FROM "SearchIndex" WHERE "key" = OLD."id" * 4 + 1; RETURN NULL; END IF;
    PERFORM "search_index_write"(NEW."id" * 4 + 1, 'update', NEW."slug", NEW."title", NEW."body");
    RETURN NULL;
END $$;
CREATE TRIGGER "Update_search" AFTER INSERT OR UPDATE OR DELETE ON "Update" FOR EACH ROW EXECUTE FUNCTION "Update_search"();

CREATE FUNCTION "Issue_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN DELETE FROM "SearchIndex" WHERE "key" = OLD."id" * 4 + 2; RETURN NULL; END IF;
    PERFORM "search_index_write"(NEW."id" * 4 + 2, 'issue', NEW."slug", NEW."title", NEW."summary");
    RETURN NULL;
END $$;
CREATE TRIGGER "Issue_search" AFTER INSERT OR UPDATE OR DELETE ON "Issue" FOR EACH ROW EXECUTE FUNCTION "Issue_search"();

CREATE FUNCTION "Participant_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN DELETE FROM "SearchIndex" WHERE "key" = OLD."id" * 4 + 3; RETURN NULL; END IF;
    PERFORM "search_index_write"(NEW."id" * 4 + 3, 'participant', NEW."slug", NEW."name", concat_ws(' ', NEW."office", NEW."note"));
    RETURN NULL;
END $$;
CREATE TRIGGER "Participant_search" AFTER INSERT OR UPDATE OR DELETE ON "Participant" FOR EACH ROW EXECUTE FUNCTION "Participant_search"();

INSERT INTO "SearchIndex" ("key", "kind", "slug", "title", "body")
    SELECT "id" * 4, 'round', "slug", "title", concat_ws(' ', "summary", "outcome", "venue", "city", "country", "lengthNote") FROM "Round";
INSERT INTO "SearchIndex" ("key", "kind", "slug", "title", "body") SELECT "id" * 4 + 1, 'update', "slug", "title", "body" FROM "Update";
INSERT INTO "SearchIndex" ("key", "kind", "slug", "title", "body") SELECT "id" * 4 + 2, 'issue', "slug", "title", "summary" FROM "Issue";
INSERT INTO "SearchIndex" ("key", "kind", "slug", "title", "body") SELECT "id" * 4 + 3, 'participant', "slug", "name", concat_ws(' ', "office", "note") FROM "Participant";
