import type { Metadata } from "next";
import Link from "next/link";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { listIndicators } from "@/lib/data/indicators";
import { listPillarBriefs } from "@/lib/data/pillars";
import { formatUnit } from "@/lib/i18n/format";
import { getDictionary, getLang, localHref, nameOf, type SearchParamsRecord } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "指标 Indicators" };

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  const t = getDictionary(lang);
  const [indicators, pillars] = await Promise.all([listIndicators(), listPillarBriefs()]);
  return (
    <PageShell lang={lang} path="/indicators" params={params} active="indicators">
      <PageTitle title={t.indicator.title} subtitle={t.indicator.intro} />
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {pillars.map((p) => {
          const own = indicators.filter((i) => i.pillarId === p.id);
          if (own.length === 0) return null;
          return (
            <section key={p.id} aria-labelledby={`pillar-${p.id}`} className="rounded border border-rule bg-white p-4" style={{ borderTop: `4px solid ${p.color}` }}>
              <h2 id={`pillar-${p.id}`} className="text-base font-semibold">
                {nameOf(p, lang)}
              </h2>
              <p className="mb-3 text-xs text-muted">{lang === "en" ? p.descriptionEn : p.descriptionZh}</p>
              <ul className="space-y-1.5">
                {own.map((i) => (
                  <li key={i.slug} className="flex items-baseline justify-between gap-2 text-sm">
                    <Link href={localHref(`/indicators/${i.slug}`, lang)} className="text-accent hover:underline">
                      {nameOf(i, lang)}
                    </Link>
                    <span className={`shrink-0 text-xs ${i.placeCount ? "text-ink" : "text-muted"}`}>
                      {formatUnit(i.unit, lang)} · {t.indicator.placeCount(i.placeCount)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </PageShell>
  );
}
