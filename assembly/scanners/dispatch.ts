// Why this file exists: decides which structured scanners a trigger byte wakes, in which order, and how far the
// wake-up covers (so a digit run or a found identifier wakes nothing again): the scanners' side of onTrigger.

import {
  NONE, CUE_AGE, CUE_CARD, CUE_DATE, CUE_FAX, CUE_MRN, CUE_NPI, CUE_PAGER, CUE_PHONE, CUE_ROUTING, CUE_SSN, CUE_VEHICLE, CUE_ZIP,
  SCAN_AGE, SCAN_ALL_AGES, SCAN_DATE, SCAN_EMAIL, SCAN_IDS, SCAN_NAMES, SCAN_IP, SCAN_PHONE, SCAN_SSN, SCAN_URL, SCAN_ZIP,
} from "../abi";
import { byteAt, isAlnum, isAlpha } from "../input";
import { scanAge } from "./age";
import { alignedAgeFx40, alignedColumnField, csvColumnField, lineStartColumnFx40, resetCsv } from "./csv";
import { lineCode51b } from "./id51b";
import { idahoZip60 } from "./pl60";
import { gluedStart52 } from "./id52";
import { shortPlate52b, stateTag52b, ups52b, upsMayStart52b } from "./id52b";
import { docket53, scopeSerial53, vehiclePlate53 } from "./id53";
import { cueEnd, cueStart, idCueBefore, nearestCue, tightGap } from "./context";
import { compactPeriod46b, isoFieldBefore, resetDate46, scanCompactDate, scanDate, stampDate44, scanMonthYear, scanShortYear, scanYear, scanYearRange } from "./date";
import { scanEmail, scanEmailObfuscated } from "./email";
import {
  isIdCue, scanAba, scanUdi, scanAlnumIds, scanBloodUnit, scanCard, scanCuedId, scanDashCode, scanLetterCode, scanLongNumber, scanNpi,
  scanHl7Id, scanRecordField, scanSignCode, scanZip, scanFileGroups33, scanRxNumber33, scanCaseCode39, secondSerial33,
  scanCuedIdFrom40, codeStart41, scanHashCode41, scanLongCode41, scanSpacedCode42, loginId43, clientCode43, zipAfterTown43,
  caretZip44, unitSign44, compassByte44, gridAddress44, scanCuedIdPrefix45, stateRoad46b,
} from "./ids";
import { cuePrefix45, domainLogin45, underscoreLogin45 } from "./id45";
import { scanIpv4, scanIpv6 } from "./ip";
import { PHONE_CUE_FAX, PHONE_CUE_NONE, PHONE_CUE_PAGER, PHONE_CUE_PHONE, scanExtension, scanGluedPager, scanPhone, scanSpacedExtension22, scanNamedExtension39 } from "./phone";
import { scanSsn, scanSsnLastFour } from "./ssn";
import { lastInitial63 } from "./id63";
import { scanUrlDot, scanUrlScheme } from "./url";
import { x12Element44 } from "./x12";
import { ocrDate44 } from "./ix44";
import { codeGroups60 } from "./nm60";
import {
  at, before, cleanStart, clockAfterAt, digitsEnd, eqWord, isDigit, isHex, isWordish, lettersStart, punctAfter, skipBlanks,
  skipBlanksBack, wordIndex,
} from "./util";

const CUED_SCANNERS: u32 = SCAN_IDS | SCAN_PHONE | SCAN_SSN | SCAN_DATE | SCAN_AGE | SCAN_ZIP;
const ALL_SCANNERS: u32 = CUED_SCANNERS | SCAN_EMAIL | SCAN_URL | SCAN_IP;

/** End of the alphanumeric token containing i. */
function alnumEnd(i: u32): u32 {
  while (isAlnum(at(i))) i++;
  return i;
}

/** A separator between phone digit groups (parseGroups in phone.ts). */
// @ts-ignore: decorator
@inline function isPhoneSep(b: u32): bool {
  return b == 0x20 || (b == 0x2d || (b == 0x2e || b == 0x2f));
}

/**
 * A cued value from s0 (cueEnd: where the cue's word ends): letters alone between the cue and the number open it
 * ("TRUCK PLATE TX KJR-4471", "MRN CRMC 0771-4418": cuePrefix45), else the value itself (scanCuedId), with a second
 * serial after it (secondSerial33); a short plate after the plate cue and a state's code ("PARTIAL PLATE IL 8J2":
 * shortPlate52b). One place for the id-cue and the tight-cue branches of onDigit (they held the same lines, stop 58).
 */
function cuedValue58(s0: u32, cueEnd: u32, cue: u32): u32 {
  const w0 = cuePrefix45(s0, cueEnd);
  const r = w0 < s0 ? scanCuedIdPrefix45(w0, s0, cue) : scanCuedId(s0, cue);
  if (r != 0) return secondSerial33(s0, r, cue);
  return w0 < s0 && cue == CUE_VEHICLE ? shortPlate52b(w0, s0) : 0;
}

/**
 * Start of the last IPv6 candidate that scanIpv6 refused (NONE: none), so that the ':' after a digit run ("20:55")
 * does not parse the same candidate again: scanIpv6 reads only the input, so its answer for a start does not change.
 */
let ipv6Refused: u32 = NONE;

export function resetDispatch(scanners: u32): void {
  ipv6Refused = NONE;
  resetCsv();
  resetDate46((scanners & SCAN_NAMES) != 0);
}

/** scanIpv6(s), remembering a refusal. */
function ipv6At(s: u32): u32 {
  if (s == ipv6Refused) return 0;
  const r = scanIpv6(s);
  if (r == 0) ipv6Refused = s;
  return r;
}

/** IPv6 whose first group starts at s, when a hex run followed by ':' is there. */
function tryIpv6(s: u32): u32 {
  let q = s;
  while (q < s + 5 && isHex(at(q))) q++;
  if (at(q) != 0x3a) return 0;
  return ipv6At(s);
}

/**
 * True when a cue ending at `ce` labels a value at ts: on the same line, or across a line break only when written as a
 * label ("Fax:\n617..."); "555-1234 fax\n617-..." labels the number before it, not the one on the next line.
 */
function labelReaches(ce: u32, ts: u32): bool {
  for (let k = ce; k < ts; k++) {
    if (byteAt(k) == 0x0a) return at(skipBlanks(ce, 2)) == 0x3a;
  }
  return true;
}

