import { Card, Flex, Segmented } from "antd";
import { type ReactNode, useState } from "react";
import { useLanguage } from "../language.tsx";

export type View = "chart" | "table";

/**
 * A card that shows a chart or, at a click, a table of the same numbers. `chart` and `table`
 * render only when shown, so a hidden chart costs nothing. The page may hold the choice
 * (`view`, `onView`), to give a table more room.
 */
export function ViewToggleCard({
  title,
  controls,
  chart,
  table,
  testId,
  loading,
  view: heldView,
  onView,
}: {
  title: string;
  controls?: ReactNode;
  chart: () => ReactNode;
  table: () => ReactNode;
  testId?: string;
  loading?: boolean;
  view?: View;
  onView?: (view: View) => void;
}) {
  const { t } = useLanguage();
  const [ownView, setOwnView] = useState<View>("chart");
  const view = heldView ?? ownView;
  const setView = (next: View) => {
    setOwnView(next);
    onView?.(next);
  };
  return (
    <Card
      title={title}
      data-testid={testId}
      loading={loading}
      className="chart-card"
      extra={
        <Flex gap={8} align="center" wrap justify="flex-end">
          {controls}
          <Segmented<View>
            size="small"
            aria-label={t.stats.viewLabel(title)}
            value={view}
            onChange={setView}
            options={[
              { value: "chart", label: t.stats.chart },
              { value: "table", label: t.stats.table },
            ]}
            data-testid={testId && `${testId}-view`}
          />
        </Flex>
      }
    >
      {view === "chart" ? chart() : table()}
    </Card>
  );
}
