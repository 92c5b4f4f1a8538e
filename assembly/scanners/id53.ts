// Why this file exists: stop 53's identifier round (id53), kept out of dispatch.ts: a court's, a registry's or a
// public-health office's docket that opens with its year and a '-' ("petition 2099-PR00417", "PROBATE COURT PETITION
// 2099-MH-42-0118", "cluster 2099-ORE-0047") was read as the year alone when no identifier's cue stood right before it;
// and a licence plate after a vehicle's word and a state's code with no plate cue ("BOAT VA 4471 BK", "ON TRAILER TX
// 8RL-4471") was not found at all; nor was an endoscope's serial right after its model with no "SN" ("Scope IDs: GIF-H190
// 2K44718; CF-HQ190L 2C90117").
import { ENTITY_DEVICE, ENTITY_ID, ENTITY_VEHICLE, REASON_DEVICE_CUE, REASON_RECORD_FIELD, REASON_VEHICLE_CUE } from "../abi";
import { byteAt, isAlnum, isAlpha } from "../input";
import { emit } from "../matches";
import { unitAfter } from "./date";
import { plateEnd52b, stateCode52b } from "./id52b";
import { at, before, isDigit, isWordish, wordEndsAt, wordIndex } from "./util";

/** Letter groups that follow a year and '-' in a date or a period, never a docket's: months, a quarter's or a half's
 * letters, a fiscal year's. */
const NOT_DOCKET53 = "\u0003jan\u0003feb\u0003mar\u0003apr\u0003may\u0003jun\u0003jul\u0003aug\u0003sep\u0004sept\u0003oct\u0003nov\u0003dec\u0002fy\u0002ad\u0002bc\u0002ce\u0003bce";

/**
 * (stop 53, id53) A docket or case number that opens with a year, at ts (four digits 1900-2199 ending at a, a '-'
 * after them): a letter group of two to five letters, one case ("PR", "MH", "ORE", "cv"), not a month's or a
 * period's (NOT_DOCKET53), then digits, glued to the letters ("2099-PR00417") or after a '-' ("2099-ORE-0047"), and
 * more groups of letters or digits joined by '-' ("2099-MH-42-0118"); three digits or more after the letters; the
 * token closing after them (no word byte, nor '-', '/', '.' with a letter or a digit after it). Nothing word-like,
 * '-', '/' or '.' before the year. ID; its end, or 0 (the year's scanner then reads the year as before).
 */
export function docket53(ts: u32, a: u32): u32 {
  if (at(a) != 0x2d || !isAlpha(at(a + 1))) return 0;
  const b = before(ts);
  if (isWordish(b) || (b == 0x2d || (b == 0x2f || b == 0x2e))) return 0;
  const v = (byteAt(ts) - 0x30) * 1000 + (byteAt(ts + 1) - 0x30) * 100 + (byteAt(ts + 2) - 0x30) * 10 + (byteAt(ts + 3) - 0x30);
  if (v < 1900 || v > 2199) return 0;
  const ls = a + 1;
  const up = byteAt(ls) <= 0x5a;
  let q = ls;
  while (isAlpha(at(q)) && (at(q) <= 0x5a) == up) q++;
  if (q - ls < 2 || (q - ls > 5 || isAlpha(at(q)))) return 0;
  if (wordIndex(NOT_DOCKET53, ls, q) >= 0) return 0;
  // the digits after the letters, glued or after one '-'; then further groups joined by '-'
  let d: u32 = 0;
  if (at(q) == 0x2d) q++;
  if (!isDigit(at(q))) return 0;
  while (true) {
    const c = at(q);
    if (isAlnum(c)) {
      if (isDigit(c)) d++;
      q++;
    } else if (c == 0x2d && isAlnum(at(q + 1))) {
      q++;
    } else {
      break;
    }
    if (q - ts > 32) return 0;
  }
  if (d < 3) return 0;
  const c = at(q);
  if ((c == 0x2f || c == 0x2e) && isAlnum(at(q + 1))) return 0;
  emit(ts, q, ENTITY_ID, REASON_RECORD_FIELD, 800);
  return q;
}

/** (stop 53) Words for a vehicle that a plate follows in a note's social or police history ("BOAT VA 4471 BK", "on
 * trailer TX 8RL-4471"; "plate" and "tag" are older rules' cues). */
const VEHICLES53 = "\u0003car\u0005truck\u0007trailer\u0004boat\u0003van\u0006pickup\u0003suv\u0005sedan\u0007minivan\u000amotorcycle\u0007vehicle\u0006camper\u0004jeep";

/** (stop 53) State codes a plate may follow after a vehicle's word: every state's but the English words' ("me", "ok",
 * "hi", "in", "or", "id"). */
const PLATE_STATES53 = "\u0002ak\u0002al\u0002ar\u0002az\u0002ca\u0002co\u0002ct\u0002dc\u0002de\u0002fl\u0002ga\u0002ia\u0002il\u0002ks\u0002ky\u0002la\u0002ma\u0002md\u0002mi\u0002mn\u0002mo\u0002ms\u0002mt\u0002nc\u0002nd\u0002ne\u0002nh\u0002nj\u0002nm\u0002nv\u0002ny\u0002oh\u0002pa\u0002ri\u0002sc\u0002sd\u0002tn\u0002tx\u0002ut\u0002va\u0002vt\u0002wa\u0002wi\u0002wv\u0002wy";

