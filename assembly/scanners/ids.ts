// Why this file exists: the identifier scanners: record numbers after cue words (MRN, account, member id, licence,
// plate, serial, accession... in English and Spanish), payment cards (Luhn), IBAN (mod-97), ABA routing, NPI, DEA, VIN,
// Medicare MBI, ZIP codes in an address or after a cue, and other long digit runs.

import {
  CUE_ACCOUNT, CUE_DEVICE, CUE_HEALTH_PLAN, CUE_ID, CUE_LICENSE, CUE_MRN, CUE_VEHICLE,
  ENTITY_ACCOUNT, ENTITY_DEVICE, ENTITY_HEALTH_PLAN, ENTITY_ID, ENTITY_LICENSE, ENTITY_LOCATION, ENTITY_MRN, ENTITY_VEHICLE, ENTITY_ZIP,
  REASON_ABA, REASON_ACCOUNT_CUE, REASON_CARD_CUE, REASON_DEA, REASON_DEVICE_CUE, REASON_HEALTH_PLAN_CUE, REASON_IBAN,
  REASON_ID_CUE, REASON_LICENSE_CUE, REASON_LONG_NUMBER, REASON_RECORD_FIELD, REASON_LUHN, REASON_MBI, REASON_MRN_CUE, REASON_NPI,
  REASON_UDI, REASON_VEHICLE_CUE, REASON_VIN, REASON_ZIP_ADDRESS, REASON_ZIP_CUE,
} from "../abi";
import { byteAt, inLen, isAlnum, isAlpha } from "../input";
import { hl7Segment, R_ADDRESS, R_FACILITY } from "../names/detect";
import { cueEnd } from "./context";
import { quantity62 } from "./ni62";
import { listNext63 } from "./id63";
import { emit } from "../matches";
import { abaOk, compact, deaOk, ibanOk, mbiOk, npiOk, scratchLen, vinOk } from "./validators";
import {
  at, before, cleanEnd, digitsEnd, eqWord, isDigit, isWordish, lettersEnd, lettersStart, luhnOk, numValue, skipBlanks, skipBlanksBack,
  wordEndsAt, wordIndex,
} from "./util";

/** USPS state and territory codes (a ZIP after one of these, upper case, is part of an address). */
// al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or
// pa ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp aa ae ap
const STATES = "\u0002al\u0002ak\u0002az\u0002ar\u0002ca\u0002co\u0002ct\u0002de\u0002dc\u0002fl\u0002ga\u0002hi\u0002id\u0002il\u0002in\u0002ia\u0002ks\u0002ky\u0002la\u0002me\u0002md\u0002ma\u0002mi\u0002mn\u0002ms\u0002mo\u0002mt\u0002ne\u0002nv\u0002nh\u0002nj\u0002nm\u0002ny\u0002nc\u0002nd\u0002oh\u0002ok\u0002or\u0002pa\u0002ri\u0002sc\u0002sd\u0002tn\u0002tx\u0002ut\u0002vt\u0002va\u0002wa\u0002wv\u0002wi\u0002wy\u0002pr\u0002vi\u0002gu\u0002as\u0002mp\u0002aa\u0002ae\u0002ap";
/**
 * State codes that are abbreviations or words too ("ma", "va", "mi"), read as states in lower case between a comma and a
 * ZIP. Not "md", "pa", "ms" (credentials after a name: "smith, md 12345"), nor the English and Spanish words ("in", "de").
 * (Stop 42, loc42: and "al", "hi", "la", "nd", "oh", "houma, la 70360", "mayville forks, nd 58257"; not "id", an
 * identifier's label, "member, id 44718", nor "ok", "cells, ok 45678".)
 */
const LOWER_COMMA_STATES = "\u0002ma\u0002va\u0002wa\u0002mi\u0002mo\u0002mt\u0002ut\u0002ne\u0002al\u0002hi\u0002la\u0002nd\u0002oh";
/** State codes that are also safe in lower case (no English word or common abbreviation: not "in", "or", "me", "ok"). */
export const LOWER_STATES = "\u0002ak\u0002az\u0002ar\u0002ca\u0002ct\u0002dc\u0002fl\u0002ga\u0002ia\u0002il\u0002ks\u0002ky\u0002mn\u0002nv\u0002nh\u0002nj\u0002nm\u0002ny\u0002nc\u0002ri\u0002sc\u0002sd\u0002tn\u0002tx\u0002vt\u0002wv\u0002wi\u0002wy";

/** True for cue ids that name a record-number family handled by scanCuedId. */
export function isIdCue(cue: u32): bool {
  return cue == CUE_MRN || (cue == CUE_ID || (cue == CUE_ACCOUNT || (cue == CUE_HEALTH_PLAN || (cue == CUE_LICENSE
    || (cue == CUE_VEHICLE || cue == CUE_DEVICE)))));
}

// counters of the last tokenEnd() call
let tokAlnum: u32 = 0;
let tokDigits: u32 = 0;

/**
 * End of an identifier token at s: letters and digits, joined by single '-', '/', '.', '#', '_' or (between digit groups)
 * single spaces; at most 40 bytes.
 */
function tokenEnd(s: u32, spaces: bool): u32 {
  let p = s;
  let end = s;
  tokAlnum = 0;
  tokDigits = 0;
  const lim = s + 40 < inLen ? s + 40 : inLen;
  while (p < lim) {
    const b = byteAt(p);
    if (isAlnum(b)) {
      tokAlnum++;
      if (isDigit(b)) tokDigits++;
      p++;
      end = p;
      continue;
    }
    if ((b == 0x2d || (b == 0x2f || (b == 0x2e || (b == 0x23 || b == 0x5f)))) && (p + 1 < lim && isAlnum(byteAt(p + 1)))) {
      p++;
      continue;
    }
    if (spaces && (b == 0x20 && (p + 1 < lim && (isDigit(byteAt(p + 1)) && isDigit(byteAt(p - 1)))))) {
      // a following digit group joins only when it ends the token cleanly ("47 39047534 02", not "123456 78 y/o")
      const g = digitsEnd(p + 1);
      if (isWordish(at(g)) || g - p - 1 > 12) break;
      // (stop 57) nor a group that opens a date or a fraction after '/' ("Claim 88120447 3/4/2099": the date is the
      // date scanner's)
      if (at(g) == 0x2f && isDigit(at(g + 1))) break;
      const n = skipBlanksForWord(g);
      if (n) break;
      p++;
      continue;
    }
    break;
  }
  if (end < inLen && at(end) >= 0x80) return 0; // glued to a non-ASCII word
  return end;
}

/** True when a blank and a unit-like word follow g ("78 years", "12 mg"): the group is a quantity, not part of an id. */
function skipBlanksForWord(g: u32): bool {
  if (at(g) != 0x20) return false;
  const w = lettersEnd(g + 1);
  if (w == g + 1) return false;
  const b = at(g + 1);
  // a lower-case word right after a digit group reads as a unit or prose
  return b >= 0x61 && b <= 0x7a;
}

/** A cued record number at s (token start): emits MRN/ID/ACCOUNT/... per `cue`; returns its end or 0. */
export function scanCuedId(s: u32, cue: u32): u32 {
  const e = tokenEnd(s, true);
  // at least four digits, or two digits in five or more characters ("NºCol: 28 28", "MRN AB123"); (round 19) a badge
  // of three digits after "badge" itself ("Officer Kleinschmidt, badge 772", "BADGE 219")
  if (e == 0 || (tokDigits < 2 || (tokDigits < 4 && (tokAlnum < 5 && !(tokDigits == 3 && (tokAlnum == 3 && badgeBefore(s))))))) return 0;
  // a decimal measurement ("ID: TMAX 101.2", "ID: afebrile, WBC 12.5"): 1-3 digits, '.', 1-2 digits
  const d = digitsEnd(s);
  if (d > s && (d - s <= 3 && (at(d) == 0x2e && (digitsEnd(d + 1) == e && e - d - 1 <= 2)))) return 0;
  // (stop 62, ni62) an age, a dose or a count after a bare cue ("subjects 18-65 years", "donor 1500 cells"): quantity62
  // in ni62.ts
  if (tokAlnum == tokDigits && quantity62(s, e)) return 0;
  let type = ENTITY_ID;
  let reason = REASON_ID_CUE;
  if (cue == CUE_MRN) { type = ENTITY_MRN; reason = REASON_MRN_CUE; }
  else if (cue == CUE_ACCOUNT) { type = ENTITY_ACCOUNT; reason = REASON_ACCOUNT_CUE; }
  else if (cue == CUE_HEALTH_PLAN) { type = ENTITY_HEALTH_PLAN; reason = REASON_HEALTH_PLAN_CUE; }
  else if (cue == CUE_LICENSE) { type = ENTITY_LICENSE; reason = REASON_LICENSE_CUE; }
  else if (cue == CUE_VEHICLE) { type = ENTITY_VEHICLE; reason = REASON_VEHICLE_CUE; }
  else if (cue == CUE_DEVICE) { type = ENTITY_DEVICE; reason = REASON_DEVICE_CUE; }
  emit(s < from40 ? s : from40, e, type, reason, 900);
  // (stop 63, id63) a list's next numbers of the same shape after the one cue: "subjects 109-0012 and 109-0015", "Rx#
  // 6044718, 6044722" (listNext63 in id63.ts; five digits or more, and a comma or "and" after the value first: "#1447,
  // 1900 N Broadway" is a store's number and a street's)
  const nb = at(e);
  if (tokDigits >= 5 && (nb == 0x2c || (nb == 0x20 && (at(e + 1) | 0x20) == 0x61 || at(e + 1) == 0x26))) return listNext63(s, e, type, reason);
  return e;
}

// (stop 40) where scanCuedIdFrom40 starts the finding: a code's letters before the digits (NONE: the token's start)
let from40: u32 = 0xffffffff;

/**
 * (stop 40) A bare cue's number written as a code's letters, a blank and digits only, five or more: "(member EXL
 * 881204470)", "MEMBER MED 80447182" (ws: the letters, ts: the digits). Emits from ws with the cue's type; end or 0.
 */
export function scanCuedIdFrom40(ws: u32, ts: u32, cue: u32): u32 {
  if (tokenEnd(ts, false) == 0 || tokAlnum != tokDigits) return 0;
  from40 = ws;
  const r = scanCuedId(ts, cue);
  from40 = 0xffffffff;
  return r;
}

/**
 * (stop 45) A cued number with a code's letters between its cue and it (ws: the letters, from cuePrefix45; s: the
 * number's start): "MRN CRMC 0771-4418". As scanCuedId, the finding opening at ws; end or 0.
 */
export function scanCuedIdPrefix45(ws: u32, s: u32, cue: u32): u32 {
  from40 = ws;
  const r = scanCuedId(s, cue);
  from40 = 0xffffffff;
  return r;
}

/** Payment card at ts: 13-19 digits, bare or in groups of 4 (or 4-6-5 / 4-6-4), passing Luhn; cued: 12-19, no Luhn needed. */
export function scanCard(ts: u32, cued: bool): u32 {
  let p = ts;
  let n: u32 = 0;
  let groups: u32 = 0;
  let sep: u32 = 0;
  let g0: u32 = 0;
  let g1: u32 = 0;
  let end = ts;
  while (groups < 6) {
    const d = digitsEnd(p);
    const len = d - p;
    if (len == 0) break;
    groups++;
    if (groups == 1) g0 = len;
    else if (groups == 2) g1 = len;
    n += len;
    end = d;
    const b = at(d);
    if ((b == 0x20 || b == 0x2d) && (isDigit(at(d + 1)) && (sep == 0 || sep == b))) {
      sep = b;
      p = d + 1;
    } else break;
  }
  if (!cleanEnd(end)) return 0;
  if (groups > 1 && !(g0 == 4 && (g1 == 4 || g1 == 6))) return 0;
  const minDigits: u32 = cued ? 12 : 13;
  if (n < minDigits || n > 19) return 0;
  const ok = luhnOk(ts, end, 0);
  if (!ok && !cued) return 0;
  emit(ts, end, ENTITY_ACCOUNT, ok ? REASON_LUHN : REASON_CARD_CUE, 900);
  return end;
}

