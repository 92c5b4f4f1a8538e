// Why this file exists: stop 57 (oh57) keeps its rule for schools and colleges named by their own words out of
// detect.ts (one call site in step(), beside og56's health rule): a school named by one to three words and its level's
// head ("HILLCREST MIDDLE SCHOOL", "north high school", "SINKING FORK ELEMENTARY", "Lincoln Junior High School"), a
// college or a university named by its words ("LANE COMMUNITY COLLEGE", "owensboro community & technical college",
// "brown university", "MIDDLE TENNESSEE STATE UNIVERSITY"), which the older rules read in ALL CAPS and lower case only
// when a word of the name is a known place or name (the facility walk asks for that evidence; a school's name is most
// often English words: "Horizon", "Century", "Canyon Ridge"). Here the evidence is the frame: the name's words are
// walked back from the head and the word right before them must be a word of where or of schooling ("at", "for",
// "attends", "graduated", "the") or punctuation; "completed high school", "her middle school", "local high school", "a
// high school diploma" stay words. Read at the head's word, the name's words already pushed; allocates nothing.
import { byteAt, inLen, isAlpha } from "../input";
import { F_FACILITY, F_PLACE_SUFFIX, F_STREET, F_STREET_ABBR } from "./flags";
import { ENTITY_LOCATION } from "../abi";
import {
  FRAME40, G_HYPHEN, MODE_MIXED, NAME_FUNCTION_WORDS, SH_CAP, SH_NUM, R_FACILITY, ampGap, count, exists, flush, flushedEnd, isAnd, modeAt, pEnd, pStart, pType, rd, spanDone, tData,
  tDone, tEnd, tGap, tMw2, tShape, tStart, textShape, tierOf, tight, tradeWord40, wordIn
} from "./detect";
import { tradeClose54 } from "./r54_og54b";
import { FIELDS56, MIDS56, NUMBERS56 } from "./r56_oh";

// (oh57) a school's level right before "school" ("Middle School", "Elementary School", "Junior High School")
const LEVELS57H = "\u0006middle\u0004high\u000aelementary\u0007primary\u000cintermediate\u0006junior";
// (oh57) words of a school's or a college's kind between its name and its head, besides oh56's MIDS56 ("community",
// "state", "county", "regional", "consolidated", "public", ...) ("Lane Community College", "Trenton
// Central High School", "Owensboro Community & Technical College", "Middle Tennessee State University"): never the
// name's first word ("public high school", "at community college", "a state university" name none)
const KINDS57H = "\u0009technical\u0007central\u0005union\u0007charter\u0008catholic\u0009christian";
// (oh57) the words right before the name that frame it besides FRAME40's ("at", "to", "from", "for", "by", "via",
// "with", "through"): schooling's verbs, "in", "of", "the", "and", "vs", "near", "into", a school's label ("SCHOOL
// CANYON RIDGE HIGH SCHOOL"); any other word that stops the walk (a determiner, an adjective) leaves the phrase words
const FRAMES57H = "\u0007attends\u0006attend\u0009attending\u0008attended\u0009completed\u0009graduated\u0008finished\u0008enrolled\u0008entering\u0007entered\u0008starting\u0007started\u000btransferred\u0002in\u0002of\u0003the\u0003and\u0002vs\u0004near\u0004into\u0006school";
// (oh57) words that tradeWord40() takes for a firm's but that say which schooling, whose or when, not which school:
// "she middle school", "EDUCATION HIGH SCHOOL", "only elementary school", "same high school", "online high school",
// "freshman high school", "bible college" (a field's words, FIELDS56, too: "nursing college", "law school"); (stop 58,
// sp58: not the words tradeWord40() refuses already, a cue's ("son", "daughter", "children", "teacher": F_CUE) or a
// function word's, "then")
const NOT_NAME57H = "\u0003she\u0002he\u0004they\u0002we\u0003who\u0002it\u0003you\u000beducational\u0005level\u0006degree\u0007diploma\u0005grade\u0008graduate\u0004year\u0005years\u0005class\u0007student\u0008students\u0008teachers\u0003age\u0004aged\u0003boy\u0004girl\u0004boys\u0005girls\u0007highest\u0005least\u0004most\u0004only\u0004just\u0005still\u0009currently\u0003now\u0005never\u0004even\u0004both\u0003all\u0005other\u0004same\u0003new\u0003old\u0006former\u0007current\u0008previous\u0009different\u0006nearby\u0007nearest\u0003big\u0005small\u0005large\u0004good\u0007regular\u0006online\u0007virtual\u0008boarding\u000balternative\u000btraditional\u0009religious\u0005rural\u0005urban\u0007typical\u0006normal\u0005usual\u000amainstream\u000cneighborhood\u0006summer\u0005night\u0004full\u0004part\u0005lower\u0005upper\u0005early\u0004late\u0004last\u0004next\u0005first\u0006second\u0005third\u0008freshman\u0009sophomore\u0006starts\u0005start\u0004went\u0004goes\u0005going\u0004left\u0004quit\u0007dropped\u0006failed\u0008repeated\u0003art\u0005bible\u0007medical\u0006dental\u0008culinary\u0006beauty\u0006barber\u0005trade\u000avocational\u0007liberal";

