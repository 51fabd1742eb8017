import { Alert, Card, Col, Progress, Row, Select, Statistic, Table, type TableColumnsType, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { api, query } from "../api.ts";
import { type Coverage, TIER_LABELS, TIERS, type Tier } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { UnitPicker, unitName } from "../components/UnitPicker.tsx";
import { useLanguage } from "../language.tsx";
import type { Session } from "../sessionStorage.ts";
import { percent } from "../stats.ts";
import { currentQuarter, recentQuarters } from "../time.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

type Worklist = NonNullable<Coverage["notContacted"]>;

const QUARTER = /^\d{4}Q[1-4]$/;

/** /coverage (office, province): per tier, how many of those assigned were contacted in a quarter, and who was not. */
export function CoveragePage({ session }: { session: Session }) {
  const { t, l, lang } = useLanguage();
  const { units } = useUnits();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unit") ?? session.user.unitId;
  const asked = params.get("quarter");
  const quarter = asked && QUARTER.test(asked) ? asked : currentQuarter();
  const quarters = recentQuarters(8);
  if (!quarters.includes(quarter)) quarters.push(quarter);
  const coverage = useLoad(`${unitId}|${quarter}`, (signal) =>
    api<Coverage>(`/coverage${query({ unit: unitId, quarter })}`, { signal }),
  );
  const data = coverage.data;

  const pick = (next: { unit?: string; quarter?: string }) =>
    setParams({ unit: next.unit ?? unitId, quarter: next.quarter ?? quarter }, { replace: true });

  const columns: TableColumnsType<Worklist[number]> = [
    {
      title: t.coverage.tier,
      dataIndex: "tier",
      render: (tier: Tier) => l(TIER_LABELS[tier]),
      filters: TIERS.map((tier) => ({ text: l(TIER_LABELS[tier]), value: tier })),
      onFilter: (value, row) => row.tier === value,
    },
    {
      title: t.coverage.target,
      key: "target",
      render: (_, row) =>
        row.publicGroup ? (
          <span>
            {row.targetName} <span className="muted">{t.assignments.groupSize(row.publicGroup.size)}</span>
          </span>
        ) : (
          row.targetName
        ),
    },
    { title: t.unit, dataIndex: "unitId", render: (id: string) => unitName(units, id) },
    {
      title: t.coverage.responsible,
      dataIndex: "responsible",
      render: (responsible: Worklist[number]["responsible"]) => responsible.map((r) => r.name).join("、"),
    },
  ];

  return (
    <section data-testid="coverage-page">
      <PageHeading title={t.coverage.title} intro={t.coverage.intro}>
        <Select
          aria-label={t.coverage.quarter}
          value={quarter}
          onChange={(next: string) => pick({ quarter: next })}
          options={quarters.map((q) => ({ value: q, label: t.quarterLabel(q) }))}
          data-testid="quarter-picker"
          className="quarter-picker"
        />
        <UnitPicker
          units={units}
          rootId={session.user.unitId}
          value={unitId}
          onChange={(next) => pick({ unit: next })}
          testId="unit-picker"
        />
      </PageHeading>
      {coverage.error !== undefined && <ErrorAlert error={coverage.error} retry={coverage.reload} />}
      <Typography.Title level={3} className="section-title">
        {t.coverage.figuresTitle(unitName(units, unitId), t.quarterLabel(quarter))}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {(data?.tiers ?? []).map((tier) => (
          <Col key={tier.tier} xs={24} md={8}>
            <Card title={l(TIER_LABELS[tier.tier])} data-testid={`coverage-${tier.tier}`} loading={coverage.loading}>
              <Row gutter={8}>
                <Col span={12} data-testid={`coverage-contacted-${tier.tier}`}>
                  <Statistic title={t.coverage.contacted} value={tier.contacted} suffix={`/ ${tier.assigned}`} />
                </Col>
                <Col span={12} data-testid={`coverage-rate-${tier.tier}`}>
                  <Statistic title={t.coverage.rate} value={percent(tier.rate, lang)} />
                </Col>
              </Row>
              <Progress
                percent={tier.rate === null ? 0 : Math.round(tier.rate * 1000) / 10}
                showInfo={false}
                strokeColor="var(--brand)"
              />
              <Typography.Text type="secondary" data-testid={`coverage-assigned-${tier.tier}`}>
                {t.coverage.assignedLine(tier.assigned, tier.contacted)}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {data && (
        <Card className="top-gap" title={t.coverage.worklistTitle(data.notContactedTotal)} data-testid="not-contacted">
          {data.notContacted ? (
            <>
              {data.notContacted.length < data.notContactedTotal && (
                <Alert
                  type="info"
                  showIcon
                  className="gap"
                  title={t.coverage.worklistCut(data.notContacted.length, data.notContactedTotal)}
                />
              )}
              <Table<Worklist[number]>
                rowKey={(row) => `${row.tier}|${row.targetId}`}
                size="middle"
                columns={columns}
                dataSource={data.notContacted}
                pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                scroll={{ x: 640 }}
                locale={{ emptyText: t.coverage.everyoneContacted }}
                data-testid="not-contacted-table"
              />
            </>
          ) : (
            <Typography.Text type="secondary">{t.coverage.figuresOnly}</Typography.Text>
          )}
        </Card>
      )}
    </section>
  );
}
