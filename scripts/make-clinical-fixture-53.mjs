// Why this file exists: builds test/fixtures/clinical-notes-53.jsonl, a fifty-third labelled set of clinical texts
// written by hand in stop 56 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 51 and 52's generators, fixture-io.mjs, test/clinical-notes-52.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 54, written blind at the same time by another helper, was not read), in the register of CORRECTIONAL, FORENSIC AND
// MILITARY/VETERANS HEALTH: jail and prison intake screenings, infirmary notes, sick-call slips and a chronic-care log,
// a medication administration record of a unit, court-ordered competency and forensic psychiatric evaluations, a
// juvenile detention health screening, a sexual-assault nurse examiner (SANE) report and a chain-of-evidence form, a
// parole/probation medical release, a compassionate-release letter, a death-in-custody report, a use-of-force medical
// check, a transfer summary between facilities and an outside-hospital trip (guarded) note; VA primary care, mental
// health and Vet Center notes, compensation and pension (C&P) exams, a VA community-care consult, TRICARE referrals and
// an authorisation, a MEPS physical, pre- and post-deployment health assessments (DD 2795/2796), a periodic health
// assessment, military treatment facility discharge summaries, a line-of-duty determination, a medical evaluation
// board narrative, a DD-214 and service-number request letter, a VA caregiver programme note, a homeless-veterans
// (HUD-VASH) note, a veterans' court liaison note, a Vet Center secure message thread and a VA crisis line hand-off.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states real): Huntsville, Livingston and Huntsville (Texas), Beaumont; Angola and
// Baton Rouge; Parchman and Greenville (Mississippi); Florence (Arizona), Tucson and Yuma; Cañon City and Pueblo;
// Walla Walla and Tacoma (Joint Base Lewis-McChord); Fort Liberty (Fayetteville, Spring Lake); Jacksonville (North
// Carolina) and Camp Lejeune; Killeen (Fort Cavazos) and Temple; San Diego and Oceanside (Camp Pendleton); Clarksville
// (Fort Campbell); Watertown (Fort Drum); El Paso (Fort Bliss); Dayton; Togus and Augusta (Maine); White River
// Junction; Bath (New York) and Elmira; Hines (Illinois), Joliet and Chicago; Milwaukee; Fort Meade (South Dakota) and
// Sturgis; Cheyenne and Sheridan; Anchorage (JBER); Honolulu (Tripler); Fresno and Coalinga; Salem (Oregon); Boise;
// Lansing and Jackson (Michigan); Ossining and Dannemora; Trenton; Atmore (Alabama); Reidsville; Lexington (Kentucky).
// PHI forms sought: names of many origins (Mexican with two surnames, Puerto Rican, Navajo and Lakota, Samoan and
// Chamorro, Filipino, Vietnamese, Korean, Haitian, Somali, Nigerian, Polish, Irish, Italian, German, Norwegian, Cajun,
// Appalachian, Arabic), rank plus surname ("SGT Okafor", "SSG Villanueva-Ruiz", "CPT Lindqvist", "PFC Tran", "HM2
// Castillo"), inmates' "LAST, FIRST" rows and "LAST #number" forms, officers' surnames ("Ofc. Barlow", "C/O Heber",
// "Deputy Vanterpool", "Lt. Ashdown"), staff initials, judges ("Hon. Marisol Quintero-Baca", "Judge Fairweather"),
// attorneys, nicknames; dates as "10/13/2099", "10/13/99", "13 OCT 2099", "13OCT2099", "20991013", "2099-10-13",
// "October 13, 2099", "Oct 13, 2099", month and year, a bare year, service dates ("Jun 2091 - Aug 2097"); ages over 89;
// phones, faxes, extensions, e-mails (va.gov-like, mil-like), URLs, an IP; MRNs, VA ICNs, patient and chart numbers;
// booking, inmate, DOC, TDCJ, SID, FBI-like and jail numbers, case, docket, cause and indictment numbers, VA claim and
// file numbers, SSNs, DoD ID numbers (EDIPI), service numbers, badge numbers, incident, evidence, kit and seal
// numbers, autopsy and medical examiner case numbers, consult, referral and authorisation numbers, TRICARE numbers,
// NPI and DEA numbers; device serials (a body camera, an AED, a CPAP, a hearing aid, a glucometer); user names.
// Hard negatives: drugs (buprenorphine, Suboxone, Sublocade, Vivitrol, naloxone (Narcan), methadone, olanzapine,
// haloperidol decanoate, prazosin, sertraline, bupropion, gabapentin, isoniazid, Biktarvy, Epclusa, Mavyret,
// insulin glargine, metformin, lisinopril, ceftriaxone, doxycycline, Plan B, tenofovir), scales, tests and tools (PCL-5,
// PHQ-9, C-SSRS, AUDIT-C, CIWA-Ar, COWS, MoCA, GCS, MMPI-3, TOMM, SIRS-2, ECST-R, MacCAT-CA, HCR-20, Static-99R, ACE,
// TBI screen, Brief Traumatic Brain Injury Screen, DRRI, CAPS-5, QFT, PPD, RPR, Snellen, audiogram H-1, PULHES, DBQ),
// and programmes (MAT, PREA, CRPP, SPC, MST).
// Labelling follows fixtures 51 and 52: weekdays and holidays are `ignored` (DAY), as are states and countries;
// clock times, counts and relative dates are left unlabelled; ages under 90 are no PHI, and an age over 89 is the
// number only; clinicians', officers' and staff initials are PHI; titles, ranks, degrees, credentials, relations and cue
// words stay outside the name; "the" stays outside a facility; hospitals, VA medical centres, community-based
// outpatient clinics, Vet Centers, military treatment facilities and named clinics are HOSPITAL; jails, prisons,
// detention centres, correctional facilities and units, military installations and bases are LOCATION-OTHER, as are
// counties; departments of corrections, sheriffs' offices, police departments, courts, public defenders' and
// prosecutors' offices, law firms, the medical examiner's office, military units and commands, contractors,
// insurers, labs, employers, schools, churches and businesses are ORGANIZATION; P.O. boxes are STREET; MRNs, patient and
// chart numbers and VA ICNs MRN; member, TRICARE, Medicaid and Medicare numbers HEALTHPLAN; SSNs SSN; booking, inmate,
// DOC, case, docket, claim, badge, evidence and the other numbers named above ID; user names USERNAME; serials DEVICE;
// extensions PHONE. Form numbers (DD 2796, VA 21-526EZ, DD-214 as a form), CPT and ICD codes, lot numbers, bed and cell
// numbers, unit and pod numbers and scores stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, large cities, large bases,
// and a few agencies are real, named as agencies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-52 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-53.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-53.jsonl", "make-clinical-fixture-53");
// ======================================================== ALL CAPS (10) ========================================================

note("jail-intake-caps", `
⟦LO|HARRIS COUNTY DETENTION CENTER⟧ - MEDICAL INTAKE SCREENING (RECEIVING)   ⟦S|1200 BAKER ST⟧, ⟦C|HOUSTON⟧ ⟦STATE|TX⟧ ⟦Z|77002⟧
INMATE: ⟦N|VILLARREAL-OCHOA, JESUS ARMANDO⟧   BOOKING # ⟦I|2099-0447182⟧   SPN ⟦I|03318824⟧   DOB ⟦D|02/11/1987⟧
BOOKED ⟦D|10/13/2099⟧ 0214 BY ARRESTING AGENCY ⟦O|HOUSTON POLICE DEPARTMENT⟧, OFC. ⟦N|D. KRAWCZYK⟧ BADGE ⟦I|7741⟧
SCREENED BY: ⟦N|LATOYA BRISCOE⟧, LVN   ⟦D|10/13/2099⟧ 0240   REVIEWED ⟦N|OYELARAN, ADEBOLA⟧, NP
CHIEF CONCERNS: STATES "I SHOOT UP EVERY DAY." LAST USE HEROIN/FENTANYL ⟦D|10/12⟧ PM. COWS 9 AT INTAKE. DENIES ETOH WD HX.
SUICIDE SCREEN: NEGATIVE. PRIOR ATTEMPT ⟦D|2094⟧ (OD) PER PT. NO SI/HI NOW. C-SSRS SCREEN 0.
TB: NO COUGH/FEVER/NIGHT SWEATS. PPD PLACED L FA ⟦D|10/13/99⟧, READ DUE ⟦D|10/15/99⟧.
MEDS VERIFIED: BUPRENORPHINE/NALOXONE 8/2 MG BID FROM ⟦H|LEGACY COMMUNITY HEALTH - MONTROSE⟧, PRESCRIBER DR. ⟦N|HAYDEN ORTIZ-QUAYLE⟧ ⟦P|713-555-0184⟧. VERIFIED WITH ⟦O|WALGREENS⟧ #10442 ⟦P|713-555-0129⟧.
PLAN: CONTINUE MAT PER JAIL MOUD PROTOCOL, COWS Q4H X 72H, HOUSE GEN POP 4B. NARCAN AT RELEASE.
EMERGENCY CONTACT: MOTHER ⟦N|ROSALBA OCHOA⟧ ⟦P|832-555-0161⟧, ⟦S|8817 LAWNDALE ST⟧, ⟦C|HOUSTON⟧ ⟦Z|77012⟧.
PRIOR JAIL RECORD ⟦M|HCSO-MED-0884120⟧. MEDICAID ⟦HP|518840217⟧ (SUSPENDED ON BOOKING).
`);

note("prison-sick-call-caps", `
⟦O|LOUISIANA DEPARTMENT OF PUBLIC SAFETY AND CORRECTIONS⟧ - HEALTH CARE REQUEST (SICK CALL)
FACILITY: ⟦LO|LOUISIANA STATE PENITENTIARY⟧, ⟦C|ANGOLA⟧ ⟦STATE|LA⟧   HOUSING: CAMP C, BEAR 3, TIER B
NAME: ⟦N|FONTENOT, CLAUDE RAY⟧   DOC # ⟦I|00471188⟧   DOB ⟦D|07/30/1958⟧   DATE RECEIVED ⟦D|13 OCT 2099⟧
INMATE STATEMENT: "MY FEET IS SWOLE AND MY SUGAR MACHINE SAY HIGH ALL WEEK. NEED TO SEE DOCTOR."
TRIAGE ⟦D|14 OCT 2099⟧ 0630 BY ⟦N|BROUSSARD, M.⟧ EMT: BG 341, BP 162/94, 2+ PITTING EDEMA BILAT. REFERRED TO PHYSICIAN.
SEEN ⟦D|14 OCT 2099⟧ BY DR. ⟦N|GUIDRY-LANDRY⟧, CHRONIC CARE CLINIC: INCREASE INSULIN GLARGINE TO 38 U, ADD FUROSEMIDE 20, BMP IN 1 WK.
GLUCOMETER ISSUED: SN ⟦DEV|GX7718204⟧. CO-PAY $3.00 WAIVED (CHRONIC).
KEEP-ON-PERSON: NO. PILL LINE. SECURITY: COL. ⟦N|TRAHAN⟧ NOTIFIED RE: DIABETIC TRAY.
NEXT OF KIN ON FILE: SISTER ⟦N|ODILE FONTENOT-RICHARD⟧, ⟦S|PO BOX 221⟧, ⟦C|VILLE PLATTE⟧ ⟦STATE|LA⟧ ⟦Z|70586⟧ ⟦P|337-555-0117⟧.
INMATE AGE 41 AT INTAKE ⟦D|1999⟧. LIFER. RECORD ⟦M|LSP-88412⟧.
`);

