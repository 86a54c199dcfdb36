import { describe, expect, it } from "vitest";
import { extractIndicators } from "@/lib/domain/plan-import/indicators";
import { toSourceText } from "@/lib/domain/plan-import/normalize";

const read = (text: string) => extractIndicators(toSourceText(text)).map(({ name, value, unit }) => [name, value, unit]);

describe("extractIndicators", () => {
  it("reads rates and counts with the words before them as name", () => {
    expect(read("收到依申请公开信息22件,办结22件,办结率100%。")).toEqual([
      ["收到依申请公开信息", 22, "件"],
      ["办结", 22, "件"],
      ["办结率", 100, "%"],
    ]);
  });

  it("reads compound units, decimals and full-width digits", () => {
    expect(read("累计上报各类数据5630万余条,入库5443.43万条")).toEqual([
      ["上报各类数据", 5630, "万余条"],
      ["入库", 5443.43, "万条"],
    ]);
    expect(read("组织培训１３场次，接待咨询306人次，达标率９５％")).toEqual([
      ["组织培训", 13, "场次"],
      ["接待咨询", 306, "人次"],
      ["达标率", 95, "%"],
    ]);
  });

  it("names a count by the noun after its measure word", () => {
    expect(read("在巩固已达标的5个乡镇司法所的基础上")).toEqual([["乡镇司法所", 5, "个"]]);
  });

  it("skips years, dates, ordinals and bare numbers", () => {
    expect(read("2021年11月29日,区政府第83次常务会议研究“1211”机制,每月15日接访")).toEqual([]);
  });

  it("quotes the whole clause as text", () => {
    const [indicator] = extractIndicators(toSourceText("累计向省、市信用信息平台上报“双公示”信用信息记录19904条。"));
    expect(indicator?.text).toBe("累计向省、市信用信息平台上报“双公示”信用信息记录19904条");
    expect(indicator?.name).toBe("上报“双公示”信用信息记录");
  });
});
