// Why this file exists: the table of CSV/TSV rows (patient lists, schedules, claims exports): values under a header
// column that names an identifier are found by the column (assembly/scanners/csv.ts, reason "cue:column"; a person's
// or a place's column by the name pass, "name:column", "location:column"), and a comma
// glued between two values of such a row is a field separator, not a thousands group (csvRow() in
// assembly/scanners/util.ts), on both engines; hard negatives: prose with thousands, measure columns, row numbers,
// date columns left to the DATE scanner.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const ROWS: RoundRows = [
  ["mrn,last,first,dob,phone\n1234567,Smith,John,01/02/1950,617-555-1234\n2345678,Nguyen,Thi Lan,1960-03-04,(508) 555-0199",
    [["MRN", "1234567"], ["NAME", "Smith"], ["NAME", "John"], ["DATE", "01/02/1950"], ["PHONE", "617-555-1234"], ["MRN", "2345678"],
      ["NAME", "Nguyen"], ["NAME", "Thi Lan"], ["DATE", "1960-03-04"], ["PHONE", "(508) 555-0199"]]],
  // an age column gives ages over 89 only; a row number under "id" is no identifier (fewer than four digits)
  ["id,name,ssn,zip,age\n12,Ann Lee,123456789,02114,93\n13,Bo Li,987654321,02139,45",
    [["NAME", "Ann Lee"], ["SSN", "123456789"], ["ZIP", "02114"], ["AGE", "93"], ["NAME", "Bo Li"], ["SSN", "987654321"], ["ZIP", "02139"]]],
  // tab-separated, CRLF line ends, two columns
  ["MRN\tName\r\n7788991\tJohn Smith\r\n7788992\tJane Doe\r\n",
    [["MRN", "7788991"], ["NAME", "John Smith"], ["MRN", "7788992"], ["NAME", "Jane Doe"]]],
  // column names of several words; a date column is the DATE scanner's
  ["patient_id,visit_date,account_number\nA100234,2024-01-02,55-123456",
    [["ID", "A100234"], ["DATE", "2024-01-02"], ["ACCOUNT", "55-123456"]]],
  ["name,phone,fax\nAnn Lee,6175550100,6175550199", [["NAME", "Ann Lee"], ["PHONE", "6175550100"], ["FAX", "6175550199"]]],
  // person and place columns (the name pass reads them): names no list has, initials, a role in brackets, a town
  ["MRN,Last,First,DOB,Appt,Provider,Phone\n2209311,Nguyen,Bao Chau,1990-02-14,2025-01-07 09:20,Strand K,206-555-0118",
    [["MRN", "2209311"], ["NAME", "Nguyen"], ["NAME", "Bao Chau"], ["DATE", "1990-02-14"], ["DATE", "2025-01-07 09:20"],
      ["NAME", "Strand K"], ["PHONE", "206-555-0118"]]],
  ["name,city,employer,state\nann lee,springfield,acme corp,MA\nbo li,Home,Unknown,CA",
    [["NAME", "ann lee"], ["LOCATION", "springfield"], ["LOCATION", "acme corp"], ["NAME", "bo li"]]],
  ["guardian,relationship\nDana Abernethy (mother),parent", [["NAME", "Dana Abernethy"]]],
  // hard negatives: a person's column holding no name, prose whose commas take blanks
  ["patient,status\nUnknown,active\nNone,discharged", []],
  ["Name, city and employer were not recorded.\nPatient, status unchanged.", []],
  // hard negatives: thousands in prose, a vitals table, measure columns, a lone number with thousands groups
  ["Platelets 150,000, WBC 12,500. Given 3,000 units.", []],
  ["Time,HR,BP,SpO2\n0800,88,120/80,97\n1200,92,118/76,98", []],
  ["site,case_count,total_visits\nNorth,1500,20417\nSouth,1733,19876", []],
  ["1,234,567", []],
  ["Alert, oriented\n3000, blah", []],
];

runRoundTable("CSV and TSV rows: identifiers by their header column", ROWS);

describe("CSV columns: the reason", () => {
  it("says the column found each", () => {
    const r = createRedactorSync({});
    const found = r.find("mrn,name,city\n1234567,Ann Lee,Springfield");
    expect(found.map((f) => [f.type, f.reason])).toEqual([["MRN", "cue:column"], ["NAME", "name:column"], ["LOCATION", "location:column"]]);
  });
});

describe("CSV columns in a session", () => {
  // a table longer than the header's reach (csv.ts CSV_WINDOW, 8 KiB): rows near the header take its cues, rows far
  // below do not, the same in one redact() and in a session cut anywhere
  const rows = ["mrn,name,city"];
  for (let i = 0; i < 2000; i++) rows.push(`${7700000 + i},Mekdes Haile${i % 7},Springfield`);
  const text = rows.join("\n");
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    it(`${engine}: rows within 8 KiB of the header take its cues, rows further below do not`, () => {
      const found = r.find(text);
      expect(found.some((f) => f.text === "7700001" && f.reason === "cue:column")).toBe(true);
      expect(found.some((f) => f.text === "7701999" && f.reason === "cue:column")).toBe(false);
    });
    it(`${engine}: a session, cut anywhere, gives redact()'s text`, () => {
      const whole = r.redact(text).text;
      for (const size of [97, 4096]) {
        const s = r.session();
        let out = "";
        for (let i = 0; i < text.length; i += size) out += s.push(text.slice(i, i + size));
        out += s.finish();
        expect(out).toBe(whole);
      }
    });
  }
  it("without the name detector, no column cue (its session window would not reach the header)", () => {
    const r = createRedactorSync({ nameDetector: false });
    expect(r.find("mrn,zip\n1234567,02114").some((f) => f.reason === "cue:column")).toBe(false);
  });
});
