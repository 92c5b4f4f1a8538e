// Why this file exists: table tests, with hard negatives, for the stop 31 facilities round (fac31): a facility's short
// name before its unit ("Good Sam Emergency Department", "ST. BRIGID'S REGIONAL ED", "MAPLE RIDGE CBOC") and a
// facility's tail word after a place or a facility just found ("Vermont Med", "CINCINNATI NORTH", "oshkosh regional"),
// in mixed case, ALL CAPS and lower case; and the unit phrases, drugs and feasts that stay words. Both engines. Names are
// made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const UNITS: ReadonlyArray<PlaceCase> = [
  // a short name before "Emergency Department" (the department's words stay out), after a dash or "at"
  ["ED Triage — Kelloway Emergency Department", [["Kelloway", FAC]], ["Triage", "Emergency", "Department"]],
  ["Seen at Kelloway Emergency Department today.", [["Kelloway", FAC]], ["Seen", "Emergency", "today"]],
  ["ED Triage — Good Sam Emergency Department", [["Good Sam", FAC]], ["Triage", "Emergency"]],
  // a saint's possessive and a facility's word before "ED"
  ["TRANSPORTED TO ST. BRIGID'S REGIONAL ED, NOT CLOSEST.", [["ST. BRIGID'S REGIONAL", FAC]], ["TRANSPORTED", "ED", "CLOSEST"]],
  // (the unit is left to the older rules, which take it where they did before; here they leave it)
  // a level between the name and its unit stays out
  ["NICU PROGRESS NOTE - CHILDREN'S HALVERSON LEVEL III NICU, DOL 4", [["CHILDREN'S HALVERSON", FAC]], ["PROGRESS", "LEVEL", "DOL"]],
  // a VA clinic named by its town's words, after the system's name and a dash
  // (stop 34: "CBOC" is now part of the clinic's name, vaSite34: fixtures 15 and 21 label "Fort Kessler CBOC" and
  // "Mount Vernon CBOC" whole; it had been kept as a unit word like "ED")
  ["VA NORTHERN HCS - MAPLE RIDGE CBOC", [["MAPLE RIDGE CBOC", FAC]], ["NORTHERN", "HCS"]],
  // lower-case text, a town's guess re-typed as the facility
  ["seen that night at stony brook ed, ct negative. mom agrees with plan.", [["stony brook", FAC]], ["night", "negative"]],
  // a place and its tail word before the unit, after a comma
  ["BY DR WINSLOW, CINCINNATI NORTH ED.", [["WINSLOW", "name:title"], ["CINCINNATI NORTH", FAC]], ["BY", "ED"]],
  // a facility's acronym the older rules found keeps its span
  ["Seen at RCH ED yesterday.", [["RCH", FAC]], ["Seen", "ED", "yesterday"]],
];

const TAILS: ReadonlyArray<PlaceCase> = [
  ["Recommends transfer to Vermont Med PICU.", [["Vermont Med", "location:state"]], ["Recommends", "PICU"]],
  ["pulm rehab at oshkosh regional - referral sent. pt agrees with plan.", [["oshkosh regional", FAC]], ["rehab", "referral"]],
  // (stop 32, clinical round 23: the same span, now typed as the facility it is by whereTail23, a name and a tail word
  // after "at"; the city rule had taken the hospital for a town)
  ["Colonoscopy at Elmsford General was normal.", [["Elmsford General", FAC]], ["Colonoscopy", "normal"]],
  ["DIALYSIS AT TULSA EAST; NEPHROLOGIST DR KEMP.", [["TULSA EAST", "location:city"], ["KEMP", "name:title"]], ["DIALYSIS", "NEPHROLOGIST"]],
  // a town the name rules took for a person's name becomes the facility
  ["Seen at Morrison General in May.", [["Morrison General", FAC]], ["Seen"]],
  ["Seen at Whitaker Memorial in May.", [["Whitaker Memorial", FAC]], ["Seen"]],
  // a tail before "for" is the older rules' organisation; a person's name with a title or a compass surname stays
  ["Referred to the Boston Center for Refugee Health today.", [["Boston", "name:dictionary"], ["Center for Refugee Health", "location:organization"]], ["Referred"]],
  ["Called John West today.", [["John West", "name:neighbour"]], ["Called"]],
  ["Seen by Dr. Barron Center today.", [["Barron Center", "name:title"]], ["Seen"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a unit with no hospital's name before it
  ["Brought to the ED by EMS.", [], ["ED"]],
  ["CAME TO THE ED.", [], ["ED"]],
  ["Transfer to ICU for pressors.", [], ["ICU"]],
  ["TRANSFER TO ICU.", [], ["ICU"]],
  ["Seen in Peds ED.", [], ["Peds", "ED"]],
  ["Seen in the Pediatric ED.", [], ["Pediatric", "ED"]],
  ["Returned to the Emergency Department.", [], ["Emergency", "Department"]],
  ["SEEN AT COMMUNITY HOSPITAL ED.", [], ["COMMUNITY", "HOSPITAL", "ED"]],
  ["GENERAL SURGERY ICU NOTE", [], ["GENERAL", "SURGERY", "ICU"]],
  ["Diabetes ed provided.", [], ["Diabetes", "ed"]],
  // a drug's extended release, a delirium scale glued to its unit
  ["Switch to oxycodone ER 20 mg q12h.", [], ["oxycodone", "ER"]],
  ["CAM-ICU negative.", [], ["CAM", "ICU"]],
  // a tail word without a place before it, a herb, a feast, a law
  ["Regional anesthesia was used.", [], ["Regional"]],
  ["Memorial Day weekend.", [], ["Memorial"]],
  ["St. John's wort daily.", [], ["John"]],
  ["Good Samaritan law applies.", [], ["Good", "Samaritan"]],
  ["Seen at Outside Hospital today.", [], ["Outside", "Hospital"]],
];

runPlaceTable("a facility's short name before its unit (stop 31 facilities round)", UNITS);
runPlaceTable("a facility's tail word after a place just found (stop 31 facilities round)", TAILS);
runPlaceTable("units, drugs and feasts stay words (stop 31 facilities round)", NEGATIVES);
