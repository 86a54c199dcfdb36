/**
 * Lines that a PDF or a web page adds around a document's own text: page markers ("- 2 -",
 * "第 2 页 共 9 页") and site chrome (来源, 发布日期, 浏览次数, 字体[大 中 小], 打印, 分享,
 * "仅展示628字"). They are never a title, a date or part of a node's text; the parser lists them
 * as unparsed so that nothing is dropped silently. Takes folded, trimmed lines.
 */

const PAGE_MARKER = /^(?:[-—–~]\s*\d{1,4}\s*[-—–~]|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** A chrome label opens the line; its value (a date, a count, a site name) follows. */
const CHROME_LABEL =
  /^(?:来源|信息来源|文章来源|发布日期|发布时间|发文日期|成文日期|浏览次数|阅读次数|访问次数|点击数|点击量|作者|责任编辑|编辑|索引号|主题分类|发布机构|生效日期|文号)\s*[:：]/;

const CHROME_WORDS = new Set([
  "打印", "打印本页", "关闭", "关闭窗口", "分享", "分享到", "收藏", "返回顶部", "【打印】", "【关闭】", "字体", "字号",
]);

/** 字体:[大 中 小], "【字体:大 中 小】", "打印 | 关闭", "仅展示628字", "扫一扫在手机打开当前页". */
const CHROME_PATTERNS = [
  /^\(?\s*(?:字体|字号)\s*[:：]?\s*[\[(]?\s*大\s*中\s*小\s*[\])]?\s*\)?$/,
  /^仅展示\s*\d+\s*字/,
  /^扫一扫|在手机打开当前页$/,
  /^(?:(?:打印|关闭|分享|收藏|返回顶部|【打印】|【关闭】)\s*[|｜/]?\s*){2,}$/,
  /^当前位置\s*[:：]/,
];

export function isPageMarker(folded: string): boolean {
  return PAGE_MARKER.test(folded);
}

export function isChromeLine(folded: string): boolean {
  if (isPageMarker(folded) || CHROME_WORDS.has(folded) || CHROME_LABEL.test(folded)) return true;
  // A chrome label may share the line with others: "发布日期:2022-03-01 来源:区政府办 浏览次数:123".
  return CHROME_PATTERNS.some((pattern) => pattern.test(folded));
}
