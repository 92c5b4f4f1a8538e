// Why this file exists: the grammar of an age over 89 (Safe Harbor's identifier C) as stop 49 (ag49) wrote it down: one
// row per form, found and not found, mixed case, ALL CAPS and lower case, both engines; the forms stop 49 added
// (appositive49, kinNameAge49, toBe49, lowerLead49, "years young", "by" after a copula, "100TH") and the older ones;
// and a property: any age 90-120 in each positive form is found, the same number in a vital sign's form is not.
import { runAgeFormProperty } from "./helpers/age-forms.js";
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const A = "AGE";
const age = (n: string) => [[n, A]] as const;

// forms found before stop 49 (kept here so the grammar is whole)
const OLDER: ReadonlyArray<TypedCase> = [
  ...casedRows("Patient aged 93 admitted with sepsis.", age("93"), ["admitted"]),
  ...casedRows("Age: 93\nSex: F", age("93"), ["Sex"]),
  ...casedRows("93 y/o woman with CHF.", age("93"), ["woman"]),
  ...casedRows("93yo woman with CHF.", age("93"), ["woman"]),
  ...casedRows("93 y.o. woman with CHF.", age("93"), ["woman"]),
  ...casedRows("A 93-yr-old man with CHF.", age("93"), ["man"]),
  ...casedRows("A 93-year-old man with CHF.", age("93"), ["man"]),
  ...casedRows("The patient is 93 years of age.", age("93"), ["patient"]),
  ...casedRows("93 YOF with CHF.", age("93"), ["CHF"]),
  ...casedRows("Pt mother Opal Sexton, 90, lives with pt.", age("90"), ["lives"]),
  ...casedRows("She just turned 93 last week.", age("93"), ["week"]),
  ...casedRows("At 94, he lives alone.", age("94"), ["lives"]),
  ...casedRows("Mother died at 93 of a stroke.", age("93"), ["stroke"]),
  ...casedRows("she's 96 and sharp as a tack", age("96"), ["sharp"]),
];

// stop 49: the forms added
const ADDED: ReadonlyArray<TypedCase> = [
  // appositive49: a note in brackets or a dash's clause after the age, or "Sr." / "Jr." before the comma
  ...casedRows("Her mother Sinobu Epeluk, 92 (bedbound), sons at home.", age("92"), ["bedbound", "sons"]),
  ...casedRows("4. Fadumo Jama, mother-in-law, 91 - symptomatic, sputum sent.", age("91"), ["symptomatic"]),
  ...casedRows("Patient Wilbur Friday Sr., 94, at home.", age("94"), ["home"]),
  // kinNameAge49: a relative and a name, no comma, then a note or a clause about the person
  ...casedRows("Son 24; mother Naw Mu Mu 93 (wheelchair).", age("93"), ["wheelchair"]),
  ...casedRows("- grandma abuk deng 94 lives with them", age("94"), ["lives"]),
  // toBe49: hearsay
  ...casedRows("her mother halima said to be 95 (needs wheelchair)", age("95"), ["needs"]),
  ...casedRows("Father reported to be 92 and still farming.", age("92"), ["farming"]),
  // "by" after a copula; "years young"; an ordinal birthday in capitals
  ...casedRows("She is 92 by family report.", age("92"), ["family"]),
  ...casedRows("He was 101 years young and told stories.", age("101"), ["told"]),
  ...casedRows("Celebrated her 100th birthday.", age("100th"), ["Celebrated"]),
  // lowerLead49: a lower-case sex letter where a line, a label or "pt" opens the phrase
  ["6 west nsg: 93f halvorsen rm 612.", age("93"), ["west"]],
  ["pt 93 m with fall.", age("93"), ["fall"]],
];

// hard negatives: numbers 90-130 that are no age
const NEGATIVES: ReadonlyArray<TypedCase> = [
  ...casedRows("HR 95, BP 140/95, RR 18.", [], ["HR", "95"]),
  ...casedRows("SpO2 93% on RA.", [], ["93"]),
  ...casedRows("Weight 95 kg.", [], ["95"]),
  ...casedRows("Room 97, bed 2.", [], ["97"]),
  ...casedRows("Amoxicillin x 90 days.", [], ["90"]),
  ...casedRows("Aspirin 90 mg daily.", [], ["90"]),
  // (the street number is an address's, not an age)
  ...casedRows("Robert Hale Sr., 97 Main St, Dayton.", [], []),
  ...casedRows("93. Follow up in clinic.", [], ["93"]),
  ...casedRows("Smoked for 93 years.", [], ["93"]),
  ...casedRows("Temp 99 F.", [], ["99"]),
  ...casedRows("Glucose, 95 (fasting).", [], ["95"]),
  ...casedRows("Pulse, 96 - regular.", [], ["96"]),
  ...casedRows("Platelets, 95 (L).", [], ["95"]),
  ...casedRows("HR reported to be 95 and regular.", [], ["95"]),
  ...casedRows("BP said to be 95 (diastolic).", [], ["95"]),
  ...casedRows("mother reports hr 95 (irregular).", [], ["95"]),
  ["walked a 100 m loop", [], ["100"]],
  ["tmax: 101f overnight", [], ["101"]],
];

runTypedTable("stop 49 (ag49): ages over 89 found before", [A], OLDER);
runTypedTable("stop 49 (ag49): ages over 89 added", [A], ADDED);
runTypedTable("stop 49 (ag49): numbers 90-130 that are no age", [A], NEGATIVES);

// each positive form with its number as a hole; each vital sign's form the same
const POSITIVE_FORMS = [
  "Patient aged # admitted.", "# y/o woman with CHF.", "#yo man.", "A #-year-old man.", "# YOF with CHF.",
  "Mother Opal Sexton, #, lives with pt.", "Her mother Sinobu Epeluk, # (bedbound).", "Fadumo Jama, mother-in-law, # - symptomatic.",
  "Patient Wilbur Friday Sr., #, at home.", "mother Naw Mu Mu # (wheelchair).", "grandma abuk deng # lives with them",
  "her mother said to be # (needs wheelchair)", "She is # by family report.", "He was # years young.", "She just turned # last week.",
];
const VITAL_FORMS = [
  "HR #, RR 18.", "SpO2 #% on RA.", "BP 140/# sitting.", "Weight # kg.", "Room #, bed 2.", "x # days.", "Aspirin # mg daily.",
  "Robert Hale Sr., # Main St.", "Glucose, # (fasting).", "Pulse, # - regular.", "HR reported to be # and regular.",
];

runAgeFormProperty("stop 49 (ag49): property over ages 90-120", "every positive form finds the age, no vital form does", POSITIVE_FORMS, VITAL_FORMS, 120);
