import Link from "next/link";
import { HtmlLang } from "./html-lang";
import { getDictionary, localHref, switchLangHref, type Lang, type SearchParamsRecord } from "@/lib/i18n/lang";

type NavKey = "overview" | "compare" | "indicators" | "search" | "upload" | "briefing";

const NAV: Array<{ key: NavKey; path: string }> = [
  { key: "overview", path: "/" },
  { key: "compare", path: "/compare" },
  { key: "indicators", path: "/indicators" },
  { key: "search", path: "/search" },
  { key: "upload", path: "/upload" },
  { key: "briefing", path: "/briefing" },
];

/** Header, navigation, language switch and footer around every dashboard page. */
export function PageShell({
  lang,
  path,
  params = {},
  active,
  children,
}: {
  lang: Lang;
  /** This page's path, for the language switch. */
  path: string;
  params?: SearchParamsRecord;
  active?: NavKey;
  children: React.ReactNode;
}) {
  const t = getDictionary(lang);
  return (
    <div lang={t.lang} className="flex min-h-screen flex-col">
      <HtmlLang lang={t.lang} />
      <a href="#main" data-site-chrome className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t.site.skip}
      </a>
      <header data-site-chrome className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={localHref("/", lang)} className="flex items-baseline gap-2 text-ink no-underline">
            <span className="text-xl font-bold tracking-wide text-accent">{getDictionary("zh").site.name}</span>
            <span className="hidden text-xs text-muted sm:inline">{t.site.tagline}</span>
          </Link>
          <nav aria-label={lang === "en" ? "Main" : "主导航"} className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1 text-sm">
              {NAV.map((item) => (
                <li key={item.key}>
                  <Link
                    href={localHref(item.path, lang)}
                    aria-current={active === item.key ? "page" : undefined}
                    className={`block rounded px-3 py-1.5 hover:bg-zinc-100 ${active === item.key ? "bg-zinc-100 font-semibold text-accent" : "text-ink"}`}
                  >
                    {t.site.nav[item.key]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <form action="/search" method="get" role="search" className="hidden md:block">
              <label htmlFor="site-search" className="sr-only">
                {t.site.searchPlaceholder}
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder={t.site.searchPlaceholder}
                className="w-48 rounded border border-rule bg-paper px-2 py-1 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
              />
              {lang === "en" && <input type="hidden" name="lang" value="en" />}
            </form>
            <a
              href={switchLangHref(path, params, lang)}
              hrefLang={lang === "en" ? "zh-CN" : "en"}
              lang={lang === "en" ? "zh-CN" : "en"}
              aria-label={t.site.switchLangLabel}
              className="rounded border border-rule px-2 py-1 text-sm text-ink hover:bg-zinc-100"
            >
              {t.site.switchLang}
            </a>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer data-site-chrome className="border-t border-rule bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-4 text-xs text-muted">
          <p>{t.site.footer}</p>
          <a href="/api/openapi.json" className="underline">
            {t.site.api}
          </a>
        </div>
      </footer>
    </div>
  );
}

export function PageTitle({ title, subtitle, children }: { title: string; subtitle?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3 border-b border-rule pb-4">
      <div>
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{title}</h1>
        {subtitle && <div className="mt-1 text-sm text-muted">{subtitle}</div>}
      </div>
      {children && <div className="flex flex-wrap items-center gap-2">{children}</div>}
    </div>
  );
}
