import type { Metadata } from "next";
import { PageShell, PageTitle } from "@/components/layout/page-shell";
import { UploadForm } from "@/components/upload/upload-form";
import { getDictionary, getLang, type SearchParamsRecord } from "@/lib/i18n/lang";

export const metadata: Metadata = { title: "上传报告 Upload" };

export default async function UploadPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const lang = getLang(params);
  const t = getDictionary(lang);
  return (
    <PageShell lang={lang} path="/upload" params={params} active="upload">
      <PageTitle title={t.upload.title} subtitle={t.upload.intro} />
      <UploadForm text={t.upload} lang={lang} />
    </PageShell>
  );
}
