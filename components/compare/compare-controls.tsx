"use client";
// The comparison's controls. Plain form controls (checkboxes, radios, selects) so every part works
// by keyboard and even without JavaScript (the form submits as GET); with JavaScript the chosen
// state is written to the URL in its canonical form (places=a,b,c).
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";

export interface PlaceOption {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  levelLabel: string;
  parentNameZh: string | null;
  group: string;
}

export interface IndicatorOption {
  slug: string;
  name: string;
  pillarId: string;
  pillarName: string;
  placeCount: number;
}

export interface CompareControlsText {
  places: string;
  placeSearch: string;
  placeSearchHint: string;
  /** "{n}" stands for the number of places selected. */
  selected: string;
  removeLabel: Record<string, string>;
  noMatch: string;
  what: string;
  byPillar: string;
  byIndicators: string;
  allPillars: string;
  indicators: string;
  year: string;
  latest: string;
  apply: string;
}

interface Props {
  lang: "zh" | "en";
  places: PlaceOption[];
  pillars: Array<{ id: string; name: string; color: string }>;
  indicators: IndicatorOption[];
  years: number[];
  initial: { places: string[]; pillar: string | null; indicators: string[]; year: string; view: string | null; sort: string | null };
  text: CompareControlsText;
}

export function CompareControls({ lang, places, pillars, indicators, years, initial, text }: Props) {
  const router = useRouter();
  const id = useId();
  const [selected, setSelected] = useState<string[]>(initial.places);
  const [filter, setFilter] = useState("");
  const [mode, setMode] = useState<"pillar" | "indicators">(initial.indicators.length ? "indicators" : "pillar");
  const [pillar, setPillar] = useState(initial.pillar ?? "");
  const [chosenIndicators, setChosenIndicators] = useState<string[]>(initial.indicators);
  const [year, setYear] = useState(initial.year);

  const name = (p: PlaceOption) => (lang === "en" ? p.nameEn : p.nameZh);
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(
    () =>
      places.filter(
        (p) => !needle || p.nameZh.includes(needle) || p.nameEn.toLowerCase().includes(needle) || p.slug.includes(needle) || (p.parentNameZh ?? "").includes(needle),
      ),
    [places, needle],
  );
  const groups = useMemo(() => {
    const map = new Map<string, PlaceOption[]>();
    for (const p of visible) map.set(p.group, [...(map.get(p.group) ?? []), p]);
    return [...map];
  }, [visible]);

  const toggle = (slug: string) => setSelected((s) => (s.includes(slug) ? s.filter((x) => x !== slug) : [...s, slug]));
  const toggleIndicator = (slug: string) => setChosenIndicators((s) => (s.includes(slug) ? s.filter((x) => x !== slug) : [...s, slug]));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (selected.length) params.set("places", selected.join(","));
    if (mode === "pillar" && pillar) params.set("pillar", pillar);
    if (mode === "indicators" && chosenIndicators.length) params.set("indicators", chosenIndicators.join(","));
    params.set("year", year);
    if (initial.view) params.set("view", initial.view);
    if (initial.sort) params.set("sort", initial.sort);
    if (lang === "en") params.set("lang", "en");
    router.push(`/compare?${params.toString().replaceAll("%2C", ",")}`);
  };

  return (
    <form action="/compare" method="get" onSubmit={submit} className="space-y-4" data-testid="compare-controls" aria-label={text.what}>
      {lang === "en" && <input type="hidden" name="lang" value="en" />}
      <fieldset className="rounded border border-rule bg-white p-3">
        <legend className="px-1 text-sm font-semibold">{text.places}</legend>
        <p className="sr-only" aria-live="polite">
          {fillTemplate(text.selected, { n: selected.length })}
        </p>
        {selected.length > 0 && (
          <ul className="mb-2 flex flex-wrap gap-1" aria-label={fillTemplate(text.selected, { n: selected.length })}>
            {selected.map((slug) => {
              const p = places.find((x) => x.slug === slug);
              return (
                <li key={slug}>
                  <button
                    type="button"
                    onClick={() => toggle(slug)}
                    aria-label={text.removeLabel[slug] ?? slug}
                    className="inline-flex items-center gap-1 rounded-full border border-accent bg-accent/5 px-2 py-0.5 text-sm text-accent hover:bg-accent/10 focus:outline-none focus:ring-2 focus:ring-accent"
                  >
                    {p ? name(p) : slug} <span aria-hidden>×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <label htmlFor={`${id}-filter`} className="sr-only">
          {text.placeSearch}
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            // Enter picks the first match instead of submitting: type, Enter, type, Enter…
            if (e.key === "Enter") {
              e.preventDefault();
              // Prefer a name that starts with what was typed (青岛 → 青岛市, not 市南区 under it).
              const first =
                visible.find((p) => p.nameZh.startsWith(needle) || p.nameEn.toLowerCase().startsWith(needle) || p.slug.startsWith(needle)) ?? visible[0];
              if (first) {
                toggle(first.slug);
                setFilter("");
              }
            }
          }}
          placeholder={text.placeSearchHint}
          aria-describedby={`${id}-hint`}
          aria-controls={`${id}-list`}
          className="mb-2 w-full rounded border border-rule px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
          data-testid="place-filter"
        />
        <span id={`${id}-hint`} className="sr-only">
          {text.placeSearchHint}
        </span>
        <div id={`${id}-list`} className="max-h-64 overflow-y-auto pr-1" tabIndex={-1}>
          {groups.length === 0 && <p className="text-sm text-muted">{text.noMatch}</p>}
          {groups.map(([group, options]) => (
            <fieldset key={group} className="mb-2">
              <legend className="text-xs font-semibold text-muted">{group}</legend>
              <ul className="grid grid-cols-2 gap-x-2 sm:grid-cols-3 lg:grid-cols-2">
                {options.map((p) => (
                  <li key={p.slug}>
                    <label className="flex cursor-pointer items-center gap-1.5 rounded px-1 py-0.5 text-sm hover:bg-zinc-50">
                      <input
                        type="checkbox"
                        name="places"
                        value={p.slug}
                        checked={selected.includes(p.slug)}
                        onChange={() => toggle(p.slug)}
                        className="accent-[#1d4e89]"
                      />
                      <span>{name(p)}</span>
                      <span className="text-xs text-muted">{p.levelLabel}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      </fieldset>

      <fieldset className="rounded border border-rule bg-white p-3">
        <legend className="px-1 text-sm font-semibold">{text.what}</legend>
        <div className="mb-2 flex gap-4 text-sm" role="radiogroup" aria-label={text.what}>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="mode" value="pillar" checked={mode === "pillar"} onChange={() => setMode("pillar")} className="accent-[#1d4e89]" />
            {text.byPillar}
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="mode" value="indicators" checked={mode === "indicators"} onChange={() => setMode("indicators")} className="accent-[#1d4e89]" />
            {text.byIndicators}
          </label>
        </div>
        {mode === "pillar" ? (
          <div>
            <label htmlFor={`${id}-pillar`} className="sr-only">
              {text.byPillar}
            </label>
            <select
              id={`${id}-pillar`}
              name="pillar"
              value={pillar}
              onChange={(e) => setPillar(e.target.value)}
              className="w-full rounded border border-rule bg-white px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
              data-testid="pillar-select"
            >
              <option value="">{text.allPillars}</option>
              {pillars.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="max-h-64 overflow-y-auto pr-1" role="group" aria-label={text.indicators} tabIndex={-1}>
            {pillars.map((p) => {
              const own = indicators.filter((i) => i.pillarId === p.id);
              if (own.length === 0) return null;
              return (
                <fieldset key={p.id} className="mb-2">
                  <legend className="flex items-center gap-1 text-xs font-semibold text-muted">
                    <span aria-hidden className="inline-block h-2 w-2 rounded-sm" style={{ background: p.color }} />
                    {p.name}
                  </legend>
                  <ul>
                    {own.map((i) => (
                      <li key={i.slug}>
                        <label className="flex cursor-pointer items-start gap-1.5 rounded px-1 py-0.5 text-sm hover:bg-zinc-50">
                          <input
                            type="checkbox"
                            name="indicators"
                            value={i.slug}
                            checked={chosenIndicators.includes(i.slug)}
                            onChange={() => toggleIndicator(i.slug)}
                            className="mt-1 accent-[#1d4e89]"
                          />
                          <span className={i.placeCount === 0 ? "text-muted" : ""}>
                            {i.name} <span className="text-xs text-muted">({i.placeCount})</span>
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              );
            })}
          </div>
        )}
      </fieldset>

      <div className="flex flex-wrap items-end gap-3">
        <div className="flex-1">
          <label htmlFor={`${id}-year`} className="mb-1 block text-sm font-semibold">
            {text.year}
          </label>
          <select
            id={`${id}-year`}
            name="year"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            className="w-full rounded border border-rule bg-white px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
            data-testid="year-select"
          >
            <option value="latest">{text.latest}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent/90 focus:outline-none focus:ring-2 focus:ring-accent focus:ring-offset-2"
          data-testid="compare-apply"
        >
          {text.apply}
        </button>
      </div>
    </form>
  );
}
