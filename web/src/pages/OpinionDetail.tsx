import { Alert, Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { api } from "../api.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { OpinionActions } from "../components/OpinionActions.tsx";
import { OpinionHistory } from "../components/OpinionHistory.tsx";
import { unitName } from "../components/UnitPicker.tsx";
import { useLanguage } from "../language.tsx";
import { hasRole } from "../navigation.ts";
import {
  type Category,
  type OpinionDetail as Detail,
  type ListState,
  labelOf,
  OPINIONS_PATH,
  opinionPath,
  RATING_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
} from "../opinions.ts";
import type { Session } from "../sessionStorage.ts";
import { formatTime } from "../time.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

const EXTENSION_COLORS: Record<string, string> = { pending: "gold", approved: "green", refused: "red" };

/**
 * /opinions/:id: one opinion with its content, the submitter's contact (as far as the API shows
 * it to this caller), deadlines, the full history, and the steps this caller may take now.
 */
export function OpinionDetail({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const { id = "" } = useParams();
  const loaded = useLoad(id, (signal) => api<Detail>(`/opinions/${encodeURIComponent(id)}`, { signal }));
  // A step answers with the opinion as it now is; it is shown until another opinion is opened.
  const [stepped, setStepped] = useState<Detail>();
  const [saved, setSaved] = useState(false);
  const detail = stepped?.id === id ? stepped : loaded.data;
  const { units } = useUnits();
  const categories = useLoad("categories", (signal) => api<{ items: Category[] }>("/categories", { signal }));
  const category = categories.data?.items.find((c) => c.id === detail?.category);
  const staff = hasRole(session, ["office", "handler"]);
  // The list hands over its filters; they travel on to linked opinions so "back" still finds them.
  const listState = useLocation().state as ListState | null;
  const listSearch = listState?.listSearch?.startsWith("?") ? listState.listSearch : "";

  const facts = (d: Detail): DescriptionsProps["items"] => {
    const items: DescriptionsProps["items"] = [];
    const add = (key: string, label: string, children: ReactNode) => items.push({ key, label, children });
    add("category", m.category, category ? l(category) : d.category);
    add("unit", m.colUnit, unitName(units, d.unitId));
    add("source", m.colSource, labelOf(SOURCE_LABELS, d.source.type, l));
    add("created", m.colCreated, formatTime(d.createdAt));
    add(
      "submitter",
      m.submitter,
      d.submitter ? (
        <span data-testid="opinion-submitter">
          {[d.submitter.name, d.submitter.phone, d.submitter.memberNo && `${t.person.memberNo} ${d.submitter.memberNo}`]
            .filter(Boolean)
            .join(" · ")}{" "}
          {d.isMember && <Tag>{m.member}</Tag>}
        </span>
      ) : (
        <span className="muted">
          {m.anonymous} {d.isMember && <Tag>{m.member}</Tag>}
        </span>
      ),
    );
    if (d.raisedBy) add("raisedBy", m.raisedBy, `${d.raisedBy.name}(${unitName(units, d.raisedBy.unitId)})`);
    if (d.handlerUnitId) add("handler", m.handlerUnit, unitName(units, d.handlerUnitId));
    add("acceptDue", m.acceptDue, formatTime(d.acceptDueAt));
    if (d.replyDueAt) add("replyDue", m.replyDue, formatTime(d.replyDueAt));
    if (d.ratingDueAt && d.status === "replied") add("ratingDue", m.ratingDueAt, formatTime(d.ratingDueAt));
    if (d.closedAt) {
      add(
        "closed",
        m.closedAt,
        <>
          {formatTime(d.closedAt)}{" "}
          {d.closedOnTime !== undefined && (
            <Tag color={d.closedOnTime ? "green" : "red"}>{d.closedOnTime ? m.onTime : m.late}</Tag>
          )}
        </>,
      );
    }
    if (d.rating) add("rating", m.rating, l(RATING_LABELS[d.rating]));
    if (d.mergedInto) {
      add(
        "merged",
        m.mergedInto,
        <Link to={opinionPath(d.mergedInto)} state={listState}>
          {d.mergedInto}
        </Link>,
      );
    }
    if (d.extension) {
      const state = d.extension.state;
      add(
        "extension",
        m.extension,
        <>
          {m.extensionText(d.extension.workingDays, d.extension.reason)}{" "}
          <Tag color={EXTENSION_COLORS[state]} data-testid="extension-state">
            {m.extensionStates[state] ?? state}
          </Tag>
        </>,
      );
    }
    return items;
  };

  return (
    <section data-testid="opinion-detail-page">
      <Typography.Paragraph>
        <Link to={`${OPINIONS_PATH}${listSearch}`} className="card-link" data-testid="opinion-back">
          {m.back}
        </Link>
      </Typography.Paragraph>
      {loaded.error !== undefined && !detail && <ErrorAlert error={loaded.error} retry={loaded.reload} />}
      {loaded.loading && !detail && <Card loading />}
      {detail && (
        <>
          <div className="page-heading">
            <Typography.Title level={2} data-testid="opinion-title">
              {detail.title}
            </Typography.Title>
            <Flex gap={4} wrap className="gap">
              <Tag color="blue" data-testid="opinion-status">
                {l(STATUS_LABELS[detail.status])}
              </Tag>
              {detail.overdue && <Tag color="red">{m.overdue}</Tag>}
              {detail.extensionPending && <Tag color="gold">{m.extensionPending}</Tag>}
            </Flex>
          </div>
          {saved && <Alert type="success" showIcon className="gap" title={m.done} closable />}
          <Card className="gap" title={m.content}>
            <div className="pre-wrap opinion-content" data-testid="opinion-content">
              {detail.content}
            </div>
          </Card>
          <Card className="gap">
            {detail.actions.length > 0 ? (
              <OpinionActions
                detail={detail}
                rootUnitId={session.user.unitId}
                units={units}
                onDone={(next) => {
                  setStepped(next);
                  setSaved(true);
                }}
              />
            ) : (
              <Typography.Text type="secondary" data-testid="opinion-no-actions">
                {staff ? m.noActions : m.readOnly}
              </Typography.Text>
            )}
          </Card>
          <Card className="gap" title={m.facts}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" items={facts(detail)} />
          </Card>
          <Card title={m.history}>
            <OpinionHistory history={detail.history} units={units} />
          </Card>
        </>
      )}
    </section>
  );
}
