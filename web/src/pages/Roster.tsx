import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Drawer, Form, Input, message, Select, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { ApiError, api, query } from "../api.ts";
import {
  CHAIN_ROLE_LABELS,
  CHAIN_ROLES,
  type ChainRole,
  type Page,
  PERSON_STATUSES,
  type Person,
  STATUS_LABELS,
} from "../chains.ts";
import { CursorPager, useCursorPages } from "../components/CursorPager.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { RoleTags, StatusTag } from "../components/PersonTags.tsx";
import { UnitPicker, unitName } from "../components/UnitPicker.tsx";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import { PATHS } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

const PAGE_SIZE = 50;

/** /roster (office): the roster of a unit in the office's scope, page by page, and adding one person. */
export function Roster({ session }: { session: Session }) {
  const { t } = useLanguage();
  const { units } = useUnits();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unit") ?? session.user.unitId;
  const pages = useCursorPages();
  const list = useLoad(`${unitId}|${pages.cursor ?? ""}`, (signal) =>
    api<Page<Person>>(`/persons${query({ unit: unitId, cursor: pages.cursor, limit: PAGE_SIZE })}`, { signal }),
  );
  const [adding, setAdding] = useState(false);
  const [toast, toastHolder] = message.useMessage();

  const pickUnit = (next: string) => {
    pages.reset();
    setParams({ unit: next }, { replace: true });
  };

  const columns: TableColumnsType<Person> = [
    { title: t.person.memberNo, dataIndex: "memberNo", width: 110 },
    { title: t.person.name, dataIndex: "name", width: 100 },
    { title: t.person.roles, dataIndex: "roles", render: (roles: ChainRole[]) => <RoleTags roles={roles} /> },
    { title: t.unit, dataIndex: "unitId", render: (id: string) => unitName(units, id) },
    { title: t.person.group, dataIndex: "group" },
    {
      title: t.person.term,
      key: "term",
      render: (_, p) => (p.termStart || p.termEnd ? `${p.termStart ?? ""} ~ ${p.termEnd ?? ""}` : ""),
    },
    { title: t.person.status, key: "status", render: (_, p) => <StatusTag person={p} /> },
    { title: t.person.phone, dataIndex: "phone", width: 130 },
  ];

  return (
    <section data-testid="roster-page">
      {toastHolder}
      <PageHeading title={t.roster.title} intro={t.roster.intro}>
        <UnitPicker
          units={units}
          rootId={session.user.unitId}
          value={unitId}
          onChange={pickUnit}
          testId="unit-picker"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t.roster.add}
        </Button>
        <Link to={PATHS.rosterImport}>
          <Button icon={<UploadOutlined />}>{t.nav.rosterImport}</Button>
        </Link>
      </PageHeading>
      {list.error !== undefined && <ErrorAlert error={list.error} retry={list.reload} />}
      <Card>
        <Table<Person>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: t.roster.empty }}
          data-testid="roster-table"
        />
        <CursorPager
          page={pages.page}
          nextCursor={list.data?.cursor}
          onPrev={pages.prev}
          onNext={pages.next}
          disabled={list.loading}
        />
      </Card>
      <Drawer
        title={t.roster.add}
        open={adding}
        onClose={() => setAdding(false)}
        size={480}
        destroyOnHidden
        data-testid="person-drawer"
      >
        <PersonForm
          units={units}
          rootId={session.user.unitId}
          unitId={unitId}
          onCreated={(person) => {
            setAdding(false);
            toast.success(t.roster.added(person.name));
            if (person.unitId === unitId) {
              pages.reset();
              list.reload();
            }
          }}
          onCancel={() => setAdding(false)}
        />
      </Drawer>
    </section>
  );
}

interface PersonFields {
  memberNo: string;
  name: string;
  unitId: string;
  roles: ChainRole[];
  group?: string;
  termStart?: string;
  termEnd?: string;
  status: Person["status"];
  statusReason?: string;
  statusDate?: string;
  phone?: string;
}

const FIELDS = [
  "memberNo",
  "name",
  "unitId",
  "roles",
  "group",
  "termStart",
  "termEnd",
  "status",
  "statusReason",
  "statusDate",
  "phone",
] as const;

/** The add-person form; the API's per-field reasons appear under the fields. */
function PersonForm({
  units,
  rootId,
  unitId,
  onCreated,
  onCancel,
}: {
  units: UnitNode[] | undefined;
  rootId: string;
  unitId: string;
  onCreated: (person: Person) => void;
  onCancel: () => void;
}) {
  const { t, l } = useLanguage();
  const [form] = Form.useForm<PersonFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const status = Form.useWatch("status", form);

  const submit = async (values: PersonFields) => {
    setBusy(true);
    clearFieldErrors(form);
    setError(undefined);
    const body = Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== undefined && !(typeof v === "string" && v.trim() === "")),
    );
    try {
      onCreated(await api<Person>("/persons", { body }));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 409) {
        form.setFields([{ name: "memberNo", errors: [l(err.text)] }]);
        setUnplaced([]);
      } else {
        setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(FIELDS)));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<PersonFields>
      form={form}
      name="person"
      layout="vertical"
      onFinish={submit}
      disabled={busy}
      initialValues={{ unitId, roles: ["member"], status: "active" }}
    >
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="person-error" />}
      <Form.Item label={t.person.memberNo} name="memberNo" rules={[{ required: true, message: t.requiredField }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t.person.name} name="name" rules={[{ required: true, message: t.requiredField }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t.unit} name="unitId" rules={[{ required: true, message: t.requiredField }]}>
        <UnitPicker units={units} rootId={rootId} />
      </Form.Item>
      <Form.Item label={t.person.roles} name="roles" rules={[{ required: true, message: t.requiredField }]}>
        <Checkbox.Group options={CHAIN_ROLES.map((r) => ({ value: r, label: l(CHAIN_ROLE_LABELS[r]) }))} />
      </Form.Item>
      <Form.Item label={t.person.group} name="group">
        <Input />
      </Form.Item>
      <Form.Item label={t.person.termStart} name="termStart">
        <Input type="date" />
      </Form.Item>
      <Form.Item label={t.person.termEnd} name="termEnd">
        <Input type="date" />
      </Form.Item>
      <Form.Item label={t.person.status} name="status">
        <Select options={PERSON_STATUSES.map((s) => ({ value: s, label: l(STATUS_LABELS[s]) }))} />
      </Form.Item>
      {status !== undefined && status !== "active" && (
        <>
          <Form.Item label={t.person.statusReason} name="statusReason">
            <Input />
          </Form.Item>
          <Form.Item label={t.person.statusDate} name="statusDate">
            <Input type="date" />
          </Form.Item>
        </>
      )}
      <Form.Item label={t.person.phone} name="phone">
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <div className="form-actions">
        <Button onClick={onCancel}>{t.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.save}
        </Button>
      </div>
    </Form>
  );
}