/** ABA routing number (9 digits, checksum) after a routing cue. */
export function scanAba(ts: u32): u32 {
  const e = digitsEnd(ts);
  if (e - ts != 9 || !cleanEnd(e)) return 0;
  compact(ts, e);
  if (!abaOk()) return 0;
  emit(ts, e, ENTITY_ACCOUNT, REASON_ABA, 950);
  return e;
}

/** NPI: 10 digits, Luhn over "80840" + NPI. Uncued only when it starts with 1 (a NANP phone cannot). */
export function scanNpi(ts: u32, cued: bool): u32 {
  const e = digitsEnd(ts);
  if (e - ts != 10 || !cleanEnd(e)) return 0;
  if (!cued && at(ts) != 0x31) return 0;
  compact(ts, e);
  if (!npiOk()) return 0;
  emit(ts, e, ENTITY_LICENSE, REASON_NPI, cued ? 950 : 700);
  return e;
}

/** GS1 UDI at the digit ts of "(01)": "(01)12345678901234(17)...(21)..."; emits DEVICE and returns the end, or 0. */
export function scanUdi(ts: u32): u32 {
  const s = ts - 1;
  if (ts == 0 || (at(s) != 0x28 || (at(ts) != 0x30 || (at(ts + 1) != 0x31 || at(ts + 2) != 0x29)))) return 0;
  if (s > 0 && isWordish(before(s))) return 0;
  const g = digitsEnd(s + 4);
  if (g - s - 4 != 14) return 0; // GTIN-14
  // further application identifiers: "(17)160128", "(21)BLC200461H", "(10)LOT42"
  let e = g;
  while (at(e) == 0x28 && (isDigit(at(e + 1)) && (isDigit(at(e + 2)) && at(e + 3) == 0x29))) {
    let q = e + 4;
    const lim = q + 40 < inLen ? q + 40 : inLen;
    while (q < lim && isAlnum(byteAt(q))) q++;
    if (q == e + 4) break;
    e = q;
  }
  emit(s, e, ENTITY_DEVICE, REASON_UDI, 900);
  return e;
}

/** Tokens mixing letters and digits at s (a clean token start): DEA, IBAN, VIN, Medicare MBI; end or 0. */
export function scanAlnumIds(s: u32, vinCued: bool): u32 {
  // every family here has a first alphanumeric run of 4+ characters ("1EG4-", "GB82", "AB1234563")
  let q = s;
  while (q < s + 4 && isAlnum(at(q))) q++;
  if (q < s + 4) return 0;
  const e = tokenEnd(s, false);
  if (e == 0 || !cleanEnd(e)) return 0;
  // IBAN may be written in groups of four: "GB82 WEST 1234 5698 7654 32"
  if (isAlpha(at(s)) && (isAlpha(at(s + 1)) && (isDigit(at(s + 2)) && isDigit(at(s + 3))))) {
    let g = e;
    if (e - s == 4) {
      while (at(g) == 0x20 && isAlnum(at(g + 1))) {
        let q = g + 1;
        while (q < inLen && isAlnum(byteAt(q))) q++;
        if (q - g - 1 > 4) break;
        g = q;
      }
    }
    compact(s, g);
    if (ibanOk()) {
      emit(s, g, ENTITY_ACCOUNT, REASON_IBAN, 950);
      return g;
    }
  }
  compact(s, e);
  const n = scratchLen;
  if (n == 9 && deaOk()) {
    emit(s, e, ENTITY_LICENSE, REASON_DEA, 900);
    return e;
  }
  if (n == 17) {
    if (vinOk()) {
      emit(s, e, ENTITY_VEHICLE, REASON_VIN, 900);
      return e;
    }
    if (vinCued) {
      emit(s, e, ENTITY_VEHICLE, REASON_VEHICLE_CUE, 850);
      return e;
    }
  }
  if (n == 11 && mbiOk()) {
    emit(s, e, ENTITY_HEALTH_PLAN, REASON_MBI, 850);
    return e;
  }
  return 0;
}

/**
 * A postcode right after a ZIP cue ("ZIP:", "Postal Code", "CP"): a US ZIP or ZIP+4, or another country's numeric form:
 * 4 to 6 digits ("3520", "75001"), "NNN NN" (SE, CZ, GR: "394 13"), "NNNN-NNN" (PT), "NN-NNN" (PL). `e` is the end of
 * the digit run at ts.
 */
function scanCuedPostcode(ts: u32, e: u32): u32 {
  const n = e - ts;
  let end = e;
  if ((at(e) == 0x20 || at(e) == 0x2d) && isDigit(at(e + 1))) {
    const e2 = digitsEnd(e + 1);
    const m = e2 - e - 1;
    const pair = at(e) == 0x20 ? n == 3 && m == 2 : (n == 5 && m == 4) || (n == 4 && m == 3) || (n == 2 && m == 3);
    if (pair) end = e2;
  }
  if (end == e && (n < 4 || n > 6)) return 0;
  if (!cleanEnd(end)) return 0;
  emit(ts, end, ENTITY_ZIP, REASON_ZIP_CUE, 900);
  return end;
}

// @ts-ignore: decorator
@inline function isUpperAscii(b: u32): bool {
  return b >= 0x41 && b <= 0x5a;
}

/** ZIP (5 digits, or ZIP+4) after a ZIP cue or a state code ("MA 02114", "Boston, MA 02114-2696"). */
export function scanZip(ts: u32, cued: bool): u32 {
  let e = digitsEnd(ts);
  if (cued) return scanCuedPostcode(ts, e);
  if (e - ts != 5) return 0;
  if (at(e) == 0x2d && digitsEnd(e + 1) - e - 1 == 4) e += 5;
  if (!cleanEnd(e)) return 0;
  let k = skipBlanksBack(ts, 2);
  if (k == ts) return 0;
  if (before(k) == 0x2c) k = skipBlanksBack(k - 1, 1);
  // "Salem, MA. 01970": a period after an upper-case code
  if (k >= 3 && (before(k) == 0x2e && (isUpperAscii(byteAt(k - 2)) && isUpperAscii(byteAt(k - 3))))) k--;
  if (k < 2) return 0;
  const a = byteAt(k - 2);
  const b = byteAt(k - 1);
  if (k > 2 && isWordish(byteAt(k - 3))) return 0;
  if (a >= 0x41 && (a <= 0x5a && (b >= 0x41 && b <= 0x5a))) {
    if (wordIndex(STATES, k - 2, k) < 0) return 0;
    emit(ts, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 850);
    return e;
  }
  // lower-case chat ("springfield il 62704", "springfield, il 62704"): only codes that are no English word, after a
  // word ("or 12345" is not)
  if (!(a >= 0x61 && (a <= 0x7a && (b >= 0x61 && b <= 0x7a)))) return 0;
  let w = skipBlanksBack(k - 2, 2);
  if (w == k - 2 || w == 0) return 0;
  // after a comma ("newton, ma 02466") the codes that are abbreviations too are the state: a ZIP follows
  const comma = byteAt(w - 1) == 0x2c;
  if (wordIndex(LOWER_STATES, k - 2, k) < 0 && !(comma && wordIndex(LOWER_COMMA_STATES, k - 2, k) >= 0)) return 0;
  if (comma) w--;
  if (w == 0 || !isAlpha(byteAt(w - 1))) return 0;
  emit(ts, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 750);
  return e;
}

/** Any other run of 10+ digits: an identifying number by default (Safe Harbor R), low score. */
export function scanLongNumber(ts: u32): u32 {
  const e = digitsEnd(ts);
  if (e - ts < 10 || !cleanEnd(e)) return 0;
  emit(ts, e, ENTITY_ID, REASON_LONG_NUMBER, 500);
  return e;
}

/**
 * A record number standing alone in a field of a record header, without a cue: a digit run of 5-12 digits alone in a
 * '|'-delimited cell ("026624763 | FIH | 60317799 | |", the report headers of hospital record systems), or digit
 * groups joined by hyphens (3+ groups of 2-4 digits, 6+ digits) alone on their line under the patient's name
 * ("KOTEMONES, ZELLNOI\n742-65-61"), or between two carets. Dates, phones and SSNs have been tried before. Emits ID and returns the end, or 0.
 */
export function scanRecordField(ts: u32): u32 {
  let e = digitsEnd(ts);
  const n = e - ts;
  const a = skipBlanksBack(ts, ts); // every blank before it
  const left = before(a);
  const lineStart = a == 0 || (left == 0x0a || left == 0x0d);
  if (lineStart || left == 0x23) {
    const r = headerNumber(ts, lineStart, a);
    if (r != 0) {
      // (a postcode on the line under "City, ST" or a province code is the address's: "Toronto\n, ON\n 82269")
      if (lineStart && postcodeUnderCode(ts, r, a)) emit(ts, r, ENTITY_ZIP, REASON_ZIP_ADDRESS, 750);
      else emit(ts, r, ENTITY_ID, REASON_RECORD_FIELD, 650);
      return r;
    }
  }
  if (n >= 5 && n <= 12) {
    // a header cell: '|' on one side, '|' or a line edge on the other; or between carets, the field separator of
    // HL7-style record lines ("EDVISIT^88223412^WHITE, BRADLEY^...")
    const right = at(skipBlanks(e, inLen));
    const rightEdge = right == 0 || (right == 0x0a || right == 0x0d);
    if (!((left == 0x7c && (right == 0x7c || rightEdge)) || ((right == 0x7c && lineStart) || (left == 0x5e && right == 0x5e)))) return 0;
    if (lineStart && right == 0x7c) headerHospitalCell(e);
  } else {
    // digit groups alone on their line, or in a column of the header line after the name ("COLLINS,YVONNE E
    // 406-71-39-2   VISIT DATE:"; two blanks or a tab on each side, 7+ digits); the last group may be one check digit
    const column = !lineStart && (ts - a >= 2 || byteAt(ts - 1) == 0x09);
    if (!(lineStart || column) || (n < 2 || n > 4)) return 0;
    let groups: u32 = 1;
    let total = n;
    let one = false;
    while (at(e) == 0x2d && isDigit(at(e + 1))) {
      const g = digitsEnd(e + 1);
      if (one || g - e - 1 > 4) return 0;
      one = g - e - 1 == 1;
      groups++;
      total += g - e - 1;
      e = g;
    }
    const b = skipBlanks(e, inLen);
    const right = at(b);
    const edge = right == 0 || (right == 0x0a || right == 0x0d);
    const need: u32 = column ? 7 : 6;
    if (groups < 3 || (need > total || (isWordish(at(e)) ||
      !(edge || (column && (at(e) == 0x09 || b - e >= 2)))))) return 0;
  }
  emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 650);
  return e;
}

