// Why this file exists: table tests, with hard negatives, for the stop 53 organisations round og53b (assembly/names/
// r53_og53b.ts, firmPartners53b()): a firm named by its partners' surnames joined by "&" or "and" and closed by a legal
// form ("Brondell & Pyke PLLC", "Halvorsen, Tibbits & Crane, LLP", "Draymore and Fitch, LLC", "Whitaker & Chen, P.C."),
// or a pair whose first surname repeats the person named right before it ("attorney Wendell Ostrander of Ostrander &
// Pflug"), in mixed case, ALL CAPS and lower case. Hard negatives: clinical ampersand abbreviations, "mom & dad", two
// people joined by "and" or "&", a drug pair before "p.c.", an increase's "inc", two towns before a state's "PA". Both
// engines. Names are made up.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ROWS: ReadonlyArray<PlaceCase> = [
  // a legal form closes the partners' names; the attorney named before the firm stays a person
  ["Member's attorney: Kessra Brondell, Brondell & Pyke PLLC, Oneonta.", [["Kessra Brondell","name:neighbour"],["Brondell & Pyke PLLC","location:organization"],["Oneonta","location:city"]], ["attorney"]],
  ["MEMBER'S ATTORNEY: KESSRA BRONDELL, BRONDELL & PYKE PLLC, ONEONTA.", [["KESSRA BRONDELL","name:neighbour"],["BRONDELL & PYKE PLLC","location:organization"],["ONEONTA","location:city"]], ["ATTORNEY"]],
  ["member's attorney: kessra brondell, brondell & pyke pllc, oneonta.", [["kessra brondell","name:cue"],["brondell & pyke pllc","location:organization"],["oneonta","location:city"]], ["attorney"]],
  ["Referred by Halvorsen, Tibbits & Crane, LLP for records.", [["Halvorsen, Tibbits & Crane, LLP","location:organization"]], ["records"]],
  ["REFERRED BY HALVORSEN, TIBBITS & CRANE, LLP FOR RECORDS.", [["HALVORSEN, TIBBITS & CRANE, LLP","location:organization"]], ["RECORDS"]],
  ["referred by halvorsen, tibbits & crane, llp for records.", [["halvorsen, tibbits & crane, llp","location:organization"]], ["records"]],
  ["Works as a paralegal at Draymore and Fitch, LLC downtown.", [["Draymore and Fitch, LLC","location:organization"]], ["paralegal", "downtown"]],
  ["WORKS AS A PARALEGAL AT DRAYMORE AND FITCH, LLC DOWNTOWN.", [["DRAYMORE AND FITCH, LLC","location:organization"]], ["PARALEGAL", "DOWNTOWN"]],
  ["works as a paralegal at draymore and fitch, llc downtown.", [["draymore and fitch, llc","location:organization"]], ["paralegal", "downtown"]],
  // no form: the first partner repeats the surname of the person named right before
  ["His attorney Wendell Ostrander of Ostrander & Pflug.", [["Wendell Ostrander","name:neighbour"],["Ostrander & Pflug","location:organization"]], ["attorney"]],
  ["HIS ATTORNEY WENDELL OSTRANDER OF OSTRANDER & PFLUG.", [["WENDELL OSTRANDER","name:neighbour"],["OSTRANDER & PFLUG","location:organization"]], ["ATTORNEY"]],
  ["his attorney wendell ostrander of ostrander & pflug.", [["wendell ostrander","name:neighbour"],["ostrander & pflug","location:organization"]], ["attorney"]],
  // "P.C." with its periods
  ["Release to: Whitaker & Chen, P.C., attn. records.", [["Whitaker & Chen, P.C.","location:organization"]], ["attn", "records"]],
  ["RELEASE TO: WHITAKER & CHEN, P.C., ATTN. RECORDS.", [["WHITAKER & CHEN, P.C.","location:organization"]], ["ATTN", "RECORDS"]],
  ["release to: whitaker & chen, p.c., attn. records.", [["whitaker & chen, p.c.","location:organization"]], ["attn", "records"]],
  // hard negatives: clinical abbreviations, family, a drug pair before "p.c.", an increase, towns, two people
  ["s/p D&C and I&D; A&O x3; T&A as child; R&R; B&B.", [], ["D&C", "I&D", "A&O", "T&A", "R&R", "B&B"]],
  ["S/P D&C AND I&D; A&O X3; T&A AS CHILD; R&R; B&B.", [], ["D&C", "I&D", "A&O", "T&A", "R&R", "B&B"]],
  ["s/p d&c and i&d; a&o x3; t&a as child; r&r; b&b.", [], ["d&c", "i&d", "a&o", "t&a", "r&r", "b&b"]],
  ["mom & dad at bedside.", [], ["mom", "dad"]],
  ["MOM & DAD AT BEDSIDE.", [], ["MOM", "DAD"]],
  ["mom & dad at bedside.", [], ["mom", "dad"]],
  ["Tylenol & Motrin p.c. as needed.", [], ["Tylenol", "Motrin", "p.c."]],
  ["TYLENOL & MOTRIN P.C. AS NEEDED.", [], ["TYLENOL", "MOTRIN", "P.C."]],
  ["tylenol & motrin p.c. as needed.", [], ["tylenol", "motrin", "p.c."]],
  ["BP and HR inc overnight.", [], ["inc"]],
  ["BP AND HR INC OVERNIGHT.", [], ["INC"]],
  ["bp and hr inc overnight.", [], ["inc"]],
  ["Lives between Allentown & Bethlehem, PA now.", [["Allentown","location:city"],["Bethlehem, PA","location:address"]], ["now"]],
  ["LIVES BETWEEN ALLENTOWN & BETHLEHEM, PA NOW.", [["ALLENTOWN","location:city"],["BETHLEHEM, PA","location:address"]], ["NOW"]],
  ["lives between allentown & bethlehem, pa now.", [["allentown","location:city"],["bethlehem","name:credential"]], ["now"]],
  ["Seen by Patel & Kim on rounds.", [["Patel","name:cue"],["Kim","name:dictionary"]], ["rounds"]],
  ["SEEN BY PATEL & KIM ON ROUNDS.", [["PATEL","name:cue"],["KIM","name:dictionary"]], ["ROUNDS"]],
  ["seen by patel & kim on rounds.", [["patel","name:cue"],["kim","name:dictionary"]], ["rounds"]],
  ["Visited by John and Mary Kessler today.", [["John","name:cue"],["Mary Kessler","name:neighbour"]], ["today"]],
  ["VISITED BY JOHN AND MARY KESSLER TODAY.", [["JOHN","name:cue"],["MARY KESSLER","name:neighbour"]], ["TODAY"]],
  ["visited by john and mary kessler today.", [["john","name:cue"],["mary kessler","name:neighbour"]], ["today"]],
];

runPlaceTable("stop 53 (og53b): a firm named by its partners' surnames", ROWS);
