import { z } from "zod";
import { hasControlCharacters } from "../http/text.ts";

/**
 * Field rules of opinion forms. Titles and names are plain text: markup, emoji and look-alike
 * script mixing are refused. The content is free text (people quote and paste), kept verbatim
 * and only ever shown as text.
 */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** A word that mixes Latin with Cyrillic or Greek letters is a look-alike, not a real word. */
const MIXED_WORD = /(?=[^\s]*\p{Script=Latin})(?=[^\s]*[\p{Script=Cyrillic}\p{Script=Greek}])[^\s]+/u;

type Label = { zh: string; en: string };
const msg = (zh: string, en: string) => `${zh} / ${en}`;

const required = (label: Label, max: number) =>
  z
    .string({ error: msg(`${label.zh}应为文字`, `${label.en} must be text`) })
    .trim()
    .min(1, { error: msg(`请填写${label.zh}`, `${label.en} is required`) })
    .max(max, { error: msg(`${label.zh}不超过 ${max} 字`, `${label.en}: at most ${max} characters`) })
    .refine((s) => !hasControlCharacters(s), {
      error: msg(`${label.zh}含有不可见的控制字符`, `${label.en} contains control characters`),
    });

const noEmoji = (label: Label) => (s: z.ZodString | z.ZodType<string>) =>
  s.refine((v) => !EMOJI.test(v), { error: msg(`${label.zh}不能包含表情符号`, `${label.en} must not contain emoji`) });

/** A short plain-text line: a title, a reason. */
export const plainLine = (label: Label, max: number) =>
  noEmoji(label)(required(label, max))
    .refine((v) => !MARKUP.test(v), {
      error: msg(`${label.zh}不能包含 HTML 标签`, `${label.en} must not contain HTML tags`),
    })
    .refine((v) => !MIXED_WORD.test(v), {
      error: msg(`${label.zh}含有混用的外文字母`, `${label.en} mixes look-alike letters of different scripts`),
    });

/** Free text kept verbatim (markup included, shown as text); no emoji, no control characters. */
export const freeText = (label: Label, max: number) => noEmoji(label)(required(label, max));

const NAME_SCRIPTS = [
  /^[\p{Script=Han}·•]+$/u,
  /^[\p{Script=Latin} .'-]+$/u,
  /^[\p{Script=Tibetan} ་]+$/u,
  /^[\p{Script=Arabic} ]+$/u,
];

/** A person's name in one script (Han, Latin, Tibetan or Arabic), no digits, markup or emoji. */
export const personNameSchema = required({ zh: "姓名", en: "Name" }, 30).refine(
  (v) => NAME_SCRIPTS.some((re) => re.test(v)),
  { error: msg("姓名只能使用同一种文字,不含数字或符号", "A name uses letters of one script, no digits or symbols") },
);

/** Mainland mobile (11 digits) or landline with area code; spaces and dashes are ignored. */
export const contactPhoneSchema = z
  .string({ error: msg("电话应为文字", "Phone must be text") })
  .trim()
  .transform((s) => s.replace(/[\s-]/g, ""))
  .refine((s) => /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/.test(s), {
    error: msg("请填写正确的手机号或带区号的固定电话", "Enter a mainland mobile number or a landline with area code"),
  });

/** Text equal up to spacing, punctuation and letter case is the same text (duplicate check). */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}
