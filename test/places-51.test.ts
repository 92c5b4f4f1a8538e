// Why this file exists: table tests, with hard negatives, for the places round of stop 51 (pl51): a town of two or three
// words the gazetteer names as one after a preposition of where ("in", "from", "near", "outside", "out of", "to"),
// closing its phrase, in ALL CAPS and lower case (prepTownMw51()), and in lower case a town named like a country or a
// state before its state's code (countryTown51()), both in assembly/names/r51_pl51.ts. Mixed case rows show the older
// rules' reading where it is a place. Both engines. Places and people are made up or changed.
import { ADDR, FAC, CITY, STATE, ZIP, NANP, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const PREP: ReadonlyArray<PlaceCase> = [
  ["Works on a ranch near Lodge Grass and at the feed store.", [["Lodge Grass", CITY]], ["ranch", "feed"]],
  ["WORKS ON A RANCH NEAR LODGE GRASS AND AT THE FEED STORE.", [["LODGE GRASS", CITY]], ["RANCH", "FEED"]],
  ["works on a ranch near lodge grass and at the feed store.", [["lodge grass", CITY]], ["ranch", "feed"]],
  // a telephone number closes the phrase
  ["Mother Ada Obi in High Point 336-555-0188.", [["Ada Obi", "name:neighbour"], ["High Point", CITY], ["336-555-0188", NANP]], ["Mother"]],
  ["MOTHER ADA OBI IN HIGH POINT 336-555-0188.", [["ADA OBI", "name:neighbour"], ["HIGH POINT", CITY], ["336-555-0188", NANP]], ["MOTHER"]],
  ["mother ada obi in high point 336-555-0188.", [["ada obi", "name:neighbour"], ["high point", CITY], ["336-555-0188", NANP]], ["mother"]],
  ["Cam boot from a shop in Port Royal.", [["Port Royal", CITY]], ["shop"]],
  ["CAM BOOT FROM A SHOP IN PORT ROYAL.", [["PORT ROYAL", CITY]], ["SHOP"]],
  ["cam boot from a shop in port royal.", [["port royal", CITY]], ["shop"]],
  // "out of": the town is its own span (a body's span before "out of" does not join it by " of ")
  ["DAD DRIVES A TRUCK OUT OF SPIRIT LAKE.", [["SPIRIT LAKE", CITY]], ["TRUCK", "OUT"]],
  ["dad drives a truck out of spirit lake.", [["spirit lake", CITY]], ["truck", "out"]],
  ["Saw a travel clinic in Sugar Land before leaving.", [["Sugar Land", CITY]], ["before"]],
  ["SAW A TRAVEL CLINIC IN SUGAR LAND BEFORE LEAVING.", [["SUGAR LAND", CITY]], ["BEFORE"]],
  ["saw a travel clinic in sugar land before leaving.", [["sugar land", CITY]], ["before"]],
  // three words
  ["She drove up from Thief River Falls.", [["Thief River Falls", CITY]], ["drove"]],
  ["SHE DROVE UP FROM THIEF RIVER FALLS.", [["THIEF RIVER FALLS", CITY]], ["DROVE"]],
  ["she drove up from thief river falls.", [["thief river falls", CITY]], ["drove"]],
  ["WAS FLOWN OUTSIDE ROUND ROCK, THEN HOME.", [["ROUND ROCK", CITY]], ["HOME"]],
  ["was flown outside round rock, then home.", [["round rock", CITY]], ["home"]],
  // a state after the comma: the town, its state and its ZIP stay one address (the older rules'), the ZIP kept in
  ["SHE IS FROM SOUTH BEND, IN 46601.", [["SOUTH BEND, IN", ADDR], ["46601", ZIP]], ["SHE"]],
  ["she is from south bend, in 46601.", [["south bend, in 46601", ADDR]], ["she"]],
];

const PREP_NEGATIVE: ReadonlyArray<PlaceCase> = [
  // no town of the gazetteer, or the phrase goes on after the words
  ["She was in high spirits today.", [], ["high", "spirits"]],
  ["SHE WAS IN HIGH SPIRITS TODAY.", [], ["HIGH", "SPIRITS"]],
  ["she was in high spirits today.", [], ["high", "spirits"]],
  ["RESULTS IN HIGH POINT-OF-CARE USE.", [], ["HIGH", "POINT"]],
  ["results in high point-of-care use.", [], ["high", "point"]],
  ["NEAR ROUND ROCK FORMATIONS SHE FELL.", [], ["ROUND", "ROCK"]],
  ["near round rock formations she fell.", [], ["round", "rock"]],
  ["STAYS IN BED.", [], ["BED"]],
  ["stays in bed.", [], ["bed"]],
  ["CAME FROM HOME.", [], ["HOME"]],
  ["came from home.", [], ["home"]],
  ["GOT IN GOOD SHAPE.", [], ["GOOD", "SHAPE"]],
  ["got in good shape.", [], ["good", "shape"]],
  ["trip to green bay ok per dr. lee", [["lee", "name:title"]], ["green", "bay", "ok"]],
];

const COUNTRY: ReadonlyArray<PlaceCase> = [
  ["22 bank st apt 3, lebanon nh 03766.", [["22 bank st apt 3", ADDR], ["lebanon", STATE], ["03766", ZIP]], ["nh"]],
  ["22 Bank St Apt 3, Lebanon NH 03766.", [["22 Bank St Apt 3, Lebanon NH", ADDR], ["03766", ZIP]], []],
  ["22 BANK ST APT 3, LEBANON NH 03766.", [["22 BANK ST APT 3, LEBANON NH", ADDR], ["03766", ZIP]], []],
  ["dartmouth cancer center, lebanon nh\ngenetics note", [["dartmouth cancer center", FAC], ["lebanon", STATE]], ["nh", "genetics"]],
  ["global rescue ops lebanon, nh · case", [["lebanon", STATE]], ["nh", "case"]],
  ["411 w main st apt 2, washington il 61571", [["411 w main st apt 2", ADDR], ["washington", STATE], ["61571", ZIP]], ["il"]],
  ["critical access hospital) - jordan, montana\nswing bed", [["jordan", STATE]], ["montana", "swing"]],
];

const COUNTRY_NEGATIVE: ReadonlyArray<PlaceCase> = [
  // a title before, a credential's code after a given name, a code that is a word with nothing closing it, the capital
  ["dr. jordan, md 12345", [["jordan", "name:title"]], ["md"]],
  ["jordan, md 21201", [], ["jordan", "md"]],
  ["jordan, in no distress", [], ["jordan", "in"]],
  ["lives in washington dc now.", [["washington", "location:state"]], ["dc", "now"]],
  ["lived in peru in 2019", [["peru", "location:country"]], ["2019"]],
  ["travel to lebanon or syria", [["lebanon", "location:country"]], ["or"]],
];

runPlaceTable("places 51: a town of several words after a preposition of where (ALL CAPS, lower case)", PREP);
runPlaceTable("places 51: a preposition before words that are no town, or a phrase that goes on", PREP_NEGATIVE);
runPlaceTable("places 51: a town named like a country or a state before its code (lower case)", COUNTRY);
runPlaceTable("places 51: hard negatives of the country-named town", COUNTRY_NEGATIVE);
