import { CHAIN_ROLE_LABELS, type ChainRole, PERSON_STATUSES, STATUS_LABELS } from "./schema.ts";

/**
 * The roster template: one definition for the downloadable template, the import parser and the
 * web page that documents it. Headers are Chinese because offices fill it in Excel.
 */
export const ROSTER_COLUMNS = [
  {
    key: "memberNo",
    header: "党员编号",
    required: true,
    example: "GS0001",
    help: "唯一且稳定,重复导入按此更新 / unique, stable: re-imports update by it",
  },
  { key: "name", header: "姓名", required: true, example: "李华", help: "" },
  {
    key: "roles",
    header: "身份",
    required: true,
    example: "党代表、党员",
    help: "党委委员、党代表、党员,可多个,用、分隔 / one or more, separated by 、",
  },
  { key: "unitId", header: "单位代码", required: true, example: "620121", help: "GB/T 2260 单位代码 / unit code" },
  { key: "group", header: "代表团/组", required: false, example: "第一代表组", help: "" },
  { key: "termStart", header: "任期开始(当选或补选日期)", required: false, example: "2026-01-10", help: "YYYY-MM-DD" },
  { key: "termEnd", header: "任期届满日期", required: false, example: "2031-01-09", help: "YYYY-MM-DD" },
  { key: "status", header: "状态", required: false, example: "在任", help: "在任 / 暂停履职 / 终止资格" },
  {
    key: "statusReason",
    header: "状态原因",
    required: false,
    example: "",
    help: "暂停或终止时必填 / required when suspended or terminated",
  },
  { key: "statusDate", header: "状态日期", required: false, example: "", help: "YYYY-MM-DD" },
  { key: "phone", header: "手机号码", required: false, example: "13800000000", help: "" },
  {
    key: "responsibleMemberNo",
    header: "联系人党员编号",
    required: false,
    example: "GS0002",
    help: "负责联系此人的党委委员(联系党代表)或党代表(联系党员)的党员编号 / who keeps in touch with this person",
  },
] as const;

export type RosterKey = (typeof ROSTER_COLUMNS)[number]["key"];

const ROLE_BY_LABEL = new Map<string, ChainRole>(
  (Object.entries(CHAIN_ROLE_LABELS) as [ChainRole, { zh: string; en: string }][]).flatMap(([role, l]) => [
    [l.zh, role],
    [l.en.toLowerCase(), role],
    [role, role],
  ]),
);
const STATUS_BY_LABEL = new Map<string, string>(
  PERSON_STATUSES.flatMap((s) => [
    [STATUS_LABELS[s].zh, s],
    [s, s],
  ]),
);

/** Roles as written in a cell ("党代表、党员") → role codes; unknown words are kept so validation names them. */
export function parseRoles(cell: string): string[] {
  return cell
    .split(/[、,,;;/]+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => ROLE_BY_LABEL.get(w.toLowerCase()) ?? w);
}

export const parseStatus = (cell: string): string | undefined =>
  cell ? (STATUS_BY_LABEL.get(cell) ?? cell) : undefined;

/** Header text → column key; also accepts the English key names. */
export function columnKeyOf(header: string): RosterKey | undefined {
  const h = header.trim();
  return ROSTER_COLUMNS.find((c) => c.header === h || c.key === h)?.key;
}
