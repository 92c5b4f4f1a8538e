// Why this file exists: builds test/fixtures/clinical-notes-30.jsonl, a thirtieth labelled set of clinical notes
// written by hand in stop 42 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 28-29's generators and test file, fixture-io.mjs, the opening comments of
// the other generators and the note ids of fixtures 1-29 were read for the form, the labels and the report types
// already held), with the PHI density of the i2b2 de-identification notes, in report types and layouts fixtures 1-29
// hold least: a radiology protocolling worklist (its rows made by a seeded RNG), a fax transmission banner over an
// outside ECG, a prison hunger-strike monitoring sheet, an Alaska bush critical-care transport record, an organ
// recovery OR timeline, a joint-registry submission, a transfusion lookback notice, a specimen courier manifest, a
// Great Lakes freighter medical log, a returning-traveller monitoring log, a retained-sponge count event, a forensic
// dental identification, an immigration processing centre intake, an assisted-living medication-error report, an
// amended surgical pathology report and a radiology peer-review discrepancy (16 in ALL CAPS); a voice-dictation
// transcript with spoken punctuation, a text-message thread with a care navigator, a community health worker's food
// pantry referral and a chart-audit comment list (4 in lower case); a kidney paired-exchange chain log, an ROP
// screening exam, a school health office daily log, a remote patient monitoring alert log, an antimicrobial
// stewardship audit table, a medical repatriation (air ambulance from abroad) coordination note, a forwarded e-mail
// thread about outside records, an EHR-templated visit header with smart-phrase residue, a HUD-VASH case conference,
// a donor milk bank screening, a perinatal hospice plan, a medical-legal partnership referral, a 988 crisis follow-up,
// an insurer's subrogation letter, a specialty pharmacy onboarding call, a Meals on Wheels welfare check, a hospice
// continuous-care log, a pre-placement exam for a port authority, a cath-lab scheduling call and a tele-ophthalmology
// diabetic retinal screen.
// Regions (towns invented or real, states real): the Rio Grande Valley, the Mississippi Delta, the Mississippi Gulf
// Coast, the Black Hills, the Permian Basin, the Central Valley, Guam, Kauai, the Bitterroot, western Kentucky's
// Jackson Purchase, Aroostook County, the Yukon-Kuskokwim Delta, the Erie shore, the Mohawk Valley, the Lowcountry,
// the Texas Panhandle, the Coulee Region, the Finger Lakes, the Iron Range, the Cumberland Plateau, Tucson, the
// Sacramento Delta, the Palouse, Cape Fear and northern New Mexico.
// PHI forms sought: names in table cells and forwarded e-mail headers ("From: Okonjo, Adaeze <...>"), names after
// "per", "w/", "c/o", "cc:" and "attn", surname-only staff in timelines, names with particles and compounds (van der
// Berg, Ní Bhriain, Al-Hashimi, Taufa'ao, Santos-Camacho, Kealoha-Reyes), spoken dictation ("doctor Halvorsen comma"),
// relatives by first name only; dates as "14MAR2099", "2099-03-14T08:40", "3.14.99", "14/03/2099" (abroad), "Mar-14",
// "the fourteenth", "14 March", "week of 3/9", "03/2099"; ages over 89 as "91yo", "AGE: 93", "(F, 95)"; phones with
// country codes, a radio call sign left alone, texts' short codes left alone; MRNs, FINs, inmate and A-numbers,
// accession, specimen, tracking and unit numbers, donor ids, UNOS ids, claim and policy numbers, a DEA number, an
// NPI, a URL, emails, user names, IPs and device serials.
// Hard negatives: drugs and products (Omnipaque 350, Visipaque, Kcentra, Hemocue, Biofire, Thermo-Scientific,
// Prolia, Humira, Stryker Triathlon, Zimmer, Raytec, RetCam), scores and tests (ASA 3, KDIGO, BI-RADS 4, Gleason,
// ROP zone II stage 2, ETDRS, PHQ-9, ASQ, Columbia), codes and laws (EMTALA, HIPAA, ICD-10 Z20.822, 42 CFR Part 2),
// eponyms (Mallampati, Bishop, Tanner, Cobb), public programmes (Medicaid, SNAP, WIC, HUD-VASH, Section 8).
// Labelling follows fixtures 28-29 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI; clinicians' and transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the
// name; "the" stays outside a facility; room, bed, bay and cell codes and departments are left unlabelled; flight
// numbers, tail numbers and vessel call signs are left unlabelled; nursing homes, clinics with a place name, VA and IHS
// facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies, agencies, courts, tribes, law firms,
// banks, makers and carriers are ORGANIZATION; counties, landmarks, parks, ports, bases and cemeteries are
// LOCATION-OTHER; MRNs and charts are MRN; member and policy numbers HEALTHPLAN; case, claim, inmate, accession and
// report numbers ID; serials and lots DEVICE; extensions PHONE; drug, device, test, score and eponym names and public
// programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-29 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-30.mjs [out.jsonl].
import { markedFixture, seededPicks } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-30.jsonl", "make-clinical-fixture-30");

// ---- seeded RNG (mulberry32, bench/corpus.mjs's): the protocolling worklist's rows ----
const { rnd, pick, digits } = seededPicks(3030);
const WL_PATIENTS = [
  "TRAN, BAO NGOC", "HALVORSEN, EINAR J", "OYELARAN, FUNMILAYO", "MCCRACKEN, DELIA", "ESPINOZA GARZA, RUBEN",
  "PAKKALA, TOIVO", "WHITEHORSE, CHARLENE", "BRZEZINSKI, HALINA", "ABERNETHY, CLYDE", "NAKASONE, KEIKO",
];
const WL_EXAMS = [
  ["CT ABD/PELVIS W", "ROUTINE IV 100 ML OMNIPAQUE 350"],
  ["MRI BRAIN W/WO", "MS PROTOCOL"],
  ["CTA CHEST", "PE PROTOCOL, 18G R AC"],
  ["MRI L-SPINE WO", "STANDARD"],
  ["CT HEAD WO", "ROUTINE"],
  ["MR ENTEROGRAPHY", "CROHN PROTOCOL, GLUCAGON"],
  ["CT RENAL STONE", "LOW DOSE"],
  ["MRI KNEE L WO", "STANDARD"],
];
const WL_RADS = ["KOWALCZYK", "ADEYEMI-BRANDT", "SOLBERG", "VILLANUEVA"];
function worklistRows() {
  const rows = [];
  for (let i = 0; i < 8; i++) {
    const [exam, proto] = pick(WL_EXAMS);
    const day = 14 + Math.floor(rnd() * 4);
    rows.push(
      `⟦I|A${digits(8)}⟧  ⟦N|${WL_PATIENTS[i]}⟧`.padEnd(46) +
        `⟦M|${digits(7)}⟧  ${exam.padEnd(16)} ⟦D|03/${day}/2099⟧  ${proto}  PROT: DR ⟦N|${pick(WL_RADS)}⟧`,
    );
  }
  return rows.join("\n");
}

// ======================================================== ALL CAPS (16) ========================================================

note("rad-protocol-worklist-caps", `
RADIOLOGY PROTOCOLLING WORKLIST - ⟦H|VALLEY BAPTIST MEDICAL CENTER - HARLINGEN⟧ CT/MR     PRINTED ⟦D|14MAR2099⟧ 0640 BY ⟦UN|RGUAJARDO2⟧
ACCESSION    PATIENT                           MRN      EXAM             SCHED       PROTOCOL                       ASSIGNED
${worklistRows()}
FLAGS: ⟦N|OYELARAN⟧ - CONTRAST ALLERGY (HIVES ⟦D|2097⟧), 13-H PREMED PER ACR MANUAL; CALLED DR. ⟦N|PRAKASH VENKATARAMAN⟧ (ORDERING) ⟦P|956-555-0114⟧.
⟦N|NAKASONE⟧ - EGFR 28 ON ⟦D|03/09/99⟧, NON-CON PER DR. ⟦N|SOLBERG⟧; NEPHROLOGY (DR. ⟦N|ZAMORA-ITURBE⟧) AGREES.
⟦N|PAKKALA⟧ - PACEMAKER (MEDTRONIC AZURE SN ⟦DEV|RNB448120S⟧), MR-CONDITIONAL, DEVICE REP ⟦N|JANELL OTTO⟧ BOOKED FOR ⟦D|3/16⟧.
QUEUE OWNER: ⟦N|ROSALINDA GUAJARDO⟧, RT(R)(CT), LEAD TECH, X ⟦P|4417⟧. DOWNTIME FAX ⟦F|956-555-0188⟧.
`);

