"use client";
import { useEffect } from "react";

const HIGHLIGHT = "metric-quote";

/** The block (paragraph, heading or table cell, by its data-start/data-end) holding text offset `at`. */
function blockAt(root: HTMLElement, at: number): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>("[data-start]")].find((el) => Number(el.dataset.start) <= at && at < Number(el.dataset.end)) ?? null;
}

/** The text node and offset inside `block` for text offset `at` (clamped to the block). */
function pointIn(block: HTMLElement, at: number): [Node, number] | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let offset = Number(block.dataset.start);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (at <= offset + length) return [node, Math.max(0, at - offset)];
    offset += length;
    last = node;
  }
  return last ? [last, last.textContent?.length ?? 0] : null;
}

/**
 * Maps a character range of the cleaned text to a DOM Range, through the blocks' data-start/data-end.
 * A range may end in a later block than it starts (a table row's sentence runs across its cells).
 */
function rangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const first = blockAt(root, start);
  if (!first) return null;
  const last = blockAt(root, Math.max(start, end - 1)) ?? first;
  // Only within one row of blocks: a paragraph, or the cells of one table row.
  const sameRow = last === first || (first.parentElement !== null && first.parentElement === last.parentElement);
  const endBlock = sameRow ? last : first;
  const from = pointIn(first, start);
  const to = pointIn(endBlock, Math.min(end, Number(endBlock.dataset.end)));
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

/**
 * Links the text and the side panel: following a figure or a panel entry (click, keyboard or a
 * #m-/#p- link from elsewhere) highlights both, scrolls the other into view and tints the
 * figure's sentence. Works on top of plain anchors, so without JavaScript the links still jump.
 */
export function ReportSync() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>("[data-testid=report-text]");
    const activate = (id: string, scrollTo: "text" | "panel" | null) => {
      document.querySelectorAll(".is-active").forEach((el) => el.classList.remove("is-active"));
      const mark = document.getElementById(`m-${id}`);
      const entry = document.getElementById(`p-${id}`);
      mark?.classList.add("is-active");
      entry?.classList.add("is-active");
      const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      const Highlight = (window as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
      if (root && mark && highlights && Highlight) {
        const range = rangeFor(root, Number(mark.dataset.quoteStart), Number(mark.dataset.quoteEnd));
        if (range) highlights.set(HIGHLIGHT, new Highlight(range));
        else highlights.delete(HIGHLIGHT);
      }
      const target = scrollTo === "text" ? mark : scrollTo === "panel" ? entry : null;
      target?.scrollIntoView({ block: scrollTo === "panel" ? "nearest" : "center", behavior: "smooth" });
    };
    const fromHash = () => {
      const match = /^#([mp])-(\d+)$/.exec(window.location.hash);
      if (match) activate(match[2]!, match[1] === "m" ? "text" : "panel");
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.metric-mark, a.metric-entry");
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const id = link.dataset.metricId!;
      const toPanel = link.classList.contains("metric-mark");
      history.replaceState(null, "", `#${toPanel ? "p" : "m"}-${id}`);
      activate(id, toPanel ? "panel" : "text");
      (toPanel ? document.getElementById(`p-${id}`) : document.getElementById(`m-${id}`))?.focus({ preventScroll: true });
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("hashchange", fromHash);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return null;
}
