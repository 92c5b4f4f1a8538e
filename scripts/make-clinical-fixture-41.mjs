// Why this file exists: builds test/fixtures/clinical-notes-41.jsonl, a forty-first labelled set of clinical texts
// written by hand in stop 50 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these texts (fixtures 39 and 40's generators, fixture 40's test file, fixture-io.mjs, stop 49's
// fx49 and fy49 sections of docs/names-rounds.md and the opening comments of the other generators were read for the
// form, the labels and the registers already held), in the register of POST-ACUTE AND LONG-TERM CARE, which no earlier
// fixture holds as a whole: skilled nursing facility and nursing-home notes (MDS assessments, care-plan meetings, fall
// incident reports, wound rounds, transfers to the ED, an outbreak line list, a death pronouncement, family calls),
// hospice (admission, IDT, recertification face-to-face, chaplain visits, on-call logs, bereavement letters and contact
// logs with family names), home health (OASIS start of care, skilled nursing and therapy visits with addresses, gate
// and key-box codes, aide schedules), assisted living and memory care (move-in assessments, a med-tech log, an
// elopement report), dialysis unit run sheets and monthly notes, inpatient rehabilitation (IRF-PAI, team conference)
// and LTACH (admission, ventilator weaning), adult day care and PACE, DME and oxygen vendor orders and delivery
// tickets, guardianship court reports and POA activation, ombudsman complaints and APS referrals and findings, a
// Medicaid long-term-care eligibility note, a state veterans' home. 16 in ALL CAPS, 8 in lower case (texts, logs), the
// rest mixed.
// Regions (towns invented or real, states real): Scranton, Wilkes-Barre, Dunmore and Clarks Summit, Altoona and
// Hollidaysburg, Dubuque and Decorah, Sheboygan and Plymouth, Wausau, Saginaw and Bay City, Traverse City, Lafayette,
// Opelousas and Breaux Bridge, Houma, Asheville, Hendersonville and Weaverville, Chattanooga, Fresno and Visalia,
// Yakima and Toppenish, Pueblo, Las Cruces, McAllen and Edinburg, Fall River and New Bedford, Pawtucket, Bangor,
// Rochester and Greece, Toledo, Youngstown, Evansville, Peoria, Rapid City, Lincoln, Tupelo, Mobile, Macon, Little
// Rock, Springfield (Missouri), Honolulu and Kāneʻohe, Gallup, St. Paul.
// PHI forms sought: residents' and patients' names of many origins (Polish, Slovak, Irish, Italian, Cajun French,
// Portuguese-Azorean, Filipino, Vietnamese, Hmong, Chinese, Korean, Japanese, Mexican, Puerto Rican, Lebanese,
// Armenian, Greek, Somali, Nigerian, Haitian, Navajo, Lakota, Ojibwe, Samoan, Norwegian, German, Yiddish), with
// particles ("de la Cruz", "Van Dyke"), hyphens, apostrophes, nicknames in quotes, maiden names in parentheses,
// "Sr."/"Jr."/"III"; relatives, POAs, guardians, ombudsmen, APS workers, aides, med techs, chaplains and bereavement
// contacts; ages over 89 ("94 YOF", "age 101", "(93)", "96 y/o", "a 99-year-old", "AGE: 92"); facility names (nursing
// homes, assisted living, memory care, LTACHs, IRFs, hospice houses), vendors (DME, oxygen, pharmacy, transport),
// agencies, courts, funeral homes, churches; towns, streets, unit and lot numbers inside the address; phones, faxes,
// extensions; MRNs, resident numbers; Medicare MBIs, Medicaid and plan numbers; MDS, OASIS, case, court file,
// complaint, intake, order, delivery-ticket, CMN and claim numbers; device serials (concentrators, a dialysis machine,
// a ventilator, a pump, a wander-guard bracelet); dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14",
// "March 14, 2099", "Mar 14", "3/14", "14 March", month and year, a bare year.
// Hard negatives: drugs (Eliquis, Seroquel, haloperidol, morphine concentrate, lorazepam, donepezil, Namenda,
// furosemide, Santyl, heparin, Epogen, Venofer, Ensure, Coumadin), dressings and devices (Mepilex Border, Aquacel,
// Hoyer lift, Broda chair, Fresenius 2008T, Optiflux F180NR, BiPAP, wound vac, Trach Shiley 6), scales and scores
// (BIMS, PHQ-9, Braden, Morse, FAST 7c, PPS 30%, CAM, SLUMS, Section GG, FIM, Katz, Kt/V, URR), programmes (Medicare
// Part A, Medicaid waiver, PACE, VA Aid and Attendance, SSI), rooms, halls, wings and beds, gate, door and key-box
// codes, clock times and relative dates.
// Labelling follows fixtures 29-40 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians', aides' and witnesses' initials are PHI; titles, degrees, credentials and cue words
// stay outside the name; "the" stays outside a facility; rooms, beds, halls, wings, units ("ROOM 214-B", "WEST
// WING", "CHAIR 7") and gate, door and key-box codes are left unlabelled (an apartment or lot written inside the street
// address stays in the street span); nursing homes, skilled nursing, assisted-living and memory-care facilities,
// LTACHs, inpatient rehabilitation hospitals, hospice houses, state veterans' homes, hospitals and clinics with a place
// name, and dialysis units named without a company are HOSPITAL; a dialysis unit under a company's name, companies, DME
// and oxygen vendors, pharmacies, home-health and hospice agencies, adult day centres, PACE organisations, transport
// services, insurers and plans, courts, APS and ombudsman programmes, area agencies on aging, funeral homes, churches,
// banks, law firms and employers are ORGANIZATION; counties and neighbourhoods are LOCATION-OTHER; MRNs, charts and
// resident numbers are MRN; Medicare MBIs, Medicaid, member and plan numbers HEALTHPLAN; MDS, OASIS, case, court file,
// complaint, intake, order, ticket, CMN, claim, licence and account numbers ID; serials of devices DEVICE; extensions
// and pagers PHONE.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large companies and agencies are real, named as places); nothing is copied from any corpus. Inline marks ⟦CODE|text⟧
// as in fixtures 3-40 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-41.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-41.jsonl", "make-clinical-fixture-41");

// ======================================================== ALL CAPS (16) ========================================================

note("mds-quarterly-caps", `
MDS 3.0 QUARTERLY ASSESSMENT - ⟦H|ST. STANISLAUS NURSING AND REHABILITATION CENTER⟧, ⟦S|410 N WASHINGTON AVE⟧, ⟦C|SCRANTON⟧ ⟦STATE|PA⟧ ⟦Z|18509⟧
RESIDENT: ⟦N|WISNIEWSKI, HELENA JADWIGA⟧   RESIDENT # ⟦M|SSN-R-044712⟧   ROOM 214-B   DOB ⟦D|02/09/2004⟧   AGE ⟦A|95⟧
MEDICARE MBI ⟦HP|3QT7-WN4-KA82⟧   MEDICAID ⟦HP|PA1004471829⟧   ARD ⟦D|03/14/2099⟧   ASSESSMENT ID ⟦I|MDS-99-031477⟧
SECTION C: BIMS 9/15. SECTION D: PHQ-9 OV 6. SECTION GG: SELF-CARE 14, MOBILITY 22. SECTION M: ONE STAGE 2, SACRUM.
SECTION J: FALL SINCE PRIOR ASSESSMENT ⟦D|02/27/2099⟧, NO INJURY. MORSE 65. BRADEN 14.
INTERVIEWS BY ⟦N|KATARZYNA "KASIA" NOWAK⟧, MDS COORDINATOR, RN; SECTION D STAFF ASSESSMENT BY CNA ⟦N|DESHONDA PRICE⟧.
RESPONSIBLE PARTY: DAUGHTER ⟦N|IRENE KOWALCZYK⟧ (POA), ⟦S|22 OAK ST⟧, ⟦C|DUNMORE⟧ ⟦Z|18512⟧, ⟦P|570-555-0142⟧.
ATTENDING ⟦N|BOGDAN ZIELINSKI⟧, MD. SIGNED ⟦N|K. NOWAK⟧ ⟦D|3/15/99⟧. SUBMITTED TO iQIES BATCH ⟦I|440718⟧ ON ⟦D|14-MAR-2099⟧.
`);

note("snf-fall-incident-caps", `
INCIDENT REPORT - UNWITNESSED FALL    FACILITY: ⟦H|MAPLE HILL CARE CENTER⟧, ⟦C|DUBUQUE⟧ ⟦STATE|IA⟧    INCIDENT # ⟦I|MHCC-99-0311⟧
DATE/TIME: ⟦D|03/14/2099⟧ 0340    LOCATION: ROOM 118, EAST HALL, BETWEEN BED AND BATHROOM
RESIDENT: ⟦N|REINHOLD "REINY" SCHUELLER⟧, ⟦A|97⟧ YOM, DX ALZHEIMER'S, HX HIP FX ⟦D|2096⟧. ON ELIQUIS 2.5 MG BID.
FOUND BY CNA ⟦N|MARISOL ECHEVARRIA⟧ ON FLOOR, LEFT SIDE, BED ALARM SOUNDING. NURSE ⟦N|TRAVIS OLDENBURG⟧, LPN ASSESSED:
NO SHORTENING OR ROTATION, 2 CM SKIN TEAR L FOREARM, NEURO CHECKS STARTED. NO HEAD STRIKE PER RESIDENT (UNRELIABLE).
NOTIFIED: DR. ⟦N|VIJAYALAKSHMI IYER⟧ 0410 (ORDERS: XR L HIP PORTABLE VIA ⟦O|TRIMEDX MOBILE IMAGING⟧); DAUGHTER-IN-LAW
⟦N|CHERYL SCHUELLER⟧ ⟦P|563-555-0190⟧ 0715, LEFT MESSAGE; DON ⟦N|ANNEMARIE KLOSTERMANN⟧ 0700.
ROOT CAUSE: TOILETING NEED AT NIGHT. INTERVENTION: TOILETING ROUND 0300, LOW BED, FLOOR MAT. STATE REPORT TO ⟦O|IOWA DIA⟧ NOT REQUIRED (NO INJURY).
COMPLETED BY ⟦N|T. OLDENBURG⟧ ⟦D|3/14/99⟧; REVIEWED BY ⟦N|AK⟧ ⟦D|3/16/99⟧. CHART ⟦M|MH-220471⟧.
`);