note("fax-banner-outside-ecg-caps", `
⟦D|MAR-14-2099⟧ 09:42 FROM:⟦O|DELTA HEALTH CENTER MOUND BAYOU⟧ ⟦F|662 555 0142⟧   TO:⟦F|16625550199⟧   P.001/003
*** CONFIDENTIAL FAX - ⟦H|DELTA REGIONAL MEDICAL CENTER⟧ CARDIOLOGY, ⟦S|1400 E UNION ST⟧, ⟦C|GREENVILLE⟧, ⟦STATE|MS⟧ ⟦Z|38703⟧ ***
ATTN: ⟦N|LATRICE FONDREN⟧, CMA (DR. ⟦N|ABIOYE⟧'S DESK)     RE: ⟦N|BOLDEN, ARTIS LEE⟧   DOB ⟦D|02/19/1951⟧   CHART ⟦M|DHC-0044718⟧
12-LEAD ECG ACQUIRED ⟦D|03/13/2099⟧ 16:20 (GE MAC 2000, CART ⟦DEV|SN 5540-2291⟧). SINUS BRADY 48, 1ST DEG AVB PR 236, RBBB. NO PRIOR ON FILE.
READ BY: ⟦N|C. WASHINGTON-PIERCE⟧, MD (⟦O|DELTA HEALTH CENTER⟧) - "NEW CONDUCTION DZ, PLS SEE THIS WEEK."
PT LIVES ⟦S|RR 2 BOX 118⟧, ⟦C|SHELBY⟧ ⟦Z|38774⟧ WITH NIECE ⟦N|CHARMAINE BOLDEN⟧ ⟦P|662-555-0176⟧; NO CAR - RIDES VIA ⟦O|BOLIVAR COUNTY TRANSIT⟧.
PLEASE CALL ⟦N|LATRICE⟧ BACK AT ⟦P|662-555-0142⟧ EXT ⟦P|218⟧ WITH APPT. PAGES: COVER, ECG, MED LIST.
IF RECEIVED IN ERROR NOTIFY SENDER; HIPAA 45 CFR 164.
`);

note("hunger-strike-monitoring-caps", `
⟦O|FEDERAL CORRECTIONAL INSTITUTION BIG SPRING⟧ - HEALTH SERVICES     HUNGER STRIKE MONITORING FLOWSHEET (DAY 6)
INMATE: ⟦N|AL-HASHIMI, TAREQ⟧   REG NO ⟦I|44718-179⟧   UNIT SHU CELL 112   DOB ⟦D|1988-06-02⟧   DECLARED ⟦D|03/08/2099⟧
DATE        WT KG   BP       HR   GLUC   KETONES   FLUIDS        STAFF
⟦D|03/12/99⟧    71.8    118/76   92   71     2+        1.8 L WATER   ⟦N|R. TOVAR⟧, RN
⟦D|03/13/99⟧    71.1    110/72   98   66     3+        1.2 L         ⟦N|R. TOVAR⟧, RN
⟦D|03/14/99⟧    70.4    104/70   104  62     3+        0.9 L         ⟦N|D. OKWUOSA⟧, LPN
CLINICAL DIRECTOR DR. ⟦N|MARGARET HOLLISTER-DUNN⟧ NOTIFIED 0910. PSYCHOLOGY (DR. ⟦N|ELIAS FEINSTEIN⟧) - NO SI, STATES PROTEST OF TRANSFER TO ⟦O|USP POLLOCK⟧.
CONSULAR CONTACT REQUESTED: ⟦O|EMBASSY OF JORDAN⟧ (PT'S COUSIN ⟦N|SAMI HADDAD⟧ IN ⟦C|DEARBORN⟧, ⟦STATE|MI⟧ ⟦P|313-555-0127⟧).
IF REFUSES FLUIDS > 24 H: TRANSFER ⟦H|SCENIC MOUNTAIN MEDICAL CENTER⟧ PER DR. ⟦N|HOLLISTER-DUNN⟧; COURT ORDER NOT SOUGHT.
`);

note("bush-cct-transport-caps", `
⟦O|GUARDIAN FLIGHT⟧ CRITICAL CARE TRANSPORT RECORD - BASE ⟦LO|BETHEL AIRPORT⟧     TRIP # ⟦I|GF-BET-99-0318⟧     ⟦D|03/14/2099⟧
PT: ⟦N|NANUGAQ, PETER AKIAK⟧   ⟦A|91⟧ YO M   DOB ⟦D|01/05/2008⟧   ⟦H|YKHC⟧ MRN ⟦M|Y0447182⟧   HOME: ⟦C|KWETHLUK⟧ (NO ROAD ACCESS)
SENDING: ⟦H|KWETHLUK SUBREGIONAL CLINIC⟧, CHA ⟦N|MARTINA ALEXIE⟧ ⟦P|907-555-0139⟧. RECEIVING: ⟦H|ALASKA NATIVE MEDICAL CENTER⟧ ICU, DR. ⟦N|GRETCHEN MOOSE-LARSEN⟧.
DISPATCH 0612 / AT PT 0748 (KING AIR TAIL N447GF) / WHEELS UP 0831 / ⟦LO|TED STEVENS ANCHORAGE INTL⟧ 1005.
HX: SEPSIS ? PNA, SPO2 82% RA. ON 6L. NOREPI 4 MCG/MIN VIA 20G L AC. ZOLL X SERIES ⟦DEV|AR17J004471⟧.
CREW: FLT RN ⟦N|CODY BIRCHFIELD⟧, FLT MEDIC ⟦N|ANYA KOZLOVA⟧, PILOT ⟦N|D. SHEARS⟧. MED CONTROL DR. ⟦N|TUPPER⟧ 0755.
FAMILY: GRANDDAUGHTER ⟦N|LILLIAN NANUGAQ⟧ ESCORT, SEATED; SON ⟦N|RAYMOND⟧ TO MEET AT ⟦H|ANMC⟧. INTERPRETER (YUP'IK) ⟦N|ESTHER KAWAGLEY⟧ BY PHONE.
`);

note("organ-recovery-or-timeline-caps", `
DONOR OR TIMELINE - ⟦O|LIFECENTER NORTHWEST⟧   UNOS DONOR ID ⟦I|BHG4471⟧   OR 9, ⟦H|PROVIDENCE SACRED HEART MEDICAL CENTER⟧, ⟦C|SPOKANE⟧
DONOR: ⟦N|HOLLAND, BRECKEN T⟧ (DCD)   MRN ⟦M|PSH-20447182⟧   DOB ⟦D|07/30/2069⟧   NOK / AUTHORIZER: MOTHER ⟦N|DAWN HOLLAND⟧
⟦D|2099-03-14T01:12⟧ WITHDRAWAL OF SUPPORT (ICU ATTENDING DR. ⟦N|PELLETIER⟧; OPO NOT IN ROOM PER POLICY)
⟦D|2099-03-14T01:31⟧ ASYSTOLE; DEATH DECLARED 01:36 BY DR. ⟦N|PELLETIER⟧ AFTER 5-MIN OBSERVATION
01:38 INCISION - LIVER/KIDNEY TEAM ⟦H|UW MEDICINE⟧ (DR. ⟦N|IKEDA-MORROW⟧, FELLOW DR. ⟦N|OSEI⟧); LUNG TEAM ⟦H|SEATTLE CHILDREN'S⟧ DECLINED 0010.
01:44 AORTIC CANNULA, FLUSH HTK 4 L. 02:20 LIVER OUT (BOX ⟦DEV|LC-7718-A⟧), KIDNEYS EN BLOC 02:41.
OPO COORDINATORS: ⟦N|SHAYLA RUNNINGWATER⟧ (LEAD) ⟦P|509-555-0193⟧, ⟦N|GIDEON VANDERPOOL⟧. FAMILY SUPPORT: REV. ⟦N|AMOS KETTLE⟧ OF ⟦O|MANITO PRESBYTERIAN⟧.
`);

note("joint-registry-submission-caps", `
⟦O|AMERICAN JOINT REPLACEMENT REGISTRY⟧ - SITE SUBMISSION EXTRACT     SITE ⟦I|AJRR-SD-0447⟧   ⟦H|MONUMENT HEALTH RAPID CITY HOSPITAL⟧
BATCH ⟦D|2099-Q1⟧ UPLOADED ⟦D|03/14/2099⟧ BY ⟦N|KIRSTEN AABERG⟧ (ORTHO DATA ABSTRACTOR) ⟦E|KAABERG@MONUMENT.EXAMPLE⟧
PROC DATE   PT NAME                 DOB          ZIP    SIDE  IMPLANT                              SURGEON
⟦D|01/09/99⟧    ⟦N|STANDING BEAR, IRENE⟧    ⟦D|04/12/1949⟧   ⟦Z|57701⟧  L     STRYKER TRIATHLON CR LOT ⟦DEV|P7741A⟧    ⟦N|OLAFSON⟧
⟦D|01/22/99⟧    ⟦N|KNUTSON, ARLO⟧           ⟦D|11/30/1942⟧   ⟦Z|57745⟧  R     ZIMMER PERSONA LOT ⟦DEV|64418221⟧         ⟦N|OLAFSON⟧
⟦D|02/05/99⟧    ⟦N|DEVEREAUX, MAXINE⟧       ⟦D|08/08/2008⟧   ⟦Z|57785⟧  R     DEPUY ATTUNE LOT ⟦DEV|J447X12⟧           ⟦N|ROOKS-ABARA⟧
⟦D|02/26/99⟧    ⟦N|TWO CROWS, MELVIN⟧       ⟦D|06/17/1958⟧   ⟦Z|57770⟧  L     STRYKER TRIATHLON CR LOT ⟦DEV|P7741C⟧    ⟦N|ROOKS-ABARA⟧
NOTE: ⟦N|DEVEREAUX⟧ AGE ⟦A|90⟧ AT SURGERY - PROMIS-10 BY PHONE VIA DAUGHTER ⟦N|CLAUDETTE⟧ IN ⟦C|STURGIS⟧.
QUERY TO DR. ⟦N|OLAFSON⟧: ⟦N|KNUTSON⟧ REVISION ⟦D|03/02/99⟧ AT ⟦H|BLACK HILLS SURGICAL HOSPITAL⟧ - ADD AS SEPARATE CASE?
`);

