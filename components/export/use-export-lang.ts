"use client";
import { useSyncExternalStore } from "react";
import { EXPORT_STRINGS, type ExportLang, type ExportStrings } from "./export-strings";

function readLang(): ExportLang {
  return document.documentElement.lang.toLowerCase().startsWith("en") ? "en" : "zh";
}

function subscribe(listener: () => void): () => void {
  // The language switch changes <html lang>; watch it rather than couple to the switch's code.
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
  return () => observer.disconnect();
}

export function useExportStrings(): { lang: ExportLang; t: ExportStrings } {
  const lang = useSyncExternalStore<ExportLang>(subscribe, readLang, () => "zh");
  return { lang, t: EXPORT_STRINGS[lang] };
}
