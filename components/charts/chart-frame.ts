// Shared by the chart bodies (which load recharts lazily) and their frames (rendered at once), so a
// frame reserves exactly the height its chart will take and nothing shifts when the chart arrives.

export interface PlaceBarRow {
  key: string;
  label: string;
  /** Second line under the name: the report year and rank; empty when the value is missing. */
  sublabel: string;
  value: number | null;
  /** The value as shown at the bar's end, unit and marks included. */
  display: string;
  /** Not like for like with the others: drawn lighter with a dashed outline. */
  flagged: boolean;
  /** What a missing value says instead of the chart's missing label (无该年报告 where no report is loaded). */
  missingLabel?: string;
}

export function barChartHeight(rows: number, compact: boolean): number {
  return Math.max(compact ? 80 : 110, rows * (compact ? 26 : 44) + 30);
}

export const TREND_HEIGHT = 90;
