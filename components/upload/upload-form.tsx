"use client";
// The upload form: a report file and the optional facts the text may not state. The fields are
// checked with the same zod schema the route handler parses them with, so a person sees a field's
// problem beside it before anything is sent; the server's answer (stored, already stored, or why
// not) is shown in place, with a link to the stored report. Without JavaScript the form still
// posts to the API.
import Link from "next/link";
import { useId, useState } from "react";
import { ErrorSchema, ReportUploadFieldsSchema, ReportUploadResultSchema } from "@/lib/api/schemas";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { localHref, type Lang } from "@/lib/i18n/lang";
import { MAX_UPLOAD_BYTES } from "@/lib/ingest/ingest-error";
import type { z } from "zod";

type UploadText = Dictionary["upload"];
type Field = keyof typeof ReportUploadFieldsSchema.shape | "file";
type UploadResult = z.output<typeof ReportUploadResultSchema>;

type State =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "stored"; result: UploadResult; given: { place: string | null; year: number | null } }
  | { kind: "failed"; message: string };

const ACCEPT = ".txt,.text,.html,.htm,.shtml,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const OPTIONAL_FIELDS = ["place", "parent", "year", "sourceUrl"] as const;

/** Whether the place the text names is the one a person typed (青岛 for 青岛市 counts as the same). */
function samePlace(stored: string, given: string): boolean {
  return stored === given || stored.startsWith(given) || given.startsWith(stored);
}

export function UploadForm({ text, lang }: { text: UploadText; lang: Lang }) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formKey, setFormKey] = useState(0);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const errors: Partial<Record<Field, string>> = {};
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) errors.file = text.chooseFile;
    else if (file.size > MAX_UPLOAD_BYTES) errors.file = text.tooLarge;
    const raw: Record<string, string> = {};
    for (const name of OPTIONAL_FIELDS) {
      const value = form.get(name);
      if (typeof value === "string" && value.trim()) raw[name] = value.trim();
      else form.delete(name);
    }
    const fields = ReportUploadFieldsSchema.safeParse(raw);
    if (!fields.success) for (const issue of fields.error.issues) errors[issue.path[0] as Field] ??= text.fieldInvalid[issue.path[0] as Field];
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setState({ kind: "idle" });
      return;
    }
    setState({ kind: "sending" });
    let response: Response;
    try {
      response = await fetch("/api/reports", { method: "POST", body: form });
    } catch {
      setState({ kind: "failed", message: text.networkError });
      return;
    }
    const body: unknown = await response.json().catch(() => null);
    const stored = ReportUploadResultSchema.safeParse(body);
    if (response.ok && stored.success) {
      setState({ kind: "stored", result: stored.data, given: { place: fields.data?.place ?? null, year: fields.data?.year ?? null } });
      return;
    }
    const failure = ErrorSchema.safeParse(body);
    if (!failure.success || failure.data.error.status >= 500) {
      setState({ kind: "failed", message: text.serverError });
      return;
    }
    const { param, messageZh, message } = failure.data.error;
    if (param && param in text.fieldInvalid) {
      setFieldErrors({ [param]: lang === "zh" ? text.fieldInvalid[param as Field] : message });
      setState({ kind: "idle" });
      return;
    }
    setState({ kind: "failed", message: lang === "zh" && messageZh ? messageZh : message });
  }

  function reset() {
    setState({ kind: "idle" });
    setFieldErrors({});
    setFormKey((k) => k + 1);
  }

  if (state.kind === "stored") {
    const { result, given } = state;
    const vars = { place: result.place, year: result.year, n: result.metrics, k: result.keptReviewed };
    const summary = result.outcome === "created" ? text.created : result.outcome === "unchanged" ? text.unchanged : text.reExtracted;
    return (
      <section role="status" aria-live="polite" data-testid="upload-result" data-outcome={result.outcome} className="max-w-2xl rounded border border-emerald-200 bg-emerald-50 p-4">
        <p className="font-semibold text-emerald-900">{fillTemplate(summary, vars)}</p>
        {given.place !== null && !samePlace(result.place, given.place) && (
          <p className="mt-2 text-sm text-emerald-900">{fillTemplate(text.placeNotUsed, { place: result.place, given: given.place })}</p>
        )}
        {given.year !== null && given.year !== result.year && (
          <p className="mt-2 text-sm text-emerald-900">{fillTemplate(text.yearNotUsed, { year: result.year, given: given.year })}</p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={localHref(`/reports/${result.reportId}`, lang)} className="rounded bg-accent px-4 py-2 font-semibold text-white no-underline hover:bg-accent/90">
            {text.open}
          </Link>
          <button type="button" onClick={reset} className="rounded border border-rule bg-white px-4 py-2 text-ink hover:bg-zinc-100">
            {text.another}
          </button>
        </div>
      </section>
    );
  }

  const sending = state.kind === "sending";
  const describedBy = (field: Field, hint?: string) => [hint, fieldErrors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const errorOf = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${id}-${field}-error`} className="mt-1 text-sm text-red-800">
        {fieldErrors[field]}
      </p>
    ) : null;
  const input = "w-full rounded border border-rule bg-white px-3 py-2 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-500";

  return (
    <form key={formKey} action="/api/reports" method="post" encType="multipart/form-data" onSubmit={submit} noValidate className="max-w-2xl space-y-5" data-testid="upload-form" aria-busy={sending}>
      <div>
        <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
          {text.file}
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={fieldErrors.file ? true : undefined}
          aria-describedby={describedBy("file", `${id}-file-hint`)}
          className="block w-full text-sm file:mr-3 file:rounded file:border file:border-rule file:bg-white file:px-3 file:py-2 file:text-ink hover:file:bg-zinc-100"
        />
        <p id={`${id}-file-hint`} className="mt-1 text-sm text-muted">
          {text.fileHint}
        </p>
        {errorOf("file")}
      </div>
      <fieldset className="rounded border border-rule bg-white p-4">
        <legend className="px-1 font-semibold">{text.optional}</legend>
        <p className="mb-3 text-sm text-muted">{text.optionalHint}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {OPTIONAL_FIELDS.map((field) => (
            <div key={field} className={field === "sourceUrl" ? "sm:col-span-2" : undefined}>
              <label htmlFor={`${id}-${field}`} className="mb-1 block text-sm font-medium">
                {text[field]}
              </label>
              <input
                id={`${id}-${field}`}
                name={field}
                type={field === "sourceUrl" ? "url" : "text"}
                inputMode={field === "year" ? "numeric" : undefined}
                placeholder={text[`${field}Placeholder`]}
                aria-invalid={fieldErrors[field] ? true : undefined}
                aria-describedby={describedBy(field)}
                className={input}
              />
              {errorOf(field)}
            </div>
          ))}
        </div>
      </fieldset>
      {state.kind === "failed" && (
        <div role="alert" data-testid="upload-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p className="font-semibold">{text.errorTitle}</p>
          <p>{state.message}</p>
          <p className="text-red-800">{text.nothingStored}</p>
        </div>
      )}
      <button type="submit" disabled={sending} className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent/90 disabled:cursor-wait disabled:opacity-70">
        {sending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
