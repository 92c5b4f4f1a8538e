// Why this file exists: table tests, with hard negatives, for stop 63's names round (nm63,
// assembly/names/r63_nm63.ts): the first words of a surname written first that the older rules left before a "LAST,
// FIRST" name they found from the surname's last word: a piece glued by a hyphen ("3. O'Leary-Whitcombe, Rosalind"),
// particles or one more word after a person's cue ("pt de la vega, joaquin", "PT: SWIFT HAWK, LENA MARIE"). Rows in
// mixed case, ALL CAPS and lower case where the rule reads them, both engines; the people are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const HEADS: TypedCase[] = [
  // (a hyphen's piece with an Irish prefix's apostrophe, after a list's number; lower case was found whole before)
  ...casedRows("3. O'Leary-Whitcombe, Rosalind — colonoscopy 9:00\n", [["O'Leary-Whitcombe, Rosalind", N]], ["colonoscopy"]),
  ...casedRows("0750   Abernathy-Okafor, Samuel     GI lab\n", [["Abernathy-Okafor, Samuel", N]], ["lab"]),
  ...casedRows("Guarantor: D'Agostino-Fenn, Philomena · MRN 4471\n", [["D'Agostino-Fenn, Philomena", N], ["4471", "MRN"]], ["Guarantor"]),
  // (particles after a person's cue word with no colon; in ALL CAPS the older rules read "LA VEGA" and "JOAQUIN" apart)
  ["pt de la vega, joaquin  mrn 4471\n", [["de la vega, joaquin", N], ["4471", "MRN"]], ["pt"]],
  // (a two-word surname after "PT:", its first word a common English word beside another; mixed case is read apart)
  ["PT: SWIFT HAWK, LENA MARIE   DOB 01/02/1990\n", [["SWIFT HAWK, LENA MARIE", N], ["01/02/1990", "DATE"]], ["PT", "DOB"]],
  ["pt: swift hawk, lena marie   dob 01/02/1990\n", [["swift hawk, lena marie", N], ["01/02/1990", "DATE"]], ["pt", "dob"]],
];

// the older reading stays: a word after a line's start, a column or a digit is a heading's, a role's or a phrase's;
// a one-letter piece before a hyphen; a function word before the surname
const NEGATIVES: TypedCase[] = [
  ["0530  OUTPATIENT NGUYEN, QUOC BAO\n", [["NGUYEN, QUOC BAO", N]], ["OUTPATIENT"]],
  ["0530  outpatient nguyen, quoc bao\n", [["nguyen, quoc bao", N]], ["outpatient"]],
  ["CLAIMANT OYELOWO, BABATUNDE   ACCT\n", [["OYELOWO, BABATUNDE", N]], ["CLAIMANT", "ACCT"]],
  ["mailed to 212 rue beauregard, lafayette\n", [["beauregard, lafayette", N]], ["rue", "212"]],
  ["X-RAY, MARIA REVIEWED IT\n", [["RAY, MARIA", N]], ["X-"]],
  ["SEEN WITH HAWK, LENA AT BEDSIDE\n", [["HAWK, LENA", N]], ["WITH"]],
  ["seen with hawk, lena at bedside\n", [["lena", N]], ["with", "hawk"]],
];

runTypedTable("stop 63, nm63: a surname's first words before a LAST, FIRST name found from its last word", [N, "MRN", "DATE"], HEADS);
runTypedTable("stop 63, nm63: hard negatives (the older reading stays)", [N], NEGATIVES);
