// Why this file exists: builds test/fixtures/clinical-notes-29.jsonl, a twenty-ninth labelled set of clinical notes
// written by hand in stop 41 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixture 28's generator and test file, fixture-io.mjs and the note ids of fixtures 1-28
// were read for the form, the labels and the report types already held), with the PHI density of the i2b2
// de-identification notes, in report types and settings fixtures 1-28 hold least: a cardiac arrest registry (CARES)
// abstract, a trauma registry abstract, a hurricane special-needs shelter roster, a wildfire nursing-home evacuation
// roster, an OR schedule board, a MEPS enlistment exam, a juvenile detention health intake, a beryllium surveillance
// letter, an in-flight emergency ground-to-air consult log, an HIM delinquent-records notice, a capacity huddle, a
// stem-cell apheresis record, a telemetry monitor-room event log, a body donation acceptance record, a jail medication
// pass exceptions list, a dosimetry badge investigation (16 in ALL CAPS); a syringe services van log, a community doula
// visit, a peer recovery contact note, a community paramedicine visit (4 in lower case); a cancer registry abstract, a
// child fatality review, an unrelated marrow donor workup, a gestational carrier screening, a well-water
// methemoglobinemia investigation, a telepsychiatry ED-boarding consult, a low-vision rehabilitation evaluation, a
// disclosure (communication-and-resolution) meeting, an athletic trainer's exertional heat stroke report, a PACT Act
// toxic exposure screen, a well-newborn nursery census, a school scoliosis screening letter, a school sealant
// programme roster, a clinical trial screening log, a polar station telemedicine consult, an EMS naloxone leave-behind
// refusal, a pesticide handler's cholinesterase monitoring, a wilderness therapy field log, an AAC device evaluation
// and a hospice bereavement call log.
// Regions (towns invented or real large cities, states real): the Ohio Valley, Lake Cumberland, Terrebonne Parish,
// Butte County, the Mahoning Valley, the Inland Northwest, the Yellowstone Valley, the Maumee shore, the Front Range,
// the Twin Tiers, the Merrimack Valley, Puget Sound, the Red River Valley, central Minnesota, Johnson County (Iowa),
// Coastal Georgia, the Lehigh Valley, Detroit, the Big Sandy, the Gallatin Valley, the Sioux Falls area, the Etowah
// valley, Milwaukee, Montgomery County (Maryland), northwest Iowa, the Poconos, the Upstate, the Pioneer Valley's
// Franklin County, South Georgia, Hampton Roads, Orange County, Bismarck, the Platte Valley, the Wasatch Front, the
// Ross Sea, the Tri-State, the Wenatchee Valley, the Escalante Desert, Kansas City and the Chesapeake shore.
// PHI forms sought: names in roster columns ("LAST, FIRST M", surname only under a SURGEON/ANES/RN NOTIFIED header,
// "Baby Boy X A (twin)", initials "R.T.H.", "J.B.-W."), names that are words or first names (Grace, Jade,
// Tomas, Liesel, Patience, Faith, Harmony, Lark, Wren, Piper, Rose, June, Hood, Morin, March, Moss, Finch, Rao, Kemp),
// nicknames in quotes ("BOO", "DUTCH", "Hobie", "tito", "shorty"), particles and compounds (De Jong, Two Bulls,
// Brave-Heart-Olsen, Zúñiga Ledesma, Ortiz Chavarría, St. Germain, St. Pierre); sign-off initials and "X/y" blocks;
// dates as "22-NOV-2007", "2041-07-04", "AUG 28 2099", "11-08-2098", "14 MAR 2099", "19 JUN 2080", "06/2081",
// "14-MAR-2099", "03/13-03/14/2099", "APRIL 9 2004", "1947-10-02", "14 Mar 2099", "3 Jan 2072", "April 2091", "Mar 14
// 2099", "6/2099", "1/2099", "1978", "01 Mar 2099"; ages over 89 in roster columns and as "AGE 91", "(97)", "ninety
// y/o", "92 y/o"; phones with extensions, "ext. 3", "X 4471", a foreign "+64 3 555 0142"; MRNs, encounter numbers,
// inmate numbers, screen numbers, donor/recipient ids, ICN, USMIRS, UPN, badge and ring dosimeter numbers, booking,
// incident and registry numbers, participant codes of a syringe programme, an IP address, a URL, emails, a username;
// device serials and lots; health-plan numbers; a partial SSN.
// Hard negatives: drugs and products (Narcan, ZOLL AED PLUS, SPECTRA OPTIA, Butterfly iQ, Tobii Dynavox I-13, TD Snap,
// PRC Accent 1000, Merlin, OrCam, Similac, Hugs tags, 3M 6000, Eschenbach), scores and tests (MAYSI-2, C-SSRS, PHQ-A,
// BRAT, ISS, AIS, CPC 1, GMFCS IV, ECOG 1, Oncotype DX, ISHIHARA 14/14, Adams forward bend, Cobb angle, BeLPT, WBGT),
// codes and laws (C50.4, 8500/3, AJCC, SEER, E-CODE V86.55, 29 CFR 1910.1024, 10 CFR 20, DD FORM 2807-2, PACT Act),
// eponyms (Seldinger, Columbia, Weber B, Korey Stringer protocol).
// Labelling follows fixture 28 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI; clinicians' and transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the
// name; "the" stays outside a facility; room, bed, cot, bassinet, box and housing codes and departments are left
// unlabelled; flight numbers and ambulance unit numbers are left unlabelled; nursing homes, clinics with a place name,
// VA and IHS facilities are HOSPITAL; companies, insurers, schools, churches, pharmacies, agencies, courts, tribes,
// programmes run by an organisation, unions, makers and carriers are ORGANIZATION; counties, landmarks, parks,
// airspace, stations, bases, deserts and cemeteries are LOCATION-OTHER; MRNs and charts are MRN; member and Medicaid
// numbers HEALTHPLAN; case, claim, registry, booking, badge, licence and report numbers ID; serials and lots DEVICE;
// extensions PHONE; drug, device, test, score and eponym names are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-28 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-29.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-29.jsonl", "make-clinical-fixture-29");
note("cares-arrest-registry-caps", `
⟦O|CARES⟧ CARDIAC ARREST REGISTRY - EMS/HOSPITAL ABSTRACT      ⟦O|TRI-RIVERS EMS AGENCY⟧ (AGENCY ⟦I|WV-0418⟧)      ARREST DATE ⟦D|03/14/2099⟧
PT: ⟦N|GILLESPIE, ORVILLE DEAN⟧   AGE ⟦A|91⟧   DOB ⟦D|22-NOV-2007⟧   SEX M   INCIDENT # ⟦I|TR99-031422⟧
LOCATION TYPE: PLACE OF RECREATION - ⟦O|MOOSE LODGE 1447⟧, ⟦S|88 SECOND AVE⟧, ⟦C|POINT PLEASANT LANDING⟧, ⟦STATE|WV⟧ ⟦Z|25550⟧
WITNESSED BY LAY: YES (⟦N|LORETTA KINCAID⟧, BINGO CALLER). BYSTANDER CPR: YES, HANDS-ONLY BY ⟦N|DWAYNE PRICHARD⟧. AED: ZOLL AED PLUS FROM LODGE WALL, 1 SHOCK.
FIRST RHYTHM VF. ROSC IN FIELD 0:14. MEDIC 3 CREW ⟦N|H. CASTO⟧ / ⟦N|B. ROUSH⟧. AMIODARONE 300 MG. KING AIRWAY NOT NEEDED.
HOSPITAL: ⟦H|PLEASANT VALLEY HOSPITAL⟧ THEN ⟦H|ST. MARY'S MEDICAL CENTER - HUNTINGTON⟧ CATH LAB (DR. ⟦N|NAJJAR-FOWLKES⟧), LAD STENT.
OUTCOME: DISCHARGED ALIVE ⟦D|3/24/99⟧, CPC 1. DISPOSITION HOME WITH DAUGHTER ⟦N|MAVIS GILLESPIE-ROUSE⟧ ⟦P|304-555-0161⟧.
ABSTRACTOR: ⟦N|TAMSIN OKAFOR⟧, RN, CARES COORDINATOR   DATA ENTRY ⟦D|APR 2 2099⟧   ⟦N|TO⟧
`);

note("trauma-registry-abstract-caps", `
TRAUMA REGISTRY ABSTRACT - ⟦H|LAKE CUMBERLAND REGIONAL⟧ (LEVEL III)      REGISTRY # ⟦I|2099-00447⟧      ABSTRACTED ⟦D|04/02/99⟧ BY ⟦N|R. ABNEY⟧, CSTR
PATIENT ⟦N|SPHAR, DELMER "DUTCH"⟧   DOB ⟦D|2041-07-04⟧   AGE 57   MRN ⟦M|LCR-88204⟧   ACCT ⟦I|V00044718207⟧
INJURY ⟦D|03/14/2099⟧ 1705 AT ⟦LO|WOLF CREEK DAM⟧ OVERLOOK, ⟦LO|RUSSELL COUNTY⟧, ⟦STATE|KY⟧. E-CODE V86.55 (UTV). HELMET: NO.
PREHOSPITAL: ⟦O|RUSSELL COUNTY EMS⟧ RUN ⟦I|RC-99-1180⟧, SCENE GCS 13, SBP 96. AIR: ⟦O|AIR EVAC 93⟧ DECLINED (WEATHER).
ED: FAST POS, TXA 1 G, MTP ACTIVATED 1748, 4U PRBC / 4 FFP. ISS 29. AIS HEAD 3, CHEST 3, ABD 4.
OR ⟦D|3/14⟧ 1832: SPLENECTOMY (DR. ⟦N|QUILLEN⟧). TRANSFER ⟦D|3/15⟧ TO ⟦H|UK CHANDLER⟧ BY ⟦O|PHI AIR MEDICAL⟧ FOR PELVIC EMBOLIZATION.
NEXT OF KIN: WIFE ⟦N|NOVELLA SPHAR⟧, ⟦S|2207 OLD MONTICELLO RD⟧, ⟦C|JAMESTOWN FORKS⟧ ⟦Z|42629⟧, ⟦P|(606) 555-0172⟧.
PI FILTER: TRANSFER > 2 H (PEER REVIEW ⟦D|4/9⟧, DR. ⟦N|ELKINS-BARR⟧, TMD). NTDB SUBMITTED.
`);

