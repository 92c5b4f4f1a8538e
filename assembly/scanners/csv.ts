// Why this file exists: fields of CSV and TSV exports (patient lists, claims, schedules): a value under a header column
// that names an identifier ("mrn", "ssn", "zip", "phone", "account_number", "Patient ID") is that identifier even
// though no cue stands next to it, as a reader of the table knows from its header.

import { ENTITY_ACCOUNT, ENTITY_AGE, ENTITY_FAX, ENTITY_HEALTH_PLAN, ENTITY_ID, ENTITY_LICENSE, ENTITY_MRN, ENTITY_PHONE,
  ENTITY_SSN, ENTITY_ZIP, NONE, REASON_CSV_COLUMN } from "../abi";
import { byteAt, inLen, inPtr, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { anyWordIn, isDigit, lower, wordIndex } from "./util";

// The block of rows the last field belonged to: the start of its last line seen and its header line (NONE: none), so
// that a table's rows find their header once, not once per field.
let blockLine: u32 = NONE;
let blockTop: u32 = NONE;
let headStart: u32 = NONE;
let headSep: u32 = 0;
let headFields: u32 = 0;

export function resetCsv(): void {
  alignRow = NONE;
  alignHead = NONE;
  curStart = NONE;
  longFrom = NONE;
  blockLine = NONE;
  blockTop = NONE;
  headStart = NONE;
}

// The line of the last position asked about, [curStart, curEnd) (curEnd: its line break or the input's end; NONE: none
// yet), and its row separator (NONE: not read yet). The fields of one line ask again and again, and a document written
// as one long line (transcriptions often are) must not be walked back to its start once per field: measured in stop 27,
// without this the name pass's column test cost mtsamples 2.8x its instructions.
let curStart: u32 = NONE;
let curEnd: u32 = 0;
let curSep: u32 = NONE;

/**
 * How far above a field its header may stand (bytes, header start to field start), and how far up a block is walked
 * to find its first row: MAX_NAME_WINDOW of src/builtins.ts, the window a session keeps on each side when the name
 * detector is on (the column test runs only then), so that a session reads every row as one redact() does. A table's
 * rows further below their header keep the other detectors only (no column cue).
 */
const CSV_WINDOW: u32 = 8192;

/** A table's row is at most this long (bytes): a longer line is prose, and is never walked to its ends. */
const ROW_MAX: u32 = 1024;
// A stretch known to lie on a line longer than ROW_MAX, [longFrom, longTo] (NONE: none).
let longFrom: u32 = NONE;
let longTo: u32 = 0;

/**
 * (stop 56, sp56) One of the four input bytes at i..i+3 is a line feed or a carriage return (the caller keeps them inside
 * the input). A word's "some byte is zero" test on the word XORed with each: exact, no byte is missed or invented.
 */
// @ts-ignore: decorator
@inline function lineBreak4_56(i: u32): bool {
  // (alignment 1: wasm2js, the JS fallback engine, would read the aligned word below an unaligned address otherwise)
  const w = load<u32>(inPtr + <usize>i, 0, 1);
  const a = w ^ 0x0a0a0a0a;
  const b = w ^ 0x0d0d0d0d;
  return ((((a - 0x01010101) & ~a) | ((b - 0x01010101) & ~b)) & 0x80808080) != 0;
}

/**
 * The line holding i is at most ROW_MAX bytes long: its bounds are then in curStart/curEnd (the one place that walks
 * a line to its ends); a longer line is left after ROW_MAX bytes of walking and remembered, so its other fields ask in O(1).
 */
function inShortLine(i: u32): bool {
  if (curStart != NONE && (i >= curStart && i <= curEnd)) return true;
  if (longFrom != NONE && (i >= longFrom && i <= longTo)) return false;
  // (stop 44, spd44: the walk back ends at a line break, at the input's start, where a known long stretch ends (longTo
  // + 1: the same long line, now known up to i) or ROW_MAX bytes back (a long line): the last two bounds are computed
  // once, lim the nearer, so the byte loop tests only the bytes; then the bound reached is told apart, the nearer
  // stretch's end first, as the walk met them)
  const sa = longFrom != NONE && longTo < i ? longTo + 1 : 0;
  const sb = i > ROW_MAX ? i - ROW_MAX : 0;
  const lim = sa > sb ? sa : sb;
  let s = i;
  // (stop 56, sp56: four bytes a step while none of them is a line break, lineBreak4_56(), then byte by byte as before:
  // the walks of the lines' ends read ~4.8 M instructions of the bench's 1 MB, a byte at a time)
  while (s >= lim + 4 && !lineBreak4_56(s - 4)) s -= 4;
  while (s > lim && (byteAt(s - 1) != 0x0a && byteAt(s - 1) != 0x0d)) s--;
  if (s == lim && (lim > 0 && (byteAt(s - 1) != 0x0a && byteAt(s - 1) != 0x0d))) {
    if (s == sa) {
      longTo = i;
      return false;
    }
    longFrom = s;
    longTo = i;
    return false;
  }
  // (the walk forward likewise: a line longer than ROW_MAX is known at s + ROW_MAX, not before i)
  const far = s + ROW_MAX > i ? s + ROW_MAX : i;
  const end = far < inLen ? far : inLen;
  let e = i;
  while (e + 4 <= end && !lineBreak4_56(e)) e += 4;
  while (e < end && (byteAt(e) != 0x0a && byteAt(e) != 0x0d)) e++;
  if (e == far && (e < inLen && (byteAt(e) != 0x0a && byteAt(e) != 0x0d))) {
    longFrom = s;
    longTo = e;
    return false;
  }
  curStart = s;
  curEnd = e;
  curSep = NONE;
  return true;
}

/** Start of the line before the one starting at ls: ls itself at the input's start, NONE when that line is long. */
function prevLineStart(ls: u32): u32 {
  let p = ls;
  if (p > 0 && byteAt(p - 1) == 0x0a) p--;
  if (p > 0 && byteAt(p - 1) == 0x0d) p--;
  if (p == ls) return ls;
  return inShortLine(p) ? curStart : NONE;
}

/** End of the short line holding i (its line break's index, or the input's end); inShortLine(i) has said it is short. */
function lineEndOf(i: u32): u32 {
  inShortLine(i);
  return curEnd;
}

/**
 * The separator of the row starting at ls: ',' or a tab outside quotes, the commoner, 0: none. A comma row writes no
 * blank after its commas (prose does: "Smith, John, 01/02/1950" is a sentence's list, not a row).
 */
function rowSep(ls: u32): u32 {
  if (inShortLine(ls) && (curStart == ls && curSep != NONE)) return curSep;
  const sep = readSep(ls);
  if (curStart == ls) curSep = sep;
  return sep;
}

/** rowSep() without the line's memory. */
function readSep(ls: u32): u32 {
  let commas: u32 = 0;
  let tabs: u32 = 0;
  let spaced = false;
  let quoted = false;
  // (stop 41, fx29) pipes with a blank on each side, none bare: a typed table's " | " ("Screen # | initials | age")
  let pipes: u32 = 0;
  let barePipe = false;
  for (let k = ls; k < inLen && k - ls < 4096; k++) {
    const c = byteAt(k);
    if (c == 0x0a || c == 0x0d) break;
    if (c == 0x22) quoted = !quoted;
    else if (!quoted) {
      if (c == 0x2c) {
        commas++;
        if (k + 1 < inLen && byteAt(k + 1) == 0x20) spaced = true;
      } else if (c == 0x09) tabs++;
      else if (c == 0x7c) {
        if (k > ls && (byteAt(k - 1) == 0x20 && (k + 1 < inLen && byteAt(k + 1) == 0x20))) pipes++;
        else barePipe = true;
      }
    }
  }
  if (pipes >= 1 && (!barePipe && (tabs == 0 && (spaced || commas == 0)))) return 0x7c;
  if (commas >= 1 && (commas >= tabs && !spaced)) return 0x2c;
  return tabs >= 1 && tabs >= commas ? 0x09 : 0;
}

/** The number of fields of the row starting at ls (its separators outside quotes, plus one). */
function fieldCount(ls: u32, sep: u32): u32 {
  return fieldIndex(ls, lineEndOf(ls), sep) + 1;
}

/** The index of the field holding position p of the row starting at ls (separators outside quotes before p). */
function fieldIndex(ls: u32, p: u32, sep: u32): u32 {
  let n: u32 = 0;
  let quoted = false;
  for (let k = ls; k < p; k++) {
    const c = byteAt(k);
    if (c == 0x22) quoted = !quoted;
    else if (c == sep && !quoted) n++;
  }
  return n;
}

/**
 * A header row: two or more fields, each a short label (a letter, at most 32 bytes and four words, no colon, not
 * opening with a digit): "MRN,Last,First,DOB", "Patient ID\tVisit Date".
 */
function headerRow(ls: u32, sep: u32): bool {
  let letters = false;
  let fields: u32 = 0;
  let start = ls;
  let blanks: u32 = 0;
  for (let k = ls; ; k++) {
    const c = k < inLen ? byteAt(k) : 0x0a;
    if (c == sep || (c == 0x0a || c == 0x0d)) {
      // (stop 42, fx30) a typed table's " | " pads each name with a blank on each side, no word of it: "Agent / day"
      if (sep == 0x7c && blanks > 3) blanks -= pipePadFx42(start, k);
      if (!letters || (k - start > 32 || blanks > 3)) return false;
      fields++;
      if (c != sep) break;
      letters = false;
      start = k + 1;
      blanks = 0;
    } else if (isAlpha(c)) letters = true;
    else if (c == 0x3a) return false;
    else if (c == 0x20) blanks++;
    else if (isDigit(c) && !letters) {
      // a field opening with a digit is a value ("12,Ann Lee"), not a column's name
      return false;
    }
  }
  return fields >= 2;
}

/** (stop 42, fx30) The padding blanks of a " | " row's field [s, k): one after its '|', the blanks before the next. */
function pipePadFx42(s: u32, k: u32): u32 {
  let n: u32 = 0;
  if (k > s && byteAt(s) == 0x20) n++;
  // (stop 43, st43: every blank before the next '|', an aligned table's padding to its column's width, "User ID   |")
  let q = k;
  while (q > s + 1 && byteAt(q - 1) == 0x20) {
    n++;
    q--;
  }
  return n;
}

/**
 * The header row of the table whose row starts at ls: the first row of the block of rows above it with the same
 * separator and number of fields, when it reads as a header (headerRow); NONE: none, or ls is that first row itself.
 * Rows are met in order, so a block's rows find their header once (a walk of at most 64 KB up, at the block's first
 * row met).
 */
function headerOf(ls: u32, sep: u32): u32 {
  if (ls == blockLine && headSep == sep) return headStart;
  const n = fieldCount(ls, sep);
  // the row right below the block's last row seen continues the block (its first row is the header when the block
  // began there: the header's own fields were read first)
  if (blockLine != NONE && (headSep == sep && (headFields == n && (ls > blockLine && prevLineStart(ls) == blockLine)))) {
    if (headStart == NONE && (blockLine == blockTop && headerRow(blockTop, sep))) headStart = blockTop;
    blockLine = ls;
    return headStart;
  }
  let top = ls;
  while (top > 0) {
    const prev = prevLineStart(top);
    if (prev == NONE || (prev == top || (rowSep(prev) != sep || fieldCount(prev, sep) != n))) break;
    // (a block reaching further up than the window has no header this row may use)
    if (ls - prev > CSV_WINDOW) {
      top = NONE;
      break;
    }
    top = prev;
  }
  blockLine = ls;
  blockTop = top;
  headSep = sep;
  headFields = n;
  headStart = top != NONE && top != ls && headerRow(top, sep) ? top : NONE;
  return headStart;
}

// The header's name of the field of the last columnOf() call that found one: [colStart, colEnd).
let colStart: u32 = 0;
let colEnd: u32 = 0;

/**
 * The header column of the field [fs, e) of a CSV/TSV row, `b` the byte before the field and `c` the byte after it:
 * the separators around the field must be its row's own and the row must have a header (headerOf); the header's
 * field of the same index is left in [colStart, colEnd). False when the field is in no table.
 */
function columnOf(fs: u32, e: u32, b: u32, c: u32): bool {
  if (!inShortLine(fs)) return false;
  const ls = curStart;
  const sep = rowSep(ls);
  if (sep == 0x7c) return pipeColumnFx41(fs, e, ls);
  if (sep == 0 || ((b != sep && fs != ls) || (c != sep && (c != 0x0a && (c != 0x0d && e < inLen))))) return false;
  const head = headerOf(ls, sep);
  if (head == NONE || fs - head > CSV_WINDOW) return false;
  const want = fieldIndex(ls, fs, sep);
  let hs = head;
  let n: u32 = 0;
  const he = lineEndOf(head);
  while (n < want && hs < he) {
    if (byteAt(hs) == sep) n++;
    hs++;
  }
  if (n < want) return false;
  let hf = hs;
  while (hf < he && byteAt(hf) != sep) hf++;
  colStart = hs;
  colEnd = hf;
  return true;
}

// ---- Stop 41, clinical round 32 (fx29): a typed table's " | " columns ----

/**
 * (stop 41, fx29) columnOf() for a row whose separator is " | " (readSep): the field [fs, e) opens its line or follows
 * "| ", and after it stand blanks, then '|' or the line's end; the header (the block's first row, headerOf) gives the
 * column of the same index, its padding blanks left in [colStart, colEnd) (columnType() and the word walks skip them):
 * "Screen # | initials | age | MRN | outcome" over "014-003 | A.O. | 91 | HCI89012 | declined".
 */
function pipeColumnFx41(fs: u32, e: u32, ls: u32): bool {
  if (fs != ls && !(fs >= 2 && (byteAt(fs - 1) == 0x20 && byteAt(fs - 2) == 0x7c))) return false;
  let q = e;
  while (q < inLen && byteAt(q) == 0x20) q++;
  if (!(q >= inLen || (byteAt(q) == 0x7c || (byteAt(q) == 0x0a || byteAt(q) == 0x0d)))) return false;
  const head = headerOf(ls, 0x7c);
  if (head == NONE || fs - head > CSV_WINDOW) return false;
  const want = fieldIndex(ls, fs, 0x7c);
  let hs = head;
  let n: u32 = 0;
  const he = lineEndOf(head);
  while (n < want && hs < he) {
    if (byteAt(hs) == 0x7c) n++;
    hs++;
  }
  if (n < want) return false;
  let hf = hs;
  while (hf < he && byteAt(hf) != 0x7c) hf++;
  colStart = hs;
  colEnd = hf;
  return true;
}

/** (stop 41, fx29) Past the blanks after e (at most eight) stands '|'. */
function pipeNextFx41(e: u32): bool {
  let q = e;
  while (q < inLen && (q - e < 8 && byteAt(q) == 0x20)) q++;
  return q > e && (q < inLen && byteAt(q) == 0x7c);
}

/** (stop 41, fx29) " |" stands within 64 bytes after fs on its line. */
function pipeSoonFx41(fs: u32): bool {
  for (let q = fs + 1; q < inLen && q - fs < 64; q++) {
    const c = byteAt(q);
    if (c == 0x0a || c == 0x0d) return false;
    if (c == 0x7c) return byteAt(q - 1) == 0x20;
  }
  return false;
}

/** (stop 41, fx29) fs follows a typed table's "| " (the byte before a field of a " | " row). */
function afterPipeFx41(fs: u32): bool {
  return fs >= 2 && (byteAt(fs - 1) == 0x20 && byteAt(fs - 2) == 0x7c);
}

// Words of a column's name (its letters, lower-cased, split at anything else: "Patient_ID", "MRN #", "zip code") that
// name an identifier, one list per type.
// date dob time birth day month year dt: a date's column is the DATE scanner's (its shapes say more than the name);
// count total qty quantity amount score rate level value result dose weight height size pct percent sum mean avg min
// max: a measure's column holds numbers that identify nobody ("case_count", "visit_total")
const COL_NONE = "\u0004date\u0003dob\u0004time\u0005birth\u0003day\u0005month\u0004year\u0002dt\u0005count\u0005total\u0003qty\u0008quantity\u0006amount\u0005score\u0004rate\u0005level\u0005value\u0006result\u0004dose\u0006weight\u0006height\u0004size\u0003pct\u0007percent\u0003sum\u0004mean\u0003avg\u0003min\u0003max";
// mrn mr record chart medrec
const COL_MRN = "\u0003mrn\u0002mr\u0006record\u0005chart\u0006medrec";
// ssn social
const COL_SSN = "\u0003ssn\u0006social";
// zip zipcode postal postcode
const COL_ZIP = "\u0003zip\u0007zipcode\u0006postal\u0008postcode";
// phone tel telephone mobile cell pager
const COL_PHONE = "\u0005phone\u0003tel\u0009telephone\u0006mobile\u0004cell\u0005pager";
// account acct fin billing
const COL_ACCOUNT = "\u0007account\u0004acct\u0003fin\u0007billing";
// member policy subscriber medicaid medicare insurance
const COL_PLAN = "\u0006member\u0006policy\u000asubscriber\u0008medicaid\u0008medicare\u0009insurance";
// npi dea license licence
const COL_LICENSE = "\u0003npi\u0003dea\u0007license\u0007licence";
// id identifier encounter visit csn accession claim specimen serial device case; (stop 38) lot: a vaccine's or a
// product's lot number under an immunisation record's "LOT" column; (stop 43) screen subject participant: a screening
// log's and a study's numbers ("Screen # | initials | age" over "014-003 | A.O. | 91")
const COL_ID = "\u0006screen\u0007subject\u000bparticipant\u0002id\u000aidentifier\u0009encounter\u0005visit\u0003csn\u0009accession\u0005claim\u0008specimen\u0006serial\u0006device\u0004case\u0003lot";

/** The entity a column's name [s, e) names (by its words, the first that tells), or NONE. */
function columnType(s: u32, e: u32): u32 {
  // (no type for a column of dates or measures: "visit_date", "DOB", "case_count")
  if (anyWordIn(COL_NONE, s, e)) return NONE;
  let i = s;
  while (i < e) {
    while (i < e && !isAlpha(byteAt(i))) i++;
    let w = i;
    while (w < e && isAlpha(byteAt(w))) w++;
    if (w > i) {
      if (wordIndex(COL_MRN, i, w) >= 0) return ENTITY_MRN;
      if (wordIndex(COL_SSN, i, w) >= 0) return ENTITY_SSN;
      if (wordIndex(COL_ZIP, i, w) >= 0) return ENTITY_ZIP;
      if (w - i == 3 && (lower(byteAt(i)) == 0x66 && (lower(byteAt(i + 1)) == 0x61 && lower(byteAt(i + 2)) == 0x78))) return ENTITY_FAX;
      if (wordIndex(COL_PHONE, i, w) >= 0) return ENTITY_PHONE;
      if (wordIndex(COL_ACCOUNT, i, w) >= 0) return ENTITY_ACCOUNT;
      if (wordIndex(COL_PLAN, i, w) >= 0) return ENTITY_HEALTH_PLAN;
      if (wordIndex(COL_LICENSE, i, w) >= 0) return ENTITY_LICENSE;
      if (w - i == 3 && (lower(byteAt(i)) == 0x61 && (lower(byteAt(i + 1)) == 0x67 && lower(byteAt(i + 2)) == 0x65))) return ENTITY_AGE;
      if (wordIndex(COL_ID, i, w) >= 0) return ENTITY_ID;
    }
    i = w;
  }
  return NONE;
}

// The digits of the last valueEnd() call's value.
let valueDigits: u32 = 0;

/** End of a field's value at ts: letters, digits, '-', '/', '.', '#' (its digits left in valueDigits). */
function valueEnd(ts: u32): u32 {
  let e = ts;
  let digits: u32 = 0;
  while (e < inLen) {
    const c = byteAt(e);
    if (isDigit(c)) digits++;
    else if (!(isAlnum(c) || (c == 0x2d || (c == 0x2f || (c == 0x2e || c == 0x23))))) break;
    e++;
  }
  valueDigits = digits;
  return e;
}

/**
 * A whole field of a CSV/TSV row starting at ts (the first byte of a digit run or of letters glued to digits), under a
 * header column that names an identifier: emits it with the column's type and returns its end, or 0. The field holds
 * letters, digits and '-', '/', '.', '#' only and has a digit ("MRN" column: "1234567", "AB-0042"); quoted fields are
 * left to the other scanners. An age column gives an AGE only over 89 (or with `allAges`).
 */
export function csvColumnField(ts: u32, allAges: bool): u32 {
  const b = ts > 0 ? byteAt(ts - 1) : 0x0a;
  // (stop 41: or a typed table's field after "| ", blanks then '|' after it)
  const piped = afterPipeFx41(ts);
  if (!(b == 0x2c || (b == 0x09 || (b == 0x0a || (b == 0x0d || piped))))) return 0;
  const e = valueEnd(ts);
  const digits = valueDigits;
  if (digits == 0 || e - ts > 40) return 0;
  const c = e < inLen ? byteAt(e) : 0x0a;
  if (!(c == 0x2c || (c == 0x09 || (c == 0x0a || (c == 0x0d || c == 0x20 && ((piped || (b == 0x0a || (b == 0x0d || ts == 0))) &&
    pipeNextFx41(e))))))) return 0;
  if (!columnOf(ts, e, b, c)) return 0;
  const type = columnType(colStart, colEnd);
  if (type == NONE) return 0;
  // (the least digits each type holds: row numbers and counts under an "id" column are no identifier)
  const least: u32 = type == ENTITY_PHONE || type == ENTITY_FAX ? 7 : type == ENTITY_ZIP ? 5 : type == ENTITY_AGE ? 1 : 4;
  if (digits < least) return 0;
  if (type == ENTITY_AGE) {
    if (e - ts > 3 || digits != e - ts) return 0;
    let v: u32 = 0;
    for (let k = ts; k < e; k++) v = v * 10 + (byteAt(k) - 0x30);
    if (v > 125 || (v <= 89 && !allAges)) return 0;
  }
  emit(ts, e, type, REASON_CSV_COLUMN, 850);
  return e;
}

// ---- Stop 38: tables aligned with blanks (immunisation records, census lists, specimen logs), no separator ----

// The last aligned row read and its header line (NONE: none), so that a table's rows find their header once.
let alignRow: u32 = NONE;
let alignHead: u32 = NONE;

/** Blanks at ls + col - 1 and ls + col - 2 (a column's gap), or col is 0; [ls, le) the line. */
function colGapBefore(ls: u32, col: u32): bool {
  return col == 0 || col >= 2 && (byteAt(ls + col - 1) == 0x20 && byteAt(ls + col - 2) == 0x20);
}

/**
 * (stop 45, ix45) The digit at k goes on a word that opens in a letter: a header's name with its digit, "UDI (GS1)",
 * "SPO2", "FIO2", "ICD10", "HBA1C" (fixture 33's "ITEM  MFR  REF  LOT/SERIAL  UDI (GS1)" was no header for its digit).
 * A row's number alone ("SZ 4", "10 MM"), after a '-' or '/' ("H-44718", "3/14") or opening its word is none.
 */
function wordDigit45(ls: u32, k: u32): bool {
  let q = k;
  while (q > ls && isAlnum(byteAt(q - 1))) q--;
  return q < k && isAlpha(byteAt(q));
}

/**
 * The line [ls, le) is a table's header aligned with blanks: three fields or more, each apart from the next by two
 * blanks or more, letters and single blanks, '#', '/' or '.' only, no digit ("VACCINE      DATE      LOT      SITE").
 */
function alignedHeader(ls: u32, le: u32): bool {
  let fields: u32 = 0;
  let inField = false;
  let letters = false;
  let paren = false;
  for (let k = ls; k < le; k++) {
    const c = byteAt(k);
    // (stop 44, id44) a comma inside a field's brackets, as a name's column spells its order: "PATIENT (LAST,FIRST)"
    if (c == 0x28) paren = true;
    else if (c == 0x29) paren = false;
    else if (c == 0x2c && paren) continue;
    if (c == 0x20) {
      if (inField && (k + 1 < le && byteAt(k + 1) == 0x20)) {
        inField = false;
      }
      continue;
    }
    if ((isDigit(c) && !wordDigit45(ls, k)) || (c == 0x3a || c == 0x09)) return false;
    if (!inField) {
      if (letters && (k > ls && !(byteAt(k - 1) == 0x20 && byteAt(k - 2) == 0x20))) return false;
      fields++;
      inField = true;
    }
    if (isAlpha(c)) letters = true;
    else if (!(isDigit(c) || (c == 0x23 || (c == 0x2f || (c == 0x2e || (c == 0x2d || (c == 0x28 || c == 0x29))))))) return false;
  }
  return fields >= 3 && letters;
}

/**
 * (stop 38) A value of a table aligned with blanks, at ts (its end e, the byte before it a blank): the header line above
 * the table's rows (at most 40 lines up, no blank line between, each line at most ROW_MAX bytes) holds a column's
 * name starting in the same column as the value, after a column's gap, and that name names an identifier
 * (columnType): "VACCINE      DATE          LOT      SITE" over "HEP B #1     09/10/2086    HB7720A  RVL". The value
 * stands apart by two blanks on each side (or ends its line). Returns the header's line start, NONE: none.
 */
function alignedColumn(ts: u32, e: u32): u32 {
  if (!inShortLine(ts)) return NONE;
  const ls = curStart;
  const le = curEnd;
  const col = ts - ls;
  if (!colGapBefore(ls, col) || !(e >= le || e + 1 < le && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x20))) return NONE;
  let row = ls;
  let head: u32 = NONE;
  if (alignRow != NONE && (prevLineStart(ls) == alignRow && alignHead != NONE)) head = alignHead;
  else {
    for (let n: u32 = 0; n < 40; n++) {
      const prev = prevLineStart(row);
      if (prev == NONE || prev == row) break;
      const pe = curEnd;
      if (pe == prev || ls - prev > CSV_WINDOW) break;
      if (prev + col < pe && (colGapBefore(prev, col) && (isAlpha(byteAt(prev + col)) && alignedHeader(prev, pe)))) {
        head = prev;
        break;
      }
      row = prev;
    }
  }
  alignRow = ls;
  alignHead = head;
  // (a session's window: the header within CSV_WINDOW bytes of the value, as for a CSV row's)
  if (head == NONE || ts - head > CSV_WINDOW) return NONE;
  // the column's name: from its start to two blanks or the line's end
  inShortLine(head);
  const he = curEnd;
  let hf = head + col;
  while (hf < he && !(byteAt(hf) == 0x20 && (hf + 1 < he && byteAt(hf + 1) == 0x20))) hf++;
  colStart = head + col;
  colEnd = hf;
  return head;
}

