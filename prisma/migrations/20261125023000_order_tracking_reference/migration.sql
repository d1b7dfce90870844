-- AlterTable
ALTER TABLE "Order" ADD COLUMN "trackingReference" TEXT;
