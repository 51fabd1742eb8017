import { Card, Progress, Table, type TableColumnsType, Typography } from "antd";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { api, query } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { QuarterPicker, quarterOptions } from "../components/PeriodPicker.tsx";
import { ReportStatusTag } from "../components/ReportStatusTag.tsx";
import { UnitPicker } from "../components/UnitPicker.tsx";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import { reportPath } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { levelName, QUARTER, type ReportList, type ReportStatus, type ReportSummary, UNIT_CODE } from "../stats.ts";
import { currentQuarter, formatTime, previousQuarter } from "../time.ts";
import { findUnit, useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/**
 * /reports (province, office): the quarterly reports of a unit's subtree for one quarter (the
 * previous one by default), with who has submitted.
 */
export function Reports({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const { units } = useUnits();
  const [params, setParams] = useSearchParams();
  const askedUnit = params.get("unit") ?? "";
  const unitId = UNIT_CODE.test(askedUnit) ? askedUnit : session.user.unitId;
  const askedQuarter = params.get("quarter") ?? "";
  const quarter = QUARTER.test(askedQuarter) ? askedQuarter : previousQuarter(currentQuarter());
  const list = useLoad(`${unitId}|${quarter}`, (signal) =>
    api<ReportList>(`/reports${query({ unit: unitId, quarter })}`, { signal }),
  );
  const items = list.data?.items ?? [];
  const submitted = items.filter((r) => r.status === "submitted").length;
  const depths = useMemo(() => {
    const root = units && findUnit(units, unitId);
    const out = new Map<string, number>();
    const visit = (unit: UnitNode, depth: number) => {
      out.set(unit.id, depth);
      for (const child of unit.children) visit(child, depth + 1);
    };
    if (root) visit(root, 0);
    return out;
  }, [units, unitId]);
  const depthOf = (id: string) => depths.get(id) ?? 0;
  const pick = (next: { unit?: string; quarter?: string }) =>
    setParams({ unit: next.unit ?? unitId, quarter: next.quarter ?? quarter }, { replace: true });

  const columns: TableColumnsType<ReportSummary> = [
    {
      title: t.unit,
      dataIndex: "unitName",
      // Indented by depth below the chosen unit, so the list reads as the unit tree.
      render: (name: string, row) => (
        <Link to={reportPath(row.id)} className="text-link" style={{ paddingInlineStart: depthOf(row.unitId) * 16 }}>
          {name}
        </Link>
      ),
    },
    { title: t.reports.level, dataIndex: "level", render: (level: string) => levelName(level, l), width: 110 },
    {
      title: t.reports.status,
      dataIndex: "status",
      width: 110,
      render: (status: ReportStatus) => <ReportStatusTag status={status} />,
      filters: (["submitted", "draft"] as const).map((status) => ({
        text: t.reports.statusLabel[status],
        value: status,
      })),
      onFilter: (value, row) => row.status === value,
    },
    {
      title: t.reports.version,
      key: "version",
      width: 150,
      render: (_, row) => t.reports.versionOf(row.version, row.versions),
    },
    { title: t.reports.generatedAt, dataIndex: "generatedAt", width: 160, render: formatTime },
    {
      title: t.reports.submittedAt,
      dataIndex: "submittedAt",
      width: 160,
      render: (at: string | undefined) => (at ? formatTime(at) : "—"),
    },
  ];

  // Ended quarters only: the current one has no report until it ends.
  const options = quarterOptions([quarter]).filter((q) => q < currentQuarter() || q === quarter);
  return (
    <section data-testid="reports-page">
      <PageHeading title={t.reports.title} intro={t.reports.intro}>
        <QuarterPicker
          label={t.reports.quarter}
          value={quarter}
          options={options}
          onChange={(next) => pick({ quarter: next })}
          testId="quarter-picker"
        />
        <UnitPicker
          units={units}
          rootId={session.user.unitId}
          value={unitId}
          onChange={(next) => pick({ unit: next })}
          testId="unit-picker"
        />
      </PageHeading>
      {list.error !== undefined && <ErrorAlert error={list.error} retry={list.reload} />}
      <Card
        title={t.quarterLabel(list.data?.quarter ?? quarter)}
        extra={
          items.length > 0 && (
            <span className="report-progress" data-testid="report-progress">
              <Typography.Text>{t.reports.progress(submitted, items.length)}</Typography.Text>
              <Progress
                percent={Math.round((submitted / items.length) * 100)}
                showInfo={false}
                size="small"
                strokeColor="var(--brand)"
              />
            </span>
          )
        }
      >
        <Table<ReportSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.loading}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 820 }}
          locale={{ emptyText: t.reports.none }}
          data-testid="reports-table"
        />
      </Card>
    </section>
  );
}