/** (stop 38) csvColumnField() for a table aligned with blanks: the value's column named by its header (alignedColumn). */
export function alignedColumnField(ts: u32): u32 {
  if (ts == 0 || byteAt(ts - 1) != 0x20) return 0;
  const e = valueEnd(ts);
  // (stop 45, ix45) three digits after two letters or more, a lot's or a serial's code ("ZAD447" under "LOT/SERIAL"),
  // under an identifier's column only (below); a count or a measure has no letters before its digits
  const short = valueDigits == 3 && (isAlpha(byteAt(ts)) && isAlpha(byteAt(ts + 1)));
  if ((valueDigits < 4 && !short) || e - ts > 40) return 0;
  // (stop 43) or the header's field of the same rank, its name not over the value (rankColumn43)
  if (alignedColumn(ts, e) == NONE && !rankColumn43(ts, e)) return 0;
  let type = columnType(colStart, colEnd);
  if (short && type != ENTITY_ID) return 0;
  // (stop 40, fx28) a roster's tag, wristband and bib columns
  if (type == NONE && rosterIdColFx40(colStart, colEnd)) type = ENTITY_ID;
  if (type == ENTITY_ZIP) return zipCellFx42(ts, e);
  if (type == NONE || (type == ENTITY_AGE || (type == ENTITY_PHONE || type == ENTITY_FAX))) return 0;
  emit(ts, e, type, REASON_CSV_COLUMN, 800);
  return e;
}

