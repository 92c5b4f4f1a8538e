// Why this file exists: builds test/fixtures/clinical-notes-35.jsonl, a thirty-fifth labelled set of clinical notes
// written by hand in stop 47 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixtures 33-34's generators and test file and fixture-io.mjs were read for the form and
// the labels), with the PHI density of the i2b2 de-identification notes, in the register they come from: the LONG
// documents of a hospital record as EHR text exports show them (VistA, Meditech, Cerner and Epic prints), with their
// banner lines, headers, "cc:" lists, dictation and transcription footers ("D: 05/12/2093 T: 05/13/2093"), signature
// blocks, addenda, medication and problem lists, social and family histories (relatives, employers, hometowns,
// schools, churches) and follow-up instructions with clinics, addresses and phones: discharge summaries, admission
// H&Ps, an ICU progress note, consult notes, operative and procedure reports, CT, MRI and pathology reports, a cardiac
// catheterisation and an echo, an obstetric delivery summary, a psychiatric admission, a death summary, a rehabilitation
// admission, transfer summaries and clinic letters to referring doctors (16 in ALL CAPS, 4 in lower case, 20 mixed).
// Years are shifted as i2b2's are (2088-2097).
// Regions (towns invented or real, states and countries real): Boston and the South Shore, Worcester, Springfield
// (Massachusetts), Providence, New Haven, Albany, Syracuse, Philadelphia, Baltimore, Richmond, Durham, Atlanta,
// Nashville, Memphis, New Orleans, Houston, San Antonio, Denver, Salt Lake City, Phoenix, Seattle, Portland (Oregon),
// Chicago, Detroit, Minneapolis, St. Louis, Honolulu, Ponce, Port-au-Prince, Lisbon, Hanoi, Tbilisi, Accra, Manila.
// PHI forms sought: names from many origins with particles ("de la Cruz", "VAN DER POEL", "al-Rashid", "da Silva",
// "St. Pierre", "Mac Giolla"), apostrophes ("O'Rourke", "D'Amico", "N'Guessan"), hyphens, nicknames in quotes and
// parentheses, "LAST, FIRST M" and "Last,First" banner names, clinicians with credential strings, relatives by first
// name, transcriptionist initials ("JT/mkl"), "cc:" lists; addresses as one line, two lines, PO boxes, rural routes and
// apartments; dates as "05/12/2093", "5/12/93", "12-May-2093", "May 12, 2093", "12 May 2093", "2093-05-12", "05.12.93",
// "051293", month-year, year alone; ages over 89 as "92-year-old", "92 y/o", "AGE: 94", "91yo", "(95 F)", "aged 90";
// MRNs, accounts, encounter, accession, job, order, NPI, DEA and licence numbers, member and group numbers, device
// serials and lots, usernames, IPs, URLs, emails, SSNs, phones with extensions, pagers and faxes.
// Hard negatives: drugs and devices (Eliquis, Lasix, Keppra, Impella CP, Watchman FLX, Foley, PleurX, Xience), scores
// and scales (CHA2DS2-VASc, MELD-Na, APGAR, FIM, PHQ-9, Ranson), eponyms (Whipple, Nissen, Roux-en-Y, Glasgow, Gleason,
// Bethesda, Mallampati, Hartmann), public programmes (Medicare, Medicaid).
// Labelling follows fixtures 29-34 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials (and a transcriptionist's) are PHI; titles, ranks, degrees
// and cue words stay outside the name; "the" stays outside a facility; room, bed, box and bay codes, apartment numbers
// and departments are left unlabelled; protocol, store, payer and lot-of-drug numbers are left unlabelled; nursing
// homes, clinics with a place name and rehabilitation hospitals are HOSPITAL; companies, insurers, schools,
// universities, churches, pharmacies, agencies, makers, practice groups and unions are ORGANIZATION; counties,
// neighbourhoods, landmarks and parks are LOCATION-OTHER; MRNs, unit numbers and charts are MRN; member, group,
// subscriber, Medicare and Medicaid numbers HEALTHPLAN; account, encounter, accession, job, order, licence, NPI, DEA,
// case and claim numbers ID; user ids USERNAME; serials, lots and UDIs of devices and implants DEVICE; extensions and
// pagers PHONE; drug, device, test, score and eponym names and public programmes are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places or employers); nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-34 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-35.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-35.jsonl", "make-clinical-fixture-35");

// ======================================================== ALL CAPS (16) ========================================================

note("vista-discharge-summary-caps", `
                              DISCHARGE SUMMARY
                    ⟦H|VA BOSTON HEALTHCARE SYSTEM⟧ - ⟦H|WEST ROXBURY⟧ DIVISION
PATIENT: ⟦N|MCNAMARA,FRANCIS XAVIER⟧          SSN: ⟦SSN|031-44-8821⟧          DOB: ⟦D|MAR 3,1931⟧ (⟦A|92⟧)
WARD: 4 WEST    ROOM-BED: 412-B    ADMITTED: ⟦D|MAY 02, 2093⟧@14:20    DISCHARGED: ⟦D|MAY 12, 2093⟧@11:05
ATTENDING: ⟦N|HOLLOWAY,GRETCHEN A⟧          RESIDENT: ⟦N|OKONKWO-BELL,CHINEDU⟧          PCP: ⟦N|SARKISIAN,ARAM⟧ (⟦H|BROCKTON VAMC⟧)

PRINCIPAL DIAGNOSIS: ACUTE ON CHRONIC SYSTOLIC HEART FAILURE (EF 25%).
SECONDARY: CKD 3B, PAROXYSMAL AF (CHA2DS2-VASC 5), COPD, BPH WITH FOLEY.

HISTORY OF PRESENT ILLNESS: ⟦A|92⟧ YEAR OLD KOREAN WAR VETERAN FROM ⟦C|QUINCY⟧ SENT IN BY HIS HBPC NURSE ⟦N|DELIA FONSECA⟧, RN
WITH 9 LB WEIGHT GAIN OVER 5 DAYS. LAST ADMITTED HERE ⟦D|FEB 2093⟧ FOR THE SAME.

HOSPITAL COURSE: DIURESED WITH IV LASIX, NET -6.1 L. CARDIOLOGY (DR. ⟦N|ESTEBAN DE LA CRUZ⟧) SAW ON ⟦D|5/4⟧, NO ICD GIVEN
GOALS. ELIQUIS RESUMED ⟦D|05/06/93⟧. PALLIATIVE CARE (⟦N|RUTH ANN KOWALCZYK⟧, NP) MET WITH SON ⟦N|KEVIN MCNAMARA⟧ AND
DAUGHTER-IN-LAW ⟦N|BRIDGET⟧ ON ⟦DAY|THURSDAY⟧ ⟦D|5/8⟧: DNR/DNI CONFIRMED, MOLST ON FILE.

SOCIAL: WIDOWED (WIFE ⟦N|MAUREEN⟧ DIED ⟦D|2089⟧). RETIRED ⟦PROF|PIPEFITTER⟧, ⟦O|LOCAL 537⟧, WORKED AT ⟦O|FORE RIVER SHIPYARD⟧.
LIVES ALONE AT ⟦S|27 SAGAMORE ST⟧, ⟦C|QUINCY⟧, ⟦STATE|MA⟧ ⟦Z|02171⟧. PARISHIONER AT ⟦O|SACRED HEART CHURCH⟧ IN ⟦LO|NORTH QUINCY⟧.

DISCHARGE MEDICATIONS: FUROSEMIDE 40 MG PO BID, METOPROLOL SUCC 25 MG DAILY, APIXABAN 2.5 MG BID, TAMSULOSIN 0.4 MG QHS.
FOLLOW-UP: HEART FAILURE CLINIC DR. ⟦N|PRIYA SUNDARAM⟧ ⟦D|05/19/2093⟧ 0930, BLDG 3 ⟦P|(857) 203-5590⟧.
          HBPC TEAM ⟦N|FONSECA⟧ TO VISIT ⟦D|5/14⟧; LABS AT ⟦H|QUINCY CBOC⟧ ⟦D|5/16/93⟧.

/ES/ ⟦N|CHINEDU OKONKWO-BELL⟧, MD
RESIDENT PHYSICIAN
SIGNED: ⟦D|05/12/2093⟧ 13:42
/ES/ ⟦N|GRETCHEN A. HOLLOWAY⟧, MD
RECEIPT ACKNOWLEDGED BY: ⟦N|SARKISIAN,ARAM⟧ ⟦D|05/13/2093⟧
`);

note("meditech-admission-hp-caps", `
⟦H|SAINT VINCENT HOSPITAL⟧                     ADMISSION HISTORY AND PHYSICAL              PAGE 1 OF 2
RUN: ⟦D|06/21/91⟧ (0412)    ACCT: ⟦I|V00471192835⟧    UNIT#: ⟦M|M000884172⟧    LOC: 5S-518
NAME: ⟦N|TRAN,MINH DUC⟧    AGE/SEX: 67/M    ADM: ⟦D|06/20/91⟧    ATTEND: ⟦N|AZIZ,FARHAN⟧ MD    REG DR: ⟦N|BLANCHETTE,JOELLE⟧ MD

CHIEF COMPLAINT: "I CAN'T CATCH MY BREATH"
HPI: 67 Y/O VIETNAMESE-SPEAKING MAN (INTERPRETER ⟦N|THUY NGUYEN⟧ ID ⟦I|44210⟧ FROM ⟦O|CROSS CULTURAL COMMUNICATION SYSTEMS⟧)
WITH COPD ON 2 L HOME O2 VIA ⟦O|LINCARE⟧, PRESENTS FROM HOME IN ⟦LO|GREENDALE⟧ WITH 3 DAYS OF PRODUCTIVE COUGH.
SEEN AT ⟦H|FAMILY HEALTH CENTER OF WORCESTER⟧ ON ⟦D|6/17⟧ BY ⟦N|NATALIA ROSARIO-BRIGGS⟧, NP, AND GIVEN DOXYCYCLINE.

PMH: COPD (FEV1 38% ⟦D|1/2091⟧), HTN, DM2, S/P CABG X3 ⟦D|2084⟧ AT ⟦H|UMASS MEMORIAL MEDICAL CENTER⟧ (DR. ⟦N|LEVENTHAL⟧).
MEDS: SYMBICORT, SPIRIVA, METFORMIN 1000 BID, LISINOPRIL 20, ATORVASTATIN 40. ALLERGIES: SULFA (RASH).
SOCIAL HX: CAME FROM ⟦C|HAI PHONG⟧, ⟦COUNTRY|VIETNAM⟧ IN ⟦D|1998⟧. FORMER ⟦PROF|NAIL SALON OWNER⟧. QUIT SMOKING ⟦D|2086⟧, 60 PK-YR.
  LIVES WITH DAUGHTER ⟦N|LINH TRAN-PHAM⟧ AND HER HUSBAND ⟦N|DAVID PHAM⟧ AT ⟦S|14 PROVIDENCE ST⟧, APT 2, ⟦C|WORCESTER⟧ ⟦Z|01604⟧.
  DAUGHTER WORKS AT ⟦O|HANOVER INSURANCE⟧; CELL ⟦P|508-555-0147⟧. ATTENDS ⟦O|VIETNAMESE MARTYRS PARISH⟧.
FAMILY HX: FATHER DIED AT 70 OF STROKE IN ⟦C|NAM DINH⟧. BROTHER ⟦N|TRAN VAN HUNG⟧ HAS LUNG CA.

EXAM: T 38.4 HR 112 BP 148/86 RR 28 SAT 86% ON 2L. TRIPOD, DIFFUSE WHEEZE, R BASE CRACKLES.
DATA: WBC 16.2, LACTATE 1.9, VBG 7.31/62. CXR (ACC ⟦I|XR-91-0620-3387⟧): RLL INFILTRATE.

ASSESSMENT/PLAN: AECOPD WITH RLL CAP. BIPAP, DUONEBS, PREDNISONE 40, CEFTRIAXONE/AZITHRO. SSI. DVT PPX.
  CODE: FULL (DISCUSSED WITH PT AND DAUGHTER).

DICTATED BY: ⟦N|JOELLE BLANCHETTE⟧, MD          D: ⟦D|06/20/91⟧ 2315    T: ⟦D|06/21/91⟧ 0401    JOB#: ⟦I|884102⟧    ⟦N|JB⟧/⟦N|KRT⟧
CC: ⟦N|NATALIA ROSARIO-BRIGGS⟧, NP; ⟦N|HOWARD LEVENTHAL⟧, MD, CARDIAC SURGERY
`);

note("operative-report-cholecystectomy-caps", `
OPERATIVE REPORT
⟦H|NEW HAVEN HOSPITAL⟧ - ⟦H|SAINT RAPHAEL CAMPUS⟧
PATIENT NAME: ⟦N|D'AMICO, ROSALIA⟧        MEDICAL RECORD NO: ⟦M|0044719220⟧        DATE OF OPERATION: ⟦D|09/14/2092⟧
SURGEON: ⟦N|OLUWADAMILOLA ADEYEMI-FROST⟧, M.D.
ASSISTANT: ⟦N|BENJAMIN KRASNER⟧, M.D. (PGY-4)
ANESTHESIOLOGIST: ⟦N|SEUNG-HO BAEK⟧, M.D.      ANESTHESIA: GENERAL ENDOTRACHEAL

PREOPERATIVE DIAGNOSIS: ACUTE CALCULOUS CHOLECYSTITIS.
POSTOPERATIVE DIAGNOSIS: SAME, WITH GANGRENOUS CHANGES.
PROCEDURE: LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM.

INDICATIONS: THIS IS AN 81-YEAR-OLD WOMAN FROM ⟦C|EAST HAVEN⟧ REFERRED BY DR. ⟦N|MARCO IANNUZZI⟧ OF ⟦O|SHORELINE PRIMARY CARE⟧
WITH 4 DAYS OF RUQ PAIN. HIDA ⟦D|9/13⟧ NONVISUALIZATION. RISKS DISCUSSED WITH PT AND HER SON ⟦N|ANTHONY D'AMICO⟧, WHO SIGNED AS WITNESS.

DESCRIPTION: AFTER TIME-OUT, HASSON ENTRY AT UMBILICUS. CRITICAL VIEW OF SAFETY OBTAINED. CHOLANGIOGRAM NORMAL.
CYSTIC DUCT AND ARTERY CLIPPED AND DIVIDED. GALLBLADDER REMOVED IN ENDOCATCH BAG. 19 FR BLAKE DRAIN TO MORISON'S POUCH.
SPECIMEN: GALLBLADDER TO PATHOLOGY (⟦I|S92-18847⟧). EBL 40 ML. COUNTS CORRECT X2 (CIRCULATOR ⟦N|MAEVE CONNOLLY⟧, RN;
SCRUB ⟦N|JUSTIN OYELARAN⟧, CST). ENERGY DEVICE HARMONIC ACE SN ⟦DEV|HAR7-2204418⟧.

DISPOSITION: PACU IN STABLE CONDITION. FAMILY UPDATED IN WAITING ROOM: SON ⟦N|ANTHONY⟧ AT ⟦P|203-555-0114⟧.

_______________________________
⟦N|O. ADEYEMI-FROST⟧, M.D., F.A.C.S.
D: ⟦D|09/14/2092⟧ 16:10    T: ⟦D|09/15/2092⟧ 08:22    DOC #: ⟦I|5521904⟧    CONF #: ⟦I|118277⟧
TRANSCRIBED BY: ⟦N|LMB⟧
CC: ⟦N|MARCO IANNUZZI⟧, M.D., ⟦S|480 MAIN ST⟧, ⟦C|EAST HAVEN⟧, ⟦STATE|CT⟧ ⟦Z|06512⟧
`);

