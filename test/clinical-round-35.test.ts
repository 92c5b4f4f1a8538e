// Why this file exists: table tests, with hard negatives, for clinical round 35 (stop 44, fx44), read from the blind
// fixture 32's misses: the elements of an ASC X12 claim by their place in a segment ("NM1*IL*1*MCCRAY*DESMOND*L",
// "N4*IRMO*SC*29063", "DMG*D8*19640812"), the town and ZIP of a caret-delimited address as HL7 and DICOM write it
// ("6411 FANNIN ST^HOUSTON^TX^77030"), an age over 89 in a " | " table's "LAST, FIRST (96)" cell, "-in-law" before a
// capitalised name and its age ("mother-in-law Rosa Luna (91)"), a month and day in a " | " table's date column ("Date
// | Language" over "3/5 | Hmong") and a range of two days alone in brackets ("(1/15–2/26)"). Mixed case, ALL CAPS and
// lower case; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Rows = ReadonlyArray<readonly [string, string]>;

// (NAME, DATE and ZIP findings: a payer's or a practice's NM1 is read as a place by the older rules)
const X12: readonly TypedCase[] = [
  // NM1 with the entity type "1": a person's last, first and middle names
  ...cases("NM1*IL*1*MCCRAY*DESMOND*L***MI*ZCB447182044~", [["MCCRAY", "NAME"], ["DESMOND", "NAME"], ["L", "NAME"]], []),
  ...cases("NM1*82*1*Okafor-Reyes*Adaeze****XX*1558447182~", [["Okafor-Reyes", "NAME"], ["Adaeze", "NAME"]], []),
  // dates after the D8 and RD8 qualifiers (DMG, DTP) and DTM's second element
  ...cases("DMG*D8*19640812*M~", [["19640812", "DATE"]], []),
  ...cases("DTP*472*D8*20990302~", [["20990302", "DATE"]], []),
  ...cases("DTP*472*RD8*20990301-20990302~", [["20990301", "DATE"], ["20990302", "DATE"]], []),
  ...cases("DTM*472*20990302~", [["20990302", "DATE"]], []),
  // N4: the ZIP after the state (five or nine digits)
  ...cases("N4*IRMO*SC*29063~", [["29063", "ZIP"]], []),
  ...cases("N4*West Columbia*SC*291694810~", [["291694810", "ZIP"]], []),
  // hard negatives: an organisation's NM1 (entity type 2), a date that is no day, a qualifier in no date segment, a
  // four-digit "ZIP", arithmetic with no segment
  ...cases("NM1*PR*2*BLUECROSS BLUESHIELD*****PI*00401~", [], ["00401"]),
  ...cases("NM1*85*2*ACME CLINIC*****XX*1447044718~", [], []),
  ...cases("DTP*472*D8*20991399~", [], ["20991399"]),
  ...cases("REF*D8*19640812~", [], ["19640812"]),
  ...cases("N4*IRMO*SC*2906~", [], ["2906"]),
  ...cases("dose 2*3*4 = 24 units", [], ["2*3*4"]),
];

// (LOCATION and ZIP findings)
const X12_PLACES: readonly TypedCase[] = [
  ...cases("N4*IRMO*SC*29063~", [["IRMO", "LOCATION"], ["29063", "ZIP"]], []),
  ...cases("N4*West Columbia*SC*291694810~", [["West Columbia", "LOCATION"], ["291694810", "ZIP"]], []),
  ...cases("N3*118 DREHER SHOALS RD~", [["118 DREHER SHOALS RD", "LOCATION"]], []),
];

