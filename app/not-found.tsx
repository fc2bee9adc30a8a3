import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";

// A not-found boundary does not receive the URL's parameters: it speaks both languages.
export default function NotFound() {
  const zh = DICTIONARIES.zh.states;
  const en = DICTIONARIES.en.states;
  return (
    <PageShell lang="zh" path="/">
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="mb-2 text-2xl font-bold">
          {zh.notFoundTitle} <span lang="en" className="text-muted">· {en.notFoundTitle}</span>
        </h1>
        <p className="text-muted">{zh.notFoundBody}</p>
        <p lang="en" className="mb-6 text-muted">
          {en.notFoundBody}
        </p>
        <Link href="/" className="rounded bg-accent px-4 py-2 text-white hover:bg-accent/90">
          {zh.home}
        </Link>
      </div>
    </PageShell>
  );
}