note("hurricane-shelter-intake-caps", `
SPECIAL NEEDS SHELTER - MEDICAL INTAKE ROSTER      ⟦O|TERREBONNE PARISH OHSEP⟧      SHELTER: ⟦LO|HOUMA BAYOU CIVIC ARENA⟧, ⟦S|346 CIVIC CENTER BLVD⟧      OPENED ⟦D|AUG 28 2099⟧ 0600
HURRICANE LANDFALL EXPECTED 2100. SHELTER MGR ⟦N|CLAUDETTE THIBODEAUX⟧ (⟦O|AMERICAN RED CROSS⟧); MEDICAL LEAD ⟦N|ANDRE LEBLANC-VOSS⟧, NP
COT  NAME                        AGE   NEEDS                       HOME                          CONTACT
A1   ⟦N|BOUDREAUX, ALCIDE⟧           ⟦A|92⟧    O2 3L CONC, NEEDS POWER     ⟦S|1180 BAYOU DULARGE RD⟧         SON ⟦N|RAYMOND⟧ ⟦P|985-555-0110⟧
A2   ⟦N|TRAHAN, EULALIE M⟧           80    HD MWF (⟦H|FRESENIUS HOUMA EAST⟧)   ⟦S|22 CANAL ST APT 4⟧             ⟦P|985-555-0111⟧
A3   ⟦N|NAQUIN, PIERRE JR⟧           66    INSULIN, FRIDGE             ⟦C|CHAUVIN POINT⟧                 NIECE ⟦N|JOLIE NAQUIN⟧
A4   ⟦N|VERDIN, ODILE⟧               ⟦A|99⟧    BEDBOUND, LIFT              ⟦H|HERITAGE MANOR OF GRAY⟧ RESIDENT   FACILITY ⟦P|985-555-0119⟧
A5   ⟦N|DARDAR, TY'REE⟧              34    VENT (TRACH), CAREGIVER     ⟦S|HC 61 BOX 20⟧, ⟦C|ISLE DE JEAN FORK⟧   MOTHER ⟦N|SHERELLE DARDAR⟧
MEDS FROM ⟦O|ROUSES PHARMACY #27⟧ ON MOBILE TRAILER. VENT SUPPLIER ⟦O|LINCARE⟧ TECH ⟦N|CODY PELLEGRIN⟧, BACKUP BATTERY SN ⟦DEV|LTV-2200-4471⟧.
TRANSFERS: ⟦N|VERDIN⟧ TO ⟦H|OCHSNER ST. ANNE⟧ ⟦D|8/29⟧ (PRESSURE INJURY). ⟦O|LDH⟧ ESF-8 CALL DAILY 0900. ⟦N|ALV⟧
`);

note("wildfire-evac-roster-caps", `
EVACUATION TRACKING ROSTER - ⟦H|PINE CREST CARE CENTER⟧, ⟦C|PARADISE RIDGE⟧, ⟦STATE|CA⟧      ⟦D|11-08-2098⟧      EVAC ORDER 0730 (⟦O|BUTTE COUNTY SHERIFF⟧ ZONE ⟦I|PAR-E014⟧)
RECEIVING SITES: ⟦H|ORCHARD HILLS POST-ACUTE⟧ (⟦C|CHICO FLATS⟧) AND ⟦H|FEATHER RIVER HEALTH⟧ ED
RM   RESIDENT                 DOB          MODE               RECEIVED BY / TIME
101  ⟦N|HALVORSEN, INGRID⟧        ⟦D|02/02/2004⟧   STAFF CAR (⟦N|RIOS⟧)    ⟦N|K. PADGETT⟧ 1015
102  ⟦N|ESTRADA-KNOLL, BEA⟧       ⟦D|09/19/2010⟧   ⟦O|ENLOE⟧ AMB 12          ED 1040
104  ⟦N|KOWAL, CASIMIR⟧           ⟦D|12/25/1999⟧   BUS (⟦O|B-LINE⟧)         ⟦N|K. PADGETT⟧ 1110 - AGE ⟦A|98⟧, NO MEDS SENT
105  ⟦N|MERCER, PAULINE⟧          ⟦D|07/07/2031⟧   FAMILY (SON ⟦N|GLEN⟧ ⟦P|530-555-0131⟧)   HOME ⟦S|5820 SKYWAY⟧
107  ⟦N|OYAMA, HIROSHI⟧           ⟦D|03/30/2006⟧   STAFF CAR (⟦N|RIOS⟧)    NOT ARRIVED 1300 - CHP NOTIFIED
MISSING AT 1300: ⟦N|OYAMA⟧. FOUND 1420 AT ⟦LO|CHICO FLATS FAIRGROUNDS⟧ WITH CNA ⟦N|MARISOL RIOS⟧ (CAR DIVERTED, ⟦S|HWY 32⟧ CLOSED).
ADMINISTRATOR ⟦N|DEVIN ASHCRAFT⟧ ⟦P|530-555-0100⟧. DON ⟦N|PHOEBE LANGSTAFF⟧, RN. REPORTED TO ⟦O|CDPH⟧ L&C ⟦I|CA-LC-98-2207⟧.
`);

note("or-schedule-board-caps", `
⟦H|MERCY HEALTH - ST. ELIZABETH BOARDMAN⟧   OR SCHEDULE / DAY-OF-SURGERY BOARD   ⟦DAY|FRI⟧ ⟦D|03/14/99⟧   CHARGE RN ⟦N|DENISE MARCHIONDA⟧
RM  TIME  PATIENT                 AGE  PROCEDURE                          SURGEON         ANES
1   0730  ⟦N|PASTORE, VINCENZO⟧       ⟦A|90⟧   L HIP HEMIARTHROPLASTY              ⟦N|DEVENNEY⟧        ⟦N|KRAWCZYK⟧
1   1100  ⟦N|OWUSU-BELL, AMA⟧         44   LAP CHOLE                           ⟦N|ST. GERMAIN⟧     ⟦N|KRAWCZYK⟧
2   0730  ⟦N|DUFFY, KIERAN⟧           61   CABG X3 (ON PUMP) - PERFUSION ⟦N|S. LOPRESTI⟧     ⟦N|HABIB⟧           ⟦N|ODUYA⟧
3   0800  ⟦N|YOUNGBLOOD, CHASE⟧       19   ORIF R ANKLE (WEBER B)              ⟦N|FENTRESS⟧        ⟦N|MARCH⟧ (CRNA)
3   1030  ⟦N|WILLIAMS, JUNE⟧          ⟦A|96⟧   ORIF L DISTAL RADIUS - BLOCK        ⟦N|FENTRESS⟧        ⟦N|MARCH⟧ (CRNA)
ADD-ON: ⟦N|GRECO, SALVATORE⟧ MRN ⟦M|SEB1144718⟧ - INCARCERATED HERNIA, FROM ED (DR. ⟦N|VOJNOVIC⟧). BOOKED BY ⟦N|TAMMY⟧ X ⟦P|4471⟧.
REP: ⟦O|STRYKER⟧ (⟦N|BRAD KOLESAR⟧) RM 1; ⟦O|ZIMMER BIOMET⟧ RM 3 LOANER TRAYS ⟦DEV|ZB-LN-0418⟧ RECEIVED ⟦D|3/13⟧.
`);

note("meps-physical-caps", `
⟦O|US MILITARY ENTRANCE PROCESSING STATION⟧ - ⟦C|SPOKANE⟧ - MEDICAL PRE-SCREEN AND EXAM (DD FORM 2807-2 REVIEW)      ⟦D|14 MAR 2099⟧
APPLICANT: ⟦N|KALAMA, JONAH PALAKIKO⟧   DOB ⟦D|19 JUN 2080⟧   SSN ***-**-⟦SSN|4418⟧   USMIRS ID ⟦I|MEPS-2099-44718⟧   BRANCH: ⟦O|USMC⟧
RECRUITER: SSGT ⟦N|T. ABERCROMBIE-LYLE⟧, RS ⟦C|COEUR D'ALENE⟧   ⟦P|208-555-0127⟧
HISTORY: ASTHMA AGE 9 (INHALER UNTIL 12). ORIF L WRIST ⟦D|2094⟧ AT ⟦H|KOOTENAI HEALTH⟧ (DR. ⟦N|HEIKKILA⟧) - RECORDS REQUESTED.
EXAM: HT 70 IN, WT 182 LB, BP 128/78, VISION 20/20 OU, ISHIHARA 14/14. AUDIO H1. DUCK WALK NORMAL.
MET: METHACHOLINE CHALLENGE ORDERED AT ⟦H|PROVIDENCE SACRED HEART⟧. TEMP DQ PENDING. CMO DR. ⟦N|ADAEZE COLVILLE⟧.
MOTHER ⟦N|LEILANI KALAMA⟧ ⟦P|509-555-0185⟧, ⟦S|4471 E TRENT AVE, UNIT 6⟧, ⟦C|MILLWOOD BEND⟧, ⟦STATE|WA⟧ ⟦Z|99212⟧.
`);

