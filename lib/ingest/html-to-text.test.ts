import { describe, expect, it } from "vitest";
import { htmlToDocument, wordHtmlToText } from "./html-to-text";

const TABLE = `<table><caption>表1 主要指标（单位：件）</caption>
<tr><th rowspan="2">类别</th><th rowspan="2">指标名称</th><th colspan="2">完成情况</th><th rowspan="2">备注</th></tr>
<tr><th>2022年</th><th>2023年</th></tr>
<tr><td rowspan="2">行政复议</td><td>收到行政复议 申请</td><td>312</td><td>356</td><td></td></tr>
<tr><td>审结案件</td><td></td><td>340</td><td>含上年结转</td></tr>
</table>`;

describe("html tables", () => {
  it("lays a data table out on its grid: spanned cells in every row and column they cover, empty cells as dashes, the caption first", () => {
    const page = `<html><body><article><h1>某区2023年法治政府建设情况报告</h1><p>${"全年依法行政工作取得新进展。".repeat(8)}</p>${TABLE}</article></body></html>`;
    const lines = htmlToDocument(page).text.split("\n");
    const at = lines.indexOf("表1 主要指标（单位：件）");
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      "类别  指标名称  完成情况  完成情况  备注",
      "类别  指标名称  2022年  2023年  备注",
      "行政复议  收到行政复议申请  312  356  —",
      "行政复议  审结案件  —  340  含上年结转",
    ]);
  });

  it("does the same for a Word document's table", () => {
    expect(wordHtmlToText(TABLE).split("\n")).toContain("行政复议  审结案件  —  340  含上年结转");
  });

  it("keeps a table that lays out a web page (a long cell) as lines of text", () => {
    const layout = `<html><body><table><tr><td>导航</td></tr><tr><td><p>${"第一段正文。".repeat(40)}</p><p>第二段正文，全年收到申请12件。</p></td></tr></table></body></html>`;
    const lines = htmlToDocument(layout).text.split("\n");
    expect(lines).toContain("第一段正文。".repeat(40));
    expect(lines).toContain("第二段正文，全年收到申请12件。");
  });
});

describe("html tables: a long text cell in a data table (review 32)", () => {
  const ACCOUNT = "严格落实行政规范性文件合法性审核机制，对各部门报送的规范性文件逐件审核，提出修改意见，确保规范性文件合法有效。".repeat(4);
  const PAGE = `<html><body><h1>济南市历下区2023年法治政府建设情况报告</h1><p>2023年，历下区扎实推进法治政府建设，现将有关情况报告如下。</p><table border="1"><tr><td>重点任务</td><td>推进情况</td><td>2023年（件）</td></tr><tr><td>规范性文件合法性审核</td><td>${ACCOUNT}</td><td>48</td></tr><tr><td>行政复议案件办理</td><td>依法办理行政复议案件</td><td>426</td></tr></table><p>济南市历下区人民政府</p></body></html>`;

  it("reads the whole page, not the one row main-content detection scores highest, and keeps the row's cells", () => {
    expect(ACCOUNT.length).toBeGreaterThan(200);
    const lines = htmlToDocument(PAGE).text.split("\n");
    expect(lines).toContain("2023年，历下区扎实推进法治政府建设，现将有关情况报告如下。");
    expect(lines).toContain(`规范性文件合法性审核  ${ACCOUNT}  48`);
    expect(lines).toContain("行政复议案件办理  依法办理行政复议案件  426");
    expect(lines).toContain("济南市历下区人民政府");
  });

  it("still reads a cell that holds a whole article (no figure in its row) as the page's layout", () => {
    const layout = `<html><body><table><tr><td>首页</td><td>${ACCOUNT}全年收到申请12件。</td></tr></table></body></html>`;
    expect(htmlToDocument(layout).text.split("\n")).toContain(`${ACCOUNT}全年收到申请12件。`);
  });
});

