// Why this file exists: builds test/fixtures/clinical-notes-61.jsonl, a sixty-first labelled set of clinical texts
// written by hand in stop 60 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 59 and 60's generators, fixture-io.mjs, test/clinical-notes-60.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 62, written blind at the same time by another helper, was not read), in the register of NEPHROLOGY, DIALYSIS AND
// TRANSPLANT across the US: outpatient hemodialysis run sheets, a shift log with machine serials, an admission H&P, a
// monthly progress note, a morning huddle, water and reprocessing QA, a bloodstream infection (NHSN dialysis event)
// worksheet; peritoneal dialysis training, a PD peritonitis note, a remote PD monthly visit, home hemodialysis training
// and a home program portal chat; a CKD options class roster and a nephrology office visit; CMS-2728 and CMS-2746
// forms; ESRD network grievance and involuntary discharge reviews; transient (travel) dialysis requests by form and
// e-mail; vascular access referral and operative note; dialysis social work (depression screen, transport, housing) and
// a missed-treatment letter; transplant referral, evaluation consult, psychosocial evaluation, selection committee
// minutes, a listing letter and a not-a-candidate letter; living donor advocate note and a paired-exchange letter; OPO
// donor referral log, donor evaluation summary, a DonorNet offer log and donor family aftercare; post-transplant clinic
// note, admission, allograft biopsy report, discharge summary, tacrolimus lab log and an outreach courier log; pharmacy
// prior authorisation and an appeal letter; transplant financial coordinator note. 10 in ALL CAPS, 10 in lower case, the
// rest (25) mixed.
// Regions (towns invented or real, states real): Chicago; Espanola (Rio Arriba County); Salina, Wichita and Hutchinson;
// Birmingham and Selma; Killeen and Panama City Beach; Omaha and Kearney; Dallas; San Jose; Salt Lake City and Logan;
// Baltimore; Riverside and Hermosillo; Seattle, Renton and Rainier Beach; Statesville and Mooresville; Wichita and El
// Dorado; Phoenix and Chinle (Navajo Nation); Tampa and Brandon; Portland, Hillsboro, Forest Grove and Hilo; Lowell;
// West Memphis and Memphis; Milwaukee and Madison; Atlanta and Brookhaven; Redwood City; Nashville, Murfreesboro,
// Smyrna and Akron; the Bronx; Temple and Belton; Concord and Kannapolis; Hackensack and Fort Lee; Ann Arbor, Lansing
// and Dimondale; Waterbury and Bristol; Houma and Raceland; Cleveland and Lake Forest; Lubbock and Levelland; Madison,
// Eau Claire, Rochester and Lac du Flambeau; Anchorage and Kotzebue; Jackson (Mississippi); Tulsa; Baton Rouge; Anoka
// and Kailua-Kona; New York; Austin and Round Rock; Hialeah; Grand Rapids, Walker and Byron Center; Houston, Beaumont,
// Port Arthur, Sugar Land and Lufkin.
// PHI forms sought: patients', donors', relatives', caregivers' and staff's names of many origins (Igbo, Yoruba, Akan,
// Zulu, Senegalese, Somali, Haitian, Cuban, Mexican with two surnames, Dominican, New Mexican Hispano, Filipino,
// Vietnamese, Japanese, Korean, Chinese, Tamil, Marathi, Bengali, Arab, Armenian, Polish, Ukrainian, Russian, Czech,
// Bosnian, Norwegian, Danish, German, Amish-Mennonite, Cajun, Irish, Navajo, Ojibwe, Inupiaq, Native Hawaiian, Muscogee,
// Ethiopian), "LAST, FIRST" rows of a shift log and a courier log, staff initials; dates as "11/02/2099", "3/22/1962",
// "2099-11-03", "NOVEMBER 4, 2099", "Nov 3, 2099", "nov 5", month-day, month and year, bare years; an age over 89;
// phones, toll-free lines, pagers, extensions, faxes, e-mails, a URL; unit and hospital MRNs; Medicare MBIs, Medicaid,
// TRICARE and member and group numbers (HEALTHPLAN); CMS certification numbers (CCN), NPIs, DEA and NCPDP numbers,
// UNOS candidate ids, DonorNet donor ids and match runs, OPO referral and case numbers, NKR pair numbers, accession,
// requisition, chain-of-custody, airbill and tracking numbers, NHSN event numbers, ESRD network case numbers, PA keys
// and references, grant and campaign numbers, work orders (ID); device serials of dialysis machines, RO units, PD
// cyclers, home HD machines and a CPAP (DEVICE); a portal user name; addresses, apartments, P.O. boxes, counties,
// reservations, a lodging pavilion.
// Hard negatives: drugs (tacrolimus, Envarsus XR, Prograf, mycophenolate, belatacept, Nulojix, everolimus, sirolimus,
// basiliximab, thymoglobulin, valganciclovir, TMP-SMX, Bactrim, epoetin, Epogen, Mircera, darbepoetin, Venofer,
// calcitriol, sevelamer, Auryxia, cinacalcet, Lokelma, heparin, icodextrin, vancomycin, ceftazidime, mupirocin), dialysis
// words (Kt/V, spKt/V, URR, EDW, UF, QB, QD, 2K/2.5Ca, AVF, AVG, CVC, IJ, permcath, CAPD, CCPD, APD, PET, DGF, KDPI,
// cPRA, DSA, DCD, SPK, KPD, LRKT, DDKT), products (Fresenius 2008T, Optiflux F180NR, NxStage, Tablo, Baxter Amia,
// Homechoice Claria, Mar Cor Millenium, ResMed AirSense 11), scores (Banff IA, KDQOL-36, PHQ-9, SIPAT) and programs
// (Kidney Smart, Medicare Part B-ID, EQRS, FMLA, SSDI).
// Labelling follows fixtures 59 and 60: weekdays are `ignored` (DAY), as are states and countries; clock times, shifts,
// chairs, stations, durations, post-operative days and relative dates are left unlabelled; ages under 90 are no PHI;
// titles, degrees, credentials, relations and cue words stay outside the name; dialysis units (in-center and home
// programs), hospitals, transplant centers, clinics and infusion centers are HOSPITAL; dialysis chains named as
// companies, nephrology and surgery group practices, OPOs, ESRD networks, UNOS-like registries, labs, couriers,
// pharmacies, payers, employers, churches, agencies and law firms are ORGANIZATION; counties, reservations and a
// lodging pavilion are LOCATION-OTHER; P.O. boxes are STREET; unit and hospital MRNs and a birth-centre-like chart
// number are MRN; Medicare, Medicaid, TRICARE, member and group numbers HEALTHPLAN; serials DEVICE; portal ids USERNAME;
// extensions and pagers PHONE. Bare program names ("Medicare", "Medi-Cal", "TRICARE"), CPT and ICD codes, lot numbers,
// form numbers (CMS-2728), RX BINs and scores stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large payers, labs, chains and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-60 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-61.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-61.jsonl", "make-clinical-fixture-61");
// ======================================================== ALL CAPS (10) ========================================================

note("hd-run-sheet-caps", `
⟦H|FRESENIUS KIDNEY CARE NORTH LAWNDALE⟧ - HEMODIALYSIS TREATMENT RECORD   ⟦D|11/02/2099⟧   SHIFT 2   CHAIR 14
PATIENT: ⟦N|OKAFOR-BELL, CHIDINMA⟧   MRN ⟦M|FKC-00417726⟧   DOB ⟦D|02/14/2061⟧   MEDICARE MBI ⟦HP|7QW4-HT2-MK81⟧
NEPHROLOGIST: DR. ⟦N|ARJUN SESHADRI⟧ (⟦O|METRO KIDNEY ASSOCIATES⟧)   CHARGE RN: ⟦N|LORRAINE KUBIAK⟧, RN
MACHINE: FRESENIUS 2008T SN ⟦DEV|2HBR441720⟧   RO PORTABLE SN ⟦DEV|MX-PRO-09917⟧   DIALYZER OPTIFLUX F180NR (REUSE #0, SINGLE USE)
ACCESS: LEFT BRACHIOCEPHALIC AVF (CREATED ⟦D|03/2097⟧ BY DR. ⟦N|WALTER DZIEDZIC⟧, ⟦H|MOUNT SINAI HOSPITAL CHICAGO⟧). BRUIT/THRILL +. 15G NEEDLES X2, CANNULATED BY ⟦N|DESHAWN FOLKES⟧, PCT.
PRE: WT 84.6 KG (EDW 82.0), BP 168/94, HR 88, T 97.9. UF GOAL 2.9 L. QB 450, QD 600, 2K/2.5CA BATH, HEPARIN 2,000 U BOLUS.
INTRA: 07:40 BP 132/70; 08:55 CRAMPING, UF PAUSED 10 MIN, NS 200 ML. TX TIME 3:45, KT/V (OLC) 1.41.
POST: WT 82.3 KG, BP 141/78. HEMOSTASIS 8 MIN. MEDS: EPOGEN 6,000 U IV, VENOFER 100 MG, CALCITRIOL 1 MCG.
LABS DRAWN PRE: MONTHLY PANEL, REQ # ⟦I|SPL-99-7741028⟧ TO ⟦O|SPECTRA LABORATORIES⟧.
TRANSPORT: ⟦O|SUNRISE MEDICAL TRANSPORTATION⟧ VAN, PICKUP 10:45, ⟦P|773-555-0148⟧. DAUGHTER ⟦N|ADAEZE BELL⟧ ⟦P|312-555-0191⟧.
SIGNED ⟦N|L. KUBIAK⟧ RN / ⟦N|DF⟧ PCT
`);

note("cms-2728-caps", `
END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT - MEDICARE ENTITLEMENT AND/OR PATIENT REGISTRATION (CMS-2728)
1. NAME: ⟦N|TRUJILLO ARCHULETA, BENEDICTO R⟧   2. MEDICARE NUMBER: ⟦HP|3XK9-RT4-PL27⟧   3. DOB ⟦D|07/19/2048⟧   4. SSN ⟦SSN|585-41-0773⟧
5. ADDRESS: ⟦S|2207 CAMINO DEL RIO GRANDE⟧, ⟦C|ESPANOLA⟧, ⟦STATE|NM⟧ ⟦Z|87532⟧   COUNTY: ⟦LO|RIO ARRIBA⟧   PHONE ⟦P|505-555-0136⟧
6. SEX: M   7. ETHNICITY: HISPANIC   8. COUNTRY OF BIRTH: ⟦COUNTRY|US⟧
12. PRIMARY CAUSE OF RENAL FAILURE: E11.22 DIABETES MELLITUS TYPE 2 WITH DIABETIC CKD
17. PRIOR TO ESRD: NEPHROLOGY CARE > 12 MONTHS WITH DR. ⟦N|HALVORSEN⟧   EGFR 8 (⟦D|09/28/2099⟧)
18. EMPLOYER GROUP HEALTH INSURANCE: NO   MEDICAID: YES (⟦O|PRESBYTERIAN CENTENNIAL CARE⟧ ID ⟦HP|NM0774120915⟧)
22. DATE REGULAR CHRONIC DIALYSIS BEGAN: ⟦D|10/04/2099⟧   23. DATE PATIENT STARTED AT CURRENT FACILITY: ⟦D|10/11/2099⟧
24. FACILITY NAME: ⟦H|DAVITA ESPANOLA VALLEY DIALYSIS⟧   CCN ⟦I|322614⟧   ⟦S|1010 N RIVERSIDE DR⟧, ⟦C|ESPANOLA⟧ ⟦Z|87532⟧
26. PATIENT INFORMED OF TRANSPLANT OPTIONS: YES ⟦D|10/11/2099⟧   REFERRED TO ⟦H|UNM HOSPITAL⟧ TRANSPLANT PROGRAM
25. EMPLOYMENT: PRIOR - ⟦O|LOS ALAMOS NATIONAL LABORATORY⟧ CUSTODIAN UNTIL ⟦D|2097⟧; CURRENT - NONE
27. PHYSICIAN: ⟦N|INGRID HALVORSEN⟧, MD   NPI ⟦I|1447029183⟧   SIGNED ⟦D|10/15/2099⟧
28. PATIENT SIGNATURE: ⟦N|BENEDICTO TRUJILLO⟧ (SIGNED BY SON ⟦N|MARCOS TRUJILLO⟧, POA)   DATE ⟦D|10/15/2099⟧
FORM COMPLETED BY: ⟦N|REBECCA CHAVEZ-LUCERO⟧, LMSW   ⟦E|RCHAVEZLUCERO@DAVITA.EXAMPLE.COM⟧
`);

