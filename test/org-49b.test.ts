// Why this file exists: table tests, with hard negatives, for the stop 49 second-round organisations rule og49b: in
// lower case and ALL CAPS, oneOwn49b() lets caselessHead48() (og48b) read ONE own word before a head ("(sunbelt home
// health),", "(exact sciences, 01/2097)") when brackets, a field's middle dot, a label's colon or a provider's
// credential and its comma open the name and its field closes right after the head (or after one listed town). Mixed
// case reads these names by their capitals (older rules). Hard negatives: a kind's, a service's, a body part's or a
// disease's word before a head ("(home health)", "(behavioral health)", "(diabetes clinic)", "· heart institute ·",
// "(foster care)", "(dental clinic)"), a bare department's head ("clinic", "care", "center"), "(house fire,", and a
// specialty after a credential ("md, nuclear medicine"). Both engines.
import { FAC, ORG, caselessRows as caseless, runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  // brackets around one own word, a kind's word and the head, closed by the bracket or a comma
  ...caseless("Plan: home safety eval (Sunbelt Home Health), alert device.", [["Sunbelt Home Health", ORG]], ["safety", "alert", "device"]),
  ...caseless("Screening kit mailed (Exact Sciences, 01/2097).", [["Exact Sciences", ORG]], ["Screening", "kit", "mailed"]),
  // a provider's credential and its comma (older rules already; kept as the frame's row)
  ...caseless("Return note from Ana Ruiz, LCSW, Briarwood Hospital, 702-555-0163.", [["Ana Ruiz", "name:neighbour"], ["Briarwood Hospital", FAC], ["702-555-0163", "validator:nanp"]], ["Return", "note"]),
  // a field's middle dot, closed by " (" before the town
  ...caseless("Credentialing checklist · Larkspur Hospital (Asheville) · approved", [["Larkspur Hospital", FAC], ["Asheville", "location:city"]], ["Credentialing", "approved"]),
  // "health" alone as the head (health49b()): in lower case now, ALL CAPS by older rules
  ["insurance card copied (meadowlark health).", [["meadowlark health", FAC]], ["insurance", "card"]],
  ["INSURANCE CARD COPIED (MEADOWLARK HEALTH).", [["MEADOWLARK HEALTH", ORG]], ["INSURANCE", "CARD"]],
  ["SUMMARY · BRIGHTWATER HEALTH (TULSA) · REVIEWED", [["BRIGHTWATER HEALTH", FAC], ["TULSA", "location:city"]], ["SUMMARY", "REVIEWED"]],
  // (mixed case: the capitals name them, as before)
  ["Plan: home safety eval (Sunbelt Home Health), alert device.", [["Sunbelt Home Health", ORG]], ["safety", "alert"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Pt in (good health) overall.", [], ["good", "health"]),
  ...tri("Referred (home health) for wound care.", [], ["home", "health", "wound"]),
  ...tri("Consult placed (behavioral health).", [], ["behavioral", "health"]),
  ...tri("Follow-up (diabetes clinic) in 3 months.", [], ["diabetes", "clinic"]),
  ...tri("Visit · heart institute · follow up.", [], ["heart", "institute"]),
  ...tri("Visit · wound care center · follow up.", [], ["wound", "care", "center"]),
  ...tri("Referred to the physical therapy clinic.", [], ["physical", "therapy", "clinic"]),
  ...tri("Referred (sleep medicine clinic).", [], ["sleep", "medicine", "clinic"]),
  ...tri("Placement (foster care) pending.", [], ["foster", "care"]),
  ...tri("Seen (dental clinic) today.", [], ["dental", "clinic"]),
  ...tri("Consult (neuro oncology) placed.", [], ["neuro", "oncology"]),
  ...tri("Burns 32% TBSA flame (house fire, lost home).", [], ["house", "fire"]),
  ...caseless("Plan: hospital pharmacy to dispense.", [], ["hospital", "pharmacy"]),
  ["JANE ROE, MD, RADIATION ONCOLOGY", [["JANE ROE", "name:neighbour"]], ["RADIATION", "ONCOLOGY"]],
  ["jane roe, md, radiation oncology", [["jane roe", "name:credential"]], ["radiation", "oncology"]],
];

runPlaceTable("og49b: one own word before a head, framed by brackets, a field's dot, a colon or a credential's comma", NAMED);
runPlaceTable("og49b: kind's, service's, body part's or disease's words before a head, bare department heads", NEGATIVES);
