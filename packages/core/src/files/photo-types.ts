/** Uploads land under this prefix; the bucket's lifecycle rule deletes what is never used. */
export const PENDING_PREFIX = "pending/";
export const STORED_PREFIX = "photos/";

/** The photo types accepted, each with the bytes its files begin with. */
export const PHOTO_SIGNATURES: Record<string, (head: Uint8Array) => boolean> = {
  "image/jpeg": (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  "image/png": (h) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => h[i] === byte),
  "image/webp": (h) =>
    String.fromCharCode(...h.slice(0, 4)) === "RIFF" && String.fromCharCode(...h.slice(8, 12)) === "WEBP",
};

/** How many leading bytes the signature checks read. */
export const SIGNATURE_BYTES = 12;

/** True when the bytes really are a file of the declared type. */
export function looksLike(contentType: string, head: Uint8Array): boolean {
  return PHOTO_SIGNATURES[contentType]?.(head) ?? false;
}