note("cardiac-cath-report-caps", `
CARDIAC CATHETERIZATION LABORATORY REPORT                         ⟦H|MIRIAM HOSPITAL⟧, ⟦C|PROVIDENCE⟧, ⟦STATE|RI⟧
PATIENT: ⟦N|SOUZA, MANUEL DA SILVA⟧    MRN: ⟦M|MH-3318824⟧    DOB: ⟦D|11-JUL-1938⟧    PROCEDURE DATE: ⟦D|22-OCT-2094⟧
REFERRING: ⟦N|HELENA MEDEIROS⟧, MD (⟦O|EAST BAY CARDIOLOGY⟧)    OPERATOR: ⟦N|RAJIV MALHOTRA⟧, MD, FSCAI    FELLOW: ⟦N|ZOE VASQUEZ-LIND⟧, MD
NURSE: ⟦N|CAROL PERREAULT⟧, RN    TECH: ⟦N|ABIMBOLA FASHOLA⟧, RCIS    MONITOR: ⟦N|DYLAN CABRAL⟧, RT(R)

INDICATION: NSTEMI, TROPONIN PEAK 4.1. ACCESS: RIGHT RADIAL 6 FR. CONTRAST: ISOVUE 145 ML. FLUORO 14.2 MIN.
HEMODYNAMICS: AO 132/68, LVEDP 24.
CORONARY ANATOMY: LM NORMAL. LAD 90% MID. LCX 40% PROX. RCA DOMINANT, 70% DISTAL.
INTERVENTION: LAD - XIENCE SKYPOINT 3.0 X 28 MM (LOT ⟦DEV|2041187X⟧), POSTDILATED 3.25 NC. TIMI 3, 0% RESIDUAL.
  GUIDE EBU 3.5 LOT ⟦DEV|EB35-77120⟧. IVUS CATHETER SN ⟦DEV|OPTICROSS-44193⟧.
CONCLUSION: 2-VESSEL CAD, SUCCESSFUL PCI LAD. STAGED RCA PCI ⟦D|11/05/2094⟧. DAPT 12 MONTHS.

PATIENT IS A RETIRED ⟦PROF|FISHERMAN⟧ FROM ⟦C|FALL RIVER⟧; PORTUGUESE INTERPRETER ⟦N|FATIMA REBELO⟧ PRESENT. WIFE ⟦N|CONCEIÇÃO SOUZA⟧
(⟦P|508-555-0193⟧) AND NEPHEW ⟦N|PAULO MEDEIROS⟧ INFORMED. HOME: ⟦S|612 COUNTY ST⟧, ⟦C|FALL RIVER⟧, ⟦STATE|MA⟧ ⟦Z|02723⟧.

ELECTRONICALLY SIGNED BY ⟦N|RAJIV MALHOTRA⟧, MD ON ⟦D|10/22/2094⟧ AT 1718. NPI ⟦I|1447218830⟧.
CC: ⟦N|HELENA MEDEIROS⟧, MD - FAX ⟦F|401-555-0172⟧; ⟦H|CHARLTON MEMORIAL HOSPITAL⟧ MEDICAL RECORDS
`);

note("echo-report-caps", `
*** FINAL REPORT ***          ECHOCARDIOGRAPHY LABORATORY          ⟦H|ALBANY MEDICAL CENTER⟧
NAME: ⟦N|VAN DER POEL, HENDRIK J⟧   MRN: ⟦M|A00482219⟧   ACCT: ⟦I|4471098822⟧   EXAM DATE: ⟦D|2090-03-17⟧   AGE: ⟦A|95⟧ Y   SEX: M
HT: 178 CM  WT: 70 KG  BSA: 1.87  BP: 148/72  RHYTHM: AF
ORDERING: ⟦N|MORGENSTERN, ILANA⟧ MD   READER: ⟦N|BHATTACHARJEE, SOUMYA⟧ MD   SONOGRAPHER: ⟦N|KATIE LANGEVIN⟧, RDCS   MACHINE: EPIQ CVX SN ⟦DEV|US61230447⟧

INDICATION: SYNCOPE, SYSTOLIC MURMUR.
MEASUREMENTS: LVIDD 4.6 CM, IVS 1.4, PW 1.3. LVEF 55% (BIPLANE). AV PEAK 4.6 M/S, MEAN GRAD 52, AVA 0.7 CM2 (CONTINUITY).
FINDINGS: SEVERE CALCIFIC AORTIC STENOSIS. MILD MR. RVSP 48. NO PERICARDIAL EFFUSION.
COMPARISON: PRIOR ECHO ⟦D|14 AUG 2088⟧ AT ⟦H|ELLIS HOSPITAL⟧, AVA THEN 1.1.
IMPRESSION: SEVERE AS, PROGRESSED. REFER TO STRUCTURAL HEART CLINIC (DR. ⟦N|ANIKA O'ROURKE-SHAH⟧) FOR TAVR EVALUATION.

PT LIVES AT ⟦H|THE TERRACE AT EAGLE RIDGE⟧, ⟦C|EAST GREENBUSH⟧; DAUGHTER ⟦N|ANNEKE⟧ IS HCP.
IMAGES ARCHIVED TO SYNGO DYNAMICS, STUDY ⟦I|E90-031744⟧. PRELIM CALLED TO ⟦N|ILANA MORGENSTERN⟧ BY ⟦N|S. BHATTACHARJEE⟧ ⟦D|03/17/90⟧ 1522.
FINALIZED: ⟦D|03/17/2090⟧ 16:40 BY ⟦N|SOUMYA BHATTACHARJEE⟧, MD, FASE
`);

note("ct-abdomen-report-caps", `
⟦H|HOSPITAL OF THE UNIVERSITY OF PENNSYLVANIA⟧ - DEPARTMENT OF RADIOLOGY
EXAM: CT ABDOMEN/PELVIS WITH IV CONTRAST          ACCESSION: ⟦I|CT2093114478⟧          ORDER: ⟦I|ORD-77201934⟧
PATIENT: ⟦N|WASHINGTON-OKAFOR, TAMIKA L⟧    MRN: ⟦M|044-71-9921⟧    DOB: ⟦D|04/30/1962⟧    LOCATION: ED
ORDERED BY: ⟦N|SCHWARTZBERG, ELI⟧, MD (ED)    EXAM DATE/TIME: ⟦D|07/04/2093⟧ 02:14

CLINICAL HISTORY: LLQ PAIN, FEVER. HX DIVERTICULITIS ⟦D|2091⟧.
TECHNIQUE: AXIAL CT FROM DOME TO SYMPHYSIS AFTER 100 ML OMNIPAQUE 350. DLP 612 MGY-CM.
COMPARISON: CT ⟦D|JAN 9, 2091⟧ FROM ⟦H|PENNSYLVANIA HOSPITAL⟧.
FINDINGS:
  BOWEL: SIGMOID WALL THICKENING WITH PERICOLIC STRANDING AND A 3.4 X 2.8 CM RIM-ENHANCING COLLECTION. NO FREE AIR.
  LIVER: TWO SUBCENTIMETER HYPODENSITIES, TOO SMALL TO CHARACTERIZE.
  KIDNEYS: NO HYDRONEPHROSIS. LUNG BASES CLEAR.
IMPRESSION:
  1. COMPLICATED SIGMOID DIVERTICULITIS (HINCHEY IB) WITH 3.4 CM ABSCESS, AMENABLE TO PERCUTANEOUS DRAINAGE.
  2. NO PERFORATION.
CRITICAL RESULT: DISCUSSED WITH DR. ⟦N|SCHWARTZBERG⟧ BY DR. ⟦N|NGOZI ADEBAYO-HART⟧ AT 0301 ON ⟦D|7/4/93⟧, READ BACK VERIFIED.

RESIDENT: ⟦N|PIOTR ZIELIŃSKI⟧, MD
ATTENDING: ⟦N|NGOZI ADEBAYO-HART⟧, MD
SIGNED ⟦D|07/04/2093⟧ 03:18 ON WORKSTATION ⟦IP|172.22.40.118⟧ (USER ⟦UN|NADEBAYO⟧)
`);

note("surgical-pathology-caps", `
SURGICAL PATHOLOGY REPORT                 ⟦H|JOHNS HOPKINS HOSPITAL⟧                 ⟦C|BALTIMORE⟧, ⟦STATE|MD⟧ ⟦Z|21287⟧
ACCESSION: ⟦I|S93-44718⟧    PATIENT: ⟦N|AL-RASHID, YOUSEF IBRAHIM⟧    MRN: ⟦M|J4471188⟧    DOB: ⟦D|02/11/1955⟧
COLLECTED: ⟦D|05/08/93⟧    RECEIVED: ⟦D|05/08/93⟧    REPORTED: ⟦D|05/12/93⟧
SUBMITTING PHYSICIAN: ⟦N|ELIZABETH KIM-HOLLAND⟧, MD    COPY TO: ⟦N|MARCUS OYELOWO⟧, MD (ONCOLOGY)

SPECIMEN: PANCREAS, HEAD, AND DUODENUM (PANCREATICODUODENECTOMY, WHIPPLE).
FINAL DIAGNOSIS:
  A. PANCREAS, WHIPPLE RESECTION:
     - INVASIVE DUCTAL ADENOCARCINOMA, MODERATELY DIFFERENTIATED, 3.1 CM.
     - PERINEURAL INVASION PRESENT. LYMPHOVASCULAR INVASION PRESENT.
     - MARGINS: UNCINATE MARGIN 0.2 CM; ALL OTHERS NEGATIVE.
     - LYMPH NODES: 4 OF 19 POSITIVE (PN2).
  PATHOLOGIC STAGE: PT2 PN2 (AJCC 8TH).
COMMENT: MMR PROTEINS INTACT. CASE REVIEWED AT GI CONSENSUS CONFERENCE ⟦D|5/11/93⟧ (DR. ⟦N|HRUBAN-ESTES⟧ CONCURS).
GROSS DESCRIPTION: RECEIVED FRESH LABELED WITH THE PATIENT'S NAME "⟦N|AL-RASHID⟧" AND "WHIPPLE". DICTATED BY ⟦N|T. NAKAMURA⟧, PA(ASCP).

ELECTRONICALLY SIGNED OUT BY ⟦N|ISABEL FERREIRA-WU⟧, MD ON ⟦D|05/12/2093⟧
CLIA ⟦I|21D0654321⟧. LAB DIRECTOR ⟦N|THEODORE BRANDVOLD⟧, MD. ⟦S|600 N WOLFE ST⟧, ⟦C|BALTIMORE⟧ ⟦Z|21287⟧. PHONE ⟦P|410-555-0155⟧.
PATIENT CONTACT ON FILE: WIFE ⟦N|SAMIRA⟧ ⟦P|443-555-0128⟧; EMPLOYER ⟦O|MORGAN STATE UNIVERSITY⟧ (⟦PROF|PROFESSOR OF CHEMISTRY⟧).
`);

note("interfacility-transfer-summary-caps", `
INTERFACILITY TRANSFER SUMMARY
FROM: ⟦H|SOUTHSIDE REGIONAL MEDICAL CENTER⟧, ⟦C|PETERSBURG⟧, ⟦STATE|VA⟧      TO: ⟦H|VCU MEDICAL CENTER⟧ NEURO ICU
TRANSFER DATE: ⟦D|01/27/2096⟧     ACCEPTING: DR. ⟦N|ABERNATHY-LOCKE⟧ (NEUROSURGERY)     SENDING: DR. ⟦N|LAWANDA PRICE-MBEKI⟧
TRANSFER CENTER CALL #: ⟦I|TC-96-0127-0044⟧     TRANSPORT: ⟦O|VCU HEALTH CRITICAL CARE TRANSPORT⟧ (LIFEEVAC 2)

PATIENT: ⟦N|JOHNSON, ROBERT LEE "BOBBY"⟧     AGE: 58     MRN (⟦H|SRMC⟧): ⟦M|SR00884172⟧     INSURANCE: ⟦O|ANTHEM⟧ HEALTHKEEPERS ⟦HP|YRH448120099⟧
REASON: SAH, HUNT-HESS 3, FISHER 3, NEEDS COILING/CLIPPING.
COURSE HERE: FOUND DOWN AT WORK (⟦O|DUPONT SPRUANCE PLANT⟧) 0645. GCS 12 ON ARRIVAL. CTA: 7 MM ACOM ANEURYSM.
  NICARDIPINE GTT FOR SBP < 140. KEPPRA 1 G LOAD. EVD NOT PLACED. LAST CT 0920.
ALLERGIES: PCN. CODE STATUS: FULL.
FAMILY: WIFE ⟦N|GLORIA JOHNSON⟧ (⟦P|804-555-0162⟧) DRIVING FROM ⟦C|COLONIAL HEIGHTS⟧; PASTOR REV. ⟦N|CLARENCE WHITFIELD⟧ OF ⟦O|GILFIELD BAPTIST CHURCH⟧ WITH HER.
HOME ADDRESS: ⟦S|RR 2 BOX 118⟧, ⟦C|DISPUTANTA⟧, ⟦STATE|VA⟧ ⟦Z|23842⟧.
IMAGES PUSHED VIA ⟦O|LIFEIMAGE⟧ TO ⟦U|HTTPS://SHARE.VCUHEALTH.EXAMPLE/INBOUND/SR00884172⟧.
REPORT CALLED TO ⟦N|KEISHA ODOM⟧, RN (NEURO ICU CHARGE) AT ⟦P|804-555-0101⟧ EXT ⟦P|4471⟧ BY ⟦N|TYRONE BASS⟧, RN 1015.
SIGNED: ⟦N|LAWANDA PRICE-MBEKI⟧, DO, FACEP ⟦D|1/27/96⟧ 1022
`);

