// Why this file exists: table tests, with hard negatives, for the stop 43 organisations round (org43): a device's maker
// after a bracket or a device's label before its model and serial ("PACEMAKER (MEDTRONIC AZURE, SN RNH448120S)", "DEVICE:
// HOLOGIC HORIZON A, SN 301744-H", "(LANDAUER ACCT L-220418)": deviceMaker43), a state's agency by its initialism after
// the state ("SC DHEC", "Texas DPS", "nh dhhs": STATE_AGENCIES33, stateAgency33) or alone (the dictionary's list of
// state departments: "by DHEC"), and a county's office, court, jail or service in lower-case text ("pierce county jail",
// "coconino county sheriff's office": countyBody43). Mixed case, ALL CAPS and lower case; both engines. Names of people
// and firms are made up or nationally known makers.
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const ORG = "location:organization";

// [text, expected [finding text, reason] with NAME, LOCATION, ZIP and PHONE enabled, words that must not be redacted]
const DEVICE_MAKERS: ReadonlyArray<PlaceCase> = [
  ["History of heart failure, pacemaker (Medtronic Azure, SN RNH448120S) in place.", [["Medtronic",ORG]], ["pacemaker","Azure"]],
  ["HISTORY OF HEART FAILURE, PACEMAKER (MEDTRONIC AZURE, SN RNH448120S) IN PLACE.", [["MEDTRONIC",ORG]], ["PACEMAKER","AZURE"]],
  ["history of heart failure, pacemaker (medtronic azure, sn rnh448120s) in place.", [["medtronic",ORG]], ["pacemaker","azure"]],
  ["Oxygen 2 L via POC (Inogen One G5, SN G5-99K447182) at night.", [["Inogen",ORG]], ["Oxygen"]],
  ["OXYGEN 2 L VIA POC (INOGEN ONE G5, SN G5-99K447182) AT NIGHT.", [["INOGEN",ORG]], ["OXYGEN"]],
  ["oxygen 2 l via poc (inogen one g5, sn g5-99k447182) at night.", [["inogen",ORG]], ["oxygen"]],
  ["The hearing aids (Phonak, serials 2214A0887 and 2214A0888) were checked.", [["Phonak",ORG]], ["hearing"]],
  ["THE HEARING AIDS (PHONAK, SERIALS 2214A0887 AND 2214A0888) WERE CHECKED.", [["PHONAK",ORG]], ["HEARING"]],
  ["the hearing aids (phonak, serials 2214a0887 and 2214a0888) were checked.", [["phonak",ORG]], ["hearing"]],
  ["Port (Bard PowerPort, lot REBK2209) flushed.", [["Bard PowerPort",ORG]], ["Port","flushed"]],
  ["PORT (BARD POWERPORT, LOT REBK2209) FLUSHED.", [["BARD POWERPORT",ORG]], ["PORT","FLUSHED"]],
  ["port (bard powerport, lot rebk2209) flushed.", [["bard powerport",ORG]], ["port","flushed"]],
  ["Device: Hologic Horizon A, SN 301744-H", [["Hologic",ORG]], ["Device","Horizon"]],
  ["DEVICE: HOLOGIC HORIZON A, SN 301744-H", [["HOLOGIC",ORG]], ["DEVICE","HORIZON"]],
  ["device: hologic horizon a, sn 301744-h", [["hologic",ORG]], ["device","horizon"]],
  ["Equipment: Nihon Kohden, SN PSG-44170.", [["Nihon Kohden",ORG]], ["Equipment"]],
  ["EQUIPMENT: NIHON KOHDEN, SN PSG-44170.", [["NIHON KOHDEN",ORG]], ["EQUIPMENT"]],
  ["equipment: nihon kohden, sn psg-44170.", [["nihon kohden",ORG]], ["equipment"]],
  ["CGM: Dexcom G7, sensor lot 720447188", [["Dexcom",ORG]], ["sensor"]],
  ["CGM: DEXCOM G7, SENSOR LOT 720447188", [["DEXCOM",ORG]], ["SENSOR"]],
  ["cgm: dexcom g7, sensor lot 720447188", [["dexcom",ORG]], ["sensor"]],
  ["Badge LD-44718-C (Landauer acct L-220418) read monthly.", [["Landauer",ORG]], ["Badge"]],
  ["BADGE LD-44718-C (LANDAUER ACCT L-220418) READ MONTHLY.", [["LANDAUER",ORG]], ["BADGE"]],
  ["badge ld-44718-c (landauer acct l-220418) read monthly.", [["landauer",ORG]], ["badge"]],
  ["Mask: ResMed AirFit F20 medium.", [["ResMed",ORG]], ["Mask","medium"]],
  ["MASK: RESMED AIRFIT F20 MEDIUM.", [["RESMED",ORG]], ["MASK","MEDIUM"]],
];

