// Generates the hand-written test reports and their gold files from annotated sources.
//
//   npx tsx scripts/generate-fixtures.ts            # all reports
//   npx tsx scripts/generate-fixtures.ts --no-binary # skip PDF/DOCX (no Chromium/LibreOffice needed)
//
// Sources: tests/fixtures/reports/src/<id>.md — a `key: value` header (file, format, place, parent,
// year, title, publisher, published, kind, sourceUrl, note, mustRemove as a JSON array), a `---`
// line, then the report body in which every metric is marked by hand:
//
//   {{figure as written|subject|pillar letter|indicator slug|scope|period}}
//
// pillar letters: E enforcement, R reconsideration, B business, M emergency, D digital, O other.
// Empty fields mean null. Everything not inside {{…}} is plain text and, by the annotator's
// decision, not a metric (years, dates, ordinals, names, document numbers, phone numbers …).
//
// Outputs (all committed, so tests need neither Chromium nor LibreOffice):
//   tests/fixtures/reports/<file>       txt (UTF-8), txt-gbk (GBK bytes), html (page with site
//                                       chrome), pdf (Chromium page.pdf), docx (LibreOffice)
//   tests/fixtures/gold/<file>.json     gold metadata and metrics, same shape as the seed gold
//
// The seed gold files (tests/fixtures/gold/0NN_*.txt.json) are hand-written JSON and are NOT
// touched by this script.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { parseGoldFigure } from "../tests/support/gold-number";

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC_DIR = path.join(ROOT, "tests/fixtures/reports/src");
const OUT_DIR = path.join(ROOT, "tests/fixtures/reports");
const GOLD_DIR = path.join(ROOT, "tests/fixtures/gold");

const PILLARS: Record<string, string> = {
  E: "enforcement",
  R: "reconsideration",
  B: "business",
  M: "emergency",
  D: "digital",
  O: "other",
};

interface Header {
  file: string;
  format: "txt" | "txt-gbk" | "html" | "pdf" | "docx";
  place: string;
  parent: string | null;
  year: number;
  title: string;
  publisher: string | null;
  published: string | null;
  kind: "report" | "news";
  sourceUrl: string | null;
  note: string;
  mustRemove: string[];
}

interface GoldMetric {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  subject: string;
  pillar: string;
  indicator: string | null;
  scope: string | null;
  period: number | null;
  context: string;
}

function parseSource(raw: string): { header: Header; body: string } {
  const sep = raw.indexOf("\n---\n");
  if (sep < 0) throw new Error("missing --- separator");
  const fields: Record<string, string> = {};
  for (const line of raw.slice(0, sep).split("\n")) {
    const m = /^(\w+):\s?(.*)$/.exec(line);
    if (m) fields[m[1]!] = m[2]!.trim();
  }
  const nul = (s: string | undefined) => (s ? s : null);
  const need = (k: string): string => {
    const v = fields[k];
    if (!v) throw new Error(`missing header field ${k}`);
    return v;
  };
  const header: Header = {
    file: need("file"),
    format: need("format") as Header["format"],
    place: need("place"),
    parent: nul(fields.parent),
    year: Number(fields.year),
    title: need("title"),
    publisher: nul(fields.publisher),
    published: nul(fields.published),
    kind: fields.kind as Header["kind"],
    sourceUrl: nul(fields.sourceUrl),
    note: fields.note ?? "",
    mustRemove: fields.mustRemove ? JSON.parse(fields.mustRemove) : [],
  };
  return { header, body: raw.slice(sep + 5).replace(/\s+$/, "") + "\n" };
}

const SENTENCE_END = /[。；！？\n]/;

/** Strips the {{…}} markup; returns the plain text and the metrics with their offsets. */
function stripMarkup(body: string, fileName: string) {
  const metrics: { start: number; end: number; fields: string[] }[] = [];
  let plain = "";
  let last = 0;
  for (const m of body.matchAll(/\{\{([^}]*)\}\}/g)) {
    plain += body.slice(last, m.index);
    const fields = m[1]!.split("|");
    if (fields.length !== 6) throw new Error(`${fileName}: bad markup {{${m[1]}}}`);
    metrics.push({ start: plain.length, end: plain.length + fields[0]!.length, fields });
    plain += fields[0]!;
    last = m.index! + m[0].length;
  }
  plain += body.slice(last);
  if (plain.includes("{{") || plain.includes("}}")) throw new Error(`${fileName}: unbalanced markup`);
  return { plain, metrics };
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** A short substring of the figure's sentence, ending with the figure, unique in the document. */
function makeContext(plain: string, start: number, end: number): string {
  let s0 = start;
  while (s0 > 0 && !SENTENCE_END.test(plain[s0 - 1]!)) s0--;
  let s1 = end;
  while (s1 < plain.length && !SENTENCE_END.test(plain[s1]!)) s1++;
  let a = Math.max(s0, start - 8);
  let b = end;
  const ok = () => b - a >= 6 && count(plain, plain.slice(a, b)) === 1;
  while (!ok() && a > s0) a--;
  while (!ok() && b < s1) b++;
  if (!ok()) throw new Error(`cannot make a unique context for ${plain.slice(start, end)} in: ${plain.slice(s0, s1)}`);
  return plain.slice(a, b);
}

