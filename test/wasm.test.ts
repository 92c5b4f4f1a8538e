// Why this file exists: guards on the WASM binary (size budget, no imports, expected exports) and on the ABI mirror
// (assembly/abi.ts and src/wasm/abi.ts must agree), plus the ABI version check at load.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import * as abi from "../src/wasm/abi.js";

const wasm = readFileSync(new URL("../build/phiscrub.wasm", import.meta.url));
/**
 * Budget for the core binary (bytes): dictionaries live in memory at run time, not in the module. Raised from 64 KiB
 * to 96 KiB when the recall rules outgrew it: the module is under 3% of the bundle, and the alternatives were a 7-15%
 * slower size-optimised build or dropping rules (DESIGN.md, "Binary size"). It keeps code growth visible. Raised to
 * 120 KiB in stop 15 for three rounds of recall rules (clinical notes ~6.4 KB, addresses below a state ~4.9 KB, names
 * and Spanish places ~5 KB), for the same reasons, and to 132 KiB in stop 16 (Spanish floors, doors and head-first
 * hospitals ~5.0 KB, international streets, crossings and organisations ~5.8 KB, clinical round 6 ~4.9 KB), and to
 * 140 KiB in the seventh names round (letter case in Greek, Cyrillic and Latin Extended-A, eponyms, departments,
 * towns in capitals: ~5.2 KB; the other rounds of that stop were still to come), and to 148 KiB when stop 17 merged
 * its four branches (146,448 bytes: clinical round 7 ~3.8 KB, Spanish precision ~2.9 KB, scanner dates, extensions
 * and acronyms ~2.6 KB, perf7's scanner skips ~1.2 KB; DESIGN.md "Binary size"), and to 160 KiB in stop 19 (149,210 bytes
 * at its start; lower-case text ~2.3 KB, then an ALL CAPS round and a ninth clinical round on their branches), and to
 * 172 KiB in stop 20 (158,836 bytes at its start, 166,583 after its merges: main's second ALL CAPS round and lower-case
 * rules ~3.2 KB, clin10's tenth clinical round ~3.6 KB, perf10's word-list triples ~0.2 KB, the rest alignment), and to
 * 180 KiB in stop 21 (166,819 bytes at its start, 179,569 after its merges: intl11's international addresses and
 * organisations ~6.2 KB, clin11's eleventh clinical round ~3.8 KB, main's late years, ages after "is" and masked SSNs
 * ~2.7 KB), and to 200 KiB in stop 22 (179,762 bytes at its start, 200,411 after its merges: org12's organisations
 * named by common words ~11.8 KB, most of it word lists stored as UTF-16 strings, clin12's twelfth clinical round
 * ~4.5 KB, main's dictation trailers and lower-case rules ~4.3 KB), and to 208 KiB in stop 23 (200,304 bytes at its
 * start, 208,900 at its end: clin13's thirteenth clinical round ~3.9 KB, fac13's facilities round ~3.6 KB, main's
 * ALL CAPS organisation and staff rules ~1.1 KB). The binary is ~6% of the browser bundle, whose word table (2.8 MB base64)
 * dominates. Raised to 224 KiB at the start of stop 24 (208,848 bytes) instead of packing the core's word lists as
 * bytes: measured, the 12,898 characters of packed lists (detect.ts and the scanners) take 25,796 bytes as UTF-16 and
 * would take 12,898 as bytes, but gzipped 8,044 against 6,600 bytes: 1.4 KB of transfer, not worth lists written as
 * numeric arrays (AssemblyScript has no byte-string literal; DESIGN.md "Binary size"). Stop 24 ended at 223,523 bytes
 * (ids14's ID shapes, streets and towns ~4.6 KB, clin14's fourteenth clinical round ~8.2 KB, main's rules ~2 KB).
 * Raised to 240 KiB at the start of stop 25 (223,523 bytes) for two helper rounds (a fifteenth clinical round and
 * organisations/identifiers), each asked to keep under ~8 KB; the gzipped module is what a browser downloads (~62 KB).
 * Stop 25 ended at 243,395 bytes (clin15's fifteenth clinical round ~5.5 KB, orgs15's organisations and identifiers
 * ~8 KB, main's case-gap rules ~6.4 KB): the next round must raise the budget or save space. Raised to 248 KiB for a
 * sixteenth clinical round late in stop 25 (organisations and facilities from fixture 13's misses, ~5 KB asked).
 * Stop 26 started at 247,341 bytes (org16 merged, ~2 KB) and raised it to 256 KiB for two helper rounds (a blind
 * fixture 14 and its round, the ALL CAPS gap), each asked to keep under ~5 KB. Stop 26 ended at 261,052 bytes (fx14's
 * fixture-14 round ~5 KB, caps17's ALL CAPS round ~4.7 KB, main's exits and place rules ~3.7 KB): 1 KB is left, so
 * the next round must raise the budget or save space. Raised to 272 KiB at the start of stop 27 (261,303 bytes) for
 * two helper rounds (a blind fixture 15 and its round; places, streets and facilities), each asked to keep under
 * ~5 KB; packing the word lists as bytes would win ~14 KB of module but, gzipped, ~1.5 KB of transfer (stop 24's
 * measure), so the lists stay readable strings. Raised to 288 KiB when stop 27 merged (280,461 bytes): fx15's
 * eighteenth clinical round ~3.9 KB and place27's places round ~5.1 KB on their branches, main's rules ~10 KB
 * (punctuation written apart ~3.2 KB, CSV/TSV columns in the scanners and the name pass ~6.7 KB, a person's field in
 * capitals). The module gzips to 80 KB of a 1.41 MB gzipped browser bundle. Stop 28 started at 280,368 bytes and won
 * 4.0 KB back by calling the inlined step() of the name pass from one site instead of two (namesNext), 276,370 bytes;
 * its merges came to 286,812 (fx16's nineteenth clinical round ~4.1 KB, org28's organisations round ~4.8 KB, addr28's
 * address block lines ~1.5 KB). ~8 KB are left: the next round must save space or raise the budget. Raised to
 * 304 KiB at the start of stop 29 (286,787 bytes) for two helper rounds (a blind fixture 17 and its round;
 * organisations found by their frame rather than by a list of heads) and main's address rules, each asked to keep
 * under ~6 KB: the module still gzips to under 6% of the browser bundle. Stop 29 merged to 305,129 bytes (fx17's
 * twentieth clinical round ~4.3 KB, org29's organisations by their frame ~6.0 KB, main's probed forms ~7.9 KB: streets,
 * postcodes, places' frames, signatures, Arabic articles, record labels, transcriptionists' codes): ~6 KB are left.
 * Raised to 320 KiB at the start of stop 30 (305,003 bytes after stop 29's review) for two helper rounds (a blind
 * fixture 18 and its round; organisations by their head nouns and "X of Y" shapes) and main's streets, dates and IDs,
 * each asked to keep under ~5 KB. Stop 30 merged to ~324 KB (main's probed forms ~11 KB, fx18's twenty-first clinical
 * round ~5.0 KB, org30's organisations ~2.5 KB) and raised it to 336 KiB for one more helper round on facility names.
 * Stop 31 started at 325,826 bytes and merged main's probed forms (~3.5 KB), fx19's twenty-second clinical round
 * (~5.0 KB), fac31's facility short names (~4.3 KB) and org31's organisations in every letter case (~5.1 KB) to
 * 343,203 bytes, 861 under 336 KiB: raised to 352 KiB so that the next round has room (the module is still under 6% of
 * the gzipped browser bundle). Stop 32 merged loc32's places (~5 KB), fac32's facility names (~3.5 KB), fx20's
 * twenty-third clinical round (~3.5 KB) and main's date forms to 356,691 bytes (3.7 KB left): raised to 368 KiB at
 * the start of stop 33 for three helper rounds (a blind fixture 21 and its round; organisations; places and ages),
 * each asked to keep under ~4.5 KB. Stop 33 merged main's names, logins, devices and initials (~4.1 KB), fx21's
 * twenty-fourth clinical round (~1.8 KB), loc33's places, ages and IDs (~4.4 KB) and org33's organisations (~5.2 KB)
 * to 371,868 bytes, 4.9 KB under 368 KiB: the next round must raise the budget or save space. Stop 34 started at
 * 371,741 bytes; spd34's speed round folded the rules' closing span-and-mark idiom into spanDone() and moved step()'s
 * rare gates out of line: 369,776 bytes (-2.0 KB), findings unchanged. Stop 34's rounds merged at the start of stop 35
 * (loc34's towns after a street, saints' and devotional names ~4.2 KB, fx22's twenty-fifth clinical round ~1.8 KB,
 * org34's payers and VA sites ~2.1 KB, spd34 -2.0 KB) to 377,793 bytes, 961 over 368 KiB: raised to 384 KiB (the
 * module is still ~6% of the gzipped browser bundle); the next round must save space or raise it again. Stop 35 merged
 * main's scanner fixes (~0.1 KB), spd35's speed round (+0.9 KB: combined list masks), org35's facility names of English
 * words (~2.3 KB) and fx23's twenty-sixth clinical round (~3.8 KB) to 385,313 bytes: 7.9 KB left. Stop 36 merged
 * main's lower-case round (~2.6 KB: names before a two-word head, addresses, dates, a header's hospital cell, initials,
 * roads, two age forms), fx24's twenty-seventh clinical round (~4.5 KB: state and county agencies, county courts) and
 * org36's organisations (~5.6 KB: names before "Health", hyphenated hospitals) and spd36's speed gates (+0.9 KB) to
 * 399,483 bytes, 6.1 KB over 384 KiB: raised to 400 KiB; the browser bundle's gzipped size grows by ~5 KB. A review
 * after the merges (one date walk for two age rules, the record-field scanner's dead call, a list walk that wordIndex()
 * does) brought it to 398,863 bytes, findings unchanged: 10.5 KB left. Stop 37 merged main's case round (~8.3 KB:
 * hospitals named by common words, a form's facility cell, signers' initials, relatives' names before a modal or after
 * "and", towns after a travel frame, the office cues; its word lists are static data in the module), fx25's
 * twenty-eighth clinical round (~5.4 KB) and org37's agencies and "Head of Place" names (~5.3 KB) to 417,852 bytes, 8.2 KB
 * over 400 KiB: raised to 420 KiB (12.2 KB left); the module is still under 6% of the gzipped browser bundle.
 * Raised to 440 KiB at the start of stop 38 (417,849 bytes) for three helper rounds (a blind fixture 26 and its round,
 * organisations, places), each asked to keep to ~6 KB; the static data got a sixth initial page at the same time
 * (asconfig.json initialMemory 6: the heap base was 323,804 of the five pages' 327,680 bytes).
 * Stop 38 merged main's round (~10 KB), org38 (~6.8 KB), fx26 (~4.5 KB) and loc38 (~4.0 KB) to 442,611 bytes (7.9 KB
 * left); raised to 460 KiB at the start of stop 39 for three helper rounds (a blind fixture 27 and its round,
 * organisations, places) and a speed round, each asked to keep to ~5 KB. Stop 39 merged main's round (~4.2 KB), fx27's
 * thirtieth clinical round (~0.7 KB), org39 (~2.2 KB), loc39 (~5.3 KB) and spd39 (~0) to 455,066 bytes (16 KB left).
 * Raised to 484 KiB at the start of stop 40 (455,023 bytes after stop 39's review) for four helper rounds (a blind
 * fixture 28 and its round, organisations, places, identifiers without cues) and main's round, each asked to keep to
 * ~5 KB; a speed round is asked to add nothing. Stop 40 merged main's round (~2.9 KB), org40 (~5.6 KB), loc40 (~4.3 KB),
 * fx28 (~3.6 KB), id40 (~3.2 KB) and spd40 (0) to 474,289 bytes after its review (21 KB left). Raised to 508 KiB at
 * the start of stop 41 for four helper rounds (a blind fixture 29 and its round, organisations, places, identifiers) and
 * main's round, each asked to keep to ~5 KB; a speed round is asked to add nothing. Stop 41 merged main's round
 * (~2.9 KB), org41 (~6.8 KB), loc41 (~3.7 KB), id41 (~3.7 KB), fx29 (~3.5 KB) and spd41 (~0.6 KB) to 495,963 bytes after its
 * review (24 KB left). Raised to 528 KiB at the start of stop 42 for four helper rounds (a blind fixture 30 and its
 * round, organisations, places, identifiers) and main's round, each asked to keep to ~5 KB; a speed round is asked to
 * add nothing. Stop 42 merged main's round (~6.7 KB with the review's), org42 (~6.1 KB), id42 (~2.8 KB), loc42
 * (~1.3 KB), fx30 (~0.4 KB) and spd42 (~0.6 KB) to 513,819 bytes after its review (27 KB left). Raised to 552 KiB
 * at the start of stop 43 for five helper rounds (a blind fixture 31 and its round, names, organisations, places,
 * identifiers), each asked to keep to ~5 KB; a speed round is asked to add nothing. Stop 43 merged fx43, nam43,
 * org43, id43, loc43, spd43 and a second round (st43, fp43) to 540,548 bytes after its review (24 KB left). Raised to
 * 576 KiB at the start of stop 44 for five helper rounds (a blind fixture 32 and its round, names, organisations,
 * places, identifiers), each asked to keep to ~5 KB; a speed round is asked to add nothing. Stop 44 merged fx44,
 * nam44, org44, id44, loc44, spd44 and a second round (ix44, kn44, pn44) to 570,451 bytes after its review (19 KB
 * left). Raised to 600 KiB at the start of stop 45 for five helper rounds (a blind fixture 33 and its round, names,
 * organisations, places, identifiers), each asked to keep to ~5 KB; a speed round is asked to add nothing. Stop 45 merged
 * fx45, nam45, org45, id45, loc45, spd45 and a second round (og45, pl45, nm45, ix45, sp45) to 602,161 bytes after its
 * review (12 KB left); the word-list mask table grew to 2048 slots (test/list-slots-35.test.ts), 64 KiB more static
 * memory that is no part of the binary, and asconfig.json's initialMemory went 6 -> 7 pages with it. Raised to 624 KiB
 * at the start of stop 46 for five helper rounds (a blind fixture 34 and its round, names, organisations, identifiers
 * and places), each asked to keep to ~4 KB; the speed rounds are asked to add nothing. Stop 46 merged fx46, nam46,
 * org46, id46, loc46, spd46 and a second round (og46b, nm46b, fp46, lc46b, sp46b) to 627,343 bytes after its review
 * (11 KB left). Raised to 648 KiB at the start of stop 47 for six helper rounds (two blind fixtures 35 and 36 and
 * their rounds, names and places/organisations/identifiers by substitution, precision), each asked to keep to ~4 KB;
 * the speed round is asked to add nothing. Stop 47 merged lc47, fx47, fy47, sub47n, sub47p, spd47 and a second round
 * (og47b, nm47b, ag47b, pl47b, sp47b) to 646,923 bytes after its review (16 KB left). Raised to 680 KiB at the start of
 * stop 48 for six helper rounds (two blind fixtures 37 and 38 and their rounds, a name-likeness model for words no list
 * has, known organisations and facilities), each asked to keep to ~4 KB of code (a model's table or a list of names
 * goes in the dictionaries, not the binary); the speed round is asked to add nothing. Stops 48 and 49 merged their
 * rounds to 683,078 bytes (13 KB left). Stop 50 moved the core's wasm2js twin out of the browser files (their budget,
 * test/browser/bundle.test.ts, had 5.6 KB left; now ~340 KB) and merged og49b (~3.1 KB, held back at stop 49 by that
 * budget), ag50 (~3.8 KB), pl50 (~2.4 KB), fy50 (~2.0 KB), og50 (~1.8 KB), fx50 (~1.2 KB) and nm50 (~0.9 KB) to
 * 698,151 bytes, 1.8 KB over 680 KiB: the budget was not raised at the stop's start as before, and was raised at the
 * merge to 720 KiB for the first round and a second (og50b, nm50b, dt50b), each asked to keep to ~3 KB, rather than
 * dropping measured rules. Rules go into their own modules (assembly/names/r50_*.ts) from this stop on. The second
 * round merged og50b (~5.3 KB), dt50b (~4.6 KB) and nm50b (~1.2 KB) to 709,361 bytes (28 KB left). Stop 51 merged two
 * rounds (fx51, fy51, og51, nm51, pl51, dt51; lo51b, og51b, id51b) to 733,650 bytes (3.6 KB left). Raised to 752 KiB
 * at the start of stop 52 for six helper rounds (two blind fixtures 45 and 46 and their rounds, names, organisations,
 * places and identifiers, speed) and a short second round, each asked to keep to ~3 KB; the speed round to add nothing.
 * Stop 52 merged three rounds to 755,323 bytes (14.7 KB left). Raised to 784 KiB at the start of stop 53 for its rounds
 * (two more blind fixtures, their rounds, names, organisations, places, identifiers, speed), each asked to keep to ~3 KB.
 * Stop 53 merged two rounds to 776,006 bytes (26.8 KB left). Raised to 816 KiB at the start of stop 54 for its rounds
 * (two more blind fixtures, their rounds, names, organisations, places, identifiers, speed), each asked to keep to ~3 KB.
 * Stops 54-56 merged their rounds to 820,810 bytes (14.8 KB left). Raised to 848 KiB at the start of stop 57 for its
 * rounds (two more blind fixtures and their rounds, organisations, hospitals, places, names, speed), each asked to keep
 * to ~3 KB; the module is still ~7% of the gzipped browser bundle, and dropping measured rules would cost recall.
 * Stop 57 merged to 847,183 bytes (21.2 KB left). Raised to 872 KiB at the start of stop 58 for its rounds (two more
 * blind fixtures and their rounds, hospitals, organisations, places, names and ids), each asked to keep to ~2.5 KB, and
 * a speed round asked to trim repeated list words.
 */
