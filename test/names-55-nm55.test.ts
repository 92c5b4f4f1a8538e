// Why this file exists: table tests, with hard negatives, for stop 55's name round (nm55), in mixed case, ALL CAPS and
// lower case: a person's name cut after its first word. A given name whose surname the place rules read as a town
// before a state or an organisation ("Adjuster: Rosalind Quillfeather, Ohio Mutual"): the surname joins the name and the
// place keeps its own words (surnameTown55() in assembly/names/r55_nm55.ts). And a surname written first in a tracker's
// row, a list's item or a label, its given name after the comma closing a field ("0415  T22   HALVORSEN, MAE   6N-14",
// "518 | quarles, august | 101": invertedGiven55()). Hard negatives: a town list after a facility ("Riverside Medical
// Center, Myrtle Bay, SC"), a lake's name after "on", a titled surname and its department ("Dr. Patel, Cardiology"), a
// town after a guessed name ("Lima, Cusco"), a food list in lower case, a credential after a surname ("Lane Overbye,
// PA-C"), and the brief's pairs ("Mr. Brown" / "brown stool", "Dr. Will" / "will follow up", "Hope Smith" / "hopes to").
// Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const SURNAME_TOWN: ReadonlyArray<TypedCase> = [
  ...casedRows("Adjuster: Rosalind Quillfeather, Ohio Mutual, 800-555-0100.\n",
    [["Rosalind Quillfeather", N], ["Ohio Mutual", L]], ["Adjuster"]),
  ...casedRows("Referring cardiologist Dr. Corwin Brightwater, Ohio Heart Group (fax 614-555-0101).\n",
    [["Corwin Brightwater", N], ["Ohio Heart Group", L]], ["Referring", "cardiologist"]),
  // (a state's word as the surname: a cue's name only; ALL CAPS guesses the given name from the dictionary)
  ...casedRowsEach("Employee: Darnell Washington   Employer: Acme Freight\n",
    [[["Darnell Washington", N], ["Acme Freight", L]], [["DARNELL", N], ["WASHINGTON", L], ["ACME FREIGHT", L]],
      [["darnell washington", N], ["acme freight", L]]], ["Employee"]),
];

const INVERTED: ReadonlyArray<TypedCase> = [
  ...casedRows("0415  T22   HALVORSEN, MAE   6N-14\n", [["HALVORSEN, MAE", N]], ["T22"]),
  ...casedRows("518 | quarles, august | 101 | fall\n", [["quarles, august", N]], ["fall"]),
  // (a comma closes the field in mixed case and capitals; in lower case a comma may go on with a list)
  ...casedRowsEach("Pt Halvorsen, Mae, 91 y/o F, from home.\n",
    [[["Halvorsen, Mae", N]], [["HALVORSEN, MAE", N]], [["halvorsen", N]]], ["home"]),
  ...casedRows("Client: Okonkwo-Pratt, Esperanza   DOB 01/02/1990\n", [["Okonkwo-Pratt, Esperanza", N]], ["Client"]),
];

// (the place's words stay the place's: NAME and LOCATION compared)
const NOT_PLACES: ReadonlyArray<TypedCase> = [
  ...casedRows("Clinic: Riverside Medical Center, Myrtle Bay, SC 29577.\n",
    [["Riverside Medical Center, Myrtle Bay, SC", L]], ["Clinic"]).slice(0, 2),
  // (stop 60, pl60: the lake's head before its name after a word of where is read in mixed case too, landHead60() in
  // r60_pl60.ts: the gap this row recorded, "Lake" a person's word and "Vermilion" a town, is closed)
  ...casedRowsEach("She hopes to see the ice go out on Lake Vermilion one more time.\n",
    [[["Lake Vermilion", L]], [["LAKE VERMILION", L]], [["lake vermilion", L]]], ["hopes", "ice"]),
  ...casedRows("Travel: departs April 9 to Peru (Lima, Cusco, 4-day trek).\n",
    [["Peru", L], ["Lima", N], ["Cusco", L]], ["trek"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Seen by Dr. Patel, Cardiology  (x4471)\n", [["Patel", N]], ["Cardiology"]),
  ...casedRowsEach("Foods eaten: fried pollock, noodles, green beans.\n",
    [[], [["FRIED POLLOCK", N]], [["pollock", N]]], ["noodles", "beans"]),
  ...casedRowsEach("Referred by Lane Overbye, PA-C, Coral Health.\n",
    [[["Lane Overbye", N]], [["OVERBYE", N]], [["overbye", N]]], ["PA-C"]),
  ...casedRowsEach("Mr. Brown has brown stool. Dr. Will will follow up. Hope Smith hopes to go home.\n",
    [[["Brown", N], ["Will", N], ["Hope Smith", N]], [["BROWN", N], ["WILL", N]], [["brown has", N], ["will", N]]],
    ["stool", "follow", "hopes"]),
];

runTypedTable("stop 55 (nm55): a given name's surname read as a town before a state or an organisation", [N, L], SURNAME_TOWN);
runTypedTable("stop 55 (nm55): a surname written first, its given name after the comma closing a field", [N], INVERTED);
runTypedTable("stop 55 (nm55): hard negatives, a town list, a lake, a town after a guessed name", [N, L], NOT_PLACES);
runTypedTable("stop 55 (nm55): hard negatives, town lists, departments, credentials, food lists and the brief's pairs", [N], NOT);
