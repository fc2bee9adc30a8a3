import type { Metadata } from "next";
import Link from "next/link";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { tryParseParams } from "@/lib/api/parse-params";
import { SearchQuerySchema } from "@/lib/api/schemas";
import { searchReports } from "@/lib/data/search";
import { getDictionary, kindLabel, getLang, localHref, nameOf, type SearchParamsRecord } from "@/lib/i18n/lang";
import { firstParam } from "@/app/_lib/page-helpers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "搜索 Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  const t = getDictionary(lang);
  const raw = firstParam(params.q) ?? "";
  const parsed = raw.trim() ? tryParseParams(SearchQuerySchema, { q: raw }) : null;
  const result = parsed?.ok ? await searchReports(parsed.value) : null;
  return (
    <PageShell lang={lang} path="/search" params={params} active="search">
      <PageTitle title={t.search.title} subtitle={t.search.intro} />
      <form action="/search" method="get" role="search" className="mb-6 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t.search.label}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={raw}
          maxLength={50}
          placeholder={t.site.searchPlaceholder}
          className="flex-1 rounded border border-rule bg-white px-3 py-2 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
        />
        {lang === "en" && <input type="hidden" name="lang" value="en" />}
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent/90">
          {t.search.submit}
        </button>
      </form>
      {parsed && !parsed.ok && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {parsed.error.message}
        </p>
      )}
      {!parsed && <p className="text-muted">{t.search.prompt}</p>}
      {result && (
        <section aria-live="polite">
          <p className="mb-3 text-sm text-muted" data-testid="search-summary">
            {result.total ? t.search.results(result.total, result.q) : t.search.none(result.q)}
          </p>
          <ol className="space-y-4" data-testid="search-results">
            {result.results.map((r) => (
              <li key={r.report.id} className="rounded border border-rule bg-white p-4">
                <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-base font-semibold">
                    <Link href={localHref(`/reports/${r.report.id}`, lang, { q: result.q })} className="text-accent hover:underline">
                      {r.report.title}
                    </Link>
                  </h2>
                  <span className="text-xs text-muted">
                    {nameOf(r.report.place, lang)} · {t.common.year(r.report.year)} · {kindLabel(t, r.report)} · {t.search.matches(r.matchCount)}
                  </span>
                </div>
                <ul className="space-y-1.5 text-sm leading-6">
                  {r.hits.map((h) => (
                    <li key={h.start}>
                      <Link href={localHref(`/reports/${r.report.id}`, lang, { q: result.q }, `c-${h.start}`)} className="block rounded px-1 text-ink hover:bg-zinc-50" data-testid="search-hit">
                        {h.before}
                        <mark className="bg-amber-200 text-ink">{h.match}</mark>
                        {/* Later matches that fall inside this snippet are marked here, not given snippets of their own. */}
                        {h.after.split(result.q).flatMap((part, i) =>
                          i === 0
                            ? [part]
                            : [
                                <mark key={i} className="bg-amber-200 text-ink">
                                  {result.q}
                                </mark>,
                                part,
                              ],
                        )}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </PageShell>
  );
}
