import { Button, Card, Form, Input, Result } from "antd";
import { useRef, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { activityPath } from "../activities.ts";
import { api } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";

interface CheckinAnswer {
  sessionId: string;
  activityId: string;
  created: boolean;
}

/** /my/checkin?session=…&code=… (phone first): check in to a session with the organiser's code. */
export function Checkin() {
  const { t } = useLanguage();
  const a = t.activities;
  const [params] = useSearchParams();
  const sessionId = params.get("session") ?? "";
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<CheckinAnswer>();
  const [activityId, setActivityId] = useState<string>();
  const key = useRef(newIdempotencyKey());

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api<CheckinAnswer>(`/sessions/${encodeURIComponent(sessionId)}/checkins`, {
        body: { code: code.trim() },
        headers: { "idempotency-key": key.current },
      });
      setDone(answer);
      setActivityId(answer.activityId);
    } catch (err) {
      key.current = newIdempotencyKey();
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="checkin-page" className="narrow">
      <PageHeading title={a.checkinTitle} intro={a.checkinIntro} />
      {done ? (
        <Result
          status="success"
          title={done.created ? a.checkinDone : a.checkinAlready}
          data-testid="checkin-done"
          extra={activityId ? <Link to={activityPath(activityId)}>{a.open}</Link> : undefined}
        />
      ) : (
        <Card className="form-card">
          <Form layout="vertical" onFinish={submit} disabled={busy} initialValues={{ code: params.get("code") ?? "" }}>
            {error !== undefined && <ErrorAlert error={error} testId="checkin-error" />}
            <Form.Item
              label={a.codeLabel}
              name="code"
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: a.codeRequired }]}
            >
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block size="large">
              {a.checkIn}
            </Button>
          </Form>
        </Card>
      )}
    </section>
  );
}
