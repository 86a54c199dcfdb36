import type { TParagraphKind } from "@/lib/domain/annual-report";

// GB/T 9704 type on screen and paper: title 方正小标宋 2号 (22 pt), first-level
// headings 黑体, second-level 楷体, body 仿宋_GB2312 3号 (16 pt). The names are
// those of the Windows/WPS fonts, with the common fallbacks after them.
export const FONT = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif',
  heading1: '"黑体", "SimHei", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif',
};

export const PARAGRAPH_CLASS: Record<TParagraphKind, string> = {
  title: "text-center text-[22pt] leading-[1.6] my-[1em]",
  opening: "indent-[2em]",
  heading1: "indent-[2em]",
  heading2: "indent-[2em]",
  body: "indent-[2em]",
  prompt: "indent-[2em] bg-amber-100 print:bg-transparent",
  signature: "text-right pr-[4em] mt-[2em]",
  date: "text-right pr-[4em]",
};

export const fontOf = (kind: TParagraphKind) => (kind === "title" ? FONT.title : kind === "heading1" ? FONT.heading1 : kind === "heading2" ? FONT.heading2 : FONT.body);
