// Why this file exists: table tests, with hard negatives, for stop 46's identifier, date, phone and age round (id46),
// read from the misses of fixtures 28-33 and the older fixtures in all three cases: one letter and seven digits as a
// record's number without a cue (ids.ts scanLongCode41, letterSeven46), a bare small month/day in the month of the
// note's last full date (date.ts noteMonthDay46), an extension before a field separator (phone.ts fieldClose46) and
// an age in brackets after a relative's name with a quoted nickname (age.ts nickKin46), a lower-case "mar" after a
// day closing its phrase (date.ts marCloses46). Both engines, three cases.
// Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // one letter (not 'x') and seven digits, no cue: a record's number as a system prints it (letterSeven46)
  ["ACTION: J9904471 MERGED INTO J0447182 BY K. FAIRFAX, RHIA", [["J9904471", "ID"], ["J0447182", "ID"]], ["ACTION", "MERGED"]],
  // (stop 54, fx54: a number in brackets after a row's "LAST, First" is the patient's chart, MRN, as fixture 32 labels
  // this very line; clinical round 52's second form, bracketChart54)
  ["Re: Abernathy, Wilhelmina (E4471820), asking about refills", [["E4471820", "MRN"]], ["refills"]],
  // a small month/day in the month of the note's last full date, closing its phrase (noteMonthDay46)
  ["Visit 03/14/2099\nReport made to county DSS 3/10, intake worker called back.", [["03/14/2099", "DATE"], ["3/10", "DATE"]], ["intake"]],
  ["Seen 03/14/2099. PICC removed by IR (Dr. Lee) 3/3 without complication.", [["03/14/2099", "DATE"], ["3/3", "DATE"]], ["complication"]],
  ["Note date 2099-03-14\nRenal US 3/7 no hydro.", [["2099-03-14", "DATE"], ["3/7", "DATE"]], ["hydro"]],
  ["Admitted 02/20/2099.\nHep B #1 given 2/2.", [["02/20/2099", "DATE"], ["2/2", "DATE"]], ["Hep"]],
  // an extension with a blank after its "x", before a field separator (fieldClose46)
  ["house sup g. blackhawk x 4410 · admit pending", [["4410", "PHONE"]], ["admit"]],
  ["call charge nurse x 4417 | bed 12", [["4417", "PHONE"]], ["bed"]],
  // over 89 in brackets after a relative, a given name, a nickname in quotes and the surname (nickKin46)
  ["grandmother Odessa \"Big Mama\" Tillman (92) present", [["92", "AGE"]], ["present"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // a score's word before the pair, with a colon or several words between, in the note's month
  ["Visit 03/14/2099. Pain 3/10, rates her pain at rest as 3/10.", [["03/14/2099", "DATE"]], ["3/10,", "as 3/10"]],
  ["Seen 03/14/2099. Waddell 1/5. Reflexes 3/4 bilat.", [["03/14/2099", "DATE"]], ["1/5", "3/4"]],
  ["Born 08/14/2099. Apgars 8/9 at birth.", [["08/14/2099", "DATE"]], ["8/9"]],
  // a count's word before it or a noun after it, a share after "in", a part "of"
  ["Seen 03/14/2099. Cultures 3/3 positive; 3/10 pain today.", [["03/14/2099", "DATE"]], ["3/3", "3/10"]],
  ["Seen 03/14/2099. Response in 3/10 patients.", [["03/14/2099", "DATE"]], ["3/10"]],
  ["Seen 03/14/2099. Took 3/4 of the dose.", [["03/14/2099", "DATE"]], ["3/4"]],
  // another month than the note's, and a number glued before the pair
  ["Seen 04/14/2099. Report made to county DSS 3/10, intake worker.", [["04/14/2099", "DATE"]], ["3/10"]],
  ["Seen 03/14/2099. C1D1 3/10\nplan", [["03/14/2099", "DATE"]], ["3/10"]],
  // a multiplier's 'x', a HCPCS code's four digits, an ICD-10 code
  ["Multiplier x1234567 applied; HCPCS J1100 billed; ICD E11.9.", [], ["x1234567", "J1100", "E11.9"]],
  // a dimension's number before the 'x', a power of ten
  ["Dims 2 x 4410 · next; magnification x 1000 · oil.", [], ["4410", "1000"]],
  // a reading after a relative, a nickname without a relative
  ["mother \"Mama\" reports hr (99) today", [], ["99"]],
  ["the \"big\" Tillman (92) list", [], ["92"]],
];

// lower case only (mixed case and ALL CAPS read "Mar" and "MAR" before): "mar" after a day, closing its phrase or
// before a two-digit year that closes it (date.ts marCloses46); the medication record's "mar" and the verb "may" stay
const LOWER: ReadonlyArray<TypedCase> = [
  ["apixaban held 17 mar.\nground ambulance booked", [["17 mar", "DATE"]], ["ground"]],
  ["discharge date: 14 mar 99", [["14 mar 99", "DATE"]], ["discharge"]],
  ["checked 14 mar entries reviewed; per mar 12 doses given", [], ["14 mar", "mar 12"]],
  ["he may 2 tabs; took 2 may.", [], ["may 2", "2 may"]],
  ["dose 3 mar 12 mg", [], ["3 mar"]],
];

runTypedTable("ids round 46: record numbers, note-month days, extensions, nicknamed ages (stop 46, id46)",
  ["ID", "MRN", "DATE", "PHONE", "AGE", "LICENSE", "ACCOUNT", "DEVICE"],
  [...POSITIVES.flatMap(cases3), ...NEGATIVES.flatMap(cases3), ...LOWER]);
