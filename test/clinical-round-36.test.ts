// Why this file exists: table tests, with hard negatives, for clinical round 36 (stop 45, fx45), read from the blind
// fixture 33's misses: a record number's code letters between the MRN cue and its digits ("MRN CAMC 448 1920"), an age
// over 89 after "I'm" / "I am" or a person and "is" when the clause goes on ("she is 90 can she get seen", "(i'm
// 91!!)"), "N years" alone between a banner's field separators ("Beaumont, Lurleen Faye · 90 years · MRN") and a town
// of three words in brackets after a facility ("Mercy Hospital (Salt Lake City)"), and a particle after a name's
// particle opening the surname over the place its words name ("VALERIA DE LA CRUZ"). Mixed case, ALL CAPS and lower case
// where the rule claims them; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const MRN_CODES: readonly TypedCase[] = [
  // a code of two to five letters in one case, the only word between the cue and the digits (spaced groups too)
  ...cases("PATIENT MCCOY, ORVILLE   MRN CAMC 448 1920   DOB 12 JAN 1968", [["CAMC 448 1920", "MRN"]], []),
  ...cases("Hoffer, Balthasar (92) MRN SMB 7718 2044 - cirrhosis", [["SMB 7718 2044", "MRN"]], []),
  ...cases("Noelani · age 7 · MRN PCH 447 1820 · burn survivor", [["PCH 447 1820", "MRN"]], []),
  ...cases("MRN: SNGH 00912247", [["SNGH 00912247", "MRN"]], []),
  // hard negatives: a label's word, a verb, a conjunction or a preposition between the cue and the digits stays out;
  // a code of mixed case; two words between
  ...cases("MRN NO 4471882 on file", [["4471882", "MRN"]], ["NO"]),
  ...cases("MRN is 4471882 per the label", [["4471882", "MRN"]], ["is"]),
  ...cases("MRN and 12345 were merged", [["12345", "MRN"]], ["and"]),
  ...cases("MRN per 4471882", [["4471882", "MRN"]], ["per"]),
  ["MRN Pch 4471882", [["4471882", "MRN"]], ["Pch"]],
];

const AGES: readonly TypedCase[] = [
  // "N years" alone between a banner's separators: " · ", " | ", " • "
  ...cases("Patient: Beaumont, Lurleen Faye · 90 years · MRN ERL-8804471", [["90", "AGE"]], []),
  ...cases("Sex F | 92 yrs | DNR/DNI", [["92", "AGE"]], []),
  ...cases("Ochoa, Delfina • 97 years • Room 4", [["97", "AGE"]], []),
  // a person and "is" or "I'm" / "I am", the clause going on ("can", "so", "too", "still", "already", "!")
  ...cases("mom bernice coming too she is 90 can she get seen", [["90", "AGE"]], []),
  ...cases("birthday 1/8/2008 (i'm 91!!) medicare card", [["91", "AGE"]], []),
  ...cases("I'm 91 and still driving.", [["91", "AGE"]], []),
  ...cases("I am 93 now and live alone.", [["93", "AGE"]], []),
  ...cases("Dad is 94 too, and deaf.", [["94", "AGE"]], []),
  ...cases("he's 96 already and walks daily", [["96", "AGE"]], []),
  // "Im" glued in mixed and lower case; in capitals "IM" is the intramuscular route
  ...cases3("Im 92 so I need help", [[["92", "AGE"]], [], [["92", "AGE"]]], []),
  // hard negatives: a duration, a separator missing, a measure after the number, no person before the verb
  ...cases("Smoked · 100 years ago · quit", [], ["100"]),
  ...cases("for 92 years · retired", [], ["92"]),
  ...cases("Lived there · 90 years, then moved", [], ["90"]),
  ...cases("I'm 95% sure of the dose.", [], ["95"]),
  ...cases("I am 90 minutes away.", [], ["90"]),
  ...cases("HR is 92 so we held it.", [], ["92"]),
  ...cases("She is 95% so far on RA.", [], ["95"]),
  ...cases("He is 95 kg today.", [], ["95"]),
  ...cases("Sats | 92 | RA", [], ["92"]),
];

const TOWNS: readonly TypedCase[] = [
  // three words the place list knows, in brackets after a facility or a firm just found
  ...cases("Seen at Mercy Hospital (Salt Lake City) today.", [["Mercy Hospital", "LOCATION"], ["Salt Lake City", "LOCATION"]], []),
  // (after a firm the older rules left the bracket's town in capitals and lower case, two words too: "OPTION CARE
  // HEALTH (GREEN BAY)"; stop 46, loc46's parenTown46() takes it in all three cases)
  ...cases3("Referred to Option Care Health (Salt Lake City) for intake.", [
    [["Option Care Health", "LOCATION"], ["Salt Lake City", "LOCATION"]],
    [["OPTION CARE HEALTH", "LOCATION"], ["SALT LAKE CITY", "LOCATION"]],
    [["option care health", "LOCATION"], ["salt lake city", "LOCATION"]],
  ], []),
  // hard negatives: a campus, a unit or a service in the bracket
  ...cases("Seen at Mercy Hospital (Main Campus Building) today.", [["Mercy Hospital", "LOCATION"]], ["Main Campus Building"]),
  ...cases("Seen at Mercy Hospital (Cardiac Cath Lab) today.", [["Mercy Hospital", "LOCATION"]], ["Cardiac Cath Lab"]),
  ...cases("Seen at Mercy Hospital (Pediatric Burn Unit) today.", [["Mercy Hospital", "LOCATION"]], ["Pediatric Burn Unit"]),
];

const PARTICLE_SURNAMES: readonly TypedCase[] = [
  // a particle after a name's particle opens the surname, in capitals and capitalised (lower case: nam45's particle
  // run after a name found, merged in the same stop, makes it one span there too)
  ...cases3("Daughter Valeria De La Cruz called.", [
    [["Valeria De La Cruz", "NAME"]],
    [["VALERIA DE LA CRUZ", "NAME"]],
    [["valeria de la cruz", "NAME"]],
  ], []),
  ["SEEN BY DR. MARIA DE LA PAZ TODAY", [["MARIA DE LA PAZ", "NAME"]], []],
  // hard negatives: a town after a place's word or a town's name, no name before the particles
  ["LIVES IN CIUDAD DE LA PAZ NOW", [["LA PAZ", "LOCATION"]], ["CIUDAD"]],
  ["MOVED FROM LAS CRUCES TO LA CRUZ", [["LAS CRUCES", "LOCATION"], ["LA CRUZ", "LOCATION"]], []],
  ["MOVED FROM SANTA CRUZ DE LA SIERRA", [["SANTA CRUZ", "LOCATION"]], ["SIERRA"]],
];

runTypedTable("clinical round 36 (fx45): a record number's code letters after the MRN cue", ["MRN"], MRN_CODES);
runTypedTable("clinical round 36 (fx45): an age over 89 in a banner's field or after a person and a verb", ["AGE"], AGES);
runTypedTable("clinical round 36 (fx45): a town of three words in brackets after a facility", ["LOCATION"], TOWNS);
runTypedTable("clinical round 36 (fx45): a particle after a name's particle opens the surname", ["NAME", "LOCATION"], PARTICLE_SURNAMES);
