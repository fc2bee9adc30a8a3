import type { Metadata } from "next";
import Link from "next/link";
import { formatScope } from "@/lib/i18n/format";
import { CompareControls, type PlaceOption } from "@/components/compare/compare-controls";
import { CompareSeriesCard, type CompareView } from "@/components/compare/compare-series";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { tryParseParams } from "@/lib/api/parse-params";
import { CompareQuerySchema } from "@/lib/api/schemas";
import { hasMixedScopes, placeScopes } from "@/lib/compare/build-comparison";
import type { ComparisonResult } from "@/lib/compare/types";
import { comparePlaces } from "@/lib/data/compare";
import { NotFoundError } from "@/lib/data/errors";
import { listIndicators } from "@/lib/data/indicators";
import { listPillarBriefs } from "@/lib/data/pillars";
import { listPlaces } from "@/lib/data/places";
import { getDictionary, levelLabel, getLang, localHref, nameOf, type Lang, type SearchParamsRecord } from "@/lib/i18n/lang";
import { firstParam, serializeSearch } from "@/app/_lib/page-helpers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "对比 Compare" };

const LEVEL_ORDER = ["province", "city", "district", "county", "street"];

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  const t = getDictionary(lang);
  const view: CompareView = (["chart", "table", "grid"] as const).find((v) => v === firstParam(params.view)) ?? "chart";
  const sort = firstParam(params.sort) === "place" ? "place" : "value";

  const [allPlaces, pillars, indicators] = await Promise.all([listPlaces(), listPillarBriefs(), listIndicators()]);
  const parsed = params.places ? tryParseParams(CompareQuerySchema, params) : null;
  let result: ComparisonResult | null = null;
  // The reader's language, naming the parameter at fault; the API's English message stays in the detail.
  let problem: string | null = parsed && !parsed.ok ? t.compare.badParam(parsed.error.param) : null;
  if (parsed?.ok) {
    try {
      result = await comparePlaces(parsed.value);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      problem = t.compare.unknownIds(error.entity, error.ids.join(lang === "zh" ? "、" : ", "));
    }
  }

  const initialPlaces = parsed?.ok ? parsed.value.places : (firstParam(params.places)?.split(",").filter(Boolean) ?? []);
  // Options: places with reports, and a chosen place without one (a town's county, known by name), grouped by
  // province, then by level within it.
  const withReports = allPlaces.filter((p) => p.reports.length > 0);
  const chosen = new Set(initialPlaces);
  const listed = allPlaces.filter((p) => p.reports.length > 0 || chosen.has(p.slug));
  const provinceSlugs = allPlaces.filter((p) => p.level === "province").map((p) => p.slug);
  const provinceOf = new Map(listed.map((p) => [p.slug, p.province?.slug ?? ""]));
  const provinceOrder = (placeSlug: string) => {
    const i = provinceSlugs.indexOf(provinceOf.get(placeSlug) ?? "");
    return i >= 0 ? i : provinceSlugs.length;
  };
  const options: PlaceOption[] = listed
    .map((p) => ({
      slug: p.slug,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      level: p.level,
      levelLabel: levelLabel(t, p),
      parentNameZh: p.parent?.nameZh ?? null,
      group: `${p.province ? nameOf(p.province, lang) : t.overview.otherPlaces} · ${levelLabel(t, p)}`,
    }))
    // Province by province (in gazetteer order, as listed), cities before their districts.
    .sort((a, b) => provinceOrder(a.slug) - provinceOrder(b.slug) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  const years = [...new Set(withReports.flatMap((p) => p.reports.map((r) => r.year)))].sort((a, b) => b - a);
  const pillarColor = new Map(pillars.map((p) => [p.id, p.color]));
  const baseParams = {
    places: firstParam(params.places),
    indicators: firstParam(params.indicators),
    pillar: firstParam(params.pillar),
    year: firstParam(params.year),
  };
  // A chart's export and briefing entry carry the page's order and language: the file shows what the reader sees.
  const seriesSearch = (slug: string) =>
    serializeSearch({
      places: result?.places.map((p) => p.slug).join(","),
      indicators: slug,
      year: String(result?.year ?? "latest"),
      sort: sort === "value" ? undefined : sort,
      lang: lang === "en" ? lang : undefined,
    });

  return (
    <PageShell lang={lang} path="/compare" params={params} active="compare">
      <PageTitle title={t.compare.title} subtitle={t.compare.intro} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <aside aria-label={t.compare.what}>
          <CompareControls
            lang={lang}
            places={options}
            pillars={pillars.map((p) => ({ id: p.id, name: nameOf(p, lang), color: p.color }))}
            indicators={indicators.map((i) => ({
              slug: i.slug,
              name: nameOf(i, lang),
              pillarId: i.pillarId,
              pillarName: nameOf(pillars.find((p) => p.id === i.pillarId) ?? { nameZh: i.pillarId, nameEn: i.pillarId }, lang),
              placeCount: i.placeCount,
            }))}
            years={years}
            initial={{
              places: initialPlaces,
              pillar: parsed?.ok ? (parsed.value.pillar ?? null) : firstParam(params.pillar),
              indicators: parsed?.ok ? (parsed.value.indicators ?? []) : [],
              year: parsed?.ok ? String(parsed.value.year) : "latest",
              view: firstParam(params.view),
              sort: firstParam(params.sort),
            }}
            text={{
              places: t.compare.places,
              placeSearch: t.compare.placeSearch,
              placeSearchHint: t.compare.placeSearchHint,
              selected: t.compare.selected(0).replace("0", "{n}"),
              removeLabel: Object.fromEntries(options.map((o) => [o.slug, t.compare.remove(lang === "en" ? o.nameEn : o.nameZh)])),
              noMatch: t.compare.noMatch,
              what: t.compare.what,
              byPillar: t.compare.byPillar,
              byIndicators: t.compare.byIndicators,
              allPillars: t.compare.allPillars,
              indicators: t.compare.indicators,
              year: t.compare.year,
              latest: t.compare.latest,
              apply: t.compare.apply,
            }}
          />
        </aside>
        <div className="min-w-0 space-y-4" aria-live="polite">
          {problem && (
            <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="compare-problem">
              {t.compare.invalid}
              {problem}
            </p>
          )}
          {!result && !problem && <p className="rounded border border-rule bg-white p-6 text-muted">{t.compare.choosePrompt}</p>}
          {result && (
            <>
              <ViewBar lang={lang} view={view} sort={sort} base={baseParams} count={result.series.length} />
              <Legend lang={lang} />
              {hasMixedScopes(result) && <ScopeSummary result={result} lang={lang} />}
              {result.series.length === 0 ? (
                <p className="rounded border border-rule bg-white p-6 text-muted">{t.compare.empty}</p>
              ) : (
                <div className={view === "grid" ? "grid gap-4 md:grid-cols-2 2xl:grid-cols-3" : "space-y-4"}>
                  {result.series.map((s) => (
                    <CompareSeriesCard
                      key={s.indicator.slug}
                      series={s}
                      places={result.places}
                      color={pillarColor.get(s.indicator.pillarId) ?? "#52525b"}
                      view={view}
                      sort={sort}
                      lang={lang}
                      exportSearch={seriesSearch(s.indicator.slug)}
                    />
                  ))}
                </div>
              )}
              <Sources result={result} lang={lang} />
            </>
          )}
        </div>
      </div>
    </PageShell>
  );
}

