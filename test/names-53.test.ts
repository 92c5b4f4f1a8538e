// Why this file exists: table tests, with hard negatives, for stop 53's name round (nm53), in ALL CAPS and lower case
// (and mixed case where the older rules already read it): a staff member's given name before the surname and its
// credential in running text (credGiven53() in assembly/names/r53_nm53.ts), and a hyphenated surname's second half
// after a name that stopped at the hyphen or before the surname (hyphenSurname53()). Hard negatives: a clause whose
// comma and credential-like word go on ("Will call, NP to review.", "Pt may walk, RN to assist."), an ambiguous
// credential ("Gait: will fall, PT."), an article before the given name, a language's article before an eye's side
// ("para el od, pero"); a compound after a name ("Mary follow-up", "Andrzej re-signed", "John well-appearing", "Rosa
// María ninety-one"). Both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const CRED_GIVEN: ReadonlyArray<TypedCase> = [
  ...casedRows("Signed by patient; witnessed by Hope Villarreal, RN.\n", [["Hope Villarreal", N]], ["Signed", "patient"]),
  ...casedRows("Anesthesia spinal by Min-jae Baek, MD. EBL 250.\n", [["Min-jae Baek", N]], ["Anesthesia", "EBL"]),
  ...casedRows("Your nurse today was Crystal Meadowbrook, RN.\n", [["Crystal Meadowbrook", N]], ["Your", "nurse"]),
  ...casedRows("Next visit 12/08. Wren Hollingworth, RN\n", [["Wren Hollingworth", N]], ["Next", "visit"]),
  ...casedRows("Consultant Marcus Oyelaran, MD · Fellow on call\n", [["Marcus Oyelaran", N]], ["Consultant", "Fellow"]),
  ...casedRows("Called to Martin Delacourt RN, read back.\n", [["Martin Delacourt", N]], ["Called", "read"]),
  ...casedRows("Plan per Frank Belliveau, MD, 3/14.\n", [["Frank Belliveau", N]], ["Plan"]),
  // (a hyphenated surname after the given name)
  ...casedRows("Face-to-face by Grace Akinola-Reyes, NP, on 11/06.\n", [["Grace Akinola-Reyes", N]], ["Face"]),
];

const CRED_GIVEN_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Will call, NP to review.\n", [], ["Will", "call", "NP"]),
  ...casedRows("Pt may walk, RN to assist.\n", [], ["walk", "RN"]),
  ...casedRows("Gait: will fall, PT.\n", [], ["Gait", "will", "fall"]),
  ...casedRows("He will follow up, MD aware.\n", [], ["will", "follow"]),
  ...casedRows("Seen by the grace hill, md.\n", [], ["Seen", "grace"]),
  ...casedRows("Se ofreció la misma actitud para el od, pero no.\n", [], ["para", "el"]),
];

const HYPHEN_SURNAME: ReadonlyArray<TypedCase> = [
  ...casedRows("Agent: niece Grazia Kettle-Morel, 45 Linden Ave.\n", [["Grazia Kettle-Morel", N]], ["Agent", "niece"]),
  ...casedRows("Reviewed with fire chief Renata Coyote-Bellamy (fit for duty).\n", [["Renata Coyote-Bellamy", N]], ["fire", "chief", "duty"]),
  ...casedRows("Interview 3/14 with manager Renée St-Onfroy; she states the door was locked.\n", [["Renée St-Onfroy", N]], ["manager", "door"]),
];

const HYPHEN_SURNAME_NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Spoke with Mary follow-up in 2 weeks.\n", [["Mary", N]], ["follow", "weeks"]),
  ...casedRows("Note by Andrzej re-signed after review.\n", [["Andrzej", N]], ["signed", "review"]),
  ...casedRows("Patient John well-appearing, no distress.\n", [["John", N]], ["appearing", "distress"]),
];

runTypedTable("stop 53 (nm53): a given name before a surname and its credential in running text", [N], CRED_GIVEN);
runTypedTable("stop 53 (nm53): hard negatives, clauses and ambiguous words before a credential", [N], CRED_GIVEN_NOT);
runTypedTable("stop 53 (nm53): a hyphenated surname after a name that stopped at the hyphen or before it", [N], HYPHEN_SURNAME);
runTypedTable("stop 53 (nm53): hard negatives, compounds after a name", [N], HYPHEN_SURNAME_NOT);