note("nephrology-consult-caps", `
INPATIENT CONSULTATION - NEPHROLOGY                          ⟦H|DUKE UNIVERSITY HOSPITAL⟧
DATE OF SERVICE: ⟦D|08/03/2088⟧                             REQUESTING: ⟦N|CHEN, ANGELA⟧, MD (HOSPITAL MEDICINE)
PATIENT: ⟦N|MBEKI-HARRIS, NOMVULA P⟧    HISTORY NO: ⟦M|D7718204⟧    ENC: ⟦I|60044718221⟧    AGE: 74    ROOM 7300-12
CONSULTANT: ⟦N|THADDEUS OYELARAN-BRIGHT⟧, MD, FASN

REASON FOR CONSULT: AKI, CR 1.1 -> 3.8 OVER 72 H.
HPI: 74F WITH DM2, HTN ADMITTED ⟦D|7/31⟧ WITH CELLULITIS, GIVEN VANCOMYCIN/PIP-TAZO. OLIGURIC SINCE ⟦D|AUG 2⟧.
  OUTPATIENT NEPHROLOGIST IS DR. ⟦N|FRANKLIN ASANTE⟧ AT ⟦O|DURHAM NEPHROLOGY ASSOCIATES⟧ (LAST SEEN ⟦D|04/2088⟧, CR 1.1).
HOME MEDS: LOSARTAN 100, HCTZ 25, INSULIN GLARGINE 22 U, NAPROXEN OTC.
SOCIAL: RETIRED ⟦PROF|SCHOOL PRINCIPAL⟧ (⟦O|DURHAM PUBLIC SCHOOLS⟧). LIVES IN ⟦LO|HAYTI⟧ NEIGHBORHOOD WITH SISTER ⟦N|THANDIWE⟧.
  MEMBER OF ⟦O|WHITE ROCK BAPTIST CHURCH⟧. GRANDSON ⟦N|MALIK HARRIS⟧ STUDIES AT ⟦O|NORTH CAROLINA CENTRAL UNIVERSITY⟧.
EXAM: EUVOLEMIC TO DRY. NO RUB. R LEG ERYTHEMA IMPROVING.
LABS: K 5.6, HCO3 17, BUN 68, CR 3.8. UA: MUDDY BROWN CASTS (REVIEWED BY ME UNDER MICROSCOPE). FENA 2.8%.
IMPRESSION: ATN (VANCOMYCIN + PIP-TAZO + NSAID + ARB). NO EMERGENT HD INDICATION.
RECOMMENDATIONS:
  1. STOP LOSARTAN, HCTZ, NAPROXEN. CHANGE PIP-TAZO TO CEFAZOLIN PER ID (DR. ⟦N|ROSENTHAL-AMARI⟧).
  2. LOKELMA 10 G X1. BMP Q12H.
  3. WILL FOLLOW. PAGER ⟦P|919-970-2218⟧.
THANK YOU FOR THIS CONSULT. D/W DR. ⟦N|CHEN⟧ AT 1420.
⟦N|T. OYELARAN-BRIGHT⟧, MD  ⟦D|8/3/88⟧ 1455
CC: ⟦N|FRANKLIN ASANTE⟧, MD, ⟦O|DURHAM NEPHROLOGY ASSOCIATES⟧, ⟦S|3901 N ROXBORO ST⟧, SUITE 200, ⟦C|DURHAM⟧, ⟦STATE|NC⟧ ⟦Z|27704⟧
`);

note("micu-progress-note-caps", `
MICU PROGRESS NOTE - HOSPITAL DAY 6                  ⟦H|GRADY MEMORIAL HOSPITAL⟧, ⟦C|ATLANTA⟧
⟦D|12/24/2095⟧  0710          AUTHOR: ⟦N|HANNAH VOLKOVA⟧, MD (PGY-2)          ATTENDING: ⟦N|DESHAWN MCCRAY⟧, MD
PATIENT: ⟦N|BOATENG, KWAME OSEI⟧  (MRN ⟦M|G0088412734⟧)  63 M  BED MICU-14

24H EVENTS: EXTUBATED ⟦D|12/23⟧ 1030 TO HFNC. DELIRIUM OVERNIGHT, SITTER ⟦N|ARIEL FOUNTAIN⟧ AT BEDSIDE. NEW FEVER 38.6 AT 0300.
SUBJ: DENIES PAIN. ASKING FOR HIS WIFE ⟦N|ABENA⟧ AND FOR PASTOR ⟦N|KOFI MENSAH-ANTWI⟧.
OBJ: T 38.1 HR 98 BP 128/70 RR 22 SPO2 94% HFNC 40 L/50%. I/O +1.2 L. CAM-ICU POSITIVE.
  LINES: R IJ CVC (DAY 6, PLACED ⟦D|12/18⟧), L RADIAL A-LINE, FOLEY.
LABS: WBC 14.8 (UP FROM 9.2). PROCAL 1.4. BCX X2 ⟦D|12/24⟧ PENDING (ACC ⟦I|MB95-2231904⟧).
ASSESSMENT & PLAN:
  #1 ARDS FROM INFLUENZA A, RESOLVING. WEAN FIO2.
  #2 NEW FEVER: CLABSI VS VAP. PULL CVC, SEND TIP. VANCOMYCIN + CEFEPIME.
  #3 DELIRIUM: QUETIAPINE 25 QHS, SLEEP HYGIENE.
  #4 DISPO: FAMILY MEETING ⟦DAY|CHRISTMAS DAY⟧ WITH SON ⟦N|YAW BOATENG⟧ (FLYING IN FROM ⟦C|ACCRA⟧, ⟦COUNTRY|GHANA⟧) AND SW ⟦N|PATRICE LEGRAND⟧, LCSW.
SOCIAL: ⟦O|MARTA⟧ ⟦PROF|BUS DRIVER⟧ (⟦O|ATU LOCAL 732⟧). LIVES ⟦S|2210 CAMPBELLTON RD SW⟧, ⟦C|ATLANTA⟧ ⟦Z|30311⟧, IN ⟦LO|CASCADE HEIGHTS⟧.
SEEN AND EXAMINED WITH DR. ⟦N|MCCRAY⟧. I AGREE WITH THE PLAN AS DOCUMENTED BY DR. ⟦N|VOLKOVA⟧. - ⟦N|DM⟧
CRITICAL CARE TIME 40 MIN. ⟦N|HANNAH VOLKOVA⟧, MD  PAGER ⟦P|404-555-0131⟧
`);

note("ed-physician-record-caps", `
EMERGENCY DEPARTMENT PHYSICIAN RECORD          ⟦H|METHODIST LE BONHEUR HEALTHCARE⟧ - ⟦H|METHODIST UNIVERSITY HOSPITAL⟧
ARRIVAL: ⟦D|10-31-2097⟧ 22:48 (BY ⟦O|MEMPHIS FIRE DEPARTMENT⟧ MEDIC 22)     ACUITY: ESI 2     ROOM: 17
PT NAME: ⟦N|OVERTON, CLEOPHUS "C.J."⟧     AGE: ⟦A|90⟧ YEARS     DOB: ⟦D|08-15-2007⟧     MR#: ⟦M|MUH-0047181⟧     FIN: ⟦I|991004471827⟧
ED ATTENDING: ⟦N|REBECCA STRICKLAND⟧, MD     APP: ⟦N|TAVARIS GOODEN⟧, PA-C     PRIMARY RN: ⟦N|SHAUNA BLEDSOE⟧, RN

HPI: ⟦A|90⟧YO M FROM ⟦H|KIRBY PINES ESTATES⟧ WITH FALL AND L HIP PAIN. GRANDDAUGHTER ⟦N|JASMINE OVERTON-REID⟧ FOUND HIM ON FLOOR
  AT 2200. ON ELIQUIS FOR AF. NO LOC PER PT. LAST WELL ⟦DAY|HALLOWEEN⟧ EVENING AT DINNER.
ROS: NEG EXCEPT HPI. PMH: AF, HTN, GOUT, CATARACTS. PSH: R TKA ⟦D|2084⟧ (DR. ⟦N|WEINSTOCK⟧, ⟦O|CAMPBELL CLINIC⟧).
EXAM: L LEG SHORTENED AND EXTERNALLY ROTATED. NEUROVASC INTACT.
ED COURSE: XR: L INTERTROCH FX. CT HEAD: NO BLEED. FASCIA ILIACA BLOCK BY DR. ⟦N|STRICKLAND⟧ (ROPIVACAINE 0.2% 30 ML).
  ORTHO CONSULT (DR. ⟦N|NNAMDI OKEKE-BRAXTON⟧) - OR ⟦D|11/1⟧. ANDEXXA NOT GIVEN (NO BLEED).
DISPOSITION: ADMIT TO HOSPITALIST DR. ⟦N|AMIR SHAHRESTANI⟧, 4 NORTH. MEDICARE ⟦HP|8XK4-TR7-QW21⟧ / ⟦O|HUMANA⟧ SUPPLEMENT.
EMERGENCY CONTACT: ⟦N|JASMINE OVERTON-REID⟧ (GRANDDAUGHTER) ⟦P|901-555-0126⟧; SON ⟦N|CLEOPHUS OVERTON JR⟧ IN ⟦C|SOUTHAVEN⟧, ⟦STATE|MS⟧.
ELECTRONICALLY SIGNED: ⟦N|REBECCA STRICKLAND⟧, MD ⟦D|11-01-2097⟧ 01:12
`);

note("psychiatric-admission-caps", `
PSYCHIATRIC ADMISSION EVALUATION                    ⟦H|UNIVERSITY MEDICAL CENTER NEW ORLEANS⟧ - BEHAVIORAL HEALTH UNIT
LEGAL STATUS: PEC SIGNED ⟦D|02/14/2094⟧ BY DR. ⟦N|FONTENOT⟧ (ED); CEC BY CORONER'S OFFICE ⟦D|02/15/2094⟧ (⟦O|ORLEANS PARISH CORONER⟧)
NAME: ⟦N|THIBODEAUX, REMY JOSEPH⟧   MRN: ⟦M|UMC7744019⟧   AGE: 34   EVALUATOR: ⟦N|ANJALI RAGHUNATHAN⟧, MD

IDENTIFYING DATA: 34 Y/O SINGLE WHITE MALE, ⟦PROF|LINE COOK⟧ AT ⟦O|COMMANDER'S PALACE⟧, LIVING IN ⟦LO|BYWATER⟧ WITH ROOMMATE ⟦N|ETIENNE⟧.
CC: "THE RADIO IS TALKING ABOUT ME."
HPI: BROUGHT BY ⟦O|NOPD⟧ (OFFICER ⟦N|DUPLANTIER⟧, BADGE ⟦I|1184⟧) AFTER ⟦DAY|MARDI GRAS⟧ WEEKEND OF NO SLEEP, PARANOIA.
  MOTHER ⟦N|MARIE-CLAIRE THIBODEAUX⟧ (⟦P|504-555-0177⟧) REPORTS PRIOR EPISODE ⟦D|2090⟧ TREATED AT ⟦H|RIVER OAKS HOSPITAL⟧.
PAST PSYCH: BIPOLAR I, LITHIUM STOPPED ⟦D|NOV 2093⟧. OUTPATIENT: ⟦O|METROPOLITAN HUMAN SERVICES DISTRICT⟧, CASE MGR ⟦N|DANA BROUSSARD⟧.
SUBSTANCE: ETOH 6-8 BEERS/DAY, CANNABIS DAILY. UDS + THC.
FAMILY HX: FATHER ⟦N|REMY SR.⟧ WITH BIPOLAR, DIED BY SUICIDE ⟦D|2081⟧ IN ⟦C|HOUMA⟧. MATERNAL UNCLE ⟦N|ALPHONSE⟧ SCHIZOPHRENIA.
DEVELOPMENTAL/EDUCATION: GRADUATED ⟦O|ARCHBISHOP RUMMEL HIGH SCHOOL⟧; 2 YEARS AT ⟦O|DELGADO COMMUNITY COLLEGE⟧ (CULINARY).
MSE: DISHEVELED, PRESSURED SPEECH, FLIGHT OF IDEAS, GRANDIOSE, DENIES SI/HI. INSIGHT POOR.
DX: BIPOLAR I, CURRENT EPISODE MANIC, SEVERE, WITH PSYCHOTIC FEATURES. ALCOHOL USE DISORDER.
PLAN: LITHIUM 300 TID, OLANZAPINE 10 QHS, CIWA. COLLATERAL FROM ⟦N|BROUSSARD⟧ (⟦P|504-555-0144⟧ EXT ⟦P|212⟧).
⟦N|A. RAGHUNATHAN⟧, MD, PSYCHIATRY     ⟦D|02/15/94⟧ 1630
`);

note("ob-delivery-summary-caps", `
LABOR AND DELIVERY SUMMARY                     ⟦H|TEXAS CHILDREN'S PAVILION FOR WOMEN⟧, ⟦C|HOUSTON⟧
MOTHER: ⟦N|NGUYEN-ESPINOZA, THAO VY⟧     MRN ⟦M|TC-20448817⟧     G2P2002     EDD ⟦D|04/02/2092⟧     BLOOD TYPE O POS
DELIVERY DATE/TIME: ⟦D|03/29/2092⟧ 04:17     DELIVERING PROVIDER: ⟦N|GUADALUPE ARCINIEGA-ROSS⟧, MD     CNM: ⟦N|KELLY O'BRIEN-TATE⟧, CNM
ANESTHESIA: EPIDURAL BY ⟦N|VIKTOR HRISTOV⟧, MD     NURSERY RN: ⟦N|LAKEISHA MONROE⟧, RN     PEDS: ⟦N|SHIRIN ZAHEDI⟧, MD

LABOR: SPONTANEOUS ONSET ⟦D|3/28⟧ 1800. AROM 2330, CLEAR. PITOCIN AUGMENTATION. 2ND STAGE 38 MIN.
DELIVERY: NSVD, LOA. NUCHAL CORD X1 REDUCED. 2ND DEGREE LACERATION REPAIRED (3-0 VICRYL). EBL 450 ML. PLACENTA INTACT.
INFANT: BABY GIRL ⟦N|NGUYEN-ESPINOZA⟧ (MRN ⟦M|TC-20448990⟧), 3,410 G, APGAR 8/9. CORD GASES NORMAL. SKIN TO SKIN.
  INFANT NAME PER PARENTS: ⟦N|ISABELLA MAI ESPINOZA⟧. BIRTH CERTIFICATE WORKSHEET TO ⟦N|RHONDA PICKETT⟧ (BIRTH REGISTRAR).
FATHER: ⟦N|JAVIER ESPINOZA⟧ (⟦P|713-555-0188⟧), ⟦PROF|ELECTRICIAN⟧ AT ⟦O|IBEW LOCAL 716⟧. MATERNAL GRANDMOTHER ⟦N|BA NGUYEN⟧ PRESENT.
PRENATAL CARE: ⟦O|LEGACY COMMUNITY HEALTH⟧ - ⟦H|LEGACY MONTROSE CLINIC⟧, DR. ⟦N|ELLEN BAPTISTE⟧. GBS NEG. RUBELLA IMMUNE.
ADDRESS: ⟦S|7720 BELLAIRE BLVD APT 1104⟧, ⟦C|HOUSTON⟧, ⟦STATE|TX⟧ ⟦Z|77036⟧. INSURANCE ⟦O|TEXAS CHILDREN'S HEALTH PLAN⟧ ⟦HP|TCHP-44718203⟧ (MEDICAID).
POSTPARTUM F/U ⟦D|05/10/2092⟧ AT ⟦H|LEGACY MONTROSE CLINIC⟧, ⟦S|1415 CALIFORNIA ST⟧ ⟦P|832-548-5000⟧.
SIGNED ⟦N|G. ARCINIEGA-ROSS⟧, MD ⟦D|3/29/92⟧ 0612 / ⟦N|K. O'BRIEN-TATE⟧, CNM
`);

