import Link from "next/link";
import type { CoverageRow } from "@/lib/api/schemas";
import type { PillarBrief } from "@/lib/data/pillars";
import { getDictionary, localHref, nameOf, type Lang } from "@/lib/i18n/lang";

function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha.toFixed(2)})`;
}

/** Place × pillar: how many figures each place's latest report discloses per pillar, shaded by count. */
export function CoverageMatrix({ rows, pillars, lang }: { rows: CoverageRow[]; pillars: PillarBrief[]; lang: Lang }) {
  const t = getDictionary(lang);
  const max = Math.max(1, ...rows.flatMap((r) => Object.values(r.counts)));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] border-collapse text-sm" data-testid="coverage-matrix">
        <caption className="mb-2 text-left text-xs text-muted">{t.overview.coverageCaption}</caption>
        <thead>
          <tr className="border-b border-rule">
            <th scope="col" className="py-2 pr-3 text-left font-semibold">
              {t.common.place}
            </th>
            {pillars.map((p) => (
              <th key={p.id} scope="col" className="px-1 py-2 text-center font-semibold">
                <span className="inline-flex items-center gap-1">
                  <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ background: p.color }} />
                  {nameOf(p, lang)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.place.slug} className="border-b border-rule/60">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <Link href={localHref(`/places/${row.place.slug}`, lang)} className="font-medium text-ink hover:text-accent hover:underline">
                  {nameOf(row.place, lang)}
                </Link>
                {row.report && (
                  <Link href={localHref(`/reports/${row.report.id}`, lang)} className="ml-2 text-xs text-muted hover:underline">
                    {t.common.year(row.report.year)}
                  </Link>
                )}
              </th>
              {pillars.map((p) => {
                const count = row.counts[p.id] ?? 0;
                return (
                  <td key={p.id} className="p-0.5 text-center">
                    {count > 0 && row.report ? (
                      <Link
                        href={localHref(`/reports/${row.report.id}`, lang, { pillar: p.id })}
                        className="block rounded py-1.5 font-semibold tabular-nums text-ink hover:outline hover:outline-2"
                        style={{ background: tint(p.color, 0.1 + 0.45 * (count / max)) }}
                        aria-label={`${nameOf(row.place, lang)} · ${nameOf(p, lang)}: ${t.common.metricCount(count)}`}
                      >
                        {count}
                      </Link>
                    ) : (
                      <span className="block py-1.5 text-muted" aria-label={`${nameOf(row.place, lang)} · ${nameOf(p, lang)}: 0`}>
                        –
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