note("transfusion-lookback-caps", `
⟦O|VITALANT⟧ - NOTIFICATION OF POSSIBLE EXPOSURE (LOOKBACK)     CASE ⟦I|LB-99-0314-07⟧     ISSUED ⟦D|14 MAR 2099⟧
TO: TRANSFUSION SERVICE MEDICAL DIRECTOR, ⟦H|BAPTIST HEALTH PADUCAH⟧, ⟦S|2501 KENTUCKY AVE⟧, ⟦C|PADUCAH⟧, ⟦STATE|KY⟧ ⟦Z|42003⟧ - ATTN DR. ⟦N|HOLLIS MCCRACKEN⟧
DONOR ⟦I|W0447 99 118220⟧ (REPEAT DONOR) TESTED REACTIVE HCV NAT ⟦D|03/02/2099⟧. PRIOR DONATION ⟦D|11/18/2098⟧ - UNIT ⟦I|W0447 98 204417⟧ (RBC) SHIPPED TO YOUR FACILITY.
YOUR RECORDS: UNIT TRANSFUSED ⟦D|11/24/2098⟧ TO ⟦N|PERKINS, ODELL⟧ (MRN ⟦M|BHP-3318204⟧), ⟦C|MAYFIELD⟧, ⟦STATE|KY⟧; ATTENDING DR. ⟦N|ESPERANZA QUIROGA⟧.
PLEASE NOTIFY RECIPIENT'S PHYSICIAN WITHIN 12 WEEKS (21 CFR 610.47). RECIPIENT'S WIFE ⟦N|VERNA PERKINS⟧ LISTED AS CONTACT ⟦P|270-555-0188⟧.
BLOOD BANK SUPERVISOR ⟦N|T. NGUYEN-HOLT⟧, MT(ASCP), CONFIRMED ⟦D|3/14⟧. REFERENCE LAB ⟦O|CREATIVE TESTING SOLUTIONS⟧, ⟦C|TEMPE⟧.
CONTACT: DR. ⟦N|WENDELL ASARE⟧, ⟦O|VITALANT⟧ MEDICAL OFFICE ⟦P|877-555-0149⟧, ⟦E|LOOKBACK@VITALANT.EXAMPLE⟧
`);

note("courier-manifest-caps", `
SPECIMEN COURIER MANIFEST - ⟦O|PERMIAN BASIN REFERENCE LAB⟧ ROUTE 7 (⟦C|MIDLAND⟧ - ⟦C|STANTON⟧ - ⟦C|BIG LAKE⟧)   ⟦D|03/14/99⟧   DRIVER ⟦N|JESUS "CHUY" OLIVAS⟧ VAN 12
STOP  CLIENT                                   PICKUP  TEMP   BAG #          PATIENT / SPEC
1     ⟦H|MARTIN COUNTY HOSPITAL⟧ LAB                 0705    AMB    ⟦I|PB-447118⟧      ⟦N|ARREDONDO, YESENIA⟧ - SST X2
2     ⟦O|STANTON FAMILY MEDICINE⟧ (DR. ⟦N|KIM⟧)         0738    REFRIG ⟦I|PB-447119⟧      ⟦N|WHITAKER, BOONE⟧ - UA C&S
3     ⟦O|BIG LAKE CLINIC⟧, ⟦S|301 N FLORIDA AVE⟧           0850    FROZEN ⟦I|PB-447120⟧      ⟦N|OGUNLESI, FOLAKE⟧ - PTH, VIT D
4     ⟦H|REAGAN MEMORIAL HOSPITAL⟧ ER                  0912    AMB    ⟦I|PB-447121⟧      ⟦N|SEGOVIA, AMADO⟧ (⟦A|94⟧) - BCX X2
EXCEPTION: STOP 3 FROZEN BAG THAWED ON ARRIVAL - CALLED ⟦N|MINERVA ROJO⟧ AT CLIENT ⟦P|325-555-0121⟧, RECOLLECT ⟦D|3/15⟧.
RECEIVED AT LAB 1040 BY ⟦N|K. DUBOSE⟧ (ACCESSIONING). GPS LOG ⟦U|HTTPS://TRACK.PBRL.EXAMPLE/R7/0314⟧
`);

note("freighter-medical-log-caps", `
M/V ⟦O|ARTHUR J. KOSKINEN⟧ (GREAT LAKES BULK CARRIER, ⟦O|INTERLAKE STEAMSHIP CO.⟧) - SHIP'S MEDICAL LOG     CALL SIGN WDE4471
⟦D|14 MAR 2099⟧ 0220 UPBOUND ⟦LO|LAKE ERIE⟧ OFF ⟦LO|LONG POINT⟧. PATIENT: AB SEAMAN ⟦N|DONNELL "DUKE" PRZYBYLA⟧, MMC ⟦I|MM-0044718⟧, DOB ⟦D|09/21/2061⟧.
C/O CRUSH INJURY R HAND (HATCH COVER). 2ND MATE ⟦N|HEIDI VAN DER BERG⟧ (MED PIC) SPLINTED, IBUPROFEN 600.
RADIO MEDICAL ADVICE VIA ⟦O|GEORGE WASHINGTON UNIVERSITY MARITIME MEDICAL ACCESS⟧: DR. ⟦N|OKONKWO-SLATER⟧ 0245, ADVISED EVAC AT NEXT PORT.
MASTER CAPT. ⟦N|GERALD THIBODEAUX⟧ DIVERTED TO ⟦LO|PORT OF ERIE⟧; AGENT ⟦O|LAKE SHORE MARINE AGENCY⟧ (⟦N|PATTI KRAUS⟧ ⟦P|814-555-0160⟧) ARRANGED EMS.
ASHORE 0710 TO ⟦H|UPMC HAMOT⟧ ED (⟦S|201 STATE ST⟧, ⟦C|ERIE⟧, ⟦STATE|PA⟧). WIFE ⟦N|ROCHELLE⟧ NOTIFIED IN ⟦C|ASHTABULA⟧ ⟦P|440-555-0133⟧.
ENTRY BY ⟦N|H. VAN DER BERG⟧ ⟦D|3/14/99⟧; COUNTERSIGNED ⟦N|G. THIBODEAUX⟧, MASTER.
`);

note("traveler-monitoring-log-caps", `
⟦O|LUBBOCK PUBLIC HEALTH⟧ - RETURNING TRAVELER ACTIVE MONITORING LOG (21 DAYS)   PROGRAM CONTACT ⟦N|DESIREE CANTU-BLAIR⟧, RN ⟦P|806-555-0174⟧
TRAVELER: ⟦N|MUTEBI, JOSEPHINE NAKATO⟧   DOB ⟦D|05/05/1979⟧   ARRIVED ⟦LO|DFW⟧ ⟦D|03/06/2099⟧ FROM ⟦C|KAMPALA⟧, ⟦COUNTRY|UGANDA⟧   NOTICE ⟦I|EPI-X 99-04471⟧
ADDRESS ⟦S|4417 96TH ST⟧ APT 12, ⟦C|LUBBOCK⟧, ⟦STATE|TX⟧ ⟦Z|79423⟧. EMPLOYER: ⟦O|TEXAS TECH⟧ ⟦PROF|GRADUATE NURSING STUDENT⟧.
DAY  DATE     TEMP AM/PM   SX    METHOD   BY
8    ⟦D|3/14⟧     98.2/98.6    NONE  VIDEO    ⟦N|CANTU-BLAIR⟧
9    ⟦D|3/15⟧     98.4/99.1    NONE  TEXT     ⟦N|A. REYNA⟧
HOUSEHOLD: HUSBAND ⟦N|DAVID MUTEBI⟧, SON ⟦N|ETHAN⟧ (ATTENDS ⟦O|HONEY ELEMENTARY⟧) - NO MONITORING REQUIRED PER ⟦O|DSHS⟧.
ESCALATION: TEMP ≥ 100.4 → DR. ⟦N|RAVI SUBRAMANIAM⟧ (HEALTH AUTHORITY) ⟦P|806-555-0101⟧, THEN ⟦H|UMC HEALTH SYSTEM⟧ BIOCONTAINMENT.
`);

note("retained-sponge-event-caps", `
⟦H|SINGING RIVER GULFPORT⟧ - SURGICAL COUNT DISCREPANCY / EVENT REPORT     EVENT # ⟦I|QRM-2099-0418⟧     ⟦D|03/14/2099⟧ OR 4
PATIENT ⟦N|FAIRLEY, ROSETTA⟧   MRN ⟦M|SRG-7718204⟧   PROC: LAP CONVERTED OPEN SIGMOID COLECTOMY   SURGEON DR. ⟦N|BEAUREGARD LANDRY⟧
CLOSING COUNT 1 OF 2: RAYTEC 4X4 COUNT SHORT 1. CIRCULATOR ⟦N|TAMIKA OUTLAW⟧, RN; SCRUB ⟦N|DUY PHAM⟧, CST; ANESTHESIA ⟦N|R. HOLLOWAY⟧, CRNA.
SEARCH OF FIELD, FLOOR, TRASH NEGATIVE. INTRAOP XR 1147 READ BY DR. ⟦N|MARISOL ECHEVERRÍA⟧ (⟦O|GULF COAST IMAGING ASSOCIATES⟧): RADIOPAQUE MARKER LLQ.
SPONGE RETRIEVED 1158, COUNT RECONCILED. DR. ⟦N|LANDRY⟧ DISCLOSED TO HUSBAND ⟦N|CLEVELAND FAIRLEY⟧ IN FAMILY ROOM 1340 WITH ⟦N|J. BROUSSARD⟧ (RISK MGMT ⟦P|228-555-0147⟧).
RFID SYSTEM NOT IN USE THIS ROOM (WAND ⟦DEV|SN RF-20447⟧ OUT FOR REPAIR SINCE ⟦D|FEB 28⟧). REPORTED TO ⟦O|MSDH⟧ PER STATE RULE.
`);

