// Why this file exists: table tests, with hard negatives, for stop 56's fx56 round (fixture 53's misses, correctional,
// forensic and military/veterans health), a data-only round: military ranks' abbreviations as cues before a surname
// (scripts/build-dictionaries.mjs, F.CUE: "MAJ Whitcombe", "cpt oyelaran"), the heads of a military installation named
// after a place or a person (F.FACILITY; the merge dropped F.BOX, which typed them organisations: "Gray Army Airfield", "Kahuku Training Area", "Sicily Drop Zone"),
// and a prison's register number written "Reg. No." and New
// York's NYSID as ID cues (src/builtins.ts). Each row in mixed case, ALL CAPS and lower case, both engines. Names,
// numbers and places are made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const RANKS: TypedCase[] = [
  ...casedRows("Command notified: MAJ Whitcombe and CPT Hargrove.", [["Whitcombe", "NAME"], ["Hargrove", "NAME"]], ["MAJ", "CPT", "Command"]),
  ...casedRows("Profile reviewed by SFC Okonjo-Baptiste on 10/2.", [["Okonjo-Baptiste", "NAME"]], ["SFC", "Profile"]),
  ...casedRows("Sick call at the clinic by cpt Oyelaran for low back strain.", [["Oyelaran", "NAME"]], ["cpt", "strain"]),
  ...casedRows("SSG Villanueva-Ruiz returned from deployment.", [["Villanueva-Ruiz", "NAME"]], ["SSG", "deployment"]),
];

const RANK_NEGATIVES: TypedCase[] = [
  // a billing code's abbreviation, a single point cane (no rank: "spc" stays out of the cues), a rank before a verb or alone
  ...casedRows("Billed under CPT code 99213 today.", [], ["CPT", "code"]),
  ...casedRows("Gait with SPC, antalgic, slow.", [], ["SPC", "antalgic"]),
  ...casedRows("He served as a PFC in the infantry.", [], ["PFC", "infantry"]),
  ...casedRows("MAJ reviewed the profile.", [], ["MAJ", "reviewed"]),
];

const PLACES: TypedCase[] = [
  ...casedRows("Return to Gray Army Airfield on 9/29.", [["Gray Army Airfield", "LOCATION"]], ["Return"]),
  ...casedRows("Jungle training at Kahuku Training Area this week.", [["Kahuku Training Area", "LOCATION"]], ["Jungle", "week"]),
  ...casedRows("Last seen at Sicily Drop Zone after the jump.", [["Sicily Drop Zone", "LOCATION"]], ["jump"]),
];

const PLACE_NEGATIVES: TypedCase[] = [
  // the heads alone or after English words
  ...casedRows("Landed in the drop zone without injury.", [], ["drop zone", "injury"]),
  ...casedRows("Training area hazards were reviewed.", [], ["Training area", "hazards"]),
];

const IDS: TypedCase[] = [
  ...casedRows("Release packet, Reg. No. 20447-032, sent today", [["20447-032", "ID"]], ["Release", "packet"]),
  ...casedRows("Transferred with NYSID 08817720K yesterday.", [["08817720K", "ID"]], ["Transferred"]),
];

const ID_NEGATIVES: TypedCase[] = [
  ...casedRows("NYSID pending at booking.", [], ["NYSID", "pending"]),
  ...casedRows("Reg. No. of the device pending.", [], ["device", "pending"]),
];

runTypedTable("fx56: military ranks before a surname", ["NAME"], RANKS);
runTypedTable("fx56: rank hard negatives", ["NAME"], RANK_NEGATIVES);
runTypedTable("fx56: military installations", ["LOCATION"], PLACES);
runTypedTable("fx56: installation hard negatives", ["LOCATION", "NAME", "ORGANIZATION"], PLACE_NEGATIVES);
runTypedTable("fx56: register and NYSID numbers", ["ID"], IDS);
runTypedTable("fx56: register and NYSID hard negatives", ["ID"], ID_NEGATIVES);