note("irf-rehab-admission-caps", `
INPATIENT REHABILITATION FACILITY - ADMISSION HISTORY & PHYSICAL
⟦H|CRAIG HOSPITAL⟧  ⟦S|3425 S CLARKSON ST⟧, ⟦C|ENGLEWOOD⟧, ⟦STATE|CO⟧ ⟦Z|80113⟧
ADMIT DATE: ⟦D|7 JUNE 2089⟧     PATIENT: ⟦N|LINDQVIST, ANDERS ERIK⟧     MRN: ⟦M|CH0044718⟧     IRF-PAI ⟦I|PAI-89-0607-221⟧
REFERRING FACILITY: ⟦H|ST. ANTHONY HOSPITAL⟧ (⟦C|LAKEWOOD⟧), TRAUMA SURGEON DR. ⟦N|VALERIA CASTELLANOS⟧
ADMITTING PHYSIATRIST: ⟦N|GREGORY NAKASHIMA-FELL⟧, MD     CASE MANAGER: ⟦N|BROOKE ANTELOPE⟧, RN, CCM

HPI: 27 Y/O MAN, ⟦PROF|SKI INSTRUCTOR⟧ AT ⟦O|VAIL RESORTS⟧, FELL ⟦D|05/21/2089⟧ AT ⟦LO|BEAVER CREEK⟧ - T12 BURST FX, T12 ASIA B.
  T10-L2 POSTERIOR FUSION ⟦D|5/22/89⟧ BY DR. ⟦N|PATRICK MAC GIOLLA⟧ (SPINE).
FUNCTIONAL STATUS: FIM MOTOR 28, COGNITIVE 33. BLADDER: IC Q4H. BOWEL PROGRAM.
SOCIAL: FROM ⟦C|EDWARDS⟧; GREW UP IN ⟦C|DULUTH⟧, ⟦STATE|MN⟧. GIRLFRIEND ⟦N|SIGRID "SIGGY" HALVORSEN⟧ (⟦P|970-555-0148⟧).
  PARENTS ⟦N|NILS⟧ AND ⟦N|KAREN LINDQVIST⟧ LIVE IN ⟦C|HERMANTOWN⟧. COLLEGE: ⟦O|UNIVERSITY OF MINNESOTA DULUTH⟧.
GOALS: MOD I WHEELCHAIR LEVEL. ELOS 6 WEEKS. TEAM CONFERENCE ⟦DAY|TUESDAYS⟧.
PT: ⟦N|JAMIE REYES-COLLINS⟧, DPT; OT: ⟦N|MARGIT SZABO⟧, OTR/L; PSYCH: ⟦N|HOWARD FEINBERG⟧, PHD.
WHEELCHAIR: LOANER POWER CHAIR FROM ⟦O|NUMOTION⟧, SN ⟦DEV|PM-F5-22049⟧.
INSURANCE: ⟦O|UNITED HEALTHCARE⟧ ⟦HP|UHC-988441072⟧ GROUP ⟦HP|VR-44718⟧ (THROUGH EMPLOYER). WORKERS' COMP CLAIM ⟦I|WC-89-554102⟧.
⟦N|GREGORY NAKASHIMA-FELL⟧, MD ⟦D|06/07/2089⟧ 1540
`);

note("oncology-clinic-letter-caps", `
⟦O|TENNESSEE ONCOLOGY⟧, PLLC
⟦S|300 20TH AVE N⟧, SUITE 301
⟦C|NASHVILLE⟧, ⟦STATE|TN⟧ ⟦Z|37203⟧
TEL ⟦P|(615) 555-0110⟧   FAX ⟦F|(615) 555-0111⟧

⟦D|APRIL 18, 2091⟧

⟦N|WILLIAM T. HARGROVE⟧, M.D.
⟦O|HARGROVE FAMILY PRACTICE⟧
⟦S|118 WEST MAIN STREET⟧
⟦C|LEBANON⟧, ⟦STATE|TN⟧ ⟦Z|37087⟧

RE: ⟦N|ESPERANZA QUINTANILLA DE LEÓN⟧
DOB: ⟦D|12/02/1949⟧     CHART: ⟦M|TO-448817⟧

DEAR DR. ⟦N|HARGROVE⟧:

THANK YOU FOR REFERRING MRS. ⟦N|QUINTANILLA DE LEÓN⟧, WHOM I SAW TODAY WITH HER DAUGHTER ⟦N|MARISOL DE LEÓN-PRUITT⟧ FOR
NEWLY DIAGNOSED STAGE IIIA (T2N1) ER+/PR+/HER2- INVASIVE DUCTAL CARCINOMA OF THE LEFT BREAST, FOUND ON SCREENING
MAMMOGRAM AT ⟦H|SUMNER REGIONAL MEDICAL CENTER⟧ ON ⟦D|03/04/91⟧ AND BIOPSIED BY DR. ⟦N|CHARLOTTE ABERNATHY⟧ ON ⟦D|03/11/91⟧.
ONCOTYPE DX RECURRENCE SCORE 31.

SHE IS A RETIRED ⟦PROF|SEAMSTRESS⟧ ORIGINALLY FROM ⟦C|SAN PEDRO SULA⟧, ⟦COUNTRY|HONDURAS⟧, AND SPEAKS SPANISH; HER GRANDSON ⟦N|DIEGO⟧
INTERPRETED WITH HER PERMISSION. SHE ATTENDS ⟦O|IGLESIA BAUTISTA EL CALVARIO⟧ AND VOLUNTEERS AT ⟦O|CONEXIÓN AMÉRICAS⟧.

PLAN: NEOADJUVANT DOSE-DENSE AC-T STARTING ⟦D|MAY 2, 2091⟧, PORT BY DR. ⟦N|ABERNATHY⟧. GENETICS REFERRAL TO ⟦N|SARAH JANE POOLE⟧,
MS, CGC. I HAVE ASKED OUR NAVIGATOR ⟦N|LETICIA OROZCO⟧ (⟦P|615-555-0121⟧, ⟦E|LOROZCO@TNONC.EXAMPLE⟧) TO HELP WITH
TRANSPORTATION FROM ⟦C|GALLATIN⟧.

SINCERELY,

⟦N|NAVEEN KRISHNAMURTHY⟧, M.D.
MEDICAL ONCOLOGY
⟦N|NK⟧/⟦N|DPL⟧    D: ⟦D|04/18/91⟧    T: ⟦D|04/19/91⟧
CC: ⟦N|CHARLOTTE ABERNATHY⟧, M.D., BREAST SURGERY
    ⟦N|MARISOL DE LEÓN-PRUITT⟧ (PATIENT'S DAUGHTER), ⟦S|2204 NASHVILLE PIKE⟧, ⟦C|GALLATIN⟧, ⟦STATE|TN⟧ ⟦Z|37066⟧
`);

note("death-summary-caps", `
DEATH SUMMARY / EXPIRATION NOTE          ⟦H|UNIVERSITY OF UTAH HOSPITAL⟧          ⟦C|SALT LAKE CITY⟧, ⟦STATE|UT⟧
DECEDENT: ⟦N|BEGAY, HARRISON TSOSIE⟧     MRN: ⟦M|U0447182⟧     DOB: ⟦D|01/19/1994⟧     AGE: ⟦A|103⟧     CSN: ⟦I|7700441829⟧
ADMITTED: ⟦D|08/28/2097⟧     EXPIRED: ⟦D|09/01/2097⟧ AT 0342     PRONOUNCED BY: ⟦N|SORAYA HAMDAN⟧, MD (NIGHT FLOAT)
ATTENDING OF RECORD: ⟦N|LUKAS EBERHARDT⟧, MD

COURSE: ⟦A|103⟧-YEAR-OLD DINÉ ELDER TRANSFERRED FROM ⟦H|NORTHERN NAVAJO MEDICAL CENTER⟧ (⟦C|SHIPROCK⟧, ⟦STATE|NM⟧) WITH UROSEPSIS
  AND SHOCK. COMFORT MEASURES ⟦D|8/31⟧ AFTER FAMILY MEETING WITH GRANDDAUGHTER ⟦N|LORETTA BEGAY-YAZZIE⟧ (HCP), GREAT-GRANDSON
  ⟦N|TRAVIS⟧, AND MEDICINE MAN ⟦N|WILSON NEZ⟧, WHO PERFORMED A BLESSING AT BEDSIDE. SPIRITUAL CARE: CHAPLAIN ⟦N|MIRIAM OYELOWO⟧.
CAUSE OF DEATH: SEPTIC SHOCK DUE TO E. COLI PYELONEPHRITIS; CONTRIBUTING: CKD 4, HFPEF.
AUTOPSY: DECLINED. ME NOT NOTIFIED (NATURAL). ⟦O|DONOR CONNECT⟧ REFERRAL ⟦I|DC-97-090144⟧ - NOT A CANDIDATE.
FUNERAL HOME: ⟦O|BROWNING MORTUARY⟧, ⟦C|FARMINGTON⟧ ⟦P|505-555-0100⟧. BODY RELEASED ⟦D|09/01/97⟧ 1130 TO ⟦N|DARRELL CHEE⟧.
DEATH CERTIFICATE SIGNED BY DR. ⟦N|EBERHARDT⟧ IN EDRS, CERT ⟦I|2097-UT-0044718⟧. ⟦O|IHS⟧ NOTIFIED VIA ⟦N|BRENDA TSINAJINNIE⟧.
SERVED: ⟦O|US ARMY⟧ (CODE TALKER TRAINING), LATER ⟦PROF|SHEEPHERDER⟧ NEAR ⟦LO|BEAUTIFUL MOUNTAIN⟧. HOME ⟦S|PO BOX 1187⟧, ⟦C|NEWCOMB⟧, ⟦STATE|NM⟧ ⟦Z|87455⟧.
⟦N|SORAYA HAMDAN⟧, MD  ⟦D|09/01/2097⟧ 0415   COSIGNED ⟦N|LUKAS EBERHARDT⟧, MD ⟦D|09/01/2097⟧ 0902
`);

// ======================================================== lower case (4) ========================================================

note("clinic-letter-lower", `
⟦O|pioneer valley neurology⟧ · ⟦S|3300 main st⟧, suite 4b · ⟦C|springfield⟧, ⟦STATE|ma⟧ ⟦Z|01107⟧ · tel ⟦P|413-555-0192⟧ · fax ⟦F|413-555-0193⟧

⟦D|19 november 2090⟧

dr. ⟦N|margaret o'rourke⟧
⟦O|baystate family medicine⟧ - ⟦C|chicopee⟧
⟦S|15 springfield st⟧, ⟦C|chicopee⟧ ⟦Z|01013⟧

re: ⟦N|bartholomew "bart" szczepański⟧, dob ⟦D|7/22/1941⟧, mrn ⟦M|bh-00448172⟧

dear ⟦N|peg⟧,

i saw mr. ⟦N|szczepański⟧ today in follow-up of his parkinson disease, now 6 years from diagnosis. he came with his wife ⟦N|dorota⟧
and their son ⟦N|stan⟧, a ⟦PROF|firefighter⟧ with ⟦O|holyoke fire department⟧. he reports more freezing at doorways and two falls
since our visit on ⟦D|6/3/90⟧, one at ⟦O|our lady of the cross parish⟧ on a ⟦DAY|sunday⟧ (⟦D|oct 14⟧). no hallucinations.

exam: masked face, moderate rigidity r>l, updrs part iii 34 (was 27). orthostatic drop 18 mmhg.
medications: carbidopa-levodopa 25/100, 1.5 tab five times daily; rasagiline 1 mg.

plan: add entacapone 200 mg with each dose. pt referral to ⟦H|weldon rehabilitation hospital⟧ for lsvt big. he would like to
discuss dbs; i have referred him to dr. ⟦N|anand venkatesan⟧ at ⟦H|lahey hospital & medical center⟧ in
⟦C|burlington⟧. driving: i advised him to stop; his son will drive. return ⟦D|feb 2091⟧ or sooner.

with kind regards,
⟦N|ingrid haraldsdóttir⟧, md, phd
movement disorders · ⟦E|iharaldsdottir@pvneuro.example⟧
⟦N|ih⟧/⟦N|tw⟧  dictated ⟦D|11/19/90⟧  transcribed ⟦D|11/20/90⟧  job ⟦I|77120⟧
cc: ⟦N|anand venkatesan⟧, md, neurosurgery, ⟦H|lahey hospital & medical center⟧, ⟦S|41 mall rd⟧, ⟦C|burlington⟧, ⟦STATE|ma⟧ ⟦Z|01805⟧
`);

note("progress-note-lower", `
progress note — hospital medicine — ⟦H|oregon health & science university hospital⟧ — ⟦D|2/6/2095⟧ 0815
patient: ⟦N|kaʻiulani makoa-fernandes⟧ · mrn ⟦M|ohsu-7718204⟧ · csn ⟦I|400881772⟧ · room 10c-12 · hd 3
author: ⟦N|rafael ben-ami⟧, md (hospitalist) · team: orange 2 · pager ⟦P|503-555-0170⟧

subjective: feeling "a little better." slept ok. her partner ⟦N|keoni⟧ stayed overnight. tolerating diet.
objective: t 37.4, hr 88, bp 118/66, spo2 95% ra. lungs with faint crackles l base. abd soft.
labs: wbc 11.1 (14.6), cr 0.9. blood cultures ⟦D|2/4⟧ no growth x2. sputum: mssa.
a/p:
1. lll pneumonia, mssa: cefazolin 2 g q8h, day 3; switch to oral cephalexin ⟦D|2/7⟧ if afebrile.
2. sickle trait, anemia hgb 9.8: stable.
3. social: moved from ⟦C|hilo⟧, ⟦STATE|hawaii⟧ to ⟦C|gresham⟧ last year, works as ⟦PROF|barista⟧ at ⟦O|coava coffee roasters⟧; uninsured —
   financial counselor ⟦N|tamsin whitlock⟧ helping with oregon health plan application (ref ⟦I|ohp-95-020611⟧).
dispo: home with partner ⟦D|2/7⟧ or ⟦D|2/8⟧; f/u at ⟦H|ohsu richmond clinic⟧ with ⟦N|gwen la fontaine⟧, fnp ⟦D|2/14/95⟧ 10:40, ⟦P|503-555-0100⟧.
mother ⟦N|leilani makoa⟧ calling from ⟦C|hilo⟧ at ⟦P|808-555-0131⟧ — pt gave permission to share updates.
— ⟦N|r. ben-ami⟧, md, ⟦D|02/06/2095⟧ 11:02 (edited 11:30)
`);

