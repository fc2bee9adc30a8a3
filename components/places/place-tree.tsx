import Link from "next/link";
import type { Overview, PlaceSummary } from "@/lib/api/schemas";
import { getDictionary, levelLabel, kindLabel, localHref, nameOf, type Lang } from "@/lib/i18n/lang";

function ReportChips({ place, lang }: { place: Pick<PlaceSummary, "reports">; lang: Lang }) {
  const t = getDictionary(lang);
  if (place.reports.length === 0) return <span className="text-xs text-muted">{t.overview.noReports}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {place.reports.map((r) => (
        <li key={r.id}>
          <Link
            href={localHref(`/reports/${r.id}`, lang)}
            title={r.title}
            className="inline-flex items-center gap-1 rounded border border-rule bg-white px-1.5 py-0.5 text-xs text-ink hover:border-accent hover:text-accent"
          >
            <span className="font-semibold tabular-nums">{t.common.year(r.year)}</span>
            <span className="text-muted">{kindLabel(t, r)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Places grouped by province, districts and counties under their city, each with its reports by year. */
export function PlaceTree({ groups, lang }: { groups: Overview["groups"]; lang: Lang }) {
  const t = getDictionary(lang);
  return (
    <div className="space-y-5" data-testid="place-tree">
      {groups.map((group) => (
        <section key={group.province?.slug ?? "other"} aria-labelledby={`prov-${group.province?.slug ?? "other"}`}>
          <h3 id={`prov-${group.province?.slug ?? "other"}`} className="mb-2 text-xs font-semibold uppercase tracking-wider text-muted">
            {group.province ? nameOf(group.province, lang) : t.overview.otherPlaces}
          </h3>
          <ul className="divide-y divide-rule/70 rounded border border-rule bg-white">
            {group.places.map((place) => (
              <li key={place.slug} className="px-3 py-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={localHref(`/places/${place.slug}`, lang)} className="font-semibold text-ink hover:text-accent hover:underline">
                    {nameOf(place, lang)}
                  </Link>
                  <ReportChips place={place} lang={lang} />
                </div>
                {place.children.length > 0 && (
                  <ul className="mt-1.5 space-y-1 border-l-2 border-rule pl-3">
                    {place.children.map((child) => (
                      <li key={child.slug} className="flex flex-wrap items-center justify-between gap-2">
                        <span>
                          <span aria-hidden className="mr-1 text-muted">└</span>
                          <Link href={localHref(`/places/${child.slug}`, lang)} className="text-ink hover:text-accent hover:underline">
                            {nameOf(child, lang)}
                          </Link>
                          <span className="ml-1 text-xs text-muted">{levelLabel(t, child)}</span>
                        </span>
                        <ReportChips place={child} lang={lang} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
