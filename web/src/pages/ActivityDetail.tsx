import { Button, Card, Empty, Flex, Image, message, Space, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  ACTIVITY_TYPE_LABELS,
  checkinPath,
  type ActivityDetail as Detail,
  type ParticipantView,
  type SessionView,
} from "../activities.ts";
import { api } from "../api.ts";
import { AddSessionForm } from "../components/AddSessionForm.tsx";
import { AttendancePanel } from "../components/AttendancePanel.tsx";
import { CheckinQr } from "../components/CheckinQr.tsx";
import { EnrolPanel } from "../components/EnrolPanel.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { OutcomeForm } from "../components/OutcomeForm.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { ParticipationTable, useParticipation } from "../components/ParticipationTable.tsx";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { hasRole } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { formatTime } from "../time.ts";
import { useLoad } from "../useLoad.ts";

/** /activities/:id: the activity, its sessions and outcomes; organisers and offices act here. */
export function ActivityDetail({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const a = t.activities;
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const detail = useLoad(`${id}#${version}`, (signal) => api<Detail>(`/activities/${id}`, { signal }));
  const refresh = () => setVersion((v) => v + 1);
  const act = async (path: string, body: unknown, done: string) => {
    setBusy(true);
    setActionError(undefined);
    try {
      await api(path, { method: "POST", body, headers: { "idempotency-key": newIdempotencyKey() } });
      message.success(done);
      refresh();
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(false);
    }
  };
  // While a refresh loads, the last answer stays on screen (and the panels keep what was picked).
  const d = useLatest(detail.data, id);
  const office = hasRole(session, ["office"]);
  // Offices that created the activity or take part in it follow its figures and people.
  const follows = Boolean(d && office && (d.canManage || d.canAddSession || d.status === "closed"));
  const figures = useParticipation(id, version, follows);
  const people = useLatest(figures.data, id)?.people;

  return (
    <section data-testid="activity-page">
      {detail.error !== undefined && <ErrorAlert error={detail.error} retry={detail.reload} />}
      {!d && detail.loading && <Card loading />}
      {d && (
        <>
          <PageHeading title={d.theme} intro={d.description}>
            <Tag>{l(ACTIVITY_TYPE_LABELS[d.type])}</Tag>
            <Tag data-testid="activity-status">{a.status[d.status]}</Tag>
            <Typography.Text type="secondary">
              {a.period}: {formatTime(d.startsAt)} – {formatTime(d.endsAt)} · {a.signupCount(d.signupCount)}
            </Typography.Text>
            {d.canManage && d.status === "draft" && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => act(`/activities/${id}/publish`, undefined, a.published)}
              >
                {a.publish}
              </Button>
            )}
            {d.canManage && d.status === "published" && (
              <Button loading={busy} onClick={() => act(`/activities/${id}/close`, undefined, a.closed)}>
                {a.close}
              </Button>
            )}
            {d.forMe && d.status === "published" && !d.mySignup && (
              <Button type="primary" loading={busy} onClick={() => act(`/activities/${id}/signups`, {}, a.signedUp)}>
                {a.signUp}
              </Button>
            )}
            {d.mySignup && <Tag color="gold">{a.signedUp}</Tag>}
          </PageHeading>
          {actionError !== undefined && <ErrorAlert error={actionError} />}

          <Typography.Title level={3}>{a.sessions}</Typography.Title>
          {d.sessions.length === 0 && <Empty description={a.noSessions} />}
          <div className="session-list" data-testid="session-list">
            {d.sessions.map((s) => (
              <SessionCard key={s.id} activity={d} session={s} people={people} onChanged={refresh} />
            ))}
          </div>
          {d.canAddSession && (
            <Card title={a.addSession} className="form-card gap">
              <AddSessionForm activityId={id} onAdded={refresh} />
            </Card>
          )}
          {(d.canManage || d.canAddSession) && d.status === "published" && people && (
            <Card title={a.enrolTitle} className="form-card gap">
              <EnrolPanel activity={d} rootUnitId={session.user.unitId} signedUp={people} onEnrolled={refresh} />
            </Card>
          )}

          {d.outcomes.length > 0 && <Typography.Title level={3}>{a.outcomes}</Typography.Title>}
          {d.outcomes.map((o) => (
            <Card key={o.sessionId} size="small" className="gap" data-testid="outcome">
              <Typography.Paragraph>{o.summary}</Typography.Paragraph>
              <Typography.Text type="secondary">{a.reached(o.publicReached)}</Typography.Text>
              {o.photos.length > 0 && (
                <Space wrap className="gap">
                  {o.photos.map((p) => (
                    <Image key={p.id} src={p.url} width={120} alt={a.photos} data-testid="outcome-photo" />
                  ))}
                </Space>
              )}
              {o.opinions.length > 0 && (
                <ul className="reasons">
                  {o.opinions.map((op) => (
                    <li key={op.index}>
                      {op.title}
                      {op.trackingCode && (
                        <Typography.Text type="secondary"> · {a.trackingCode(op.trackingCode)}</Typography.Text>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}

          {follows && <ParticipationTable data={figures} />}
        </>
      )}
    </section>
  );
}

/** The latest value loaded for `key`: kept while the same key reloads, dropped when the key changes. */
function useLatest<T>(value: T | undefined, key: string): T | undefined {
  const last = useRef<{ key: string; value: T } | undefined>(undefined);
  if (value !== undefined) last.current = { key, value };
  return last.current?.key === key ? last.current.value : undefined;
}

function SessionCard({
  activity,
  session,
  people,
  onChanged,
}: {
  activity: Detail;
  session: SessionView;
  /** The signed-up people the caller may see (offices only). */
  people: readonly ParticipantView[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useLanguage();
  const a = t.activities;
  const [recording, setRecording] = useState(false);
  const [marking, setMarking] = useState(false);
  return (
    <Card size="small" className="gap session-card" data-testid="session-card">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>
          {formatTime(session.startsAt)} – {formatTime(session.endsAt).slice(11)} · {session.place}
        </Typography.Text>
        <span>
          <Tag>{session.unitName}</Tag>
          <Tag>{a.attended(session.attended)}</Tag>
          {session.checkedIn && <Tag color="green">{a.checkedIn}</Tag>}
        </span>
      </Flex>
      <Typography.Text type="secondary">{session.organiser}</Typography.Text>
      {session.checkinCode && <CheckinQr sessionId={session.id} code={session.checkinCode} />}
      {activity.forMe && activity.status === "published" && !session.checkedIn && (
        <div>
          <Link to={checkinPath(session.id)}>
            <Button>{a.checkIn}</Button>
          </Link>
        </div>
      )}
      {session.canOrganise && activity.status === "published" && people && (
        <div className="gap">
          {marking ? (
            <AttendancePanel sessionId={session.id} people={people} onMarked={onChanged} />
          ) : (
            <Button onClick={() => setMarking(true)}>{a.attendance}</Button>
          )}
        </div>
      )}
      {session.canOrganise && !session.hasOutcome && activity.status !== "draft" && (
        <div className="gap">
          {recording ? (
            <OutcomeForm activityId={activity.id} sessionId={session.id} onSaved={onChanged} />
          ) : (
            <Button onClick={() => setRecording(true)}>{a.recordOutcome}</Button>
          )}
        </div>
      )}
    </Card>
  );
}
