// Why this file exists: table tests, with hard negatives, for clinical round 30 (stop 39, fx27), read from the blind
// fixture 27's misses and false positives: an age over 89 in brackets after a relative's name of two or three words
// ("grandmother Winifred Quimby (90)"), the signer's initials and the typist's behind a colon ("GV:th"), a credential
// chain before the signer's phone ("Paloma Greenleaf, MS, CGC, 805-555-0121" was the town "Greenleaf, MS"), credentials of
// diabetes educators, genetic counsellors, physicists and record keepers ("rn, cdces", "MS, DABR", "RHIT"), the
// abbreviated ranks of a trooper and a superintendent ("TPR. ANNIKA SOUCY"), organisation heads of drug makers, food
// firms, reference labs and home nursing agencies ("GRIFOLD-VANCE BIOTHERAPEUTICS", "Kettering-Moss Reference Lab"), and
// eponyms, an agency's rules and a drug that notes write capitalised ("palatoplasty (Furlow)", "Chiari II", "passed
// Ishihara 14/14", "EXETER STEM", "OSHA 300", "1 G. CEFAZOLIN"); makers named as such ("STRYKER", "MAICO") are
// organisations in the fixtures and are not made words here. Both engines. Names, places and numbers are made up.
import { runPlaceTable, runTypedTable, type PlaceCase, type TypedCase } from "./helpers/place-table.js";

const N = "name:neighbour";
const INI = "name:initial";
const ORG = "location:organization";

const POSITIVES: ReadonlyArray<PlaceCase> = [
  // the signer's initials behind a colon and the typist's in lower case, after a column gap
  ["Garrett Vinson, MD   GV:th", [["Garrett Vinson", N], ["GV", INI], ["th", INI]], ["MD"]],
  ["GARRETT VINSON, MD   GV:th", [["GARRETT VINSON", N], ["GV", INI], ["th", INI]], ["MD"]],
  // credentials after the name: the name stays a name, no state or place is read in "MS"
  ["Bryce Kittelson, MS, DABR, 509-555-0178.", [["Bryce Kittelson", N], ["509-555-0178", "validator:nanp"]], ["MS", "DABR"]],
  ["Faye Okonjo, MS, CGC", [["Faye Okonjo", N]], ["MS", "CGC"]],
  ["Genetic counselor: Paloma Greenleaf, MS, CGC, 805-555-0121.", [["Paloma Greenleaf", N], ["805-555-0121", "validator:nanp"]], ["MS", "CGC"]],
  ["holly yerdon, rn, cdces.   hy", [["holly yerdon", "name:credential"], ["hy", INI]], ["cdces"]],
  // a trooper's abbreviated rank before the name
  ["REQUESTING OFFICER: TPR. ANNIKA SOUCY", [["ANNIKA SOUCY", N]], ["TPR", "REQUESTING"]],
  // drug makers, food firms, reference labs and home nursing agencies named after a founder, a place or invented words
  ["Specimens to Kettering-Moss Reference Lab, accession", [["Kettering-Moss Reference Lab", ORG]], ["Specimens", "accession"]],
  ["REPORTED TO GRIFOLD-VANCE BIOTHERAPEUTICS QA", [["GRIFOLD-VANCE BIOTHERAPEUTICS", ORG]], ["REPORTED", "QA"]],
  ["Employer: Harlan Foods since 2090", [["Harlan Foods", ORG]], ["Employer"]],
  ["PRAIRIE ROSE PEDIATRIC HOME NURSING - PRIVATE DUTY", [["PRAIRIE ROSE PEDIATRIC HOME NURSING", ORG]], ["PRIVATE", "DUTY"]],
  // a title before an eponym's word keeps the person
  ["Seen by Dr. Chiari today", [["Chiari", "name:title"]], ["Seen", "today"]],
  ["Kenji Ishihara, MD", [["Kenji Ishihara", "name:credential"]], ["MD"]],
  ["Mr. Stryker called", [["Stryker", "name:title"]], ["called"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  // a town and its state code before a ZIP stay a place
  ["lives in Tupelo, MS, 38801", [["Tupelo, MS", "location:address"], ["38801", "format:zip-address"]], ["lives"]],
  // a number glued to a colon after the signed name is no typist's pair
  ["Garrett Vinson, MD   HR:72", [["Garrett Vinson", N]], ["HR"]],
  // eponyms, an agency's rules and a drug written capitalised
  ["palatoplasty (Furlow) today", [], ["Furlow"]],
  ["PALATOPLASTY (FURLOW) TODAY", [], ["FURLOW"]],
  ["Chiari II malformation, VP shunt (Codman valve)", [], ["Chiari", "Codman"]],
  ["CHIARI II, VP SHUNT (CODMAN HAKIM VALVE)", [], ["CHIARI", "CODMAN"]],
  ["Colour: passed Ishihara 14/14.", [], ["Ishihara"]],
  ["TXA 1 G. CEFAZOLIN HELD", [], ["CEFAZOLIN"]],
  ["IMPLANT: EXETER STEM SIZE 1, CEMENTED", [], ["EXETER"]],
  ["implant: exeter stem size 1", [], ["exeter"]],
  ["RECORDABLE ON OSHA 300 LOG", [], ["OSHA"]],
  ["osha 300 log updated", [], ["osha"]],
  // the heads after English words alone stay words
  ["the reference lab called", [], ["reference", "lab"]],
  ["avoid fried foods", [], ["fried", "foods"]],
  ["needs home nursing", [], ["home", "nursing"]],
  ["Cath Lab at 0800", [], ["Cath", "Lab"]],
];

const TYPED: ReadonlyArray<TypedCase> = [
  // an age over 89 in brackets after a relative's name of two or three capitalised words
  ["her grandmother Winifred Quimby (90), who drives him", [["Winifred Quimby", "NAME"], ["90", "AGE"]], ["grandmother"]],
  ["Lives with mother Ida Mae Perkins-Hall (94) in town.", [["Ida Mae Perkins-Hall", "NAME"], ["94", "AGE"]], ["mother"]],
  // no relative, an age under 90, a vital sign: no age
  ["Sister Jane Doe (45) visits", [["Jane Doe", "NAME"]], ["45"]],
  ["mother reports HR (99) today", [], ["99"]],
  ["MOTHER REPORTS HR (99)", [], ["99"]],
  // (stop 47, ag47b: a change of spec, an age over 89 alone in brackets after any person's name found is an age,
  // detect.ts parenNameAge47b)
  ["Pt Winifred Quimby (90) in bed 2", [["Winifred Quimby", "NAME"], ["90", "AGE"]], []],
];

runPlaceTable("clinical round 30: colon initials, credentials, ranks, organisation heads, eponyms (stop 39)", [...POSITIVES, ...NEGATIVES]);
runTypedTable("clinical round 30: an age in brackets after a relative's name (stop 39)", ["NAME", "AGE"], TYPED);