/**
 * (stop 42, fx30) A ZIP code under an aligned table's "ZIP" (or "POSTAL") column: five digits, or ZIP+4 with its dash,
 * nothing else ("PROC DATE   PT NAME   DOB   ZIP   SIDE" over "01/09/99  STANDING BEAR, IRENE  04/12/1949  57701  L").
 * A count, a code or a date under the column has another shape and stays.
 */
function zipCellFx42(ts: u32, e: u32): u32 {
  const n = e - ts;
  if (n != 5 && !(n == 10 && byteAt(ts + 5) == 0x2d)) return 0;
  for (let k = ts; k < e; k++) {
    const c = byteAt(k);
    if (!(isDigit(c) || (k == ts + 5 && c == 0x2d))) return 0;
  }
  emit(ts, e, ENTITY_ZIP, REASON_CSV_COLUMN, 800);
  return e;
}

// ---- Stop 40, clinical round 31 (fx28): a roster's first column and its age column ----

// tag wristband bib: a roster's identifier columns (a triage tag, a patient's wristband, a runner's bib)
const COL_ID_FX40 = "\u0003tag\u0009wristband\u0003bib";

/** (stop 40, fx28) The column's name [s, e) has a word of COL_ID_FX40 and no date's or measure's word. */
function rosterIdColFx40(s: u32, e: u32): bool {
  return colWordsFx40(s, e, COL_ID_FX40, COL_ID_FX40) == 1;
}

