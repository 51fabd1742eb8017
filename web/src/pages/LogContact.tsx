import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Empty, Form, Input, Radio, Typography } from "antd";
import { useMemo, useRef, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../api.ts";
import { type AssignmentView, CHANNEL_LABELS, CHANNELS, type Channel, TIER_LABELS, TIERS } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { clearFieldErrors, type NamePath, placeFieldErrors } from "../forms.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { loadMyAssignments, targetLabel } from "../myChain.ts";
import { PATHS } from "../navigation.ts";
import { fromLocalInput, toLocalInput } from "../time.ts";
import { useLoad } from "../useLoad.ts";

interface ContactFields {
  targets: string[];
  channel?: Channel;
  occurredAt: string;
  place?: string;
  topic?: string;
  summary?: string;
  opinions?: { title?: string; content?: string }[];
}

// Kept exported from here too: other pages import it from this module.
export { newIdempotencyKey };

/** API field paths → form fields: the people and groups are one "targets" field, opinions keep their index. */
function contactFieldOf(path: NamePath): NamePath | undefined {
  const [first] = path;
  if (first === "personIds" || first === "publicGroupIds") return ["targets"];
  if (first === "opinions") return path.length >= 3 ? path.slice(0, 3) : undefined;
  if (first === "channel" || first === "occurredAt" || first === "place" || first === "topic" || first === "summary") {
    return [first];
  }
  return undefined;
}

const trimmed = (value: string | undefined) => {
  const text = value?.trim();
  return text ? text : undefined;
};

/** /my/contacts/new (committee, delegate, member): log one contact with assigned people or groups; phone first. */
export function LogContact() {
  const { t, l } = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const assignments = useLoad("mine", loadMyAssignments);
  const [form] = Form.useForm<ContactFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  /** One key per submission: a retry of the same content reuses it, so the server logs it once. */
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const now = useMemo(() => toLocalInput(new Date()), []);

  const edges = assignments.data ?? [];
  const byTarget = useMemo(() => new Map(edges.map((edge) => [edge.targetId, edge])), [edges]);
  const preselected = params.get("target");

  const submit = async (values: ContactFields) => {
    const chosen = values.targets.map((id) => byTarget.get(id)).filter((e): e is AssignmentView => !!e);
    const body = {
      personIds: chosen.filter((e) => !e.publicGroup).map((e) => e.targetId),
      publicGroupIds: chosen.filter((e) => e.publicGroup).map((e) => e.targetId),
      channel: values.channel,
      occurredAt: fromLocalInput(values.occurredAt),
      place: trimmed(values.place),
      topic: values.topic?.trim(),
      summary: values.summary?.trim(),
      opinions: (values.opinions ?? [])
        .map((o) => ({ title: o.title?.trim() ?? "", content: o.content?.trim() ?? "" }))
        .filter((o) => o.title || o.content),
    };
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    clearFieldErrors(form);
    setError(undefined);
    try {
      const { id } = await api<{ id: string }>("/contacts", {
        body,
        headers: { "idempotency-key": pending.current.key },
      });
      pending.current = undefined;
      navigate(PATHS.ledger, { state: { created: id } });
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, contactFieldOf));
      setBusy(false);
    }
  };

  return (
    <section data-testid="log-contact-page" className="narrow">
      <PageHeading title={t.logContact.title} intro={t.logContact.intro} />
      {assignments.error !== undefined && <ErrorAlert error={assignments.error} retry={assignments.reload} />}
      {assignments.loading && !assignments.data && <Card loading />}
      {assignments.data && edges.length === 0 && (
        <Card>
          <Empty description={t.myPeople.none} />
        </Card>
      )}
      {edges.length > 0 && (
        <Card className="form-card">
          <Form<ContactFields>
            form={form}
            name="contact"
            layout="vertical"
            onFinish={submit}
            disabled={busy}
            requiredMark={false}
            scrollToFirstError
            initialValues={{
              targets: preselected && byTarget.has(preselected) ? [preselected] : [],
              occurredAt: now,
              opinions: [],
            }}
          >
            {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="contact-error" />}
            <Form.Item
              label={t.logContact.targets}
              name="targets"
              rules={[{ required: true, message: t.logContact.pickTargets }]}
            >
              <Checkbox.Group className="target-list">
                {TIERS.map((tier) => {
                  const inTier = edges.filter((edge) => edge.tier === tier);
                  if (inTier.length === 0) return null;
                  return (
                    <fieldset key={tier} className="target-group">
                      <legend>{l(TIER_LABELS[tier])}</legend>
                      {inTier.map((edge) => (
                        <Checkbox key={edge.targetId} value={edge.targetId} className="target-option">
                          {targetLabel(edge)}
                          {edge.publicGroup && (
                            <span className="muted"> {t.assignments.groupSize(edge.publicGroup.size)}</span>
                          )}
                        </Checkbox>
                      ))}
                    </fieldset>
                  );
                })}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item
              label={t.logContact.channel}
              name="channel"
              rules={[{ required: true, message: t.logContact.pickChannel }]}
            >
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                className="wrap-radio"
                data-testid="channel"
                options={CHANNELS.map((c) => ({ value: c, label: l(CHANNEL_LABELS[c]) }))}
              />
            </Form.Item>
            <Form.Item
              label={t.logContact.occurredAt}
              name="occurredAt"
              rules={[{ required: true, message: t.requiredField }]}
              extra={t.logContact.beijingTime}
            >
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item label={t.logContact.place} name="place">
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            <Form.Item
              label={t.logContact.topic}
              name="topic"
              rules={[{ required: true, whitespace: true, message: t.requiredField }]}
            >
              <Input maxLength={100} showCount autoComplete="off" />
            </Form.Item>
            <Form.Item
              label={t.logContact.summary}
              name="summary"
              rules={[{ required: true, whitespace: true, message: t.requiredField }]}
            >
              <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
            <Form.List name="opinions">
              {(fields, { add, remove }) => (
                <div className="opinions">
                  <Typography.Text strong>{t.logContact.opinions}</Typography.Text>
                  <Typography.Paragraph type="secondary">{t.logContact.opinionsHint}</Typography.Paragraph>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      className="gap"
                      title={t.logContact.opinionN(index + 1)}
                      extra={
                        <Button
                          type="text"
                          size="small"
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(field.name)}
                          aria-label={t.remove}
                        >
                          {t.remove}
                        </Button>
                      }
                    >
                      <Form.Item
                        label={t.logContact.opinionTitle}
                        name={[field.name, "title"]}
                        rules={[{ required: true, whitespace: true, message: t.requiredField }]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                      <Form.Item
                        label={t.logContact.opinionContent}
                        name={[field.name, "content"]}
                        rules={[{ required: true, whitespace: true, message: t.requiredField }]}
                      >
                        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 8 }} />
                      </Form.Item>
                    </Card>
                  ))}
                  {fields.length < 10 && (
                    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} className="gap">
                      {t.logContact.addOpinion}
                    </Button>
                  )}
                </div>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="submit-contact">
              {t.logContact.submit}
            </Button>
          </Form>
        </Card>
      )}
      <Typography.Paragraph className="top-gap">
        <Link to={PATHS.ledger}>{t.logContact.toLedger}</Link>
      </Typography.Paragraph>
    </section>
  );
}