note("competency-eval-caps", `
IN THE ⟦O|DISTRICT COURT OF PUEBLO COUNTY⟧, ⟦STATE|COLORADO⟧   CASE NO. ⟦I|99CR1447⟧   DIVISION 404
PEOPLE OF THE STATE OF COLORADO V. ⟦N|MARTINEZ-ARCHULETA, ESTEVAN P.⟧
COURT-ORDERED COMPETENCY EVALUATION (C.R.S. 16-8.5-105)   ORDERED ⟦D|AUGUST 28, 2099⟧ BY HON. ⟦N|MARISOL QUINTERO-BACA⟧
EVALUATOR: ⟦N|RUTHANNE KESSELRING⟧, PSY.D., ABPP (FORENSIC), ⟦H|COLORADO MENTAL HEALTH HOSPITAL IN PUEBLO⟧, ⟦S|1600 W 24TH ST⟧, ⟦C|PUEBLO⟧ ⟦Z|81003⟧
DEFENDANT: DOB ⟦D|05/19/1991⟧, HELD AT ⟦LO|PUEBLO COUNTY DETENTION CENTER⟧ (INMATE # ⟦I|PC-2099-31882⟧).
SOURCES: INTERVIEWS ⟦D|09/16/2099⟧ AND ⟦D|09/23/2099⟧ (2.5 H AND 1.75 H); DISCOVERY FROM DEPUTY DA ⟦N|GRANT OSTERHOUT⟧; RECORDS OF ⟦H|PARKVIEW MEDICAL CENTER⟧ (MRN ⟦M|PV-6620914⟧); CALL WITH MOTHER ⟦N|CONSUELO ARCHULETA⟧ ⟦P|719-555-0148⟧; DEFENSE COUNSEL ⟦N|BENJAMIN ABERNATHY-TSO⟧, ⟦O|OFFICE OF THE COLORADO STATE PUBLIC DEFENDER⟧.
TESTING: ECST-R, MACCAT-CA, TOMM (TRIAL 2 = 48/50), MOCA 23/30.
FINDINGS: SCHIZOAFFECTIVE DISORDER, BIPOLAR TYPE; ACTIVELY PSYCHOTIC WITH PERSECUTORY DELUSIONS REGARDING HIS ATTORNEY AND JUDGE.
OPINION: INCOMPETENT TO PROCEED; RESTORABLE WITH INPATIENT TREATMENT AND INVOLUNTARY MEDICATION (HALOPERIDOL DECANOATE).
REPORT FILED ⟦D|10/13/2099⟧. CC: DDA ⟦N|OSTERHOUT⟧; ⟦N|ABERNATHY-TSO⟧ (FAX ⟦F|719-555-0190⟧); COURT CLERK ⟦N|J. WHITEHORSE⟧.
`);

note("sane-report-caps", `
SEXUAL ASSAULT NURSE EXAMINER (SANE) REPORT - CONFIDENTIAL   ⟦H|BANNER - UNIVERSITY MEDICAL CENTER TUCSON⟧ ED
PATIENT: ⟦N|BEGAY, SHANICE LORRAINE⟧   DOB ⟦D|03/02/2001⟧   MRN ⟦M|BUMC-8842017⟧   EXAM ⟦D|10/13/2099⟧ 0305-0520
REPORTING: PT ELECTED LAW ENFORCEMENT REPORT. ⟦O|TUCSON POLICE DEPARTMENT⟧ DET. ⟦N|ISIDRO GALLEGOS⟧, BADGE ⟦I|51180⟧, CASE ⟦I|2099-1013-0047⟧.
ADVOCATE: ⟦N|PERLA AMEZCUA⟧, ⟦O|EMERGE CENTER AGAINST DOMESTIC ABUSE⟧, PRESENT WITH CONSENT.
HISTORY (PT'S WORDS): "HE IS MY EX. HE CAME TO MY APARTMENT ON ⟦S|E GRANT RD⟧ AROUND MIDNIGHT." ASSAILANT NAMED BY PT AS ⟦N|DARNELL KEETSO⟧.
FINDINGS: 2 X 1 CM CONTUSION L UPPER ARM; ABRASION R KNEE; TANNER V. SPECULUM EXAM: 3 MM LACERATION POSTERIOR FOURCHETTE AT 6 O'CLOCK, PHOTOGRAPHED (CAMERA SN ⟦DEV|D7K-4471208⟧).
KIT: ARIZONA SEXUAL ASSAULT EVIDENCE KIT # ⟦I|AZ-SAEK-0884217⟧, SEALED ⟦D|10/13/2099⟧ 0518, RELEASED TO DET. ⟦N|GALLEGOS⟧.
PROPHYLAXIS: CEFTRIAXONE 500 MG IM, DOXYCYCLINE 100 BID X 7D, PLAN B, HIV NPEP (BIKTARVY) 28 DAYS. HCG NEG.
FOLLOW-UP: ⟦H|EL RIO HEALTH⟧ ID CLINIC ⟦D|10/16/2099⟧. SANE: ⟦N|KATHERINE MCALLISTER-YAZZIE⟧, RN, SANE-A ⟦P|520-555-0137⟧.
PT CONTACT (SAFE #): ⟦P|520-555-0172⟧. SISTER ⟦N|MONIQUE BEGAY⟧ TO PICK UP.
`);

note("cp-exam-ptsd-caps", `
⟦O|DEPARTMENT OF VETERANS AFFAIRS⟧ - COMPENSATION AND PENSION EXAMINATION   ⟦H|MICHAEL E. DEBAKEY VA MEDICAL CENTER⟧, ⟦C|HOUSTON⟧ ⟦STATE|TX⟧
VETERAN: ⟦N|OKAFOR, CHUKWUEMEKA IFEANYI⟧   CLAIM # ⟦I|C 44 718 209⟧   SSN ⟦SSN|448-71-2093⟧   ICN ⟦M|1044718209V447182⟧
DBQ: PTSD, REVIEW   EXAM DATE ⟦D|13 OCT 2099⟧   EXAMINER: ⟦N|GWENDOLYN ASHBY-NAKAMURA⟧, PH.D.
SERVICE: U.S. ARMY ⟦D|JUN 2081⟧ - ⟦D|AUG 2093⟧, SSG, 88M MOTOR TRANSPORT OPERATOR. DEPLOYED ⟦COUNTRY|IRAQ⟧ (⟦LO|CAMP TAJI⟧) ⟦D|2083⟧-⟦D|2084⟧ AND ⟦COUNTRY|AFGHANISTAN⟧ (⟦LO|FOB SALERNO⟧) ⟦D|2088⟧-⟦D|2089⟧.
STRESSOR: IED STRIKE ON CONVOY ⟦D|17 MAR 2084⟧, DEATH OF GUNNER SPC ⟦N|RAMON TEJEDA-VIGIL⟧. CORROBORATED BY UNIT RECORDS (⟦O|1ST BATTALION, 227TH AVIATION REGIMENT⟧, PER VSR).
CURRENT: PCL-5 = 58. CAPS-5 CRITERIA MET. NIGHTMARES 4-5/WK ON PRAZOSIN 6 MG. SEES ⟦H|VET CENTER - HOUSTON NORTHWEST⟧ COUNSELOR ⟦N|DIANE FERRELL⟧.
EMPLOYMENT: ⟦O|METRO TRANSIT AUTHORITY OF HARRIS COUNTY⟧ BUS OPERATOR UNTIL ⟦D|2097⟧; LOST JOB AFTER ALTERCATION.
SOCIAL: LIVES WITH WIFE ⟦N|ADAEZE⟧ AND 2 CHILDREN AT ⟦S|15422 KUYKENDAHL RD⟧, ⟦C|HOUSTON⟧ ⟦Z|77090⟧.
OPINION: AT LEAST AS LIKELY AS NOT DUE TO IN-SERVICE STRESSOR. SUBMITTED ⟦D|10/14/2099⟧ VIA VBMS. ⟦N|G. ASHBY-NAKAMURA⟧, PH.D. ⟦P|713-555-0162⟧ EXT ⟦P|26180⟧
`);

note("meps-physical-caps", `
MILITARY ENTRANCE PROCESSING STATION - ⟦LO|MEPS SAN DIEGO⟧ - REPORT OF MEDICAL EXAMINATION (DD 2808)
APPLICANT: ⟦N|TUIASOSOPO, FAAMAONI JR⟧   SSN ⟦SSN|612-44-8817⟧   DOB ⟦D|20010907⟧   BRANCH: USMC   RECRUITER SSGT ⟦N|VALDIVIA⟧ (⟦O|RS SAN DIEGO⟧, ⟦O|RSS OCEANSIDE⟧) ⟦P|760-555-0118⟧
EXAM DATE ⟦D|13OCT2099⟧   MEPCOM ID ⟦I|MEP-990418821⟧   CHIEF MEDICAL OFFICER (CONTRACT): DR. ⟦N|HELEN PARK-ESPINOSA⟧
VISION: 20/30 OU, COLOR NORMAL. HEARING: AUDIOGRAM H-1. BMI 29.8 - TAPED, BODY FAT 17% (WITHIN STD).
HISTORY: ASTHMA AGE 6-9, NO INHALER SINCE ⟦D|2012⟧. REVIEWED RECORDS ⟦H|RADY CHILDREN'S HOSPITAL⟧ MRN ⟦M|RCH-2204871⟧.
ORTHO: DUCK WALK NORMAL. R KNEE ARTHROSCOPY ⟦D|2018⟧ (HIGH SCHOOL FOOTBALL, ⟦O|OCEANSIDE HIGH SCHOOL⟧) - CONSULT REQUESTED.
DRUG/HIV/ALCOHOL: NEG. PREG N/A.
PULHES: 1 1 1 1 1 1 PENDING ORTHO. DISPOSITION: TEMPORARILY DISQUALIFIED PENDING CONSULT; WAIVER AUTHORITY ⟦O|BUMED⟧.
ORTHO CONSULT SCHEDULED ⟦D|10/20/2099⟧ WITH DR. ⟦N|ANTHONY DEGUZMAN⟧, ⟦H|SCRIPPS CLINIC - CARMEL VALLEY⟧.
APPLICANT ADDRESS ⟦S|3120 MISSION AVE APT 14⟧, ⟦C|OCEANSIDE⟧ ⟦STATE|CA⟧ ⟦Z|92058⟧. EMERGENCY CONTACT FATHER ⟦N|FAAMAONI TUIASOSOPO SR⟧ ⟦P|760-555-0144⟧.
`);

note("mtf-discharge-caps", `
⟦H|WOMACK ARMY MEDICAL CENTER⟧ - DISCHARGE SUMMARY   ⟦LO|FORT LIBERTY⟧, ⟦STATE|NC⟧
PATIENT: ⟦N|LINDQVIST, ERIK MAGNUS⟧   RANK: CPT   UNIT: ⟦O|2ND BRIGADE COMBAT TEAM, 82ND AIRBORNE DIVISION⟧   DOD ID ⟦I|1447820931⟧   FMP/SPONSOR 20/⟦I|1447820931⟧
ADMIT ⟦D|10/07/2099⟧   DISCHARGE ⟦D|10/13/2099⟧   ATTENDING: MAJ ⟦N|PRIYANKA VENKATARAMAN⟧, MC   REGISTER # ⟦M|WAMC-99-044718⟧
DX: L TIBIAL PLATEAU FX (SCHATZKER II) FROM STATIC-LINE JUMP, ⟦LO|SICILY DROP ZONE⟧ ⟦D|10/06/2099⟧ - ORIF ⟦D|10/08/2099⟧ (LTC ⟦N|DOUGLAS HARTWELL⟧, ORTHO).
COURSE: UNCOMPLICATED. DVT PPX ENOXAPARIN 40 DAILY X 4 WKS. NWB L LE X 8 WKS.
PROFILE: TEMPORARY (DA 3349) X 90 DAYS ENTERED IN MEDPROS. LINE OF DUTY: YES (IN LINE OF DUTY), LOD # ⟦I|LOD-2099-55120⟧.
F/U: ORTHO CLINIC ⟦D|10/27/2099⟧; PT AT ⟦H|JOEL HEALTH AND DENTAL CLINIC⟧. COMMANDER NOTIFIED: LTC ⟦N|ROWAN MCCLATCHY⟧, BN CDR.
HOME: ⟦S|6207 SHEPHERD BUSH DR⟧, ⟦C|FAYETTEVILLE⟧ ⟦Z|28311⟧. SPOUSE ⟦N|KARIN LINDQVIST⟧ ⟦P|910-555-0193⟧.
DICTATED: MAJ ⟦N|P. VENKATARAMAN⟧ ⟦D|13 OCT 99⟧ / TRANSCRIBED ⟦N|JLR⟧   ⟦E|PRIYANKA.VENKATARAMAN.MIL@EXAMPLE-HEALTH.MIL⟧
`);

