import { Card, Empty, List, Statistic, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { ACTIVITY_TYPE_LABELS, activityPath, type DutyRecord as Record } from "../activities.ts";
import { api } from "../api.ts";
import { CHANNEL_LABELS, type Channel } from "../chains.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useLanguage } from "../language.tsx";
import type { Session } from "../sessionStorage.ts";
import { formatTime } from "../time.ts";
import { useLoad } from "../useLoad.ts";

/** /my/record: the signed-in person's duty record (履职档案): contacts and activities this year. */
export function DutyRecord({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const a = t.activities;
  const personId = session.user.personId;
  const record = useLoad(personId, (signal) => api<Record>(`/persons/${personId}/record`, { signal }));
  const r = record.data;
  return (
    <section data-testid="record-page">
      <PageHeading title={a.recordTitle} intro={a.recordIntro} />
      {!personId && <Empty description={t.unknownRole} />}
      {record.error !== undefined && <ErrorAlert error={record.error} retry={record.reload} />}
      {record.loading && !r && <Card loading />}
      {r && (
        <>
          <div className="record-totals">
            <Statistic title={a.contacts} value={r.totals.contacts} />
            <Statistic title={a.activitiesJoined} value={r.totals.activities} />
            <Statistic title={a.sessionsAttended} value={r.totals.sessionsAttended} />
          </div>
          <Typography.Title level={3}>{a.activitiesJoined}</Typography.Title>
          <List
            data-testid="record-activities"
            locale={{ emptyText: a.noRecord }}
            dataSource={r.activities}
            renderItem={(item) => (
              <List.Item key={item.activityId}>
                <div>
                  <Link to={activityPath(item.activityId)}>{item.theme}</Link>{" "}
                  <Tag>{l(ACTIVITY_TYPE_LABELS[item.type])}</Tag>
                  {item.signedUpAt && <Tag color="gold">{a.signedUp}</Tag>}
                  {item.sessions.map((s) => (
                    <div key={s.sessionId} className="muted">
                      {a.checkedIn} · {formatTime(s.at)} · {s.place}
                    </div>
                  ))}
                </div>
              </List.Item>
            )}
          />
          <Typography.Title level={3}>{a.contacts}</Typography.Title>
          <List
            data-testid="record-contacts"
            locale={{ emptyText: a.noRecord }}
            dataSource={r.contacts}
            renderItem={(c) => (
              <List.Item key={c.id}>
                {formatTime(c.occurredAt)} ·{" "}
                {CHANNEL_LABELS[c.channel as Channel] ? l(CHANNEL_LABELS[c.channel as Channel]) : c.channel} · {c.topic}
              </List.Item>
            )}
          />
        </>
      )}
    </section>
  );
}
