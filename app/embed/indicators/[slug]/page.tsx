// Chrome-less indicator chart for <iframe> embedding.
import type { Metadata } from "next";
import { EmbedChart, EmbedError } from "@/components/export/embed-chart";
import { loadEmbed, toSearchParams, type SearchParamsRecord } from "@/lib/export/embed-page";
import { localHref } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "法治对标 · 图表", robots: { index: false } };

export default async function EmbedIndicatorPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const { slug } = await params;
  const search = toSearchParams(await searchParams);
  const result = await loadEmbed("indicator", search, slug);
  if (!result.ok) return <EmbedError status={result.status} message={result.message} />;
  return <EmbedChart dataset={result.dataset} size={result.size} pageHref={localHref(`/indicators/${encodeURIComponent(slug)}`, result.dataset.lang)} />;
}
