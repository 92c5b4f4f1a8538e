// Why this file exists: stop 63 (va63) keeps its rules for veterans' and military sites without a hospital's own head
// out of detect.ts: a VA site named by its town before "VA Medical Center", "VA Health Care System", "VAMC", "CBOC" or
// an air force base's "AFB" ("White River Junction VA Medical Center", "phoenix vamc", "Lackland AFB"), read at the
// site's word (decide()); and a name's guess that is a site by its own words, "FAYETTEVILLE VAMC", "RANDOLPH AFB", "Fort
// Carson", "Cheyenne River Reservation", or an organisation's span that is a VA health care system, "VA PITTSBURGH
// HEALTHCARE SYSTEM" (fixtures 5, 35, 53, 65 label VA systems hospitals), read once at flush(). Allocates nothing.
import { ENTITY_LOCATION, ENTITY_NAME } from "../abi";
import { byteAt, isAlpha } from "../input";
import { lettersEnd, lettersStart, wordIndex } from "../scanners/util";
import { F_CRED, F_CUE, F_FACILITY, F_TITLE, F_UNIT } from "./flags";
import {
  FRAME40, G_COMMA, G_PERIOD, HOSPITAL_KINDS37, NATION_WORDS, TOWN_PREFIXES, MODE_MIXED, R_CREDENTIAL, R_CUE, R_FACILITY, R_TITLE, SH_CAP, SH_UPPER, count,
  exists, flush, flushedEnd, nameStr, pEnd, pReason, pStart, pType, placeStr, rd, spanDone, tData, tDone, tEnd, tGap, tShape, tStart,
  textShape, tierOf, tight, tradeWord40, wordIn,
} from "./detect";

// (va63) a VA site's or an air base's initialism after its town ("Bay Pines VAMC", "Parma CBOC", "Lackland AFB"); "AFB"
// in capitals only (lower case writes acid-fast bacilli so: "sputum afb x3")
const SITES63 = "\u0004vamc\u0005vahcs\u0004cboc\u0003afb";
// (va63) a town's abbreviated prefix before its period ("St. Cloud VA Health Care System", "Ft. Harrison VAMC")
const PREFIXES63 = "\u0002st\u0002ft\u0002mt";
// (va63) words that frame a site's town before it besides FRAME40's ("in", "of", "the", "near", "then", "vs")
const FRAMES63 = "\u0002in\u0002of\u0003the\u0004near\u0004then\u0002vs";

/** (decide()'s gate, va63) A token of `len` letters opening with bytes c and c2 (lower-cased) may be a site's word:
 * "va" (2) and "vamc", "vahcs" (4, 5), "cboc" (4), "afb" (3). */
// @ts-ignore: decorator
@inline export function siteGate63(c: u32, c2: u32, len: u32): bool {
  return c == 0x76 ? c2 == 0x61 && len != 3 : c == 0x63 ? c2 == 0x62 && len == 4 : c == 0x61 && (c2 == 0x66 && len == 3);
}

/** (va63) Token j has the site's case: capitalised or capitals in mixed case, the text's own case otherwise. */
function siteShape63(j: u32, mode: u32): bool {
  const s = rd(tShape, j);
  return mode == MODE_MIXED ? s == SH_CAP || s == SH_UPPER : s == textShape(mode);
}

/** (va63) Token j, tight after j - 1 and in the site's case, is the word w ("Medical", "Care"). */
function next63(j: u32, mode: u32, w: string): bool {
  return j < count && (tight(j) && (siteShape63(j, mode) && wordIn(j, w)));
}

/** (va63) Token j tells a town from English: a word no list has, a place's, or a name's. */
function distinct63(j: u32): bool {
  const d = rd(tData, j);
  return tierOf(d) == 0 || (placeStr(d) > 0 || nameStr(j) >= 2);
}

