-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Round" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER,
    "title" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT,
    "venue" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "outcome" TEXT,
    "lengthNote" TEXT,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Participation" (
    "roundId" INTEGER NOT NULL,
    "participantId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("roundId", "participantId"),
    CONSTRAINT "Participation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Issue" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IssueStatusChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "issueId" INTEGER NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "roundId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IssueStatusChange_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssueStatusChange_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "issueId" INTEGER,
    "dueAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" TEXT NOT NULL DEFAULT 'MINUTE',
    "status" TEXT NOT NULL,
    "resolutionNote" TEXT,
    "resolvedAt" DATETIME,
    "setBy" TEXT,
    "setOn" DATETIME,
    "supersedesId" INTEGER,
    "chainRootId" INTEGER,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deadline_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Deadline_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Deadline" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deadline_chainRootId_fkey" FOREIGN KEY ("chainRootId") REFERENCES "Deadline" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TariffChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "direction" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'ALL_GOODS',
    "ratePercent" REAL NOT NULL,
    "effectiveAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "note" TEXT NOT NULL,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Update" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "timePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "roundId" INTEGER,
    "unverified" BOOLEAN NOT NULL DEFAULT false,
    "caveat" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Update_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Expectation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "roundId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "expectedBy" TEXT NOT NULL,
    "assessment" TEXT NOT NULL DEFAULT 'PENDING',
    "assessmentNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Expectation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToTariffChange" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_SourceToTariffChange_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToTariffChange_B_fkey" FOREIGN KEY ("B") REFERENCES "TariffChange" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToUpdate" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_SourceToUpdate_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToUpdate_B_fkey" FOREIGN KEY ("B") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RoundToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_RoundToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RoundToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ParticipantToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ParticipantToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ParticipantToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_IssueToRound" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_IssueToRound_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_IssueToRound_B_fkey" FOREIGN KEY ("B") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_IssueToUpdate" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_IssueToUpdate_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_IssueToUpdate_B_fkey" FOREIGN KEY ("B") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_IssueToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_IssueToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_IssueToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_IssueStatusChangeToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_IssueStatusChangeToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "IssueStatusChange" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_IssueStatusChangeToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DeadlineToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DeadlineToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Deadline" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DeadlineToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ExpectationToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ExpectationToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Expectation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ExpectationToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "_SourceToTariffChange_AB_unique" ON "_SourceToTariffChange"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToTariffChange_B_index" ON "_SourceToTariffChange"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_SourceToUpdate_AB_unique" ON "_SourceToUpdate"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToUpdate_B_index" ON "_SourceToUpdate"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_RoundToSource_AB_unique" ON "_RoundToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_RoundToSource_B_index" ON "_RoundToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ParticipantToSource_AB_unique" ON "_ParticipantToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ParticipantToSource_B_index" ON "_ParticipantToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_IssueToRound_AB_unique" ON "_IssueToRound"("A", "B");

-- CreateIndex
CREATE INDEX "_IssueToRound_B_index" ON "_IssueToRound"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_IssueToUpdate_AB_unique" ON "_IssueToUpdate"("A", "B");

-- CreateIndex
CREATE INDEX "_IssueToUpdate_B_index" ON "_IssueToUpdate"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_IssueToSource_AB_unique" ON "_IssueToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_IssueToSource_B_index" ON "_IssueToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_IssueStatusChangeToSource_AB_unique" ON "_IssueStatusChangeToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_IssueStatusChangeToSource_B_index" ON "_IssueStatusChangeToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DeadlineToSource_AB_unique" ON "_DeadlineToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_DeadlineToSource_B_index" ON "_DeadlineToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ExpectationToSource_AB_unique" ON "_ExpectationToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ExpectationToSource_B_index" ON "_ExpectationToSource"("B");
