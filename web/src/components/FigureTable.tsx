import { Table, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useLanguage } from "../language.tsx";
import { type FigureMeta, type FigureValues, formatValue } from "../stats.ts";

export interface FigureRow {
  key: string;
  name: ReactNode;
  /** Extra columns between the name and the figures, by column key. */
  lead?: Record<string, ReactNode>;
  values: FigureValues;
}

const NAME_WIDTH = 110;
const LEAD_WIDTH = 100;
/** Narrow enough that a dozen figures fit a 1366-pixel screen; their names wrap. */
const FIGURE_WIDTH = 96;

const compare = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY);

/** Rows (units, quarters, categories) by figures: every figure the API names, in its order. */
export function FigureTable({
  figures,
  rows,
  nameTitle,
  leadColumns = [],
  emptyText,
  testId,
  sortable = true,
}: {
  figures: FigureMeta[];
  rows: FigureRow[];
  nameTitle: string;
  leadColumns?: { key: string; title: string }[];
  emptyText?: ReactNode;
  testId?: string;
  sortable?: boolean;
}) {
  const { l, lang } = useLanguage();
  const columns: TableColumnsType<FigureRow> = [
    {
      title: nameTitle,
      key: "name",
      fixed: "left",
      width: NAME_WIDTH,
      render: (_, row) => row.name,
    },
    ...leadColumns.map((column) => ({
      title: column.title,
      key: column.key,
      width: LEAD_WIDTH,
      render: (_: unknown, row: FigureRow) => row.lead?.[column.key],
    })),
    ...figures.map((figure) => ({
      title: l(figure),
      key: figure.id,
      align: "right" as const,
      width: FIGURE_WIDTH,
      sorter: sortable ? (a: FigureRow, b: FigureRow) => compare(a.values[figure.id], b.values[figure.id]) : undefined,
      render: (_: unknown, row: FigureRow) => formatValue(figure.kind, row.values[figure.id], lang),
    })),
  ];
  return (
    <Table<FigureRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: NAME_WIDTH + leadColumns.length * LEAD_WIDTH + figures.length * FIGURE_WIDTH }}
      locale={emptyText ? { emptyText } : undefined}
      className="figure-table"
      data-testid={testId}
    />
  );
}
