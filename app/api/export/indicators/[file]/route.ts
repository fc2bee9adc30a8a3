// /api/export/indicators/{slug}.{png,svg,csv,xlsx}?year=
import { handleIndicatorFile } from "@/lib/export/export-handler";

export const dynamic = "force-dynamic";
export const GET = handleIndicatorFile;
