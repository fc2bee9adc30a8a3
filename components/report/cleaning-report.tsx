import type { ReportDetail } from "@/lib/api/schemas";
import { getDictionary, type Lang } from "@/lib/i18n/lang";

/** What cleaning removed from the source text, and why. */
export function CleaningReport({ spans, lang }: { spans: ReportDetail["cleaningReport"]; lang: Lang }) {
  const t = getDictionary(lang);
  const shown = spans.filter((s) => s.reason !== "whitespace");
  const whitespace = spans.length - shown.length;
  return (
    <details className="rounded border border-rule bg-white p-4" data-testid="cleaning-report">
      <summary className="cursor-pointer text-base font-semibold">
        {t.report.cleaning} <span className="text-sm font-normal text-muted">({spans.length})</span>
      </summary>
      <div className="mt-3 text-sm">
        {spans.length === 0 ? (
          <p className="text-muted">{t.report.cleaningNone}</p>
        ) : (
          <>
            <p className="mb-2 text-muted">{t.report.cleaningIntro(spans.length)}</p>
            <ol className="space-y-2">
              {shown.map((span, i) => (
                <li key={`${span.start}-${i}`} className="rounded bg-zinc-50 p-2">
                  <div className="mb-1 flex flex-wrap gap-2 text-xs">
                    <span className="rounded bg-zinc-200 px-1.5 font-semibold text-zinc-800">{t.report.reasons[span.reason] ?? span.reason}</span>
                    <span className="text-muted">
                      {/* An empty span: furniture the PDF's conversion dropped where its pages were joined. */}
                      {span.start === span.end ? `@${span.start}` : `${span.start}–${span.end}`}
                    </span>
                  </div>
                  <del className="block whitespace-pre-wrap break-all text-zinc-700">{span.text.length > 300 ? `${span.text.slice(0, 300)}…` : span.text}</del>
                  <p className="mt-1 break-words text-xs text-muted">{span.detail}</p>
                </li>
              ))}
            </ol>
            {whitespace > 0 && <p className="mt-2 text-xs text-muted">+ {whitespace} × {t.report.reasons.whitespace}</p>}
          </>
        )}
      </div>
    </details>
  );
}
