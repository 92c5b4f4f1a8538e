// Why this file exists: rules for clinical notes written all in lower case (stop 22), where no capital tells a name
// from a word: a listed surname after a title and a given name ("dr. rose young"), "last, first m" ending a record's
// field ("patient : white , grant e"), and the author's and the
// transcriptionist's initials at a dictation foot ("bh/rkt" under the dates, "lh/mtc" under "m.d."); with the hard
// negatives (modals and verbs after "dr. <name>", vitals' and therapy headings "hr/bp", "pt/ot", "iv/po"). Both engines.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

const engines = ["wasm", "js"] as const;

/** [text, expected [type, text] findings (NAME, LOCATION, DATE, ID)]. */
const CASES: Array<[string, Array<[string, string]>]> = [
  // a listed surname that is also an English word, after a title and a given name
  ["he will follow up with dr. rose young in urology and dr. bill king. dx: rotator cuff repair (dr. sterling hunt, 4/29)",
    [["NAME", "rose young"], ["NAME", "bill king"], ["NAME", "sterling hunt"], ["DATE", "4/29"]]],
  // a modal, a verb or a function word after "dr. <given name>" stays a word
  ["dr. rose will see her. dr. grace said ok. dr. john saw her. dr. mark is away. dr. hope and dr. frank called",
    [["NAME", "rose"], ["NAME", "grace"], ["NAME", "john"], ["NAME", "mark"], ["NAME", "hope"], ["NAME", "frank"]]],
  // hospitals a nursing note names without their head word, in any case (the well-known list)
  ["pt transferred from beth israel on 3/14. d/c to hebrew rehab in am. Beth Smith came.",
    [["LOCATION", "beth israel"], ["DATE", "3/14"], ["LOCATION", "hebrew rehab"], ["NAME", "Beth Smith"]]],
  // a saint's name in the possessive names a hospital, in lower case too; a herb and a feast named after a saint name
  // no one, in any case
  ["82 yo male from st. elizabeth's s/p cath. transferred to st vincent's. take st. john's wort. on st. patrick's day.",
    [["LOCATION", "st. elizabeth's"], ["LOCATION", "st vincent's"]]],
  ["Meds: St. John's wort daily. On St. Patrick's Day he fell. MEDS: ST. JOHN'S WORT. ST. PATRICK'S DAY.", []],
  // "last, first m" ending its field: the middle initial closing the field is the evidence
  ["patient : white , grant e   unit no : 944-10-28\npt : harrington, silas j\nname: thibodeaux, marcelline a.     mrn",
    [["NAME", "white , grant e"], ["NAME", "harrington, silas j"], ["NAME", "thibodeaux, marcelline a."]]],
  // a letter that goes on into prose, "a" without its period, a modal, no given name: none of that shape
  // (stop 59: nm59's nameLead59() takes the surname written first at a line's start before a found given name's comma,
  // "smith, john"; "will b", "see a", "clean c" stay unfound)
  ["we saw him, will b\nnotes, see a\nsmith, john a\nthe wound, clean c", [["NAME", "smith, john"]]],
  // dictation initials: under the dates' line, before the dates on their line, after them, under a signature
  ["dd: 04/13/69  td: 04/14/69 10:02 a\nbh/rkt\nbatch: 55120",
    [["DATE", "04/13/69"], ["DATE", "04/14/69"], ["NAME", "bh"], ["NAME", "rkt"], ["ID", "55120"]]],
  ["dictated but not read.\nmo/dfs   d: 03/22/71   t: 03/23/71",
    [["NAME", "mo"], ["NAME", "dfs"], ["DATE", "03/22/71"], ["DATE", "03/23/71"]]],
  ["d: 05/06/72  t: 05/06/72  rhr/ps", [["DATE", "05/06/72"], ["DATE", "05/06/72"], ["NAME", "rhr"], ["NAME", "ps"]]],
  ["d: 11/02/68 t: 11/04/68 bo:kfw  job: 00481223",
    [["DATE", "11/02/68"], ["DATE", "11/04/68"], ["NAME", "bo"], ["NAME", "kfw"], ["ID", "00481223"]]],
  ["sincerely,\nleopold haverkamp, m.d.\nlh/mtc", [["NAME", "leopold haverkamp"], ["NAME", "lh"], ["NAME", "mtc"]]],
  // headings and abbreviations with a slash, even under a signature or dates, stay words
  ["plan: pt/ot eval.\nhr/bp\niv/po\nleopold haverkamp, m.d.\npt/ot\nd: 05/06/72 od/os",
    [["NAME", "leopold haverkamp"], ["DATE", "05/06/72"]]],
];

describe("lower-case notes: titled surnames and dictation initials", () => {
  for (const engine of engines) {
    const r = createRedactorSync({ engine, entities: ["NAME", "LOCATION", "DATE", "ID"] });
    for (const [text, expected] of CASES) {
      it(`${engine}: ${text}`, () => {
        expect(r.find(text).map((f) => [f.type, f.text])).toEqual(expected);
      });
    }
  }
});
