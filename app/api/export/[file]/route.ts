// /api/export/compare.{png,svg,csv,xlsx} and /api/export/briefing.pptx (GET ?items= or POST JSON).
import { handleExportFile, handleExportPost } from "@/lib/export/export-handler";

export const dynamic = "force-dynamic";
export const GET = handleExportFile;
export const POST = handleExportPost;