note("death-in-custody-caps", `
⟦O|MISSISSIPPI DEPARTMENT OF CORRECTIONS⟧ - OFFICE OF MEDICAL COMPLIANCE - DEATH IN CUSTODY REPORT (INITIAL)
FACILITY: ⟦LO|MISSISSIPPI STATE PENITENTIARY⟧, ⟦C|PARCHMAN⟧ ⟦STATE|MS⟧   UNIT 29, BLDG K
DECEDENT: ⟦N|PITTMAN, EARL LEE⟧   MDOC # ⟦I|R4418⟧   DOB ⟦D|09/09/1931⟧   AGE ⟦A|98⟧   RACE/SEX: B/M
DATE/TIME OF DEATH: ⟦D|10/13/2099⟧ 0422, PRONOUNCED BY DR. ⟦N|AMBROSE TILLERY⟧ (CONTRACT PHYSICIAN, ⟦O|VITALCORE HEALTH STRATEGIES⟧).
CIRCUMSTANCES: FOUND UNRESPONSIVE IN INFIRMARY BED 6 ON 0400 ROUND BY CO ⟦N|TAMEKA HOLLINS⟧. CPR BEGUN BY LPN ⟦N|B. WIGGINS⟧; AED (SN ⟦DEV|AED-PW-771820⟧) NO SHOCK ADVISED. DNR NOT ON FILE.
HISTORY: END-STAGE COPD, CHF, DEMENTIA. HOSPICE (IN-HOUSE) SINCE ⟦D|JULY 2099⟧. LAST OUTSIDE ADMISSION ⟦H|DELTA HEALTH - THE MEDICAL CENTER⟧, ⟦C|GREENVILLE⟧, ⟦D|08/02/2099⟧.
NOTIFICATIONS: SUPT. ⟦N|ELMORE GATLIN⟧ 0440; ⟦O|SUNFLOWER COUNTY CORONER⟧ ⟦N|RAYBURN QUARLES⟧ 0455, CASE ⟦I|SC-99-0184⟧; NEXT OF KIN NEPHEW ⟦N|CORNELIUS PITTMAN⟧ ⟦P|662-555-0108⟧ (⟦C|CLARKSDALE⟧) 0610.
AUTOPSY: ORDERED - ⟦O|MISSISSIPPI STATE MEDICAL EXAMINER⟧, ⟦C|PEARL⟧, ME # ⟦I|ME-2099-1447⟧.
REPORT BY: ⟦N|VIVIAN STRAUGHTER⟧, RN, HSA   ⟦D|10/13/2099⟧ 0930   FAX TO CENTRAL OFFICE ⟦F|601-555-0133⟧.
`);

note("pdha-caps", `
POST-DEPLOYMENT HEALTH ASSESSMENT (DD FORM 2796) - PROVIDER REVIEW   ⟦LO|JOINT BASE LEWIS-MCCHORD⟧ SRP SITE
SERVICE MEMBER: ⟦N|VILLANUEVA-RUIZ, MARICELA⟧   SSG   ⟦O|1-2 STRYKER BRIGADE COMBAT TEAM⟧   DOD ID ⟦I|1288471004⟧   DOB ⟦D|11/24/1994⟧
DEPLOYMENT: ⟦LO|CAMP BUEHRING⟧, ⟦COUNTRY|KUWAIT⟧ ⟦D|12 JAN 2099⟧ - ⟦D|28 SEP 2099⟧. RETURN ⟦D|29 SEP 2099⟧ TO ⟦LO|GRAY ARMY AIRFIELD⟧.
EXPOSURES: BURN PIT SMOKE (REPORTED), JP-8, SAND/DUST. DRRI-2 COMPLETED. ILER ENTERED.
BLAST: 2 EVENTS WITHIN 50 M; BRIEF TBI SCREEN POSITIVE FOR HEADACHES; MACE 2 ON ⟦D|03/03/2099⟧.
MENTAL HEALTH: PHQ-2 = 1, PC-PTSD-5 = 2, AUDIT-C = 5. REFERRED TO ⟦H|MADIGAN ARMY MEDICAL CENTER⟧ TBI CLINIC.
HEARING: TINNITUS; AUDIOGRAM STS R EAR -> REFERRED AUDIOLOGY, HEARING AID TRIAL SN ⟦DEV|PH-2099-48817⟧ ISSUED.
REVIEWING PROVIDER: CPT ⟦N|DARIUS FEENSTRA⟧, PA-C   ⟦D|13 OCT 2099⟧   SIGNED CAC.
CONTACT: ⟦P|253-555-0166⟧ / DSN ⟦P|782-0166⟧. HOME ⟦S|8314 STEILACOOM BLVD SW⟧, ⟦C|LAKEWOOD⟧ ⟦STATE|WA⟧ ⟦Z|98498⟧.
`);

note("parole-release-caps", `
⟦O|TEXAS DEPARTMENT OF CRIMINAL JUSTICE⟧ - REENTRY AND INTEGRATION - MEDICAL DISCHARGE / CONTINUITY OF CARE
OFFENDER: ⟦N|HOANG, MINH TUAN⟧   TDCJ # ⟦I|02447182⟧   SID # ⟦I|08841720⟧   DOB ⟦D|04/04/1969⟧
UNIT: ⟦LO|ESTELLE UNIT⟧, ⟦C|HUNTSVILLE⟧ ⟦STATE|TX⟧   RELEASE TYPE: PAROLE   PROJECTED RELEASE ⟦D|10/20/2099⟧
PAROLE OFFICER: ⟦N|LAQUINTA FAIRWEATHER-DUNN⟧, ⟦O|PAROLE DIVISION REGION III⟧, ⟦C|BEAUMONT⟧ ⟦P|409-555-0110⟧
DX: HIV ON BIKTARVY (VL <20 ⟦D|08/2099⟧), HCV S/P EPCLUSA (SVR12 ⟦D|2098⟧), HTN, LATENT TB TREATED (3HP ⟦D|2096⟧).
MEDS AT RELEASE: 30-DAY SUPPLY BIKTARVY, LISINOPRIL 20, AMLODIPINE 10.
APPOINTMENT: ⟦H|LEGACY COMMUNITY HEALTH - BEAUMONT⟧ RYAN WHITE CLINIC ⟦D|10/23/2099⟧ 0900, CASE MANAGER ⟦N|YESENIA BARRAGAN⟧ ⟦P|409-555-0153⟧.
MEDICAID APPLICATION SUBMITTED ⟦D|09/30/2099⟧, APP # ⟦I|TXM-99-4471820⟧. SSA APPOINTMENT ⟦D|10/27/2099⟧.
RELEASE ADDRESS (APPROVED): ⟦S|2210 CALDER AVE⟧, ⟦C|BEAUMONT⟧ ⟦Z|77702⟧ (BROTHER ⟦N|HOANG VAN THANH⟧ ⟦P|409-555-0177⟧).
PREPARED BY: ⟦N|CORDELIA PRICE⟧, RN, ⟦O|UTMB CORRECTIONAL MANAGED CARE⟧ ⟦D|10/13/2099⟧.
`);
// ======================================================== lower case (10) ========================================================

note("vet-center-thread-lo", `
secure message thread - ⟦H|anchorage vet center⟧ (readjustment counseling)   ⟦S|4400 business park blvd⟧, ⟦C|anchorage⟧ ⟦STATE|ak⟧ ⟦Z|99503⟧
⟦D|10/11/2099⟧ 21:14 from ⟦N|tj nakamura-oyelowo⟧ (⟦UN|tjnak_ak⟧): hey ms ⟦N|brandvold⟧ can we move ⟦DAY|thursday⟧ to ⟦DAY|friday⟧, my shift at ⟦O|alaska railroad⟧ changed
⟦D|10/12/2099⟧ 08:02 from ⟦N|ingrid brandvold⟧, lcsw: hi ⟦N|tj⟧, yes - ⟦DAY|friday⟧ ⟦D|10/16⟧ at 1500 works. still want in-person or video?
⟦D|10/12/2099⟧ 08:40 from ⟦N|tj⟧: video pls. also my wife ⟦N|leilani⟧ wants to do the couples thing you said
⟦D|10/12/2099⟧ 09:15 from ⟦N|i. brandvold⟧: sent link ⟦U|https://vetcenter-video.example.org/room/brandvold⟧. for couples we can add ⟦N|leilani⟧ to the ⟦D|10/23⟧ session, i'll send her form (vet center family eligibility).
⟦D|10/13/2099⟧ 02:51 from ⟦N|tj⟧: cant sleep again. dreams about ⟦C|kandahar⟧ and doc ⟦N|reyes⟧. not gonna do anything dumb just venting
⟦D|10/13/2099⟧ 07:30 from ⟦N|ingrid brandvold⟧: thank you for telling me. i called your cell ⟦P|907-555-0142⟧ at 0725 - left vm. if things get worse call the veterans crisis line 988 press 1. i'm here until 1700, desk ⟦P|907-555-0119⟧.
⟦D|10/13/2099⟧ 07:58 from ⟦N|tj⟧: ok talked to you. im fine. see u ⟦DAY|friday⟧
note to file ⟦D|10/13/2099⟧: phone contact 0740-0755, safety plan reviewed, c-ssrs screener neg for plan/intent, firearm stored at brother ⟦N|keoni⟧'s in ⟦C|wasilla⟧. consult to ⟦H|alaska va healthcare system⟧ mh for prazosin eval, consult # ⟦I|ak-99-7718204⟧. ⟦N|ib⟧
veteran file: army ⟦D|2083⟧-⟦D|2091⟧, 11b, ⟦O|4th brigade, 25th infantry division⟧ (⟦LO|jber⟧). dob ⟦D|1/30/1989⟧. vc case # ⟦I|vc0117-44182⟧.
`);

note("juvenile-detention-lo", `
⟦LO|bernalillo county youth services center⟧ - juvenile detention admission health screening   ⟦C|albuquerque⟧ ⟦STATE|nm⟧
youth: ⟦N|chee, dakota ray⟧   dob ⟦D|3/14/2084⟧ (15 y)   jdai/booking # ⟦I|yj-99-04418⟧   admitted ⟦D|10/12/2099⟧ 23:10
brought by ⟦O|albuquerque police department⟧ ofc ⟦N|r. kalinowski⟧ (badge ⟦I|3382⟧). children's court case ⟦I|jr-2099-01147⟧.
screened by ⟦N|marisela trujillo⟧, rn at 23:40. guardian notified: grandmother ⟦N|loretta chee⟧ ⟦P|505-555-0126⟧, lives in ⟦C|shiprock⟧, ⟦O|navajo nation⟧.
maysi-2: suicide ideation scale caution; alcohol/drug use warning. states drank "a fifth" with friends behind ⟦O|west mesa high school⟧.
ciwa not indicated (no dependence). bal 0.04 at booking. vitals wnl. no visible injuries except healing abrasion l forearm (skateboard per youth).
meds: albuterol mdi prn - inhaler brought by ⟦N|loretta⟧ ⟦D|10/13⟧. last seen by pcp dr ⟦N|hosteen yellowhair⟧ at ⟦H|northern navajo medical center⟧, chart ⟦M|nnmc-441872⟧.
plan: suicide precaution level 2 (15-min checks) until seen by mh clinician dr. ⟦N|amparo villegas⟧ in am. school records requested from ⟦O|central consolidated school district⟧.
probation officer ⟦N|jesse montano⟧ ⟦P|505-555-0188⟧ ext ⟦P|214⟧. detention hearing ⟦D|10/14/2099⟧ before judge ⟦N|harkins-lucero⟧.
`);

note("va-pc-note-lo", `
⟦H|togus va medical center⟧ - primary care (pact) progress note   ⟦D|oct 13, 2099⟧
pt: ⟦N|thibodeau, normand j⟧   last4 ⟦I|t4471⟧   icn ⟦M|1008841720v118204⟧   pcp: ⟦N|margit skovgaard⟧, np   team: pact red 3
cc: f/u dm2, htn, hearing aids squealing.
s: 74 yo usn vet (hull technician, ⟦O|uss saratoga⟧ ⟦D|2082⟧-⟦D|2086⟧), lives alone in ⟦C|skowhegan⟧, daughter ⟦N|celeste⟧ checks in. a1c 8.1 (was 7.4 ⟦D|june⟧). states he "eats what the grange supper gives." walks dog on ⟦LO|kennebec river⟧ trail.
o: bp 148/82, bmi 31. feet: monofilament intact. 
a/p: dm2 - increase metformin to 1000 bid, dietitian ⟦N|roxanne pelletier⟧, rd via vvc. htn - add lisinopril 10. hearing - audiology consult for aid repair, devices sn ⟦DEV|phn-88417720⟧ and ⟦DEV|phn-88417721⟧.
community care: podiatry via ccn to ⟦H|maine general medical center⟧ (⟦C|augusta⟧), referral # ⟦I|vaccn-99-1047183⟧, optum seoc.
sc 30% tinnitus/hearing loss, claim ⟦I|28 447 120⟧.
rtc 3 mo. my healthevet: ⟦UN|njthibodeau44⟧. phone ⟦P|207-555-0169⟧. address ⟦S|44 east river rd⟧, ⟦C|skowhegan⟧ ⟦STATE|me⟧ ⟦Z|04976⟧.
/es/ ⟦N|margit skovgaard⟧, fnp-bc   signed ⟦D|10/13/2099⟧ 15:42
`);

