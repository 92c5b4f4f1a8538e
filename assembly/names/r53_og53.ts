// Why this file exists: stop 53 (og53) keeps its rules out of detect.ts (call sites in employerRules42() and
// capsAtPlace()): an employer named after an employment cue in ALL CAPS and lower-case text, where the older rules read
// only its first word ("works at faribault woolen mill co.", "mom works at halvorsen tool & die nights") or typed a
// lone word no list has a facility ("WORKS AT SYSCO.", "second job at tambrands in auburn"). Reads the token ring only,
// allocates nothing.
import { byteAt, inLen } from "../input";
import { F_CRED, F_CUE, F_FACILITY, F_MONTH, F_ORG, F_TITLE } from "./flags";
import {
  CAPS_EMPLOYER_STOPS, ORG_PARTICIPLES, SH_LOWER, afterWorkCue, ampGap,
  count, endsWithAny, rd, tData, tEnd, tShape, tStart, tight, wordIn
} from "./detect";

// words after an employer's name that end it as CAPS_EMPLOYER_STOPS's do: adverbs of time and manner, a clause's words
// ("works at walmart now.", "works at sysco still", "job at intel says she")
const STOPS53 =
  "\u0003now\u0005still\u0009currently\u0005today\u0005again\u0003too\u0004also\u0004then\u0005there\u0004here\u0007anymore\u0003yet\u0005daily\u0006weekly\u0006remote\u0008remotely\u0009overnight\u0005years\u0004year\u0006months\u0005weeks\u0003ago\u0003but\u0002so\u0004that\u0005which\u0004when\u0005while\u0007because\u0002if\u0006though\u0006lately\u0008recently\u0005every\u0004each\u0003per\u0004says\u0004said\u0007reports\u0006states\u0003who\u0004will\u0003has\u0003had\u0003can\u0004does\u0003did\u0003not\u0002no\u0004with\u0002by\u0001a\u0004this\u0002it\u0002he\u0003she\u0004they\u0004near\u0003out\u0007tonight\u0008tomorrow\u0009yesterday\u0008downtown\u0006nearby\u0005about\u0006around";

// a store's counter, a department or a site after the employer's name is where in it, no part of it: they end the name as
// the stop words do ("job at market basket deli", "works at cape cod healthcare billing", "worked at amazon warehouse",
// "works at kenworth plant", "works at newmont mine near carlin", "works at publix corporate")
const COUNTERS53 =
  "\u0004deli\u0006bakery\u0009cafeteria\u0009warehouse\u0007billing\u0006dining\u0007kitchen\u0003lab\u0005plant\u0004mine\u0006fields\u0005field\u0009corporate\u000afacilities\u0005route\u0004yard\u0004site\u0006campus\u0005floor\u000cheadquarters\u0002hq";

/** Token m, a lower-case word, ends an employer's name before it: a word of CAPS_EMPLOYER_STOPS, STOPS53 or COUNTERS53. */
function stop53(m: u32): bool {
  return wordIn(m, CAPS_EMPLOYER_STOPS) || (wordIn(m, STOPS53) || wordIn(m, COUNTERS53));
}

/** Token m follows m - 1 within a name: one blank, a hyphen glued to both ("bi-state"), a possessive and one blank
 * ("holloway's home center"), or an '&' between blanks ("tool & die"). Not a spaced dash ("cianbro - note"). */
function nameGap53(m: u32): bool {
  const a = rd(tEnd, m - 1);
  const b = rd(tStart, m);
  if (b == a + 1) return byteAt(a) == 0x20 || byteAt(a) == 0x2d;
  if (b == a + 3 && (byteAt(a) == 0x27 && ((byteAt(a + 1) | 0x20) == 0x73 && byteAt(a + 2) == 0x20))) return true;
  return ampGap(m);
}

/** Token m (lower case) may be a word of an employer's name: no stop word, no title, cue, credential or month, no verb's
 * past ("unloaded"; an organisation's participle goes on, "allied", "united"). */
function nameWord53(m: u32): bool {
  return rd(tShape, m) == SH_LOWER && (!stop53(m) && ((rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0 &&
    !(endsWithAny(m, "\u0002ed", 3) && !wordIn(m, ORG_PARTICIPLES))));
}

/**
 * Lower-case text: the last token of an employer that token k opens after an employment cue, where employerRules42()
 * stopped at `last` before a word an English list holds ("faribault | woolen mill co.", "zions | bank)", "hollis freight |
 * lines ."). The name goes on over up to three lower-case words of nameWord53() (an '&' may join them: "halvorsen tool &
 * die"), up to k + 3, when the name then closes: a line's, a sentence's or a clause's mark, a bracket or a far gap after
 * it, or a stop word ("works at peabody western coal as a", "tullis point ferry in 2065", "halvorsen tool & die nights").
 * Not over a facility's head (clinic, hospital, center: the facility rule's), nor after "work-up at". A word ending in
 * "ing" may only close it ("magna seating"; "walmart stocking shelves" stays "walmart"). Returns `last`
 * when the name does not close so.
 */
export function lowerEmployerEnd53(k: u32, last: u32): u32 {
  // (not a medical "work-up at", which afterWorkCue() reads as work: "work-up at elmhurst valley donor clinic")
  if (k >= 2 && wordIn(k - 2, "\u0002up")) return last;
  let end = last;
  let m = last + 1;
  while (m < count && (m <= k + 3 && (nameGap53(m) && nameWord53(m)))) {
    // (a facility's head is the facility rule's: "works nights at kestrel valley clinic", "hollis home center")
    if ((rd(tData, m) & F_ORG) == F_FACILITY) return last;
    // (an "-ing" word closes the name: what follows it must close the phrase)
    if (endsWithAny(m, "\u0003ing", 3) && !closesAfter53(m, k)) break;
    end = m;
    m++;
  }
  return end == last || !closesAfter53(end, k) ? last : end;
}

/**
 * The employer's name closes after token t: the bytes after it end the input or the line, or hold a column's gap, a
 * bracket or a spaced dash after a blank, or ',', '.', ';', ':', ')'; or a lower-case stop word follows (read up to
 * k + 3, LOOK_AHEAD).
 */
function closesAfter53(t: u32, k: u32): bool {
  const e = rd(tEnd, t);
  if (e >= inLen) return true;
  let b = byteAt(e);
  if (b == 0x0a || (b == 0x0d || b == 0x09)) return true;
  if (b == 0x20) {
    if (e + 1 >= inLen) return true;
    b = byteAt(e + 1);
    // (a column's gap, a bracket or a spaced dash: "tri-state castings (foundry)", "boise cascade - ?")
    if (b == 0x20 || (b == 0x28 || b == 0x2d)) return true;
  }
  if (b == 0x2c || (b == 0x2e || (b == 0x3b || (b == 0x3a || b == 0x29)))) return true;
  const n = t + 1;
  return n <= k + 3 && (n < count && (tight(n) && (rd(tShape, n) == SH_LOWER && stop53(n))));
}

/**
 * ALL CAPS and lower case: token k, a place of care capsAtPlace() read after "AT", stands after an employment cue
 * ("WORKS AT SYSCO.", "second job at tambrands in auburn", "works at daktronics (leave"): the employer's organisation,
 * as mixed case types it ("works at Sysco").
 */
export function workAt53(k: u32): bool {
  // (not a medical "work-up at": "work-up at elmhurst valley donor clinic")
  return k >= 2 && (!wordIn(k - 2, "\u0002up") && afterWorkCue(k));
}