/**
 * (stop 44, id44) An age's cue ending at ce reaches the number at ts: on the same line, or on the next when nothing but
 * blanks and a colon follows the cue on its line ("Age:\n91"). Words after the cue make it a table's header, whose
 * next line opens with another column's value ("RM  RESIDENT  AGE  ONSET" over "121   ABRAMS, JUNE  91").
 */
function ageCueReaches44(ce: u32, ts: u32): bool {
  for (let k = ce; k < ts; k++) {
    const b = byteAt(k);
    if (b == 0x0a) return true;
    if (isAlpha(b)) {
      for (let j = k + 1; j < ts; j++) if (byteAt(j) == 0x0a) return false;
      return true;
    }
  }
  return true;
}

/**
 * Start of a cued identifier whose digits begin at ts: a letter prefix joined by '-' belongs to it ("Policy #
 * ABC-123-456", "MRN: AB-1234567"), unless the prefix is the cue itself ("MRN-1234567") or glued to a word; so does
 * a user name joined by '_' ("user id: soreilly_2291"), back to the cue at most.
 */
function idStart(ts: u32): u32 {
  if (ts < 2) return ts;
  let p = ts - 1;
  if (byteAt(p) == 0x5f) {
    // a user name before '_' and digits ("soreilly_2291", "j.doe_7"): letters, digits, '.', '_' back to the cue
    while (p > cueEnd && (ts - p < 32 && (isAlnum(byteAt(p - 1)) || (byteAt(p - 1) == 0x5f ||
      (byteAt(p - 1) == 0x2e && (p - 1 > cueEnd && isAlnum(byteAt(p - 2)))))))) p--;
    if (p == ts - 1 || (p != cueEnd && isWordish(before(p)) || !isAlnum(byteAt(p)))) return ts;
    return p;
  }
  if (byteAt(p) != 0x2d) return ts;
  while (p > 0 && (isAlpha(byteAt(p - 1)) && ts - 1 - p < 8)) p--;
  if (p == ts - 1 || p < cueEnd) return ts;
  // (twelfth round) more letter groups joined by '-' before it belong to the code: "Study ID: HF-RM-0199", "Group:
  // OH-MCD-7731" (2-8 letters each, at most three groups, never back over the cue)
  for (let n: u32 = 0; n < 2 && p >= 3 && p - 1 > cueEnd && byteAt(p - 1) == 0x2d && isAlpha(byteAt(p - 2)); n++) {
    let q = p - 1;
    while (q > cueEnd && (isAlpha(byteAt(q - 1)) && p - 1 - q < 8)) q--;
    if (p - 1 - q < 2 || (isAlnum(before(q)) || q < cueEnd)) break;
    p = q;
  }
  if (isWordish(before(p))) return ts;
  return p;
}

/**
 * The first two letters of a month name in MONTHS (date.ts: English and Spanish names and abbreviations), ASCII case
 * ignored: ja ju fe ma ap au ab ag se oc no de di en; with `ofDe` also "of" and "de" (the words between a day and its
 * month: "14th of March", "14 de marzo"). A necessary condition for monthOf(), cheap enough to run before it.
 */
function monthStart(b0: u32, b1: u32, ofDe: bool): bool {
  const l0 = b0 | 0x20;
  const l1 = b1 | 0x20;
  if (l0 == 0x6a) return l1 == 0x61 || l1 == 0x75; // ja ju
  if (l0 == 0x66) return l1 == 0x65; // fe
  if (l0 == 0x6d) return l1 == 0x61; // ma
  if (l0 == 0x61) return l1 == 0x70 || (l1 == 0x75 || (l1 == 0x62 || l1 == 0x67)); // ap au ab ag
  if (l0 == 0x73) return l1 == 0x65; // se
  if (l0 == 0x6f) return l1 == 0x63 || (ofDe && l1 == 0x66); // oc (of)
  if (l0 == 0x6e) return l1 == 0x6f; // no
  if (l0 == 0x64) return l1 == 0x65 || l1 == 0x69; // de di
  if (l0 == 0x65) return l1 == 0x6e; // en
  return false;
}

/**
 * False when scanDate cannot find a date at the 1-2 digit run [ts, e) of onDigit's fast path (next byte nb: no letter,
 * digit, '/', '-', '.', ':', ')' or ','), so that the call is skipped. It follows scanDate's own tests for such a run:
 * a day before a month name ("14 March", "14 de marzo": a word opening as monthStart after one blank and at most two
 * more), an ordinal sign ("14º"), or a day after a month name of 3-10 letters ("March 14", "Mar. 14", "Mar-14").
 */
function dateMayStart(ts: u32, e: u32, nb: u32): bool {
  if (e - ts > 2) return false;
  if (nb == 0xc2) return true;
  if (nb == 0x20) {
    const q = skipBlanks(e + 1, 2);
    if (monthStart(at(q), at(q + 1), true)) return true;
  }
  let k = skipBlanksBack(ts, 3);
  if (k == ts) {
    if (before(k) != 0x2d) return false;
    k--;
  }
  if (before(k) == 0x2e) k--;
  const ws = lettersStart(k);
  return k - ws >= 3 && (k - ws <= 10 && monthStart(byteAt(ws), byteAt(ws + 1), false));
}

/**
 * False when scanAge, uncued, cannot find an age at the 1-3 digit run [ts, e) (next byte nb), so that the call is
 * skipped. It follows scanAge's own tests: a decade ("90s", "90's", "90’s"), an age word or "y/o" (first letters y, a,
 * j) after an optional '+', '-' or blank and one more blank ("92-year-old", "92yo", "92 y/o"), a sex letter glued or
 * after a blank ("93M", "93 F"; "93yF" starts with y), or an age over 89 in apposition (", 93,", ", 93)", ", 93;").
 */