note("juvenile-detention-intake-caps", `
⟦O|YELLOWSTONE COUNTY YOUTH SERVICES CENTER⟧ - HEALTH INTAKE SCREENING (WITHIN 1 HR)      BOOKED ⟦D|03/14/2099⟧ 2210
YOUTH: ⟦N|TWO BULLS, KEANU A⟧   AGE 15   DOB ⟦D|10/31/2083⟧   BOOKING # ⟦I|YSC-99-0447⟧   PO ⟦N|CHERISE VANDERSLOOT⟧
ARRESTING AGENCY: ⟦O|BILLINGS PD⟧ OFC ⟦N|M. HAUGEN⟧ BADGE ⟦I|447⟧. CHARGE: MIP/CRIMINAL MISCHIEF.
SCREEN: MAYSI-2 ANGRY-IRRITABLE CAUTION. SUICIDE SCREEN NEG. ETOH BREATH 0.03. NO INJURIES; OLD HEALED L HAND LAC.
MEDS: NONE. ALLERGIES: PCN. LAST PHYSICIAN: ⟦H|RIVERSTONE HEALTH CLINIC⟧ (DR. ⟦N|BRAVE-HEART-OLSEN⟧) ⟦D|JAN 2099⟧.
PARENT/GUARDIAN: GRANDMOTHER ⟦N|VERNA TWO BULLS⟧ ⟦P|406-555-0152⟧, ⟦S|820 N 27TH ST #3⟧, ⟦C|BILLINGS⟧. TRIBE: ⟦O|NORTHERN CHEYENNE⟧ (ENROLLMENT ⟦I|NC-20418⟧).
SCHOOL: ⟦O|LOCKWOOD MIDDLE⟧ 9TH GR. IEP ON FILE.
SCREENED BY ⟦N|JOELLE BRADSHAW⟧, LPN. NURSE PRACTITIONER REVIEW ⟦D|3/15⟧ BY ⟦N|FAROOQ NADEEM⟧, FNP.
`);

note("beryllium-surveillance-caps", `
⟦O|ELMORE ALLOYS INC⟧ - BERYLLIUM MEDICAL SURVEILLANCE - ANNUAL BeLPT RESULT LETTER      ⟦D|MARCH 14, 2099⟧
TO: ⟦N|RASMUSSEN, BJORN T⟧   EMP ID ⟦I|EA-004471⟧   DEPT: MACHINING BAY 2   HIRED ⟦D|06/2081⟧
HOME: ⟦S|918 ELM HOLLOW DR⟧, ⟦C|ELMORE JUNCTION⟧, ⟦STATE|OH⟧ ⟦Z|43416⟧
BeLPT (⟦O|NATIONAL JEWISH HEALTH⟧ ADx LAB, SPECIMEN ⟦I|NJH-BE-99-20418⟧, DRAWN ⟦D|2/27/99⟧): ABNORMAL (SI 3.4 AND 4.1 AT 1 AND 10 UM).
PRIOR: BORDERLINE ⟦D|2097⟧, NORMAL ⟦D|2098⟧. SPIROMETRY FEV1 94% PRED. CXR: NO HILAR ADENOPATHY.
PLAN: REPEAT BeLPT IN 30 DAYS; IF CONFIRMED, CBD EVAL (BAL/TBBX) AT ⟦H|NATIONAL JEWISH⟧, DR. ⟦N|OSTRANDER-MAIER⟧. REMOVAL FROM BE WORK OFFERED PER 29 CFR 1910.1024 (MEDICAL REMOVAL PROTECTION).
PLHCP: ⟦N|WENDELL ABARA⟧, MD, MPH, ⟦O|LAKESHORE OCCUPATIONAL MEDICINE⟧ ⟦P|419-555-0116⟧ FAX ⟦F|419-555-0117⟧
CC: ⟦O|USW LOCAL 7-913⟧ SAFETY REP ⟦N|DONNA KOPP⟧ (WITH EMPLOYEE CONSENT, SIGNED ⟦D|3/10/99⟧).
`);
note("inflight-emergency-caps", `
GROUND-TO-AIR MEDICAL CONSULT LOG - ⟦O|SKYMED RESPONSE CENTER⟧ (⟦H|BANNER - UNIVERSITY MEDICAL CENTER PHOENIX⟧)      CASE ⟦I|SMR-990314-0082⟧
CALL 0314 1922Z FROM ⟦O|FRONTIER⟧ FLT 2207 (A321, TAIL ⟦I|N447FR⟧), ⟦C|DENVER⟧ -> ⟦C|ORLANDO⟧, FL 360 OVER ⟦LO|KANSAS CITY CENTER⟧ AIRSPACE. CAPT ⟦N|GREER HALLOWAY⟧ VIA ARINC PATCH.
PAX: ⟦N|ZELLWEGER, ANNA-LISE⟧ SEAT 14C, F, AGE ⟦A|93⟧ PER MANIFEST (DOB ⟦D|05/05/2005⟧), TRAVELING WITH GRANDDAUGHTER ⟦N|PIPER ZELLWEGER⟧.
SX: NEAR-SYNCOPE IN AISLE, HR 42 ON PAX-MD'S WATCH. ON-BOARD VOLUNTEER: DR. ⟦N|MOSES ADEBAYO-KRANTZ⟧ (CARDIOLOGY, ⟦H|CLEVELAND CLINIC⟧), LIC VERIFIED ⟦I|OH 35.044718⟧.
ADVICE (DR. ⟦N|CELESTE VANTERPOOL⟧, EM): SUPINE, LEGS UP, O2 4 L, EMK ATROPINE AVAILABLE IF SBP < 80. DIVERSION RECOMMENDED: ⟦C|WICHITA⟧ (ICT) 22 MIN.
LANDED 1958Z. MET BY ⟦O|SEDGWICK COUNTY EMS⟧ TO ⟦H|WESLEY MEDICAL CENTER⟧: COMPLETE HEART BLOCK, TEMP WIRE, PPM ⟦D|3/15⟧.
FOLLOW-UP CALL ⟦D|3/16/99⟧ TO ⟦N|PIPER⟧ ⟦P|(407) 555-0191⟧: STABLE. CLOSED BY ⟦N|C. VANTERPOOL⟧, MD.
`);

note("him-deficiency-list-caps", `
⟦H|TWIN TIERS MEDICAL CENTER⟧ - HEALTH INFORMATION MANAGEMENT - DELINQUENT RECORDS NOTICE      RUN ⟦D|03/14/2099⟧ 0500
TO: MEDICAL STAFF OFFICE (⟦N|GWEN ALBRECHT⟧, CPMSM) - SUSPENSION WARNING AT 21 DAYS PER BYLAWS ART. 7.3
PROVIDER              ENC #          PATIENT                DISCH        DEFICIENCY             DAYS
⟦N|HAUSER, GREGOR⟧ MD     ⟦I|E0044718201⟧    ⟦N|BRISTOL, AMOS⟧          ⟦D|02/11/99⟧     DC SUMMARY             31
⟦N|HAUSER, GREGOR⟧ MD     ⟦I|E0044718355⟧    ⟦N|ALLEN-TRUE, MAE⟧        ⟦D|02/16/99⟧     H&P SIGNATURE          26
⟦N|PENNYPACKER, L⟧ DO     ⟦I|E0044718410⟧    ⟦N|STOLTZFUS, EMMA⟧        ⟦D|02/20/99⟧     OP NOTE                22
⟦N|AGYEMAN, KOFI⟧ MD      ⟦I|E0044718562⟧    ⟦N|NOVAK, LUDMILA⟧         ⟦D|02/27/99⟧     VERBAL ORDER AUTH      15
⟦N|REESE-WHITLEY, J⟧ NP   ⟦I|E0044718600⟧    ⟦N|COOPER⟧, BABY GIRL      ⟦D|03/01/99⟧     DC SUMMARY (NICU)      13
DR. ⟦N|HAUSER⟧ ON LEAVE ⟦D|2/14⟧-⟦D|3/6⟧ PER DR. ⟦N|PAXSON⟧ -- REVIEWED BY CMO ⟦N|OLUWASEUN FAIRWEATHER⟧, MD; EXTENSION GRANTED TO ⟦D|3/21⟧.
QUESTIONS: HIM DIRECTOR ⟦N|TRUDY KESSLER⟧, RHIA, X ⟦P|2207⟧, ⟦E|TKESSLER@TWINTIERSMC.EXAMPLE⟧
`);

note("bed-huddle-caps", `
CAPACITY HUDDLE - ⟦H|GRANITE STATE REGIONAL⟧ - ⟦D|03/14/2099⟧ 0830 - HOUSE SUPERVISOR ⟦N|FRANCINE OUELLETTE⟧, RN
ED: 9 HOLDS. LONGEST: ⟦N|ROY CHASSE⟧ (BOARDING PSYCH 61 H, AWAITING ⟦H|NEW HAMPSHIRE HOSPITAL⟧ BED, IEA ⟦I|IEA-99-0418⟧).
DISCHARGES PENDING: 4 WEST - ⟦N|LAPOINTE, GERALDINE⟧ (⟦A|94⟧) TO ⟦H|COUNTRY VILLAGE CENTER⟧ ONCE ⟦O|NH HEALTHY FAMILIES⟧ AUTH ⟦I|PA-7720418⟧ BACK; ⟦N|COTE, MARCEL⟧ HOME WITH ⟦O|CONCORD REGIONAL VNA⟧.
TRANSFERS IN: ⟦H|LITTLETON REGIONAL⟧ STEMI (DR. ⟦N|NGUYEN-ABBOTT⟧ ACCEPTED 0712); ⟦H|WEEKS MEDICAL CENTER⟧ SEPSIS - ICU BED 6 AFTER ⟦N|MR. DUBE⟧ STEPS DOWN.
STAFFING: 3 WEST SHORT 2 RN; AGENCY ⟦O|AYA⟧ NURSE ⟦N|KELSEY WOJCIK⟧ ORIENTING. FLOAT ⟦N|B. GAGNON⟧ TO ICU.
ISOLATION: C DIFF RM 412 (⟦N|PELLETIER⟧); COVID ROOMS 0. SITTERS: 3 (⟦N|HOOD⟧, ⟦N|MORIN⟧, ⟦N|ST. PIERRE⟧).
ESCALATION: SURGE LEVEL 2. CALL ADMIN ON CALL ⟦N|PAUL VACHON⟧ ⟦P|603-555-0157⟧ IF ED HOLDS > 12. NEXT HUDDLE 1400.
`);

