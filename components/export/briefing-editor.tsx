"use client";
// The briefing page's editor: order the collected charts, set titles and notes, download the deck
// (native PowerPoint charts, built server-side from the same data as the images) or print to PDF.
// The deck, the previews, the links and the titles of untouched charts are in the briefing page's
// language, whatever language each chart was added in, so one deck never mixes the two.
import { useEffect, useState, useSyncExternalStore } from "react";
import {
  briefingRequest,
  briefingTitle,
  readBriefing,
  serverBriefing,
  slideTitle,
  subscribeBriefing,
  updateBriefing,
  type BriefingItem,
} from "@/lib/export/briefing-store";
import { exportText, type ExportLang } from "@/lib/export/export-text";
import { exportUrl, hasChart, inLang, pagePath } from "@/lib/export/export-urls";
import { useExportStrings } from "./use-export-lang";

const STRINGS = {
  zh: {
    heading: "简报",
    empty: "简报中还没有图表。在对比、指标或地区页面的图表旁点击“加入简报”。",
    deckTitle: "简报标题",
    deckSubtitle: "副标题（单位、日期等）",
    itemTitle: "图表标题",
    itemTitleDefault: "图表自带的标题",
    note: "备注（写入演讲者备注）",
    up: "上移",
    down: "下移",
    remove: "移除",
    download: "下载 PPTX",
    downloading: "正在生成…",
    print: "打印 / 另存为 PDF",
    clear: "清空简报",
    source: "查看原页面",
    failed: "生成失败",
  },
  en: {
    heading: "Briefing",
    empty: "No charts yet. Use “Add to briefing” next to any chart on the compare, indicator or place pages.",
    deckTitle: "Briefing title",
    deckSubtitle: "Subtitle (office, date…)",
    itemTitle: "Chart title",
    itemTitleDefault: "The chart's own title",
    note: "Notes (go into the speaker notes)",
    up: "Move up",
    down: "Move down",
    remove: "Remove",
    download: "Download PPTX",
    downloading: "Building…",
    print: "Print / save as PDF",
    clear: "Clear briefing",
    source: "Open page",
    failed: "Export failed",
  },
} as const;

