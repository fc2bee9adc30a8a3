import type { Metadata } from "next";
import { BriefingEditor } from "@/components/export/briefing-editor";
import { PageShell } from "@/components/layout/page-shell";
import { getLang, type SearchParamsRecord } from "@/lib/i18n/lang";
import "./briefing-print.css";

export const metadata: Metadata = { title: "简报 Briefing · 法治对标" };

export default async function BriefingPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  return (
    <PageShell lang={lang} path="/briefing" params={params} active="briefing">
      <BriefingEditor />
    </PageShell>
  );
}
