"use client";
// Citation and embed snippet: cites the page URL, in the page's language (lib/export/citation.ts).
import { useSyncExternalStore } from "react";
import { citationTexts } from "@/lib/export/citation";
import type { ExportTarget } from "@/lib/export/export-urls";
import { CopyButton } from "./copy-button";
import { useExportStrings } from "./use-export-lang";

const noSubscribe = () => () => {};

export function CitationPanel(target: ExportTarget) {
  const { lang, t } = useExportStrings();
  // The origin is only known in the browser; the server renders relative links.
  const origin = useSyncExternalStore(noSubscribe, () => window.location.origin, () => "");
  const { gb, plain, iframe } = citationTexts(target, origin, new Date().toISOString().slice(0, 10), lang);
  return (
    <section aria-label={t.cite} className="mt-2 border-t border-zinc-200 pt-2 text-xs dark:border-zinc-700">
      <h3 className="px-2 text-xs font-semibold text-zinc-500">{t.cite}</h3>
      <CitationRow label={t.citeGb} text={gb} testId="copy-citation-gb" />
      <CitationRow label={t.citePlain} text={plain} testId="copy-citation-plain" />
      {iframe && <CitationRow label={t.embed} text={iframe} testId="copy-embed" />}
    </section>
  );
}

function CitationRow({ label, text, testId }: { label: string; text: string; testId: string }) {
  return (
    <div className="px-2 py-1">
      <div className="flex items-center justify-between gap-2">
        <span className="text-zinc-500">{label}</span>
        <CopyButton text={text} testId={testId} />
      </div>
      <p className="mt-0.5 break-all text-zinc-700 dark:text-zinc-300">{text}</p>
    </div>
  );
}
