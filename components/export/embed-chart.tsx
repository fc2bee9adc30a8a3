// Server component: the export SVG inline, scaled to its container, for the chrome-less /embed views.
import type { ExportDataset } from "@/lib/export/export-dataset";
import { exportText } from "@/lib/export/export-text";
import { renderSvgChart } from "@/lib/export/svg-chart";
import { getDictionary } from "@/lib/i18n/lang";
import type { ChartSize } from "@/lib/export/export-urls";

export async function EmbedChart({ dataset, size, pageHref }: { dataset: ExportDataset; size: ChartSize; pageHref: string }) {
  const chart = await renderSvgChart(dataset, { size });
  // Fluid width: the iframe decides the size, the viewBox keeps the aspect ratio.
  const svg = chart.svg.replace(/^<svg([^>]*?) width="\d+" height="\d+"/, '<svg$1 width="100%" height="auto" preserveAspectRatio="xMidYMid meet"');
  return (
    <main className="embed m-0 bg-white p-0" lang={getDictionary(dataset.lang).lang}>
      <style>{"[data-site-chrome]{display:none!important} body{margin:0;background:#fff}"}</style>
      <figure className="m-0" data-testid="embed-chart">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption className="px-2 pb-1 text-right text-xs text-zinc-500">
          <a href={pageHref} target="_blank" rel="noopener">
            {exportText(dataset.lang).embedLink}
          </a>
        </figcaption>
      </figure>
    </main>
  );
}

export function EmbedError({ status, message }: { status: number; message: string }) {
  return (
    <main className="p-4 text-sm text-zinc-700" data-status={status}>
      <style>{"[data-site-chrome]{display:none!important}"}</style>
      {message}
    </main>
  );
}
