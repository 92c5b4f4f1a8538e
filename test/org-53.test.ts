// Why this file exists: table tests, with hard negatives, for the stop 53 organisations round og53 (assembly/names/
// r53_og53.ts): an employer after an employment cue in lower-case text named past its first word when the name then
// closes ("works at kestrelbrook tool & die nights", lowerEmployerEnd53()), and a lone word no list has after "works at"
// or "job at" typed an organisation, not a facility, in ALL CAPS and lower case (workAt53()). Hard negatives: an
// occupation's "-ing" words, a site or a store's counter, an adverb or a spaced dash after the employer, a facility's
// head (the facility rule's), a medical "work-up at", a dated care event's "at". Both engines. Names are made up.
import { runPlaceTable, type PlaceCase, caselessRows as caseless, ORG, FAC } from "./helpers/place-table.js";

const LOWER: ReadonlyArray<PlaceCase> = [
  // the name goes on past an English word to a mark, a bracket or a stop word
  ["mom works at kestrelbrook tool & die nights; dad drives.", [["kestrelbrook tool & die", ORG]], ["nights"]],
  ["father works at varnholt woolen mill co. today", [["varnholt woolen mill co", ORG]], ["today"]],
  ["(she works for quillary bank).", [["quillary bank", ORG]], []],
  ["retired from the brenholm water department.", [["brenholm water department", ORG]], []],
  ["works for dravenport western coal as a heavy equipment operator.", [["dravenport western coal", ORG]], ["heavy"]],
  ["employed at morvath seating in town, 2nd shift.", [["morvath seating", ORG]], ["town"]],
];

const LOWER_NEGATIVES: ReadonlyArray<PlaceCase> = [
  // what the worker does, where in the firm, when, or a note after a dash is no part of the name
  ["works at kwexlo stocking shelves.", [["kwexlo", ORG]], ["stocking", "shelves"]],
  ["works at zorbex cleaning floors daily.", [["zorbex", ORG]], ["cleaning"]],
  ["works at trevaine mine nights.", [["trevaine", ORG]], ["mine"]],
  ["works at zorbex now.", [["zorbex", ORG]], ["now"]],
  ["works at zorbex - note to self", [["zorbex", ORG]], ["note"]],
  // a facility's head stays the facility rule's; a medical work-up is no job
  ["works nights at quenvale health center.", [["quenvale health center", FAC]], ["nights"]],
  ["work-up at vellamy donor clinic.", [["vellamy donor clinic", FAC]], ["work"]],
];

const CASELESS: ReadonlyArray<PlaceCase> = [
  // a lone word no list has after "works at" / "job at" is the employer (mixed case reads it by its capital)
  ...caseless("Husband works at Quorvex. Needs note.", [["Quorvex", ORG]], ["Needs"]),
  ...caseless("Second job at Tambrex in the evenings.", [["Tambrex", ORG]], ["evenings"]),
  // a dated care event's "at" keeps its facility
  ...caseless("Redo 2081 at Kesswickham, here for follow-up.", [["Kesswickham", FAC]], ["here"]),
];

runPlaceTable("stop 53 (og53): a lower-case employer past its first word", [...LOWER, ...LOWER_NEGATIVES]);
runPlaceTable("stop 53 (og53): a lone employer after works at / job at in ALL CAPS and lower case", CASELESS);
