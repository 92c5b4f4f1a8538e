// Why this file exists: authenticated encryption of exported token mappings with AES-GCM through WebCrypto
// (globalThis.crypto.subtle: Node >= 18 and every browser). WebCrypto only offers promises, so these calls are async.

import { PhiscrubError, describe } from "../errors.js";

/** An encryption key: 16 or 32 raw bytes (AES-128/256-GCM) or an AES-GCM CryptoKey allowed to encrypt/decrypt. */
export type EncryptionKey = Uint8Array | CryptoKey;

/** A copy backed by a plain ArrayBuffer (what WebCrypto's types ask for; callers may pass SharedArrayBuffer views). */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function subtle(): SubtleCrypto {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c === undefined || c.subtle === undefined || typeof c.getRandomValues !== "function") {
    throw new PhiscrubError(
      "CRYPTO_UNAVAILABLE",
      "expected WebCrypto (globalThis.crypto.subtle) to encrypt or decrypt a token mapping; this host has none " +
        "(Node >= 18 and browsers in secure contexts provide it)",
    );
  }
  return c.subtle;
}

async function importKey(key: EncryptionKey): Promise<CryptoKey> {
  if (key instanceof Uint8Array) {
    if (key.length !== 16 && key.length !== 32) {
      throw new PhiscrubError("INVALID_KEY", `expected an AES key of 16 or 32 bytes, got ${key.length}`);
    }
    return subtle().importKey("raw", own(key), { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
  }
  const ck = key as CryptoKey | null;
  if (ck !== null && typeof ck === "object" && (ck.algorithm as { name?: string } | undefined)?.name === "AES-GCM") {
    return ck;
  }
  throw new PhiscrubError(
    "INVALID_KEY",
    `expected the encryption key to be 16 or 32 raw bytes or an AES-GCM CryptoKey, got ${describe(key)}`,
  );
}

/** Encrypts `plain` with a fresh random 96-bit IV; returns iv || ciphertext+tag. `aad` binds the format version. */
export async function aesGcmEncrypt(key: EncryptionKey, plain: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const s = subtle();
  const k = await importKey(key);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await s.encrypt({ name: "AES-GCM", iv, additionalData: own(aad), tagLength: 128 }, k, own(plain)));
  const out = new Uint8Array(12 + ct.length);
  out.set(iv);
  out.set(ct, 12);
  return out;
}

/** Decrypts iv || ciphertext+tag; a wrong key or any altered byte throws DECRYPT_FAILED (never returns garbage). */
export async function aesGcmDecrypt(key: EncryptionKey, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const s = subtle();
  const k = await importKey(key);
  if (sealed.length < 12 + 16) {
    throw new PhiscrubError("INVALID_MAPPING", `expected at least 28 bytes of IV and tag, got ${sealed.length}`);
  }
  try {
    const plain = await s.decrypt(
      { name: "AES-GCM", iv: own(sealed.subarray(0, 12)), additionalData: own(aad), tagLength: 128 },
      k,
      own(sealed.subarray(12)),
    );
    return new Uint8Array(plain);
  } catch {
    throw new PhiscrubError(
      "DECRYPT_FAILED",
      "the token mapping did not decrypt: the key is not the one it was exported with, or the data was altered",
    );
  }
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url without padding (RFC 4648 section 5). */
export function toBase64Url(bytes: Uint8Array): string {
  let s = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    s += B64[v >>> 18]! + B64[(v >>> 12) & 63]! + B64[(v >>> 6) & 63]! + B64[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i]! << 16;
    s += B64[v >>> 18]! + B64[(v >>> 12) & 63]!;
  } else if (rest === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    s += B64[v >>> 18]! + B64[(v >>> 12) & 63]! + B64[(v >>> 6) & 63]!;
  }
  return s;
}

/** Decodes base64url without padding; returns undefined on any character outside the alphabet. */
export function fromBase64Url(s: string): Uint8Array | undefined {
  if (s.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64.indexOf(s[i]!);
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
