import { Empty, Flex, List, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import { type ListState, type OpinionListItem, opinionPath } from "../opinions.ts";
import { formatTime } from "../time.ts";
import { OpinionStatusTags } from "./OpinionStatusTags.tsx";

/** The staff opinion list on a phone: one small card per opinion instead of a table that scrolls sideways. */
export function OpinionCards({
  items,
  loading,
  categoryLabel,
  listState,
}: {
  items: OpinionListItem[];
  loading: boolean;
  categoryLabel: (id: string) => string;
  listState: ListState;
}) {
  const { t } = useLanguage();
  const m = t.opinions;
  return (
    <List<OpinionListItem>
      data-testid="opinions-cards"
      dataSource={items}
      loading={loading}
      rowKey="id"
      locale={{ emptyText: loading ? " " : <Empty description={m.empty} /> }}
      renderItem={(o) => (
        <List.Item>
          <Flex vertical gap={6} className="opinion-card">
            <Link to={opinionPath(o.id)} state={listState} className="card-link" data-testid={`opinion-link-${o.id}`}>
              {o.title}
            </Link>
            <Flex gap={4} wrap align="center">
              <OpinionStatusTags opinion={o} />
              {o.overdue && (
                <Tag color="red" data-testid="overdue-tag">
                  {m.overdue}
                </Tag>
              )}
            </Flex>
            <Typography.Text type="secondary">
              {categoryLabel(o.category)} · {formatTime(o.createdAt)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
