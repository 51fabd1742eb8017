import { DownloadOutlined, FileTextOutlined } from "@ant-design/icons";
import { Alert, Breadcrumb, Button, Card, Col, Dropdown, Empty, Row, Select, Statistic, Typography } from "antd";
import { lazy, type ReactNode, Suspense, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { api, download, query } from "../api.ts";
import type { ChartClick, ChartOption } from "../components/EChart.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { FigureDefinitions } from "../components/FigureDefinitions.tsx";
import { FigureTable } from "../components/FigureTable.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { PeriodPicker } from "../components/PeriodPicker.tsx";
import { type View, ViewToggleCard } from "../components/ViewToggleCard.tsx";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import { PATHS } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import {
  byValueDesc,
  defaultPeriod,
  type FigureMeta,
  formatValue,
  MAX_QUARTERS,
  QUARTER,
  quartersBetween,
  type Stats,
  type StatsBy,
  type StatsRow,
  UNIT_CODE,
} from "../stats.ts";
import { currentQuarter, previousQuarter } from "../time.ts";
import { findUnit, useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

// ECharts loads after the figures: the totals and tables show while the charts arrive.
const EChart = lazy(() => import("../components/EChart.tsx").then((m) => ({ default: m.EChart })));

/** Room for a chart while ECharts loads. */
function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return <Suspense fallback={<div style={{ height }} />}>{children}</Suspense>;
}

const BRAND = "#c8102e";
/** Height of one bar in the ranking chart, and the room around them. */
const BAR_ROW = 30;
const TREND_HEIGHT = 280;

/** The units from the user's own unit down to `unitId`, for the drill-down trail. */
function trailOf(units: UnitNode[] | undefined, rootId: string, unitId: string, fallbackName: string) {
  const unit = units ? findUnit(units, unitId) : undefined;
  if (!units || !unit) return [{ id: unitId, name: fallbackName }];
  const ids = unit.path.split("/");
  const start = ids.indexOf(rootId);
  return ids.slice(start < 0 ? ids.length - 1 : start).map((id) => ({ id, name: findUnit(units, id)?.name ?? id }));
}

/**
 * /dashboard (province, office): the figures of the user's unit subtree over a period of quarters,
 * drilled down unit by unit (by=unit rows), the units below ranked by a rate, the trend by quarter
 * and the opinion categories; every chart also as a table; exports as Excel or CSV.
 */
export function Dashboard({ session }: { session: Session }) {
  const { t, l, lang } = useLanguage();
  const { units } = useUnits();
  const [params, setParams] = useSearchParams();
  const rootId = session.user.unitId;
  const askedUnit = params.get("unit") ?? "";
  const unitId = UNIT_CODE.test(askedUnit) ? askedUnit : rootId;
  const fallback = defaultPeriod();
  const askedFrom = params.get("from") ?? "";
  const askedTo = params.get("to") ?? "";
  const from = QUARTER.test(askedFrom) ? askedFrom : fallback.from;
  const to = QUARTER.test(askedTo) ? askedTo : fallback.to;
  const span = quartersBetween(from, to).length;
  const problem = span === 0 ? t.stats.badOrder : span > MAX_QUARTERS ? t.stats.tooLong(MAX_QUARTERS) : undefined;

  const load = (by: StatsBy) => (signal: AbortSignal) =>
    api<Stats>(`/stats${query({ unit: unitId, from, to, by })}`, { signal });
  const key = problem ? undefined : `${unitId}|${from}|${to}`;
  const byUnit = useLoad(key && `${key}|unit`, load("unit"));
  const byQuarter = useLoad(key && `${key}|quarter`, load("quarter"));
  const byCategory = useLoad(key && `${key}|category`, load("category"));

  const figures = byUnit.data?.figures ?? byQuarter.data?.figures ?? [];
  const rates = figures.filter((f) => f.kind === "rate");
  const rankBy = rates.find((f) => f.id === params.get("rank")) ?? rates[0];
  const trendBy = figures.find((f) => f.id === params.get("trend")) ?? rankBy ?? figures[0];

  /** The query of this page with some parameters changed. */
  const searchWith = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    for (const [name, value] of Object.entries(next)) merged.set(name, value);
    return `?${merged.toString()}`;
  };
  // A drill-down adds a history entry (Back climbs up again); other changes replace the entry.
  const change = (next: Record<string, string>, push = false) => setParams(searchWith(next), { replace: !push });
  const drill = (row: StatsRow) => {
    if (row.hasChildren) change({ unit: row.key }, true);
  };

  const unitName = byUnit.data?.unitName ?? (units && findUnit(units, unitId)?.name) ?? unitId;
  const trail = trailOf(units, rootId, unitId, unitName);
  const period = t.stats.period(t.quarterLabel(from), t.quarterLabel(to));
  // Reports exist for ended quarters: the period's last one, or the last that has ended.
  const thisQuarter = currentQuarter();
  const reportQuarter = to < thisQuarter ? to : previousQuarter(thisQuarter);

  // A table takes the whole width; two charts sit side by side.
  const [rankingView, setRankingView] = useState<View>("chart");
  const [trendView, setTrendView] = useState<View>("chart");
  const [exportError, setExportError] = useState<unknown>();
  const [exporting, setExporting] = useState(false);
  const exportAs = async (format: "xlsx" | "csv", by: "unit" | "quarter") => {
    setExporting(true);
    setExportError(undefined);
    try {
      await download(
        `/stats/export.${format}${query({ unit: unitId, from, to, by })}`,
        `stats-${unitId}-${from}-${to}.${format}`,
      );
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  };
  const exportMenu = (format: "xlsx" | "csv") => ({
    items: (["unit", "quarter"] as const).map((by) => ({ key: by, label: t.stats.exportBy[by] })),
    onClick: ({ key }: { key: string }) => exportAs(format, key === "quarter" ? "quarter" : "unit"),
  });

  return (
    <section data-testid="dashboard-page">
      <PageHeading title={t.stats.title} intro={t.stats.intro}>
        <PeriodPicker from={from} to={to} onChange={(next) => change(next)} />
        <FigureDefinitions />
        <Dropdown menu={exportMenu("xlsx")} disabled={!!problem}>
          <Button icon={<DownloadOutlined />} loading={exporting} data-testid="export-xlsx">
            {t.stats.exportXlsx}
          </Button>
        </Dropdown>
        <Dropdown menu={exportMenu("csv")} disabled={!!problem}>
          <Button icon={<DownloadOutlined />} loading={exporting} data-testid="export-csv">
            {t.stats.exportCsv}
          </Button>
        </Dropdown>
        <Link to={`${PATHS.reports}${query({ unit: unitId, quarter: reportQuarter })}`}>
          <Button icon={<FileTextOutlined />} data-testid="to-reports">
            {t.stats.toReports}
          </Button>
        </Link>
      </PageHeading>

      <nav aria-label={t.stats.drillTrail} className="gap">
        <Breadcrumb
          data-testid="drill-trail"
          items={trail.map((unit, index) => ({
            key: unit.id,
            title:
              index < trail.length - 1 ? (
                <Link to={searchWith({ unit: unit.id })}>{unit.name}</Link>
              ) : (
                <span aria-current="location">{unit.name}</span>
              ),
          }))}
        />
      </nav>

      {problem && <Alert type="warning" showIcon className="gap" title={problem} data-testid="period-problem" />}
      {exportError !== undefined && <ErrorAlert error={exportError} />}
      {byUnit.error !== undefined && <ErrorAlert error={byUnit.error} retry={byUnit.reload} />}
      {byQuarter.error !== undefined && byUnit.error === undefined && (
        <ErrorAlert error={byQuarter.error} retry={byQuarter.reload} />
      )}

      {!problem && (
        <>
          <Card
            title={t.stats.totalsTitle(unitName, period)}
            loading={byUnit.loading && !byUnit.data}
            data-testid="stats-totals"
            className="gap"
          >
            <Row gutter={[16, 16]}>
              {figures.map((figure) => (
                <Col key={figure.id} xs={12} md={8} xl={4}>
                  <Statistic
                    title={l(figure)}
                    value={formatValue(figure.kind, byUnit.data?.total[figure.id], lang)}
                    className={figure.kind === "rate" ? "figure-rate" : undefined}
                  />
                </Col>
              ))}
            </Row>
          </Card>

          <Row gutter={[16, 16]}>
            <Col xs={24} xl={rankingView === "table" ? 24 : 12}>
              <Ranking
                view={rankingView}
                onView={setRankingView}
                stats={byUnit.data}
                loading={byUnit.loading && !byUnit.data}
                rates={rates}
                rankBy={rankBy}
                onRankBy={(id) => change({ rank: id })}
                onDrill={drill}
                searchWith={searchWith}
              />
            </Col>
            <Col xs={24} xl={trendView === "table" ? 24 : 12}>
              <Trend
                view={trendView}
                onView={setTrendView}
                stats={byQuarter.data}
                loading={byQuarter.loading && !byQuarter.data}
                figures={figures}
                trendBy={trendBy}
                onTrendBy={(id) => change({ trend: id })}
              />
            </Col>
            <Col xs={24}>
              <Categories stats={byCategory.data} error={byCategory.error} loading={byCategory.loading} />
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}

function FigureSelect({
  label,
  figures,
  value,
  onChange,
  testId,
}: {
  label: string;
  figures: FigureMeta[];
  value: FigureMeta | undefined;
  onChange: (id: string) => void;
  testId: string;
}) {
  const { l } = useLanguage();
  return (
    <Select
      size="small"
      aria-label={label}
      value={value?.id}
      onChange={onChange}
      options={figures.map((f) => ({ value: f.id, label: l(f) }))}
      popupMatchSelectWidth={false}
      className="figure-select"
      data-testid={testId}
    />
  );
}

/** The units below, ranked by a rate: a horizontal bar chart, or every figure in a table. */
function Ranking({
  stats,
  loading,
  rates,
  rankBy,
  onRankBy,
  onDrill,
  searchWith,
  view,
  onView,
}: {
  view: View;
  onView: (view: View) => void;
  stats: Stats | undefined;
  loading: boolean;
  rates: FigureMeta[];
  rankBy: FigureMeta | undefined;
  onRankBy: (id: string) => void;
  onDrill: (row: StatsRow) => void;
  searchWith: (next: Record<string, string>) => string;
}) {
  const { t, l, lang } = useLanguage();
  const rows = useMemo(() => {
    const all = stats?.rows ?? [];
    return rankBy ? [...all].sort((a, b) => byValueDesc(a.values[rankBy.id], b.values[rankBy.id])) : all;
  }, [stats, rankBy]);

  const option = useMemo<ChartOption | undefined>(() => {
    if (!rankBy) return undefined;
    const value = (row: StatsRow) => row.values[rankBy.id] ?? null;
    return {
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: (p: unknown) => {
          const row = rows[(p as { dataIndex: number }).dataIndex];
          return row ? `${row.label}<br/>${l(rankBy)}: ${formatValue(rankBy.kind, value(row), lang)}` : "";
        },
      },
      xAxis: {
        type: "value",
        min: 0,
        max: rankBy.kind === "rate" ? 1 : undefined,
        axisLabel: { formatter: (v: number) => formatValue(rankBy.kind, v, lang) },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.label),
        triggerEvent: true,
        axisLabel: { color: "#1f1f1f" },
      },
      series: [
        {
          type: "bar",
          name: l(rankBy),
          data: rows.map((row) => ({
            value: value(row),
            itemStyle: { color: row.hasChildren ? BRAND : "#e88a98" },
            cursor: row.hasChildren ? "pointer" : "default",
          })),
          barMaxWidth: 18,
          label: {
            show: true,
            position: "right",
            formatter: (p: unknown) => {
              const row = rows[(p as { dataIndex: number }).dataIndex];
              return row ? formatValue(rankBy.kind, value(row), lang) : "";
            },
          },
        },
      ],
    };
  }, [rows, rankBy, l, lang]);

  const onClick = (click: ChartClick) => {
    const row = "dataIndex" in click ? rows[click.dataIndex] : rows.find((r) => r.label === click.axisLabel);
    if (row) onDrill(row);
  };

  const title = t.stats.rankingTitle;
  const chartHeight = Math.max(160, rows.length * BAR_ROW + 40);
  return (
    <ViewToggleCard
      title={title}
      testId="ranking"
      loading={loading}
      view={view}
      onView={onView}
      controls={
        rates.length > 0 && (
          <FigureSelect
            label={t.stats.rankingFigure}
            figures={rates}
            value={rankBy}
            onChange={onRankBy}
            testId="ranking-figure"
          />
        )
      }
      chart={() =>
        rows.length === 0 ? (
          <Empty description={t.stats.noChildren} />
        ) : !option || !rankBy ? (
          <Empty description={t.stats.noRate} />
        ) : (
          <>
            <ChartSlot height={chartHeight}>
              <EChart
                option={option}
                height={chartHeight}
                label={t.stats.chartLabel(title, l(rankBy))}
                onClick={onClick}
                testId="ranking-chart"
              />
            </ChartSlot>
            <Typography.Text type="secondary" className="chart-hint">
              {t.stats.drillHint}
            </Typography.Text>
          </>
        )
      }
      table={() => (
        <FigureTable
          figures={stats?.figures ?? []}
          nameTitle={t.stats.unitColumn}
          emptyText={t.stats.noChildren}
          testId="ranking-table"
          rows={rows.map((row) => ({
            key: row.key,
            name: row.hasChildren ? (
              <Link
                to={searchWith({ unit: row.key })}
                className="text-link"
                onClick={(event) => {
                  event.preventDefault();
                  onDrill(row);
                }}
              >
                {row.label}
              </Link>
            ) : (
              row.label
            ),
            values: row.values,
          }))}
        />
      )}
    />
  );
}

/** The figures by quarter: a line of one figure, or every figure in a table. */
function Trend({
  stats,
  loading,
  figures,
  trendBy,
  onTrendBy,
  view,
  onView,
}: {
  view: View;
  onView: (view: View) => void;
  stats: Stats | undefined;
  loading: boolean;
  figures: FigureMeta[];
  trendBy: FigureMeta | undefined;
  onTrendBy: (id: string) => void;
}) {
  const { t, l, lang } = useLanguage();
  const rows = stats?.rows ?? [];
  const option = useMemo<ChartOption | undefined>(() => {
    if (!trendBy) return undefined;
    const quarters = stats?.rows ?? [];
    return {
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        formatter: (p: unknown) => {
          const first = (p as { dataIndex: number }[])[0];
          const row = first && quarters[first.dataIndex];
          return row
            ? `${t.quarterLabel(row.key)}<br/>${l(trendBy)}: ${formatValue(trendBy.kind, row.values[trendBy.id], lang)}`
            : "";
        },
      },
      xAxis: { type: "category", data: quarters.map((r) => r.label), boundaryGap: false },
      yAxis: {
        type: "value",
        min: 0,
        max: trendBy.kind === "rate" ? 1 : undefined,
        minInterval: trendBy.kind === "count" ? 1 : undefined,
        axisLabel: { formatter: (v: number) => formatValue(trendBy.kind, v, lang) },
      },
      series: [
        {
          type: "line",
          name: l(trendBy),
          data: quarters.map((r) => r.values[trendBy.id] ?? null),
          connectNulls: false,
          symbolSize: 8,
          itemStyle: { color: BRAND },
          lineStyle: { color: BRAND, width: 2 },
          label: {
            show: true,
            formatter: (p: unknown) => formatValue(trendBy.kind, (p as { value: number | null }).value ?? null, lang),
          },
        },
      ],
    };
  }, [stats, trendBy, t, l, lang]);

  const title = t.stats.trendTitle;
  return (
    <ViewToggleCard
      title={title}
      testId="trend"
      loading={loading}
      view={view}
      onView={onView}
      controls={
        figures.length > 0 && (
          <FigureSelect
            label={t.stats.trendFigure}
            figures={figures}
            value={trendBy}
            onChange={onTrendBy}
            testId="trend-figure"
          />
        )
      }
      chart={() =>
        option && trendBy ? (
          <ChartSlot height={TREND_HEIGHT}>
            <EChart
              option={option}
              height={TREND_HEIGHT}
              label={t.stats.chartLabel(title, l(trendBy))}
              testId="trend-chart"
            />
          </ChartSlot>
        ) : (
          <Empty />
        )
      }
      table={() => (
        <FigureTable
          figures={stats?.figures ?? []}
          nameTitle={t.stats.quarterColumn}
          testId="trend-table"
          sortable={false}
          rows={rows.map((row) => ({ key: row.key, name: t.quarterLabel(row.key), values: row.values }))}
        />
      )}
    />
  );
}

/** Opinion figures by category (the API sends only the figures that have a category breakdown). */
function Categories({ stats, error, loading }: { stats: Stats | undefined; error: unknown; loading: boolean }) {
  const { t } = useLanguage();
  const rows = stats?.rows ?? [];
  return (
    <Card title={t.stats.categoryTitle} data-testid="categories" loading={loading && !stats}>
      {error !== undefined ? (
        <ErrorAlert error={error} />
      ) : rows.length === 0 ? (
        <Empty description={t.stats.categoryEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <FigureTable
          figures={stats?.figures ?? []}
          nameTitle={t.stats.categoryColumn}
          testId="category-table"
          rows={rows.map((row) => ({ key: row.key, name: row.label, values: row.values }))}
        />
      )}
    </Card>
  );
}
