// Why this file exists: table tests, with hard negatives, for the stop 45 organisations round (org45): national
// organisations of kinds the stop 44 list lacked (KNOWN45: health systems, universities, insurers and credit bureaus,
// grocery chains, reference laboratories, device and dialysis firms, large employers and utilities: "worked 20 years for
// Raytheon", "Eversource lines down"), "<body> of <place>" joined into one organisation ("Omnicare of Erie", "Sitka Tribe
// of Alaska", "WellCare of Kentucky": orgOfJoin45), two-word national names whose first word is English (PAIRS45: "RED
// CROSS", "AIR EVAC", "delta dental": knownPair45), and "Co" closing a firm's name ("INTERLAKE STEAMSHIP CO.":
// coTail45). Hard negatives: instruments' eponyms ("curved Ochsner", "Lahey tenaculum"), "a red cross" on a diagram,
// "the clinic of Dr. Ruiz", "Grade 2 of 4", "Neurocritical Care of the brain-injured patient", an identifier's prefix
// ("AARP-38814407"), "Healthy blue sclerae", "EPIC SYSTEMS REVIEW", carbon monoxide and cardiac output ("ELEVATED CO
// LEVEL", "CO 4.5 L/MIN", "HOME CO DETECTOR", "Denver CO 80202"). Mixed case, ALL CAPS and lower case; both engines.
// (Rows whose other findings come from older rules show them as those rules write them.)
import { readFileSync } from "node:fs";
import { dataTable, lengthsByFirstLetter, packedWords, sourceList, unescapeSource } from "./helpers/packed-lists.js";
import { describe, expect, it } from "vitest";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";
const FAC = "location:facility";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const KNOWN: ReadonlyArray<PlaceCase> = [
  ["He worked 20 years for Raytheon and retired in 2090.", [["Raytheon",ORG]], ["years","retired"]],
  ["HE WORKED 20 YEARS FOR RAYTHEON AND RETIRED IN 2090.", [["RAYTHEON",ORG]], ["YEARS","RETIRED"]],
  ["he worked 20 years for raytheon and retired in 2090.", [["raytheon",ORG]], ["years","retired"]],
  ["Vision plan VSP, frames allowance used.", [["VSP",ORG]], ["frames"]],
  ["VISION PLAN VSP, FRAMES ALLOWANCE USED.", [["VSP",ORG]], ["FRAMES"]],
  ["vision plan vsp, frames allowance used.", [["vsp",ORG]], ["frames"]],
  ["Sleep study read at Intermountain last spring.", [["Intermountain",ORG]], ["spring"]],
  ["SLEEP STUDY READ AT INTERMOUNTAIN LAST SPRING.", [["INTERMOUNTAIN",FAC]], ["SPRING"]],
  ["sleep study read at intermountain last spring.", [["intermountain",FAC]], ["spring"]],
  ["Prosthetic knee by Ottobock, liner by Ossur.", [["Ottobock",ORG],["Ossur",ORG]], ["knee","liner"]],
  ["PROSTHETIC KNEE BY OTTOBOCK, LINER BY OSSUR.", [["OTTOBOCK",ORG],["OSSUR",ORG]], ["KNEE","LINER"]],
  ["prosthetic knee by ottobock, liner by ossur.", [["ottobock",ORG],["ossur",ORG]], ["knee","liner"]],
  ["Power out since the storm; Eversource lines down.", [["Eversource",ORG]], ["storm","lines"]],
  ["POWER OUT SINCE THE STORM; EVERSOURCE LINES DOWN.", [["EVERSOURCE",ORG]], ["STORM","LINES"]],
  ["power out since the storm; eversource lines down.", [["eversource",ORG]], ["storm","lines"]],
  ["Secondary coverage through Trustmark, card on file.", [["Trustmark",ORG]], ["card"]],
  ["SECONDARY COVERAGE THROUGH TRUSTMARK, CARD ON FILE.", [["TRUSTMARK",ORG]], ["CARD"]],
  ["secondary coverage through trustmark, card on file.", [["trustmark",ORG]], ["card"]],
  ["Pump supplies from Insulet; oximeter from Masimo.", [["Insulet",ORG],["Masimo",ORG]], ["supplies"]],
  ["PUMP SUPPLIES FROM INSULET; OXIMETER FROM MASIMO.", [["INSULET",ORG],["MASIMO",ORG]], ["SUPPLIES"]],
  ["pump supplies from insulet; oximeter from masimo.", [["insulet",ORG],["masimo",ORG]], ["supplies"]],
  ["Dialysis chair 4 at DaVita since March.", [["DaVita",ORG]], ["chair"]],
  ["DIALYSIS CHAIR 4 AT DAVITA SINCE MARCH.", [["DAVITA",ORG]], ["CHAIR"]],
  ["dialysis chair 4 at davita since march.", [["davita",ORG]], ["chair"]],
  ["Claim assistance from AARP volunteers.", [["AARP",ORG]], ["volunteers"]],
  ["CLAIM ASSISTANCE FROM AARP VOLUNTEERS.", [["AARP",ORG]], ["VOLUNTEERS"]],
  ["claim assistance from aarp volunteers.", [["aarp",ORG]], ["volunteers"]],
  ["Reference lab ARUP for the send-out panel.", [["ARUP",ORG]], ["panel"]],
  ["REFERENCE LAB ARUP FOR THE SEND-OUT PANEL.", [["ARUP",ORG]], ["PANEL"]],
  ["reference lab arup for the send-out panel.", [["arup",ORG]], ["panel"]],
  ["He lost his job at Amazon last month.", [["Amazon",ORG]], ["month"]],
];

