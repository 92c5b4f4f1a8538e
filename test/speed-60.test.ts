// Why this file exists: stop 60's speed round (sp60, docs/performance.md "Stop 60, sp60") narrowed the unions in front of
// two of step()'s out-of-line runs (A and D of stop 59), without changing a finding: run A's head bits now also
// need the token's hash in the set of the run's head words (headSet60(), r59_sp59.ts), "by"/"via" before is read whole
// (carrierGate41()), run D sits behind the union of its gates' first tests (mayD60()); the rules before the done test
// (issuerGate38(), ofTheOrg40(), affiliation57()) were tried behind narrower tests and left as they were (a cost rise).
// These rows put each rule in its frame (a vendor, a pharmacy, a health plan, a collective, a grid road, an
// employer, a house of worship, a school, a base, a trade firm, a public body, a camp, a carrier, an issuer before its
// code, "X of the Y Z", a clinician's affiliation, CSV and XML fields, an aligned table, an implant log, a letterhead, a
// nickname, a hyphenated surname, a device's maker, a log row, a child's age, an initial's surname, a practice's pair, a
// town before its state) and prose, dates, phones and codes that name nothing, in mixed case, ALL CAPS and lower case,
// on both engines. The findings are the stop's start's (main 040a525), gaps included: a row records what the core finds,
// not what it should find. Invented names only.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["DME: Copper Hills Medical Supply delivered the bed.",[["Copper Hills Medical Supply","LOCATION","location:organization"]]],
  ["DME: COPPER HILLS MEDICAL SUPPLY DELIVERED THE BED.",[["COPPER HILLS MEDICAL SUPPLY","LOCATION","location:organization"]]],
  ["dme: copper hills medical supply delivered the bed.",[["copper hills medical supply","LOCATION","location:organization"]]],
  ["Oxygen from Redfern Respiratory arrives Monday.",[["Redfern Respiratory","LOCATION","location:organization"],["Monday","DATE","dictionary:weekday"]]],
  ["OXYGEN FROM REDFERN RESPIRATORY ARRIVES MONDAY.",[["REDFERN","NAME","name:dictionary"],["MONDAY","DATE","dictionary:weekday"]]],
  ["oxygen from redfern respiratory arrives monday.",[["redfern","LOCATION","location:organization"],["monday","DATE","dictionary:weekday"]]],
  ["Transport: Pine Hollow Ambulance at 13:00.",[["Pine Hollow Ambulance","LOCATION","location:organization"]]],
  ["TRANSPORT: PINE HOLLOW AMBULANCE AT 13:00.",[["PINE HOLLOW AMBULANCE","LOCATION","location:organization"]]],
  ["transport: pine hollow ambulance at 13:00.",[["pine hollow ambulance","LOCATION","location:organization"]]],
  ["Refills from Halvorsen's Pharmacy on Main.",[["Halvorsen's Pharmacy","LOCATION","location:organization"],["Main","NAME","name:capitalised"]]],
  ["REFILLS FROM HALVORSEN'S PHARMACY ON MAIN.",[["HALVORSEN'S PHARMACY","LOCATION","location:organization"]]],
  ["refills from halvorsen's pharmacy on main.",[["halvorsen's pharmacy","LOCATION","location:organization"]]],
  ["Meds to Brockway Drug Co today.",[["Brockway Drug Co","LOCATION","location:organization"]]],
  ["MEDS TO BROCKWAY DRUG CO TODAY.",[["BROCKWAY","LOCATION","location:city"]]],
  ["meds to brockway drug co today.",[["brockway","LOCATION","location:city"]]],
  ["Health plan: Tamarack Health, member id 44120.",[["Tamarack Health","LOCATION","location:facility"],["44120","HEALTH_PLAN","cue:health-plan"]]],
  ["HEALTH PLAN: TAMARACK HEALTH, MEMBER ID 44120.",[["TAMARACK HEALTH","LOCATION","location:organization"],["44120","HEALTH_PLAN","cue:health-plan"]]],
  ["health plan: tamarack health, member id 44120.",[["tamarack health","LOCATION","location:organization"],["44120","HEALTH_PLAN","cue:health-plan"]]],
  ["Doula: Gentle Harbor Doula Collective follows her.",[["Gentle Harbor","NAME","name:neighbour"]]],
  ["DOULA: GENTLE HARBOR DOULA COLLECTIVE FOLLOWS HER.",[]],
  ["doula: gentle harbor doula collective follows her.",[["gentle harbor","NAME","name:neighbour"]]],
  ["Grant: Delta Orchard Growers for the clinic.",[["Delta Orchard Growers","LOCATION","location:organization"]]],
  ["GRANT: DELTA ORCHARD GROWERS FOR THE CLINIC.",[["DELTA ORCHARD GROWERS","LOCATION","location:organization"]]],
  ["grant: delta orchard growers for the clinic.",[["delta orchard growers","LOCATION","location:organization"]]],
  ["Lives at 44175 Road 815, 11 mi N of town.",[["44175 Road 815","LOCATION","location:address"]]],
  ["LIVES AT 44175 ROAD 815, 11 MI N OF TOWN.",[["44175 ROAD 815","LOCATION","location:address"]]],
  ["lives at 44175 road 815, 11 mi n of town.",[["44175 road 815","LOCATION","location:address"]]],
  ["Works nights at Quarrybend Glass in the plant.",[["Quarrybend Glass","LOCATION","location:organization"]]],
  ["WORKS NIGHTS AT QUARRYBEND GLASS IN THE PLANT.",[["QUARRYBEND GLASS","LOCATION","location:organization"]]],
  ["works nights at quarrybend glass in the plant.",[["quarrybend glass","LOCATION","location:organization"]]],
  ["Truck driver for Old Marrow Freight Line since May.",[["Old Marrow Freight Line","LOCATION","location:organization"],["May","DATE","cue:date"]]],
  ["TRUCK DRIVER FOR OLD MARROW FREIGHT LINE SINCE MAY.",[["OLD MARROW FREIGHT LINE","LOCATION","location:organization"],["MAY","DATE","cue:date"]]],
  ["truck driver for old marrow freight line since may.",[["old marrow freight line","LOCATION","location:organization"],["may","DATE","cue:date"]]],
  ["Attends Masjid Al-Quddoos on Fridays.",[["Masjid Al-Quddoos","LOCATION","location:organization"]]],
  ["ATTENDS MASJID AL-QUDDOOS ON FRIDAYS.",[["MASJID AL-QUDDOOS","LOCATION","location:organization"]]],
  ["attends masjid al-quddoos on fridays.",[["masjid al-quddoos","LOCATION","location:organization"]]],
  ["Member of Temple Beth Orvel and the choir.",[["Temple Beth Orvel","NAME","name:neighbour"]]],
  ["MEMBER OF TEMPLE BETH ORVEL AND THE CHOIR.",[["TEMPLE BETH ORVEL","LOCATION","location:organization"]]],
  ["member of temple beth orvel and the choir.",[["beth orvel","NAME","name:neighbour"]]],
  ["Son attends Hillmoor Middle School this fall.",[["Hillmoor Middle School","LOCATION","location:organization"]]],
  ["SON ATTENDS HILLMOOR MIDDLE SCHOOL THIS FALL.",[["HILLMOOR MIDDLE SCHOOL","LOCATION","location:organization"]]],
  ["son attends hillmoor middle school this fall.",[["hillmoor middle school","LOCATION","location:organization"]]],
  ["She studies at Kestrel Valley Community College.",[["Kestrel Valley Community College","LOCATION","location:organization"]]],
  ["SHE STUDIES AT KESTREL VALLEY COMMUNITY COLLEGE.",[["KESTREL VALLEY COMMUNITY COLLEGE","LOCATION","location:organization"]]],
  ["she studies at kestrel valley community college.",[["kestrel valley community college","LOCATION","location:organization"]]],
  // (stop 60, merge: pl60's landHead60() now reads "Fort <Name>" after a word of where as a place in mixed case, where
  // the start's tree typed it a name; the ALL CAPS and lower-case rows below already found it a place)
  ["Stationed at Fort Brennick with her unit.",[["Fort Brennick","LOCATION","location:city"]]],
  ["STATIONED AT FORT BRENNICK WITH HER UNIT.",[["FORT BRENNICK","LOCATION","location:facility"]]],
  ["stationed at fort brennick with her unit.",[["fort brennick","LOCATION","location:facility"]]],
  ["Deployed from Naval Air Station Wexmoor last year.",[["Naval Air Station Wexmoor","LOCATION","location:facility"]]],
  ["DEPLOYED FROM NAVAL AIR STATION WEXMOOR LAST YEAR.",[["NAVAL AIR STATION WEXMOOR","LOCATION","location:facility"]]],
  ["deployed from naval air station wexmoor last year.",[["naval air station wexmoor","LOCATION","location:facility"]]],
  ["He drives for Bluejay Transit on weekdays.",[["Bluejay Transit","LOCATION","location:organization"]]],
  ["HE DRIVES FOR BLUEJAY TRANSIT ON WEEKDAYS.",[["BLUEJAY TRANSIT","LOCATION","location:organization"]]],
  ["he drives for bluejay transit on weekdays.",[["bluejay transit","LOCATION","location:organization"]]],
  ["Employed by Tarrow Creek Mining since 2009.",[["Tarrow Creek Mining","LOCATION","location:organization"],["2009","DATE","format:year"]]],
  ["EMPLOYED BY TARROW CREEK MINING SINCE 2009.",[["TARROW CREEK MINING","LOCATION","location:organization"],["2009","DATE","format:year"]]],
  ["employed by tarrow creek mining since 2009.",[["tarrow creek mining","LOCATION","location:organization"],["2009","DATE","format:year"]]],
  ["Seen by Quillan Nation clinic staff.",[["Quillan Nation","LOCATION","location:organization"]]],
  ["SEEN BY QUILLAN NATION CLINIC STAFF.",[["QUILLAN NATION CLINIC","LOCATION","location:organization"]]],
  ["seen by quillan nation clinic staff.",[["quillan nation clinic","LOCATION","location:organization"]]],
  ["Report sent to Lowell County Health Department board.",[["Lowell County Health Department","LOCATION","location:organization"]]],
  ["REPORT SENT TO LOWELL COUNTY HEALTH DEPARTMENT BOARD.",[["LOWELL COUNTY HEALTH DEPARTMENT","LOCATION","location:organization"]]],
  ["report sent to lowell county health department board.",[["lowell county health department","LOCATION","location:organization"]]],
  ["Deployed to Camp Redmoor last spring.",[["Camp Redmoor","LOCATION","location:facility"]]],
  ["DEPLOYED TO CAMP REDMOOR LAST SPRING.",[["CAMP REDMOOR","LOCATION","location:facility"]]],
  ["deployed to camp redmoor last spring.",[["camp redmoor","LOCATION","location:facility"]]],
  ["Transfer by Skylift to the trauma center.",[["Skylift","LOCATION","location:organization"]]],
  ["TRANSFER BY SKYLIFT TO THE TRAUMA CENTER.",[["SKYLIFT","LOCATION","location:organization"]]],
  ["transfer by skylift to the trauma center.",[]],
  ["Arrived via Medwing after the crash.",[["Medwing","LOCATION","location:organization"]]],
  ["ARRIVED VIA MEDWING AFTER THE CRASH.",[["MEDWING","LOCATION","location:organization"]]],
  ["arrived via medwing after the crash.",[]],
  ["He will be transferred to the ward.",[]],
  ["HE WILL BE TRANSFERRED TO THE WARD.",[]],
  ["he will be transferred to the ward.",[]],
  ["History of diabetes; patient takes metformin daily for years.",[]],
  ["HISTORY OF DIABETES; PATIENT TAKES METFORMIN DAILY FOR YEARS.",[]],
  ["history of diabetes; patient takes metformin daily for years.",[]],
  ["Continue exercise; the medical history shows no change.",[]],
  ["CONTINUE EXERCISE; THE MEDICAL HISTORY SHOWS NO CHANGE.",[]],
  ["continue exercise; the medical history shows no change.",[]],
  ["Medical Mutual of Ohio member MMO-2204418832 on file.",[["Medical Mutual of Ohio","LOCATION","location:organization"],["MMO-2204418832","HEALTH_PLAN","cue:health-plan"]]],
  ["MEDICAL MUTUAL OF OHIO MEMBER MMO-2204418832 ON FILE.",[["MEDICAL MUTUAL OF OHIO","LOCATION","location:organization"],["MMO-2204418832","HEALTH_PLAN","cue:health-plan"]]],
  ["medical mutual of ohio member mmo-2204418832 on file.",[["medical mutual of ohio","LOCATION","location:organization"],["mmo-2204418832","HEALTH_PLAN","cue:health-plan"]]],
  ["Sent via Careport referral CP-7720418 today.",[["Careport","LOCATION","location:organization"],["CP-7720418","ID","format:record-field"]]],
  ["SENT VIA CAREPORT REFERRAL CP-7720418 TODAY.",[["CAREPORT","LOCATION","location:organization"],["CP-7720418","ID","format:record-field"]]],
  ["sent via careport referral cp-7720418 today.",[["careport","LOCATION","location:organization"],["cp-7720418","ID","format:record-field"]]],
  ["Enrolled with Hospice of the Big Bend in May.",[["Hospice of the Big Bend","LOCATION","location:organization"],["May","DATE","cue:date"]]],
  ["ENROLLED WITH HOSPICE OF THE BIG BEND IN MAY.",[["ENROLLED WITH HOSPICE OF THE BIG BEND","LOCATION","location:organization"],["MAY","DATE","cue:date"]]],
  ["enrolled with hospice of the big bend in may.",[["may","DATE","cue:date"]]],
  ["Asthma Specialists of the Quad Cities saw her.",[["Quad Cities","LOCATION","location:city"]]],
  ["ASTHMA SPECIALISTS OF THE QUAD CITIES SAW HER.",[["QUAD CITIES","LOCATION","location:city"]]],
  ["asthma specialists of the quad cities saw her.",[]],
  ["Lucinda Romero, MD, Holy Cross Hospital, consulted.",[["Lucinda Romero","NAME","name:neighbour"],["Holy Cross Hospital","LOCATION","location:facility"]]],
  ["LUCINDA ROMERO, MD, HOLY CROSS HOSPITAL, CONSULTED.",[["LUCINDA ROMERO","NAME","name:neighbour"],["HOLY CROSS HOSPITAL","LOCATION","location:facility"]]],
  ["lucinda romero, md, holy cross hospital, consulted.",[["lucinda romero","NAME","name:credential"],["holy cross hospital","LOCATION","location:facility"]]],
  ["Seen by Orla Vantrees, FNP, Delta Health Center.",[["Orla Vantrees","NAME","name:neighbour"],["Delta Health Center","LOCATION","location:facility"]]],
  ["SEEN BY ORLA VANTREES, FNP, DELTA HEALTH CENTER.",[["ORLA VANTREES","NAME","name:neighbour"],["DELTA HEALTH CENTER","LOCATION","location:facility"]]],
  ["seen by orla vantrees, fnp, delta health center.",[["orla vantrees","NAME","name:neighbour"],["delta health center","LOCATION","location:facility"]]],
  ["Non-tender abdomen; follow-up x-ray in 2 weeks.",[]],
  ["NON-TENDER ABDOMEN; FOLLOW-UP X-RAY IN 2 WEEKS.",[]],
  ["non-tender abdomen; follow-up x-ray in 2 weeks.",[]],
  ["last,first,city\nPruell,Shavonne,Barre\n",[["Pruell","NAME","name:column"],["Shavonne","NAME","name:column"],["Barre","LOCATION","location:column"]]],
  ["LAST,FIRST,CITY\nPRUELL,SHAVONNE,BARRE\n",[["PRUELL","NAME","name:column"],["SHAVONNE","NAME","name:column"],["BARRE","LOCATION","location:column"]]],
  ["last,first,city\npruell,shavonne,barre\n",[["pruell","NAME","name:column"],["shavonne","NAME","name:column"],["barre","LOCATION","location:column"]]],
  ["<city>Varnell</city><family>Vaimoana-Christoff</family>",[["Varnell","LOCATION","location:column"],["Vaimoana-Christoff","NAME","name:column"]]],
  ["<CITY>VARNELL</CITY><FAMILY>VAIMOANA-CHRISTOFF</FAMILY>",[["VARNELL","LOCATION","location:column"],["VAIMOANA-CHRISTOFF","NAME","name:column"]]],
  ["<city>varnell</city><family>vaimoana-christoff</family>",[["varnell","LOCATION","location:column"],["vaimoana-christoff","NAME","name:column"]]],
  ["0044721     HARLAND, PRUDENCE     MRN 4471",[["HARLAND, PRUDENCE","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["0044721     HARLAND, PRUDENCE     MRN 4471",[["HARLAND, PRUDENCE","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["0044721     harland, prudence     mrn 4471",[["harland, prudence","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["SZ 4   STRYKER   5510-F-401   MHRK4471",[["STRYKER","LOCATION","location:organization"]]],
  ["SZ 4   STRYKER   5510-F-401   MHRK4471",[["STRYKER","LOCATION","location:organization"]]],
  ["sz 4   stryker   5510-f-401   mhrk4471",[["stryker","LOCATION","location:organization"]]],
  ["BRAMBLE HILL FAMILY PRACTICE\nProgress note for the visit.",[["BRAMBLE HILL FAMILY PRACTICE","LOCATION","location:facility"]]],
  ["BRAMBLE HILL FAMILY PRACTICE\nPROGRESS NOTE FOR THE VISIT.",[["BRAMBLE HILL FAMILY PRACTICE","LOCATION","location:facility"]]],
  ["bramble hill family practice\nprogress note for the visit.",[["bramble hill family practice","LOCATION","location:facility"]]],
  ["Kostelnik, Andrew J. (\"Drew\") came in today.",[["Kostelnik, Andrew J","NAME","name:neighbour"],["Drew","NAME","name:neighbour"]]],
  ["KOSTELNIK, ANDREW J. (\"DREW\") CAME IN TODAY.",[["KOSTELNIK, ANDREW J","NAME","name:neighbour"],["DREW","NAME","name:neighbour"]]],
  ["kostelnik, andrew j. (\"drew\") came in today.",[["kostelnik, andrew j.","NAME","name:neighbour"],["drew","NAME","name:neighbour"]]],
  ["Daughter Marlene Friday-Goggles visits.",[["Marlene Friday","NAME","name:neighbour"]]],
  ["DAUGHTER MARLENE FRIDAY-GOGGLES VISITS.",[["MARLENE FRIDAY-GOGGLES","NAME","name:neighbour"]]],
  ["daughter marlene friday-goggles visits.",[["marlene friday","NAME","name:neighbour"]]],
  ["Pacer (Medtronic Azure, SN RNH448120S) checked.",[["Medtronic","LOCATION","location:organization"],["RNH448120S","DEVICE","cue:device"]]],
  ["PACER (MEDTRONIC AZURE, SN RNH448120S) CHECKED.",[["MEDTRONIC","LOCATION","location:organization"],["RNH448120S","DEVICE","cue:device"]]],
  ["pacer (medtronic azure, sn rnh448120s) checked.",[["medtronic","LOCATION","location:organization"],["rnh448120s","DEVICE","cue:device"]]],
  ["Device: Hologic Horizon A, SN 301744-H noted.",[["Hologic","LOCATION","location:organization"],["301744-H","DEVICE","cue:device"]]],
  ["DEVICE: HOLOGIC HORIZON A, SN 301744-H NOTED.",[["HOLOGIC","LOCATION","location:organization"],["301744-H","DEVICE","cue:device"]]],
  ["device: hologic horizon a, sn 301744-h noted.",[["hologic","LOCATION","location:organization"],["301744-h","DEVICE","cue:device"]]],
  ["0945  WOODS, FRANK  MRN 2231",[["WOODS, FRANK","NAME","name:neighbour"],["2231","MRN","cue:mrn"]]],
  ["0945  WOODS, FRANK  MRN 2231",[["WOODS, FRANK","NAME","name:neighbour"],["2231","MRN","cue:mrn"]]],
  ["0945  woods, frank  mrn 2231",[["woods, frank","NAME","name:neighbour"],["2231","MRN","cue:mrn"]]],
  ["Children Grace (9), Emmanuel (6), Divine (2) at home.",[["Grace","NAME","name:cue"],["Emmanuel","NAME","name:cue"],["Divine","NAME","name:cue"]]],
  ["CHILDREN GRACE (9), EMMANUEL (6), DIVINE (2) AT HOME.",[["GRACE","NAME","name:cue"],["EMMANUEL","NAME","name:cue"],["DIVINE","NAME","name:cue"]]],
  ["children grace (9), emmanuel (6), divine (2) at home.",[["grace","NAME","name:cue"],["emmanuel","NAME","name:cue"],["divine","NAME","name:cue"]]],
  ["Read by l. foster, then signed.",[]],
  ["READ BY L. FOSTER, THEN SIGNED.",[["L. FOSTER","NAME","name:neighbour"]]],
  ["read by l. foster, then signed.",[["l. foster","NAME","name:initial"]]],
  ["Seen at Big Bend Heart & Vascular last week.",[["Big Bend Heart & Vascular","LOCATION","location:facility"]]],
  ["SEEN AT BIG BEND HEART & VASCULAR LAST WEEK.",[["BIG BEND HEART & VASCULAR","LOCATION","location:facility"]]],
  ["seen at big bend heart & vascular last week.",[["big bend heart & vascular","LOCATION","location:facility"]]],
  ["Returned to Lead Gulch, SD by car.",[["Lead Gulch","LOCATION","location:city"]]],
  ["RETURNED TO LEAD GULCH, SD BY CAR.",[["LEAD GULCH","LOCATION","location:city"]]],
  ["returned to lead gulch, sd by car.",[["lead gulch","LOCATION","location:city"]]],
  ["DOB 04/06/2023, phone 781.455.4217, MRN 7494-4142.",[["04/06/2023","DATE","cue:date"],["781.455.4217","PHONE","cue:phone"],["7494-4142","MRN","cue:mrn"]]],
  ["DOB 04/06/2023, PHONE 781.455.4217, MRN 7494-4142.",[["04/06/2023","DATE","cue:date"],["781.455.4217","PHONE","cue:phone"],["7494-4142","MRN","cue:mrn"]]],
  ["dob 04/06/2023, phone 781.455.4217, mrn 7494-4142.",[["04/06/2023","DATE","cue:date"],["781.455.4217","PHONE","cue:phone"],["7494-4142","MRN","cue:mrn"]]],
  ["Pain improved. She walks daily. No fever.",[]],
  ["PAIN IMPROVED. SHE WALKS DAILY. NO FEVER.",[]],
  ["pain improved. she walks daily. no fever.",[]],
  ["Email abigail1987@clinic.example.edu for records.",[["abigail1987@clinic.example.edu","EMAIL","format:email"]]],
  ["EMAIL ABIGAIL1987@CLINIC.EXAMPLE.EDU FOR RECORDS.",[["ABIGAIL1987@CLINIC.EXAMPLE.EDU","EMAIL","format:email"]]],
  ["email abigail1987@clinic.example.edu for records.",[["abigail1987@clinic.example.edu","EMAIL","format:email"]]],
];

describe("stop 60, sp60: step()'s narrowed unions keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
  }
  it("step() calls run A's heads behind the head set and run D behind its union", async () => {
    const { readFileSync } = await import("node:fs");
    const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
    const runs = readFileSync(new URL("../assembly/names/r59_sp59.ts", import.meta.url), "utf8");
    expect(src).toMatch(/mayD60\(k, s0, sh, plain, cb59\) && rulesD59\(k, s0, len, sh, d, plain\)/);
    expect(runs).toMatch(/S_CAMP59\)\)\)\) != 0 && headSet60\(k\)/);
    expect(runs).toMatch(/headSet60\(k\) && headRules58\(k, sh, len, sm\)/);
    expect(runs).toMatch(/k >= 2 && carrierGate41\(k\) \|\|/);
  });
});
