import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketCorsCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { PENDING_PREFIX, STORED_PREFIX } from "./photo-types.ts";

/**
 * Where activity photos live. In AWS the Api stack sets PHOTO_BUCKET; locally the runtime also
 * sets S3_ENDPOINT to its S3-compatible server. The same SDK calls run in both places.
 */
export interface PhotoStoreConfig {
  bucket: string;
  endpoint?: string;
  region: string;
}

export function photoStoreConfig(env: NodeJS.ProcessEnv = process.env): PhotoStoreConfig {
  return {
    bucket: env.PHOTO_BUCKET ?? "",
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.AWS_REGION ?? "cn-northwest-1",
  };
}

export interface PhotoStore {
  s3: S3Client;
  bucket: string;
}

/** The local S3 server's fixed credentials (it accepts no others). */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export function createPhotoStore(config: PhotoStoreConfig = photoStoreConfig()): PhotoStore {
  const s3 = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS } : {}),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 10_000 },
  });
  return { s3, bucket: config.bucket };
}

let shared: PhotoStore | undefined;
let sharedKey = "";

/** The process-wide store; rebuilt only when the environment points somewhere else. */
export function photoStore(): PhotoStore {
  const config = photoStoreConfig();
  const key = `${config.bucket}|${config.endpoint ?? ""}|${config.region}`;
  if (!shared || key !== sharedKey) {
    shared?.s3.destroy();
    shared = createPhotoStore(config);
    sharedKey = key;
  }
  return shared;
}

export const pendingKey = (folder: string, id: string) => `${PENDING_PREFIX}${folder}/${id}`;
export const storedKey = (folder: string, id: string) => `${STORED_PREFIX}${folder}/${id}`;

/** A presigned PUT for one upload: the content type and length are signed, so S3 refuses others. */
export async function presignUpload(
  store: PhotoStore,
  key: string,
  contentType: string,
  size: number,
  expiresInSeconds: number,
): Promise<{ url: string; headers: Record<string, string> }> {
  const command = new PutObjectCommand({
    Bucket: store.bucket,
    Key: key,
    ContentType: contentType,
    ContentLength: size,
  });
  const url = await getSignedUrl(store.s3, command, {
    expiresIn: expiresInSeconds,
    signableHeaders: new Set(["content-type", "content-length"]),
  });
  return { url, headers: { "content-type": contentType } };
}

/** A presigned GET, for showing a stored photo for a while. */
export async function presignDownload(store: PhotoStore, key: string, expiresInSeconds: number): Promise<string> {
  return getSignedUrl(store.s3, new GetObjectCommand({ Bucket: store.bucket, Key: key }), {
    expiresIn: expiresInSeconds,
  });
}

const isMissing = (err: unknown) =>
  err instanceof Error &&
  (err.name === "NotFound" ||
    err.name === "NoSuchKey" ||
    (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404);

/** An object's size and type, or undefined when there is none. */
export async function headObject(
  store: PhotoStore,
  key: string,
): Promise<{ size: number; contentType: string } | undefined> {
  try {
    const res = await store.s3.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }));
    return { size: res.ContentLength ?? 0, contentType: (res.ContentType ?? "").toLowerCase() };
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

/** The first bytes of an object (a ranged GET), to check what the file really is. */
export async function readHead(store: PhotoStore, key: string, bytes: number): Promise<Uint8Array> {
  const res = await store.s3.send(
    new GetObjectCommand({ Bucket: store.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
  );
  const body = await res.Body?.transformToByteArray();
  return (body ?? new Uint8Array()).slice(0, bytes);
}

/** The whole object, for tests and checks. */
export async function readObject(store: PhotoStore, key: string): Promise<Uint8Array | undefined> {
  try {
    const res = await store.s3.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
    return (await res.Body?.transformToByteArray()) ?? new Uint8Array();
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

/** Moves an object (copy, then delete the source); repeating it after success changes nothing. */
export async function moveObject(store: PhotoStore, from: string, to: string): Promise<void> {
  await store.s3.send(
    new CopyObjectCommand({ Bucket: store.bucket, Key: to, CopySource: `${store.bucket}/${encodeURI(from)}` }),
  );
  await deleteObject(store, from);
}

export async function deleteObject(store: PhotoStore, key: string): Promise<void> {
  await store.s3.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: key }));
}

/**
 * CORS for the local bucket: the web app's origins may PUT presigned uploads and GET photos.
 * (In AWS the Storage stack sets the bucket's CORS rules.)
 */
export async function allowBrowserUploads(store: PhotoStore, origins: readonly string[]): Promise<void> {
  await store.s3.send(
    new PutBucketCorsCommand({
      Bucket: store.bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: [...origins],
            AllowedMethods: ["PUT", "GET"],
            AllowedHeaders: ["content-type"],
            MaxAgeSeconds: 3600,
          },
        ],
      },
    }),
  );
}
