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
import { AGENCY_ACRONYMS30, AGENCY_ENDS, APPOSITION_FRAMES29, CLERGY29, FEATURE_HEADS41, GROUP_HEADS49, LABEL_CUES34, FEDERAL_AGENCIES44, LINE_STREET_TYPES_27, MAKER_LABELS43,
  NATURE48, ORG_HEADS31, ORG_LABELS, PAYERS39, PRACTICE_PAIR_WORDS, PRODUCT_LABELS43, SCALE_EPONYMS, SPECIALTY_WORDS, TOWN_PREFIXES,
  TYPES_BEFORE, USER_LABELS, WORK_VERBS, rd, tH1, wordIn } from "./detect";
import { DENOMS50 } from "./r50_fy50";
import { HONORIFICS52C } from "./r52_nm52c";
import { LAND_HEADS59 } from "./r59_pl59";
import { LABELS59 } from "./r59_oz59";
import { LABELS62 } from "./r62_og62";

/** (sc62) The filters, BLOOM_BYTES60 (4,096 bits) each in r60_sq60.ts's layout, one after the other (stop 63, sp63: 24). */
const BLOOMS62: usize = memory.data(BLOOM_BYTES60 * 24);
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
// (stop 63, sp63) A filter of its own for each of F62_HOT's busiest sites' lists: F62_HOT's 231 words set 225 of its
// 4,096 bits, so ~5.5% of all tokens passed each of its sites by a collision alone, and its frequent words ("pain",
// "weight", "insurance", "new") passed at every site; a list of a few words alone sets a few bits. Then the filters of
// wordIn()'s next busiest callers: orgHead31(), namedHeadClass()'s pair, featureLoc41()'s and landHead59()'s heads.
/** (sp63) Filter F63_PAYERS: PAYERS39 (payer39()). */
export const F63_PAYERS: u32 = 6;
/** (sp63) Filter F63_DENOMS: DENOMS50 (denomOrgEnd50()). */
export const F63_DENOMS: u32 = 7;
/** (sp63) Filter F63_CIUDAD: "ciudad" (facilityOrPlace()). */
export const F63_CIUDAD: u32 = 8;
/** (sp63) Filter F63_PAIRS: PRACTICE_PAIR_WORDS (practicePair(); "pain", "weight", "heart" are frequent). */
export const F63_PAIRS: u32 = 9;
/** (sp63) Filter F63_HEALTH: "health" (roundSeventeen()). */
export const F63_HEALTH: u32 = 10;
/** (sp63) Filter F63_VA: "va", "vamc" (decide()). */
export const F63_VA: u32 = 11;
/** (sp63) Filter F63_STREET: LINE_STREET_TYPES_27 (two sites). */
export const F63_STREET: u32 = 12;
/** (sp63) Filter F63_TYPES: TYPES_BEFORE (a foreign street's type before its name). */
export const F63_TYPES: u32 = 13;
/** (sp63) Filter F63_AGENCY: AGENCY_ACRONYMS30 and FEDERAL_AGENCIES44 (agencyAcronym30() asks both of one token). */
export const F63_AGENCY: u32 = 14;
/** (sp63) Filter F63_GIRL: "girl", "boy" (newbornSurname()). */
export const F63_GIRL: u32 = 15;
/** (sp63) Filter F63_ORG: ORG_HEADS31 and SPECIALTY_WORDS (orgHead31()). */
export const F63_ORG: u32 = 16;
/** (sp63) Filter F63_HEADS: namedHeadClass()'s pairs' last words ("therapy", "health", "care", "learning", "medicine"). */
export const F63_HEADS: u32 = 17;
/** (sp63) Filter F63_FEAT: FEATURE_HEADS41 and LAND_HEADS59 (featureLoc41()'s look-ahead, landHead59()). */
export const F63_FEAT: u32 = 18;
/** (sp63) Filter F63_LABELS: LABEL_CUES34 (org34()'s payer's label before a firm). */
export const F63_LABELS: u32 = 19;
/** (sp63) Filter F63_LABELS62: LABELS62 (labelNoColon62()). */
export const F63_LABELS62: u32 = 20;
/** (sp63) Filter F63_LABELS59: LABELS59 (issuerBeforeId59()'s identifier's labels). */
export const F63_LABELS59: u32 = 21;
/** (sp63) Filter F63_GROUP: GROUP_HEADS49 (practiceHead49()). */
export const F63_GROUP: u32 = 22;
/** (sp63) Filter F63_CLERGY: CLERGY29 (orgFrameBefore29()'s "pastor of", "at ... priest"). */
export const F63_CLERGY: u32 = 23;

/** (sc62) The address of filter t's bits (for bloomAdd60()). */
export function filterAt62(t: u32): usize {
  return BLOOMS62 + (<usize>t << 9);
}

