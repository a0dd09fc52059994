-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN "kind" TEXT;

-- Classify the deadlines the seed wrote, in databases made before kinds existed; each chain takes
-- its first link's kind. A deadline added by hand stays unclassified.
UPDATE "Deadline" SET "kind" = CASE
    WHEN "slug" LIKE 'tiktok-divestiture-%' THEN 'DIVEST_OR_BAN'
    WHEN "slug" LIKE 'soybeans-%' THEN 'PURCHASE_COMMITMENT'
    WHEN "slug" LIKE 'us-100-percent-tariff-threat-%' THEN 'THREATENED_MEASURE'
    WHEN "slug" LIKE 'section-122-surcharge-expiry-%' THEN 'STATUTORY_EXPIRY'
    WHEN "slug" LIKE '%-suspension-%' OR "slug" LIKE 'section-301-exclusions-%' THEN 'SUSPENSION_EXPIRY'
END;
UPDATE "Deadline" SET "kind" = (SELECT "root"."kind" FROM "Deadline" AS "root" WHERE "root"."id" = "Deadline"."chainRootId")
WHERE "kind" IS NULL AND "chainRootId" IS NOT NULL;
