// Why this file exists: table tests, with hard negatives, for the places round of stop 49 (pl49): a town of two or
// three words by its gazetteer entry after an address's comma in lower case (mwTownTail49()), a listed town and a core
// English word of its name before ", ST" (townCore49()), and a town of two or three words by its entry after a
// facility's or an organisation's comma in ALL CAPS and lower case (facTownMw49(), in facTown48b()'s frame). Mixed
// case, ALL CAPS and lower case; both engines. Places and bodies are made up or changed.
import { ADDR, ORG, FAC, CITY, STATE, ZIP, PHONE, NANP, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const TAIL: ReadonlyArray<PlaceCase> = [
  // mwTownTail49: the whole town after the street's comma in lower case (the tail took "la" or "kansas" alone, or
  // nothing: "garden", "salt" are core words); mixed case and ALL CAPS read the capitals as before
  ["Address 1520 Cass St, La Crosse 54601 · cell 608-555-0171", [["1520 Cass St, La Crosse 54601", ADDR], ["608-555-0171", PHONE]], ["Address", "cell"]],
  ["ADDRESS 1520 CASS ST, LA CROSSE 54601 · CELL 608-555-0171", [["1520 CASS ST, LA CROSSE 54601", ADDR], ["608-555-0171", PHONE]], ["ADDRESS", "CELL"]],
  ["address 1520 cass st, la crosse 54601 · cell 608-555-0171", [["1520 cass st, la crosse 54601", ADDR], ["608-555-0171", PHONE]], ["address", "cell"]],
  ["supplier: lincare · 4760 s highland dr, salt lake city · 801-555-0156",
    [["lincare", ORG], ["4760 s highland dr, salt lake city", ADDR], ["801-555-0156", NANP]], ["supplier"]],
  ["SUPPLIER: LINCARE · 4760 S HIGHLAND DR, SALT LAKE CITY · 801-555-0156",
    [["LINCARE", ORG], ["4760 S HIGHLAND DR, SALT LAKE CITY", ADDR], ["801-555-0156", NANP]], ["SUPPLIER"]],
  ["Lives at 4401 Wornall Rd, Kansas City, MO 64111", [["4401 Wornall Rd, Kansas City, MO", ADDR], ["64111", ZIP]], ["Lives"]],
  ["lives at 4401 wornall rd, kansas city, mo 64111", [["4401 wornall rd, kansas city, mo 64111", ADDR]], ["lives"]],
  ["owner: ricky etheridge, 77 w bayview dr, kill devil hills.\n", [["ricky etheridge", "name:cue"], ["77 w bayview dr, kill devil hills", ADDR]], ["owner"]],
  ["Sent to 1215 4th Ave N, Great Falls. Case closed.", [["1215 4th Ave N, Great Falls", ADDR]], ["Sent", "Case"]],
  ["sent to 1215 4th ave n, great falls. case closed.", [["1215 4th ave n, great falls", ADDR]], ["sent", "case"]],
  ["western kansas medical supply, 1201 e kansas ave, garden city.\n",
    [["western kansas medical supply", ORG], ["1201 e kansas ave, garden city", ADDR]], []],
  // hard negatives: no entry after the comma, the phrase goes on, a word code ("or") with no ZIP, "in bed"
  ["Lives at 12 Oak St, new patient.", [["12 Oak St", ADDR]], ["new", "patient"]],
  ["LIVES AT 12 OAK ST, NEW PATIENT.", [["12 OAK ST", ADDR]], ["NEW", "PATIENT"]],
  ["lives at 12 oak st, new patient.", [["12 oak st", ADDR]], ["new", "patient"]],
  ["Met at 4 Elm St, west side of town", [["4 Elm St", ADDR]], ["side", "town"]],
  ["met at 4 elm st, west side of town", [["4 elm st", ADDR]], ["west", "side", "town"]],
  ["lives at 4 elm st, salem or portland", [["4 elm st, salem", ADDR], ["portland", CITY]], ["or"]],
  ["Found at 12 Oak St, in bed.", [["12 Oak St", ADDR]], ["in", "bed"]],
  ["found at 12 oak st, in bed.", [["12 oak st", ADDR]], ["in", "bed"]],
];

const CORE: ReadonlyArray<PlaceCase> = [
  // townCore49: a listed town and a core word of its name ("bench", "wash", "ford") before the comma and the code
  ["Northern Montana Hospital - Havre Bench, MT - wound clinic", [["Northern Montana Hospital - Havre Bench, MT", FAC]], ["wound", "clinic"]],
  ["NORTHERN MONTANA HOSPITAL - HAVRE BENCH, MT - WOUND CLINIC", [["NORTHERN MONTANA HOSPITAL - HAVRE BENCH, MT", FAC]], ["WOUND", "CLINIC"]],
  ["northern montana hospital - havre bench, mt - wound clinic", [["northern montana hospital - havre bench", FAC]], ["wound", "clinic"]],
  ["Escalante Desert parcel near Enterprise Wash, UT · 3/14/2099", [["Escalante", "name:dictionary"], ["Enterprise Wash, UT", ADDR]], ["parcel"]],
  ["ESCALANTE DESERT PARCEL NEAR ENTERPRISE WASH, UT · 3/14/2099", [["ESCALANTE", "name:dictionary"], ["ENTERPRISE WASH, UT", ADDR]], ["PARCEL"]],
  ["escalante desert parcel near enterprise wash, ut · 3/14/2099", [["escalante", "name:dictionary"], ["enterprise wash", STATE]], ["parcel"]],
  // hard negatives: a credential's code ("MD", "PA" as a physician assistant) after a given name, or after a title
  ["Signed: Dr. Eugene Ford, MD", [["Eugene Ford", "name:title"]], ["Signed"]],
  ["SIGNED: DR. EUGENE FORD, MD", [["EUGENE FORD", "name:title"]], ["SIGNED"]],
  ["signed: dr. eugene ford, md", [["eugene ford", "name:title"]], ["signed"]],
  ["Eugene Ford, MD · 3/14", [["Eugene Ford", "name:neighbour"]], ["MD"]],
  ["EUGENE FORD, MD · 3/14", [["EUGENE FORD", "name:neighbour"]], ["MD"]],
  ["eugene ford, md · 3/14", [["eugene ford", "name:credential"]], ["md"]],
  ["Austin Bench, PA · cell 555-0100", [["Austin Bench", "name:neighbour"], ["555-0100", PHONE]], ["PA"]],
  ["AUSTIN BENCH, PA · CELL 555-0100", [["AUSTIN BENCH", "name:neighbour"], ["555-0100", PHONE]], ["PA"]],
  ["austin bench, pa · cell 555-0100", [["austin bench", "name:credential"], ["555-0100", PHONE]], ["pa"]],
];

const FACILITY: ReadonlyArray<PlaceCase> = [
  // facTownMw49: a town of two or three words by its entry after a facility's or an organisation's comma, closing its
  // field, in ALL CAPS and lower case (mixed case reads the capitals)
  // (stop 58, pl58: mixed case now takes the town too, as a span of its own: townAfterPlace58p())
  ["St. Mary's Regional Hospital, Grand Junction - Dr. Patel", [["St. Mary's Regional Hospital", FAC], ["Grand Junction", CITY], ["Patel", "name:title"]], []],
  ["ST. MARY'S REGIONAL HOSPITAL, GRAND JUNCTION - DR. PATEL", [["ST. MARY'S REGIONAL HOSPITAL, GRAND JUNCTION", FAC], ["PATEL", "name:title"]], []],
  ["st. mary's regional hospital, grand junction - dr. patel", [["st. mary's regional hospital, grand junction", FAC], ["patel", "name:title"]], []],
  ["mount nittany medical center, state college, pa · march 14", [["mount nittany medical center, state college", FAC]], ["march"]],
  ["las americas immigrant advocacy center, el paso. a-number", [["el paso", CITY]], ["las", "americas", "number"]],
  ["mountain medical supply, spruce pine - npi 1982004417", [["spruce pine", CITY]], ["npi"]],
  // hard negatives: no entry ("north wing"), the phrase goes on ("high point of the day"), "moved to icu", a year
  ["MEMORIAL HOSPITAL, NORTH WING.", [], ["NORTH", "WING"]],
  ["memorial hospital, north wing.", [], ["north", "wing"]],
  ["County Health Clinic, high point of the day", [], ["high", "point", "day"]],
  ["COUNTY HEALTH CLINIC, HIGH POINT OF THE DAY", [], ["HIGH", "POINT", "DAY"]],
  ["county health clinic, high point of the day", [], ["high", "point", "day"]],
  ["SEEN AT MERCY HOSPITAL, MOVED TO ICU.", [["MERCY HOSPITAL", FAC]], ["MOVED", "ICU"]],
  ["seen at mercy hospital, moved to icu.", [["mercy hospital", FAC]], ["moved", "icu"]],
  ["mercy hospital, born in 1990.", [["mercy hospital", FAC]], ["born", "1990"]],
  ["RIVERSIDE CLINIC, ME TOO.", [["RIVERSIDE CLINIC", FAC]], ["ME", "TOO"]],
];

runPlaceTable("places 49: a town of several words after an address's comma in lower case", TAIL);
runPlaceTable("places 49: a listed town and a core word of its name before ', ST'", CORE);
runPlaceTable("places 49: a town of several words after a facility's comma", FACILITY);
