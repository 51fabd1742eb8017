import { Button, Card, Empty, Grid, Segmented, Select, Table, type TableColumnsType, Tag } from "antd";
import { useEffect } from "react";
import { Link, useLocation, useSearchParams } from "react-router-dom";
import { api, query } from "../api.ts";
import { CursorPager, useCursorPages } from "../components/CursorPager.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { OpinionCards } from "../components/OpinionCards.tsx";
import { OpinionStatusTags } from "../components/OpinionStatusTags.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { UnitPicker, unitName } from "../components/UnitPicker.tsx";
import { useLanguage } from "../language.tsx";
import {
  type Category,
  type ListState,
  labelOf,
  OPINION_STATUSES,
  type OpinionListItem,
  type OpinionView,
  opinionPath,
  SOURCE_LABELS,
  SOURCES,
  STATUS_LABELS,
} from "../opinions.ts";
import type { Session } from "../sessionStorage.ts";
import { formatTime } from "../time.ts";
import { useUnits } from "../units.ts";
import { useLoad } from "../useLoad.ts";

const PAGE_SIZE = 20;
const FILTERS = ["status", "category", "unit", "source", "overdue"] as const;

/** The lists this account may open, its main one first: office → triage, handler → inbox, others → mine. */
export function viewsFor(session: Session): OpinionView[] {
  const roles = session.user.roles;
  const views: OpinionView[] = [];
  if (roles.includes("office")) views.push("triage");
  if (roles.includes("handler")) views.push("inbox");
  if (session.user.personId || views.length === 0) views.push("mine");
  return views;
}

/**
 * /opinions: the office's triage console, a handler's inbox or a person's own opinions (one page,
 * the list by role). Filters live in the address, so returning from an opinion keeps them.
 */
export function Opinions({ session }: { session: Session }) {
  const { t, l } = useLanguage();
  const m = t.opinions;
  const [params, setParams] = useSearchParams();
  const listState: ListState = { listSearch: useLocation().search };
  // Below antd's sm (576px) the table would scroll sideways: cards instead.
  const narrow = Grid.useBreakpoint().sm === false;
  const views = viewsFor(session);
  const asked = params.get("view") as OpinionView | null;
  const view: OpinionView = asked && views.includes(asked) ? asked : (views[0] as OpinionView);
  const filter = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const { cursor, page, next, prev, reset } = useCursorPages();
  const listQuery = query({ view, ...filter, limit: PAGE_SIZE });
  // Another list or filter starts again at page one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is the trigger.
  useEffect(() => reset(), [listQuery, reset]);
  const list = useLoad(`${listQuery}|${cursor ?? ""}`, (signal) =>
    api<{ items: OpinionListItem[]; cursor?: string }>(
      `/opinions${query({ view, ...filter, limit: PAGE_SIZE, cursor })}`,
      { signal },
    ),
  );
  const categories = useLoad("categories", (signal) => api<{ items: Category[] }>("/categories", { signal }));
  const { units } = useUnits();
  const categoryLabel = (id: string) => {
    const found = categories.data?.items.find((c) => c.id === id);
    return found ? l(found) : id;
  };

  const setFilter = (name: string, value: string | undefined) => {
    const nextParams = new URLSearchParams(params);
    if (value) nextParams.set(name, value);
    else nextParams.delete(name);
    setParams(nextParams, { replace: true });
  };

  const columns: TableColumnsType<OpinionListItem> = [
    {
      title: m.colTitle,
      dataIndex: "title",
      render: (_, o) => (
        <Link to={opinionPath(o.id)} state={listState} className="card-link" data-testid={`opinion-link-${o.id}`}>
          {o.title}
        </Link>
      ),
    },
    {
      title: m.colStatus,
      dataIndex: "status",
      render: (_, o) => <OpinionStatusTags opinion={o} />,
    },
    { title: m.colCategory, dataIndex: "category", render: (_, o) => categoryLabel(o.category) },
    { title: m.colUnit, dataIndex: "unitId", render: (_, o) => unitName(units, o.unitId) },
    { title: m.colSource, dataIndex: "source", render: (_, o) => labelOf(SOURCE_LABELS, o.source.type, l) },
    { title: m.colCreated, dataIndex: "createdAt", render: (_, o) => formatTime(o.createdAt) },
    {
      title: m.colDue,
      dataIndex: "dueAt",
      render: (_, o) =>
        o.dueAt ? (
          <span>
            {formatTime(o.dueAt)}{" "}
            {o.overdue && (
              <Tag color="red" data-testid="overdue-tag">
                {m.overdue}
              </Tag>
            )}
          </span>
        ) : (
          "—"
        ),
    },
    {
      title: m.colHandler,
      dataIndex: "handlerUnitId",
      render: (_, o) => (o.handlerUnitId ? unitName(units, o.handlerUnitId) : "—"),
    },
  ];

  const hasFilter = FILTERS.some((name) => filter[name]);
  return (
    <section data-testid="opinions-page">
      <PageHeading title={m.listTitles[view]} intro={m.listIntros[view]}>
        {views.length > 1 && (
          <Segmented<OpinionView>
            value={view}
            options={views.map((v) => ({ value: v, label: m.viewNames[v] }))}
            onChange={(v) => setParams(new URLSearchParams({ view: v }), { replace: true })}
          />
        )}
        <Select
          allowClear
          className="figure-select"
          placeholder={m.allStatuses}
          aria-label={m.colStatus}
          data-testid="filter-status"
          value={filter.status}
          onChange={(v?: string) => setFilter("status", v)}
          options={OPINION_STATUSES.map((s) => ({ value: s, label: l(STATUS_LABELS[s]) }))}
        />
        <Select
          allowClear
          className="figure-select"
          placeholder={m.allCategories}
          aria-label={m.colCategory}
          value={filter.category}
          onChange={(v?: string) => setFilter("category", v)}
          options={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: l(c) }))}
        />
        {view === "triage" && (
          <UnitPicker
            allowClear
            units={units}
            rootId={session.user.unitId}
            value={filter.unit}
            onChange={(v) => setFilter("unit", v)}
            testId="filter-unit"
          />
        )}
        <Select
          allowClear
          className="figure-select"
          placeholder={m.allSources}
          aria-label={m.colSource}
          value={filter.source}
          onChange={(v?: string) => setFilter("source", v)}
          options={SOURCES.map((s) => ({ value: s, label: l(SOURCE_LABELS[s]) }))}
        />
        <Select
          allowClear
          className="figure-select"
          placeholder={m.anyDeadline}
          aria-label={m.colDue}
          data-testid="filter-overdue"
          value={filter.overdue}
          onChange={(v?: string) => setFilter("overdue", v)}
          options={[
            { value: "true", label: m.overdueOnly },
            { value: "false", label: m.notOverdue },
          ]}
        />
        {hasFilter && (
          <Button onClick={() => setParams(view === views[0] ? {} : new URLSearchParams({ view }), { replace: true })}>
            {m.clearFilters}
          </Button>
        )}
      </PageHeading>
      {list.error !== undefined && <ErrorAlert error={list.error} retry={list.reload} />}
      <Card>
        {narrow ? (
          <OpinionCards
            items={list.data?.items ?? []}
            loading={list.loading}
            categoryLabel={categoryLabel}
            listState={listState}
          />
        ) : (
          <Table<OpinionListItem>
            rowKey="id"
            size="middle"
            data-testid="opinions-table"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: list.loading ? " " : <Empty description={m.empty} /> }}
          />
        )}
        <CursorPager page={page} nextCursor={list.data?.cursor} onPrev={prev} onNext={next} disabled={list.loading} />
      </Card>
    </section>
  );
}
