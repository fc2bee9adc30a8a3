import type { Metadata } from "next";
import Link from "next/link";
import { AddToBriefing } from "@/components/export/add-to-briefing";
import { ExportMenu } from "@/components/export/export-menu";
import { PlaceBarChart, type PlaceBarRow } from "@/components/charts/lazy-charts";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { PillarBadge } from "@/components/layout/pillar-badge";
import { getIndicatorDetail } from "@/lib/data/indicators";
import { formatFigure, formatScope, formatUnit } from "@/lib/i18n/format";
import { getDictionary, kindLabel, getLang, localHref, nameOf, type SearchParamsRecord } from "@/lib/i18n/lang";
import { orNotFound, serializeSearch } from "@/app/_lib/page-helpers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  try {
    return { title: (await getIndicatorDetail(slug)).nameZh };
  } catch {
    return {};
  }
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const lang = getLang(query);
  const t = getDictionary(lang);
  const indicator = await orNotFound(() => getIndicatorDetail(slug));
  const title = nameOf(indicator, lang);
  const marks = t.flagMarks;
  // The chart shows each place's latest charted figure; the table below lists every disclosure.
  const latest = new Map<string, (typeof indicator.observations)[number]>();
  for (const o of indicator.observations) if (o.primary && !latest.has(o.place.slug)) latest.set(o.place.slug, o);
  const rows: PlaceBarRow[] = [...latest.values()]
    .sort((a, b) => (indicator.higherIsBetter === false ? a.value - b.value : b.value - a.value))
    .map((o) => ({
      key: o.place.slug,
      label: nameOf(o.place, lang),
      sublabel: t.compare.reportYear(o.year),
      value: o.value,
      display: `${formatFigure(o, lang)}${o.flags.length ? ` ${o.flags.map((f) => marks[f]).join("")}` : ""}`,
      flagged: o.flags.length > 0,
    }));
  const direction = indicator.higherIsBetter === true ? "up" : indicator.higherIsBetter === false ? "down" : "none";
  const search = serializeSearch(query);
  return (
    <PageShell lang={lang} path={`/indicators/${indicator.slug}`} params={query} active="indicators">
      <nav aria-label={lang === "en" ? "Breadcrumb" : "路径"} className="mb-2 text-sm text-muted">
        <Link href={localHref("/indicators", lang)} className="hover:underline">
          {t.indicator.title}
        </Link>
      </nav>
      <PageTitle title={title} subtitle={<PillarBadge pillar={indicator.pillar} lang={lang} />}>
        {latest.size > 0 && (
          <Link
            href={localHref("/compare", lang, { places: [...latest.keys()].slice(0, 20).join(","), indicators: indicator.slug, year: "latest" })}
            className="rounded border border-accent px-3 py-1 text-sm text-accent hover:bg-accent/5"
          >
            {t.indicator.compareThese}
          </Link>
        )}
        <ExportMenu view="indicator" search={search} slug={indicator.slug} />
        <AddToBriefing view="indicator" search={search} slug={indicator.slug} title={title} />
      </PageTitle>
      <dl className="mb-6 grid gap-3 rounded border border-rule bg-white p-4 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
        <dt className="font-semibold text-muted">{t.indicator.definition}</dt>
        <dd>{lang === "en" ? indicator.definitionEn : indicator.definitionZh}</dd>
        <dt className="font-semibold text-muted">{t.common.unit}</dt>
        <dd>{formatUnit(indicator.unit, lang)}</dd>
        <dt className="font-semibold text-muted">{t.indicator.direction}</dt>
        <dd>{t.indicator.directions[direction]}</dd>
        <dt className="font-semibold text-muted">{t.indicator.scope}</dt>
        <dd>{formatScope(indicator.scope, lang)}</dd>
      </dl>

      <section aria-labelledby="disclosures-title" className="rounded border border-rule bg-white p-4">
        <h2 id="disclosures-title" className="mb-1 text-base font-semibold">
          {t.indicator.disclosures}
        </h2>
        <p className="mb-3 text-xs text-muted">{t.indicator.placeCount(indicator.placeCount)}</p>
        {indicator.observations.length === 0 ? (
          <p className="text-sm text-muted">{t.indicator.none}</p>
        ) : (
          <>
            <PlaceBarChart rows={rows} color={indicator.pillar.color} label={t.compare.chartLabel(title)} missingLabel={t.compare.notDisclosed} />
            {(lang === "en" ? indicator.notesEn : indicator.notesZh).map((n) => (
              <p key={n} className="mt-2 text-xs text-amber-900">
                ⚠ {n}
              </p>
            ))}
            <div className="mt-4 overflow-x-auto">
              <table className="w-full min-w-[720px] border-collapse text-sm" data-testid="indicator-table">
                <caption className="sr-only">{t.common.table}</caption>
                <thead>
                  <tr className="border-b border-rule text-left text-xs text-muted">
                    <th scope="col" className="py-1 pr-2">{t.common.place}</th>
                    <th scope="col" className="py-1 pr-2">{t.common.yearLabel}</th>
                    <th scope="col" className="py-1 pr-2 text-right">{t.common.value}</th>
                    <th scope="col" className="py-1 pr-2">{t.common.scope}</th>
                    <th scope="col" className="py-1 pr-2">{t.common.quote}</th>
                    <th scope="col" className="py-1">{t.common.source}</th>
                  </tr>
                </thead>
                <tbody>
                  {indicator.observations.map((o) => (
                    <tr key={o.metricId} className={`border-b border-rule/60 align-top ${o.primary ? "" : "text-muted"}`}>
                      <th scope="row" className="whitespace-nowrap py-1.5 pr-2 text-left font-medium">
                        <Link href={localHref(`/places/${o.place.slug}`, lang)} className="hover:underline">
                          {nameOf(o.place, lang)}
                        </Link>
                      </th>
                      <td className="py-1.5 pr-2 tabular-nums">{o.year}</td>
                      <td className="whitespace-nowrap py-1.5 pr-2 text-right font-semibold tabular-nums">
                        {formatFigure(o, lang)}
                        {o.flags.map((f) => (
                          <abbr key={f} title={t.flags[f]} className="ml-1 cursor-help text-xs font-normal text-amber-900 no-underline">
                            {marks[f]}
                            <span className="sr-only">{t.flags[f]}</span>
                          </abbr>
                        ))}
                        {!o.primary && <span className="block text-[11px] font-normal">{t.indicator.notPrimary}</span>}
                      </td>
                      <td className="whitespace-nowrap py-1.5 pr-2">{o.scope === null ? t.common.notStated : formatScope(o.scope, lang)}</td>
                      <td className="py-1.5 pr-2 text-xs leading-5">
                        <Link href={localHref(`/reports/${o.reportId}`, lang, {}, `m-${o.metricId}`)} className="hover:text-accent hover:underline">
                          {o.quote}
                        </Link>
                      </td>
                      <td className="py-1.5 text-xs">
                        <Link href={localHref(`/reports/${o.reportId}`, lang)} className="text-accent hover:underline">
                          {o.reportTitle}
                        </Link>
                        <span className="block text-muted">{kindLabel(t, o)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </PageShell>
  );
}
