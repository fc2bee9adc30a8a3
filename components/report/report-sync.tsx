"use client";
import { useEffect } from "react";

const HIGHLIGHT = "metric-quote";

/** Maps a character range of the cleaned text to a DOM Range, through the blocks' data-start/data-end. */
function rangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const block = [...root.querySelectorAll<HTMLElement>("[data-start]")].find(
    (el) => Number(el.dataset.start) <= start && start < Number(el.dataset.end),
  );
  if (!block) return null;
  const blockStart = Number(block.dataset.start);
  const blockEnd = Math.min(end, Number(block.dataset.end));
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = blockStart;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, Math.max(0, start - offset));
      started = true;
    }
    if (started && blockEnd <= offset + length) {
      range.setEnd(node, blockEnd - offset);
      return range;
    }
    offset += length;
  }
  return started ? range : null;
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