note("jail-mar-lo", `
⟦LO|milwaukee county jail⟧ - pod 4d medication pass log (am)   ⟦D|2099-10-13⟧   nurse: ⟦N|apinya srisuk⟧, lpn (⟦N|as⟧)   c/o escort ⟦N|heber⟧
name                         booking #       med                               time   given   note
⟦N|wojciechowski, tadeusz⟧      ⟦I|99-218847⟧       buprenorphine 8 mg sl             0610   ⟦N|as⟧      mouth check done
⟦N|jallow, ousman⟧              ⟦I|99-218903⟧       isoniazid 300 / b6                0612   ⟦N|as⟧      
⟦N|ramos-figueroa, yadira⟧      ⟦I|99-219011⟧       sertraline 100                    0614   refused   signed refusal, mh notified (dr. ⟦N|okonkwo⟧)
⟦N|lebeau, quentin⟧             ⟦I|99-219044⟧       insulin regular 6u per scale      0615   ⟦N|as⟧      bg 212
⟦N|xiong, pa nhia⟧              ⟦I|99-219087⟧       methadone 90 mg (otp verified)    0617   ⟦N|as⟧      otp: ⟦H|lakeside treatment center⟧ ⟦P|414-555-0136⟧
⟦N|buckner, shawnda "peaches"⟧  ⟦I|99-219102⟧       prenatal + ferrous sulfate        0620   ⟦N|as⟧      ob f/u ⟦H|froedtert hospital⟧ ⟦D|10/19⟧
⟦N|dumas, jean-robert⟧          ⟦I|99-219140⟧       olanzapine 10 + benztropine 1     0622   ⟦N|as⟧      
⟦N|wojciechowski, t.⟧           ⟦I|99-218847⟧       cows 6 (1000 recheck)             1000   ⟦N|kd⟧      
pass delayed 0545-0605: lockdown (incident ⟦I|mcj-ir-99-3318⟧). sgt ⟦N|vanterpool⟧ notified hsa ⟦N|k. dombrowski⟧.
`);

note("forensic-risk-lo", `
forensic psychiatry - violence risk assessment (hcr-20 v3) for conditional release   ⟦H|oregon state hospital⟧, ⟦C|salem⟧ ⟦STATE|or⟧
patient: ⟦N|haugland, peder anders⟧   osh # ⟦M|osh-0447182⟧   dob ⟦D|12/1/1977⟧   psrb # ⟦I|psrb-99-0118⟧
jurisdiction: ⟦O|psychiatric security review board⟧, gei finding ⟦D|2091⟧ (⟦O|marion county circuit court⟧ case ⟦I|91cr04417⟧, assault ii).
evaluator: ⟦N|soraya haddad-lind⟧, md, board certified forensic psychiatry. interviews ⟦D|9/28/2099⟧, ⟦D|10/5/2099⟧.
collateral: treating psychiatrist dr ⟦N|felix amankwah⟧; ward rn ⟦N|jodie strommen⟧; sister ⟦N|solveig haugland-cruz⟧ (⟦C|eugene⟧) ⟦P|541-555-0195⟧; proposed group home operator ⟦O|cascadia behavioral healthcare⟧ (⟦N|kenji moorcroft⟧, program mgr).
history: schizophrenia, stabilized on clozapine since ⟦D|2094⟧ (anc monitoring, last 2.4 on ⟦D|10/1/2099⟧). no seclusion/restraint since ⟦D|march 2096⟧. cannabis use in ⟦D|2089⟧-⟦D|2091⟧ preceding offense.
hcr-20: historical items high; clinical items low; risk management moderate (supervision plan proposed). static-99r not applicable.
opinion: risk can be managed in the community with conditional release to ⟦S|1820 lancaster dr ne⟧, ⟦C|salem⟧ ⟦Z|97305⟧, weekly cpmp monitoring, ua random, clozapine via ⟦O|genoa healthcare⟧ pharmacy.
report date ⟦D|10/13/2099⟧. cc: psrb analyst ⟦N|d. whitcombe⟧ (fax ⟦F|503-555-0124⟧), defense ⟦N|morgan ostrowski⟧, ⟦O|metropolitan public defender⟧.
`);

note("hud-vash-lo", `
hud-vash case management note - ⟦H|va greater los angeles healthcare system⟧ (west la campus)   date: ⟦D|10-13-2099⟧
veteran: ⟦N|delacruz, rommel s.⟧   dob ⟦D|08/08/1966⟧   last4 ⟦I|d8812⟧   case mgr: ⟦N|naomi feldstein⟧, lcsw
housing: voucher issued ⟦D|09/02/2099⟧ by ⟦O|housing authority of the city of los angeles⟧ (voucher # ⟦I|hacla-v-9904471⟧). unit inspection passed ⟦D|10/09⟧ at ⟦S|1422 s bonnie brae st apt 3⟧, ⟦C|los angeles⟧ ⟦Z|90006⟧. landlord ⟦N|gevorg sarkissian⟧ ⟦P|213-555-0158⟧.
move-in ⟦D|10/15/2099⟧. furniture via ⟦O|u.s. vets⟧ (⟦N|desiree okwuosa⟧). ssvf deposit assistance from ⟦O|pathways to home⟧ approved.
health: dm2, hep c (treated - mavyret ⟦D|2097⟧), prior aud in remission 3 yrs. pcp dr ⟦N|bao-tran nguyen⟧ at ⟦H|sepulveda ambulatory care center⟧.
vet was in navy ⟦D|1984⟧-⟦D|1990⟧ (filipino-american, enlisted in ⟦LO|subic bay⟧ era). sister ⟦N|marites delacruz-aquino⟧ in ⟦C|daly city⟧ ⟦P|650-555-0102⟧.
phone (safelink) ⟦P|323-555-0191⟧. next home visit ⟦D|10/20/2099⟧. ⟦N|nf⟧
`);

note("cp-exam-back-lo", `
c&p examination - back (thoracolumbar spine) conditions dbq   examiner: ⟦N|harold visconti-baker⟧, pa-c, ⟦O|qtc medical services⟧ (va contract)   site: ⟦C|killeen⟧ ⟦STATE|tx⟧, ⟦S|3100 e stan schlueter loop⟧
veteran: ⟦N|rodriguez-tamez, ileana⟧   va file # ⟦I|29 118 447⟧   exam # ⟦I|qtc-99-4418207⟧   date ⟦D|10/13/2099⟧
records reviewed: str (army ⟦D|2086⟧-⟦D|2098⟧, 92f petroleum supply), vbms, private records ⟦H|baylor scott & white - temple⟧ mri ⟦D|3/22/2099⟧ (mrn ⟦M|bsw-7728840⟧).
in-service: low back strain ⟦D|11/2090⟧ lifting fuel hose at ⟦LO|fort cavazos⟧ (then ⟦LO|fort hood⟧); sick call at ⟦H|darnall army medical center⟧ by cpt ⟦N|oyelaran⟧.
current: daily pain 6/10, flare-ups monthly lasting 2-3 days, radiates l leg. rom: flexion 55 deg (pain at 40), ext 15, lat flex 20/20, rot 25/25. repetitive use: additional loss 10 deg flexion. slr + l. ivds: no incapacitating episodes.
functional impact: cannot sit > 45 min at desk job (⟦O|h-e-b⟧ distribution center clerk).
opinion: back condition at least as likely as not incurred in service.
veteran phone ⟦P|254-555-0185⟧. accompanied by husband ⟦N|efrain tamez⟧. examiner signature ⟦N|h. visconti-baker⟧ ⟦D|10/13/2099⟧ 14:05.
`);

note("use-of-force-lo", `
⟦O|new york state department of corrections and community supervision⟧ - use of force medical examination (form 3114-like)
facility: ⟦LO|clinton correctional facility⟧, ⟦C|dannemora⟧ ⟦STATE|ny⟧   date ⟦D|13 oct 2099⟧ 1915
incarcerated individual: ⟦N|baptiste, wesner⟧   din ⟦I|99a4471⟧   nysid ⟦I|08817720k⟧   housing e-block
incident # ⟦I|uof-99-0447⟧, area supervisor lt. ⟦N|ashdown⟧. officers involved: c.o. ⟦N|b. mcquillan⟧, c.o. ⟦N|r. szymanski⟧ (body camera sn ⟦DEV|axn-bwc-7718240⟧).
ii statement (creole interpreter ⟦N|nadège toussaint⟧ via phone): "they pushed me on the wall, my face hit."
exam by ⟦N|gerard lavallee⟧, rn 1930: 2 cm laceration r eyebrow, closed with steri-strips; periorbital swelling r; no loc reported; gcs 15; wrist abrasions from mechanical restraints bilat. photos x6 taken by sgt ⟦N|delorme⟧.
referred to facility physician dr ⟦N|ikechukwu anyanwu⟧ for am; x-ray facial bones ordered. to ⟦H|champlain valley physicians hospital⟧ if vision change.
notifications: ⟦O|office of special investigations⟧ ⟦D|10/13/2099⟧ 2010; ⟦O|prisoners' legal services of new york⟧ requested records ⟦D|10/14/2099⟧ (letter ref ⟦I|pls-99-1182⟧).
`);

note("tricare-referral-lo", `
tricare referral / authorization - ⟦O|humana military⟧ (tricare east)   ref # ⟦I|0099-1013-447182⟧   status: approved ⟦D|10/13/2099⟧
beneficiary: ⟦N|castillo, gabriela inés⟧ (spouse)   dob ⟦D|5/7/1996⟧   sponsor: hm2 ⟦N|ricardo castillo⟧, usn   sponsor dod id ⟦I|1620447188⟧   dbn ⟦HP|30447182011⟧
pcm: dr ⟦N|lauren whitfield-ames⟧, ⟦H|naval medical center camp lejeune⟧ family medicine (⟦C|jacksonville⟧ ⟦STATE|nc⟧) ⟦P|910-555-0149⟧
referred to: ⟦N|yusuf abdirahman⟧, md, ⟦H|coastal carolina maternal-fetal medicine⟧, ⟦S|2100 western blvd⟧, ⟦C|jacksonville⟧ ⟦Z|28546⟧ ⟦P|910-555-0170⟧ fax ⟦F|910-555-0171⟧   npi ⟦I|1902447183⟧
reason: g2p1 at 22 wks, prior preterm delivery at 33 wks (⟦D|2097⟧, ⟦H|tripler army medical center⟧), short cervix 22 mm. request mfm consult + serial cervical lengths; 17-ohp discussed.
visits authorized: 6 through ⟦D|01/31/2100⟧. questions: humana military ⟦P|800-555-0144⟧ or ⟦U|www.tricare-east.example.com⟧.
sponsor deployed (⟦O|uss bataan⟧) - mother-in-law ⟦N|graciela pineda⟧ accompanying ⟦P|910-555-0131⟧.
`);

note("chain-of-evidence-lo", `
chain of custody - forensic evidence   ⟦H|st. luke's boise medical center⟧ forensic nursing program, ⟦C|boise⟧ ⟦STATE|id⟧
case: ⟦O|ada county sheriff's office⟧ dr # ⟦I|acso-99-041877⟧   kit # ⟦I|isp-saek-22018⟧   patient id ⟦M|slb-3318820⟧ (name withheld on kit - code ⟦I|fnp-99-117⟧)
items: (1) sexual assault evidence kit, sealed; (2) underwear in paper bag; (3) blood gray top x1, urine cup x1 (dfsa); (4) photos on sd card sn ⟦DEV|sd-44817-77⟧.
seal initials: ⟦N|mkp⟧ ⟦D|10/13/2099⟧ 0412.
transfer log:
 ⟦D|10/13/2099⟧ 0412   released by ⟦N|maren k. pedersen⟧, rn, sane-a        received by dep. ⟦N|alvarado-sosa⟧ #⟦I|5118⟧       items 1-4
 ⟦D|10/13/2099⟧ 0605   released by dep. ⟦N|alvarado-sosa⟧                    received by evidence tech ⟦N|k. obermeyer⟧   items 1-4, temp locker 12
 ⟦D|10/14/2099⟧ 1030   released by ⟦N|k. obermeyer⟧                          received by ⟦O|idaho state police forensic services⟧ (⟦C|meridian⟧) analyst ⟦N|d. huang⟧   items 1,3
refrigerated item 3 within 2 h: yes. tracking (track-kit) ⟦I|tk-id-99-0447182⟧, survivor can check at ⟦U|https://trackkit.example-isp.gov⟧.
`);
// ======================================================== Mixed case (25) ========================================================