function ageMayStart(ts: u32, e: u32, nb: u32): bool {
  if ((nb | 0x20) == 0x73 || (nb == 0x27 || (nb == 0xe2 || (nb == 0x4d || nb == 0x46)))) return true;
  // (stop 31) an ordinal birthday: "her 95th birthday" (ordinalBirthday31)
  // (stop 49, ag49: in capitals too, "HER 100TH BIRTHDAY")
  if (((nb | 0x20) == 0x74 || ((nb | 0x20) == 0x6e || (nb | 0x20) == 0x72)) && e - ts >= 2) return true;
  // (round 19) a lower-case sex letter glued to 90-199: "tanaka-ellis, george 94m" (listNameAge)
  if ((nb == 0x6d || nb == 0x66) && ((e - ts == 2 && byteAt(ts) == 0x39) || (e - ts == 3 && byteAt(ts) == 0x31))) return true;
  // 90-125 after a person and "is" ("she is 93."): scanAge's copulaAge decides (stop 45: or '!', "i'm 91!")
  if ((nb == 0x2e || (nb == 0x20 || (nb == 0x21 || (nb == 0 || (nb == 0x0a || nb == 0x0d))))) && ((e - ts == 2 && byteAt(ts) == 0x39) ||
    (e - ts == 3 && byteAt(ts) == 0x31))) return true;
  // (stop 51, dt51: or ':', a list's row "LANDRY, EUGENIA (RM 9), 100: R HEEL": scanAge's rowNameAge51)
  if ((nb == 0x2c || (nb == 0x29 || (nb == 0x3b || nb == 0x3a))) && (e - ts == 3 || (e - ts == 2 && byteAt(ts) == 0x39))) return true;
  let p = e;
  if (at(p) == 0x2b) p++;
  if (at(p) == 0x2d || at(p) == 0x20) p++;
  p = skipBlanks(p, 1);
  const f = at(p) | 0x20;
  if (f == 0x79 || (f == 0x61 || f == 0x6a)) return true;
  const c = at(e + 1);
  return nb == 0x20 && (c == 0x4d || c == 0x46);
}

/**
 * The cue before the letter prefix that nearestCue(ts) took for a cue (cueStart..cueEnd, then '-' and the digits at
 * ts) when it is an identifier's cue; otherwise the prefix cue itself again. Leaves cueStart/cueEnd on the cue returned.
 */
function prefixLabel(ts: u32): u32 {
  const label = idCueBefore(cueStart);
  if (label != 0) return label;
  return nearestCue(ts);
}

/**
 * (ids14) The cue just found (cueStart..cueEnd) is "Subject" or "Kit" alone (stop 40: or "Chart", "chart CHN-204417",
 * and "Tracking", "FedEx tracking 7741 2208 9930"), which label only a number right after them
 * ("Subject 017-044", "kit K-3391"; not "subject to change in 2024"): no word may stand between. (orgs15) So do a plan's
 * "Member" and "MBR" alone ("Humana Gold Plus member H48821933", "MEDICA MBR 110448230"; not "call Member Services at
 * 1-800-...").
 */
function bareWordCue(): bool {
  const n = cueEnd - cueStart;
  return n == 3 ? eqWord(cueStart, cueEnd, "kit") || eqWord(cueStart, cueEnd, "mbr") :
    n == 6 ? eqWord(cueStart, cueEnd, "member") : n == 7 ? eqWord(cueStart, cueEnd, "subject") : n == 5 ? eqWord(cueStart, cueEnd, "chart") :
    n == 8 && eqWord(cueStart, cueEnd, "tracking");
}

