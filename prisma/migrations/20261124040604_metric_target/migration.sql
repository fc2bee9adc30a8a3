-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "target" BOOLEAN NOT NULL DEFAULT false;
