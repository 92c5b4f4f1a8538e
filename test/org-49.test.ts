// Why this file exists: table tests, with hard negatives, for the stop 49 organisations round og49: in lower case and
// ALL CAPS, caselessHead48() (og48b) reads a body's name before its head after four more openings: a saint's "st." or
// "saint", "holy" or "sacred" opening the name (the name rules read "st. joseph" as a person; "holy" ends in -ly), a
// person's name found by a title, cue or credential and its comma ("dr. hadiza bello, olentangy pediatric group"),
// brackets around the name ("(acadiana oilfield services)"), and a field's middle dot before it ("· thrifty white
// pharmacy,"). Mixed case reads these names by their capitals (older rules); rows say so where the row is one case.
// Hard negatives: generic words before a head ("the physical therapy team", "(home health services)", "· wound care
// center ·"), a saint's or "holy" word with no head ("holy communion", "st. louis"), a department after a hospital's
// acronym ("dr. meade, pcgh stroke clinic"), a record number's prefix that is a head ("· claim number ltd-99210").
// Both engines.
import { FAC, ORG, caselessRows as caseless, runPlaceTable, type PlaceCase, casedRows as tri } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  // a saint or "holy" opens the name
  ...caseless("Member St. Stanislaus Polish National Catholic Church.", [["St. Stanislaus Polish National Catholic Church", ORG]], ["Member"]),
  ...caseless("Fr. Remy Boudreaux of St. Anselm Catholic Church, gave anointing.", [["Remy Boudreaux", "name:title"], ["St. Anselm Catholic Church", ORG]], ["anointing"]),
  ...caseless("He asked that St. Anne Catholic Church on Maryland Pkwy be told.", [["St. Anne Catholic Church", ORG], ["Maryland Pkwy", "location:address"]], ["asked", "told"]),
  ...caseless("Retired teacher (taught at Holy Redeemer School in Haverford).", [["Holy Redeemer School", ORG], ["Haverford", "location:city"]], ["teacher"]),
  ...caseless("Church: Holy Trinity Ukrainian Orthodox Church provides meals.", [["Holy Trinity Ukrainian Orthodox Church", ORG]], ["provides", "meals"]),
  // a person's name and its comma
  ...caseless("PCP: Dr. Hadiza Bello, Olentangy Pediatric Group, fax 614-555-0191.", [["Hadiza Bello", "name:title"], ["Olentangy Pediatric Group", ORG]], ["fax"]),
  // brackets around the name
  ...caseless("Work note: off work until Friday (Acadiana Oilfield Services).", [["Acadiana Oilfield Services", ORG]], ["Work", "Friday"]),
  ...caseless("Float nurse (Cross Country Healthcare) arrived.", [["Cross Country Healthcare", FAC]], ["Float", "arrived"]),
  // a field's middle dot before it (a pharmacy's head an organisation's, as the capitals' rule types it)
  ...caseless("Refill authorization request (fax) · Thrifty White Pharmacy, 21 Main St N", [["Thrifty White Pharmacy", ORG], ["21 Main St N", "location:address"]], ["Refill", "fax"]),
  // (mixed case: the capitals name them, as before)
  ["Member St. Stanislaus Polish National Catholic Church.", [["St. Stanislaus Polish National Catholic Church", ORG]], ["Member"]],
  ["Float nurse (Cross Country Healthcare) arrived.", [["Cross Country Healthcare", FAC]], ["Float", "arrived"]],
  ["Refill authorization request (fax) · Thrifty White Pharmacy, 21 Main St N", [["Thrifty White Pharmacy", ORG], ["21 Main St N", "location:address"]], ["Refill"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ...tri("Discussed with the physical therapy team today.", [], ["physical", "therapy", "team"]),
  ...tri("Referred for services (home health services).", [], ["home", "health", "services"]),
  ...tri("Visit · wound care center · follow up.", [], ["wound", "care", "center"]),
  ...tri("Received holy communion in the hospital chapel.", [], ["holy", "communion", "chapel"]),
  ...tri("Plan: outpatient program (intensive outpatient program).", [], ["intensive", "outpatient", "program"]),
  ...tri("Seen by Dr. Lee, sleep medicine clinic.", [["Lee", "name:title"]], ["sleep", "medicine", "clinic"]),
  // (a department after a hospital's acronym, and a record number's prefix that is a head)
  ...caseless("Urology, Dr. Charlotte Meade, PCGH Stroke Clinic.", [["Charlotte Meade", "name:title"]], ["Stroke", "Clinic"]),
  ...caseless("Disability claim · Claim Number LTD-9921044718 · policy", [], ["Claim", "Number"]),
];

runPlaceTable("og49: a saint, a person's comma, brackets or a field's dot open a body's name before its head", NAMED);
runPlaceTable("og49: generic words before a head, 'holy' with no head, a hospital's department, a record's prefix", NEGATIVES);