note("wound-rounds-caps", `
WEEKLY WOUND ROUNDS - ⟦H|BAYOU TECHE NURSING HOME⟧, ⟦C|BREAUX BRIDGE⟧ ⟦STATE|LA⟧     ⟦D|MARCH 14, 2099⟧
WOUND NURSE ⟦N|ROCHELLE THIBODEAUX⟧, RN, WCC; WOUND MD ⟦N|ANH-THU PHAM⟧, DO (⟦O|VOHRA WOUND PHYSICIANS⟧).
1. ⟦N|BOUDREAUX, OTIS JOSEPH⟧ (RM 22, ⟦M|BT-10447⟧), ⟦A|91⟧: SACRUM STAGE 4, 6.2 X 4.0 X 2.1 CM, WOUND VAC 125 MMHG (⟦O|KCI⟧ SN ⟦DEV|VAC44718AZ⟧).
   DAUGHTER ⟦N|NOELIE BOUDREAUX-GUIDRY⟧ UPDATED BY PHONE ⟦P|337-555-0176⟧. SANTYL TO ISLAND DEBRIDED.
2. ⟦N|LANDRY, EUGENIA "GENIE"⟧ (RM 9), ⟦A|100⟧: R HEEL DTI, FLOAT HEELS, PREVALON BOOTS. DIETITIAN ⟦N|MEAGAN FONTENOT⟧ ADDED ENSURE BID.
3. ⟦N|ARCENEAUX, CLAUDE⟧ (RM 31): L LATERAL MALLEOLUS ARTERIAL ULCER; ABI 0.48 FROM ⟦H|LAFAYETTE GENERAL MEDICAL CENTER⟧ ⟦D|2/20/99⟧.
   REFER TO VASCULAR DR. ⟦N|PIERRE-ANTOINE MOUTON⟧ (⟦O|ACADIANA VASCULAR ASSOCIATES⟧, FAX ⟦F|337-555-0179⟧).
4. ⟦N|DUHON, RITA MAE⟧ (RM 40): MASD, MEPILEX BORDER. BRADEN 11. SUPPLIES FROM ⟦O|MEDLINE⟧ ORDER ⟦I|ML-7730441⟧.
NEXT ROUNDS ⟦D|03/21/2099⟧. DON ⟦N|GISELE CHAMPAGNE⟧ NOTIFIED. -⟦N|RT⟧
`);

note("dialysis-run-sheet-caps", `
HEMODIALYSIS TREATMENT RECORD   ⟦O|FRESENIUS KIDNEY CARE SAGINAW EAST⟧   ⟦S|4101 E GENESEE AVE⟧, ⟦C|SAGINAW⟧ ⟦STATE|MI⟧
PT: ⟦N|ALVAREZ-BENNETT, LUCINDA⟧   MRN ⟦M|FKC0044718⟧   DOB ⟦D|11/30/1961⟧   ⟦D|03/14/2099⟧   CHAIR 7   MWF 2ND SHIFT
MACHINE: FRESENIUS 2008T SN ⟦DEV|2008T-4471883⟧   DIALYZER OPTIFLUX F180NR   ACCESS: L BRACHIOCEPHALIC AVF
EDW 71.5 KG  PRE 74.3  POST 71.8  UF GOAL 2.8 L  QB 400  QD 600  TIME 3:45  K 2 CA 2.5
MEDS: EPOGEN 4000 U IV, VENOFER 100 MG IV, HEPARIN 1000 U BOLUS. LOT NOS ON MAR.
0950 BP 88/50, CRAMPING - UF OFF, NS 200 ML, RESOLVED. NOTIFIED NEPHROLOGIST DR. ⟦N|OLUWASEUN ADEYEMI-COLE⟧.
PT TECH ⟦N|JAMAL WORTHY⟧, CCHT; CHARGE RN ⟦N|BRIGID O'HALLORAN⟧, RN. TRANSPORT HOME BY ⟦O|STAR OF SAGINAW MEDICAL TRANSPORT⟧ ⟦P|989-555-0112⟧.
SISTER ⟦N|DOLORES BENNETT⟧ ASKED ABOUT TRANSPLANT REFERRAL TO ⟦H|UNIVERSITY OF MICHIGAN HEALTH⟧. SW ⟦N|ESTEBAN ROJO⟧ TO CALL.
MEDICARE ⟦HP|7HN2-EJ3-PW19⟧ + ⟦O|MERIDIAN COMPLETE⟧ ⟦HP|MER44712088⟧. RECORD CLOSED BY ⟦N|BO⟧ 1255.
`);

note("hospice-admission-caps", `
⟦O|HOSPICE OF THE ALLEGHENIES⟧ - ADMISSION NURSING ASSESSMENT   ⟦D|2099-03-14⟧   PT # ⟦M|HOA-20994417⟧
PATIENT: ⟦N|STEPHANIE "STEFKA" HRIVNAK⟧   ⟦A|93⟧ YOF   DOB ⟦D|07/22/2005⟧   TERMINAL DX: END-STAGE HEART FAILURE
LOCATION OF CARE: ⟦H|GARVEY MANOR⟧, ⟦S|128 MANOR DR⟧, ⟦C|HOLLIDAYSBURG⟧ ⟦STATE|PA⟧ ⟦Z|16648⟧, ROOM 12 (LTC BED)
REFERRED BY DR. ⟦N|MATTHEW GUTSHALL⟧ AFTER ADMISSION TO ⟦H|UPMC ALTOONA⟧ ⟦D|3/2-3/9⟧. ATTENDING OF RECORD: DR. ⟦N|GUTSHALL⟧.
HOSPICE MEDICAL DIRECTOR ⟦N|ARJUN MALHOTRA⟧, MD CERTIFIES 6-MONTH PROGNOSIS. PPS 30%. NYHA IV.
PRIMARY CONTACT: NEPHEW ⟦N|GREGORY HRIVNAK JR.⟧ (POA) ⟦P|814-555-0138⟧; NIECE ⟦N|MARTHA SHAWLEY⟧ IN ⟦C|JOHNSTOWN⟧.
CODE STATUS DNR, POLST SIGNED ⟦D|03/09/2099⟧. FUNERAL HOME: ⟦O|STEVENS MORTUARY⟧. PARISH: ⟦O|ST. MARY ORTHODOX CHURCH⟧ (FR. ⟦N|DIMITRI⟧).
COMFORT KIT FROM ⟦O|ENCLARA PHARMACIA⟧: MORPHINE CONCENTRATE 20 MG/ML, LORAZEPAM, HALOPERIDOL, ATROPINE DROPS.
MEDICARE ⟦HP|1EG4-TE5-MK73⟧. RN CASE MANAGER ⟦N|TONYA WEYANDT⟧, RN; ADMITTED BY ⟦N|TW⟧. SOC ⟦D|03/14/2099⟧.
`);

note("oasis-soc-caps", `
OASIS-E START OF CARE   AGENCY: ⟦O|VISITING NURSE ASSOCIATION OF THE FOX VALLEY⟧   M0010 CCN ⟦I|527041⟧   M0020 PT ID ⟦M|VNAFV-331847⟧
M0030 SOC ⟦D|03/14/2099⟧   M0040 ⟦N|VANG, CHOUA⟧   M0066 DOB ⟦D|01/01/1944⟧   M0150 MEDICARE ⟦HP|9KC3-PD2-VN40⟧
ADDRESS: ⟦S|1518 S 12TH ST⟧, ⟦C|SHEBOYGAN⟧ ⟦STATE|WI⟧ ⟦Z|53081⟧. GATE: NONE; SIDE DOOR, KEY BOX CODE 4417.
PT LIVES WITH SON ⟦N|TOU VANG⟧ AND DAUGHTER-IN-LAW ⟦N|MAI YER XIONG⟧ ⟦P|920-555-0166⟧. HMONG INTERPRETER ⟦N|PA NHIA LOR⟧ VIA ⟦O|CYRACOM⟧ ID ⟦I|77140⟧.
M1021 DX: CHF, DM2. REFERRAL FROM ⟦H|ST. NICHOLAS HOSPITAL⟧ (DR. ⟦N|ERIN VANDERKOOI⟧). PHARMACY ⟦O|WALGREENS⟧ ON ⟦S|N 8TH ST⟧.
M1033 RISK: 4. M1800-1860 SCORED. HOMEBOUND: DYSPNEA AFTER 10 FT, LEAVES ONLY FOR MD VISITS AND ⟦O|HMONG AMERICAN CHURCH⟧.
PLAN: SN 2W3, 1W5; PT EVAL; HHA 2W4 (AIDE ⟦N|SHOUA HER⟧). CLINICIAN ⟦N|LAUREN HOLTZ-BEGAY⟧, RN ⟦D|3/14/99⟧. ORDER # ⟦I|HH-5528104⟧.
`);

note("ltach-admission-caps", `
⟦H|SELECT SPECIALTY HOSPITAL - TOLEDO⟧  LTACH ADMISSION H&P   ⟦D|14-MAR-2099⟧   ACCT ⟦I|SSH-44718093⟧
PT: ⟦N|KOKOSZKA, BERNARD T⟧   ⟦A|90⟧ YOM   MRN ⟦M|T-0771842⟧   TRANSFERRED FROM ⟦H|PROMEDICA TOLEDO HOSPITAL⟧ ICU AFTER 19 DAYS.
HPI: SEPTIC SHOCK FROM PERFORATED DIVERTICULITIS ⟦D|2/21/2099⟧, HARTMANN BY DR. ⟦N|ELIZABETH SZCZEPANSKI⟧, TRACH ⟦D|3/4⟧ (SHILEY 6).
VENT: PRVC 400/14/PEEP 5/FIO2 35%, SERVO-U SN ⟦DEV|SU-6604412⟧. WEANING PLAN PER RT ⟦N|DWAYNE KIRKSEY⟧, RRT.
SOCIAL: WIDOWER, LIVED ALONE ON ⟦S|2245 CHERRY ST⟧, ⟦C|TOLEDO⟧ ⟦Z|43608⟧. SON ⟦N|MARK KOKOSZKA⟧ (HCPOA) IN ⟦C|YOUNGSTOWN⟧ ⟦P|330-555-0126⟧.
CHURCH: ⟦O|ST. HEDWIG PARISH⟧. PRIOR PCP ⟦N|NAJIB HADDAD⟧, MD, ⟦O|MERCY HEALTH PRIMARY CARE⟧.
INSURANCE: MEDICARE ⟦HP|4FY8-JT1-RA55⟧, ⟦O|MEDICAL MUTUAL OF OHIO⟧ SUPPLEMENT ⟦HP|MMO7704418⟧.
ATTENDING ⟦N|RAVINDRA KOTHARI⟧, MD. CASE MANAGER ⟦N|BETH ANN ZBOROWSKI⟧. DICTATED ⟦D|3/14/99⟧ BY ⟦N|RK⟧.
`);

