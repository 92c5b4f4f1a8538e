// Why this file exists: table tests, with hard negatives, for stop 29's address and place rules in
// assembly/names/detect.ts: streets named for a saint, a mountain or a fort (saintStreet), house numbers with a half
// (fractionStart), streets named for a person with a middle initial or "Jr.", county and state roads with their
// number, a town's postcode after it in prose (postcodeAfterTown), names in a place's frame typed as places
// (placeFrameBefore, at flush), and a saint's possessive in capitals no longer quiet. Each positive was a leak or a
// wrong type before. Both engines; addresses are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ADDR = "location:address";
const CITY = "location:city";

const STREETS: ReadonlyArray<PlaceCase> = [
  // the period after "St." ended the street line: "John Street" was a person and the house number was lost
  ["She lives at 12 St. John Street, Boston", [["12 St. John Street, Boston", ADDR]], ["lives"]],
  ["Address: 40 St. Paul Avenue, Quincy, MA 02169",
    [["40 St. Paul Avenue, Quincy, MA", ADDR], ["02169", "format:zip-address"]], ["Address"]],
  ["lives at 88 Mt. Auburn Street", [["88 Mt. Auburn Street", ADDR]], ["lives"]],
  ["Home: 7 Ste. Anne Blvd", [["7 Ste. Anne Blvd", ADDR]], ["Home"]],
  ["lives on St. Charles Avenue", [["St. Charles Avenue", ADDR]], ["lives"]],
  ["ADDRESS: 40 ST. MARY ROAD, QUINCY", [["40 ST. MARY ROAD, QUINCY", ADDR]], ["ADDRESS"]],
  // ... with a building number before the house number
  ["Our offices are at 9543 1819 St. John Street Suite 056", [["9543 1819 St. John Street Suite 056", ADDR]], ["offices"]],
  // a half or a quarter in the house number read as a date, and the whole address was lost
  ["lives at 16 1/2 Elm Street", [["16 1/2 Elm Street", ADDR]], ["lives"]],
  ["lives at 212 3/4 Main St, Apt 2", [["212 3/4 Main St, Apt 2", ADDR]], ["lives"]],
  // a street named for a person: the period after "Jr." or a middle initial does not end it
  ["lives at 45 Martin Luther King Jr. Blvd, Apt 3", [["45 Martin Luther King Jr. Blvd, Apt 3", ADDR]], ["lives"]],
  ["Mail to 1 Carlton B. Goodlett Place", [["1 Carlton B. Goodlett Place", ADDR]], ["Mail"]],
  // a county or state road keeps its number
  ["Pt lives at 1420 County Road 12 in Millbrook.", [["1420 County Road 12", ADDR], ["Millbrook", CITY]], ["lives"]],
  ["lives at 88 State Route 9 N, Apt 2", [["88 State Route 9 N, Apt 2", ADDR]], ["lives"]],
];

const POSTCODES: ReadonlyArray<PlaceCase> = [
  ["He lives in Boston 02114.", [["Boston 02114", CITY]], ["lives"]],
  ["She moved to Aalborg 9000 last year.", [["Aalborg 9000", CITY]], ["last"]],
  ["lives in Utrecht 3511 AB", [["Utrecht 3511 AB", CITY]], ["lives"]],
  ["in Stockholm 114 55 with her son", [["Stockholm 114 55", CITY]], ["son"]],
  ["LIVES IN WORCESTER 01605.", [["WORCESTER 01605", CITY]], ["LIVES"]],
  ["lives in worcester 01605.", [["worcester 01605", CITY]], ["lives"]],
];

const FRAMES: ReadonlyArray<PlaceCase> = [
  // a name guessed from the dictionaries in a place's frame is the place
  ["The man who grew up in Shelly Park.", [["Shelly Park", CITY]], ["man"]],
  ["Mrs. Schwarz flew to Coles on Sunday.", [["Schwarz", "name:title"], ["Coles", CITY]], ["Sunday"]],
  ["She is originally from Feliciano.", [["Feliciano", CITY]], ["originally"]],
  ["She moved here from Gary Lake last year.", [["Gary Lake", CITY]], ["last"]],
  ["He lives on 22 Pollen Crescent in Fitzroy.", [["22 Pollen Crescent", ADDR], ["Fitzroy", CITY]], ["lives"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a saint's herb and a facility named for a saint are no streets; a title before a name is no house number
  ["given 12 St. John's wort", [], ["12", "John"]],
  ["given 1/2 tab St. John's wort", [], ["tab", "John"]],
  ["Seen at St. John Hospital", [["St. John Hospital", "location:facility"]], ["Seen"]],
  ["Dr. John Street saw her", [["John Street", "name:title"]], ["saw"]],
  ["CALL 3 DR. JONES", [["JONES", "name:title"]], ["3"]],
  // a date before a street word is no house number
  ["on 09/15/2087 Elm Street", [], ["Elm", "Street"]],
  // a count after a street, a year, a count or a distance after a town, a device's model after a brand
  ["lives at 50 Main Road 3 times a year", [["50 Main Road", ADDR]], ["3", "times"]],
  ["She was born in Dallas 1948.", [["Dallas", CITY]], ["1948"]],
  ["she was in Boston 2019 to 2020", [["Boston", CITY]], ["2019"]],
  ["Seen in Boston 2 weeks ago", [["Boston", CITY]], ["2", "weeks"]],
  ["drove from Boston 1000 miles", [["Boston", CITY]], ["1000"]],
  ["in Salem 1030 people", [["Salem", CITY]], ["1030"]],
  ["con un ecógrafo Hitachi 8500. A 36 cm", [["Hitachi", CITY]], ["8500"]],
  // a person after "to" without a verb of moving, after a title, or after a cue stays a person
  ["She talked to Coles yesterday", [["Coles", "name:cue"]], ["talked"]],
  ["He returned to Dr. Smith for follow up.", [["Smith", "name:title"]], ["follow"]],
  ["lives in Quincy with wife Mary", [["Quincy", CITY], ["Mary", "name:cue"]], ["wife"]],
];

const SAINTS_IN_CAPITALS: ReadonlyArray<PlaceCase> = [
  // a saint's name that is a core English word was a quiet token in capitals: the church was lost
  ["MEETS AT ST. MARK'S.", [["ST. MARK'S", "location:facility"]], ["MEETS"]],
  ["MEETS AT SAINT MARK'S.", [["SAINT MARK'S", "location:facility"]], ["MEETS"]],
  // the herb and the feast stay words
  ["GIVEN ST. JOHN'S WORT", [], ["JOHN"]],
  ["ST. PATRICK'S DAY", [], ["PATRICK"]],
];

runPlaceTable("streets named for saints and persons, halves, county roads (stop 29)", STREETS);
runPlaceTable("a town's postcode after it in prose (stop 29)", POSTCODES);
runPlaceTable("names in a place's frame are places (stop 29)", FRAMES);
runPlaceTable("herbs, titles, dates, counts, years and models stay out (stop 29)", NEGATIVES);
runPlaceTable("a saint's church in capitals (stop 29)", SAINTS_IN_CAPITALS);
