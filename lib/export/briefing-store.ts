// The briefing being assembled, kept in the browser (localStorage) so "加入简报" works on any
// page without an account, and shared between tabs through the storage event.
import { exportParams, type ExportView } from "./export-urls";
import { EXPORT_TEXT, type ExportLang } from "./export-text";

export interface BriefingItem {
  /** Stable client id for ordering and editing. */
  key: string;
  view: ExportView;
  search: string;
  slug?: string;
  id?: string;
  /** The title the user typed when titleEdited; otherwise only the label the chart was added with, in that page's language. */
  title: string;
  /**
   * Whether the user typed the title. An untouched chart takes its own title in the deck's language
   * (slideTitle), so an English deck never keeps the Chinese title a chart was added with. Items stored
   * before this field existed read as untouched: their title was the page's, in whatever language it was.
   */
  titleEdited?: boolean;
  note: string;
  addedAt: string;
}

export interface Briefing {
  title: string;
  subtitle: string;
  items: BriefingItem[];
}

export const BRIEFING_STORAGE_KEY = "fazhi-duibiao:briefing:v1";
const CHANGE_EVENT = "fazhi-briefing-change";

export const EMPTY_BRIEFING: Briefing = { title: EXPORT_TEXT.zh.deckTitle, subtitle: "", items: [] };

/** The deck's title as shown: a title never edited is the default, in the briefing page's language. */
export function briefingTitle(briefing: Briefing, lang: ExportLang): string {
  return briefing.title === EMPTY_BRIEFING.title ? EXPORT_TEXT[lang].deckTitle : briefing.title;
}

/**
 * A chart's slide title: the one the user typed, else the chart's own (its dataset's title, in the deck's
 * language). Without titleEdited (an API caller's JSON) a given title is taken as typed.
 */
export function slideTitle(item: { title: string; titleEdited?: boolean }, chartTitle: string): string {
  return item.titleEdited !== false && item.title ? item.title : chartTitle;
}

/** The deck request (POST /api/export/briefing.pptx) for a briefing in the page's language. */
export function briefingRequest(briefing: Briefing, lang: ExportLang) {
  return {
    lang,
    title: briefingTitle(briefing, lang),
    subtitle: briefing.subtitle,
    items: briefing.items.map(({ view, search, slug, id, title, titleEdited, note }) => ({ view, search, slug, id, title, titleEdited: titleEdited === true, note })),
  };
}

let cachedRaw: string | null | undefined;
let cachedValue: Briefing = EMPTY_BRIEFING;

function isItem(value: unknown): value is BriefingItem {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.key === "string" && typeof v.view === "string" && typeof v.search === "string" && typeof v.title === "string";
}

export function parseBriefing(raw: string | null): Briefing {
  if (!raw) return EMPTY_BRIEFING;
  try {
    const data = JSON.parse(raw) as Partial<Briefing>;
    return {
      title: typeof data.title === "string" ? data.title : EMPTY_BRIEFING.title,
      subtitle: typeof data.subtitle === "string" ? data.subtitle : "",
      items: Array.isArray(data.items) ? data.items.filter(isItem).map((i) => ({ ...i, titleEdited: i.titleEdited === true, note: i.note ?? "" })) : [],
    };
  } catch {
    // A corrupt entry must not break every page: start again.
    return EMPTY_BRIEFING;
  }
}

/** Snapshot for useSyncExternalStore: the same object while the stored string is unchanged. */
export function readBriefing(): Briefing {
  if (typeof window === "undefined") return EMPTY_BRIEFING;
  const raw = window.localStorage.getItem(BRIEFING_STORAGE_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseBriefing(raw);
  }
  return cachedValue;
}

export function writeBriefing(next: Briefing): void {
  window.localStorage.setItem(BRIEFING_STORAGE_KEY, JSON.stringify(next));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function updateBriefing(change: (current: Briefing) => Briefing): void {
  writeBriefing(change(readBriefing()));
}

export function subscribeBriefing(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === BRIEFING_STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, listener);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, listener);
  };
}

export function serverBriefing(): Briefing {
  return EMPTY_BRIEFING;
}

/**
 * Identity of a chart: adding the same chart twice is a no-op. What changes the export counts (a
 * comparison sorted by place is another chart than by value, the default); the language does not, since
 * the deck sets it, nor do an image's size and scale.
 */
export function itemIdentity(item: Pick<BriefingItem, "view" | "search" | "slug" | "id">): string {
  const params = exportParams(item, ["lang", "size", "scale"]);
  // The default order is the same chart whether or not its URL says so.
  if (["", "value"].includes(params.get("sort") ?? "")) params.delete("sort");
  params.sort();
  return [item.view, item.slug ?? "", item.id ?? "", params.toString()].join("|");
}

export function newItemKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