const WASM_BUDGET = 872 * 1024;

describe("WASM binary", () => {
  const mod = new WebAssembly.Module(wasm);
  it(`stays under ${WASM_BUDGET} bytes`, () => {
    expect(wasm.length).toBeLessThan(WASM_BUDGET);
  });
  it("imports nothing (portable to any host)", () => {
    expect(WebAssembly.Module.imports(mod)).toEqual([]);
  });
  it("exports exactly the documented ABI", () => {
    expect(WebAssembly.Module.exports(mod).map((e) => e.name).sort()).toEqual(
      ["abiVersion", "heapBase", "memory", "scanBegin", "scanDone", "scanNext", "setWordTable", "utf16Offsets"].sort(),
    );
  });
  it("refuses a scan that asks for the name pass without a word table (fail closed, code 6)", () => {
    const inst = new WebAssembly.Instance(mod, {});
    const scanBegin = inst.exports.scanBegin as (...a: number[]) => number;
    const base = (inst.exports.heapBase as () => number)();
    expect(scanBegin(base, base, 0, base, 64, abi.SCAN_NAMES)).toBe(6);
    expect(abi.BEGIN_ERRORS[6]).toMatch(/word table/);
  });
  it("reports the ABI_VERSION the wrapper expects", () => {
    const inst = new WebAssembly.Instance(mod, {});
    expect((inst.exports.abiVersion as () => number)()).toBe(abi.ABI_VERSION);
  });
});

