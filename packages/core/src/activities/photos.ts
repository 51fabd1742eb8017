import { randomUUID } from "node:crypto";
import type { Caller } from "../auth/claims.ts";
import type { Db } from "../db/client.ts";
import {
  deleteObject,
  headObject,
  moveObject,
  type PhotoStore,
  pendingKey,
  presignDownload,
  presignUpload,
  readHead,
  storedKey,
} from "../files/photo-store.ts";
import { looksLike, SIGNATURE_BYTES } from "../files/photo-types.ts";
import { AppError, type LocalizedText } from "../http/errors.ts";
import { requireOrganiser } from "./audience.ts";
import { requireActivity, requireSessionOf } from "./lookup.ts";

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** How long an upload URL stays valid; an unused upload is removed by the bucket's lifecycle rule. */
export const UPLOAD_URL_SECONDS = 15 * 60;
/** How long a photo's display URL stays valid. */
export const VIEW_URL_SECONDS = 60 * 60;

const WRONG_TYPE: LocalizedText = {
  zh: "照片只能是 JPEG、PNG 或 WebP 格式",
  en: "A photo must be a JPEG, PNG or WebP image",
};
const TOO_LARGE: LocalizedText = {
  zh: `照片不能超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`,
  en: `A photo can be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB`,
};

/** Refuses a declared type or size before any upload URL is handed out. */
export function checkPhotoDeclaration(contentType: string, size: number): void {
  const fields: Record<string, LocalizedText> = {};
  if (!(PHOTO_TYPES as readonly string[]).includes(contentType)) fields.contentType = WRONG_TYPE;
  if (size > PHOTO_MAX_BYTES) fields.size = TOO_LARGE;
  if (Object.keys(fields).length > 0) {
    throw new AppError(400, "photo_rejected", fields.contentType ?? TOO_LARGE, { fields });
  }
}

/** The organiser asks to upload one photo of a session: a presigned PUT, valid for a while. */
export async function requestPhotoUpload(
  db: Db,
  store: PhotoStore,
  caller: Caller,
  activityId: string,
  input: { sessionId: string; contentType: string; size: number },
  now = new Date(),
) {
  checkPhotoDeclaration(input.contentType, input.size);
  await requireActivity(db, activityId);
  const session = await requireSessionOf(db, activityId, input.sessionId);
  await requireOrganiser(db, caller, session);
  const photoId = `f${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const { url, headers } = await presignUpload(
    store,
    pendingKey(activityId, photoId),
    input.contentType,
    input.size,
    UPLOAD_URL_SECONDS,
  );
  return {
    photoId,
    uploadUrl: url,
    method: "PUT" as const,
    headers,
    expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
    maxBytes: PHOTO_MAX_BYTES,
  };
}

/**
 * Checks each uploaded photo (present, an allowed type by its bytes, within the size limit) and
 * moves it from the upload area into the activity's photos. A photo already moved (a retry) is
 * accepted as it is; a refused upload is deleted and the whole request answers 400.
 */
export async function acceptPhotos(store: PhotoStore, activityId: string, photoIds: readonly string[]): Promise<void> {
  const fields: Record<string, LocalizedText> = {};
  const ready: string[] = [];
  for (const [i, id] of photoIds.entries()) {
    const field = `photoIds.${i}`;
    const pending = await headObject(store, pendingKey(activityId, id));
    if (!pending) {
      if (await headObject(store, storedKey(activityId, id))) continue;
      fields[field] = {
        zh: "照片未上传或上传已过期,请重新上传",
        en: "The photo was not uploaded or has expired; upload it again",
      };
      continue;
    }
    const head = await readHead(store, pendingKey(activityId, id), SIGNATURE_BYTES);
    if (!(PHOTO_TYPES as readonly string[]).includes(pending.contentType) || !looksLike(pending.contentType, head)) {
      fields[field] = WRONG_TYPE;
    } else if (pending.size > PHOTO_MAX_BYTES) {
      fields[field] = TOO_LARGE;
    } else {
      ready.push(id);
      continue;
    }
    await deleteObject(store, pendingKey(activityId, id));
  }
  if (Object.keys(fields).length > 0) {
    const first = Object.values(fields)[0] ?? WRONG_TYPE;
    throw new AppError(400, "photo_rejected", first, { fields });
  }
  for (const id of ready) await moveObject(store, pendingKey(activityId, id), storedKey(activityId, id));
}

/** Display URLs of stored photos. */
export async function photoViews(store: PhotoStore, activityId: string, photoIds: readonly string[]) {
  return Promise.all(
    photoIds.map(async (id) => ({
      id,
      url: await presignDownload(store, storedKey(activityId, id), VIEW_URL_SECONDS),
    })),
  );
}
