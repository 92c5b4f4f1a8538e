// Why this file exists: stop 58's speed round (sp58, docs/performance.md "Stop 58, sp58") moved step()'s nine per-token
// calls of the head rules of stops 54-57 (vendors, pharmacies, health plans, collectives, grid roads, employers, houses
// of worship, schools, military bases) out of the name pass's hot loop behind one mask of the token's summary
// (S_HEADS58, headRules58() in assembly/names/r58_sp58.ts), read hs57's affiliation gate and fx52's / og52b's heads from
// the same summary, and made affiliation57() look for the name's comma before its walks, without changing a finding.
// These rows put each rule's head in its frame, and the heads' lengths and letters in prose that names nothing ("health
// insurance", "school nurse", "care plan", "base of the lung", "college fund", "temple pain", "drug screen"), in mixed
// case, ALL CAPS and lower case, on both engines. The findings are the stop's start's (main 5de80fb), gaps included: a
// row records what the core finds, not what it should find.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["Lucinda Moravec, MD, Holy Cross Hospital, called back about the care plan.",[["Lucinda Moravec","NAME","name:neighbour"],["Holy Cross Hospital","LOCATION","location:facility"]]],
  ["LUCINDA MORAVEC, MD, HOLY CROSS HOSPITAL, CALLED BACK ABOUT THE CARE PLAN.",[["LUCINDA MORAVEC","NAME","name:neighbour"],["HOLY CROSS HOSPITAL","LOCATION","location:facility"]]],
  ["lucinda moravec, md, holy cross hospital, called back about the care plan.",[["lucinda moravec","NAME","name:credential"],["holy cross hospital","LOCATION","location:facility"]]],
  ["FNP, Delta Ridge Health Center reviewed her labs.",[["Delta Ridge Health Center","LOCATION","location:facility"]]],
  ["FNP, DELTA RIDGE HEALTH CENTER REVIEWED HER LABS.",[["DELTA RIDGE HEALTH CENTER","LOCATION","location:facility"]]],
  ["fnp, delta ridge health center reviewed her labs.",[["ridge health center","LOCATION","location:facility"]]],
  ["DME: Black Hills Medical Supply to pick up the bed.",[["Black Hills Medical Supply","LOCATION","location:organization"]]],
  ["DME: BLACK HILLS MEDICAL SUPPLY TO PICK UP THE BED.",[["BLACK HILLS MEDICAL SUPPLY","LOCATION","location:organization"]]],
  ["dme: black hills medical supply to pick up the bed.",[["black hills medical supply","LOCATION","location:organization"]]],
  ["Refills from Quenby's Pharmacy today, no change in dose.",[["Quenby's Pharmacy","LOCATION","location:organization"]]],
  ["REFILLS FROM QUENBY'S PHARMACY TODAY, NO CHANGE IN DOSE.",[["QUENBY'S PHARMACY","LOCATION","location:organization"]]],
  ["refills from quenby's pharmacy today, no change in dose.",[["quenby's pharmacy","LOCATION","location:organization"]]],
  ["Health plan: Priority Health, member id pending.",[["Priority Health","LOCATION","location:organization"]]],
  ["HEALTH PLAN: PRIORITY HEALTH, MEMBER ID PENDING.",[["PRIORITY HEALTH","LOCATION","location:organization"]]],
  ["health plan: priority health, member id pending.",[["priority health","LOCATION","location:organization"]]],
  ["Doula: Gentle Arrivals Doula Collective visits weekly.",[["Gentle Arrivals Doula Collective","LOCATION","location:organization"]]],
  ["DOULA: GENTLE ARRIVALS DOULA COLLECTIVE VISITS WEEKLY.",[]],
  ["doula: gentle arrivals doula collective visits weekly.",[]],
  ["Lives at 44175 Road 815, 11 mi N of the town.",[["44175 Road 815","LOCATION","location:address"]]],
  ["LIVES AT 44175 ROAD 815, 11 MI N OF THE TOWN.",[["44175 ROAD 815","LOCATION","location:address"]]],
  ["lives at 44175 road 815, 11 mi n of the town.",[["44175 road 815","LOCATION","location:address"]]],
  ["Works nights at Cardinal Glass as a loader; truck driver for Old Dominion Freight Line.",[["Cardinal Glass","LOCATION","location:organization"],["Old Dominion Freight Line","LOCATION","location:organization"]]],
  ["WORKS NIGHTS AT CARDINAL GLASS AS A LOADER; TRUCK DRIVER FOR OLD DOMINION FREIGHT LINE.",[["CARDINAL GLASS","LOCATION","location:organization"],["OLD DOMINION FREIGHT LINE","LOCATION","location:organization"]]],
  ["works nights at cardinal glass as a loader; truck driver for old dominion freight line.",[["old dominion freight line","LOCATION","location:organization"]]],
  ["Attends Masjid As-Salaam on Fridays with his brother.",[]],
  ["ATTENDS MASJID AS-SALAAM ON FRIDAYS WITH HIS BROTHER.",[["MASJID","LOCATION","location:organization"]]],
  ["attends masjid as-salaam on fridays with his brother.",[]],
  ["School note for Hillcrest Middle School. Next recall in March.",[["Hillcrest Middle School","LOCATION","location:organization"],["March","DATE","cue:date"]]],
  ["SCHOOL NOTE FOR HILLCREST MIDDLE SCHOOL. NEXT RECALL IN MARCH.",[["HILLCREST MIDDLE SCHOOL","LOCATION","location:organization"],["MARCH","DATE","cue:date"]]],
  ["school note for hillcrest middle school. next recall in march.",[["hillcrest middle school","LOCATION","location:organization"],["march","DATE","cue:date"]]],
  ["Active duty at Tessary Air Force Base until 2090.",[["Tessary Air Force Base","LOCATION","location:organization"],["2090","DATE","format:year"]]],
  ["ACTIVE DUTY AT TESSARY AIR FORCE BASE UNTIL 2090.",[["TESSARY AIR FORCE BASE","LOCATION","location:facility"],["2090","DATE","format:year"]]],
  ["active duty at tessary air force base until 2090.",[["tessary air force base","LOCATION","location:facility"],["2090","DATE","format:year"]]],
  ["Records of Four Rivers Behavioral Health were sent.",[["Four Rivers Behavioral Health","LOCATION","location:organization"]]],
  ["RECORDS OF FOUR RIVERS BEHAVIORAL HEALTH WERE SENT.",[["FOUR RIVERS BEHAVIORAL HEALTH","LOCATION","location:organization"]]],
  ["records of four rivers behavioral health were sent.",[["four rivers behavioral health","LOCATION","location:organization"]]],
  ["Seen at Keystone Occupational Medicine today.",[["Keystone Occupational Medicine","LOCATION","location:facility"]]],
  ["SEEN AT KEYSTONE OCCUPATIONAL MEDICINE TODAY.",[["KEYSTONE OCCUPATIONAL MEDICINE","LOCATION","location:facility"]]],
  ["seen at keystone occupational medicine today.",[]],
  ["She has health insurance; the school nurse called; care plan reviewed, having coughs at the base of the lung; road rash healing.",[]],
  ["SHE HAS HEALTH INSURANCE; THE SCHOOL NURSE CALLED; CARE PLAN REVIEWED, HAVING COUGHS AT THE BASE OF THE LUNG; ROAD RASH HEALING.",[]],
  ["she has health insurance; the school nurse called; care plan reviewed, having coughs at the base of the lung; road rash healing.",[]],
  ["Center of the wound is clean; the college fund, church choir and temple pain noted; drug screen negative; supply of meds.",[]],
  ["CENTER OF THE WOUND IS CLEAN; THE COLLEGE FUND, CHURCH CHOIR AND TEMPLE PAIN NOTED; DRUG SCREEN NEGATIVE; SUPPLY OF MEDS.",[]],
  ["center of the wound is clean; the college fund, church choir and temple pain noted; drug screen negative; supply of meds.",[]],
];

describe("stop 58, sp58: step()'s head rules behind one summary mask keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
  }
  it("step() calls the head rules through headRules58() behind the summary's mask", async () => {
    const { readFileSync } = await import("node:fs");
    // (stop 59, sp59: the call moved with its run into rulesA59(), assembly/names/r59_sp59.ts: both files are read)
    const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8") +
      readFileSync(new URL("../assembly/names/r59_sp59.ts", import.meta.url), "utf8");
    // (stop 60, sp60: and the token's hash in the set of the heads, headSet60(), between the mask and the call)
    expect(src).toMatch(/\(sm & S_HEADS58\) != 0 && \(headSet60\(k\) && headRules58\(k, sh, len, sm\)/);
    expect(src).not.toMatch(/dmeVendor54\(k, sh\)|militaryBase57h\(k, sh\)|workHead57\(k, sh, len\)/);
  });
});