note("irf-pai-caps", `
INPATIENT REHABILITATION FACILITY - PATIENT ASSESSMENT INSTRUMENT   ⟦H|ENCOMPASS HEALTH REHABILITATION HOSPITAL OF LITTLE ROCK⟧
PATIENT: ⟦N|TILLMAN, ODELL WAYNE⟧   MRN ⟦M|EHLR-330174⟧   ADMIT ⟦D|03/14/2099⟧   IMPAIRMENT GROUP 01.2 (R BODY STROKE)
PRE-HOSPITAL: LIVED WITH WIFE ⟦N|VERNELL TILLMAN⟧ ⟦P|501-555-0183⟧, ⟦S|7710 GEYER SPRINGS RD⟧, ⟦C|LITTLE ROCK⟧ ⟦STATE|AR⟧ ⟦Z|72209⟧. 3 STEPS, NO RAIL.
ACUTE STAY: ⟦H|BAPTIST HEALTH MEDICAL CENTER-LITTLE ROCK⟧ ⟦D|3/6/99⟧-⟦D|3/13/99⟧, TNK AT OUTSIDE ED ⟦H|SALINE MEMORIAL⟧.
SECTION GG ADMISSION: EATING 04, ORAL HYGIENE 03, TOILET TRANSFER 02, WALK 10 FT 01. FIM NOT USED.
TEAM: PHYSIATRIST ⟦N|ADAOBI NWANKWO-REYES⟧, MD; PT ⟦N|KYLE HUNNICUTT⟧, DPT; OT ⟦N|SARAI BLACKWOOD⟧, OTR/L; SLP ⟦N|HYUN-JOO PARK⟧, CCC-SLP.
DAUGHTER ⟦N|LATRICE TILLMAN-GAINES⟧ (⟦C|PINE BLUFF⟧) WANTS FAMILY TRAINING ⟦DAY|SATURDAY⟧. PAYER: ⟦O|HUMANA GOLD PLUS⟧ ⟦HP|H44718820⟧.
AUTH # ⟦I|HUM-IRF-0031477⟧. ASSESSMENT COMPLETED ⟦D|03/16/2099⟧ BY ⟦N|KH⟧ AND ⟦N|SB⟧.
`);

note("dme-oxygen-cmn-caps", `
CERTIFICATE OF MEDICAL NECESSITY CMS-484 - OXYGEN     SUPPLIER: ⟦O|LINCARE⟧ ⟦C|PEORIA⟧ ⟦STATE|IL⟧ BRANCH, ⟦S|3200 N UNIVERSITY ST⟧
SUPPLIER NSC # ⟦I|1044718200⟧   PHONE ⟦P|309-555-0150⟧   FAX ⟦F|309-555-0151⟧   CMN # ⟦I|CMN-99-22841⟧
BENEFICIARY: ⟦N|DEVRIES, CORNELIUS⟧   MBI ⟦HP|2WA6-CK1-HY38⟧   DOB ⟦D|08/03/2008⟧   ⟦A|90⟧ YOM
ADDRESS: ⟦S|411 W MAIN ST APT 2⟧, ⟦C|WASHINGTON⟧ ⟦STATE|IL⟧ ⟦Z|61571⟧   CONTACT DAUGHTER ⟦N|JANNEKE DEVRIES-POOLE⟧ ⟦P|309-555-0197⟧
INITIAL DATE ⟦D|03/14/2099⟧. QUALIFYING TEST ⟦D|03/12/2099⟧ AT ⟦H|OSF SAINT FRANCIS MEDICAL CENTER⟧: SPO2 86% RA AT REST.
EQUIPMENT: STATIONARY CONCENTRATOR 2 LPM CONTINUOUS (SN ⟦DEV|PR5-44718830⟧), PORTABLE POC (SN ⟦DEV|IG5-0098177⟧), E TANKS X4.
PHYSICIAN: ⟦N|HAROLD BJERKE⟧, MD, NPI ⟦I|1447188301⟧, ⟦O|CARLE HEALTH PEORIA CLINIC⟧. SIGNED ⟦D|3/14/99⟧.
DELIVERED BY TECH ⟦N|RONNIE SCHUMER⟧, TICKET ⟦I|LIN-4471882⟧. SAFETY: NO SMOKING, WIFE ⟦N|AAFKE⟧ STOPPED.
`);

note("aps-referral-caps", `
ADULT PROTECTIVE SERVICES REPORT - ⟦O|NEW MEXICO ADULT PROTECTIVE SERVICES⟧ - INTAKE # ⟦I|APS-2099-031488⟧   ⟦D|03/14/2099⟧
ALLEGED VICTIM: ⟦N|ORTEGA, MARIA DE LOS ANGELES "NENA"⟧, ⟦A|96⟧, ⟦S|1804 N MESQUITE ST⟧, ⟦C|LAS CRUCES⟧ ⟦STATE|NM⟧ ⟦Z|88001⟧
ALLEGATION: SELF-NEGLECT AND POSSIBLE FINANCIAL EXPLOITATION BY GRANDSON ⟦N|ADRIAN ORTEGA-SALAS⟧ (LIVES IN HOME).
REPORTER: ⟦N|GLORIA VILLALOBOS⟧, RN, ⟦O|AMADA HOME HEALTH⟧ ⟦P|575-555-0162⟧ (MANDATED). SEEN ⟦D|3/13⟧: NO FOOD, UTILITIES OFF,
MEDS NOT FILLED SINCE ⟦D|JANUARY 2099⟧. ⟦O|FIRST SAVINGS BANK⟧ TELLER REPORTED $4,200 WITHDRAWALS ⟦D|3/1⟧-⟦D|3/10⟧.
OTHER FAMILY: DAUGHTER ⟦N|CARMEN ORTEGA⟧ IN ⟦C|EL PASO⟧ ⟦P|915-555-0114⟧. PCP ⟦N|RAFAEL QUIÑONES⟧, MD, ⟦O|BEN ARCHER HEALTH CENTER⟧.
MEDICAID ⟦HP|NM44718823⟧ VIA ⟦O|PRESBYTERIAN CENTENNIAL CARE⟧. PRIORITY 2: FACE-TO-FACE WITHIN 24 H.
ASSIGNED INVESTIGATOR ⟦N|DOMINGO CHAVARRÍA⟧, ⟦LO|DOÑA ANA COUNTY⟧ OFFICE. LAW ENFORCEMENT: ⟦O|LAS CRUCES POLICE DEPARTMENT⟧ REPORT ⟦I|LCPD-99-8810⟧.
`);

note("interact-transfer-caps", `
INTERACT SBAR - TRANSFER TO HOSPITAL    ⟦H|SUNNYVIEW LUTHERAN HOME⟧, ⟦C|DECORAH⟧ ⟦STATE|IA⟧    ⟦D|3/14/2099⟧ 2115
S: ⟦N|HALVORSEN, INGEBORG⟧, ⟦A|98⟧ YOF, RM 6 NORTH WING. NEW CONFUSION, TEMP 101.8, SPO2 88% RA, RR 28.
B: DX VASCULAR DEMENTIA, COPD, AFIB ON COUMADIN (INR ⟦D|3/12⟧ 2.8). FULL CODE PER POA. BASELINE: TALKATIVE, WALKS WITH WALKER.
A: ?PNEUMONIA ?SEPSIS. CAM POSITIVE.
R: DR. ⟦N|KNUT ASLAKSON⟧ (ON CALL FOR DR. ⟦N|ROSALIND TEW⟧) ORDERED TRANSFER TO ⟦H|WINNESHIEK MEDICAL CENTER⟧ ED.
TRANSPORT: ⟦O|WINNESHIEK COUNTY AMBULANCE⟧ 2140. REPORT CALLED TO ⟦N|BRENNA FJELSTAD⟧, RN ⟦P|563-555-0101⟧ EXT ⟦P|2214⟧.
POA SON ⟦N|TORVALD "TORY" HALVORSEN⟧ ⟦P|563-555-0144⟧ AGREES; WILL MEET AT ED. PASTOR ⟦N|LIV OVERGAARD⟧ (⟦O|FIRST LUTHERAN CHURCH⟧) ASKED.
SENT: FACE SHEET, MAR, POLST, BED HOLD NOTICE. MEDICARE ⟦HP|6PN3-RF8-WD21⟧. NURSE ⟦N|ABIGAIL KNUTSON-MOORE⟧, LPN.
`);

note("outbreak-line-list-caps", `
RESPIRATORY OUTBREAK LINE LIST - ⟦H|GOLDEN YEARS MANOR⟧, ⟦S|1200 W 8TH ST⟧, ⟦C|PUEBLO⟧ ⟦STATE|CO⟧ - OUTBREAK # ⟦I|CO-PB-2099-0114⟧
REPORTED TO ⟦O|PUEBLO DEPARTMENT OF PUBLIC HEALTH AND ENVIRONMENT⟧, ⟦N|DEANNA ARCHULETA⟧ ⟦P|719-555-0127⟧, ⟦D|03/14/2099⟧.
RES 1 ⟦N|MONTOYA, ELOY⟧ ⟦A|92⟧ M RM 104 ONSET ⟦D|3/9⟧ FLU A+ (RAPID), OSELTAMIVIR, TRANSFERRED ⟦H|PARKVIEW MEDICAL CENTER⟧ ⟦D|3/11⟧
RES 2 ⟦N|GALLEGOS, TERESITA⟧ 87 F RM 106 ONSET ⟦D|3/10⟧ FLU A+, OSELTAMIVIR, IN HOUSE
RES 3 ⟦N|KRAMER, WALTER⟧ ⟦A|101⟧ M RM 112 ONSET ⟦D|3/11⟧ PCR PENDING ⟦O|CDPHE LAB⟧ ACC ⟦I|CDPHE-44718⟧, HOSPICE (⟦O|SANGRE DE CRISTO HOSPICE⟧)
RES 4 ⟦N|TAFOYA-ROMERO, LUPE⟧ 79 F RM 115 ONSET ⟦D|3/12⟧ FLU A+, OSELTAMIVIR
STAFF: CNA ⟦N|BRITTNEE SALAZAR⟧ ONSET ⟦D|3/8⟧ OFF WORK; DIETARY ⟦N|ROMAN KIRILENKO⟧ ONSET ⟦D|3/10⟧.
INFECTION PREVENTIONIST ⟦N|CYNTHIA ABEYTA⟧, RN. ADMINISTRATOR ⟦N|HOWARD PFEIFFER⟧. UPDATED ⟦D|3/14/99⟧.
`);

