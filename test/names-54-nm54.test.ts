// Why this file exists: table tests, with hard negatives, for stop 54's name round (nm54), in mixed case, ALL CAPS and
// lower case: a person named right before his or her own e-mail address, after a role or a relation word ("OUR CASE
// MANAGER IS TAVON PRUETT TPRUETT@...", "daughter odalys bermejo odalys.b@..."): the name's span stops before the
// address's local part (emailLocal54() in assembly/names/r54_nm54.ts), so the person's words stay a NAME and the address
// an EMAIL, where the overlap merge had typed them all EMAIL. And a listed word one blank after a role or a relation word
// and right before a name found after it, the name's first word ("Interpreter Thu Lan Vo", "Witness Fen Liang":
// leadWord54()). Hard negatives: an address alone; a language, a credential, a mode, a trade's or a religious title
// between the role and the name ("Interpreter Spanish Maria Lopez", "Witness RN Jo Smith", "Witness: driller Remy
// Boudin", "mother superior Agnes Toole"); and the brief's sentences after a relation or a role word ("Daughter is
// worried", "Son will call", "Wife at bedside", "Interpreter: Spanish", "Witness: none", "Driver: self", "Mother has
// diabetes"). Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const E = "EMAIL";

const BEFORE_EMAIL: ReadonlyArray<TypedCase> = [
  ...casedRows("Our case manager is Tavon Pruett tpruett@ridgeline.example for questions.\n",
    [["Tavon Pruett", N], ["tpruett@ridgeline.example", E]], ["case", "questions"]),
  ...casedRows("Sepsis coordinator Marisol Quintero marisol.quintero@lakeshore.example, pager 4471.\n",
    [["Marisol Quintero", N], ["marisol.quintero@lakeshore.example", E]], ["Sepsis", "pager"]),
  ...casedRows("Daughter Odalys Bermejo Ruiz odalys.br@mail.example (text only).\n",
    [["Odalys Bermejo Ruiz", N], ["odalys.br@mail.example", E]], ["Daughter", "text"]),
  ...casedRows("HR contact Priya Venkataraman-Holt priya.vh@northwind-hr.example.\n",
    [["Priya Venkataraman-Holt", N], ["priya.vh@northwind-hr.example", E]], ["contact"]),
  ...casedRows("Rep: Dashiell Okonkwo dokonkwo@medsupply-example.com\n",
    [["Dashiell Okonkwo", N], ["dokonkwo@medsupply-example.com", E]], ["Rep"]),
];

const LEAD_WORD: ReadonlyArray<TypedCase> = [
  ...casedRows("Interpreter Thu Lan Vo (ID INT-2210) present.\n", [["Thu Lan Vo", N]], ["Interpreter", "present"]),
  ...casedRows("Witness Fen Liang / copy to PCP.\n", [["Fen Liang", N]], ["Witness", "copy"]),
  ...casedRows("Chuukese interpreter Sweeter Nena (Pacific ID PG-7710).\n", [["Sweeter Nena", N]], ["Chuukese", "interpreter"]),
  ...casedRows("Household: wife Sat Kiran Kaur (IGRA neg).\n", [["Sat Kiran Kaur", N]], ["Household", "wife"]),
];

const LEAD_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Interpreter Spanish Maria Lopez present.\n", [["Maria Lopez", N]], ["Interpreter", "Spanish"]),
  ...casedRows("Witness RN Jo Smith.\n", [["Jo Smith", N]], ["Witness", "RN"]),
  ...casedRows("Interpreter used Nguyen today.\n", [["Nguyen", N]], ["Interpreter", "used"]),
  ...casedRows("Driver today Lopez.\n", [["Lopez", N]], ["Driver", "today"]),
  ...casedRows("Witness: driller Remy Boudin.\n", [["Remy Boudin", N]], ["Witness", "driller"]),
  ...casedRows("Contact mother superior Agnes Toole 347-555-0188.\n", [["Agnes Toole", N]], ["mother", "superior"]),
  // (the merge, fixture 50: a name that opens with initials after a label's word)
  ...casedRowsEach("Driver signature J.A. Villalobos   examiner on file.\n",
    [[["J.A. Villalobos", N]], [["J.A. VILLALOBOS", N]], [["villalobos", N]]], ["Driver", "signature"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Send records to jsmith@example.org today.\n", [["jsmith@example.org", E]], ["records", "today"]),
  ...casedRows("Questions: case manager at cm@mercy.example.org.\n", [["cm@mercy.example.org", E]], ["Questions", "manager"]),
  ...casedRows("Daughter is worried about her memory.\n", [], ["Daughter", "worried"]),
  ...casedRows("Son will call tomorrow.\n", [], ["Son", "call"]),
  ...casedRows("Wife at bedside.\n", [], ["Wife", "bedside"]),
  ...casedRows("Interpreter: Spanish.\n", [], ["Interpreter", "Spanish"]),
  ...casedRows("Witness: none.\n", [], ["Witness", "none"]),
  ...casedRows("Driver: self.\n", [], ["Driver", "self"]),
  ...casedRows("Mother has diabetes.\n", [], ["Mother", "diabetes"]),
];

runTypedTable("stop 54 (nm54): a person named right before his or her own e-mail address", [N, E], BEFORE_EMAIL);
runTypedTable("stop 54 (nm54): a listed word between a role or a relation word and the name, the name's first word", [N], LEAD_WORD);
runTypedTable("stop 54 (nm54): hard negatives, a language, a credential, a mode or a title between the role and the name", [N], LEAD_NOT);
runTypedTable("stop 54 (nm54): hard negatives, an address alone and sentences after a relation or a role word", [N, E], NOT);
