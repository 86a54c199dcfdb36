"use client";

import { useEffect, useRef } from "react";
import type { EChartsCoreOption } from "echarts/core";

/**
 * One ECharts chart. The library is imported inside the effect, so it is
 * downloaded only by pages that draw a chart, after the page is interactive,
 * and never evaluated on the server. The chart has a text alternative; the
 * same numbers are always in a table beside it.
 */
export function EChart({ option, label, height = 280 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption): void; resize(): void; dispose(): void } | undefined;
    const observer = new ResizeObserver(() => chart?.resize());
    void (async () => {
      const [core, charts, components, renderers] = await Promise.all([
        import("echarts/core"),
        import("echarts/charts"),
        import("echarts/components"),
        import("echarts/renderers"),
      ]);
      core.use([
        charts.BarChart,
        charts.LineChart,
        charts.PieChart,
        components.GridComponent,
        components.TooltipComponent,
        components.LegendComponent,
        renderers.CanvasRenderer,
      ]);
      if (disposed || !ref.current) return;
      chart = core.init(ref.current, undefined, { renderer: "canvas" });
      // ECharts' own aria text would replace our label (and reads "NaN" for empty series):
      // the container's label, written with the figures, is the chart's text.
      chart.setOption({ aria: { enabled: false }, ...option });
      observer.observe(ref.current);
    })();
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ height }} className="w-full" />;
}
