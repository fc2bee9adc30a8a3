"use client";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { getDictionary, getLang } from "@/lib/i18n/lang";

function ErrorBody({ reset }: { reset: () => void }) {
  const lang = getLang(useSearchParams());
  const t = getDictionary(lang);
  return (
    <main lang={t.lang} className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="mb-2 text-2xl font-bold">{t.states.errorTitle}</h1>
      <p className="mb-6 text-muted">{t.states.errorBody}</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 text-white hover:bg-accent/90">
          {t.states.retry}
        </button>
        <a href={lang === "en" ? "/?lang=en" : "/"} className="rounded border border-rule px-4 py-2 hover:bg-zinc-100">
          {t.states.home}
        </a>
      </div>
    </main>
  );
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  console.error(error);
  return (
    <Suspense>
      <ErrorBody reset={reset} />
    </Suspense>
  );
}
