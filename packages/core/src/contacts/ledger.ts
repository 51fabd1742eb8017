import { TIER_LABELS, type Tier } from "../chains/schema.ts";
import type { Db } from "../db/client.ts";
import { writeXlsx } from "../files/table-file.ts";
import { quarterOf, quarterRange, shanghaiDate, shanghaiMidnight } from "../time/quarter.ts";
import type { Contact } from "./schema.ts";
import { CHANNEL_LABELS } from "./schema.ts";
import { listContactsOfAuthor } from "./service.ts";

/** A ledger period from Shanghai dates (inclusive); the current quarter when none is given. */
export function ledgerRange(query: { from?: string; to?: string }, now = new Date()): { from: string; to: string } {
  const quarter = quarterRange(quarterOf(now));
  const from = query.from ? shanghaiMidnight(query.from).toISOString() : quarter.start;
  const to = query.to ? new Date(shanghaiMidnight(query.to).getTime() + 24 * 3600_000).toISOString() : quarter.end;
  return { from, to };
}

export async function allContactsOfAuthor(db: Db, authorId: string, range: { from: string; to: string }) {
  const out: Contact[] = [];
  let cursor: string | undefined;
  do {
    const page = await listContactsOfAuthor(db, authorId, range, { cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

const shanghaiTime = (iso: string) =>
  `${shanghaiDate(iso)} ${new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16)}`;

/** The author's ledger (台账) as a workbook with Chinese headers, oldest first. */
export async function ledgerWorkbook(db: Db, authorId: string, range: { from: string; to: string }): Promise<Buffer> {
  const contacts = (await allContactsOfAuthor(db, authorId, range)).reverse();
  return writeXlsx([
    {
      name: "联系台账",
      columns: [
        { header: "联系时间", width: 18 },
        { header: "联系方式", width: 10 },
        { header: "联系层级", width: 20 },
        { header: "联系对象", width: 24 },
        { header: "地点", width: 18 },
        { header: "主题", width: 24 },
        { header: "内容摘要", width: 50 },
        { header: "反映意见", width: 40 },
      ],
      rows: contacts.map((c) => [
        shanghaiTime(c.occurredAt),
        CHANNEL_LABELS[c.channel].zh,
        [...new Set(c.targets.map((t) => TIER_LABELS[t.tier as Tier]?.zh ?? t.tier))].join("、"),
        c.targets.map((t) => t.name).join("、"),
        c.place ?? "",
        c.topic,
        c.summary,
        c.opinions.map((o) => `${o.title}:${o.content}`).join("\n"),
      ]),
    },
  ]);
}
