// Why this file exists: table tests, with hard negatives, for stop 58's places round (pl58): a listed town that the
// name lists also hold ("Houston", "Memphis"), or a town of listed words ("Little Rock"), right after a facility's, an
// organisation's or a street's comma or spaced dash and closing its field, is the place's town, not a person's
// name ("Linwood Valley Medical Center, Houston — 04/22/2099", "Sorrel Creek Health, Memphis, MRN ...").
// assembly/names/r58_pl.ts's townAfterPlace58p(), called from detect.ts's decide(). Each row in mixed case, ALL CAPS and
// lower case, both engines. Facilities, firms, streets and people are made up; the towns are the gazetteer's.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";
const N = "NAME";

const TOWNS: TypedCase[] = [
  // (after a facility's comma, closed by a spaced dash: the town is a span of its own)
  ...casedRows("Consult note — Linwood Valley Medical Center, Houston — 04/22/2099\n",
    [["Linwood Valley Medical Center", L], ["Houston", L]], []),
  // (a town of two listed words)
  // (in ALL CAPS and lower case the older facility rule already grows over the town)
  ...casedRowsEach("Referred by Quillan Children's Hospital, Little Rock — 3/14.\n",
    [[["Quillan Children's Hospital", L], ["Little Rock", L]], [["QUILLAN CHILDREN'S HOSPITAL, LITTLE ROCK", L]],
      [["quillan children's hospital, little rock", L]]], []),
  // (after an organisation's head no rule spanned, closed by a comma)
  // (in mixed case the older organisation rule already spans both)
  ...casedRowsEach("Hospital: Sorrel Creek Health, Memphis, MRN SCH-00412.\n",
    [[["Sorrel Creek Health, Memphis", L]], [["MEMPHIS", L]], [["memphis", L]]], ["MRN"]),
  // (after a spaced dash, closed by the line's end: a town no name list holds, the older facility rule's one span)
  ...casedRows("Transfer to Kestrel Specialty Hospital - Madison\nBed 4.\n", [["Kestrel Specialty Hospital - Madison", L]], ["Bed"]),
  // (after a street's comma, closed by a sentence's period)
  ...casedRows("Found near 400 S Marlow Way, Houston. No ID on him.\n", [["400 S Marlow Way, Houston", L]], ["ID"]),
];

// the older reading stays: a person's name that goes on after the facility's comma, a town followed by its state's code
// (the older rules' place), an English word that is a weak place, a titled surname
const NEGATIVES: TypedCase[] = [
  // (in lower case the older rules read "brightwater" as a name: left as it was)
  ...casedRowsEach("Called Brightwater Hospital, Jackson answered the phone.\n",
    [[["Brightwater Hospital", L], ["Jackson", N]], [["BRIGHTWATER HOSPITAL", L], ["JACKSON", N]], [["brightwater", N], ["jackson", N]]],
    ["phone"]),
  ...casedRows("Brightwater Clinic, Houston Smith RN\n", [["Brightwater Clinic", L], ["Houston Smith", N]], []),
  ...casedRows("Mercy Hospital, Home care arranged.\n", [["Mercy Hospital", L]], ["Home", "care"]),
  ...casedRows("Seen at Brightwater Clinic, Dr. Lincoln\n", [["Brightwater Clinic", L], ["Lincoln", N]], ["Seen"]),
];

runTypedTable("stop 58, pl58: a listed town after a facility's, an organisation's or a street's comma or dash", [L, N], TOWNS);
runTypedTable("stop 58, pl58: hard negatives (the older reading stays)", [L, N], NEGATIVES);