note("opo-donor-referral-caps", `
⟦O|MIDWEST TRANSPLANT NETWORK⟧ - DONOR REFERRAL LOG   REFERRAL # ⟦I|MTN-99-118204⟧   CALL RECEIVED ⟦D|11/03/2099⟧ 03:12
REFERRING HOSPITAL: ⟦H|SALINA REGIONAL HEALTH CENTER⟧, ⟦C|SALINA⟧ ⟦STATE|KS⟧   UNIT: ICU BED 6   CALLER: ⟦N|TRAVIS OSTROWSKI⟧, RN ⟦P|785-555-0163⟧
PATIENT: ⟦N|DALE EUGENE HOCHSTETLER⟧   AGE 58   HOSP MRN ⟦M|SRHC-1120447⟧   ADMIT ⟦D|11/01/2099⟧
TRIGGER: GCS 3, VENT DEPENDENT, FAMILY DISCUSSING WITHDRAWAL. MECHANISM: ANOXIA AFTER CARDIAC ARREST AT ⟦O|CARGILL⟧ PLANT, ⟦C|WICHITA⟧.
MEDICAL SUITABILITY: CR 1.1, NO HX MALIGNANCY. POTENTIAL DCD KIDNEYS, LIVER.
REGISTRY: ⟦O|KANSAS DONOR REGISTRY⟧ - REGISTERED DONOR (DL # ⟦I|K04-47-1829⟧).
ON-CALL COORDINATOR: ⟦N|MEGAN STRAUB⟧ ⟦P|816-555-0109⟧   ADMINISTRATOR ON CALL: ⟦N|JOEL PACHECO⟧
FAMILY: WIFE ⟦N|LORETTA HOCHSTETLER⟧ ⟦P|785-555-0174⟧; BROTHER ⟦N|WAYNE HOCHSTETLER⟧ IN ⟦C|HUTCHINSON⟧.
ATTENDING: DR. ⟦N|ANIL CHERIAN⟧ (INTENSIVIST); CHAPLAIN REV. ⟦N|DONALD MUELLER⟧ WITH FAMILY.
ON-SITE ARRIVAL 06:40 BY ⟦N|M. STRAUB⟧. AUTHORIZATION OBTAINED 09:15 (FIRST PERSON). DONORNET DONOR ID ⟦I|AHGD447⟧.
MEDICAL EXAMINER: ⟦O|SALINE COUNTY CORONER⟧ DR. ⟦N|ROY VANDENBERG⟧ RELEASED, NO RESTRICTIONS.
`);

note("transplant-listing-letter-caps", `
⟦H|UNIVERSITY OF ALABAMA AT BIRMINGHAM⟧ COMPREHENSIVE TRANSPLANT INSTITUTE   ⟦S|1900 UNIVERSITY BLVD⟧, ⟦C|BIRMINGHAM⟧, ⟦STATE|AL⟧ ⟦Z|35294⟧
⟦D|NOVEMBER 4, 2099⟧
MS. ⟦N|QUANISHA RENEE STALLWORTH⟧
⟦S|418 MARTIN LUTHER KING JR DR⟧
⟦C|SELMA⟧, ⟦STATE|AL⟧ ⟦Z|36703⟧
RE: KIDNEY TRANSPLANT WAITING LIST - NOTICE OF LISTING   UNOS ID ⟦I|QRS4471⟧   MRN ⟦M|UAB-8819042⟧
DEAR MS. ⟦N|STALLWORTH⟧:
THE SELECTION COMMITTEE MET ON ⟦D|10/28/2099⟧ AND APPROVED YOU FOR THE DECEASED DONOR KIDNEY WAITING LIST. YOUR LISTING DATE IS ⟦D|10/30/2099⟧; YOUR WAITING TIME COUNTS FROM YOUR FIRST DIALYSIS ON ⟦D|06/12/2096⟧.
BLOOD TYPE: O. CPRA: 37%. YOU HAVE ALSO CONSENTED TO KIDNEYS WITH KDPI > 85%.
PLEASE KEEP YOUR PHONE ON AT ALL TIMES. YOUR CONTACT NUMBERS ON FILE: ⟦P|334-555-0127⟧ (CELL), ⟦P|334-555-0188⟧ (SISTER ⟦N|LATRICE STALLWORTH⟧).
YOUR DIALYSIS UNIT (⟦H|DAVITA SELMA DIALYSIS⟧) WILL SEND A MONTHLY SERUM SAMPLE TO OUR HLA LAB (⟦O|UAB HISTOCOMPATIBILITY LABORATORY⟧).
PRE-TRANSPLANT COORDINATOR: ⟦N|KIMBERLY NESMITH⟧, RN, BSN ⟦P|205-555-0155⟧ OR TOLL FREE ⟦P|1-800-555-0142⟧, FAX ⟦F|205-555-0156⟧.
SINCERELY,
⟦N|VIKRAM RAJAGOPALAN⟧, MD, MEDICAL DIRECTOR, KIDNEY AND PANCREAS TRANSPLANT
CC: DR. ⟦N|CORNELIUS WHITFIELD⟧ (NEPHROLOGIST, ⟦C|SELMA⟧); ⟦O|BLUE CROSS BLUE SHIELD OF ALABAMA⟧ (MEMBER ⟦HP|ZGB440917226⟧)
`);

note("transient-dialysis-request-caps", `
TRANSIENT (TRAVEL) DIALYSIS REQUEST   FROM: ⟦H|US RENAL CARE KILLEEN⟧, ⟦S|2110 S W S YOUNG DR⟧, ⟦C|KILLEEN⟧ ⟦STATE|TX⟧ ⟦Z|76543⟧  PH ⟦P|254-555-0112⟧  FAX ⟦F|254-555-0113⟧
TO: ⟦H|FRESENIUS KIDNEY CARE PANAMA CITY BEACH⟧, ATTN ADMISSIONS ⟦N|JOLENE PARRISH⟧, FAX ⟦F|850-555-0190⟧
PATIENT: ⟦N|VILLANUEVA, ROMEO D⟧   DOB ⟦D|12/01/2053⟧   HOME MRN ⟦M|USRC-4471027⟧
TRAVEL DATES: ⟦D|12/20/2099⟧ - ⟦D|01/03/2100⟧   REQUESTED: MWF, AM SHIFT. STAYING AT ⟦S|17281 FRONT BEACH RD⟧ UNIT 1204 (SON ⟦N|ARVIN VILLANUEVA⟧ ⟦P|850-555-0161⟧).
PACKET: H&P (⟦D|08/2099⟧), LAST 3 RUN SHEETS, MEDS, STANDING ORDERS, HEP B SAG NEG / SAB 112 (⟦D|10/30/2099⟧), PPD NEG, CXR ⟦D|02/2099⟧, EKG, ADVANCE DIRECTIVE.
RX: 3:30 H, OPTIFLUX 160NR, QB 400, 2K/2.5CA, EDW 71.5 KG, HEPARIN 1,000 U, AVG RIGHT FOREARM (LOOP, DR. ⟦N|HOLLOWAY⟧ ⟦D|2098⟧).
INSURANCE: TRICARE FOR LIFE + MEDICARE ⟦HP|1EG4-TE5-MK72⟧; TRICARE DOD ID ⟦HP|1447720918⟧.
ATTENDING: DR. ⟦N|GUADALUPE RENTERIA⟧ AGREES TO COVER; LOCAL NEPHROLOGIST DR. ⟦N|SHELDON PRUETT⟧ (⟦O|EMERALD COAST NEPHROLOGY⟧) ACCEPTED ⟦D|12/05/2099⟧.
COORDINATOR: ⟦N|YESENIA ALVARADO⟧, TRAVEL COORD, ⟦E|YALVARADO@USRENALCARE.EXAMPLE.COM⟧
`);

note("tac-level-log-caps", `
POST-TRANSPLANT LAB LOG - ⟦H|NEBRASKA MEDICINE⟧ KIDNEY TRANSPLANT CLINIC   COORDINATOR ⟦N|SHAYLA OYELOWO⟧, RN
RECIPIENT: ⟦N|KRAMER, JOSEPH ALLEN⟧   MRN ⟦M|NM-00718841⟧   TX DATE ⟦D|08/22/2099⟧ (DDKT, DONOR ⟦I|AHFB118⟧)
DRAW SITE: ⟦O|QUEST DIAGNOSTICS⟧ PSC, ⟦C|KEARNEY⟧ ⟦STATE|NE⟧   COURIER: ⟦O|MEDSPEED⟧
⟦D|10/27/2099⟧ TAC 11.8 (GOAL 8-10) CR 1.42 K 5.3 WBC 4.1 - DOSE 4 MG BID -> 3.5 MG BID (DR. ⟦N|FENSTERMACHER⟧)  ACC ⟦I|QD8840172⟧
⟦D|11/03/2099⟧ TAC 9.4 CR 1.38 K 4.9 WBC 3.8 BK PCR <500 - NO CHANGE  ACC ⟦I|QD8840588⟧  CALLED PT 14:10, SPOKE WITH WIFE ⟦N|BRENDA⟧
⟦D|11/10/2099⟧ SPECIMEN HEMOLYZED - REDRAW REQUESTED. PT WORKS AT ⟦O|CABELA'S⟧ DISTRIBUTION, DRAW ⟦D|11/11⟧ 07:00.
⟦D|11/11/2099⟧ TAC 8.7 CR 1.35 - ACC ⟦I|QD8841230⟧ - ⟦N|SO⟧
⟦D|11/17/2099⟧ TAC 8.1 CR 1.33 - ACC ⟦I|QD8841702⟧ - RESULT FAXED TO DR. ⟦N|PRAKASH NAIDU⟧ (LOCAL NEPHROLOGY, ⟦C|GRAND ISLAND⟧) ⟦F|308-555-0107⟧ - ⟦N|SO⟧
PHARMACY: ⟦O|NEBRASKA MEDICINE SPECIALTY PHARMACY⟧ ⟦P|402-555-0117⟧; MYCOPHENOLATE 720 MG BID, PREDNISONE 5 MG.
PT CELL ⟦P|308-555-0146⟧  ⟦E|JAKRAMER.KEARNEY@GMAIL.COM⟧
`);

note("esrd-grievance-caps", `
⟦O|ESRD NETWORK 14⟧ - PATIENT GRIEVANCE INTAKE   CASE # ⟦I|NW14-G-99-0418⟧   DATE ⟦D|11/05/2099⟧
RECEIVED BY: ⟦N|CYNTHIA MORALES-OKORO⟧, PATIENT SERVICES DIRECTOR   VIA TOLL-FREE LINE ⟦P|877-555-0168⟧
PATIENT: ⟦N|LAMONT DESHAWN PRITCHETT⟧   DOB ⟦D|05/30/2066⟧   PHONE ⟦P|214-555-0183⟧
FACILITY: ⟦H|DIALYSIS CLINIC INC - OAK CLIFF⟧, ⟦C|DALLAS⟧ ⟦STATE|TX⟧   CCN ⟦I|452718⟧   ADMINISTRATOR ⟦N|GARY VILLASENOR⟧
NATURE OF CONCERN: PT STATES CHAIR TIME MOVED FROM SHIFT 1 TO SHIFT 3 WITHOUT NOTICE AFTER DISPUTE WITH TECH ⟦N|RONNIE SPEARS⟧ ON ⟦D|10/29/2099⟧; FEARS INVOLUNTARY DISCHARGE. WORKS NIGHTS AT ⟦O|AMERICAN AIRLINES⟧ CARGO.
PT REQUESTS ANONYMITY: NO. CONSENT TO CONTACT FACILITY: YES.
ACTION: CALLED FACILITY SOCIAL WORKER ⟦N|TANISHA OYERINDE⟧, LMSW ⟦P|214-555-0129⟧ ⟦D|11/05/2099⟧ 15:20 - SHIFT CHANGE DUE TO STAFFING, WILL OFFER SHIFT 1 BACK ⟦D|11/09⟧.
FOLLOW-UP CALL TO PT ⟦D|11/10/2099⟧ - RESOLVED, SATISFIED. CLOSED BY ⟦N|CMO⟧.
`);