note("stem-cell-apheresis-caps", `
⟦H|FRED HUTCH⟧ / ⟦H|UW MEDICINE⟧ APHERESIS UNIT - AUTOLOGOUS PBSC COLLECTION RECORD      DAY 2 OF COLLECTION      ⟦D|14-MAR-2099⟧
DONOR/PT: ⟦N|MAKOA, LEIMOMI K⟧   DOB ⟦D|08-AUG-2046⟧   UPN ⟦I|UPN-88412⟧   MRN ⟦M|U4471820⟧   DX: MULTIPLE MYELOMA
MOBILIZATION: G-CSF 10 MCG/KG X5 + PLERIXAFOR ⟦D|3/12⟧. PRE CD34 22/UL.
ACCESS: R IJ TRIFUSION CATHETER (PLACED ⟦D|3/10⟧ BY IR DR. ⟦N|OKWUOSA⟧), LOT ⟦DEV|TFC-220418-B⟧.
PROCEDURE: SPECTRA OPTIA (SN ⟦DEV|1P04471⟧), 4 BLOOD VOLUMES, ACD-A, CALCIUM GLUCONATE DRIP FOR PERIORAL TINGLING 0945.
PRODUCT: BAG ⟦I|W0447 99 014182⟧ - 3.1 X10^6 CD34/KG (CUM 6.4) - TARGET MET. TO CELL PROCESSING LAB (⟦N|J. HOLLOWAY⟧, TECH).
OPERATOR ⟦N|ROSALIND OYELARAN⟧, RN   MD ⟦N|STELIOS PAPADAKIS⟧   CAREGIVER HUSBAND ⟦N|KEONI MAKOA⟧ ⟦P|206-555-0133⟧
LODGING: ⟦O|PETE GROSS HOUSE⟧, UNIT 408 (⟦S|2151 TERRY AVE⟧). CATHETER OUT ⟦D|3/15⟧ 1100.
`);

note("monitor-tech-log-caps", `
CENTRAL TELEMETRY MONITOR ROOM - EVENT LOG - ⟦H|ST. CLOUD HOSPITAL⟧ - NIGHT SHIFT ⟦D|03/13-03/14/2099⟧ - TECH ⟦N|AMARA DIALLO⟧
TIME  BOX   PT / RM                   EVENT                        RN NOTIFIED        ACTION
2240  T14   ⟦N|KLEINSCHMIDT, O⟧ 5S-22      AFIB RVR 148                 ⟦N|JADE⟧ (CALLED)        CARDIZEM PER DR ⟦N|RAO⟧
0112  T07   ⟦N|BROEKER, HELMUT⟧ 5S-09      PAUSE 3.8 S                  ⟦N|K. STEINER⟧           STRIP TO DR. ⟦N|ABDI⟧, PACER PADS
0305  T19   ⟦N|DUFFY, ROSE⟧ 5N-30          LEADS OFF X 20 MIN           ⟦N|TOMAS⟧                PT WALKING - REAPPLIED
0420  T07   ⟦N|BROEKER, HELMUT⟧            PAUSE 5.1 S, SYMPTOMATIC     ⟦N|K. STEINER⟧           RRT 0422, TRANSFER CCU
0555  T22   ⟦N|MORGAN, LUTHER⟧ (⟦A|97⟧) 5N-04   VT 9 BEATS                   ⟦N|GRACE⟧                BMP, MG ORDERED
BOX T07 BATTERY SWAPPED 0130 (SN ⟦DEV|IX-4471-0418⟧). NIGHT SUPERVISOR ⟦N|RAYMOND WALDVOGEL⟧. HANDOFF TO DAY TECH ⟦N|LIESEL⟧ 0700.
`);

note("anatomical-gift-caps", `
⟦O|UNIVERSITY OF IOWA DEEDED BODY PROGRAM⟧ - ACCEPTANCE AND REMOVAL RECORD      DONOR # ⟦I|DBP-99-0112⟧      RECEIVED ⟦D|MARCH 15, 2099⟧ 0340
DONOR: ⟦N|ENGELBRECHT, WILHELMINA ROSE⟧   DOB ⟦D|APRIL 9 2004⟧   DOD ⟦D|MARCH 14 2099⟧ 2215   AGE ⟦A|94⟧
PLACE OF DEATH: ⟦H|OAKNOLL RETIREMENT RESIDENCE⟧, ⟦S|1059 CARRIAGE HILL⟧, ⟦C|IOWA CITY⟧. ATTENDING: DR. ⟦N|PRIYA VENKATARAMAN⟧.
ENROLLED ⟦D|2091⟧ (BEQUEATHAL FORM ON FILE, WITNESS ⟦N|HAZEL GRUNDMEIER⟧). NEXT OF KIN: NEPHEW ⟦N|LOWELL ENGELBRECHT⟧ ⟦P|319-555-0166⟧, ⟦C|WEST BRANCH BEND⟧.
SCREEN: NO HEPATITIS/HIV HX, NO RECENT SURGERY, BMI 21, NO AUTOPSY. PACEMAKER PRESENT (⟦O|MEDTRONIC⟧ SN ⟦DEV|PJN447182H⟧) - TO BE REMOVED.
REMOVAL: ⟦O|LENOCH & CILEK FUNERAL HOME⟧ (⟦N|TREVOR CILEK⟧, FD) UNDER CONTRACT. DEATH CERT FILED BY FUNERAL HOME, PERMIT ⟦I|IA-BT-99-04471⟧.
CREMAINS RETURN REQUESTED TO ⟦N|LOWELL⟧ OR BURIAL AT ⟦LO|OAKLAND CEMETERY⟧. PROGRAM COORDINATOR ⟦N|MARGIT SOLBERG⟧.
`);

note("jail-mar-caps", `
⟦O|CHATHAM COUNTY DETENTION CENTER⟧ - MEDICATION ADMINISTRATION EXCEPTIONS - PILL PASS ⟦D|3/14/99⟧ 0400 AND 1600
VENDOR: ⟦O|CORRECTHEALTH⟧   HSA ⟦N|LATOYA BRYAN⟧, RN   PHARMACY ⟦O|DIAMOND PHARMACY SERVICES⟧
INMATE #    NAME                    HOUSING   MED                    EXCEPTION
⟦I|CC0447182⟧   ⟦N|GADSDEN, TERRELL⟧        B2-14     METHADONE 90 MG (⟦O|SAVANNAH TREATMENT⟧)   AT COURT (JUDGE ⟦N|WALTHOUR⟧) - GIVEN 1730
⟦I|CC0447190⟧   ⟦N|VILLANUEVA, ROSA I⟧      F1-03     LEVETIRACETAM 500      REFUSED X2 - REFUSAL FORM, MD ⟦N|OKORIE⟧ NOTIFIED
⟦I|CC0447203⟧   ⟦N|HARDEN, "BOO" CALVIN⟧    MED-1     INSULIN GLARGINE 22 U  BG 48 AT 0400 - HELD, D50, DEP SGT. ⟦N|MOBLEY⟧ PRESENT
⟦I|CC0447211⟧   ⟦N|ASHWORTH, DALE⟧          C3-08     BUPRENORPHINE 8 MG     DIVERSION SUSPECTED - MOUTH CHECK, PER LT. ⟦N|KEMP⟧
PASSED BY ⟦N|QUINTON FAISON⟧, LPN (0400) AND ⟦N|AISHA MERRITT⟧, LPN (1600). REVIEWED ⟦D|3/15⟧ ⟦N|L. BRYAN⟧.
`);

note("radiation-badge-caps", `
RADIATION SAFETY OFFICE - DOSIMETRY INVESTIGATION LEVEL II REPORT - ⟦H|SANFORD MEDICAL CENTER FARGO⟧      ⟦D|MARCH 14, 2099⟧
WORKER: ⟦N|HEGGE, TOBIAS⟧   BADGE ⟦I|LD-44718-C⟧ (⟦O|LANDAUER⟧ ACCT ⟦I|L-220418⟧)   ROLE: IR TECHNOLOGIST   DOB ⟦D|12/12/1988⟧
READING: FEB WEAR PERIOD, COLLAR DDE 612 MREM (LEVEL II = 500). WAIST UNDER APRON 18 MREM. RING ⟦I|R-0447⟧ 2.1 REM.
CAUSE (INTERVIEW ⟦D|3/10⟧): BADGE LEFT ON APRON HANGING IN IR SUITE 2 DURING 3 TIPS CASES ⟦D|2/18⟧-⟦D|2/20⟧ - PER TECH ⟦N|NADIA FERGUSON⟧ WHO FOUND IT.
DOSE RECORD ADJUSTED PER 10 CFR 20 WITH RSO APPROVAL. BADGE TRAINING REPEATED.
RSO: ⟦N|HAROLD BJORNSON⟧, PHD, DABR   ⟦P|701-555-0176⟧   RSC CHAIR DR. ⟦N|SIGRID LANGEMO⟧
⟦O|ND DEPT OF ENVIRONMENTAL QUALITY⟧ NOT NOTIFIED (BELOW REPORTABLE). ⟦N|HB⟧/⟦N|dk⟧
`);
note("syringe-services-lower", `
syringe services program — encounter log — ⟦O|harm reduction coalition of the lehigh⟧ van stop 3, ⟦S|n 7th st & tilghman⟧, ⟦C|allentown⟧ — ⟦D|3/14/99⟧ 13:00–16:30
staff: ⟦N|nico ferrante⟧ (outreach), ⟦N|dee amankwah⟧, rn. participant codes are first 2 letters of mom's first name + birth month/day + sex.
code ⟦I|MA0412M⟧ — returning, 40 out / 38 in. wound check r forearm: abscess 3 cm, fluctuant → walked to ⟦H|lvhn 17th street⟧ ed, handoff to triage rn ⟦N|paula synder⟧. says his name is "⟦N|tito⟧".
code ⟦I|RO1125F⟧ — new, age 23. naloxone x2 kits (narcan 4 mg, lot ⟦DEV|nx22047b⟧). test strips (fentanyl, xylazine). interested in bupe — warm referral to ⟦O|bridge clinic at st. luke's⟧ (dr. ⟦N|okafor⟧ sees walk-ins ⟦DAY|tues⟧).
code ⟦I|JE0930M⟧ — reported overdose reversal yesterday at ⟦LO|cedar creek parkway⟧ pavilion on friend "⟦N|shorty⟧"; used 1 kit. replaced.
code ⟦I|AN0228F⟧ — hep c rapid pos. confirm draw sent to ⟦O|quest⟧ (req ⟦I|qd-99-441820⟧); linkage navigator ⟦N|marisol vega⟧ ⟦P|484-555-0112⟧ will text her at ⟦P|610-555-0143⟧ (ok'd by pt).
van odometer 41880. sharps bin ⟦DEV|sb-0447⟧ sealed and swapped. ⟦N|nf⟧/⟦N|da⟧
`);

