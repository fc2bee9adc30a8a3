import { nameOf, type Lang } from "@/lib/i18n/lang";

export interface PillarLike {
  id: string;
  nameZh: string;
  nameEn: string;
  color: string;
}

export function PillarBadge({ pillar, lang, count }: { pillar: PillarLike; lang: Lang; count?: number }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm">
      <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: pillar.color }} />
      <span>{nameOf(pillar, lang)}</span>
      {count !== undefined && <span className="text-muted tabular-nums">{count}</span>}
    </span>
  );
}
