import { Table, Typography } from "antd";
import type { Participation } from "../activities.ts";
import { api } from "../api.ts";
import { useLanguage } from "../language.tsx";
import { type Loaded, useLoad } from "../useLoad.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** The participation figures and people of an activity (for offices), reloaded when `version` changes. */
export function useParticipation(activityId: string, version: number, enabled: boolean): Loaded<Participation> {
  return useLoad(enabled ? `${activityId}#${version}` : undefined, (signal) =>
    api<Participation>(`/activities/${activityId}/participation`, { signal }),
  );
}

/** The office follows an activity: per unit, sessions held, sign-ups, check-ins, reach, opinions and photos. */
export function ParticipationTable({ data }: { data: Loaded<Participation> }) {
  const { t } = useLanguage();
  const a = t.activities;
  if (data.error !== undefined) return <ErrorAlert error={data.error} retry={data.reload} />;
  const p = data.data;
  return (
    <div data-testid="participation">
      <Typography.Title level={3}>{a.participation}</Typography.Title>
      <Table
        size="small"
        loading={data.loading}
        rowKey="key"
        pagination={false}
        scroll={{ x: true }}
        dataSource={
          p
            ? [
                ...p.rows.map((r) => ({ key: r.unitId, unit: r.unitName, ...r })),
                { key: "total", unit: a.total, ...p.total },
              ]
            : []
        }
        columns={[
          { title: a.unit, dataIndex: "unit" },
          { title: a.sessions, dataIndex: "sessions" },
          { title: a.held, dataIndex: "held" },
          { title: a.signups, dataIndex: "signups" },
          { title: a.checkins, dataIndex: "checkins" },
          { title: a.publicReached, dataIndex: "publicReached" },
          { title: a.opinionsCount, dataIndex: "opinions" },
          { title: a.photosCount, dataIndex: "photos" },
        ]}
      />
      {p && p.people.length > 0 && (
        <>
          <Typography.Title level={4}>{a.people}</Typography.Title>
          <ul className="people-list" data-testid="participants">
            {p.people.map((person) => (
              <li key={person.personId}>
                {person.name} · {a.via[person.via]} · {a.attended(person.attended)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
