"use client";
// "加入简报": adds the chart (its view and URL state) to the briefing kept in localStorage.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import {
  itemIdentity,
  newItemKey,
  readBriefing,
  serverBriefing,
  subscribeBriefing,
  updateBriefing,
} from "@/lib/export/briefing-store";
import type { ExportView } from "@/lib/export/export-urls";
import { localHref } from "@/lib/i18n/lang";
import { useExportStrings } from "./use-export-lang";

export interface AddToBriefingProps {
  view: ExportView;
  search: string;
  slug?: string;
  id?: string;
  title: string;
}

export function AddToBriefing({ view, search, slug, id, title }: AddToBriefingProps) {
  const { lang, t } = useExportStrings();
  const briefing = useSyncExternalStore(subscribeBriefing, readBriefing, serverBriefing);
  const identity = itemIdentity({ view, search, slug, id });
  const added = briefing.items.some((item) => itemIdentity(item) === identity);
  function add() {
    updateBriefing((current) =>
      current.items.some((item) => itemIdentity(item) === identity)
        ? current
        : {
            ...current,
            items: [
              ...current.items,
              // The page's title is only a label: until the user types one, the deck and the editor use the
              // chart's own title in the deck's language.
              { key: newItemKey(), view, search, slug, id, title, titleEdited: false, note: "", addedAt: new Date().toISOString() },
            ],
          },
    );
  }
  return (
    <span className="inline-flex items-center gap-2 print:hidden" data-testid="add-to-briefing">
      <button
        type="button"
        onClick={add}
        disabled={added}
        aria-pressed={added}
        className="rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900"
      >
        {added ? `✓ ${t.inBriefing}` : `＋ ${t.addToBriefing}`}
      </button>
      {briefing.items.length > 0 && (
        <Link href={localHref("/briefing", lang)} className="text-sm text-blue-700 underline dark:text-blue-400">
          {t.openBriefing}（{briefing.items.length}）
        </Link>
      )}
    </span>
  );
}
