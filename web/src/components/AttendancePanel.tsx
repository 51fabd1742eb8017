import { Button, Empty, List, message, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import type { ParticipantView } from "../activities.ts";
import { api } from "../api.ts";
import { newIdempotencyKey } from "../idempotency.ts";
import { useLanguage } from "../language.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

/**
 * The session's organiser marks people present who have no phone to check in with: the people
 * signed up (those within the organiser's scope), each either checked in to this session or with a
 * "mark present" action. The API checks that the caller organises the session.
 */
export function AttendancePanel({
  sessionId,
  people,
  onMarked,
}: {
  sessionId: string;
  people: readonly ParticipantView[];
  onMarked: () => void;
}) {
  const { t } = useLanguage();
  const a = t.activities;
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  // One key per person: a retry after a lost answer marks them once.
  const keys = useRef(new Map<string, string>());

  const mark = async (personId: string) => {
    const key = keys.current.get(personId) ?? newIdempotencyKey();
    keys.current.set(personId, key);
    setBusy(personId);
    setError(undefined);
    try {
      await api(`/sessions/${encodeURIComponent(sessionId)}/checkins`, {
        body: { personId },
        headers: { "idempotency-key": key },
      });
      message.success(a.markedPresent);
      onMarked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div data-testid="attendance" className="gap">
      <Typography.Text type="secondary">{a.attendanceIntro}</Typography.Text>
      {error !== undefined && <ErrorAlert error={error} testId="attendance-error" />}
      {people.length === 0 ? (
        <Empty description={a.noSignups} />
      ) : (
        <List
          size="small"
          dataSource={[...people]}
          renderItem={(p) => (
            <List.Item
              key={p.personId}
              data-testid="attendance-person"
              actions={[
                p.sessionIds.includes(sessionId) ? (
                  <Tag key="in" color="green">
                    {a.checkedIn}
                  </Tag>
                ) : (
                  <Button
                    key="mark"
                    size="small"
                    loading={busy === p.personId}
                    disabled={busy !== undefined && busy !== p.personId}
                    onClick={() => mark(p.personId)}
                  >
                    {a.markPresent}
                  </Button>
                ),
              ]}
            >
              {p.name} · {a.via[p.via]}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
