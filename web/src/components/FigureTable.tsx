import { Table, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useLanguage } from "../language.tsx";
import { type FigureMeta, type FigureValues, formatValue } from "../stats.ts";

export interface FigureRow {
  key: string;
  name: ReactNode;
  /** Plain text of `name`, for sorting. */
  sortName?: string;
  /** Extra columns between the name and the figures, by column key. */
  lead?: Record<string, ReactNode>;
  values: FigureValues;
}

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
      width: 130,
      render: (_, row) => row.name,
    },
    ...leadColumns.map((column) => ({
      title: column.title,
      key: column.key,
      width: 110,
      render: (_: unknown, row: FigureRow) => row.lead?.[column.key],
    })),
    ...figures.map((figure) => ({
      title: l(figure),
      key: figure.id,
      align: "right" as const,
      width: 112,
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
      scroll={{ x: 130 + leadColumns.length * 110 + figures.length * 112 }}
      locale={emptyText ? { emptyText } : undefined}
      className="figure-table"
      data-testid={testId}
    />
  );
}
