import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import type { ReportMeta } from "../pipeline/types";
import { cleanText, decodeDocument, detectMetadata } from "./index";

const root = path.join(import.meta.dirname, "../..");
const fixtures = path.join(import.meta.dirname, "fixtures");

interface ManifestEntry {
  file: string;
  place: string;
  parent: string | null;
  year: number;
  title: string;
  publisher: string | null;
  published: string | null;
  kind: "report" | "news";
}
const manifest = JSON.parse(readFileSync(path.join(root, "seeds/manifest.json"), "utf8")) as { reports: ManifestEntry[] };

async function metaOf(bytes: Uint8Array, fileName: string, sourceUrl?: string | null): Promise<ReportMeta> {
  const decoded = await decodeDocument(bytes, { fileName });
  const cleaned = cleanText(decoded.text);
  return detectMetadata({ text: cleaned.text, decoded, fileName, sourceUrl, rawText: decoded.text });
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const ws = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, " ").trim());

function flat(m: ReportMeta) {
  return {
    place: m.place.value,
    parent: m.parent.value,
    year: m.year.value,
    title: ws(m.title.value),
    publisher: m.publisher.value,
    published: m.published.value,
    kind: m.kind.value,
  };
}

describe("detectMetadata agrees with the seed manifest", () => {
  it.each(manifest.reports.map((r) => [r.file, r] as const))("%s", async (file, expected) => {
    const m = await metaOf(new Uint8Array(readFileSync(path.join(root, "seeds", file))), file);
    expect(flat(m)).toEqual({
      place: expected.place,
      parent: expected.parent,
      year: expected.year,
      title: ws(expected.title),
      publisher: expected.publisher,
      published: expected.published,
      kind: expected.kind,
    });
    // Every field says how it was found; the manifest is never a method.
    for (const f of Object.values(m)) {
      expect(f.method).not.toBe("manifest");
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    if (m.place.value) expect(m.place.confidence).toBeGreaterThan(0.4);
  });
});

describe("detectMetadata on other reports", () => {
  it("PDF county report: title, parent city, province, signature", async () => {
    const m = await metaOf(new Uint8Array(readFileSync(path.join(fixtures, "changxing-2022.pdf"))), "report.pdf");
    expect(flat(m)).toMatchObject({ place: "长兴县", parent: "湖州市", year: 2022, kind: "report", title: "长兴县2022年法治政府建设情况报告", published: "2023-03-20" });
    expect(m.province.value).toBe("浙江省");
    expect(m.level.value).toBe("county");
    expect(m.placeCode.value).toBe("330522");
    expect(m.publisher.value).toBe("长兴县人民政府");
  });

  it("DOCX district report with a two-line official title and a signature", async () => {
    const m = await metaOf(new Uint8Array(readFileSync(path.join(fixtures, "keqiao-2023.docx"))), "report.docx");
    expect(flat(m)).toEqual({
      place: "柯桥区",
      parent: "绍兴市",
      year: 2023,
      title: "绍兴市柯桥区人民政府关于2023年度法治政府建设情况的报告",
      publisher: "绍兴市柯桥区人民政府",
      published: "2024-03-15",
      kind: "report",
    });
    expect(m.publisher.method).toBe("signature");
  });

  it("GBK text that only says 我市: the place comes from the source line", async () => {
    const m = await metaOf(new Uint8Array(readFileSync(path.join(fixtures, "luoyang-2022-gbk.txt"))), "report.txt");
    expect(flat(m)).toEqual({
      place: "洛阳市",
      parent: "河南省",
      year: 2022,
      title: "关于2022年法治政府建设情况的报告",
      publisher: "洛阳市司法局",
      published: "2023-02-28",
      kind: "report",
    });
    expect(m.place.method).toBe("publisher-line");
  });

  it("GBK HTML page with chrome: duplicate district name settled by the parent city in the text", async () => {
    const m = await metaOf(new Uint8Array(readFileSync(path.join(fixtures, "gulou-2021-gbk.html"))), "page.html");
    expect(flat(m)).toEqual({
      place: "鼓楼区",
      parent: "福州市",
      year: 2021,
      title: "鼓楼区2021年法治政府建设年度报告",
      publisher: "鼓楼区司法局",
      published: "2022-03-25",
      kind: "report",
    });
    expect(m.province.value).toBe("福建省");
  });

  it("the same district name elsewhere follows its own city", async () => {
    const text = "鼓楼区2022年法治政府建设情况报告\n2022年，在南京市委、市政府的坚强领导下，我区持续推进法治政府建设，全区办理行政复议案件210件。\n南京市鼓楼区人民政府\n2023年3月10日\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.place.value).toBe("鼓楼区");
    expect(m.parent.value).toBe("南京市");
    expect(m.placeCode.value).toBe("320106");
    expect(m.publisher.value).toBe("南京市鼓楼区人民政府");
  });

  it("a text that only says 我市: the place comes from the source URL's pinyin", async () => {
    const text = "关于2023年法治政府建设情况的报告\n2023年，我市深入学习贯彻习近平法治思想，全市行政复议机关共收到行政复议申请860件。\n下一步，我市将持续推进法治政府建设。\n";
    const m = await metaOf(utf8(text), "upload.txt", "https://www.zibo.gov.cn/art/2024/3/28/art_1.html");
    expect(m.place.value).toBe("淄博市");
    expect(m.place.method).toBe("source-url-pinyin");
    expect(m.parent.value).toBe("山东省");
    expect(m.year.value).toBe(2023);
    expect(m.publisher.value).toBe("淄博市人民政府");
    expect(m.publisher.method).toBe("report-author-inferred");
  });

  it("a text that only says 我市 and names its city in passing: gazetteer frequency at the 我市 level", async () => {
    const text = [
      "关于2022年法治政府建设情况的报告",
      "2022年，我市坚持以习近平法治思想为指导，全面推进依法行政。",
      "一、深化改革。全市梳理证明事项150项，打造“信用常州”品牌，常州经验在全省推广。",
      "二、强化监督。武进区、新北区率先开展行政执法协调监督工作体系建设试点。",
      "三、下一步打算。我市将为常州高质量发展提供法治保障。",
    ].join("\n");
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.place.value).toBe("常州市");
    expect(m.place.method).toBe("first-person-frequency");
    expect(m.parent.value).toBe("江苏省");
    expect(m.level.value).toBe("city");
  });

  it("province report: no parent, the province is itself", async () => {
    const text = "浙江省2022年法治政府建设情况报告\n2022年，我省坚持以习近平法治思想为指导，全省各级行政复议机关共办理案件1.2万件。\n浙江省人民政府\n二〇二三年三月二十日\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "浙江省", parent: null, year: 2022, kind: "report", publisher: "浙江省人民政府", published: "2023-03-20" });
    expect(m.level.value).toBe("province");
    expect(m.province.value).toBe("浙江省");
  });

  it("street report: the street is the place and its district the parent", async () => {
    const text = "珠海路街道2021年法治政府建设工作报告\n2021年，在市南区委、区政府的领导下，本街道持续推进基层法治建设，全街道调解矛盾纠纷320件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.place.value).toBe("珠海路街道");
    expect(m.level.value).toBe("street");
    expect(m.parent.value).toBe("市南区");
    expect(m.province.value).toBe("山东省");
    expect(m.year.value).toBe(2021);
  });

  it("news agency lede with a full date gives publisher, published date and kind", async () => {
    const text = "淄博市法治政府建设跑出“加速度”\n大众日报淄博2023年5月8日讯 今年以来，淄博市持续深化“放管服”改革，全市政务服务事项网办率达98%。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "淄博市", publisher: "大众日报", published: "2023-05-08", kind: "news", year: 2023 });
  });

  it("a news lede with only month and day gives no published date", async () => {
    const text = "烟台市法治政府建设综述\n烟台日报6月27日讯（记者 王某）近日，烟台市召开法治政府建设推进会。2022年，全市办理行政复议案件900件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.published.value).toBeNull();
    expect(m.publisher.value).toBe("烟台日报");
    expect(m.kind.value).toBe("news");
    expect(m.year.value).toBe(2022);
  });

  it("an e-paper page: the masthead gives the paper, the edition line the date, the question headline the title, and the county-level city the paper writes about the place (review 39)", async () => {
    const text = "鹰潭日报数字报\n2023年08月16日  第A03版：深度报道\n上一版  下一版\n\n“一支队伍管执法”，管出了什么？\n——贵溪市综合行政执法改革一年间见闻\n\n记者从贵溪市综合行政执法局了解到，2023年1至7月，全市乡镇（街道）共办理行政执法案件1126件。贵溪市共下沉执法人员213名。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "贵溪市", parent: "鹰潭市", title: "“一支队伍管执法”，管出了什么？", publisher: "鹰潭日报", published: "2023-08-16", kind: "news" });
  });

  it("a league's government is its 行政公署, signed or inferred (review 37)", async () => {
    const signed = await metaOf(utf8("兴安盟行政公署关于2022年度法治政府建设情况的报告\n全盟各级行政复议机关共收到行政复议申请123件。\n兴安盟行政公署\n2023年3月28日\n"), "r.txt");
    expect(flat(signed)).toMatchObject({ place: "兴安盟", publisher: "兴安盟行政公署", published: "2023-03-28" });
    const inferred = await metaOf(utf8("兴安盟2022年法治政府建设情况报告\n全盟各级行政复议机关共收到行政复议申请123件。\n"), "r.txt");
    expect([inferred.publisher.value, inferred.publisher.method]).toEqual(["兴安盟行政公署", "report-author-inferred"]);
  });

  it("an office's name on the line above 2024年度…报告 is part of the title (review 37)", async () => {
    const m = await metaOf(utf8("株洲市市场监督管理局\n2024年度法治政府建设工作报告\n一、主要举措和成效\n全年作出行政处罚决定180件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "株洲市", year: 2024, title: "株洲市市场监督管理局2024年度法治政府建设工作报告", kind: "report" });
    expect(m.office?.value).toBe("株洲市市场监督管理局");
  });

  it("an office's annual white paper (…工作白皮书) is a report, not news (review 59b)", async () => {
    const m = await metaOf(utf8("佛山市2025年度行政复议工作白皮书\n佛山市司法局\n2026年4月\n前言\n2025年，全市各级行政复议机关共收到行政复议申请5386件。\n一、收案情况\n全年受理4912件。\n二、审结情况\n全年审结4735件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "佛山市", year: 2025, kind: "report" });
    // The body on its cover, not the government inferred for a report with none: a white paper speaks for the city, so no office's own report.
    expect([m.publisher.value, m.publisher.method, m.office.value]).toEqual(["佛山市司法局", "cover-byline", null]);
  });

  it("a government's statutory disclosure of its statistics (…行政执法数据公示) is a report, not news (review 62b-8)", async () => {
    const m = await metaOf(utf8("宜宾市2024年度市级行政执法数据公示\n发布时间：2025-01-24\n根据行政执法公示制度要求，现将2024年度市级行政执法数据公示如下：\n市公安局行政处罚28415件。\n宜宾市司法局\n2025年1月24日\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "宜宾市", year: 2024, kind: "report" });
  });

  it("a yearbook's entry covers the year before its edition, under the gazetteer office's masthead (review 41)", async () => {
    const m = await metaOf(utf8("常熟市地方志办公室\n常熟年鉴（2024）·法治政府建设\n来源：常熟市地方志办公室    发布时间：2024-12-20\n【概况】2023年，常熟市深入推进法治政府建设。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "常熟市", year: 2023, title: "常熟年鉴（2024）·法治政府建设", kind: "report" });
    expect(m.year.method).toBe("yearbook-edition");
  });

  it("an office's statistics 年报 and a bureau's 情况通报 are official reports, so their figures stay the office's (review 41)", async () => {
    const m = await metaOf(utf8("成都市新都区综合行政执法局2023年度行政执法数据统计年报\n全年共作出行政处罚决定3,472件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "新都区", year: 2023, kind: "report" });
    expect(m.office?.value).toBe("成都市新都区综合行政执法局");
    const notice = await metaOf(utf8("宜宾市司法局关于2024年度全市行政复议行政应诉工作情况的通报\n全年共收到行政复议申请2386件。\n"), "r.txt");
    expect(flat(notice)).toMatchObject({ year: 2024, kind: "report" });
  });

  it("a department's own annual report on its line's rule of law (法治公安建设, 法治税务建设) is an official report, not news (review 43)", async () => {
    for (const title of ["襄阳市公安局2024年度法治公安建设工作情况报告", "国家税务总局宜昌市税务局关于2023年度法治税务建设情况的报告"]) {
      const m = await metaOf(utf8(`${title}\n全市公安机关作为被告的一审行政诉讼案件213件。\n`), "r.txt");
      expect(flat(m).kind, title).toBe("report");
    }
  });

  it("a people's congress inspection report: its body is the publisher, the delivery line its date and year (review 44)", async () => {
    const m = await metaOf(utf8("绵阳市人民代表大会常务委员会执法检查组关于检查《中华人民共和国行政复议法》贯彻实施情况的报告\n——2024年10月29日在绵阳市第八届人民代表大会常务委员会第二十二次会议上\n2023年，全市行政复议机关审结案件1,356件。2024年1至8月，全市共收到行政复议申请1,726件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "绵阳市", year: 2024, publisher: "绵阳市人民代表大会常务委员会执法检查组", published: "2024-10-29", kind: "report" });
  });

  it("a public-account post's byline with an ISO date and 发表于 gives the published date (review 41a)", async () => {
    const m = await metaOf(utf8("权威发布｜丹阳市2021年度法治政府建设情况报告\n丹阳司法 2022-02-16 17:42 发表于江苏\n点击蓝字关注我们\n2021年，全市共收到行政复议申请108件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "丹阳市", year: 2021, published: "2022-02-16" });
  });

  it("a page's source and byline set side by side with no space keep the outlet's name alone (review 41b)", async () => {
    const html = '<html><head><title>赣州：包容审慎监管_法治日报</title></head><body><h1>赣州：包容审慎监管为经营主体松绑减负</h1><div class="info"><span>来源：法治日报</span><span>记者 黄辉 通讯员 钟雯</span><span>2025-04-09 07:42:16</span></div><div class="content"><p>2024年，赣州市新设经营主体14.8万户，同比增长9.3%。</p><p>全市依申请政务服务事项全程网办率达到96.7%。</p></div></body></html>';
    const m = await metaOf(utf8(html), "r.html");
    expect(m.publisher.value).toBe("法治日报");
  });

  it("a source line with its date and time after the source gives the published date (review 42a)", async () => {
    const m = await metaOf(utf8("绵阳“一网通办”再提速\n来源：绵阳市融媒体中心　　2025-02-18 09:12　　记者 王晓雯\n2024年，全市依申请政务服务事项全程网办率达到86.7%。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ published: "2025-02-18", publisher: "绵阳市融媒体中心" });
  });

  it("a news story that only says 我市: the place from a local outlet's name, the year from the lede's clause", async () => {
    const text = "我市法治政府建设再上新台阶\n2023-02-08 09:30 来源：烟台日报\n记者从市司法局获悉，2022年，我市深入推进法治政府建设。全年共收到行政复议申请1523件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "烟台市", parent: "山东省", year: 2022, publisher: "烟台日报", published: "2023-02-08", kind: "news" });
    expect(m.place.method).toBe("publisher-outlet");
    expect(m.year.method).toBe("lede-clause");
  });

  it("a city paper's story about one of its districts (我区): the district the text names, settled by the paper's city", async () => {
    const text = "我区法治政府建设交出亮眼成绩单\n2024-02-06 来源：福州日报\n记者从区司法局获悉，2023年，鼓楼区持续推进严格规范公正文明执法。我区全年新收行政复议案件189件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "鼓楼区", parent: "福州市", year: 2023, kind: "news" });
    expect(m.place.method).toBe("publisher-outlet+text");
  });

  it("a province's paper writing about one of its cities (本报赣州讯, 全市): that city, not the province", async () => {
    const text = "前三季度赣州行政复议收案稳步增长\n2025-10-24 08:36　来源：江西日报\n本报赣州讯 记者从赣州市司法局获悉，今年前三季度，全市各级行政复议机关共收到行政复议申请3126件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "赣州市", parent: "江西省", kind: "news" });
    expect(m.place.method).toBe("publisher-outlet+text");
    // A province's paper on the province itself (全省) stays the province.
    const own = await metaOf(utf8("我省行政复议工作成效明显\n2025-10-24 来源：江西日报\n记者从省司法厅获悉，今年前三季度，全省共收到行政复议申请2.1万件，赣州市收到3126件。\n"), "r.txt");
    expect(flat(own)).toMatchObject({ place: "江西省" });
  });

  it("a government portal's name in the page title gives the place, settled by the source line", async () => {
    const html = `<html><head><title>我区法治政府建设交出亮眼成绩单_鼓楼区人民政府门户网站</title></head><body>
<h1>我区法治政府建设交出亮眼成绩单</h1><p>发布时间：2024-02-06 来源：福州日报</p>
<p>记者从区司法局获悉，2023年，我区持续推进严格规范公正文明执法，全年新收行政复议案件189件，审结176件，行政机关负责人出庭应诉率保持100%。</p></body></html>`;
    const m = await metaOf(utf8(html), "page.html");
    expect(flat(m)).toMatchObject({ place: "鼓楼区", parent: "福州市", kind: "news" });
    expect(m.place.method).toBe("site-name");
  });

  it("a date line written in Chinese (2024年03月12日 08:35 来源：…) gives the published date; a lede that opens with a date does not", async () => {
    const news = "法治护航营商环境\n2024年03月12日 08:35 来源：人民网-山东频道\n记者从临沂市司法局获悉，2023年，该市全年办理行政复议案件2316件。\n";
    expect((await metaOf(utf8(news), "r.txt")).published.value).toBe("2024-03-12");
    const lede = "临沂市法治政府建设工作会议召开\n2024年3月12日，临沂市召开法治政府建设工作会议。全年办理行政复议案件2316件。\n";
    expect((await metaOf(utf8(lede), "r.txt")).published.value).toBeNull();
  });

  it("a short name opening the title before the year (丹东2022年…报告) gives the place", async () => {
    const m = await metaOf(utf8("丹东2022年法治政府建设情况报告\n2022年，我市深入推进法治政府建设，全年办理行政复议案件320件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "丹东市", parent: "辽宁省", year: 2022 });
    expect(m.place.method).toBe("title-short-name");
  });

  it("a news headline naming this year's outlook does not date an article on last year's work", async () => {
    const text = "南湖区法治政府建设交出亮眼成绩单 2024年行政复议案件办理提速\n嘉兴日报讯 1月18日，记者从南湖区政府新闻办获悉，2023年南湖区法治政府建设各项工作稳步推进。\n2023年，南湖区共收到行政复议申请386件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "南湖区", year: 2023, kind: "news" });
    expect(m.year.method).toBe("lede-clause");
  });

  it("a news story on a published report takes that report's year, not the day it appeared", async () => {
    const text = "赣州法治政府建设交出亮眼成绩单 行政复议纠错率12.6%\n2024-04-09 07:32:15　来源：江西日报\n本报赣州讯　日前，赣州市政府向社会公开发布《2023年度法治政府建设情况报告》。记者梳理发现，过去一年，赣州在行政复议方面成效明显。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "赣州市", year: 2023, kind: "news" });
    expect(m.year.method).toBe("reported-report");
  });

  it("a news story on a report named without title marks (发布的…2023年法治政府建设年度报告显示) takes that report's year", async () => {
    const text = "去年依法办结行政复议案件29.3万件\n发布时间：2024-04-28 02:36:39\n本报北京4月1日电　日前发布的司法部2023年法治政府建设年度报告显示，各级行政复议机构全年办结案件29.3万件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ year: 2023, kind: "news" });
    expect(m.year.method).toBe("reported-report");
  });

  it("a story published early in a year whose body speaks of last year covers last year; one published late covers its own year", async () => {
    const early = "襄阳：行政复议成为化解行政争议主渠道\n2024-03-19 来源：法治日报\n3月中旬的汉江边，春寒未退。襄阳市司法局局长告诉记者，2023年，襄阳市新收行政复议案件1860件。比2022年增长20%。2023年全市直接纠错率为11.2%。\n";
    const m = await metaOf(utf8(early), "r.txt");
    expect(flat(m)).toMatchObject({ place: "襄阳市", year: 2023, kind: "news" });
    expect(m.year.method).toBe("body-year");
    // In October, last year's final figures are quoted by a story on this year's work.
    const late = early.replace("2024-03-19", "2024-10-09");
    const n = await metaOf(utf8(late), "r.txt");
    expect(n.year.value).toBe(2024);
    expect(n.year.method).toBe("published-date");
    // Comparison bases and dates are not what the story is about.
    const compared = "襄阳：行政复议成为化解行政争议主渠道\n2024-03-19 来源：法治日报\n今年以来，襄阳市新收行政复议案件560件，比2023年同期增长20%，较2023年增加93件。2023年12月，该市出台办法。\n";
    expect((await metaOf(utf8(compared), "r.txt")).year.value).toBe(2024);
  });

  it("an addressee line that opens a report (省政府、市委、市人大：) is no title", async () => {
    const text = "省政府、市委、市人大：\n2018年，我市法治政府建设工作紧紧围绕中心工作。全年共收到行政复议申请326件。\n一、依法全面履行政府职能\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.title.value).toBeNull();
    expect(m.year.value).toBe(2018);
  });

  it("a year written in Chinese numerals in the title (二〇二一年度) is the report's year", async () => {
    const text = "霍山县人民政府关于二〇二一年度法治政府建设情况的报告\n二〇二一年，我县深入推进法治政府建设。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "霍山县", year: 2021, kind: "report" });
    expect(m.year.method).toBe("title");
  });

  it("a provincial outlet's name does not make the place a city", async () => {
    const text = "我市法治政府建设再上新台阶\n2023-02-08 来源：大众日报\n记者获悉，我市深入推进法治政府建设。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.place.value).toBeNull();
  });

  it("the file name can carry the place", async () => {
    const text = "2022年法治政府建设情况报告\n2022年，我县认真落实法治政府建设各项任务，全县办理行政处罚案件560件。\n";
    const m = await metaOf(new Uint8Array(iconv.encode(text, "gbk")), "安吉县2022年法治政府建设情况报告.txt");
    expect(m.place.value).toBe("安吉县");
    expect(m.parent.value).toBe("湖州市");
    expect(m.place.method).toBe("file-name");
  });

  it("an issuing body heading the title is the publisher", async () => {
    const text = "青岛市人民政府关于2021年度法治政府建设情况的报告\n2021年，我市深入推进法治政府建设，全市收到行政复议申请2000余件。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(m.place.value).toBe("青岛市");
    expect(m.publisher.value).toBe("青岛市人民政府");
    expect(m.publisher.method).toBe("title-issuer");
    expect(m.kind.value).toBe("report");
    expect(m.year.value).toBe(2021);
  });

  it("an office heading the title, or publishing a text that speaks as 我局, makes the report that office's own", async () => {
    const bureau = await metaOf(utf8("泰州市市场监督管理局2024年法治政府建设工作情况报告\n2024年，我局全面推进依法行政。\n"), "r.txt");
    expect([bureau.place.value, bureau.office.value, bureau.office.method, bureau.publisher.value]).toEqual(["泰州市", "泰州市市场监督管理局", "title-office", "泰州市市场监督管理局"]);
    // A detachment's masthead, its 文号, then its name and a year's 工作总结 on two lines: one title (review 52b).
    const masthead = await metaOf(utf8("洛阳市交通运输综合行政执法支队\n洛交执〔2026〕4号\n洛阳市交通运输综合行政执法支队\n2025年工作总结\n2025年，支队全年评查案卷420卷。\n洛阳市交通运输综合行政执法支队\n2026年1月9日\n"), "r.txt");
    expect([masthead.title.value, masthead.kind.value, masthead.year.value, masthead.office.value]).toEqual(["洛阳市交通运输综合行政执法支队2025年工作总结", "report", 2025, "洛阳市交通运输综合行政执法支队"]);
    // Only the signature names the body (review 52a): a town's government, or an office whose report it is.
    const town = await metaOf(utf8("关于2024年度法治政府建设工作情况的报告\n肥西县人民政府：\n2024年，我镇办理行政处罚案件87件。\n肥西县三河镇人民政府\n2025年1月10日\n"), "r.txt");
    expect([town.place.value, town.parent.value, town.level.value, town.office.value]).toEqual(["三河镇", "肥西县", "street", null]);
    // (A three-level signature names the town, not 肥西县三河镇; a town's site as a news item's 来源 names no place: code review 53.)
    const threeLevels = await metaOf(utf8("关于2024年度法治政府建设工作情况的报告\n2024年，我镇办理行政处罚案件87件。\n合肥市肥西县三河镇人民政府\n2025年1月10日\n"), "r.txt");
    expect([threeLevels.place.value, threeLevels.parent.value]).toEqual(["三河镇", "肥西县"]);
    // (A street office named as its district government's agency, …区人民政府玉林街道办事处, is the street's: review 63a-3.)
    const agency = await metaOf(utf8("成都市武侯区人民政府玉林街道办事处关于2025年法治建设工作情况的报告\n2025年，街道办理行政处罚案件386件。\n"), "r.txt");
    expect([agency.place.value, agency.parent.value, agency.level.value]).toEqual(["玉林街道", "武侯区", "street"]);
    const siteNews = await metaOf(utf8("我县召开2024年度法治政府建设推进会\n来源：三河镇人民政府\n2024年，我县全县共收到行政复议申请386件。\n"), "r.txt");
    expect(siteNews.level.value).not.toBe("street");
    // (A bureau's line under the government's own signature is the drafter's: the report stays the government's.)
    const drafted = await metaOf(utf8("2024年法治政府建设年度报告\n2024年，我市全年共收到行政复议申请2945件。\n绵阳市人民政府\n2025年1月20日\n绵阳市司法局\n"), "r.txt");
    expect(drafted.office.value).toBeNull();
    const signed = await metaOf(utf8("2025年度法治建设工作情况报告\n2025年，我局作为被告的一审行政诉讼案件3件。\n柳州市教育局\n2026年1月16日\n"), "r.txt");
    expect([signed.place.value, signed.office.value, signed.office.method]).toEqual(["柳州市", "柳州市教育局", "signature-office"]);
    // A law-enforcement detachment (支队, 大队) is an office too (review 52b).
    const detachment = await metaOf(utf8("洛阳市交通运输综合行政执法支队2025年工作总结\n全年检查道路运输经营业户3,412家次。\n"), "r.txt");
    expect([detachment.office.value, detachment.publisher.value]).toEqual(["洛阳市交通运输综合行政执法支队", "洛阳市交通运输综合行政执法支队"]);
    const published = await metaOf(utf8("2023年法治政府建设工作情况报告\n来源：南通市司法局\n2023年，我局坚持…。本局全年办理…。\n"), "r.txt");
    expect(published.office.value).toBe("南通市司法局");
    // The government, its general office and the rule-of-law committee's office report for the whole place.
    for (const title of ["青岛市人民政府2021年法治政府建设情况报告", "青岛市人民政府办公厅2021年法治政府建设情况报告", "中共青岛市委全面依法治市委员会办公室2021年法治政府建设情况报告"]) {
      const m = await metaOf(utf8(`${title}\n2021年，我市深入推进法治政府建设。\n`), "r.txt");
      expect(m.office.value, title).toBeNull();
    }
  });

  it("a prefecture's usual name (延边州, 恩施州) opening the title is the prefecture, not a place the text names more often", async () => {
    for (const [title, place] of [
      ["延边州2024年法治政府建设情况报告", "延边朝鲜族自治州"],
      ["恩施州2024年法治政府建设情况报告", "恩施土家族苗族自治州"],
    ]) {
      const m = await metaOf(utf8(`${title}\n2024年，全州深入推进法治政府建设，配合长春市、长春市、长春市开展工作。\n`), "r.txt");
      expect(m.place.value, title).toBe(place);
    }
  });

  it("a department's site speaks for its place, and a text that speaks as a province and names only its cities is that province's", async () => {
    const html = (site: string) =>
      `<html><head><title>2024年全省行政复议工作情况发布</title>${site}</head><body><h1>2024年全省行政复议工作情况发布</h1><p>2024年，全省各级行政复议机关共收到申请5.87万件，我省行政复议工作稳步推进。杭州市收到1.42万件，宁波市收到9870件，温州市收到8120件，杭州市纠错率11.2%。</p></body></html>`;
    const withSite = await metaOf(utf8(html('<meta name="SiteName" content="浙江省司法厅">')), "a.html");
    expect([withSite.place.value, withSite.place.method]).toEqual(["浙江省", "site-name"]);
    const without = await metaOf(utf8(html("")), "a.html");
    expect(without.place.value).toBe("浙江省");
  });

  it("an official document's 文号 and masthead are no title, and a title wrapped before its last character is joined", async () => {
    const text = "安吉县人民政府文件 安政发〔2024〕5号\n安政发〔2024〕5号\n安吉县人民政府\n关于2023年度法治政府建设工作情况的报\n告\n县委、县人大常委会：\n2023年，县政府深入推进法治政府建设。现将有关情况报告如下：\n安吉县人民政府\n2024年7月15日\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect([m.title.value, m.year.value, m.kind.value, m.place.value]).toEqual(["安吉县人民政府关于2023年度法治政府建设工作情况的报告", 2023, "report", "安吉县"]);
  });

  it("reads the year of a lead sentence written in Chinese numerals (二〇二二年，…)", async () => {
    const m = await metaOf(utf8("天水市法治政府建设情况报告\n二〇二二年，天水市深入推进法治政府建设。\n二零二二年，全市收到行政复议申请362件。\n"), "r.txt");
    expect([m.year.value, m.year.method]).toEqual([2022, "lead-sentence"]);
  });

  it("does not take a place before 级 (绍兴市级民主法治村, an honour's level) for the town's parent", async () => {
    const text = "店口镇2023年度法治政府建设工作情况报告\n2023年，店口镇在诸暨市委、市政府的领导下推进法治建设，配合诸暨市司法局开展案卷评查。\n新创成绍兴市级民主法治村3个，力争2024年新创成绍兴市级以上民主法治村2个。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect([m.place.value, m.parent.value, m.level.value]).toEqual(["店口镇", "诸暨市", "street"]);
  });

  it("takes the title from under a masthead and its 文号, joins a title wrapped before 情况的报告, and skips a breadcrumb", async () => {
    const body = "2024年，全市行政执法机关办理行政处罚案件6418件。\n";
    const masthead = await metaOf(utf8(`惠安县人民政府\n\n惠政文〔2025〕18号\n\n惠安县人民政府关于2024年度法治政府建设\n情况的报告\n\n${body}`), "r.txt");
    expect(flat(masthead)).toMatchObject({ place: "惠安县", year: 2024, title: "惠安县人民政府关于2024年度法治政府建设情况的报告", kind: "report", publisher: "惠安县人民政府" });
    const crumb = await metaOf(utf8(`您当前的位置：首页 > 政务公开 > 法治政府建设\n惠安县人民政府关于2024年度法治政府建设情况的报告\n${body}`), "r.txt");
    expect(crumb.title.value).toBe("惠安县人民政府关于2024年度法治政府建设情况的报告");
  });

  it("places a development zone named by its abbreviation, and names its 管理委员会, not a people's government, as its author", async () => {
    const m = await metaOf(utf8("合肥高新区2024年法治政府建设工作报告\n2024年，高新区行政执法机关办理行政处罚案件1236件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ place: "合肥高新技术产业开发区", parent: "合肥市", publisher: "合肥高新技术产业开发区管理委员会", kind: "report" });
  });

  it("takes the issuing body a report's title names over the office a portal's source line names", async () => {
    const m = await metaOf(utf8("惠安县人民政府关于2024年度法治政府建设情况的报告\n发布时间：2025-03-28　来源：惠安县司法局\n2024年，全县行政执法机关办理行政处罚案件1236件。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ publisher: "惠安县人民政府", published: "2025-03-28" });
    expect(m.publisher.method).toBe("title-issuer");
  });

  it("reads a bracketed date under the title as the report's date", async () => {
    const m = await metaOf(utf8("襄阳市应急管理局2023年法治政府建设情况报告\n（2024年1月22日）\n2023年，全市共组织开展各类应急演练1860场次。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ year: 2023, published: "2024-01-22" });
    expect(m.published.method).toBe("bracketed-date");
  });

  it("reads a public-account article's publish time and drops the column tag before its title", async () => {
    const html = `<html><head><title>权威发布｜遂川县2024年法治政府建设年度报告</title></head><body><div id="js_content"><h1>权威发布｜遂川县2024年法治政府建设年度报告</h1><div id="meta_content"><a id="js_name">遂川司法</a> <em id="publish_time">2025-02-26 18:05</em></div><p>2024年，全县共收到行政复议申请212件，同比增长18.4%，依法受理197件。</p><p>全县组织开展各类应急演练两百余次，排查整改安全隐患3260条。</p></div></body></html>`;
    const m = await metaOf(utf8(html), "wx.html");
    expect(flat(m)).toMatchObject({ place: "遂川县", title: "遂川县2024年法治政府建设年度报告", published: "2025-02-26", kind: "report" });
  });

  it("reads a government work report as a report on the year before its delivery, by the government, not the paper that reposted it", async () => {
    const text = "政府工作报告\n——2024年1月9日在泰州市第六届人民代表大会第三次会议上\n信息来源：泰州日报　发布日期：2024-01-15\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n过去一年，全市行政复议机关新收案件1863件。\n二、2024年工作总体要求和目标任务\n新增经营主体12万户以上。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect(flat(m)).toMatchObject({ place: "泰州市", year: 2023, kind: "report", publisher: "泰州市人民政府", published: "2024-01-15" });
    expect(m.year.method).toBe("work-report-delivery");
  });

  it("takes no place from a cited document's name (《湖南省…实施方案》)", async () => {
    const m = await metaOf(utf8("某某县司法局2022年法治政府建设年度报告\n我局紧扣《湖南省法治政府建设实施方案（2021—2025年）》要求，全年办理法律援助案件1068件。\n"), "r.txt");
    expect(m.place.value).toBeNull();
    const named = await metaOf(utf8("攸县司法局2022年法治政府建设年度报告\n我局紧扣《湖南省法治政府建设实施方案（2021—2025年）》要求，全年办理法律援助案件1068件。\n"), "r.txt");
    expect(flat(named)).toMatchObject({ place: "攸县", parent: "株洲市" });
  });

  it("reads a work summary with its plans (…工作总结和下半年工作打算) as an office's report, its issuer the publisher", async () => {
    const m = await metaOf(utf8("泰州市司法局2024年上半年法治政府建设工作总结和下半年工作打算\n发布日期：2024-07-12　　来源：市司法局\n现将上半年工作总结如下：全市共有持证行政执法人员8731名。\n"), "r.txt");
    expect(flat(m)).toMatchObject({ kind: "report", publisher: "泰州市司法局", year: 2024 });
  });

  it("never throws on text without any cue", async () => {
    const m = detectMetadata({ text: "", decoded: { format: "txt", encoding: "utf-8", text: "", formatTitle: null, formatDate: null }, fileName: "x.txt" });
    expect(m.place.value).toBeNull();
    expect(m.year.value).toBeNull();
    expect(m.title.value).toBeNull();
    expect(["report", "news"]).toContain(m.kind.value);
  });
});

describe("detectMetadata: a signature date with a note, a body named by its level (review 34)", () => {
  it("reads the date under the signature with （此件主动公开） after it", async () => {
    const meta = await metaOf(utf8("永春县人民政府关于2024年度法治政府建设情况的报告\n2024年，县政府共收到行政复议申请127件。\n永春县人民政府\n2025年2月18日（此件主动公开）\n"), "yongchun.txt");
    expect(meta.published.value).toBe("2025-02-18");
  });

  it("names a 来源 body written by its level alone (市行政复议局) after the place the page is about", async () => {
    const meta = await metaOf(utf8("扬州市2025年行政复议工作情况通报\n发布日期：2026-01-15　　信息来源：市行政复议局\n2025年全市各级行政复议机关共收到行政复议申请3862件。\n"), "yangzhou.txt");
    expect(meta.place.value).toBe("扬州市");
    expect(meta.publisher.value).toBe("扬州市行政复议局");
  });
});

describe("detectMetadata: a county portal's page pasted as text (review 35)", () => {
  it("takes the report's title below the portal's banner and info table, and removes banner, info table and pagination", async () => {
    const page = "固始县人民政府门户网站\n网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进固始\n索 引 号：  114115250058301234/2025-00015  主题分类：  政务公开\n固始县人民政府关于２０２４年度法治政府建设工作情况的报告\n２０２４年，县政府共收到行政复议申请１２３件。\n第1页  2  3  下一页  尾页\n";
    const meta = await metaOf(utf8(page), "gushi.txt");
    expect(meta.title.value).toBe("固始县人民政府关于2024年度法治政府建设工作情况的报告");
    expect(meta.kind.value).toBe("report");
    const cleaned = cleanText(page).text;
    for (const chrome of ["门户网站", "索 引 号", "下一页"]) expect(cleaned).not.toContain(chrome);
  });
});

describe("detectMetadata: a signature above an annex (review 34)", () => {
  it("reads the date under the signature when an annex table follows it, else the printing footer's date", async () => {
    const annex = "\n附件\n序号  指标名称  单位  2023年  2024年\n1  新增经营主体  户  5671  6215\n2  收到行政复议申请  件  96  127\n3  法律援助案件  件  540  605\n4  应急演练  场次  186  230\n注：数据来源于各部门。\n";
    const body = "2024年，县政府深入推进法治政府建设，全年共收到行政复议申请127件，依法受理110件，审结105件，行政机关负责人出庭应诉率保持100%，各项工作取得新进展。".repeat(3);
    const signed = await metaOf(utf8(`永春县人民政府关于2024年度法治政府建设情况的报告\n\n${body}\n\n永春县人民政府\n2025年2月18日（此件主动公开）${annex}抄送：县委办。\n永春县人民政府办公室 2025年2月19日印发\n`), "yongchun.txt");
    expect(signed.published.value).toBe("2025-02-18");
    const printed = await metaOf(utf8(`永春县人民政府关于2024年度法治政府建设情况的报告\n\n${body}\n${annex}抄送：县委办。\n永春县人民政府办公室 2025年2月19日印发\n`), "yongchun.txt");
    expect(printed.published).toMatchObject({ value: "2025-02-19", method: "printed-date" });
  });
});

describe("detectMetadata: an autonomous county named after several peoples, or after its people (review 45)", () => {
  it("finds 双江县 and 东乡县", async () => {
    const shuangjiang = await metaOf(utf8("双江县2023年法治政府建设情况报告\n全县办理行政复议案件12件。\n"), "d.txt");
    const dongxiang = await metaOf(utf8("东乡县2023年法治政府建设情况报告\n全县办理行政复议案件12件。\n"), "e.txt");
    expect([shuangjiang.place.value, dongxiang.place.value]).toEqual(["双江拉祜族佤族布朗族傣族自治县", "东乡族自治县"]);
  });
});

describe("detectMetadata: an autonomous county or prefecture by its short name and level (review 44)", () => {
  it("finds 北川羌族自治县 from 北川县 and 湘西土家族苗族自治州 from 湘西州 in the title", async () => {
    const county = await metaOf(utf8("北川县2023年法治政府建设情况报告\n全县办理行政复议案件22件。\n"), "a.txt");
    expect([county.place.value, county.parent.value]).toEqual(["北川羌族自治县", "绵阳市"]);
    const prefecture = await metaOf(utf8("湘西州2024年法治政府建设情况报告\n全州办理行政复议案件220件。\n"), "b.txt");
    expect([prefecture.place.value, prefecture.place.confidence]).toEqual(["湘西土家族苗族自治州", 0.95]);
  });
});

describe("detectMetadata: a government work report titled with its year and no delivery line (review 45)", () => {
  it("covers the year before the title's", async () => {
    const meta = await metaOf(utf8("2025年芜湖市政府工作报告\n一、2024年工作回顾\n全年新登记经营主体9.6万户。\n"), "a.txt");
    expect([meta.year.value, meta.year.method]).toEqual([2024, "work-report-title"]);
  });
});

describe("detectMetadata: a township's report (review 45)", () => {
  it("finds the town from its government's issuer line above a 关于… title, not the county it reports to", async () => {
    const meta = await metaOf(utf8("中共株良镇委员会 株良镇人民政府\n关于2024年度法治政府建设工作情况的报告\n南城县委全面依法治县委员会办公室：\n全年开展执法检查86次。\n"), "a.txt");
    expect([meta.place.value, meta.level.value]).toEqual(["株良镇", "street"]);
  });
  it("finds the town from an issuer line with the party committee's name written without a space", async () => {
    const meta = await metaOf(utf8("中共株良镇委员会株良镇人民政府\n关于2024年度法治政府建设工作情况的报告\n南城县委全面依法治县委员会办公室：\n全年开展执法检查86次。\n"), "c.txt");
    expect(meta.place.value).toBe("株良镇");
  });
  it("finds the town in a title whose year is written in Chinese numerals", async () => {
    const meta = await metaOf(utf8("株良镇人民政府关于二〇二四年度法治政府建设工作情况的报告\n我镇全年开展执法检查86次。\n"), "b.txt");
    expect([meta.place.value, meta.year.value]).toEqual(["株良镇", 2024]);
  });
});

describe("detectMetadata: an official document's masthead above its 文号 (review 45)", () => {
  const title = "延边朝鲜族自治州人民政府关于2024年法治政府建设情况的报告";
  it("joins the issuer's line to the 关于… line below the masthead and the 文号", async () => {
    const meta = await metaOf(utf8("延边朝鲜族自治州人民政府\n\n延州政函〔2025〕6号\n\n延边朝鲜族自治州人民政府\n关于2024年法治政府建设情况的报告\n\n省政府：\n全州收到行政复议申请1486件。\n"), "a.txt");
    expect([meta.title.value, meta.kind.value]).toEqual([title, "report"]);
  });
  it("skips a masthead line in a minority script", async () => {
    const meta = await metaOf(utf8("연변조선족자치주인민정부\n延边朝鲜族自治州人民政府\n\n延州政函〔2025〕6号\n\n延边朝鲜族自治州人民政府\n关于2024年法治政府建设情况的报告\n\n省政府：\n全州收到行政复议申请1486件。\n"), "b.txt");
    expect(meta.title.value).toBe(title);
  });
});

describe("detectMetadata: a headline that opens with a province's short name (review 46)", () => {
  it("finds 山东省 in 山东多地深化行政复议体制改革见闻, not the city the story names most", async () => {
    const meta = await metaOf(utf8("山东多地深化行政复议体制改革见闻\n\n来源：法治日报　　2025-03-12\n\n临沂市行政复议机关共办理案件2946件。临沂市…。济宁市政府共作出行政复议决定1687件。\n"), "f.txt");
    expect(meta.place.value).toBe("山东省");
  });
});

describe("detectMetadata: a source line with a bare date after the outlet (review 46)", () => {
  it("reads 来源：法治日报　　2025-03-12 as the published date", async () => {
    const meta = await metaOf(utf8("山东省多地深化行政复议体制改革见闻\n\n来源：法治日报　　2025-03-12\n\n2024年，潍坊全市各级行政复议机构共收到行政复议申请3862件。\n"), "g.txt");
    expect(meta.published.value).toBe("2025-03-12");
  });
});

describe("detectMetadata: a court's report (review 47)", () => {
  it("names the court that heads the title as the publisher, not the city government", async () => {
    const meta = await metaOf(utf8("湖州市中级人民法院关于2024年度全市法院行政审判工作情况的报告\n——2025年4月23日在湖州市第九届人民代表大会常务委员会第二十四次会议上\n全市法院一审审结的行政案件中，行政机关败诉案件103件。\n"), "h.txt");
    expect(meta.publisher.value).toBe("湖州市中级人民法院");
  });
});

describe("detectMetadata: a headline whose subtitle opens with a province's short name (review 46)", () => {
  it("finds 山东省 after the dash in 行政复议“主渠道”越走越宽——山东多地深化…", async () => {
    const meta = await metaOf(utf8("行政复议“主渠道”越走越宽——山东多地深化行政复议体制改革见闻\n\n来源：法治日报　　2025-03-12\n\n临沂市行政复议机关共办理案件2946件。潍坊市…。潍坊市政府收到1687件。\n"), "i.txt");
    expect(meta.place.value).toBe("山东省");
  });
});

describe("detectMetadata: a third-party evaluation report (review 52b)", () => {
  it("is a report whatever version mark follows its title, written by the research body under the title, not the government", async () => {
    const text = "临沂市2024年度法治政府建设第三方评估报告（摘要）\n临沂大学法治政府研究中心\n2025年4月\n\n经综合评定，临沂市2024年度法治政府建设总得分为86.5分。\n";
    const m = await metaOf(utf8(text), "r.txt");
    expect([m.kind.value, m.publisher.value, m.place.value, m.year.value]).toEqual(["report", "临沂大学法治政府研究中心", "临沂市", 2024]);
    // (A school under a government's own title is no author: code review 54.)
    const school = await metaOf(utf8("绵阳市人民政府关于2024年度法治政府建设情况的报告\n绵阳市行政学院\n2024年，全市收到行政复议申请2945件。\n"), "r.txt");
    expect(school.publisher.value).toBe("绵阳市人民政府");
    const unsigned = await metaOf(utf8("临沂市2024年度法治政府建设第三方评估报告\n经综合评定，临沂市总得分为86.5分。\n"), "r.txt");
    expect(unsigned.publisher.value).toBeNull();
  });
});

describe("detectMetadata: a portal page's header and source line (review 55)", () => {
  it("takes a portal page's title from the article, not the site name in its header <h1>, and no bare division (来源：办公室) for the publisher (review 55)", async () => {
    const page = [
      '<html><head><meta charset="utf-8"><meta name="SiteName" content="宿州市数据资源管理局"><meta name="ContentSource" content="办公室">',
      "<title>宿州市数据资源管理局2024年工作总结和2025年工作安排_宿州市数据资源管理局</title></head><body>",
      '<div class="header"><h1>宿州市数据资源管理局</h1></div>',
      '<div class="article"><h2>宿州市数据资源管理局2024年工作总结和2025年工作安排</h2>',
      "<div>发布时间：2025-01-16 09:42 来源：办公室 打印本页 关闭窗口</div>",
      "<p>2024年，市数据资源局深入推进数字政府建设，各项工作取得明显成效。全年推出高效办成一件事重点事项13个，组织学法活动12次，办理人大代表建议、政协委员提案9件，办结率100%。开放公共数据集1583个，归集数据48.6亿条，累计调用接口2.3亿次。</p>",
      '<p style="text-align:right">宿州市数据资源管理局<br>2025年1月15日</p></div></body></html>',
    ].join("\n");
    const meta = await metaOf(utf8(page), "page.html");
    expect(meta.title.value).toBe("宿州市数据资源管理局2024年工作总结和2025年工作安排");
    expect(meta.publisher.value).toBe("宿州市数据资源管理局");
    expect(meta.office?.value).toBe("宿州市数据资源管理局");
  });

  it("files an unsigned report on an office's own portal under the office, whatever division its source line names (code review 56)", async () => {
    for (const source of ["社区矫正科", "局办公室", "办公室（法规科）", "宿州市司法局"]) {
      const page = [
        '<html><head><meta charset="utf-8"><meta name="SiteName" content="宿州市司法局">',
        "<title>2024年法治政府建设年度报告_宿州市司法局</title></head><body>",
        '<div class="header"><h1>宿州市司法局</h1></div>',
        '<div class="article"><h2>2024年法治政府建设年度报告</h2>',
        `<div>发布时间：2025-01-16 来源：${source}</div>`,
        "<p>2024年，全市司法行政系统深入推进法治政府建设，各项工作取得明显成效。全年办理法律援助案件5620件，同比增长8%；审查规范性文件86件，纠错5件；组织执法人员培训12期，培训3860人次；开展普法活动320场，覆盖群众12万人次。</p>",
        "</div></body></html>",
      ].join("\n");
      const meta = await metaOf(utf8(page), "page.html");
      expect([source, meta.publisher.value, meta.office?.value]).toEqual([source, "宿州市司法局", "宿州市司法局"]);
    }
  });
});