note("hospice-idt-caps", `
IDT MEETING - ⟦O|PINE RIDGE HOSPICE⟧ (⟦C|RAPID CITY⟧ OFFICE)   ⟦D|03/14/2099⟧   TEAM B
PRESENT: DR. ⟦N|ELEANOR TWO BULLS⟧ (MED DIR), ⟦N|JOSH HAKANSON⟧ RN CM, ⟦N|PRISCILLA RED CLOUD⟧ MSW, CHAPLAIN ⟦N|AMOS WHIRLWIND HORSE⟧, ⟦N|KORI DAHL⟧ HHA.
1) ⟦N|EAGLE ELK, VIOLET⟧ ⟦A|94⟧ - HOME, ⟦C|KYLE⟧ (⟦LO|OGLALA LAKOTA COUNTY⟧). PPS 30. FAMILY SINGS AT BEDSIDE; GRANDDAUGHTER ⟦N|WINONA⟧ PRIMARY CG.
   ROADS: ⟦S|BIA RTE 2⟧ WASHBOARD, 4WD. PHN FROM ⟦H|KYLE HEALTH CENTER⟧ VISITS ⟦DAY|TUESDAYS⟧.
2) ⟦N|SCHWEIGERT, ARNOLD⟧ 84 - ⟦H|WESTHILLS VILLAGE⟧ AL. FAST 7C. RECERT ⟦D|3/20⟧. F2F BY ⟦N|MAGGIE ROUSE⟧, NP.
3) ⟦N|LEBEAU, DONNA JEAN⟧ 68 - DIED ⟦D|3/12/99⟧ 0420 AT ⟦H|MONUMENT HEALTH RAPID CITY HOSPITAL⟧. BEREAVEMENT TO HUSBAND ⟦N|DALE LEBEAU⟧ ⟦P|605-555-0188⟧.
DME: ⟦O|BLACK HILLS MEDICAL SUPPLY⟧ PICK UP BED (SN ⟦DEV|INV-H44712⟧). MINUTES ⟦N|KD⟧.
`);

note("memory-care-elopement-caps", `
ELOPEMENT / MISSING RESIDENT REPORT - ⟦H|THE ARBORS MEMORY CARE OF ASHEVILLE⟧   ⟦D|03/14/2099⟧
RESIDENT: ⟦N|ABERNATHY, CLETUS RAY⟧, AGE ⟦A|91⟧. WANDERGUARD BRACELET ⟦DEV|WG-0044718⟧.
LAST SEEN 1505 IN COURTYARD BY MED TECH ⟦N|SHAYLA McMAHAN⟧. DOOR CODE 1922 WAS OBSERVED BY RESIDENT PER STAFF.
FOUND 1548 BY ⟦O|ASHEVILLE POLICE DEPARTMENT⟧ OFFICER ⟦N|D. REECE⟧ AT ⟦O|INGLES⟧ ON ⟦S|MERRIMON AVE⟧, 0.6 MI, UNINJURED.
NOTIFIED: SON ⟦N|WAYNE ABERNATHY⟧ ⟦P|828-555-0109⟧; DR. ⟦N|CHARLOTTE EDNEY-LUNSFORD⟧; ⟦O|NC DIVISION OF HEALTH SERVICE REGULATION⟧ 24-H REPORT ⟦I|DHSR-99-4471⟧.
INTERVENTION: DOOR CODE CHANGED, 1:1 X 72 H, WANDER RISK RE-ASSESSED. ADMINISTRATOR ⟦N|PATRICE OKAFOR-HUNT⟧.
WRITTEN BY ⟦N|S. McMAHAN⟧, CMA ⟦D|3/14/99⟧ 1630.
`);

note("nh-face-sheet-caps", `
ADMISSION FACE SHEET   ⟦H|HUNTER'S GLEN NURSING AND REHAB⟧   ⟦S|600 S GLOSTER ST⟧, ⟦C|TUPELO⟧ ⟦STATE|MS⟧ ⟦Z|38801⟧   ⟦P|662-555-0120⟧
NAME: ⟦N|PEGUES, ALBERTA LOUISE⟧ (NÉE ⟦N|SHUMPERT⟧)   MR# ⟦M|HG-0044718⟧   ADMIT ⟦D|03/14/2099⟧   FROM ⟦H|NORTH MISSISSIPPI MEDICAL CENTER⟧
DOB ⟦D|05/05/2006⟧   AGE ⟦A|92⟧   SSN ⟦SSN|428-66-1049⟧   RELIGION: BAPTIST (⟦O|SPRINGHILL MISSIONARY BAPTIST CHURCH⟧)
PAYER: MEDICARE A ⟦HP|8VM1-QJ6-TE02⟧; SECONDARY ⟦O|BLUE CROSS & BLUE SHIELD OF MISSISSIPPI⟧ ⟦HP|XMS449188201⟧
RESPONSIBLE PARTY: GRANDSON ⟦N|DARIUS PEGUES⟧, ⟦S|118 CLIFF GOOKIN BLVD⟧, ⟦C|TUPELO⟧ ⟦Z|38801⟧, ⟦P|662-555-0173⟧
2ND CONTACT: DAUGHTER ⟦N|BERNICE PEGUES-ODOM⟧, ⟦C|MEMPHIS⟧ ⟦STATE|TN⟧, ⟦P|901-555-0140⟧
ATTENDING: ⟦N|CLAYTON DENSON⟧, MD   PHARMACY: ⟦O|OMNICARE⟧   FUNERAL HOME PREF: ⟦O|PEGUES FUNERAL DIRECTORS⟧
ADVANCE DIRECTIVE: LIVING WILL ON FILE ⟦D|2094⟧. ENTERED BY ⟦N|JANICE HOLLOWAY⟧, ADMISSIONS.
`);

note("death-pronouncement-caps", `
NURSING NOTE - DEATH    ⟦H|ST. JOSEPH'S VILLA⟧, ⟦C|ROCHESTER⟧ ⟦STATE|NY⟧    ⟦D|03/14/2099⟧ 0512
RESIDENT ⟦N|DIMAGGIO, SALVATORE "SAL"⟧, ⟦A|99⟧, ROOM 3-WEST 31, ON ⟦O|LIFETIME CARE HOSPICE⟧ SINCE ⟦D|02/02/2099⟧.
FOUND WITHOUT RESPIRATIONS OR APICAL PULSE ON 0500 ROUNDS BY CNA ⟦N|NADIA KHOURY⟧. TIME OF DEATH 0512, PRONOUNCED BY ⟦N|LORRAINE BIANCHI⟧, RN
(RN PRONOUNCEMENT PER ⟦STATE|NYS⟧ POLICY). HOSPICE RN ⟦N|CALEB STRAUSS⟧ NOTIFIED 0520, ARRIVED 0605.
FAMILY: DAUGHTER ⟦N|ANGELA DIMAGGIO-FERRO⟧ ⟦P|585-555-0137⟧ NOTIFIED 0525, ARRIVED WITH HUSBAND ⟦N|VINCE FERRO⟧. SON ⟦N|PAUL DIMAGGIO⟧ IN ⟦C|SCOTTSDALE⟧.
PHYSICIAN DR. ⟦N|ANTHONY LOCASTRO⟧ NOTIFIED 0530, WILL SIGN DEATH CERTIFICATE. MEDICAL EXAMINER NOT REQUIRED.
BODY RELEASED 0740 TO ⟦O|CERRONE FUNERAL HOME⟧ (⟦C|GREECE⟧), DIRECTOR ⟦N|MICHAEL CERRONE⟧. BELONGINGS: ROSARY, WATCH, TO DAUGHTER.
⟦N|L. BIANCHI⟧, RN, ⟦D|3/14/99⟧.
`);

// ======================================================== mixed case (23) ========================================================

note("care-plan-meeting", `
Interdisciplinary Care Plan Conference — ⟦H|Mount St. Francis Nursing Center⟧, ⟦C|Peoria⟧ ⟦STATE|IL⟧ — ⟦D|March 14, 2099⟧, 1400
Resident: ⟦N|Theodora "Teddie" Papadakis⟧, age ⟦A|94⟧, room 220, long-term care since ⟦D|Oct 2097⟧. MRN ⟦M|MSF-117204⟧.
Attending: ⟦N|Demetrios Karras⟧, MD (absent; notes reviewed). Present: ⟦N|Joan Vandermolen⟧, RN (MDS); ⟦N|Chiamaka Eze⟧, LSW; ⟦N|Becky Ruppert⟧, dietary manager;
⟦N|Luis Ocampo⟧, activities; daughter ⟦N|Sophia Papadakis-Hahn⟧ (POA, by phone from ⟦C|Naperville⟧, ⟦P|630-555-0118⟧); son ⟦N|Nikos Papadakis⟧ in person.
Weight down 2.1 kg in 30 days: fortified foods, Greek yogurt from family, Ensure Plus at 1400. BIMS 7. Seroquel GDR tried ⟦D|1/15/99⟧ — behaviours returned, resumed 12.5 mg.
Family asked for Greek Orthodox communion: ⟦O|Annunciation Greek Orthodox Church⟧, Fr. ⟦N|Konstantinos Mavros⟧ ⟦P|309-555-0121⟧, will visit monthly.
Hearing aids lost ⟦D|2/28⟧; replacement through ⟦O|Miracle-Ear⟧ on ⟦S|N Knoxville Ave⟧ (audiologist ⟦N|Gwen Tafoya⟧). Next conference ⟦D|06/13/2099⟧.
Minutes: ⟦N|C. Eze⟧.
`);

note("snf-family-call", `
Social services progress note — ⟦H|Lakeview Health and Rehabilitation⟧ (short-term rehab, 2 South) — ⟦D|03/14/2099⟧
Called ⟦N|Roberto Almeida⟧ (son of ⟦N|Maria da Conceição Almeida⟧, ⟦A|93⟧, admitted ⟦D|3/3⟧ from ⟦H|Charlton Memorial Hospital⟧ after a hip ORIF) at ⟦P|508-555-0193⟧.
He is worried about the Medicare Part A days: told him day 12 of 100, coinsurance starts day 21. He asked about going home to ⟦S|84 Columbia St⟧, ⟦C|Fall River⟧, with his sister ⟦N|Fátima Medeiros⟧.
Mom speaks Portuguese (Azorean, from ⟦C|Ponta Delgada⟧); interpreter ⟦N|Ana Paula Rego⟧ from ⟦O|Southcoast Language Services⟧ used in PT sessions.
Home health referral to ⟦O|Community Nurse Home Care⟧ (intake ⟦N|Dawn Raposo⟧, fax ⟦F|508-555-0111⟧); DME walker and 3-in-1 from ⟦O|Norwood Medical Supply⟧.
Also talked with granddaughter ⟦N|Kayla Almeida-Souza⟧ ⟦P|774-555-0146⟧ who will stay nights the first week. Discharge target ⟦D|3/24⟧.
⟦N|Maureen Tavares⟧, BSW, Social Services Director
`);

