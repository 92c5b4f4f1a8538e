// Why this file exists: table tests, with hard negatives, for stop 52's place rule (pl52): in lower case and ALL CAPS a
// street named without a house number right after a shop, its branch (the shop itself, its '#' number and a comma, or
// "on" after the shop, its number or a possessive): shopStreet52() in assembly/names/r52_pl52.ts. Each row in mixed case
// (the older rules read the capitals; where they do not, the row says so), ALL CAPS and lower case. Both engines.
// Shops' branches and streets are made up or changed.
import { casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const STREETS: TypedCase[] = [
  ...casedRowsEach("Home meds list from CVS on President Ave. Daughter at bedside.",
    [[["CVS", L], ["President Ave", L]], [["CVS", L], ["PRESIDENT AVE", L]], [["cvs", L], ["president ave", L]]], ["Daughter", "bedside"]),
  // (mixed case: the older organisation rule takes the street into the shop's span)
  ...casedRowsEach("Augmentin sent to Rite Aid National Rd. Work note given.",
    [[["Rite Aid National Rd", L]], [["RITE AID", L], ["NATIONAL RD", L]], [["rite aid", L], ["national rd", L]]], ["Work", "note"]),
  // (mixed case: the older facility rule runs on over the period, as at the base)
  ...casedRowsEach("Sent to Meijer Pharmacy Alpine Ave. Appt tomorrow.",
    [[["Meijer Pharmacy Alpine Ave. Appt", L]], [["MEIJER PHARMACY", L], ["ALPINE AVE", L]], [["meijer pharmacy", L], ["alpine ave", L]]], ["tomorrow"]),
  ...casedRowsEach("Pharmacy (CVS #2179, Main St, Andover, 978-555-0100)",
    [[["CVS", L], ["Main St, Andover", L]], [["CVS", L], ["MAIN ST, ANDOVER", L]], [["cvs", L], ["main st, andover", L]]], ["Pharmacy"]),
  // (mixed case: the capitals' neighbour rule reads a person, as at the base)
  ...casedRowsEach("Picked up at Walgreens #10422, Seargent Prentiss Dr, by her son.",
    [[["Walgreens", L]], [["WALGREENS", L], ["SEARGENT PRENTISS DR", L]], [["walgreens", L], ["seargent prentiss dr", L]]], ["son"]),
  ...casedRowsEach("Met at Hardee's on S Lake Dr (his pick).",
    [[["Hardee", L], ["S Lake Dr", L]], [["S LAKE DR", L]], [["s lake dr", L]]], ["pick"]),
  ...casedRowsEach("Rx sent to Walgreens #4471 on E Speedway Blvd. Survey sent.",
    [[["Walgreens", L], ["E Speedway Blvd", L]], [["WALGREENS", L], ["E SPEEDWAY BLVD", L]], [["walgreens", L], ["e speedway blvd", L]]], ["Survey"]),
  // (mixed case: no rule read "CVS Mass Ave" in a sentence at the base; stop 54's pharmacyStreet54 (fy54) reads the
  // street after the pharmacy's name)
  ...casedRowsEach("Shingrix given at CVS Mass Ave.",
    [[["Mass Ave", L]], [["CVS", L], ["MASS AVE", L]], [["cvs", L], ["mass ave", L]]], ["Shingrix"]),
  ...casedRowsEach("Drawn at LabCorp Brookline Ave PSC today.",
    [[["LabCorp Brookline Ave PSC", L]], [["LABCORP", L], ["BROOKLINE AVE", L]], [["labcorp", L], ["brookline ave", L]]], ["today"]),
];

// lower case and ALL CAPS: a maker before its product, a doctor's "dr", a determiner, a pharmacist's title
const both = (text: string, expected: ReadonlyArray<readonly [string, string]>, never: readonly string[]): TypedCase[] => [
  [text, expected, never],
  [text.toUpperCase(), expected.map(([t, y]) => [t.toUpperCase(), y] as const), never.map((w) => w.toUpperCase())],
];
const NEGATIVES: TypedCase[] = [
  ...both("mesh (bard ventralight st, lot 4471) placed", [["bard", L]], ["ventralight", "placed"]),
  ...both("sent to cvs on call dr smith today", [["cvs", L]], ["call", "today"]),
  ...both("walgreens pharmacist dr. okafor called.", [["walgreens", L]], ["pharmacist", "called"]),
  ...both("cvs on the main road today", [], ["main", "road", "today"]),
  ...both("refill at cvs per dr. lee.", [], ["refill", "per"]),
  ...both("sent to walgreens on file, dr lee aware", [["walgreens", L]], ["file", "aware"]),
];

// a county's or state's numbered route after a house number: lower case is the rule's (mixed case and ALL CAPS read the
// capitals; the town, state and ZIP join the address after it, as the older address tail takes them)
const ROUTES: TypedCase[] = [
  ...casedRowsEach("Location of care: home, 4417 County Route 12, Madrid, NY 13660",
    [[["4417 County Route 12, Madrid, NY", L]], [["4417 COUNTY ROUTE 12, MADRID, NY", L]], [["4417 county route 12, madrid, ny 13660", L]]], ["home"]),
  ...casedRowsEach("Incident location: 418 State Route 374, Dannemora - residence",
    [[["418 State Route 374, Dannemora", L]], [["418 STATE ROUTE 374, DANNEMORA", L]], [["418 state route 374, dannemora", L]]], ["residence"]),
  ...casedRowsEach("Guardian of the patient\n41722 County Route 12\nClayton Shoals, NY",
    [[["41722 County Route 12", L], ["Clayton Shoals, NY", L]], [["41722 COUNTY ROUTE 12", L], ["CLAYTON SHOALS, NY", L]], [["41722 county route 12", L]]], ["Guardian"]),
];
const ROUTE_NEGATIVES: TypedCase[] = [
  ["saw 2 state route signs today", [], ["signs", "today"]],
  ["took 2 county route 9 buses, then home", [], ["took", "buses"]],
  ["gave 3 state route 12 maps to him", [], ["gave", "maps"]],
];

runTypedTable("places 52: a street without a house number after a shop, its branch (three cases)", [L], STREETS);
runTypedTable("places 52: a county's or state's numbered route after a house number", [L], ROUTES);
runTypedTable("places 52: routes' hard negatives in lower case", [L], ROUTE_NEGATIVES);
runTypedTable("places 52: hard negatives in lower case and ALL CAPS", [L], NEGATIVES);