note("doula-visit-lower", `
community doula prenatal visit #3 — ⟦O|mothering the mothers doula collective⟧ — ⟦D|march 14, 2099⟧ — home visit
client: ⟦N|ayanna whitfield-boateng⟧, 27, g2p1, edd ⟦D|4/30/99⟧, ob at ⟦H|henry ford - west bloomfield⟧ (dr. ⟦N|simone achterberg⟧). medicaid ⟦O|molina⟧ id ⟦HP|mo 88204471⟧.
home: ⟦S|18841 fenkell ave, upper⟧, ⟦C|detroit⟧ ⟦Z|48223⟧. partner ⟦N|kwame boateng⟧ works nights at ⟦O|stellantis⟧ jefferson north. daughter ⟦N|zuri⟧, 4.
today: bp 132/84 on her home cuff (cuff from healthy start). headaches 2x this week. reviewed preeclampsia warning signs; she'll call triage ⟦P|248-555-0155⟧.
birth plan: wants to labour at home as long as safe; tub; her mom ⟦N|beverly whitfield⟧ (⟦P|313-555-0118⟧) and me at the birth. prior c/s? no — prior svd with 2nd degree tear ⟦D|2095⟧.
resources: car seat from ⟦O|safe kids detroit⟧ ⟦D|3/21⟧; wic appt moved to ⟦DAY|thu⟧ ⟦D|3/19⟧.
next visit 36 wks. doula ⟦N|faith okonkwo-reyes⟧, cd(dona) · supervisor ⟦N|l. harper⟧
`);

note("peer-recovery-lower", `
peer recovery specialist contact note — ⟦H|mountain comprehensive care center⟧, ⟦C|prestonsburg⟧ ⟦STATE|ky⟧ — ⟦D|03/14/2099⟧
peer: ⟦N|jessie lee caudill⟧, certified (ky adult peer support specialist #⟦I|kps-0447⟧) · participant: ⟦N|hobert "hobie" slone⟧, dob ⟦D|6/2/1990⟧, chart ⟦M|mccc-2204418⟧
met at ⟦O|hardee's⟧ on ⟦S|s lake dr⟧ (his pick). 118 days since last use. working at ⟦O|big sandy ford⟧ detail shop, boss ⟦N|randy mullins⟧ knows about recovery.
talked about his court date ⟦D|3/27⟧ (⟦O|floyd district court⟧, drug court judge hon. ⟦N|tackett-sloan⟧) and getting his licence back. ride: ⟦O|ltc ride share⟧ voucher.
he wants to go to the ⟦O|na⟧ meeting at ⟦O|first baptist church of allen⟧ ⟦DAY|tues⟧ 7 pm. i'll meet him there.
sister ⟦N|wanda sue hall⟧ (⟦P|606-555-0124⟧) letting him stay at ⟦S|72 bull creek rd⟧, ⟦C|dwale⟧ until ⟦D|may⟧.
no crisis. next contact ⟦DAY|thursday⟧ ⟦D|3/19⟧. supervisor review ⟦N|k. blackburn⟧, lcsw ⟦D|3/15⟧.
`);

note("community-paramedic-lower", `
community paramedicine home visit — ⟦O|gallatin county ems⟧ mobile integrated health — ⟦DAY|sun⟧ ⟦D|3/14/99⟧
cp: ⟦N|brandt esposito⟧, fp-c · referral: ⟦H|bozeman health deaconess⟧ chf readmission program (nurse navigator ⟦N|lark pedersen⟧)
pt: ⟦N|ostby, clarence⟧ · ⟦A|ninety⟧ y/o · mrn ⟦M|bdh-0447182⟧ · lives alone at ⟦S|3020 bridger canyon rd⟧, ⟦C|bozeman⟧ ⟦Z|59715⟧; key in the lockbox (code given by daughter ⟦N|ingrid ostby-kerr⟧, ⟦P|406-555-0102⟧)
wt 81.6 kg (↑2.3 kg since ⟦D|3/11⟧), bnp istat 880, le edema 2+, crackles bases. spo2 91% ra.
per standing order + call to dr. ⟦N|okafor-lindqvist⟧ (cardiology, on call): furosemide 80 mg iv x1 given 10:40, then po 40 bid x3 d. recheck ⟦D|3/16⟧.
meds from ⟦O|pharmacy 406⟧ blister packs; 2 missed evening doses. scale bluetooth to ⟦O|biotelemetry⟧ portal (device ⟦DEV|bt-scale-88041⟧).
no 911 needed. vehicle cp-1 mileage noted. ⟦N|be⟧
`);
note("cancer-registry-abstract", `
Cancer Registry Abstract — ⟦H|Avera McKennan Hospital & University Health Center⟧ · accession ⟦I|2099-000418⟧ · seq 00
Patient: ⟦N|Thorsrud, Marit Elise⟧ · DOB ⟦D|1947-10-02⟧ · SSN ⟦SSN|503-55-4471⟧ · MRN ⟦M|AMK 8841207⟧ · ⟦S|1204 S Minnesota Ave, Apt 3C⟧, ⟦C|Sioux Falls⟧, ⟦STATE|SD⟧ ⟦Z|57105⟧
Primary site C50.4 (breast, UOQ, left) · histology 8500/3 · grade 2 · ER+/PR+/HER2− (IHC 1+) · Oncotype DX RS 14
Date of diagnosis ⟦D|01/28/2099⟧ (core biopsy, ⟦O|Avera Breast Center⟧, pathologist Dr. ⟦N|Ingvild Haakenson⟧) · class of case 14
Staging: cT1c cN0 M0 → pT1c pN0(sn) (0/2) · AJCC 8th prognostic stage IA · SEER summary stage local
First course: lumpectomy ⟦D|2/14/2099⟧ (Dr. ⟦N|Corwin Deutsch⟧) · RT whole breast 40 Gy/15 at ⟦H|Avera Cancer Institute - Mitchell⟧ · letrozole started ⟦D|March 9, 2099⟧
Managing physician: ⟦N|Anjali Rao-Bergstrom⟧, MD · follow-up source: ⟦O|Sanford Health⟧ PCP Dr. ⟦N|Trygve Lien⟧
Abstracted ⟦D|3/14/99⟧ by ⟦N|Rochelle Fehr⟧, ODS-C · submitted to ⟦O|SD Cancer Registry⟧ (⟦O|SDCR⟧) ⟦D|3/31/2099⟧
`);

note("child-fatality-review", `
Child Fatality Review Team — Case Summary (confidential, peer-review privileged)
⟦LO|Cherokee County⟧ CFRT · meeting ⟦DAY|Tuesday⟧, ⟦D|March 14, 2099⟧ · case ⟦I|CFR-99-004⟧ · chair ⟦N|Margery Tidwell⟧, ⟦O|Cherokee County Health Department⟧
Child: ⟦N|Lyric Nevaeh Padgett⟧ · DOB ⟦D|10/02/2098⟧ · DOD ⟦D|01/19/2099⟧ · 3 months · residence ⟦S|77 Hickory Flat Hwy, Lot 12⟧, ⟦C|Canton Mill⟧, ⟦STATE|GA⟧
Circumstances: found unresponsive 06:10 in adult bed with mother ⟦N|Kiara Padgett⟧ (19) and a pillow; ⟦O|Cherokee County Fire⟧ transported to ⟦H|Northside Hospital Cherokee⟧; pronounced 06:52 by Dr. ⟦N|Bertrand Ofori⟧.
ME: ⟦O|GBI⟧ Medical Examiner's Office, case ⟦I|ME-99-0114⟧ (Dr. ⟦N|Ilse Warrender⟧): SUID, unsafe sleep environment; tox negative.
Agencies present: ⟦O|DFCS⟧ (⟦N|T. Rucker⟧), sheriff's investigator ⟦N|Dwight Cagle⟧, Babies Can't Wait, pediatrician Dr. ⟦N|Harriet Osei-Mensah⟧ (⟦H|Canton Pediatrics⟧).
Findings: no crib in home (family had applied to ⟦O|Cribs for Kids⟧ ⟦D|12/2098⟧, waitlisted); father ⟦N|Jaylen Moss⟧ works nights; grandmother ⟦N|Sharon Padgett⟧ (⟦P|770-555-0129⟧) provides day care.
Recommendation: same-day crib distribution at ⟦H|Northside Hospital Cherokee⟧ postpartum unit; letter to the ⟦O|Georgia Department of Public Health⟧ ⟦D|4/1⟧. Minutes by ⟦N|Oona Lasseter⟧.
`);

note("marrow-donor-workup", `
Unrelated Donor Confirmatory Typing and Workup — ⟦O|NMDP⟧ Donor Center at ⟦O|Versiti Wisconsin⟧
Donor ID ⟦I|DID 4471-8820-4⟧ (recipient ID ⟦I|RID 0918-3344-7⟧, identity not disclosed to donor) · ⟦D|14 Mar 2099⟧
Donor: ⟦N|Castellanos, Mateo Rafael⟧ · DOB ⟦D|3 Jan 2072⟧ · 27 M · ⟦S|2918 S Kinnickinnic Ave⟧, ⟦C|Milwaukee⟧, ⟦STATE|WI⟧ ⟦Z|53207⟧ · cell ⟦P|414-555-0198⟧ · ⟦E|mcastellanos.bayview@fastmail.example⟧
Joined the registry ⟦D|April 2091⟧ at a ⟦O|Be The Match⟧ drive at ⟦O|Marquette University⟧ (swab kit ⟦DEV|BTM-K-2207184⟧).
CT results: HLA-A, -B, -C, -DRB1, -DQB1 10/10 match; CMV IgG negative; ABO O+.
Physical (Dr. ⟦N|Lucinda Aarsvold⟧): healthy; back pain hx — PBSC preferred over marrow. IDMs drawn ⟦D|3/14⟧.
Emergency contact: brother ⟦N|Joaquín Castellanos⟧ ⟦P|(262) 555-0147⟧. Employer ⟦O|Harley-Davidson⟧ (time off letter given).
Filgrastim days 1-5 at home by ⟦O|Optum Infusion⟧ nurse; collection at ⟦H|Froedtert Hospital⟧ apheresis ⟦D|4/8/2099⟧. Coordinator ⟦N|Nadia Przybylski⟧, ⟦P|414-555-0170⟧ ext. ⟦P|3⟧
`);

