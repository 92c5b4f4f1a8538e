// Why this file exists: stop 61, sa61 (a speed round, no finding moved): townWord39() asks eight word lists of every word
// that passes its shape and flag tests (a town's word after a facility's comma, a branch's town, a bracketed town...):
// eight wordIn() calls, ~157,000 a pass of the bench's slice in ALL CAPS, the largest caller of wordIn(). TOWN_BLOOM61 is
// r60_sq60.ts's one-bit-per-hash filter over the eight lists' words, keyed by the token's first hash (tH1): a word whose
// bit is clear is in none of the lists, so the eight calls are skipped with one load. Exact as sq60's filters: a token
// wordIn() would match has the list word's folded bytes, hence its hash and its bit (the lists are lower-case ASCII,
// as table.ts's hashing and indexList47b() require). Filled once per process (namesBegin()); allocates nothing.
import { BLOOM_BYTES60, bloomAdd60 } from "./r60_sq60";
import { HOSPITAL_SERVICE_WORDS, NAME_DETERMINERS, NAME_FUNCTION_WORDS, OCCUPATIONS, SERVICE_WORDS, SPECIALTY_WORDS, TOWN_STOP39,
  WHERE_FRAMES, rd, tH1 } from "./detect";

/** (sa61) The filter of townWord39()'s eight lists (4,096 bits, r60_sq60.ts's layout). */
const TOWN_BLOOM61: usize = memory.data(BLOOM_BYTES60);

/** (sa61) Fills TOWN_BLOOM61 with townWord39()'s lists (once per process, from namesBegin()). */
export function fillTown61(): void {
  bloomAdd60(TOWN_BLOOM61, NAME_FUNCTION_WORDS);
  bloomAdd60(TOWN_BLOOM61, NAME_DETERMINERS);
  bloomAdd60(TOWN_BLOOM61, WHERE_FRAMES);
  bloomAdd60(TOWN_BLOOM61, TOWN_STOP39);
  bloomAdd60(TOWN_BLOOM61, HOSPITAL_SERVICE_WORDS);
  bloomAdd60(TOWN_BLOOM61, SPECIALTY_WORDS);
  bloomAdd60(TOWN_BLOOM61, SERVICE_WORDS);
  bloomAdd60(TOWN_BLOOM61, OCCUPATIONS);
}

/**
 * (sa61) Token m may be a word of townWord39()'s eight lists: its first hash's bit in TOWN_BLOOM61 (false: wordIn() would
 * answer false for every one). The word's address is the load's constant offset (bloomHas60() with the table folded).
 */
// @ts-ignore: decorator
@inline export function townListsMay61(m: u32): bool {
  const h = rd(tH1, m);
  return ((load<u32>(<usize>((h >>> 5) & 127) << 2, TOWN_BLOOM61) >>> (h & 31)) & 1) != 0;
}