/**
 * The JS fallback's largest function (the name pass's decide(), with what binaryen inlines into it) must stay under
 * V8's optimising size limit: past it V8 never optimises the function and the js engine's find() runs 1.5-2x slower
 * (stop 21 and twice in stop 22: each branch alone was under, the merge of three was not; measured on mtsamples plus
 * 300 KB of generated notes, 76 vs 108 ms, `engine: "js"`). The limit is on bytecode, so this guard is a proxy in
 * characters of the generated source: 166,888 was past it, 166,251 is not. A new rule for decide() belongs in an
 * out-of-line function large enough that binaryen does not inline it back (laterRounds(), tenthRound()). Stop 31 moved
 * decide()'s name rules out (nameRules()): decide() went from 166,288 to ~90,500 characters, and the largest function
 * is now another one (~147,100).
 */
const FALLBACK_LARGEST_FUNCTION = 166_500;

describe("JS fallback (wasm2js)", () => {
  it(`its largest function stays under ${FALLBACK_LARGEST_FUNCTION} characters (V8's optimising limit)`, () => {
    const src = readFileSync(new URL("../src/wasm/fallback.generated.ts", import.meta.url), "utf8");
    const starts = [...src.matchAll(/function \$\d+\(/g)].map((m) => m.index ?? 0);
    expect(starts.length).toBeGreaterThan(50);
    let largest = 0;
    let prev = starts[0] ?? 0;
    for (const at of starts.slice(1)) {
      largest = Math.max(largest, at - prev);
      prev = at;
    }
    expect(largest).toBeGreaterThan(100_000);
    expect(largest).toBeLessThan(FALLBACK_LARGEST_FUNCTION);
  });
});

describe("ABI mirror", () => {
  const src = readFileSync(new URL("../assembly/abi.ts", import.meta.url), "utf8");
  const consts = [...src.matchAll(/export const (\w+): (\w+) = (0x[0-9a-f]+|\d+);/gi)];
  it("has constants to compare", () => {
    expect(consts.length).toBeGreaterThan(20);
  });
  for (const [, name, type, value] of consts) {
    it(`${name} agrees`, () => {
      if (name!.startsWith("TRIGGER_") && type === "u8") {
        expect(abi.TRIGGER_BYTES).toContain(Number(value));
        return;
      }
      if (name!.startsWith("ENTITY_") && name !== "ENTITY_CUE") {
        expect(abi.entityCode(name!.slice("ENTITY_".length) as never)).toBe(Number(value));
        return;
      }
      expect((abi as Record<string, unknown>)[name!]).toBe(Number(value));
    });
  }
});

describe("core sources", () => {
  // the host lays its tables and input out from heapBase on (src/wasm/core.ts), so nothing may live on the heap: a word list built by
  // concatenation at start-up would be a heap string that the first input overwrites (a list of stop 21 silently
  // matched nothing until it was written as one literal)
  it("build every top-level string constant as one literal (static data, never a start-up concatenation)", () => {
    const files = readdirSync(new URL("../assembly/", import.meta.url), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const f of files) {
      const src = readFileSync(new URL(`../assembly/${f}`, import.meta.url), "utf8");
      src.split("\n").forEach((line, i) => {
        if (/^(export )?const \w+(: string)? = .*"\s*\+\s*$/.test(line) || /^(export )?const \w+(: string)? = "[^"]*"\s*\+\s*"/.test(line)) bad.push(`${f}:${i + 1}`);
      });
    }
    expect(bad).toEqual([]);
  });
});
