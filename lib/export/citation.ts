// The export menu's citation and embed snippets, in the language of the page they cite: the URL
// already carries that language (withPageLang), and the words around it must say the same.
import { embedPath, pageLang, pagePath, type ExportTarget } from "./export-urls";
import { exportText, type ExportLang } from "./export-text";

export interface CitationTexts {
  gb: string;
  plain: string;
  /** null for a view without a chart to embed (a report). */
  iframe: string | null;
}

/** `origin` is "" on the server (relative links); `fallback` is the page's language when the target's search has none. */
export function citationTexts(target: ExportTarget, origin: string, date: string, fallback: ExportLang): CitationTexts {
  const text = exportText(pageLang(target, fallback)).citation;
  const url = `${origin}${pagePath(target)}`;
  const embed = embedPath(target);
  return {
    gb: text.gb(url, date),
    plain: text.plain(url, date),
    iframe: embed ? `<iframe src="${origin}${embed}" width="800" height="450" style="border:0" title="${text.embedTitle}" loading="lazy"></iframe>` : null,
  };
}