/**
 * (stop 40) The words of a column's name [s, e): -1 when one is a word of COL_NONE (a date's or a measure's), 1 when
 * one is a word of list a or b and none of COL_NONE, 0 else. Shared by the roster's identifier and person columns.
 */
function colWordsFx40(s: u32, e: u32, a: string, b: string): i32 {
  let i = s;
  let hit: i32 = 0;
  while (i < e) {
    while (i < e && !isAlpha(byteAt(i))) i++;
    let w = i;
    while (w < e && isAlpha(byteAt(w))) w++;
    if (w > i) {
      if (wordIndex(COL_NONE, i, w) >= 0) return -1;
      if (wordIndex(a, i, w) >= 0 || wordIndex(b, i, w) >= 0) hit = 1;
    }
    i = w;
  }
  return hit;
}

/**
 * (stop 40, fx28) The header line of the table whose row starts at ls: the nearest line above (at most 40 up, no blank
 * line between, within CSV_WINDOW of ts) that is a header aligned with blanks (alignedHeader). NONE: none.
 */
function headerAboveFx40(ts: u32, ls: u32): u32 {
  let row = ls;
  for (let n: u32 = 0; n < 40; n++) {
    const prev = prevLineStart(row);
    if (prev == NONE || prev == row) return NONE;
    const pe = curEnd;
    if (pe == prev || ts - prev > CSV_WINDOW) return NONE;
    if (alignedHeader(prev, pe)) return prev;
    row = prev;
  }
  return NONE;
}

