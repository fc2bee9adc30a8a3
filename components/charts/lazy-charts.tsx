"use client";
// recharts is the largest thing on a chart page: load it after the page itself, so the first load
// stays small. Each frame reserves its chart's height and carries the chart's accessible name (the
// same data is always in the table next to it, which needs no JavaScript).
import dynamic from "next/dynamic";
import { barChartHeight, TREND_HEIGHT, type PlaceBarRow } from "./chart-frame";
import type { Lang } from "@/lib/i18n/lang";

const PlaceBarChartBody = dynamic(() => import("./place-bar-chart").then((m) => m.PlaceBarChart), { ssr: false });
const TrendChartBody = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false });

export type { PlaceBarRow };

export function PlaceBarChart(props: { rows: PlaceBarRow[]; color: string; label: string; compact?: boolean; missingLabel: string }) {
  return (
    <div data-chart-frame="" style={{ minHeight: barChartHeight(props.rows.length, props.compact ?? false) }}>
      <PlaceBarChartBody {...props} />
    </div>
  );
}

export function TrendChart(props: { points: Array<{ year: number; value: number }>; color: string; label: string; unit: string; lang: Lang }) {
  return (
    <div data-chart-frame="" style={{ minHeight: TREND_HEIGHT }}>
      <TrendChartBody {...props} />
    </div>
  );
}
