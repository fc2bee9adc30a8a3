import type { ReportQuality } from "@/lib/api/schemas";
import { getDictionary, nameOf, type Lang } from "@/lib/i18n/lang";

const FOUND_STYLE = {
  heading: "bg-emerald-50 text-emerald-900 border-emerald-200",
  text: "bg-amber-50 text-amber-900 border-amber-200",
  missing: "bg-red-50 text-red-900 border-red-200",
} as const;
const FOUND_ICON = { heading: "✓", text: "~", missing: "✗" } as const;
/** A part a report may rightly leave out, when it is absent: neutral, not a shortcoming. */
const OPTIONAL_ABSENT_STYLE = "bg-zinc-50 text-zinc-700 border-zinc-200";
const TIMELY_STYLE = {
  "on-time": "text-emerald-800",
  late: "text-red-800",
  unknown: "text-muted",
  "not-applicable": "text-muted",
} as const;

/** The five required parts of an annual report and whether it was published by 1 April. */
export function QualityPanel({ quality, lang }: { quality: ReportQuality; lang: Lang }) {
  const t = getDictionary(lang);
  // News, a yearbook's entry, a bureau's 统计年报: the five parts bind the annual report only, so a missing one is shown neutrally.
  const reference = quality.timeliness.status === "not-applicable";
  return (
    <section aria-labelledby="quality-title" className="rounded border border-rule bg-white p-4" data-testid="quality-panel">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="quality-title" className="text-base font-semibold">
          {t.report.quality}
        </h2>
        <span className="text-sm font-semibold tabular-nums" data-reference={reference || undefined}>
          {t.report.partsFound(quality.partsFound)}
          {reference ? ` · ${t.report.forReference}` : ""}
        </span>
      </div>
      <p className="mb-3 text-xs text-muted">{reference ? t.report.qualityIntroNotAnnual : t.report.qualityIntro}</p>
      <ul className="mb-3 grid gap-1.5 sm:grid-cols-2 xl:grid-cols-1">
        {quality.parts.map((part) => {
          const optionalAbsent = (part.optional || reference) && part.found === "missing";
          return (
            <li key={part.id} className={`flex items-start gap-2 rounded border px-2 py-1 text-sm ${optionalAbsent ? OPTIONAL_ABSENT_STYLE : FOUND_STYLE[part.found]}`}>
              <span aria-hidden className="font-bold">
                {optionalAbsent ? "–" : FOUND_ICON[part.found]}
              </span>
              <span className="flex-1">
                {part.sectionOrder !== null ? (
                  <a href={`#sec-${part.sectionOrder}`} className="underline-offset-2 hover:underline">
                    {nameOf(part, lang)}
                  </a>
                ) : (
                  nameOf(part, lang)
                )}
                <span className="block text-xs opacity-90">
                  {part.optional && part.found === "missing" ? t.report.optionalAbsent : t.report.found[part.found]}
                  {part.cue && part.found === "text" ? `${t.common.colon}“${part.cue}”` : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="text-sm">
        <span className="font-semibold">{t.report.timeliness}{t.common.colon}</span>
        <span className={TIMELY_STYLE[quality.timeliness.status]}>{t.report.timelinessStatus[quality.timeliness.status]}</span>
        <span className="ml-1 text-xs text-muted">
          （{quality.timeliness.published ? `${t.report.published} ${quality.timeliness.published}，` : ""}
          {t.report.deadline(quality.timeliness.deadline)}）
        </span>
      </p>
    </section>
  );
}
