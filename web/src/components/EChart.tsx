import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from "echarts/components";
import { type ComposeOption, type ECElementEvent, type EChartsType, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the chart types and components the dashboards draw, so the bundle stays small.
use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption
>;

/** A click on a series item (its data index) or on a category axis label (its text). */
export type ChartClick = { dataIndex: number } | { axisLabel: string };

/**
 * An ECharts chart that follows its container's size. Screen readers get `label`; the numbers
 * themselves are in the table view every chart offers next to it.
 */
export function EChart({
  option,
  height,
  label,
  onClick,
  testId,
}: {
  option: ChartOption;
  height: number;
  label: string;
  onClick?: (click: ChartClick) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const clicked = useRef(onClick);
  clicked.current = onClick;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (event: ECElementEvent) => {
      const handler = clicked.current;
      if (!handler) return;
      if (event.componentType === "series" && typeof event.dataIndex === "number") {
        handler({ dataIndex: event.dataIndex });
      } else if (event.componentType === "yAxis" || event.componentType === "xAxis") {
        const value = (event as unknown as { value?: unknown }).value;
        if (typeof value === "string") handler({ axisLabel: value });
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: "100%", height }} data-testid={testId} />;
}
