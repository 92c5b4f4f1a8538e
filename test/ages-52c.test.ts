// Why this file exists: stop 52c's (ag52c) frames of an age over 89 that fixtures 1-46 missed, found and not found, in
// mixed case, ALL CAPS and lower case on both engines: a chat's word after "she is 92" / "she's 95" (chatAfter52c), "now"
// opening a bracket or an apposition after a listed name or a relative (nowAge52c), and a hedge after "said to be"
// (hedgeBack52c); with hard negatives (vitals, saturations, labs, weights, doses, scores, rooms, turns).
import { runAgeFormProperty } from "./helpers/age-forms.js";
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const A = "AGE";
const age = (n: string) => [[n, A]] as const;

const ADDED: ReadonlyArray<TypedCase> = [
  // chatAfter52c: a person's "is" / "'s", the number, a chat's word or a question's verb
  ...casedRows("mom 0715: her grandma wants to visit, she is 92 lol — is that ok?", age("92"), ["lol"]),
  ...casedRows("ok. my grandma lives with us she's 95 does she need it", age("95"), ["does"]),
  ...casedRows("he is 90 should he still come in?", age("90"), ["should"]),
  ...casedRows("my dad is 101 omg", age("101"), ["omg"]),
  // nowAge52c: "now" opening a bracket or an apposition after a listed name or a relative
  ...casedRows("her sister Miriam Kaplan (now 92, living in Worcester) had ovarian cancer.", age("92"), ["living"]),
  ...casedRows("Her mother (now 95) lives in Tampa.", age("95"), []),
  ...casedRows("Aunt Rose Kaplan, now 91, lives alone.", age("91"), ["lives"]),
  // hedgeBack52c: a hedge between "said to be" and the number
  ...casedRows("His father Nur Alam, said to be about 95.", age("95"), []),
  ...casedRows("grandmother reported to be nearly 100 and bedbound", age("100"), ["bedbound"]),
];

// hard negatives: numbers 90-125 near the new frames that are no age
const NEGATIVES: ReadonlyArray<TypedCase> = [
  ...casedRows("BP is 92/60 lol.", [], []),
  ...casedRows("Her sat is 95% on RA.", [], []),
  ...casedRows("she is 95% on RA does she need O2", [], []),
  ...casedRows("HR 91 lol", [], []),
  ...casedRows("HR is 91 does that matter", [], []),
  ...casedRows("glucose is 120 does she need insulin", [], []),
  ...casedRows("she's 95 lbs does she need a supplement", [], []),
  ...casedRows("Turned 90 degrees does it hurt", [], []),
  ...casedRows("Pressure (now 92/60, improved).", [], []),
  ...casedRows("Sat (now 95%) on 2L.", [], []),
  ...casedRows("Metoprolol (now 92 mg, was 50).", [], []),
  ...casedRows("Glucose, now 120, recheck.", [], []),
  ...casedRows("Weight (now 92 kg) stable.", [], []),
  ...casedRows("Barthel score 94 does not change plan.", [], []),
  ...casedRows("Room 91 does not have a lift.", [], []),
  ...casedRows("HR said to be about 95 and regular.", [], []),
  ...casedRows("SpO2 reported to be around 93% on RA.", [], []),
];

runTypedTable("stop 52c (ag52c): ages over 89 added", [A], ADDED);
runTypedTable("stop 52c (ag52c): numbers 90-125 that are no age", [A], NEGATIVES);

// each new frame with its number as a hole, the negatives' frames the same
const POSITIVE_FORMS = [
  "her grandma wants to visit, she is # lol", "my grandma lives with us she's # does she need it",
  "her sister Miriam Kaplan (now #, living in Worcester)", "His father Nur Alam, said to be about #.",
];
const NEGATIVE_FORMS = ["she is #% on RA does she", "HR is # lol", "Sat (now #%) on 2L.", "Metoprolol (now # mg, was 50).", "Room # does not"];

runAgeFormProperty("stop 52c (ag52c): property over ages 90-125", "every new frame finds the age, no negative frame does", POSITIVE_FORMS, NEGATIVE_FORMS, 125);