note("bereavement-letter", `
⟦O|Hospice of the Chattahoochee Valley⟧ · Bereavement Program · ⟦S|1830 Pioneer Pkwy⟧, ⟦C|Chattanooga⟧, ⟦STATE|TN⟧ ⟦Z|37421⟧ · ⟦P|423-555-0160⟧

⟦D|March 14, 2099⟧

Mrs. ⟦N|Odessa Fairbanks⟧
⟦S|209 Dodds Ave⟧
⟦C|Chattanooga⟧, ⟦STATE|TN⟧ ⟦Z|37404⟧

Dear Mrs. ⟦N|Fairbanks⟧,

It has been three months since ⟦N|Lemuel⟧ died on ⟦D|December 11, 2098⟧. Our team remembers him well — his stories of the ⟦O|Chattanooga Choo-Choo⟧ kitchen, and your pound cake on every visit.
Our spring memorial service will be held on ⟦DAY|Sunday⟧, ⟦D|April 19⟧, at ⟦O|Highland Park Baptist Church⟧, ⟦S|1800 Union Ave⟧. Your granddaughter ⟦N|Tamika⟧ told our volunteer ⟦N|Harriet Kyle⟧ you may read his name.
If you would like, Reverend ⟦N|Ellis Moultrie⟧, our bereavement coordinator, can call you at ⟦P|423-555-0198⟧ or visit. The grief group at ⟦O|Eastgate Senior Activity Center⟧ meets ⟦DAY|Thursdays⟧.

With care,
⟦N|Ellis Moultrie⟧, MDiv, Bereavement Coordinator
cc: ⟦N|Rhonda Scruggs⟧, RN, former case manager; chart ⟦M|HCV-2098-4417⟧
`);

note("bereavement-contact-log", `
Bereavement contact log — ⟦O|Hospice of Acadiana⟧ — deceased ⟦N|Alcide Joseph Hebert⟧ (d. ⟦D|01/22/2099⟧ at ⟦A|96⟧) — survivor file ⟦I|BRV-99-0122⟧
⟦D|1/29/99⟧ Call to wife ⟦N|Marie Ella Hebert⟧ (⟦A|95⟧), ⟦P|337-555-0135⟧. Tired, eating. Daughter ⟦N|Yvette Hebert-LeBlanc⟧ staying from ⟦C|Houma⟧. Mailed "Grief and the Holidays." —⟦N|KG⟧
⟦D|2/22/99⟧ Visit at home, ⟦S|312 Rue Chenier⟧, ⟦C|Opelousas⟧. She showed his ⟦O|Knights of Columbus Council 1173⟧ pin. Risk: moderate (lives alone, falls). Referred to ⟦O|Acadiana Council on Aging⟧ for Meals on Wheels. —⟦N|Kristin Guillory⟧, MSW
⟦D|3/14/99⟧ Son ⟦N|Roland Hebert⟧ called from ⟦C|Baton Rouge⟧ (⟦P|225-555-0157⟧): she fell ⟦D|3/12⟧, seen at ⟦H|Opelousas General Health System⟧, no fracture. Asked about assisted living at ⟦H|Bellevue Place of Opelousas⟧.
Plan: call ⟦D|4/1⟧; invite to memorial ⟦D|5/3⟧ at ⟦O|St. Landry Catholic Church⟧. Next of kin file updated by ⟦N|KG⟧.
`);

note("hh-pt-visit", `
Home health PT visit — ⟦O|Blue Ridge Home Health⟧ — ⟦D|03/14/2099⟧ 10:15-11:05 — visit # ⟦I|BRHH-V-4471803⟧
Patient ⟦N|Ezekiel "Zeke" Ballew⟧, ⟦A|92⟧, ⟦S|47 Sugar Hollow Rd⟧, ⟦C|Weaverville⟧ ⟦STATE|NC⟧ ⟦Z|28787⟧. Directions: past ⟦O|Reems Creek Valley Baptist⟧, gravel drive, blue gate (code 0715), dogs penned.
Dx: R TKA ⟦D|2/28/99⟧ at ⟦H|Mission Hospital⟧ (Dr. ⟦N|Saoirse Gallagher⟧). TUG 24 s, knee flexion 88°. Walker, 150 ft with CGA.
Wife ⟦N|Wilma Ballew⟧ and neighbour ⟦N|Jimmy Deaver⟧ help with stairs. Home exercise program reviewed. Fall risk: woodstove hearth.
Coordinated with RN ⟦N|Heather Plemmons⟧ re: Coumadin INR draw ⟦DAY|Friday⟧; lab to ⟦O|LabCorp⟧ ⟦C|Asheville⟧.
Next visit ⟦D|3/17⟧. ⟦N|Caleb Rhymer⟧, PT, DPT. Medicare ⟦HP|3TR9-GX4-BN17⟧. Agency ⟦P|828-555-0150⟧, fax ⟦F|828-555-0151⟧.
`);

note("al-move-in", `
Assisted living move-in assessment — ⟦H|Brookdale Traverse City⟧ — ⟦D|2099-03-14⟧
New resident: ⟦N|Genevieve (Jenny) Fortier-Lindstrom⟧, ⟦A|90⟧, apartment 114, moved from her home on ⟦S|1217 Peninsula Dr⟧, ⟦C|Traverse City⟧ ⟦STATE|MI⟧ ⟦Z|49686⟧.
Moved in by son ⟦N|Erik Lindstrom⟧ (⟦P|231-555-0172⟧) and his wife ⟦N|Nadia⟧; daughter ⟦N|Claire Fortier⟧ is DPOA-HC, lives in ⟦C|Ann Arbor⟧ (⟦P|734-555-0189⟧, ⟦E|cfortier@mail.example⟧).
Level of care 2: med administration by med tech, shower assist 2x/week, escort to meals. Katz 4/6. SLUMS 22.
PCP Dr. ⟦N|Wen-Li Chao⟧ at ⟦O|Munson Family Practice⟧; pharmacy ⟦O|Pharmerica⟧; podiatry Dr. ⟦N|Orville Bigsby⟧.
Hobbies: knitting, ⟦O|Grand Traverse Band of Ottawa and Chippewa Indians⟧ elders' lunch (her late husband ⟦N|Clarence Lindstrom⟧ was a member).
Long-term care insurance: ⟦O|Genworth⟧ policy ⟦HP|GNW-4471880192⟧. Assessed by ⟦N|Tessa Marchetti⟧, RN, wellness director.
`);

note("memory-care-progress", `
Memory care monthly summary — ⟦H|Azalea Gardens Memory Care⟧, ⟦C|Mobile⟧ ⟦STATE|AL⟧ — ⟦D|Mar 14⟧
Resident ⟦N|Nguyen Thi Lan⟧ ("Bà ⟦N|Lan⟧"), ⟦A|97⟧, FAST 6d. Speaks Vietnamese only now; granddaughter ⟦N|Vivian Tran⟧ made picture cards with staff.
Sundowning 1600-1900: music from her church, ⟦O|Vietnamese Martyrs Catholic Church⟧, on tablet helps. No PRN haloperidol this month.
Weight stable 41 kg. Dentist ⟦N|Quang Do⟧, DDS, from ⟦O|Gulf Coast Mobile Dental⟧ visited ⟦D|3/6⟧.
Son ⟦N|Tran Van Minh⟧ (⟦P|251-555-0134⟧) visits ⟦DAY|Sundays⟧ after mass. Second son ⟦N|Tran Van Hieu⟧ in ⟦C|Houston⟧ calls by video.
Neurologist Dr. ⟦N|Raymond Sully⟧ (⟦H|USA Health University Hospital⟧) stopped donepezil ⟦D|Jan 2099⟧; Namenda continues.
Written by ⟦N|Jasmine Clemons⟧, LPN, memory care coordinator. Resident # ⟦M|AGM-00471⟧.
`);

note("guardianship-report", `
IN THE PROBATE COURT OF ⟦LO|LUCAS COUNTY⟧, ⟦STATE|OHIO⟧ — Guardian's Report — Case No. ⟦I|2097 GDN 004417⟧
Ward: ⟦N|Casimir Wojcik⟧, DOB ⟦D|09/14/2007⟧ (age ⟦A|91⟧), residing at ⟦H|Sunset House⟧, ⟦S|4020 Indian Rd⟧, ⟦C|Toledo⟧ ⟦Z|43606⟧.
Guardian of the person: ⟦N|Dorothy Wojcik-Stroud⟧ (niece), ⟦S|6611 Angola Rd⟧, ⟦C|Holland⟧, ⟦STATE|OH⟧ ⟦Z|43528⟧, ⟦P|419-555-0148⟧.
Since the last report (⟦D|03/2098⟧) the ward moved from ⟦H|Kingston Residence of Sylvania⟧ to ⟦H|Sunset House⟧ on ⟦D|October 5, 2098⟧ for a higher level of care.
He is seen by Dr. ⟦N|Imran Siddiqui⟧ monthly and by the ⟦O|Ohio Living Hospice of Northwest Ohio⟧ team since ⟦D|2/1/2099⟧.
Physician's statement (Form 17) signed ⟦D|02/27/2099⟧ by Dr. ⟦N|Siddiqui⟧: guardianship remains necessary.
Funds held by ⟦O|Fifth Third Bank⟧ account ⟦I|7704418823⟧ under guardian of the estate Atty. ⟦N|Gregory Bahnsen⟧ (⟦O|Bahnsen & Kerr LLC⟧).
Signed ⟦N|Dorothy Wojcik-Stroud⟧, ⟦D|3/14/2099⟧. Magistrate ⟦N|Helen Oyelowo⟧.
`);

