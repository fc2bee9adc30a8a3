"use client";
// A small line of one indicator over the years for one place.
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n/lang";

export function TrendChart({ points, color, label, unit, lang }: { points: Array<{ year: number; value: number }>; color: string; label: string; unit: string; lang: Lang }) {
  return (
    <div role="img" aria-label={label} className="max-w-full overflow-hidden" style={{ width: "100%", height: 90 }} data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 240, height: 90 }}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="year" tick={{ fontSize: 11, fill: "#57606a" }} tickLine={false} axisLine={{ stroke: "#d8dee4" }} />
          <YAxis hide domain={["auto", "auto"]} />
          <Tooltip formatter={(v) => formatValue(Number(v), unit, lang)} labelFormatter={(y) => String(y)} />
          <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={{ r: 3, fill: color }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
