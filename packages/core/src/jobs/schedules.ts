/**
 * The schedule table: the Jobs stack makes an EventBridge rule of each entry, the local runtime's
 * scheduler runs the same handler on the same clock, and `npm run job -- <name>` runs one now.
 * Cron expressions are on the Asia/Shanghai clock.
 */
export interface Schedule {
  name: string;
  cron: string;
  /** Handler module and export, relative to the repository root (SST's `file.export`). */
  handler: string;
  summary: string;
}

export const SCHEDULES = [
  {
    name: "reconcile",
    cron: "30 2 * * *",
    handler: "functions/src/jobs/reconcile.handler",
    summary: "每日 02:30 按源记录重算本季度计数并修复偏差 / Recount the open quarter and repair drift",
  },
  {
    name: "reminders",
    cron: "0 9 * * *",
    handler: "functions/src/jobs/reminders.handler",
    summary: "每日 09:00 提醒季度将尽仍未联系的对象 / Remind who is still not contacted near quarter end",
  },
  {
    name: "opinion-deadlines",
    cron: "30 8 * * *",
    handler: "functions/src/jobs/opinion-deadlines.handler",
    summary:
      "每日 08:30 提醒逾期和即将到期的意见建议,自动办结逾期未评价的答复 / Remind overdue opinions; close unrated replies",
  },
  {
    name: "quarterly-report",
    cron: "0 1 1 1,4,7,10 *",
    handler: "functions/src/jobs/quarterly-report.handler",
    summary: "每季度首日 01:00 冻结上季度数据生成季报 / Freeze the previous quarter into reports",
  },
] as const satisfies readonly Schedule[];

export type JobName = (typeof SCHEDULES)[number]["name"];

export function scheduleOf(name: string): Schedule | undefined {
  return SCHEDULES.find((s) => s.name === name);
}
