// Why this file exists: stop 58's speed round outside the name pass (sq58, docs/performance.md "Stop 58, sq58") steps the
// automaton's bytes that neither match nor trigger in a loop of their own and gates the endoscope serial's scanner
// (scopeSerial53) by the digit run's length and the byte after it, without changing a finding. These rows put the
// automaton's cues, dictionary words and trigger bytes (digits, '@', '.', ':', '(') next to each other, at the text's
// end and inside a candidate, beside endoscope models and serials and plain numbers after a word, in mixed case, ALL
// CAPS and lower case, on both engines; a long text fills the findings region (OUT_CAP rows) so that the scan yields
// and resumes. The findings are the stop's start's (main 5de80fb), gaps included: a row records what the core finds,
// not what it should find.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["Scope: GIF-H190 2K44718 used; CF-HQ190L 2804417 cleaned. SCOPE CF-HQ190L 2C90117 stored.", [["GIF-H190","DEVICE","cue:device"],["2K44718","DEVICE","cue:device"],["2804417","DEVICE","cue:device"],["CF-HQ190L","DEVICE","cue:device"],["2C90117","DEVICE","cue:device"]]],
  ["SCOPE: GIF-H190 2K44718 USED; CF-HQ190L 2804417 CLEANED. SCOPE CF-HQ190L 2C90117 STORED.", [["GIF-H190","DEVICE","cue:device"],["2K44718","DEVICE","cue:device"],["2804417","DEVICE","cue:device"],["CF-HQ190L","DEVICE","cue:device"],["2C90117","DEVICE","cue:device"]]],
  ["scope: gif-h190 2k44718 used; cf-hq190l 2804417 cleaned. scope cf-hq190l 2c90117 stored.", [["gif-h190","DEVICE","cue:device"],["2k44718","DEVICE","cue:device"],["2804417","DEVICE","cue:device"],["cf-hq190l","DEVICE","cue:device"],["2c90117","DEVICE","cue:device"]]],
  ["Take 5 mg at 8 pm, then 10 units; GIF-H190 25 mg is no serial. Seen 3/4/2020 by Dr. Oswin Tarrow, MRN 4471920.", [["3/4/2020","DATE","cue:date"],["Oswin Tarrow","NAME","name:title"],["4471920","MRN","cue:mrn"]]],
  ["TAKE 5 MG AT 8 PM, THEN 10 UNITS; GIF-H190 25 MG IS NO SERIAL. SEEN 3/4/2020 BY DR. OSWIN TARROW, MRN 4471920.", [["3/4/2020","DATE","cue:date"],["OSWIN TARROW","NAME","name:title"],["4471920","MRN","cue:mrn"]]],
  ["take 5 mg at 8 pm, then 10 units; gif-h190 25 mg is no serial. seen 3/4/2020 by dr. oswin tarrow, mrn 4471920.", [["3/4/2020","DATE","cue:date"],["oswin tarrow","NAME","name:title"],["4471920","MRN","cue:mrn"]]],
  ["Colonoscope CF-HQ190L 28044 (short) and EGD scope GIF-H190 2K447188901 (long) and PCF-H190DL 2C90117.", [["GIF-H190","DEVICE","cue:device"],["2K447188901","ID","format:record-field"],["2C90117","DEVICE","cue:device"]]],
  ["COLONOSCOPE CF-HQ190L 28044 (SHORT) AND EGD SCOPE GIF-H190 2K447188901 (LONG) AND PCF-H190DL 2C90117.", [["GIF-H190","DEVICE","cue:device"],["2K447188901","ID","format:record-field"],["2C90117","DEVICE","cue:device"]]],
  ["colonoscope cf-hq190l 28044 (short) and egd scope gif-h190 2k447188901 (long) and pcf-h190dl 2c90117.", [["gif-h190","DEVICE","cue:device"],["2k447188901","ID","format:record-field"],["2c90117","DEVICE","cue:device"]]],
  ["Marisol Quenby, DOB 04/11/1952, phone 617-555-0142, lives at 44 Harbor Lane, Fenwick, MA 02134", [["Marisol Quenby","NAME","name:neighbour"],["04/11/1952","DATE","cue:date"],["617-555-0142","PHONE","cue:phone"],["44 Harbor Lane, Fenwick, MA","LOCATION","location:address"],["02134","ZIP","format:zip-address"]]],
  ["MARISOL QUENBY, DOB 04/11/1952, PHONE 617-555-0142, LIVES AT 44 HARBOR LANE, FENWICK, MA 02134", [["MARISOL QUENBY","NAME","name:neighbour"],["04/11/1952","DATE","cue:date"],["617-555-0142","PHONE","cue:phone"],["44 HARBOR LANE, FENWICK, MA","LOCATION","location:address"],["02134","ZIP","format:zip-address"]]],
  ["marisol quenby, dob 04/11/1952, phone 617-555-0142, lives at 44 harbor lane, fenwick, ma 02134", [["marisol quenby","NAME","name:neighbour"],["04/11/1952","DATE","cue:date"],["617-555-0142","PHONE","cue:phone"],["44 harbor lane, fenwick, ma 02134","LOCATION","location:address"]]],
  ["MRN: 7494-4142 Account #: 9191314365 Fax: 781 409 0682 email quenby1987@clinic.example.edu 20:55", [["7494-4142","MRN","cue:mrn"],["9191314365","ACCOUNT","cue:account"],["781 409 0682","FAX","cue:fax"],["quenby1987@clinic.example.edu","EMAIL","format:email"]]],
  ["MRN: 7494-4142 ACCOUNT #: 9191314365 FAX: 781 409 0682 EMAIL QUENBY1987@CLINIC.EXAMPLE.EDU 20:55", [["7494-4142","MRN","cue:mrn"],["9191314365","ACCOUNT","cue:account"],["781 409 0682","FAX","cue:fax"],["QUENBY1987@CLINIC.EXAMPLE.EDU","EMAIL","format:email"]]],
  ["mrn: 7494-4142 account #: 9191314365 fax: 781 409 0682 email quenby1987@clinic.example.edu 20:55", [["7494-4142","MRN","cue:mrn"],["9191314365","ACCOUNT","cue:account"],["781 409 0682","FAX","cue:fax"],["quenby1987@clinic.example.edu","EMAIL","format:email"]]],
  ["Ended inside a cue: MRN", []],
  ["ENDED INSIDE A CUE: MRN", []],
  ["ended inside a cue: mrn", []],
  ["Visit with Dr. Halvorsen on Monday March 3", [["Halvorsen","NAME","name:title"],["Monday March 3","DATE","validator:calendar"]]],
  ["VISIT WITH DR. HALVORSEN ON MONDAY MARCH 3", [["HALVORSEN","NAME","name:title"],["MONDAY MARCH 3","DATE","validator:calendar"]]],
  ["visit with dr. halvorsen on monday march 3", [["halvorsen","NAME","name:title"],["monday march 3","DATE","validator:calendar"]]],
  ["Age 91, seen at Ridgeview Clinic (UNIT M-7) 250 W 300 N; SSN 123-45-6789; x 6610", [["91","AGE","cue:age"],["Ridgeview Clinic","LOCATION","location:facility"],["250 W 300 N","LOCATION","location:address"],["123-45-6789","SSN","cue:ssn"]]],
  ["AGE 91, SEEN AT RIDGEVIEW CLINIC (UNIT M-7) 250 W 300 N; SSN 123-45-6789; X 6610", [["91","AGE","cue:age"],["RIDGEVIEW CLINIC","LOCATION","location:facility"],["250 W 300 N","LOCATION","location:address"],["123-45-6789","SSN","cue:ssn"]]],
  ["age 91, seen at ridgeview clinic (unit m-7) 250 w 300 n; ssn 123-45-6789; x 6610", [["91","AGE","cue:age"],["ridgeview clinic","LOCATION","location:facility"],["250 w 300 n","LOCATION","location:address"],["123-45-6789","SSN","cue:ssn"]]],
];

/** A long text whose findings fill the findings region several times (6,000 findings; the start's count and hash). */
const UNIT = "MRN 4471920 seen 3/4/2020 by Dr. Oswin Tarrow at 617-555-0142; take 5 mg. ";

describe("stop 58, sq58: the automaton's fast loop and scopeSerial53()'s gate keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
    it(`${engine}: a text whose findings fill the findings region, resumed`, () => {
      const f = r.find(UNIT.repeat(1500));
      const h = createHash("sha256");
      for (const x of f) h.update(`${x.start},${x.end},${x.type};`);
      expect([f.length, h.digest("hex").slice(0, 16)]).toEqual([6000, "6cc7ae7f251c9784"]);
    });
  }
});
