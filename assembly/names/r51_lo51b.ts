// Why this file exists: stop 51b's street rule (lo51b), kept out of detect.ts: in lower-case text a numbered street whose
// abbreviated type is followed by more of its line, not by a field's end ("on 1180 canal st. narcan 4 mg in", "from 402
// kemble st. incident #", "household: 4471 garfield ave (rural)", "2840 buford hwy ne apt 12", "lives 1433 pass rd apt c")
// (docs/names-rounds.md, "Stop 51, lo51b").
import { byteAt, inLen } from "../input";
import { F_DIRECTION, F_TITLE, F_CRED, F_UNIT, F_MONTH } from "./flags";
import {
  rd, count, tStart, tEnd, tData, tShape, tGap, G_NEWLINE, G_COMMA, G_COLON, SH_LOWER, SH_NUM, exists, tight, wordIn, firstStr,
} from "./detect";

// (lo51b) the abbreviated types a period or a bracket may follow ("dr", "ct" and "ln" are a doctor, a scan and a lymph
// node there: "2069 by dr. fairweather", "2 prior head ct. negative"; "av" an atrioventricular node; only the unit's form
// takes them)
export const TYPES51B = "\u0002st\u0003ave\u0002rd\u0004blvd\u0004pkwy\u0003hwy\u0003ter\u0003cir\u0003trl\u0003plz\u0002sq\u0004tpke\u0002pl";
// (lo51b) words of three letters or more that name no street before its type: function words, doses', times' and
// counts' units, and an ECG's lead ("12 lead st. elevation", "3 days with st. changes")
const NOT_STREET51B = "\u0003the\u0003and\u0003for\u0004with\u0004from\u0003per\u0003was\u0004were\u0003are\u0003his\u0003her\u0003our\u0003its\u0003has\u0003had\u0003not\u0003but\u0004then\u0004also\u0005after\u0006before\u0005about\u0004into\u0004over\u0005under\u0004than\u0003mcg\u0003meq\u0004mmol\u0004unit\u0005units\u0003tab\u0004tabs\u0007tablets\u0004caps\u0005puffs\u0005drops\u0004dose\u0005doses\u0003min\u0004mins\u0006minute\u0007minutes\u0003hrs\u0004hour\u0005hours\u0003sec\u0004secs\u0003day\u0004days\u0003wks\u0004week\u0005weeks\u0003mos\u0005month\u0006months\u0003yrs\u0004year\u0005years\u0005times\u0003lbs\u0004lead\u0005leads";
// (lo51b) words after "st." that make it an ECG's ST segment, not a street ("2 mm st. depression")
const ST_NEXT51B = "\u0009elevation\u000aelevations\u000adepression\u000bdepressions\u0007segment\u0008segments\u0007changes\u0006change";
// (lo51b) a preposition of where or a residence's verb before the house number ("on 1180 canal st.", "lives 1433 pass rd")
export const PREP51B = "\u0002at\u0002on\u0004from\u0002to\u0004near\u0006behind\u0003off\u0005lives";
// (lo51b) the unit words of the unit's form
const UNITS51B = "\u0003apt\u0009apartment\u0004unit\u0005suite\u0003ste";

/** (lo51b) Token q is a one- or two-letter direction in lower case, tight before the next token ("e", "ne"). */
function dirLetter51b(q: u32): bool {
  return rd(tShape, q) == SH_LOWER && ((rd(tData, q) & F_DIRECTION) != 0 && rd(tEnd, q) - rd(tStart, q) <= 2);
}

/** (lo51b) Token q names a street's word: an ordinal ("4th"), or a lower-case word of three letters or more, no function word or unit, no title, credential or month. */
export function streetWord51b(q: u32): bool {
  const sh = rd(tShape, q);
  const len = rd(tEnd, q) - rd(tStart, q);
  if (sh == SH_NUM) {
    const c = byteAt(rd(tEnd, q) - 1) | 0x20;
    return len >= 3 && ((c == 0x68 || (c == 0x74 || c == 0x64)) && (byteAt(rd(tEnd, q) - 3) >= 0x30 && byteAt(rd(tEnd, q) - 3) <= 0x39));
  }
  return sh == SH_LOWER && (len >= 3 && ((rd(tData, q) & (F_TITLE | F_CRED | F_MONTH | F_UNIT | F_DIRECTION)) == 0 && !wordIn(q, NOT_STREET51B)));
}

