// GB/T 9704-2012 (党政机关公文格式) as Word measures it. Lengths are twips
// (1/20 pt), font sizes half-points. A4 with margins top 37, bottom 35,
// left 28, right 26 mm leaves a 156 × 225 mm type area: 22 lines of 28
// characters of 3号 (16 pt) type.

const twipsOf = (mm: number) => Math.round((mm / 25.4) * 1440);

export const PAGE = {
  width: twipsOf(210),
  height: twipsOf(297),
  margin: { top: twipsOf(37), bottom: twipsOf(35), left: twipsOf(28), right: twipsOf(26) },
  // The page number sits 7 mm below the type area: its line's foot about 23 mm above the page edge.
  footer: twipsOf(23),
};

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

export const SIZE = {
  /** 2号 */
  title: 44,
  /** 3号 */
  body: 32,
  /** 4号, the page number */
  pageNumber: 28,
};

export const FONTS = {
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  body: "仿宋_GB2312",
  pageNumber: "宋体",
};

const typeWidth = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const typeHeight = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** w:docGrid linePitch: the type area's height shared by 22 lines (rounded down, so 22 fit). */
export const LINE_PITCH = Math.floor(typeHeight / LINES_PER_PAGE);

/**
 * Character spacing (w:spacing, twentieths of a point) that narrows each 3号
 * character just enough for 28 to fill the type width: −0.25 pt. Word's own
 * character grid (w:charSpace) would do the same, but LibreOffice lays a
 * negative charSpace out about 20 to a line, so the grid here is lines only
 * and the runs carry the spacing — the same 28 characters in Word, WPS and LibreOffice.
 */
export const CHARACTER_SPACING = Math.floor((typeWidth / CHARS_PER_LINE - SIZE.body * 10) / 5) * 5;