note("forensic-dental-id-caps", `
FORENSIC ODONTOLOGY REPORT - ⟦O|HARRIS COUNTY INSTITUTE OF FORENSIC SCIENCES⟧     ME CASE ⟦I|ML99-1447⟧     ⟦D|03/14/2099⟧
DECEDENT: UNIDENTIFIED MALE, FOUND ⟦D|03/09/2099⟧ ⟦LO|BRAYS BAYOU⟧ NEAR ⟦S|S MACGREGOR WAY⟧, ⟦C|HOUSTON⟧. PUTATIVE ID: ⟦N|OKAFOR, CHIDI EMMANUEL⟧ (MISSING PERSON ⟦I|HPD 0447182-99⟧).
ANTEMORTEM RECORDS FROM DR. ⟦N|LUCINDA FAIRWEATHER⟧, DDS, ⟦O|BELLAIRE SMILE STUDIO⟧, ⟦S|5110 BISSONNET ST⟧, ⟦C|BELLAIRE⟧ ⟦Z|77401⟧ - BWX ⟦D|06/2097⟧, PANO ⟦D|11/12/2096⟧.
COMPARISON: #3 MOD AMALGAM, #14 PFM CROWN, #19 RCT, #30 MISSING - CONCORDANT; NO UNEXPLAINED DISCREPANCIES. ABFO CATEGORY: POSITIVE IDENTIFICATION.
NOK: SISTER ⟦N|NGOZI OKAFOR-BELL⟧ ⟦P|832-555-0190⟧, ⟦C|MISSOURI CITY⟧. NOTIFIED BY INVESTIGATOR ⟦N|LAMAR HUTTO⟧ ⟦D|3/14⟧.
ODONTOLOGIST: ⟦N|SIOBHAN NÍ BHRIAIN⟧, DDS, D-ABFO     REVIEWED ⟦N|P. ZARAGOZA⟧, DDS     ⟦N|SNB⟧/⟦N|pz⟧
`);

note("immigration-processing-intake-caps", `
⟦O|IHSC⟧ - INTAKE SCREENING, ⟦O|PORT ISABEL SERVICE PROCESSING CENTER⟧, ⟦C|LOS FRESNOS⟧, ⟦STATE|TX⟧     ⟦D|03/14/2099⟧ 2215
DETAINEE: ⟦N|LÓPEZ AGUIRRE, MARÍA DE LOS ÁNGELES⟧   A-NUMBER ⟦I|A 204-471-889⟧   DOB ⟦D|17/09/1996⟧ (PER ⟦COUNTRY|HONDURAS⟧ ID)   LANG: SPANISH
ARRIVED FROM ⟦LO|BROWNSVILLE CBP STATION⟧ WITH SON ⟦N|KEVIN ALEXANDER LÓPEZ⟧ (AGE 4, TO ⟦O|ORR⟧ SHELTER - NOT HOUSED HERE).
TB SCREEN: CXR ⟦D|3/14⟧ NEG (READ DR. ⟦N|ANIL MEHROTRA⟧ TELERAD). PREGNANCY TEST NEG. PHQ-9 11. PREA SCREEN DONE.
REPORTS 3RD-TRIMESTER LOSS IN ⟦C|SAN PEDRO SULA⟧ ⟦D|2097⟧ AT ⟦H|HOSPITAL MARIO CATARINO RIVAS⟧. SISTER ⟦N|YESSENIA⟧ IN ⟦C|HOUSTON⟧ ⟦P|713-555-0152⟧.
SCREENED BY ⟦N|O. VILLARREAL⟧, RN; INTERPRETER ID ⟦I|LL-30471⟧ (⟦O|LANGUAGELINE⟧). PROVIDER REVIEW DR. ⟦N|CATHERINE ABERNATHY-YU⟧ ⟦D|3/15⟧.
`);

note("assisted-living-med-error-caps", `
⟦H|MAGNOLIA GARDENS ASSISTED LIVING⟧ - MEDICATION ERROR / INCIDENT REPORT     ⟦S|880 SAM RITTENBERG BLVD⟧, ⟦C|CHARLESTON⟧, ⟦STATE|SC⟧ ⟦Z|29407⟧
RESIDENT: ⟦N|PINCKNEY, HATTIE MAE⟧   AGE ⟦A|96⟧   APT 214   DATE/TIME ⟦D|03/14/99⟧ 0800 MED PASS
ERROR: GIVEN ROOMMATE-WING RESIDENT ⟦N|GADSDEN, LOUISE⟧'S AM MEDS (METOPROLOL 50, LISINOPRIL 20, DONEPEZIL 10) - WRONG PATIENT.
MED AIDE: ⟦N|KEISHA SIMMONS-LEGARE⟧, CMT. DISCOVERED 0815 BY NURSE ⟦N|WHITLOCK⟧ (LPN, WELLNESS DIR).
ACTIONS: VS Q15 MIN - BP 92/54 AT 0930. CALLED PCP DR. ⟦N|ALPHONSO GRIMBALL⟧ (⟦O|LOWCOUNTRY GERIATRICS⟧ ⟦P|843-555-0138⟧) → SENT TO ⟦H|ROPER ST. FRANCIS⟧ ED BY ⟦O|CHARLESTON COUNTY EMS⟧.
FAMILY: GRANDSON ⟦N|MARCUS PINCKNEY⟧ (POA) NOTIFIED 0950. ⟦O|SC DHEC⟧ REPORT FILED ⟦D|3/14⟧ BY ADMINISTRATOR ⟦N|BRENDA OWUSU⟧. PHARMACY ⟦O|OMNICARE⟧ CALLED.
`);

note("amended-path-report-caps", `
SURGICAL PATHOLOGY - AMENDED REPORT     ⟦H|ARNOT OGDEN MEDICAL CENTER⟧, ⟦C|ELMIRA⟧, ⟦STATE|NY⟧     CASE ⟦I|S99-04471⟧
PATIENT: ⟦N|DIPIETRO, ANNAMARIA⟧   MRN ⟦M|AOMC 0718820⟧   DOB ⟦D|10/03/1966⟧   SUBMITTING: DR. ⟦N|FREDERICK HAUSER⟧ (⟦O|FINGER LAKES SURGICAL GROUP⟧)
COLLECTED ⟦D|03/04/2099⟧   ORIGINAL SIGN-OUT ⟦D|03/07/2099⟧   AMENDED ⟦D|03/14/2099⟧ 1412
REASON FOR AMENDMENT: ER/PR/HER2 ADDENDUM - HER2 IHC 2+, REFLEX FISH AT ⟦O|NEOGENOMICS⟧ (REF ⟦I|NG-99-118204⟧): RATIO 2.4, AMPLIFIED. DIAGNOSIS LINE CORRECTED FROM "HER2 EQUIVOCAL".
COMMUNICATED: DR. ⟦N|HAUSER⟧ BY PHONE 1420 (READ BACK); CANCER CENTER NAVIGATOR ⟦N|BRIDGET O'SHAUGHNESSY⟧ ⟦P|607-555-0155⟧.
PATHOLOGIST: ⟦N|TOMASZ WIERZBICKI⟧, MD     ELECTRONICALLY SIGNED ⟦D|03/14/2099⟧     TRANSCRIBED ⟦N|KLM⟧
`);

note("rad-peer-review-caps", `
RADIOLOGY PEER REVIEW - DISCREPANCY WORKSHEET (CONFIDENTIAL, PEER REVIEW PRIVILEGE)     ⟦O|COASTAL CAROLINA RADIOLOGY⟧     ITEM ⟦I|PR-99-0447⟧
EXAM: CT CHEST W ⟦D|02/11/2099⟧   ACC ⟦I|WM8871204⟧   PATIENT ⟦N|BRUNSON, TALMADGE⟧   ⟦H|NOVANT HEALTH NEW HANOVER REGIONAL⟧
ORIGINAL READER: DR. ⟦N|ARJUN KHATRI⟧   REVIEWER: DR. ⟦N|EVANGELINE SZABO⟧ (ON COMPARISON READ ⟦D|03/13/2099⟧)
FINDING: 9 MM RUL NODULE NOT REPORTED, VISIBLE IN RETROSPECT (SE 3 IM 44). SCORE: 2B (DISCREPANCY, CLINICALLY SIGNIFICANT).
REFERRING DR. ⟦N|CORNELIUS BATTLE⟧ NOTIFIED ⟦D|3/14⟧ BY DR. ⟦N|SZABO⟧; ADDENDUM ISSUED. PATIENT'S LUNG NAVIGATOR: ⟦N|MEREDITH COATS⟧, RN.
COMMITTEE ⟦D|APRIL 2, 2099⟧ CHAIR DR. ⟦N|WILHELMINA TROTTER⟧. ENTERED BY ⟦UN|ESZABO⟧ FROM ⟦IP|10.44.71.18⟧.
`);

