import { describe, expect, it } from "vitest";

import { processReport, processText } from "../pipeline/process-report";
import { cleanText } from "./index";

// A justice bureau's news page: masthead, menu bar, breadcrumb, headline, page meta, body, footer.
const page = [
  "洛阳市司法局",
  "网站首页 | 机构概况 | 新闻动态 | 政务公开 | 法治政府 | 互动交流",
  "当前位置：首页 > 新闻动态 > 工作动态",
  "《洛阳市2023年法治政府建设情况报告》发布 去年我市行政复议案件量首次突破两千件",
  "来源：洛阳市司法局　　发布时间：2024-03-29 10:26　　浏览次数：3178",
  "《报告》显示，2023年，全市各级行政复议机关共收到行政复议申请2186件。",
  "主办：洛阳市司法局　　承办：洛阳市司法局办公室",
  "地址：洛阳市洛龙区开元大道256号　　邮编：471000　　联系电话：0379-63912345",
  "",
].join("\n");

describe("cleanText: a portal's menu bar and footer", () => {
  it("removes the menu bar and the organiser and address lines, and keeps the headline and the body", () => {
    const cleaned = cleanText(page);
    expect(cleaned.text).not.toContain("机构概况");
    expect(cleaned.text).not.toContain("邮编");
    expect(cleaned.text).not.toContain("承办");
    expect(cleaned.text).toContain("首次突破两千件");
    expect(cleaned.text).toContain("共收到行政复议申请2186件");
    expect(cleaned.removed.some((r) => r.reason === "navigation" && r.text.includes("机构概况"))).toBe(true);
  });

  it("takes the headline under the masthead as the title, and the report's year from it", () => {
    const r = processText(page, "luoyang.txt");
    expect(r.meta.title.value).toBe("《洛阳市2023年法治政府建设情况报告》发布 去年我市行政复议案件量首次突破两千件");
    expect(r.meta.year.value).toBe(2023);
    expect(r.meta.place.value).toBe("洛阳市");
    // The headline's figure repeats the body's; only the body's is a metric.
    expect(r.metrics.map((m) => m.text)).toEqual(["2186件"]);
  });

  it("removes a list of related articles under its header, and keeps the prose after it", () => {
    const text = "全市共收到行政复议申请2186件。\n相关新闻：\n· 赣州：2023年新设经营主体14.3万户 同比增长12.6%\n· 全省行政复议案件同比增长41.2%\n\n相关链接：\n2022年我市收到行政复议申请1531件。\n";
    const cleaned = cleanText(text);
    expect(cleaned.text).not.toContain("14.3万户");
    expect(cleaned.text).not.toContain("41.2%");
    expect(cleaned.text).not.toContain("相关");
    expect(cleaned.text).toContain("2022年我市收到行政复议申请1531件。");
    expect(cleaned.removed.filter((r) => r.detail === "links to related articles")).not.toHaveLength(0);
  });

  it("removes a public account's 往期推荐 headlines after the article and its follow prompts, but no title under a header at the top", () => {
    const post = "点击蓝字\n关注我们\n遂川县2024年法治政府建设工作情况的报告\n县法律援助中心办理法律援助案件1,126件。\n遂川县人民政府\n2025年2月20日\n往期推荐\n全县2024年办理法律援助案件1126件！\n遂川：1至2月受理行政复议案件23件，纠错率8.7%\n点个“在看”，你最好看\n";
    const r = processText(post, "suichuan.txt");
    expect(r.cleaned.text).not.toContain("往期推荐");
    expect(r.cleaned.text).not.toContain("点击蓝字");
    expect(r.cleaned.text).not.toContain("在看");
    expect(r.cleaned.text).toContain("2025年2月20日");
    expect(r.metrics.map((m) => m.text)).toEqual(["1,126件"]);
    // A header above the article takes only bulleted lines: the title and the body stay.
    const top = cleanText("相关阅读\n某县2024年法治政府建设情况报告\n全县办理法律援助案件312件。\n");
    expect(top.text).toContain("某县2024年法治政府建设情况报告");
  });

  it("knows a related-articles header under emoji and arrows (👇 往期推荐), and drops end-of-article marks (- END -, （完）) (review 41a)", () => {
    const post = "丹阳市2021年度法治政府建设情况报告\n2021年，全市共收到行政复议申请108件。\n- END -\n👇 往期推荐\n丹阳：去年全市办理法律援助案件1500件\n▼ 相关阅读 ▼\n丹阳：调解纠纷2000件\n（完）\n";
    const r = processText(post, "danyang.txt");
    expect(r.metrics.map((m) => m.text)).toEqual(["108件"]);
    expect(r.cleaned.text).not.toMatch(/END|往期推荐|相关阅读|（完）/);
    expect(r.cleaned.removed.map((x) => x.text.trim())).toContain("- END -");
  });

  it("removes a site search box under the masthead, so the headline below it is the title", () => {
    const r = processText("宜昌市司法局\n请输入关键字  搜索\n\n2023年全市行政复议工作成效明显\n\n记者从市司法局获悉，2023年，全市共收到行政复议申请1126件。\n", "yichang.txt");
    expect(r.cleaned.text).not.toContain("请输入关键字");
    expect(r.cleaned.removed.some((x) => x.detail.startsWith("site search box"))).toBe(true);
    expect(r.meta.title.value).toBe("2023年全市行政复议工作成效明显");
    // A paragraph that mentions searching is kept.
    expect(cleanText("开通网上搜索服务，群众可检索政策文件1200余件。").text).toContain("检索政策文件");
  });

  it("removes a newspaper's channel trail (法治日报 > 地方法治 > 正文), its bylines and the editor line, and takes the headline as the title", () => {
    const page = "法治日报 > 地方法治 > 正文\n河南：以法治政府建设护航高质量发展\n2024-01-26 08:35:12 来源：法治日报\n□ 本报记者 赵红旗\n□ 本报通讯员 李 俊 王晓梅\n本报郑州1月25日电 今天，河南省人民政府新闻办公室召开新闻发布会，通报2023年全省法治政府建设情况。2023年，全省各级行政复议机关共收到行政复议申请3.41万件。\n责任编辑：孙 婷\n";
    const r = processText(page, "fzrb.txt");
    for (const chrome of ["正文", "赵红旗", "王晓梅", "孙 婷"]) expect(r.cleaned.text).not.toContain(chrome);
    expect(r.meta.title.value).toBe("河南：以法治政府建设护航高质量发展");
    // The headline opens with the province's short name; the lede says which year is reported on.
    expect([r.meta.place.value, r.meta.year.value, r.meta.kind.value]).toEqual(["河南省", 2023, "news"]);
    expect(cleanText("全市行政执法案件中，一般程序 > 简易程序的占比逐年下降。").text).toContain("简易程序");
  });

  it("removes a bare page number line (— 3 —)", () => {
    const cleaned = cleanText("第一段文字。\n— 3 —\n第二段文字。\n");
    expect(cleaned.text).toBe("第一段文字。\n第二段文字。");
  });

  it("removes a paged copy's running header and page numbers, reports them, and joins the sentence the page break cut", () => {
    const header = "某县人民政府关于2024年度法治政府建设情况的报告";
    const text = [header, "　　全年审核县政府规范性文件11件。对县政府合同、协议等开展合法性审", "", "— 1 —", "第1页 共3页", "", header, "查138件，提出审查意见412条。", "", "— 2 —", "第2页 共3页", "", header, "　　修订完善专项应急预案21部。"].join("\n");
    const cleaned = cleanText(text);
    expect(cleaned.text).toBe(`${header}\n全年审核县政府规范性文件11件。对县政府合同、协议等开展合法性审查138件，提出审查意见412条。\n\n修订完善专项应急预案21部。`);
    const reported = cleaned.removed.filter((r) => r.reason === "boilerplate").map((r) => r.text.trim());
    expect(reported).toEqual(["— 1 —\n第1页 共3页", header, "— 2 —\n第2页 共3页", header]);
    // Every character is accounted for: kept or reported.
    const removedChars = cleaned.removed.reduce((n, r) => n + r.end - r.start, 0);
    expect(cleaned.text.length + removedChars).toBe(text.length);
  });

  it("keeps the cell gaps of a table row whose numbers have thousands separators", () => {
    const table = "指标名称  单位  2023年  2024年\n行政处罚案件  件  4,711  5,066";
    expect(cleanText(table).text).toBe(table);
  });

  it("removes a contact footer made only of telephone, address and post-code fields, and keeps a sentence that gives a number to call", () => {
    const text = "全年受理来电1.2万件。\n新闻办联系电话：0536-8788123　地址：潍坊市东风东街6388号\n邮编：261061  传真：0536-8788124\n群众可拨打电话：12345反映问题，全年办结诉求3.2万件。";
    expect(cleanText(text).text).toBe("全年受理来电1.2万件。\n群众可拨打电话：12345反映问题，全年办结诉求3.2万件。");
  });

  it("removes a menu bar that opens with the site's name before 首页, and keeps a table row of pipes", () => {
    const text = "江西日报网 | 首页 | 时政 | 法治 | 社会 | 视觉 | 专题\n复议申请量增三成 直接纠错率超一成\n今年，赣州全市取消证明事项112项。\n| 指标 | 单位 | 2023年 |\n";
    const cleaned = cleanText(text);
    expect(cleaned.text.startsWith("复议申请量增三成")).toBe(true);
    expect(cleaned.text).toContain("| 指标 | 单位 | 2023年 |");
  });

  it("keeps a table header row that is not a menu", () => {
    const table = "主要指标完成情况\n指标 | 单位 | 完成值\n收到行政复议申请 | 件 | 2186\n";
    expect(cleanText(table).text).toContain("指标 | 单位 | 完成值");
  });
});

