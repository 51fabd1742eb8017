import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Table, Typography } from "antd";
import { useRef, useState } from "react";
import { api, query } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { UnitPicker, unitName } from "../components/UnitPicker.tsx";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { keyFor, type PendingRequest } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import type { Category } from "../opinions.ts";
import type { Session } from "../sessionStorage.ts";
import { shanghaiDate } from "../time.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** GET /calendar: the year's days off and working days, with where each comes from. */
interface CalendarEntry {
  date: string;
  kind: "holiday" | "workday";
  name: string;
  /** "national", or the unit that added it. */
  source: string;
}

/** GET|PUT /deadline-rules (core api-schemas.ts deadlineRulesViewSchema). */
interface DeadlineRulesView {
  unitId: string;
  own: { acceptDays?: number; replyDays?: number; replyDaysByCategory: Record<string, number> };
  effective: { acceptDays: number; replyDays: number };
}

interface RuleFields {
  acceptDays?: number | null;
  replyDays?: number | null;
  byCategory: { category?: string; days?: number | null }[];
}

/** /opinions/settings (office): the unit's deadline rules and its own holidays and working days. */
export function OpinionSettings({ session }: { session: Session }) {
  const { t } = useLanguage();
  const m = t.opinions;
  const { units } = useUnits();
  const [unit, setUnit] = useState(session.user.unitId);
  return (
    <section data-testid="opinion-settings-page">
      <PageHeading title={m.settingsTitle} intro={m.settingsIntro}>
        <UnitPicker units={units} rootId={session.user.unitId} value={unit} onChange={setUnit} testId="settings-unit" />
      </PageHeading>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <DeadlineRules key={unit} unit={unit} />
        </Col>
        <Col xs={24} xl={14}>
          <HolidayCalendar key={unit} unit={unit} unitLabel={(id) => unitName(units, id)} />
        </Col>
      </Row>
    </section>
  );
}

