import type { Metadata } from "next";
import { BriefingEditor } from "@/components/export/briefing-editor";
import "./briefing-print.css";

export const metadata: Metadata = { title: "简报 · 法治对标" };

export default function BriefingPage() {
  return <BriefingEditor />;
}