/**
 * (stop 40, fx28) A value opening a row of a table aligned with blanks, under a header whose first column names an
 * identifier ("TAG" over "0044718     WHITLOW, EUGENIA", "BIB" over "4471  LINDQVIST, PER"): four digits or more,
 * two blanks after it. alignedColumnField() wants a column's gap before the value, which a row's first field has not.
 */
export function lineStartColumnFx40(ts: u32): u32 {
  if (ts > 0 && (byteAt(ts - 1) != 0x0a && byteAt(ts - 1) != 0x0d)) return 0;
  const e = valueEnd(ts);
  if (valueDigits < 4 || (e - ts > 40 || !inShortLine(ts))) return 0;
  const ls = curStart;
  const le = curEnd;
  const one = e + 1 < le && (byteAt(e) == 0x20 && isAlpha(byteAt(e + 1)));
  if (!one && !(e + 1 < le && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x20))) return 0;
  const head = headerAboveFx40(ts, ls);
  if (head == NONE || !isAlpha(byteAt(head))) return 0;
  inShortLine(head);
  const he = curEnd;
  // (stop 44, id44) one blank after the value when the row's next field starts in the column of the header's second
  // field, the table written tight: "MRN      PATIENT (LAST,FIRST)" over "41145103 WOJCIK,STANISLAW            03/11/99"
  if (one && !(head + (e + 1 - ls) < he && (colGapBefore(head, e + 1 - ls) && isAlpha(byteAt(head + (e + 1 - ls)))))) return 0;
  let hf = head;
  while (hf < he && !(byteAt(hf) == 0x20 && (hf + 1 < he && byteAt(hf + 1) == 0x20))) hf++;
  let type = columnType(head, hf);
  if (type == NONE && rosterIdColFx40(head, hf)) type = ENTITY_ID;
  if (type == ENTITY_ZIP) return zipCellFx42(ts, e);
  if (type == NONE || (type == ENTITY_AGE || (type == ENTITY_PHONE || type == ENTITY_FAX))) return 0;
  emit(ts, e, type, REASON_CSV_COLUMN, 800);
  return e;
}