/**
 * (stop 36) The hospital's cell after the record number that opens a '|'-delimited header line, in lower case: "553841255
 * | xto | 08432156 | |" (the record systems' report header: record number, hospital, MRN). Three to six ASCII letters
 * alone in the cell and a number opening the next cell; the names pass reads the capitals of mixed case and ALL CAPS
 * ("| XTO |"), so only lower-case letters are taken here. `e` is the end of the record number. Emits LOCATION.
 */
function headerHospitalCell(e: u32): void {
  let i = skipBlanks(e, 3);
  if (at(i) != 0x7c) return;
  i = skipBlanks(i + 1, 3);
  const s = i;
  while (i < inLen && (at(i) >= 0x61 && at(i) <= 0x7a)) i++;
  if (i - s < 3 || (i - s > 6 || isAlnum(at(i)))) return;
  const j = skipBlanks(i, 3);
  if (at(j) != 0x7c || !isDigit(at(skipBlanks(j + 1, 3)))) return;
  emit(s, i, ENTITY_LOCATION, R_FACILITY, 650);
}

// ---- Clinical round 19 (fixture 16): badges of three digits, a person's number after the name (self-contained) ----

// badge
const BADGE_WORD = "\u0005badge";

/** "badge" right before s: blanks, '#' or ':' between ("badge 772", "BADGE #219", "Badge: 301"). */
function badgeBefore(s: u32): bool {
  let q = skipBlanksBack(s, 2);
  if (before(q) == 0x23 || before(q) == 0x3a) q = skipBlanksBack(q - 1, 2);
  return q < s && wordEndsAt(q, BADGE_WORD);
}

/**
 * The '#' at h follows ", " and a person's name of two words that open with capitals, the first one an initial with its
 * period or a word ("Officer B. Castellanos, #4417", "Manpreet Gill, #6602"); not a dispensed count after a drug and its
 * strength ("Norco 5/325, #120"), nor after one word ("Walgreens, #0417" is the store cue's).
 */
function nameCommaSign(h: u32): bool {
  if (h < 6 || (before(h) != 0x20 || before(h - 1) != 0x2c)) return false;
  const e1 = h - 2;
  const s1 = lettersStart(e1);
  if (e1 - s1 < 2 || (!isUpperAscii(at(s1)) || (s1 < 3 || before(s1) != 0x20))) return false;
  let e0 = s1 - 1;
  if (before(e0) == 0x2e) e0--;
  const s0 = lettersStart(e0);
  return s0 < e0 && (isUpperAscii(at(s0)) && !isWordish(before(s0)));
}

/**
 * A lettered record number after a number sign: "Pathology #: SP-91-08811", "Agency # VCC-228817", "referral #
 * NE-930330-22": 1-4 letters, '-', then digit groups joined by '-' (5+ digits in all), right after '#' (blanks
 * and one ':' may stand between). `ts` is the first digit, after the prefix's '-'. Without the '#' the letters may be a
 * word ("COVID-19", "HbA1c-2024"); a code of fewer digits is a count or an item ("#A-12"). Emits ID; returns the end or 0.
 */
export function scanSignCode(ts: u32): u32 {
  if (ts < 3 || before(ts) != 0x2d) return 0;
  let p = ts - 1;
  // (either case: lower-case notes write "referral # ne-930330-22")
  while (p > 0 && (isUpperAscii(byteAt(p - 1) & 0xdf) && ts - 1 - p < 5)) p--;
  if (p == ts - 1 || (ts - 1 - p > 4 || (p > 0 && isWordish(byteAt(p - 1))))) return 0;
  let q = skipBlanksBack(p, 3);
  if (before(q) == 0x3a) q = skipBlanksBack(q - 1, 3);
  if (before(q) != 0x23) return 0;
  const e = tokenEnd(p, false);
  if (e == 0 || (tokDigits < 5 || !cleanEnd(e))) return 0;
  emit(p, e, ENTITY_ID, REASON_RECORD_FIELD, 650);
  return e;
}

/**
 * A bare number of 4-5 digits [ts, e) alone on its line (its blanks start at a) whose previous line ends with a
 * two-letter capital code after a blank or comma: a state or province ("Springfield, IL\n62704", "Toronto\n, ON\n
 * 82269"). An address block's postcode, not a record number.
 */
function postcodeUnderCode(ts: u32, e: u32, a: u32): bool {
  if (e != digitsEnd(ts) || (e - ts < 4 || (e - ts > 5 || a == 0))) return false;
  let p = a - 1; // the line break before the number's line
  if (byteAt(p) == 0x0a && (p > 0 && byteAt(p - 1) == 0x0d)) p--;
  const q = skipBlanksBack(p, p);
  if (q < 3) return false;
  const c1 = byteAt(q - 1);
  const c2 = byteAt(q - 2);
  const c0 = byteAt(q - 3);
  return c1 >= 0x41 && (c1 <= 0x5a && (c2 >= 0x41 && (c2 <= 0x5a && (c0 == 0x20 || (c0 == 0x2c || (c0 == 0x09 || c0 == 0x0a))))));
}

/** Whether only blanks stand between p and the end of its line (or of the input). */
function lineEndsAt(p: u32): bool {
  const q = skipBlanks(p, inLen);
  return q >= inLen || (byteAt(q) == 0x0a || byteAt(q) == 0x0d);
}

/**
 * A record number with 5+ digits that a header shows by place, not by a cue word; returns its end or 0.
 * - Alone on its line, as the record headers of discharge summaries stack them ("881203457 FMC\n2047715\n52163/3B1X\n"):
 *   one identifier token (digits, or letters and digits joined by '/', '-', '.'), nothing else on the line but, after a
 *   bare number, the hospital's name in capitals ("881203457 FMC", "009348121 ST. BRENDAN'S").
 * - Right after '#' ("#0098823", "BWH # 12345678"): '#' with no word after it is a number sign, and a number of 5+
 *   digits after it is a record number ("#2 pencil", "#10 blade" are too short).
 * Not a quantity: a word after it on the line, or a decimal, refuses it.
 */
function headerNumber(ts: u32, lineStart: bool, a: u32): u32 {
  if (!lineStart) {
    // '#' before it, after a blank, '(' or the line's start (not "abc#12345", a path or a tag)
    const h = a - 1;
    const hb = before(h);
    if (!itemOpener(hb) && !labelGluedBefore(h)) return 0;
    const e = digitsEnd(ts);
    // (round 19: four digits after a person's two-word name and its comma, a badge's or an interpreter's number:
    // "(Officer B. Castellanos, #4417)", "interpreter (Punjabi) Manpreet Gill, #6602.")
    if ((e - ts < 5 && !(e - ts == 4 && nameCommaSign(h))) || (e - ts > 12 || !cleanEnd(e))) return 0;
    return e;
  }
  const e = tokenEnd(ts, false);
  if (e == 0 || (tokDigits < 5 || e - ts > 16)) return 0;
  if (lineEndsAt(e)) return e;
  // "881203457 FMC", "009348121 ST. BRENDAN'S": a bare number of 7+ digits, one blank, then the hospital's name in capitals ending
  // the line (capital letters, blanks, '.', '\'', '&', '-'; at most 40 bytes)
  // (7+ digits: "100000 UNITS" on its own line is a dose)
  if (e != digitsEnd(ts) || (e - ts < 7 || (at(e) != 0x20 || !isAlpha(at(e + 1))))) return 0;
  let w = e + 1;
  while (w < inLen && w < e + 41) {
    const b = byteAt(w);
    if ((b >= 0x41 && b <= 0x5a) || (b == 0x20 || (b == 0x2e || (b == 0x27 || (b == 0x26 || b == 0x2d))))) w++;
    else break;
  }
  // (stop 35) on the text's first line, a lower-case code of 2-6 letters too, as a lower-cased header writes it
  // ("552019883 pumc\n"); a dose on its own line ("1000000 units") is no record's first line
  if (ts == 0 && w == e + 1) {
    // (a seventh letter fails the line's end below)
    while (w < inLen && (w < e + 7 && (byteAt(w) >= 0x61 && byteAt(w) <= 0x7a))) w++;
  }
  return w - e - 1 >= 2 && (w >= inLen || (byteAt(w) == 0x0a || byteAt(w) == 0x0d)) ? e : 0;
}

/**
 * (stop 29) A record label glued to the '#' at h: one to eight ASCII letters opening a word, the first a capital ("BH#
 * 4551289", "Unit# 455128", "CAMC#"), as headers of hospital records write them. "abc#12345" (a tag, a path, a
 * mailbox) opens with a lower-case letter and stays out.
 */
function labelGluedBefore(h: u32): bool {
  let s = h;
  while (s > 0 && (h - s < 8 && isAlpha(byteAt(s - 1)))) s--;
  return s < h && (isUpperAscii(byteAt(s)) && itemOpener(before(s)));
}

/** Byte b may stand right before a header's value or label: the input's or a line's start, a blank or '('. */
// @ts-ignore: decorator
@inline function itemOpener(b: u32): bool {
  return b == 0 || (b == 0x20 || (b == 0x09 || (b == 0x0a || (b == 0x0d || b == 0x28))));
}

// ---- Twelfth clinical round (fixture 8): a lettered record number without a cue (self-contained: scanLetterCode) ----

/**
 * A record number written as 2-4 letters of one case glued to 6-12 digits, with at most one letter after them, and no
 * cue: the member, subscriber, accession and specimen numbers of insurers and laboratories ("member YRK844102236",
 * "BLOOD BANK BB2503060447", "AARP0447120391"). Clinical codes of that shape keep to fewer digits ("ICD10", "HER2",
 * "CYP2D6", "H5N1", "E11.9"); a trial registry number ("NCT05512347") is none. `ts` is the first letter, `i` the first digit. Emits ID at 0.6; returns the end or 0.
 */
export function scanLetterCode(ts: u32, i: u32): u32 {
  const n = i - ts;
  if (n < 2 || n > 4) return 0;
  const upper = at(ts) >= 0x41 && at(ts) <= 0x5a;
  for (let p = ts; p < i; p++) {
    const b = at(p);
    if (upper ? b < 0x41 || b > 0x5a : b < 0x61 || b > 0x7a) return 0;
  }
  const d = digitsEnd(i);
  if (d - i < 6 || d - i > 12) return 0;
  // (a trial's registry number names the study, no one in it: "NCT05512347")
  if (n == 3 && ((at(ts) | 0x20) == 0x6e && ((at(ts + 1) | 0x20) == 0x63 && (at(ts + 2) | 0x20) == 0x74))) return 0;
  let e = d;
  if (isAlpha(at(e)) && !isAlnum(at(e + 1))) e++;
  if (!cleanEnd(e) || at(e) == 0x2d) return 0;
  emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 600);
  return e;
}

// ---- Identifiers by shape without a cue (ids14; self-contained: scanDashCode) ----

/**
 * Letter prefixes of codes that name no one: billing and registry codes ("CPT-99213", "ICD-10-CM", "NCT-...", "IRB-..."),
 * a genome position ("chr17-41276045"), lab names written before their value ("WBC-12000") and month abbreviations
 * ("Dec-15-2024", left to the DATE scanner).
 */
const DASH_CODE_NOT = "\u0003cpt\u0003icd\u0003drg\u0003ndc\u0003nct\u0003irb\u0003dsm\u0003chr\u0003wbc\u0003plt\u0003rbc\u0003hgb\u0003ldh\u0003cpk\u0003bnp\u0003crp\u0003esr\u0003psa\u0003tsh\u0003jan\u0003feb\u0003mar\u0003apr\u0003may\u0003jun\u0003jul\u0003aug\u0003sep\u0004sept\u0003oct\u0003nov\u0003dec";