// (LOCATION and ZIP findings)
const CARET_ZIP: readonly TypedCase[] = [
  ...cases3("(0008,0081) INSTITUTION ADDRESS  ST  6411 Fannin St^Houston^TX^77030", [
    [["6411 Fannin St", "LOCATION"], ["Houston", "LOCATION"], ["77030", "ZIP"]],
    [["6411 FANNIN ST", "LOCATION"], ["HOUSTON", "LOCATION"], ["77030", "ZIP"]],
    // (stop 47, pl47b: the lower-case street before its ZIP, town or phone takes the whole street, zipAfterStreet47b())
    [["6411 fannin st", "LOCATION"], ["houston", "LOCATION"], ["77030", "ZIP"]],
  ], []),
  ...cases3("(0010,1040) PATIENT ADDRESS  LO  1419 W Alabama St^Houston^^77006-1234", [
    [["1419 W Alabama St", "LOCATION"], ["Houston", "LOCATION"], ["77006-1234", "ZIP"]],
    [["1419 W ALABAMA ST", "LOCATION"], ["HOUSTON", "LOCATION"], ["77006-1234", "ZIP"]],
    [["1419 w alabama st", "LOCATION"], ["houston", "LOCATION"], ["77006-1234", "ZIP"]],
  ], []),
  // hard negatives: a name's components before an empty one (no street before the "town"), a coding system's code, a
  // code that is no state, six digits
  // (stop 54, hs54b: PID-3's assigning authority "MH" is the hospital, hl7Facility54)
  ...cases("PID|1||E4471^^^MH^MR||Doe^Jane^^12345||", [["MH", "LOCATION"]], ["12345"]),
  ...cases("OBX|1|NM|GLU^Glucose^LN^12345|", [], ["12345"]),
  ...cases("ORC|1|Chem Panel^QQ^12345|", [], ["12345"]),
  ...cases3("ST^Houston^TX^770301", [[], [], []], ["770301"]),
];

const AGES: readonly TypedCase[] = [
  // a " | " table's cell holding "LAST, FIRST (age)" alone
  ...cases("T-20 | Gaskins, Pearl (96) | 02:18 | pause 3.4 s", [["96", "AGE"]], []),
  ...cases("Bed | Patient | Code\n4 | Reyes, Maria Luisa (94) | DNR", [["94", "AGE"]], []),
  // "-in-law" after the relative's word, before the name (mixed case now as ALL CAPS and lower case were)
  ...cases("Household: spouse Maricela, mother-in-law Rosa Luna (91).", [["91", "AGE"]], []),
  ...cases("Sister-in-law Ida Mae Perkins (94) visits.", [["94", "AGE"]], []),
  // hard negatives: readings and analytes in the cell, a unit or more in the bracket, a reporting verb and a reading
  ...cases("T-20 | BP, HR (99) | 02:18", [], ["99"]),
  ...cases("Labs | Sodium, Potassium (95) | stable", [], ["95"]),
  ...cases("T-20 | Gaskins, Pearl (96 kg) | 02:18", [], ["96"]),
  // (stop 47, ag47b: a change of spec, an age over 89 alone in brackets after a person's name found; parenNameAge47b)
  ...cases("| Gaskins, Pearl (96), room 4 |", [["96", "AGE"]], []),
  ...cases("Mother-in-law reports HR (99) at home.", [], ["99"]),
];

const DAYS: readonly TypedCase[] = [
  // a month and day in a " | " table's column that dates it
  ...cases("Date | Language | Minutes\n3/2 | Somali | 42\n3/5 | Hmong | 18\n3/9 | Oromo | 65", [
    ["3/2", "DATE"], ["3/5", "DATE"], ["3/9", "DATE"],
  ], []),
  // a range of two days alone in brackets, a hyphen or an en dash, one day over 12
  ...cases("failed PT (1/15–2/26) and gabapentin", [["1/15", "DATE"], ["2/26", "DATE"]], []),
  ...cases("failed PT (1/15-2/26)", [["1/15", "DATE"], ["2/26", "DATE"]], []),
  // hard negatives: a score's column, a dose and a ratio under other columns, a cell of no table, a score's range, a
  // range out of order, days all 12 or under
  ...cases("Motor | Score\nL arm | 4/5\nR arm | 3/5", [], ["4/5", "3/5"]),
  ...cases("Date | Dose | Ratio\n3/12 | 1/2 tab | 3/5", [["3/12", "DATE"]], ["1/2", "3/5"]),
  ...cases("Plan | 3/5 | review", [], ["3/5"]),
  ...cases("strength (4/5-5/5) today", [], ["4/5", "5/5"]),
  ...cases("(3/15-2/26) noted", [], ["3/15", "2/26"]),
  ...cases("between (1/5-2/9) doses", [], ["1/5", "2/9"]),
];

runTypedTable("clinical round 35 (fx44): an X12 segment's names, dates and ZIP", ["NAME", "DATE", "ZIP"], X12);
runTypedTable("clinical round 35 (fx44): an X12 segment's town and street", ["LOCATION", "ZIP"], X12_PLACES);
runTypedTable("clinical round 35 (fx44): a caret-delimited address's town and ZIP", ["LOCATION", "ZIP"], CARET_ZIP);
runTypedTable("clinical round 35 (fx44): an age over 89 in a table's cell or after an in-law", ["AGE"], AGES);
runTypedTable("clinical round 35 (fx44): days in a table's date column and in a bracketed range", ["DATE"], DAYS);