note("pd-training-caps", `
HOME DIALYSIS TRAINING RECORD - PERITONEAL DIALYSIS   ⟦H|SATELLITE WELLBOUND OF SAN JOSE⟧
PATIENT: ⟦N|NGUYEN THI HONG LOAN⟧   MRN ⟦M|SW-0094417⟧   DOB ⟦D|09/09/1958⟧   CARE PARTNER: HUSBAND ⟦N|TRAN VAN MINH⟧ (INTERPRETER ⟦N|KIM-ANH PHAM⟧)
CATHETER: TENCKHOFF, PLACED ⟦D|10/02/2099⟧ BY DR. ⟦N|ROSALIND AGBAJE⟧ AT ⟦H|REGIONAL MEDICAL CENTER OF SAN JOSE⟧ (LAPAROSCOPIC). EXIT SITE RIGHT LOWER QUADRANT.
TRAINING DAY 1 ⟦D|10/20/2099⟧: HAND HYGIENE, MASK, MANUAL EXCHANGE DEMO. RN ⟦N|MARISOL DEGUZMAN⟧.
DAY 3 ⟦D|10/22/2099⟧: RETURN DEMO X2, ASEPTIC CONNECTION PASSED. DRAIN 2,150 ML, CLEAR.
DAY 5 ⟦D|10/24/2099⟧: CYCLER BAXTER AMIA SN ⟦DEV|AMA-77104418⟧ SETUP; SHARESOURCE PROGRAMMING BY ⟦N|M. DEGUZMAN⟧.
PRESCRIPTION: CCPD 4 X 2.0 L 1.5% OVER 9 H, LAST FILL 1.5 L ICODEXTRIN. DR. ⟦N|HENRY CHIU-VALDEZ⟧.
HOME VISIT ⟦D|10/28/2099⟧ AT ⟦S|3471 STORY RD⟧ APT 12, ⟦C|SAN JOSE⟧ ⟦Z|95127⟧: STORAGE OK, PETS NONE, WATER HEATER ROOM.
SUPPLIES: ⟦O|BAXTER⟧ HOME DELIVERY ACCT ⟦I|BX-4471092⟧, 1ST DELIVERY ⟦D|11/01/2099⟧.
PHONE ⟦P|408-555-0135⟧ (HUSBAND), ⟦P|408-555-0120⟧ (DAUGHTER ⟦N|THERESA NGUYEN⟧)
`);

note("living-donor-workup-caps", `
LIVING KIDNEY DONOR EVALUATION - INDEPENDENT LIVING DONOR ADVOCATE NOTE   ⟦H|INTERMOUNTAIN MEDICAL CENTER⟧ TRANSPLANT SERVICES   ⟦D|11/06/2099⟧
POTENTIAL DONOR: ⟦N|BRIGHAM ALDER JEPPSON⟧   DOB ⟦D|04/11/2071⟧   DONOR MRN ⟦M|IMC-D-4410927⟧
INTENDED RECIPIENT: ⟦N|KARSON JEPPSON⟧ (BROTHER)   RECIPIENT MRN ⟦M|IMC-7720148⟧   UNOS ⟦I|KJP4418⟧
ILDA: ⟦N|MARGARET OYAMA-PETERSEN⟧, LCSW
DONOR LIVES IN ⟦C|LOGAN⟧ ⟦STATE|UT⟧, ⟦S|880 N 600 E⟧, WORKS AS ELECTRICIAN FOR ⟦O|ROCKY MOUNTAIN POWER⟧ (FMLA FORMS TO HR ⟦N|DANA FULLMER⟧). WIFE ⟦N|HEATHER JEPPSON⟧ SUPPORTIVE.
UNDERSTANDS RISKS (ESRD LIFETIME, HTN, PREGNANCY N/A), RIGHT TO WITHDRAW AT ANY TIME WITHOUT RECIPIENT BEING TOLD THE REASON.
NO COERCION: STATES MOTHER ⟦N|LAUREL JEPPSON⟧ "ASKED EVERY SIBLING" BUT HE CHOSE FREELY.
FINANCIAL: ⟦O|NATIONAL LIVING DONOR ASSISTANCE CENTER⟧ APPLICATION # ⟦I|NLDAC-99-20471⟧ FOR TRAVEL.
WORKUP: CT ANGIO ⟦D|10/30/2099⟧ - SINGLE ARTERIES; MAG3 SPLIT 51/49. 24H UR PROT 88 MG. CROSSMATCH ⟦D|11/14/2099⟧.
DONOR SURGEON: DR. ⟦N|PAOLO BERTOLUCCI⟧. NEPHROLOGIST: DR. ⟦N|ANJALI MEHTA-SORENSEN⟧.
CONTACT ⟦P|435-555-0151⟧   ⟦E|BAJEPPSON@GMAIL.COM⟧
`);

note("pharmacy-pa-caps", `
PRIOR AUTHORIZATION REQUEST - IMMUNOSUPPRESSANT   SUBMITTED VIA ⟦O|COVERMYMEDS⟧ KEY ⟦I|BL7RX4TQ⟧   ⟦D|11/07/2099⟧
PLAN: ⟦O|CAREFIRST BLUECROSS BLUESHIELD⟧   MEMBER ID ⟦HP|XJH884471902⟧   GROUP ⟦HP|0044177⟧   RX BIN 610455
PATIENT: ⟦N|ABERNATHY, COLLEEN MARIE⟧   DOB ⟦D|01/26/1969⟧   ⟦S|2914 GREENMOUNT AVE⟧, ⟦C|BALTIMORE⟧ ⟦STATE|MD⟧ ⟦Z|21218⟧
DRUG: ENVARSUS XR 4 MG TAB, 1 DAILY (#30) - SWITCH FROM TACROLIMUS IR FOR TREMOR AND VARIABLE TROUGHS (CV 38%).
DIAGNOSIS: Z94.0 KIDNEY TRANSPLANT STATUS (LRKT ⟦D|06/2097⟧ AT ⟦H|JOHNS HOPKINS HOSPITAL⟧), T86.11.
PRESCRIBER: ⟦N|ELEANOR FITZGIBBONS⟧, MD   NPI ⟦I|1669402281⟧   DEA ⟦I|BF4471829⟧   PH ⟦P|410-555-0131⟧   FAX ⟦F|410-555-0132⟧
PHARMACY: ⟦O|HOPKINS OUTPATIENT PHARMACY⟧ NCPDP ⟦I|2144718⟧
CONTACT FOR QUESTIONS: ⟦N|DEVONTE MCCRAY⟧, CPHT, PA SPECIALIST, EXT ⟦P|4-7729⟧
DECISION ⟦D|11/08/2099⟧: APPROVED THROUGH ⟦D|11/07/2100⟧, REF # ⟦I|PA-99-3318204⟧.
`);
// ======================================================== lower case (10) ========================================================

note("hd-monthly-progress-lower", `
monthly dialysis progress note - ⟦H|davita riverside crossing dialysis⟧, ⟦C|riverside⟧ ⟦STATE|ca⟧ · ⟦D|11/04/2099⟧
pt: ⟦N|esperanza ochoa de leon⟧ · mrn ⟦M|dv-3394410⟧ · dob ⟦D|3/22/1962⟧ · chair 9, tth ⟦DAY|sat⟧, 1st shift
seen chairside with ⟦N|ruth abernathy⟧, rn and dietitian ⟦N|kenji watanabe⟧, rd. pcp dr. ⟦N|fidel montemayor⟧ (⟦H|riverside community health center⟧).
dialysis adequacy: spkt/v 1.52, urr 74%. albumin 3.6, phos 6.8 (binder non-adherence), pth 612, hgb 10.4, tsat 22%.
access: r ij tunneled cvc placed ⟦D|9/1/2099⟧ (ir, ⟦H|riverside university health system medical center⟧). avf referral to dr. ⟦N|armen ter-petrosyan⟧ (⟦O|inland vascular associates⟧) - vein mapping done ⟦D|10/21/2099⟧, surgery date ⟦D|11/19/2099⟧.
machine this month: 2008t sn ⟦DEV|2hbr559012⟧ (station 9).
plan: sevelamer 1600 mg tid with meals; mircera 100 mcg monthly; cinacalcet 30 mg. transplant referral to ⟦H|loma linda university medical center⟧ sent ⟦D|10/30⟧ - awaiting packet.
social: lives with daughter ⟦N|yesenia leon⟧ at ⟦S|6720 magnolia ave⟧, ⟦C|riverside⟧ ⟦Z|92506⟧; husband ⟦N|rigoberto⟧ in ⟦C|hermosillo⟧. medi-cal ⟦O|inland empire health plan⟧ ⟦HP|99447120c⟧.
dr. ⟦N|priyanka venkatesh⟧, md · ⟦N|pv⟧
`);

note("home-hd-chat-lower", `
[portal message thread — ⟦H|northwest kidney centers⟧ home hemodialysis program]
⟦D|nov 5⟧ 20:14 from ⟦UN|dmckinnon_hhd⟧ (⟦N|doug mckinnon⟧): hi ⟦N|aisha⟧, the nxstage keeps alarming "blood leak" tonight, cartridge lot 44b, machine sn ⟦DEV|nx1-09917724⟧. should i stop?
⟦D|nov 5⟧ 20:21 ⟦N|aisha rahimi⟧, rn (home program): hi doug, yes stop and return blood per your book p.14. call the nxstage tech line ⟦P|866-555-0139⟧ and then our on-call ⟦P|206-555-0170⟧.
⟦D|nov 5⟧ 20:40 ⟦N|doug mckinnon⟧: done. tech ⟦N|brandon⟧ says swap the cycler, new one coming ⟦O|fedex⟧ ⟦D|11/6⟧ tracking ⟦I|7749 2210 4417⟧.
⟦D|nov 6⟧ 08:05 ⟦N|aisha rahimi⟧: glad you're ok. please come in for a run at ⟦H|nkc scribner⟧ (⟦S|700 broadway⟧, ⟦C|seattle⟧) today 11:00 chair 3. your partner ⟦N|gail⟧ can drive?
⟦D|nov 6⟧ 08:17 ⟦N|doug mckinnon⟧: gail's at work at ⟦H|swedish⟧ till 3. my neighbor ⟦N|raj deshmukh⟧ will bring me.
⟦D|nov 6⟧ 08:20 ⟦N|aisha rahimi⟧: perfect. i'll let dr. ⟦N|olsen-baptiste⟧ know. — ⟦N|ar⟧
`);

note("vascular-access-referral-lower", `
vascular access referral · ⟦O|piedmont nephrology & internal medicine⟧ · ⟦D|11/02/2099⟧
to: dr. ⟦N|lawrence okwuosa⟧, ⟦O|carolina vascular surgery⟧, ⟦S|1110 medical park dr⟧, ⟦C|statesville⟧ ⟦STATE|nc⟧ ⟦Z|28677⟧ · fax ⟦F|704-555-0115⟧
from: ⟦N|charlotte brennan-yates⟧, np for dr. ⟦N|hamid zarrabi⟧ · ph ⟦P|704-555-0186⟧
patient: ⟦N|cleveland odell sims⟧ · dob ⟦D|08/08/1950⟧ · mrn ⟦M|pnim-00441827⟧ · medicare ⟦HP|5tn2-ke8-wq41⟧ + ⟦O|humana⟧ supplement
reason: ckd 5 (egfr 11), planned hd start within 3 months; no access. dominant hand right. prior left radial artery cath (⟦H|novant health presbyterian medical center⟧ ⟦D|2097⟧).
request: vein mapping and left avf creation (brachiocephalic if cephalic adequate). avoid bp/ivs left arm — bracelet given.
also at ⟦H|fresenius kidney care mooresville⟧ for ckd education class ⟦D|11/12/2099⟧.
contact: wife ⟦N|bernice sims⟧ ⟦P|704-555-0152⟧; lives ⟦S|214 old mocksville rd⟧, ⟦C|statesville⟧.
`);

