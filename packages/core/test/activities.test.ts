import { describe, expect, it } from "vitest";
import { personInAudience, unitInTargets } from "../src/activities/audience.ts";
import { CHECKIN_OPENS_BEFORE_MS, checkinOpen, codeMatches, newCheckinCode } from "../src/activities/checkin-code.ts";
import { checkPhotoDeclaration, PHOTO_MAX_BYTES } from "../src/activities/photos.ts";
import { createPhotoStore, presignUpload } from "../src/files/photo-store.ts";
import { looksLike } from "../src/files/photo-types.ts";
import { AppError } from "../src/http/errors.ts";

describe("check-in codes", () => {
  it("are six digits and compare exactly, ignoring typed spaces", () => {
    for (let i = 0; i < 50; i++) expect(newCheckinCode()).toMatch(/^\d{6}$/);
    expect(codeMatches("012345", "012 345")).toBe(true);
    expect(codeMatches("012345", "012346")).toBe(false);
    expect(codeMatches("012345", "12345")).toBe(false);
  });

  it("are valid from shortly before the session starts until it ends", () => {
    const session = { startsAt: "2026-05-01T02:00:00.000Z", endsAt: "2026-05-01T04:00:00.000Z" };
    const start = Date.parse(session.startsAt);
    expect(checkinOpen(session, new Date(start - CHECKIN_OPENS_BEFORE_MS - 1))).toBe(false);
    expect(checkinOpen(session, new Date(start - CHECKIN_OPENS_BEFORE_MS))).toBe(true);
    expect(checkinOpen(session, new Date(session.endsAt))).toBe(true);
    expect(checkinOpen(session, new Date(Date.parse(session.endsAt) + 1))).toBe(false);
  });
});

describe("activity audience", () => {
  const activity = { targetUnitIds: ["620121"], targetRoles: ["delegate" as const] };
  it("takes in the target units' subtrees and the target roles, active people only", () => {
    const town = { path: "620000/620100/620121/620121100" };
    const sibling = { path: "620000/620100/6201210" };
    expect(unitInTargets(activity, town)).toBe(true);
    expect(unitInTargets(activity, sibling)).toBe(false);
    expect(personInAudience(activity, { roles: ["delegate", "member"], status: "active" }, town)).toBe(true);
    expect(personInAudience(activity, { roles: ["member"], status: "active" }, town)).toBe(false);
    expect(personInAudience(activity, { roles: ["delegate"], status: "suspended" }, town)).toBe(false);
  });
});

describe("photos", () => {
  it("refuses a wrong type or an oversize photo before any upload", () => {
    expect(() => checkPhotoDeclaration("image/png", PHOTO_MAX_BYTES)).not.toThrow();
    const wrong = (() => {
      try {
        checkPhotoDeclaration("image/gif", 10);
      } catch (err) {
        return err;
      }
    })();
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as AppError).fields?.contentType?.en).toContain("JPEG, PNG or WebP");
    expect(() => checkPhotoDeclaration("image/jpeg", PHOTO_MAX_BYTES + 1)).toThrow(/5 MB/);
  });

  it("recognises files by their first bytes", () => {
    expect(looksLike("image/jpeg", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(looksLike("image/png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(looksLike("image/webp", new TextEncoder().encode("RIFF\0\0\0\0WEBP"))).toBe(true);
    expect(looksLike("image/png", new TextEncoder().encode("<svg></svg>"))).toBe(false);
  });

  it("signs the content type and length into an upload URL", async () => {
    const store = createPhotoStore({ bucket: "photos", endpoint: "http://127.0.0.1:9", region: "us-east-1" });
    const { url, headers } = await presignUpload(store, "pending/a/f1", "image/png", 1234, 900);
    const signed = new URL(url).searchParams.get("X-Amz-SignedHeaders") ?? "";
    expect(signed.split(";")).toEqual(expect.arrayContaining(["content-length", "content-type", "host"]));
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("900");
    expect(headers).toEqual({ "content-type": "image/png" });
    store.s3.destroy();
  });
});
