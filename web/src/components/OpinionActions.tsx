import { Button, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from "antd";
import { useRef, useState } from "react";
import { api } from "../api.ts";
import { clearFieldErrors, firstSegmentIn, placeFieldErrors } from "../forms.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import type { OpinionDetail } from "../opinions.ts";
import { fromLocalInput } from "../time.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { MergeTargetPicker } from "./MergeTargetPicker.tsx";
import { UnitPicker } from "./UnitPicker.tsx";

/** The steps a button can open; extend is split because the handler asks and the office decides. */
type Step = "accept" | "decline" | "merge" | "assign" | "sign" | "reply" | "extendRequest" | "extendDecide" | "return";

/** The API's step (POST /opinions/{id}/<endpoint>) behind each button. */
const ENDPOINT: Record<Step, string> = {
  accept: "accept",
  decline: "decline",
  merge: "merge",
  assign: "assign",
  sign: "sign",
  reply: "reply",
  extendRequest: "extend",
  extendDecide: "extend",
  return: "return",
};

/** The form fields of each step, also the API's body fields (the API's field errors land on them). */
const FIELDS: Record<Step, readonly string[]> = {
  accept: ["note"],
  decline: ["reason"],
  merge: ["intoId", "note"],
  assign: ["handlerUnitId", "dueAt", "note"],
  sign: [],
  reply: ["publicText", "internalNote"],
  extendRequest: ["workingDays", "reason"],
  extendDecide: ["decision", "reason"],
  return: ["reason"],
};

/** The buttons for the API's `actions`: "extend" is a decision while one is pending, else a request. */
function stepsOf(detail: OpinionDetail): Step[] {
  return detail.actions.flatMap((action): Step[] => {
    if (action === "extend") return [detail.extensionPending ? "extendDecide" : "extendRequest"];
    return action in ENDPOINT ? [action as Step] : [];
  });
}

/** A form's values as the API body: trimmed, empty ones left out, the due date read as Beijing time. */
function bodyOf(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string") {
      const text = value.trim();
      if (text) body[name] = name === "dueAt" ? fromLocalInput(text) : text;
    } else if (value !== undefined && value !== null) {
      body[name] = value;
    }
  }
  return body;
}

/** The workflow buttons this caller has now, each opening a small form; the answer replaces the opinion shown. */
export function OpinionActions({
  detail,
  rootUnitId,
  units,
  onDone,
}: {
  detail: OpinionDetail;
  /** The caller's unit: handlers are picked from its subtree. */
  rootUnitId: string;
  units: UnitNode[] | undefined;
  onDone: (next: OpinionDetail) => void;
}) {
  const { t } = useLanguage();
  const m = t.opinions;
  const [open, setOpen] = useState<Step>();
  const steps = stepsOf(detail);
  const label = (step: Step) =>
    step === "assign" && detail.handlerUnitId ? m.actions.reassign : m.actions[step as keyof typeof m.actions];
  if (steps.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap data-testid="opinion-actions">
        {steps.map((step, i) => (
          <Button
            key={step}
            type={i === 0 ? "primary" : "default"}
            danger={step === "decline" || step === "return"}
            onClick={() => setOpen(step)}
            data-testid={`action-${step}`}
          >
            {label(step)}
          </Button>
        ))}
      </Flex>
      {open && (
        <StepModal
          step={open}
          title={label(open)}
          detail={detail}
          rootUnitId={rootUnitId}
          units={units}
          onClose={() => setOpen(undefined)}
          onDone={(next) => {
            setOpen(undefined);
            onDone(next);
          }}
        />
      )}
    </>
  );
}

function StepModal({
  step,
  title,
  detail,
  rootUnitId,
  units,
  onClose,
  onDone,
}: {
  step: Step;
  title: string;
  detail: OpinionDetail;
  rootUnitId: string;
  units: UnitNode[] | undefined;
  onClose: () => void;
  onDone: (next: OpinionDetail) => void;
}) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  /** Resending the same form reuses its key, so a retry after a lost answer acts once. */
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const required = [{ required: true, whitespace: true, message: t.requiredField }];

  const send = async (values: Record<string, unknown>) => {
    const body = bodyOf(values);
    const text = JSON.stringify(body);
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    setError(undefined);
    clearFieldErrors(form);
    try {
      const next = await api<OpinionDetail>(`/opinions/${encodeURIComponent(detail.id)}/${ENDPOINT[step]}`, {
        body,
        headers: { "idempotency-key": pending.current.key },
      });
      onDone(next);
    } catch (err) {
      setError(err);
      setUnplaced(placeFieldErrors(form, err, l, firstSegmentIn(FIELDS[step])));
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.confirm}
      cancelText={t.cancel}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ "data-testid": "step-ok" } as Record<string, string>}
    >
      {error !== undefined && <ErrorAlert error={error} fields={unplaced} testId="step-error" />}
      <Form form={form} layout="vertical" onFinish={send} disabled={busy} requiredMark={false} name={`step-${step}`}>
        {step === "sign" && <Typography.Paragraph>{m.signConfirm}</Typography.Paragraph>}
        {step === "decline" && (
          <Form.Item label={m.declineReason} name="reason" rules={required}>
            <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
        {step === "merge" && (
          <Form.Item
            label={m.mergeInto}
            name="intoId"
            rules={[{ required: true, message: t.requiredField }]}
            extra={m.mergeIntoHint}
          >
            <MergeTargetPicker detail={detail} units={units} />
          </Form.Item>
        )}
        {step === "assign" && (
          <>
            <Form.Item
              label={m.assignUnit}
              name="handlerUnitId"
              rules={[{ required: true, message: t.unitPick }]}
              initialValue={detail.handlerUnitId}
            >
              <UnitPicker units={units} rootId={rootUnitId} testId="assign-unit" />
            </Form.Item>
            <Form.Item label={m.assignDue} name="dueAt" extra={t.logContact.beijingTime}>
              <Input type="datetime-local" />
            </Form.Item>
          </>
        )}
        {(step === "accept" || step === "merge") && (
          <Form.Item label={m.note} name="note">
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        )}
        {step === "assign" && (
          <Form.Item label={m.assignNote} name="note">
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        )}
        {step === "reply" && (
          <>
            <Form.Item label={m.replyPublic} name="publicText" rules={required}>
              <Input.TextArea maxLength={4000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
            <Form.Item label={m.replyInternal} name="internalNote">
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </>
        )}
        {step === "extendRequest" && (
          <>
            <Form.Item label={m.extendDays} name="workingDays" rules={[{ required: true, message: t.requiredField }]}>
              <InputNumber min={1} max={30} precision={0} />
            </Form.Item>
            <Form.Item label={m.extendReason} name="reason" rules={required}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </>
        )}
        {step === "extendDecide" && (
          <>
            {detail.extension && (
              <Typography.Paragraph className="pre-wrap">
                {m.extensionText(detail.extension.workingDays, detail.extension.reason)}
              </Typography.Paragraph>
            )}
            <Form.Item label={m.decision} name="decision" rules={[{ required: true, message: t.requiredField }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: "approve", label: m.approve },
                  { value: "refuse", label: m.refuse },
                ]}
              />
            </Form.Item>
            <Form.Item label={m.decisionReason} name="reason">
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </>
        )}
        {step === "return" && (
          <Form.Item label={m.returnReason} name="reason" rules={required}>
            <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