note("poa-activation", `
Capacity / HCPOA activation note — ⟦H|Aldersgate Village⟧ skilled unit, ⟦C|Lincoln⟧ ⟦STATE|NE⟧ — ⟦D|03/14/2099⟧
⟦N|Wilhelmina "Billie" Roesler⟧ (⟦A|99⟧) was examined today by me and by Dr. ⟦N|Abdikarim Warsame⟧ (second physician, ⟦O|Bryan Physician Network⟧).
She cannot explain the risks of the proposed PEG or repeat them back after 5 minutes; CAM negative; SLUMS 9.
Per her HCPOA document (executed ⟦D|06/11/2091⟧, ⟦O|Cline Williams⟧ law office), her agent is son ⟦N|Dietrich Roesler⟧, ⟦P|402-555-0153⟧; alternate daughter ⟦N|Greta Roesler Haas⟧, ⟦C|Grand Island⟧.
Dietrich declined the PEG after discussion; comfort feeding. Hospice referral to ⟦O|Tabitha Hospice⟧ (intake ⟦P|402-555-0100⟧).
Copy of activation to ⟦N|Dietrich⟧, to medical records ⟦M|AV-50771⟧, and to ⟦N|Lynette Boeckner⟧, DON.
⟦N|Margaret Asante-Fry⟧, MD, medical director.
`);

note("ombudsman-complaint", `
Long-Term Care Ombudsman — case note — ⟦O|Rhode Island Long-Term Care Ombudsman Program⟧ (⟦O|Alliance for Better Long Term Care⟧) — complaint # ⟦I|RI-OMB-99-0471⟧
⟦D|3/14/2099⟧. Visit to ⟦H|Oak Hill Center for Rehabilitation⟧, ⟦S|544 Pleasant St⟧, ⟦C|Pawtucket⟧, at the request of resident ⟦N|Arpine Hovsepian⟧ (⟦A|93⟧, room 3B).
Complaint: call light waits over 40 min on night shift, and her daughter ⟦N|Lusine Hovsepian-Kurkjian⟧ (⟦P|401-555-0166⟧) was told she could not visit after 8 pm.
Resident consents to disclosure of her name. Met with administrator ⟦N|Todd Gianfrancesco⟧ and DON ⟦N|Yolanda Baptista⟧.
Visiting hours: facility agrees there is no restriction under federal rules; posted notice to be changed by ⟦D|3/20⟧.
Call light audit requested; will review at follow-up ⟦D|04/03/2099⟧. Resident's priest Fr. ⟦N|Vartan Manoogian⟧ (⟦O|Sts. Vartanantz Armenian Church⟧) also advocates for her.
⟦N|Pedro Furtado⟧, regional ombudsman, ⟦P|401-555-0131⟧ ext ⟦P|14⟧.
`);

note("dialysis-monthly", `
Monthly nephrology progress note — ⟦H|Yakima Valley Dialysis⟧, ⟦S|1111 N 16th Ave⟧, ⟦C|Yakima⟧ — ⟦D|March 2099⟧
Patient: ⟦N|Esperanza Guadalupe Zamudio⟧, 78, MWF, Kt/V 1.41, URR 73%, albumin 3.6, Hgb 10.4, phos 6.1. MRN ⟦M|YVD-22041⟧.
Mother ⟦N|Refugio Zamudio⟧ (⟦A|101⟧) lives with her in ⟦C|Toppenish⟧; patient is her caregiver — respite discussed with ⟦O|Southeast Area Agency on Aging⟧.
Transplant: evaluation at ⟦H|Virginia Mason⟧ ⟦D|4/2/99⟧; living donor candidate niece ⟦N|Araceli Mendoza⟧ (⟦P|509-555-0147⟧).
Transport by ⟦O|People For People⟧ (ride # ⟦I|PFP-881044⟧); missed 2 treatments ⟦D|3/4⟧ and ⟦D|3/6⟧ for snow on ⟦S|US-97⟧.
Dietitian ⟦N|Kimberly Oduya⟧, RD; social worker ⟦N|Alejandro "Alex" Villaseñor⟧, MSW. Nephrologist ⟦N|Samuel Koenigsberg⟧, MD.
Medicare ⟦HP|5XE2-MU7-KC40⟧; Apple Health ⟦HP|WA200447188⟧ (⟦O|Molina Healthcare of Washington⟧).
`);

note("ltach-vent-wean", `
Respiratory therapy weaning note — ⟦H|Kindred Hospital Mobile⟧ — ⟦D|3/14/99⟧ 0900
Pt ⟦N|Cornelius "Neil" Fairweather III⟧, ⟦A|90⟧, MRN ⟦M|KHM-4471092⟧, trach day 24 (Shiley 6 cuffless since ⟦D|3/10⟧).
Trach collar 28% x 14 h yesterday; today goal 18 h. RSBI 62. Ventilator (Trilogy SN ⟦DEV|TV2044718B⟧) at bedside for nights.
SLP ⟦N|Imani Rutledge⟧ did PMV trial; he said "Where's ⟦N|Dottie⟧?" — his wife ⟦N|Dorothy Fairweather⟧, who visits with their pastor from ⟦O|Government Street United Methodist⟧.
Discussed with pulmonologist Dr. ⟦N|Hiroshi Tanabe⟧ and case manager ⟦N|LaShonda Pettway⟧ re: decannulation and discharge to ⟦H|Spring Hill Manor⟧ vs. home with ⟦O|Gulf Coast Home Health⟧.
Daughter ⟦N|Renée Fairweather-Boyd⟧ called from ⟦C|Pensacola⟧ ⟦P|850-555-0119⟧. Note by ⟦N|Javier Solórzano⟧, RRT.
`);

note("irf-team-conference", `
Weekly team conference — ⟦H|Madonna Rehabilitation Hospital⟧, ⟦C|Lincoln⟧ — week 2 — ⟦D|03/14/2099⟧
Patient ⟦N|Mohamed Abdullahi Farah⟧, 67, s/p L BKA ⟦D|02/26/2099⟧ at ⟦H|CHI Health St. Elizabeth⟧. Interpreter (Somali) ⟦N|Hodan Ismail⟧, in person.
Physician Dr. ⟦N|Maren Solheim⟧: stump healing; shrinker. PT ⟦N|Bryce Kettelhut⟧: 100 ft with walker; OT ⟦N|Angela Suarez⟧: LB dressing min A.
Prosthetist ⟦N|Travis Ybarra⟧, CPO, ⟦O|Hanger Clinic⟧, casting ⟦D|3/20⟧. Psychology Dr. ⟦N|Ruth Oyelaran⟧: adjustment, sleep.
Family: wife ⟦N|Faadumo Jaamac⟧ and son ⟦N|Abdirahman⟧ (⟦P|402-555-0181⟧); home is 2nd-floor apt at ⟦S|2900 O St Apt 12⟧, ⟦C|Lincoln⟧ — ramp not possible.
Social work ⟦N|Keegan Marsh⟧ applied for ground-floor unit with ⟦O|Lincoln Housing Authority⟧ (application ⟦I|LHA-2099-04471⟧). Projected discharge ⟦D|3/27⟧.
Payer ⟦O|Nebraska Total Care⟧ ⟦HP|NTC004471820⟧.
`);

note("dme-delivery-ticket", `
DELIVERY TICKET — ⟦O|Gateway Home Medical⟧ — ⟦S|2201 W Broadway⟧, ⟦C|Evansville⟧, ⟦STATE|IN⟧ ⟦Z|47712⟧ — ⟦P|812-555-0161⟧ — ticket ⟦I|GHM-099-44718⟧
Deliver to: ⟦N|Opal Merriweather⟧ (⟦A|95⟧), ⟦S|1404 Lodge Ave⟧, ⟦C|Evansville⟧ ⟦Z|47714⟧. Call grandson ⟦N|Trey Merriweather⟧ ⟦P|812-555-0117⟧ before; back door, ramp.
Ordered by ⟦N|Noor Al-Khatib⟧, NP (⟦O|Deaconess Clinic⟧), order date ⟦D|03/13/2099⟧. Dx: Parkinson's, stage 4 sacral PI.
Items: semi-electric hospital bed (SN ⟦DEV|INV-BED-770441⟧), group 2 low-air-loss mattress (SN ⟦DEV|LAL-2204418⟧), Hoyer lift and 2 slings, Broda chair rental.
Delivered ⟦D|3/14/99⟧ 1320, set up by ⟦N|Dustin Kiefer⟧; trained aide ⟦N|Precious Nwosu⟧ (⟦O|Comfort Keepers⟧) on Hoyer.
Payer: Medicare ⟦HP|1MK5-AT9-DR66⟧, ⟦O|CareSource⟧ ⟦HP|CS4471880219⟧. Signature: ⟦N|T. Merriweather⟧ (grandson).
`);

note("adult-day-enrollment", `
Adult day services enrollment — ⟦O|Casa de la Esperanza Adult Day Center⟧, ⟦S|1905 W University Dr⟧, ⟦C|Edinburg⟧ ⟦STATE|TX⟧ — ⟦D|14 March 2099⟧
Participant: ⟦N|José Inocencio Garza Villarreal⟧, 86, widower, lives with daughter ⟦N|Rosalinda Garza⟧ at ⟦S|1018 Sunflower Ln⟧, ⟦C|McAllen⟧ ⟦Z|78504⟧.
Schedule: ⟦DAY|Monday⟧-⟦DAY|Friday⟧ 0800-1500; van pick-up by ⟦O|Valley Metro⟧ paratransit (rider ⟦I|VM-77104⟧).
Emergency contacts: ⟦N|Rosalinda Garza⟧ ⟦P|956-555-0125⟧ (cell), son ⟦N|Rodrigo Garza⟧ in ⟦C|San Antonio⟧ ⟦P|210-555-0196⟧.
Health: DM2 on insulin (glucose before lunch by nurse ⟦N|Maricela Cantú⟧, LVN), hearing loss. PCP Dr. ⟦N|Hernán Olivares⟧, ⟦O|Nuestra Clínica del Valle⟧.
Medicaid STAR+PLUS ⟦HP|TX51904471⟧ via ⟦O|Superior HealthPlan⟧; service coordinator ⟦N|Abigail Treviño⟧.
Likes dominoes, conjunto music, mass at ⟦O|Sacred Heart Church⟧. Enrolled by ⟦N|Lorena Peña⟧, director.
`);

