// Why this file exists: table tests, with hard negatives, for stop 48b's name round (nm48b). A signature or a labelled
// field's name before a comma and a credential, in ALL CAPS and lower case, whose given name no list holds: two short
// halves joined by a hyphen ("hyun-woo", "SEO-YEON"), or one word no English or name list has right after a label's
// colon ("ordering: rutendo makoni-hayes, do"); lowerSignature31 now reads ALL CAPS too ("ATTENDING: RAJIV MALHOTRA,
// MD"). Hard negatives: a town before a state's code, "do" as a verb, a clause that goes on after the credential, core
// words after a label, drugs and tests after a role. Mixed case, ALL CAPS and lower case; both engines; names invented.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const SIGNED: ReadonlyArray<TypedCase> = [
  // a hyphenated given name no list holds, opening a label's field or a line
  ...casedRows("Treating: Min-seo Tarkowski, MD, occupational clinic.\n", [["Min-seo Tarkowski", N]], ["Treating", "occupational"]),
  ...casedRows("Note reviewed.\nJae-hun Brightwater, MD\n", [["Jae-hun Brightwater", N]], ["reviewed"]),
  // a given name no list has after a label's colon, a hyphenated surname, "DO"
  // (mixed case is no part of this round: there an older rule takes the hyphen's second half alone, as before)
  ...casedRowsEach("Ordering: Tendai Mukonoweshuro-Lacey, DO · radiology\n",
    [[["Lacey", N]], [["TENDAI MUKONOWESHURO-LACEY", N]], [["tendai mukonoweshuro-lacey", N]]], ["Ordering", "radiology"]),
];

const NEGATIVES: ReadonlyArray<TypedCase> = [
  // a town before its state's code
  ...casedRows("Moved from Ocean City, MD last year.\n", [], ["Moved"]),
  // "do" is a verb; the clause goes on after the credential
  ...casedRows("Question: what to do, md to call back.\n", [], ["Question", "call"]),
  // a test or a drug after a role's label
  ...casedRows("Ordering: CT abdomen, MD aware.\n", [], ["Ordering", "abdomen"]),
  ...casedRows("Reason: follow-up visit, NP to see.\n", [], ["Reason", "follow", "visit"]),
  ...casedRows("Plan: re-dose heparin, RN aware.\n", [], ["Plan", "heparin"]),
];

runTypedTable("stop 48b (nm48b): a signature's name no list holds before its credential", [N], SIGNED);
runTypedTable("stop 48b (nm48b): hard negatives of the signature rule", [N], NEGATIVES);