const OF_PLACE: ReadonlyArray<PlaceCase> = [
  ["Pharmacy: Omnicare of Erie, delivery daily.", [["Omnicare of Erie",ORG]], ["delivery"]],
  ["PHARMACY: OMNICARE OF ERIE, DELIVERY DAILY.", [["OMNICARE OF ERIE",ORG]], ["DELIVERY"]],
  ["pharmacy: omnicare of erie, delivery daily.", [["omnicare of erie",ORG]], ["delivery"]],
  ["She teaches language classes at Sitka Tribe of Alaska on weekends.", [["Sitka Tribe of Alaska",ORG]], ["classes","weekends"]],
  ["SHE TEACHES LANGUAGE CLASSES AT SITKA TRIBE OF ALASKA ON WEEKENDS.", [["SITKA TRIBE OF ALASKA",ORG]], ["CLASSES","WEEKENDS"]],
  // (stop 50b, og50b: the state in lower case now joined, as fixture 26-lo labels it)
  ["she teaches language classes at sitka tribe of alaska on weekends.", [["sitka tribe of alaska",ORG]], ["classes","weekends"]],
  ["Medicaid renewal lapsed (MCO WellCare of Kentucky, member 80447182).", [["WellCare of Kentucky",ORG]], ["renewal"]],
  ["He worked at the Port of Tacoma for ten years.", [["Port of Tacoma",ORG]], ["worked"]],
];

const PAIRS: ReadonlyArray<PlaceCase> = [
  ["FAMILY NOTIFIED BY RED CROSS MESSAGE ARC-99-204471.", [["RED CROSS",ORG]], ["NOTIFIED","MESSAGE"]],
  ["family notified by red cross message arc-99-204471.", [["red cross",ORG]], ["notified","message"]],
  ["AIR EVAC DECLINED BECAUSE OF WEATHER.", [["AIR EVAC",ORG]], ["DECLINED","WEATHER"]],
  ["Dental plan Delta Dental, group 4471.", [["Delta Dental",ORG]], ["plan","group"]],
  ["DENTAL PLAN DELTA DENTAL, GROUP 4471.", [["DELTA DENTAL",ORG]], ["PLAN","GROUP"]],
  ["dental plan delta dental, group 4471.", [["delta dental",ORG]], ["plan","group"]],
  ["Tissue sent to Foundation Medicine for profiling.", [["Foundation Medicine",ORG]], ["Tissue","profiling"]],
  ["TISSUE SENT TO FOUNDATION MEDICINE FOR PROFILING.", [["FOUNDATION MEDICINE",ORG]], ["TISSUE","PROFILING"]],
  ["tissue sent to foundation medicine for profiling.", [["foundation medicine",ORG]], ["tissue","profiling"]],
  ["He served in the Peace Corps in 2080.", [["Peace Corps",ORG]], ["served"]],
  ["HE SERVED IN THE PEACE CORPS IN 2080.", [["PEACE CORPS",ORG]], ["SERVED"]],
  ["he served in the peace corps in 2080.", [["peace corps",ORG]], ["served"]],
  ["Lives at home; attends Weight Watchers meetings.", [["Weight Watchers",ORG]], ["meetings"]],
  ["LIVES AT HOME; ATTENDS WEIGHT WATCHERS MEETINGS.", [["WEIGHT WATCHERS",ORG]], ["MEETINGS"]],
  ["lives at home; attends weight watchers meetings.", [["weight watchers",ORG]], ["meetings"]],
];