note("social-work-note-lower", `
social work note — ⟦H|dci wichita east⟧ · ⟦D|11/03/2099⟧ · lmsw ⟦N|janelle harjo⟧
pt ⟦N|rosalind beaumont-tsosie⟧ (mrn ⟦M|dci-44710281⟧), 67, hd tth ⟦DAY|sat⟧. kdqol-36 done today: burden of kidney disease 31, phq-2 positive → phq-9 = 12.
stressors: husband ⟦N|franklin tsosie⟧ moved to ⟦H|via christi village⟧ nursing home ⟦D|10/2099⟧; pt drives herself 40 miles from ⟦C|el dorado⟧. gas money short.
plan: referred to ⟦O|american kidney fund⟧ hipp grant (application ⟦I|akf-99-771042⟧) for premium; ⟦O|butler county transit⟧ dial-a-ride signup (⟦P|316-555-0122⟧); counseling with dr. ⟦N|pearl nakai⟧ declined for now.
spoke with son ⟦N|marcus beaumont⟧ ⟦P|620-555-0147⟧, he will visit next month.
advance directive: full code, hcpoa = son. copy on file from ⟦O|lawson & pike attorneys⟧.
`);

note("opo-offer-lower", `
donornet offer log — ⟦H|mayo clinic hospital⟧ kidney transplant, ⟦C|phoenix⟧ · on-call coordinator ⟦N|tobias engelhart⟧
⟦D|11/08/2099⟧ 01:47 offer from ⟦O|donor network of arizona⟧, donor id ⟦I|ahlm402⟧, match run ⟦I|1447219⟧; kdpi 42%, dcd, 46 yo m, cr 1.9 → 1.2, biopsy l 5% gs.
sequence #3 for our candidate ⟦N|yazzie, harrison⟧ (unos ⟦I|hyz4417⟧, mrn ⟦M|mcp-8820471⟧); cpra 12%, virtual xm negative (⟦O|mayo hla lab⟧, dr. ⟦N|kuo-lin sheng⟧).
01:58 paged surgeon dr. ⟦N|mariana castellanos-ruiz⟧ ⟦P|480-555-0108⟧ — provisional yes.
02:20 called pt ⟦P|928-555-0134⟧ at home in ⟦C|chinle⟧, ⟦LO|navajo nation⟧; niece ⟦N|tina begay⟧ drives him, eta 6 h. ⟦O|navajo nation ems⟧ not needed.
04:10 organ arrived by ⟦O|quick international courier⟧ airbill ⟦I|qic-99-0071428⟧, pump parameters ok.
accepted; or booked 09:00. recorded by ⟦N|te⟧.
`);

note("transplant-clinic-note-lower", `
post-transplant clinic visit · ⟦H|tampa general hospital⟧ · ⟦D|nov 9, 2099⟧
patient: ⟦N|marlon augustin⟧ · mrn ⟦M|tgh-00881147⟧ · dob ⟦D|6/4/1974⟧ · ddkt ⟦D|4/18/2099⟧ (pod 205)
hpi: here with wife ⟦N|nadege augustin⟧. feels well. works again at ⟦O|port tampa bay⟧ since ⟦D|october⟧. one episode diarrhea.
meds: tacrolimus 3 mg bid, mycophenolate 500 mg bid, prednisone 5 mg, valganciclovir finished ⟦D|10/18⟧, bactrim ss daily.
labs ⟦D|11/7/2099⟧ (drawn at ⟦O|labcorp⟧ ⟦C|brandon⟧): tac trough 7.2, cr 1.31 (baseline 1.3), bk <250, cmv pcr neg, a1c 6.1.
exam: graft non-tender, no edema. bp 128/80.
plan: continue. dsa panel at 6 mo sent to ⟦O|oneblood⟧ hla lab. next visit ⟦D|12/7/2099⟧. derm screening with dr. ⟦N|seo-yeon park⟧.
note cc'd to referring nephrologist dr. ⟦N|jean-robert desir⟧, ⟦O|suncoast kidney specialists⟧, fax ⟦F|813-555-0166⟧.
⟦N|hannah whitcombe⟧, pa-c / dr. ⟦N|luis echeverria⟧
`);

note("financial-coordinator-lower", `
transplant financial coordinator note · ⟦H|ohsu hospital⟧ · ⟦D|11/10/2099⟧ · ⟦N|brenda ostrowski⟧, fc
candidate ⟦N|kalani kealoha-morris⟧ (mrn ⟦M|ohsu-7741082⟧) — kidney eval
coverage verified: medicare a/b (⟦HP|8vk3-jn6-pt19⟧), secondary ⟦O|moda health⟧ ⟦HP|mdh0447192⟧ group ⟦HP|70441⟧; part d plan ⟦O|silverscript⟧.
immunosuppressant coverage: medicare part b-id discussed; est. copay $180/mo first year. ⟦O|pacific northwest transplant bank⟧ not involved.
fundraising: pt's church (⟦O|hope of the valley lutheran⟧, ⟦C|hillsboro⟧) set up account with ⟦O|help hope live⟧, campaign # ⟦I|hhl-55109⟧.
lodging: may stay at ⟦LO|rood family pavilion⟧ post-op; caregiver sister ⟦N|maile kealoha⟧ from ⟦C|hilo⟧ ⟦P|808-555-0137⟧.
pt phone ⟦P|503-555-0112⟧ · mail ⟦S|po box 2291⟧, ⟦C|forest grove⟧ ⟦STATE|or⟧ ⟦Z|97116⟧
`);

note("hhd-training-lower", `
home hemodialysis training flowsheet · ⟦H|american renal associates - lowell⟧ · week 3
pt: ⟦N|phuong dang⟧ · care partner: son ⟦N|kevin dang⟧ · trainer ⟦N|siobhan mcgettigan⟧, rn
⟦D|11/01/2099⟧ cannulation (buttonhole) by son x2 — first attempt infiltration, 2nd ok. tablo sn ⟦DEV|tbl-2207-71144⟧.
⟦D|11/03/2099⟧ full run by son, 3 h, uf 2.1 l; alarms handled: arterial pressure low x1.
⟦D|11/05/2099⟧ written test 92%. emergency plan reviewed: ⟦O|lowell fire department⟧ notified (address ⟦S|41 westford st⟧ apt 3, ⟦C|lowell⟧ ⟦STATE|ma⟧ ⟦Z|01851⟧), ⟦O|national grid⟧ medical priority certificate # ⟦I|ngc-99-44180⟧.
water test by ⟦O|outset medical⟧ field tech ⟦N|jorge almeida⟧ ⟦D|11/04⟧ passed.
nephrologist dr. ⟦N|eugenia kastanis⟧ signs off for home ⟦D|11/12/2099⟧. pt ⟦P|978-555-0149⟧, son ⟦P|978-555-0150⟧.
`);

note("cdc-dialysis-event-lower", `
dialysis event (bloodstream infection) worksheet · ⟦H|fresenius kidney care west memphis⟧ · ⟦STATE|ar⟧
infection preventionist: ⟦N|delphine marchbanks⟧, rn · event date ⟦D|10/31/2099⟧ · nhsn event # ⟦I|771042⟧
patient: ⟦N|tyrone lee whitlow⟧ · dob ⟦D|2/2/1957⟧ · mrn ⟦M|fkc-wm-09314⟧ · access: l ij tunneled cvc (⟦D|8/2099⟧)
positive blood culture drawn in unit ⟦D|10/31⟧ pre-tx: mssa 2/2. sent to ⟦H|baptist memorial hospital-crittenden⟧ ed; admitted to ⟦H|regional one health⟧ ⟦C|memphis⟧ ⟦D|10/31/2099⟧–⟦D|11/4/2099⟧, tee neg, cvc exchanged over wire by dr. ⟦N|omotayo fasanya⟧.
iv cefazolin 2 g post-hd x 4 wk in unit. staff involved: pct ⟦N|kiara boyce⟧, rn ⟦N|brett hollis⟧.
root cause review ⟦D|11/07/2099⟧ with medical director dr. ⟦N|suresh anantharaman⟧.
`);

note("patient-letter-lower", `
⟦D|november 11, 2099⟧

dear mrs. ⟦N|agnieszka wojcik⟧,

this letter confirms that your kidney transplant evaluation at ⟦H|froedtert hospital⟧ is complete. the transplant team met on ⟦D|11/10/2099⟧ and decided that you are not a candidate at this time because of the heart findings on your stress test (⟦D|10/2/2099⟧, dr. ⟦N|tomasz zielinski⟧).

you may be re-referred once your cardiologist, dr. ⟦N|gwendolyn ashby⟧ at ⟦O|aurora cardiovascular and thoracic services⟧, clears you. you have the right to a second opinion at another center, such as ⟦H|uw health university hospital⟧ in ⟦C|madison⟧. your dialysis unit, ⟦H|davita greenfield dialysis⟧, has a copy of this letter.

if you have questions, call your coordinator ⟦N|nicole vanderhoef⟧ at ⟦P|414-555-0159⟧ or write to ⟦E|nvanderhoef@froedtert.example.com⟧.

sincerely,
⟦N|rajesh iyengar-holt⟧, md, ⟦O|medical college of wisconsin⟧ division of nephrology
patient address on file: ⟦S|3117 s 13th st⟧, ⟦C|milwaukee⟧ ⟦STATE|wi⟧ ⟦Z|53215⟧ · mrn ⟦M|fh-00771402⟧
`);
// ======================================================== mixed case (25) ========================================================

note("hd-admission-h-and-p", `
Outpatient Hemodialysis Admission History & Physical — ⟦H|DaVita Brookhaven Dialysis⟧, ⟦S|2480 Johnson Ferry Rd⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30319⟧
Date of admission to unit: ⟦D|October 28, 2099⟧ · Transferred from: ⟦H|Emory University Hospital Midtown⟧ (inpatient HD start ⟦D|10/19/2099⟧)
Patient: ⟦N|Bartholomew "Bart" Nwachukwu⟧ · DOB ⟦D|11/30/1959⟧ · Unit MRN ⟦M|DV-4417-2093⟧ · Hospital MRN ⟦M|EUH 00771824⟧
Referring nephrologist: Dr. ⟦N|Folasade Ogunleye-Marsh⟧ (⟦O|Georgia Kidney Associates⟧) · PCP: Dr. ⟦N|Harold Steinkamp⟧, ⟦H|Grady Memorial Hospital⟧ primary care
History: ESRD from hypertensive nephrosclerosis; CKD followed since ⟦D|2091⟧. Presented ⟦D|10/17/2099⟧ with uremic pericarditis; emergent right IJ temporary catheter, then tunneled permcath ⟦D|10/22/2099⟧ by Dr. ⟦N|Anika Sørensen-Bello⟧ (IR).
PMH: HTN, gout, OSA on CPAP (ResMed AirSense 11, SN ⟦DEV|23181147092⟧), BPH. PSH: appendectomy ⟦D|1988⟧.
Social: retired ⟦O|MARTA⟧ bus operator; lives with wife ⟦N|Ifeoma Nwachukwu⟧ at ⟦S|1743 Dresden Dr NE⟧ Apt 2, ⟦C|Brookhaven⟧. Son ⟦N|Chukwuemeka⟧ in ⟦C|Houston⟧. No tobacco since ⟦D|2090⟧.
Functional: independent; drives. Emergency contact ⟦N|Ifeoma Nwachukwu⟧ ⟦P|404-555-0173⟧ (cell), work ⟦P|404-555-0180⟧ ext ⟦P|318⟧.
Exam: BP 158/92, wt 97.3 kg, 2+ edema, faint rub, catheter site clean.
Orders: 4 h TTS 2nd shift, chair 22, Optiflux F200NR, QB 400 → 450, QD 700, 2K/2.5Ca, heparin 2,500 U bolus + 1,000 U/h; EDW 94 kg (challenge 0.3 kg/tx).
Access plan: vein mapping ⟦D|11/06/2099⟧ at ⟦O|Atlanta Vascular Specialists⟧ with Dr. ⟦N|Raymond Osei-Tutu⟧; AVF goal by ⟦D|January 2100⟧.
Transplant: interested; referral packet to ⟦H|Piedmont Transplant Institute⟧ faxed ⟦D|10/30/2099⟧ to ⟦F|404-555-0122⟧.
Insurance: ⟦O|Kaiser Permanente Georgia⟧ Senior Advantage ID ⟦HP|KPG0044718293⟧; Medicare ⟦HP|2RN7-FT3-QU55⟧.
Attending: ⟦N|Marguerite Delacroix-Amadi⟧, MD · signed ⟦D|10/28/2099⟧ 16:40
`);