/**
 * (stop 53, id53) A plate after a vehicle's word and a state's code, no plate cue: "BOAT VA 4471 BK", "ON TRAILER TX
 * 8RL-4471", "his truck ny hkt4471". ts: the plate's start, a blank, the code's two letters (one case, PLATE_STATES53)
 * and a blank before it, a vehicle's word (VEHICLES53) and one blank before those. The plate: one token of four to
 * eight letters and digits, both kinds, groups joined by '-' (plateEnd52b), or three or four digits, a blank and two
 * or three letters in the code's case that are no unit ("4471 BK", not "125 mg"). VEHICLE from the code on, as the
 * fixtures label it; its end, or 0.
 */
export function vehiclePlate53(ts: u32): u32 {
  if (ts < 6) return 0;
  const w = ts - 3;
  const up = byteAt(w) <= 0x5a;
  if (byteAt(w - 1) != 0x20 || !stateCode52b(w, PLATE_STATES53)) return 0;
  if (!wordEndsAt(w - 1, VEHICLES53)) return 0;
  let e = plateEnd52b(ts, 4);
  if (e == 0 && isDigit(byteAt(ts))) {
    // digits, a blank and letters: "4471 BK"
    let q = ts;
    while (isDigit(at(q))) q++;
    const n = q - ts;
    if (n < 3 || (n > 4 || at(q) != 0x20)) return 0;
    const ls = q + 1;
    let k = ls;
    while (isAlpha(at(k)) && (at(k) <= 0x5a) == up) k++;
    if (k - ls < 2 || (k - ls > 3 || isWordish(at(k)))) return 0;
    if (unitAfter(q)) return 0;
    const b = at(k);
    if ((b == 0x2d || (b == 0x2f || (b == 0x2e || b == 0x3a))) && isAlnum(at(k + 1))) return 0;
    e = k;
  }
  if (e == 0) return 0;
  emit(w, e, ENTITY_VEHICLE, REASON_VEHICLE_CUE, 850);
  return e;
}

/** (stop 53) The letters that open an endoscope's model (Olympus GIF, CF, PCF, BF, TJF, JF, SIF; Pentax and Fujifilm EG,
 * EC, ED, EB): "GIF-H190", "CF-HQ190L", "TJF-Q190V". */
const SCOPES53 = "\u0003gif\u0002cf\u0003pcf\u0002bf\u0003tjf\u0002jf\u0003sif\u0002eg\u0002ec\u0002ed\u0002eb";

/**
 * (stop 53, id53) An endoscope's serial right after its model and one blank, no "SN" between ("Scope IDs: GIF-H190
 * 2K44718; CF-HQ190L 2C90117", "SCOPE CF-HQ190L 2804417"). ts: the serial's start (a digit), a blank before it; the
 * model before the blank: an endoscope's letters (SCOPES53, one case, nothing word-like or '-' before them), '-', and
 * two to eight letters and digits with a digit among them. The serial: six to nine letters and digits, five digits or
 * more, the token closing after it. DEVICE, the serial alone; its end, or 0.
 */
export function scopeSerial53(ts: u32): u32 {
  if (ts < 6) return 0;
  // the model's part after '-'
  const me = ts - 1;
  let ms = me;
  let md: u32 = 0;
  while (ms > 0 && (me - ms < 9 && isAlnum(byteAt(ms - 1)))) {
    ms--;
    if (isDigit(byteAt(ms))) md++;
  }
  if (me - ms < 2 || (me - ms > 8 || (md == 0 || (ms < 3 || byteAt(ms - 1) != 0x2d)))) return 0;
  const le = ms - 1;
  let ls = le;
  while (ls > 0 && (le - ls < 4 && isAlpha(byteAt(ls - 1)))) ls--;
  if (le - ls < 2 || le - ls > 3) return 0;
  const b = before(ls);
  if (isWordish(b) || (b == 0x2d || b == 0x2f)) return 0;
  const up = byteAt(ls) <= 0x5a;
  for (let k = ls + 1; k < le; k++) if ((byteAt(k) <= 0x5a) != up) return 0;
  if (wordIndex(SCOPES53, ls, le) < 0) return 0;
  // the serial
  let q = ts;
  let d: u32 = 0;
  while (isAlnum(at(q)) && q - ts < 10) {
    if (isDigit(at(q))) d++;
    q++;
  }
  if (q - ts < 6 || (q - ts > 9 || (d < 5 || isWordish(at(q))))) return 0;
  const c = at(q);
  if ((c == 0x2d || (c == 0x2f || (c == 0x2e || c == 0x3a))) && isAlnum(at(q + 1))) return 0;
  emit(ts, q, ENTITY_DEVICE, REASON_DEVICE_CUE, 850);
  return q;
}