note("pace-idt", `
PACE IDT note — ⟦O|LIFE Geisinger⟧, ⟦C|Scranton⟧ center — ⟦D|03/14/2099⟧
Participant ⟦N|Zofia Brzezinski-Kane⟧, ⟦A|92⟧, participant # ⟦M|LG-0044718⟧. Attends center ⟦DAY|Tue⟧/⟦DAY|Thu⟧; home care other days (aide ⟦N|Tamara Ruddy⟧).
PCP Dr. ⟦N|Nikhil Bhattacharya⟧; RN ⟦N|Colleen Durkin⟧; SW ⟦N|Darnell Hopkins⟧; PT ⟦N|Siobhan Loftus⟧; driver ⟦N|Frank Mancuso⟧.
Fell at home ⟦D|3/11⟧ at ⟦S|720 Prescott Ave⟧, ⟦C|Scranton⟧; daughter ⟦N|Lisa Kane⟧ (⟦P|570-555-0159⟧) found her. ED ⟦H|Geisinger Community Medical Center⟧: no fracture.
Plan: PERS pendant from ⟦O|Philips Lifeline⟧ (unit ⟦DEV|LL-44718-22⟧), grab bars by ⟦O|Tri-County Home Modifications⟧, increase center days to 3.
Priest from ⟦O|St. Stanislaus Polish National Catholic Cathedral⟧ brings communion monthly. Next IDT ⟦D|4/11⟧.
`);

note("snf-discharge-summary", `
SNF discharge summary — ⟦H|Linden Grove Health Care Center⟧, ⟦C|Wausau⟧ ⟦STATE|WI⟧ — discharged ⟦D|03/14/2099⟧
Patient: ⟦N|Xiong, Nou Lee⟧, 74 y/o F, MRN ⟦M|LG-300184⟧, admitted ⟦D|02/21/2099⟧ from ⟦H|Aspirus Wausau Hospital⟧ after CVA.
Course: PT/OT/SLP 5x/wk, Section GG self-care 8 → 15. Swallow: mechanical soft, thin liquids. Mood: PHQ-9 4.
Discharged home to daughter ⟦N|Pa Houa Xiong⟧ at ⟦S|518 S 3rd Ave⟧, ⟦C|Wausau⟧ ⟦Z|54401⟧, ⟦P|715-555-0179⟧, with ⟦O|Aspirus Home Health⟧ (SOC ⟦D|3/15⟧).
Follow-up: Dr. ⟦N|Chue Thao⟧ (⟦O|Aspirus Wausau Clinic⟧) ⟦D|3/20/2099⟧; neurology Dr. ⟦N|Gretchen Mueller-Hanson⟧ ⟦D|4/10⟧.
Her husband ⟦N|Xai Xiong⟧ (⟦A|91⟧) uses a wheelchair; son ⟦N|Kou Xiong⟧ will help at night. Shaman ceremony planned by family at home.
Family prefers the ⟦O|Walgreens⟧ on ⟦S|Grand Ave⟧. Summary by ⟦N|Kari Zellmer⟧, NP.
`);

note("nh-admission-hp", `
Nursing facility admission H&P — ⟦H|Fairmont Nursing Home⟧, ⟦C|Macon⟧, ⟦STATE|GA⟧ — ⟦D|3/14/2099⟧
Mr. ⟦N|Augustus Leroy Battle⟧ is a ⟦A|99⟧-year-old man admitted for long-term care from ⟦H|Atrium Health Navicent⟧ after aspiration pneumonia.
He lived with his niece ⟦N|Cassandra Battle-Greene⟧ on ⟦S|2145 Pio Nono Ave⟧, ⟦C|Macon⟧ ⟦Z|31206⟧ until she could no longer lift him.
He is a retired ⟦PROF|Pullman porter⟧ and deacon at ⟦O|Steward Chapel AME Church⟧. Veteran (⟦COUNTRY|Korea⟧); VA Aid and Attendance pending, claim ⟦I|VA-29-4471088⟧.
Meds: amlodipine, donepezil, tamsulosin, Eliquis. Allergies: PCN. Exam: frail, oriented to person. BIMS 5.
Plan: pureed diet per SLP, PT eval, hospice discussion with niece and his great-nephew ⟦N|Jaylen Greene⟧ (⟦P|478-555-0163⟧).
Code status DNR (POLST from ⟦H|Navicent⟧ ⟦D|3/10/99⟧). Medicare ⟦HP|2QD7-HK1-FM88⟧. ⟦N|Olusegun Bakare⟧, MD.
`);

note("hospice-f2f", `
Hospice face-to-face encounter (third benefit period) — ⟦O|Hospice of the Valley⟧, ⟦C|Visalia⟧ — ⟦D|2099-03-14⟧
Patient: ⟦N|Kazuo Yamashita⟧, age ⟦A|96⟧, at home, ⟦S|1730 W Tulare Ave⟧, ⟦C|Visalia⟧ ⟦STATE|CA⟧ ⟦Z|93277⟧. Benefit period 3 began ⟦D|03/05/2099⟧.
Decline since last period: weight 47 → 43 kg, PPS 40 → 30%, new stage 2 coccyx, sleeps 20 h/day.
Lives with wife ⟦N|Emiko Yamashita⟧ (⟦A|93⟧) and daughter ⟦N|Naomi Yamashita-Ruiz⟧ (⟦P|559-555-0128⟧), who works at ⟦O|Kaweah Health⟧.
He was interned at ⟦LO|Tule Lake⟧ as a child; family asks that the Buddhist minister Rev. ⟦N|Shinjo Oda⟧ of ⟦O|Visalia Buddhist Church⟧ visit.
I, ⟦N|Priya Venkataraman⟧, NP, performed this encounter and will share findings with Dr. ⟦N|Gerald Hoskins⟧, hospice physician, who recertifies.
`);

note("aps-findings", `
APS investigation summary — ⟦O|Missouri Department of Health and Senior Services⟧, Division of Senior and Disability Services — report # ⟦I|MO-APS-0447181⟧
Eligible adult: ⟦N|Harlan Eugene Pruitt⟧, ⟦A|90⟧, ⟦S|3312 S Fremont Ave⟧, ⟦C|Springfield⟧ ⟦STATE|MO⟧ ⟦Z|65804⟧. Report date ⟦D|02/24/2099⟧; closed ⟦D|03/14/2099⟧.
Allegation: neglect by caregiver ⟦N|Brandi Pruitt-Sisk⟧ (granddaughter). Investigator ⟦N|Lamont Hargis⟧ made 3 home visits and spoke with PCP Dr. ⟦N|Anneliese Koch⟧ (⟦O|CoxHealth⟧).
Findings: substantiated for neglect (untreated wound, no food). Mr. Pruitt moved ⟦D|3/2⟧ to ⟦H|Springfield Rehab and Healthcare Center⟧ with his consent.
Referral to ⟦O|Greene County Public Administrator⟧ for guardianship (petition ⟦I|2099-PR00417⟧). Son ⟦N|Dale Pruitt⟧ in ⟦C|Joplin⟧ (⟦P|417-555-0184⟧) was informed.
Law enforcement: ⟦O|Springfield Police Department⟧ detective ⟦N|Marisa Coyle⟧, case ⟦I|SPD-99-01147⟧. Supervisor ⟦N|Renata Ojeda⟧ approved.
`);

note("medicaid-ltc-eligibility", `
Medicaid long-term-care eligibility — business office note — ⟦H|Evergreen Terrace Care Center⟧, ⟦C|Bangor⟧ ⟦STATE|ME⟧ — ⟦D|Mar 14, 2099⟧
Resident ⟦N|Bernadette Thibodeau-Cyr⟧ (⟦A|94⟧), private pay since admission ⟦D|9/1/98⟧; assets now under limit.
MaineCare application filed ⟦D|3/10/2099⟧ by son ⟦N|Normand Cyr⟧ (⟦P|207-555-0124⟧, ⟦S|61 Ohio St⟧, ⟦C|Brewer⟧), application # ⟦I|ME-DHHS-99-44718⟧.
Look-back: transfer of camp lot in ⟦C|Millinocket⟧ to grandson ⟦N|Luc Cyr⟧ ⟦D|2096⟧ — attorney ⟦N|Meredith Gagnon⟧ (⟦O|Rudman Winchell⟧) to document.
Bank statements from ⟦O|Bangor Savings Bank⟧ acct ending ⟦I|4471⟧ received. Burial trust with ⟦O|Brookings-Smith⟧ funeral home.
DHHS worker ⟦N|Crystal Porter⟧ ⟦P|207-555-0192⟧. Medicare ⟦HP|9AF1-WR3-JD45⟧. Business office: ⟦N|Pauline Ouellette⟧.
`);

note("veterans-home-note", `
⟦H|Minnesota Veterans Home - Minneapolis⟧ — nursing progress note — ⟦D|03/14/2099⟧ — Building 17, 2nd floor
Member ⟦N|Raymond "Ray" Gokee⟧, ⟦A|92⟧, Army (⟦COUNTRY|Korea⟧), Ojibwe from ⟦LO|Red Cliff⟧; member # ⟦M|MVH-M-0447⟧, VA claim ⟦I|C-28 441 770⟧.
Visited today by his daughter ⟦N|Bernadine Gokee-Ortiz⟧ (⟦P|651-555-0173⟧, ⟦C|St. Paul⟧) and the ⟦O|American Legion Post 1⟧ honour guard for his 70th-year service pin.
Pain controlled; PRN morphine x1. Smudging done on patio with staff ⟦N|Ronald Defoe⟧ per spiritual-care plan.
VA liaison ⟦N|Jessica Wolcott⟧ from the ⟦H|Minneapolis VA Health Care System⟧ reviewed hearing aids. Audiology appt ⟦D|4/2⟧.
Next of kin address ⟦S|1187 Payne Ave⟧, ⟦C|St. Paul⟧ ⟦Z|55130⟧. Note by ⟦N|Kwame Boateng⟧, RN.
`);

note("hospice-chaplain", `
Spiritual care visit — ⟦O|Hospice Hawaii⟧ — ⟦D|3/14/2099⟧ — patient ⟦N|Leilani Kahananui-Souza⟧ (⟦A|95⟧) at home in ⟦C|Kāneʻohe⟧, ⟦S|45-330 Kamehameha Hwy⟧
Chaplain ⟦N|Mose Faleolo⟧ met with patient, her son ⟦N|Kekoa Kahananui⟧, daughter-in-law ⟦N|Maile⟧, and great-grandchildren. Kahu ⟦N|Samuel Kealoha⟧ of ⟦O|Kaneohe Hawaiian Church⟧ led ʻoli and prayer.
Patient asked that her ashes go to ⟦LO|Kualoa⟧; family agreed. Funeral home: ⟦O|Borthwick Mortuary⟧.
Son shared grief about his brother ⟦N|Kawika⟧, who died in ⟦D|2097⟧. Offered bereavement follow-up with ⟦N|Lani Pedro⟧, LCSW.
Next visit ⟦D|3/21⟧. Phone (son) ⟦P|808-555-0176⟧. Chart ⟦M|HH-2099-77104⟧. —⟦N|MF⟧
`);