note("cms-2746-death-notification", `
ESRD Death Notification (CMS-2746) — facility copy
Facility: ⟦H|Satellite Healthcare Redwood City⟧ · CCN ⟦I|052791⟧ · ⟦S|2690 El Camino Real⟧, ⟦C|Redwood City⟧, ⟦STATE|CA⟧ ⟦Z|94061⟧
1. Patient name: ⟦N|Hashimoto, Fumiko⟧   2. Medicare #: ⟦HP|6MH1-KA3-RT84⟧   3. DOB: ⟦D|02/05/2008⟧   4. Age: ⟦A|91⟧
5. State of residence: ⟦STATE|CA⟧   6. Date of death: ⟦D|11/02/2099⟧   7. Place: ⟦H|Mills-Peninsula Medical Center⟧ (inpatient hospice)
8. Modality at death: in-center hemodialysis; first dialysis ⟦D|05/14/2093⟧.
9. Cause: cardiac — withdrawal from dialysis after family meeting ⟦D|10/24/2099⟧ (goals-of-care led by Dr. ⟦N|Theodora Halstead⟧, palliative care; ⟦O|Mission Hospice & Home Care⟧).
10. Renal replacement discontinued: yes, ⟦D|10/25/2099⟧. Patient's decision with daughter ⟦N|Naomi Hashimoto-Greer⟧ (POA).
11. Transplant history: none; never waitlisted (declined ⟦D|2094⟧).
Completed by: ⟦N|Olivia Sandoval⟧, RN, clinic manager ⟦P|650-555-0187⟧ · Physician: ⟦N|Rahul Bhattacharjee⟧, MD · Date ⟦D|11/04/2099⟧
Submitted to ⟦O|ESRD Network 17⟧ via EQRS, confirmation ⟦I|EQRS-99-0448172⟧.
`);

note("transplant-eval-consult", `
Kidney Transplant Evaluation — Nephrology Consultation
⟦H|Vanderbilt University Medical Center⟧ Transplant Center · ⟦S|1301 Medical Center Dr⟧, ⟦C|Nashville⟧, ⟦STATE|TN⟧ ⟦Z|37232⟧
Date: ⟦D|Nov 3, 2099⟧ · Candidate: ⟦N|Ezekiel Mbatha-Rowe⟧ · DOB ⟦D|1/14/1981⟧ · MRN ⟦M|VU-0044718294⟧ · Referred by Dr. ⟦N|Carmen Ybarra⟧, ⟦O|Middle Tennessee Kidney Care⟧, ⟦C|Murfreesboro⟧
HPI: 18 years of IgA nephropathy diagnosed by biopsy at ⟦H|Saint Thomas West Hospital⟧ in ⟦D|2081⟧; ESRD ⟦D|March 2098⟧, HD at ⟦H|Fresenius Kidney Care Smyrna⟧ MWF, chair 6, via left RC-AVF (Dr. ⟦N|Bogdan Ilie⟧). Prior evaluation at ⟦H|Cleveland Clinic⟧ ⟦D|2097⟧ incomplete after his move from ⟦C|Akron⟧.
Potential living donors: wife ⟦N|Thandiwe Mbatha-Rowe⟧ (O+, registered ⟦D|10/2099⟧), coworker ⟦N|Garrett Lindquist⟧ from ⟦O|Nissan North America⟧, ⟦C|Smyrna⟧. Paired exchange through ⟦O|National Kidney Registry⟧ discussed if incompatible.
Allergies: ACE-I (angioedema). Meds: sevelamer, Auryxia, epoetin at unit, amlodipine 10, carvedilol 25 bid.
Exam: BMI 29.4. Left AVF with good thrill. No hernias.
Assessment: good candidate pending cardiac stress (Dr. ⟦N|Winifred Osei⟧), dental clearance (⟦H|Meharry Dental Clinic⟧), colonoscopy ⟦D|2096⟧ normal, age-appropriate cancer screening complete.
Tissue typing sent ⟦D|11/03/2099⟧, requisition ⟦I|VHLA-99-40917⟧. Social work ⟦N|Jacqueline Pettus⟧, LCSW; financial ⟦N|Omar Haddad⟧; dietitian ⟦N|Krista Vollmer⟧.
Contact: ⟦P|615-555-0141⟧ · ⟦E|zeke.mbatharowe@gmail.com⟧ · ⟦S|2205 Hazelwood Dr⟧, ⟦C|Murfreesboro⟧ ⟦Z|37129⟧
Dr. ⟦N|Cassius Pemberton-Achebe⟧, transplant nephrology · pager ⟦P|835-1177⟧
`);

note("hd-run-log-rows", `
Shift log — ⟦H|Fresenius Kidney Care Bronx Park⟧ — ⟦DAY|Mon⟧ ⟦D|11/06/2099⟧ shift 1 — charge ⟦N|Wendell Pryce⟧, RN
Ch | Patient | MRN | Machine SN | Dialyzer | EDW/pre/post | Notes
1 | ⟦N|Rodríguez Feliz, Ana⟧ | ⟦M|FK-770142⟧ | ⟦DEV|2HBT440192⟧ | F180 | 58.0/60.4/58.3 | ok
2 | ⟦N|Osei, Kwabena⟧ | ⟦M|FK-770155⟧ | ⟦DEV|2HBT440207⟧ | F200 | 81.5/84.9/82.0 | cramps, NS 200
3 | ⟦N|Goldfarb, Irving⟧ | ⟦M|FK-770163⟧ | ⟦DEV|2HBT440215⟧ | F180 | 66.0/67.1/66.2 | hx falls — wheelchair
4 | ⟦N|Bautista, Erlinda⟧ | ⟦M|FK-770170⟧ | ⟦DEV|2HBT440228⟧ | F160 | 49.5/51.8/49.9 | AVG clotted? — sent to ⟦H|Bronx Access Center⟧ for declot, Dr. ⟦N|Feinberg⟧
5 | ⟦N|Mahmoud, Yasser⟧ | ⟦M|FK-770181⟧ | ⟦DEV|2HBT440233⟧ | F200 | 90.0/93.3/90.4 | Arabic; son ⟦N|Karim⟧ translates
6 | ⟦N|Smalls, Dorothea⟧ | ⟦M|FK-770196⟧ | ⟦DEV|2HBT440241⟧ | F180 | 72.0/74.0/72.6 | hypotension 84/50 at 2 h
7 | EMPTY — ⟦N|Kowalczyk, Stanley⟧ admitted ⟦H|Montefiore Medical Center⟧ ⟦D|11/04⟧
8 | ⟦N|Nguyen, Bao⟧ | ⟦M|FK-770214⟧ | ⟦DEV|2HBT440259⟧ | F180 | 63.0/65.2/63.1 | transient from ⟦H|DaVita Garden Grove⟧ until ⟦D|11/17⟧
9 | ⟦N|Acevedo Rosario, Wilfredo⟧ | ⟦M|FK-770227⟧ | ⟦DEV|2HBT440262⟧ | F200 | 77.0/80.1/77.4 | wife ⟦N|Nereida⟧ called ⟦P|718-555-0156⟧ re ride
10 | ⟦N|Brathwaite, Cecil⟧ | ⟦M|FK-770239⟧ | ⟦DEV|2HBT440270⟧ | F180 | 69.5/71.0/69.6 | AVF infiltrated, ice; note to Dr. ⟦N|Oyewole⟧
11 | ⟦N|Fishman, Rivka⟧ | ⟦M|FK-770244⟧ | ⟦DEV|2HBT440288⟧ | F160 | 52.0/53.4/52.1 | ok — home HD training at ⟦H|Rogosin Institute⟧ starts ⟦D|11/20⟧
PCTs: ⟦N|Lisette Amparo⟧, ⟦N|Tariq Wallace⟧, ⟦N|Jun Ho Baek⟧ · Water/RO checks ⟦N|TW⟧ 05:10 · Bio-tech ⟦N|Esteban Ruelas⟧
`);

note("pd-peritonitis-note", `
PD Clinic — peritonitis episode · ⟦H|Baylor Scott & White Kidney Clinic - Temple⟧ · ⟦D|11/05/2099⟧
Patient ⟦N|Cordelia Fontenot-Harris⟧ (MRN ⟦M|BSW-44719024⟧), 61, on APD since ⟦D|02/2098⟧, cycler Baxter Homechoice Claria SN ⟦DEV|HCC-0044918⟧.
Called the PD line ⟦D|11/04⟧ 21:30 (cloudy effluent, abdominal pain); on-call RN ⟦N|Fatima Zahra Benali⟧ told her to bring the bag.
Effluent: WBC 1,840, 82% PMN. Gram stain GPC. Culture sent to ⟦O|Scott & White Laboratory⟧, accession ⟦I|BSW-M-99-210447⟧.
Likely touch contamination — cat "Biscuit" in room during exchange per husband ⟦N|Leon Harris⟧.
Rx: IP vancomycin 2 g (long dwell) q5d + IP ceftazidime 1 g daily; given first dose in clinic by ⟦N|Maribel Ochoa⟧, RN.
Retraining scheduled ⟦D|11/12/2099⟧ with ⟦N|Maribel Ochoa⟧. Home visit ⟦D|11/15/2099⟧ to ⟦S|9 Cottonwood Trl⟧, ⟦C|Belton⟧, ⟦STATE|TX⟧ ⟦Z|76513⟧.
Dr. ⟦N|Viktor Hadžić⟧, nephrology · reported to ⟦O|ESRD Network 14⟧ dashboard per protocol. Pt phone ⟦P|254-555-0176⟧.
`);

note("opo-donor-evaluation", `
⟦O|LifeShare of the Carolinas⟧ — Donor Evaluation Summary (for DonorNet upload)
Donor ID ⟦I|AGKC119⟧ · OPO case # ⟦I|LSC-2099-0871⟧ · Donor hospital: ⟦H|Atrium Health Cabarrus⟧, ⟦C|Concord⟧, ⟦STATE|NC⟧ · Hospital MRN ⟦M|CMC-22047718⟧
Cross-clamp ⟦D|11/07/2099⟧ 04:22 · Brain death declared ⟦D|11/06/2099⟧ 18:05 by Dr. ⟦N|Preston Aldridge⟧ and Dr. ⟦N|Yuki Morimoto⟧
Donor: 34 y F, MVC on I-85 near ⟦C|Kannapolis⟧; ABO A1; HBV NAT neg, HCV NAT neg, HIV NAT neg; PHS increased risk: no.
Authorization: next of kin (husband ⟦N|Dustin Callahan⟧) ⟦D|11/06/2099⟧ 21:40, witnessed by ⟦N|Renata Solis⟧, family services.
Kidneys: R — biopsy 2% GS, pump RI 0.22; L — 3% GS, RI 0.25. Placed: R to ⟦H|Duke University Hospital⟧ (candidate seq 1), L to ⟦H|Wake Forest Baptist Medical Center⟧ (seq 4, after ⟦H|UNC Hospitals⟧ declined "donor quality").
Liver to ⟦H|Carolinas Medical Center⟧, heart to ⟦H|Duke University Hospital⟧.
Tissue typing: ⟦O|LabCorp Histocompatibility⟧, ⟦C|Burlington⟧ sample # ⟦I|LH-99-7720184⟧.
Transport: kidneys by ⟦O|Carolina Medical Courier⟧ driver ⟦N|Luther Gaines⟧ ⟦P|704-555-0130⟧; jet for heart tail ⟦I|N447LS⟧.
Organ recovery coordinator: ⟦N|Amara Okonjo⟧ · Clinical manager ⟦N|Trent Whisenant⟧ · Hospital liaison ⟦N|Kay Boger⟧, RN
`);

note("living-donor-letter", `
⟦H|Hackensack University Medical Center⟧ · Living Donor Institute · ⟦S|30 Prospect Ave⟧, ⟦C|Hackensack⟧, ⟦STATE|NJ⟧ ⟦Z|07601⟧

⟦D|November 8, 2099⟧

Mr. ⟦N|Devendra Kulkarni⟧
⟦S|44 Linwood Ave⟧, Apt 5B
⟦C|Fort Lee⟧, ⟦STATE|NJ⟧ ⟦Z|07024⟧

Dear Mr. ⟦N|Kulkarni⟧,

Thank you for completing your evaluation to donate a kidney to your sister, ⟦N|Sunita Deshpande⟧. The selection committee reviewed your results on ⟦D|November 6⟧. You were found incompatible by crossmatch (donor-specific antibodies), but you are medically approved as a donor.

As you requested, we have entered you with your sister in the paired kidney exchange of the ⟦O|National Kidney Registry⟧ (pair # ⟦I|NKR-P-44718⟧). Your blood will be stored at ⟦O|Rutgers NJMS HLA Laboratory⟧ (sample ⟦I|RH-99-20471⟧). You may withdraw at any time by calling your independent donor advocate, ⟦N|Lorraine Castellano⟧, LCSW, at ⟦P|551-555-0123⟧.

Your time away from ⟦O|Prudential Financial⟧ is protected under FMLA; we sent forms to ⟦N|Jessica Tran⟧ in human resources on ⟦D|11/7/2099⟧.

Sincerely,
⟦N|Michael Abernethy-Santos⟧, MD, Surgical Director
⟦N|Priya Raghunathan⟧, RN, Living Donor Coordinator · ⟦P|551-555-0124⟧ · ⟦E|priya.raghunathan@hmhn.example.org⟧
`);

