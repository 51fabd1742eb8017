import { Button, Form, Input } from "antd";
import { useRef, useState } from "react";
import { api } from "../api.ts";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { fromLocalInput, toLocalInput } from "../time.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface SessionFields {
  startsAt: string;
  endsAt: string;
  place?: string;
  organiser?: string;
}

/** A unit's office adds a local session (time, place, organiser) to a published activity. */
export function AddSessionForm({ activityId, onAdded }: { activityId: string; onAdded: () => void }) {
  const { t, l } = useLanguage();
  const a = t.activities;
  const [form] = Form.useForm<SessionFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const [defaults] = useState(() => ({
    startsAt: toLocalInput(new Date()),
    endsAt: toLocalInput(new Date(Date.now() + 2 * 3_600_000)),
  }));

  const submit = async (values: SessionFields) => {
    const body = {
      startsAt: fromLocalInput(values.startsAt),
      endsAt: fromLocalInput(values.endsAt),
      place: values.place?.trim(),
      ...(values.organiser?.trim() ? { organiser: values.organiser.trim() } : {}),
    };
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    clearFieldErrors(form);
    setError(undefined);
    try {
      await api(`/activities/${activityId}/sessions`, { body, headers: { "idempotency-key": pending.current.key } });
      pending.current = undefined;
      form.resetFields();
      onAdded();
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(["startsAt", "endsAt", "place", "organiser"])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<SessionFields>
      form={form}
      layout="vertical"
      name="session"
      onFinish={submit}
      disabled={busy}
      requiredMark={false}
      initialValues={defaults}
      data-testid="add-session-form"
    >
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="session-error" />}
      <Form.Item label={a.startsAt} name="startsAt" extra={a.beijingTime} rules={[{ required: true }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item label={a.endsAt} name="endsAt" extra={a.beijingTime} rules={[{ required: true }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item label={a.place} name="place" rules={[{ required: true, whitespace: true, message: t.requiredField }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item label={a.organiser} name="organiser">
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {a.addSession}
      </Button>
    </Form>
  );
}