/** (step()'s gate, oh57) A token of `len` letters opening with byte b may be a school's or a college's head: "school"
 * (6), "elementary" (10), "university" (10), "college" (7). */
// @ts-ignore: decorator
@inline export function schoolGate57h(b: u32, len: u32): bool {
  const c = b | 0x20;
  return c == 0x73 ? len == 6 : c == 0x65 || c == 0x75 ? len == 10 : c == 0x63 && len == 7;
}

/** (oh57) Token j is a kind's word in the case sh ("community", "technical", "state"; not "and"). */
function kind57h(j: u32, sh: u32): bool {
  return rd(tShape, j) == sh && (wordIn(j, KINDS57H) || wordIn(j, MIDS56) && !isAnd(j));
}

/** (oh57) Token f follows token f - 1 one byte apart (a blank or a hyphen: a run of blanks is a column's gap). */
function near57h(f: u32): bool {
  return rd(tStart, f) == rd(tEnd, f - 1) + 1;
}

/** (oh57) Token j, one blank (a hyphen or " & ") after the word before it, is a word of the name in the text's case. */
function nameWord57h(j: u32, sh: u32, mode: u32): bool {
  if (!tradeWord40(j, sh, mode) || (wordIn(j, NOT_NAME57H) || (wordIn(j, FIELDS56) || wordIn(j, NUMBERS56)))) return false;
  // (an English word ending in "-ed" is a verb's: "RETIRED DARTMOUTH COLLEGE")
  const s = rd(tStart, j);
  const t = tierOf(rd(tData, j));
  const l = rd(tEnd, j) - s;
  if ((t == 1 || t == 2) && (l >= 5 && ((byteAt(s + l - 2) | 0x20) == 0x65 && (byteAt(s + l - 1) | 0x20) == 0x64))) return false;
  // (a possessive is whose school, "son's middle school")
  const e = rd(tEnd, j);
  return e >= count || byteAt(e) != 0x27;
}

/**
 * (oh57) Token k, "school" after a level's word (LEVELS57H: "middle", "high", "elementary", ... and "junior" or "senior"
 * before "high"), "elementary" that no "school" follows, or "college" or "university", in the text's letter case (sh,
 * textShape(); in mixed case capitalised), closes one to three words of its name before it (tradeWord40(): no cue,
 * title, function word, determiner, facility head; not NOT_NAME57H's nor a field's), kinds' words (KINDS57H: "community",
 * "technical", "state", "central", joined by "and" or "&" between two of them) among them but not first. The word right
 * before the name frames it: a word of where or of schooling (FRAME40, FRAMES57H), or no word one blank before it (the
 * line's start, a comma, a bracket, a colon, a dash). A college or a university that a facility's, a street's or a
 * place's word or "of" follows is no name of this shape ("university hospital", "college park", "university of iowa").
 * Writes the organisation (tradeClose54(): a name or a place found on its words is covered) and returns true.
 */
