// /api/export/places/{slug}.{png,svg,csv,xlsx}?year=&pillar=
import { handlePlaceFile } from "@/lib/export/export-handler";

export const dynamic = "force-dynamic";
export const GET = handlePlaceFile;
