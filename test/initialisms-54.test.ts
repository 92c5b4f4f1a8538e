// Why this file exists: table tests, with hard negatives, for stop 54 hs54b's round (hospital initialisms the tree
// missed): the facility fields of an HL7 v2 message (MSH-4, MSH-6, PID-3's assigning authority, PV1-3's facility) and a
// facility's acronym in brackets right after its name: hl7Facility54 and bracketInit54 in assembly/names/r54_hs54b.ts,
// called in detect.ts's step(). Mixed case, ALL CAPS and lower case; both engines. Every name is made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const ROWS: readonly TypedCase[] = [
  // an HL7 v2 message: the sending and receiving facility, the MRN's assigning authority, the visit's facility
  ...casedRows("MSH|^~\\&|EPICADT|NRMC|LABSYS|NRMC|20250117083212||ADT^A04|MSG0099123|P|2.5.1\nPID|1||4471902^^^NRMC^MR||" +
    "ABUBAKAR^HALIMA^S||19880512|F\nPV1|1|O|FAMMED^^^NRMC||||2231^ODUYA^FELIX^A^^^MD",
    [["NRMC", "LOCATION"], ["NRMC", "LOCATION"], ["NRMC", "LOCATION"], ["NRMC", "LOCATION"]],
    ["EPICADT", "LABSYS", "ADT^A04", "FAMMED", "^MR"]),
  // a facility of two words in MSH-4; the application fields (MSH-3, MSH-5) and an OBX code's components stay
  ...casedRows("MSH|^~\\&|SUNQUEST|HOLLIS LAB|EPIC|SJMC|202601301642||ORU^R01|LAB7731920|P|2.3\nOBX|1|NM|WBC^^^ICU||2.1|10*3/uL",
    [["HOLLIS LAB", "LOCATION"], ["SJMC", "LOCATION"]], ["SUNQUEST", "EPIC|", "WBC", "ICU"]),
  // hard negatives: an identifier's type as its assigning authority, a health information exchange as the receiver
  ...casedRows("MSH|^~\\&|EPICADT|NRMC|SCRIBE|HIE|20260214083312||ADT^A01|MSG00048211|P|2.5.1\nPID|1||77120394^^^MRN||OKONJO^CHIDI^A",
    [["NRMC", "LOCATION"]], ["SCRIBE", "HIE", "MRN"]),
  // the acronym in brackets after the facility's name, alone or with its branch's town
  ...casedRows("Seen at Mercy Regional Medical Center (MRMC) today.",
    [["Mercy Regional Medical Center", "LOCATION"], ["MRMC", "LOCATION"]], ["today"]),
  ...casedRows("Consult - Piedmont Ridge Medical Center (PRMC - Hickory campus)\nDate: 2092-05-17",
    [["Piedmont Ridge Medical Center", "LOCATION"], ["PRMC - Hickory campus", "LOCATION"]], ["Consult"]),
  // hard negatives: a unit or a department in brackets after a facility, an acronym after no facility, a word
  ...casedRows("Transferred from Mercy Regional Medical Center (ED) with chest pain.",
    [["Mercy Regional Medical Center", "LOCATION"]], ["ED", "chest pain"]),
  ...casedRows("Admitted to Saint Anne Hospital (SICU) overnight.", [["Saint Anne Hospital", "LOCATION"]], ["SICU"]),
  ...casedRows("Referred to Harbor View Hospital (HIV clinic) today.", [["Harbor View Hospital", "LOCATION"]], ["HIV clinic"]),
  ...casedRows("Elevated prostate specific antigen (PSA) noted.", [], ["PSA"]),
  ...casedRows("Records from Mercy Hospital (see note) reviewed.", [["Mercy Hospital", "LOCATION"]], ["see note"]),
];

runTypedTable("stop 54, hs54b: a hospital's initialism in an HL7 facility field or in brackets after its name", ["LOCATION"], ROWS);
