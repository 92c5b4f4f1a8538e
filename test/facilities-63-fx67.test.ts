// Why this file exists: table tests, with hard negatives, for stop 63's fx67 round, in mixed case, ALL CAPS and lower
// case, both engines: an organisation's span that ends in a hospital's own head ("Hospital(s)", "Medical Center",
// "Cancer Center", "Cancer Institute", "Health System", "Healthcare System") is typed the hospital's facility
// (hospitalTail63() in assembly/names/r63_fx67.ts, called where the span is emitted); main typed these academic
// centers, found from "University of" or "Institute", as organisations. The span is unchanged. Hard negatives: a heart
// institute, a hospital's foundation and an animal hospital stay organisations; a registry of a cancer programme stays
// unfound. Names invented or general.
import { casedRows, FAC, ORG, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const NAMED: ReadonlyArray<PlaceCase> = [
  ...casedRows("Referred to the University of Vermont Medical Center for genetics.", [["University of Vermont Medical Center", FAC]], ["genetics"]),
  ...casedRows("She was treated at Huntsman Cancer Institute in 2090.", [["Huntsman Cancer Institute", FAC]], ["treated"]),
  ...casedRows("Transferred from the University of Kansas Health System yesterday.", [["University of Kansas Health System", FAC]], ["yesterday"]),
  ...casedRows("Seen at University of New Mexico Hospital, cardiology clinic.", [["University of New Mexico Hospital", FAC]], ["cardiology"]),
  ...casedRows("Seen at the University of Maryland Cancer Center last year.", [["University of Maryland Cancer Center", FAC]], ["year"]),
  ...casedRows("Labs drawn at University of Iowa Hospitals, then home.", [["University of Iowa Hospitals", FAC]], ["home"]),
  ...casedRows("A letter from University of Michigan Healthcare System arrived.", [["University of Michigan Healthcare System", FAC]], ["letter"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // (a heart institute is labelled either way by the fixtures: left the organisation's)
  ...casedRows("He works for Prairie Heart Institute as a tech.", [["Prairie Heart Institute", ORG]], ["tech"]),
  // (a hospital's foundation is a charity)
  ...casedRows("Donated to the University Hospital Foundation gala.", [["University Hospital Foundation", ORG]], ["gala"]),
  // (an animal's hospital is no patient's; in ALL CAPS and lower case main reads the university alone)
  ["Her cat was seen at University of Florida Small Animal Hospital.", [["University of Florida Small Animal Hospital", ORG]], ["cat"]],
  // (a programme's registry names no place)
  ...casedRows("Enrolled in the Hereditary Cancer Registry at intake.", [], ["Hereditary", "Cancer", "Registry"]),
];

runPlaceTable("stop 63 (fx67): an organisation's span ending in a hospital's head is the hospital's facility", NAMED);
runPlaceTable("stop 63 (fx67): hard negatives, a heart institute, a hospital's foundation, an animal hospital, a registry", NOT);
