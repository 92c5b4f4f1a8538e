// Why this file exists: table tests, with hard negatives, for stop 49b's name round (nm49b). A person's name after a
// role's, a relative's or a title's cue that a following organisation's, facility's or street's span reached back over
// and took in the merge ("Interpreter Oksana via LanguageLine", "sister Agatha Mulcahy on Williamson Rd", "Dr Isabel
// Medeiros-Kane, Stanley Street Treatment Center", "son Paulo will transport"): the name stays a NAME and the place
// starts after it. Hard negatives: the organisation or the street with no person before it is found whole as before.
// Both engines, mixed case, ALL CAPS and lower case; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";
const L = "LOCATION";

const FOUND: ReadonlyArray<TypedCase> = [
  // a comma between the name and the body (lower case: no rule reads the committee)
  ...casedRowsEach("Form CB-2099 to Glenda Pitre, Resuscitation Committee.\n",
    [[["Glenda Pitre", N], ["Resuscitation Committee", L]], [["GLENDA PITRE", N], ["RESUSCITATION COMMITTEE", L]], [["glenda pitre", N]]],
    ["Form"]),
  // a bracket between them
  ...casedRows("Refugee caseworker Hanna Pietrowski (International Rescue Committee) called.\n",
    [["Hanna Pietrowski", N], ["International Rescue Committee", L]], ["Refugee", "called"]),
  ...casedRowsEach("State trooper M. Hagedorn (WV State Police Troop 1) reported.\n",
    [[["M. Hagedorn", N], ["WV State Police", L]], [["M. HAGEDORN", N], ["WV STATE POLICE", L]], [["m. hagedorn", N]]],
    ["trooper", "reported"]),
  // a modal or "and her" after a relative's name: no body at all
  ...casedRows("Son Paulo will transport Friday.\n", [["Paulo", N]], ["Son", "will", "transport"]),
  ...casedRows("Support: sister Zawadi and her church small group.\n", [["Zawadi", N]], ["sister", "and", "her", "church", "group"]),
  // "and" and a second person after a cue's name (ALL CAPS: the body's span keeps the second person, as before)
  ...casedRowsEach("Sponsor: Greg and Halyna Lindahl, 604 Division St\n",
    [[["Greg and Halyna Lindahl", L], ["604 Division St", L]], [["GREG", N], ["HALYNA LINDAHL", L], ["604 DIVISION ST", L]],
      [["greg", N], ["lindahl", N], ["604 division st", L]]],
    ["Sponsor"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // the body with no person before it, found whole
  ...casedRows("Referred to the International Rescue Committee office.\n", [["International Rescue Committee", L]], ["Referred", "office"]),
  ["Report from WV State Police Troop 1.\n", [["WV State Police", L]], ["Report"]],
  // a neighbour's guess before "and" stays the body's own words (mixed case and ALL CAPS)
  ["Follow up with Adena Orthopedic and Spine Institute within a week.\n", [["Adena Orthopedic and Spine Institute", L]], ["Follow", "within"]],
  ["FOLLOW UP WITH ADENA ORTHOPEDIC AND SPINE INSTITUTE WITHIN A WEEK.\n", [["ADENA ORTHOPEDIC AND SPINE INSTITUTE", L]], ["FOLLOW", "WITHIN"]],
  // a street after "on" with no person before it
  ...casedRows("Her sister lives on Williamson Rd.\n", [["Williamson Rd", L]], ["sister", "lives"]),
];

runTypedTable("stop 49b (nm49b): a person's name before an organisation's or a street's span", [N, L], FOUND);
runTypedTable("stop 49b (nm49b): hard negatives, the organisation or street found whole", [N, L], NEGATIVES);
