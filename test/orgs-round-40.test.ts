// Why this file exists: table tests, with hard negatives, for the stop 40 organisations round (org40): a firm named by a
// word and a trade's word after a relation's frame ("drives for Zephyrline Transit", "FIT TEST BY BASIN SAFETY TRAINING
// (", "works part time at dollar depot", tradeFirmOrg40) and "X of the Y Z" names past the look-ahead ("Hospice of the
// Big Bend", ofTheOrg40), in mixed case, ALL CAPS and lower case. Both engines. Names of people and firms are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const POSITIVES: ReadonlyArray<PlaceCase> = [
  // a word no list has before a trade's word, after a relation's frame, in the three cases
  ["He drives a bus for Zephyrline Transit and is off this week.", [["Zephyrline Transit", ORG]], ["drives", "bus"]],
  ["HE DRIVES A BUS FOR ZEPHYRLINE TRANSIT AND IS OFF THIS WEEK.", [["ZEPHYRLINE TRANSIT", ORG]], ["DRIVES", "BUS"]],
  ["he drives for zephyrline transit and is off this week.", [["zephyrline transit", ORG]], ["drives", "week"]],
  // two words that may name it ("Dental" is a practice's head: typed a facility, as the older rules type practices)
  ["Referred by Acme City Dental for extraction.", [["Acme City Dental", "location:facility"]], ["Referred", "extraction"]],
  ["Crop duster pilot for Valley Aerial Applicators.", [["Valley Aerial Applicators", ORG]], ["pilot"]],
  ["CROP DUSTER PILOT FOR VALLEY AERIAL APPLICATORS.", [["VALLEY AERIAL APPLICATORS", ORG]], ["PILOT"]],
  ["FIT TEST BY BASIN SAFETY TRAINING (KORY DEVLIN).", [["BASIN SAFETY TRAINING", ORG], ["KORY DEVLIN", "name:neighbour"]], ["FIT", "TEST"]],
  // a legal ending goes with it
  ["He works at Blackhawk Mining Co. in Harlan.", [["Blackhawk Mining Co", ORG], ["Harlan", "location:city"]], ["works"]],
  // an opening bracket closed after the name; a role label's colon
  ["MEDIC: PAIGE DUNMORE, EMT-P (RAINSHADOW MEDICAL STAFFING).", [["PAIGE DUNMORE", "name:neighbour"], ["RAINSHADOW MEDICAL STAFFING", ORG]], ["MEDIC"]],
  ["security officer ned pugh (crowd shield security #cs-221).", [["ned pugh", "name:neighbour"], ["crowd shield security", ORG]], ["officer"]],
  ["medical contractor: festmed partners, tent lead quinn.", [["festmed partners", ORG], ["quinn", "name:dictionary"]], ["contractor", "tent"]],
  // lower case after a work's frame: one word before a trade word no kind of thing has
  ["pt works part time at dollar depot on route 9.", [["dollar depot", ORG], ["route 9", "location:address"]], ["works", "part"]],
  ["working 31 years for graphic packaging and his wife.", [["graphic packaging", ORG]], ["working", "wife"]],
  ["a shift at dockside seafood where the cooks drink.", [["dockside seafood", ORG]], ["shift", "cooks"]],
  // "X of the Y Z" past the look-ahead, in mixed case and ALL CAPS
  ["Referred to Hospice of the Big Bend for support.", [["Hospice of the Big Bend", ORG]], ["Referred", "support"]],
  ["REFERRED TO HOSPICE OF THE BIG BEND FOR SUPPORT.", [["HOSPICE OF THE BIG BEND", ORG]], ["REFERRED", "SUPPORT"]],
  ["Grief group at Friends of the Upper Valley on Tuesdays.", [["Friends of the Upper Valley", ORG]], ["Grief", "Tuesdays"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a kind's word or one core English word before a trade's word names no firm
  ["Exposure from Coal Mining for 20 years.", [["Coal", "name:capitalised"]], ["Mining"]],
  ["Arrived via Public Transit today.", [], ["Public", "Transit"]],
  ["ARRIVED VIA PUBLIC TRANSIT TODAY.", [], ["PUBLIC", "TRANSIT"]],
  ["Applied for Social Security last year.", [], ["Social", "Security"]],
  ["APPLIED FOR SOCIAL SECURITY LAST YEAR.", [], ["SOCIAL", "SECURITY"]],
  ["Cleared for Basic Training.", [], ["Basic", "Training"]],
  // "transit", "rose", "market", "packing" as words
  ["The package was lost in transit.", [], ["transit"]],
  ["THE PACKAGE WAS LOST IN TRANSIT.", [], ["TRANSIT"]],
  ["She picked a rose for her mother.", [], ["rose"]],
  ["Gave her a Rose.", [], ["Rose"]],
  ["she works at the farmers market on weekends.", [], ["farmers", "market"]],
  ["works at city market on north ave.", [["north ave", "location:address"]], ["city", "market"]],
  // a clinical clause after "with" in ALL CAPS
  ["PREPPED WITH BETADINE SOLUTIONS AND DRAPED.", [], ["BETADINE", "SOLUTIONS"]],
  ["MASS WITH SLIGHT BLEEDING PACKING WAS DONE.", [], ["SLIGHT", "BLEEDING", "PACKING"]],
  ["FELL FROM LADDER ONTO CONCRETE.", [], ["LADDER", "CONCRETE"]],
  // the firm's word alone before its plant: "packing house" is the place's kind
  ["mom works for stemilt packing house; call after 4.", [["stemilt", ORG]], ["packing", "house"]],
  // "of the" with no head, or an organ's part
  ["Review of the Big Picture today.", [], ["Review", "Big", "Picture"]],
  ["INCISION AT THE CENTER OF THE VAGINAL CUFF.", [], ["CENTER", "VAGINAL", "CUFF"]],
  // a two-word place found stays the place rules' (test/orgs-round-39.test.ts)
  ["Asthma Specialists of the Quad Cities saw her.", [["Quad Cities", "location:city"]], ["Asthma", "Specialists"]],
];

runPlaceTable("org40: a firm's trade word after a relation's frame, X of the Y Z", POSITIVES);
runPlaceTable("org40: hard negatives", NEGATIVES);