export function schoolAlone57h(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || (k < 2 || !exists(k - 1))) return false;
  let h = k;
  if (wordIn(k, "\u0006school")) {
    // the level's word or words
    if (!tight(k) || (rd(tShape, k - 1) != sh || !wordIn(k - 1, LEVELS57H))) return false;
    h = k - 1;
    if (wordIn(h, "\u0004high") && (h >= 2 && (tight(h) && (rd(tShape, h - 1) == sh && wordIn(h - 1, "\u0006junior\u0006senior"))))) h--;
  } else if (wordIn(k, "\u000aelementary")) {
    // ("Elementary School" is read at "School")
    const n = k + 1;
    if (n < count && (tight(n) && wordIn(n, "\u0006school"))) return false;
  } else if (wordIn(k, "\u000auniversity\u0007college")) {
    const n = k + 1;
    if (n < count && (tight(n) && ((rd(tData, n) & (F_FACILITY | F_STREET | F_STREET_ABBR | F_PLACE_SUFFIX)) != 0 ||
      wordIn(n, "\u0002of\u0007station\u0007medical\u0006health\u000aphysicians")))) return false;
    // (the name goes on: a capitalised word in mixed case, a possessive, "Loma Linda University Children's")
    if (n < count && (tight(n) && (mode == MODE_MIXED && rd(tShape, n) == SH_CAP || rd(tEnd, n) < inLen && byteAt(rd(tEnd, n)) == 0x27))) return false;
  } else return false;
  // the name's words before the head
  let f = h;
  let names: u32 = 0;
  let words: u32 = 0;
  let first = false;
  while (words < 3 && (f >= 1 && exists(f - 1))) {
    const j = f - 1;
    // ("&" or "and" between two kinds: "Owensboro Community & Technical College", "Hazard Community and Technical College")
    if (ampGap(f) || tight(f) && isAnd(j)) {
      const q = ampGap(f) ? j : j - 1;
      if (first || (f == h || (q < 1 || (!exists(q) || ((q < j && (!tight(j) || !near57h(j))) || !kind57h(q, sh)))))) break;
      f = q;
      words++;
      continue;
    }
    if (!tight(f) && rd(tGap, f) != G_HYPHEN || !near57h(f)) break;
    if (kind57h(j, sh)) {
      f = j;
      words++;
      first = false;
      continue;
    }
    if (wordIn(j, FRAMES57H) || !nameWord57h(j, sh, mode)) break;
    f = j;
    words++;
    names++;
    first = true;
  }
  if (names == 0 || !first) return false;
  // the frame right before the name
  const a = rd(tStart, f);
  if (f >= 1 && exists(f - 1)) {
    // ("&" before it: the name goes on, "Oregon Health & Science University")
    if (ampGap(f)) return false;
    if ((tight(f) || rd(tGap, f) == G_HYPHEN) && (rd(tGap, f) == G_HYPHEN || !(wordIn(f - 1, FRAME40) || wordIn(f - 1, FRAMES57H)))) return false;
  }
  // (nor after a span written out over a word before it)
  if (a < flushedEnd) return false;
  // (written at once, apart from a span after it: a comma joins places, "eastern kentucky university, richmond ky" are two)
  if (!tradeClose54(a, f, k, k)) return false;
  flush();
  return true;
}

/** (step()'s gate, oh57) A token of `len` letters opening with byte b may be a military installation's head word: "base"
 * (4), "fort" (4), "station" (7), "squadron" (8) (not "AFB": acid-fast bacilli, "sputum afb x3"). */
// @ts-ignore: decorator
@inline export function baseGate57h(b: u32, len: u32): bool {
  const c = b | 0x20;
  return len == 4 ? c == 0x62 || c == 0x66 : (len == 7 || len == 8) && c == 0x73;
}

/** (oh57) Token j is the word w in the case sh, one blank before token j + 1. */
function wordBefore57h(j: u32, sh: u32, w: string): bool {
  return exists(j) && (tight(j + 1) && (rd(tShape, j) == sh && wordIn(j, w)));
}

/** (oh57) Token m lies inside the span pending. */
function pending57h(m: u32): bool {
  return pType != 0 && (rd(tStart, m) >= pStart && rd(tEnd, m) <= pEnd);
}

/** (oh57) The frame right before token f: a word of where (FRAME40, FRAMES57H, "then", "stationed"), or no word one
 * blank before it (the line's start, punctuation). */
function framed57h(f: u32): bool {
  if (f < 1 || (!exists(f - 1) || !(tight(f) || rd(tGap, f) == G_HYPHEN))) return true;
  return rd(tGap, f) != G_HYPHEN && (wordIn(f - 1, FRAME40) || (wordIn(f - 1, FRAMES57H) || wordIn(f - 1, "\u0004then\u0009stationed")));
}

/** (oh57) The last of one or two name words from token n on (n one blank after the head), or -1: "Pensacola",
 * "Lewis-McChord", "San Antonio". */
function namesAfter57h(n: u32, sh: u32, mode: u32): i32 {
  if (n >= count || (!tight(n) || (!near57h(n) || (rd(tDone, n) != 0 || !nameWord57h(n, sh, mode))))) return -1;
  // (a second word hyphen-joined, or capitalised in mixed case: "MARINE CORPS AIR STATION BEAUFORT EXCHANGE" goes on with
  // the base's store)
  const m = n + 1;
  if (m < count && ((rd(tGap, m) == G_HYPHEN || mode == MODE_MIXED && tight(m)) && (near57h(m) && (rd(tDone, m) == 0 && nameWord57h(m, sh, mode))))) return <i32>m;
  return <i32>n;
}