/**
 * (stop 51b, lo51b) After the abbreviated street type k in lower-case text, the end of a street that goes on with its line:
 * a unit word and its number after a direction ("2840 buford hwy ne apt 12", "2150 memorial dr se apt 4") or a unit's
 * letter ("1433 pass rd apt c so he": the letter stays out of the span); for TYPES51B only, a period, one blank and the next word ("1180 canal st.
 * narcan", "303 genesee st. family phone"; after "st." no given name, a saint's "st. louis", and no ECG's word, "st.
 * depression") or a unit's '#' and number ("31 pleasant st. #4"), or a blank and an opening bracket ("4471 garfield ave
 * (rural)"). Returns the street's last token (k or its direction; the '#' number), or 0.
 */
function lowerStreetEnd51b(k: u32): u32 {
  // the unit's form
  let t = k;
  if (t + 1 < count && (tight(t + 1) && dirLetter51b(t + 1))) t++;
  if (t + 2 < count && (tight(t + 1) && (tight(t + 2) && wordIn(t + 1, UNITS51B)))) {
    const u = t + 2;
    const ul = rd(tEnd, u) - rd(tStart, u);
    // (the street ends at its type or direction: the older rule's unit extension takes "apt 12" after it, and leaves a
    // lower-case letter, "apt c", as it does after any street)
    if ((rd(tShape, u) == SH_NUM && (ul <= 5 && t > k)) || (rd(tShape, u) == SH_LOWER && ul == 1)) return t;
  }
  if (!wordIn(k, TYPES51B)) return 0;
  const e = rd(tEnd, k);
  if (e + 2 >= inLen) return 0;
  const a = byteAt(e);
  // a bracket opening after one blank
  if (a == 0x20) return byteAt(e + 1) == 0x28 ? k : 0;
  if (a != 0x2e || (byteAt(e + 1) != 0x20 || (k + 1 >= count || !exists(k + 1)))) return 0;
  const n = k + 1;
  const ns = rd(tStart, n);
  // a unit's '#' and its number ("st. #4")
  if (byteAt(e + 2) == 0x23) return ns == e + 3 && (rd(tShape, n) == SH_NUM && rd(tEnd, n) - ns <= 4) ? n : 0;
  if (ns != e + 2 || (rd(tShape, n) != SH_LOWER && rd(tShape, n) != SH_NUM)) return 0;
  if (wordIn(k, "\u0002st") && (firstStr(rd(tData, n)) > 0 || wordIn(n, ST_NEXT51B))) return 0;
  return k;
}

/**
 * (stop 51b, lo51b) In lower-case text, the house number j and the abbreviated type k of a street the older rules leave
 * uncued ("in lower case 'st'/'dr'/'ct' are words too", addressOrFacility()): the number of two to six digits after a
 * preposition of where or "lives" (PREP51B) or opening its field (a comma, a colon, a line's start); one to three words
 * between, each a street's word (streetWord51b()) or a direction's letter, the last a street's word; and the street goes
 * on after its type as lowerStreetEnd51b() reads it. "seen 2 days ago by dr. lee", "12 lead st. elevation", "10 west"
 * and "2 mm st depression" are none. Returns lowerStreetEnd51b()'s token, or 0.
 */
export function lowerStreet51b(j: u32, k: u32): u32 {
  // (one entry for both call sites in addressOrFacility(): with two callers binaryen keeps it out of line there, where
  // the JS fallback's largest function has no room; j = 0xffffffff asks for the end alone)
  if (j == 0xffffffff) return lowerStreetEnd51b(k);
  const len = rd(tEnd, j) - rd(tStart, j);
  if (len < 2 || (len > 6 || (k < j + 2 || k > j + 4))) return 0;
  const g = rd(tGap, j);
  if (!((g & (G_COMMA | G_COLON | G_NEWLINE)) != 0 || (j == 0 || (j > 0 && (exists(j - 1) && (tight(j) && wordIn(j - 1, PREP51B))))))) return 0;
  if (!streetWord51b(k - 1)) return 0;
  for (let q = j + 1; q < k - 1; q++) if (!(streetWord51b(q) || dirLetter51b(q))) return 0;
  return lowerStreetEnd51b(k);
}