// ======================================================== lower case (4) ========================================================

note("voice-dictation-transcript-lower", `
dictation job ⟦I|88204471⟧ · author ⟦N|halvorsen, ingrid⟧ md · ⟦H|billings clinic⟧ · recorded ⟦D|3/14/2099⟧ 17:02 · unedited speech recognition
this is doctor ⟦N|halvorsen⟧ comma dictating a clinic note on ⟦N|rosalie two moons⟧ comma date of birth ⟦D|april 9 1957⟧ comma medical record number ⟦M|b c 4471820⟧ period new paragraph
she is seen today with her daughter ⟦N|winona⟧ who drove her in from ⟦C|lame deer⟧ period she was last seen ⟦D|january 22nd⟧ by doctor ⟦N|pretty on top⟧ at ⟦H|northern cheyenne ihs⟧ period
a one c is nine point eight period she stopped the metformin because of diarrhea period she gets her medications at ⟦O|walgreens on grand avenue⟧ period
plan comma restart extended release metformin comma referral to ⟦N|tamsin red cloud⟧ the diabetes educator comma and follow up ⟦D|april 18th⟧ period
copy to doctor ⟦N|ellery vance⟧ at ⟦H|st vincent healthcare⟧ period end of dictation
`);

note("care-navigator-sms-lower", `
sms thread · ⟦O|salud del valle⟧ care navigation · navigator ⟦N|yaritza benavides⟧ · patient ⟦N|genaro salinas ochoa⟧ ⟦P|(956) 555-0181⟧ · mrn ⟦M|sdv-204471⟧
⟦D|3/13⟧ 4:02p navigator: hi mr ⟦N|salinas⟧ this is ⟦N|yaritza⟧ from the clinic on ⟦S|n 10th st⟧. your colonoscopy at ⟦H|dhr health⟧ is ⟦D|3/20⟧ at 7am. reply c to confirm
⟦D|3/13⟧ 4:40p patient: c. my son ⟦N|beto⟧ will drive me he works at ⟦O|h-e-b⟧ so it has to be early
⟦D|3/13⟧ 4:41p navigator: perfect. prep kit is at ⟦O|la mexicana pharmacy⟧ in ⟦C|pharr⟧, ask for ⟦N|don ramiro⟧
⟦D|3/14⟧ 9:15a patient: my wife ⟦N|lupita⟧ says the insurance card changed, new one says ⟦HP|mbr 77418822001⟧
⟦D|3/14⟧ 9:20a navigator: got it, updated. dr ⟦N|cavazos⟧ will see you after. call ⟦P|956-555-0110⟧ if questions. reply stop to opt out
`);

note("chw-food-pantry-referral-lower", `
chw encounter · ⟦O|sacramento covered⟧ · chw ⟦N|fue taufa'ao⟧ · ⟦D|03.14.99⟧ · home visit ⟦S|2231 del paso blvd⟧ #4, ⟦C|sacramento⟧ ⟦Z|95815⟧
client ⟦N|lorraine feliciano⟧ (dob ⟦D|2/2/1961⟧), lives w/ grandson ⟦N|jaylen⟧ (9, goes to ⟦O|woodlake elementary⟧). ran out of food on ⟦D|3/10⟧, snap cut after recert missed.
referred: ⟦O|river city food bank⟧ (⟦S|1800 28th st⟧) ⟦DAY|tues⟧/⟦DAY|thurs⟧; ⟦O|loaves & fishes⟧ for hot meal; snap recert appt at ⟦O|dhs⟧ ⟦D|3/19⟧ 10am w/ worker ms. ⟦N|abernathy⟧.
pcp is dr. ⟦N|mai vang⟧ at ⟦H|one community health⟧, bp meds late — messaged ⟦N|vang⟧'s ma ⟦N|gurpreet⟧ thru portal.
landlord mr. ⟦N|castellanos⟧ (⟦P|916-555-0146⟧) threatening late fee, gave number for ⟦O|legal services of northern california⟧.
next visit ⟦D|3/28⟧. ⟦N|ft⟧
`);

note("chart-audit-comments-lower", `
chart audit · ⟦O|bitterroot health⟧ quality dept · auditor ⟦N|kasey lindqvist⟧ rhit · sample week of ⟦D|3/2/2099⟧ · export by ⟦UN|klindqvist⟧
1. ⟦M|bh0044718⟧ ⟦N|moberly, jed⟧ — h&p unsigned by dr ⟦N|aldana⟧ >24h; paged ⟦D|3/13⟧.
2. ⟦M|bh0044722⟧ ⟦N|farnsworth, celeste⟧ (⟦A|92⟧) — polst scanned to wrong chart (⟦N|farnsworth, cecil⟧). moved by ⟦N|j. ruiz⟧ ⟦D|3/14⟧.
3. ⟦M|bh0044730⟧ ⟦N|ekwueme, obiora⟧ — consent witness line blank; surgeon dr. ⟦N|pettibone⟧ notified.
4. ⟦M|bh0044741⟧ ⟦N|quill, sage⟧ — discharge to ⟦H|hamilton rehab & nursing⟧ without med rec; rn ⟦N|tawny begay⟧ educated.
5. ⟦M|bh0044755⟧ ⟦N|van vleet, hendrik⟧ — ok.
summary to dr. ⟦N|okonjo⟧ (cmo) and ⟦E|quality@bitterroothealth.example⟧ by ⟦D|3/20⟧.
`);

// ======================================================== mixed case (20) ========================================================

note("paired-exchange-chain-log", `
Kidney Paired Donation — Chain Coordination Log · ⟦O|National Kidney Registry⟧ chain ⟦I|NKR-99-0447⟧
Our center: ⟦H|University of Mississippi Medical Center⟧ (⟦C|Jackson⟧) · coordinator ⟦N|Darnell Whitfield⟧, RN, CCTC ⟦P|601-555-0162⟧ · ⟦D|March 14, 2099⟧
Pair 1: recipient ⟦N|Evangeline Sumrall⟧ (UNOS ⟦I|XKT229⟧), incompatible donor husband ⟦N|Roy Sumrall⟧ → Roy donates to ⟦H|Ochsner⟧ recipient; Evangeline receives from ⟦H|UAB⟧'s NDD.
Pair 2: recipient ⟦N|Tran Quoc Hung⟧ (UNOS ⟦I|XKT311⟧); donor niece ⟦N|Vy Tran⟧ — crossmatch at ⟦O|LabCorp Histocompatibility⟧ ⟦D|3/9⟧ negative.
Kidney ship: ⟦N|Roy⟧'s kidney out ⟦D|3/24⟧ 07:30 via ⟦O|Delta Cargo⟧ (air waybill ⟦I|006-44718822⟧), courier ⟦N|Ivan Petrossian⟧ of ⟦O|QuickSTAT⟧.
Surgeons: Dr. ⟦N|Adaeze Okonjo⟧ (donor), Dr. ⟦N|Lucas Breaux⟧ (recipient). Social work ⟦N|Tenisha Ivory⟧, LCSW; ILDA ⟦N|Hal Presley⟧.
Backup if chain breaks: ⟦N|Evangeline⟧ stays on the DD list (CPRA 98, wait since ⟦D|08/2094⟧).
cc: Dr. ⟦N|Okonjo⟧; ⟦N|Whitfield⟧; ⟦O|NKR⟧ liaison ⟦N|Beth Ann Kuzma⟧ ⟦E|bkuzma@nkr.example⟧ · entered ⟦D|3/14/2099⟧ 16:05 ⟦N|DW⟧
`);

note("rop-screening-exam", `
Retinopathy of Prematurity Screening — ⟦H|Kapiolani Medical Center for Women & Children⟧ NICU · ⟦D|3/14/2099⟧
Infant: ⟦N|Baby Girl Kealoha-Reyes⟧ ("⟦N|Leilani⟧") · MRN ⟦M|KMC-9904471⟧ · born ⟦D|1/18/2099⟧ at 25+3 wk, BW 720 g · PMA 33+6
Mother ⟦N|Noelani Kealoha⟧, father ⟦N|Marco Reyes⟧ (⟦PROF|Navy machinist's mate⟧, stationed ⟦LO|Pearl Harbor-Hickam⟧); home ⟦S|91-1044 Kaiau Ave⟧, ⟦C|Ewa Beach⟧ ⟦Z|96706⟧.
Exam (Dr. ⟦N|Keoni Akana⟧, pediatric ophthalmology; RetCam images uploaded, ⟦DEV|RC3-04471⟧): OD zone II stage 2, no plus; OS zone II stage 1. No treatment.
Next exam 1 week (⟦D|3/21⟧). If discharged first: ⟦O|Hawaii Pacific Eye Associates⟧ ⟦S|1329 Lusitana St⟧, ⟦P|808-555-0129⟧ — parents given letter. Neonatologist Dr. ⟦N|Farah Siddiqui⟧ aware.
`);