note("discharge-instructions-lower", `
after visit summary / discharge instructions — ⟦H|barnes-jewish hospital⟧ — ⟦C|st. louis⟧, ⟦STATE|mo⟧
you were in the hospital from ⟦D|march 3⟧ to ⟦D|march 9, 2096⟧.   name: ⟦N|delphine n'guessan⟧   dob: ⟦D|1958-08-14⟧   mrn: ⟦M|bjh2044718⟧
your care team: dr. ⟦N|ashok pillai⟧ (attending), dr. ⟦N|megan st. pierre⟧ (resident), ⟦N|lonnie bradshaw⟧, rn (discharge nurse)

why you were here: a blood clot in your left leg and lung (dvt/pe).
what to take: eliquis 10 mg twice a day until ⟦D|3/15⟧, then 5 mg twice a day. stop aspirin.

follow-up appointments:
  • anticoagulation clinic — ⟦H|barnes-jewish west county hospital⟧, ⟦S|12634 olive blvd⟧, ⟦C|creve coeur⟧, ⟦STATE|mo⟧ ⟦Z|63141⟧
    ⟦DAY|tuesday⟧ ⟦D|3/14/96⟧ at 9:00 am — pharmacist ⟦N|hye-jin cho⟧, pharmd — ⟦P|314-555-0124⟧
  • primary care — dr. ⟦N|kwabena ofori-atta⟧, ⟦O|bjc medical group⟧ of ⟦C|florissant⟧, ⟦D|march 20⟧ at 2:15 pm — ⟦P|314-555-0166⟧
  • hematology — dr. ⟦N|ruth feinstein⟧ at ⟦O|siteman cancer center⟧ in 6 weeks (we will call you)
your pharmacy: ⟦O|walgreens⟧ #4471, ⟦S|1101 n new florissant rd⟧, ⟦C|florissant⟧ ⟦P|314-555-0140⟧
questions? call the nurse line ⟦P|314-555-0100⟧ (24 h) or message us at ⟦U|https://mychart.bjc.example⟧ (your username ⟦UN|dnguessan58⟧).
your emergency contact on file: ⟦N|aya n'guessan⟧ (daughter) ⟦P|314-555-0187⟧, ⟦S|6120 lindell blvd apt 3⟧, ⟦C|st. louis⟧ ⟦Z|63112⟧
printed ⟦D|3/9/2096⟧ 14:02 by ⟦UN|lbradshaw2⟧
`);

note("home-health-referral-lower", `
home health referral / face-to-face encounter — ⟦H|abbott northwestern hospital⟧ — ⟦C|minneapolis⟧
referral date ⟦D|10.02.92⟧ · referral # ⟦I|hh-92-100244⟧ · agency: ⟦O|fairview home care and hospice⟧ · intake ⟦N|jolene vang⟧ ⟦P|612-555-0119⟧ ext ⟦P|3340⟧
patient: ⟦N|xiong, pa nhia⟧ · age ⟦A|91⟧ · dob ⟦D|03/08/2001⟧ · mrn ⟦M|anw-0884471⟧ · medicare ⟦HP|1eg4-te5-mk72⟧
address: ⟦S|1429 arkwright st⟧
         ⟦C|st. paul⟧, ⟦STATE|mn⟧ ⟦Z|55130⟧   (⟦LO|payne-phalen⟧; lives with grandson's family, 2nd floor, 14 stairs)
primary language hmong; grandson ⟦N|tou xiong⟧ (⟦P|651-555-0148⟧) interprets and is the primary caregiver; daughter ⟦N|mai see xiong-her⟧ in ⟦C|wausau⟧, ⟦STATE|wi⟧.
face-to-face: seen ⟦D|10/1/92⟧ by ⟦N|priyanka deshmukh⟧, md. homebound: yes — needs walker and 1 assist, sob after 20 feet.
services: sn (wound vac, l heel stage 4 — kci vac sn ⟦DEV|vgbs44718⟧), pt, ot, hha 2x/wk, msw for caregiver strain.
orders: wound vac 125 mmhg continuous, change ⟦DAY|mon⟧/⟦DAY|wed⟧/⟦DAY|fri⟧ (⟦DAY|monday⟧/⟦DAY|wednesday⟧/⟦DAY|friday⟧). albumin 2.8 — supplement bid.
community: she is an elder at ⟦O|hmong american alliance church⟧; her pastor rev. ⟦N|ger yang⟧ visits — fine to share schedule per pt.
pcp for home health orders: dr. ⟦N|sheila amundson-grant⟧, ⟦H|allina health frogtown clinic⟧, fax ⟦F|651-555-0102⟧.
signed ⟦N|priyanka deshmukh⟧, md, npi ⟦I|1558204417⟧, ⟦D|10/2/92⟧ 15:20
`);

// ======================================================== mixed case (20) ========================================================

note("epic-discharge-summary", `
Discharge Summary
⟦N|Abernathy-Yoon, Celeste M⟧ (MRN ⟦M|E6044718⟧)   DOB: ⟦D|9/14/1947⟧   Encounter Date: ⟦D|5/1/2093⟧
⟦H|Massachusetts General Hospital⟧ · White 9 · Attending: ⟦N|Jonathan Feld⟧, MD · Discharge date: ⟦D|5/12/2093⟧

Admission Diagnosis: Small bowel obstruction
Discharge Diagnosis: Adhesive SBO s/p exploratory laparotomy and lysis of adhesions (⟦D|5/3/2093⟧)

History of Present Illness
Ms. ⟦N|Abernathy-Yoon⟧ is a 75 y.o. female with prior Roux-en-Y gastric bypass (⟦D|2079⟧, Dr. ⟦N|Kaplan⟧, ⟦H|Beth Israel Deaconess⟧) who presented
from ⟦H|Brigham and Women's Faulkner Hospital⟧ with 2 days of obstipation and bilious emesis.

Hospital Course
1. SBO: NGT decompression failed; ex-lap ⟦D|5/3⟧ by Dr. ⟦N|Feld⟧ with Dr. ⟦N|Ananya Ramaswamy⟧ (chief resident). Internal hernia at Petersen's
   defect reduced and closed. Diet advanced ⟦D|5/8⟧.
2. Post-op ileus/hypokalemia: repleted.
3. Delirium ⟦D|5/5⟧–⟦D|5/6⟧: resolved; geriatrics (Dr. ⟦N|Okafor⟧) saw her.

Social History
She is a retired ⟦PROF|librarian⟧ (⟦O|Boston Public Library⟧). Lives with her husband ⟦N|Min-jun Yoon⟧ in ⟦LO|Jamaica Plain⟧. Daughter ⟦N|Renée Abernathy⟧
is a nurse at ⟦H|Boston Children's Hospital⟧. Attends ⟦O|Arlington Street Church⟧. Never smoker.

Discharge Medications
 • oxycodone 5 mg q6h prn (#12) • acetaminophen 1 g q8h • multivitamin (bariatric) daily • enoxaparin 40 mg daily x 28 days

Follow-up
 • Dr. ⟦N|Jonathan Feld⟧, ⟦H|MGH Wang Ambulatory Care Center⟧ Suite 460, ⟦S|15 Parkman Street⟧, ⟦C|Boston⟧, ⟦STATE|MA⟧ ⟦Z|02114⟧ – ⟦D|5/26/2093⟧ 1:30 PM – ⟦P|617-555-0134⟧
 • PCP ⟦N|Lorraine Vu-Castellano⟧, NP, ⟦H|MGH Revere HealthCare Center⟧ within 1–2 weeks – ⟦P|781-555-0140⟧

Electronically signed by ⟦N|Ananya Ramaswamy⟧, MD at ⟦D|5/12/2093⟧ 3:14 PM
Electronically signed by ⟦N|Jonathan Feld⟧, MD at ⟦D|5/13/2093⟧ 8:02 AM
cc: ⟦N|Lorraine Vu-Castellano⟧, NP; ⟦N|Gerald Kaplan⟧, MD
`);

note("cerner-admission-hp", `
Admission History and Physical                                   ⟦H|Harborview Medical Center⟧
Patient: ⟦N|Tuiasosopo, Faleolo "Leo"⟧        MRN: ⟦M|H4471902⟧        FIN: ⟦I|22910044718⟧
Age: 52 years   Sex: Male   DOB: ⟦D|02/28/2041⟧   Admit: ⟦D|11/09/2093⟧ 19:44   Attending: ⟦N|Marguerite Onyango⟧, MD
Author: ⟦N|Dmitri Albescu⟧, MD (Resident)   Service: Trauma Surgery

Chief Complaint
Motorcycle crash on ⟦LO|Aurora Bridge⟧.

History of Present Illness
52M helmeted rider struck by a box truck (⟦O|Sound Delivery Co⟧) on ⟦S|SR 99⟧ about 18:50; brought by ⟦O|Seattle Fire Department⟧ Medic 1.
GCS 15 throughout. Complains of L chest and L wrist pain.

Past Medical History: HTN, gout.   Past Surgical: appendectomy (⟦C|Pago Pago⟧, ⟦D|2065⟧).
Medications: amlodipine 10 mg, allopurinol 300 mg.   Allergies: NKDA.
Family History: Mother ⟦N|Siaosi⟧ with DM2, alive at ⟦A|94⟧ in ⟦C|Leone⟧, ⟦STATE|American Samoa⟧.
Social History: ⟦PROF|Longshoreman⟧ with ⟦O|ILWU Local 19⟧ at the ⟦O|Port of Seattle⟧. Married to ⟦N|Teuila⟧; 4 children.
  Lives at ⟦S|9417 Rainier Ave S⟧, ⟦C|Seattle⟧ ⟦Z|98118⟧. Deacon at ⟦O|First Samoan Congregational Church⟧ of ⟦LO|Rainier Valley⟧.

Physical Exam: HR 104, BP 152/90, SpO2 93% RA. L chest wall crepitus, L wrist deformity.
Imaging: CT chest — L ribs 4–8 fx, small PTX. XR L wrist — distal radius fx.

Assessment/Plan
 1. L rib fx x5 with PTX: pigtail, serratus block (APS, Dr. ⟦N|Ingeborg Lund⟧), IS q1h.
 2. L distal radius fx: ortho hand (Dr. ⟦N|Rashida Goins-Whitaker⟧), splint, ORIF ⟦D|11/11⟧.
 3. Tertiary survey in AM.
Contact: wife ⟦N|Teuila Tuiasosopo⟧ ⟦P|206-555-0199⟧; interpreter not needed.

Signed: ⟦N|Dmitri Albescu⟧, MD ⟦D|11/09/2093⟧ 22:31; co-signed: ⟦N|Marguerite Onyango⟧, MD ⟦D|11/10/2093⟧ 06:50
`);

note("cardiology-consult-letter", `
⟦O|Advocate Heart Institute⟧ at ⟦H|Advocate Christ Medical Center⟧
⟦S|4440 W. 95th Street⟧ · ⟦C|Oak Lawn⟧, ⟦STATE|IL⟧ ⟦Z|60453⟧ · Phone ⟦P|708.555.0150⟧ · Fax ⟦F|708.555.0151⟧

⟦D|12 May 2093⟧

Dr. ⟦N|Kateryna Bondarenko⟧
⟦O|Southwest Suburban Internal Medicine⟧
⟦S|10719 S. Cicero Ave., Suite 2⟧
⟦C|Oak Lawn⟧ ⟦Z|60453⟧

Re: ⟦N|Wojcik, Tadeusz "Ted"⟧ · DOB ⟦D|06/06/1936⟧ · MRN ⟦M|ACMC-00447182⟧

Dear Dr. ⟦N|Bondarenko⟧,

Thank you for asking me to see Mr. ⟦N|Wojcik⟧, a ⟦A|92⟧-year-old retired ⟦PROF|tool and die maker⟧ (⟦O|Ford Chicago Assembly Plant⟧, 38 years) who
lives with his daughter ⟦N|Halina Wojcik-Brennan⟧ in ⟦LO|Garfield Ridge⟧, for evaluation of permanent atrial fibrillation and two
falls since ⟦D|March 2093⟧. He was seen in our ED on ⟦D|4/27/93⟧ after the second fall, at his granddaughter's first communion at
⟦O|St. Daniel the Prophet Parish⟧.

CHA2DS2-VASc 4, HAS-BLED 3. Echo ⟦D|4/28/93⟧: LVEF 50%, LA 5.1 cm. Holter (⟦I|HM-93-22041⟧): rates 48–132, 2.9 s pause at night.

Impression and plan:
1. Permanent AF with fall risk on warfarin (INR labile 1.6–4.2 at ⟦O|Christ Anticoagulation Clinic⟧): I recommend left atrial
   appendage occlusion (Watchman FLX) with Dr. ⟦N|Sanjay Gopalakrishnan⟧; TEE scheduled ⟦D|June 3, 2093⟧.
2. Nocturnal pauses: asymptomatic, no pacemaker now.
3. Falls: PT referral to ⟦H|Advocate Christ Outpatient Rehab - Evergreen Park⟧.

His son ⟦N|Janusz⟧ (⟦P|773-555-0117⟧) asked to be copied; Mr. ⟦N|Wojcik⟧ agreed.

Sincerely,
⟦N|Olamide Fagbemi-Rourke⟧, MD, FACC
Electrophysiology
⟦N|OFR⟧/⟦N|ses⟧ · D: ⟦D|05/12/2093⟧ T: ⟦D|05/13/2093⟧ · Job ⟦I|330417⟧
cc: ⟦N|Janusz Wojcik⟧, ⟦S|5522 S. Natoma Ave.⟧, ⟦C|Chicago⟧, ⟦STATE|IL⟧ ⟦Z|60638⟧
    ⟦N|Sanjay Gopalakrishnan⟧, MD
`);