/**
 * (stop 40, fx28) An age over 89 (90-125, two or three digits) under the "AGE" column of a table aligned with blanks:
 * a column's gap before it, two blanks or the line's end after it, and the header's field named "AGE" (columnType)
 * overlapping its columns, so a number written right-aligned under the name counts as one written under its first
 * letter ("NAME  AGE  CAT" over "WHITLOW, EUGENIA  91   YELLOW"). A measure's column ("AGE" is no part of "WT",
 * "HR") names nothing; ages under 90 are no PHI.
 */
export function alignedAgeFx40(ts: u32): u32 {
  const e = valueEnd(ts);
  const len = e - ts;
  if (len < 2 || (len > 3 || valueDigits != len)) return 0;
  let v: u32 = 0;
  for (let k = ts; k < e; k++) v = v * 10 + (byteAt(k) - 0x30);
  if (v < 90 || (v > 125 || !inShortLine(ts))) return 0;
  const ls = curStart;
  const le = curEnd;
  if (!(e >= le || e + 1 < le && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x20))) return 0;
  const col = ts - ls;
  const head = headerAboveFx40(ts, ls);
  if (head == NONE) return 0;
  inShortLine(head);
  const he = curEnd;
  let fs = head;
  while (fs < he) {
    while (fs < he && byteAt(fs) == 0x20) fs++;
    let fe = fs;
    while (fe < he && !(byteAt(fe) == 0x20 && (fe + 1 >= he || byteAt(fe + 1) == 0x20))) fe++;
    if (fe > fs && (fs - head < col + len && fe - head > col)) {
      if (columnType(fs, fe) != ENTITY_AGE) break;
      emit(ts, e, ENTITY_AGE, REASON_CSV_COLUMN, 800);
      return e;
    }
    fs = fe;
  }
  // (stop 43) or the header's "AGE" of the same rank, its name not over the value (rankColumn43): "NAME   AGE  COMPLAINT"
  // over "FEATHERSTONE, ROSCOE            90   FINISHED! DIZZY"
  if (!rankColumn43(ts, e) || columnType(colStart, colEnd) != ENTITY_AGE) return 0;
  emit(ts, e, ENTITY_AGE, REASON_CSV_COLUMN, 800);
  return e;
}

// ---- Stop 43 (id43): a value under the header's field of the same rank ----

/**
 * The rank of the field holding p on the line [ls, le) of a table aligned with blanks: the fields that start before p,
 * a field starting at ls or after two blanks or a tab ("A52316228  TRAN, BAO NGOC   8747363": 8747363's rank is 2).
 */
function gapRank43(ls: u32, p: u32): u32 {
  let n: u32 = 0;
  let gap = true;
  for (let k = ls; k < p; k++) {
    const c = byteAt(k);
    if (c == 0x09 || c == 0x20 && (k + 1 < inLen && byteAt(k + 1) == 0x20)) gap = true;
    else if (c != 0x20) {
      if (gap) n++;
      gap = false;
    }
  }
  return n;
}

/**
 * (stop 43, id43) The value at ts (its end e) stands in a row of a table aligned with blanks whose header (the nearest
 * aligned header above, headerAboveFx40) has as many fields as the row, and the header's field of the value's rank
 * starts at most 12 columns from it: a worklist's or a log's header written wider or narrower than its values
 * ("ACCESSION    PATIENT                           MRN      EXAM" over "A52316228  TRAN, BAO NGOC             8747363  MR
 * ENTEROGRAPHY"). Leaves the field's name in colStart/colEnd. A free-text column with a gap of its own, or a row with a
 * cell left empty, counts differently and is read by nothing here.
 */
function rankColumn43(ts: u32, e: u32): bool {
  if (!inShortLine(ts)) return false;
  const ls = curStart;
  const le = curEnd;
  if (!(e >= le || e + 1 < le && (byteAt(e) == 0x20 && byteAt(e + 1) == 0x20))) return false;
  const rank = gapRank43(ls, ts + 1);
  const fields = gapRank43(ls, le);
  if (rank < 2 || fields < 3) return false;
  const head = headerAboveFx40(ts, ls);
  if (head == NONE) return false;
  inShortLine(head);
  const he = curEnd;
  if (gapRank43(head, he) != fields) return false;
  // the header's field of that rank: its start, then its end at two blanks, a tab or the line's end
  let fs = head;
  let n: u32 = 0;
  let gap = true;
  for (; fs < he; fs++) {
    const c = byteAt(fs);
    if (c == 0x09 || c == 0x20 && (fs + 1 < he && byteAt(fs + 1) == 0x20)) gap = true;
    else if (c != 0x20) {
      if (gap && ++n == rank) break;
      gap = false;
    }
  }
  const col = ts - ls;
  const hc = fs - head;
  if (fs >= he || (hc > col ? hc - col : col - hc) > 12) return false;
  let fe = fs;
  while (fe < he && (byteAt(fe) != 0x09 && !(byteAt(fe) == 0x20 && (fe + 1 >= he || byteAt(fe + 1) == 0x20)))) fe++;
  colStart = fs;
  colEnd = fe;
  return true;
}

