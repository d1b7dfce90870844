-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "at" BIGINT NOT NULL,
    "expiresAt" BIGINT NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");


-- Throttle counters need no crash safety: an unlogged table skips the write-ahead log (a take
-- costs a third of the time), and after a crash PostgreSQL empties it, which resets the limits.
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
