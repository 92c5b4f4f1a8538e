// Why this file exists: table tests, with hard negatives, for the places round of stop 50 (pl50): a named camp or
// reservation below a state ("Camp Leatherneck", "Nyarugusu camp", "Beldangi II camp", "on the Wind River Reservation;":
// settlement50() in assembly/names/r50_pl50.ts). Mixed case, ALL CAPS and lower case; both engines. Places are made up
// or changed from the fixtures' forms.
import { CITY, FAC, runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

/** One row in mixed case, ALL CAPS and lower case with the same expectations in the text's case. */
function cased(text: string, expected: ReadonlyArray<readonly [string, string]>, never: readonly string[]): PlaceCase[] {
  const up = (s: string) => s.toUpperCase();
  const lo = (s: string) => s.toLowerCase();
  return [
    [text, expected, never],
    [up(text), expected.map(([t, r]) => [up(t), r] as const), never.map(up)],
    [lo(text), expected.map(([t, r]) => [lo(t), r] as const), never.map(lo)],
  ];
}

const CAMP: ReadonlyArray<PlaceCase> = [
  // campName50: "Camp" and a word no English list has, framed by a preposition, a bracket, a comma or a semicolon
  ...cased("Stationed at Camp Lemonnier for two years.", [["Camp Lemonnier", FAC]], ["Stationed", "two"]),
  ...cased("Arrived via Camp Atterbury late last year.", [["Camp Atterbury", FAC]], ["Arrived", "late"]),
  ...cased("Sent to camp (Camp Kanakuk) for the summer.", [["Camp Kanakuk", FAC]], ["Sent", "summer"]),
  // namedHead50: the camp's name before "camp", its first word no English word
  ...cased("Spent 9 years in Nyarugusu camp before resettlement.", [["Nyarugusu camp", FAC]], ["Spent", "resettlement"]),
  ...cased("Lived 18 years in Beldangi II camp near the border.", [["Beldangi II camp", FAC]], ["Lived", "border"]),
  ["LIVED 22 YEARS IN MAE LA CAMP NEAR THE BORDER.", [["MAE LA CAMP", FAC]], ["LIVED", "BORDER"]],
  ["lived 22 years in mae la camp near the border.", [["mae la camp", FAC]], ["lived", "border"]],
];

const RESERVATION: ReadonlyArray<PlaceCase> = [
  // namedHead50: English words before "reservation", capitalised in mixed case, or after "on the" and closing the field
  ...cased("Lives on the Wind River Reservation; no phone.", [["Wind River Reservation", FAC]], ["Lives", "phone"]),
  ["HOME: MISSION (ROSEBUD RESERVATION) - 3 HR DRIVE", [["ROSEBUD RESERVATION", FAC]], ["HOME", "DRIVE"]],
  ["home: mission (rosebud reservation) - 3 hr drive", [["rosebud reservation", FAC]], ["home", "drive"]],
  // (mixed case: "Rosebud" is a town of the gazetteer; the place's span is this rule's, read before the landmark rule of
  // stop 44, which grew the town over its head with the town's reason)
  ["Home: Mission (Rosebud Reservation) - 3 hr drive", [["Rosebud Reservation", FAC]], ["Home", "drive"]],
];

const NEGATIVE: ReadonlyArray<PlaceCase> = [
  // hard negatives: a camp's words that are English words, a possessive, a determiner; "camp" with no frame before it;
  // a reservation that is a booking or a doubt; "Camp" as a person's name after a title
  ...cased("She was at a deer camp near the lake.", [], ["deer", "camp", "lake"]),
  ...cased("Nine years in a refugee camp before resettlement.", [], ["refugee", "camp"]),
  ...cased("They are at their camp until noon.", [], ["their", "camp"]),
  ...cased("Meds given at camp: none.", [], ["camp", "none"]),
  ...cased("Summer camp application sent.", [], ["Summer", "camp"]),
  ...cased("Camp counselor called twice.", [], ["Camp", "counselor"]),
  ...cased("We made a dinner reservation for noon.", [], ["dinner", "reservation"]),
  ...cased("He agreed with some reservation.", [], ["some", "reservation"]),
  ...cased("Cancelled the flight reservation today.", [], ["flight", "reservation"]),
  ...cased("On the hotel reservation line.", [], ["hotel", "reservation"]),
  ["Housing: employer camp Colonia Nogales, cabina 4", [["Colonia Nogales", CITY]], ["camp"]],
  // (a town of the gazetteer that opens with "Camp" stays the older rules')
  ["Moved to Camp Verde last year.", [["Camp Verde", CITY]], ["Moved"]],
];

runPlaceTable("stop 50 (pl50): a named camp", CAMP);
runPlaceTable("stop 50 (pl50): a named reservation", RESERVATION);
runPlaceTable("stop 50 (pl50): hard negatives", NEGATIVE);