note("prison-infirmary-note", `
Infirmary Progress Note - ⟦LO|Arizona State Prison Complex - Florence⟧, South Unit Infirmary   ⟦C|Florence⟧, ⟦STATE|AZ⟧
Patient: ⟦N|Yellowhorse, Benedict⟧   ADCRR # ⟦I|229184⟧   DOB ⟦D|1/22/1952⟧   Date ⟦D|10/13/2099⟧   Bed 7
Provider: ⟦N|Sunniva Marthinsen⟧, NP (⟦O|NaphCare⟧)   Nursing: ⟦N|Eduardo Paz-Cordero⟧, RN
S: Day 4 after return from ⟦H|Banner University Medical Center Phoenix⟧ (admitted ⟦D|10/2⟧-⟦D|10/9⟧ for CAP with sepsis; MRN there ⟦M|BUMCP-1044721⟧). Says breathing "a lot better." Eating 75% of trays. Wants to call his daughter ⟦N|Winona⟧ in ⟦C|Tuba City⟧.
O: T 98.4, HR 88, RR 18, SpO2 94% RA. Crackles R base, improved. Walks to shower with walker. Braden 17.
A/P: CAP resolving - completes amoxicillin-clavulanate ⟦D|10/14⟧. CXR f/u 6 wks. COPD - continue tiotropium, albuterol KOP. DM2 - A1c 7.8; continue metformin.
Security: escort officer for outside trip was C/O ⟦N|Leland Mapes⟧ (badge ⟦I|A-4471⟧). Return to general population when O2 not needed x48h; Lt. ⟦N|Rosalind Okafor-Kemp⟧ aware.
Compassionate release screening requested by family; packet to Medical Director Dr. ⟦N|Ignatius Brandt⟧ ⟦D|10/13/2099⟧. Family contact ⟦N|Winona Yellowhorse-Begay⟧ ⟦P|928-555-0181⟧, ⟦S|PO Box 1182⟧, ⟦C|Tuba City⟧ ⟦Z|86045⟧.
`);

note("vet-cp-hearing", `
Compensation & Pension Exam - Hearing Loss and Tinnitus DBQ
Facility: ⟦H|Wm. Jennings Bryan Dorn VA Medical Center⟧, Audiology, ⟦C|Columbia⟧, ⟦STATE|SC⟧   Exam date: ⟦D|October 13, 2099⟧
Veteran: ⟦N|Gallagher, Siobhan M.⟧   Claim number: ⟦I|31 447 882⟧   DOB: ⟦D|4/19/1975⟧
Service: US Air Force, ⟦D|Sep 2075⟧ to ⟦D|Oct 2095⟧, 2A5X1 aircraft maintenance (flight line), ⟦LO|Shaw Air Force Base⟧ and ⟦LO|Al Udeid Air Base⟧, ⟦COUNTRY|Qatar⟧.
Audiogram (Maico MA 42, SN ⟦DEV|MA42-0881472⟧, calibrated ⟦D|3/2099⟧): R 500-4000 Hz 20/25/35/55/65; L 20/30/40/60/70. Maryland CNC R 84%, L 80%.
Tinnitus: bilateral, constant, onset on flight line ~⟦D|2080⟧.
Opinion: hearing loss and tinnitus at least as likely as not caused by military noise exposure (AFSC with high probability of noise exposure per Duty MOS Noise Exposure Listing).
Examiner: Dr. ⟦N|Tobias Ravensworth⟧, Au.D., CCC-A   phone ⟦P|803-555-0116⟧ x⟦P|4412⟧
Veteran works at ⟦O|Boeing South Carolina⟧ in ⟦C|North Charleston⟧; husband ⟦N|Declan⟧ drove her.
`);

note("meb-narsum", `
Fitness-for-duty / Medical Evaluation Board - Narrative Summary (NARSUM)
⟦H|Carl R. Darnall Army Medical Center⟧, ⟦LO|Fort Cavazos⟧, ⟦STATE|Texas⟧   Date dictated: ⟦D|13 October 2099⟧
Soldier: SPC ⟦N|Kwame Asante-Boateng⟧, 68W, ⟦O|1st Cavalry Division⟧   DoD ID ⟦I|1598820471⟧   SSN ⟦SSN|487-20-1193⟧
Referred to IDES by MAJ ⟦N|Lucinda Harrow⟧ (PCM) on ⟦D|2099-06-01⟧ for chronic migraine and L shoulder instability.
History: recurrent L shoulder dislocations since airborne school ⟦D|May 2096⟧; Latarjet ⟦D|1/17/2098⟧ at ⟦H|Brooke Army Medical Center⟧ by COL ⟦N|Heidrun Aasgaard⟧. Migraine 12 days/month despite topiramate and propranolol; onabotulinumtoxinA started ⟦D|Feb 2099⟧ at ⟦H|Baylor Scott & White Medical Center - Temple⟧ neurology (Dr. ⟦N|Ashok Iyer⟧).
Profile: permanent P3 (shoulder, headache) since ⟦D|04/30/2099⟧. Unable to perform 68W tasks (patient litter carry, ruck 35 lb x 12 mi).
Commander's statement from CPT ⟦N|Garrett Holloway-Suh⟧ concurs with non-deployability.
VA examinations: scheduled with ⟦O|VES⟧ on ⟦D|10/20/2099⟧; VA claim ⟦I|IDES-99-04471⟧.
PEBLO: Ms. ⟦N|Antoinette Quarles⟧ ⟦P|254-555-0171⟧, ⟦E|antoinette.quarles.civ@example-army.mil⟧.
Soldier's mother ⟦N|Abena Asante⟧ lives in ⟦C|Columbus⟧, ⟦STATE|Ohio⟧; soldier's address ⟦S|4102 Zephyr Rd⟧, ⟦C|Killeen⟧ ⟦Z|76543⟧.
`);

note("sick-call-slips", `
Sick call requests triaged - ⟦LO|Wyoming State Penitentiary⟧ (⟦C|Rawlins⟧, ⟦STATE|WY⟧) - ⟦DAY|Tuesday⟧ ⟦D|10/13/2099⟧ - RN ⟦N|Karsten Olafsen⟧ (⟦N|KO⟧)
# | Inmate (WDOC #)                         | Complaint (as written)                         | Triage
1 | ⟦N|Redbird, Thomas⟧ (⟦I|31882⟧)              | "tooth bustd top left 3 days"                  | dental list; ibuprofen x3 d
2 | ⟦N|Kowalczyk, Adam⟧ (⟦I|28447⟧)              | "rash on my back itches bad"                   | MD line ⟦D|10/14⟧; r/o scabies, pod check
3 | ⟦N|Abdullahi, Mohamed Farah⟧ (⟦I|33108⟧)     | "need my glasses fixed, brok in shakedown"     | optometry via ⟦O|Vision Works⟧ contract; C/O ⟦N|Brandt⟧ to confirm property form
4 | ⟦N|Schoenfeld, Rusty "Boots"⟧ (⟦I|19220⟧)     | "chest hurts when I walk the yard"             | SEEN SAME DAY - ECG NSR, troponin sent to ⟦H|Memorial Hospital of Carbon County⟧; Dr. ⟦N|Vasquez-Engstrom⟧ called 0945
5 | ⟦N|Two Eagles, Dawson⟧ (⟦I|34471⟧)           | "I want to see mental health not sleeping"      | MH referral to Dr. ⟦N|Pruett⟧; C-SSRS neg
6 | ⟦N|Huerta, Alfonso⟧ (⟦I|30219⟧)              | "refill my inhaler"                            | KOP refill albuterol
7 | ⟦N|McGillicuddy, Sean⟧ (⟦I|22018⟧)           | "knee from basketball"                         | ice, ACE wrap, PT list
Copays: 6 x $2.00 posted to commissary by ⟦N|D. Frawley⟧ (records). ⟦N|KO⟧ 1120.
`);

note("vista-crisis-handoff", `
Veterans Crisis Line - Warm Hand-off to Suicide Prevention Coordinator (SPC)
Responder ID ⟦UN|VCL-R-4471⟧ (⟦N|Marcus Delgado-Fitch⟧)   Call received ⟦D|10/13/2099⟧ 01:48 ET   Caller's phone ⟦P|315-555-0143⟧
Veteran: ⟦N|Piotr Zielinski⟧, DOB ⟦D|2/2/1990⟧, Army, served ⟦D|2009⟧-⟦D|2015⟧, 12B combat engineer.
Location at time of call: parked car at ⟦LO|Green Lakes State Park⟧ near ⟦C|Fayetteville⟧, ⟦STATE|NY⟧. Disclosed handgun in glovebox. Agreed to place it in trunk; friend ⟦N|Dariusz⟧ arrived at 02:31 and took it.
Risk: high acute (recent divorce, job loss at ⟦O|Carrier⟧, alcohol tonight). No EMS needed after friend arrived; veteran agreed to go to friend's home at ⟦S|118 Brookside Ln⟧, ⟦C|Manlius⟧.
Hand-off to ⟦H|Syracuse VA Medical Center⟧ SPC ⟦N|Renata Oyelowo⟧, LCSW, ⟦P|315-555-0104⟧ ext ⟦P|53120⟧, by encrypted e-mail ⟦E|renata.oyelowo@example-va.gov⟧ at 02:55.
Consult # ⟦I|VCL-99-1013-5582⟧. High Risk for Suicide flag request submitted. Veteran ICN ⟦M|1013044718V220147⟧.
SPC follow-up ⟦D|10/13/2099⟧ 09:10: reached veteran, safety plan updated, MH appt ⟦D|10/14/2099⟧ with Dr. ⟦N|Aurelio Bianchi⟧.
`);

note("forensic-insanity-eval", `
CONFIDENTIAL FORENSIC PSYCHIATRIC EVALUATION - CRIMINAL RESPONSIBILITY
To: The Honorable ⟦N|Theodore Fairweather⟧, ⟦O|Superior Court of New Jersey, Mercer County⟧, Law Division
Re: State v. ⟦N|Darnell J. Whitaker-Moss⟧, Indictment No. ⟦I|99-04-0447-I⟧   Date of report: ⟦D|October 13, 2099⟧
Retained by: ⟦O|Office of the Public Defender⟧, Mercer Region (Asst. Deputy PD ⟦N|Sofia Castellanos-Reyes⟧), ⟦S|210 South Broad Street⟧, ⟦C|Trenton⟧, ⟦STATE|NJ⟧ ⟦Z|08608⟧
Evaluator: ⟦N|Adrian Kowalewski⟧, MD, DFAPA
Procedures: Interviews at ⟦LO|Mercer County Correction Center⟧ (⟦C|Hopewell Township⟧) on ⟦D|8/22/2099⟧, ⟦D|9/5/2099⟧ and ⟦D|9/19/2099⟧ (total 7.5 hours). Psychological testing by Dr. ⟦N|Hye-jin Seo⟧ (MMPI-3, SIRS-2: genuine responding). Review of ⟦O|Trenton Police Department⟧ reports (Incident ⟦I|TPD-99-018822⟧), body-worn camera footage of Ptl. ⟦N|Ronan Gaffney⟧, and records of ⟦H|Capital Health Regional Medical Center⟧ (MRN ⟦M|CHR-04471882⟧) and ⟦H|Trenton Psychiatric Hospital⟧ (⟦D|2093⟧, ⟦D|2096⟧).
Collateral: mother ⟦N|Beverly Whitaker⟧ (⟦P|609-555-0152⟧); former employer ⟦O|Princeton Bagel Company⟧ manager ⟦N|Luis Ocasio⟧.
Index offense: On ⟦D|March 3, 2099⟧, Mr. ⟦N|Whitaker-Moss⟧ allegedly struck a neighbor, ⟦N|Evelyn Pratt⟧ (age ⟦A|91⟧), at ⟦S|44 Hamilton Avenue⟧, believing she was "a transmitter for the FBI."
Background: Mr. ⟦N|Whitaker-Moss⟧ was born in ⟦C|Camden⟧ and raised by his mother and maternal grandmother ⟦N|Ida Mae Whitaker⟧ on ⟦S|Chambers Street⟧ in ⟦C|Trenton⟧. He graduated from ⟦O|Trenton Central High School⟧ in ⟦D|2086⟧ and completed two semesters at ⟦O|Mercer County Community College⟧ before his first hospitalization (⟦H|Trenton Psychiatric Hospital⟧, ⟦D|April 2093⟧), where he was treated by Dr. ⟦N|Ewa Lisowska⟧ for command auditory hallucinations. Outpatient care followed at ⟦H|Greater Trenton Behavioral HealthCare⟧ (case manager ⟦N|Kenneth Abara⟧), with long-acting paliperidone until ⟦D|late 2098⟧, when his Medicaid (⟦HP|NJ-MCD-4471820198⟧) lapsed after a move to his cousin ⟦N|Dwayne Moss⟧'s apartment on ⟦S|Hamilton Avenue⟧.
Jail course: booked ⟦D|3/3/2099⟧ (SBI ⟦I|884172E⟧, jail # ⟦I|MCCC-99-01182⟧). Jail psychiatrist Dr. ⟦N|Aurelia Bencomo⟧ (⟦O|CFG Health Network⟧) restarted paliperidone ⟦D|3/20/2099⟧; by ⟦D|June 2099⟧ hallucinations had decreased. Correction officers (Sgt. ⟦N|Pellegrino⟧) describe him as withdrawn but cooperative.
Mental status (⟦D|9/19/2099⟧): groomed in jail greens, guarded, speech normal rate, thought process mildly tangential, residual belief that the neighbor "worked for them," denies current hallucinations, no suicidal or homicidal ideation, oriented x3, MoCA 25/30.
Diagnoses: Schizophrenia, multiple episodes, currently in partial remission; Cannabis use disorder, in sustained remission in a controlled environment.
Opinion: To a reasonable degree of medical certainty, at the time of the offense he was laboring under such a defect of reason from mental disease that he did not know the nature and quality of the act or that it was wrong (N.J.S.A. 2C:4-1).
⟦N|Adrian Kowalewski⟧, MD   ⟦P|609-555-0138⟧   fax ⟦F|609-555-0139⟧
`);