const AGENCIES: ReadonlyArray<PlaceCase> = [
  ["Reported to SC DHEC Region 7 by phone.", [["SC DHEC",ORG]], ["Region"]],
  ["REPORTED TO SC DHEC REGION 7 BY PHONE.", [["SC DHEC",ORG]], ["REGION"]],
  ["reported to sc dhec region 7 by phone.", [["sc dhec",ORG]], ["region"]],
  ["Reported to NH DHHS environmental health.", [["NH DHHS",ORG]], ["environmental"]],
  ["REPORTED TO NH DHHS ENVIRONMENTAL HEALTH.", [["NH DHHS",ORG]], ["ENVIRONMENTAL"]],
  ["reported to nh dhhs environmental health.", [["nh dhhs",ORG]], ["environmental"]],
  ["Silver Alert issued by Texas DPS at 23:40.", [["Texas DPS",ORG]], ["Silver"]],
  ["SILVER ALERT ISSUED BY TEXAS DPS AT 23:40.", [["TEXAS DPS",ORG]], ["SILVER"]],
  ["silver alert issued by texas dps at 23:40.", [["texas dps",ORG]], ["silver"]],
  ["Water tested; Iowa DNR field office notified.", [["Iowa DNR",ORG]], ["field"]],
  ["WATER TESTED; IOWA DNR FIELD OFFICE NOTIFIED.", [["IOWA DNR",ORG]], ["FIELD"]],
  ["water tested; iowa dnr field office notified.", [["iowa dnr",ORG]], ["field"]],
  ["FDA MedWatch filed by DHEC.", [["DHEC",ORG]], ["filed"]],
  ["FDA MEDWATCH FILED BY DHEC.", [["DHEC",ORG]], ["FILED"]],
  ["fda medwatch filed by dhec.", [["dhec",ORG]], ["filed"]],
  ["Dispatched by Coconino County Sheriff's Office (Deputy Yazzie).", [["Coconino County Sheriff's Office",ORG],["Yazzie","name:cue"]], ["Dispatched"]],
  ["DISPATCHED BY COCONINO COUNTY SHERIFF'S OFFICE (DEPUTY YAZZIE).", [["COCONINO COUNTY SHERIFF'S OFFICE",ORG],["YAZZIE","name:cue"]], ["DISPATCHED"]],
  ["dispatched by coconino county sheriff's office (deputy yazzie).", [["coconino county sheriff's office",ORG],["yazzie","name:cue"]], ["dispatched"]],
  ["Interview at Pierce County Jail mental health unit.", [["Pierce County Jail",ORG]], ["mental"]],
  ["INTERVIEW AT PIERCE COUNTY JAIL MENTAL HEALTH UNIT.", [["PIERCE COUNTY JAIL",ORG]], ["MENTAL"]],
  ["interview at pierce county jail mental health unit.", [["pierce county jail",ORG]], ["mental"]],
  ["Referral: Bannock County Drug Court, case CR03.", [["Bannock County Drug Court",ORG]], ["case"]],
  ["REFERRAL: BANNOCK COUNTY DRUG COURT, CASE CR03.", [["BANNOCK COUNTY DRUG COURT",ORG]], ["CASE"]],
  ["referral: bannock county drug court, case cr03.", [["bannock county drug court",ORG]], ["case"]],
];