note("gestational-carrier-screening", `
Gestational Carrier Medical Screening — ⟦H|Shady Grove Fertility - Rockville⟧ · ⟦D|3/14/2099⟧
Carrier: ⟦N|Brianna Lytle-Okonjo⟧ · DOB ⟦D|07/23/2065⟧ (33) · G3P3003 (3 uncomplicated SVDs, last ⟦D|2096⟧) · chart ⟦M|SGF-771204⟧
Agency: ⟦O|Circle Surrogacy⟧ (case manager ⟦N|Dana Ferreira-Holt⟧); intended parents ⟦N|Julian Ashcroft⟧ and ⟦N|Teodor Ashcroft-Vale⟧ of ⟦C|London⟧, ⟦COUNTRY|UK⟧.
Legal: carrier agreement reviewed by her attorney ⟦N|Miriam Okafor⟧, ⟦O|Okafor Family Law LLC⟧; pre-birth order to be sought in ⟦O|Montgomery County Circuit Court⟧.
Exam: BMI 26, BP 112/70. HSG ⟦D|2/28⟧ normal cavity. Saline sonogram: no polyps.
Psych eval by ⟦N|Rebecca Yoon⟧, PhD: cleared; husband ⟦N|Curtis Lytle⟧ supportive; children 9, 6, 3.
Insurance: carrier's own ⟦O|CareFirst BlueCross BlueShield⟧ plan ⟦HP|CFX 8820 4471 02⟧ has surrogacy exclusion → backup policy through ⟦O|New Life Agency⟧.
Plan: mock cycle with estradiol valerate; single euploid embryo transfer (PGT-A). RE: ⟦N|Tomás Villareal⟧, MD · nurse ⟦N|Kendra Ames⟧, RN ⟦P|301-555-0139⟧
`);
note("well-water-methemoglobinemia", `
Environmental Health Case Investigation — Infant Methemoglobinemia (private well)
⟦O|Sioux County Environmental Health⟧ · investigator ⟦N|Garrett Van Otterloo⟧, REHS · ⟦D|Mar 14 2099⟧ · report ⟦I|SCEH-99-017⟧
Infant: ⟦N|De Jong, Wren Adeline⟧ · DOB ⟦D|1/2/2099⟧ · 10 weeks · admitted ⟦H|Orange City Area Health System⟧ ⟦D|3/11⟧, MetHb 22% → methylene blue; transferred to ⟦H|Sanford Children's⟧ (Dr. ⟦N|Rietveld⟧).
Household: ⟦S|4471 Garfield Ave⟧ (rural), ⟦C|Hospers Crossing⟧, ⟦STATE|IA⟧ ⟦Z|51238⟧. Parents ⟦N|Pieter De Jong⟧ (⟦PROF|hog confinement manager⟧ for ⟦O|Prairie Rose Pork⟧) and ⟦N|Anneke De Jong⟧ ⟦P|712-555-0158⟧.
Exposure: powdered formula mixed with unboiled? no — BOILED well water (boiling concentrates nitrate). Well drilled ⟦D|1978⟧, 38 ft, permit ⟦I|W-IA-84-22071⟧; ⟦O|State Hygienic Laboratory⟧ sample ⟦I|SHL 99-W-04418⟧: nitrate-N 41 mg/L (MCL 10).
Neighbouring wells sampled ⟦D|3/13⟧: ⟦N|Brouwer⟧ (⟦S|4520 Garfield Ave⟧) 18 mg/L; ⟦N|Hulstein⟧ 6 mg/L.
Actions: bottled water from ⟦O|Hy-Vee⟧ delivered; ⟦O|Iowa DNR⟧ field office ⟦C|Spencer⟧ notified (⟦N|Lindsay Hoogeveen⟧); grant for well reconstruction via Grants to Counties program.
`);

note("telepsychiatry-ed-boarding", `
Telepsychiatry Consultation — ED boarding patient
Consultant: ⟦N|Rafael Oyelowo-Barnes⟧, MD (via ⟦O|InSight TeleBehavioral⟧, video from ⟦C|Voorhees⟧, ⟦STATE|NJ⟧) · Originating site: ⟦H|Wayne Memorial Hospital⟧, ⟦C|Honesdale Falls⟧, ⟦STATE|PA⟧ · ⟦D|3/14/2099⟧ 14:05–14:50
Patient: ⟦N|Kowalski-Brandt, Emmett⟧ · 17 M · MRN ⟦M|WMH-00884127⟧ · boarding 39 h · telepresenter ⟦N|Lacey Dunmore⟧, RN
HPI: brought by mother ⟦N|Danielle Brandt⟧ (⟦P|570-555-0186⟧) after posting a goodbye message on ⟦O|Discord⟧ (handle ⟦UN|emm_ghostwolf17⟧); friend's parent called 911. School: ⟦O|Wallenpaupack Area High⟧, counsellor Mr. ⟦N|Greeley⟧.
MSE: flat, guarded; C-SSRS: active ideation with plan (hanging), no rehearsal. Columbia score high risk. PHQ-A 21.
Collateral: outpatient therapist ⟦N|Inez Hartwell⟧, LCSW (⟦O|Wayne County Behavioral Health⟧) — last seen ⟦D|2/28⟧.
Recommendation: 302 involuntary (petition by mother, reviewed with ⟦O|Wayne County⟧ MH/ID delegate ⟦N|Roger Pysher⟧); inpatient adolescent bed — ⟦H|Philhaven⟧ or ⟦H|First Hospital Wyoming Valley⟧; fluoxetine 10 mg start; 1:1 sitter; ligature-safe room.
Session IP logged ⟦IP|10.48.112.7⟧ (originating cart). ⟦N|ROB⟧
`);

note("low-vision-rehab", `
Low Vision Rehabilitation Evaluation — ⟦H|Lighthouse Low Vision Clinic of the Upstate⟧
⟦D|14 March 2099⟧ · referred by Dr. ⟦N|Anselm Lytvyn⟧ (retina, ⟦H|Spartanburg Eye Associates⟧)
Patient: ⟦N|Gaillard, Odessa Pearl⟧ · ⟦A|92⟧ y/o F · DOB ⟦D|Oct 31, 2006⟧ · chart ⟦M|LLV 20441⟧ · ⟦S|15 Blackstock Rd, Apt 210⟧ (⟦O|Magnolia Terrace⟧ senior apartments), ⟦C|Pacolet Mills⟧, ⟦STATE|SC⟧
Dx: neovascular AMD OU (on faricimab q8 wk), VA 20/400 OD, 20/200 OS; central scotoma OS. Goals: read mail and her Bible, sign checks, recognise faces at ⟦O|Mt. Zion AME⟧.
Trials: 4x Eschenbach illuminated stand magnifier — reads 1.0M; CCTV desktop (⟦O|Enhanced Vision⟧ Merlin) — reads 0.8M at 20 wpm; OrCam not tolerated.
Plan: order Merlin via ⟦O|SC Commission for the Blind⟧ (counsellor ⟦N|Tameka Hollis⟧, case ⟦I|SCCB-99-71820⟧); O&M referral; bump dots on stove; large-print checks from ⟦O|Palmetto Citizens FCU⟧.
Granddaughter ⟦N|Josette Gaillard-Moore⟧ ⟦P|864-555-0121⟧ attends. ⟦N|Beatriz Nakamura-Fell⟧, OD, FAAO
`);

note("disclosure-meeting", `
Communication and Resolution Program — Disclosure Meeting Note (attorney-client privileged draft)
⟦H|Baystate Franklin Medical Center⟧ · Risk Management · ⟦D|March 14, 2099⟧ 10:00 · event ⟦I|RL-99-00718⟧ (⟦O|RL Solutions⟧)
Patient: ⟦N|Moriarty, Declan⟧ · DOB ⟦D|4/4/2041⟧ · MRN ⟦M|BFMC 4401827⟧ · present with wife ⟦N|Siobhan Moriarty⟧ and son ⟦N|Eamon⟧.
Event: retained guidewire after R IJ CVC ⟦D|2/27/99⟧ (ICU, placed by Dr. ⟦N|Petrosyan⟧), found on CXR ⟦D|3/2⟧, removed by IR (Dr. ⟦N|Abiodun Claflin⟧) ⟦D|3/3⟧ without complication.
Present for hospital: CMO Dr. ⟦N|Harriet Wolcott⟧, risk manager ⟦N|Cornelius Byrne⟧, JD, patient relations ⟦N|Thuy Le⟧; insurer ⟦O|Coverys⟧ notified (claim ⟦I|CVR-99-220418⟧).
Said: apology; what happened (guidewire not confirmed at removal; count sheet not used); changes (wire count on the central-line checklist, Seldinger kit audit).
Family questions: bills — all charges for ⟦D|3/2⟧-⟦D|3/4⟧ waived (⟦O|Baystate⟧ patient accounts ⟦I|PA 7720441⟧); wants a letter to his PCP Dr. ⟦N|Faye Kimura⟧ in ⟦C|Greenfield⟧.
Next: written summary by ⟦D|3/21⟧. ⟦N|CB⟧
`);