note("post-deploy-reassessment", `
Post-Deployment Health Reassessment (PDHRA, DD 2900) - Provider Interview
Site: ⟦H|Naval Health Clinic Oceana⟧ (⟦C|Virginia Beach⟧, ⟦STATE|VA⟧)   Date ⟦D|13-Oct-2099⟧
Member: AO2 ⟦N|Tran, Bao Quoc⟧, USN, ⟦O|Strike Fighter Squadron 143⟧   DoD ID ⟦I|1377204481⟧   Age 27
Deployment: ⟦O|USS Dwight D. Eisenhower⟧ ⟦D|Jan 2099⟧-⟦D|Jun 2099⟧.
Concerns endorsed: trouble sleeping, irritability, back pain from loading ordnance; alcohol 15 drinks/week (AUDIT-C 7).
Screening: PHQ-8 = 9, PC-PTSD-5 = 3, no SI. 
Referrals: Fleet and Family Support Center (wife ⟦N|Ngoc Anh⟧ requests counseling); SARP Level I at ⟦H|Naval Medical Center Portsmouth⟧; physical therapy.
Interviewer: HM1 ⟦N|Castillo⟧ (screening) reviewed by LT ⟦N|Maren Holt⟧, MC, USN.
Command DAPA notified: ADC ⟦N|Whitlock⟧. Contact member at ⟦P|757-555-0165⟧ or ⟦E|bao.q.tran.mil@example-navy.mil⟧.
`);

note("va-caregiver", `
Program of Comprehensive Assistance for Family Caregivers (PCAFC) - Home Visit / Wellness Contact
⟦H|VA Black Hills Health Care System⟧ - ⟦H|Fort Meade VA Medical Center⟧, ⟦STATE|South Dakota⟧   Visit date: ⟦D|10/13/2099⟧
Veteran: ⟦N|Running Horse, Elias⟧ (Army, OIF) - ICN ⟦M|1044182207V331845⟧ - TBI (moderate), PTSD, SC 100% P&T
Primary family caregiver: wife ⟦N|Marlena Running Horse⟧; secondary: brother ⟦N|Vernon Running Horse⟧
Home: ⟦S|14 Rimrock Rd⟧, ⟦C|Sturgis⟧, ⟦STATE|SD⟧ ⟦Z|57785⟧ (⟦LO|Meade County⟧). Drive from ⟦C|Kyle⟧ for family weekends on ⟦LO|Pine Ridge Reservation⟧.
Caregiver Support Program staff: ⟦N|Jolene Whitebird⟧, LMSW (CSP coordinator) ⟦P|605-555-0174⟧
Observations: Veteran needs cueing for ADLs, supervision for safety (left stove on twice). Wife reports stress; sleeps 5 h. Respite: 30 days/yr - adult day at ⟦O|Sturgis Senior Center⟧ 2 days/wk started ⟦D|Sept 2099⟧.
Equipment: CPAP ResMed AirSense 11 SN ⟦DEV|23184471822⟧ - needs new mask (prosthetics request ⟦I|PSAS-99-3318⟧).
Stipend tier: Level 2, reassessed ⟦D|10/2099⟧. Annual reassessment due ⟦D|10/13/2100⟧.
Next contact ⟦D|Jan 2100⟧. Signed: ⟦N|J. Whitebird⟧, LMSW.
`);

note("outside-trip-guarded", `
ED Note - Patient in custody (guarded)   ⟦H|Sparrow Hospital⟧, ⟦C|Lansing⟧, ⟦STATE|MI⟧   ⟦D|10/13/2099⟧ 16:20
Patient: ⟦N|DeShawn Marcellus Pruitt⟧   MRN ⟦M|SPH-88120447⟧   DOB ⟦D|9/12/1983⟧   MDOC #⟦I|884172⟧ (⟦LO|Richard A. Handlon Correctional Facility⟧, ⟦C|Ionia⟧)
Custody: 2 officers at bedside (Ofc. ⟦N|Kilbride⟧, Ofc. ⟦N|Mwangi⟧); restraints: one ankle to bed per MDOC policy, removed for CT.
HPI: 36M w/ sickle cell disease (HbSS) p/w pain crisis x2 days, back and both legs 9/10, unresponsive to facility's oral oxycodone. Last crisis ⟦D|June 2099⟧ admitted to ⟦H|University of Michigan Health-Sparrow Ionia⟧.
Facility nurse ⟦N|Hollis Drummond⟧, RN called report ⟦P|616-555-0129⟧; facility provider Dr. ⟦N|Chiamaka Eze⟧ sent transfer form.
Hgb 6.8 (baseline 8), retic 11%, LDH 620. CXR clear.
Plan: IV hydromorphone PCA per sickle pathway, IVF, admit to ⟦H|Sparrow⟧ medicine (Dr. ⟦N|Farrukh Qureshi⟧). Transfuse if Hgb < 6 or ACS. Hematology: Dr. ⟦N|Kathleen O'Rourke-Bauer⟧.
Patient asked us to call his mother ⟦N|Loretta Pruitt⟧ in ⟦C|Flint⟧; per MDOC policy family notification goes through the facility - informed Lt. ⟦N|Gerber⟧.
Prior records requested from ⟦O|Corizon Health⟧ (MDOC contractor, ref ⟦I|CRZ-99-771820⟧). ED attending ⟦N|Ruth Anne Wysocki⟧, DO.
`);

note("dd214-request", `
⟦O|Department of Veterans Affairs⟧ - Veterans Benefits Administration
Regional Office, ⟦S|2101 Elm Street⟧, ⟦C|Fort Worth⟧, ⟦STATE|TX⟧ ⟦Z|76102⟧ (Claims intake center, ⟦S|PO Box 4444⟧, ⟦C|Janesville⟧, ⟦STATE|WI⟧ ⟦Z|53547-4444⟧)

⟦D|October 13, 2099⟧

Mrs. ⟦N|Dolores Espinoza⟧ (surviving spouse)
⟦S|908 Coronado Street⟧
⟦C|Laredo⟧, ⟦STATE|TX⟧ ⟦Z|78040⟧

RE: Veteran ⟦N|Ignacio "Nacho" Espinoza⟧   Service Number ⟦I|RA 18447201⟧   VA File ⟦I|C-22 118 447⟧   Date of death ⟦D|08/29/2099⟧

Dear Mrs. ⟦N|Espinoza⟧:
We received your application for Dependency and Indemnity Compensation (VA Form 21P-534EZ) on ⟦D|September 14, 2099⟧. To decide your claim we need a copy of the veteran's DD-214 for service ⟦D|1962⟧-⟦D|1966⟧ (U.S. Army, ⟦O|1st Infantry Division⟧, ⟦COUNTRY|Vietnam⟧). We have asked the ⟦O|National Personnel Records Center⟧ (⟦C|St. Louis⟧) under request ⟦I|NPRC-1-3318820471⟧.
Mr. ⟦N|Espinoza⟧ was treated at ⟦H|Audie L. Murphy Memorial VA Hospital⟧ (⟦C|San Antonio⟧) and died at ⟦H|Laredo Medical Center⟧; the death certificate lists ischemic heart disease, a presumptive condition for Agent Orange exposure. He was age ⟦A|97⟧.
If you have questions, call ⟦P|1-800-555-0100⟧ or your representative ⟦N|Gilberto Saenz⟧ of ⟦O|Webb County Veterans Service Office⟧ ⟦P|956-555-0127⟧.
Sincerely, ⟦N|K. Fairbanks-Olu⟧, Veterans Service Representative
`);

note("tripler-discharge-long", `
⟦H|Tripler Army Medical Center⟧ - Inpatient Discharge Summary
⟦S|1 Jarrett White Road⟧, ⟦C|Honolulu⟧, ⟦STATE|HI⟧ ⟦Z|96859⟧   Inpatient Records ⟦P|808-555-0111⟧   Fax ⟦F|808-555-0112⟧

Patient: ⟦N|Taitano, Joaquin Cruz⟧   FMP 20 (sponsor)   DoD ID ⟦I|1466203918⟧   Register No. ⟦M|TAMC-2099-118204⟧
Rank/Service: SFC, USA   Unit: ⟦O|25th Infantry Division⟧, ⟦O|3rd Brigade Combat Team⟧, ⟦LO|Schofield Barracks⟧
Admission: ⟦D|02 Oct 2099⟧ 22:40 via ED   Discharge: ⟦D|13 Oct 2099⟧ 11:15   Length of stay: 11 days
Attending: LTC ⟦N|Miriam Okoro-Lindahl⟧, MC (Internal Medicine)   Residents: CPT ⟦N|Sean Kealoha⟧, MC; CPT ⟦N|Rahul Bhattacharya⟧, MC
Consultants: Infectious Disease - MAJ ⟦N|Teresa Aguon⟧; Nephrology - Dr. ⟦N|Haruto Fujimoto⟧ (civilian); Behavioral Health - ⟦N|Liane Kamakau⟧, PhD

Principal diagnosis: Leptospirosis with acute kidney injury (Weil disease), acquired during jungle training at ⟦LO|Kahuku Training Area⟧ (stream crossings ⟦D|24-26 Sep 2099⟧).
Secondary: Rhabdomyolysis, mild; thrombocytopenia; alcohol use, hazardous (AUDIT-C 8).

History: 34-year-old Chamorro male from ⟦C|Dededo⟧, ⟦STATE|Guam⟧, 16 years of service, presented with fever 39.6, myalgias (calves), conjunctival suffusion and oliguria. Two other soldiers from his platoon (SGT ⟦N|Makoa Perreira⟧, PFC ⟦N|Devontae Sims⟧) were seen at ⟦H|Schofield Barracks Health Clinic⟧ the same week with milder illness.
Course: Ceftriaxone 1 g IV daily x7 days. Creatinine peaked 4.1 (⟦D|04 Oct⟧), no dialysis required; 1.3 at discharge. Platelets nadir 38K, 164K at discharge. Leptospira PCR positive (⟦O|Hawaii State Laboratories Division⟧, accession ⟦I|HSLD-99-044718⟧); MAT titer pending. Public health notified: ⟦O|Hawaii Department of Health⟧ Disease Outbreak Control Division, investigator ⟦N|Kaimana Nakoa⟧ ⟦P|808-555-0143⟧.
Preventive medicine: ⟦O|25th ID Division Surgeon's Office⟧ informed (MAJ ⟦N|Whitcombe⟧); doxycycline chemoprophylaxis recommended for the unit's next iteration.
Behavioral health: discussed drinking; agreed to ASAP self-referral at ⟦H|Schofield Barracks⟧ ASACP. No SI.

Discharge medications: none new (completed antibiotics). Avoid NSAIDs 2 weeks.
Profile: Temporary, no field duty x 21 days (eProfile ⟦I|EP-99-4471820⟧).
Follow-up: PCM at ⟦H|Schofield Barracks Health Clinic⟧ ⟦D|16 Oct 2099⟧; renal panel ⟦D|20 Oct 2099⟧; ID clinic ⟦D|27 Oct 2099⟧.
Family: wife ⟦N|Rosalinda Taitano⟧ (⟦P|808-555-0186⟧), ⟦S|1442 Wilikina Dr⟧, ⟦C|Wahiawa⟧, ⟦STATE|HI⟧ ⟦Z|96786⟧; mother ⟦N|Josefina Cruz Taitano⟧ in ⟦C|Dededo⟧ informed by phone.
Command notified: 1SG ⟦N|Pulu⟧ and CPT ⟦N|Hargrove⟧ (company commander).
Electronically signed: LTC ⟦N|M. Okoro-Lindahl⟧, ⟦D|13OCT2099⟧ 12:02. Copy to ⟦E|tamc.inpatientrecords@example-health.mil⟧.
`);

