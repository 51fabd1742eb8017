import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI } from "jose";

type CryptoKey = Awaited<ReturnType<typeof importSPKI>>;

export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
}

const ALG = "RS256";
const cache = new Map<string, Promise<SigningKeys>>();

async function loadOrCreate(dir: string): Promise<SigningKeys> {
  const privatePath = join(dir, "jwt-private.pem");
  const publicPath = join(dir, "jwt-public.pem");
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
    writeFileSync(privatePath, await exportPKCS8(pair.privateKey), { mode: 0o600 });
    writeFileSync(publicPath, await exportSPKI(pair.publicKey));
  }
  const publicPem = readFileSync(publicPath, "utf8");
  return {
    privateKey: await importPKCS8(readFileSync(privatePath, "utf8"), ALG),
    publicKey: await importSPKI(publicPem, ALG),
    kid: Buffer.from(publicPem).toString("base64url").slice(-16),
  };
}

/**
 * The local sign-in key pair, kept under the data folder so tokens survive a restart.
 * The folder comes from LOCAL_AUTH_DIR, which the local runtime sets before any handler runs.
 */
export function signingKeys(dir = process.env.LOCAL_AUTH_DIR): Promise<SigningKeys> {
  if (!dir) throw new Error("LOCAL_AUTH_DIR is not set: local sign-in runs only inside the local runtime");
  let keys = cache.get(dir);
  if (!keys) {
    keys = loadOrCreate(dir);
    cache.set(dir, keys);
  }
  return keys;
}
