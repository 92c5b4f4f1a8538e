// Why this file exists: table tests, with hard negatives, for the stop 44 second-round organisations rule (kn44): a
// national organisation that US notes name with no head word, from a list written by us (KNOWN44: payers, PBMs,
// pharmacy chains, reference laboratories, couriers, drug and device makers, home-equipment suppliers, EHR vendors and
// exchanges, QIOs, registries, charities, air ambulances, home health and hospice chains): "appeal called to KEPRO",
// "sterilizer (Steris)", "insurer coverys notified". Hard negatives: English words the list leaves out ("quest",
// "anthem", "CVS" the procedure, "maximus" the muscle, mixed case only: older rules guess a name in the other two), a list word inside an e-mail address, "MedicAlert bracelet",
// drugs and blood products. Mixed case, ALL CAPS and lower case; both engines. (Rows whose other findings come from
// older rules show them as those rules write them: "AN UBER" is an older ALL CAPS name guess.)
import { readFileSync } from "node:fs";
import { dataTable, lengthsByFirstLetter, sourceList } from "./helpers/packed-lists.js";
import { describe, expect, it } from "vitest";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
// (stop 45, org45: "Leidos" is a word of KNOWN45 now, as fixture 28 labels it; the rows expect it found)
const KNOWN: ReadonlyArray<PlaceCase> = [
  ["Appeal called to Kepro by son at 1545, case # FL99-0412.", [["Kepro",ORG]], ["case"]],
  ["APPEAL CALLED TO KEPRO BY SON AT 1545, CASE # FL99-0412.", [["KEPRO",ORG]], ["CASE"]],
  ["appeal called to kepro by son at 1545, case # fl99-0412.", [["kepro",ORG]], ["case"]],
  ["Sterilizer V-PRO 1 (Steris) SN 3360447, cycle 7; BI negative.", [["Steris",ORG]], ["negative"]],
  ["STERILIZER V-PRO 1 (STERIS) SN 3360447, CYCLE 7; BI NEGATIVE.", [["STERIS",ORG]], ["NEGATIVE"]],
  ["sterilizer v-pro 1 (steris) sn 3360447, cycle 7; bi negative.", [["steris",ORG]], ["negative"]],
  ["Hearing aids (Beltone) both ears.", [["Beltone",ORG]], ["ears"]],
  ["HEARING AIDS (BELTONE) BOTH EARS.", [["BELTONE",ORG]], ["EARS"]],
  ["hearing aids (beltone) both ears.", [["beltone",ORG]], ["ears"]],
  ["Specimen shipped by FedEx overnight.", [["FedEx",ORG]], ["overnight"]],
  ["SPECIMEN SHIPPED BY FEDEX OVERNIGHT.", [["FEDEX OVERNIGHT",ORG]], ["SHIPPED"]],
  ["specimen shipped by fedex overnight.", [["fedex",ORG]], ["overnight"]],
  ["Received via Carequality from the outside hospital.", [["Carequality",ORG]], ["hospital"]],
  ["RECEIVED VIA CAREQUALITY FROM THE OUTSIDE HOSPITAL.", [["CAREQUALITY",ORG]], ["HOSPITAL"]],
  ["received via carequality from the outside hospital.", [["carequality",ORG]], ["hospital"]],
  ["Oxygen concentrator from Lincare, rep called.", [["Lincare",ORG]], ["called"]],
  ["OXYGEN CONCENTRATOR FROM LINCARE, REP CALLED.", [["LINCARE",ORG]], ["CALLED"]],
  ["oxygen concentrator from lincare, rep called.", [["lincare",ORG]], ["called"]],
  ["Insurer Coverys notified of the event.", [["Coverys",ORG]], ["event"]],
  ["INSURER COVERYS NOTIFIED OF THE EVENT.", [["COVERYS",ORG]], ["EVENT"]],
  ["insurer coverys notified of the event.", [["coverys",ORG]], ["event"]],
  ["Flown by CareFlight to the trauma center.", [["CareFlight",ORG]], ["center"]],
  ["FLOWN BY CAREFLIGHT TO THE TRAUMA CENTER.", [["CAREFLIGHT",ORG]], ["CENTER"]],
  ["flown by careflight to the trauma center.", [["careflight",ORG]], ["center"]],
  ["Allergy added to chart and MedicAlert form.", [["MedicAlert",ORG]], ["form"]],
  ["ALLERGY ADDED TO CHART AND MEDICALERT FORM.", [["MEDICALERT",ORG]], ["FORM"]],
  ["allergy added to chart and medicalert form.", [["medicalert",ORG]], ["form"]],
  ["Hospice care by Amedisys started 3/2.", [["Amedisys",ORG]], ["started"]],
  ["HOSPICE CARE BY AMEDISYS STARTED 3/2.", [["AMEDISYS",ORG]], ["STARTED"]],
  ["hospice care by amedisys started 3/2.", [["amedisys",ORG]], ["started"]],
  ["Genetic testing sent to Invitae, results pending.", [["Invitae",ORG]], ["pending"]],
  ["GENETIC TESTING SENT TO INVITAE, RESULTS PENDING.", [["INVITAE",ORG]], ["PENDING"]],
  ["genetic testing sent to invitae, results pending.", [["invitae",ORG]], ["pending"]],
  ["She takes an Uber to dialysis.", [["Uber",ORG]], ["dialysis"]],
  ["SHE TAKES AN UBER TO DIALYSIS.", [["AN UBER","name:neighbour"]], ["DIALYSIS"]],
  ["she takes an uber to dialysis.", [["uber",ORG]], ["dialysis"]],
  ["Mail order through Caremark; specialty fills by Accredo.", [["Caremark",ORG],["Accredo",ORG]], ["fills"]],
  ["MAIL ORDER THROUGH CAREMARK; SPECIALTY FILLS BY ACCREDO.", [["CAREMARK",ORG],["ACCREDO",ORG]], ["FILLS"]],
  ["mail order through caremark; specialty fills by accredo.", [["caremark",ORG],["accredo",ORG]], ["fills"]],
  ["Claim packet to Gainwell with the form.", [["Gainwell",ORG]], ["form"]],
  ["CLAIM PACKET TO GAINWELL WITH THE FORM.", [["GAINWELL",ORG]], ["FORM"]],
  ["claim packet to gainwell with the form.", [["gainwell",ORG]], ["form"]],
  ["Sample sent to NeoGenomics for FISH.", [["NeoGenomics",ORG]], ["FISH"]],
  ["SAMPLE SENT TO NEOGENOMICS FOR FISH.", [["NEOGENOMICS",ORG]], ["FISH"]],
  ["sample sent to neogenomics for fish.", [["neogenomics",ORG]], ["fish"]],
  ["Contractor Leidos; employer Pfizer since 2019.", [["Leidos",ORG],["Pfizer",ORG]], ["since"]],
  ["CONTRACTOR LEIDOS; EMPLOYER PFIZER SINCE 2019.", [["LEIDOS",ORG],["PFIZER",ORG]], ["SINCE"]],
  ["contractor leidos; employer pfizer since 2019.", [["leidos",ORG],["pfizer",ORG]], ["since"]],
  ["Records faxed to Ciox today.", [["Ciox",ORG]], ["today"]],
  ["RECORDS FAXED TO CIOX TODAY.", [["CIOX",ORG]], ["TODAY"]],
  ["records faxed to ciox today.", [["ciox",ORG]], ["today"]],
  ["Home infusion by Optum, nurse visit weekly.", [["Optum",ORG]], ["weekly"]],
  ["HOME INFUSION BY OPTUM, NURSE VISIT WEEKLY.", [["OPTUM",ORG]], ["WEEKLY"]],
  ["home infusion by optum, nurse visit weekly.", [["optum",ORG]], ["weekly"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["She will request a MedicAlert bracelet.", [], ["will","request","MedicAlert"]],
  ["SHE WILL REQUEST A MEDICALERT BRACELET.", [], ["WILL","REQUEST","MEDICALERT"]],
  ["she will request a medicalert bracelet.", [], ["will","request","medicalert"]],
  ["On a quest to heal; the anthem was sung.", [], ["quest","heal","anthem"]],
  ["ON A QUEST TO HEAL; THE ANTHEM WAS SUNG.", [], ["QUEST","HEAL","ANTHEM"]],
  ["on a quest to heal; the anthem was sung.", [], ["quest","heal","anthem"]],
  ["CVS at 11 weeks, quest for answers.", [], ["weeks","quest","answers"]],
  ["CVS AT 11 WEEKS, QUEST FOR ANSWERS.", [], ["WEEKS","QUEST","ANSWERS"]],
  ["cvs at 11 weeks, quest for answers.", [], ["weeks","quest","answers"]],
  ["Gluteus maximus was incised.", [], ["Gluteus","maximus","incised"]],
  ["Email trevor.kaz@steris.example for the loaner.", [], ["Email","trevor","steris"]],
  // (stop 54: the address's local part in ALL CAPS and lower case is the e-mail's finding alone, as in mixed case, no longer
  // two name pieces inside it; the EMAIL finding covers every byte)
  ["EMAIL TREVOR.KAZ@STERIS.EXAMPLE FOR THE LOANER.", [], ["EMAIL","STERIS","EXAMPLE"]],
  ["email trevor.kaz@steris.example for the loaner.", [], ["email","steris","example"]],
  ["Used an Olympus scope with Storz light source.", [["Storz","name:dictionary"]], ["Used","Olympus","scope"]],
  ["USED AN OLYMPUS SCOPE WITH STORZ LIGHT SOURCE.", [["STORZ","name:dictionary"]], ["USED","OLYMPUS","SCOPE"]],
  ["used an olympus scope with storz light source.", [["storz","name:dictionary"]], ["used","olympus","scope"]],
  ["Aspirin 81 mg, atorvastatin 40 mg, metformin 500 mg daily.", [], ["Aspirin","atorvastatin","metformin"]],
  ["ASPIRIN 81 MG, ATORVASTATIN 40 MG, METFORMIN 500 MG DAILY.", [], ["ASPIRIN","ATORVASTATIN","METFORMIN"]],
  ["aspirin 81 mg, atorvastatin 40 mg, metformin 500 mg daily.", [], ["aspirin","atorvastatin","metformin"]],
  ["Fresh frozen plasma, then heparin drip per protocol.", [], ["Fresh","frozen","plasma"]],
  ["FRESH FROZEN PLASMA, THEN HEPARIN DRIP PER PROTOCOL.", [], ["FRESH","FROZEN","PLASMA"]],
  ["fresh frozen plasma, then heparin drip per protocol.", [], ["fresh","frozen","plasma"]],
];

runPlaceTable("kn44: a national organisation named with no head word", KNOWN);
runPlaceTable("kn44: hard negatives", NEGATIVES);

// KNOWN44_SHAPES (assembly/names/detect.ts) is derived state: each word of KNOWN44 sets bit `length` of the entry of its
// first letter's low five bits, and known44May() skips the walk when the bit is clear. A list edited without the table
// hides its new word (or keeps a dropped word's bit, as TRICARE's did until stop 44's review): recomputed here, exactly.
describe("KNOWN44_SHAPES is KNOWN44's lengths by first letter", () => {
  const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
  const words = sourceList(src, "KNOWN44");
  it("matches a table recomputed from the list", () => {
    for (const w of words) expect(w.length, "known44May() tests lengths under 17").toBeLessThan(17);
    expect(words.length).toBeGreaterThan(100);
    expect(dataTable(src, "KNOWN44_SHAPES")).toEqual(lengthsByFirstLetter(words));
  });
});

