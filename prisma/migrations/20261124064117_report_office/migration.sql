-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "office" TEXT;

-- Reports stored before this column keep their detected office in the metadata provenance.
UPDATE "Report" SET "office" = "metaProvenance"->'office'->>'value' WHERE "metaProvenance"->'office'->>'value' IS NOT NULL;
