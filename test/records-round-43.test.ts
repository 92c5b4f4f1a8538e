// Why this file exists: table tests, with hard negatives, for stop 43's second-round rule on structured records (st43),
// read from fixture 31's C-CDA extract and FHIR Patient resource: a JSON member's or an XML element's value keyed by its
// name, any case (detect.ts recordField43()): a name part's key ("family", "given", "lastName") gives a NAME, a town's,
// a street line's or a postal code's key ("city", "streetAddressLine", "line", "postalCode") a LOCATION. Codes, code
// systems, OIDs and display texts are keyed by other names and stay untouched. Also an audit log's column of logins in
// a " | " table ("User ID" over "dmaslak": csv.ts pipeKindFx41()'s COLUMN_LOGIN43, detect.ts loginCell43()): an ID.
// Both engines, mixed case, ALL CAPS and lower case. Names and places are made up.
import { runTypedTable, type TypedCase } from "./helpers/place-table.js";

/** The row in mixed case, in capitals and in lower case, with its expected findings and kept words cased alike. */
function cased(text: string, found: ReadonlyArray<readonly [string, string]>, never: readonly string[]): TypedCase[] {
  const out: TypedCase[] = [];
  for (const f of [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()]) {
    out.push([f(text), found.map(([t, ty]) => [f(t), ty] as const), never.map(f)]);
  }
  return out;
}

const POSITIVES: ReadonlyArray<TypedCase> = [
  // a FHIR HumanName: "family" a string, "given" an array (each element its own finding; the next key is no value)
  ...cased('"name": [ { "family": "Tuilagi-Christensen", "given": [ "Malia", "Sefa" ] } ]',
    [["Tuilagi-Christensen", "NAME"], ["Malia", "NAME"], ["Sefa", "NAME"]], ["family", "given"]),
  // a C-CDA name: XML elements
  ...cased("<name><prefix>Dr.</prefix><given>Rohan</given><family>Malinowski-Reyes</family></name>",
    [["Rohan", "NAME"], ["Malinowski-Reyes", "NAME"]], ["prefix", "given", "family"]),
  // a FHIR address: the line with its house number, the town, the postal code
  ...cased('"address": [ { "line": [ "2280 W 4700 S" ], "city": "Taylorsville", "postalCode": "84129" } ]',
    [["2280 W 4700 S", "LOCATION"], ["Taylorsville", "LOCATION"], ["84129", "LOCATION"]], ["address", "city"]),
  // a C-CDA address, an element with attributes around it
  ...cased('<addr use="HP"><streetAddressLine>65 James St</streetAddressLine><city>Edison</city><postalCode>08820</postalCode></addr>',
    [["65 James St", "LOCATION"], ["Edison", "LOCATION"], ["08820", "LOCATION"]], ["addr", "city"]),
  // camelCase keys, no blank after the colon
  ...cased('{"lastName":"Okafor","firstName":"Chidi","patientName":"Okafor, Chidi"}',
    [["Okafor", "NAME"], ["Chidi", "NAME"], ["Okafor, Chidi", "NAME"]], ["lastName", "firstName"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a condition's coding: code, code system, display text
  ...cased('{ "coding": [ { "code": "38341003", "display": "Hypertension" } ], "text": "Hypertension" }', [],
    ["38341003", "Hypertension"]),
  // an XML code with its OID and display name, a section's title and text
  ...cased('<code code="44054006" codeSystem="2.16.840.1.113883.6.96" displayName="Diabetes"/><title>Problems</title><text>Asthma</text>',
    [], ["44054006", "Diabetes", "Problems", "Asthma"]),
  // a name part's key over a word saying no name is there; a medication record's "given" flag
  ...cased('{ "family": "unknown", "given": [ "none" ] }', [], ["unknown", "none"]),
  ...cased('{"dose": "25 mg", "given": "yes", "route": "PO", "name": "Metoprolol"}', [], ["yes", "Metoprolol"]),
  // a place's key over no place: a line with no house number, a town word, a postal code with no digit, a ward
  ...cased('{ "city": "Unknown", "line": [ "Homeless shelter" ] }', [], ["Unknown", "Homeless"]),
  ...cased('{"zip": "n/a", "postalCode": "pending", "city": "Ward 4B"}', [], ["pending", "Ward"]),
];

runTypedTable("records round 43: JSON and XML fields keyed by name (stop 43, st43)", ["NAME", "LOCATION"],
  [...POSITIVES, ...NEGATIVES]);

const AUDIT_HEAD = "Timestamp (ET)       | User ID   | Name                  | Role / dept\n";

const LOGINS: ReadonlyArray<TypedCase> = [
  // a login of letters, one with a digit
  ...cased(AUDIT_HEAD + "2099-03-12 14:02 | dmaslak   | Maslak, Dorota        | RN, 3 North\n" +
    "2099-03-12 22:47 | jtkachuk2 | Tkachuk, Jared        | PCT, 5 South\n", [["dmaslak", "ID"], ["jtkachuk2", "ID"]], ["Role"]),
  // a core English word or a short role under the column is no login; other columns' words are none
  ...cased(AUDIT_HEAD + "2099-03-13 06:15 | system    | n/a                   | Batch job\n" +
    "2099-03-13 06:20 | RN        | Registration          | billing\n", [], ["system", "Batch", "Registration", "billing"]),
];

runTypedTable("records round 43: an audit log's logins (stop 43, st43)", ["ID"], LOGINS);
