// Why this file exists: table tests, with hard negatives, for clinical round 22 (stop 31), read from fixture 19's
// misses: transcription initials in lower-case text ("m.d. tl/grv", "md    ica/dw", "07:11  po/bsk  job", "rn   tm"),
// a dictating doctor's initials after "by" ("dictated 3/2/92 by FA"), "Dr" after a preposition is a title, no street
// ("JANUARY 2094 UNDER DR. FENWICK"), a month/day after a verb of starting or a diagnosis it dates ("UTI (2/17)", "(start
// 3/4)", "INSTITUTED 2/7 AFTER"), an age after "at" before its person ("proud that at 96 she still") and "years" in
// apposition after a name ("FONTENOT, 90 YEARS, DOB"). Both engines. Names, places and numbers are made up.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const INI = "name:initial";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // lower-case transcription initials after a dotted credential, a credential's column or the dictation dates
  ["dictated by: levandowski, tomasz, m.d. tl/grv\nattending: x", [["levandowski, tomasz", "name:neighbour"], ["tl", INI], ["grv", INI]], ["dictated", "attending"]],
  ["pathologist: ifeoma chukwu-adler, md    ica/dw    electronically signed", [["ifeoma chukwu-adler", "name:cue"], ["ica", INI], ["dw", INI]], ["electronically", "signed"]],
  ["cynthia abernathy-moss, m.d.   cam/jrt", [["cynthia abernathy-moss", "name:neighbour"], ["cam", INI], ["jrt", INI]], []],
  ["d: 09/19/90  t: 09/20/90  po/bsk  job 77341", [["po", INI], ["bsk", INI]], ["job"]],
  // a signer's initials alone after a credential's column, closing the line (lower-case text)
  // (main's stop-31 lowerSignature31 reads the signature first: same span, the credential as its reason)
  ["next visit 4/16.\ntiffani mcdaniel, rn   tm\n", [["tiffani mcdaniel", "name:credential"], ["tm", INI]], ["visit"]],
  // initials after "by" and a verb of dictation, a date between or not
  ["Felicity Abernethy, DO   dictated 3/2/92 by FA, transcribed by MTQ", [["Felicity Abernethy", "name:neighbour"], ["FA", INI], ["MTQ", INI]], ["dictated", "transcribed"]],
  ["Dictated by RJK", [["RJK", INI]], ["Dictated"]],
  ["felicity abernethy, do   dictated 3/2/92 by fa, transcribed by mtq", [["felicity abernethy", "name:neighbour"], ["fa", INI], ["mtq", INI]], ["dictated", "transcribed"]],
  // "Dr" after a preposition is the title of the name after it; the number before is a year
  ["HE WAS LAST ADMITTED HERE JANUARY 2094 UNDER DR. FENWICK. HIS DAUGHTER", [["FENWICK", "name:title"]], ["UNDER", "DAUGHTER"]],
  ["ADMITTED IN 2091 PER DR SMITH FOR CHF", [["SMITH", "name:title"]], ["PER", "CHF"]],
  // an extension after a person, a bracket or a credential, closing its phrase; a blank after its "x" or not
  ["QUESTIONS: RHONDA X2204.", [["RHONDA", "name:dictionary"], ["X2204", "format:phone-extension"]], ["QUESTIONS"]],
  ["somali interp (farhiya) at x 6610 if needed", [["6610", "format:phone-extension"]], ["somali", "needed"]],
  ["m. oyeyemi, msw, lcsw x 3349", [["m. oyeyemi", "name:credential"], ["3349", "format:phone-extension"]], ["msw", "lcsw"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // slashed units, routes and conjunctions in lower-case prose: no credential, signature or dictation date before them
  ["glucose 100 mg/dl this am", [], ["mg", "dl"]],
  ["give iv/po as tolerated", [], ["iv", "po"]],
  ["call md and/or rn if worse", [], ["and", "or"]],
  ["w/o fever, n/v x2 days", [], ["fever", "days"]],
  // a word of the lists after a credential's column is no one's initials
  // (the same span; main's stop-31 lowerSignature31 gives the credential as its reason)
  ["jane roe, rn   ok\n", [["jane roe", "name:credential"]], ["ok"]],
  ["seen by md   pt\n", [], ["pt"]],
  // "by" after a verb of dictation, then a word
  ["dictated by me, reviewed.", [], ["me"]],
  ["Signed by the patient.", [], ["the", "patient"]],
  ["Seen for dysphagia (Reviewed by GI) and given by RN.", [], ["GI", "RN"]],
  ["Note signed by PT.", [], ["PT"]],
  ["Reviewed by PT and OT.", [], ["PT", "OT"]],
  // a street of a house number, words and "Dr" stays a street
  ["He lives at 40 Hillside Dr with his wife.", [["40 Hillside Dr", "location:address"]], ["wife"]],
  // a multiplier, a dimension, a volume and a count after "x"
  ["transfused 2 x 1500 mL.", [], ["1500"]],
  ["given x 1200 mL over the day", [], ["1200"]],
  ["Magnification x1000.", [], ["x1000"]],
  ["oil immersion x 1000.", [], ["1000"]],
  ["REPEAT X2.", [], ["X2"]],
  ["LIVES AT 14 OAK HILL DR, APT 2", [["14 OAK HILL DR, APT 2", "location:address"]], ["LIVES"]],
];

runPlaceTable("clinical round 22: lower-case foot initials, initials after 'by', 'UNDER DR.' as a title", POSITIVES);
runPlaceTable("clinical round 22: slashed units and routes, listed words, 'by me', streets named with Dr", NEGATIVES);

/** [text, entity, finding texts expected] */
type ScanCase = readonly [string, "DATE" | "AGE", readonly string[]];

const SCANS: ReadonlyArray<ScanCase> = [
  // a month/day after a verb of starting or a diagnosis it dates
  ["Course complicated by UTI (2/17), treated with nitrofurantoin.", "DATE", ["2/17"]],
  ["home PT through an agency (start 3/4), outpatient SLP later", "DATE", ["3/4"]],
  ["COMFORT MEASURES INSTITUTED 2/7 AFTER FAMILY MEETING.", "DATE", ["2/7"]],
  ["Heparin initiated 3/9.", "DATE", ["3/9"]],
  // doses and counts after the same words stay numbers
  ["start 1/2 tab daily", "DATE", []],
  ["start metoprolol 1/2 tab bid", "DATE", []],
  ["UTI 2/3 cultures positive", "DATE", []],
  // an age after "at" before its person, over 89
  ["She is proud that at 96 she still does her own taxes.", "AGE", ["96"]],
  ["At 94, he still lives alone.", "AGE", ["94"]],
  ["sats at 92 she was placed on 2L", "AGE", []],
  ["HR at 96 he was comfortable", "AGE", []],
  ["at 90 the pump alarmed", "AGE", []],
  // "years" in apposition after a name and its comma, over 89
  ["RE: ELDRIDGE FONTENOT, 90 YEARS, DOB 06/01/2001", "AGE", ["90"]],
  ["(Ida Feld, 96 yrs)", "AGE", ["96"]],
  ["lived there for 92 years, then moved", "AGE", []],
  ["Ida Feld, 86 years, DOB 1/1/2010", "AGE", []],
];

describe("clinical round 22: dated starts and diagnoses, ages after 'at' and in apposition with 'years'", () => {
  for (const engine of ["wasm", "js"] as const) {
    const rs = new Map((["DATE", "AGE"] as const).map((e) => [e, createRedactorSync({ engine, entities: [e] })]));
    for (const [text, entity, expected] of SCANS) {
      it(`${engine}: ${entity} ${JSON.stringify(text)}`, () => {
        const r = rs.get(entity);
        expect(r).toBeDefined();
        expect(r?.find(text).map((f) => f.text)).toEqual(expected);
      });
    }
  }
});
