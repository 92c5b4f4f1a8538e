// Why this file exists: table tests, with hard negatives, for stop 56's heads (fy56, scripts/build-dictionaries.mjs):
// dental specialty practices, tissue banks and egg-donation agencies named after a place or invented words
// ("Lakeside Periodontics", "Great Lakes Cryobank", "Magnolia Egg Bank", "Pacific Crest Egg
// Donation"; organisation heads, as "dentistry" and "milk bank" are) and fertility practices named the same way
// ("Oregon Reproductive Medicine", "Bronson Reproductive Health", "Desert Bloom Fertility"; facility heads, as
// "fertility center" is). The heads alone or after English words only stay words. Each row in mixed case, ALL CAPS and
// lower case, both engines. Practices and towns are made up.
import { casedRows, casedRowsEach, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const HEADS: TypedCase[] = [
  ...casedRows("Recall with Lakeside Periodontics in 3 months.", [["Lakeside Periodontics", L]], ["Recall", "months"]),
  ...casedRows("Vials shipped from Great Lakes Cryobank overnight.", [["Great Lakes Cryobank", L]], ["Vials", "overnight"]),
  ...casedRows("Donor cohort from Magnolia Egg Bank reserved.", [["Magnolia Egg Bank", L]], ["Donor", "cohort", "reserved"]),
  ...casedRows("Pacific Crest Egg Donation screened the donor.", [["Pacific Crest Egg Donation", L]], ["screened", "donor"]),
  ...casedRows("Seen at Oregon Reproductive Medicine for consult.", [["Oregon Reproductive Medicine", L]], ["Seen", "consult"]),
  ...casedRows("Transferred care to Bronson Reproductive Health last spring.", [["Bronson Reproductive Health", L]], ["Transferred", "spring"]),
  // (mixed case: "Desert" is an English word, and the facility walk stops after it; the merge of stop 56: hs56's
  // facilityLead56() adds it, a capitalised word after "at" opening the facility's name; lower case: "bluegrass" is no
  // name's or place's evidence)
  ...casedRowsEach("Retrieval at Desert Bloom Fertility tomorrow.",
    [[["Desert Bloom Fertility", L]], [["DESERT BLOOM FERTILITY", L]], [["desert bloom fertility", L]]], ["Retrieval", "tomorrow"]),
  ...casedRowsEach("Referred at age 9 to Bluegrass Orthodontics for expansion.",
    [[["Bluegrass Orthodontics", L]], [["BLUEGRASS ORTHODONTICS", L]], []], ["Referred", "expansion"]),
];

// the heads alone, after English words, or as a department or a service
const NEGATIVES: TypedCase[] = [
  ...casedRows("Referred to Orthodontics for crossbite.", [], ["Orthodontics", "crossbite"]),
  // ("oral surgery" is no head: after a hospital's name it is the department, "Marrowstone Hospital Oral Surgery")
  ...casedRows("Oral Surgery consult requested for #17.", [], ["Oral", "Surgery", "consult"]),
  // (left alone: "orthodontics" and the other specialty heads after a hospital's name still grow the hospital's span
  // over its department, "Marrowstone Hospital Orthodontics"; one token of precision, the hospital itself is found)
  ...casedRows("Discussed male fertility and sperm bank options.", [], ["fertility", "sperm", "bank"]),
  ...casedRows("Fertility preservation counseling given.", [], ["Fertility", "preservation"]),
  ...casedRows("Reproductive Medicine follow-up in 2 weeks.", [], ["Reproductive", "Medicine"]),
  ...casedRows("Patient to call the egg bank about donors.", [], ["egg", "bank", "donors"]),
  ...casedRows("Endodontics and Periodontics residents reviewed the case.", [], ["Endodontics", "Periodontics", "residents"]),
  ...casedRows("Egg donation cycle planned; prosthodontics consult after implants.", [], ["Egg", "donation", "prosthodontics"]),
];

runTypedTable("fy56: dental specialty, tissue-bank and fertility practices named by their heads", [L], HEADS);
runTypedTable("fy56: hard negatives", [L], NEGATIVES);
