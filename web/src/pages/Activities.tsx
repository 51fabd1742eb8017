import { Button, Card, Empty, Flex, List, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { ACTIVITY_TYPE_LABELS, type ActivityView, activityPath, NEW_ACTIVITY_PATH } from "../activities.ts";
import { api } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useLanguage } from "../language.tsx";
import { hasRole } from "../navigation.ts";
import type { Session } from "../sessionStorage.ts";
import { formatTime } from "../time.ts";
import { useLoad } from "../useLoad.ts";

const STATUS_COLORS: Record<string, string> = { draft: "default", published: "green", closed: "blue" };

/** /activities: the activities an office created or is meant to join, and those meant for me. */
export function Activities({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const a = t.activities;
  const list = useLoad("activities", (signal) => api<{ items: ActivityView[] }>("/activities", { signal }));
  const items = list.data?.items ?? [];
  return (
    <section data-testid="activities-page">
      <PageHeading title={a.title} intro={a.intro}>
        {hasRole(session, ["office"]) && (
          <Link to={NEW_ACTIVITY_PATH}>
            <Button type="primary">{a.create}</Button>
          </Link>
        )}
      </PageHeading>
      {list.error !== undefined && <ErrorAlert error={list.error} retry={list.reload} />}
      {list.loading && !list.data && <Card loading />}
      {list.data && items.length === 0 && (
        <Card>
          <Empty description={a.empty} />
        </Card>
      )}
      {items.length > 0 && (
        <List
          data-testid="activity-list"
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={item.id} className="activity-item">
              <Card className="activity-card" size="small">
                <Flex justify="space-between" wrap gap={8}>
                  <Link to={activityPath(item.id)}>
                    <Typography.Text strong>{item.theme}</Typography.Text>
                  </Link>
                  <span>
                    <Tag>{l(ACTIVITY_TYPE_LABELS[item.type])}</Tag>
                    <Tag color={STATUS_COLORS[item.status]}>{a.status[item.status]}</Tag>
                    {item.mySignup && <Tag color="gold">{a.signedUp}</Tag>}
                  </span>
                </Flex>
                <Typography.Paragraph type="secondary" className="tight">
                  {a.period}: {formatTime(item.startsAt)} – {formatTime(item.endsAt)} ·{" "}
                  {a.signupCount(item.signupCount)}
                </Typography.Paragraph>
              </Card>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