note("post-tx-admission", `
Transplant Nephrology Admission Note — ⟦H|University of Michigan Hospital⟧ 8C · ⟦D|11/09/2099⟧
Patient: ⟦N|Teodoro Lachapelle⟧ · MRN ⟦M|UM-077410982⟧ · 47 M · LRKT ⟦D|9/14/2099⟧ (donor: cousin ⟦N|Renaud Lachapelle⟧) · basiliximab induction
Presentation: Cr 2.4 (baseline 1.2) on routine labs drawn ⟦D|11/07⟧ at ⟦O|Sparrow Laboratories⟧ in ⟦C|Lansing⟧; called by coordinator ⟦N|Ginny Paquette⟧.
Tac trough 3.1 — admits missing evening doses after switching pharmacy from ⟦O|Meijer Pharmacy⟧ to ⟦O|Accredo⟧ mail order; bottle label said "Envarsus" vs "Prograf" confusion.
Plan: transplant US with Doppler; renal biopsy tomorrow by Dr. ⟦N|Samira El-Khoury⟧; DSA panel; BK and CMV PCR; pulse methylprednisolone if rejection.
Family: wife ⟦N|Solange⟧ ⟦P|517-555-0152⟧, lives ⟦S|6210 Pleasant River Dr⟧, ⟦C|Dimondale⟧, ⟦STATE|MI⟧ ⟦Z|48821⟧.
Pharmacy note to ⟦N|Edwin Marsh⟧, PharmD, for med reconciliation and teach-back.
Admitting: Dr. ⟦N|Adaeze Uchenna-Foster⟧ (fellow) / Dr. ⟦N|Karl-Heinz Obermeyer⟧ (attending) · pager ⟦P|34417⟧
`);

note("biopsy-pathology-report", `
RENAL ALLOGRAFT BIOPSY — Surgical Pathology Report
⟦H|Michigan Medicine⟧ Department of Pathology · Accession ⟦I|UMS-99-044712⟧ · Received ⟦D|11/10/2099⟧ · Reported ⟦D|11/11/2099⟧
Patient: ⟦N|Lachapelle, Teodoro⟧ · MRN ⟦M|UM-077410982⟧ · Clinician: Dr. ⟦N|Obermeyer⟧
Specimen: transplant kidney, needle core x2 (16G).
Diagnosis: Acute T-cell-mediated rejection, Banff grade IA (i2, t2, v0). C4d negative. No polyomavirus (SV40 IHC negative). Arteriolar hyalinosis mild (ah1) — calcineurin inhibitor effect possible.
Microscopy: 22 glomeruli, none globally sclerosed. Interstitial fibrosis < 10%.
EM: pending, sent to ⟦O|Arkana Laboratories⟧ (ref ⟦I|ARK-2207741⟧).
Pathologist: ⟦N|Henrietta Vasquez-Lindgren⟧, MD · Resident: ⟦N|Oluwadamilola Ajayi⟧, MD · Called to Dr. ⟦N|Uchenna-Foster⟧ ⟦D|11/11/2099⟧ 10:22.
`);

note("esrd-network-transfer-form", `
⟦O|IPRO ESRD Network of New England⟧ — Involuntary Discharge / Transfer Review
Case ⟦I|NW1-IVD-99-0117⟧ · Opened ⟦D|11/01/2099⟧ · Quality improvement coordinator: ⟦N|Theresa Kowalski⟧, ⟦P|203-555-0114⟧
Discharging facility: ⟦H|DaVita Waterbury Dialysis⟧, ⟦C|Waterbury⟧, ⟦STATE|CT⟧ · Medical director Dr. ⟦N|Abdulrahman Qureshi⟧ · Administrator ⟦N|Kyle Brandt⟧
Patient: ⟦N|Jerome Ellsworth Tibbs⟧ · DOB ⟦D|4/2/1971⟧ · Medicare ⟦HP|4PV9-QE1-TN37⟧ · ⟦S|112 Bunker Hill Ave⟧, ⟦C|Waterbury⟧ ⟦Z|06708⟧
Reason given: verbal threats to staff ⟦D|10/14/2099⟧ and ⟦D|10/26/2099⟧ (police report ⟦I|WPD-99-22017⟧). 30-day notice issued ⟦D|10/31/2099⟧ (copy given by SW ⟦N|Gabriela Iñiguez⟧).
Network actions: conference call ⟦D|11/03/2099⟧ with facility, pt and his sister ⟦N|Wanda Tibbs⟧; behavioral agreement offered; placement search at ⟦H|Fresenius Kidney Care Naugatuck⟧ and ⟦H|Yale New Haven Hospital⟧ outpatient unit — both declined.
Outcome: pt accepted at ⟦H|Bristol Hospital Dialysis Center⟧ ⟦D|11/09/2099⟧; ED "emergency only" dialysis avoided.
Patient advocate: ⟦N|Demetrius Hall⟧ (peer mentor, ⟦O|Dialysis Patient Citizens⟧).
`);

note("courier-lab-log", `
Courier & Lab Pickup Log — ⟦H|Ochsner Multi-Organ Transplant Institute⟧ outreach · week of ⟦D|11/06/2099⟧
Route driver: ⟦N|Dwayne Thibodeaux⟧ (⟦O|Crescent City Courier⟧) · cell ⟦P|504-555-0193⟧ · van plate not recorded
⟦D|11/06⟧ 07:15 ⟦H|Ochsner Health Center - Houma⟧ — 3 tubes: ⟦N|Guidry, A.⟧ (MRN ⟦M|OCH-1144907⟧) tac/BMP; ⟦N|Trahan, Lucien⟧ (MRN ⟦M|OCH-1145022⟧) tac/CBC/BK; ⟦N|Pham, Vy⟧ (MRN ⟦M|OCH-1145188⟧) sirolimus.
⟦D|11/06⟧ 09:40 ⟦H|Terrebonne General Health System⟧ lab — 1 tube: ⟦N|Authement, Claude⟧ (MRN ⟦M|OCH-1146310⟧) tac; ice pack ok.
⟦D|11/07⟧ 07:05 ⟦H|Ochsner St. Anne Hospital⟧, ⟦C|Raceland⟧ — 2 tubes: ⟦N|LeBlanc, Monique⟧ (MRN ⟦M|OCH-1147722⟧) tac/Mg; ⟦N|Boudreaux, Earl⟧ (MRN ⟦M|OCH-1148041⟧) tac — label missing DOB, recollected ⟦D|11/08⟧.
⟦D|11/08⟧ 06:50 ⟦O|Walgreens⟧ ⟦S|1400 Grand Caillou Rd⟧ (drop box) — 0 tubes.
⟦D|11/08⟧ 08:15 ⟦H|Thibodaux Regional Health System⟧ — 2 tubes: ⟦N|Naquin, Rhett⟧ (MRN ⟦M|OCH-1148190⟧) tac/CMP; ⟦N|Dardar, Oneida⟧ (MRN ⟦M|OCH-1148233⟧) tac/CBC; handed off by ⟦N|Crystal Bergeron⟧, phlebotomist.
Received main lab ⟦D|11/08⟧ 11:02 by ⟦N|Keisha Batiste⟧, MLT · chain of custody form ⟦I|COC-99-18402⟧.
Discrepancies reported to transplant coordinator ⟦N|Amélie Robichaux⟧, RN ⟦P|504-555-0128⟧.
`);

note("immunosuppressant-appeal", `
Letter of Medical Necessity — appeal of denied prior authorization
To: ⟦O|Aetna Better Health of Illinois⟧, Pharmacy Appeals, ⟦S|PO Box 818040⟧, ⟦C|Cleveland⟧, ⟦STATE|OH⟧ ⟦Z|44181⟧ · Fax ⟦F|855-555-0173⟧
Re: ⟦N|Marisol Quintanilla Ortega⟧ · DOB ⟦D|09/12/1990⟧ · Member ID ⟦HP|1044718826⟧ · Denial reference ⟦I|ABH-RX-99-447102⟧ dated ⟦D|10/31/2099⟧
Drug: belatacept (Nulojix) 5 mg/kg IV monthly
Ms. ⟦N|Quintanilla Ortega⟧ received a deceased-donor kidney at ⟦H|Northwestern Memorial Hospital⟧ on ⟦D|02/03/2098⟧. She developed calcineurin-inhibitor nephrotoxicity and thrombotic microangiopathy on tacrolimus (biopsy ⟦D|08/2099⟧, accession ⟦I|NM-S99-18802⟧). She is EBV seropositive. Conversion to belatacept is the standard of care for this indication (KDIGO). Infusions will be given at ⟦H|Northwestern Medicine Infusion Center - Lake Forest⟧.
Denial states "step therapy: everolimus" — everolimus caused mouth ulcers and proteinuria in ⟦D|2099⟧.
Please reverse the denial. Peer-to-peer available: Dr. ⟦N|Rosalind Tkachenko⟧, ⟦P|312-555-0147⟧, NPI ⟦I|1902447188⟧.
Prepared by ⟦N|Aurelio Benítez⟧, PharmD, transplant pharmacist · ⟦E|abenitez@nm.example.org⟧ · ⟦D|11/02/2099⟧
`);
note("ckd-education-class-roster", `
Kidney Smart / treatment options class — sign-in roster · ⟦H|Fresenius Kidney Care Lubbock South⟧ · ⟦D|11/04/2099⟧ 10:00 · educator ⟦N|Trinity Albarrán⟧, RN
1. ⟦N|Hollis Whitaker⟧ (CKD 4, ref Dr. ⟦N|Kapoor⟧) + wife ⟦N|June⟧ · ⟦P|806-555-0101⟧ · interested in PD
2. ⟦N|Magdalena Reyes Treviño⟧ (CKD 5, ref ⟦O|Lubbock Kidney Specialists⟧) + son ⟦N|Ismael⟧ · Spanish · ⟦P|806-555-0117⟧
3. ⟦N|Odell Banks⟧ (CKD 4, ref ⟦O|Covenant Medical Group⟧ Dr. ⟦N|Strickland⟧) · ⟦P|806-555-0125⟧ · lives ⟦C|Levelland⟧ — asked about transplant at ⟦H|UMC Health System⟧
4. ⟦N|Tran, Minh Chau⟧ (CKD 5, ref Dr. ⟦N|Kapoor⟧) · ⟦P|806-555-0133⟧ · daughter ⟦N|Vivian Tran⟧ interpreting
5. ⟦N|Colleen O'Rourke-Daly⟧ (CKD 4) · ⟦P|806-555-0149⟧ · works at ⟦O|Texas Tech University⟧, wants evening HD info
6. ⟦N|Abdulkadir Warsame⟧ (CKD 4, ref ⟦O|Lubbock Kidney Specialists⟧) + wife ⟦N|Faduma Hersi⟧ · ⟦P|806-555-0158⟧ · Somali, interpreter ⟦N|Sahra Nur⟧ by phone
7. no-show: ⟦N|Ray Littlefield⟧ — called ⟦D|11/04⟧, left VM ⟦P|806-555-0161⟧.
Next class ⟦D|12/02/2099⟧. Handouts: "Kidney Smart" booklet, ⟦O|American Association of Kidney Patients⟧ brochure, ⟦U|www.kidneysmart.example.org/lubbock⟧.
`);

