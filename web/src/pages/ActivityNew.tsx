import { Button, Card, Checkbox, Form, Input, InputNumber, Select } from "antd";
import { useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType, activityPath } from "../activities.ts";
import { api } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import type { Session } from "../sessionStorage.ts";
import { fromLocalInput, toLocalInput } from "../time.ts";
import { findUnit, useUnits } from "../units.ts";

interface ActivityFields {
  theme?: string;
  description?: string;
  type?: ActivityType;
  startsAt: string;
  endsAt: string;
  targetUnitIds: string[];
  targetRoles: string[];
  capacity?: number | null;
  signupDeadline?: string;
}

const FIELDS = [
  "theme",
  "description",
  "type",
  "startsAt",
  "endsAt",
  "targetUnitIds",
  "targetRoles",
  "capacity",
  "signupDeadline",
];

/** /activities/new (office): a themed activity for the office's unit and the units below it, saved as a draft. */
export function ActivityNew({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const a = t.activities;
  const navigate = useNavigate();
  const { units, error: unitsError, retry } = useUnits();
  const [form] = Form.useForm<ActivityFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const own = units ? findUnit(units, session.user.unitId) : undefined;
  const choices: UnitNode[] = own ? [own, ...own.children] : [];
  const defaults = useMemo(
    () => ({
      startsAt: toLocalInput(new Date()),
      endsAt: toLocalInput(new Date(Date.now() + 30 * 86_400_000)),
      targetUnitIds: [session.user.unitId],
      targetRoles: ["committee", "delegate", "member"],
    }),
    [session.user.unitId],
  );

  const submit = async (values: ActivityFields) => {
    const body = {
      theme: values.theme?.trim(),
      description: values.description?.trim(),
      type: values.type,
      startsAt: fromLocalInput(values.startsAt),
      endsAt: fromLocalInput(values.endsAt),
      targetUnitIds: values.targetUnitIds,
      targetRoles: values.targetRoles,
      ...(values.capacity ? { capacity: values.capacity } : {}),
      ...(values.signupDeadline ? { signupDeadline: fromLocalInput(values.signupDeadline) } : {}),
    };
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    clearFieldErrors(form);
    setError(undefined);
    try {
      const { id } = await api<{ id: string }>("/activities", {
        body,
        headers: { "idempotency-key": pending.current.key },
      });
      pending.current = undefined;
      navigate(activityPath(id));
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(FIELDS)));
      setBusy(false);
    }
  };

  return (
    <section data-testid="activity-new-page" className="narrow">
      <PageHeading title={a.newTitle} intro={a.newIntro} />
      {unitsError !== undefined && <ErrorAlert error={unitsError} retry={retry} />}
      <Card className="form-card">
        <Form<ActivityFields>
          form={form}
          name="activity"
          layout="vertical"
          onFinish={submit}
          disabled={busy}
          requiredMark={false}
          initialValues={defaults}
        >
          {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="activity-error" />}
          <Form.Item
            label={a.theme}
            name="theme"
            rules={[{ required: true, whitespace: true, message: t.requiredField }]}
          >
            <Input maxLength={100} showCount autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={a.description}
            name="description"
            rules={[{ required: true, whitespace: true, message: t.requiredField }]}
          >
            <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Form.Item label={a.type} name="type" rules={[{ required: true, message: t.requiredField }]}>
            <Select
              aria-label={a.type}
              options={ACTIVITY_TYPES.map((type) => ({ value: type, label: l(ACTIVITY_TYPE_LABELS[type]) }))}
            />
          </Form.Item>
          <Form.Item label={a.startsAt} name="startsAt" extra={a.beijingTime} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item label={a.endsAt} name="endsAt" extra={a.beijingTime} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item label={a.targetUnits} name="targetUnitIds" rules={[{ required: true, message: t.requiredField }]}>
            <Checkbox.Group
              data-testid="target-units"
              options={choices.map((u) => ({ value: u.id, label: `${u.name} ${u.id}` }))}
            />
          </Form.Item>
          <Form.Item label={a.targetRoles} name="targetRoles" rules={[{ required: true, message: t.requiredField }]}>
            <Checkbox.Group
              options={["committee", "delegate", "member"].map((r) => ({ value: r, label: a.roles[r] ?? r }))}
            />
          </Form.Item>
          <Form.Item label={a.capacity} name="capacity">
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
          <Form.Item label={a.signupDeadline} name="signupDeadline" extra={a.beijingTime}>
            <Input type="datetime-local" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {a.save}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