note("school-health-office-log", `
Health Office Daily Log — ⟦O|Presque Isle Middle School⟧ (⟦O|MSAD 1⟧) · school nurse ⟦N|Chantal Ouellette⟧, RN · ⟦DAY|Friday⟧ ⟦D|3/14/99⟧
Time | Student | Gr | Complaint | Action | Parent contact
07:52 | ⟦N|Brayden Thibodeau⟧ | 7 | asthma, tight | albuterol 2 puffs own inhaler, PF 310→360 | mom ⟦N|Nicole⟧ ⟦P|207-555-0108⟧ msg
08:40 | ⟦N|Aaliyah Dumond⟧ | 6 | headache | ibuprofen per standing order, back to class | none
10:15 | ⟦N|Ezekiel Levesque⟧ | 8 | T1D, BG 54 | 15 g juice, recheck 92 | dad ⟦N|Rene⟧ (⟦O|McCain Foods⟧) called back
11:30 | ⟦N|Marisol Gagnon-Haines⟧ | 7 | fell in gym, L wrist | ice, splint, sent out | grandmother ⟦N|Jeannine Haines⟧ picked up → ⟦H|AR Gould Hospital⟧
13:05 | ⟦N|Owen St. Peter⟧ | 6 | lice check (class of Ms. ⟦N|Beaulieu⟧) | negative | n/a
Immunization follow-up: ⟦N|Ezekiel⟧ Tdap overdue — letter to ⟦S|14 Academy St⟧, ⟦C|Presque Isle⟧ ⟦Z|04769⟧. Dr. ⟦N|Pelletier-Cyr⟧ (⟦O|Pines Health Services⟧) faxed ⟦F|207-555-0109⟧.
`);

note("rpm-alert-log", `
Remote Patient Monitoring — Alert Review · ⟦O|Baptist Health Medical Group⟧ (⟦C|Paducah⟧) · RPM nurse ⟦N|Shonda Gipson⟧, RN · platform ⟦O|Biofourmis⟧
Patient: ⟦N|Lamkin, Eustace⟧ · 78 · MRN ⟦M|BHP-0044193⟧ · CHF, EF 25% · enrolled ⟦D|1/6/2099⟧ · scale ⟦DEV|BT-SC-7718204⟧, cuff ⟦DEV|BT-BP-7718311⟧
⟦D|2099-03-12⟧ 06:40 weight 201.4 lb (+2.8 from ⟦D|3/10⟧) — yellow. Called; wife ⟦N|Opal⟧ answered, low-salt diet slipped after church supper at ⟦O|Reidland Baptist⟧.
⟦D|2099-03-14⟧ 06:32 weight 204.0 lb (+5.4/4 d) — red. Spoke with pt 08:10: 2-pillow orthopnea, ankle swelling. Per Dr. ⟦N|Prewitt⟧'s protocol: furosemide 40 → 80 mg x 3 d.
Sent to Dr. ⟦N|Abigail Prewitt⟧ (heart failure clinic, ⟦P|270-555-0166⟧) and PCP Dr. ⟦N|Tobias Wurth⟧ via in-basket. Labs (BMP) at ⟦O|Lourdes Outpatient Lab⟧ ⟦D|3/16⟧.
Device tech support ticket ⟦I|BF-99-447182⟧ (cuff sync gap ⟦D|3/11⟧). Next review ⟦D|3/15⟧ 07:00.
`);

note("stewardship-audit-table", `
Antimicrobial Stewardship — Prospective Audit & Feedback · ⟦H|Gundersen Lutheran Medical Center⟧, ⟦C|La Crosse⟧ · pharmacist ⟦N|Nils Bergquist⟧, PharmD, BCIDP · ⟦D|14-Mar-2099⟧
Pt (room) | MRN | Agent / day | Recommendation | Prescriber | Outcome
⟦N|Yang, Pa Houa⟧ (5S-12) | ⟦M|G8820447⟧ | pip-tazo d4 | de-escalate to ceftriaxone (E. coli pan-S) | Dr. ⟦N|Moua⟧ | accepted
⟦N|Kowalski, Bernadette⟧ (4N-03) | ⟦M|G8820512⟧ | vanc d5 | stop — MRSA nares neg, cx NGTD | Dr. ⟦N|Engebretson⟧ | accepted
⟦N|Halverson, Rune⟧ (ICU-7) | ⟦M|G8820533⟧ | mero d2 | ID consult — ESBL hx at ⟦H|Mayo Clinic Health System - Sparta⟧ | Dr. ⟦N|Obuya⟧ | pending
⟦N|Greeley, Fern⟧ (⟦A|93⟧, 6E-21) | ⟦M|G8820560⟧ | cipro d3 for ASB | stop, no UTI sx | NP ⟦N|Sadie Lund⟧ | declined: family request (son ⟦N|Curtis⟧)
ID physician on rounds: Dr. ⟦N|Reena Chaudhary⟧. Report sent to ⟦E|asp@gundersen.example⟧; copy to ⟦N|Bergquist⟧'s ⟦UN|nbergq⟧ queue.
`);

note("medical-repatriation-coordination", `
Medical Repatriation — Case Coordination Note · ⟦O|Global Rescue⟧ ops ⟦C|Lebanon⟧, ⟦STATE|NH⟧ · case ⟦I|GR-99-031447⟧ · coordinator ⟦N|Anneliese Vogt⟧, RN
Member: ⟦N|Whitcombe-Diaz, Gregory⟧ · DOB ⟦D|12/02/1958⟧ · policy ⟦HP|GRM-7718-20441⟧ · home ⟦S|55 Sparrow Hill Rd⟧, ⟦C|Hanover⟧, ⟦STATE|NH⟧ ⟦Z|03755⟧
Event: STEMI ⟦D|11/03/2099⟧ while trekking; PCI at ⟦H|Clínica Alemana⟧, ⟦C|Santiago⟧, ⟦COUNTRY|Chile⟧ (Dr. ⟦N|Ignacio Valenzuela Rojas⟧, ⟦P|+56 2 2555 0147⟧).
Fit to fly per treating team ⟦D|14/03/2099⟧; our medical director Dr. ⟦N|Hamid Sharifi⟧ reviewed echo (EF 45%) and cleared air ambulance with nurse escort.
Flight: Learjet 45 via ⟦C|Lima⟧ fuel stop; arrival ⟦LO|Boston Logan⟧ ⟦D|3/16⟧ ~14:00 → ground to ⟦H|Dartmouth-Hitchcock Medical Center⟧ cardiology (accepting Dr. ⟦N|Priya Natarajan⟧).
Wife ⟦N|Consuelo Díaz⟧ travels with him (⟦P|603-555-0184⟧, WhatsApp same). Travel insurer ⟦O|Seven Corners⟧ claim ⟦I|SC-99-884712⟧ notified.
`);

note("fwd-email-outside-records", `
---------- Forwarded message ---------
From: ⟦N|Okonjo, Adaeze⟧ <⟦E|aokonjo@cfvmc.example⟧>
Date: ⟦DAY|Thu⟧, ⟦D|Mar 13, 2099⟧ at 4:51 PM
Subject: FW: records for ⟦N|Bellamy⟧ (DOB ⟦D|7/7/70⟧)
To: HIM Release <⟦E|roi@cfvmc.example⟧>
Cc: ⟦N|Tisdale, Grant⟧ <⟦E|gtisdale@cfvmc.example⟧>

Can we get these to ⟦N|Bellamy⟧'s new rheumatologist today? Thx — ⟦N|Ada⟧

> On ⟦D|Mar 12, 2099⟧, ⟦N|Wanda Spruill⟧ <⟦E|wspruill@wilmingtonrheum.example⟧> wrote:
> Dr. ⟦N|Okonjo⟧ — we're seeing ⟦N|Darius Bellamy⟧ (your pt, MRN ⟦M|CF-4471820⟧) on ⟦D|3/17⟧. Please send last 2 yrs of labs,
> the biopsy from ⟦H|Cape Fear Valley⟧ (⟦D|Oct 2098⟧) and the Humira start note. Our fax ⟦F|910-555-0177⟧.
> ⟦N|Wanda Spruill⟧, Referral Coordinator | ⟦O|Wilmington Rheumatology Associates⟧ | ⟦S|2207 S 17th St⟧, ⟦C|Wilmington⟧, ⟦STATE|NC⟧ ⟦Z|28401⟧ | ⟦P|910-555-0176⟧
`);

note("templated-visit-header", `
*** ⟦H|Presbyterian Española Hospital⟧ — Family Medicine Clinic ***
Patient Name: ⟦N|Archuleta, Benito R.⟧      Encounter Date: ⟦D|03/14/2099⟧      Provider: ⟦N|Lucero, Marisa⟧, DO
DOB: ⟦D|05/30/1948⟧      Age: 50 y      PCP: ⟦N|Lucero, Marisa⟧      Ins: Centennial Care (⟦O|BCBS NM⟧) ⟦HP|ZNM4471820⟧      FIN: ⟦I|44718820-0314⟧
Visit Type: Follow-up      Referring: Dr. ⟦N|Santiago Maestas⟧ (⟦O|El Centro Family Health⟧, ⟦C|Chimayó⟧)
@HPI@ ⟦N|Benito⟧ returns for DM2 and CKD 3b. Lives on family land off ⟦S|County Road 98⟧ near ⟦C|Truchas⟧, acequia mayordomo (⟦PROF|rancher⟧). Wife ⟦N|Delfina⟧ helps with insulin.
{Smart text not resolved: ***} Last A1c at ⟦O|TriCore Reference Laboratories⟧ ⟦D|02/26/2099⟧: 8.1.
Plan: ↑ glargine 24 → 28 u. Nephrology e-consult to ⟦H|UNM Hospital⟧ (Dr. ⟦N|Kiona Yazzie⟧). RTC 3 mo.
Electronically signed by ⟦N|Marisa Lucero⟧, DO on ⟦D|3/14/2099⟧ 11:48 AM [⟦UN|mlucero3⟧]
`);

