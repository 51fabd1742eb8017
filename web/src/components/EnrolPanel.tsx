import { Button, Checkbox, Empty, Flex, Form, message, Spin, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { type ActivityDetail, type ParticipantView, unitInTargets } from "../activities.ts";
import { api } from "../api.ts";
import type { Person } from "../chains.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { findUnit, useUnits } from "../units.ts";
import { loadAll, useLoad } from "../useLoad.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RoleTags } from "./PersonTags.tsx";
import { UnitPicker } from "./UnitPicker.tsx";

interface SignupResult {
  signedUp: string[];
  already: string[];
}

/** The API takes at most this many people in one enrolment. */
const ENROL_BATCH = 200;

/**
 * The office enrols people (报名) in a published activity: it picks a unit of its scope, ticks
 * people of that unit's roster who are among the activity's audience (active, a target role, in a
 * target unit) and sends them in one request. Who has signed up already is shown ticked and fixed.
 */
export function EnrolPanel({
  activity,
  rootUnitId,
  signedUp,
  onEnrolled,
}: {
  activity: ActivityDetail;
  /** The office's own unit: the picker offers it and the units below it. */
  rootUnitId: string;
  signedUp: readonly ParticipantView[];
  onEnrolled: () => void;
}) {
  const { t } = useLanguage();
  const a = t.activities;
  const { units } = useUnits();
  const [unitId, setUnitId] = useState<string>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const pending = useRef<{ body: string; key: string } | undefined>(undefined);
  const roster = useLoad(unitId, (signal) =>
    loadAll<Person>(`/persons?unit=${encodeURIComponent(unitId ?? "")}`, signal),
  );
  const already = new Set(signedUp.map((p) => p.personId));
  const eligible = (roster.data ?? []).filter(
    (p) =>
      p.status === "active" &&
      p.roles.some((r) => activity.targetRoles.includes(r)) &&
      unitInTargets(units ? findUnit(units, p.unitId)?.path : undefined, activity.targetUnitIds),
  );

  const pickUnit = (next: string) => {
    setUnitId(next);
    setChosen([]);
    setError(undefined);
  };

  const enrol = async () => {
    const personIds = chosen.filter((id) => !already.has(id)).slice(0, ENROL_BATCH);
    const text = JSON.stringify(personIds);
    // A retry of the same choice sends the same key, so the server enrols once.
    if (pending.current?.body !== text) pending.current = { body: text, key: newIdempotencyKey() };
    setBusy(true);
    setError(undefined);
    try {
      const result = await api<SignupResult>(`/activities/${activity.id}/signups`, {
        body: { personIds },
        headers: { "idempotency-key": pending.current.key },
      });
      pending.current = undefined;
      message.success(a.enrolled(result.signedUp.length, result.already.length));
      setChosen([]);
      onEnrolled();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const count = chosen.filter((id) => !already.has(id)).length;
  return (
    <div data-testid="enrol-panel">
      <Typography.Paragraph type="secondary">{a.enrolIntro}</Typography.Paragraph>
      <Form.Item label={a.enrolUnit}>
        <UnitPicker units={units} rootId={rootUnitId} value={unitId} onChange={pickUnit} testId="enrol-unit" />
      </Form.Item>
      {roster.error !== undefined && <ErrorAlert error={roster.error} retry={roster.reload} />}
      {roster.loading && <Spin />}
      {unitId && roster.data && eligible.length === 0 && <Empty description={a.enrolNobody} />}
      {eligible.length > 0 && (
        <Checkbox.Group
          value={[...chosen, ...eligible.filter((p) => already.has(p.id)).map((p) => p.id)]}
          onChange={(ids) => setChosen((ids as string[]).filter((id) => !already.has(id)))}
          disabled={busy}
        >
          <Flex vertical gap={4} data-testid="enrol-people">
            {eligible.map((p) => (
              <Checkbox key={p.id} value={p.id} disabled={already.has(p.id)}>
                {p.name} <RoleTags roles={p.roles} />
                {already.has(p.id) && <Tag color="gold">{a.signedUp}</Tag>}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      )}
      {error !== undefined && <ErrorAlert error={error} testId="enrol-error" />}
      {eligible.length > 0 && (
        <Button type="primary" className="gap" disabled={count === 0} loading={busy} onClick={enrol}>
          {a.enrolSubmit(count)}
        </Button>
      )}
    </div>
  );
}