function ViewBar({ lang, view, sort, base, count }: { lang: Lang; view: CompareView; sort: "value" | "place"; base: Record<string, string | null>; count: number }) {
  const t = getDictionary(lang);
  const pill = (active: boolean) =>
    `inline-block rounded px-2.5 py-1 text-sm ${active ? "bg-ink text-white" : "border border-rule bg-white text-ink hover:border-ink"}`;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3" data-testid="view-bar">
      <p className="text-sm text-muted">{t.compare.seriesCount(count)}</p>
      <div className="flex flex-wrap items-center gap-4">
        <nav aria-label={t.compare.view} className="flex items-center gap-1">
          <span className="mr-1 text-xs text-muted">{t.compare.view}</span>
          {(["chart", "table", "grid"] as const).map((v) => (
            <Link key={v} href={localHref("/compare", lang, { ...base, view: v === "chart" ? null : v, sort: sort === "value" ? null : sort })} aria-current={view === v ? "true" : undefined} className={pill(view === v)} data-view={v}>
              {t.compare.views[v]}
            </Link>
          ))}
        </nav>
        <nav aria-label={t.compare.sort} className="flex items-center gap-1">
          <span className="mr-1 text-xs text-muted">{t.compare.sort}</span>
          {(["value", "place"] as const).map((s) => (
            <Link key={s} href={localHref("/compare", lang, { ...base, view: view === "chart" ? null : view, sort: s === "value" ? null : s })} aria-current={sort === s ? "true" : undefined} className={pill(sort === s)} data-sort={s}>
              {t.compare.sorts[s]}
            </Link>
          ))}
        </nav>
      </div>
    </div>
  );
}