note("hud-vash-case-conference", `
HUD-VASH Case Conference · ⟦H|Tomah VA Medical Center⟧ · ⟦D|March 14, 2099⟧ · facilitator ⟦N|Gwendolyn Akers⟧, LCSW, HUD-VASH coordinator
Veteran: ⟦N|Reinholt, Duane⟧ · last 4 ⟦SSN|4471⟧ · ICN ⟦I|1044718820V204471⟧ · Army ⟦D|2079⟧-⟦D|2087⟧ · currently at ⟦O|Couleecap⟧ transitional housing, ⟦C|Westby⟧
Voucher issued ⟦D|2/20/2099⟧ by ⟦O|La Crosse Housing Authority⟧ (caseworker Mr. ⟦N|Tollefson⟧ ⟦P|608-555-0135⟧); 60-day clock.
Unit found: ⟦S|1120 Caledonia St⟧ Apt 3, ⟦C|La Crosse⟧ ⟦Z|54603⟧ — landlord ⟦N|Fern Vogel⟧ ⟦P|608-555-0140⟧, inspection set ⟦D|3/19⟧.
Barriers: security deposit — ⟦O|Salvation Army⟧ pledged; furniture via ⟦O|Catholic Charities⟧. SUD: sees Dr. ⟦N|Iyer⟧ in the ⟦H|Tomah⟧ SARRTP aftercare.
Peer support ⟦N|Marlon Two Hearts⟧ to help move. Next conference ⟦D|4/11⟧.
`);

note("donor-milk-bank-screen", `
Donor Screening — ⟦O|Mothers' Milk Bank of the Western Great Lakes⟧ · screener ⟦N|Rachelle Duchene⟧, IBCLC · ⟦D|3/14/2099⟧
Donor: ⟦N|Anjali Raghunathan-Moss⟧ · donor ⟦I|WGL-D-04471⟧ · ⟦S|812 W Superior St⟧ #6, ⟦C|Duluth⟧, ⟦STATE|MN⟧ ⟦Z|55802⟧ · ⟦P|218-555-0125⟧
Infant ⟦N|Theo⟧ born ⟦D|1/30/2099⟧ at ⟦H|Essentia Health St. Mary's⟧; healthy. Donor's provider: ⟦N|Karin Elmquist⟧, CNM (⟦O|Birchwood Midwifery⟧) — health statement faxed ⟦F|218-555-0126⟧.
Infant's provider Dr. ⟦N|Oluwaseun Bright⟧ confirms thriving (wt 50th %ile).
Serology drawn ⟦D|3/14⟧ at ⟦O|Quest⟧ (req ⟦I|QD-99-7718204⟧): HIV, HTLV, HBV, HCV, syphilis. Meds: levothyroxine — acceptable.
Freezer at home; milk drop at ⟦O|Aspirus Ironwood⟧ depot or courier. Partner ⟦N|Jordan Moss⟧ to drop first batch ⟦DAY|Saturday⟧.
`);

note("perinatal-hospice-plan", `
Perinatal Palliative Care — Birth Plan Conference · ⟦H|Medical University of South Carolina⟧ · ⟦D|3/14/2099⟧
Parents: ⟦N|Simone Ravenel⟧ (G2P1, 31 wk) and ⟦N|Khalil Ravenel⟧ · ⟦S|47 Bull St⟧, ⟦C|Beaufort⟧, ⟦STATE|SC⟧ · MRN ⟦M|MUSC 02044718⟧
Fetal dx: trisomy 18 (amnio ⟦D|1/9/2099⟧, ⟦O|Integrated Genetics⟧). MFM Dr. ⟦N|Olamide Kuti⟧; neonatology Dr. ⟦N|Harriet Ainsley⟧; perinatal hospice nurse ⟦N|Bea Whaley⟧ (⟦O|Hospice Care of the Lowcountry⟧).
Wishes: no C-section for fetal indication; comfort care; baptism by their pastor Rev. ⟦N|Ezra Manigault⟧ (⟦O|St. Helena AME⟧); big sister ⟦N|Zora⟧ (5) to meet baby; photos by ⟦O|Now I Lay Me Down to Sleep⟧ volunteer.
Name chosen: ⟦N|Amara Grace⟧. Footprints, heart-beat recording.
Funeral home pre-arranged: ⟦O|Wright-Donaldson Home for Funerals⟧, ⟦C|Beaufort⟧. Social work ⟦N|Pilar Esquivel⟧, LMSW ⟦P|843-555-0193⟧.
`);

note("medical-legal-referral", `
Medical-Legal Partnership Referral · ⟦H|Kentucky Children's Hospital⟧ pediatric clinic → ⟦O|AppalReD Legal Aid⟧ (⟦C|Prestonsburg⟧ office)
Referring: Dr. ⟦N|Cassandra Blevins⟧, pediatrics; social worker ⟦N|Hunter Caudill⟧, MSW ⟦P|859-555-0158⟧ · ⟦D|3/14/2099⟧
Family: mother ⟦N|Tiffany Slone⟧ (DOB ⟦D|8/14/1994⟧), children ⟦N|Bentley⟧ (6, asthma) and ⟦N|Kinsley⟧ (2). Address ⟦S|4471 KY-80⟧, ⟦C|Hindman⟧, ⟦STATE|KY⟧ ⟦Z|41822⟧ (⟦LO|Knott County⟧).
Issue: black mold in rental, landlord ⟦N|Wayne Sexton⟧ ⟦O|Sexton Rentals LLC⟧ refuses repair; eviction notice ⟦D|3/3/2099⟧; hearing ⟦O|Knott District Court⟧ ⟦D|3/28⟧, case ⟦I|99-C-00471⟧.
Also: Medicaid renewal lapsed (MCO ⟦O|WellCare of Kentucky⟧, ⟦HP|member 80447182⟧).
Consent for release to attorney ⟦N|Marcy Hollon⟧, Esq. signed. Letter of medical necessity for ⟦N|Bentley⟧'s asthma attached.
cc: ⟦N|Hunter Caudill⟧; ⟦O|Knott County Health Department⟧ (nurse ⟦N|Opal Ritchie⟧ ⟦P|606-555-0171⟧); school nurse at ⟦O|Hindman Elementary⟧, fax ⟦F|606-555-0172⟧.
`);

note("crisis-988-followup", `
988 Lifeline Follow-up Call · ⟦O|Frontier Behavioral Health⟧ crisis center · counselor ⟦N|Amadou Diallo⟧, MHP · ⟦D|3/14/2099⟧ 14:20
Caller (consented to follow-up ⟦D|3/13⟧ 23:48): ⟦N|Kaitlyn Brandvold⟧, 19, student at ⟦O|Washington State University⟧ ⟦C|Pullman⟧; cell ⟦P|509-555-0119⟧
Roommate ⟦N|Priyanka⟧ stayed with her overnight. Denies current SI/plan; C-SSRS screen negative since last night's call.
Safety plan reviewed: reasons — sister ⟦N|Maddie⟧ in ⟦C|Moscow⟧, ⟦STATE|ID⟧, and her dog. Coping: run on ⟦LO|Bill Chipman Palouse Trail⟧.
Linked: ⟦O|Cougar Health Services⟧ counseling intake ⟦D|3/17⟧ 10:00 with Dr. ⟦N|Feliks Nowak⟧. Campus RA ⟦N|Jalen Whitehorse⟧ aware (per her consent).
Next call ⟦D|3/15⟧. Supervisor review ⟦N|T. Aguirre⟧.
Address on file: ⟦S|1455 NE Valley Rd⟧ apt 2B, ⟦C|Pullman⟧ ⟦Z|99163⟧; emergency contact mother ⟦N|Trudy Brandvold⟧ ⟦P|208-555-0165⟧ (⟦C|Lewiston⟧).
`);

note("subrogation-letter", `
⟦O|Anthem Blue Cross⟧ — Subrogation Recovery Unit · ⟦S|PO Box 105447⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30348⟧
⟦D|March 14, 2099⟧
⟦H|Bassett Medical Center⟧ Patient Accounts, ⟦S|1 Atwell Rd⟧, ⟦C|Cooperstown⟧, ⟦STATE|NY⟧ ⟦Z|13326⟧ — Attn: ⟦N|Gail Foxworth⟧
Re: Member ⟦N|Lindqvist, Soren⟧ · ID ⟦HP|YRH882044718⟧ · Date of injury ⟦D|12/29/2098⟧ · Our file ⟦I|SUB-99-204471⟧
We are investigating a motor-vehicle accident on ⟦LO|NY-28⟧ near ⟦C|Hartwick⟧. Third-party carrier: ⟦O|Erie Insurance⟧, claim ⟦I|ER-0044718-99⟧, adjuster ⟦N|Phil Dumbrowski⟧ ⟦P|800-555-0123⟧ ext ⟦P|4471⟧.
Member's attorney: ⟦N|Renata Oyelowo⟧, ⟦O|Oyelowo & Gentile PLLC⟧, ⟦C|Oneonta⟧. Please send itemized bills for ED visit ⟦D|12/29/2098⟧ (Dr. ⟦N|Vance Tuttle⟧) and admission ⟦D|12/29⟧–⟦D|1/4/2099⟧.
Questions: ⟦N|Keisha Arrington⟧, Recovery Specialist, ⟦P|404-555-0181⟧, ⟦E|karrington@anthem.example⟧
cc: ⟦N|Renata Oyelowo⟧, Esq.; member at ⟦S|17 Elm St⟧, ⟦C|Milford⟧, ⟦STATE|NY⟧ ⟦Z|13807⟧
`);

