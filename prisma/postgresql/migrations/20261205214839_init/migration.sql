-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('NEGOTIATION_ROUND', 'LEADERS_MEETING', 'WORKING_MEETING', 'PHONE_CALL', 'VIDEO_CALL');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('SCHEDULED', 'UNDER_WAY', 'CONCLUDED', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('DAY', 'MINUTE');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('UNITED_STATES', 'CHINA', 'HOST', 'OTHER');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('LEAD', 'DELEGATE', 'HOST');

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('OPEN', 'UNDER_NEGOTIATION', 'FRAMEWORK_AGREED', 'RESOLVED', 'ESCALATED', 'MOOT');

-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('UPCOMING', 'EXTENDED', 'MET', 'LAPSED', 'MOOT');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('SUSPENSION_EXPIRY', 'DIVEST_OR_BAN', 'PURCHASE_COMMITMENT', 'THREATENED_MEASURE', 'STATUTORY_EXPIRY');

-- CreateEnum
CREATE TYPE "TariffDirection" AS ENUM ('US_ON_CHINA', 'CHINA_ON_US');

-- CreateEnum
CREATE TYPE "TariffMeasure" AS ENUM ('FENTANYL_IEEPA', 'RECIPROCAL_IEEPA', 'SECTION_122', 'COUNTER_FENTANYL', 'COUNTER_FARM', 'COUNTER_RECIPROCAL');

-- CreateEnum
CREATE TYPE "TariffScope" AS ENUM ('ALL_GOODS', 'SELECTED_GOODS');

-- CreateEnum
CREATE TYPE "UpdateKind" AS ENUM ('STATEMENT', 'EXECUTIVE_ORDER', 'LAW', 'COURT_RULING', 'REGULATION', 'CALL', 'MEETING', 'ANALYSIS', 'REPORT');

-- CreateEnum
CREATE TYPE "ExpectationAssessment" AS ENUM ('PENDING', 'MET', 'PARTLY_MET', 'NOT_MET');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "sequence" INTEGER,
    "title" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT,
    "venue" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" "TimePrecision" NOT NULL DEFAULT 'DAY',
    "status" "RoundStatus" NOT NULL,
    "summary" TEXT NOT NULL,
    "outcome" TEXT,
    "lengthNote" TEXT,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "roundId" INTEGER NOT NULL,
    "participantId" INTEGER NOT NULL,
    "role" "ParticipationRole" NOT NULL,
    "note" TEXT,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("roundId","participantId")
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "IssueStatus" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueStatusChange" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "fromStatus" "IssueStatus",
    "toStatus" "IssueStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "roundId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "DeadlineKind",
    "issueId" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" "TimePrecision" NOT NULL DEFAULT 'MINUTE',
    "status" "DeadlineStatus" NOT NULL,
    "resolutionNote" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "setBy" TEXT,
    "setOn" TIMESTAMP(3),
    "supersedesId" INTEGER,
    "chainRootId" INTEGER,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffChange" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "direction" "TariffDirection" NOT NULL,
    "measure" "TariffMeasure" NOT NULL,
    "scope" "TariffScope" NOT NULL DEFAULT 'ALL_GOODS',
    "ratePercent" DOUBLE PRECISION NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" "TimePrecision" NOT NULL DEFAULT 'DAY',
    "note" TEXT NOT NULL,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TariffChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Update" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "kind" "UpdateKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" "TimePrecision" NOT NULL DEFAULT 'DAY',
    "roundId" INTEGER,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expectation" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "roundId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "expectedBy" TEXT NOT NULL,
    "assessment" "ExpectationAssessment" NOT NULL DEFAULT 'PENDING',
    "assessmentNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SourceToTariffChange" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SourceToTariffChange_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_SourceToUpdate" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SourceToUpdate_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RoundToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RoundToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ParticipantToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ParticipantToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IssueToRound" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_IssueToRound_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IssueToUpdate" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_IssueToUpdate_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IssueToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_IssueToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IssueStatusChangeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_IssueStatusChangeToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DeadlineToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DeadlineToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ExpectationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ExpectationToSource_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Round_slug_key" ON "Round"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Round_sequence_key" ON "Round"("sequence");

-- CreateIndex
CREATE INDEX "Round_publishedAt_startsAt_idx" ON "Round"("publishedAt", "startsAt");

-- CreateIndex
CREATE INDEX "Round_kind_startsAt_idx" ON "Round"("kind", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_slug_key" ON "Participant"("slug");

-- CreateIndex
CREATE INDEX "Participant_side_name_idx" ON "Participant"("side", "name");

-- CreateIndex
CREATE INDEX "Participation_participantId_idx" ON "Participation"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Issue_slug_key" ON "Issue"("slug");

-- CreateIndex
CREATE INDEX "IssueStatusChange_issueId_changedAt_idx" ON "IssueStatusChange"("issueId", "changedAt");

-- CreateIndex
CREATE INDEX "IssueStatusChange_roundId_idx" ON "IssueStatusChange"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_slug_key" ON "Deadline"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_supersedesId_key" ON "Deadline"("supersedesId");

-- CreateIndex
CREATE INDEX "Deadline_status_dueAt_idx" ON "Deadline"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Deadline_dueAt_idx" ON "Deadline"("dueAt");

-- CreateIndex
CREATE INDEX "Deadline_issueId_dueAt_idx" ON "Deadline"("issueId", "dueAt");

-- CreateIndex
CREATE INDEX "Deadline_chainRootId_idx" ON "Deadline"("chainRootId");

-- CreateIndex
CREATE INDEX "TariffChange_direction_effectiveAt_idx" ON "TariffChange"("direction", "effectiveAt");

-- CreateIndex
CREATE UNIQUE INDEX "Update_slug_key" ON "Update"("slug");

-- CreateIndex
CREATE INDEX "Update_publishedAt_occurredAt_idx" ON "Update"("publishedAt", "occurredAt");

-- CreateIndex
CREATE INDEX "Update_occurredAt_idx" ON "Update"("occurredAt");

-- CreateIndex
CREATE INDEX "Update_roundId_idx" ON "Update"("roundId");

-- CreateIndex
CREATE INDEX "Expectation_roundId_idx" ON "Expectation"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "_SourceToTariffChange_B_index" ON "_SourceToTariffChange"("B");

-- CreateIndex
CREATE INDEX "_SourceToUpdate_B_index" ON "_SourceToUpdate"("B");

-- CreateIndex
CREATE INDEX "_RoundToSource_B_index" ON "_RoundToSource"("B");

-- CreateIndex
CREATE INDEX "_ParticipantToSource_B_index" ON "_ParticipantToSource"("B");

-- CreateIndex
CREATE INDEX "_IssueToRound_B_index" ON "_IssueToRound"("B");

-- CreateIndex
CREATE INDEX "_IssueToUpdate_B_index" ON "_IssueToUpdate"("B");

-- CreateIndex
CREATE INDEX "_IssueToSource_B_index" ON "_IssueToSource"("B");

-- CreateIndex
CREATE INDEX "_IssueStatusChangeToSource_B_index" ON "_IssueStatusChangeToSource"("B");

-- CreateIndex
CREATE INDEX "_DeadlineToSource_B_index" ON "_DeadlineToSource"("B");

-- CreateIndex
CREATE INDEX "_ExpectationToSource_B_index" ON "_ExpectationToSource"("B");

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueStatusChange" ADD CONSTRAINT "IssueStatusChange_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueStatusChange" ADD CONSTRAINT "IssueStatusChange_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_chainRootId_fkey" FOREIGN KEY ("chainRootId") REFERENCES "Deadline"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Update" ADD CONSTRAINT "Update_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expectation" ADD CONSTRAINT "Expectation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToTariffChange" ADD CONSTRAINT "_SourceToTariffChange_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToTariffChange" ADD CONSTRAINT "_SourceToTariffChange_B_fkey" FOREIGN KEY ("B") REFERENCES "TariffChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToUpdate" ADD CONSTRAINT "_SourceToUpdate_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SourceToUpdate" ADD CONSTRAINT "_SourceToUpdate_B_fkey" FOREIGN KEY ("B") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoundToSource" ADD CONSTRAINT "_RoundToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoundToSource" ADD CONSTRAINT "_RoundToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ParticipantToSource" ADD CONSTRAINT "_ParticipantToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ParticipantToSource" ADD CONSTRAINT "_ParticipantToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToRound" ADD CONSTRAINT "_IssueToRound_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToRound" ADD CONSTRAINT "_IssueToRound_B_fkey" FOREIGN KEY ("B") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToUpdate" ADD CONSTRAINT "_IssueToUpdate_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToUpdate" ADD CONSTRAINT "_IssueToUpdate_B_fkey" FOREIGN KEY ("B") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToSource" ADD CONSTRAINT "_IssueToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueToSource" ADD CONSTRAINT "_IssueToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueStatusChangeToSource" ADD CONSTRAINT "_IssueStatusChangeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "IssueStatusChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueStatusChangeToSource" ADD CONSTRAINT "_IssueStatusChangeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeadlineToSource" ADD CONSTRAINT "_DeadlineToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Deadline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeadlineToSource" ADD CONSTRAINT "_DeadlineToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExpectationToSource" ADD CONSTRAINT "_ExpectationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Expectation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExpectationToSource" ADD CONSTRAINT "_ExpectationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