// (a product's name before a vaccine's or a drug's lot, a pump's or a monitor's serial, a kind's word after a maker's, a
// maker in an operative note's bracket, a resuscitation order after a state, a county that is only a place)
const NEGATIVES: ReadonlyArray<PlaceCase> = [
  ["Pacemaker (Model 5076, SN 44718) checked.", [], ["Model"]],
  ["PACEMAKER (MODEL 5076, SN 44718) CHECKED.", [], ["MODEL"]],
  ["pacemaker (model 5076, sn 44718) checked.", [], ["model"]],
  ["PICC (left arm, lot 2209) placed today.", [], ["left"]],
  ["PICC (LEFT ARM, LOT 2209) PLACED TODAY.", [], ["LEFT"]],
  ["picc (left arm, lot 2209) placed today.", [], ["left"]],
  ["Tdap (Boostrix) lot 7Y4KP given in the left deltoid.", [], ["Boostrix"]],
  ["TDAP (BOOSTRIX) LOT 7Y4KP GIVEN IN THE LEFT DELTOID.", [], ["BOOSTRIX"]],
  ["tdap (boostrix) lot 7y4kp given in the left deltoid.", [], ["boostrix"]],
  ["DTaP-IPV (Kinrix), lot K7H42, exp 11/2099.", [], ["Kinrix"]],
  ["DTAP-IPV (KINRIX), LOT K7H42, EXP 11/2099.", [], ["KINRIX"]],
  ["dtap-ipv (kinrix), lot k7h42, exp 11/2099.", [], ["kinrix"]],
  ["Vaccine given (Flucelvax, lot AX4471A) in clinic.", [], ["Flucelvax"]],
  ["VACCINE GIVEN (FLUCELVAX, LOT AX4471A) IN CLINIC.", [], ["FLUCELVAX"]],
  ["vaccine given (flucelvax, lot ax4471a) in clinic.", [], ["flucelvax"]],
  ["Pump: CADD-Solis SN SOL-661029 running.", [], ["CADD"]],
  ["PUMP: CADD-SOLIS SN SOL-661029 RUNNING.", [], ["CADD"]],
  ["pump: cadd-solis sn sol-661029 running.", [], ["cadd"]],
  ["30-day monitor (Zio serial 4471-AX-0932) mailed.", [], ["Zio"]],
  ["30-DAY MONITOR (ZIO SERIAL 4471-AX-0932) MAILED.", [], ["ZIO"]],
  ["30-day monitor (zio serial 4471-ax-0932) mailed.", [], ["zio"]],
  ["Bilateral (cochlear implant, SN 4471) placed 2090.", [], ["cochlear"]],
  ["BILATERAL (COCHLEAR IMPLANT, SN 4471) PLACED 2090.", [], ["COCHLEAR"]],
  ["bilateral (cochlear implant, sn 4471) placed 2090.", [], ["cochlear"]],
  ["Implant: cochlear implant, left ear.", [], ["cochlear"]],
  ["IMPLANT: COCHLEAR IMPLANT, LEFT EAR.", [], ["COCHLEAR"]],
  ["implant: cochlear implant, left ear.", [], ["cochlear"]],
  ["GAIT (TANDEM GAIT NORMAL), ROMBERG NEGATIVE.", [], ["TANDEM"]],
  ["The components (Zimmer Persona) were cemented.", [], ["Zimmer"]],
  ["THE COMPONENTS (ZIMMER PERSONA) WERE CEMENTED.", [], ["ZIMMER"]],
  ["the components (zimmer persona) were cemented.", [], ["zimmer"]],
  ["Labs: CBC (Quest lot 2209) drawn.", [], ["Quest"]],
  ["LABS: CBC (QUEST LOT 2209) DRAWN.", [], ["QUEST"]],
  ["labs: cbc (quest lot 2209) drawn.", [], ["quest"]],
  ["Code status: DNR-CC per Ohio DNR form.", [["Ohio","location:state"]], ["DNR-CC","form"]],
  ["CODE STATUS: DNR-CC PER OHIO DNR FORM.", [["OHIO","location:state"]], ["DNR-CC","FORM"]],
  ["code status: dnr-cc per ohio dnr form.", [], ["dnr-cc","form"]],
  ["Given sc today, dose 40 mg.", [], ["sc"]],
  ["GIVEN SC TODAY, DOSE 40 MG.", [], ["SC"]],
  ["given sc today, dose 40 mg.", [], ["sc"]],
  ["She lives in Pierce County with her mother.", [["Pierce County","location:county"]], ["lives"]],
  ["SHE LIVES IN PIERCE COUNTY WITH HER MOTHER.", [["PIERCE COUNTY","location:county"]], ["LIVES"]],
  // (stop 45, loc45: lower case names the county as the other two cases do, lowerCounty45())
  ["she lives in pierce county with her mother.", [["pierce county","location:county"]], ["lives"]],
  ["He spent a week in the county jail last year.", [], ["county","jail"]],
  ["he spent a week in the county jail last year.", [], ["county","jail"]],
  ["Seen at a neighboring county court.", [], ["neighboring","court"]],
  ["seen at a neighboring county court.", [], ["neighboring","court"]],
];

runPlaceTable("org43: a device's maker before its model and serial", DEVICE_MAKERS);
runPlaceTable("org43: state agencies' initialisms and lower-case county bodies", AGENCIES);
runPlaceTable("org43: hard negatives", NEGATIVES);
