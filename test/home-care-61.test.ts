// Why this file exists: table tests, with hard negatives, for stop 61's home care round (fx63, from fixture 63), in mixed
// case, ALL CAPS and lower case, both engines. One rule of assembly/names/r61_fx63.ts, tradeTail61(), read from flush()
// on a pending organisation's or town's span: a vendor's or an agency's name found short before its trade's two words
// takes them ("brookfield" + "home infusion", "FAIRVIEW" + "HOME INFUSION"; a town only before the trades no payer's or
// place's service reads). Hard negatives: a payer's service after the payer ("Aetna home health benefit", "Humana home
// care aide"), a town before "home health" ("Lives in Fairview home health will visit"), a hospital before a referral
// ("Mercy Hospital home health referral"), the trade's words alone ("needs home infusion teaching"), a pharmacy's
// delivery ("Walgreens home delivery"). Names invented; the trades are general vocabulary.
import { casedRows, casedRowsEach, runPlaceTable, CITY, FAC, ORG, type PlaceCase } from "./helpers/place-table.js";

const TRADE: ReadonlyArray<PlaceCase> = [
  // (a town's name found alone in ALL CAPS and lower case; mixed case's older rules read the whole name)
  ...casedRows("Infusion pharmacy: Brookfield Home Infusion delivers weekly.\n", [["Brookfield Home Infusion", ORG]], ["Infusion pharmacy", "weekly"]),
  ...casedRows("Infusion pharmacy Fairview Home Infusion, next delivery soon.\n", [["Fairview Home Infusion", ORG]], ["next", "delivery"]),
  // (names the older rules already read whole stay so)
  ...casedRows("Nursing by Bayada Home Health Care, first visit tomorrow.\n", [["Bayada Home Health Care", ORG]], ["Nursing", "first visit"]),
  ...casedRows("Concentrator swapped by Lincare Home Medical today.\n", [["Lincare Home Medical", ORG]], ["Concentrator", "today"]),
  ...casedRows("Pump from Coram Infusion Services arrived.\n", [["Coram Infusion Services", ORG]], ["Pump", "arrived"]),
];

const NOT: ReadonlyArray<PlaceCase> = [
  // a payer's service: the word after the trade says so
  ...casedRows("Aetna home health benefit covers 60 days.\n", [["Aetna", ORG]], ["home health", "benefit"]),
  // (capitals: an older rule reads "HUMANA HOME CARE"; lower case finds no payer)
  ...casedRowsEach("Humana home care aide 3x/week.\n", [[["Humana", ORG]], [["HUMANA HOME CARE", ORG]], []], ["aide"]),
  // a town before "home health" (capitals and lower case: an older rule reads the three words as an agency's name)
  ...casedRowsEach("Lives in Fairview home health will visit.\n",
    [[["Fairview", CITY]], [["FAIRVIEW HOME HEALTH", ORG]], [["fairview home health", ORG]]], ["Lives", "will visit"]),
  // a hospital before a referral, the trade's words alone, a pharmacy's home delivery
  ...casedRows("Seen at Mercy Hospital home health referral placed.\n", [["Mercy Hospital", FAC]], ["home health", "referral"]),
  ...casedRows("Patient needs home infusion teaching.\n", [], ["home infusion", "teaching"]),
  ...casedRows("Walgreens home delivery of insulin.\n", [["Walgreens", ORG]], ["home delivery", "insulin"]),
];

runPlaceTable("stop 61 (fx63): a vendor's name found short before its trade's two words", TRADE);
runPlaceTable("stop 61 (fx63): payers' services, towns, hospitals and the trade's words alone stay", NOT);
