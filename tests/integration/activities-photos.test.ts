import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personIdOf } from "../../packages/core/src/people/repository.ts";
import { api, login, startTestPlatform, type TestPlatform } from "../support/platform.ts";

const HOUR = 3_600_000;

/** The first bytes of a PNG file, then some payload: enough for the server's type check. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);

let platform: TestPlatform;
let office: string;
let town: string;
let seq = 0;
const key = () => `photos-test-${Date.now()}-${seq++}`;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

async function start(dataDir?: string) {
  platform = await startTestPlatform(dataDir ? { dataDir } : {});
  office = await login(platform.url, "office");
  town = await login(platform.url, "town");
}

beforeAll(() => start(), 60_000);
afterAll(() => platform?.dispose());

const post = <T = Record<string, unknown>>(token: string, path: string, body: unknown) =>
  api<T>(platform.url, path, { token, body, headers: { "idempotency-key": key() } });

async function activityWithSession(): Promise<{ id: string; sessionId: string }> {
  const created = await post<{ id: string }>(office, "/activities", {
    theme: "照片与成果",
    description: "记录成果。",
    type: "forum",
    startsAt: at(-2 * HOUR),
    endsAt: at(48 * HOUR),
    targetUnitIds: ["620121100"],
  });
  await api(platform.url, `/activities/${created.body.id}/publish`, { token: office, method: "POST" });
  const session = await post<{ id: string }>(town, `/activities/${created.body.id}/sessions`, {
    startsAt: at(-HOUR),
    endsAt: at(HOUR),
    place: "城关镇会议室",
  });
  expect(session.status).toBe(201);
  return { id: created.body.id, sessionId: session.body.id };
}

async function upload(activityId: string, sessionId: string, bytes: Buffer, contentType: string): Promise<string> {
  const grant = await post<{ photoId: string; uploadUrl: string; headers: Record<string, string> }>(
    town,
    `/activities/${activityId}/photos`,
    { sessionId, contentType, size: bytes.length },
  );
  expect(grant.status, JSON.stringify(grant.body)).toBe(201);
  const put = await fetch(grant.body.uploadUrl, { method: "PUT", headers: grant.body.headers, body: bytes });
  expect(put.status, await put.text()).toBe(200);
  return grant.body.photoId;
}

describe("activity photos", () => {
  it("refuses a photo of the wrong type or over the limit with a clear error", async () => {
    const { id, sessionId } = await activityWithSession();
    const pdf = await post(town, `/activities/${id}/photos`, { sessionId, contentType: "application/pdf", size: 1000 });
    expect(pdf.status).toBe(400);
    expect(pdf.body).toMatchObject({
      error: {
        code: "photo_rejected",
        message: "照片只能是 JPEG、PNG 或 WebP 格式 / A photo must be a JPEG, PNG or WebP image",
      },
    });
    const big = await post(town, `/activities/${id}/photos`, {
      sessionId,
      contentType: "image/jpeg",
      size: 6 * 1024 * 1024,
    });
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({
      error: { code: "photo_rejected", fields: { size: { zh: "照片不能超过 5 MB" } } },
    });

    // Declared a PNG, but the bytes are not one: refused when the outcome names it, and deleted.
    const fake = await upload(id, sessionId, Buffer.from("这不是图片,只是文字"), "image/png");
    const outcome = await post(town, `/activities/${id}/outcomes`, {
      sessionId,
      summary: "座谈一次。",
      publicReached: 10,
      photoIds: [fake],
    });
    expect(outcome.status).toBe(400);
    expect(outcome.body).toMatchObject({
      error: { code: "photo_rejected", fields: { "photoIds.0": { en: expect.stringContaining("JPEG") } } },
    });

    // Only the session's organisers may upload.
    const delegate = await login(platform.url, "delegate");
    const denied = await post(delegate, `/activities/${id}/photos`, { sessionId, contentType: "image/png", size: 10 });
    expect(denied.status).toBe(403);
  });

  it("stores photos through presigned uploads and keeps them across a restart", async () => {
    const { id, sessionId } = await activityWithSession();
    const photoId = await upload(id, sessionId, PNG, "image/png");
    const outcome = await post<{ photos: { id: string; url: string }[]; opinions: { opinionId?: string }[] }>(
      town,
      `/activities/${id}/outcomes`,
      {
        sessionId,
        summary: "座谈会听取了 30 位群众的意见。",
        publicReached: 30,
        photoIds: [photoId],
        opinions: [{ title: "社区路灯不亮", content: "东街社区路灯坏了三个月,希望尽快维修。" }],
      },
    );
    expect(outcome.status, JSON.stringify(outcome.body)).toBe(201);
    expect(outcome.body.photos).toHaveLength(1);
    expect(outcome.body.opinions[0]?.opinionId).toMatch(/^o/);
    const first = await fetch(outcome.body.photos[0]?.url ?? "");
    expect(Buffer.from(await first.arrayBuffer()).equals(PNG)).toBe(true);

    const dataDir = platform.dataDir;
    await platform.close();
    await start(dataDir);

    const detail = await api<{ outcomes: { photos: { id: string; url: string }[] }[] }>(
      platform.url,
      `/activities/${id}`,
      { token: town },
    );
    expect(detail.status).toBe(200);
    const url = detail.body.outcomes[0]?.photos[0]?.url ?? "";
    const again = await fetch(url);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(PNG)).toBe(true);
    expect(personIdOf("YD0101")).toMatch(/^p/);
  });
});
