import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ExportMenu } from "@/components/export/export-menu";
import { PageShell } from "@/components/layout/page-shell";
import { CleaningReport } from "@/components/report/cleaning-report";
import { MetricPanel } from "@/components/report/metric-panel";
import { QualityPanel } from "@/components/report/quality-panel";
import { ReportSync } from "@/components/report/report-sync";
import { ReportText } from "@/components/report/report-text";
import { parseParams } from "@/lib/api/parse-params";
import { PillarIdSchema, ReportIdParamSchema } from "@/lib/api/schemas";
import { listPillarBriefs } from "@/lib/data/pillars";
import { getReportDetail } from "@/lib/data/reports";
import { findHits } from "@/lib/data/search";
import { getDictionary, kindLabel, getLang, localHref, nameOf, type SearchParamsRecord } from "@/lib/i18n/lang";
import { firstParam, orNotFound, serializeSearch } from "@/app/_lib/page-helpers";

export const dynamic = "force-dynamic";

// generateMetadata and the page ask for the same report: load it once per request.
const loadReport = cache((id: number) => getReportDetail(id));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  try {
    const report = await loadReport(parseParams(ReportIdParamSchema, { id }).id);
    return { title: report.title };
  } catch {
    return {};
  }
}

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const lang = getLang(query);
  const t = getDictionary(lang);
  const { id } = await orNotFound(async () => parseParams(ReportIdParamSchema, { id: rawId }));
  const [report, pillars] = await Promise.all([orNotFound(() => loadReport(id)), listPillarBriefs()]);
  const pillarParam = PillarIdSchema.safeParse(firstParam(query.pillar));
  const pillarFilter = pillarParam.success ? pillarParam.data : null;
  const q = firstParam(query.q)?.trim().slice(0, 50) || null;
  const search = q ? findHits(report.cleanedText, q) : null;
  const tocSections = report.sections.filter((s) => s.level <= 2);

  return (
    <PageShell lang={lang} path={`/reports/${id}`} params={query}>
      <ReportSync />
      <nav aria-label={lang === "en" ? "Breadcrumb" : "路径"} className="mb-2 text-sm text-muted">
        <Link href={localHref("/", lang)} className="hover:underline">
          {t.site.nav.overview}
        </Link>
        <span aria-hidden> / </span>
        <Link href={localHref(`/places/${report.place.slug}`, lang)} className="hover:underline">
          {nameOf(report.place, lang)}
        </Link>
      </nav>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3 border-b border-rule pb-4">
        <div>
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{report.title}</h1>
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
            <div className="flex gap-1">
              <dt className="text-muted">{t.report.yearCovered}</dt>
              <dd className="font-semibold">{t.common.year(report.year)}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-muted">{t.report.kind}</dt>
              <dd>{kindLabel(t, report)}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-muted">{t.report.publisher}</dt>
              <dd>{report.publisher ?? t.common.notStated}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="text-muted">{t.report.published}</dt>
              <dd>{report.published ?? t.common.notStated}</dd>
            </div>
            <div className="flex min-w-0 gap-1">
              <dt className="text-muted">{t.report.source}</dt>
              <dd className="min-w-0 break-all">
                {report.sourceUrl ? (
                  <a href={report.sourceUrl} rel="noopener noreferrer" target="_blank" className="text-accent underline" data-testid="source-link">
                    {t.common.openSource} ↗
                  </a>
                ) : (
                  <span data-testid="source-link">{report.source}</span>
                )}
              </dd>
            </div>
          </dl>
        </div>
        <div className="no-print">
          <ExportMenu view="report" search={serializeSearch(query)} id={String(report.id)} />
        </div>
      </div>

      {search && (
        <p className="mb-4 flex flex-wrap items-center gap-3 rounded bg-amber-50 px-3 py-2 text-sm" role="status">
          {t.report.searchHits(search.count, q!)}
          <Link href={localHref(`/reports/${id}`, lang, { pillar: pillarFilter })} className="text-accent underline">
            {t.report.clearSearch}
          </Link>
        </p>
      )}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          {tocSections.length > 0 && (
            <nav aria-labelledby="toc-title" className="rounded border border-rule bg-white p-4 text-sm">
              <h2 id="toc-title" className="mb-2 text-base font-semibold">
                {t.report.contents}
              </h2>
              <ol className="space-y-0.5">
                {tocSections.map((s) => (
                  <li key={s.order} className={s.level >= 2 ? "pl-4 text-muted" : ""}>
                    <a href={`#sec-${s.order}`} className="hover:text-accent hover:underline">
                      {s.heading}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <article aria-label={t.report.text} className="rounded border border-rule bg-white px-4 py-6 sm:px-8">
            <ReportText
              text={report.cleanedText}
              sections={report.sections}
              metrics={report.metrics}
              pillars={pillars}
              pillarFilter={pillarFilter}
              searchHits={search?.hits ?? []}
              lang={lang}
            />
          </article>
          <CleaningReport spans={report.cleaningReport} lang={lang} />
        </div>
        <aside className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto" aria-label={t.report.panel} tabIndex={0}>
          <QualityPanel quality={report.quality} lang={lang} />
          <div className="rounded border border-rule bg-white p-4">
            <MetricPanel reportId={report.id} metrics={report.metrics} pillars={pillars} pillarFilter={pillarFilter} lang={lang} q={q} />
          </div>
        </aside>
      </div>
    </PageShell>
  );
}