/**
 * (stop 63, va63) Token k is a VA site's word in the site's case (capitals in mixed case): "VA" before its head
 * ("Medical Center", "Health Care System", "Healthcare System", "Hospital", "Clinic", "HCS"), or an initialism of
 * SITES63 ("VAMC", "CBOC", "VAHCS"; "AFB" in capitals). One to three words of its town before it, in its case (a town's
 * abbreviated prefix and its period too, "St. Cloud"), each a word tradeWord40() takes (no function word, determiner,
 * title, cue, frame, facility head) and no hospital's kind (HOSPITAL_KINDS37: "the local VAMC", "nearest VA medical
 * center", "outside VA hospital" name none), decided by no rule or inside the span pending (a town or a name's guess,
 * no title's, cue's or credential's). In ALL CAPS and lower case, where the case tells nothing, one of the town's words
 * tells a town from English (distinct63()) or a word of where frames it ("seen at white river junction va medical
 * center"). The site and its head go on with no facility word, nor a comma and a unit ("Bedford VAMC, Bldg 7"). Writes
 * the town and the site as one facility: "Phoenix VA Health Care System", "WHITE RIVER JUNCTION VA MEDICAL CENTER",
 * "crescenz vamc", "Lackland AFB". Not "the VA", "my VAMC", "VA disability rating", "pt reports va clinic" (no town),
 * "sputum afb".
 */
export function vaSite63(k: u32, mode: u32): bool {
  if (rd(tShape, k) != (mode == MODE_MIXED ? SH_UPPER : textShape(mode))) return false;
  let last = k;
  if (wordIn(k, "\u0002va")) {
    const n = k + 1;
    if (next63(n, mode, "\u0007medical") && next63(n + 1, mode, "\u0006center\u0006centre")) last = n + 1;
    else if (next63(n, mode, "\u0006health") && (next63(n + 1, mode, "\u0004care") && next63(n + 2, mode, "\u0006system"))) last = n + 2;
    else if (next63(n, mode, "\u000ahealthcare") && next63(n + 1, mode, "\u0006system")) last = n + 1;
    else if (next63(n, mode, "\u0008hospital\u0006clinic\u0003hcs")) last = n;
    else return false;
  } else if (!wordIn(k, SITES63) || (rd(tShape, k) != SH_UPPER && wordIn(k, "\u0003afb"))) return false;
  // (the name goes on: a facility's word, a capitalised word in mixed case, or a comma and a unit's)
  const a2 = last + 1;
  if (a2 < count && (tight(a2) && ((rd(tData, a2) & F_FACILITY) != 0 || mode == MODE_MIXED && rd(tShape, a2) == SH_CAP) ||
    (rd(tGap, a2) & G_COMMA) != 0 && (rd(tData, a2) & F_UNIT) != 0)) return false;
  // the town's words before the site
  let f = k;
  let words: u32 = 0;
  let named = false;
  while (words < 3 && (f >= 1 && exists(f - 1))) {
    const j = f - 1;
    const g = rd(tGap, f);
    const prefix = wordIn(j, PREFIXES63);
    // (one byte between the words, a blank or a hyphen inside a word, "Wilkes-Barre"; a town's prefix and its period,
    // "St. Cloud": a heading's dash or a column's blanks end the town, "SUMMARY - WICHITA VA MEDICAL CENTER")
    const b = rd(tEnd, j);
    const a0 = rd(tStart, f);
    if (!(tight(f) && a0 == b + 1 || prefix && (a0 == b + 2 && ((g & G_PERIOD) != 0 && byteAt(b + 1) == 0x20)))) break;
    if (!siteShape63(j, mode) || rd(tDone, j) != 0 && !(pType != 0 && (rd(tStart, j) >= pStart && rd(tEnd, j) <= pEnd))) break;
    if (!prefix && (!tradeWord40(j, rd(tShape, j), mode) || wordIn(j, HOSPITAL_KINDS37))) break;
    if ((rd(tData, j) & (F_TITLE | F_CUE | F_CRED)) != 0) break;
    // (after a word that tells the town, an English word is the sentence's, "PROVIDER SITE ALASKA VA", "Refer Richmond
    // VAMC"; not a town's or a region's first word, "Southern Arizona VA", "West Palm Beach VA")
    const dj = distinct63(j);
    if (named && (!dj && !(prefix || (wordIn(j, TOWN_PREFIXES) || wordIn(j, NATION_WORDS))))) break;
    if (dj) named = true;
    f = j;
    words++;
  }
  if (words == 0) return false;
  // (a town's prefix alone is none)
  if (words == 1 && wordIn(f, PREFIXES63)) return false;
  // (an air base's town tells itself: "SPUTUM AFB" is a test)
  if (!named && wordIn(k, "\u0003afb")) return false;
  if (mode != MODE_MIXED && !named) {
    if (f < 1 || (!exists(f - 1) || (!tight(f) || !(wordIn(f - 1, FRAME40) || wordIn(f - 1, FRAMES63))))) return false;
  }
  const a = rd(tStart, f);
  if (a < flushedEnd) return false;
  // (a name begun before the town goes on over it; a person's cued name on it stays)
  if (pType != 0 && (pEnd > a && (pStart < a || pType == ENTITY_NAME && (pReason == R_TITLE || (pReason == R_CUE || pReason == R_CREDENTIAL))))) return false;
  // (nor right after a name's span: the older facility walk reads a site named for a person whole, "MICHAEL E. DEBAKEY VA
  // MEDICAL CENTER")
  if (pType == ENTITY_NAME && (pEnd <= a && pEnd + 2 >= a)) return false;
  if (pType != 0 && pEnd <= a) flush();
  spanDone(a, rd(tEnd, last), ENTITY_LOCATION, 900, R_FACILITY, f, last);
  return true;
}

