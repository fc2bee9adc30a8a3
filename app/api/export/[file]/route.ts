// /api/export/compare.{png,svg,csv,xlsx}, /api/export/briefing.pptx (GET ?items= or POST JSON) and
// /api/export/briefing.json (POST, the same JSON: the deck's titles, for the briefing editor).
import { handleExportFile, handleExportPost } from "@/lib/export/export-handler";

export const dynamic = "force-dynamic";
export const GET = handleExportFile;
export const POST = handleExportPost;
