// Why this file exists: table tests, with hard negatives, for stop 29's name rules in assembly/names/detect.ts: a
// surname that is also an English word signing with its credential at a line's or the text's start
// (signatureAtStart), "Surname, MD" read as a name rather than "Town, Maryland" where no place's word comes before it,
// a given name that is also a state or country after a person's cue (placeNamedPerson), Arabic surnames with their
// article, "Al-Rashidi" (arabicArticleName), a surname that is an eponym's head word ("Law") after a titled given
// name (titledHeadSurname), in-laws written with blanks (inLawCue) and a transcriptionist's code (transcriberCode).
// Each positive leaked (or half leaked) before.
// Both engines.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CRED = "name:credential";

const SIGNATURES: ReadonlyArray<PlaceCase> = [
  // at the text's start (a "signed by" field's value) a capital says nothing: the credential is the evidence
  ["Smith, MD", [["Smith", CRED]], ["MD"]],
  ["Smith, RN", [["Smith", CRED]], ["RN"]],
  ["J. Smith, MD", [["J. Smith", CRED]], ["MD"]],
  ["SMITH, MD", [["SMITH", CRED]], ["MD"]],
  ["Hope, LCSW", [["Hope", CRED]], ["LCSW"]],
  ["Young, NP\nDate: 3/4", [["Young", CRED]], ["NP", "Date"]],
  // at a line's start "Brown, MD" was "a town, Maryland"
  ["Plan: f/u.\nBrown, MD", [["Brown", CRED]], ["Plan", "MD"]],
];

const TOWNS_IN_MARYLAND: ReadonlyArray<PlaceCase> = [
  // a place's word before the town, a ZIP after it, or an address line keeps "Town, MD" a place
  ["lives in Bowie, MD", [["Bowie, MD", "location:address"]], ["lives"]],
  ["Bowie, MD 20715", [["Bowie, MD", "location:address"], ["20715", "format:zip-address"]], []],
  ["Seen in Frederick, MD last week", [["Frederick, MD", "location:address"]], ["Seen", "week"]],
  ["12 Main St, Bowie, MD", [["12 Main St, Bowie, MD", "location:address"]], []],
  // without the comma a verb before a role is an order, not a signature
  ["Smith MD", [], ["Smith"]],
];

const PLACE_NAMED: ReadonlyArray<PlaceCase> = [
  // the country won before and the surname after it leaked
  ["RN Jordan Smith at bedside", [["Jordan Smith", "name:cue"]], ["bedside"]],
  ["RN GEORGIA SMITH AT BEDSIDE", [["GEORGIA SMITH", "name:cue"]], ["BEDSIDE"]],
  ["wife India Patel called", [["India Patel", "name:cue"]], ["called"]],
  // no person's cue right before, or no surname after: the place
  ["son lives in Georgia now", [["Georgia", "location:state"]], ["son"]],
  ["pt Georgia resident", [["Georgia", "location:state"]], ["resident"]],
  ["moved from Georgia to Ohio", [["Georgia", "location:state"], ["Ohio", "location:state"]], ["moved"]],
];

const IN_LAWS: ReadonlyArray<PlaceCase> = [
  // an in-law written with blanks, as ALL CAPS nursing notes and chat write it (only the hyphenated form was a cue)
  ["SISTER IN LAW GRACE CALLED", [["GRACE", "name:cue"]], ["SISTER", "CALLED"]],
  ["sister in law grace called", [["grace", "name:cue"]], ["sister", "called"]],
  ["MOTHER IN LAW MARY VISITED", [["MARY", "name:cue"]], ["VISITED"]],
  // "law" after "in" without a relative before is no cue
  ["ORDER IN LAW HOPE", [], ["HOPE"]],
];

const TRANSCRIBERS: ReadonlyArray<PlaceCase> = [
  // a transcriptionist's system code was a quiet token (letters and digits), and capitals in a mixed-case note were
  // left to ALL CAPS notes
  ["DT: 02/15/97 TR: kg43", [["kg43", "name:initial"]], ["DT"]],
  ["Typed by: JR", [["JR", "name:initial"]], ["Typed"]],
  // an echo's finding and a test stay words; a longer number is no one's code
  ["TR: MILD", [], ["MILD"]],
  ["Transcribed by: MRI", [], ["MRI"]],
  ["TR: ab12345", [], ["ab12345"]],
];

const ARABIC: ReadonlyArray<PlaceCase> = [
  // "Al" read as Alabama's code stopped the name: nothing was found
  ["Note by Y. Al-Rashidi today", [["Y. Al-Rashidi", "name:neighbour"]], ["Note", "today"]],
  ["Note by Al-Rashidi today", [["Al-Rashidi", "name:neighbour"]], ["today"]],
  ["Y. Al-Rashidi, MD", [["Y. Al-Rashidi", "name:neighbour"]], ["MD"]],
  ["seen by al-rashidi", [["al-rashidi", "name:neighbour"]], ["seen"]],
  // the forms the other rules already took keep their reasons and spans
  ["Dr. Al-Rashidi", [["Al-Rashidi", "name:title"]], ["Dr"]],
  ["Omar Al-Sayed was seen", [["Omar Al-Sayed", "name:neighbour"]], ["seen"]],
  ["PATIENT: AL-MASRI, NADIA", [["AL-MASRI, NADIA", "name:neighbour"]], ["PATIENT"]],
  // the fellowship is no person
  ["She attends Al-Anon meetings", [], ["Al-Anon"]],
  ["al-anon", [], ["al-anon"]],
];

const HEAD_SURNAMES: ReadonlyArray<PlaceCase> = [
  // "Law" heads "Starling's law": after a title and a given name it is the surname (it leaked, or the whole name did)
  ["Dr. Tom Law saw him", [["Tom Law", "name:title"]], ["saw"]],
  ["Mr. Tom Law was admitted", [["Tom Law", "name:title"]], ["admitted"]],
  ["DR. TOM LAW SAW HIM", [["TOM LAW", "name:title"]], ["SAW"]],
  ["dr. tom law saw him", [["tom law", "name:title"]], ["saw"]],
  // eponyms stay terms, after a person's cue too
  ["per Starling law", [], ["Starling", "law"]],
  ["by the Frank-Starling law", [], ["Frank", "Starling"]],
  ["pt Hoffman sign positive", [], ["Hoffman"]],
  ["patient Bell palsy", [], ["Bell"]],
  ["pt Murphy sign positive", [], ["Murphy"]],
];

runPlaceTable("a surname that is a word signs with its credential at a line's start (stop 29)", SIGNATURES);
runPlaceTable("towns in Maryland stay places (stop 29)", TOWNS_IN_MARYLAND);
runPlaceTable("given names that are states or countries after a person's cue (stop 29)", PLACE_NAMED);
runPlaceTable("Arabic surnames with their article (stop 29)", ARABIC);
runPlaceTable("surnames that head eponyms after a titled or cued given name (stop 29)", HEAD_SURNAMES);
runPlaceTable("in-laws written with blanks (stop 29)", IN_LAWS);
runPlaceTable("a transcriptionist's code or initials (stop 29)", TRANSCRIBERS);
