import { Select, Typography } from "antd";
import { useMemo } from "react";
import { api, errorText, query } from "../api.ts";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import { type OpinionDetail, type OpinionListItem, type OpinionStatus, STATUS_LABELS } from "../opinions.ts";
import { formatTime } from "../time.ts";
import { findUnit } from "../units.ts";
import { useLoad } from "../useLoad.ts";

/** The API refuses to merge into these. */
const CLOSED: readonly OpinionStatus[] = ["declined", "merged", "closed"];
const LIMIT = 100;

/**
 * The office whose triage list holds an opinion: the nearest pilot unit, county or higher above
 * it (as core's triageUnitOf). Asking for that unit's list also works for a city office, whose
 * own list needs a unit chosen.
 */
function triageUnitOf(units: UnitNode[], unitId: string): string | undefined {
  let unit = findUnit(units, unitId);
  while (unit && !unit.pilot && !["province", "city", "county"].includes(unit.level)) {
    unit = unit.parentId ? findUnit(units, unit.parentId) : undefined;
  }
  return unit?.id;
}

/**
 * Picks the opinion to merge into from the office's triage list (its latest 100 open ones, not
 * this one), shown as title, date and status, searchable by title. A Form.Item field.
 */
export function MergeTargetPicker({
  detail,
  units,
  value,
  onChange,
  id,
}: {
  detail: OpinionDetail;
  units: UnitNode[] | undefined;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const unit = units ? triageUnitOf(units, detail.unitId) : undefined;
  const listed = useLoad(units ? `merge|${unit ?? ""}` : undefined, (signal) =>
    api<{ items: OpinionListItem[] }>(`/opinions${query({ view: "triage", unit, limit: LIMIT })}`, { signal }),
  );
  const options = useMemo(
    () =>
      (listed.data?.items ?? [])
        .filter((o) => o.id !== detail.id && !CLOSED.includes(o.status))
        .map((o) => {
          const meta = `${formatTime(o.createdAt).slice(0, 10)} · ${l(STATUS_LABELS[o.status])}`;
          return { value: o.id, label: `${o.title} · ${meta}`, title: o.title, meta };
        }),
    [listed.data, detail.id, l],
  );
  return (
    <Select
      id={id}
      data-testid="merge-target"
      value={value}
      onChange={onChange}
      options={options}
      loading={listed.loading}
      placeholder={m.mergeIntoPick}
      showSearch={{ optionFilterProp: "label" }}
      status={listed.error !== undefined ? "error" : undefined}
      notFoundContent={listed.error !== undefined ? l(errorText(listed.error)) : m.mergeIntoNone}
      // Long titles wrap in the list, with date and status on their own line.
      optionRender={(option) => (
        <div className="merge-option">
          <div>{option.data.title}</div>
          <Typography.Text type="secondary">{option.data.meta}</Typography.Text>
        </div>
      )}
    />
  );
}