/**
 * A record number written by its shape alone, without a cue: 1-4 letters of one case, then groups of digits joined
 * by single '-' (a group may hold one letter), the first group glued to the letters or after a '-': the accession
 * numbers of pathology and cytology ("S25-12345", "SP-24-00871", "NG25-1123"), and the reference, authorisation,
 * requisition, device and case numbers of insurers, laboratories and hospitals ("UM-25-7781042", "TC-260202-118",
 * "FMC-2008T-55120", "PRV-2024-0388"). It needs a run of 5+ digits, or a run of 4 among 6+ digits ending in a digit
 * (a device model ends in letters: "CD1359-40Q"). Not a code ending in a year ("HbA1c-2024", "Q3-2024", "FY2024-2025"),
 * nor one of DASH_CODE_NOT, nor a mixed-case word ("iPhone-SI-...", "SARS-CoV-2"), nor an extension ("x4-2210").
 * `p` is the first letter. Emits ID at 0.6; returns the end or 0.
 */
export function scanDashCode(p: u32): u32 {
  if (p > 0) {
    const pb = before(p);
    // (round 21: a '#' glued before is the number sign of a case or report, "Dermpath #SD97-00418")
    if (isWordish(pb) || (pb == 0x2d || (pb == 0x2f || (pb == 0x2e || (pb == 0x5f || pb == 0x40))))) return 0;
  }
  let q = p;
  while (q < p + 9 && isAlpha(at(q))) q++;
  const nl = q - p;
  // (stop 40: a prefix of 5-8 letters is a programme's or a device's name, with a run of 5+ digits: letterGroupCodeId40)
  if (nl == 0 || (nl > 8 || (nl == 1 && (at(p) | 0x20) == 0x78))) return 0;
  const upper = isUpperAscii(at(p));
  for (let m = p + 1; m < q; m++) if (isUpperAscii(at(m)) != upper) return 0;
  if (nl >= 3 && wordIndex(DASH_CODE_NOT, p, q) >= 0) return 0;
  // the groups: digits, at most one letter of the prefix's case each, joined by single '-'
  let e = q;
  let digits: u32 = 0;
  let run: u32 = 0;
  let maxRun: u32 = 0;
  let dashes: u32 = 0;
  let letters: u32 = 0;
  let lastStart = q;
  const lim = p + 40 < inLen ? p + 40 : inLen;
  if (at(q) == 0x2d) {
    dashes++;
    e++;
    lastStart = e;
    // (round 21) a second group of letters in the prefix's case, an office's or a programme's: "DDS-SC-97-440182",
    // "SD-NBS-0967712"
    let r = e;
    while (r < e + 5 && (isAlpha(at(r)) && isUpperAscii(at(r)) == upper)) r++;
    if (r > e && (r - e <= 4 && (at(r) == 0x2d && isDigit(at(r + 1))))) {
      dashes++;
      e = r + 1;
      lastStart = e;
    } else e = letterGroupCodeId40(e, r);
  }
  if (!isDigit(at(e))) return 0;
  while (e < lim) {
    const b = byteAt(e);
    if (isDigit(b)) {
      digits++;
      run++;
      if (run > maxRun) maxRun = run;
      e++;
      continue;
    }
    run = 0;
    if (isAlpha(b)) {
      // (stop 30: or a check letter alone closing the code, "QPC-118830-R"; round 21: a group opened by a letter only as
      // a suffix after 5+ digits, a block's or part's: "S97-18824-A3")
      if (isUpperAscii(b) != upper || (++letters > 1 ||
        e == lastStart && !(dashes >= 2 && (!isAlnum(at(e + 1)) || maxRun >= 5 && isDigit(at(e + 1)))))) return 0;
      e++;
      continue;
    }
    if (b == 0x2d && (e + 1 < lim && isAlnum(byteAt(e + 1)))) {
      dashes++;
      letters = 0;
      e++;
      lastStart = e;
      continue;
    }
    break;
  }
  if (dashes == 0 || (!cleanEnd(e) || at(e) == 0x2d)) return 0;
  if (maxRun < 5 && ((nl > 4 || !(maxRun == 4 && (digits >= 6 && isDigit(before(e))))) && !shortDashCode42(p, q, lastStart, e, nl))) return 0;
  // a year closing the code after a short number or another year: a date or a period, not a record
  if (e - lastStart == 4 && digitsEnd(lastStart) == e) {
    const y = numValue(lastStart, lastStart + 2);
    const f = at(q) == 0x2d ? q + 1 : q;
    const fy = numValue(f, f + 2);
    if ((y == 19 || y == 20) && (digits <= 6 || (digits == 8 && (digitsEnd(f) - f == 4 && (fy == 19 || fy == 20))))) return 0;
  }
  // (a European postcode with its country letter is an address's: "E-41013. Sevilla", "D-80331 München")
  const b = at(p);
  if (nl == 1 && (q + 1 == lastStart && (e - lastStart == 5 && (digits == 5 && (b == 0x45 || (b == 0x44 || (b == 0x46 || b == 0x49))))))) {
    emit(p, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 700);
    return e;
  }
  emit(p, e, ENTITY_ID, REASON_RECORD_FIELD, 600);
  return e;
}

// ---- Organisations, identifiers and places round 15 (orgs15): HL7 v2 identifiers without a cue ----

/** Coding systems that close an HL7 v2 coded element (code^text^system): never a person's given name. */
const HL7_CODING_SYSTEMS = "\u0003cpt\u0003sct\u0003snm\u0003icd\u0003ndc\u0003cvx\u0005loinc\u0006snomed\u0006rxnorm\u0005hcpcs";
const HL7_PID: u32 = 0x706964; // "pid" (hl7Segment folds the segment's name to lower case)
const HL7_PV1: u32 = 0x707631; // "pv1"

/**
 * End of a person's name component of an HL7 v2 field starting at i (letters, with blanks, '-' and '\'' between
 * them: "LAFRANCE", "DE LA CRUZ", "O'BRIEN"), ended by '^' or '|'; 0 when it holds anything else or no letter.
 */
function hl7NameEnd(i: u32): u32 {
  let p = i;
  while (p < inLen && p - i <= 40) {
    const b = byteAt(p);
    if (isAlpha(b)) p++;
    else if ((b == 0x20 || (b == 0x2d || b == 0x27)) && (p > i && isAlpha(at(p + 1)))) p++;
    else break;
  }
  const t = at(p);
  return p > i && (t == 0x5e || t == 0x7c) ? p : 0;
}

/**
 * An identifier in an HL7 v2 segment (a line opening with a three-letter segment name and '|'), known by its field's
 * structure, without a cue: a token of 4+ digits (letters before them allowed) opening a field ('|' or '~' before it)
 * and followed by
 * - '^', a family name and a given name (the XCN person: "|1447902^LAFRANCE^ODETTE^R^^^^MD|", the attending's or
 *   ordering provider's number), not a coded element's text and coding system ("|80053^METABOLIC PANEL^CPT|": the
 *   third component must have 3+ letters and be no coding system; a drug's "00093505601^METFORMIN 500MG^NDC" has a
 *   digit in its text);
 * - three carets and an assigning authority (the CX identifier: "|E2241907^^^WMC^MR|"; MRN in PID-3, else ID);
 * - nothing, closing the field, in PV1 from field 18 on: the visit number (PV1-19, "PV1|...|V000918823|"; letters
 *   first and 6+ digits).
 * Emits and returns the token's end, or 0. (A bare number of 5-12 digits alone in its cell is scanRecordField's.)
 */
export function scanHl7Id(ts: u32): u32 {
  const b = before(ts);
  if (b != 0x7c && b != 0x7e) return 0;
  let e = ts;
  let digits: u32 = 0;
  while (e < inLen && (e - ts <= 20 && isAlnum(byteAt(e)))) {
    if (isDigit(byteAt(e))) digits++;
    e++;
  }
  const nx = at(e);
  if (digits < 4 || (e - ts > 20 || !isDigit(before(e)))) return 0;
  if (nx == 0x5e) {
    if (at(e + 1) == 0x5e) {
      if (at(e + 2) != 0x5e || !isAlpha(at(e + 3))) return 0;
      const seg = hl7Segment(ts);
      if (seg == 0) return 0;
      const pid3 = (seg >> 8) == HL7_PID && (seg & 0xff) == 3;
      emit(ts, e, pid3 ? ENTITY_MRN : ENTITY_ID, REASON_RECORD_FIELD, 700);
      return e;
    }
    const f = hl7NameEnd(e + 1);
    if (f == 0 || at(f) != 0x5e) return 0;
    const g = hl7NameEnd(f + 1);
    if (g == 0 || (g - f - 1 < 3 || (wordIndex(HL7_CODING_SYSTEMS, f + 1, g) >= 0 || hl7Segment(ts) == 0))) return 0;
    emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 700);
    return e;
  }
  // the visit number alone in a field of PV1 from field 18 on ("|V55100291\n"; PV1-19, or PV1-50, the alternate
  // visit ID: senders shift the fields, and the neighbours 18 and 20, patient type and financial class, are short
  // codes); letters first, as bare digits are scanRecordField's
  if (!(nx == 0x7c || (nx == 0x0a || (nx == 0x0d || (nx == 0x7e || e >= inLen)))) || (!isAlpha(byteAt(ts)) || digits < 6)) return 0;
  const seg = hl7Segment(ts);
  if ((seg >> 8) != HL7_PV1 || (seg & 0xff) < 18) return 0;
  emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 700);
  return e;
}

// ---- Stop 30: a blood product's donation number (self-contained: scanBloodUnit) ----

/**
 * (stop 30) The ISBT 128 donation identification number printed on every blood component: one capital letter and four
 * digits (the collecting facility), two digits (the year), six digits (the donation), in groups or glued ("unit W0417
 * 94 118822", "W041794118822"). A transfusion record names the donor's and recipient's unit by it. `ts` is the letter.
 * Emits ID; returns the end or 0.
 */
export function scanBloodUnit(ts: u32): u32 {
  // (stop 45, id45) the grouped form with the letter in lower case too, as lower-case notes write it: "unit w0447 99
  // 118220" (the glued form keeps its capital: thirteen characters after a small letter are as often a code)
  const low = at(ts) >= 0x61 && (at(ts) <= 0x7a && at(ts + 5) == 0x20);
  if (!(isUpperAscii(at(ts)) || low) || digitsEnd(ts + 1) != ts + 5) return 0;
  let e: u32 = 0;
  if (at(ts + 5) == 0x20) {
    if (digitsEnd(ts + 6) != ts + 8 || (at(ts + 8) != 0x20 || digitsEnd(ts + 9) != ts + 15)) return 0;
    e = ts + 15;
  } else {
    if (digitsEnd(ts + 5) != ts + 13) return 0;
    e = ts + 13;
  }
  if (!cleanEnd(e)) return 0;
  emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 700);
  return e;
}

// ---- Stop 33, places, ages and IDs round (loc33): a prescription's number, a file's grouped number, a pair's serial ----

/**
 * (stop 33) "Rx" alone (a word, one blank) right before the digits at ts, 6-10 of them closing the token: a pharmacy's
 * prescription number ("#8 (Rx 7700418 to Smith's Pharmacy)", "RX 4471902"). A dose is never six digits ("Rx 1000 mg"
 * has four). Emits ID and returns its end, or 0.
 */
export function scanRxNumber33(ts: u32): u32 {
  const e = digitsEnd(ts);
  const n = e - ts;
  if (n < 6 || (n > 10 || (isWordish(at(e)) || (ts < 3 || (before(ts) != 0x20 || !wordEndsAt(ts - 1, "\u0002rx")))))) return 0;
  emit(ts, e, ENTITY_ID, REASON_ID_CUE, 700);
  return e;
}

