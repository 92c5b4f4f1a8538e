// Why this file exists: the EMAIL scanner (local@domain.tld), woken by '@' during the automaton pass; regex-free.

import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { ENTITY_EMAIL, REASON_EMAIL_FORMAT } from "../abi";

// @ts-ignore: decorator
@inline function isLocalByte(b: u32): bool {
  // RFC 5322 atext subset seen in practice: letters, digits and . _ % + - '
  return isAlnum(b) || b == 0x2e || b == 0x5f || b == 0x25 || b == 0x2b || b == 0x2d || b == 0x27;
}

/** Called with the index of an '@'. Emits one EMAIL finding when a plausible address surrounds it. */
export function scanEmail(at: u32): void {
  // local part, leftwards
  let start = at;
  while (start > 0 && isLocalByte(byteAt(start - 1))) start--;
  while (start < at && (byteAt(start) == 0x2e || byteAt(start) == 0x27)) start++; // no leading '.' or quote
  if (start == at) return;

  // domain: labels of letters, digits and '-', separated by single dots; the last label (TLD) is 2+ letters
  let i = at + 1;
  let labels: u32 = 0;
  let end: u32 = 0;
  while (i < inLen) {
    const labelStart = i;
    if (!isAlnum(byteAt(i))) break;
    let allAlpha = true;
    while (i < inLen) {
      const b = byteAt(i);
      if (isAlnum(b)) {
        if (!isAlpha(b)) allAlpha = false;
      } else if (b != 0x2d) break;
      i++;
    }
    if (byteAt(i - 1) == 0x2d) break; // a label cannot end with '-'
    labels++;
    if (labels >= 2 && allAlpha && i - labelStart >= 2) end = i;
    if (i + 1 < inLen && byteAt(i) == 0x2e && isAlnum(byteAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  if (end == 0) return;
  emit(start, end, ENTITY_EMAIL, REASON_EMAIL_FORMAT, 950);
}