note("compassionate-release-letter", `
⟦H|UK HealthCare - Markey Cancer Center⟧
⟦S|800 Rose Street⟧, ⟦C|Lexington⟧, ⟦STATE|KY⟧ ⟦Z|40536⟧   Tel ⟦P|859-555-0123⟧   Fax ⟦F|859-555-0124⟧

⟦D|October 13, 2099⟧

Warden ⟦N|Calvin Ridenour⟧
⟦LO|Federal Medical Center, Lexington⟧
⟦S|3301 Leestown Road⟧, ⟦C|Lexington⟧, ⟦STATE|KY⟧ ⟦Z|40511⟧

Re: ⟦N|Rosemary Ann Tackett⟧, Reg. No. ⟦I|20447-032⟧, DOB ⟦D|06/21/1959⟧ - Request for Reduction in Sentence (compassionate release)

Dear Warden ⟦N|Ridenour⟧,
I have treated Ms. ⟦N|Tackett⟧ since ⟦D|May 2099⟧ for metastatic pancreatic adenocarcinoma (liver and peritoneal metastases) diagnosed after an admission to ⟦H|Baptist Health Lexington⟧. She progressed on FOLFIRINOX; second-line gemcitabine/nab-paclitaxel stopped ⟦D|9/30/2099⟧ for ECOG 3. Her prognosis is less than 6 months, and she requires assistance with most activities of daily living.
Her sister, ⟦N|Bonnie Tackett Sizemore⟧, of ⟦S|1187 Troublesome Creek Rd⟧, ⟦C|Hindman⟧, ⟦STATE|KY⟧ ⟦Z|41822⟧ (⟦P|606-555-0192⟧), has agreed to provide a home, and ⟦O|Hospice of the Bluegrass⟧ (intake nurse ⟦N|Terri Bowling⟧) has accepted her for home hospice.
I support her request. Please contact my nurse navigator ⟦N|Jamal Whitted⟧, RN at ⟦P|859-555-0187⟧ with questions. Her oncology MRN here is ⟦M|UK-00884172⟧.
Sincerely,
⟦N|Evangeline Papadakis⟧, MD, Medical Oncology   NPI ⟦I|1730447182⟧
cc: ⟦N|Tasha Merriweather⟧, Esq., ⟦O|Federal Defender Services of Eastern Kentucky⟧; BOP Clinical Director Dr. ⟦N|S. Oduya⟧
`);

note("va-community-care-consult", `
VA Community Care Consult - Status Update
Ordering facility: ⟦H|Hines VA Hospital⟧ (Edward Hines Jr.), ⟦C|Hines⟧, ⟦STATE|IL⟧   Consult # ⟦I|578-99-447120⟧   SEOC: Orthopedic Surgery - Knee
Veteran: ⟦N|Kapoor, Rajinder Singh⟧   Last 4 ⟦I|K1182⟧   DOB ⟦D|3/3/1961⟧   Phone ⟦P|708-555-0135⟧   ⟦S|1420 S 9th Ave⟧, ⟦C|Maywood⟧ ⟦Z|60153⟧
Requested by: ⟦N|Deborah Strzelecki⟧, MD (PACT Blue) ⟦D|08/22/2099⟧ - "R knee OA, failed injections x3, BMI 33, wants TKA. Wait for VA ortho 94 days; eligible under access standards."
⟦D|08/24/2099⟧ Scheduled by CCN scheduler ⟦N|Adaeze Onwuchekwa⟧ (⟦UN|VHAHINONWUCA⟧) with ⟦H|Midwest Orthopaedics at Rush⟧ - Dr. ⟦N|Vikram Ramaswamy⟧, appt ⟦D|09/10/2099⟧; authorization ⟦I|VA0044718207⟧ via ⟦O|Optum Serve⟧ (Region 2).
⟦D|09/10/2099⟧ Seen; recommends R TKA. Surgery request submitted, SAR ⟦I|SAR-99-1182047⟧.
⟦D|10/13/2099⟧ SAR approved by Dr. ⟦N|Hollis Beaumont-Quaye⟧ (UM). Surgery ⟦D|11/04/2099⟧ at ⟦H|Rush Oak Park Hospital⟧. Veteran notified by phone; prefers texting at ⟦P|708-555-0188⟧ (daughter ⟦N|Simran⟧).
Records sent via HSRM to fax ⟦F|312-555-0145⟧. ⟦N|AO⟧
`);

note("periodic-health-assessment", `
Periodic Health Assessment (PHA) - ⟦H|Ireland Army Health Clinic⟧, ⟦LO|Fort Knox⟧, ⟦STATE|KY⟧   ⟦D|2099-10-13⟧
Soldier: 1LT ⟦N|Hannah Marie Voskuijlen⟧   ⟦O|3rd Battalion, 4th Cadet Training Brigade⟧   DoD ID ⟦I|1733820447⟧   Age 24
Provider: ⟦N|Orlando Pinheiro⟧, PA-C   Medic: SPC ⟦N|Imani Gathogo⟧
Readiness: IMR green except dental class 2 (filling) - scheduled ⟦D|10/20/2099⟧ ⟦H|Fort Knox Dental Clinic⟧. Immunizations current; influenza given today, lot not recorded here.
Concerns: R foot pain after 12-mile ruck (⟦D|09/28/2099⟧) - navicular stress reaction suspected; MRI ordered (⟦H|Baptist Health Hardin⟧, ⟦C|Elizabethtown⟧). Temporary profile 30 days.
Women's health: Pap current ⟦D|2097⟧; IUD in place.
Behavioral health: PHQ-2 0, AUDIT-C 2, sleep 6 h.
Contact: ⟦E|hannah.voskuijlen@example-army.mil⟧, ⟦P|502-555-0163⟧. Spouse 2LT ⟦N|Jakob Voskuijlen⟧ at ⟦LO|Fort Campbell⟧.
`);

note("intake-transfer-summary", `
Inter-Facility Transfer Health Summary
From: ⟦LO|California Substance Abuse Treatment Facility⟧, ⟦C|Corcoran⟧, ⟦STATE|CA⟧   To: ⟦LO|California Health Care Facility⟧, ⟦C|Stockton⟧
Patient: ⟦N|Sanchez-Uribe, Aurelio⟧   CDCR # ⟦I|BK4471⟧   DOB ⟦D|11/02/1948⟧   Transfer date ⟦D|10/13/2099⟧   Reason: higher level of care (dialysis, dementia)
Problems: ESRD on HD MWF (access L AVF); vascular dementia (MoCA 14/30 ⟦D|08/2099⟧); DM2; CAD s/p CABG ⟦D|2081⟧; hearing impaired (aids SN ⟦DEV|OT-771820A⟧, ⟦DEV|OT-771820B⟧).
Allergies: penicillin (hives).
Meds: sevelamer 800 TID w meals, insulin glargine 12 u qhs, aspirin 81, atorvastatin 40, donepezil 5 (started by Dr. ⟦N|Mehran Ghorbani⟧).
Dialysis: at ⟦H|Adventist Health Hanford⟧ outpatient unit until now; last HD ⟦D|10/12/2099⟧, EDW 68.5 kg. Nephrologist Dr. ⟦N|Pauline Ekwueme⟧ ⟦P|559-555-0142⟧.
ADA: DPP code DNM; cane; lower bunk. Advance directive: POLST full code ⟦D|2097⟧ - revisit with family.
Family: son ⟦N|Rogelio Sanchez⟧ (⟦C|Fresno⟧) ⟦P|559-555-0119⟧; daughter ⟦N|Marisol Uribe-Tan⟧ (⟦C|Visalia⟧).
Prepared by ⟦N|Wendell Abernathy⟧, RN, TTA   Chief Physician & Surgeon: Dr. ⟦N|Lucia Fanucchi⟧.
`);

note("jail-chronic-care-log", `
Chronic care clinic roster - ⟦LO|Cook County Jail⟧ ⟦H|Cermak Health Services⟧, Division 8 RTU   Clinic date ⟦D|Oct 13, 2099⟧   Provider Dr. ⟦N|Folasade Adeyemi⟧
IR #         Name                           Condition        Last A1c/BP/VL     Next            Comment
⟦I|20991004418⟧  ⟦N|GUTIERREZ, Maria de los Angeles⟧   HIV              VL <20 (⟦D|8/99⟧)       ⟦D|12/13/99⟧        Biktarvy KOP; ID Dr. ⟦N|Hamid⟧
⟦I|20990918227⟧  ⟦N|OKONJO, Emeka⟧                     HTN              152/96              ⟦D|10/27/99⟧        add amlodipine
⟦I|20990822019⟧  ⟦N|KRZYZANOWSKI, Bart⟧                DM2              A1c 9.4             ⟦D|11/10/99⟧        new glucometer sn ⟦DEV|CCD-88172⟧
⟦I|20991001183⟧  ⟦N|WASHINGTON, Tyrell "T-Bone"⟧       Asthma           ACT 15              ⟦D|11/13/99⟧        ICS started
⟦I|20990730441⟧  ⟦N|RAHMAN, Shafiqul⟧                  HCV              RNA 2.1M IU         ⟦D|10/20/99⟧        Epclusa approval pending (⟦O|Illinois Medicaid⟧ ⟦HP|MCD-771820441⟧)
⟦I|20990915502⟧  ⟦N|LEBLANC-HOLLIS, Jeanette⟧          Seizure d/o      level 11.2          ⟦D|1/13/2100⟧       levetiracetam; bottom bunk
Scribe: ⟦N|Terrence Oduya⟧, MA. Questions: ⟦H|Cermak⟧ chronic care ⟦P|773-555-0193⟧.
`);

note("sane-pediatric-referral", `
Child Advocacy Center - Forensic Medical Exam Referral
⟦H|Cardinal Glennon Children's Hospital⟧ SPOT Clinic, ⟦C|St. Louis⟧, ⟦STATE|MO⟧   Referral ⟦D|10/13/2099⟧
Child: ⟦N|M.R.⟧ (per hotline report ⟦N|Maya Renee Lindgren⟧), DOB ⟦D|07/04/2091⟧ (8 y)   Hotline report # ⟦I|CD-99-1044718⟧ (⟦O|Missouri Children's Division⟧)
Referred by: ⟦O|St. Charles County Police Department⟧ Det. ⟦N|Wallace Pfeiffer⟧, phone ⟦P|636-555-0156⟧, report ⟦I|SCCPD-99-33182⟧
Forensic interview completed ⟦D|10/12/2099⟧ at ⟦O|Child Advocacy Center of St. Charles⟧ by ⟦N|Rebecca Huang-Sowers⟧, MSW.
Non-offending caregiver: mother ⟦N|Kristen Lindgren⟧ ⟦P|636-555-0114⟧, ⟦S|2208 Zumbehl Rd⟧, ⟦C|St. Charles⟧ ⟦Z|63303⟧.
Alleged offender (per report): mother's former partner - no contact order ⟦I|99-SC-OP-0447⟧.
Exam scheduled ⟦D|10/15/2099⟧ 1300 with Dr. ⟦N|Oluwaseun Adebanjo⟧, child abuse pediatrics. Photocolposcope SN ⟦DEV|CP-2210448⟧.
PCP: Dr. ⟦N|Grace Thornbury⟧, ⟦H|Mercy Kids Pediatrics - Wentzville⟧, fax ⟦F|636-555-0177⟧.
`);

note("vet-justice-outreach", `
Veterans Justice Outreach (VJO) - Court Liaison Note   ⟦H|Jesse Brown VA Medical Center⟧ (⟦C|Chicago⟧)   ⟦D|10/13/2099⟧
Veteran: ⟦N|Torres-Medina, Hector Luis⟧   ICN ⟦M|1009447182V003418⟧   Marine Corps ⟦D|2008⟧-⟦D|2012⟧ (OEF, ⟦LO|Camp Leatherneck⟧), OTH upgrade pending
Court: ⟦O|Circuit Court of Cook County⟧ Veterans Treatment Court, Judge ⟦N|Anastasia Pappas⟧, Courtroom 201, ⟦S|2650 S California Ave⟧. Case ⟦I|99CR0447182⟧ (DUI, agg).
Attended status hearing with defense attorney ⟦N|Mitchell Greenbaum⟧ and ASA ⟦N|Keisha Van Buren⟧. Mentor: ⟦N|Ray "Gunny" Dombrowski⟧ (⟦COUNTRY|Vietnam⟧ vet, ⟦O|Veterans Assistance Commission of Cook County⟧).
Treatment update to court: in ⟦H|Jesse Brown VAMC⟧ SATP IOP since ⟦D|8/3/2099⟧, 22/24 groups attended, UDS negative x8, Vivitrol monthly (last ⟦D|10/1/2099⟧), PTSD CPT with Dr. ⟦N|Noor Haddad⟧ session 7/12.
Probation: ⟦N|Kevin Lutz⟧, ⟦O|Cook County Adult Probation Department⟧ ⟦P|312-555-0118⟧.
Next court date ⟦D|November 10, 2099⟧. Phase II advancement recommended. VJO: ⟦N|Alisha Boateng-Price⟧, LCSW ⟦P|312-555-0160⟧ x⟦P|54417⟧.
`);

