import type { Metadata } from "next";
import Link from "next/link";
import { AddToBriefing } from "@/components/export/add-to-briefing";
import { ExportMenu } from "@/components/export/export-menu";
import { TrendChart } from "@/components/charts/lazy-charts";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { PillarBadge } from "@/components/layout/pillar-badge";
import { listPillarBriefs } from "@/lib/data/pillars";
import { getPlaceDetail } from "@/lib/data/places";
import { formatFigure, formatScope, formatValue } from "@/lib/i18n/format";
import { getDictionary, levelLabel, kindLabel, getLang, localHref, nameOf, type SearchParamsRecord } from "@/lib/i18n/lang";
import { orNotFound, serializeSearch } from "@/app/_lib/page-helpers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  try {
    return { title: (await getPlaceDetail(slug)).nameZh };
  } catch {
    return {};
  }
}

export default async function PlacePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const lang = getLang(query);
  const t = getDictionary(lang);
  const [place, pillars] = await Promise.all([orNotFound(() => getPlaceDetail(slug)), listPillarBriefs()]);
  const color = new Map(pillars.map((p) => [p.id, p.color]));
  const title = nameOf(place, lang);
  return (
    <PageShell lang={lang} path={`/places/${place.slug}`} params={query}>
      <nav aria-label={lang === "en" ? "Breadcrumb" : "路径"} className="mb-2 text-sm text-muted">
        <Link href={localHref("/", lang)} className="hover:underline">
          {t.site.nav.overview}
        </Link>
        {place.province && place.province.slug !== place.parent?.slug && <span aria-hidden> / {nameOf(place.province, lang)}</span>}
        {place.parent && (
          <>
            <span aria-hidden> / </span>
            <Link href={localHref(`/places/${place.parent.slug}`, lang)} className="hover:underline">
              {nameOf(place.parent, lang)}
            </Link>
          </>
        )}
      </nav>
      <PageTitle
        title={title}
        subtitle={
          <>
            {levelLabel(t, place)}
            {lang === "en" ? "" : ` · ${place.nameEn}`}
            {place.code ? ` · ${place.code}` : ""}
          </>
        }
      >
        <Link
          href={localHref("/compare", lang, { places: place.slug, year: "latest" })}
          className="rounded border border-accent px-3 py-1 text-sm text-accent hover:bg-accent/5"
        >
          {t.place.compareWithOthers}
        </Link>
        <ExportMenu view="place" search={serializeSearch(query)} slug={place.slug} />
        <AddToBriefing view="place" search={serializeSearch(query)} slug={place.slug} title={title} />
      </PageTitle>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div className="space-y-6">
          <section aria-labelledby="reports-title" className="rounded border border-rule bg-white p-4">
            <h2 id="reports-title" className="mb-2 text-base font-semibold">
              {t.place.reports}
            </h2>
            {place.reports.length === 0 ? (
              <p className="text-sm text-muted">{t.place.noReports}</p>
            ) : (
              <ol className="space-y-2" data-testid="place-reports">
                {place.reports.map((r) => (
                  <li key={r.id}>
                    <Link href={localHref(`/reports/${r.id}`, lang)} className="group block">
                      <span className="text-sm font-semibold tabular-nums">{t.common.year(r.year)}</span>
                      <span className="ml-2 text-xs text-muted">
                        {kindLabel(t, r)} · {t.common.metricCount(r.metricCount)}
                      </span>
                      <span className="block text-sm text-accent group-hover:underline">{r.title}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="pillars-title" className="rounded border border-rule bg-white p-4">
            <h2 id="pillars-title" className="mb-2 text-base font-semibold">
              {t.place.pillars}
            </h2>
            <ul className="space-y-1">
              {pillars.map((p) => (
                <li key={p.id} className="flex justify-between">
                  <PillarBadge pillar={p} lang={lang} />
                  <span className="tabular-nums">{place.pillarCounts[p.id] ?? 0}</span>
                </li>
              ))}
            </ul>
          </section>
          {place.children.length > 0 && (
            <section aria-labelledby="children-title" className="rounded border border-rule bg-white p-4">
              <h2 id="children-title" className="mb-2 text-base font-semibold">
                {t.place.districts}
              </h2>
              <ul className="space-y-1" data-testid="place-children">
                {place.children.map((c) => (
                  <li key={c.slug} className="flex justify-between gap-2 text-sm">
                    <Link href={localHref(`/places/${c.slug}`, lang)} className="text-accent hover:underline">
                      {nameOf(c, lang)}
                    </Link>
                    <span className="text-xs text-muted">{t.common.reportsCount(c.reports.length)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <section aria-labelledby="indicators-title">
          <h2 id="indicators-title" className="text-lg font-semibold">
            {t.place.indicators}
          </h2>
          <p className="mb-3 text-sm text-muted">{t.place.indicatorsIntro}</p>
          {place.indicators.length === 0 ? (
            <p className="rounded border border-rule bg-white p-4 text-sm text-muted">{t.place.noIndicators}</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="place-indicators">
              {place.indicators.map(({ indicator, points }) => {
                const latest = points[points.length - 1]!;
                const c = color.get(indicator.pillarId) ?? "#52525b";
                return (
                  <li key={indicator.slug} className="rounded border border-rule bg-white p-3" style={{ borderTop: `3px solid ${c}` }}>
                    <Link href={localHref(`/indicators/${indicator.slug}`, lang)} className="text-sm font-semibold hover:text-accent hover:underline">
                      {nameOf(indicator, lang)}
                    </Link>
                    <p className="mt-1 flex items-baseline gap-2">
                      <Link
                        href={localHref(`/reports/${latest.reportId}`, lang, {}, `m-${latest.metricId}`)}
                        className="text-2xl font-bold tabular-nums text-ink hover:underline"
                        title={t.common.goToSentence}
                      >
                        {formatFigure(latest, lang)}
                      </Link>
                      <span className="text-xs text-muted">
                        {t.common.year(latest.year)}
                        {latest.scope ? ` · ${formatScope(latest.scope, lang)}` : ""}
                      </span>
                    </p>
                    {points.length > 1 && (
                      <TrendChart
                        points={points.map((p) => ({ year: p.year, value: p.value }))}
                        color={c}
                        unit={indicator.unit}
                        lang={lang}
                        label={`${nameOf(indicator, lang)} ${t.place.trend}: ${points.map((p) => `${p.year} ${formatValue(p.value, p.unit, lang)}`).join(", ")}`}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </PageShell>
  );
}
