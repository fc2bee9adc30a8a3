// Chrome-less comparison chart for <iframe> embedding; follows the same URL parameters as /compare.
import type { Metadata } from "next";
import { EmbedChart, EmbedError } from "@/components/export/embed-chart";
import { loadEmbed, toSearchParams, type SearchParamsRecord } from "@/lib/export/embed-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "法治对标 · 图表", robots: { index: false } };

export default async function EmbedComparePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = toSearchParams(await searchParams);
  const result = await loadEmbed("compare", params);
  if (!result.ok) return <EmbedError status={result.status} message={result.message} />;
  params.delete("size");
  return <EmbedChart dataset={result.dataset} size={result.size} pageHref={`/compare?${params}`} />;
}