note("specialty-pharmacy-onboarding", `
Specialty Pharmacy Onboarding Call · ⟦O|Accredo⟧ (⟦C|Memphis⟧) · pharmacist ⟦N|Lydia Marchetti⟧, RPh · ⟦D|3/14/2099⟧
Patient ⟦N|Moana Santos-Camacho⟧ · DOB ⟦D|6/11/1983⟧ · ⟦S|134 Chalan Pale Arnold⟧, ⟦C|Dededo⟧, ⟦STATE|Guam⟧ ⟦Z|96929⟧ · ⟦P|671-555-0147⟧
Rx: Humira 40 mg q2wk from Dr. ⟦N|Jose Ulloa-Cruz⟧ (⟦H|Guam Regional Medical City⟧), NPI ⟦I|1447182044⟧, DEA ⟦I|BU4471820⟧.
Insurance: ⟦O|TakeCare Insurance⟧ ⟦HP|TC-204471-01⟧; PA approved ⟦D|3/10⟧ (ref ⟦I|PA99-31047⟧); copay card via the maker's savings programme (card ⟦I|HUM-0447-18822⟧).
Shipping: cold-chain to ⟦O|FedEx⟧ ⟦LO|Guam International Airport⟧ hold — sister ⟦N|Lourdes Camacho⟧ picks up. Tracking ⟦I|7718 2044 7199⟧.
Injection training by nurse ⟦N|Jun Taitano⟧ (⟦O|Marianas Home Health⟧) ⟦D|3/17⟧.
`);

note("meals-on-wheels-welfare-check", `
Welfare Check Note · ⟦O|Meals on Wheels of Tucson⟧ · driver ⟦N|Dolores "Lola" Villegas⟧ · route 22 · ⟦D|3/14/2099⟧ 11:20
Client ⟦N|Ambrose Kittredge⟧ (AGE: ⟦A|93⟧) did not answer at ⟦S|2719 E Lind Rd⟧, ⟦C|Tucson⟧ ⟦Z|85719⟧; yesterday's meal still on porch.
Called client, no answer; called emergency contact niece ⟦N|Roberta Kittredge-Mohr⟧ ⟦P|520-555-0170⟧ (in ⟦C|Sierra Vista⟧) — she asked us to call 911.
⟦O|Tucson Fire⟧ Engine 9 forced entry 11:48: found on floor, awake, confused. Transported to ⟦H|Banner – University Medical Center Tucson⟧.
Program coordinator ⟦N|Yusuf Karimi⟧ notified 12:05; APS referral (⟦O|Arizona DES⟧) ⟦I|APS-99-0447182⟧. His cat "Pepper" fed by neighbor Mrs. ⟦N|Oyama⟧.
Route supervisor ⟦N|Hector Baca⟧ ⟦P|520-555-0111⟧ · client # ⟦I|MOW-22-0447⟧ · PCP Dr. ⟦N|Liesl Engstrom⟧ (⟦O|El Rio Health⟧).
`);

note("hospice-continuous-care-log", `
Continuous Home Care — Nursing Log (crisis level) · ⟦O|Hospice of the Finger Lakes⟧ · ⟦D|3/14/2099⟧
Patient: ⟦N|Gunderson, Astrid⟧ · ⟦A|95⟧ · dx: end-stage COPD · home: ⟦S|3307 Lake Rd⟧, ⟦C|Seneca Falls⟧, ⟦STATE|NY⟧ · hospice # ⟦I|HFL-99-0713⟧
0000–0800 RN ⟦N|Beatrix Olawale⟧: RR 32, air hunger; morphine 5 mg SL q1h x 3 with relief. Daughter ⟦N|Ingrid⟧ at bedside.
0800–1600 LPN ⟦N|Corey Mancuso⟧ / RN ⟦N|Olawale⟧ (supervision call 1000): terminal secretions, glycopyrrolate. Son ⟦N|Lars⟧ arriving from ⟦C|Minneapolis⟧ 1500.
1600–2400 RN ⟦N|Yevgenia Pashkova⟧: pastor Rev. ⟦N|Dorothy Quackenbush⟧ (⟦O|First Presbyterian of Seneca Falls⟧) visited 1730.
Hospice physician Dr. ⟦N|Aurelio Bianchi⟧ by phone ⟦P|315-555-0164⟧ 1900: continue CHC, reassess at 0800 ⟦D|3/15⟧.
Aide ⟦N|Precious Mbeki⟧, HHA, bath 0900; DME ⟦O|Lincare⟧ O2 concentrator SN ⟦DEV|LC-7718-204⟧; on-call RN ⟦N|Jo Ellen Reisinger⟧ ⟦P|315-555-0199⟧.
`);

note("port-authority-preplacement", `
Pre-Placement Examination (post-offer) · ⟦O|Concentra⟧ ⟦C|Wilmington⟧ (⟦STATE|NC⟧) for ⟦O|North Carolina State Ports Authority⟧ · ⟦D|3/14/2099⟧
Candidate: ⟦N|Futch, Darnell Lamont⟧ (DL ⟦I|NC 000447182099⟧) · DOB ⟦D|9/9/1990⟧ · position: crane operator (⟦PROF|ship-to-shore crane operator⟧)
Employer contact ⟦N|Lorna Hatcher⟧, HR ⟦P|910-555-0102⟧ · job req ⟦I|NCSPA-99-118⟧
Exam: vision 20/20 OU, color vision normal; audiogram normal; BMI 31; lift 50 lb ok. TWIC card ⟦I|TW-4471820⟧ seen.
Drug screen collected by ⟦N|Pam Lewter⟧, CCF ⟦I|A04471822⟧, sent to ⟦O|Quest Diagnostics⟧; MRO Dr. ⟦N|Isidore Fenwick⟧.
Examiner: ⟦N|Harriet Oduya⟧, PA-C. Result: cleared without restriction.
`);

note("cath-lab-scheduling-call", `
Phone note — Cath Lab Scheduling · ⟦H|Hendrick Medical Center⟧ (⟦C|Abilene⟧) · ⟦D|3/14/2099⟧ 2:40 PM · ⟦N|Trina Ybarra⟧, scheduler
Called pt ⟦N|Wendell Pruitt⟧ (DOB ⟦D|4/4/1952⟧, MRN ⟦M|HMC-0447180⟧) at ⟦P|325-555-0114⟧; spoke w/ wife ⟦N|Loretta⟧.
Left heart cath w/ Dr. ⟦N|Amir Haddadin⟧ set ⟦DAY|Tuesday⟧ ⟦D|3/18⟧, arrive 6:00 AM, 2nd floor ⟦O|Shelton Heart Center⟧ entrance off ⟦S|N 19th St⟧.
Hold metformin ⟦D|3/17⟧ PM; labs at ⟦O|Hendrick Clinic Sweetwater⟧ ⟦D|3/16⟧. Driver: son ⟦N|Clay⟧ from ⟦C|Anson⟧.
Prior auth ⟦I|AUTH 99-447182⟧ from ⟦O|Aetna Medicare⟧ ⟦HP|W2044718201⟧.
Routed to Dr. ⟦N|Haddadin⟧'s nurse ⟦N|Kaylee Stout⟧, RN.
`);

note("tele-retinal-screen", `
Teleretinal Diabetic Eye Screening · imaging site ⟦H|Sage Memorial Hospital⟧ primary care (⟦C|Ganado⟧, ⟦STATE|AZ⟧) · reader site ⟦H|Phoenix Indian Medical Center⟧
Patient ⟦N|Begay, Loretta Yazzie⟧ · DOB ⟦D|3/3/1969⟧ · chart ⟦M|SMH-0447182⟧ · imaged ⟦D|3/10/2099⟧ by ⟦N|Rochelle Tsosie⟧ (certified imager), camera Topcon ⟦DEV|TRC-NW400 SN 884471⟧
Grader: Dr. ⟦N|Vikram Anand⟧, OD · read ⟦D|3/14/2099⟧ · ETDRS: moderate NPDR OU, no DME. Recommend: in-person ophthalmology within 3 months.
Referral to ⟦H|Chinle Comprehensive Health Care Facility⟧ eye clinic (scheduler ⟦N|Verna Nez⟧ ⟦P|928-555-0147⟧); patient lives ⟦S|NR 15 mile 22⟧ near ⟦C|Kinlichee⟧, no phone — message via sister ⟦N|Emmaline⟧ at ⟦O|Ganado Chapter House⟧.
PCP Dr. ⟦N|Hosteen Clah⟧ cc'd. Image set ⟦I|TR-99-04471⟧ archived.
`);

write();
