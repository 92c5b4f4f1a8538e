// Why this file exists: checks the pure-TS SHA-256/HMAC against Node's OpenSSL (an independent oracle), and the
// AES-GCM mapping encryption: round trip, wrong key and altered data give typed errors, never garbage.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hmacSha256, sha256, toHex } from "../src/crypto/sha256.js";
import { aesGcmDecrypt, aesGcmEncrypt, fromBase64Url, toBase64Url } from "../src/crypto/aesgcm.js";
import { keyBytes } from "../src/crypto/keys.js";
import { PhiscrubError } from "../src/errors.js";

const bytes = (max: number) => fc.uint8Array({ maxLength: max });

describe("SHA-256 and HMAC-SHA-256 (pure TS) agree with node:crypto", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
  ])("FIPS 180-4 vector %#", (msg, hex) => {
    expect(toHex(sha256(new TextEncoder().encode(msg)))).toBe(hex);
  });

  it("sha256 of random messages (0-300 bytes: every padding case)", () => {
    fc.assert(
      fc.property(bytes(300), (m) => {
        expect(toHex(sha256(m))).toBe(createHash("sha256").update(m).digest("hex"));
      }),
      { numRuns: 300 },
    );
  });

  it("HMAC with short, 64-byte and long keys", () => {
    fc.assert(
      fc.property(bytes(150), bytes(200), (k, m) => {
        expect(toHex(hmacSha256(k, m))).toBe(createHmac("sha256", k).update(m).digest("hex"));
      }),
      { numRuns: 200 },
    );
  });
});

describe("keys", () => {
  it.each([
    [undefined, "INVALID_KEY"],
    [12345, "INVALID_KEY"],
    ["short", "INVALID_KEY"],
    [new Uint8Array(15), "INVALID_KEY"],
  ])("rejects %s", (k, code) => {
    expect(() => keyBytes(k)).toThrowError(expect.objectContaining({ code }));
  });
  it("accepts 16 bytes or a 16-byte string", () => {
    expect(keyBytes(new Uint8Array(16)).length).toBe(16);
    expect(keyBytes("0123456789abcdef").length).toBe(16);
  });
});

describe("AES-GCM (WebCrypto)", () => {
  const aad = new TextEncoder().encode("aad");
  it("base64url round trip", () => {
    fc.assert(
      fc.property(bytes(100), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
      }),
    );
    expect(fromBase64Url("ab$d")).toBeUndefined();
  });

  it("round trip with 16- and 32-byte keys; the wrong key throws DECRYPT_FAILED", async () => {
    for (const n of [16, 32]) {
      const key = new Uint8Array(randomBytes(n));
      const other = new Uint8Array(randomBytes(n));
      const plain = new TextEncoder().encode("Jane Doe 123-45-6789");
      const sealed = await aesGcmEncrypt(key, plain, aad);
      expect(await aesGcmDecrypt(key, sealed, aad)).toEqual(plain);
      await expect(aesGcmDecrypt(other, sealed, aad)).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
      const altered = sealed.slice();
      altered[20] = altered[20]! ^ 1;
      await expect(aesGcmDecrypt(key, altered, aad)).rejects.toMatchObject({ code: "DECRYPT_FAILED" });
      await expect(aesGcmDecrypt(key, sealed, new TextEncoder().encode("other"))).rejects.toBeInstanceOf(PhiscrubError);
    }
  });

  it("rejects keys of other sizes", async () => {
    await expect(aesGcmEncrypt(new Uint8Array(20), new Uint8Array(1), aad)).rejects.toMatchObject({ code: "INVALID_KEY" });
  });
});
