/**
 * Five-field cron expressions ("minute hour day-of-month month day-of-week") read on the
 * Asia/Shanghai clock, the way the offices think of time.
 */
const SHANGHAI_OFFSET_HOURS = 8;

function field(expr: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of expr.split(",")) {
    const [range = "*", stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    const [lo, hi] =
      range === "*" ? [min, max] : range.includes("-") ? range.split("-").map(Number) : [Number(range), Number(range)];
    if (lo === undefined || hi === undefined || Number.isNaN(lo) || Number.isNaN(hi) || !step || lo < min || hi > max) {
      throw new Error(`bad cron field "${expr}"`);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export function parseCron(cron: string) {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron "${cron}" must have 5 fields`);
  const [m = "", h = "", dom = "", mon = "", dow = ""] = parts;
  return {
    minutes: field(m, 0, 59),
    hours: field(h, 0, 23),
    days: field(dom, 1, 31),
    months: field(mon, 1, 12),
    weekdays: field(dow, 0, 6),
    anyDay: dom === "*",
    anyWeekday: dow === "*",
  };
}

/** Does the minute starting at `instant` match, on the Shanghai clock? */
export function matchesCron(cron: string, instant: Date): boolean {
  const c = parseCron(cron);
  const t = new Date(instant.getTime() + SHANGHAI_OFFSET_HOURS * 3600_000);
  const dayOk =
    c.anyDay && c.anyWeekday
      ? true
      : c.anyDay
        ? c.weekdays.has(t.getUTCDay())
        : c.anyWeekday
          ? c.days.has(t.getUTCDate())
          : c.days.has(t.getUTCDate()) || c.weekdays.has(t.getUTCDay());
  return c.minutes.has(t.getUTCMinutes()) && c.hours.has(t.getUTCHours()) && c.months.has(t.getUTCMonth() + 1) && dayOk;
}

/**
 * The same schedule as an EventBridge expression, whose clock is UTC. Supported: a fixed minute
 * and hour, with every day, or the first of given months (which becomes the last day of the month
 * before when the Shanghai hour falls on the previous UTC day). Anything else is refused rather
 * than silently scheduled at the wrong time.
 */
export function toEventBridgeCron(cron: string): string {
  const [m = "", h = "", dom = "", mon = "", dow = ""] = cron.trim().split(/\s+/);
  if (!/^\d+$/.test(m) || !/^\d+$/.test(h) || dow !== "*") throw new Error(`cron "${cron}" cannot be converted`);
  parseCron(cron);
  let hour = Number(h) - SHANGHAI_OFFSET_HOURS;
  const dayBefore = hour < 0;
  if (dayBefore) hour += 24;
  if (dom === "*" && mon === "*") return `cron(${m} ${hour} * * ? *)`;
  if (dom === "1") {
    if (!dayBefore) return `cron(${m} ${hour} 1 ${mon} ? *)`;
    const months =
      mon === "*"
        ? "*"
        : [...field(mon, 1, 12)]
            .map((x) => ((x + 10) % 12) + 1)
            .sort((a, b) => a - b)
            .join(",");
    return `cron(${m} ${hour} L ${months} ? *)`;
  }
  throw new Error(`cron "${cron}" cannot be converted`);
}
