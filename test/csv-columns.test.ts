// Why this file exists: the table of CSV/TSV rows (patient lists, schedules, claims exports): values under a header
// column that names an identifier are found by the column (assembly/scanners/csv.ts, reason "cue:column"), and a comma
// glued between two values of such a row is a field separator, not a thousands group (csvRow() in
// assembly/scanners/util.ts), on both engines; hard negatives: prose with thousands, measure columns, row numbers,
// date columns left to the DATE scanner.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";
import { runRoundTable, type RoundRows } from "./helpers/round-table.js";

const ROWS: RoundRows = [
  ["mrn,last,first,dob,phone\n1234567,Smith,John,01/02/1950,617-555-1234\n2345678,Nguyen,Thi Lan,1960-03-04,(508) 555-0199",
    [["MRN", "1234567"], ["NAME", "Smith,John"], ["DATE", "01/02/1950"], ["PHONE", "617-555-1234"], ["MRN", "2345678"],
      ["NAME", "Nguyen,Thi Lan"], ["DATE", "1960-03-04"], ["PHONE", "(508) 555-0199"]]],
  // an age column gives ages over 89 only; a row number under "id" is no identifier (fewer than four digits)
  ["id,name,ssn,zip,age\n12,Ann Lee,123456789,02114,93\n13,Bo Li,987654321,02139,45",
    [["NAME", "Ann Lee"], ["SSN", "123456789"], ["ZIP", "02114"], ["AGE", "93"], ["SSN", "987654321"], ["ZIP", "02139"]]],
  // tab-separated, CRLF line ends, two columns
  ["MRN\tName\r\n7788991\tJohn Smith\r\n7788992\tJane Doe\r\n",
    [["MRN", "7788991"], ["NAME", "John Smith"], ["MRN", "7788992"], ["NAME", "Jane Doe"]]],
  // column names of several words; a date column is the DATE scanner's
  ["patient_id,visit_date,account_number\nA100234,2024-01-02,55-123456",
    [["ID", "A100234"], ["DATE", "2024-01-02"], ["ACCOUNT", "55-123456"]]],
  ["name,phone,fax\nAnn Lee,6175550100,6175550199", [["NAME", "Ann Lee"], ["PHONE", "6175550100"], ["FAX", "6175550199"]]],
  // hard negatives: thousands in prose, a vitals table, measure columns, a lone number with thousands groups
  ["Platelets 150,000, WBC 12,500. Given 3,000 units.", []],
  ["Time,HR,BP,SpO2\n0800,88,120/80,97\n1200,92,118/76,98", []],
  ["site,case_count,total_visits\nNorth,1500,20417\nSouth,1733,19876", []],
  ["1,234,567", []],
  ["Alert, oriented\n3000, blah", []],
];

runRoundTable("CSV and TSV rows: identifiers by their header column", ROWS);

describe("CSV columns: the reason", () => {
  it("says the column found it", () => {
    const r = createRedactorSync({});
    expect(r.find("mrn,name\n1234567,Ann Lee").find((f) => f.type === "MRN")?.reason).toBe("cue:column");
  });
});