describe("cleanText: a portal's accessibility bar and a line of related links (review 34)", () => {
  it("removes 无障碍浏览 / 长者模式 / 登录 | 注册 above the title and 相关链接：A | B under the body, and takes the real title", async () => {
    const text = [
      "无障碍浏览   长者模式   简体 | 繁體   登录 | 注册",
      "",
      "牡丹江市人民政府关于2025年度法治政府建设情况的报告",
      "",
      "2025年，全市各级行政复议机构共收到行政复议申请1247件。",
      "",
      "相关链接：黑龙江省人民政府 | 中国政府网 | 牡丹江市司法局",
      "",
    ].join("\n");
    const cleaned = cleanText(text);
    expect(cleaned.text).not.toContain("登录");
    expect(cleaned.text).not.toContain("相关链接");
    expect(cleaned.text).toContain("共收到行政复议申请1247件");
    const r = processText(text, "mudanjiang.txt");
    expect(r.meta.title.value).toBe("牡丹江市人民政府关于2025年度法治政府建设情况的报告");
  });
});

describe("cleanText: a public-account post's chrome (review 37)", () => {
  it("removes the byline, 关注我们, the reprint notice and a ▲ photo caption, keeps the body, and dates the post by its byline", () => {
    const text = [
      "米市巷街道2025年度法治政府建设情况报告",
      "",
      "原创 米市巷发布 米市巷发布 2026年01月23日 17:42 浙江",
      "",
      "点击蓝字",
      "关注我们",
      "",
      "全年承办12345政务服务便民热线工单8614件，同比下降6.3%。",
      "▲图为街道综合行政执法队开展联合检查",
      "关注我们",
      "",
      "版权声明：凡注明“来源：米市巷发布”的所有作品，版权均属米市巷街道所有，未经授权不得转载。",
    ].join("\n");
    const cleaned = cleanText(text);
    for (const gone of ["原创", "关注我们", "版权声明", "▲"]) expect(cleaned.text).not.toContain(gone);
    expect(cleaned.text).toContain("全年承办12345政务服务便民热线工单8614件");
    expect(processText(text, "post.txt").meta.published.value).toBe("2026-01-23");
  });
});