/** A digit at i that no earlier wake-up covered: runs the numeric scanners; returns how far the wake-up covers. */
function onDigit(i: u32, scanners: u32): u32 {
  let ts = i;
  while (ts > 0 && isAlnum(byteAt(ts - 1))) ts--;
  const runEnd = digitsEnd(i);
  let r: u32 = 0;
  // (stop 44, fx44) an ASC X12 segment's element, read by its place: "DMG*D8*19640812", "N4*IRMO*SC*29063",
  // "NM1*IL*1*MCCRAY*DESMOND" (x12.ts)
  // (and a caret-delimited address's ZIP, HL7's XAD and DICOM's: "6411 FANNIN ST^HOUSTON^TX^77030"; ids.ts caretZip44)
  if (ts == i && ts > 0) {
    const pb = byteAt(ts - 1);
    if (pb == 0x2a) {
      r = x12Element44(ts, runEnd, scanners);
      if (r != 0) return r;
    } else if (pb == 0x5e && (scanners & SCAN_ZIP) != 0) {
      r = caretZip44(ts, runEnd, (scanners & SCAN_NAMES) != 0);
      if (r != 0) return r;
    }
  }
  // (stop 27) a whole field of a CSV/TSV row under a header column that names an identifier ("mrn", "zip", "phone")
  // (only with the name detector on: its session window is the one the header's distance needs, csv.ts CSV_WINDOW)
  if ((scanners & (SCAN_IDS | SCAN_NAMES)) == (SCAN_IDS | SCAN_NAMES)) {
    r = csvColumnField(ts, (scanners & SCAN_ALL_AGES) != 0);
    if (r != 0) return r;
    // (stop 38) or of a table aligned with blanks, under its header's column ("LOT" over "HB7720A")
    if (ts > 1 && (byteAt(ts - 1) == 0x20 && byteAt(ts - 2) == 0x20)) {
      r = alignedColumnField(ts);
      if (r != 0) return r;
      // (stop 40, fx28) an age over 89 under the table's "AGE" column
      r = alignedAgeFx40(ts);
      if (r != 0) return r;
    }
    // (stop 40, fx28) a value opening a row under an identifier's first column ("TAG" over "0044718     WHITLOW, ...");
    // a code of letters, a hyphen and digits under an aligned column ("WRISTBAND" over "HZ-0101")
    if (ts == 0 || (byteAt(ts - 1) == 0x0a || byteAt(ts - 1) == 0x0d)) {
      r = lineStartColumnFx40(ts);
      if (r != 0) return r;
    } else if (byteAt(ts - 1) == 0x2d) {
      r = dashCodeColumnFx40(ts);
      if (r != 0) return r;
      // (stop 51b, id51b) or one opening the row, under the header's first column: "LBK-003-14     FRIESEN, HELENA"
      r = lineCode51b(ts);
      if (r != 0) return r;
    }
  }

  // (stop 52b, id52b) a UPS tracking number by its shape: "1Z 44R 718 01 2209 8812" (ups52b)
  if (ts == i && (runEnd == ts + 1 && ((scanners & SCAN_IDS) != 0 && upsMayStart52b(ts)))) {
    r = ups52b(ts);
    if (r != 0) return r;
  }

  // (stop 53, id53) a plate after a vehicle's word and a state's code: "BOAT VA 4471 BK", "TRAILER TX 8RL-4471"
  if ((scanners & SCAN_IDS) != 0 && (ts >= 6 && (byteAt(ts - 1) == 0x20 && (byteAt(ts - 4) == 0x20 && isAlpha(byteAt(ts - 2)))))) {
    r = vehiclePlate53(ts);
    if (r != 0) return r;
  }
  // (stop 53, id53) an endoscope's serial right after its model: "GIF-H190 2K44718" (scopeSerial53)
  // (stop 58, sq58: the serial holds six letters and digits from ts, so a run of fewer than six digits needs a letter
  // right after it: "take 5 mg" reads no model)
  if ((scanners & SCAN_IDS) != 0 && (ts == i && (ts >= 6 && (byteAt(ts - 1) == 0x20 && (isAlnum(byteAt(ts - 2)) &&
    (runEnd - ts >= 6 || isAlpha(at(runEnd)))))))) {
    r = scopeSerial53(ts);
    if (r != 0) return r;
  }

  if (ts < i) {
    // letters then digits ("AB1234563", "GB82WEST...", "F1628235", "fe80::1")
    if (isWordish(before(ts))) return alnumEnd(i);
    // (stop 44, ix44) an OCR'd date whose month's zero is the letter O: "DOB: O4/11/1970" (ocrDate44)
    if (i == ts + 1 && ((byteAt(ts) | 0x20) == 0x6f && (scanners & SCAN_DATE) != 0)) {
      r = ocrDate44(ts);
      if (r != 0) return r;
    }
    // (stop 52b, id52b) a plate after a state's code and "tag": "GA tag RKT4471" (stateTag52b)
    if ((scanners & SCAN_IDS) != 0 && (before(ts) == 0x20 && (before(ts - 1) | 0x20) == 0x67)) {
      r = stateTag52b(ts);
      if (r != 0) return r;
    }
    const cue = (scanners & CUED_SCANNERS) != 0 ? nearestCue(ts) : 0;
    const tight = cue != 0 && tightGap(cueEnd, ts, bareWordCue() ? 0 : 3);
    if ((scanners & SCAN_IP) != 0) {
      r = tryIpv6(ts);
      if (r != 0) return r;
    }
    if ((scanners & SCAN_IDS) != 0) {
      // (orgs15) an HL7 v2 field's identifier by its structure: "|V000918823\n" in PV1, "|E2241907^^^WMC^MR|"
      if (before(ts) == 0x7c || before(ts) == 0x7e) {
        r = scanHl7Id(ts);
        if (r != 0) return r;
      }
      if (tight && isIdCue(cue)) {
        // (stop 40) a letter prefix joined by '-' before a letter-and-digit group belongs to it: "ID AB-X12-3456"
        // (stop 52, id52) and so does the cue itself glued to it by '-': "(ID-PAF-000447)" (gluedStart52)
        const s0 = before(ts) == 0x2d ? gluedStart52(idStart(ts)) : ts;
        // (stop 45) a state's or a code's letters alone before it: "TRUCK PLATE TX KJR-4471" (cuedValue58)
        r = cuedValue58(s0, cueEnd, cue);
        if (r != 0) return r;
      }
      // (stop 63, id63) a letter and four digits right after a last-four cue, "Last4: T0417", "Last 4 K1182"
      // (lastInitial63 in id63.ts)
      if (cue == CUE_SSN && (i == ts + 1 && (tightGap(cueEnd, ts, 0) && ((byteAt(cueStart) | 0x20) == 0x6c || byteAt(cueEnd - 1) == 0x34)))) {
        r = lastInitial63(ts, i);
        if (r != 0) return r;
      }
      r = scanAlnumIds(ts, tight && cue == CUE_VEHICLE);
      if (r != 0) return r;
      // (stop 30) a blood component's donation number, "W0417 94 118822"
      if (i == ts + 1) {
        r = scanBloodUnit(ts);
        if (r != 0) return r;
      }
      r = scanLetterCode(ts, i);
      if (r != 0) return r;
      // (stop 40) a group of one or two letters and digits after a prefix's '-': "CC-S99-118720" (letterGroupCodeId40)
      if (i - ts <= 2 && (before(ts) == 0x2d && (ts >= 2 && isAlpha(byteAt(ts - 2))))) {
        r = scanDashCode(lettersStart(ts - 1));
        if (r != 0) return r;
      }
      // (a code of the accession shape: "S25-12345", "NG25-1123")
      if (at(alnumEnd(i)) == 0x2d) {
        r = scanDashCode(ts);
        if (r != 0) return r;
      }
    }
    if ((scanners & SCAN_PHONE) != 0 && (i == ts + 1 && (at(ts) | 0x20) == 0x78)) {
      r = scanExtension(ts);
      if (r != 0) return r;
    }
    // (fifteenth round) a pager glued to its "p": "(p71432)", ", p21198."
    if ((scanners & SCAN_PHONE) != 0 && (i == ts + 1 && at(ts) == 0x70)) {
      r = scanGluedPager(ts);
      if (r != 0) return r;
    }
    // (stop 41) a code after a word's '#' ("MDOC # K4471"), a long code of letters and six digits ("3HZ447182011")
    if ((scanners & SCAN_IDS) != 0) {
      r = scanHashCode41(ts);
      if (r != 0) return r;
      r = scanLongCode41(ts);
      if (r != 0) return r;
      // (stop 43) a user's login closing a printout's or a signature's line: "PRINTED ... BY RGUAJARDO2", "[mlucero3]"
      if (i - ts >= 6 && (runEnd - i <= 2 && !isAlnum(at(runEnd)))) {
        r = loginId43(ts, runEnd);
        if (r != 0) return r;
      }
      // (stop 43) a programme's client code after "code": "CODE MA0412M — RETURNING"
      if (i - ts >= 2 && (i - ts <= 3 && (runEnd - i == 4 && before(ts) == 0x20))) {
        r = clientCode43(ts, runEnd);
        if (r != 0) return r;
      }
    }
    return alnumEnd(i);
  }
  if (before(ts) == 0x28 && (scanners & SCAN_IDS) != 0) {
    r = scanUdi(ts);
    if (r != 0) return r;
  }
  if (runEnd - ts == 2 && ((scanners & SCAN_DATE) != 0 && (before(ts) == 0x27 || before(ts) == 0x99))) {
    r = scanShortYear(ts);
    if (r != 0) return r;
  }
  if (!cleanStart(ts)) {
    // (thirteenth round) a CSV row's next field after a full ISO date: "1990-02-14,2025-01-07 09:20"
    if ((scanners & SCAN_DATE) != 0 && isoFieldBefore(ts)) {
      r = scanDate(ts, false);
      if (r != 0) return r;
    }
    return runEnd;
  }
  // (stop 46, lc46b) a state road's number after its code and '-': "on NY-28", "4471 KY-80" (stateRoad46b)
  if (before(ts) == 0x2d && ((scanners & SCAN_NAMES) != 0 && isAlpha(before(ts - 1)))) {
    r = stateRoad46b(ts, runEnd);
    if (r != 0) return r;
  }
  let cue = (scanners & CUED_SCANNERS) != 0 ? nearestCue(ts) : 0;
  // a cue joined to the digits by '-' is the identifier's letter prefix, not its label ("Accession: FN-2022-3391":
  // "FN" is also a date cue): an identifier cue before the prefix labels it
  if (cue != 0 && (cueEnd + 1 == ts && (before(ts) == 0x2d && cueStart > 0))) cue = prefixLabel(ts);
  const bare = cue != 0 && bareWordCue();
  const tight = cue != 0 && (tightGap(cueEnd, ts, 3) && (!(bare && !tightGap(cueEnd, idStart(ts), 0)) &&
    // (stop 40: after "chart" or "tracking" alone a bare number needs six digits, "I/O chart 1200 mL" is a volume)
    !(bare && ((cueEnd - cueStart == 5 || cueEnd - cueStart == 8) && (runEnd - ts < 6 && (idStart(ts) == ts && !(at(runEnd) == 0x20 && isDigit(at(runEnd + 1)))))))));
  // (stop 40) a bare cue, a code's letters and a blank before the digits: "(member EXL 881204470)" (spacedPrefixId40)
  if (bare && (!tight && (isIdCue(cue) && ((scanners & SCAN_IDS) != 0 && runEnd - ts >= 5)))) {
    const ws = spacedPrefixId40(ts);
    if (ws != 0 && tightGap(cueEnd, ws, 0)) {
      r = scanCuedIdFrom40(ws, ts, cue);
      if (r != 0) return r;
    }
  }

  // (orgs15) an HL7 v2 person's or record's number before its components: "|1447902^LAFRANCE^ODETTE^R|"
  if ((before(ts) == 0x7c || before(ts) == 0x7e) && (at(runEnd) == 0x5e && (scanners & SCAN_IDS) != 0)) {
    r = scanHl7Id(ts);
    if (r != 0) return r;
  }
  // the last four digits of a masked SSN ("XXX-XX-1234")
  if (runEnd - ts == 4 && (before(ts) == 0x2d && (scanners & SCAN_SSN) != 0)) {
    r = scanSsnLastFour(ts, false);
    if (r != 0) return r;
  }
  if (tight) {
    if (isIdCue(cue) && (scanners & SCAN_IDS) != 0) {
      // "Boise, ID 83702": after "City, " the cue is Idaho's state code and the number a ZIP (scanZip checks the code)
      if (cueEnd - cueStart == 2 && (cueStart >= 2 && (byteAt(cueStart - 2) == 0x2c && (scanners & SCAN_ZIP) != 0))) {
        r = scanZip(ts, false);
        if (r != 0) return r;
      }
      // (stop 60, pl60) an Idaho ZIP after a town's word without the comma, or in lower case: "BOISE ID 83702", "meridian,
      // id 83642" (idahoZip60() in pl60.ts; the cue's two bytes and the ZIP's first digit first)
      if (cueEnd - cueStart == 2 && (byteAt(ts) == 0x38 && (scanners & SCAN_ZIP) != 0)) {
        r = idahoZip60(ts, cueStart);
        if (r != 0) return r;
      }
      // "Visit 3/4/2020": a date after an id cue stays a date
      if ((scanners & SCAN_DATE) != 0) {
        r = scanDate(ts, false);
        if (r != 0) return r;
      }
      // (stop 52, id52) the cue itself glued to the digits by '-' opens the value: "ACCOUNT ACCT-31472-07" (gluedStart52)
      const s0 = gluedStart52(idStart(ts));
      // (stop 45, fx45) a record number's code letters, a blank and its digits right after the MRN cue: "MRN CAMC 448
      // 1920", "MRN: SNGH 00912247" (mrnCode45)
      if (cue == CUE_MRN && (s0 == ts && before(ts) == 0x20)) {
        const ws = mrnCode45(ts);
        if (ws != 0) {
          r = scanCuedIdFrom40(ws, ts, cue);
          if (r != 0) return r;
        }
      }
      // (stop 45) a code's letters alone between the cue and the number open it: "MRN CRMC 0771-4418" (cuedValue58)
      r = cuedValue58(s0, cueEnd, cue);
      if (r != 0) return r;
    } else if (cue == CUE_SSN && (scanners & SCAN_SSN) != 0) {
      r = scanSsn(ts, true);
      if (r != 0) return r;
      // (a cue about the last digits, "Last 4:", "SSN last 4", labels only the digits right after it: "last 4 hours
      // 1200 mL" is an output)
      const lastDigitsCue = (byteAt(cueStart) | 0x20) == 0x6c || byteAt(cueEnd - 1) == 0x34;
      if (runEnd - ts == 4 && (!lastDigitsCue || tightGap(cueEnd, ts, 0))) {
        r = scanSsnLastFour(ts, true);
        if (r != 0) return r;
      }
    } else if (cue == CUE_CARD && (scanners & SCAN_IDS) != 0) {
      r = scanCard(ts, true);
      if (r != 0) return r;
    } else if (cue == CUE_ROUTING && (scanners & SCAN_IDS) != 0) {
      r = scanAba(ts);
      if (r != 0) return r;
    } else if (cue == CUE_NPI && (scanners & SCAN_IDS) != 0) {
      r = scanNpi(ts, true);
      if (r != 0) return r;
    } else if (cue == CUE_ZIP && (scanners & SCAN_ZIP) != 0) {
      r = scanZip(ts, true);
      if (r != 0) return r;
    } else if (cue == CUE_AGE && ((scanners & SCAN_AGE) != 0 && ageCueReaches44(cueEnd, ts))) {
      // (stop 44, id44: across a line break only from a cue closing its line, "Age:\n91"; a table's header "RM
      // RESIDENT  AGE  ONSET" labels its own column, not the room "121" opening the next line)
      r = scanAge(ts, true, (scanners & SCAN_ALL_AGES) != 0);
      if (r != 0) return r;
    }
  }
  // a lettered code after '#' ("Pathology #: SP-91-08811"): the digits after the prefix's '-' wake it
  if (before(ts) == 0x2d && (scanners & SCAN_IDS) != 0) {
    r = scanSignCode(ts);
    if (r != 0) return r;
    // (stop 44) an ambulance's or a crew's call sign: "EMS (UNIT M-7)", "(CREW # IHC-7)"
    if (runEnd - ts <= 3 && isAlpha(at(ts - 2))) {
      r = unitSign44(ts);
      if (r != 0) return r;
    }
  }
  // a date cue lets an ambiguous m/d through only when it labels this very value ("DOB: 1/2", not "DOB ...; seen 2/3")
  const dateCue = cue == CUE_DATE && tight;
  // fast path for the most common number in prose: 1-3 digits not followed by a digit group ("5 mg", "x 3", "92 y/o",
  // "14th of March"): only dates with month names and ages can start here
  const nb = at(runEnd);
  // (the punctuation after the run, glued or written apart: "( 617 ) 555-0129", "sister , 102 , lives")
  const pb = punctAfter(runEnd);
  if (runEnd - ts <= 3 && (!isAlnum(nb) && (nb != 0x2f && (nb != 0x2d && (pb != 0x2e && (pb != 0x3a && (pb != 0x29 && (pb != 0x2c
    && !(nb == 0x20 && (isDigit(at(runEnd + 1)) || at(runEnd + 1) == 0x28)))))))))) {
    // most such numbers start nothing ("5 mg", "in 6 weeks"): each scanner runs only when the bytes around the run
    // allow the only forms it can find from here (dateMayStart, ageMayStart: necessary conditions, not decisions)
    if ((scanners & SCAN_DATE) != 0 && dateMayStart(ts, runEnd, nb)) {
      r = scanDate(ts, dateCue);
      if (r != 0) return r;
    }
    if ((scanners & SCAN_AGE) != 0 && ageMayStart(ts, runEnd, nb)) {
      r = scanAge(ts, false, (scanners & SCAN_ALL_AGES) != 0);
      if (r != 0) return r;
    }
    // (stop 44: a grid address, "250 W 300 N": a blank, a compass letter alone and a blank after the run first)
    if (nb == 0x20 && (at(runEnd + 2) == 0x20 && (compassByte44(at(runEnd + 1)) && (scanners & SCAN_NAMES) != 0))) {
      r = gridAddress44(ts, runEnd);
      if (r != 0) return r;
    }
    return runEnd;
  }
  // the slow path: each scanner runs only when the digit run has a length (n) and next byte (nb) it can start with,
  // the same tests it would make first (so the run is read once, here, instead of once per scanner)
  const n = runEnd - ts;
  if ((scanners & SCAN_IP) != 0) {
    if (n <= 3 && nb == 0x2e) {
      r = scanIpv4(ts);
      if (r != 0) return r;
    }
    if (n <= 4 && (nb == 0x3a || isHex(nb))) {
      r = tryIpv6(ts);
      if (r != 0) return r;
    }
  }
  if ((scanners & SCAN_DATE) != 0 && (n <= 2 || n == 4)) {
    r = scanDate(ts, dateCue);
    if (r != 0) return r;
    if (n == 4) {
      r = scanMonthYear(ts, dateCue);
      if (r != 0) return r;
    }
  }
  // (stop 44, id44) a time stamp's year, month and day: an XML time's value, or a 24-hour time after them (stampDate44)
  if ((scanners & SCAN_DATE) != 0 && (n >= 8 && (before(ts) == 0x22 || n == 8 && nb == 0x20))) {
    r = stampDate44(ts, dateCue);
    if (r != 0) return r;
  }
  // (stop 46, lc46b) a claim form's statement period, six digits each: "050899 THRU 051399" (compactPeriod46b)
  if (n == 6 && (nb == 0x20 && ((scanners & SCAN_DATE) != 0 && !dateCue))) {
    r = compactPeriod46b(ts);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_DATE) != 0 && (n == 8 || (n == 6 && dateCue))) {
    r = scanCompactDate(ts, dateCue);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_SSN) != 0 && (n == 9 || (n == 3 && (nb == 0x2d || nb == 0x20)))) {
    r = scanSsn(ts, tight && cue == CUE_SSN);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_IDS) != 0) {
    // a card is 13+ bare digits, or groups of four joined by ' ' or '-'
    if (n >= 13 || (n == 4 && ((nb == 0x20 || nb == 0x2d) && isDigit(at(runEnd + 1))))) {
      r = scanCard(ts, false);
      if (r != 0) return r;
    }
    // from a digit, only a VIN (17 characters) or a Medicare MBI (11) can match (DEA and IBAN start with letters): a
    // token that is this digit run alone (no letter or joined part after it) needs one of those lengths
    if (isAlpha(nb) || (((nb == 0x2d || (nb == 0x2f || (nb == 0x2e || nb == 0x23))) && isAlnum(at(runEnd + 1)))
      || (n == 11 || n == 17))) {
      r = scanAlnumIds(ts, false);
      if (r != 0) return r;
    }
    if (n == 10) {
      r = scanNpi(ts, false);
      if (r != 0) return r;
    }
  }
  // (stop 44: a grid address of four or five digits, "2280 W 4700 S")
  if (n <= 5 && (nb == 0x20 && (at(runEnd + 2) == 0x20 && (compassByte44(at(runEnd + 1)) && (scanners & SCAN_NAMES) != 0)))) {
    r = gridAddress44(ts, runEnd);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_ZIP) != 0 && n == 5) {
    r = scanZip(ts, false);
    // (stop 43: or after an address's town with no state code, "3855 olinda rd, makawao uplands 96768")
    if (r == 0) r = zipAfterTown43(ts);
    if (r != 0) return r;
  }
  // a phone number has 7+ digits (a pager extension 4+ right after its cue): a run that no separator or parenthesis
  // joins to another group is the whole number (parseGroups' test: up to two separators, then a digit or "(digit")
  if ((scanners & SCAN_PHONE) != 0) {
    // (round 22) "x 6610": an extension with a blank after its lone "x"
    // (stop 53, fy53b: or "x 3-4471", one or two digits and a hyphen)
    if (ts >= 3 && (before(ts) == 0x20 && ((before(ts - 1) | 0x20) == 0x78 && (!isWordish(before(ts - 2)) && (n == 4 || (n == 5 ||
      n <= 2 && at(runEnd) == 0x2d)))))) {
      r = scanSpacedExtension22(ts);
      if (r != 0) return r;
    }
    // (stop 39) "TONYA BRYANT, EXT 308": three to five digits after "ext" and a person's comma
    // (the "xt" before the blank or the period by their bytes first: most numbers have neither)
    if (ts >= 8 && (n >= 3 && n <= 5)) {
      const p = extBefore39(ts);
      if (p != 0) {
        r = scanNamedExtension39(ts, p);
        if (r != 0) return r;
      }
    }
    let q = runEnd;
    while (q < runEnd + 2 && isPhoneSep(at(q))) q++;
    const g = at(q);
    const more = pb == 0x29 || ((q > runEnd || g == 0x28) && (isDigit(g) || (g == 0x28 && isDigit(at(q + 1)))));
    // a clock time after "at" or '@' is no pager number ("MD PAGED @ 2130")
    if (more || (n >= 4 && !clockAfterAt(ts, runEnd))) {
      const labelled = cue != 0 && labelReaches(cueEnd, ts);
      const pc = !labelled ? PHONE_CUE_NONE : cue == CUE_PHONE ? PHONE_CUE_PHONE : cue == CUE_FAX ? PHONE_CUE_FAX : cue == CUE_PAGER ? PHONE_CUE_PAGER
        : PHONE_CUE_NONE;
      if (more || (n >= 7 || pc == PHONE_CUE_PAGER)) {
        r = scanPhone(ts, pc);
        if (r != 0) return r;
      }
    }
  }
  if ((scanners & SCAN_AGE) != 0 && (n <= 3 && ageMayStart(ts, runEnd, nb))) {
    r = scanAge(ts, false, (scanners & SCAN_ALL_AGES) != 0);
    if (r != 0) return r;
  }
  // (stop 53, id53) a docket that opens with its year: "petition 2099-PR00417", "cluster 2099-ORE-0047" (docket53)
  // (a tight identifier's cue before it leaves the value to the cued scanners, as before: "file # 2099-MN-004417")
  if ((scanners & SCAN_IDS) != 0 && (n == 4 && (nb == 0x2d && (isAlpha(at(runEnd + 1)) && !(tight && isIdCue(cue)))))) {
    r = docket53(ts, runEnd);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_DATE) != 0 && n == 4) {
    r = scanYear(ts, dateCue);
    if (r != 0) return r;
    if (nb == 0x2d || nb == 0xe2) {
      r = scanYearRange(ts);
      if (r != 0) return r;
    }
  }
  // a lettered code after its letters and '-', without a cue ("SP-24-00871", "UM-25-7781042"): after the dates and phones
  if ((scanners & SCAN_IDS) != 0 && (before(ts) == 0x2d && (ts >= 2 && isAlpha(byteAt(ts - 2))))) {
    // (scanDashCode refuses more than four letters)
    let ls = lettersStart(ts - 1);
    // (round 21: two groups of letters before the digits, "DDS-SC-97-440182", "SD-NBS-0967712": from the first; stop 42:
    // a first group of up to six letters, "MCDSS-POSC-0447")
    if (before(ls) == 0x2d && (ls >= 2 && (isAlpha(byteAt(ls - 2)) && ls - 1 - lettersStart(ls - 1) <= 6))) ls = lettersStart(ls - 1);
    r = scanDashCode(ls);
    if (r != 0) return r;
    // (stop 33) a file's number in groups after its label: "(file C-44 817 220)"
    if (ls + 2 >= ts && at(runEnd) == 0x20) {
      r = scanFileGroups33(ls);
      if (r != 0) return r;
    }
  }
  if ((scanners & SCAN_IDS) != 0 && n >= 2) {
    if (n <= 12) {
      r = scanRecordField(ts);
      if (r != 0) return r;
    }
    if (n >= 10) {
      r = scanLongNumber(ts);
      if (r != 0) return r;
    }
    // (stop 33) a prescription's number after "Rx" ("(Rx 7700418 to")
    if (n >= 6 && (n <= 10 && before(ts) == 0x20)) {
      r = scanRxNumber33(ts);
      if (r != 0) return r;
    }
    // (stop 39) a case's, a claim's or a docket's number after its word ("case 51-2096-CR-01412", "CASE 22DU-CR00417")
    if (n <= 12) {
      r = scanCaseCode39(ts);
      if (r != 0) return r;
    }
    // (stop 41) a code after a word's '#' ("DRIVER # RVR-331", "(#114)"), a long code of letters and six digits or more
    // ("HMK-YZP-2044718"): the digits' run or the byte before the code tells most runs at once
    const cs = codeStart41(ts);
    const cb = before(cs);
    if (cb == 0x23 || (cb == 0x20 || cb == 0x3a)) {
      r = scanHashCode41(ts);
      if (r != 0) return r;
    }
    r = scanLongCode41(ts);
    if (r != 0) return r;
    // (stop 42) a code's letters and one blank before a long or zero-padded number: "(OEC 4471208)", "NNEPC 99-04418"
    if (n >= 2 && (before(ts) == 0x20 && (isDigit(at(ts)) && (n >= 6 || at(runEnd) == 0x2d)))) {
      const ws = spacedPrefixId42(ts);
      if (ws != 0) {
        r = scanSpacedCode42(ws, ts);
        if (r != 0) return r;
      }
    }
  }
  return runEnd;
}

