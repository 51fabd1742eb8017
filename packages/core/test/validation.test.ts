import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseInput } from "../src/index.ts";

describe("parseInput", () => {
  const schema = z.object({
    title: z.string().min(2),
    count: z.number().int(),
    phone: z.string().regex(/^1\d{10}$/, { error: "手机号格式不正确 / Malformed phone number" }),
  });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { title: "ok", count: 1, phone: "13800000000" })).toEqual({
      title: "ok",
      count: 1,
      phone: "13800000000",
    });
  });

  it("throws 400 with every bad field in Chinese and English", () => {
    let caught: unknown;
    try {
      parseInput(schema, { title: "x", count: "1", phone: "123" });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.status).toBe(400);
    expect(error.toBody().error.code).toBe("validation_failed");
    const fields = error.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(["count", "phone", "title"]);
    expect(fields.phone).toEqual({ zh: "手机号格式不正确", en: "Malformed phone number" });
    expect(fields.title?.en).toMatch(/too small/i);
    expect(fields.title?.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(fields.count?.en).toMatch(/expected number, received string/);
  });

  it("names nested and prefixed paths", () => {
    const nested = z.object({ person: z.object({ name: z.string() }) });
    try {
      parseInput(nested, { person: {} }, "body");
      expect.unreachable();
    } catch (err) {
      expect(Object.keys((err as AppError).fields ?? {})).toEqual(["body.person.name"]);
    }
  });
});