// ======================================================== lower case (8) ========================================================

note("hh-aide-schedule-lo", `
aide schedule wk of ⟦D|3/14⟧ — ⟦O|home instead⟧ ⟦C|lafayette⟧ office — scheduler ⟦N|brandy comeaux⟧ ⟦P|337-555-0110⟧
mon/wed/fri 0800-1000 mrs. ⟦N|ida mae broussard⟧ (⟦A|93⟧), ⟦S|118 st. landry st⟧, ⟦C|lafayette⟧ — aide ⟦N|yesenia cortez⟧. key in lockbox, code 2210. bath, breakfast, meds reminder
tue/thu 0900-1300 mr. ⟦N|wendell pitre⟧, ⟦S|402 e bridge st⟧, ⟦C|breaux bridge⟧ — aide ⟦N|keondra batiste⟧. wife ⟦N|lorraine⟧ has dementia too, don't leave them alone together w/ stove
sat 1000-1400 ms. ⟦N|agathe romero⟧ (⟦A|100⟧!), ⟦S|2207 johnston st apt 4⟧ — aide ⟦N|ngozi umeh⟧. daughter ⟦N|cecile⟧ ⟦P|337-555-0139⟧ pays privately
sub list: ⟦N|tiffany arceneaux⟧ ⟦P|337-555-0156⟧, ⟦N|marco delahoussaye⟧. ⟦N|yesenia⟧ off ⟦D|3/19⟧ — ⟦N|tiffany⟧ covers. questions → ⟦N|brandy⟧ or rn supervisor ⟦N|dana mouton⟧
`);

note("family-texts-lo", `
texts between daughter and nurse — ⟦H|pine view care center⟧ ⟦C|clarks summit⟧ — ⟦D|3/14⟧
0905 ⟦N|donna kearney⟧: hi its ⟦N|donna⟧, moms daughter (⟦N|eileen mcgrath⟧ rm 21). did she eat? she sounded off on the phone last nite
0912 nurse ⟦N|rachel ference⟧: morning! she ate half her oatmeal & juice. temp normal. dr ⟦N|kowalski⟧ rounds today, ill ask him to check her
0914 ⟦N|donna⟧: thank u. my brother ⟦N|kevin⟧ is flying in from ⟦C|tampa⟧ fri. can he visit after 8?
0920 ⟦N|rachel⟧: yes of course. ill let ⟦N|jenn⟧ on nights know
1340 ⟦N|rachel⟧: dr saw her, uti likely, culture sent to ⟦O|quest⟧, started keflex. her bday is ⟦D|3/22⟧, she will be ⟦A|94⟧ — activities ⟦N|marlene⟧ asked about a cake?
1342 ⟦N|donna⟧: yes!! she loves lemon. and can father ⟦N|tom⟧ from ⟦O|our lady of the snows⟧ bring communion
1345 ⟦N|rachel⟧: ill call the parish. -⟦N|rf⟧
`);

note("dialysis-sw-note-lo", `
sw note ⟦D|03/14/2099⟧ ⟦O|davita riverside dialysis⟧ (⟦C|fresno⟧)
pt ⟦N|harjit singh sandhu⟧, 81, tth 3rd shift. lives w son ⟦N|gurpreet sandhu⟧ and dil ⟦N|manpreet kaur⟧ at ⟦S|4415 n cedar ave⟧, ⟦C|fresno⟧ ⟦Z|93726⟧
son asking abt home hd. told him training at ⟦O|davita home dialysis fresno⟧, nurse ⟦N|amanda oyler⟧ ⟦P|559-555-0121⟧
transport: ⟦O|handy ride⟧ id ⟦I|hr-20441⟧ late 3x this month → complaint to ⟦N|luz valenzuela⟧ at handy ride
advance directive: wants full code. gurdwara ⟦O|sikh center of the pacific coast⟧ giani ⟦N|baljit singh⟧ visits
medicare ⟦HP|6gk8-vn2-ht13⟧ + medi-cal ⟦HP|91447188a⟧. ⟦N|rosa m. lucero⟧, msw
`);

note("al-medtech-log-lo", `
med tech shift log — ⟦H|heritage oaks assisted living⟧, ⟦C|hendersonville⟧ ⟦STATE|nc⟧ — ⟦D|03/14/99⟧ 2nd shift — ⟦N|tonya whitmire⟧, cma
1600 apt 208 mr. ⟦N|carlisle frady⟧ refused evening meds again, said "⟦N|junie⟧ will bring em" (his late wife). redirected, took at 1630
1700 apt 112 mrs. ⟦N|euna mae shipman⟧ (⟦A|97⟧) c/o dizzy, bp 98/52 — called on-call np ⟦N|kristen ashby⟧ ⟦P|828-555-0108⟧. hold lasix tonight
1830 pharmacy ⟦O|hendersonville apothecary⟧ delivered new mar for ms. ⟦N|dolores ammons⟧; eliquis dose changed
1945 apt 301 mr. ⟦N|lester "buddy" corn⟧ family call: son ⟦N|darrell corn⟧ from ⟦C|greenville⟧ ⟦P|864-555-0199⟧ wants pt to start ⟦O|four seasons compassion for life⟧ hospice eval
2200 handoff to ⟦N|rochelle banks⟧, 3rd shift. -⟦N|tw⟧
`);

note("hospice-oncall-log-lo", `
hospice on-call log — ⟦O|hospice of northwest ohio⟧ — night of ⟦D|3/13-3/14⟧ — on-call rn ⟦N|maria teresa iglesias⟧
2215 call from ⟦N|jody fenske⟧ re mother ⟦N|ruth fenske⟧ (⟦A|92⟧), ⟦S|1919 glenwood ave⟧, ⟦C|toledo⟧: restless, moaning. advised lorazepam 0.5 sl + morphine 5 mg per kit. call back 2300: sleeping
2340 ⟦H|glendale assisted living⟧ med tech ⟦N|akua mensah⟧ ⟦P|419-555-0172⟧: mr. ⟦N|hollis dupree⟧ breathing changes, family present (daughter ⟦N|cheryl⟧). visit made 0005
0140 mr. ⟦N|dupree⟧ died 0128, pronounced by me 0145. notified dr ⟦N|feng⟧ (attending), ⟦O|walter funeral home⟧ ⟦P|419-555-0145⟧, daughter ⟦N|cheryl dupree-simmons⟧ present
0430 call from ⟦N|gwendolyn amos⟧, wife of ⟦N|elijah amos⟧ (⟦A|90⟧), ⟦S|825 n detroit ave⟧: out of oxygen — called ⟦O|adapthealth⟧ on-call ⟦P|800-555-0130⟧, tanks by 0600
0700 report to day team ⟦N|ashley kratz⟧. -⟦N|mti⟧
`);

note("adult-day-log-lo", `
adult day daily notes — ⟦O|seasons adult day center⟧, ⟦C|youngstown⟧ — ⟦D|march 14⟧
mr. ⟦N|vasile popescu⟧ (89): arrived 0830 via ⟦O|warren county transit⟧, sang romanian songs at music hour. granddaughter ⟦N|alina popescu⟧ ⟦P|330-555-0162⟧ picks up 1500
mrs. ⟦N|hattie washburn⟧ (⟦A|91⟧): bs 212 before lunch, called her pcp dr. ⟦N|oyinlola⟧'s nurse at ⟦O|mercy health youngstown primary care⟧. son ⟦N|marcus⟧ aware
mr. ⟦N|stanley "stosh" kaminski⟧: wandered to side door x2, wanderguard ⟦DEV|wg-2099-044⟧ checked ok. wife ⟦N|florence kaminski⟧ says poor sleep at home
ms. ⟦N|carmen delgado⟧ birthday — cake from ⟦O|schwebel's⟧ bakery outlet lol. her niece ⟦N|iris⟧ brought photos from ⟦C|ponce⟧
notes by ⟦N|lakeisha brown⟧, program aide. director ⟦N|theresa iannucci⟧
`);

note("ombudsman-notes-lo", `
ombudsman field notes ⟦D|3/14/99⟧ — ⟦O|region 6 long-term care ombudsman⟧ (⟦O|area agency on aging 10b⟧) — ⟦N|gloria pettibone⟧
visit 1: ⟦H|the woodlands of columbus⟧ memory unit. resident ⟦N|edith fairchild⟧'s son ⟦N|dwight⟧ (⟦P|614-555-0106⟧) says mom was moved rooms w/o notice. resident can't consent → rep consents. asked admin ms. ⟦N|okoro⟧ for notice copy
visit 2: ⟦H|mayfair village nursing care center⟧ — discharge notice to mr. ⟦N|armando quintero⟧ (⟦A|93⟧) for "nonpayment"; medicaid pending (app ⟦I|oh-jfs-99-33871⟧). filed appeal w/ ⟦O|odjfs bureau of state hearings⟧ by ⟦D|3/24⟧
visit 3: resident council at ⟦H|whetstone gardens⟧, president mrs. ⟦N|ruby sewell⟧: food cold on 3rd floor
follow up ⟦D|3/21⟧. complaint #s ⟦I|cbus-0471⟧, ⟦I|cbus-0472⟧
`);

note("hh-visit-gatecode-lo", `
sn visit ⟦D|3/14/2099⟧ — ⟦O|hawaii home care services⟧ — pt ⟦N|fetuao tuilagi⟧ (⟦A|90⟧), ⟦S|1520 kalihi st⟧, ⟦C|honolulu⟧ ⟦Z|96819⟧ — gate code #4417, park on street, 2nd house back
visit 4 of 9. bp 162/88, bs 188. on insulin pens. wound L shin healing. son ⟦N|faleolo tuilagi jr⟧ ⟦P|808-555-0115⟧ works nights at ⟦O|matson⟧, sleeps days
daughter ⟦N|seini tuilagi-fifita⟧ does meds. pastor rev. ⟦N|ioane sapolu⟧ (⟦O|first samoan congregational church⟧) brings food ⟦DAY|sundays⟧
pcp dr. ⟦N|aileen nakasone⟧ at ⟦H|kalihi-palama health center⟧ fax ⟦F|808-555-0116⟧ — sent visit note. next visit ⟦D|3/17⟧. rn ⟦N|kainoa akana⟧
`);

write();