note("egd-colonoscopy-procedure-report", `
PROCEDURE REPORT — Upper Endoscopy and Colonoscopy
⟦H|Emory University Hospital Midtown⟧ Endoscopy Unit            Procedure date: ⟦D|Sep 8, 2090⟧
Patient Name: ⟦N|Chukwuemeka Obi-Lawson⟧        MRN: ⟦M|EUH0044718⟧        Date of Birth: ⟦D|Jan 5, 1960⟧        Gender: Male
Account #: ⟦I|E90099817742⟧        Attending Participants: Dr. ⟦N|Lakshmi Sundararajan⟧ (endoscopist); ⟦N|Brianna Coker⟧, RN; ⟦N|Ty Ha⟧, tech
Referring MD: ⟦N|Haruto Kobayashi⟧, MD        Anesthesia: MAC, ⟦N|Femi Adeleke⟧, CRNA        Scope IDs: GIF-H190 ⟦DEV|2K44718⟧; CF-HQ190L ⟦DEV|2C90117⟧

Indications: Iron deficiency anemia (Hgb 8.9), positive FIT ⟦D|7/2090⟧.
Findings (EGD): LA grade B esophagitis. 3 cm hiatal hernia. Gastric body biopsies (Sydney protocol) — jar 1.
Findings (colonoscopy): Boston Bowel Prep Score 8. 28 mm sessile polyp in the ascending colon, removed by piecemeal cold EMR,
  margin treated with snare tip soft coagulation, 3 clips (Resolution 360, lot ⟦DEV|R360-2208841⟧). Tattoo distal. Sigmoid diverticulosis.
Impression: Esophagitis; large ascending colon polyp removed; source of IDA likely.
Recommendations: PPI bid x 8 weeks. Await pathology (⟦I|S90-55102⟧, ⟦I|S90-55103⟧). Repeat colonoscopy in 6 months (site check) — ⟦D|March 2091⟧.
  Iron infusion at ⟦H|Winship Cancer Institute⟧ infusion center. Letter to Dr. ⟦N|Kobayashi⟧ at ⟦O|Piedmont Physicians Buckhead⟧.
Patient's ride home: wife ⟦N|Adaeze Obi-Lawson⟧, ⟦P|678-555-0130⟧. He is an ⟦PROF|accountant⟧ at ⟦O|Delta Air Lines⟧ (⟦O|Delta⟧ Employee Health notified
  for work excuse ⟦D|9/8⟧–⟦D|9/9⟧ at his request).
Number of Addenda: 1
Addendum ⟦D|Sep 12, 2090⟧: pathology — tubular adenoma, no high-grade dysplasia; gastric H. pylori negative. Called pt. — ⟦N|L. Sundararajan⟧
Electronically signed: ⟦N|Lakshmi Sundararajan⟧, MD ⟦D|09/08/2090⟧ 11:44:10 AM · CPT 43239, 45390
`);

note("mri-brain-report", `
⟦H|Barrow Neurological Institute⟧ at ⟦H|St. Joseph's Hospital and Medical Center⟧ — Diagnostic Imaging
Patient: ⟦N|Castañeda-Whitehorse, Ximena⟧   MRN: ⟦M|SJ-2201884⟧   DOB: ⟦D|1999-10-02⟧   Exam date: ⟦D|2095-06-14⟧ 13:20   Acc#: ⟦I|MR95061447⟧
Ordering: ⟦N|Yusuf Bakirci⟧, MD (Neuro-oncology)   Location: Outpatient   Scanner: Skyra 3T (SN ⟦DEV|45123⟧)

EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST (GADAVIST 7 mL)
HISTORY: 3-month follow-up after resection of left frontal glioblastoma ⟦D|3/11/2095⟧.
COMPARISON: ⟦D|04/02/2095⟧ and ⟦D|03/12/2095⟧ (post-op) at this institution; outside MRI ⟦D|02/27/2095⟧ from ⟦H|Banner Thunderbird Medical Center⟧.
FINDINGS:
 Resection cavity left frontal lobe with thin rim enhancement, decreased from prior. New 6 mm nodular enhancement posterior margin
 (series 14 image 88), with elevated rCBV. FLAIR signal slightly increased. No midline shift. Ventricles normal.
IMPRESSION:
 1. New 6 mm nodular enhancement at the posterior margin of the cavity with increased perfusion: tumor progression favored
    over treatment effect. Discussed by phone with Dr. ⟦N|Bakirci⟧ on ⟦D|6/14/2095⟧ at 15:05.
 2. Recommend review at neuro-oncology tumor board (⟦D|June 19⟧).

Dictated by: ⟦N|Oksana Melnyk⟧, MD (Neuroradiology Fellow)
Reviewed and signed by: ⟦N|Vikram Chandrasekhar⟧, MD   ⟦D|06/14/2095⟧ 15:12
Pt. contact: ⟦S|2817 W. Glenrosa Ave.⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85017⟧ · husband ⟦N|Tomás Castañeda⟧ ⟦P|602-555-0172⟧
Report also sent to: ⟦N|Ramona Tsosie⟧, FNP, ⟦O|Native Health⟧ Central, fax ⟦F|602-555-0195⟧
`);

note("bone-marrow-pathology", `
HEMATOPATHOLOGY CONSULTATION REPORT                               ⟦O|ARUP Laboratories⟧ · ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧
Patient: ⟦N|Haddad, Georges Élie⟧           Sex: M    DOB: ⟦D|08-Mar-2051⟧    Client: ⟦H|Intermountain Medical Center⟧ (⟦C|Murray⟧)
Client MRN: ⟦M|IMC44718820⟧    ⟦O|ARUP⟧ Accession: ⟦I|H93-0447182⟧    Collected: ⟦D|11-May-2093⟧    Received: ⟦D|12-May-2093⟧
Physician: ⟦N|Anneliese Vogt-Mahoney⟧, MD (Hematology, ⟦O|Intermountain Blood & Marrow Transplant Program⟧)

SPECIMENS: A) Bone marrow aspirate smear and particle clot  B) Bone marrow core biopsy, left posterior iliac crest  C) Peripheral blood
CLINICAL HISTORY: 42-year-old man (DOB per client) with pancytopenia; Lebanese-born, moved from ⟦C|Beirut⟧ in ⟦D|2079⟧.
DIAGNOSIS:
  Hypercellular bone marrow (80%) with acute myeloid leukemia with mutated NPM1 (myeloblasts 46% by aspirate differential).
  - Flow cytometry (⟦I|F93-22041⟧): CD34-negative, CD117+, CD33+, HLA-DR-negative myeloid blast population.
  - Cytogenetics (⟦I|CG93-11804⟧): 46,XY[20]. FLT3-ITD detected (allelic ratio 0.31).
COMMENT: Results discussed with Dr. ⟦N|Vogt-Mahoney⟧ by Dr. ⟦N|Rosen⟧ on ⟦D|5/13/2093⟧ at 10:40 MT.
Reviewed with ⟦N|Carlos Ibáñez-Ortiz⟧, MD, PhD (molecular). Slides returned to ⟦N|Wendell Pratt⟧, HT(ASCP) ⟦D|05/20/93⟧.
Electronically signed by ⟦N|Miriam Rosen⟧, MD, Medical Director, Hematopathology ⟦D|13-May-2093⟧ 11:02
⟦O|ARUP Laboratories⟧ | ⟦S|500 Chipeta Way⟧ | ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ ⟦Z|84108⟧ | ⟦P|(800) 555-0154⟧ | ⟦U|www.aruplab.example/reports⟧
CLIA ⟦I|46D0523979⟧ · Patient phone on requisition ⟦P|801-555-0177⟧ · next of kin: brother ⟦N|Nabil Haddad⟧
`);

note("neurosurgery-operative-report", `
OPERATIVE REPORT

PATIENT: ⟦N|Kapoor, Devika⟧                  UNIT NO: ⟦M|3417729⟧
DATE OF PROCEDURE: ⟦D|02/19/2089⟧            LOCATION: ⟦H|Rhode Island Hospital⟧ OR 12
SURGEON: ⟦N|Matthias Oberhauser-Lee⟧, M.D.
ASSISTANTS: ⟦N|Tomasz Wróbel⟧, M.D. (resident); ⟦N|Keira Mac an Bhaird⟧, P.A.
ANESTHESIA: General, Dr. ⟦N|Hollis Ebbesen⟧
NEUROMONITORING: ⟦N|Oscar Paredes⟧, R.EP.T., ⟦O|Assured Neuro Monitoring⟧; reading physician Dr. ⟦N|Yvette Amankwah⟧ (remote)

PREOPERATIVE DIAGNOSIS: Right vestibular schwannoma, 2.8 cm, Koos III.
PROCEDURE: Right retrosigmoid craniotomy for resection of tumor with facial nerve monitoring; cranioplasty with titanium mesh.

INDICATIONS: Ms. ⟦N|Kapoor⟧ is a 46-year-old ⟦PROF|software engineer⟧ at ⟦O|CVS Health⟧ in ⟦C|Woonsocket⟧ with progressive hearing loss
and imbalance. Options were reviewed in clinic on ⟦D|January 24, 2089⟧ with her and her husband, ⟦N|Arjun Mehra⟧.

DESCRIPTION OF PROCEDURE: The patient was positioned park-bench with the head in Mayfield pins. A curvilinear incision ...
Gross total resection was achieved; the facial nerve stimulated at 0.05 mA at the brainstem at the end of the case.
Titanium mesh (⟦O|Stryker⟧, lot ⟦DEV|MSH-89-4471⟧) and 6 screws (lot ⟦DEV|SCR-3320-17⟧) were used for cranioplasty.
Estimated blood loss 150 mL. Specimen: tumor to pathology (⟦I|RIH-S89-10442⟧). Sponge and needle counts correct.

Dr. ⟦N|Oberhauser-Lee⟧ was present and scrubbed for the entire procedure.

⟦N|Matthias Oberhauser-Lee⟧, M.D.
⟦N|MOL⟧/⟦N|jgr⟧
DD: ⟦D|02/19/2089⟧ 17:44
DT: ⟦D|02/20/2089⟧ 06:12
Job #: ⟦I|004471882⟧
cc: ⟦N|Nadia Saleh⟧, M.D. (ENT), ⟦O|University Otolaryngology⟧, ⟦S|1 Hoppin St., Suite 200⟧, ⟦C|Providence⟧, ⟦STATE|RI⟧ ⟦Z|02903⟧
    ⟦N|Robert J. Ferrante⟧, D.O. (PCP), ⟦O|Blackstone Valley Community Health Care⟧, ⟦C|Pawtucket⟧
`);

note("pediatric-admission-hp", `
Pediatric Hospital Medicine — Admission H&P                       ⟦H|Hasbro Children's Hospital⟧
Patient: ⟦N|Pierre-Louis, Jean-Baptiste "JB"⟧   Age: 6 y   DOB: ⟦D|04/03/2087⟧   MRN: ⟦M|HC0447190⟧   Admit: ⟦D|4/11/93⟧ 23:10
PCP: Dr. ⟦N|Marie-Ange Célestin⟧, ⟦O|Providence Community Health Centers⟧ – ⟦H|Chafee Health Center⟧
Informant: mother, ⟦N|Rose-Marie Pierre-Louis⟧ (Haitian Creole; interpreter ⟦N|Wilner Jean⟧, ID ⟦I|2297⟧ from ⟦O|Language Link⟧)

CC: wheezing and cough x 2 days.
HPI: JB is a 6 yo boy with moderate persistent asthma, 3rd admission this year (last ⟦D|January 2093⟧ here, PICU at ⟦H|Boston Children's⟧ ⟦D|2091⟧).
 Started on ⟦DAY|Saturday⟧ with URI; albuterol q2h at home without relief.
Birth/Dev: term, born at ⟦H|Women & Infants Hospital⟧; 1st grade at ⟦O|Charles N. Fortes Elementary School⟧.
Social: lives with mother, grandmother ⟦N|Yvrose⟧ and sister ⟦N|Nadège⟧ (9) at ⟦S|88 Ontario St., 3rd floor⟧, ⟦C|Providence⟧ ⟦Z|02907⟧ (⟦LO|South Side⟧).
 Mold in the bathroom; landlord ⟦O|Elmwood Property Group⟧ notified. Mother works nights as a ⟦PROF|CNA⟧ at ⟦H|Hallworth House⟧.
 Father ⟦N|Jean-Claude⟧ lives in ⟦C|Port-au-Prince⟧, ⟦COUNTRY|Haiti⟧. Insurance: ⟦O|Neighborhood Health Plan of Rhode Island⟧ ⟦HP|NHP4471882⟧.
Exam: RR 48, SpO2 89% RA, diffuse wheeze, subcostal retractions. PRAM 8.
Plan: continuous albuterol, dexamethasone, Mg 50 mg/kg. Asthma education (⟦N|Colleen Barros⟧, RRT, AE-C). Home visit referral:
 Rhode Island Asthma Control Program / HARP ⟦P|401-555-0183⟧. School nurse Mrs. ⟦N|Almeida⟧ faxed asthma plan (⟦F|401-555-0188⟧).
Mother's cell ⟦P|401-555-0142⟧. Resident ⟦N|Hamza Siddiqui⟧, MD (PL-2); attending ⟦N|Ellen Thibault-Nwosu⟧, MD ⟦D|04/12/2093⟧ 01:15
`);

