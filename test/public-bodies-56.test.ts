// Why this file exists: table tests, with hard negatives, for stop 56's public bodies round (oh56), in mixed case, ALL
// CAPS and lower case, both engines: a court, a jail, a police department, a sheriff's office, an EMS, ambulance or fire
// service, a town's schools or school district named after a place found before it (publicTail56() in
// assembly/names/r56_oh.ts), and the words a public body's name goes on with after an organisation found before them
// (bodyTail56(): "Fire | Protection District", "Fire | & Rescue", "Ambulance | Service", "Fire District | 5", "School
// District | Four", "School | of Public Health"). Hard negatives: a county's court with no kind's word ("filed in
// Harlowe County court": the county alone, as often as not), a district's number a word follows ("Fire District 5
// medics"), a college's school of nursing (its department). Names invented.
import { casedRows, casedRowsEach, runPlaceTable, ORG, type PlaceCase } from "./helpers/place-table.js";

const COUNTY = "location:county";

const ROWS: ReadonlyArray<PlaceCase> = [
  // a county's court with its kinds' words between
  ...casedRows("Hearing before Harlowe County Adult Drug Court on 3/4.\n", [["Harlowe County Adult Drug Court", ORG]], ["Hearing"]),
  // a court's kinds joined by "and" after a town
  ...casedRows("Court: Ashgrove County Probate and Family Court, docket 44.\n", [["Ashgrove County Probate and Family Court", ORG]], ["docket"]),
  // a fire service's "& Rescue" after the organisation found before it (in lower case the older rules find no "quillon
  // township fire" to go on from: a gap left)
  ...casedRowsEach("Transport by Quillon Township Fire & Rescue at 1400.\n",
    [[["Quillon Township Fire & Rescue", ORG]], [["QUILLON TOWNSHIP FIRE & RESCUE", ORG]], []], ["Transport"]),
  // an ambulance's "Service"
  ...casedRows("Ground unit from Pellam Ambulance Service en route.\n", [["Pellam Ambulance Service", ORG]], ["Ground", "route"]),
  // a district's number spelled
  ...casedRows("Dillmore School District Four nurse called.\n", [["Dillmore School District Four", ORG]], ["nurse"]),
  // a fire district's number closing the name
  ...casedRows("EMS: Tessary Parish Fire District 5, pt found on road.\n", [["Tessary Parish Fire District 5", ORG]], ["found"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // a county's court with no kind's word stays the county's (in lower case the older county rule's body)
  ...casedRowsEach("Filed in Harlowe County court 4/30.\n",
    [[["Harlowe County", COUNTY]], [["HARLOWE COUNTY", COUNTY]], [["harlowe county court", ORG]]], ["Filed"]),
  // a district's number that a word follows
  ...casedRows("Pt seen by Quillon Fire District 5 medics.\n", [["Quillon Fire District", ORG]], ["5 medics"]),
  // a college's school of nursing: its department
  ...casedRows("Employee: vaccinated at Quillon College School of Nursing.\n", [["Quillon College School", ORG]], ["Nursing"]),
];

runPlaceTable("stop 56 (oh56): a public body named after a place or going on after its head", ROWS);
runPlaceTable("stop 56 (oh56): a county's bare court, a counted district, a college's school stay as they were", NOT);
