// Why this file exists: table tests, with hard negatives, for stop 50's name round (nm50). A credential or an
// identifier's label spelled like a state's code after a person's comma ("Juniper Hales, MA", "Peter Haakonsen,
// CT(ASCP)", "interpreter Abdi, ID 40172") is no state, and the word before it no town: the person's name is found
// whole. Hard negatives: a town and its state with no person before it ("Boston, MA", "Salem, MA 01970", "Boise, ID
// 83702") stay a place. Both engines, mixed case, ALL CAPS and lower case; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const FOUND: ReadonlyArray<TypedCase> = [
  // a credential's code after a name's comma (lower case: no state is read there)
  ...casedRowsEach("PDMP checked 5/14/99 by Juniper Hales, MA.\n",
    [[["Juniper Hales", N]], [["JUNIPER HALES", N]], []], ["MA", "PDMP"]),
  ...casedRowsEach("Routed to: Julie Ferreira, MA (fax outgoing request)\n",
    [[["Julie Ferreira", N]], [["JULIE FERREIRA", N]], [["julie ferreira", N]]], ["MA", "fax"]),
  ...casedRowsEach("Dr. Lasse Marttila, DC\n",
    [[["Lasse Marttila", N]], [["LASSE MARTTILA", N]], [["lasse marttila", N]]], ["DC"]),
  // a credential's code before its bracket
  ...casedRowsEach("ROSE by Peter Haakonsen, CT(ASCP): malignant cells.\n",
    [[["Peter Haakonsen", N]], [["PETER HAAKONSEN", N]], [["peter haakonsen", N]]], ["CT", "ROSE", "malignant"]),
  // "ID" before an identifier that is no Idaho ZIP
  ...casedRowsEach("Language: Somali (interpreter Abdi, ID 40172).\n",
    [[["Abdi", N]], [["ABDI", N]], [["abdi", N]]], ["Somali", "interpreter"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a town and its state, no person before it
  ...casedRowsEach("Lives in Salem, MA 01970 with her son.\n",
    [[["Salem, MA", L]], [["SALEM, MA", L]], [["salem", L]]], ["Lives", "son"]),
  ...casedRowsEach("Boston, MA\n", [[["Boston, MA", L]], [["BOSTON, MA", L]], [["boston", L]]], []),
  ...casedRowsEach("Mailing address: 12 Elm St, Boise, ID 83702.\n",
    [[["12 Elm St, Boise, ID", L]], [["12 ELM ST, BOISE, ID", L]], [["12 elm st, boise, id 83702", L]]], ["Mailing"]),
  // the word "neighbor" with no name after it
  ...casedRows("The neighbor helped her home.\n", [], ["neighbor", "helped"]),
];

runTypedTable("stop 50 (nm50): a credential or an ID label spelled like a state's code after a person's comma", [N, L], FOUND);
runTypedTable("stop 50 (nm50): hard negatives, a town and its state found as before", [N, L], NEGATIVES);