function DeadlineRules({ unit }: { unit: string }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const rules = useLoad(unit, (signal) => api<DeadlineRulesView>(`/deadline-rules${query({ unit })}`, { signal }));
  const categories = useLoad("categories", (signal) => api<{ items: Category[] }>("/categories", { signal }));
  const [form] = Form.useForm<RuleFields>();
  const [saved, setSaved] = useState<DeadlineRulesView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const pending = useRef<PendingRequest | undefined>(undefined);
  const view = saved ?? rules.data;

  const save = async (values: RuleFields) => {
    const replyDaysByCategory: Record<string, number> = {};
    for (const row of values.byCategory ?? []) {
      if (row.category && typeof row.days === "number") replyDaysByCategory[row.category] = row.days;
    }
    const body = {
      ...(typeof values.acceptDays === "number" ? { acceptDays: values.acceptDays } : {}),
      ...(typeof values.replyDays === "number" ? { replyDays: values.replyDays } : {}),
      replyDaysByCategory,
    };
    const key = keyFor(pending, { unit, body });
    setBusy(true);
    setError(undefined);
    clearFieldErrors(form);
    try {
      setSaved(
        await api<DeadlineRulesView>(`/deadline-rules${query({ unit })}`, {
          method: "PUT",
          body,
          headers: { "idempotency-key": key },
        }),
      );
      pending.current = undefined;
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(["acceptDays", "replyDays"])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={m.rules} loading={rules.loading && !view} data-testid="deadline-rules">
      {rules.error !== undefined && <ErrorAlert error={rules.error} retry={rules.reload} />}
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} />}
      {saved && <Alert type="success" showIcon className="gap" title={m.rulesSaved} />}
      {view && (
        <>
          <Typography.Paragraph strong data-testid="effective-rules">
            {m.effective(view.effective.acceptDays, view.effective.replyDays)}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{m.inheritHint}</Typography.Paragraph>
          <Form<RuleFields>
            form={form}
            layout="vertical"
            onFinish={save}
            disabled={busy}
            initialValues={{
              acceptDays: rules.data?.own.acceptDays,
              replyDays: rules.data?.own.replyDays,
              byCategory: Object.entries(rules.data?.own.replyDaysByCategory ?? {}).map(([category, days]) => ({
                category,
                days,
              })),
            }}
          >
            <Flex gap={16} wrap>
              <Form.Item label={m.acceptDays} name="acceptDays">
                <InputNumber min={1} max={30} precision={0} suffix={m.days} />
              </Form.Item>
              <Form.Item label={m.replyDays} name="replyDays">
                <InputNumber min={1} max={90} precision={0} suffix={m.days} />
              </Form.Item>
            </Flex>
            <Typography.Text strong>{m.byCategory}</Typography.Text>
            <Form.List name="byCategory">
              {(fields, { add, remove }) => (
                <div className="top-gap">
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="start">
                      <Form.Item
                        name={[field.name, "category"]}
                        rules={[{ required: true, message: m.categoryRequired }]}
                      >
                        <Select
                          className="figure-select"
                          placeholder={m.categoryPick}
                          options={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: l(c) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, "days"]} rules={[{ required: true, message: t.requiredField }]}>
                        <InputNumber min={1} max={90} precision={0} suffix={m.days} />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t.remove}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} className="gap">
                    {m.addCategoryRule}
                  </Button>
                </div>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" loading={busy}>
              {m.saveRules}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}

interface DayFields {
  date: string;
  kind: "holiday" | "workday";
  name: string;
}

function HolidayCalendar({ unit, unitLabel }: { unit: string; unitLabel: (id: string) => string }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const listed = useLoad(`${unit}|${year}`, (signal) =>
    api<{ items: CalendarEntry[] }>(`/calendar${query({ unit, year })}`, { signal }),
  );
  // Adding or removing a day answers with that year's list.
  const [changed, setChanged] = useState<{ key: string; items: CalendarEntry[] }>();
  const items = changed?.key === `${unit}|${year}` ? changed.items : listed.data?.items;
  const [form] = Form.useForm<DayFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const pending = useRef<PendingRequest | undefined>(undefined);

  const add = async (values: DayFields) => {
    const body = { unit, date: values.date, kind: values.kind, name: values.name.trim() };
    const key = keyFor(pending, body);
    setBusy(true);
    setError(undefined);
    clearFieldErrors(form);
    try {
      const res = await api<{ items: CalendarEntry[] }>("/calendar", { body, headers: { "idempotency-key": key } });
      // The same day added again later (after removing it) is a new request.
      pending.current = undefined;
      const dayYear = Number(values.date.slice(0, 4));
      setYear(dayYear);
      setChanged({ key: `${unit}|${dayYear}`, items: res.items });
      form.resetFields();
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(["date", "kind", "name"])));
    } finally {
      setBusy(false);
    }
  };

  const removeDay = async (date: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await api<{ items: CalendarEntry[] }>(`/calendar/${date}${query({ unit })}`, { method: "DELETE" });
      setChanged({ key: `${unit}|${year}`, items: res.items });
    } catch (err) {
      setError(err);
      setUnplaced([]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={m.calendar}
      data-testid="holiday-calendar"
      extra={
        <Select
          aria-label={m.year}
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
        />
      }
    >
      {listed.error !== undefined && <ErrorAlert error={listed.error} retry={listed.reload} />}
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} />}
      <Form<DayFields> form={form} layout="inline" onFinish={add} disabled={busy} initialValues={{ kind: "holiday" }}>
        <Form.Item name="date" rules={[{ required: true, message: t.requiredField }]}>
          <Input type="date" aria-label={m.date} />
        </Form.Item>
        <Form.Item name="kind">
          <Select
            aria-label={m.kind}
            style={{ minWidth: 110 }}
            options={(["holiday", "workday"] as const).map((k) => ({ value: k, label: m.kinds[k] }))}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t.requiredField }]}>
          <Input placeholder={m.dayName} aria-label={m.dayName} maxLength={40} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
          {m.addDay}
        </Button>
      </Form>
      <Table<CalendarEntry>
        className="top-gap"
        rowKey="date"
        size="small"
        loading={listed.loading && !items}
        dataSource={items ?? []}
        pagination={false}
        scroll={{ y: 420 }}
        locale={{ emptyText: m.noDays }}
        columns={[
          { title: m.date, dataIndex: "date" },
          { title: m.kind, dataIndex: "kind", render: (kind: string) => m.kinds[kind] ?? kind },
          { title: m.dayName, dataIndex: "name" },
          {
            title: m.source,
            dataIndex: "source",
            render: (source: string) =>
              source === "national" ? m.national : source === unit ? m.ownUnit : unitLabel(source),
          },
          {
            key: "remove",
            render: (_, day) =>
              day.source === unit && (
                <Button size="small" type="link" danger onClick={() => void removeDay(day.date)} disabled={busy}>
                  {t.remove}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
