// Why this file exists: turns the caller's secret key into purpose-bound HMAC keys and a deterministic random stream,
// so keyed operators are reproducible given the key and unpredictable without it (45 CFR 164.514(c)).

import { PhiscrubError, describe } from "../errors.js";
import { HmacSha256, utf8 } from "./sha256.js";

/** A secret key: raw bytes (at least 16) or a string (at least 16 UTF-8 bytes; a long random string, not a password). */
export type SecretKey = Uint8Array | string;

/** Shortest accepted key, in bytes (128 bits). */
export const MIN_KEY_BYTES = 16;

/** Validates a key and returns its bytes. `where` names the option in error messages. */
export function keyBytes(key: unknown, where = "key"): Uint8Array {
  let bytes: Uint8Array;
  if (typeof key === "string") bytes = utf8(key);
  else if (key instanceof Uint8Array) bytes = key;
  else {
    throw new PhiscrubError(
      "INVALID_KEY",
      `expected ${where} to be a Uint8Array or a string of at least ${MIN_KEY_BYTES} bytes, got ${describe(key)}`,
    );
  }
  if (bytes.length < MIN_KEY_BYTES) {
    throw new PhiscrubError(
      "INVALID_KEY",
      `expected ${where} to hold at least ${MIN_KEY_BYTES} bytes (128 bits), got ${bytes.length}`,
      { bytes: bytes.length },
    );
  }
  return bytes;
}

/**
 * Keyed material for one redact call or session: one HMAC key per purpose, derived as
 * HMAC(key, "phiscrub/v1/" + purpose), so a hash code never reveals a surrogate choice and vice versa.
 */
export class KeyRing {
  readonly hash: HmacSha256;
  readonly surrogate: HmacSha256;
  readonly dateShift: HmacSha256;

  constructor(key: Uint8Array) {
    const master = new HmacSha256(key);
    this.hash = new HmacSha256(master.macString("phiscrub/v1/hash"));
    this.surrogate = new HmacSha256(master.macString("phiscrub/v1/surrogate"));
    this.dateShift = new HmacSha256(master.macString("phiscrub/v1/dateShift"));
  }
}

/**
 * A deterministic random stream: block i = HMAC(k, seed || i). Given the same key and seed it yields the same numbers
 * on every machine; without the key they are unpredictable.
 */
export class KeyedStream {
  private readonly mac: HmacSha256;
  private readonly seed: Uint8Array;
  private block: Uint8Array;
  private pos = 0;
  private counter = 0;

  constructor(mac: HmacSha256, seed: string) {
    this.mac = mac;
    const s = utf8(seed);
    this.seed = new Uint8Array(s.length + 4);
    this.seed.set(s);
    this.block = this.next();
  }

  private next(): Uint8Array {
    const n = this.seed.length;
    const c = this.counter++;
    this.seed[n - 4] = c >>> 24;
    this.seed[n - 3] = c >>> 16;
    this.seed[n - 2] = c >>> 8;
    this.seed[n - 1] = c;
    return this.mac.mac(this.seed);
  }

  /** The first block (32 bytes): the value's keyed digest. */
  get digest(): Uint8Array {
    return this.block;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    if (this.pos + 4 > this.block.length) {
      this.block = this.next();
      this.pos = 0;
    }
    const b = this.block;
    const p = this.pos;
    this.pos += 4;
    return ((b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0;
  }

  /** A uniform integer in [0, n) (rejection sampling, no modulo bias). */
  int(n: number): number {
    if (n <= 1) return 0;
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.u32();
      if (v < limit) return v % n;
    }
  }

  /** A uniformly chosen element. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
}