note("heat-illness-athletic-trainer", `
Athletic Training Injury Report — Exertional Heat Stroke
⟦O|Lowndes High School⟧ Athletics · ⟦C|Valdosta⟧, ⟦STATE|GA⟧ · ⟦D|08/04/2098⟧ · ATC ⟦N|Quentin Arceneaux⟧, LAT, ATC (GA license ⟦I|AT-002207⟧)
Athlete: ⟦N|Deonte Mabry-Ruffin⟧ · 16 · DOB ⟦D|2/19/2082⟧ · OL #71 · student ID ⟦I|LHS 882044⟧ · parent ⟦N|Tanisha Mabry⟧ ⟦P|229-555-0145⟧
WBGT 31.2 °C (black flag per ⟦O|GHSA⟧ policy at 1600? — reading at 1545 was 30.6, red). Day 3 of acclimatization, helmets only.
16:20 collapsed after conditioning sprints; confused, combative. Rectal temp 41.7 °C at 16:23. Cold-water immersion (stock tank) started 16:24; out at 39.0 °C 16:41 (17 min). Coach ⟦N|Bo Whitley⟧ called 911 16:22.
⟦O|South Georgia Medical Center EMS⟧ Medic 4 (⟦N|Carla Dees⟧, paramedic) to ⟦H|South Georgia Medical Center⟧ ED; CK 4,100 peak; no AKI. Discharged ⟦D|8/6⟧.
Return to play per ⟦O|Korey Stringer Institute⟧ protocol — cleared by team physician Dr. ⟦N|Ignatius Palmer⟧ ⟦D|8/27⟧.
Witness statements: teammates ⟦N|Caleb Vining⟧, ⟦N|Jamal Oates⟧. AD ⟦N|Wesley Pitts⟧ informed 16:30.
`);

note("pact-act-toxic-exposure", `
Toxic Exposure Screening (PACT Act) and Airborne Hazards follow-up — ⟦H|Hampton VA Medical Center⟧ · ⟦D|3/14/2099⟧
Veteran: ⟦N|Okonkwo-Freeman, Darnell J⟧ · last 4 ⟦SSN|4471⟧ · DOB ⟦D|9/11/1980⟧ · ICN ⟦I|1044718207V882041⟧ · ⟦O|USAF⟧ ⟦D|1998⟧-⟦D|2019⟧ (⟦PROF|fuels specialist⟧)
Deployments: ⟦LO|Balad AB⟧ ⟦COUNTRY|Iraq⟧ (burn pit, ⟦D|2005⟧-⟦D|2006⟧); ⟦LO|Al Udeid⟧ ⟦COUNTRY|Qatar⟧ ⟦D|2011⟧; ⟦LO|Bagram⟧ ⟦COUNTRY|Afghanistan⟧ ⟦D|2014⟧.
Screen: positive for burn pits/airborne hazards; registry entry ⟦I|AHOBPR-2099-004471⟧ completed ⟦D|2/2/99⟧.
Symptoms: exertional dyspnea, chronic rhinosinusitis. PFT: FEV1/FVC 0.66, post-BD FEV1 71%. DLCO 68%. HRCT mosaic attenuation → constrictive bronchiolitis? Refer ⟦H|Richmond VAMC⟧ Airborne Hazards and Burn Pits Center of Excellence (Dr. ⟦N|Mehmet Ozcan-Reilly⟧).
Presumptive conditions discussed (asthma dx after deployment); claim assistance via ⟦O|DAV⟧ service officer ⟦N|Rhonda Pettaway⟧ ⟦P|757-555-0169⟧.
Address confirmed: ⟦S|31 Tidewater Cir⟧, ⟦C|Poquoson Point⟧, ⟦STATE|VA⟧ ⟦Z|23662⟧. PACT team RN ⟦N|Lorna Efird⟧ · PCP ⟦N|Isaac Abramowitz⟧, DO
`);

note("nursery-census", `
Well Newborn Nursery — Shift Census and Handoff · ⟦H|Hoag Hospital Irvine⟧ · ⟦D|03/14/2099⟧ 19:00 · charge RN ⟦N|Marisela Quintanar⟧
Bassinet · Infant · Mother (room) · born · feeding · issues
N1 · Baby Boy ⟦N|Tran⟧ · ⟦N|Ngoc Anh Tran⟧ (314) · ⟦D|3/13⟧ 02:18 · breast · TcB 11.2 at 40 h, recheck 06:00
N2 · Baby Girl ⟦N|Abernathy⟧ "⟦N|Clementine⟧" · ⟦N|Sarah Abernathy⟧ (318) · ⟦D|3/13⟧ 14:40 · formula (Similac) · hep B given; circ n/a
N3 · Baby Boy ⟦N|Haddad⟧ A (twin) · ⟦N|Rania Haddad⟧ (322) · ⟦D|3/14⟧ 08:05 · combo · 2.31 kg, glucose protocol, POC 48→61
N4 · Baby Boy ⟦N|Haddad⟧ B (twin) · same · ⟦D|3/14⟧ 08:09 · combo · 2.47 kg, glucose ok
N5 · Baby Girl ⟦N|Villalobos-Stein⟧ · ⟦N|Paloma Villalobos⟧ (326) · ⟦D|3/12⟧ 21:33 · breast · d/c in AM; hearing screen ref L → ⟦O|CHOC⟧ audiology ⟦D|3/20⟧
Security: Hugs tags N1–N5 active (N3 tag ⟦DEV|HG-44718⟧ replaced 16:10). Peds: Dr. ⟦N|Esther Lindqvist-Obi⟧ rounds 07:30. Lactation ⟦N|Yuki Hamada⟧ IBCLC.
`);

note("scoliosis-screening-letter", `
⟦O|Bismarck Public Schools⟧ — School Health Services
⟦S|806 N Washington St⟧ · ⟦C|Bismarck⟧, ⟦STATE|ND⟧ ⟦Z|58501⟧ · ⟦P|701-555-0109⟧

⟦D|March 14, 2099⟧

Parent/Guardian of ⟦N|Brynlee Schatz⟧ (grade 7, ⟦O|Horizon Middle School⟧, DOB ⟦D|4/6/2086⟧)

Dear Mr. and Mrs. ⟦N|Schatz⟧:
During the spinal screening on ⟦D|March 9⟧, ⟦N|Brynlee⟧ showed an asymmetry on the Adams forward bend test; the scoliometer reading was 8°. This is not a diagnosis. We recommend an exam by her doctor, who may order a standing X-ray (Cobb angle).
Her record lists Dr. ⟦N|Halvard Ness⟧ at ⟦H|Sanford North Bismarck Clinic⟧. Please return the bottom of this form by ⟦D|April 10⟧.
Questions: school nurse ⟦N|Carly Wetzstein⟧, RN, ⟦P|701-555-0110⟧ or ⟦E|carly.wetzstein@bps-k12.example⟧.
Sincerely, ⟦N|Carly Wetzstein⟧, RN, NCSN
`);
note("dental-sealant-roster", `
School-Based Dental Sealant Program — Clinic Day Roster
⟦O|Smiles Across Nebraska⟧ mobile unit at ⟦O|Lexington Middle School⟧, ⟦C|Lexington⟧, ⟦STATE|NE⟧ · ⟦D|3/14/2099⟧ · RDH-PHA ⟦N|Kirsten Vollmer⟧ · supervising DDS ⟦N|Arturo Benavides⟧
Student | DOB | Consent | Screen | Sealants | Referral
⟦N|Ortiz Chavarría, Yareli⟧ | ⟦D|05/11/2087⟧ | ✓ (mother ⟦N|Reina Chavarría⟧) | caries #30 | 3, 14, 19 | urgent → ⟦H|Plum Creek Dental Clinic⟧
⟦N|Nguyen, Bao⟧ | ⟦D|12/03/2086⟧ | ✓ | sound | 2, 15, 18, 31 | none
⟦N|Hassan, Abdirahman⟧ | ⟦D|08/27/2087⟧ | ✓ (interpreter ⟦N|Fadumo Warsame⟧, Somali) | sound | 3, 14 | none
⟦N|Fischer, Landry⟧ | ⟦D|2/2/2087⟧ | refused by father | — | — | —
⟦N|Mendoza, Itzel⟧ | ⟦D|10/30/2086⟧ | ✓ | abscess #19 | none | emergency → ⟦O|Dr. Gutiérrez Family Dentistry⟧, call ⟦P|308-555-0174⟧
Medicaid IDs on consent forms (⟦O|Nebraska Total Care⟧ ⟦HP|NTC 7741882⟧, ⟦O|Molina⟧ ⟦HP|MOL-NE-0448120⟧); billing by ⟦N|Jody Kranz⟧. Fluoride varnish all consented.
Next visit: ⟦O|Pershing Elementary⟧ ⟦D|3/17⟧.
`);

note("trial-screening-log", `
Clinical Trial Screening Log — protocol ⟦I|ONC-HEL-2207⟧ (phase 2, KRAS G12C NSCLC) · site 014 ⟦H|Huntsman Cancer Institute⟧ · PI Dr. ⟦N|Wilhelm Tandberg⟧
Log period ⟦D|01 Mar 2099⟧ – ⟦D|14 Mar 2099⟧ · compiled by CRC ⟦N|Saoirse McAllister-Fenn⟧ · sponsor CRA ⟦N|Lars Eriksen⟧ (⟦O|IQVIA⟧)
Screen # | initials | age | MRN | outcome
⟦I|014-001⟧ | ⟦N|R.T.H.⟧ | 67 | ⟦M|HCI88204⟧ | enrolled ⟦D|3/3⟧; C1D1 ⟦D|3/10⟧
⟦I|014-002⟧ | ⟦N|M.L.⟧ | 58 | ⟦M|HCI88561⟧ | screen fail — brain mets untreated (MRI ⟦D|3/4⟧)
⟦I|014-003⟧ | ⟦N|A.O.⟧ | ⟦A|91⟧ | ⟦M|HCI89012⟧ | declined (travel from ⟦C|St. George⟧); referred to Dr. ⟦N|Petrakis⟧ at ⟦H|Intermountain St. George⟧
⟦I|014-004⟧ | ⟦N|J.B.-W.⟧ | 72 | ⟦M|HCI89150⟧ | pending — ECOG 1, eGFR 48 (cutoff 50), repeat BMP ⟦D|3/16⟧
Note: pt ⟦I|014-002⟧ asked for the coordinator's number for his daughter ⟦N|Kaitlyn⟧: ⟦P|801-555-0190⟧ given. IRB ⟦O|WCG⟧ # ⟦I|20984471⟧.
`);

