import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { SearchHit, SearchQuery, SearchResult } from "@/lib/api/schemas";
import { Prisma } from "@/lib/db/generated/client";
import { toKind, toPlaceRef } from "./mappers";

const SNIPPET_CONTEXT = 36;
const HITS_PER_REPORT = 5;
const SENTENCE_END = /[。！？；!?;\n]/;

/** Every occurrence of `q` in `text` (case-insensitive for Latin letters), as snippets with the start of their sentence. */
export function findHits(text: string, q: string, max = Infinity): { count: number; hits: SearchHit[] } {
  const haystack = text.toLowerCase();
  const needle = q.toLowerCase();
  const hits: SearchHit[] = [];
  let count = 0;
  /** Where the last snippet ends: a match inside it is already shown there, not again in a snippet of its own. */
  let shownTo = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    count++;
    if (hits.length >= max || at + needle.length <= shownTo) continue;
    const end = at + needle.length;
    let sentenceStart = at;
    while (sentenceStart > 0 && !SENTENCE_END.test(text[sentenceStart - 1]!)) sentenceStart--;
    const from = Math.max(0, at - SNIPPET_CONTEXT, sentenceStart - 8);
    const to = Math.min(text.length, end + SNIPPET_CONTEXT);
    shownTo = to;
    hits.push({
      start: at,
      end,
      sentenceStart,
      before: (from > 0 ? "…" : "") + text.slice(from, at).replace(/\s+/g, " "),
      match: text.slice(at, end),
      after: text.slice(end, to).replace(/\s+/g, " ") + (to < text.length ? "…" : ""),
    });
  }
  return { count, hits };
}

/**
 * Full-text search across the reports' cleaned text. Chinese has no spaces to split words on, so
 * this is substring search (ILIKE), which needs no segmentation dictionary and finds every form of a term.
 */
export async function searchReports(query: SearchQuery): Promise<SearchResult> {
  const prisma = await getPrisma();
  const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const needle = query.q.toLowerCase();
  const rows = await prisma.$queryRaw<Array<{ id: number; matches: number }>>(Prisma.sql`
    SELECT id,
      ((length("cleanedText") - length(replace(lower("cleanedText"), ${needle}, ''))) / length(${needle}))::int AS matches
    FROM "Report"
    WHERE "cleanedText" ILIKE ${pattern}
    ORDER BY matches DESC, year DESC, id ASC`);
  const top = rows.slice(0, query.limit);
  const reports = top.length
    ? await prisma.report.findMany({
        where: { id: { in: top.map((r) => r.id) } },
        select: {
          id: true, year: true, title: true, kind: true, cleanedText: true,
          place: { select: { slug: true, nameZh: true, nameEn: true, level: true, parent: { select: { nameZh: true } } } },
        },
      })
    : [];
  const results = top.flatMap((row) => {
    const r = reports.find((x) => x.id === row.id);
    if (!r) return [];
    const { count, hits } = findHits(r.cleanedText, query.q, HITS_PER_REPORT);
    return [{
      report: { id: r.id, year: r.year, title: r.title, kind: toKind(r.kind), place: { ...toPlaceRef(r.place), parentNameZh: r.place.parent?.nameZh ?? null } },
      matchCount: count,
      hits,
    }];
  });
  return { q: query.q, total: rows.length, results };
}
