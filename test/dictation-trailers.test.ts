// Why this file exists: the foot of a dictated or telephone note, where a clinician signs with a code or initials
// (stop 22): a doctor's letters-and-digits code beside the attending's name or opening the dictation dates' line
// ("Attending: Walter Kellotti WK9  MD", "JQ1 D: 12/26/95"), and initials after "--" ending the note or its last
// sentence ("... Dr. Vermeulen. -- tjm RN"); with the hard negatives of prose, through both engines and, where the
// case allows, in ALL CAPS and lower case.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

const engines = ["wasm", "js"] as const;

/** [text, expected [type, text] findings (NAME, LOCATION, DATE, ID, SSN)]. */
const CASES: Array<[string, Array<[string, string]>]> = [
  // a doctor's code between the name and the credential, and the next line's code before the dictation dates
  ["Dictated By: FOIKARD, NOUMIEN\nAttending: Walter Kellotti WK9  MD\nBL5 D: 12/26/95 T: 09/02/93\nTR: pn",
    [["NAME", "FOIKARD, NOUMIEN"], ["NAME", "Walter Kellotti"], ["ID", "WK9"], ["ID", "BL5"], ["DATE", "12/26/95"],
      ["DATE", "09/02/93"], ["NAME", "pn"]]],
  ["ATTENDING: HAROLD POILKMANN HP6  MD\nWV1 D: 05/04/13 T: 10/23/82",
    [["NAME", "HAROLD POILKMANN"], ["ID", "HP6"], ["ID", "WV1"], ["DATE", "05/04/13"], ["DATE", "10/23/82"]]],
  // the code ending the signature's line
  ["Electronically signed: Ana Lindqvist ALQ12\nReviewed.", [["NAME", "Ana Lindqvist"], ["ID", "ALQ12"]]],
  // a spine level, a vitamin, a hormone, a gas or a training year after a name is no code; nor a code that a word
  // follows on its line, nor one opening a line without dictation dates
  ["Discussed with Dr. Ames B12 level low. Seen by Dr. Ames L5\nradiculopathy. Dr. Ames PGY2\nDr. Ames CO2",
    [["NAME", "Ames"], ["NAME", "Ames"], ["NAME", "Ames"], ["NAME", "Ames"]]],
  ["Reviewed with Dr. Ames WK9 today.\nAB1 was normal. D: none", [["NAME", "Ames"]]],
  // initials after "--" signing the note, on their own line or after its last sentence, with a credential after them
  ["Left VM for pt at 781-555-0145.\n-- mjo", [["NAME", "mjo"]]],
  ["Message left for PCP Dr. Anouk Vermeulen. -- tjm RN\n", [["NAME", "Anouk Vermeulen"], ["NAME", "tjm"]]],
  ["MESSAGE LEFT FOR PCP DR. ANOUK VERMEULEN. -- TJM RN\n", [["NAME", "ANOUK VERMEULEN"], ["NAME", "TJM"]]],
  // words, shorthand and two letters after a dash in prose stay: "-- see above", "-- ok", "-- prn", a dash inside a
  // sentence
  ["Sounds good. -- ok\nWill call back. -- pt\nSee note. -- see above\nRefill sent. -- prn\nPlan as above -- mjo\n-- thx",
    []],
  // the last four digits of an SSN after a form's "Last 4" field, not a count of hours
  ["Veteran: Mark Kaminski   Last 4: 4417\nSSN (last 4): 1234", [["NAME", "Mark Kaminski"], ["SSN", "4417"], ["SSN", "1234"]]],
  ["Urine output last 4 hours 1200 mL; last 4 days 2100 kcal.", []],
];

describe("dictation trailers: doctors' codes, signing initials, the last four of an SSN", () => {
  for (const engine of engines) {
    const r = createRedactorSync({ engine, entities: ["NAME", "LOCATION", "DATE", "ID", "SSN"] });
    for (const [text, expected] of CASES) {
      it(`${engine}: ${text}`, () => {
        expect(r.find(text).map((f) => [f.type, f.text])).toEqual(expected);
      });
    }
  }
});
