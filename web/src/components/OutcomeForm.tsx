import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, InputNumber } from "antd";
import { useRef, useState } from "react";
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from "../activities.ts";
import { api } from "../api.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface OutcomeFields {
  summary?: string;
  publicReached?: number;
  opinions?: { title?: string; content?: string }[];
}

interface Grant {
  photoId: string;
  uploadUrl: string;
  headers: Record<string, string>;
}

/** Uploads one photo straight to storage through the presigned URL the API hands out. */
async function uploadPhoto(activityId: string, sessionId: string, file: File): Promise<string> {
  const grant = await api<Grant>(`/activities/${activityId}/photos`, {
    body: { sessionId, contentType: file.type, size: file.size },
  });
  const res = await fetch(grant.uploadUrl, { method: "PUT", headers: grant.headers, body: file });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
  return grant.photoId;
}

/** The organiser records a session's outcome: summary, people reached, photos and opinions raised. */
export function OutcomeForm({
  activityId,
  sessionId,
  onSaved,
}: {
  activityId: string;
  sessionId: string;
  onSaved: () => void;
}) {
  const { t } = useLanguage();
  const a = t.activities;
  const [form] = Form.useForm<OutcomeFields>();
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblem, setFileProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const photoIds = useRef<Map<File, string>>(new Map());
  const key = useRef(newIdempotencyKey());

  const choose = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    const wrong = chosen.find((f) => !PHOTO_TYPES.includes(f.type));
    const large = chosen.find((f) => f.size > PHOTO_MAX_BYTES);
    setFileProblem(
      wrong ? `${wrong.name}: ${a.photoWrongType}` : large ? `${large.name}: ${a.photoTooLarge}` : undefined,
    );
    setFiles(wrong || large ? [] : chosen.slice(0, 9));
  };

  const submit = async (values: OutcomeFields) => {
    setBusy(true);
    setError(undefined);
    try {
      const ids: string[] = [];
      for (const file of files) {
        const known = photoIds.current.get(file) ?? (await uploadPhoto(activityId, sessionId, file));
        photoIds.current.set(file, known);
        ids.push(known);
      }
      await api(`/activities/${activityId}/outcomes`, {
        body: {
          sessionId,
          summary: values.summary?.trim(),
          publicReached: values.publicReached ?? 0,
          photoIds: ids,
          opinions: (values.opinions ?? [])
            .map((o) => ({ title: o.title?.trim() ?? "", content: o.content?.trim() ?? "" }))
            .filter((o) => o.title || o.content),
        },
        headers: { "idempotency-key": key.current },
      });
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Form<OutcomeFields>
      form={form}
      layout="vertical"
      name={`outcome-${sessionId}`}
      onFinish={submit}
      disabled={busy}
      requiredMark={false}
      data-testid="outcome-form"
    >
      {error !== undefined && <ErrorAlert error={error} testId="outcome-error" />}
      <Form.Item
        label={a.summary}
        name="summary"
        rules={[{ required: true, whitespace: true, message: t.requiredField }]}
      >
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label={a.publicReached} name="publicReached" rules={[{ required: true, message: t.requiredField }]}>
        <InputNumber min={0} max={1000000} precision={0} />
      </Form.Item>
      <Form.Item label={a.photos} extra={a.photoHint}>
        <input
          type="file"
          multiple
          accept={PHOTO_TYPES.join(",")}
          aria-label={a.photos}
          data-testid="photo-input"
          onChange={(e) => choose(e.target.files)}
        />
      </Form.Item>
      {fileProblem && <Alert type="error" showIcon title={fileProblem} className="gap" data-testid="photo-problem" />}
      <Form.List name="opinions">
        {(fields, { add, remove }) => (
          <div className="opinions">
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="gap"
                title={`${a.opinions} ${index + 1}`}
                extra={<MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t.remove} />}
              >
                <Form.Item
                  label={a.opinionTitle}
                  name={[field.name, "title"]}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item
                  label={a.opinionContent}
                  name={[field.name, "content"]}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block className="gap">
              {a.addOpinion}
            </Button>
          </div>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={busy}>
        {a.submitOutcome}
      </Button>
    </Form>
  );
}