/**
 * (stop 39) "xt" right before ts, or before the blank or the period (or both) before it: "ext 308", "ext. 214",
 * "EXT.308". Returns where that word ends (ts past the blank and the period), or 0.
 */
function extBefore39(ts: u32): u32 {
  let p = ts;
  if (before(p) == 0x20) p--;
  if (before(p) == 0x2e) p--;
  return (before(p) | 0x20) == 0x74 && (before(p - 1) | 0x20) == 0x78 ? p : 0;
}

/** A ':' at c: IPv6 ("fe80::1", "abcd:...") or a URL scheme ("https://"). */
function onColon(c: u32, scanners: u32): u32 {
  if ((scanners & SCAN_IP) != 0) {
    let s = c;
    while (s > 0 && (s + 4 > c && isHex(before(s)))) s--;
    const r = ipv6At(s);
    if (r != 0) return r;
  }
  if ((scanners & SCAN_URL) != 0) return scanUrlScheme(c);
  return 0;
}

/**
 * Wakes the scanners for the trigger byte at i; returns the end of the region it covered (bytes below it must not
 * wake scanners again), or 0 when it covered nothing beyond i.
 */
export function dispatchTrigger(i: u32, scanners: u32): u32 {
  if ((scanners & ALL_SCANNERS) == 0) return 0; // dictionaries only: trigger bytes cost one call
  const b = byteAt(i);
  if (b - 0x30 < 10) return onDigit(i, scanners);
  if (b == 0x40) return (scanners & SCAN_EMAIL) != 0 ? scanEmail(i) : 0;
  // most '.' end a sentence and most '(' open an aside: the byte after tells at once (the scanners' own first tests)
  const nx = at(i + 1);
  if (b == 0x2e) return (scanners & SCAN_URL) != 0 && isAlpha(nx) ? scanUrlDot(i) : 0; // a host label goes on
  if (b == 0x3a) return onColon(i, scanners);
  if (b == 0x5b || b == 0x28) {
    // "[at]", "( at )"
    return (scanners & SCAN_EMAIL) != 0 && ((nx | 0x20) == 0x61 || (nx == 0x20 || nx == 0x09)) ? scanEmailObfuscated(i) : 0;
  }
  // (stop 45, ix45) a login's '\' or '_' ("FNS\DKOWALSKI", "login ohsu_ehollo"); a letter or a digit after it
  if ((scanners & SCAN_IDS) != 0 && isAlnum(nx)) {
    if (b == 0x5c) return domainLogin45(i);
    if (b == 0x5f) return underscoreLogin45(i);
  }
  return 0;
}