function buildGold(header: Header, plain: string, marks: ReturnType<typeof stripMarkup>["metrics"]): GoldMetric[] {
  const slugs = new Set(
    (JSON.parse(fs.readFileSync(path.join(ROOT, "lib/knowledge/indicators.json"), "utf8")) as { slug: string }[]).map(
      (i) => i.slug,
    ),
  );
  return marks.map(({ start, end, fields }) => {
    const [text = "", subject = "", p = "", indicator = "", scope = "", period = ""] = fields.map((f) => f.trim());
    const fig = parseGoldFigure(text);
    if (!fig) throw new Error(`${header.file}: cannot read figure ${text}`);
    if (!PILLARS[p]) throw new Error(`${header.file}: bad pillar ${p} for ${text}`);
    if (indicator && !slugs.has(indicator)) throw new Error(`${header.file}: unknown indicator ${indicator}`);
    return {
      text,
      value: fig.value,
      unit: fig.unit,
      approx: fig.approx,
      subject,
      pillar: PILLARS[p]!,
      indicator: indicator || null,
      scope: scope || null,
      period: period ? Number(period) : null,
      context: makeContext(plain, start, end),
    };
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Title line + paragraphs as simple document HTML (for the PDF and the DOCX). */
function documentHtml(header: Header, plain: string, forPdf: boolean): string {
  const lines = plain.split("\n").filter((l) => l.trim());
  const [title = "", ...rest] = lines;
  const paras = rest
    .map((l) => {
      const t = escapeHtml(l.trim());
      if (/^[一二三四五六七八九十]+、/.test(l)) return `<h2>${t}</h2>`;
      if (HEADING.test(l)) return `<h3>${t}</h3>`;
      if (l.trim() === header.publisher || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.trim()))
        return `<p class="sign">${t}</p>`;
      return `<p>${t}</p>`;
    })
    .join("\n");
  const style = forPdf
    ? `body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:15pt;line-height:1.75;margin:0}
       h1{font-size:21pt;text-align:center;font-weight:bold;margin:0 0 18pt}
       h2{font-size:15pt;font-family:"Noto Sans CJK SC",sans-serif;font-weight:bold;margin:10pt 0 4pt}
       h3{font-size:15pt;font-weight:bold;margin:6pt 0 2pt;text-indent:2em}
       p{margin:0;text-indent:2em;text-align:justify}
       p.sign{text-align:right;text-indent:0}`
    : `body{font-family:"Noto Serif CJK SC",serif}`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${style}</style></head><body>
<h1>${escapeHtml(title)}</h1>
${paras}
</body></html>`;
}

/** A government-portal page around the report: the chrome an HTML ingester has to drop. */
function portalHtml(header: Header, plain: string): string {
  const lines = plain.split("\n").filter((l) => l.trim());
  const [title = "", ...rest] = lines;
  const paras = rest
    .map((l) => (HEADING.test(l) ? `<p><strong>${escapeHtml(l)}</strong></p>` : `<p style="text-indent:2em">${escapeHtml(l)}</p>`))
    .join("\n");
  const date = header.published ?? "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}_法治政府建设年度报告_株洲市人民政府</title>
<meta name="SiteName" content="株洲市人民政府">
<meta name="SiteDomain" content="www.zhuzhou.gov.cn">
<meta name="SiteIDCode" content="4302000001">
<meta name="ColumnName" content="法治政府建设年度报告">
<meta name="ArticleTitle" content="${escapeHtml(title)}">
<meta name="PubDate" content="${date} 10:15">
<meta name="ContentSource" content="${escapeHtml(header.publisher ?? "")}">
<meta name="Keywords" content="法治政府,年度报告,2023">
<meta name="Description" content="${escapeHtml(title)}">
<link rel="stylesheet" href="/images/zz2023/css/common.css">
<script>var _hmt = _hmt || []; var siteId = 4302000001; var pageViews = 20240206;</script>
<script src="/images/zz2023/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span>欢迎访问株洲市人民政府门户网站！</span>
    <a href="/">无障碍浏览</a> | <a href="/">长者模式</a> | <a href="/">English</a> | <a href="/">登录</a> | <a href="/">注册</a>
  </div>
</div>
<div class="header">
  <div class="logo"><img src="/images/zz2023/logo.png" alt="株洲市人民政府"></div>
  <div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>
</div>
<nav class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/c14320/">要闻动态</a></li>
    <li><a href="/c14321/">政务公开</a></li>
    <li><a href="/c14322/">政务服务</a></li>
    <li><a href="/c14323/">互动交流</a></li>
    <li><a href="/c14324/">走进株洲</a></li>
    <li><a href="/c14325/">专题专栏</a></li>
  </ul>
</nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/c14321/">政务公开</a> &gt; <a href="/c14337/">法治政府建设年度报告</a></div>
<div class="main w1200">
  <div class="article">
    <h1 class="article-title">${escapeHtml(title)}</h1>
    <div class="article-info">
      <span>发布时间：${date} 10:15</span>
      <span>来源：${escapeHtml(header.publisher ?? "")}</span>
      <span>浏览次数：<em id="hits">3276</em></span>
      <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
    </div>
    <div class="article-content" id="zoom">
${paras}
    </div>
    <div class="article-tools">
      <div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a> <a class="qq" href="#">QQ空间</a></div>
      <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
    <div class="prev-next">
      <p>上一篇：<a href="/c14337/20230210/i1987654.html">株洲市2022年法治政府建设年度报告</a></p>
      <p>下一篇：<a href="/c14337/20240301/i2165432.html">株洲市司法局2023年法治政府建设年度报告</a></p>
    </div>
    <div class="related">
      <h3>相关阅读</h3>
      <ul>
        <li><a href="#">株洲市召开2024年全面依法治市工作会议</a> 2024-01-30</li>
        <li><a href="#">我市3个案例入选全省行政复议典型案例</a> 2024-01-12</li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
  <p>主办：株洲市人民政府办公室　承办：株洲市数据资源局</p>
  <p>网站标识码：4302000001　<a href="https://beian.miit.gov.cn">湘ICP备05001234号-1</a>　湘公网安备 43020302000123号</p>
  <p>联系电话：0731-28686123　建议使用1920×1080分辨率浏览</p>
</div>
<script>
  $(function () { $.get("/api/hits?id=2154087", function (n) { $("#hits").text(n); }); });
  var fontSizes = [14, 16, 18];
</script>
</body>
</html>
`;
}

async function renderPdf(html: string, outFile: string): Promise<void> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      margin: { top: "28mm", bottom: "26mm", left: "26mm", right: "24mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:11pt;font-family:serif">- <span class="pageNumber"></span> -</div>',
      printBackground: false,
    });
    fs.writeFileSync(outFile, pdf);
  } finally {
    await browser.close();
  }
}

