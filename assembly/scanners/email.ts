// Why this file exists: the EMAIL scanner: local@domain.tld (woken by '@') and the obfuscated "name [at] host [dot] com"
// / "name(at)host(dot)com" (woken by '[' or '('), during the automaton pass; regex-free.

import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { at, skipBlanks, skipBlanksBack, startsWith } from "./util";
import { emit } from "../matches";
import { ENTITY_EMAIL, REASON_EMAIL_FORMAT, REASON_EMAIL_OBFUSCATED } from "../abi";

// @ts-ignore: decorator
@inline export function isLocalByte(b: u32): bool {
  // RFC 5322 atext subset seen in practice: letters, digits and . _ % + - '
  return isAlnum(b) || (b == 0x2e || (b == 0x5f || (b == 0x25 || (b == 0x2b || (b == 0x2d || b == 0x27)))));
}

/** Called with the index of an '@'. Emits one EMAIL finding when a plausible address surrounds it; returns its end or 0. */
export function scanEmail(atSign: u32): u32 {
  // local part, leftwards
  let start = atSign;
  // RFC 5321 limits: local part 64 bytes, domain 255 (and they bound MAX_SCANNER_WINDOW)
  const low = atSign > 64 ? atSign - 64 : 0;
  while (start > low && isLocalByte(byteAt(start - 1))) start--;
  while (start < atSign && (byteAt(start) == 0x2e || byteAt(start) == 0x27)) start++; // no leading '.' or quote
  if (start == atSign) return 0;

  // domain: labels of letters, digits and '-', separated by single dots; the last label (TLD) is 2+ letters
  let i = atSign + 1;
  // "name@ host.org": one stray blank after '@'
  if (at(i) == 0x20 && isAlnum(at(i + 1))) i++;
  let labels: u32 = 0;
  let end: u32 = 0;
  const lim = i + 255 < inLen ? i + 255 : inLen;
  while (i < lim) {
    const labelStart = i;
    if (!isAlnum(byteAt(i))) break;
    let allAlpha = true;
    while (i < lim) {
      const b = byteAt(i);
      if (isAlnum(b)) {
        if (!isAlpha(b)) allAlpha = false;
      } else if (b != 0x2d) break;
      i++;
    }
    if (byteAt(i - 1) == 0x2d) break; // a label cannot end with '-'
    labels++;
    if (labels >= 2 && (allAlpha && i - labelStart >= 2)) end = i;
    if (i + 1 < inLen && (byteAt(i) == 0x2e && isAlnum(byteAt(i + 1)))) {
      i++;
      continue;
    }
    break;
  }
  if (end == 0) return 0;
  emit(start, end, ENTITY_EMAIL, REASON_EMAIL_FORMAT, 950);
  return end;
}

/** Length of an obfuscated separator at p: "[at]", "(at)", "{at}" (word = "at") or the same with "dot"; 0 if none. */
function bracketWord(p: u32, word: string): u32 {
  const o = at(p);
  const c: u32 = o == 0x5b ? 0x5d : o == 0x28 ? 0x29 : o == 0x7b ? 0x7d : 0;
  if (c == 0) return 0;
  let q = skipBlanks(p + 1, 1);
  if (!startsWith(q, word)) return 0;
  q = skipBlanks(q + <u32>word.length, 1);
  if (at(q) != c) return 0;
  return q + 1 - p;
}

/**
 * Called at a '[' or '(' (index b): "jane.doe [at] example [dot] org", "jane(at)example.org". Emits and returns the
 * end, or 0.
 */
export function scanEmailObfuscated(b: u32): u32 {
  const n = bracketWord(b, "at");
  if (n == 0) return 0;
  // local part, leftwards (one optional blank)
  const le = skipBlanksBack(b, 1);
  let start = le;
  const low = le > 64 ? le - 64 : 0;
  while (start > low && isLocalByte(byteAt(start - 1))) start--;
  while (start < le && (byteAt(start) == 0x2e || byteAt(start) == 0x27)) start++;
  if (start == le) return 0;
  // domain labels separated by '.' or an obfuscated dot
  let i = skipBlanks(b + n, 1);
  let labels: u32 = 0;
  let end: u32 = 0;
  const lim = i + 255 < inLen ? i + 255 : inLen;
  while (i < lim && isAlnum(byteAt(i))) {
    const ls = i;
    let allAlpha = true;
    while (i < lim && (isAlnum(byteAt(i)) || byteAt(i) == 0x2d)) {
      if (!isAlpha(byteAt(i))) allAlpha = false;
      i++;
    }
    labels++;
    if (labels >= 2 && (allAlpha && i - ls >= 2)) end = i;
    if (at(i) == 0x2e && isAlnum(at(i + 1))) {
      i++;
      continue;
    }
    const q = skipBlanks(i, 1);
    const d = bracketWord(q, "dot");
    if (d == 0) break;
    i = skipBlanks(q + d, 1);
  }
  if (end == 0) return 0;
  emit(start, end, ENTITY_EMAIL, REASON_EMAIL_OBFUSCATED, 900);
  return end;
}