note("va-mh-intake", `
⟦H|White River Junction VA Medical Center⟧ - Mental Health Intake (BHIP Team Green)
Date of service: ⟦D|10/13/2099⟧   Clinician: ⟦N|Annelise Gauthier-Pond⟧, PMHNP-BC   Location: ⟦H|Rutland CBOC⟧, ⟦C|Rutland⟧, ⟦STATE|VT⟧
Veteran: ⟦N|Beauchesne, Wade Thomas⟧   DOB ⟦D|12/30/1984⟧   ICN ⟦M|1012204471V884172⟧
Referral: PCP Dr. ⟦N|Matthias Oyelaran⟧ (⟦H|Rutland CBOC⟧) for PTSD symptoms and alcohol use after his ⟦O|Vermont National Guard⟧ unit's return.
Military history: VT ARNG ⟦D|2003⟧-present (⟦O|86th Infantry Brigade Combat Team (Mountain)⟧), deployed ⟦COUNTRY|Afghanistan⟧ ⟦D|2010⟧ (⟦LO|FOB Morales-Frazier⟧) and ⟦COUNTRY|Kuwait⟧ ⟦D|2098⟧. MST screen negative.
Social: works for ⟦O|Green Mountain Power⟧ as a lineman; married to ⟦N|Colette⟧; two sons; lives on ⟦S|Creek Rd⟧ in ⟦C|Clarendon⟧. Hunts; owns firearms - lethal means counseling done, cable locks provided.
Screens: PCL-5 51, PHQ-9 14, AUDIT-C 9, C-SSRS screen: passive wishes in past month, no plan/intent/behavior.
Assessment: PTSD, chronic; alcohol use disorder, moderate.
Plan: prazosin 1 mg qhs titrate; naltrexone 50 mg; PE therapy with Dr. ⟦N|Sigrid Holmqvist⟧; SATP referral; Vet Center (⟦H|White River Junction Vet Center⟧) for couples; f/u 4 wks.
Safety plan given. Crisis line card. Veteran cell ⟦P|802-555-0157⟧. Wife ⟦P|802-555-0158⟧.
`);

note("juvenile-probation-release", `
Juvenile Probation - Medical Information Release and Summary
⟦O|Maricopa County Juvenile Probation Department⟧ - Southeast Facility, ⟦S|1810 S Lewis St⟧, ⟦C|Mesa⟧, ⟦STATE|AZ⟧ ⟦Z|85210⟧
Juvenile: ⟦N|Faleolo, Isaiah⟧   DOB ⟦D|2/19/2084⟧   JPO case # ⟦I|JV-588204⟧   Docket ⟦I|JD-2099-0447⟧
Release date from detention: ⟦D|10/13/2099⟧ to parents ⟦N|Sione⟧ and ⟦N|Losana Faleolo⟧, ⟦S|2241 W Isabella Ave⟧, ⟦C|Mesa⟧ ⟦Z|85202⟧, ⟦P|480-555-0141⟧.
Health during detention (⟦D|9/29⟧ - ⟦D|10/13/2099⟧): sprained R ankle in rec (⟦D|10/2⟧), x-ray neg; seen by NP ⟦N|Kalani Akana⟧. Started on sertraline 50 mg by psychiatrist Dr. ⟦N|Bryony Castellano⟧ for depression; 14-day supply given; f/u with ⟦H|Southwest Behavioral & Health Services⟧ ⟦D|10/19/2099⟧.
AHCCCS ID ⟦HP|A44718209⟧ (reinstated). School: ⟦O|Mountain View High School⟧ re-enrollment with counselor Mr. ⟦N|Duffy⟧.
Probation officer: ⟦N|Gloria Espinoza-Reyes⟧ ⟦P|602-555-0196⟧, ⟦E|gespinozareyes@example-maricopa.gov⟧. Consent signed by mother ⟦N|Losana Faleolo⟧ ⟦D|10/13/2099⟧.
`);

note("vamc-discharge", `
DISCHARGE SUMMARY - ⟦H|Richard L. Roudebush VA Medical Center⟧, ⟦C|Indianapolis⟧, ⟦STATE|IN⟧
Patient: ⟦N|Szabo, Laszlo Ferenc⟧   ICN ⟦M|1011884720V447102⟧   Admitted ⟦D|10/08/2099⟧   Discharged ⟦D|10/13/2099⟧
Attending: ⟦N|Chinonso Obi-Whitfield⟧, MD   Resident: ⟦N|Caleb Rasmussen⟧, MD   PCP: Dr. ⟦N|Nguyen⟧ at ⟦H|Bloomington VA Clinic⟧
Principal dx: Acute on chronic HFrEF exacerbation. Secondary: AF on apixaban, CKD 3a, COPD (Agent Orange presumptive: IHD).
Veteran is a ⟦A|92⟧-year-old Army veteran (⟦COUNTRY|Vietnam⟧, ⟦O|173rd Airborne Brigade⟧, ⟦D|1967⟧-⟦D|1968⟧). Lives with wife ⟦N|Erzsébet⟧ (⟦A|90⟧) in ⟦C|Columbus⟧, ⟦STATE|IN⟧; daughter ⟦N|Katalin Szabo-Merritt⟧ (POA) ⟦P|812-555-0121⟧.
Course: diuresed 6.2 kg with IV furosemide; transitioned to torsemide 40. Echo ⟦D|10/9/2099⟧ EF 25%. Palliative care (Dr. ⟦N|Imogen Brightwater⟧) discussed goals; remains full code, reconsidering.
Home telehealth enrolment (scale SN ⟦DEV|HT-4471820⟧); HBPC referral. Follow-up ⟦H|Bloomington VA Clinic⟧ ⟦D|10/20/2099⟧; cardiology ⟦D|11/3/2099⟧.
Dictated ⟦D|10/13/2099⟧ 17:44 by ⟦N|C. Rasmussen⟧; cosigned ⟦N|C. Obi-Whitfield⟧.
`);

note("prea-report", `
PREA Medical Follow-up (sexual abuse allegation) - ⟦LO|Georgia State Prison⟧, ⟦C|Reidsville⟧, ⟦STATE|GA⟧
Incarcerated person: ⟦N|Jean-Baptiste, Fritznel⟧   GDC # ⟦I|1000447182⟧   DOB ⟦D|6/30/1995⟧
Allegation reported ⟦D|10/11/2099⟧ to PREA Compliance Manager ⟦N|Sheila Beasley⟧; investigation ⟦I|PREA-99-GSP-0183⟧ by ⟦O|GDC Office of Professional Standards⟧ agent ⟦N|Rodney Haskins⟧.
Transported ⟦D|10/11/2099⟧ to ⟦H|Memorial Health Meadows Hospital⟧ (⟦C|Vidalia⟧) for SANE exam by ⟦N|Tiffany Collins-Wade⟧, RN; kit ⟦I|GBI-SAK-99-7720⟧ to ⟦O|Georgia Bureau of Investigation⟧.
Follow-up today ⟦D|10/13/2099⟧ by ⟦N|Ngozi Chukwu⟧, FNP: anal fissure healing; prophylaxis tolerated (Biktarvy day 3); labs drawn (HIV, RPR, HBV, HCV baseline). MH: seen by Dr. ⟦N|Zeller⟧; housed in protective custody per Deputy Warden ⟦N|Odom⟧.
Victim advocate: ⟦O|Safe Haven of Toombs County⟧ advocate ⟦N|Lakeisha Moody⟧ via phone ⟦P|912-555-0165⟧.
`);

note("line-of-duty", `
Line of Duty Determination - Medical Portion (DD 261 supporting statement)
Member: TSgt ⟦N|Amaru Quispe-Halvorsen⟧, ⟦O|153rd Airlift Wing⟧, ⟦O|Wyoming Air National Guard⟧   DoD ID ⟦I|1540882174⟧
Date of injury: ⟦D|16 Aug 2099⟧ during annual training at ⟦LO|F.E. Warren Air Force Base⟧, ⟦C|Cheyenne⟧
Treatment: ⟦H|Cheyenne Regional Medical Center⟧ ED (MRN ⟦M|CRMC-2209447⟧): R distal radius fracture, closed reduction; ORIF ⟦D|19 Aug 2099⟧ by Dr. ⟦N|Hollister Grange⟧ at ⟦H|Cheyenne Orthopaedic & Sports Medicine⟧.
Circumstances: fell from C-130 crew ladder while on duty; no alcohol (BAC 0.00). Witness: SrA ⟦N|Mikaela Dunning⟧.
Opinion of medical officer: In Line of Duty. Incapacitation pay recommended ⟦D|16 Aug 2099⟧-⟦D|15 Nov 2099⟧.
Medical officer: Maj ⟦N|Corinne Spotted Wolf⟧, MD, ⟦O|153 MDG⟧   ⟦D|13 Oct 2099⟧   DSN ⟦P|943-0147⟧ / comm ⟦P|307-555-0147⟧   LOD case ⟦I|ECT-LOD-99-4471⟧
`);

note("sick-call-text-thread", `
JPay/tablet health request thread - ⟦LO|Coffield Unit⟧ (⟦C|Tennessee Colony⟧, ⟦STATE|TX⟧)
Sender: ⟦N|ABERNATHY, Jody Wayne⟧ #⟦I|02188417⟧   Tablet user ⟦UN|jabernathy2188⟧
⟦D|10/10/2099⟧ 19:02  "Ms ⟦N|Garza⟧ my hep c pill ran out 2 days ago, they said pharmacy has to reorder. can someone check. thank you"
⟦D|10/11/2099⟧ 08:15  Medical (⟦N|R. Garza⟧, LVN): "Mr. ⟦N|Abernathy⟧, Mavyret refill was sent to ⟦O|TDCJ Pharmacy⟧ in ⟦C|Huntsville⟧ ⟦D|10/10⟧. Expect ⟦DAY|Tues⟧. Missing 2-3 days is OK; do not double."
⟦D|10/13/2099⟧ 20:41  "got it today thank you. also my mom ⟦N|Earline Abernathy⟧ wants to know can she talk to the doctor about my liver, her number is ⟦P|903-555-0112⟧"
⟦D|10/14/2099⟧ 07:50  Medical (⟦N|R. Garza⟧): "We need a signed release (HSM-14) first. Pick one up at pill window; Dr. ⟦N|Sorensen⟧ can call once signed."
`);

note("va-spinal-cord-annual", `
Spinal Cord Injury Annual Evaluation - ⟦H|James A. Haley Veterans' Hospital⟧, ⟦C|Tampa⟧, ⟦STATE|FL⟧   ⟦D|10/13/2099⟧
Veteran: ⟦N|Mbeki-Larsson, Thabo⟧   ICN ⟦M|1019447203V884170⟧   T6 ASIA A since MVC on ⟦LO|Interstate 4⟧ ⟦D|2092⟧ (service connected, active duty at ⟦LO|MacDill Air Force Base⟧)
Team: Dr. ⟦N|Esperanza Villalobos⟧ (SCI physician), ⟦N|Ryan Cheung⟧ (PT), ⟦N|Mariah Tolliver⟧, RN (SCI coordinator), Dr. ⟦N|Benedetta Russo⟧ (psych), ⟦N|Owen Kirkpatrick⟧ (SW)
Skin: sacral stage 2 healed ⟦D|July 2099⟧; new cushion ROHO SN ⟦DEV|RH-88204471⟧. Wheelchair TiLite SN ⟦DEV|TL21-447182⟧.
Bladder: ISC q6h; urology (⟦H|Moffitt Cancer Center⟧ for hematuria w/u neg ⟦D|2098⟧). Bowel program daily.
Autonomic dysreflexia episodes: 2 this year, both with full bladder.
Social: lives with partner ⟦N|Astrid Larsson⟧ in ⟦C|Brandon⟧; adaptive van from ⟦O|Mobility Works⟧; works remotely for ⟦O|USAA⟧.
Plan: renal US, DEXA; flu/COVID vaccines given; next annual ⟦D|October 2100⟧. SCI clinic ⟦P|813-555-0177⟧.
`);
write();
