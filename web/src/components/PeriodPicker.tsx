import { Select } from "antd";
import { useLanguage } from "../language.tsx";
import { recentQuarters } from "../time.ts";

/** How far back the pickers offer quarters. */
const OFFERED = 20;

/** The quarters a picker offers, newest first, with `also` added when it is older. */
export function quarterOptions(also: string[] = [], count = OFFERED): string[] {
  const quarters = recentQuarters(count);
  for (const q of also) if (!quarters.includes(q)) quarters.push(q);
  return quarters.sort().reverse();
}

/** One quarter. */
export function QuarterPicker({
  value,
  onChange,
  label,
  options,
  disabled,
  id,
  testId,
}: {
  id?: string;
  value: string;
  onChange: (quarter: string) => void;
  label: string;
  options: string[];
  disabled?: (quarter: string) => boolean;
  testId?: string;
}) {
  const { t } = useLanguage();
  return (
    <Select
      id={id}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options.map((q) => ({ value: q, label: t.quarterLabel(q), disabled: disabled?.(q) }))}
      className="quarter-picker"
      data-testid={testId}
    />
  );
}

/** A period of whole quarters: from and to (the pages check the order and the length). */
export function PeriodPicker({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
}) {
  const { t } = useLanguage();
  const options = quarterOptions([from, to]);
  return (
    <span className="period-picker">
      <label className="inline-field" htmlFor="period-from">
        <span>{t.stats.from}</span>
        <QuarterPicker
          id="period-from"
          label={t.stats.from}
          value={from}
          options={options}
          disabled={(q) => q > to}
          onChange={(next) => onChange({ from: next, to })}
          testId="period-from"
        />
      </label>
      <label className="inline-field" htmlFor="period-to">
        <span>{t.stats.to}</span>
        <QuarterPicker
          id="period-to"
          label={t.stats.to}
          value={to}
          options={options}
          disabled={(q) => q < from}
          onChange={(next) => onChange({ from, to: next })}
          testId="period-to"
        />
      </label>
    </span>
  );
}