// (stop 33) words that label a file's number: file case claim docket
const FILE_LABELS33 = "\u0004file\u0004case\u0005claim\u0006docket";

/**
 * (stop 33) A file's number after its label and one blank, at s: one or two letters, '-', then digits, in groups joined
 * by single blanks or not, 6 digits or more, closing cleanly (tokenEnd: no word glued, no unit after a group): "(file
 * C-44 817 220)", "CASE C-12 345 678" (a veterans' claim file's form). Not "on file C-2 pages", "file C-44 817 220 mg"
 * (too few digits before the unit). Emits ID and returns its end, or 0.
 */
export function scanFileGroups33(s: u32): u32 {
  const q = skipBlanksBack(s, 1);
  const l = lettersEnd(s);
  if (q == s || (q < 4 || (l == s || (l - s > 2 || (at(l) != 0x2d || !wordEndsAt(q, FILE_LABELS33)))))) return 0;
  const e = tokenEnd(s, true);
  if (e == 0 || (tokDigits < 6 || tokAlnum - tokDigits != l - s)) return 0;
  emit(s, e, ENTITY_ID, REASON_ID_CUE, 750);
  return e;
}

/**
 * (stop 39) A case's, a claim's, a docket's or a file's number after its word and one blank ('#' glued or apart
 * allowed), read from the first digit run at ts: a code of letters and digits with four digits or more ("case
 * 51-2096-CR-01412", "COUNTY CASE 97-MH-0214", "CASE 22DU-CR00417", "case CC-S99-118720"), or six to twelve digits
 * alone ("case 1188402"), as court, agency and claim papers write them. Not "case 2 of 3", "case 45-year-old", "during
 * the case 3600 mL", a date ("case 2024-01-05"), "Case: 45-year-old man" (a colon opens a case report). Emits ID and
 * returns its end, or 0.
 */
export function scanCaseCode39(ts: u32): u32 {
  let b = ts;
  while (b > 0 && (ts - b < 12 && (isAlnum(before(b)) || before(b) == 0x2d && (b >= 2 && isAlnum(byteAt(b - 2)))))) b--;
  let w = b;
  if (before(w) == 0x23) w--;
  if (w < 6 || before(w) != 0x20) return 0;
  w--;
  if (before(w) == 0x23 && before(w - 1) == 0x20) w -= 2;
  // (the label's last letter first: "case", "file", "claim", "docket")
  const z = before(w) | 0x20;
  if ((z != 0x65 && (z != 0x6d && z != 0x74)) || !wordEndsAt(w, FILE_LABELS33)) return 0;
  const e = tokenEnd(b, false);
  if (e == 0 || e <= ts) return 0;
  const letters = tokAlnum - tokDigits;
  if (letters == 0 ? e - b != tokDigits || tokDigits < 6 || tokDigits > 12 : tokDigits < 4 || letters > 8) return 0;
  emit(b, e, ENTITY_ID, REASON_ID_CUE, 700);
  return e;
}

/**
 * (stop 33) After a plural serial cue's first number [s, e) (cue the cue's kind, its words cueStart..cueEnd: "serials
 * 2231XK418 / 2231XK419", "serial nos 123-456 and 123-789"), the pair's second number of the same length after " / ",
 * " and ", " & " or ", ". Emits it as a DEVICE and returns its end, or e.
 */
export function secondSerial33(s: u32, e: u32, cue: u32): u32 {
  if (cue != CUE_DEVICE || (byteAt(cueEnd - 1) | 0x20) != 0x73) return e;
  let p = skipBlanks(e, 1);
  const c = at(p);
  if (c == 0x2f || (c == 0x26 || c == 0x2c)) p++;
  else if ((c | 0x20) == 0x61 && ((at(p + 1) | 0x20) == 0x6e && (at(p + 2) | 0x20) == 0x64)) p += 3;
  else return e;
  if (at(p) != 0x20 || p == e) return e;
  p++;
  const t = tokenEnd(p, false);
  if (t == 0 || (t - p != e - s || (isDigit(at(p)) != isDigit(at(s)) || tokDigits < 2))) return e;
  emit(p, t, ENTITY_DEVICE, REASON_DEVICE_CUE, 850);
  return t;
}

// ---- Stop 40, identifiers, ages and dates (id40): codes whose second group opens with letters ----

/**
 * (stop 40) In scanDashCode, after the prefix's '-' at e (r: the end of the letters of the prefix's case there): one or
 * two such letters glued to two digits or more open the next group, a series' or a site's letter before the number
 * ("case CC-S99-118720", "labelled OB-S99-0441", "Cigna CGN-U44718820"); returns where the digits start, or e. The
 * caller's tests on digits still hold ("HLA-B27", "EGFR-T790M", "KRAS-G12C": runs too short; a mixed-case word is
 * refused first, "SARS-CoV-2").
 */
function letterGroupCodeId40(e: u32, r: u32): u32 {
  return r > e && r - e <= 2 && isDigit(at(r)) && isDigit(at(r + 1)) ? r : e;
}

// (stop 41) words before a '#' or a long code that number a street's unit, a study or a dose, not a person's record:
// "St #400", "Suite #1200", "IRB #2024-0713", "(NCT07118842)", "dispense #1200", and equipment's ("model #: 12345",
// "crash cart #CC-208")
const NOT_RECORD41 = "\u0002st\u0002rd\u0003ave\u0003apt\u0003ste\u0005suite\u0004room\u0002rm\u0003bed\u0003irb\u0008protocol\u0005study\u0003nct\u0008dispense\u0003qty\u0008quantity\u0005tooth\u0005teeth\u0005model\u0004size\u0004cart\u0008catheter";

/** (stop 41) Start of the code around ts: back over letters, digits and single '-' joining them (at most 32 bytes). */
export function codeStart41(ts: u32): u32 {
  let p = ts;
  while (p > 0 && ts - p < 32) {
    const b = byteAt(p - 1);
    if (isAlnum(b)) { p--; continue; }
    if (b == 0x2d && (p >= 2 && isAlnum(byteAt(p - 2)))) { p--; continue; }
    break;
  }
  return p;
}

/** (stop 41) The word before s (blanks, '(' and ':' between, at most three bytes) is one of NOT_RECORD41. */
function notRecordBefore41(s: u32): bool {
  let k = s;
  let n: u32 = 0;
  while (k > 0 && (n < 3 && (byteAt(k - 1) == 0x20 || (byteAt(k - 1) == 0x28 || (byteAt(k - 1) == 0x3a || byteAt(k - 1) == 0x23))))) { k--; n++; }
  return k < s && wordEndsAt(k, NOT_RECORD41);
}

/**
 * (stop 46) [s, e) is one letter other than 'x' and seven digits ("J0447182", "e4471820"): a record's number as systems
 * print it. 'x' opens a count or a factor ("x1000000"); a HCPCS code has four digits, an ICD-10 code two or three.
 */
function letterSeven46(s: u32, e: u32): bool {
  return e - s == 8 && (tokDigits == 7 && (isAlpha(byteAt(s)) && (byteAt(s) | 0x20) != 0x78));
}

/** (stop 41) [s, e) holds only letters, digits and '-'. */
function plainCode41(s: u32, e: u32): bool {
  for (let q = s; q < e; q++) if (!isAlnum(byteAt(q)) && byteAt(q) != 0x2d) return false;
  return true;
}

/**
 * (stop 41) A long code without a cue: letters and digits (joined by '-') with six digits or more and a letter, as a
 * plan's member ID, a registry's or an agency's number is written ("Horizon NJ Health 3HZ447182011", "via Ambetter
 * U7041882903", "HIGHMARK BLUE SHIELD HMK-YZP-2044718", "ProviderOne 108847720WA"). Not a decade's range ("140s-210s"),
 * a dose or a count glued to its unit ("100000units"), a date with its month's letters ("14MAR2099"), a trial's,
 * a study's or a protocol's number (NOT_RECORD41), nor a code glued to a path, a domain or an HL7 field. ts: any point
 * of the code; returns the end or 0.
 */
export function scanLongCode41(ts: u32): u32 {
  const s = codeStart41(ts);
  const pb = before(s);
  if (isWordish(pb) || (pb == 0x7c || (pb == 0x5e || (pb == 0x2f || (pb == 0x2e || (pb == 0x40 || (pb == 0x5f || pb == 0x23))))))) return 0;
  const e = tokenEnd(s, false);
  // (one token without '-', eight digits or more: "FY2024-2025", "chr17-41276045", "PLT-150000", "AB-123456-CD",
  // "CD1359-40Q" and a CSV's "e9910240" stay out, as test/ids-places-14 and main-round-30 want)
  // (stop 46) or one letter, not 'x', and seven digits, the shape of a record's number with its letter ("ACTION: J9904471
  // MERGED INTO J0447182", "Re: Abernathy, Wilhelmina (E4471820)"; the fixtures write no other token of that shape)
  if (e == 0 || (tokDigits < (letterSeven46(s, e) ? 7 : 8) || (tokAlnum == tokDigits || (tokAlnum > 24 || !plainCode41(s, e))))) return 0;
  for (let q = s; q < e; q++) if (byteAt(q) == 0x2d) return 0;
  const nb = at(e);
  if (nb == 0x2f || (nb == 0x40 || (nb == 0x5f || (nb == 0x2e && isAlnum(at(e + 1)))))) return 0;
  // letters: a decade's 's' right after digits ("70s-80s") counts for none; a month's three letters between a day
  // and a year ("14MAR2099") and a unit after the digits refuse the code
  let letters: u32 = 0;
  let lead: u32 = 0; // letters before the first digit
  let firstDigit = true;
  for (let q = s; q < e; q++) {
    const b = byteAt(q);
    if (isAlpha(b)) {
      if ((b | 0x20) == 0x73 && (q > s && (isDigit(byteAt(q - 1)) && !isAlnum(at(q + 1))))) continue;
      letters++;
      if (firstDigit) lead++;
    } else if (isDigit(b)) firstDigit = false;
  }
  if (letters == 0 || monthOrSize41(s, e)) return 0;
  if (lead == 0 && letters == e - lettersStart(e)) {
    // digits then letters only at the end: a unit ("100000units", "250000IU") unless two capitals or two lower-case
    // letters of a state's code after nine digits or more ("108847720WA")
    if (e - lettersStart(e) != 2 || lettersStart(e) - s < 9) return 0;
  }
  if (notRecordBefore41(s)) return 0;
  // a registry's trial number ("NCT07118842")
  if (lead == 3 && ((byteAt(s) | 0x20) == 0x6e && ((byteAt(s + 1) | 0x20) == 0x63 && (byteAt(s + 2) | 0x20) == 0x74))) return 0;
  emit(s, e, ENTITY_ID, REASON_RECORD_FIELD, 650);
  return e;
}

/**
 * (stop 41) A code after a word's '#' that no cue list names: "DRIVER # RVR-331", "MCI # BV-MCI-99-004", "NORA #
 * 99-STM-0314", "SECURITY #CS-221", "MDOC # K4471", "AME # 44718-1", "SO #: 188420", "(#114)", "Walmart Vision
 * Center #2217", and a code's letters and a blank before the digits ("AGENCY # LRVNA 30447", "CARD # PRCA 44718").
 * The code has letters or a '-' and two digits or more in four characters or more ("TRUCK #HT-41"), or is four
 * digits or more; three digits only in brackets ("(#114)"). Not after a street's unit, a study's or a dose's word
 * (NOT_RECORD41: "St #400", "IRB #2024-0713", "dispense #1200"), nor a vaccine's or a tooth's dose number ("DTaP #5",
 * "#30": too few digits). ts: any point of the code; returns the end or 0.
 */
