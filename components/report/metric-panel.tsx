import Link from "next/link";
import type { MetricView } from "@/lib/api/schemas";
import type { PillarBrief } from "@/lib/data/pillars";
import { formatChange, formatCoverage, formatFigure, formatScope } from "@/lib/i18n/format";
import { getDictionary, localHref, nameOf, type Lang } from "@/lib/i18n/lang";

/**
 * The report's figures grouped by pillar, then indicator. Each entry links to its figure in the
 * text (#m-id) and is itself the target of the figure's link (#p-id).
 */
export function MetricPanel({
  reportId,
  metrics,
  pillars,
  pillarFilter,
  lang,
  q,
}: {
  reportId: number;
  metrics: MetricView[];
  pillars: PillarBrief[];
  pillarFilter: string | null;
  lang: Lang;
  q: string | null;
}) {
  const t = getDictionary(lang);
  const counts = new Map<string, number>();
  for (const m of metrics) counts.set(m.pillarId, (counts.get(m.pillarId) ?? 0) + 1);
  const shown = pillars.filter((p) => (pillarFilter ? p.id === pillarFilter : (counts.get(p.id) ?? 0) > 0));
  return (
    <div data-testid="metric-panel">
      <h2 className="mb-1 text-base font-semibold">{t.report.panel}</h2>
      <p className="mb-3 text-xs text-muted">{t.report.panelHint}</p>
      <nav aria-label={t.report.filter} className="mb-3">
        <ul className="flex flex-wrap gap-1 text-xs">
          <li>
            <Link
              href={localHref(`/reports/${reportId}`, lang, { q })}
              aria-current={pillarFilter === null ? "true" : undefined}
              className={`inline-block rounded-full border px-2 py-0.5 ${pillarFilter === null ? "border-ink bg-ink text-white" : "border-rule bg-white text-ink hover:border-ink"}`}
            >
              {t.report.filterAll} {metrics.length}
            </Link>
          </li>
          {pillars.map((p) => (
            <li key={p.id}>
              <Link
                href={localHref(`/reports/${reportId}`, lang, { pillar: p.id, q })}
                aria-current={pillarFilter === p.id ? "true" : undefined}
                data-pillar-filter={p.id}
                className="inline-flex items-center gap-1 rounded-full border px-2 py-0.5"
                style={pillarFilter === p.id ? { background: p.color, borderColor: p.color, color: "#fff" } : { borderColor: "#d8dee4", background: "#fff" }}
              >
                {pillarFilter !== p.id && <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: p.color }} />}
                {nameOf(p, lang)} <span className="tabular-nums">{counts.get(p.id) ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {metrics.length === 0 && <p className="text-sm text-muted">{t.report.noMetrics}</p>}
      {shown.map((pillar) => {
        const own = metrics.filter((m) => m.pillarId === pillar.id);
        const groups = new Map<string, { title: string; slug: string | null; items: MetricView[] }>();
        for (const m of own) {
          const key = m.indicator?.slug ?? "";
          const group = groups.get(key) ?? { title: m.indicator ? nameOf(m.indicator, lang) : t.report.unassigned, slug: m.indicator?.slug ?? null, items: [] };
          group.items.push(m);
          groups.set(key, group);
        }
        // Mapped indicators first, unmapped figures last.
        const ordered = [...groups.values()].sort((a, b) => (a.slug === null ? 1 : b.slug === null ? -1 : 0));
        return (
          <section key={pillar.id} aria-labelledby={`pp-${pillar.id}`} className="mb-4" style={{ "--pillar": pillar.color } as React.CSSProperties}>
            <h3 id={`pp-${pillar.id}`} className="mb-1 flex items-center gap-2 border-b-2 pb-1 text-sm font-semibold" style={{ borderColor: pillar.color }}>
              {nameOf(pillar, lang)}
              <span className="text-xs font-normal text-muted">{t.common.metricCount(own.length)}</span>
            </h3>
            {own.length === 0 && <p className="text-xs text-muted">{t.common.none}</p>}
            {ordered.map((group) => (
              <div key={group.slug ?? "unassigned"} className="mb-2">
                <h4 className="mt-2 text-xs font-semibold text-muted">
                  {group.slug ? (
                    <Link href={localHref(`/indicators/${group.slug}`, lang)} className="hover:text-accent hover:underline">
                      {group.title}
                    </Link>
                  ) : (
                    group.title
                  )}
                </h4>
                <ul>
                  {group.items.map((m) => (
                    <li key={m.id}>
                      <a
                        id={`p-${m.id}`}
                        href={`#m-${m.id}`}
                        data-metric-id={m.id}
                        className="metric-entry block rounded px-2 py-1 text-sm text-ink hover:bg-zinc-50"
                        style={{ "--pillar": pillar.color } as React.CSSProperties}
                      >
                        <span className="font-semibold tabular-nums">{formatFigure(m, lang)}</span>
                        <span className="ml-2 text-muted">{m.subject}</span>
                        {(m.scope || m.period || m.coverage || m.target || m.approx || m.change) && (
                          <span className="ml-1 inline-flex flex-wrap gap-1 align-middle text-[11px]">
                            {m.scope && <span className="rounded bg-zinc-100 px-1 text-zinc-700">{formatScope(m.scope, lang)}</span>}
                            {m.period && <span className="rounded bg-zinc-100 px-1 text-zinc-700">{t.common.year(m.period)}</span>}
                            {m.target && (
                              <span data-target className="rounded bg-rose-50 px-1 text-rose-900" title={t.common.targetNote}>
                                {t.common.target}
                              </span>
                            )}
                            {m.coverage && (
                              <span data-coverage={m.coverage.kind} className="rounded bg-violet-50 px-1 text-violet-900" title={t.common.coverageNote}>
                                {formatCoverage(m.coverage, lang)}
                              </span>
                            )}
                            {m.approx && <span className="rounded bg-amber-100 px-1 text-amber-900">{t.flags.approx}</span>}
                            {m.change && (
                              <span data-change className="rounded bg-sky-50 px-1 tabular-nums text-sky-900" title={m.change.text}>
                                {formatChange(m.change, lang)}
                              </span>
                            )}
                          </span>
                        )}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
