// Why this file exists: table tests, with hard negatives, for clinical round 41 (stop 48, fy48), read from the blind
// fixture 38's misses (ambulatory care, correspondence and administration: school, sports, employment, disability,
// immigration and jury forms, clinic letters and practice letterheads): a person named in a form's field whose label is
// a role that is no patient ("Athlete:", "Applicant:", "Traveler:", roleField48, mixed case; ALL CAPS and lower case
// already held); an age over 89 with "yrs" or "years" alone in a form's column or before a sex letter ("CORNELIS   90
// YRS   REF BY", "Pt 91 yrs F", columnYears48, all three cases); a practice named by a word of the land and a
// specialty or a practice head of PRACTICE_HEADS48 ("Treasure Valley Dermatology", "high desert pediatrics", "Sunrise
// Pediatric Dentistry", natureName48 in placeSpecialty, mixed and lower case). Both engines. Names, places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const ROLE_FIELDS: readonly TypedCase[] = [
  // the people of forms, named by names no list holds
  ...cases("Athlete: Brynjar Olafsson-Tate · DOB 01/30/2079", [["Brynjar Olafsson-Tate", "NAME"], ["01/30/2079", "DATE"]], []),
  ...cases("Applicant: Zarghona Safi-Rahimzai, DOB 01 JAN 1990", [["Zarghona Safi-Rahimzai", "NAME"], ["01 JAN 1990", "DATE"]], []),
  ["Traveler: Harjit Dhillon-Sandhu, 62 F", [["Harjit Dhillon-Sandhu", "NAME"]], []],
  ["TRAVELER: HARJIT DHILLON-SANDHU, 62 F", [["HARJIT DHILLON-SANDHU", "NAME"]], []],
  // hard negatives: a core English word is the field's value; the role words are no cue outside a field
  ["Student: Yes", [], ["Yes"]],
  ["Insured: Self", [], ["Self"]],
  ["Donor: Unrelated", [], ["Unrelated"]],
  ["Employee: Full Time", [], ["Full Time"]],
  ["Recipient: Blood type O", [], ["Blood"]],
  ["Employee Assistance Program referral.", [], ["Employee Assistance Program"]],
];

const COLUMN_AGES: readonly TypedCase[] = [
  // alone in a column, two blanks or more on each side
  ...cases("PT VAN DER HOEVEN, CORNELIS   90 YRS   REF BY DR. KIM", [["90", "AGE"]], []),
  // before a sex letter, where an age opens a phrase
  ...cases("Pt 91 yrs F, lives alone.", [["91", "AGE"]], []),
  // hard negatives: a duration, a duration ago, an age under 90 in a column
  ...cases("smoked for 92 years", [], ["92"]),
  ...cases("pack history 95 yrs ago", [], ["95"]),
  ...cases("Pt   45 YRS   ref by Dr. Kim", [], ["45"]),
];

const NATURE_PRACTICES: readonly TypedCase[] = [
  // a letterhead's or a signature's practice, no cue before it
  ["Treasure Valley Dermatology · NPI 1669027734", [["Treasure Valley Dermatology", "LOCATION"]], []],
  ["wrenna calloway-oduya, pa-c\nhigh desert pediatrics · 4401 lomas blvd ne", [["high desert pediatrics", "LOCATION"], ["4401 lomas blvd ne", "LOCATION"]], []],
  // a practice of the teeth, eyes or ears (PRACTICE_HEADS48) after a word of the land, before its address
  ["Sunrise Pediatric Dentistry — 9125 Gateway Blvd W", [["Sunrise Pediatric Dentistry", "LOCATION"], ["9125 Gateway Blvd W", "LOCATION"]], []],
  // (a word before the land's word in ALL CAPS: the letterhead rules take the name whole, as before)
  ["LITTLE HARBOR PEDIATRICS       AUG. 19, 2093", [["LITTLE HARBOR PEDIATRICS", "LOCATION"]], []],
  // hard negatives: a specialty after a clinical adjective, a bay's number, a disease named by the land
  ...cases("Pediatric Cardiology consulted.", [], ["Pediatric Cardiology"]),
  ...cases("Bay 12 Cardiology consult", [], ["Cardiology"]),
  ...cases("Valley fever titer sent", [], ["Valley"]),
  ...cases("Pediatric Dentistry clinic", [], ["Pediatric Dentistry"]),
  ...cases("Cosmetic Dentistry referral", [], ["Cosmetic Dentistry"]),
];

runTypedTable("clinical round 41 (fy48): a person in a form's role field", ["NAME", "DATE"], ROLE_FIELDS);
runTypedTable("clinical round 41 (fy48): an age over 89 in a form's column", ["AGE"], COLUMN_AGES);
runTypedTable("clinical round 41 (fy48): a practice named by a word of the land", ["LOCATION", "ORGANIZATION"], NATURE_PRACTICES);
