import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { type AssignmentView, TIER_LABELS, TIERS } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { StatusTag } from "../components/PersonTags.tsx";
import { unitName } from "../components/UnitPicker.tsx";
import { useLanguage } from "../language.tsx";
import { loadContactedThisQuarter, loadMyAssignments, targetLabel } from "../myChain.ts";
import { PATHS } from "../navigation.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** /my/people (committee, delegate, member): whom I keep in touch with, and whom I have not contacted this quarter. */
export function MyPeople() {
  const { t, l } = useLanguage();
  const { units } = useUnits();
  const assignments = useLoad("mine", loadMyAssignments);
  const contacted = useLoad("contacted", loadContactedThisQuarter);
  const items = assignments.data ?? [];

  const columns: TableColumnsType<AssignmentView> = [
    {
      title: t.myPeople.name,
      key: "name",
      render: (_, edge) => (
        <Space size={4} wrap>
          <span>{targetLabel(edge)}</span>
          {edge.publicGroup && <span className="muted">{t.assignments.groupSize(edge.publicGroup.size)}</span>}
          {contacted.data &&
            (contacted.data.has(edge.targetId) ? (
              <Tag color="green">{t.myPeople.contacted}</Tag>
            ) : (
              <Tag color="orange">{t.myPeople.notContacted}</Tag>
            ))}
        </Space>
      ),
    },
    {
      title: t.person.memberNo,
      key: "memberNo",
      responsive: ["md"],
      render: (_, edge) => edge.person?.memberNo ?? "",
    },
    { title: t.unit, dataIndex: "unitId", responsive: ["md"], render: (id: string) => unitName(units, id) },
    { title: t.person.phone, key: "phone", render: (_, edge) => edge.person?.phone ?? "" },
    {
      title: t.person.status,
      key: "status",
      responsive: ["md"],
      render: (_, edge) => (edge.person ? <StatusTag person={edge.person} /> : ""),
    },
    { title: t.assignments.since, dataIndex: "since", width: 110, responsive: ["md"] },
    {
      title: "",
      key: "log",
      render: (_, edge) => (
        <Link to={`${PATHS.logContact}?target=${encodeURIComponent(edge.targetId)}`}>
          <Button size="small" icon={<EditOutlined />}>
            {t.nav.logContact}
          </Button>
        </Link>
      ),
    },
  ];

  return (
    <section data-testid="my-people-page">
      <PageHeading title={t.myPeople.title} intro={t.myPeople.intro}>
        <Link to={PATHS.logContact}>
          <Button type="primary" icon={<EditOutlined />}>
            {t.nav.logContact}
          </Button>
        </Link>
      </PageHeading>
      {assignments.error !== undefined && <ErrorAlert error={assignments.error} retry={assignments.reload} />}
      {!assignments.loading && assignments.data && items.length === 0 && (
        <Card>
          <Empty description={t.myPeople.none} />
        </Card>
      )}
      {TIERS.map((tier) => {
        const edges = items.filter((edge) => edge.tier === tier);
        if (edges.length === 0) return null;
        const done = contacted.data ? edges.filter((edge) => contacted.data?.has(edge.targetId)).length : undefined;
        return (
          <Card
            key={tier}
            className="gap"
            title={l(TIER_LABELS[tier])}
            extra={
              done !== undefined && (
                <Typography.Text type="secondary">{t.myPeople.progress(done, edges.length)}</Typography.Text>
              )
            }
            data-testid={`my-people-${tier}`}
          >
            <Table<AssignmentView>
              rowKey="targetId"
              size="middle"
              columns={columns}
              dataSource={edges}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: "max-content" }}
            />
          </Card>
        );
      })}
      {assignments.loading && !assignments.data && <Card loading />}
    </section>
  );
}
