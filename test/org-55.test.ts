// Why this file exists: table tests, with hard negatives, for stop 55's organisation round (og55), in mixed case, ALL
// CAPS and lower case, both engines: a retail pharmacy or a drug store named alone by its head ("Pharmacy", "Apothecary",
// "Drug", "Drugs", "Drug Co", "Drug Store") after a frame ("refills from", "called in to", "pharmacy:"), which the older
// rules read only as a capitalised facility (pharmacyAlone55() in assembly/names/r55_og55.ts). Hard negatives: a kind
// of pharmacy ("the outpatient pharmacy", "a specialty pharmacy"), a class of drugs after a frame ("allergic to nsaid
// drugs", "switched to seizure drugs", "no street drugs"), "drug" before a clinical word ("drug screen"), a pharmacy's
// branch town after its name (the older rules' split). Names invented.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const L = "LOCATION";

const ROWS: ReadonlyArray<TypedCase> = [
  // a possessive before the head, after "from"
  ...casedRows("Pt reports refills from Quarrick's Pharmacy on time.\n",
    [["Quarrick's Pharmacy", L]], ["refills", "time"]),
  // a pharmacy's label with its colon, "drug" alone closed by "on"
  ...casedRows("Pharmacy: Tollivan Drug on file.\n", [["Tollivan Drug", L]], ["Pharmacy:"]),
  // a legal ending after "drug"
  ...casedRows("Meds to Brandywell Drug Co, refills x3.\n", [["Brandywell Drug Co", L]], ["Meds"]),
  // a store's number after "drugs"
  ...casedRows("New rx sent to Quenby Drugs #4471 today.\n", [["Quenby Drugs", L]], ["New rx"]),
  // "apothecary" after a label without its colon
  ...casedRows("1830 pharmacy Harrowgate Apothecary: delivered new MAR.\n", [["Harrowgate Apothecary", L]], ["delivered"]),
];

const NOT: ReadonlyArray<TypedCase> = [
  ...casedRows("Allergic to NSAID drugs and sulfa drugs.\n", [], ["NSAID drugs", "sulfa drugs"]),
  ...casedRows("Switched to seizure drugs last year.\n", [], ["seizure drugs"]),
  ...casedRows("Denies use of street drugs or illicit drugs.\n", [], ["street drugs", "illicit drugs"]),
  ...casedRows("Rx sent to the outpatient pharmacy for pickup.\n", [], ["outpatient pharmacy"]),
  ...casedRows("Needs a specialty pharmacy for the biologic.\n", [], ["specialty pharmacy"]),
  ...casedRows("Referred to clinical pharmacy for teaching.\n", [], ["clinical pharmacy"]),
  ...casedRows("Sent for urine drug screen today.\n", [], ["urine drug", "drug screen"]),
  ...casedRows("Talked with the pharmacy about the dose.\n", [], ["pharmacy"]),
];

runTypedTable("stop 55 (og55): a pharmacy or a drug store named alone by its head", [L], ROWS);
runTypedTable("stop 55 (og55): kinds of pharmacy and classes of drugs stay words", [L], NOT);