export function scanHashCode41(ts: u32): u32 {
  let s = codeStart41(ts);
  if (isWordish(before(s))) return 0;
  // the code's letters and one blank before digits: "LRVNA 30447"
  let h = skipBlanksBack(s, 2);
  if (h > 0 && byteAt(h - 1) == 0x3a) h = skipBlanksBack(h - 1, 1);
  if (h == 0 || byteAt(h - 1) != 0x23) {
    if (!isDigit(byteAt(s)) || before(s) != 0x20) return 0;
    const ws = lettersStart(s - 1);
    const n = s - 1 - ws;
    if (n < 2 || (n > 5 || isWordish(before(ws)))) return 0;
    const up = byteAt(ws) <= 0x5a;
    for (let q = ws + 1; q < s - 1; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
    h = skipBlanksBack(ws, 2);
    if (h == 0 || byteAt(h - 1) != 0x23) return 0;
    const e = tokenEnd(s, false);
    if (e == 0 || (tokDigits < 4 || (tokAlnum != tokDigits || notRecordBefore41(h - 1)))) return 0;
    emit(ws, e, ENTITY_ID, REASON_ID_CUE, 800);
    return e;
  }
  // before the '#': a word, or a person's comma or a bracket ("Cantú, #4471", "(#114)")
  const k = skipBlanksBack(h - 1, 1);
  const kb = before(k);
  if (!(isAlpha(kb) || (kb >= 0x80 || (kb == 0x2c || kb == 0x28)))) return 0;
  // a '#' glued to a word is a tag's or a note's ("abc#12345", "note#123456"; capitals glued are headerNumber's)
  if (k == h - 1 && kb != 0x28) return 0;
  if (isAlpha(kb) && wordEndsAt(k, NOT_RECORD41)) return 0;
  const e = tokenEnd(s, false);
  if (e == 0 || (!plainCode41(s, e) || tokDigits > 12)) return 0;
  // a size: digits, '-' and a word ("#24-French", "#18-gauge", "#10-blade")
  const d = digitsEnd(s);
  if (d > s && (at(d) == 0x2d && (lettersEnd(d + 1) == e && e - d - 1 >= 3))) return 0;
  // digits and '-' only: a first group of three digits or more ("#12-441" after a name stays, main-round-33)
  if (tokAlnum == tokDigits && (at(digitsEnd(s)) == 0x2d && digitsEnd(s) - s < 3)) return 0;
  if (tokAlnum == tokDigits && at(digitsEnd(s)) != 0x2d) {
    if (!(tokDigits >= 4 || (tokDigits == 3 && (kb == 0x28 && (k == h - 1 && (s == h && at(e) == 0x29)))))) return 0;
    // a count before its unit or a lower-case word ("#1000 tabs")
    if (at(e) == 0x20 && (byteAt(e + 1) >= 0x61 && byteAt(e + 1) <= 0x7a)) return 0;
  } else if (tokDigits < 2 || tokAlnum < 4) return 0;
  if (!cleanEnd(e)) return 0;
  emit(s, e, ENTITY_ID, REASON_ID_CUE, 800);
  return e;
}

/**
 * (stop 41) [s, e) holds a month's three letters between one or two digits and a digit ("14MAR2099", "09mar2099-13mar2099":
 * a glued date or a range of them), or only 'x' between digit groups ("14X10X10", "51x19x22": a size in three dimensions).
 */
function monthOrSize41(s: u32, e: u32): bool {
  let dims = true;
  for (let q = s; q < e; q++) {
    const b = byteAt(q);
    if (!isAlpha(b)) continue;
    if ((b | 0x20) != 0x78 || (q == s || (!isDigit(byteAt(q - 1)) || !isDigit(at(q + 1))))) dims = false;
    if (q > s && (isDigit(byteAt(q - 1)) && (q < s + 2 || (!isDigit(byteAt(q - 2)) || (q < s + 3 || !isDigit(byteAt(q - 3))))))) {
      const l = lettersEnd(q);
      if (l - q == 3 && (l < e && isDigit(byteAt(l)))) return true;
    }
  }
  return dims;
}


// ---- Stop 42 (id42): short codes by shape, and a code's letters and one blank before its number ----

// (stop 42) prose's, a date's and a lab's words right before a number, never a code's letters: "and 7654321", "DOB
// 13451930", "PLT 2500000", "de 1500000"
const NOT_CODE42 = "\u0003and\u0002or\u0003the\u0002to\u0002of\u0002at\u0002in\u0002on\u0002by\u0002is\u0003was\u0003are\u0003for\u0004from\u0004with\u0003per\u0004than\u0003not\u0002no\u0003dob\u0003dod\u0003dos\u0004date\u0002de\u0003del\u0002la\u0002el\u0002en\u0003con\u0003las\u0003los\u0003anc\u0003alc\u0003rna\u0003dna\u0002vl\u0004load\u0003cfu\u0002iu\u0003bin\u0003wbc\u0003plt\u0003rbc\u0003hgb\u0004size\u0005count";


/**
 * (stop 42) scanDashCode's short codes: a word's letters and '-' first ("CB-0101", "MCDSS-POSC-0447", "TN-99-071"),
 * closed by a group of digits only, zero-padded (three to six digits led by '0', letters up to six) or of four or five
 * digits not ending in "00" (letters up to four: "IAC-7718"; a model's round number stays out, "XN-1000", and an
 * investigational drug's code after its sponsor's letters, DRUG_SPONSORS42: "MK-3475"). Not after
 * a form's, a study's or a protocol's word (NOT_RECORD41, FORM42: "FORM MCSA-5870", "study HF-ADAPT-0217").
 * Over the 92 evaluation files this shape was gold 1,547 times and not 12 (those 12 after "study", "protocol",
 * "form" and "CMS-2728 on file").
 */
function shortDashCode42(p: u32, q: u32, lastStart: u32, e: u32, nl: u32): bool {
  if (at(q) != 0x2d) return false;
  // (stop 43) a letter of the code's case opening a zero-padded last group ("ZONE PAR-E014") or a check letter alone closing the
  // code after its digits ("(BOX LC-7718-A)"): the digits' group is read as the last
  // (the opening letter's digits zero-padded: "HLA-B5701" is an allele)
  if (isAlpha(at(lastStart)) && at(lastStart + 1) == 0x30) lastStart++;
  else if (e == lastStart + 1 && (isAlpha(at(lastStart)) && (before(lastStart) == 0x2d && (lastStart - 1 > q + 1 && isDigit(before(lastStart - 1)))))) {
    e = lastStart - 1;
    lastStart = e;
    while (isDigit(before(lastStart))) lastStart--;
    if (before(lastStart) != 0x2d) return false;
  }
  if (digitsEnd(lastStart) != e) return false;
  const n = e - lastStart;
  if (byteAt(lastStart) == 0x30) {
    if (n < 3 || (n > 6 || nl > 6)) return false;
  } else if (n < 4 || (n > 5 || (nl > 4 || ((byteAt(e - 1) == 0x30 && byteAt(e - 2) == 0x30) || wordIndex(DRUG_SPONSORS42, p, q) >= 0)))) return false;
  if (notRecordBefore41(p)) return false;
  let k = p;
  while (k > 0 && (p - k < 3 && (byteAt(k - 1) == 0x20 || (byteAt(k - 1) == 0x28 || byteAt(k - 1) == 0x3a)))) k--;
  return !(k < p && wordEndsAt(k, FORM42));
}

const FORM42 = "\u0004form\u0005forms";

// (stop 42) sponsors' prefixes of investigational drugs' codes, never a person's record: "MK-3475 infusion" (ids-places-14),
// "BMS-9362", "AZD-9291", "LY-2835", "PF-0480" stays a code only when zero-padded
const DRUG_SPONSORS42 = "\u0002mk\u0003bms\u0003abt\u0003azd\u0003gsk\u0002ly\u0002pf\u0002ro\u0003sar\u0003jnj\u0003bay\u0003amg\u0002gs\u0003tak\u0002cc\u0002bi\u0003mln\u0004incb\u0002rg\u0002ds\u0003ono\u0003bgb";

/**
 * (stop 42) A number after a code's letters and one blank, the letters two to five of one case with nothing glued
 * before them (ws, from spacedPrefixId40's test), the number zero-padded (six digits or more led by '0': "TS
 * 0044718", "SC 004471882"), or seven digits or more ("OEC 4471208", "CAP 8812047", "NTC 7741882"), or two digits, '-'
 * and a zero-padded group or five digits or more, and one more group ("NNEPC 99-04418", "GCSO 99-0314-06", "MI
 * 99-044"). The letters are not prose's, a date's or a lab's word (NOT_CODE42: "and 7654321", "DOB 13451930", "PLT
 * 2500000") nor NOT_RECORD41's, nor after NOT_RECORD41's ("study ABC 1234567"); not glued to a path, a domain, a decimal or a '-'. Returns the end or 0.
 */
export function scanSpacedCode42(ws: u32, ts: u32): u32 {
  let e = digitsEnd(ts);
  const n = e - ts;
  if (at(e) == 0x2d && n <= 2) {
    if (n != 2 || !isDigit(at(e + 1))) return 0;
    const g = e + 1;
    e = digitsEnd(g);
    if (!((byteAt(g) == 0x30 && e - g >= 3) || e - g >= 5)) return 0;
    if (at(e) == 0x2d && isDigit(at(e + 1))) e = digitsEnd(e + 1);
  } else if (!((byteAt(ts) == 0x30 && n >= 6) || (byteAt(ts) != 0x30 && n >= 7)) || n > 12) return 0;
  // (stop 43) a report's year after the number, '-' and two digits: "(MISSING PERSON HPD 0447182-99)"
  else if (at(e) == 0x2d && (isDigit(at(e + 1)) && digitsEnd(e + 1) == e + 3)) e += 3;
  const nb = at(e);
  if (isWordish(nb) || (nb == 0x2d || (nb == 0x2f || (nb == 0x40 || (nb == 0x5f || (nb == 0x2e && isDigit(at(e + 1)))))))) return 0;
  if (wordIndex(NOT_CODE42, ws, ts - 1) >= 0 || (wordIndex(NOT_RECORD41, ws, ts - 1) >= 0 || notRecordBefore41(ws))) return 0;
  // (stop 43) a catalogue's "ref" labels the number, no part of it: "(lot 1042887A, ref 1500300-18)"
  emit(wordIndex("\u0003ref", ws, ts - 1) >= 0 ? ts : ws, e, ENTITY_ID, REASON_RECORD_FIELD, 650);
  return e;
}

/**
 * (stop 43, id43) A user's login, six letters or more of one case and one or two digits (ts..e): after "by" and one
 * blank at the line's end ("PRINTED 14MAR2099 0640 BY RGUAJARDO2", "entered by jdoe12"), or alone in square brackets
 * closing a signature's line ("Marisa Lucero, DO on 3/14/2099 11:48 am [mlucero3]"). A gene's or a virus's name after
 * "by" goes on with its sentence ("confirmed by ADAMTS13 activity") or closes it with a period.
 */
export function loginId43(ts: u32, e: u32): u32 {
  let d = ts;
  while (isAlpha(byteAt(d))) d++;
  const up = byteAt(ts) <= 0x5a;
  for (let q = ts + 1; q < d; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
  const c = at(e);
  const lineEnd = e >= inLen || (c == 0x0a || c == 0x0d);
  if (before(ts) == 0x5b) {
    if (c != 0x5d || !(e + 1 >= inLen || (at(e + 1) == 0x0a || at(e + 1) == 0x0d))) return 0;
  } else if (!lineEnd || (before(ts) != 0x20 || (ts < 4 || ((before(ts - 1) | 0x20) != 0x79 || ((before(ts - 2) | 0x20) != 0x62 ||
    // (stop 44, id44: a word byte before "by" as wordEndsAt reads one, bytes >= 0x80 included: "ÉBY" is no "by")
    isWordish(before(ts - 3))))))) return 0;
  emit(ts, e, ENTITY_ID, REASON_RECORD_FIELD, 600);
  return e;
}

/**
 * (stop 43, id43) A client's code after the word "code" and one blank: two or three letters, four digits and one letter,
 * all letters of one case, nothing glued after ("CODE MA0412M — RETURNING", "code RO1125F — new": a harm-reduction or a
 * testing programme's code of initials, birth month and day, and sex). A billing code has no letters around its digits
 * ("code 99213"), a diagnosis' has a period ("code E11.9"). ts: the first letter; d: the digits' end.
 */
export function clientCode43(ts: u32, d: u32): u32 {
  if (!isAlpha(at(d)) || (isAlnum(at(d + 1)) || (at(d + 1) == 0x2d || at(d + 1) == 0x2e && isAlnum(at(d + 2))))) return 0;
  const up = byteAt(ts) <= 0x5a;
  if ((at(d) <= 0x5a) != up) return 0;
  for (let q = ts + 1; q < d - 4; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
  const k = ts - 1;
  if (k < 4 || (!wordEndsAt(k, "\u0004code") || isAlnum(before(k - 4)))) return 0;
  emit(ts, d + 1, ENTITY_ID, REASON_RECORD_FIELD, 600);
  return d + 1;
}

/** (stop 44, id44) Words of an ambulance service before its unit ("COUNTY EMS (UNIT M-7)", "ems unit m-14"). */
const EMS_WORDS44 = "\u0003ems\u0009ambulance\u0006rescue\u0004fire\u0003als\u0003bls\u0009paramedic\u000aparamedics";

/**
 * (stop 44, id44) An emergency unit's or a crew's call sign, one to three letters, '-' and one to three digits (ts: the
 * digits): after "unit" that an ambulance service's word opens ("BRAZOS COUNTY EMS (UNIT M-7)", "Gillespie County EMS
 * (unit M-14)", "EMS unit A-12"), or after "crew #" ("(CREW # IHC-7)"). A hospital's unit ("ICU (unit B-2)", "unit
 * 4-West"), a range ("units 2-3") and a code with more groups ("M-7-2") stay. Returns the end or 0.
 */
export function unitSign44(ts: u32): u32 {
  const e = digitsEnd(ts);
  if (e - ts > 3 || (isWordish(at(e)) || ((at(e) == 0x2d || (at(e) == 0x2e || at(e) == 0x2f)) && isAlnum(at(e + 1))))) return 0;
  const ls = lettersStart(ts - 1);
  if (ls == ts - 1 || (ts - 1 - ls > 3 || before(ls) != 0x20)) return 0;
  let k = skipBlanksBack(ls, 1);
  if (before(k) == 0x23) k = skipBlanksBack(k - 1, 1);
  const ws = lettersStart(k);
  if (ws == k || isWordish(before(ws))) return 0;
  if (!eqWord(ws, k, "unit")) {
    if (!eqWord(ws, k, "crew")) return 0;
  } else {
    let p = ws;
    if (before(p) == 0x28) p--;
    p = skipBlanksBack(p, 2);
    if (p == ws || !wordEndsAt(p, EMS_WORDS44)) return 0;
  }
  emit(ls, e, ENTITY_ID, REASON_RECORD_FIELD, 600);
  return e;
}

// ---- Stop 43, loc43: a ZIP after an address's town with no state code ----

/** Street types closing a street's group (the lower-case word, its period stripped). */
const STREET_TYPES43 = "\u0002st\u0003str\u0006street\u0002rd\u0004road\u0003ave\u0002av\u0006avenue\u0004blvd\u0009boulevard\u0002ln\u0004lane\u0002dr\u0005drive\u0002ct\u0005court\u0002pl\u0005place\u0003ter\u0007terrace\u0003cir\u0006circle\u0004pkwy\u0007parkway\u0003hwy\u0007highway\u0003way\u0003trl\u0005trail\u0004loop\u0003row\u0004pike\u0004tpke\u0003fwy\u0004expy\u0005route\u0003rte";
/** Street types written before the street's name, after the house number ("212 rue beauregard", "81-447 calle tampico"). */
const STREET_PREFIXES43 = "\u0003rue\u0005calle\u0007avenida\u0006camino\u0006chalan";
/** A unit's or a box's word before its number ("apt 3", "suite 310", "box 882"): a group of its own, or a street's end. */
const UNIT_WORDS43 = "\u0003apt\u0004unit\u0005suite\u0003ste\u0003lot\u0003box\u0004bldg\u0005floor\u0002fl\u0004room\u0002rm\u0005space\u0004trlr\u0005cabin";
/** A direction closing a street after its number or type ("700 s", "3rd ave nw"). */
const DIRS43 = "\u0001n\u0001s\u0001e\u0001w\u0002ne\u0002nw\u0002se\u0002sw";
/** Labels that open a number's field, never a town before a ZIP ("patient 12345", "mrn 44718"). */
const ZIP_LABELS43 = "\u0007patient\u0002pt\u0003mrn\u0002id\u0002no\u0004acct\u0007account\u0005claim\u0006member\u0006policy\u0004case\u0005order\u0003ref\u0003ext\u0004dept\u0003bed\u0004code\u0005total\u0006number\u0003num";

// the last group's classes (zipGroup43)
const G43_TOWN: i32 = 1; // letters only, one to five words
const G43_UNIT: i32 = 2; // "#b", "apt 3", "suite 310"
const G43_STREET: i32 = 3; // a house number before a word, closed by a type, a direction or a type's or unit's number

/** The word [s, e) less a closing period is one of `list`. */
function word43(list: string, s: u32, e: u32): bool {
  if (e > s + 1 && byteAt(e - 1) == 0x2e) e--;
  return wordIndex(list, s, e) >= 0;
}

/**
 * The class of the address group [s, e) (between separators): G43_TOWN, G43_UNIT, G43_STREET or 0. With `town` the group
 * must be a town (its first word no label's or unit's). A street's group may open with the clause before the house
 * number ("lives with fiancé colton grace at 118 county road 41"): only its words from the number on are read.
 */
function zipGroup43(s: u32, e: u32, town: bool): i32 {
  let words: u32 = 0;
  let letters = true;
  let numLetter = false; // a token opened by a digit, then a blank and a token opened by a letter
  let firstS: u32 = 0, firstE: u32 = 0, prevS: u32 = 0, prevE: u32 = 0, lastS: u32 = 0, lastE: u32 = 0;
  let prevNum = false;
  let lastNum = false;
  let typeFirst = false;
  let i = s;
  while (i < e) {
    const b = byteAt(i);
    if (b == 0x20 || b == 0x09) {
      i++;
      continue;
    }
    const ts = i;
    let alpha = true;
    while (i < e && (byteAt(i) != 0x20 && byteAt(i) != 0x09)) {
      const c = byteAt(i);
      if (!(isAlpha(c) || (c >= 0x80 || (c == 0x2e || (c == 0x27 || c == 0x2d))))) alpha = false;
      i++;
    }
    const num = isDigit(byteAt(ts));
    if (!num && (isAlpha(byteAt(ts)) && (lastNum && words > 0))) numLetter = true;
    if (!alpha || !isAlpha(byteAt(ts)) && byteAt(ts) < 0x80) letters = false;
    // (a street type-first after the house number: "212 rue beauregard", "81-447 calle tampico")
    if (words > 0 && (!num && (lastNum && word43(STREET_PREFIXES43, ts, i)))) typeFirst = true;
    words++;
    if (words == 1) {
      firstS = ts;
      firstE = i;
    }
    prevS = lastS;
    prevE = lastE;
    prevNum = lastNum;
    lastS = ts;
    lastE = i;
    lastNum = num;
  }
  if (words == 0) return 0;
  if (letters) {
    if (words > 5) return 0;
    if (town && (word43(ZIP_LABELS43, firstS, firstE) || word43(UNIT_WORDS43, firstS, firstE))) return 0;
    return G43_TOWN;
  }
  if (town) return 0;
  if (words <= 2 && (byteAt(firstS) == 0x23 || words == 2 && word43(UNIT_WORDS43, firstS, firstE))) return G43_UNIT;
  if (!numLetter || words < 2) return 0;
  if (typeFirst) return G43_STREET;
  if (lastNum) return prevE > prevS && (word43(STREET_TYPES43, prevS, prevE) || word43(UNIT_WORDS43, prevS, prevE)) ? G43_STREET : 0;
  if (word43(STREET_TYPES43, lastS, lastE)) return G43_STREET;
  return word43(DIRS43, lastS, lastE) && (prevNum || prevE > prevS && word43(STREET_TYPES43, prevS, prevE)) ? G43_STREET : 0;
}

/**
 * (stop 43) A ZIP (five digits at ts) after an address's town with no state code, or with a code the state rule leaves
 * ("MILE 12.5 KNIK-GOOSE BAY RD, KNIK CROSSING 99654.", "2 OLD STAGECOACH RD, LAKE VIEW MILL, DILLON COUNTY 29563",
 * "1120 caledonia st apt 3, la crosse 54603 —", "118 county road 41, sherman gin ms 38869 ·", "1200 hilyard st, suite
 * 310 · eugene, or 97401"): on the ZIP's line, a town of one to five words of letters (no field's label or unit word
 * first) after a comma or a middle dot, the ZIP closing its phrase (no word after one blank), then back over towns' and
 * units' groups (two more at most) to a street's group: a house number before a word, closed by a street type, a
 * direction after a number or type, or a type's or unit's number ("county road 41", "st apt 3"), or written type first
 * ("212 rue beauregard"). Emits the ZIP and returns its end, or 0.
 */
export function zipAfterTown43(ts: u32): u32 {
  const e = ts + 5;
  // a letter, then one or two blanks before the ZIP; the ZIP alone
  let i = skipBlanksBack(ts, 2);
  if (i == ts || (!isAlpha(before(i)) && before(i) < 0x80 || !cleanEnd(e))) return 0;
  // the ZIP closes its phrase: the text's or the line's end, a mark, or a column ("tillmore 01970 with wife" goes on,
  // test/places-round-38.test.ts)
  const a = skipBlanks(e, 2);
  if (a < inLen && (a - e == 1 && isAlnum(byteAt(a)))) return 0;
  const lim = ts > 160 ? ts - 160 : 0;
  let end = i;
  for (let g: u32 = 0; g < 4; g++) {
    // the group's start: back to a separator
    let sep: u32 = 0;
    while (i > lim) {
      const b = byteAt(i - 1);
      if (b == 0x2c || (b == 0x0a || (b == 0x0d || (b == 0x3a || (b == 0x3b || (b == 0x7c || (b == 0x28 || (b == 0x29 ||
        b == 0xb7 && (i >= 2 && byteAt(i - 2) == 0xc2))))))))) {
        sep = b;
        break;
      }
      i--;
    }
    if (g == 0 && i == end) return 0;
    const c = zipGroup43(i, end, g == 0);
    if (c == 0) return 0;
    if (c == G43_STREET) {
      if (g == 0) return 0;
      emit(ts, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 750);
      return e;
    }
    if (g == 0 && c != G43_TOWN) return 0;
    // a town's or a unit's group goes on only after a comma or a middle dot
    if (sep != 0x2c && sep != 0xb7) return 0;
    end = sep == 0xb7 ? i - 2 : i - 1;
    i = end;
  }
  return 0;
}

// ---- Stop 44, clinical round 35 (fx44): a ZIP in a caret-delimited address (HL7 XAD, DICOM) ----

/** (stop 44, fx44) The element ending at e (before a '^') is a town: letters, blanks, '.', '-', '\'', 3-35 bytes, a
 * letter first, after a '^'. Its start, or NONE-like 0xffffffff. */
function caretTown44(e: u32): u32 {
  let s = e;
  while (s > 0 && (e - s <= 35 && byteAt(s - 1) != 0x5e)) {
    const c = byteAt(s - 1);
    if (!(isAlpha(c) || (c == 0x20 || (c == 0x2e || (c == 0x2d || c == 0x27))))) return 0xffffffff;
    s--;
  }
  if (s == 0 || (byteAt(s - 1) != 0x5e || (e - s < 3 || !isAlpha(byteAt(s))))) return 0xffffffff;
  return s;
}

/**
 * (stop 44, fx44) The digit run [ts, runEnd), right after '^', is the ZIP of a caret-delimited address, as HL7's XAD
 * and DICOM's address fields write it ("6411 FANNIN ST^HOUSTON^TX^77030", "12 MAIN ST^^BOSTON^MA^02115^USA"): five or
 * nine digits (or five, '-' and four), closing the component ('^', '|', '~', a line's end or the input's); before it
 * a state's two letters between carets and a town, or an empty state after a town that follows a street line opening
 * with a number ("1419 W ALABAMA ST^HOUSTON^^77006"). Emits the town (LOCATION, with the name pass on) and the ZIP;
 * returns the ZIP's end, or 0. "DOE^JANE^^12345" (no street before the town) and "^XX^12345" (no state) give nothing.
 */
export function caretZip44(ts: u32, runEnd: u32, names: bool): u32 {
  let e = runEnd;
  const n = runEnd - ts;
  if (n == 5 && (at(e) == 0x2d && digitsEnd(e + 1) == e + 5)) e += 5;
  else if (n != 5 && n != 9) return 0;
  const c = at(e);
  if (!(e >= inLen || (c == 0x5e || (c == 0x7c || (c == 0x7e || (c == 0x0a || c == 0x0d)))))) return 0;
  if (ts < 6 || byteAt(ts - 1) != 0x5e) return 0;
  let tw: u32 = 0;
  if (byteAt(ts - 2) == 0x5e) {
    tw = caretTown44(ts - 2);
    if (tw == 0xffffffff || (tw < 3 || !isDigit(at(skipStreet44(tw - 1))))) return 0;
  } else {
    if (byteAt(ts - 4) != 0x5e || wordIndex(STATES, ts - 3, ts - 1) < 0) return 0;
    tw = caretTown44(ts - 4);
    if (tw == 0xffffffff) return 0;
  }
  if (names) emit(tw, byteAt(ts - 2) == 0x5e ? ts - 2 : ts - 4, ENTITY_LOCATION, REASON_RECORD_FIELD, 700);
  emit(ts, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 750);
  return e;
}

/**
 * (stop 44, fx44) The first byte of the caret-delimited element that ends at the '^' at k (at most 60 bytes back): after
 * a '^', a '|', a line break, a tab or a column's two blanks ("PATIENT ADDRESS  LO  1419 W ALABAMA ST^").
 */
function skipStreet44(k: u32): u32 {
  let s = k;
  while (s > 0 && k - s < 60) {
    const c = byteAt(s - 1);
    if (c == 0x5e || (c == 0x7c || (c == 0x0a || (c == 0x0d || (c == 0x09 || c == 0x20 && (s >= 2 && byteAt(s - 2) == 0x20)))))) break;
    s--;
  }
  return s;
}

/** (stop 44) Byte c is a compass letter alone, in either case: N, S, E or W. */
// @ts-ignore: decorator
@inline export function compassByte44(c: u32): bool {
  const l = c | 0x20;
  return l == 0x6e || (l == 0x73 || (l == 0x65 || l == 0x77));
}

/**
 * (stop 44) A grid address, as Utah and the Mountain West number their streets ("250 W 300 N, ROOSEVELT WELLS, UT",
 * "lives at 2280 w 4700 s, taylorsville"): the house number (one to five digits at ts, runEnd its end) opening a field
 * (no letter, digit or joining mark glued before it), one blank, a compass letter alone, one blank, the grid's number of
 * two to five digits, one blank, a compass letter alone, then the phrase's end: a comma, ';', ')', a period closing it,
 * a column, the line's or the text's end. The dispatcher asks only when a blank, a compass letter and a blank follow the
 * run. Not "5 w 30 s then" (the phrase goes on), "5 mg", "ecg 12 s". Emits LOCATION (an address) and returns its end,
 * or 0.
 */
export function gridAddress44(ts: u32, runEnd: u32): u32 {
  const pb = before(ts);
  if (runEnd - ts > 5 || (isAlnum(pb) || (pb == 0x2d || (pb == 0x2e || (pb == 0x2f || pb == 0x23))))) return 0;
  let i = runEnd + 3;
  const s2 = i;
  while (i < inLen && isDigit(at(i))) i++;
  if (i - s2 < 2 || (i - s2 > 5 || (at(i) != 0x20 || !compassByte44(at(i + 1))))) return 0;
  const e = i + 2;
  if (e < inLen) {
    const c = at(e);
    if (!(c == 0x2c || (c == 0x3b || (c == 0x29 || (c == 0x0a || (c == 0x0d || (c == 0x2e && !isAlnum(at(e + 1)) ||
      c == 0x20 && (at(e + 1) == 0x20 || (at(e + 1) == 0x0a || (e + 1 >= inLen ||
      // (stop 48, pl48b: a field's " · " closes it too, "pt phone 801-555-0134 · 1190 n 900 e · provo 84604")
      at(e + 1) == 0xc2 && at(e + 2) == 0xb7)))))))))) return 0;
  }
  // (stop 46, lc46b) and the town after the comma: "Home 1340 W 400 N, Salt Lake City; grandmother" (gridTown46b)
  const t = e < inLen && at(e) == 0x2c ? gridTown46b(e) : 0;
  emit(ts, t != 0 ? t : e, ENTITY_LOCATION, R_ADDRESS, 800);
  return t != 0 ? t : e;
}

// (stop 46, lc46b) words after a grid address's comma that open no town: then and near behind across with lives home
// phone cell tel
const NOT_TOWN46B = "\u0004then\u0003and\u0004near\u0006behind\u0006across\u0004with\u0005lives\u0004home\u0005phone\u0004cell\u0003tel";

/**
 * (stop 46, lc46b) After a grid address's comma at c: one to three words of two letters or more, one case throughout
 * (capitalised, ALL CAPS or lower case), then the field's end (';', a sentence's '.', a line's end, two blanks or '('):
 * the town, "1340 W 400 N, Salt Lake City;", "250 E 300 S, PROVO\n". A unit goes on with its number ("Apt 4", "Unit B":
 * no end after the word). A comma after the town ("Roosevelt Wells, UT") and the text's end ("..., taylorsville") are
 * left to the city rules that read them already. Returns the town's end, or 0.
 */
function gridTown46b(c: u32): u32 {
  if (at(c + 1) != 0x20) return 0;
  let p = c + 2;
  let up: i32 = -1;
  let end: u32 = 0;
  for (let n = 0; n < 3; n++) {
    const w = lettersEnd(p);
    if (w - p < 2 || (n == 0 && wordIndex(NOT_TOWN46B, p, w) >= 0)) return 0;
    const f: i32 = at(p) < 0x61 ? (at(p + 1) < 0x61 ? 1 : 2) : 0;
    for (let i = p + 1; i < w; i++) if ((at(i) < 0x61) != (f == 1)) return 0;
    if (up < 0) up = f;
    else if (f != up) return 0;
    end = w;
    const b = at(w);
    if (w < inLen && (b == 0x3b || (b == 0x0a || (b == 0x0d || (b == 0x2e && !isAlnum(at(w + 1)) ||
      b == 0x20 && (at(w + 1) == 0x20 || at(w + 1) == 0x28)))))) return end;
    if (b != 0x20) return 0;
    p = w + 1;
  }
  return 0;
}

// (stop 46, lc46b) state codes before a state road's number, "NY-28", "KY-80": STATES less "ca", "co", "il" (a tumour
// marker, a gas and an interleukin: "CA-125", "IL-2") and "or" (an operating room, "OR-2")
const ROAD_STATES46B = "\u0002al\u0002ak\u0002az\u0002ar\u0002ct\u0002de\u0002fl\u0002ga\u0002hi\u0002id\u0002in\u0002ia\u0002ks\u0002ky\u0002la\u0002me\u0002md\u0002ma\u0002mi\u0002mn\u0002ms\u0002mo\u0002mt\u0002ne\u0002nv\u0002nh\u0002nj\u0002nm\u0002ny\u0002nc\u0002nd\u0002oh\u0002ok\u0002pa\u0002ri\u0002sc\u0002sd\u0002tn\u0002tx\u0002ut\u0002vt\u0002va\u0002wa\u0002wv\u0002wi\u0002wy";
// (stop 46, lc46b) words before a road: on via off along onto near take took
const ROAD_WORDS46B = "\u0002on\u0003via\u0003off\u0005along\u0004onto\u0004near\u0004take\u0004took";

/**
 * (stop 46, lc46b) The number [ts, e), one to three digits, after a state's code and '-' (both letters capitals or both
 * lower case, glued to nothing before), closing there (no digit group, letter or '-' after), and before the code a
 * road's word or a house number: a state road, "accident on NY-28 near Hartwick", "Address 4471 KY-80, Hindman". Emits
 * the road (with the house number) and returns its end, or 0. "CA-125", "IL-2", "OR-2" are not states' roads here.
 */
export function stateRoad46b(ts: u32, e: u32): u32 {
  if (e - ts > 3 || (ts < 6 || (isAlnum(at(e)) || (at(e) == 0x2d || (at(e) == 0x2f || at(e) == 0x2e && isDigit(at(e + 1))))))) return 0;
  const s = ts - 3;
  const c0 = at(s);
  const c1 = at(s + 1);
  if (!isAlpha(c0) || (!isAlpha(c1) || ((c0 < 0x61) != (c1 < 0x61) || before(s) != 0x20))) return 0;
  if (wordIndex(ROAD_STATES46B, s, s + 2) < 0) return 0;
  const k = s - 1;
  if (isDigit(before(k))) {
    let h = k;
    while (h > 0 && isDigit(before(h))) h--;
    if (k - h > 6 || (h > 0 && isWordish(before(h)))) return 0;
    emit(h, e, ENTITY_LOCATION, R_ADDRESS, 700);
    return e;
  }
  const ws = lettersStart(k);
  if (ws == k || (ws > 0 && isWordish(before(ws)) || wordIndex(ROAD_WORDS46B, ws, k) < 0)) return 0;
  emit(s, e, ENTITY_LOCATION, R_ADDRESS, 700);
  return e;
}
