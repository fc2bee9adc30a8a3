// Errors that ingestion raises for input it cannot turn into text. Each carries an HTTP status so
// the upload route can answer without a lookup table of its own, and a Chinese message for the UI.

export type IngestErrorCode = "empty" | "binary" | "too-large" | "undecodable" | "unsupported" | "truncated" | "unprocessable";

/** Largest upload we accept. Annual reports are 10–200 KB of text; a 20 MB PDF is already generous. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const STATUS: Record<IngestErrorCode, 413 | 415 | 422> = {
  "too-large": 413,
  unsupported: 415,
  binary: 415,
  empty: 422,
  undecodable: 422,
  truncated: 422,
  // The file was read, but our extraction failed on it: a bug of ours, reported without storing anything.
  unprocessable: 422,
};

const DEFAULT_MESSAGES: Record<IngestErrorCode, { en: string; zh: string }> = {
  empty: { en: "The file is empty or contains only whitespace.", zh: "文件为空或只包含空白字符。" },
  binary: {
    en: "The file looks like binary data, not a text, web page, PDF or Word document.",
    zh: "文件看起来是二进制数据，而不是文本、网页、PDF 或 Word 文档。",
  },
  "too-large": {
    en: `The file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`,
    zh: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 的大小上限。`,
  },
  undecodable: {
    en: "The file's text could not be decoded (unknown or inconsistent character encoding).",
    zh: "无法识别文件的字符编码，文本无法解码。",
  },
  unsupported: {
    en: "This file format is not supported. Upload plain text, HTML, PDF or DOCX.",
    zh: "不支持该文件格式，请上传纯文本、HTML、PDF 或 DOCX 文件。",
  },
  truncated: {
    en: "The file is incomplete (it appears to have been cut off during download or upload).",
    zh: "文件不完整（可能在下载或上传过程中被截断）。",
  },
  unprocessable: {
    en: "The file was read, but extracting its figures failed: an error in 法治对标, not in the file. Nothing was stored; please report the file to the maintainers.",
    zh: "文件已读取，但提取数据时出错：这是本系统的问题，不是文件的问题。未保存任何内容，请将该文件反馈给维护人员。",
  },
};

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly status: 413 | 415 | 422;
  readonly messageZh: string;

  constructor(code: IngestErrorCode, message?: string, messageZh?: string, options?: { cause?: unknown }) {
    super(message ?? DEFAULT_MESSAGES[code].en, options);
    this.name = "IngestError";
    this.code = code;
    this.status = STATUS[code];
    this.messageZh = messageZh ?? DEFAULT_MESSAGES[code].zh;
  }
}