/**
 * (stop 40, fx28) A code of one to four letters, a hyphen and digits ("HZ-0101") whose digits woke the scanners at ts:
 * under an aligned table's identifier column when a column's gap stands before its letters (alignedColumnField).
 */
function dashCodeColumnFx40(ts: u32): u32 {
  let s = ts - 1;
  let k: u32 = 0;
  while (s > 0 && (k < 5 && isAlpha(byteAt(s - 1)))) {
    s--;
    k++;
  }
  if (k == 0 || (k > 4 || s < 2)) return 0;
  // (stop 60, nm60: or two or three such groups joined by hyphens, a nursery's or a ward's prefix before the number,
  // "SH-NB-7718201", "HMC-N-77120" under "MRN": codeGroups60() in scanners/nm60.ts)
  if (byteAt(s - 1) == 0x2d) s = codeGroups60(s);
  if (s < 2 || (byteAt(s - 1) != 0x20 || byteAt(s - 2) != 0x20)) return 0;
  return alignedColumnField(s);
}

/**
 * (stop 40) The word before the digits at ts and one blank is a code's letters, two to four of one case (nothing glued
 * before it): "EXL" of "member EXL 881204470", "MED" of "(member MED 80447182)". Returns its start, or 0.
 */
function spacedPrefixId40(ts: u32): u32 {
  if (ts < 4 || before(ts) != 0x20) return 0;
  const ws = lettersStart(ts - 1);
  const n = ts - 1 - ws;
  if (n < 2 || (n > 4 || isWordish(before(ws)))) return 0;
  const up = byteAt(ws) <= 0x5a;
  for (let q = ws + 1; q < ts - 1; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
  return ws;
}

/** (stop 42) As spacedPrefixId40, with letters two to five ("NNEPC 99-04418"). Returns the word's start, or 0. */
function spacedPrefixId42(ts: u32): u32 {
  if (ts < 4) return 0;
  let ws = lettersStart(ts - 1);
  // (stop 43) two letter groups joined by '-', the second of one or two letters: "NOTICE EPI-X 99-04471"
  if (ts - 1 - ws <= 2 && (ws >= 3 && (before(ws) == 0x2d && isAlpha(before(ws - 1))))) {
    const w0 = lettersStart(ws - 1);
    if (ws - 1 - w0 < 2 || (ws - 1 - w0 > 5 || isWordish(before(w0)))) return 0;
    const up0 = byteAt(w0) <= 0x5a;
    for (let q = w0 + 1; q < ts - 1; q++) if (q != ws - 1 && (byteAt(q) <= 0x5a) != up0) return 0;
    return w0;
  }
  const n = ts - 1 - ws;
  if (n < 2 || (n > 5 || isWordish(before(ws)))) return 0;
  const up = byteAt(ws) <= 0x5a;
  for (let q = ws + 1; q < ts - 1; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
  return ws;
}


// ---- Stop 45 (fx45): a record number's code letters between the MRN cue and its digits ----

// no num nbr number rec record id is was of on for the per see pt and or to at in by as new old all any via
const NOT_CODE45 = "\u0002no\u0003num\u0003nbr\u0006number\u0003rec\u0006record\u0002id\u0002is\u0003was\u0002of\u0002on\u0003for\u0003the\u0003per\u0003see\u0002pt\u0003and\u0002or\u0002to\u0002at\u0002in\u0002by\u0002as\u0003new\u0003old\u0003all\u0003any\u0003via";

/**
 * (stop 45, fx45) The digits at ts follow a blank and a code of two to five letters in one case, itself the only word
 * between the MRN cue and the digits (after a blank, ':', '#' or '.'): "MRN CAMC 448 1920", "MR# SMB 7718 2044", "mrn
 * pch 447 1820". A label's word or a verb there ("MRN NO 4471882", "mrn is 4471882", "MRN # 44718") opens nothing.
 * Returns the code's start, or 0.
 */
function mrnCode45(ts: u32): u32 {
  const ws = lettersStart(ts - 1);
  const n = ts - 1 - ws;
  if (n < 2 || (n > 5 || ws <= cueEnd)) return 0;
  const up = byteAt(ws) <= 0x5a;
  for (let q = ws + 1; q < ts - 1; q++) if ((byteAt(q) <= 0x5a) != up) return 0;
  for (let q = cueEnd; q < ws; q++) {
    const c = byteAt(q);
    if (!(c == 0x20 || (c == 0x3a || (c == 0x23 || c == 0x2e)))) return 0;
  }
  return wordIndex(NOT_CODE45, ws, ts - 1) >= 0 ? 0 : ws;
}
