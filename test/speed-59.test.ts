// Why this file exists: stop 59's speed round (sp59, docs/performance.md "Stop 59, sp59") moved four runs of step()'s
// per-token rules out of the name pass's inlined hot loop (rulesA59() to rulesD59() in assembly/names/r59_sp59.ts), each
// behind one union of its gates' first tests, and read the text's mode once in afterRules58(), without changing a
// finding. These rows put each moved rule in its frame (an HL7 facility, a bracketed acronym, a lettered highway, a public
// body, a trade firm, a carrier, an agency's acronym, "X for Y", a camp, an address's tail, a facility's tail word, a
// state's code, a branch's town, "dot", a foot's initials, a tail after a word of where, a trail, a dictation's initials,
// CSV and XML fields, an aligned table's name, a letterhead, a nickname, a hyphenated surname, a device's maker, a
// child's age, a practice's pair of services) and prose that names nothing, in mixed case, ALL CAPS and lower case, on
// both engines. The findings are the stop's start's (main f4dcdd1), gaps included: a row records what the core finds,
// not what it should find. Invented names only.
import { expect, it } from "vitest";
import { runSpeedTable, type SpeedRow as Row } from "./helpers/speed-table.js";

const ROWS: Row[] = [
  ["MSH|^~\\&|EPICADT|WMC|202201011200||ADT^A01|",[["WMC","LOCATION","location:facility"],["202201011200","ID","format:record-field"]]],
  ["MSH|^~\\&|EPICADT|WMC|202201011200||ADT^A01|",[["WMC","LOCATION","location:facility"],["202201011200","ID","format:record-field"]]],
  ["msh|^~\\&|epicadt|wmc|202201011200||adt^a01|",[["wmc","LOCATION","location:facility"],["202201011200","ID","format:record-field"]]],
  ["Transferred from Larkspur Ridge Medical Center (LRMC) this morning.",[["Larkspur Ridge Medical Center","LOCATION","location:facility"],["LRMC","LOCATION","location:facility"]]],
  ["TRANSFERRED FROM LARKSPUR RIDGE MEDICAL CENTER (LRMC) THIS MORNING.",[["LARKSPUR RIDGE MEDICAL CENTER","LOCATION","location:facility"],["LRMC","LOCATION","location:facility"]]],
  ["transferred from larkspur ridge medical center (lrmc) this morning.",[["larkspur ridge medical center","LOCATION","location:facility"],["lrmc","LOCATION","location:facility"]]],
  ["Rollover on I-470 near the exit, per EMS.",[["I-470","LOCATION","location:address"]]],
  ["ROLLOVER ON I-470 NEAR THE EXIT, PER EMS.",[["I-470","LOCATION","location:address"]]],
  ["rollover on i-470 near the exit, per ems.",[["i-470","LOCATION","location:address"]]],
  ["Lives with the Tarrow Valley EMS crew chief; seen by Quillan Nation clinic staff.",[["Tarrow Valley EMS","LOCATION","location:organization"],["Quillan Nation","LOCATION","location:organization"]]],
  ["LIVES WITH THE TARROW VALLEY EMS CREW CHIEF; SEEN BY QUILLAN NATION CLINIC STAFF.",[["TARROW VALLEY EMS","LOCATION","location:organization"],["QUILLAN NATION CLINIC","LOCATION","location:organization"]]],
  ["lives with the tarrow valley ems crew chief; seen by quillan nation clinic staff.",[["tarrow valley ems","LOCATION","location:organization"],["quillan nation clinic","LOCATION","location:organization"]]],
  ["He drives for Bluejay Transit on weekdays.",[["Bluejay Transit","LOCATION","location:organization"]]],
  ["HE DRIVES FOR BLUEJAY TRANSIT ON WEEKDAYS.",[["BLUEJAY TRANSIT","LOCATION","location:organization"]]],
  ["he drives for bluejay transit on weekdays.",[["bluejay transit","LOCATION","location:organization"]]],
  ["Transfer by Skylift to the trauma center.",[["Skylift","LOCATION","location:organization"]]],
  ["TRANSFER BY SKYLIFT TO THE TRAUMA CENTER.",[["SKYLIFT","LOCATION","location:organization"]]],
  ["transfer by skylift to the trauma center.",[]],
  ["Case reported to TDPH and entered in NXDR today.",[["TDPH","LOCATION","location:organization"]]],
  ["CASE REPORTED TO TDPH AND ENTERED IN NXDR TODAY.",[["TDPH","LOCATION","location:organization"]]],
  ["case reported to tdph and entered in nxdr today.",[["tdph","LOCATION","location:facility"]]],
  ["Crib from Beds for Babies arriving Friday.",[["Beds for Babies","LOCATION","location:organization"],["Friday","DATE","dictionary:weekday"]]],
  ["CRIB FROM BEDS FOR BABIES ARRIVING FRIDAY.",[["FRIDAY","DATE","dictionary:weekday"]]],
  ["crib from beds for babies arriving friday.",[["friday","DATE","dictionary:weekday"]]],
  ["Deployed to Camp Redmoor last spring; lived on the Wind Ridge Reservation.",[["Camp Redmoor","LOCATION","location:facility"],["Wind Ridge Reservation","LOCATION","location:city"]]],
  ["DEPLOYED TO CAMP REDMOOR LAST SPRING; LIVED ON THE WIND RIDGE RESERVATION.",[["CAMP REDMOOR","LOCATION","location:facility"],["WIND RIDGE RESERVATION","LOCATION","location:city"]]],
  ["deployed to camp redmoor last spring; lived on the wind ridge reservation.",[["camp redmoor","LOCATION","location:facility"]]],
  ["Lives at 412 Bramble Hill Rd, Apt 3, Barre, VT 05641.",[["412 Bramble Hill Rd, Apt 3, Barre, VT","LOCATION","location:address"],["05641","ZIP","format:zip-address"]]],
  ["LIVES AT 412 BRAMBLE HILL RD, APT 3, BARRE, VT 05641.",[["412 BRAMBLE HILL RD, APT 3, BARRE, VT","LOCATION","location:address"],["05641","ZIP","format:zip-address"]]],
  ["lives at 412 bramble hill rd, apt 3, barre, vt 05641.",[["412 bramble hill rd, apt 3, barre, vt 05641","LOCATION","location:address"]]],
  ["Seen at Dunmore Med last week, then Dunmore North.",[["Dunmore Med","LOCATION","location:city"],["Dunmore North","NAME","name:neighbour"]]],
  ["SEEN AT DUNMORE MED LAST WEEK, THEN DUNMORE NORTH.",[["DUNMORE","LOCATION","location:city"],["DUNMORE NORTH","LOCATION","location:city"]]],
  ["seen at dunmore med last week, then dunmore north.",[["dunmore","LOCATION","location:city"],["dunmore north","LOCATION","location:city"]]],
  ["HERON GARDENS MEMORY CARE, MOBILE AL - admission note.",[]],
  ["HERON GARDENS MEMORY CARE, MOBILE AL - ADMISSION NOTE.",[]],
  ["heron gardens memory care, mobile al - admission note.",[]],
  ["Pellway Drug #4471 Ardley\nPickup today.",[["4471","ID","cue:id"]]],
  ["PELLWAY DRUG #4471 ARDLEY\nPICKUP TODAY.",[["4471","ID","cue:id"]]],
  ["pellway drug #4471 ardley\npickup today.",[]],
  ["Fell near the lake, email john dot doe at mail dot com.",[["john dot doe at mail dot com","EMAIL","format:email-spelled"]]],
  ["FELL NEAR THE LAKE, EMAIL JOHN DOT DOE AT MAIL DOT COM.",[["JOHN DOT DOE AT MAIL DOT COM","EMAIL","format:email-spelled"]]],
  ["fell near the lake, email john dot doe at mail dot com.",[["john dot doe at mail dot com","EMAIL","format:email-spelled"]]],
  ["Signed: Dr. Hale, m.d. tl/grv",[["Hale","NAME","name:title"]]],
  ["SIGNED: DR. HALE, M.D. TL/GRV",[["HALE","NAME","name:title"],["TL","NAME","name:initial"],["GRV","NAME","name:initial"]]],
  ["signed: dr. hale, m.d. tl/grv",[["hale","NAME","name:title"],["tl","NAME","name:initial"],["grv","NAME","name:initial"]]],
  ["Admitted at Heron Creek Medical, then home.",[["Heron Creek Medical","LOCATION","location:facility"]]],
  ["ADMITTED AT HERON CREEK MEDICAL, THEN HOME.",[["HERON CREEK MEDICAL","LOCATION","location:facility"]]],
  ["admitted at heron creek medical, then home.",[["heron creek medical","LOCATION","location:facility"]]],
  ["Walking on the Tennaway Rail Trail when she fell.",[["Tennaway Rail Trail","LOCATION","location:city"]]],
  ["WALKING ON THE TENNAWAY RAIL TRAIL WHEN SHE FELL.",[]],
  ["walking on the tennaway rail trail when she fell.",[]],
  ["10:55 DLP\nJOB: 554128",[["554128","ID","cue:id"]]],
  ["10:55 DLP\nJOB: 554128",[["554128","ID","cue:id"]]],
  ["10:55 dlp\njob: 554128",[["554128","ID","cue:id"]]],
  ["last,first,city\nPruell,Shavonne,Barre\n",[["Pruell","NAME","name:column"],["Shavonne","NAME","name:column"],["Barre","LOCATION","location:column"]]],
  ["LAST,FIRST,CITY\nPRUELL,SHAVONNE,BARRE\n",[["PRUELL","NAME","name:column"],["SHAVONNE","NAME","name:column"],["BARRE","LOCATION","location:column"]]],
  ["last,first,city\npruell,shavonne,barre\n",[["pruell","NAME","name:column"],["shavonne","NAME","name:column"],["barre","LOCATION","location:column"]]],
  ["<city>Varnell</city><family>Vaimoana-Christoff</family>",[["Varnell","LOCATION","location:column"],["Vaimoana-Christoff","NAME","name:column"]]],
  ["<CITY>VARNELL</CITY><FAMILY>VAIMOANA-CHRISTOFF</FAMILY>",[["VARNELL","LOCATION","location:column"],["VAIMOANA-CHRISTOFF","NAME","name:column"]]],
  ["<city>varnell</city><family>vaimoana-christoff</family>",[["varnell","LOCATION","location:column"],["vaimoana-christoff","NAME","name:column"]]],
  ["0044721     HARLAND, PRUDENCE     MRN 4471",[["HARLAND, PRUDENCE","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["0044721     HARLAND, PRUDENCE     MRN 4471",[["HARLAND, PRUDENCE","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["0044721     harland, prudence     mrn 4471",[["harland, prudence","NAME","name:neighbour"],["4471","MRN","cue:mrn"]]],
  ["BRAMBLE HILL FAMILY PRACTICE\nProgress note for the visit.",[["BRAMBLE HILL FAMILY PRACTICE","LOCATION","location:facility"]]],
  ["BRAMBLE HILL FAMILY PRACTICE\nPROGRESS NOTE FOR THE VISIT.",[["BRAMBLE HILL FAMILY PRACTICE","LOCATION","location:facility"]]],
  ["bramble hill family practice\nprogress note for the visit.",[["bramble hill family practice","LOCATION","location:facility"]]],
  ["Pelowski, Anton J. (\"Drew\") came in today.",[["Pelowski, Anton J","NAME","name:neighbour"],["Drew","NAME","name:neighbour"]]],
  ["PELOWSKI, ANTON J. (\"DREW\") CAME IN TODAY.",[["PELOWSKI, ANTON J","NAME","name:initial"],["DREW","NAME","name:neighbour"]]],
  // (the merge of stop 59: nm59's nameLead59() takes the surname written first before a found given name's comma at
  // the text's start, "pelowski, anton j."; every other row is the start's findings)
  ["pelowski, anton j. (\"drew\") came in today.",[["pelowski, anton j.","NAME","name:dictionary"],["drew","NAME","name:neighbour"]]],
  ["Daughter Odessa Tuesday-Brannock called.",[["Odessa Tuesday-Brannock","NAME","name:neighbour"]]],
  ["DAUGHTER ODESSA TUESDAY-BRANNOCK CALLED.",[["ODESSA TUESDAY-BRANNOCK","NAME","name:neighbour"]]],
  ["daughter odessa tuesday-brannock called.",[["odessa tuesday-brannock","NAME","name:neighbour"]]],
  ["PACER (MEDTRONIC AZURE, SN RNH448120S) checked.",[["MEDTRONIC","LOCATION","location:organization"],["RNH448120S","DEVICE","cue:device"]]],
  ["PACER (MEDTRONIC AZURE, SN RNH448120S) CHECKED.",[["MEDTRONIC","LOCATION","location:organization"],["RNH448120S","DEVICE","cue:device"]]],
  ["pacer (medtronic azure, sn rnh448120s) checked.",[["medtronic","LOCATION","location:organization"],["rnh448120s","DEVICE","cue:device"]]],
  ["Children Mercy (9), Ezekiel (6), Honor (2) at home.",[["Children Mercy","LOCATION","location:facility"],["Ezekiel","NAME","name:dictionary"],["Honor","NAME","name:cue"]]],
  ["CHILDREN MERCY (9), EZEKIEL (6), HONOR (2) AT HOME.",[["CHILDREN MERCY","LOCATION","location:facility"],["EZEKIEL","NAME","name:dictionary"],["HONOR","NAME","name:cue"]]],
  ["children mercy (9), ezekiel (6), honor (2) at home.",[["children mercy","LOCATION","location:facility"],["ezekiel","NAME","name:dictionary"],["honor","NAME","name:cue"]]],
  ["Tall Pines Heart & Vascular follows him.",[["Tall Pines Heart & Vascular","LOCATION","location:facility"]]],
  ["TALL PINES HEART & VASCULAR FOLLOWS HIM.",[["TALL PINES HEART & VASCULAR","LOCATION","location:facility"]]],
  ["tall pines heart & vascular follows him.",[["tall pines heart & vascular","LOCATION","location:facility"]]],
  ["The patient was seen at the clinic for a cough and is doing well; plan to follow up in two weeks.",[]],
  ["THE PATIENT WAS SEEN AT THE CLINIC FOR A COUGH AND IS DOING WELL; PLAN TO FOLLOW UP IN TWO WEEKS.",[]],
  ["the patient was seen at the clinic for a cough and is doing well; plan to follow up in two weeks.",[]],
  ["She reports pain in the left lower quadrant, by the camp fire, near the lake, at rest and with exertion.",[]],
  ["SHE REPORTS PAIN IN THE LEFT LOWER QUADRANT, BY THE CAMP FIRE, NEAR THE LAKE, AT REST AND WITH EXERTION.",[]],
  ["she reports pain in the left lower quadrant, by the camp fire, near the lake, at rest and with exertion.",[]],
  ["Wound care per protocol; ICU team aware; US of the abdomen done; return to the ER if worse.",[]],
  ["WOUND CARE PER PROTOCOL; ICU TEAM AWARE; US OF THE ABDOMEN DONE; RETURN TO THE ER IF WORSE.",[]],
  ["wound care per protocol; icu team aware; us of the abdomen done; return to the er if worse.",[]],
];

runSpeedTable("stop 59, sp59: step()'s rules in four out-of-line runs keep the start's findings", ROWS, () => {
  it("step() calls the four runs behind their unions only", async () => {
    const { readFileSync } = await import("node:fs");
    const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
    expect(src).toMatch(/mayA59\(k, s0, len, sh, sm, cb59\) && rulesA59\(k, s0, len, sh, sm\)/);
    expect(src).toMatch(/mayB59\(k, s0, len, sh\) && rulesB59\(k, s0, len, sh\)/);
    expect(src).toMatch(/mayC59\(k, s0, len, sh, sm, cb59\) && rulesC59\(k, s0, len, sh, sm, b0\)/);
    // (stop 60, sp60: run D behind the union of its gates' first tests, mayD60(), instead of `!plain || s0 < 240`)
    // (stop 62, sd62: and run D takes step()'s byte before the token too, `cb59`)
    expect(src).toMatch(/mayD60\(k, s0, sh, plain, cb59\) && rulesD59\(k, s0, len, sh, d, plain, cb59\)/);
    expect(src).not.toMatch(/hl7Facility54\(k\)\)\) return;|initialsAt\(k\)\)\)\) return;|csvField\(k, d\)\)\) return;/);
  });
});
