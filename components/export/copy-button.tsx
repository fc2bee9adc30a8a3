"use client";
import { useState } from "react";
import { useExportStrings } from "./use-export-lang";

/** Copies text; falls back to selecting a hidden textarea where the Clipboard API is unavailable (http intranets). */
export function CopyButton({ text, label, testId }: { text: string; label?: string; testId?: string }) {
  const { t } = useExportStrings();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }
  return (
    <button
      type="button"
      onClick={copy}
      data-testid={testId}
      className="shrink-0 rounded border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900"
    >
      <span aria-live="polite">{copied ? t.copied : (label ?? t.copy)}</span>
    </button>
  );
}