describe("cleanText: a short public-account post pasted as text (review 44)", () => {
  const post = [
    "点击蓝字关注我们",
    "城步苗族自治县2022年法治政府建设年度报告",
    "城步司法 2023-02-15 09:30 发表于湖南",
    "收录于合集 #法治政府建设 12个",
    "图片",
    "🔷一、行政复议",
    "全县收到行政复议申请41件",
    "直接纠错率14.3%",
    "🔷二、公共法律服务",
    "办理法律援助案件296件",
    "人民调解成功率98.4%",
    "往期回顾",
    "城步县开展法治宣传进万家活动 发放资料3万余份",
    "城步：2022年办理法律援助案件310件",
    "继续滑动看下一个",
    "",
  ].join("\n");

  it("keeps the post's short lines apart (no PDF unwrapping), drops its app lines and 往期回顾, and dates it by the byline", async () => {
    const r = await processReport({ bytes: new TextEncoder().encode(post), fileName: "post.txt" });
    expect(r.meta.title.value).toBe("城步苗族自治县2022年法治政府建设年度报告");
    expect(r.meta.published.value).toBe("2023-02-15");
    expect(r.metrics.map((m) => m.text)).toEqual(["41件", "14.3%", "296件", "98.4%"]);
    // The emoji before 一、 does not hide the heading: the bare rate takes its domain from it.
    expect(r.metrics[1]!.indicator).toBe("admin-review-correction-rate");
  });
});

