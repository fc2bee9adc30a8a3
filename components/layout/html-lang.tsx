"use client";
import { useEffect } from "react";

/**
 * Keeps <html lang> in step with the page's language. The root layout cannot see ?lang= (layouts
 * get no search params), so it renders zh-CN and this corrects it after hydration; the page's own
 * wrapper carries the right lang attribute from the first byte.
 */
export function HtmlLang({ lang }: { lang: string }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