describe("html tables: spans as browsers bound them (review 32)", () => {
  const lines = (table: string) => wordHtmlToText(table).split("\n");

  it("writes a row that is one spanning cell once, a spanning label once, pads a short row and drops the empty corner over the years", () => {
    const table = `<table><tr><td colspan="3">注：全区共有执法部门32个</td></tr><tr><td></td><td>2022年</td><td>2023年</td></tr>
<tr><td colspan="2">合计</td><td>1018</td></tr><tr><td>收到申请（件）</td><td>402</td></tr></table>`;
    expect(lines(table)).toEqual(["注：全区共有执法部门32个", "2022年  2023年", "合计  1018", "收到申请（件）  402  —"]);
  });

  it("clamps a huge colspan/rowspan to the table, and reads a span bomb as plain cells in linear time", () => {
    const title = `<table><tr><td colspan="100000" rowspan="99999">主要数据</td></tr><tr><td>指标</td><td>2023年</td></tr><tr><td>收到申请（件）</td><td>451</td></tr></table>`;
    expect(lines(title)).toEqual(["主要数据", "指标  2023年", "收到申请（件）  451"]);
    const bomb = `<table>${Array.from({ length: 400 }, (_, i) => `<tr><td rowspan="500" colspan="50">第${i}组</td><td>${i}</td></tr>`).join("")}</table>`;
    const text = wordHtmlToText(bomb);
    expect(text.length).toBeLessThan(20_000);
    expect(text).toMatch(/第399组\s+399/);
  });

  it("joins digits a typesetter spaced inside one cell, and a unit spaced from its number", () => {
    expect(lines(`<table><tr><td>法律援助案件</td><td>2 315</td><td>356 件</td></tr></table>`)).toEqual(["法律援助案件  2315  356件"]);
  });
});

describe("page titles (review 32)", () => {
  it("splits a <title> at a double dash before the site's name", () => {
    const page = `<html><head><title>成都市郫都区2023年法治政府建设情况报告--成都市郫都区人民政府</title></head><body><p>${"全年依法行政工作取得新进展。".repeat(8)}</p></body></html>`;
    expect(htmlToDocument(page).title).toBe("成都市郫都区2023年法治政府建设情况报告");
  });
});

describe("html pages: what main-content detection leaves out is reported (review 35)", () => {
  it("lists the menu, an in-article box and the footer it left out, each where it stood", () => {
    const article = "全市各级行政复议机关共收到行政复议申请3105件，同比增长21.4%，办理质效持续提升。".repeat(6);
    const page = `<html><body><div class="nav">首页 | 要闻 | 地方</div><article><h1>嘉兴：行政复议越走越宽</h1><p>${article}</p><aside class="sidebar"><h3>数说</h3><p>46名 专职行政复议人员</p></aside><p>${article}</p></article><div class="footer">版权所有 法治日报社</div></body></html>`;
    const doc = htmlToDocument(page);
    expect(doc.text).toContain("收到行政复议申请3105件");
    const dropped = doc.dropped.map((d) => d.text);
    expect(dropped.some((t) => t.includes("首页 | 要闻"))).toBe(true);
    expect(dropped.some((t) => t.includes("版权所有"))).toBe(true);
    for (const d of doc.dropped) expect(d.at).toBeGreaterThanOrEqual(0);
    for (const d of doc.dropped) expect(d.at).toBeLessThanOrEqual(doc.text.length);
    // Nothing the article kept is reported as left out.
    for (const t of dropped) expect(doc.text).not.toContain(t);
  });

  it("does not report an old table-layout page's text as left out when the article keeps it split at a <br> (review 42b)", () => {
    const sentence = "推行证明事项告知承诺制，公布实行告知承诺的证明事项清单<br>共126项。全市政务服务事项全程网办率达到92.4%。";
    const page = `<html><head><meta charset="utf-8"><title>宿迁市2022年法治政府建设情况报告</title></head><body>\n<table><tr><td><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;${sentence}</font></td></tr></table></body></html>`;
    const doc = htmlToDocument(page);
    expect(doc.text).toContain("共126项");
    expect(doc.dropped.some((d) => d.text.includes("126项"))).toBe(false);
  });
});

describe("line breaks an editor typed (review 39)", () => {
  it("joins a <br> inside a clause (before 、 or a figure) and keeps one after a heading or before a date", () => {
    const html = `<html><body><div><p>组织执法人员培训2期<br />、培训960人次。开展普法宣传活动<br />
580余场次，受教育群众8.6万人次。</p><p>一、强化组织领导<br />全年召开专题会议4次。</p><p>湄潭县人民政府<br />2024年3月5日</p></div></body></html>`;
    const text = htmlToDocument(html).text;
    expect(text).toContain("组织执法人员培训2期、培训960人次。开展普法宣传活动580余场次，受教育群众8.6万人次。");
    expect(text).toContain("一、强化组织领导\n全年召开专题会议4次。");
    expect(text).toContain("湄潭县人民政府\n2024年3月5日");
  });
});
