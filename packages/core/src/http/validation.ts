import { type ZodType, z } from "zod";
import { errors, type LocalizedText } from "./errors.ts";

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function text(err: ReturnType<typeof zh>): string {
  if (typeof err === "string") return err;
  return err?.message ?? "";
}

/**
 * Per-field messages in both languages. zod's built-in locales translate standard issues;
 * a schema's own message is written "中文 / English" and split here.
 */
export function fieldMessages(issues: readonly z.core.$ZodIssue[], prefix = ""): Record<string, LocalizedText> {
  const fields: Record<string, LocalizedText> = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)";
    if (fields[path]) continue;
    const english = text(en(issue as never));
    const custom = issue.message && issue.message !== english;
    if (custom) {
      const [zhPart, enPart] = issue.message.split(" / ");
      fields[path] = { zh: zhPart ?? issue.message, en: enPart ?? zhPart ?? issue.message };
    } else {
      fields[path] = { zh: text(zh(issue as never)) || english, en: english };
    }
  }
  return fields;
}

/** Parses input or throws the 400 answer with every failing field. */
export function parseInput<S extends ZodType>(schema: S, input: unknown, prefix = ""): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw errors.validation(fieldMessages(result.error.issues, prefix));
}
