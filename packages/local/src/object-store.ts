import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { allowBrowserUploads, createPhotoStore } from "@liaison/core";
import S3rver from "s3rver";

/** The local photo bucket's name (in AWS the Storage stack names the bucket). */
export const LOCAL_PHOTO_BUCKET = "liaison-photos";

export interface ObjectStore {
  endpoint: string;
  bucket: string;
  /** Lets these browser origins PUT presigned uploads and GET photos (the web app's own origin). */
  allowOrigins(origins: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a real S3-compatible server (s3rver) on loopback, keeping objects as files under
 * `directory`, so photos survive a restart; the handlers reach it through the same AWS SDK
 * calls they make against S3.
 */
export async function startObjectStore(options: { directory: string; port?: number }): Promise<ObjectStore> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port ?? 0,
    directory: options.directory,
    silent: true,
    configureBuckets: [{ name: LOCAL_PHOTO_BUCKET, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    bucket: LOCAL_PHOTO_BUCKET,
    async allowOrigins(origins) {
      const store = createPhotoStore({ bucket: LOCAL_PHOTO_BUCKET, endpoint, region: "us-east-1" });
      try {
        await allowBrowserUploads(store, origins);
      } finally {
        store.s3.destroy();
      }
    },
    close: () => {
      closing ??= server.close();
      return closing;
    },
  };
}
