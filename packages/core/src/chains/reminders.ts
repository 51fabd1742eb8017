import type { Db } from "../db/client.ts";
import { notify } from "../notifications/service.ts";
import { quarterOf, shanghaiDate } from "../time/quarter.ts";
import { listUnits } from "../units/repository.ts";
import { coverageOf } from "./coverage.ts";
import { quarterDays } from "./figures.ts";

const DAY_MS = 86_400_000;

/**
 * With `daysLeft` days or fewer left in the quarter, each responsible person with people not yet
 * contacted gets a notification, and so does the office of each unit that has any. Running it
 * twice on one day notifies once.
 */
export async function remindUncontacted(db: Db, now = new Date(), daysLeft = 14) {
  const quarter = quarterOf(now);
  const { last } = quarterDays(quarter);
  const left = Math.round((Date.parse(last) - Date.parse(shanghaiDate(now))) / DAY_MS);
  if (left > daysLeft) return { quarter, daysLeft: left, skipped: true, people: 0, units: 0 };
  const perPerson = new Map<string, number>();
  let units = 0;
  for (const unit of await listUnits(db)) {
    const coverage = await coverageOf(db, unit, quarter, { subtree: false });
    if (coverage.notContacted.length === 0) continue;
    for (const item of coverage.notContacted) {
      for (const id of item.responsibleIds) perPerson.set(id, (perPerson.get(id) ?? 0) + 1);
    }
    const n = coverage.notContacted.length;
    if (
      await notify(
        db,
        { unit: unit.id },
        {
          kind: "contact-reminder",
          dedupKey: quarter,
          title: { zh: "季度联系提醒", en: "Quarterly contact reminder" },
          body: {
            zh: `本单位有 ${n} 个联系对象本季度尚未被联系,距季度结束还有 ${left} 天。`,
            en: `${n} people or groups in this unit have not been contacted this quarter; ${left} days left.`,
          },
          link: "/coverage",
        },
        now,
      )
    ) {
      units++;
    }
  }
  let people = 0;
  for (const [personId, n] of perPerson) {
    const sent = await notify(
      db,
      { person: personId },
      {
        kind: "contact-reminder",
        dedupKey: quarter,
        title: { zh: "季度联系提醒", en: "Quarterly contact reminder" },
        body: {
          zh: `您负责联系的对象中有 ${n} 个本季度尚未联系,距季度结束还有 ${left} 天。`,
          en: `${n} of the people or groups you keep in touch with have not been contacted this quarter; ${left} days left.`,
        },
        link: "/my/people",
      },
      now,
    );
    if (sent) people++;
  }
  return { quarter, daysLeft: left, skipped: false, people, units };
}
