import Link from "next/link";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { CoverageMatrix } from "@/components/places/coverage-matrix";
import { PlaceTree } from "@/components/places/place-tree";
import { getOverview } from "@/lib/data/places";
import { listPillarBriefs } from "@/lib/data/pillars";
import { getDictionary, getLang, localHref, type SearchParamsRecord } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  const t = getDictionary(lang);
  const [overview, pillars] = await Promise.all([getOverview(), listPillarBriefs()]);
  const allPlaces = overview.coverage.map((r) => r.place.slug);
  const example = ["qingdao", "weihai", "dandong", "shinan"].filter((s) => allPlaces.includes(s));
  return (
    <PageShell lang={lang} path="/" params={params} active="overview">
      <PageTitle title={t.overview.title} subtitle={t.overview.totals(overview.totals.places, overview.totals.reports, overview.totals.metrics)} />
      <p className="mb-6 max-w-3xl text-muted">{t.overview.intro}</p>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <section aria-labelledby="places-title">
          <h2 id="places-title" className="mb-3 text-lg font-semibold">
            {t.overview.placesTitle}
          </h2>
          <PlaceTree groups={overview.groups} lang={lang} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="coverage-title" className="rounded border border-rule bg-white p-4">
            <h2 id="coverage-title" className="mb-1 text-lg font-semibold">
              {t.overview.coverageTitle}
            </h2>
            <CoverageMatrix rows={overview.coverage} pillars={pillars} lang={lang} />
          </section>
          <section aria-labelledby="compare-title" className="rounded border border-rule bg-white p-4">
            <h2 id="compare-title" className="mb-1 text-lg font-semibold">
              {t.overview.compareTitle}
            </h2>
            <p className="mb-3 text-sm text-muted">{t.overview.compareIntro}</p>
            <ul className="flex flex-wrap gap-2 text-sm">
              {example.length > 1 && (
                <li>
                  <Link
                    href={localHref("/compare", lang, { places: example.join(","), pillar: "reconsideration", year: "latest" })}
                    className="inline-block rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent/90"
                  >
                    {t.overview.compareExample}
                  </Link>
                </li>
              )}
              {allPlaces.length > 0 && (
                <li>
                  <Link
                    href={localHref("/compare", lang, { places: allPlaces.slice(0, 12).join(","), year: "latest" })}
                    className="inline-block rounded border border-accent px-3 py-1.5 font-medium text-accent hover:bg-accent/5"
                  >
                    {t.overview.compareAll}
                  </Link>
                </li>
              )}
            </ul>
          </section>
        </div>
      </div>
    </PageShell>
  );
}
