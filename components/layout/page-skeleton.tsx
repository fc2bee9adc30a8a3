// Shown while a page's data loads. It has no text of its own to translate: the language is in
// the URL, which a loading boundary does not see, so it says "loading" in both languages to screen readers.
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="min-h-screen" role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">加载中… Loading…</span>
      <div className="h-14 border-b border-rule bg-white" />
      <div className="mx-auto max-w-7xl animate-pulse space-y-4 px-4 py-6">
        <div className="h-8 w-1/3 rounded bg-zinc-200" />
        <div className="h-4 w-2/3 rounded bg-zinc-200" />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="h-24 rounded bg-zinc-200/70" />
          ))}
        </div>
      </div>
    </div>
  );
}
