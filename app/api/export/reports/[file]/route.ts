// /api/export/reports/{id}.{csv,xlsx}
import { handleReportFile } from "@/lib/export/export-handler";

export const dynamic = "force-dynamic";
export const GET = handleReportFile;
