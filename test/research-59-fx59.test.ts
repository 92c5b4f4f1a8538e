// Why this file exists: table tests, with hard negatives, for stop 59's clinical round from fixture 59 (fx59, clinical
// research and trials), in mixed case, ALL CAPS and lower case: the institution named right after a study site's number
// is the site's hospital or clinic, not an organisation (siteFacility59() in assembly/names/r59_fx59.ts, called from
// flush()); in capitals a contract research organisation after its "CRO:" label, the walk stopping at a column's gap
// before the next field (ORG_LABELS42 and capsEmployerEnd() in assembly/names/detect.ts); a participant's id after the
// NIH networks' "PTID" (src/builtins.ts). Hard negatives: an organisation after a sponsor's label, after "site" and a
// number with no separator, after "website", after a site's letter or a one-digit body site ("injection site 2"),
// after a site's number that ends a longer code; "PTID" with no number. Both engines; names invented.
import { FAC, ORG, casedRows, casedRowsEach, caselessRows, runPlaceTable, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const SITES = [
  ...caselessRows("SCREENING LOG - SITE 118 - UNIVERSITY OF TARNBY HOSPITALS & CLINICS\n",
    [["UNIVERSITY OF TARNBY HOSPITALS & CLINICS", FAC]], ["SCREENING LOG"]),
  ...casedRows("Site 07, Halvorsen University Health Methodist Hospital, Tarnby\n",
    [["Halvorsen University Health Methodist Hospital", FAC]], ["Site 07"]),
  ...casedRows("Site 3304 — Quenby University Health Clinical Research Center, 1541 Kings Hwy\n",
    [["Quenby University Health Clinical Research Center", FAC], ["1541 Kings Hwy", "location:address"]], ["Site 3304"]),
  ...casedRows("Site #0417 - Tarrow University Health Sciences Center\n", [["Tarrow University Health Sciences Center", FAC]], ["Site"]),
];

const CROS = [
  // (the sponsor's value the older label rule; the CRO's new; "PI" after the column's gap stays out of it)
  ...caselessRows("SPONSOR: VELLORA CARDIOMETABOLIC INC   CRO: SYNEOS HEALTH   PI: HALVARD ENGEBRETSEN, MD\n",
    [["VELLORA CARDIOMETABOLIC INC", ORG], ["SYNEOS HEALTH", ORG], ["HALVARD ENGEBRETSEN", "name:credential"]], ["PI:"]),
];

const NOT = [
  ...casedRows("Sponsor: Vellora Cardiometabolic Inc. Monitor visit planned.\n", [["Vellora Cardiometabolic Inc", ORG]], ["Monitor"]),
  ...casedRows("Report filed by site 12 with the Tarrow County Health Department.\n", [["Tarrow County Health Department", ORG]], ["site 12"]),
  ...casedRows("Website 118 - Tarrow County Health Department\n", [["Tarrow County Health Department", ORG]], ["Website"]),
  ...casedRows("Lab site B - Tarrow County Health Department notified.\n", [["Tarrow County Health Department", ORG]], ["site B"]),
  ...casedRows("Injection site 2 - Tarrow County Health Department vaccine.\n", [["Tarrow County Health Department", ORG]], ["site 2"]),
  // (in lower case the older rules find no organisation here)
  ...casedRowsEach("Site ND017 - Tarrow County Public Defender referral.\n",
    [[["Tarrow County Public Defender", ORG]], [["TARROW COUNTY PUBLIC DEFENDER", ORG]], []], ["ND017"]),
];

const PTIDS: ReadonlyArray<TypedCase> = [
  ...casedRows("Visit 2099-04-20. PTID 315-78-0441-2. Participant seen.\n", [["2099-04-20", "DATE"], ["315-78-0441-2", "ID"]], ["Participant"]),
  ...casedRows("PTID pending; screening visit 4/22.\n", [["4/22", "DATE"]], ["PTID"]),
];

runPlaceTable("stop 59 (fx59): a study site's hospital or clinic after the site's number", SITES);
runPlaceTable("stop 59 (fx59): a CRO after its label in capitals, up to a column's gap", CROS);
runPlaceTable("stop 59 (fx59): hard negatives, organisations after no study site's number", NOT);
runTypedTable("stop 59 (fx59): a participant's id after PTID", ["ID", "DATE"], PTIDS);
