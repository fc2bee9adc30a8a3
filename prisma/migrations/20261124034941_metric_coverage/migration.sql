-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "coverage" JSONB;