function Legend({ lang }: { lang: Lang }) {
  const t = getDictionary(lang);
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 rounded bg-zinc-100 px-3 py-2 text-xs text-zinc-700" aria-label={t.compare.legend} role="note">
      <span className="font-semibold">{t.compare.legend}{t.common.colon}</span>
      {(["scope", "period", "approx", "unit"] as const).map((f) => (
        <span key={f}>
          <span aria-hidden className="font-semibold text-amber-900">{t.flagMarks[f]}</span> {t.flags[f]}
        </span>
      ))}
      <span>
        <span aria-hidden className="inline-block h-2.5 w-4 border border-dashed border-zinc-500 bg-zinc-300 align-middle" /> {t.compare.flaggedBar}
      </span>
      <span className="italic text-orange-800">{t.compare.notDisclosed}</span>
      <span>
        <span className="italic text-orange-800">{t.compare.noReport}</span>
        {t.common.colon}
        {t.compare.noReportHint}
      </span>
    </div>
  );
}

function ScopeSummary({ result, lang }: { result: ComparisonResult; lang: Lang }) {
  const t = getDictionary(lang);
  const bySlug = new Map(result.places.map((p) => [p.slug, p]));
  return (
    <div role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="scope-summary">
      <p className="font-semibold">⚠ {t.compare.mixedScopes}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4">
        {placeScopes(result).map(({ placeSlug, scopes }) => (
          <li key={placeSlug} data-place={placeSlug}>
            {nameOf(bySlug.get(placeSlug)!, lang)}{t.common.colon}{scopes.length ? scopes.map((s) => formatScope(s, lang)).join(lang === "en" ? ", " : "、") : t.common.notStated}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Sources({ result, lang }: { result: ComparisonResult; lang: Lang }) {
  const t = getDictionary(lang);
  if (result.sources.length === 0) return null;
  const bySlug = new Map(result.places.map((p) => [p.slug, p]));
  return (
    <section aria-labelledby="sources-title" className="rounded border border-rule bg-white p-4 text-sm">
      <h2 id="sources-title" className="mb-2 text-base font-semibold">
        {t.compare.sources}
      </h2>
      <ul className="space-y-1">
        {result.sources.map((s) => (
          <li key={s.reportId}>
            <span className="text-muted">{nameOf(bySlug.get(s.placeSlug)!, lang)} · </span>
            <Link href={localHref(`/reports/${s.reportId}`, lang)} className="text-accent hover:underline">
              {s.title}
            </Link>
            <span className="text-muted">
              {" "}
              · {s.publisher ?? t.common.notStated}
              {s.published ? ` · ${s.published}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