describe("cleanText: a public-account card and reader buttons (review 48)", () => {
  it("removes the account card (…官方微信公众号, 436篇原创内容), 听全文 and the share row, and keeps a heading about an account", () => {
    const text = [
      "前三季度，绍兴检察行政检察“成绩单”来了！",
      "原创 绍兴检察 绍兴检察 2025年10月23日 17:36 浙江",
      "听全文",
      "绍兴检察",
      "绍兴市人民检察院官方微信公众号",
      "436篇原创内容",
      "公众号",
      "2025年1至9月，全市检察机关共受理各类行政诉讼监督案件312件。",
      "（三）建强政务公众号",
      "关注该公众号",
      "知道了",
      "分享 留言 收藏 听过",
      "点赞 在看 ，分享",
    ].join("\n");
    const cleaned = cleanText(text);
    for (const gone of ["听全文", "原创内容", "官方微信公众号", "关注该公众号", "知道了", "听过"]) expect(cleaned.text).not.toContain(gone);
    expect(cleaned.text).toContain("全市检察机关共受理各类行政诉讼监督案件312件");
    expect(cleaned.text).toContain("（三）建强政务公众号");
  });
});

describe("cleanText: a list of related reports pasted after the signature (review 51)", () => {
  it("removes 相关报告 and its dated headlines, whose figures are other years'", () => {
    const text = "荆门市人民政府关于2022年法治政府建设情况的报告\n全市各级行政复议机关共收到行政复议申请682件。\n荆门市人民政府\n2023年3月28日\n相关报告\n荆门市人民政府关于2021年法治政府建设情况的报告（复议申请581件） 2022-03-29\n荆门市2020年法治政府建设年度报告：审核规范性文件21件 2021-03-26\n";
    const cleaned = cleanText(text).text;
    expect(cleaned).not.toContain("581件");
    expect(cleaned).not.toContain("21件");
    expect(cleaned).toContain("682件");
  });
});

describe("cleanText: a national news portal's masthead, breadcrumb and footer (review 51)", () => {
  const page = [
    "人民网",
    "人民网>>法治>>正文",
    "临江市行政复议案件数量创新高",
    "2025年01月22日08:15 | 来源：人民网－法治频道",
    "点击播报本文，约",
    "人民网临江1月22日电 2024年，临江市各级行政复议机关共收到行政复议申请3120件。",
    "分享让更多人看到",
    "人民日报社概况｜关于人民网｜报社招聘｜招聘英才｜广告服务｜合作加盟｜供稿服务｜网站声明｜网站律师｜信息保护｜联系我们",
    "人民日报违法和不良信息举报电话：010-65363263　举报邮箱：jubao@people.cn",
    "人民网服务邮箱：kf@people.cn　互联网新闻信息服务许可证10120170001",
    "",
  ].join("\n");

  it("removes the site's name, the >> trail, the reader widgets and the footer, and keeps the headline and the body", () => {
    const cleaned = cleanText(page);
    expect(cleaned.text.split("\n")[0]).toBe("临江市行政复议案件数量创新高");
    for (const chrome of ["正文", "播报", "分享", "招聘", "举报", "许可证"]) expect(cleaned.text).not.toContain(chrome);
    expect(cleaned.text).toContain("共收到行政复议申请3120件");
  });

  it("takes the headline as the title", () => {
    expect(processText(page).meta.title.value).toBe("临江市行政复议案件数量创新高");
  });

  it("removes a known outlet's name above a headline whatever follows it (code review 54)", () => {
    const meta = processText("人民网\n临江市行政复议案件数量创新高\n2024年，临江市共收到行政复议申请3120件。\n").meta;
    expect([meta.title.value, meta.kind.value]).toEqual(["临江市行政复议案件数量创新高", "news"]);
  });

  it("keeps a headline that ends in 网 above its source line (code review 53)", () => {
    expect(processText("织密法治保障网\n来源：绵阳市司法局\n2024年，全市建成公共法律服务站点1200个。\n").meta.title.value).toBe("织密法治保障网");
  });

  it("keeps a line that only names a net as its heading when it is the report's own text", () => {
    const text = "临江市2024年法治政府建设情况报告\n一、主要成效\n全市收到行政复议申请3120件。\n政务服务一张网\n全市依申请政务服务事项全程网办率达到92%。\n";
    expect(cleanText(text).text).toContain("政务服务一张网");
  });
});
