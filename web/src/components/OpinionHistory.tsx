import { Tag, Timeline, Typography } from "antd";
import { Link, useLocation } from "react-router-dom";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import {
  ACTION_LABELS,
  ACTOR_LABELS,
  type HistoryEntry,
  labelOf,
  opinionPath,
  RATING_LABELS,
  STATUS_LABELS,
} from "../opinions.ts";
import { formatTime } from "../time.ts";
import { unitName } from "./UnitPicker.tsx";

/**
 * Every step of an opinion as staff see it: who (role, name, unit), when, what, and the texts
 * that came with it. Internal notes are marked 内部; every text is rendered as text, never markup.
 */
export function OpinionHistory({ history, units }: { history: HistoryEntry[]; units: UnitNode[] | undefined }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  // Passed on, so "back to the list" on the linked opinion keeps the list's filters.
  const { state } = useLocation();
  return (
    <Timeline
      data-testid="opinion-history"
      items={history.map((h, i) => ({
        key: `${h.at}-${i}`,
        color: h.action === "redo" || h.action === "return" ? "red" : h.action === "close" ? "green" : "blue",
        content: (
          <div className="history-entry" data-action={h.action}>
            <div>
              <Typography.Text strong>{labelOf(ACTION_LABELS, h.action, l)}</Typography.Text>
              <Typography.Text type="secondary">
                {" "}
                · {formatTime(h.at)} · {l(STATUS_LABELS[h.status])}
              </Typography.Text>
            </div>
            <div className="muted">
              {labelOf(ACTOR_LABELS, h.actor.kind, l)}
              {h.actor.name && ` ${h.actor.name}`}
              {h.actor.unitId && `(${unitName(units, h.actor.unitId)})`}
            </div>
            {h.handlerUnitId && (
              <div>
                {m.handlerUnit}:{unitName(units, h.handlerUnitId)}
              </div>
            )}
            {h.dueAt && (
              <div>
                {m.dueAt}:{formatTime(h.dueAt)}
              </div>
            )}
            {h.workingDays !== undefined && <div>{m.workingDays(h.workingDays)}</div>}
            {h.targetId && (
              <div>
                {m.target}:
                <Link to={opinionPath(h.targetId)} state={state}>
                  {h.targetId}
                </Link>
              </div>
            )}
            {h.rating && (
              <div>
                {m.rating}:{l(RATING_LABELS[h.rating])}
              </div>
            )}
            {h.publicText && <div className="pre-wrap history-text">{h.publicText}</div>}
            {h.reason && (
              <div className="pre-wrap">
                {m.reason}:{h.reason}
              </div>
            )}
            {h.comment && <div className="pre-wrap">{h.comment}</div>}
            {h.internalNote && (
              <div className="pre-wrap history-internal" data-testid="internal-note">
                <Tag color="orange">{m.internal}</Tag>
                {h.internalNote}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