note("geriatrics-clinic-note", `
⟦H|Johns Hopkins Bayview Medical Center⟧ — Geriatric Medicine Clinic — Progress Note
Visit date: ⟦DAY|Tuesday⟧, ⟦D|14 March 2093⟧          Provider: ⟦N|Winifred Achebe-Stanton⟧, MD, AGSF
Patient: ⟦N|Ottoline "Lina" Fairweather⟧          MRN: ⟦M|BV-0884471⟧          Age: ⟦A|98⟧          Accompanied by: niece ⟦N|Cordelia Pratt⟧

Reason for visit: 3-month follow-up; memory; weight loss.
Interval history: Since her visit on ⟦D|12/13/92⟧, Miss ⟦N|Fairweather⟧ had one fall at home (no injury) and lost 2.3 kg. Her aide from
⟦O|Comfort Keepers⟧ (⟦N|Ramona⟧, 4 h/day) reports she skips lunch. She still plays piano at ⟦O|Patterson Park Baptist Church⟧ on ⟦DAY|Sundays⟧.
Born in ⟦C|Bridgetown⟧, ⟦COUNTRY|Barbados⟧, ⟦D|1995⟧; taught at ⟦O|Western High School⟧ for 31 years. Never married. Lives alone in a rowhouse at
⟦S|3109 Eastern Ave⟧, ⟦C|Baltimore⟧, ⟦STATE|MD⟧ ⟦Z|21224⟧ (⟦LO|Highlandtown⟧). POA: niece ⟦N|Cordelia Pratt⟧, ⟦P|410-555-0119⟧, ⟦E|cpratt.family@mail.example⟧.

Problem list
 1. Mild neurocognitive disorder (MoCA 21/30, was 23 ⟦D|9/2092⟧)
 2. HFpEF, NYHA II
 3. Osteoporosis — zoledronic acid ⟦D|6/2/92⟧
 4. Hearing loss — aids from ⟦O|Hearing Aid Center of Maryland⟧
Medications reviewed with pharmacist ⟦N|Dong-hyun Seo⟧, PharmD: stop diphenhydramine (Beers), continue donepezil 5 mg.
Exam: BP 132/70 seated, 118/64 standing. Wt 47.1 kg. Gait: TUG 17 s with cane.
Plan: Meals on Wheels via ⟦O|CHAI⟧ (⟦O|Comprehensive Housing Assistance Inc⟧); dietitian referral; OT home safety eval (⟦O|Hopkins Home Care⟧);
 MOLST reviewed — DNR, selective treatment. Return ⟦D|June 13, 2093⟧ with Dr. ⟦N|Achebe-Stanton⟧ or NP ⟦N|Fiona Gallagher-Shaw⟧.
Time 45 min, >50% counseling. — ⟦N|W. Achebe-Stanton⟧ ⟦D|3/14/2093⟧ 16:20
`);

note("vista-primary-care-note", `
LOCAL TITLE: PRIMARY CARE NOTE
STANDARD TITLE: PRIMARY CARE OUTPATIENT NOTE
DATE OF NOTE: ⟦D|JUL 19, 2092⟧@10:14     ENTRY DATE: ⟦D|JUL 19, 2092⟧@10:14:52
      AUTHOR: ⟦N|KALANI,MAKANA K⟧       EXP COSIGNER: ⟦N|FUJIMOTO,REIKO⟧
     URGENCY:                            STATUS: COMPLETED

Patient: ⟦N|Pereira, Domingos Augusto⟧  Last 4: ⟦SSN|4471⟧  Age 74
Clinic: ⟦H|VA Pacific Islands Health Care System⟧ - ⟦H|Leeward CBOC⟧ (⟦C|Kapolei⟧)   PACT teamlet: Green

Vet here for f/u DM2, PTSD, tinnitus. A1c 8.4 (was 7.9 ⟦D|Mar 2092⟧). Served ⟦O|USMC⟧ 2nd Bn 3rd Marines; Agent Orange exposure registered.
Wife ⟦N|Leinaala⟧ manages meds; son ⟦N|Kekoa Pereira⟧ is at ⟦LO|Schofield Barracks⟧ (⟦O|US Army⟧). Works part time as ⟦PROF|security guard⟧
at ⟦LO|Ka Makana Ali'i⟧ mall. Home: ⟦S|91-1021 Kaiau Ave⟧, ⟦C|Kapolei⟧, ⟦STATE|HI⟧ ⟦Z|96707⟧. Grew up in ⟦C|Ponta Delgada⟧, ⟦COUNTRY|Portugal⟧ (Azores).
PTSD: followed by Dr. ⟦N|Kahale⟧ in MH; PCL-5 38. Vet Center counselor ⟦N|Gus Mahoe⟧ at ⟦H|Honolulu Vet Center⟧ ⟦P|808-555-0139⟧.
Plan: add empagliflozin 10 mg. Retinal imaging ⟦D|8/2/92⟧. Audiology ⟦H|Spark M. Matsunaga VA Medical Center⟧.
Next PACT visit ⟦D|10/18/2092⟧. Telehealth via ⟦U|https://vvc.va.example/join/4471kap⟧.

/es/ ⟦N|MAKANA K KALANI⟧
NURSE PRACTITIONER
Signed: ⟦D|07/19/2092⟧ 11:02

/es/ ⟦N|REIKO FUJIMOTO⟧
PHYSICIAN
Cosigned: ⟦D|07/20/2092⟧ 07:45
`);

note("infectious-disease-consult", `
Infectious Diseases Consultation
⟦H|Tufts Medical Center⟧, ⟦S|800 Washington St⟧, ⟦C|Boston⟧ · Date ⟦D|2094-01-08⟧ · Requested by ⟦N|Ibrahim Darwish⟧, MD (Cardiac Surgery)
Patient ⟦N|Lucero Benavides-Strand⟧ · MRN ⟦M|TMC-00448172⟧ · 61 F · Consultant ⟦N|Ngozi Ekwueme⟧, MD · Fellow ⟦N|Aleksander Nowicki⟧, MD

Reason: MSSA bacteremia, prosthetic aortic valve (On-X, implanted ⟦D|2089⟧ at ⟦H|Lahey⟧ by Dr. ⟦N|Gianluca Bertolini⟧).
HPI: Fevers since ⟦D|Dec 30⟧. Blood cultures ⟦D|1/5⟧ 4/4 MSSA at ⟦H|Lowell General Hospital⟧; transferred ⟦D|1/6⟧.
 TEE ⟦D|1/7/2094⟧ (Dr. ⟦N|Hui Min Teo⟧): 9 mm vegetation, small paravalvular abscess.
Exposures: works as a ⟦PROF|dental hygienist⟧ at ⟦O|Smile Avenue Dental⟧ in ⟦C|Chelmsford⟧; cat at home; no IVDU. Recent dental cleaning ⟦D|12/12/2093⟧.
 Travel: visited family in ⟦C|Cuenca⟧, ⟦COUNTRY|Ecuador⟧ ⟦D|Oct 2093⟧.
Micro: BCx ⟦D|1/6⟧ and ⟦D|1/7⟧ no growth to date (accessions ⟦I|BC94-00124⟧, ⟦I|BC94-00131⟧).
Assessment: PVE with abscess, MSSA. Surgical indication.
Recommendations:
 1. Cefazolin 2 g IV q8h + rifampin 300 mg PO q8h (start after blood cultures clear) + gentamicin x 2 weeks.
 2. Agree with redo AVR; send valve for culture and 16S (⟦O|University of Washington⟧ molecular lab).
 3. OPAT planning after surgery: ⟦O|Coram CVS Specialty Infusion⟧; weekly labs faxed to ID clinic ⟦F|617-555-0163⟧.
Discussed with Dr. ⟦N|Darwish⟧ and with the patient's husband ⟦N|Erik Strand⟧ (⟦P|978-555-0150⟧).
⟦N|N. Ekwueme⟧, MD — ID pager ⟦P|617-555-0199⟧ — ⟦D|01/08/2094⟧ 17:45
`);

note("palliative-care-consult", `
Palliative Care Consult Note · ⟦H|Ochsner Medical Center⟧ – ⟦S|Jefferson Hwy⟧ · ⟦D|Aug. 3, 2096⟧
Pt: ⟦N|Fontenot, Marie-Thérèse "Tee"⟧ · MRN ⟦M|OMC55044718⟧ · ⟦A|91⟧ y/o F · Primary team: Hospital Medicine (Dr. ⟦N|Kiran Bajwa⟧)
Consultant: ⟦N|Lucien Arceneaux⟧, MD, HMDC · SW: ⟦N|Jolie Hebert⟧, LCSW · Chaplain: Fr. ⟦N|Thomas Nguyen-Boudreaux⟧

Reason: goals of care; metastatic pancreatic cancer with malignant ascites; recurrent admissions (⟦D|6/20⟧, ⟦D|7/9⟧, ⟦D|7/31/96⟧).
Family meeting ⟦D|8/3⟧ 14:00 with daughters ⟦N|Claudette Fontenot-Guidry⟧ (HCPOA, ⟦P|985-555-0118⟧) and ⟦N|Annette⟧, son ⟦N|Alcide "Bubba" Fontenot⟧
 (driving from ⟦C|Opelousas⟧), and granddaughter ⟦N|Brielle⟧, a nurse at ⟦H|Lafayette General⟧.
 Patient, who is ⟦A|91⟧ and clear, said "I want to go home to the bayou." She grew up in ⟦C|Cut Off⟧; married 62 years to the late ⟦N|Clovis Fontenot⟧.
Symptoms: pain 6/10 → hydromorphone PCA changed to PO 4 mg q3h prn; nausea — olanzapine 2.5 qhs.
Plan: DNR/DNI; LA POST completed; home hospice with ⟦O|Passages Hospice⟧ (liaison ⟦N|Kayla Duhon⟧ ⟦P|985-555-0127⟧), PleurX/peritoneal catheter by IR ⟦D|8/5⟧.
Home: ⟦S|4471 Hwy 1⟧, ⟦C|Raceland⟧, ⟦STATE|LA⟧ ⟦Z|70394⟧ (⟦LO|Lafourche Parish⟧). Church: ⟦O|St. Hilary of Poitiers Catholic Church⟧.
Total time 95 min. ⟦N|Lucien Arceneaux⟧, MD ⟦D|08/03/2096⟧ 16:40
`);

note("snf-transfer-summary", `
Interfacility Transfer / Continuity of Care Document — ⟦H|Hennepin Healthcare⟧ (⟦H|HCMC⟧) → ⟦H|Walker Methodist Health Center⟧
Transfer date: ⟦D|18-Feb-2091⟧      Patient: ⟦N|Abdirahman, Hodan Yusuf⟧      DOB: ⟦D|1 July 1950⟧      MRN: ⟦M|HC-04471880⟧
Discharging physician: ⟦N|Peder Solberg⟧, MD      Receiving physician: ⟦N|Gabrielle Turcotte⟧, MD      Report given to: ⟦N|Amina Warsame⟧, LPN

Diagnoses: Left MCA ischemic stroke (⟦D|2/9/91⟧) with right hemiparesis and expressive aphasia; DM2; HTN; hepatitis B carrier.
Brief course: tPA not given (outside window); thrombectomy ⟦D|2/9⟧ (TICI 3) by Dr. ⟦N|Oyinkansola Bamgbose⟧. PEG placed ⟦D|2/14⟧ (Dr. ⟦N|Haugen⟧).
Functional status: max assist transfers; NPO except pleasure feeds (SLP ⟦N|Rachel Lindahl-Omar⟧, MS, CCC-SLP).
Tube feeding: Glucerna 1.5 at 55 mL/h. PEG lot ⟦DEV|MIC-20F-88104⟧.
Allergies: none. Code: full.
Language: Somali; interpreter via ⟦O|Minnesota Interpreting Services⟧. Decision maker: son ⟦N|Abdullahi Mohamed⟧, ⟦P|612-555-0190⟧;
 daughter ⟦N|Ifrah⟧ studies nursing at ⟦O|Minneapolis College⟧. Family imam Sheikh ⟦N|Abdisalam Adan⟧ of ⟦O|Abubakar As-Saddique Islamic Center⟧.
Home before admission: ⟦S|1920 S. 4th St., Apt 1412⟧ (⟦LO|Cedar-Riverside⟧), ⟦C|Minneapolis⟧ ⟦Z|55454⟧.
Insurance: ⟦O|Medica⟧ ⟦HP|MDC-88104472⟧; MA ⟦HP|00447182⟧.
Follow-up: stroke clinic ⟦H|HCMC Clinic & Specialty Center⟧ ⟦D|3/20/2091⟧ 10:00 with ⟦N|Ilse Brandt⟧, CNP; ⟦P|612-555-0170⟧.
Prepared by ⟦N|Marcus Lindqvist-Ali⟧, RN CM ⟦D|02/18/91⟧ 09:40; fax sent to ⟦F|612-555-0146⟧ (⟦H|Walker⟧ admissions) by ⟦UN|mlindqv1⟧.
`);

note("nuclear-stress-test-report", `
Myocardial Perfusion Imaging — Regadenoson SPECT
⟦O|Mid America Heart Institute⟧ · ⟦H|Saint Luke's Hospital of Kansas City⟧ · ⟦S|4401 Wornall Rd⟧, ⟦C|Kansas City⟧, ⟦STATE|MO⟧ ⟦Z|64111⟧
Name: ⟦N|Delacroix-Okoye, Bernard⟧ | MRN: ⟦M|SL4471825⟧ | DOB: ⟦D|03/22/2027⟧ | Study date: ⟦D|10/10/2092⟧ | Accession: ⟦I|NM2092-18840⟧
Referring: ⟦N|Ingrid Aas⟧, MD | Supervising: ⟦N|Themba Dlamini⟧, MD | Technologist: ⟦N|Kory Vandenberg⟧, CNMT | Reader: ⟦N|Abigail Chu-Ferris⟧, MD

Indication: chest pressure on exertion; unable to walk on treadmill (L BKA ⟦D|2088⟧).
Protocol: 1-day rest/stress, Tc-99m sestamibi 10.4/31.2 mCi. Regadenoson 0.4 mg. HR 62→88. BP 138/80→128/74. Dyspnea, no chest pain.
ECG: no ischemic changes.
Perfusion: medium-size, moderate-severity reversible defect of the inferolateral wall (SSS 9, SRS 1, SDS 8).
Gated: post-stress LVEF 48%, TID 1.14.
Impression: Abnormal — ischemia in LCx territory, ~12% of myocardium. Intermediate-high risk.
Results called to Dr. ⟦N|Aas⟧'s office (⟦N|Sheri⟧) ⟦D|10/10/92⟧ 15:40.
Patient lives in ⟦C|Overland Park⟧, ⟦STATE|KS⟧; wife ⟦N|Adaora⟧ ⟦P|913-555-0161⟧. Retired ⟦PROF|machinist⟧, ⟦O|Garmin⟧; ⟦O|IAM District 71⟧ retiree plan ⟦HP|IAM71-004471⟧.
Electronically signed ⟦N|Abigail Chu-Ferris⟧, MD, FASNC on ⟦D|10/10/2092⟧ at 16:02. Camera: Discovery NM 530c SN ⟦DEV|NM530-11872⟧.
`);