function renderDocx(html: string, outFile: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gold-docx-"));
  const base = path.basename(outFile, ".docx");
  const htmlFile = path.join(tmp, `${base}.html`);
  fs.writeFileSync(htmlFile, html);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${tmp}/profile`,
      "--headless",
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      tmp,
      htmlFile,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  fs.copyFileSync(path.join(tmp, `${base}.docx`), outFile);
  fs.rmSync(tmp, { recursive: true, force: true });
}

function goldJson(header: Header, metrics: GoldMetric[]): string {
  const meta = {
    place: header.place,
    parent: header.parent,
    year: header.year,
    title: header.title,
    publisher: header.publisher,
    published: header.published,
    kind: header.kind,
  };
  return (
    "{\n" +
    `  "file": ${JSON.stringify(header.file)},\n` +
    `  "source": ${JSON.stringify("tests/fixtures/reports/" + header.file)},\n` +
    `  "sourceUrl": ${JSON.stringify(header.sourceUrl)},\n` +
    `  "note": ${JSON.stringify(header.note)},\n` +
    `  "generatedFrom": ${JSON.stringify("tests/fixtures/reports/src/" + path.basename(header.file).replace(/(-gbk)?\.\w+$/, "") + ".md")},\n` +
    `  "mustRemove": ${JSON.stringify(header.mustRemove)},\n` +
    `  "meta": ${JSON.stringify(meta)},\n` +
    `  "metrics": [\n${metrics.map((m) => "    " + JSON.stringify(m)).join(",\n")}\n  ]\n}\n`
  );
}

async function main() {
  const noBinary = process.argv.includes("--no-binary");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  for (const srcName of fs.readdirSync(SRC_DIR).filter((f) => f.endsWith(".md")).sort()) {
    if (only.length && !only.some((o) => srcName.includes(o))) continue;
    const { header, body } = parseSource(fs.readFileSync(path.join(SRC_DIR, srcName), "utf8"));
    const { plain, metrics: marks } = stripMarkup(body, srcName);
    for (const s of header.mustRemove) if (!plain.includes(s)) throw new Error(`${srcName}: mustRemove not in text: ${s}`);
    const gold = buildGold(header, plain, marks);
    const out = path.join(OUT_DIR, header.file);
    switch (header.format) {
      case "txt":
        fs.writeFileSync(out, plain, "utf8");
        break;
      case "txt-gbk":
        fs.writeFileSync(out, iconv.encode(plain.replace(/\n/g, "\r\n"), "gbk"));
        break;
      case "html":
        fs.writeFileSync(out, portalHtml(header, plain), "utf8");
        break;
      case "pdf":
        if (!noBinary) await renderPdf(documentHtml(header, plain, true), out);
        break;
      case "docx":
        if (!noBinary) renderDocx(documentHtml(header, plain, false), out);
        break;
    }
    fs.writeFileSync(path.join(GOLD_DIR, `${header.file}.json`), goldJson(header, gold));
    console.log(`${header.file}: ${gold.length} gold metrics`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