// Words of a column's name that say it holds a person's name, or a place below a state (the name pass reads these
// fields: their values are words, which the scanners' trigger bytes never wake).
// name names patient last first middle surname given provider physician doctor attending pcp nurse contact guardian
// spouse kin referring author
const COL_PERSON = "\u0004name\u0005names\u0007patient\u0004last\u0005first\u0006middle\u0007surname\u0005given\u0008provider\u0009physician\u0006doctor\u0009attending\u0003pcp\u0005nurse\u0007contact\u0008guardian\u0006spouse\u0003kin\u0009referring\u0006author";
// address street city town county employer facility hospital clinic school pharmacy
const COL_PLACE = "\u0007address\u0006street\u0004city\u0004town\u0006county\u0008employer\u0008facility\u0008hospital\u0006clinic\u0006school\u0008pharmacy";

/** Column kinds of columnKind(). */
export const COLUMN_PERSON: u32 = 1;
export const COLUMN_PLACE: u32 = 2;
/** End of the field of the last columnKind() call that found a kind. */
export let columnFieldEnd: u32 = 0;

/**
 * The kind of column (COLUMN_PERSON, COLUMN_PLACE, or 0) of the CSV/TSV field that starts at fs: fs follows the row's
 * separator or opens the line, the field runs to the next separator or the line's end (columnFieldEnd), and the
 * header's field of the same index names a person or a place (a column of dates or measures names nothing:
 * "first_visit_date", "name_count").
 */
export function columnKind(fs: u32): u32 {
  const b = fs > 0 ? byteAt(fs - 1) : 0x0a;
  // (stop 41, fx29) a typed table's " | " row: its field runs to the next '|', commas inside ("Nguyen, Bao | 12/03/2086")
  // (a line's first field only when " |" comes within its 64 bytes: no line walk for the many lines that open "Smith, ")
  if (afterPipeFx41(fs) || (b == 0x0a || (b == 0x0d || fs == 0)) && (pipeSoonFx41(fs) && (inShortLine(fs) && rowSep(curStart) == 0x7c))) {
    return pipeKindFx41(fs);
  }
  if (!(b == 0x2c || (b == 0x09 || (b == 0x0a || b == 0x0d)))) return 0;
  // (a comma after a sentence's or a label's end is prose's: "allergies.,MEDICATIONS:", as transcriptions exported
  // from a spreadsheet write their sections)
  if (b == 0x2c && (fs >= 2 && (byteAt(fs - 2) == 0x2e || byteAt(fs - 2) == 0x3a))) return 0;
  let e = fs;
  while (e < inLen && e - fs < 64) {
    const c = byteAt(e);
    if (c == 0x2c || (c == 0x09 || (c == 0x0a || c == 0x0d))) break;
    e++;
  }
  if (e - fs >= 64) return 0;
  const c = e < inLen ? byteAt(e) : 0x0a;
  // (a comma with a blank after it is prose's, "Smith, John": no row to read, and no line to scan)
  if (c == 0x2c && (e + 1 < inLen && byteAt(e + 1) == 0x20)) return 0;
  // (a line's first field needs its row's separator after it; a lone line is no row)
  if (!inShortLine(fs) || (fs == curStart && (c != 0x2c && c != 0x09))) return 0;
  if (!columnOf(fs, e, b, c)) return 0;
  const hf = colEnd;
  let kind: u32 = 0;
  let i = colStart;
  while (i < hf) {
    while (i < hf && !isAlpha(byteAt(i))) i++;
    let w = i;
    while (w < hf && isAlpha(byteAt(w))) w++;
    if (w > i) {
      if (wordIndex(COL_NONE, i, w) >= 0) return 0;
      if (kind == 0 && wordIndex(COL_PERSON, i, w) >= 0) kind = COLUMN_PERSON;
      else if (kind == 0 && wordIndex(COL_PLACE, i, w) >= 0) kind = COLUMN_PLACE;
    }
    i = w;
  }
  // (trailing blanks are no part of the value)
  while (e > fs && (byteAt(e - 1) == 0x20 || byteAt(e - 1) == 0x22)) e--;
  columnFieldEnd = e;
  return kind;
}


/**
 * (stop 41, fx29) columnKind() for a field of a " | " row at fs: the field runs to the next '|' or the line's end (at
 * most 64 bytes, blanks after it dropped, a bracket's words too: "Reina Chavarría (mother)"); the column's name holds a
 * person's word (COL_PERSON, COL_PERSON_FX40, "initials") and no date's or measure's. Places are left to the other rules.
 */
function pipeKindFx41(fs: u32): u32 {
  if (!inShortLine(fs)) return 0;
  const le = curEnd;
  let e = fs;
  while (e < le && (byteAt(e) != 0x7c && e - fs < 64)) e++;
  if (e - fs >= 64) return 0;
  const end = e;
  for (let i = fs; i < e; i++) {
    if (byteAt(i) == 0x28) {
      e = i;
      break;
    }
  }
  while (e > fs && byteAt(e - 1) == 0x20) e--;
  if (e <= fs || !pipeColumnFx41(fs, end == le ? end : end - 1, curStart)) return 0;
  if (colWordsFx40(colStart, colEnd, COL_PERSON, COL_PERSON_FX40) != 1 && colWordsFx40(colStart, colEnd, COL_INITIALS_FX41, COL_INITIALS_FX41) != 1) {
    // (stop 43, st43) an audit log's column of logins ("User ID" over "dmaslak")
    if (colWordsFx40(colStart, colEnd, COL_LOGIN43, COL_LOGIN43) != 1) return 0;
    columnFieldEnd = e;
    return COLUMN_LOGIN43;
  }
  columnFieldEnd = e;
  return COLUMN_PERSON;
}

