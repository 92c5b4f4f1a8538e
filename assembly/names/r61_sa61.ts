// Why this file exists: stop 61, sa61 (a speed round, no finding moved): townWord39() asks eight word lists of every word
// that passes its shape and flag tests (a town's word after a facility's comma, a branch's town, a bracketed town...):
// eight wordIn() calls, ~157,000 a pass of the bench's slice in ALL CAPS, the largest caller of wordIn(). Its filter (since stop
// 62, r62_sc62.ts's F62_TOWN, beside that round's filters; one bit test, filterMay62()) is
// r60_sq60.ts's one-bit-per-hash filter over the eight lists' words, keyed by the token's first hash (tH1): a word whose
// bit is clear is in none of the lists, so the eight calls are skipped with one load. Exact as sq60's filters: a token
// wordIn() would match has the list word's folded bytes, hence its hash and its bit (the lists are lower-case ASCII,
// as table.ts's hashing and indexList47b() require). Filled once per process (namesBegin()); allocates nothing.
import { bloomAdd60 } from "./r60_sq60";
import { HOSPITAL_SERVICE_WORDS, NAME_DETERMINERS, NAME_FUNCTION_WORDS, OCCUPATIONS, SERVICE_WORDS, SPECIALTY_WORDS, TOWN_STOP39,
  WHERE_FRAMES } from "./detect";
import { F62_TOWN, filterAt62, filterMay62 } from "./r62_sc62";

/** Fills townWord39()'s filter, r62_sc62.ts's F62_TOWN, with its lists (once per process, from namesBegin()). */
export function fillTown61(): void {
  const t = filterAt62(F62_TOWN);
  bloomAdd60(t, NAME_FUNCTION_WORDS);
  bloomAdd60(t, NAME_DETERMINERS);
  bloomAdd60(t, WHERE_FRAMES);
  bloomAdd60(t, TOWN_STOP39);
  bloomAdd60(t, HOSPITAL_SERVICE_WORDS);
  bloomAdd60(t, SPECIALTY_WORDS);
  bloomAdd60(t, SERVICE_WORDS);
  bloomAdd60(t, OCCUPATIONS);
}

/**
 * (sa61) Token m may be a word of townWord39()'s eight lists: its first hash's bit in filter F62_TOWN (false: wordIn() would
 * answer false for every one). filterMay62() folds the filter's address into the load's constant offset.
 */
// @ts-ignore: decorator
@inline export function townListsMay61(m: u32): bool {
  return filterMay62(F62_TOWN, m);
}