note("transplant-selection-minutes", `
Kidney/Pancreas Selection Committee — minutes · ⟦H|University of Wisconsin Hospital⟧ · ⟦D|November 10, 2099⟧
Present: Drs. ⟦N|Aldana⟧, ⟦N|Kowalewski⟧, ⟦N|Mohamud⟧, ⟦N|Strand-Lee⟧; ⟦N|B. Gerlach⟧ (SW), ⟦N|P. Yusuf⟧ (financial), ⟦N|T. Ochoa⟧ (dietitian), ⟦N|L. Hintz⟧ (pharmacy). Chair: Dr. ⟦N|Gudrun Aldana⟧.
1. ⟦N|Kjelstad, Anders⟧ MRN ⟦M|UW-2210447⟧ — 62 M, DM2, HD at ⟦H|DaVita Eau Claire⟧. Cardiac cleared (⟦D|10/2099⟧). Decision: APPROVED, list KI. UNOS ⟦I|AKJ4419⟧.
2. ⟦N|Abdirahman, Hodan⟧ MRN ⟦M|UW-2210518⟧ — 39 F, FSGS, PD at home in ⟦C|Rochester⟧ (⟦STATE|MN⟧). Donor: husband ⟦N|Farah Ali⟧ in workup. Decision: APPROVED; KPD if incompatible.
3. ⟦N|Biederman, Carl⟧ MRN ⟦M|UW-2210623⟧ — 71 M. BMI 41, PAD (toe amputation ⟦D|2098⟧ at ⟦H|Gundersen Lutheran Medical Center⟧). Decision: DEFERRED — weight loss to BMI < 38, recheck ⟦D|Feb 2100⟧; letter to pt and to referring Dr. ⟦N|Nakamura-Ruiz⟧ (⟦H|Marshfield Clinic⟧ nephrology).
4. ⟦N|Whitefeather, Marla⟧ MRN ⟦M|UW-2210701⟧ — 44 F, lupus nephritis; ⟦LO|Lac du Flambeau⟧. Social: no caregiver identified (sister ⟦N|Darlene Whitefeather⟧ declined). Decision: DEFERRED — SW to work with ⟦O|Great Lakes Inter-Tribal Council⟧.
5. ⟦N|Pettersen, Lise⟧ MRN ⟦M|UW-2210788⟧ — SPK candidate, T1DM, C-peptide undetectable. Decision: APPROVED SPK.
6. ⟦N|Thao, Pa Nhia⟧ MRN ⟦M|UW-2210842⟧ — 51 F, PKD, preemptive; donor daughter ⟦N|Mai Thao⟧ from ⟦C|Wausau⟧ (⟦O|Aspirus⟧ employee). Decision: APPROVED, LDKT planned ⟦D|01/2100⟧.
Minutes: ⟦N|Renee Gerlach⟧ · next meeting ⟦D|11/24/2099⟧.
`);

note("pd-monthly-visit", `
Home Dialysis Monthly Visit (PD) — ⟦H|DaVita Home Dialysis of Anchorage⟧ · ⟦D|11/06/2099⟧
Pt: ⟦N|Qaqqaq Lisbourne⟧ · MRN ⟦M|DVH-0771402⟧ · DOB ⟦D|7/7/1966⟧ · Home: ⟦C|Kotzebue⟧ (flies in quarterly; monthly visits by telehealth from ⟦H|Maniilaq Health Center⟧)
Modality: CAPD 4 x 2 L/day; 1 bag icodextrin overnight. Total weekly Kt/V 1.9, creatinine clearance 58 L/wk (PET ⟦D|08/2099⟧: high-average).
Exit site: clean; mupirocin. Last peritonitis ⟦D|03/2098⟧.
Supplies: shipped by ⟦O|Baxter⟧ via ⟦O|Alaska Airlines Cargo⟧ to ⟦S|PO Box 340⟧, ⟦C|Kotzebue⟧, ⟦STATE|AK⟧ ⟦Z|99752⟧; pending order ⟦I|BXT-AK-99-04471⟧ delayed by weather.
Labs drawn in ⟦C|Kotzebue⟧ ⟦D|10/30⟧: K 3.4, albumin 3.2, Hgb 10.9.
Family: wife ⟦N|Ruthie Lisbourne⟧ does exchanges when he is at the whaling camp; grandson ⟦N|Isaiah⟧ helps carry boxes.
Team: ⟦N|Margo Skarsgård⟧, RN (home program) ⟦P|907-555-0164⟧ · Dr. ⟦N|Ilya Berezovsky⟧ · RD ⟦N|Anneliese Hahn⟧ · SW ⟦N|Kathleen Sheakley⟧ (⟦O|Maniilaq Association⟧) ⟦P|907-555-0168⟧
`);

note("social-work-transport", `
Dialysis Social Work — transportation and housing · ⟦H|Dialysis Clinic, Inc. - Jackson⟧, ⟦C|Jackson⟧, ⟦STATE|MS⟧ · ⟦D|November 7, 2099⟧
Patient ⟦N|Ceola Mae Bankhead⟧, MRN ⟦M|DCI-JX-4471902⟧, HD MWF 2nd shift; missed 3 treatments in ⟦D|October⟧ (⟦D|10/9⟧, ⟦D|10/16⟧, ⟦D|10/23⟧).
Reason: ⟦O|MTM⟧ Medicaid transport no-shows (trip refs ⟦I|MTM-99-2281044⟧, ⟦I|MTM-99-2281093⟧); complaint filed with ⟦O|Magnolia Health⟧ (ID ⟦HP|MH0044719028⟧).
Housing: eviction notice from ⟦O|Jackson Housing Authority⟧ unit at ⟦S|1150 Lynch St⟧ Apt 14, ⟦C|Jackson⟧ ⟦Z|39203⟧. Referred to ⟦O|Mississippi Center for Legal Services⟧, attorney ⟦N|Jonathan Whitlock-Reyes⟧ ⟦P|601-555-0111⟧.
Granddaughter ⟦N|Tyesha Bankhead⟧ ⟦P|769-555-0145⟧ can drive ⟦DAY|Wednesdays⟧ only. Church van (⟦O|New Hope Missionary Baptist Church⟧, Deacon ⟦N|Otis Riley⟧) ⟦DAY|Mondays⟧.
Plan: request shift change to align with church van; ⟦O|JTRAN⟧ paratransit application submitted (⟦I|JT-PA-20471⟧). Follow-up ⟦D|11/14⟧.
⟦N|Sharon Ivory⟧, LCSW ⟦P|601-555-0106⟧
`);

note("dialyzer-reprocessing-qa", `
Water & Reprocessing QA — ⟦H|Fresenius Kidney Care Tulsa Midtown⟧ — ⟦D|2099-11-03⟧
Bio-med: ⟦N|Ramon Echevarría⟧ · Verified by: ⟦N|Joanne Pickering⟧, RN (clinic manager)
RO system: Mar Cor Millenium HX SN ⟦DEV|MC-HX-004471⟧ — product water conductivity 3.2 µS; total chlorine < 0.1 ppm (worst-case tank, ⟦N|RE⟧ 04:55).
Cultures/endotoxin sent ⟦D|11/03⟧ to ⟦O|Spectra Laboratories⟧ (req ⟦I|SPW-99-441028⟧): loop return, machines #4 (SN ⟦DEV|2HBW118204⟧) and #11 (SN ⟦DEV|2HBW118377⟧).
Machine #7 (SN ⟦DEV|2HBW118291⟧) pulled — conductivity alarm x3; work order ⟦I|WO-99-7704⟧; loaner from ⟦O|Fresenius Medical Care North America⟧ arriving ⟦D|11/05⟧.
Emergency generator test passed; ⟦O|Public Service Company of Oklahoma⟧ outage plan on file. Water vendor contact ⟦N|Skip Harjo⟧ ⟦P|918-555-0127⟧.
`);

note("vascular-access-op-note", `
Operative Note — ⟦H|Ochsner Medical Center - Baton Rouge⟧ · ⟦D|11/01/2099⟧
Patient: ⟦N|Broussard, Verlie Ann⟧ · MRN ⟦M|OMC-BR-7714092⟧ · DOB ⟦D|3/14/1955⟧
Surgeon: ⟦N|Ignatius Okoro⟧, MD · Assistant: ⟦N|Fallon Theriot⟧, PA-C · Anesthesia: regional (supraclavicular block) by Dr. ⟦N|Mikhail Orlov⟧
Procedure: Left upper arm brachiobasilic AV fistula, first stage (transposition planned ⟦D|Jan 2100⟧).
Indication: ESRD on HD via right IJ tunneled catheter at ⟦H|DaVita Plank Road Dialysis⟧ since ⟦D|August 2099⟧; cephalic inadequate on mapping (⟦O|Baton Rouge Vascular Lab⟧, ⟦D|10/12/2099⟧).
Findings: basilic 4.2 mm, brachial artery 4.5 mm, good flow, palpable thrill at end.
Implants: none. EBL 15 mL. Specimens none.
Disposition: home with daughter ⟦N|Charmaine Broussard⟧ ⟦P|225-555-0172⟧; f/u ⟦D|11/15/2099⟧ in ⟦O|Louisiana Vascular Surgery Associates⟧ clinic, ⟦S|8080 Bluebonnet Blvd⟧ Suite 3000, ⟦C|Baton Rouge⟧ ⟦Z|70810⟧.
Note to dialysis unit: do not cannulate; continue catheter. Fax ⟦F|225-555-0181⟧ attn ⟦N|Renee Landry⟧, RN.
`);

note("travel-dialysis-email", `
From: ⟦E|travel.coordinator@dialysisunit.example.com⟧ (⟦N|Marcy Delgado-Finch⟧)
To: ⟦E|admissions.kona@kidneycarehi.example.org⟧
Date: ⟦D|Nov 8, 2099⟧ 14:22
Subject: Transient request — ⟦N|Harold Ostergaard⟧ — ⟦D|Dec 14⟧ to ⟦D|Dec 28⟧ — ⟦C|Kailua-Kona⟧

Aloha ⟦N|Leilani⟧,

We have a patient visiting his daughter in ⟦C|Kailua-Kona⟧ from ⟦D|12/14/2099⟧ to ⟦D|12/28/2099⟧ and would love a TTS spot at ⟦H|Liberty Dialysis - Kona⟧. He dialyzes with us at ⟦H|DaVita Anoka Dialysis⟧ in ⟦C|Anoka⟧, ⟦STATE|MN⟧.
Pt: ⟦N|Harold Ostergaard⟧, DOB ⟦D|10/3/1948⟧, MRN ⟦M|DVA-0044177⟧. Hep B immune (sAb 210, ⟦D|9/2099⟧). Access: L AVF. EDW 88 kg. Insurance: Medicare ⟦HP|9TA6-GH2-KM41⟧ + ⟦O|Medica⟧ supplement ⟦HP|MED44178201⟧.
Local address: ⟦S|75-5660 Kopiko St⟧, ⟦C|Kailua-Kona⟧ ⟦Z|96740⟧ (daughter ⟦N|Karen Ostergaard-Kahale⟧, ⟦P|808-555-0189⟧).
Attending here: Dr. ⟦N|Paul Sundquist⟧; we'd need a covering MD there — Dr. ⟦N|Makoa Kanahele⟧?
Full packet to follow by fax from ⟦F|763-555-0126⟧. Thank you!
⟦N|Marcy⟧ · ⟦P|763-555-0125⟧
`);

