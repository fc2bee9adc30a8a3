"use client";
// One horizontal bar per place: long Chinese place names read better on the vertical axis.
// A missing figure gets no bar and says 未披露 on its axis label, so it can never be read as zero.
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { barChartHeight, type PlaceBarRow } from "./chart-frame";

export type { PlaceBarRow };

interface Props {
  rows: PlaceBarRow[];
  color: string;
  /** Accessible name of the chart; the same data is in the table next to it. */
  label: string;
  compact?: boolean;
  missingLabel: string;
}

function Tick(props: { x?: number | string; y?: number | string; payload?: { value: string }; rows: PlaceBarRow[]; compact: boolean; missingLabel: string }) {
  const row = props.rows.find((r) => r.key === props.payload?.value);
  if (!row) return null;
  const missing = row.value === null;
  return (
    <g transform={`translate(${props.x ?? 0},${props.y ?? 0})`}>
      <text x={-8} y={props.compact || !row.sublabel ? 4 : -2} textAnchor="end" fontSize={props.compact ? 12 : 13} fill="#1f2328" fontWeight={600}>
        {row.label}
      </text>
      {!props.compact && (
        <text x={-8} y={14} textAnchor="end" fontSize={11} fill={missing ? "#9a3412" : "#57606a"} fontStyle={missing ? "italic" : "normal"}>
          {row.sublabel}
        </text>
      )}
      {missing && (
        <text x={8} y={4} fontSize={props.compact ? 11 : 13} fill="#9a3412" fontStyle="italic" data-missing="true">
          {row.missingLabel ?? props.missingLabel}
        </text>
      )}
    </g>
  );
}

export function PlaceBarChart({ rows, color, label, compact = false, missingLabel }: Props) {
  const height = barChartHeight(rows.length, compact);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const data = rows.map((r) => ({ ...r, bar: r.value }));
  return (
    <div role="img" aria-label={label} className="max-w-full overflow-hidden" style={{ width: "100%", height }} data-testid="place-bar-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: compact ? 70 : 150, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, max > 0 ? max : 1]} />
          <YAxis
            type="category"
            dataKey="key"
            width={compact ? 84 : 128}
            tickLine={false}
            axisLine={{ stroke: "#d8dee4" }}
            interval={0}
            tick={(tickProps: { x?: number | string; y?: number | string; payload?: { value: string } }) => <Tick {...tickProps} rows={rows} compact={compact} missingLabel={missingLabel} />}
          />
          <Bar dataKey="bar" isAnimationActive={false} barSize={compact ? 14 : 22} radius={[0, 2, 2, 0]}>
            {data.map((row) => (
              <Cell
                key={row.key}
                fill={color}
                fillOpacity={row.flagged ? 0.4 : 0.9}
                stroke={row.flagged ? color : "none"}
                strokeWidth={row.flagged ? 1.5 : 0}
                strokeDasharray={row.flagged ? "4 3" : undefined}
              />
            ))}
            <LabelList
              dataKey="display"
              position="right"
              // Recharts skips null bars when numbering labels, so print the label's own value, not data[index].
              content={(p: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) => {
                if (typeof p.value !== "string" || p.value === "") return null;
                const x = Number(p.x ?? 0) + Number(p.width ?? 0) + 6;
                const y = Number(p.y ?? 0) + Number(p.height ?? 0) / 2 + 4;
                return (
                  <text x={x} y={y} fontSize={compact ? 11 : 13} fill="#1f2328" fontWeight={600}>
                    {p.value}
                  </text>
                );
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