/** (stop 43, st43) A column kind of pipeKindFx41(): an audit log's logins. */
export const COLUMN_LOGIN43: u32 = 3;
// (stop 43, st43) words of a " | " table's column name that say it holds a user's login: user userid login logon
const COL_LOGIN43 = "\u0004user\u0006userid\u0005login\u0005logon";

// (stop 41, fx29) a screening log's column of a patient's initials
const COL_INITIALS_FX41 = "\u0008initials";

// (stop 40, fx28) a roster's column of residents, clients or decedents, beside COL_PERSON's words
// (stop 41, fx29) an OR board's and a monitor log's person columns: surgeon anes anesthesia anesthesiologist crna
// notified ("SURGEON  ANES" over "FENTRESS  MARCH", "RN NOTIFIED" over "K. STEINER")
// (stop 44, nam44) and a log's columns of who did or witnessed a step: by witness witnessed performed ("PERFORMED
// WITNESS" over "MTR  KDB", "Source | By" over "NPPES | RW", "METHOD  BY" over "VIDEO  CANTU-BLAIR", "SWABBED BY")
// (stop 53, fy53b) and a flowsheet's nurse column, a log's column of a subject's or a staff member's initials, a
// specimen log's collector, a board's physician beside its nurse: rn md initials collector ("Time  HR  BP ... Pain  RN"
// over "0800  96  104/58 ... 3/10  KMO", "SCREEN #  INITIALS" over "032-S-0042  RTA", "REASON  COLLECTOR" over
// "UNLABELED TUBE  DKM", "ESI  MD  RN" over "3  OYELOWO  WINONA": the nurse's cell read as a finding of its own no longer
// lends its name to the physician's beside it)
const COL_PERSON_FX40 = "\u0008resident\u0006client\u0008decedent\u0007surgeon\u0004anes\u000aanesthesia\u0010anesthesiologist\u0004crna\u0008notified\u0002by\u0007witness\u0009witnessed\u0009performed\u0002rn\u0002md\u0008initials\u0009collector";
// (stop 44, nam44) the staff words alone: a cell under the header's field of the same rank only for these columns
// (stop 53, fy53b: and the three above, "GTTS  RN" over "PROPOFOL 30, NE 6, FENT 50   AMARUQ", a flowsheet's last
// cell written wider than its header)
const COL_STAFF44 = "\u0002by\u0007witness\u0009witnessed\u0009performed\u0002rn\u0008initials\u0009collector";

/**
 * (stop 40, fx28) The value of a table aligned with blanks that starts at fs under a header's column naming a person
 * ("NAME", "RESIDENT", "PATIENT": COL_PERSON, COL_PERSON_FX40; no date's or measure's word), left-aligned with it
 * (alignedColumn): the value runs to a column's gap (two blanks), a tab or the line's end, holds no digit and no
 * bracket, and is at most 48 bytes ("TAG  NAME  AGE" over "0044721     HARDY, PATIENCE     93"). Returns its end, 0:
 * none.
 */
export function alignedPersonFieldFx40(fs: u32): u32 {
  if (!inShortLine(fs)) return 0;
  const le = curEnd;
  let e = fs;
  while (e < le) {
    const c = byteAt(e);
    if (c == 0x09 || c == 0x20 && (e + 1 < le && byteAt(e + 1) == 0x20)) break;
    if (isDigit(c) || (c == 0x28 || (c == 0x29 || (c == 0x2f || c == 0x3a)))) return 0;
    e++;
  }
  while (e > fs && byteAt(e - 1) == 0x20) e--;
  if (e <= fs || e - fs > 48) return 0;
  // (stop 44, nam44: or, for a staff column, the header's field of the same rank, its name not over the value,
  // rankColumn43(): a log whose rows' codes run wider than its header, "DISH / TUBE ID   PERFORMED   WITNESS" over
  // "SLIDE ES-77182-03    KDB   MTR")
  if (alignedColumn(fs, e) == NONE) {
    // (the older person columns keep their left alignment: "SOURCE BANK   SURGEON" over "LIFECELL   PAPADOPOULOS")
    if (!rankColumn43(fs, e)) return 0;
    return colWordsFx40(colStart, colEnd, COL_STAFF44, COL_STAFF44) == 1 ? e : 0;
  }
  return colWordsFx40(colStart, colEnd, COL_PERSON, COL_PERSON_FX40) == 1 ? e : 0;
}

/**
 * (stop 44, fx44) [ts, e) is a whole cell of a " | " table (it opens its line or follows "| ", and blanks then '|'
 * follow it), the column of the same rank in the table's header left in [colStart, colEnd): "Date | Language |
 * Minutes" over "3/5 | Hmong | 18" (dayCell43's other table).
 */
function pipeCellFx44(ts: u32, e: u32): bool {
  if (!inShortLine(ts)) return false;
  const ls = curStart;
  if (ts != ls && !afterPipeFx41(ts)) return false;
  return rowSep(ls) == 0x7c && pipeColumnFx41(ts, e, ls);
}

// (stop 43) words of a column's name that date its cells: onset date dos seen admitted admit discharged collected drawn
// started start stopped given
const COL_DAY43 = "\u0005onset\u0004date\u0003dos\u0004seen\u0008admitted\u0005admit\u000adischarged\u0009collected\u0005drawn\u0007started\u0005start\u0007stopped\u0005given";

/**
 * (stop 43, id43) A month and day at ts..e that reads as a fraction ("3/4", "3/8") is a day when it stands alone in a
 * cell of a table aligned with blanks (two blanks before it, two blanks or the line's end after it) under a column whose
 * name dates it (COL_DAY43), over the header's column or of the same rank (alignedColumn, rankColumn43): "RM  RESIDENT
 * AGE   ONSET     SCRAPING" over "118   STORY, MARIGOLD   100   3/4       POS". A score's column ("STRENGTH") names none.
 */
export function dayCell43(ts: u32, e: u32): bool {
  if (ts >= 2 && (byteAt(ts - 1) == 0x20 && byteAt(ts - 2) == 0x20)) {
    if (alignedColumn(ts, e) == NONE && !rankColumn43(ts, e)) return false;
  } else if (!pipeCellFx44(ts, e)) return false;
  return anyWordIn(COL_DAY43, colStart, colEnd);
}