// (va63) a site's initialism closing a name's guess ("FAYETTEVILLE VAMC", "HUTCHINSON CBOC", "RANDOLPH AFB", "CARL R.
// DARNALL AMC"), a base's word opening one ("Fort Carson", "NAS Whidbey Island"), a reservation's closing one
const GUESS_LASTS63 = "\u0004vamc\u0004cboc\u0003afb\u0003amc\u000breservation";
const GUESS_FIRSTS63 = "\u0004fort\u0003nas";

/**
 * (stop 63, va63) The span pending [s, e) is a name's guess (from the dictionaries, its shape or its neighbours; the
 * caller asks no title, cue or credential) that is a site by its own words: its last word is a VA site's or a military
 * hospital's initialism or "Reservation" ("FAYETTEVILLE VAMC", "HUTCHINSON CBOC", "RANDOLPH AFB", "F.E. WARREN AFB",
 * "Cheyenne River Reservation"), or its first word "Fort" or "NAS" with no comma in it ("Fort Carson", "NAS Whidbey
 * Island"; "Fort, Lena" is a list's surname and given name).
 */
export function siteGuess63(s: u32, e: u32): bool {
  const ls = lettersStart(e, s);
  if (ls > s && (byteAt(ls - 1) == 0x20 && wordIndex(GUESS_LASTS63, ls, e) >= 0)) return true;
  const fe = lettersEnd(s);
  if (fe >= e || (byteAt(fe) != 0x20 || wordIndex(GUESS_FIRSTS63, s, fe) < 0)) return false;
  for (let i = fe; i < e; i++) if (byteAt(i) == 0x2c) return false;
  return true;
}

/**
 * (stop 63, va63) The span pending [s, e), an organisation's, is a VA health care system: a word "VA" in it and
 * "Healthcare System" or "Health Care System" after it ("VA PITTSBURGH HEALTHCARE SYSTEM", "Alaska VA Healthcare System",
 * "VA BOSTON HEALTHCARE SYSTEM - JAMAICA PLAIN CAMPUS"): the fixtures label a VA system a hospital (HOSPITAL, 25 of 25
 * spans; a health care system of any name 36 of 37).
 */
export function vaSystem63(s: u32, e: u32): bool {
  let va = false;
  let i = s;
  while (i < e) {
    if (!isAlpha(byteAt(i))) {
      i++;
      continue;
    }
    const we = lettersEnd(i);
    const n = we - i;
    if (n == 2 && wordIndex("\u0002va", i, we) >= 0) va = true;
    else if (va && (n == 6 && wordIndex("\u0006system", i, we) >= 0)) {
      // "care " or "healthcare " right before "system"
      const ps = lettersStart(i - 1, s);
      if (i >= 2 && (byteAt(i - 1) == 0x20 && wordIndex("\u0004care\u000ahealthcare", ps, i - 1) >= 0)) return true;
    }
    i = we;
  }
  return false;
}
