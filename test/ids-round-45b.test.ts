// Why this file exists: table tests, with hard negatives, for stop 45's second identifier and date round (ix45), read
// from the misses of fixture 33 and fixtures 27-32 in all three cases: a record system's login woken by its '\' or '_'
// (id45.ts domainLogin45: "PRINTED BY FNS\DKOWALSKI"; underscoreLogin45: "login ohsu_ehollo", "(handle
// emm_ghostwolf17)"), a lot column under an aligned header whose name holds a digit ("UDI (GS1)", csv.ts
// wordDigit45), and a dotted date with one-digit parts alone at a line's end after a column's gap (date.ts
// dotColumn45: "ORDER # PN-0422-0047     4.22.99"). Both engines. Names and numbers are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string]>, readonly string[]];

/** A row in mixed case, ALL CAPS and lower case (test/helpers/place-table.ts). */
const cases3 = (row: Row): TypedCase[] => casedRows(...row);

const POSITIVES: ReadonlyArray<Row> = [
  // a Windows domain's login, DOMAIN\user (domainLogin45), whatever the case of either half
  ["Census printed 04/22/2099 by FNS\\dkowalski\nRoom 402", [["04/22/2099", "DATE"], ["FNS\\dkowalski", "ID"]], ["Room"]],
  ["Report pulled by CORP\\pkowal2 at shift change.", [["CORP\\pkowal2", "ID"]], ["shift"]],
  ["Exported (HHC\\j.morrow) to the shared queue.", [["HHC\\j.morrow", "ID"]], ["queue"]],
  // a login or a handle joined by '_' (underscoreLogin45): after a login's label, in brackets, or with digits in it
  ["Network login ohsu_ehollo. Device fitted.", [["ohsu_ehollo", "ID"]], ["Device"]],
  ["Scanned to chart by fd_kmurphy\nlast name on file", [["fd_kmurphy", "ID"]], ["last"]],
  ["Son set up the proxy (lgustafson_mt) yesterday.", [["lgustafson_mt", "ID"]], ["proxy"]],
  ["Met through an app, handle sammi_driftless88; she was", [["sammi_driftless88", "ID"]], ["app"]],
  ["Portal user id: soreilly_2291 reset today", [["soreilly_2291", "ID"]], ["reset"]],
  // a dotted date in a header's column at its line's end (dotColumn45)
  ["Progress note     Order # PN-0422-0047     4.22.99\nPt seen", [["PN-0422-0047", "ID"], ["4.22.99", "DATE"]], ["Progress"]],
  ["Grove Family Practice      3.14.99\nPatient seen", [["3.14.99", "DATE"]], ["Patient"]],
  // a lot column under a header whose name holds a digit glued to its letters, "UDI (GS1)" (csv.ts alignedHeader,
  // wordDigit45); the catalogue number under "REF" stays unlabelled, as the fixtures' gold leaves it
  ["ITEM            MFR        REF          LOT/SERIAL    UDI (GS1)\nFEMORAL CR      ACME       5510-F-401   MHRK4471      -\nPOLY INSERT     ACME       5532-G-410   KL99041       -\nBONE CEMENT     ACME       6191-1-010   ZAD447        -",
    [["MHRK4471", "ID"], ["KL99041", "ID"], ["ZAD447", "ID"]], ["5510-F-401", "5532-G-410", "6191-1-010"]],
  // three digits after two letters under an identifier's column (alignedColumnField); not under a count's or a room's
  ["DRUG          ROOM     QTY      LOT\nCEFAZOLIN     RM 412   QT 100   KX447\nHEPARIN       RM 414   QT 250   KX448", [["KX447", "ID"], ["KX448", "ID"]], ["100", "250"]],
];

const NEGATIVES: ReadonlyArray<Row> = [
  // alternatives written with a backslash, a path, a one-letter shorthand: no login
  ["Consent and\\or refusal discussed with his\\her guardian; yes\\no boxes; w\\o pain.", [], ["and\\or", "his\\her", "yes\\no", "w\\o"]],
  ["Image saved to C:\\Users\\Public\\scans and \\\\server\\share\\echo today.", [], ["Users", "Public", "server", "share"]],
  ["Dose 5 mcg\\kg\\min titrated.", [], ["mcg\\kg"]],
  // a template's field names, a file's name, a short code: no login
  ["[ report_end ]\nencounter_id,patient_name,visit_date", [], ["report_end", "encounter_id", "patient_name"]],
  ["See attached scan_0447.pdf and ecg_trace.xml; ICD_10 code; x_ray done.", [], ["scan_0447", "ecg_trace", "ICD_10", "x_ray"]],
  ["Signature line: ________ date ____", [], ["________"]],
  // a version's number, in a column after its word or in prose, and lab values stay unfound
  ["Software version     4.22.99\nFirmware rev   2.1.19", [], ["4.22.99", "2.1.19"]],
  ["Pump upgraded to 4.2.19 today; K 4.2, Mg 1.9.", [], ["4.2.19", "4.2,"]],
  // a flowsheet whose header names carry digits ("SPO2", "FIO2") is a header now, and its columns name no identifier
  ["TIME    HR    SPO2    FIO2    RESP\n0800    88    97      0.40    20\n0900    84    95      0.35    18", [], ["97", "0.40", "95"]],
];

runTypedTable("ids round 45b: logins and dotted column dates (stop 45, ix45)",
  ["ID", "MRN", "DATE", "LICENSE", "ACCOUNT", "DEVICE"],
  [...POSITIVES.flatMap(cases3), ...NEGATIVES.flatMap(cases3)]);