note("dermatology-clinic-letter", `
⟦O|Dermatology Associates of Colorado⟧
⟦S|1420 S. Potomac St, Suite 300⟧, ⟦C|Aurora⟧ ⟦STATE|CO⟧ ⟦Z|80012⟧

⟦D|30 October 2094⟧

⟦N|Lindsay Okamura⟧, PA-C
⟦O|Kaiser Permanente⟧ ⟦H|Aurora Centrepoint Medical Offices⟧
⟦S|14701 E. Exposition Ave⟧
⟦C|Aurora⟧, ⟦STATE|CO⟧ ⟦Z|80012⟧

Dear ⟦N|Lindsay⟧,

RE: ⟦N|Giuseppina Ferraro-Blackfeather⟧ (DOB ⟦D|05/17/2031⟧)

I saw your patient today for the pigmented lesion of her left upper back. Dermoscopy showed an atypical network with regression.
I performed an excisional biopsy (⟦I|DAC-P94-22190⟧); ⟦O|ProPath⟧ read it as melanoma in situ, lentigo maligna type, margins clear by 2 mm.
She asked that results also go to her daughter, ⟦N|Renata Blackfeather⟧, who is a ⟦PROF|pharmacist⟧ at ⟦O|King Soopers⟧ in ⟦C|Parker⟧.
She spends winters in ⟦C|Tucson⟧ at her sister ⟦N|Carmela⟧'s house and asked for a dermatologist there: I suggested Dr. ⟦N|Omar El-Khoury⟧ at
⟦O|Southwest Skin Specialists⟧.
Plan: wide local excision with 5 mm margins on ⟦D|November 14⟧ with Dr. ⟦N|Sunniva Thorsen⟧; total body skin exams every 6 months.

Yours sincerely,

⟦N|Beatriz Almeida-Koenig⟧, MD, FAAD
⟦N|BAK⟧/⟦N|mt⟧
cc: ⟦N|Giuseppina Ferraro-Blackfeather⟧, ⟦S|2871 S. Joplin Way⟧, ⟦C|Aurora⟧ ⟦Z|80013⟧
    ⟦N|Sunniva Thorsen⟧, MD (Mohs surgery)
`);

note("rheumatology-new-patient", `
Rheumatology New Patient Evaluation — ⟦H|University of Michigan Health⟧ — ⟦H|Taubman Center⟧ Clinic
Date of service: ⟦D|02/27/2090⟧   Patient: ⟦N|Mansour, Rania⟧ (preferred name ⟦N|Rania Mansour-Diaz⟧)   MRN ⟦M|UM-11804471⟧
Referring provider: Dr. ⟦N|Theodore Vukovich⟧, ⟦H|IHA Canton Health Center⟧ · Attending: ⟦N|Soo-ah Park-Lindgren⟧, MD · Fellow: ⟦N|Oghenekaro Efe⟧, MD

HPI: 38-year-old ⟦PROF|middle school teacher⟧ (⟦O|Dearborn Public Schools⟧) with 5 months of symmetric small-joint polyarthritis, 90 minutes of
morning stiffness, malar rash after a trip to ⟦C|Beirut⟧ in ⟦D|August 2089⟧, oral ulcers and Raynaud's. ANA 1:1280 speckled, dsDNA 212.
PMH: preeclampsia with first pregnancy (⟦D|2084⟧, ⟦H|Beaumont Hospital⟧, ⟦C|Dearborn⟧). Meds: naproxen prn, OCP (drospirenone/EE).
Family history: mother ⟦N|Samira⟧ has hypothyroidism; maternal aunt ⟦N|Hala Khoury⟧ has lupus, followed at ⟦H|Henry Ford Hospital⟧.
Social: married to ⟦N|Luis Diaz⟧, ⟦PROF|firefighter⟧ (⟦O|Detroit Fire Department⟧); two children; lives in ⟦C|Dearborn Heights⟧; attends
⟦O|St. Sharbel Maronite Catholic Church⟧. Non-smoker.
Exam: synovitis of MCPs 2-3 bilaterally and both wrists; malar erythema; 2 painless palatal ulcers.
Assessment: SLE (EULAR/ACR 2019 score 22) with arthritis, mucocutaneous disease; stop estrogen-containing OCP (APL panel pending).
Plan: hydroxychloroquine 400 mg daily (baseline OCT with ⟦O|Kellogg Eye Center⟧); prednisone 10 mg taper; labs via ⟦O|Quest Diagnostics⟧.
 Return ⟦D|4/10/2090⟧. Nurse line ⟦P|734-555-0102⟧; MyUofMHealth message to ⟦UN|rmansour.diaz⟧.
Seen with fellow; I personally examined the patient. ⟦N|Soo-ah Park-Lindgren⟧, MD ⟦D|2/27/90⟧ 12:05
`);

note("trauma-tertiary-survey", `
Trauma Tertiary Survey — ⟦H|University Hospital⟧ (⟦H|University Health⟧), ⟦C|San Antonio⟧ — ⟦D|05-06-2097⟧ 07:30
Name: ⟦N|Garza-Villarreal, Eustacio "Tacho"⟧      MRN: ⟦M|UH7044188⟧      Trauma #: ⟦I|T97-01882⟧      Age: 44      Arrived: ⟦D|05-05-2097⟧ 02:11
Mechanism: rollover MVC on ⟦S|I-35⟧ near ⟦C|Pearsall⟧, restrained driver; flown by ⟦O|AirLIFE⟧ (flight RN ⟦N|Carmen Ybarra⟧).
Surgeon: ⟦N|Hemi Ngata-Rhodes⟧, MD · Resident: ⟦N|Sofía Landa-Cisneros⟧, MD · Trauma NP: ⟦N|Brent Kowalski⟧, ACNP-BC

Injuries identified:
 1. Grade III splenic laceration — nonoperative, IR embolization ⟦D|5/5⟧ (Dr. ⟦N|Ravindra Pillai⟧)
 2. L 2nd–6th rib fractures, L hemopneumothorax — chest tube ⟦D|5/5⟧
 3. R distal radius fracture — NEW on tertiary survey, XR ⟦D|5/6⟧ (acc ⟦I|XR97-0506-221⟧), splinted by ortho (Dr. ⟦N|Ibe⟧)
 4. Scalp laceration, 6 cm — stapled
Medications: home — lisinopril; here — hydromorphone PCA, enoxaparin after spleen stable.
Social: works as a ⟦PROF|welder⟧ for ⟦O|Zachry Group⟧ in ⟦C|Three Rivers⟧; lives in ⟦C|Dilley⟧ (⟦LO|Frio County⟧). Wife ⟦N|Yolanda⟧ and mother
 Doña ⟦N|Refugio Villarreal⟧ (⟦A|93⟧) at bedside; brother ⟦N|Rogelio Garza⟧ ⟦P|830-555-0104⟧. Passenger (cousin ⟦N|Beto Garza⟧) at ⟦H|Brooke Army Medical Center⟧.
Police: ⟦O|Texas Department of Public Safety⟧ trooper ⟦N|K. Hollister⟧, report ⟦I|DPS-97-050544⟧.
Plan: trauma clinic ⟦D|5/20/2097⟧, ⟦H|University Health Robert B. Green Campus⟧, ⟦S|903 W. Martin St.⟧, ⟦C|San Antonio⟧ ⟦Z|78207⟧, ⟦P|210-555-0135⟧.
Signed ⟦N|Sofía Landa-Cisneros⟧, MD ⟦D|5/6/97⟧ 08:40 / attending attestation ⟦N|H. Ngata-Rhodes⟧ ⟦D|5/6/97⟧ 12:10
`);

note("polysomnography-report", `
POLYSOMNOGRAPHY REPORT (Diagnostic, attended, Type I)
Sleep Disorders Center of ⟦H|Virginia Mason Franciscan Health⟧ · ⟦H|St. Joseph Medical Center⟧, ⟦C|Tacoma⟧, ⟦STATE|WA⟧
Patient: ⟦N|Nakamura-Oduya, Kenji⟧   DOB: ⟦D|3/3/1969⟧   Study #: ⟦I|PSG-91-0447⟧   Study date: night of ⟦D|9/12/91⟧ → ⟦D|9/13/91⟧   MRN: ⟦M|VM44718820⟧
Ordering: ⟦N|Siobhan Keane-Rutherford⟧, ARNP   Scorer: ⟦N|Darnell Whitcomb⟧, RPSGT   Interpreting: ⟦N|Ezinne Chukwu⟧, MD, D-ABSM
Indications: loud snoring, witnessed apneas (per wife ⟦N|Akua⟧), ESS 16, BMI 36.
Results: TST 372 min, SE 81%. AHI 41.6/h (supine 68, non-supine 22). RDI 48. SpO2 nadir 76%, T<88% 34 min. PLMI 4.
Impression: severe obstructive sleep apnea.
Recommendations: CPAP titration (split not met); or APAP 5–15 cm; DME ⟦O|Apria Healthcare⟧ (⟦P|253-555-0188⟧); drowsy driving counseling —
 he is a ⟦PROF|long-haul truck driver⟧ for ⟦O|Swift Transportation⟧ (DOT medical examiner ⟦N|Rick Fasano⟧, DC, ⟦O|Concentra⟧ ⟦C|Fife⟧ notified with consent).
Signed: ⟦N|Ezinne Chukwu⟧, MD ⟦D|September 15, 2091⟧ · Device Embla N7000 SN ⟦DEV|N7K-00448172⟧ · Raw data on ⟦IP|10.88.4.71⟧
Home: ⟦S|5201 N. 46th St⟧, ⟦C|Ruston⟧, ⟦STATE|WA⟧ ⟦Z|98407⟧. Cell ⟦P|253-555-0109⟧.
`);

note("discharge-summary-with-addenda", `
DISCHARGE SUMMARY                                          ⟦H|Yale New Haven Hospital⟧ – ⟦H|York Street Campus⟧
Name: ⟦N|Okonjo, Ngozi Adaeze⟧   MRN: ⟦M|MR00448172⟧   Admission: ⟦D|10.03.2092⟧   Discharge: ⟦D|10.11.2092⟧   Attending: ⟦N|Ruth-Ann Coughlin⟧, MD
Service: Medicine, Firm B   Resident: ⟦N|Tobias Grünfeld⟧, MD   PCP: ⟦N|Babajide Ogunleye⟧, MD, ⟦O|Cornell Scott-Hill Health Center⟧

Diagnoses: 1) sickle cell disease (HbSS) with vaso-occlusive crisis; 2) acute chest syndrome (⟦D|10/5⟧); 3) iron overload.
Course: PCA hydromorphone; simple transfusion 2 u ⟦D|10/5⟧ (units ⟦I|W0364 92 118824⟧, ⟦I|W0364 92 118831⟧); incentive spirometry; CTA negative for PE.
 Hematology (Dr. ⟦N|Ebenezer Amoako-Twum⟧) restarted hydroxyurea 1,500 mg and voxelotor.
Social: 27-year-old graduate student at ⟦O|Yale School of Public Health⟧; from ⟦C|Enugu⟧, ⟦COUNTRY|Nigeria⟧; lives with roommate ⟦N|Priya⟧ at
 ⟦S|77 Howe St., Apt 5C⟧, ⟦C|New Haven⟧, ⟦STATE|CT⟧ ⟦Z|06511⟧. Mother ⟦N|Chinwe Okonjo⟧ in ⟦C|Houston⟧ (⟦P|+1 832 555 0171⟧).
Follow-up: adult sickle cell clinic, ⟦D|October 20, 2092⟧, 2:00 PM, ⟦S|20 York Street⟧, ⟦P|203-555-0110⟧; PCP ⟦D|10/24/92⟧.
Discharge condition: good. Pain 3/10 on oral regimen.
Electronically signed: ⟦N|Tobias Grünfeld⟧, MD ⟦D|10/11/2092⟧ 16:02; ⟦N|Ruth-Ann Coughlin⟧, MD ⟦D|10/12/2092⟧ 09:15

ADDENDUM #1 (⟦D|10/12/2092⟧, ⟦N|T. Grünfeld⟧): ferritin 3,410 resulted after discharge; message left for pt; hematology (⟦N|Amoako-Twum⟧) to start
 deferasirox at clinic.
ADDENDUM #2 (⟦D|10/14/2092⟧, ⟦N|Marisol Ocasio⟧, RN, care coordinator): pt called ⟦P|203-555-0122⟧ — pharmacy ⟦O|CVS⟧ #2204 on ⟦S|Whalley Ave⟧ needs
 prior auth for voxelotor; PA ⟦I|PA-92-1014-7712⟧ submitted to HUSKY Health (member ⟦HP|HUSKY-004471882⟧).
ADDENDUM #3 (⟦D|10/20/2092⟧, ⟦N|Ruth-Ann Coughlin⟧, MD): seen in clinic by Dr. ⟦N|Amoako-Twum⟧; doing well. No changes to summary.
`);

note("transplant-clinic-note", `
Kidney Transplant Clinic — Follow-up Visit
⟦H|Methodist J.C. Walter Jr. Transplant Center⟧ · ⟦H|Houston Methodist Hospital⟧ · ⟦S|6550 Fannin St⟧, ⟦C|Houston⟧, ⟦STATE|TX⟧ ⟦Z|77030⟧
Visit: ⟦D|12/07/2094⟧ · Patient: ⟦N|Bùi, Thanh Hương⟧ · MRN ⟦M|HM-77044182⟧ · UNOS ID ⟦I|ABC4471⟧ · Transplant coordinator: ⟦N|Rocío Saldaña⟧, RN, CCTC
Provider: ⟦N|Emeka Nwankwo-Sterling⟧, MD (transplant nephrology); pharmacist ⟦N|Ji-woo Han⟧, PharmD, BCTXP

Deceased-donor kidney transplant ⟦D|03/18/2094⟧ (KDPI 34%) by Dr. ⟦N|Arturo Villaseñor⟧; cause of ESRD IgA nephropathy; HD at ⟦O|DaVita⟧ ⟦H|Bellaire Dialysis⟧ ⟦D|2089⟧–⟦D|2094⟧.
Today: Cr 1.2 (baseline 1.1–1.3), tacrolimus trough 6.8, BK PCR negative, DSA negative (⟦D|11/2094⟧). BP 128/78.
Medications: tacrolimus XR 4 mg, mycophenolate 500 bid, prednisone 5, valganciclovir stopped ⟦D|9/18⟧, TMP-SMX SS daily.
Social: ⟦PROF|nail technician⟧, back at work ⟦D|Sept 2094⟧ at her sister ⟦N|Thanh Mai⟧'s salon in ⟦LO|Little Saigon⟧ (⟦LO|Alief⟧). Husband ⟦N|Phạm Văn Long⟧.
 Son ⟦N|Kevin Pham⟧ is at ⟦O|University of Houston⟧ and drives her; ⟦P|832-555-0136⟧. Temple: ⟦O|Chùa Việt Nam⟧.
Insurance: Medicare Part B ⟦HP|2RT7-QF4-HN81⟧ (immunosuppressant coverage); secondary ⟦O|Blue Cross Blue Shield of Texas⟧ ⟦HP|ZGT448817201⟧.
Plan: labs monthly at ⟦O|Labcorp⟧ ⟦S|9200 Bellaire Blvd⟧; next visit ⟦D|03/2095⟧ (one-year biopsy). After-hours transplant line ⟦P|713-555-0100⟧.
⟦N|E. Nwankwo-Sterling⟧, MD · ⟦D|12/7/2094⟧ 11:30 · portal ⟦U|https://mychart.houstonmethodist.example⟧
`);

write();
