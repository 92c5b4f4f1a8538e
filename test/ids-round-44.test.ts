// Why this file exists: table tests, with hard negatives, for stop 44's round on identifiers, MRNs, dates and faxes
// (id44), read from the misses of fixtures 27-31 in all three cases: an XML time stamp's value and a record's 8-digit
// day before a 24-hour time (date.ts stampDate44), a day-first date with slashes around the month ("14/MAR/2099"), a
// month/day before a time range or a zone's 'Z' (clockMark44), "onset" before a day, a row's MRN written tight before
// "LAST,FIRST" under a header (csv.ts lineStartColumnFx40), an ambulance unit's and a crew's call sign (ids.ts
// unitSign44), and cues: "faxed", "patient #", "clinic #", "certification #". Both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // an HL7 CDA time's value (stampDate44): a birth time, an effective time, an author's time with its clock
  ["<patient><birthTime value=\"19580427\"/><administrativeGenderCode code=\"F\"/>", [["19580427", "DATE"]], ["patient"]],
  ["<author><time value=\"20990314091500\"/><assignedAuthor>", [["20990314091500", "DATE"]], ["author"]],
  ["<effectiveTime value=\"20990314\"/>", [["20990314", "DATE"]], ["effectiveTime"]],
  // a record's day before a 24-hour time that a zone letter closes (stampDate44)
  ["ENTERED 20990314 0817Z BY DESK", [["20990314", "DATE"]], ["0817Z"]],
  // the day first with slashes around the month's letters (slashMonth44)
  ["Delivery 14/Mar/2099 0455, 29 wks", [["14/Mar/2099", "DATE"]], ["0455", "29"]],
  // a month/day before a time range (clockMark44)
  ["Freezer 2 temp excursion 3/9 0200-0240 (-68C)", [["3/9", "DATE"]], ["0200-0240", "-68C"]],
  // "onset" before a day closing its phrase (EVENT_WORDS)
  ["Staff: CNA aide (onset 3/6, furloughed, tested)", [["3/6", "DATE"]], ["furloughed"]],
  // a row's MRN written tight before "LAST,FIRST" under its header's first field (lineStartColumnFx40)
  ["MRN      PATIENT (LAST,FIRST)                 SWAB DATE  RESULT\n41145103 WOJCIK,STANISLAW            03/11/99  NEG\n59013067 ABERNATHY,OPAL              03/14/99  POS",
    [["41145103", "MRN"], ["03/11/99", "DATE"], ["59013067", "MRN"], ["03/14/99", "DATE"]], ["NEG", "POS"]],
  // an ambulance's unit and a crew's call sign (unitSign44)
  ["Paramedic, Brazos County EMS (unit M-7).", [["M-7", "ID"]], ["Paramedic"]],
  ["Crew: Sawtooth Hotshots (crew # IHC-7)", [["IHC-7", "ID"]], ["Crew"]],
  // the verb "faxed" alone before a number makes it a fax (src/builtins.ts)
  ["PCP letter faxed 218-555-0154.", [["218-555-0154", "FAX"]], ["letter"]],
  // a patient's and a clinic's number after '#'
  ["headache clinic (patient # 8-044-718)", [["8-044-718", "MRN"]], ["headache"]],
  ["enrolled at clinic # 7-447-182 today", [["7-447-182", "MRN"]], ["enrolled"]],
  // three groups of four digits, no phone's cue: a parcel's tracking number (phone.ts)
  ["Specimens shipped via FedEx 7749 2210 4471 to the reference lab", [["7749 2210 4471", "ID"]], ["Specimens"]],
  // a month of two digits and a year 2100-2199, as date-shifted records write one
  ["No restriction; re-evaluate 03/2100 or sooner", [["03/2100", "DATE"]], ["restriction"]],
  // a table's header labels its own column, not the room opening the next line; the age under it is found
  ["RM    RESIDENT                    AGE   ONSET\n121   Abrams, June                  91    3/8",
    [["91", "AGE"], ["3/8", "DATE"]], ["121"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // an XML value of an element that is no time (a measure's, a code's)
  ["<value xsi:type=\"PQ\" value=\"20990314\" unit=\"mg\"/><code value=\"19580427\"/>", [], ["20990314", "19580427"]],
  // a dose, a count or a score after a fraction; a time without its mark
  ["take 1/2 1000 mg; strength 4/5 1500 steps; pain 3/9 0200", [], ["1/2", "4/5", "3/9"]],
  // eight digits then a count, not a time
  ["gave 20990314 2000 units", [], ["20990314", "2000"]],
  // a fraction after "onset" that goes on with its phrase, a score
  ["sudden onset 10/10 headache", [], ["10/10"]],
  // a hospital's unit, a range of units, a unit's code after no ambulance word
  ["ICU (unit B-2) bed 4; EMS (units 2-3); floor unit M-7 west", [], ["B-2", "2-3", "M-7"]],
  // a ratio or a dose with slashes and a unit
  ["dose 5/mg/kg; ratio 14/May", [], ["5/mg/kg"]],
  // a header's comma outside brackets keeps it a sentence; a lab table's first column
  ["TEST        RESULT      UNITS\n1100 GLUCOSE     MG/DL     70-99", [], ["1100"]],
  // a phone's cue or '+' keeps three groups of four a phone; a titre and a volume after a month-like number
  ["call +49 1234 5678 9012 or phone 7749 2210 4471", [["+49 1234 5678 9012", "PHONE"], ["7749 2210 4471", "PHONE"]], []],
  ["titer 1/2100; dilution 10/2150 ml", [], ["1/2100", "10/2150"]],
  // an age's cue followed by other words on its line does not reach the next line's number
  ["Name   Age   Unit\n121   Lee, Ann", [], ["121"]],
];

runTypedTable("ids round 44: identifiers, MRNs, dates and faxes (stop 44, id44)", ["ID", "MRN", "AGE", "PHONE", "FAX", "DATE", "LICENSE"],
  [...POSITIVES.flatMap(cases3), ...NEGATIVES.flatMap(cases3)]);
