// Why this file exists: the name, place and facility detector: one pass that tokenises the input on word boundaries,
// probes the word table for each case-folded token, and decides each token with a bounded window of context
// (NAME_BACK tokens behind, 2 ahead): titles and role cues, neighbouring names, "LAST, FIRST", initials, credentials,
// capitalisation in mixed-case text, street addresses, PO boxes, "City, ST", counties and facility names.
// Decisions are emitted as merged spans with a score and a reason code. Resumable when the output region fills.

import { byteAt, byteFrom, inLen, inPtr, isAlpha } from "../input";
import { digitsEnd, isDigit, isWordish, lettersStart, punctAfter, punctBefore, wordIndex } from "../scanners/util";
import { COLUMN_PERSON, alignedPersonFieldFx40, columnFieldEnd, columnKind } from "../scanners/csv";
import { AT_AGE_OPENERS22, COPULA_AFTER } from "../scanners/age";
import { emit, outCount } from "../matches";
import { ENTITY_NAME, ENTITY_LOCATION, ENTITY_EMAIL, ENTITY_DATE, ENTITY_AGE, ENTITY_ID, ENTITY_DEVICE, REASON_DATE_CUE, REASON_AGE_CUE, REASON_RECORD_FIELD, REASON_DEVICE_CUE } from "../abi";
import { hashRange, finishHash, hashStepA, hashStepB, HASH_A0, HASH_B0, combine, probe, h1, h2, tableReady } from "./table";
import {
  F_FIRST_SHIFT, F_LAST_SHIFT, F_PLACE_SHIFT, F_TIER_SHIFT, F_TITLE, F_CUE, F_CRED, F_STREET, F_UNIT, F_FACILITY,
  F_STATE, F_MONTH, F_LOC_CUE, F_COUNTRY, F_PARTICLE, F_PLACE_SUFFIX, F_FAC_MOD, F_MW_PREFIX, F_MW_MID, F_ALLOW,
  F_VERB_BY, F_BY, F_STREET_ABBR, F_DIRECTION, F_BOX, F_NOT_NAME, F_EPONYM_HEAD, F_STREET_PREFIX, F_ORG,
} from "./flags";

// Reason codes (info column); mirrored in src/wasm/abi.ts REASONS.
export const R_TITLE: u32 = 0x401;
export const R_CUE: u32 = 0x402;
export const R_CREDENTIAL: u32 = 0x403;
export const R_NEIGHBOUR: u32 = 0x404;
export const R_DICTIONARY: u32 = 0x405;
export const R_CAPITALISED: u32 = 0x406;
export const R_INITIAL: u32 = 0x407;
export const R_COLUMN_NAME: u32 = 0x408;
export const R_ADDRESS: u32 = 0x410;
export const R_PO_BOX: u32 = 0x411;
export const R_CITY: u32 = 0x412;
export const R_CITY_STATE: u32 = 0x413;
export const R_FACILITY: u32 = 0x414;
export const R_COUNTY: u32 = 0x415;
export const R_ORGANIZATION: u32 = 0x416;
export const R_STATE: u32 = 0x417;
export const R_COUNTRY: u32 = 0x418;
export const R_COLUMN_PLACE: u32 = 0x419;
export const R_EMAIL_SPELLED: u32 = 0x420;

// Shapes.
const SH_LOWER: u32 = 0;
const SH_CAP: u32 = 1;
const SH_UPPER: u32 = 2;
const SH_INITIAL: u32 = 3;
const SH_NUM: u32 = 4;
const SH_OTHER: u32 = 5;

// Gap flags (the bytes before a token).
const G_NEWLINE: u32 = 1;
const G_SENT: u32 = 2; // . ! ? ; :
const G_COMMA: u32 = 4;
const G_HYPHEN: u32 = 8;
const G_OTHER: u32 = 16;
const G_PERIOD: u32 = 32;
const G_HASH: u32 = 64;
const G_FAR: u32 = 128; // more than MAX_GAP bytes: context is cut here
const G_START: u32 = 256; // first token of the input
const G_COLON: u32 = 512; // a colon: the token before it is a field label ("Tel:", "Nombre:")
const G_JOIN: u32 = 1024; // '_', '\\', '/', '=' or '|': characters that join identifiers and paths ("NAME_ab"), no label

/** Tokens longer than this are skipped (never names); gaps longer than MAX_GAP cut the context. */
const MAX_TOKEN: u32 = 64;
const MAX_GAP: u32 = 64;
/** Tokens of context kept behind the token being decided (the ring holds RING of them). */
const RING: u32 = 16;
const RMASK: u32 = RING - 1;
/** Tokens tokenised ahead of the one being decided. */
const LOOK_AHEAD: u32 = 3;

// The token ring (static data: JavaScript owns the heap): one 64-byte record per token, fields at fixed offsets, so a
// token's fields share a cache line and an address computation.
const TOK_SHIFT: u32 = 6;
const tokens: usize = memory.data(<i32>(RING << TOK_SHIFT));
const tStart: usize = 0;
const tEnd: usize = 4; // end of the stem (possessive 's excluded)
const tData: usize = 8;
const tShape: usize = 12;
const tGap: usize = 16;
const tH1: usize = 20;
const tH2: usize = 24;
const tMw2: usize = 28; // data of the 2-word entry ending here
const tMw3: usize = 32; // data of the 3-word entry ending here
const tDone: usize = 36; // entity decided for this token (0 none), or 0xff consumed
// running counts of lower-case, capitalised and ALL-CAPS tokens before each token (window counts in O(1)), packed in
// one word: three 9-bit fields at bits 0, 10 and 20 (RUN_L, RUN_C, RUN_U), each counting modulo 512 (its carry bit is
// cleared): a window holds at most CRING tokens, so a field's difference modulo 512 is the exact count. One store
// per token instead of three. (their own, longer ring: the case style is judged over MODE_BACK tokens behind)
const CRING: u32 = 64;
const MODE_BACK: u32 = 48;
const RUN_C: u32 = 10;
const RUN_U: u32 = 20;
const RUN_MASK: u32 = 0x1ff | (0x1ff << RUN_C) | (0x1ff << RUN_U);
const tCounts: usize = memory.data(<i32>CRING * 4);
// @ts-ignore: decorator
@inline function crd(k: u32): u32 {
  return load<u32>(tCounts + (<usize>(k & (CRING - 1)) << 2));
}
// @ts-ignore: decorator
@inline function cwr(k: u32, v: u32): void {
  store<u32>(tCounts + (<usize>(k & (CRING - 1)) << 2), v);
}
/** Count of field `shift` in packed counts `a` minus its count in `b` (a taken after b, at most CRING tokens apart). */
// @ts-ignore: decorator
@inline function runDiff(a: u32, b: u32, shift: u32): u32 {
  return ((a >>> shift) - (b >>> shift)) & 0x1ff;
}
let runs: u32 = 0;

// @ts-ignore: decorator
@inline function rd(a: usize, k: u32): u32 {
  return load<u32>(tokens + (<usize>(k & RMASK) << TOK_SHIFT) + a);
}
// @ts-ignore: decorator
@inline function wr(a: usize, k: u32, v: u32): void {
  store<u32>(tokens + (<usize>(k & RMASK) << TOK_SHIFT) + a, v);
}

let enabled: bool = false;
let pos: u32 = 0; // next byte to tokenise
let count: u32 = 0; // tokens pushed
let decided: u32 = 0; // tokens decided
let gapAcc: u32 = 0;
let finished: bool = true;
let limit: u32 = 0;

// Pending span (merged with adjacent spans of the same type before it is emitted).
let pStart: u32 = 0;
let pEnd: u32 = 0;
let pType: u32 = 0;
let pScore: u32 = 0;
let pReason: u32 = 0;

// Address tail: once an address anchor is decided, the tokens that follow it (unit, city, state, country, postcode,
// across commas and up to TAIL_LINES line breaks) are absorbed one by one as they are decided (see continueTail).
const TAIL_TOKENS: u32 = 10;
const TAIL_LINES: u32 = 3;
let tailLast: u32 = 0; // last token of the address so far
let tailLeft: u32 = 0; // tokens the tail may still absorb (0: no tail)
let tailLines: u32 = 0; // line breaks it may still cross
let tailName: bool = false; // the tail is still inside a street name written type first (before its house number)
let floorEnd: u32 = 0; // end byte of the floor and door after a type-first street's house number (0: none; floorDoorEnd)
let tailFrom: u32 = 0; // where absorbTail starts its span, when not at its token (0: at the token)
let tailFacility: bool = false; // the tail goes on with the name of a facility written head first (continueFacilityName)
let tailAgency27: bool = false; // the tail goes on with an agency's remit past the look-ahead (round 27, continueAgency27)
let tailCross: u32 = 0; // a crossing ("the corner of X and Y"): 1 inside the first street, 2 inside the second
let crossLeft: u32 = 0; // tokens the second street of a crossing may still take
let flushedEnd: u32 = 0; // end byte of the last finding written out (stop 32: a name found behind it must not overlap it)
// (stop 37) the last name written out or pending, for its signer's initials: its first letter, its last word's, the
// letter after a hyphen in its last word (0: none), its end byte (0: no name yet); nameInitials37(), signerInitials37()
let sigA: u32 = 0;
let sigZ: u32 = 0;
let sigH: u32 = 0;
let sigEnd: u32 = 0;

export function namesBegin(on: bool, outLimit: u32): void {
  enabled = on && tableReady();
  pos = 0;
  count = 0;
  decided = 0;
  gapAcc = G_START;
  pType = 0;
  // (stop 39) the pending span's other fields too, and every other module global a rule may read: a rule that asks
  // pEnd or pReason without pType read the previous document's (test/document-independence.test.ts)
  pStart = 0;
  pEnd = 0;
  pScore = 0;
  pReason = 0;
  tailLast = 0;
  tailLines = 0;
  crossLeft = 0;
  sigA = 0;
  sigZ = 0;
  sigH = 0;
  runs = 0;
  openers = 0;
  curLine = 0;
  tailLeft = 0;
  tailName = false;
  floorEnd = 0;
  tailFrom = 0;
  tailFacility = false;
  tailAgency27 = false;
  tailCross = 0;
  flushedEnd = 0;
  sigEnd = 0;
  limit = outLimit;
  finished = !enabled;
}

export function namesFinished(): bool {
  return finished;
}

// ---- spans ----

function flush(): void {
  if (pType == 0) return;
  // (stop 29: a name guessed from the dictionaries or its shape in a place's frame is the place: "grew up in Shelly
  // Park", "flew to Coles", "originally from Feliciano"; a title, cue or credential keeps the person, and so does a
  // possessive: "stayed in Sarah's room")
  if (pType == ENTITY_NAME && (pReason == R_DICTIONARY || pReason == R_CAPITALISED || pReason == R_NEIGHBOUR) &&
    !(pEnd + 1 < inLen && byteAt(pEnd) == 0x27 && (byteAt(pEnd + 1) | 0x20) == 0x73) && placeFrameBefore(pStart)) {
    pType = ENTITY_LOCATION;
    pReason = R_CITY;
  }
  // (stop 34, round 25: a saint's "St." before the place or the name found after it; the bytes first, saintBefore25())
  if (pStart >= 4 && byteAt(pStart - 1) == 0x20 && byteAt(pStart - 2) == 0x2e) saintBefore25();
  emit(pStart, pEnd, pType, pReason, pScore);
  if (pType == ENTITY_NAME) nameInitials37(pStart, pEnd);
  flushedEnd = pEnd;
  pType = 0;
}

// the verbs of a place's frame before "in" ("grew up in", "lives in"), "to" ("moved to", "flew to") and "from"
// ("originally from", "emigrated from")
// (a street before "in" too: "22 Pollen Crescent in Fitzroy")
const FRAME_IN = "\u0002up\u0005lives\u0004live\u0006living\u0007resides\u0006reside\u0008residing\u0004born\u0006raised\u0006reared\u0006stayed\u0007staying\u0005stays\u000bvacationing\u0008vacation\u0007located\u0005based\u0007settled\u0006street\u0002st\u0006avenue\u0003ave\u0004road\u0002rd\u0005drive\u0004lane\u0004blvd\u0009boulevard\u0005court\u0005place\u0007terrace\u0008crescent\u0003way";
const FRAME_TO = "\u0005moved\u0009relocated\u0004flew\u0009travelled\u0008traveled\u0009emigrated\u000aimmigrated\u0008returned\u0005drove\u0004trip\u0006travel\u0006flying\u0006moving\u0008commutes";
const FRAME_FROM = "\u000aoriginally\u0009emigrated\u000aimmigrated\u0005moved\u0009relocated\u0004flew\u0007arrived\u0005hails\u0006flying\u0008visiting";

/**
 * (stop 29) The two words before byte s, on its line, are a place's frame: "in" after a residence verb or "grew up",
 * "to" after a verb of moving, "from" after "originally" or a verb of moving ("moved here from" too).
 */
function placeFrameBefore(s: u32): bool {
  const e = spacesBack(s);
  const a = lettersStart(e);
  const n = e - a;
  if (n < 2 || n > 4 || s - e > 2 || e == s) return false;
  const prep = wordIndex("\u0002in\u0002to\u0004from", a, e);
  if (prep < 0) return false;
  const e2 = spacesBack(a);
  if (e2 == a || a - e2 > 2) return false;
  const a2 = lettersStart(e2);
  if (a2 == e2) return false;
  if (prep == 0) return wordIndex(FRAME_IN, a2, e2) >= 0;
  if (prep == 1) return wordIndex(FRAME_TO, a2, e2) >= 0;
  if (wordIndex(FRAME_FROM, a2, e2) >= 0) return true;
  // ("moved here from", "came over from")
  if (wordIndex("\u0004here\u0004over\u0004back", a2, e2) < 0) return false;
  const e3 = spacesBack(a2);
  if (e3 == a2) return false;
  return wordIndex("\u0005moved\u0004came\u0009relocated\u0004flew", lettersStart(e3), e3) >= 0;
}

/** Byte i moved back over the spaces right before it (any number; tabs and line breaks stop it). */
function spacesBack(i: u32): u32 {
  while (i > 0 && byteAt(i - 1) == 0x20) i--;
  return i;
}

/** True when only spaces, one comma, one period, a hyphen or an apostrophe separate a and b (a <= b). */
function joinable(a: u32, b: u32): bool {
  if (b < a || b - a > 4) return false;
  let punct: u32 = 0;
  for (let i = a; i < b; i++) {
    const c = byteAt(i);
    if (c == 0x20 || c == 0x09) continue;
    if (c == 0x2c || c == 0x2e || c == 0x2d || c == 0x27) punct++;
    else return false;
  }
  return punct <= 1;
}

/**
 * A period in [a, b) that ends a sentence: the word ending at a is a number or longer than two letters ("Hospital. Mercy"), unlike
 * an initial or an abbreviation ("J. Smith", "St. Mary's", "Mt. Sinai"). Two spans decided each on its own do not
 * merge across it.
 */
function sentencePeriod(a: u32, b: u32): bool {
  let dot = false;
  for (let i = a; i < b; i++) if (byteAt(i) == 0x2e) dot = true;
  if (!dot) return false;
  if (a > 0 && byteAt(a - 1) >= 0x30 && byteAt(a - 1) <= 0x39) return true; // "Apt. 2. Calle Mayor"
  let n: u32 = 0;
  while (n < 3 && a > n && wordAt(a - n - 1)) n++;
  return n > 2;
}

/** True when a comma lies in [a, b). */
function hasComma(a: u32, b: u32): bool {
  for (let i = a; i < b; i++) if (byteAt(i) == 0x2c) return true;
  return false;
}

/**
 * Adds a decided span, merged into the pending one when they overlap or only a joinable gap separates two spans of
 * the same type. A gap with a comma joins two NAME spans only when the decision linked them (`linked`: the neighbour
 * rule, or "LAST, FIRST" pulling in the token before): two names decided each on its own and separated by a comma are
 * list items ("Boston, John Smith, Boston"), never one name. Across a sentence's period only linked spans merge (the
 * address tail, which has read the period itself).
 */
function span(start: u32, end: u32, type: u32, score: u32, reason: u32, linked: bool = false): void {
  if (type == ENTITY_NAME) {
    if (codeLettersId40(end)) return;
    start = lowerInitialBefore(capHalfBefore(sameCaseHalfBefore(hyphenCapBefore(hyphenGivenBefore(babyBefore(start))))));
    end = hyphenGiven(end);
  }
  if (pType != 0) {
    if (start < pEnd || (type == pType && joinable(pEnd, start) &&
      // (a street after a facility's or organisation's name is an address of its own: "Zasview Clinic, 12 Elm St")
      !(reason == R_ADDRESS && !linked && (pReason == R_FACILITY || pReason == R_ORGANIZATION)) &&
      (linked || reason == R_NEIGHBOUR || type != ENTITY_NAME || !hasComma(pEnd, start)) &&
      // (an address tail decides its own periods: "12 Oak St. Salem")
      (linked || !sentencePeriod(pEnd, start)))) {
      if (start < pStart) pStart = start;
      if (end > pEnd) pEnd = end;
      if (score > pScore || (score == pScore && type != pType && type == ENTITY_LOCATION)) {
        pScore = score;
        pType = type;
        pReason = reason;
      }
      return;
    }
    flush();
  }
  pStart = start;
  pEnd = end;
  pType = type;
  pScore = score;
  pReason = reason;
}

/**
 * span() for tokens first..last, then marks them decided (0xff): the closing idiom of most rules, in one function (stop
 * 34: the ~70 rules that wrote the two statements call it instead, 2.3 KB less WASM).
 */
function spanDone(start: u32, end: u32, type: u32, score: u32, reason: u32, first: u32, last: u32, linked: bool = false): void {
  span(start, end, type, score, reason, linked);
  for (let m = first; m <= last; m++) wr(tDone, m, 0xff);
}

// ---- Spanish eponyms (self-contained: spanishEponym) ----
// Spanish writes an eponym after its head noun: "síndrome de Wilkie", "técnica de Coleman", "saco de Douglas", "tumor
// de Wilms", "grado 4 de Fuhrman", "derivación tipo Bricker", "virus de Epstein Barr". A head noun from this written
// list (medical nouns that name a disease, sign, technique, structure or grade; never a person's relation or a place),
// then an optional number and "de"/"del", then one or two capitalised words: those words are the eponym, no name.
// Packed: a length char, then the UTF-8 bytes with bit 0x20 set (as wordIn compares them: "é" and "É" both fold to
// e3 a9).
const EPONYM_HEADS_ES = "\u0008t\u00e3\u00a9cnica\u0005tumor\u0009s\u00e3\u00adndrome\u000aenfermedad\u0008maniobra\u0005signo\u0007espacio\u0004saco\u0005hiato\u0008c\u00e3\u00a1psula\u000eclasificaci\u00e3\u00b3n\u0009criterios\u0006escala\u0004test\u0006prueba\u0008tinci\u00e3\u00b3n\u0006fibras\u0008c\u00e3\u00a9lulas\u0007m\u00e3\u00a9todo\u0007reflejo\u0007\u00e3\u00adndice\u0008conducto\u0009ligamento\u0004fosa\u0005bolsa\u0007\u00e3\u00a1ngulo\u000atri\u00e3\u00a1ngulo\u0006quiste\u0007\u00e3\u00balcera\u0008fractura\u0006hernia\u0006angina\u0008f\u00e3\u00b3rmula\u000bpuntuaci\u00e3\u00b3n\u0005grado\u0007estadio\u000aoperaci\u00e3\u00b3n\u000dintervenci\u00e3\u00b3n\u0009incisi\u00e3\u00b3n\u000dprocedimiento\u0006anillo\u0008membrana\u0004arco\u0008n\u00e3\u00b3dulos\u0007n\u00e3\u00b3dulo\u0005virus\u0008abordaje\u0007colgajo\u0005punto\u0007cuerpos\u000ccorp\u00e3\u00basculos\u0009gl\u00e3\u00a1ndula\u000agl\u00e3\u00a1ndulas\u0009conductos\u000bosteotom\u00e3\u00ada\u000banastomosis\u0004tipo";

/** Token k is the last of one or two capitalised words after a Spanish eponym head ("maniobra de Pringle"). */
function spanishEponym(k: u32): bool {
  let j = k;
  if (k == 0 || !exists(k - 1)) return false;
  // a second capitalised word of the eponym: "Epstein Barr", "Dandy Walker", "Billroth II"
  if (tight(k) && (rd(tShape, k - 1) == SH_CAP || rd(tShape, k - 1) == SH_UPPER) && k > 1 && exists(k - 2) &&
    (rd(tData, k - 1) & F_PARTICLE) == 0) j = k - 1;
  for (let pass = 0; pass < 2; pass++) {
    if (j == 0 || !exists(j - 1) || !tight(j)) return false;
    let h = j - 1;
    if (wordIn(h, "\u0002de\u0003del")) {
      if (h == 0 || !exists(h - 1) || !tight(h)) return false;
      h--;
      // "grado 4 de Fuhrman"
      if (rd(tShape, h) == SH_NUM && h > 0 && exists(h - 1) && tight(h)) h--;
    }
    if (wordIn(h, EPONYM_HEADS_ES)) return true;
    // (the first word of two may itself be the eponym: "tumor de Wilms" read at "Wilms" with j == k)
    if (j == k) return false;
    j = k;
  }
  return false;
}

// ---- Spanish spelling (self-contained: spanishWordShape) ----

/** ASCII vowel byte (any case). */
function vowelByte(b: u32): bool {
  const l = b | 0x20;
  return l == 0x61 || l == 0x65 || l == 0x69 || l == 0x6f || l == 0x75;
}

/**
 * Token k is spelled like a Spanish noun or adjective, not a name: its accent stands three or more vowels from the end
 * (Spanish marks every word stressed on the third-last syllable: "Próstata", "Diálisis", "Pediátrica", "Área"), or it
 * ends in -ción or -sión ("Prevención", "Comisión"). Known names keep their dictionary strength; this only says that an
 * unknown accented word is no foreign name. (Not -ína: drugs end so, "Codeína", and so do Czech town names, "Decína".)
 */
function spanishWordShape(k: u32): bool {
  const s0 = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s0 < 5) return false;
  // -ción, -sión: c|s, i, c3 b3, n
  if ((byteAt(e - 1) | 0x20) == 0x6e && byteAt(e - 2) == 0xb3 && byteAt(e - 3) == 0xc3 && (byteAt(e - 4) | 0x20) == 0x69 &&
    ((byteAt(e - 5) | 0x20) == 0x63 || (byteAt(e - 5) | 0x20) == 0x73)) return true;
  // the last accented vowel (c3 and á é í ó ú, either case) and the vowels after it
  let after: u32 = 0;
  for (let i = e - 1; i > s0; i--) {
    const b = byteAt(i);
    if (byteAt(i - 1) == 0xc3) {
      const l = b | 0x20;
      if (l == 0xa1 || l == 0xa9 || l == 0xad || l == 0xb3 || l == 0xba) return after >= 2;
    }
    if (vowelByte(b)) after++;
  }
  return false;
}

// ---- Two-word field labels (self-contained: twoWordLabel) ----

/**
 * Token k, capitalised, and a lower-case word after it end at a colon: a field label of two words ("Correo
 * electrónico:", "Home phone:"), as one word before a colon is ("Tel:", "Nombre:"). The colon is read from the bytes
 * after k + 1, within the look-ahead.
 */
function twoWordLabel(k: u32): bool {
  if (k + 1 >= count || rd(tShape, k + 1) != SH_LOWER || !tight(k + 1) || rd(tShape, k) != SH_CAP) return false;
  let i = rd(tEnd, k + 1);
  while (i < inLen && byteAt(i) == 0x20) i++;
  return i < inLen && byteAt(i) == 0x3a;
}

// ---- A place beside a place (self-contained: placeBeside, placeItemEnds) ----
// A word that is both a town and a surname ("Madrid", "Toledo", "Valencia": equal strengths) is a place where an
// address writes places next to each other: after a postcode or a place and a comma or period ("28023. Madrid",
// "Manises, Valencia"), in parentheses after a capitalised word ("Getafe (Madrid)", the town and its province), or
// before a country ("Sevilla. (España)", "Santiago, Chile").

/** After token k only spaces, then a comma, period, parenthesis, semicolon, line break or the input's end. */
function placeItemEnds(k: u32): bool {
  let i = rd(tEnd, k);
  while (i < inLen && (byteAt(i) == 0x20 || byteAt(i) == 0x09)) i++;
  if (i >= inLen) return true;
  const b = byteAt(i);
  return b == 0x2e || b == 0x2c || b == 0x29 || b == 0x3b || b == 0x0a || b == 0x0d;
}

/** Token k, a capitalised word, stands beside another place of an address line (see above). */
function placeBeside(k: u32): bool {
  if (k == 0 || !exists(k - 1)) return false;
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_FAR | G_JOIN)) != 0) return false;
  const marks = gapMarks(k);
  if ((marks & (GM_SEMI | GM_COLON | GM_BAR)) != 0) return false;
  // a country after it: "Sevilla. (España)", "Madrid, España" (on the same line, after punctuation)
  if (k + 1 < count && (rd(tData, k + 1) & F_COUNTRY) != 0 && rd(tShape, k + 1) != SH_LOWER &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0 && (rd(tGap, k + 1) & (G_COMMA | G_PERIOD | G_OTHER)) != 0) return true;
  const psh = rd(tShape, k - 1);
  // in parentheses after a capitalised word: "Getafe (Madrid)"
  if ((marks & GM_PAREN) != 0) {
    let i = rd(tEnd, k);
    while (i < inLen && byteAt(i) == 0x20) i++;
    return (psh == SH_CAP || psh == SH_UPPER) && i < inLen && byteAt(i) == 0x29;
  }
  if ((g & (G_COMMA | G_PERIOD)) == 0 || (g & G_OTHER) != 0 && (g & G_HYPHEN) == 0) return false;
  // after a postcode or a place, alone before the next punctuation: "28023. Madrid E-mail" is not alone, "E-41013.
  // Sevilla." and "Manises, Valencia" are
  const plen = rd(tEnd, k - 1) - rd(tStart, k - 1);
  const prevPlace = (psh == SH_NUM && plen >= 4 && plen <= 5) || (pType == ENTITY_LOCATION && pEnd == rd(tEnd, k - 1));
  return prevPlace && placeItemEnds(k);
}

/** Byte b continues a word (a letter, a digit, any non-ASCII byte) or joins one (a hyphen, an apostrophe). */
// @ts-ignore: decorator
@inline function wordGlue(b: u32): bool {
  return ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || (b >= 0x30 && b <= 0x39) || b >= 0x80 || b == 0x2d || b == 0x27;
}

/** Suffixes that make an adjective of a name ("Smith-like"): never the second half of a given name. */
const ADJECTIVE_SUFFIXES = "\u0004like\u0004type\u0003era\u0005esque\u0005based\u0005style\u0003led\u0004free\u0003ish";

/**
 * The lower-case second half of a hyphenated given name ends a name found before the hyphen ("Sung-min Park",
 * "Ji-hoon", "Xiao-ming"): 2-5 ASCII letters glued to '-' and ending the word, other than a suffix that makes an
 * adjective ("-like", "-type", "-era", "-esque", "-based", "-style", "-led"). Returns the name's end.
 */
function hyphenGiven(e: u32): u32 {
  if (e + 3 > inLen || byteAt(e) != 0x2d) return e;
  let i = e + 1;
  while (i < inLen && i - e <= 6 && byteAt(i) >= 0x61 && byteAt(i) <= 0x7a) i++;
  const n = i - e - 1;
  if (n < 2 || n > 5) return e;
  if (i < inLen && wordGlue(byteAt(i))) return e;
  return wordIndex(ADJECTIVE_SUFFIXES, e + 1, i) >= 0 ? e : i;
}

/**
 * A hyphenated given name right before a name found at s ("Xiao-ming Chen, MD", "Seo-yeon Park"): a capitalised word
 * of 2-6 letters, '-', 2-5 lower-case letters, one blank. Returns the name's start.
 */
function hyphenGivenBefore(s: u32): u32 {
  if (s < 7 || byteAt(s - 1) != 0x20) return s;
  let i = s - 1;
  while (i > 0 && i + 6 >= s && byteAt(i - 1) >= 0x61 && byteAt(i - 1) <= 0x7a) i--;
  const n = s - 1 - i;
  if (n < 2 || n > 5 || i < 4 || byteAt(i - 1) != 0x2d) return s;
  const j = capWordBeforeHyphen(i - 1);
  return j == NO_WORD ? s : j;
}

const NO_WORD: u32 = 0xffffffff;

/**
 * Start of a capitalised word of 2-`max` letters (a capital, then lower-case ASCII letters) ending right before the
 * hyphen at h and opening a word ("Wen" of "Wen-Jie", "Sung" of "Sung-min"); NO_WORD when there is none. The first half
 * of a hyphenated given name, for hyphenGivenBefore and hyphenCapBefore.
 */
function capWordBeforeHyphen(h: u32, max: u32 = 6): u32 {
  let j = h;
  while (j > 0 && h - j <= max && byteAt(j - 1) >= 0x61 && byteAt(j - 1) <= 0x7a) j--;
  if (j == 0 || byteAt(j - 1) < 0x41 || byteAt(j - 1) > 0x5a) return NO_WORD;
  j--;
  const m = h - j;
  return m < 2 || m > max || (j > 0 && wordGlue(byteAt(j - 1))) ? NO_WORD : j;
}

/**
 * A capitalised first half of a hyphenated given name before a name found at s ("Wen-Jie Tsao", "Min-Ji Kim"): the name
 * found starts with a capital and 1-4 lower-case letters (maxSecond - 1) glued to '-', and before the hyphen stands a
 * capitalised word of 2-6 letters (maxFirst) opening a word. Returns the name's start.
 */
function hyphenCapBefore(s: u32, maxSecond: u32 = 5, maxFirst: u32 = 6): u32 {
  if (s < 3 || byteAt(s - 1) != 0x2d || byteAt(s) < 0x41 || byteAt(s) > 0x5a) return s;
  let e = s + 1;
  while (e < inLen && e - s <= maxSecond && byteAt(e) >= 0x61 && byteAt(e) <= 0x7a) e++;
  if (e - s < 2 || e - s > maxSecond || (e < inLen && wordGlue(byteAt(e)))) return s;
  const j = capWordBeforeHyphen(s - 1, maxFirst);
  return j == NO_WORD ? s : j;
}

/**
 * The first half of a hyphenated name before a name found at s: both halves 2-12 ASCII letters of one case (capitals,
 * or lower case), the hyphen between them ("WEN-JIE TSAO" found from "JIE", "WENDELL-HUME, RN" from "HUME", "VASQUEZ-WHITLOCK,
 * ISIDRO" from "WHITLOCK"). Returns the name's start.
 */
function sameCaseHalfBefore(s: u32): u32 {
  if (s < 3 || byteAt(s - 1) != 0x2d) return s;
  // (both halves in one case: capitals, or lower case as lower-case notes write "r. gupta-fairbanks")
  const b0 = byteAt(s);
  const lo: u32 = b0 >= 0x41 && b0 <= 0x5a ? 0x41 : b0 >= 0x61 && b0 <= 0x7a ? 0x61 : 0;
  if (lo == 0) return s;
  let e = s + 1;
  while (e < inLen && e - s <= 12 && byteAt(e) >= lo && byteAt(e) <= lo + 25) e++;
  if (e - s < 2 || e - s > 12 || (e < inLen && wordGlue(byteAt(e)))) return s;
  let j = s - 1;
  while (j > 0 && s - 1 - j <= 12 && byteAt(j - 1) >= lo && byteAt(j - 1) <= lo + 25) j--;
  const m = s - 1 - j;
  if (m < 2 || m > 12 || (j > 0 && wordGlue(byteAt(j - 1)))) return s;
  return j;
}

// prefixes glued to a capitalised word by a hyphen that make no surname of it ("Non-Hodgkin", "Anti-Smith", "Post-Op")
const HYPHEN_PREFIXES = "\u0003non\u0004anti\u0003pre\u0004post\u0003mid\u0002ex\u0002co\u0004semi\u0006pseudo\u0005trans\u0005inter\u0005intra\u0004para\u0003sub\u0005super\u0005multi";

/**
 * (thirteenth round) The capitalised first half of a hyphenated surname before a name found at s, in mixed case
 * ("Vasquez-Whitlock, Isidro" found from "Whitlock", "Veteran: Delgado-Reyes, Fernando J" from "Reyes"): hyphenCapBefore
 * with halves of up to 12 letters (its own reads a given name's short second half), and no prefix before the hyphen
 * ("Non-Hodgkin", "Anti-Smith"). sameCaseHalfBefore() reads one case. Returns the name's start.
 */
function capHalfBefore(s: u32): u32 {
  const j = hyphenCapBefore(s, 12, 12);
  return j != s && wordIndex(HYPHEN_PREFIXES, j, s - 1) >= 0 ? s : j;
}

/**
 * In lower case, a one-letter initial and its period right before a name found at s ("read by: t. oyama", "l. chen",
 * "r. gupta-fairbanks"): mixed case decides "T. Oyama" as one name already. Not after a letter or a period ("e.g.
 * smith"). Returns the name's start.
 */
function lowerInitialBefore(s: u32): u32 {
  if (s < 3 || byteAt(s - 1) != 0x20 || byteAt(s - 2) != 0x2e) return s;
  const c = byteAt(s - 3);
  if (c < 0x61 || c > 0x7a || (s > 3 && (wordGlue(byteAt(s - 4)) || byteAt(s - 4) == 0x2e))) return s;
  return s - 3;
}

/**
 * A newborn's name opens with "Baby" before "Girl"/"Boy" ("Baby Girl Okafor", "BABY BOY SMITH"): the name found at s
 * ("Girl Okafor") starts 5 bytes earlier. Returns the name's start.
 */
function babyBefore(s: u32): u32 {
  if (s < 5 || byteAt(s - 1) != 0x20) return s;
  const g = byteAt(s) | 0x20;
  if (g != 0x67 && g != 0x62) return s;
  const n: u32 = g == 0x67 ? 4 : 3;
  if (s + n > inLen || (s + n < inLen && ((byteAt(s + n) | 0x20) >= 0x61 && (byteAt(s + n) | 0x20) <= 0x7a))) return s;
  const w = g == 0x67 ? "girl" : "boy";
  for (let i: u32 = 1; i < n; i++) if ((byteAt(s + i) | 0x20) != <u32>w.charCodeAt(i)) return s;
  if ((byteAt(s - 5) | 0x20) != 0x62 || (byteAt(s - 4) | 0x20) != 0x61 || (byteAt(s - 3) | 0x20) != 0x62 ||
    (byteAt(s - 2) | 0x20) != 0x79) return s;
  if (s > 5 && wordAt(s - 6)) return s;
  return s - 5;
}

// ---- tokens ----

/** Word bytes of the tokeniser: ASCII letters and digits and non-ASCII letters (general punctuation excluded). */
function wordAt(i: u32): bool {
  const b = byteAt(i);
  const l = b | 0x20;
  if ((l >= 0x61 && l <= 0x7a) || (b >= 0x30 && b <= 0x39)) return true;
  if (b < 0x80) return false;
  if (b == 0xc2) return false; // U+0080-U+00BF: NBSP, quotes, ordinal signs
  if (b == 0xe2 && i + 1 < inLen && byteAt(i + 1) <= 0x81) return false; // U+2000-U+207F punctuation
  // U+2180-U+27FF arrows, math, technical, box drawing, shapes, symbols, dingbats; U+1F000-U+1FFFF emoji: no letters
  if (b == 0xe2 && i + 1 < inLen && byteAt(i + 1) >= 0x86 && byteAt(i + 1) <= 0x9f) return false;
  if (b == 0xf0 && i + 1 < inLen && byteAt(i + 1) == 0x9f) return false;
  if (b >= 0x80 && b < 0xc0) {
    // continuation byte: belongs to the character it continues
    let j = i;
    while (j > 0 && byteAt(j) >= 0x80 && byteAt(j) < 0xc0) j--;
    return wordAt(j) || j == i;
  }
  return true;
}

/**
 * Case of a two-byte UTF-8 letter from its lead and continuation bytes: 1 capital, 2 small, 0 neither or another
 * script. Latin-1 (lead 0xc3), Latin Extended-A (0xc4-0xc5: capitals at even code points, odd in U+0139-U+0148 and
 * U+0179-U+017E), Greek (0xce-0xcf) and Cyrillic (0xd0-0xd1): the scripts of European names and towns.
 */
function letterCase2(lead: u32, c: u32): u32 {
  if (lead == 0xc3) return c >= 0x80 && c <= 0x9e && c != 0x97 ? 1 : c >= 0x9f && c <= 0xbf && c != 0xb7 ? 2 : 0;
  const cp = ((lead & 0x1f) << 6) | (c & 0x3f);
  if (cp >= 0x100 && cp <= 0x17f) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17f) return 2;
    if (cp == 0x178) return 1;
    const odd = (cp & 1) != 0;
    return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e) ? (odd ? 1 : 2) : odd ? 2 : 1;
  }
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38f && cp != 0x38b && cp != 0x38d) || (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2)) return 1;
  if (cp >= 0x3ac && cp <= 0x3ce) return 2;
  if (cp >= 0x400 && cp <= 0x42f) return 1;
  if (cp >= 0x430 && cp <= 0x45f) return 2;
  return 0;
}

/** The token starts with a letter of Latin Extended-A, Greek or Cyrillic (two-byte, not Latin-1). */
function twoByteFirst(k: u32): bool {
  const b = byteAt(rd(tStart, k));
  return b >= 0xc4 && b <= 0xd1;
}

// The gap flags of each byte between tokens (G_*); GAP_WORD: an ASCII letter or digit (a token starts); GAP_UTF8: a
// non-ASCII byte, a word byte unless wordAt() says it is punctuation (then G_OTHER).
const GAP_WORD: u32 = 0xffff;
const GAP_UTF8: u32 = 0x8000;
const GAP_FLAGS: usize = memory.data<u16>([
  0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0000, 0x0001, 0x0010, 0x0010, 0x0001, 0x0010, 0x0010,
  0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010,
  0x0000, 0x0002, 0x0010, 0x0040, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0010, 0x0004, 0x0008, 0x0022, 0x0410,
  0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x0202, 0x0002, 0x0010, 0x0410, 0x0010, 0x0002,
  0x0010, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff,
  0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x0010, 0x0410, 0x0010, 0x0010, 0x0410,
  0x0010, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff,
  0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0x0010, 0x0410, 0x0010, 0x0010, 0x0010,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
  0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000, 0x8000,
]);

/** Tokenises the next token from `pos`; false at the end of input. (Inlined into namesNext(): one call less per token.) */
// @ts-ignore: decorator
@inline function pushToken(): bool {
  const base = inPtr; // a local: the byte loops below read it for every byte
  let i = pos;
  const len = inLen;
  let gap = gapAcc;
  let gapLen: u32 = 0;
  while (i < len) {
    let f = <u32>load<u16>(GAP_FLAGS + (<usize>byteFrom(base, i) << 1));
    if (f >= GAP_UTF8) {
      if (f == GAP_WORD || wordAt(i)) break;
      f = G_OTHER;
    } else if (f == G_OTHER && gapLen == 1 && detachedS(i)) {
      // (stop 26) a possessive written apart, as i2b2-style text tokenises it ("ST. MARY 'S HOSPITAL", "Saint Oswin
      // 's Vascular Clinic"): its "'s" is part of the gap and marks nothing, so the word after is the owner's tight
      // neighbour; saintPossessive() and possessiveEnd() read " 's" after the owner (detachedPossessive)
      i += 2;
      continue;
    }
    gap |= f;
    i++;
    if (++gapLen > MAX_GAP) gap |= G_FAR;
  }
  if (i >= len) {
    pos = len;
    return false;
  }
  const start = i;
  // the shape needs only which classes occur: the four-byte steps OR their class masks (bit 7 of each byte) into
  // upM/loM/dgM, the byte loop sets bit 8. One count matters, the capitals of a one-byte stem ("A" vs "A'S"): no full
  // step ran then, the partial step marks at most the stem and the byte loop at most the 'S', so popcnt(upM) is exact.
  // No popcnt per step: wasm2js (the JS engine) has none and loops over the bits.
  let upM: u32 = 0;
  let loM: u32 = 0;
  let dgM: u32 = 0;
  let prev: u32 = 0;
  let rehash = false; // an apostrophe inside the word
  // fast path: four bytes per step while they are ASCII letters and digits, counted with masks and hashed as they
  // are scanned; an apostrophe or a non-ASCII byte hands over to the byte loop below (then hashRange hashes the token)
  let ha = HASH_A0;
  let hb = HASH_B0;
  let simple = true;
  while (true) {
    // (may read up to three bytes past the input: the output region follows it; those bytes count as a stop; the
    // address is unaligned: alignment 1, or wasm2js, the JS fallback engine, would read the aligned word below it)
    const w = load<u32>(base + <usize>i, 0, 1);
    const w7 = w & 0x7f7f7f7f;
    const ascii = ~w & 0x80808080;
    const up = (w7 + 0x3f3f3f3f) & ~(w7 + 0x25252525) & ascii; // 0x41-0x5a
    const lo = (w7 + 0x1f1f1f1f) & ~(w7 + 0x05050505) & ascii; // 0x61-0x7a
    const dg = (w7 + 0x50505050) & ~(w7 + 0x46464646) & ascii; // 0x30-0x39
    let stop = ~(up | lo | dg) & 0x80808080;
    const left = len - i;
    if (left < 4) stop |= <u32>0x80808080 << (left << 3);
    if (stop == 0) {
      upM |= up;
      loM |= lo;
      dgM |= dg;
      const f = w | (up >>> 2);
      ha = hashStepA(ha, f);
      hb = hashStepB(hb, f);
      i += 4;
      continue;
    }
    const n = ctz(stop) >>> 3;
    if (n > 0) {
      const keep = (<u32>0xffffffff) >>> ((4 - n) << 3);
      upM |= up & keep;
      loM |= lo & keep;
      dgM |= dg & keep;
      i += n;
      prev = byteFrom(base, i - 1);
    }
    if (i < len) {
      const b = byteFrom(base, i);
      if (b == 0x27 || b >= 0x80) simple = false;
    }
    if (simple && n > 0) {
      const f = (w | (up >>> 2)) & ((<u32>0xffffffff) >>> ((4 - n) << 3));
      ha = hashStepA(ha, f);
      hb = hashStepB(hb, f);
    }
    break;
  }
  while (!simple && i < len) {
    const b = byteFrom(base, i);
    if (b >= 0x41 && b <= 0x5a) upM |= 0x100;
    else if (b >= 0x61 && b <= 0x7a) loM |= 0x100;
    else if (b >= 0x30 && b <= 0x39) dgM |= 0x100;
    else if (b == 0x27) {
      // apostrophe inside a word (O'Brien, Mary's)
      if (i + 1 < len && byteFrom(base, i + 1) < 0x80 && ((byteFrom(base, i + 1) | 0x20) >= 0x61 && (byteFrom(base, i + 1) | 0x20) <= 0x7a)) {
        i++;
        prev = b;
        rehash = true;
        continue;
      }
      break;
    } else if (b >= 0x80) {
      if (b == 0xe2 && i + 2 < len && byteFrom(base, i + 1) == 0x80 && byteFrom(base, i + 2) == 0x99 && i + 3 < len &&
        ((byteFrom(base, i + 3) | 0x20) >= 0x61 && (byteFrom(base, i + 3) | 0x20) <= 0x7a)) {
        i += 3; // right single quotation mark used as an apostrophe
        prev = 0x27;
        rehash = true;
        continue;
      }
      if (!wordAt(i)) break;
      if (prev == 0xc3) {
        // (Latin-1 inline: Spanish and other Western accents are the common case)
        if (b >= 0x80 && b <= 0x9e && b != 0x97) upM |= 0x100;
        else if (b >= 0x9f) loM |= 0x100;
      } else if (prev >= 0xc4 && prev <= 0xd1) {
        const c = letterCase2(prev, b);
        if (c == 1) upM |= 0x100;
        else if (c == 2) loM |= 0x100;
      }
    } else break;
    prev = b;
    i++;
  }
  pos = i;
  gapAcc = 0;
  let end = i;
  // possessive: look the stem up ("Mary's" -> "mary"; a token of ASCII letters and digits has no apostrophe)
  if (!simple && end - start > 2 && (byteFrom(base, end - 1) | 0x20) == 0x73) {
    if (byteFrom(base, end - 2) == 0x27) end -= 2;
    else if (end - start > 4 && byteFrom(base, end - 2) == 0x99 && byteFrom(base, end - 3) == 0x80 && byteFrom(base, end - 4) == 0xe2) end -= 4;
  }
  const k = count;
  const first = byteFrom(base, start);
  let shape: u32;
  const anyDigit = dgM != 0;
  if (first >= 0x30 && first <= 0x39) shape = SH_NUM;
  else if ((upM | loM) == 0) shape = SH_OTHER;
  else if (upM != 0 && loM == 0) {
    // (one capital of two bytes is an initial too: "Agatha Á Ottarsdóttir")
    shape = (end - start == 1 && popcnt(upM) == 1) || (end - start == 2 && first >= 0xc3 && first <= 0xd1) ? SH_INITIAL : SH_UPPER;
  } else if ((first >= 0x41 && first <= 0x5a) || (first == 0xc3 && byteFrom(base, start + 1) <= 0x9e)) shape = SH_CAP;
  else if ((first >= 0x61 && first <= 0x7a) || first == 0xc3) shape = SH_LOWER;
  else if (first >= 0xc4 && first <= 0xd1) {
    // Latin Extended-A, Greek and Cyrillic first letters ("Živković", "Σοφία", "Иван")
    const c = letterCase2(first, byteFrom(base, start + 1));
    shape = c == 1 ? SH_CAP : c == 2 ? SH_LOWER : SH_OTHER;
  } else shape = SH_OTHER;
  if (shape != SH_NUM && anyDigit) shape = SH_OTHER;
  wr(tStart, k, start);
  wr(tEnd, k, end);
  wr(tShape, k, shape);
  cwr(k, runs);
  openerPush(k, shape, gap);
  linePush(k, gap);
  // SH_LOWER, SH_CAP and SH_UPPER are 0, 1 and 2: one in the field of their shape
  if (shape <= SH_UPPER) runs = (runs + (<u32>1 << (shape * RUN_C))) & RUN_MASK;
  wr(tGap, k, gap);
  wr(tDone, k, 0);
  let data: u32 = 0;
  wr(tMw2, k, 0);
  wr(tMw3, k, 0);
  if (end - start <= MAX_TOKEN) {
    if (simple) finishHash(ha, hb, end - start);
    else hashRange(start, end);
    const a1 = h1;
    const a2 = h2;
    wr(tH1, k, a1);
    wr(tH2, k, a2);
    data = probe(a1, a2);
    // multi-word entries ending here
    if (k > 0 && (rd(tGap, k) & (G_NEWLINE | G_FAR | G_SENT | G_COMMA)) == 0) {
      const pd = rd(tData, k - 1);
      if ((pd & F_MW_PREFIX) != 0) {
        combine(rd(tH1, k - 1), rd(tH2, k - 1), a1, a2);
        wr(tMw2, k, probe(h1, h2));
      }
      if (k > 1 && (pd & F_MW_MID) != 0 && (rd(tData, k - 2) & F_MW_PREFIX) != 0 &&
        (rd(tGap, k - 1) & (G_NEWLINE | G_FAR | G_SENT | G_COMMA)) == 0) {
        combine(rd(tH1, k - 2), rd(tH2, k - 2), rd(tH1, k - 1), rd(tH2, k - 1));
        combine(h1, h2, a1, a2);
        wr(tMw3, k, probe(h1, h2));
      }
    }
  } else {
    wr(tH1, k, 0);
    wr(tH2, k, 0);
  }
  // words with digits ("AA0000000", "4B") are never names
  if (anyDigit) data |= F_NOT_NAME;
  // contractions (We'll, I'm, don't) are words, never names
  if (rehash && end == i && end - start > 2) {
    const a = byteFrom(base, end - 1) | 0x20;
    const q = byteFrom(base, end - 2);
    const q2 = end - start > 3 ? byteFrom(base, end - 3) : 0;
    if ((q == 0x27 && (a == 0x6d || a == 0x64 || a == 0x74)) || (q2 == 0x27 && ((a == 0x6c && (byteFrom(base, end - 2) | 0x20) == 0x6c) ||
      (a == 0x65 && ((byteFrom(base, end - 2) | 0x20) == 0x72 || (byteFrom(base, end - 2) | 0x20) == 0x76))))) data |= F_NOT_NAME;
  }
  // "Fr." is a priest's title, but after a number the French catheter size ("16 Fr Coude", "14 Fr. Foley")
  if ((data & F_TITLE) != 0 && end - start == 2 && (byteFrom(base, start) | 0x20) == 0x66 && k > 0 && rd(tShape, k - 1) == SH_NUM &&
    (gap & (G_NEWLINE | G_FAR | G_START)) == 0) data &= ~F_TITLE;
  wr(tData, k, data);
  count = k + 1;
  return true;
}

// ---- features ----

// @ts-ignore: decorator
@inline function firstStr(d: u32): u32 {
  return (d >> F_FIRST_SHIFT) & 3;
}
// @ts-ignore: decorator
@inline function lastStr(d: u32): u32 {
  return (d >> F_LAST_SHIFT) & 3;
}
// @ts-ignore: decorator
@inline function placeStr(d: u32): u32 {
  return (d >> F_PLACE_SHIFT) & 3;
}
// @ts-ignore: decorator
@inline function tierOf(d: u32): u32 {
  return (d >> F_TIER_SHIFT) & 3;
}

/** Month names that are also words or given names, and the month abbreviations: a month only after a preposition of
 * time (the names pass's "in May" rule). */
const MONTH_WORDS_AND_ABBREVIATIONS =
  "\u0003may\u0005march\u0004june\u0006august\u0003jan\u0003feb\u0003mar\u0003apr\u0003jun\u0003jul\u0003aug\u0003sep\u0004sept\u0003oct\u0003nov\u0003dec";
const CONTEXT_WORDS: u32 = F_STREET_PREFIX | F_TITLE | F_CUE | F_CRED | F_STREET | F_UNIT | F_FACILITY | F_STATE | F_MONTH |
  F_COUNTRY | F_PLACE_SUFFIX | F_VERB_BY | F_NOT_NAME | F_ALLOW | F_LOC_CUE | F_BOX | F_EPONYM_HEAD;

function nameStr(k: u32): u32 {
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_ALLOW)) != 0) return 0;
  const f = firstStr(d);
  const l = lastStr(d);
  return f > l ? f : l;
}

/** Alphabetic token that exists (k < count) and is inside the context (no cut between). */
function exists(k: u32): bool {
  return k < count && k + RING > count;
}

function isAlphaShape(s: u32): bool {
  return s == SH_LOWER || s == SH_CAP || s == SH_UPPER || s == SH_INITIAL || s == SH_OTHER;
}

/**
 * (stop 33) Token k, 3-7 digits right after '#' (token s0, length len), and the '#' right after the name or the facility
 * just found, one blank between at most: the person's badge or staff number or the store's number ("OFFICER SCHRADER
 * #2210", "interpreter Jorge #7731", "Walgreens #10442"), a unique identifier. Not a count ("Norco #30", "2 boxes #100":
 * no name before), nor a town's ("Springfield #123": a city is no facility), nor a number with more after it ("#2231-4").
 */
function numberAfterName33(k: u32, s0: u32, len: u32): bool {
  if (len < 3 || len > 7 || k == 0 || !exists(k - 1) || pEnd != rd(tEnd, k - 1) || s0 - pEnd > 2) return false;
  if (!(pType == ENTITY_NAME || pType == ENTITY_LOCATION && (pReason == R_FACILITY || pReason == R_ORGANIZATION))) return false;
  if (s0 - pEnd == 2 && byteAt(pEnd) != 0x20) return false;
  const e = s0 + len;
  if (e < inLen && (byteAt(e) == 0x2d || byteAt(e) == 0x2f || byteAt(e) == 0x2e && e + 1 < inLen && byteAt(e + 1) >= 0x30 && byteAt(e + 1) <= 0x39)) return false;
  span(s0, e, ENTITY_ID, 700, REASON_RECORD_FIELD);
  wr(tDone, k, 0xff);
  return true;
}

// (stop 33) words that name a device by its kind before its tag or serial
// (not "workstation": a reading room's "WORKSTATION RAD-WS14" names the hospital's machine, not the patient's device)
const DEVICE_WORDS33 = "\u0006device\u0006camera\u0008terminal\u0005scope";

/**
 * (stop 33) Token k is a device's kind (DEVICE_WORDS33) and the tag right after it (a blank or a colon between, the same
 * line) mixes letters and digits in one run of 5+ characters glued by '-' or '_': "device iPhone-SI-4F2A9C", "wound
 * camera WC-iPad-0447", "terminal TRM-0447", "SCOPE CF-HQ190L". Emits DEVICE over the run (the structured
 * scanners' cue words take digits after "serial", "lot" and "UDI"; these kind words are too common for that rule, which
 * reads a number a few words on: "device placed in 2019"). Not a measurement or a count ("scope 10-mm", "device 3-day":
 * a number first), nor a word ("terminal ileum", "camera-ready": no digit).
 */
function deviceTag33(k: u32): bool {
  const n = k + 1;
  if ((rd(tGap, n) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_HASH)) != 0 || (rd(tGap, n) & G_SENT) != 0 && (rd(tGap, n) & G_COLON) == 0 ||
    rd(tShape, n) == SH_NUM || !wordIn(k, DEVICE_WORDS33)) return false;
  let last = n;
  let digit = rd(tShape, n) == SH_OTHER;
  while (last + 1 < count && last < n + 4 && rd(tStart, last + 1) == rd(tEnd, last) + 1 &&
    (byteAt(rd(tEnd, last)) == 0x2d || byteAt(rd(tEnd, last)) == 0x5f)) {
    last++;
    if (rd(tShape, last) == SH_NUM || rd(tShape, last) == SH_OTHER) digit = true;
  }
  if (!digit || rd(tEnd, last) - rd(tStart, n) < 5 || rd(tEnd, last) < inLen && byteAt(rd(tEnd, last)) >= 0x80) return false;
  spanDone(rd(tStart, n), rd(tEnd, last), ENTITY_DEVICE, 800, REASON_DEVICE_CUE, n, last);
  return true;
}

// (stop 33) the commonest Vietnamese family names (about nine in ten Vietnamese people bear one), and the middle words
// that follow them in a full name ("Van" for men, "Thi" for women)
const VIET_SURNAMES33 = "\u0006nguyen\u0004tran\u0002le\u0004pham\u0005hoang\u0005huynh\u0004phan\u0002vu\u0002vo\u0004dang\u0003bui\u0002do\u0002ho\u0003ngo\u0005duong\u0002ly\u0006truong\u0004dinh\u0003lam";
const VIET_MIDDLES33 = "\u0003van\u0003thi";

/**
 * (stop 33) Token k continues a Vietnamese name just found, in the same letter shape and one blank after it: the middle
 * word after the family name ("TRAN VAN" after "DR. TRAN") when a word follows it, or the given name after both ("Nguyen
 * Van Loc", "PHAM VAN HUNG", "TRAN VAN LOC"), which may be an English word or a never-a-name abbreviation ("LOC": loss
 * of consciousness) in any other frame. Not "Tran van" in lower case, nor a Dutch "Van" after another name ("Hugo Van
 * Dyke" is the particle's own rule).
 */
function vietName33(k: u32): bool {
  if (k < 2 || pType != ENTITY_NAME || pEnd != rd(tEnd, k - 1) || !tight(k) || rd(tShape, k) != rd(tShape, k - 1) ||
    rd(tShape, k) == SH_LOWER || !exists(k - 2)) return false;
  if (wordIn(k, VIET_MIDDLES33)) return wordIn(k - 1, VIET_SURNAMES33) && k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k);
  return wordIn(k - 1, VIET_MIDDLES33) && tight(k - 1) && pStart <= rd(tStart, k - 2) && wordIn(k - 2, VIET_SURNAMES33) &&
    rd(tEnd, k) - rd(tStart, k) >= 2;
}

// ---- Stop 34, clinical round 25 (fx22): a town's "Area" hospital, a state court by its kind and its state, a mile marker ----
// (out of line, read from step() behind the token's length and first letter: round25)

// a facility's head after "Area": the first word of two ("Medical Center", "Health System", "Regional Hospital") or a
// head alone ("Hospital", "Healthcare")
const AREA_HEADS25 = "\u0007medical\u0006health\u0008regional\u0009community\u0008memorial";
const AREA_ENDS25 = "\u0006center\u0006centre\u0008hospital\u0006clinic\u0006system\u0009hospitals";

/**
 * (stop 34) Widens the pending finding, a place or a name, over a saint's "St." right before it in the finding's letter
 * case, before it is written out: "LAST COLONOSCOPY AT ST. JOSEPH", "grandson lives in st. paul", "FROM: ST. ELIZABETH
 * BOARDMAN", "st. george 84790" (the rules found the saint's name and left its title). Not a street's "St." after its
 * name and house number ("12 Oak St. Mary called": the address written before ends after it), nor "1st. Paul" (a
 * letter or digit glued before), nor "Dr. Paul".
 */
function saintBefore25(): void {
  const s = pStart - 4;
  if ((pType == ENTITY_LOCATION || pType == ENTITY_NAME) && s >= flushedEnd && (byteAt(s) | 0x20) == 0x73 && (byteAt(s + 1) | 0x20) == 0x74 &&
    (byteAt(s) == 0x53) == (byteAt(pStart) < 0x61) && !(s > 0 && isWordish(byteAt(s - 1)))) pStart = s;
}

// the kinds of a state's or county's courts, before "Court of" and the state ("Superior Court of Arizona")
const COURT_KINDS25 = "\u0008superior\u0008district\u0007supreme\u0009municipal\u0007probate\u0008juvenile\u0006family\u0008chancery\u0007circuit\u0006county\u0006tribal\u0008criminal";

/**
 * (stop 34) Token k, "Area", "Court" or "marker" (by its length, 4, 5 or 6), closes the words before a facility's or a
 * court's head, or names a place on a road; writes the facility, the court or the place and returns true:
 * - "Area" between a town's name (a place the lists know, or a word no English list has) and a facility's head, one
 *   letter shape and blanks between: the hospital of a town's area, "CHARLESTON AREA MEDICAL CENTER", "Lakota Area
 *   Hospital", "brainerd area health system". In ALL CAPS and lower case the facility walk stops at "area", a
 *   department's word ("the surgical area"). Not "the area hospital", "LOCAL AREA HOSPITAL", "waiting area medical
 *   staff" (English words before), nor "Boston area hospital" in mixed case (the shapes differ);
 * - "Court" after a court's kind and before "of" and a state or a place the lists know, the kind and the place in
 *   Court's shape: the court that ordered an evaluation or a commitment, "Superior Court of Arizona", "DISTRICT COURT
 *   OF MARYLAND", "Circuit Court of Cook County" (a county's word after the place joins it); "Superior" alone is also a
 *   town and took the place's reading. Not "Court of Appeals" (no kind before), "the court of appeals", "family court"
 *   alone, "Superior court of Arizona" (the shapes differ);
 * - "marker" after "mile" and before a number: where a crash or a patient was found on a highway, "I-495 northbound at
 *   mile marker 88", "AT MILE MARKER 37,". Not "tumor marker 125", "a mile; marker 3" (no "mile" right before).
 */
function round25(k: u32, sh: u32, len: u32): bool {
  const p = k - 1;
  const n = k + 1;
  const m = k + 2;
  if (!exists(p) || !tight(k) || !tight(n) || rd(tShape, p) != sh) return false;
  let last: u32 = 0;
  const pd = rd(tData, p);
  const ms = rd(tShape, m);
  if (len == 6) {
    // (the number after "marker" is read by step()'s test)
    if (wordIn(k, "\u0006marker") && wordIn(p, "\u0004mile")) last = n;
  } else if (!tight(m)) {
    return false;
  } else if (len == 4) {
    if (!wordIn(k, "\u0004area") || rd(tShape, n) != sh || !(placeStr(pd) > 0 || tierOf(pd) == 0) ||
      (pd & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
    if (wordIn(n, "\u0008hospital\u000ahealthcare")) last = n;
    else if (ms == sh && wordIn(n, AREA_HEADS25) && wordIn(m, AREA_ENDS25)) last = m;
  } else {
    const md = rd(tData, m);
    if (!wordIn(k, "\u0005court") || !wordIn(p, COURT_KINDS25) || !wordIn(n, "\u0002of") || ms != sh || !((md & F_STATE) != 0 || placeStr(md) > 0)) return false;
    last = m;
    if (m + 1 < count && tight(m + 1) && rd(tShape, m + 1) == sh && ((rd(tData, m + 1) & F_STATE) != 0 || wordIn(m + 1, "\u0006county\u0006parish"))) last = m + 1;
  }
  if (last == 0) return false;
  spanDone(rd(tStart, p), rd(tEnd, last), ENTITY_LOCATION, 850, len == 4 ? R_FACILITY : len == 6 ? R_ADDRESS : R_ORGANIZATION, p, last);
  return true;
}

// ---- Stop 35, clinical round 26 (fx23): a note's letterhead closed by a heading's separator, a payer's or a firm's
// code right after it ----
// (out of line: letterhead26 read from step()'s letterhead test on the note's first line, payerCode26 from
// letterRules34() on a token of letters and digits)

// words of a note's title or a form's name, never an organisation's ("DISCHARGE SUMMARY", "Virtual Visit", "PT Initial
// Evaluation", "Utilization Review")
const TITLE_WORDS26 = "\u0004note\u0006report\u0006review\u000aevaluation\u0005visit\u0007consult\u000cconsultation\u0006record\u0003log\u0007summary\u000aassessment\u0009screening\u0004exam\u0008referral\u0006letter\u0006intake\u0009admission\u0009discharge\u0007history\u0004list\u0005order\u0006triage\u000amonitoring\u000amanagement\u0007program\u0004form\u0008transfer";
// a practice's legal form after its name's comma ("CAPE FEAR UROLOGY, PA", "Heart Center of the Ozarks, LLC")
const LEGAL_FORMS26 = "\u0002pa\u0004pllc\u0003llc\u0002pc\u0003psc\u0003plc\u0003inc\u0003llp\u0003ltd";

/**
 * (stop 35) The separator of a heading right after token t: a dash, an en or em dash or a slash between blanks, a middle
 * dot, an opening parenthesis after one blank, or a column gap before more text on the line ("HOSPICE OF THE NORTH
 * COUNTRY - ADMISSION", "Shady Grove Fertility — SGF Rockville", "FLAGSTAFF MOBILE CRISIS TEAM (TERROS", "Walla Walla
 * Clinic · Rheumatology", "BRONSON SLEEP HEALTH     POLYSOMNOGRAPHY"). Returns the byte after the separator, or 0.
 */
function headSep26(t: u32): u32 {
  const e = rd(tEnd, t);
  if (e + 3 >= inLen || byteAt(e) != 0x20) return 0;
  const c = byteAt(e + 1);
  if (c == 0x20 || c == 0x09) return t + 1 < count && columnGap(t + 1) && (rd(tGap, t + 1) & G_NEWLINE) == 0 ? rd(tStart, t + 1) : 0;
  if ((c == 0x2d || c == 0x2f) && byteAt(e + 2) == 0x20) return e + 3;
  if (c == 0x28) return e + 2;
  if (c == 0xe2 && byteAt(e + 2) == 0x80 && (byteAt(e + 3) == 0x94 || byteAt(e + 3) == 0x93)) return e + 4 < inLen && byteAt(e + 4) == 0x20 ? e + 5 : 0;
  if (c == 0xc2 && byteAt(e + 2) == 0xb7) return e + 3;
  return 0;
}

/**
 * (stop 35) The last token of a heading's chunk of capitalised words from token f in shape sh (a connective "of", "the",
 * "and", "de" or an ampersand between them, a hyphen inside a word, a number closing it: "TERREBONNE PARISH FIRE
 * DISTRICT 5"), at most eight tokens; `f` itself if the chunk has one word.
 */
function headChunk26(f: u32, sh: u32): u32 {
  let t = f;
  while (t + 1 < count && t < f + 8 && (tight(t + 1) || ampGap(t + 1)) && !columnGap(t + 1) && (rd(tGap, t + 1) & G_COLON) == 0 &&
    headSep26(t) == 0) {
    const q = t + 1;
    const qs = rd(tShape, q);
    if (!(qs == sh || qs == SH_LOWER && wordIn(q, "\u0002of\u0003the\u0003and\u0002de\u0002la\u0003del") ||
      qs == SH_NUM && rd(tEnd, q) - rd(tStart, q) <= 2 && headSep26(q) != 0)) break;
    t = q;
  }
  return t;
}

/**
 * (stop 35) The chunk f..t of a note's letterhead can name an organisation: no title, cue, credential, month or
 * preposition among its words, no title word of a note (TITLE_WORDS26), two words at least, one of them naming it
 * (nameWord26()), and a common word after the last naming word ("Clinic", "Control System") or a legal form after its
 * comma. Returns 1 when it names one, 2
 * when it is a note's title, 0 otherwise.
 */
function headKind26(f: u32, t: u32, legal: bool): u32 {
  let named = legal;
  let title = false;
  let words: u32 = 0;
  let strong = false;
  let common = false;
  for (let m = f; m <= t; m++) {
    const md = rd(tData, m);
    if ((md & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || wordIn(m, "\u0002to\u0003for\u0002by\u0004from\u0004with\u0002in")) return 0;
    if (wordIn(m, TITLE_WORDS26)) title = true;
    if (rd(tShape, m) == SH_NUM || rd(tShape, m) == SH_LOWER) continue;
    words++;
    if (nameWord26(m)) {
      named = true;
      common = false;
      if (tierOf(md) != 0 || rd(tShape, m) != SH_UPPER) strong = true;
    } else if (tierOf(md) != 0 && nameStr(m) == 0) common = true;
  }
  // (a word no English list has names it in capitals only among three words: "PROSTATE BRACHYTHERAPY", "TELE-ICU" are
  // a title's; and a common word must close it, or a legal form: "JOHN SMITH - FOLLOW-UP", "Rep Chad Whitlock (Zimmer"
  // are a person's)
  return title ? 2 : words >= 2 && named && (common || legal) && (strong || legal || words >= 3) ? 1 : 0;
}

/**
 * (stop 35) Token m names a letterhead's organisation: a word no English list has, of four letters at least and no
 * medical shape ("Evolent", "Teladoc"; not "Hemodialysis", "Hepatology", "PRE"), or a name's or a place's moderate strength ("Walla", "Flagstaff"), no
 * generic or department word (practiceNameWord()).
 */
function nameWord26(m: u32): bool {
  const md = rd(tData, m);
  return rd(tEnd, m) - rd(tStart, m) >= 3 && (md & F_NOT_NAME) == 0 && practiceNameWord(m) &&
    (tierOf(md) == 0 && !medicalShape(m) && rd(tEnd, m) - rd(tStart, m) >= 4 || nameStr(m) >= 2 || placeStr(md) >= 2);
}

/**
 * (stop 35) Writes the letterhead's organisation f..last; a facility's head after its last naming word closes it, the
 * words after it being a department's ("BILLINGS CLINIC TRANSFUSION SERVICE", "Marrowstone Hospital Oral Surgery"), and
 * makes it a facility, as a specialty's or a facility's head closing it does ("Harrowmere Dermatology"). A legal form
 * keeps the whole ("..., PA").
 */
function headWrite26(f: u32, last: u32, legal: bool): bool {
  let h: u32 = 0;
  for (let m = f; m <= last; m++) {
    if (nameWord26(m)) h = 0;
    else if (h == 0 && m > f && (rd(tData, m) & (F_FACILITY | F_ORG)) == F_FACILITY) h = m;
  }
  const end = h != 0 && !legal ? h : last;
  spanDone(rd(tStart, f), rd(tEnd, end), ENTITY_LOCATION, 850, h != 0 || (namedHeadClass(end, end) & NH_FAC) != 0 ? R_FACILITY :
    R_ORGANIZATION, f, end);
  return true;
}

/**
 * (stop 35) Token k, in capitals or capitalised on the note's first line, closes its letterhead's name: the words from
 * the note's first token, closed by a heading's separator (headSep26) or by a comma and a legal form at the line's end,
 * "NORTHERN MAINE ORAL & MAXILLOFACIAL SURGERY, PA", "CALIFORNIA POISON CONTROL SYSTEM - FRESNO/MADERA DIVISION", "Iron
 * Range Chiropractic & Wellness — Virginia, MN", "Walla Walla Clinic · Rheumatology" (headKind26 says which name one).
 * When those words are the note's title and a dash follows, the words after the dash are the organisation that wrote
 * it: "Utilization Review — Evolent (delegated", "PT Initial Evaluation — ATI Physical Therapy, Evansville". Read at
 * the name's last word, for the look-ahead is short. Not a title alone ("DISCHARGE SUMMARY - PAGE 2"), a department
 * ("Pulmonary Clinic — ..."), a name ("John Smith - follow-up": no common word), a label ("CHIEF COMPLAINT:"), nor a
 * sentence ("The patient is ...": no separator).
 */
function letterhead26(k: u32, sh: u32): bool {
  // (the note's first line: its first token within twelve before k)
  let f = k;
  while ((rd(tGap, f) & G_START) == 0) {
    if ((rd(tGap, f) & (G_NEWLINE | G_FAR)) != 0 || f + 12 <= k || f == 0 || !exists(f - 1)) return false;
    f--;
  }
  const fs = rd(tShape, f);
  if (fs != SH_CAP && fs != SH_UPPER) return false;
  const t = headChunk26(f, fs);
  if (t > k) return false;
  if (t == k) {
    const legal = k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && wordIn(k + 1, LEGAL_FORMS26) && rd(tShape, k + 1) != SH_LOWER &&
      (footEnd(k + 1) || k + 2 < count && columnGap(k + 2));
    if (!legal && headSep26(k) == 0) return false;
    return headKind26(f, k, legal) == 1 && headWrite26(f, legal ? k + 1 : k, legal);
  }
  // (the title's dash, and the organisation's words after it up to the first word of another shape or punctuation; one
  // word when no English list has it: "Evolent")
  const e = rd(tEnd, t);
  const g = t + 1;
  if (!(byteAt(e + 1) == 0x2d || byteAt(e + 1) == 0xe2) || headSep26(t) == 0 || (rd(tGap, g) & G_NEWLINE) != 0 ||
    headChunk26(g, rd(tShape, g)) != k || headKind26(f, t, false) != 2) return false;
  if (k == g) return tierOf(rd(tData, g)) == 0 && nameStr(g) == 0 && rd(tEnd, g) - rd(tStart, g) >= 4 && nameWord26(g) && headWrite26(g, g, false);
  return headKind26(g, k, false) == 1 && headWrite26(g, k, false);
}

/**
 * (stop 35) Token k, one run of letters and digits with five digits at least, right after the organisation or the
 * facility just found (one blank between): the member's, the account's or the claim's number that the payer's or the
 * firm's name labels, "Payer: Aetna W188204417", "BANNER UNIVERSITY FAMILY CARE A55018820", "Molina ProviderOne
 * 108847720WA". Not a model's or a lens's code ("ALCON SN60WF", "Medtronic W1DR01": fewer digits), nor a code glued to
 * more ("A5501-8820").
 */
function payerCode26(k: u32, s0: u32, len: u32): bool {
  if (len < 7 || len > 14 || pEnd != rd(tEnd, k - 1) || s0 != pEnd + 1 || byteAt(pEnd) != 0x20 || pType != ENTITY_LOCATION ||
    !(pReason == R_ORGANIZATION || pReason == R_FACILITY)) return false;
  let digits: u32 = 0;
  for (let i = s0; i < s0 + len; i++) if (byteAt(i) >= 0x30 && byteAt(i) <= 0x39) digits++;
  const e = s0 + len;
  if (digits < 5 || e < inLen && (byteAt(e) == 0x2d || byteAt(e) == 0x2f)) return false;
  spanDone(s0, e, ENTITY_ID, 700, REASON_RECORD_FIELD, k, k);
  return true;
}

/** (stop 35) Token k holds a digit (a member's code of letters and digits, "NDD774120963"). */
function digitIn26(k: u32): bool {
  for (let i = rd(tStart, k); i < rd(tEnd, k); i++) if (byteAt(i) >= 0x30 && byteAt(i) <= 0x39) return true;
  return false;
}

/**
 * (stop 35) The field l (its label) is a payer's ("insurance", "payer", "insurer", "carrier") and its value f..last, two
 * words at least, holds a word that may head a plan's name (not a public programme's, PUBLIC_PLANS, nor a plan's type):
 * labelledOrg() then takes English words for the payer's name when a member number's label closes it, "INSURANCE:
 * NORTHEAST DELTA DENTAL ID NDD774120963", "Payer: Peoples Health ID PH5518204". Not "INSURANCE: SELF PAY ID 123456"
 * (a billing class), nor "Insurance: Medicaid ID ..." (one word).
 */
function payerField26(l: u32, f: u32, last: u32): bool {
  if (last == f || !wordIn(l, "\u0009insurance\u0005payer\u0007insurer\u0007carrier")) return false;
  for (let m = f; m <= last; m++) if (wordIn(m, PUBLIC_PLANS) || wordIn(m, "\u0004self\u0008medicaid\u0008medicare")) return false;
  return true;
}

/**
 * (stop 33) A given name the word table marks never a name, for it is a clinical abbreviation too ("MAE": moves all
 * extremities), as the middle name closing "LAST, FIRST MIDDLE": "PRUITT, ODESSA MAE    DOB:", "Pruitt, Odessa Mae\n",
 * "HOLT, LOU MAE, 88". The name before it is one pending span with its comma, ending on the word before, and in the same
 * letter shape; the field ends after it (a line end, a form's column, a credential or a comma). Not "SMITH, JOHN\nMAE
 * X4" (a line between) nor "SMITH, JOHN MAE X4" (the field goes on).
 */
function lastFirstMiddle33(k: u32, d: u32, mode: u32): bool {
  if ((d & F_NOT_NAME) == 0 || firstStr(d) == 0 || rd(tShape, k) != rd(tShape, k - 1) || !tight(k)) return false;
  if (pType != ENTITY_NAME || pEnd != rd(tEnd, k - 1) || !hasComma(pStart, pEnd)) return false;
  return fieldEndsAfter(k, mode) || k + 1 < count && (rd(tGap, k + 1) & (G_COMMA | G_NEWLINE | G_OTHER)) == G_COMMA;
}

/**
 * (stop 33) The name before token k's comma is one hyphenated surname and nothing else, decided by its neighbour rule:
 * "ABDULLAH-HARRIS, JOY", "Abdullah-Harris, Joy" (the "LAST, FIRST" of a single surname, like "HARRIS, JOY").
 */
function hyphenLast33(k: u32): bool {
  return k >= 2 && pReason == R_NEIGHBOUR && rd(tGap, k - 1) == G_HYPHEN && pStart == rd(tStart, k - 2) && pEnd == rd(tEnd, k - 1) &&
    rd(tEnd, k - 2) + 1 == rd(tStart, k - 1);
}

/** A token that could be part of a name: a dictionary name, or a capitalised word that is not an English word. */
function candidate(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  if (!isAlphaShape(sh) || sh == SH_INITIAL) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_ALLOW)) != 0) return false;
  const len = rd(tEnd, k) - rd(tStart, k);
  // acronyms in mixed-case text ("PTT", "EKG", "GIA") are not names, unless two names in capitals stand together
  // ("Signed: JANE ROE, M.D.", "ANN KIM, NP")
  if (sh == SH_UPPER && mode == MODE_MIXED && len <= 4 && !(len >= 3 && (upperNamePair(k) || upperSurnameCred(k, d)))) return false;
  // (a street type that is also a surname stays one: "John Grove", "Mary Hills", "Lois Lane"; the street rules decide
  // it first when a house number or "on" says street)
  if ((d & CONTEXT_WORDS & ~(F_MONTH | (lastStr(d) > 0 ? F_STREET : 0))) != 0) return false;
  const ns = nameStr(k);
  if (ns > 0) {
    // a core English word in lower case inside mixed-case text is a word ("brown stool")
    if (sh == SH_LOWER && mode == MODE_MIXED) return false;
    // in ALL CAPS a core English word is a word unless a title or cue says otherwise ("WILL BE", "LESS THAN")
    if (mode == MODE_CAPS && tierOf(d) == 1 && ns < 2) return false;
    if (sh == SH_LOWER && tierOf(d) == 1 && ns < 2) return false;
    return true;
  }
  if ((d & CONTEXT_WORDS) != 0 || tierOf(d) != 0) return false;
  if (len < 3) return false;
  return sh == SH_CAP || sh == SH_UPPER || (sh == SH_OTHER && mode != MODE_MIXED);
}

/**
 * Token k and a tight neighbour are both upper-case dictionary names, one of them of moderate strength or more
 * ("JANE ROE", "ANN KIM").
 */
function upperNamePair(k: u32): bool {
  const a = nameStr(k);
  if (a == 0) return false;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == SH_UPPER && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 3) {
    const b = nameStr(k + 1);
    if (b > 0 && (a >= 2 || b >= 2)) return true;
  }
  if (k > 0 && exists(k - 1) && tight(k) && rd(tShape, k - 1) == SH_UPPER && rd(tEnd, k - 1) - rd(tStart, k - 1) >= 3) {
    const b = nameStr(k - 1);
    if (b > 0 && (a >= 2 || b >= 2)) return true;
  }
  return false;
}

/**
 * In mixed-case text, token k (3-4 capitals, no English word) after a name in capitals and before a credential: a
 * short surname, not an acronym ("Electronically Signed ZELLNOI KOTE, M.D."; "HTN CHF, MD aware" has no name before).
 */
function upperSurnameCred(k: u32, d: u32): bool {
  if (tierOf(d) != 0 || k == 0 || !exists(k - 1) || !tight(k) || k + 1 >= count || rd(tShape, k - 1) != SH_UPPER) return false;
  const p = k - 1;
  if (rd(tEnd, p) - rd(tStart, p) < 3 || !(nameStr(p) > 1 || unknownWord(p) && rd(tEnd, p) - rd(tStart, p) >= 5)) return false;
  return (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_FAR)) == 0 && credAt(k + 1, MODE_MIXED);
}

const MODE_MIXED: u32 = 0;
const MODE_CAPS: u32 = 1;
const MODE_LOWER: u32 = 2;
// (a caller's "not read yet": the callee reads modeAt() itself when it needs it)
const MODE_UNREAD: u32 = 0xff;

/**
 * The shape of a word in the text's own letter case `mode` (MODE_MIXED, MODE_CAPS or MODE_LOWER, read): capitalised in
 * mixed case, capitals in ALL CAPS, lower case in lower-case text.
 */
// @ts-ignore: decorator
@inline function textShape(mode: u32): u32 {
  return mode == MODE_MIXED ? SH_CAP : mode == MODE_CAPS ? SH_UPPER : SH_LOWER;
}

/** Case style around token k: ALL CAPS, all lower case, or mixed (capitalisation then carries evidence). */
function modeAt(k: u32): u32 {
  let lo = k >= MODE_BACK ? k - MODE_BACK : 0;
  const first = count > CRING ? count - CRING + 1 : 0;
  if (lo < first) lo = first;
  const hi = k + 4 < count ? k + 4 : count;
  // counts over tokens [lo, hi) from the running counts, without token k itself
  const a = hi < count ? crd(hi) : runs;
  const b = crd(lo);
  let lowers = runDiff(a, b, 0);
  let capitals = runDiff(a, b, RUN_C);
  let uppers = runDiff(a, b, RUN_U);
  const own = rd(tShape, k);
  if (own == SH_LOWER) lowers--;
  else if (own == SH_CAP) capitals--;
  else if (own == SH_UPPER) uppers--;
  // (a few lower-case tokens stay inside ALL CAPS records: units, transcriptionist initials, "TR : ljs", "40 mg")
  if (lowers * 8 <= uppers && uppers + (rd(tShape, k) == SH_UPPER ? 1 : 0) > capitals) return MODE_CAPS;
  if (capitals == 0 && uppers <= 1 && (rd(tShape, k) == SH_LOWER || lowers > 0) && lowerOpeners(lo, hi) > 0) return MODE_LOWER;
  return own == SH_LOWER && lowerLine(k, hi) ? MODE_LOWER : MODE_MIXED;
}

// ---- A lower-case line inside mixed-case text (self-contained: linePush, lowerLine) ----
// Portal messages, chat and telephone notes quote the patient's own lower-case writing under a mixed-case template
// ("From: Priya Raghunathan  Sent: 8/14 10:02 PM" then "hi dr fitzgerald, my husband arjun says..."): the window of
// modeAt() sees the template's capitals and calls the message mixed. A line that opens in lower case and holds at
// least LOWER_LINE_WORDS words and not one capital up to token k's look-ahead is lower-case writing on its own.
const tLines: usize = memory.data(<i32>CRING * 4);
let curLine: u32 = 0;
const LOWER_LINE_WORDS: u32 = 6;

/** Records the first token of token k's line (k itself after a line break or at the start of the input). */
// @ts-ignore: decorator
@inline function linePush(k: u32, gap: u32): void {
  if ((gap & (G_START | G_NEWLINE)) != 0) curLine = k;
  store<u32>(tLines + (<usize>(k & (CRING - 1)) << 2), curLine);
}

/** Token k (lower case) is on a line of lower-case writing: see above. `hi` bounds the look-ahead (at most k + 4). */
function lowerLine(k: u32, hi: u32): bool {
  const first = count > CRING ? count - CRING + 1 : 0;
  let ls = load<u32>(tLines + (<usize>(k & (CRING - 1)) << 2));
  // (the line's opening word must be in the window: a lower-case opener)
  // (the token ring is shorter than the counts': the opener count tells the opening word's case)
  if (ls < first || lowerOpeners(ls, ls + 1) == 0) return false;
  let he = k + 1;
  while (he < hi && (rd(tGap, he) & (G_NEWLINE | G_START)) == 0) he++;
  const a = he < count ? crd(he) : runs;
  const b = crd(ls);
  return runDiff(a, b, RUN_C) == 0 && runDiff(a, b, RUN_U) == 0 && runDiff(a, b, 0) >= LOWER_LINE_WORDS;
}

// ---- Lower-case writing needs a lower-case opening (self-contained: openerPush, lowerOpeners) ----
// A window without capitals is not yet lower-case text: a long sentence of mixed-case prose (Spanish clinical prose
// often runs 48 words between capitals: "luz del sol podría cambiar el color") has none either. Lower-case writing
// shows where a sentence or a line opens: the input's first word, a word after a newline or after a sentence's
// period, in lower case ("i talked to john", "ok. my wife"). A running count of such openers, kept per token like the
// case counts (tOpeners: the count before each token, CRING entries), answers "any in the window" in O(1).
const tOpeners: usize = memory.data(<i32>CRING * 4);
let openers: u32 = 0;

/** Counts token k (pushed with `shape` after gap flags `gap`) when it is a lower-case word opening a sentence or line. */
// @ts-ignore: decorator
@inline function openerPush(k: u32, shape: u32, gap: u32): void {
  store<u32>(tOpeners + (<usize>(k & (CRING - 1)) << 2), openers);
  if (shape == SH_LOWER && (gap & (G_START | G_NEWLINE | G_PERIOD)) != 0) openers++;
}

/** Lower-case openers among tokens [lo, hi) (hi <= count, at most CRING tokens). */
function lowerOpeners(lo: u32, hi: u32): u32 {
  const a = hi < count ? load<u32>(tOpeners + (<usize>(hi & (CRING - 1)) << 2)) : openers;
  return a - load<u32>(tOpeners + (<usize>(lo & (CRING - 1)) << 2));
}

/**
 * (stop 32) A lower-case opener among the ring's tokens up to token k's look-ahead (k + 4): modeAt(k) can be MODE_LOWER
 * only then (its window and k's line both start inside the ring), so a rule that wants lower-case text may test this
 * first, with two loads instead of modeAt().
 */
// @ts-ignore: decorator
@inline function lowerOpenerNear(k: u32): bool {
  const first = count > CRING ? count - CRING + 1 : 0;
  return lowerOpeners(first, k + 4 < count ? k + 4 : count) > 0;
}

/** The gap before token k does not cut the context (no newline run, no long gap). */
function linked(k: u32): bool {
  return (rd(tGap, k) & (G_FAR | G_START)) == 0;
}

/** The gap before k is only spaces (a tight neighbour). */
function tight(k: u32): bool {
  return (rd(tGap, k) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR | G_START | G_HASH)) == 0;
}

/** Token k starts a sentence (or a line): its capital letter says nothing. */
function sentenceStart(k: u32): bool {
  const g = rd(tGap, k);
  if ((g & (G_START | G_NEWLINE | G_FAR)) != 0) return true;
  if ((g & G_SENT) == 0) return false;
  if (k == 0 || !exists(k - 1)) return true;
  // a period after a title, an initial or an abbreviation does not end a sentence (stop 40: after a title spelled out
  // it does, "Please see your doctor. Hope this helps.")
  const pd = rd(tData, k - 1);
  if ((g & G_PERIOD) != 0 && ((pd & F_STREET_ABBR) != 0 || (pd & F_TITLE) != 0 && rd(tEnd, k - 1) - rd(tStart, k - 1) < 5 ||
    rd(tShape, k - 1) == SH_INITIAL)) return false;
  return true;
}

// ---- decisions ----

// @ts-ignore: decorator
@inline function gapPrev0(k: u32): u32 {
  return rd(tGap, k);
}

/** A capitalised word that is no core English word right after an initial of a name ("Jildau S Bouts"). */
function afterInitial(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  return rd(tShape, k - 1) == SH_INITIAL && (sh == SH_CAP || sh == SH_UPPER) && tierOf(d) != 1 &&
    (d & CONTEXT_WORDS) == 0 && mode != MODE_LOWER;
}

/**
 * In ALL CAPS, an ambiguous dictionary name that is also a core English word, between an initial and a credential, is
 * a name ("J. SMITH RN", "M WILL, MD"); one of the two alone is no evidence there ("A. MASS", "CALL MD").
 */
function capsInitialName(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || k == 0 || rd(tShape, k) != SH_UPPER || nameStr(k) == 0) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_ALLOW)) != 0 || (d & CONTEXT_WORDS & ~F_MONTH) != 0) return false;
  return rd(tShape, k - 1) == SH_INITIAL && !dottedCred(k - 1) &&
    (rd(tGap, k) & (G_NEWLINE | G_OTHER | G_FAR | G_COMMA | G_HYPHEN)) == 0;
}

/**
 * Religious and community words that found hospitals and homes: core English words, yet before a facility head they
 * name one ("Jewish Hospital", "Hebrew Home", "Presbyterian Hospital"). Packed: a length char, then the word.
 */
const FOUNDER_WORDS = "\u0006jewish\u0006hebrew\u000cpresbyterian\u0009episcopal\u0009adventist\u0008lutheran\u0007baptist\u0009methodist\u0008catholic\u0009mennonite\u0008moravian\u0008shriners\u0007masonic";

/** Street types that name a numbered road ("22 Route 9"): only a number may follow them. */
const NUMBERED_ROADS = "\u0005route\u0003rte\u0007highway\u0003hwy\u000ainterstate";

/** In lower-case text, an article right before token k ("the", "a", "an"): k is a common noun, not a name or town. */
function articleBefore(k: u32, mode: u32): bool {
  return mode == MODE_LOWER && rd(tShape, k) == SH_LOWER && k > 0 && exists(k - 1) && tight(k) &&
    wordIn(k - 1, "\u0003the\u0001a\u0002an");
}

/** In lower-case text: an unknown word, or a single letter (a middle initial), next to a name ("olga krylova"). */
function lowerNameWord(k: u32, mode: u32): bool {
  if (mode != MODE_LOWER || rd(tShape, k) != SH_LOWER) return false;
  const d = rd(tData, k);
  if ((d & CONTEXT_WORDS) != 0 || !(tight(k) || lowerInitialGap(k))) return false;
  const len = rd(tEnd, k) - rd(tStart, k);
  if (len == 1) return k + 1 < count && (tight(k + 1) || lowerInitialGap(k + 1)) && rd(tShape, k + 1) == SH_LOWER && (nameStr(k + 1) > 0 || tierOf(rd(tData, k + 1)) == 0);
  // (a core English word must be listed as a given name too, and be no modal: "jake has a fever", "john will call";
  // after a title and a given name any listed surname is the surname: "dr. rose young", "dr. bill king")
  const titled = pReason == R_TITLE && pStart == rd(tStart, k - 1) && firstStr(rd(tData, k - 1)) > 0;
  return len >= 3 && (tierOf(d) == 0 || nameStr(k) > 1 || (lastStr(d) > 0 && (tierOf(d) != 1 || firstStr(d) > 0 || titled) &&
    !wordIn(k, MODAL_WORDS) && (firstStr(rd(tData, k - 1)) > 1 || rd(tEnd, k - 1) - rd(tStart, k - 1) == 1 ||
      (pReason == R_CUE && pStart == rd(tStart, k - 1)) || titled)));
}

/**
 * In lower-case text, the first of two core words that are both names right after a person cue: a listed given name,
 * then a listed surname that is also a given name or a place, or no core English word ("patient mark brown", "named
 * rose hill", "patient grace king", "crna hope castellano"); modals and words with no given-name or place listing stay words ("patient will call", "patient frank has").
 */
function lowerPairHead(k: u32, mode: u32): bool {
  if (mode != MODE_LOWER || rd(tShape, k) != SH_LOWER || k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != SH_LOWER) return false;
  const d = rd(tData, k);
  const n = rd(tData, k + 1);
  if (firstStr(d) == 0 || ((d | n) & CONTEXT_WORDS) != 0) return false;
  // (or a surname no dictionary has, of four letters or more and no drug's or disease's ending nor a verb's "-ing":
  // "stepfather grant oyelowo-pike", "caller: hope delacroix"; "followed by gentle curetting" is none, and "baby girl
  // okafor" names the newborn by its surname alone)
  const unknownSurname = unknownWord(k + 1) && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 4 &&
    !endsWithAny(k + 1, "\u0003ing", 3) && !wordIn(k, "\u0004girl\u0003boy");
  // (or a listed surname that is no core English word: "crna hope castellano", "veteran: mark kaminski")
  if (!unknownSurname && (lastStr(n) == 0 || (firstStr(n) == 0 && placeStr(n) == 0 && (tierOf(n) == 1 || wordIn(k, "\u0004girl\u0003boy"))))) return false;
  return !wordIn(k, MODAL_WORDS) && !wordIn(k + 1, MODAL_WORDS);
}

/**
 * Token q can open "LAST, FIRST": a surname at least as strong as it is a place, or no dictionary surname at all (an
 * unknown capitalised word). A strong place before a comma is a place ("Boston, John Smith"), not a surname.
 */
function surnameFirst(q: u32): bool {
  const d = rd(tData, q);
  const l = lastStr(d);
  return l == 0 ? firstStr(d) == 0 || placeStr(d) == 0 : l >= placeStr(d);
}

/**
 * An initial that closes a name: what follows it ends the name (a period, comma, semicolon, parenthesis, line break,
 * two spaces as in a form's columns, or the end of the input). "A" and "I" count only with a period ("Smith A. said").
 */
function trailingInitial(k: u32): bool {
  const e = rd(tEnd, k);
  const c = byteAt(rd(tStart, k));
  const after = e < inLen ? byteAt(e) : 0;
  if ((c == 0x41 || c == 0x49) && after != 0x2e) return false;
  if (e >= inLen) return true;
  // (the mark glued or written apart, as tokenised exports write it: "Smith J , MD", "Strand K )")
  const pa = punctAfter(e);
  return pa == 0x2e || pa == 0x2c || pa == 0x3b || pa == 0x29 || after == 0x0a || after == 0x0d ||
    (after == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x20) || after == 0x09 || recordFieldAfter37(k);
}

/**
 * (clinical round 28) A given name before a hyphenated surname that a credential after it decided (token k, its first
 * half k - 1): "EXAMINER: FRANK OYELARAN-STOKES, MD", "Examiner: Frank Oyelaran-Stokes, MD", "EPIDEMIOLOGIST: JUN
 * TAKAHASHI-MOORE, MPH" (the credential's rule pulls a name-shaped word before the surname only across a blank, and the
 * surname's first half before a hyphen; a given name that is also an English word or a month was left). Token k - 2 is
 * undecided, one blank before the first half, of its shape (capitalised or capitals), with a given name's strength and
 * no title's, cue's, credential's, street's, facility's or organisation's bit. Writes the given name and the first half.
 */
function givenBeforeHyphen37(k: u32): bool {
  if (k < 2 || !exists(k - 2) || rd(tDone, k - 2) != 0 || rd(tDone, k - 1) != 0 || rd(tStart, k - 1) != rd(tEnd, k - 2) + 1 ||
    byteAt(rd(tEnd, k - 2)) != 0x20 || (rd(tGap, k - 1) & (G_NEWLINE | G_FAR)) != 0) return false;
  const sh = rd(tShape, k - 1);
  const d = rd(tData, k - 2);
  if ((sh != SH_CAP && sh != SH_UPPER) || rd(tShape, k - 2) != sh || rd(tShape, k) != sh || firstStr(d) == 0 ||
    (d & (F_TITLE | F_CUE | F_CRED | F_STREET | F_FACILITY | F_ORG | F_UNIT)) != 0 || rd(tEnd, k - 1) - rd(tStart, k - 1) < 3) return false;
  span(rd(tStart, k - 2), rd(tEnd, k - 1), ENTITY_NAME, 800, R_NEIGHBOUR);
  wr(tDone, k - 2, ENTITY_NAME);
  wr(tDone, k - 1, ENTITY_NAME);
  return true;
}

/**
 * (clinical round 28) A town of one to three words between a facility's, a firm's or a street's comma and a state's
 * code: "From: DaVita Gulf Breeze Dialysis, Gulf Breeze, FL — fax", "MAGIC VALLEY MEDICAL CENTER, TWIN FALLS, ID" on
 * its line, "Baptist Hospital, Gulf Breeze, FL 32561" (decide()'s "City, ST" wants a last word that is no core English
 * word, or a known place: "Breeze", "Falls" are words). Token k opens the town after the comma that closes the pending
 * place; the words are of k's case (capitalised in mixed case, capitals in ALL CAPS), tight, no context word but a
 * place's suffix; the code (two capitals, a state's) follows a comma; after it a ZIP, the line's or the text's end, or
 * (mixed case) '.', ',', ';', ')' or a dash. In ALL CAPS, and for a code that is also a credential ("MD", "PA"), only a
 * ZIP or the line's end. Writes the town and starts the address tail.
 */
function townAfterPlace37(k: u32, sh: u32, mode: u32): bool {
  if (!(sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS) ||
    (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_HYPHEN)) != 0) return false;
  let m = k;
  let st: u32 = 0;
  for (let q = k; q <= k + 2 && q + 1 < count; q++) {
    const d = rd(tData, q);
    if (rd(tShape, q) != sh || (q > k && !tight(q)) || (d & CONTEXT_WORDS & ~F_PLACE_SUFFIX) != 0 ||
      rd(tEnd, q) - rd(tStart, q) < 2 || rd(tDone, q) != 0) return false;
    const n = q + 1;
    if ((rd(tGap, n) & G_COMMA) != 0) {
      if ((rd(tGap, n) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0 || (rd(tData, n) & F_STATE) == 0 ||
        rd(tShape, n) != SH_UPPER || rd(tEnd, n) - rd(tStart, n) != 2) return false;
      m = q;
      st = n;
      break;
    }
  }
  if (st == 0) return false;
  const e = rd(tEnd, st);
  const zip = st + 1 < count && tight(st + 1) && rd(tShape, st + 1) == SH_NUM && rd(tEnd, st + 1) - rd(tStart, st + 1) == 5;
  const lineEnd = e >= inLen || byteAt(e) == 0x0a || byteAt(e) == 0x0d;
  if (!zip && !lineEnd) {
    if (mode == MODE_CAPS || (rd(tData, st) & F_CRED) != 0) return false;
    const a = byteAt(e);
    const pa = punctAfter(e);
    if (!(pa == 0x2e || pa == 0x2c || pa == 0x3b || pa == 0x29 || a == 0x20 && e + 1 < inLen && (byteAt(e + 1) == 0x2d ||
      byteAt(e + 1) == 0xe2))) return false;
  }
  spanDone(rd(tStart, k), rd(tEnd, m), ENTITY_LOCATION, 800, R_CITY_STATE, k, m);
  startTail(m);
  return true;
}

// (stop 39) words that make no town after a facility's comma or dash: a department, a unit, a firm's legal form, a
// service ("Mercy Hospital, Department of Surgery", "Bay Clinic, Suite 200", "Smith & Jones, PLLC", "Hospital, Main
// Campus"): department dept division service services unit units floor ward wing tower annex building bldg suite room
// inc llc pllc pc ltd attn program team lab labs medicine surgery care health main records billing admissions family
// behavioral mental primary urgent outpatient inpatient attention, and a person's role after an employer's or a church's
// comma: pastor adjuster dorm shift; a works' own word after the town: plant mill mine yard terminal depot
const TOWN_STOP39 = "\u0006pastor\u0008adjuster\u0004dorm\u0005shift\u0005plant\u0004mill\u0004mine\u0004yard\u0008terminal\u0005depot\u000adepartment\u0004dept\u0008division\u0007service\u0008services\u0004unit\u0005units\u0005floor\u0004ward\u0004wing\u0005tower\u0005annex\u0008building\u0004bldg\u0005suite\u0004room\u0003inc\u0003llc\u0004pllc\u0002pc\u0003ltd\u0004attn\u0007program\u0004team\u0003lab\u0004labs\u0008medicine\u0007surgery\u0004care\u0006health\u0004main\u0007records\u0007billing\u000aadmissions\u0006family\u000abehavioral\u0006mental\u0007primary\u0006urgent\u000aoutpatient\u0009inpatient\u0009attention";
// (stop 39) a site's word after the town of a facility's branch, which closes the town's phrase but stays out of it
// ("Sturgeon Bay campus", "Murray office"): campus office site branch location
const TOWN_TRAILS39 = "\u0006campus\u0006office\u0004site\u0006branch\u0008location";

/**
 * (stop 39) Token m may be a word of a town named after a facility's comma or dash: the text's case (given by sh), two
 * letters or more, not done, no title, cue, credential, month, unit, facility or box word, no street type first ("Rock
 * Springs" has one last), no function word,
 * determiner or word of where, no service, specialty or department word, no medical shape.
 */
function townWord39(m: u32, sh: u32, first: bool): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == sh && rd(tDone, m) == 0 && rd(tEnd, m) - rd(tStart, m) >= 2 &&
    (d & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT | F_FACILITY | F_STREET_PREFIX | F_BOX | F_ALLOW)) == 0 &&
    (!first || (d & F_STREET) == 0) &&
    !wordIn(m, NAME_FUNCTION_WORDS) && !wordIn(m, NAME_DETERMINERS) && !wordIn(m, WHERE_FRAMES) && !wordIn(m, TOWN_STOP39) &&
    !wordIn(m, HOSPITAL_SERVICE_WORDS) && !wordIn(m, SPECIALTY_WORDS) && !wordIn(m, SERVICE_WORDS) && !wordIn(m, OCCUPATIONS) &&
    !medicalShape(m);
}

/**
 * (stop 39) A town of one to three words, often core English words, right after a facility's or a firm's comma or
 * spaced dash, closing its phrase: "FROM ADVOCATE SHERMAN HOSPITAL, ELGIN (IMAGES", "Roswell Park Comprehensive Cancer
 * Center, Buffalo\n", "SUMMIT HEALTHCARE REGIONAL MEDICAL CENTER, SHOW LOW.", "MULLINS & SLONE, PLLC, HAZARD,
 * 606-555-0150", "ARUP LABORATORIES - SALT LAKE CITY   CLIENT", "sweetwater county clinic, rock springs\n", "PHOEBE
 * SUMTER - AMERICUS GA\n". Token k opens the town; the facility (reason facility or organisation) is pending and ends
 * at the comma or dash before k. The words are of the text's case (townWord39); a site's word may follow the town
 * ("Sturgeon Bay campus"); then the phrase closes: the text's or line's end, a column gap, '.', ';', ')', ' (', or a
 * comma before a number (a phone, a date), or a state code (not a credential) closing the line or before '.' or ','.
 * Two words that are a given name and a surname and no place are a person ("Blue Ridge Orthopaedics, Warren Stancil,
 * MD"); after a street (the pending reason an address) every word must be a place's, a name's or one no list has ("4417
 * cooper rd, blue ash." but not "12 oak st, lives alone."). Writes the town (and the state code).
 */
function townAfterFacility39(k: u32, sh: u32, mode: u32, street: bool): bool {
  if (sh != textShape(mode) || k + 1 >= count) return false;
  let m = k;
  for (let q = k; q <= k + 2 && q < count; q++) {
    if (q > k && (!tight(q) || rd(tStart, q) != rd(tEnd, q - 1) + 1)) break;
    if (!townWord39(q, sh, q == k) || q > k && wordIn(q, TOWN_TRAILS39)) {
      if (q == k) return false;
      break;
    }
    // (each word a place's, a name's or one no list has, four letters or more then: "Buffalo", "Elgin", "Show Low",
    // "Kennewick"; not "declined", "Utilization Management", "Holter Monitor Report", "SVD"); a word ending in "-ics"
    // is a service ("Neurodiagnostics")
    const d = rd(tData, q);
    const w = rd(tEnd, q) - rd(tStart, q);
    if (!(placeStr(d) > 0 || nameStr(q) > 0 || tierOf(d) == 0 && w >= 4 || q > k && (d & (F_STREET | F_PLACE_SUFFIX)) != 0) ||
      endsWithAny(q, "\u0003ics", 3)) return false;
    // (a given name and a surname are a person: "Warren Stancil, MD", "PASTOR DIRK BOSMA")
    if (q > k && firstStr(rd(tData, q - 1)) > 0 && lastStr(d) > 0 && placeStr(rd(tData, q - 1)) == 0 && placeStr(d) == 0) return false;
    m = q;
  }
  // (a site's word after the town: "Sturgeon Bay campus", "Murray office")
  let last = m;
  const t = m + 1;
  if (t < count && tight(t) && rd(tStart, t) == rd(tEnd, m) + 1 && (rd(tShape, t) == sh || rd(tShape, t) == SH_LOWER && sh == SH_CAP) &&
    wordIn(t, TOWN_TRAILS39)) last = t;
  let e = rd(tEnd, m);
  let fin = m;
  const c = rd(tEnd, last);
  if (!fieldEndAt(c)) {
    const pa = punctAfter(c);
    if (!(pa == 0x2e || pa == 0x3b || pa == 0x29 || byteAt(c) == 0x20 && c + 1 < inLen && byteAt(c + 1) == 0x28)) {
      const n = last + 1;
      if (n >= count || last != m) return false;
      const g = rd(tGap, n);
      const st = rd(tEnd, n) - rd(tStart, n) == 2 && (rd(tData, n) & F_STATE) != 0 && (rd(tData, n) & F_CRED) == 0 &&
        (g & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0;
      if ((g & G_COMMA) != 0 && (g & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0 && rd(tShape, n) == SH_NUM) {
        // (a phone or a date after the town's comma)
      } else if (st && (g & G_COMMA) == 0 && (rd(tShape, n) == sh || sh == SH_CAP && rd(tShape, n) == SH_UPPER)) {
        // (a state's code after a blank, "AMERICUS GA\n", "monroe la\n", joins the town; after a comma it is the older
        // rules', townAfterPlace37() and the address tail)
        const e2 = rd(tEnd, n);
        const p2 = punctAfter(e2);
        if (!(fieldEndAt(e2) || p2 == 0x2e || p2 == 0x3b || p2 == 0x29)) return false;
        e = e2;
        fin = n;
      } else return false;
    }
  }
  // (joined to the facility's, the street's or the organisation's pending span as the older rules joined it, "BRIGHTWATER
  // MANOR, AMES", "Main St, Andover"; its lower score keeps their reason. The wrapper learns a facility's initials from
  // the words before the first comma or spaced dash, so "BAYSTATE FRANKLIN MEDICAL CENTER, GREENFIELD MA" still teaches
  // "BFMC": src/propagate.ts placeInitials)
  spanDone(rd(tStart, k), e, ENTITY_LOCATION, 600, R_CITY, k, fin);
  return true;
}

/**
 * (stop 40, loc40) Token k, one blank after a firm's or a facility's name just found (no comma: the branch's town as a
 * chain's sign or a requisition writes it), opens its branch's town of one to three words in the text's case, closing
 * the phrase: "LABS 4/6 (LABCORP KENNEWICK): ANC 1.9", "inr 2.6 at labcorp freehold; start eliquis", "Pre-travel care
 * at Passport Health Salt Lake City (". The word passes townWord39() and is a town of the gazetteer (a core English word only
 * as a strong place; a word no list has is none: "Walmart ReliOn", "DCF Careline"), or the words a town of several words by
 * its entry; then the field's end, ':', ')', '.', ';', ',', a
 * " (" (a spaced dash's town is townAfterFacility39()'s). Not "LABCORP TODAY.", "at Quest Diagnostics Lab.", "Walgreens Pharmacy Delivery:" (core words no
 * town), "at Mercy Hospital Emergency." The town joins the pending span (as townAfterFacility39() joins it). A "Loc" rule.
 */
function firmTownLoc40(k: u32, sh: u32): bool {
  // (the firm's own name, no town the older rules joined after its comma: "Tejas Hill Regional Medical Center ICU,
  // Kerrville Ford, TX" is the address tail's)
  if (hasComma(pStart, pEnd)) return false;
  const last = branchTownLoc40(k, sh);
  if (last == 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 600, R_CITY, k, last);
  return true;
}

/** (stop 40, loc40) firmTownLoc40()'s test: the last token of the branch's town that token k opens, or 0. */
function branchTownLoc40(k: u32, sh: u32): u32 {
  const mode = modeAt(k);
  if (sh != textShape(mode) || !townWord39(k, sh, true)) return 0;
  let last = k;
  // (a town of two or three words by its gazetteer entry: "Salt Lake City", "Rock Springs")
  if (k + 2 < count && tight(k + 1) && tight(k + 2) && rd(tShape, k + 1) == sh && rd(tShape, k + 2) == sh && placeStr(rd(tMw3, k + 2)) > 0) last = k + 2;
  else if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh && placeStr(rd(tMw2, k + 1)) > 0) last = k + 1;
  else {
    const d = rd(tData, k);
    // (a core English word only as a strong place: the gazetteer names towns "Given", "Central", "Standard")
    if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || placeStr(d) == 0 || tierOf(d) == 1 && placeStr(d) < 2) return 0;
  }
  const e = rd(tEnd, last);
  if (!fieldEndAt(e)) {
    const pa = punctAfter(e);
    // (no spaced dash: what follows it would read as another town after the firm, "labcorp freehold - start eliquis")
    if (!(pa == 0x3a || pa == 0x29 || pa == 0x2e || pa == 0x3b || pa == 0x2c || byteAt(e) == 0x20 && e + 1 < inLen &&
      byteAt(e + 1) == 0x28)) return 0;
    // (a comma and a state after it: "City, ST" is the older rules')
    if (pa == 0x2c && last + 1 < count && (rd(tData, last + 1) & F_STATE) != 0) return 0;
  }
  return last;
}

/**
 * (stop 40, loc40) Token k names the hospital of a dated event after "at" or "from" (datedAt28()'s frame: a year or a
 * date's last number, then "at") where datedAt28() does not read it: an eponym's hospital the word table keeps as an
 * instrument's word ("prior PCI 2088 at Lahey."), an initialism of three to five capitals no list has ("s/p R TKA
 * 6/3/95 at RPH.", "PLACED 12/2096 AT HPRMC;"), a word no list has glued by a hyphen to a second of its case ("LAST
 * ADMISSION JUNE 2096 AT PRYTANIA-CROSSROADS."); then the phrase's end or "by" ("8/31/96 at TRIA by Dr. Holm"). Not
 * "4/10 at HS", "2088 at OSH" (a kind of hospital), "2 mg 3/4 at Bedtime". A "Loc" rule.
 */
function datedAtLoc40(k: u32, sh: u32, mode: u32): bool {
  if (!tight(k) || !tight(k - 1) || rd(tDone, k) != 0 || !wordIn(k - 1, "\u0002at\u0004from") || !dateEnd28(k - 2)) return false;
  const d = rd(tData, k);
  const len = rd(tEnd, k) - rd(tStart, k);
  let last = k;
  if (wordIn(k, HOSPITAL_EPONYMS39)) {
    if (sh != textShape(mode)) return false;
  } else if (sh == SH_UPPER && len >= 3 && len <= 5 && tierOf(d) == 0 && (d & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && k + 1 < count &&
    rd(tGap, k + 1) != G_HYPHEN) {
    // (nor a dose's schedule, "3/4 at QHS")
    if (wordIn(k, HOSPITAL_KINDS37) || wordIn(k, CARE_INITIALS33) || endsWithAny(k, "\u0003icu", 1) ||
      (byteAt(rd(tStart, k)) | 0x20) == 0x71) return false;
  } else if (k + 1 < count && rd(tGap, k + 1) == G_HYPHEN && rd(tStart, k + 1) == rd(tEnd, k) + 1 && sh == textShape(mode) &&
    rd(tShape, k + 1) == sh && unknownWord(k) && len >= 4 && !medicalShape(k) && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 4 &&
    (rd(tData, k + 1) & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && !medicalShape(k + 1)) {
    last = k + 1;
  } else return false;
  if (!(phraseEndsAfter(last) || last + 1 < count && tight(last + 1) && wordIn(last + 1, "\u0002by"))) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 600, R_FACILITY, k, last);
  return true;
}

// (stop 39) the verbs of care before "at", "to" or "from" that name where the care was: transferred transfer seen followed
// admitted discharged records treated dialyzes delivered hospitalized evaluated
const CARE_VERBS39 = "\u000btransferred\u0008transfer\u0004seen\u0008followed\u0008admitted\u000adischarged\u0007records\u0007treated\u0008dialyzes\u0009delivered\u000chospitalized\u0009evaluated";
// (stop 39) the words after a hospital's one-word name that close its phrase in ALL CAPS or lower case: for on at in by
// if with and last yesterday today tomorrow since until after before x
const CARE_CLOSERS39 = "\u0003for\u0002on\u0002at\u0002in\u0002by\u0002if\u0004with\u0003and\u0004last\u0009yesterday\u0005today\u0008tomorrow\u0005since\u0005until\u0005after\u0006before\u0001x";

/** (stop 39) Token m may name a hospital after a care verb's "at"/"to"/"from": in k's case, no list's word but a surname's. */
function careWord39(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  if (rd(tShape, m) != sh || rd(tDone, m) != 0 || rd(tEnd, m) - rd(tStart, m) < 4 || tierOf(d) != 0) return false;
  // (the hospitals named for a clamp's or a clinic's eponym, a not-a-name word the lists keep: "transferred to Lahey")
  if (wordIn(m, HOSPITAL_EPONYMS39)) return true;
  return firstStr(d) < 2 && (d & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && !medicalShape(m) && !wordIn(m, UNIT_WORDS31) &&
    !endsWithAny(m, "\u0003icu", 1) && !wordIn(m, CARE_INITIALS33) && !wordIn(m, SPECIALTY_WORDS);
}

// (stop 39) hospitals named for an eponym that the word table keeps as an instrument's or a clinic's not-a-name word:
// lahey ochsner mayo
const HOSPITAL_EPONYMS39 = "\u0005lahey\u0007ochsner\u0004mayo";

/**
 * (stop 39) A hospital's name of one or two words no list has (a surname's allowed) after a care verb's "at", "to" or
 * "from", closing its phrase: "transferred to Lahey for cath.", "She was seen at Ochsner last year.", "SEEN AT OCHSNER
 * LAST YEAR.", "records from lahey reviewed." (lower case in lower-case text only). The verb (CARE_VERBS39) right before
 * the preposition; the name in the text's case (a mixed-case note's capitals too); then punctuation, the line's end, a
 * number, a lower-case word (mixed case) or a closing word (CARE_CLOSERS39: "for", "on", "last", "yesterday", ...).
 * "Transferred to Medicine.", "TRANSFERRED TO FLOOR.", "seen at Urgent Care" name a service or a word a list has.
 */
function careFrame39(k: u32, sh: u32, mode: u32): bool {
  const p = k - 1;
  if (k < 2 || !exists(k - 2) || !tight(k) || !tight(p) || !wordIn(p, "\u0002at\u0002to\u0004from") || !wordIn(k - 2, CARE_VERBS39)) return false;
  if (!(sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode != MODE_LOWER || sh == SH_LOWER && mode == MODE_LOWER) || !careWord39(k, sh)) return false;
  let last = k;
  if (k + 1 < count && tight(k + 1) && careWord39(k + 1, sh)) last = k + 1;
  // (a word no list has alone is the older rules' already, a town after "from" or a facility after "to"/"at":
  // "Transferred from Drussford.", "transferred to Zorquist"; here an eponym's hospital or a surname among the words)
  if (!wordIn(k, HOSPITAL_EPONYMS39) && nameStr(k) == 0 && (last == k || nameStr(last) == 0)) return false;
  const e = rd(tEnd, last);
  if (e < inLen) {
    const a = byteAt(e);
    const pa = punctAfter(e);
    if (!(a == 0x0a || a == 0x0d || a == 0x09 || pa == 0x2e || pa == 0x2c || pa == 0x3b || pa == 0x29 || pa == 0x3a || a == 0x20 &&
      e + 1 < inLen && byteAt(e + 1) == 0x28)) {
      const n = last + 1;
      if (n >= count || !tight(n)) return false;
      const ns = rd(tShape, n);
      // (a facility's head after it is its name's: "followed at Coumadin clinic" names a service)
      if ((rd(tData, n) & F_FACILITY) != 0 || !(ns == SH_NUM || mode == MODE_MIXED && ns == SH_LOWER && sh != SH_LOWER ||
        wordIn(n, CARE_CLOSERS39))) return false;
    }
  }
  spanDone(rd(tStart, k), e, ENTITY_LOCATION, 700, R_FACILITY, k, last);
  return true;
}

/**
 * (stop 39) The bytes between the pending place's end and byte s0 are a comma and a blank after a facility, a firm or a
 * street, or a spaced dash ("-", "–", "—") after a facility or a firm (pReason read here).
 */
function facilitySep39(s0: u32): bool {
  if (s0 <= pEnd || s0 - pEnd > 5) return false;
  const g = s0 - pEnd;
  const fac = pReason == R_FACILITY || pReason == R_ORGANIZATION;
  if (g == 2) return byteAt(pEnd) == 0x2c && byteAt(pEnd + 1) == 0x20 && (fac || pReason == R_ADDRESS);
  if (!fac || byteAt(pEnd) != 0x20 || byteAt(s0 - 1) != 0x20) return false;
  return g == 3 && byteAt(pEnd + 1) == 0x2d || g == 5 && byteAt(pEnd + 1) == 0xe2 && byteAt(pEnd + 2) == 0x80 &&
    (byteAt(pEnd + 3) == 0x93 || byteAt(pEnd + 3) == 0x94);
}

// (clinical round 28) the words that open a person's line in lower-case logs and lists without a colon: pt patient
// decedent resident inmate client veteran member
const LOWER_PERSON_OPENERS37 = "\u0002pt\u0007patient\u0008decedent\u0008resident\u0006inmate\u0006client\u0007veteran\u0006member";

/**
 * (clinical round 28) In lower-case text, "LAST, FIRST" right after a person's word with no colon, closing its field:
 * "02:20 — pt two crow, ambrose, mrn smc0020577", "0915 decedent bright, wesley a mrn rph-0551209", "pt hale, henry, age
 * 92". lowerFieldName() wants the label's colon, and the neighbour rule took the given name alone when the surname is
 * an English word. Token k (LAST) is a listed surname or a word no list has (three letters or more, no medical
 * ending), with no context, allow-list or not-a-name bit; k + 1, after the comma alone, is a listed given name and no
 * modal word ("pt better, will call" stays words); then a middle initial or a second given name may follow; the field
 * ends after (fieldEndsAfter, a comma or a period, a record's field label, the end). Writes the NAME.
 */
function lowerPersonLastFirst37(k: u32): bool {
  if (k == 0 || !exists(k - 1) || !tight(k) || rd(tStart, k) != rd(tEnd, k - 1) + 1 || !wordIn(k - 1, LOWER_PERSON_OPENERS37) ||
    k + 1 >= count || (rd(tGap, k + 1) & ~(G_COMMA)) != 0 || (rd(tGap, k + 1) & G_COMMA) == 0 || rd(tShape, k + 1) != SH_LOWER) return false;
  const d = rd(tData, k);
  const len = rd(tEnd, k) - rd(tStart, k);
  if ((d & (F_NOT_NAME | F_ALLOW | F_PARTICLE)) != 0 || (d & CONTEXT_WORDS & ~F_STATE) != 0 || len < 3 ||
    !(lastStr(d) > 0 || tierOf(d) == 0 && nameStr(k) == 0 && !medicalShape(k))) return false;
  const g = rd(tData, k + 1);
  if (firstStr(g) == 0 || (g & (F_NOT_NAME | F_ALLOW)) != 0 || (g & CONTEXT_WORDS & ~F_STATE) != 0 || wordIn(k + 1, MODAL_WORDS)) return false;
  let last = k + 1;
  if (k + 2 < count && tight(k + 2) && rd(tShape, k + 2) == SH_LOWER && rd(tStart, k + 2) == rd(tEnd, k + 1) + 1 &&
    (rd(tEnd, k + 2) - rd(tStart, k + 2) == 1 && !wordIn(k + 2, "\u0001a\u0001i") ||
      firstStr(rd(tData, k + 2)) > 0 && (rd(tData, k + 2) & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) == 0 && !wordIn(k + 2, MODAL_WORDS))) last = k + 2;
  const e = rd(tEnd, last);
  const closes = fieldEndsAfter(last, MODE_LOWER) || last + 1 >= count || (rd(tGap, last + 1) & (G_COMMA | G_SENT)) != 0 ||
    (rd(tStart, last + 1) == e + 1 && wordIn(last + 1, RECORD_FIELDS37));
  if (!closes) {
    // a one-letter "a" or "i" after the given name is the field's middle initial only before a record's field label
    if (last == k + 1 && k + 3 < count && rd(tEnd, k + 2) - rd(tStart, k + 2) == 1 && wordIn(k + 2, "\u0001a\u0001i") &&
      tight(k + 2) && rd(tStart, k + 3) == rd(tEnd, k + 2) + 1 && wordIn(k + 3, RECORD_FIELDS37)) last = k + 2;
    else return false;
  }
  span(rd(tStart, k), rd(tEnd, last), ENTITY_NAME, 800, R_NEIGHBOUR);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

// (clinical round 28) a record's field labels that close the name before them on a log's or a list's line: mrn dob age
// sex id acct ssn room rm bed dod doa dos acc csn fin har empi chart
const RECORD_FIELDS37 = "\u0003mrn\u0003dob\u0003age\u0003sex\u0002id\u0004acct\u0003ssn\u0004room\u0002rm\u0003bed\u0003dod\u0003doa\u0003dos\u0003acc\u0003csn\u0003fin\u0003har\u0004empi\u0005chart";

/**
 * (clinical round 28) One blank after token k, then a record's field label in capitals or capitalised (RECORD_FIELDS37),
 * as census lines, logs and manifests run a patient's fields on: "PT COMBS, JIMMY RAY MRN HZ-77", "Hagen, Mavis J DOB".
 */
function recordFieldAfter37(k: u32): bool {
  const e = rd(tEnd, k);
  if (k + 1 >= count || rd(tStart, k + 1) != e + 1 || byteAt(e) != 0x20) return false;
  const sh = rd(tShape, k + 1);
  return (sh == SH_UPPER || sh == SH_CAP) && wordIn(k + 1, RECORD_FIELDS37);
}

/**
 * (clinical round 28) A second given name closing "LAST, FIRST" before a record's field or the field's end, where the
 * given name is also an English word the neighbour rule leaves: "PT COMBS, JIMMY RAY MRN HZ-772041", "REQUESTOR: TATE,
 * BILLY JOE   PHONE". Token k has a given name's strength in the case of the name before it; k - 1 (FIRST) and k - 2
 * (LAST) are names, a comma between them; one blank before k; after k a record's field (recordFieldAfter37), a column
 * gap, a line break, the end, or ',' ';' ')'. Writes the NAME.
 */
function lastFirstSecond37(k: u32, sh: u32): bool {
  if (k < 2 || !exists(k - 2) || rd(tDone, k - 1) != ENTITY_NAME || rd(tDone, k - 2) != ENTITY_NAME || !tight(k) ||
    rd(tStart, k) != rd(tEnd, k - 1) + 1 || (rd(tGap, k - 1) & G_COMMA) == 0) return false;
  const e = rd(tEnd, k);
  // the middle initial "A" or "I" (decide() reads every other letter), only before a record's field: "DECEDENT BRIGHT,
  // WESLEY A MRN RPH-0551209" (the field's label is consumed: no surname after an initial)
  if (sh == SH_INITIAL) {
    const c = byteAt(rd(tStart, k));
    if ((c != 0x41 && c != 0x49) || e - rd(tStart, k) != 1 || rd(tShape, k - 1) != SH_UPPER || !recordFieldAfter37(k)) return false;
    span(rd(tStart, k), e, ENTITY_NAME, 700, R_INITIAL);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, 0xff);
    return true;
  }
  // (no state, country or month: "Septodont Francia" after a comma is a firm and its country)
  if (rd(tShape, k - 1) != sh || firstStr(rd(tData, k)) == 0 ||
    (rd(tData, k) & (F_TITLE | F_CRED | F_CUE | F_STATE | F_COUNTRY | F_MONTH)) != 0) return false;
  if (!(e >= inLen || recordFieldAfter37(k))) {
    const a = byteAt(e);
    const pa = punctAfter(e);
    if (!(a == 0x0a || a == 0x0d || a == 0x09 || pa == 0x2c || pa == 0x3b || pa == 0x29 ||
      (a == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x20))) return false;
  }
  span(rd(tStart, k), e, ENTITY_NAME, 800, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** (stop 38) After an abbreviated street type in lower-case text, '#' and a unit's number of one to four digits ("rd #14"). */
function hashUnit38(k: u32): bool {
  if (k + 1 >= count) return false;
  const g = rd(tGap, k + 1);
  return (g & (G_HASH | G_SENT | G_FAR | G_NEWLINE)) == G_HASH && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) <= 4;
}

/** After an abbreviated street type in lower-case text: a unit designator and its number, a comma or a line break. */
function streetEndsLower(k: u32): bool {
  if (k + 1 >= count) return false;
  const g = rd(tGap, k + 1);
  if ((g & (G_COMMA | G_NEWLINE)) != 0) return true;
  return (rd(tData, k + 1) & F_UNIT) != 0 && k + 2 < count && rd(tShape, k + 2) == SH_NUM && (g & (G_SENT | G_FAR)) == 0;
}

/** Words after "saw" that make it the verb: "Smith saw him", "Jones saw the patient". */
const SAW_OBJECTS = "\u0003him\u0003her\u0004them\u0002me\u0002us\u0003you\u0002it\u0004this\u0004that\u0003the\u0001a\u0002an\u0003his\u0005their\u0003our\u0002pt\u0007patient\u0008patients\u0002no\u0007nothing";

// what a patient does in a note, and what only a person does in prose ("Alvir spent a year", "Tomomi lives in")
const VISIT_VERBS = "\u0009presented\u0008presents\u0007reports\u0008reported\u0006denies\u0006denied\u0006states\u0006stated\u0009complains\u000acomplained\u0008endorses\u0008endorsed\u0006admits\u0009underwent\u0005lives\u0005lived\u0005works\u0006worked\u0005moved\u0007married\u0007studied\u0004grew\u0005spent\u0004said\u0004says\u0004told\u0005asked\u0005wrote";

/**
 * Token k is the subject of a verb that only a patient or person takes ("Kotemones presented", "Zellnoi denies"), or of
 * "is a" / "was a" before an age ("Zellnoi is a 55 year old").
 */
function subjectOfVisit(k: u32, mode: u32): bool {
  if (k + 1 >= count || !tight(k + 1) || (rd(tGap, k + 1) & (G_COMMA | G_SENT | G_COLON | G_OTHER)) != 0) return false;
  if (rd(tShape, k + 1) == SH_UPPER ? mode != MODE_CAPS : rd(tShape, k + 1) != SH_LOWER) return false;
  if (wordIn(k + 1, VISIT_VERBS)) return true;
  // "Tomomi is from Hawkins, ...", "Jouko was from Oulu": where a person comes from
  if (k + 2 < count && wordIn(k + 2, "\u0004from") && tight(k + 2) && wordIn(k + 1, "\u0002is\u0003was") &&
    (rd(tGap, k) & (G_START | G_NEWLINE | G_SENT)) != 0) return true;
  return wordIn(k + 1, "\u0002is\u0003was") && k + 3 < count && wordIn(k + 2, "\u0001a\u0002an") &&
    tight(k + 2) && tight(k + 3) && rd(tShape, k + 3) == SH_NUM && rd(tEnd, k + 3) - rd(tStart, k + 3) <= 3 &&
    rd(tEnd, k + 3) < inLen && (byteAt(rd(tEnd, k + 3)) == 0x20 || byteAt(rd(tEnd, k + 3)) == 0x2d);
}

/**
 * Token q (lower case) opens a street named at a crossing: "of" after "corner" or "intersection" ("the corner of Main St
 * and Elm Ave"), or "and" right after the type or house number of a street already reported ("... Main St and Elm
 * Ave", "... Ziegelgasse 19 and Elm Ave").
 */
function crossStreet(q: u32): bool {
  if (q == 0 || !exists(q - 1)) return false;
  if (isAnd(q)) return rd(tDone, q - 1) == 0xff && ((rd(tData, q - 1) & F_STREET) != 0 || rd(tShape, q - 1) == SH_NUM) && tight(q);
  return wordIn(q, "\u0002of") && wordIn(q - 1, "\u0006corner\u000cintersection");
}

/** Token j is an ordinal number ("28th", "1st", "42ND"): digits, then st, nd, rd or th. */
function ordinalAt(j: u32): bool {
  const e = rd(tEnd, j);
  if (rd(tShape, j) != SH_NUM || e - rd(tStart, j) < 3) return false;
  const a = byteAt(e - 2) | 0x20;
  const b = byteAt(e - 1) | 0x20;
  const c = byteAt(e - 3);
  return c >= 0x30 && c <= 0x39 && ((a == 0x73 && b == 0x74) || (a == 0x6e && b == 0x64) || (a == 0x72 && b == 0x64) ||
    (a == 0x74 && b == 0x68));
}

/** "Boston MA 02115": token k + 1 is a state code in capitals right after k, then a ZIP (5 digits) on the same line. */
function stateZipAfter(k: u32): bool {
  // (not a credential that is also a state code: "Smith MD 12345" is a name and a number)
  return k + 2 < count && tight(k + 1) && rd(tShape, k + 1) == SH_UPPER && rd(tEnd, k + 1) - rd(tStart, k + 1) == 2 &&
    (rd(tData, k + 1) & F_CRED) == 0 &&
    tight(k + 2) && rd(tShape, k + 2) == SH_NUM && rd(tEnd, k + 2) - rd(tStart, k + 2) == 5;
}

// ---- Crossings (self-contained: cornerStart, cornerOpen, crossTail) ----

/**
 * Token f opens a street named at a crossing: "corner of" or "intersection of" right before it, on the same line.
 * Returns the start byte of the phrase ("the corner of", taken into the address: the crossing is the address, "the
 * corner of Main St and Elm Ave"), or 0xffffffff.
 */
function cornerStart(f: u32): u32 {
  if (f < 2 || !exists(f - 2) || !tight(f) || !tight(f - 1) || !wordIn(f - 1, "\u0002of") ||
    !wordIn(f - 2, "\u0006corner\u000cintersection")) return 0xffffffff;
  if (f >= 3 && exists(f - 3) && tight(f - 2) && wordIn(f - 3, "\u0003the")) return rd(tStart, f - 3);
  return rd(tStart, f - 2);
}

/**
 * Token k (with its house number before it) opens the first street of a crossing ("the corner of Dalbraut 99 and ...",
 * "the corner of 159 Eleftheriou Venizelou str and ..."): a capitalised word, a word in another script or a street
 * type; in ALL CAPS and lower case no core English word ("CORNER OF LEFT EYE"). Reports it and arms the tail, which takes
 * the rest of the street, "and", and the second street (crossTail).
 */
function cornerOpen(k: u32, sh: u32, d: u32, mode: u32): bool {
  let f = k;
  if (rd(tShape, k - 1) == SH_NUM && tight(k) && rd(tEnd, k - 1) - rd(tStart, k - 1) <= 6) f = k - 1;
  const s = cornerStart(f);
  if (s == 0xffffffff) return false;
  const typed = (d & (F_STREET | F_STREET_PREFIX)) != 0;
  if (!(sh == SH_CAP || sh == SH_UPPER || sh == SH_OTHER || (sh == SH_LOWER && (typed || (mode == MODE_LOWER && tierOf(d) != 1))))) return false;
  if ((d & (F_TITLE | F_CUE | F_MONTH | F_CRED)) != 0 || (mode != MODE_MIXED && tierOf(d) == 1 && !typed)) return false;
  spanDone(s, rd(tEnd, k), ENTITY_LOCATION, 800, R_ADDRESS, f, k);
  startTail(k);
  tailCross = 1;
  return true;
}

/** Lower-case articles inside street names in Romance languages ("Rua do Arenque", "Via delle Coste", "rue des Lilas"). */
const STREET_ARTICLES = "\u0002de\u0002do\u0002da\u0003dos\u0003das\u0002du\u0003des\u0003del\u0005della\u0005delle\u0003dei\u0002di\u0002la\u0002le\u0003les\u0003los\u0003las";

/**
 * The address tail inside a crossing: after a street opened by "corner of" (cornerOpen, or any street rule whose span
 * starts right after the phrase), "and" and the second street ("... and Frederikke Coves", "... and Waechter Turnpike",
 * "... and Kuusiku 7"): capitalised words, words in another script, particles and house numbers on the same line, at
 * most 4 after "and". Returns true when token k was absorbed; otherwise the ordinary tail rules decide it.
 */
function crossTail(k: u32, g: u32): bool {
  if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) != 0) {
    tailCross = 0;
    return false;
  }
  if (isAnd(k)) {
    if (tailCross == 2 || k + 1 >= count || !tight(k + 1)) return false;
    // (the second street opens with a capital, another script or a number: "the corner of Main St and ten more")
    const nsh = rd(tShape, k + 1);
    if (!(nsh == SH_CAP || nsh == SH_UPPER || nsh == SH_OTHER || nsh == SH_NUM ||
      (nsh == SH_LOWER && modeAt(k) == MODE_LOWER && tierOf(rd(tData, k + 1)) != 1))) {
      tailCross = 0;
      return false;
    }
    let s: u32 = 0xffffffff;
    if (tailCross == 1) s = rd(tStart, k);
    else {
      // a street found by another rule: is it the first of a crossing? (its tokens are done back to "of")
      let f = tailLast;
      for (let n: u32 = 0; n < 8 && f > 0 && exists(f - 1) && rd(tDone, f - 1) == 0xff && tight(f); n++) f--;
      s = cornerStart(f);
      if (s == 0xffffffff) return false;
    }
    span(s, rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS, true);
    tailCross = 2;
    crossLeft = 4;
    return absorbTail(k, k);
  }
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  let ok = false;
  if (sh == SH_NUM) ok = rd(tEnd, k) - rd(tStart, k) <= 5;
  else if (sh == SH_CAP || sh == SH_UPPER || sh == SH_OTHER) ok = (d & (F_TITLE | F_CUE | F_MONTH | F_CRED)) == 0;
  else if (sh == SH_LOWER) ok = (d & (F_PARTICLE | F_STREET | F_STREET_PREFIX)) != 0 || wordIn(k, STREET_ARTICLES) ||
    (tierOf(d) != 1 && (d & CONTEXT_WORDS) == 0);
  // (a word after "and" must open the second street: "the corner of Main St and 5 more blocks" has none)
  if (ok && tailCross == 2 && crossLeft == 4 && sh == SH_LOWER && modeAt(k) != MODE_LOWER) ok = false;
  if (!ok) {
    tailCross = 0;
    return false;
  }
  if (tailCross == 2) {
    crossLeft--;
    if (crossLeft == 0) tailCross = 0;
  }
  return absorbTail(k, k);
}

/**
 * "Avenue des Tuileries", "Boulevard de Normandie": a USPS type written first, as in French, before an article (the
 * street-type-first rule then takes it like "Rue de la Paix").
 */
function frenchType(k: u32, sh: u32, hasNext: bool): bool {
  return hasNext && sh == SH_CAP && rd(tShape, k + 1) == SH_LOWER && tight(k + 1) && wordIn(k + 1, STREET_ARTICLES) &&
    wordIn(k, "\u0006avenue\u0009boulevard\u0006chemin\u0007impasse");
}

/**
 * A Romance street type in lower case right after a house number in mixed or lower-case text ("26 rue des Lilas",
 * "106 rúa olmos 44"): before an article or a capitalised word ("rue" is also an English verb: "5 rue the day" has no
 * capital after it).
 */
function lowerTypeAfterNumber(k: u32, sh: u32, mode: u32, hasPrev: bool): bool {
  if (sh != SH_LOWER || !hasPrev || rd(tShape, k - 1) != SH_NUM || !tight(k) || k + 1 >= count || !tight(k + 1)) return false;
  if (!wordIn(k, "\u0003rue\u0003rua\u0005calle\u0007avenida\u0004r\u00e3\u00baa") && !(wordIn(k + 1, STREET_ARTICLES) &&
    wordIn(k, "\u0006avenue\u0009boulevard"))) return false;
  const nsh = rd(tShape, k + 1);
  return wordIn(k + 1, STREET_ARTICLES) || nsh == SH_CAP || nsh == SH_UPPER || (mode == MODE_LOWER && tierOf(rd(tData, k + 1)) != 1);
}

// ---- European street lines (self-contained: foreignStreet) ----

/** Endings of street-name compounds in German, Dutch, Nordic, Finnish and Hungarian ("Ziegelgasse", "Mellemvej"). */
const STREET_ENDINGS = "\u0007strasse\u0005gasse\u0003weg\u0003vej\u0004gade\u0005gatan\u0004gata\u0005veien\u0005vegen\u0006straat\u0004laan\u0004katu\u0004kuja\u0003tie\u0004utca\u0005allee\u0005platz\u0007straeti\u0005stien";
/** Street types written before the name that are no street type in English ("Via Roma 131", "ul. Słowicza 10"). */
// (and Italian lanes and squares, Polish avenues and squares, South Slavic squares, Albanian streets: "Vicolo del
// Cinque 4", "Largo Augusto 7", "Aleja Róż 8", "Plac Bankowy 2", "Trg Republike 3", "Rruga Myslym Shyri 12")
const TYPES_BEFORE = "\u0003via\u0005viale\u0006piazza\u0005corso\u0006strada\u0002ul\u0005ulica\u0006vicolo\u0005largo\u0008piazzale\u0005aleja\u0004plac\u0003trg\u0005rruga";

/**
 * The number at j opens an address: a line or a field starts with it, or "at" or a residence frame comes before it
 * ("lives at 9383", "Address: 772", "drops you off at 643").
 */
function numberOpensAddress(j: u32): bool {
  if ((rd(tGap, j) & (G_NEWLINE | G_START | G_COLON)) != 0 || houseNumberOfResidence(j)) return true;
  return j > 0 && exists(j - 1) && tight(j) && wordIn(j - 1, "\u0002at");
}

/** Token k ends with "straße" (a non-ASCII ending: endsWithAny compares ASCII only). */
function endsStrasse(k: u32): bool {
  const e = rd(tEnd, k);
  if (e - rd(tStart, k) < 7) return false;
  return byteAt(e - 1) == 0x65 && byteAt(e - 2) == 0x9f && byteAt(e - 3) == 0xc3 && (byteAt(e - 4) | 0x20) == 0x61 &&
    (byteAt(e - 5) | 0x20) == 0x72 && (byteAt(e - 6) | 0x20) == 0x74;
}

/** Token k ends with Swedish "vägen" ("Hammarvägen", "Storvägen"; a non-ASCII ending, as endsStrasse). */
function endsVagen(k: u32): bool {
  const e = rd(tEnd, k);
  if (e - rd(tStart, k) < 9) return false;
  return (byteAt(e - 1) | 0x20) == 0x6e && (byteAt(e - 2) | 0x20) == 0x65 && (byteAt(e - 3) | 0x20) == 0x67 &&
    (byteAt(e - 4) == 0xa4 || byteAt(e - 4) == 0x84) && byteAt(e - 5) == 0xc3 && (byteAt(e - 6) | 0x20) == 0x76;
}

/**
 * Street types written after the name as words of their own, in lower case as a rule: Hungarian ("u." for utca, "utca",
 * "kapu", "sor", "rkp."), Estonian "tee", Norwegian "gate" and "vei", Danish "vej", German "Str.".
 */
const TYPES_AFTER = "\u0001u\u0004utca\u0004kapu\u0003sor\u0003rkp\u0003tee\u0004gate\u0003vei\u0003vej\u0003str";

/**
 * Token k (a capitalised word that is no core English word) and at most one more name word are followed by a street
 * type of TYPES_AFTER, then a number: returns the type's token, or 0.
 */
function typeAfterName(k: u32, sh: u32): u32 {
  let t = k + 1;
  if (t + 1 < count && tight(t) && (rd(tShape, t) == SH_CAP || rd(tShape, t) == sh) && tierOf(rd(tData, t)) != 1 &&
    (rd(tData, t) & (CONTEXT_WORDS & ~F_STREET_ABBR)) == 0 && !wordIn(t, TYPES_AFTER)) t++;
  if (t + 1 >= count || !tight(t) || !wordIn(t, TYPES_AFTER) || rd(tShape, t + 1) != SH_NUM) return 0;
  // (lower case, or the shape of the name: "Koepenicker Str. 74", "KIRALY U. 15")
  const ts = rd(tShape, t);
  if (ts != SH_LOWER && ts != sh && !(ts == SH_INITIAL && sh == SH_UPPER)) return 0;
  return t;
}

/** The gap before the number n after a type t is one period after an abbreviation ("u. 15", "Str. 74", "rkp. 18"). */
function periodAfterType(t: u32, n: u32): bool {
  const g = rd(tGap, n);
  return (g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_HASH)) == 0 && (g & G_PERIOD) != 0 && wordIn(t, "\u0001u\u0003str\u0003rkp");
}

/**
 * A street line whose house number follows the name: a compound with a street ending ("Ziegelgasse 19",
 * "Hauptstraße 5", "Mellemvej 32"), a capitalised name and a separate type ("Villacher Strasse 89"), or a type before one
 * or two capitalised names that are no core English words ("Via Franscini 71", "ul. Słowicza 10"), then a number of at
 * most 4 characters. Token k opens it (a house number right before joins). Reports it and returns true.
 */
function foreignStreet(k: u32, sh: u32, d: u32, mode: u32): bool {
  let n = k + 1;
  let numGap = false; // a period may separate the number from an abbreviated type written after the name
  if (wordIn(k, TYPES_BEFORE)) {
    // (only "ul." is written in lower case; "Via" opens no street in ALL CAPS, where "VIA NGT 24" is a route of feeding)
    const short = rd(tEnd, k) - rd(tStart, k) == 2;
    if (sh == SH_LOWER ? !short : sh != SH_CAP) return false;
    // (after a number "ul" is a microlitre: "5 ul. Saline 10 ml"; its street name is no English word), unless that
    // number is a house number in an address's frame: "lives at 9383 ul. Chrzanowska 61", "Address: 772 ul. Narewska 94"
    if (short && k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM && !numberOpensAddress(k - 1)) return false;
    const g = rd(tGap, n);
    if ((g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_COLON)) != 0 || ((g & G_SENT) != 0 && !((g & G_PERIOD) != 0 && short))) return false;
    let words: u32 = 0;
    // (one Romance article may open the name, never past the look-ahead: "Via dei Fiorentini 17", "Via delle Coste 41")
    if (!short && n + 1 < k + 3 && n + 1 < count && rd(tShape, n) == SH_LOWER && wordIn(n, STREET_ARTICLES) && tight(n + 1) &&
      rd(tShape, n + 1) == SH_CAP) n++;
    while (words < 2 && n < count && n < k + 3 && rd(tShape, n) == SH_CAP && (n == k + 1 || tight(n)) &&
      (short ? tierOf(rd(tData, n)) == 0 : tierOf(rd(tData, n)) != 1 || nameStr(n) > 1 || placeStr(rd(tData, n)) > 1) &&
      (rd(tData, n) & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_NOT_NAME)) == 0) {
      words++;
      n++;
    }
    if (words == 0) return false;
  } else {
    // (in lower-case writing a compound after a house number in an address's frame: "lives at 255 hersnapvej 18")
    const lowerCompound = sh == SH_LOWER && mode == MODE_LOWER && k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM &&
      tight(k) && rd(tShape, n) == SH_NUM && numberOpensAddress(k - 1);
    if ((sh != SH_CAP && sh != SH_UPPER && !lowerCompound) || tierOf(d) == 1 || (d & (F_TITLE | F_CUE | F_MONTH | F_CRED)) != 0) return false;
    // (the shapes first: the endings are read only before a number)
    if (rd(tShape, n) == SH_NUM) {
      // (a compound is no English word: "Brigade 2" is none)
      if (tierOf(d) != 0 || (!endsWithAny(k, STREET_ENDINGS, 3) && !endsStrasse(k) && !endsVagen(k))) return false;
    } else {
      // "Villacher Strasse 89": the type as a word of its own
      if (rd(tShape, n) == sh && n + 1 < count && rd(tShape, n + 1) == SH_NUM && tight(n) &&
        (wordIn(n, "\u0007strasse\u0005gasse\u0005allee\u0005platz") || endsStrasse(n))) n++;
      else {
        // "Király u. 15.", "Victor Hugo u. 49", "Trenerys gate 232": one or two names, then a type written after them
        const t = typeAfterName(k, sh);
        if (t == 0) return false;
        n = t + 1;
        numGap = periodAfterType(t, n);
      }
    }
  }
  if (n >= count || rd(tShape, n) != SH_NUM || !(numGap || tight(n)) || rd(tEnd, n) - rd(tStart, n) > 4) return false;
  let first = k;
  if (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM && tight(k) && rd(tDone, k - 1) == 0) first = k - 1;
  spanDone(rd(tStart, first), rd(tEnd, n), ENTITY_LOCATION, 800, R_ADDRESS, first, n);
  startTail(n);
  return true;
}

// ---- US rural and military mail (self-contained: routeBox, militaryPost) ----

/** Designators of a box line that is no post office box: rural route, highway contract, military unit and post. */
const ROUTE_BOX = "\u0002rr\u0002hc\u0003psc\u0003cmr\u0004unit";
/** Ship prefixes of fleet mail ("USNS Bergman\nFPO AE 12345"). */
const SHIPS = "\u0003uss\u0004usns\u0005uscgc\u0004usnv\u0004usnh";

/**
 * "Box" (token k) closes a rural-route or military box line: "RR 2 Box 45", "HC 68 Box 12", "Rural Route 3, Box 12A",
 * "PSC 0413, Box 8144", "CMR 402 Box 1234", "Unit 4719 Box 7394": a designator, its number, then Box. Returns the
 * start byte of the line, or 0xffffffff.
 */
function routeBox(k: u32): u32 {
  if (k < 2 || !exists(k - 2) || rd(tShape, k - 1) != SH_NUM || !tight(k - 1) ||
    (rd(tGap, k) & (G_NEWLINE | G_FAR | G_OTHER)) != 0 || ((rd(tGap, k) & G_SENT) != 0)) return 0xffffffff;
  const q = k - 2;
  if (rd(tShape, q) == SH_LOWER && modeAt(q) != MODE_LOWER) return 0xffffffff;
  if (wordIn(q, ROUTE_BOX)) return rd(tStart, q);
  // "Rural Route 3", "Star Route 3"
  if (q > 0 && exists(q - 1) && tight(q) && wordIn(q, "\u0005route") && wordIn(q - 1, "\u0005rural\u0004star")) return rd(tStart, q - 1);
  return ruralRouteLoc40(q) ? rd(tStart, q) : 0xffffffff;
}

// (stop 40, loc40) a rural route's designator written short or alone before its number and "Box": rt rte route rfd hcr
const ROUTE_WORDS40 = "\u0002rt\u0003rte\u0005route\u0003rfd\u0003hcr";

/**
 * (stop 40, loc40) Token q, "Rt", "Rte", "Route", "RFD" or "HCR", opens a rural route's box line that routeBox() reads
 * at its "Box" (its number and the box's after): "Rt 1 Box 77, Kettle Falls", "RT 2 BOX 419-A", "route 3 box 114",
 * "RFD 2 Box 9". The box's number is what says it: "route 1 of administration", "on Rt 9 near" have none. A "Loc" rule.
 */
function ruralRouteLoc40(q: u32): bool {
  return wordIn(q, ROUTE_WORDS40) && (rd(tShape, q) != SH_LOWER || modeAt(q) == MODE_LOWER);
}

/**
 * (stop 40, loc40) After a box's number (token n), one letter glued by a hyphen is the box's own: "Box 419-A", "PO BOX
 * 12-B". Returns the token that ends the box's number.
 */
function boxLetterLoc40(n: u32): u32 {
  const m = n + 1;
  if (m >= count || rd(tGap, m) != G_HYPHEN || rd(tStart, m) != rd(tEnd, n) + 1 || rd(tEnd, m) - rd(tStart, m) != 1 ||
    !isAlphaShape(rd(tShape, m))) return n;
  // (the letter closes the box: a comma, the line's end, a blank and a word; "Box 12-A1" is a code)
  const e = rd(tEnd, m);
  return e >= inLen || byteAt(e) == 0x2c || byteAt(e) == 0x20 || byteAt(e) == 0x0a || byteAt(e) == 0x0d || byteAt(e) == 0x2e ? m : n;
}

/**
 * Token k is a military post office ("APO", "FPO", "DPO"; known places of the US city list) before its region code
 * ("AA", "AE", "AP") and a 5-digit ZIP: reports the two as an address, with the line before when it is a ship ("USNS
 * Bergman", "USS Mahler") or a box line already reported (routeBox). The ZIP is left to the ZIP scanner in capitals;
 * in lower case ("fpo ae 44941") the scanner does not know the code, so the address takes it.
 */
function militaryPost(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  if (!wordIn(k, "\u0003apo\u0003fpo\u0003dpo") || !wordIn(k + 1, "\u0002aa\u0002ae\u0002ap") || !tight(k + 1) ||
    rd(tShape, k + 2) != SH_NUM || rd(tEnd, k + 2) - rd(tStart, k + 2) != 5 || !tight(k + 2)) return false;
  const lower = sh == SH_LOWER && rd(tShape, k + 1) == SH_LOWER;
  if (!lower && (sh != SH_UPPER || rd(tShape, k + 1) != SH_UPPER)) return false;
  let s = rd(tStart, k);
  // a ship on the line before (or earlier on the same line): the prefix and at most three words
  let j = k;
  for (let n: u32 = 0; n < 4 && j > 0 && exists(j - 1) && linked(j); n++) {
    j--;
    if (wordIn(j, SHIPS) && rd(tShape, j) == sh) {
      s = rd(tStart, j);
      break;
    }
    if ((rd(tGap, j) & (G_NEWLINE | G_START)) != 0) break;
  }
  const last = lower ? k + 2 : k + 1;
  spanDone(s, rd(tEnd, last), ENTITY_LOCATION, 850, R_ADDRESS, k, last, true);
  return true;
}

/** Verbs whose "with" names a person ("spoke with Ann"); others name a thing ("treated with Unasyn", "seen with CT"). */
const CONVERSE_VERBS = "\u0005spoke\u0006talked\u0009discussed\u0003met\u0009consulted\u0007visited\u0008reviewed\u000baccompanied\u0009conferred";

// units and counts a number is given in, never the first word of a street's name
const DOSE_UNITS = "\u0002mg\u0003mcg\u0001g\u0002kg\u0002ml\u0001l\u0004unit\u0005units\u0002iu\u0003meq\u0004mmol\u0003tab\u0004tabs\u0007tablets\u0004caps\u0005puffs\u0005drops\u0005hours\u0003hrs\u0004days\u0005weeks\u0004mins\u0007minutes\u0005times\u0001x\u0003lbs\u0002cc";
/** Abbreviated street types that are no clinical abbreviation or common word in lower case (unlike st, dr, ct, ln). */
const STRONG_ABBR = "\u0003ave\u0004blvd\u0002rd\u0004pkwy\u0003hwy\u0003ter\u0003cir\u0003trl\u0003plz\u0003aly\u0004xing\u0004tpke\u0004cres\u0004expy\u0003fwy";
const RESIDE_VERBS = "\u0004live\u0005lives\u0006living\u0005lived\u0006reside\u0007resides\u0007resided\u0008residing\u0004stay\u0005stays\u0007staying\u0005moved";

/**
 * Number token j is the last group of a telephone number ("555-0156", "555.0156": four digits glued by a hyphen or a
 * period to three), no house
 * number: "CALL 555-0156 OR PAGE DR. SMITH" is no street "OR PAGE DR." (a range of house numbers, "12-14 MAIN ST", stays).
 */
function phoneTail(j: u32): bool {
  return j > 0 && exists(j - 1) && rd(tEnd, j) - rd(tStart, j) == 4 && rd(tShape, j - 1) == SH_NUM &&
    rd(tEnd, j - 1) - rd(tStart, j - 1) == 3 && rd(tStart, j) == rd(tEnd, j - 1) + 1 &&
    (byteAt(rd(tEnd, j - 1)) == 0x2d || byteAt(rd(tEnd, j - 1)) == 0x2e);
}

/**
 * In ALL CAPS, a short house number before English street words ("8 CRANBERRY BOG LANE", "5 LANTERN WAY") is an
 * address only in an address's frame: the number opens a line, a field or a parenthesis (after a newline, a colon, a
 * comma, "(", "lives at" or "home at") and the street type closes it (a comma or a line end follows, then a word or a number: the town, the
 * unit, the next line). "TAKE 2 PUFFS ... WAY" in a sentence stays text.
 */
function capsAddressFrame(j: u32, k: u32): bool {
  const g = rd(tGap, j);
  // (a dose or a count is no house number: "(2 PUFFS EVERY WAY, DAILY)")
  if (wordIn(j + 1, DOSE_UNITS)) return false;
  // (or an opening parenthesis: "FROM HOME (44 QUARRY LN, AVON)")
  const opened = (g & (G_NEWLINE | G_START | G_COLON | G_COMMA)) != 0 || houseNumberOfResidence(j) ||
    (j >= 2 && exists(j - 2) && wordIn(j - 1, "\u0002at") && wordIn(j - 2, "\u0004home")) ||
    punctBefore(rd(tStart, j)) == 0x28;
  let last = k;
  if (k + 1 < count && exists(k + 1) && (rd(tData, k + 1) & F_DIRECTION) != 0 && tight(k + 1)) last = k + 1;
  if (last + 1 >= count) return opened;
  if (!exists(last + 1)) return false;
  const ng = rd(tGap, last + 1);
  if (opened && (ng & (G_COMMA | G_NEWLINE)) != 0 && (ng & (G_FAR | G_OTHER)) == 0 && rd(tShape, last + 1) != SH_LOWER) return true;
  // (round 17: or its town after it, with no frame before the number: "AT 34 LARCH LANE IN SHREWSBURY", "HOME 88
  // CRANBERRY BOG RD, SOUTH WELLFLEET")
  return capsStreetTown(last);
}

/**
 * In ALL CAPS, a town closes the street ending at token t: after a comma (a town of the gazetteer or a word no list
 * has, or a compass word and one: "RD, SOUTH WELLFLEET") or after "IN" ("LANE IN SHREWSBURY"). Reads at most t + 2.
 */
function capsStreetTown(t: u32): bool {
  const n = t + 1;
  const ng = rd(tGap, n);
  if ((ng & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0 || rd(tShape, n) != SH_UPPER) return false;
  if ((ng & G_COMMA) != 0) return townAhead(n) && tierOf(rd(tData, n)) != 1 || wordIn(n, TOWN_PREFIXES) && n + 1 < count && tight(n + 1) && townAhead(n + 1);
  // (stop 31: after "IN" a compass word and a town too, as after the comma: "LANE IN NORTH HAVERLY")
  if (!(tight(n) && wordIn(n, "\u0002in") && n + 1 < count && tight(n + 1) && (townAhead(n + 1) && tierOf(rd(tData, n + 1)) != 1 ||
    wordIn(n + 1, TOWN_PREFIXES) && n + 2 < count && tight(n + 2) && townAhead(n + 2) && tierOf(rd(tData, n + 2)) != 1))) return false;
  // ("IN" is the preposition here, not Indiana's code for the address tail: the town is found on its own)
  wr(tDone, n, 0xfd);
  return true;
}

/**
 * (stop 38) Token m, among a street's words before its type k, is a determiner or a pronoun ("on the main road", "on his
 * road", "lives on his old road"): not "new" or "old" before another of its words, which name the street with it
 * ("pharmacy on new boston rd.", "ON OLD STAGE RD").
 */
function streetDeterminer38(m: u32, k: u32): bool {
  if (!wordIn(m, HOME_DETERMINERS) && !wordIn(m, "\u0003the")) return false;
  return m + 1 >= k || !wordIn(m, "\u0003new\u0003old");
}

/**
 * In ALL CAPS or lower case, a street named after "ON" (tokens q+1..k, k its type) without a residence verb, in a
 * place's frame: a town follows after "IN" or a comma, or a line ends the street ("CVS ON MAIN ST IN SHREWSBURY",
 * "ROOMING HOUSE ON CHESTNUT HILL AVE IN BRIGHTON", "walgreens on boston post road, sudbury"); no determiner or pronoun
 * among its words ("ON THE SAME ROAD IN", "ON HIS WAY, HE").
 */
function streetClosed(q: u32, k: u32): bool {
  for (let m = q + 1; m < k; m++) if (streetDeterminer38(m, k)) return false;
  if (k + 1 >= count) return false;
  const g = rd(tGap, k + 1);
  if ((g & G_NEWLINE) != 0) return (g & G_FAR) == 0 && k + 1 - q >= 2;
  if ((g & (G_FAR | G_OTHER | G_SENT)) != 0 || rd(tShape, k + 1) != rd(tShape, k)) return false;
  if ((g & G_COMMA) != 0) return townAhead(k + 1);
  return tight(k + 1) && wordIn(k + 1, "\u0002in") && k + 2 < count && tight(k + 2) && rd(tShape, k + 2) == rd(tShape, k) &&
    townAhead(k + 2);
}

/** Token t can open a town's name: a place of the dictionaries or a word no list has. */
function townAhead(t: u32): bool {
  const d = rd(tData, t);
  return (placeStr(d) > 0 || (tierOf(d) == 0 && rd(tEnd, t) - rd(tStart, t) >= 4 && !medicalShape(t))) &&
    (d & (F_NOT_NAME | F_CRED | F_TITLE | F_MONTH)) == 0;
}

/** A house number at j introduced as where someone lives: "lives at 9", "moved to 9", "address is 9", "address: 9", "lives with his wife at 9". */
function houseNumberOfResidence(j: u32): bool {
  if (j == 0 || !exists(j - 1)) return false;
  // (stop 36: the three lists asked of j - 1 below, their masks ORed in one record first)
  if (!anyMay(j - 1, ANY_HOME, "\u0007address", "\u0002is", "\u0002at\u0002on\u0004near\u0002to", "\u0002is")) return false;
  if (wordIn(j - 1, "\u0007address")) return true;
  if (j == 1 || !exists(j - 2)) return false;
  if (wordIn(j - 1, "\u0002is")) return wordIn(j - 2, "\u0007address");
  if (!wordIn(j - 1, "\u0002at\u0002on\u0004near\u0002to")) return false;
  // (or the verb earlier in the clause, with whom between: "LIVES WITH HIS WIFE AT 44 LIGHTHOUSE ROAD")
  return wordIn(j - 2, RESIDE_VERBS) || (wordIn(j - 1, "\u0002at") && residenceBefore(j - 1, RESIDE_VERBS));
}

/**
 * A facility head within the next three tight capitalised words after k (up to k + LOOK_AHEAD): the words after a
 * name's comma open a facility's name, no given name ("Dr. Penhaligon, Salem Hospital", "SMITH, MERCY HOSPITAL").
 */
function facilityNameAfter(k: u32): bool {
  for (let m = k + 1; m <= k + LOOK_AHEAD && m < count && tight(m); m++) {
    const md = rd(tData, m);
    if (((md | rd(tMw2, m) | rd(tMw3, m)) & F_FACILITY) != 0 && (md & F_ORG) != F_ORG) return true;
    const ms = rd(tShape, m);
    // (a connective ends the look: "SMITH, JOHN AT MERCY HOSPITAL" is a name, then where he works)
    if ((ms != SH_CAP && ms != SH_UPPER) || (tierOf(md) == 1 && nameStr(m) == 0 && placeStr(md) == 0 && (md & F_FAC_MOD) == 0)) return false;
  }
  return false;
}

/** Generational suffixes after a name: Jr, Sr, II, III, IV. */
function isNameSuffix(k: u32): bool {
  const s = rd(tStart, k);
  const len = rd(tEnd, k) - s;
  const a = byteAt(s) | 0x20;
  const b = len > 1 ? byteAt(s + 1) | 0x20 : 0;
  if (len == 2) return (a == 0x6a && b == 0x72) || (a == 0x73 && b == 0x72) || (a == 0x69 && b == 0x69) || (a == 0x69 && b == 0x76);
  return len == 3 && a == 0x69 && b == 0x69 && (byteAt(s + 2) | 0x20) == 0x69;
}

// one literal: a concatenation would allocate at start-up (the core never allocates; scripts/embed-wasm.mjs checks)
const ADDRESS_VERBS = "\u0004said\u0004says\u0007shouted\u0006yelled\u0008screamed\u0006smiled\u0005waved\u0006winked\u0006stared\u0006glared\u0007laughed\u0009whispered\u0007replied\u0005wrote\u0006talked\u0005spoke\u0009explained\u0006nodded\u0007pointed\u0006looked";

// ---- Organisations (self-contained: legalName, firmList, surnamePair) ----

/** Legal forms of a company: the words before one name an organisation even when they are English words. */
const LEGAL_FORMS = "\u0003inc\u000cincorporated\u0003llc\u0003llp\u0003ltd\u0004corp\u000bcorporation\u0003plc\u0004gmbh";

/**
 * The head of an organisation (token last, walked back to jWalk over capitalised words) is a legal form: returns the
 * first word of the name (a number before it joins: "3 Round Stones Inc"), or k when there is none. Articles and
 * lower-case words before the name are left out ("The Lending Club Ltd" from "Lending").
 */
function legalName(jWalk: u32, k: u32, last: u32): u32 {
  if (last != k || !wordIn(k, LEGAL_FORMS)) return k;
  let j = jWalk;
  while (j < k && (rd(tShape, j) == SH_LOWER || wordIn(j, "\u0003the\u0001a\u0002an"))) j++;
  if (j >= k) return k;
  if (j > 0 && exists(j - 1) && rd(tShape, j - 1) == SH_NUM && tight(j) && rd(tEnd, j - 1) - rd(tStart, j - 1) <= 3 &&
    !(j > 1 && exists(j - 2) && rd(tShape, j - 2) == SH_NUM)) j--;
  return j;
}

/** Token m can be a founder's surname in a firm's name of shape sh: a surname at least as strong as a given name, or an unknown word. */
function founder(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  if (rd(tShape, m) != sh || (d & (CONTEXT_WORDS | F_NOT_NAME | F_EPONYM_HEAD)) != 0) return false;
  const ls = lastStr(d);
  return ls > 0 ? ls >= firstStr(d) : tierOf(d) == 0 && nameStr(m) == 0 && !medicalShape(m);
}

/** Token m can stand in a firm's name of shape sh beside two founders: a name that is no English word. */
function looseFounder(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == sh && (d & (CONTEXT_WORDS | F_NOT_NAME | F_EPONYM_HEAD)) == 0 && tierOf(d) == 0 && nameStr(m) > 0;
}

/**
 * A firm named by three founders, "Davis, Reynolds and Williamson", opening a line or after "the", "at", "from",
 * "for" or "of" (tokens k .. k + 3). A list after a colon, a comma or a person's cue names people ("our 3 founders:
 * Kónya, Becker and Vasquez"; "Drs. Allen, Baker and Castillo").
 */
function firmList(k: u32, sh: u32): bool {
  if (k + 3 >= count || !isAnd(k + 2)) return false;
  const g1 = rd(tGap, k + 1);
  if ((g1 & G_COMMA) == 0 || (g1 & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0 || !tight(k + 2) || !tight(k + 3)) return false;
  // (two founders must be surnames at least as strong as given names; the third may be a given name that is no English
  // word: "Owens, Duran and Oneal", "Lopez, Santos and Coleman"; "Mary, John and Peter" are people)
  const strict = (founder(k, sh) ? 1 : 0) + (founder(k + 1, sh) ? 1 : 0) + (founder(k + 3, sh) ? 1 : 0);
  if (strict < 2 || (strict == 2 && !(looseFounder(k, sh) && looseFounder(k + 1, sh) && looseFounder(k + 3, sh)))) return false;
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_START)) != 0 && (g & (G_COMMA | G_SENT | G_COLON)) == 0) return true;
  return k > 0 && exists(k - 1) && tight(k) && wordIn(k - 1, "\u0003the\u0002at\u0004from\u0003for\u0002of");
}

/**
 * A firm named by two surnames joined by a hyphen, alone on its line as in a signature block or a letterhead
 * ("Megan Carey\nWeber-Santana\nUSNS Bergman"): the second part is a surname at least as strong as a given name
 * ("Jean-Luc" and "Anne-Lotte" are given names), no third part. In a sentence such pairs are as often eponyms
 * ("Guillain-Barre was suspected", "Kaplan-Meier analysis"): left to the name rules. Mixed case only.
 */
function surnamePair(k: u32): bool {
  if (k + 1 >= count || rd(tGap, k + 1) != G_HYPHEN || rd(tShape, k + 1) != SH_CAP) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || (nameStr(k) == 0 && tierOf(d) != 0) || !founder(k + 1, SH_CAP) ||
    lastStr(rd(tData, k + 1)) == 0) return false;
  // alone on its line (or last in the input)
  if ((rd(tGap, k) & (G_NEWLINE | G_START)) == 0 || (rd(tGap, k) & (G_COMMA | G_SENT | G_COLON)) != 0) return false;
  return k + 2 >= count || (rd(tGap, k + 2) & G_NEWLINE) != 0;
}

// ---- Organisations and streets of international prompts (intl11; self-contained: strictFounders, unknownCap,
// letterheadOrg, affiliationOrg, residenceStreet) ----

/** Token m is a capitalised word no word list has (no English word, no name, no place), 3 letters or more. */
function unknownCap(m: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == SH_CAP && tierOf(d) == 0 && nameStr(m) == 0 && placeStr(d) == 0 && (d & (CONTEXT_WORDS | F_NOT_NAME)) == 0 &&
    rd(tEnd, m) - rd(tStart, m) >= 3 && !medicalShape(m);
}

/** Token m is a designator that opens a mail line: a house number, a PO or military box, a unit, a ship. */
function mailLineOpens(m: u32): bool {
  return rd(tShape, m) == SH_NUM || (rd(tData, m) & (F_BOX | F_UNIT)) != 0 || wordIn(m, "\u0002po\u0003psc\u0003cmr\u0004unit\u0003uss\u0004usns\u0005uscgc");
}

/**
 * A signature block or letterhead: a line of one to three capitalised words between a line holding only a person's
 * name and a mail line (a house number, a box, a unit) is the person's organisation ("Dreux Joly\nPaxata\nPSC 3294,
 * Box 1", "Oline Mikaelsen\nRoadify Transit\n772 ul. Narewska 94"). One word no list has, or an organisation head,
 * is needed: a job title made of English words is no organisation ("Jane Roe\nSales Manager\n12 Main St"), nor is a
 * town. Returns the line's last token, or 0.
 */
function letterheadOrg(k: u32): u32 {
  if (k == 0 || !exists(k - 1) || !signerToken28(k - 1)) return 0;
  const g = rd(tGap, k);
  if ((g & G_NEWLINE) == 0 || (g & (G_FAR | G_COMMA | G_COLON)) != 0) return 0;
  // the line before holds the name only (at most four tokens, every one decided a name), and its credential (stop 28:
  // "Harriet Quimby-Osei, MD\nRavensworth Internal Medicine\n22 Bellflower Court"; at most five tokens then)
  let j = k - 1;
  for (let steps: u32 = 0; steps < 5 && (rd(tGap, j) & (G_NEWLINE | G_START)) == 0; steps++) {
    if (j == 0 || !exists(j - 1) || !signerToken28(j - 1)) return 0;
    j--;
  }
  if ((rd(tGap, j) & (G_NEWLINE | G_START)) == 0 || rd(tDone, j) != ENTITY_NAME || (k - j > 4 && (rd(tData, k - 1) & F_CRED) == 0 &&
    rd(tShape, k - 1) != SH_INITIAL)) return 0;
  let last = k;
  let evidence = false;
  for (let m = k; m < count && m <= k + 2; m++) {
    if (m > k && !tight(m)) break;
    const md = rd(tData, m);
    const ms = rd(tShape, m);
    if ((ms != SH_CAP && ms != SH_UPPER) || (md & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_STATE | F_COUNTRY)) != 0) return 0;
    // (a hospital or clinic on that line is the facility rule's: "Jane Roe\nQuorvale Hospital\n12 Main St")
    // (stop 28: or a facility's phrase, "Greenbriar Family Practice", now that a credential may end the line before)
    if (((md | rd(tMw2, m)) & F_FACILITY) != 0 && (md & F_ORG) != F_ORG) return 0;
    if (unknownCap(m) || (m > k && (md & F_ORG) == F_ORG)) evidence = true;
    last = m;
  }
  if (!evidence || wordIn(last, OCCUPATIONS)) return 0;
  const n = last + 1;
  // (a mail line after it, or a capitalised word opening the next line: the name again in a quoted signature)
  if (n >= count || (rd(tGap, n) & G_NEWLINE) == 0 || (rd(tGap, n) & G_FAR) != 0) return 0;
  // (there a job title is as likely as an organisation: "Cormac Allan\nEchocardiographer\nPlaceilivecom")
  return mailLineOpens(n) || ((rd(tShape, n) == SH_CAP || rd(tShape, n) == SH_UPPER) && rd(tShape, k) == SH_CAP && last == k &&
    !endsWithAny(k, OCCUPATION_ENDINGS, 4)) ? last : 0;
}

/** Endings of job titles ("Echocardiographer", "Sonographer", "Radiologist", "Technician", "Coordinator", "Consultant"). */
const OCCUPATION_ENDINGS = "\u0002er\u0002or\u0003ist\u0003ian\u0003ant\u0003ent";

/** Words before "of" that name a person's organisation after it: "the CEO of Lexisnexis", "a founder of Opencounter". */
// (and what only an organisation has: "the headquarters of Evidera", "the address of Persint is"; see affiliationOrg)
const AFFILIATION_HEADS = "\u0003ceo\u0003cto\u0003cfo\u0003coo\u0007founder\u0009cofounder\u0009president\u0008chairman\u000achairwoman\u0008employee\u0009employees\u000cheadquarters\u0007offices\u0007website\u0007address";
/** Periods of work or study before "at" ("spent a year at Teradata", "the following year at Sigfig"). */
const STINT_WORDS = "\u0004year\u0005years\u0005month\u0006months\u0008semester\u0006summer\u000ainternship\u0005stint\u0006career";
/** What belongs to an organisation after its name: "the Avalara office", "according to the Costquest website". */
const ORG_TAILS = "\u0006office\u0007offices\u0007website\u0004site\u000cheadquarters\u0002hq\u0003ceo\u0007founder\u0008founders\u0009employees\u0003app";

/**
 * A word no list has, in an organisation's frame: after "at" following a period of work ("spent a year at Teradata"),
 * before "in" and a capitalised town ("at Numedii in Cheb"), after "from"/"of" right after a person's name ("Tom
 * Holzman from Predilytics", "Rościsław Dudek of Lexisnexis"), after "CEO/founder/employee of", or between "the" and
 * an organisation's office, website or headquarters ("the Avalara office"). A second and third capitalised word join
 * ("Balefire Global", "Roadify Transit"). A known town keeps its place ("John Smith from Springfield"). Returns the
 * last token, or 0.
 */
function affiliationOrg(k: u32): u32 {
  if (k < 1 || !exists(k - 1) || !tight(k)) return 0;
  // (or two surnames joined by a hyphen after a stint or a person, as law and consulting firms are named: "Zargan
  // Vedzizhev from Garcia-Roberson", "spent a year at Weeks-Rivas")
  if (!unknownCap(k)) {
    if (k < 2 || k + 1 >= count || rd(tGap, k + 1) != G_HYPHEN || rd(tShape, k) != SH_CAP || rd(tShape, k + 1) != SH_CAP ||
      lastStr(rd(tData, k)) == 0 || lastStr(rd(tData, k + 1)) == 0 || !founder(k + 1, SH_CAP) || !exists(k - 2) ||
      (rd(tGap, k) & (G_NEWLINE | G_SENT | G_FAR)) != 0 || !tight(k - 1)) return 0;
    if (k + 2 < count && rd(tGap, k + 2) == G_HYPHEN) return 0;
    const stint = wordIn(k - 1, "\u0002at") && wordIn(k - 2, STINT_WORDS);
    const person = wordIn(k - 1, "\u0004from\u0002of") && rd(tDone, k - 2) == ENTITY_NAME &&
      (rd(tShape, k - 2) == SH_CAP || rd(tShape, k - 2) == SH_UPPER);
    return stint || person ? k + 1 : 0;
  }
  let last = k;
  for (let m = k + 1; m < count && m <= k + 2 && tight(m) && rd(tShape, m) == SH_CAP &&
    (rd(tData, m) & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_NOT_NAME)) == 0 && placeStr(rd(tData, m)) == 0; m++) {
    // (a facility's head is the facility rule's: "HD at Fresenius Dialysis in Quincy")
    if ((rd(tData, m) & F_FACILITY) != 0 && (rd(tData, m) & F_ORG) != F_ORG) return 0;
    last = m;
  }
  const p = k - 1;
  if (wordIn(p, "\u0003the")) {
    // (the tail must be within the look-ahead: "the X office", "the X Y website")
    const t = last + 1;
    return t < count && t <= k + 3 && tight(t) && rd(tShape, t) == SH_LOWER && wordIn(t, ORG_TAILS) ? last : 0;
  }
  if (k < 2 || !exists(k - 2) || (rd(tGap, k) & (G_NEWLINE | G_SENT | G_FAR)) != 0 || !tight(p)) return 0;
  if (wordIn(p, "\u0002at")) {
    if (wordIn(k - 2, STINT_WORDS)) return last;
    const t = last + 1;
    return t + 1 < count && t + 1 <= k + 3 && tight(t) && wordIn(t, "\u0002in") && tight(t + 1) &&
      (rd(tShape, t + 1) == SH_CAP || rd(tShape, t + 1) == SH_UPPER) && (rd(tData, t + 1) & (F_MONTH | F_TITLE)) == 0 ? last : 0;
  }
  if (!wordIn(p, "\u0004from\u0002of")) return 0;
  // ("the address of X" names an organisation before "is": "the address of Persint is 6750 ..."; a person's name is a
  // name, "the address of Dalmatinova 68" a street)
  if (wordIn(p, "\u0002of") && wordIn(k - 2, AFFILIATION_HEADS)) return !wordIn(k - 2, "\u0007address") ||
    (last + 1 < count && last + 1 <= k + 3 && tight(last + 1) && wordIn(last + 1, "\u0002is\u0003was")) ? last : 0;
  return rd(tDone, k - 2) == ENTITY_NAME && (rd(tShape, k - 2) == SH_CAP || rd(tShape, k - 2) == SH_UPPER) ? last : 0;
}

/**
 * A street line without a street type in a residence frame: one or two capitalised names (one no core English word),
 * a Romance article allowed inside, then a house number of at most 4 characters that closes the clause ("lives at
 * Dalmatinova 68.", "moved to Pod Floriánem 1677", "address is Joaquin Suarez 2906,"). "lives at Home 5 days a week"
 * stays prose. Returns the number's token, or 0.
 */
function residenceStreet(k: u32, sh: u32): u32 {
  if ((sh != SH_CAP && sh != SH_UPPER) || !houseNumberOfResidence(k)) return 0;
  let n = k;
  let words: u32 = 0;
  let unknown = false;
  while (n < count && n <= k + 2) {
    if (n > k && !tight(n)) return 0;
    const ns = rd(tShape, n);
    const nd = rd(tData, n);
    if (ns == SH_NUM) break;
    if (n > k && ns == SH_LOWER && wordIn(n, STREET_ARTICLES)) {
      n++;
      continue;
    }
    if ((ns != SH_CAP && ns != SH_UPPER) || (nd & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_NOT_NAME | F_UNIT | F_BOX | F_STATE | F_COUNTRY)) != 0) return 0;
    if (tierOf(nd) != 1) unknown = true;
    words++;
    n++;
  }
  if (words == 0 || !unknown || n >= count || n > k + 3 || rd(tShape, n) != SH_NUM || !tight(n) || rd(tEnd, n) - rd(tStart, n) > 4) return 0;
  // the number closes the clause: the input's end, a comma, a period, a line's end, or the word "street" after it
  if (n + 1 >= count) return n;
  if (n + 1 <= k + 3) {
    const g = rd(tGap, n + 1);
    return (g & (G_NEWLINE | G_COMMA | G_SENT | G_PERIOD)) != 0 || wordIn(n + 1, "\u0006street\u0002st\u0003str") ? n : 0;
  }
  const e = rd(tEnd, n);
  if (e >= inLen) return n;
  return closesClause(punctAfter(e)) ? n : 0;
}

/** Byte b (punctAfter's) closes a clause: a comma, a period, a semicolon, a line's end or a closing bracket. */
// @ts-ignore: decorator
@inline function closesClause(b: u32): bool {
  return b == 0x2c || b == 0x2e || b == 0x3b || b == 0x0a || b == 0x0d || b == 0x29;
}

/**
 * Token p has the length and first letter of an employment cue's last word ("at", "by", "for", "the", "from",
 * "employer"): afterWorkCue's cheap first test.
 */
// @ts-ignore: decorator
@inline function workCueShape(p: u32): bool {
  const s0 = rd(tStart, p);
  const len = rd(tEnd, p) - s0;
  const c = byteAt(s0) | 0x20;
  // (at by to; for the via; from with; employer pharmacy; payer; insurer through; insurance; consult: afterWorkCue's cues,
  // ORG_LABELS and serviceProvider's)
  return len == 2 ? c == 0x61 || c == 0x62 || c == 0x74 : len == 3 ? c == 0x66 || c == 0x74 || c == 0x76 : len == 4 ? c == 0x66 || c == 0x77 :
    len == 8 ? c == 0x65 || c == 0x70 || c == 0x72 : len == 5 ? c == 0x70 : len == 7 ? c == 0x69 || c == 0x74 || c == 0x63 : len == 9 && c == 0x69;
}

/**
 * (org29) Token p has the length and first letter of the last word of orgFrameBefore29's frames ("of", "in", "at",
 * "by", "the", "for", "via", "with", "from", "through", "attend", "attends", "attended"): quiet()'s cheap first test.
 */
// @ts-ignore: decorator
@inline function frameWordShape29(p: u32): bool {
  const s0 = rd(tStart, p);
  const len = rd(tEnd, p) - s0;
  const c = byteAt(s0) | 0x20;
  return len == 2 ? c == 0x61 || c == 0x62 || c == 0x6f || c == 0x69 : len == 3 ? c == 0x66 || c == 0x74 || c == 0x76 :
    len == 4 ? c == 0x66 || c == 0x77 : len == 7 ? c == 0x74 || c == 0x61 : (len == 6 || len == 8) && c == 0x61;
}

/**
 * Token k is addressed by a speech or gesture verb through "at" or "to": "shouted at Gary", "smiled at Jordan", "said
 * Felix to Linda". A dictionary name there is a person even when it is also a city.
 */
function addressee(k: u32): bool {
  if (k < 2 || !exists(k - 2) || !wordIn(k - 1, "\u0002at\u0002to")) return false;
  let v = k - 2;
  // "said Felix to Linda": skip the speaker already decided as a name
  if (rd(tDone, v) == ENTITY_NAME && v > 0 && exists(v - 1)) v--;
  if (rd(tShape, v) != SH_LOWER && rd(tShape, v) != SH_CAP) return false;
  return wordIn(v, ADDRESS_VERBS);
}

/**
 * Token k follows an employment cue: "works for", "worked at", "employed by", "retired from" (optionally "the" before
 * k), or "employer:". The capitalised words after it are an organisation ("works at Home Depot").
 */
function afterWorkCue(k: u32): bool {
  if (k < 1 || !exists(k - 1)) return false;
  // (every cue word and "the" has 2-9 letters: the length before the word lists)
  const l1 = rd(tEnd, k - 1) - rd(tStart, k - 1);
  if (l1 < 2 || l1 > 9) return false;
  let p = k - 1;
  if (wordIn(p, "\u0003the") && p >= 1 && exists(p - 1)) p--;
  if ((rd(tGap, p + 1) & (G_NEWLINE | G_SENT | G_FAR | G_COMMA)) != 0 && !((rd(tGap, p + 1) & G_COLON) != 0 && wordIn(p, ORG_LABELS))) return false;
  // (after a payer's label, the next field's label is none: "Insurance: Policy #: VYC082859716", "Payer: Member ID")
  if (wordIn(p, "\u0008employer") || ((rd(tGap, p + 1) & G_COLON) != 0 && wordIn(p, ORG_LABELS))) return !((k + 1 < count &&
    (rd(tGap, k + 1) & (G_COLON | G_HASH)) != 0) || wordIn(k, "\u0006policy\u0006member\u000asubscriber\u0005group\u0002id\u0007account") ||
    // (a registration form's "Employer: Retired", "Employer: Unemployed", "Insurance: None" names no organisation)
    wordIn(k, NO_EMPLOYER));
  // (stop 36: what follows needs p among the prepositions of serviceProvider(), jobFrame() and the last test, their
  // masks ORed in one record first, or the bracket of serviceProvider()'s other branch)
  if (!anyMay(p, ANY_WORK, "\u0002to\u0003via\u0007through\u0004with\u0004from", "\u0002at\u0003for\u0002by", "\u0002at\u0003for\u0002by",
    "\u0002at\u0003for\u0002by") && !(p == k - 1 && (gapMarks(k) & GM_PAREN) != 0 && (rd(tGap, k) & (G_NEWLINE | G_FAR)) == 0)) return false;
  // (a hospice's, home care's or infusion's provider: "Hospice referral to Care Dimensions", "OPAT VIA OPTION CARE")
  if (p == k - 1 && serviceProvider(p, k)) return true;
  // (round 16: a job's or an occupation's "with", a driver's "for": jobFrame())
  if (p == k - 1 && jobFrame(p, k)) return true;
  if (!wordIn(p, "\u0003for\u0002at\u0002by\u0004from")) return false;
  // (nor a bracket between: "SON VIKRAM (ATTORNEY) AT BEDSIDE" describes the son, and "at" tells where he is)
  if (p == 0 || !exists(p - 1) || (rd(tGap, p) & (G_NEWLINE | G_SENT | G_FAR | G_COMMA | G_OTHER)) != 0) return false;
  const v = p - 1;
  // (stop 28: and after a retired or former worker, or a lay-off: "retired machinist from Ostrander Tool & Die", "was
  // laid off from Cranmore Mills", "let go from Gorton's")
  if (wordIn(p, "\u0004from")) return wordIn(v, "\u0007retired") || fromFormerJob28(v);
  // an occupation right before "at"/"for" names the employer without a verb ("truck driver for Ryder", "software
  // engineer at Akamai"; "by" is left out: "seen by", "evaluated by" name people)
  // (a lone core English word is no employer there: "the volunteer at Home")
  // (so does a credential after the person's name: "Grainne Foley, LMHC at Bay Cove")
  if (!wordIn(p, "\u0002by") && (((rd(tShape, v) == SH_LOWER || (rd(tShape, v) == SH_UPPER && (rd(tData, v) & F_CRED) == 0 &&
    modeAt(v) == MODE_CAPS)) && wordIn(v, OCCUPATIONS)) ||
    (rd(tShape, v) == SH_UPPER && (rd(tData, v) & F_CRED) != 0 && wordIn(p, "\u0002at") && !facilityAhead(k))) &&
    // (in ALL CAPS capsEmployerEnd() judges a core word: "CASHIER AT TARGET", not "TEACHER AT SCHOOL")
    (tierOf(rd(tData, k)) != 1 || (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == SH_CAP) ||
      (rd(tShape, k) == SH_UPPER && modeAt(k) == MODE_CAPS))) return true;
  // the verb may stand a few words before: "works as a cashier at", "worked 30 years for", "is employed part time by"
  let j = v;
  for (let steps: u32 = 0; steps < 5; steps++) {
    if (wordIn(j, WORK_VERBS)) return true;
    if (j == 0 || !exists(j - 1) || (rd(tGap, j) & (G_NEWLINE | G_SENT | G_FAR | G_COMMA)) != 0) return false;
    j--;
  }
  return false;
}

/** Words right after an employer's name "with" reads as a condition's, not a business's ("teacher with Lyme disease"). */
const WITH_CONDITION_WORDS = "\u0007disease\u0008syndrome\u0008disorder\u0005palsy";

/**
 * Organisations round 16 (stop 25): token p, right before k, closes an employment frame afterWorkCue() had none for:
 * "job at" / "job with" ("LOSING HER JOB AT CORNERSTONE CREDIT UNION", "left her job at First Millbridge Savings"), a
 * driver's "drives for" / "drove for" ("He drives for Green Mountain Propane"), or an occupation's "with" ("FORMER COAL
 * MINER WITH KESTREL RUN MINING", "volunteer fireman with Hollybush Hose Co."). After "with" the first word is no core
 * English word and no condition's word follows within three words ("teacher with Lyme disease", "MINER WITH BLACK
 * LUNG" stay).
 */
function jobFrame(p: u32, k: u32): bool {
  const l = rd(tEnd, p) - rd(tStart, p);
  if ((l != 2 && l != 3 && l != 4) || p == 0 || !exists(p - 1) || !tight(p) || !wordIn(p, "\u0002at\u0004with\u0003for")) return false;
  const v = p - 1;
  const vs = rd(tShape, v);
  const vl = rd(tEnd, v) - rd(tStart, v);
  if (vs != SH_LOWER && vs != SH_UPPER) return false;
  // (the verb's or the noun's length before its list: most words before "at", "with", "for" are neither)
  if ((vl == 3 && wordIn(v, "\u0003job")) || ((vl == 5 || vl == 6) && wordIn(v, "\u0006drives\u0005drove"))) {
    if (wordIn(p, "\u0003for") != (vl != 3)) return false;
    // (a core word opens the employer only with a second capitalised word, "drives for Green Mountain Propane", or in
    // ALL CAPS, where capsEmployerEnd() judges it: not "lost his job at Home", "drives for Dialysis")
    const ks = rd(tShape, k);
    return tierOf(rd(tData, k)) != 1 || (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == ks) ||
      (ks == SH_UPPER && modeAt(k) == MODE_CAPS);
  }
  if (l != 4 || tierOf(rd(tData, k)) == 1 || !wordIn(p, "\u0004with") || !wordIn(v, OCCUPATIONS)) return false;
  for (let m = k + 1; m <= k + 3 && m < count; m++) if (wordIn(m, WITH_CONDITION_WORDS)) return false;
  return true;
}

// ---- Issue 4, ALL CAPS round (caps9): employers, clinical words and initials written in capitals ----

// words that end an employer's name written in capitals: prepositions, conjunctions and the times and manners of work
// ("WORKS AT HOME DEPOT IN HOLYOKE", "AT UPS; ...", "AT HOME PART TIME", "AT NIGHT SHIFT")
const CAPS_EMPLOYER_STOPS = "\u0005after\u0006before\u0005until\u0006during\u0002in\u0002on\u0002at\u0002as\u0003for\u0003and\u0002or\u0002to\u0004from\u0002of\u0004with\u0005since\u0005where\u0003who\u0004part\u0004full\u0004time\u0005times\u0005shift\u0005night\u0006nights\u0004days\u0008weekends\u0002is\u0003was\u0003the\u0002an\u0003his\u0003her\u0005their\u0002my\u0003our";
// places and times of work that follow "works at" as plain English, never an employer by themselves ("AT HOME", "AT
// NIGHT", "AT SCHOOL", "PROFESSOR AT COLLEGE", "AT THE STORE")
const CAPS_WORK_PLACES = "\u0004home\u0005night\u0006nights\u0004work\u0006school\u0007college\u000auniversity\u0005times\u0005least\u0006church\u0005store\u0004bank\u0006office\u0007factory\u0005plant\u0004farm\u0004mall\u0004shop\u0006market\u000arestaurant\u0009warehouse\u0007daycare\u0008hospital\u0006clinic";

// clinical abbreviations and terms that are also given names, surnames or towns, written in capitals by ALL CAPS notes:
// units and times (min, max, sec), obstetrics (edd, rom: also range of motion), procedures (chole, lap), lab and
// renal shorthand (nadir, aki), review of systems and anaesthesia (ros, mac), workers' comp, species names (coli,
// pylori, aureus), anatomy (pia, carina, bursa, labrum, tunica, magna, radial)
const CAPS_CLINICAL_TERMS = "\u0003min\u0003max\u0003sec\u0003edd\u0003rom\u0005chole\u0003lap\u0005nadir\u0003aki\u0003ros\u0003mac\u0004comp\u0004coli\u0006pylori\u0006aureus\u0003pia\u0006carina\u0005bursa\u0006labrum\u0006tunica\u0005magna\u0006radial";

// the words of a letter that name its subject: "RE:", "REGARDING", "(THANK YOU FOR) REFERRING", "ATTENTION"
const CAPS_LETTER_CUES = "\u0002re\u0009regarding\u0009referring\u0009attention\u0004attn";

/** Token p has the length and first letter of one of CAPS_LETTER_CUES (capsLetterName's cheap first test). */
// @ts-ignore: decorator
@inline function letterCueShape(p: u32): bool {
  const s0 = rd(tStart, p);
  const len = rd(tEnd, p) - s0;
  const c = byteAt(s0) | 0x20;
  return (len == 2 && c == 0x72) || (len == 4 && c == 0x61) || (len == 9 && (c == 0x72 || c == 0x61));
}

/** Token m, in capitals, is no word of any list and no medical term: a surname or given name no dictionary has. */
function capsUnknownName(m: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == SH_UPPER && tierOf(d) == 0 && nameStr(m) == 0 && placeStr(d) == 0 && (d & (CONTEXT_WORDS | F_NOT_NAME)) == 0 &&
    rd(tEnd, m) - rd(tStart, m) >= 4 && !medicalShape(m);
}

/**
 * Token k and the next, two unknown words in capitals after a letter's subject cue (CAPS_LETTER_CUES; "RE" with its
 * colon), the field or clause closing after them: a person ("RE: STUNTRERO SKOILKROSS\n"); or a given name and a
 * surname closing the field (capsSurnameNext: "RE: HOPE DELACROIX   DOB:"; "RE: FOLLOWUP VISIT" has none).
 */
function capsLetterName(k: u32): bool {
  if (!wordIn(k - 1, CAPS_LETTER_CUES) || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || !tight(k + 1)) return false;
  if (wordIn(k - 1, "\u0002re") && (rd(tGap, k) & G_COLON) == 0) return false;
  if (!capsUnknownName(k)) {
    // a given name, a core word too, before a surname that closes the field: "RE: HOPE DELACROIX   DOB:"
    const d = rd(tData, k);
    return rd(tShape, k) == SH_UPPER && firstStr(d) > 0 && (d & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) == 0 &&
      rd(tEnd, k) - rd(tStart, k) >= 3 && capsSurnameNext(k, false);
  }
  if (!capsUnknownName(k + 1)) return false;
  return fieldEndsAfter(k + 1, MODE_CAPS) || (k + 2 < count && (rd(tGap, k + 2) & (G_SENT | G_COMMA)) != 0);
}

/**
 * Last token of an employer written in capitals after an employment cue (afterWorkCue(k) holds), or 0 (none): up to
 * three capital words, "&" joining them ("STOP & SHOP"), ending at a stop word or punctuation. In ALL CAPS a core
 * English word opens an employer only without "THE" before it and not as a plain place of work alone ("WORKS AT HOME
 * DEPOT", "CASHIER AT TARGET", "WORKS NIGHTS AT UPS"; not "WORKS AT HOME", "WORKS AT NIGHT", "WORKED FOR YEARS").
 */
function capsEmployerEnd(k: u32): u32 {
  // (nor a prefix and its hyphen: "OPTED FOR EX-PLANTATION", "FOR RE-EXPLORATION")
  if (wordIn(k, CAPS_EMPLOYER_STOPS) || (k + 1 < count && rd(tGap, k + 1) == G_HYPHEN && rd(tEnd, k) - rd(tStart, k) <= 3)) return 0;
  let last = k;
  let m = k + 1;
  // (round 17: nor a verb's past after it, "FROM MEDLINE DELIVERED 9/3"; an organisation's own words go on, "LIMITED",
  // "BRISK CREEK UNIFIED", "FIRST ALLIED")
  while (m < count && m <= k + 2 && (tight(m) || ampGap(m)) && rd(tShape, m) == SH_UPPER && !wordIn(m, CAPS_EMPLOYER_STOPS) &&
    (rd(tData, m) & (F_TITLE | F_CUE | F_MONTH)) == 0 && !(tierOf(rd(tData, m)) != 0 && (rd(tData, m) & F_FACILITY) == 0 &&
      endsWithAny(m, "\u0002ed", 3) && !wordIn(m, ORG_PARTICIPLES))) {
    last = m;
    m++;
  }
  // (a fourth capital word goes on: a clause, not a name)
  if (m < count && m == k + 3 && tight(m) && rd(tShape, m) == SH_UPPER && !wordIn(m, CAPS_EMPLOYER_STOPS)) return 0;
  // (a store's counter after its name is where in it, no part of it: "JOB AT MARKET BASKET DELI")
  if (last > k && wordIn(last, "\u0004deli\u0006bakery\u0009cafeteria")) last--;
  const d = rd(tData, k);
  if (tierOf(d) != 1 || nameStr(k) > 1 || placeStr(d) > 1) return last;
  // a core word: right after "AT"/"FOR"/"BY" ("AT THE STORE" is a place of work), and alone only after "AT" ("WORKED
  // FOR YEARS") or a service provider's "VIA"/"THROUGH" ("MEALS ON WHEELS THROUGH ETHOS") and no plain place of work
  // ("AT HOME")
  if (wordIn(k - 1, "\u0003the")) return 0;
  if (last == k && (!wordIn(k - 1, "\u0002at\u0003via\u0007through") || wordIn(k, CAPS_WORK_PLACES))) return 0;
  return last;
}

/** Participles that name organisations ("BRISK CREEK UNIFIED", "UNITED", "ALLIED"): capsEmployerEnd() goes on at them. */
const ORG_PARTICIPLES = "\u0007unified\u0006united\u0006allied\u0007limited\u000aassociated\u000cincorporated\u000aaffiliated\u0008advanced\u000aintegrated\u000cconsolidated\u0007insured\u0008licensed\u0009certified\u000aaccredited";

/** A facility head within tokens k..k+3 ("MD at Mercy Hospital": the facility rule names it, not the employer rule). */
function facilityAhead(k: u32): bool {
  for (let m = k; m < count && m <= k + 3; m++) if (((rd(tData, m) | rd(tMw2, m) | rd(tMw3, m)) & F_FACILITY) != 0) return true;
  return false;
}

// the values of an employer or payer field that name no organisation ("Employer: Retired", "Insurance: None")
const NO_EMPLOYER = "\u0007retired\u000aunemployed\u0008disabled\u0004self\u0004none\u0009homemaker\u0007student";
/**
 * Field labels whose value is an organisation: the employer, and in medication reconciliation and registration text
 * the pharmacy and the payer ("Preferred pharmacy: Walgreens #07512", "Primary insurance: Harvard Pilgrim Health Care",
 * "Payer: Tufts"), after a colon; "employer" alone is also read without one ("Employer Home Depot"), the others not
 * ("Pharmacy Consult Note").
 */
const ORG_LABELS = "\u0008employer\u0008pharmacy\u0005payer\u0007insurer\u0009insurance";
// (and a pharmacy's fill: "filled 7/02 at Rite Aid", "Rx fills at Walgreens")
const WORK_VERBS = "\u0004work\u0005works\u0006worked\u0007working\u0008employed\u0006filled\u0005fills";
/** Occupations that name their employer after "at"/"for" (social histories: "cashier at Market Basket"; stop 28: "lineman
 * for Ridgeback Electric Cooperative", "A SCHOOLTEACHER AT STONE COUNTY ELEMENTARY", "greeter at", "teller at"). */
const OCCUPATIONS = "\u0006driver\u0008engineer\u000bhousekeeper\u0007teacher\u0007cashier\u0007manager\u0005clerk\u0008mechanic\u000atechnician\u000aaccountant\u0006worker\u0009secretary\u000aprogrammer\u0009developer\u0007analyst\u000aconsultant\u000belectrician\u0007plumber\u0009carpenter\u0004cook\u0004chef\u0006waiter\u0008waitress\u0007janitor\u0009custodian\u0008attorney\u0006lawyer\u0009paralegal\u000creceptionist\u000apharmacist\u0009librarian\u0009bartender\u0007barista\u000adispatcher\u000asupervisor\u0007foreman\u0009professor\u0009volunteer\u0008salesman\u000bsalesperson\u0007laborer\u0008labourer\u0005guard\u000acontractor\u0007painter\u000alandscaper\u0006banker\u000dadministrator\u0009assistant\u0006intern\u000abookkeeper\u0009associate\u0005miner\u0009machinist\u0006welder\u0007fireman\u000bfirefighter\u0007lineman\u0007greeter\u000ashipfitter\u000aseamstress\u0006teller\u0007stocker\u0006roofer\u0006server\u000adishwasher\u0007butcher\u0005baker\u0006farmer\u0007rancher\u000clongshoreman\u0007trucker\u0007courier\u000bhairdresser\u0007stylist\u000dschoolteacher\u000ainstructor\u000amillwright\u000abricklayer\u0006packer\u0006loader";

/** Only blanks and one '&' between tokens k - 1 and k ("Stop & Shop"). */
function ampGap(k: u32): bool {
  let amp: u32 = 0;
  for (let i = rd(tEnd, k - 1); i < rd(tStart, k); i++) {
    const b = byteAt(i);
    if (b == 0x26) amp++;
    else if (b != 0x20) return false;
  }
  return amp == 1;
}

/** The token before k is a postcode (4-5 digits on the same line): "28014 Madrid", "75008 Paris". */
function postcodeBefore(k: u32): bool {
  const p = k - 1;
  const len = rd(tEnd, p) - rd(tStart, p);
  return rd(tShape, p) == SH_NUM && len >= 4 && len <= 5 && tight(k);
}

/** Token k is "and" (any case). */
function isAnd(k: u32): bool {
  const s = rd(tStart, k);
  return rd(tEnd, k) - s == 3 && (byteAt(s) | 0x20) == 0x61 && (byteAt(s + 1) | 0x20) == 0x6e && (byteAt(s + 2) | 0x20) == 0x64;
}

/** Starts an address tail after token `last`, the end of an address anchor (street, PO box, unit, "City, ST"). */
function startTail(last: u32): void {
  tailLast = last;
  tailLeft = TAIL_TOKENS;
  tailLines = TAIL_LINES;
  tailName = false;
  floorEnd = 0;
  tailFrom = 0;
  tailFacility = false;
  tailAgency27 = false;
  tailCross = 0;
}

/** Tokens k..last join the address tail (consumed, with the address's score and reason). */
function absorbTail(k: u32, last: u32): bool {
  // (from the previous token's end when marks of a floor and door lie between: "5º 2ª 08022")
  const s = tailFrom != 0 ? tailFrom : rd(tStart, k);
  tailFrom = 0;
  spanDone(s, rd(tEnd, last), ENTITY_LOCATION, 850, R_ADDRESS, k, last, true);
  tailLast = last;
  tailLeft--;
  return true;
}

/**
 * The rest of a street name written type first, past what the street rule could see ("Calle de la villa de marin 6",
 * "Av. puerta de hierro 47", "Calle Horno de los Bizcochos, 5"): particles, capitalised words and words no English
 * dictionary has, on the same line, then the house number (after a comma too), which ends the name. Returns true when
 * token k was absorbed; otherwise the ordinary tail rules decide it.
 */
function continueStreetName(k: u32, g: u32): bool {
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  // (a title's period is no sentence end: "Calle Dr. Joaquín Aznar Molina 2")
  if ((g & G_PERIOD) != 0 && (rd(tData, k - 1) & F_TITLE) != 0 && (g & (G_NEWLINE | G_OTHER | G_FAR)) == 0 && sh == SH_CAP) g &= ~(G_SENT | G_PERIOD);
  if ((g & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0) {
    tailName = false;
    return false;
  }
  if (sh == SH_NUM && rd(tEnd, k) - rd(tStart, k) <= 4) {
    tailName = false;
    setFloor(rd(tEnd, k));
    return absorbTail(k, k);
  }
  // no house number: "nº 2", "núm. 14", "s/n" (sin número) instead of the bare number
  const hn = numberMarkEnd(rd(tStart, k));
  if (hn != 0) {
    tailName = false;
    floorEnd = floorDoorEnd(hn); // (also absorbs the number's own token)
    return absorbTail(k, k);
  }
  if ((g & G_COMMA) != 0) {
    tailName = false;
    return false;
  }
  if ((d & F_PARTICLE) != 0 || ((sh == SH_CAP || sh == SH_UPPER) && (d & (CONTEXT_WORDS & ~F_STATE)) == 0) ||
    (sh == SH_LOWER && wordIn(k, STREET_ARTICLES)) ||
    (sh == SH_LOWER && tierOf(d) != 1 && (d & CONTEXT_WORDS) == 0)) return absorbTail(k, k);
  tailName = false;
  return false;
}

// ---- Spanish floor and door after a house number (self-contained: floorDoorEnd, numberMarkEnd) ----

/**
 * Floor and door words of a Spanish address line; from "puerta" (index FLOOR_ARG) on they take a number or letter
 * ("puerta 14", "esc. 2", "Km 9,1"). Non-ASCII letters as their UTF-8 bytes ("ático").
 */
const FLOOR_WORDS = "\u0004bajo\u0005bajos\u0003izq\u0005izqda\u0004izda\u0009izquierda\u0004dcha\u0004dcho\u0005drcha\u0003dch\u0003der\u0007derecha\u0005atico\u0006\u00c3\u00a1tico\u0005entlo\u000aentresuelo\u0004pral\u0009principal\u0006puerta\u0003pta\u0003esc\u0008escalera\u0006planta\u0004piso\u0006portal\u0006bloque\u0002bl\u0005local\u0002km";
const FLOOR_ARG: i32 = 18;

/** End of the letters from i: ASCII letters and two-byte Latin letters ("ático"); i when none. */
function latinEnd(i: u32): u32 {
  while (i < inLen) {
    const b = byteAt(i);
    if (((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)) i++;
    else if (b == 0xc3 && i + 1 < inLen) i += 2;
    else break;
  }
  return i;
}

/** The ordinal sign at i ("º", "ª", "°", two bytes each): its end, or i. */
function ordinalEnd(i: u32): u32 {
  if (i + 1 < inLen && byteAt(i) == 0xc2) {
    const c = byteAt(i + 1);
    if (c == 0xba || c == 0xaa || c == 0xb0) return i + 2;
  }
  return i;
}

/** True when no letter or digit follows at i (an item of a floor and door ends there). */
function itemEnds(i: u32): bool {
  if (i >= inLen) return true;
  const b = byteAt(i);
  return !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) && !(b >= 0x30 && b <= 0x39) && b != 0xc3;
}

/**
 * One item of a floor and door at s: "1D", "5º", "2ª", "3F", "12", "A", "Bajo", "Izq.", "puerta 14", "esc. 2", "Km 9,1";
 * returns its end or 0. A bare number counts only before an ordinal sign, a glued letter, a lone capital letter, a
 * floor word, the end of the line or clause, or a postcode ("Calle Mayor 5, 3 hijos" keeps "3" out).
 */
function floorItemEnd(s: u32): u32 {
  const b = byteAt(s);
  if (b >= 0x30 && b <= 0x39) {
    const d = digitsEnd(s);
    if (d - s > 2) return 0;
    let e = ordinalEnd(d);
    if (e == d && d < inLen && (byteAt(d) | 0x20) >= 0x61 && (byteAt(d) | 0x20) <= 0x7a && itemEnds(d + 1)) return d + 1; // "1D"
    if (e > d) {
      // "2ºb", "5ºA"
      if (e < inLen && (byteAt(e) | 0x20) >= 0x61 && (byteAt(e) | 0x20) <= 0x7a && itemEnds(e + 1)) e++;
      return e;
    }
    // a bare number: look at what follows
    let q = d;
    while (q < inLen && byteAt(q) == 0x20 && q - d < 2) q++;
    if (q >= inLen) return d;
    const c = byteAt(q);
    if (c == 0x2e || c == 0x2c || c == 0x3b || c == 0x29 || c == 0x0a || c == 0x0d || c == 0x2d) return d;
    if (c >= 0x41 && c <= 0x5a && itemEnds(q + 1)) return d; // "1 C"
    if (c >= 0x30 && c <= 0x39 && digitsEnd(q) - q >= 4) return d; // a postcode follows
    const w = latinEnd(q);
    if (w > q && wordIndex(FLOOR_WORDS, q, w) >= 0) return d;
    return 0;
  }
  if (b >= 0x41 && b <= 0x5a && itemEnds(s + 1)) return s + 1; // a door letter alone: "A"
  const w = latinEnd(s);
  if (w == s) return 0;
  const idx = wordIndex(FLOOR_WORDS, s, w);
  if (idx < 0) return 0;
  let e = w;
  if (e < inLen && byteAt(e) == 0x2e) e++; // "Izq.", "esc."
  if (idx >= FLOOR_ARG) {
    let q = e;
    while (q < inLen && byteAt(q) == 0x20 && q - e < 2) q++;
    const a = floorArgEnd(q);
    if (a == 0) return 0;
    return a;
  }
  // "Bajo A"
  if (e < inLen && byteAt(e) == 0x20 && e + 1 < inLen && byteAt(e + 1) >= 0x41 && byteAt(e + 1) <= 0x5a && itemEnds(e + 2)) return e + 2;
  return e;
}

/** The argument of a floor word at q: digits (a decimal "9,1" or "9,100" after Km), then an ordinal sign or a letter. */
function floorArgEnd(q: u32): u32 {
  if (q >= inLen) return 0;
  const b = byteAt(q);
  if (b >= 0x30 && b <= 0x39) {
    let d = digitsEnd(q);
    if (d - q > 3) return 0;
    if (d + 1 < inLen && byteAt(d) == 0x2c && byteAt(d + 1) >= 0x30 && byteAt(d + 1) <= 0x39 && digitsEnd(d + 1) - d <= 4) d = digitsEnd(d + 1);
    const e = ordinalEnd(d);
    if (e < inLen && (byteAt(e) | 0x20) >= 0x61 && (byteAt(e) | 0x20) <= 0x7a && itemEnds(e + 1)) return e + 1;
    return e;
  }
  if (b >= 0x41 && b <= 0x5a && itemEnds(q + 1)) return q + 1;
  return 0;
}

/**
 * End of the floor and door after a house number ending at e ("Calle Rivera, 23, 1 C", "Folguera, 3 - 5º 2ª 08022",
 * "Calle Pedro Gonu, 28, Bajo A", "Av. Galaxia 6, esc. 2, 2ºb"): up to four items on the same line, each after spaces
 * and at most one ',' or '-'; e when there is none. The tail absorbs the tokens before it whatever their gaps.
 */
function floorDoorEnd(e: u32): u32 {
  let end = e;
  let i = e;
  for (let items = 0; items < 4; items++) {
    let j = i;
    let marks = 0;
    while (j < inLen && j - i < 4) {
      const b = byteAt(j);
      if (b == 0x20) j++;
      else if ((b == 0x2c || b == 0x2d) && marks == 0) {
        marks++;
        j++;
      } else break;
    }
    if (j == i || j >= inLen) break;
    const q = floorItemEnd(j);
    if (q == 0) break;
    end = q;
    i = q;
  }
  return end;
}

/**
 * The house number of a street written type first whose name the street rule's capitalised words do not cover (token
 * k is the type): lower-case or unknown words, particles and titles ("Calle prados 45, 6A", "calle de Virués, 6"),
 * within the decision's look-ahead on one line, then a number of at most four digits (after a comma too) that no word
 * follows ("camino durante 20 minutos" is none). After a type in lower case the number needs a floor and door or the
 * end of a clause after it ("calle cartagena 19, 3B"). Returns the number's token, or 0. (Longer names go on in
 * continueStreetName.)
 */
function streetNumberAhead(k: u32, lowerType: bool): u32 {
  let words: u32 = 0;
  let m = k + 1;
  let prevTitle = (rd(tData, k) & F_STREET_ABBR) != 0 || rd(tShape, k) == SH_INITIAL;
  while (m < count && m <= k + LOOK_AHEAD) {
    const g = rd(tGap, m);
    if ((g & (G_NEWLINE | G_FAR | G_COLON)) != 0) return 0;
    if ((g & G_SENT) != 0 && !((g & G_PERIOD) != 0 && prevTitle)) return 0;
    if ((g & G_OTHER) != 0 && !(m == k + 1 && rd(tShape, k) == SH_INITIAL)) return 0;
    const ms = rd(tShape, m);
    const md = rd(tData, m);
    if (ms == SH_NUM) {
      const e = rd(tEnd, m);
      if (words == 0 || e - rd(tStart, m) > 4) return 0;
      // what follows the number: a floor and door, or no word
      if (floorDoorEnd(e) > e) return m;
      if (m + 1 < count && (rd(tGap, m + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_FAR)) == 0 && (rd(tGap, m + 1) & G_OTHER) == 0) return 0;
      if (lowerType && m + 1 < count && (rd(tGap, m + 1) & (G_NEWLINE | G_SENT)) == 0) return 0;
      return m;
    }
    if ((g & G_COMMA) != 0) return 0;
    prevTitle = false;
    if ((md & F_PARTICLE) != 0 && ms == SH_LOWER) {
      m++;
      continue;
    }
    if ((md & F_TITLE) != 0 && (ms == SH_CAP || ms == SH_UPPER)) {
      prevTitle = true;
      m++;
      continue;
    }
    if ((ms == SH_LOWER || ms == SH_CAP || ms == SH_UPPER || ms == SH_INITIAL) && (ms != SH_LOWER || tierOf(md) != 1) &&
      (md & ((CONTEXT_WORDS & ~F_UNIT) | F_NOT_NAME)) == 0) {
      words++;
      m++;
      continue;
    }
    return 0;
  }
  return 0;
}

/**
 * Token m can name a facility written head first: a capitalised name, place or word no English dictionary has. Within
 * the head's own look-ahead (`near`) an English word counts only as a modifier of such names ("Universitario",
 * "General": "Hospital Day 3" is a day of the stay); past it (continueFacilityName) a word that is never a name ends it.
 */
function facilityNamePart(m: u32, near: bool): bool {
  const ms = rd(tShape, m);
  const md = rd(tData, m);
  if (ms != SH_CAP && ms != SH_UPPER) return false;
  // (a street type after the name opens the address: "Hospital Virgen de la Arrixaca Ctra. Madrid - Cartagena s/n")
  const stop = F_MONTH | F_CRED | F_TITLE | F_CUE | F_LOC_CUE | F_FACILITY | F_STREET_PREFIX | F_STREET_ABBR | (near ? 0 : F_NOT_NAME);
  if ((md & stop) != 0 && (md & F_FAC_MOD) == 0) return false;
  if (near && tierOf(md) == 1) return wordIn(m, HEAD_FIRST_MODIFIERS);
  return placeStr(md) > 0 || nameStr(m) > 0 || (tierOf(md) == 0 && (md & F_EPONYM_HEAD) == 0);
}

/**
 * A head of the same kind right after the one ending at token `last` lengthens it. A facility head that overlaps or
 * follows: "Brookhaven Skilled Nursing Facility" ("skilled nursing", then "nursing facility"), "Pine Ridge Rehab
 * Hospital"; an organisation head after an organisation's (`org`): "HUNTINGTON ELEMENTARY SCHOOL", "huntington
 * elementary school" (mixed case joins them by its capitals). Up to k + LOOK_AHEAD, in the head's letter case.
 * Returns the new last token.
 */
function headAfterHead(last: u32, k: u32, org: bool): u32 {
  const n = last + 1;
  if (n > k + LOOK_AHEAD || n >= count || !tight(n) || rd(tShape, n) != rd(tShape, last)) return last;
  const d1 = rd(tData, n);
  if (org) return (d1 & F_ORG) == F_ORG ? n : last;
  // (stop 30: an organisation's head after a facility's, "Massachusetts Rehabilitation Commission", "Mayo Clinic
  // Laboratories"; not "group", which a strep's group letter follows: "Mercy Hospital Group B")
  if ((d1 & F_ORG) == F_ORG && !wordIn(n, "\u0005group")) return n;
  const d2 = rd(tMw2, n);
  return ((d1 & F_FACILITY) != 0 && (d1 & F_ORG) != F_ORG) || ((d2 & F_FACILITY) != 0 && (d2 & F_ORG) != F_ORG) ? n : last;
}

/**
 * Token q ends the backward walk over a facility's name: the signature's credential before it ("M.D. WINTHROP
 * COMMUNITY HEALTH CENTER", "MD RIVERSIDE CLINIC") or "vs" between two places ("PEABODY VS SPRINGHILL REHAB").
 */
function facilityWalkStop(q: u32): bool {
  if (rd(tShape, q) == SH_INITIAL) return q >= 1 && dottedCred(q - 1);
  return ((rd(tData, q) & F_CRED) != 0 && rd(tShape, q) == SH_UPPER) || wordIn(q, "\u0002vs\u0006versus");
}

/**
 * The rest of a facility's name written head first, past the decision's look-ahead ("Hospital Universitario Virgen
 * del Rocío", "Hospital Universitario Marqués de Valdecilla"): on the same line without a comma or sentence end,
 * capitalised names and a particle between two of them. Returns true when token k was absorbed.
 */
function continueFacilityName(k: u32, g: u32): bool {
  tailFacility = false;
  if ((g & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR | G_COLON)) != 0) return false;
  if (rd(tShape, k) == SH_LOWER && (rd(tData, k) & F_PARTICLE) != 0) {
    // a particle only before a name part: "de Valdecilla", "de la Arrixaca"
    let n = k + 1;
    if (n < count && rd(tShape, n) == SH_LOWER && (rd(tData, n) & F_PARTICLE) != 0) n++;
    if (n >= count || n > k + LOOK_AHEAD || !tight(n) || !facilityNamePart(n, false)) return false;
    tailFacility = true;
    return absorbTail(k, k);
  }
  if (!facilityNamePart(k, false)) return false;
  tailFacility = true;
  return absorbTail(k, k);
}

/** A floor and door after the house number ending at e, if any, joins the tail. */
function setFloor(e: u32): void {
  const f = floorDoorEnd(e);
  floorEnd = f > e ? f : 0;
}

/**
 * A house number written with a mark at s, in place of the bare number: "nº 2", "n° 14", "núm. 3", "No. 654", "s/n",
 * "S/N" (sin número). Returns the end of the number (of "s/n"), or 0.
 */
function numberMarkEnd(s: u32): u32 {
  const b = byteAt(s) | 0x20;
  if (b == 0x73 && s + 2 < inLen && byteAt(s + 1) == 0x2f && (byteAt(s + 2) | 0x20) == 0x6e && itemEnds(s + 3)) return s + 3;
  if (b != 0x6e) return 0;
  let i = latinEnd(s);
  const w = i - s;
  // "n", "no", "num", "núm"
  if (!(w == 1 || (w == 2 && (byteAt(s + 1) | 0x20) == 0x6f) || wordIndex("\u0003num\u0004n\u00c3\u00bam", s, i) >= 0)) return 0;
  const o = ordinalEnd(i);
  if (o > i) i = o;
  else if (i < inLen && byteAt(i) == 0x2e) i++;
  else if (w == 1) return 0; // a lone "n" needs its sign: "nº"
  while (i < inLen && byteAt(i) == 0x20 && i - s < 8) i++;
  const d = digitsEnd(i);
  if (d == i || d - i > 4) return 0;
  return d;
}

/** Token k is a letter-and-digit postcode piece ("SW1A", "1AA", "K1A"): short, mixed letters and digits. */
function postcodePiece(k: u32): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  if (len < 2 || len > 4) return false;
  let digits: u32 = 0;
  let letters: u32 = 0;
  for (let i = rd(tStart, k); i < rd(tEnd, k); i++) {
    const b = byteAt(i);
    if (b >= 0x30 && b <= 0x39) digits++;
    else if (b >= 0x41 && b <= 0x5a) letters++;
    else return false;
  }
  return digits > 0 && letters > 0;
}

/** The gap before k is only spaces, a "#" or one period (inside "Apt. 4", "Suite #501"). */
function unitGap(k: u32): bool {
  const g = rd(tGap, k);
  return (g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_START)) == 0 && ((g & G_SENT) == 0 || (g & G_PERIOD) != 0);
}

/**
 * Continues an address past its anchor with token k (decided right after the address's last token): a unit designator
 * and its number ("Apt. 595", "Suite 501", "#4"), a postcode, a state, a country or a capitalised place word (the
 * city), separated by spaces, commas, a period after an abbreviation or a line break (TAIL_LINES of them at most).
 * A lower-case or core English word, a colon, a sentence end, a phone number or a date ends the tail; a US ZIP after a
 * state code is left to the ZIP scanner (so that it keeps its type). Returns true when k was absorbed.
 */
function continueTail(k: u32): bool {
  if (k != tailLast + 1 || !exists(k) || k == 0) {
    tailLeft = 0;
    return false;
  }
  // inside the floor and door of a type-first street ("3 - 5º 2ª", ", Bajo A"): absorbed whatever the gap
  let g = rd(tGap, k);
  if (floorEnd != 0) {
    if (rd(tStart, k) < floorEnd) {
      tailFrom = rd(tEnd, k - 1);
      return absorbTail(k, k);
    }
    const fe = floorEnd;
    floorEnd = 0;
    // after it a sentence ends ("28, Bajo A. Localidad"), except before a postcode; the marks it ended on ("2ª ") are
    // no break
    if ((g & G_SENT) != 0 && !(rd(tShape, k) == SH_NUM && rd(tEnd, k) - rd(tStart, k) >= 4)) {
      tailLeft = 0;
      return false;
    }
    if (fe > rd(tEnd, k - 1)) {
      g &= ~(G_OTHER | G_HYPHEN | G_SENT | G_PERIOD);
      tailFrom = rd(tEnd, k - 1);
    }
  }
  if (tailFacility) return continueFacilityName(k, g);
  if (tailAgency27) return continueAgency27(k, g);
  const p = k - 1;
  const pd = rd(tData, p);
  const psh = rd(tShape, p);
  // (a line prefix such as "> " in a quoted e-mail is no break: G_OTHER with a line break)
  let stop = (g & (G_FAR | G_START)) != 0 || ((g & G_OTHER) != 0 && (g & G_NEWLINE) == 0) ||
    ((g & G_SENT) != 0 && (g & G_PERIOD) == 0);
  if ((g & G_NEWLINE) != 0) stop = stop || tailLines == 0;
  else if ((g & G_PERIOD) != 0 && (pd & (F_STREET_ABBR | F_UNIT | F_DIRECTION)) == 0 && psh != SH_INITIAL &&
    psh != SH_NUM && !(tailCross != 0 && (pd & F_STREET) != 0)) stop = true;
  if (stop) {
    tailLeft = 0;
    return false;
  }
  if (tailName && continueStreetName(k, g)) return true;
  if (isAnd(k) || tailCross != 0) {
    if (crossTail(k, g)) return true;
  }
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  // a period after a number ends a sentence ("1200 Hwy 61. Given the ..."): only a postcode, a unit, a state or a
  // country goes on ("Calle Mayor, 34. 08025 Barcelona")
  if ((g & G_PERIOD) != 0 && (g & G_NEWLINE) == 0 && psh == SH_NUM && (d & (F_UNIT | F_STATE | F_COUNTRY)) == 0 &&
    !(sh == SH_NUM && rd(tEnd, k) - rd(tStart, k) >= 4)) {
    tailLeft = 0;
    return false;
  }
  const len = rd(tEnd, k) - rd(tStart, k);
  // (stop 30) the floor after its ordinal: "88 Depot Street, 2nd Floor, Lowther" ("2nd" joined the tail, "Floor" ended it)
  // (a period glued to "floor" ends its sentence: "4th floor. Call ...")
  if (len <= 5 && sh != SH_NUM && tight(k) && rd(tDone, p) == 0xff && ordinalAt(p) && wordIn(k, "\u0005floor\u0002fl\u0003flr")) {
    const r = absorbTail(k, k);
    if (len == 5 && rd(tEnd, k) < inLen && byteAt(rd(tEnd, k)) == 0x2e) tailLeft = 0;
    return r;
  }
  const hasNext = k + 1 < count;
  // a military post after its box line decides its own span ("psc 5420, box 2708\napo aa 33879")
  if (placeStr(d) == 3 && k + 2 < count && militaryPost(k, modeAt(k))) {
    tailLeft = 0;
    return true;
  }
  let last = k;
  let ok = false;
  if (sh == SH_NUM) {
    // digits joined to more digits by "-", "/", "." are a phone number or a date, except a ZIP+4
    const sep = byteAt(rd(tEnd, k));
    const joined = hasNext && rd(tShape, k + 1) == SH_NUM && rd(tStart, k + 1) == rd(tEnd, k) + 1 &&
      (sep == 0x2d || sep == 0x2f || sep == 0x2e);
    // (a military post's region code is a state here: "APO AE 09180"; in lower case the ZIP scanner does not know it)
    const zipState = ((pd & F_STATE) != 0 || (p > 0 && wordIn(p, "\u0002aa\u0002ae\u0002ap") && placeStr(rd(tData, p - 1)) == 3)) &&
      psh == SH_UPPER && rd(tEnd, p) - rd(tStart, p) == 2 && (g & G_NEWLINE) == 0;
    if (len == 5 && zipState) ok = false;
    else if (joined) {
      if (len == 5 && byteAt(rd(tEnd, k)) == 0x2d && rd(tEnd, k + 1) - rd(tStart, k + 1) == 4) {
        ok = true;
        last = k + 1;
      }
    } else {
      // "617 555 1212": a phone number's groups are left to the phone scanner
      const groups = len == 3 && hasNext && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 3 &&
        (rd(tGap, k + 1) & (G_NEWLINE | G_COMMA | G_FAR)) == 0;
      ok = !groups && (len >= 3 || (g & G_HASH) != 0 || (pd & F_UNIT) != 0);
    }
  } else if ((d & F_UNIT) != 0 && hasNext && (sh == SH_CAP || sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) && unitGap(k + 1) &&
    (rd(tShape, k + 1) == SH_NUM || rd(tShape, k + 1) == SH_INITIAL || postcodePiece(k + 1))) {
    ok = true;
    last = k + 1;
  } else if (sh == SH_LOWER && (placeStr(d) >= 2 || (d & F_STATE) != 0) && ((d & CONTEXT_WORDS & ~F_STATE) == 0 ||
    (d & F_STATE) != 0 && stateZip32(k)) && modeAt(k) == MODE_LOWER) {
    // lower-case chat: a known town, then its state code ("po box 123 boston ma 02115")
    // (a state code that is a word, "or", "me", "oh", only before a ZIP: "salem or cambridge" is prose)
    ok = (d & F_STATE) == 0 ? placeStr(d) >= nameStr(k) || tierOf(d) == 0 : rd(tDone, p) == 0xff && (pd & F_STATE) == 0 &&
      psh == SH_LOWER && (tierOf(d) != 1 || (hasNext && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) == 5));
    // (stop 31) and the town's feature word: "212 tanner road\nhaddam landing, ct 06499"
    if (ok && (d & F_STATE) == 0) last = lowerTownSuffix31(k);
  } else if (sh == SH_LOWER && (g & G_COMMA) != 0 && (g & G_NEWLINE) == 0 && (pd & (F_STREET | F_STREET_ABBR)) != 0 &&
    unknownWord(k) && nameStr(k) == 0 && len >= 4 && byteAt(rd(tStart, k)) < 0x80 && modeAt(k) == MODE_LOWER) {
    // lower-case chat: a town no gazetteer has after the street and a comma, closing its phrase ("lives at 1831
    // prospect rd, broulfield;"), with its feature word (stop 31: "88 maple st, easton mills."; no later branch takes a
    // lower-case word, so the closing test may sit here, on the town's last token found once)
    last = lowerTownSuffix31(k);
    // (stop 38: or its ZIP code, "lives at 44 oak st, tillmore 01970.")
    ok = breakAfter(last) || zipAfter38(last);
  } else if (sh == SH_LOWER && (g & (G_COMMA | G_NEWLINE)) == G_COMMA && modeAt(k) == MODE_LOWER && ((pd & (F_STREET | F_STREET_ABBR)) != 0 ||
    psh == SH_NUM && ((rd(tData, p - 1) & (F_UNIT | F_BOX)) != 0 || (rd(tGap, p) & G_HASH) != 0))) {
    // (stop 32) a town of one to three lower-case words after the street's or the unit's comma ("801 pacifica blvd, suite
    // 210, port ellery"; lowerTown32)
    const t = lowerTown32(k);
    ok = t != 0;
    if (ok) last = t;
  } else if (sh == SH_CAP || sh == SH_UPPER || sh == SH_OTHER) {
    const hasNext2 = k + 2 < count;
    // (stop 34: a town named with a prefix word, "44 Magnolia Terrace, Port Wexley —", "19 Bellamy Square, Old Harwick")
    const tp = sh != SH_OTHER && hasNext ? townPrefixTail34(k, sh) : 0;
    if (tp != 0) {
      ok = true;
      last = tp;
    } else if (hasNext2 && ((rd(tMw3, k + 2) & (F_STATE | F_COUNTRY)) != 0 || placeStr(rd(tMw3, k + 2)) > 0)) {
      ok = true;
      last = k + 2;
    } else if (hasNext && ((rd(tMw2, k + 1) & (F_STATE | F_COUNTRY)) != 0 || placeStr(rd(tMw2, k + 1)) > 0)) {
      ok = true;
      last = k + 1;
    } else if ((d & (F_STATE | F_COUNTRY)) != 0) {
      // (twelfth round: not a degree before another in a signature: "14 Orchard Terrace.\nMorwenna Tull, MS, CGC")
      // (round 17: no second state on the next line: "Quarry Falls, RI\nGA 30 2/7 wk", the gestational age)
      ok = (sh == SH_UPPER || len > 2) && !(hasNext && credentialChain(k)) &&
        !((pd & F_STATE) != 0 && (d & F_STATE) != 0 && (g & G_NEWLINE) != 0) &&
        // (stop 37: a state's code that is an English word, no comma before it and a word after it, is that word:
        // "LIVES ON POCAHONTAS AVE IN BRISK CREEK", "12 OAK ST OR THE SHELTER")
        !(len == 2 && (g & G_COMMA) == 0 && hasNext && tight(k + 1) && rd(tShape, k + 1) != SH_NUM &&
          wordIn(k, "\u0002in\u0002or\u0002me\u0002ok\u0002hi\u0002oh"));
    } else if ((g & (G_NEWLINE | G_COMMA)) != 0 && townWithParticle(k) != 0) {
      // a town of several words opening its line or after a comma: "Soto del Barco", "Cite Ben Hjel", "Colle Di Tora"
      ok = true;
      last = townWithParticle(k);
    } else if (sh == SH_OTHER) {
      // a postcode piece ("SW1A") or a word in another script (upper+lower counts only Latin letters)
      ok = postcodePiece(k) || ((d & F_NOT_NAME) == 0 && len >= 3);
    } else if ((d & (CONTEXT_WORDS & ~F_PLACE_SUFFIX)) == 0 && len >= 2 && !(hasNext && (rd(tGap, k + 1) & G_COLON) != 0)) {
      // (a word before a colon is the next field's label: "... 44085 Mobile: 0688 ...")
      const ps = placeStr(d);
      const ns = nameStr(k);
      // the city: a place at least as strong as a name, an unknown word, or any non-core word before a state,
      // country or postcode ("Riisa\n Estonia", "Jackson, MS")
      let before = false;
      if (hasNext && (rd(tGap, k + 1) & (G_SENT | G_OTHER | G_FAR)) == 0) {
        const nd = rd(tData, k + 1);
        const nsh = rd(tShape, k + 1);
        before = ((nd & (F_STATE | F_COUNTRY)) != 0 && (nsh == SH_UPPER || nsh == SH_CAP)) ||
          (nsh == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 4);
      }
      // (in ALL CAPS an unknown word is as often a medical term: it needs a place meaning or a state/postcode after)
      // (a town's ending vouches for it there: "LIVES AT 1831 PROSPECT RD, BROULFIELD;")
      ok = (ps > 0 && ps >= ns) || (tierOf(d) == 0 && ns == 0 && (modeAt(k) != MODE_CAPS || townShape(k)) &&
        // (round 19: in mixed case an acronym after the street type's period opens the next sentence, no town: "on
        // Brantley Rd. RTC 8 weeks")
        !(sh == SH_UPPER && len <= 4 && (g & G_PERIOD) != 0 && modeAt(k) == MODE_MIXED)) ||
        (before && (tierOf(d) != 1 || ps > 0)) ||
        // (stop 34: in ALL CAPS an unknown word alone after the street's comma, closing its phrase: "(17 LOBSTER COVE
        // ROAD, ANNISQUAM)")
        (sh == SH_UPPER && tierOf(d) == 0 && ns == 0 && len >= 5 && (g & (G_COMMA | G_NEWLINE)) == G_COMMA &&
          (pd & (F_STREET | F_STREET_ABBR)) != 0 && breakAfter(k) && !medicalShape(k) && modeAt(k) == MODE_CAPS);
      // (round 17: the town's feature word after it, as townSuffix() reads it for a town alone: "318 Cobbler Lane,
      // Tazley Station", "12 Mill Rd, Verdigre Flats, NE"; after the street's comma or line the first word may be an
      // English one: "16 Tannery Row, Quarry Falls, RI", "2 Elm St\nDeep Creek"; not a determiner or a clinical word:
      // "12 OAK ST, NEAR THE VALLEY")
      if (!ok && hasNext && (g & (G_COMMA | G_NEWLINE)) != 0 && len >= 4 && (d & F_NOT_NAME) == 0 &&
        !wordIn(k, NAME_DETERMINERS) && !wordIn(k, NAME_FUNCTION_WORDS) && !medicalShape(k)) {
        ok = townSuffix(k, sh);
        // (stop 34: or a rarer feature word closing the phrase, "Lot 31, Sand Prairie (", "Unit 2, Cedar Rapids\n")
        if (!ok && suffix27Tail34(k, sh)) {
          ok = true;
          last = k + 1;
        }
        // (or a town of two words before the state's comma: "44 Orchard Street, Unit 2, Bayou Chenaie, LA")
        // (after the street's comma only, and no degree after it: "TERRACE.\nMORWENNA TULL, MS, CGC")
        if (!ok && hasNext2 && (g & G_NEWLINE) == 0 && tight(k + 1) && rd(tShape, k + 1) == sh && (rd(tGap, k + 2) & G_COMMA) != 0 &&
          !credentialChain(k + 2) &&
          (rd(tGap, k + 2) & G_NEWLINE) == 0 && (rd(tData, k + 2) & F_STATE) != 0 && rd(tShape, k + 2) == SH_UPPER &&
          rd(tEnd, k + 2) - rd(tStart, k + 2) == 2 && (rd(tData, k + 1) & (CONTEXT_WORDS | F_NOT_NAME)) == 0) {
          ok = true;
          last = k + 1;
        }
      }
      if (ok && last == k && hasNext && townSuffix(k, sh)) last = k + 1;
    }
    // (round addr28: or the town line goes on past the word the city test took: "Suite 578\nOstrov nad Ohří\nCzech Republic")
    if (sh != SH_OTHER && (!ok || (g & G_NEWLINE) != 0)) {
      const e = addressLine28(k, g);
      if (e != 0 && e >= last) {
        last = e;
        ok = true;
      }
    }
  }
  if (!ok) {
    tailLeft = 0;
    return false;
  }
  if ((g & G_NEWLINE) != 0) tailLines--;
  return absorbTail(k, last);
}

/**
 * Token k and the "St."/"Saint"/"Ste." before it name a town of the gazetteer (stop 34), after a place's cue ("in",
 * "from", "to", "near", "lives"), and the phrase ends after it or goes on with a lower-case word (mixed case), a place's
 * cue, a month or a function word: "She lives in St. Louis with her son", "moved to ST. CHARLES IN 2090", "from st.
 * johns,". Before, "Louis" alone was a name and "St." no part of anything. A capitalised word
 * after it is left to the facility rules ("at St. Louis Children's Hospital"). Writes the town and returns true.
 */
function saintTown34(k: u32, sh: u32, mode: u32): bool {
  const s = k - 1;
  if ((rd(tGap, k) & ~(G_PERIOD | G_SENT)) != 0 || rd(tDone, s) != 0 || !wordIn(s, "\u0002st\u0005saint\u0003ste") ||
    (rd(tData, s - 1) & F_LOC_CUE) == 0 || !tight(s) || !(phraseEndsAfter(k) || (rd(tShape, k + 1) == SH_LOWER && mode != MODE_LOWER) ||
      (rd(tData, k + 1) & (F_LOC_CUE | F_MONTH)) != 0 || wordIn(k + 1, NAME_FUNCTION_WORDS))) return false;
  const ss = rd(tShape, s);
  if (!(ss == sh && (sh == SH_CAP || sh == SH_UPPER || mode == MODE_LOWER))) return false;
  // (the token pass probes two words only across a blank: "St. Louis" is probed here, the period skipped)
  let mw = rd(tMw2, k);
  if (mw == 0 && rd(tH1, s) != 0) {
    combine(rd(tH1, s), rd(tH2, s), rd(tH1, k), rd(tH2, k));
    mw = probe(h1, h2);
  }
  if (placeStr(mw) == 0) return false;
  span(rd(tStart, s), rd(tEnd, k), ENTITY_LOCATION, 650, R_CITY);
  wr(tDone, s, 0xff);
  wr(tDone, k, ENTITY_LOCATION);
  return true;
}

/**
 * In an address tail (stop 34), token k is a town's prefix word (TOWN_PREFIXES or "Old") and the next token, in its
 * letter case, no core English word, context word or medical term, names the town, with its feature word if one
 * follows; the town closes its phrase or a state code or a ZIP follows: "44 Magnolia Terrace, Port Wexley — Station 2",
 * "19 Bellamy Square, Old Harwick", "1400 HARROWGATE BLVD NEW BRAMPTON OH 44871". Not "12 Elm St, East Entrance" (a
 * core English word), "88 Oak Ave, New patient" (case). Returns the town's last token, or 0.
 */
function townPrefixTail34(k: u32, sh: u32): u32 {
  const n = k + 1;
  if (!tight(n) || rd(tShape, n) != sh || !(wordIn(k, TOWN_PREFIXES) || wordIn(k, "\u0003old"))) return 0;
  const d = rd(tData, n);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || tierOf(d) == 1 || rd(tEnd, n) - rd(tStart, n) < 3 || medicalShape(n)) return 0;
  const last = n + 1 < count && townSuffix(n, sh) ? n + 1 : n;
  if (breakAfter(last)) return last;
  const q = last + 1;
  return ((rd(tData, q) & F_STATE) != 0 && rd(tShape, q) == SH_UPPER && rd(tEnd, q) - rd(tStart, q) == 2) ||
    (rd(tShape, q) == SH_NUM && rd(tEnd, q) - rd(tStart, q) == 5) ? last : 0;
}

/**
 * In an address tail after the street's comma or line (stop 34), token k and a feature word of TOWN_SUFFIXES_27 in its
 * letter case ("Prairie", "Rapids", "Lake", "City") name the town, closing the phrase: "960 Mockingbird Hollow Rd, Lot
 * 31, Sand Prairie (blue single-wide)". The caller has refused determiners, function words and medical terms.
 */
function suffix27Tail34(k: u32, sh: u32): bool {
  const n = k + 1;
  return tight(n) && rd(tShape, n) == sh && wordIn(n, TOWN_SUFFIXES_27) && breakAfter(n) && (rd(tData, k) & CONTEXT_WORDS) == 0;
}

/**
 * In an address tail, token k opens a town of several words: a capitalised word, a particle ("del", "de", "di", "la")
 * and a capitalised word ("Soto del Barco", "Colle Di Tora", "Torroella de Montgrí"), or a Maghreb "Cité" and the
 * estate's name ("Cite Ben Hjel", "Cité El Khadra"). Returns the town's last token (within k + 2), or 0.
 */
function townWithParticle(k: u32): u32 {
  const sh = rd(tShape, k);
  if ((sh != SH_CAP && sh != SH_UPPER) || k + 1 >= count || !tight(k + 1)) return 0;
  const d = rd(tData, k);
  if ((d & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_BOX)) != 0) return 0;
  if (wordIn(k, "\u0004cite\u0005cit\u00e3\u00a9")) {
    let last = k;
    for (let m = k + 1; m < count && m <= k + 2 && tight(m); m++) {
      const ms = rd(tShape, m);
      if (ms == SH_CAP || ms == SH_UPPER || (ms == SH_LOWER && wordIn(m, STREET_ARTICLES) && m + 1 <= k + 2)) last = m;
      else break;
    }
    return last > k && rd(tShape, last) != SH_LOWER ? last : 0;
  }
  if (k + 2 >= count || !tight(k + 2) || !wordIn(k + 1, STREET_ARTICLES) || rd(tShape, k + 2) != sh) return 0;
  const ps = rd(tShape, k + 1);
  if (ps != SH_LOWER && !(ps == SH_CAP && sh == SH_CAP)) return 0;
  return (rd(tData, k + 2) & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_STATE | F_COUNTRY)) == 0 ? k + 2 : 0;
}

/** Particles inside town names: Romance "de", "del", "da", "di", "la", Czech "nad"/"pod", German "am"/"ob", "upon", "sur". */
const TOWN_PARTICLES = "\u0002de\u0003del\u0002da\u0002do\u0003dos\u0003das\u0002di\u0005della\u0002la\u0002le\u0003les\u0003nad\u0003pod\u0002am\u0002ob\u0004upon\u0003sur";

/**
 * Token k opens a town whose name goes on through particles: "Chiclana de la Frontera", "Reguengos de Monsaraz",
 * "Ústí nad Labem", "Frankfurt am Main": one or two lower-case particles, then a capitalised word, within the
 * look-ahead. Returns the town's last token, or 0.
 */
function particleTownEnd(k: u32): u32 {
  if (k + 2 >= count || !tight(k + 1) || rd(tShape, k + 1) != SH_LOWER || !wordIn(k + 1, TOWN_PARTICLES) || !tight(k + 2)) return 0;
  let m = k + 2;
  if (rd(tShape, m) == SH_LOWER && wordIn(m, "\u0002la\u0002le\u0003les\u0003der\u0002di")) {
    if (m + 1 >= count || m + 1 > k + 3 || !tight(m + 1)) return 0;
    m++;
  }
  const md = rd(tData, m);
  if ((rd(tShape, m) != SH_CAP && rd(tShape, m) != SH_UPPER) || (md & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_NOT_NAME)) != 0) return 0;
  // (a second capitalised word within the look-ahead: "Quinta de São Tiago"; not a facility's head)
  const n = m + 1;
  if (n <= k + 3 && n < count && tight(n) && rd(tShape, n) == rd(tShape, m) &&
    (rd(tData, n) & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_NOT_NAME | F_FACILITY | F_STATE | F_COUNTRY)) == 0) return n;
  return m;
}

// punctuation in a gap, as bits (gapMarks)
const GM_COMMA: u32 = 1;
const GM_PAREN: u32 = 2;
const GM_BAR: u32 = 4;
const GM_SEMI: u32 = 8;
const GM_COLON: u32 = 16;

/** Which of ',', '(', '|', ';', ':' the bytes between token k-1 and token k contain (GM_* bits). */
function gapMarks(k: u32): u32 {
  let m: u32 = 0;
  for (let i = rd(tEnd, k - 1); i < rd(tStart, k); i++) {
    const b = byteAt(i);
    if (b == 0x2c) m |= GM_COMMA;
    else if (b == 0x28) m |= GM_PAREN;
    else if (b == 0x7c) m |= GM_BAR;
    else if (b == 0x3b) m |= GM_SEMI;
    else if (b == 0x3a) m |= GM_COLON;
  }
  return m;
}

/** The 2-letter pair at j, j+1 is a dotted credential: "M.D.", "D.O.", "R.N.", "N.P.", "P.A." (two initials). */
function dottedCred(j: u32): bool {
  // read from the bytes (the second letter may not be tokenised yet when a decision looks this far ahead)
  // (lower-case text writes them in lower case: "m.d.", "r.n."; both letters in one case)
  if (j >= count || (rd(tShape, j) != SH_INITIAL && !(rd(tShape, j) == SH_LOWER && rd(tEnd, j) - rd(tStart, j) == 1))) return false;
  const s = rd(tStart, j);
  if (s + 3 > inLen || byteAt(s + 1) != 0x2e || (byteAt(s) ^ byteAt(s + 2)) >= 0x20) return false;
  const a = byteAt(s) & 0xdf;
  const b = byteAt(s + 2) & 0xdf;
  if (s + 3 < inLen && (((byteAt(s + 3) | 0x20) >= 0x61 && (byteAt(s + 3) | 0x20) <= 0x7a) || byteAt(s + 3) >= 0x80)) return false;
  return (a == 0x4d && b == 0x44) || (a == 0x44 && b == 0x4f) || (a == 0x52 && b == 0x4e) || (a == 0x4e && b == 0x50) ||
    (a == 0x50 && b == 0x41);
}

/** Token j is a credential after a name: "MD", "RN" (a credential word in capitals) or a dotted one ("M.D."). */
function credAt(j: u32, mode: u32): bool {
  if (j >= count) return false;
  // (in lower case "do" is a word: "how do i")
  if ((rd(tData, j) & F_CRED) != 0 && (rd(tShape, j) == SH_UPPER || mode == MODE_LOWER && !wordIn(j, "\u0002do"))) return !eyeSide(j);
  return dottedCred(j);
}

// medical endings by the letters each needs before it (packed: length byte, then the ending)
const MED_SUFFIX_1 = "\u0006ectomy\u0005otomy\u0006ostomy\u0006plasty\u0006sartan\u0006statin\u0005mycin\u0006cillin\u0006azepam\u0006tidine\u0007ectasis\u0007cytosis\u0007ologist\u0007iatrist\u0007metrist\u0005apist";
const MED_SUFFIX_2 = "\u0004itis\u0004osis\u0004oses\u0004asis\u0004emia\u0005pathy\u0005algia\u0004uria\u0005scopy\u0006graphy\u0004pnea\u0006cardia\u0006plegia\u0006trophy\u0006megaly\u0005lysis\u0004pril\u0004olol\u0005azole\u0005ology\u0006ologic\u0005penia\u0005ismus\u0006itides\u0005ively\u0005ously";
const MED_SUFFIX_3 = "\u0004gram\u0003oma";
const MED_SUFFIX_4 = "\u0003ase";

// ---- Word-list masks (self-contained: listMasks) ----
// wordIn() and endsWithAny() walk a packed list word by word, and most calls find nothing (a token is rarely "the"
// or one of 60 occupations). Each list is a static string at a fixed address, so what a call needs to reject most
// tokens is computed once per list and kept in a small table keyed by that address: the lengths present (bit n: a
// word of n bytes; lengths from 31 up share bit 31), the first and the last letters present (bit: folded byte & 31);
// the shortest length is the lowest length bit. A token whose length, first or last letter is absent returns at once;
// the others take the walk as before (the masks are necessary conditions only, so every answer is unchanged).
// wordIn() also keeps a 256-bit set of (length, first letter, last letter) triples (`comboBit`, perf10): a long list
// passes the two single masks for most words of its lengths ("patient" against the 60 Spanish eponym heads), and
// the triple set rejects most of those before the walk.
// (stop 35: 256 -> 1024 slots: the detector's rounds grew past 256 lists, so the table was full in ALL CAPS text and near
// full in mixed case, and a list without a slot probed every slot and then walked whole, on every call)
const LIST_SLOTS: u32 = 1024;
const L_HASH_SHIFT: u32 = 22; // 32 - log2(LIST_SLOTS): a list's home slot is the top bits of its address's product
const L_SHIFT: u32 = 6; // 64-byte slots
const L_KEY: usize = 0;
const L_LENS: usize = 4;
const L_FIRST: usize = 8;
const L_LAST: usize = 12;
const L_COMBO: usize = 16; // eight u32 words
const listCache: usize = memory.data(<i32>(LIST_SLOTS << L_SHIFT));
const listFull: usize = memory.data(<i32>(1 << L_SHIFT));

/** Bit index (0-255) of a word of `len` bytes whose folded first and last bytes are `first` and `last`. */
// @ts-ignore: decorator
@inline function comboBit(len: u32, first: u32, last: u32): u32 {
  return (first * 0x2d + last * 0x65 + len * 0x13) & 0xff;
}

/**
 * The cache slot of `list`'s masks, computed on first use. Linear probing without eviction: the detector has fewer
 * lists than slots, so every list keeps its slot (a direct-mapped cache thrashed on colliding lists). Should the
 * table ever fill, a slot that rejects nothing answers (slower, never wrong).
 */
function listMasks(list: string): usize {
  const key = <u32>changetype<usize>(list);
  let h = (key * 0x9e3779b1) >>> L_HASH_SHIFT;
  let slot: usize = 0;
  for (let n: u32 = 0; n < LIST_SLOTS; n++) {
    slot = listCache + (<usize>h << L_SHIFT);
    const k = load<u32>(slot, L_KEY);
    if (k == key) return slot;
    if (k == 0) break;
    h = (h + 1) & (LIST_SLOTS - 1);
  }
  if (load<u32>(slot, L_KEY) != 0) {
    slot = listFull;
    store<u32>(slot, 0xffffffff, L_LENS);
    store<u32>(slot, 0xffffffff, L_FIRST);
    store<u32>(slot, 0xffffffff, L_LAST);
    memory.fill(slot + L_COMBO, 0xff, 32);
    return slot;
  }
  let lens: u32 = 0;
  let first: u32 = 0;
  let last: u32 = 0;
  const total = <u32>list.length;
  memory.fill(slot + L_COMBO, 0, 32);
  let i: u32 = 0;
  while (i < total) {
    const n = <u32>list.charCodeAt(i);
    lens |= <u32>1 << (n < 31 ? n : 31);
    if (n > 0) {
      const f = <u32>list.charCodeAt(i + 1);
      const l = <u32>list.charCodeAt(i + n);
      first |= <u32>1 << (f & 31);
      last |= <u32>1 << (l & 31);
      const c = comboBit(n, f, l);
      const w = slot + L_COMBO + (<usize>(c >>> 5) << 2);
      store<u32>(w, load<u32>(w) | (<u32>1 << (c & 31)));
    }
    i += n + 1;
  }
  store<u32>(slot, key, L_KEY);
  store<u32>(slot, lens, L_LENS);
  store<u32>(slot, first, L_FIRST);
  store<u32>(slot, last, L_LAST);
  return slot;
}

/** listMasks() with its usual case inline: the list's home slot holds it (a call saved per wordIn/endsWithAny). */
// @ts-ignore: decorator
@inline function listSlot(list: string): usize {
  const key = <u32>changetype<usize>(list);
  const slot = listCache + (<usize>((key * 0x9e3779b1) >>> L_HASH_SHIFT) << L_SHIFT);
  return load<u32>(slot, L_KEY) == key ? slot : listMasks(list);
}

/** Token k ends with one of the endings in `list` (packed: a length char, then the ending in lower case). */
function endsWithAny(k: u32, list: string, keep: u32): bool {
  const e = rd(tEnd, k);
  const len = e - rd(tStart, k);
  const m = listSlot(list);
  // (an ending of n bytes needs len >= n + keep, and its last byte among the list's last bytes)
  if (len < ctz(load<u32>(m, L_LENS)) + keep || len == 0 || ((load<u32>(m, L_LAST) >>> ((byteAt(e - 1) | 0x20) & 31)) & 1) == 0) return false;
  const total = <u32>list.length;
  let i: u32 = 0;
  while (i < total) {
    const n = <u32>list.charCodeAt(i);
    if (len >= n + keep) {
      let ok = true;
      for (let j: u32 = 0; j < n; j++) {
        if ((byteAt(e - n + j) | 0x20) != <u32>list.charCodeAt(i + 1 + j)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    i += n + 1;
  }
  return false;
}

/** Token k is one of the words in `list` (packed like endsWithAny's lists), in any case. */
function wordIn(k: u32, list: string): bool {
  const s0 = rd(tStart, k);
  const len = rd(tEnd, k) - s0;
  const m = listSlot(list);
  if (((load<u32>(m, L_LENS) >>> (len < 31 ? len : 31)) & 1) == 0) return false;
  if (len > 0) {
    const f = byteAt(s0) | 0x20;
    if (((load<u32>(m, L_FIRST) >>> (f & 31)) & 1) == 0) return false;
    // (the triple of length, first and last byte, folded as the walk compares them)
    const c = comboBit(len, f, byteAt(s0 + len - 1) | 0x20);
    if (((load<u32>(m + L_COMBO + (<usize>(c >>> 5) << 2)) >>> (c & 31)) & 1) == 0) return false;
  }
  const total = <u32>list.length;
  let i: u32 = 0;
  while (i < total) {
    const n = <u32>list.charCodeAt(i);
    if (n == len) {
      let ok = true;
      for (let j: u32 = 0; j < n; j++) {
        if ((byteAt(s0 + j) | 0x20) != <u32>list.charCodeAt(i + 1 + j)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    i += n + 1;
  }
  return false;
}

// (stop 35) Unions of a few lists' masks (lengths, first letters, triples: a necessary condition like each list's), one
// record per call site: 64 bytes of masks as a list's slot, then the four lists' addresses it was computed for
// (recomputed when a call asks other lists). ANY_HEADS: commonHeadHere()'s four lists (wordInAny); ANY_NAMED:
// namedHeadClass()'s three; (stop 36) ANY_FRAMES29: orgFrameBefore29()'s words of the frame's last word; ANY_WORK:
// afterWorkCue()'s prepositions; ANY_HOME: houseNumberOfResidence()'s words before the number.
const ANY_REC: usize = 80;
const anyRecs: usize = memory.data(<i32>(5 * ANY_REC));
const ANY_HEADS: usize = anyRecs;
const ANY_NAMED: usize = anyRecs + ANY_REC;
const ANY_FRAMES29: usize = anyRecs + 2 * ANY_REC;
const ANY_WORK: usize = anyRecs + 3 * ANY_REC;
const ANY_HOME: usize = anyRecs + 4 * ANY_REC;

/** (stop 35) Fills record r with the OR of lists a-d's masks (listMasks()) and their addresses. */
function anyMasks(r: usize, a: string, b: string, c: string, d: string): void {
  memory.fill(r, 0, <usize>(1 << L_SHIFT));
  for (let x = 0; x < 4; x++) {
    const list = x == 0 ? a : x == 1 ? b : x == 2 ? c : d;
    const m = listSlot(list);
    for (let o: usize = L_LENS; o < <usize>(1 << L_SHIFT); o += 4) store<u32>(r + o, load<u32>(r + o) | load<u32>(m + o));
    store<u32>(r + (<usize>(1 << L_SHIFT)) + (<usize>x << 2), <u32>changetype<usize>(list));
  }
}

/**
 * (stop 35) Token k may be a word of one of lists a-d: their masks ORed in record r pass its length, first letter and
 * triple. False means wordIn() is false for each of them; one test where the lists' own masks took four.
 */
// @ts-ignore: decorator
@inline function anyMay(k: u32, r: usize, a: string, b: string, c: string, d: string): bool {
  const s0 = rd(tStart, k);
  const len = rd(tEnd, k) - s0;
  const kr = r + (<usize>(1 << L_SHIFT));
  if (load<u32>(kr) != <u32>changetype<usize>(a) || load<u32>(kr, 4) != <u32>changetype<usize>(b) ||
    load<u32>(kr, 8) != <u32>changetype<usize>(c) || load<u32>(kr, 12) != <u32>changetype<usize>(d)) anyMasks(r, a, b, c, d);
  if (len == 0 || (load<u32>(r, L_LENS) & (<u32>1 << (len < 31 ? len : 31))) == 0) return false;
  const f = byteAt(s0) | 0x20;
  const cb = comboBit(len, f, byteAt(s0 + len - 1) | 0x20);
  return (load<u32>(r, L_FIRST) & (<u32>1 << (f & 31))) != 0 && (load<u32>(r + L_COMBO + (<usize>(cb >>> 5) << 2)) & (<u32>1 << (cb & 31))) != 0;
}

/**
 * wordIn() over four lists at once: the token's length, first byte and combination bit are read once and each list's
 * masks tested before its walk (quiet()'s commonHeadHere() asks four lists of nearly every capitalised word in ALL
 * CAPS text, and four calls re-read the same bytes).
 */
function wordInAny(k: u32, a: string, b: string, c: string, d: string): bool {
  // (stop 35: the four lists' masks ORed in one record first, so that most words pay three tests, not four lists'
  // worth: the loop below was ~8% of the hot loop's samples in ALL CAPS)
  if (!anyMay(k, ANY_HEADS, a, b, c, d)) return false;
  const s0 = rd(tStart, k);
  const len = rd(tEnd, k) - s0;
  const lb = <u32>1 << (len < 31 ? len : 31);
  const f = byteAt(s0) | 0x20;
  const fb = <u32>1 << (f & 31);
  const cb = comboBit(len, f, byteAt(s0 + len - 1) | 0x20);
  const co = L_COMBO + (<usize>(cb >>> 5) << 2);
  const cm = <u32>1 << (cb & 31);
  for (let x = 0; x < 4; x++) {
    const list = x == 0 ? a : x == 1 ? b : x == 2 ? c : d;
    const m = listSlot(list);
    if ((load<u32>(m, L_LENS) & lb) == 0 || (load<u32>(m, L_FIRST) & fb) == 0 || (load<u32>(m + co) & cm) == 0) continue;
    if (wordIn(k, list)) return true;
  }
  return false;
}

/**
 * An unknown word with the shape of medical vocabulary (a diagnosis, procedure or drug suffix): "CHOLECYSTITIS",
 * "HYPERLIPIDEMIA", "ORTHOPNEA", "LAPAROTOMY", "LISINOPRIL". Such words are never taken as names or places by the rules
 * that accept unknown words (the dictionary still decides for known names: "Garcia", "Sofia").
 */
function medicalShape(k: u32): bool {
  return endsWithAny(k, MED_SUFFIX_1, 1) || endsWithAny(k, MED_SUFFIX_2, 2) || endsWithAny(k, MED_SUFFIX_3, 3) || endsWithAny(k, MED_SUFFIX_4, 4);
}

/** Byte e ends a field: the input's or a line's end, a tab, or a column's two blanks. */
// @ts-ignore: decorator
@inline function fieldEndAt(e: u32): bool {
  if (e >= inLen) return true;
  const a = byteAt(e);
  return a == 0x0a || a == 0x0d || a == 0x09 || a == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x20;
}

/**
 * A name field ends after token k: the end of the input or the line, two spaces or a tab (a form's columns), a
 * credential ("M.D.", ", MD") or a middle initial that itself ends the field ("HISHARDT, HUHEYTZO P").
 */
function fieldEndsAfter(k: u32, mode: u32): bool {
  if (fieldEndAt(rd(tEnd, k))) return true;
  if (k + 1 >= count) return false;
  if ((rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) != 0) return true;
  if ((rd(tGap, k + 1) & (G_SENT | G_OTHER)) == 0 && credAt(k + 1, mode)) return true;
  if (rd(tShape, k + 1) == SH_INITIAL && tight(k + 1)) {
    // "ZELLNOI A., M.D."
    if (k + 2 < count && (rd(tGap, k + 2) & (G_NEWLINE | G_OTHER | G_FAR)) == 0 && credAt(k + 2, mode)) return true;
    const f = rd(tEnd, k + 1);
    return fieldEndAt(f) ||
      (byteAt(f) == 0x2e && (f + 1 >= inLen || byteAt(f + 1) == 0x0a || byteAt(f + 1) == 0x20 && f + 2 < inLen && byteAt(f + 2) == 0x20));
  }
  return false;
}

/** Token k opens its line (or the input). */
function lineStart(k: u32): bool {
  return (rd(tGap, k) & (G_NEWLINE | G_START)) != 0;
}

const DICTATION_LABELS = "\u0001d\u0002dd\u0001t\u0002td\u0002dt\u0002cc";

/**
 * Transcription initials at the foot of a dictated note: "RZ / mk" (the author's capitals, a slash, the
 * transcriptionist's lower case, at the end of its line, opening the line or after a form column or a credential).
 * Token k is the upper-case half.
 */
function initialsPair(k: u32, caps: bool): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  if (rd(tShape, k) != SH_UPPER || len < 2 || len > 3 || k + 1 >= count) return false;
  const n = k + 1;
  const nl = rd(tEnd, n) - rd(tStart, n);
  if (rd(tShape, n) != (caps ? SH_UPPER : SH_LOWER) || nl < 2 || nl > 3) return false;
  if (!oneSlashBetween(k, n)) return false;
  const e = rd(tEnd, n);
  if (!(e >= inLen || byteAt(e) == 0x0a || byteAt(e) == 0x0d)) return false;
  // after "by:" or a dictation label and its colon: "Dictated by: GA/mfk", "Transcribed by: RT/jl", "DT: JS/kw"
  if (k >= 1 && exists(k - 1) && (rd(tGap, k) & G_COLON) != 0 && (rd(tGap, k) & G_NEWLINE) == 0 &&
    ((wordIn(k - 1, "\u0002by") && k >= 2 && exists(k - 2) && wordIn(k - 2, "\u0008dictated\u000btranscribed\u0005typed\u0007entered\u0008prepared\u0006signed")) ||
      // (in ALL CAPS "CC: SOB/DOE" is a chief complaint: the copy list's label does not vouch for capitals)
      (wordIn(k - 1, DICTATION_LABELS) && !(caps && wordIn(k - 1, "\u0002cc"))))) return true;
  // on a line of its own: the end of the note or a dictation label next ("D:", "DD:", "T:", "cc:")
  if (lineStart(k)) {
    // (at the end of the note only under a signature: the line before ends with a name)
    if (k + 2 >= count) return (e >= inLen || pos >= inLen) && k >= 1 && exists(k - 1) && rd(tDone, k - 1) == ENTITY_NAME;
    const m = k + 2;
    return (rd(tGap, m) & G_NEWLINE) != 0 && k + 3 < count && (rd(tGap, k + 3) & G_COLON) != 0 &&
      wordIn(m, DICTATION_LABELS);
  }
  // after the author's signature, in a column of its own: "SMITH, JOHN M.D.   RZ / mk"
  const s = rd(tStart, k);
  const column = (s >= 2 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x20) || (s >= 1 && byteAt(s - 1) == 0x09);
  if (!column) return k >= 2 && exists(k - 2) && credSlashCaps(k);
  return k >= 2 && exists(k - 2) && (dottedCred(k - 2) || rd(tDone, k - 1) == ENTITY_NAME || credAt(k - 1, MODE_CAPS));
}

/**
 * An unknown capitals-only acronym (3-5 letters) used as a hospital's name: in apposition after a facility word ("an
 * outside hospital, FIH,", "Medical Center (HMC)"), after "<facility> at" ("Renal Clinic at PUO"), before "Emergency"
 * ("the PUO Emergency Department"), or in a '|'-delimited record header cell between numbers. Unit acronyms ("MICU",
 * "PACU", ending in U) are left alone.
 */
function hospitalAcronym(k: u32, hasPrev: bool): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  const d = rd(tData, k);
  const sh = rd(tShape, k);
  if ((sh != SH_UPPER && sh != SH_LOWER) || len < 3 || len > 6 || tierOf(d) != 0 ||
    (d & CONTEXT_WORDS) != 0 || byteAt(rd(tEnd, k) - 1) == 0x55) return false;
  // (lower-case text, from lowerRecordAcronym(): no name's word, and the tests below as in capitals, "881203457 fmc",
  // "transferred to puh", "an outside hospital, mrks,", "inr clinic at pvh")
  if (sh == SH_LOWER && (len > 5 || nameStr(k) != 0)) return false;
  // (an acronym that is also a surname, "MAH", is a hospital only where its place is said, in mixed-case text where
  // a short word in capitals is no name)
  // (names in ALL CAPS reach here often: the shape and the last letter before modeAt's window)
  if (nameStr(k) > 1) {
    const z = byteAt(rd(tEnd, k) - 1);
    // (or after a care verb's "to/at/from": "transferred to MAH", "accepted from FMH ICU to PUH")
    return len <= 4 && hasPrev && (z == 0x48 || z == 0x43) && modeAt(k) == MODE_MIXED && (acronymWhere(k) || careMove(k));
  }
  if (hasPrev && careMove(k)) return true;
  if (len > 5) return false;
  if (numberedAcronym(k, hasPrev)) return true;
  if (hasPrev && acronymWhere(k)) return true;
  const g = rd(tGap, k);
  if (hasPrev && (g & (G_NEWLINE | G_FAR)) == 0) {
    const pd = rd(tData, k - 1);
    const facilityBefore = ((pd & F_FACILITY) != 0 && (pd & F_ORG) != F_ORG) ||
      (pType == ENTITY_LOCATION && pReason == R_FACILITY && pEnd == rd(tEnd, k - 1));
    // (in apposition: punctuation or a store number closes it, "an outside hospital, FIH, where", "pharmacy (CVS #2179";
    // "X Clinic, CDIB on file" goes on)
    if (facilityBefore && (gapMarks(k) & (GM_COMMA | GM_PAREN)) != 0 &&
      (k + 1 >= count || (rd(tGap, k + 1) & (G_COMMA | G_SENT | G_NEWLINE | G_OTHER | G_FAR | G_HASH)) != 0)) return true;
    if (wordIn(k - 1, "\u0002at") && k >= 2 && exists(k - 2) && tight(k - 1) && (rd(tData, k - 2) & F_FACILITY) != 0 &&
      (rd(tData, k - 2) & F_ORG) != F_ORG) return true;
    if (k + 1 < count && (rd(tShape, k - 1) == SH_NUM || rd(tShape, k + 1) == SH_NUM) && (gapMarks(k) & GM_BAR) != 0 &&
      (gapMarks(k + 1) & GM_BAR) != 0) return true;
  }
  return hasPrev && wordIn(k - 1, "\u0003the") && k + 1 < count && tight(k + 1) && wordIn(k + 1, "\u0009emergency");
}

/**
 * An acronym ending in H or C (Hospital, Center, Clinic: "BWH", "WMC", "PUMC") shown with a record number: before '#' and
 * the number ("BWH # 12345678", the hospital's record number), or after the record number that opens a header line and
 * ends it ("881203457 FMC" on its own line). Called by hospitalAcronym after its shape tests.
 */
function numberedAcronym(k: u32, hasPrev: bool): bool {
  const last = byteAt(rd(tEnd, k) - 1) & 0xdf;
  // (a '#' glued to it makes it a field label: "ACC# 4471928", "SPEC# 12345")
  if ((last != 0x48 && last != 0x43) || byteAt(rd(tEnd, k)) == 0x23) return false;
  if (k + 1 < count && exists(k + 1) && rd(tShape, k + 1) == SH_NUM && (rd(tGap, k + 1) & G_HASH) != 0 &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0 && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 5) return true;
  if (!hasPrev || rd(tShape, k - 1) != SH_NUM || rd(tEnd, k - 1) - rd(tStart, k - 1) < 5 || !lineStart(k - 1) ||
    (rd(tGap, k) & (G_NEWLINE | G_FAR | G_HASH | G_OTHER | G_SENT | G_COMMA)) != 0) return false;
  return k + 1 >= count ? pos >= inLen : lineStart(k + 1);
}

/** Words of moving or caring for a patient whose "to/at/from" names where: "transferred to", "seen at", "admitted from". */
const CARE_VERBS = "\u0008accepted\u000btransferred\u000atransfered\u0008transfer\u000ctransferring\u0008admitted\u000areadmitted\u0005admit\u0009admission\u000breadmission\u0009presented\u0008presents\u000apresenting\u0004seen\u0008followed\u0007treated\u0009evaluated\u000chospitalized\u000chospitalised\u000fhospitalization\u000adischarged\u0004sent\u0005taken\u0007brought\u0004came\u0004went\u0007arrived\u0008returned\u0008referred\u0004born\u0009delivered\u0004died\u0007expired\u0006stayed\u0004stay\u0004care\u0007managed\u0009diagnosed";

// service team unit floor ward protocol: after a hospital's name they make it a department ("the BMT service")
const SERVICE_WORDS = "\u0007service\u0004team\u0004unit\u0005floor\u0004ward\u0008protocol";

/**
 * Token k (an unknown acronym in capitals, checked by the caller) follows "at/to/from [the]" after a word of moving or
 * caring for a patient: "transferred to MGH", "seen at BIDMC", "admitted from HRC". Care settings and services are
 * never-a-name words in the word table ("OSH", "SNF", "ECF", "ENT"; units end in U), and a service word after it
 * makes it a department ("admitted to the BMT service").
 */
function careMove(k: u32): bool {
  let p = k - 1;
  if (!tight(k) || rd(tEnd, p) - rd(tStart, p) > 4) return false;
  if (wordIn(p, "\u0003the")) {
    if (p == 0 || !exists(p - 1) || !tight(p)) return false;
    p--;
  }
  if (p == 0 || !exists(p - 1) || !tight(p) || !wordIn(p, "\u0002to\u0002at\u0004from\u0002in")) return false;
  if (!wordIn(p - 1, CARE_VERBS) && !(wordIn(p, "\u0002to") && moveFrom(p - 1))) return false;
  return !(k + 1 < count && tight(k + 1) && wordIn(k + 1, SERVICE_WORDS));
}

/**
 * Token q ends the first place of a move, "from A to" or "from A B to", after a word of moving or caring for a patient:
 * one or two tokens in capitals or capitalised after "from" ("accepted from FMH ICU to PUH", "transferred from OSH to
 * BWH", "transferred from Youville to ..."), so that the place after "to" is read as careMove() reads one after the
 * verb.
 */
function moveFrom(q: u32): bool {
  for (let m = q; m + 2 > q && m >= 2 && exists(m - 2); m--) {
    const ms = rd(tShape, m);
    // (in lower-case text the first place is lower case as the second: "accepted from fmh icu to puh")
    if ((ms != SH_UPPER && ms != SH_CAP && ms != rd(tShape, q + 2)) || !tight(m)) return false;
    if (wordIn(m - 1, "\u0004from")) return tight(m - 1) && wordIn(m - 2, CARE_VERBS);
  }
  return false;
}

/** Token m can be one part of a hyphenated place name: no context or never-a-name word, no weak core English word. */
function hyphenPart(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == sh && rd(tEnd, m) - rd(tStart, m) >= 3 && (d & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) == 0 &&
    (tierOf(d) != 1 || nameStr(m) >= 2 || placeStr(d) >= 2);
}

/**
 * Token k opens a hospital named by two or three capitalised parts joined by hyphens, with no facility head, after
 * "at/to/from [the]" and a word of moving or caring for a patient: "transferred to Dana-Farber", "seen at
 * Newton-Wellesley". Eponymous diseases ("Guillain-Barre", "Non-Hodgkin") do not follow those words; a capitalised word
 * after the parts leaves the name to the facility rule ("Newton-Wellesley Hospital"). Returns the last part, or 0.
 */
function hyphenHospital(k: u32, mode: u32): u32 {
  const sh = rd(tShape, k);
  if (!hyphenPart(k, sh)) return 0;
  let last = k;
  while (last < k + 2 && last + 1 < count && rd(tStart, last + 1) == rd(tEnd, last) + 1 && byteAt(rd(tEnd, last)) == 0x2d &&
    hyphenPart(last + 1, sh)) last++;
  if (last == k || !careMove(k)) return 0;
  const n = last + 1;
  if (n >= k + LOOK_AHEAD + 1) return 0; // (what follows must be in view)
  // (in ALL CAPS every word is a capital: only a facility word after the parts is part of the name)
  const nd = n < count ? rd(tData, n) : 0;
  const capsWord = mode == MODE_CAPS && (nd & (F_FACILITY | F_FAC_MOD | F_ORG)) == 0 && (n + 1 >= count || (rd(tMw2, n + 1) & F_FACILITY) == 0);
  if (n < count && tight(n) && ((rd(tShape, n) != SH_LOWER && !capsWord) || wordIn(n, SERVICE_WORDS) || wordIn(n, "\u0007program\u0008syndrome\u0007disease"))) return 0;
  if (n >= count && pos < inLen) return 0;
  return last;
}

/** Words of a hospital's departments and units, and of generic facilities: never the name before a facility head. */
const DEPARTMENT_WORDS = "\u0009emergency\u0009intensive\u0004care\u0008critical\u0009operating\u0008recovery\u0005labor\u0008delivery\u0007surgery\u0007medical\u0008surgical\u0003day\u0005acute\u0006mental\u0006health\u0007general\u0009community\u0005local\u0007outside\u0004area\u0005state\u0008teaching\u0004main\u0004same\u0005other\u0005prior\u0008previous\u0006county\u0004city\u0003the\u0003and\u0002of";

/**
 * Start of two or three capitalised words (mixed case, one line, blanks between) right before a strong facility head
 * at k..last ("Hospital", "... Home", "Medical Center", "Rehabilitation Center", "Nursing and Rehabilitation"), each a common word and no department
 * word ("Golden Age Nursing Home"); or k when there are none. jWalk is where the facility walk stopped.
 */
function commonWordsFacility(jWalk: u32, k: u32, last: u32): u32 {
  const strongHead = wordIn(last, "\u0008hospital\u0004home") || (last > k && wordIn(k, "\u0007medical\u000erehabilitation\u0007nursing"));
  if (!strongHead) return k;
  const lo = k >= 3 && jWalk < k - 3 ? k - 3 : jWalk;
  let f = k;
  while (f > lo && tight(f)) {
    const q = f - 1;
    const qd = rd(tData, q);
    if (rd(tShape, q) != SH_CAP || rd(tEnd, q) - rd(tStart, q) < 3 || (qd & (CONTEXT_WORDS | F_NOT_NAME)) != 0 ||
      wordIn(q, DEPARTMENT_WORDS) || !exists(q)) break;
    f = q;
  }
  // one word is enough before "... Home" in mid-sentence ("discharged to Sunrise Nursing Home"): a department has no home
  if ((f + 2 > k && !(f + 1 == k && wordIn(last, "\u0004home"))) || sentenceStart(f)) return k;
  return f;
}

/** Token k is 1-3 capital letters then 1-`maxDigits` digits and nothing else ("RQ12", "EH6", "IH384"). */
function capsDigitsCode(k: u32, maxDigits: u32, lower: bool = false): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  const a: u32 = lower ? 0x61 : 0x41;
  let i = s;
  while (i < e && byteAt(i) >= a && byteAt(i) <= a + 25) i++;
  const letters = i - s;
  if (letters < 1 || letters > 3) return false;
  const j = i;
  while (i < e && byteAt(i) >= 0x30 && byteAt(i) <= 0x39) i++;
  return i == e && i - j >= 1 && i - j <= maxDigits;
}

/**
 * Token k, a letters-and-digits code on the line of a signature right after "M.D." ("QUINTANILLA , M.D. RQ12
 * IH384/0913", "ELIA A. , M.D. EH6"), ending the line: the dictating doctor's code, and a dictation number "IH384/0913"
 * after it, are identifiers of the record system ("M.D. PGY2" is a training year); in lower-case text the code is
 * as lower-case as the credential ("m.d. rq12"). Emits ID and returns true.
 */
function signatureCode(k: u32): bool {
  if (!exists(k - 2) || !dottedCred(k - 2) || rd(tStart, k - 1) != rd(tStart, k - 2) + 2 ||
    (rd(tGap, k) & (G_NEWLINE | G_FAR | G_COMMA)) != 0 || (gapMarks(k) & (GM_SEMI | GM_COLON | GM_PAREN)) != 0 ||
    !capsDigitsCode(k, 3, byteAt(rd(tStart, k - 2)) >= 0x61) || wordIn(k, TRAINING_YEARS)) return false;
  let last = k;
  // "IH384/0913": letters and digits, '/', digits
  if (k + 2 < count && rd(tShape, k + 1) == SH_OTHER && (rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0 && capsDigitsCode(k + 1, 4, byteAt(rd(tStart, k - 2)) >= 0x61) &&
    rd(tShape, k + 2) == SH_NUM && rd(tStart, k + 2) == rd(tEnd, k + 1) + 1 && byteAt(rd(tEnd, k + 1)) == 0x2f) last = k + 2;
  // (the line ends after it: "M.D. A1c 7.2" goes on)
  if (last + 1 < count ? (rd(tGap, last + 1) & (G_NEWLINE | G_FAR)) == 0 : pos < inLen) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_ID, 650, REASON_RECORD_FIELD, k, last);
  return true;
}

// a resident's training year after a signature ("M.D. PGY2"), no doctor's code
const TRAINING_YEARS = "\u0004pgy1\u0004pgy2\u0004pgy3\u0004pgy4\u0004pgy5\u0004pgy6\u0004pgy7";
// gases and days that have a code's shape ("CO2", "POD1")
const TRAILER_CODE_NOT = "\u0003co2\u0003po2\u0003hd1\u0004pod1\u0004pod2\u0004pod3";

/**
 * Token k, a doctor's code in a dictation trailer without "M.D." before it (1-3 capitals, 1-2 digits): between the
 * name the line signs with and its credential or the line's end ("Attending: Walter Kellotti WK9  MD", "Dictated By:
 * ROSS, ANA RA4"), or opening the line of the dictation dates ("JQ1 D: 12/26/95 T: 12/27/95"). Emits ID, as
 * signatureCode() does, and returns true. ("Dr. Ames B12 level", "seen by Dr. Ames L5" in prose: no credential and no
 * line end, or a word after it.)
 */
function trailerCode(k: u32): bool {
  // (two capitals at least: "L5", "B12", "T4" are a spine level, a vitamin, a hormone; "CO2", "PGY2" are no code)
  const s = rd(tStart, k);
  if (!capsDigitsCode(k, 2) || byteAt(s + 1) < 0x41 || wordIn(k, TRAINING_YEARS) || wordIn(k, TRAILER_CODE_NOT)) return false;
  if (lineStart(k)) {
    // "JQ1 D: 12/26/95": a dictation date label on the same line, its colon, then a date's first number
    if (k + 2 >= count || (rd(tGap, k + 1) & (G_NEWLINE | G_COMMA)) != 0 || !wordIn(k + 1, DICTATION_DATES) ||
      (rd(tGap, k + 2) & (G_COLON | G_NEWLINE)) != G_COLON || rd(tShape, k + 2) != SH_NUM) return false;
  } else {
    // after the name, blanks only between, and a credential or the line's end next
    if (!exists(k - 1) || rd(tDone, k - 1) != ENTITY_NAME || !blanksOnly(k - 1, k)) return false;
    if (k + 1 < count) {
      if ((rd(tGap, k + 1) & G_NEWLINE) == 0 && !(blanksOnly(k, k + 1) && credAt(k + 1, MODE_CAPS))) return false;
    } else if (pos < inLen) return false;
  }
  span(rd(tStart, k), rd(tEnd, k), ENTITY_ID, 650, REASON_RECORD_FIELD);
  wr(tDone, k, 0xff);
  return true;
}

// (stop 38) what follows an interstate's number after a comma: a direction of travel, an exit, a mile marker
const HIGHWAY_AFTER38 = "\u000anorthbound\u000asouthbound\u0009eastbound\u0009westbound\u0002nb\u0002sb\u0002eb\u0002wb\u0004exit\u0004mile\u0002mm\u000binterchange";
const HIGHWAY_BEFORE = "\u0002on\u0003the\u0004near\u0003off\u0003via\u0004from\u0002to\u0004onto\u0005along\u0002at\u0004exit";

/**
 * Token k ("I") opens an interstate: '-' and 1-3 digits right after it, a word of where before it ("MVC near the I-95
 * interchange", "on I-90"; "type I-2", "grade I-II" have no such word or no digits). Emits LOCATION and returns true.
 */
function interstate(k: u32): bool {
  if (k == 0 || k + 1 >= count || !exists(k - 1) || !linked(k)) return false;
  const e = rd(tEnd, k);
  if (rd(tShape, k + 1) != SH_NUM || rd(tStart, k + 1) != e + 1 || byteAt(e) != 0x2d) return false;
  const n = rd(tEnd, k + 1) - rd(tStart, k + 1);
  // (stop 38: in lower-case text its lower-case letter, "mvc on i-93 near exit 14"; or after a comma with a direction
  // of travel, an exit or a mile marker after it, "Dispatched to MVC, I-495 northbound at mile 37")
  if (byteAt(rd(tStart, k)) == 0x69 && modeAt(k) != MODE_LOWER) return false;
  if (n < 1 || n > 3 || !(tight(k) && wordIn(k - 1, HIGHWAY_BEFORE) || (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0 &&
    (rd(tGap, k) & G_COMMA) != 0 && k + 2 < count && tight(k + 2) && wordIn(k + 2, HIGHWAY_AFTER38))) return false;
  // (iodine isotopes: "on I-131", "from I-123"; no interstate has these numbers)
  if (n == 3 && byteAt(rd(tStart, k + 1)) == 0x31 && (wordIn(k + 1, "\u0003123\u0003125\u0003131"))) return false;
  span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_LOCATION, 750, R_ADDRESS);
  wr(tDone, k, 0xff);
  wr(tDone, k + 1, 0xff);
  return true;
}

const AGE_COPULAS = "\u0002is\u0003was\u0006turned\u0005turns";
// measurements a number is given for ("heart rate is ninety", "sats were ninety"): no age
const MEASURE_WORDS = "\u0004rate\u0002hr\u0005pulse\u0002bp\u0008pressure\u000btemperature\u0004temp\u0003sat\u0004sats\u000asaturation\u0007glucose\u0005sugar\u0006weight\u0005score\u0005level\u0005count\u0007percent";
const UNIT_NUMBERS = "\u0003one\u0003two\u0005three\u0004four\u0004five\u0003six\u0005seven\u0005eight\u0004nine";

/**
 * Token k ("ninety") after "is/was/turned" is a person's age when the clause ends after it (or after its unit, "ninety-
 * two"): a period, comma, line break or "and" ("The patient is ninety.", "her father, who is ninety-two, has"). A
 * measurement before the copula ("heart rate is ninety") is none; with "year old" after it the built-in dictionary
 * reports it. Emits AGE over the number words and returns true.
 */
function copulaAge(k: u32): bool {
  if (k == 0 || !exists(k - 1) || !wordIn(k, "\u0006ninety")) return false;
  // (stop 38: or in apposition after a person's name, commas around it: "her mother Mrs. Lottie Frazier, ninety-one,
  // next door", as "Frazier, 91," is read)
  const g = rd(tGap, k);
  const apposed = (g & G_COMMA) != 0 && (g & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0 && rd(tDone, k - 1) == ENTITY_NAME;
  if (!apposed && (!linked(k) || !tight(k) || !wordIn(k - 1, AGE_COPULAS))) return false;
  if (k >= 2 && exists(k - 2) && wordIn(k - 2, MEASURE_WORDS)) return false;
  let last = k;
  if (k + 1 < count && (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) == 0 && wordIn(k + 1, UNIT_NUMBERS)) last = k + 1;
  let ends: bool;
  if (last + 1 >= count) ends = pos >= inLen;
  else if (apposed) ends = (rd(tGap, last + 1) & (G_NEWLINE | G_SENT | G_COMMA)) != 0;
  // (stop 38: a spaced dash closes the clause too, "SHE IS NINETY-ONE - NOT 93 AS ON THE REFERRAL")
  else ends = (rd(tGap, last + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_FAR)) != 0 || isAnd(last + 1) || spacedDash(last + 1) ||
    // "turned"/"turns" say age on their own ("He turned ninety-one on Nov 22nd"), unless a unit follows ("turned
    // ninety degrees")
    (wordIn(k - 1, "\u0006turned\u0005turns") && !wordIn(last + 1, "\u0007degrees\u0006degree\u0007percent\u0005times"));
  if (!ends) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_AGE, 800, REASON_AGE_CUE, k, last);
  return true;
}

/** Generic words of a practice's name: "Dr. Tran of Primary Care" names no practice. */
const PRACTICE_WORDS = "\u0007primary\u0006family\u0009pediatric\u0008internal\u0008medicine\u0008practice\u0009specialty";

/**
 * The practice of a doctor just named: capitalised words between "of" after a person found and a facility head
 * (k..last), each a word but no department or generic practice word ("DR. ELIAS MONTGOMERY OF GREEN PRIMARY CARE",
 * "Dr. Tran of Riverside Pediatrics"; not "Dr. Tran of Primary Care", "DR. X OF THE EMERGENCY DEPARTMENT"). jWalk is
 * where the facility walk stopped (on "OF" in capitals, on the word after "of" in mixed case). Returns the first word,
 * or k + 1 (none).
 */
function doctorPractice(jWalk: u32, k: u32, last: u32): u32 {
  let f: u32;
  if (jWalk > 0 && exists(jWalk - 1) && wordIn(jWalk, "\u0002of") && rd(tDone, jWalk - 1) == ENTITY_NAME) f = jWalk + 1;
  else if (jWalk >= 2 && exists(jWalk - 2) && wordIn(jWalk - 1, "\u0002of") && rd(tDone, jWalk - 2) == ENTITY_NAME &&
    tight(jWalk) && tight(jWalk - 1)) f = jWalk;
  else return k + 1;
  if (f > k || f > last) return k + 1;
  let named = false;
  for (let m = f; m <= last; m++) {
    const md = rd(tData, m);
    const ms = rd(tShape, m);
    if ((ms != SH_CAP && ms != SH_UPPER) || (m > f && !tight(m))) return k + 1;
    if ((md & (F_FACILITY | F_FAC_MOD)) != 0 && (md & F_NOT_NAME) == 0) continue;
    if ((md & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || wordIn(m, DEPARTMENT_WORDS)) return k + 1;
    if (!wordIn(m, PRACTICE_WORDS)) named = true;
  }
  return named ? f : k + 1;
}

/** Determiners and pronouns before a home that is no name: "TO HER NURSING HOME", "FROM A NEW REST HOME". */
const HOME_DETERMINERS = "\u0001a\u0002an\u0003his\u0003her\u0005their\u0003its\u0003our\u0002my\u0004your\u0004this\u0004that\u0003new\u0003old\u0007another\u0009different\u0006former\u0004same\u0005group\u0006foster\u0007funeral";

/**
 * In ALL CAPS, where capitals say nothing, one or two common words right before a multi-word "... HOME" head (k..last)
 * after "TO", "FROM", "AT", "IN" or "OR" name the home: "D/C TO SUNRISE NURSING HOME", "FROM PLEASANT VIEW REST HOME";
 * determiners, department and generic words do not ("TO HER NURSING HOME", "FROM LOCAL NURSING HOME"). Returns the
 * first word, or k.
 */
function capsHomeName(k: u32, last: u32): u32 {
  // (or a nursing home named with both its services: "FROM PLEASANT BAY NURSING AND REHAB")
  if (!wordIn(last, "\u0004home") && !(last > k && wordIn(k, "\u0007nursing"))) return k;
  let f = k;
  while (f + 2 > k && f > 0 && exists(f - 1) && tight(f)) {
    const q = f - 1;
    const qd = rd(tData, q);
    if (rd(tShape, q) != SH_UPPER || rd(tEnd, q) - rd(tStart, q) < 3 || (qd & (CONTEXT_WORDS | F_NOT_NAME)) != 0 ||
      wordIn(q, DEPARTMENT_WORDS) || wordIn(q, HOME_DETERMINERS)) break;
    f = q;
  }
  if (f == k || f == 0 || !exists(f - 1) || !tight(f) || !wordIn(f - 1, "\u0002to\u0004from\u0002at\u0002in\u0002or")) return k;
  return f;
}

/**
 * In ALL CAPS, a facility's name alone on its line, as letterheads and report headers print it ("METRO SOUTH MEDICAL
 * CENTER", "NORTHSHORE NEUROLOGY ASSOCIATES"): one to three words of three letters or more open the line before the
 * head `k`..`last`, and the line ends after it; words a department or a service is named by, alone, are none
 * ("EMERGENCY MEDICAL CENTER", "THE HOSPITAL"). Returns the first word, or k. (The line's end is read within the
 * look-ahead, or at the end of the input.) (Stop 37, `cell`: or in a form's cell, as report headers print it beside
 * other fields: the words open the line or a column (two blanks or a tab before them), a column gap or the line's end
 * follows the head or its "ED" ("CHAIN OF CUSTODY            REGIONS HOSPITAL ED          DATE 12/01/2090", "METRO
 * SOUTH MEDICAL CENTER ED    ARRIVAL 08/15/2091"), and one word at least says which place ("   COMMUNITY HOSPITAL   ",
 * "OUTSIDE HOSPITAL ED   " stay).)
 */
function capsLineFacility(k: u32, last: u32, cell: bool): u32 {
  const n = last + 1;
  if (n >= count ? !(rd(tEnd, last) >= inLen && pos >= inLen) :
    (rd(tGap, n) & (cell ? G_NEWLINE | G_FAR : G_NEWLINE)) == 0 && !(cell && (columnGap(n) || cellDepartment37(n)))) return k;
  let f = k;
  while (f > 0 && exists(f - 1) && tight(f) && !(cell && columnGap(f)) && k - f < 3) {
    const q = f - 1;
    if (rd(tShape, q) != SH_UPPER || rd(tEnd, q) - rd(tStart, q) < 3 || (rd(tData, q) & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return k;
    f = q;
  }
  if (f == k || !(f == 0 || (rd(tGap, f) & (G_NEWLINE | G_START)) != 0 || cell && columnGap(f))) return k;
  // (in a cell one word at least says which place: no kind, generic, function word or determiner either)
  for (let m = f; m < k; m++) {
    if (!wordIn(m, DEPARTMENT_WORDS) && !wordIn(m, HOME_DETERMINERS) && !(cell && (wordIn(m, HOSPITAL_KINDS37) || kindWord35(m) ||
      wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, NAME_DETERMINERS)))) return f;
  }
  return k;
}

// (stop 39) a firm's or a hospital's own departments before a head, no name: human home patient social guest customer
const SERVICE_DEPTS39 = "\u0005human\u0004home\u0007patient\u0006social\u0005guest\u0008customer";

/**
 * (stop 39) In ALL CAPS, one to three words in capitals between a form's label opening its line and a facility's head,
 * the head's phrase closing after it (a comma, '.', ';', '(', ')', a column gap, the line's or the text's end):
 * "SENDING: BLUE MOUNTAIN HOSPITAL, BLANDING, UT", "RECEIVING: GRAND MESA HOSPITAL\n". capsLineFacility() wants the
 * name to open its line; here the label's colon stands before it. Each word three letters or more, no context word or
 * not-a-name word, word of where or function word, and one at least no department word, generic word or determiner
 * ("DISPOSITION: OUTSIDE HOSPITAL.", "HX: STATE HOSPITAL, 1990", "DISPOSITION: HOME WITH SERVICES", "CONTACT: HUMAN
 * RESOURCES, ..." stay words). Returns the name's first token, or k.
 */
function capsLabelFacility39(k: u32, last: u32): u32 {
  const e = rd(tEnd, last);
  if (!fieldEndAt(e)) {
    const pa = punctAfter(e);
    if (!(pa == 0x2c || pa == 0x2e || pa == 0x3b || pa == 0x29 || byteAt(e) == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x28)) return k;
  }
  let f = k;
  while (f > 0 && exists(f - 1) && tight(f) && k - f < 3) {
    const q = f - 1;
    if (rd(tShape, q) != SH_UPPER || rd(tEnd, q) - rd(tStart, q) < 3 || (rd(tData, q) & (CONTEXT_WORDS | F_NOT_NAME)) != 0 ||
      wordIn(q, WHERE_FRAMES) || wordIn(q, NAME_FUNCTION_WORDS)) break;
    f = q;
  }
  // (the label: one word opening its line, its colon right before the name)
  if (f == k || f < 1 || !exists(f - 1) || (rd(tGap, f) & (G_COLON | G_NEWLINE | G_FAR)) != G_COLON || !lineStart(f - 1) ||
    rd(tShape, f - 1) != SH_UPPER) return k;
  for (let m = f; m < k; m++) {
    if (!wordIn(m, DEPARTMENT_WORDS) && !wordIn(m, HOME_DETERMINERS) && !wordIn(m, HOSPITAL_KINDS37) && !kindWord35(m) &&
      !wordIn(m, SERVICE_DEPTS39)) return f;
  }
  return k;
}

// (stop 40, loc40) a form's labels whose value is a facility: receiving sending facility hospital location site
// transferring accepting referring destination placement
const FAC_LABELS40 = "\u0009receiving\u0007sending\u0008facility\u0008hospital\u0008location\u0004site\u000ctransferring\u0009accepting\u0009referring\u000bdestination\u0009placement";

/**
 * (stop 40, loc40) In ALL CAPS or lower case, token j opens a facility's name found by its evidence ("GLEN HOSPITAL":
 * a name before the head), and one or two core words of its case stand between it and a facility's label and colon
 * that open the line (FAC_LABELS40): the words are the name's, "RECEIVING: FOREST GLEN HOSPITAL", "sending facility:
 * maple hill regional hospital". Words of where, determiners, departments and hospital kinds stay out ("RECEIVING:
 * OUTSIDE GLEN HOSPITAL" is none). Returns the name's first token (j when none). A "Loc" rule.
 */
function labelFacLoc40(j: u32): u32 {
  const sh = rd(tShape, j);
  let f = j;
  while (f > 0 && exists(f - 1) && tight(f) && j - f < 2) {
    const q = f - 1;
    if (rd(tShape, q) != sh || rd(tEnd, q) - rd(tStart, q) < 3 || (rd(tData, q) & (CONTEXT_WORDS | F_NOT_NAME)) != 0 ||
      wordIn(q, WHERE_FRAMES) || wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, HOME_DETERMINERS) || wordIn(q, DEPARTMENT_WORDS) ||
      wordIn(q, HOSPITAL_KINDS37) || wordIn(q, FAC_LABELS40)) break;
    f = q;
  }
  if (f == j || f < 1 || !exists(f - 1) || (rd(tGap, f) & (G_COLON | G_NEWLINE | G_FAR)) != G_COLON || !wordIn(f - 1, FAC_LABELS40)) return j;
  const l = f - 1;
  return lineStart(l) || l > 0 && exists(l - 1) && tight(l) && lineStart(l - 1) ? f : j;
}

/**
 * Short specialties that name a practice after a place ("Lakeside Eye", "Salem GI", "Boston ENT", "Westbury Retina"):
 * in ALL CAPS only where their phrase ends or a facility head follows ("SALEM EYE EXAM" is an examination).
 */
const SHORT_SPECIALTIES = "\u0003eye\u0002gi\u0003ent\u0006retina\u0006vision";
/** Medical specialties that name a practice after a place ("Cape Cod Cardiology", "North Shore Oncology"). */
const SPECIALTY_WORDS = "\u000acardiology\u0008oncology\u000ahematology\u0009neurology\u0007urology\u000bdermatology\u0010gastroenterology\u000bpulmonology\u000anephrology\u000crheumatology\u000dendocrinology\u000borthopedics\u000corthopaedics\u000apediatrics\u0009radiology\u000dophthalmology\u0008podiatry\u000apsychiatry\u000aobstetrics\u000agynecology\u0007allergy";

/**
 * Token k opens a practice named by a place and a specialty, in mixed case or ALL CAPS: one to two capitalised words, the first a
 * known place or the words a multi-word place, then a specialty ("Cape Cod Cardiology", "Pioneer Valley Cardiology",
 * "Quincy Oncology"); "Pediatric Cardiology" and "Nuclear Cardiology" have no place. Returns the specialty, or 0.
 */
function placeSpecialty(k: u32): u32 {
  const d = rd(tData, k);
  const sh = rd(tShape, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || rd(tEnd, k) - rd(tStart, k) < 3) return 0;
  // (not its first word; in ALL CAPS a word before it that could open the name: "TO QUINCY ONCOLOGY" opens at QUINCY)
  if (k > 0 && exists(k - 1) && tight(k) && rd(tShape, k - 1) == sh &&
    (sh == SH_CAP || placeStr(rd(tData, k - 1)) > 0 || tierOf(rd(tData, k - 1)) == 0)) return 0;
  // (in ALL CAPS a town that is also a core English word is a word: "NORMAL NEUROLOGY", "MAIN ONCOLOGY")
  if (sh == SH_UPPER && tierOf(d) == 1 && placeStr(d) <= 1) return 0;
  for (let m = k + 1; m <= k + 2 && m < count; m++) {
    if (!tight(m)) return 0;
    const ms = rd(tShape, m);
    // (a short specialty written as an acronym after a capitalised town: "Salem GI", "Boston ENT")
    const acronym = sh == SH_CAP && ms == SH_UPPER && rd(tEnd, m) - rd(tStart, m) <= 3 && wordIn(m, SHORT_SPECIALTIES);
    if (ms != sh && !acronym) return 0;
    const short = acronym || wordIn(m, SHORT_SPECIALTIES);
    if (short || wordIn(m, SPECIALTY_WORDS)) {
      const place = placeStr(d) > 0 || (m == k + 2 && (placeStr(rd(tMw2, k + 1)) > 0 || placeStr(rd(tData, k + 1)) > 1));
      if (!place) return 0;
      // (a facility head after the specialty is part of the name: "Lakeside Eye Center", "Salem Retina Clinic"; an
      // organisation head, "Associates", is the organisation rule's: it types the practice an organisation)
      if (m + 1 < count && tight(m + 1) && rd(tShape, m + 1) == ms && (rd(tData, m + 1) & (F_FACILITY | F_FAC_MOD)) != 0 &&
        (rd(tData, m + 1) & F_ORG) != F_ORG) return m + 1;
      return short && sh == SH_UPPER && !breakAfter(m) ? 0 : m;
    }
    if ((rd(tData, m) & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return 0;
  }
  return 0;
}

const TOWN_SUFFIX_1 = "\u0007chester";
const TOWN_SUFFIX_2 = "\u0005ville\u0005field\u0004burg\u0005burgh\u0004ford\u0004wood\u0004port\u0004boro\u0007borough\u0004bury\u0004dale\u0005haven\u0005mouth\u0004town\u0005ridge\u0005brook";
const TOWN_SUFFIX_3 = "\u0003ton\u0003ham";

/** A town's ending on an unknown capitalised word ("Moikton", "Drussford", "Trontville", "Yorrfield"). */
function townShape(k: u32): bool {
  return endsWithAny(k, TOWN_SUFFIX_1, 1) || endsWithAny(k, TOWN_SUFFIX_2, 2) || endsWithAny(k, TOWN_SUFFIX_3, 3);
}

const RESIDENCE_VERBS = "\u0005lives\u0004live\u0006living\u0007resides\u0006reside\u0008residing\u0005moved\u0009relocated\u0004born\u0006raised\u0004grew";

/**
 * A residence verb in the same sentence, at most 6 tokens before k: "lives (alone|with his wife Ann) in X" (`verbs`:
 * RESIDENCE_VERBS, or RESIDE_VERBS before a house number: "STAYS WITH HER SON AT 12 ...").
 */
function residenceBefore(k: u32, verbs: string = RESIDENCE_VERBS): bool {
  let j = k;
  for (let steps: u32 = 0; steps < 7; steps++) {
    if (j == 0 || !exists(j - 1) || (rd(tGap, j) & (G_NEWLINE | G_SENT | G_FAR)) != 0) return false;
    j--;
    if (wordIn(j, verbs)) return true;
  }
  return false;
}

/**
 * "LAST, FIRST" where FIRST is no dictionary word (invented or rare): the surname before the comma was decided a name
 * by a title, a cue or a credential (not a guess), the first name has its shape and no medical ending, and the name
 * field ends after it ("Dictated By: SKOIRINO, BRULYEAO", "READ BY: TROXWICK, CURTHAKO\n").
 */
function lastFirstUnknown(k: u32, mode: u32): bool {
  if (nameStr(k) > 0 || !unknownWord(k) || rd(tShape, k) != rd(tShape, k - 1)) return false;
  // (a hyphenated surname is one: "Patient: Delacroix-Mbeki, Thandiwe", its second half joined as a neighbour)
  const hyphenated = k >= 2 && rd(tGap, k - 1) == G_HYPHEN && pStart == rd(tStart, k - 2) && pReason == R_NEIGHBOUR;
  if (!hyphenated && (pStart != rd(tStart, k - 1) || !(pReason == R_TITLE || pReason == R_CUE || pReason == R_CREDENTIAL))) return false;
  return fieldEndsAfter(k, mode);
}

/**
 * A line that is only "LAST, FIRST [M]" in capitals, both words unknown to the dictionaries (surrogate and rare
 * names: "RONHARDT, KAISTSTEA          UNIT NO: ..."), the field ending after the first name. Token k is LAST.
 */
function lastFirstLine(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || !lineStart(k) || k + 1 >= count) return false;
  const n = k + 1;
  if (rd(tShape, k) != SH_UPPER || rd(tShape, n) != SH_UPPER) return false;
  // the gap is ", " exactly (one comma, blanks)
  if ((rd(tGap, n) & ~G_COMMA) != 0 || rd(tStart, n) - rd(tEnd, k) > 3) return false;
  return unknownWord(k) && unknownWord(n) && fieldEndsAfter(n, mode);
}

/**
 * "WHITE , GRANT E   UNIT NO", "YOUNG , ROSE A , M.D.": a dictionary surname, a comma, a dictionary given name and a
 * middle initial, the field ending after the initial (line break, column gap or credential). The initial makes the
 * inverted name certain even when both words are English words ("White", "Grant", "Young", "Rose"). Token k is LAST.
 */
function lastFirstInitial(k: u32, mode: u32): bool {
  const n = k + 1;
  if (k + 2 >= count) return false;
  const sh = rd(tShape, k);
  if (rd(tShape, n) != sh || rd(tShape, k + 2) != SH_INITIAL || !tight(k + 2)) return false;
  // the gap is ", " exactly (one comma, blanks)
  if ((rd(tGap, n) & ~G_COMMA) != 0 || rd(tStart, n) - rd(tEnd, k) > 3) return false;
  const d = rd(tData, k);
  const dn = rd(tData, n);
  if (((d | dn) & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || lastStr(d) == 0 || firstStr(dn) == 0) return false;
  return fieldEndsAfter(n, mode);
}

/**
 * "FIRST LAST, credential" opening a field (after a line break or a label's colon): a listed given name, then a listed
 * surname, both English words allowed ("READ BY: MARK LOVE, M.D.", "Surgeon: Grant Page, MD", "HOPE WHITE, RN" on its
 * own line), when both are core English words (the neighbour rules take every other pair). A signature's comma and
 * credential are the evidence that the words are no prose ("CHEST PAIN, MD" has no given name; "Plan: Will Call, RN"
 * is refused by the modal list).
 */
function signedPair(k: u32, mode: u32): bool {
  const n = k + 1;
  if (k + 2 >= count || rd(tShape, n) != rd(tShape, k) || rd(tGap, n) != 0 || !tight(n)) return false;
  if ((rd(tGap, k) & (G_NEWLINE | G_START | G_COLON)) == 0) return false;
  if ((rd(tGap, k + 2) & ~G_COMMA) != 0 || (rd(tGap, k + 2) & G_COMMA) == 0 || !credAt(k + 2, mode)) return false;
  const d = rd(tData, k);
  const dn = rd(tData, n);
  if (((d | dn) & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || firstStr(d) == 0 || lastStr(dn) == 0) return false;
  // (only two core English words: every other pair is already a name by the neighbour rules)
  return tierOf(d) == 1 && tierOf(dn) == 1 && !wordIn(k, MODAL_WORDS) && !wordIn(n, MODAL_WORDS);
}

/**
 * Token k closes a list of relatives opened by a cue: "her children Sofiia (14) and Dmytro (9)", "sons Kofi and Yaw":
 * "and" before k, and before it the name the cue decided (the pending span, reason cue), with an age in parentheses
 * between or not. k is a capitalised unknown word (no English word, no context word, no medical ending), which no other
 * rule names alone.
 */
function relativeListName(k: u32): bool {
  if (k < 2 || !exists(k - 2) || !isAnd(k - 1) || !tight(k) || (rd(tGap, k - 1) & (G_NEWLINE | G_SENT | G_FAR)) != 0) return false;
  let j = k - 2;
  // ("(14)": a child's age after the name)
  if (rd(tShape, j) == SH_NUM && j >= 1 && exists(j - 1) && punctBefore(rd(tStart, j)) == 0x28 &&
    punctAfter(rd(tEnd, j)) == 0x29) j--;
  if (pType != ENTITY_NAME || pReason != R_CUE || pEnd != rd(tEnd, j)) return false;
  // (in ALL CAPS and lower case, round 17's roundSeventeen(), in the case of the relative's name: "CHILDREN SOFIIA (14)
  // AND DMYTRO (9)")
  return unknownWord(k) && (rd(tShape, k) == SH_CAP || rd(tShape, k) == rd(tShape, j)) && (rd(tData, k) & F_NOT_NAME) == 0;
}

/** Token m is no English word and no context word, 3+ letters, without a medical ending: an unknown word. */
function unknownWord(m: u32): bool {
  const md = rd(tData, m);
  return tierOf(md) == 0 && (md & CONTEXT_WORDS) == 0 && rd(tEnd, m) - rd(tStart, m) >= 3 && !medicalShape(m);
}

/**
 * A cue one step further away, for dictionary names and unknown words only: a role and "is" ("PCP is Vaneyonan",
 * "daughter is Zellnoi"); "the patient is ..." describes ("is Jehovah's Witness").
 */
function farCue(k: u32): bool {
  if (k < 2 || !exists(k - 2) || !tight(k - 1)) return false;
  const p = k - 1;
  // (only "is", "was" and "with" lead here: their lengths before the word lists)
  const pl = rd(tEnd, p) - rd(tStart, p);
  if (pl < 2 || pl > 4) return false;
  // ("the patient is ..." describes: "is Jehovah's Witness")
  if (wordIn(p, "\u0002is\u0003was")) return (rd(tData, p - 1) & F_CUE) != 0 && (rd(tData, p - 1) & F_VERB_BY) == 0 &&
    !wordIn(p - 1, "\u0004name\u0006called\u0005named\u0007patient\u0002pt");
  if (!wordIn(p, "\u0004with")) return false;
  // a conversation verb a few words before "with" in the same clause ("discussed the case with Kotemones", "spoke at
  // length with Zellnoi"); treatment verbs are not among them ("treated with Unasyn")
  let j = p;
  for (let steps: u32 = 0; steps < 4; steps++) {
    if (j == 0 || !exists(j - 1) || (rd(tGap, j) & (G_NEWLINE | G_SENT | G_FAR | G_COMMA)) != 0) return false;
    j--;
    if (wordIn(j, "\u0009discussed\u0005spoke\u0006talked\u0003met\u0009conferred\u0008reviewed\u0009consulted\u0006spoken")) return true;
  }
  return false;
}

/**
 * Token k, a dictionary name alone in its field, follows a role label: a credential in capitals and a colon ("RN: Sue",
 * "MD: Ed"; a role cue and a colon is a cue already, "Nurse: Sue").
 */
function roleLabel(k: u32, mode: u32): bool {
  // (a dictionary name alone in its field: "NP: Volumen 2.500 ml", "OD: Atrofia geográfica" are findings)
  if ((rd(tData, k - 1) & F_CRED) == 0 || rd(tShape, k - 1) != SH_UPPER || nameStr(k) == 0) return false;
  if ((rd(tGap, k) & G_COLON) != 0) return labelField(k, mode);
  // without the colon, a given name closing its field right after the credential: "RN Dawn; SW Chris Lam", "NP Joy
  // Okafor to see" ("RN Hope", "MD Anderson" are names too; "RN Assessment" has no given name)
  return mode == MODE_MIXED && tight(k) && rd(tShape, k) == SH_CAP && firstStr(rd(tData, k)) > 0 &&
    (rd(tData, k) & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) == 0 && fieldOnly(k, mode);
}

/**
 * In ALL CAPS, a first name that is also a core English word alone in the field after a role label, a cue or a
 * credential and a colon ("RN: SUE\n", "NURSE: HOPE.", "MD: JOY, PAGED"); where the mixed-case labelField cannot
 * use the capital letter. "PT: WILL CALL" and "MD: AWARE." stay words (the field goes on; no first name).
 */
function capsLabelName(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || rd(tShape, k) != SH_UPPER || k == 0 || !exists(k - 1)) return false;
  const d = rd(tData, k);
  if (firstStr(d) == 0 || (d & (F_NOT_NAME | F_ALLOW | (CONTEXT_WORDS & ~F_MONTH))) != 0 || rd(tEnd, k) - rd(tStart, k) < 3) return false;
  const pd = rd(tData, k - 1);
  // (an in-law is a relative too: "BROTHER-IN-LAW RAY PETTIGREW", with the surname that vouches for the first name)
  if (inLawCue(k) && rd(tShape, k - 1) == SH_UPPER) return tight(k) && (capsSurnameNext(k, false) || kinSurnameNext(k, false));
  if ((pd & (F_CUE | F_CRED)) == 0 || rd(tShape, k - 1) != SH_UPPER) return false;
  // (stop 39: a given name and a surname that are both core English words, closing a labelled field: labelPair39())
  if ((pd & F_CUE) != 0 && labelPair39(k)) return true;
  // (a month that is also a given name needs its surname: "PT MAY ROSEWOOD, 42F", "PT: JUNE ROSEWOOD")
  if ((d & F_MONTH) != 0) return tight(k) && capsSurnameNext(k, (rd(tGap, k) & G_COLON) == 0);
  // (without the colon, a surname and a comma after it vouch for the first name: "PT MAY ROSEWOOD, 42F", "RN DAWN;"
  // after a credential closing its field; "PT MAY CALL" stays)
  if ((rd(tGap, k) & G_COLON) == 0) return tight(k) && (capsSurnameNext(k, true) ||
    ((pd & F_CRED) != 0 && !wordIn(k, MODAL_WORDS) && k + 1 < count && gapMarks(k + 1) == GM_SEMI));
  if (fieldEndsAfter(k, mode) || capsSurnameNext(k, false)) return true;
  // or a period, comma or semicolon closes it
  const a = byteAt(rd(tEnd, k));
  return a == 0x2e || a == 0x2c || a == 0x3b;
}

// (stop 39) words that schedule or date an event before a capitalised month alone: repeat recheck return returns rtc due
// next visit before after around (with a short test's acronym between: "repeat AAA US June")
const MONTH_EVENT_WORDS39 = "\u0006repeat\u0007recheck\u0006return\u0007returns\u0003rtc\u0003due\u0004next\u0005visit\u0006before\u0005after\u0006around\u0004flow";

/**
 * (stop 39) One of MONTH_EVENT_WORDS39 right before token k, or before one or two short acronyms of a test in capitals
 * ("repeat AAA US June", "recheck CBC Jun"), all on k's clause.
 */
function monthEventBefore39(k: u32): bool {
  let j = k - 1;
  for (let n = 0; n < 2 && j > 0 && exists(j - 1) && rd(tShape, j) == SH_UPPER && rd(tEnd, j) - rd(tStart, j) <= 4 && tight(j + 1); n++) j--;
  return tight(j + 1) && wordIn(j, MONTH_EVENT_WORDS39);
}

/**
 * (stop 39) In ALL CAPS, a given name k and a surname after a person's label (token k - 1, a cue word) that are both
 * core English words, closing the field: the label and its colon, or "PT"/"PATIENT" with the field closed by a column's
 * blanks ("PATIENT: GRACE HILL   MRN 4410", "NAME: DAWN WOOD   DOB", "MOTHER: CRYSTAL PIKE  PHONE", "PT: BILL SMITH,
 * 67M", "PT BILL PRAY  MRN"). Mixed-case notes say it with capitals; in ALL CAPS the label's colon and the field's end
 * do. Never after "CC:" (the chief complaint's label as well as a copy's), never a modal first ("PT: WILL WALK", "PT:
 * MAY CALL"), never a clinical term of the capitals or a never-a-name or context word.
 */
function labelPair39(k: u32): bool {
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HYPHEN)) != 0) return false;
  const colon = (g & G_COLON) != 0;
  if (!colon && ((g & G_SENT) != 0 || !wordIn(k - 1, "\u0002pt\u0007patient"))) return false;
  if (colon && wordIn(k - 1, "\u0002cc")) return false;
  const d = rd(tData, k);
  if (firstStr(d) == 0 || (d & (F_NOT_NAME | F_ALLOW | (CONTEXT_WORDS & ~F_MONTH))) != 0 || rd(tEnd, k) - rd(tStart, k) < 3 ||
    wordIn(k, MODAL_WORDS) || wordIn(k, CAPS_CLINICAL_TERMS)) return false;
  const n = k + 1;
  if (n >= count || !tight(n) || rd(tShape, n) != SH_UPPER || rd(tEnd, n) - rd(tStart, n) < 3) return false;
  const nd = rd(tData, n);
  if (lastStr(nd) == 0 || (nd & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0 || wordIn(n, CAPS_CLINICAL_TERMS)) return false;
  // the field ends after the surname: a line's or a column's end, or a comma and a number (an age, a house number)
  const e = rd(tEnd, n);
  if (e >= inLen) return colon;
  if (fieldEndAt(e)) return true;
  return n + 1 < count && rd(tGap, n + 1) == G_COMMA && isDigit(byteAt(rd(tStart, n + 1)));
}

/**
 * "LAST, FIRST" after a person's label and a colon ("PATIENT: LOCKHART, VIRGINIA", "Name: Smith, Georgia"): the
 * first name is a name even when it is also a state written in full (which would make "City, ST"), or a core English
 * word where the field ends after it ("NAME: GRANT, HOPE\n"). Token k is LAST.
 */
function labelLastFirst(k: u32, mode: u32): bool {
  if (k == 0 || !exists(k - 1) || (rd(tGap, k) & G_COLON) == 0 || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || k + 1 >= count) return false;
  const pd = rd(tData, k - 1);
  // (a role's label, "Dictated By:", "Read by:", or "Signed:")
  if (!((pd & F_CUE) != 0 && (pd & F_LOC_CUE) == 0 || (pd & F_BY) != 0 && k >= 2 && exists(k - 2) && tight(k - 1) &&
    (rd(tData, k - 2) & F_VERB_BY) != 0 || wordIn(k - 1, "\u0006signed\u0008cosigned"))) return false;
  const sh = rd(tShape, k);
  const n = k + 1;
  // (LAST may be a country too: "JORDAN, VIRGINIA")
  if ((sh != SH_CAP && sh != SH_UPPER) || rd(tShape, n) != sh || (rd(tData, k) & CONTEXT_WORDS & ~F_COUNTRY) != 0) return false;
  // the gap is ", " exactly, and FIRST is a first name written in full
  if ((rd(tGap, n) & ~G_COMMA) != 0 || rd(tStart, n) - rd(tEnd, k) > 3) return false;
  if (rd(tEnd, n) - rd(tStart, n) <= 2) return false;
  if (firstStr(rd(tData, n)) == 0) return labelLastFirstRare(k, n);
  if ((rd(tData, n) & F_STATE) != 0) return true;
  // (stop 27) a mixed-case note printing the field in capitals: the neighbour rule that reads such a pair in ALL CAPS
  // notes does not read capitals in mixed case ("Attending: KAYS, RUFFIN", "Dictated By: SMITH, JOHN")
  if (mode == MODE_MIXED && sh == SH_UPPER && capsFieldPair(k, n)) return true;
  // FIRST a core word ("NAME: GRANT, HOPE", "PATIENT: WILL, JOY"): LAST can be a surname and the field ends after FIRST
  const nd = rd(tData, n);
  // (a first name that is no English word, or one after a listed surname, is taken by the neighbour rule; one that is
  // a rarer English word after an unknown surname is not: "SMITHERSON, JOHN")
  if (tierOf(nd) != 1) return tierOf(nd) != 0 && lastStr(rd(tData, k)) == 0 && labelLastFirstRare(k, n);
  if ((nd & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 ||
    (lastStr(rd(tData, k)) == 0 && tierOf(rd(tData, k)) != 0)) return false;
  if (fieldEndsAfter(n, MODE_CAPS)) return true;
  const e = rd(tEnd, n);
  return e < inLen && byteAt(e) == 0x2e && (e + 1 >= inLen || byteAt(e + 1) == 0x20 || byteAt(e + 1) == 0x0a);
}

/**
 * labelLastFirst() in a mixed-case note whose name field is in capitals: FIRST a listed given name that is no core
 * English word (the core words keep labelLastFirst's own test: "NAME: GRANT, HOPE" only where the field ends), nor a
 * context, never-a-name or allow-listed word; LAST a listed surname or a word no list has, without a medical ending;
 * and the field ends after FIRST or its middle initial. A place name may be FIRST ("KAYS, RUFFIN": Ruffin is a town
 * and a given name), as the label says a person follows. Token k is LAST, n FIRST.
 */
function capsFieldPair(k: u32, n: u32): bool {
  const nd = rd(tData, n);
  const d = rd(tData, k);
  if (firstStr(nd) == 0 || tierOf(nd) == 1 || (nd & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 || (d & (F_NOT_NAME | F_ALLOW)) != 0) return false;
  if (!(lastStr(d) > 0 || unknownWord(k)) || medicalShape(k)) return false;
  return fieldEndsAfter(n, MODE_CAPS);
}

/**
 * labelLastFirst()'s rare names: after a person's label, "LAST, FIRST" where FIRST is no core English word (a rarer
 * given name or none any list has) and LAST a listed surname or a word no list has, both without a medical ending, and
 * the field ends after FIRST or its middle initial ("Dictated By: KOTE, ZELLNOI P.", "Attending: SMITHERSON, JOHN",
 * surrogate and rare names; not "Signed: Electronically, pending", core words). Token k is LAST, n FIRST.
 */
function labelLastFirstRare(k: u32, n: u32): bool {
  const nd = rd(tData, n);
  const d = rd(tData, k);
  if (tierOf(nd) == 1 || (nd & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 || (d & (F_NOT_NAME | F_ALLOW)) != 0) return false;
  if (!(firstStr(nd) > 0 && !medicalShape(n) || unknownWord(n))) return false;
  if (!(lastStr(d) > 0 && tierOf(d) != 1 || unknownWord(k))) return false;
  return fieldEndsAfter(n, MODE_CAPS);
}

/**
 * Token k is a lower-case name particle that opens a surname: one more particle at most, then a capitalised word
 * ("Dr. van der Berg", "Mr. de Souza"; the caller has seen the title).
 */
function particleName(k: u32): bool {
  if ((rd(tData, k) & F_PARTICLE) == 0 || k + 1 >= count || !tight(k + 1)) return false;
  let n = k + 1;
  if (rd(tShape, n) == SH_LOWER && (rd(tData, n) & F_PARTICLE) != 0) {
    if (n + 1 >= count || !tight(n + 1)) return false;
    n++;
  }
  return rd(tShape, n) == SH_CAP;
}

/** Token k opens a line and labels a quotation: a colon, then a quotation mark ("Koppány: \"Who are you?\""). */
function speakerLabel(k: u32): bool {
  if ((rd(tGap, k) & (G_START | G_NEWLINE)) == 0) return false;
  let i = rd(tEnd, k);
  if (i >= inLen || byteAt(i) != 0x3a) return false;
  i++;
  while (i < inLen && byteAt(i) == 0x20) i++;
  // '"' or a curly opening quote (U+201C: e2 80 9c)
  return i < inLen && (byteAt(i) == 0x22 || (byteAt(i) == 0xe2 && i + 2 < inLen && byteAt(i + 1) == 0x80 && byteAt(i + 2) == 0x9c));
}

/** Token k, opening a sentence, is addressed before a request: "Warrane, can I ...", "Vide, could you ...". */
function vocative(k: u32): bool {
  if (k + 2 >= count || (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0 || (rd(tGap, k + 1) & G_COMMA) == 0) return false;
  return wordIn(k + 1, "\u0003can\u0005could\u0005would\u0004will") && tight(k + 2) && wordIn(k + 2, "\u0001i\u0003you\u0002we");
}

/**
 * Token k, a lower-case name particle right after a given name already reported, and one more particle before a
 * capitalised surname that is no English word of the core ("Dyan van Gijn", "Maika van de Noort"; "Anna de novo" has
 * no capital after it, "Maria de la Cruz" is taken by the particle rules of lower-case text): reports the particles
 * and the surname as part of the name.
 */
function givenParticle(k: u32, prevD: u32): bool {
  // ("y" joins two names, "Lilly y Dista": no particle inside one)
  if (k == 0 || !exists(k - 1) || rd(tDone, k - 1) != ENTITY_NAME || !tight(k) || firstStr(prevD) == 0 || !particleName(k) ||
    rd(tEnd, k) - rd(tStart, k) == 1) return false;
  const n = rd(tShape, k + 1) == SH_LOWER ? k + 2 : k + 1;
  const nd = rd(tData, n);
  if (tierOf(nd) == 1 || (nd & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
  span(rd(tStart, k), rd(tEnd, n), ENTITY_NAME, 750, R_NEIGHBOUR, true);
  for (let m = k; m <= n; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/**
 * Token q, a first name, is the second half of a hyphenated first name whose first half (q - 1, not decided) is a first
 * name too: "Jean-Luc Moreau", "JEAN-PAUL SARTRE" ("Hill-Sachs" is no pair of first names).
 */
function hyphenFirst(q: u32): bool {
  if (q == 0 || !exists(q - 1) || rd(tDone, q - 1) != 0 || rd(tStart, q) != rd(tEnd, q - 1) + 1 || byteAt(rd(tEnd, q - 1)) != 0x2d) return false;
  const pd = rd(tData, q - 1);
  return rd(tShape, q - 1) == rd(tShape, q) && firstStr(pd) >= 2 && firstStr(rd(tData, q)) >= 2 && (pd & CONTEXT_WORDS) == 0 &&
    (rd(tShape, q) == SH_CAP || rd(tShape, q) == SH_UPPER);
}

// (round 21) Plural titles that open a list of surnames: drs officers deputies detectives troopers doctors
const LIST_TITLES_21 = "\u0003drs\u0008officers\u0008deputies\u000adetectives\u0008troopers\u0007doctors";

/**
 * Token k continues a list of names opened by "Drs": "Drs. Hwang, Petrakis and Ostrowski" (after a comma or "and", the
 * names before it decided, at most 8 tokens back, on one line).
 */
function drsList(k: u32): bool {
  let j = k - 1;
  if (isAnd(j)) {
    if (j == 0 || !exists(j - 1)) return false;
    j--;
  } else if ((rd(tGap, k) & G_COMMA) == 0) return false;
  for (let steps: u32 = 0; steps < 8; steps++) {
    // (round 18: a doctor's service in brackets after the name, "DRS OYELOWO (MED ONC), BRANDT-KIMURA (RAD ONC)")
    j = bracketBefore(j);
    if (rd(tDone, j) != ENTITY_NAME || (rd(tGap, j) & (G_NEWLINE | G_FAR)) != 0 || j == 0 || !exists(j - 1)) return false;
    const p = j - 1;
    // (round 21: or by another plural title, "Officers Tran and Bellweather", "Deputies Ruiz and Hale")
    if (wordIn(p, LIST_TITLES_21)) return true;
    if (isAnd(p)) {
      if (p == 0 || !exists(p - 1)) return false;
      j = p - 1;
    } else j = p;
  }
  return false;
}

/**
 * A field after a label holds only token k: "Nurse: Sue", "RN: Sue B.", "Name: Hope\n" (a colon after a role cue or
 * credential, then the line, the sentence or the list item ends, or an initial, another name or an unknown capitalised
 * word follows). A core
 * word that is also a name is the name there; "MD: Will call" is a sentence.
 */
function labelField(k: u32, mode: u32): bool {
  if ((rd(tGap, k) & G_COLON) == 0 || mode != MODE_MIXED) return false;
  return fieldOnly(k, mode);
}

/** In mixed case, the field that token k opens holds only it, or it and a name (labelField() without the colon). */
function fieldOnly(k: u32, mode: u32): bool {
  if (lastRead(k)) return inputEndsAfter(k);
  const g = rd(tGap, k + 1);
  if ((g & (G_NEWLINE | G_SENT | G_COMMA | G_FAR)) != 0) return true;
  const ns = rd(tShape, k + 1);
  // (a surname no dictionary has counts too: "Caller: Hope Delacroix", "Contact: Grace Okonkwo")
  return tight(k + 1) && (ns == SH_INITIAL || (ns == SH_CAP && (nameStr(k + 1) > 0 || tierOf(rd(tData, k + 1)) == 0) &&
    candidate(k + 1, mode)));
}

/** Token k is the last token read: it ends the input, or no token follows it yet. */
function lastRead(k: u32): bool {
  return rd(tEnd, k) >= inLen || k + 1 >= count;
}

/** The input ends right after token k (all of it has arrived), so a clause closing after k closes there. */
function inputEndsAfter(k: u32): bool {
  return rd(tEnd, k) >= inLen || pos >= inLen;
}

const KIN_WORDS = "\u0003dtr\u0004husb\u0004wife\u0007husband\u0003son\u0008daughter\u0006mother\u0006father\u0007brother\u0006sister\u0006spouse\u0007partner\u0006friend\u0009boyfriend\u000agirlfriend\u0006fiance\u0008grandson\u000dgranddaughter\u0004aunt\u0005uncle\u0005niece\u0006nephew\u0006cousin\u0009daughters\u0007sisters\u0009grandsons\u000egranddaughters\u0007nephews\u0006nieces\u0007cousins\u000astepfather\u000astepmother\u0007stepson\u000cstepdaughter\u000bgrandmother\u000bgrandfather\u0007grandma\u0007grandpa\u0003mom\u0003dad\u0007fiancee\u0008roommate\u0007sponsor\u0008children\u0008siblings\u000dgrandchildren";

/**
 * In ALL CAPS or all lower case, a first name that is a core word right after a relative ("WIFE HOPE AND SON MARK.",
 * "DAUGHTER JOY,", "my husband bill and i"), where the clause ends after it (a period, comma, parenthesis, line break or
 * "and"): "SON WILL CALL" stays a sentence, "HIS FATHER'S CHOICE." a possession, "my son will." a modal.
 */
function kinName(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  if (!(mode == MODE_CAPS && sh == SH_UPPER || mode == MODE_LOWER && sh == SH_LOWER) || firstStr(rd(tData, k)) == 0) return false;
  // (stop 38: nor is an adverb of how or when that a baby-name list holds, KIN_ADVERBS31's: "WILL CALL DAUGHTER TOMORROW
  // WITH RESULT")
  if (wordIn(k, KIN_ADVERBS31)) return false;
  // (a relative by marriage is a relative: "DAUGHTER-IN-LAW AMBER VISITED")
  const inLaw = inLawCue(k);
  if (!inLaw && (rd(tData, k - 1) & F_CUE) == 0) return false;
  // (after a comma, the relative's name in apposition closes with a mark: "HUSBAND, MARK.", "NIECE, DAWN SUMMERS.")
  if (!tight(k)) return (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_HASH | G_START)) == 0 && (rd(tGap, k) & G_COMMA) != 0 &&
    !inLaw && wordIn(k - 1, KIN_WORDS) && !wordIn(k, MODAL_WORDS) && (lastRead(k) ? inputEndsAfter(k) : breakAfter(k) ||
      (mode == MODE_CAPS && kinSurnameNext(k, false) && breakAfter(k + 1)));
  // (fifteenth round: a family history's dash after the relative opens the disease: "FATHER - MI AT 60")
  if (spacedDash(k)) return false;
  if (!inLaw && !wordIn(k - 1, KIN_WORDS)) return staffName(k, mode);
  // (a modal is a name before a verb no modal takes: "HER HUSBAND WILL HAS BEEN", not "HUSBAND WILL TAKE HER HOME")
  // (in lower case too, the verb as lower-case as the name: "her husband will is here", not "her husband will call")
  // (in ALL CAPS a modal is a name before a surname no English list has: "HIS SON WILL KOTEMONES VISITED")
  // (stop 38: nor before a gerund, which no modal takes: "GRANDSON WILL FLYING IN FROM HOUSTON")
  if (wordIn(k, MODAL_WORDS) && !(k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh && wordIn(k + 1, CAPS_FINITE_VERBS)) &&
    !(mode == MODE_CAPS && kinSurnameNext(k, true)) && !gerundNext38(k)) return false;
  // (not after a possessive: "HIS FATHER'S CHOICE")
  const e = rd(tEnd, k - 1);
  if (e < inLen && (byteAt(e) == 0x27 || byteAt(e) >= 0x80)) return false;
  if (lastRead(k)) return inputEndsAfter(k);
  // (stop 37: a modal after the relative's given name makes it the subject, "HER HUSBAND GRANT WILL BE MAIN CAREGIVER",
  // "my son mark will drive me"; the given name is no modal itself, as tested above: "HER SON WILL CALL")
  return kinClauseEnds(k) || capsSurnameNext(k, false) || (mode == MODE_CAPS && kinSurnameNext(k, false)) ||
    modalNext37(k) || gerundNext38(k) || phoneNext38(k);
}

/** (stop 37) A modal of the same shape follows token k, one blank between ("GRANT WILL", "mark will"; "see" is none). */
function modalNext37(k: u32): bool {
  return k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k) && wordIn(k + 1, MODAL_WORDS) && !wordIn(k + 1, "\u0003see");
}

// (stop 30) verbs of being told or of telling after a staff member's given name: notified called phoned paged informed
// updated aware reports reported states stated says said
const STAFF_VERBS30 = "\u0008notified\u0006called\u0006phoned\u0005paged\u0008informed\u0007updated\u0005aware\u0007reports\u0008reported\u0006states\u0006stated\u0004says\u0004said";

/** Staff who are named by their given name alone ("MY NURSE GABBY", "AIDE PRECIOUS", "DOULA SAFFRON"). */
const STAFF_NAME_ROLES = "\u0005nurse\u0004aide\u0005doula\u0009navigator\u0006sitter\u0009caregiver\u0008chaplain\u0003cna\u0003hha";

/**
 * Token k, a given name that is also an English word but no core one, after a staff role that names people by their
 * given name, in ALL CAPS or lower case (kinName's shapes and cue already checked): the clause ends after it as after a
 * relative's, or a modal follows ("MY NURSE GABBY WILL CALL YOU", "FOUND BY AIDE PRECIOUS AT 0600", "DOULA SAFFRON
 * ARRIVED"; not "NURSE WILL CALL", "AIDE MAY HELP", core words). (Out of line: decide()'s fallback size.)
 */
function staffName(k: u32, mode: u32): bool {
  if (!wordIn(k - 1, STAFF_NAME_ROLES)) return false;
  // (a given name that is a core word needs its surname: "NEPHEW BILL YOUNGER AND THE AIDE PATIENCE KOTEMONES")
  // (a core-word given name alone closes its clause with a mark or a word of being there: "FOUND BY AIDE PRECIOUS AT
  // 0600", "AIDE PATIENCE FROM COMFORT KEEPERS"; a modal stays one: "AIDE MAY HELP", "NURSE WILL CALL")
  // (not after "nurse", which also makes compounds of core words: "THE NURSE LINE AT", "NURSE VISIT")
  // (stop 30: in ALL CAPS and lower case, any staff role's core-word given name before a verb of being told or of
  // telling: "NURSE JOY NOTIFIED", "nurse hope called back"; "NURSE CALL" has no given name, "nurse will call" a modal)
  if (tierOf(rd(tData, k)) == 1 && !wordIn(k, MODAL_WORDS) && !lastRead(k) && k + 1 < count && tight(k + 1) &&
    rd(tShape, k + 1) == rd(tShape, k) && wordIn(k + 1, STAFF_VERBS30)) return true;
  // (stop 38: or before a phone number, in either case: "NURSE JOY AT 555-0143", "navigator trinity 404-555-0129")
  // (a role's compound noun is no one: "NURSE LINE AT 555-0143", "nurse care line")
  if (tierOf(rd(tData, k)) == 1 && !wordIn(k, MODAL_WORDS) && !wordIn(k, ROLE_COMPOUNDS38) && !lastRead(k) && phoneNext38(k)) return true;
  if (tierOf(rd(tData, k)) == 1) return mode == MODE_CAPS && !wordIn(k, MODAL_WORDS) && !lastRead(k) && (kinSurnameNext(k, true) ||
    (!wordIn(k - 1, "\u0005nurse") && ((rd(tGap, k + 1) & (G_NEWLINE | G_OTHER | G_FAR)) == 0 && (rd(tGap, k + 1) & (G_SENT | G_COMMA)) != 0 ||
      rd(tShape, k + 1) == SH_UPPER && tight(k + 1) && wordIn(k + 1, KIN_STATUS))));
  if (lastRead(k)) return inputEndsAfter(k);
  return kinClauseEnds(k) || (tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k) && wordIn(k + 1, MODAL_WORDS)) ||
    (mode == MODE_CAPS && kinSurnameNext(k, false));
}

/**
 * In ALL CAPS, after a relative's or a staff member's given name k (kinName, staffName), a surname that closes the
 * clause as the given name alone would (kinClauseEnds: a mark, "and", a word of being told or being there, a finite
 * verb): a listed surname, an English word too ("NEPHEW BILL YOUNGER AND", "DAUGHTER HOPE SMITH CALLED"), or a word no
 * list has (4+ letters, no medical ending: "BROTHER RAY PETTIGREW IN"). `rare`: only a word no English list has (after a
 * modal or a core-word given name: "SON WILL KOTEMONES VISITED", not "SON WILL CALL BACK"). Never a modal, a finite verb
 * or a status word itself ("DAUGHTER JOY CALLED AND").
 */
function kinSurnameNext(k: u32, rare: bool): bool {
  const n = k + 1;
  if (n + 1 >= count && !inputEndsAfter(n)) return false;
  if (n >= count || !tight(n) || rd(tShape, n) != SH_UPPER) return false;
  const nd = rd(tData, n);
  const len = rd(tEnd, n) - rd(tStart, n);
  if ((nd & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0 || len < 3) return false;
  if (possessive(k)) return false;
  const unknown = tierOf(nd) == 0 && nameStr(n) == 0 && len >= 4 && !medicalShape(n);
  // (a core word listed as a surname only is an adverb or a comparative there: "NURSE PALOMA WEEKLY", "WIFE JOY STILL
  // AT BEDSIDE"; one listed as a given name too is a surname: "HOPE SMITH", "SUNG PARK")
  // (stop 31: a core word listed as a surname only is one too when it is no adverb: "NEPHEW BILL YOUNGER AND",
  // "DAUGHTER-IN-LAW CRYSTAL PIKE MANAGES"; kinAdverb31)
  if (rare ? !(unknown || (tierOf(nd) == 0 && lastStr(nd) > 0)) : !(unknown || lastStr(nd) > 0 && (tierOf(nd) != 1 || firstStr(nd) > 0 ||
    !kinAdverb31(n)))) return false;
  if (wordIn(n, MODAL_WORDS) || wordIn(n, CAPS_FINITE_VERBS) || wordIn(n, KIN_STATUS)) return false;
  if (n + 1 >= count) return true;
  return kinClauseEnds(n);
}

/** "brother-in-law Ray", "MOTHER-IN-LAW JUNE": a relative by marriage before token k is a cue as the relative is. */
function inLawCue(k: u32): bool {
  // (stop 29: written with blanks too, "SISTER IN LAW GRACE CALLED")
  return k >= 3 && exists(k - 3) && (rd(tGap, k - 1) == G_HYPHEN || tight(k - 1)) && (rd(tGap, k - 2) == G_HYPHEN || tight(k - 2)) &&
    wordIn(k - 1, "\u0003law") &&
    wordIn(k - 2, "\u0002in") && (rd(tData, k - 3) & F_CUE) != 0;
}

/**
 * What follows a relative's first name ends the clause or reports on the relative: a period, comma, parenthesis, line
 * break, "and", or a word of being told or being there ("SON MARK AWARE", "WIFE HOPE UPDATED", "DTR JOY AT BEDSIDE");
 * a verb after a modal stays a sentence ("SON WILL CALL", "DAUGHTER MAY VISIT"). In lower case a finite verb reports too
 * ("my son mark drove me", "her husband will is here").
 */
function kinClauseEnds(k: u32): bool {
  return (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) != 0 || isAnd(k + 1) || kinDash(k) ||
    ((rd(tShape, k + 1) == SH_UPPER || (rd(tShape, k + 1) == SH_LOWER && rd(tShape, k) == SH_LOWER)) && wordIn(k + 1, KIN_STATUS)) ||
    ((rd(tShape, k + 1) == SH_UPPER || (rd(tShape, k + 1) == SH_LOWER && rd(tShape, k) == SH_LOWER)) && wordIn(k + 1, CAPS_FINITE_VERBS));
}

// verbs in the third person or the past that follow a relative's name as the subject, never a modal ("SISTER ROSE STAYS
// WITH THEM", "HUSBAND WILL HAS BEEN", "HIS WIFE MAY FOUND HIM", "BROTHER FRANK CHECKS ON HIM"; "DAUGHTER MAY IN TIME
// NEED HELP", "SON WILL CALL" stay modals): the name is the subject; a family history's verbs too ("MOTHER ROSE KNIGHT
// DIED AT 71", "father frank passed at 80")
const CAPS_FINITE_VERBS = "\u0002is\u0003was\u0003has\u0003had\u0004does\u0005stays\u0005helps\u0005works\u0006visits\u0005found\u0007brought\u0006checks\u0005calls\u0006called\u0005drove\u0006drives\u0005takes\u0004took\u0004came\u0005comes\u0007manages\u0004says\u0004said\u0007reports\u0008reported\u0005feels\u0004felt\u0006thinks\u0008believes\u0007prefers\u0008declined\u0006agreed\u0006signed\u0009consented\u0008provides\u0008provided\u0007assists\u0008assisted\u0008returned\u0007arrived\u0007noticed\u0009witnessed\u0004gave\u0005gives\u0004died\u0006passed\u0009developed\u0008suffered\u0009underwent";

/**
 * In ALL CAPS, after a first name k that opens a person's field, a surname: a word no English word list has (4+ letters,
 * no medical ending) or a dictionary surname that is no core word, closing the field (a line or column end, a
 * punctuation mark, a hyphen to a second surname): "CALLER: HOPE DELACROIX (DAUGHTER", "PT: HOPE WINSLOW-ADEYEMI",
 * "STEPFATHER GRANT OYELOWO-PIKE.". `comma`: a comma must close it ("PT MAY ROSEWOOD, 42F"; "PT WILL FOLLOWUP" goes on).
 */
function capsSurnameNext(k: u32, comma: bool): bool {
  const n = k + 1;
  if (n >= count || !tight(n) || rd(tShape, n) != SH_UPPER) return false;
  const nd = rd(tData, n);
  if ((nd & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0 || tierOf(nd) == 1) return false;
  if (!(tierOf(nd) == 0 && rd(tEnd, n) - rd(tStart, n) >= 4 && !medicalShape(n)) && lastStr(nd) == 0) return false;
  if (comma) return n + 1 < count && (rd(tGap, n + 1) & G_COMMA) != 0;
  return fieldEndsAfter(n, MODE_CAPS) || (n + 1 < count && ((rd(tGap, n + 1) & (G_SENT | G_COMMA | G_OTHER)) != 0 ||
    rd(tGap, n + 1) == G_HYPHEN));
}

// (and where the relative lives: "DAUGHTER GRACE IN SOMERVILLE", "SON ART FROM OHIO", "WIFE JOY WHO LIVES NEARBY"; in
// lower case as well: "his daughter grace in somerville")
// (stop 38: and what the relative has or where: "SON RUSTY WITH HTN", "WIFE OPAL ON ROUTE 3")
const KIN_STATUS = "\u0005aware\u0007updated\u0008notified\u0008informed\u0006called\u0006phoned\u0007visited\u0008visiting\u0007present\u0002at\u0002is\u0003was\u0003has\u0004here\u0006agrees\u0005wants\u0008requests\u0006states\u0002in\u0004from\u0003who\u0005lives\u0004with\u0002on";

/**
 * "St."/"Saint" (capitalised, a period or blanks between) before token k, a name or an unknown word, and no facility
 * head, herb or feast after it ("St. Mary's Hospital", "St. John's wort", "St. Patrick's Day").
 */
function saintBefore(k: u32): bool {
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HYPHEN)) != 0 || ((g & G_SENT) != 0 && (g & G_PERIOD) == 0)) return false;
  const ps = rd(tShape, k - 1);
  if ((ps != SH_CAP && ps != SH_UPPER && !(ps == SH_LOWER && rd(tShape, k) == SH_LOWER)) || !wordIn(k - 1, "\u0002st\u0005saint")) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_ALLOW)) != 0 || (nameStr(k) == 0 && tierOf(d) != 0) || rd(tEnd, k) + 2 > inLen ||
    ((byteAt(rd(tEnd, k) + 1) | 0x20) != 0x73 && !detachedPossessive(rd(tEnd, k)))) return false;
  if (k + 1 < count && (tight(k + 1) || (rd(tGap, k + 1) & G_NEWLINE) == 0)) {
    const nd = rd(tData, k + 1);
    // (stop 28: a head in the name's case; "the St. Anne's group" names the church's group)
    if (((nd & (F_FACILITY | F_FAC_MOD)) != 0 && (rd(tShape, k + 1) != SH_LOWER || rd(tShape, k) == SH_LOWER)) ||
      (k + 2 < count && (rd(tMw2, k + 2) & F_FACILITY) != 0) || wordIn(k + 1, "\u0004wort\u0003day")) return false;
  }
  return true;
}

/** Token k is the sex letter after an age ("67 yo F. Her son", "a 45 y/o M. He"): no initial of a name. */
function sexAfterAge(k: u32): bool {
  const c = byteAt(rd(tStart, k));
  return (c == 0x46 || c == 0x4d) && (rd(tShape, k - 1) == SH_NUM || wordIn(k - 1, "\u0002yo\u0001o\u0003old\u0003yrs"));
}

/** Token k ends in a possessive 's ("Mother's Day", "patient's"): a noun follows it, not the name it would cue. */
function possessive(k: u32): bool {
  const e = rd(tEnd, k);
  return e < inLen && (byteAt(e) == 0x27 || byteAt(e) == 0xe2);
}

/**
 * At byte i, the apostrophe of a possessive written apart after the last token: " 's" and no letter after ("MARY 'S
 * HOSPITAL"; "rock 'n' roll", "the '90s" are none). pushToken() reads it as gap.
 */
function detachedS(i: u32): bool {
  return byteAt(i) == 0x27 && count > 0 && rd(tEnd, count - 1) + 1 == i && detachedPossessive(i - 1) && isAlphaShape(rd(tShape, count - 1));
}

/** At byte e: a possessive written apart, " 's" ending its word ("ST. MARY 'S"; pushToken() reads it as gap). */
function detachedPossessive(e: u32): bool {
  return e + 2 < inLen && byteAt(e) == 0x20 && byteAt(e + 1) == 0x27 && (byteAt(e + 2) | 0x20) == 0x73 && !(e + 3 < inLen && wordAt(e + 3));
}

/** The end of token k's possessive ending: "'s" or " 's" (2 or 3 bytes after the stem; the caller checked possessive()). */
function possessiveEnd(k: u32): u32 {
  const e = rd(tEnd, k);
  return detachedPossessive(e) ? e + 3 : e + 2;
}

/**
 * decide()'s saint rule: a saint's name in the possessive after "St."/"Saint", its "'s" glued or written apart ("from
 * St. Elizabeth's", "TO ST. OTTILIE 'S ."), names a hospital or church without a head (saintBefore()). Writes it.
 */
function saintPossessive(k: u32): bool {
  if (!(possessive(k) || detachedPossessive(rd(tEnd, k))) || !saintBefore(k)) return false;
  span(rd(tStart, k - 1), possessiveEnd(k), ENTITY_LOCATION, 750, R_FACILITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * In mixed case, a capitalised given name that is also a clinical abbreviation ("Mae", "Asa": never names in capitals,
 * where they mean "moves all extremities", aspirin) right before a capitalised surname: "Mae Smith was seen".
 */
function givenAbbrName(k: u32, sh: u32, d: u32, mode: u32): bool {
  // (abbreviations are short: "Christmas Eve" is a feast)
  if (mode != MODE_MIXED || sh != SH_CAP || (d & (F_NOT_NAME | F_ALLOW)) != F_NOT_NAME || firstStr(d) < 2 || tierOf(d) != 0 ||
    rd(tEnd, k) - rd(tStart, k) > 4 ||
    (d & CONTEXT_WORDS & ~F_NOT_NAME) != 0 || k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != SH_CAP) return false;
  const nd = rd(tData, k + 1);
  return lastStr(nd) > 0 && (nd & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE)) == 0 && !medicalShape(k + 1);
}

/**
 * A first name written like a state code ("Al", "Pa" in mixed case: state codes are written in capitals) after a
 * role cue: "husband Al", "son Al".
 */
function nickState(k: u32, sh: u32, d: u32, prevD: u32): bool {
  return sh == SH_CAP && rd(tEnd, k) - rd(tStart, k) == 2 && (d & F_STATE) != 0 && (d & (CONTEXT_WORDS & ~F_STATE)) == 0 &&
    firstStr(d) > 0 && (prevD & F_CUE) != 0;
}

/**
 * In ALL CAPS, a surname that is also a core English word ("SMITH", "BROWN", "YOUNG") right after a first name that
 * opened the name, where the name field ends ("JOHN SMITH, M.D.", "MARY BROWN, RN", "JOHN SMITH\n"): the first
 * name and the field are the evidence the shape cannot give ("JOHN WELL APPEARING" stays).
 */
function capsSurname(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || rd(tShape, k) != SH_UPPER) return false;
  const d = rd(tData, k);
  if (lastStr(d) == 0 || (d & CONTEXT_WORDS) != 0) return false;
  let p = k - 1;
  // the second half of a titled hyphenated surname: "DR. O'MALLEY-SMITH"
  if (rd(tStart, k) == rd(tEnd, p) + 1 && byteAt(rd(tEnd, p)) == 0x2d && pReason == R_TITLE && rd(tDone, p) == ENTITY_NAME &&
    lastStr(d) > 0) return true;
  const g = rd(tGap, k);
  let initial = false;
  if (rd(tShape, p) == SH_INITIAL && rd(tDone, p) == ENTITY_NAME && p > 0 && exists(p - 1) && tight(p)) {
    // past a middle initial the name already holds, with or without its period: "JOHN A. SMITH", "MARY K BROWN"; the
    // initial is evidence of its own ("A" and "I" only with their period)
    if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_START | G_HASH)) != 0 || ((g & G_SENT) != 0 && (g & G_PERIOD) == 0)) return false;
    const c = byteAt(rd(tStart, p));
    initial = (g & G_PERIOD) != 0 || (c != 0x41 && c != 0x49);
    p--;
  } else if (!tight(k)) return false;
  // (a hyphenated given name is one: "DR. EUN-JI PARK", "DR. MARIE-CLAIRE SMITH"; its stronger half speaks for it)
  let pd = rd(tData, p);
  let opened = pStart == rd(tStart, p);
  if (!opened && !initial && capsHyphenGiven(p)) {
    opened = true;
    if (firstStr(rd(tData, p - 1)) > firstStr(pd)) pd = rd(tData, p - 1);
  }
  if (rd(tShape, p) != SH_UPPER || !opened || lastStr(d) < firstStr(d)) return false;
  // the first name is strong, or a title or cue opened the name ("MS. SUMMER HILL.")
  if (firstStr(pd) < 2 && pReason != R_TITLE && pReason != R_CUE) return false;
  if (lastStr(d) >= 2 || initial || fieldEndsAfter(k, mode)) return true;
  if (!initial && capsSurnameAfterCue(k, p, pd, d)) return true;
  // a word listed as both a given name and a surname ("YOUNG", "BELL", "HILL"; not "WELL", "BACK") closing its phrase:
  // "DAUGHTER, ANNE YOUNG.", "MS. SUMMER HILL,"
  if (firstStr(d) == 0) return false;
  let e = rd(tEnd, k);
  // (one space before the mark, as tokenised record exports print it: "DR. GRANT WILL , SOUTHCOAST")
  if (e + 1 < inLen && byteAt(e) == 0x20) e++;
  if (e >= inLen) return true;
  const a = byteAt(e);
  if (a == 0x2e || a == 0x2c || a == 0x3b || a == 0x29) return true;
  // such a word after a clear given name anywhere: "JOHN SMITH WAS SEEN", "MR. JOHN BROWN IS" (a modal verb stays a
  // word: "JOHN WILL CALL", "MARY MAY GO")
  return firstStr(pd) >= 2 && firstStr(pd) >= lastStr(pd) && !wordIn(k, MODAL_WORDS);
}

/**
 * Token p is the second half of a hyphenated given name in capitals that the pending name opened with ("EUN-JI",
 * "MARIE-CLAIRE" after a title or cue): the half before it glued by one hyphen.
 */
function capsHyphenGiven(p: u32): bool {
  return p >= 1 && exists(p - 1) && rd(tGap, p) == G_HYPHEN && rd(tStart, p) == rd(tEnd, p - 1) + 1 && pStart == rd(tStart, p - 1) &&
    rd(tShape, p - 1) == SH_UPPER;
}

/**
 * capsSurname()'s weaker surnames, out of its body: in ALL CAPS, token k a listed surname that is also an English word,
 * after the given name p that a title or a cue opened (pd: its data):
 * - after a relative's or a staff member's given name, closing the clause (kinSurnameNext(): "NEPHEW BILL YOUNGER AND",
 *   "DAUGHTER HOPE SMITH CALLED", "BROTHER-IN-LAW RAY PETTIGREW IN");
 * - after a title and a given name no list has, a word listed as a given name and a surname too ("DR. EUNJI SMITH SAW
 *   HIM", "DR. OLUWASEUN PARK (HEPATOLOGY)"); never a modal, a finite verb or a word of status ("DR. ZABRISKIE WILL", "DR.
 *   ZABRISKIE CALLED").
 */
function capsSurnameAfterCue(k: u32, p: u32, pd: u32, d: u32): bool {
  if (pReason == R_CUE) {
    if (p == 0 || !exists(p - 1) || rd(tShape, p - 1) != SH_UPPER) return false;
    return (wordIn(p - 1, KIN_WORDS) || wordIn(p - 1, STAFF_NAME_ROLES) || inLawCue(p)) && kinSurnameNext(p, false);
  }
  if (pReason != R_TITLE || firstStr(d) == 0 || tierOf(pd) != 0 || firstStr(pd) != 0 || lastStr(pd) != 0 ||
    rd(tEnd, p) - rd(tStart, p) < 3) return false;
  return !wordIn(k, MODAL_WORDS) && !wordIn(k, CAPS_FINITE_VERBS) && !wordIn(k, KIN_STATUS);
}

/**
 * Languages, nationalities and regions that are also surnames ("speaks English", "She is Irish", "Southern Italy"):
 * alone they are words; a title or a given name before one still makes it a surname ("Dr. English", "John English").
 */
const NATION_WORDS = "\u0007english\u0006german\u0005irish\u0005dutch\u0005greek\u0007italian\u0007spanish\u000aportuguese\u0007russian\u0006polish\u0007chinese\u0008japanese\u0006korean\u000avietnamese\u0007haitian\u0006creole\u0007swedish\u0009norwegian\u0006danish\u0007finnish\u0008scottish\u0005welsh\u0007british\u0007mexican\u0005cuban\u0008jamaican\u0006indian\u0006arabic\u0006somali\u0008filipino\u0007tagalog\u0008mandarin\u0009cantonese\u0005hindi\u0004urdu\u0005farsi\u0007persian\u0007turkish\u0009ukrainian\u0008romanian\u0009hungarian\u0005czech\u0008canadian\u0009brazilian\u0008egyptian\u0008nigerian\u0004thai\u0008albanian\u0007bosnian\u0007serbian\u0008croatian\u0008northern\u0008southern\u0007eastern\u0007western\u0007central";

/** Token k is one of NATION_WORDS (all core English words, so the tier test spares most tokens the list walk). */
function nationWord(k: u32): bool {
  return tierOf(rd(tData, k)) == 1 && wordIn(k, NATION_WORDS);
}

/** Token k ends in "ía" after three letters or more: a Spanish noun of a specialty or test ("Urología", "Ecografía"). */
function endsIa(k: u32): bool {
  const e = rd(tEnd, k);
  return e - rd(tStart, k) > 4 && byteAt(e - 1) == 0x61 && byteAt(e - 2) == 0xad && byteAt(e - 3) == 0xc3;
}

/**
 * In lower case, an unknown word of five letters or more, all ASCII, before an English facility head that Spanish does
 * not share is a facility's name ("discharged to zuxlake nursing home", "followed at heitzhaven regional medical
 * center", "location: zasview clinic"): lower-case chat text and notes lose the capitals that are the evidence in
 * mixed case. Not right before "hospital", which Spanish writes too ("remitido hospital"), and not an accented word,
 * which is as often another language's.
 */
function lowerFacilityWord(m: u32, last: u32): bool {
  const s0 = rd(tStart, m);
  const e = rd(tEnd, m);
  // ("hospital" with an English modifier between: "kaikdale memorial hospital", "quasthill rehabilitation hospital")
  // (stop 36: or right before it after an English word of where or an article, "brought to the brayvale hospital",
  // "transferred to zellwick hospital"; Spanish writes "remitido hospital", "al hospital")
  // (stop 36: and a shop's, practice's or imaging centre's one-word head, "sent to hannaford pharmacy", "sprucewood
  // pediatrics", "tamsworth dental")
  if (e - s0 < 5 || !(wordIn(last, "\u0006center\u0006centre\u0004home\u0007hospice\u000erehabilitation\u0006clinic\u0005manor\u0008pharmacy\u0006dental\u0009dentistry\u000apediatrics\u0007imaging") ||
    ((m + 1 < last || m > 0 && exists(m - 1) && tight(m) && wordIn(m - 1, "\u0003the\u0002to\u0002at\u0004from")) &&
      wordIn(last, "\u0008hospital")))) return false;
  for (let i = s0; i < e; i++) if (byteAt(i) < 0x61 || byteAt(i) > 0x7a) return false;
  // (a specialty is a department: "rheumatology clinic", "pediatrics clinic", "neurosurgery center")
  return !medicalShape(m) && !endsWithAny(m, "\u0003ics\u0003ery", 3);
}

/** English words that name a hospital after its head in Spanish and Catalan ("Hospital General", "Hospital Central"). */
const HEAD_FIRST_MODIFIERS = "\u0007general\u0007central\u0007militar\u000aprovincial\u0008regional\u0008comarcal\u0008infantil\u0007materno";

/** Modal verbs that are also names: after a given name in ALL CAPS they are the verb ("JOHN WILL CALL"). */
const MODAL_WORDS = "\u0004will\u0003may\u0003see\u0003can\u0004must\u0006should\u0005would\u0005could\u0005might\u0005shall";

/**
 * In ALL CAPS, an initial without its period between a first name and a surname that is also a core English word
 * ("JOHN W SMITH", "MARY K BROWN WAS SEEN"): the first name and the initial are the evidence the surname alone cannot
 * give (capsSurname reads past the initial afterwards). "A" and "I" are words there ("GAVE MARY A SHOT").
 */
function capsMiddle(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != SH_UPPER) return false;
  const n = rd(tData, k + 1);
  return lastStr(n) > 0 && lastStr(n) >= firstStr(n) && (n & CONTEXT_WORDS) == 0 && rd(tShape, k - 1) == SH_UPPER &&
    firstStr(rd(tData, k - 1)) >= 2 && pStart == rd(tStart, k - 1) && byteAt(rd(tStart, k)) != 0x41 && byteAt(rd(tStart, k)) != 0x49;
}

/**
 * In mixed-case text, an ambiguous given name (also an English word: "Ken", "Eve", "Will") opens a full name: before a
 * middle initial and a name-shaped word ("Ken N. Fukuda"), or before an unknown capitalised word mid-sentence or at
 * the end of its field ("User: Eve Magrath"). At a sentence start an unknown word after it may be a brand ("Will
 * Eliquis help?"), so there the field must end.
 */
function givenBefore(k: u32, mid: bool): bool {
  if (k + 1 >= count || !tight(k + 1)) return false;
  const sh1 = rd(tShape, k + 1);
  if (sh1 == SH_INITIAL) {
    if (k + 2 >= count || rd(tShape, k + 2) != SH_CAP || !candidate(k + 2, MODE_MIXED)) return false;
    const g2 = rd(tGap, k + 2);
    if ((g2 & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_HASH)) != 0 || ((g2 & G_SENT) != 0 && (g2 & G_PERIOD) == 0)) return false;
    const c = byteAt(rd(tStart, k + 1));
    return ((g2 & G_PERIOD) != 0 || (c != 0x41 && c != 0x49)) &&
      (nameStr(k + 2) > 0 || tierOf(rd(tData, k + 2)) == 0) && !medicalShape(k + 2);
  }
  return sh1 == SH_CAP && nameStr(k + 1) == 0 && tierOf(rd(tData, k + 1)) == 0 && candidate(k + 1, MODE_MIXED) &&
    !medicalShape(k + 1) && (mid || fieldEndsAfter(k + 1, MODE_MIXED));
}

/**
 * In mixed-case text, a capitalised English word right after a given name the pass reported is its surname: "Dr.
 * Justin Beet", "Rebecca Hides". Not inside a run of capitalised words (a title-case heading or an organisation:
 * "Mary Kay Cosmetics Sales"), and never a context word ("John Hospital", "Mary Monday").
 */
function mixedSurname(k: u32, mode: u32): bool {
  if (mode != MODE_MIXED || rd(tShape, k) != SH_CAP || !tight(k)) return false;
  const d = rd(tData, k);
  if ((d & CONTEXT_WORDS) != 0 || tierOf(d) == 0 || medicalShape(k)) return false;
  const p = k - 1;
  const pd = rd(tData, p);
  if (rd(tShape, p) != SH_CAP || firstStr(pd) < 2 || firstStr(pd) < lastStr(pd) || pStart != rd(tStart, p)) return false;
  return !(k + 1 < count && tight(k + 1) && (rd(tShape, k + 1) == SH_CAP || rd(tShape, k + 1) == SH_UPPER));
}

/** Bits that make a token decide something on its own turn (the others only inform its neighbours' decisions). */
const DECIDING: u32 = (<u32>0x3f) | F_STREET | F_UNIT | F_FACILITY | F_PLACE_SUFFIX | F_BOX | F_STREET_PREFIX |
  F_ALLOW | F_MONTH | F_STATE | F_COUNTRY;

/**
 * Token k starts nothing on its own turn (its neighbours' decisions still look at it): an allow-listed word, a number,
 * or an English word with no name, place or context meaning, not after a title or a name and not before a state or a
 * multi-word entry. Most tokens; checked before decide() is called, so that they cost no call into it.
 */
// @ts-ignore: decorator
@inline function quiet(k: u32, sh: u32, d: u32, len: u32): bool {
  if ((d & F_ALLOW) != 0 || sh == SH_NUM) return true;
  // a dose limit in lower-case writing: "prn pain, max 3 g/day", "min 2 L" (Max is a name, and a town)
  if (sh == SH_LOWER && len == 3 && k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == SH_NUM && wordIn(k, "\u0003max\u0003min")) return true;
  if (sh == SH_INITIAL || (tierOf(d) == 0 && !notNameWord(k, sh, d))) return false;
  const weak = (d & DECIDING) != 0;
  const opener = weak && openingWord(k, sh, d);
  if (weak && !weakInCaps(sh, d) && !capsStateWord(k, sh, d) && !opener) return false;
  // (a weak place after "IN/FROM/NEAR": residenceTown() may make it a town, "LIVES IN READING WITH HIS WIFE")
  if (weak && placeStr(d) == 1 && k > 0 && townPreposition(k - 1)) return false;
  if (sh == SH_LOWER && len == 1) return false;
  if (k > 0 && exists(k - 1) && linked(k) && (rd(tDone, k - 1) == ENTITY_NAME || (rd(tData, k - 1) & F_TITLE) != 0)) return false;
  // (stop 29) a saint's possessive: saintPossessive() ("MEETS AT ST. MARK'S": a core word in capitals was quiet)
  if (possessive(k) && k > 0 && exists(k - 1) && wordIn(k - 1, "\u0002st\u0005saint")) return false;
  // an initial before: capsInitialName() may make a core word a name ("J. SMITH RN")
  if (sh == SH_UPPER && k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_INITIAL) return false;
  if (k + 1 < count && rd(tMw2, k + 1) != 0) return false;
  if (k + 2 < count && rd(tMw3, k + 2) != 0) return false;
  // (an employer in capitals is often a core word: "works nights at UPS")
  // (in ALL CAPS too: capsEmployerEnd() tells "WORKS AT HOME DEPOT" from "WORKS AT HOME"; the cue's length and first
  // letter first, since most capital words reach this test there)
  if ((sh == SH_CAP || sh == SH_UPPER) && k > 0 && workCueShape(k - 1) && afterWorkCue(k)) return false;
  // (stop 29: so is an organisation after a frame of affiliation, "member of Grace Fellowship", "volunteers with Meals on
  // Wheels": the frame word's length first)
  if ((sh == SH_CAP || sh == SH_UPPER) && k > 0 && frameWordShape29(k - 1) && orgFrame29Ahead(k, sh)) return false;
  // (stop 35: the bracket before modeAt(), which most capitalised words reached here paid for)
  if ((sh == SH_CAP || sh == SH_UPPER) && k > 0 && punctBefore(rd(tStart, k)) == 0x28 &&
    (sh == SH_CAP && modeAt(k) == MODE_MIXED || sh == SH_UPPER && modeAt(k) == MODE_CAPS) && roleBracketEnd29(k, sh, modeAt(k)) != 0) return false;
  // "Brigham and Women's": a facility word after "and" (decide() looks for the name before it)
  if ((d & F_FAC_MOD) != 0 && sh == SH_CAP && k >= 2 && isAnd(k - 1)) return false;
  // the head of a name of common words: commonWordsOrg() ("Peak Motion Physical Therapy", "Bay State Home Health")
  if (sh != SH_LOWER && commonHeadHere(k, sh)) return false;
  // (stop 37: the last word of an agency's remit, agencyRemit37(): "Department of Public Advocacy", "Council on Aging")
  if (len >= 5 && k >= 2 && wordIn(k, AGENCY_ENDS37) && agencyHeadBefore37(k)) return false;
  // (stop 27: a street type the word table leaves out, a house number two or three tokens before: streetLine27(),
  // "44 ORCHARD ROW, UNIT 2")
  if (sh == SH_UPPER && k >= 3 && (rd(tShape, k - 2) == SH_NUM || rd(tShape, k - 3) == SH_NUM) && wordIn(k, LINE_STREET_TYPES_27)) return false;
  // (stop 31: the first word of an organisation's name ending in its head after a frame, orgRun31(): "BY BLUE ASH FIRE")
  if (orgGate31(k) && orgRun31End(k, sh, MODE_UNREAD) != 0) return false;
  const stateNext = k + 1 < count && (rd(tData, k + 1) & F_STATE) != 0;
  if (!weak && !stateNext) return true;
  // a state code next ("IN", "OR", "ME" are also words) matters to "City, ST" only, which wants a comma between: in
  // ALL CAPS a core word in capitals without that comma stays quiet (the other rules refuse it, see weakInCaps)
  if (stateNext && (sh != SH_UPPER || tierOf(d) != 1 || (rd(tGap, k + 1) & G_COMMA) != 0)) return false;
  // a relative before: kinName() may make a core word a name ("WIFE HOPE AND SON MARK"); a role label:
  // capsLabelName() ("RN: SUE")
  if (k > 0 && (rd(tData, k - 1) & (F_CUE | F_CRED)) != 0 && firstStr(d) != 0 &&
    (k + 1 >= count || kinClauseEnds(k) || capsSurnameNext(k, false) || kinSurnameNext(k, false) || modalNext37(k) ||
      gerundNext38(k) || phoneNext38(k) || labelPair39(k))) return false;
  // (stop 38: a newborn's surname after "BABY BOY/GIRL": babySurname38(), "BABY GIRL YOUNG (MOTHER KELSEY YOUNG)")
  if (k >= 2 && lastStr(d) != 0 && babyBefore(rd(tStart, k - 1)) != rd(tStart, k - 1)) return false;
  // (stop 38: a numbered roster's "LAST, FIRST": rosterRow38(), "3. FRANK, HOPE  PCH-30609")
  if (k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && rd(tShape, k - 1) == SH_NUM && lineStart(k - 1) && rosterRow38(k)) return false;
  // (stop 37: a second relative's given name after "and": andKinName37(), "DAUGHTERS FAITH AND SUMMER;")
  if (pType == ENTITY_NAME && pReason == R_CUE && k >= 3 && firstStr(d) != 0 && isAnd(k - 1) && pEnd == rd(tEnd, k - 2)) return false;
  // so may a letter's subject line or an in-law, with a surname after the first name: capsLetterName() ("RE: HOPE
  // DELACROIX"), capsLabelName() ("BROTHER-IN-LAW RAY PETTIGREW")
  if (k > 0 && firstStr(d) != 0 && ((letterCueShape(k - 1) && wordIn(k - 1, CAPS_LETTER_CUES)) || inLawCue(k)) &&
    (capsSurnameNext(k, false) || (inLawCue(k) && (kinSurnameNext(k, false) || kinClauseEnds(k) || modalNext37(k) ||
      gerundNext38(k) || phoneNext38(k))))) return false;
  // a comma and a middle initial after the next word: lastFirstInitial() may make a core word a surname ("WHITE ,
  // GRANT E")
  if (k + 2 < count && rd(tShape, k + 2) == SH_INITIAL && (rd(tGap, k + 1) & G_COMMA) != 0) return false;
  // a comma and a credential after the next word: signedPair() may make two core words a name ("READ BY: MARK LOVE, M.D.")
  if (k + 2 < count && (rd(tGap, k + 2) & G_COMMA) != 0 && credAt(k + 2, MODE_CAPS)) return false;
  return modeAt(k) == MODE_CAPS || (opener && modeAt(k) == MODE_MIXED);
}

/**
 * Token k has letters and digits ("AB12345", "4B": shape OTHER, never a name) and no street, box or facility meaning,
 * and no multi-word entry ends after it: names are blocked for it, its own place strength is ignored and every other
 * rule that could take it wants one of those bits, so decide() would write nothing. Tested inline (identifier-dense
 * text has many of them).
 */
// @ts-ignore: decorator
@inline function quietCode(k: u32, sh: u32, d: u32): bool {
  // (stop 29: after a label's colon transcriberCode() may take it, "TR: kg43")
  if (sh != SH_OTHER || (d & F_NOT_NAME) == 0 || (rd(tGap, k) & G_COLON) != 0 ||
    (d & (F_BOX | F_STREET | F_STREET_PREFIX | F_FACILITY | F_UNIT | F_PLACE_SUFFIX)) != 0) return false;
  return !(k + 1 < count && rd(tMw2, k + 1) != 0) && !(k + 2 < count && rd(tMw3, k + 2) != 0);
}

/**
 * Token k is the capital "A" or "I" with nothing in the word table that decides (no name, place, street or box
 * meaning), no period after it and no name decided right before it: the only rules that take a single capital (a
 * name's initial, a street type "C/") leave these two letters alone, so decide() would write nothing. Tested inline
 * (the article "A" is frequent in ALL CAPS text).
 */
// @ts-ignore: decorator
@inline function quietLetter(k: u32, sh: u32, d: u32, c: u32): bool {
  if (sh != SH_INITIAL || (d & DECIDING) != 0) return false;
  if (c != 0x41 && c != 0x49) return false;
  if (k + 1 < count && (rd(tGap, k + 1) & G_PERIOD) != 0) return false;
  return !(k > 0 && exists(k - 1) && linked(k) && rd(tDone, k - 1) == ENTITY_NAME);
}

/**
 * A core English word in capitals that is also a state code ("IN", "OR", "ME", "OK"), with no comma before it and no
 * number after it: "PLACED IN THE", "TAKEN TO THE OR" are no "City, ST" or "ST 02114" (the only rules that read a
 * state code on its own turn want one of the two). quiet() lets it pass like weakInCaps(): "IN" is the commonest
 * word of ALL CAPS notes, and each call into decide() costs some 1.5 us.
 */
// @ts-ignore: decorator
@inline function capsStateWord(k: u32, sh: u32, d: u32): bool {
  return sh == SH_UPPER && weakCore(d & ~F_STATE) && (rd(tGap, k) & G_COMMA) == 0 && !(k + 1 < count && rd(tShape, k + 1) == SH_NUM);
}

/**
 * In mixed case, a capitalised core English word whose only deciding bits are weak name and place strengths, opening
 * a sentence or a line (no colon or bracket before it) with a lower-case word right after: "He is stable", "Then the
 * fascia", "All layers", "Will follow up". Its capital says nothing there, and no rule takes a weak word without a
 * title, a cue, a neighbouring name or a capitalised word after it (quiet()'s other tests keep those): quiet() lets it
 * pass, as weakInCaps() does in ALL CAPS.
 */
// @ts-ignore: decorator
@inline function openingWord(k: u32, sh: u32, d: u32): bool {
  if (sh != SH_CAP || !weakCore(d) || k + 1 >= count || rd(tShape, k + 1) != SH_LOWER || !tight(k + 1)) return false;
  const g = rd(tGap, k);
  return (g & (G_START | G_NEWLINE | G_SENT)) != 0 && (g & (G_COLON | G_OTHER)) == 0;
}

/**
 * A capitalised word the word table marks as never a name (a drug, a suture, a unit: "Vicryl", "Marcaine", "MM")
 * with no place, street, facility or context role, after a number ("3-0 VICRYL", "2 MM INCISION") or before a
 * lower-case or numeric token ("Vicryl suture", "Marcaine 0.25%"), and no facility, street or unit word after it:
 * it opens no name, place or organisation, so quiet() lets it pass (the rules on unknown words want a word that may
 * be a name). The drugs and sutures of operative notes are most of the capitalised words reaching decide() there.
 */
// @ts-ignore: decorator
@inline function notNameWord(k: u32, sh: u32, d: u32): bool {
  if ((d & F_NOT_NAME) == 0 || (sh != SH_CAP && sh != SH_UPPER) || k + 1 >= count ||
    (d & ((DECIDING & ~(<u32>0x3f)) | F_FAC_MOD | F_MW_PREFIX | F_TITLE | F_CUE | F_CRED | F_EPONYM_HEAD)) != 0) return false;
  const n = k + 1;
  if ((rd(tData, n) & (F_STREET | F_UNIT | F_FACILITY | F_PLACE_SUFFIX | F_BOX | F_FAC_MOD | F_STREET_ABBR)) != 0) return false;
  const ns = rd(tShape, n);
  return ((ns == SH_LOWER || ns == SH_NUM) && tight(n)) || (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM && tight(k));
}

/**
 * Word data d is a core English word whose only deciding bits are weak name and place strengths (1: "may", "will",
 * "home", "of"): the test weakInCaps(), capsStateWord() and openingWord() share.
 */
// @ts-ignore: decorator
@inline function weakCore(d: u32): bool {
  return (d & DECIDING & ~(<u32>0x3f)) == 0 && tierOf(d) == 1 && firstStr(d) <= 1 && lastStr(d) <= 1 && placeStr(d) <= 1;
}

/**
 * A core English word in capitals whose only deciding bits are weak name and place strengths (1: "MAY", "WILL",
 * "HOME", "OF"). In ALL CAPS text (quiet() checks the mode last) such a word decides nothing on its own turn when no
 * title or name precedes it and no state or multi-word entry follows (quiet()'s other tests): candidate() refuses a
 * core word with a weak name there, and every place rule wants a stronger place, a cue with a non-core word, or a
 * neighbour. quiet() lets it pass, which spares ALL CAPS text most of its calls into decide().
 */
// @ts-ignore: decorator
@inline function weakInCaps(sh: u32, d: u32): bool {
  return sh == SH_UPPER && weakCore(d);
}

// ---- Issue 4, seventh round: names in prose and eponyms in clinical notes (self-contained: deviceWord,
// titleCaseAfter, repeatedWord, kinAfterPossessive, callMeCue, lowerInitialGap) ----

// measures written before an instrument's size ("18-French Robinson", "71-mm Maxim", "half-inch Penrose")
const DEVICE_UNITS = "\u0006french\u0002fr\u0002mm\u0002cm\u0004inch\u0005gauge";
// operations named after their inventor ("Austin osteotomy", "McCall culdoplasty"; not "the Greenwich program")
const PROCEDURE_ENDINGS = "\u0004tomy\u0006plasty\u0005scopy\u0004pexy\u0007rrhaphy\u0005desis";
// adjectives and clinical nouns that name a department before a service word ("Bariatric Center", "Postanesthesia
// Care Unit"; not "Kowalski Center")
const SERVICE_ADJ_ENDINGS = "\u0004tric\u0003ial\u0003cal\u0003ral\u0003nal\u0003tal\u0004esia\u0003ive\u0003ory\u0003ary\u0003iac";

/**
 * In mixed case, capitalised token k is an instrument, device or procedure named after a person or place, not the
 * person or place: 2 when a catalogue number or a size says so ("#24 Blake", "18-French Robinson", "Mayfield 3-point",
 * "Penrose 0.25 inch": stronger than a place cue), 1 when its noun phrase opens with an article or a count ("a
 * Richardson", "a distal Syme's", "two Ellis") or a procedure word follows ("Austin osteotomy"), 0 otherwise. People
 * are named with titles, cues or given names, not counted or measured.
 */
function deviceWord(k: u32, mode: u32): u32 {
  if (mode != MODE_MIXED || rd(tShape, k) != SH_CAP) return 0;
  // (a single capitalised word: "a Ravil G Yefimov concert", "a huge Joseph Tolbert fan" name a person)
  const alone = !(k + 1 < count && tight(k + 1) && rd(tShape, k + 1) != SH_LOWER && rd(tShape, k + 1) != SH_NUM);
  if (k > 0 && exists(k - 1) && tight(k)) {
    const q = k - 1;
    const qs = rd(tShape, q);
    if (qs == SH_NUM && (rd(tGap, q) & G_HASH) != 0) return 2;
    if ((qs == SH_LOWER || qs == SH_CAP) && (rd(tGap, q) & G_HYPHEN) != 0 && wordIn(q, DEVICE_UNITS)) return 2;
    if (qs == SH_LOWER && alone) {
      if (wordIn(q, "\u0001a\u0002an\u0003two\u0005three\u0004four\u0007several\u0008multiple")) return 1;
      // (one adjective between: "a distal Syme's incision", "a curved Kelly")
      if (q > 0 && exists(q - 1) && tight(q) && tierOf(rd(tData, q)) != 0 && (rd(tData, q) & CONTEXT_WORDS) == 0 &&
        rd(tShape, q - 1) == SH_LOWER && wordIn(q - 1, "\u0001a\u0002an")) return 1;
    }
  }
  if (k + 1 < count && tight(k + 1)) {
    const n = k + 1;
    if (rd(tShape, n) == SH_LOWER && !possessive(k) && endsWithAny(n, PROCEDURE_ENDINGS, 2)) return 1;
    if (rd(tShape, n) == SH_NUM && n + 1 < count) {
      const a = n + 1;
      if (rd(tShape, a) == SH_LOWER && (rd(tGap, a) & G_HYPHEN) != 0 && rd(tStart, a) == rd(tEnd, n) + 1) return 2;
      // ("Penrose 0.25 inch", "Blake 19 French")
      if (tight(a) && wordIn(a, DEVICE_UNITS)) return 2;
      if (a + 1 < count && rd(tShape, a) == SH_NUM && rd(tStart, a) == rd(tEnd, n) + 1 && byteAt(rd(tEnd, n)) == 0x2e &&
        tight(a + 1) && wordIn(a + 1, DEVICE_UNITS)) return 2;
    }
  }
  return 0;
}

/**
 * Mixed-case token k is a word or a reference, not a person, though a surname: a disease in the possessive ending its
 * list item ("hyperlipidemia, Parkinson's, and CHF"; a person's possessive is followed by what is theirs), the author
 * of a cited technique ("as described by Rowland, et al"), or a heading in capitals ("BRADY PARAMETER SETTINGS").
 */
function surnameAsTerm(k: u32, mode: u32): bool {
  if (mode != MODE_MIXED) return false;
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  const n = k + 1;
  if (sh == SH_CAP && possessive(k) && firstStr(d) <= 1 &&
    (n >= count || (rd(tGap, n) & (G_COMMA | G_SENT | G_NEWLINE)) != 0)) return true;
  if (sh == SH_CAP && n + 1 < count && wordIn(n, "\u0002et") && wordIn(n + 1, "\u0002al") && tight(n + 1) &&
    (rd(tGap, n) & (G_NEWLINE | G_SENT)) == 0) return true;
  if (sh == SH_UPPER && n < count && tight(n) && rd(tShape, n) == SH_UPPER && tierOf(rd(tData, n)) != 0 && nameStr(n) == 0 &&
    (rd(tData, n) & CONTEXT_WORDS) == 0 && rd(tEnd, n) - rd(tStart, n) >= 4) return true;
  return false;
}

/**
 * Token k is a brand written in camel case, a capital inside the word after four or more letters ("SoluTab",
 * "NovoLog", "NuvaRing"); names put theirs earlier ("McKinley", "DeShawn", "MacKenzie", "LaToya").
 */
function innerCapital(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (rd(tShape, k) != SH_CAP || e - s < 6) return false;
  if ((byteAt(s + 1) | 0x20) == 0x69 && (byteAt(s) | 0x20) == 0x66 && (byteAt(s + 2) | 0x20) == 0x74) return false; // Fitz
  for (let i = s + 4; i < e; i++) {
    const b = byteAt(i);
    if (b >= 0x41 && b <= 0x5a && byteAt(i - 1) >= 0x61 && byteAt(i - 1) <= 0x7a) return true;
  }
  return false;
}

/** Token n is a capitalised word of a title-case term: an English word with no name or place strength ("Surgery"). */
function termWord(n: u32): bool {
  if (n >= count || !tight(n) || rd(tShape, n) != SH_CAP) return false;
  const d = rd(tData, n);
  return tierOf(d) != 0 && nameStr(n) == 0 && placeStr(d) == 0 &&
    (d & (F_PLACE_SUFFIX | F_STREET | F_COUNTRY | F_STATE | F_FACILITY | F_TITLE | F_CRED)) == 0;
}

/**
 * Token k opens a title-case term, not a name or a town: the capitalised word after it is a term word ("General
 * Surgery", "Post Anesthesia"), or the word after that one is ("Same Day Surgery"; "Mill Village by" stays a place).
 * With `service`, the word after it must be a facility modifier or unit word ("Bariatric Center", "Postanesthesia
 * Care Unit").
 */
function titleCaseAfter(k: u32, service: bool): bool {
  const n = k + 1;
  if (n >= count || !tight(n) || rd(tShape, n) != SH_CAP) return false;
  const d = rd(tData, n);
  if (service) return (d & (F_FAC_MOD | F_UNIT)) != 0 && nameStr(n) <= 1 && (d & F_PLACE_SUFFIX) == 0;
  return termWord(n) || (nameStr(n) <= 1 && (d & CONTEXT_WORDS) == 0 && termWord(n + 1));
}

/**
 * In mixed case, token k in capitals is long enough to be a town written in capitals rather than an acronym ("flew to
 * LEPPEN", "grew up in ΠΑΦΟΣ"): six bytes or more, and not ending in U like a care unit ("NSICU"). (The caller wants
 * the cue in lower case: "CLOSED IN SUBCUTICULAR FASHION" is a heading.)
 */
function capsTownShape(k: u32): bool {
  const e = rd(tEnd, k);
  return e - rd(tStart, k) >= 6 && byteAt(e - 1) != 0x55;
}

// verbs of travel before "to": the place they go to ("flew to Loeches"; not "switched to Xarelto")
const TRAVEL_VERBS = "\u0004flew\u0003fly\u0005moved\u0008returned\u0009travelled\u0008traveled\u0009relocated\u0009emigrated\u0005drove\u0007arrived\u0004trip";

/** Token j is "to" after a verb of travel. */
function travelTo(j: u32): bool {
  return j > 0 && exists(j - 1) && tight(j) && wordIn(j - 1, TRAVEL_VERBS);
}

/** Token k and the next one are the same word ("Moya Moya", "Bora Bora"): a term or a place, not a given name and surname. */
function repeatedWord(k: u32): bool {
  const n = k + 1;
  return n < count && tight(n) && rd(tH1, n) == rd(tH1, k) && rd(tH2, n) == rd(tH2, k) && rd(tH1, k) != 0 &&
    rd(tEnd, n) - rd(tStart, n) == rd(tEnd, k) - rd(tStart, k);
}

/**
 * Capitalised token k in the possessive before a relative: "Franciska's kid", "Misty's daughter", "Ann's husband"
 * (a disease named after a person takes no relative: "Parkinson's disease").
 */
function kinAfterPossessive(k: u32, mode: u32): bool {
  const sh = rd(tShape, k);
  if (!(sh == SH_CAP || (sh == SH_UPPER && mode == MODE_CAPS)) || !possessive(k) || !candidate(k, mode)) return false;
  const n = k + 1;
  if (n >= count || !tight(n) || rd(tShape, n) != (mode == MODE_CAPS ? SH_UPPER : SH_LOWER)) return false;
  return wordIn(n, KIN_WORDS) || wordIn(n, "\u0003kid\u0004kids\u0004baby");
}

/**
 * "call me X", "calls me X", "called me X": token k is what someone is called. Capitalised, or in lower-case text a
 * listed name or an unknown word of five letters or more ("people call me borna"; not "call me back", "call me asap").
 */
function callMeCue(k: u32, mode: u32): bool {
  if (k < 2 || !exists(k - 2) || !tight(k) || !tight(k - 1)) return false;
  if (!wordIn(k - 1, "\u0002me") || !wordIn(k - 2, "\u0004call\u0005calls\u0006called")) return false;
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0) return false;
  if (sh == SH_CAP || (sh == SH_UPPER && mode == MODE_CAPS)) return nameStr(k) > 0 || tierOf(d) == 0;
  return sh == SH_LOWER && mode == MODE_LOWER && (nameStr(k) > 1 || (tierOf(d) == 0 && rd(tEnd, k) - rd(tStart, k) >= 5));
}

/**
 * In lower-case text, token k follows a one-letter middle initial and its period ("hyuuma t. maida", "eric g.
 * samoylova"): the period is the initial's, not a sentence end.
 */
function lowerInitialGap(k: u32): bool {
  if (k == 0 || !exists(k - 1)) return false;
  const q = k - 1;
  const g = rd(tGap, k);
  return rd(tShape, q) == SH_LOWER && rd(tEnd, q) - rd(tStart, q) == 1 && (g & G_PERIOD) != 0 &&
    (g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_HASH | G_COLON)) == 0 && byteAt(rd(tEnd, q)) == 0x2e &&
    rd(tStart, k) - rd(tEnd, q) <= 2;
}

/** Surname prefixes of Arabic and Hebrew names, written with a hyphen before the rest of the surname. */
const NAME_PREFIXES = "\u0002al\u0002el\u0003abu\u0003ben\u0003ibn\u0005abdel\u0005abdul";

/**
 * Token k is such a prefix in capitals ("Al", "AL"), joined by one hyphen to a capitalised word (the caller has seen
 * a name decided right before it, on the same line): "Yusuf Al-Hashimi", "MOHAMMED AL-FARSI, M.D.", "Omar Abu-Bakr". Alone the prefix
 * is a word or a state code ("AL"), and the second half of a hyphenated word decides nothing by itself, so the
 * surname was lost or cut.
 */
function prefixedSurname(k: u32): bool {
  if (rd(tStart, k + 1) != rd(tEnd, k) + 1 || byteAt(rd(tEnd, k)) != 0x2d) return false;
  const n = rd(tShape, k + 1);
  return (n == SH_CAP || n == SH_UPPER) && rd(tEnd, k + 1) - rd(tStart, k + 1) >= 3 && wordIn(k, NAME_PREFIXES);
}

/**
 * Token k is "St", "Ste" or "Saint" (right after a decided name: the caller's test), then (after its period) a capitalised
 * word that names a person, with no street, facility or possessive after it: the middle of a surname ("Winifred St.
 * Clair", "MARIE ST. PIERRE"). "St. Mary's Hospital", "St. Clair Ave" and "St. Joseph's" stay facilities and streets.
 */
function saintSurname(k: u32): bool {
  if (!wordIn(k, "\u0002st\u0003ste\u0005saint")) return false;
  const n = k + 1;
  const g = rd(tGap, n);
  if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_HYPHEN | G_HASH | G_COLON | G_JOIN)) != 0) return false;
  const ns = rd(tShape, n);
  if ((ns != SH_CAP && ns != SH_UPPER) || possessive(n) || (rd(tData, n) & (F_NOT_NAME | CONTEXT_WORDS)) != 0 ||
    (nameStr(n) == 0 && tierOf(rd(tData, n)) != 0)) return false;
  return !(n + 1 < count && tight(n + 1) && (rd(tData, n + 1) & (F_STREET | F_FACILITY | F_FAC_MOD)) != 0);
}

/**
 * (stop 32) The first letters of the places round's trigger words at s0 (c the first, lower-cased): "s."/"n."/"e."/"w.",
 * "us", "lake", "from", "east", "west", "state", "south", "north".
 */
// @ts-ignore: decorator
@inline function places32Gate(s0: u32, len: u32, c: u32): bool {
  const c2 = byteAt(s0 + 1) | 0x20;
  if (len == 1) return c2 == 0x2e && (c == 0x73 || c == 0x6e || c == 0x65 || c == 0x77 || c == 0x75);
  // (stop 33: "sr", "cr", "fm" too)
  // (stop 40: "rt", "rte": rtRoadLoc40())
  if (c == 0x72 && c2 == 0x74) return len == 2 || len == 3;
  if (len == 2) return c == 0x75 && c2 == 0x73 || c2 == 0x72 && (c == 0x73 || c == 0x63) || c == 0x66 && c2 == 0x6d;
  // (stop 34: "holy", "good", "lady" (as "lake"), "queen", "heart", "mercy": devotional34())
  if (len == 4) return c2 == 0x61 && (c == 0x6c || c == 0x65) || c == 0x66 && c2 == 0x72 || c == 0x77 && c2 == 0x65 ||
    c2 == 0x6f && (c == 0x68 || c == 0x67);
  return len == 5 && (c == 0x73 && (c2 == 0x74 || c2 == 0x6f) || c == 0x6e && c2 == 0x6f || c == 0x71 && c2 == 0x75 ||
    c == 0x68 && c2 == 0x65 || c == 0x6d && c2 == 0x65);
}

/** Decides token k once: absorbed by an address tail, quiet, or decided in full. */
// @ts-ignore: decorator
@inline function step(k: u32): void {
  // (stop 38: a reference code's issuer named before it, "Medical Mutual of Ohio member MMO-2204418832": a code's
  // shape first, idIssuer38(), read before the done test, since a label's rule may have taken the code already; it
  // writes the name and lets the code's own turn go on)
  // (the code's letters by their shape or the hyphen after them before anything else: most tokens are neither)
  if ((rd(tShape, k) == SH_OTHER || byteAt(rd(tEnd, k)) == 0x2d) && k >= 2) issuerGate38(k);
  // (stop 40: "X of the Y Z" read at Z, past the head's look-ahead, "Hospice of the Big Bend"; before the done test, Z may
  // be a place's word; "the" and "of" by their lengths first, ofTheOrg40())
  if (k >= 4 && rd(tShape, k) - 1 <= 1 && rd(tEnd, k - 2) - rd(tStart, k - 2) == 3 && rd(tEnd, k - 3) - rd(tStart, k - 3) == 2 &&
    ofTheOrg40(k, rd(tShape, k))) return;
  if (rd(tDone, k) != 0) return;
  // (stop 40: a firm's trade word closing its name after a relation's frame, "drives for Roadrunner Transit", read at the
  // trade word, which is often a quiet core word; the shapes and the list's masks first, tradeFirmOrg40())
  if (k >= 2 && rd(tShape, k) <= SH_UPPER && rd(tEnd, k) - rd(tStart, k) >= 4 && rd(tShape, k - 1) <= SH_UPPER && exists(k - 1) &&
    wordIn(k, TRADE_HEADS40) && tradeFirmOrg40(k, rd(tShape, k))) return;
  // (stop 38: a programme or a charity named "X for Y" after a frame, "crib from Cribs for Kids arriving", "Dr. Ruiz,
  // Physicians for Human Rights asylum network": a capitalised word, then "for" by its bytes, first; progForY38())
  if (rd(tShape, k) == SH_CAP && k + 2 < count && rd(tEnd, k + 1) - rd(tStart, k + 1) == 3 && byteAt(rd(tStart, k + 1)) == 0x66 &&
    byteAt(rd(tStart, k + 1) + 1) == 0x6f && byteAt(rd(tStart, k + 1) + 2) == 0x72 && progForY38(k)) return;
  if (tailLeft > 0 && continueTail(k)) return;
  // (the token's fields in locals: they never change once pushed, and the calls below would make every read reload)
  const s0 = rd(tStart, k);
  const len = rd(tEnd, k) - s0;
  const sh = rd(tShape, k);
  const b0 = byteAt(s0);
  // (stop 31: a facility's tail word after a place or a facility just found, "Maine Med", "BETHESDA NORTH"; a unit after a
  // facility's short name, "Good Sam Emergency Department", "CASTLE POINT CBOC": the pending end and the bytes first)
  if ((pType == ENTITY_LOCATION || pType == ENTITY_NAME) && k > 0 && pEnd == rd(tEnd, k - 1) && len >= 3 && facTail31(k, sh)) return;
  // (stop 34: the rules read on a few lengths and first letters, a unit's short name, "dot", stop 32's places and
  // rareRules(): one out-of-line call, letterRules34(), behind one table load; their own tests are there)
  if ((letterShape34(len, b0) || sh == SH_OTHER || (len == 3 || len == 4) && (byteAt(s0 + len - 1) | 0x20) == 0x75) &&
    letterRules34(k, s0, len, sh, b0)) return;
  // (the shape test inline: most tokens are no upper-case pair and pay no call)
  if (sh == SH_UPPER && k + 1 < count && (rd(tShape, k + 1) == SH_LOWER || (len <= 3 && (rd(tShape, k + 1) == SH_OTHER ||
    (rd(tShape, k + 1) == SH_UPPER && (rd(tGap, k + 1) & (G_JOIN | G_COLON)) != 0)))) && initialsAt(k)) return;
  // (round 22: lower-case initials at a signature's foot, "m.d. tl/grv", "rn   tm"; initials after "by", "dictated
  // 3/2/92 by FA"; the shape and length inline)
  if (len <= 3 && len >= 2 && s0 >= 3 && (sh == SH_LOWER || sh == SH_UPPER) && ((byteAt(s0 - 2) | 0x20) == 0x79 ||
    sh == SH_LOWER && (s0 + len >= inLen || byteAt(s0 + len) == 0x2f || byteAt(s0 + len) == 0x0a || byteAt(s0 + len) == 0x0d ||
      byteAt(s0 + len) == 0x20 && s0 + len + 1 < inLen && byteAt(s0 + len + 1) == 0x2f)) && round22(k, sh, len)) return;
  // (round 23: a hospital named by English words and a tail word after a word of where, "at Skunk River Medical"; the
  // word before's length and first letter inline, a tail's length and letter ahead first in whereTail23())
  if (len >= 3 && k > 0 && exists(k - 1) && whereShape23(k - 1) && whereTail23(k, sh)) return;
  // (stop 41, loc41: a natural feature's or a recreation site's name after a word of where, "OFF KALGIN ISLAND", "on the
  // Norwottuck Rail Trail": a head's length and first letter one or two tokens ahead first, featureLoc41())
  if (len >= 3 && k >= 2 && sh != SH_NUM && sh != SH_OTHER && k + 1 < count && (featureShape41(k + 1) || k + 2 < count &&
    featureShape41(k + 2)) && featureLoc41(k, sh)) return;
  // (round 23: initials closing their line after a dictation's clock or a scribe's label, "10:55 DLP", "scribe: bjh";
  // the length, shape and line end inline)
  // (stop 39: or a column's blanks and the job number's label after them, "15:47 KJB   JOB: 554128")
  if (len >= 2 && len <= 3 && k >= 2 && (sh == SH_UPPER || sh == SH_LOWER) && (s0 + len >= inLen || byteAt(s0 + len) == 0x0a ||
    byteAt(s0 + len) == 0x0d || byteAt(s0 + len) == 0x20 && jobLabelNext39(k)) && (round23Initials(k) || slashInitials33(k, sh))) return;
  // (stop 33) a badge, staff or store number after the person or place just named: "Deputy Hartsock #4471", "(interpreter
  // Jorge #7731 used)", "CVS Pharmacy #2231"; (round 24) a military unit, "1st Cavalry Division", "2-22 INF": both in
  // numberRules34() since stop 34, each behind its own test
  if (sh == SH_NUM && numberRules34(k, s0, len)) return;
  // (stop 33: an armed service, a state's agency, a union's local, a firm before its rep or alone after a word of where
  // in a supplier's or a laboratory's clause, "US Navy", "WV DHHR", "uswa local 2599", "Omnipod rep", "wound vac from
  // KCI": the next token's length and letters, the state's flag or the word before's shape first)
  const d = rd(tData, k);
  if (k > 0 && k + 1 < count && (org33May(len, b0) || (d & F_STATE) != 0) && org33Hook(k, sh, len, b0 | 0x20, d)) return;
  // an HL7 v2 component before '^' ("|DEGRASSE^LOUISA^M|", "|77 QUARRY HILL RD^^BARRE^VT^05641|"): read before the quiet
  // exits, since a surname or a street's words may be core English words ("DOE^JANE")
  if (s0 + len < inLen && byteAt(s0 + len) == 0x5e && hl7Field(k, sh, d)) return;
  // (stop 27) a field of a CSV/TSV row under a column that names a person or a place ("last,first,city"): after the
  // row's separator glued before it, or opening its line
  if ((s0 > 0 && (byteAt(s0 - 1) == 0x2c || byteAt(s0 - 1) == 0x09) || (rd(tGap, k) & (G_NEWLINE | G_START)) != 0 &&
    separatorNear(k)) && csvField(k, d)) return;
  // (stop 40, fx28) a person's field of a table aligned with blanks, after a column's gap ("0044721     HARDY, PATIENCE")
  // (stop 40, review: not after a sentence's or a clause's mark, "... stable.  Next": prose's two blanks after a period
  // sent most tokens of dictated notes to the table's header walk, +8% of the mixed set's instructions)
  if (s0 >= 2 && byteAt(s0 - 1) == 0x20 && byteAt(s0 - 2) == 0x20 && sh != SH_NUM && !afterMarkGap40(s0 - 2) &&
    alignedPersonFx40(k, d)) return;
  // (fifteenth round) a letterhead's facility opening a line at the top of the note, read before the quiet exits: its
  // words are often core English words ("QUARRY HILL FAMILY PRACTICE")
  // (stop 35, round 26: a letterhead's name closed by a heading's separator on the note's first line, read at its last
  // word, letterhead26())
  if (s0 < 240 && (sh == SH_CAP || sh == SH_UPPER) && (lineStart(k) && clinicLetterhead(k, sh) || letterhead26(k, sh))) return;
  // (stop 38, clinical round 29: a log row's "LAST, FIRST" before its record field, "0945  WOODS, FRANK  MRN"; a nickname
  // in quotes after a name, "Kostelnik, Andrew J. ("Drew")": read before the quiet exits, the words are English words;
  // the bytes before the token first)
  if (s0 >= 4 && byteAt(s0 - 1) == 0x22 && nickname38(k, sh)) return;
  if (s0 >= 4 && byteAt(s0 - 1) == 0x20 && byteAt(s0 - 2) == 0x2c && k + 1 < count && rowName38(k, sh)) return;
  if (!quiet(k, sh, d, len) && !lowerExit(k, sh, d) && !quietLetter(k, sh, d, b0) && !quietCode(k, sh, d)) decide(k);
}

/**
 * Token k is a lower-case word that decide() would leave at its lower-case exit, before any rule that writes: no colon
 * before it (the "TR: jm" rule), no place, street, facility or unit role, no title before it, no multi-word entry
 * after it, and the text around it is not all lower case. Tested inline so that these tokens (most of those that are
 * not quiet in mixed-case text) cost no call into decide(); decide() repeats the same tests.
 */
// @ts-ignore: decorator
@inline function lowerExit(k: u32, sh: u32, d: u32): bool {
  if (sh != SH_LOWER || (rd(tGap, k) & G_COLON) != 0 ||
    ((d & (F_STREET | F_STREET_PREFIX | F_FACILITY | F_PLACE_SUFFIX | F_BOX | F_UNIT)) != 0 && !roleAfterWord(k))) return false;
  // (a note signed "-- tjm": decide()'s footInitials(); the gap flag first, already loaded)
  if ((rd(tGap, k) & G_HYPHEN) != 0 && rd(tStart, k) >= 2 && byteAt(rd(tStart, k) - 2) == 0x2d) return false;
  // (a login closing a flowsheet line, " -lsorensen", or after "entered by": the fourteenth round's loginAfterSigner())
  if ((rd(tGap, k) & G_HYPHEN) != 0 && rd(tStart, k) >= 2 && byteAt(rd(tStart, k) - 2) == 0x20 && byteAt(rd(tStart, k) - 1) == 0x2d) return false;
  if (tierOf(d) == 0 && k > 0 && exists(k - 1) && ((rd(tData, k - 1) & F_BY) != 0 || wordIn(k - 1, USER_LABELS))) return false;
  // (stop 33: an initial glued by '.' or '_' to a surname after "by", a login: "logged by j.kimura", dottedLogin33())
  if (rd(tEnd, k) - rd(tStart, k) == 1 && (byteAt(rd(tEnd, k)) == 0x2e || byteAt(rd(tEnd, k)) == 0x5f) && k > 0 && exists(k - 1) &&
    (rd(tData, k - 1) & F_BY) != 0) return false;
  // (a delimited export's cell: "...,\"pruitt, shanice\",...", "\tgundersen, lars pa\t": cellLastFirst())
  if (k > 0 && (byteAt(rd(tStart, k) - 1) == 0x22 || byteAt(rd(tStart, k) - 1) == 0x09) && k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0) return false;
  if (k > 0 && exists(k - 1) && linked(k) && ((rd(tData, k - 1) & F_TITLE) != 0 ||
    ((d & F_PARTICLE) != 0 && rd(tDone, k - 1) == ENTITY_NAME))) return false;
  if ((k + 1 < count && rd(tMw2, k + 1) != 0) || (k + 2 < count && rd(tMw3, k + 2) != 0)) return false;
  return modeAt(k) != MODE_LOWER;
}

/**
 * A lower-case street, unit or facility word after a lower-case English word with no role of its own, and no number,
 * initial or code after it: "the operating room", "at this point", "in place", "disc space", "the way". No address
 * or facility rule ends on such a pair (they want a number, a capitalised name or a dictionary place before the
 * role word, or a number after it), so lowerExit() may take it when the text around is not all lower case. Not a
 * street prefix or "box".
 */
// @ts-ignore: decorator
@inline function roleAfterWord(k: u32): bool {
  // (a street prefix opens its address, "ul. Miła 53", "rue de la Paix", and "box" closes "po box 12": read forwards)
  // (and a word of another language's streets, "and ul. Miła 53": the role word must be a core English word)
  if (k == 0 || !exists(k - 1) || !tight(k) || rd(tShape, k - 1) != SH_LOWER || (rd(tData, k) & (F_STREET_PREFIX | F_BOX)) != 0 ||
    tierOf(rd(tData, k)) != 1) return false;
  const pd = rd(tData, k - 1);
  if (tierOf(pd) != 1 || placeStr(pd) > 1 || nameStr(k - 1) > 1 || rd(tDone, k - 1) != 0 ||
    (pd & (CONTEXT_WORDS | F_FAC_MOD | F_DIRECTION | F_STREET_ABBR | F_PARTICLE)) != 0) return false;
  if (k + 1 >= count) return true;
  const ns = rd(tShape, k + 1);
  return ns != SH_NUM && ns != SH_INITIAL && ns != SH_OTHER;
}

/** The rules step() tries on a few token shapes before its fast exits (see there). Returns true when one wrote. */
function rareRules(k: u32, len: u32): bool {
  if (len == 1) return interstate(k);
  if (rd(tShape, k) != SH_OTHER && len != 6 && k + 1 < count) return deviceTag33(k);
  if (len == 6 && k + 1 < count && deviceTag33(k)) return true;
  if (rd(tShape, k) != SH_OTHER) return copulaAge(k) || k > 0 && spelledAge33(k);
  // (a login of capitals and digits in ALL CAPS, "COSIGNED WLAU2": such tokens never reach decide(), see quietCode())
  return k >= 2 && (signatureCode(k) || trailerCode(k) || userName(k, SH_OTHER) ||
    (byteAt(rd(tStart, k)) < 0x61 && loginAfterSigner(k, SH_OTHER)) || roundFifteenCode(k) || loginAfterEvent(k, SH_OTHER));
}

// (stop 34) The lengths (bit n: length n) of the first letters (index: the letter's low five bits) that letterRules34()'s
// rules read: a unit's short name "e." (2) "c..c" (4) "em........" (9); "dot" (3); stop 32's places "s." "us" "cr" "fm"
// (1, 2) "lake" "east" "from" "west" (4) "state" "north" (5); rareRules()'s "I" (1), "ninety" "device" "camera" (6),
// "terminal" (8), "scope" (5); devotional34()'s "holy" "good" "lady" (4) "queen" "heart" "mercy" (5) through places32Gate();
// round25()'s "area" (4) "court" (5) "marker" (6); (stop 39) initialsField39()'s "initials" (8). (A unit ending in "cu",
// "MICU", is any letter's: step() tests its last byte.)
const LETTER_SHAPES34: usize = memory.data<u16>([0, 0x10, 0, 0x74, 0x48, 0x216, 0x14, 0x10, 0x30, 0x102, 0, 0, 0x10, 0x60, 0x62, 0,
  0, 0x20, 0xc, 0x26, 0x100, 0x6, 0, 0x12, 0, 0, 0, 0, 0, 0, 0, 0]);

/** (stop 34) A token of length len and first byte b0 may reach one of letterRules34()'s rules: step()'s inline test. */
// @ts-ignore: decorator
@inline function letterShape34(len: u32, b0: u32): bool {
  return len < 16 && ((<u32>load<u16>(LETTER_SHAPES34 + ((b0 & 31) << 1)) >> len) & 1) != 0;
}

/**
 * (stop 34) The rules step() reads on a few lengths and first letters, in step()'s order, each behind its own test as it
 * was inline: out of step()'s body, since each inline test there grew the hot loop's code (docs/performance.md, stop
 * 34). step() calls this behind letterShape34(), a letters-and-digits shape or a last "u". Returns true when one wrote
 * (step() then returns).
 */
function letterRules34(k: u32, s0: u32, len: u32, sh: u32, b0: u32): bool {
  if (k >= 2 && (len == 2 && (b0 | 0x20) == 0x65 || len >= 3 && len <= 4 && (byteAt(s0 + len - 1) | 0x20) == 0x75 &&
    (byteAt(s0 + len - 2) | 0x20) == 0x63 || len == 4 && (b0 | 0x20) == 0x63 && (byteAt(s0 + 3) | 0x20) == 0x63 ||
    len == 9 && (b0 | 0x20) == 0x65 && (byteAt(s0 + 1) | 0x20) == 0x6d)) unitName31(k, sh, modeAt(k));
  // "dot" before a top-level domain may close an e-mail address spelled out in words (checked before the fast exit)
  if (len == 3 && (b0 | 0x20) == 0x64 && spelledEmail(k)) return true;
  // (stop 32: a state or US road by its number, a lake, a compass quarter, a street after "s.", a place after "returning
  // from": places32(), behind the length and the first two letters, "state", "us", "lake", "from", "south", "west", "s.")
  if (k > 0 && k + 1 < count && len <= 5 && places32Gate(s0, len, b0 | 0x20) && places32(k, len, b0 | 0x20, sh)) return true;
  // so may "ninety" after a copula ("The patient is ninety."), the letter of an interstate ("near the I-95") and the
  // dictating doctor's code after "M.D." ("M.D. RQ12 IH384/0913"): one out-of-line call behind inline byte tests, so
  // that the hot loop's JavaScript (the wasm2js fallback) does not grow with them
  // (stop 33: and a device's kind word before its tag, "device iPhone-SI-4F2A9C", "camera WC-iPad-0447": device camera
  // terminal scope by length and first letter, the tag's shape after it; deviceTag33())
  if (((len == 6 && (b0 | 0x20) == 0x6e) || (len == 1 && (b0 | 0x20) == 0x69) || (sh == SH_OTHER && k >= 2) ||
    (len == 6 && ((b0 | 0x20) == 0x64 || (b0 | 0x20) == 0x63) || len == 8 && (b0 | 0x20) == 0x74 ||
    len == 5 && (b0 | 0x20) == 0x73) && k + 1 < count && (rd(tShape, k + 1) == SH_OTHER || byteAt(rd(tEnd, k + 1)) == 0x2d)) &&
    rareRules(k, len)) return true;
  // (stop 34, round 25: a town's "Area" hospital, a state court and a mile marker, "CHARLESTON AREA MEDICAL CENTER",
  // "Superior Court of Arizona", "mile marker 88": "ar..." and "c.u.." by their length and letters, a number after a
  // six-letter word in "m", round25())
  if ((len == 4 && (b0 | 0x20) == 0x61 && (byteAt(s0 + 1) | 0x20) == 0x72 || len == 5 && (b0 | 0x20) == 0x63 &&
    (byteAt(s0 + 2) | 0x20) == 0x75 || len == 6 && (b0 | 0x20) == 0x6d && k + 1 < count && rd(tShape, k + 1) == SH_NUM) &&
    k > 0 && k + 2 < count && round25(k, sh, len)) return true;
  // (stop 35, round 26: a payer's or a firm's code right after it, "Payer: Aetna W188204417": a letters-and-digits token
  // after a pending organisation or facility, payerCode26())
  if (sh == SH_OTHER && k > 0 && pType == ENTITY_LOCATION && payerCode26(k, s0, len)) return true;
  // (stop 39: a person's initials after the word "initials", initialsField39(); a message's sender after "From:" in
  // its header, messageSender39())
  if (len == 8 && (b0 | 0x20) == 0x69 && k + 1 < count && initialsField39(k)) return true;
  if (len == 4 && (b0 | 0x20) == 0x66 && k + 2 < count && (rd(tGap, k + 1) & G_COLON) != 0 && messageSender39(k)) return true;
  return false;
}

// (stop 39) the labels of a message's header besides its sender's
const HEADER_LABELS39 = "\u0002to\u0004sent\u0007subject\u0004date\u0002cc";

/**
 * (stop 39) Token k is "From" opening its line before a colon, in a message's header (the next line opens with "To",
 * "Sent", "Subject", "Date" or "CC", or the line before with one of them and its colon), and the sender's name fills
 * the rest of the line: two words, a given name and a surname, in any letter case ("FROM: DAWN HOLLICK\nTO: DR.
 * MARCHBANKS", "from: dawn hollick\nto: dr. marchbanks"; mixed case finds it by its capitals). Not a desk or a team
 * ("from: front desk", "FROM: CARE TEAM"). (Three tokens of look-ahead: the next line's label is k + 3, its colon is
 * not read.)
 */
function messageSender39(k: u32): bool {
  if (!lineStart(k) || !wordIn(k, "\u0004from") || k + 3 >= count || (rd(tGap, k + 3) & G_NEWLINE) == 0) return false;
  for (let j = k + 1; j <= k + 2; j++) {
    const sh = rd(tShape, j);
    if ((sh != SH_UPPER && sh != SH_LOWER && sh != SH_CAP) || (j > k + 1 && !tight(j)) ||
      (rd(tData, j) & (F_NOT_NAME | F_ALLOW | F_CUE | F_CRED | F_FACILITY | F_TITLE)) != 0) return false;
  }
  const f = rd(tData, k + 1);
  const l = rd(tData, k + 2);
  if ((rd(tGap, k + 2) & (G_NEWLINE | G_FAR)) != 0 || firstStr(f) == 0 ||
    !(lastStr(l) != 0 || tierOf(l) == 0 && rd(tEnd, k + 2) - rd(tStart, k + 2) >= 3) || medicalShape(k + 2)) return false;
  // a header's other label opening the next line, or the line before with its colon
  let ok = wordIn(k + 3, HEADER_LABELS39);
  if (!ok && k > 0) {
    let b = k - 1;
    for (let n = 0; n < 8 && b > 0 && !lineStart(b); n++) b--;
    ok = lineStart(b) && b + 1 < k && (rd(tGap, b + 1) & G_COLON) != 0 && wordIn(b, HEADER_LABELS39);
  }
  if (!ok) return false;
  span(rd(tStart, k + 1), rd(tEnd, k + 2), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k + 1, ENTITY_NAME);
  wr(tDone, k + 2, ENTITY_NAME);
  return true;
}

/**
 * (stop 39) Token k is "initials" and a person's initials follow it on its line, after a colon or blanks: two to four
 * letters, alone or joined by hyphens or periods ("INITIALS: MCAQ", "(initials R-O-M)", "INITIALS R-L-B", "initials:
 * J.R."), as a study's screening log, a consent or a transfusion record writes them. A word after it is no initials
 * ("INITIALS: YES", "initials of the nurse", "INITIALS: N/A").
 */
function initialsField39(k: u32): bool {
  const n = k + 1;
  if (!wordIn(k, "\u0008initials") || (rd(tGap, n) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HYPHEN)) != 0) return false;
  const s = rd(tStart, n);
  let e = s;
  let letters: u32 = 0;
  while (e < inLen) {
    const c = byteAt(e);
    if (isAlpha(c)) letters++;
    else if (!((c == 0x2d || c == 0x2e) && e > s && e + 1 < inLen && isAlpha(byteAt(e + 1)))) break;
    e++;
  }
  // a period closing dotted initials belongs to them ("J.R.")
  if (e < inLen && byteAt(e) == 0x2e && e > s + 1 && byteAt(e - 2) == 0x2e) e++;
  if (letters < 2 || letters > 4 || e - s > 8) return false;
  if (e < inLen) {
    const c = byteAt(e);
    if (!(c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09 || c == 0x29 || c == 0x2c || c == 0x3b || c == 0x22 || c == 0x2e)) return false;
  }
  // one token of letters: no word of any list, never "N/A"
  // (stop 40: a state's two letters are someone's initials after the word, "COLLECTOR INITIALS VT")
  if (rd(tEnd, n) >= e && (tierOf(rd(tData, n)) != 0 || (rd(tData, n) & (F_NOT_NAME | F_ALLOW | (CONTEXT_WORDS & ~F_STATE))) != 0)) return false;
  // (at most the three tokens of look-ahead: "R-O-M")
  let last = n;
  while (last < k + 3 && rd(tEnd, last) < e && last + 1 < count) last++;
  if (rd(tEnd, last) + 1 < e) return false;
  span(s, e, ENTITY_NAME, 700, R_INITIAL);
  for (let j = n; j <= last; j++) wr(tDone, j, ENTITY_NAME);
  return true;
}

/**
 * (stop 34) step()'s two rules on a number, in step()'s order, each behind its own test as it was inline: out of
 * step()'s body, called for every number (docs/performance.md, stop 34). Returns true when one wrote.
 */
function numberRules34(k: u32, s0: u32, len: u32): bool {
  if (s0 >= 2 && byteAt(s0 - 1) == 0x23 && numberAfterName33(k, s0, len)) return true;
  // (round 24: a military unit, "1st Cavalry Division", "10TH MTN DIV", "2-22 INF": an ordinal's ending, or a number
  // after a hyphen before an arm's first letter)
  if (k + 1 < count && (len >= 3 && ((byteAt(s0 + len - 1) | 0x20) == 0x68 && (byteAt(s0 + len - 2) | 0x20) == 0x74 ||
    (byteAt(s0 + len - 1) | 0x20) == 0x64 || (byteAt(s0 + len - 1) | 0x20) == 0x74 && (byteAt(s0 + len - 2) | 0x20) == 0x73) ?
    militaryUnit24(k, true) : (rd(tGap, k) & G_HYPHEN) != 0 && ((byteAt(rd(tStart, k + 1)) | 0x20) == 0x69 ||
      (byteAt(rd(tStart, k + 1)) | 0x20) == 0x63) && militaryUnit24(k, false))) return true;
  return false;
}

/** Top-level domains a spelled-out address ends with. */
const TLDS = "\u0003com\u0003org\u0003net\u0003edu\u0003gov\u0002io\u0002co\u0002us\u0002uk\u0002ca\u0004info\u0003biz\u0002me";

/** Only blanks between the end of token a and the start of token b (same line, no punctuation). */
function blanksOnly(a: u32, b: u32): bool {
  for (let i = rd(tEnd, a); i < rd(tStart, b); i++) if (byteAt(i) != 0x20 && byteAt(i) != 0x09) return false;
  return rd(tEnd, a) < rd(tStart, b);
}

/**
 * An e-mail address spelled out in words, ending at token k + 1: "john dot smith at gmail dot com", "jdoe at
 * hospital dot org". Token k is "dot" and k + 1 a top-level domain; walking back: domain labels joined by "dot", then
 * "at", then the local part (labels joined by "dot", at most two, or by a written '.', '_' or '-'). Emits EMAIL and
 * returns true, or returns false.
 */
function spelledEmail(k: u32): bool {
  if (k + 1 >= count || k < 3 || !wordIn(k, "\u0003dot") || !blanksOnly(k, k + 1) || !blanksOnly(k - 1, k) ||
    !wordIn(k + 1, TLDS)) return false;
  let j = k - 1; // last domain label
  let steps: u32 = 0;
  // domain labels: "gmail", "mail dot example"
  while (j >= 2 && exists(j - 2) && blanksOnly(j - 1, j) && wordIn(j - 1, "\u0003dot") && blanksOnly(j - 2, j - 1) && steps < 2) {
    j -= 2;
    steps++;
  }
  if (j < 2 || !exists(j - 2) || !blanksOnly(j - 1, j) || !wordIn(j - 1, "\u0002at") || !blanksOnly(j - 2, j - 1)) return false;
  let s = j - 2; // last local-part label
  steps = 0;
  while (s >= 2 && exists(s - 2) && blanksOnly(s - 1, s) && wordIn(s - 1, "\u0003dot") && blanksOnly(s - 2, s - 1) && steps < 1) {
    s -= 2;
    steps++;
  }
  // labels joined by a written '.', '_' or '-' ("jane.doe at gmail dot com", "j_smith at ...") are a mailbox
  let joined = false;
  steps = 0;
  while (s >= 1 && exists(s - 1) && rd(tStart, s) == rd(tEnd, s - 1) + 1 && steps < 3) {
    const c = byteAt(rd(tEnd, s - 1));
    if (c != 0x2e && c != 0x5f && c != 0x2d) break;
    s--;
    steps++;
    joined = true;
  }
  // a local part that is a plain English word reads as prose ("look at gmail dot com", "reach me at ..."); a name
  // or an unknown word is a mailbox ("john", "jdoe")
  if (!joined && tierOf(rd(tData, s)) != 0 && nameStr(s) < 2) return false;
  span(rd(tStart, s), rd(tEnd, k + 1), ENTITY_EMAIL, 900, R_EMAIL_SPELLED);
  wr(tDone, k, 0xff);
  wr(tDone, k + 1, 0xff);
  return true;
}

/** Transcription initials at the foot of a note ("RZ / mk"), looked at before the fast exit ("UP / rw" are words too). */
function initialsAt(k: u32): bool {
  const sh = rd(tShape, k);
  if ((rd(tData, k) & F_ALLOW) != 0 || sh != SH_UPPER || k + 1 >= count) return false;
  // (stop 38, clinical round 29: the signer's initials and a typist's behind a slash after a column gap, read here too
  // because a pronoun's or a word's letters ("HE/TL", "AS/jl") never reach decide())
  if (sigEnd != 0 && byteAt(rd(tEnd, k)) == 0x2f && columnGap(k) && signerInitials37(k)) return true;
  // the author's initials and a user name ending the line ("JRT/jtremai1")
  if (rd(tShape, k + 1) == SH_OTHER) return signerUser(k);
  // in ALL CAPS the transcriptionist's half is in capitals too ("M.D.   XD / CM", "HRB/KMW" under a signature)
  // (or a colon glued to both halves: "BO:KFW  JOB: 00481223", "MV:TRC   D:"; dictationPair() checks the dates)
  const caps = rd(tShape, k + 1) == SH_UPPER && ((rd(tGap, k + 1) & G_JOIN) != 0 || gluedColon(k)) && modeAt(k) == MODE_CAPS;
  if ((rd(tShape, k + 1) != SH_LOWER && !caps) || !(initialsPair(k, caps) || dictationPair(k, caps))) return false;
  initialsAndTail(k, ENTITY_NAME, 600, R_INITIAL);
  return true;
}

/**
 * The address and facility rules of decide(), in a function of their own: the JavaScript fallback (wasm2js) of one
 * decision function this large exceeded V8's optimising compiler's size limit and ran ~2x slower. Returns true when
 * token k was decided here (decide() then returns).
 */
function addressOrFacility(k: u32, sh: u32, d: u32, mode: u32, hasPrev: bool, hasNext: bool, hasNext2: bool): bool {
  // a name of common words before a head no facility flag marks: "Peak Motion Physical Therapy" (org12's section)
  if (mode != MODE_LOWER && hasPrev && commonWordsOrg(k, sh, d, mode)) return true;
  // a street named at a crossing: "the corner of Dalbraut 99 and Frederikke Coves" (the shape first: "of" or a number)
  if (k >= 2 && hasPrev && (rd(tShape, k - 1) == SH_NUM || rd(tEnd, k - 1) - rd(tStart, k - 1) == 2) && cornerOpen(k, sh, d, mode)) return true;
  // PO Box 123
  if ((d & F_BOX) != 0 && hasNext && rd(tShape, k + 1) == SH_NUM && hasPrev) {
    const p = k - 1;
    const pTok = rd(tEnd, p) - rd(tStart, p);
    let s: u32 = 0xffffffff;
    if (pTok == 2 && (byteAt(rd(tStart, p)) | 0x20) == 0x70 && (byteAt(rd(tStart, p) + 1) | 0x20) == 0x6f) s = rd(tStart, p);
    else if (pTok == 1 && (byteAt(rd(tStart, p)) | 0x20) == 0x6f && k > 1 && exists(k - 2) &&
      (byteAt(rd(tStart, k - 2)) | 0x20) == 0x70 && rd(tEnd, k - 2) - rd(tStart, k - 2) == 1) s = rd(tStart, k - 2);
    if (s == 0xffffffff) s = routeBox(k);
    if (s != 0xffffffff) {
      // (stop 40: the box's letter after a hyphen, "Box 419-A"; boxLetterLoc40())
      const bl = boxLetterLoc40(k + 1);
      span(s, rd(tEnd, bl), ENTITY_LOCATION, 900, R_PO_BOX);
      for (let m = k; m <= bl; m++) wr(tDone, m, 0xff);
      startTail(bl);
      return true;
    }
  }

  // US military mail: "APO AE 09180", "FPO AP 96601" and the unit or ship line before it
  if (hasNext2 && (placeStr(d) == 3 || mode == MODE_LOWER) && militaryPost(k, mode)) return true;

  // street address: <number> <words...> <suffix> [direction] [unit designator + number]
  if ((d & F_STREET) != 0 && hasPrev && (sh != SH_LOWER || mode == MODE_LOWER) && sh != SH_INITIAL) {
    let j = k - 1;
    let found = false;
    let capsStreetOk = true;
    let abbrCued = false;
    for (let steps: u32 = 0; steps < 5; steps++) {
      if (!exists(j)) break;
      // (an ordinal is a street name: "4410 W 28th Street", "42nd Street")
      const sj = ordinalAt(j) ? SH_CAP : rd(tShape, j);
      if (sj == SH_NUM && j < k - 1) {
        // a list number ("1. LEFT ...") is no house number; in ALL CAPS a short number needs non-word street names
        // (on the same line: "October 27, 2085\n\nHarold C." is no street)
        // (a number after '#' is a size or a count, no house number: "#26 CUTTING LOOP")
        // (stop 38: nor a record number's value or a month's year a comma closes, before a clinic's name or a test:
        // "MRN 0093317, OB CLINIC W/ DR AKINYEMI", "JAN 2091, SURVEILLANCE CT"; commaNumber38())
        found = (rd(tGap, j + 1) & (G_PERIOD | G_NEWLINE | G_FAR)) == 0 && (rd(tGap, j) & G_HASH) == 0 && !commaNumber38(j) &&
          (mode != MODE_CAPS || rd(tEnd, j) - rd(tStart, j) >= 3 || capsStreetOk || capsAddressFrame(j, k)) && !phoneTail(j) &&
          // (the digits after a decimal point are no house number: "AREA IS 1.3 CM SQUARE")
          !(rd(tStart, j) >= 2 && byteAt(rd(tStart, j) - 1) == 0x2e && byteAt(rd(tStart, j) - 2) >= 0x30 && byteAt(rd(tStart, j) - 2) <= 0x39) &&
          !dateOrBracketStreet(j, k);
        break;
      }
      // (a period after an abbreviated direction does not end the street: "1412 W. State St")
      const gj = rd(tGap, j + 1);
      // (nor one after a middle initial or "Jr." in a street named for a person: "45 Martin Luther King Jr. Blvd",
      // "1 Carlton B. Goodlett Place")
      // (stop 38: nor does a slash join a street's words, "W/" is "with": "CLINIC W/ DR AKINYEMI")
      if (sj == SH_NUM || (gj & (G_NEWLINE | G_FAR | G_JOIN)) != 0 || ((gj & G_SENT) != 0 &&
        !((gj & G_PERIOD) != 0 && (((rd(tData, j) & F_DIRECTION) != 0 && rd(tEnd, j) - rd(tStart, j) <= 2) ||
          ((sj == SH_INITIAL && j + 1 < k) || wordIn(j, "\u0002jr")))))) break;
      const jd = rd(tData, j);
      if ((jd & (F_LOC_CUE | F_BY | F_CUE | F_TITLE | F_VERB_BY)) != 0 && (jd & F_DIRECTION) == 0) break;
      // (round 20: "and" names no street; a number before it is a value and the type a title, "PGR 12345, AND DR
      // SMITH", "BP 120, AND DR JONES AGREED")
      if (isAnd(j)) break;
      if (mode == MODE_MIXED && sj != SH_CAP && sj != SH_UPPER && sj != SH_INITIAL) break;
      // in lower case "st"/"dr"/"ct" are words too: an abbreviated street type needs a unit or a comma after it, or
      // (a type that is no clinical abbreviation: "ave", "blvd", "rd") a location cue before the number
      // (stop 38: or a unit's number after '#', "2631 patterson rd #14, grand junction": hashUnit38)
      if (mode == MODE_LOWER && (d & F_STREET_ABBR) != 0 && !streetEndsLower(k) && !hashUnit38(k)) abbrCued = true;
      if (tierOf(jd) != 0 && nameStr(j) == 0 && placeStr(jd) == 0) capsStreetOk = false;
      if (j == 0 || !linked(j)) break;
      j--;
    }
    // (round 21: a number, a time unit and "drive" measure a trip, no street: "40 MIN DRIVE", "a 3 hour drive")
    if (found && k == j + 2 && wordIn(k, "\u0005drive") && wordIn(j + 1, TIME_UNITS_21)) found = false;
    // (stop 38: a dose's or a time's unit after the number is no street's name before '#': "increase to 20 units rd #3")
    if (found && !abbrCued && mode == MODE_LOWER && (wordIn(j + 1, DOSE_UNITS) || wordIn(j + 1, TIME_UNITS_21))) found = false;
    // (round 22: a preposition or a verb of care before "Dr" makes it a title, the number a year or a value: "ADMITTED
    // HERE JANUARY 2094 UNDER DR. FENWICK", "SEEN 2091 PER DR SMITH"; "12 Oak Dr" and "40 Hillside Dr" stay streets)
    if (found && k == j + 2 && wordIn(k, "\u0002dr") && wordIn(j + 1, PREP_BEFORE_DR22)) found = false;
    if (found && abbrCued) {
      // ("ship to: 1600 pennsylvania ave", "drove from 12 tower rd": a preposition of where before the number)
      // (a dose or a count is no house number: "increase to 20 mg ave", "from 10 to 20 units rd")
      // (stop 31: or any abbreviated type after a number of 3+ digits and two words, "pickup from 3710 lake hunter dr -
      // late": "dr" after one word may be a doctor, "to 20 units dr smith")
      // (stop 36: or the street alone in brackets after a place, "from greystone nursing home (400 quarry rd)": a number
      // of 2+ digits, a word that is no unit, the type, the bracket closed)
      found = houseNumberOfResidence(j) || (j > 0 && exists(j - 1) && wordIn(j - 1, "\u0002at\u0002to\u0004from\u0004near") &&
        (wordIn(k, STRONG_ABBR) || (k >= j + 3 && rd(tEnd, j) - rd(tStart, j) >= 3)) && !wordIn(j + 1, DOSE_UNITS)) ||
        parenStreet36(j, k);
    }
    if (found) {
      // (the whole number of a half: "16 1/2 Elm Street")
      const whole = byteAt(rd(tStart, j) - 1) == 0x2f ? fractionStart(j) : 0xffffffff;
      if (whole != 0xffffffff) j = whole;
      // a second number before the house number ("935 69 Gordon Terrace": a building or unit number)
      else if (j > 0 && exists(j - 1) && rd(tShape, j - 1) == SH_NUM && tight(j) && rd(tEnd, j - 1) - rd(tStart, j - 1) <= 6) j--;
      let end = rd(tEnd, k);
      let last = k;
      // (stop 29: a county or state road takes its number: "1420 County Road 12", "88 State Route 9 N")
      if (hasNext && rd(tShape, k + 1) == SH_NUM && tight(k + 1) && rd(tEnd, k + 1) - rd(tStart, k + 1) <= 4 && k > j + 1 &&
        wordIn(k, "\u0004road\u0002rd\u0005route\u0003rte\u0007highway\u0003hwy") &&
        wordIn(k - 1, "\u0006county\u0002co\u0005state\u0008township\u0003twp\u0006forest\u0006parish")) {
        last = k + 1;
        end = rd(tEnd, k + 1);
        k = k + 1;
      }
      if (k + 1 < count && (rd(tData, k + 1) & F_DIRECTION) != 0 && tight(k + 1) && rd(tShape, k + 1) != SH_LOWER) {
        last = k + 1;
        end = rd(tEnd, k + 1);
      }
      if (last + 2 < count + 0 && (rd(tData, last + 1) & F_UNIT) != 0 && rd(tShape, last + 2) != SH_LOWER &&
        (rd(tGap, last + 1) & (G_NEWLINE | G_SENT | G_FAR)) == 0) {
        last = last + 2;
        end = rd(tEnd, last);
      } else if (last + 1 < count && (rd(tGap, last + 1) & G_HASH) != 0 && rd(tShape, last + 1) == SH_NUM) {
        last = last + 1;
        end = rd(tEnd, last);
      }
      if (end < rd(tStart, last) || last != k) end = rd(tEnd, last);
      // (stop 32: the name before its address, a practice's letterhead or an employer's: "Bayou Neurology Associates\n4410
      // Magazine Street"; behind the house number's shape and a gap before it)
      if (j >= 2 && rd(tShape, j) == SH_NUM && (rd(tGap, j) & (G_NEWLINE | G_COMMA | G_OTHER)) != 0 || j >= 3 && tight(j)) nameBeforeAddress32(j, mode);
      spanDone(rd(tStart, j), end, ENTITY_LOCATION, 900, R_ADDRESS, j, last);
      startTail(last);
      return true;
    }
    // in mixed case, a street named without a house number after "on"/"off"/"along" ("lives on Elm Street", "a
    // house off Route Road", "resides on Maple Ave."): one to three capitalised words, then the capitalised type
    // (a street type right after takes the decision: "on Berg Hills Street")
    // In ALL CAPS and lower case only after a residence verb ("LIVES ALONE ON CLIFF ROAD", "lives alone on cliff road")
    // or in a place's frame (streetClosed: "CVS ON MAIN ST IN SHREWSBURY")
    const uncased = (mode == MODE_CAPS && sh == SH_UPPER) || (mode == MODE_LOWER && sh == SH_LOWER);
    if (((mode == MODE_MIXED && sh == SH_CAP) || uncased) && tight(k) &&
      !(hasNext && tight(k + 1) && rd(tShape, k + 1) == sh && (rd(tData, k + 1) & F_STREET) != 0)) {
      let q = k - 1;
      let n: u32 = 0;
      // (a street word may name the street: "on Oak Hills Street"; the span outscores the names it covers: "on Berg
      // Hills Street" was "Berg Hills", a first name and a surname)
      // (round 19: an eponym's head word may name the street too: "pharmacy on Canal St:", "on Bridge Rd")
      // (round 21: a state's name right before the type names the street too, "on Maryland Pkwy", "on michigan ave")
      // (round 21: and an abbreviated direction with its period before an ordinal, "on W. 4th Ave", "on e. 25th st")
      while (n < 3 && exists(q) && ((rd(tShape, q) == sh && (rd(tData, q) & CONTEXT_WORDS & ~(F_STREET | F_EPONYM_HEAD)) == 0) || ordinalAt(q) ||
        (n > 0 && (directionLetter(q) || dottedDirection21(q + 1))) || (n == 0 && rd(tShape, q) == sh && stateStreet21(q, k))) &&
        (tight(q) || dottedDirection21(q)) && q > 0 && !(uncased && (wordIn(q, "\u0002on\u0003off\u0002of") || streetDeterminer38(q, k)))) {
        n++;
        q--;
      }
      if (n > 0 && exists(q) && (uncased ? wordIn(q, "\u0002on") && (residenceBefore(q) || streetClosed(q, k) || premisesOn(q, k) ||
          capsStreetOn(q, k, mode)) || homeStreetOn23(q, k) : rd(tShape, q) == SH_LOWER &&
        (wordIn(q, "\u0002on\u0003off\u0005along") || crossStreet(q))) && !sentenceStart(q + 1)) {
        // (in capitals a name the neighbour rule began at "ON" (a weak surname) ends before it: "ON PELHAM ST")
        if (uncased && pType == ENTITY_NAME && pStart == rd(tStart, q)) pStart = rd(tStart, q + 1);
        spanDone(rd(tStart, q + 1), rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS, q + 1, k);
        // (a verb or "approx" after the street goes on with the clause: "ON WATER STREET APPROX 0100")
        if (!(hasNext && wordIn(k + 1, STREET_CLOSERS))) startTail(k);
        return true;
      }
      // (stop 30: or in another frame of where: "near Blue Hill Avenue", "the bar, Main St.", "AT MICKLE BLVD")
      if (framedStreet30(k, sh, mode)) return true;
    }
    // (round 21: the cross street of a run sheet or dispatch, "X-STREET QUARRY HILL LN", "cross st: Tanner Ln")
    if (sh != SH_INITIAL && sh != SH_NUM && k >= 2 && crossStreetCue21(k, sh)) return true;
  }

  // unit designator with a number on its own line or after an address: "Apt 4B", "Suite 200"
  if ((d & F_UNIT) != 0 && hasNext && rd(tShape, k + 1) == SH_NUM && (sh == SH_CAP || sh == SH_UPPER) &&
    rd(tEnd, k) - rd(tStart, k) <= 5 && (rd(tData, k) & F_STREET) == 0) {
    const b0 = byteAt(rd(tStart, k)) | 0x20;
    // only the unambiguous designators stand alone: apt, apartment, suite, ste, bldg
    if (b0 == 0x61 || (b0 == 0x73 && (byteAt(rd(tStart, k) + 1) | 0x20) != 0x70) || b0 == 0x62) {
      if (pType == ENTITY_LOCATION && joinable(pEnd, rd(tStart, k))) {
        span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_LOCATION, 800, R_ADDRESS);
        wr(tDone, k + 1, 0xff);
        startTail(k + 1);
        return true;
      }
      // the street line before it: "28245 Puruntie 82 Apt. 595", "20789 Allika 46\n Suite 501" (numbers and
      // capitalised or foreign words, at most one line back)
      let j = k;
      let nums: u32 = 0;
      let wordsSeen: u32 = 0;
      let crossed = false;
      for (let steps: u32 = 0; steps < 6; steps++) {
        if (j == 0 || !exists(j - 1) || !linked(j)) break;
        const g = rd(tGap, j);
        if ((g & (G_OTHER | G_FAR | G_COMMA)) != 0 || ((g & G_SENT) != 0 && (g & G_PERIOD) == 0)) break;
        if ((g & G_NEWLINE) != 0) {
          if (j != k) break;
          crossed = true;
        }
        const q = j - 1;
        const qs = rd(tShape, q);
        const qd = rd(tData, q);
        if (rd(tDone, q) != 0 && rd(tDone, q) != ENTITY_NAME) break;
        if (qs == SH_NUM) nums++;
        // (a Greek or Cyrillic initial counts as the words it abbreviates did before they had a case: "928 Λ. Αλεξάνδρας 14")
        else if ((qs == SH_CAP || qs == SH_UPPER || qs == SH_OTHER || (qs == SH_LOWER && tierOf(qd) == 0 && nums > 0) ||
          (qs == SH_INITIAL && twoByteFirst(q))) &&
          (qd & (CONTEXT_WORDS & ~(F_STREET | F_STREET_PREFIX | F_STREET_ABBR))) == 0 && (tierOf(qd) != 1 || placeStr(qd) > 1)) wordsSeen++;
        else break;
        j = q;
      }
      // the line ends at the unit or right before it, and starts with the number or at a line start
      if (nums > 0 && wordsSeen > 0 && j < k && (rd(tShape, j) == SH_NUM || (rd(tGap, j) & (G_NEWLINE | G_START)) != 0) &&
        !(crossed && rd(tShape, k - 1) != SH_NUM)) {
        span(rd(tStart, j), rd(tEnd, k + 1), ENTITY_LOCATION, 850, R_ADDRESS);
        for (let m = j; m <= k + 1; m++) if (rd(tDone, m) == 0) wr(tDone, m, 0xff);
        wr(tDone, k + 1, 0xff);
        startTail(k + 1);
        return true;
      }
      // an apartment or suite alone, ending its clause or before more of an address ("Please send it to Apt. 675",
      // "Mrs. Barbara Yudina Apt. 675 62314 ..."); in a sentence it names a room ("Suite 200 is where Dr. Lee works")
      if (wordIn(k, "\u0003apt\u0009apartment\u0005suite\u0003ste") && unitGap(k + 1) &&
        (k + 2 >= count || rd(tShape, k + 2) != SH_LOWER || (rd(tGap, k + 2) & (G_NEWLINE | G_COMMA | G_SENT | G_FAR)) != 0)) {
        span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_LOCATION, 800, R_ADDRESS);
        wr(tDone, k + 1, 0xff);
        startTail(k + 1);
        return true;
      }
    }
  }

  // a firm named by its founders: "Hawkins, Richardson and Santana", "Weeks-Rivas"; an organisation on a signature's
  // line between a name and a mail line, or in an organisation's frame ("spent a year at Teradata")
  if (mode == MODE_MIXED && sh == SH_CAP && hasNext) {
    let last: u32 = 0;
    if ((rd(tGap, k + 1) & G_COMMA) != 0 && firmList(k, sh)) last = k + 3;
    else if (rd(tGap, k + 1) == G_HYPHEN && surnamePair(k)) last = k + 1;
    else if (hasPrev && (rd(tGap, k) & G_NEWLINE) != 0) last = letterheadOrg(k);
    else if (hasPrev) last = affiliationOrg(k);
    if (last != 0) {
      spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
      return true;
    }
  }

  // an employer after an employment cue: "works at Home Depot", "worked for Microsoft", "retired from General Motors";
  // in lower case a word no English dictionary has and no given name ("engineer at akamai", "retired from raytheon")
  const lowerEmployer = sh == SH_LOWER && mode == MODE_LOWER && tierOf(d) == 0 && firstStr(d) == 0 && rd(tEnd, k) - rd(tStart, k) >= 3;
  if ((sh == SH_CAP || sh == SH_UPPER || lowerEmployer) && (d & (F_TITLE | F_CUE | F_NOT_NAME | F_MONTH)) == 0 && k > 0 &&
    exists(k - 1) && workCueShape(k - 1) && afterWorkCue(k)) {
    let last = k;
    let m = k + 1;
    if (sh == SH_UPPER && mode == MODE_CAPS) {
      last = capsEmployerEnd(k);
      if (last == 0) return false;
      m = count;
    }
    // (a column gap opens the next field: "Insurance: Harvard Pilgrim  ID HPH77120045")
    while (m < count && m <= k + 3 && (tight(m) || ampGap(m)) && !columnGap(m)) {
      const ms = rd(tShape, m);
      if (ms == SH_CAP || ms == SH_UPPER || (lowerEmployer && ms == SH_LOWER && tierOf(rd(tData, m)) == 0 &&
        (rd(tData, m) & CONTEXT_WORDS) == 0)) last = m;
      else if (!(isAnd(m) && m + 1 < count && tight(m + 1) && rd(tShape, m + 1) == SH_CAP)) break;
      m++;
    }
    // (with its possessive: "retired from Filene's")
    let e = rd(tEnd, last);
    if (e + 2 <= inLen && byteAt(e) == 0x27 && (byteAt(e + 1) | 0x20) == 0x73 && (e + 2 == inLen || !wordGlue(byteAt(e + 2)))) e += 2;
    spanDone(rd(tStart, k), e, ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
    return true;
  }

  // a European street: a street-type compound or a street type before the name, then the house number ("Ziegelgasse
  // 19", "Villacher Strasse 89", "Via Franscini 71", "ul. Słowicza 10")
  if (hasNext && sh != SH_INITIAL && foreignStreet(k, sh, d, mode)) return true;
  // a street line without a type after a residence frame: "lives at Dalmatinova 68."
  if (hasPrev && hasNext && mode != MODE_LOWER) {
    const n = residenceStreet(k, sh);
    if (n != 0) {
      spanDone(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 800, R_ADDRESS, k, n);
      startTail(n);
      return true;
    }
  }

  // a street line without a USPS suffix: "<house number> <street name> <number>" after "at" or a colon or opening a
  // line, and ending the line or before a comma ("lives at 172 Maneeži 75, Saareküla", "address: 5049 Harjukuja 54")
  // (a word in another script counts in any case, and so does its initial: "0605 πεντέλης 210", "928 Λ. Αλεξάνδρας 14")
  if ((sh == SH_CAP || sh == SH_UPPER || sh == SH_OTHER || ((sh == SH_LOWER || sh == SH_INITIAL) && twoByteFirst(k))) && hasPrev &&
    rd(tShape, k - 1) == SH_NUM && tight(k) && tierOf(d) != 1 && (d & CONTEXT_WORDS) == 0 && hasNext) {
    let n = k + 1;
    if (n + 1 < count && tight(n) && (rd(tShape, n) == SH_CAP || rd(tShape, n) == SH_UPPER) && tierOf(rd(tData, n)) != 1 &&
      (rd(tData, n) & (CONTEXT_WORDS & ~(F_STREET | F_STREET_ABBR))) == 0) n++;
    if (rd(tShape, n) == SH_NUM && tight(n) && rd(tEnd, n) - rd(tStart, n) <= 4) {
      const after = n + 1;
      const endOk = after >= count || (rd(tGap, after) & (G_NEWLINE | G_COMMA | G_FAR)) != 0 || (rd(tData, after) & F_UNIT) != 0;
      const p = k - 1;
      const pg = rd(tGap, p);
      const startOk = (pg & (G_NEWLINE | G_START | G_COLON)) != 0 ||
        (p > 0 && exists(p - 1) && (rd(tData, p - 1) & F_LOC_CUE) != 0 && tight(p) && rd(tShape, p - 1) == SH_LOWER);
      if (endOk && startOk) {
        spanDone(rd(tStart, p), rd(tEnd, n), ENTITY_LOCATION, 800, R_ADDRESS, k, n);
        startTail(n);
        return true;
      }
    }
  }

  // street type first: "Calle Carmen Romero, 23", "Avenida de la Paz 5" (in lower-case chat a numbered road after a
  // house number: "we moved to 1200 route 9")
  if (((d & F_STREET_PREFIX) != 0 || frenchType(k, sh, hasNext)) && hasNext && (sh == SH_CAP || sh == SH_UPPER ||
    lowerTypeAfterNumber(k, sh, mode, hasPrev) ||
    (sh == SH_INITIAL && byteAt(rd(tEnd, k)) == 0x2f) || (sh == SH_LOWER && mode == MODE_LOWER && hasPrev &&
      rd(tShape, k - 1) == SH_NUM && tight(k) && rd(tShape, k + 1) == SH_NUM && wordIn(k, NUMBERED_ROADS)) ||
    // (round 21: or after a preposition of place or an opening bracket, "(route 9 marlboro)", "diner on route 20"; stop
    // 30: in a mixed-case text's lower-case words too, "pharmacy (cvs on route 27)")
    (sh == SH_LOWER && hasPrev && lowerRoute21(k)) ||
    // ("calle cartagena 19, 3B": a full type in lower case, its house number ahead)
    (sh == SH_LOWER && mode == MODE_MIXED && (d & F_STREET_ABBR) == 0 && rd(tShape, k + 1) != SH_NUM &&
      streetNumberAhead(k, true) != 0)) &&
    (mode == MODE_MIXED || (tierOf(rd(tData, k + 1)) == 0 || nameStr(k + 1) > 0)) &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_FAR | G_COMMA | G_COLON)) == 0 &&
    ((rd(tGap, k + 1) & G_SENT) == 0 || ((rd(tGap, k + 1) & G_PERIOD) != 0 && (d & F_STREET_ABBR) != 0)) &&
    // (an abbreviated type before an English word needs a name there, except "C/", which is nothing else: "C/ Mayor 3")
    ((d & F_STREET_ABBR) == 0 || tierOf(rd(tData, k + 1)) != 1 || nameStr(k + 1) > 1 || sh == SH_INITIAL) &&
    // a numbered road takes its number right after it ("Route 9", "Hwy 61"; "ROUTE OF ADMINISTRATION" is none)
    (rd(tShape, k + 1) == SH_NUM || !wordIn(k, NUMBERED_ROADS))) {
    // (an abbreviated street type keeps its period: "Av. Pedro Rubio, 36", "Avda. de la Paz 5")
    let last = k;
    let m = k + 1;
    // ("C/ Jacint Verdaguer 118": the slash of "C/" is part of the street type)
    const slashType = sh == SH_INITIAL;
    while (m < count && m <= k + 2 && (rd(tGap, m) & (G_NEWLINE | G_FAR | G_COMMA | (slashType && m == k + 1 ? 0 : G_OTHER))) == 0 &&
      ((rd(tGap, m) & G_SENT) == 0 || m == k + 1)) {
      const ms = rd(tShape, m);
      const md = rd(tData, m);
      if (ms == SH_CAP || ms == SH_UPPER || (ms == SH_LOWER && ((md & F_PARTICLE) != 0 || wordIn(m, STREET_ARTICLES)))) last = m;
      // (a name in lower case after a capitalised type: "Av. puerta de hierro 47", "Avenida libertad 46")
      // (no English word, after a type in title case: "RUE manifested" is a right upper extremity)
      else if (ms == SH_LOWER && sh == SH_CAP && mode == MODE_MIXED && tierOf(md) == 0 &&
        (md & ((CONTEXT_WORDS & ~F_UNIT) | F_NOT_NAME)) == 0) last = m;
      else if (ms == SH_NUM) { if (!(slashType && m == k + 1)) last = m; break; }
      else break;
      m++;
    }
    // lower-case words, particles and titles up to the house number ("Calle prados 45", "Paseo de la castellana 206")
    if (rd(tShape, last) != SH_NUM && !(rd(tShape, k + 1) == SH_NUM)) {
      const hn = streetNumberAhead(k, sh == SH_LOWER);
      if (hn > last) last = hn;
    }
    // (a type in capitals without its period in mixed-case text needs a capitalised name: "AV de 0,1" is a visual
    // acuity, "AV de cuenta dedos" too)
    let named = false;
    for (let q = k + 1; q <= last; q++) if (rd(tShape, q) == SH_CAP || rd(tShape, q) == SH_UPPER) named = true;
    if (!named && sh == SH_UPPER && mode == MODE_MIXED && (d & F_STREET_ABBR) != 0 && byteAt(rd(tEnd, k)) != 0x2e) last = k;
    // ("C/" before a single letter is a ratio or an abbreviation, not "calle": "C/D 0.4" is the cup-to-disc ratio)
    if (slashType && rd(tShape, k + 1) == SH_INITIAL) last = k;
    if (last > k) {
      // a house number after a comma: "Calle Mayor, 23"
      if (rd(tShape, last) != SH_NUM && last + 1 < count && rd(tShape, last + 1) == SH_NUM &&
        (rd(tGap, last + 1) & (G_NEWLINE | G_SENT | G_FAR)) == 0) last++;
      // a house number before the street type: "4410 Avenida Central 12", "22 Route 9" (and a building number before
      // it, as for USPS streets: "9554 62 Rue Gafsa")
      let first = k;
      if (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM && tight(k) && rd(tDone, k - 1) == 0) first = k - 1;
      // (stop 29: a state or county road after its house number, "88 State Route 9", "1420 COUNTY HWY 12")
      else if (k > 1 && exists(k - 2) && rd(tShape, k - 2) == SH_NUM && tight(k) && tight(k - 1) && rd(tDone, k - 2) == 0 &&
        rd(tShape, k - 1) == sh && wordIn(k - 1, "\u0006county\u0005state\u0008township")) first = k - 2;
      if (first < k && first > 0 && exists(first - 1) && rd(tShape, first - 1) == SH_NUM && tight(first) &&
        rd(tEnd, first - 1) - rd(tStart, first - 1) <= 6 && rd(tDone, first - 1) == 0) first--;
      spanDone(rd(tStart, first), rd(tEnd, last), ENTITY_LOCATION, 850, R_ADDRESS, first, last);
      startTail(last);
      tailName = rd(tShape, last) != SH_NUM;
      if (!tailName) setFloor(rd(tEnd, last));
      return true;
    }
  }

  // facility: capitalised words before a facility head ("Calvert Hospital", "St. Mary's Medical Center")
  let headEnd: u32 = 0;
  let org = false;
  // ("Health" alone is a head only where capitals mark the name before it, "Kessler Health": in ALL CAPS and lower
  // case, and in capitals inside mixed-case text, the surnames "Good" and "Poor" would make "GOOD HEALTH" one; and
  // only where it ends the name: in "Keystone Mutual Health Insurance Company" the head is the insurer's)
  if ((d & F_FACILITY) != 0 && (!wordIn(k, "\u0006health") || mode == MODE_MIXED && sh == SH_CAP && !(hasNext && (rd(tData, k + 1) & F_FACILITY) != 0))) {
    headEnd = rd(tEnd, k);
    org = (d & F_ORG) == F_ORG;
  }
  if (hasNext && (rd(tMw2, k + 1) & F_FACILITY) != 0) {
    headEnd = rd(tEnd, k + 1);
    org = (rd(tMw2, k + 1) & F_ORG) == F_ORG;
  }
  if (hasNext2 && (rd(tMw3, k + 2) & F_FACILITY) != 0) {
    headEnd = rd(tEnd, k + 2);
    org = (rd(tMw3, k + 2) & F_ORG) == F_ORG;
  }
  // a hospital's emergency department in capitals after its name: "the Saints Memorial ED", "the Baystate ED" (the
  // words before it need the evidence a facility name needs; rare English words count: "Saints", "Memorial")
  let edHead = false;
  if (headEnd == 0 && mode == MODE_MIXED && sh == SH_UPPER && rd(tEnd, k) - rd(tStart, k) == 2 && k > 0 && exists(k - 1) &&
    tight(k) && rd(tShape, k - 1) == SH_CAP && wordIn(k, "\u0002ed")) {
    headEnd = rd(tEnd, k);
    edHead = true;
  }
  if (headEnd != 0 && (sh == SH_CAP || sh == SH_UPPER || (mode == MODE_LOWER && sh == SH_LOWER))) {
    // the head's last token
    const headLast = headEnd == rd(tEnd, k) ? k : headEnd == rd(tEnd, k + 1) ? k + 1 : k + 2;
    let j = k;
    let strong = false;
    // (in ALL CAPS an unknown word before a rescue service's, school's or church's head is evidence when a frame says
    // where: "BROUGHT IN BY HEILLVILLE FIRE RESCUE"; before other organisation heads it is not: "CHRONIC OTITIS MEDIA")
    const capsOrgHead = org && mode == MODE_CAPS && wordIn(headLast, CAPS_FRAMED_ORG_HEADS);
    for (let steps: u32 = 0; steps < 6; steps++) {
      if (j == 0 || !exists(j - 1) || !linked(j)) break;
      const g = rd(tGap, j);
      const q = j - 1;
      // "and" after a place already found ends the name ("X Hospital of Philadelphia and Mercy Hospital")
      if (q > 0 && exists(q - 1) && rd(tDone, q - 1) == 0xff && isAnd(q)) break;
      // "X and Sons": the family firm
      if (j == k && org && isAnd(q) && q > 0 && exists(q - 1) && rd(tShape, q - 1) == SH_CAP && tight(q) && (g & G_NEWLINE) == 0 &&
        wordIn(k, "\u0004sons")) {
        j = q;
        continue;
      }
      // "and" inside a name: "Brigham and Women's Hospital", "Lucid and Loveland Technologies"
      if (j < k && rd(tShape, j) != SH_LOWER && (rd(tData, j) & CONTEXT_WORDS) == 0 && q > 0 && exists(q - 1) &&
        (rd(tShape, q - 1) == SH_CAP || rd(tShape, q - 1) == SH_UPPER) && (rd(tGap, q) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0 &&
        (g & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER)) == 0 && isAnd(q)) {
        j = q;
        continue;
      }
      const legalComma = j == k && mode == MODE_MIXED && (g & G_COMMA) != 0 && wordIn(k, LEGAL_FORMS);
      if (org && (g & (G_NEWLINE | G_SENT | G_FAR)) == 0 && (g & (G_COMMA | G_OTHER)) != 0 && rd(tStart, j) - rd(tEnd, q) <= 3 &&
        (j < k || legalComma) && rd(tShape, j) != SH_LOWER) {
        // "Davis, Reynolds": a comma or "&" between two capitalised founders
        const qs0 = rd(tShape, q);
        // (not a titled doctor before the comma: "DR. YOUNG, ADALBERT MEDICAL GROUP" is a doctor and a practice)
        // (nor a person a title opened before it: "CC: DR. LEARNE POTENTE, WESTON MEDICAL ASSOCIATES")
        // (stop 30: a legal form after a comma names English words too, two of them at least, "Acme Widgets, Inc.",
        // "Finnegan, Abernathy & Stroud, LLP"; "Pain, Inc. dose" stays)
        if ((qs0 == SH_CAP || qs0 == SH_UPPER) && (rd(tData, q) & CONTEXT_WORDS) == 0 && (legalComma ? q > 0 && exists(q - 1) && (tight(q) || ampGap(q)) && (rd(tShape, q - 1) == SH_CAP || rd(tShape, q - 1) == SH_UPPER) :
          nameStr(q) > 0 || tierOf(rd(tData, q)) != 1) &&
          !(q > 0 && exists(q - 1) && (rd(tData, q - 1) & F_TITLE) != 0) &&
          !titleBeforeName(q)) {
          strong = true;
          j = q;
          continue;
        }
        break;
      }
      const qd = rd(tData, q);
      // (a form's column gap, a tab or two blanks not after a period, opens another field: "COLONOSCOPY REPORT   Hudson
      // Valley Endoscopy Center", "PATIENT: ELEANOR VANDERMEER   HOSPICE DX:"; so does a dash between blanks after a
      // name, as a title before it: "Psychiatric Intake - Riverside Behavioral Health", but not right before the head,
      // "CITY OF WORCESTER EMS - AMBULANCE", nor after a facility's own head, "YALE NEW HAVEN HOSPITAL - SAINT RAPHAEL
      // CAMPUS")
      // (stop 26: "&" between two capitalised words inside the name goes on, as "and" does: "Women & Infants
      // Hospital", "Whitcombe & Daughters Funeral Home")
      const amp = j < k && (g & (G_NEWLINE | G_COMMA | G_SENT | G_FAR)) == 0 && rd(tShape, j) != SH_LOWER &&
        (rd(tShape, q) == SH_CAP || rd(tShape, q) == SH_UPPER) && ampGap(j);
      if ((!amp && (g & (G_NEWLINE | G_COMMA | G_OTHER)) != 0) || ((g & G_PERIOD) == 0 && columnGap(j)) ||
        (j < k && spacedDash(j) && (rd(tData, q) & F_FACILITY) == 0)) break;
      // a person already found before "of" is the facility's doctor, not its name ("DR. ELIAS MONTGOMERY OF RIVERSIDE
      // HOSPITAL", "Dr. Tran of Green Primary Care")
      if (rd(tDone, q) == ENTITY_NAME && wordIn(j, "\u0002of")) break;
      // (a period after a modifier goes on only after its abbreviation, "Univ. Hospital", "Mt. Sinai", "Med. Ctr."; after
      // a whole word it ends a sentence: "Went to Boston Medical Center. Kotemones Clinic follows." is two places)
      if ((g & G_SENT) != 0 && !((g & G_PERIOD) != 0 && (((qd & F_FAC_MOD) != 0 && rd(tEnd, q) - rd(tStart, q) <= 4) ||
        rd(tShape, q) == SH_INITIAL))) break;
      // "M.D.; Kishhill Clinic": a period that closes an abbreviation before ';' still ends the phrase
      if ((g & G_PERIOD) != 0 && (gapMarks(j) & (GM_SEMI | GM_COLON)) != 0) break;
      const qs = rd(tShape, q);
      let ok: bool;
      if (mode == MODE_MIXED) ok = qs == SH_CAP || qs == SH_UPPER || qs == SH_INITIAL;
      else ok = (tierOf(qd) != 1 || (qd & F_FAC_MOD) != 0 || nameStr(q) > 0 || placeStr(qd) > 0 ||
        (!org && wordIn(q, FOUNDER_WORDS))) && qs != SH_NUM;
      if ((qd & (F_LOC_CUE | F_CUE | F_TITLE | F_VERB_BY)) != 0 && (qd & F_FAC_MOD) == 0 && (qd & F_TITLE) == 0) ok = false;
      // (round 17: in ALL CAPS a core word inside the name after a proper name's word, "XAVIER TEACHING HOSPITAL")
      // (and a frame word is none of it, even with a weak given name: "MEDS VIA ACCREDO SPECIALTY PHARMACY")
      if (!ok && mode == MODE_CAPS && capsCoreInName(q)) ok = true;
      else if (ok && mode == MODE_CAPS && tierOf(qd) == 1 && wordIn(q, WHERE_FRAMES)) ok = false;
      if (!ok || facilityWalkStop(q)) break;
      if ((tierOf(qd) == 0 && (mode == MODE_MIXED || (mode == MODE_CAPS && (!org || capsOrgHead) && rd(tEnd, q) - rd(tStart, q) >= 4) ||
        (mode == MODE_LOWER && !org && lowerFacilityWord(q, headLast)))) || nameStr(q) > 0 ||
        (edHead && tierOf(qd) == 2 && qs == SH_CAP) || (org && mode == MODE_MIXED && tierOf(qd) == 3 && qs == SH_CAP && !genericModifier(q)) ||
        placeStr(qd) > 0 || (!org && wordIn(q, FOUNDER_WORDS))) strong = true;
      j = q;
    }
    const jWalk = j;
    // (round 18: or a form's cell, "TO: X   RXPRESS MAIL ORDER PHARMACY - PRIOR AUTH": capsCell)
    const framedOrg = capsOrgHead && (jWalk > 0 && exists(jWalk - 1) && tight(jWalk) && wordIn(jWalk - 1, WHERE_FRAMES) ||
      capsCell(jWalk, headLast));
    // a facility name does not start with a connective ("of", "the")
    // nor with a core English word that is no facility word, name or place ("The Davis Group", "REVIEW OF SYSTEMS")
    // (a core word's weakest name or place strength is no evidence: "Of" is a town, "Will" a name)
    while (j < k && tierOf(rd(tData, j)) == 1 && nameStr(j) <= 1 && placeStr(rd(tData, j)) <= 1 &&
      ((rd(tData, j) & F_FAC_MOD) == 0 || (rd(tShape, j) != SH_CAP && rd(tEnd, j) - rd(tStart, j) < 4)) &&
      !(rd(tShape, j) != SH_LOWER && wordIn(j, FOUNDER_WORDS))) j++;
    // (stop 30: a word that opens such names stays before a word that is kept, "Upper Valley Humane Society")
    // (in ALL CAPS and lower case, where the walk stopped at it: "SECOND CONGREGATIONAL CHURCH", not an adjective that
    // prose puts before a name, "THE NEW MERCY CLINIC")
    if (j < k && j > 0 && exists(j - 1) && (mode == MODE_MIXED ? j > jWalk : rd(tDone, j - 1) == 0 && !wordIn(j - 1, OPENER_ADJECTIVES30)) &&
      openerKept30(j)) j--;
    // the evidence must lie in what is left
    if (strong) {
      strong = false;
      for (let m = j; m < k; m++) {
        const md = rd(tData, m);
        // (a facility word of 4+ letters keeps its weak name: "Mercy Hospital"; "OF" is a town and no evidence)
        const weak: u32 = tierOf(md) == 1 && !((md & F_FAC_MOD) != 0 && rd(tEnd, m) - rd(tStart, m) >= 4) ? 1 : 0;
        // drug and device names are no evidence ("Coumadin Clinic" is a department); a maker's surname that names an
        // instrument too is ("Lahey Clinic", "Mayo Clinic": no core English word, a name or place strength)
        if ((md & F_NOT_NAME) != 0) {
          if (tierOf(md) != 1 && rd(tShape, m) != SH_LOWER && (firstStr(md) | lastStr(md) | placeStr(md)) != 0) strong = true;
          continue;
        }
        // a founding community names an institution ("Jewish Hospital", "Hebrew Rehabilitation Center")
        if (!org && rd(tShape, m) != SH_LOWER && wordIn(m, FOUNDER_WORDS)) strong = true;
        // in ALL CAPS the shape says nothing: an unknown word of four letters or more is the evidence
        // ("BRIGHAMWOOD MEMORIAL HOSPITAL"); not in lower case, where unknown words are as often another language's
        // ("exploración clínica"), and not before an organisation head ("CHRONIC OTITIS MEDIA")
        // (nor is a Spanish specialty in -ía before the head: "Servicio de Urología Hospital X")
        if ((tierOf(md) == 0 && !endsIa(m) && (mode == MODE_MIXED ? rd(tShape, m) != SH_LOWER : mode == MODE_CAPS && (!org || framedOrg) && rd(tEnd, m) - rd(tStart, m) >= 4)) ||
          (mode == MODE_LOWER && !org && tierOf(md) == 0 && lowerFacilityWord(m, headLast)) ||
          (edHead && tierOf(md) == 2 && rd(tShape, m) == SH_CAP && !wordIn(m, DEPARTMENT_WORDS)) ||
          // (a rare English word capitalised before an organisation's head names it: "Minuteman VNA")
          (org && mode == MODE_MIXED && tierOf(md) == 3 && rd(tShape, m) == SH_CAP && !genericModifier(m)) ||
          nameStr(m) > weak || placeStr(md) > weak) strong = true;
      }
    }
    // "of" and a place or name after the head: "Children's Hospital of Philadelphia", "Hospital of Saint Raphael".
    // Only up to k + LOOK_AHEAD: a decision may not depend on how much input has arrived.
    let last = headLast;
    if (!edHead) last = headAfterHead(last, k, org);
    // (stop 30: an organisation's head after a facility's makes the whole an organisation, "Massachusetts
    // Rehabilitation Commission")
    // (a hospital's own service stays its facility's: "Jordan Hospital Imaging")
    if (!org && last > headLast && (rd(tData, last) & F_ORG) == F_ORG && !wordIn(last, HOSPITAL_SERVICE_WORDS)) org = true;
    let ofTail = false;
    let headFirstEnd = false; // the head-first name used the whole look-ahead: continueFacilityName goes on
    // (an organisation's "of" names its place only: "VNA of Boston", "University of Michigan"; a founder's name after
    // it is a sentence's: "Associates of Dr. Lee")
    if (!edHead && last + 2 <= k + LOOK_AHEAD && last + 2 < count && wordIn(last + 1, "\u0002of") && tight(last + 1) &&
      (mode != MODE_MIXED || rd(tShape, last + 1) == SH_LOWER)) {
      let m = last + 2;
      const the = wordIn(m, "\u0003the") && m + 1 <= k + LOOK_AHEAD && m + 1 < count && tight(m + 1);
      if (the) m++;
      for (; m <= k + LOOK_AHEAD && m < count && tight(m); m++) {
        const ms = rd(tShape, m);
        const md = rd(tData, m);
        // (stop 30: lower-case text writes the place in lower case, "ywca of western massachusetts")
        // (a core English word only as a strong place there: "services of the month" stays)
        // (not after a count noun's article or "group": "a group of texas patients", "a bank of ohio")
        if (ms != SH_CAP && ms != SH_UPPER && !(mode == MODE_LOWER && ms == SH_LOWER && !wordIn(headLast, "\u0005group") &&
          !(j > 0 && exists(j - 1) && wordIn(j - 1, "\u0001a\u0002an")) &&
          (tierOf(md) != 1 || placeStr(md) >= 2 || (md & F_STATE) != 0 || wordIn(m, "\u0007greater") || m + 1 < count && openerKept30(m + 1)))) break;
        if ((md & (F_NOT_NAME | F_MONTH | F_CRED | F_TITLE | F_CUE | F_LOC_CUE)) != 0) break;
        // (stop 30: a place of two words, "Associates of Cape Cod")
        if (m + 1 <= k + LOOK_AHEAD && m + 1 < count && tight(m + 1) && rd(tShape, m + 1) == ms && placeStr(rd(tMw2, m + 1)) > 0) {
          ofTail = true;
          last = ++m;
          continue;
        }
        // (org39: ofWord39(), "Islamic Center of Prairie City", "Hospice of the Big Bend")
        if (mode == MODE_MIXED && ms == SH_CAP && ofWord39(m, ofTail, the, m == k + LOOK_AHEAD)) {
          ofTail = true;
          last = m;
          continue;
        }
        if (org ? placeStr(md) > 0 || (md & F_STATE) != 0 || ofNamedOrg(headLast, m, mode) :
          placeStr(md) > 0 || nameStr(m) > 0 || (md & F_STATE) != 0 || (tierOf(md) == 0 && mode == MODE_MIXED)) {
          ofTail = true;
          last = m;
        } else if ((md & F_FAC_MOD) == 0 && !wordIn(m, "\u0007greater") && !(m + 1 <= k + LOOK_AHEAD && m + 1 < count && openerKept30(m + 1))) break;
      }
      // (stop 27: a place's name that fills the look-ahead may go on, "Hospice of the Scioto Valley")
      if (ofTail && last == k + LOOK_AHEAD) headFirstEnd = true;
    }
    // the head first, then its name, as Spanish, Catalan, Italian and Portuguese write it: "Hospital Universitario
    // Miguel Servet", "Hospital Clínico San Carlos", "Hospital de Sagunto", "Clínica Médico Forense". The name is a
    // place, a name, a word no English dictionary has, or a modifier of such names; an English word ends it
    // ("Hospital Course:", "Hospital Medicine"). Up to k + LOOK_AHEAD, as above.
    if (!org && !ofTail && mode == MODE_MIXED && sh == SH_CAP) {
      let end = last;
      let m = last + 1;
      for (; m <= k + LOOK_AHEAD && m < count && tight(m); m++) {
        const ms = rd(tShape, m);
        const md = rd(tData, m);
        // "de", "del", "de la" between capitalised parts
        if (ms == SH_LOWER && (md & F_PARTICLE) != 0) continue;
        // (a street type opens the address after the name: "Hospital del Sureste Ronda del Sur")
        if (facilityNamePart(m, true)) end = m;
        else break;
      }
      if (end > last) {
        ofTail = true;
        last = end;
        // (the look-ahead ended the name, not a word: it may go on, "Hospital Universitario Virgen del Rocío")
        headFirstEnd = m > k + LOOK_AHEAD;
        // the capitalised words before the head are a department unless they carried evidence ("Servicio de Cirugía
        // Plástica Hospital Universitario Miguel Servet")
        if (!(strong && j < k)) j = k;
      }
    }
    // a name of common words before a school's, church's, shop's or practice's head ("Little Acorns Daycare", "Big Y
    // Pharmacy", "Signature Healthcare"; org12's section)
    if (!((strong && j < k) || ofTail) && mode != MODE_LOWER && sh != SH_LOWER && hasPrev && commonWordsFacilityName(k, last, org, mode)) return true;
    if (!((strong && j < k) || ofTail) && !org && mode == MODE_MIXED && k >= 2 && jWalk + 1 <= k) {
      // two or three capitalised common words right before a strong head ("Golden Age Nursing Home", "Pleasant View
      // Rehabilitation Center"): the capitals name the place; a hospital's departments are no such words
      const f = commonWordsFacility(jWalk, k, last);
      if (f != k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, R_FACILITY, f, last);
        return true;
      }
    }
    // (stop 35: common English words before a head of two words after a frame of where, "referred to Landmark Wound
    // Center.", "— Sound Path Hearing Center,"; a word of the head's shape before k first: in ALL CAPS the walk stops at a
    // core word)
    if (!((strong && j < k) || ofTail) && (jWalk < k || mode != MODE_MIXED && tight(k) && rd(tShape, k - 1) == sh)) {
      const f = namedTwoWordHead35(k, last, mode);
      if (f != k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, org ? R_ORGANIZATION : R_FACILITY, f, last);
        return true;
      }
    }
    if (!((strong && j < k) || ofTail) && mode == MODE_CAPS && k >= 1) {
      // in ALL CAPS a facility's or practice's name alone on its line, as letterheads print it ("NORTHSHORE NEUROLOGY
      // ASSOCIATES")
      let f = capsLineFacility(k, last, false);
      // (stop 37: or in a form's cell, a column gap or the line's end after it or after its "ED": "CHAIN OF CUSTODY
      // REGIONS HOSPITAL ED          DATE"; the department stays out of the name)
      if (f == k) f = capsLineFacility(k, last, true);
      // (stop 39: or after a form's label opening its line, "SENDING: BLUE MOUNTAIN HOSPITAL, BLANDING, UT")
      if (f == k) f = capsLabelFacility39(k, last);
      if (f != k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, org ? R_ORGANIZATION : R_FACILITY, f, last);
        return true;
      }
    }
    if (!((strong && j < k) || ofTail) && !org && mode == MODE_CAPS && last > k && k >= 2) {
      // in ALL CAPS one or two common words between "TO/FROM/AT" and "... HOME" ("D/C TO SUNRISE NURSING HOME")
      const f = capsHomeName(k, last);
      if (f != k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, R_FACILITY, f, last);
        return true;
      }
    }
    // (stop 37: common words between a word of where and "HOSPITAL" alone, "AT DEACONESS GATEWAY HOSPITAL.")
    if (!((strong && j < k) || ofTail) && !org && last == k) {
      const f = namedHospital37(k, mode);
      if (f != k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, R_FACILITY, f, last);
        return true;
      }
    }
    // a legal form after capitalised words is evidence enough, English words included ("Civic Impulse LLC", "Climate
    // Corporation", "48 Factoring Inc")
    if (!((strong && j < k) || ofTail) && org && mode == MODE_MIXED) {
      const f = legalName(jWalk, k, last);
      if (f != k) {
        j = f;
        strong = true;
      }
    }
    if (!((strong && j < k) || ofTail) && !org) {
      const f = doctorPractice(jWalk, k, last);
      if (f <= k) {
        spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, R_FACILITY, f, last);
        return true;
      }
    }
    if ((strong && j < k) || ofTail) {
      // (stop 30: an organisation's name before a scale's word is the scale's, "New York Heart Association class III")
      if (org && scaleAfter30(last)) {
        for (let m = j; m <= last; m++) wr(tDone, m, 0xff);
        return true;
      }
      // (the common words the rule stripped from such a name, "Rainbow Ridge Daycare", and the services it joins with
      // "and" after its head, "BRIARCLIFF REHABILITATION AND NURSING CENTER": org12's section)
      if (!ofTail && sh != SH_LOWER) {
        // (in ALL CAPS also where the walk itself stopped at a common word: "ATTENDS GREATER ZION BAPTIST CHURCH")
        if (mode != MODE_LOWER && (j > jWalk || mode == MODE_CAPS)) j = strippedCommonWords(k, last, j, mode);
        last = andServiceTail(last, k + LOOK_AHEAD);
      }
      // (stop 40: in ALL CAPS and lower case the core words the walk stopped at after a facility's label, "RECEIVING:
      // FOREST GLEN HOSPITAL"; labelFacLoc40())
      if (!ofTail && mode != MODE_MIXED && j > 0) j = labelFacLoc40(j);
      spanDone(rd(tStart, j), rd(tEnd, last), ENTITY_LOCATION, 900, org ? R_ORGANIZATION : R_FACILITY, j, last);
      if (headFirstEnd) {
        startTail(last);
        tailFacility = true;
      }
      return true;
    }
  }
  // a head of two or three words that no name opened is a department's words, no person or place ("admitted to the
  // Burn Center", "seen in the Memory Center": surnames each)
  if (headEnd > rd(tEnd, k) && !org && (sh == SH_CAP || sh == SH_UPPER)) {
    for (let m = k; m < count && rd(tStart, m) < headEnd; m++) wr(tDone, m, 0xff);
    return true;
  }

  // county: "Calvert County"
  if ((d & F_PLACE_SUFFIX) != 0 && hasPrev && tight(k) && (sh == SH_CAP || sh == SH_UPPER)) {
    const q = k - 1;
    const qs = rd(tShape, q);
    if ((qs == SH_CAP || qs == SH_UPPER) && (rd(tData, q) & (F_LOC_CUE | F_CUE | F_TITLE)) == 0) {
      // (round 17: the county's own office after it, "Allegrane County Sheriff's Office": countyBodyEnd)
      // (round 27: a county's agency, "Dare County Department of Health and Human Services"; a court of the county before
      // it, "Circuit Court of McCracken County")
      const agency = hasNext ? agencyEnd27(k + 1, sh, true) : 0;
      const body = agency != 0 ? agency : hasNext ? countyBodyEnd(k, sh) : 0;
      const end = body != 0 ? body : k;
      const c = courtOfCounty27(q, sh);
      spanDone(rd(tStart, c), rd(tEnd, end), ENTITY_LOCATION, agency != 0 ? 900 : 800, body != 0 || c < q ? R_ORGANIZATION : R_COUNTY, k, end);
      if (agency != 0) agencyTail27(agency);
      return true;
    }
  }

  if (!isAlphaShape(sh) || sh == SH_OTHER && rd(tEnd, k) - rd(tStart, k) == 0) return true;

  // "PATIENT: LOCKHART, VIRGINIA": a person's label makes "LAST, FIRST" of what would read "City, ST"
  if (hasNext && (rd(tGap, k + 1) & G_COMMA) != 0 && labelLastFirst(k, mode)) {
    span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_NAME, 750, R_CUE, true);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    return true;
  }

  // "City, ST": a capitalised word before a comma and a state (or "City ST 12345" without the comma); in lower case
  // a comma, the code and a ZIP ("newton, ma 02466", as chat text writes an address; the ZIP scanner takes "02466"),
  // not a code that is a word or a credential ("or", "md": "smith, md 12345")
  const lowerCityZip = mode == MODE_LOWER && sh == SH_LOWER && hasNext2 && rd(tShape, k + 1) == SH_LOWER &&
    (rd(tGap, k + 1) & G_COMMA) != 0 && tight(k + 2) && rd(tShape, k + 2) == SH_NUM && rd(tEnd, k + 2) - rd(tStart, k + 2) == 5 &&
    !wordIn(k + 1, "\u0002in\u0002or\u0002me\u0002ok\u0002hi\u0002id\u0002oh\u0002de\u0002al\u0002la\u0002co\u0002md\u0002pa\u0002ms");
  if (hasNext && (rd(tData, k + 1) & F_STATE) != 0 && ((rd(tGap, k + 1) & G_COMMA) != 0 || stateZipAfter(k)) &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_FAR)) == 0 && (sh == SH_CAP || sh == SH_UPPER || lowerCityZip) &&
    (rd(tShape, k + 1) == SH_UPPER || rd(tShape, k + 1) == SH_CAP || lowerCityZip) && (d & (CONTEXT_WORDS & ~F_LOC_CUE)) == 0 &&
    (tierOf(d) != 1 || placeStr(d) > 0) &&
    // in ALL CAPS a state code is too often a word ("MENINGITIS, OR ENCEPHALITIS", "MALE, IN NO DISTRESS"): the city
    // must be a known place, the state written in full, or a ZIP must follow
    (mode != MODE_CAPS || placeStr(d) >= 2 || rd(tEnd, k + 1) - rd(tStart, k + 1) > 2 ||
      (hasNext2 && rd(tShape, k + 2) == SH_NUM && rd(tEnd, k + 2) - rd(tStart, k + 2) == 5)) &&
    // (a credential that is also a state after a name or an unknown word is the credential: "Al-Hashimi, MD")
    !(hasNext2 && credentialChain(k + 1)) &&
    !((rd(tData, k + 1) & F_CRED) != 0 && (nameStr(k) > placeStr(d) ||
      (placeStr(d) == 0 && !(hasNext2 && rd(tShape, k + 2) == SH_NUM)) || (hasPrev && rd(tDone, k - 1) == ENTITY_NAME) ||
      // (stop 29: a surname that is also a town signs with its credential where no place's word or address comes
      // before it and no ZIP after: "Smith, MD" opening a line or the text; "lives in Bowie, MD" is the town)
      (lastStr(d) > 0 && !(hasPrev && ((rd(tData, k - 1) & F_LOC_CUE) != 0 || pType == ENTITY_LOCATION)) &&
        !(hasNext2 && rd(tShape, k + 2) == SH_NUM))))) {
    let s = rd(tStart, k);
    if (hasPrev && tight(k) && pType != ENTITY_LOCATION) {
      const q = k - 1;
      const qd = rd(tData, q);
      const qs = rd(tShape, q);
      if ((qs == SH_CAP || qs == SH_UPPER || (lowerCityZip && qs == SH_LOWER)) && (qd & CONTEXT_WORDS) == 0 && rd(tDone, q) == 0 &&
        (tierOf(qd) != 1 || (qd & F_MW_PREFIX) != 0 || (lowerCityZip && placeStr(rd(tMw2, k)) > 0))) s = rd(tStart, q);
    }
    // a direction spelled out names part of the town, even after an address line: "SOUTH NEWDEGATE, WA"
    if (s == rd(tStart, k) && hasPrev && tight(k) && rd(tDone, k - 1) != 0xff && (rd(tShape, k - 1) == sh) &&
      (rd(tData, k - 1) & F_DIRECTION) != 0 && (rd(tData, k - 1) & CONTEXT_WORDS) == 0 && rd(tEnd, k - 1) - rd(tStart, k - 1) >= 4) {
      s = rd(tStart, k - 1);
    }
    span(s, rd(tEnd, k), ENTITY_LOCATION, 800, R_CITY_STATE);
    startTail(k);
    return true;
  }

  // a house number before and a street type one or two words after: the street rule decides at the street type ("45
  // Cedar Lane": "Cedar Lane" is also a town, which would take the words before the street rule sees them)
  if (hasPrev && rd(tShape, k - 1) == SH_NUM && tight(k) && (sh == SH_CAP || sh == SH_UPPER) && hasNext && tight(k + 1) &&
    (((rd(tData, k + 1) & F_STREET) != 0 && rd(tShape, k + 1) == sh) || (hasNext2 && tight(k + 2) &&
      (rd(tData, k + 2) & F_STREET) != 0 && rd(tShape, k + 2) == sh && rd(tShape, k + 1) == sh))) return true;
  return false;
}

/**
 * Initials after a transcription label end their field at e: the end of the line, a closing parenthesis ("(GROSS:
 * rtm)") or a column gap of two blanks or a tab before the next field ("Transcribed by: jkl   D: 02/22/2094").
 */
function initialsEnd(e: u32): bool {
  if (e >= inLen) return true;
  const b = byteAt(e);
  return b == 0x0a || b == 0x0d || b == 0x29 || b == 0x09 || (b == 0x20 && e + 1 < inLen && (byteAt(e + 1) == 0x20 || byteAt(e + 1) == 0x09 ||
    byteAt(e + 1) == 0x29));
}

/**
 * A dash with a blank on each side right before token k ("Intake - Riverside"), not a hyphen inside a name; (stop 27)
 * two blanks after it are a heading's too ("EVALUATION  -  SOUTHERN HILLS SURGERY CENTER").
 */
function spacedDash(k: u32): bool {
  let s = rd(tStart, k);
  if (s >= 4 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x20) s--;
  return s >= 3 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x2d && byteAt(s - 3) == 0x20;
}

/** Two blanks or a tab right before token k: a form's column gap ("Joaquín   Your doctor:"), not "N. Smith". */
function columnGap(k: u32): bool {
  const s = rd(tStart, k);
  return s >= 2 && (byteAt(s - 1) == 0x09 || (byteAt(s - 1) == 0x20 && (byteAt(s - 2) == 0x20 || byteAt(s - 2) == 0x09)));
}

/**
 * In ALL CAPS, the second half of a hyphenated surname glued to a name just found, even when it is an English word
 * ("NIECE PRUDENCE COFFIN-WHITE", "MARY SMITH-YOUNG"); not an adjective suffix ("SMITH-LIKE", "JONES-TYPE").
 */
function capsHyphenHalf(k: u32, mode: u32): bool {
  return mode == MODE_CAPS && rd(tShape, k) == SH_UPPER && rd(tGap, k) == G_HYPHEN && rd(tStart, k) == rd(tEnd, k - 1) + 1 &&
    rd(tShape, k - 1) == SH_UPPER && pEnd == rd(tEnd, k - 1) && rd(tEnd, k) - rd(tStart, k) >= 3 && !wordIn(k, ADJECTIVE_SUFFIXES);
}

/**
 * Token k is a word that is never a name alone ("Foley", "Holter", "Gram": eponyms of devices and stains) between a
 * name just found and a credential: the person's surname ("Grainne Foley, LMHC", "LISA GRAM RN").
 */
function eponymSurname(k: u32, mode: u32): bool {
  if ((rd(tData, k) & F_NOT_NAME) == 0 || rd(tShape, k) == SH_LOWER || k == 0 || !exists(k - 1) || !tight(k) ||
    rd(tDone, k - 1) != ENTITY_NAME || pEnd != rd(tEnd, k - 1) || k + 1 >= count) return false;
  return credAt(k + 1, mode) && (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0;
}

/**
 * "Ortolani and Barlow negative", "Hoehn and Yahr stage 2", "Kernig and Brudzinski signs": token k is the first of two
 * capitalised surnames joined by "and" before an eponym head, not after a title or a name. Given names joined so are
 * people ("Mary and John positive for flu"): neither word may be a dictionary given name.
 */
function pairedEponym(k: u32, sh: u32): bool {
  if (k + 3 >= count || !isAnd(k + 1) || rd(tShape, k + 2) != sh || !tight(k + 1) || !tight(k + 2) || !tight(k + 3) ||
    (rd(tData, k + 3) & F_EPONYM_HEAD) == 0 || firstStr(rd(tData, k)) != 0 || firstStr(rd(tData, k + 2)) != 0) return false;
  return !(k > 0 && exists(k - 1) && linked(k) && ((rd(tData, k - 1) & F_TITLE) != 0 || rd(tDone, k - 1) == ENTITY_NAME));
}

/**
 * (stop 29) A surname that is also an English word opening its line or the text, or after an initial that does, then
 * a comma and a credential closing the field: "Smith, MD", "J. Brown, RN\n", "YOUNG, NP" in a signature or a
 * "signed by" field's value. At a line's start a capital says nothing, so the credential is the evidence; without the
 * comma a verb before a role stays an order ("Page MD if febrile", "Call RN").
 */
function signatureAtStart(k: u32, sh: u32, d: u32, mode: u32): bool {
  if (lastStr(d) == 0 || (d & CONTEXT_WORDS) != 0 || !(sh == SH_CAP && mode != MODE_LOWER || sh == SH_UPPER && mode == MODE_CAPS)) return false;
  if (k + 1 >= count || (rd(tGap, k + 1) & (G_COMMA | G_NEWLINE | G_SENT | G_FAR | G_OTHER)) != G_COMMA) return false;
  let f = k;
  if (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_INITIAL && (rd(tGap, k) & (G_NEWLINE | G_FAR | G_COMMA)) == 0) f = k - 1;
  if (f > 0 && exists(f - 1) && (rd(tGap, f) & (G_NEWLINE | G_FAR | G_START)) == 0) return false;
  // (the credential ends the field: the text's or line's end, a comma, a period)
  const e = rd(tEnd, k + 1);
  if (e >= inLen) return true;
  const c = punctAfter(e);
  return c == 0x0a || c == 0x0d || c == 0x2c || c == 0x2e || c == 0x3b || c == 0x09;
}

/** The label before token k names a transcriptionist: "TR", "Transcribed", "Transcriptionist", "Transcribed by", "Typed by". */
function transcriptionLabel(k: u32): bool {
  return wordIn(k - 1, "\u0002tr\u000btranscribed\u0010transcriptionist") ||
    (wordIn(k - 1, "\u0002by") && k >= 2 && exists(k - 2) && wordIn(k - 2, "\u000btranscribed\u0005typed"));
}

/**
 * (stop 29) After a transcription label and its colon ("TR:", "Transcribed:", "Transcribed by:", "Typed by:"), a
 * transcriptionist's system code (one to four letters, then one to four digits: "kg43", "JM12") or, in a mixed-case
 * note, initials in capitals ("KG"), closing the field: the person's initials or user name. decide()'s rule takes
 * lower-case initials, and capitals in ALL CAPS notes.
 */
function transcriberCode(k: u32, sh: u32): bool {
  if (!transcriptionLabel(k)) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 2 || e - s > 8 || !initialsEnd(e)) return false;
  if (sh == SH_UPPER) {
    const d = rd(tData, k);
    if (e - s > 3 || tierOf(d) == 1 || (d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || wordIn(k, CAPS_CLINICAL_TERMS)) return false;
  } else {
    // letters, then digits
    let i = s;
    while (i < e && ((byteAt(i) | 0x20) >= 0x61 && (byteAt(i) | 0x20) <= 0x7a)) i++;
    if (i == s || i - s > 4 || e - i > 4 || e == i) return false;
    for (let j = i; j < e; j++) if (byteAt(j) < 0x30 || byteAt(j) > 0x39) return false;
  }
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (stop 29) A surname that is also an eponym's head word ("Law" of "Starling's law") right after a given name that a
 * title or a person's cue began: "Dr. Tom Law saw him", "Mr. Tom Law". The head made it a word and the surname
 * leaked; after "Dr. Tom" no eponym can begin.
 */
function titledHeadSurname(k: u32, sh: u32, d: u32, mode: u32): bool {
  // ("saw" after a name is the verb: "Dr. John saw her")
  return (d & F_EPONYM_HEAD) != 0 && (d & CONTEXT_WORDS & ~F_EPONYM_HEAD) == 0 && lastStr(d) > 0 && tight(k) && !wordIn(k, "\u0003saw") &&
    (pReason == R_TITLE || pReason == R_CUE) && pStart == rd(tStart, k - 1) && firstStr(rd(tData, k - 1)) > 0 &&
    (sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && rd(tShape, k - 1) == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER);
}

/** The decisions for token k (called by step() for tokens that are not quiet). */
function decide(k: u32): void {
  const sh = rd(tShape, k);
  const d = rd(tData, k);
  const hasPrev = k > 0 && exists(k - 1) && linked(k);
  const hasNext = k + 1 < count;
  const hasNext2 = k + 2 < count;
  const mode = modeAt(k);
  // (stop 41, loc41: a town of core words ending in a town's feature word before a comma and a state's code closing its
  // field, in a letterhead's frame, "SANDHILL PLASMA - BROKEN BOW CROSSING, NE      DONOR": suffixTownLoc41())
  if (hasNext && hasPrev && (rd(tData, k + 1) & F_STATE) != 0 && (rd(tGap, k + 1) & G_COMMA) != 0 && tierOf(d) == 1 &&
    placeStr(d) == 0 && suffixTownLoc41(k, sh)) return;
  // the tenth clinical round's rules on initials, user names and one-letter doctors, in one call out of decide()'s body
  // (decide()'s wasm2js fallback runs ~2x slower past V8's optimising size limit, which their inline tests crossed)
  // (and the twelfth round's, in the same call: laterRounds)
  if (hasPrev && laterRounds(k, sh, mode)) return;
  if (eponymSurname(k, mode)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 850, R_CREDENTIAL);
    wr(tDone, k, ENTITY_NAME);
    return;
  }
  // transcriptionist initials after "TR:" at the end of a line ("TR: jm"), or a pathology prosector's after "Gross:"
  // ("(GROSS: rtm)"); (round 20) after "Transcribed:" or "Transcriptionist:" without "by" ("TRANSCRIBED: KMW")
  // (in ALL CAPS the initials are capitals: "TR : KB", "TRANSCRIBED BY: JKL   D:"; only a letter group no English word
  // list has, or a name's ("TR: CJ"), so that "TR: MILD" or "TR: MOD" stays a finding of the echo)
  if ((rd(tGap, k) & G_COLON) != 0 && hasPrev &&
    (sh == SH_LOWER ? tierOf(d) != 1 : sh == SH_UPPER && mode == MODE_CAPS && (tierOf(d) == 0 || (tierOf(d) != 1 && nameStr(k) > 0)) &&
    (d & (F_NOT_NAME | CONTEXT_WORDS)) == 0) && (transcriptionLabel(k) || wordIn(k - 1, "\u0005gross")) &&
    !(sh == SH_UPPER && wordIn(k, CAPS_CLINICAL_TERMS)) &&
    rd(tEnd, k) - rd(tStart, k) <= 3 && rd(tEnd, k) - rd(tStart, k) >= 2 && initialsEnd(rd(tEnd, k))) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
    wr(tDone, k, ENTITY_NAME);
    return;
  }
  // in ALL CAPS, a person named in a letter's reference line or opening: "RE: STUNTRERO SKOILKROSS", "THANK YOU FOR
  // REFERRING X Y,", "ATTENTION X Y." (two words no word list has, closing the field)
  // (the cue's length and first letter first: "re", "attn", and the others have 9 letters)
  if (sh == SH_UPPER && mode == MODE_CAPS && hasPrev && hasNext && letterCueShape(k - 1) && capsLetterName(k)) {
    span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_NAME, 750, R_CUE);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    return;
  }
  // a hospital named by its acronym: "an outside hospital, FIH,", "the PUO Emergency Department"
  if (sh == SH_UPPER && tierOf(d) == 0 && rd(tEnd, k) - rd(tStart, k) - 3 <= 3 && hospitalAcronym(k, hasPrev)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 650, R_FACILITY);
    wr(tDone, k, 0xff);
    return;
  }
  // "in May", "since March", "mid-March", "in early June": the month names that are also words or given names ("may",
  // "march", "june", "august") need a day or a year in the DATE scanner; after a preposition of time, capitalised,
  // they are the month (a date element), unless a capitalised word that is no core English word follows ("in June
  // Carter's room"; "IN JUNE SHE FELL" is the month); so are the abbreviations, which the DATE dictionary leaves out
  // ("ESR 88 in Jan", "since Sept", "from Mar"; "Jan" is also a given name, "Dec" a nursing abbreviation in lower case).
  // Lower case too, as chat text writes them ("seen in may by dr. x", "was 88 in jan)"), but not "dec" ("change in dec bs")
  if ((d & F_MONTH) != 0 && (sh == SH_CAP || (sh == SH_UPPER && mode == MODE_CAPS) || (sh == SH_LOWER && !wordIn(k, "\u0003dec"))) &&
    hasPrev && tight(k) && wordIn(k, MONTH_WORDS_AND_ABBREVIATIONS) &&
    (wordIn(k - 1, "\u0002in\u0005since\u0005until\u0006during\u0005early\u0004late\u0003mid\u0004from\u0007through") ||
      // (stop 39: a capitalised month after a word that schedules or dates an event, "repeat AAA US June.", "return Jun
      // or sooner", "recheck access flow June", "next visit June"; not in lower case, "pain may return may be")
      sh != SH_LOWER && monthEventBefore39(k)) &&
    !(hasNext && (rd(tShape, k + 1) == SH_NUM || (tight(k + 1) && rd(tShape, k + 1) == sh && tierOf(rd(tData, k + 1)) != 1)))) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_DATE, 600, REASON_DATE_CUE);
    wr(tDone, k, 0xff);
    return;
  }
  // "the VA": the Veterans Affairs hospital ("followed at the VA"; "VA 20/20" is a visual acuity, "Richmond, VA" a state)
  if (sh == SH_UPPER && hasPrev && wordIn(k, "\u0002va\u0004vamc") && wordIn(k - 1, "\u0003the") && tight(k)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 700, R_FACILITY);
    wr(tDone, k, 0xff);
    return;
  }
  // the middle of a surname right after a decided given name, with the word after it: an Arabic or Hebrew prefix and
  // its hyphen ("Yusuf Al-Hashimi", "MOHAMMED AL-FARSI, M.D.") or "St." ("Winifred St. Clair"), before the hospital,
  // street and facility rules, which read them as a hyphenated hospital, a state code, a street type or a saint
  if ((sh == SH_CAP || sh == SH_UPPER) && hasPrev && hasNext && rd(tDone, k - 1) == ENTITY_NAME && tight(k) &&
    (prefixedSurname(k) || saintSurname(k))) {
    span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_NAME, 850, R_NEIGHBOUR);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    return;
  }
  // a hospital named by hyphenated parts after a care verb: "transferred to Dana-Farber"
  if ((sh == SH_CAP || sh == SH_UPPER) && hasPrev && hasNext && (rd(tGap, k + 1) & G_HYPHEN) != 0) {
    const last = hyphenHospital(k, mode);
    if (last != 0) {
      spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 700, R_FACILITY, k, last);
      return;
    }
  }
  // "X and Women's": a facility word in the possessive after a name and "and" ends an institution's name without a head
  // ("transferred from Brigham and Women's"; "Brigham and Women's Hospital" is left to the facility rule)
  if (sh == SH_CAP && k >= 2 && hasPrev && possessive(k) && (d & F_FAC_MOD) != 0 && isAnd(k - 1) && tight(k) && tight(k - 1) &&
    exists(k - 2) && (rd(tDone, k - 2) == ENTITY_NAME || rd(tDone, k - 2) == ENTITY_LOCATION) && pEnd == rd(tEnd, k - 2) &&
    !(hasNext && ((rd(tData, k + 1) & (F_FACILITY | F_FAC_MOD)) != 0 || (hasNext2 && (rd(tMw2, k + 2) & F_FACILITY) != 0)))) {
    span(rd(tStart, k - 2), rd(tEnd, k) + 2, ENTITY_LOCATION, 750, R_FACILITY);
    wr(tDone, k - 1, 0xff);
    wr(tDone, k, 0xff);
    return;
  }
  // a saint's name in the possessive after "St."/"Saint" names a hospital or church without a head: "transferred from
  // St. Elizabeth's" ("St. Mary's Hospital" is left to the facility rule, "St. John's wort" is a herb)
  // (in lower-case text as well: "from st. elizabeth's s/p cath")
  // (and written apart, "ST. OTTILIE 'S": saintPossessive(), out of decide()'s body)
  if ((sh == SH_CAP || sh == SH_UPPER || (sh == SH_LOWER && mode == MODE_LOWER)) && hasPrev && saintPossessive(k)) return;
  // a practice named by a place and a specialty: "Cape Cod Cardiology"
  if (((sh == SH_CAP && mode == MODE_MIXED) || (sh == SH_UPPER && mode == MODE_CAPS)) && hasNext && tight(k + 1)) {
    const last = placeSpecialty(k);
    if (last != 0) {
      // (a facility, as the facility rule types "Riverside Pediatrics" and clinical notes label a practice)
      spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 700, R_FACILITY, k, last);
      return;
    }
  }
  // an unknown capitalised word alone after a care verb names where: "discharged to Youville", "seen at Quorvale"
  if (sh == SH_CAP && mode == MODE_MIXED && hasPrev && nameStr(k) == 0 && placeStr(d) == 0 && unknownWord(k) && !townShape(k) &&
    (d & F_NOT_NAME) == 0 && careMove(k) && !(hasNext && tight(k + 1) && rd(tShape, k + 1) != SH_LOWER && rd(tShape, k + 1) != SH_NUM)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 600, R_FACILITY);
    wr(tDone, k, 0xff);
    return;
  }
  // a lower-case word in mixed or ALL-CAPS text: only a title before it or a place/street/facility role can matter
  if (sh == SH_LOWER && mode != MODE_LOWER && (d & (F_STREET | F_STREET_PREFIX | F_FACILITY | F_PLACE_SUFFIX | F_BOX | F_UNIT)) == 0 &&
    !(hasPrev && (rd(tData, k - 1) & F_TITLE) != 0) && !((d & F_PARTICLE) != 0 && hasPrev && rd(tDone, k - 1) == ENTITY_NAME) && !(hasNext && rd(tMw2, k + 1) != 0) &&
    !(hasNext2 && rd(tMw3, k + 2) != 0)) return;

  if (addressOrFacility(k, sh, d, mode, hasPrev, hasNext, hasNext2)) return;

  // (stop 34: a saint's town after a place's cue, "lives in St. Louis with", saintTown34)
  if (hasPrev && k >= 2 && (rd(tData, k - 1) & F_PARTICLE) != 0 && saintTown34(k, sh, mode)) return;
  // place dictionary (multi-word first)
  let pd: u32 = 0;
  let pLast = k;
  if (hasNext2 && placeStr(rd(tMw3, k + 2)) > 0) {
    pd = rd(tMw3, k + 2);
    pLast = k + 2;
  } else if (hasNext && placeStr(rd(tMw2, k + 1)) > 0) {
    pd = rd(tMw2, k + 1);
    pLast = k + 1;
  } else if ((d & (F_NOT_NAME | F_STATE | F_COUNTRY | F_MONTH)) == 0) pd = d;
  const ps = placeStr(pd);
  let placeScore: u32 = 0;
  // a word before a colon is a field label ("Tel:"), unless it is a clear name (a chat speaker "Nicole:")
  const label = hasNext && ((rd(tGap, k + 1) & G_COLON) != 0 || twoWordLabel(k)) && !(hasPrev && (rd(tData, k - 1) & F_TITLE) != 0) &&
    (tierOf(d) == 1 || nameStr(k) < 2);
  // an eponym head right after makes the word part of a term ("Foley catheter"), unless a title or a name comes right
  // before a name or unknown word ("Dr. Smith saw", "Mary Smith saw"; not "MX TRANSITIONAL CELL"), or the head is the
  // verb "saw" followed by its object ("Smith saw him", "Jones saw the patient"; "Gigli saw was used" keeps the eponym)
  // (round 19: not across a column gap, a form's next field: "PARENT 1: FOLASADE OYELARAN  CELL 617-...")
  const eponym = hasNext && (rd(tData, k + 1) & F_EPONYM_HEAD) != 0 && tight(k + 1) && !columnGap(k + 1) && pLast == k &&
    !(hasPrev && ((rd(tData, k - 1) & F_TITLE) != 0 || rd(tDone, k - 1) == ENTITY_NAME) &&
      // (a title's own period is no break: "Dr. Kowalczyk saw and examined")
      (tight(k) || ((rd(tData, k - 1) & F_TITLE) != 0 && (rd(tGap, k) & G_PERIOD) != 0 &&
        (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) == 0)) &&
      (nameStr(k) > 0 || (tierOf(d) == 0 && mode != MODE_CAPS))) &&
    !(wordIn(k + 1, "\u0003saw") && hasNext2 && wordIn(k + 2, SAW_OBJECTS)) ||
    // (Spanish writes the eponym after its head: "síndrome de Wilkie", "saco de Douglas", "tipo Bricker")
    (hasPrev && (sh == SH_CAP || sh == SH_UPPER) && mode != MODE_CAPS && spanishEponym(k)) ||
    (hasNext2 && (sh == SH_CAP || sh == SH_UPPER) && pairedEponym(k, sh));
  // the second half of a hyphenated compound ("Hill-Sachs", "African-American") decides nothing by itself
  const compound = hasPrev && (gapPrev0(k) & G_HYPHEN) != 0 && rd(tStart, k) == rd(tEnd, k - 1) + 1 &&
    rd(tShape, k - 1) != SH_NUM;
  // (stop 34: the hyphen tested is the one after the place's last word, so that a hyphenated town is one: "in
  // Winston-Salem with"; "Hill-Sachs" is still refused)
  if (ps > 0 && !eponym && !compound && !label && sh != SH_INITIAL && !(pLast + 1 < count && (rd(tGap, pLast + 1) & G_HYPHEN) != 0 &&
    rd(tEnd, pLast) == rd(tStart, pLast + 1) - 1)) {
    const capital = sh == SH_CAP || sh == SH_UPPER;
    const cue = hasPrev && ((rd(tData, k - 1) & F_LOC_CUE) != 0 || postcodeBefore(k) || capital && placeBeside(k));
    const mid = !sentenceStart(k);
    if (ps == 3) {
      if (mode == MODE_MIXED) placeScore = capital ? 700 : 0;
      else if (mode == MODE_CAPS) placeScore = 600;
      else placeScore = cue ? 550 : 450;
    } else if (ps == 2) {
      if (mode == MODE_MIXED) placeScore = capital ? (cue ? 650 : mid ? 500 : 300) : 0;
      else placeScore = cue ? 500 : 250;
    } else {
      // a weak place (an English word: "Home", "Drain", "Superior") after "in/at/to": capitalised in mid-sentence in
      // mixed case; in ALL CAPS, where every word is capitalised, only when it is no core English word
      // (a short number after it makes it a ward, bay or pod: "admitted to Ward 7B", "moved to Bay 4")
      // (nor the first word of a title-case term: "to Post Anesthesia Care Unit", "back to Same Day Surgery")
      // (stop 34: a town of several English words is one, "in Salt Lake City", "Lake City, FL": the term test reads the
      // word after the town's last)
      if (cue && capital && (mode == MODE_MIXED ? mid : tierOf(d) != 1) && !(mode == MODE_MIXED && (pLast == k ? titleCaseAfter(k, false) :
        pLast + 1 < count && tight(pLast + 1) && rd(tShape, pLast + 1) == SH_CAP && termWord(pLast + 1))) &&
        !(hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) <= 4)) placeScore = 450;
    }
    // a language or nationality that is also a town needs a place cue ("speaks English"; "lives in English, IN"), and
    // so do a two-letter town ("Un paciente": Spanish "a") and, in mixed case, a short word in capitals (an acronym:
    // "PIO 18 mmHg", "EVA 7/10")
    // (a state code after it keeps it a town: "ERIE PA", "APO AE 09012")
    const len = rd(tEnd, k) - rd(tStart, k);
    // (in lower case a place opening with an article needs a cue too: "con la luz del sol", "impide el paso del
    // endoscopio" are Spanish prose, "moving to el paso" has its "to")
    if (placeScore > 0 && !cue && mode == MODE_LOWER && pLast > k && wordIn(k, "\u0002el\u0002la\u0003los\u0003las\u0002le")) placeScore = 0;
    // (nor after an article, unless a place preposition opens the phrase: "excision of the bursa", "the corona and the
    // glans"; "moved to the bronx" keeps it)
    if (placeScore > 0 && !cue && articleBefore(k, mode) && !(k >= 2 && exists(k - 2) && tight(k - 1) &&
      (rd(tData, k - 2) & F_LOC_CUE) != 0)) placeScore = 0;
    if (placeScore > 0 && !cue && (ps < 3 && nationWord(k) || pLast == k && (len <= 2 ||
      mode == MODE_MIXED && sh == SH_UPPER && len <= 4 && !(hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_UPPER &&
        rd(tEnd, k + 1) - rd(tStart, k + 1) == 2)))) placeScore = 0;
  } else if (ps == 0 && mode == MODE_MIXED && (sh == SH_CAP || (sh == SH_UPPER && hasPrev && rd(tShape, k - 1) == SH_LOWER && capsTownShape(k))) && hasPrev &&
    (rd(tData, k - 1) & F_LOC_CUE) != 0 &&
    tierOf(d) == 0 && nameStr(k) == 0 && (d & CONTEXT_WORDS) == 0 && !label && !compound && !eponym &&
    rd(tEnd, k) - rd(tStart, k) >= 4 && (rd(tGap, k) & (G_NEWLINE | G_FAR | G_JOIN | G_COMMA)) == 0 &&
    !sentenceStart(k) && !(wordIn(k - 1, "\u0002to") && !travelTo(k - 1)) && !wordIn(k - 1, "\u0002en\u0005desde") &&
    !(hasNext && (rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tEnd, k) + 1 == rd(tStart, k + 1)) &&
    !(hasNext && tight(k + 1) && (rd(tShape, k + 1) == SH_INITIAL || rd(tShape, k + 1) == SH_CAP)) && !medicalShape(k)) {
    // a word that is no English word and no name, capitalised after "in/from/at/near/lives" in mixed case: a place the
    // dictionaries do not have ("grew up in Remniku"). "to" is left out ("switched to Xarelto"), and so are Spanish "en" and
    // "desde", before capitalised service names ("ingresa en Urología", "en Unidad de Reanimación"), and ALL CAPS,
    // where unknown words after IN/AT are mostly clinical vocabulary ("IN SUBCUTICULAR FASHION", "AT CYSTOSCOPY"). A
    // capitalised word or an initial right after makes it the start of a name ("from Faina D. Yefremova").
    placeScore = 450;
  }
  // an unknown capitalised word after "in/from/near" that a residence verb introduces ("lives with his wife in
  // Moikton") or that ends like a town ("from Drussford", "in Trontville"): a town the gazetteer lacks
  // (in lower case after a residence verb only, and no accented word: "he lives with his wife in weimport")
  if (placeScore == 0 && !label && !compound && !eponym && (sh == SH_CAP || sh == SH_UPPER || (sh == SH_LOWER && mode == MODE_LOWER)) &&
    hasPrev && tight(k) && nameStr(k) == 0 && rd(tEnd, k) - rd(tStart, k) >= 4 && wordIn(k - 1, "\u0002in\u0004from\u0004near") &&
    unknownWord(k) && (sh == SH_LOWER ? byteAt(rd(tStart, k)) < 0x80 && residenceBefore(k - 1) : residenceBefore(k - 1) || townShape(k)) &&
    !(hasNext && tight(k + 1) && (rd(tShape, k + 1) == SH_CAP || rd(tShape, k + 1) == SH_UPPER) && nameStr(k + 1) > 0)) {
    placeScore = 600;
  }
  // a state or country named in full standing alone ("moved from Haiti", "lives in Florida", "New York"); state
  // codes only count inside an address. Own reasons: the geography option can drop them (Safe Harbor keeps them).
  let placeReason = R_CITY;
  let geo = false;
  // (in lower case after a place cue: "i'm originally from switzerland", "moved here from south africa"; a core
  // or common English word alone stays one: "in turkey", "from china")
  const lowerGeo = sh == SH_LOWER && mode == MODE_LOWER && hasPrev && tight(k) && (rd(tData, k - 1) & F_LOC_CUE) != 0;
  // (round 27: in lower case a state before its agency, "kansas department for aging and disability services")
  const lowerAgency = sh == SH_LOWER && mode == MODE_LOWER && !lowerGeo && hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_LOWER;
  if (!label && !compound && !eponym && (sh == SH_CAP || sh == SH_UPPER || lowerGeo || lowerAgency)) {
    let gd = d;
    let gLast = k;
    if (hasNext2 && (rd(tMw3, k + 2) & (F_STATE | F_COUNTRY)) != 0) {
      gd = rd(tMw3, k + 2);
      gLast = k + 2;
    } else if (hasNext && (rd(tMw2, k + 1) & (F_STATE | F_COUNTRY)) != 0 && tight(k + 1)) {
      gd = rd(tMw2, k + 1);
      gLast = k + 1;
    }
    if ((gd & (F_STATE | F_COUNTRY)) != 0 && (gLast > k || rd(tEnd, k) - rd(tStart, k) > 2) && (!lowerGeo || gLast > k || tierOf(d) == 0 || tierOf(d) == 3) &&
      !(hasNext && (rd(tGap, gLast + 1) & G_HYPHEN) != 0 && rd(tEnd, gLast) + 1 == rd(tStart, gLast + 1))) {
      // (round 27) a state's agency after it: "Indiana State Department of Health", "HAWAII POLICE DEPARTMENT"
      const agency = (gd & F_STATE) != 0 && gLast + 1 < count ? agencyEnd27(gLast + 1, sh, false) : 0;
      if (agency != 0) {
        spanDone(rd(tStart, k), rd(tEnd, agency), ENTITY_LOCATION, 900, R_ORGANIZATION, k, agency);
        agencyTail27(agency);
        return;
      }
      const gs: u32 = mode == MODE_MIXED ? (sh == SH_CAP ? 600 : 500) : 500;
      geo = !lowerAgency;
      if (geo && gs > placeScore) {
        placeScore = gs;
        pLast = gLast;
        placeReason = (gd & F_COUNTRY) != 0 ? R_COUNTRY : R_STATE;
      }
    }
  }

  // after "in", a capitalised word that is no strong given name opening a town through particles is the town, not a
  // name with a particle: "grew up in Villafranca del Cid", "in Quinta de São Tiago" ("in Juan de Dios" keeps the name)
  if (placeScore == 0 && !label && !compound && !eponym && sh == SH_CAP && mode == MODE_MIXED && hasPrev && hasNext2 && tight(k) &&
    firstStr(d) < 3 && tierOf(d) != 1 && (d & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && wordIn(k - 1, "\u0002in")) {
    const t = particleTownEnd(k);
    if (t != 0) {
      span(rd(tStart, k), rd(tEnd, t), ENTITY_LOCATION, 600, R_CITY);
      for (let m = k; m <= t; m++) wr(tDone, m, m == k ? ENTITY_LOCATION : 0xff);
      return;
    }
  }

  // names
  let nameScore: u32 = 0;
  let reason: u32 = 0;
  const ns = nameStr(k);
  const cand = candidate(k, mode);
  const prevD = hasPrev ? rd(tData, k - 1) : 0;
  const gapPrev = rd(tGap, k);
  const mid = !sentenceStart(k);
  const capital = sh == SH_CAP || sh == SH_UPPER;
  // an eponym ("Foley catheter", "Parkinson's disease") or a month before a number ("May 3") is not a name
  // (a single letter is an initial whatever word it also folds to: "John N. Smith", where "n" is the label "Nº")
  let blocked = (d & F_ALLOW) != 0 || ((d & F_NOT_NAME) != 0 && sh != SH_INITIAL) || eponym || label;
  // (the head nouns of Spanish eponyms are words, capitalised or not: "Índice de Quick", "Grado Funcional")
  if (!blocked && capital && mode != MODE_CAPS && wordIn(k, EPONYM_HEADS_ES)) blocked = true;
  // a name particle leads a capitalised name ("De Miguel", "Van Buren"); before a lower-case word it is a word ("Los
  // hallazgos", "Del resto")
  const titledParticle = sh == SH_LOWER && hasPrev && (prevD & F_TITLE) != 0 && particleName(k);
  // (a capitalised particle before a lower-case one and a capitalised word opens the name: "Margaret Van der Berg", "Dr.
  // De la Cruz")
  // (a capital with its period is a middle initial, whatever particle it also folds to: "John Y. Smith", not "y")
  if ((d & F_PARTICLE) != 0 && (mode == MODE_MIXED || (mode == MODE_LOWER && sh != SH_LOWER)) && !(hasNext && tight(k + 1) && rd(tShape, k + 1) != SH_LOWER) &&
    !titledParticle && !(sh == SH_CAP && hasNext && rd(tShape, k + 1) == SH_LOWER && particleName(k)) &&
    !(sh == SH_INITIAL && hasNext && (rd(tGap, k + 1) & G_PERIOD) != 0)) blocked = true;
  // in lower-case text a particle opens nothing: it joins a name already begun or a title ("maria del carmen", "dr
  // de souza"); alone it is a word of Spanish or Portuguese prose ("resolución del hematoma", "a los dieciocho días")
  if ((d & F_PARTICLE) != 0 && mode == MODE_LOWER && sh == SH_LOWER && !titledParticle &&
    !(hasPrev && tight(k) && (rd(tDone, k - 1) == ENTITY_NAME || (prevD & F_TITLE) != 0))) blocked = true;
  if ((d & F_MONTH) != 0 && ((hasNext && rd(tShape, k + 1) == SH_NUM) || (hasPrev && rd(tShape, k - 1) == SH_NUM))) blocked = true;
  // in lower-case text a short word in capitals before an identifier is its label ("vin 1HGCM...", "MRN 4471823")
  if (mode == MODE_LOWER && sh == SH_UPPER && rd(tEnd, k) - rd(tStart, k) <= 4 && hasNext && tight(k + 1) &&
    (rd(tShape, k + 1) == SH_NUM || (rd(tShape, k + 1) == SH_OTHER && (rd(tData, k + 1) & F_NOT_NAME) != 0))) blocked = true;
  // a never-a-name word between a title and a surname is the given name: "Mrs. Mae Smith", "MR. ASA JONES", "Mr. Dea
  // Smith" (blocking it lost the surname too); alone after the title it stays a word ("Mr. Foley catheter")
  if (blocked && (d & F_NOT_NAME) != 0 && (d & F_ALLOW) == 0 && !eponym && !label && capital && hasPrev && hasNext &&
    (prevD & F_TITLE) != 0 && (gapPrev & (G_NEWLINE | G_COMMA | G_OTHER)) == 0 && tight(k + 1) && rd(tShape, k + 1) == sh &&
    (rd(tData, k + 1) & (F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE)) == 0 &&
    (nameStr(k + 1) > 0 || (tierOf(rd(tData, k + 1)) == 0 && candidate(k + 1, mode)))) blocked = false;
  // (stop 38) a word listed as never a name, an instrument's, a sign's or an incision's eponym, is the surname after a
  // person's title: "Dr. Foley", "Mr. Babinski", "DR. PFANNENSTIEL", "dr kocher" (titledEponym38())
  if (blocked && (d & (F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE)) == F_NOT_NAME && !eponym && !label && hasPrev &&
    (prevD & F_TITLE) != 0 && titledEponym38(k, sh, mode, gapPrev)) blocked = false;
  // (stop 33) and so is one closing "LAST, FIRST MIDDLE", "PRUITT, ODESSA MAE    DOB:" (lastFirstMiddle33()), and a
  // Vietnamese given name after the family name and its middle word, "Nguyen Van Loc" (vietName33())
  if (blocked && (d & F_ALLOW) == 0 && !eponym && !label && capital && hasPrev &&
    (firstStr(d) != 0 && lastFirstMiddle33(k, d, mode) || vietName33(k))) blocked = false;
  if (blocked && !eponym && !label && givenAbbrName(k, sh, d, mode)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 700, R_NEIGHBOUR);
    wr(tDone, k, ENTITY_NAME);
    return;
  }
  if (!blocked && (sh == SH_UPPER || sh == SH_CAP) && hasNext2 && (rd(tGap, k + 1) & G_COMMA) != 0 && lastFirstInitial(k, mode)) {
    // "WHITE , GRANT E" before a column gap or a credential
    span(rd(tStart, k), rd(tEnd, k + 2), ENTITY_NAME, 800, R_NEIGHBOUR, true);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    wr(tDone, k + 2, ENTITY_NAME);
    return;
  }
  if (!blocked && sh == SH_CAP && mode == MODE_MIXED && relativeListName(k)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 700, R_NEIGHBOUR);
    wr(tDone, k, ENTITY_NAME);
    return;
  }
  if (!blocked && (sh == SH_UPPER || sh == SH_CAP) && signedPair(k, mode)) {
    span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_NAME, 800, R_CREDENTIAL, true);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    return;
  }
  if (!blocked && mode == MODE_CAPS && (lineStart(k) && lastFirstLine(k, mode) || rosterRow38(k))) {
    // "RONHARDT, KAISTSTEA" alone on its line in capitals; (stop 38) a numbered roster's "3. FRANK, HOPE  PCH-30609"
    span(rd(tStart, k), rd(tEnd, k + 1), ENTITY_NAME, 650, R_NEIGHBOUR, true);
    wr(tDone, k, ENTITY_NAME);
    wr(tDone, k + 1, ENTITY_NAME);
    return;
  }
  // a speaker's label before a quotation, or a person addressed ("Koppány: \"Who are you?\"", "Warrane, can I ...")
  if (sh == SH_CAP && mode != MODE_CAPS && ns == 0 && (d & (F_ALLOW | F_NOT_NAME)) == 0 && !eponym && tierOf(d) != 1 && (d & CONTEXT_WORDS) == 0 && hasNext2 &&
    (rd(tGap, k) & (G_START | G_NEWLINE | G_SENT)) != 0 && (speakerLabel(k) || vocative(k))) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_CAPITALISED);
    wr(tDone, k, ENTITY_NAME);
    return;
  }
  // name particles between a given name and the surname: "Dyan van Gijn", "Maika van de Noort"
  if (sh == SH_LOWER && (d & F_PARTICLE) != 0 && mode == MODE_MIXED && givenParticle(k, prevD)) return;
  if (!blocked) {
    // (out of line: the name rules are a function of their own so that decide() stays under V8's optimising size limit in
    // the wasm2js fallback, test/wasm.test.ts)
    const nr = nameRules(k, sh, d, mode, hasPrev, hasNext, hasNext2, prevD, gapPrev, ns, cand, mid, capital, titledParticle, compound);
    nameScore = nr & 0xffff;
    reason = nr >>> 16;
  }

  // an instrument or procedure named after a person or town ("a #24 Blake drain", "Austin osteotomy") or a doubled
  // word ("Moya Moya") is neither: the rest of its capitalised run goes with it ("a Midas Rex")
  if ((nameScore > 0 || placeScore > 0) && (nameScore == 0 || reason == R_DICTIONARY || reason == R_CAPITALISED)) {
    const dev = deviceWord(k, mode);
    if ((placeScore == 0 || (placeReason == R_CITY && pLast == k && (dev == 2 || !(hasPrev && (prevD & F_LOC_CUE) != 0)))) &&
      (dev != 0 || (mode == MODE_MIXED && repeatedWord(k)) || surnameAsTerm(k, mode))) {
      wr(tDone, k, 0xff);
      for (let m = k + 1; m < count && m <= k + 2 && tight(m) && rd(tShape, m) == SH_CAP; m++) wr(tDone, m, 0xff);
      return;
    }
  }
  // in ALL CAPS a clinical abbreviation or term that is also a name or a town is the term, alone ("MIN ASSIST", "EDD
  // 9/19", "ROM: L HIP", "LAP CHOLE", "E. COLI", "AKI: RESOLVED"): capitals do not tell it from a name there
  if (mode == MODE_CAPS && sh == SH_UPPER && rd(tEnd, k) - rd(tStart, k) <= 6 && (nameScore > 0 || placeScore > 0) &&
    (nameScore == 0 || reason == R_DICTIONARY || reason == R_CAPITALISED) && (placeScore == 0 || (placeReason == R_CITY && pLast == k)) &&
    wordIn(k, CAPS_CLINICAL_TERMS)) {
    wr(tDone, k, 0xff);
    return;
  }
  // a bare dictionary hit that is also a place at least as strong is a place ("Madrid", "Austin" after "in")
  // (the cue and the next token are looked at only when a place competes: most decisions have none)
  if (placeScore > 0 && (reason == R_DICTIONARY || reason == R_CAPITALISED) &&
    (ps > ns || geo || (hasPrev && ((rd(tData, k - 1) & F_LOC_CUE) != 0 || postcodeBefore(k) || capital && placeBeside(k)))) &&
    !(hasNext && tight(k + 1) && candidate(k + 1, mode)) && !(ns > 0 && !geo && addressee(k))) nameScore = 0;
  // a multi-word state or country ("Puerto Rico", "New Zealand") beats names made of its words
  if (placeScore > 0 && pLast > k && (reason == R_DICTIONARY || reason == R_CAPITALISED || (geo && reason == R_NEIGHBOUR))) nameScore = 0;
  if (nameScore >= placeScore && nameScore > 0) {
    // a name: pull in a preceding name-shaped token ("SMITH, JOHN": SMITH alone was ambiguous; "J. Smith")
    let pulled = false;
    if (hasPrev && rd(tDone, k - 1) == 0 && (gapPrev & (G_NEWLINE | G_OTHER | G_FAR | G_HYPHEN)) == 0 &&
      ((gapPrev & G_SENT) == 0 || ((gapPrev & G_PERIOD) != 0 && rd(tShape, k - 1) == SH_INITIAL))) {
      const q = k - 1;
      const qs = rd(tShape, q);
      const qd = rd(tData, q);
      const qName = (nameStr(q) > 0 && (qs == SH_CAP || qs == SH_UPPER || (mode == MODE_LOWER && nameStr(q) > 1))) ||
        (candidate(q, mode) && qs != SH_LOWER) || (qs == SH_INITIAL && (rd(tGap, k) & G_PERIOD) != 0) ||
        // (in lower case an unknown word before a name that a credential or cue decided: "dristmolk yaisspunault, rn")
        (mode == MODE_LOWER && qs == SH_LOWER && nameScore >= 750 && (gapPrev & G_COMMA) == 0 && unknownWord(q));
      const particle = (qd & F_PARTICLE) != 0 && (qs == SH_CAP || qs == SH_UPPER) && tight(k);
      // ("De" is also Delaware: a particle's state flag does not count here)
      if ((qName || particle) && (qd & (particle ? CONTEXT_WORDS & ~F_STATE : CONTEXT_WORDS)) == 0 && ((qd & F_PARTICLE) == 0 || particle) &&
        ((gapPrev & G_COMMA) == 0 || surnameFirst(q))) {
        span(rd(tStart, q), rd(tEnd, q), ENTITY_NAME, nameScore < 700 ? nameScore : 700, R_NEIGHBOUR);
        wr(tDone, q, ENTITY_NAME);
        pulled = true;
        if (nameScore >= 600 && hyphenFirst(q)) {
          span(rd(tStart, q - 1), rd(tEnd, q - 1), ENTITY_NAME, nameScore < 700 ? nameScore : 700, R_NEIGHBOUR);
          wr(tDone, q - 1, ENTITY_NAME);
        }
      }
    } else if (nameScore >= 600 && hyphenFirst(k)) {
      span(rd(tStart, k - 1), rd(tEnd, k - 1), ENTITY_NAME, nameScore < 700 ? nameScore : 700, R_NEIGHBOUR);
      wr(tDone, k - 1, ENTITY_NAME);
      pulled = true;
    } else if (reason == R_CREDENTIAL && (gapPrev & G_HYPHEN) != 0 && givenBeforeHyphen37(k)) {
      pulled = true;
    }
    // a particle between names: "De Miguel", "van der Berg" (the particle joins when a name follows it)
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, nameScore, reason, pulled);
    wr(tDone, k, ENTITY_NAME);
    if (hasNext && (rd(tData, k + 1) & F_PARTICLE) != 0 && hasNext2 && tight(k + 1) && tight(k + 2) &&
      nameStr(k + 2) > 0 && (rd(tShape, k + 2) == SH_CAP || rd(tShape, k + 2) == SH_UPPER)) {
      wr(tDone, k + 1, ENTITY_NAME);
      span(rd(tStart, k + 1), rd(tEnd, k + 1), ENTITY_NAME, nameScore, reason);
    }
  } else if (placeScore > 0 && !(placeReason == R_CITY && hasNext && classNumeral(k + 1))) {
    // a five-digit postcode before the town is part of the place ("28029 Madrid", "75008 Paris"; four digits may be a
    // year: "in 2019 Boston")
    let ps0 = rd(tStart, k);
    if (hasPrev && rd(tDone, k - 1) == 0 && postcodeBefore(k) && rd(tEnd, k - 1) - rd(tStart, k - 1) == 5) {
      ps0 = rd(tStart, k - 1);
      wr(tDone, k - 1, 0xff);
    }
    // a known place and a capitalised uncommon word after it name an institution: "at Harvard Vanguard", "Beth Israel
    // Deaconess" (mixed case; a core word, a name, a place, a weekday or a medical word after it is none)
    if (placeReason == R_CITY && pLast == k && mode == MODE_MIXED && hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_CAP &&
      tierOf(rd(tData, k + 1)) >= 2 && nameStr(k + 1) == 0 && placeStr(rd(tData, k + 1)) == 0 &&
      (rd(tData, k + 1) & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && !medicalShape(k + 1) &&
      !(k + 2 < count && rd(tMw2, k + 2) != 0)) pLast = k + 1;
    // a town and its geographic suffix: "Dunmore Falls", "HOLLOWAY SPRINGS", "westbury ridge" (townSuffix)
    if (placeReason == R_CITY && pLast == k && hasNext && townSuffix(k, sh)) pLast = k + 1;
    // (stop 34: and after a town of several words, "Grand Ledge Falls")
    else if (placeReason == R_CITY && pLast > k && pLast + 1 < count && townSuffix(pLast, sh)) pLast++;
    // (stop 26) and its first word: "Port Washburn", "Upper Tolland", "NORTH HADLEY" (townPrefix)
    if (placeReason == R_CITY && ps0 == rd(tStart, k) && townPrefix(k, sh)) {
      ps0 = rd(tStart, k - 1);
      wr(tDone, k - 1, 0xff);
    }
    // a town whose name goes on through particles: "in Chiclana de la Frontera", "Ústí nad Labem" (mixed case)
    if (placeReason == R_CITY && pLast == k && mode == MODE_MIXED && hasNext2) {
      const t = particleTownEnd(k);
      if (t != 0) pLast = t;
    }
    // (stop 29) and its postcode after it: "lives in Boston 02114.", "in Aalborg 9000 since", "Utrecht 3511 AB"
    if (placeReason == R_CITY && pLast + 1 < count && numberOrStateNext30(pLast)) {
      const z = postcodeAfterTown(ps0 == rd(tStart, k) ? k : k - 1, pLast);
      if (z != 0) pLast = z;
    }
    span(ps0, rd(tEnd, pLast), ENTITY_LOCATION, placeScore, placeReason);
    for (let m = k; m <= pLast; m++) wr(tDone, m, m == k ? ENTITY_LOCATION : 0xff);
    // a state or country on an address line ("\n Uruguay 77212", ", Spain 16200") is followed by its postcode
    if (geo && (rd(tGap, k) & (G_NEWLINE | G_COMMA)) != 0) {
      startTail(pLast);
      tailLines = 0;
      tailLeft = 1;
    }
  }
}

/** (stop 40) The last byte before the blanks that end at i (i itself a blank) is a sentence's or a clause's mark. */
function afterMarkGap40(i: u32): bool {
  let q = i;
  while (q > 0 && byteAt(q - 1) == 0x20) q--;
  if (q == 0) return false;
  const b = byteAt(q - 1);
  return b == 0x2e || b == 0x3f || b == 0x21 || b == 0x3a || b == 0x2c || b == 0x3b;
}

/** (stop 40) "AT" and a number of one to three digits follow token k: an age at onset ("FATHER MI AT 58"). */
function diseaseAtAge40(k: u32): bool {
  if (k + 2 >= count || !tight(k + 1) || !tight(k + 2) || !wordIn(k + 1, "\u0002at") || rd(tShape, k + 2) != SH_NUM) return false;
  const n = rd(tEnd, k + 2) - rd(tStart, k + 2);
  // (a clock's hour or a phone's exchange is none: "DAUGHTER JO AT 5 PM", "SON ED AT 14:30", "NURSE JOY AT 555-0143")
  const e = rd(tEnd, k + 2);
  if (n > 3 || k + 3 < count && wordIn(k + 3, "\u0002am\u0002pm")) return false;
  if (e >= inLen) return true;
  const c = byteAt(e);
  return c != 0x3a && c != 0x2d && c != 0x2f && !(c == 0x2e && e + 1 < inLen && isDigit(byteAt(e + 1)));
}

/**
 * (stop 40) A title word's clause ends before token k: a semicolon between them ("SEE YOUR OWN DOCTOR; YOU LISTED",
 * "LATENCY 5.8 MS; ULNAR STUDIES"), or a sentence's mark after a title spelled out ("THROUGH YOUR OWN DOCTOR. YOUR
 * RESULTS"); an abbreviation's period stays ("Dr. Will", "MRS. BROWN").
 */
function titleCut40(k: u32, gapPrev: u32): bool {
  if ((gapPrev & G_SENT) == 0) return false;
  return rd(tEnd, k - 1) - rd(tStart, k - 1) >= 5 || (gapMarks(k) & GM_SEMI) != 0;
}

/**
 * decide()'s name rules for a token nothing blocks: the score (low 16 bits) and the reason (high 16 bits) of the
 * strongest name evidence, 0 for none. Out of line since stop 31: decide() with them inlined had reached V8's optimising
 * size limit in the wasm2js fallback (test/wasm.test.ts), and every new rule needs room there.
 */
function nameRules(k: u32, sh: u32, d: u32, mode: u32, hasPrev: bool, hasNext: bool, hasNext2: bool, prevD: u32, gapPrev: u32,
  ns: u32, cand: bool, mid: bool, capital: bool, titledParticle: bool, compound: bool): u32 {
  let nameScore: u32 = 0;
  let reason: u32 = 0;
  // a title right before: "Dr. Will", "MR. BROWN", "Mrs Gómez"
  // (a title word already inside an address is a street type: "4 lake dr last year")
  // (a title before a colon is a field label: "MS: Alert and oriented" is mental status)
  if (hasPrev && (prevD & F_TITLE) != 0 && (gapPrev & (G_NEWLINE | G_COMMA | G_OTHER | G_COLON)) == 0 && rd(tDone, k - 1) != 0xff &&
    sh != SH_INITIAL && (!(sh == SH_LOWER && mode != MODE_LOWER) || titledParticle) && (ns > 0 || tierOf(d) != 1 || capital || titledParticle) &&
    (d & (F_CRED | F_TITLE)) == 0 && !capsFunctionWord(k, sh) && !titleCut40(k, gapPrev)) {
    nameScore = 900;
    reason = R_TITLE;
  } else if (sh == SH_INITIAL && hasNext && (rd(tGap, k + 1) & (G_NEWLINE | G_COMMA | G_OTHER)) == 0 &&
    // (not a letter joined to its word by a hyphen: "the C-Arm", "a T-tube")
    !((rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tStart, k + 1) == rd(tEnd, k) + 1) &&
    // (not the letters of "M.D.", not across "M.D.; Leyckwood")
    !dottedCred(k) && !(k > 0 && exists(k - 1) && dottedCred(k - 1) && rd(tStart, k) == rd(tStart, k - 1) + 2) &&
    (gapMarks(k + 1) & GM_SEMI) == 0 && !(hasPrev && sexAfterAge(k)) &&
    // (a letter after a slash is a unit's: "2,4 mg/L. El seguimiento", "109 / L. Excepto")
    !(hasPrev && (gapPrev & G_JOIN) != 0 && rd(tShape, k - 1) == SH_LOWER || hasPrev && (gapPrev & G_JOIN) != 0 && rd(tShape, k - 1) == SH_NUM) &&
    (candidate(k + 1, mode) || (hasPrev && rd(tDone, k - 1) == ENTITY_NAME && tierOf(rd(tData, k + 1)) != 1 &&
      (rd(tData, k + 1) & CONTEXT_WORDS) == 0)) &&
    (rd(tShape, k + 1) == SH_CAP || rd(tShape, k + 1) == SH_UPPER) &&
    // (in ALL CAPS a genus or a side before a clinical term: "E. COLI", "L RADIAL A-LINE")
    !(mode == MODE_CAPS && wordIn(k + 1, CAPS_CLINICAL_TERMS)) &&
    !((rd(tGap, k + 1) & G_PERIOD) != 0 && tierOf(rd(tData, k + 1)) == 1 &&
      (nameStr(k + 1) == 0 || rd(tEnd, k + 1) - rd(tStart, k + 1) <= 2)) &&
    ((byteAt(rd(tStart, k)) != 0x49 && byteAt(rd(tStart, k)) != 0x41) || (rd(tGap, k + 1) & G_PERIOD) != 0 ||
      (hasPrev && rd(tDone, k - 1) == ENTITY_NAME && tight(k))) &&
    ((hasPrev && ((prevD & F_TITLE) != 0 || rd(tDone, k - 1) == ENTITY_NAME)) || nameStr(k + 1) > 0 ||
      (rd(tGap, k + 1) & G_PERIOD) != 0)) {
    // "J. Smith", "John J. Smith"
    nameScore = 700;
    reason = R_INITIAL;
  } else if (sh == SH_INITIAL && hasPrev && rd(tDone, k - 1) == ENTITY_NAME && tight(k) && (trailingInitial(k) || capsMiddle(k, mode)) &&
    !dottedCred(k)) {
    // a middle initial after the name it belongs to: "KOWALCZYK, THEODORE J", "Smith, John J."
    nameScore = 700;
    reason = R_INITIAL;
  } else if (hasPrev && rd(tDone, k - 1) == ENTITY_NAME && (gapPrev & (G_NEWLINE | G_OTHER | G_FAR)) == 0 &&
    // (a core English word across a column gap opens the next field: "nurse today: Joaquín   Your doctor:")
    !(tierOf(d) == 1 && columnGap(k)) && !codePrefix38(k, hasNext) && (cand || capsHyphenHalf(k, mode) || afterInitial(k, mode) || lowerNameWord(k, mode) || (isNameSuffix(k) && tight(k)) || capsSurname(k, mode) ||
      titledGivenSurname38(k, mode) ||
      mixedSurname(k, mode) || firstStr(d) != 0 && (d & F_NOT_NAME) != 0 && lastFirstMiddle33(k, d, mode) || vietName33(k)) &&
    // (an initial's period; not a sentence's after "Dr. X" and two spaces: "Dr. X.  All questions answered")
    ((gapPrev & G_SENT) == 0 || (rd(tShape, k - 1) == SH_INITIAL && !(rd(tStart, k) - rd(tEnd, k - 1) >= 3 && tierOf(d) == 1 && ns <= 1)) ||
      (mode == MODE_LOWER && lowerInitialGap(k))) && (mode != MODE_MIXED || capital || ns > 1) &&
    ((gapPrev & G_HYPHEN) == 0 || pReason == R_TITLE || pReason == R_CUE || pReason == R_CREDENTIAL ||
      (pReason == R_NEIGHBOUR && pStart < rd(tStart, k - 1))) &&
    ((gapPrev & G_COMMA) == 0 || lastFirstUnknown(k, mode) || (ns > 0 &&
      // (after a title the name before the comma is one surname, hyphenated or not: "Dr. Hugh Penhaligon, Cape Ann
      // Hospital" is a doctor and his hospital, no "LAST, FIRST")
      (pStart == rd(tStart, k - 1) || (pReason == R_TITLE && rd(tGap, k - 1) == G_HYPHEN) || hyphenLast33(k)) && surnameFirst(k - 1) &&
      !(hasNext && (rd(tGap, k + 1) & G_COMMA) != 0 && (rd(tShape, k + 1) == SH_CAP || rd(tShape, k + 1) == SH_UPPER)) &&
      !facilityNameAfter(k)))) {
    // next to a name: "John Smith", "SMITH, JOHN", "Smith-Jones"
    nameScore = 850;
    reason = R_NEIGHBOUR;
  } else if ((gapPrev & (G_NEWLINE | G_FAR)) == 0 && (kinAfterPossessive(k, mode) || callMeCue(k, mode))) {
    // "Franciska's kid", "people call me Piusz"
    nameScore = 750;
    reason = R_CUE;
  } else if ((cand || (mode == MODE_LOWER && sh == SH_LOWER && ns == 0 && tierOf(d) == 0 && (d & CONTEXT_WORDS) == 0 &&
    rd(tEnd, k) - rd(tStart, k) >= 3) || nickState(k, sh, d, prevD) || kinName(k, mode) || capsLabelName(k, mode) ||
    lowerPairHead(k, mode)) && hasPrev &&
    ((((prevD & F_CUE) != 0 && !possessive(k - 1)) || inLawCue(k) || roleLabel(k, mode) || capsLabelName(k, mode) || ((prevD & F_BY) != 0 && k > 1 && exists(k - 2) &&
    // ("followed by" is mostly a sequence in a note: "followed by Mastisol"; an unknown word after it is no name)
    !(ns == 0 && wordIn(k - 2, "\u0008followed")) &&
    (rd(tData, k - 2) & F_VERB_BY) != 0 && !(wordIn(k - 1, "\u0004with") && !wordIn(k - 2, CONVERSE_VERBS)) &&
    // (in ALL CAPS two letters after "to" are a place in the hospital: "REFERRED TO ED", "TO OR")
    !(mode == MODE_CAPS && rd(tEnd, k) - rd(tStart, k) == 2 && wordIn(k - 1, "\u0002to")))) &&
    // (in ALL CAPS every word is a capital: a weak name after a cue is a word there, "PER MAR", "PER PROTOCOL")
    (ns > 1 || tierOf(d) == 0 || capital && mode != MODE_CAPS && (mid || labelField(k, mode)) || kinName(k, mode) ||
      lowerPairHead(k, mode) ||
      capsLabelName(k, mode)) ||
    (ns > 0 || tierOf(d) == 0) && farCue(k)) && (gapPrev & (G_NEWLINE | G_FAR | G_JOIN)) == 0 &&
    // (a period between cue and word ends the sentence, a colon or question mark does not: "therapist. Pitocin",
    // "Nombre: Pedro", "your name? Jildau")
    (gapPrev & G_PERIOD) == 0 &&
    (capital || mode == MODE_LOWER) && !(ns == 0 && medicalShape(k)) &&
    // (in ALL CAPS a short unknown word after a cue is an abbreviation: "PT OOB", "PT NPO", "PER RISS")
    !(mode == MODE_CAPS && ns == 0 && rd(tEnd, k) - rd(tStart, k) <= 4 && !kinShortName37(k)) &&
    // (stop 40: in ALL CAPS two or three letters before "AT" and an age are a relative's disease, "FATHER MI AT 58")
    !(mode == MODE_CAPS && rd(tEnd, k) - rd(tStart, k) <= 3 && diseaseAtAge40(k))) {
    // a role or verb cue: "patient Jones", "wife Mary", "seen by Smith", "spoke with Ann"
    nameScore = 750;
    reason = R_CUE;
  } else if ((cand || capsInitialName(k, mode) || (mode == MODE_LOWER && sh == SH_LOWER && tierOf(d) == 0 && ns == 0 &&
    (d & CONTEXT_WORDS) == 0 && rd(tEnd, k) - rd(tStart, k) >= 3) || signatureAtStart(k, sh, d, mode)) && hasNext && credAt(k + 1, mode) &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) == 0 &&
    !(ns == 0 && medicalShape(k)) && !credInCodeId40(k)) {
    // a credential after: "Smith, MD", "Jane Roe RN", "KEILKCAI YUNTSTER, M.D.", in lower case an unknown word too
    // ("-- dristmolk yaisspunault, rn")
    nameScore = 850;
    reason = R_CREDENTIAL;
  } else if (sh == SH_CAP && mode == MODE_MIXED && (d & CONTEXT_WORDS) == F_MONTH && firstStr(d) > 0 && hasNext &&
    tight(k + 1) && rd(tShape, k + 1) == SH_CAP && (rd(tData, k + 1) & CONTEXT_WORDS) == 0 && nameStr(k + 1) > 0 && candidate(k + 1, mode)) {
    // a month that is also a given name, before a surname: "Jan Smith", "June Carter" ("Jan 5", "May 3" are dates)
    nameScore = 600;
    reason = R_NEIGHBOUR;
  } else if (hasPrev && k > 2 && ns > 0 && (cand || afterInitial(k, mode)) && capital && drsList(k)) {
    // a dictionary surname in "Drs. Allen, Baker and Castillo" (the dictionary rule below may leave it a word)
    nameScore = 900;
    reason = R_TITLE;
  } else if (ns > 0 && cand && (d & CONTEXT_WORDS) == 0 && !compound && (ns == 1 || !nationWord(k)) &&
    !(sh == SH_UPPER && mode == MODE_MIXED && rd(tEnd, k) - rd(tStart, k) <= 3) && rd(tEnd, k) - rd(tStart, k) >= 3 &&
    !(hasNext && (rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tEnd, k) == rd(tStart, k + 1) - 1)) {
    const nextName = hasNext && tight(k + 1) && candidate(k + 1, mode) &&
      (nameStr(k + 1) > 0 || (ns > 1 && mode == MODE_MIXED)) && (rd(tShape, k + 1) == sh || mode != MODE_MIXED);
    if (ns == 3) {
      nameScore = mode == MODE_MIXED ? (capital ? 700 : 0) : mode == MODE_CAPS ? 650 : 600;
    } else if (ns == 2) {
      if (mode == MODE_MIXED) nameScore = capital ? (mid ? 600 : nextName ? 600 : 400) : 0;
      // a moderate name alone is reported (0.40); in ALL CAPS only when it is no core English word, and it also
      // catches some clinical vocabulary there ("MAC", "LATA"): the price of names written without titles
      // (in lower case, not after an article: "transferred to the gurney", "a corona of")
      else nameScore = mode == MODE_CAPS && tierOf(d) == 1 ? 300 : articleBefore(k, mode) ? 0 : 400;
    } else {
      // ambiguous English word: capitalised in mid-sentence, or a first name before a surname
      // (a label before a short number is none: "to Ward 7B", "Bay 4", "Stage 3")
      // (before the pronoun "I" it opens a clause: "it was lost, Can I ask")
      if ((mode == MODE_MIXED || mode == MODE_LOWER) && capital && sh == SH_CAP && mid && hasPrev && rd(tShape, k - 1) == SH_LOWER &&
        !(hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) <= 4) &&
        !(hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_INITIAL && byteAt(rd(tStart, k + 1)) == 0x49 &&
          (rd(tEnd, k + 1) >= inLen || byteAt(rd(tEnd, k + 1)) != 0x2e)) && !nationWord(k) && !titleCaseAfter(k, false)) {
        // in lower-case text a lone capital is deliberate: "i saw Mark today"
        nameScore = 450;
      }
      else if (nextName && firstStr(d) > 0 && lastStr(rd(tData, k + 1)) > 0 && capital &&
        (mode != MODE_MIXED || nameStr(k + 1) > 1 ||
          (sh == SH_CAP && (!hasNext2 || rd(tShape, k + 2) != SH_CAP || !tight(k + 2))))) nameScore = 500;
      else if (sh == SH_CAP && mode == MODE_MIXED && firstStr(d) > 0 && givenBefore(k, mid)) nameScore = 500;
    }
    if (nameScore > 0) reason = ns == 1 ? R_CAPITALISED : R_DICTIONARY;
    if (nextName && nameScore > 0 && nameScore < 800) nameScore += 100;
  } else if (ns == 0 && cand && mode == MODE_MIXED && sh == SH_CAP && !mid && tierOf(d) == 0 && hasNext &&
    tight(k + 1) && rd(tShape, k + 1) == SH_CAP && nameStr(k + 1) == 0 && tierOf(rd(tData, k + 1)) == 0 &&
    candidate(k + 1, mode) && (!hasNext2 || rd(tShape, k + 2) == SH_LOWER || !tight(k + 2))) {
    // two unknown capitalised words opening a sentence, followed by lower case: "Tomomi Nishiyama lives at"
    nameScore = 500;
    reason = R_CAPITALISED;
  } else if (ns == 0 && cand && mode == MODE_MIXED && sh == SH_CAP && tierOf(d) == 0 && (d & CONTEXT_WORDS) == 0 && !compound &&
    hasNext2 && tight(k + 1) && isAnd(k + 1) && tight(k + 2) && rd(tShape, k + 2) == SH_CAP && nameStr(k + 2) >= 2 &&
    tierOf(rd(tData, k + 2)) != 1 && candidate(k + 2, mode) && !medicalShape(k)) {
    // an unknown capitalised word joined by "and" to a clear name: "Abramovich and Wilson were", "Kadiev and Adams"
    nameScore = 600;
    reason = R_CAPITALISED;
  } else if (ns == 0 && cand && tierOf(d) == 0 && (d & CONTEXT_WORDS) == 0 && !compound &&
    (mode == MODE_CAPS ? sh == SH_UPPER && rd(tEnd, k) - rd(tStart, k) >= 4 : sh == SH_CAP) && subjectOfVisit(k, mode) && !medicalShape(k)) {
    // an unknown word as the subject of a patient verb: "Kotemones presented to the ED", "Zellnoi is a 55 year old"
    nameScore = 600;
    reason = R_CAPITALISED;
  } else if (hasPrev && k > 2 && (cand || afterInitial(k, mode)) && capital && drsList(k)) {
    // the second and later names of "Drs. Halvorsen and Mbeki", "Drs. Hwang, Petrakis and Ostrowski"
    nameScore = 900;
    reason = R_TITLE;
  } else if (ns == 0 && cand && mode == MODE_MIXED && sh == SH_CAP && !mid && tierOf(d) == 0 && (d & CONTEXT_WORDS) == 0 &&
    hasNext2 && tight(k + 1) && rd(tShape, k + 1) == SH_INITIAL && tight(k + 2) && rd(tShape, k + 2) == SH_CAP &&
    candidate(k + 2, mode) && (nameStr(k + 2) > 0 || tierOf(rd(tData, k + 2)) == 0)) {
    // an unknown capitalised word opening a line or sentence before a middle initial and a name-shaped word: "Mijail
    // C Adomo", "Faina D. Yefremova" (mid-sentence, the pair rule below covers it)
    nameScore = 600;
    reason = R_CAPITALISED;
  } else if (ns == 0 && cand && mode == MODE_MIXED && sh == SH_CAP && mid && (d & CONTEXT_WORDS) == 0 && !compound &&
    !(hasNext && (rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tEnd, k) == rd(tStart, k + 1) - 1)) {
    // a capitalised word that is no English word and no dictionary entry, in mid-sentence: a proper noun. Two in a
    // row ("Tomomi Nishiyama") are most likely a person; one with non-ASCII letters most likely a foreign name.
    let nonAscii = false;
    for (let i = rd(tStart, k); i < rd(tEnd, k); i++) if (byteAt(i) >= 0x80) nonAscii = true;
    // Spanish nouns in -ía ("Urología", "Ecografía", "Cirugía") are specialties and tests, not unknown names
    if (nonAscii && endsIa(k)) nonAscii = false;
    // (and so are words of Spanish spelling: an accent three syllables from the end, "Próstata", "Pediátrica",
    // "Área"; or the endings -ción, -sión, "Prevención")
    if (nonAscii && spanishWordShape(k)) nonAscii = false;
    // (not before a service word: "the Bariatric Center", "to Postanesthesia Care Unit")
    let pair = hasNext && tight(k + 1) && rd(tShape, k + 1) == SH_CAP && candidate(k + 1, mode) && !titleCaseAfter(k, true) &&
      !innerCapital(k + 1);
    if (!pair && hasNext2 && rd(tShape, k + 1) == SH_INITIAL && tight(k + 2) && rd(tShape, k + 2) == SH_CAP &&
      candidate(k + 2, mode)) pair = true;
    nameScore = pair ? 600 : nonAscii ? 450 : 300;
    // (not even a guess before a service word: "the Bariatric Center", "to Postanesthesia Care Unit")
    if (!pair && titleCaseAfter(k, true) && (medicalShape(k) || endsWithAny(k, SERVICE_ADJ_ENDINGS, 3))) nameScore = 0;
    // (nor a brand in camel case or before one: "Prevacid SoluTab")
    if (innerCapital(k) || (hasNext && tight(k + 1) && innerCapital(k + 1))) nameScore = 0;
    reason = R_CAPITALISED;
  }
  return nameScore | (reason << 16);
}

// lower-case words that may follow a town's postcode in a sentence ("lives in Boston 02114 with her son")
const AFTER_POSTCODE = "\u0002in\u0003and\u0004with\u0003for\u0002to\u0002on\u0002at\u0005since\u0005until\u0004last\u0005where\u0005which\u0004from\u0004area\u0002is\u0003was";

/**
 * (stop 29) Tokens f..t are a town just decided; a postcode follows it on the same line: four or five digits (four that
 * could be a year, 19xx or 20xx, are left to the date rules: "born in Dallas 1948"), Swedish "114 55", Portuguese
 * "3610-114", Dutch "3511 AB". The number must close the clause or go on with a preposition or conjunction, so counts
 * and distances stay out ("Boston 2000 miles", "Quincy 10000 units"). Returns the postcode's last token, or 0.
 */
/** (stop 30) A number after token t, or a state's two-letter code and a number ("boston ma 02118"). */
function numberOrStateNext30(t: u32): bool {
  return rd(tShape, t + 1) == SH_NUM || t + 2 < count && rd(tShape, t + 2) == SH_NUM && (rd(tData, t + 1) & F_STATE) != 0;
}

function postcodeAfterTown(f: u32, t: u32): u32 {
  let n = t + 1;
  if (!tight(n)) return 0;
  // (stop 30) a state's two-letter code between the town and its ZIP, as chat writes it: "i live in boston ma 02118"
  if (rd(tEnd, n) - rd(tStart, n) == 2 && (rd(tData, n) & F_STATE) != 0 && n + 1 < count && tight(n + 1) &&
    rd(tShape, n + 1) == SH_NUM && rd(tEnd, n + 1) - rd(tStart, n + 1) == 5) n = n + 1;
  const s = rd(tStart, n);
  const len = rd(tEnd, n) - s;
  // (a postcode other than a ZIP's five digits needs the town in a place's frame, a preposition or a line's or field's
  // start before it: "an ecógrafo Hitachi 8500" is a device's model)
  if (len != 5 && !((rd(tGap, f) & (G_START | G_NEWLINE | G_COMMA | G_COLON)) != 0 ||
    (f > 0 && exists(f - 1) && wordIn(f - 1, "\u0002in\u0002to\u0004from\u0004near\u0002at\u0002of\u0002en\u0002de")))) return 0;
  let last = n;
  if (len == 3) {
    // "114 55"
    if (n + 1 >= count || rd(tShape, n + 1) != SH_NUM || !tight(n + 1) || rd(tEnd, n + 1) - rd(tStart, n + 1) != 2) return 0;
    last = n + 1;
  } else if (len == 4 || len == 5) {
    if (len == 4 && ((byteAt(s) == 0x31 && byteAt(s + 1) == 0x39) || (byteAt(s) == 0x32 && byteAt(s + 1) == 0x30))) return 0;
    if (n + 1 < count && (rd(tGap, n + 1) & G_HYPHEN) != 0 && rd(tShape, n + 1) == SH_NUM && rd(tEnd, n + 1) - rd(tStart, n + 1) == (len == 4 ? 3 : 4) &&
      rd(tStart, n + 1) == rd(tEnd, n) + 1) last = n + 1;
    else if (len == 4 && n + 1 < count && tight(n + 1) && rd(tShape, n + 1) == SH_UPPER && rd(tEnd, n + 1) - rd(tStart, n + 1) == 2 &&
      (rd(tData, n + 1) & F_STATE) == 0) last = n + 1;
  } else return 0;
  // (a decimal or a time is no postcode: "Boston 2000.5", "Paris 1030:")
  const e = rd(tEnd, last);
  if (e >= inLen) return last;
  const b = byteAt(e);
  if ((b == 0x2e || b == 0x3a || b == 0x2c) && e + 1 < inLen && byteAt(e + 1) >= 0x30 && byteAt(e + 1) <= 0x39) return 0;
  if (b == 0x25 || b == 0x2f) return 0;
  if (closesClause(punctAfter(e))) return last;
  if (last + 1 >= count) return 0;
  const g = rd(tGap, last + 1);
  if ((g & (G_NEWLINE | G_COMMA | G_SENT | G_COLON | G_FAR)) != 0) return last;
  return rd(tShape, last + 1) == SH_LOWER && wordIn(last + 1, AFTER_POSTCODE) ? last : 0;
}

// the second words of towns named for a feature ("Dunmore Falls", "Westbury Ridge", "Holloway Springs", "Tullis Point")
// (round 17: "Verdigre Flats", "Tazley Station", "Tobbin Corner"; stop 26: "Watertown Square"; stop 31: "Cedar Shoals",
// "Ocotillo Buttes", "Cedar River", "Pine Lakes", "Twin Oaks", "Glen Haven"; TOWN_SUFFIXES_27 has "Prairie", "Rapids")
const TOWN_SUFFIXES = "\u0006square\u0005flats\u0007station\u0006corner\u0003gap\u0005forge\u0004glen\u0004cove\u0004bend\u0005ferry\u0005notch\u0006shores\u0005pines\u0005woods\u0005falls\u0005ridge\u0007springs\u0007heights\u0005hills\u0005point\u0008junction\u0005mills\u0006harbor\u0007harbour\u0005beach\u0006valley\u0007village\u0005creek\u0005grove\u0007landing\u0006plains\u0008crossing\u0008township\u0007corners\u0006hollow\u0007meadows\u0005bluff\u0006bluffs\u0007narrows\u0005forks\u0006shoals\u0006buttes\u0005butte\u0005river\u0006rivers\u0005lakes\u0004oaks\u0007estates\u0005haven\u0004mesa\u0006summit";

/**
 * Token k, a town just decided, is followed by a feature word that ends the town's name, in the same letter case and
 * right after it ("HE LIVES IN DUNMORE FALLS WITH", "Tyrone Moody of Holloway Springs", "live in westbury ridge"),
 * not by a facility's, organisation's or street's word after that ("Westbury Ridge Medical Group", "Holloway Springs
 * Clinic", "Dunmore Ridge Road" are the facility and street rules').
 */
function townSuffix(k: u32, sh: u32): bool {
  const n = k + 1;
  if (!tight(n) || rd(tShape, n) != sh || !wordIn(n, TOWN_SUFFIXES)) return false;
  // (a longer name the town ends, begun right before it, is the facility walk's: "CHRISTUS SANTA ROSA WESTOVER HILLS")
  if (k > 0 && exists(k - 1) && tight(k) && rd(tDone, k - 1) != 0) return false;
  if (n + 1 >= count) return pos >= inLen;
  const nd = rd(tData, n + 1);
  return !(tight(n + 1) && ((nd & (F_FACILITY | F_FAC_MOD | F_STREET | F_STREET_ABBR | F_UNIT)) != 0 || rd(tMw2, n + 1) != 0));
}

// endings of roles and specialties written in brackets after a clinician ("(Hospitalist)", "(Pediatrician)",
// "(Intensivist)", "(Orthopedics)"): no practice
const ROLE_ENDINGS = "\u0003ist\u0003ian\u0003ics\u0003ine\u0003ery";

/**
 * A clinician's practice or hospital in brackets right after the clinician's name or credential: "Ezekiel
 * Carrasquillo, MD (Eastgate GI)", "Dr. Philippa Long (Joslyn-Hart)", "BARNABY KEANE, M.D. (KESSINGTON GI
 * ASSOCIATES)". Token k opens the bracket; its first word is one no word list has (4 letters or more, no place, no
 * medical or role ending: "(Hospitalist)", "(Cardiology)", "(Internal Medicine)" stay words; a town alone is the place
 * rule's), and at most four capitalised words, joined by blanks or a hyphen, close the bracket (an organisation head
 * among them types it an organisation). Writes the LOCATION and returns true.
 */
function clinicianAffiliation(k: u32, sh: u32): bool {
  const p = k - 1;
  if ((rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || !(rd(tDone, p) == ENTITY_NAME || (rd(tData, p) & F_CRED) != 0 ||
    (rd(tShape, p) == SH_INITIAL && p > 0 && exists(p - 1) && dottedCred(p - 1)))) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_TITLE | F_CUE | F_CRED | F_MONTH | F_STATE | F_COUNTRY)) != 0 || tierOf(d) != 0 || placeStr(d) != 0 ||
    rd(tEnd, k) - rd(tStart, k) < 4 || medicalShape(k) || endsWithAny(k, ROLE_ENDINGS, 3)) return false;
  // (a word in capitals in mixed case is an acronym, most often clinical: "(SIADH)", "MT (ASCP)"; in ALL CAPS the
  // practice needs a second word: "(KESSINGTON GI ASSOCIATES)")
  const caps = sh == SH_UPPER;
  // (in ALL CAPS a word of four letters may be a hospital's acronym, whose service after it is no part of its name:
  // "MD (NSUH GI)" is hospitalAcronym()'s)
  if (caps && (modeAt(k) != MODE_CAPS || rd(tEnd, k) - rd(tStart, k) < 5)) return false;
  let m = k;
  let org = false;
  for (let n: u32 = 0; n < 4; n++) {
    if ((rd(tData, m) & F_ORG) == F_ORG) org = true;
    if (punctAfter(rd(tEnd, m)) == 0x29) {
      if (caps && m == k) return false;
      spanDone(rd(tStart, k), rd(tEnd, m), ENTITY_LOCATION, 700, org ? R_ORGANIZATION : R_FACILITY, k, m);
      return true;
    }
    const n1 = m + 1;
    if (n1 >= count || !(tight(n1) || rd(tGap, n1) == G_HYPHEN)) return false;
    const ns = rd(tShape, n1);
    if (!(ns == sh || ns == SH_UPPER) || (rd(tData, n1) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
    m = n1;
  }
  return false;
}

// the first words of towns named for where they lie ("Port Washburn", "Upper Tolland", "North Hadley", "Fort Lee",
// "NEW CORVATH"; townPrefix() and caps17's capsTownPrefix())
const TOWN_PREFIXES = "\u0003new\u0004port\u0005upper\u0005lower\u0005north\u0005south\u0004east\u0004west\u0004fort\u0005mount\u0002mt\u0004lake\u0005great\u0006little";

/**
 * Town k (a city the place rule writes) is named with a first word of TOWN_PREFIXES right before it, of its own case
 * and not yet decided: "Diabetes Center, 901 Harbor Drive, Port Washburn", "Smilecrest Dental in Upper Tolland", "(NORTH
 * HADLEY)". Not after a title or a name ("Lake" and "West" are surnames too: "Dr. Lake Tolland" is the place rule's
 * business only when Tolland wins), nor a sentence's first word in mixed case ("North Conway" at a sentence start is
 * still read: the prefix's capital is what the sentence gives it, so the pair must not be the sentence's start).
 */
function townPrefix(k: u32, sh: u32): bool {
  if (k == 0 || !exists(k - 1) || !tight(k) || rd(tDone, k - 1) != 0 || rd(tShape, k - 1) != sh || !wordIn(k - 1, TOWN_PREFIXES)) return false;
  if (sh == SH_CAP && sentenceStart(k - 1)) return false;
  return !(k >= 2 && exists(k - 2) && tight(k - 1) && ((rd(tData, k - 2) & F_TITLE) != 0 || rd(tDone, k - 2) == ENTITY_NAME));
}

/**
 * A town no list has, named with a feature word, after "in"/"from"/"near" where a residence, visit or origin frame (or a
 * person or place just found) introduces it and its phrase ends after it: "She lives in Brisk Creek with her husband",
 * "LIVES IN KESTLER GAP WITH WIFE". The first word is no core English word, no name or context word and no medical
 * term ("in Deep Creek", "in Renal Clinic" stay). Writes the town and returns true.
 */
function framedSuffixTown(k: u32, sh: u32): bool {
  const n = k + 1;
  if (!tight(k) || !tight(n) || rd(tShape, n) != sh || !townPreposition(k - 1) || !wordIn(n, TOWN_SUFFIXES)) return false;
  const d = rd(tData, k);
  if (tierOf(d) == 1 || (d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || rd(tEnd, k) - rd(tStart, k) < 4 || medicalShape(k)) return false;
  if (!phraseEndsAfter(n)) return false;
  span(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 600, R_CITY);
  wr(tDone, k, 0xff);
  wr(tDone, n, 0xff);
  return true;
}

// words before a month alone that make it a date ("last March", "next June", "RTC Sept", "by Oct"); "in", "since" and
// the other prepositions of time are decide()'s own month rule
const MONTH_CUES = "\u0004last\u0004next\u0004this\u0003rtc\u0006before\u0005after\u0002by";

/**
 * A month name or abbreviation alone (token k) as a date element: after a word of MONTH_CUES ("A1c last Oct 7.2",
 * "Seen last March", "RTC June", "F/U BY SEPT."), or opening a parenthesis before its colon, as a lab's earlier value is
 * dated ("Hgb 9.1 (Oct: 9.6)"). "may" after a cue only where its clause ends ("RTC MAY."; "this may help", "AFTER MAY
 * BE" are the modal), and not before a number (the DATE scanner's "Oct 7, 2070"). Writes the DATE and returns true.
 */
function monthAfterCue(k: u32, sh: u32, mode: u32): bool {
  if (k == 0 || !exists(k - 1)) return false;
  const e = rd(tEnd, k);
  const s = rd(tStart, k);
  // "(Oct: 9.6)": the parenthesis glued before, the colon glued after
  let ok = punctBefore(s) == 0x28 && punctAfter(e) == 0x3a && sh != SH_LOWER;
  if (!ok) {
    if (!(sh == SH_CAP || (sh == SH_UPPER && mode == MODE_CAPS) || (sh == SH_LOWER && mode == MODE_LOWER)) || !tight(k) ||
      !wordIn(k - 1, MONTH_CUES)) return false;
    // (a day after it is the DATE scanner's: "Oct 7, 2070"; a value is none: "last Oct 7.2")
    if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == SH_NUM && rd(tEnd, k + 1) - rd(tStart, k + 1) <= 2 &&
      !(rd(tEnd, k + 1) < inLen && byteAt(rd(tEnd, k + 1)) == 0x2e && rd(tEnd, k + 1) + 1 < inLen &&
        byteAt(rd(tEnd, k + 1) + 1) >= 0x30 && byteAt(rd(tEnd, k + 1) + 1) <= 0x39)) return false;
    // (in lower case "dec" and "mar" are also "decreased" and the medication record: "dec by 2", "per mar")
    ok = (!wordIn(k, "\u0003may") || breakAfter(k)) && !(sh == SH_LOWER && wordIn(k, "\u0003dec\u0003mar"));
  }
  if (!ok) return false;
  span(s, e, ENTITY_DATE, 600, REASON_DATE_CUE);
  wr(tDone, k, 0xff);
  return true;
}

// greetings before a caller or writer names themself ("hello, this is ngozi", "HI, THIS IS GRACE FROM ...")
const GREETINGS = "\u0002hi\u0005hello\u0003hey\u0007morning\u0009afternoon\u0007evening";

/**
 * A caller or writer naming themself: "this is" and a given name or a word no list has (token k), after a greeting or
 * opening the line or sentence, closing its clause or before "from", "calling", "with", "at" ("hello, this is ngozi (mom
 * of ...)", "HI, THIS IS GRACE FROM DR. LEE'S OFFICE", "This is Kotemone calling about"). A core word only as a given
 * name and only before "from" or "calling", never a modal, month or clinical word ("this is fine.", "this is may",
 * "this is urgent"). The name wins over a
 * town of the same spelling. Writes the NAME and returns true.
 */
function thisIsName(k: u32, sh: u32): bool {
  if (!tight(k) || !tight(k - 1) || !wordIn(k - 1, "\u0002is") || !wordIn(k - 2, "\u0004this")) return false;
  const t = k - 2;
  if (!((rd(tGap, t) & (G_NEWLINE | G_START | G_SENT)) != 0 || (t > 0 && exists(t - 1) && wordIn(t - 1, GREETINGS)))) return false;
  const d = rd(tData, k);
  const len = rd(tEnd, k) - rd(tStart, k);
  if ((d & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0 || len < 3 || wordIn(k, MODAL_WORDS) || medicalShape(k)) return false;
  if (!((nameStr(k) > 0 && (tierOf(d) != 1 || firstStr(d) > 0)) || tierOf(d) == 0)) return false;
  let last = k;
  // a surname after the given name ("this is maria gonzalez from")
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh && lastStr(rd(tData, k + 1)) > 0 && tierOf(rd(tData, k + 1)) != 1 &&
    (rd(tData, k + 1) & (F_NOT_NAME | CONTEXT_WORDS)) == 0) last = k + 1;
  // (a core word closes no clause as a name: "this is fine."; before "from" or "calling" it is one: "THIS IS GRACE FROM")
  const from = last + 1 < count && tight(last + 1) && wordIn(last + 1, "\u0004from\u0007calling\u0004with\u0002at");
  if (!(from || (breakAfter(last) && (tierOf(d) != 1 || last > k)))) return false;
  span(rd(tStart, k), rd(tEnd, last), ENTITY_NAME, 750, R_CUE);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/** Runs the detector until the input is consumed or the output region is nearly full; returns findings written. */
export function namesNext(): u32 {
  if (finished) return outCount;
  while (outCount < limit) {
    // decide a token once LOOK_AHEAD tokens of look-ahead exist, and every token left at the end of the input
    // (one call site: step() is inlined, and a second copy of its body cost 4 KB of the binary)
    const more = pushToken();
    const upTo = more ? (count > LOOK_AHEAD ? count - LOOK_AHEAD : 0) : count;
    while (decided < upTo) step(decided++);
    if (!more) {
      flush();
      finished = true;
      return outCount;
    }
  }
  return outCount;
}

// ---- Tenth clinical round (fixture 6): dictation footers, a doctor by one letter, hospital acronyms by where ----
// (self-contained: dictationPair, dictationDateOnLine, footInitials, titleLetter, acronymWhere)

// the date labels of a dictation footer ("DD: 12/01/04 TD: 12/02/04", "D: 03/04/68 T: 03/05/68")
const DICTATION_DATES = "\u0001d\u0002dd\u0001t\u0002td\u0002dt";
// the labels that may follow the initials on their line ("MO/dfs   D: 03/22/71", "BO:kfw  Job: 00481223")
const DICTATION_NEXT = "\u0001d\u0002dd\u0001t\u0002td\u0002dt\u0003job\u0005batch";

/**
 * A dictation date label with its date on the line of token j, at or before j: walks back at most 14 tokens to the
 * line's first ("DD: 04/13/69  TD: 04/14/69 10:02 A"). The label's colon and the date's first number must be on one
 * line ("D :\n04/15/98" is a stacked header, read by initialsPair's own tests), and the date joined by '/' or '-' ("T:
 * 98.6" is a temperature).
 */
function dictationDateOnLine(j: u32): bool {
  for (let n: u32 = 0; n < 14; n++) {
    if (!exists(j)) return false;
    if (j + 2 < count && rd(tShape, j + 1) == SH_NUM && (rd(tGap, j + 1) & (G_COLON | G_NEWLINE)) == G_COLON &&
      rd(tShape, j + 2) == SH_NUM && rd(tStart, j + 2) == rd(tEnd, j + 1) + 1 &&
      (byteAt(rd(tEnd, j + 1)) == 0x2f || byteAt(rd(tEnd, j + 1)) == 0x2d) && wordIn(j, DICTATION_DATES)) return true;
    // (fifteenth round) or the verb and its date: "dictated 3/9/66   WAF:sml"
    if (dictatedDate(j)) return true;
    if (lineStart(j) || j == 0) return false;
    j--;
  }
  return false;
}

/** Between tokens a and b: one '/' and blanks only ("RZ / mk", "Kroft / akroft2"). */
function oneSlashBetween(a: u32, b: u32): bool {
  let slash: u32 = 0;
  for (let i = rd(tEnd, a); i < rd(tStart, b); i++) {
    const c = byteAt(i);
    if (c == 0x2f) slash++;
    else if (c != 0x20) return false;
  }
  return slash == 1;
}

/**
 * Between the halves of a dictation pair (tokens k and n): one '/' and blanks, or one ':' glued to both halves ("TR:
 * pn" is the transcription label and its initials).
 */
function pairSeparator(k: u32, n: u32): bool {
  let marks: u32 = 0;
  let colon = false;
  for (let i = rd(tEnd, k); i < rd(tStart, n); i++) {
    const b = byteAt(i);
    if (b == 0x2f) marks++;
    else if (b == 0x3a) {
      marks++;
      colon = true;
    } else if (b != 0x20) return false;
  }
  // (the colon glued to both halves, or only to the second as tokenised exports write it: "BO:kfw", "BO :kfw")
  return marks == 1 && !(colon && byteAt(rd(tStart, n) - 1) != 0x3a);
}

/**
 * Transcription initials on a dictation footer: the author's capitals, one slash or colon, the transcriptionist's
 * letters (capitals in ALL CAPS), 2-3 letters each, ending the line or a column, after the dictation dates on the same
 * line or on the line above ("D: 05/06/72  T: 05/06/72  RHR/PS", "TD: 04/14/69 10:02 A\nBH/rkt"), or before them
 * ("MO/dfs   D: 03/22/71", "BO:kfw  Job: 00481223"). Token k is the upper-case half; initialsAt() writes.
 */
function dictationPair(k: u32, caps: bool): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  if (len < 2 || len > 3 || k + 1 >= count || k == 0) return false;
  const n = k + 1;
  const nl = rd(tEnd, n) - rd(tStart, n);
  if (rd(tShape, n) != (caps ? SH_UPPER : SH_LOWER) || nl < 2 || nl > 3 || (rd(tData, n) & F_CRED) != 0) return false;
  if (!pairSeparator(k, n)) return false;
  const e = rd(tEnd, n);
  if ((initialsEnd(e) || jobNext(k)) && dictationDateOnLine(k - 1)) return true;
  return eleventhPair(k, n, e, caps);
}

/**
 * Initials alone at the end of a line (token k, 2-3 letters; the caller has checked the line end): after "--" opening
 * a line ("-- KLM" under a telephone note), or after a signature's credential and a slash ("J. MAHONEY RN / JM",
 * "Venkatraman, M.D. / av"). Writes the NAME and returns true, or returns false. (The letters after an "eScription
 * document:" number are the transcription system's code, left alone as fixture 1 labels them.)
 */
function footInitials(k: u32, sh: u32): bool {
  const d = rd(tData, k);
  if ((d & (F_CRED | F_ALLOW | F_TITLE)) != 0) return false;
  let ok = false;
  const s = rd(tStart, k);
  if (s >= 3 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x2d && byteAt(s - 3) == 0x2d && (lineStart(k) || afterSentence(s - 3))) {
    // "-- KLM" signing a note, on a line of its own or after the last sentence ("... Dr. Vermeulen. -- tjm"); a core
    // English word in lower case is prose ("-- see above"), so are two lower-case letters ("-- ok", "-- pt") and the
    // shorthand of orders and chat ("-- prn", "-- thx")
    ok = sh == SH_UPPER || (tierOf(d) == 0 && (lineStart(k) || rd(tEnd, k) - s == 3) && !wordIn(k, FOOT_NOT_INITIALS));
  } else if (!lineStart(k) && exists(k - 1)) {
    // "RN / JM", "M.D. / av": one slash and blanks after a credential
    let slash: u32 = 0;
    for (let i = rd(tEnd, k - 1); i < s; i++) {
      const b = byteAt(i);
      if (b == 0x2f) slash++;
      else if (b != 0x20 && !(b == 0x2e && i == rd(tEnd, k - 1)) && !(b == 0x2d && i + 1 == s)) return false;
    }
    ok = slash == 1 && byteAt(s - 1) == 0x20 && ((rd(tShape, k - 1) == SH_UPPER && (rd(tData, k - 1) & F_CRED) != 0) ||
      (k >= 2 && exists(k - 2) && dottedCred(k - 2)) || (sh == SH_UPPER && signerBefore(k)));
    // (round 17) a signer's initials closing a line after a sentence: a flowsheet row's ("0400  VS 97.9 ... 350 ML.  JLM"),
    // or glued to one dash at a reviewed note's end ("Agree with plan. -CO")
    if (!ok && sh == SH_UPPER && slash == 0) ok = rowInitials(k, s);
  }
  if (!ok) return false;
  span(s, rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 17) In ALL CAPS, token k alone is the value of a role's field after its colon, closing the field (a column gap,
 * the line's end, a credential): "SURGEON: HALVERSON   PROCEDURE: L CATARACT", "ATTENDING: OKONJO\n". A surname of the
 * lists that is no core English word, or a word of five letters or more that no list has and no medical shape;
 * "SURGEON: NONE", "ATTENDING: PENDING", "PCP: UNKNOWN", "ATTENDING: MICU" take nothing.
 */
function capsRoleSurname(k: u32): bool {
  const p = k - 1;
  if ((rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || (rd(tData, p) & F_CUE) == 0 || (rd(tData, p) & F_TITLE) != 0) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || medicalShape(k)) return false;
  const t = tierOf(d);
  if (!((nameStr(k) > 0 && t != 1) || (t == 0 && rd(tEnd, k) - rd(tStart, k) >= 5)) || !fieldEndsAfter(k, MODE_CAPS)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 17) In lower-case text, token k ends a town (one or two words) that a state code after a comma and a ZIP
 * follow, closing the line or phrase: "pell harbor, me 04218", "brecksville glen, oh 44141\n", "bayou chenaie, la
 * 70394 (parish)". The ZIP makes the state code one ("me", "oh", "or", "in" are words).
 * A function word, a number or a clinical word is no town ("given heparin, in 30000 units").
 */
function lowerTownStateZip(k: u32): bool {
  const st = k + 1;
  const z = k + 2;
  if ((rd(tGap, st) & G_COMMA) == 0 || (rd(tGap, st) & (G_NEWLINE | G_SENT | G_OTHER)) != 0 || rd(tEnd, st) - rd(tStart, st) != 2 ||
    rd(tShape, st) != SH_LOWER || !tight(z) || rd(tShape, z) != SH_NUM || rd(tEnd, z) - rd(tStart, z) != 5) return false;
  // only the state codes that are words, which the "City, ST" rule refuses in lower case (lowerCityZip): that rule
  // takes "newton, ma 02466" without the code; "id", "md" and "ms" stay an identifier's label and credentials
  // ("interpreter arabic, id 40172", "smith, md 12345")
  if (!wordIn(st, "\u0002in\u0002or\u0002me\u0002ok\u0002hi\u0002oh\u0002la\u0002pa\u0002de\u0002al\u0002co")) return false;
  const ze = rd(tEnd, z);
  if (ze < inLen) {
    const b = byteAt(ze);
    // (the ZIP closes the line or phrase, or a parenthesis follows: "tired, or 12345 times" is prose)
    if (!(b == 0x0a || b == 0x0d || b == 0x29 || b == 0x2c || b == 0x2e || b == 0x3b || b == 0x09 ||
      (b == 0x2d && ze + 1 < inLen && byteAt(ze + 1) >= 0x30 && byteAt(ze + 1) <= 0x39) ||
      (b == 0x20 && ze + 1 < inLen && byteAt(ze + 1) == 0x28))) return false;
  }
  if (!lowerTownWord(k)) return false;
  let f = k;
  if (k > 0 && exists(k - 1) && tight(k) && rd(tShape, k - 1) == SH_LOWER && rd(tDone, k - 1) == 0 && lowerTownWord(k - 1)) f = k - 1;
  // (a town of one core English word needs a place's strength: "tired, or 12345.")
  if (f == k && tierOf(rd(tData, k)) == 1 && placeStr(rd(tData, k)) == 0) return false;
  spanDone(rd(tStart, f), ze, ENTITY_LOCATION, 800, R_ADDRESS, k, z);
  return true;
}

/** Token m may be a word of a town's name in lower-case text: three letters or more, no function word or clinical word. */
function lowerTownWord(m: u32): bool {
  const d = rd(tData, m);
  return rd(tEnd, m) - rd(tStart, m) >= 3 && (d & (F_NOT_NAME | F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT)) == 0 &&
    !wordIn(m, NAME_FUNCTION_WORDS) && !wordIn(m, NAME_DETERMINERS) && !medicalShape(m);
}

// a county's offices and services named after it (round 17): one word, or the first of two
const COUNTY_BODY_1 = "\u0003ems\u0007sheriff\u0009sheriff's\u0006police\u0004fire\u0007coroner\u0009coroner's\u0004jail\u0007schools\u0009constable";
const COUNTY_BODY_2 = "\u0008regional\u000aprocessing\u0006animal\u0007medical\u0006public\u0006social\u0007housing\u0006health\u0008mosquito\u0009detention\u000bcorrections\u000ccorrectional\u0008juvenile\u0006family\u0005child\u000achildren's\u0008children";
// the second word after COUNTY_BODY_2's, or after COUNTY_BODY_1's ("Sheriff's Office", "Fire Rescue")
const COUNTY_BODY_END = "\u0004jail\u0006office\u000adepartment\u0004dept\u0006rescue\u0008district\u0007control\u0007shelter\u0008examiner\u000aexaminer's\u0007schools\u0008defender\u0008services\u0009authority\u0006center\u0008facility\u0007library\u0005court\u0008division\u0006agency";

/**
 * (round 17) A county just found at token k is followed, in its letter case, by one of its own offices or services:
 * "Allegrane County Sheriff's Office", "HARLOW COUNTY ANIMAL CONTROL", "Brisk County Fire Rescue", "Kent County
 * Medical Examiner", "Essex County Public Schools". Returns the office's last token (within k + 2), or 0 ("Calvert
 * County police" in mixed case, "Calvert County. Police", "Calvert County Animal" take nothing).
 */
function countyBodyEnd(k: u32, sh: u32): u32 {
  const n = k + 1;
  if (!tight(n) || rd(tShape, n) != sh) return 0;
  const two = n + 1 < count && tight(n + 1) && rd(tShape, n + 1) == sh && wordIn(n + 1, COUNTY_BODY_END);
  if (wordIn(n, COUNTY_BODY_1)) return two ? n + 1 : n;
  return two && wordIn(n, COUNTY_BODY_2) ? n + 1 : 0;
}

/**
 * (round 17) Token k (capitals, after one slash: footInitials' test) follows a signer: a name just found ends right
 * before the slash ("Triage RN: K. Abernathy-Soto / KAS", "L. OKAFOR / LO"), or a hyphenated credential does ("ISADORA
 * VELLACOTT, PA-C / IV"). A word of the never-a-name, unit or month lists is none ("Dr. Ames / ICU").
 */
function signerBefore(k: u32): bool {
  if ((rd(tData, k) & (F_NOT_NAME | F_UNIT | F_MONTH | F_STREET)) != 0) return false;
  const p = k - 1;
  if (pType == ENTITY_NAME && pEnd == rd(tEnd, p)) return true;
  // "PA-C", "NP-C", "FNP-BC": a credential, a hyphen and a letter or two
  return p >= 2 && exists(p - 1) && rd(tEnd, p) - rd(tStart, p) <= 2 && rd(tStart, p) == rd(tEnd, p - 1) + 1 &&
    byteAt(rd(tEnd, p - 1)) == 0x2d && (rd(tData, p - 1) & F_CRED) != 0 && rd(tShape, p - 1) == SH_UPPER;
}

/**
 * (round 17) Token k (2-3 capitals ending its line; bytes from s) signs a line after its last sentence: after a period
 * and two blanks on a row that opens with a clock time ("0615  PT C/O NAUSEA, ZOFRAN 4 MG IV GIVEN.  JLM"), or glued
 * to one dash after a blank and a sentence's end ("Reviewed 12/28 11:05. Agree with plan. -CO"). Letters no word list
 * has, or a state code's two letters; never a listed abbreviation of findings or orders ("...  NAD", ". -SOB").
 */
function rowInitials(k: u32, s: u32): bool {
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | F_UNIT | F_MONTH | F_STREET | F_CRED)) != 0 || wordIn(k, FOOT_NOT_INITIALS) ||
    !(bareInitials(k) || (d & F_STATE) != 0 && rd(tEnd, k) - s == 2)) return false;
  if (s >= 3 && byteAt(s - 1) == 0x2d && byteAt(s - 2) == 0x20) return afterSentence(s - 1);
  if (s < 8 || byteAt(s - 1) != 0x20 || byteAt(s - 2) != 0x20 || !afterSentence(s)) return false;
  // the row's clock time: four digits opening the line, a blank after them (at most 240 bytes back)
  let j = s;
  const lo: u32 = s > 240 ? s - 240 : 0;
  while (j > lo && byteAt(j - 1) != 0x0a) j--;
  if ((j == lo && lo > 0 && byteAt(j - 1) != 0x0a) || j + 5 > s) return false;
  for (let i: u32 = 0; i < 4; i++) if (byteAt(j + i) < 0x30 || byteAt(j + i) > 0x39) return false;
  return byteAt(j + 4) == 0x20 && byteAt(j) <= 0x32 && byteAt(j + 2) <= 0x35;
}

/**
 * decide()'s first tests for the tenth round's rules, out of its body: initials alone ending a line of a note's foot
 * ("-- KLM", "-- tjm RN", "RN / JM"; not in step(): a test in step's inlined body slowed every token by some 3%), a user name after
 * its label's colon ("(user: dachebe)"), a doctor named by one letter ("Dr. Q who agrees"). Returns true when one wrote.
 */
function tenthRound(k: u32, sh: u32, mode: u32): bool {
  // (stop 37: the initials of the name just signed, "JOLENE HEBERT, RN   JH", "DICTATED BY WOLFGANG ERIKSEN, MD. WE/BJH")
  if ((sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) && rd(tEnd, k) - rd(tStart, k) - 2 <= 1 && (sigEnd != 0 || pType == ENTITY_NAME) &&
    signerInitials37(k)) return true;
  if ((sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) && rd(tEnd, k) - rd(tStart, k) - 2 <= 1 && k + 2 < count &&
    initialsBeforeName37(k, sh)) return true;
  // (the eleventh round's staff initials: "Technologist: KLR")
  if (sh == SH_UPPER && (rd(tGap, k) & G_COLON) != 0 && staffInitials(k, mode)) return true;
  if ((sh == SH_UPPER || sh == SH_LOWER) && rd(tEnd, k) - rd(tStart, k) - 2 <= 1 &&
    (footEnd(k) || (k + 1 < count && credAt(k + 1, MODE_CAPS) && blanksOnly(k, k + 1) && footEnd(k + 1))) && footInitials(k, sh)) return true;
  if (sh == SH_LOWER && ((rd(tGap, k) & G_COLON) != 0 || tierOf(rd(tData, k)) == 0 && k > 0 && exists(k - 1) && tight(k) &&
    wordIn(k - 1, USER_LABELS)) && userName(k, sh)) return true;
  // (lower-case text: "white , grant e" ending its field)
  if (mode == MODE_LOWER && sh == SH_LOWER && k + 2 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && lowerLastFirstInitial(k)) return true;
  // (lower-case text: "bh/rkt" under the dictation dates, "mo/dfs   d: 03/22/71")
  if (mode == MODE_LOWER && sh == SH_LOWER && rd(tEnd, k) - rd(tStart, k) - 2 <= 1 && k + 1 < count && rd(tShape, k + 1) == SH_LOWER &&
    lowerDictationPair(k)) {
    initialsAndTail(k, ENTITY_NAME, 600, R_INITIAL);
    return true;
  }
  if (sh != SH_INITIAL || !titleLetter(k, mode)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 800, R_TITLE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// lower-case shorthand that may end a line after "--": orders, findings, chat
const FOOT_NOT_INITIALS = "\u0003prn\u0003bid\u0003tid\u0003qid\u0003qhs\u0003qod\u0003npo\u0003sob\u0003nad\u0003wnl\u0003abd\u0003neg\u0003pos\u0003thx\u0003lol\u0003tbd\u0003etc\u0003asa\u0004stat\u0002ok\u0002pt\u0002na";

/** Only blanks between byte i and the end of a sentence before it: ". ", "! ", "?  " (the byte before i is a blank). */
function afterSentence(i: u32): bool {
  if (i < 2 || byteAt(i - 1) != 0x20) return false;
  let j = i - 1;
  while (j > 0 && byteAt(j) == 0x20) j--;
  const b = byteAt(j);
  return b == 0x2e || b == 0x21 || b == 0x3f;
}

/** Token k ends its line (or the input). */
function footEnd(k: u32): bool {
  const e = rd(tEnd, k);
  return e >= inLen || byteAt(e) == 0x0a || byteAt(e) == 0x0d;
}

// words in capitals that may follow a doctor named by one letter ("DR. Q ON 04/02", "DR K WHO AGREES")
const CAPS_AFTER_LETTER =
  "\u0002on\u0003who\u0002is\u0003was\u0002at\u0002to\u0003for\u0002in\u0004will\u0003has\u0003had\u0004with\u0005aware\u0006agrees\u0008notified";

/**
 * A doctor named by one letter after "Dr." ("seen by Dr. Q on 4/2", "discussed w/ Dr. Q who agrees", "(Dr. Z on
 * call)", "UPDATED BY DR K."), token k being the letter. The letter must close the name: a line end, a comma, a
 * semicolon or a parenthesis, "'s", a lower-case word in mixed case other than "and", "or", "of", or a verb or
 * preposition in ALL CAPS; a letter before
 * a capitalised word is the initial of a longer name ("Dr. J Smith", read by the initial rule), and "A" and "I" are
 * words. W, X, Y and Z are the placeholders of anonymised text ("follow up with Dr. X"), no one's initial.
 */
function titleLetter(k: u32, mode: u32): bool {
  const b = byteAt(rd(tStart, k));
  if (b == 0x41 || b == 0x49 || (b >= 0x57 && b <= 0x5a) || rd(tEnd, k) - rd(tStart, k) != 1 || !wordIn(k - 1, "\u0002dr\u0006doctor") ||
    (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_OTHER | G_COLON | G_FAR)) != 0 || rd(tDone, k - 1) == 0xff) return false;
  if (k + 1 >= count) return pos >= inLen;
  const g = rd(tGap, k + 1);
  if ((g & (G_NEWLINE | G_FAR)) != 0) return true;
  // "Dr. Q's team": the apostrophe and its s
  if (byteAt(rd(tEnd, k)) == 0x27 && (byteAt(rd(tStart, k + 1)) | 0x20) == 0x73 && rd(tEnd, k + 1) - rd(tStart, k + 1) == 1) return true;
  // (after a period only a relative or role word: "UPDATED BY DR K. SON AUGUSTO CALLED"; "Dr. K. Smith" is one name)
  if ((g & G_PERIOD) != 0) return (rd(tData, k + 1) & F_CUE) != 0 && (rd(tGap, k + 1) & (G_COMMA | G_OTHER | G_HYPHEN)) == 0;
  if ((g & G_HYPHEN) != 0) return false;
  if ((gapMarks(k + 1) & (GM_COMMA | GM_PAREN | GM_SEMI)) != 0 || punctAfter(rd(tEnd, k)) == 0x29) return true;
  if ((g & (G_SENT | G_OTHER | G_HASH | G_JOIN)) != 0) return false;
  const ns = rd(tShape, k + 1);
  // ("and", "or", "of" may go on with a list of letters or an affiliation: "Dr. B or C", "Dr. G of Urology")
  // (stop 40: "and" before a lower-case word of two letters or more closes the name, "I saw the pt with Dr. M and agree
  // with the plan": a list of letters goes on with a letter, "Dr. B and C")
  if (mode != MODE_CAPS) return ns == SH_LOWER && (!wordIn(k + 1, "\u0003and\u0002or\u0002of") || andVerb40(k + 1));
  return ns == SH_UPPER && wordIn(k + 1, CAPS_AFTER_LETTER);
}

/** (stop 40) Token a is "and" and a lower-case word of two letters or more follows it on its line, one blank on. */
function andVerb40(a: u32): bool {
  const n = a + 1;
  return n < count && wordIn(a, "\u0003and") && rd(tShape, n) == SH_LOWER && tight(n) && rd(tEnd, n) - rd(tStart, n) >= 2;
}

// test and procedure words that say where a study was done ("MRI from MAH", "Sleep study at NEBH", "ICD PLACED AT
// BWMC", "accepted from FMH")
const WHERE_DONE =
  "\u0005study\u0007studies\u0006placed\u0009performed\u0004done\u0008obtained\u0005drawn\u0008accepted\u0007surgery\u0006biopsy\u0004scan\u0004labs";
/**
 * An unknown acronym ending in H or C (Hospital, Center, Clinic, Health: "LVMC", "SMH", "NEBH") named as where: after
 * "at/from" following a person just found, a credential, a date or number, a test in capitals, or a word of a study
 * done ("Dr. Theriault at MHC", "CABG 2051 AT LVMC", "MRI 3/30/67 FROM SMH", "Sleep study at NEBH"), or in
 * parentheses right after a titled person or a credential ("Dr. Bhattacharya (AGH)", "P. VANTERPOOL, MD (NSMH)").
 * Clinical acronyms of that shape (ICH, SAH, PICC...) are never-a-name words of the word table, which
 * hospitalAcronym() has refused with the shape.
 */
function acronymWhere(k: u32): bool {
  // (lower-case text too, from hospitalAcronym(): "mri 3/30/67 from smh", "md (nsmh)")
  const last = byteAt(rd(tEnd, k) - 1) & 0xdf;
  if ((last != 0x48 && last != 0x43) || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0) return false;
  const p = k - 1;
  const pd = rd(tData, p);
  // in parentheses right after a titled person or a person's credential: "Dr. Bhattacharya (AGH)", "X, MD (NSMH)"
  if ((gapMarks(k) & GM_PAREN) != 0 && (punctAfter(rd(tEnd, k)) == 0x29 || serviceClose(k))) {
    if ((pd & F_CRED) != 0) return p >= 1 && exists(p - 1) && rd(tDone, p - 1) == ENTITY_NAME;
    if (rd(tDone, p) != ENTITY_NAME) return false;
    for (let j = p; j >= 1 && j + 3 > p && exists(j - 1); j--) {
      if ((rd(tData, j - 1) & F_TITLE) != 0) return true;
      if (rd(tDone, j - 1) != ENTITY_NAME) return false;
    }
    return false;
  }
  if (!tight(k) || !wordIn(p, "\u0002at\u0004from") || p == 0 || !exists(p - 1)) return false;
  const q = p - 1;
  if (rd(tDone, q) == ENTITY_NAME || rd(tShape, q) == SH_NUM || credAt(q, MODE_CAPS) || wordIn(q, WHERE_DONE)) return true;
  // a test in capitals before: "MRI from MAH", "CT AT SMH" (2-4 capitals)
  const ql = rd(tEnd, q) - rd(tStart, q);
  return rd(tShape, q) == SH_UPPER && ql >= 2 && ql <= 4 && tight(p) && (rd(tData, q) & F_NOT_NAME) != 0;
}

// labels of a record system's user name ("(user: dachebe)", "Login: sokafor.lynch"; stop 33: "Recorder: tfairbanks")
const USER_LABELS = "\u0004user\u0008username\u0005login\u0006userid\u0008recorder";

/**
 * A record system's user name (token k, opening in a lower-case ASCII letter): after a user label and its colon
 * ("(user: dachebe)", "Login: sokafor.lynch"; not a core English word: "user: none"), or letters with digits after
 * "cosigned", a user label, or "entered/signed by" ("cosigned wlau2", "entered by jdoe47"). The name goes on over
 * '.', '_' or '-' glued to more letters ("sokafor.lynch"). Emits ID and returns true.
 */
function userName(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const b = byteAt(s);
  if (b < 0x61 || b > 0x7a || k == 0 || !exists(k - 1)) return false;
  const p = k - 1;
  let ok = false;
  if ((rd(tGap, k) & (G_COLON | G_NEWLINE | G_FAR)) == G_COLON) ok = (wordIn(p, USER_LABELS) && (sh == SH_OTHER || tierOf(rd(tData, k)) != 1)) ||
    registeredBy(k, p, sh);
  else if (sh == SH_OTHER && rd(tDone, p) == ENTITY_NAME && slashUser(p, k)) ok = true;
  // (stop 33) a login of letters after a user label with no colon: "(user sokafor.lynch; email ...)"
  else if (sh == SH_LOWER && tight(k)) ok = wordIn(p, USER_LABELS) && loginShape(k, sh, false);
  else if (sh == SH_OTHER && tight(k)) ok = wordIn(p, USER_LABELS) || wordIn(p, "\u0008cosigned\u000dcountersigned") ||
    (wordIn(p, "\u0002by") && p >= 1 && exists(p - 1) && tight(p) && wordIn(p - 1, "\u0007entered\u0006signed\u0008cosigned\u0008authored"));
  if (!ok) return false;
  let last = k;
  while (last + 1 < count && last < k + 2 && rd(tStart, last + 1) == rd(tEnd, last) + 1) {
    const c = byteAt(rd(tEnd, last));
    const ns = rd(tShape, last + 1);
    if ((c != 0x2e && c != 0x5f && c != 0x2d) || (ns != SH_LOWER && ns != SH_OTHER && ns != SH_NUM)) break;
    last++;
  }
  spanDone(s, rd(tEnd, last), ENTITY_ID, 700, REASON_RECORD_FIELD, k, last);
  return true;
}

// ---- Eleventh clinical round (fixture 7): dictation pairs on one line with their dates, a registrar's user name, an
// employer field's "Retired", a title before a function word in capitals ----
// (self-contained: eleventhPair, dateBytesEnd, lineEndNear, unlistedHalf, registeredBy, capsFunctionWord, slashUser,
// signerUser, staffInitials, classNumeral;
// NO_EMPLOYER sits by ORG_LABELS)

/**
 * An m/d/y date written from byte i on, after one or two blanks ("02/09/82", "12-02-1980"), followed by a blank, a
 * line end or the input's end: returns the byte after it, or 0. Read from the bytes (the tokens after the pair may
 * not be pushed yet: LOOK_AHEAD), at most 14 of them, well within MAX_NAME_WINDOW.
 */
function dateBytesEnd(i: u32): u32 {
  if (i < inLen && byteAt(i) == 0x20) i++;
  if (i < inLen && byteAt(i) == 0x20) i++;
  let sep: u32 = 0;
  for (let part: u32 = 0; part < 3; part++) {
    let n: u32 = 0;
    while (i < inLen && byteAt(i) >= 0x30 && byteAt(i) <= 0x39 && n < 5) {
      i++;
      n++;
    }
    if (n == 0 || (part < 2 ? n > 2 : n != 2 && n != 4)) return 0;
    if (part == 2) break;
    if (i >= inLen) return 0;
    const c = byteAt(i);
    if ((c != 0x2f && c != 0x2d) || (part == 1 && c != sep)) return 0;
    sep = c;
    i++;
  }
  if (i >= inLen) return i;
  const b = byteAt(i);
  return b == 0x20 || b == 0x0a || b == 0x0d || b == 0x09 ? i : 0;
}

/** The line ends at byte i after at most two blanks (or the input does). */
function lineEndNear(i: u32): bool {
  if (i < inLen && byteAt(i) == 0x20) i++;
  if (i < inLen && byteAt(i) == 0x20) i++;
  return i >= inLen || byteAt(i) == 0x0a || byteAt(i) == 0x0d;
}

/**
 * dictationPair()'s other footers, token k the author's capitals and n the transcriptionist's letters ending at e: a
 * dictation label and its date after one blank ("MFA/JS D: 12/02/80 T: 12/03/80"; a column gap is enough alone:
 * "MO/dfs   Job:"), an m/d/y date right after the pair on its line ("Eriksen, MD. WE/bjh 02/09/82"), or the pair
 * alone on its line, glued, three letters below that are no word of any list ("EB:lkm" under a cc: list; "IV/po",
 * "NC/at" are words, "HR / bp" a heading).
 */
function eleventhPair(k: u32, n: u32, e: u32, caps: bool): bool {
  if (k + 2 < count && (rd(tGap, k + 2) & (G_NEWLINE | G_FAR)) == 0) {
    const m = k + 2;
    const me = rd(tEnd, m);
    if (k + 3 < count && (rd(tGap, k + 3) & G_COLON) != 0 && wordIn(m, DICTATION_NEXT) && (columnGap(m) ||
      (rd(tStart, m) == e + 1 && byteAt(e) == 0x20 && byteAt(me) == 0x3a && dateBytesEnd(me + 1) != 0))) return true;
    if (byteAt(e) != 0x20 || rd(tShape, m) != SH_NUM || caps) return false;
    const de = dateBytesEnd(e);
    return de != 0 && lineEndNear(de) && unlistedHalf(n);
  }
  // alone on its line: the line's first token, the line (or the input) ends after the lower half
  // (glued, three letters below: "HR / bp" and "BP/hr" alone on a line are vitals' headings)
  return !caps && lineStart(k) && footEnd(n) && rd(tStart, n) == rd(tEnd, k) + 1 && e - rd(tStart, n) == 3 && unlistedHalf(n) &&
    tierOf(rd(tData, k)) != 1 && (rd(tData, k) & F_NOT_NAME) == 0;
}

/**
 * In lower-case text, "last, first m" ending its field (a line, a column, a period or the input): token k a listed
 * surname or a word no list has (3+ letters, no medical ending), a comma, a listed given name, then one letter: a
 * record's patient field ("patient : white , grant e", "harrington, silas j") or a signature ("young , rose a , m.d.").
 * Without capitals the middle initial closing the field, or the credential after it, is the shape's evidence ("tired, anna b" in prose has no field end after the letter,
 * "notes, see a\n" no given name). Writes the NAME and returns true.
 */
function lowerLastFirstInitial(k: u32): bool {
  const f = k + 1;
  const m = k + 2;
  const d = rd(tData, k);
  const len = rd(tEnd, k) - rd(tStart, k);
  if (rd(tShape, f) != SH_LOWER || (rd(tShape, m) != SH_LOWER && rd(tShape, m) != SH_INITIAL) || rd(tEnd, m) - rd(tStart, m) != 1 ||
    firstStr(rd(tData, f)) == 0 || !tight(m) || (rd(tGap, f) & (G_NEWLINE | G_FAR | G_SENT)) != 0 || len < 3 ||
    ((d | rd(tData, f)) & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 || wordIn(f, MODAL_WORDS)) return false;
  if (!(lastStr(d) > 0 || (unknownWord(k) && !medicalShape(k)))) return false;
  // (the letter closes the field: "a" and "i" only with their period, or "a" before a credential, a signature's:
  // "young , rose a , m.d."; "i" is the pronoun)
  const e = rd(tEnd, m);
  const c = byteAt(rd(tStart, m));
  const after = e < inLen ? byteAt(e) : 0x0a;
  const credNext = m + 1 < count && (rd(tGap, m + 1) & (G_NEWLINE | G_SENT | G_FAR)) == 0 && credAt(m + 1, MODE_LOWER);
  if ((c == 0x61 || c == 0x69) && after != 0x2e && !(c == 0x61 && credNext)) return false;
  let z = e;
  if (after == 0x2e) z++;
  if (!credNext && !(z >= inLen || byteAt(z) == 0x0a || byteAt(z) == 0x0d || byteAt(z) == 0x09 || (byteAt(z) == 0x20 && z + 1 < inLen &&
    (byteAt(z + 1) == 0x20 || byteAt(z + 1) == 0x0a)))) return false;
  span(rd(tStart, k), z > e && after == 0x2e ? z : e, ENTITY_NAME, 750, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, f, ENTITY_NAME);
  wr(tDone, m, ENTITY_NAME);
  return true;
}

/**
 * In lower-case text, the author's and the transcriptionist's initials (token k and the next, 2-3 letters each, one
 * '/' between, or a ':' glued to both) at a dictation foot: after the dictation dates on the line, or before a dictation
 * label on it ("d: 05/06/72  t: 05/06/72  rhr/ps", "mo/dfs   d: 03/22/71"), or alone on a line under the dates' line
 * or a signature's credential ("td: 04/14/69 10:02 a\nbh/rkt", "leopold haverkamp, m.d.\nlh/mtc"). The author's half is
 * no core English word and no clinical abbreviation, the other no listed word at all ("pt/ot", "hr/bp", "od/os",
 * "iv/po" stay).
 */
function lowerDictationPair(k: u32): bool {
  const n = k + 1;
  const d = rd(tData, k);
  const nl = rd(tEnd, n) - rd(tStart, n);
  // (a state's code is initials too: "mo/dfs")
  if (nl < 2 || nl > 3 || tierOf(d) == 1 || (d & (F_NOT_NAME | (CONTEXT_WORDS & ~F_STATE) | F_ALLOW)) != 0 || !unlistedHalf(n) ||
    (rd(tGap, k) & G_FAR) != 0) return false;
  if (!pairSeparator(k, n)) return false;
  const e = rd(tEnd, n);
  // the dates before it on its line, or a dictation label after it
  if ((initialsEnd(e) || jobNext(k)) && !lineStart(k) && dictationDateOnLine(k - 1)) return true;
  if (k + 3 < count && (rd(tGap, k + 2) & (G_NEWLINE | G_FAR)) == 0 && (rd(tGap, k + 3) & G_COLON) != 0 &&
    wordIn(k + 2, DICTATION_NEXT) && columnGap(k + 2)) return true;
  // alone on its line, under the dates' line or a signature's credential
  if (!lineStart(k) || !footEnd(n) || k == 0 || !exists(k - 1)) return false;
  const p = k - 1;
  if (dictationDateOnLine(p) || credAt(p, MODE_LOWER)) return true;
  // "m.d." or "d.o." ending the line above
  const s = rd(tStart, k);
  let i = s - 1;
  while (i > 0 && (byteAt(i) == 0x0a || byteAt(i) == 0x0d || byteAt(i) == 0x20)) i--;
  if (i < 4 || byteAt(i) != 0x2e || byteAt(i - 2) != 0x2e) return false;
  const a = byteAt(i - 3);
  const b = byteAt(i - 1);
  const c = byteAt(i - 4) | 0x20;
  return ((a == 0x6d && b == 0x64) || (a == 0x64 && b == 0x6f)) && !(c >= 0x61 && c <= 0x7a);
}

/**
 * After the pair at token k (k + 1 its second half), on the same line and one blank on, the transcription job's label
 * and its number ("DD: 06/21/95 DT: 06/23/95 GA/mfk Job #0048812", "GA/MFK JOB: 0048812"): with the dictation dates
 * before the pair on its line, the label is as good an end of the pair as the line's.
 */
function jobNext(k: u32): bool {
  const m = k + 2;
  return m + 1 < count && (rd(tGap, m) & (G_NEWLINE | G_FAR | G_SENT | G_COMMA | G_OTHER)) == 0 && wordIn(m, "\u0003job\u0005batch") &&
    rd(tShape, m + 1) == SH_NUM && (rd(tGap, m + 1) & (G_NEWLINE | G_FAR)) == 0;
}

/** Token n, a transcriptionist's letters, is no word, name or clinical abbreviation of the word table ("po", "at"). */
function unlistedHalf(n: u32): bool {
  return tierOf(rd(tData, n)) == 0 && nameStr(n) == 0 && (rd(tData, n) & (F_NOT_NAME | CONTEXT_WORDS)) == 0;
}

/**
 * A registration or audit line's user name after its colon ("Registered by: dguillory", "Modified by: jsmith4"):
 * a word no list has, no name's, token k after "by" after a verb of record keeping (token p is "by").
 */
function registeredBy(k: u32, p: u32, sh: u32): bool {
  return sh == SH_LOWER && p >= 1 && exists(p - 1) && tierOf(rd(tData, k)) == 0 && nameStr(k) == 0 && wordIn(p, "\u0002by") &&
    wordIn(p - 1, "\u000aregistered\u0008modified\u0007updated\u0007entered\u0008recorded");
}

// words in capitals that are no one's name after a title ("CALL YOUR DOCTOR OR RETURN", "ASK YOUR DOCTOR IF")
const CAPS_FUNCTION_WORDS = "\u0003and\u0002or\u0002if\u0002to\u0002of\u0003the\u0003for\u0002as\u0004when\u0002so\u0003nor";

/** Token k is a function word in capitals (after a title it names no one: "YOUR DOCTOR OR NURSE"). */
function capsFunctionWord(k: u32, sh: u32): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  return sh == SH_UPPER && len <= 4 && wordIn(k, CAPS_FUNCTION_WORDS);
}

/**
 * Token k, letters and digits, is a user name after a signer and one slash, ending its line: a lower-case ASCII letter
 * first, at least three letters, then one to three digits only ("Anneliese Kroft / akroft2", "JRT/jtremai1"); token p
 * is the signer's name or initials. Not a unit ("kg/m2": one letter) nor a code in capitals.
 */
function slashUser(p: u32, k: u32): bool {
  if (!oneSlashBetween(p, k) || !footEnd(k)) return false;
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  let i = s;
  while (i < e && byteAt(i) >= 0x61 && byteAt(i) <= 0x7a) i++;
  if (i - s < 3 || i == e || e - i > 3) return false;
  for (; i < e; i++) if (byteAt(i) < 0x30 || byteAt(i) > 0x39) return false;
  return true;
}

/**
 * The author's initials (token k, 2-3 capitals, no word of the word table) and a user name after one slash ending the
 * line ("Jocasta R. Tremaine, RN, CWOCN  JRT/jtremai1"): NAME and ID. initialsAt()'s branch for a letters-and-digits
 * half.
 */
function signerUser(k: u32): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  const d = rd(tData, k);
  if (len < 2 || len > 3 || tierOf(d) != 0 || (d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || !slashUser(k, k + 1)) return false;
  initialsAndTail(k, ENTITY_ID, 700, REASON_RECORD_FIELD);
  return true;
}

/**
 * Reports token k as initials (NAME) and token k + 1 after them as `type` (the transcriptionist's initials, a user
 * name), and marks both decided.
 */
function initialsAndTail(k: u32, type: u32, score: u32, reason: u32): void {
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  flush();
  span(rd(tStart, k + 1), rd(tEnd, k + 1), type, score, reason);
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, k + 1, 0xff);
}

/** Token k has the shape of initials: 2-3 letters that no word list has and no strong name ("KLR", "DMK"). */
function bareInitials(k: u32): bool {
  const len = rd(tEnd, k) - rd(tStart, k);
  const d = rd(tData, k);
  return len >= 2 && len <= 3 && tierOf(d) == 0 && nameStr(k) <= 1 && (d & (F_NOT_NAME | CONTEXT_WORDS)) == 0;
}

// the staff of imaging rooms, labs and interpreting who sign a report's field by initials ("Technologist: KLR")
const STAFF_ROLES = "\u000ctechnologist\u000bsonographer\u000cphlebotomist\u0006scribe\u000binterpreter\u0004tech";

/**
 * Initials after a staff role's colon in mixed-case text (token k, 2-3 capitals that no word list has, ending the
 * line, a column or a parenthesis): "Technologist: KLR", "Sonographer: JT". Family history's "Father: MI" has no staff
 * role before it; "Tech: CT" is a word of the table. Writes the NAME.
 */
function staffInitials(k: u32, mode: u32): bool {
  // (twelfth round: in ALL CAPS too, "SONOGRAPHER: TJW"; the word table still refuses "TECH: CT", "INTERPRETER: YES")
  if (mode == MODE_LOWER || !bareInitials(k) ||
    (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || !wordIn(k - 1, STAFF_ROLES) || !initialsEnd(rd(tEnd, k))) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * Token j, right after a town, makes it a classification's name: "category"/"class", or a Roman numeral II-VI closed
 * by a parenthesis, a comma, a semicolon, a period or the line's end ("(Bethesda V)", "Bethesda category IV",
 * "BETHESDA II."). "I" is left out ("in Boston I worked"), and a numeral before a word reads as "IV" of "IV access".
 */
function classNumeral(j: u32): bool {
  if (!tight(j)) return false;
  if (wordIn(j, "\u0008category\u0005class")) return true;
  const s = rd(tStart, j);
  const e = rd(tEnd, j);
  const len = e - s;
  if (len > 3) return false;
  for (let i = s; i < e; i++) {
    const b = byteAt(i);
    if (b != 0x49 && b != 0x56) return false;
  }
  // II, III, IV, V, VI
  if (len == 1 && byteAt(s) != 0x56) return false;
  if (len == 3 && !(byteAt(s) == 0x49 && byteAt(s + 1) == 0x49 && byteAt(s + 2) == 0x49)) return false;
  if (e >= inLen) return true;
  const c = punctAfter(e);
  return c == 0x29 || c == 0x2c || c == 0x3b || c == 0x2e || c == 0x0a || c == 0x0d;
}

// a hospital's services named after its acronym inside the parentheses ("PETRAKIS, MD (NSUH GI)", "Dr. Ames (SMH
// Cardiology)")
const ACRONYM_SERVICES =
  "\u0002gi\u000acardiology\u0007surgery\u0005ortho\u0009neurology\u0008oncology\u0007urology\u000apsychiatry\u0009radiology\u0009pathology\u0008medicine\u000apediatrics\u0002ed\u0003ent\u0005renal\u000anephrology\u0009pulmonary\u000ahematology\u000bdermatology\u000crheumatology";

/**
 * Token k, an acronym opening a parenthesis, is followed by one service word that closes it ("(NSUH GI)"): read by
 * acronymWhere()'s parenthesis test as "(NSUH)" is.
 */
function serviceClose(k: u32): bool {
  return k + 1 < count && tight(k + 1) && rd(tStart, k + 1) == rd(tEnd, k) + 1 && punctAfter(rd(tEnd, k + 1)) == 0x29 &&
    wordIn(k + 1, ACRONYM_SERVICES);
}

// ---- Thirteenth clinical round (fixture 9; self-contained: titledSurname, middleInitialBefore, byInitials, hyphenGivenPair, dottedInitialsAge; capHalfBefore sits
// by sameCaseHalfBefore) ----

/**
 * Token k, a capitalised word before a colon, is the surname of a titled given name right before it ("Retrieval by
 * Dr. Abimbola Fadeyi: 14 oocytes"), no field label (decide() reads a word before a colon as a label unless a title
 * stands right before it): the given name decided as a title's name, one blank between, the same shape, and k a
 * name-shaped word (a label after a titled surname stays a word: "Dr. Smith Plan:"). Writes the NAME.
 */
function titledSurname(k: u32, sh: u32, mode: u32): bool {
  const p = k - 1;
  if (k + 1 >= count || (rd(tGap, k + 1) & G_COLON) == 0 || rd(tDone, p) != ENTITY_NAME || pReason != R_TITLE ||
    pStart != rd(tStart, p) || rd(tShape, p) != sh || rd(tStart, k) != rd(tEnd, p) + 1 || p < 1 || !exists(p - 1) ||
    (rd(tData, p - 1) & F_TITLE) == 0 || !candidate(k, mode) || tierOf(rd(tData, k)) != 0) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 850, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (thirteenth round) A middle initial (token k, one letter other than "A" and "I") right after the name it belongs to,
 * closing it before a parenthesis or a credential, one blank between ("Pt HARRINGTON, SILAS J (MRN 0662193)",
 * "PHYSICIAN: AKINYEMI, BOLANLE O MD"); decide()'s trailingInitial() reads the other closings. Writes the NAME.
 */
function middleInitialBefore(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  const c = byteAt(s);
  if (e - s != 1 || c == 0x41 || c == 0x49 || rd(tDone, k - 1) != ENTITY_NAME || !tight(k) || e + 1 >= inLen ||
    byteAt(e) != 0x20 || dottedCred(k)) return false;
  if (byteAt(e + 1) != 0x28 && !(k + 1 < count && rd(tStart, k + 1) == e + 1 && credAt(k + 1, MODE_CAPS) &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_COMMA | G_OTHER)) == 0)) return false;
  span(s, e, ENTITY_NAME, 700, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// "by" then a test, a service or an agency: a study or a team did it, no one's initials ("reviewed by CTA.", "called by
// GI)", "given by PT.", "taken by EMS.", "reported by CPS."; credentials are refused by their flag)
const BY_NOT_INITIALS =
  "\u0002ct\u0003cta\u0003mri\u0002us\u0002gi\u0002ir\u0002pt\u0002ot\u0003slp\u0003ent\u0003ems\u0003pcp\u0002ed\u0002er\u0003icu\u0002sw\u0002cm\u0002or\u0003vna\u0003snf\u0003cps\u0003dss";

// what staff do to a specimen, a photo, a call or a record, before "by" and their initials ("gross by DMK", "taken by
// JRT", "phoned ... by JBK", "GROSS DESCRIPTION BY TJK", "SCANNED INTO CHART BY LMB"); not what a test, a germ or a
// device does ("caused by HPV", "terminated by ATP")
const BY_STAFF_VERBS =
  "\u0005gross\u0007grossed\u0005taken\u0006phoned\u0006called\u0005paged\u0005drawn\u0009collected\u0007entered\u0008recorded\u0008verified\u0007checked\u0009witnessed\u000btranscribed\u0005typed\u0008prepared\u0008received\u0005noted\u0008reviewed\u000cadministered\u0005given\u000bdescription\u0009performed\u0008obtained\u000adocumented\u000binterpreted\u0007scanned\u0009completed\u0004done\u0004read\u0005chart\u0005faxed\u0007updated\u0007counted\u0006signed\u0008dictated";

/**
 * (thirteenth round) Initials of who did a thing, after a staff verb or a time and "by", closing the clause, in
 * capitals (token k, 2-3 capitals no word list has): "(gross by DMK, PA)", "phoned to the office at 10:02 by JBK.",
 * "TAKEN BY JRT)", "9/9 BY KPL.". The clause ends at a parenthesis, a line end, a column gap, a period before a blank or
 * the end, or a comma before a credential. Tests, services and units done "by" ("reviewed by GI)", "given by PT.") are
 * listed words; a test's or a germ's verb is no staff verb ("caused by HPV.", "terminated by ATP.", "CM2 BY VTI.").
 * Writes the NAME.
 */
function byInitials(k: u32, mode: u32): bool {
  if (mode == MODE_LOWER || !bareInitials(k) || (rd(tData, k) & F_CRED) != 0 ||
    !tight(k) || !wordIn(k - 1, "\u0002by") || wordIn(k, BY_NOT_INITIALS) || k < 2 || !exists(k - 2) || !tight(k - 1) ||
    !(rd(tShape, k - 2) == SH_NUM || wordIn(k - 2, BY_STAFF_VERBS))) return false;
  const e = rd(tEnd, k);
  let ok = initialsEnd(e);
  if (!ok && e < inLen) {
    const c = byteAt(e);
    const c2 = e + 1 < inLen ? byteAt(e + 1) : 0x0a;
    // (or a blank and the date or time stamp of the entry: "SCANNED INTO CHART BY LMB 9/8/25")
    ok = (c == 0x2e && (c2 == 0x20 || c2 == 0x0a || c2 == 0x0d)) || (c == 0x2c && k + 1 < count && credAt(k + 1, MODE_CAPS)) ||
      (c == 0x20 && c2 >= 0x30 && c2 <= 0x39 && k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == SH_NUM && stampAfter(k + 1));
  }
  if (!ok) return false;
  span(rd(tStart, k), e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// (stop 40) verbs of a record's sign-off that take a person's initials with no "by": "TRANSCRIBED KLS", "Supervisor review
// LMK 3/17/99", "SIGNED FHC 1002"
const RECORD_VERBS40 =
  "\u000btranscribed\u0008reviewed\u0006review\u0006signed\u0008cosigned\u0008verified\u0009witnessed\u0009initialed\u0008approved\u0007entered\u0009collected\u0005typed";
// tests, orders and forms a record's verb also takes, in two or three capitals ("REVIEWED CXR 3/14", "SIGNED DNR 3/14",
// "verified ABG 3/14", "reviewed UA 3/14"), besides byInitials()'s services
const RECORD_NOT_INITIALS40 =
  "\u0003cxr\u0003ekg\u0003ecg\u0003abg\u0003vbg\u0003dnr\u0003dni\u0003kub\u0002ua\u0003cbc\u0003bmp\u0003cmp\u0003lft\u0003inr\u0003ptt\u0003tsh\u0003eeg\u0003emg\u0003tte\u0003tee\u0003mar\u0003poc\u0003pft\u0003hpi\u0003ros\u0003h&p\u0004sbar\u0003moc\u0003iep\u0003adl\u0002rx\u0002hx\u0002cc";

/**
 * (stop 40) Token k, two or three capitals no word list has (or a state's two letters), are the initials of who signed,
 * reviewed or transcribed a record, written after the verb with no "by": the verb opens its line or a form's column,
 * or follows one word that does ("Supervisor review LMK 3/17/99"), and the initials close the field (the line's end, a
 * column gap, a parenthesis) or one date or clock stamp does ("TRANSCRIBED KLS", "REVIEWED AQ 03/16/99", "SIGNED FHC
 * 1002"); a typist's verb may follow a clause ("DICTATED BY GAS, TRANSCRIBED JMR 03/14/99."). A roster's column "BY"
 * takes them too ("TDAP L DELT   BY EV   EMPLOYEE #"), and a staff role's word with no colon when they close the field
 * ("TECH MO" at a line's end). Tests, orders and services are none ("REVIEWED CXR 3/14", "SIGNED DNR 3/14"). Writes the
 * NAME.
 */
function recordInitials40(k: u32): bool {
  const p = k - 1;
  const e = rd(tEnd, k);
  if (e - rd(tStart, k) < 2 || !exists(p) || !tight(k) || (rd(tData, k) & F_CRED) != 0 || credAt(k, MODE_CAPS)) return false;
  const d = rd(tData, k);
  // (a short surname is a name all the same: "TECH MO", "TRANSCRIBED LEE")
  if (tierOf(d) != 0 || (d & (F_NOT_NAME | (CONTEXT_WORDS & ~F_STATE))) != 0 ||
    wordIn(k, BY_NOT_INITIALS) || wordIn(k, RECORD_NOT_INITIALS40) || wordIn(k, CAPS_CLINICAL_TERMS)) return false;
  // the field closes after the initials, or after one stamp that closes it
  let ok = initialsEnd(e);
  if (!ok && e + 1 < inLen && byteAt(e) == 0x20 && isDigit(byteAt(e + 1))) {
    let i = e + 1;
    while (i < inLen && (isDigit(byteAt(i)) || byteAt(i) == 0x2f || byteAt(i) == 0x3a || byteAt(i) == 0x2d)) i++;
    ok = i - e >= 5 && (initialsEnd(i) || byteAt(i) == 0x2e && (i + 1 >= inLen || byteAt(i + 1) == 0x0a || byteAt(i + 1) == 0x0d));
  }
  if (!ok) return false;
  // a roster column's "BY": a column gap before it
  if (wordIn(p, "\u0002by")) return columnGap(p) && recordWrite40(k);
  // a staff role's word with no colon before initials that close the field: "... KLAMATH FALLS 97603. TECH MO\n"
  if (wordIn(p, STAFF_ROLES)) return (initialsEnd(e) || columnGap(k)) && recordWrite40(k);
  if (!wordIn(p, RECORD_VERBS40) || (d & F_STATE) != 0 && !columnGap(k) && !initialsEnd(e)) return false;
  // (a typist's verb takes no test: it may follow a clause, "DICTATED BY GAS, TRANSCRIBED JMR 03/14/99.")
  const opens = lineStart(p) || columnGap(p) || wordIn(p, "\u000btranscribed\u0005typed") ||
    p >= 1 && exists(p - 1) && tight(p) && (lineStart(p - 1) || columnGap(p - 1)) && rd(tShape, p - 1) != SH_NUM;
  return opens && recordWrite40(k);
}

function recordWrite40(k: u32): bool {
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** Token n, a number, opens a date or a clock time ("9/8/25", "10:02", "0930"), not a count ("2 units"). */
function stampAfter(n: u32): bool {
  const e = rd(tEnd, n);
  if (e < inLen && (byteAt(e) == 0x2f || byteAt(e) == 0x3a)) return true;
  return e - rd(tStart, n) == 4 && (e >= inLen || byteAt(e) == 0x0a || byteAt(e) == 0x2e || byteAt(e) == 0x20 && (n + 1 >= count ||
    (rd(tGap, n + 1) & G_NEWLINE) != 0));
}

/**
 * (thirteenth round) Token k, a capitalised word right after a hyphenated pair of given names ("Marie-Claire",
 * "Jean-Pierre", "Anne-Sophie"), is the surname even when it is also a town ("RE: Marie-Claire Broussard", "Seen with
 * Jean-Pierre Lafayette"): both halves listed given names of some strength, glued by the hyphen and opening a word,
 * one blank before k, and k no English word and no clinical or context word. Writes the three as one NAME.
 */
function hyphenGivenPair(k: u32): bool {
  if (k < 2 || !exists(k - 2) || !tight(k)) return false;
  const a = k - 2;
  const b = k - 1;
  const d = rd(tData, k);
  const sh = rd(tShape, k);
  // (in ALL CAPS one half may be a weaker given name when a label or a cue opens the field: "PATIENT: SUNG-MIN
  // KOTEMONES", "RE: ANNE-MARIE BROUSSARD"; capsLabelOpens())
  const fa = firstStr(rd(tData, a));
  const fb = firstStr(rd(tData, b));
  const weakOk = sh == SH_UPPER && fa + fb >= 3 && fa > 0 && fb > 0 && capsLabelOpens(a);
  if (rd(tShape, a) != sh || rd(tShape, b) != sh || rd(tStart, b) != rd(tEnd, a) + 1 || byteAt(rd(tEnd, a)) != 0x2d ||
    rd(tStart, k) != rd(tEnd, b) + 1 || ((fa < 2 || fb < 2) && !weakOk) ||
    (rd(tStart, a) > 0 && wordGlue(byteAt(rd(tStart, a) - 1))) || tierOf(d) != 0 || (d & (F_NOT_NAME | F_ALLOW | CONTEXT_WORDS)) != 0 ||
    rd(tEnd, k) - rd(tStart, k) < 3 || medicalShape(k) || (rd(tData, a) & (F_NOT_NAME | CONTEXT_WORDS)) != 0) return false;
  span(rd(tStart, a), rd(tEnd, k), ENTITY_NAME, 800, R_NEIGHBOUR);
  wr(tDone, a, ENTITY_NAME);
  wr(tDone, b, ENTITY_NAME);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * In ALL CAPS, token a opens a person's field after its label: a role, relative or title word, or a credential, with
 * or without a colon ("PATIENT: ", "WIFE ", "DR. "), or a letter's "RE:" ("RE: ANNE-MARIE BROUSSARD").
 */
function capsLabelOpens(a: u32): bool {
  if (a == 0 || !exists(a - 1) || rd(tShape, a - 1) != SH_UPPER || (rd(tGap, a) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER)) != 0) return false;
  if ((rd(tData, a - 1) & (F_CUE | F_CRED | F_TITLE)) != 0) return true;
  return (rd(tGap, a) & G_COLON) != 0 && wordIn(a - 1, CAPS_LETTER_CUES);
}

/**
 * (thirteenth round) A patient named by dotted initials before an age and a sex, as case conferences and tumour boards
 * write ("Case 3: W.R., 68M from Kalispell", "J.D., 45 F"): token k the second letter, its period and the first
 * letter's glued before it, then an optional comma, one blank, 1-3 digits and "M"/"F" (or "yo", "y/o", "-year")
 * closing the word. Not "A.M."/"P.M." (a clock's). Writes the NAME over both letters and their periods.
 */
function dottedInitialsAge(k: u32): bool {
  const p = k - 1;
  const s = rd(tStart, p);
  const e = rd(tEnd, k);
  if (rd(tShape, p) != SH_INITIAL || rd(tEnd, p) != s + 1 || rd(tStart, k) != s + 2 || e != s + 3 || byteAt(s + 1) != 0x2e ||
    e >= inLen || byteAt(e) != 0x2e || (s > 0 && (wordGlue(byteAt(s - 1)) || byteAt(s - 1) == 0x2e))) return false;
  const c0 = byteAt(s);
  if (byteAt(e - 1) == 0x4d && (c0 == 0x41 || c0 == 0x50)) return false;
  let i = e + 1;
  if (i < inLen && byteAt(i) == 0x2c) i++;
  if (i >= inLen || byteAt(i) != 0x20) return false;
  i++;
  const d0 = i;
  while (i < inLen && i - d0 < 4 && byteAt(i) >= 0x30 && byteAt(i) <= 0x39) i++;
  if (i == d0 || i - d0 > 3 || i >= inLen) return false;
  if (byteAt(i) == 0x20) i++;
  const c = byteAt(i) | 0x20;
  const n = i + 1 < inLen ? byteAt(i + 1) | 0x20 : 0x20;
  const sexOk = (c == 0x6d || c == 0x66) && !(n >= 0x61 && n <= 0x7a);
  const yearsOk = (c == 0x79 && (n == 0x6f || n == 0x2f)) || (byteAt(i) == 0x2d && n == 0x79);
  if (!sexOk && !yearsOk) return false;
  span(s, e + 1, ENTITY_NAME, 700, R_INITIAL);
  wr(tDone, p, ENTITY_NAME);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// ---- Twelfth clinical round (fixture 8): a street's direction letter, credentials after a name, quoted nicknames ----
// (self-contained: laterRounds, directionLetter, credentialChain, quotedNickname, lowerTrailingInitial)

/**
 * decide()'s first tests, out of its body in one call (a test more inside decide() pushed its wasm2js fallback past
 * V8's optimising size limit: js find() ~2x slower): the tenth round's (tenthRound, not for a capitalised word), a
 * nickname in double quotes after a name ("Bartholomew \"Bart\" Kiplagat"), a lower-case note's middle initial after
 * a name ("leblanc, thibault j"). Returns true when one wrote.
 */
/**
 * (stop 29) Token k is the Arabic article "Al" glued by a hyphen to a capitalised word, in the case of the text:
 * "Al-Rashidi", "AL-HASSAN", "Y. Al-Amin", "Omar Al-Sayed". The pair is a surname: "Al" was read as Alabama's code, a
 * context word, and the name around it was lost ("Note by Y. Al-Rashidi today" found nothing). An initial or a name
 * right before joins it. "Al-Anon" (the fellowship) and a medical word after the hyphen are none.
 */
function arabicArticleName(k: u32, sh: u32, mode: u32): bool {
  const n = k + 1;
  if (n >= count || rd(tGap, n) != G_HYPHEN || rd(tStart, n) != rd(tEnd, k) + 1 || (byteAt(rd(tStart, k) + 1) | 0x20) != 0x6c) return false;
  // (after a title or a given name their rules take it: "Dr. Al-Rashidi", "Yusuf Al-Rashidi"; and so does "LAST, FIRST"
  // after it: "AL-MASRI, NADIA")
  if ((rd(tData, k - 1) & F_TITLE) != 0 || rd(tDone, k - 1) == ENTITY_NAME ||
    (n + 1 < count && (rd(tGap, n + 1) & G_COMMA) != 0 && !credAt(n + 1, mode))) return false;
  if (!(sh == SH_CAP && mode == MODE_MIXED && rd(tShape, n) == SH_CAP || sh == SH_UPPER && rd(tShape, n) == SH_UPPER ||
    sh == SH_LOWER && mode == MODE_LOWER && rd(tShape, n) == SH_LOWER)) return false;
  const nd = rd(tData, n);
  if ((nd & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || medicalShape(n) || wordIn(n, "\u0004anon") || rd(tEnd, n) - rd(tStart, n) < 3 ||
    !(lastStr(nd) > 0 || firstStr(nd) > 0 || tierOf(nd) != 1)) return false;
  // (in lower case only after a person's cue or a title: "seen by al-rashidi"; "al" is a word of Spanish and Italian)
  if (sh == SH_LOWER && !((rd(tData, k - 1) & (F_CUE | F_TITLE | F_VERB_BY | F_BY)) != 0 && tight(k))) return false;
  let s = rd(tStart, k);
  const p = k - 1;
  if (tight(k) || ((rd(tGap, k) & G_PERIOD) != 0 && rd(tShape, p) == SH_INITIAL && (rd(tGap, k) & (G_NEWLINE | G_FAR | G_COMMA)) == 0)) {
    if (rd(tShape, p) == SH_INITIAL && rd(tDone, p) == 0) {
      s = rd(tStart, p);
      wr(tDone, p, ENTITY_NAME);
    }
  }
  span(s, rd(tEnd, n), ENTITY_NAME, 700, R_NEIGHBOUR, pType == ENTITY_NAME && joinable(pEnd, s));
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, n, ENTITY_NAME);
  return true;
}

/**
 * (stop 29) Token k, a state or country that is also a given name ("Jordan", "Georgia", "India", "Virginia"), right
 * after a person's cue ("RN Jordan Smith", "SON GEORGIA OKAFOR", "wife India Patel"), and a surname after it in its case:
 * the person, both words. The place won before, and the surname after a place was left as a word ("Smith" leaked).
 * "moved from Georgia" has no person's cue; "son in Georgia" puts a word between.
 */
function placeNamedPerson(k: u32, sh: u32, mode: u32): bool {
  const d = rd(tData, k);
  if (firstStr(d) == 0 || !tight(k) || k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != sh ||
    sh != textShape(mode)) return false;
  const n = k + 1;
  const nd = rd(tData, n);
  if ((nd & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || !(lastStr(nd) > 0 || unknownWord(n)) || medicalShape(n)) return false;
  span(rd(tStart, k), rd(tEnd, n), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, n, ENTITY_NAME);
  return true;
}

/**
 * Stop 29: a street named for a saint, a mountain or a fort, its first word abbreviated ("12 St. John Street", "40 ST.
 * MARY ROAD", "88 Mt. Auburn Street", "7 Ste. Anne Blvd", "lives on St. Charles Avenue"). The period after the
 * abbreviation ended the street line, so the name after it read as a person's ("John Street") and the house number
 * was lost. Token k is the abbreviation: a house number of at most 6 characters right before it (or "on" in mixed
 * case), one or two names after it in its case, then a street type. "St. John's" and "St. Mary Hospital" are left to
 * the facility rules (no street type), "Dr. John Street" has no number. Returns true when it reported the street.
 */
function saintStreet(k: u32, sh: u32, mode: u32): bool {
  if (k + 2 >= count || (sh == SH_CAP && mode != MODE_MIXED) || !tight(k)) return false;
  const doctor = wordIn(k, "\u0002dr");
  if (!doctor && !wordIn(k, "\u0002st\u0002mt\u0002ft\u0003ste")) return false;
  const p = k - 1;
  const ps = rd(tShape, p);
  const numbered = ps == SH_NUM && rd(tEnd, p) - rd(tStart, p) <= 6;
  // (a street named for a doctor needs its house number: "45 Dr. Martin Luther King Jr. Blvd")
  if (!numbered && (doctor || !(mode == MODE_MIXED && ps == SH_LOWER && wordIn(p, "\u0002on")))) return false;
  // (a period or a blank after the abbreviation, nothing else: "St.-Jean" and "St, John" are not this)
  const g = rd(tGap, k + 1);
  if ((g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HYPHEN | G_COLON | G_HASH)) != 0 || ((g & G_SENT) != 0 && (g & G_PERIOD) == 0)) return false;
  // (one or two words of the name, an initial among them, within the look-ahead: "Carlton Goodlett Place", "Mary Road")
  let t = k + 1;
  while (t < count && t <= k + 3) {
    const ts = rd(tShape, t);
    const td = rd(tData, t);
    if (t > k + 1 && ((rd(tGap, t) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HASH)) != 0 ||
      ((rd(tGap, t) & G_SENT) != 0 && !((rd(tGap, t) & G_PERIOD) != 0 && (rd(tShape, t - 1) == SH_INITIAL || wordIn(t - 1, "\u0002jr")))))) return false;
    if (ts != sh && !(ts == SH_INITIAL && t > k + 1)) return false;
    if ((td & F_STREET) != 0 && t > k + 1) break;
    if ((td & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_FACILITY)) != 0 && ts != SH_INITIAL && !wordIn(t, "\u0002jr")) return false;
    t++;
  }
  if (t >= count || t > k + 3 || (rd(tData, t) & F_STREET) == 0) return false;
  let f = numbered ? p : k;
  // (a building number before the house number, as the street rule takes it: "9543 1819 St. John Street")
  if (numbered && p > 0 && exists(p - 1) && rd(tShape, p - 1) == SH_NUM && tight(p) && rd(tEnd, p - 1) - rd(tStart, p - 1) <= 6) f = p - 1;
  spanDone(rd(tStart, f), rd(tEnd, t), ENTITY_LOCATION, numbered ? 900 : 850, R_ADDRESS, f, t);
  startTail(t);
  return true;
}

function laterRounds(k: u32, sh: u32, mode: u32): bool {
  // (stop 38: a newborn's surname in ALL CAPS, "BABY BOY SMITH", "BABY GIRL YOUNG (MOTHER ..."; the sex word first)
  if (sh == SH_UPPER && k >= 2 && mode == MODE_CAPS && babyBefore(rd(tStart, k - 1)) != rd(tStart, k - 1) && babySurname38(k)) return true;
  // (stop 38: in ALL CAPS a given name before a hyphenated surname, "SW: GRACE KIM-ALDRIDGE."; the hyphen first)
  if (sh == SH_UPPER && k >= 1 && k + 1 < count && rd(tGap, k + 1) == G_HYPHEN && mode == MODE_CAPS && capsHyphenName38(k)) return true;

  // (stop 38: a county in lower-case text after a place's comma or in brackets, "calloway forks, braxton county.", "from
  // hazard (perry county)"; the shape and the gap first)
  // (stop 38: a town no list has after "from" in a travel's frame, in any case, "who drove her from Cheviot.", "dtr
  // visiting from fort lupine."; the word before's length and first letter first)
  // (and one ending in a town's feature word after "in" or "near" and a residence verb, "LIVES OUT NEAR BITTER CREEK")
  if ((rd(tEnd, k - 1) - rd(tStart, k - 1) == 4 && ((byteAt(rd(tStart, k - 1)) | 0x20) == 0x66 || (byteAt(rd(tStart, k - 1)) | 0x20) == 0x6e) ||
    rd(tEnd, k - 1) - rd(tStart, k - 1) == 2 && (byteAt(rd(tStart, k - 1)) | 0x20) == 0x69) && travelTown38(k, sh, mode)) return true;
  if (mode == MODE_LOWER && sh == SH_LOWER && ((rd(tGap, k) & G_COMMA) != 0 || punctBefore(rd(tStart, k)) == 0x28 ||
    pType == ENTITY_LOCATION && pEnd == rd(tEnd, k - 1)) && lowerCounty38(k)) return true;
  // (stop 37: a second relative's given name after "and", "DAUGHTERS FAITH AND SUMMER;"; the pending name and "and" first)
  if (pType == ENTITY_NAME && pReason == R_CUE && k >= 3 && sh != SH_CAP && isAnd(k - 1) && andKinName37(k, sh, mode)) return true;
  // (stop 37: a public agency named by its remit, head first, "Department of Children and Family Services", "OFFICE OF
  // THE CHIEF MEDICAL EXAMINER"; the word's length and the token two before first)
  if (rd(tEnd, k) - rd(tStart, k) >= 5 && k >= 2 && exists(k - 2) && agencyRemit37(k, sh, mode)) return true;
  // (stop 37: a body's name before its head, "of" and its place, "at Passport Health of Kingsbury"; the head's bit or
  // length and "of" after it first)
  if (((rd(tData, k) & F_FACILITY) != 0 || rd(tEnd, k) - rd(tStart, k) == 6 && wordIn(k, "\u0006health")) && k + 2 < count && tight(k + 1) &&
    rd(tEnd, k + 1) - rd(tStart, k + 1) == 2 && wordIn(k + 1, "\u0002of")) orgOfPlace37(k, sh, mode);
  // (stop 30: a facility's name of common words, or after a place guessed at its first word, "PINE HOLLOW SURGICAL
  // HOSPITAL", "at Western Hills Psychiatric Institute"; the shape and a facility bit within four tokens first)
  if (sh == SH_CAP && mode == MODE_MIXED && ((rd(tData, k) | (k + 1 < count ? rd(tData, k + 1) : 0) | (k + 2 < count ? rd(tData, k + 2) : 0) |
    (k + 3 < count ? rd(tData, k + 3) : 0)) & F_FACILITY) != 0 && facilityLine30(k, sh, mode)) return true;
  // (clinical round 28: a town of English words after a facility's comma and before its state's code, "Dialysis, Gulf
  // Breeze, FL"; the comma and the pending place first)
  if ((rd(tGap, k) & G_COMMA) != 0 && pType == ENTITY_LOCATION && k > 0 && pEnd == rd(tEnd, k - 1) && townAfterPlace37(k, sh, mode)) return true;
  // (clinical round 28: a second given name of an English word closing "LAST, FIRST" before a record's field, "PT COMBS,
  // JIMMY RAY MRN"; the name two tokens back and the shape first)
  if ((sh == SH_UPPER && mode == MODE_CAPS || sh == SH_CAP && mode == MODE_MIXED || sh == SH_INITIAL) && k >= 2 &&
    rd(tDone, k - 2) == ENTITY_NAME && lastFirstSecond37(k, sh)) return true;
  // (stop 30: name particles opening a person's field, "Patient: de la Cruz, Rosa María"; a hyphenated given name after
  // "LAST," there, "Patient: KIM, SOO-JIN"; the flag and the gap first)
  if ((rd(tData, k) & F_PARTICLE) != 0 && particleLastFirst30(k, sh)) return true;
  if ((rd(tGap, k) & G_COMMA) != 0 && (sh == SH_CAP || sh == SH_UPPER) && hyphenFirstAfterComma30(k, sh)) return true;
  // (stop 30: a county or state road by its number, "on County Road 12"; the number two tokens on first)
  if (k + 2 < count && rd(tShape, k + 2) == SH_NUM && countyRoad30(k, sh)) return true;
  // (stop 31: a signature line in lower case, "grace hill, md 03/02/2026", "co-signed: frank bell, otr/l"; the comma and
  // the credential's flag after the token first)
  if (mode == MODE_LOWER && sh == SH_LOWER && k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && lowerSignature31(k)) return true;
  // (stop 30: the writer after "I'm", "Hi, I'm Frank."; a name before its relation in brackets, "Grace (wife)"; the
  // byte before or after first)
  if (rd(tStart, k) >= 3 && (byteAt(rd(tStart, k) - 2) | 0x20) == 0x6d && selfIntro30(k, sh, mode)) return true;
  if (rd(tEnd, k) + 1 < inLen && (byteAt(rd(tEnd, k)) == 0x28 || byteAt(rd(tEnd, k) + 1) == 0x28) && parenKin30(k, sh)) return true;
  // (stop 30: a census line's patient, "Bed 3: Oyelowo-Banks, CHF"; the number's shape before it first)
  if ((rd(tShape, k - 1) == SH_NUM || rd(tShape, k - 1) == SH_OTHER) && bedName30(k, sh, mode)) return true;
  // (stop 29: an Arabic surname with its article, "Al-Rashidi": "Al" is Alabama's code and stopped the name; the bytes first)
  if ((byteAt(rd(tStart, k)) | 0x20) == 0x61 && rd(tEnd, k) - rd(tStart, k) == 2 && arabicArticleName(k, sh, mode)) return true;
  // (fifteenth round: the second letter of "M.D." before this word is no initial to pull into its name)
  if (rd(tShape, k - 1) == SH_INITIAL && sh != SH_INITIAL) credLetterBefore(k);
  // (and a word with no name strength after a name and a dash between blanks is no second surname: "SISTER OPAL -
  // CHF", "okeke, ifeoma - dka")
  if (rd(tDone, k - 1) == ENTITY_NAME && spacedDash(k) && nameStr(k) == 0 && (rd(tGap, k) & G_NEWLINE) == 0) return true;
  // (stop 28: the place of a dated event after "at", "prior PCI 2088 at Lahey."; a number two tokens before first)
  if (k >= 2 && rd(tShape, k - 2) == SH_NUM && sh == textShape(mode) && datedAt28(k, sh)) return true;
  // (stop 40: or an eponym's hospital, an initialism, a hyphenated pair, "2088 at Lahey.", "6/3/95 at RPH."; datedAtLoc40())
  if (k >= 2 && rd(tShape, k - 2) == SH_NUM && datedAtLoc40(k, sh, mode)) return true;
  if (sh != SH_CAP && tenthRound(k, sh, mode)) return true;
  // (stop 30: a public agency's acronym in a report's frame, "Report filed to DCF"; the shape and length first)
  if ((sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) && rd(tEnd, k) - rd(tStart, k) <= 4 && agencyAcronym30(k, mode)) return true;
  // (stop 31: an organisation's name ending in its head after a frame of where, a clinician, a role label or a heading's
  // dash, "Dr. Ferris at Coastal Urology Group", "SUPPLIER: MOUNTAIN MEDICAL SUPPLY"; the frame's gap or word first)
  // (stop 36: a name before "Health" alone after a frame, "at Passport Health in", "SECONDARY PEOPLES HEALTH PH55"; the
  // shape and the word first)
  if ((sh == SH_CAP || sh == SH_UPPER) && rd(tEnd, k) - rd(tStart, k) == 6 && healthHead36(k, sh, mode)) return true;
  // (stop 36: a hospital's or a firm's hyphenated double name after "at", "from" or a verb's "to", "delivery at
  // Wentworth-Douglass this time"; the hyphen's gap first)
  if ((sh == SH_CAP || sh == SH_UPPER) && k + 1 < count && rd(tGap, k + 1) == G_HYPHEN && hyphenPlace36(k, sh, mode)) return true;
  if (orgGate31(k) && orgRun31(k, sh, mode)) return true;
  // (stop 33: a firm's word or a hospital's initialism alone after a word of where, "wound vac from KCI,", "at HPRMC"; a
  // word no list has, its length and the word before's shape first)
  if ((sh == SH_UPPER || sh == SH_CAP) && tierOf(rd(tData, k)) == 0 && rd(tEnd, k) - rd(tStart, k) >= 3 && whereShape31(k - 1) &&
    firmAfterWhere33(k, sh)) return true;
  // (stop 39: a hospital's one or two words no list has after a care verb's "at"/"to"/"from", "transferred to Lahey for
  // cath", "SEEN AT OCHSNER LAST YEAR"; the tier, the length and the word before's shape first)
  if (tierOf(rd(tData, k)) == 0 && rd(tEnd, k) - rd(tStart, k) >= 4 && whereShape23(k - 1) && careFrame39(k, sh, mode)) return true;
  // (stop 34: a firm's compound word, or a word no list has after a payer's or a carrier's label, "billing to
  // SelectHealth (", "supplement Wellmark ID", "TRANSPORT: EAGLEMED"; a capitalised word no list has, four letters or more)
  if ((sh == SH_UPPER || sh == SH_CAP) && tierOf(rd(tData, k)) == 0 && rd(tEnd, k) - rd(tStart, k) >= 4 && org34(k, sh, mode)) return true;
  // (stop 39: a payer's word that English or a name also has, before its plan's, member's or claim's word, "billed to
  // humana part d", "Sedgwick claim"; the list first)
  if (k + 1 < count && sh != SH_NUM && payer39(k, sh, mode)) return true;
  // (round 20: "Center" after a hospital just found, "Harlem Hospital Center"; the pending facility first)
  if (pReason == R_FACILITY && pEnd == rd(tEnd, k - 1) && hospitalCenter20(k, sh)) return true;
  // (round 20: a place's public office, a union's local, "<head> for <Name>"; two tight tokens after k first)
  if (sh != SH_NUM && sh != SH_INITIAL && k + 1 < count && roundTwenty(k, sh, mode)) return true;
  // (the thirteenth round's: initials after "by", a middle initial before "(" or a credential, a titled surname before a
  // colon)
  if (sh == SH_UPPER && byInitials(k, mode)) return true;
  // (stop 40: initials after a record's verb with no "by", closing a sign-off field, "TRANSCRIBED KLS", "REVIEWED AQ
  // 03/16/99"; or after a roster column's "BY", "TDAP L DELT   BY EV   EMPLOYEE #"; two or three capitals first)
  if (sh == SH_UPPER && rd(tEnd, k) - rd(tStart, k) <= 3 && k >= 1 && recordInitials40(k)) return true;
  if (sh == SH_INITIAL && middleInitialBefore(k)) return true;
  if ((sh == SH_CAP || sh == SH_UPPER) && titledSurname(k, sh, mode)) return true;
  if ((sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS) && k >= 2 && (rd(tGap, k - 1) & G_HYPHEN) != 0 &&
    hyphenGivenPair(k)) return true;
  if (sh == SH_INITIAL && dottedInitialsAge(k)) return true;
  if (byteAt(rd(tStart, k) - 1) == 0x22 && (quotedNickname(k, sh) || quotedAlias21(k, sh, mode))) return true;
  if (k + 1 < count && possessive(k) && saintHerbOrFeast(k)) return true;
  if (sh == SH_LOWER && mode == MODE_LOWER && rd(tEnd, k) - rd(tStart, k) == 1 && lowerTrailingInitial(k)) return true;
  if (sh == SH_LOWER && mode == MODE_LOWER && (rd(tGap, k) & G_COLON) != 0 && lowerFieldName(k)) return true;
  // (clinical round 28: "pt hale, henry, age 92" with no colon; the comma after the next token first)
  if (sh == SH_LOWER && mode == MODE_LOWER && k + 1 < count && rd(tGap, k + 1) == G_COMMA && lowerPersonLastFirst37(k)) return true;
  // (ids14: a town that is also an English word after a residence frame, in ALL CAPS or lower case)
  if (sh != SH_CAP && mode != MODE_MIXED && residenceTown(k, sh, mode)) return true;
  if ((sh == SH_CAP || sh == SH_UPPER) && k + 1 < count && (rd(tData, k - 1) & F_MW_PREFIX) == 0 && framedSuffixTown(k, sh)) return true;
  // (stop 27: towns named for a feature, streets of rarer types, names before "&")
  if (placesTwentySeven(k, sh, mode)) return true;
  // (stop 29: a given name that is also a state or country after a person's cue, before the surname: "RN Jordan Smith")
  if ((rd(tData, k) & (F_STATE | F_COUNTRY)) != 0 && (rd(tData, k - 1) & F_CUE) != 0 && placeNamedPerson(k, sh, mode)) return true;
  // (stop 29: a transcriptionist's code or initials the rule in decide() leaves, "TR: kg43", "Transcribed by: KG")
  if ((rd(tGap, k) & G_COLON) != 0 && (sh == SH_OTHER || sh == SH_UPPER && mode != MODE_CAPS) && transcriberCode(k, sh)) return true;
  // (stop 29: a surname that heads eponyms after a titled given name, "Dr. Tom Law")
  if ((rd(tData, k) & F_EPONYM_HEAD) != 0 && titledHeadSurname(k, sh, rd(tData, k), mode)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 850, R_NEIGHBOUR);
    wr(tDone, k, ENTITY_NAME);
    return true;
  }
  // (stop 29: "12 St. John Street"; the length first)
  if ((sh == SH_CAP || sh == SH_UPPER) && rd(tEnd, k) - rd(tStart, k) <= 3 && saintStreet(k, sh, mode)) return true;
  // (stop 28: a congregation named without "Church", "her church group at Grace Lutheran"; the shape first)
  if ((sh == SH_CAP || sh == SH_UPPER || sh == SH_LOWER && mode == MODE_LOWER) && congregation28(k, sh, mode)) return true;
  // (stop 29: an organisation after a frame of affiliation, "member of Grace Fellowship", "attends Lincoln Middle"; the
  // shape, the tight gap and the frame word's shape first)
  if ((sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS) && tight(k) && orgFrame29(k, mode)) return true;
  if ((rd(tData, k) & F_MONTH) != 0 && monthAfterCue(k, sh, mode)) return true;
  // (stop 26: a clinician's practice in brackets after the name, "Carrasquillo, MD (Eastgate GI)"; the bracket first)
  // (stop 29: and a role's organisation in brackets after the person, "doula Sunny Castellanos (Birthright Doulas)")
  if ((sh == SH_CAP || sh == SH_UPPER) && punctBefore(rd(tStart, k)) == 0x28 && (clinicianAffiliation(k, sh) ||
    (sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS) && roleBracketOrg29(k, sh, mode))) return true;
  // (the word before is "is": its length and bytes first)
  if (k >= 2 && sh != SH_INITIAL && rd(tEnd, k - 1) - rd(tStart, k - 1) == 2 && (byteAt(rd(tStart, k - 1)) | 0x20) == 0x69 &&
    (byteAt(rd(tStart, k - 1) + 1) | 0x20) == 0x73 && thisIsName(k, sh)) return true;
  if (sh == SH_INITIAL && litreAfterNumber(k)) return true;
  if (roundFourteen(k, sh, mode)) return true;
  if (roundFifteen(k, sh, mode)) return true;
  // (round 17: a bare surname as a role field's value in ALL CAPS, "SURGEON: HALVERSON   PROCEDURE: ...")
  if (mode == MODE_CAPS && sh == SH_UPPER && (rd(tGap, k) & G_COLON) != 0 && capsRoleSurname(k)) return true;
  // (and a town, its state code and ZIP in lower-case text, "pell harbor, me 04218")
  if (mode == MODE_LOWER && sh == SH_LOWER && k + 2 < count && (rd(tData, k + 1) & F_STATE) != 0 && lowerTownStateZip(k)) return true;
  // (the "&" two bytes before k first: most capitalised words after a gap have none)
  if ((sh == SH_CAP || sh == SH_UPPER) && mode != MODE_LOWER && rd(tStart, k) >= 2 && byteAt(rd(tStart, k) - 2) == 0x26 &&
    ampServicePair(k, sh, mode)) return true;
  if ((sh == SH_UPPER && mode == MODE_CAPS || sh == SH_LOWER && mode == MODE_LOWER) && roundSeventeen(k)) return true;
  // (round 18: lower-case text's sign-off initials glued to a dash, "for sig. -jm"; the dash byte first; and the surname
  // "Le" closing a name, "Dr. Le", "husband Trung Le and ...": two letters and the particle bit first)
  if (sh == SH_LOWER && byteAt(rd(tStart, k) - 1) == 0x2d && roundEighteen(k, mode)) return true;
  if (rd(tEnd, k) - rd(tStart, k) == 2 && (rd(tData, k) & F_PARTICLE) != 0 && surnameLe(k, sh, mode)) return true;
  // (round 19: a scale's eponym before its score, "Braden 14", "EPWORTH 16"; two streets at a crossing, "Tanner Ln and
  // Hobart Rd"; a newborn by its surname in ALL CAPS or lower case, "BABY GIRL ADESANYA". Each behind a bit, a length
  // or the next token's shape: roundNineteen)
  if (sh != SH_INITIAL && k + 1 < count && roundNineteen(k, sh, mode)) return true;
  // (and a legal form after the comma that closes an organisation's or practice's name: "Delancey Cold Storage, Inc.",
  // "Corbin Hollow Rheumatology, PLLC"; the comma and the pending place first)
  if (pType == ENTITY_LOCATION && (rd(tGap, k) & G_COMMA) != 0 && legalFormAfter(k)) return true;
  // (and in lower-case text an organisation opened by a word no list has after a frame or a field's label: "invoice
  // from chartsafe record services", "employer: harborside credit union"; the shape and tier first)
  if (sh == SH_LOWER && mode == MODE_LOWER && tierOf(rd(tData, k)) == 0 && k + 1 < count && lowerOrgAfterFrame(k)) return true;
  // (round 21: in lower-case text a clinician's initial and surname after a cue or credential, "triage rn k.
  // nakashima-ruiz", "nnp: k. obuya"; one letter and its period first)
  if (sh == SH_LOWER && mode == MODE_LOWER && rd(tEnd, k) - rd(tStart, k) == 1 && byteAt(rd(tEnd, k)) == 0x2e &&
    k + 1 < count && lowerInitialSurname21(k)) return true;
  // (round 21: a lower-case unit after a number or a phone's cue word before the digits; the shape first)
  if (sh == SH_LOWER && rd(tEnd, k) - rd(tStart, k) <= 4 && unitOrDialCue21(k)) return true;
  return facRound(k, sh, mode);
}

// (round 21) Time units after a number (min mins minute minutes hr hrs hour hours sec secs day days wk wks mo mos yr yrs)
// and a phone's cue words before its digits (ext extn pgr tel cell)
const TIME_UNITS_21 = "\u0003min\u0004mins\u0006minute\u0007minutes\u0002hr\u0003hrs\u0004hour\u0005hours\u0003sec\u0004secs\u0003day\u0004days\u0002wk\u0003wks\u0002mo\u0003mos\u0002yr\u0003yrs";
const DIAL_CUES_21 = "\u0003ext\u0004extn\u0003pgr\u0003tel\u0004cell";

/**
 * Token k, a street type, closes one to three words of its shape (no context word; an ordinal may be one) after an EMS
 * run sheet's or dispatch's cross-street label: "X-STREET", "X-ST", "XST", "CROSS ST", "cross street" (a colon after it
 * or not): "X-STREET QUARRY HILL LN", "cross st: Tanner Ln", "xst 5th ave". Writes the street and returns true.
 */
function crossStreetCue21(k: u32, sh: u32): bool {
  let q = k - 1;
  let n: u32 = 0;
  while (n < 3 && exists(q) && !crossLabel21(q) && (rd(tShape, q) == sh && (rd(tData, q) & CONTEXT_WORDS & ~(F_STREET | F_EPONYM_HEAD)) == 0 ||
    ordinalAt(q)) && tight(q + 1) && q > 0) {
    n++;
    q--;
  }
  if (n == 0 || !exists(q) || (rd(tGap, q + 1) & (G_NEWLINE | G_FAR)) != 0 || !crossLabel21(q)) return false;
  spanDone(rd(tStart, q + 1), rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS, q + 1, k);
  startTail(k);
  return true;
}

/**
 * In lower-case text token k, a numbered road's word ("route", "rte", "hwy", "highway"), is followed by its number (1-3
 * digits, no unit or count after it) and preceded by a preposition of place or an opening bracket: "cvs #2281 (route 9
 * marlboro)", "diner on route 20 in westfield", "lives off hwy 60". "med route 2 times daily", "changed to route 2 of the
 * protocol" and "route iv" stay words. (Stop 36: also "under", "over", "onto", "past", "across", a place's label and
 * colon, a shop just found before it, and "rural route 4".)
 */
function lowerRoute21(k: u32): bool {
  if (!wordIn(k, NUMBERED_ROADS) || k + 1 >= count || rd(tShape, k + 1) != SH_NUM || !tight(k + 1) ||
    rd(tEnd, k + 1) - rd(tStart, k + 1) > 3) return false;
  if (k + 2 < count && tight(k + 2) && wordIn(k + 2, "\u0002of\u0003per") || k + 2 < count && tight(k + 2) && wordIn(k + 2, DOSE_UNITS)) return false;
  const s = rd(tStart, k);
  if (s >= 1 && byteAt(s - 1) == 0x28) return true;
  // (stop 36: a place's label and its colon, "location: interstate 84 westbound"; a shop just found before it,
  // "walgreens route 30"; "rural route 4" after its preposition)
  if ((rd(tGap, k) & G_COLON) != 0) return wordIn(k - 1, "\u0008location\u0005scene\u0007address");
  if (pType == ENTITY_LOCATION && pEnd == rd(tEnd, k - 1) && tight(k)) return true;
  const p = tight(k) && k >= 2 && exists(k - 2) && tight(k - 1) && wordIn(k - 1, "\u0005rural") ? k - 2 : k - 1;
  return tight(p + 1) && wordIn(p, "\u0002on\u0003off\u0005along\u0004near\u0004from\u0002to\u0002at\u0003via\u0002by\u0004down\u0002up\u0005under\u0004over\u0004onto\u0004past\u0006across");
}

/** Token q ends a cross-street label: "xst", or "street"/"st" right after "x" (a hyphen between) or "cross". */
function crossLabel21(q: u32): bool {
  if (wordIn(q, "\u0003xst")) return true;
  return q > 0 && exists(q - 1) && wordIn(q, "\u0006street\u0002st") && wordIn(q - 1, "\u0001x\u0005cross") &&
    rd(tStart, q) - rd(tEnd, q - 1) <= 1;
}

/**
 * Token q, an ordinal ("4th", "25TH"), follows an abbreviated direction of one or two letters and its period, one blank
 * between: "W. 4th", "e. 25th", "N.E. 3rd" (the direction's last letter). The period is the abbreviation's, no
 * sentence's end.
 */
function dottedDirection21(q: u32): bool {
  if (q == 0 || q >= count || !ordinalAt(q)) return false;
  const s = rd(tStart, q);
  const p = q - 1;
  const len = rd(tEnd, p) - rd(tStart, p);
  return s >= 3 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x2e && rd(tEnd, p) == s - 2 && len <= 2 &&
    (rd(tData, p) & F_DIRECTION) != 0 && rd(tShape, p) != SH_NUM;
}

/**
 * Token q, a state's name and no other context word (no title, cue or month: "Virginia", "Maryland", "michigan"),
 * right before token k, a street type other than "St" (which is also Saint and, after a state, its university):
 * "on Maryland Pkwy", "church on Pennsylvania Avenue", "on michigan ave". (Read from addressOrFacility()'s street
 * without a house number, which still wants "on", "off" or "along" before it.)
 */
function stateStreet21(q: u32, k: u32): bool {
  // (stop 38: "St" too after a direction's letter, "WALGREENS ON S GEORGIA ST.", "on n michigan st")
  return (rd(tData, q) & CONTEXT_WORDS) == F_STATE && rd(tEnd, q) - rd(tStart, q) >= 4 && (!wordIn(k, "\u0002st") ||
    q > 0 && exists(q - 1) && directionLetter(q - 1));
}

/**
 * In lower-case text token k, one letter and its period, opens a clinician's name after a person's cue or credential
 * ("rn", "md", "dr", "nnp", a role word) or a signature's "/s/": the next word is a surname no English list has or a
 * listed surname, and a second half after a hyphen too ("triage rn k. nakashima-ruiz", "nnp: k. obuya", "/s/ o.
 * vancampen"). The genus of a germ ("e. coli", "s. aureus", "h. pylori") is no name. Writes the NAME.
 */
function lowerInitialSurname21(k: u32): bool {
  const p = k - 1;
  const s = rd(tStart, k);
  const cued = (rd(tData, p) & (F_CUE | F_CRED | F_TITLE)) != 0 || (s >= 4 && byteAt(s - 2) == 0x2f && (byteAt(s - 3) | 0x20) == 0x73);
  // (stop 36: or "by" before the initial and a listed surname, "signed by t. whitfield"; or, with no cue, a surname of two
  // halves that are both surnames or words no list has, one listed, "narrative by r. fuentes-ayala", "crew: d.
  // abercrombie-wynn")
  const by = (rd(tData, p) & F_BY) != 0;
  if (!cued && !by && !(k + 2 < count && rd(tGap, k + 2) == G_HYPHEN)) return false;
  const m = k + 1;
  if (rd(tShape, m) != SH_LOWER || rd(tStart, m) != rd(tEnd, k) + 2 || !lowerSurnameWord21(m)) return false;
  let last = m;
  let pair = false; // both halves surnames or unknown words, one listed
  if (m + 1 < count && rd(tGap, m + 1) == G_HYPHEN && rd(tStart, m + 1) == rd(tEnd, m) + 1 && rd(tShape, m + 1) == SH_LOWER) {
    const second = lowerSurnameWord21(m + 1);
    if (second || nameStr(m + 1) > 0) last = m + 1;
    pair = second && (nameStr(m) > 0 || nameStr(m + 1) > 0);
  }
  // (after "by" alone a listed surname: a germ's species no list has is no name, "by p. aeruginosa")
  if (!cued && !pair && !(by && nameStr(m) >= 2)) return false;
  span(s, rd(tEnd, last), ENTITY_NAME, 750, R_INITIAL);
  for (let q = k; q <= last; q++) wr(tDone, q, ENTITY_NAME);
  return true;
}

/** Token m, a lower-case word, may be a surname: no context word or germ's name; unknown to every list, or a surname. */
function lowerSurnameWord21(m: u32): bool {
  const d = rd(tData, m);
  const len = rd(tEnd, m) - rd(tStart, m);
  if (len < 3 || (d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || wordIn(m, CAPS_CLINICAL_TERMS)) return false;
  return tierOf(d) == 0 ? !medicalShape(m) : nameStr(m) >= 2;
}

/**
 * Token k, a lower-case word of at most four letters, is a time unit right after a number ("was 40 min late again",
 * "total time 27 min.") or a phone's cue word right before its digits ("(ext 61108)", "pgr 4471"): no name, though
 * "Min" and "Ext" are in the name lists. Returns true (nothing written) when so. (Read from laterRounds().)
 */
function unitOrDialCue21(k: u32): bool {
  if (rd(tShape, k - 1) == SH_NUM && tight(k) && wordIn(k, TIME_UNITS_21)) return true;
  return k + 1 < count && rd(tShape, k + 1) == SH_NUM && tight(k + 1) && wordIn(k, DIAL_CUES_21);
}

/**
 * Token k, a saint's name in the possessive, names a herb or a feast, no one ("St. John's wort", "ST. PATRICK'S DAY",
 * "st. john's wort"): marks it and the word after it done and returns true. (Read from laterRounds(): a test more in
 * decide()'s body put its wasm2js fallback past V8's optimising size limit again when stop 22's branches merged.)
 */
function saintHerbOrFeast(k: u32): bool {
  if (!wordIn(k + 1, "\u0004wort\u0003day") || !wordIn(k - 1, "\u0002st\u0005saint") ||
    (rd(tGap, k) & (G_NEWLINE | G_FAR | G_COMMA)) != 0) return false;
  wr(tDone, k, 0xff);
  wr(tDone, k + 1, 0xff);
  return true;
}

/**
 * Token q is a compass direction abbreviated in capitals ("W", "S", "NE") opening a street's name before the words
 * already read: "walk-up on W 104th St", "lives on S 3rd Ave 98902", "ON N MAIN ST". One or two letters only: a
 * direction spelled out ("West 104th Street") is a capitalised word the street rule already takes.
 */
function directionLetter(q: u32): bool {
  const len = rd(tEnd, q) - rd(tStart, q);
  const sh = rd(tShape, q);
  // (stop 38: in lower-case text its lower-case letter, "walgreens on n clark st.")
  return len <= 2 && (sh == SH_INITIAL || sh == SH_UPPER || sh == SH_LOWER && modeAt(q) == MODE_LOWER) && (rd(tData, q) & F_DIRECTION) != 0 &&
    tight(q + 1);
}

/**
 * Token j, a state code in capitals that is also a degree ("MS", "MD", "PA"), is followed by a comma and a credential
 * or a word no English list has, in capitals, no state or country, no number after it (a ZIP, a phone label's number): a
 * signature's list of degrees ("Anjali Ross, MS, CCC-SLP", "Morwenna Tull,
 * MS, CGC", "Lee, MD, PhD"), not "City, ST" ("Jackson, MS, 39201" and "Dover, DE, USA" stay places).
 */
function credentialChain(j: u32): bool {
  const n = j + 1;
  if ((rd(tData, j) & (F_CRED | F_STATE)) == 0 || rd(tShape, j) != SH_UPPER || rd(tEnd, j) - rd(tStart, j) != 2 ||
    (rd(tGap, n) & (G_COMMA | G_NEWLINE | G_FAR)) != G_COMMA) return false;
  const nd = rd(tData, n);
  return (nd & (F_STATE | F_COUNTRY)) == 0 && rd(tShape, n) == SH_UPPER && ((nd & F_CRED) != 0 || (tierOf(nd) == 0 &&
    placeStr(nd) == 0 && !wordIn(n, "\u0003usa\u0002us"))) && rd(tEnd, n) - rd(tStart, n) <= 5 &&
    !(n + 1 < count && rd(tShape, n + 1) == SH_NUM && (rd(tGap, n + 1) & (G_NEWLINE | G_FAR)) == 0 && !credPhone39(n));
}

/**
 * (stop 39, clinical round 30) Token n, the second of a credential chain after "MS" ("Paloma Greenleaf, MS, CGC,
 * 805-555-0121"), is a listed credential and the number after it opens a phone (three digits): the signer's phone, no
 * ZIP, so "MS" stays the degree ("Tupelo, MS 38801" has no credential after the code).
 */
function credPhone39(n: u32): bool {
  return (rd(tData, n) & F_CRED) != 0 && rd(tEnd, n + 1) - rd(tStart, n + 1) == 3;
}

/**
 * A nickname in double quotes right after a decided name (token k, capitalised in mixed case or capitals in ALL CAPS,
 * the quotes glued to it): "Bartholomew \"Bart\" Kiplagat", "BUCHANAN, ALOYSIUS \"AL\"", "Rafael \"Rafa\" Montejo"; the
 * capitalised word right after the closing quote and one blank is the surname the nickname interrupts. Not a title, a
 * credential or an English word that is no name (a quoted answer: "Smith answered \"Yes\" Today"). Writes the NAME(s) and returns true, or returns false.
 */
function quotedNickname(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if ((sh != SH_CAP && sh != SH_UPPER) || e - s < 2 || e >= inLen || byteAt(e) != 0x22 || s < 2 || byteAt(s - 2) != 0x20 ||
    rd(tEnd, k - 1) != s - 2 || rd(tDone, k - 1) != ENTITY_NAME || (rd(tData, k) & (F_TITLE | F_CRED)) != 0 ||
    (tierOf(rd(tData, k)) == 1 && nameStr(k) == 0)) return false;
  span(s, e, ENTITY_NAME, 750, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  const n = k + 1;
  if (n >= count || rd(tStart, n) != e + 2 || byteAt(e + 1) != 0x20 || rd(tShape, n) != sh) return true;
  const nd = rd(tData, n);
  if ((nd & (CONTEXT_WORDS & ~F_STATE)) != 0 || (tierOf(nd) == 1 && nameStr(n) == 0)) return true;
  // (thirteenth round) and the second half of a hyphenated surname: "Dashiell \"Dash\" Montgomery-Ruiz"
  let last = n;
  if (n + 1 < count && byteAt(rd(tEnd, n)) == 0x2d && rd(tStart, n + 1) == rd(tEnd, n) + 1 && rd(tShape, n + 1) == sh) last = n + 1;
  flush();
  span(rd(tStart, n), rd(tEnd, last), ENTITY_NAME, 750, R_NEIGHBOUR);
  for (let m = n; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/**
 * (round 21) Token k opens a nickname in double quotes, one or two words of letters (a hyphen or apostrophe inside:
 * "RAY-RAY", "t-bone", "dq"), closed by the quote: after "AKA" or "alias" ("DECEDENT: LAFLEUR, RAYMOND JOSEPH   AKA
 * "RAY-RAY""), or right after a decided name, a bracket between or not ("tavon ("t-bone")", "dequan "dq" matthews"),
 * in any case. Quoted words with a title or credential, or only core English words, are no nickname ("Smith ("the
 * patient")", "Mr. Smith "feels fine"" keep their words). Writes the NAME and returns true.
 */
function quotedAlias21(k: u32, sh: u32, mode: u32): bool {
  const s = rd(tStart, k);
  if (s < 3 || sh == SH_NUM || sh == SH_INITIAL && mode != MODE_LOWER) return false;
  // the closing quote: letters, blanks, '-' and '\'' only, at most 20 bytes, one blank at most
  let e = s;
  let blanks: u32 = 0;
  while (e < inLen && e - s <= 20) {
    const b = byteAt(e);
    if (b == 0x22) break;
    if (b == 0x20) blanks++;
    else if (!isAlpha(b) && b != 0x2d && b != 0x27) return false;
    e++;
  }
  if (e >= inLen || byteAt(e) != 0x22 || e - s < 2 || blanks > 1) return false;
  let o = s - 1; // the opening quote
  if (o >= 2 && byteAt(o - 1) == 0x28) o--;
  if (o < 2 || byteAt(o - 1) != 0x20) return false;
  let p = k - 1;
  const alias = wordIn(p, "\u0003aka\u0005alias");
  if (!alias && !(rd(tDone, p) == ENTITY_NAME && rd(tEnd, p) == o - 1)) return false;
  // (no title or credential inside, and one word at least that is no core English word, or a name: "the patient",
  // "feels fine", "no pain" are quoted words)
  let last = k;
  while (last + 1 < count && rd(tEnd, last + 1) <= e) last++;
  let named = false;
  for (let m = k; m <= last; m++) {
    const d = rd(tData, m);
    if ((d & (F_TITLE | F_CRED | F_NOT_NAME)) != 0) return false;
    if (tierOf(d) != 1 || nameStr(m) > 0) named = true;
  }
  if (!named) return false;
  flush();
  span(s, e, ENTITY_NAME, 700, R_NEIGHBOUR);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

// (round 22) words before "Dr" that make it a title, no street's type: under with per to from for after before until
// since via see seen saw called paged notified told asked
const PREP_BEFORE_DR22 = "\u0005under\u0004with\u0003per\u0002to\u0004from\u0003for\u0005after\u0006before\u0005until\u0005since\u0003via\u0003see\u0004seen\u0003saw\u0006called\u0005paged\u0008notified\u0004told\u0005asked";

// ---- Stop 31, clinical round 22 (fx19): initials at a signature's foot, "by" and its initials (out of line) ----

/**
 * (round 22) The blanks before token k are a form's column: two blanks or a tab.
 */
function columnBefore22(k: u32): bool {
  const s = rd(tStart, k);
  return s >= 2 && (byteAt(s - 1) == 0x09 || (byteAt(s - 1) == 0x20 && (byteAt(s - 2) == 0x20 || byteAt(s - 2) == 0x09)));
}

/**
 * (round 22) Transcription initials in lower-case text, the author's and the transcriptionist's halves both in lower
 * case (2-3 letters each, one slash), closing the line or a column: after a dotted credential ("levandowski, tomasz,
 * m.d. tl/grv"), after a credential or a signed name and a column gap ("chukwu-adler, md    ica/dw    electronically",
 * "abernathy-moss, m.d.   cam/jrt"), or after the dictation dates on the line ("t: 09/20/90 07:11  po/bsk  job
 * 77341"). One half at least is no word or name of the lists. initialsPair() wants the author's half in capitals, so
 * lower-cased notes lost both. Not "mg/dl", "iv/po", "and/or" in prose: no credential, signature or dictation date
 * before them. Writes both NAMEs and returns true.
 */
function lowerPair22(k: u32): bool {
  const n = k + 1;
  const nl = rd(tEnd, n) - rd(tStart, n);
  if (nl < 2 || nl > 3 || !exists(k - 1) || (rd(tData, k) & (F_ALLOW | F_CRED)) != 0 || (rd(tData, n) & F_CRED) != 0 ||
    !oneSlashBetween(k, n) || !initialsEnd(rd(tEnd, n)) || modeAt(k) != MODE_LOWER) return false;
  if (!unlistedHalf(k) && !unlistedHalf(n)) return false;
  let ok = dictationDateOnLine(k - 1);
  if (!ok && (rd(tGap, k) & G_NEWLINE) == 0) {
    const col = columnBefore22(k);
    ok = (k >= 2 && exists(k - 2) && dottedCred(k - 2) && rd(tStart, k) <= rd(tEnd, k - 1) + 4) ||
      (col && (credAt(k - 1, MODE_LOWER) || rd(tDone, k - 1) == ENTITY_NAME));
  }
  if (!ok) return false;
  initialsAndTail(k, ENTITY_NAME, 600, R_INITIAL);
  return true;
}

/**
 * (round 22) In lower-case text, a signer's initials alone closing the line after a credential and a column gap:
 * "tiffani mcdaniel, rn   tm". Two or three letters no list has ("rn   ok", "md   pt" stay words). Writes the NAME.
 */
function lowerFootInitials22(k: u32): bool {
  if (!exists(k - 1) || (rd(tGap, k) & G_NEWLINE) != 0 || !columnBefore22(k) || !unlistedHalf(k) ||
    !((rd(tData, k - 1) & F_CRED) != 0 || (k >= 2 && exists(k - 2) && dottedCred(k - 2))) || modeAt(k) != MODE_LOWER) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 22) A dictating doctor's initials after "by" and a verb of dictation, a date between or not: "dictated
 * 3/2/92 by FA, transcribed by MTQ", "Dictated by RJK", "TYPED BY KLM." (2-3 capitals no list has, in mixed case
 * or ALL CAPS; in lower-case text 2-3 letters no list has), closing its phrase (a comma, a period, a column, the line's
 * end). "dictated by me", "Typed by MS Word" keep their words; "Reviewed by GI)" and "signed by PT." name services
 * (no verb of dictation). Writes the NAME.
 */
function byInitials22(k: u32, sh: u32): bool {
  const p = k - 1;
  if (!exists(p) || !wordIn(p, "\u0002by") || p == 0 || !exists(p - 1)) return false;
  const len = rd(tEnd, k) - rd(tStart, k);
  // (no core English word, context word or title; a rarer word of the lists may be initials: "FA")
  const d = rd(tData, k);
  if (len < 2 || len > 3 || tierOf(d) == 1 || (d & (F_NOT_NAME | CONTEXT_WORDS | F_ALLOW | F_CRED | F_STATE | F_TITLE)) != 0) return false;
  if (sh == SH_UPPER && wordIn(k, CAPS_CLINICAL_TERMS)) return false;
  // (stop 33: in mixed-case text too, when no list knows the word: "Transcribed by jlm. Signed 02/18/2026")
  if (sh == SH_LOWER && modeAt(k) != MODE_LOWER && d != 0) return false;
  const e = rd(tEnd, k);
  const c = e < inLen ? byteAt(e) : 0x0a;
  if (!(initialsEnd(e) || c == 0x2c || c == 0x2e || c == 0x3b)) return false;
  // (not "reviewed" or "signed": "Reviewed by GI)", "signed by PT." name a service)
  const VERBS = "\u0008dictated\u000btranscribed\u0005typed";
  let v = p - 1;
  // (a date between the verb and "by": "dictated 3/2/92 by")
  if (rd(tShape, v) == SH_NUM && v >= 3 && exists(v - 3) && dictatedDate(v - 3)) v = v - 3;
  if (!wordIn(v, VERBS)) return false;
  span(rd(tStart, k), e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 22) The lower-case foot rules, read before step()'s quiet exits for a lower-case token of 2-3 letters with a
 * slash or the line's end right after it, and "by"'s initials for a token of 2-3 letters after "by ".
 */
function round22(k: u32, sh: u32, len: u32): bool {
  if (k == 0) return false;
  const e = rd(tEnd, k);
  const s = rd(tStart, k);
  if (s >= 3 && (byteAt(s - 3) | 0x20) == 0x62 && (byteAt(s - 2) | 0x20) == 0x79 && byteAt(s - 1) == 0x20 && byInitials22(k, sh)) return true;
  if (sh != SH_LOWER || len < 2) return false;
  if (k + 1 < count && rd(tShape, k + 1) == SH_LOWER && e < inLen && (byteAt(e) == 0x2f || byteAt(e) == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x2f))
    return lowerPair22(k);
  return (e >= inLen || byteAt(e) == 0x0a || byteAt(e) == 0x0d) && lowerFootInitials22(k);
}

// ---- Stop 32, clinical round 23 (fx20): a hospital named by its words and a tail word after a word of where;
// initials after a dictation's clock or a scribe's label (out of line: whereTail23, round23Initials) ----

// tail words that stand for a hospital's whole name ("at Skunk River Medical", "from Virgin River Regional", "AT DIXIE
// VALLEY MEDICAL", "seen at three rivers memorial")
const WHERE_TAILS23 = "\u0008regional\u0007medical\u0008memorial\u0007general";
// the words of where before the name
const WHERE_WORDS23 = "\u0002at\u0002to\u0004from\u0003per\u0003via";
// words that say which kind of hospital, not which one ("at University Medical", "to Internal Medical", "VA Medical")
const TAIL_GENERIC23 = "\u000auniversity\u0008national\u0008veterans\u0002va\u0006united\u0008academic\u0008internal\u0006family\u0007primary\u0004city\u0004work\u0004step\u0004down";

/** (round 23) Token p has the length and first letter of a word of WHERE_WORDS23: step()'s cheap first test. */
// @ts-ignore: decorator
@inline function whereShape23(p: u32): bool {
  const s0 = rd(tStart, p);
  const len = rd(tEnd, p) - s0;
  const c = byteAt(s0) | 0x20;
  return len == 2 ? c == 0x61 || c == 0x74 : len == 3 ? c == 0x70 || c == 0x76 : len == 4 && c == 0x66;
}

/** (round 23) One of the three tokens after k has a tail word's length and first letter (WHERE_TAILS23): the second test. */
// @ts-ignore: decorator
@inline function tailAhead23(k: u32): bool {
  for (let t = k + 1; t <= k + 3 && t < count; t++) {
    const l = rd(tEnd, t) - rd(tStart, t);
    const c = byteAt(rd(tStart, t)) | 0x20;
    if ((l == 7 || l == 8) && (c == 0x72 || c == 0x6d || c == 0x67)) return true;
  }
  return false;
}

/**
 * (round 23) Token q can be a word of a hospital's name before its tail: in the name's shape, three letters or more,
 * undecided, no title, cue, credential, month, facility head or unit, no generic, department, specialty or practice
 * word (genericModifier), no drug's or procedure's ending, no function word, determiner or tail.
 */
function tailNameWord23(q: u32, sh: u32): bool {
  if (rd(tShape, q) != sh || rd(tEnd, q) - rd(tStart, q) < 3 || rd(tDone, q) != 0 || (rd(tData, q) & NAME_WALK_STOP) != 0) return false;
  return !genericModifier(q) && !medicalShape(q) && !wordIn(q, NAME_FUNCTION_WORDS) && !wordIn(q, NAME_DETERMINERS) &&
    !wordIn(q, WHERE_TAILS23) && !wordIn(q, TAIL_GENERIC23);
}

/**
 * (round 23) Token k opens a hospital's name of one to three words in the text's letter case (capitalised in mixed
 * case, capitals in ALL CAPS, lower case in lower-case text) that ends in a tail word standing for the whole name
 * (WHERE_TAILS23: "Regional", "Medical", "Memorial", "General"), right after "at", "to", "from", "per" or "via": "seen
 * at Skunk River Medical on 9/28", "ADMITTED 5/2-5/6 AT DIXIE VALLEY MEDICAL FOR MILD ACR", "admitted from Virgin River
 * Regional on 5/2", "Seen at Mercy James Regional infusion". The
 * facility rules want a place's or a name's word, or a word no list has, before such a tail, and English words ("Skunk
 * River", "High Plains", "Three Rivers") name no place they know. In ALL CAPS and lower case one word must be a name's,
 * a place's or a word no list has (practiceNameWord). The tail closes the name: punctuation or the line's end after
 * it, a number, a function word or a unit, and in mixed case a lower-case word; a capitalised word or a facility's
 * head after it goes on with a name the older rules read ("Regional Medical Center", "Memorial Day"). "transferred to
 * General Medical", "at University Medical", "sent to Internal Medical", "admitted to Step Down Medical", "RETURN TO
 * WORK MEDICAL CLEARANCE" stay words. Writes the name as a facility and returns true.
 */
function whereTail23(k: u32, sh: u32): bool {
  // (the tail's length and letter ahead first: read here, not inline in step(), since stop 34)
  if (!tailAhead23(k)) return false;
  if (!tight(k) || !wordIn(k - 1, WHERE_WORDS23)) return false;
  // (the tail first: one of the three tokens after k, tight, in k's shape)
  let h = k + 1;
  while (h < count && h <= k + 3 && tight(h) && (rd(tGap, h) & G_HYPHEN) == 0 && rd(tShape, h) == sh && !wordIn(h, WHERE_TAILS23)) h++;
  if (h >= count || h > k + 3 || !tight(h) || (rd(tGap, h) & G_HYPHEN) != 0 || rd(tShape, h) != sh || !wordIn(h, WHERE_TAILS23)) return false;
  // (the tail closes the name)
  const n = h + 1;
  if (n < count && tight(n)) {
    const ns = rd(tShape, n);
    if ((rd(tData, n) & (F_FACILITY | F_FAC_MOD)) != 0 || wordIn(n, WHERE_TAILS23)) return false;
    if (!(ns == SH_NUM || wordIn(n, NAME_FUNCTION_WORDS) || wordIn(n, UNIT_WORDS31) || sh == SH_CAP && ns == SH_LOWER)) return false;
  }
  let named = false;
  for (let m = k; m < h; m++) {
    if (!tailNameWord23(m, sh)) return false;
    if (practiceNameWord(m)) named = true;
  }
  if (sh != SH_CAP && !named) return false;
  const mode = modeAt(k);
  if (sh != textShape(mode)) return false;
  // (a supplier's or a practice's name ending in "Medical" is the organisation rule's: "home O2 from Breathwell Medical")
  if (orgRun31End(k, sh, mode) != 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, h), ENTITY_LOCATION, 800, R_FACILITY, k, h);
  return true;
}

// a clock's meridiem and zones after its time ("10:55 AM", "14:02 EST")
const CLOCK_WORDS23 = "\u0002am\u0002pm\u0002hr\u0003hrs\u0003est\u0003cst\u0003mst\u0003pst\u0003edt\u0003cdt\u0003mdt\u0003pdt\u0003utc\u0003gmt\u0003hst";

/**
 * (round 23) Initials of two or three letters no list has closing their line: after a dictation's date and clock on
 * a line with "transcribed", "dictated" or "typed" ("TRANSCRIBED 12/04/2094 10:55 DLP", "Transcribed: 9/3/2096 15:47
 * kjb"), or after a scribe's or a transcriptionist's label ("scribe: bjh", "Transcriptionist: LMK"). "Transcribed
 * 12/04/2094 10:55 AM", "Signed 10/4 10:55 RN", "scribe: yes" keep their words. Writes the NAME and returns true.
 */
function round23Initials(k: u32): bool {
  if ((rd(tGap, k) & (G_NEWLINE | G_COMMA | G_OTHER)) != 0 || (rd(tData, k) & (F_CRED | F_TITLE | F_ALLOW)) != 0 ||
    wordIn(k, CLOCK_WORDS23)) return false;
  const p = k - 1;
  // (stop 38, clinical round 29: after a lab log's "tech" any two or three letters closing the line are the
  // technologist's in lower case, a state's code or a word's too, "tech mo", "tech kp"; no unit, country, medical shape or
  // word that is never a name; "tech US" in capitals is the ultrasound)
  if (!unlistedHalf(k) && !(rd(tShape, k) == SH_LOWER && wordIn(p, "\u0004tech") && (rd(tData, k) & (F_NOT_NAME | F_UNIT | F_COUNTRY)) == 0 && !medicalShape(k))) return false;
  // (stop 38, clinical round 29: a lab log's technologist, "called to dr. castellano. tech jl")
  let ok = wordIn(p, "\u0006scribe\u0010transcriptionist\u0006typist\u000btranscriber\u0004tech");
  if (!ok && k >= 3 && exists(k - 3) && rd(tShape, p) == SH_NUM && (rd(tGap, p) & G_COLON) != 0 && rd(tEnd, p) - rd(tStart, p) == 2 &&
    rd(tShape, p - 1) == SH_NUM) {
    // (a verb of dictation earlier on the line)
    let j = p - 1;
    for (let n = 0; n < 10 && j > 0 && exists(j - 1) && (rd(tGap, j) & G_NEWLINE) == 0; n++) {
      j--;
      if (wordIn(j, "\u000btranscribed\u0008dictated\u0005typed")) {
        ok = true;
        break;
      }
    }
  }
  if (!ok) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** (stop 39) Two blanks or more after token k, then "JOB" and its colon: a dictation line's job number follows the typist's initials. */
function jobLabelNext39(k: u32): bool {
  const e = rd(tEnd, k);
  return e + 1 < inLen && byteAt(e + 1) == 0x20 && k + 2 < count && wordIn(k + 1, "\u0003job") && (rd(tGap, k + 2) & G_COLON) != 0 &&
    (rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0;
}

/**
 * (stop 33) Initials of 2-3 letters closing their line after one '/' (blanks around it allowed) that follows the name
 * just found, its credential, or a dictation's job or document number: the typist's or the signer's initials at a
 * note's foot ("ISADORA VELLACOTT, PA-C / IV", "DR. ISIDORE FENWRIGHT, MD / IF", "Dr. Teodoro Villaseñor / tv", "JOB
 * X771253 / rtc", "JOB # 8827714 / LMS"). The frame is what says initials, so a core English word in capitals is taken
 * ("IF", "IV"); a credential is not ("MD / DO", "RN / BSN"), nor a unit after a number ("4 mg / IV": no name there).
 * Called from step() behind round 23's length, shape and line-end tests.
 */
function slashInitials33(k: u32, sh: u32): bool {
  const p = k - 1;
  if (!exists(p) || !oneSlashBetween(p, k) || (rd(tData, k) & (F_CRED | F_TITLE | F_ALLOW)) != 0 || credAt(k, MODE_CAPS) ||
    wordIn(k, UNIT_WORDS31) || wordIn(k, CARE_INITIALS33)) return false;
  // (a credential's second half after its hyphen too: "PA-C / IV", "FNP-BC / kl")
  let ok = pType == ENTITY_NAME && pEnd == rd(tEnd, p) || credAt(p, MODE_CAPS) || p > 0 && rd(tGap, p) == G_HYPHEN && exists(p - 1) && credAt(p - 1, MODE_CAPS);
  if (!ok && rd(tEnd, p) - rd(tStart, p) >= 5 && (rd(tShape, p) == SH_NUM || rd(tShape, p) == SH_OTHER)) {
    // (a job or document label before the number on its line: "JOB X771253 / rtc", "JOB # 8827714 / LMS")
    for (let j = p; j > 0 && j + 4 > p && exists(j - 1) && (rd(tGap, j) & G_NEWLINE) == 0; j--) {
      if (wordIn(j - 1, "\u0003job\u0008document")) {
        ok = true;
        break;
      }
    }
  }
  if (!ok || sh == SH_LOWER && modeAt(k) == MODE_CAPS) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// a home's words before "on" or "off" and its street ("AT HOME ON SOUNDSIDE DR", "CABIN OFF KALIFORNSKY BEACH RD")
const HOME_WORDS23 = "\u0004home\u0005house\u0004farm\u0005ranch\u0005cabin\u0007trailer\u0009apartment\u0005condo\u0009residence\u0008property\u0006duplex\u0009townhouse";

/**
 * (round 23) In ALL CAPS or lower case, the street without a house number (tokens q + 1..k, k its type; decide()'s
 * street walk) after "on" or "off" right after a home's word, or after "resident of", closing its phrase (a break, a
 * verb or "with" after it): "WATCHING THEIR SON AT HOME ON SOUNDSIDE DR.", "A TWO-STORY CABIN OFF KALIFORNSKY BEACH
 * RD, 14 STEPS", "HOUSE ON PINE RIDGE DR WITH HIS WIFE", "a resident of tchoupitoulas st." The
 * older frames want a residence verb or a premises word. "AT HOME ON DR. SMITH'S ADVICE" has no word before the type;
 * "home on the main road" a determiner; "AT HOME ON OXYGEN" no street type.
 */
function homeStreetOn23(q: u32, k: u32): bool {
  if (q == 0 || !exists(q - 1) || !tight(q)) return false;
  if (wordIn(q, "\u0002on\u0003off") ? !wordIn(q - 1, HOME_WORDS23) : !(wordIn(q, "\u0002of") && wordIn(q - 1, "\u0008resident\u0009residents"))) return false;
  for (let m = q + 1; m < k; m++) if (streetDeterminer38(m, k)) return false;
  // (not a preposition after it, which would start an address's tail: "RESIDENT OF TCHOUPITOULAS ST IN THE IRISH
  // CHANNEL" is left)
  return breakAfter(k) || wordIn(k + 1, STREET_CLOSERS);
}

// ---- Stop 33, clinical round 24 (fx21): a military unit by its number and its kind (out of line: militaryUnit24) ----

// the kinds of unit that close a unit's name ("1st Cavalry Division", "10TH MTN DIV", "2-22 INF", "3rd Battalion"); the
// abbreviations only in capitals ("2nd inf" in lower case is an infusion's or an inferior's)
const UNIT_HEADS24 = "\u0008division\u0007brigade\u0008regiment\u0009battalion\u0008infantry\u0007cavalry\u0008airborne\u0007marines\u0008squadron\u0005fleet";
const UNIT_ABBREVS24 = "\u0003div\u0003bde\u0004regt\u0002bn\u0003inf\u0003cav\u0003abn\u0004sqdn";
// the arms a battalion's "N-NN" names with its regiment ("2-22 INF", "1-75 Infantry", "3-7 CAV")
const UNIT_ARMS24 = "\u0008infantry\u0003inf\u0007cavalry\u0003cav";

/** (round 24) Token t is a unit's kind in the text's case: a word of UNIT_HEADS24, or of UNIT_ABBREVS24 in capitals. */
function unitHead24(t: u32, tsh: u32): bool {
  const sh = rd(tShape, t);
  if (sh == SH_UPPER && wordIn(t, UNIT_ABBREVS24)) return true;
  return (sh == tsh || tsh == SH_CAP && sh == SH_UPPER) && wordIn(t, UNIT_HEADS24);
}

/**
 * (round 24) Token k (a number) opens a military unit's name, written as service records and VA and troop-clinic
 * notes write it: an ordinal, up to two words in the text's case and the unit's kind ("Served 1969-71, 1st Cavalry
 * Division, Vietnam", "UNIT: B CO, 2-22 INF, 1BCT, 10TH MTN DIV", "with the 82nd Airborne Division", "3rd Battalion,
 * 5th Marines"), or a battalion's "N-NN" and its regiment's arm ("2-22 INF", "2-299th Infantry"). "the 2nd division of
 * the nerve", "1st inf dose" (lower case in mixed text, an abbreviation in lower case) and "the 3rd Floor" stay words.
 * Writes the organisation and returns true.
 */
function militaryUnit24(k: u32, ordinal: bool): bool {
  const tsh = textShape(modeAt(k));
  let a = k;
  if (!ordinal) {
    // (a battalion's number and its regiment's: "2-22 INF", the arm right after)
    if (k == 0 || !exists(k - 1) || rd(tShape, k - 1) != SH_NUM || (rd(tGap, k) & G_HYPHEN) == 0 || !tight(k + 1) ||
      !wordIn(k + 1, UNIT_ARMS24) || !unitHead24(k + 1, tsh)) return false;
    a = k - 1;
  } else if (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM && (rd(tGap, k) & G_HYPHEN) != 0) a = k - 1;
  let h: u32 = 0;
  for (let t = k + 1; t < count && t <= k + 3 && tight(t); t++) {
    const sh = rd(tShape, t);
    if (!(sh == tsh || tsh == SH_CAP && sh == SH_UPPER)) break;
    if (unitHead24(t, tsh)) h = t;
    else if (h != 0) break;
  }
  if (h == 0) return false;
  spanDone(rd(tStart, a), rd(tEnd, h), ENTITY_LOCATION, 750, R_ORGANIZATION, a, h);
  return true;
}

/**
 * In lower-case text, token k, one letter (not "a" or "i", which are words), right after a decided name and one blank,
 * closing the name: a period, a comma, a column gap, a line end or the input's end after it ("leblanc, thibault j   dob:",
 * "scribe kayleigh m.", "with liam k. during"). Writes the NAME and returns true, or returns false.
 */
function lowerTrailingInitial(k: u32): bool {
  const s = rd(tStart, k);
  const b = byteAt(s);
  if (b <= 0x61 || b == 0x69 || b > 0x7a || rd(tDone, k - 1) != ENTITY_NAME || rd(tEnd, k - 1) != s - 1 ||
    byteAt(s - 1) != 0x20) return false;
  const e = rd(tEnd, k);
  const c = e < inLen ? byteAt(e) : 0x0a;
  const c2 = e + 1 < inLen ? byteAt(e + 1) : 0x0a;
  // (a period only before a blank, a comma or a line end: the "m" of "m.d." is the degree's)
  if (c == 0x2e ? !(c2 == 0x20 || c2 == 0x2c || c2 == 0x0a || c2 == 0x0d) :
    !(c == 0x2c || c == 0x0a || c == 0x0d || (c == 0x20 && (c2 == 0x20 || c2 == 0x0a)))) return false;
  span(s, c == 0x2e ? e + 1 : e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// ---- Organisations and facilities named by common words (org12; self-contained: namedHeadClass, commonWordsName,
// commonWordsOrg, commonWordsBefore) ----
// A school, church, shop, agency or practice is often named by ordinary English words before its head ("Little
// Acorns Daycare", "Peak Motion Physical Therapy", "Bay State Home Health", "Signature Healthcare", "East Middle
// School"); the facility rule wants a word no English list has, a name or a place before a head, so it leaves them. The
// capitals of mixed-case text are the evidence here, guarded: at least one word before the head must be no generic
// service, department, level or denomination word ("Pediatric Dentistry", "Physical Therapy", "the High School",
// "Catholic Church", "Outpatient Pharmacy" are services and kinds, not names); a practice's clinical head also needs
// a frame that says where ("at", "to", "from", "with", a field label, a letterhead line) and a word that is no
// adjective and has a name's or place's strength or is no common English word ("referred to Vestibular Physical
// Therapy", "followed by Heart Failure Cardiology" are services); a sentence's first capital says nothing; in ALL CAPS
// a frame is needed before any head.

/** Class bits of a head (namedHeadClass): an organisation (else a facility), a clinical practice (needs a frame). */
const NH_ORG: u32 = 1;
const NH_FAC: u32 = 2;
const NH_CLINICAL: u32 = 4;

/** Organisation heads before which an unknown word in ALL CAPS names the organisation after a frame (addressOrFacility). */
// (round 18: service firms, practices, labs and insurers after a frame, "FROM CHARTSAFE RECORD SERVICES", "TO
// MARCHBANKS UROLOGY ASSOCIATES"; an unknown word of four letters or more among the words is still needed)
// (stop 30: guild, stables, coalition, catering, alliance, clubhouse, an air base's "base": "WEDDING AT SILVERMINE
// GUILD", "STATIONED AT RAMSTEIN AIR BASE")
const CAPS_FRAMED_ORG_HEADS = "\u0009institute\u000auniversity\u0007college\u000aelementary\u0006rescue\u000adepartment\u0005squad\u0009ambulance\u0006school\u0007academy\u0006church\u0007daycare\u0009preschool\u0003vna\u0008pharmacy\u0008services\u000aassociates\u000alaboratory\u000claboratories\u0005group\u0008partners\u0009insurance\u0008staffing\u0005guild\u0007stables\u0009coalition\u0008catering\u0008alliance\u0009clubhouse\u0004base";

/** Heads that a name of common words may stand before: organisations. */
const NAMED_ORG_HEADS = "\u0008pharmacy\u0007daycare\u0009preschool\u000ckindergarten\u0007academy\u0006school\u0006church\u0004ymca\u0004ywca\u0006pantry\u0006market\u000bsupermarket\u0003pub\u0006tavern\u0005court\u0009ambulance\u0009dentistry\u000corthodontics\u0009optometry";
/** ... facilities (as the facility rule types them; a pharmacy is a business, as the built-in list types "CVS Pharmacy"). */
// (round 17: a hospital named "X Memorial" after a frame, "CT FROM KESSLING MEMORIAL", "seen at Corliss Memorial")
const NAMED_FAC_HEADS = "\u000ahealthcare\u0007hospice\u0008pavilion\u0009midwifery\u0006dental\u0008memorial";
/** Round 16's heads (stop 25): a care building's, a midwives' or a dentist's practice ("Thessaly Pavilion", "Bellhaven Midwifery"). */
const ROUND16_HEADS = "\u0008pavilion\u0009midwifery\u0006dental";
/** Heads of clinical practices: the name needs a frame and a word that is no adjective. */
const CLINICAL_HEADS = "\u0009dentistry\u000corthodontics\u0009optometry\u0007hospice\u0008pavilion\u0009midwifery\u0006dental\u0008memorial";

/**
 * Words that describe a service, a department, a school's level, a denomination or a kind of shop: before a head they
 * say what, not which ("Outpatient Pharmacy", "Middle School", "Baptist Church", "Superior Court", "Flea Market").
 */
const GENERIC_MODIFIERS = "\u000aoutpatient\u0009inpatient\u0008hospital\u0006retail\u0009specialty\u000bcompounding\u0004mail\u0005order\u0008clinical\u0005adult\u0009pediatric\u000apaediatric\u0005child\u0008children\u0009geriatric\u000einterventional\u0007nuclear\u000adiagnostic\u000apreventive\u0008cosmetic\u0006sports\u0008physical\u000coccupational\u0006speech\u000brespiratory\u0004home\u000apalliative\u0007hospice\u000aelementary\u0006middle\u0004high\u0006junior\u0006senior\u0009secondary\u0006public\u0007private\u0007charter\u0008catholic\u0009christian\u0007baptist\u0009methodist\u0008lutheran\u000cpresbyterian\u0009episcopal\u0008orthodox\u000bevangelical\u000bpentecostal\u0009apostolic\u000econgregational\u0009unitarian\u0005greek\u0007russian\u0005roman\u0006coptic\u0006dental\u0007nursing\u0008graduate\u0006sunday\u0003law\u0008business\u0006summer\u0005night\u0005grade\u0008boarding\u0005trade\u000avocational\u0009technical\u0006nearby\u0003new\u0009discharge\u0009admission\u000ctransitional\u000dcomprehensive\u000bintegrative\u0008regional\u0008national\u0007central\u0008district\u0008superior\u0009municipal\u0008juvenile\u0007probate\u0007housing\u0007federal\u0007supreme\u0007appeals\u0007traffic\u0004drug\u0005stock\u0004flea\u0007farmers\u0005super\u0004food\u0007grocery\u0005floor\u0006pelvic\u0007aquatic\u000avestibular\u0005neuro\u0007cardiac\u0009pulmonary\u000aorthopedic\u0005sleep\u0005wound\u0004pain\u0006memory\u0005spine\u0005heart\u0006cancer\u0005women\u0003men\u0004kids\u0006infant\u0007toddler\u0008visiting\u0007skilled\u000bresidential\u0008assisted\u000abehavioral\u0008veterans\u0006urgent\u0004walk\u0007weekend\u0004hand\u0004foot\u0003eye\u0008vascular\u0004vein\u0006kidney\u0005liver\u0004lung\u0005brain\u0006breast\u0006stroke\u0008diabetes\u0007obesity\u0006weight\u0009bariatric\u0009addiction\u0008recovery\u0009substance\u0007alcohol\u0009methadone\u0008suboxone\u0008dialysis\u0008infusion\u0007imaging\u000alaboratory\u0003lab\u0009radiation\u000atransplant\u0006trauma\u0004burn\u0006vision\u0007hearing";
/** ... nationalities, kinds of schools, programs and conditions ("Irish Pub", "Hebrew School", "Head Start Preschool",
 * "Heart Failure Cardiology", "Early Intervention Physical Therapy"). */
const GENERIC_MODIFIERS_2 = "\u0005irish\u0007italian\u0007chinese\u0007mexican\u0004thai\u0006indian\u0008japanese\u0006french\u0006german\u0007english\u0008american\u0007african\u0005asian\u0006korean\u000avietnamese\u0007spanish\u0006polish\u000aportuguese\u0009brazilian\u0007haitian\u0005cuban\u0008armenian\u0006hebrew\u0006jewish\u0005bible\u0005study\u0009religious\u000amontessori\u0007waldorf\u0007special\u0009education\u0007regular\u0005early\u000cintervention\u0004head\u0005start\u0007driving\u0006beauty\u0008culinary\u0003art\u0005music\u0005dance\u0004swim\u0006flight\u0008language\u0007failure\u0007disease\u0009disorders\u0008disorder\u0008movement\u000amanagement\u0007program\u000aintegrated\u0008advanced\u0007complex\u0007comfort\u000ainfectious\u0008headache\u0007seizure\u0008epilepsy\u000fanticoagulation\u0006travel\u0008employee\u0007student\u0008wellness";
/** Determiners and pronouns: a name of common words starts after them ("the Little Acorns Daycare", "HER CHURCH"). */
const NAME_DETERMINERS = "\u0003the\u0001a\u0002an\u0003his\u0003her\u0005their\u0003our\u0002my\u0004your\u0004this\u0004that\u0003its\u0007another\u0003any\u0004each\u0005every\u0004some\u0002no";
/** Last words of the heads commonWordsOrg() reads (with agencies', specialties and denominations): quiet() lets them reach decide(). */
const COMMON_HEAD_LAST = "\u0008memorial\u0008pavilion\u0009midwifery\u0006dental\u0004post\u0007therapy\u0006health\u0004care\u0008medicine\u0008learning\u0006market\u000bsupermarket\u0003pub\u0006tavern\u0005court";
/** Function words, which ALL CAPS writes in capitals too: the name's words end at them ("REFERRAL TO X FOR HOME HOSPICE"). */
const NAME_FUNCTION_WORDS = "\u0003for\u0002of\u0003and\u0002in\u0002on\u0002or\u0003but\u0002as\u0002is\u0003was\u0003are\u0004were\u0003per\u0004than\u0004into\u0004over\u0005under\u0005about\u0005after\u0006before\u0005since\u0005until\u0002if\u0002so\u0004also\u0004then\u0003not";
/** Words that say where before a practice's name ("failed PT at", "home with", "aide from", "referred to"). */
const WHERE_FRAMES = "\u0002at\u0002to\u0004from\u0004with\u0002by\u0003via\u0007through\u0007attends\u0006attend\u0008attended";

/** Token p is a word of where (WHERE_FRAMES), or "the" right after one ("referred to the", "seen at the"). */
function whereOrWhereThe(p: u32): bool {
  return wordIn(p, WHERE_FRAMES) || wordIn(p, "\u0003the") && p > 0 && exists(p - 1) && tight(p) && wordIn(p - 1, WHERE_FRAMES);
}
/** Adjective endings: a clinical adjective describes the service ("Vestibular", "Aquatic", "Pulmonary", "Advanced"). */
const ADJECTIVE_ENDINGS = "\u0002al\u0002ic\u0002ar\u0003ive\u0003ary\u0003ory\u0003ous\u0002ac\u0002ed";
/** What stops the walk back over a name's words: cues, titles, credentials, months, facility heads, drugs and devices. */
const NAME_WALK_STOP: u32 = F_TITLE | F_CUE | F_CRED | F_MONTH | F_LOC_CUE | F_VERB_BY | F_NOT_NAME | F_STREET_PREFIX |
  F_STREET_ABBR | F_UNIT | F_ALLOW | F_FACILITY | F_EPONYM_HEAD;

/** Token m says what, not which: a generic service, department or practice word. */
function genericModifier(m: u32): bool {
  return wordIn(m, GENERIC_MODIFIERS) || wordIn(m, GENERIC_MODIFIERS_2) || wordIn(m, DEPARTMENT_WORDS) || wordIn(m, PRACTICE_WORDS) ||
    wordIn(m, SPECIALTY_WORDS);
}

/**
 * Token m can name a practice (a clinical head's name): no generic word, no adjective ending, and a name's or a
 * place's strength or no common English word ("Peak Motion", "Minuteman"; not "Heart Failure", "Sleep Disorders").
 */
function practiceNameWord(m: u32): bool {
  const md = rd(tData, m);
  return !genericModifier(m) && !endsWithAny(m, ADJECTIVE_ENDINGS, 2) && (nameStr(m) > 0 || placeStr(md) > 0 || tierOf(md) == 0 || tierOf(md) == 3);
}

/**
 * The class (NH_* bits) of the head h..last when a name of common words may stand before it: the heads listed above,
 * a practice's two-word head ("Physical Therapy", "Home Health", "Home Care", "Internal Medicine", "Family Medicine",
 * "Primary Care", "Early Learning") or a specialty ("Gastroenterology"). 0 for any other head.
 */
function namedHeadClass(h: u32, last: u32): u32 {
  if (last == h) {
    // (stop 35: the three lists' masks ORed first, anyMay(): most words are none of them)
    if (!anyMay(h, ANY_NAMED, NAMED_ORG_HEADS, NAMED_FAC_HEADS, SPECIALTY_WORDS, SPECIALTY_WORDS)) return 0;
    if (wordIn(h, NAMED_ORG_HEADS)) return NH_ORG | (wordIn(h, CLINICAL_HEADS) ? NH_CLINICAL : 0);
    if (wordIn(h, NAMED_FAC_HEADS)) return NH_FAC | (wordIn(h, CLINICAL_HEADS) ? NH_CLINICAL : 0);
    if (wordIn(h, SPECIALTY_WORDS)) return NH_FAC | NH_CLINICAL;
    return 0;
  }
  // a nursing home named with both its services ("Heritage Hills Nursing and Rehabilitation")
  if (last == h + 2) return isAnd(h + 1) && wordIn(h, "\u0007nursing\u000erehabilitation") &&
    wordIn(last, "\u000erehabilitation\u0005rehab\u0007nursing") ? NH_FAC : 0;
  if (last != h + 1) return 0;
  // (stop 35: the last words of the pairs below in one list first, so that most pairs pay one call, not seven)
  if (!wordIn(last, "\u0007therapy\u0006health\u0004care\u0008learning\u0008medicine")) {
    return (rd(tMw2, last) & (F_FACILITY | F_ORG)) == F_FACILITY ? NH_FAC | NH_CLINICAL : 0;
  }
  if ((wordIn(last, "\u0007therapy") && wordIn(h, "\u0008physical\u000coccupational")) ||
    (wordIn(h, "\u0004home") && wordIn(last, "\u0006health\u0004care"))) return NH_ORG | NH_CLINICAL;
  if (wordIn(h, "\u0005early") && wordIn(last, "\u0008learning")) return NH_ORG;
  // (round 16: "Riverbend Behavioral Health")
  // (round 18: "Keystone Occupational Medicine", "Blue Ridge Sports Medicine", "Sonoran Occupational Health")
  if ((wordIn(last, "\u0008medicine") && wordIn(h, "\u0008internal\u0006family\u000coccupational\u0006sports")) ||
    (wordIn(last, "\u0006health") && wordIn(h, "\u000abehavioral\u000bbehavioural\u000coccupational")) ||
    (wordIn(last, "\u0004care") && wordIn(h, "\u0007primary\u0006urgent"))) return NH_FAC | NH_CLINICAL;
  // (round 17) any other two-word facility head of the word table, as a practice's ("Southern Hills Surgery Center"
  // after a heading's dash, "seen at Twin Lakes Medical Center"): the name needs a frame and a word that is no adjective
  return (rd(tMw2, last) & (F_FACILITY | F_ORG)) == F_FACILITY ? NH_FAC | NH_CLINICAL : 0;
}

/**
 * The first word of a name of common capitalised words before the head h..last of class `cls` (mixed case), or h
 * when there is none or the guards refuse it (see the section's comment).
 */
function commonWordsName(h: u32, last: u32, cls: u32, caps: bool): u32 {
  const clinical = (cls & NH_CLINICAL) != 0;
  let f = h;
  let named = false;
  let n: u32 = 0;
  // (a dash between blanks parts two fields: "Psychiatric Intake - Riverside Behavioral Health")
  while (n < 4 && f > 0 && exists(f - 1) && tight(f) && !spacedDash(f)) {
    const q = f - 1;
    const qs = rd(tShape, q);
    // (capitalised words, an initial ("Big Y Pharmacy") or a short acronym ("VFW", "YMCA"))
    if (!(caps ? qs == SH_UPPER || qs == SH_INITIAL : qs == SH_CAP || qs == SH_INITIAL || (qs == SH_UPPER && rd(tEnd, q) - rd(tStart, q) <= 4))) break;
    // (a clinical word that is also a generic one is read as one: "Happy Tooth Family Dentistry")
    const stop = rd(tData, q) & NAME_WALK_STOP;
    // ("Greater" opens a name as a place's word: "GREATER ZION BAPTIST CHURCH", "Greater Boston Food Pantry")
    if ((stop != 0 && !(stop == F_NOT_NAME && genericModifier(q)) && !wordIn(q, "\u0007greater")) || wordIn(q, NAME_DETERMINERS) ||
      wordIn(q, WHERE_FRAMES) || wordIn(q, NAME_FUNCTION_WORDS)) break;
    f = q;
    n++;
  }
  if (n == 0) return h;
  // (a house number before the words: a street, "7 Linnaean Court")
  if (f > 0 && exists(f - 1) && tight(f) && rd(tShape, f - 1) == SH_NUM) return h;
  // in ALL CAPS the capitals say nothing: a frame that says where must stand right before the name ("SHOPPING AT STAR
  // MARKET", "CUT HAND AT THE ANCHOR PUB"), and a word of four letters or more must name it
  if (caps) {
    if (f == 0 || !exists(f - 1)) return h;
    // (a dash between blanks is a hyphen's gap, tight: the heading's dash of dashLineValue)
    if (!tight(f) || spacedDash(f)) {
      // or a field's whole value after its label ("AGENCY: SUNRISE VALLEY HOME CARE", "CHURCH: HOLY TRINITY ...
      // CHURCH"; not "SOCIAL: RETIRED SCHOOL TEACHER", where the field goes on after the head), or a heading's after a
      // dash (round 17: "EVALUATION  -  SOUTHERN HILLS SURGERY CENTER")
      if (!capsFieldValue(f, last) && !dashLineValue(f, last) && !capsCell(f, last)) return h;
    } else {
      const p = f - 1;
      if (!whereOrWhereThe(p) && !memberOf(p) && !capsCell(f, last)) return h;
    }
    for (let m = f; m < h; m++) if (rd(tEnd, m) - rd(tStart, m) >= 4 && (clinical ? practiceNameWord(m) : !genericModifier(m))) return f;
    return h;
  }
  const g = rd(tGap, f);
  const lineStart = (g & (G_NEWLINE | G_START)) != 0 || f == 0 || !exists(f - 1);
  // a letterhead's line: the name alone on it, two words before the head at least ("Pioneer Valley Gastroenterology")
  // (round 17: or its street address after a comma on the same line: "Lowther Valley Cardiology, 88 Depot Street")
  const alone = lineStart && n >= 2 && (last + 1 < count ? (rd(tGap, last + 1) & G_NEWLINE) != 0 ||
    ((rd(tGap, last + 1) & G_COMMA) != 0 && rd(tShape, last + 1) == SH_NUM && last + 2 < count && tight(last + 2) &&
      rd(tShape, last + 2) == SH_CAP) : rd(tEnd, last) >= inLen && pos >= inLen);
  // a field's value on the label's line ("Church: Holy Trinity ...", "Dental home: Smile Bright Pediatric Dentistry"), or
  // (round 17) a heading's after a dash between blanks, ending the line ("Pre-operative Evaluation - Southern Hills
  // Surgery Center")
  const label = !lineStart && ((g & G_COLON) != 0 || dashLineValue(f, last));
  // a sentence's first word may be its verb ("Attends Little Sprouts Preschool."): the name starts after it
  if (!alone && !label && sentenceStart(f)) {
    if (n < 2) return h;
    f++;
    n--;
  }
  for (let m = f; m < h; m++) if (clinical ? practiceNameWord(m) : !genericModifier(m)) named = true;
  if (!named) return h;
  // one word alone needs three letters ("Y Pharmacy" is no name)
  if (n == 1 && rd(tEnd, f) - rd(tStart, f) < 3) return h;
  if (alone || label || !clinical) return f;
  // a practice needs a frame that says where before it ("failed PT at Peak Motion Physical Therapy")
  return f > 0 && exists(f - 1) && wordIn(f - 1, WHERE_FRAMES) ? f : h;
}

/**
 * (round 17) Tokens f..last follow a dash between blanks (a heading's: "EVALUATION  -  SOUTHERN HILLS SURGERY CENTER",
 * "Hospice RN Visit Note - Lantern House Hospice") and end their line; the dash itself is not at the line's start.
 */
function dashLineValue(f: u32, last: u32): bool {
  const s = rd(tStart, f);
  if (s < 4 || byteAt(s - 1) != 0x20 || (rd(tGap, f) & G_NEWLINE) != 0) return false;
  let i = s - 1;
  while (i > 0 && byteAt(i) == 0x20) i--;
  if (byteAt(i) != 0x2d || i == 0 || byteAt(i - 1) != 0x20) return false;
  return last + 1 >= count ? rd(tEnd, last) >= inLen && pos >= inLen : (rd(tGap, last + 1) & G_NEWLINE) != 0;
}

/** Token p is "of" after a member's word: a frame as "at" is ("MEMBER OF MORNING STAR BAPTIST CHURCH"). */
function memberOf(p: u32): bool {
  return p > 0 && exists(p - 1) && tight(p) && wordIn(p, "\u0002of") &&
    wordIn(p - 1, "\u0006member\u0007members\u000bparishioner\u000acongregant\u0006deacon\u0005elder");
}

/**
 * Tokens f..last are a field's whole value in ALL CAPS: a colon right before f (and no line break), and the field
 * ends after last (a line break, a sentence's end, a comma, a bracket, three blanks or more, or the input's end).
 */
function capsFieldValue(f: u32, last: u32): bool {
  if ((rd(tGap, f) & (G_COLON | G_NEWLINE | G_FAR)) != G_COLON) return false;
  if (last + 1 >= count) return rd(tEnd, last) >= inLen && pos >= inLen;
  const g = rd(tGap, last + 1);
  // (or a column's gap of three blanks or more, as forms print their fields: "AGENCY: SUNRISE VALLEY HOME CARE   VISIT
  // DATE: ..."; two may be a typing slip inside a phrase)
  return (g & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) != 0 || (g == 0 && rd(tStart, last + 1) - rd(tEnd, last) >= 3);
}

/**
 * Token k ends a head of a name of common words that no facility flag marks ("Market", "Pub", "Court", a specialty,
 * "Physical Therapy", "Home Health", "Internal Medicine"): emits the name, typed by its head, and returns true. Mixed
 * case and ALL CAPS (with a frame); the word before k must be capitalised (a cheap test first: most tokens end here).
 */
function commonWordsOrg(k: u32, sh: u32, d: u32, mode: u32): bool {
  // ("Health" is a facility head of its own only after a name: "Department of Mental Health" is an agency's)
  if ((sh != SH_CAP && sh != SH_UPPER) || (d & F_FACILITY) != 0 && !wordIn(k, "\u0006health") || !tight(k)) return false;
  const ps = rd(tShape, k - 1);
  if (saintDenomination(k, sh)) return true;
  if (ps != SH_CAP && ps != SH_UPPER && ps != SH_INITIAL) {
    // ("and" inside an agency's name: "Department of Children and Families")
    return isAnd(k - 1) && wordIn(k, AGENCY_ENDS) && agencyName(k);
  }
  let h = k;
  let cls = namedHeadClass(k, k);
  // a veterans' post by its number after a frame: "Attends VFW Post 1105", "member at AMVETS Post 2" (not "PACU Post 1")
  if (cls == 0 && ps == SH_UPPER && rd(tEnd, k - 1) - rd(tStart, k - 1) >= 3 && k + 1 < count && tight(k + 1) &&
    rd(tShape, k + 1) == SH_NUM && wordIn(k, "\u0004post")) {
    const f = commonWordsName(k, k + 1, NH_ORG | NH_CLINICAL, mode == MODE_CAPS);
    if (f == k) return false;
    spanDone(rd(tStart, f), rd(tEnd, k + 1), ENTITY_LOCATION, 850, R_ORGANIZATION, f, k + 1);
    return true;
  }
  // a public agency: "Division of Elderly Affairs", "Department of Children and Families"
  if (cls == 0 && wordIn(k, AGENCY_ENDS) && agencyName(k)) return true;
  if (cls == 0 && k >= 2 && exists(k - 2)) {
    h = k - 1;
    cls = namedHeadClass(k - 1, k);
  }
  if (cls == 0) return false;
  // (round 16's heads go on in a word of the same case: "Crestline Dental Lab" is the facility rule's)
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh && wordIn(k, ROUND16_HEADS) && !wordIn(k + 1, CAPS_EMPLOYER_STOPS)) return false;
  const last = andServiceTail(k, k + LOOK_AHEAD);
  // (services joined by "and" after the head are a name's: "Seacoast Hospice and Palliative Care" needs no frame)
  const f = commonWordsName(h, k, last > k ? cls & ~NH_CLINICAL : cls, mode == MODE_CAPS);
  if (f == h) return false;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, (cls & NH_ORG) != 0 ? R_ORGANIZATION : R_FACILITY, f, last);
  return true;
}

/** Words of services a name joins with "and" after its head ("... Hospice and Palliative Care"). */
const AND_SERVICE_WORDS = "\u000apalliative\u0004care\u000erehabilitation\u0005rehab\u0007nursing\u0008wellness\u0008vascular\u0008recovery\u000acounseling\u0007hospice\u0006health\u0004home\u0006center\u0006centre";
/** ... and the words such a tail ends with. */
const AND_SERVICE_ENDS = "\u0004care\u000erehabilitation\u0005rehab\u0007nursing\u0008wellness\u0008vascular\u0008recovery\u000acounseling\u0006center\u0006centre\u0006health";

/**
 * The last token of services joined by "and" or "&" after a head ending at `last`, in the head's letter case, up to
 * `limit` (the decision's look-ahead): "Seacoast Hospice and Palliative Care", "BRIARCLIFF REHABILITATION AND NURSING
 * CENTER"; or `last` when there are none.
 */
function andServiceTail(last: u32, limit: u32): u32 {
  if (last + 2 >= count || last + 2 > limit || !(isAnd(last + 1) ? tight(last + 1) : ampGap(last + 1)) || !tight(last + 2)) return last;
  const sh = rd(tShape, last);
  let end = last;
  for (let m = last + 2; m <= last + 3 && m <= limit && m < count; m++) {
    if ((m > last + 2 && !tight(m)) || rd(tShape, m) != sh || !wordIn(m, AND_SERVICE_WORDS)) break;
    if (wordIn(m, AND_SERVICE_ENDS)) end = m;
  }
  return end;
}

/**
 * Organisations round 16 (stop 25): token k, a service after "&" right after a service or a practice's word ("Sea
 * Breeze Nursing & Rehabilitation", "LARCHMONT PINES REHABILITATION & NURSING", "Northfield Spine & Rehabilitation"),
 * ends a care home's or practice's name when a name of common words stands before the pair (commonWordsName(), as for
 * "... Nursing and Rehabilitation" written with "and": a word that is no generic modifier; in ALL CAPS after a frame).
 * A department's pair has none ("Physical Medicine & Rehabilitation", "Dept. of Nursing & Rehabilitation", "Skilled
 * Nursing & Rehab"). Emits a facility and returns true.
 */
function ampServicePair(k: u32, sh: u32, mode: u32): bool {
  if (!ampGap(k) || !wordIn(k, AND_SERVICE_ENDS) || rd(tShape, k - 1) != sh || k < 2 || !exists(k - 2)) return false;
  const h = k - 1;
  if (!wordIn(h, "\u0007nursing\u000erehabilitation\u0005rehab") && !wordIn(h, PRACTICE_PAIR_WORDS)) return false;
  const f = commonWordsName(h, k, NH_FAC, mode == MODE_CAPS);
  if (f == h) return false;
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 850, R_FACILITY, f, k);
  return true;
}

/** The facility rule's head k..last is one a name of common words stands before: the first word of that name, or k. */
function commonWordsBefore(k: u32, last: u32, mode: u32): u32 {
  const cls = namedHeadClass(k, last);
  if (cls == 0) return k;
  // (services joined by "and" after the head are a name's: "Seacoast Hospice and Palliative Care" needs no frame)
  return commonWordsName(k, last, andServiceTail(last, k + LOOK_AHEAD) > last ? cls & ~NH_CLINICAL : cls, mode == MODE_CAPS);
}

/** Denominations that follow a saint's church in the possessive ("St. Mark's Episcopal", "St. Paul's Lutheran"). */
const SAINT_DENOMINATIONS = "\u0009episcopal\u0008lutheran\u0009methodist\u000cpresbyterian\u0007baptist\u0008catholic\u0008orthodox\u0008anglican";

/**
 * Token k, a denomination, right after a saint's church in the possessive just found ("belongs to St. Mark's
 * Episcopal"): emits it (merged into the church's span) and returns true. (Read here, out of decide(): its JavaScript
 * fallback must stay under V8's optimising size limit.)
 */
function saintDenomination(k: u32, sh: u32): bool {
  if (!tight(k) || rd(tShape, k - 1) != sh || rd(tDone, k - 1) != 0xff || pType != ENTITY_LOCATION || pReason != R_FACILITY ||
    !possessive(k - 1) || pEnd != possessiveEnd(k - 1) || !wordIn(k, SAINT_DENOMINATIONS)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 750, R_FACILITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * Token m, after "of" after a church's, society's or institute's head h (mixed case), names it as a place would: a
 * name or a word no English list has ("Church of Pentecost", "Church of Christ", "Society of Friends" stays words).
 */
function ofNamedOrg(h: u32, m: u32, mode: u32): bool {
  return mode == MODE_MIXED && (nameStr(m) > 0 || tierOf(rd(tData, m)) == 0) && wordIn(h, "\u0006church\u0007society\u0009institute");
}

/** Last words of a public agency's name ("... Affairs", "... Services", "... Families"; "... Health" after "Public"/"Mental"). */
const AGENCY_ENDS = "\u0007affairs\u0008services\u0008families\u000aassistance\u000acorrection\u000bcorrections\u0007revenue\u000etransportation\u0008vehicles\u0008security\u0006safety\u0005aging\u0006elders\u000aprotection\u0007welfare\u0007justice\u000aemployment\u000cdisabilities\u0006health";
/** Heads of a public agency, written before "of" ("Department of", "Executive Office of"). */
const AGENCY_HEADS = "\u000adepartment\u0008division\u0006office\u0006bureau\u000acommission";
/** A hospital's services: between an agency head and its end they make a department ("Department of Nursing Services"). */
const HOSPITAL_SERVICE_WORDS = "\u0007nursing\u0008surgical\u0007medical\u0008clinical\u000erehabilitation\u0009pediatric\u0009radiology\u0008pharmacy\u0007patient\u0009emergency\u000aanesthesia\u000dperioperative\u000aambulatory\u0009inpatient\u000aoutpatient\u000alaboratory\u0007imaging\u0009pathology\u0008hospital";

/**
 * Token k ends a public agency's name written head first: "Department", "Division", "Office", "Bureau" or
 * "Commission" (after "Executive" too), "of", then one to four capitalised words ("and" between), the last of them k
 * ("Division of Elderly Affairs", "Department of Children and Families", "DEPARTMENT OF PUBLIC HEALTH"); a hospital's
 * service among them makes a department ("Department of Nursing Services", "Division of Pediatric Services"), and so
 * does "Health" after other words than "Public" or "Mental". Returns the head (or "Executive"), or k.
 */
function agencyStart(k: u32): u32 {
  const sh = rd(tShape, k);
  if (wordIn(k, "\u0006health") && !wordIn(k - 1, "\u0006public\u0006mental")) return k;
  let m = k;
  let words: u32 = 0;
  while (m > 0 && exists(m - 1) && tight(m) && words < 5) {
    const q = m - 1;
    if (wordIn(q, "\u0002of")) {
      if (words == 0 || q == 0 || !exists(q - 1) || !tight(q) || rd(tShape, q - 1) != sh || !wordIn(q - 1, AGENCY_HEADS)) return k;
      let f = q - 1;
      if (f > 0 && exists(f - 1) && tight(f) && rd(tShape, f - 1) == sh && wordIn(f - 1, "\u0009executive")) f--;
      // (a sentence's first capital says nothing in mixed case: "Office of ..." opening a sentence is read the same)
      return f;
    }
    const qs = rd(tShape, q);
    // (a relative's word may name the people an agency serves: "Department of Children and Families")
    if (!(qs == sh || isAnd(q)) || (rd(tData, q) & (F_TITLE | F_CRED | F_MONTH | F_NOT_NAME)) != 0 ||
      wordIn(q, HOSPITAL_SERVICE_WORDS) || wordIn(q, SPECIALTY_WORDS)) return k;
    m = q;
    words++;
  }
  return k;
}

/** Token k ends a public agency's name (agencyStart): emits it as an organisation and returns true, or returns false. */
function agencyName(k: u32): bool {
  const f = agencyStart(k);
  if (f == k) return false;
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 800, R_ORGANIZATION, f, k);
  return true;
}

/** Token k (capitalised, not lower case) may end a head commonWordsOrg() reads: quiet() lets it reach decide(). */
function commonHeadHere(k: u32, sh: u32): bool {
  if (k == 0 || !exists(k - 1)) return false;
  // (the second half of a practice's pair of specialties: "Heart & Vascular", "Foot and Ankle": practicePair())
  if (!tight(k)) return ampGap(k) && (wordIn(k, PRACTICE_PAIR_WORDS) || wordIn(k, AND_SERVICE_ENDS));
  return (rd(tShape, k - 1) != SH_LOWER || isAnd(k - 1)) && (wordInAny(k, COMMON_HEAD_LAST, AGENCY_ENDS, SPECIALTY_WORDS, SAINT_DENOMINATIONS) ||
    (isAnd(k - 1) && wordIn(k, PRACTICE_PAIR_WORDS)));
}

/**
 * The facility rule's head k..last (first token k) found no name: a name of common words before it, with the services
 * it joins with "and" after it, is emitted (typed by the head: an organisation's, a pharmacy's or home care agency's
 * as an organisation). Returns true when emitted.
 */
function commonWordsFacilityName(k: u32, last: u32, org: bool, mode: u32): bool {
  const f = commonWordsBefore(k, last, mode);
  if (f == k) return false;
  const business = org || (namedHeadClass(k, last) & NH_ORG) != 0;
  const end = andServiceTail(last, k + LOOK_AHEAD);
  spanDone(rd(tStart, f), rd(tEnd, end), ENTITY_LOCATION, 850, business ? R_ORGANIZATION : R_FACILITY, f, end);
  return true;
}

/** The facility rule named j..last: the common words it stripped before j that name such a head, or j. */
function strippedCommonWords(k: u32, last: u32, j: u32, mode: u32): u32 {
  if (j > k) return j;
  const f = commonWordsBefore(k, last, mode);
  return f < j ? f : j;
}


// ---- Thirteenth facility round (fac13; self-contained: facRound, possessivePlace, termAfterCue, lowerRecordAcronym) ----

/**
 * laterRounds()'s last tests: a possessive before a two-word place's second word ("John's day off" is no "John Day"),
 * a weak name opening a title-case term after a verb's cue ("Referred to Early Intervention"), a facility's site after
 * "at" (atFacility), an insurer's state (insurerState), a hospital's acronym under a record number or after a care verb
 * in lower-case text ("881203457 fmc"). Returns true when token k is decided (written or left).
 */
function facRound(k: u32, sh: u32, mode: u32): bool {
  if (k + 1 < count && possessive(k)) possessivePlace(k, mode);
  if (sh == SH_CAP && mode == MODE_MIXED && termAfterCue(k)) return true;
  if ((sh == SH_CAP || sh == SH_UPPER) && k >= 2 && pType == ENTITY_LOCATION && atFacility(k, sh)) return true;
  if (k >= 2 && ((rd(tData, k) | (k + 1 < count ? rd(tMw2, k + 1) : 0)) & F_STATE) != 0 && insurerState(k)) return true;
  return sh == SH_LOWER && mode == MODE_LOWER && lowerRecordAcronym(k);
}

/** Token m can continue a facility's site after "at": a place, a name or a word no list has, no core English word or context word. */
function siteWord(m: u32, sh: u32): bool {
  const d = rd(tData, m);
  return rd(tShape, m) == sh && (d & CONTEXT_WORDS) == 0 && (tierOf(d) != 1 || placeStr(d) >= 2 || nameStr(m) >= 2) &&
    (placeStr(d) > 0 || nameStr(m) > 0 || (tierOf(d) == 0 && rd(tEnd, m) - rd(tStart, m) >= 3));
}

/**
 * Token k, after "at" right after a facility's or organisation's span just found, opens the site that ends its name:
 * "Brigham and Women's at Foxborough", "Alliance Health at Marina Bay", "WOUND CARE CENTER AT BANNER DEL WEBB" (one to
 * three places, names or words no list has, in the letter case of k; a core English word only as a strong place or
 * name: "X Hospital at Noon", "VNA OF BOSTON AT HOME" stay). The site joins the facility's span, "at" included.
 */
function atFacility(k: u32, sh: u32): bool {
  const p = k - 1;
  if ((pReason != R_FACILITY && pReason != R_ORGANIZATION) || !tight(k) || !tight(p) || !wordIn(p, "\u0002at") ||
    pEnd < rd(tEnd, k - 2) || pEnd >= rd(tStart, p) || !siteWord(k, sh)) return false;
  let last = k;
  for (let m = k + 1; m <= k + 2 && m < count && tight(m) && siteWord(m, sh); m++) last = m;
  // (not a site when a person or facility follows: "... at Foxborough Hospital" is the facility rule's)
  if (last + 1 < count && tight(last + 1) && (rd(tData, last + 1) & (F_FACILITY | F_FAC_MOD)) != 0) return false;
  spanDone(pEnd - 1, rd(tEnd, last), ENTITY_LOCATION, pScore, pReason, k, last);
  return true;
}

/**
 * Token k ends in a possessive 's and a two-word place ends at k + 1 ("John Day", "Lee's Summit": the table keys the
 * stem): it is the place only when the second word is capitalised in mixed case, or, in ALL CAPS and lower case, is no
 * core English word or has a place's cue before k ("It was John's day off", "IT WAS JOHN'S DAY OFF"; "in Lee's
 * Summit", "LIVES IN LEE'S SUMMIT" stay places). Otherwise the two-word entry is forgotten for the decisions (and in ALL
 * CAPS and lower case the second word is decided as no name).
 */
function possessivePlace(k: u32, mode: u32): void {
  const n = k + 1;
  const md = rd(tMw2, n);
  if (placeStr(md) == 0 || (md & (F_FACILITY | F_STATE | F_COUNTRY)) != 0 || !tight(n)) return;
  if (mode == MODE_MIXED ? rd(tShape, n) != SH_LOWER :
    tierOf(rd(tData, n)) != 1 || (k > 0 && exists(k - 1) && (rd(tData, k - 1) & F_LOC_CUE) != 0)) return;
  wr(tMw2, n, 0);
  // (the word after the possessive is what the name owns, no surname beside it: "JOHN'S DAY", "john's day")
  if (mode != MODE_MIXED) wr(tDone, n, 0xff);
}

/**
 * Token k, a capitalised core English word with a weak name at most, after a verb's cue ("referred to", "seen by")
 * opens a title-case term, not a name: the word after it is an English word with no name or place ("Referred to Early
 * Intervention", "seen by Early Intervention"; "referred to Hope Alvarez" keeps the name). No phrase of the word table
 * may start at k (a facility's head or a place is read by the other rules). Decides k as no name.
 */
function termAfterCue(k: u32): bool {
  const d = rd(tData, k);
  if (tierOf(d) != 1 || nameStr(k) > 1 || (d & (CONTEXT_WORDS | F_FAC_MOD)) != 0 || k < 2 || !exists(k - 2) || !tight(k) ||
    !tight(k - 1) || (rd(tData, k - 1) & F_BY) == 0 || (rd(tData, k - 2) & F_VERB_BY) == 0 || !titleCaseAfter(k, false)) return false;
  return rd(tMw2, k + 1) == 0 && !(k + 2 < count && rd(tMw3, k + 2) != 0);
}

/**
 * In lower-case text, token k, 3-5 letters no list has ending in "h" or "c", is a hospital's acronym shown with a
 * record number (numberedAcronym(), as in capitals): "881203457 fmc" alone on its header line, "bwh # 12345678".
 * Emits the facility and returns true.
 */
function lowerRecordAcronym(k: u32): bool {
  // (hospitalAcronym() reads lower case for this call only: numberedAcronym() keeps its one caller, which the JS
  // fallback inlines; a second caller made hospitalAcronym() small enough to be inlined into decide())
  if (!hospitalAcronym(k, true)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 650, R_FACILITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * Services whose provider, an agency or company, is named after "via/through/with/from" or "referral to": hospice, home
 * care, OPAT, meals; and (round 16, SUPPLY_CUES) home oxygen, equipment and supplies after "from" ("home O2 from
 * Lincare", "equipment from Capeside Medical Supply"; "O2 WITH EXERTION", "O2 VIA NASAL CANNULA", "O2 FROM HOME
 * CONCENTRATOR" take nothing).
 */
const SERVICE_CUES = "\u0007hospice\u0003vna\u0004opat\u0003dme\u0009homemaker\u0006wheels\u0008services\u0007service";
/** ... and supplies whose supplier is named after "from" only, its first word no core English word (round 16). */
// (round 17: the equipment itself, "ALTERNATING PRESSURE MATTRESS FROM APPALACHIAN HOME MEDICAL", "wheelchair from
// Keystone Mobility")
const SUPPLY_CUES = "\u0006oxygen\u0002o2\u0009equipment\u0008supplies\u0008mattress\u0003bed\u000awheelchair\u0006walker\u000cconcentrator\u0004cpap\u0005bipap\u0009nebulizer\u0007commode";

/**
 * Token k, capitalised (ALL CAPS: in capitals), opens the provider of a hospice, home-care, OPAT or meals service
 * (token p = k - 1): "Hospice referral to Care Dimensions", "hospice consult (Care Dimensions)", "OPAT VIA OPTION
 * CARE", "MEALS ON WHEELS THROUGH ETHOS", "VNA services through Minuteman Home Care". "to" only after "referral" or
 * "consult" ("VNA TO FOLLOW" is a plan); one of the capitalised words (up to three) must be no generic service,
 * department or function word and no context word ("Hospice referral to Palliative Care", "hospice consult (Dr. Lee)"
 * stay). afterWorkCue() then reads it as an employer: its span and its ALL CAPS ending.
 */
function serviceProvider(p: u32, k: u32): bool {
  let v = p;
  if ((gapMarks(k) & GM_PAREN) == 0 || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0) {
    if (!tight(k) || p == 0 || !exists(p - 1) || !tight(p) || !wordIn(p, "\u0002to\u0003via\u0007through\u0004with\u0004from")) return false;
    v = p - 1;
    if (wordIn(p, "\u0002to") && !wordIn(v, "\u0008referral\u0007consult")) return false;
  }
  if (wordIn(v, "\u0008referral\u0007consult") && v > 0 && exists(v - 1) && tight(v)) v--;
  if (!wordIn(v, SERVICE_CUES) && !(v < p && wordIn(p, "\u0004from") && tierOf(rd(tData, k)) != 1 && wordIn(v, SUPPLY_CUES))) return false;
  const sh = rd(tShape, k);
  for (let m = k; m <= k + 2 && m < count && rd(tShape, m) == sh && (m == k || tight(m)); m++) {
    if (!genericModifier(m) && !wordIn(m, AND_SERVICE_WORDS) && (rd(tData, m) & NAME_WALK_STOP) == 0 && !wordIn(m, NAME_FUNCTION_WORDS) &&
      rd(tEnd, m) - rd(tStart, m) >= 3) return true;
  }
  return false;
}

/**
 * Token k (and k + 1 for a two-word state) is the state of a Blue Cross or Blue Shield plan after "of": "Blue Cross Blue
 * Shield of Massachusetts", "BLUE CROSS OF IDAHO", "blue shield of california". The plan's name is a dictionary
 * organisation of the automaton pass; the span written here starts inside its last word so that the two merge, "of"
 * included (lower score: the plan's type and reason name the merged finding).
 */
function insurerState(k: u32): bool {
  const p = k - 1;
  // (the plan's "Blue" before it: "Red Cross of Texas" is another organisation, and the name pass may have read "Blue
  // Cross Blue Shield" as a name in mixed case, which this span joins: the plan's dictionary finding names the merge)
  if (!tight(k) || !tight(p) || k < 3 || !exists(k - 3) || !wordIn(p, "\u0002of") || !wordIn(k - 2, "\u0006shield\u0005cross") ||
    !wordIn(k - 3, "\u0004blue")) return false;
  let last = k;
  if ((rd(tData, k) & F_STATE) == 0) {
    if (!tight(k + 1)) return false;
    last = k + 1;
  }
  spanDone(rd(tEnd, k - 2) - 1, rd(tEnd, last), ENTITY_LOCATION, 800, R_ORGANIZATION, k, last);
  return true;
}

// ---- Towns and streets without capitals or a house number (ids14; self-contained: residenceTown, premisesOn) ----

// words of visiting and travel that make the place after "in"/"from" where someone is ("visiting family in holyoke",
// "flying in from phoenix", "at my house in fall river"), beside RESIDENCE_VERBS
const VISIT_WORDS = "\u0005lived\u0005stays\u0008visiting\u0007visited\u0005visit\u0006flying\u0004flew\u0005drove\u0008traveled\u0009travelled\u0007staying\u0006stayed\u0008vacation\u000bvacationing\u0004trip\u0008returned\u0005house\u0004home\u0009apartment";
// words that may follow a place and end its phrase ("lives in reading with his wife", "in fall river until")
const PLACE_CLOSERS = "\u0005after\u0004with\u0005since\u0005until\u0003for\u0003and\u0003now\u0002on\u0004last\u0004this\u0004next\u0004area\u0005where\u0003who\u0004near\u0002at\u0002to\u0002or\u0003but";

// person labels without a cue of their own in the word table ("employee: dwayne washington", "prosector: hyacinth omondi")
const LOWER_PERSON_LABELS = "\u0008employee\u000aindividual\u0009prosector\u0009referring\u0006member\u000asubscriber\u0009guarantor\u0007insured\u0006client\u0006caller\u0007contact\u0005proxy\u0003hcp\u000binterpreter\u0007witness\u0006scribe";

/**
 * In lower-case text, the person's field after a label and its colon (token k its first word): two to four words of
 * names, a surname and a comma before the given name, particles and hyphenated prefixes ("al-khatib", "van der merwe"),
 * a middle initial last, closing the field (a line end, a column gap, a credential, a mark): "pt: lopes, augusto
 * 01/22/2026", "patient: lutfiyya al-khatib   dob:", "name: vanderkooi, pieternella   acct:", "employee: dwayne
 * washington   employer:". Each word is a listed name (a core English word only as a given name) or a word no list has
 * (no medical ending), and one of them is more than a core word's weak listing. "pt: stable overnight", "name: unknown",
 * "patient: no acute distress" stay words. Writes the NAME and returns true.
 */
function lowerFieldName(k: u32): bool {
  if (k == 0 || !exists(k - 1) || (rd(tGap, k) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER)) != 0) return false;
  const p = k - 1;
  if ((rd(tData, p) & (F_CUE | F_CRED)) == 0 && !wordIn(p, LOWER_PERSON_LABELS)) return false;
  let last = k;
  let words: u32 = 0;
  let evidence = false;
  let comma = false;
  let spaced = false;
  let joined = false;
  let prefix = false;
  for (let m = k; m < count && m <= k + 4; m++) {
    joined = false;
    if (m > k) {
      const g = rd(tGap, m);
      const glued = rd(tStart, m) == rd(tEnd, m - 1) + 1;
      // "al-khatib", "adebayo-price": one word; a comma after the first word only ("delgado-reyes, fernando j")
      if (g == G_HYPHEN && glued) joined = true;
      else if ((g & G_COMMA) != 0 && !comma && !spaced && (g & (G_NEWLINE | G_FAR | G_SENT | G_OTHER)) == 0) comma = true;
      else if (!tight(m) || columnGap(m)) break;
      else spaced = true;
    }
    if (rd(tShape, m) != SH_LOWER) break;
    const d = rd(tData, m);
    const len = rd(tEnd, m) - rd(tStart, m);
    if ((d & (F_NOT_NAME | F_ALLOW)) != 0 || (d & CONTEXT_WORDS & ~F_STATE) != 0 || wordIn(m, MODAL_WORDS)) break;
    // a middle initial closes the field
    if (len == 1) {
      // (not the letters of a credential: "steyckross, bernice m.d.")
      if (words < 2) return false;
      if (!dottedCred(m)) last = m;
      break;
    }
    const particle = (d & F_PARTICLE) != 0 || (len <= 3 && m + 1 < count && rd(tGap, m + 1) == G_HYPHEN && wordIn(m, NAME_PREFIXES));
    if (!particle) {
      const unknown = tierOf(d) == 0 && nameStr(m) == 0 && len >= 3 && !medicalShape(m);
      if (!unknown && (nameStr(m) == 0 || (tierOf(d) == 1 && firstStr(d) == 0))) break;
      if (unknown || nameStr(m) >= 2) evidence = true;
      // (the half after a prefix's hyphen is a word: "al-khatib")
      if (!joined || prefix) words++;
    }
    prefix = particle;
    last = m;
  }
  if (words < 2 || !evidence || (rd(tData, last) & F_PARTICLE) != 0) return false;
  if (!(fieldEndsAfter(last, MODE_LOWER) || breakAfter(last) || (lastRead(last) && inputEndsAfter(last)))) return false;
  span(rd(tStart, k), rd(tEnd, last), ENTITY_NAME, 700, R_CUE);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/** Token j is "in", "from" or "near" (the length first: quiet() asks it for weak places in ALL CAPS). */
function townPreposition(j: u32): bool {
  const n = rd(tEnd, j) - rd(tStart, j);
  return (n == 2 || n == 4) && exists(j) && wordIn(j, "\u0002in\u0004from\u0004near");
}

/** A residence verb within 7 tokens before j, or a word of VISIT_WORDS within 4, in the same sentence. */
function residenceFrame(j: u32): bool {
  if (residenceBefore(j)) return true;
  let q = j;
  for (let steps: u32 = 0; steps < 4; steps++) {
    if (q == 0 || !exists(q - 1) || (rd(tGap, q) & (G_NEWLINE | G_SENT | G_FAR)) != 0) return false;
    q--;
    if (wordIn(q, VISIT_WORDS)) return true;
  }
  return false;
}

/**
 * A title two or three tokens before token q, over a given name or an initial on the same line ("DR. LEARNE POTENTE",
 * "Dr Quan Nguyen", "Dr. J. Smith"): q ends a titled person's name.
 */
function titleBeforeName(q: u32): bool {
  let m = q;
  for (let steps: u32 = 0; steps < 2; steps++) {
    if (m == 0 || !exists(m - 1) || (rd(tGap, m) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) != 0) return false;
    m--;
    const sh = rd(tShape, m);
    if (sh != SH_CAP && sh != SH_UPPER && sh != SH_INITIAL) return false;
    if (m > 0 && exists(m - 1) && (rd(tData, m - 1) & F_TITLE) != 0 && (rd(tGap, m) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) == 0) return true;
  }
  return false;
}

// who comes from a town: a person's description or a move ("58 YO FEMALE FROM FALL RIVER WHO", "TRANSFERRED FROM
// FALL RIVER", "originally from reading")
const ORIGIN_WORDS = "\u0006female\u0004male\u0003man\u0005woman\u0009gentleman\u0004lady\u0003boy\u0004girl\u000aoriginally\u0009emigrated\u000aimmigrated\u000btransferred\u0008transfer";

/** Token j is "from" after a word of ORIGIN_WORDS on its line. */
function originFrame(j: u32): bool {
  return j >= 1 && exists(j - 1) && tight(j) && rd(tEnd, j) - rd(tStart, j) == 4 && wordIn(j, "\u0004from") && wordIn(j - 1, ORIGIN_WORDS);
}

/**
 * The word before "in" at k - 1 ends a person's or a place's span just written: "ANA LUCIA IN FALL RIVER,",
 * "emerson hospital in concord,": someone or something located in the town.
 */
function placedBefore(k: u32): bool {
  return k >= 2 && exists(k - 2) && tight(k - 1) && wordIn(k - 1, "\u0002in") && (pType == ENTITY_NAME || pType == ENTITY_LOCATION) && pEnd == rd(tEnd, k - 2);
}

/**
 * (stop 40, loc40) "in" before token k follows a relative's word or "at home": "UNCLE IN RAPID CITY AT THE MISSION",
 * "daughter in fall river,", "patient at home in Kill Devil Point": someone placed in a town, read by residenceTown() (a
 * town of the gazetteer) and travelTown38() (words ending in a town's feature word). Not "discharged home in stable
 * condition" (no "at"), "son in law" (no town). A "Loc" rule.
 */
function kinInLoc40(k: u32): bool {
  if (k < 2 || !exists(k - 2) || !tight(k - 1) || !tight(k) || !wordIn(k - 1, "\u0002in")) return false;
  if (wordIn(k - 2, KIN_WORDS)) return true;
  return k >= 3 && exists(k - 3) && tight(k - 2) && wordIn(k - 2, "\u0004home") && wordIn(k - 3, "\u0002at");
}

/** The phrase ends after token t: the input's or line's end, a punctuation mark, or a word of PLACE_CLOSERS. */
function phraseEndsAfter(t: u32): bool {
  return breakAfter(t) || wordIn(t + 1, PLACE_CLOSERS);
}

/** Nothing follows token t yet, or a line break, sentence end, comma, other mark or far gap does. */
function breakAfter(t: u32): bool {
  return t + 1 >= count || (rd(tGap, t + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) != 0;
}

/**
 * In ALL CAPS or lower case, a town that is also an English word (a weak place of the gazetteer: "reading", "concord",
 * "bath", "fall river", "phoenix") after "in"/"from"/"near" where a residence or travel frame introduces it and its
 * phrase ends after it: "LIVES AT OAKHURST MANOR IN READING SINCE 2150", "she's at my house in fall river until",
 * "daughter flying in from phoenix on sunday". Mixed case reads the capital instead (decide()'s weak place after a
 * cue). Not "lives in fear", "stays in bed", "discharged home in stable condition" (no place, or the phrase goes on).
 * Writes the town and returns true.
 */
function residenceTown(k: u32, sh: u32, mode: u32): bool {
  // (round 17: or "TO" after a move, "WHO MOVED TO FALL RIVER IN 1989")
  if (!((sh == SH_UPPER && mode == MODE_CAPS) || (sh == SH_LOWER && mode == MODE_LOWER)) || !tight(k) ||
    !(wordIn(k - 1, "\u0002in\u0004from\u0004near") || k >= 2 && tight(k - 1) && wordIn(k - 1, "\u0002to") &&
      wordIn(k - 2, "\u0005moved\u0009relocated"))) return false;
  let pd = rd(tData, k);
  let last = k;
  if (k + 2 < count && tight(k + 1) && tight(k + 2) && placeStr(rd(tMw3, k + 2)) > 0) {
    pd = rd(tMw3, k + 2);
    last = k + 2;
  } else if (k + 1 < count && tight(k + 1) && placeStr(rd(tMw2, k + 1)) > 0) {
    pd = rd(tMw2, k + 1);
    last = k + 1;
  } else if ((pd & (F_NOT_NAME | F_STATE | F_COUNTRY | F_MONTH)) != 0) return false;
  // (stop 37: a word no list has, of four letters or more and no medical shape, after a travel's or an origin's frame:
  // "SISTER ITZIAR, WHO DROVE HER FROM CHEVIOT.", "RETURNING FROM CANCUN ON 5/29", "born and raised in nanwalek")
  else if (unknownTown37(k)) {
    // (travel's words before "from" only: "THE PATIENT CAME IN FOLLOWUP" is a visit's)
    if (!(phraseEndsAfter(k) || participleAfter37(k)) || !(residenceFrame(k - 1) || originFrame(k - 1) ||
      wordIn(k - 1, "\u0004from") && residenceBefore(k - 1, TRAVEL_WORDS37))) return false;
    spanDone(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 500, R_CITY, k, k);
    return true;
  }
  // (a dwelling is no town: "MOVED FROM HOME TO ASSISTED LIVING", "BROUGHT BY FIRE RESCUE FROM HOME.")
  // (stop 34: a town of several words of any strength, which no other rule takes in these cases: "SHE LIVES IN HOT
  // SPRINGS WITH", "from bay city,")
  if ((placeStr(pd) != 1 && !(last > k && placeStr(pd) > 1)) || (pd & (F_MONTH | F_TITLE | F_CRED)) != 0 || rd(tEnd, k) - rd(tStart, k) < 3 ||
    wordIn(k, VISIT_WORDS)) return false;
  for (let m = k + 1; m <= last; m++) if (rd(tShape, m) != sh) return false;
  // (a year after "IN" closes it too: "MOVED TO FALL RIVER IN 1989")
  // (stop 37: or a participle opens the next clause, "DAUGHTER NADINE IN PHOENIX CALLING TONIGHT")
  if (!phraseEndsAfter(last) && !participleAfter37(last) && !(wordIn(last + 1, "\u0002in") && last + 2 < count && rd(tShape, last + 2) == SH_NUM) ||
    !(placedBefore(k) || residenceFrame(k - 1) || originFrame(k - 1) || kinInLoc40(k))) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 500, R_CITY, k, last);
  return true;
}

// premises named before "on" and their street: "the pharmacy on lowell st", "DAYCARE ON ELM ST", "PUB ON WATER STREET"
const PREMISES = "\u0008pharmacy\u0005store\u0004shop\u0006market\u0007daycare\u0006school\u0006church\u0003bar\u0003pub\u000arestaurant\u0004cafe\u0005diner\u0006office\u0006branch\u0005plaza\u0004mall\u0003gym\u0007library\u0007station\u0005motel\u0005hotel\u0007shelter";
// words after a street that go on with the clause ("THE YMCA ON PARK AVE SAID", "ON WATER STREET APPROX 0100")
// (STREET_CLOSERS: a clause goes on, and the address tail is not started; a preposition may still lead to a town)
const STREET_CLOSERS = "\u0004said\u0004says\u0006before\u0005after\u0006approx\u0002is\u0003was\u0004with\u0002by\u0003for";
const STREET_PREPOSITIONS = "\u0002at\u0002in\u0003and\u0002to";

/**
 * In ALL CAPS or lower case, the street after "on" (tokens q + 1..k, k its type) is one when a premises word stands
 * before "on" (PREMISES, or a facility head: "clinic on", or a premises word and a name: "pharmacy safeway on", or a
 * business or facility just found) and the street closes its phrase: "ATTENDS LITTLE ACORNS
 * DAYCARE ON ELM ST;", "the stop & shop pharmacy on lowell st?", "THE ANCHOR PUB ON WATER STREET APPROX 0100". No
 * determiner among its words ("the store on the main road").
 */
function premisesOn(q: u32, k: u32): bool {
  if (q == 0 || !exists(q - 1) || !tight(q)) return false;
  // (or the premises word and its name: "MY PHARMACY SAFEWAY ON MISSION BLVD SAYS")
  // (or a business or facility just found before "on": "PART-TIME AT HARDISON HARDWARE ON MAIN ST.", "THE RITE AID ON
  // HARMON ST?")
  if ((rd(tData, q - 1) & F_FACILITY) == 0 && !wordIn(q - 1, PREMISES) &&
    !(q >= 2 && exists(q - 2) && tight(q - 1) && rd(tShape, q - 1) != SH_NUM && wordIn(q - 2, PREMISES)) &&
    !(pType == ENTITY_LOCATION && pEnd == rd(tEnd, q - 1) && (pReason == R_ORGANIZATION || pReason == R_FACILITY))) return false;
  for (let m = q + 1; m < k; m++) if (streetDeterminer38(m, k)) return false;
  return breakAfter(k) || wordIn(k + 1, STREET_CLOSERS) || wordIn(k + 1, STREET_PREPOSITIONS);
}

// ---- Fourteenth clinical round (fixture 11; self-contained: roundFourteen, hl7Name, hl7Segment, loginAfterSigner,
// titledCommonName, nameFieldCloses) ----
// HL7 v2 person fields (PID-5 "LAST^FIRST^MIDDLE", an ordering provider's "ID^LAST^FIRST"), a lower-case user login
// after "entered by" or after a dash closing a flowsheet line ("... ambulated 150 ft. -lsorensen"), and a name of
// common words after a title or a role ("DR. JOY BRIGHT (PRIMARY CARE)", "TRIAGE RN MAY CHRISTIAN.", "DR. YOUNG,").

/**
 * decide()'s tests of the fourteenth round, out of its body in one call (read from laterRounds()). Returns true when one
 * wrote.
 */
function roundFourteen(k: u32, sh: u32, mode: u32): bool {
  if ((sh == SH_CAP || sh == SH_UPPER) && k >= 2 && practicePair(k, sh, mode)) return true;
  // (in capitals only after "BY", a label's colon or a line's closing dash: the gap and the length before the call)
  if ((sh == SH_LOWER || sh == SH_OTHER || sh == SH_UPPER && mode == MODE_CAPS &&
    ((rd(tGap, k) & (G_COLON | G_HYPHEN)) != 0 || rd(tEnd, k - 1) - rd(tStart, k - 1) == 2)) && loginAfterSigner(k, sh)) return true;
  if (sh != SH_OTHER && sh != SH_INITIAL && k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && cellLastFirst(k)) return true;
  return (sh == SH_CAP || sh == SH_UPPER) && titledCommonName(k, sh, mode);
}

/**
 * The number of the field that byte s lies in when its line is an HL7 v2 segment (three letters or digits, the first
 * a letter, then '|', at the line's start; "PID|1||..."), with the segment's name folded into the high bits
 * (name << 8 | field), or 0 when the line is no segment. Reads back at most 400 bytes. (Also the ID scanner's:
 * scanHl7Id in assembly/scanners/ids.ts.)
 */
export function hl7Segment(s: u32): u32 {
  let i = s;
  let pipes: u32 = 0;
  while (i > 0 && s - i < 400) {
    const b = byteAt(i - 1);
    if (b == 0x0a || b == 0x0d) break;
    if (b == 0x7c) pipes++;
    i--;
  }
  if (i > 0 && s - i >= 400) return 0;
  if (i + 4 > inLen || byteAt(i + 3) != 0x7c) return 0;
  const a = byteAt(i) | 0x20;
  if (a < 0x61 || a > 0x7a) return 0;
  let name: u32 = 0;
  for (let m: u32 = 0; m < 3; m++) {
    const c = byteAt(i + m) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || (byteAt(i + m) >= 0x30 && byteAt(i + m) <= 0x39))) return 0;
    name = (name << 8) | c;
  }
  return (name << 8) | (pipes & 0xff);
}

const HL7_PID: u32 = 0x706964; // "pid"
const HL7_NK1: u32 = 0x6e6b31; // "nk1" (folded: '1' | 0x20 is still '1')
const HL7_GT1: u32 = 0x677431;

/** Token k, followed by '^': an HL7 v2 person's name (hl7Name) or address (hl7Address). Returns true when one wrote. */
function hl7Field(k: u32, sh: u32, d: u32): bool {
  return (d & F_STREET) != 0 ? hl7Address(k) : hl7Name(k, sh);
}

/**
 * Token k, a street type followed by '^', ends the street of an HL7 v2 address (XAD: street^other^city^state^zip) in
 * a segment: a house number opens the component ('|' or '^' before it) and only blanks separate the words up to k
 * ("|77 QUARRY HILL RD^^BARRE^VT^05641|", "|5 harbor view dr^^gloucester^ma^01930|"). The components after it within
 * the look-ahead (city, state, postcode) join the address, up to the field's '|'.
 */
function hl7Address(k: u32): bool {
  if (k < 2 || !exists(k - 1) || !blanksOnly(k - 1, k)) return false;
  let n = k - 1;
  while (n + 5 > k && n > 0 && exists(n) && rd(tShape, n) != SH_NUM && blanksOnly(n - 1, n)) n--;
  if (!exists(n) || n == k - 1 || rd(tShape, n) != SH_NUM || !blanksOnly(n, n + 1)) return false;
  const s = rd(tStart, n);
  if (s == 0 || (byteAt(s - 1) != 0x7c && byteAt(s - 1) != 0x5e) || hl7Segment(s) == 0) return false;
  let last = k;
  for (let m = k + 1; m <= k + LOOK_AHEAD && m < count; m++) {
    let ok = true;
    for (let i = rd(tEnd, m - 1); i < rd(tStart, m); i++) {
      const b = byteAt(i);
      if (b != 0x5e && b != 0x20) ok = false;
    }
    if (!ok || (!isAlphaShape(rd(tShape, m)) && rd(tShape, m) != SH_NUM)) break;
    last = m;
  }
  spanDone(s, rd(tEnd, last), ENTITY_LOCATION, 900, R_ADDRESS, n, last);
  return true;
}

/** Token m is a name's component: letters only, written in one case style (no code such as "R01", no "ISO6392"). */
function hl7Letters(m: u32): bool {
  const ms = rd(tShape, m);
  return ms == SH_CAP || ms == SH_UPPER || ms == SH_LOWER || ms == SH_INITIAL;
}

/**
 * Token k, followed by '^', is the family name of an HL7 v2 person field: the field opens with it ('|' before it) or
 * with an identifier ("|1447902^LAFRANCE^ODETTE^R^^^^MD|"), the given name follows after one '^' and closes its
 * component, and the line is a segment. Evidence that the field holds a person: its place (PID-5 patient, PID-6
 * mother's maiden name, PID-9 alias, NK1-2 next of kin, GT1-3 guarantor), or a given name of the name lists after a
 * family name that is no core English word or is a surname ("ORC|...|2218845^FENWICK^ALISTAIR^J"). Coded fields fail
 * the shape ("ADT^A01", "CBC^COMPLETE BLOOD COUNT", "3W^312^A^WMC", "F^Female": a one-letter first component).
 * Reports family, given and middle name (or initial) as one NAME.
 */
function hl7Name(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  if (s == 0 || k + 1 >= count || !hl7Letters(k) || sh == SH_INITIAL || rd(tEnd, k) - s < 2) return false;
  const pb = byteAt(s - 1);
  if (pb == 0x5e) {
    // an identifier right before: digits (or letters and digits) glued to '|' ("|1447902^", "|V000918^")
    const p = k - 1;
    if (!exists(p) || rd(tEnd, p) != s - 1 || (rd(tShape, p) != SH_NUM && rd(tShape, p) != SH_OTHER)) return false;
    const ps = rd(tStart, p);
    if (ps == 0 || byteAt(ps - 1) != 0x7c) return false;
  } else if (pb != 0x7c) return false;
  const g = k + 1;
  if (rd(tStart, g) != rd(tEnd, k) + 1 || !hl7Letters(g) || rd(tShape, g) == SH_INITIAL) return false;
  // the given name closes its component: '^', '|' or the line's end
  const ge = rd(tEnd, g);
  const gb = ge < inLen ? byteAt(ge) : 0x0a;
  if (gb != 0x5e && gb != 0x7c && gb != 0x0a && gb != 0x0d) return false;
  const seg = hl7Segment(s);
  if (seg == 0) return false;
  const field = seg & 0xff;
  const name = seg >> 8;
  const placed = pb == 0x7c && ((name == HL7_PID && (field == 5 || field == 6 || field == 9)) || (name == HL7_NK1 && field == 2) ||
    (name == HL7_GT1 && field == 3));
  const gd = rd(tData, g);
  const d = rd(tData, k);
  if (!placed && !(firstStr(gd) >= 2 && (tierOf(gd) != 1 || firstStr(gd) == 3) && (tierOf(d) != 1 || lastStr(d) >= 2) &&
    (d & (F_NOT_NAME | F_CRED)) == 0)) return false;
  let last = g;
  // a middle name or initial in the third component, closing it
  if (gb == 0x5e && g + 1 < count && rd(tStart, g + 1) == ge + 1 && hl7Letters(g + 1) && (rd(tData, g + 1) & F_CRED) == 0) {
    const me = rd(tEnd, g + 1);
    const mb = me < inLen ? byteAt(me) : 0x0a;
    if (mb == 0x5e || mb == 0x7c || mb == 0x0a || mb == 0x0d) last = g + 1;
  }
  span(s, rd(tEnd, last), ENTITY_NAME, 850, R_NEIGHBOUR);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/** Words before "by" that sign or enter a record ("Entered by", "signed by"). */
// (stop 33: "logged by j.kimura", "Compiled by lmorrow")
const SIGNER_VERBS = "\u0007entered\u0006signed\u0008cosigned\u0008authored\u0007charted\u0007created\u0006edited\u0006logged\u0008compiled";

/**
 * Token k, a lower-case login of 4-12 ASCII letters (no English word, no name of the name lists) or letters and then
 * 1-3 digits, is a user name: right after "entered by" / "signed by" ("Entered by mhartigan (Megan Hartigan, RN)"), or
 * glued to a dash after a blank at the end of a line ("Pt ambulated 150 ft w/ RW. -lsorensen"). Reported as ID.
 * ("signed by smith" is a name for the other rules: a surname has a name strength.)
 */
function loginAfterSigner(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (k == 0 || !exists(k - 1)) return false;
  // (in ALL CAPS the login is in capitals too: "-MHARTIGAN", "REGISTERED BY: DGUILLORY", "COSIGNED WLAU2"; capsLogin())
  const upper = byteAt(s) < 0x61;
  let last = k;
  if (upper) {
    if (modeAt(k) != MODE_CAPS || e - s < 5 || (sh != SH_OTHER && sh != SH_UPPER) || !loginShape(k, sh, true)) return false;
  } else if (!loginShape(k, sh, false)) {
    // (stop 33) or an initial glued by '.' or '_' to a word, after the signer's verb: "logged by j.kimura"
    last = dottedLogin33(k);
    if (last == 0) return false;
  }
  // the login closes the signer's field: the line ends, or a number, "(", "," or "on"/"at" follows ("entered by
  // ybriggs 02/02/2026", "by mhartigan (Megan Hartigan, RN)"); a given name before an initial and a surname is a name's
  // ("signed by plomisto m. mushbrarelle, md")
  if (last + 1 < count && (rd(tGap, last + 1) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER)) == 0 && rd(tShape, last + 1) != SH_NUM &&
    !wordIn(last + 1, "\u0002on\u0002at")) return false;
  const p = k - 1;
  let ok = false;
  if (tight(k) && wordIn(p, "\u0002by") && p > 0 && exists(p - 1) && tight(p) && wordIn(p - 1, SIGNER_VERBS)) ok = true;
  else if (upper && capsLogin(k, p, sh)) ok = true;
  // "... RW. -lsorensen" (the dash glued to the login, a blank before it, the line ends after it; not "x -ray")
  else if (s >= 2 && byteAt(s - 1) == 0x2d && (byteAt(s - 2) == 0x20 || byteAt(s - 2) == 0x09) && footEnd(k) &&
    (rd(tGap, k) & (G_NEWLINE | G_FAR | G_START)) == 0) ok = !upper || initialSurname(s, e);
  if (!ok || last != k && !(tight(k) && wordIn(p, "\u0002by"))) return false;
  spanDone(s, rd(tEnd, last), ENTITY_ID, 700, REASON_RECORD_FIELD, k, last);
  return true;
}

/**
 * (stop 33) Token k, one or two lower-case letters glued by '.' or '_' to a lower-case word of 3+ letters (or letters and
 * digits), as a login joins an initial to a surname ("j.kimura", "m_ortiz2"): the word's token, or 0. Not an e-mail
 * address ("j.kimura@host" goes on with '@').
 */
function dottedLogin33(k: u32): u32 {
  const e = rd(tEnd, k);
  if (e - rd(tStart, k) > 2 || rd(tShape, k) != SH_LOWER || k + 1 >= count || rd(tStart, k + 1) != e + 1) return 0;
  const c = byteAt(e);
  const n = k + 1;
  if (c != 0x2e && c != 0x5f || rd(tShape, n) != SH_LOWER && rd(tShape, n) != SH_OTHER || rd(tEnd, n) - rd(tStart, n) < 3) return 0;
  return rd(tEnd, n) < inLen && byteAt(rd(tEnd, n)) == 0x40 ? 0 : n;
}

/**
 * Bytes [s, e) are a login made of an initial and a listed surname ("MHARTIGAN", "LSORENSEN"): in ALL CAPS the only
 * sign that a word closing a flowsheet line after " -" is a login, not a word ("-HYDROCODONE", "-STABLE").
 */
function initialSurname(s: u32, e: u32): bool {
  if (!tableReady() || e - s < 5) return false;
  hashRange(s + 1, e);
  return lastStr(probe(h1, h2)) > 0;
}

/**
 * loginAfterSigner()'s labels in ALL CAPS, where userName() and registeredBy() (lower case only) do not look: token k
 * after "BY:" following a verb of record keeping ("REGISTERED BY: DGUILLORY"), or letters with digits after "COSIGNED"
 * or a user label ("COSIGNED WLAU2.", "USER JDELROSARIO3"); p is k - 1.
 */
function capsLogin(k: u32, p: u32, sh: u32): bool {
  const g = rd(tGap, k);
  if ((g & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER)) != 0 || p == 0 || !exists(p - 1)) return false;
  if ((g & G_COLON) != 0) return wordIn(p, "\u0002by") && (wordIn(p - 1, SIGNER_VERBS) ||
    wordIn(p - 1, "\u000aregistered\u0008modified\u0007updated\u0008recorded"));
  return sh == SH_OTHER && tight(k) && (wordIn(p, USER_LABELS) || wordIn(p, "\u0008cosigned\u000dcountersigned"));
}

/**
 * Token k has a login's shape: 4-12 bytes, lower-case letters no word list has (no English word, name, context word or
 * medical term: "mhartigan"; in capitals too when `caps`: "DGUILLORY"), or 3+ letters and 1-3 digits ("kpatel3"; "KPATEL3"
 * when `caps`).
 */
function loginShape(k: u32, sh: u32, caps: bool): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (e - s < 4 || e - s > 12) return false;
  let i = s;
  while (i < e && ((byteAt(i) >= 0x61 && byteAt(i) <= 0x7a) || (caps && byteAt(i) >= 0x41 && byteAt(i) <= 0x5a))) i++;
  if (i < e) {
    if (sh != SH_OTHER || i - s < 3 || e - i > 3) return false;
    for (let j = i; j < e; j++) if (byteAt(j) < 0x30 || byteAt(j) > 0x39) return false;
    return true;
  }
  return (sh == SH_LOWER || (caps && sh == SH_UPPER)) && tierOf(rd(tData, k)) == 0 && nameStr(k) == 0 &&
    (rd(tData, k) & (F_NOT_NAME | CONTEXT_WORDS)) == 0 && !medicalShape(k);
}

/**
 * A person's field closes after token k: a line end, a tab or two blanks, ',', ';', '(' or ')', a period followed by a
 * blank or the line's end, or a credential (fieldEndsAfter).
 */
function nameFieldCloses(k: u32, mode: u32): bool {
  const e = rd(tEnd, k);
  if (fieldEndsAfter(k, mode)) return true;
  let i = e;
  if (i < inLen && byteAt(i) == 0x20) i++;
  if (i >= inLen) return true;
  const b = byteAt(i);
  if (b == 0x2c || b == 0x3b || b == 0x28 || b == 0x29) return i == e || b == 0x28;
  return b == 0x2e && i == e && (e + 1 >= inLen || byteAt(e + 1) == 0x20 || byteAt(e + 1) == 0x0a || byteAt(e + 1) == 0x0d);
}

/**
 * Token k (capitalised or in capitals) is a surname made of a common word after a title and a given name, or after a
 * title alone, closing the person's field: "DR. JOY BRIGHT (PRIMARY CARE)", "Dr. Hunter Lane):", "DR. ROSE YOUNG
 * (HOSPITALIST)", "TRIAGE RN MAY CHRISTIAN.", "DR. YOUNG, ADALBERT MEDICAL GROUP". The given name has a given name's
 * strength and the same shape; the surname has a surname's strength (moderate alone after the title). The other rules
 * read such words as words ("YOUNG", "BRIGHT", "Lane" a street type). Not after a function word in capitals ("SEE YOUR
 * DOCTOR, DR. IF ...").
 */
function titledCommonName(k: u32, sh: u32, mode: u32): bool {
  const d = rd(tData, k);
  if (lastStr(d) == 0 || (d & (F_CRED | F_TITLE | F_MONTH | F_STATE)) != 0 || capsFunctionWord(k, sh) || !nameFieldCloses(k, mode)) return false;
  const p = k - 1;
  const pd = rd(tData, p);
  // DR. YOUNG,
  if ((pd & F_TITLE) != 0) {
    if (lastStr(d) < 2 || tierOf(d) != 1 || rd(tDone, k) != 0 || (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) != 0) return false;
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 800, R_TITLE);
    wr(tDone, k, ENTITY_NAME);
    return true;
  }
  // DR. JOY BRIGHT / RN MAY CHRISTIAN (one blank between, no possessive: "ANANYA'S WEDDING"; no adverb: "NURSE PALOMA
  // WEEKLY.")
  if (p == 0 || !exists(p - 1) || rd(tStart, k) != rd(tEnd, p) + 1 || byteAt(rd(tEnd, p)) != 0x20 || rd(tShape, p) != sh ||
    firstStr(pd) == 0 || (rd(tGap, p) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) != 0 ||
    (tierOf(d) == 1 && endsWithAny(k, "\u0002ly", 2))) return false;
  if (rd(tDone, p) == ENTITY_NAME) {
    // (the neighbour rule joins the surnames it can: a name candidate, or a core word in capitals closing the field)
    if (((d & F_STREET) == 0 && candidate(k, mode)) || fieldEndsAfter(k, mode)) return false;
  } else if (rd(tDone, p) != 0 || tierOf(pd) != 1 || (pd & (F_CUE | F_TITLE | F_CRED | F_NOT_NAME)) != 0) return false;
  const t = rd(tData, p - 1);
  // (a title or a credential naming the role: a verb's cue is none, "CALLED JOHN BACK.")
  if ((t & (F_TITLE | F_CRED)) == 0 || (rd(tShape, p - 1) != SH_UPPER && rd(tShape, p - 1) != SH_CAP)) return false;
  // (the other rules take names that are no common words: "Dr. Amos Goodman")
  if (tierOf(d) != 1 && tierOf(pd) != 1 && (d & F_STREET) == 0) return false;
  span(rd(tStart, p), rd(tEnd, k), ENTITY_NAME, 850, R_NEIGHBOUR);
  wr(tDone, p, ENTITY_NAME);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * Body parts and services a practice names in pairs ("Tidewater Heart & Vascular", "Westshore Foot and Ankle", "Valley
 * Spine & Pain", "Bayside Allergy & Asthma", "Summit Bone and Joint").
 */
const PRACTICE_PAIR_WORDS = "\u0005heart\u0008vascular\u0004vein\u0004foot\u0005ankle\u0005spine\u0004pain\u0004bone\u0005joint\u0004nose\u0006throat\u0007allergy\u0006asthma\u0004skin\u0005laser\u0004hand\u0005wrist\u0005brain\u0005sleep\u0004lung\u0006kidney\u000chypertension\u0006weight\u0008wellness";
/** Heads that may follow such a pair ("... Heart & Vascular Institute", "... Foot and Ankle Specialists"). */
const PAIR_HEADS = "\u0006center\u0006centre\u000aassociates\u0009institute\u000bspecialists\u0006clinic\u0005group\u0004care\u0007doctors\u000aphysicians";

/**
 * Token k (capitalised or in capitals) ends a pair of body parts or services a practice is named with, joined by "&"
 * or "and" (PRACTICE_PAIR_WORDS), after one or two words of the same case that name the practice: a place, a name, a
 * word no English list has, a rare English word or a facility's modifier ("Valley"); in ALL CAPS an unknown word of
 * four letters or more, a place or a modifier. A head after the pair joins it ("Institute"). Emits the practice
 * (LOCATION, facility) and returns true. Not after English words alone ("Chronic Foot and Ankle Pain", "LEFT FOOT AND
 * ANKLE", "Advanced Heart & Vascular"), nor across a line break or a comma.
 */
function practicePair(k: u32, sh: u32, mode: u32): bool {
  if (!wordIn(k, PRACTICE_PAIR_WORDS)) return false;
  let w = k - 1;
  if (isAnd(w)) {
    if (!tight(k) || !tight(w)) return false;
    w--;
  } else if (!ampGap(k)) return false;
  if (w == 0 || !exists(w - 1) || rd(tShape, w) != sh || !wordIn(w, PRACTICE_PAIR_WORDS) || rd(tH1, w) == rd(tH1, k)) return false;
  let f = w;
  let named = false;
  while (f > 0 && f + 2 > w && exists(f - 1) && tight(f)) {
    const q = f - 1;
    const qd = rd(tData, q);
    if (rd(tShape, q) != sh || (qd & NAME_WALK_STOP & ~F_FACILITY) != 0 || wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) ||
      wordIn(q, NAME_FUNCTION_WORDS) || genericModifier(q)) break;
    const len = rd(tEnd, q) - rd(tStart, q);
    if (mode == MODE_CAPS ? (tierOf(qd) == 0 && len >= 4) || placeStr(qd) >= 2 || (qd & F_FAC_MOD) != 0 :
      tierOf(qd) == 0 || tierOf(qd) == 3 || placeStr(qd) > 0 || nameStr(q) > 0 || (qd & F_FAC_MOD) != 0) named = true;
    else if (tierOf(qd) == 1) break;
    f = q;
  }
  if (f == w || !named) return false;
  let last = k;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh && wordIn(k + 1, PAIR_HEADS)) last = k + 1;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, R_FACILITY, f, last);
  return true;
}

/**
 * Tokens k, k + 1 are a delimited export's "Last, First" cell: a quoted CSV cell ("...,\"pruitt, shanice\",1999-...") or a
 * tab-separated one ("\tgundersen, lars pa\t"), a credential allowed before the cell closes. Any case (lower-case
 * exports have no capitals to tell): both words letters only, no state or country after the comma, no clinical word,
 * and a name's strength in either word or two words no English list has ("\"chest, pain\"", "\"Boston, MA\"" are none).
 */
function cellLastFirst(k: u32): bool {
  const s = rd(tStart, k);
  if (s == 0) return false;
  const open = byteAt(s - 1);
  if (open != 0x22 && open != 0x09) return false;
  // the cell opens after a delimiter (or the line's start)
  if (open == 0x22 && s >= 2 && byteAt(s - 2) != 0x2c && byteAt(s - 2) != 0x09 && byteAt(s - 2) != 0x0a) return false;
  const g = k + 1;
  if (!hl7Letters(k) || !hl7Letters(g) || rd(tShape, g) == SH_INITIAL || rd(tStart, g) - rd(tEnd, k) > 2) return false;
  let e = rd(tEnd, g);
  let last = g;
  // (a credential before the cell closes: "bhandari, kavya np")
  if (e < inLen && byteAt(e) == 0x20 && g + 1 < count && rd(tStart, g + 1) == e + 1 && credAt(g + 1, MODE_CAPS)) {
    last = g + 1;
    e = rd(tEnd, g + 1);
  }
  const close = e < inLen ? byteAt(e) : 0x0a;
  if (open == 0x22 ? close != 0x22 : close != 0x09 && close != 0x0a && close != 0x0d) return false;
  const d = rd(tData, k);
  const gd = rd(tData, g);
  if (((d | gd) & (F_NOT_NAME | F_STATE | F_COUNTRY | F_MONTH | F_TITLE | F_CRED)) != 0 || medicalShape(k) || medicalShape(g)) return false;
  const named = (nameStr(k) > 0 && (tierOf(d) != 1 || nameStr(k) >= 2)) || (nameStr(g) > 0 && (tierOf(gd) != 1 || nameStr(g) >= 2));
  if (!named && !(tierOf(d) == 0 && tierOf(gd) == 0)) return false;
  if ((tierOf(d) == 1 && nameStr(k) < 2) || (tierOf(gd) == 1 && nameStr(g) < 2)) return false;
  span(s, rd(tEnd, g), ENTITY_NAME, 800, R_NEIGHBOUR, true);
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, g, ENTITY_NAME);
  if (last > g) wr(tDone, last, 0xff);
  return true;
}

/**
 * Token k, the capital "L" right after a number and before a period, is litres, no initial ("Diuresed 6 L. Echo 1/7":
 * the initial rule would take "L. Echo" for a name): marks it done and returns true.
 */
function litreAfterNumber(k: u32): bool {
  const s = rd(tStart, k);
  if (byteAt(s) != 0x4c || rd(tShape, k - 1) != SH_NUM || !blanksOnly(k - 1, k) || s + 1 >= inLen || byteAt(s + 1) != 0x2e) return false;
  wr(tDone, k, 0xff);
  return true;
}

// ---- Fifteenth clinical round (fixture 12; self-contained: gluedColon, roundFifteenCode, codeAfterCred,
// codeSlashInitials, dictatedDate, credSlashCaps) ----
// The trailers of dictated summaries as the i2b2 2006 corpus writes them: the dictating doctor's code after a plain
// credential ("Marguerite Sollis , MD MS44"), the code and the transcriptionist's initials on a line of their own
// ("AS27 / bmt" over "DD :"), the pair in capitals joined by a colon ("MV:TRC   D: 06/08/71"), after "dictated" and its
// date ("dictated 3/9/66   WAF:sml") or one blank after "M.D." ("M.D. PD /RLK").

/** Token k + 1 is glued to token k by one colon ("MV:TRC"). */
function gluedColon(k: u32): bool {
  const e = rd(tEnd, k);
  return rd(tStart, k + 1) == e + 1 && byteAt(e) == 0x3a;
}

/** rareRules()'s tests of the fifteenth round on a letters-and-digits token k (k >= 2). Returns true when one wrote. */
function roundFifteenCode(k: u32): bool {
  return codeAfterCred(k) || codeSlashInitials(k);
}

/**
 * Token k, a doctor's code (1-3 capitals, 1-3 digits), after a signature's plain credential in capitals and ending the
 * line ("Marguerite Sollis , MD MS44", "ARMSTRONG , TESSA , M.D. TA19" is signatureCode()'s): the name is decided
 * before the credential. Not a training year ("MD PGY2"), a gas or a day ("RN CO2"). Emits ID as signatureCode() does.
 */
function codeAfterCred(k: u32): bool {
  const c = k - 1;
  if (!exists(k - 2) || rd(tShape, c) != SH_UPPER || (rd(tData, c) & F_CRED) == 0 || !blanksOnly(c, k) || !footEnd(k) ||
    !capsDigitsCode(k, 3) || wordIn(k, TRAINING_YEARS) || wordIn(k, TRAILER_CODE_NOT)) return false;
  if (rd(tDone, k - 2) != ENTITY_NAME || (rd(tGap, c) & (G_NEWLINE | G_SENT)) != 0) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_ID, 650, REASON_RECORD_FIELD);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * Token k, a doctor's code (1-3 capitals, 1-3 digits) opening its line, then one slash and the transcriptionist's 2-3
 * lower-case letters ending it ("AS27 / bmt"), under a signature (the line before ends with a decided name or code) or
 * over a dictation label and its colon ("DD :"). Emits the code (ID) and the initials (NAME). "CO2 / hr" has no such
 * neighbours; a gas or a training year is no code.
 */
function codeSlashInitials(k: u32): bool {
  const n = k + 1;
  // (in ALL CAPS the initials are capitals too: "AS27 / BMT")
  if (n >= count || !lineStart(k) || !(rd(tShape, n) == SH_LOWER || rd(tShape, n) == SH_UPPER && modeAt(k) == MODE_CAPS) || !footEnd(n) ||
    !oneSlashBetween(k, n)) return false;
  const nl = rd(tEnd, n) - rd(tStart, n);
  if (nl < 2 || nl > 3 || tierOf(rd(tData, n)) == 1 || !capsDigitsCode(k, 3) || wordIn(k, TRAINING_YEARS) ||
    wordIn(k, TRAILER_CODE_NOT)) return false;
  const above = exists(k - 1) && (rd(tDone, k - 1) == ENTITY_NAME || rd(tDone, k - 1) == 0xff && rd(tShape, k - 1) == SH_OTHER);
  const below = n + 2 < count && wordIn(n + 1, DICTATION_LABELS) && (rd(tGap, n + 2) & G_COLON) != 0;
  if (!above && !below) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_ID, 650, REASON_RECORD_FIELD);
  flush();
  span(rd(tStart, n), rd(tEnd, n), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, 0xff);
  wr(tDone, n, ENTITY_NAME);
  return true;
}

/**
 * Token j is "dictated" or "transcribed" and an m/d/y date follows it on its line after blanks ("dictated 3/9/66"):
 * the dictation's date, as "D: 3/9/66" labels it.
 */
function dictatedDate(j: u32): bool {
  return j + 2 < count && rd(tShape, j + 1) == SH_NUM && (rd(tGap, j + 1) & (G_NEWLINE | G_COLON | G_COMMA | G_OTHER)) == 0 &&
    rd(tShape, j + 2) == SH_NUM && rd(tStart, j + 2) == rd(tEnd, j + 1) + 1 && byteAt(rd(tEnd, j + 1)) == 0x2f &&
    wordIn(j, "\u0008dictated\u000btranscribed");
}

/**
 * The pair k / k + 1 in capitals one blank after a dotted credential ("M.D. PD /RLK" ending the signature's line); a
 * column gap is the older rule's.
 */
function credSlashCaps(k: u32): bool {
  return rd(tShape, k + 1) == SH_UPPER && dottedCred(k - 2) && rd(tStart, k) == rd(tEnd, k - 1) + 2 && modeAt(k) == MODE_CAPS;
}

/**
 * Token k - 1 is the second letter of a dotted credential ("D", two bytes after the "M" of "M.D."), left undecided: it
 * is marked done, so that decide() does not pull it into a name decided at k as an initial ("Glenda Moraitis, M.D.
 * Marlow Hospital": "D. Marlow" is no name; "Karen Hughes, M.D., Westbury Ridge Medical Group": "D" alone neither).
 */
function credLetterBefore(k: u32): void {
  const q = k - 1;
  if (q > 0 && rd(tDone, q) == 0 && exists(q - 1) && dottedCred(q - 1) && rd(tStart, q) == rd(tStart, q - 1) + 2) wr(tDone, q, 0xff);
}

/**
 * Token j is "OD" written without a comma before it: the right eye ("VA 20/60 OD", "Avastin OD today", "PRP OD"), no
 * optometrist's credential; the credential follows the name's comma ("Jane Roe, OD").
 */
function eyeSide(j: u32): bool {
  return (rd(tGap, j) & G_COMMA) == 0 && wordIn(j, "\u0002od");
}

// (stop 38) prepositions of where or motion no letterhead's name holds before its head: on into onto
const LETTERHEAD_STOPS38 = "\u0002on\u0004into\u0004onto";

/**
 * Token f opens a line near the top of the note (at most two lines with text above it, within its first 240 bytes),
 * and the line is a letterhead: 1-3 capitalised words of f's case, then a facility's head ending the line (a facility
 * word, a two-word head such as "Family Practice", a practice's head such as "Internal Medicine", or a specialty), all
 * within the look-ahead: the clinic of a longitudinal record or a letter ("Record date: 2071-03-14\n\nQUARRY HILL
 * FAMILY PRACTICE", "Linwood Internal Medicine", "HARROW VALLEY PODIATRY"). One word before the head must be able to
 * name a practice (practiceNameWord) and none may be generic: a department's header stays nothing ("Internal Medicine
 * Clinic", "Cardiology Clinic", "PULMONARY CLINIC", "General Internal Medicine"). Emits LOCATION over the line.
 */
function clinicLetterhead(f: u32, sh: u32): bool {
  let t = f;
  while (!footEnd(t)) {
    const q = t + 1;
    if (q > f + LOOK_AHEAD || q >= count || !blanksOnly(t, q)) return false;
    const qs = rd(tShape, q);
    if (qs != sh && !(qs == SH_UPPER && rd(tEnd, q) - rd(tStart, q) <= 4)) return false;
    t = q;
  }
  if (t == f) return false;
  let h = t;
  // (an organisation's head stays the organisation rules': "Asc Partners", "Riverbend Endocrine Associates")
  const mw = rd(tMw2, t);
  const td = rd(tData, t);
  if (((mw & F_FACILITY) != 0 && (mw & F_ORG) != F_ORG) || (namedHeadClass(t - 1, t) & NH_FAC) != 0) h = t - 1;
  else if (((td & F_FACILITY) == 0 || (td & F_ORG) == F_ORG) && (namedHeadClass(t, t) & NH_FAC) == 0) return false;
  if (h == f) return false;
  let named = false;
  // (a facility's own head among the words ends its name; the practice's head after it is its department: "MERRILL
  // CENTER INTERNAL MEDICINE" is "MERRILL CENTER")
  let end = t;
  for (let m = f; m < h; m++) {
    const md = rd(tData, m);
    if (m > f && end == t && named && ((md & F_FACILITY) != 0 && (md & F_ORG) != F_ORG || wordIn(m, "\u0006center\u0006centre"))) end = m;
    if (end != t) continue;
    if (genericModifier(m) || wordIn(m, NAME_DETERMINERS) || (md & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_VERB_BY)) != 0) return false;
    // (stop 38: a word of where or motion says where someone went, no letterhead: "ON ARRIVAL TO HOSPITAL", "SENT TO
    // CLINIC", "TRANSFER FROM HOSPITAL" alone on a line near the top)
    if (wordIn(m, WHERE_FRAMES) || wordIn(m, LETTERHEAD_STOPS38)) return false;
    if (practiceNameWord(m)) named = true;
  }
  if (!named) return false;
  // at most two lines with text above ("Record date: ..." and a blank line)
  const s = rd(tStart, f);
  let lines: u32 = 0;
  let text = false;
  for (let i: u32 = 0; i < s; i++) {
    const b = byteAt(i);
    if (b == 0x0a) {
      if (text) lines++;
      text = false;
    } else if (b != 0x20 && b != 0x09 && b != 0x0d) text = true;
  }
  if (lines > 2) return false;
  spanDone(s, rd(tEnd, end), ENTITY_LOCATION, 850, R_FACILITY, f, t);
  return true;
}


/**
 * (fifteenth round) A dash between blanks after a relative's first name k: a family history's list gives the
 * relative, then the disease ("FH: SISTER OPAL - CHF", "mother june - dm2"). The modal test comes first in kinName()
 * ("SON WILL - ..." stays a modal).
 */
function kinDash(k: u32): bool {
  return k + 1 < count && spacedDash(k + 1) && (rd(tGap, k + 1) & G_NEWLINE) == 0;
}

// ---- Organisations, identifiers and places round 15 (orgs15; self-contained: roundFifteen, loginAfterEvent,
// clockEndsAt, transportOrg, dashSite, labelledOrg, fieldWord, streetItem) ----
// Logins after a record's or a lab's event and after a clock time ("Called by ptran", "09:10 by kpatel3", "at 18:06
// (hng4)"); the HL7 identifiers of this round are the scanner's (scanHl7Id in assembly/scanners/ids.ts).

/**
 * decide()'s tests of the fifteenth round, out of its body in one call (read from laterRounds(); a login of letters and
 * digits, which quietCode() keeps from decide(), is read from rareRules()). Returns true when one wrote.
 */
function roundFifteen(k: u32, sh: u32, mode: u32): bool {
  if ((sh == SH_CAP || sh == SH_UPPER) && mode != MODE_LOWER) {
    if ((rd(tData, k) & (F_STREET | F_TITLE)) == F_STREET && streetItem(k, sh)) return true;
    return (spacedDash(k) && dashSite(k, sh)) || transportOrg(k) || labelledOrg(k);
  }
  return (sh == SH_LOWER || sh == SH_OTHER) && loginAfterEvent(k, sh);
}

/**
 * Last words of a transport provider's name ("Gold Cross Ambulance", "Acadiana Medical Transport", "Aloha Medivan";
 * "van" after "wheelchair" only, and the vehicle stays out of the span).
 */
const TRANSPORT_HEADS = "\u0009ambulance\u0009transport\u000etransportation\u0007medivan\u0007medicab\u0003ems\u0003van";
/** Words that say what kind of transport, not whose ("BLS AMBULANCE", "PRIVATE AMBULANCE", "COUNTY EMS", "MEDICAL TRANSPORT"). */
const TRANSPORT_KINDS = "\u0003bls\u0003als\u0003cct\u0007private\u0005basic\u0004life\u0007support\u0007medical\u000awheelchair\u0006county\u0004city\u0004town\u0004fire\u0005local\u0008critical\u0004care\u0003air\u0006ground\u0009stretcher\u0009emergency\u0003non\u0007patient\u0004unit\u0003the\u0007service\u0008services\u0006rescue\u0005squad\u0008hospital";
/** Field labels whose value is a transport provider ("TRANSPORT: GOLD CROSS AMBULANCE", "MODE: EMS (LIFEGUARD AMBULANCE"). */
const TRANSPORT_LABELS = "\u0009transport\u000etransportation\u0004mode\u0003ems";

/** Token h has the length of one of TRANSPORT_HEADS (3, 7, 9 or 14 letters): transportOrg()'s cheap first test. */
// @ts-ignore: decorator
@inline function headLength(h: u32): bool {
  const n = rd(tEnd, h) - rd(tStart, h);
  return n == 9 || n == 3 || n == 7 || n == 14;
}

/**
 * Token k is a word of a transport provider's name ending within k..k + 2 in a head of TRANSPORT_HEADS ("wheelchair"
 * before "van"): capitalised or capital words, at most four before the head, opened by a frame that says who carries
 * the patient: "by", "via", "from", "with" (WHERE_FRAMES but "to", which opens a verb as often: "SW TO ARRANGE BACKUP
 * TRANSPORT"; "TRANSPORT BY ACADIANA MEDICAL TRANSPORT", "ARRIVAL VIA LUCAS COUNTY EMS") or a transport label with its colon or parenthesis ("TRANSPORT: GOLD CROSS AMBULANCE 13:00", "MODE: EMS
 * (LIFEGUARD AMBULANCE MEDIC 12)"). A word must say whose: three letters or more, no kind of transport (TRANSPORT_KINDS:
 * "BY PRIVATE AMBULANCE", "VIA BLS AMBULANCE", "BY NON-EMERGENCY MEDICAL TRANSPORT" stay words) and no generic service
 * word; after a frame word, in capitals, no core English word either unless a name or place ("BY ROUTINE AMBULANCE";
 * the label's field vouches for "GOLD CROSS"). Emits the organisation and returns true.
 */
function transportOrg(k: u32): bool {
  let h = k;
  while (!headLength(h) || !wordIn(h, TRANSPORT_HEADS)) {
    h++;
    if (h > k + 2 || h >= count || !tight(h) || (rd(tShape, h) != SH_CAP && rd(tShape, h) != SH_UPPER)) return false;
  }
  let hs = h;
  if (wordIn(h, "\u0003van")) {
    if (h == 0 || !exists(h - 1) || !tight(h) || !wordIn(h - 1, "\u000awheelchair")) return false;
    hs = h - 1;
  }
  let f = hs;
  let n: u32 = 0;
  while (n < 4 && f > 0 && exists(f - 1) && tight(f)) {
    const q = f - 1;
    if ((rd(tShape, q) != SH_CAP && rd(tShape, q) != SH_UPPER) || (rd(tData, q) & (NAME_WALK_STOP & ~(F_FACILITY | F_NOT_NAME))) != 0 ||
      wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) || wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, TRANSPORT_LABELS)) break;
    f = q;
    n++;
  }
  if (n == 0 || f > k || f == 0 || !exists(f - 1)) return false;
  const p = f - 1;
  let label = false;
  if (tight(f)) {
    // (not "to", which opens a verb as often: "SW TO ARRANGE BACKUP TRANSPORT")
    if (!wordIn(p, WHERE_FRAMES) || wordIn(p, "\u0002to")) return false;
  } else {
    const g = rd(tGap, f);
    if ((g & (G_NEWLINE | G_FAR)) != 0 || (gapMarks(f) & (GM_COLON | GM_PAREN)) == 0 || !wordIn(p, TRANSPORT_LABELS)) return false;
    label = true;
  }
  const caps = modeAt(k) == MODE_CAPS;
  let whose = false;
  for (let m = f; m < hs; m++) {
    const md = rd(tData, m);
    if (rd(tEnd, m) - rd(tStart, m) >= 3 && !wordIn(m, TRANSPORT_KINDS) && !genericModifier(m) &&
      (label || !caps || tierOf(md) != 1 || nameStr(m) >= 2 || placeStr(md) >= 2)) whose = true;
  }
  if (!whose) return false;
  // (a wheelchair van is the vehicle: the provider is the name before it, "TRANSPORT: SUNSTAR WHEELCHAIR VAN")
  spanDone(rd(tStart, f), rd(tEnd, hs < h ? hs - 1 : h), ENTITY_LOCATION, 850, R_ORGANIZATION, f, h);
  return true;
}

/** Verbs of a lab's call or a record's event that name who did it after "by" ("Called by ptran", "logged by j.kimura"). */
const EVENT_VERBS = "\u0006called\u0006logged\u0008verified\u0008reviewed\u000adocumented\u0007updated\u0008released\u0008resulted\u000cacknowledged\u0008addended\u0007amended\u0008modified";

/** Token v is the minutes of a clock time ("09:10", "18:06"): two digits after ':' and a digit. */
function clockEndsAt(v: u32): bool {
  const s = rd(tStart, v);
  return rd(tShape, v) == SH_NUM && rd(tEnd, v) - s == 2 && s >= 2 && byteAt(s - 1) == 0x3a && byteAt(s - 2) >= 0x30 && byteAt(s - 2) <= 0x39;
}

/**
 * Token k is a login (loginShape; letters and digits in capitals too, "KPATEL3"; or lower-case parts joined by '.' or
 * '_', "j.kimura", "sunny_d") that names who did a record's event: after "by" and an event verb (EVENT_VERBS: "Called
 * by ptran", "logged by j.kimura") or a clock time ("Addendum 02/13/2026 09:10 by kpatel3"), or alone in parentheses
 * after a clock time ("signed ... at 18:06 (hng4)"). The field closes after it (a line end, '(' or ',', a sentence's
 * end, a number). Not an English word, a name or a medical term ("called by pharmacy", "reviewed by Maria", "at 08:00
 * (q4h)", "at 09:00 (b12)"). Emits an ID and returns true.
 */
function loginAfterEvent(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const p = k - 1;
  // (the frame first: rareRules() asks for every token of letters and digits)
  if (punctBefore(s) != 0x28 && !wordIn(p, "\u0002by")) return false;
  let last = k;
  // (parts joined by '.' or '_': "j.kimura", "m.ferreira77")
  while (last + 1 < count && last < k + 2 && rd(tStart, last + 1) == rd(tEnd, last) + 1 && sh != SH_UPPER) {
    const c = byteAt(rd(tEnd, last));
    const ns = rd(tShape, last + 1);
    if ((c != 0x2e && c != 0x5f) || (ns != SH_LOWER && ns != SH_OTHER) || (rd(tData, last + 1) & CONTEXT_WORDS) != 0) break;
    last++;
  }
  const e = rd(tEnd, last);
  if (last == k ? !loginShape(k, sh, true) : byteAt(s) < 0x61 || byteAt(s) > 0x7a || (rd(tData, k) & CONTEXT_WORDS) != 0 || e - s > 24) return false;
  if (last + 1 < count && (rd(tGap, last + 1) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_SENT)) == 0 && rd(tShape, last + 1) != SH_NUM) return false;
  let ok = false;
  if (tight(k) && wordIn(p, "\u0002by") && p > 0 && exists(p - 1) && tight(p)) ok = wordIn(p - 1, EVENT_VERBS) || clockEndsAt(p - 1);
  else if (punctBefore(s) == 0x28 && punctAfter(e) == 0x29 && clockEndsAt(p) && rd(tStart, k) - rd(tEnd, p) <= 4) ok = true;
  if (!ok) return false;
  spanDone(s, e, ENTITY_ID, 700, REASON_RECORD_FIELD, k, last);
  return true;
}

/**
 * Token k, after a dash between blanks right after a facility's or organisation's span, opens the site that ends its
 * name: a town of the gazetteer, weak ones too ("Oakhurst Manor - Reading", "Baylor Scott & White - Temple"), or "St" /
 * "Saint" and a name ("BENEDICTINE LIVING - ST PETER"), one or two words in the letter case of k, and the field closes
 * after them (a line end, ',', ';', '(' or a column gap: "Banner Urgent Care - Gilbert; outside MRI"). A department
 * or any other word is no site ("Mercy Hospital - ED", "Intake - Riverside Behavioral Health" is the facility rule's).
 * The site joins the facility's span, the dash included.
 */
function dashSite(k: u32, sh: u32): bool {
  if (pType != ENTITY_LOCATION || (pReason != R_FACILITY && pReason != R_ORGANIZATION) || pEnd != rd(tEnd, k - 1)) return false;
  let last = k;
  const n = k + 1;
  if (n < count && wordIn(k, "\u0002st\u0005saint") && (rd(tGap, n) & ~(G_PERIOD | G_SENT)) == 0 && rd(tShape, n) == sh &&
    nameStr(n) > 0) last = n;
  else if (placeStr(rd(tData, k)) == 0 && placeStr(n < count ? rd(tMw2, n) : 0) == 0) return false;
  else if (n < count && tight(n) && rd(tShape, n) == sh && placeStr(rd(tMw2, n)) > 0) last = n;
  if ((rd(tData, k) & (F_MONTH | F_TITLE | F_CRED | F_FACILITY)) != 0) return false;
  if (last + 1 < count && (rd(tGap, last + 1) & (G_NEWLINE | G_COMMA | G_SENT | G_OTHER | G_FAR)) == 0 && !columnGap(last + 1)) return false;
  spanDone(pEnd - 1, rd(tEnd, last), ENTITY_LOCATION, pScore, pReason, k, last);
  return true;
}

/** Labels of a form's field whose value names an organisation ("Agency: Minuteman VNA", "PAYER: MEDICA", "DME: ..."). */
// public coverage programs a payer's or insurance's field names, no organisation of the record ("INSURANCE: MASSHEALTH
// 100298817365", "Payer: Medi-Cal")
const PUBLIC_PLANS = "\u000amasshealth\u0004medi\u0003cal\u0008tenncare\u000abadgercare\u000asoonercare\u0007champva\u0007tricare";
// (stop 29: and a school's, a congregation's, a carrier's, a sponsor's, a day care's, a workplace's field: "School: Lincoln
// Middle", "Church: Grace Fellowship", "Carrier: AmTrust")
const ORG_FIELD_LABELS = "\u0006agency\u0005payer\u0007insurer\u0009insurance\u0003dme\u0006vendor\u0008employer\u0006school\u0006church\u0006parish\u000ccongregation\u0007carrier\u0007sponsor\u0007daycare\u0009workplace";
/** ... or a place: a facility, a destination, an agency's branch ("FACILITY: COYOTE RIDGE CORRECTIONS CENTER"). */
const PLACE_FIELD_LABELS = "\u0008facility\u0004dest\u000bdestination\u0006branch\u0008location";

/** Token m can be a word of a labelled field's name: capitalised or in capitals, no title, cue, credential or month. */
function fieldWord(m: u32): bool {
  const ms = rd(tShape, m);
  return (ms == SH_CAP || ms == SH_UPPER) && (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0;
}

/**
 * Token k lies in the whole value of a form's field whose label names an organisation or a place (ORG_FIELD_LABELS,
 * PLACE_FIELD_LABELS, then a colon on the same line): one to six capitalised words ("and", "of", "the", "&" between
 * them), ending within the decision's look-ahead where the field ends (a line end, ',', ';', '(', a column gap or a
 * number: "Agency: Minuteman VNA   Branch: Concord", "DME: PIEDMONT RESPIRATORY SUPPLY 336-555-0112", "FACILITY: COYOTE
 * RIDGE CORRECTIONS CENTER, UNIT MSU"). One word must name it: a word no English list or medical shape has, or a
 * name's or place's moderate strength (a branch's town may be weak: "Branch: Concord"); "Location: Left Arm", "DME:
 * ROLLING WALKER", "Facility: Unit 4B", "Employer: Retired" stay words. Emits an organisation (a place for the place
 * labels) and returns true.
 */
function labelledOrg(k: u32): bool {
  // (the colon first, read from the gaps alone: most capitalised words have none within five tokens before them)
  let c = k;
  for (let i: u32 = 0; (rd(tGap, c) & G_COLON) == 0; i++) {
    if (i == 5 || c == 0 || !exists(c - 1) || (rd(tGap, c) & (G_NEWLINE | G_FAR)) != 0) return false;
    c--;
  }
  let f = k;
  let n: u32 = 0;
  while ((rd(tGap, f) & G_COLON) == 0) {
    if (n == 5 || f == 0 || !exists(f - 1)) return false;
    // (a capitalised word, or a short connective: "and", "of", "the")
    const qs = rd(tShape, f - 1);
    if (qs != SH_CAP && qs != SH_UPPER && !(qs == SH_LOWER && rd(tEnd, f - 1) - rd(tStart, f - 1) <= 3)) return false;
    if (!(tight(f) || ampGap(f)) || columnGap(f)) return false;
    f--;
    n++;
  }
  if ((rd(tGap, f) & (G_NEWLINE | G_FAR)) != 0 || f == 0 || !exists(f - 1) || !fieldWord(f) || wordIn(f, NAME_DETERMINERS)) return false;
  const l = f - 1;
  const org = wordIn(l, ORG_FIELD_LABELS);
  if (!org && !wordIn(l, PLACE_FIELD_LABELS)) return false;
  for (let q = f + 1; q < k; q++) {
    if (!fieldWord(q) && !((isAnd(q) || wordIn(q, "\u0002of\u0003the")) && rd(tShape, q - 1) != SH_LOWER)) return false;
  }
  let last = k;
  while (last + 1 < count && last + 1 <= k + LOOK_AHEAD && (tight(last + 1) || ampGap(last + 1)) && !columnGap(last + 1) &&
    (fieldWord(last + 1) || isAnd(last + 1) || wordIn(last + 1, "\u0002of\u0003the"))) last++;
  // (a number's short label closes the name: "PAYER: MEDICA MBR 110448230", "HUMANA GOLD PLUS HMO ID H51880447")
  // (stop 35: or a member's code of letters and digits after it, "INSURANCE: NORTHEAST DELTA DENTAL ID NDD774120963")
  const numberLabel = last > f && last + 1 < count && (rd(tShape, last + 1) == SH_NUM || rd(tShape, last + 1) == SH_OTHER && digitIn26(last + 1)) &&
    rd(tShape, last) == SH_UPPER && rd(tEnd, last) - rd(tStart, last) <= 3;
  if (numberLabel) last--;
  // (so does a plan's "member" before the number or its label: "INSURANCE: HUMANA GOLD PLUS MEMBER H48821933")
  const memberEnd = last > f && wordIn(last, "\u0006member");
  if (memberEnd) last--;
  // (and after "insurance:" the plan's type is no part of the insurer's name: "insurance: Harvard Pilgrim Health Care
  // HMO", "INSURANCE: AETNA PPO")
  const planType = last > f && wordIn(f - 1, "\u0009insurance") && wordIn(last, "\u0003hmo\u0003ppo\u0003epo");
  if (planType) last--;
  // (a branch's word after the name says which part: "DME: APRIA AUGUSTA BRANCH 706-555-...")
  if (last > f && wordIn(last, "\u0006branch\u0006office")) last--;
  if (!fieldWord(last)) return false;
  if (!numberLabel && !memberEnd && !planType && last + 1 < count && (rd(tGap, last + 1) & (G_NEWLINE | G_COMMA | G_SENT | G_OTHER | G_FAR)) == 0 && !columnGap(last + 1) &&
    rd(tShape, last + 1) != SH_NUM) return false;
  const branch = wordIn(l, "\u0006branch");
  let named = false;
  for (let m = f; m <= last; m++) {
    const md = rd(tData, m);
    if (rd(tEnd, m) - rd(tStart, m) >= 3 && (md & F_NOT_NAME) == 0 && !wordIn(m, NO_EMPLOYER) && !wordIn(m, PUBLIC_PLANS) &&
      ((tierOf(md) == 0 && !medicalShape(m)) || nameStr(m) >= 2 || placeStr(md) >= (branch ? 1 : 2))) named = true;
  }
  // (stop 35: a payer's field whose name a member number's label closes may be of English words, "INSURANCE: NORTHEAST
  // DELTA DENTAL ID NDD774120963", "PAYER: PEOPLES HEALTH MBR 5518204"; payerField26())
  if (!named && !(org && (numberLabel || memberEnd) && payerField26(l, f, last))) return false;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, org ? R_ORGANIZATION : R_FACILITY, f, last);
  return true;
}

/**
 * Token k, a street type in the letter case of the words before it, ends a street without a house number written as
 * an item of a comma list: one to three capitalised words after the list's comma, and after k a comma and a town or a
 * state ("pharmacy (CVS #2179, Main St, Andover, 978-...)", "..., ELM ST, GARDNER MA"), or the sentence's or line's end
 * after a place or a number just before the list's comma ("INGLES PHARMACY #47, WADE HAMPTON BLVD."). Not a saint
 * ("St. Mary's, ..." has its name after the type), nor a doctor ("REFERRED BY DR. STANEK": a title is no type here),
 * nor a cue, a verb or a frame among the words. Emits the address and returns true.
 */
function streetItem(k: u32, sh: u32): bool {
  const n = k + 1;
  // (at the input's end, once all of it has arrived, the item closes there)
  if (n >= count && !inputEndsAfter(k)) return false;
  const g = n < count ? rd(tGap, n) : G_NEWLINE;
  let f = k;
  let words: u32 = 0;
  while (words < 3 && f > 0 && exists(f - 1) && tight(f)) {
    const q = f - 1;
    if (rd(tShape, q) != sh || (rd(tData, q) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_FACILITY | F_STREET | F_BY | F_VERB_BY | F_LOC_CUE)) != 0 ||
      wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES)) return false;
    f = q;
    words++;
  }
  if (words == 0 || f == 0 || !exists(f - 1) || (rd(tGap, f) & (G_COMMA | G_NEWLINE)) != G_COMMA) return false;
  if ((g & (G_COMMA | G_NEWLINE)) == G_COMMA) {
    const nd = rd(tData, n);
    if (!((rd(tShape, n) == sh || rd(tShape, n) == SH_UPPER) && (placeStr(nd) > 0 || (nd & F_STATE) != 0))) return false;
  } else {
    const p = f - 1;
    if ((g & (G_NEWLINE | G_SENT)) == 0 || !(rd(tShape, p) == SH_NUM || (pType == ENTITY_LOCATION && pEnd == rd(tEnd, p)))) return false;
  }
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 800, R_ADDRESS, f, k);
  return true;
}

// ---- Caps round 17 (stop 26): names of places that mixed case finds by their capitals, read in ALL CAPS from other
// evidence: a where-frame, a hospital's short-name word, a street type after "on", a health system's word ----
// (self-contained: roundSeventeen, capsEvidence, capsAtPlace, capsHealthName, capsStreetOn)

// the word that ends a hospital's short name after its place or founder ("MASS GENERAL", "CORLISS MEMORIAL", "ST.
// ANSELM REGIONAL", "WESTBURY EYE"): no facility head of its own
const HOSPITAL_TAILS = "\u0007general\u0008memorial\u0008regional\u0003eye";
// the words after a short name that go on with the clause and still close the name ("AT X GENERAL IN 1998", "SEEN AT
// X EYE TODAY")
const SHORT_NAME_CLOSERS = "\u0002in\u0005today\u0009yesterday\u0005again\u0006before\u0005which\u0002by";

/**
 * In ALL CAPS, token m carries a proper name's evidence that capitals cannot give: a word no English list has (five
 * letters or more with `minLen` 5, no medical ending, no cue), or a strong name or place that is no core English word.
 */
function capsEvidence(m: u32, minLen: u32): bool {
  const md = rd(tData, m);
  const ms = rd(tShape, m);
  if (ms != SH_UPPER && ms != SH_LOWER || (md & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
  // (in lower case an accented word no list has is as often another language's: ASCII only)
  if (tierOf(md) == 0) return (nameStr(m) >= 2 || placeStr(md) >= 2) || rd(tEnd, m) - rd(tStart, m) >= minLen && !medicalShape(m) &&
    (ms == SH_UPPER || byteAt(rd(tStart, m)) < 0x80);
  return tierOf(md) != 1 && (nameStr(m) >= 2 || placeStr(md) >= 2);
}

/**
 * In ALL CAPS, token q, a core English word, continues a facility's name walked back from its head when a proper name's
 * word stands right before it ("XAVIER TEACHING HOSPITAL", "BANGOR AREA HOME CARE"): mixed case reads both by their
 * capitals. "ACUTE CARE HOSPITAL", "THE TEACHING HOSPITAL" have no such word; a frame is none ("EVAL THROUGH PARMENTER
 * VNA"), nor is a short word no list has ("PCGH STROKE CLINIC": an acronym and its department).
 */
function capsCoreInName(q: u32): bool {
  const qd = rd(tData, q);
  return tierOf(qd) == 1 && (qd & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && rd(tShape, q) == SH_UPPER && q > 0 && exists(q - 1) &&
    tight(q) && !wordIn(q, WHERE_FRAMES) && !wordIn(q, NAME_FUNCTION_WORDS) && capsEvidence(q - 1, 6);
}

/**
 * decide()'s tests of round 17, out of its body in one call (read from laterRounds() for a word in capitals in ALL CAPS
 * text). Returns true when one wrote.
 */
function roundSeventeen(k: u32): bool {
  if (wordIn(k, "\u0006health")) return capsHealthName(k);
  // (a line may wrap between "AT" and the place: "FOLLOWED BY DR. KETTLEBY AT\nWESTBURY EYE")
  if (k >= 2 && tight(k) && tight(k - 1) && rd(tEnd, k - 1) - rd(tStart, k - 1) <= 5 && capsTownPrefix(k)) return true;
  // (a relative's second child after "AND", as mixed case reads it by its capital: "SOFIIA (14) AND DMYTRO (9)")
  // (only after the first child's age in parentheses: "OFFICER VILLANUEVA AND SGT. KRUEGER" has a title after "AND")
  if (pType == ENTITY_NAME && isAnd(k - 1) && rd(tShape, k - 2) == SH_NUM && punctAfter(rd(tEnd, k - 2)) == 0x29 && relativeListName(k)) {
    span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 700, R_NEIGHBOUR);
    wr(tDone, k, ENTITY_NAME);
    return true;
  }
  return k >= 1 && (rd(tGap, k) & (G_SENT | G_COMMA | G_OTHER | G_FAR | G_START | G_HASH)) == 0 && capsAtPlace(k);
}

// (the words a town's name opens with that are core English words, "NEW CORVATH", "EAST ORRINGTON", "PORT ALDOUS":
// TOWN_PREFIXES, shared with townPrefix())

/**
 * In ALL CAPS, token k is a town and k - 1 the core word its name opens with (TOWN_PREFIXES), after "IN/FROM/NEAR" and
 * closing its phrase: "LIVES WITH HUSBAND IN EAST ORRINGTON.", "GREW UP IN NEW CORVATH." (a place of the gazetteer
 * that is no core word, or a word no list has after a residence verb or with a town's ending). Mixed case reads the
 * prefix by its capital; "IN NEW ONSET AFIB", "IN EAST WING", "FROM NORTH OF BOSTON" stay.
 */
function capsTownPrefix(k: u32): bool {
  const p = k - 2;
  if (!wordIn(k - 1, TOWN_PREFIXES) || !wordIn(p, "\u0002in\u0004from\u0004near") || !phraseEndsAfter(k)) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
  if (!(tierOf(d) != 1 && placeStr(d) >= 2) &&
    !(unknownWord(k) && rd(tEnd, k) - rd(tStart, k) >= 4 && (residenceBefore(p) || townShape(k)))) return false;
  span(rd(tStart, k - 1), rd(tEnd, k), ENTITY_LOCATION, 600, R_CITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * In ALL CAPS, token k right after "AT" (or "FROM" before a short name's word) opens a place of care that mixed case
 * reads by its capitals: a word no list has closing its phrase ("REDO 2081 AT KESSINGTON, HERE FOR", "A RADIOLOGIST AT
 * BAYRIDGE,"), or a name or place and a hospital's short-name word ("COLONOSCOPY 2024 AT LAFAYETTE GENERAL NORMAL",
 * "PRIOR SVD AT CORLISS MEMORIAL,", "PRIOR PRP OD 2074 AT WESTBURY EYE."). Clinical words stay ("AT CYSTOSCOPY.",
 * "AT BASELINE", "AT VVIR", "FROM GENERAL ANESTHESIA", "AT LEFT EYE"). Emits a facility and returns true.
 */
function capsAtPlace(k: u32): bool {
  const p = k - 1;
  if (rd(tEnd, p) - rd(tStart, p) > 4 || !wordIn(p, "\u0002at\u0004from")) return false;
  let last = k;
  let reason = R_FACILITY;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k) && wordIn(k + 1, HOSPITAL_TAILS)) {
    if (!capsEvidence(k, 4)) return false;
    last = k + 1;
  } else if (wordIn(p, "\u0002at") && k + 2 < count && tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k) && tierOf(rd(tData, k + 1)) >= 2 &&
    (rd(tData, k + 1) & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && !medicalShape(k + 1) && phraseEndsAfter(k + 1) && capsEvidence(k, 4)) {
    // (a second word that is no core English word, closing the phrase: "PRIOR DELIVERY 2022 AT ABBOTT NORTHWESTERN,",
    // "WORKS AT FENWICK MALL"; an organisation's as often as a facility's, and no facility's acronym follows it: "AT
    // ABBOTT NORTHWESTERN, SVD" keeps the delivery a word)
    last = k + 1;
    reason = R_ORGANIZATION;
  } else if (!wordIn(p, "\u0002at") || tierOf(rd(tData, k)) != 0 || nameStr(k) > 0 || placeStr(rd(tData, k)) > 0 ||
    !capsEvidence(k, 5)) return false;
  // (the phrase ends after a word no list has; a short name's word may go on with the clause, "AT LAFAYETTE GENERAL
  // NORMAL", unless a facility's word goes on with the name: "AT LAFAYETTE GENERAL HOSPITAL" is the facility rule's)
  if (last == k ? !phraseEndsAfter(last) && !wordIn(last + 1, SHORT_NAME_CLOSERS) :
    !breakAfter(last) && ((rd(tData, last + 1) & (F_FACILITY | F_FAC_MOD)) != 0 || rd(tMw2, last + 1) != 0)) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, last > k ? 800 : 600, reason, k, last);
  return true;
}

/**
 * In ALL CAPS, token k is "HEALTH" ending a health system's or practice's name after one or two words, the first a
 * proper name's evidence (capsEvidence, or a place of the gazetteer that is no core word: "RIVERSIDE"), the second the
 * same or a facility word ("COMMUNITY", "VALLEY", "BEHAVIORAL"), the name framed where a place of care stands: after
 * "AT/TO/FROM/WITH/BY/VIA/OF", "(", a dash between blanks or at a line's start, and closing its phrase ("DR. STANEK AT
 * LOGAN HEALTH.", "QUANTIFERON NEG 2085 (FALLOWFIELD COMMUNITY HEALTH)", "PSYCHIATRIC INTAKE - RIVERSIDE BEHAVIORAL
 * HEALTH"). decide()'s facility rule leaves "HEALTH" to mixed case, where "GOOD HEALTH", "MENTAL HEALTH", "WOMEN'S
 * HEALTH" have no capital; so do these: none is such a word.
 */
function capsHealthName(k: u32): bool {
  if (!phraseEndsAfter(k) || !tight(k) || k < 2) return false;
  let f = k - 1;
  const fd = rd(tData, f);
  if (rd(tShape, f) == rd(tShape, k) && (fd & F_FAC_MOD) != 0 && (fd & (F_CUE | F_TITLE | F_LOC_CUE)) == 0) {
    if (f < 2 || !tight(f)) return false;
    f--;
  }
  if (!capsEvidence(f, 4) && !(tierOf(rd(tData, f)) != 1 && placeStr(rd(tData, f)) > 0 && rd(tShape, f) == rd(tShape, k) &&
    (rd(tData, f) & CONTEXT_WORDS) == 0)) return false;
  // the frame before the name
  const framed = lineStart(f) || punctBefore(rd(tStart, f)) == 0x28 || spacedDash(f) ||
    (f >= 1 && exists(f - 1) && tight(f) && (wordIn(f - 1, WHERE_FRAMES) || wordIn(f - 1, "\u0002of")));
  if (!framed) return false;
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 800, R_FACILITY, f, k);
  return true;
}

// street types that close a street after "on" in ALL CAPS: the written abbreviations no clinical text uses alone ("CT",
// "DR", "PL" are scans, doctors and places) and the full words
const CAPS_ON_ABBR = "\u0002st\u0003ave\u0004blvd\u0002rd\u0002ln\u0004pkwy\u0003hwy";
const CAPS_ON_FULL = "\u0006street\u0006avenue\u0004road\u0004lane\u0005drive\u0009boulevard\u0007parkway\u0007highway";

/**
 * In ALL CAPS, the street after "on" (tokens q + 1..k, k its type) with no residence verb or premises word before:
 * mixed case reads it by its capitals ("WORKS AT MEIJER ON ALPINE AVE,", "UA AT QUINSIGAMOND LAB ON SHREWSBURY ST
 * TODAY", "BAGGER AT HANNAFORD ON STILLWATER AVE 15 H/WK", "SHELTER ON GLENDALE AVENUE SINCE DECEMBER"). The type is an
 * abbreviation of CAPS_ON_ABBR, or a full word of CAPS_ON_FULL after a name, a place or a word no list has; "ST" closes
 * its phrase (not "ST ELEVATION ON ADMISSION ST CHANGES"); no determiner ("ON THE ROAD", "ON ICY ROAD" has no name).
 */
function capsStreetOn(q: u32, k: u32, mode: u32): bool {
  const abbr = wordIn(k, CAPS_ON_ABBR);
  if (!abbr && !wordIn(k, CAPS_ON_FULL)) return false;
  let named = false;
  for (let m = q + 1; m < k; m++) {
    if (streetDeterminer38(m, k) || medicalShape(m)) return false;
    const md = rd(tData, m);
    if (tierOf(md) == 0 || placeStr(md) > 0 || nameStr(m) >= 2 || ordinalAt(m)) named = true;
  }
  // (in lower case "ave", "rd", "ln" need a named street too: "on dialysis rd" is no street; stop 30: or one of the
  // commonest street words alone before the type, "walgreens on main st)")
  if ((!abbr || mode == MODE_LOWER) && !named && !(k == q + 2 && wordIn(q + 1, STREET_NAME_WORDS30))) return false;
  return stCloses(k);
}

/**
 * Token k, a street type, is no "ST" that goes on (a segment's "ST CHANGES", a saint's "St. Mary's"): any other type,
 * or "st" closing its phrase, before a number, or before a word of SHORT_NAME_CLOSERS or STREET_CLOSERS.
 */
function stCloses(k: u32): bool {
  if (rd(tEnd, k) - rd(tStart, k) != 2 || (byteAt(rd(tStart, k)) | 0x20) != 0x73) return true;
  return phraseEndsAfter(k) || k + 1 < count && (rd(tShape, k + 1) == SH_NUM || wordIn(k + 1, SHORT_NAME_CLOSERS) ||
    wordIn(k + 1, STREET_CLOSERS));
}

// ---- Stop 27: fields of CSV/TSV rows under a person's or a place's column (self-contained: csvField) ----

/**
 * A comma or a tab ends one of tokens k..k+2 on its line (the look-ahead's tokens): a line's first field may be a
 * table's (csvField()); most lines open with no separator that near and pay no column test.
 */
function separatorNear(k: u32): bool {
  for (let m = k; m < k + 3 && m < count; m++) {
    if (m > k && (rd(tGap, m) & G_NEWLINE) != 0) return false;
    if (m + 1 < count && (rd(tGap, m + 1) & G_COMMA) != 0) return true;
    if (rd(tEnd, m) < inLen && byteAt(rd(tEnd, m)) == 0x09) return true;
  }
  return false;
}

// what a person's column holds when it holds no name: unknown none self pending same declined refused deceased other
// null yes no na tbd
const COLUMN_NON_NAMES = "\u0007unknown\u0004none\u0004self\u0007pending\u0004same\u0008declined\u0007refused\u0008deceased\u0005other\u0004null\u0003yes\u0002no\u0002na\u0003tbd";

/**
 * Token k opens a field of a CSV/TSV row whose header column names a person ("name", "last", "first", "patient",
 * "provider", "emergency_contact") or a place below a state ("address", "city", "employer", "pharmacy"):
 * columnKind() in assembly/scanners/csv.ts reads the header. A person's field holds no digit, and one core English
 * word alone that no name list has, or a word that says no name is there (COLUMN_NON_NAMES: "Unknown", "None", "Self"),
 * is none; a place's field one core English word alone is none ("Home", "Unknown"; a town named so, "Mobile", is
 * lost). Writes the whole field (NAME, or LOCATION), a
 * finding of its own, and returns true.
 */
function csvField(k: u32, d: u32): bool {
  const s = rd(tStart, k);
  const kind = columnKind(s);
  if (kind == 0) return false;
  let e = columnFieldEnd;
  // (a person's role in brackets after the name is no part of it: "Dana Abernethy (mother)")
  if (kind == COLUMN_PERSON) {
    for (let i = s; i < e; i++) {
      if (byteAt(i) == 0x28) {
        e = i;
        while (e > s && byteAt(e - 1) == 0x20) e--;
        break;
      }
    }
  }
  if (e <= s) return false;
  let last = k;
  while (last + 1 < count && rd(tEnd, last + 1) <= e) last++;
  const alone = last == k && rd(tEnd, k) == e;
  if (kind == COLUMN_PERSON) {
    for (let i = s; i < e; i++) {
      const c = byteAt(i);
      if (c >= 0x30 && c <= 0x39) return false;
    }
    if (alone && ((tierOf(d) == 1 && firstStr(d) == 0 && lastStr(d) == 0) || (d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 ||
      wordIn(k, COLUMN_NON_NAMES))) return false;
    // (each field its own finding: the span before ends at the separator, it is not this name's first half)
    if (pType != 0 && pEnd <= s) flush();
    span(s, e, ENTITY_NAME, 800, R_COLUMN_NAME);
    for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
    return true;
  }
  if (alone && tierOf(d) == 1) return false;
  if (pType != 0 && pEnd <= s) flush();
  spanDone(s, e, ENTITY_LOCATION, 800, R_COLUMN_PLACE, k, last);
  return true;
}

// ---- Clinical round 18 (stop 27, fixture 15): lower-case sign-off initials (self-contained: roundEighteen) ----

/**
 * decide()'s tests of round 18, out of its body in one call (read from laterRounds() for a lower-case word right after
 * a dash). In lower-case text, token k (2-3 letters no word list has, `bareInitials`) glued to one dash after a blank
 * and a sentence's end signs the note or message: it ends the line or the input, or a bracket with the signer's name
 * follows ("routed to dr x for sig. -jm", "questions page me 8802. -ck (chioma kalu, pgy2)"), as round 17 reads "-CO"
 * in capitals. Listed shorthand stays ("agree. -ok", ". -prn", ". -thx"), and so do words ("see above. -done").
 * Writes the NAME and returns true.
 */
function roundEighteen(k: u32, mode: u32): bool {
  const s = rd(tStart, k);
  if (mode != MODE_LOWER || s < 3 || !bareInitials(k) || wordIn(k, FOOT_NOT_INITIALS)) return false;
  // (round 19: or alone on the note's last line, "...via dr farouk.\n-wm": the dash opens the line and only blanks
  // follow to the end of the input)
  if (!(byteAt(s - 2) == 0x20 && afterSentence(s - 1)) && !(byteAt(s - 2) == 0x0a && blanksToEnd(rd(tEnd, k)))) return false;
  const e = rd(tEnd, k);
  if (!footEnd(k) && !(byteAt(e) == 0x20 && byteAt(e + 1) == 0x28)) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 19) The number j before street type k is no house number: it closes a date ("MMR #1  09/15/2087  MM8820K  L
 * ARM  DR OGUNDIPE", "CT 11/04/2090 AND 05/12/2090; PET/CT"), or a semicolon or a closed bracket stands between it and
 * the type, or an opening bracket right before the type ("COLONOSCOPY 2090 NORMAL (DR PERLMUTTER)", "4:15P - JANELLE
 * (MA) FOR DR VASQUEZ"): a street's name holds none of them ("2471 Linden Blvd, Apt 4F (Ozone Hollow)" keeps its town).
 */
function dateOrBracketStreet(j: u32, k: u32): bool {
  const s = rd(tStart, j);
  if (s > 0 && byteAt(s - 1) == 0x2f && fractionStart(j) == 0xffffffff) return true;
  const t = rd(tStart, k);
  if (byteAt(t - 1) == 0x28) return true;
  for (let i = rd(tEnd, j); i < t; i++) {
    const b = byteAt(i);
    if (b == 0x29 || b == 0x3b) return true;
  }
  return false;
}

/**
 * (stop 29) Token j is the denominator of a half or a quarter in a house number ("16 1/2 Elm Street", "212 3/4 Main
 * St"): returns the whole number's token, or 0xffffffff. The street rule starts its span there; a date ("09/15/2087")
 * has no blank before its slash's numerator and no one-digit denominator of 2 or 4.
 */
function fractionStart(j: u32): u32 {
  if (j < 2 || !exists(j - 2) || rd(tShape, j - 2) != SH_NUM || rd(tEnd, j) - rd(tStart, j) != 1) return 0xffffffff;
  const n = rd(tStart, j - 1);
  const a = byteAt(n);
  const b = byteAt(rd(tStart, j));
  if (rd(tEnd, j - 1) != n + 1 || byteAt(n + 1) != 0x2f || (a != 0x31 && a != 0x33) || (b != 0x32 && b != 0x34) ||
    (a == 0x33 && b == 0x32) || byteAt(n - 1) != 0x20 || rd(tEnd, j - 2) != n - 1) return 0xffffffff;
  return j - 2;
}

/** Only blanks (spaces, tabs, line breaks) from byte i to the end of the input. */
function blanksToEnd(i: u32): bool {
  for (let p = i; p < inLen; p++) {
    const b = byteAt(p);
    if (b != 0x20 && b != 0x09 && b != 0x0a && b != 0x0d) return false;
  }
  return true;
}

// ---- Clinical round 19 (stop 28, fixture 16): scale eponyms, crossings, newborns (self-contained: roundNineteen,
// scaleEponym, crossStreets, newbornSurname) ----

// scales and grades named after a person or a town whose name is also a given name, surname or town: braden norton
// wagner epworth amsler apgar apgars caprini morse wells ranson hinchey karnofsky lansky centor snellen; (round 20)
// aldrete fazekas breslow kellgren tanner mallampati
const SCALE_EPONYMS = "\u0006braden\u0006norton\u0006wagner\u0007epworth\u0006amsler\u0005apgar\u0006apgars\u0007caprini\u0005morse\u0005wells\u0006ranson\u0007hinchey\u0009karnofsky\u0006lansky\u0006centor\u0007snellen\u0007aldrete\u0007fazekas\u0007breslow\u0008kellgren\u0006tanner\u000amallampati";
// words after a number that make it a person's age or a time ago: yo y years year months mo (DOSE_UNITS has the rest)
const AGE_OR_TIME = "\u0002yo\u0001y\u0005years\u0004year\u0006months\u0002mo";

/**
 * decide()'s tests of round 19, out of its body in one call (read from laterRounds() when a token follows k). Returns
 * true when one decided token k.
 */
function roundNineteen(k: u32, sh: u32, mode: u32): bool {
  const n = rd(tShape, k + 1);
  if ((n == SH_NUM || (rd(tGap, k + 1) & G_COLON) != 0) && scaleEponym(k, n)) return true;
  const d = rd(tData, k);
  // (stop 38: and in lower case, "psc #118 (main st and elm ave)")
  if ((d & F_STREET) != 0 && (sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS || sh == SH_LOWER && mode == MODE_LOWER) &&
    crossStreets(k, sh)) return true;
  if (mode != MODE_MIXED && sh != SH_CAP && rd(tEnd, k) - rd(tStart, k) <= 4 && newbornSurname(k, sh)) return true;
  return false;
}

/**
 * Token k, a scale's or grade's eponym (SCALE_EPONYMS), right before its score or its field's colon, is the scale, no
 * one ("Heels offloaded; Braden 14.", "wagner 2 ulcer", "BMI 38.4   EPWORTH 16", "AMSLER: METAMORPHOPSIA OS", "APGARS
 * 8/9"); after a title or a cue it is the person ("Dr. Wells: agree", "Mr. Norton 2 days post-op"), and so it is before
 * an age or a time ("Braden 14 yo", "Wagner 2 weeks ago"). Decides k as nothing.
 */
function scaleEponym(k: u32, n: u32): bool {
  if (n == SH_NUM && !tight(k + 1)) return false;
  if (!wordIn(k, SCALE_EPONYMS) || (rd(tData, k - 1) & (F_TITLE | F_CUE)) != 0) return false;
  if (n == SH_NUM && k + 2 < count && (wordIn(k + 2, AGE_OR_TIME) || wordIn(k + 2, DOSE_UNITS))) return false;
  wr(tDone, k, 0xff);
  return true;
}

/**
 * Token k, a street type after one word of its case, then "and" and a second street of one word and a type: the two
 * streets of a crossing, as run reports and lab draw sites write them ("cross streets Tanner Ln and Hobart Rd", "PSC
 * (MAIN ST AND ELM AVE)"; stop 38: an ordinal's street, "MAIN ST AND 5TH AVE", and lower case, "(main st and elm ave)"). No house number before the first (the address rule's), no title or cue word as a street's
 * name ("Dr. and Mrs. Ellis" has no type after a name), and one type at least abbreviated or no name ("John Grove
 * and Mary Hills" are people). Writes both streets.
 */
function crossStreets(k: u32, sh: u32): bool {
  if (k + 3 >= count || !tight(k) || !tight(k + 1) || !tight(k + 2) || !tight(k + 3) || !isAnd(k + 1)) return false;
  // (stop 38: an ordinal may name either street, "MAIN ST AND 5TH AVE", "5th Ave and Main St")
  if (rd(tShape, k - 1) != sh && !ordinalAt(k - 1) || rd(tShape, k + 2) != sh && !ordinalAt(k + 2) || (rd(tData, k + 3) & F_STREET) == 0 ||
    rd(tShape, k + 3) != sh) return false;
  // (the crossing's own words before it are the corner rule's: "the intersection of Fifth Avenue and 42nd Street")
  if ((ordinalAt(k - 1) || ordinalAt(k + 2)) && k >= 3 && exists(k - 2) && crossStreet(k - 2)) return false;
  // (stop 38: in lower case, where "st" and "dr" are words too, both types of FRAMED_TYPES30 and no determiner or medical
  // word naming a street: "inferior st and t wave", "the st and qt" stay)
  if (sh == SH_LOWER && (!wordIn(k, FRAMED_TYPES30) || !wordIn(k + 3, FRAMED_TYPES30) || wordIn(k - 1, NAME_DETERMINERS) ||
    medicalShape(k - 1) || medicalShape(k + 2) || !stCloses(k + 3))) return false;
  // (one type abbreviated or no name at least: "John Grove and Mary Hills" are people, "Larch Lane and Prospect St" streets)
  if (!((rd(tData, k) & F_STREET_ABBR) != 0 || nameStr(k) == 0 || (rd(tData, k + 3) & F_STREET_ABBR) != 0 || nameStr(k + 3) == 0)) return false;
  if (((rd(tData, k - 1) | rd(tData, k + 2)) & (F_TITLE | F_CUE | F_STREET | F_CRED)) != 0) return false;
  if (k >= 2 && exists(k - 2) && rd(tShape, k - 2) == SH_NUM && tight(k - 1)) return false;
  span(rd(tStart, k - 1), rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS);
  flush();
  spanDone(rd(tStart, k + 2), rd(tEnd, k + 3), ENTITY_LOCATION, 850, R_ADDRESS, k, k + 3);
  return true;
}

/**
 * In ALL CAPS or lower-case text, token k ("GIRL"/"boy") after "baby" and before a surname names a newborn (mixed case
 * reads it by the capitals: babyBefore): "INFANT: BABY GIRL ADESANYA", "infant: baby boy kaur-sandhu (twin a)". The
 * surname is a word no list has or a listed surname that is no core English word; "BABY GIRL IS FEEDING WELL", "baby boy
 * born at 0312", "BABY BOY DOING WELL" stay. Writes the NAME over "BABY GIRL X" in capitals, over the surname alone in
 * lower case (hyphened parts included).
 */
function newbornSurname(k: u32, sh: u32): bool {
  if (!wordIn(k, "\u0004girl\u0003boy") || !tight(k) || !wordIn(k - 1, "\u0004baby") || !tight(k + 1) ||
    rd(tShape, k + 1) != sh || (rd(tGap, k + 1) & G_HYPHEN) != 0) return false;
  const nd = rd(tData, k + 1);
  if (!(unknownWord(k + 1) || (lastStr(nd) > 0 && tierOf(nd) != 1 && (nd & CONTEXT_WORDS) == 0))) return false;
  let m = k + 1;
  while (m + 1 < count && (rd(tGap, m + 1) & G_HYPHEN) != 0 && tight(m + 1) && rd(tShape, m + 1) == sh) m++;
  // (lower case writes the surname alone: our fixtures label "Baby Girl" in the name or outside it, and the lower-case
  // copies of those that leave it outside lost precision by it)
  span(rd(tStart, sh == SH_LOWER ? k + 1 : k - 1), rd(tEnd, m), ENTITY_NAME, 800, R_CUE);
  for (let q = k; q <= m; q++) wr(tDone, q, ENTITY_NAME);
  return true;
}

/**
 * (round 18) In ALL CAPS, tokens f..last fill a cell of a form or a list: a line's start, a column gap (two blanks or a
 * tab) or a dash between blanks before f, and the line's end (or the input's), a column gap or a dash between blanks
 * after last ("MD  SONORAN OCCUPATIONAL HEALTH  LICENSE MD-44120", "CARDIOLOGY - HEARTLAND CARDIOVASCULAR ASSOCIATES -
 * 01/13/2091", "RXPRESS MAIL ORDER PHARMACY - PRIOR AUTH"). Mixed case reads such a name by its capitals; here the
 * callers still ask for a word no list has among the words.
 */
function capsCell(f: u32, last: u32): bool {
  if (!(lineStart(f) || columnGap(f) || spacedDash(f))) return false;
  if (last + 1 >= count) return rd(tEnd, last) >= inLen && pos >= inLen;
  const n = last + 1;
  return (rd(tGap, n) & G_NEWLINE) != 0 || (columnGap(n) && (rd(tGap, n) & (G_COMMA | G_SENT | G_OTHER)) == 0) || spacedDash(n);
}

/**
 * (round 18) Token j closes a bracket right before a list's comma or "and" ("OYELOWO (MED ONC), ..."): the token before
 * the bracket's opening, at most four tokens back on the same line; else j. (drsList reads the doctor's name there.)
 */
function bracketBefore(j: u32): u32 {
  if (byteAt(rd(tEnd, j)) != 0x29) return j;
  let t = j;
  for (let i: u32 = 0; i < 4; i++) {
    if ((rd(tGap, t) & G_NEWLINE) != 0 || t == 0 || !exists(t - 1)) return j;
    if (byteAt(rd(tStart, t) - 1) == 0x28) return t - 1;
    t--;
  }
  return j;
}

// the surname "Le" (Vietnamese Lê) is also a French article: a name particle that opens nothing before a lower-case word
const SURNAME_PARTICLES = "\u0002le";

/**
 * (round 18) Token k, the particle "Le" in the case of the words before it, is the Vietnamese surname closing a name
 * (Lê, among the most common): right after a title ("seen by Dr. Le today", "DR. LE") or after a given name just found
 * that opened its name ("husband Trung Le and doula ...", "Dr. Thanh Le saw her"), and no capitalised word after it, as
 * after the article of "Jean Le Blanc" (the particle rule's). In lower-case text only after a title ("dr le"): "il
 * est le ...". Writes the NAME and returns true.
 */
function surnameLe(k: u32, sh: u32, mode: u32): bool {
  if (!wordIn(k, SURNAME_PARTICLES) || rd(tShape, k - 1) != sh && !(sh == SH_CAP && rd(tShape, k - 1) == SH_UPPER)) return false;
  if (sh == SH_LOWER ? mode != MODE_LOWER : sh != SH_CAP && !(sh == SH_UPPER && mode == MODE_CAPS)) return false;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) != SH_LOWER) return false;
  const pd = rd(tData, k - 1);
  const titled = (pd & F_TITLE) != 0;
  // (a title's own period is no sentence's end: "Dr. Le")
  if (!(tight(k) || titled && (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR)) == 0 && (gapMarks(k) & (GM_SEMI | GM_COLON)) == 0)) return false;
  const given = !titled && sh != SH_LOWER && rd(tDone, k - 1) == ENTITY_NAME && pType == ENTITY_NAME && pEnd == rd(tEnd, k - 1) &&
    pStart == rd(tStart, k - 1) && firstStr(pd) > 0 && (pReason == R_TITLE || pReason == R_CUE);
  if (!titled && !given) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, titled ? 900 : 850, titled ? R_TITLE : R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (round 18) Token k, a legal form (LEGAL_FORMS, or "PLLC" of a medical practice) after one comma, closes the
 * organisation's or practice's name found right before it ("Employer: Delancey Cold Storage, Inc.", "Referred to Corbin
 * Hollow Rheumatology, PLLC for eval"): the form joins its span. Not after a town or an address ("Salem, Inc." is no
 * firm of this rule; "Lisinopril, Inc" has no organisation before it). Returns true when it wrote.
 */
function legalFormAfter(k: u32): bool {
  if ((pReason != R_ORGANIZATION && pReason != R_FACILITY) || pEnd != rd(tEnd, k - 1) || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 ||
    !(wordIn(k, LEGAL_FORMS) || wordIn(k, "\u0004pllc"))) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, pScore, pReason, true);
  wr(tDone, k, 0xff);
  return true;
}

// field labels whose lower-case value is an organisation ("employer: harborside credit union", "pharmacy: ...")
const LOWER_ORG_LABELS = "\u0008employer\u0009insurance\u0007insurer\u0005payer\u0006agency\u0006vendor\u0008pharmacy\u0008supplier";

/**
 * (round 18) In lower-case text, token k, a word of five letters or more no list has (ASCII, no medical shape), opens an
 * organisation whose head (a word or phrase the word table marks as one: "services", "group", "credit union", "health
 * plan") ends within the look-ahead, lower-case words between, right after a frame ("from", "via", "to", "at", "with",
 * "by", "through", "the" after one) or a field's label and its colon ("invoice to follow from chartsafe record
 * services", "employer: harborside credit union, teller"). Mixed case reads such names by their capitals; here the
 * unknown word and the head are the evidence ("from social services", "to the support group" have no unknown word).
 * Emits an organisation (a facility when a facility's head ends it) and returns true.
 */
function lowerOrgAfterFrame(k: u32): bool {
  const d = rd(tData, k);
  const s0 = rd(tStart, k);
  const e0 = rd(tEnd, k);
  if (e0 - s0 < 5 || (d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || medicalShape(k) || endsWithAny(k, LOWER_ORG_NOT_ENDINGS, 2) ||
    !exists(k - 1)) return false;
  for (let i = s0; i < e0; i++) if (byteAt(i) < 0x61 || byteAt(i) > 0x7a) return false;
  // the frame or the label
  let p = k - 1;
  if (tight(k) && wordIn(p, "\u0003the") && p > 0 && exists(p - 1) && tight(p)) p--;
  const framed = tight(p + 1) && wordIn(p, WHERE_FRAMES) ||
    p == k - 1 && (rd(tGap, k) & (G_COLON | G_NEWLINE)) == G_COLON && wordIn(p, LOWER_ORG_LABELS);
  if (!framed) return false;
  // the last head within the look-ahead ("hillcrest elementary school", "halvern breast imaging center"), after
  // lower-case words that are no cue, title, month, function word or determiner
  let last: u32 = 0;
  for (let m = k + 1; m <= k + LOOK_AHEAD && m < count; m++) {
    if (!tight(m) || rd(tShape, m) != SH_LOWER) break;
    const md = rd(tData, m);
    // (an organisation's head, or a facility's after one: "halvern breast imaging center")
    if ((md & F_ORG) == F_ORG || (rd(tMw2, m) & F_ORG) == F_ORG || last != 0 && ((md | rd(tMw2, m)) & F_FACILITY) != 0) last = m;
    else if ((md & (CONTEXT_WORDS | F_MONTH)) != 0 || wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, NAME_DETERMINERS)) break;
  }
  if (last == 0) return false;
  // (typed by the last head: a facility's after an organisation's names a place of care, "... imaging center")
  const org = (rd(tData, last) & F_ORG) == F_ORG || (rd(tMw2, last) & F_ORG) == F_ORG;
  spanDone(s0, rd(tEnd, last), ENTITY_LOCATION, 800, org ? R_ORGANIZATION : R_FACILITY, k, last);
  return true;
}

// endings of drugs, procedures and lab words that no list has ("hydrocodone", "catheterization", "vancomycin"): no
// organisation's first word in lower-case text
const LOWER_ORG_NOT_ENDINGS = "\u0004tion\u0004sion\u0003one\u0003ine\u0003ide\u0003ate\u0003ium\u0003rin\u0003xin\u0003mab\u0003nib\u0004phen\u0003fen\u0003pam\u0003lam";

// ---- Stop 27, places round (place27): towns named for a feature, streets of rarer types, names before "&" ----

// more feature words that end a town's name after a place's preposition (TOWN_SUFFIXES has the commoner ones, which
// the address tail reads too): "Harlan Fork", "Cedar Rapids", "Spirit Lake", "Dodge City", "Bunker Hill"
const TOWN_SUFFIXES_27 = "\u0004fork\u0006rapids\u0004ford\u0003bay\u0004lake\u0007prairie\u0004city\u0004hill\u0004mill";
// street types of USPS Publication 28 that the word table leaves out as too common alone ("a row of sutures", "walk
// 2 blocks", "trace edema", "clinical path", "up the hill"): a street only in a house number's line (streetLine27)
const LINE_STREET_TYPES_27 = "\u0003row\u0004walk\u0005trace\u0004path\u0004hill\u0004loop";

/**
 * (stop 36) The house number j and the street's type k stand alone in brackets, "(400 quarry rd)": '(' right before j,
 * ')' right after k, a number of two digits or more, a word between; the street's first word, past a compass letter
 * ("(4100 s. telegraph rd)"), has three letters or more and is no function word, dose unit or time unit ("(10 on rd)",
 * "(20 mg rd)", "(40 min drive)").
 */
function parenStreet36(j: u32, k: u32): bool {
  if (rd(tStart, j) == 0 || byteAt(rd(tStart, j) - 1) != 0x28 || rd(tEnd, k) >= inLen || byteAt(rd(tEnd, k)) != 0x29 ||
    rd(tEnd, j) - rd(tStart, j) < 2 || k < j + 2) return false;
  let n = j + 1;
  if ((rd(tData, n) & F_DIRECTION) != 0 && n + 1 < k) n++;
  return rd(tEnd, n) - rd(tStart, n) >= 3 && !wordIn(n, NAME_FUNCTION_WORDS) && !wordIn(n, DOSE_UNITS) && !wordIn(n, TIME_UNITS_21);
}

/**
 * The stop 27 places round, out of decide()'s body in one call (read from laterRounds()): a town named for a
 * feature after a place's preposition (featureTown27), a house number's street of a rarer type (streetLine27), a
 * facility whose name has core words before "&" (ampNameFacility27). Cheap shape tests first.
 */
function placesTwentySeven(k: u32, sh: u32, mode: u32): bool {
  // (lower-case text: the towns only, "lives in tullis point.", "they will stay at the hampton inn in oakvale.")
  const lower = sh == SH_LOWER && mode == MODE_LOWER;
  if (sh != SH_CAP && sh != SH_UPPER && !lower) return false;
  if (k + 1 < count && rd(tShape, k + 1) == sh && featureTown27(k, sh)) return true;
  if (mode != MODE_MIXED && sh != SH_CAP && tierOf(rd(tData, k)) == 0 && capsUnknownTown27(k)) return true;
  // (stop 36: in lower case the street too, with the ALL CAPS tail: "44 orchard row, unit 2")
  if ((mode == MODE_MIXED ? sh == SH_CAP : mode == MODE_CAPS || lower) && k >= 2 && rd(tShape, k - 1) == sh && wordIn(k, LINE_STREET_TYPES_27) &&
    streetLine27(k, sh)) return true;
  if (lower) return false;
  return mode != MODE_LOWER && rd(tStart, k) >= 2 && byteAt(rd(tStart, k) - 2) == 0x26 && ampNameFacility27(k, sh, mode);
}

/** Token p is "in", "from", "near", or "to" after a verb of moving: the frame before a town of this round. */
function townFrame27(p: u32): bool {
  return townPreposition(p) || (wordIn(p, "\u0002to") && travelTo(p));
}

/**
 * Token k opens a town of two words whose second is a feature word, after "in", "from", "near" or a move's "to"
 * ("moved here from Tullis Point in April", "grew up near Mullinax Gap.", "SHE DRIVES FROM TULLIS POINT DAILY",
 * "relocated to Harlan Fork last year"), where the phrase ends after it, a word of time follows, or "in"/"on" and a
 * month or a year. The first word is a name, a place or a word no list has, of four letters or more, no core English
 * word or medical term ("in Point tenderness", "near Gap junction", "from Falls risk" have none; "in Deep Creek",
 * "in Renal Clinic" stay). framedSuffixTown() takes the plain cases first. Writes the town and returns true.
 */
function featureTown27(k: u32, sh: u32): bool {
  const n = k + 1;
  if (!tight(n) || !(wordIn(n, TOWN_SUFFIXES) || wordIn(n, TOWN_SUFFIXES_27)) || !tight(k) || rd(tDone, k - 1) == 0xff) return false;
  const p = k - 1;
  if (!townFrame27(p)) return false;
  const d = rd(tData, k);
  if (tierOf(d) == 1 || (d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || rd(tEnd, k) - rd(tStart, k) < 4 || medicalShape(k)) return false;
  // (a facility's, street's or organisation's word after the pair is their rules': "Harlan Fork Medical Center")
  if (n + 1 < count && tight(n + 1) && rd(tShape, n + 1) == sh &&
    (rd(tData, n + 1) & (F_FACILITY | F_FAC_MOD | F_STREET | F_UNIT)) != 0) return false;
  if (!phraseEndsAfter(n)) {
    const c = n + 1;
    if (!tight(c)) return false;
    // (a word of time closes it as a comma would: "drives from Tullis Point daily", "from Tullis Point in April")
    if (!wordIn(c, "\u0005daily\u0005today")) {
      if (!(wordIn(c, "\u0002in\u0002on") && c + 1 < count && tight(c + 1) &&
        ((rd(tData, c + 1) & F_MONTH) != 0 || (rd(tShape, c + 1) == SH_NUM && rd(tEnd, c + 1) - rd(tStart, c + 1) == 4)))) return false;
    }
  }
  span(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 600, R_CITY);
  wr(tDone, k, 0xff);
  wr(tDone, n, 0xff);
  return true;
}

/**
 * Token k, a capitalised word in mixed case right after a house number, opens a street whose type the word table
 * leaves out (LINE_STREET_TYPES_27): "44 Orchard Row, Unit 2", "16 Tannery Row, #3, Quarry Falls, RI", "12 Mill Walk,
 * Easton", "8 Beaver Trace", "25 Cathedral Hill, Ashcombe 02904". The number (1-5 digits, no '#' or decimal point before
 * it) opens a line, a field or a clause after a comma, or follows "at"/"to"/"from"/"on"/"near"; one or two capitalised
 * words and the type close the street, which ends its line or the input or has a comma after it and then a capitalised
 * word, a unit or '#' (the address tail reads them). "placed 2 Double Row anchors", "Grade 3 Hill-Sachs", "walk 2 blocks"
 * stay. Writes the street, starts the tail and returns true.
 */
function streetLine27(t: u32, sh: u32): bool {
  if (!tight(t)) return false;
  // the name's words back to the house number: one or two capitalised words
  let k = t - 1;
  if (k >= 1 && exists(k - 1) && rd(tShape, k - 1) == sh && tight(k)) k--;
  if (k == 0 || !exists(k - 1) || rd(tShape, k - 1) != SH_NUM) return false;
  for (let m = k; m < t; m++) {
    if (rd(tShape, m) != sh || (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT | F_STATE)) != 0) return false;
  }
  const h = k - 1;
  const gh = rd(tGap, h);
  if (rd(tEnd, h) - rd(tStart, h) > 5 || !tight(k) || (rd(tGap, k) & G_PERIOD) != 0 || (gh & G_HASH) != 0) return false;
  if (!((gh & (G_NEWLINE | G_START | G_COLON | G_COMMA)) != 0 || h == 0 ||
    (exists(h - 1) && tight(h) && wordIn(h - 1, "\u0002at\u0002to\u0004from\u0002on\u0004near")))) return false;
  if (rd(tStart, h) >= 1 && byteAt(rd(tStart, h) - 1) == 0x2e) return false;
  // what follows: the end of the input or the line, or a comma and a capitalised word, a unit or '#'; in ALL CAPS only a
  // comma and a unit, '#' or a town with its ZIP or state ("44 ORCHARD ROW, UNIT 2", "25 CATHEDRAL HILL, ASHCOMBE 02904";
  // "3 NEEDLES, ROW #2", "4-0 PROLENE DOUBLE ROW" stay)
  if (!capsLineTail27(t, sh)) {
    if (sh != SH_CAP) return false;
    const g = t + 1 < count ? rd(tGap, t + 1) : G_NEWLINE;
    if (!((g & G_NEWLINE) != 0 || ((g & (G_COMMA | G_SENT | G_OTHER)) == G_COMMA && rd(tShape, t + 1) == SH_CAP))) return false;
  }
  // (a unit's number after '#' and the comma joins: "16 Tannery Row, #3")
  let last = t;
  if (t + 1 < count && (rd(tGap, t + 1) & G_HASH) != 0 && rd(tShape, t + 1) == SH_NUM) last = t + 1;
  spanDone(rd(tStart, h), rd(tEnd, last), ENTITY_LOCATION, 900, R_ADDRESS, h, last);
  startTail(last);
  return true;
}

// a family firm's word after "&" ("& Sons", "& Daughters") and the heads that end a name after a service word
// ("Wound Care & Hyperbaric Center", "Heart & Vascular Institute")
const AMP_FAMILY_27 = "\u0004sons\u0009daughters\u0008brothers";
const AMP_HEADS_27 = "\u0006center\u0006centre\u0009institute";

/**
 * In ALL CAPS (and, stop 36, in lower case: `sh` is the text's shape), what follows the street type t says it is an
 * address: a comma, then a unit designator and its number,
 * '#' and a number, or a town and a ZIP of five digits or a comma and a state code.
 */
function capsLineTail27(t: u32, sh: u32): bool {
  const n = t + 1;
  if (n + 1 >= count || (rd(tGap, n) & (G_COMMA | G_NEWLINE)) != G_COMMA) return false;
  if ((rd(tGap, n) & G_HASH) != 0) return rd(tShape, n) == SH_NUM;
  if ((rd(tData, n) & F_UNIT) != 0) return rd(tShape, n + 1) == SH_NUM;
  if (rd(tShape, n) != sh || (rd(tData, n) & (CONTEXT_WORDS & ~F_PLACE_SUFFIX)) != 0) return false;
  // (a town of one or two words)
  let m = n + 1;
  if (rd(tShape, m) == sh && tight(m) && m + 1 < count && (rd(tData, m) & F_STATE) == 0) m++;
  if (rd(tShape, m) == SH_NUM) return tight(m) && rd(tEnd, m) - rd(tStart, m) == 5;
  return (rd(tGap, m) & G_COMMA) != 0 && (rd(tData, m) & F_STATE) != 0;
}

/**
 * In ALL CAPS, a town no word list has after "IN"/"FROM"/"NEAR" (or "TO" after a move) where a residence, visit or
 * origin frame introduces it, or a person or place just found stands before "IN", and its phrase ends after it: "LIVES
 * ALONE IN ASHCOMBE ON FERRY LANE", "THEY WILL STAY AT THE HAMPTON INN IN OAKVALE.", "DAUGHTER VISITING FROM
 * GLENMORRIS." Five letters at least, no medical ending, no name's strength ("LIVES IN FEAR", "ADMITTED IN DKA",
 * "STAYS IN BED" have none of it). Writes the town and returns true.
 */
function capsUnknownTown27(k: u32): bool {
  const p = k - 1;
  if (!tight(k) || !townFrame27(p)) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || nameStr(k) != 0 || placeStr(d) != 0 || rd(tEnd, k) - rd(tStart, k) < 5 || medicalShape(k) ||
    (k + 1 < count && rd(tMw2, k + 1) != 0)) return false;
  if (!phraseEndsAfter(k) || !(placedBefore(k) || residenceFrame(p) || originFrame(p))) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 500, R_CITY);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * Token k follows "&" inside a facility's or organisation's name whose words before "&" are core words after a proper
 * name ("SAINT RAPHAEL WOUND CARE & HYPERBARIC CENTER", "Whitcombe & Daughters Funeral Home", "Rowan Hill Women &
 * Infants Hospital"): at most two words after "&" reach a facility head (of one, two or three words), at most four
 * words before it go back to the name's first, which is a name, a place or a word no list has (a saint's word before it
 * joins). In ALL CAPS a frame says where the name starts (a line's start, a where-frame word, "of", "(", a spaced dash,
 * a colon). "Pain & Palliative Care Clinic", "Heart & Vascular Center", "Physical Medicine & Rehabilitation" have no
 * proper name and stay; a titled person before the name ends it. Writes the place and returns true.
 */
function ampNameFacility27(k: u32, sh: u32, mode: u32): bool {
  if (!ampGap(k) || k < 2 || rd(tShape, k - 1) != sh || (rd(tGap, k) & (G_NEWLINE | G_COMMA | G_SENT | G_FAR)) != 0) return false;
  if (sh != (mode == MODE_CAPS ? SH_UPPER : SH_CAP)) return false;
  // the head ahead
  let head: u32 = 0;
  for (let m = k; m <= k + 3 && m < count; m++) {
    if ((m > k && !tight(m)) || rd(tShape, m) != sh) return false;
    const md = rd(tData, m);
    if ((md & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 && (md & F_FACILITY) == 0 && !(m == k && wordIn(m, AMP_FAMILY_27))) return false;
    if ((md & F_FACILITY) != 0 || (m > k && ((rd(tMw2, m) & F_FACILITY) != 0 || wordIn(m, AMP_HEADS_27)))) {
      head = m;
      break;
    }
    if (m == k + 2) return false;
  }
  if (head == 0) return false;
  // (an institute after a service is a place of care: "Ridgeway Heart & Vascular Institute")
  const org = !wordIn(head, AMP_HEADS_27) && ((rd(tData, head) | rd(tMw2, head)) & F_ORG) == F_ORG;
  // the name before "&"
  let f = k - 1;
  for (let w: u32 = 0; w < 3; w++) {
    if (f == 0 || !exists(f - 1) || !tight(f) || rd(tShape, f - 1) != sh) break;
    const qd = rd(tData, f - 1);
    if ((qd & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_LOC_CUE | F_VERB_BY)) != 0 && !wordIn(f - 1, "\u0005saint\u0002st\u0003ste")) break;
    f--;
  }
  // (a core English word opens no name: trimmed; a saint's word is kept for the name after it)
  while (f < k - 1 && tierOf(rd(tData, f)) == 1 && nameStr(f) <= 1 && placeStr(rd(tData, f)) <= 1 && !wordIn(f, "\u0005saint\u0002st\u0003ste")) f++;
  let e = f;
  if (wordIn(e, "\u0005saint\u0002st\u0003ste") && e + 1 < k) e++;
  const ed = rd(tData, e);
  if ((ed & (CONTEXT_WORDS & ~F_FAC_MOD)) != 0 && (ed & F_FAC_MOD) == 0) return false;
  if (!(nameStr(e) > 1 || placeStr(ed) > 1 || (tierOf(ed) == 0 && rd(tEnd, e) - rd(tStart, e) >= 4 && !medicalShape(e)))) return false;
  if (f > 0 && exists(f - 1) && (rd(tData, f - 1) & F_TITLE) != 0) return false;
  if (mode == MODE_CAPS && !(lineStart(f) || punctBefore(rd(tStart, f)) == 0x28 || spacedDash(f) || (rd(tGap, f) & G_COLON) != 0 ||
    (f >= 1 && exists(f - 1) && tight(f) && (wordIn(f - 1, WHERE_FRAMES) || wordIn(f - 1, "\u0002of"))))) return false;
  const last = headAfterHead(head, k, org);
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, org ? R_ORGANIZATION : R_FACILITY, f, last);
  return true;
}

// ---- Stop 28, organisations round (org28): congregations named without "Church" ----

// the last word of a congregation's name that says its kind ("Grace Lutheran", "Bethel AME", "Oakvale First Baptist",
// "St. Bridget Parish", "Eastern Parkway Tabernacle", "Annunciation Greek Orthodox Cathedral")
const CONGREGATION_HEADS = "\u0007baptist\u0008lutheran\u0009episcopal\u0009methodist\u000cpresbyterian\u000econgregational\u000bpentecostal\u0003ame\u0004zion\u0009adventist\u0008nazarene\u0006parish\u0009cathedral\u000atabernacle\u0009synagogue\u0006mosque";
// words that make a denomination's own name, never a congregation's alone ("Southern Baptist", "United Methodist",
// "Greek Orthodox Cathedral" needs "Annunciation" before it)
const DENOMINATION_WORDS = "\u0008southern\u0008american\u0006united\u000bevangelical\u0005roman\u0005greek\u0007russian\u0008orthodox\u000amissionary\u0004free\u0004will\u0008reformed\u0009primitive\u000bindependent\u0007african\u0008catholic\u0008national\u0008northern";
// what says a congregation is near: a church, its clergy, going to or belonging to it
const CONGREGATION_FRAMES = "\u0006church\u0008churches\u0006pastor\u0006priest\u0003rev\u0008reverend\u0002fr\u0004imam\u0005rabbi\u0008minister\u0006deacon\u0006parish\u000bparishioner\u000ccongregation\u0007attends\u0006attend\u0008attended\u0006member\u0007members\u0007belongs\u0008worships\u0007worship\u0008chaplain";

/**
 * Tokens m - 1 and m belong to one name: blanks only, or the period of "St."/"Mt." ("St. Bridget", "Mt. Zion"), or a
 * possessive's "'s" ("Our Savior's Lutheran").
 */
function nameJoin28(m: u32): bool {
  if (tight(m)) return true;
  const g = rd(tGap, m);
  if ((g & (G_NEWLINE | G_COMMA | G_FAR | G_START | G_HASH | G_COLON)) != 0) return false;
  if ((g & G_PERIOD) != 0) return wordIn(m - 1, "\u0002st\u0002mt\u0003ste") && rd(tStart, m) - rd(tEnd, m - 1) <= 2;
  return possessive(m - 1) && rd(tStart, m) - rd(tEnd, m - 1) <= 3 && (byteAt(rd(tStart, m) - 1) == 0x20);
}

/** Shape qs is of the text's case next to shape sh: the same, or in mixed case a capitalised word or an acronym. */
function sameCase28(qs: u32, sh: u32, mode: u32): bool {
  return qs == sh || (mode == MODE_MIXED && (qs == SH_CAP || qs == SH_UPPER) && (sh == SH_CAP || sh == SH_UPPER));
}

/**
 * (org28) Token k opens or ends a congregation named without "Church" whose last word says its kind
 * (CONGREGATION_HEADS): "church group at Grace Lutheran", "Rev. Golden of Oakvale First Baptist", "still walks to church
 * (Bethel AME)", "PASTOR FR. TIERNAN FROM ST. COLUMBKILLE PARISH", "Priest from Annunciation Greek Orthodox Cathedral",
 * "his church (our savior's lutheran)", "pastor rev. dana holloway (first congregational of wellfleet)". At most four
 * words of the text's case join the kind word; one of them is no denomination's own word ("Southern Baptist", "United
 * Methodist" are faiths); a church, its clergy or a verb of attending stands within six words before the name, or the
 * name opens with a saint ("St. Bridget Parish"). A facility's head after the kind word is the facility rule's
 * ("Methodist Hospital", "First Baptist Church"); "of" and one or two words of a place close it ("First Congregational
 * of Wellfleet"). "Lutheran pastor visited", "she is Southern Baptist", "Baptist Health" stay. Writes the organisation
 * and returns true.
 */
function congregation28(k: u32, sh: u32, mode: u32): bool {
  // the kind word at k or within the look-ahead, the words between in the text's case
  let h = k;
  while (!wordIn(h, CONGREGATION_HEADS)) {
    h++;
    if (h > k + LOOK_AHEAD || h >= count || !nameJoin28(h) || !sameCase28(rd(tShape, h), sh, mode)) return false;
  }
  // (a second kind word goes on: "Mt. Zion Baptist")
  if (h + 1 <= k + LOOK_AHEAD && h + 1 < count && tight(h + 1) && sameCase28(rd(tShape, h + 1), sh, mode) &&
    wordIn(h + 1, CONGREGATION_HEADS)) h++;
  if (h + 1 < count && tight(h + 1) && ((rd(tData, h + 1) | rd(tMw2, h + 1)) & F_FACILITY) != 0) return false;
  // back over the name's words (not yet decided, the text's case, no cue, title, month or function word)
  let f = h;
  while (f > 0 && h - f < 4 && exists(f - 1) && nameJoin28(f) && rd(tDone, f - 1) == 0) {
    const q = f - 1;
    if (!sameCase28(rd(tShape, q), sh, mode)) break;
    if ((rd(tData, q) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_VERB_BY)) != 0 || wordIn(q, NAME_FUNCTION_WORDS) ||
      wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) || wordIn(q, CONGREGATION_FRAMES)) break;
    f = q;
  }
  // (token k is one of the name's words: a frame word before it is decided on its own turn)
  if (f == h || f > k || (mode == MODE_MIXED && rd(tShape, f) != SH_CAP && rd(tShape, f) != SH_UPPER)) return false;
  // one word that is no denomination's own
  let own = false;
  for (let m = f; m < h; m++) if (!wordIn(m, DENOMINATION_WORDS) && !wordIn(m, CONGREGATION_HEADS)) own = true;
  if (!own) return false;
  // the frame: a saint opening the name, or a church word within six words before it
  let framed = wordIn(f, "\u0002st\u0005saint");
  for (let q = f; !framed && q > 0 && f - q < 6 && exists(q - 1) && (rd(tGap, q) & (G_FAR | G_START)) == 0; q--) {
    if (wordIn(q - 1, CONGREGATION_FRAMES)) framed = true;
  }
  if (!framed) return false;
  // "of" and a place after it, within the look-ahead
  let last = h;
  if (h + 2 <= k + LOOK_AHEAD && h + 2 < count && tight(h + 1) && tight(h + 2) && wordIn(h + 1, "\u0002of") &&
    rd(tShape, h + 2) == sh && (rd(tData, h + 2) & (CONTEXT_WORDS | F_NOT_NAME)) == 0) {
    last = h + 2;
    if (h + 3 <= k + LOOK_AHEAD && h + 3 < count && tight(h + 3) && rd(tShape, h + 3) == sh &&
      (rd(tData, h + 3) & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && tierOf(rd(tData, h + 3)) != 1) last = h + 3;
  }
  // (a saint's name keeps the saint rule's reason: "St. Luke's Episcopal" is read as a facility there)
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 850, wordIn(f, "\u0002st\u0005saint") ? R_FACILITY : R_ORGANIZATION, f, last);
  return true;
}

/** Token q is a year (four digits, 1900-2199) or the last number of a date glued to '/' or '-' ("4/2024", "3/14/24"). */
function dateEnd28(q: u32): bool {
  const s = rd(tStart, q);
  const l = rd(tEnd, q) - s;
  if (rd(tShape, q) != SH_NUM || l > 4) return false;
  if (l == 4 && ((byteAt(s) == 0x31 && byteAt(s + 1) == 0x39) || (byteAt(s) == 0x32 && (byteAt(s + 1) == 0x30 || byteAt(s + 1) == 0x31)))) return true;
  return s > 0 && (byteAt(s - 1) == 0x2f || byteAt(s - 1) == 0x2d) && s >= 2 && byteAt(s - 2) >= 0x30 && byteAt(s - 2) <= 0x39;
}

/**
 * (org28) Token k names the hospital or practice of a dated event after "at": a procedure, a birth or a test, its year
 * or date, "at" and one or two words of the text's case that are no core English word and close the phrase ("prior PCI
 * 2088 at Lahey.", "AVA 1.3 on TTE 4/2024 at Ochsner)", "(baseline, March 2081 at Kessington)", "NSVD 2090 at
 * Brigham,"). The date says an event, "at" its place; a core word there is a time or state ("4/10 at Rest", "Hgb 7 at
 * Baseline", "2 mg at Bedtime" have no date), a title a person ("2/3 at Dr. Wu's"). Writes the place and returns true.
 */
function datedAt28(k: u32, sh: u32): bool {
  if (!tight(k) || !tight(k - 1) || !wordIn(k - 1, "\u0002at\u0004from") || !dateEnd28(k - 2)) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || tierOf(d) == 1 || rd(tEnd, k) - rd(tStart, k) < 4 || medicalShape(k)) return false;
  let last = k;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh) {
    const nd = rd(tData, k + 1);
    // (or a short name's word: "CT 3/14/2023 from Riverside Regional.", "FROM CASTLETON MERCY.")
    if (((nd & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || tierOf(nd) == 1 || medicalShape(k + 1)) && !wordIn(k + 1, HOSPITAL_TAILS) &&
      !wordIn(k + 1, "\u0005mercy")) return false;
    last = k + 1;
  }
  if (!phraseEndsAfter(last)) return false;
  // (an organisation's reason before a comma and an acronym that is no English word: a facility's acronym rule would
  // take it, "at Abbott Northwestern, SVD", as capsAtPlace() writes; "AT KESSWICKHAM, HERE FOR" keeps a facility's)
  const n = last + 1;
  span(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 600, n < count && (rd(tGap, n) & G_COMMA) != 0 && (rd(tShape, n) == SH_UPPER ||
    rd(tShape, n) == SH_LOWER) && rd(tEnd, n) - rd(tStart, n) <= 4 && tierOf(rd(tData, n)) != 1 ? R_ORGANIZATION : R_FACILITY);
  for (let q = k; q <= last; q++) wr(tDone, q, 0xff);
  return true;
}

/**
 * (org28) Token v, right before "from", ends a former job: an occupation after "retired", "former", "formerly" or
 * "retiree" ("retired machinist from Ostrander Tool & Die", "FORMER SHIPFITTER FROM GALLOWAY DRYDOCK"), or a lay-off
 * ("laid off from", "let go from"). "a machinist from Ohio" has no such word and stays the town rule's.
 */
function fromFormerJob28(v: u32): bool {
  if (v == 0 || !exists(v - 1) || !tight(v)) return false;
  if (wordIn(v, "\u0003off")) return wordIn(v - 1, "\u0004laid");
  if (wordIn(v, "\u0002go")) return wordIn(v - 1, "\u0003let");
  if (!wordIn(v, OCCUPATIONS) && !endsWithAny(v, "\u0006fitter\u0005maker\u0005smith", 4)) return false;
  const r = v - 1;
  return wordIn(r, "\u0007retired\u0006former\u0008formerly\u0007retiree");
}

/** (org28) Token q is a signer's: a word decided a name, or a credential after it in capitals or initials ("MD", "M.D."). */
function signerToken28(q: u32): bool {
  return rd(tDone, q) == ENTITY_NAME || ((rd(tData, q) & F_CRED) != 0 && rd(tShape, q) == SH_UPPER) || rd(tShape, q) == SH_INITIAL;
}

/**
 * Round addr28, inside an address tail: a line of the address block that the ordinary city test left out because
 * its words are also names (continueTail's last chance, on a capitalised token k). Returns the last token, or 0.
 * - the town line of a block (UPU order: street line, [unit line,] town line, [", region" line,] country and
 *   postcode): one to three capitalised words (a lower-case particle inside) that fill their line, followed by a
 *   line opening with a country ("Suite 960\nSchuld\nGermany 10069", "Apt. 335\nAlbany\nNew Zealand") or with a
 *   comma, a region code and a postcode closing its line ("Apt. 331\nKaster\n, VWV\n 04494", "Apt. 066\nSt Georges,
 *   QC 54256"); a particle no person's name holds needs no country line ("Suite 578\nOstrov nad Ohří\n"). A person's
 *   line is not read so: a given name and another name word ("Apt 4\nJohn Smith\nCanada"), and a degree after a
 *   comma is no region before a postcode.
 * - a second thoroughfare on the street line (a dependent street, as in British and Commonwealth addresses): a
 *   capitalised word and a street type closing the line or the clause right after a street type or a house number
 *   ("178 Piermark Drive Zak Points\n", "Tungata 11 Rott Crossroad\n"). "12 Oak Street Dr Hill said" stays prose.
 */
function addressLine28(k: u32, g: u32): u32 {
  if ((rd(tData, k) & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_BOX | F_NOT_NAME)) != 0) return 0;
  if ((g & G_NEWLINE) != 0) return townLine28(k);
  if ((g & (G_SENT | G_COMMA | G_OTHER | G_FAR | G_HASH | G_HYPHEN)) != 0 || k + 1 >= count || !tight(k + 1)) return 0;
  const p = k - 1;
  if ((rd(tData, p) & (F_STREET | F_STREET_ABBR)) == 0 && !(rd(tShape, p) == SH_NUM && rd(tEnd, p) - rd(tStart, p) <= 4)) return 0;
  const n = k + 1;
  const nd = rd(tData, n);
  if (((nd & F_STREET) == 0 && !wordIn(n, THOROUGHFARES28)) || rd(tShape, n) != rd(tShape, k) || (nd & (F_TITLE | F_CUE | F_CRED | F_UNIT)) != 0) return 0;
  // (the thoroughfare closes its line or clause)
  if (n + 1 < count && (rd(tGap, n + 1) & (G_NEWLINE | G_COMMA | G_SENT | G_FAR)) == 0) return 0;
  return n;
}

/**
 * USPS Publication 28 suffixes that the word table leaves out of the street bit because they are also surnames or
 * words ("Hill", "Green", "Park"): read only as a dependent thoroughfare's type, after a street on its line.
 */
const THOROUGHFARES28 = "\u0004hill\u0005hills\u0005green\u0005point\u0006points\u0007prairie\u0003dam\u0005union\u0006summit\u0009crossroad\u0004park\u0004glen\u0007meadows\u0007streets";

/** Particles that join the words of a town's name and no person's: Czech "nad", "pod", "u", "v", German "am", "ob", "upon", "sur". */
const TOWN_ONLY28 = "\u0003nad\u0003pod\u0001u\u0001v\u0002am\u0002ob\u0004upon\u0003sur";

/** addressLine28's town line: token k opens its line; returns the town's last token when a country or a region line follows, or 0. */
function townLine28(k: u32): u32 {
  const sh = rd(tShape, k);
  let e = k;
  let m = k + 1;
  let placeOnly = false;
  while (m < count && m <= k + 2 && tight(m)) {
    const ms = rd(tShape, m);
    const md = rd(tData, m);
    // (particles of towns; those no person's name holds, "nad", "pod", "am", "upon", "sur" and Czech "u" and "v",
    // near and in, say town without the country line: "Ostrov nad Ohří", "Velká Bukovina u Děčína")
    if (ms == SH_LOWER && m + 1 <= k + 2) {
      const only = wordIn(m, TOWN_ONLY28);
      if (only || wordIn(m, TOWN_PARTICLES)) {
        if (only) placeOnly = true;
        m++;
        continue;
      }
    }
    if (ms != sh || (md & (F_TITLE | F_CUE | F_MONTH | F_CRED | F_UNIT | F_BOX | F_NOT_NAME | F_COUNTRY)) != 0) return 0;
    e = m;
    m++;
  }
  // the line ends at e; the next line opens with a country or with ", region" and a postcode
  const n = e + 1;
  if (n > k + 3 || m != n) return 0;
  if (placeOnly && e > k && (n >= count || (rd(tGap, n) & G_NEWLINE) != 0)) return e;
  if (n >= count) return 0;
  const gn = rd(tGap, n);
  if ((gn & (G_NEWLINE | G_COMMA)) == 0) return 0;
  // (a given name, more a name than a place, and a name are a person's line: "Apt 4\nJohn Smith\nUnited States")
  if (e == k + 1) {
    const d0 = rd(tData, k);
    const d1 = rd(tData, e);
    if (firstStr(d0) >= 2 && placeStr(d0) < firstStr(d0) && (firstStr(d1) | lastStr(d1)) != 0) return 0;
  }
  const ns = rd(tShape, n);
  if (ns != SH_CAP && ns != SH_UPPER) return 0;
  if ((gn & G_NEWLINE) != 0 && (gn & G_COMMA) == 0 &&
    ((rd(tData, n) & F_COUNTRY) != 0 || (n + 1 <= k + 3 && n + 1 < count && tight(n + 1) && (rd(tMw2, n + 1) & F_COUNTRY) != 0))) return e;
  // (", region" and the postcode, on the next line or on the town's line, and the postcode closes its line: "Kaster\n,
  // VWV\n 04494", "Dusino San Michele, AT 31295")
  if ((gn & G_COMMA) != 0 && ns == SH_UPPER && rd(tEnd, n) - rd(tStart, n) <= 3 && n + 1 <= k + 3 && n + 1 < count &&
    rd(tShape, n + 1) == SH_NUM && rd(tEnd, n + 1) - rd(tStart, n + 1) >= 4 &&
    (rd(tGap, n + 1) & (G_SENT | G_OTHER | G_COMMA | G_HYPHEN | G_FAR)) == 0) {
    const b = rd(tEnd, n + 1) < inLen ? byteAt(rd(tEnd, n + 1)) : 0x0a;
    if (b == 0x0a || b == 0x0d || b == 0x2c || b == 0x2e) return e;
  }
  return 0;
}

// ---- Round 20 (fixture 17): a place's public office, a union's local, a name written "<head> for <Name>" ----

// the first word and the head of an office a town, county or state names ("Meriden Police Department", "ESSEX COUNTY
// SUPERIOR COURT", "boston housing authority", "Springfield Public Schools")
const OFFICE_FIRSTS_20 = "\u0006police\u0004fire\u0006health\u0007housing\u0008superior\u0008district\u0007probate\u0006family\u0008juvenile\u0009municipal\u0007circuit\u0006public\u0006school";
const OFFICE_HEADS_20 = "\u000adepartment\u0004dept\u0009authority\u0005court\u0007schools\u0007library\u0008district\u0006office";
// heads of a name written "<head> for <Name>" ("Center for Brain Health", "Hospital for Special Care")
const FOR_HEADS_20 = "\u0006center\u0006centre\u0008hospital\u0009institute\u0007society\u000afoundation\u0008alliance\u0009coalition\u0007council\u000bassociation\u000acommission\u0009committee\u0006league\u0007network";
// capitalised care words after "for" that say why, not whose ("Hospital for Evaluation", "Center for Further Testing")
const FOR_NOT_NAMES_20 = "\u000aevaluation\u000amanagement\u0009treatment\u000bobservation\u0009admission\u0007further\u0008possible\u0007surgery\u000erehabilitation\u0005rehab\u0006workup\u0007testing\u0007therapy\u0006biopsy\u000cconsultation\u0007consult\u0006review\u000aassessment\u0006follow\u0007routine\u0006repeat";

/**
 * decide()'s tests of round 20, out of its body in one call (read from laterRounds() when two tight tokens follow k, in
 * the case of the text). Returns true when one decided token k.
 */
function roundTwenty(k: u32, sh: u32, mode: u32): bool {
  if (sh != SH_LOWER && tight(k + 1) && possessive(k + 1) && childrensHospital20(k, sh, mode)) return true;
  if (k + 2 >= count || !tight(k + 1) || !tight(k + 2)) return false;
  const n = rd(tShape, k + 1);
  if (n == sh && sh == textShape(mode) &&
    placeOffice20(k, sh)) return true;
  if ((sh == SH_CAP || sh == SH_UPPER) && mode != MODE_LOWER && unionLocal20(k, sh, mode)) return true;
  return sh == SH_CAP && mode == MODE_MIXED && n == SH_LOWER && headForName20(k);
}

/**
 * Token k, a place (a town or state the word table holds as a place more than a word, or any word before "County"),
 * names the public office after it, a first word and a head of OFFICE_FIRSTS_20 and OFFICE_HEADS_20 in the same case:
 * "Meriden Police Department notified", "JURY COMMISSIONER, ESSEX COUNTY SUPERIOR COURT", "on boston housing authority
 * list", "hampden county health department tb program". The whole is an organisation; a place before a word of another
 * kind stays the place ("Meriden police came", "Salem Hospital").
 */
function placeOffice20(k: u32, sh: u32): bool {
  const d = rd(tData, k);
  // (the second half of a hyphened name is no place alone: "Maplewood-Ridgely Public Schools")
  if ((d & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || byteAt(rd(tStart, k) - 1) == 0x2d) return false;
  let f = k + 1;
  if (wordIn(f, "\u0006county")) {
    if (k + 3 >= count || !tight(k + 3) || rd(tShape, k + 2) != sh || rd(tShape, k + 3) != sh) return false;
    f = k + 2;
  } else if (placeStr(d) < 2 && (d & F_STATE) == 0 || rd(tShape, k + 2) != sh) return false;
  if (!wordIn(f, OFFICE_FIRSTS_20) || !wordIn(f + 1, OFFICE_HEADS_20)) return false;
  spanDone(rd(tStart, k), rd(tEnd, f + 1), ENTITY_LOCATION, 800, R_ORGANIZATION, k, f + 1);
  return true;
}

/**
 * Token k, a capitalised word, and a labour union's local number after "Local" (or "Union Local") in the case of the
 * text: "retired, Ironworkers Local 7", "IAM Local 2001 retiree", "CARMEN'S UNION LOCAL 589". A number followed by a
 * unit or a percent is a dose ("Local 5 mL", "LOCAL 1% LIDOCAINE"); a title, cue or month never opens the name. Writes
 * the organisation through the number.
 */
function unionLocal20(k: u32, sh: u32, mode: u32): bool {
  if ((rd(tData, k) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
  const cs = mode == MODE_CAPS ? SH_UPPER : SH_CAP;
  let l = k + 1;
  if (rd(tShape, l) == cs && wordIn(l, "\u0005union")) l++;
  if (l + 1 >= count || l + 1 > k + LOOK_AHEAD || rd(tShape, l) != cs || !wordIn(l, "\u0005local")) return false;
  const v = l + 1;
  if (!tight(v) || rd(tShape, v) != SH_NUM || rd(tEnd, v) - rd(tStart, v) > 5) return false;
  const e = rd(tEnd, v);
  if (e < inLen && (byteAt(e) == 0x25 || byteAt(e) == 0x2e && e + 1 < inLen && byteAt(e + 1) >= 0x30 && byteAt(e + 1) <= 0x39)) return false;
  if (v + 1 < count && tight(v + 1) && wordIn(v + 1, DOSE_UNITS)) return false;
  spanDone(rd(tStart, k), e, ENTITY_LOCATION, 800, R_ORGANIZATION, k, v);
  return true;
}

/**
 * Token k, an institution's head (FOR_HEADS_20) in mixed case, then "for" and one or two capitalised words that are no
 * title, cue, month or care word: the institution's name ("Neuropsychological Evaluation, Center for Brain Health",
 * "wound treated at Hospital for Special Care in 2093", "Society for Vascular Surgery"). "Hospital for Evaluation",
 * "Center for Further Testing" say why, not whose. A hospital's head writes a facility, the others an organisation.
 */
function headForName20(k: u32): bool {
  if (!wordIn(k, FOR_HEADS_20) || !wordIn(k + 1, "\u0003for") || rd(tShape, k + 2) != SH_CAP) return false;
  if (!forNameWord20(k + 2)) return placeCenterFor34(k);
  let last = k + 2;
  // (a care word closes a name of two words: "Hospital for Special Surgery", "Hospital for Special Care")
  if (k + 3 < count && tight(k + 3) && rd(tShape, k + 3) == SH_CAP && (rd(tData, k + 3) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0) last = k + 3;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 800, wordIn(k, "\u0008hospital") ? R_FACILITY : R_ORGANIZATION, k, last);
  return true;
}

/**
 * (stop 34) Token k, "Center" (or another head of FOR_HEADS_20) and "for" and a word of rehabilitation, right after a
 * town just found that names it: "Bed offers: Maplewood Center for Rehab (Amherst)", "Lakeview Center for
 * Rehabilitation". Alone the phrase says why ("transferred to Center for Rehab" stays words). Joins the town's span as a
 * facility.
 */
function placeCenterFor34(k: u32): bool {
  if (pType != ENTITY_LOCATION || pReason != R_CITY || pEnd != rd(tEnd, k - 1) || !tight(k) || rd(tShape, k - 1) != SH_CAP ||
    !wordIn(k + 2, "\u000erehabilitation\u0005rehab")) return false;
  spanDone(rd(tStart, k), rd(tEnd, k + 2), ENTITY_LOCATION, 800, R_FACILITY, k, k + 2, true);
  return true;
}

/** Token m may be the first word of a name after "<head> for": no title, cue, credential or month, no care word. */
function forNameWord20(m: u32): bool {
  return (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0 && !wordIn(m, FOR_NOT_NAMES_20);
}

/**
 * Token k, a place (a state, or a town the word table holds as a place more than a word) in the case of the text, then
 * "Children's" and no capitalised word after it: a children's hospital named as staff name it ("seen at Connecticut
 * Children's for a fracture", "transferred to DAYTON CHILDREN'S"). A capitalised word after it is another rule's
 * ("Boston Children's Hospital") or a brand's ("Children's Tylenol" has no place before it). Writes the facility.
 * (Read from laterRounds(), which needs a token before k: a note's very first word is not tried.)
 */
function childrensHospital20(k: u32, sh: u32, mode: u32): bool {
  const c = k + 1;
  if (!(sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS) || rd(tShape, c) != sh || !wordIn(c, "\u0008children")) return false;
  const d = rd(tData, k);
  if ((d & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0 || placeStr(d) < 2 && (d & F_STATE) == 0) return false;
  // (in ALL CAPS every word is in capitals: there a facility's word or a word no list has, "DAYTON CHILDREN'S MEDICAL
  // CENTER", "CHILDREN'S MOTRIN", is what stops it)
  if (c + 1 < count && tight(c + 1) && (rd(tShape, c + 1) == SH_CAP || rd(tShape, c + 1) == SH_UPPER) &&
    (mode == MODE_MIXED || (rd(tData, c + 1) & (F_FACILITY | F_FAC_MOD)) != 0 || tierOf(rd(tData, c + 1)) == 0)) return false;
  span(rd(tStart, k), possessiveEnd(c), ENTITY_LOCATION, 800, R_FACILITY);
  wr(tDone, k, 0xff);
  wr(tDone, c, 0xff);
  return true;
}

/**
 * Token k, "Center" (or "Centre") in the case of the word before, right after a facility's name that ends in "Hospital"
 * (the finding just made): the name goes on, as New York's and Washington's hospital centers are named ("Admitted to
 * Harlem Hospital Center", "ST. LUKE'S-ROOSEVELT HOSPITAL CENTER"). Joins the facility's span.
 */
function hospitalCenter20(k: u32, sh: u32): bool {
  if (!tight(k) || rd(tShape, k - 1) != sh || !wordIn(k, "\u0006center\u0006centre") || !wordIn(k - 1, "\u0008hospital")) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, pScore, R_FACILITY, true);
  wr(tDone, k, 0xff);
  return true;
}

// ---- Stop 29, organisations round (org29): organisations found by the frame around them ----

// words whose object after "at", "with", "for", "from", "through" or "via" is an organisation: a volunteer's, a
// student's or a worker's place ("volunteers with Meals on Wheels", "student at Holyoke Community College", "her boss
// at Kessler Freight", "my shift at Amazon"), a caseworker's agency ("caseworker from Catholic Charities"), a payer
// ("insured through Aetna"; not "coverage", which surgery writes: "AREAS OF COVERAGE WITH THE TISSUE FLAP")
const AFFILIATION_FRAMES29 = "\u000avolunteers\u000bvolunteered\u000cvolunteering\u0009volunteer\u0008enrolled\u0007student\u0008students\u0005shift\u0006shifts\u0004boss\u0008coworker\u0009coworkers\u0009colleague\u000acolleagues\u000ainternship\u000acaseworker\u0007insured";
// ... and weaker ones, whose object may be a product or a department too: a representative's company ("rep from
// Zimmer"), a supplier ("refills through Caremark", "cord blood banked with CBR"), an interpreters' service
// ("interpretation via LanguageLine"); the name needs a word no English
// list has or a name's or place's strength (orgDistinctWord29)
const WEAK_FRAMES29 = "\u0008advocate\u0009navigator\u0007liaison\u000erepresentative\u0003rep\u0006banked\u0007refills\u000binterpreter\u000einterpretation";
// nouns whose apposition names a company (weak): "comp carrier AmTrust", "pharmacy Bixby Drug", "CRO Aventa Clinical"
const APPOSITION_FRAMES29 = "\u0007carrier\u0006vendor\u0007insurer\u0007sponsor\u0003cro\u0008pharmacy";
// frames before "by": a payer's, and a supplier's (weak: "delivered by the Department of Anesthesia" is a department)
const BY_FRAMES29 = "\u0007insured\u0009delivered\u0008supplied\u0007shipped\u0009dispensed";
// clergy: their congregation after "of", "at" or "from" ("pastor at Grace Fellowship")
const CLERGY29 = "\u0006pastor\u0006priest\u0004imam\u0005rabbi\u0008chaplain\u0008minister\u0006deacon";
// words that name no organisation after such a frame: the public payers ("insured through Medicare"), services and a
// union ("MEMBER OF LOCAL UNION"; "member of the Teamsters Union" is named by "Teamsters")
const NOT_ORG_WORDS29 = "\u0008services\u0007service\u0005union\u0008medicare\u0008medicaid";
// the care's own activities: a name ending in one is a team, a class or a meeting, no organisation ("member of the Care
// Team", "attends Physical Therapy", "attends AA Meetings", "ATTENDS QURAN CLASSES", "aide Mary Jones (Night Shift)")
const ACTIVITY_WORDS29 = "\u0004team\u0005teams\u0007meeting\u0008meetings\u0005class\u0007classes\u0007session\u0008sessions\u0005group\u0006groups\u0007therapy\u0007program\u0008programs\u000bappointment\u000cappointments\u0005staff\u0004unit\u0005floor\u0005study\u0006school\u0005shift";

/** (org29) Token t has a frame word's shape: lower case in mixed case (capitalised opening a sentence), capitals in ALL CAPS. */
function frameShape29(t: u32, mode: u32): bool {
  const ts = rd(tShape, t);
  return mode == MODE_CAPS ? ts == SH_UPPER : ts == SH_LOWER || (ts == SH_CAP && sentenceStart(t));
}

/**
 * (org29) The frame of affiliation right before token k: 0 (none), 1 (a strong frame: the organisation's words may be
 * English words) or 2 (a weak one). Strong: "attends", "attended" ("attends Lincoln Middle"); "member(s) of" ("member
 * of Grace Fellowship"); "enrolled in"; clergy's "of/at/from" ("pastor at Grace Fellowship"); one of
 * AFFILIATION_FRAMES29 before "at/with/for/from/through/via" ("volunteers with Meals on Wheels", "caseworker from
 * Catholic Charities", "social worker with DCF"); "insured by". Weak: WEAK_FRAMES29 before those, the
 * suppliers of BY_FRAMES29 before "by", a noun of APPOSITION_FRAMES29 right before k. "the" may stand before k.
 */
function orgFrameBefore29(k: u32, mode: u32): u32 {
  if (!tight(k)) return 0;
  let p = k - 1;
  if (wordIn(p, "\u0003the")) {
    if (p == 0 || !exists(p - 1) || !tight(p)) return 0;
    p--;
  }
  // (stop 36: every answer but 0 needs p in one of the lists asked of it below: their masks ORed first, one test where
  // ALL CAPS text paid up to seven calls for nearly every capitalised word)
  if (!anyMay(p, ANY_FRAMES29, "\u0007attends\u0008attended\u0006attend", APPOSITION_FRAMES29, "\u0002of\u0002in\u0002by",
    "\u0002at\u0004with\u0003for\u0004from\u0007through\u0003via")) return 0;
  if (!frameShape29(p, mode)) return 0;
  if (wordIn(p, "\u0007attends\u0008attended\u0006attend")) return 1;
  if (p == k - 1 && wordIn(p, APPOSITION_FRAMES29)) return 2;
  if (p == 0 || !exists(p - 1) || !tight(p) || !frameShape29(p - 1, mode)) return 0;
  const v = p - 1;
  if (wordIn(p, "\u0002of")) return wordIn(v, "\u0006member\u0007members") || wordIn(v, CLERGY29) ? 1 : 0;
  if (wordIn(p, "\u0002in")) return wordIn(v, "\u0008enrolled") ? 1 : 0;
  if (wordIn(p, "\u0002by")) return wordIn(v, BY_FRAMES29) ? (wordIn(v, "\u0007insured") ? 1 : 2) : 0;
  if (!wordIn(p, "\u0002at\u0004with\u0003for\u0004from\u0007through\u0003via")) return 0;
  if (wordIn(v, AFFILIATION_FRAMES29) || (!wordIn(p, "\u0003for") && wordIn(v, CLERGY29))) return 1;
  if (wordIn(v, WEAK_FRAMES29)) return 2;
  // ("case worker from", "social worker with", "case manager at": two words, "worker" and "manager" alone are OCCUPATIONS)
  return wordIn(v, "\u0006worker\u0007manager\u0003mgr") && v > 0 && exists(v - 1) && tight(v) && wordIn(v - 1, "\u0004case\u0006social") ? 1 : 0;
}

/**
 * (org29) Token m can name an organisation: no generic, service, function, denomination's or medical word, no cue, title
 * or credential ("attends United Methodist services" names a faith).
 */
function orgNamingWord29(m: u32): bool {
  return rd(tEnd, m) - rd(tStart, m) >= 3 && (rd(tData, m) & NAME_WALK_STOP) == 0 && !genericModifier(m) && !wordIn(m, AND_SERVICE_WORDS) &&
    !wordIn(m, NAME_FUNCTION_WORDS) && !wordIn(m, NOT_ORG_WORDS29) && !wordIn(m, ACTIVITY_WORDS29) && !wordIn(m, PUBLIC_PLANS) &&
    !wordIn(m, DENOMINATION_WORDS) && !medicalShape(m);
}

/** (org29) ... and tells it from English: a word no English list has, or a name's or place's strength ("Zimmer", "CBR"). */
function orgDistinctWord29(m: u32): bool {
  const md = rd(tData, m);
  return orgNamingWord29(m) && (tierOf(md) == 0 || nameStr(m) >= 2 || placeStr(md) >= 2);
}

/**
 * (org29) The last token of an organisation that token k, capitalised in mixed case (in capitals in ALL CAPS), opens
 * right after a frame of affiliation (orgFrameBefore29 gave frame, 1 or 2), or 0: the capitalised words that follow,
 * "of", "and", "for", "on", a name's particle or "&" joining them ("Habitat for Humanity", "Meals on Wheels"; not days,
 * "at Habitat on Saturdays"), within the look-ahead ("attends Lincoln Middle", "member of Grace Fellowship",
 * "caseworker from Catholic Charities"); in ALL CAPS the employer's ending (capsEmployerEnd). One word must name it
 * (orgNamingWord29; after a weak frame orgDistinctWord29; in ALL CAPS capsEmployerEnd has judged the core words), its last word is none of the care's
 * activities (ACTIVITY_WORDS29), a lone word must be no core English word without a name's or place's strength, and a
 * given name alone or before a surname is a person ("volunteers with Mary Jones"); a facility's head leaves the name to
 * the facility rules. "member of the Care Team", "attends Physical Therapy", "insured through Medicare", "attends
 * Church" stay words. Also read by quiet(): a core word there reaches decide().
 */
function orgFrameEnd29(k: u32, mode: u32, frame: u32): u32 {
  let last = k;
  if (mode == MODE_CAPS) {
    last = capsEmployerEnd(k);
    if (last == 0) return 0;
    // (a record's word after the name is none of it: "CARRIER AMTRUST CLAIM # WC-7781")
    if (last > k && wordIn(last, "\u0005claim\u0006policy\u0006member\u0005group\u0007account")) last--;
    // (nor a core word the clause goes on after: "MY SHIFT AT AMAZON GOT MOVED")
    const n = last + 1;
    if (last > k && n <= k + LOOK_AHEAD && n < count && tight(n) && rd(tShape, n) == SH_UPPER && !wordIn(n, CAPS_EMPLOYER_STOPS) &&
      tierOf(rd(tData, last)) == 1 && nameStr(last) < 2 && placeStr(rd(tData, last)) < 2) last--;
  } else {
    let m = k + 1;
    while (m < count && m <= k + LOOK_AHEAD && (tight(m) || ampGap(m)) && !columnGap(m)) {
      const ms = rd(tShape, m);
      if ((ms == SH_CAP || ms == SH_UPPER) && (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) == 0) last = m;
      else if (ms == SH_LOWER && (wordIn(m, "\u0002of\u0003and\u0003for\u0002on") || (rd(tData, m) & F_PARTICLE) != 0)) {
        // (a joining word at the look-ahead's end: the name may go on out of view, "Iglesia Cristiana Fuente de Vida")
        if (m + 1 > k + LOOK_AHEAD) return 0;
        if (!tight(m + 1) || rd(tShape, m + 1) != SH_CAP || (rd(tData, m + 1) & F_MONTH) != 0 || endsWithAny(m + 1, "\u0004days", 2)) break;
      } else break;
      m++;
    }
  }
  if (wordIn(last, ACTIVITY_WORDS29)) return 0;
  // (stop 29 merge: and before one in lower case, a fellowship's meetings: "attends Al-Anon meetings")
  if (last + 1 < count && tight(last + 1) && rd(tShape, last + 1) == SH_LOWER &&
    wordIn(last + 1, "\u0008meetings\u0007meeting\u0008sessions\u0007classes")) return 0;
  const strict = frame == 2;
  let named = false;
  for (let m = k; m <= last; m++) {
    if (((rd(tData, m) | rd(tMw2, m) | rd(tMw3, m)) & F_FACILITY) != 0) return 0;
    if (strict ? orgDistinctWord29(m) : orgNamingWord29(m)) named = true;
  }
  if (!named) return 0;
  const d = rd(tData, k);
  if (last == k && tierOf(d) == 1 && nameStr(k) < 2 && placeStr(d) < 2) return 0;
  // (a person: a given name alone, or with a surname after it)
  if (firstStr(d) >= 2 && (last == k || (last == k + 1 && lastStr(rd(tData, last)) > 0))) return 0;
  return last;
}

/** (org29) Token k opens an organisation after a frame of affiliation (orgFrameEnd29): writes it and returns true. */
function orgFrame29(k: u32, mode: u32): bool {
  const frame = orgFrameBefore29(k, mode);
  if (frame == 0) return false;
  const last = orgFrameEnd29(k, mode, frame);
  if (last == 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 750, R_ORGANIZATION, k, last);
  return true;
}

// people whose organisation a note writes in brackets after their name: "doula Sky Delacourt (Mothering Roots Doula
// Collective)", "Rep Chad Whitlock (Zimmer Biomet)", "probation officer Mark Wheeler (Berks County Adult Probation)";
// the occupations of OCCUPATIONS too ("case manager Jane Roe (Elder Services)")
const BRACKET_ROLES29 = "\u0005doula\u0003rep\u000erepresentative\u000acaseworker\u0008advocate\u0009navigator\u0007liaison\u000binterpreter\u0007officer\u0009counselor\u0005coach\u0007sponsor\u0004aide\u0008chaplain\u0006pastor\u000bcoordinator";

/**
 * (org29) The last token of an organisation that token k opens right after "(", or 0, when the bracket follows a
 * person named after a role (BRACKET_ROLES29, one to three name tokens between: "doula Sunny Castellanos (Birthright
 * Doulas)", "Rep Chad Whitlock (Zimmer Biomet)"), an occupation ("LONG-HAUL TRUCK DRIVER (MIDWAY FREIGHTLINES)") or
 * "at work" ("CALLED AT WORK (BIOGEN, 617-...)"): up to four words of k's case closing the bracket or its first item,
 * one of them no English word or a name's or place's (orgDistinctWord29), or naming it (orgNamingWord29) beside an
 * organisation's head ("(Gentle Arrivals Doula Collective)"; "coach Tim Byrne (Varsity Soccer)" stays), none a role's or specialty's ending and the
 * last no activity; an organisation's head may stand among them, a facility's not. A clinician's bracket is
 * clinicianAffiliation()'s; "Dr. Lee (Cardiology)", "aide Mary Jones (Night Shift)" stay words. Also read by quiet().
 */
function roleBracketEnd29(k: u32, sh: u32, mode: u32): u32 {
  if (k == 0 || !exists(k - 1) || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0 || rd(tDone, k) != 0) return 0;
  let p = k - 1;
  if (wordIn(p, OCCUPATIONS)) {
    if (rd(tShape, p) != (mode == MODE_CAPS ? SH_UPPER : SH_LOWER)) return 0;
  } else if (wordIn(p, "\u0004work")) {
    if (p == 0 || !exists(p - 1) || !tight(p) || !wordIn(p - 1, "\u0002at")) return 0;
  } else {
    // back over the person's name to the role
    let n: u32 = 0;
    while (n < 3 && (rd(tDone, p) == ENTITY_NAME || rd(tShape, p) == SH_INITIAL) && p > 0 && exists(p - 1) && (tight(p) || rd(tGap, p) == G_HYPHEN)) {
      p--;
      n++;
    }
    if (n == 0 || !(wordIn(p, BRACKET_ROLES29) || wordIn(p, OCCUPATIONS))) return 0;
  }
  let last = k;
  while (last + 1 <= k + LOOK_AHEAD && last + 1 < count && (tight(last + 1) || ampGap(last + 1) || rd(tGap, last + 1) == G_HYPHEN) &&
    rd(tShape, last + 1) == sh) last++;
  const b = punctAfter(rd(tEnd, last));
  if ((b != 0x29 && b != 0x2c) || wordIn(last, ACTIVITY_WORDS29)) return 0;
  let named = false;
  let head = false;
  let common = false;
  for (let m = k; m <= last; m++) {
    // (an organisation's head belongs to the name, "(Mothering Roots Doula Collective)"; a facility's is the facility rules')
    const w = rd(tData, m) | rd(tMw2, m) | rd(tMw3, m);
    if (((w & F_ORG) == F_FACILITY) || endsWithAny(m, ROLE_ENDINGS, 3)) return 0;
    if ((w & F_ORG) == F_ORG) head = true;
    if (orgDistinctWord29(m)) named = true;
    else if (orgNamingWord29(m)) common = true;
  }
  return named || (head && common) ? last : 0;
}

/** (org29) Token k opens a role's organisation in brackets (roleBracketEnd29): writes it and returns true. */
function roleBracketOrg29(k: u32, sh: u32, mode: u32): bool {
  const last = roleBracketEnd29(k, sh, mode);
  if (last == 0) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 700, R_ORGANIZATION, k, last);
  return true;
}

/** (org29) quiet()'s test: orgFrame29() would write an organisation at token k. */
function orgFrame29Ahead(k: u32, sh: u32): bool {
  // (stop 35: orgFrameBefore29()'s first test before modeAt(): a frame word's gap)
  if (!tight(k)) return false;
  const mode = modeAt(k);
  if (!(sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && mode == MODE_CAPS)) return false;
  const frame = orgFrameBefore29(k, mode);
  return frame != 0 && orgFrameEnd29(k, mode, frame) != 0;
}

// ---- Stop 30: streets named without a house number in any frame of where (self-contained: framedStreet30) ----

// street types that name a street after one to three capitalised words whatever comes before them (in mixed case): the
// full words and abbreviations no clinical phrase puts after a capitalised word ("Mickle Blvd", "Tremont Street")
const FRAMED_TYPES30 = "\u0006street\u0002st\u0006avenue\u0003ave\u0004road\u0002rd\u0009boulevard\u0004blvd\u0004lane\u0002ln\u0007highway\u0003hwy\u0007parkway\u0004pkwy\u0008turnpike\u0004tpke\u0007terrace";
// in ALL CAPS, the words of where before a street ("ON" is decide()'s own frame): at near behind under down up from to
// across off along past toward via outside
const CAPS_STREET_FRAMES30 = "\u0002at\u0004near\u0006behind\u0005under\u0004down\u0002up\u0004from\u0002to\u0006across\u0003off\u0005along\u0004past\u0006toward\u0003via\u0007outside";
// the most common words of US street names, which are English words too: in ALL CAPS "ST" after one of them is a
// street ("BEHIND THE BAR, MAIN ST."), after another English word a segment of an ECG ("INFERIOR ST.")
const STREET_NAME_WORDS30 = "\u0004main\u0003elm\u0003oak\u0005maple\u0004pine\u0005cedar\u0006church\u0004high\u0005water\u0004mill\u0006school\u0004park\u0006spring\u0006market\u0005front\u0005union\u0006center\u0006centre\u0005broad\u0006bridge\u0005state\u0008chestnut\u0006walnut\u0006spruce\u0006willow\u0004lake\u0004hill\u0005river\u0006summer\u0006winter\u0004pond\u0005canal\u0004mass";

/**
 * (stop 30) Token k, a street type of FRAMED_TYPES30, closes a street named without a house number in a frame other
 * than decide()'s "on"/"off"/"along": one to three capitalised words (or ordinals, "West 104th Street") after a lower-case
 * word, a comma or a bracket, never at a sentence's start ("EMS picked him up near Blue Hill Avenue", "found behind the
 * bar, Main St. by EMS", "Drawn at Labcorp Brookline Ave PSC", "moved from Harvard Avenue to Beacon Street"). In ALL CAPS
 * only the abbreviations after a word of where or a comma ("PT FOUND AT MICKLE BLVD, CAMDEN", "THE BAR, MAIN ST."), a
 * full type only after a name, a place or a word no list has, and "ST" only after such a word or a common street word.
 * "St" closes its phrase (not "St. Mary's"). Writes the street and returns true.
 */
function framedStreet30(k: u32, sh: u32, mode: u32): bool {
  const caps = mode == MODE_CAPS && sh == SH_UPPER;
  if (!(mode == MODE_MIXED && sh == SH_CAP || caps) || k == 0 || !wordIn(k, FRAMED_TYPES30)) return false;
  const abbr = wordIn(k, CAPS_ON_ABBR);
  if (caps && !abbr && !wordIn(k, CAPS_ON_FULL)) return false;
  let first = k;
  let named = false;
  let m = k - 1;
  while (k - m <= 3 && exists(m)) {
    const md = rd(tData, m);
    const ms = rd(tShape, m);
    const word = ms == sh && (md & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_UNIT | F_VERB_BY | F_BOX | F_NOT_NAME | F_ALLOW |
      F_STREET_PREFIX | F_LOC_CUE)) == 0 && !medicalShape(m) && !wordIn(m, HOME_DETERMINERS) && !wordIn(m, "\u0003the");
    if (!(word || ordinalAt(m) || (first < k && directionLetter(m)))) break;
    if (tierOf(md) == 0 || placeStr(md) > 0 || nameStr(m) >= 2 || ordinalAt(m)) named = true;
    first = m;
    if (!tight(m) || m == 0) break;
    m--;
  }
  if (first == k || sentenceStart(first)) return false;
  const g = rd(tGap, first);
  let framed = (g & G_COMMA) != 0 || punctBefore(rd(tStart, first)) == 0x28;
  // (the second street of a crossing: "MVC AT ROUTE 9 AND OAK STREET")
  const crossing = tight(first) && exists(first - 1) && crossStreet(first - 1);
  if (!framed && tight(first) && exists(first - 1)) {
    framed = crossing || (caps ? wordIn(first - 1, CAPS_STREET_FRAMES30) : rd(tShape, first - 1) == SH_LOWER);
  }
  if (!framed) return false;
  if (caps && !named && !crossing && !(abbr && wordIn(first, STREET_NAME_WORDS30))) return false;
  if (!stCloses(k)) return false;
  spanDone(rd(tStart, first), rd(tEnd, k), ENTITY_LOCATION, 850, R_ADDRESS, first, k);
  if (!(k + 1 < count && wordIn(k + 1, STREET_CLOSERS))) startTail(k);
  return true;
}

// ---- Stop 30: a census line's patient after the bed or room (self-contained: bedName30) ----

// bed room rm bay
const BED_WORDS30 = "\u0003bed\u0004room\u0002rm\u0003bay";

/**
 * (stop 30) Token k names the patient of a census or handoff line: "Bed 3: Oyelowo-Banks, CHF", "rm 402 oyelowo-banks -
 * chf", "ROOM 12 - KOWALCZYK". "Bed", "Room", "Rm" or "Bay" opens the line or follows a line's mark, then its number
 * (a letter glued on: "401a"), then a colon, a dash or a blank, then k: a capitalised word in mixed case, or in ALL
 * CAPS and lower case a word no English list holds or a strong name, never a title, credential, month or medical word
 * ("Bed 3: Empty", "BED 4: CLEAN", "rm 12: isolation"). A hyphen's second half joins the name. Writes it and returns true.
 */
function bedName30(k: u32, sh: u32, mode: u32): bool {
  if (k < 2 || !exists(k - 2) || sh != textShape(mode)) return false;
  const n = k - 1;
  const ns = rd(tShape, n);
  if (!(ns == SH_NUM || ns == SH_OTHER && byteAt(rd(tStart, n)) - 0x30 < 10) || rd(tEnd, n) - rd(tStart, n) > 5 || !tight(n) ||
    !wordIn(k - 2, BED_WORDS30) || !(lineStart(k - 2) || (rd(tGap, k - 2) & (G_SENT | G_OTHER)) != 0)) return false;
  const g = rd(tGap, k);
  // (a blank or a colon right before the name: "Room 3-West 310" is a unit's wing)
  const bb = byteAt(rd(tStart, k) - 1);
  if ((g & (G_NEWLINE | G_FAR)) != 0 || (g & (G_SENT | G_COLON)) == G_SENT || !(bb == 0x20 || bb == 0x3a || bb == 0x09)) return false;
  const d = rd(tData, k);
  if ((d & (F_TITLE | F_CRED | F_CUE | F_MONTH | F_UNIT | F_NOT_NAME | F_ALLOW | F_FACILITY)) != 0 || medicalShape(k)) return false;
  if (sh != SH_CAP && !(tierOf(d) == 0 && rd(tEnd, k) - rd(tStart, k) >= 3 || nameStr(k) >= 2)) return false;
  if (sh == SH_CAP && tierOf(d) == 1 && nameStr(k) == 0) return false;
  let last = k;
  if (k + 1 < count && (rd(tGap, k + 1) & G_HYPHEN) != 0 && rd(tStart, k + 1) == rd(tEnd, k) + 1 && rd(tShape, k + 1) == sh) last = k + 1;
  // (and the given name after the surname's comma: "rm 514 tanaka-ellis, george 94m")
  if (last + 1 < count && (rd(tGap, last + 1) & (G_NEWLINE | G_FAR | G_SENT | G_COLON | G_COMMA)) == G_COMMA &&
    rd(tShape, last + 1) == sh && firstStr(rd(tData, last + 1)) > 0 && (rd(tData, last + 1) & CONTEXT_WORDS) == 0) last = last + 1;
  span(rd(tStart, k), rd(tEnd, last), ENTITY_NAME, 750, R_NEIGHBOUR, true);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

// ---- Stop 30: "LAST, FIRST" with name particles and hyphenated given names (self-contained: particleLastFirst30) ----

/**
 * (stop 30) Token k opens the value of a person's field: a colon after a person's label ("Patient:", "Dictated By:",
 * "Signed:", the test of labelLastFirst()), or a title right before it ("Dr. van der Berg").
 */
function personFieldAt30(k: u32): bool {
  if (k == 0 || !exists(k - 1) || (rd(tGap, k) & (G_NEWLINE | G_FAR)) != 0) return false;
  const pd = rd(tData, k - 1);
  // (a title's period is no sentence's end: "Dr. St. Pierre")
  if ((rd(tGap, k) & G_COLON) == 0) return (rd(tGap, k) & (G_COMMA | G_OTHER | G_HASH)) == 0 && (pd & F_TITLE) != 0;
  return (pd & F_CUE) != 0 && (pd & F_LOC_CUE) == 0 || (pd & F_BY) != 0 && k >= 2 && exists(k - 2) && tight(k - 1) &&
    (rd(tData, k - 2) & F_VERB_BY) != 0 || wordIn(k - 1, "\u0006signed\u0008cosigned");
}

/** (stop 30) Token m, glued by a hyphen to the token before it in the same shape: the second half of a name. */
function hyphenHalf30(m: u32, sh: u32): bool {
  return m < count && (rd(tGap, m) & G_HYPHEN) != 0 && rd(tStart, m) == rd(tEnd, m - 1) + 1 && byteAt(rd(tEnd, m - 1)) == 0x2d &&
    (rd(tShape, m) == sh || sh == SH_CAP && rd(tShape, m) == SH_LOWER) && rd(tEnd, m) - rd(tStart, m) >= 2;
}

/**
 * (stop 30) A given name after "LAST," in a person's field, a hyphenated one included, the field ending after it (or its
 * second given name or initial): returns the last token of the given name(s) starting at f, or 0 ("ANGEL", "Rosa María",
 * "SOO-JIN", "Jacques"). A core English word is a given name here, as the field's label says a person follows.
 */
function givenAfterComma30(f: u32, sh: u32): u32 {
  if (f >= count || (rd(tGap, f) & ~G_COMMA) != 0 || rd(tStart, f) - rd(tEnd, f - 1) > 3 || rd(tShape, f) != sh) return 0;
  const fd = rd(tData, f);
  if ((fd & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 || medicalShape(f) || !(firstStr(fd) > 0 || tierOf(fd) == 0)) return 0;
  let l = f;
  if (hyphenHalf30(l + 1, sh)) l++;
  if (fieldEndsAfter(l, MODE_CAPS)) return l;
  // (a second given name or a middle initial, then the field's end)
  const m = l + 1;
  if (m < count && tight(m) && (rd(tShape, m) == SH_INITIAL || rd(tShape, m) == sh && firstStr(rd(tData, m)) > 0 &&
    (rd(tData, m) & (CONTEXT_WORDS | F_NOT_NAME)) == 0) && fieldEndsAfter(m, MODE_CAPS)) return m;
  return 0;
}

/**
 * (stop 30) Token k, a name particle ("de", "van", "St."), opens a person's field: the particles (three at most), the
 * surname, and after its comma the given name when the field ends after it ("Patient: de la Cruz, Rosa María", "PATIENT:
 * DE JESUS, ANGEL", "Patient: Van der Berg, Pieter", "Patient: St. Pierre, Jacques", "Seen by Dr. van der Berg"). The
 * surname rules began at the word after the particles, and a core English word after the comma was lost. Writes the
 * name and returns true.
 */
function particleLastFirst30(k: u32, sh: u32): bool {
  // (two letters at least: "y" and a lone letter after a title are no particle, "Dr. Y then")
  if ((rd(tData, k) & F_PARTICLE) == 0 || rd(tEnd, k) - rd(tStart, k) < 2 || !personFieldAt30(k)) return false;
  // (the particle is the surname itself: "Patient: LE, THI MAI", "Name: Du, Wei")
  if (k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && sh != SH_LOWER && rd(tEnd, k) - rd(tStart, k) >= 2) {
    const g = givenAfterComma30(k + 1, sh);
    if (g == 0) return false;
    span(rd(tStart, k), rd(tEnd, g), ENTITY_NAME, 850, R_NEIGHBOUR, true);
    for (let q = k; q <= g; q++) wr(tDone, q, ENTITY_NAME);
    return true;
  }
  let m = k + 1;
  while (m < count && m <= k + 2 && tight(m) && (rd(tData, m) & F_PARTICLE) != 0 && (rd(tShape, m) == SH_LOWER || rd(tShape, m) == sh)) m++;
  if (m >= count || !(tight(m) || byteAt(rd(tStart, m) - 1) == 0x20 && byteAt(rd(tStart, m) - 2) == 0x2e)) return false;
  const ms = rd(tShape, m);
  const md = rd(tData, m);
  // (a verb after a surname that is a particle is no surname: "DR. LE WILL SEE HER"; a core word needs a name's strength)
  if (!(ms == SH_CAP || ms == SH_UPPER) || rd(tEnd, m) - rd(tStart, m) < 2 || medicalShape(m) ||
    (md & CONTEXT_WORDS & ~(F_COUNTRY | F_STATE | F_PARTICLE)) != 0 || (md & (F_NOT_NAME | F_ALLOW)) != 0 ||
    wordIn(m, MODAL_WORDS) || tierOf(md) == 1 && nameStr(m) == 0) return false;
  let last = m;
  if (hyphenHalf30(last + 1, ms)) last++;
  if (last + 1 < count && (rd(tGap, last + 1) & G_COMMA) != 0) {
    const g = givenAfterComma30(last + 1, ms);
    if (g != 0) last = g;
  }
  if (pType == ENTITY_NAME && pEnd > rd(tStart, k)) pStart = rd(tStart, k);
  span(rd(tStart, k), rd(tEnd, last), ENTITY_NAME, 850, R_NEIGHBOUR, true);
  for (let q = k; q <= last; q++) wr(tDone, q, ENTITY_NAME);
  return true;
}

/**
 * (stop 30) Token k is a hyphenated given name's first half after "LAST," in a person's field, the name just decided
 * ("Patient: KIM, SOO-JIN", "Name: Park, Ji-Hoon"): the neighbour rules read "SOO" alone and stopped at the hyphen.
 * Writes it with its second half and returns true.
 */
function hyphenFirstAfterComma30(k: u32, sh: u32): bool {
  if (k < 2 || pType != ENTITY_NAME || pEnd != rd(tEnd, k - 1) || (rd(tGap, k) & ~G_COMMA) != 0 || !hyphenHalf30(k + 1, sh) ||
    !personFieldAt30(k - 1)) return false;
  const l = givenAfterComma30(k, rd(tShape, k - 1));
  if (l == 0) return false;
  span(rd(tStart, k), rd(tEnd, l), ENTITY_NAME, 850, R_NEIGHBOUR, true);
  for (let q = k; q <= l; q++) wr(tDone, q, ENTITY_NAME);
  return true;
}

// ---- Stop 30: a county or state road named by its number alone (self-contained: countyRoad30) ----

/**
 * (stop 30) Token k, "County", "State" or "Township", opens a numbered road with no house number before it: "MVC vs tree
 * on County Road 12 near Ashford", "LIVES OFF STATE ROUTE 9" (the county rule read "ON COUNTY" as a county, and the
 * street rules stopped before the number). With a house number before it the address rules take the whole line. Writes
 * the road and returns true.
 */
function countyRoad30(k: u32, sh: u32): bool {
  if (!(sh == SH_CAP || sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || k + 2 >= count || !tight(k + 1) || !tight(k + 2) ||
    rd(tShape, k + 2) != SH_NUM || rd(tEnd, k + 2) - rd(tStart, k + 2) > 4 || !wordIn(k, "\u0006county\u0005state\u0008township") ||
    !wordIn(k + 1, "\u0004road\u0002rd\u0005route\u0003rte\u0007highway\u0003hwy")) return false;
  if (k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM) return false;
  if (rd(tShape, k + 1) != sh) return false;
  spanDone(rd(tStart, k), rd(tEnd, k + 2), ENTITY_LOCATION, 850, R_ADDRESS, k, k + 2);
  startTail(k + 2);
  return true;
}

// (stop 31) Words that say how or when after a relative's given name, never a surname there: still also too here there
// now today tonight again already soon later well back home alone together tomorrow yesterday asap (and every word in
// -ly: "WEEKLY", "EARLY", "DAILY")
const KIN_ADVERBS31 = "\u0005still\u0004also\u0003too\u0004here\u0005there\u0003now\u0005today\u0007tonight\u0005again\u0007already\u0004soon\u0005later\u0004well\u0004back\u0004home\u0005alone\u0008together\u0008tomorrow\u0009yesterday\u0004asap";

/** (stop 31) Token n, after a relative's given name, says how or when ("WIFE JOY STILL AT BEDSIDE", "NURSE PALOMA WEEKLY"). */
function kinAdverb31(n: u32): bool {
  return endsWithAny(n, "\u0002ly", 2) || wordIn(n, KIN_ADVERBS31);
}

/**
 * (stop 31) In lower-case text, a signature's name before its credential: a given name (or an initial and its period)
 * and a surname, token k, opening a line or a label's field, then a comma and a credential that closes the line or is
 * followed by a date, a number, a bracket, another credential or a column gap: "grace hill, md 03/02/2026 14:07",
 * "co-signed: frank bell, otr/l", "referring: mercy lamb, np, columbia county family medicine", "j. sharp, np". Both
 * words may be core English words, which no other lower-case rule takes. Not a clause ("call back, np to review": a word
 * goes on after the credential). Writes the NAME and returns true.
 */
function lowerSignature31(k: u32): bool {
  const j = k + 1;
  // (the given name may be decided already: "sincerely,\njudith sharp, aprn")
  if (!credAt(j, MODE_LOWER) || (rd(tDone, k - 1) != 0 && rd(tDone, k - 1) != ENTITY_NAME) || rd(tShape, k - 1) != SH_LOWER) return false;
  const d = rd(tData, k);
  if ((d & (F_NOT_NAME | CONTEXT_WORDS)) != 0 || !(lastStr(d) > 0 || tierOf(d) == 0) || rd(tEnd, k) - rd(tStart, k) < 2) return false;
  let f = k - 1;
  const fd = rd(tData, f);
  // (an initial and its period: "j. sharp, np")
  const e0 = rd(tEnd, f);
  const initial = e0 - rd(tStart, f) == 1 && byteAt(e0) == 0x2e && rd(tStart, k) == e0 + 2;
  if (!initial && (!tight(k) || firstStr(fd) == 0 || (fd & (F_NOT_NAME | CONTEXT_WORDS)) != 0)) return false;
  // (a second given name before: "mary ann hill, rn")
  if (!initial && f > 0 && exists(f - 1) && tight(f) && rd(tShape, f - 1) == SH_LOWER && firstStr(rd(tData, f - 1)) != 0 &&
    (rd(tData, f - 1) & (F_NOT_NAME | CONTEXT_WORDS)) == 0 && (rd(tGap, f - 1) & (G_NEWLINE | G_START | G_COLON)) != 0) f--;
  if ((rd(tGap, f) & (G_NEWLINE | G_START | G_COLON)) == 0) return false;
  // what follows the credential ("m.d." is two tokens)
  const a = dottedCred(j) ? j + 2 : j + 1;
  // (a state's code that is also a credential, then its ZIP: "camp hill, pa 17011" is a town)
  if (a < count && (rd(tData, j) & F_STATE) != 0 && rd(tShape, a) == SH_NUM && rd(tEnd, a) - rd(tStart, a) == 5) return false;
  if (a < count) {
    const g = rd(tGap, a);
    const s = rd(tStart, a);
    if ((g & (G_NEWLINE | G_COMMA | G_OTHER | G_FAR | G_SENT)) == 0 && rd(tShape, a) != SH_NUM && !credAt(a, MODE_LOWER) &&
      !(s >= 2 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0x20)) return false;
  }
  span(rd(tStart, f), rd(tEnd, k), ENTITY_NAME, 800, R_CREDENTIAL);
  for (let m = f; m <= k; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

/** (stop 31) Token k's town goes on with a feature word in lower case right after it ("haddam landing"): its token, or k. */
function lowerTownSuffix31(k: u32): u32 {
  const n = k + 1;
  return n < count && tight(n) && rd(tShape, n) == SH_LOWER && wordIn(n, TOWN_SUFFIXES) ? n : k;
}

// ---- Stop 32, places and ages round (loc32): state codes before a ZIP, numbered roads, lakes, quarters, streets ----

/**
 * (stop 32) Token k, a two-letter state code, has its five-digit ZIP right after it: "fairhaven mills, pa 17342",
 * "towson, md 21204". A code that is also a credential ("pa", "md") is a state there, no signature's credential.
 */
function stateZip32(k: u32): bool {
  const n = k + 1;
  return rd(tEnd, k) - rd(tStart, k) == 2 && n < count && rd(tShape, n) == SH_NUM && rd(tEnd, n) - rd(tStart, n) == 5 && tight(n);
}

// (stop 32) words of where before a road, a lake or a street: on off along near from to at via by in
const WHERE_WORDS32 = "\u0002on\u0003off\u0005along\u0004near\u0004from\u0002to\u0002at\u0003via\u0002by\u0002in";

/** (stop 32) Token k's shape is its text's own: capitalised in mixed case, capitals in ALL CAPS, lower case in lower case. */
function ownCase32(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  return sh == textShape(mode);
}

/**
 * (stop 32) The places round's rules at token k, called from step() behind its length and first two letters (c is the
 * first, lower-cased): a state or US road by its number, a lake by its name, a compass quarter of a town, a street after
 * an abbreviated direction and its period, a place after "returning from". Returns true when one wrote.
 */
function places32(k: u32, len: u32, c: u32, sh: u32): bool {
  if (len == 1) return c == 0x75 ? usDotted33(k) : dottedStreet32(k);
  if (c == 0x72) return rtRoadLoc40(k, sh);
  if (len == 2) return roadPrefix32(k, sh, len) || roadCode33(k, sh) || roadCommaLoc41(k, sh);
  if (len == 5 && c == 0x73 && k + 2 < count && rd(tShape, k + 2) == SH_NUM) {
    if (roadPrefix32(k, sh, len)) return true;
  }
  if (c == 0x68 || c == 0x67 || c == 0x71 || c == 0x6d || c == 0x6c && (byteAt(rd(tStart, k) + 2) | 0x20) == 0x64) return devotional34(k, sh);
  return framedPlace32(k, c, sh);
}

// second words after "Holy" of hospitals', churches' and schools' names ("Holy Cross", "HOLY FAMILY", "Holy Redeemer")
const HOLY_NAMES34 = "\u0005cross\u0006family\u0004name\u0008redeemer\u0006spirit\u0009comforter\u0007trinity\u0006rosary\u0009innocents";

/**
 * (stop 34) Token k opens a hospital's, church's or school's devotional name (called from places32() behind the first
 * two letters): "Our Lady of [the] X [Y]" anywhere, read at "Lady" ("Beau Fontenot, MD — Our Lady of the Lake", "seen at Our Lady of
 * Lourdes on 3/4"); and after a word of where, or opening its phrase after a comma, a bracket or a dash, closing it or
 * going on with a lower-case word (mixed case), a function word or a place's closer: "Holy" and a word of HOLY_NAMES34,
 * "Good Samaritan", "Good Shepherd", "Sacred Heart" (read at "Heart"), "Queen of [the] X", "Mercy" alone: "admitted to
 * Good Samaritan last week", "(overdose, Sacred Heart).", "an RN at Queen of Angels.", "DEATH SUMMARY - HOLY COMFORTER
 * (MEADOWBROOK)", "taken to Mercy by ambulance". Every word in the letter case of the text's names. Not "filled with the
 * Holy Spirit", "a Good Samaritan called 911", "prayed to the Sacred Heart of Jesus", "at the mercy of", "Mercy Hospital"
 * (the facility rules'). Writes a facility and returns true.
 */
function devotional34(k: u32, sh: u32): bool {
  if (sh == SH_INITIAL || sh == SH_NUM || sh == SH_OTHER || rd(tDone, k) != 0) return false;
  const mode = modeAt(k);
  if (sh != textShape(mode)) return false;
  let f = k;
  let last = k;
  let lady = false;
  if (wordIn(k, "\u0004lady")) {
    // "Our Lady of [the] X [Y]", read at "Lady" (the decision sees three tokens ahead)
    if (k + 2 >= count || !exists(k - 1) || !wordIn(k - 1, "\u0003our") || rd(tShape, k - 1) != sh || rd(tDone, k - 1) != 0 ||
      !wordIn(k + 1, "\u0002of") || !tight(k) || !tight(k + 1) || !tight(k + 2)) return false;
    f = k - 1;
    let m = k + 2;
    if (wordIn(m, "\u0003the") && m + 1 < count && tight(m + 1)) m++;
    if (!tight(m) || rd(tShape, m) != sh || (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
    last = m;
    if (m + 1 < count && tight(m + 1) && rd(tShape, m + 1) == sh && (rd(tData, m + 1) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_FACILITY |
      F_FAC_MOD)) == 0 && tierOf(rd(tData, m + 1)) != 1) last = m + 1;
    lady = true;
  } else if (wordIn(k, "\u0004holy")) {
    if (k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != sh || !wordIn(k + 1, HOLY_NAMES34)) return false;
    last = k + 1;
  } else if (wordIn(k, "\u0004good")) {
    if (k + 1 >= count || !tight(k + 1) || rd(tShape, k + 1) != sh || !wordIn(k + 1, "\u0009samaritan\u0008shepherd")) return false;
    last = k + 1;
  } else if (wordIn(k, "\u0005heart")) {
    if (k == 0 || !exists(k - 1) || !tight(k) || rd(tShape, k - 1) != sh || !wordIn(k - 1, "\u0006sacred") || rd(tDone, k - 1) != 0) return false;
    f = k - 1;
  } else if (wordIn(k, "\u0005queen")) {
    if (k + 2 >= count || !wordIn(k + 1, "\u0002of") || !tight(k + 1) || !tight(k + 2)) return false;
    let m = k + 2;
    if (wordIn(m, "\u0003the") && m + 1 < count && tight(m + 1)) m++;
    if (!tight(m) || rd(tShape, m) != sh || (rd(tData, m) & (F_TITLE | F_CUE | F_CRED | F_MONTH)) != 0) return false;
    last = m;
  } else if (!wordIn(k, "\u0005mercy")) return false;
  if (!lady) {
    // a word of where before it, or a comma, a bracket, a dash or a line's start, the phrase closing after it
    if (f == 0 || !exists(f - 1)) return false;
    const g = rd(tGap, f);
    const framed = tight(f) && (wordIn(f - 1, WHERE_WORDS32) || wordIn(f - 1, WHERE_FRAMES));
    if (!framed && !(((g & (G_COMMA | G_NEWLINE | G_OTHER)) != 0 || (g & G_HYPHEN) != 0 && rd(tStart, f) - rd(tEnd, f - 1) >= 3) &&
      breakAfter(last))) return false;
    if (last + 1 < count && !breakAfter(last)) {
      const n = last + 1;
      const ns = rd(tShape, n);
      if (!(ns == SH_LOWER && mode != MODE_LOWER || ns == SH_NUM || wordIn(n, PLACE_CLOSERS) || wordIn(n, NAME_FUNCTION_WORDS) || wordIn(n, "\u0002by") ||
        (rd(tData, n) & (F_LOC_CUE | F_MONTH)) != 0)) return false;
      // ("at the mercy of": the case already refused it; "Mercy of" is no hospital either)
      if (wordIn(n, "\u0002of")) return false;
    }
  }
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 750, R_FACILITY, f, last);
  return true;
}

/**
 * (stop 32) Token k, "State" or "US", opens a numbered road without a house number: "on State Route 9", "LIVES OFF STATE
 * ROUTE 9", "crash on US Route 1", "on us hwy 1" (in lower case after a word of where). "State" alone was a quiet core
 * word that never reached countyRoad30(); "gave us route 2 of" has no word of where.
 */
function roadPrefix32(k: u32, sh: u32, len: u32): bool {
  if (k + 2 >= count || rd(tShape, k + 2) != SH_NUM) return false;
  if (len == 5) return countyRoad30(k, sh);
  if (!tight(k + 1) || !tight(k + 2) || rd(tEnd, k + 2) - rd(tStart, k + 2) > 3 || !wordIn(k, "\u0002us") || !wordIn(k + 1, NUMBERED_ROADS) ||
    k > 0 && exists(k - 1) && rd(tShape, k - 1) == SH_NUM) return false;
  const ns = rd(tShape, k + 1);
  if (sh == SH_UPPER ? ns == SH_LOWER : !(sh == SH_LOWER && modeAt(k) == MODE_LOWER && ns == SH_LOWER && k > 0 && exists(k - 1) &&
    tight(k) && wordIn(k - 1, WHERE_WORDS32))) return false;
  spanDone(rd(tStart, k), rd(tEnd, k + 2), ENTITY_LOCATION, 850, R_ADDRESS, k, k + 2);
  startTail(k + 2);
  return true;
}

/** (stop 32) Token m may name a lake or a travel's place: a word no list has, or a town of the gazetteer that is no core word. */
function placeWord32(m: u32): bool {
  const md = rd(tData, m);
  return unknownWord(m) || placeStr(md) > 0 && tierOf(md) != 1 && (md & ((CONTEXT_WORDS & ~F_STATE) | F_NOT_NAME)) == 0;
}

/**
 * (stop 32) Token k, a compass letter and its period ("s.", "E."), opens a street without a house number after a word of
 * where: one or two words in the text's own case, then the street type, closing the phrase: "labcorp on s. governors
 * ave.", "LIVES ON N. MAPLE ST,", "drop off at S. Governors Ave". Not "on s. aureus coverage" (no street type).
 */
function dottedStreet32(k: u32): bool {
  const e = rd(tEnd, k);
  const n = k + 1;
  if (rd(tStart, n) != e + 2 || byteAt(e) != 0x2e || (rd(tData, k) & F_DIRECTION) == 0 || !tight(k) || !wordIn(k - 1, WHERE_WORDS32) ||
    // (the letter in the text's case: lower case in lower-case text, a capital otherwise)
    (modeAt(k) == MODE_LOWER) != (byteAt(rd(tStart, k)) >= 0x61)) return false;
  for (let m = n; m < count && m <= n + 2; m++) {
    const md = rd(tData, m);
    if (m > n && !tight(m) || !ownCase32(m, rd(tShape, m))) return false;
    if (m > n && (md & (F_STREET | F_STREET_ABBR)) != 0) {
      if (!phraseEndsAfter(m)) return false;
      spanDone(rd(tStart, k), rd(tEnd, m), ENTITY_LOCATION, 750, R_ADDRESS, k, m);
      return true;
    }
    if ((md & (CONTEXT_WORDS | F_NOT_NAME)) != 0) return false;
  }
  return false;
}

// (stop 32) words of coming back before "from": returning returned back home
const BACK_WORDS32 = "\u0009returning\u0008returned\u0004back\u0004home";

/**
 * (stop 32) Token k (c its first letter, lower-cased) frames a place in the text's own case: "lake" after a word of
 * where, then one or two words that may name it ("SWAM IN LAKE BOSOMTWE", "at lake winnipesaukee"; mixed case reads the
 * capitals already); "from" after a word of coming back, then one or two such words closing the phrase ("since
 * returning from cancun on 5/29", "back from Tulum"; in ALL CAPS a gazetteer town only); a compass word after "in" or
 * "from", then "side" or "end" closing the phrase, a town's quarter ("in south side.", "GREW UP IN NORTH END,"). Not "a
 * lake of fluid", "in lake water", "returning from home", "back from PT", "in the south", "in south end of the wound".
 * Writes the place and returns true.
 */
function framedPlace32(k: u32, c: u32, sh: u32): bool {
  const n = k + 1;
  if (!tight(k) || !tight(n) || !exists(k - 1)) return false;
  const ns = rd(tShape, n);
  let f = k;
  let last = n;
  if (c == 0x6c || c == 0x66) {
    const lake = c == 0x6c;
    if (!(lake ? ns == sh && sh != SH_CAP && wordIn(k, "\u0004lake") && wordIn(k - 1, WHERE_WORDS32) :
      wordIn(k, "\u0004from") && wordIn(k - 1, BACK_WORDS32) && rd(tDone, n) == 0) || !ownCase32(n, ns)) return false;
    last = k;
    for (let m = n; m < count && m <= k + 2 && tight(m) && rd(tShape, m) == ns && placeWord32(m) &&
      (lake || ns != SH_UPPER || placeStr(rd(tData, m)) > 0); m++) last = m;
    if (last == k || !lake && !phraseEndsAfter(last)) return false;
    if (!lake) f = n;
  } else if (ns != sh || !ownCase32(k, sh) || !wordIn(k, "\u0005north\u0005south\u0004east\u0004west") ||
    !wordIn(n, "\u0004side\u0003end") || !wordIn(k - 1, "\u0002in\u0004from") || !phraseEndsAfter(n)) return false;
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 600, R_CITY, f, last);
  return true;
}

/**
 * (stop 32) In lower-case text, the address tail's town after the street's or a unit's comma, past what the older
 * branches take: one to three lower-case words closing the phrase, the last a town's feature word ("9 wharf street,
 * carrow junction", "1142 old turnpike rd, harmony falls (doublewide", "hc 61 box 14, calloway forks"), or every word
 * no core English word, or one a word no list has and no name ("7 canterbury mews, holliston green,"), or a gazetteer
 * town of two words. No determiner, function word, clinical word or word of a role: "12 oak st, near the valley", "22
 * elm st, mary called". Returns the town's last token, or 0.
 */
function lowerTown32(k: u32): u32 {
  let unknown = false;
  let core = false;
  for (let m = k; m < count && m <= k + 2; m++) {
    if (m > k && (!tight(m) || rd(tShape, m) != SH_LOWER)) return 0;
    const md = rd(tData, m);
    // (stop 36: a state's code and a ZIP of five digits close the town, whatever its words: "5 tanager way, reading ma
    // 01867")
    if (m > k && (md & F_STATE) != 0 && stateZip32(m)) return m - 1;
    if ((md & ((CONTEXT_WORDS & ~F_PLACE_SUFFIX) | F_NOT_NAME)) != 0 || rd(tEnd, m) - rd(tStart, m) < 3 || wordIn(m, NAME_DETERMINERS) ||
      wordIn(m, NAME_FUNCTION_WORDS) || medicalShape(m)) return 0;
    if (tierOf(md) == 1) core = true;
    else if (unknownWord(m) && nameStr(m) == 0) unknown = true;
    // (stop 38: a ZIP code of five digits closing the phrase closes the town, whatever its words: "5230 w desert inn rd,
    // apt 118, las vegas 89146.", "19 falls rd apt 2c, lutherville 21093")
    if (zipAfter38(m)) return m;
    if (breakAfter(m)) {
      return unknown || !core || m > k && (wordIn(m, TOWN_SUFFIXES) || wordIn(m, TOWN_SUFFIXES_27) || m == k + 1 && placeStr(rd(tMw2, m)) > 0) ? m : 0;
    }
  }
  return 0;
}

/**
 * (stop 38) Token m is followed by a ZIP code that closes its phrase: five digits after one blank, then the line's or
 * the input's end, a punctuation mark or a column gap, or "-" and four digits ("las vegas 89146.", "lutherville 21093
 * ph 443-555-0116" has a column gap after it). A count or a dose is no ZIP ("rm 12345 bed", "given 10000 units").
 */
function zipAfter38(m: u32): bool {
  const z = m + 1;
  if (z >= count || rd(tShape, z) != SH_NUM || rd(tStart, z) != rd(tEnd, m) + 1 || byteAt(rd(tEnd, m)) != 0x20) return false;
  // (a ZIP+4 read as one token: "01970-2231")
  if (rd(tEnd, z) - rd(tStart, z) == 10) return byteAt(rd(tStart, z) + 5) == 0x2d && (breakAfter(z) || z + 1 < count && columnGap(z + 1));
  if (rd(tEnd, z) - rd(tStart, z) != 5) return false;
  if (breakAfter(z) || z + 1 < count && columnGap(z + 1)) return true;
  return z + 1 < count && rd(tStart, z + 1) == rd(tEnd, z) + 1 && byteAt(rd(tEnd, z)) == 0x2d && rd(tShape, z + 1) == SH_NUM &&
    rd(tEnd, z + 1) - rd(tStart, z + 1) == 4;
}

// (stop 38) words of travel before "from" (with VISIT_WORDS within four tokens): drove driving driven came coming
// visiting flew flying transferred transported brought moved relocated returning arriving
const TRAVEL_WORDS38 = "\u0005drove\u0007driving\u0006driven\u0004came\u0006coming\u0008visiting\u0004flew\u0006flying\u0006walked\u0008returned\u0009returning\u0008arriving\u0007arrived\u0005moved\u0009relocated";

// (stop 38) times that close a town's phrase after travel ("flying in from montreal tonight"): tonight today tomorrow
// yesterday morning evening afternoon weekend
const TIME_AFTER38 = "\u0007tonight\u0005today\u0008tomorrow\u0009yesterday\u0007morning\u0007evening\u0009afternoon\u0007weekend";

/**
 * (stop 38) Token k, after "from" in a travel's frame (a word of travel within seven tokens before it in its sentence,
 * or a visit's within four: "who drove her from Cheviot.", "dtr yolanda visiting from fort lupine.", "SON DRIVING IN
 * FROM LAKE ORRIN HEIGHTS."), opens a town of one to three words in the text's own case (capitalised in mixed case),
 * closing its phrase: a town's prefix word may open it ("fort", "port", "lake", "mount"), each other word is a place's, a
 * name's or one no list has, no context, medical, function or determiner word, and one at least no core English word
 * ("drove from work.", "came from home", "visiting from out of town", "flew in from Florida", a state's or country's
 * name, stay). Or after "in" or "near" and a residence verb, two words or three ending in a town's feature word ("lives
 * out near Bitter Creek with her son"; "lives near the creek", "lives in senior housing" stay). Writes the town and
 * returns true.
 */
function travelTown38(k: u32, sh: u32, mode: u32): bool {
  if (sh != textShape(mode) || k < 2 || !tight(k) || !tight(k - 1) || rd(tDone, k) != 0) return false;
  const from = wordIn(k - 1, "\u0004from");
  if (from ? !(residenceBefore(k - 1, TRAVEL_WORDS38) || residenceFrame(k - 1)) :
    !(wordIn(k - 1, "\u0002in\u0004near") && (residenceBefore(k - 1) || kinInLoc40(k)))) return false;
  let last: u32 = 0;
  let distinct = false;
  for (let m = k; m <= k + 2 && m < count; m++) {
    if (m > k && (!tight(m) || rd(tShape, m) != sh || rd(tDone, m) != 0)) return false;
    const md = rd(tData, m);
    const prefix = m == k && wordIn(m, TOWN_PREFIXES) && !wordIn(m, "\u0003new");
    if (!prefix && (rd(tEnd, m) - rd(tStart, m) < 3 || (md & (CONTEXT_WORDS | F_NOT_NAME | F_MONTH | F_STATE | F_COUNTRY)) != 0 ||
      wordIn(m, NAME_DETERMINERS) || wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, HOME_DETERMINERS) || wordIn(m, VISIT_WORDS) ||
      wordIn(m, TIME_AFTER38) || medicalShape(m))) return false;
    if (!prefix && (tierOf(md) != 1 || nameStr(m) >= 2 || placeStr(md) >= 2)) distinct = true;
    // (a time closes it only after a place's word: "from montreal tonight"; "returning from brachytherapy tomorrow")
    if (phraseEndsAfter(m) || placeStr(md) > 0 && m + 1 < count && tight(m + 1) && wordIn(m + 1, TIME_AFTER38)) {
      last = m;
      break;
    }
  }
  if (last == 0 || last == k && wordIn(k, TOWN_PREFIXES)) return false;
  // (after "in" or "near" the town's last word is its feature word, of two words at least, which says the place when
  // its words are English words: "near bitter creek"; "in inner city" has no such word)
  if (from ? !distinct : last == k || !wordIn(last, TOWN_SUFFIXES)) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 600, R_CITY, k, last);
  return true;
}

// (stop 38) the heads of a county's name: county parish township borough
const COUNTY_HEADS38 = "\u0006county\u0006parish\u0008township\u0007borough";

/**
 * (stop 38) In lower-case text, token k opens a county's name of one or two words before its head ("county", "parish",
 * "township", "borough"), where a place's frame says so: in brackets that close after the head ("from hazard (perry
 * county).", "lives in glen burnie (anne arundel county)"), or after the comma of a place just found, the phrase ending
 * after the head ("calloway forks, braxton county.", "holliston green, winthrop county"). Each word three letters or
 * more, no function word, determiner, context or medical word, and a name's, a place's or a word no list has ("(the
 * county)", "(our county)", "(rural county)", "in town, county jail" stay words). Writes the county and returns true.
 */
function lowerCounty38(k: u32): bool {
  const paren = punctBefore(rd(tStart, k)) == 0x28;
  if (!paren && !(pType == ENTITY_LOCATION && k > 0 && pEnd == rd(tEnd, k - 1) && (rd(tGap, k) & (G_NEWLINE | G_SENT)) == 0)) return false;
  // (the head right after the place the address tail took as its town: "hc 61 box 14, calloway forks, braxton county.")
  if (!paren && wordIn(k, COUNTY_HEADS38)) {
    if (!tight(k) || pReason == R_FACILITY || pReason == R_ORGANIZATION || !breakAfter(k)) return false;
    spanDone(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 800, R_COUNTY, k, k);
    return true;
  }
  let h: u32 = 0;
  for (let m = k; m <= k + 2 && m < count; m++) {
    if (m > k && (!tight(m) || rd(tShape, m) != SH_LOWER)) return false;
    if (m > k && wordIn(m, COUNTY_HEADS38)) {
      h = m;
      break;
    }
    const md = rd(tData, m);
    if (rd(tEnd, m) - rd(tStart, m) < 3 || (md & (CONTEXT_WORDS | F_NOT_NAME | F_MONTH | F_TITLE | F_CRED)) != 0 ||
      wordIn(m, NAME_DETERMINERS) || wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, HOME_DETERMINERS) || medicalShape(m) ||
      tierOf(md) == 1 && nameStr(m) == 0 && placeStr(md) == 0 && (md & F_STATE) == 0) return false;
  }
  if (h == 0) return false;
  if (paren ? punctAfter(rd(tEnd, h)) != 0x29 : !breakAfter(h)) return false;
  spanDone(rd(tStart, k), rd(tEnd, h), ENTITY_LOCATION, 800, R_COUNTY, k, h);
  return true;
}

// ---- Stop 33, places, ages and IDs round (loc33): lettered road numbers, "U.S. Route", a spelled age in a clause ----

// (stop 33) letters of a numbered road before its number: us (US-30) sr (state road) cr (county road) fm (farm to market)
const ROAD_CODES33 = "\u0002us\u0002sr\u0002cr\u0002fm";
// (stop 33) words of where before a lettered road: on off onto along near via exit (not "in", "at", "to": "in SR 72")
const ROAD_WHERE33 = "\u0002on\u0003off\u0004onto\u0005along\u0004near\u0003via\u0004exit";
// (stop 33) what a rhythm's or a lab's number has after it: bpm beats mg min ms (no road's)
const ROAD_UNITS33 = "\u0003bpm\u0005beats\u0002mg\u0003min\u0002ms";

/**
 * (stop 33) Token k, "US", "SR", "CR" or "FM" in the text's own case, opens a numbered road after a word of where: one
 * blank or '-', then 1-4 digits and at most one letter ("ROADS CLOSED ON US-14A", "CATTLE OPERATION OFF FM 1061 NEAR
 * BUSHLAND", "2ND LEFT ON CR 0055)", "crash on SR 9 near the bridge"). Not a lab's or a rhythm's value ("CR 1.2", "on
 * SR 72 bpm", "Rhythm: SR 72": a decimal, a unit or no word of where). Writes the road and returns true.
 */
function roadCode33(k: u32, sh: u32): bool {
  const n = k + 1;
  const e = rd(tEnd, k);
  const s = rd(tStart, n);
  if (rd(tShape, n) != SH_NUM || s != e + 1 || !(byteAt(e) == 0x20 || byteAt(e) == 0x2d) ||
    !(sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || !tight(k) || !wordIn(k - 1, ROAD_WHERE33) || !wordIn(k, ROAD_CODES33)) return false;
  const ne = rd(tEnd, n);
  let d = s;
  while (d < ne && byteAt(d) >= 0x30 && byteAt(d) <= 0x39) d++;
  if (d - s > 4 || ne - d > 1 || byteAt(ne) == 0x2e && byteAt(ne + 1) >= 0x30 && byteAt(ne + 1) <= 0x39 || byteAt(ne) == 0x25) return false;
  if (n + 1 < count && tight(n + 1) && wordIn(n + 1, ROAD_UNITS33)) return false;
  return roadSpan33(k, n);
}

// (stop 40, loc40) words after a road's number that go on with where it is: near at between outside, a direction or its
// bound, mile, exit, toward(s), past, just
const RT_AFTER40 = "\u0004near\u0002at\u0007between\u0007outside\u0005north\u0005south\u0004east\u0004west\u000anorthbound\u000asouthbound\u0009eastbound\u0009westbound\u0002nb\u0002sb\u0002eb\u0002wb\u0004mile\u0004exit\u0006toward\u0007towards\u0004past\u0004just";

/**
 * (stop 40, loc40) Token k, "Rt" or "Rte" (a route's short form the table does not list as a street type), opens a
 * numbered road after a word of where (ROAD_WHERE33, "past", "across"): one blank or '-', then 1-3 digits and at most one
 * letter, then a word of RT_AFTER40 or the phrase's end: "CRASH INTO A SUGARHOUSE ON RT 5A NEAR LAKE WILLOUGHBY", "lives
 * off Rt 9, Pownal", "mvc on rt 2 near exit 7". After "on" the phrase's end needs the number's letter ("on RT 5A."): "on
 * RT 2." may be a radiation course's. In mixed case "Rt" or "RT", lower case only in lower-case text (elsewhere "rt" is
 * right: "pain on rt 2 fingers"). Not "on RT 5 days a week", "on rt 2nd toe", "on RT 72 bpm". A "Loc" rule.
 */
function rtRoadLoc40(k: u32, sh: u32): bool {
  const n = k + 1;
  if (k == 0 || !exists(k - 1) || !tight(k) || !tight(n) || !wordIn(k, "\u0002rt\u0003rte") || rd(tShape, n) != SH_NUM ||
    !(sh == SH_UPPER || sh == SH_CAP && modeAt(k) == MODE_MIXED || sh == SH_LOWER && modeAt(k) == MODE_LOWER) ||
    !(wordIn(k - 1, ROAD_WHERE33) || wordIn(k - 1, "\u0004past\u0006across"))) return false;
  const e = rd(tEnd, k);
  const s = rd(tStart, n);
  if (s != e + 1 || !(byteAt(e) == 0x20 || byteAt(e) == 0x2d)) return false;
  const ne = rd(tEnd, n);
  let d = s;
  while (d < ne && byteAt(d) >= 0x30 && byteAt(d) <= 0x39) d++;
  if (d - s > 3 || ne - d > 1 || byteAt(ne) == 0x2e && byteAt(ne + 1) >= 0x30 && byteAt(ne + 1) <= 0x39 || byteAt(ne) == 0x25 ||
    byteAt(ne) == 0x2f) return false;
  if (!(n + 1 < count && tight(n + 1) && wordIn(n + 1, RT_AFTER40) ||
    breakAfter(n) && (ne > d || !wordIn(k - 1, "\u0002on")))) return false;
  return roadSpan33(k, n);
}

/** (stop 33) Writes the road of tokens f..last as an address's LOCATION, marks them and opens its tail; returns true. */
function roadSpan33(f: u32, last: u32): bool {
  spanDone(rd(tStart, f), rd(tEnd, last), ENTITY_LOCATION, 800, R_ADDRESS, f, last);
  startTail(last);
  return true;
}

/**
 * (stop 33) Token k, "U" and its period, opens "U.S." before a numbered road's word and its number: "MVC on U.S. Route
 * 30 near", "U.S. HWY 61" (the road rule took "Route 30" alone). Writes the road and returns true.
 */
function usDotted33(k: u32): bool {
  const e = rd(tEnd, k);
  const r = k + 2;
  if (k + 3 >= count || byteAt(e) != 0x2e || rd(tStart, k + 1) != e + 1 || rd(tEnd, k + 1) != e + 2 || (byteAt(e + 1) | 0x20) != 0x73 ||
    byteAt(e + 2) != 0x2e || rd(tStart, r) != e + 4 || !wordIn(r, NUMBERED_ROADS) || rd(tShape, r + 1) != SH_NUM || !tight(r + 1) ||
    rd(tEnd, r + 1) - rd(tStart, r + 1) > 4) return false;
  return roadSpan33(k, r + 1);
}


/**
 * (stop 33) Token k, "ninety" (and its unit word after a hyphen or blank), is a person's age in two more frames than
 * copulaAge()'s: after "she's" or "he's", closing the clause or before a word of age.ts's COPULA_AFTER ("and", "now", "with"...: "she's
 * ninety-three and sharp", "HE'S NINETY-ONE NOW"); after "at" that opens its clause (a line's or sentence's start, a
 * comma, or age.ts's AT_AGE_OPENERS22: "that", "even", "and"...), with "she" or "he" after it ("; at ninety-three she is a reasonable
 * candidate"). Not "she's ninety-three percent sure", "sats at ninety she was" (no opener before "at"). Emits AGE.
 */
function spelledAge33(k: u32): bool {
  const p = k - 1;
  if (!tight(k) || !wordIn(k, "\u0006ninety")) return false;
  let last = k;
  if (k + 1 < count && (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR)) == 0 && wordIn(k + 1, UNIT_NUMBERS)) last = k + 1;
  // ("she's" is the token "she", its "'s" cut off as a possessive's)
  const pe = rd(tEnd, p);
  if (wordIn(p, "\u0002he\u0003she") && (byteAt(pe) == 0x27 && (byteAt(pe + 1) | 0x20) == 0x73 ||
    byteAt(pe) == 0xe2 && (byteAt(pe + 3) | 0x20) == 0x73)) {
    if (!(breakAfter(last) || isAnd(last + 1) || wordIn(last + 1, COPULA_AFTER))) return false;
  } else {
    if (!wordIn(p, "\u0002at") || last + 1 >= count || (rd(tGap, last + 1) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR)) != 0 ||
      !wordIn(last + 1, "\u0002he\u0003she")) return false;
    if ((rd(tGap, p) & (G_NEWLINE | G_SENT | G_COMMA | G_START)) == 0 && !(p > 0 && exists(p - 1) && wordIn(p - 1, AT_AGE_OPENERS22))) return false;
  }
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_AGE, 750, REASON_AGE_CUE, k, last);
  return true;
}

// ---- Stop 30: self-introductions and a relation in brackets (self-contained: selfIntro30, parenKin30) ----

// (stop 30) endings of nationalities and peoples: an ese ish
const NATIONALITY_ENDINGS30 = "\u0002an\u0003ese\u0003ish";

/** (stop 30) "I'm", "i’m", "I am" or "im" (lower case) right before s, with one blank: a speaker naming themself. */
function selfIntroBefore30(s: u32): bool {
  if (s < 3 || byteAt(s - 1) != 0x20) return false;
  let e = s - 1;
  const m = byteAt(e - 1) | 0x20;
  if (m != 0x6d) return false;
  let i: u32 = 0;
  if (byteAt(e - 2) == 0x27 && e >= 3) i = e - 3; // I'm
  else if (e >= 5 && byteAt(e - 2) == 0x99 && byteAt(e - 3) == 0x80 && byteAt(e - 4) == 0xe2) i = e - 5; // I’m
  else if ((byteAt(e - 2) | 0x20) == 0x61 && e >= 4 && byteAt(e - 3) == 0x20) i = e - 4; // I am
  else if (byteAt(e - 2) == 0x69 && byteAt(e - 1) == 0x6d) i = e - 2; // im
  else return false;
  if ((byteAt(i) | 0x20) != 0x69) return false;
  return i == 0 || !isWordish(byteAt(i - 1));
}

/**
 * (stop 30) Token k names the writer after "I'm" / "I am": "Hi, I'm Frank.", "I'm Bob from accounting", "hey i'm sara
 * and", "I AM ROSALIND". In mixed case a capitalised given name or a word no list has; in ALL CAPS and lower case a
 * given name, a core English one only before "from", "and", "here" or a comma ("i'm bob from accounting"; "i'm sure",
 * "i'm frank about it" stay words). Not a nationality, faith or state ("I'm Jewish", "I'm American": no given names).
 */
function selfIntro30(k: u32, sh: u32, mode: u32): bool {
  if (sh != textShape(mode) ||
    !selfIntroBefore30(rd(tStart, k))) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW)) != 0 || medicalShape(k) || rd(tEnd, k) - rd(tStart, k) < 2) return false;
  // (a word no list has only in mixed case, and no nationality's ending: "i'm cambodian", "I'm Belizean")
  if (firstStr(d) == 0 && !(sh == SH_CAP && unknownWord(k) && !endsWithAny(k, NATIONALITY_ENDINGS30, 3))) return false;
  if (tierOf(d) == 1) {
    // (in mixed case the capital does most of the work: a sentence's or the line's end is enough, "Hi, I'm Frank."; not
    // "I'm Fine thanks")
    const n = k + 1;
    const c = rd(tEnd, k) < inLen ? byteAt(rd(tEnd, k)) : 0x2e;
    if (c == 0x2c || sh == SH_CAP && (c == 0x2e || c == 0x21 || c == 0x3f || c == 0x3b)) {
      // (the mark glued after it closes the phrase)
    } else {
    if (n >= count) return false;
    const g = rd(tGap, n);
    if (!((g & G_COMMA) != 0 && (g & (G_NEWLINE | G_FAR)) == 0 || tight(n) && wordIn(n, "\u0004from\u0003and\u0004here") ||
      sh == SH_CAP && (g & (G_SENT | G_NEWLINE)) != 0)) return false;
    }
  }
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (stop 30) Token k, a given name, then the relation in brackets right after it: "Emergency contact: Grace (wife)",
 * "Hope (sister) visited", "GRACE (WIFE)". Core English words too: the bracket says a person is meant. Writes it and
 * returns true.
 */
function parenKin30(k: u32, sh: u32): bool {
  let p = rd(tEnd, k);
  if (p < inLen && byteAt(p) == 0x20) p++;
  if (p >= inLen || byteAt(p) != 0x28 || firstStr(rd(tData, k)) == 0 || (rd(tData, k) & (F_NOT_NAME | F_ALLOW | F_TITLE | F_CRED)) != 0) return false;
  let q = p + 1;
  while (q < inLen && (byteAt(q) | 0x20) - 0x61 < 26) q++;
  if (q >= inLen || byteAt(q) != 0x29 || wordIndex(KIN_WORDS, p + 1, q) < 0) return false;
  // (after "LAST," the pair's own rules take both: "DONOR: OYELARAN, FOLASADE (SISTER)")
  if (!(sh == SH_CAP || sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || (rd(tGap, k) & G_COMMA) != 0) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}


// ---- Stop 30, organisations round (org30): names cut short, scales named after an organisation ----

// words that open an organisation's or facility's name before the word that names it, which the facility rule strips
// as core English words ("Upper Valley Humane Society", "Second Congregational Church", "Outer Cape VNA", "Greater
// Lowell Legal Services"); with TOWN_PREFIXES
const NAME_OPENERS30 = "\u0005outer\u0005inner\u0007greater\u0007central\u0005first\u0006second\u0005third\u0003old\u0008northern\u0008southern\u0007eastern\u0007western";

// words of NAME_OPENERS30 and TOWN_PREFIXES that prose also puts before a name as adjectives ("the new Mercy Clinic",
// "her old Lahey doctor")
const OPENER_ADJECTIVES30 = "\u0003new\u0003old";

/**
 * The facility rule stripped token j - 1, a core word, from the start of the name that now opens at j: it stays when it
 * is a word that opens names (TOWN_PREFIXES, NAME_OPENERS30) in the case of token j, tight before it.
 */
function openerKept30(j: u32): bool {
  const o = j - 1;
  return tight(j) && rd(tShape, o) == rd(tShape, j) && (wordIn(o, TOWN_PREFIXES) || wordIn(o, NAME_OPENERS30));
}

// a scale's or a classification's word after an organisation's name that names it ("New York Heart Association class
// III", "American Joint Committee stage", "Eastern Cooperative Oncology Group score")
const SCALE_WORDS30 = "\u0005class\u000eclassification\u0008criteria\u0005stage\u0007staging\u0005score\u0005scale\u0005grade\u0009guideline\u000aguidelines\u000afunctional";

/** Token last ends an organisation's name, and the word after it (tight) is a scale's: the name is the scale's. */
function scaleAfter30(last: u32): bool {
  return last + 1 < count && tight(last + 1) && wordIn(last + 1, SCALE_WORDS30);
}

// public agencies that notes name by their acronym when a report or a case goes to them (child and adult protective
// services, mental health, public health, transitional assistance, youth services, migration): "Report filed to DCF",
// "reported to state (MDPH)", "Overseas exam by IOM". Acronyms that are also clinical are left out ("DPH" phenytoin,
// "ACS" acute coronary syndrome, "DDS" a dentist's credential, "DCS" a dorsal column stimulator)
const AGENCY_ACRONYMS30 = "\u0003dcf\u0004dcfs\u0003dss\u0003cps\u0003aps\u0003dmh\u0004mdph\u0003doh\u0003dhs\u0004dhhs\u0003dta\u0003dys\u0004dcyf\u0004ocfs\u0004dfps\u0003iom";
// words of a report, a referral or an exam before "to/with/by/from" and such an acronym ("filed to", "referral to",
// "exam by"), or right before it ("notified DCF")
const REPORT_WORDS30 = "\u0005filed\u0004file\u0008reported\u0006report\u0008referred\u0008referral\u0008notified\u0006notify\u0009contacted\u0006called\u0004exam\u000aevaluation\u0008screened\u0008involved\u0004case\u0006opened\u0004open";
/**
 * Token k, in capitals (in lower case in lower-case text), is a public agency's acronym (AGENCY_ACRONYMS30) in a
 * report's frame: a report word before it, alone or before "to", "with", "by", "from" (a "state" or "county" between,
 * "reported to state (MDPH)"). Writes the organisation. "He takes DPH", "DCF" alone, "rule out APS" stay, and so does
 * an agency's worker ("APS caseworker Jane Roe": fixture 11 leaves the agency unlabelled there, and the worker's name is
 * the identifier).
 */
function agencyAcronym30(k: u32, mode: u32): bool {
  if (!wordIn(k, AGENCY_ACRONYMS30) || (rd(tGap, k) & G_NEWLINE) != 0) return false;
  let framed = false;
  if (k >= 2 && exists(k - 1)) {
    let p = k - 1;
    if (wordIn(p, "\u0005state\u0006county") && exists(p - 1) && (rd(tGap, p) & G_NEWLINE) == 0) p--;
    framed = wordIn(p, REPORT_WORDS30) || p >= 1 && exists(p - 1) && (rd(tGap, p) & G_NEWLINE) == 0 &&
      wordIn(p, "\u0002to\u0004with\u0002by\u0004from") && wordIn(p - 1, REPORT_WORDS30);
  }
  if (!framed) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 800, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  return true;
}

// ---- Stop 31, organisations round (org31): an organisation's name ending in its head word in a frame of where, after
// a clinician, a role label, a heading's dash, or opening its line (self-contained: orgRun31End, orgRun31) ----

// last words that end an organisation's name and no facility's (practices, pharmacies, agencies, suppliers, insurers,
// employers, congregations, police and fire), with the word table's organisation heads (F_ORG: "Associates", "Group",
// "Services", "Inc"): the facility heads (Hospital, Clinic, Center, Home) are the facility rules'
const ORG_HEADS31 = "\u0008practice\u0007service\u0007network\u0006supply\u0008pharmacy\u0004drug\u0006dental\u0006nurses\u0004care\u0006health\u0008medicine\u0007medical\u0009pulmonary\u0003ent\u000bspecialists\u000aphysicians\u0004plan\u0006mutual\u0005corps\u0003ems\u0004fire\u0006rescue\u0006police\u0007sheriff\u0002pd\u0002fd\u0009probation\u0006parish\u0007shelter\u0009pathology\u0008infusion\u0007therapy\u000acounseling\u0007hospice\u0002co\u0004club\u0003wic\u0004dept\u000adepartment\u0007program";
// police, fire and rescue, whose names are often two English words ("BLUE ASH FIRE", "Harlan Township Fire")
const EMERGENCY_HEADS31 = "\u0004fire\u0002pd\u0002fd\u0003ems\u0006police\u0007sheriff\u0006rescue\u0009ambulance\u0005corps";
// a practice's heads (with the specialties of SPECIALTY_WORDS), which English words describe ("Adolescent Medicine", "Pediatric Cardiology"):
// the name needs a word no list has, or a name's or place's
const CLINICAL_HEADS31 = "\u0008practice\u0004care\u0006health\u0008medicine\u0007therapy\u0009pathology\u0009pulmonary\u0003ent\u0007program\u0006dental";
// police, fire and rescue: the word after them names a member ("NORWOOD PD OFC SCHRADER", "Blue Ash Fire crew")
const SERVICE_MEMBERS31 = "\u0003ofc\u0004ofcr\u0007officer\u0008officers\u0006deputy\u0003tpr\u0003sgt\u0004crew\u0005medic\u0005chief";
// role labels whose value is an organisation ("PAYER: MEDICA", "SUPPLIER: MOUNTAIN MEDICAL SUPPLY", "implants: zimmer")
const ORG_LABELS31 = "\u0005payer\u0009insurance\u0007insurer\u0007carrier\u0008employer\u0008supplier\u0006vendor\u0006agency\u0003dme\u0008pharmacy\u0008implants\u0006church\u0006parish";
// the words of where after which a head's name opens ("at", "from", "to", "via", "by", "with", "through")
const WHERE31 = "\u0002at\u0002to\u0002by\u0003via\u0004from\u0004with\u0007through";

/** Token m is an organisation's head: ORG_HEADS31, a specialty (SPECIALTY_WORDS) or the word table's (F_ORG). */
function orgHead31(m: u32): bool {
  return (rd(tData, m) & F_ORG) == F_ORG || wordIn(m, ORG_HEADS31) || wordIn(m, SPECIALTY_WORDS);
}

/**
 * Token m ends orgRun31End()'s walk as its head: an organisation's head other than "Service" or "Group", which alone head
 * a hospital's department or a class ("Retina Service", "hydrocodone group"; after a head they go with it).
 */
function orgRunHead31(m: u32): bool {
  return orgHead31(m) && !wordIn(m, "\u0007service\u0005group");
}

/** (stop 32) Token t is joined to the token before it in an organisation's run: a blank, a hyphen or "&" between. */
// @ts-ignore: decorator
@inline function orgJoined32(t: u32): bool {
  return tight(t) || rd(tGap, t) == G_HYPHEN || ampGap(t);
}

/**
 * (stop 32) orgRun31End()'s walk may find a run at token k of shape sh (a word): lower case only in lower-case text, which
 * modeAt() can call so only near a lower-case opener; and since every run but a label's value (after a colon) ends in a
 * head after k, the next token in k's shape and joined to it (a blank, a hyphen or "&").
 */
// @ts-ignore: decorator
@inline function orgWalkMay32(k: u32, sh: u32): bool {
  if (sh == SH_LOWER && !lowerOpenerNear(k)) return false;
  return (rd(tGap, k) & G_COLON) != 0 || k + 1 < count && rd(tShape, k + 1) == sh && orgJoined32(k + 1);
}

/** Token p has the length and first letter of a word of WHERE31: quiet()'s cheap first test. */
// @ts-ignore: decorator
@inline function whereShape31(p: u32): bool {
  const s0 = rd(tStart, p);
  const len = rd(tEnd, p) - s0;
  const c = byteAt(s0) | 0x20;
  return len == 2 ? c == 0x61 || c == 0x74 || c == 0x62 : len == 3 ? c == 0x76 : len == 4 ? c == 0x66 || c == 0x77 : len == 7 && c == 0x74;
}

/**
 * (org31) Token k may open an organisation in one of orgRun31End's frames: a label's colon, a comma, a bracket, a line's
 * start or a dash before it, a word of WHERE31's shape, or a two-letter word after it ("PD"): the cheap gap and byte
 * tests before the call.
 */
// @ts-ignore: decorator
@inline function orgGate31(k: u32): bool {
  if (k == 0 || !exists(k - 1)) return false;
  const sh = rd(tShape, k);
  // (stop 32: what the walk needs first, cheaper in this order by instruction counts on mtsamples; fac32's chain32() takes
  // one word, lower case in mixed text too, "refill to cvs on main st", and orgRun31End() tests the walk's needs after it)
  if (sh > SH_UPPER || !orgWalkMay32(k, sh) && !chainShape32(k)) return false;
  const s = rd(tStart, k);
  const b = byteAt(s - 1);
  // (stop 31 review: every test here is what one of orgRun31End's frames needs, so that most tokens pay no call: "(" or
  // "( " before, a dash one or two blanks before, and for police and fire "PD"/"FD" next; it had let in every token
  // before any two-letter word, +8-27% find() time on mtsamples)
  if ((rd(tGap, k) & (G_COLON | G_COMMA | G_NEWLINE)) != 0 || b == 0x28 || b == 0x20 && s >= 2 && byteAt(s - 2) == 0x28 ||
    s >= 2 && (byteAt(s - 2) == 0x2d || byteAt(s - 2) == 0x94) || s >= 3 && byteAt(s - 3) == 0x2d || whereShape31(k - 1)) return true;
  if (k + 1 >= count || rd(tEnd, k + 1) - rd(tStart, k + 1) != 2) return false;
  const n0 = byteAt(rd(tStart, k + 1)) | 0x20;
  return (n0 == 0x70 || n0 == 0x66) && (byteAt(rd(tStart, k + 1) + 1) | 0x20) == 0x64;
}

/** A heading's dash right before token k: " - " or " — " (an em dash between blanks). */
function headingDash31(k: u32): bool {
  if (spacedDash(k)) return true;
  const s = rd(tStart, k);
  return s >= 5 && wideDashBefore31(s) == 0x94 && byteAt(s - 5) == 0x20;
}

/** An em or en dash and one blank right before s ("— Good Sam"): the dash's last byte (0x94 em, 0x93 en), or 0. */
function wideDashBefore31(s: u32): u32 {
  if (s < 4 || byteAt(s - 1) != 0x20 || byteAt(s - 4) != 0xe2 || byteAt(s - 3) != 0x80) return 0;
  const b = byteAt(s - 2);
  return b == 0x94 || b == 0x93 ? b : 0;
}

/** The field closes after token t: the input's or the line's end, a column gap, a comma, ")" or a heading's dash. */
function fieldClosed31(t: u32): bool {
  const e = rd(tEnd, t);
  if (e >= inLen) return true;
  const b = punctAfter(e);
  if (b == 0x0a || b == 0x0d || b == 0x09 || b == 0x2c || b == 0x29 || b == 0x3b) return true;
  if (t + 1 >= count) return false;
  return (rd(tGap, t + 1) & (G_NEWLINE | G_FAR)) != 0 || columnGap(t + 1) || headingDash31(t + 1);
}

/**
 * (org31) The last token of an organisation that token k opens, or 0: up to four tight words in the letter case of the
 * text (capitalised in mixed case, capitals in ALL CAPS, lower case in lower-case text) ending in a head of ORG_HEADS31
 * ("Price Hill Family Practice", "NORTH SHORE PULMONARY", "bluestem home health services", "BLUE ASH FIRE"), in one of
 * these frames:
 * - a word of where (WHERE31) right before k: "Dr. Ferris at Coastal Urology Group", "LOGGED BY BLUE ASH FIRE";
 * - a clinician before a comma or "(": a credential or a name just found ("Priya Ramanathan, MD (Prairie Lakes Internal
 *   Medicine)", "k. lindqvist rn, northgate visiting nurses", "DR. MORROW (NORTH SHORE PULMONARY)");
 * - a heading's dash or the line's start, the name closing its field ("Hospice RN Visit — Bluegrass Care Navigators" has
 *   no head; "home health pt visit - bluestem home health services");
 * - police and fire with a member after them ("AND NORWOOD PD OFC SCHRADER").
 * Or, after a role label's colon (ORG_LABELS31: "PAYER:", "Supplier:", "implants:"), up to four words closing the field
 * with no head ("PAYER: MEDICA", "IMPLANTS: ZIMMER"). One word before the head must tell the name from English (a word no
 * list has, a name's or a place's strength: orgDistinctWord29); before a strong head, in a clinician's, a label's or a
 * heading's frame, two words that may name it do ("MOUNTAIN MEDICAL SUPPLY", "BLUE ASH FIRE"). No word may be a
 * facility's head (the facility rules' names), a cue, a title or a credential. "at Home Care", "from Physical Therapy",
 * "CC: Cardiology", "with PD", "Insurance: Medicare" stay words.
 */
function orgRun31End(k: u32, sh: u32, mode: u32): u32 {
  // (stop 32: a national pharmacy's or laboratory's chain alone, "labs at QUEST in Florissant"; its length and first letter
  // first)
  if (chainShape32(k)) {
    if (chain32(k, sh, mode == MODE_UNREAD ? modeAt(k) : mode)) return k;
    // (a chain's shape passes org31's gate without the walk's needs)
    if (!orgWalkMay32(k, sh)) return 0;
  }
  if (k == 0 || !exists(k - 1) || rd(tDone, k) != 0 || (rd(tData, k) & NAME_WALK_STOP) != 0) return 0;
  const g = rd(tGap, k);
  // the frame: 1 a word of where, 2 a clinician's comma or bracket, 3 a heading's dash or the line's start, 4 a label
  let frame: u32 = 0;
  if ((g & G_COLON) != 0) {
    if (wordIn(k - 1, ORG_LABELS31) || k >= 2 && wordIn(k - 1, "\u0006health") && wordIn(k - 2, "\u0004home")) frame = 4;
  } else if ((g & G_COMMA) != 0) {
    // (stop 32: the text's letter case is read once a frame needs it or one is found, when the caller has not read it:
    // every test before it only reads tokens, so the order changes no result)
    if (mode == MODE_UNREAD) mode = modeAt(k);
    // (a name of two words or a titled one: "Davis, Reynolds Associates" is a firm's name)
    if (credAt(k - 1, mode) || rd(tDone, k - 1) == ENTITY_NAME && k >= 2 && exists(k - 2) &&
      (rd(tDone, k - 2) == ENTITY_NAME || (rd(tData, k - 2) & F_TITLE) != 0)) frame = 2;
  } else if (punctBefore(rd(tStart, k)) == 0x28) {
    if (mode == MODE_UNREAD) mode = modeAt(k);
    if (credAt(k - 1, mode) || rd(tDone, k - 1) == ENTITY_NAME || wordIn(k - 1, "\u0006office")) frame = 2;
  } else if ((g & (G_NEWLINE | G_START)) != 0 || headingDash31(k)) {
    frame = 3;
  } else if (tight(k) && wordIn(k - 1, WHERE31)) {
    frame = 1;
  }
  // (police and fire: a member after them is the frame, "INVESTIGATOR AND NORWOOD PD OFC SCHRADER")
  if (frame == 0 && !(k + 2 < count && tight(k + 1) && tight(k + 2) && wordIn(k + 1, "\u0002pd\u0002fd") &&
    wordIn(k + 2, SERVICE_MEMBERS31))) return 0;
  // (stop 32: every run but a label's value has a head, looked for before the text's case and the walk, which test each
  // word more dearly)
  if (frame != 4 && !orgHeadAhead32(k, sh)) return 0;
  if (mode == MODE_UNREAD) mode = modeAt(k);
  if (sh != textShape(mode)) return 0;
  let h = k;
  let head = false;
  let named: u32 = 0;
  let distinct = false;
  while (true) {
    const hd = rd(tData, h);
    if (h > k && orgRunHead31(h)) {
      head = true;
      // (a head's word after it goes with it: "Home Health Services", "Family Practice Associates")
      while (h + 1 < count && h + 1 <= k + LOOK_AHEAD && tight(h + 1) && rd(tShape, h + 1) == sh && orgHead31(h + 1)) h++;
      break;
    }
    // (a practice's word may be a cue too, "Family"; a function word or a determiner ends no name here, "AND", "the")
    // (a facility's head is the facility rules', "BEVERLY HOSPITAL ENT")
    if ((hd & F_ORG) == F_FACILITY || (hd & NAME_WALK_STOP) != 0 && (hd & F_ORG) != F_ORG && !genericModifier(h) || medicalShape(h) && rd(tEnd, h) - rd(tStart, h) > 5 ||
      wordIn(h, NAME_FUNCTION_WORDS) || wordIn(h, NAME_DETERMINERS)) return 0;
    // (an adjective's or a participle's ending is a description's, "with Myocardial Perfusion Imaging", "by maximum
    // tolerated medical therapy")
    const adj = endsWithAny(h, ADJECTIVE_ENDINGS, 2);
    if (!adj && orgDistinctWord29(h)) distinct = true;
    if (!adj && orgNamingWord29(h)) named++;
    if (h + 1 >= count || h + 1 > k + LOOK_AHEAD || !orgJoined32(h + 1) || rd(tShape, h + 1) != sh) break;
    h++;
  }
  if (!head) {
    // (a label's value with no head: one to four words closing the field, one no English word or a name's or place's)
    // (not an employer's single word: "employer: acme" stays as older tables record it)
    if (frame != 4 || !distinct || !fieldClosed31(h) || wordIn(h, ACTIVITY_WORDS29) || wordIn(k - 1, "\u0008employer")) return 0;
    return h;
  }
  // (the name goes on after the head: a word of its case other than a function word or a member's, "of", "&" or a
  // possessive, "Hollis Freight Lines", "Department of Health", "Sheriff's Office", "Postanesthesia Care Unit")
  const n = h + 1;
  // (or past the look-ahead, unless the field closes: "TRI-STATE RESPIRATORY & MEDICAL | SUPPLY")
  if (possessive(h) || n >= count && !fieldClosed31(h) || n < count && (ampGap(n) || tight(n) && rd(tShape, n) == sh && (!wordIn(n, NAME_FUNCTION_WORDS) ||
    wordIn(n, "\u0002of\u0003and")) && !wordIn(n, SERVICE_MEMBERS31) && !wordIn(n, NAME_DETERMINERS))) return 0;
  // (a hospital's department after its name, "SBMC Emergency Dept")
  if (h > k && wordIn(h, "\u0004dept\u000adepartment") && genericModifier(h - 1)) return 0;
  // (after "to" a core English word is a verb's infinitive: "to Arrange Backup Transport", "to maintain beta-blocker therapy")
  const kd = rd(tData, k);
  // (org39: a firm's head after a word of where, firmHead39(); a capital after "to" in mixed case is its name's there)
  const firm = frame == 1 && firmHead39(h, named, mode, sh);
  if (frame == 1 && !(firm && sh == SH_CAP) && wordIn(k - 1, "\u0002to") && tierOf(kd) == 1 && nameStr(k) < 2 && placeStr(kd) < 2) return 0;
  if ((frame == 3 || frame == 2 && punctBefore(rd(tStart, k)) != 0x28) && !fieldClosed31(h)) return 0;
  // (else two words that may name it, after a word of where only before a practice's or a police or fire head: "at
  // Price Hill Family Practice", "BY BLUE ASH FIRE"; or one after a clinician, a label or a heading's dash before another
  // head: "SUPPLIER: MOUNTAIN MEDICAL SUPPLY"; "(Adolescent Medicine)" stays)
  const clinical = wordIn(h, CLINICAL_HEADS31) || wordIn(h, SPECIALTY_WORDS);
  if (!distinct && !firm && !(named >= 2 && (frame != 1 || clinical || wordIn(h, EMERGENCY_HEADS31)) || named == 1 && frame != 1 && !clinical)) return 0;
  return h;
}

// ---- Stop 39, organisations round (org39) ----

/**
 * (org39) Token m, capitalised in mixed case, goes on the "of" tail of a facility's or an organisation's head: a town's
 * feature word after a word the tail took ("Islamic Center of Prairie City", "Hospice of Cedar Falls"), or after "of the" a
 * word that may name an organisation (orgNamingWord29: no generic, service, medical or function word): "Hospice of the Big
 * Bend", "Church of the Good Shepherd". "Center of the Hospital", "Department of the Pediatric Service" stay as they were.
 */
function ofWord39(m: u32, tail: bool, the: bool, edge: bool): bool {
  if (tail && (wordIn(m, TOWN_SUFFIXES) || wordIn(m, TOWN_SUFFIXES_27))) return true;
  if (!the || !orgNamingWord29(m) || wordIn(m, HOSPITAL_SERVICE_WORDS) || possessive(m)) return false;
  // (the look-ahead's last token: only when the name closes right after it, a two-word place's first word stays the
  // place rules', "Asthma Specialists of the Quad Cities")
  if (!edge) return true;
  const e = rd(tEnd, m);
  if (e >= inLen) return true;
  const b = byteAt(e);
  return b == 0x2c || b == 0x2e || b == 0x3b || b == 0x3a || b == 0x29 || b == 0x0a || b == 0x0d;
}

// (org39) device makers whose word a list has (a surname, an English word), before "rep" or "representative" only
// (firmRep33): "by Medtronic rep Shauna", "ABBOTT REP CALLED"
const MAKERS39 = "\u0009medtronic\u0006abbott\u0007stryker\u0006zimmer\u0009biotronik\u0006dexcom\u0006tandem\u0007insulet\u0006resmed\u0007philips\u0006inogen\u0005ossur\u0008ottobock\u0007arthrex\u0005depuy\u0007synthes\u0008cochlear\u0006phonak";
// (org39) payers, administrators and alert services whose one word English, Spanish or a surname also has: named only
// before their plan's, member's or claim's word (PAYER_TAILS39)
const PAYERS39 = "\u0006humana\u0008magellan\u0008sedgwick\u0009travelers\u0008hartford\u0006anthem\u0006medica\u0006molina\u0008lifeline\u0004aarp\u0008coventry\u0006zurich\u0005chubb\u0009gallagher";
const PAYER_TAILS39 = "\u0004part\u0008medicare\u0007medigap\u0009advantage\u0004plan\u0003ppo\u0003hmo\u0004mapd\u0006member\u0003mbr\u0006policy\u0005claim\u0004auth\u000dauthorization\u0003ltd\u0003std\u000adisability\u000asubscriber\u0008adjuster\u0007workers";

/**
 * (org39) Token k, a payer's word of PAYERS39 in the text's case (or in capitals in mixed case), right before its plan's,
 * member's or claim's word (PAYER_TAILS39): "billed to humana part d h4471-028", "Coverage: TruHearing through Humana
 * Medicare Advantage", "MAGELLAN AUTH MGL-4471820", "Sedgwick claim SW-44120". Writes an organisation and returns true.
 * "human plan", "the travelers' clinic", "Anthem" alone stay as the other rules read them.
 */
function payer39(k: u32, sh: u32, mode: u32): bool {
  if (rd(tDone, k) != 0 || !wordIn(k, PAYERS39) || !tight(k + 1) || !wordIn(k + 1, PAYER_TAILS39)) return false;
  if (!(sh == textShape(mode) || sh == SH_UPPER && mode == MODE_MIXED) || pType != 0 && pStart < rd(tStart, k) && pEnd > rd(tStart, k)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, 750, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  return true;
}

// (org39) a firm's heads that no service or department of a hospital ends with: before them one word that may name the
// firm is enough after a word of where ("to Creative Testing Solutions (sample", "courier via Spee-Dee Logistics,");
// "Services", "Network", "Supply" and a laboratory's heads need two ("through Capital Region Infusion Services,"; "to Social Services.",
// "via Interpreter Services" stay words)
const FIRM_HEADS39 = "\u0009solutions\u000bdiagnostics\u000atechnology\u000ctechnologies\u000aindustries\u0007transit\u0009logistics\u0006energy\u0008airlines\u0008trucking\u0007freight\u0008staffing\u0009ambulance";
// (a laboratory's head too: "RESULTS FROM REFERENCE LABORATORY" names a kind of laboratory)
const FIRM_HEADS39_2 = "\u0008services\u0007network\u0006supply\u000claboratories\u000alaboratory\u0004labs";

/**
 * (org39) orgRun31End()'s walk ended at head h after a word of where, with `named` words that may name it: the head is
 * a firm's (FIRM_HEADS39: one word is enough; FIRM_HEADS39_2: two), in mixed case or ALL CAPS, and the name closes its
 * clause after it (the field's close, a period, an opening bracket, a colon or a semicolon).
 */
function firmHead39(h: u32, named: u32, mode: u32, sh: u32): bool {
  if (named == 0 || mode == MODE_LOWER || sh == SH_LOWER) return false;
  if (!(wordIn(h, FIRM_HEADS39) || named >= 2 && wordIn(h, FIRM_HEADS39_2))) return false;
  if (fieldClosed31(h)) return true;
  const e = rd(tEnd, h);
  const b = punctAfter(e);
  return b == 0x2e || b == 0x28 || b == 0x3a || b == 0x3b || b == 0x20 && e + 1 < inLen && byteAt(e + 1) == 0x28;
}

/**
 * (stop 32) orgRun31End()'s walk from token k would meet a head: a token after k in shape sh, joined to the one before
 * it (a blank, a hyphen or "&"), within the look-ahead, with orgRun31End()'s head test, and no facility's head before
 * it (which ends that walk). Only the tests the walk makes at each step, so false here means the walk finds no head.
 */
function orgHeadAhead32(k: u32, sh: u32): bool {
  let h = k;
  while (true) {
    if (h > k && orgRunHead31(h)) return true;
    if ((rd(tData, h) & F_ORG) == F_FACILITY) return false;
    if (h + 1 >= count || h + 1 > k + LOOK_AHEAD || !orgJoined32(h + 1) || rd(tShape, h + 1) != sh) return false;
    h++;
  }
  return false;
}

/** (org31) Token k opens an organisation (orgRun31End): writes it and returns true. */
function orgRun31(k: u32, sh: u32, mode: u32): bool {
  const last = orgRun31End(k, sh, mode);
  if (last == 0) return false;
  // (a practice's or a specialty's name is typed as the facility rules type it, "Quincy Nephrology", "Tellumbra Health";
  // opening a letter's signature line, as the stop 28 table records it, an organisation)
  // (stop 32: a pharmacy's chain after its label as the older label rule types it, "pharmacy (CVS #2179")
  const fac = (wordIn(last, CLINICAL_HEADS31) || wordIn(last, SPECIALTY_WORDS)) && (rd(tGap, k) & G_NEWLINE) == 0 ||
    last == k && wordIn(k - 1, "\u0008pharmacy");
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 750, fac ? R_FACILITY : R_ORGANIZATION, k, last);
  return true;
}

// ---- Stop 30, facilities round (fac30): names of common words the facility rule lost whole or cut short ----

/**
 * Token q can be a word of a facility's name in shape sh: three letters or more, no person's or time's context word
 * (a street's, a place's or a facility's word may name it: "Pine Hollow", "Western Hills"), no article or determiner.
 */
function facWord30(q: u32, sh: u32): bool {
  return rd(tShape, q) == sh && rd(tEnd, q) - rd(tStart, q) >= 3 &&
    (rd(tData, q) & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_VERB_BY | F_NOT_NAME | F_ALLOW | F_LOC_CUE | F_BOX | F_UNIT)) == 0 &&
    !wordIn(q, HOME_DETERMINERS) && !wordIn(q, "\u0003the\u0003and\u0003for\u0004with");
}

/**
 * Token k, in the letter case of its text, is a word of a facility's name that ends in a facility's head ("Hospital",
 * "Institute", "Center"; not "Health") and that the other rules leave (a place guessed at its first word took it, or
 * common words in ALL CAPS): up to four tight words of three letters or more in one case before the head (facWord30),
 * the name opening its line, following a label's colon or column, or "at", "to", "from"; in ALL CAPS the head closes
 * its line, a column or a dashed title, or "VS" follows ("PINE HOLLOW SURGICAL HOSPITAL\nOPERATIVE NOTE", "REHAB PLAN:
 * BRIARCLIFF ACUTE REHABILITATION VS HOME", "Hospitalized at Western Hills Psychiatric Institute", "Ferncliff Geriatric
 * Assessment Center\n1200 Linden Terrace"). One word must be a name, a place or a word no list has (practiceNameWord),
 * or, in ALL CAPS, two no generic or modifying word: "at Burn Center", "at Sleep Disorders Center", "ADMITTED TO THE
 * HOSPITAL", "STATE HOSPITAL", "CHILDREN'S HOSPITAL" stay. A place guessed at the name's first words (pending) joins it.
 */
function facilityLine30(k: u32, sh: u32, mode: u32): bool {
  if (sh != SH_CAP || mode != MODE_MIXED) return false;
  // the head: k or one of the three tokens after it, the words between in the name's case
  let h = k;
  while ((rd(tData, h) & F_FACILITY) == 0) {
    if (h >= k + 3 || h + 1 >= count || !tight(h + 1) || !facWord30(h, sh)) return false;
    h++;
  }
  if (rd(tShape, h) != sh || wordIn(h, "\u0006health")) return false;
  // (the head's words after it go with it: "Medical Center", "School District")
  for (let n: u32 = 0; n < 2 && h + 1 < count && tight(h + 1) && rd(tShape, h + 1) == sh &&
    ((rd(tData, h + 1) | rd(tMw2, h + 1)) & F_FACILITY) != 0 && !wordIn(h + 1, "\u0006health"); n++) h++;
  if (h != k && rd(tDone, k) != 0) return false;
  // (the name's first word is a place the place rule would take alone, or a place guessed before k is pending)
  let f = k;
  let cut = h != k && placeStr(rd(tData, k)) > 0 && tierOf(rd(tData, k)) == 1;
  // (a word before k joins as a guessed place, a name's or place's word or a modifier only: "Attends Rainbow Ridge
  // Daycare" opens at "Rainbow")
  while (h - f < 5 && f > 0 && exists(f - 1) && tight(f) && facWord30(f - 1, sh)) {
    if (rd(tDone, f - 1) != 0) {
      if (!(pType == ENTITY_LOCATION && pReason == R_CITY && pStart <= rd(tStart, f - 1))) break;
      cut = true;
    } else if (!practiceNameWord(f - 1) && (rd(tData, f - 1) & F_FAC_MOD) == 0) break;
    f--;
  }
  // (a capitalised word after the head goes on with a name the older rules read: "Harwick Hospital Imaging")
  if (!cut || h + 1 < count && tight(h + 1) && rd(tShape, h + 1) == sh) return false;
  // (a department word opens no name: "Emergency", "Outside", "Acute")
  while (f < h && (genericModifier(f) || (rd(tData, f) & F_FAC_MOD) != 0)) f++;
  let named: u32 = 0;
  for (let m = f; m < h; m++) if ((rd(tData, m) & (F_FAC_MOD | F_FACILITY)) == 0 && !genericModifier(m) && practiceNameWord(m)) named++;
  if (f >= h || named == 0) return false;
  if (!(f == 0 || (rd(tGap, f) & (G_NEWLINE | G_START | G_COLON)) != 0 || columnGap(f) ||
    exists(f - 1) && tight(f) && wordIn(f - 1, "\u0002at\u0002to\u0004from"))) return false;
  // (an organisation's head ending the name names an organisation, "Soccer Club", "School District"; a hospital's own
  // service stays its facility's, "Harwick Hospital Imaging")
  const org = ((rd(tData, h) | rd(tMw2, h)) & F_ORG) == F_ORG && !wordIn(h, HOSPITAL_SERVICE_WORDS);
  spanDone(rd(tStart, f), rd(tEnd, h), ENTITY_LOCATION, 850, org ? R_ORGANIZATION : R_FACILITY, f, h);
  return true;
}

// ---- Stop 31, facilities round (fac31): a facility's short name before its unit, and a branch's word after it ----

// a hospital's units that notes write after the hospital's name ("Good Sam Emergency Department", "BETHESDA NORTH ED",
// "CASTLE POINT CBOC", "Maine Med PICU", "CHILDREN'S MERCY LEVEL IV NICU"); "emergency" needs "department", "dept" or
// "room" after it
const UNIT_WORDS31 = "\u0002ed\u0002er\u0004nicu\u0004picu\u0004micu\u0004sicu\u0004cicu\u0003icu\u0004cboc\u0009emergency";
// the kind of a unit between a hospital's name and the unit ("HARBORVIEW BURN ICU", "Mercy Trauma ICU")
const UNIT_KINDS31 = "\u0004burn\u0006trauma\u0007cardiac\u0008surgical\u0007medical\u0005neuro\u0008neonatal\u0008coronary\u000ecardiothoracic\u000brespiratory";
// words before a unit that say which kind of unit or whose, not which hospital: "the ED", "Peds ED", "outside ED", "OSH
// ED", "transfer to Adult ICU"; a name starts after them
const UNIT_GENERIC31 = "\u0003the\u0001a\u0002an\u0003our\u0005their\u0003his\u0003her\u0003its\u0004your\u0002my\u0004this\u0004that\u0007another\u0003any\u0004same\u0007outside\u0003osh\u0005local\u0007nearest\u0007closest\u0004main\u0005adult\u0006adults\u0004peds\u0003ped\u0009pediatric\u000apediatrics\u000apaediatric\u0009satellite\u000cfreestanding\u0003new\u0003old\u0005level\u0006trauma\u0004walk\u0004next\u0005prior\u0008previous\u0006return\u0006direct\u0002at\u0002to\u0004from\u0002in\u0003via\u0003and\u0002or\u0003for\u0004with\u0002of\u0002by\u0002on";

/** A dash between blanks ("Intake - Riverside") or an em or en dash after a blank ("ED Triage — Good Sam") before token k. */
function dashBefore31(k: u32): bool {
  return spacedDash(k) || wideDashBefore31(rd(tStart, k)) != 0;
}

/**
 * Token u, in the note's case ("ED", "NICU", "CBOC" in capitals, in lower case in lower-case text; "Emergency" before
 * "Department", "Dept" or "Room"), is a hospital's unit, and up to four tight words before it in the name's case (a
 * saint's "St." and possessives among them; "Level IV" between) name the hospital: "ED Triage — Good Sam Emergency
 * Department", "TRANSPORT PRIORITY 1 TO ST. ANNE'S REGIONAL ED", "NICU DAILY PROGRESS NOTE - CHILDREN'S MERCY LEVEL IV
 * NICU", "VA HUDSON VALLEY HCS - CASTLE POINT CBOC", "seen that night at sky ridge ed". The name opens its line,
 * follows a label's colon, a column, a dash, a comma or "at"/"to"/"from"/"via"/"in" (a "the" between), and one of its
 * words is a name's, a place's or a word no list has (practiceNameWord), department and generic words set aside.
 * Writes the name as a facility (the unit goes on to decide() as before). A unit after a hyphen ("CAM-ICU") and a
 * drug's "ER" before its dose stay words. "to the ED", "Peds ED", "transfer to ICU", "at Outside Hospital ED",
 * "Level IV NICU" stay.
 */
function unitName31(u: u32, sh: u32, mode: u32): bool {
  let l = u;
  // (a unit glued by a hyphen is a word's: "CAM-ICU")
  if ((rd(tGap, u) & G_HYPHEN) != 0) return false;
  const emergency = wordIn(u, "\u0009emergency");
  if (emergency) {
    if (sh != textShape(mode) || u + 1 >= count || !tight(u + 1) ||
      rd(tShape, u + 1) != sh || !wordIn(u + 1, "\u000adepartment\u0004dept\u0004room")) return false;
  } else {
    if (sh != (mode == MODE_LOWER ? SH_LOWER : SH_UPPER) || !wordIn(u, UNIT_WORDS31)) return false;
    // ("Level IV NICU": the level between the name and its unit)
    if (u >= 3 && exists(u - 2) && tight(u) && tight(u - 1) && wordIn(u - 2, "\u0005level") &&
      (wordIn(u - 1, "\u0001i\u0002ii\u0003iii\u0002iv") || rd(tShape, u - 1) == SH_NUM)) l = u - 2;
    // (a drug's extended release, "switch to oxycodone ER 20 mg", is no emergency room)
    if (wordIn(u, "\u0002er") && u + 1 < count && rd(tShape, u + 1) == SH_NUM) return false;
  }
  // (the unit's kind between: "HARBORVIEW BURN ICU")
  while (l > 1 && l + 2 > u && exists(l - 1) && tight(l) && rd(tShape, l - 1) == rd(tShape, l - 2) && wordIn(l - 1, UNIT_KINDS31)) l--;
  const ns = textShape(mode);
  let f = l;
  while (f > 0 && l - f < 4 && exists(f - 1)) {
    const q = f - 1;
    const qs = rd(tShape, q);
    const st = wordIn(q, "\u0002st\u0005saint");
    // (tight words; after "St." its period)
    if (!(tight(f) && ((rd(tGap, f) & G_HYPHEN) == 0 || rd(tStart, f) == rd(tEnd, q) + 1) || st && (rd(tGap, f) & (G_NEWLINE | G_FAR | G_COMMA | G_OTHER | G_HYPHEN | G_COLON | G_HASH)) == 0 &&
      (rd(tGap, f) & G_PERIOD) != 0)) break;
    if (!(qs == ns || mode == MODE_MIXED && qs == SH_UPPER && rd(tEnd, q) - rd(tStart, q) >= 2)) break;
    // (a possessive is the name's, whatever else its word is: "CHILDREN'S MERCY", "ST. ANNE'S REGIONAL")
    if (!st && ((rd(tData, q) & (possessive(q) ? F_TITLE : F_TITLE | F_CUE | F_CRED | F_MONTH | F_VERB_BY | F_NOT_NAME | F_ALLOW |
      F_LOC_CUE | F_UNIT | F_BOX)) != 0 || wordIn(q, UNIT_GENERIC31) || wordIn(q, UNIT_WORDS31))) break;
    f = q;
  }
  if (f == l) return false;
  // (a department word opens no name: "Emergency", "Community", "Medical")
  while (f < l && !wordIn(f, "\u0002st\u0005saint") && !possessive(f) && (wordIn(f, DEPARTMENT_WORDS) || wordIn(f, GENERIC_MODIFIERS))) f++;
  let named: u32 = 0;
  for (let m = f; m < l; m++) {
    if (medicalShape(m)) return false;
    if (!wordIn(m, DEPARTMENT_WORDS) && !wordIn(m, "\u0002st\u0005saint") && !(possessive(m) && wordIn(m, "\u0008children")) &&
      practiceNameWord(m)) named++;
  }
  // (a facility the older rules found whole keeps their span: "RCH ED", "FMC MICU" write the hospital's acronym alone)
  if ((pReason == R_FACILITY || pReason == R_ORGANIZATION) && pType == ENTITY_LOCATION && pStart == rd(tStart, f) &&
    pEnd == rd(tEnd, l - 1)) return false;
  // (a VA clinic's name is its town's, whatever its words: "CASTLE POINT CBOC")
  if (f == l || named == 0 && !wordIn(u, "\u0004cboc")) return false;
  // (the frame before the name)
  let p = f;
  if (f > 0 && exists(f - 1) && tight(f) && wordIn(f - 1, "\u0003the")) p = f - 1;
  if (!(p == 0 || (rd(tGap, p) & (G_NEWLINE | G_START | G_COLON | G_COMMA)) != 0 || columnGap(p) || dashBefore31(p) ||
    exists(p - 1) && tight(p) && wordIn(p - 1, "\u0002at\u0002to\u0004from\u0003via\u0002in"))) return false;
  // (the unit itself is left to the older rules, which decide it next: they take it into the facility where they did
  // before, "Mountainside ED", "Baystate Franklin ED")
  span(rd(tStart, f), rd(tEnd, l - 1), ENTITY_LOCATION, 850, R_FACILITY);
  for (let m = f; m < l; m++) wr(tDone, m, 0xff);
  return true;
}

// words that close a hospital's or a clinic's name after its place or its system's name: "Maine Med", "Sentara Norfolk
// General", "aurora sheboygan memorial", "UPMC Presbyterian", "BETHESDA NORTH", "DAVITA MADISON EAST", "Barron Center"
const FAC_TAILS31 = "\u0003med\u0007general\u0008memorial\u0008regional\u000cpresbyterian\u0009methodist\u0007baptist\u0008lutheran\u0005mercy\u0006center\u0006centre\u0006campus\u0005north\u0005south\u0004east\u0004west";
// ... and those after a word the name rules took for a person's ("Neville Center", "Norfolk General"; not "North", "West",
// "Mercy", "Baptist", which are names of persons too)
const FAC_TAILS_AFTER_NAME31 = "\u0003med\u0007general\u0008memorial\u0008regional\u000cpresbyterian\u0009methodist\u0006center\u0006centre";

/**
 * Token k, in the case of the word before it, closes a place or a facility just found (pending, ending at k - 1, tight):
 * a facility's tail word (FAC_TAILS31). The place and k are a facility: "transfer to Maine Med PICU", "pulm rehab at
 * aurora sheboygan memorial", "BY DR WINSLOW, BETHESDA NORTH ED", "PD SINCE 03/2094 AT DAVITA MADISON EAST". A street
 * (an address) takes no tail here, and a capitalised word after the tail leaves it ("Boston Medical Center" is the
 * older rules'; "Memorial Day", "General Hospital" go on with a name the older rules read). After a person's name found
 * without a title or a role's cue, the tails of FAC_TAILS_AFTER_NAME31 only: "Neville Center", "Norfolk General" (the
 * finding becomes the facility); "Dr. Barron Center", "John West" stay as they were.
 */
function facTail31(k: u32, sh: u32): bool {
  // (stop 34: a VA's or an army post's site initialism in capitals, "Seattle VAMC", "Fort Kessler CBOC": vaSite34())
  if (sh == SH_UPPER && wordIn(k, VA_SITES34)) return vaSite34(k);
  // (stop 39: a town of core words after a facility's, a firm's or a street's comma or a facility's spaced dash,
  // "HOLLOWAY MEMORIAL HOSPITAL, ELGIN (", "TRELLIS LABORATORIES - GRAND JUNCTION"; the bytes between first)
  if (pType == ENTITY_LOCATION && (rd(tGap, k) & (G_COMMA | G_HYPHEN | G_OTHER)) != 0 && facilitySep39(rd(tStart, k)) &&
    townAfterFacility39(k, sh, modeAt(k), pReason == R_ADDRESS)) return true;
  // (stop 40: a chain's branch town after one blank, "LABS 4/6 (LABCORP KENNEWICK):", "at labcorp freehold;";
  // firmTownLoc40())
  if ((pReason == R_ORGANIZATION || pReason == R_FACILITY) && pType == ENTITY_LOCATION && rd(tStart, k) == pEnd + 1 &&
    byteAt(pEnd) == 0x20 && firmTownLoc40(k, sh)) return true;
  // (stop 32: a facility's initialism in brackets after its name, "UNIVERSITY OF VERMONT MEDICAL CENTER (UVMMC)")
  if (!tight(k)) return facInitials32(k, sh);
  if (rd(tShape, k - 1) != sh) return false;
  if (pType == ENTITY_NAME) {
    // (a town the name rules read as a person's name, "Neville Center", "sentara norfolk general": the tails that name no
    // person, and no name a title or a role cued)
    if (pReason == R_TITLE || pReason == R_CUE || pReason == R_CREDENTIAL || !wordIn(k, FAC_TAILS_AFTER_NAME31)) return false;
  } else if (!(pReason == R_CITY || pReason == R_FACILITY || pReason == R_ORGANIZATION || pReason == R_STATE || pReason == R_CITY_STATE) ||
    !wordIn(k, FAC_TAILS31)) return false;
  // (nor does "for" or "of" after it: "Boston Center for Refugee Health" is the organisation rules' name)
  if (k + 1 < count && tight(k + 1) && wordIn(k + 1, "\u0003for\u0002of")) return false;
  if (k + 1 < count && tight(k + 1) && (rd(tGap, k + 1) & G_HYPHEN) == 0 && rd(tShape, k + 1) == sh && (rd(tData, k + 1) & F_FACILITY) == 0 && !wordIn(k + 1, UNIT_WORDS31)) return false;
  // (from the pending finding's start: a person's name becomes the facility, "Lafayette General")
  span(pStart, rd(tEnd, k), ENTITY_LOCATION, pScore, R_FACILITY, true);
  wr(tDone, k, 0xff);
  return true;
}

// ---- Stop 32, facilities and organisations round (fac32): the name before its street address, and a facility's
// initialism in brackets after its name ----

// the frame's words of where before a name ("seen at", "from", "transferred to", "built by", "sees Dr. X with")
const WHERE32 = "\u0002at\u0002to\u0004from\u0002by\u0004with\u0002in";

/**
 * Token m is a word of a name written before its address in shape sh (mixed case: capitalised, or an acronym of two
 * letters or more): no title, credential, month, unit ("Suite"), place cue or person's context word.
 */
function addressNameWord32(m: u32, sh: u32, mode: u32): bool {
  const ms = rd(tShape, m);
  if (!(ms == sh || mode == MODE_MIXED && ms == SH_UPPER && rd(tEnd, m) - rd(tStart, m) >= 2)) return false;
  const md = rd(tData, m);
  return (md & (F_TITLE | F_CRED | F_MONTH | F_VERB_BY | F_NOT_NAME | F_ALLOW | F_LOC_CUE | F_UNIT | F_STATE)) == 0 &&
    ((md & F_BOX) == 0 || (md & F_ORG) == F_ORG) && (!medicalShape(m) || wordIn(m, SPECIALTY_WORDS));
}

/**
 * (fac32) The house number j opens a street address the street rule is writing: the words right before it, closing
 * their line, a comma, a middle dot or "at", are the name the address belongs to (a practice's letterhead, a facility
 * or an employer), when they open their own frame: the line's start, a label's colon, a column, a bracket, a dash, a
 * comma, or a word of where (WHERE32): "Bayou Neurology Associates\n4410 Magazine Street", "Harrowgate Dermatology · 3
 * Pemberton Square", "Audiology Evaluation — Sound Path Hearing Center, 19 Bellamy Square", "employer: sunbelt roofing
 * & sheet metal llc, 3900 industrial loop", "RETURN TO NEVILLE CENTER AT 640 CONCORD AVENUE". Up to six words in the
 * text's case (capitalised in mixed case, "and", "of", "the", "&" and possessives between; a legal form after its
 * comma: "Corbin Hollow Rheumatology, PLLC"). The name needs a facility's or an organisation's head (the word table's,
 * ORG_HEADS31, a specialty, a practice's pair word: "Spine", "Heart") and a word that names it (practiceNameWord), or,
 * with no head, a word that tells it from English (orgDistinctWord29) and no person's name found on it ("John Smith\n12
 * Main St" stays the person's). Words another rule wrote keep their finding, except a guess still pending, which the
 * name takes ("Westbrook Orthopaedic" read as a person's). "lives at home, 12 Main St", "Address\n12 Main St", "Suite
 * 4, 12 Main St", "Jane Doe, MD\n12 Main St" stay as they were.
 */
function nameBeforeAddress32(j: u32, mode: u32): void {
  const sh = textShape(mode);
  const g = rd(tGap, j);
  const s = rd(tStart, j);
  let e = j - 1;
  // the name's end: its line's end, a comma, a middle dot (" · "), or "at"
  if ((g & (G_NEWLINE | G_COMMA)) == 0 && !(s >= 4 && byteAt(s - 1) == 0x20 && byteAt(s - 2) == 0xb7 && byteAt(s - 3) == 0xc2)) {
    if (!tight(j) || !wordIn(e, "\u0002at") || e < 2) return;
    e--;
  }
  if (!exists(e) || e < 1) return;
  let f = e;
  let head = false;
  let named: u32 = 0;
  let distinct = false;
  let org = false;
  let words: u32 = 0;
  // (a letterhead: the name is its line, the address opens the next; any word but a generic one names it there,
  // "Bayou Neurology Associates")
  let letterhead = (g & G_NEWLINE) != 0;
  let plain: u32 = 0;
  while (true) {
    if (!exists(f)) return;
    const inner = f != e && !lineStart(f + 1);
    if (inner && rd(tShape, f) == SH_LOWER && wordIn(f, "\u0003and\u0002of\u0003the")) {
      // (a function word inside the name: "Allergy and Asthma Center of Worcester")
    } else {
      if (!addressNameWord32(f, sh, mode)) return;
      const fd = rd(tData, f);
      if ((fd & F_FACILITY) != 0 || orgHead31(f) || wordIn(f, PRACTICE_PAIR_WORDS)) {
        head = true;
        if ((fd & F_ORG) == F_ORG || wordIn(f, LEGAL_FORMS) || wordIn(f, ORG_HEADS31) && !wordIn(f, CLINICAL_HEADS31)) org = true;
      } else if (wordIn(f, "\u0003and\u0002of\u0003the\u0003for")) {
        if (!inner) return;
      } else {
        if (practiceNameWord(f)) named++;
        else if (!genericModifier(f)) plain++;
        if (orgDistinctWord29(f)) distinct = true;
      }
    }
    if (++words > 6) return;
    const fg = rd(tGap, f);
    // the frame before the name
    if (f == 0 || (fg & (G_NEWLINE | G_START)) != 0) break;
    letterhead = false;
    if ((fg & G_COLON) != 0 || columnGap(f) || punctBefore(rd(tStart, f)) == 0x28 || dashBefore31(f)) break;
    if ((fg & G_COMMA) != 0) {
      // (a legal form after its comma goes on with the name: "Corbin Hollow Rheumatology, PLLC")
      if (f == e && wordIn(f, "\u0004pllc\u0003llc\u0003inc\u0002pc\u0002pa\u0003ltd\u0003llp")) {
        f--;
        continue;
      }
      break;
    }
    if (exists(f - 1) && tight(f) && wordIn(f - 1, WHERE32)) break;
    if (!(tight(f) || ampGap(f) || possessive(f - 1) && (fg & (G_NEWLINE | G_SENT | G_COMMA | G_FAR)) == 0 ||
      (fg & G_PERIOD) != 0 && (fg & (G_NEWLINE | G_COMMA | G_FAR | G_OTHER)) == 0 && wordIn(f - 1, "\u0002st\u0002mt"))) return;
    f--;
  }
  // (a function word or an article opens no name: "AND NEVILLE CENTER", "the Fenwick Hollow Public Library")
  while (f < e && wordIn(f, "\u0003and\u0002of\u0003for\u0003the")) f++;
  // (the evidence: a head and a word that names it, or a word no English list has)
  // (with no head, only opening its line or after a label or a word of where, and not a suffix after a person's comma:
  // "DELAHUNT, ESQ.\n125 HIGH STREET")
  const fg = rd(tGap, f);
  if (!(head && (named > 0 || letterhead && plain > 0) || !head && distinct && mode != MODE_LOWER && (fg & G_COMMA) == 0 &&
    (f < e || rd(tEnd, f) - rd(tStart, f) > 3) && !wordIn(f, "\u0003esq\u0002jr\u0002sr"))) return;
  const a = rd(tStart, f);
  const b = rd(tEnd, e);
  // (words another rule wrote keep their finding; a pending guess on the name's words is taken in, a person's name
  // with no head keeps its finding)
  if (a < flushedEnd) return;
  const pend = pType != 0 && pEnd > a && pStart < b;
  if (pend && (pStart < a || pEnd > b || pType == ENTITY_NAME && (!head || pReason == R_TITLE || pReason == R_CUE || pReason == R_CREDENTIAL))) return;
  for (let m = f; m <= e; m++) if (rd(tDone, m) != 0 && !(pend && rd(tEnd, m) <= pEnd)) return;
  // (a name with no head is an organisation's, "Quorbelcom\n338 Main St"; a facility or organisation pending on the
  // name's words keeps its type, and its span when it opens where the name does: "Ravensworth Internal Medicine")
  let reason = org || !head ? R_ORGANIZATION : R_FACILITY;
  if (pend && pType == ENTITY_LOCATION && (pReason == R_FACILITY || pReason == R_ORGANIZATION)) {
    if (pStart <= a && pEnd >= b) return;
    reason = pReason;
  }
  // (a finding pending after the name, the address's first words, stays pending: the name is written out before it)
  if (pType != 0 && pStart >= b) {
    emit(a, b, ENTITY_LOCATION, reason, 850);
    flushedEnd = b;
  } else span(a, b, ENTITY_LOCATION, 850, reason);
  for (let m = f; m <= e; m++) wr(tDone, m, 0xff);
}

/**
 * (fac32) Token k, in brackets right after a facility or organisation just found (pending, "(" and at most one blank
 * between), is its initialism: three to six letters in capitals (in lower case after a lower-case name), the first
 * the initial of the name's first word or of one of the three tight words before it that the finding left out:
 * "UNIVERSITY OF VERMONT MEDICAL CENTER (UVMMC)", "Providence St. Aidan (PSA)". "Mercy Hospital (ICU)", "Boston (MA)"
 * and a town's bracket stay: a unit, a place's finding, or another initial.
 */
function facInitials32(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  const len = e - s;
  if (pType != ENTITY_LOCATION || !(pReason == R_FACILITY || pReason == R_ORGANIZATION) || len > 6 || s - pEnd > 2 ||
    byteAt(s - 1) != 0x28 || e >= inLen || byteAt(e) != 0x29 || wordIn(k, UNIT_WORDS31)) return false;
  if (!(sh == SH_UPPER || sh == SH_LOWER && byteAt(pStart) >= 0x61) || (rd(tData, k) & (F_CRED | F_UNIT | F_STATE | F_TITLE)) != 0) return false;
  const c = byteAt(s) | 0x20;
  // (the finding's first word, then the words before it on its line: "Providence St." before "Aidan")
  let q = k - 1;
  while (q > 0 && exists(q - 1) && rd(tStart, q) > pStart) q--;
  let ok = (byteAt(rd(tStart, q)) | 0x20) == c;
  for (let n: u32 = 0; !ok && n < 3 && q > 0 && exists(q - 1) && (rd(tGap, q) & (G_NEWLINE | G_COMMA | G_FAR | G_COLON)) == 0; n++) {
    q--;
    const qs = rd(tShape, q);
    ok = (byteAt(rd(tStart, q)) | 0x20) == c && (qs == SH_CAP || qs == SH_UPPER || qs == SH_LOWER && byteAt(pStart) >= 0x61);
  }
  if (!ok) return false;
  span(s, e, ENTITY_LOCATION, pScore, pReason);
  wr(tDone, k, 0xff);
  return true;
}

/** (stop 32) Token k has the length and first letter of a word of CHAINS32: org31's gate's cheap test. */
// @ts-ignore: decorator
@inline function chainShape32(k: u32): bool {
  const s0 = rd(tStart, k);
  const len = rd(tEnd, k) - s0;
  const c = byteAt(s0) | 0x20;
  return len == 3 ? c == 0x63 : len == 5 ? c == 0x71 : len == 6 ? c == 0x63 || c == 0x6b || c == 0x70 :
    len == 7 ? c == 0x77 || c == 0x73 || c == 0x6c : len == 9 && c == 0x77;
}

// the national pharmacy and laboratory chains that notes name alone, by their branch ("at CVS on Main St", "labs drawn
// at Quest in Florissant", "refill to walgreens #4410"): a closed class, as the facility heads are
const CHAINS32 = "\u0003cvs\u0009walgreens\u0007walmart\u0006costco\u0006kroger\u0006publix\u0007safeway\u0005quest\u0007labcorp";

/**
 * (fac32) Token k is a national pharmacy's or laboratory's chain (CHAINS32) named alone after a word of where ("at",
 * "to", "from", "via", "by") or a pharmacy's label ("pharmacy:", "pharmacy (", "pharmacy cvs"), and what follows is its
 * branch or nothing: "on"/"in"/"at" and a place, a store's '#', a bracket, a comma, a date's number or the clause's end
 * ("BP 168/92 this morning at CVS in Peabody", "INR CHECK AT QUEST ON 3/24.", "PHARMACY: CVS MAIN ST"). Any letter case
 * for the acronyms; "quest" in lower case only in lower-case text. "on a quest to heal", "referred for CVS at 11
 * weeks" (chorionic villus sampling, after no word of where), "Quest for answers" stay words.
 */
function chain32(k: u32, sh: u32, mode: u32): bool {
  if (!wordIn(k, CHAINS32) || rd(tDone, k) != 0 || k == 0 || !exists(k - 1)) return false;
  const quest = wordIn(k, "\u0005quest");
  if (sh == SH_LOWER && mode != MODE_LOWER && (quest || !wordIn(k, "\u0003cvs"))) return false;
  if (!(sh == SH_LOWER || sh == SH_UPPER || sh == SH_CAP)) return false;
  const p = k - 1;
  const g = rd(tGap, k);
  const label = wordIn(p, "\u0008pharmacy\u0005pharm\u0002rx") && (g & (G_NEWLINE | G_SENT | G_FAR)) == 0;
  // (stop 40: or its branch's town after one blank, in any frame, "LABS 4/6 (LABCORP KENNEWICK):"; the town joins at its
  // own turn, firmTownLoc40())
  if (k + 1 < count && tight(k + 1) && rd(tStart, k + 1) == rd(tEnd, k) + 1 &&
    branchTownLoc40(k + 1, rd(tShape, k + 1)) != 0) return true;
  if (!(label || tight(k) && wordIn(p, "\u0002at\u0002to\u0004from\u0003via\u0002by"))) return false;
  // (what follows: nothing more in the clause, a store's '#', a bracket, a comma, a number, or "on"/"in"/"at")
  if (k + 1 >= count) return true;
  const n = k + 1;
  const ng = rd(tGap, n);
  if ((ng & (G_NEWLINE | G_SENT | G_COMMA | G_HASH | G_FAR | G_OTHER)) != 0 || punctAfter(rd(tEnd, k)) == 0x28) return true;
  if (rd(tShape, n) == SH_NUM) return true;
  if (wordIn(n, "\u0002on\u0002in\u0002at")) return !quest || n + 1 < count && rd(tShape, n + 1) != SH_LOWER || mode == MODE_LOWER;
  // (a pharmacy's label before: a street's or a town's words after the chain, "PHARMACY: CVS MAIN ST WESTBURY")
  return label && rd(tShape, n) == sh && sh != SH_LOWER;
}

// ---- Stop 33, organisations round (org33): firms, agencies and services named in a frame that says what they are,
// with no head word (self-contained: org33Gate, org33) ----

// the armed services' names: the branch after "US" ("US Navy", "US ARMY"), "Coast Guard", "National Guard", "Air Force"
const BRANCHES33 = "\u0004navy\u0004army\u0007marines\u0006marine\u0003air\u0005coast\u0008national\u0005space";
// a public agency's initialism after its state ("WV DHHR", "PA DOH", "Texas DSHS", "NYS OMH", "Delaware DMV"): a closed
// class of departments' and offices' initialisms, and the state's programmes ("Arkansas Medicaid", "Rhode Island WIC")
const STATE_AGENCIES33 = "\u0003doh\u0004dhhr\u0004dshs\u0003dmv\u0003dcf\u0004dcfs\u0003dhs\u0004dhhs\u0003dss\u0003dph\u0003dot\u0003doc\u0003dmh\u0003dds\u0003omh\u0004ocfs\u0004dcyf\u0004dfps\u0003cps\u0003aps\u0003wic\u0008medicaid";
// two-letter state codes that are English words or common abbreviations: no agency's state alone ("IN DSS CUSTODY")
const STATE_WORD_CODES33 = "\u0002in\u0002or\u0002me\u0002oh\u0002ok\u0002hi\u0002de\u0002la\u0002al\u0002co\u0002id";
// words of a clause that say the next name after "via", "from", "to", "by" or "through" is a firm: a supplier's, a
// laboratory's, a transport's or an insurer's context ("wound vac from KCI", "FISH SENT TO NEOGENOMICS", "HEP issued
// via MedBridge", "auth submitted via naviHealth"; stop 37: a report's registry, agency or blood supplier, "Reported
// to NPDS.", "REPORTED TO VITALANT (REF")
const FIRM_CONTEXT33 = "\u0003dme\u0006vendor\u0008supplier\u0006supply\u0008supplies\u0003vac\u0004npwt\u0006rental\u0004labs\u0004sent\u0008specimen\u0006sample\u0004fish\u0004auth\u0006issued\u0009delivered\u0009transport\u0008reported";
// (org38) what is done with records, bills and parcels, a clause's context as FIRM_CONTEXT33's but never before "by", where
// a person does it ("REQUESTED BY MARISA (UNIT SECRETARY)"): "records faxed to CIOX,", "billed to TRICARE.", "shipped
// via UPS;"
const FIRM_VERBS38 = "\u0005faxed\u0006billed\u0007shipped\u0006mailed\u0007courier\u0007records";
// care settings and services written as initialisms, never a firm after "sent to" ("sent to PACU", "referred to MFM")
const CARE_INITIALS33 = "\u0004pacu\u0003snf\u0004ltac\u0003irf\u0003mri\u0003ent\u0003mfm\u0003slp\u0003pcp\u0004cath\u0004path\u0003ekg\u0004echo\u0005psych\u0003cno\u0003cmo\u0003ceo\u0003coo\u0003cfo\u0004cmio\u0004cnio";
// (org38) the service a firm's word is named for right after it, which says what the word is with no clause before it:
// "sent via CIOX portal", "Travel via DAV van", "tele-rehab via MOVN app", "records req'd via TRICARE network", "meds via
// Genentech access programme"
const FIRM_SERVICES38 = "\u0006portal\u0003van\u0003app\u0007network\u0006access\u0009programme\u0007program\u000aenrollment\u0007shuttle";
// (org38) a reference's label after the firm's bracket or comma: "interpreter via Propio (ID PRP-30117)", "auth submitted
// via naviHealth, ref NH-96", "Medical alert via Lifeline, subscriber # LL-0041877", "claim pending with VBA (file C-44"
const FIRM_REF_LABELS38 = "\u0002id\u0003ref\u000asubscriber\u0006member\u000aenrollment\u0004file\u0005claim\u0004case\u0007account\u0004acct\u0006policy";

/** (org33) Token t is a firm's or agency's initialism: three to eight capitals no word list has, no care setting's. */
function firmInitials33(t: u32): bool {
  const len = rd(tEnd, t) - rd(tStart, t);
  return rd(tShape, t) == SH_UPPER && len >= 3 && len <= 8 && tierOf(rd(tData, t)) == 0 && (rd(tData, t) & (CONTEXT_WORDS | F_NOT_NAME)) == 0 &&
    !wordIn(t, CARE_INITIALS33) && !wordIn(t, UNIT_WORDS31) && !wordIn(t, CAPS_CLINICAL_TERMS) && !medicalShape(t);
}

/** (org33) The two letters (first << 8 | second, folded) are a state code that is an English word: in, or, oh, ok, me, hi. */
// @ts-ignore: decorator
@inline function englishCode33(w: u32): bool {
  return w == 0x696e || w == 0x6f72 || w == 0x6f68 || w == 0x6f6b || w == 0x6d65 || w == 0x6869;
}

/**
 * (org33) Token k may open one of org33()'s names, or is "rep" after a firm: the cheap tests of step(), on k's own
 * length, first letter (c, folded), flags (d) and shape first, the next token's length and letter only after them. An
 * armed service's first word before a branch's next word; a state before an agency's letter; "rep". (A firm's word
 * after a word of where is no core word and reaches decide(): laterRounds() reads it, firmAfterWhere33().) Since stop 34
 * step() reads org33May() (lengths by first letter, ORG33_SHAPES) or the state's flag first and calls org33Hook(): a
 * first word added here must be added there.
 */
// @ts-ignore: decorator
@inline function org33Gate(k: u32, sh: u32, len: u32, c: u32, d: u32): bool {
  // ("rep" or "representative" itself: the firm is the word before)
  if ((len == 3 || len == 4 || len == 14) && c == 0x72) return (byteAt(rd(tStart, k) + 1) | 0x20) == 0x65 && (byteAt(rd(tStart, k) + 2) | 0x20) == 0x70;
  // (a service's first word, "us", "usa", "air", "army", "coast", "space", "marine", "national"; a state or "NYS", a
  // two-letter code in capitals only and none of "IN", "OR", "ME", "OH", "OK", "HI", the words every text has)
  const svc = len == 2 && c == 0x75 || len == 3 && (c == 0x75 || c == 0x61) || len == 4 && c == 0x61 || len == 5 && (c == 0x63 || c == 0x73) ||
    len == 6 && c == 0x6d || len == 8 && c == 0x6e;
  const state = (d & F_STATE) != 0 && (len > 2 || sh == SH_UPPER && !englishCode33(c << 8 | byteAt(rd(tStart, k) + 1) | 0x20)) || len == 3 && c == 0x6e;
  if (svc || state) {
    const ns = rd(tStart, k + 1);
    const nl = rd(tEnd, k + 1) - ns;
    const n0 = byteAt(ns) | 0x20;
    // (a branch's next word, "navy", "army", "guard", "force", "corps", "marines", "national")
    if (svc && (nl == 4 && (n0 == 0x6e || n0 == 0x61) || nl == 5 && (n0 == 0x67 || n0 == 0x66 || n0 == 0x63) || nl == 7 && n0 == 0x6d ||
      nl == 8 && n0 == 0x6e)) return true;
    // (an agency's first letter, d, o, c, a, w, m)
    if (state && nl >= 3 && nl <= 8 && (n0 == 0x64 || n0 == 0x6f || n0 == 0x63 || n0 == 0x61 || n0 == 0x77 || n0 == 0x6d)) return true;
  }
  return false;
}

// (stop 34) org33Gate()'s lengths by first letter (bit n: length n; index: the letter's low five bits): "rep" (3, 4, 14),
// a service's first word ("us" 2, "usa" 3, "air" 3, "army" 4, "coast" 5, "space" 5, "marine" 6, "national" 8), "nys" (3)
const ORG33_SHAPES: usize = memory.data<u16>([0, 0x18, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0x108, 0, 0, 0, 0x4018, 0x20,
  0, 0xc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * (stop 34) Token of length len and first byte b0 may pass org33Gate() on its own letters (step()'s inline test, one
 * load; the other way in is a state's flag). A word org33Gate() is made to pass must pass here too: a new first word's
 * length goes into ORG33_SHAPES.
 */
// @ts-ignore: decorator
@inline function org33May(len: u32, b0: u32): bool {
  return len < 16 && ((<u32>load<u16>(ORG33_SHAPES + ((b0 & 31) << 1)) >> len) & 1) != 0;
}

/**
 * (stop 34) org33Gate() and org33() out of step()'s inline body, called behind org33May() or a state's flag: fewer
 * instructions than the gate's tests inline in the hot loop (docs/performance.md, stop 34).
 */
function org33Hook(k: u32, sh: u32, len: u32, c: u32, d: u32): bool {
  return org33Gate(k, sh, len, c, d) && org33(k, sh, len);
}

/**
 * (org33) Writes an organisation that token k opens, in one of these frames, and returns true:
 * - an armed service (armedService33): "deployed with US Navy", "SERVED IN THE US ARMY", "in the Coast Guard", "Army
 *   National Guard", "Air Force";
 * - a state's agency (stateAgency33): "via WV DHHR", "TO PA DOH", "Texas DSHS", "NYS OMH", "Arkansas Medicaid";
 * - a firm before its representative (firmRep33): "Omnipod rep Derek Stroud", "(MEDTRONIC REP KYLE";
 * - one firm's word after "via", "from", "to", "by" or "through" in a supplier's, a laboratory's or a transport's
 *   clause, or a hospital's initialism after "at", "to" or "from" in mixed case (firmAfterWhere33): "wound vac from
 *   KCI,", "FISH SENT TO NEOGENOMICS (", "HEP issued via MedBridge", "Prior MBS at HPRMC Aug 2093", "at RPH.".
 */
function org33(k: u32, sh: u32, len: u32): bool {
  if (rd(tDone, k) != 0) return false;
  if ((byteAt(rd(tStart, k)) | 0x20) == 0x72 && wordIn(k, "\u0003rep\u0004reps\u000erepresentative")) return firmRep33(k - 1, rd(tShape, k - 1));
  if ((rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) != 0) return false;
  // (each rule reads the text's letter case after its own word tests: modeAt() is dear)
  return armedService33(k, sh) || stateAgency33(k, sh);
}

/**
 * (org33) Token k opens an armed service's name: a branch after "US" in capitals ("US Navy", "US ARMY", "US Marines"),
 * or a branch's two or three words in the text's case ("Coast Guard", "Army National Guard", "AIR FORCE", "Marine
 * Corps"; lower case in lower-case text only). "navy blue", "the national guard" in mixed text, "Army" alone stay words.
 */
function armedService33(k: u32, sh: u32): bool {
  let j = k;
  const us = wordIn(k, "\u0002us\u0003usa");
  if (!us && !wordIn(k, BRANCHES33)) return false;
  const mode = modeAt(k);
  // ("US" in capitals, not the pronoun: in lower-case text only after "the")
  if (us) {
    if (sh != SH_UPPER && !(mode == MODE_LOWER && k > 0 && exists(k - 1) && wordIn(k - 1, "\u0003the"))) return false;
    j++;
  }
  if (j + 1 >= count || !wordIn(j, BRANCHES33) || j > k && !tight(j)) return false;
  const js = rd(tShape, j);
  // (the branch's words in the text's case: capitalised in mixed case, "Coast Guard"; "navy blue" and "the national
  // guard" in mixed text stay words)
  if (!(js == SH_CAP && mode != MODE_CAPS || js == SH_UPPER && (mode == MODE_CAPS || us) || js == SH_LOWER && mode == MODE_LOWER)) return false;
  let last: u32 = 0;
  const n = j + 1;
  const nt = n < count && tight(n) && rd(tShape, n) == js;
  if (nt && wordIn(j, "\u0004army\u0003air") && n + 1 < count && wordIn(n, "\u0008national") && tight(n + 1) && wordIn(n + 1, "\u0005guard")) last = n + 1;
  else if (nt && wordIn(j, "\u0005coast\u0008national") && wordIn(n, "\u0005guard")) last = n;
  else if (nt && wordIn(j, "\u0003air\u0005space") && wordIn(n, "\u0005force")) last = n;
  else if (nt && wordIn(j, "\u0006marine") && wordIn(n, "\u0005corps")) last = n;
  else if (us && wordIn(j, "\u0004navy\u0004army\u0007marines")) last = j;
  if (last == 0) return false;
  // (in mixed case, inside a longer name: a capitalised word before or after, "Fenmoor Air Force Base")
  if (js == SH_CAP && (!us && k > 0 && exists(k - 1) && tight(k) && rd(tShape, k - 1) == js ||
    last + 1 < count && tight(last + 1) && rd(tShape, last + 1) == js)) return false;
  spanDone(rd(tStart, k), rd(tEnd, last), ENTITY_LOCATION, 800, R_ORGANIZATION, k, last);
  return true;
}

/** (org33) Token k, a state (or "NYS"), before a public agency's initialism or programme (STATE_AGENCIES33). */
function stateAgency33(k: u32, sh: u32): bool {
  const n = k + 1;
  if (!tight(n) || !wordIn(n, STATE_AGENCIES33)) return false;
  const len = rd(tEnd, k) - rd(tStart, k);
  if (!((rd(tData, k) & F_STATE) != 0 || wordIn(k, "\u0003nys"))) return false;
  const mode = modeAt(k);
  // (a two-letter code in capitals; one that is an English word or a credential only before a department's initialism in
  // capitals in mixed-case text, "PA DOH" in ALL CAPS stays a question)
  if (len == 2 && (sh != SH_UPPER || wordIn(k, STATE_WORD_CODES33) && mode != MODE_MIXED)) return false;
  const ns = rd(tShape, n);
  // (the agency in capitals, or the programme's word capitalised in mixed case; lower case in lower-case text)
  if (!(ns == SH_UPPER || ns == SH_CAP && mode == MODE_MIXED && len > 2 && wordIn(n, "\u0008medicaid") || ns == SH_LOWER && mode == MODE_LOWER && len > 2)) return false;
  if (len > 2 && !(sh == SH_CAP && mode == MODE_MIXED || sh == SH_UPPER && ns == SH_UPPER || sh == SH_LOWER && ns == SH_LOWER)) return false;
  span(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 800, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  wr(tDone, n, 0xff);
  return true;
}

/**
 * (org33) Token k, a firm's word no English list has (or an initialism), before "rep" or "representative" and a name or
 * a colon: the device maker or the supplier ("Pump replaced by Omnipod rep Derek Stroud", "ICD INTERROGATION (MEDTRONIC
 * REP KYLE BAPTISTE)", "BY MEDTRONIC REP SHAUNA:"). "sales rep", "drug rep", "Union rep" are English words.
 */
function firmRep33(k: u32, sh: u32): bool {
  // (a guess pending on the word alone gives way, "Omnipod" read as a capitalised name; one begun before it stays)
  // (org39: a maker's word of MAKERS39 that a cue's guess holds alone, pending, too: "by Medtronic rep Shauna")
  const alone = exists(k) && pType == ENTITY_NAME && pStart == rd(tStart, k) && pEnd == rd(tEnd, k) && wordIn(k, MAKERS39);
  if (!exists(k) || !tight(k + 1) || rd(tDone, k) != 0 && !alone || pType != 0 && pStart < rd(tStart, k) && pEnd > rd(tStart, k)) return false;
  const mode = modeAt(k);
  if (sh != textShape(mode) && !(sh == SH_UPPER && mode == MODE_MIXED)) return false;
  // (org39: or a device maker's word that a list has, "by Medtronic rep Shauna", "ABBOTT REP")
  if (!(orgDistinctWord29(k) && tierOf(rd(tData, k)) == 0 || firmInitials33(k) || wordIn(k, MAKERS39))) return false;
  if (k > 0 && exists(k - 1) && tight(k) && (rd(tDone, k - 1) != 0 || (rd(tData, k - 1) & F_TITLE) != 0)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_LOCATION, alone && pScore >= 750 ? pScore + 1 : 750, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * (org33) Token k alone after a word of where, closing its clause (a comma, a semicolon, a bracket, a period, the line's
 * end, or "rep", "site", "office", "on", "for", "ref" next): a firm's word when the clause before says what it is
 * (FIRM_CONTEXT33 within four words before: "wound vac from KCI,", "LABS SENT TO SPECTRA, REQ", "HEP issued via
 * MedBridge code"), a firm's initialism in capitals or a word no list has; or, in mixed case, a hospital's initialism
 * ending in "MC" or "H" after "at", "to" or "from" ("Prior MBS at HPRMC Aug 2093", "s/p R TKA at RPH.", "go to ED at
 * OVMC if worse"). "sent to PACU", "via MyChart"? (no context), "through the ED", "from Physical Therapy" stay words.
 */
function firmAfterWhere33(k: u32, sh: u32): bool {
  const p = k - 1;
  if (!tight(k) || !wordIn(p, "\u0002at\u0002to\u0002by\u0003via\u0004from\u0007through")) return false;
  const d = rd(tData, k);
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  const len = e - s;
  // (a hospital's initialism in mixed case after "at", "to", "from": its last letters first)
  const z = byteAt(e - 1) | 0x20;
  if (sh == SH_UPPER && len <= 6 && (z == 0x68 || z == 0x63 && (byteAt(e - 2) | 0x20) == 0x6d) && wordIn(p, "\u0002at\u0002to\u0004from")) {
    if (!firmInitials33(k) || modeAt(k) != MODE_MIXED) return false;
    span(s, e, ENTITY_LOCATION, 700, R_FACILITY);
    wr(tDone, k, 0xff);
    return true;
  }
  if (wordIn(p, "\u0002at")) return false;
  // (closing its clause)
  let closed = e >= inLen || k + 1 >= count;
  if (!closed) {
    const b = punctAfter(e);
    const ng = rd(tGap, k + 1);
    closed = b == 0x2c || b == 0x3b || b == 0x28 || b == 0x29 || b == 0x2e || (ng & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER)) != 0 ||
      tight(k + 1) && wordIn(k + 1, "\u0003rep\u0004site\u0006office\u0002on\u0003for\u0003ref\u0004code\u0004draw");
  }
  // (org38: a service's word after it, or a reference's label after its bracket or comma, says what it is with no clause
  // before it: "via CIOX portal", "via Propio (ID PRP-30117)")
  // (a capitalised word after it in mixed case is the name's own, "via Walgreens Specialty"; a patient portal's "My..." is
  // no firm's name, "via MyChart portal")
  let ok = !wordIn(p, "\u0002to") && k + 1 < count && !((byteAt(s) | 0x20) == 0x6d && (byteAt(s + 1) | 0x20) == 0x79) &&
    (tight(k + 1) && wordIn(k + 1, FIRM_SERVICES38) && rd(tShape, k + 1) != SH_CAP || closed && (byteAt(e) == 0x2c || byteAt(e) == 0x28 ||
    byteAt(e) == 0x20 && byteAt(e + 1) == 0x28) && (rd(tGap, k + 1) & (G_NEWLINE | G_FAR)) == 0 && wordIn(k + 1, FIRM_REF_LABELS38));
  if (ok) closed = true;
  if (!closed) return false;
  // (the clause's context: a supplier's, a laboratory's or a transport's word within four words before, on its line)
  let q = p;
  for (let i: u32 = 0; i < 4 && !ok && q > 0 && exists(q - 1) && (rd(tGap, q) & (G_NEWLINE | G_SENT | G_FAR)) == 0; i++) {
    q--;
    ok = wordIn(q, FIRM_CONTEXT33) || wordIn(q, FIRM_VERBS38) && !wordIn(p, "\u0002by") || wordIn(q, "\u0004home") && wordIn(q + 1, "\u0006health");
  }
  if (!ok) return false;
  // (the word: an initialism, or in mixed case a capitalised word no list has and no person's or place's)
  if (!firmInitials33(k) && !(sh == SH_CAP && tierOf(d) == 0 && nameStr(k) < 2 && placeStr(d) < 2 && orgDistinctWord29(k) && modeAt(k) == MODE_MIXED)) return false;
  span(s, e, ENTITY_LOCATION, 700, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  // (a reference's label after the comma is no credential of a name: "SUBMITTED TO AETNA, REF PA-7719024")
  if (k + 1 < count && wordIn(k + 1, "\u0003ref")) wr(tDone, k + 1, 0xff);
  return true;
}

// ---- Stop 34, organisations round (org34): a payer, a carrier, a laboratory or a network named by one word no list
// has, told by its compound's last part or by the label before it (org34, firmCompound34; read from laterRounds() after
// firmAfterWhere33), and a VA's site initialism after its town (vaSite34, read from facTail31()) ----

// the last part of a firm's compound word, a closed class of what payers, carriers, laboratories and networks call
// themselves: "SelectHealth", "TennCare", "CareFlite", "LifeFlight", "NeoGenomics", "HealthPartners", "NorthShore",
// "LifeShare", "TruHearing", "BrightStar" (a device's or a drug's compound ends otherwise: "EpiPen", "SynchroMed",
// "InterStim", "CoverMyMeds")
const FIRM_ENDS34 = "\u0006health\u0004care\u0005share\u0005shore\u0006flight\u0005flite\u0008genomics\u0008partners\u0007hearing\u0004star";
// a payer's, a carrier's or an employer's label right before the firm (a colon or a blank between): "Secondary:
// MassHealth", "supplement Wellmark", "TRANSPORT: EAGLEMED", "Insurance TennCare"
const LABEL_CUES34 = "\u0009insurance\u0005payer\u0009secondary\u000asupplement\u0007carrier\u0009transport\u0008employer";
// the words that may follow a firm's word and close it: a member's or a claim's label, a network, a representative, an
// image exchange, a transport's kind ("SelectHealth ID SH88", "Wellmark ID", "POWERSHARE IMAGE EXCHANGE", "EAGLEMED FIXED-WING")
const FIRM_TAILS34 = "\u0002id\u0006member\u0003mbr\u0005group\u0006policy\u0005claim\u0007network\u0003rep\u0005image\u0005fixed";

/**
 * (org34) Token k (s..e), a word no list has, is a firm's compound: it ends in one of FIRM_ENDS34's parts after three
 * letters or more, in mixed case with a camel's hump (a lower-case letter, then a capital) as its last capital
 * ("SelectHealth", "CareFlite", "NorthShore"; not "VESIcare", not a portal's "MyHealth"), or in capitals ("TENNCARE");
 * not a kind of care ("TELEHEALTH", "HomeCare", "SELFCARE", "UrgentCare": tele-, home-, self-, urge-).
 */
function firmCompound34(k: u32, sh: u32, s: u32, e: u32): bool {
  if (!endsWithAny(k, FIRM_ENDS34, 3)) return false;
  // (a kind of care, no firm's name: "TELEHEALTH", "HomeCare", "SELFCARE", "UrgentCare")
  const w = (byteAt(s) | 0x20) << 24 | (byteAt(s + 1) | 0x20) << 16 | (byteAt(s + 2) | 0x20) << 8 | byteAt(s + 3) | 0x20;
  if (w == 0x74656c65 || w == 0x686f6d65 || w == 0x73656c66 || w == 0x75726765) return false;
  if (sh == SH_UPPER) return true;
  // (the last capital, four letters or more from the end, after a lower-case letter and three letters or more: not a
  // portal's "MyHealth")
  let i = e - 4;
  while (i > s + 2 && !(byteAt(i) >= 0x41 && byteAt(i) <= 0x5a)) i--;
  const b = byteAt(i - 1);
  return i > s + 2 && byteAt(i) <= 0x5a && b >= 0x61 && b <= 0x7a;
}

// a VA's or an army post's site initialism after its town or its post's name: a VA medical center, a VA health care
// system, an army health clinic, an army community hospital, a community-based outpatient clinic
const VA_SITES34 = "\u0004vamc\u0005vahcs\u0003ahc\u0003ach\u0004cboc";

/**
 * (org34) Token k, a site initialism in capitals (VA_SITES34), right after a place or a facility just found (pending, ending
 * at k - 1, tight; from facTail31()) or a name no title or role cued: the place and k are the facility ("Seattle VAMC",
 * "Mount Vernon CBOC", "the Bedford VAMC"). A capitalised word after it, or a comma and a unit's word ("Bedford VAMC,
 * Bldg 7"), leaves it to the older rules.
 */
function vaSite34(k: u32): bool {
  if (!tight(k) || rd(tShape, k - 1) == SH_LOWER || pType == ENTITY_NAME && (pReason == R_TITLE || pReason == R_CUE || pReason == R_CREDENTIAL)) return false;
  if (k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == rd(tShape, k - 1) && (rd(tData, k + 1) & F_FACILITY) == 0) return false;
  // (nor a building's or a unit's word after a comma: "Bedford VAMC, Bldg 7" would become an address's line)
  if (k + 1 < count && (rd(tGap, k + 1) & G_COMMA) != 0 && (rd(tData, k + 1) & F_UNIT) != 0) return false;
  // (a score above the place's: the finding becomes the facility)
  span(pStart, rd(tEnd, k), ENTITY_LOCATION, pScore + 1, R_FACILITY, true);
  wr(tDone, k, 0xff);
  return true;
}

/**
 * (org34) Writes token k, a capitalised word (in capitals in ALL CAPS) that no list has, as a firm when its frame says
 * so, and returns true:
 * - a firm's compound (firmCompound34), in mixed case after a word of where, a label's colon, a comma, a bracket or a
 *   slash, or closing its clause: "billing to SelectHealth (member", "by CareFlite.", "PGT-A by CooperGenomics (",
 *   "Insurance TennCare/BlueCare ID", "Dr. Abramowitz, NorthShore - Skokie"; in capitals after a word of where or a slash
 *   and closing its clause ("VIA POWERSHARE IMAGE EXCHANGE", "BY CAREFLITE.", "BY LIFEFLIGHT NORTH"); after a payer's
 *   label in both ("Secondary: MassHealth Standard", "INSURANCE HEALTHPARTNERS,");
 * - any such word closing its clause (a comma, a bracket, a period, a dash, the line's end, or FIRM_TAILS34 next) right
 *   after a payer's, a carrier's or an employer's label (LABEL_CUES34: "supplement Wellmark ID", "TRANSPORT: EAGLEMED
 *   FIXED-WING").
 * Not a word of medical shape, an e-mail's host, a word inside a longer capitalised name ("ProHealth Physicians",
 * "CoxHealth Branson", "INSURANCE: GULFSTAR HEALTH PLAN"), nor one a rule begun before k holds. "secondary to
 * Klebsiella" (no label's frame), "CONSENT TO TELEHEALTH OBTAINED", "via MyChart", "an EpiPen", "VESIcare" stay words.
 */
function org34(k: u32, sh: u32, mode: u32): bool {
  if (rd(tDone, k) != 0 || mode == MODE_LOWER || sh == SH_CAP && mode != MODE_MIXED) return false;
  const d = rd(tData, k);
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || pType != 0 && pStart < s && pEnd > s || byteAt(s - 1) == 0x40 || medicalShape(k)) return false;
  const p = k - 1;
  const g = rd(tGap, k);
  // (the clause closes after k: a comma, a semicolon, a bracket, a period, a slash, a dash, the line's end, or a tail)
  let closed = e >= inLen || k + 1 >= count;
  if (!closed) {
    const b = punctAfter(e);
    closed = b == 0x2c || b == 0x3b || b == 0x28 || b == 0x29 || b == 0x2e || b == 0x3a ||
      (rd(tGap, k + 1) & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_JOIN | G_HYPHEN)) != 0 || tight(k + 1) && wordIn(k + 1, FIRM_TAILS34);
  }
  const prep = tight(k) && wordIn(p, "\u0002to\u0002by\u0003via\u0004from\u0007through");
  const label = (tight(k) || (g & G_COLON) != 0) && wordIn(p, LABEL_CUES34);
  let ok = false;
  if (firmCompound34(k, sh, s, e)) {
    // (a compass word may follow a carrier's, "LIFEFLIGHT NORTH"; another capitalised word makes k a longer name's)
    const next = !closed && k + 1 < count && tight(k + 1) && rd(tShape, k + 1) == sh;
    const compass = next && (rd(tData, k + 1) & F_DIRECTION) != 0;
    // (a payer's label decides before a plan's word, "Secondary: MassHealth Standard"; not before a head word, "INSURANCE:
    // GULFSTAR HEALTH PLAN" is the longer name's)
    ok = label && !(next && (rd(tData, k + 1) & F_FACILITY) != 0) || (sh == SH_CAP ? closed || compass || !next && (prep || (g & (G_COLON | G_COMMA | G_NEWLINE | G_OTHER | G_JOIN)) != 0) :
      (closed || compass) && (prep || (g & G_JOIN) != 0));
  } else ok = label && closed && (g & (G_NEWLINE | G_FAR)) == 0;
  if (!ok) return false;
  span(s, e, ENTITY_LOCATION, 750, R_ORGANIZATION);
  wr(tDone, k, 0xff);
  return true;
}

// ---- Stop 35, organisations and places round (org35): a name of common English words before a two-word head, read
// from the facility walk in decide() (namedTwoWordHead35) ----

/**
 * (org35) Token m describes a facility's kind, not which one: a generic, department, practice or specialty word, a
 * hospital's service, an adjective ("Surgical", "Behavioral"), a facility modifier of the kind ("Medical", "Regional",
 * "Community"), a possessive ("Children's", "Women's"), or a hospice's level of care ("LEVEL OF CARE: ROUTINE HOME
 * CARE", "Continuous Home Care", "Inpatient Respite Care"); no function word ("Office of Health Services").
 */
function kindWord35(m: u32): bool {
  return !wordIn(m, NAME_FUNCTION_WORDS) && (genericModifier(m) || wordIn(m, HOSPITAL_SERVICE_WORDS) || endsWithAny(m, ADJECTIVE_ENDINGS, 2) ||
    possessive(m) || wordIn(m, "\u0007routine\u000acontinuous\u0007respite") ||
    (rd(tData, m) & F_FAC_MOD) != 0 && tierOf(rd(tData, m)) == 1 && !wordIn(m, "\u0006valley\u0005mercy\u000aprovidence\u0005saint\u0005mount"));
}

/**
 * (org35) The facility walk's head k..last (in the text's case, capitalised in mixed case, capitals in ALL CAPS) is a
 * head of two words, a kind's word before its head ("Wound Center", "Family Clinic", "Surgical Hospital", "Urgent Care",
 * "Youth Services" is none), and one to three common English words before it name the place when a frame says where:
 * a word of where right before them ("at", "to", "from", "by", "via", "with"), a label's colon, a heading's dash, or the
 * line's start; the name closes its field or clause after the head ("referred to Landmark Wound Center.", "Physical
 * Therapy Initial Evaluation — Sound Path Hearing Center, Eden Prairie", "PINE HOLLOW SURGICAL HOSPITAL\nOPERATIVE NOTE",
 * "Ayodele Fashola-Brandt, MD   North Star Family Clinic"). Each naming word has three letters or more and is no kind's
 * word (kindWord35), no context, function or medical word; a pending place may hold the first ("Pine Hollow"). Outside
 * a frame of where one core English word alone may be a plan's verb ("PLAN: CONTINUE HOME CARE"): two are needed, or one
 * no core list has, a name or a place.
 * Returns the name's first token, or k. "at Same Day Surgery Center", "to Outpatient Wound Center", "admitted to
 * Memorial Hospital", "at the Wound Center", "seen at Urgent Care Clinic" stay as they were. (Stop 36: in lower-case
 * text too, where only a word of where or a label's colon frames the name: "referred to landmark wound center.")
 */
function namedTwoWordHead35(k: u32, last: u32, mode: u32): u32 {
  const sh = rd(tShape, k);
  if (sh != textShape(mode) || k < 2) return k;
  // the kind's words before the head (one at least unless the head has two words itself)
  let m = k;
  while (m > 0 && exists(m - 1) && tight(m) && rd(tShape, m - 1) == sh && rd(tDone, m - 1) == 0 && kindWord35(m - 1) &&
    (rd(tData, m - 1) & (F_TITLE | F_CRED | F_MONTH)) == 0 && k - m < 3) m--;
  if (m == k && last == k) return k;
  // the name's words
  let f = m;
  let long = false;
  let distinct = false;
  while (f > 0 && exists(f - 1) && tight(f) && m - f < 3 && !columnGap(f)) {
    const q = f - 1;
    const qd = rd(tData, q);
    // (a street's word may name it, "Pine Hollow", "Sound Path"; an adjective's compound may not, "Black-Lung Clinic")
    if (rd(tShape, q) != sh || rd(tEnd, q) - rd(tStart, q) < 3 || (qd & ((CONTEXT_WORDS & ~F_STREET) | F_NOT_NAME | F_STREET_ABBR)) != 0 ||
      kindWord35(q) || wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) || medicalShape(q) ||
      (rd(tGap, f) & G_HYPHEN) != 0 && tierOf(qd) == 1 && nameStr(q) == 0 && placeStr(qd) == 0) break;
    // (a place or a name no title, cue or credential opened, pending, may hold its words: "Pine Hollow", "North Star")
    if (rd(tDone, q) != 0 && !((pType == ENTITY_LOCATION || pType == ENTITY_NAME && pReason != R_TITLE && pReason != R_CUE &&
      pReason != R_CREDENTIAL) && pStart <= rd(tStart, q) && pEnd >= rd(tEnd, q))) break;
    if (rd(tEnd, q) - rd(tStart, q) >= 4) long = true;
    if (tierOf(qd) != 1 || nameStr(q) >= 2 || placeStr(qd) >= 2) distinct = true;
    f = q;
  }
  if (f == m || mode != MODE_MIXED && !long || pType == ENTITY_NAME && pEnd > rd(tStart, f) && pStart < rd(tStart, f)) return k;
  // the frame before the name
  const g = rd(tGap, f);
  const lineStart = f == 0 || !exists(f - 1) || (g & (G_NEWLINE | G_START)) != 0;
  const where = !lineStart && tight(f) && whereOrWhereThe(f - 1);
  if (!(where || lineStart || (g & G_COLON) != 0 || headingDash31(f) || columnGap(f))) return k;
  // (stop 36: in lower case, where no capital marks a name, only a word of where or a label's colon frames it: "referred
  // to landmark wound center.", "pcp: north star family clinic,")
  if (mode == MODE_LOWER && !where && (g & G_COLON) == 0) return k;
  // (outside a frame of where one core English word may be a plan's verb: "PLAN: CONTINUE HOME CARE"; two, or a word no
  // core list has, a name or a place, name it)
  if (!where && m - f < 2 && !distinct) return k;
  // the name closes its field or clause after the head
  if (last + 1 < count) {
    const n = last + 1;
    const ng = rd(tGap, n);
    const b = punctAfter(rd(tEnd, last));
    const closed = fieldClosed31(last) || b == 0x2e || b == 0x3a || (ng & (G_SENT | G_COMMA | G_OTHER)) != 0 ||
      (where || mode == MODE_CAPS) && tight(n) && (rd(tShape, n) != sh || wordIn(n, "\u0003for\u0002on\u0002in\u0005since\u0005until\u0002vs\u0004with\u0002at"));
    if (!closed || (lineStart || (g & G_COLON) != 0 || headingDash31(f)) && !fieldClosed31(last) && b != 0x2e) return k;
  }
  return f;
}

// ---- Stop 36, clinical round 27 (fx24): a state's or a county's agency, a court of a county ----

// an agency's head before "of", "for" or "on" ("Department of Health", "Office of Vocational Rehabilitation")
const AGENCY_HEADS27 = "\u000adepartment\u0004dept\u0006office\u0008division\u0006bureau\u0005board\u000acommission\u0006agency\u000eadministration\u0007council";
// the words an agency's remit is named by (no medical specialty: "Department of Emergency Medicine" keeps its unit)
const AGENCY_TOPICS27 = "\u0006health\u0005human\u0008services\u0006social\u0006public\u0006safety\u0006family\u0008families\u0008children\u0005child\u0005youth\u0005aging\u000adisability\u000cdisabilities\u000ddevelopmental\u0006mental\u000abehavioral\u000bbehavioural\u000avocational\u000erehabilitation\u000bcorrections\u000acorrection\u0008criminal\u0007justice\u0008juvenile\u000etransportation\u0005motor\u0008vehicles\u0007revenue\u0005labor\u000aemployment\u0009education\u0007welfare\u0008veterans\u0007affairs\u0007housing\u0009community\u0008advocacy\u000aprotective\u0005adult\u0005elder\u000denvironmental\u0007quality\u0009insurance\u0008economic\u0008security\u000aassistance\u0009emergency\u000amanagement\u0008homeland\u0009hospitals\u0009substance\u0005abuse\u0009addiction\u0008recovery\u0009workforce\u000bdevelopment\u0007medical\u0008examiner\u0009licensing\u000aregulation\u000cprofessional\u000bprofessions\u0009financial\u0009probation\u0006parole\u0005state\u0003aid\u0005vital\u0007records\u000bgovernments\u0004care\u0008medicaid\u0006senior";

/** Token j exists, is tight after the one before it and has the shape sh (the agency's words keep the case of its place). */
function agencyWord27(j: u32, sh: u32): bool {
  return j < count && exists(j) && tight(j) && rd(tShape, j) == sh;
}

/**
 * (round 27) The agency named after a state or a county, from token n (the word after the place): a head of
 * AGENCY_HEADS27 before "of", "for" or "on" and the remit's words ("Indiana State Department of Health", "DARE COUNTY
 * DEPARTMENT OF HEALTH AND HUMAN SERVICES", "KENTUCKY OFFICE OF VOCATIONAL REHABILITATION", lower "kansas department for
 * aging and disability services"), a state's police ("HAWAII POLICE DEPARTMENT", "Michigan State Police") or highway
 * patrol. After a state "State" may come first. Returns the agency's last token, or 0 ("Texas Department", "Ohio
 * Department of Emergency Medicine" ends at no remit's word: "Emergency" is one, but not the word after it, so the
 * name stops there only when a field or clause closes).
 */
function agencyEnd27(n: u32, sh: u32, county: bool): u32 {
  let m = n;
  if (!agencyWord27(m, sh)) return 0;
  if (!county && wordIn(m, "\u0005state") && agencyWord27(m + 1, sh)) {
    m++;
    if (wordIn(m, "\u0006police")) return m;
  }
  if (wordIn(m, "\u0006police\u0007highway")) {
    return agencyWord27(m + 1, sh) && wordIn(m + 1, "\u000adepartment\u0004dept\u0006patrol") ? m + 1 : 0;
  }
  if (!wordIn(m, AGENCY_HEADS27) || !(m + 1 < count && exists(m + 1) && tight(m + 1) && wordIn(m + 1, "\u0002of\u0003for\u0002on"))) return 0;
  // (the remit's first word past the look-ahead: read from the bytes after one blank, the tail takes it)
  if (m + 2 >= count) return wordAfter27(rd(tEnd, m + 1), sh, AGENCY_TOPICS27) ? m + 1 : 0;
  let e: u32 = 0;
  for (let j = m + 2; j < count && j <= m + 10 && exists(j) && tight(j); j++) {
    if (rd(tShape, j) == sh && wordIn(j, AGENCY_TOPICS27)) e = j;
    else if (!wordIn(j, AGENCY_AFTER27)) break;
  }
  if (e == 0) return 0;
  return unitAfter27(e, sh) ? 0 : e;
}

// connectors the remit's tail may end on before its next word (the tail reads the case before them)
const AGENCY_AFTER27 = "\u0002of\u0003for\u0002on\u0003and\u0003the";
// a hospital's unit named by a remit's word: "Department of Emergency Medicine", "Office of Public Health Nursing"
const AGENCY_UNITS27 = "\u0008medicine\u0007surgery\u0007nursing\u000aphysicians\u0004room\u0004unit\u000apediatrics\u000apsychiatry\u0006clinic\u0006center\u0006centre\u0008hospital\u0004ward\u0007service\u0008sciences";

/** (round 27) The token after e, tight and in the case sh, names a hospital's unit: the remit's words are a department's. */
function unitAfter27(e: u32, sh: u32): bool {
  const n = e + 1;
  // (past the look-ahead, read from the bytes: "Ohio Department of Emergency | Medicine")
  if (n >= count) return wordAfter27(rd(tEnd, e), sh, AGENCY_UNITS27);
  return exists(n) && tight(n) && (rd(tGap, n) & G_HYPHEN) == 0 && rd(tShape, n) == sh && wordIn(n, AGENCY_UNITS27);
}

/**
 * (round 27) A court named by the county after it: "CIRCUIT COURT OF MCCRACKEN COUNTY", "District Court of Bexar
 * County"; q is the county's first word. Returns the court's first token, or q.
 */
function courtOfCounty27(q: u32, sh: u32): u32 {
  if (q < 2 || !exists(q - 1) || !exists(q - 2) || !tight(q) || !wordIn(q - 1, "\u0002of") || !tight(q - 1) ||
    rd(tShape, q - 2) != sh || !wordIn(q - 2, "\u0005court")) return q;
  const c = q - 2;
  return c > 0 && exists(c - 1) && tight(c) && rd(tShape, c - 1) == sh && wordIn(c - 1, COURT_KINDS27) ? c - 1 : c;
}

const COURT_KINDS27 = "\u0007circuit\u0008district\u0008superior\u0008chancery\u0007probate\u0006family\u0008juvenile\u0009municipal\u0007supreme\u0006county\u0004drug\u000cmagistrate's\u000amagistrate\u0008criminal\u0005civil";

/** (round 27) An agency's remit that reached the end of the look-ahead goes on in the tail: "... of Health and Human Services". */
function agencyTail27(e: u32): void {
  if (e + 1 < count) return;
  startTail(e);
  tailAgency27 = true;
}

/**
 * (round 27) Token k, after an agency's remit that ran past the look-ahead, is more of it: a remit's word in the
 * remit's case, or "and", "of", "the" or "for" before one ("Department of Health | and Human Services"). Returns true
 * when k was absorbed.
 */
function continueAgency27(k: u32, g: u32): bool {
  tailAgency27 = false;
  if ((g & (G_NEWLINE | G_SENT | G_COMMA | G_OTHER | G_FAR | G_COLON | G_HYPHEN)) != 0) return false;
  // (the remit's case: the word before a connector the tail ends on, "Department of", "Health and")
  const sh = rd(tShape, wordIn(tailLast, AGENCY_AFTER27) ? tailLast - 1 : tailLast);
  let e = k;
  if (wordIn(k, AGENCY_AFTER27)) {
    e = k + 1;
    if (!agencyWord27(e, sh)) return false;
  }
  if (rd(tShape, e) != sh || !wordIn(e, AGENCY_TOPICS27)) return false;
  // (the remit closes its field: "Emergency" before "Medicine" names a unit)
  if (unitAfter27(e, sh)) return false;
  tailAgency27 = true;
  return absorbTail(k, k);
}

/**
 * (round 27) The word after byte i (one blank or more between, on the line) is a word of `list` in the case of shape sh
 * (its first letter: a capital for SH_CAP and SH_UPPER, a small letter for SH_LOWER).
 */
function wordAfter27(i: u32, sh: u32, list: string): bool {
  let s0 = i;
  while (s0 < inLen && byteAt(s0) == 0x20) s0++;
  if (s0 == i) return false;
  let e = s0;
  while (e < inLen && ((byteAt(e) | 0x20) >= 0x61 && (byteAt(e) | 0x20) <= 0x7a)) e++;
  if (e == s0 || (byteAt(s0) >= 0x61) != (sh == SH_LOWER)) return false;
  return wordIndex(list, s0, e) >= 0;
}

// ---- Stop 36, organisations round (org36): a system, a payer or a practice named by its own word(s) before "Health"
// alone ("Passport Health", "PEOPLES HEALTH", "Calderbrook Community Health"; read from laterRounds() before org31's
// rules) ----

// what "Health" names without being a firm: a state, a kind, a body's part, a population, a place of care or an
// evaluation ("good health", "Bone Health", "Employee Health", "Public Health", "Women's Health", "Travel Health")
const HEALTH_TOPICS36 = "\u0004good\u0004poor\u0004fair\u0009excellent\u0004full\u0006better\u0004best\u0007overall\u0008baseline\u0009declining\u0007failing\u0003ill\u0003bad\u0006stable\u0005whole\u0003own\u0004bone\u0005heart\u0005brain\u0004skin\u0003gut\u0005liver\u0006kidney\u0004lung\u0005joint\u0005spine\u0004foot\u0003eye\u0006vision\u0007hearing\u0006breast\u0008prostate\u0007bladder\u0005child\u0006infant\u0006family\u000apopulation\u0009community\u0004home\u0008employee\u0009employees\u0007student\u0006school\u0006travel\u0005urban\u0008veterans\u000aadolescent\u0006senior\u0004teen\u0005youth\u0006worker\u0007patient\u0006mobile\u0005men's\u0007women's\u000achildren's\u0005sleep\u0006weight\u0009nutrition\u0008wellness\u0006cancer\u0008diabetes\u0007hormone\u0004mind\u0004body\u0003men\u0005women\u0007refugee\u0007migrant\u0008worksite\u0009corporate\u0006campus\u0006county\u0004city\u0005state\u0006indian\u0005world\u0005prior\u0009premorbid\u0006robust\u0005frail\u0007fragile\u0009improving\u0009worsening\u000ddeteriorating\u0006ailing\u0004your\u0006urgent\u0009specialty\u0004tele\u0008district\u0004area\u000cneighborhood";
// a payer's, an employer's or a clinic's label before the name, with its colon: "Coverage: Apple Health /",
// "EMPLOYER: RENOWN HEALTH", "PCP: Ballad Health"
const HEALTH_LABELS36 = "\u0008coverage\u0009insurance\u0005payer\u0008employer\u0006vendor\u0007carrier\u0008medicaid\u0003pcp\u0006clinic\u0006agency\u0009secondary\u000asupplement";

/**
 * (org36) Token k is "Health" in the text's case (capitalised in mixed case, capitals in ALL CAPS), ending a name of
 * one to three words of its case before it, kind's words between allowed ("Community", "Women's", "Occupational",
 * "Mutual"): a health system, a payer or a practice ("at Passport Health in Sugar Land", "for Priority Health;",
 * "Coverage: Apple Health / ...", "SECONDARY PEOPLES HEALTH PH5518204", "(KEYSTONE MUTUAL HEALTH, MEMBER ...",
 * "CALDERBROOK COMMUNITY HEALTH   DATE", "Optima Health" alone on its line). The naming words are no topic, state or
 * kind of health (HEALTH_TOPICS36, kindWord35: "good health", "Bone Health", "Employee Health", "MENTAL HEALTH"), no
 * function word, determiner, context word, drug or medical word. A frame says where: a word of where ("at", "from",
 * "by", "via", "through", "to"; "for" in mixed case; not "with": "with poor health"), a payer's or an employer's label
 * (HEALTH_LABELS36, "SECONDARY"), "(", or the field's start (the line's, a column gap, a heading's dash); the name
 * closes its field or clause after "Health" (punctuation, the line's end, a column gap, a lower-case word, a member's
 * or an ID's token, a function word in ALL CAPS). After "to", in ALL CAPS, and at a field's start, one core English
 * word alone is no name ("TO IMPROVE HEALTH", "Spiritual Health" heading): two words, or one no core list has, a name's
 * or a place's. Emits the name as an organisation and returns true.
 */
function healthHead36(k: u32, sh: u32, mode: u32): bool {
  if (mode == MODE_LOWER || sh != textShape(mode) || k < 1 || rd(tDone, k) != 0 || !wordIn(k, "\u0006health")) return false;
  // the kind's words before the head
  let m = k;
  while (m > 0 && exists(m - 1) && tight(m) && rd(tShape, m - 1) == sh && rd(tDone, m - 1) == 0 &&
    (kindWord35(m - 1) || wordIn(m - 1, HEALTH_TOPICS36)) && (rd(tData, m - 1) & (F_TITLE | F_CRED | F_MONTH)) == 0 && k - m < 2) m--;
  // the name's words
  let f = m;
  let distinct = false;
  let long = false;
  while (f > 0 && exists(f - 1) && tight(f) && m - f < 3) {
    const q = f - 1;
    const qd = rd(tData, q);
    if (rd(tShape, q) != sh || rd(tEnd, q) - rd(tStart, q) < 3 || (qd & ((CONTEXT_WORDS & ~F_STREET) | F_NOT_NAME | F_STREET_ABBR | F_MONTH)) != 0 ||
      kindWord35(q) || wordIn(q, HEALTH_TOPICS36) || wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) ||
      wordIn(q, HEALTH_LABELS36) || medicalShape(q) || (rd(tGap, f) & G_HYPHEN) != 0 ||
      tierOf(qd) == 1 && nameStr(q) < 2 && endsWithAny(q, "\u0002ly", 3)) break;
    if (rd(tDone, q) != 0 && !((pType == ENTITY_LOCATION || pType == ENTITY_NAME && pReason != R_TITLE && pReason != R_CUE &&
      pReason != R_CREDENTIAL) && pStart <= rd(tStart, q) && pEnd >= rd(tEnd, q))) break;
    if (tierOf(qd) != 1 || nameStr(q) >= 2 || placeStr(qd) >= 2) distinct = true;
    if (rd(tEnd, q) - rd(tStart, q) >= 4) long = true;
    f = q;
  }
  // (a name pending over the words is the facility walk's to type, "Dr. Aurelia Heyward (Beaufort Jasper Hampton
  // Comprehensive Health,"; a heading's dash after "Health" may go on to a longer name, "DELTA HEALTH - THE MEDICAL CENTER")
  if (f == m || !long || pType == ENTITY_NAME && pEnd > rd(tStart, f) || k + 1 < count && headingDash31(k + 1)) return false;
  // the frame before the name
  const g = rd(tGap, f);
  const lineStart = f == 0 || !exists(f - 1) || (g & (G_NEWLINE | G_START)) != 0;
  const p = f - 1;
  const to = !lineStart && tight(f) && wordIn(p, "\u0002to");
  const where = !lineStart && tight(f) && (wordIn(p, "\u0002at\u0004from\u0002by\u0003via\u0007through\u0002to") ||
    mode == MODE_MIXED && wordIn(p, "\u0003for"));
  const label = !lineStart && ((g & G_COLON) != 0 || tight(f)) && wordIn(p, HEALTH_LABELS36);
  const paren = !lineStart && punctBefore(rd(tStart, f)) == 0x28;
  const field = lineStart || columnGap(f) || headingDash31(f);
  if (!(where || label || paren || field)) return false;
  if ((to || field && !where && !label && !paren) && m - f < 2 && !distinct) return false;
  // the name closes its field or clause after "Health"
  if (k + 1 < count) {
    const n = k + 1;
    const ng = rd(tGap, n);
    const b = punctAfter(rd(tEnd, k));
    const ns = rd(tShape, n);
    const closed = fieldClosed31(k) || b == 0x2e || b == 0x3a || b == 0x2f || (ng & (G_SENT | G_COMMA | G_OTHER)) != 0 ||
      tight(n) && (ns == SH_NUM || ns == SH_OTHER || wordIn(n, FIRM_TAILS34) ||
      (mode == MODE_MIXED ? ns == SH_LOWER : wordIn(n, "\u0003for\u0002on\u0002in\u0005since\u0005until\u0002vs\u0004with\u0002at\u0003and")));
    if (!closed || field && !where && !label && !paren && !fieldClosed31(k) && b != 0x2e) return false;
  }
  // (a kind's word between names a practice, as the facility walk types it, "Riverside Behavioral Health"; the name
  // alone before "Health" a system or a payer, "Passport Health", "PEOPLES HEALTH")
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 800, m < k ? R_FACILITY : R_ORGANIZATION, f, k);
  return true;
}

/**
 * (org36) Tokens k and k + 1, joined by a hyphen, are a hospital's or a firm's double name after a word of where:
 * "at" or "from", or "to" after a verb of going or sending ("Plans delivery at Wentworth-Douglass this time", "MRI 5/30
 * AT ASHCROFT-WELLSTONE.", "Prior admission at Arbour-HRI in 2019", "Mother to drive to Redington-Fairview (10 min)",
 * "mattress ordered from Hill-Rom."). Both halves in the text's case (the second may be an initialism in capitals),
 * three letters or more, no drug, device, context or medical word, and one at least no core English word, or a name's
 * or a place's ("Follow-Up", "Step-Down", "Walk-In", "Check-In" stay words); what follows closes the phrase (punctuation,
 * the line's end, a number, a lower-case word in mixed case, or "in", "on", "for", "this" in ALL CAPS). An eponym's
 * pair after "due to", "consistent with" or "progressed to" ("Guillain-Barré", "Stevens-Johnson") has no such frame.
 */
// the words an eponym's pair stands before ("Tanner-Whitehouse stage", "Mallory-Weiss tear", "Child-Pugh class")
const EPONYM_TAILS36 = "\u0005stage\u0006stages\u0005score\u0005class\u0005grade\u0008syndrome\u0007disease\u0004sign\u0008criteria\u0005scale\u0004type\u0004tear\u0008fracture\u0006lesion\u0008maneuver\u0004test\u0009procedure\u0006repair\u0009technique\u0009operation\u0007anomaly\u0006reflex\u000aphenomenon";
function hyphenPlace36(k: u32, sh: u32, mode: u32): bool {
  const n = k + 1;
  if (mode == MODE_LOWER || sh != textShape(mode) || !tight(k) || n >= count || rd(tGap, n) != G_HYPHEN ||
    rd(tStart, n) != rd(tEnd, k) + 1 || rd(tDone, k) != 0) return false;
  const ns = rd(tShape, n);
  if (!(ns == sh || ns == SH_UPPER && rd(tEnd, n) - rd(tStart, n) <= 4)) return false;
  // (a third part makes it another thing: "Charcot-Marie-Tooth", "Roux-en-Y")
  if (n + 1 < count && rd(tGap, n + 1) == G_HYPHEN) return false;
  const p = k - 1;
  const goTo = wordIn(p, "\u0002to") && p > 0 && exists(p - 1) && tight(p) &&
    wordIn(p - 1, "\u0005drive\u0004went\u0002go\u0005taken\u0004sent\u0008referred\u000btransferred\u0008transfer\u0008admitted\u0006return\u0008returned\u0006driven\u000atransports\u0009transport");
  if (!(goTo || wordIn(p, "\u0002at\u0004from"))) return false;
  // (a firm of founders after a stint or a person is affiliationOrg()'s: "spent a year at Weeks-Rivas", "Zargan
  // Vedzizhev from Garcia-Roberson")
  if (p > 0 && exists(p - 1) && (wordIn(p - 1, STINT_WORDS) || rd(tDone, p - 1) == ENTITY_NAME)) return false;
  for (let q = k; q <= n; q++) {
    const qd = rd(tData, q);
    if (rd(tEnd, q) - rd(tStart, q) < 3 || (qd & (F_NOT_NAME | CONTEXT_WORDS | F_MONTH | F_ALLOW)) != 0 || medicalShape(q) ||
      kindWord35(q) || wordIn(q, NAME_FUNCTION_WORDS)) return false;
    // (each half no core English word, or a name's or a place's: "Shop-Rite", "Follow-Up", "Step-Down" stay others')
    if (tierOf(qd) == 1 && nameStr(q) < 2 && placeStr(qd) < 2) return false;
  }
  // (a town's known pair, or one before its state, is the place rules': "Pt from Wilkes-Barre, PA.")
  if (placeStr(rd(tMw2, n)) > 0 || n + 1 < count && (rd(tGap, n + 1) & G_COMMA) != 0 && (rd(tData, n + 1) & F_STATE) != 0) return false;
  // what follows closes the phrase
  if (n + 1 < count) {
    const t = n + 1;
    const b = punctAfter(rd(tEnd, n));
    const ts = rd(tShape, t);
    const closed = fieldClosed31(n) || b == 0x2e || b == 0x3a || (rd(tGap, t) & (G_SENT | G_COMMA | G_OTHER)) != 0 ||
      tight(t) && (ts == SH_NUM || (mode == MODE_MIXED ? ts == SH_LOWER : wordIn(t, "\u0002in\u0002on\u0003for\u0004this")));
    // (an eponym's pair before its scale's or its lesion's word, "at Tanner-Whitehouse stage 3")
    if (!closed || possessive(n) || wordIn(t, EPONYM_TAILS36)) return false;
  }
  // (what comes "from" is a supplier's more often than a hospital's: "mattress ordered from Hill-Rom")
  spanDone(rd(tStart, k), rd(tEnd, n), ENTITY_LOCATION, 750, wordIn(p, "\u0004from") ? R_ORGANIZATION : R_FACILITY, k, n);
  return true;
}

// ---- Stop 37, main's case round: a hospital named by common English words in ALL CAPS or lower case ----

// words that say which kind of hospital it is or whose, not which one ("TO OUTSIDE HOSPITAL", "at the referring
// hospital", "AT STATE HOSPITAL"); the generic, department and kind words of kindWord35 are asked too
const HOSPITAL_KINDS37 = "\u0007outside\u0003osh\u0005local\u0009community\u0006county\u0005state\u0004city\u0007general\u000auniversity\u0008teaching\u0008military\u0004army\u0004navy\u0005naval\u0004base\u0005field\u0003day\u0006animal\u000aveterinary\u0009referring\u0009receiving\u0007sending\u0009accepting\u000ctransferring\u0008tertiary\u000aquaternary\u0007nearest\u0007closest\u0005other\u0005prior\u0008previous\u0008original\u0005rural\u0005urban\u0005psych\u0006mental\u0005rehab\u0005acute\u0004care\u0006access\u0008critical\u0005small\u0007smaller\u0005large\u0006larger\u0003big\u0006bigger\u0005major\u0004main\u0004same\u0004next\u0004last\u0005first\u0006second\u0005third\u0003one\u0003two\u0005which\u0004what\u0005whose\u0004both\u0007several\u0005women\u0006womens\u0004mens\u0009childrens\u0004ltac\u0005ltach\u0003snf\u0003irf\u0003cah\u0004vamc\u0007private\u0006public\u0009maternity\u0008birthing\u0005swing\u0003bed\u0007foreign\u0007partner\u0009affiliate\u0006sister\u0007network\u0006system\u0006prison\u0004jail\u0007federal\u0005force\u0006health\u0006former\u0007current\u0005usual\u0007regular\u0006normal\u0008standard\u0007typical\u000bdestination\u0006nearby\u0006inside\u0007another\u0008proposed\u0007planned\u0008intended\u0008eventual";
// one-word heads that name a place of care only with a name before them ("GATEWAY HOSPITAL", "GREEN HILLS MANOR")
const NAMED_HEADS37 = "\u0008hospital\u0005manor\u0009infirmary\u000asanatorium\u000asanitarium\u0008pavilion";
// verbs an infinitive puts before "hospital" ("UNABLE TO ATTEND HOSPITAL", "declined to leave hospital")
const HOSPITAL_VERBS37 = "\u0006attend\u0005visit\u0005leave\u0006return\u0004come\u0004call\u0007present\u0004stay\u0005reach\u0005enter\u0007contact\u0006notify\u0005admit\u0008transfer\u0009discharge\u0005avoid\u0004take\u0005bring\u0004send\u0004stop\u0003get\u0003run\u0004walk\u0005drive\u0006escape\u0003see";
// what may follow such a name where its clause goes on ("AT GATEWAY HOSPITAL FOR 3 DAYS", "TO GATEWAY HOSPITAL ED")
const HOSPITAL_AFTER37 = "\u0003for\u0002on\u0002in\u0005since\u0005until\u0002vs\u0004with\u0002at\u0003and\u0002or\u0005where\u0002ed\u0002er\u0009emergency\u0004then\u0002by\u0003via\u0005after\u0006before\u0004when\u0003who\u0005which\u0002to\u0004from\u0009yesterday\u0005today\u0004last\u0004this\u0006during\u0003was\u0002is\u0004were";

/**
 * (stop 37) One to three common English words between a frame and a one-word head (NAMED_HEADS37: "HOSPITAL",
 * "MANOR", "INFIRMARY", ...) name the place: in ALL CAPS and lower case, where no capital marks a name, and in mixed case,
 * where a core word's capital alone is no evidence to the facility walk. The frame is a word of where ("at", "to",
 * "from", "in", "or", "near", ... or one of them and "the"), a heading's dash, or a signature's credential and its comma:
 * "ACL REPAIR 3/18/2097 AT DEACONESS GATEWAY HOSPITAL.", "transferred to gateway hospital ed", "SNF ADMISSION HISTORY &
 * PHYSICAL — GREEN HILLS MANOR, AMES", "Imogen Delacroix-Bates, LCSW, Sunrise Hospital, 702-555-0163". The words must
 * not say which kind of place it is or whose ("TO OUTSIDE HOSPITAL", "AT THE REFERRING HOSPITAL", "AT LOCAL COMMUNITY
 * HOSPITAL", "TO PSYCHIATRIC HOSPITAL", "AT CHILDREN'S HOSPITAL", "IN DAY HOSPITAL": HOSPITAL_KINDS37, kindWord35), be no
 * verb an infinitive puts there ("UNABLE TO ATTEND HOSPITAL"), no function, context, medical or department word, and
 * one has four letters or more; the clause closes after the head or goes on with a word of HOSPITAL_AFTER37 ("HOSPITAL
 * COURSE", "HOSPITAL DAY 3" are no names). Returns the name's first token, or k.
 */
function namedHospital37(k: u32, mode: u32): u32 {
  const sh = rd(tShape, k);
  if (sh != textShape(mode) || k < 2 || !wordIn(k, NAMED_HEADS37)) return k;
  let f = k;
  let long = false;
  while (f > 0 && exists(f - 1) && tight(f) && k - f < 3 && !columnGap(f)) {
    const q = f - 1;
    const qd = rd(tData, q);
    const len = rd(tEnd, q) - rd(tStart, q);
    if (rd(tShape, q) != sh || len < 3 || rd(tDone, q) != 0 || (qd & ((CONTEXT_WORDS & ~F_STREET) | F_NOT_NAME | F_STREET_ABBR | F_TITLE | F_CRED | F_MONTH)) != 0 ||
      wordIn(q, WHERE_FRAMES) || wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, NAME_DETERMINERS) || wordIn(q, HOME_DETERMINERS) ||
      wordIn(q, HOSPITAL_KINDS37) || wordIn(q, DEPARTMENT_WORDS) || kindWord35(q) || medicalShape(q)) break;
    if (len >= 4) long = true;
    f = q;
  }
  if (f == k || !long || f < 1 || !exists(f - 1)) return k;
  // the frame: a word of where right before the name, or one and "the"; or a heading's dash ("SNF ADMISSION HISTORY &
  // PHYSICAL — GREEN HILLS MANOR, AMES")
  const p = f - 1;
  // (or a signature's credential and its comma, "Imogen Delacroix-Bates, LCSW, Sunrise Hospital, 702-555-0163")
  const signed = (rd(tGap, f) & (G_NEWLINE | G_SENT | G_FAR)) == 0 && (rd(tGap, f) & G_COMMA) != 0 && credAt(p, mode);
  if (!headingDash31(f) && !signed) {
    if (!tight(f) || !(wordIn(p, "\u0002in\u0002or\u0004near") || whereOrWhereThe(p))) return k;
    // (an infinitive's verb is no name: "UNABLE TO ATTEND HOSPITAL")
    if (wordIn(p, "\u0002to") && wordIn(f, HOSPITAL_VERBS37)) return k;
  }
  // the clause closes after the head, or goes on with a word that a place's name takes after it
  if (k + 1 < count) {
    const n = k + 1;
    const b = punctAfter(rd(tEnd, k));
    const closed = fieldClosed31(k) || b == 0x2e || b == 0x3a || (rd(tGap, n) & (G_SENT | G_COMMA | G_OTHER)) != 0 ||
      tight(n) && (rd(tShape, n) != sh || wordIn(n, HOSPITAL_AFTER37));
    if (!closed) return k;
  }
  return f;
}

// ---- Stop 37, main's case round: a signer's initials after the signed name ----

/** (stop 37) Keeps the initials of the name s..e (sigA, sigZ, sigH, sigEnd): its first letter, its last word's first
 * letter and the letter after a hyphen in that word. One word alone keeps no initials. */
function nameInitials37(s: u32, e: u32): void {
  sigEnd = 0;
  if (e < s + 3) return;
  let w = e - 1;
  while (w > s && byteAt(w - 1) != 0x20) w--;
  if (w == s) return;
  sigA = byteAt(s) | 0x20;
  sigZ = byteAt(w) | 0x20;
  sigH = 0;
  for (let i = w + 1; i + 1 < e; i++) if (byteAt(i) == 0x2d) sigH = byteAt(i + 1) | 0x20;
  sigEnd = e;
}

/**
 * (stop 37) Token k, two or three letters in capitals (or in lower case in lower-case text), are the initials of the
 * name signed just before it, on its line or the line before (at most 120 bytes on): the first letter is the name's
 * first, the last is its last word's or that word's second half's ("JOLENE HEBERT, RN   JH", "BROOKE ZILIAK, PT, DPT
 * CO-SIGNED BZ"). The initials end their line, the input or a column; an English word must have a column gap before it
 * (not "... WITH TOM OLSEN, WHO AGREED TO\nCONTINUE"); a slash or colon after them leaves them to the dictation
 * trailer's rules ("ITR/irasmussen3", "waf:sml", and "TB/HIV" after "Dr. Thomas Brown" stays). A credential, title,
 * unit or month is none ("ROSA NUNEZ, RN   RN"). Writes the NAME.
 */
function signerInitials37(k: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (pType == ENTITY_NAME && pEnd <= s) nameInitials37(pStart, pEnd);
  if (sigEnd == 0 || sigEnd > s || s - sigEnd > 120) return false;
  if ((byteAt(s) | 0x20) != sigA || ((byteAt(e - 1) | 0x20) != sigZ && (byteAt(e - 1) | 0x20) != sigH)) return false;
  const d = rd(tData, k);
  // (a field's label is no initials: "NAME: MARTHA NGUYEN    MRN: 52687363", a cue or a context word either)
  if ((d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || e < inLen && byteAt(e) == 0x3a && (e + 1 >= inLen || byteAt(e + 1) == 0x20) ||
    k + 1 < count && (rd(tGap, k + 1) & G_COLON) != 0 && !colonSigner39(k, e)) return false;
  // (nor one a number follows on its line, "MARILYN NEMMAN   MRN #55572961")
  if (k + 1 < count && (rd(tGap, k + 1) & G_NEWLINE) == 0 && !columnGap(k + 1) && (rd(tShape, k + 1) == SH_NUM || rd(tShape, k + 1) == SH_OTHER)) return false;
  const slash = e < inLen && (byteAt(e) == 0x2f || byteAt(e) == 0x3a && e + 1 < inLen && byteAt(e + 1) != 0x20);
  if ((d & (F_CRED | F_TITLE | F_MONTH | F_UNIT | F_ALLOW)) != 0 || credAt(k, MODE_CAPS)) return false;
  let lines = 0;
  for (let i = sigEnd; i < s; i++) if (byteAt(i) == 0x0a) lines++;
  if (lines > 1) return false;
  const col = columnGap(k);
  // (initials glued to a slash or a colon and a tail are the dictation trailer's: the document pass reads them with the
  // name it learned, "ITR/irasmussen3", and the older rules the typist's pair, "waf:sml"; "TB/HIV" stays a pair of
  // abbreviations after "Dr. Thomas Brown")
  // (stop 38, clinical round 29: after a column gap the signer's initials and the typist's behind one slash close the
  // line, "TODD ABERCROMBIE, PHARMD, CACP   TA/RMC", "HUGO ESCALANTE, MD (HOSPITALIST)   HE/TL": the first half is the
  // signer's, so the pair is the signature's, whatever the credential before it)
  // (stop 38, main: in ALL CAPS, no column gap needed, before the date too: typistPair38())
  // (stop 39, clinical round 30: behind a colon too, "Garrett Vinson, MD, Medical Director   GV:th   enc: ...";
  // colonSigner39())
  if (slash) return col && (byteAt(e) == 0x2f || colonSigner39(k, e)) && slashSigner38(k, s, e) || typistPair38(k, s, e);
  if (!(footEnd(k) || col || k + 1 < count && columnGap(k + 1))) return false;
  if (tierOf(d) != 0 && !col) return false;
  // (a clock's "AM"/"PM" after its time is none: "signed by Plomisto M. Mushbrarelle, MD on 4/2/2089 at 3:41 PM")
  if (s >= 2 && byteAt(s - 2) >= 0x30 && byteAt(s - 2) <= 0x39) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** (stop 37) The first letter of token j, or of the half after a hyphen in it when `half` (0: no hyphen). */
function letterOf37(j: u32, half: bool): u32 {
  const s = rd(tStart, j);
  if (!half) return byteAt(s) | 0x20;
  for (let i = s + 1; i + 1 < rd(tEnd, j); i++) if (byteAt(i) == 0x2d) return byteAt(i + 1) | 0x20;
  return 0;
}

/**
 * (stop 37) Token k, two or three letters opening its line (after a dash too) or following a sentence, are the
 * initials of the signer named right after them behind one slash or an opening parenthesis: the name's first word's
 * letter and its last word's (or that word's second half's) are the initials' first and last ("hh / hannah
 * hallstrom, rn", "KJM / K. MARTINSEN, OTR/L", "-SK (SURESH KANNAN, PGY2)"), and a comma or a parenthesis closes
 * the name's two words. A credential, title, unit or month is none. Writes the NAME (the name is the name rules').
 */
function initialsBeforeName37(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (!(lineStart(k) || s >= 2 && byteAt(s - 1) == 0x2d && (s == 1 || byteAt(s - 2) == 0x0a) || afterSentence(s))) return false;
  // one slash or one opening parenthesis, blanks around it, before the name
  const a = k + 1;
  let marks = 0;
  for (let i = e; i < rd(tStart, a); i++) {
    const b = byteAt(i);
    if (b == 0x2f || b == 0x28) marks++;
    else if (b != 0x20) return false;
  }
  const z = k + 2;
  // (an initial's period may stand between the name's words: "K. MARTINSEN")
  const initialGap = rd(tShape, a) == SH_INITIAL && rd(tStart, z) == rd(tEnd, a) + 2 && byteAt(rd(tEnd, a)) == 0x2e && byteAt(rd(tEnd, a) + 1) == 0x20;
  if (marks != 1 || !(tight(z) || initialGap) || rd(tEnd, z) - rd(tStart, z) < 2 || (rd(tShape, a) != sh && rd(tShape, a) != SH_INITIAL) ||
    rd(tShape, z) != sh) return false;
  const c = punctAfter(rd(tEnd, z));
  if (c != 0x2c && c != 0x29) return false;
  const l = byteAt(e - 1) | 0x20;
  if ((byteAt(s) | 0x20) != letterOf37(a, false) || l != letterOf37(z, false) && l != letterOf37(z, true)) return false;
  const d = rd(tData, k);
  if ((d & (F_CRED | F_TITLE | F_MONTH | F_UNIT | F_ALLOW)) != 0 || credAt(k, MODE_CAPS)) return false;
  span(s, e, ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// ---- Stop 37, main's case round: a facility's name in a form's cell, in ALL CAPS ----

/** (stop 37) Token n (after a facility's head) is its department's "ED" or "ER", tight, and a column or the line ends after it. */
function cellDepartment37(n: u32): bool {
  return n < count && tight(n) && wordIn(n, "\u0002ed\u0002er") && (n + 1 >= count ? rd(tEnd, n) >= inLen && pos >= inLen :
    (rd(tGap, n + 1) & (G_NEWLINE | G_FAR)) != 0 || columnGap(n + 1));
}

// ---- Stop 37, main's case round: towns no list has after a travel's frame ----

// words of travel or residence before "from"/"in"/"near" and a town no list has (with VISIT_WORDS and the residence
// verbs: residenceFrame)
const TRAVEL_WORDS37 = "\u0009returning\u0008arriving\u0007arrived\u0004came\u0006coming\u0005moved\u0009relocated\u0005lives\u0006living\u0007resides\u0006raised\u0004born\u0006driven\u0007driving";

/**
 * (stop 37) Token k is a word no list has, four letters or more, no medical shape and no "-up" compound ("followup",
 * "workup"): a town's name after a travel frame.
 */
function unknownTown37(k: u32): bool {
  const d = rd(tData, k);
  return unknownWord(k) && nameStr(k) == 0 && placeStr(d) == 0 && (d & F_NOT_NAME) == 0 && rd(tEnd, k) - rd(tStart, k) >= 4 &&
    !endsWithAny(k, "\u0002up", 2);
}

/** (stop 37) A participle of the same shape opens the next clause after token t ("IN PHOENIX CALLING TONIGHT"). */
function participleAfter37(t: u32): bool {
  const n = t + 1;
  return n < count && tight(n) && rd(tShape, n) == rd(tShape, t) && rd(tEnd, n) - rd(tStart, n) >= 6 && endsWithAny(n, "\u0003ing", 3);
}

/**
 * (stop 37) In ALL CAPS, a relative's given name of four letters that no list has, two vowels in it, closing its clause
 * ("PATERNAL: FATHER OLAV, 71, HEALTHY", "SISTER INGA AND HER SON"): decide() takes a short unknown word after a cue for
 * an abbreviation ("PT OOB"), and so it mostly is after a relative too ("MOTHER COPD, 80", "FATHER CABG AT 60", "SISTER
 * ESRD": one vowel each).
 */
function kinShortName37(k: u32): bool {
  const s = rd(tStart, k);
  if (rd(tEnd, k) - s != 4 || !wordIn(k - 1, KIN_WORDS) || !kinClauseEnds(k)) return false;
  let v = 0;
  for (let i = s; i < s + 4; i++) {
    const b = byteAt(i);
    if (vowelByte(b) || (b | 0x20) == 0x79) v++;
  }
  return v >= 2;
}

/**
 * (stop 37) In ALL CAPS or lower case, token k after "and" is a second relative's given name when the name before "and"
 * was a relative's, found by its cue (pending, one or two words after a word of KIN_WORDS), k is a listed given name and
 * no modal, and the clause closes after it as after the first ("DAUGHTERS FAITH AND SUMMER; SON-IN-LAW GUY", "my sons
 * mark and grant."). Not "SON MARK AND GRANT APPLICATION" (the clause goes on), "WIFE JOY AND HOPE FOR RECOVERY".
 * Writes the NAME.
 */
function andKinName37(k: u32, sh: u32, mode: u32): bool {
  if (!(mode == MODE_CAPS && sh == SH_UPPER || mode == MODE_LOWER && sh == SH_LOWER) || pEnd != rd(tEnd, k - 2) ||
    !tight(k) || !tight(k - 1) || rd(tShape, k - 2) != sh) return false;
  const d = rd(tData, k);
  if (firstStr(d) == 0 || (d & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || wordIn(k, MODAL_WORDS) || rd(tEnd, k) - rd(tStart, k) < 3) return false;
  // the first name's relative: one or two words before "and", the first of them where the pending name starts
  const j = rd(tStart, k - 2) == pStart ? k - 2 : k >= 4 && rd(tStart, k - 3) == pStart ? k - 3 : 0;
  if (j == 0 || !exists(j - 1) || !wordIn(j - 1, KIN_WORDS)) return false;
  if (!(lastRead(k) ? inputEndsAfter(k) : kinClauseEnds(k))) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 750, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

// ---- Stop 37, organisations round (org37): a public agency named by its remit, head first ("Department of Children
// and Family Services", "Office of the Chief Medical Examiner", "Millbridge Council on Aging"; read from laterRounds()
// before org36's rules) ----

// the last words of an agency's remit ("... Services", "... Affairs", "... Advocacy", "... Medical Examiner", "... on Aging")
const AGENCY_ENDS37 = "\u0008services\u0007service\u0007affairs\u0008advocacy\u0007counsel\u0008examiner\u000cinvestigator\u0008defender\u000bcorrections\u000acorrection\u0005aging\u0008families\u0007welfare\u000aassistance\u0008security\u0007justice\u0006safety\u000cdisabilities\u0009standards\u000bgovernments\u000aprotection\u0007revenue\u000etransportation\u0008vehicles\u000aemployment\u0006health\u0006elders\u0006parole\u0009probation\u0009insurance";
// remit words round 27's topic list does not hold ("Office of Forensic Services", "Department of Assigned Counsel")
const AGENCY_REMIT37 = "\u0008forensic\u0007elderly\u0008assigned\u0006public\u0008advocacy\u0008defender\u0005chief\u0004jail\u0009standards\u0003job\u000denvironmental\u0007natural\u0009resources\u0004fish\u0008wildlife\u0004game\u0008consumer\u000aprotection\u0006elders\u0007affairs\u000cinvestigator\u0006indian\u0006tribal\u0007refugee\u0009immigrant\u0005legal";

// words that go on an agency's remit as another name's ("Department of Health Sciences", "Social Services Building")
const AGENCY_GOES_ON37 = "\u0008sciences\u0007science\u0007studies\u0008research\u0008building\u0006center\u0006centre\u0004unit\u0007program\u0006clinic\u0006school\u0007college\u0009institute\u000adepartment\u0008division\u0006office\u0007library\u0008hospital";

/** (org37) An agency's head and "of", "for" or "on" stand within the seven tokens before token k (quiet()'s test). */
function agencyHeadBefore37(k: u32): bool {
  for (let j = k - 1; j >= 1 && k - j <= 7 && exists(j - 1); j--) {
    if (wordIn(j, "\u0002of\u0003for\u0002on") && wordIn(j - 1, AGENCY_HEADS27)) return true;
  }
  return false;
}

/** (org37) Token q is a word of an agency's remit: round 27's topics or AGENCY_REMIT37, no hospital service's word. */
function remitWord37(q: u32, end: u32): bool {
  // ("Medical" names the examiner's office, "Office of the Chief Medical Examiner"; elsewhere a hospital's department,
  // "Department of Medical Services", "Division of Emergency Services")
  if (wordIn(q, HOSPITAL_SERVICE_WORDS) || wordIn(q, "\u000amanagement")) return wordIn(q, "\u0007medical") && wordIn(end, "\u0008examiner\u000cinvestigator");
  return wordIn(q, AGENCY_TOPICS27) || wordIn(q, AGENCY_REMIT37);
}

/**
 * (org37) Token k ends a public agency's name written head first: a head of AGENCY_HEADS27 ("Department", "Office",
 * "Division", "Board", "Council", "Agency", ...), "of", "for" or "on" ("the" may follow), then one to five words of a
 * remit ("and"/"&" between) in the text's case, the last of AGENCY_ENDS37: "Caseworker: Vanessa Ugwu, Department of
 * Children and Family Services,", "faxed to Department of Health and Human Services" ("Human" was a name),
 * "OFFICE OF THE CHIEF MEDICAL EXAMINER, STATE OF VERMONT", "defense counsel of the Department of Public Advocacy",
 * "referral (Millbridge Council on Aging,", lower "department of social services". Every remit word is a topic of an
 * agency (round 27's list or AGENCY_REMIT37), no hospital service's ("Department of Rehabilitation Services", "Division
 * of Pediatric Services", "Department of Nursing Services" stay units); a remit ending in "Health" needs a place
 * before the head ("Ohio Department of Health": an older rule after "to" wrote "Ohio Department", now continued) or
 * "Public"/"Mental" before it ("Per the Department of Health.", "Department of Behavioral Health" stay as they were). One or two words before the head that no core list has, a name's, a place's or a state's code, name the body
 * ("SOWEGA COUNCIL ON AGING", "WV Division of Corrections", "Area Agency on Aging", "Executive Office of Elder Affairs"). The name closes after k (no word
 * of its case goes on it: "Department of Health Sciences"). Emits an organisation and returns true.
 */
function agencyRemit37(k: u32, sh: u32, mode: u32): bool {
  if (sh != textShape(mode) || k < 2 || rd(tDone, k) != 0 || !wordIn(k, AGENCY_ENDS37)) return false;
  // the name closes after k
  if (k + 1 < count && tight(k + 1)) {
    const n = k + 1;
    const ns = rd(tShape, n);
    if (ns == sh && (remitWord37(n, k) || wordIn(n, AGENCY_ENDS37) || wordIn(n, AGENCY_GOES_ON37))) return false;
    // (the remit goes on after "and": "Department of Health and Human Services" ends at "Services")
    if (isAnd(n) && n + 1 < count && tight(n + 1) && rd(tShape, n + 1) == sh && (remitWord37(n + 1, k) || wordIn(n + 1, AGENCY_ENDS37))) return false;
  }
  // the remit's words back to "of", "for" or "on"
  let m = k;
  let words: u32 = 0;
  while (m > 0 && exists(m - 1) && tight(m) && words < 6) {
    const q = m - 1;
    if (wordIn(q, "\u0002of\u0003for\u0002on\u0003the")) break;
    if (rd(tShape, q) != sh && !isAnd(q) || !isAnd(q) && !remitWord37(q, k)) return false;
    // (a name pending over a remit's word is the agency's: "Health and Human Services")
    if (rd(tDone, q) != 0 && !(pType != 0 && pStart <= rd(tStart, q) && pEnd >= rd(tEnd, q))) return false;
    m = q;
    words++;
  }
  if (m == 0 || !exists(m - 1) || !tight(m) || isAnd(m)) return false;
  let c = m - 1;
  if (wordIn(c, "\u0003the")) {
    if (c == 0 || !exists(c - 1) || !tight(c)) return false;
    c--;
  }
  if (!wordIn(c, "\u0002of\u0003for\u0002on") || c == 0 || !exists(c - 1) || !tight(c)) return false;
  const h = c - 1;
  if (rd(tShape, h) != sh || !wordIn(h, AGENCY_HEADS27)) return false;
  if (rd(tDone, h) != 0 && !(pType == ENTITY_LOCATION && pEnd == rd(tEnd, h))) return false;
  // a place pending up to the head names it ("Ohio Department" written by an older rule)
  const placed = pType == ENTITY_LOCATION && pEnd == rd(tEnd, h);
  // (a school's or a college's health office, "Public Schools — Office of Health Services", is a unit)
  if (!placed && m + 1 == k && wordIn(m, "\u0006health")) return false;
  // ("Health" alone after the head is no agency's name with no place: "Per the Department of Health.", "DEPARTMENT OF
  // HEALTH FORM", older rows)
  if (wordIn(k, "\u0006health") && !placed && !(m < k && wordIn(k - 1, "\u0006public\u0006mental"))) return false;
  // the body's own words before the head
  let f = h;
  while (!placed && mode != MODE_LOWER && f > 0 && exists(f - 1) && tight(f) && h - f < 2) {
    const q = f - 1;
    const qd = rd(tData, q);
    // (a state's code an earlier turn let go is the agency's: "WV Division of Corrections")
    if (rd(tShape, q) != sh || rd(tDone, q) != 0 && (qd & F_STATE) == 0 || (qd & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_NOT_NAME | F_FACILITY | F_STREET)) != 0 ||
      wordIn(q, NAME_FUNCTION_WORDS) || wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) || medicalShape(q)) break;
    if (!(tierOf(qd) == 0 || nameStr(q) >= 2 || placeStr(qd) >= 2 || (qd & F_STATE) != 0 || wordIn(q, "\u0004area") && wordIn(h, "\u0006agency") ||
      f == h && wordIn(q, "\u0009executive"))) break;
    f = q;
  }
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 850, R_ORGANIZATION, f, k);
  return true;
}

/** (org37) Token q is undecided, or inside the span pending (a place's, or a name no title, cue or credential opened). */
function pendingOrFree37(q: u32): bool {
  return rd(tDone, q) == 0 || (pType == ENTITY_LOCATION || pType == ENTITY_NAME && pReason != R_TITLE && pReason != R_CUE &&
    pReason != R_CREDENTIAL) && pStart <= rd(tStart, q) && pEnd >= rd(tEnd, q);
}

/**
 * (org37) Token k is a facility's or an organisation's head (the word table's facility bit, or "Health") before "of"
 * ("the" may follow) and a place of one to three words in the text's case; one to three words of that case before the
 * head name the body, after a frame: a word of where ("at", "to", "from", "by", "via", "with", "attends"), a label's
 * colon, a heading's dash, a column's gap or the line's start. "ATTENDS ISLAMIC CENTER OF PRAIRIE CITY WITH IMAM",
 * "Pastor from First Reformed Church of Holland,", "Consultation — Passport Health of Kingsbury", "START OF CARE -
 * INTERIM HEALTHCARE OF THE OZARKS". The place's words: one a place's, a state's or a country's, or a word no list
 * has; the naming words no title, cue, credential, month, function word, determiner, hospital service or unit
 * ("Emergency Department of Salem Hospital" has no such frame and an agency's head, which stays the older rules').
 * Writes the naming words and the head (score 600) and returns false: the head's own turn then writes the head with
 * its place, which joins them and types the whole ("Passport Health of Kingsbury", the facility walk's "Health of
 * Kingsbury" before).
 */
function orgOfPlace37(k: u32, sh: u32, mode: u32): bool {
  if (mode == MODE_LOWER || sh != textShape(mode) || rd(tDone, k) != 0 || wordIn(k, AGENCY_HEADS27) || wordIn(k, UNIT_WORDS31)) return false;
  // the place after "of" (or "of the"), as far as the tokens read yet show it
  let t = k + 2;
  if (t < count && tight(t) && wordIn(t, "\u0003the")) t++;
  let last = t;
  let placed = false;
  while (last < count && exists(last) && tight(last) && rd(tShape, last) == sh && last - t < 3) {
    const ld = rd(tData, last);
    if ((ld & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_NOT_NAME)) != 0 || wordIn(last, NAME_FUNCTION_WORDS) || medicalShape(last)) break;
    if (placeStr(ld) >= 1 || (ld & (F_STATE | F_COUNTRY)) != 0 || tierOf(ld) == 0) placed = true;
    last++;
  }
  if (last == t || !placed) return false;
  // the naming words before the head
  let f = k;
  while (f > 0 && exists(f - 1) && tight(f) && k - f < 3) {
    const q = f - 1;
    const qd = rd(tData, q);
    if (!(rd(tShape, q) == sh || isAnd(q) && f < k) || !pendingOrFree37(q) ||
      (qd & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_NOT_NAME | F_STREET | F_STREET_ABBR | F_UNIT)) != 0 || wordIn(q, NAME_FUNCTION_WORDS) && !isAnd(q) ||
      wordIn(q, NAME_DETERMINERS) || wordIn(q, WHERE_FRAMES) || wordIn(q, HOSPITAL_SERVICE_WORDS) || wordIn(q, UNIT_WORDS31) ||
      wordIn(q, HEALTH_LABELS36) || medicalShape(q) || rd(tEnd, q) - rd(tStart, q) < 3) break;
    f = q;
  }
  while (f < k && isAnd(f)) f++;
  if (f == k) return false;
  // the frame before the name
  const g = rd(tGap, f);
  const lineStart = f == 0 || !exists(f - 1) || (g & (G_NEWLINE | G_START)) != 0;
  const where = !lineStart && tight(f) && (wordIn(f - 1, WHERE_FRAMES) || wordIn(f - 1, "\u0004from"));
  if (!(where || lineStart || (g & G_COLON) != 0 || headingDash31(f) || columnGap(f))) return false;
  // (the naming words and the head, the head left undecided: its own turn goes on and writes it with its place, which
  // joins them, typed as it types it; the place's end may lie past the tokens read yet)
  span(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 600, R_ORGANIZATION);
  for (let m = f; m < k; m++) wr(tDone, m, 0xff);
  return false;
}

// ---- Stop 38: an eponym after a person's title (self-contained: titledEponym38) ----

// dr drs mr mrs ms miss prof doctor
const PERSON_TITLES38 = "\u0002dr\u0003drs\u0002mr\u0003mrs\u0002ms\u0004miss\u0004prof\u0006doctor";

/**
 * Token k, a word of five letters or more listed as never a name (instruments, signs and incisions named after their
 * makers: "Foley", "Babinski", "Apgar", "Kocher", "Pfannenstiel"; clinical words), right after a person's title is
 * the person: the title with no line break, comma or colon before the word (a title word inside an address was
 * checked by the caller), the word in the case of its text (capitalised in mixed case), the title capitalised in mixed
 * case ("MR." there is a valve's regurgitation: "trace MR. Foley in place"), and in ALL CAPS not "MR." or "MS." with
 * their period (a finding closing its sentence: "MILD MR. FOLEY D/C'D"), and no eponym's head right after it ("Mr.
 * Foley catheter placed", an older table's row). Shorter listed words are abbreviations and field labels ("MS NO
 * CHANGES", "DR. CATH").
 */
function titledEponym38(k: u32, sh: u32, mode: u32, gapPrev: u32): bool {
  if ((gapPrev & (G_NEWLINE | G_COMMA | G_OTHER | G_COLON | G_FAR)) != 0 || rd(tDone, k - 1) == 0xff) return false;
  // (a semicolon is no title's period: "812 las palmas dr; medicaid pending")
  if ((gapPrev & (G_SENT | G_PERIOD)) == G_SENT || rd(tEnd, k) - rd(tStart, k) < 5) return false;
  if (mode == MODE_MIXED ? sh != SH_CAP : mode == MODE_CAPS ? sh != SH_UPPER : sh != SH_LOWER && sh != SH_CAP) return false;
  if (!wordIn(k - 1, PERSON_TITLES38)) return false;
  const ts = rd(tShape, k - 1);
  if (mode == MODE_MIXED && ts != SH_CAP) return false;
  // (an eponym's head after it keeps the word: "Mr. Foley catheter placed")
  if (k + 1 < count && tight(k + 1) && (rd(tData, k + 1) & F_EPONYM_HEAD) != 0) return false;
  return !(ts == SH_UPPER && (gapPrev & G_PERIOD) != 0 && wordIn(k - 1, "\u0002mr\u0002ms"));
}

/**
 * Number token j, a comma right after it, is a value, no house number: five digits or more (a record number's: "MRN
 * 0093317, OB CLINIC"), or after a month or a cue word ("JAN 2091, SURVEILLANCE CT"). A unit's, a box's or a squadron's
 * number before a comma stays ("TRLR 12, ROCK SPRINGS WY", "SQUADRON 147, NAVAL AIR STATION ...": the older reading).
 */
function commaNumber38(j: u32): bool {
  if ((rd(tGap, j + 1) & G_COMMA) == 0) return false;
  if (rd(tEnd, j) - rd(tStart, j) >= 5) return true;
  return j > 0 && exists(j - 1) && (rd(tData, j - 1) & (F_MONTH | F_CUE)) != 0 && (rd(tGap, j) & (G_NEWLINE | G_SENT | G_COMMA)) == 0;
}

// ---- Stop 38: a relative's or a staff member's given name before a gerund or a phone number (self-contained:
// gerundNext38, phoneNext38) ----

/**
 * A gerund of the same shape follows token k, one blank between: a word of six letters or more ending in "ing", not
 * "spring"/"string" ("WILL FLYING IN", "rusty driving her"; "WILL BRING" is a modal and its verb).
 */
function gerundNext38(k: u32): bool {
  const n = k + 1;
  if (n >= count || !tight(n) || rd(tShape, n) != rd(tShape, k)) return false;
  return endsWithAny(n, "\u0003ing", 3) && !wordIn(n, "\u0006spring\u0006string");
}

// line care visit call note desk station triage advice chat pool
const ROLE_COMPOUNDS38 = "\u0004line\u0004care\u0005visit\u0004call\u0004note\u0004desk\u0007station\u0006triage\u0006advice\u0004chat\u0004pool";

/**
 * A phone number follows token k, alone or after "at" ("NURSE JOY AT 555-0143", "NAVIGATOR TRINITY 404-555-0129"): a
 * number token of three digits and a '-' or '.' and a digit after it, or "(ddd)". A staff member or a relative is
 * reached there; a role's common compound is no given name ("NURSE LINE AT 555-0143": "line" names no one).
 */
function phoneNext38(k: u32): bool {
  let n = k + 1;
  if (n >= count || (rd(tGap, n) & (G_NEWLINE | G_FAR | G_SENT)) != 0) return false;
  if (wordIn(n, "\u0002at")) {
    n++;
    if (n >= count || (rd(tGap, n) & (G_NEWLINE | G_FAR | G_SENT)) != 0) return false;
  }
  let p = rd(tStart, n);
  if (p > 0 && byteAt(p - 1) == 0x28) {
    return p + 4 <= inLen && isDigit(byteAt(p)) && isDigit(byteAt(p + 1)) && isDigit(byteAt(p + 2)) && byteAt(p + 3) == 0x29;
  }
  if (rd(tShape, n) != SH_NUM || p + 5 > inLen) return false;
  const b = byteAt(p + 3);
  return isDigit(byteAt(p)) && isDigit(byteAt(p + 1)) && isDigit(byteAt(p + 2)) && (b == 0x2d || b == 0x2e) &&
    isDigit(byteAt(p + 4));
}

// ---- Stop 38: the dictation trailer's initials after the signed name (self-contained: typistPair38) ----

/**
 * In ALL CAPS, token k, the initials of the name just signed (signerInitials37 tested them and the line), glued to a
 * slash and the typist's initials, two to four letters in the same case: "SHARONDA WILKES, NP-C   SW/JT",
 * "DICTATED BY WOLFGANG ERIKSEN, MD. WE/BJH 02/09/82", "IFEOMA CHUKWU-ADLER, MD    ICA/DW    ELECTRONICALLY SIGNED".
 * The typist's part is no word of the lists (not "TB/HIV" after "Dr. Thomas Brown", nor a credential, month or
 * unit), no slash goes on after it ("N/V/D"), and the pair ends its line, the input or a column, or a number follows on
 * its line (the trailer's date). Writes a NAME for each. (Lower case and mixed case keep the older rules' readings,
 * "lh/mtc"; a user name made of the signer's name is the document pass's, "TB/TBLASKOV": test/propagate.test.ts.)
 */
function typistPair38(k: u32, s: u32, e: u32): bool {
  if (byteAt(e) != 0x2f || rd(tShape, k) != SH_UPPER || modeAt(k) != MODE_CAPS) return false;
  const n = k + 1;
  if (n >= count || rd(tStart, n) != e + 1 || rd(tShape, n) != rd(tShape, k)) return false;
  const ne = rd(tEnd, n);
  if (ne - e - 1 < 2 || ne - e - 1 > 4 || ne < inLen && byteAt(ne) == 0x2f) return false;
  const nd = rd(tData, n);
  if (tierOf(nd) != 0 || (nd & (CONTEXT_WORDS | F_NOT_NAME | F_CRED | F_TITLE | F_MONTH | F_UNIT | F_ALLOW)) != 0) return false;
  if (!(footEnd(n) || n + 1 < count && (columnGap(n + 1) || (rd(tGap, n + 1) & G_NEWLINE) == 0 && rd(tShape, n + 1) == SH_NUM))) return false;
  return initialsPair38(k, n);
}

// ---- Stop 38, clinical round 29 (fx26): a log row's "LAST, FIRST" before its record field; a nickname in quotes ----

// (stop 38) the weekdays, no row's name ("0800  MONDAY, TUESDAY  AGE 5" is a schedule)
const WEEKDAYS38 = "\u0006monday\u0007tuesday\u0009wednesday\u0008thursday\u0006friday\u0008saturday\u0006sunday";

/**
 * (stop 38, clinical round 29) Token k is FIRST of "LAST, FIRST [M]" opening a row of a log, roster or line list and
 * closed by the row's next field: a record field's label (RECORD_FIELDS37: "MRN", "DOB", "AGE", ...) one blank or a
 * column gap on, or a credential after a column gap ("03/11 0945  WOODS, FRANK  MRN PWH0118834", "STAFF 1 PRICE, SUMMER
 * CNA", "PASSENGER: KAHANANUI, LEIMOMI K   DOB", "pt may, june  mrn slmc0066312"). Given names that are English words
 * (Frank, Summer, Grace, June) and surnames that are (Woods, Price, May) reach no neighbour rule there, and nothing
 * before LAST is a cue. LAST opens its field: the line's start, a column gap, a colon, a number (a clock, a row's
 * number) or "pt". FIRST has a given name's strength, or both are words no list has of four letters or more. LAST may
 * be hyphenated ("OKAFOR-BELL, GRACE"); a middle initial or a second given name may follow FIRST. Titles, credentials,
 * cues, states, countries, units, facilities and medical shapes are none ("PMH: HTN, DM  AGE 67" stays). Writes the
 * NAME over LAST..FIRST [M] (a place guessed at LAST gives way).
 */
function rowName38(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  if (sh == SH_INITIAL) return rowInitials38(k);
  if (k < 1 || !exists(k - 1) || (sh != SH_CAP && sh != SH_UPPER && sh != SH_LOWER) ||
    (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_COLON | G_HYPHEN | G_HASH | G_JOIN)) != 0) return false;
  let l = k - 1;
  if (rd(tShape, l) != sh || rd(tEnd, l) + 2 != s) return false;
  // (a hyphenated surname: "OKAFOR-BELL, GRACE")
  if (l >= 1 && exists(l - 1) && rd(tGap, l) == G_HYPHEN && rd(tStart, l) == rd(tEnd, l - 1) + 1 && rd(tShape, l - 1) == sh) l = l - 1;
  const g = rd(tGap, l);
  let opens = (g & (G_NEWLINE | G_START | G_COLON)) != 0 || columnGap(l);
  if (!opens && l >= 1 && exists(l - 1) && (g & (G_COMMA | G_SENT | G_OTHER | G_HYPHEN)) == 0)
    opens = rd(tShape, l - 1) == SH_NUM || wordIn(l - 1, "\u0002pt\u0007patient");
  if (!opens) return false;
  // (stop 39: the mode after the row's opening, which most lists of lower-case words after a comma fail)
  if (sh == SH_LOWER && modeAt(k) != MODE_LOWER) return false;
  for (let j = l; j <= k; j++) {
    const d = rd(tData, j);
    if ((d & (F_TITLE | F_CRED | F_CUE | F_STATE | F_COUNTRY | F_UNIT | F_FACILITY | F_ALLOW | F_LOC_CUE)) != 0 ||
      rd(tEnd, j) - rd(tStart, j) < 2 || medicalShape(j) || credAt(j, MODE_CAPS) || wordIn(j, WEEKDAYS38)) return false;
  }
  const fd = rd(tData, k);
  if (firstStr(fd) == 0 && !(tierOf(fd) == 0 && tierOf(rd(tData, k - 1)) == 0 && rd(tEnd, k) - rd(tStart, k) >= 4 &&
    rd(tEnd, k - 1) - rd(tStart, k - 1) >= 4 && (fd & F_NOT_NAME) == 0)) return false;
  // a middle initial or a second given name, one blank on
  let m = k;
  if (k + 2 < count && tight(k + 1) && rd(tStart, k + 1) == rd(tEnd, k) + 1) {
    const ns = rd(tShape, k + 1);
    const nd = rd(tData, k + 1);
    if (ns == SH_INITIAL && rd(tEnd, k + 1) - rd(tStart, k + 1) == 1 ||
      ns == sh && firstStr(nd) > 0 && (nd & (CONTEXT_WORDS | F_NOT_NAME)) == 0 && !wordIn(k + 1, RECORD_FIELDS37)) m = k + 1;
  }
  // the row's next field
  const t = m + 1;
  if (t >= count || !tight(t) || rd(tShape, t) == SH_NUM) return false;
  const col = columnGap(t);
  const ts = rd(tShape, t);
  const field = (ts == SH_UPPER || ts == SH_CAP || ts == SH_LOWER && sh == SH_LOWER) && wordIn(t, RECORD_FIELDS37);
  if (!(field || col && ((rd(tData, t) & F_CRED) != 0 || credAt(t, MODE_CAPS)))) return false;
  span(rd(tStart, l), rd(tEnd, m), ENTITY_NAME, 800, R_NEIGHBOUR, true);
  for (let j = l; j <= m; j++) wr(tDone, j, ENTITY_NAME);
  return true;
}

/**
 * (stop 38, clinical round 29) Token k is a nickname in quotes inside parentheses right after a person's name:
 * `MCALISTER, J.T. ("BUDDY")`, `Kostelnik, Andrew J. ("Drew")`, `(goes by "Junior")` is older. The name ends one
 * blank (and an initial's period) before the parenthesis: a name written (the token before is done as a NAME) or
 * pending. One word of letters, no title, credential, unit, state, country or month ("Smith ("DNR")" is no name: a word
 * no list has in capitals of three letters or fewer is an abbreviation). Writes the NAME.
 */
function nickname38(k: u32, sh: u32): bool {
  const s = rd(tStart, k);
  const e = rd(tEnd, k);
  if (k < 1 || !exists(k - 1) || e + 1 >= inLen || byteAt(s - 2) != 0x28 || byteAt(e) != 0x22 || byteAt(e + 1) != 0x29 ||
    byteAt(s - 3) != 0x20 || e - s < 2 || !(sh == SH_CAP || sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER)) return false;
  const d = rd(tData, k);
  if ((d & (F_TITLE | F_CRED | F_UNIT | F_STATE | F_COUNTRY | F_MONTH | F_ALLOW)) != 0 || credAt(k, MODE_CAPS) || medicalShape(k) ||
    sh == SH_UPPER && e - s <= 3 && nameStr(k) == 0) return false;
  // the name before: its last token ends one blank (or an initial's period and a blank) before the parenthesis
  const pe = rd(tEnd, k - 1);
  if (!(pe == s - 3 || pe == s - 4 && byteAt(pe) == 0x2e)) return false;
  const named = rd(tDone, k - 1) == ENTITY_NAME || pType == ENTITY_NAME && pEnd >= pe - 1 ||
    // (a name's initials after "LAST, F." the rules left: "MCALISTER, J.T." in a log's row)
    rd(tShape, k - 1) == SH_INITIAL && k >= 3 && exists(k - 3) && (rd(tGap, k - 1) & G_PERIOD) != 0 && rd(tShape, k - 2) == SH_INITIAL &&
      (rd(tGap, k - 2) & G_COMMA) != 0;
  if (!named) return false;
  span(s, e, ENTITY_NAME, 700, R_NEIGHBOUR);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (stop 38, clinical round 29) The signer's initials at s..e (token k, matched to the name signed on the line by
 * signerInitials37()) glued to one slash and a typist's two or three letters closing the line: writes both as NAMEs.
 * A credential after the slash is none ("MD / DO" is older and has no signer's letters).
 */
function slashSigner38(k: u32, s: u32, e: u32): bool {
  const n = k + 1;
  // (a credential or a label stands between the signed name and the initials: "Dr. Thomas Brown   TB/HIV" stays)
  if (n >= count || rd(tStart, n) != e + 1 || !footEnd(n) || k < 1 || rd(tEnd, k - 1) <= sigEnd) return false;
  const nl = rd(tEnd, n) - rd(tStart, n);
  const ns = rd(tShape, n);
  if (nl < 2 || nl > 3 || !(ns == SH_UPPER || ns == SH_LOWER) || (rd(tData, n) & (F_CRED | F_TITLE)) != 0 || credAt(n, MODE_CAPS)) return false;
  return initialsPair38(k, n);
}

/**
 * (stop 39, clinical round 30) The signer's initials (token k, ending at e) glued to a colon and the typist's letters
 * in lower case: a letter's trailer ("GV:th", "JRK:ms"); the signer's letters in capitals, so "HR:72" (no letters) and
 * a field's label are none. slashSigner38() tests the rest (a column gap before, the typist's two or three letters, the
 * line's or a column's end after).
 */
function colonSigner39(k: u32, e: u32): bool {
  return byteAt(e) == 0x3a && rd(tShape, k) == SH_UPPER && k + 1 < count && rd(tStart, k + 1) == e + 1 && rd(tShape, k + 1) == SH_LOWER;
}

/** (stop 38) Writes tokens k and n, a signer's and a typist's initials, as a NAME each (slashSigner38, typistPair38). */
function initialsPair38(k: u32, n: u32): bool {
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 600, R_INITIAL);
  span(rd(tStart, n), rd(tEnd, n), ENTITY_NAME, 600, R_INITIAL);
  wr(tDone, k, ENTITY_NAME);
  wr(tDone, n, ENTITY_NAME);
  return true;
}

// ---- Stop 38: a given name before a hyphenated surname in ALL CAPS (self-contained: capsHyphenName38) ----

// prefixes of clinical compounds ("POST-TNK", "ANGIO-SEAL", "NON-STEMI")
const HYPHEN_PREFIXES38 = "\u0004post\u0003pre\u0003non\u0004anti\u0004semi\u0005multi\u0005inter\u0005intra\u0005trans\u0003sub\u0005super\u0004peri\u0004para\u0005hyper\u0004hypo\u0005neuro\u0006cardio\u0005angio\u0006gastro\u0005ortho\u0004self\u0004half\u0004well\u0002co\u0002re";
// heads after an eponym's hyphenated pair ("STEVENS-JOHNSON SYNDROME", "ARNOLD-CHIARI MALFORMATION")
const HYPHEN_EPONYM_HEADS38 = "\u0008syndrome\u0007disease\u000cmalformation\u0008reaction\u0004type\u0007variant\u0007anomaly";

/**
 * In ALL CAPS, token k and k + 1 joined by one hyphen (nothing else between) are a double surname, and the word before
 * them on the line its given name: "SW: GRACE KIM-ALDRIDGE.", "AUNT BISI ADEYEMI-CROSS, NORTH QUINCEY", "OFFICE MANAGER
 * GRACE PARK-LINDELL, (360) 555-0126". Each half is a listed surname or a word no list has (three letters or more, no
 * medical ending), at most one of them a core English word, no third part ("CHARCOT-MARIE-TOOTH"), no eponym's head
 * after ("ARNOLD-CHIARI MALFORMATION", "STEVENS-JOHNSON SYNDROME"), no clinical prefix first ("POST-TNK"); the word
 * before, three letters or more, one blank before k, nothing found in it yet, is a given name of the lists or a word
 * no list has before two halves of four letters or more ("MINJUN ABBOT-WHITCOMB"; not "STEMI POST-TNK"). Writes one
 * NAME over the three words.
 */
function capsHyphenName38(k: u32): bool {
  const y = k + 1;
  const g = k - 1;
  if (rd(tStart, y) != rd(tEnd, k) + 1 || rd(tShape, y) != SH_UPPER || !exists(g) || rd(tShape, g) != SH_UPPER) return false;
  // (one blank between the given name and the surname: "DTAP-IPV-HIB" is one word of three halves)
  if (rd(tStart, k) != rd(tEnd, g) + 1 || byteAt(rd(tEnd, g)) != 0x20 || rd(tEnd, g) - rd(tStart, g) < 3) return false;
  if (y + 1 < count && (rd(tGap, y + 1) == G_HYPHEN || tight(y + 1) && (wordIn(y + 1, HYPHEN_EPONYM_HEADS38) || (rd(tData, y + 1) & F_EPONYM_HEAD) != 0))) return false;
  // (a credential after its comma is the signature rule's, with a listed given name: "EXAMINER: FRANK ODUYA-STRAND,
  // MD"; a given name no list has it leaves out, "NGAIO WHITCOMBE-REYES, PSYD")
  if (y + 1 < count && (rd(tGap, y + 1) & G_COMMA) != 0 && firstStr(rd(tData, g)) != 0 && credAt(y + 1, MODE_CAPS)) return false;
  // (nothing found in the given name yet, nor a multi-word entry ending there: "ANTHEM BLUE CROSS MEDI-CAL")
  if (rd(tDone, g) != 0 || pType != 0 && pEnd > rd(tStart, g) || flushedEnd > rd(tStart, g) || rd(tMw2, g) != 0 || rd(tMw3, g) != 0) return false;
  const BAD: u32 = CONTEXT_WORDS | F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE | F_MONTH | F_UNIT | F_STREET | F_FACILITY | F_STATE;
  const xd = rd(tData, k);
  const yd = rd(tData, y);
  const gd = rd(tData, g);
  if (((xd | yd | gd) & BAD) != 0) return false;
  if (!hyphenHalf38(k, xd) || !hyphenHalf38(y, yd) || tierOf(xd) == 1 && tierOf(yd) == 1) return false;
  // (one half of five letters or more: "BLUE CROSS MEDI-CAL" is a programme's name)
  if (rd(tEnd, k) - rd(tStart, k) < 5 && rd(tEnd, y) - rd(tStart, y) < 5) return false;
  if (wordIn(k, HYPHEN_PREFIXES38)) return false;
  // (a given name no list has wants surnames of four letters or more: "STEMI POST-TNK" is an abbreviation's)
  if (firstStr(gd) == 0 && (tierOf(gd) != 0 || medicalShape(g) || rd(tEnd, k) - rd(tStart, k) < 4 || rd(tEnd, y) - rd(tStart, y) < 4)) return false;
  spanDone(rd(tStart, g), rd(tEnd, y), ENTITY_NAME, 700, R_NEIGHBOUR, g, y);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/** (stop 38) Token j, half of a double surname: a listed surname, or three letters or more no list has, no medical ending. */
function hyphenHalf38(j: u32, d: u32): bool {
  const n = rd(tEnd, j) - rd(tStart, j);
  if (n < 3) return false;
  return lastStr(d) > 0 || tierOf(d) == 0 && !medicalShape(j);
}

// ---- Stop 38: ALL CAPS names after a titled given name, in a numbered roster and after "BABY BOY/GIRL" (self-contained:
// titledGivenSurname38, rosterRow38, babySurname38) ----

/**
 * In ALL CAPS, token k right after a given name of the lists that a title opened ("DR. YOLANDA REDBIRD, PAGER 4471"),
 * one blank between, is its surname when it is no core English word (a rarer word of the lists: "REDBIRD", "STARLING"),
 * four letters or more, no medical ending, and the name's field ends after it (a comma, a mark, a line or column end).
 * A core word stays one ("DR. GRACE ADVISED"); listed surnames are capsSurname()'s.
 */
function titledGivenSurname38(k: u32, mode: u32): bool {
  if (mode != MODE_CAPS || rd(tShape, k) != SH_UPPER || !tight(k) || pType != ENTITY_NAME || pReason != R_TITLE) return false;
  const p = k - 1;
  if (rd(tShape, p) != SH_UPPER || pStart != rd(tStart, p) || pEnd != rd(tEnd, p) || firstStr(rd(tData, p)) == 0) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE | F_MONTH | F_UNIT | F_STREET | F_FACILITY)) != 0 || tierOf(d) == 1) return false;
  if (rd(tEnd, k) - rd(tStart, k) < 4 || medicalShape(k)) return false;
  if (lastRead(k)) return inputEndsAfter(k);
  return fieldEndsAfter(k, MODE_CAPS) || (rd(tGap, k + 1) & (G_COMMA | G_SENT | G_NEWLINE | G_OTHER)) != 0;
}

/**
 * In ALL CAPS, token k opens "LAST, FIRST" right after a list's number at a line's start ("3. FRANK, HOPE  PCH-30609
 * DOB 07/04/2090", "2) GRANT, WILL    MRN 4471"): a census's or a roster's row. LAST is a listed surname or a word no
 * list has, FIRST a listed given name or a word no list has (three letters or more), ", " between, the field ends after
 * FIRST, and a digit follows on the line within 40 bytes (the row's record number or date). Core words are allowed:
 * the row's shape is the evidence ("1. HEAD, NECK  NORMAL" has no given name; "3. BACK, HIP 8/10" neither).
 */
function rosterRow38(k: u32): bool {
  if (k == 0 || k + 1 >= count || !exists(k - 1)) return false;
  const q = k - 1;
  if (rd(tShape, q) != SH_NUM || !lineStart(q) || rd(tEnd, q) - rd(tStart, q) > 3) return false;
  const m = byteAt(rd(tEnd, q));
  if ((m != 0x2e && m != 0x29) || rd(tStart, k) != rd(tEnd, q) + 2) return false;
  const n = k + 1;
  if (rd(tShape, k) != SH_UPPER || rd(tShape, n) != SH_UPPER) return false;
  if ((rd(tGap, n) & ~G_COMMA) != 0 || rd(tStart, n) - rd(tEnd, k) > 3) return false;
  const d = rd(tData, k);
  const dn = rd(tData, n);
  if (((d | dn) & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE | F_MONTH)) != 0) return false;
  if (!(lastStr(d) != 0 || unknownWord(k)) || !(firstStr(dn) != 0 || unknownWord(n)) || rd(tEnd, n) - rd(tStart, n) < 3) return false;
  if (!fieldEndsAfter(n, MODE_CAPS)) return false;
  const e = rd(tEnd, n);
  const lim = e + 40 < inLen ? e + 40 : inLen;
  for (let i = e; i < lim; i++) {
    const b = byteAt(i);
    if (b == 0x0a) return false;
    if (isDigit(b)) return true;
  }
  return false;
}

/**
 * In ALL CAPS, token k after "BABY BOY"/"BABY GIRL" (one blank each) is the newborn's surname, as nurseries name a baby
 * before its given name: a listed surname (a core word too: "BABY GIRL YOUNG") or a word no list has, three letters or
 * more, the field ending after it or a bracket, comma or line end following ("BABY BOY SMITH DOING WELL" is no field's
 * end but a listed surname that is no core word; "BABY GIRL DOING WELL", "BABY BOY BORN AT 0300" name no one). Writes
 * the NAME (span() takes "BABY BOY" into it, as in mixed case).
 */
function babySurname38(k: u32): bool {
  // ("BABY" and one blank before the sex word were babyBefore()'s test at the call)
  if (!tight(k) || rd(tShape, k - 1) != SH_UPPER) return false;
  const d = rd(tData, k);
  if ((d & (CONTEXT_WORDS | F_NOT_NAME | F_ALLOW | F_CRED | F_TITLE | F_MONTH | F_UNIT)) != 0) return false;
  if (!(lastStr(d) != 0 || unknownWord(k))) return false;
  const ends = lastRead(k) ? inputEndsAfter(k) : fieldEndsAfter(k, MODE_CAPS) || (rd(tGap, k + 1) & (G_COMMA | G_SENT | G_NEWLINE | G_OTHER)) != 0;
  if (!ends && (tierOf(d) == 1 || lastStr(d) == 0)) return false;
  span(rd(tStart, k), rd(tEnd, k), ENTITY_NAME, 700, R_CUE);
  wr(tDone, k, ENTITY_NAME);
  return true;
}

/**
 * (stop 38) Token k is the letters of a code glued by a hyphen to its number ("PCH-30609", "MRN-4471"), no name's next
 * word: a roster's row goes on to its record number after the name ("3. FRANK, HOPE  PCH-30609").
 */
function codePrefix38(k: u32, hasNext: bool): bool {
  if (!hasNext || rd(tShape, k + 1) != SH_NUM) return false;
  const e = rd(tEnd, k);
  return rd(tStart, k + 1) == e + 1 && byteAt(e) == 0x2d;
}

/**
 * (stop 38, clinical round 29) rowName38() with initials for FIRST: "03/10 0830  MCALISTER, J.T. ("BUDDY")  MRN
 * PWH0330417". LAST (capitals or capitalised, three letters or more, no list's context word) opens its field as there;
 * one or two initials with their periods; a nickname in quotes and parentheses may stand before the record field's
 * label, which must follow (a credential is not enough: "SMITH, J.   RN" is left to the signature rules).
 */
function rowInitials38(k: u32): bool {
  if (k < 1 || !exists(k - 1) || (rd(tGap, k) & (G_NEWLINE | G_SENT | G_OTHER | G_FAR | G_COLON | G_HYPHEN)) != 0) return false;
  const l = k - 1;
  const ls = rd(tShape, l);
  if (!(ls == SH_UPPER || ls == SH_CAP) || rd(tEnd, l) + 2 != rd(tStart, k) || rd(tEnd, l) - rd(tStart, l) < 3 ||
    (rd(tData, l) & (CONTEXT_WORDS | F_NOT_NAME)) != 0 || medicalShape(l) || credAt(l, MODE_CAPS)) return false;
  const g = rd(tGap, l);
  let opens = (g & (G_NEWLINE | G_START | G_COLON)) != 0 || columnGap(l);
  if (!opens && l >= 1 && exists(l - 1) && (g & (G_COMMA | G_SENT | G_OTHER | G_HYPHEN)) == 0) opens = rd(tShape, l - 1) == SH_NUM;
  if (!opens) return false;
  let m = k;
  if (m + 1 < count && rd(tShape, m + 1) == SH_INITIAL && rd(tStart, m + 1) == rd(tEnd, m) + 1 && byteAt(rd(tEnd, m)) == 0x2e) m++;
  let t = m + 1;
  if (t >= count || (rd(tGap, t) & (G_NEWLINE | G_FAR)) != 0) return false;
  const ts = rd(tStart, t);
  if (ts >= 2 && byteAt(ts - 1) == 0x22 && byteAt(ts - 2) == 0x28) t++;
  if (t >= count || (rd(tGap, t) & (G_NEWLINE | G_FAR)) != 0 || !(rd(tShape, t) == SH_UPPER || rd(tShape, t) == SH_CAP) ||
    !wordIn(t, RECORD_FIELDS37)) return false;
  span(rd(tStart, l), rd(tEnd, m), ENTITY_NAME, 800, R_NEIGHBOUR, true);
  for (let j = l; j <= m; j++) wr(tDone, j, ENTITY_NAME);
  return true;
}

// ---- Stop 38, organisations round (org38): the issuer named before its own reference code, whose letters are the
// name's initials or its first word's start, "Medical Mutual of Ohio member MMO-2204418832", "PAN FOUNDATION GRANT
// PAN-772041", "highmark wholecare member hwc551820094" (idIssuer38, read from step() on the code's letters) ----

// the labels that may stand between an issuer's name and its code: a member's, a claim's, a kit's, a job's, an order's
// ("Vermont Interpreter Referral Service (job VIRS-99-2207)", "Air Evac Lifeteam (transport record AEL-97-20117)")
const ISSUER_LABELS38 = "\u0002id\u0006member\u0003mbr\u0005claim\u0003ref\u0004case\u0003kit\u0003job\u0005grant\u0006upload\u0006policy\u0004plan\u0007account\u0004acct\u0005order\u0004auth\u0003req\u000brequisition\u0009accession\u0003acc\u0006record\u0009transport\u0005badge\u0008employee\u000asubscriber\u000cconfirmation\u0005copay\u0004card\u0006ticket\u0006report\u0008incident\u0003run\u0008specimen\u0008protocol\u0005group\u0007student\u0002no\u0006number";
// words that make the "name" a label or a hospital's own thing, no issuer: "Medical Record Number MRN-", "Prior Auth
// PA-", "Emergency Room ER-", "Work Order WO-", "Physical Therapy PT-" (with the labels above)
const ISSUER_STOP38 = "\u0004code\u000dauthorization\u0005prior\u0007patient\u0007records\u0005visit\u0009encounter\u0004room\u0004unit\u0007control\u0005study\u0005trial\u0004site\u0007subject\u0006sample\u0005batch\u0007product\u0004item\u0009reference\u0008tracking\u0004work\u0008purchase\u0005sales\u0006social\u0008security\u0007quality\u0009emergency\u0009operating\u0009intensive\u0007therapy\u0006office\u0006number\u0004form\u0008pharmacy\u0004test\u0005panel\u0005level\u0005chair\u0004pump\u0007vaccine\u0005patch\u0007monitor\u0006device\u0005meter\u0006sensor\u0007implant\u0004lens\u0007disease\u0008disorder\u0005scale\u000dquestionnaire\u0005score\u0005index\u0008syndrome\u0006injury\u000aassessment\u0009inventory\u0005stage\u0005grade";
// the heads that may close a two-word issuer whose code opens with its first word ("PAN FOUNDATION GRANT PAN-772041",
// "magnolia health id mag558120447")
const ISSUER_TAILS38 = "\u0006health\u000afoundation\u0009insurance\u0006mutual\u0004labs\u000claboratories\u0005group\u0007network\u0008partners\u0009solutions\u0007systems\u0006dental\u0009financial\u0008genetics\u000bdiagnostics\u000ahealthcare\u0009assurance\u0008benefits";

/**
 * (org38) The letters that open token k (s0, len): a code's letters, two to six, before a digit in one token
 * ("MMO2204418832", "hwc551820094") or before a hyphen and a letter or digit ("MMO-2204418832", "MTL-K-4471209"). 0 when
 * k is no code.
 */
function codeLetters38(k: u32, s0: u32, len: u32, sh: u32): u32 {
  let i: u32 = 0;
  while (i < len && isAlpha(byteAt(s0 + i))) i++;
  if (i < 2 || i > 6) return 0;
  if (sh == SH_OTHER && i < len && isDigit(byteAt(s0 + i))) return i;
  if (s0 + i + 1 >= inLen || byteAt(s0 + i) != 0x2d || sh != SH_OTHER && i != len) return 0;
  const c = byteAt(s0 + i + 1) | 0x20;
  return c >= 0x30 && c <= 0x39 || c >= 0x61 && c <= 0x7a ? i : 0;
}

/**
 * (org38) Token q may be a word of an issuer's name in the text's case (an initialism in mixed case too); a word of
 * medical shape only when med (a label stands before the code: "CLINICAL PATHOLOGY LABS REQ CPL-41188-07").
 */
function issuerWord38(q: u32, mode: u32, med: bool): bool {
  const qs = rd(tShape, q);
  if (!(qs == textShape(mode) || mode == MODE_MIXED && qs == SH_UPPER)) return false;
  const qd = rd(tData, q);
  // (a medical word may name it, "Medical Mutual", "Molecular Testing Labs"; a place written out already too, "of Ohio";
  // a person's name only while pending and no title, cue or credential began it)
  return (qd & (F_TITLE | F_CUE | F_CRED | F_MONTH | F_STREET_ABBR | F_UNIT)) == 0 && !wordIn(q, ISSUER_LABELS38) &&
    !wordIn(q, ISSUER_STOP38) && !wordIn(q, NAME_FUNCTION_WORDS) && !wordIn(q, NAME_DETERMINERS) && !wordIn(q, WHERE_FRAMES) &&
    (med || !medicalShape(q)) && (rd(tDone, q) != ENTITY_NAME || pendingOrFree37(q));
}

/** (org38) Token q joins an issuer's name inside it: "of", "and", "for", "the" ("Medical Mutual of Ohio"). */
function issuerJoin38(q: u32, mode: u32): bool {
  const qs = rd(tShape, q);
  return (qs == SH_LOWER || mode == MODE_CAPS && qs == SH_UPPER) && wordIn(q, "\u0002of\u0003and\u0003for\u0003the");
}

/** (org38) Tokens q - 1 and q are joined inside a name: a blank, a hyphen, or a plural's apostrophe ("EMPLOYERS' MUTUAL"). */
function issuerTight38(q: u32): bool {
  if (tight(q)) return true;
  const a = rd(tEnd, q - 1);
  if ((rd(tGap, q) & (G_NEWLINE | G_FAR | G_START | G_COMMA | G_SENT)) != 0) return false;
  // (or an ampersand between blanks, "RECOVERY & EDUCATION")
  return rd(tStart, q) == a + 2 && byteAt(a) == 0x27 && byteAt(a + 1) == 0x20 ||
    rd(tStart, q) == a + 3 && byteAt(a) == 0x20 && byteAt(a + 1) == 0x26 && byteAt(a + 2) == 0x20;
}

/**
 * (org38) Token k opens a reference code (codeLetters38) and the words before it, after up to three labels
 * (ISSUER_LABELS38; a blank or a bracket alone when there is none), name the code's issuer: the code's letters are the
 * initials of one to six words of the text's case ("Medical Mutual of Ohio member MMO-2204418832", "CENTER FOR ORGAN
 * RECOVERY & EDUCATION REF CORE-99-44120", "Air Evac Lifeteam (transport record AEL-97-20117)"; three letters at least),
 * or three letters or more open the first of two words whose second is a firm's head (ISSUER_TAILS38: "PAN FOUNDATION
 * GRANT PAN-772041", "magnolia health id mag558120447"). The words: two letters or more, no title, credential, month,
 * unit, label, function word, word of medical shape or device word, none a person's that a title or a cue began; "of", "and",
 * "for", "the" between. Writes the name as an organisation; the code is the scanners'. A word alone is left: a device's
 * model or a label's initialism before its own code ("Zio (order ZIO-92-77104)", "CADD-Solis SN SOL-6610294", "CPT case
 * #CPT-93-0412", "(ROI ROI-97-04417)"). "Medical Record Number MRN-", "Prior Auth PA-", "Emergency Room ER-", "Quickie
 * power chair QPC-118830-R", "hep B vaccine lot HBV-71K42" (ISSUER_STOP38, a letter alone) stay out.
 */
function idIssuer38(k: u32, s0: u32, len: u32, sh: u32): bool {
  const n = codeLetters38(k, s0, len, sh);
  // (stop 39: two letters can find nothing, (a) and (b) both want three)
  if (n < 3 || (rd(tGap, k) & (G_NEWLINE | G_FAR | G_START)) != 0) return false;
  // the labels
  let j = k - 1;
  let labels: u32 = 0;
  while (labels < 3 && j > 0 && exists(j - 1) && wordIn(j, ISSUER_LABELS38)) {
    if ((rd(tGap, j) & (G_NEWLINE | G_FAR | G_START)) != 0) return false;
    j--;
    labels++;
  }
  if (!exists(j) || j + 1 < k && (rd(tGap, j + 1) & (G_NEWLINE | G_FAR | G_SENT)) != 0) return false;
  // (no label: a blank or a bracket alone between, and a number's four digits at least, "PREMERA BLUE CROSS
  // PBC404418827"; a scale's or a stage's short code is a term's own initials, "Generalized Anxiety Disorder (GAD-7)",
  // "Kansas City Cardiomyopathy Questionnaire KCCQ-12")
  if (labels == 0) {
    const b = rd(tEnd, j);
    if (!(s0 == b + 1 && byteAt(b) == 0x20 || s0 == b + 2 && byteAt(b) == 0x20 && byteAt(b + 1) == 0x28)) return false;
    let digits: u32 = 0;
    for (let i = s0; i < s0 + 24 && i < inLen; i++) {
      const c = byteAt(i);
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (!(c == 0x2d || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) break;
    }
    if (digits < 4) return false;
  }
  // (stop 39: the mode read after the labels and the digits, which most codes and hyphenated words fail)
  const mode = modeAt(k);
  if (!issuerWord38(j, mode, labels > 0)) return false;
  // (a) the initials, from the code's last letter back
  let f = j;
  let q = j;
  let i = n;
  let found = false;
  for (let steps: u32 = 0; steps < 10 && exists(q); steps++) {
    if (issuerJoin38(q, mode) && q < j) {
      if (q == 0 || !exists(q - 1) || !issuerTight38(q + 1)) break;
      q--;
      continue;
    }
    if (!issuerWord38(q, mode, labels > 0) || q < j && !issuerTight38(q + 1) || rd(tEnd, q) - rd(tStart, q) < 2) break;
    if ((byteAt(rd(tStart, q)) | 0x20) != (byteAt(s0 + i - 1) | 0x20)) break;
    i--;
    if (i == 0) {
      found = n >= 3;
      f = q;
      break;
    }
    if (q == 0) break;
    q--;
  }
  // (b) the first word's start, three letters or more, before a firm's head ("PAN FOUNDATION", "magnolia health")
  if (!found && n >= 3 && j > 0 && exists(j - 1) && wordIn(j, ISSUER_TAILS38) && issuerTight38(j) && issuerWord38(j - 1, mode, labels > 0)) {
    q = j - 1;
    let same = rd(tEnd, q) - rd(tStart, q) >= n;
    for (let c: u32 = 0; same && c < n; c++) same = (byteAt(rd(tStart, q) + c) | 0x20) == (byteAt(s0 + c) | 0x20);
    found = same;
    f = q;
  }
  if (!found) return false;
  // (no title or person's name right before it)
  if (f > 0 && exists(f - 1) && issuerTight38(f) && ((rd(tData, f - 1) & F_TITLE) != 0 || rd(tDone, f - 1) == ENTITY_NAME)) return false;
  const a = rd(tStart, f);
  // (a name begun before it, or the same name found already as a facility, stays as it is: "INSURANCE VERIFIED
  // (BRAMBLEWOOD MUTUAL HEALTH, MEMBER BMH4418)", test/orgs-round-36.test.ts)
  if (pType != 0 && (pStart < a && pEnd > a || pStart == a && pEnd == rd(tEnd, j))) return false;
  // (a place or a name written out already inside the name, "Medical Mutual of Ohio": the finding covers it and the
  // overlap merge gives the union its type, by the higher score; none may begin before the name)
  let behind = false;
  for (let m = f; m <= j; m++) if (rd(tDone, m) != 0 && !(pType != 0 && pStart <= rd(tStart, m) && pEnd >= rd(tEnd, m))) behind = true;
  if (behind && f > 0 && exists(f - 1) && issuerTight38(f) && rd(tDone, f - 1) != 0) return false;
  // (the code's own finding pending after the name, a label's rule's: written out first)
  if (pType != 0 && pStart >= rd(tEnd, j)) flush();
  span(a, rd(tEnd, j), ENTITY_LOCATION, behind ? 950 : pType != 0 && pEnd > a && pScore >= 750 ? pScore + 1 : 750, R_ORGANIZATION);
  for (let m = f; m <= j; m++) wr(tDone, m, 0xff);
  return false;
}


// ---- Stop 38 (org38): a programme or a charity named "X for Y" (progForY38, read from step() on the bytes of "for") ----

// words of a request, a result, a plan or a reason that open "X for Y" in a note's own phrases, no name: "(Positive for
// Influenza A)", "from Request for Records", "at Risk for Falls"
const FOR_PHRASES38 = "\u0006reason\u0007request\u0004plan\u000aindication\u0009candidate\u0006screen\u0009screening\u0008positive\u0008negative\u0008referral\u0007consult\u000cconsultation\u000aevaluation\u0005order\u0006orders\u0004time\u0004need\u0005needs\u0009admission\u0008criteria\u0004risk\u0004test\u0007testing\u000cinstructions\u0009education\u000bappointment\u0005visit\u0004call\u0009clearance\u0004prep\u0008approval\u0008eligible\u0005ready\u0009scheduled\u0004form\u0005forms\u0007consent\u0006search\u0004wait\u0007waiting\u0006thanks\u0005thank";

/**
 * (org38) Token q may be a word of "X for Y": capitalised, no title, credential, month, state, unit, drug or medical word;
 * no relation's cue first (cue: F_CUE), but after "for" one names who is served ("Cribs for Kids").
 */
function forWord38(q: u32, cue: u32): bool {
  return rd(tShape, q) == SH_CAP && rd(tEnd, q) - rd(tStart, q) >= 3 && (rd(tData, q) & (F_TITLE | cue | F_CRED | F_MONTH | F_STATE |
    F_UNIT | F_NOT_NAME | F_STREET_ABBR)) == 0 && !medicalShape(q) && !wordIn(q, FOR_PHRASES38) && !wordIn(q, HOSPITAL_SERVICE_WORDS) &&
    !wordIn(q, NAME_FUNCTION_WORDS) && rd(tDone, q) == 0;
}

/**
 * (org38) Token k, capitalised in mixed case, then "for" in lower case and one or two capitalised words (the look-ahead):
 * a programme's or a charity's name ("Cribs for Kids", "Sight for Students", "Physicians for Human Rights", "Center for
 * Family Services") when a frame stands before it (a word of where, "from", an opening bracket, a comma or a slash) and
 * the name closes after it (a lower-case word, punctuation, the line's end). The words: no request's, result's or plan's
 * word (FOR_PHRASES38: "(Positive for Influenza A)", "at Risk for Falls"), no hospital service ("referred to Radiology for
 * CT"), no drug, medical, title, month or state word. Writes an organisation.
 */
function progForY38(k: u32): bool {
  // (stop 39: the gaps and the shape after "for" before modeAt(), "Screening for breast cancer")
  if (k == 0 || !exists(k - 1) || !tight(k + 1) || !tight(k + 2) || rd(tShape, k + 2) != SH_CAP || modeAt(k) != MODE_MIXED ||
    !forWord38(k, F_CUE) || !forWord38(k + 2, 0) || rd(tEnd, k) - rd(tStart, k) < 4) return false;
  let last = k + 2;
  if (last + 1 < count && tight(last + 1) && rd(tShape, last + 1) == SH_CAP) {
    if (!forWord38(last + 1, 0)) return false;
    last++;
  }
  // (the frame before: a word of where, an opening bracket, a comma, a slash)
  const a = rd(tStart, k);
  const b = byteAt(a - 1);
  const c = byteAt(a - 2);
  if (!(tight(k) && wordIn(k - 1, WHERE_FRAMES) || b == 0x28 || b == 0x2f || b == 0x20 && (c == 0x2c || c == 0x28 || c == 0x2f))) return false;
  // (the close after: the text's or the line's end, punctuation, a lower-case word)
  const e = rd(tEnd, last);
  if (e < inLen && last + 1 < count) {
    const z = punctAfter(e);
    if (!(z == 0x2c || z == 0x2e || z == 0x3b || z == 0x29 || z == 0x3a || z == 0x0a || z == 0x0d ||
      z == 0x20 && rd(tShape, last + 1) == SH_LOWER && tight(last + 1))) return false;
  }
  spanDone(a, e, ENTITY_LOCATION, 700, R_ORGANIZATION, k, last);
  return true;
}

/** (org38, moved out of step() in main's merge) idIssuer38()'s shape test: a letters-and-digits token, or 2-6 letters before a hyphen. */
function issuerGate38(k: u32): void {
  const n = rd(tEnd, k) - rd(tStart, k);
  const sh = rd(tShape, k);
  // (stop 39: three letters at least, as idIssuer38() needs)
  if (n >= 3 && (sh == SH_OTHER || (sh == SH_UPPER || sh == SH_LOWER) && n <= 6)) idIssuer38(k, rd(tStart, k), n, sh);
}

// ---- Stop 40 (org40): firms named by a word and a trade's word after a relation's frame, "X of the Y Z" names ----

// (org40) a firm's trade words that close its name ("Roadrunner Transit", "Blackhawk Mining", "Rose City Dental",
// "Valley Aerial Applicators"): read at the head's own turn from step() (tradeFirmOrg40), the words before it walked back
const TRADE_HEADS40 = "\u0007transit\u0006mining\u0008staffing\u000bapplicators\u0009packaging\u0007seafood\u0005depot\u0007roofing\u0008trucking\u0006lumber\u0008plumbing\u0008railroad\u0007railway\u0009fisheries\u0005dairy\u0007packing\u0006bakery\u000aoutfitters\u000aadventures\u0008hardware\u000bcontracting\u000cconstruction\u000dmanufacturing\u0006motors\u0008electric\u0005mills\u0005steel\u0005foods\u0005farms\u0006dental\u000borthopedics\u0008aviation\u0006towing\u0009logistics\u000bevaluations\u0008partners\u0006stores\u0007poultry\u0005meats\u0008orchards\u000bfabrication\u0008concrete\u000atechnology\u000bdiagnostics\u0009solutions\u0008security\u0009insurance\u0006travel\u0007systems\u0006market\u0008outreach\u0008training\u0009coalition\u000aindustries\u0007freight\u0006energy\u0008airlines";
// (org40) trade words English also uses for a kind of thing or a service ("Social Security", "Basic Training", "Air
// Travel", "farmers market"): one core word before them is no name, in lower case a work's frame needs two
const WEAK_HEADS40 = "\u0008security\u0009insurance\u0006travel\u0007systems\u0006market\u0008outreach\u0008training\u0009coalition\u0006energy\u0008partners\u000atechnology\u0009solutions";
// (org40) words that say what kind, not which: they name no firm before a trade word ("via Public Transit", "from Mass
// Transit", "Social Security", "Basic Training", "Air Travel", "Private Insurance", "Patient Transport")
const STOP40 = "\u0006social\u0006public\u0004mass\u0003air\u0005basic\u0007private\u0003own\u0005local\u0007patient\u0003job\u0007general\u0007special\u0007federal\u0008national\u0004onto\u0003off\u0002up\u0004down\u0003out\u0004near\u0005owner\u0006owners";
// (org40) the relation's words right before the name: where, whom for, through whom ("works at", "billed to", "employed
// by", "insured through", "drives for")
const FRAME40 = "\u0002at\u0002to\u0002by\u0003via\u0004from\u0004with\u0007through\u0003for";
// (org40) a role label whose value is a firm, with its colon ("CARRIER: KESTREL LIFE", "medical contractor: festmed
// partners")
const LABELS40 = "\u0007carrier\u000acontractor\u0008employer\u0006vendor\u0006agency\u0007company\u0007insurer\u0005payer\u0008supplier";
// (org40) a firm's legal ending after its trade word goes with it ("Blackhawk Mining Co.")
const SUFFIX40 = "\u0003inc\u0003llc\u0002co\u0004corp\u0007company\u0003ltd\u000bcorporation";
// (org40) a shift's or a job's "at" in lower case ("my shift at dockside seafood")
const LOWJOB40 = "\u0005shift\u0006shifts\u0003job\u0004jobs";

/** (org40) Token j, in the name's letter case (sh; an initialism in capitals too in mixed case), may be a word of a firm's name. */
function tradeWord40(j: u32, sh: u32, mode: u32): bool {
  const js = rd(tShape, j);
  if (!(js == sh || mode == MODE_MIXED && js == SH_UPPER)) return false;
  const len = rd(tEnd, j) - rd(tStart, j);
  if (len < 2 || len == 2 && js != SH_UPPER) return false;
  // (a practice's "Family" may be a cue too: "Battlefield Family Dental"; a unit's, a place cue's or a verb's word may
  // name a firm, "dollar depot", "city market")
  const d = rd(tData, j);
  if ((d & TRADE_STOP40) != 0 || (d & F_CUE) != 0 && !wordIn(j, "\u0006family")) return false;
  // (nor a worker's or an owner's word: "(OWNER KODIAK PACIFIC FISHERIES LLC)" names the firm after it)
  return !wordIn(j, NAME_FUNCTION_WORDS) && !wordIn(j, NAME_DETERMINERS) && !wordIn(j, STOP40) && !wordIn(j, FRAME40) && !medicalShape(j) &&
    !wordIn(j, OCCUPATIONS);
}

/** (org40) What stops the walk back over a firm's words: titles, credentials, months, facility heads, listed clinical words. */
const TRADE_STOP40: u32 = F_TITLE | F_CRED | F_MONTH | F_ALLOW | F_FACILITY;

/** (org40) Word j (tradeWord40's) may name a firm: three letters or more, no generic, service or public plan's word. */
function tradeNaming40(j: u32): bool {
  return rd(tEnd, j) - rd(tStart, j) >= 3 && !genericModifier(j) && !wordIn(j, AND_SERVICE_WORDS) && !wordIn(j, NOT_ORG_WORDS29) &&
    !wordIn(j, ACTIVITY_WORDS29) && !wordIn(j, PUBLIC_PLANS) && !wordIn(j, DENOMINATION_WORDS);
}

/**
 * (org40) Token k, a trade's word (TRADE_HEADS40) in the text's letter case, closes a firm's name of one to three words
 * before it, in mixed case, ALL CAPS or lower case, after a relation's frame right before the name:
 * - a word of where, whom for or through whom (FRAME40: "drives for Roadrunner Transit and", "Referred by Rose City Dental
 *   for", "FIT TEST BY BASIN SAFETY TRAINING ("); in lower case only a work's frame, a work verb before it (afterWorkCue:
 *   "works part time at dollar depot", "working 31 years for graphic packaging") or a shift's or a job's "at" ("my shift
 *   at dockside seafood");
 * - an opening bracket, the name closing it ("(RAINSHADOW MEDICAL STAFFING)", "(crowd shield security #cs-221)");
 * - a role label's colon (LABELS40: "medical contractor: festmed partners").
 * The words: no cue, title, credential, month, facility head, function word, determiner or kind's word (STOP40); two that
 * may name a firm (orgNamingWord29), or one that tells it from English (orgDistinctWord29: "Blackhawk Mining"), or in lower
 * case after a work's frame one before a trade word no kind of thing has (WEAK_HEADS40 wants two). "from Coal Mining",
 * "via Public Transit", "Social Security", "in transit", "works at the farmers market" stay words. A legal ending after it
 * goes with it ("Co.", "Inc"); in mixed case no capitalised word may follow (the name goes on), in ALL CAPS the field or
 * the clause closes. A name or a place found on its words is covered (score 950, the overlap merge types the union).
 */
function tradeFirmOrg40(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode)) return false;
  // the words before the head
  let f = k;
  while (f + 3 > k && f >= 2 && exists(f - 1) && (tight(f) || rd(tGap, f) == G_HYPHEN || ampGap(f)) && tradeWord40(f - 1, sh, mode)) f--;
  if (f == k || !exists(f - 1)) return false;
  const lower = mode == MODE_LOWER;
  // the frame
  const a = rd(tStart, f);
  let frame: u32 = 0;
  if (tight(f) && wordIn(f - 1, FRAME40)) {
    // (a work's frame, 3; else in mixed case and ALL CAPS, "with" in ALL CAPS 4, which a clinical clause has: "PREPPED WITH
    // BETADINE SOLUTIONS", "MASS WITH SLIGHT BLEEDING PACKING")
    // BETADINE SOLUTIONS", "MASS WITH SLIGHT BLEEDING PACKING"; in ALL CAPS after "with" a word that tells the firm from
    // English before a trade word no kind of thing has, "RIDE WITH LUKE'S TOWING")
    if (afterWorkCue(f) || f >= 2 && exists(f - 2) && tight(f - 1) && wordIn(f - 2, LOWJOB40)) frame = 3;
    else if (!lower) frame = mode == MODE_CAPS && wordIn(f - 1, "\u0004with") ? 4 : 1;
  } else if (punctBefore(a) == 0x28) frame = 2;
  else if ((rd(tGap, f) & G_COLON) != 0 && wordIn(f - 1, LABELS40)) frame = 1;
  if (frame == 0) return false;
  // the words' strength
  let named: u32 = 0;
  let distinct = false;
  for (let j = f; j < k; j++) {
    if (!tradeNaming40(j)) continue;
    named++;
    // (a rare word too, "Roadrunner")
    const jd = rd(tData, j);
    if (tierOf(jd) == 0 || tierOf(jd) == 3 || nameStr(j) >= 2 || placeStr(jd) >= 2) distinct = true;
  }
  const weak = wordIn(k, WEAK_HEADS40);
  // (a wound's or a nose's packing: a firm's only after a work's frame, "works at Stemilt Packing")
  if (frame != 3 && wordIn(k, "\u0007packing") || frame == 4 && (weak || !distinct)) return false;
  if (!(named >= 2 || distinct || frame == 3 && named == 1 && !weak)) return false;
  if (lower && frame == 2 && named < 2) return false;
  // a legal ending, then the close
  let last = k;
  if (k + 1 < count && tight(k + 1) && (rd(tShape, k + 1) == sh || mode == MODE_MIXED && rd(tShape, k + 1) == SH_UPPER) && wordIn(k + 1, SUFFIX40)) last = k + 1;
  const n = last + 1;
  // (the name goes on after "&" or a hyphen: "SUNBELT ROOFING & SHEET METAL LLC" is the older rules')
  if (n < count && (ampGap(n) || rd(tGap, n) == G_HYPHEN)) return false;
  // (a place of the firm's after it is the name's kind, "works at stemilt packing house": the firm's word alone is its name)
  if (n < count && tight(n) && wordIn(n, "\u0005house\u0005plant\u0004shed\u0009warehouse\u0008facility")) return false;
  if (frame == 2) {
    const b = punctAfter(rd(tEnd, last));
    if (!(b == 0x29 || b == 0x2c || b == 0x3b || b == 0x20 && n < count && (rd(tGap, n) & G_HASH) != 0)) return false;
  } else if (n < count && tight(n)) {
    const ns = rd(tShape, n);
    if (mode == MODE_MIXED && (ns == SH_CAP || ns == SH_UPPER)) return false;
    if (mode == MODE_CAPS && ns == SH_UPPER && !fieldClosed31(last) && !wordIn(n, CAPS_EMPLOYER_STOPS)) return false;
  }
  // (a name begun before it stays as it is; one found on its words is covered)
  if (pType != 0 && pStart < a && pEnd > a) return false;
  let behind = false;
  for (let m = f; m < k; m++) if (rd(tDone, m) != 0) behind = true;
  if (behind && exists(f - 1) && tight(f) && rd(tDone, f - 1) != 0) return false;
  spanDone(a, rd(tEnd, last), ENTITY_LOCATION, behind ? 950 : 750, R_ORGANIZATION, f, last);
  return true;
}

// (org40) the heads of "X of the Y Z" names ("Hospice of the Big Bend", "Friends of the Upper Valley", "Church of the
// Good Shepherd")
const OF_HEADS40 = "\u0007hospice\u0007friends\u0007society\u0007sisters\u0008brothers\u0006church\u0007habitat\u0004bank\u000aministries\u0006league\u0008alliance\u000bassociation\u0009institute";

/**
 * (org40) Token z closes "<head> of the <Y> <Z>", read at z's own turn (the name pass looks three tokens ahead, so the
 * head's walk never sees z): a head of OF_HEADS40 or an organisation's (F_ORG), capitalised in mixed case or in capitals in
 * ALL CAPS, "of the", then two words in the head's case that may name it (orgNamingWord29), the name closing after z (no
 * word in its case next in mixed case; in ALL CAPS the field, the clause or a stop word): "Referred to Hospice of the Big
 * Bend for support", "FRIENDS OF THE UPPER VALLEY," Up to two capitalised words before the head go with it ("Asthma
 * Specialists of the Quad Cities" is the facility walk's and unchanged). "Review of the Big Picture" has no head.
 */
function ofTheOrg40(z: u32, sh: u32): bool {
  if (z < 4 || !exists(z - 4)) return false;
  const h = z - 4;
  if (!tight(z) || !tight(z - 1) || !tight(z - 2) || !tight(z - 3) || !wordIn(z - 2, "\u0003the") || !wordIn(z - 3, "\u0002of")) return false;
  if (rd(tShape, h) != sh || rd(tShape, z - 1) != sh || !(wordIn(h, OF_HEADS40) || (rd(tData, h) & F_ORG) == F_ORG)) return false;
  const mode = modeAt(z);
  if (sh != textShape(mode) || mode == MODE_LOWER) return false;
  if (!orgNamingWord29(z - 1) || !orgNamingWord29(z) || wordIn(z, HOSPITAL_SERVICE_WORDS) || wordIn(z - 1, HOSPITAL_SERVICE_WORDS)) return false;
  // (a two-word place the place rules found stays theirs, as test/orgs-round-39's row keeps it: "Asthma Specialists of the
  // Quad Cities saw her"; "Big Bend" is listed but not found there)
  if (pType == ENTITY_LOCATION && pStart == rd(tStart, z - 1)) return false;
  // (an organ's or a wound's part is no place: "CENTER OF THE VAGINAL CUFF")
  if (endsWithAny(z - 1, ADJECTIVE_ENDINGS, 2) || endsWithAny(z, ADJECTIVE_ENDINGS, 2) || medicalShape(z)) return false;
  // the close
  const n = z + 1;
  if (n < count && tight(n) && rd(tShape, n) == sh) {
    if (mode == MODE_MIXED || !fieldClosed31(z) && !wordIn(n, CAPS_EMPLOYER_STOPS)) return false;
  }
  // the head's own words before it
  let f = h;
  while (f + 2 > h && f >= 1 && exists(f - 1) && tight(f) && rd(tShape, f - 1) == sh && rd(tDone, f - 1) != ENTITY_NAME &&
    orgNamingWord29(f - 1) && (rd(tData, f - 1) & F_STATE) == 0) f--;
  const a = rd(tStart, f);
  if (pType != 0 && pStart < a && pEnd > a) return false;
  // (a name found whole already stays as it is, "Enrolled with Hospice of the Scioto Valley." a facility; one found short
  // of Z grows with its type, "HOSPICE OF THE NORTH" -> "HOSPICE OF THE NORTH COUNTRY")
  const own = pType != 0 && pStart == a && pEnd > a;
  if (own && pEnd >= rd(tEnd, z)) return false;
  let behind = false;
  for (let m = f; m <= z; m++) if (rd(tDone, m) != 0) behind = true;
  span(a, rd(tEnd, z), ENTITY_LOCATION, own ? pScore : behind ? 950 : 750, R_ORGANIZATION);
  for (let m = f; m <= z; m++) wr(tDone, m, 0xff);
  return true;
}

// ---- Stop 40, clinical round 31 (fx28): a person's field of a table aligned with blanks ----

/**
 * (stop 40, fx28) Token k opens a value of a table aligned with blanks under a header's column that names a person
 * (alignedPersonFieldFx40 in assembly/scanners/csv.ts: "NAME", "RESIDENT", "PATIENT" over "HARDY, PATIENCE", "STORY,
 * MARIGOLD", a census's or a triage log's "LAST, FIRST" of English words the quiet exits would pass over). As
 * csvField(): one core English or context word alone, or a word saying no name is there ("UNKNOWN", "NONE"), is none.
 * Writes the NAME and returns true.
 */
function alignedPersonFx40(k: u32, d: u32): bool {
  const s = rd(tStart, k);
  const e = alignedPersonFieldFx40(s);
  if (e == 0) return false;
  let last = k;
  while (last + 1 < count && rd(tEnd, last + 1) <= e) last++;
  if (last == k && rd(tEnd, k) == e && ((tierOf(d) == 1 && firstStr(d) == 0 && lastStr(d) == 0) ||
    (d & (CONTEXT_WORDS | F_NOT_NAME)) != 0)) return false;
  for (let m = k; m <= last; m++) if (wordIn(m, COLUMN_NON_NAMES)) return false;
  if (pType != 0 && pEnd <= s) flush();
  span(s, e, ENTITY_NAME, 800, R_COLUMN_NAME);
  for (let m = k; m <= last; m++) wr(tDone, m, ENTITY_NAME);
  return true;
}

// ---- Stop 40, identifiers, ages and dates (id40) ----

/**
 * (stop 40) The credential after token k is a group of a code: joined to k by '-' and followed by '-' and a digit ("PA #
 * SHP-PA-99-61027", "ref HZN-PA-0882147"), a prior authorisation's number, never "Name-PA".
 */
function credInCodeId40(k: u32): bool {
  const e = rd(tEnd, k + 1);
  return (rd(tGap, k + 1) & G_HYPHEN) != 0 && e + 1 < inLen && byteAt(e) == 0x2d && byteAt(e + 1) - 0x30 < 10;
}

/**
 * (stop 40) A name's span ending at `end` is a code's letters: '-' and a digit right after, and its last word two to
 * five letters of one case ("MR GMV-22041": a record number after "MR", not Mr. GMV). A name is not glued to a number.
 */
function codeLettersId40(end: u32): bool {
  if (end + 1 >= inLen || byteAt(end) != 0x2d || byteAt(end + 1) - 0x30 >= 10) return false;
  let s = end;
  while (s > 0 && end - s < 6 && isAlpha(byteAt(s - 1))) s--;
  if (end - s < 2 || end - s > 5 || s > 0 && byteAt(s - 1) - 0x30 < 10) return false;
  const up = byteAt(s) <= 0x5a;
  for (let q = s + 1; q < end; q++) if ((byteAt(q) <= 0x5a) != up) return false;
  return true;
}

// ---- Stop 41, loc41: places (a natural feature's name after a word of where, a numbered road after a comma or '&', a
// town of core words ending in a town's feature word before a comma and a state in a letterhead) ----

// (stop 41, loc41) heads of a natural feature's or a recreation site's name: river creek falls island isle trail trailhead
// campground marina forest reservoir canyon bayou gulch
const FEATURE_HEADS41 = "\u0005river\u0005creek\u0005falls\u0006island\u0004isle\u0005trail\u0009trailhead\u000acampground\u0006marina\u0006forest\u0009reservoir\u0006canyon\u0005bayou\u0005gulch";
// (stop 41, loc41) words of where before a feature's name ("the" may come between): on off at near from in to along
// across past into (and "out of")
const FEATURE_WHERE41 = "\u0002on\u0003off\u0002at\u0004near\u0004from\u0002in\u0002to\u0005along\u0006across\u0004past";

/**
 * (stop 41, loc41) A token of FEATURE_HEADS41's lengths and first letters at t: step()'s cheap look-ahead for
 * featureLoc41() (one or two tokens after the name's first word).
 */
// @ts-ignore: decorator
@inline function featureShape41(t: u32): bool {
  const l = rd(tEnd, t) - rd(tStart, t);
  const c = byteAt(rd(tStart, t)) | 0x20;
  return l == 5 ? c == 0x72 || c == 0x63 || c == 0x66 || c == 0x74 || c == 0x62 || c == 0x67 :
    l == 6 ? c == 0x69 || c == 0x6d || c == 0x66 || c == 0x63 : l == 4 ? c == 0x69 : l >= 9 && l <= 10 && (c == 0x74 || c == 0x63 || c == 0x72);
}

/**
 * (stop 41, loc41) Token k opens a natural feature's or a recreation site's name of one or two words in the text's own
 * case (capitalised in mixed case, capitals in ALL CAPS, lower case in lower-case text) before a head of
 * FEATURE_HEADS41, right after a word of where (FEATURE_WHERE41, "the" allowed between; "out of"): "FLIPPED AT
 * SLAUGHTERHOUSE FALLS ON THE TAYLOR RIVER", "HAULER 3/11 OFF KALGIN ISLAND.", "walks his dog on the Norwottuck Rail
 * Trail and", "at home on Drift Island;", "water hauled from Sage Creek spring". Each word three letters or more,
 * undecided, no context, title, month or not-a-name word, function word, determiner or medical shape; in ALL CAPS and
 * lower case one word at least a name's, a place's or a word no list has (not "AT THE KITCHEN ISLAND", "FROM RECURRENT
 * FALLS", "on the paper trail"). The head closes the phrase: punctuation or the line's end, a function word, a word of
 * PLACE_CLOSERS or of where, a number, or (mixed case) a lower-case word; a facility's head or a street's type after it
 * goes on with a name the older rules read ("at Red River Hospital", "on Taylor Creek Road"). Writes the place and
 * returns true.
 */
function featureLoc41(k: u32, sh: u32): bool {
  const mode = modeAt(k);
  if (sh != textShape(mode) || rd(tDone, k) != 0 || !tight(k)) return false;
  let p = k - 1;
  if (wordIn(p, "\u0003the")) {
    if (p == 0 || !exists(p - 1) || !tight(p)) return false;
    p--;
  }
  if (!(wordIn(p, FEATURE_WHERE41) || wordIn(p, "\u0002of") && p > 0 && exists(p - 1) && tight(p) && wordIn(p - 1, "\u0003out"))) return false;
  let h: u32 = 0;
  let named = false;
  for (let m = k; m <= k + 2 && m < count; m++) {
    if (m > k && (!tight(m) || rd(tShape, m) != sh || rd(tDone, m) != 0)) return false;
    if (m > k && wordIn(m, FEATURE_HEADS41)) {
      h = m;
      break;
    }
    const md = rd(tData, m);
    if (rd(tEnd, m) - rd(tStart, m) < 3 || (md & (CONTEXT_WORDS | F_NOT_NAME | F_MONTH | F_TITLE | F_CRED)) != 0 ||
      wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, NAME_DETERMINERS) || wordIn(m, FEATURE_HEADS41) || medicalShape(m)) return false;
    if (tierOf(md) != 1 || nameStr(m) > 0 || placeStr(md) > 0 || unknownWord(m)) named = true;
  }
  if (h == 0 || sh != SH_CAP && !named) return false;
  // ("falls" only after "at", "near", "to", "past": "from recurrent falls", "in frequent falls" are a patient's)
  if (wordIn(h, "\u0005falls") && !wordIn(p, "\u0002at\u0004near\u0002to\u0004past")) return false;
  const n = h + 1;
  if (n < count && !breakAfter(h)) {
    const nd = rd(tData, n);
    const ns = rd(tShape, n);
    if ((nd & (F_FACILITY | F_FAC_MOD | F_STREET | F_STREET_ABBR)) != 0) return false;
    if (!(ns == SH_NUM || sh == SH_CAP && ns == SH_LOWER || wordIn(n, NAME_FUNCTION_WORDS) || wordIn(n, PLACE_CLOSERS) ||
      wordIn(n, FEATURE_WHERE41) || (nd & F_MONTH) != 0)) return false;
  }
  spanDone(rd(tStart, k), rd(tEnd, h), ENTITY_LOCATION, 700, R_CITY, k, h);
  return true;
}

/**
 * (stop 41, loc41) Token k, "CR" or "FM" (a county road, a farm-to-market road), opens a numbered road where no word of
 * where comes before it (roadCode33() reads that frame): after a clause's comma, with two to four digits and no letter
 * or decimal, then "near", "at" and a word that is not "baseline" or "rest", a direction or its bound, "between",
 * "mile", "exit" (RT_AFTER40): "CHARTER BUS ROLLOVER, FM 2154 AT WELLBORN SPUR RD", "ON GRANDFATHER'S RANCH, CR 4470
 * NEAR BARNSDALL FORK"; or after '&' and a road just found ("AT HWY 159 & CR 15 0711"). Capitals, or lower case in
 * lower-case text. Not a creatinine ("BUN 22, CR 1.4 AT BASELINE", "BUN 30, CR 110 AT BASELINE"). A "Loc" rule.
 */
function roadCommaLoc41(k: u32, sh: u32): bool {
  const n = k + 1;
  if (n >= count || !(sh == SH_UPPER || sh == SH_LOWER && modeAt(k) == MODE_LOWER) || !wordIn(k, "\u0002cr\u0002fm")) return false;
  const e = rd(tEnd, k);
  const s = rd(tStart, n);
  if (rd(tShape, n) != SH_NUM || s != e + 1 || byteAt(e) != 0x20) return false;
  const ne = rd(tEnd, n);
  for (let d = s; d < ne; d++) if (byteAt(d) < 0x30 || byteAt(d) > 0x39) return false;
  if (ne - s > 4 || ne - s < 2 || byteAt(ne) == 0x2e && byteAt(ne + 1) >= 0x30 && byteAt(ne + 1) <= 0x39 || byteAt(ne) == 0x25 ||
    byteAt(ne) == 0x2f) return false;
  const s0 = rd(tStart, k);
  // after '&' and a road just found: "HWY 159 & CR 15"
  if (s0 >= 3 && byteAt(s0 - 1) == 0x20 && byteAt(s0 - 2) == 0x26 && pType == ENTITY_LOCATION && pReason == R_ADDRESS &&
    pEnd + 2 == s0 - 1) {
    spanDone(s0, ne, ENTITY_LOCATION, 800, R_ADDRESS, k, n);
    return true;
  }
  if ((rd(tGap, k) & G_COMMA) == 0 || (rd(tGap, k) & (G_NEWLINE | G_SENT)) != 0 || ne - s < 3 || n + 2 >= count || !tight(n + 1) ||
    !tight(n + 2) || !wordIn(n + 1, RT_AFTER40) || wordIn(n + 2, "\u0008baseline\u0004rest\u0004goal") || rd(tShape, n + 2) == SH_NUM) return false;
  return roadSpan33(k, n);
}

// (stop 41, loc41) a town's last word that the town lists leave out: gulch
const TOWN_MORE41 = "\u0005gulch";

/**
 * (stop 41, loc41) Token k, a town's feature word (TOWN_SUFFIXES, TOWN_SUFFIXES_27, "gulch") before a comma and a
 * state's code, closes a town whose words are core English words or words the "City, ST" rule does not take, in a
 * letterhead's or a header's frame: one or two words of k's case before it (capitalised in mixed case, capitals in ALL
 * CAPS), the first after a spaced dash, a comma or a line's start; the state's code (two capitals, or the name in
 * full) then closes its field: the line's or the input's end, a column gap, a spaced dash or a ZIP. "SANDHILL PLASMA -
 * BROKEN BOW CROSSING, NE      DONOR", "WALK-IN CLINIC - KNIK CROSSING, AK - 2099-03-14", "BEHAVIORAL HEALTH AT PINE
 * CREST, LEAD GULCH, SD      REPORT". Not "RECURRENT FALLS, OR SYNCOPE" (the code does not close its field), no word
 * of context, function, determiner or medical shape. Writes the town and starts the address tail (which takes the
 * code). Read at decide()'s start behind the state's bit and the comma. A "Loc" rule.
 */
function suffixTownLoc41(k: u32, sh: u32): bool {
  const st = k + 1;
  if (!(sh == SH_CAP || sh == SH_UPPER) || k == 0 || st >= count || (rd(tGap, st) & (G_NEWLINE | G_SENT | G_FAR | G_START | G_OTHER)) != 0 ||
    (rd(tShape, st) != SH_UPPER && rd(tShape, st) != SH_CAP) ||
    !(wordIn(k, TOWN_SUFFIXES) || wordIn(k, TOWN_SUFFIXES_27) || wordIn(k, TOWN_MORE41))) return false;
  // the code closes its field
  const se = rd(tEnd, st);
  if (!(st + 1 >= count || (rd(tGap, st + 1) & G_NEWLINE) != 0 || columnGap(st + 1) || spacedDash(st + 1) ||
    rd(tShape, st + 1) == SH_NUM && rd(tEnd, st + 1) - rd(tStart, st + 1) == 5 && rd(tStart, st + 1) == se + 1)) return false;
  let f = k;
  for (let m = k - 1; m + 2 >= k && exists(m); m--) {
    if (!tight(m + 1) || rd(tShape, m) != sh || rd(tDone, m) != 0) break;
    const md = rd(tData, m);
    if (rd(tEnd, m) - rd(tStart, m) < 3 || (md & (CONTEXT_WORDS | F_NOT_NAME | F_TITLE | F_CRED | F_MONTH)) != 0 ||
      wordIn(m, NAME_FUNCTION_WORDS) || wordIn(m, NAME_DETERMINERS) || medicalShape(m)) break;
    f = m;
    if (m == 0) break;
  }
  if (f == k) return false;
  // the first word opens its field: a spaced dash, a comma or the line's start before it
  if (!(lineStart(f) || spacedDash(f) || (rd(tGap, f) & G_COMMA) != 0)) return false;
  spanDone(rd(tStart, f), rd(tEnd, k), ENTITY_LOCATION, 800, R_CITY_STATE, f, k);
  startTail(k);
  return true;
}