note("transplant-discharge-summary", `
Discharge Summary — Kidney Transplant · ⟦H|NewYork-Presbyterian/Columbia University Irving Medical Center⟧
Patient: ⟦N|Amadou Diallo-Sy⟧ · MRN ⟦M|NYP-1044718820⟧ · Admit ⟦D|10/29/2099⟧ · Discharge ⟦D|11/04/2099⟧
Procedure: deceased donor kidney transplant ⟦D|10/29/2099⟧ (right iliac fossa), donor ID ⟦I|AHKQ330⟧ from ⟦O|LiveOnNY⟧; KDPI 31%. Surgeon Dr. ⟦N|Beatriz Olmedo-Fernández⟧.
Induction: thymoglobulin 4.5 mg/kg total. DGF: none; Cr 9.8 → 2.1 at discharge.
Discharge meds: tacrolimus 5 mg bid (level 9.6 on ⟦D|11/3⟧), mycophenolate mofetil 1,000 mg bid, prednisone taper, valganciclovir 450 mg daily (D+/R-), TMP-SMX SS daily, nystatin.
Dialysis unit notified: ⟦H|Rogosin Institute - Manhattan⟧ (Dr. ⟦N|Chen-Whitfield⟧), chair released.
Follow-up: transplant clinic ⟦D|11/06/2099⟧ 8:00; labs twice weekly at ⟦O|Quest Diagnostics⟧ ⟦S|3960 Broadway⟧. Stent removal ⟦D|11/26/2099⟧ with urology Dr. ⟦N|Ravi Pandit⟧.
Caregiver: brother ⟦N|Ousmane Diallo⟧ ⟦P|646-555-0199⟧ (French/Pulaar). Home: ⟦S|580 W 178th St⟧ Apt 4D, ⟦C|New York⟧ ⟦Z|10033⟧.
Pharmacy: ⟦O|CVS Specialty⟧ (fills ⟦D|11/04⟧, Rx ⟦I|RX-7710442⟧). Coordinator ⟦N|Kathleen Marron⟧, RN ⟦P|212-555-0168⟧.
`);
note("nephrology-clinic-note", `
⟦O|Capital Nephrology Associates⟧ — Office Visit · ⟦S|4110 Duval Rd⟧ Bldg 2, ⟦C|Austin⟧, ⟦STATE|TX⟧ ⟦Z|78759⟧ · ⟦D|11/03/2099⟧
Patient: ⟦N|Wojciechowski, Edmund⟧ · DOB ⟦D|12/24/1944⟧ · Acct ⟦I|CNA-0449172⟧ · PCP Dr. ⟦N|Lorna Beckwith⟧, ⟦H|Ascension Seton Family Health Center⟧
CC: CKD 4 follow-up, leg swelling. Here with wife ⟦N|Dolores⟧ and daughter ⟦N|Krystyna Wojciechowski-Ames⟧ (HCPOA).
HPI: 54 years of hypertension; eGFR 19 (from 23 in ⟦D|May⟧). Discussed options: conservative kidney management vs PD vs in-center HD at ⟦H|DaVita Round Rock Dialysis⟧. He prefers to avoid dialysis; his brother ⟦N|Zbigniew⟧ "hated it" at a unit in ⟦C|Chicago⟧.
Labs (⟦O|Clinical Pathology Laboratories⟧, ⟦D|10/28/2099⟧): Cr 3.1, K 5.4, bicarb 19, Hgb 9.6, PTH 240, UACR 880.
Meds: furosemide 40 bid, amlodipine, sodium bicarbonate 650 tid, Lokelma 10 g daily, darbepoetin 40 mcg q2wk at ⟦H|Central Texas Infusion⟧.
Plan: refer to kidney supportive care (⟦O|Hospice Austin⟧ palliative program, Dr. ⟦N|Mei-Ling Orr⟧); vein preservation bracelet; ACP documented; RTC 6 wk.
⟦N|Sebastián Arroyo-Wynn⟧, MD · ⟦N|SAW⟧/⟦N|kmb⟧ · phone ⟦P|512-555-0148⟧ · fax ⟦F|512-555-0149⟧
`);

note("missed-treatment-letter", `
⟦H|U.S. Renal Care Hialeah Dialysis⟧
⟦S|1150 W 49th St⟧, ⟦C|Hialeah⟧, ⟦STATE|FL⟧ ⟦Z|33012⟧ · ⟦P|305-555-0171⟧

⟦D|November 9, 2099⟧

Sr. ⟦N|Reinaldo Cabrera Maceo⟧
⟦S|780 E 25th St⟧, Apt 3
⟦C|Hialeah⟧, ⟦STATE|FL⟧ ⟦Z|33013⟧

Estimado Sr. ⟦N|Cabrera⟧ / Dear Mr. ⟦N|Cabrera⟧:

Our records show that you missed your treatments on ⟦D|October 30⟧, ⟦D|November 1⟧ and ⟦D|November 6, 2099⟧, and shortened two others. Missing dialysis can cause dangerous potassium levels and fluid in the lungs. Dr. ⟦N|Adalberto Junquera⟧ and our team want to help.

Please come to a care plan meeting on ⟦D|November 14⟧ at 2:00 pm with our social worker ⟦N|Migdalia Otero⟧, LCSW, and your daughter ⟦N|Yanet Cabrera⟧ if you wish. If transportation is the problem, ⟦O|Simply Healthcare⟧ rides can be booked at ⟦P|866-555-0147⟧ (member ID ⟦HP|SH4471092281⟧).

Atentamente,
⟦N|Lourdes Pacheco-Viera⟧, RN, Facility Administrator · ⟦E|lpacheco@usrenalcare.example.com⟧
cc: chart ⟦M|USRC-HL-20447⟧; ⟦O|ESRD Network 7⟧
`);

note("donor-family-aftercare", `
⟦O|Gift of Life Michigan⟧ — Donor Family Services · Aftercare contact log
Donor family: ⟦N|Szymanski⟧ (donor ⟦N|Kevin Szymanski⟧, 27, recovered ⟦D|06/19/2099⟧ at ⟦H|Corewell Health Butterworth Hospital⟧, ⟦C|Grand Rapids⟧) · donor ID ⟦I|AGBW552⟧
Primary contact: mother ⟦N|Patricia Szymanski⟧ · ⟦S|2231 Lake Michigan Dr NW⟧, ⟦C|Walker⟧, ⟦STATE|MI⟧ ⟦Z|49534⟧ · ⟦P|616-555-0120⟧
⟦D|07/19/2099⟧ — 30-day letter and donor-family pin mailed by ⟦N|Danielle Frey⟧, aftercare coordinator.
⟦D|09/02/2099⟧ — Mrs. ⟦N|Szymanski⟧ called asking about recipients; general info given (kidney recipients, a man in his 50s in ⟦STATE|Ohio⟧ and a woman in ⟦STATE|Michigan⟧; liver to a child). Bereavement group at ⟦O|Faith Hospice⟧ ⟦C|Byron Center⟧ suggested.
⟦D|10/30/2099⟧ — letter received from kidney recipient (signed first name only, "⟦N|Lorraine⟧"), screened by ⟦N|D. Frey⟧ — no identifying details; forwarded ⟦D|11/01/2099⟧.
⟦D|11/07/2099⟧ — brother ⟦N|Ethan Szymanski⟧ (⟦E|eszymanski.gr@outlook.example.com⟧) asked to join the Donate Life float volunteers; referred to ⟦N|Brianna Holloway-Vance⟧ (volunteer services).
`);

note("hd-unit-huddle-notes", `
Morning huddle — ⟦H|Northwest Kidney Centers Rainier Beach⟧ — ⟦D|Nov 9⟧ — led by ⟦N|Solomon Tesfaye⟧, clinic manager
• New admit tomorrow: ⟦N|Luong Van Sau⟧ from ⟦H|Harborview Medical Center⟧ (MRN there ⟦M|H-0947718⟧), TTS 3rd shift chair 17, Vietnamese interpreter via ⟦O|CyraCom⟧.
• Mrs. ⟦N|Fuentes-Baca⟧ hospitalized at ⟦H|Valley Medical Center⟧ (⟦C|Renton⟧) since ⟦D|11/7⟧ — hold chair 5 till ⟦D|11/14⟧.
• Transient ⟦N|Gerald Ashworth⟧ (from ⟦H|DaVita Boise⟧) starts MWF 1st shift ⟦D|11/10⟧; his wife ⟦N|Pam⟧ will call ⟦P|208-555-0114⟧ if flights change.
• Machine 12 (SN ⟦DEV|2HBN-770941⟧) back from ⟦O|Fresenius⟧ depot. Dialyzer recall notice: none affecting us.
• Staff: ⟦N|Abebe⟧ out (jury duty), ⟦N|Carmen Ruíz⟧ covering; new PCT ⟦N|Hyun-woo Cho⟧ precepted by ⟦N|Liza Mendoza⟧.
• Transplant: ⟦N|Darius Whitmore⟧ got the call from ⟦H|UW Medical Center⟧ last night — removed from schedule.
Next huddle ⟦D|11/10⟧ 05:30. Notes: ⟦N|ST⟧
`);
note("transplant-psychosocial-eval", `
PSYCHOSOCIAL EVALUATION FOR KIDNEY TRANSPLANT CANDIDACY
⟦H|Houston Methodist J.C. Walter Jr. Transplant Center⟧ · ⟦S|6550 Fannin St⟧, ⟦C|Houston⟧, ⟦STATE|TX⟧ ⟦Z|77030⟧
Date of evaluation: ⟦D|11/02/2099⟧ · Evaluator: ⟦N|Graciela Montemayor-Ibsen⟧, LCSW, transplant social worker · ⟦P|713-555-0196⟧
Candidate: ⟦N|Obiageli "Obi" Nnamdi-Carter⟧ · DOB ⟦D|05/17/1977⟧ · MRN ⟦M|HM-60441827⟧ · UNOS (pending listing)
Referral source: Dr. ⟦N|Sanjay Muralidharan⟧, ⟦O|Kidney Associates of Southeast Texas⟧, ⟦C|Beaumont⟧ · Dialysis: ⟦H|DaVita Beaumont North Dialysis⟧, MWF 1st shift, since ⟦D|01/09/2096⟧ (charge RN ⟦N|Glenda Prejean⟧).
Present at interview: candidate; husband ⟦N|Marcus Carter⟧; cousin ⟦N|Ngozi Eze⟧ (by phone from ⟦C|Lagos⟧).

1. Living situation. Lives with husband and two children (⟦N|Chidi⟧, 16, and ⟦N|Amara⟧, 12) in a single-family home at ⟦S|4719 Calder Ave⟧, ⟦C|Beaumont⟧ ⟦Z|77706⟧, 85 miles from the center. Mother-in-law ⟦N|Hattie Carter⟧ lives nearby in ⟦C|Port Arthur⟧ and helps with the children.
2. Employment and finances. Candidate was an accounts clerk at ⟦O|Christus Southeast Texas⟧ until ⟦D|2097⟧; now on SSDI (since ⟦D|07/2097⟧). Husband is a pipefitter at ⟦O|ExxonMobil⟧ ⟦C|Beaumont⟧ refinery; employer plan through ⟦O|UnitedHealthcare⟧ (member ⟦HP|UHC908447120⟧, group ⟦HP|0904471⟧), Medicare secondary (⟦HP|5FK8-RW3-GY60⟧).
3. Caregiver plan. Primary: husband (FMLA approved by ⟦O|ExxonMobil⟧ HR, ⟦N|Dennis Broussard⟧). Back-up: sister ⟦N|Chinwe Okonkwo⟧ in ⟦C|Sugar Land⟧ ⟦P|281-555-0138⟧, who will host the first 4 weeks near the center. Transportation: family car; back-up ⟦O|Medical Transportation Management⟧.
4. Adherence. Dialysis attendance 98% over 12 months per unit flowsheet (two missed ⟦D|08/30/2099⟧ and ⟦D|09/01/2099⟧ during Hurricane Imelda II evacuation to ⟦C|Lufkin⟧). Takes binders, brings a pill organizer. Phosphorus at goal.
5. Substance use. Never tobacco; alcohol rarely. UDS negative ⟦D|11/02/2099⟧.
6. Mental health. History of postpartum depression (⟦D|2087⟧) treated by Dr. ⟦N|Yolanda Pruitt⟧, ⟦O|Spindletop Center⟧; PHQ-9 today 4. No psychiatric admissions.
7. Understanding of transplant. Explains risks, lifelong immunosuppression and clinic schedule accurately. Attended the ⟦D|10/14/2099⟧ education class with ⟦N|Tamsin Hollander⟧, RN.
8. Living donors. Husband (blood type A, candidate O) not compatible; cousin ⟦N|Ngozi Eze⟧ interested but lives abroad. Church friend ⟦N|Beverly Sonnier⟧ (⟦O|Antioch Missionary Baptist Church⟧) submitted a donor questionnaire ⟦D|10/20/2099⟧, ref ⟦I|HMLD-99-3318⟧.
9. Advance directive: medical power of attorney names husband (executed ⟦D|03/2098⟧, notarised by ⟦N|Leticia Garza⟧).
Assessment: psychosocially suitable; low risk (SIPAT 18). Recommend listing. Share summary with ⟦N|Rhonda Kearney⟧, RN, pre-transplant coordinator (⟦E|rkearney@houstonmethodist.example.org⟧, fax ⟦F|713-555-0197⟧).
Signed ⟦N|G. Montemayor-Ibsen⟧, LCSW · ⟦D|11/03/2099⟧ 17:05
`);
write();
