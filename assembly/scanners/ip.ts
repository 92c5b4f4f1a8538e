// Why this file exists: the IP scanner: IPv4 dotted quads (each octet <= 255) and IPv6 (eight groups, "::"
// compression, an embedded IPv4 tail), with edges that refuse longer dotted numbers and clock times.

import { ENTITY_IP, REASON_IPV4, REASON_IPV6 } from "../abi";
import { emit } from "../matches";
import { at, before, digitsEnd, isDigit, isHex, isWordish, numValue } from "./util";

/** End of an IPv4 dotted quad at s, or 0. */
function ipv4End(s: u32): u32 {
  let p = s;
  for (let k = 0; k < 4; k++) {
    const d = digitsEnd(p);
    if (d == p || (d - p > 3 || numValue(p, d) > 255)) return 0;
    p = d;
    if (k < 3) {
      if (at(p) != 0x2e || !isDigit(at(p + 1))) return 0;
      p++;
    }
  }
  return p;
}

/** Called at the first digit `ts` of a clean numeric token: emits an IPv4 finding and returns its end, or 0. */
export function scanIpv4(ts: u32): u32 {
  const e = ipv4End(ts);
  if (e == 0) return 0;
  if (isWordish(at(e)) || (at(e) == 0x2e && isDigit(at(e + 1)))) return 0;
  const b = before(ts);
  if (b == 0x2e && isDigit(before(ts - 1))) return 0;
  emit(ts, e, ENTITY_IP, REASON_IPV4, 950);
  return e;
}

/**
 * IPv6 starting at the token start s (hex digits or ':'). Emits and returns its end, or 0. Needs eight groups, or "::"
 * with fewer; a trailing dotted quad counts as two groups.
 */
export function scanIpv6(s: u32): u32 {
  if (s > 0 && (isWordish(before(s)) || before(s) == 0x3a)) return 0;
  let p = s;
  let groupsSeen: u32 = 0;
  let compressed = false;
  let hexLetters = false;
  let end: u32 = 0;
  if (at(p) == 0x3a) {
    if (at(p + 1) != 0x3a) return 0;
    compressed = true;
    p += 2;
    end = p;
  }
  while (groupsSeen < 8) {
    // an embedded IPv4 tail
    if (groupsSeen <= 6 && (compressed || groupsSeen == 6)) {
      const v4 = ipv4End(p);
      if (v4 != 0) {
        groupsSeen += 2;
        end = v4;
        break;
      }
    }
    let q = p;
    while (q < p + 4 && isHex(at(q))) {
      if (!isDigit(at(q))) hexLetters = true;
      q++;
    }
    if (q == p) break;
    if (isHex(at(q)) || (isWordish(at(q)) && at(q) != 0x3a)) return 0;
    groupsSeen++;
    end = q;
    p = q;
    if (at(p) != 0x3a) break;
    if (at(p + 1) == 0x3a) {
      if (compressed) return 0;
      compressed = true;
      p += 2;
      end = p;
      continue;
    }
    if (!isHex(at(p + 1))) break;
    p++;
  }
  if (end == 0) return 0;
  if (!(groupsSeen == 8 || (compressed && (groupsSeen >= 1 && groupsSeen <= 7)))) return 0;
  if (compressed && (groupsSeen < 3 && !hexLetters)) return 0; // "10::30" is more likely a typo than an address
  if (isWordish(at(end))) return 0;
  emit(s, end, ENTITY_IP, REASON_IPV6, 950);
  return end;
}
