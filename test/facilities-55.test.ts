// Why this file exists: table tests, with hard negatives, for stop 55's facility rule (hs55): a town, a state or a
// dictionary's name found by an older rule and a hospital's head words right after it that no rule took ("OUTER BANKS
// HOSPITAL ED", "chiloquin family clinic", "FORT BELKNAP IHS"), grown into one facility (facilityTail55() in
// assembly/names/r55_hs55.ts, read from detect.ts's span() before the pending span is written). Each positive row in
// mixed case, ALL CAPS and lower case. Both engines. Facilities and towns are made up or common.
import { caselessRows, casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const TAILS: TypedCase[] = [
  ...casedRows("Seen at: Outer Banks Hospital ED by the triage nurse.", [["Outer Banks Hospital", L]], ["triage", "nurse"]),
  ...casedRows("Awaiting Palo Verde Behavioral Health bed since noon.", [["Palo Verde Behavioral Health", L]], ["Awaiting", "noon"]),
  ...casedRows("Vaccine given by the nurse (Tahoma General nursery).", [["Tahoma General", L]], ["Vaccine", "nursery"]),
  // (ALL CAPS and lower case: in mixed case the older rules guess "Fort Belknap" a neighbour's name, no town)
  ...caselessRows("Seen first at Fort Belknap IHS (walk-in).", [["Fort Belknap IHS", L]], ["Seen", "walk"]),
  ...casedRows("Liver transplant at Cincinnati Children's on August 3rd.", [["Cincinnati Children's", L]], ["Liver", "transplant"]),
];

// a body's name that goes on after the head ("Health Service", "Health Steps", "Center for ..."), a department after a
// hospital's head, a clinical phrase. In ALL CAPS and lower case only, where the rule reads (in mixed case the older
// rules read the capitals: "Indian Health" is theirs)
const NEGATIVES: TypedCase[] = [
  ...caselessRows("Environmental: Indian Health Service office called.", [["Indian", L]], ["Health", "Service", "office"]),
  ...caselessRows("Enrolled in Texas Health Steps last year.", [["Texas", L]], ["Health", "Steps", "Enrolled"]),
  ...caselessRows("Referral to Boston Center for Refugee Health placed.", [["Boston", L]], ["Center", "Refugee", "placed"]),
  ...caselessRows("Seen in Highland Hospital Behavioral Health unit.", [["Highland Hospital", L]], ["Behavioral", "unit"]),
  ...casedRows("The patient has general malaise and community acquired pneumonia.", [], ["general", "malaise", "community"]),
];

runTypedTable("hs55: a hospital's head words after a town or a name", [L], TAILS);
runTypedTable("hs55: hard negatives", [L], NEGATIVES);