const CO_TAIL: ReadonlyArray<PlaceCase> = [
  ["SHIP'S MEDICAL LOG, INTERLAKE STEAMSHIP CO. DAY 3.", [["INTERLAKE STEAMSHIP CO",ORG]], ["MEDICAL"]],
  ["ship's medical log, interlake steamship co. day 3.", [["interlake steamship co",ORG]], ["medical"]],
];

const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["Clamped with a curved Ochsner and tied.", [], ["curved","Ochsner","tied"]],
  ["CLAMPED WITH A CURVED OCHSNER AND TIED.", [], ["CURVED","OCHSNER","TIED"]],
  ["clamped with a curved ochsner and tied.", [], ["curved","ochsner","tied"]],
  ["Grasped with a Lahey tenaculum.", [], ["Lahey","tenaculum"]],
  ["GRASPED WITH A LAHEY TENACULUM.", [], ["LAHEY","TENACULUM"]],
  ["grasped with a lahey tenaculum.", [], ["lahey","tenaculum"]],
  ["Lesion marked with a red cross on the diagram.", [], ["red","cross","diagram"]],
  ["LESION MARKED WITH A RED CROSS ON THE DIAGRAM.", [], ["RED","CROSS","DIAGRAM"]],
  ["lesion marked with a red cross on the diagram.", [], ["red","cross","diagram"]],
  ["The clinic of Dr. Ruiz is closed on Friday.", [["Ruiz","name:title"]], ["clinic","of","closed"]],
  ["THE CLINIC OF DR. RUIZ IS CLOSED ON FRIDAY.", [["RUIZ","name:title"]], ["CLINIC","OF","CLOSED"]],
  ["the clinic of dr. ruiz is closed on friday.", [["ruiz","name:title"]], ["clinic","of","closed"]],
  ["Grade 2 of 4 murmur, best heard at the apex.", [], ["murmur","apex"]],
  ["GRADE 2 OF 4 MURMUR, BEST HEARD AT THE APEX.", [], ["MURMUR","APEX"]],
  ["grade 2 of 4 murmur, best heard at the apex.", [], ["murmur","apex"]],
  ["Neurocritical Care of the brain-injured patient.", [], ["Neurocritical","Care","patient"]],
  ["NEUROCRITICAL CARE OF THE BRAIN-INJURED PATIENT.", [], ["NEUROCRITICAL","CARE","PATIENT"]],
  ["neurocritical care of the brain-injured patient.", [], ["neurocritical","care","patient"]],
  ["Member AARP-38814407 on file.", [], ["AARP","on"]],
  ["MEMBER AARP-38814407 ON FILE.", [], ["AARP","ON"]],
  ["member aarp-38814407 on file.", [], ["aarp","on"]],
  ["Amnio sent to a lab; results pending.", [], ["lab","results"]],
  ["AMNIO SENT TO A LAB; RESULTS PENDING.", [], ["LAB","RESULTS"]],
  ["amnio sent to a lab; results pending.", [], ["lab","results"]],
  ["Healthy blue sclerae, no icterus.", [], ["blue","sclerae","icterus"]],
  ["HEALTHY BLUE SCLERAE, NO ICTERUS.", [], ["BLUE","SCLERAE","ICTERUS"]],
  ["healthy blue sclerae, no icterus.", [], ["blue","sclerae","icterus"]],
  ["Epic systems review negative.", [], ["systems","review","negative"]],
  ["EPIC SYSTEMS REVIEW NEGATIVE.", [], ["SYSTEMS","REVIEW","NEGATIVE"]],
  ["epic systems review negative.", [], ["systems","review","negative"]],
  ["Elevated CO level in the home.", [], ["Elevated","CO","level"]],
  ["ELEVATED CO LEVEL IN THE HOME.", [], ["ELEVATED","CO","LEVEL"]],
  ["elevated co level in the home.", [], ["elevated","co","level"]],
  ["Cardiac output CO 4.5 L/min, index 2.2.", [], ["output","CO","index"]],
  ["CARDIAC OUTPUT CO 4.5 L/MIN, INDEX 2.2.", [], ["OUTPUT","CO","INDEX"]],
  ["Home CO detector was installed.", [], ["Home","CO","detector"]],
  ["HOME CO DETECTOR WAS INSTALLED.", [], ["HOME","CO","DETECTOR"]],
  ["home co detector was installed.", [], ["home","co","detector"]],
  ["Exposure to wood smoke and CO.", [], ["smoke","CO"]],
  ["EXPOSURE TO WOOD SMOKE AND CO.", [], ["SMOKE","CO"]],
  ["exposure to wood smoke and co.", [], ["smoke","co"]],
  ["Carbon monoxide (CO) poisoning ruled out.", [], ["CO","poisoning"]],
  ["CARBON MONOXIDE (CO) POISONING RULED OUT.", [], ["CO","POISONING"]],
  ["carbon monoxide (co) poisoning ruled out.", [], ["co","poisoning"]],
  ["LIVES IN DENVER CO 80202 WITH HER SON.", [["DENVER CO","location:address"],["80202","format:zip-address"]], ["SON"]],
];

