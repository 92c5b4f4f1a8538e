// Why this file exists: stop 62, sc62 (a speed round, no finding moved): wordIn() is called ~0.89 M times a pass of the
// bench's slice in ALL CAPS (~47 instructions each), most of them by rules that ask one list of every token that passed
// a shape test ("is this word a payer's?", "is it 'ciudad'?", "is the word before 'me'?"). listIn62(t, k, LIST) puts
// such a call behind filter t: r60_sq60.ts's one-bit-per-hash filter ("bloom") over the words of the lists entered in
// it, keyed by the token's first hash (tH1), so that wordIn() is asked only when the token's bit is set (the mechanism of
// stop 61's townWord39() filter, r61_sa61.ts, now F62_TOWN here, for any site and filter). F62_HOT serves the busiest sites' content lists together;
// small words ("me", "at", "in") get filters of their own, as sharing one with a frequent word would let that word pass
// at every site. Exact as sq60's and sa61's filters: a token wordIn() would match has the list word's folded bytes,
// hence its hash and its bit (the lists are lower-case ASCII, as table.ts's hashing and indexList47b() require). A list
// passed to listIn62(t, ...) must be one fillFilters62() enters in t (test/speed-62-sc62.test.ts reads the sources and
// checks it). Filled once per process (namesBegin()); allocates nothing.
import { BLOOM_BYTES60, bloomAdd60 } from "./r60_sq60";
import { AGENCY_ACRONYMS30, AGENCY_ENDS, APPOSITION_FRAMES29, FEDERAL_AGENCIES44, LINE_STREET_TYPES_27, MAKER_LABELS43, NATURE48,
  ORG_LABELS, PAYERS39, PRACTICE_PAIR_WORDS, PRODUCT_LABELS43, SCALE_EPONYMS, TOWN_PREFIXES, TYPES_BEFORE, USER_LABELS, WORK_VERBS, rd,
  tH1, wordIn } from "./detect";
import { DENOMS50 } from "./r50_fy50";
import { HONORIFICS52C } from "./r52_nm52c";

/** (sc62) The filters, BLOOM_BYTES60 (4,096 bits) each in r60_sq60.ts's layout, one after the other. */
const BLOOMS62: usize = memory.data(BLOOM_BYTES60 * 6);
/** (sc62) Filter F62_HOT: the content words of the busiest sites' lists (payers, denominations, agencies, ...). */
export const F62_HOT: u32 = 0;
/** (sc62) Filter F62_MORE: the next sites' content lists, apart from F62_HOT so that its words pass none of its sites. */
export const F62_MORE: u32 = 1;
/** (sc62) Filter F62_ME: "me" alone ("call me X"): a small word gets a filter of its own, any other would let it pass. */
export const F62_ME: u32 = 2;
/** (sc62) Filter F62_AT: "at", "from" (capsAtPlace()). */
export const F62_AT: u32 = 3;
/** (sc62) Filter F62_IN: "in", "from", "near" (the residence prepositions). */
export const F62_IN: u32 = 4;
/** (sc62) Filter F62_TOWN: townWord39()'s eight lists (stop 61's sa61 filter, filled by r61_sa61.ts's fillTown61()). */
export const F62_TOWN: u32 = 5;

/** (sc62) The address of filter t's bits (for bloomAdd60()). */
export function filterAt62(t: u32): usize {
  return BLOOMS62 + (<usize>t << 9);
}

/** (sc62) Fills the filters with every list listIn62() is asked of, each in its filter (once per process, from namesBegin()). */
export function fillFilters62(): void {
  const hot = filterAt62(F62_HOT);
  bloomAdd60(hot, PAYERS39);
  bloomAdd60(hot, DENOMS50);
  bloomAdd60(hot, "\u0006ciudad");
  bloomAdd60(hot, PRACTICE_PAIR_WORDS);
  bloomAdd60(hot, "\u0006health");
  bloomAdd60(hot, TOWN_PREFIXES);
  bloomAdd60(hot, "\u0002va\u0004vamc");
  bloomAdd60(hot, LINE_STREET_TYPES_27);
  bloomAdd60(hot, "\u0008employer");
  bloomAdd60(hot, ORG_LABELS);
  bloomAdd60(hot, WORK_VERBS);
  bloomAdd60(hot, TYPES_BEFORE);
  bloomAdd60(hot, AGENCY_ACRONYMS30);
  bloomAdd60(hot, FEDERAL_AGENCIES44);
  bloomAdd60(hot, "\u0004girl\u0003boy");
  bloomAdd60(hot, AGENCY_ENDS);
  bloomAdd60(hot, "\u0007hospice");
  bloomAdd60(hot, "\u0007attends\u0008attended\u0006attend");
  bloomAdd60(hot, APPOSITION_FRAMES29);
  bloomAdd60(hot, HONORIFICS52C);
  bloomAdd60(hot, NATURE48);
  bloomAdd60(hot, SCALE_EPONYMS);
  bloomAdd60(hot, "\u0003law");
  const more = filterAt62(F62_MORE);
  bloomAdd60(more, "\u0006county");
  bloomAdd60(more, "\u0005union");
  bloomAdd60(more, "\u0005local");
  bloomAdd60(more, MAKER_LABELS43);
  bloomAdd60(more, PRODUCT_LABELS43);
  bloomAdd60(more, "\u0002pd\u0002fd");
  bloomAdd60(more, USER_LABELS);
  bloomAdd60(filterAt62(F62_ME), "\u0002me");
  bloomAdd60(filterAt62(F62_AT), "\u0002at\u0004from");
  bloomAdd60(filterAt62(F62_IN), "\u0002in\u0004from\u0004near");
}

/** (sc62) Word i of filter t (a constant after inlining: the load's constant offset is the filter's address). */
// @ts-ignore: decorator
@inline function filterWord62(t: u32, i: usize): u32 {
  if (t == F62_HOT) return load<u32>(i, BLOOMS62);
  if (t == F62_MORE) return load<u32>(i, BLOOMS62 + 512);
  if (t == F62_ME) return load<u32>(i, BLOOMS62 + 1024);
  if (t == F62_AT) return load<u32>(i, BLOOMS62 + 1536);
  if (t == F62_IN) return load<u32>(i, BLOOMS62 + 2048);
  return load<u32>(i, BLOOMS62 + 2560);
}

/**
 * (sc62) Token k may be a word of a list entered in filter t: its first hash's bit is set there (false: wordIn() would
 * answer false for every such list). k must be a token of this text (see listIn62()).
 */
// @ts-ignore: decorator
@inline export function filterMay62(t: u32, k: u32): bool {
  const h = rd(tH1, k);
  return ((filterWord62(t, <usize>((h >>> 5) & 127) << 2) >>> (h & 31)) & 1) != 0;
}

/**
 * (sc62) wordIn(k, list) behind filter t: false at once when token k's first hash has no bit there (no word of the
 * lists fillFilters62() enters in t has that hash), else wordIn()'s answer. `list` must be one fillFilters62() enters in
 * t, and k a token of this text (its hash is its bytes'; a record an earlier text left, read before the first token,
 * holds an earlier text's hash). E.g. listIn62(F62_HOT, k, PAYERS39): "HUMANA" is asked, "HUMAN" mostly not.
 */
// @ts-ignore: decorator
@inline export function listIn62(t: u32, k: u32, list: string): bool {
  return filterMay62(t, k) && wordIn(k, list);
}

/** (sc62) listIn62() in filter F62_HOT, the one most sites share. */
// @ts-ignore: decorator
@inline export function hotIn62(k: u32, list: string): bool {
  return listIn62(F62_HOT, k, list);
}
