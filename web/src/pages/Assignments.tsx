import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  message,
  Radio,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tabs,
} from "antd";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { api, query } from "../api.ts";
import {
  type AssignmentView,
  type AssignResult,
  type ChainRole,
  type Person,
  TIER_LABELS,
  TIER_ROLES,
  TIERS,
  type Tier,
  type Unassigned,
} from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { RoleTags } from "../components/PersonTags.tsx";
import { UnitPicker, unitName } from "../components/UnitPicker.tsx";
import { clearFieldErrors, type NamePath, placeFieldErrors } from "../forms.ts";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import type { Session } from "../sessionStorage.ts";
import { findUnit, useUnits } from "../units.ts";
import { loadAll, useLoad } from "../useLoad.ts";

/** The units from the office's own unit down to the picked one: where responsible people may sit. */
function unitsOnPath(units: UnitNode[] | undefined, rootId: string, unitId: string): string[] {
  const unit = units ? findUnit(units, unitId) : undefined;
  if (!unit) return [unitId];
  const ids = unit.path.split("/");
  const from = ids.indexOf(rootId);
  return from < 0 ? [unitId] : ids.slice(from);
}

/** /assignments (office): who keeps in touch with whom in a unit, assigning, and who has nobody yet. */
export function Assignments({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const { units } = useUnits();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unit") ?? session.user.unitId;
  const edges = useLoad(unitId, (signal) =>
    api<{ items: AssignmentView[] }>(`/assignments${query({ unit: unitId })}`, { signal }),
  );
  const gaps = useLoad(unitId, (signal) =>
    api<Unassigned>(`/assignments/unassigned${query({ unit: unitId })}`, { signal }),
  );
  const pathUnits = unitsOnPath(units, session.user.unitId, unitId);
  const people = useLoad(units ? pathUnits.join(",") : undefined, async (signal) =>
    (await Promise.all(pathUnits.map((id) => loadAll<Person>(`/persons${query({ unit: id })}`, signal)))).flat(),
  );

  const refresh = () => {
    edges.reload();
    gaps.reload();
  };

  const columns: TableColumnsType<AssignmentView> = [
    {
      title: t.assignments.tier,
      dataIndex: "tier",
      render: (tier: Tier) => l(TIER_LABELS[tier]),
      filters: TIERS.map((tier) => ({ text: l(TIER_LABELS[tier]), value: tier })),
      onFilter: (value, edge) => edge.tier === value,
    },
    { title: t.assignments.responsible, dataIndex: "responsibleName" },
    {
      title: t.assignments.target,
      key: "target",
      render: (_, edge) =>
        edge.publicGroup ? (
          <span>
            {edge.targetName} <span className="muted">{t.assignments.groupSize(edge.publicGroup.size)}</span>
          </span>
        ) : (
          edge.targetName
        ),
    },
    { title: t.unit, dataIndex: "unitId", render: (id: string) => unitName(units, id) },
    { title: t.assignments.since, dataIndex: "since", width: 120 },
  ];

  return (
    <section data-testid="assignments-page">
      <PageHeading title={t.assignments.title} intro={t.assignments.intro}>
        <UnitPicker
          units={units}
          rootId={session.user.unitId}
          value={unitId}
          onChange={(next) => setParams({ unit: next }, { replace: true })}
          testId="unit-picker"
        />
      </PageHeading>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t.assignments.edgesTitle(unitName(units, unitId))}>
            {edges.error !== undefined && <ErrorAlert error={edges.error} retry={edges.reload} />}
            <Table<AssignmentView>
              rowKey={(e) => `${e.tier}|${e.responsibleId}|${e.targetId}|${e.since}`}
              size="middle"
              columns={columns}
              dataSource={edges.data?.items ?? []}
              loading={edges.loading}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 640 }}
              locale={{ emptyText: t.assignments.noEdges }}
              data-testid="assignments-table"
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t.assignments.assignTitle}>
            {people.error !== undefined && <ErrorAlert error={people.error} retry={people.reload} />}
            <AssignForm unitId={unitId} people={people.data ?? []} loading={people.loading} onAssigned={refresh} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t.assignments.unassignedTitle} data-testid="unassigned">
            {gaps.error !== undefined && <ErrorAlert error={gaps.error} retry={gaps.reload} />}
            {gaps.data && (
              <Tabs
                key={unitId}
                defaultActiveKey={gaps.data.tiers.find((g) => g.people.length > 0)?.tier}
                items={gaps.data.tiers.map(({ tier, people: list }) => ({
                  key: tier,
                  label: (
                    <span>
                      {l(TIER_LABELS[tier])}{" "}
                      <Badge count={list.length} showZero color={list.length ? "red" : "green"} />
                    </span>
                  ),
                  children: <PeopleTable people={list} units={units} testId={`unassigned-${tier}`} />,
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}

/** A list of people as the API gave them. */
function PeopleTable({ people, units, testId }: { people: Person[]; units: UnitNode[] | undefined; testId: string }) {
  const { t } = useLanguage();
  const columns: TableColumnsType<Person> = [
    { title: t.person.memberNo, dataIndex: "memberNo" },
    { title: t.person.name, dataIndex: "name" },
    { title: t.person.roles, dataIndex: "roles", render: (roles: ChainRole[]) => <RoleTags roles={roles} /> },
    { title: t.unit, dataIndex: "unitId", render: (id: string) => unitName(units, id) },
    { title: t.person.phone, dataIndex: "phone" },
  ];
  if (people.length === 0) return <Empty description={t.assignments.nobodyUnassigned} />;
  return (
    <Table<Person>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={people}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 560 }}
      data-testid={testId}
    />
  );
}

interface AssignFields {
  tier: Tier;
  responsibleId?: string;
  targetIds?: string[];
  publicGroups?: { description?: string; size?: number }[];
  since?: string;
}

/** API field paths → form fields: targetIds.3 → targetIds, publicGroups.0.size stays as it is. */
function assignFieldOf(path: NamePath): NamePath | undefined {
  const [first] = path;
  if (first === "targetIds" || first === "responsibleId" || first === "since" || first === "tier") return [first];
  if (first === "publicGroups") return path.length >= 3 ? path : ["publicGroups"];
  return undefined;
}

/** Tier → responsible person → the people (or groups of the public) they keep in touch with. */
function AssignForm({
  unitId,
  people,
  loading,
  onAssigned,
}: {
  unitId: string;
  people: Person[];
  loading: boolean;
  onAssigned: () => void;
}) {
  const { t, l } = useLanguage();
  const [form] = Form.useForm<AssignFields>();
  const tier = Form.useWatch("tier", form) ?? "delegate-member";
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [toast, toastHolder] = message.useMessage();

  const { responsible, targets } = useMemo(() => {
    const roles = TIER_ROLES[tier];
    const label = (p: Person) =>
      `${p.name}(${p.memberNo})${p.status === "active" ? "" : ` · ${p.status === "suspended" ? t.assignments.suspended : t.assignments.terminated}`}`;
    const has = (role: ChainRole | "public") => (p: Person) => role !== "public" && p.roles.includes(role);
    return {
      responsible: people.filter(has(roles.responsible)).map((p) => ({ value: p.id, label: label(p) })),
      targets: people
        .filter((p) => p.unitId === unitId)
        .filter(has(roles.target))
        .map((p) => ({ value: p.id, label: label(p) })),
    };
  }, [people, tier, unitId, t]);

  const submit = async (values: AssignFields) => {
    setBusy(true);
    clearFieldErrors(form);
    setError(undefined);
    const body =
      values.tier === "member-public"
        ? {
            tier: values.tier,
            responsibleId: values.responsibleId,
            publicGroups: values.publicGroups ?? [],
            since: values.since || undefined,
          }
        : {
            tier: values.tier,
            responsibleId: values.responsibleId,
            targetIds: values.targetIds ?? [],
            since: values.since || undefined,
          };
    try {
      const result = await api<AssignResult>("/assignments", { body });
      toast.success(t.assignments.assigned(result));
      form.setFieldsValue({ targetIds: [], publicGroups: [{}] });
      onAssigned();
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, assignFieldOf));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<AssignFields>
      form={form}
      name="assign"
      layout="vertical"
      onFinish={submit}
      disabled={busy}
      initialValues={{ tier: "delegate-member", publicGroups: [{}] }}
      onValuesChange={(changed: Partial<AssignFields>) => {
        if (changed.tier) form.setFieldsValue({ responsibleId: undefined, targetIds: [] });
      }}
    >
      {toastHolder}
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="assign-error" />}
      <Form.Item label={t.assignments.tier} name="tier">
        <Radio.Group
          optionType="button"
          options={TIERS.map((value) => ({ value, label: l(TIER_LABELS[value]) }))}
          className="wrap-radio"
        />
      </Form.Item>
      <Form.Item
        label={t.assignments.responsible}
        name="responsibleId"
        rules={[{ required: true, message: t.assignments.pickResponsible }]}
      >
        <Select
          options={responsible}
          loading={loading}
          showSearch={{ optionFilterProp: "label" }}
          placeholder={t.assignments.pickResponsible}
          notFoundContent={t.assignments.nobodyToPick}
        />
      </Form.Item>
      {tier === "member-public" ? (
        <Form.List name="publicGroups">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, "description"]}
                    label={t.assignments.groupDescription}
                    rules={[{ required: true, message: t.requiredField }]}
                    className="grow"
                  >
                    <Input placeholder={t.assignments.groupExample} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "size"]}
                    label={t.assignments.groupSizeLabel}
                    rules={[{ required: true, message: t.requiredField }]}
                  >
                    <InputNumber min={1} max={100000} precision={0} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t.remove}
                      onClick={() => remove(field.name)}
                      className="label-offset"
                    />
                  )}
                </Flex>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t.assignments.addGroup}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      ) : (
        <Form.Item
          label={t.assignments.targets}
          name="targetIds"
          rules={[{ required: true, message: t.assignments.pickTargets }]}
          extra={t.assignments.targetsHint}
        >
          <Select
            mode="multiple"
            options={targets}
            loading={loading}
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t.assignments.pickTargets}
            notFoundContent={t.assignments.nobodyToPick}
          />
        </Form.Item>
      )}
      <Form.Item label={t.assignments.since} name="since" extra={t.assignments.sinceHint}>
        <Input type="date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t.assignments.assign}
      </Button>
    </Form>
  );
}