note("polar-station-telemed", `
Telemedicine Consult — remote research station
⟦O|Antarctic Support Contract⟧ medical, ⟦LO|McMurdo Station⟧ · consult to ⟦H|UTMB⟧ Center for Polar Medical Operations · ⟦D|14 Mar 2099⟧ 0300Z
Patient: ⟦N|Halloran, Fiona⟧ · 34 F · ⟦PROF|field technician⟧ (contractor ⟦O|Leidos⟧) · PQ ID ⟦I|PQ-99-04471⟧ · DOB ⟦D|06/17/2064⟧
HPI: RLQ pain x 14 h, anorexia, T 38.2. WBC 14.1 (i-STAT). Bedside US (Butterfly iQ, SN ⟦DEV|BFY-220418⟧): non-compressible appendix 9 mm.
Consultant: Dr. ⟦N|Nathaniel Okoro-Sweeney⟧, general surgery, ⟦C|Galveston⟧. Station physician ⟦N|Bridget Lindholm⟧, MD; PA ⟦N|Teo Marangoni⟧.
Plan: IV ertapenem (non-operative management); winter — no flights until ⟦D|August⟧ unless Medevac; ⟦O|NSF⟧ notified; ⟦O|Kenn Borek Air⟧ on standby from ⟦LO|Rothera⟧.
Family: husband ⟦N|Colm Halloran⟧ in ⟦C|Christchurch⟧, ⟦COUNTRY|New Zealand⟧, ⟦P|+64 3 555 0142⟧ — patient declined contact for now.
Images sent via ⟦U|https://telemed.polarops.example/case/99-0418⟧. Next call 0900Z.
`);

note("naloxone-leave-behind", `
EMS Patient Care Report — Opioid Overdose, Refused Transport, Leave-Behind Naloxone
⟦O|Cabell County EMS⟧ · Medic 11 · ⟦D|3/14/2099⟧ · incident ⟦I|CCEMS-99-031488⟧ · crew ⟦N|Jaxon Pauley⟧, paramedic; ⟦N|Harmony Ferrell⟧, EMT
Scene: ⟦S|2331 Seventh Ave, Apt 2⟧, ⟦C|Huntington⟧, ⟦STATE|WV⟧ ⟦Z|25703⟧. Called by roommate ⟦N|Cassidy Lambert⟧ ⟦P|304-555-0107⟧.
Pt: ⟦N|Adkins, Tyler Wayne⟧ · DOB ⟦D|01/08/1996⟧ · found apneic, pinpoint pupils; bystander gave nasal naloxone 4 mg x1 (from ⟦O|Solutions Oriented Addiction Response⟧ kit); we gave 0.5 mg IV → RR 14, GCS 15.
Refusal: A&Ox4, capacity documented, risks explained incl. renarcotization; signed refusal; witness ⟦N|Cassidy Lambert⟧. Police ⟦O|HPD⟧ officer ⟦N|Brent Saunders⟧ #⟦I|218⟧ on scene.
Leave-behind: 2 naloxone kits (lot ⟦DEV|N4M-2207⟧), fentanyl test strips, QRT referral — ⟦O|Huntington QRT⟧ (counselor ⟦N|Anita Burdette⟧) visit within 72 h.
PCR by ⟦N|J. Pauley⟧, NREMT-P ⟦I|P2204418⟧.
`);
note("cholinesterase-monitoring", `
Cholinesterase Medical Monitoring — Pesticide Handler · ⟦H|Confluence Health Occupational Medicine⟧, ⟦C|Wenatchee⟧, ⟦STATE|WA⟧ · ⟦D|3/14/2099⟧
Handler: ⟦N|Zúñiga Ledesma, Efraín⟧ · DOB ⟦D|2/29/2060⟧ · employer ⟦O|Stemilt Ridge Orchards⟧ (crew leader ⟦N|Aurelio Paz⟧) · L&I program ID ⟦I|CHE-99-04471⟧
Baseline (⟦D|12/02/2098⟧, off-season): RBC AChE 31.2 U/g Hb; plasma BChE 3.9 U/mL.
Periodic ⟦D|3/12/99⟧ after 50 h/30 days handling chlorpyrifos (dormant spray, ⟦O|WSDA⟧ permit): RBC AChE 23.0 (↓26%), BChE 3.1 (↓21%).
Action: RBC depression >20% → workplace evaluation by ⟦O|L&I⟧ DOSH consultant ⟦N|Rosa Icaza⟧; PPE review (respirator fit test ⟦D|1/2099⟧, 3M 6000 with OV/P100). No symptoms (no miosis, salivation, GI).
Re-test ⟦D|3/19⟧. Interpreter (Spanish) ⟦N|Gustavo Arredondo⟧. Home: ⟦S|1820 Orondo Ave, Trailer 7⟧, ⟦C|Cashmere Flats⟧ ⟦Z|98815⟧ · ⟦P|509-555-0181⟧
Lab: ⟦O|PAML⟧ accession ⟦I|PM99-0312-4471⟧. Reviewed ⟦N|Ilona Szabo⟧, MD, MPH (program medical director).
`);

note("wilderness-therapy-log", `
Field Medical Log — ⟦O|High Desert Pathways⟧ wilderness therapy program, group "Kestrel"
Field location: ⟦LO|Escalante Desert⟧ BLM parcel near ⟦C|Enterprise Wash⟧, ⟦STATE|UT⟧ · ⟦D|3/14/2099⟧ · field staff ⟦N|Dallin Roundy⟧ (WFR) · medical on-call ⟦N|Harper Quist⟧, PA-C ⟦P|435-555-0163⟧
Student: ⟦N|Whitcombe, Sebastian⟧ · 16 · DOB ⟦D|11/15/2082⟧ · student # ⟦I|HDP-0447⟧ · home ⟦C|Scarsdale⟧, ⟦STATE|NY⟧
07:30 c/o L great toe pain/redness x 2 d; paronychia with pus. Vitals WNL. 08:15 consulted PA ⟦N|Quist⟧ by sat phone: warm soaks TID, cephalexin 500 QID from field kit (lot ⟦DEV|CX-88120⟧), photo to ⟦E|medical@hdpathways.example⟧.
12:00 meds given, tolerated. Refused to hike — therapist Dr. ⟦N|Maren Solvang⟧, PsyD, session by radio.
Parents ⟦N|Clifford⟧ and ⟦N|Annabel Whitcombe⟧ notified by therapist ⟦D|3/15⟧; educational consultant ⟦N|Pam Voss⟧ cc'd.
Evacuation criteria reviewed: fever, streaking → drive to ⟦H|Intermountain Cedar City Hospital⟧ (1 h 40 min). Resupply ⟦DAY|Tues⟧ ⟦D|3/17⟧.
`);

note("aac-device-eval", `
Augmentative and Alternative Communication (AAC) Evaluation — Speech-Language Pathology
⟦H|Children's Mercy Kansas City⟧ · ⟦D|March 14, 2099⟧ · SLP ⟦N|Gabrielle Oduya-Schmitt⟧, CCC-SLP, ATP · OT ⟦N|Rory Blanchard⟧, OTR/L
Client: ⟦N|Abernathy-Koch, Milo⟧ · 7 y · DOB ⟦D|1/13/2092⟧ · MRN ⟦M|CMKC 02244718⟧ · dx: cerebral palsy (GMFCS IV), anarthria
Parents ⟦N|Devon Koch⟧ and ⟦N|Rachel Abernathy⟧ (⟦P|816-555-0135⟧); school ⟦O|Blue Valley USD 229⟧ (teacher Ms. ⟦N|Patience Ogle⟧, para ⟦N|Lupe Trejo⟧).
Trials: Tobii Dynavox I-13 with eye gaze (TD Snap, Core First 6x6) — 82% accuracy selecting 2-symbol messages; PRC Accent 1000 with head switch — slower (scanning).
Recommendation: Tobii Dynavox I-13, eye-gaze camera, Rehadapt wheelchair mount (⟦O|Permobil⟧ M3 chair SN ⟦DEV|PMB-M3-2207184⟧).
Funding: Missouri HealthNet ID ⟦HP|MHN 10447182⟧ prior auth via vendor rep ⟦N|Cory Lindahl⟧; ⟦O|MO AT⟧ loan device ⟦DEV|MOAT-LN-0418⟧ in the interim.
Follow-up ⟦D|4/11/2099⟧ (device training). ⟦N|GOS⟧/⟦N|rb⟧
`);

note("hospice-bereavement-call", `
Bereavement Follow-up — 13-month Plan, call log
⟦O|Hospice of the Chesapeake⟧ · bereavement coordinator ⟦N|Leontyne Okafor⟧, MDiv · ⟦D|3/14/2099⟧
Deceased: ⟦N|Calloway, Winifred⟧ · died ⟦D|12/22/2098⟧ at home, ⟦S|17 Mill Pond Ln⟧, ⟦C|Edgewater Neck⟧, ⟦STATE|MD⟧ ⟦Z|21037⟧ · age ⟦A|97⟧ · hospice # ⟦I|HOC-98-4471⟧
Bereaved: daughter ⟦N|Josephine Calloway-Hurd⟧ (primary caregiver) ⟦P|410-555-0140⟧; grandson ⟦N|Marcus Hurd⟧; friend ⟦N|Dorothea Finch⟧ (⟦A|90⟧) from ⟦O|Asbury Broadneck UMC⟧.
Call 3 (3 months): ⟦N|Josephine⟧ reports poor sleep, guilt about the night of ⟦D|12/21⟧ (she fell asleep); back at work at ⟦O|Anne Arundel County Public Schools⟧. Risk screen (BRAT): moderate.
Offered: "Coping with the Holidays" recording; Grief Support Group ⟦DAY|Wednesdays⟧ at ⟦O|Chesapeake Life Center⟧; individual counselling with ⟦N|Evan Marchetti⟧, LCPC — accepted, first session ⟦D|3/18⟧.
⟦N|Dorothea Finch⟧ asked for a mailing of the memorial service flyer (⟦D|May 10⟧, ⟦LO|Quiet Waters Park⟧) to ⟦S|PO Box 882⟧, ⟦C|Annapolis⟧ ⟦Z|21404⟧.
Next call ⟦D|6/2099⟧. ⟦N|LO⟧
`);
write();