runPlaceTable("org45: a national organisation of the kinds KNOWN45 adds", KNOWN);
runPlaceTable("org45: <body> of <place> as one organisation", OF_PLACE);
runPlaceTable("org45: a national organisation of two words, the first English", PAIRS);
runPlaceTable("org45: Co closing a firm's name", CO_TAIL);
runPlaceTable("org45: hard negatives", NEGATIVES);

// KNOWN45_SHAPES, PAIRS45_FIRSTS and PAIRS45_SECONDS (assembly/names/detect.ts) are derived state, as KNOWN44_SHAPES is
// (test/orgs-known-44.test.ts): a list edited without its table hides its new word. Recomputed here, exactly.
describe("org45's tables are their lists' lengths by first letter", () => {
  const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
  it("KNOWN45_SHAPES matches knownOf45()'s lists, each under its own letter", () => {
    const body = src.slice(src.indexOf("function knownOf45("), src.indexOf("function known45("));
    const all: string[] = [];
    for (const m of body.matchAll(/case 0x([0-9a-f]{2}): return "([^"]*)";/g)) {
      const ws = packedWords(unescapeSource(m[2]!));
      for (const w of ws) expect(w.charCodeAt(0), w).toBe(parseInt(m[1]!, 16));
      for (const w of ws) expect(w.length, "known44May() tests lengths under 17").toBeLessThan(17);
      all.push(...ws);
    }
    expect(all.length).toBeGreaterThan(100);
    expect(dataTable(src, "KNOWN45_SHAPES")).toEqual(lengthsByFirstLetter(all));
  });
  it("PAIRS45_FIRSTS and PAIRS45_SECONDS match PAIRS45", () => {
    const pairs = sourceList(src, "PAIRS45");
    expect(pairs.length).toBeGreaterThan(20);
    for (const p of pairs) expect(p.split(" ").length, p).toBe(2);
    expect(dataTable(src, "PAIRS45_FIRSTS")).toEqual(lengthsByFirstLetter(pairs.map((p) => p.split(" ")[0]!)));
    expect(dataTable(src, "PAIRS45_SECONDS")).toEqual(lengthsByFirstLetter(pairs.map((p) => p.split(" ")[1]!)));
  });
});