function move(items: BriefingItem[], from: number, to: number): BriefingItem[] {
  if (to < 0 || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Which chart in which language a chart title belongs to (not the item's key: a reorder changes nothing). */
function chartKey(item: Pick<BriefingItem, "view" | "search" | "slug" | "id">, lang: ExportLang): string {
  return [lang, item.view, item.search, item.slug ?? "", item.id ?? ""].join("\n");
}

/**
 * Each chart's own title in the page's language, as the deck will carry it when the user types none.
 * The server builds it from the chart's data (POST /api/export/briefing.json), as it does for the deck.
 */
function useChartTitles(items: readonly BriefingItem[], lang: ExportLang): Map<string, string> {
  const request = items.length ? JSON.stringify({ lang, items: items.map(({ view, search, slug, id }) => ({ view, search, slug, id })) }) : null;
  const [titles, setTitles] = useState<Map<string, string>>(() => new Map());
  useEffect(() => {
    if (request === null) return;
    const controller = new AbortController();
    fetch("/api/export/briefing.json", { method: "POST", headers: { "content-type": "application/json" }, body: request, signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ items: Array<{ title: string }> }>) : null))
      .then((outline) => {
        if (!outline) return;
        const { lang: asked, items: charts } = JSON.parse(request) as { lang: ExportLang; items: BriefingItem[] };
        setTitles((known) => new Map([...known, ...charts.map((chart, i): [string, string] => [chartKey(chart, asked), outline.items[i]!.title])]));
      })
      // Without the titles an untouched chart's field shows its placeholder; a download reports its own error.
      .catch(() => undefined);
    return () => controller.abort();
  }, [request]);
  return titles;
}

export function BriefingEditor() {
  const { lang } = useExportStrings();
  const t = STRINGS[lang];
  const briefing = useSyncExternalStore(subscribeBriefing, readBriefing, serverBriefing);
  const title = briefingTitle(briefing, lang);
  const chartTitles = useChartTitles(briefing.items, lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function patchItem(key: string, patch: Partial<BriefingItem>) {
    updateBriefing((b) => ({ ...b, items: b.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));
  }

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/export/briefing.pptx", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(briefingRequest(briefing, lang)),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? `HTTP ${response.status}`);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `${title || "briefing"}.pptx`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(`${t.failed}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const input = "w-full rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900";
  const button = "rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-50 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-900";

  return (
    <div className="briefing mx-auto max-w-5xl print:max-w-none">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h1 className="text-2xl font-bold">{t.heading}</h1>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={`${button} bg-blue-700 text-white hover:bg-blue-800`} onClick={download} disabled={busy || briefing.items.length === 0} data-testid="download-pptx">
            {busy ? t.downloading : t.download}
          </button>
          <button type="button" className={button} onClick={() => window.print()} disabled={briefing.items.length === 0}>
            {t.print}
          </button>
          <button type="button" className={button} onClick={() => updateBriefing((b) => ({ ...b, items: [] }))} disabled={briefing.items.length === 0}>
            {t.clear}
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-2 text-red-800 print:hidden">
          {error}
        </p>
      )}
      <section className="briefing-cover mb-6 grid gap-2 print:mb-0 print:flex print:h-[180mm] print:flex-col print:justify-center">
        <label className="grid gap-1 print:hidden">
          <span className="text-sm text-zinc-600">{t.deckTitle}</span>
          <input className={input} value={title} onChange={(e) => updateBriefing((b) => ({ ...b, title: e.target.value }))} data-testid="briefing-title" />
        </label>
        <label className="grid gap-1 print:hidden">
          <span className="text-sm text-zinc-600">{t.deckSubtitle}</span>
          <input className={input} value={briefing.subtitle} onChange={(e) => updateBriefing((b) => ({ ...b, subtitle: e.target.value }))} />
        </label>
        <div className="hidden print:block">
          <h1 className="text-4xl font-bold">{title}</h1>
          {briefing.subtitle && <p className="mt-2 text-xl text-zinc-600">{briefing.subtitle}</p>}
          <p className="mt-8 text-sm text-zinc-500">{exportText(lang).site} · {new Date().toISOString().slice(0, 10)}</p>
        </div>
      </section>
      {briefing.items.length === 0 ? (
        <p className="text-zinc-600" data-testid="briefing-empty">{t.empty}</p>
      ) : (
        <ol className="grid gap-6">
          {briefing.items.map((item, index) => {
            const ownTitle = chartTitles.get(chartKey(item, lang));
            // What the slide will say: the typed title, else the chart's own (the stored label until it has loaded).
            const shown = slideTitle(item, ownTitle ?? "") || item.title;
            return (
              <li key={item.key} className="briefing-item rounded border border-zinc-200 p-3 dark:border-zinc-700 print:border-0 print:p-0" data-testid="briefing-item">
                <div className="mb-2 flex flex-wrap items-center gap-2 print:hidden">
                  <span className="text-sm text-zinc-500">{index + 1}.</span>
                  <button type="button" className={button} onClick={() => updateBriefing((b) => ({ ...b, items: move(b.items, index, index - 1) }))} disabled={index === 0} aria-label={`${t.up}：${shown}`}>
                    ↑
                  </button>
                  <button type="button" className={button} onClick={() => updateBriefing((b) => ({ ...b, items: move(b.items, index, index + 1) }))} disabled={index === briefing.items.length - 1} aria-label={`${t.down}：${shown}`}>
                    ↓
                  </button>
                  <button type="button" className={button} onClick={() => updateBriefing((b) => ({ ...b, items: b.items.filter((i) => i.key !== item.key) }))}>
                    {t.remove}
                  </button>
                  <a className="text-sm text-blue-700 underline" href={pagePath(inLang(item, lang))}>
                    {t.source}
                  </a>
                </div>
                <label className="grid gap-1 print:hidden">
                  <span className="text-sm text-zinc-600">{t.itemTitle}</span>
                  <input
                    className={input}
                    value={item.titleEdited ? item.title : (ownTitle ?? "")}
                    placeholder={ownTitle ?? t.itemTitleDefault}
                    onChange={(e) => patchItem(item.key, { title: e.target.value, titleEdited: true })}
                    data-testid="briefing-item-title"
                  />
                </label>
                <h2 className="hidden text-2xl font-bold print:block">{shown}</h2>
                {hasChart(item.view) && (
                  // The same server-rendered SVG as the download: identical in print and on screen.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img className="my-3 w-full border border-zinc-100 print:border-0" src={exportUrl(inLang(item, lang), "svg", { size: "16x9" })} alt={shown} loading="lazy" />
                )}
                <label className="grid gap-1 print:hidden">
                  <span className="text-sm text-zinc-600">{t.note}</span>
                  <textarea className={input} rows={2} value={item.note} onChange={(e) => patchItem(item.key, { note: e.target.value })} />
                </label>
                {item.note && <p className="hidden whitespace-pre-wrap print:block">{item.note}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