/**
 * (oh57) Token k, a military installation's head word in the text's letter case (sh, textShape()):
 * - "Base" after "Air Force" or "Air", closing one or two name words before it after a frame (framed57h()):
 *   "SHAW AIR FORCE BASE", "al udeid air base";
 * - "Base" after "Joint", one or two name words after it: "JOINT BASE LEWIS-MCCHORD", "joint base andrews";
 * - "Station" after "Naval Air" or "Naval", one or two name words after it: "NAVAL AIR STATION
 *   PENSACOLA", "naval station norfolk";
 * - "Squadron" after one or two words and before its number of one to three digits: "STRIKE FIGHTER SQUADRON 147";
 * - in ALL CAPS and lower case "Fort" after a frame and one name word after it that with "Fort" is no town of the
 *   gazetteer (two-word entries, "Fort Smith", "fort collins", are the town rules'): "stationed at fort cavazos",
 *   "(THEN FORT HOOD)". Not "built a fort", "pillow fort", "the air force base", "at fort" and a function word.
 * Writes the installation (a place, R_FACILITY) and returns true.
 */
export function militaryBase57h(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || k < 1) return false;
  let f = k;
  let last = k;
  if (wordIn(k, "\u0004base")) {
    if (wordIn(k, "\u0004base") && wordBefore57h(k - 1, sh, "\u0005joint")) {
      const e = namesAfter57h(k + 1, sh, mode);
      if (e < 0) return false;
      f = k - 1;
      last = <u32>e;
    } else {
      let h = k;
      {
        if (k >= 2 && (wordBefore57h(k - 1, sh, "\u0005force") && wordBefore57h(k - 2, sh, "\u0003air"))) h = k - 2;
        else if (wordBefore57h(k - 1, sh, "\u0003air")) h = k - 1;
        else return false;
      }
      f = h;
      while (f + 2 > h && (f >= 1 && (exists(f - 1) && ((tight(f) || rd(tGap, f) == G_HYPHEN) && (near57h(f) &&
        ((rd(tDone, f - 1) == 0 || pending57h(f - 1)) && (!wordIn(f - 1, FRAMES57H) && nameWord57h(f - 1, sh, mode)))))))) f--;
      if (f == h || !framed57h(f)) return false;
    }
  } else if (wordIn(k, "\u0007station")) {
    if (!wordBefore57h(k - 1, sh, "\u0005naval\u0003air")) return false;
    f = k - 1;
    if (wordIn(f, "\u0003air")) {
      // (not "Marine Corps Air Station": fixture 25 labels it an organisation, the older rules' "Marine Corps" found as one)
      if (f >= 1 && wordBefore57h(f - 1, sh, "\u0005naval")) f--;
      else return false;
    }
    const e = namesAfter57h(k + 1, sh, mode);
    if (e < 0) return false;
    last = <u32>e;
  } else if (wordIn(k, "\u0008squadron")) {
    // a squadron's words and its number: "STRIKE FIGHTER SQUADRON 147", "strike fighter squadron 143"
    const n = k + 1;
    if (n >= count || (!tight(n) || (!near57h(n) || rd(tShape, n) != SH_NUM))) return false;
    const d = rd(tEnd, n) - rd(tStart, n);
    if (d > 3 || rd(tEnd, n) < inLen && isAlpha(byteAt(rd(tEnd, n)))) return false;
    while (f + 2 > k && (f >= 1 && (exists(f - 1) && (tight(f) && (near57h(f) &&
      (rd(tDone, f - 1) == 0 && (!wordIn(f - 1, FRAMES57H) && nameWord57h(f - 1, sh, mode)))))))) f--;
    if (f == k) return false;
    last = n;
  } else if (wordIn(k, "\u0004fort")) {
    if (mode == MODE_MIXED || !framed57h(k)) return false;
    const n = k + 1;
    if (n >= count || (!tight(n) || (!near57h(n) || (rd(tDone, n) != 0 || (rd(tMw2, n) != 0 || !nameWord57h(n, sh, mode)))))) return false;
    // (the name closes after its word: "FORT BELKNAP IHS" is a clinic's name, "fort carson dependent" a clause's)
    const c = n + 1;
    if (c < count && (tight(c) && (rd(tShape, c) == sh && !(wordIn(c, FRAME40) || (wordIn(c, FRAMES57H) || wordIn(c, NAME_FUNCTION_WORDS)))))) return false;
    last = n;
  } else return false;
  const a = rd(tStart, f);
  if (a < flushedEnd) return false;
  // (words decided before it only inside the pending span, which it then covers: "SHAW" guessed a name, "AIR FORCE" an
  // organisation)
  if (pType != 0 && (pEnd > a && pStart < a)) return false;
  for (let m = f; m <= last; m++) {
    if (m != k && (rd(tDone, m) != 0 && !pending57h(m))) return false;
  }
  if (pType != 0 && pEnd <= a) flush();
  spanDone(a, rd(tEnd, last), ENTITY_LOCATION, 900, R_FACILITY, f, last);
  // (written now: a place after its comma is the base's own, "AL UDEID AIR BASE, QATAR")
  flush();
  return true;
}