/** (sc62) Fills the filters with every list listIn62() is asked of, each in its filter (once per process, from namesBegin()). */
export function fillFilters62(): void {
  const hot = filterAt62(F62_HOT);
  bloomAdd60(hot, TOWN_PREFIXES);
  bloomAdd60(hot, "\u0008employer");
  bloomAdd60(hot, ORG_LABELS);
  bloomAdd60(hot, WORK_VERBS);
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
  // (stop 63, sp63: the busiest sites' lists each alone, then wordIn()'s next callers')
  bloomAdd60(filterAt62(F63_PAYERS), PAYERS39);
  bloomAdd60(filterAt62(F63_DENOMS), DENOMS50);
  bloomAdd60(filterAt62(F63_CIUDAD), "\u0006ciudad");
  bloomAdd60(filterAt62(F63_PAIRS), PRACTICE_PAIR_WORDS);
  bloomAdd60(filterAt62(F63_HEALTH), "\u0006health");
  bloomAdd60(filterAt62(F63_VA), "\u0002va\u0004vamc");
  bloomAdd60(filterAt62(F63_STREET), LINE_STREET_TYPES_27);
  bloomAdd60(filterAt62(F63_TYPES), TYPES_BEFORE);
  const agency = filterAt62(F63_AGENCY);
  bloomAdd60(agency, AGENCY_ACRONYMS30);
  bloomAdd60(agency, FEDERAL_AGENCIES44);
  bloomAdd60(filterAt62(F63_GIRL), "\u0004girl\u0003boy");
  const org = filterAt62(F63_ORG);
  bloomAdd60(org, ORG_HEADS31);
  bloomAdd60(org, SPECIALTY_WORDS);
  bloomAdd60(filterAt62(F63_HEADS), "\u0007therapy\u0006health\u0004care\u0008learning\u0008medicine");
  const feat = filterAt62(F63_FEAT);
  bloomAdd60(feat, FEATURE_HEADS41);
  bloomAdd60(feat, LAND_HEADS59);
  bloomAdd60(filterAt62(F63_LABELS), LABEL_CUES34);
  bloomAdd60(filterAt62(F63_LABELS62), LABELS62);
  bloomAdd60(filterAt62(F63_LABELS59), LABELS59);
  bloomAdd60(filterAt62(F63_GROUP), GROUP_HEADS49);
  bloomAdd60(filterAt62(F63_CLERGY), CLERGY29);
}

/** (sc62) Word i of filter t (a constant after inlining: the load's constant offset is the filter's address). */
// @ts-ignore: decorator
@inline function filterWord62(t: u32, i: usize): u32 {
  if (t == F62_HOT) return load<u32>(i, BLOOMS62);
  if (t == F62_MORE) return load<u32>(i, BLOOMS62 + 512);
  if (t == F62_ME) return load<u32>(i, BLOOMS62 + 1024);
  if (t == F62_AT) return load<u32>(i, BLOOMS62 + 1536);
  if (t == F62_IN) return load<u32>(i, BLOOMS62 + 2048);
  if (t == F62_TOWN) return load<u32>(i, BLOOMS62 + 2560);
  if (t == F63_PAYERS) return load<u32>(i, BLOOMS62 + 3072);
  if (t == F63_DENOMS) return load<u32>(i, BLOOMS62 + 3584);
  if (t == F63_CIUDAD) return load<u32>(i, BLOOMS62 + 4096);
  if (t == F63_PAIRS) return load<u32>(i, BLOOMS62 + 4608);
  if (t == F63_HEALTH) return load<u32>(i, BLOOMS62 + 5120);
  if (t == F63_VA) return load<u32>(i, BLOOMS62 + 5632);
  if (t == F63_STREET) return load<u32>(i, BLOOMS62 + 6144);
  if (t == F63_TYPES) return load<u32>(i, BLOOMS62 + 6656);
  if (t == F63_AGENCY) return load<u32>(i, BLOOMS62 + 7168);
  if (t == F63_GIRL) return load<u32>(i, BLOOMS62 + 7680);
  if (t == F63_ORG) return load<u32>(i, BLOOMS62 + 8192);
  if (t == F63_HEADS) return load<u32>(i, BLOOMS62 + 8704);
  if (t == F63_FEAT) return load<u32>(i, BLOOMS62 + 9216);
  if (t == F63_LABELS) return load<u32>(i, BLOOMS62 + 9728);
  if (t == F63_LABELS62) return load<u32>(i, BLOOMS62 + 10240);
  if (t == F63_LABELS59) return load<u32>(i, BLOOMS62 + 10752);
  if (t == F63_GROUP) return load<u32>(i, BLOOMS62 + 11264);
  return load<u32>(i, BLOOMS62 + 11776);
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
