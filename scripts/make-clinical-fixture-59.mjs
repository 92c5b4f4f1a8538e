// Why this file exists: builds test/fixtures/clinical-notes-59.jsonl, a fifty-ninth labelled set of clinical texts
// written by hand in stop 59 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 57 and 58's generators, fixture 46's (the one earlier fixture of oncology trials),
// fixture-io.mjs, test/clinical-notes-58.test.ts and the opening comments of the other generators were read for the
// form, the labels and the registers already held; fixture 60, written blind at the same time by another helper, was
// not read), in the register of CLINICAL RESEARCH AND TRIALS at US sites, across specialties (cardiology, neurology,
// pulmonary, hepatology, psychiatry, paediatrics, vaccines, devices, oncology cooperative groups, NIH networks):
// pre-screening and screening logs, enrolment notes, informed consent documentation (a witness for a subject who
// cannot read, a legally authorised representative, an interpreter, a short form, a re-consent, an assent), eligibility
// checklists, subject visit notes, adverse event and serious adverse event reports (with admissions at outside
// hospitals), a pregnancy report, protocol deviation logs, monitoring visit reports and a CRA's follow-up letter, an
// IRB approval letter and a reportable event form, sponsor and CRO e-mails, EDC data queries, specimen shipping
// manifests (couriers, central labs, biobanks), a dry-ice shipment exception, registry abstraction forms, subject
// payment and stipend logs, study drug accountability and a temperature excursion, an IWRS confirmation, device trial
// implant records, long-term follow-up phone calls, a lost-to-follow-up search, a coordinator's chat, a DSMB
// request, a vaccine trial's reactogenicity diary review, an unblinding request. 10 in ALL CAPS, 10 in lower case,
// the rest (25) mixed.
// Regions (towns invented or real, states real): Iowa City, Cedar Rapids and Ottumwa; Danville and Wilkes-Barre;
// Cleveland and Akron; Atlanta, Marietta, East Point, Decatur, Macon, Milledgeville and Augusta; Denver, Aurora and
// Castle Rock; Richmond and Petersburg; New Orleans, Houma, Shreveport and Minden; Columbia, Baltimore and Towson;
// Gallup and Crownpoint; Durham and Rocky Mount; Madison and Janesville; La Jolla and Chula Vista; Lexington, Hazard
// and Whitesburg; Little Rock and Fayetteville; Sacramento and Davis; Portland, Gresham and Cambridge; Rochester,
// Winona, Owatonna and Albert Lea; Seattle and Everett; Allentown and Charleston; Murray and West Valley City; Phoenix,
// Mesa, Globe, Miami (Arizona), Scottsdale and Flagstaff; Pittsburgh and Johnstown; Indianapolis and Muncie; Pine
// Ridge; Columbus and Philadelphia; Fargo and Mayville; St. Louis; Jackson and Canton (Mississippi); Kansas City;
// Dallas and Tyler; Honolulu, Waipahu and Hilo; Ann Arbor and Dearborn; Hershey and Harrisburg; Temple and Killeen.
// PHI forms sought: names of many origins (Igbo, Yoruba, Ghanaian, Haitian, Dominican, Mexican with two surnames,
// Guatemalan K'iche', Vietnamese, Hmong, Korean, Chinese, Filipino, Punjabi, Tamil, Bengali, Pakistani, Arab, Somali,
// Amharic, Russian, Ukrainian, Polish, Greek, Italian, Irish, Norwegian, Ashkenazi, Cajun, Navajo, Lakota, Yup'ik,
// Native Hawaiian, Samoan), subjects' initials ("J-PB", "RTA"), "LAST, FIRST" rows, relatives and LARs, witnesses and
// interpreters, PIs, sub-investigators, coordinators, research nurses, monitors (CRAs), sponsor medical monitors, IRB
// chairs and analysts, couriers' drivers, staff initials and sign-offs; dates as "04/22/2099", "4/22/99",
// "22-APR-2099", "22APR2099", "2099-04-22", "April 22, 2099", "Apr 22", month and year, bare years, visit windows, years
// of birth; ages over 89; phones, toll-free lines, faxes, extensions, pagers, e-mails, URLs of portals, an IP of an
// e-consent audit trail; MRNs beside subject and screening numbers; subject, screening, randomisation, enrolment,
// specimen, accession, requisition, kit-box shipment, air waybill and tracking numbers, registry ids, participant
// payment card numbers, check numbers, query ids, SAE case numbers of the sponsor, deviation ids of a subject's record,
// device serials (a neurostimulator, its leads and programmers, an occluder, ECG carts, data loggers, a centrifuge,
// a pharmacy fridge, a laptop's asset tag), member numbers
// (HEALTHPLAN), portal user names.
// Hard negatives: drugs and study products (placebo, apixaban, tirzepatide, lecanemab, donepezil, esketamine,
// psilocybin, cabotegravir, hydroxyurea, cetuximab, methylprednisolone, palivizumab, metformin, filgrastim), scales and
// tests (MoCA, MMSE, CDR-SB, ADAS-Cog13, NPI-Q, NIHSS, mRS, PHQ-9, MADRS, C-SSRS, KCCQ-CSS, 6MWT, FEV1, FACT-Cog,
// CTCAE grade 3, Child-Pugh A, MELD 11, NT-proBNP, QTcF, ARIA-H), trial words (C1D1, V3, EOT, LTFU, SAE, AE, ICF,
// HIPAA authorisation, IWRS, EDC, eCRF, SDV, PI, Sub-I, CRC, CRA, DSMB, GCP, IB v9, 45 CFR 46.405, 21 CFR 50.52, UN1845),
// NCT numbers, protocol numbers, IRB numbers, site numbers, kit and lot numbers.
// Labelling follows fixtures 46, 57 and 58: weekdays are `ignored` (DAY), as are states and countries; clock times,
// relative dates, visit and cycle labels (V3, C2D1, Week 12, Day 28) are left unlabelled; ages under 90 are no PHI,
// and an age over 89 is the number only; subjects' initials and staff initials are PHI; titles, degrees, credentials
// (MD, RN, CCRP, CRA), relations and cue words stay outside the name; hospitals, clinics, cancer centres, clinical
// research units of a hospital and outside emergency departments are HOSPITAL; sponsors, CROs, central labs, biobanks,
// couriers, IRBs (central and a university's), universities, cooperative groups and networks named as bodies,
// foundations, payment vendors, interpreters' agencies and pharmacies are ORGANIZATION; counties and named buildings
// that are no hospital are LOCATION-OTHER; P.O. boxes STREET; MRNs MRN; member numbers HEALTHPLAN; subject,
// screening, randomisation, specimen, accession, requisition, shipment, tracking, payment card, check, case, query and
// registry ids ID; serials DEVICE; portal ids USERNAME; extensions and pagers PHONE. NCT numbers, sponsor protocol
// numbers and public codes, IRB numbers, site numbers, drug lot and kit numbers, form numbers, versions of consent
// forms and of the protocol stay unlabelled (they name a study, a site or a batch, not the person), as do the bare
// acronyms of federal agencies used as rule or office (FDA, OHRP, NIH's institutes named only inside a grant number).
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large universities, hospitals, CROs, couriers and companies are real, named as such); nothing is copied from any
// corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-58 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-59.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-59.jsonl", "make-clinical-fixture-59");
// ======================================================== ALL CAPS (10) ========================================================

note("prescreening-log-caps", `
PRE-SCREENING LOG - PROTOCOL CRD-8814-301 (NCT07221846) - SITE 118 - ⟦H|UNIVERSITY OF IOWA HOSPITALS & CLINICS⟧, ⟦C|IOWA CITY⟧ ⟦STATE|IA⟧
SPONSOR: ⟦O|VELLORA CARDIOMETABOLIC INC⟧   CRO: ⟦O|SYNEOS HEALTH⟧   PI: ⟦N|HALVARD ENGEBRETSEN⟧, MD   CRC: ⟦N|DESHAWN PRUITT-OYELARAN⟧, CCRC
DATE REVIEWED  MRN          NAME                       AGE  SOURCE                 OUTCOME                 NOTES
⟦D|03/02/2099⟧     ⟦M|04418276⟧     ⟦N|MCCUTCHEON, DORIS ANN⟧         71   HF CLINIC DR. ⟦N|VO⟧         NOT ELIGIBLE            EGFR 22
⟦D|03/02/2099⟧     ⟦M|02297114⟧     ⟦N|TRAN, QUOC BAO⟧                64   ECHO LAB               APPROACHED ⟦D|3/9⟧        DECLINED - DISTANCE (⟦C|OTTUMWA⟧)
⟦D|03/04/2099⟧     ⟦M|05510839⟧     ⟦N|OSEI-BONSU, AKOSUA⟧            58   INPATIENT 6RC          SCREENED ⟦D|3/11⟧         SCR # ⟦I|118-0042⟧
⟦D|03/05/2099⟧     ⟦M|01187426⟧     ⟦N|VANDERWAL, KENNETH P⟧          ⟦A|91⟧   ⟦H|MERCY CEDAR RAPIDS⟧     NOT ELIGIBLE            AGE > 85
⟦D|03/08/2099⟧     ⟦M|06624401⟧     ⟦N|RAMIREZ GODINEZ, ELVIA⟧        49   EPIC BPA               SCREENED ⟦D|3/15⟧         SCR # ⟦I|118-0043⟧, SPANISH ICF
⟦D|03/09/2099⟧     ⟦M|03318850⟧     ⟦N|HOLLOWAY, TERRENCE⟧            66   DR. ⟦N|ENGEBRETSEN⟧        PENDING LABS            CALL WIFE ⟦N|GLORIA⟧ ⟦P|319-555-0164⟧
REVIEWED BY ⟦N|DPO⟧ ⟦D|03/10/2099⟧; PI SIGN-OFF ⟦N|HE⟧ ⟦D|03/12/2099⟧. LOG KEPT ON ⟦O|UNIVERSITY OF IOWA⟧ SECURE DRIVE; DO NOT EMAIL MRNS TO ⟦O|SYNEOS⟧.
`);

note("eligibility-checklist-caps", `
ELIGIBILITY CHECKLIST - PROTOCOL NRG-CC-2291 - ⟦O|NRG ONCOLOGY⟧ NCORP - ⟦H|GEISINGER CANCER INSTITUTE⟧, ⟦C|DANVILLE⟧ ⟦STATE|PA⟧
PATIENT: ⟦N|KOWALESKI, BERNADETTE M⟧   MRN ⟦M|G-001774826⟧   DOB ⟦D|11/19/2046⟧   CTSU PATIENT ID ⟦I|NRG-0447193⟧   REGISTRATION ⟦D|04/22/2099⟧
INCLUSION
[X] 1. HISTOLOGICALLY CONFIRMED BREAST CANCER, STAGE I-III (PATH ⟦I|GS-99-11824⟧, ⟦D|01/14/2099⟧, ⟦H|GEISINGER WYOMING VALLEY⟧)
[X] 2. COMPLETED ADJUVANT CHEMOTHERAPY >= 6 MONTHS BEFORE REGISTRATION (LAST DOSE ⟦D|09/30/2098⟧)
[X] 3. PATIENT-REPORTED COGNITIVE COMPLAINT; FACT-COG PCI < 54 (SCORE 41 ON ⟦D|04/15/2099⟧)
[X] 4. ABLE TO COMPLETE QUESTIONNAIRES IN ENGLISH
EXCLUSION
[ ] 1. PRIOR CNS RADIATION   [ ] 2. ACTIVE MAJOR DEPRESSION (PHQ-9 = 6)   [ ] 3. DEMENTIA (MOCA 27/30)
CONSENT SIGNED ⟦D|04/18/2099⟧ (VERSION 3.1) WITH COORDINATOR ⟦N|ANIL RAGHUNATHAN⟧; HUSBAND ⟦N|LEONARD KOWALESKI⟧ PRESENT.
VERIFIED BY: ⟦N|TERESA MCGLYNN-ABBOTT⟧, RN, BSN, OCN   ⟦P|570-555-0127⟧ EXT ⟦P|4418⟧   ⟦E|TMCGLYNNABBOTT@GEISINGER.EDU⟧
INVESTIGATOR SIGNATURE: ⟦N|FARIDA HADDAD-KEMPER⟧, MD   ⟦D|04/22/2099⟧ 11:10   RANDOMIZED VIA OPEN: ARM 2 (SEQUENCE ⟦I|204418⟧)
`);

note("sae-report-outside-hospital-caps", `
SERIOUS ADVERSE EVENT REPORT - FOLLOW-UP #1 - PROTOCOL ALZ-DM-2204 - SPONSOR ⟦O|MERIDIAN NEUROSCIENCES⟧ - SAFETY FAX ⟦F|1-877-555-0193⟧
SITE 021 ⟦H|CLEVELAND CLINIC LOU RUVO CENTER FOR BRAIN HEALTH⟧, ⟦C|CLEVELAND⟧ ⟦STATE|OH⟧   INVESTIGATOR ⟦N|MIRELA DRAGOMIR⟧, MD, PHD
SUBJECT ⟦I|021-0117⟧   INITIALS ⟦N|W-JS⟧   YOB ⟦D|1948⟧   SEX F   SPONSOR CASE ⟦I|MNS-2099-001184⟧
EVENT: ARIA-H (MICROHEMORRHAGES, 6 NEW) WITH HEADACHE AND CONFUSION. ONSET ⟦D|02-APR-2099⟧, 9 DAYS AFTER INFUSION 7.
HOSPITALIZATION: ⟦D|03-APR-2099⟧ TO ⟦D|07-APR-2099⟧ AT ⟦H|SUMMA HEALTH AKRON CAMPUS⟧, ⟦C|AKRON⟧ (OUTSIDE HOSPITAL; RECORDS REQUESTED FROM HIM, FAX ⟦F|330-555-0149⟧). ADMITTING DR. ⟦N|OLUWAFEMI ADEBISI⟧.
MRI ⟦D|04/03/2099⟧ AT OSH; SITE REPEAT MRI ⟦D|04/16/2099⟧ READ BY DR. ⟦N|KATHERINE O'SULLIVAN-REYES⟧ (CENTRAL READER: ⟦O|BIOCLINICA⟧).
DAUGHTER/STUDY PARTNER ⟦N|JOANNE SHELBY-WHITFIELD⟧ ⟦P|216-555-0182⟧ REPORTED EVENT TO SITE ⟦D|04/03/2099⟧ 19:40.
OUTCOME: RECOVERING. STUDY DRUG INTERRUPTED. RELATEDNESS: RELATED. EXPECTEDNESS: EXPECTED PER IB V9.
REPORTED BY ⟦N|GRACE ANN KOVACS⟧, RN, CCRP ⟦E|KOVACSG@CCF.ORG⟧ ⟦D|17-APR-2099⟧. MEDICAL MONITOR DR. ⟦N|L. ABERNATHY⟧ (⟦O|PPD⟧) ACKNOWLEDGED.
`);

note("specimen-manifest-caps", `
SPECIMEN SHIPPING MANIFEST - CENTRAL LAB: ⟦O|Q2 SOLUTIONS⟧, ⟦S|1600 TERRELL MILL RD⟧ SUITE 100, ⟦C|MARIETTA⟧ ⟦STATE|GA⟧ ⟦Z|30067⟧
SHIP DATE ⟦D|22APR2099⟧   COURIER: ⟦O|WORLD COURIER⟧ JOB # ⟦I|WC-88417206⟧   AWB ⟦I|7749 1182 0447⟧   DRY ICE 5.0 KG UN1845
SHIPPER: ⟦H|EMORY WINSHIP CANCER INSTITUTE⟧, ⟦S|1365 CLIFTON RD NE⟧, ⟦C|ATLANTA⟧ ⟦STATE|GA⟧ ⟦Z|30322⟧   SITE 407   CONTACT ⟦N|NKECHI ADAOBI EZE⟧ ⟦P|404-555-0116⟧
REQUISITION    SUBJECT      VISIT   TUBE               COLLECTED          TEMP
⟦I|A4471822⟧      ⟦I|407-0003⟧     C3D1    PK SERUM 2 ML      ⟦D|20APR2099⟧ 0915   -80 C
⟦I|A4471823⟧      ⟦I|407-0003⟧     C3D1    ADA SERUM 1 ML     ⟦D|20APR2099⟧ 0915   -80 C
⟦I|A4471829⟧      ⟦I|407-0008⟧     SCR     CTDNA STRECK 10 ML ⟦D|21APR2099⟧ 1340   AMBIENT
⟦I|A4471830⟧      ⟦I|407-0011⟧     EOT     PK PLASMA 2 ML     ⟦D|21APR2099⟧ 1602   -80 C
DATA LOGGER SN ⟦DEV|TL4-0019928⟧ STARTED 1530. PACKED BY ⟦N|MARCUS TIBBS⟧ (⟦N|MT⟧), CHECKED BY ⟦N|NEE⟧. PICKUP CONFIRMED BY DRIVER ⟦N|R. ALVARENGA⟧.
`);

note("protocol-deviation-log-caps", `
PROTOCOL DEVIATION LOG - STUDY COPD-EXA-318 - SITE 066 - ⟦H|NATIONAL JEWISH HEALTH⟧, ⟦C|DENVER⟧ ⟦STATE|CO⟧   PI ⟦N|RUTH ELLEN STAVROPOULOS⟧, MD
DEV #  SUBJECT     DATE IDENTIFIED  DATE OCCURRED   CATEGORY              DESCRIPTION                                              REPORTED TO IRB
⟦I|066-D14⟧ ⟦I|066-0204⟧    ⟦D|02/11/2099⟧       ⟦D|02/04/2099⟧       VISIT WINDOW          V5 DONE DAY 38 (WINDOW 28 +/- 7); SNOWSTORM, ⟦C|AURORA⟧    NO (MINOR)
⟦I|066-D15⟧ ⟦I|066-0207⟧    ⟦D|02/19/2099⟧       ⟦D|02/18/2099⟧       CONSENT               ICF V4.0 NOT SIGNED BEFORE SPIROMETRY; RE-CONSENTED ⟦D|2/19⟧ YES, ⟦D|02/21/2099⟧
⟦I|066-D16⟧ ⟦I|066-0211⟧    ⟦D|03/06/2099⟧       ⟦D|03/01/2099⟧       IP                    INHALER DISPENSED FROM WRONG KIT (SEE IWRS ⟦I|TX-6619204⟧)  YES, ⟦D|03/08/2099⟧
⟦I|066-D17⟧ ⟦I|066-0204⟧    ⟦D|03/20/2099⟧       ⟦D|03/14/2099⟧       SAFETY LAB            LFTS NOT DRAWN AT V6; SUBJECT ADMITTED ⟦H|DENVER HEALTH⟧       NO
⟦I|066-D18⟧ ⟦I|066-0219⟧    ⟦D|04/02/2099⟧       ⟦D|04/01/2099⟧       ELIGIBILITY           FEV1 REVERSIBILITY 14% (MAX 12%) - SPONSOR WAIVER DENIED   YES, ⟦D|04/03/2099⟧
LOG REVIEWED BY CRA ⟦N|PRIYANKA SESHADRI⟧ (⟦O|ICON⟧) ⟦D|04/10/2099⟧. ENTERED BY ⟦N|JL⟧ (⟦N|JOSIAH LITTLEWOLF⟧, CRC).
`);

note("monitoring-visit-report-caps", `
INTERIM MONITORING VISIT REPORT   VISIT DATES: ⟦D|APRIL 15-16, 2099⟧   MONITOR: ⟦N|BEATRIZ SANTOS-MCALLISTER⟧, CRA II, ⟦O|PAREXEL INTERNATIONAL⟧
PROTOCOL: HEP-NASH-227 (PHASE 2B)   SPONSOR: ⟦O|CASCADIA HEPATICS⟧   SITE 303: ⟦H|VIRGINIA COMMONWEALTH UNIVERSITY HEALTH⟧, ⟦S|1200 E BROAD ST⟧, ⟦C|RICHMOND⟧ ⟦STATE|VA⟧ ⟦Z|23298⟧
SITE PERSONNEL PRESENT: PI DR. ⟦N|ARJUN VISWANATHAN⟧; SUB-I DR. ⟦N|COLLEEN BRAXTON-HUGHES⟧; CRC ⟦N|TYREE MCFADDEN⟧; PHARMACIST ⟦N|ELENA BOGDANOVA⟧, PHARMD.
ENROLLMENT: 14 SCREENED, 9 RANDOMIZED, 2 SCREEN FAILS, 1 WITHDRAWN (SUBJECT ⟦I|303-0006⟧, MOVED TO ⟦C|PETERSBURG⟧, ⟦D|03/30/2099⟧).
SDV: 100% FOR SUBJECTS ⟦I|303-0008⟧ AND ⟦I|303-0009⟧; 41 QUERIES OPENED IN ⟦O|MEDIDATA⟧ RAVE.
FINDINGS:
1. SUBJECT ⟦I|303-0008⟧ (MRN ⟦M|VC41188270⟧): BIOPSY SLIDES SENT TO ⟦O|ELIXIR PATHOLOGY PARTNERS⟧ ⟦D|03/22/2099⟧ WITHOUT DE-IDENTIFYING; LABEL SHOWED NAME "⟦N|LAVERNE T. GADDY⟧". DEVIATION FILED.
2. TEMPERATURE LOG FOR PHARMACY FRIDGE (SN ⟦DEV|HLX-4417-2208⟧) MISSING ⟦D|04/05⟧-⟦D|04/07⟧.
3. DELEGATION LOG LACKS ⟦N|TYREE MCFADDEN⟧'S GCP CERTIFICATE (EXPIRED ⟦D|01/2099⟧).
NEXT VISIT: ⟦D|JUNE 2099⟧. FOLLOW-UP LETTER TO PI WITHIN 10 BUSINESS DAYS. CONTACT ⟦E|BEATRIZ.SANTOSMCALLISTER@PAREXEL.COM⟧ ⟦P|804-555-0153⟧.
`);

note("drug-accountability-caps", `
INVESTIGATIONAL PRODUCT ACCOUNTABILITY LOG - PROTOCOL SGLT-CKD-411 - SITE 512 - ⟦H|OCHSNER MEDICAL CENTER⟧ INVESTIGATIONAL DRUG SERVICE, ⟦C|NEW ORLEANS⟧ ⟦STATE|LA⟧
SUBJECT     KIT #    LOT       DATE DISPENSED   DISPENSED BY   QTY  DATE RETURNED   RETURNED  COMPLIANCE  SUBJECT INITIALS
⟦I|512-0031⟧    480117   L99-2211  ⟦D|01/06/2099⟧       ⟦N|AB⟧             30   ⟦D|02/03/2099⟧       2         93%         ⟦N|T-LB⟧
⟦I|512-0031⟧    480188   L99-2211  ⟦D|02/03/2099⟧       ⟦N|AB⟧             30   ⟦D|03/04/2099⟧       0         100%        ⟦N|T-LB⟧
⟦I|512-0034⟧    480202   L99-2211  ⟦D|02/10/2099⟧       ⟦N|KR⟧             30   ⟦D|03/11/2099⟧       11        63%         ⟦N|JMT⟧
⟦I|512-0034⟧    480277   L99-3004  ⟦D|03/11/2099⟧       ⟦N|KR⟧             30   NOT RETURNED   -         -           ⟦N|JMT⟧
COMMENT: ⟦I|512-0034⟧ ADMITTED TO ⟦H|TERREBONNE GENERAL HEALTH SYSTEM⟧, ⟦C|HOUMA⟧, ⟦D|03/20/2099⟧; BOTTLE LEFT AT CAMP IN ⟦LO|TERREBONNE PARISH⟧. SON ⟦N|CLAUDE THIBODEAUX⟧ TO RETURN IT.
PHARMACIST: ⟦N|ADEBOLA BANKOLE⟧, PHARMD (⟦N|AB⟧); ⟦N|KENDRA ROBICHAUX⟧, CPHT (⟦N|KR⟧). MONITOR RECONCILED ⟦D|04/14/2099⟧ - ⟦N|W. FONTENOT⟧.
`);

note("irb-approval-letter-caps", `
⟦O|ADVARRA⟧ INSTITUTIONAL REVIEW BOARD   ⟦S|6100 MERRIWEATHER DR⟧, SUITE 600, ⟦C|COLUMBIA⟧ ⟦STATE|MD⟧ ⟦Z|21044⟧   ⟦U|WWW.ADVARRA.COM⟧
DATE: ⟦D|APRIL 20, 2099⟧
TO: ⟦N|NWANNEKA OKPARA-LINDQVIST⟧, MD, ⟦H|JOHNS HOPKINS BAYVIEW MEDICAL CENTER⟧, ⟦S|4940 EASTERN AVE⟧, ⟦C|BALTIMORE⟧ ⟦STATE|MD⟧ ⟦Z|21224⟧
RE: PRO00099147 - "A RANDOMIZED, DOUBLE-BLIND, PLACEBO-CONTROLLED STUDY OF ORAL TIRZEPATIDE IN ADOLESCENTS WITH OBESITY" - SPONSOR ⟦O|HALCYON ENDOCRINE LLC⟧
THE BOARD REVIEWED THE PROTOCOL AMENDMENT 3 AND REVISED ASSENT (AGES 12-17) AT ITS CONVENED MEETING OF ⟦D|APRIL 18, 2099⟧ AND APPROVED UNDER 45 CFR 46.405 AND 21 CFR 50.52.
SPANISH SHORT FORM AND INTERPRETER PROCESS APPROVED. LOCAL CONTEXT REVIEW ACKNOWLEDGED FROM ⟦O|JOHNS HOPKINS UNIVERSITY⟧ OFFICE OF HUMAN SUBJECTS RESEARCH.
CONTINUING REVIEW DUE ⟦D|APRIL 17, 2100⟧.
IRB CHAIR: DR. ⟦N|HOLLIS PEMBERTON-YATES⟧   REGULATORY ANALYST: ⟦N|SHAKIRA DOUGLASS⟧ ⟦P|410-555-0138⟧ ⟦E|SDOUGLASS@ADVARRA.COM⟧
`);

note("ltfu-phone-call-caps", `
LONG-TERM FOLLOW-UP TELEPHONE CONTACT - ⟦O|SWOG CANCER RESEARCH NETWORK⟧ STUDY S0931 - ⟦H|UNIVERSITY OF NEW MEXICO COMPREHENSIVE CANCER CENTER⟧
PATIENT: ⟦N|BEGAY, HARRISON⟧   SWOG PATIENT ID ⟦I|SW-0884172⟧   MRN ⟦M|0991-7731⟧   REGISTERED ⟦D|06/2091⟧   AGE ⟦A|92⟧
CALL ⟦D|04/22/2099⟧ 14:20 TO HOME ⟦P|505-555-0196⟧ (⟦C|GALLUP⟧): NO ANSWER. CALL TO NIECE ⟦N|LORETTA YAZZIE-BENALLY⟧ ⟦P|505-555-0177⟧ (ALTERNATE CONTACT ON FILE): STATES PATIENT LIVING WITH HER AT ⟦S|HC 61 BOX 2217⟧, ⟦C|CROWNPOINT⟧ ⟦STATE|NM⟧ ⟦Z|87313⟧ SINCE ⟦D|JANUARY⟧.
STATUS: ALIVE. NO RECURRENCE PER LAST CT ⟦D|11/14/2098⟧ AT ⟦H|GALLUP INDIAN MEDICAL CENTER⟧. NO NEW MALIGNANCY. PCP DR. ⟦N|SHANNON TSOSIE⟧.
NEXT LTFU DUE ⟦D|10/2099⟧. FORM SUBMITTED IN MEDIDATA ⟦D|04/22/2099⟧ BY ⟦N|ROSALIE CHAVARRIA⟧, CRA (⟦N|RC⟧). NAVAJO INTERPRETER NOT NEEDED.
`);

note("payment-stipend-log-caps", `
PARTICIPANT PAYMENT LOG - ⟦H|DUKE EARLY PHASE CLINICAL RESEARCH UNIT⟧ - STUDY DRI-1147 (PHASE 1, HEALTHY VOLUNTEERS)
VENDOR: ⟦O|GREENPHIRE⟧ CLINCARD   BUDGET CONTACT ⟦N|MARGO ASHWORTH⟧ ⟦E|MARGO.ASHWORTH@DUKE.EDU⟧
SUBJECT   NAME                          CARD #              VISIT        AMOUNT   DATE LOADED     LOADED BY
⟦I|1147-101⟧  ⟦N|OKAFOR, CHIDUBEM⟧              ⟦I|4410 8822 0175⟧      CHECK-IN     $150     ⟦D|03/14/2099⟧      ⟦N|MA⟧
⟦I|1147-101⟧  ⟦N|OKAFOR, CHIDUBEM⟧              ⟦I|4410 8822 0175⟧      DISCHARGE    $1,850   ⟦D|03/19/2099⟧      ⟦N|MA⟧
⟦I|1147-104⟧  ⟦N|FAIRCLOTH, DALTON RAY⟧         ⟦I|4410 8822 0183⟧      CHECK-IN     $150     ⟦D|03/14/2099⟧      ⟦N|JW⟧
⟦I|1147-104⟧  ⟦N|FAIRCLOTH, DALTON RAY⟧         -                   EARLY TERM   $620     ⟦D|03/16/2099⟧      CHECK #⟦I|00291847⟧ MAILED TO ⟦S|412 PEACHTREE ST⟧, ⟦C|ROCKY MOUNT⟧ ⟦STATE|NC⟧ ⟦Z|27804⟧
⟦I|1147-109⟧  ⟦N|NGUYEN-HOLT, THUY LINH⟧        ⟦I|4410 8822 0207⟧      CHECK-IN     $150     ⟦D|03/28/2099⟧      ⟦N|JW⟧
W-9 ON FILE FOR PAYMENTS OVER $600 (⟦N|FAIRCLOTH⟧: SSN ⟦SSN|241-77-0918⟧). REVIEWED BY ⟦N|JERMAINE WHITTAKER⟧ ⟦D|04/01/2099⟧.
`);

// ======================================================== lower case (10) ========================================================

note("crc-chat-lower", `
[teams chat - research coordinators, ⟦H|uw health⟧ clinical research unit, ⟦C|madison⟧]
⟦UN|kjorgensen⟧ 07:52: morning. ⟦I|204-0019⟧ (mrs ⟦N|lindqvist⟧) called, she can't make v4 today, her ride from ⟦C|janesville⟧ fell through
⟦UN|apatel3⟧ 07:54: window closes ⟦D|4/25⟧. can we get her a lyft through ⟦O|scout clinical⟧? her travel card is ⟦I|sc-4418207⟧
⟦UN|kjorgensen⟧ 07:55: will try. also her husband ⟦N|arne⟧ is now the lar, she signed the poa ⟦D|march 3⟧. need re-consent w/ lar at next visit
⟦UN|apatel3⟧ 07:58: ok. dr ⟦N|hasegawa⟧ wants the mri reads from ⟦H|sauk prairie hospital⟧ before dosing, fax is ⟦F|608-555-0171⟧
⟦UN|mbrennan⟧ 08:03: fyi the cra (⟦N|danielle oyelowo-price⟧ from ⟦O|fortrea⟧) is onsite ⟦DAY|thursday⟧, she wants the reg binder + delegation log
⟦UN|kjorgensen⟧ 08:05: 👍. ⟦I|204-0022⟧ screen labs back, a1c 6.1, egfr 58 - eligible. mrn ⟦M|3318-4472⟧ if anyone needs it in health link
⟦UN|apatel3⟧ 08:11: remember no mrns in teams per ⟦O|uw⟧ privacy office lol
⟦UN|kjorgensen⟧ 08:11: oops. deleting after you read
⟦UN|mbrennan⟧ 08:20: ⟦N|anjali⟧ the dry ice order from ⟦O|airgas⟧ is at the loading dock in ⟦LO|wisconsin institutes for medical research⟧ room 7123
`);

note("consent-interpreter-lower", `
informed consent note - study "prevent-aki" (protocol ucsd-2098-117), ⟦H|uc san diego health⟧ ⟦H|jacobs medical center⟧, ⟦C|la jolla⟧
date ⟦D|04/21/2099⟧ 15:30. participant ⟦N|guadalupe ixcoy tzoc⟧, mrn ⟦M|52-118-4470⟧, screening # ⟦I|ucsd-s-0147⟧.
participant speaks k'iche' and some spanish; reads neither. interpreter ⟦N|mateo tax chavez⟧ from ⟦O|pacific interpreters⟧ (interpreter id ⟦I|pi-77214⟧) by video, k'iche'.
spanish short form used with english full icf (v2.0, irb approved ⟦D|01/09/2099⟧); summary read aloud in full. impartial witness ⟦N|yesenia marroquin⟧ (unit clerk, not on study) present throughout and signed.
participant's son ⟦N|efrain ixcoy⟧ (⟦P|619-555-0138⟧, lives in ⟦C|chula vista⟧) also present, asked about cost - none, and about parking - validated.
questions answered by sub-i dr ⟦N|siddharth krishnamoorthy⟧. teach-back done through interpreter: knows she can stop anytime. participant made her mark "x" on the short form.
copies given. no study procedures before consent. consent obtained by ⟦N|loren whitehorse⟧, crc. ⟦N|lw⟧ ⟦D|4/21/99⟧
`);

note("ltfu-search-lower", `
lost to follow-up search log - subject ⟦I|117-0088⟧ - ⟦O|ecog-acrin⟧ e1912 - ⟦H|baptist health lexington⟧
attempt 1 ⟦D|01/05/2099⟧: called home ⟦P|859-555-0102⟧, disconnected.
attempt 2 ⟦D|01/19/2099⟧: called cell ⟦P|606-555-0133⟧, voicemail full. mailed letter to ⟦S|47 upper right fork rd⟧, ⟦C|hazard⟧ ⟦STATE|ky⟧ ⟦Z|41701⟧ (certified, tracking ⟦I|9407 1118 9956 2210 4418 72⟧).
attempt 3 ⟦D|02/10/2099⟧: letter returned "unable to forward". checked epic: last visit ⟦D|08/2098⟧ at ⟦H|arh hazard regional medical center⟧.
attempt 4 ⟦D|02/24/2099⟧: called emergency contact daughter ⟦N|tammy sue caudill⟧ ⟦P|606-555-0191⟧. she says her dad ⟦N|virgil caudill⟧ moved in with his brother ⟦N|orville⟧ in ⟦C|whitesburg⟧, new number ⟦P|606-555-0128⟧.
attempt 5 ⟦D|02/25/2099⟧: reached subject. alive, feels "fair". saw dr ⟦N|pennington⟧ at ⟦H|whitesburg arh hospital⟧ ⟦D|december⟧ for pneumonia. agrees to release; hipaa form mailed.
no social security death index search needed. updated contact in oncore. ⟦N|bsk⟧ (⟦N|brianna sizemore-keene⟧, crc) ⟦D|2/25/99⟧
`);

note("data-query-lower", `
edc query listing - protocol rsv-ped-204 - site 031 ⟦H|arkansas children's hospital⟧ - exported ⟦D|2099-04-22⟧ by ⟦UN|dm_hgoldfarb⟧
query id   subject    form              field           query text                                                   status   response
⟦I|q-118204⟧   ⟦I|031-0007⟧   vital signs v2    weight          weight 3.1 kg lower than v1 (4.4 kg). please verify.          answered  ⟦D|4/18⟧ - transcription error, corrected to 4.3 kg (⟦N|ts⟧)
⟦I|q-118219⟧   ⟦I|031-0007⟧   ae log            ae #3 start     start date ⟦D|04/02/2099⟧ before consent date ⟦D|04/05/2099⟧?     answered  ⟦D|4/19⟧ - ae started before, mark as medical history (⟦N|ts⟧)
⟦I|q-118230⟧   ⟦I|031-0011⟧   hospitalization   facility        please provide name of outside facility for sae.             answered  ⟦H|washington regional medical center⟧, ⟦C|fayetteville⟧; admit ⟦D|03/29/2099⟧ (⟦N|ts⟧)
⟦I|q-118231⟧   ⟦I|031-0011⟧   conmeds           palivizumab     dose date missing                                              open
⟦I|q-118244⟧   ⟦I|031-0014⟧   demographics      dob             dob ⟦D|11/30/2098⟧ gives age 5 mo at screening; protocol max 6 mo - ok?  closed
responses entered by ⟦N|tamara sellers⟧, ccrp ⟦E|tsellers@archildrens.org⟧. data manager ⟦N|howard goldfarb⟧, ⟦O|medpace⟧ ⟦C|cincinnati⟧.
`);

note("visit-note-vaccine-lower", `
study visit note - v3 (day 29) - protocol vac-flu-mrna-302 - ⟦H|kaiser permanente⟧ vaccine study center, ⟦C|sacramento⟧
date: ⟦D|april 22, 2099⟧. subject ⟦I|44-0318⟧ (⟦N|mark-anthony delacruz⟧), mrn ⟦M|000118473290⟧, kp member ⟦HP|11847329⟧.
second dose given ⟦D|3/24/99⟧ left deltoid. e-diary (⟦O|medidata⟧ patient cloud) reviewed: day 1 pain 2, fatigue 2, fever 38.4 c day 2 only, chills day 2. no meds except tylenol.
unsolicited ae: urti ⟦D|04/06⟧-⟦D|04/12⟧, seen at ⟦H|sutter davis hospital⟧ urgent care, no abx. mild, not related.
covid exposure: wife ⟦N|joanna delacruz⟧ tested positive ⟦D|4/14⟧; subject's nasal swab today (specimen ⟦I|kpv-33188201⟧) to ⟦O|viracor eurofins⟧.
next: v4 (day 181) window ⟦D|sept 14⟧-⟦D|oct 12, 2099⟧. stipend $100 loaded to card ending ⟦I|0927⟧.
seen by ⟦N|rosalind ibekwe-strand⟧, np (sub-i). entered by ⟦N|pk⟧.
`);

note("sponsor-email-lower", `
from: ⟦N|katarzyna wiśniewska⟧ <⟦E|k.wisniewska@borealistx.com⟧>
to: ⟦N|olumide fashola⟧ <⟦E|ofashola@ohsu.edu⟧>
cc: ⟦E|clinops-bx204@borealistx.com⟧
date: ⟦DAY|tue⟧, ⟦D|21 apr 2099⟧ 16:44
subject: bx-204-02 site 09 - subject ⟦I|09-003⟧ eligibility question

dear dr ⟦N|fashola⟧,
thank you for the call today. regarding subject ⟦I|09-003⟧ (screening # ⟦I|09-s-011⟧), our medical monitor dr ⟦N|tomasz wróbel⟧ reviewed the ⟦D|4/17⟧ labs from ⟦O|labcorp⟧ ⟦C|portland⟧ and the outside echo from ⟦H|legacy mount hood medical center⟧ in ⟦C|gresham⟧.
the ef of 48% is within the protocol limit; however the qtcf of 472 ms requires a repeat triplicate ecg before randomization. please send the tracings to ⟦O|clario⟧ (⟦U|https://portal.clario.com/ecg⟧, your user is ⟦UN|ohsu09_coord⟧).
note: please do not include the subject's name (i saw "ms. ⟦N|halvorsen⟧" on page 3 of the echo). redact and resend via the sponsor sharefile.
kind regards,
⟦N|kasia⟧
clinical trial manager, ⟦O|borealis therapeutics⟧ | ⟦S|1 kendall sq⟧, ⟦C|cambridge⟧ ⟦STATE|ma⟧ ⟦Z|02139⟧ | ⟦P|617-555-0184⟧
`);

note("biobank-receipt-lower", `
biobank receiving log - ⟦O|mayo clinic biorepository⟧, ⟦C|rochester⟧ ⟦STATE|mn⟧ - ⟦D|04/22/2099⟧
received from ⟦H|mayo clinic health system⟧ ⟦C|winona⟧ via ⟦O|mayo clinic laboratories⟧ courier (driver ⟦N|ole haugen⟧, route 14)
box ⟦I|mcb-44-1187⟧  9 tubes  temp on arrival 4 c  logger ⟦DEV|ebro-88310447⟧ ok
⟦I|bb-2099-04471⟧  participant ⟦I|mcbb-110472⟧  clinic # ⟦M|4-418-227⟧  edta x2  collected ⟦D|4/21⟧ 10:10  consent v5 (future use yes)
⟦I|bb-2099-04472⟧  participant ⟦I|mcbb-110479⟧  clinic # ⟦M|7-002-914⟧  serum x1 hemolyzed  collected ⟦D|4/21⟧ 11:45
⟦I|bb-2099-04473⟧  participant ⟦I|mcbb-110481⟧  clinic # ⟦M|3-390-115⟧  paxgene x1  collected ⟦D|4/21⟧ 13:20  note: label says "⟦N|thorsen, e⟧" not study label - relabeled, deviation ⟦I|bbd-0419⟧
centrifuge sn ⟦DEV|5810r-0042917⟧ used for aliquots. processed by ⟦N|amira el-sayed⟧ (⟦N|ae⟧), verified ⟦N|tq⟧.
`);

note("ae-phone-lower", `
unscheduled phone contact - ⟦I|615-0042⟧ - study ms-btk-301 (multiple sclerosis) - ⟦H|swedish neuroscience institute⟧, ⟦C|seattle⟧
⟦D|4/20/99⟧ 10:15 subject's wife ⟦N|mei-ling zhou⟧ called the study line ⟦P|206-555-0141⟧: husband ⟦N|zhou wei⟧ had a fall at home in ⟦C|everett⟧ ⟦DAY|sunday⟧ ⟦D|4/19⟧, taken by ambulance to ⟦H|providence regional medical center everett⟧, ct head neg, discharged same day with wrist splint. no lfts done.
wife asks if he should keep taking study pills. per pi dr ⟦N|yevgenia kuznetsova⟧: hold ip until alt checked. lab slip faxed to ⟦O|quest diagnostics⟧ psc on ⟦S|evergreen way⟧.
ae entered: fall (grade 1), wrist sprain (grade 1). not serious (no admission). records request to ⟦H|providence⟧ him fax ⟦F|425-555-0199⟧.
call back scheduled ⟦D|4/22⟧. ⟦N|devon achterberg⟧, rn, research nurse, pager ⟦P|206-555-0122⟧
⟦D|4/22/99⟧ 09:40 follow-up: alt 31 (⟦O|quest⟧ accession ⟦I|ev118204q⟧). ip restarted per dr ⟦N|kuznetsova⟧. mrn ⟦M|sw-4471902⟧ updated with outside ct from ⟦H|providence everett⟧. wife's cell ⟦P|425-555-0116⟧ added to contacts.
`);

note("pregnancy-report-lower", `
pregnancy report - initial - protocol atp-psor-305 - sponsor ⟦O|ardent immunology⟧
site 227 - ⟦H|tulane medical center⟧, ⟦C|new orleans⟧ - investigator ⟦N|camille broussard-deshotel⟧, md
subject ⟦I|227-0014⟧, initials ⟦N|k-ab⟧, yob ⟦D|2073⟧. last dose ⟦D|03/30/2099⟧ (week 16). lmp ⟦D|03/08/2099⟧. positive urine hcg at v9 ⟦D|04/21/2099⟧, serum confirmed (⟦O|tulane⟧ core lab accession ⟦I|tc-99-118440⟧).
ob: dr ⟦N|ngozi amadi-ellison⟧, ⟦H|touro infirmary⟧, ⟦P|504-555-0186⟧. partner ⟦N|jamal bienvenu⟧ not a study participant; partner consent for pregnancy follow-up not needed.
study drug discontinued. pregnancy follow-up form due at delivery (edd ⟦D|12/13/2099⟧).
reported to sponsor safety ⟦E|drugsafety@ardentimmuno.com⟧ within 24 h by ⟦N|r. thibodeaux⟧ ⟦D|04/22/2099⟧. case # ⟦I|ard-preg-0071⟧.
`);

note("shipment-exception-lower", `
temperature excursion / shipment exception - ⟦D|04/20/2099⟧
shipment of ip from depot (⟦O|fisher clinical services⟧, ⟦C|allentown⟧ ⟦STATE|pa⟧) to site 044, ⟦H|medical university of south carolina⟧ hollings, ⟦C|charleston⟧
tracking ⟦I|1z 88e 41x 01 4471 8822⟧ (⟦O|ups⟧). arrived ⟦D|4/20⟧ 11:40; tempmate logger sn ⟦DEV|tmg-b1-0447719⟧ shows 9.2 c for 47 min (range 2-8 c).
kits 900441-900452 quarantined in ⟦O|musc⟧ ids fridge. excursion form sent to ⟦E|ip-excursions@pharmaresearch.net⟧; depot contact ⟦N|yolanda pierce-abernathy⟧ ⟦P|610-555-0114⟧.
sponsor release received ⟦D|4/21/2099⟧ 09:02 from dr. ⟦N|f. ostrowski⟧ (medical affairs): kits usable.
no subject dosed from quarantined kits. ⟦N|jb⟧ (⟦N|jasmine brightwater⟧, ids pharmacist)
cc: pi dr ⟦N|nathaniel oduya-simmons⟧; cra ⟦N|ines carvalho⟧ (⟦O|labcorp drug development⟧) ⟦E|ines.carvalho@labcorp.com⟧; musc ids main line ⟦P|843-555-0130⟧
`);

// ======================================================== mixed case (25) ========================================================

note("cra-follow-up-letter", `
⟦O|IQVIA⟧ Biotech
⟦S|4820 Emperor Blvd⟧, ⟦C|Durham⟧, ⟦STATE|NC⟧ ⟦Z|27703⟧

⟦D|April 24, 2099⟧

⟦N|Reginald Abernathy-Cole⟧, MD
Principal Investigator
⟦H|Piedmont Atlanta Hospital⟧ – Heart and Vascular Research
⟦S|1968 Peachtree Road NW⟧, Suite 450
⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30309⟧

Re: Follow-up Letter, Interim Monitoring Visit of ⟦D|April 21–22, 2099⟧
Protocol: AFX-LAAO-210, "Left Atrial Appendage Occlusion versus Apixaban in Patients with Atrial Fibrillation after Intracranial Hemorrhage"
Sponsor: ⟦O|Aortix Medical, Inc.⟧   Site 0412

Dear Dr. ⟦N|Abernathy-Cole⟧,

Thank you and your staff, in particular ⟦N|Latrice Wimberly⟧, CCRC, and ⟦N|Oscar Villanueva-Pratt⟧, RN, for your time during the visit. The following items were reviewed and require action:

1. Informed consent. Subject ⟦I|0412-007⟧ signed ICF version 6.0 on ⟦D|03/18/2099⟧, but the site's file holds the HIPAA authorisation dated ⟦D|03/19/2099⟧ (after the baseline TEE on ⟦D|03/18/2099⟧). Please file a deviation and notify ⟦O|Piedmont Healthcare⟧'s IRB per local policy.
2. Legally authorised representative. For Subject ⟦I|0412-009⟧ the LAR (son, ⟦N|Demetrius Holloway⟧) signed, but the note does not document the subject's incapacity assessment by Dr. ⟦N|Ingrid Castellanos⟧ (neurology). Please add a note to file.
3. Device accountability. The implant log for Subject ⟦I|0412-011⟧ lists occluder serial ⟦DEV|AXL-27-0044718⟧, while the implant record from the cath lab (procedure ⟦D|04/02/2099⟧) lists ⟦DEV|AXL-27-0044781⟧. Please reconcile with the hospital's supply chain (⟦N|Wendell Pike⟧).
4. SAE reporting. Subject ⟦I|0412-004⟧'s admission to ⟦H|WellStar Kennestone Hospital⟧ in ⟦C|Marietta⟧ on ⟦D|03/27/2099⟧ (GI bleed) was reported to the sponsor on ⟦D|04/01/2099⟧, outside the 24-hour window. Please retrain staff and document.
5. Source documents. Outside records from ⟦H|Atrium Health Navicent⟧, ⟦C|Macon⟧, arrived with the subject's full name and date of birth unredacted in the copy sent to the sponsor portal. Please redact before upload (⟦U|https://aortix.veeva-sitevault.com⟧).
6. Regulatory binder. Sub-I Dr. ⟦N|Samuel Oyebanji⟧'s medical licence (⟦STATE|Georgia⟧ ⟦I|MD071184⟧) expired ⟦D|03/31/2099⟧; please file the renewal.

Please respond to all items by ⟦D|May 8, 2099⟧. The next monitoring visit is planned for the week of ⟦D|June 15, 2099⟧.

Sincerely,

⟦N|Harriet Nakashima-Boyd⟧
Senior Clinical Research Associate, ⟦O|IQVIA⟧
⟦P|(919) 555-0172⟧ | ⟦E|harriet.nakashimaboyd@iqvia.com⟧

cc: ⟦N|Lionel Ferreira⟧, Clinical Trial Manager, ⟦O|Aortix Medical⟧; site regulatory file
`);

note("screening-visit-note", `
Research Screening Visit — Protocol HFpEF-SEMA-02 (NCT07190455)
Site: ⟦H|Mayo Clinic⟧ Cardiovascular Clinical Research Unit, ⟦S|200 First St SW⟧, ⟦C|Rochester⟧, ⟦STATE|MN⟧ ⟦Z|55905⟧
Date: ⟦D|04/22/2099⟧   Screening #: ⟦I|M04-S-0231⟧   ⟦H|Mayo clinic⟧ #: ⟦M|8-447-192⟧

Patient: ⟦N|Ingeborg Solheim-Brekke⟧, 68-year-old woman from ⟦C|Owatonna⟧, referred by Dr. ⟦N|Per Amundsen⟧ (⟦H|Owatonna Hospital⟧).
Consent: ICF v3.0 and HIPAA authorisation signed 08:15 before any procedure; consent by ⟦N|Kaitlyn Schroeder-Voss⟧, CRC; questions answered by Dr. ⟦N|Adaeze Nwachukwu⟧ (sub-I).
History: HFpEF, EF 58% (echo ⟦D|02/03/2099⟧), BMI 36.4, T2DM on metformin, HTN, OSA on CPAP. Hospitalized for HF ⟦D|12/2098⟧ at ⟦H|Mayo Clinic Health System — Albert Lea⟧.
Screening procedures: KCCQ-CSS 48; 6MWT 244 m; NT-proBNP sent to central lab ⟦O|Covance⟧ (requisition ⟦I|CV-9920-44178⟧); ECG; pregnancy test N/A.
Eligibility: inclusion 1–9 met pending NT-proBNP (needs ≥ 300). Exclusion 6 (eGFR < 25) not met: eGFR 41.
Plan: randomization visit ⟦D|05/06/2099⟧ if eligible. Husband ⟦N|Tor Brekke⟧ to drive; mileage reimbursement via ⟦O|Greenphire⟧.
Contact: home ⟦P|507-555-0139⟧; e-mail ⟦E|ingeborg.brekke@charter.net⟧.
— ⟦N|Kaitlyn Schroeder-Voss⟧, CRC ⟦P|507-555-0188⟧ ext. ⟦P|2-6617⟧
`);

note("lar-consent-icu-trial", `
Consent Note — LAR — "Early Vasopressin in Septic Shock (EVASS)" — ⟦O|PETAL Network⟧ — ⟦H|Intermountain Medical Center⟧, ⟦C|Murray⟧, ⟦STATE|Utah⟧
⟦D|April 20, 2099⟧ 02:40

Patient ⟦N|Tevita Fifita⟧ (MRN ⟦M|IMC-66021847⟧) is intubated and sedated (RASS −4) and lacks capacity, as documented by attending Dr. ⟦N|Colette Brightman⟧ at 02:15.
Per ⟦STATE|Utah⟧ law and the IRB-approved hierarchy, his wife ⟦N|Mele Fifita⟧ served as legally authorised representative. She was reached by phone (⟦P|801-555-0126⟧) at home in ⟦C|West Valley City⟧ and came to the bedside at 02:30 with her brother-in-law ⟦N|Sione Fifita⟧.
A Tongan interpreter, ⟦N|Losana Vaipulu⟧, from ⟦O|CyraCom⟧ (interpreter #⟦I|441872⟧), was used by phone for the whole discussion.
Risks (hyponatraemia, digital ischaemia), benefits, alternatives (usual care), voluntariness and the right to withdraw were reviewed. She asked whether the church (⟦O|Church of Jesus Christ of Latter-day Saints⟧, ⟦LO|Granger Tongan Ward⟧) could visit — yes.
LAR signed the LAR consent form (v2.1) at 02:38; witness ⟦N|Hailey Dunford⟧, RN. Enrolment ID ⟦I|EVASS-IMC-0094⟧; randomised via ⟦U|https://petalrand.org⟧ at 02:41 from workstation ⟦IP|10.42.118.207⟧.
Patient to be re-approached for his own consent when capacity returns. Study line ⟦P|801-555-0177⟧.
Consent obtained by ⟦N|Brigham Tuilagi⟧, research coordinator.
`);

note("sae-narrative-oncology", `
SAE Narrative — Sponsor Case ⟦I|GNX-99-04477⟧ — Protocol GNX-3310-01 (Phase 1b/2) — Site 018, ⟦H|Sarah Cannon Research Institute at HealthONE⟧, ⟦C|Denver⟧

Subject ⟦I|018-1004⟧ is a 57-year-old man (initials ⟦N|R-DM⟧) with metastatic colorectal cancer (KRAS G12D) enrolled on ⟦D|2099-02-11⟧ and treated with GNX-3310 400 mg daily plus cetuximab (cohort 3). Last dose before the event was ⟦D|2099-04-08⟧ (C3D14).

On ⟦D|2099-04-09⟧ the subject developed fever to 39.1 °C and dyspnoea at home in ⟦C|Castle Rock⟧ and was taken by his wife, ⟦N|Deborah Montoya⟧, to the emergency department of ⟦H|AdventHealth Castle Rock⟧, where CT chest showed bilateral ground-glass opacities. He was transferred the same night to ⟦H|Presbyterian/St. Luke's Medical Center⟧ and admitted to the ICU under Dr. ⟦N|Marisol Echeverría-Kwan⟧. Bronchoscopy (⟦D|04/10⟧) was negative for infection; he was treated for grade 3 pneumonitis with methylprednisolone 2 mg/kg and improved. Discharged ⟦D|2099-04-17⟧ on a prednisone taper.

The investigator, Dr. ⟦N|Tobias Herrera-Lindgren⟧, assessed the event as serious (hospitalisation), CTCAE grade 3, probably related to GNX-3310, and unexpected (not in IB v4). Study drug was interrupted permanently. The subject remains in follow-up.

Reported to ⟦O|Genexis Oncology⟧ drug safety (⟦E|safety@genexis-onc.com⟧, fax ⟦F|858-555-0162⟧) on ⟦D|2099-04-10⟧ by ⟦N|Amber Kristoffersen⟧, RN, research nurse. Outside records obtained from both hospitals; the release forms were signed by the subject on ⟦D|04/18/2099⟧. Follow-up #2 expected after the pulmonology visit on ⟦D|May 2⟧.
`);

note("device-implant-record", `
Investigational Device Implant Record — Study NEUROSTIM-DR-07 (IDE G990117) — ⟦H|Barrow Neurological Institute⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧
Subject: ⟦I|BNI-022⟧   Patient: ⟦N|Ramón Ochoa Villaseñor⟧   MRN ⟦M|40119873⟧   DOB ⟦D|07/02/2051⟧
Implant date: ⟦D|04/15/2099⟧   Surgeon: Dr. ⟦N|Anneliese Pfaff⟧   Sponsor field engineer: ⟦N|Curtis Nakamura⟧ (⟦O|Solstice Neuro Systems⟧, ⟦P|480-555-0103⟧)
Device: closed-loop DBS IPG, model SNS-4, serial ⟦DEV|SNS4-0012874⟧; leads L ⟦DEV|LD-88120447⟧ and R ⟦DEV|LD-88120452⟧; patient programmer ⟦DEV|PP-331927⟧; clinician tablet ⟦DEV|CT-4471-B⟧.
Implant card given to patient; device registration faxed to ⟦O|Solstice Neuro Systems⟧ ⟦F|1-866-555-0110⟧.
Post-op CT at ⟦H|St. Joseph's Hospital and Medical Center⟧ ⟦D|4/16/99⟧: leads in target. No haemorrhage.
Home: ⟦S|2218 W Pinchot Ave⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85015⟧; daughter ⟦N|Xóchitl Ochoa⟧ ⟦P|602-555-0158⟧ is caregiver.
Programming visit ⟦D|05/06/2099⟧. Recorded by ⟦N|Priya Venkataraman⟧, CRC (⟦N|PV⟧).
`);

note("registry-abstraction", `
Registry Abstraction Form — ⟦O|Get With The Guidelines–Stroke⟧ / ⟦O|Paul Coverdell National Acute Stroke Program⟧ (⟦STATE|Georgia⟧) — Abstractor copy
Hospital: ⟦H|Navicent Health Baldwin⟧, ⟦C|Milledgeville⟧   Registry hospital ID 10-4471
Patient ID (registry): ⟦I|GWTG-2099-118402⟧   MRN ⟦M|000772194⟧   Arrival ⟦D|03/14/2099⟧ 21:12   Discharge ⟦D|03/19/2099⟧
Name (local only, not transmitted): ⟦N|Ezekiel T. Brantley⟧   DOB ⟦D|1/8/2038⟧   Zip ⟦Z|31061⟧   Payer: Medicare
Arrival mode: EMS (⟦O|Baldwin County EMS⟧ run ⟦I|99-004418⟧); prenotification yes. Last known well ⟦D|03/14/2099⟧ 20:05.
NIHSS 14. tPA at 21:58 (door-to-needle 46 min). Transferred for thrombectomy to ⟦H|Atrium Health Navicent The Medical Center⟧, ⟦C|Macon⟧ ⟦D|03/14/2099⟧ 22:40 by ⟦O|Air Evac Lifeteam⟧.
Discharge disposition: inpatient rehab, ⟦H|Walton Rehabilitation Hospital⟧, ⟦C|Augusta⟧. mRS at discharge 3.
Abstracted ⟦D|04/21/2099⟧ by ⟦N|Felicia Sturdivant⟧, RN, stroke coordinator ⟦P|478-555-0191⟧; validated ⟦N|DM⟧.
`);

note("irb-reportable-event", `
Reportable New Information Form — ⟦O|University of Pittsburgh⟧ Human Research Protection Office (⟦O|Pitt IRB⟧)
Study: STUDY20990044, "Esketamine for Late-Life Treatment-Resistant Depression"   PI: ⟦N|Marguerite Delacroix-Whitfield⟧, MD
Submitted: ⟦D|04/21/2099⟧   Submitted by: ⟦N|Jonah Feldstein⟧, research coordinator ⟦E|feldsteinj@upmc.edu⟧

Category: Unanticipated problem involving risks to subjects or others (breach of confidentiality).
Description: On ⟦D|04/17/2099⟧ a study laptop (asset tag ⟦DEV|UPMC-LT-0441872⟧) was stolen from a research assistant's car in ⟦C|Johnstown⟧. The laptop was encrypted, but a paper screening log left in the car listed names and phone numbers of 11 potential participants (e.g. "⟦N|Stanislaw Wójcik⟧, ⟦P|814-555-0124⟧") and one enrolled subject's study ID (⟦I|ELD-TRD-031⟧). Police report filed with the ⟦O|Johnstown Police Department⟧, report ⟦I|99-J-014471⟧.
Actions: participants notified by phone ⟦D|04/18⟧–⟦D|04/19⟧; ⟦O|UPMC⟧ privacy office (⟦N|Carla Benedetti⟧) notified; staff retrained; paper logs now kept in ⟦LO|Western Psychiatric Hospital⟧ research office only.
Subject contacted: ⟦N|Harold Mertz⟧ (age ⟦A|90⟧), via his daughter ⟦N|Janice Mertz-Bloom⟧ ⟦P|412-555-0187⟧; no distress reported.
`);

note("unblinding-request", `
Emergency Unblinding Record — Protocol ICH-ANTI-33 (double-blind) — Site 07, ⟦H|Indiana University Health Methodist Hospital⟧, ⟦C|Indianapolis⟧
Date/time: ⟦D|04/19/2099⟧ 03:22   Requested by: Dr. ⟦N|Folasade Ogunleye⟧ (neurosurgery on call), pager ⟦P|317-555-0140⟧
Subject: ⟦I|07-0115⟧ (⟦N|Dwayne Eskridge⟧, MRN ⟦M|IU-7712048⟧), admitted from ⟦H|IU Health Ball Memorial Hospital⟧, ⟦C|Muncie⟧, with recurrent intracerebral haemorrhage needing emergent craniotomy; surgeon needs to know whether the subject received the study anticoagulant reversal agent or placebo.
Unblinding done in IWRS (⟦O|Almac⟧ ClinPhone) by PI Dr. ⟦N|Harlan Ostrowski⟧ at 03:30 using his user ⟦UN|hostrowski07⟧; confirmation ⟦I|UB-00448127⟧. Assignment disclosed only to the treating team.
Sponsor (⟦O|Caldera BioPharma⟧) medical monitor Dr. ⟦N|Sunita Rao-Bennett⟧ notified by phone ⟦P|1-888-555-0135⟧ at 03:45. Subject discontinued from study drug; remains in follow-up.
Documented by ⟦N|Kimberly Ashcraft⟧, RN, CCRP.
Surgery at ⟦H|IU Health Methodist⟧ ⟦D|04/19/2099⟧ 05:10 by Dr. ⟦N|Ogunleye⟧; post-op admitted to neuro ICU. Wife ⟦N|Charlene Eskridge⟧ (⟦P|765-555-0190⟧) informed of the unblinding by the PI ⟦D|04/19/2099⟧ 09:00. IRB (⟦O|Indiana University⟧ HRPP) notified ⟦D|04/20/2099⟧.
`);

note("coordinator-email-recruitment", `
From: ⟦N|Lakshmi Narayanan⟧ <⟦E|lnarayanan@emory.edu⟧>
To: Research Team — ⟦O|Grady Health System⟧ Liver Clinic
Date: ⟦D|April 21, 2099⟧ 9:12 AM
Subject: Referral — HCC surveillance biomarker study (IRB00099114)

Hi all,

Dr. ⟦N|Okonjo⟧ flagged two potential participants from ⟦DAY|Friday⟧'s clinic:

• Mr. ⟦N|Cleophus Dunbar⟧ (⟦H|Grady⟧ MRN ⟦M|G2021844⟧), cirrhosis (HCV, cured), Child-Pugh A. Lives in ⟦C|East Point⟧; prefers calls after 3 pm at ⟦P|404-555-0169⟧.
• Ms. ⟦N|Nguyen Thi Hoa⟧ (⟦H|Grady⟧ MRN ⟦M|G2033917⟧), NASH cirrhosis, MELD 11. Vietnamese interpreter needed; her son ⟦N|Danny Pham⟧ (⟦P|678-555-0121⟧) helps with appointments.

Both have imaging at ⟦H|Emory University Hospital Midtown⟧ next month. Blood for the biomarker panel goes to ⟦O|Emory Integrated Genomics Core⟧; shipping labels are in the ⟦LO|Grady Faculty Office Building⟧ Suite 4-B.

Thanks,
⟦N|Lakshmi⟧
⟦N|Lakshmi Narayanan⟧, MPH | Clinical Research Coordinator II | ⟦O|Emory University School of Medicine⟧ | ⟦P|404-555-0150⟧
`);

note("assent-pediatric-trial", `
Assent and Parental Permission Note — ⟦O|Children's Oncology Group⟧ AALL2131 — ⟦H|Children's Hospital Colorado⟧, ⟦C|Aurora⟧
⟦D|04/18/2099⟧. Patient ⟦N|Jaylen Whitehorse⟧, 13 years old, MRN ⟦M|CHCO-2198447⟧, COG patient ID ⟦I|COG-884102⟧.
Permission: mother ⟦N|Renee Whitehorse⟧ and father ⟦N|Calvin Whitehorse Jr.⟧ both present; both signed parental permission (v5). Family drove from ⟦C|Pine Ridge⟧, ⟦STATE|SD⟧; staying at the ⟦LO|Ronald McDonald House⟧ on ⟦S|E 17th Ave⟧.
Assent: age-appropriate assent (12–17) reviewed with ⟦N|Jaylen⟧ separately by ⟦N|Mackenzie Oduro⟧, CRN; he said he "wants to help other kids" and signed. Child life specialist ⟦N|Bethany Kruse⟧ present.
Questions: grandmother ⟦N|Loretta Two Bulls⟧ asked about travel reimbursement — referred to the ⟦O|Lakota Cancer Fund⟧ and to the hospital's social worker ⟦N|Dana Richter⟧, LCSW.
Attending: Dr. ⟦N|Emmanuel Asante-Whitford⟧. Randomisation by COG RAVE ⟦D|04/19/2099⟧.
`);

note("ecg-core-lab-query", `
Core ECG Laboratory — Data Clarification Form
To: Site 214, ⟦H|Ohio State University Wexner Medical Center⟧, ⟦C|Columbus⟧ — Attn: ⟦N|Brandon Yoder⟧, CRC
From: ⟦O|Clario⟧ Cardiac Safety, ⟦S|1818 Market St⟧, ⟦C|Philadelphia⟧, ⟦STATE|PA⟧ ⟦Z|19103⟧ — ⟦N|Yuki Tanabe⟧, ECG data specialist
Date: ⟦D|22 Apr 2099⟧   DCF # ⟦I|DCF-214-0073⟧
Subject ⟦I|214-0031⟧, visit Week 12, ECG transmitted ⟦D|21 Apr 2099⟧ from cart serial ⟦DEV|ELI380-44172⟧: the demographic header shows the patient's name "⟦N|STUTZMAN, ELMER⟧" and DOB ⟦D|02/09/1951⟧. Please confirm the subject ID and year of birth and do not transmit names. Also confirm the collection time (header 08:14, eCRF 08:41).
Response (site): transcription error in eCRF; time 08:14 is correct. Cart reset to hide names by biomedical engineering (⟦N|Gary Lehman⟧) ⟦D|4/23⟧. — ⟦N|B. Yoder⟧ ⟦D|04/23/2099⟧
`);

note("subject-visit-note-psych", `
Study Visit Note — Week 8 — Protocol MDD-PSIL-205 (psilocybin-assisted therapy) — ⟦H|Johns Hopkins Bayview⟧ Behavioral Pharmacology Research Unit, ⟦C|Baltimore⟧
Date: ⟦D|Apr 21, 2099⟧   Participant: ⟦I|PS-205-019⟧ (⟦N|Theodora Papadakis⟧), DOB ⟦D|06/30/2064⟧

Interval history: Since dosing session 2 on ⟦D|Apr 7⟧, mood better; MADRS 14 (baseline 31). C-SSRS since last visit: no ideation or behaviour. Returned to part-time work at ⟦O|Towson University⟧ library. Sister ⟦N|Eleni Papadakis⟧ (emergency contact, ⟦P|443-555-0148⟧) reports she is "more herself".
AEs: headache day of dosing (resolved); one panic episode ⟦D|04/12⟧ at home in ⟦C|Towson⟧, no treatment.
Con meds: none new. Outside care: therapist ⟦N|Marcus Greenleaf⟧, LCPC (⟦O|Chesapeake Counseling Associates⟧) — release on file.
Plan: integration session ⟦D|04/28⟧; Week 12 ⟦D|May 19⟧. Monitor: ⟦N|Ngozi Eze⟧ (session guide).
Study psychiatrist: Dr. ⟦N|Leopold Graham-Moss⟧. Note by ⟦N|Isabela Cardoso⟧, research assistant.
`);

note("cooperative-group-registration", `
Registration Confirmation — ⟦O|Alliance for Clinical Trials in Oncology⟧ A012103 — via OPEN (⟦O|CTSU⟧)
Registering site: ⟦H|Sanford Roger Maris Cancer Center⟧, ⟦C|Fargo⟧, ⟦STATE|ND⟧ (NCORP site ND017)
Patient ID: ⟦I|1184472⟧   Patient: ⟦N|Haugen, Marit L.⟧   Zip ⟦Z|58078⟧   DOB ⟦D|1957⟧ (year only transmitted)
Registered ⟦D|04/20/2099⟧ 14:18 CT by ⟦N|Shelby Tollefson⟧ (CTEP-IAM user ⟦UN|stollefson⟧); treating physician Dr. ⟦N|Abdirahman Warsame⟧ (investigator ID ⟦I|44718⟧).
Randomised to Arm II. Specimen kits to be sent to the ⟦O|Alliance Biorepository at Washington University⟧ in ⟦C|St. Louis⟧ by ⟦O|FedEx⟧ Priority Overnight, account on file.
Patient's local hospital for labs: ⟦H|Sanford Mayville Medical Center⟧, ⟦C|Mayville⟧. Daughter ⟦N|Ingrid Haugen-Berg⟧ ⟦P|701-555-0119⟧.
Confirmation e-mailed to ⟦E|stollefson@sanfordhealth.org⟧ and to the Alliance Statistics and Data Management Center, ⟦O|Mayo Clinic⟧, ⟦C|Rochester⟧. Research nurse ⟦N|Gunnar Ellingson⟧ ⟦P|701-555-0146⟧.
`);

note("dsmb-request", `
Memo
To: Prof. ⟦N|Adwoa Mensah-Larkin⟧, DSMB Chair, ⟦O|NHLBI⟧ ⟦O|PETAL Network⟧ Data and Safety Monitoring Board
From: ⟦N|Gregory Stanhope⟧, PhD, unblinded statistician, ⟦O|Vanderbilt University Medical Center⟧ Data Coordinating Center
Date: ⟦D|April 22, 2099⟧
Re: Ad hoc safety review — EVASS

Three deaths within 48 h of randomisation were reported in 10 days: subject ⟦I|EVASS-IMC-0081⟧ (⟦H|Intermountain Medical Center⟧, died ⟦D|04/11/2099⟧), ⟦I|EVASS-UCD-0040⟧ (⟦H|UC Davis Medical Center⟧, died ⟦D|04/14/2099⟧) and ⟦I|EVASS-OSU-0027⟧ (⟦H|Ohio State University Wexner Medical Center⟧, died ⟦D|04/19/2099⟧). One (⟦I|EVASS-UCD-0040⟧) had mesenteric ischaemia.
The closed report is posted on the DSMB portal (⟦U|https://dsmb.vumc.org/petal⟧). Meeting proposed ⟦D|Apr 28⟧ 13:00 ET by WebEx; coordinator ⟦N|Tamsin Whitcombe⟧ (⟦E|tamsin.whitcombe@vumc.org⟧, ⟦P|615-555-0147⟧).
`);

note("consent-witness-low-literacy", `
Informed Consent Documentation — Witnessed consent (subject unable to read)
Study: "Hydroxyurea Adherence via Text Messaging in Adults with Sickle Cell Disease" (⟦O|University of Mississippi Medical Center⟧ IRB 2099-0117)
Location: ⟦H|UMMC⟧ Adult Sickle Cell Clinic, ⟦S|2500 N State St⟧, ⟦C|Jackson⟧, ⟦STATE|MS⟧ ⟦Z|39216⟧
Date: ⟦D|04/22/2099⟧

Participant ⟦N|Cornelius "Neal" Magee⟧ (MRN ⟦M|U00841177⟧) reports he cannot read well. The entire consent form was read aloud to him by ⟦N|Shantel Funchess⟧, CRC, in the presence of an impartial witness, Rev. ⟦N|Otis Hollins⟧ (chaplain, not involved in the study). He repeated in his own words that text messages will come to his cell ⟦P|601-555-0173⟧ and that he can text STOP. His aunt ⟦N|Bernice Magee⟧ from ⟦C|Canton⟧ was present but did not sign.
Signatures: participant (signed his name), witness, person obtaining consent. Copy given. Study ID ⟦I|HU-TXT-0058⟧ assigned; phone enrolled in the ⟦O|Twilio⟧ platform by ⟦N|Darnell Hughes⟧ (⟦UN|dhughes_ummc⟧).
PI: Dr. ⟦N|Temitope Adegbite⟧.
`);

note("iwrs-confirmation", `
IWRS Transaction Confirmation — ⟦O|Suvoda⟧ — DO NOT REPLY
Study: DUPI-EoE-309   Site: 152 — ⟦H|Children's Mercy Kansas City⟧, ⟦C|Kansas City⟧, ⟦STATE|MO⟧
Transaction: Randomisation + Dispensation   Date/Time: ⟦D|22-Apr-2099⟧ 10:47 CDT   Performed by: ⟦N|Whitney Osterhaus⟧ (⟦UN|wosterhaus152⟧)
Subject: ⟦I|152-0044⟧   Year of birth: ⟦D|2085⟧   Weight band: 30–<60 kg
Kit(s) assigned: 552019, 552020   Transaction ID: ⟦I|TXN-99-6618227⟧
Next visit: Week 4 (⟦D|20-May-2099⟧, window ± 3 days)
Questions: Suvoda Support ⟦P|+1 877 555 0142⟧ or ⟦E|support@suvoda.com⟧
Copy sent to: ⟦E|wosterhaus@cmh.edu⟧; unblinded pharmacist ⟦N|Gideon Fairweather⟧, PharmD (⟦E|gfairweather@cmh.edu⟧); CRA ⟦N|Renata Lisowska⟧ (⟦O|Medpace⟧).
Site shipping address for resupply: ⟦H|Children's Mercy Hospital Adele Hall Campus⟧ Research Pharmacy, ⟦S|2401 Gillham Rd⟧, ⟦C|Kansas City⟧, ⟦STATE|MO⟧ ⟦Z|64108⟧. Depot shipment ⟦I|SHP-0099-41822⟧ sent ⟦D|21-Apr-2099⟧ by ⟦O|Marken⟧.
`);

note("courier-pickup-chat", `
[text thread, site 109 coordinator and courier dispatch]
⟦N|Anabel⟧ (⟦H|UT Southwestern⟧ research): hi, pickup for ⟦O|Marken⟧ job ⟦I|MK-4471-09283⟧ today? box is ready at the ⟦LO|Clements University Hospital⟧ loading dock, ⟦S|6201 Harry Hines Blvd⟧
Dispatch (⟦N|Terrence⟧): driver ⟦N|Luis Arreola⟧ ⟦P|214-555-0117⟧ eta 2:15
⟦N|Anabel⟧: ok. 2 boxes, frozen, to ⟦O|Labcorp Drug Development⟧ ⟦C|Indianapolis⟧. subjects ⟦I|109-0012⟧ and ⟦I|109-0015⟧
⟦N|Anabel⟧: the second box is from our ⟦C|Tyler⟧ satellite (⟦H|UT Health East Texas⟧), coordinator ⟦N|Kaylee Moffett⟧ will meet him
⟦N|Luis Arreola⟧: here. which door? 
⟦N|Anabel⟧: door 4. waybill ⟦I|4418 2207 9931⟧ printed 👍
`);

note("long-visit-note-neuro", `
Study Visit Note — Month 18 — "Lecanemab Real-World Safety Registry" and open-label extension — ⟦H|Banner Alzheimer's Institute⟧, ⟦S|901 E Willetta St⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85006⟧
Date of visit: ⟦D|04/21/2099⟧   Registry ID: ⟦I|BAI-REG-00417⟧   Extension subject: ⟦I|OLE-118-0207⟧   ⟦H|Banner⟧ MRN: ⟦M|BN10448271⟧

Participant: ⟦N|Hollis Wendell Crabtree⟧, 79, retired mining engineer from ⟦C|Globe⟧. Study partner: wife ⟦N|Marjorie Crabtree⟧ (⟦P|928-555-0134⟧), present for the whole visit and for the informant questionnaires.

Interval history: Infusion 38 given ⟦D|04/07/2099⟧ at the ⟦H|Banner Baywood Medical Center⟧ infusion centre in ⟦C|Mesa⟧ without reaction. ⟦N|Marjorie⟧ notes more repetition of questions since ⟦D|February⟧. One fall on ⟦D|03/29⟧ in the yard, no injury; he did not go to the ED. No headache, visual change or confusion episodes.
Outside care: PCP Dr. ⟦N|Anjali Deshmukh⟧ (⟦H|Cobre Valley Regional Medical Center⟧) added donepezil 10 mg ⟦D|03/02/2099⟧; cardiology (Dr. ⟦N|Roland Pitts⟧, ⟦O|Arizona Heart Rhythm Center⟧) started apixaban for new AF ⟦D|03/20/2099⟧ — protocol-listed concern: anticoagulation with anti-amyloid therapy. Medical monitor Dr. ⟦N|Shu-fen Liao⟧ (⟦O|Eisai⟧) contacted ⟦D|04/08⟧; infusion 39 held pending safety MRI.

Assessments: MMSE 21 (was 23 at month 12). CDR-SB 5.5. ADAS-Cog13 34. NPI-Q 4. Vitals normal.
Safety MRI ⟦D|04/14/2099⟧ at ⟦O|SimonMed Imaging⟧ ⟦C|Scottsdale⟧ (accession ⟦I|SMI-9927104⟧): 2 new microhaemorrhages (ARIA-H, mild), no ARIA-E. Central read by ⟦O|Perceptive Imaging⟧ confirmed ⟦D|04/18/2099⟧.
APOE genotype on file (ε3/ε4) — not disclosed to participant per protocol.

Assessment and plan:
1. ARIA-H mild, asymptomatic, on new anticoagulant. Per protocol section 8.3 and the sponsor's advice, hold infusions; repeat MRI in 4 weeks (⟦D|05/19/2099⟧); discuss with cardiology whether left atrial appendage occlusion is an option. Letter sent to Dr. ⟦N|Pitts⟧ (fax ⟦F|480-555-0126⟧).
2. AE reported in EDC: ARIA-H, grade 1, not serious. Narrative to sponsor ⟦D|04/22/2099⟧.
3. Caregiver strain: ⟦N|Marjorie⟧ scores 22 on the Zarit; referred to the ⟦O|Alzheimer's Association⟧ Desert Southwest Chapter (helpline ⟦P|1-800-555-0190⟧) and to a support group at ⟦LO|Pinal Mountain Senior Center⟧.
4. Driving: he still drives to ⟦C|Miami⟧, ⟦STATE|Arizona⟧, for groceries; advised formal driving evaluation at ⟦H|Banner Rehabilitation Hospital⟧.

Next visit: Month 19 (⟦D|May 2099⟧), MRI first. Son ⟦N|Clayton Crabtree⟧ in ⟦C|Flagstaff⟧ to be copied on the summary (⟦E|clay.crabtree@nau.edu⟧) per participant's written request.

Investigator: ⟦N|Reuben Alcántara-Fisk⟧, MD   Sub-I: ⟦N|Esperanza Quiñonez⟧, NP   Coordinator: ⟦N|Whitney Fairbanks⟧, CCRC (⟦N|WF⟧) ⟦P|602-555-0161⟧ ext ⟦P|3340⟧
`);

note("hiv-network-visit", `
⟦O|HPTN⟧ 084-02 (cabotegravir PrEP) — Study Visit — ⟦H|The Ponce de Leon Center⟧ CRS, ⟦C|Atlanta⟧ — CRS 31578
⟦D|2099-04-20⟧. PTID ⟦I|315-78-0441-2⟧. Participant ⟦N|Keisha Lamont-Harris⟧ (clinic MRN ⟦M|PDL-00448172⟧), 24 y, G1P1.
Injection #9 (CAB-LA 600 mg IM, gluteal) given by ⟦N|Rosa Quintanilla⟧, RN. HIV rapid neg; RNA to ⟦O|Emory Center for AIDS Research⟧ virology lab (specimen ⟦I|CFAR-99-40217⟧).
Participant moved to ⟦C|Decatur⟧; new address ⟦S|318 Sycamore Dr⟧ Apt 2C, ⟦C|Decatur⟧, ⟦STATE|GA⟧ ⟦Z|30030⟧; new phone ⟦P|470-555-0183⟧. Locator form updated; alternate contact mother ⟦N|Yvonne Lamont⟧ ⟦P|404-555-0107⟧.
Reimbursement $40 cash (receipt ⟦I|R-20990420-07⟧). Next visit ⟦D|2099-06-15⟧. Study clinician Dr. ⟦N|Obinna Chukwuemeka⟧.
Outside care: PCP at ⟦H|Grady Memorial Hospital⟧ (Dr. ⟦N|Ifeoma Nnadi⟧); partner ⟦N|Terrell Booker⟧ referred to the ⟦O|Fulton County Board of Health⟧ sexual health clinic. Data entered in ⟦O|Frontier Science⟧ DataFax by ⟦N|RQ⟧ ⟦D|04/20/2099⟧.
`);

note("tb-trial-dot-log", `
Directly Observed Therapy Log — ⟦O|TBTC⟧ Study 38 — ⟦O|Hawaii State Department of Health⟧ TB Control, ⟦S|1700 Lanakila Ave⟧, ⟦C|Honolulu⟧
Participant ⟦N|Faleolo, Tauiliili⟧   Study no. ⟦I|TB38-HI-0019⟧   DOH case # ⟦I|HI-99-00447⟧   Address ⟦S|94-1040 Waipahu St⟧, ⟦C|Waipahu⟧ ⟦Z|96797⟧
Date        Doses  Observer        Mode       Comment
⟦D|04/13/2099⟧  1      ⟦N|K. Kealoha⟧      in person  at home; wife ⟦N|Salote⟧ present
⟦D|04/14/2099⟧  1      ⟦N|K. Kealoha⟧      video      ⟦O|emocha⟧ app user ⟦UN|tfaleolo19⟧
⟦D|04/15/2099⟧  0      -               missed     at work on ⟦LO|Ford Island⟧; called ⟦P|808-555-0165⟧ no answer
⟦D|04/16/2099⟧  1      ⟦N|L. Akana⟧        in person  at ⟦H|Kalihi-Palama Health Center⟧
Nausea grade 1 reported ⟦D|04/16⟧; site investigator Dr. ⟦N|Mahealani Keawe-Tanaka⟧ informed. ⟦C|Hilo⟧ cousin ⟦N|Ioane Faleolo⟧ as alternate contact.
`);

note("reconsent-amendment", `
Re-consent Note — Amendment 4 (new hepatotoxicity risk) — Protocol PBC-OBE-308 — ⟦H|University of Michigan Health⟧, ⟦C|Ann Arbor⟧
⟦D|04/20/2099⟧ 10:05 — Subject ⟦I|0871-0012⟧, ⟦N|Nadia Haddad-Rahal⟧, MRN ⟦M|UM-044187233⟧

Per ⟦O|IRBMED⟧ approval of ⟦D|04/02/2099⟧ and the sponsor's Dear Investigator letter (⟦O|Obelisk Hepatology⟧, ⟦D|03/27/2099⟧), all active subjects must be re-consented with ICF v7.0. The new risk section was reviewed in Arabic with interpreter ⟦N|Samir Khoury⟧ (⟦O|University of Michigan⟧ Interpreter Services, badge ⟦I|UMIS-2207⟧) present in person. Subject's husband ⟦N|Karim Rahal⟧, who drove her from ⟦C|Dearborn⟧, asked about liver tests; explained they will be every 2 weeks at the ⟦H|Michigan Medicine Northville Health Center⟧ lab or at ⟦O|Quest⟧ on ⟦S|Michigan Ave⟧.
Subject chose to continue. Signed v7.0 at 10:31. Copy given. Consent by ⟦N|Evangeline Okwuosa⟧, CRC. PI Dr. ⟦N|Friedrich Altenberg⟧ available by phone ⟦P|734-555-0128⟧.
`);

note("screen-fail-letter", `
⟦H|Penn State Health Milton S. Hershey Medical Center⟧
Clinical Trials Office — ⟦S|500 University Drive⟧, ⟦C|Hershey⟧, ⟦STATE|PA⟧ ⟦Z|17033⟧ — ⟦P|717-555-0195⟧

⟦D|April 22, 2099⟧

Mr. ⟦N|Dmytro Kovalenko⟧
⟦S|2218 Derry St⟧
⟦C|Harrisburg⟧, ⟦STATE|PA⟧ ⟦Z|17104⟧

Dear Mr. ⟦N|Kovalenko⟧,

Thank you for taking part in screening for our research study of a new inhaled medicine for pulmonary fibrosis (study number 2099-0412). Your breathing tests on ⟦D|April 9, 2099⟧ showed that your lung function is above the range the study allows, so you are not able to join the study at this time. This does not change your care with Dr. ⟦N|Yaroslava Bondar⟧ at the ⟦H|Penn State Health Lung Center⟧.

You will receive $50 for the screening visit on your ClinCard (ending ⟦I|4471⟧) within two weeks. If you have questions, please call me at the number above or write to ⟦E|kbaumgartner@pennstatehealth.psu.edu⟧.

Sincerely,
⟦N|Kristin Baumgartner⟧, BSN, RN
Research Nurse Coordinator
`);

note("monitoring-visit-confirmation", `
From: ⟦N|Siobhan Gallagher-Ruiz⟧ <⟦E|siobhan.gallagherruiz@ppd.com⟧>
Sent: ⟦DAY|Wednesday⟧, ⟦D|April 22, 2099⟧ 4:18 PM
To: ⟦N|Matthew Dziedzic⟧ <⟦E|mdziedzic@allegheny.org⟧>; ⟦N|Tiffany Ruckert⟧ <⟦E|truckert@ahn.org⟧>
Subject: Confirmation — Site Monitoring Visit, Site 6610, Protocol ONC-ADC-144

Hi ⟦N|Matt⟧ and ⟦N|Tiffany⟧,

This confirms my on-site visit at ⟦H|Allegheny General Hospital⟧ (⟦S|320 E North Ave⟧, ⟦C|Pittsburgh⟧) on ⟦D|May 5–6, 2099⟧. I'd like to review:
- Subjects ⟦I|6610-003⟧, ⟦I|6610-005⟧ (full SDV, including the outside records from ⟦H|Conemaugh Memorial Medical Center⟧ for the ⟦D|March 30⟧ admission) and ⟦I|6610-008⟧ (consent only).
- IP accountability with Dr. ⟦N|Oksana Melnyk⟧ in investigational pharmacy.
- ECG machine calibration log (serial ⟦DEV|MAC5500-SN-4418227⟧).
Please reserve a room with EMR access (my Epic Link user is ⟦UN|ext_sgallagher⟧) and let me know if Dr. ⟦N|Adebayo-Stein⟧ has 30 minutes on ⟦D|5/6⟧.

Thanks,
⟦N|Siobhan⟧
⟦N|Siobhan Gallagher-Ruiz⟧ | Sr. CRA | ⟦O|PPD⟧, part of ⟦O|Thermo Fisher Scientific⟧ | ⟦P|+1 412 555 0179⟧
`);

note("delegation-log", `
Delegation of Authority and Site Signature Log — Protocol RSV-OLD-401 (adults ≥ 60, RSV vaccine) — Site 2207
Site: ⟦H|Baylor Scott & White Medical Center – Temple⟧ Clinical Research, ⟦S|2401 S 31st St⟧, ⟦C|Temple⟧, ⟦STATE|TX⟧ ⟦Z|76508⟧   Sponsor: ⟦O|Halvard Vaccines AG⟧   CRO: ⟦O|Worldwide Clinical Trials⟧
Name                        Role                 Initials  Tasks (codes)            Start         End           PI initials
⟦N|Obiageli Nwosu-Farris⟧, MD     Principal Investigator  ⟦N|ONF⟧       1–18                     ⟦D|09/01/2098⟧    —             ⟦N|ONF⟧
⟦N|Jesús Alberto Cantú⟧, MD       Sub-Investigator        ⟦N|JAC⟧       1–10, 12, 15             ⟦D|09/01/2098⟧    —             ⟦N|ONF⟧
⟦N|Brenna McAllister⟧, RN         Research Nurse          ⟦N|BM⟧        2, 4–9, 11, 13           ⟦D|09/01/2098⟧    ⟦D|02/28/2099⟧    ⟦N|ONF⟧
⟦N|Tran Minh Chau⟧, CCRC          Coordinator             ⟦N|TMC⟧       2, 3, 5, 8, 11, 13, 14   ⟦D|09/15/2098⟧    —             ⟦N|ONF⟧
⟦N|Kwabena Ofori-Atta⟧, PharmD    Unblinded Pharmacist    ⟦N|KOA⟧       16, 17                   ⟦D|09/01/2098⟧    —             ⟦N|ONF⟧
⟦N|Dolores Villarreal⟧, LVN       Unblinded Vaccinator    ⟦N|DV⟧        17                       ⟦D|10/03/2098⟧    —             ⟦N|ONF⟧
⟦N|Ashlyn Kruger⟧                 Regulatory Specialist   ⟦N|AK⟧        14, 18                   ⟦D|09/01/2098⟧    —             ⟦N|ONF⟧
⟦N|Marcus O'Halloran⟧, MLT        Lab Processing          ⟦N|MOH⟧       9                        ⟦D|01/09/2099⟧    —             ⟦N|ONF⟧
Codes: 1 eligibility; 2 consent; 3 scheduling; 4 vitals; 5 e-diary training; 6 physical exam; 7 AE assessment; 8 eCRF; 9 specimen processing and shipping (⟦O|PPD Laboratories⟧ Central Lab); 10 SAE reporting; 11 query resolution; 12 conmed review; 13 subject payment; 14 regulatory; 15 medical history; 16 IP accountability; 17 IP preparation and administration; 18 IRB submissions (⟦O|WCG IRB⟧).
Off-site subjects seen at satellite ⟦H|Baylor Scott & White Clinic – Killeen⟧ (⟦S|3801 S W S Young Dr⟧, ⟦C|Killeen⟧) by ⟦N|JAC⟧ and ⟦N|TMC⟧ only.
Reviewed by CRA ⟦N|Oluwakemi Ajayi⟧ (⟦O|Worldwide Clinical Trials⟧) ⟦D|04/16/2099⟧; PI signature ⟦N|Obiageli Nwosu-Farris⟧ ⟦D|04/17/2099⟧. Questions: ⟦E|tran.chau@bswhealth.org⟧, ⟦P|254-555-0109⟧.
`);

note("sae-follow-up-outside-admission", `
SAE Follow-up Report #2 — Protocol T2D-ORAL-GLP-520 — Sponsor Case ⟦I|NVL-2099-US-007741⟧

Site 3304 — ⟦H|Ochsner LSU Health Shreveport⟧ Clinical Research Center, ⟦S|1541 Kings Hwy⟧, ⟦C|Shreveport⟧, ⟦STATE|LA⟧ ⟦Z|71103⟧
Investigator: ⟦N|Marcus Antoine Broussard⟧, MD   Coordinator: ⟦N|LaToya Washington-Pugh⟧, CCRP   Phone ⟦P|318-555-0142⟧   Fax ⟦F|318-555-0143⟧

Subject ⟦I|3304-0061⟧ (initials ⟦N|E-RJ⟧; site MRN ⟦M|OS-77810492⟧), 64-year-old man, randomised ⟦D|11/18/2098⟧, study drug 14 mg daily (blinded).

Event: acute pancreatitis (lipase 1,840 U/L).
Chronology:
- ⟦D|04/05/2099⟧: epigastric pain at home in ⟦C|Minden⟧; seen at ⟦H|Minden Medical Center⟧ ED by Dr. ⟦N|Harvey Blanchard⟧; CT abdomen: peripancreatic stranding, no gallstones.
- ⟦D|04/05/2099⟧ 23:10: admitted to ⟦H|Minden Medical Center⟧, then transferred ⟦D|04/06/2099⟧ to ⟦H|Willis-Knighton Medical Center⟧ for GI (Dr. ⟦N|Priyamvada Iyer⟧). Triglycerides 412; alcohol denied (wife ⟦N|Bernadette Johnson⟧ confirms).
- ⟦D|04/07/2099⟧: site notified by the subject's daughter, ⟦N|Renée Johnson-Carter⟧ (⟦P|318-555-0167⟧), who called the 24-hour study line. SAE reported to sponsor within 24 h (initial report ⟦D|04/07/2099⟧).
- ⟦D|04/11/2099⟧: discharged home; lipase 210. Study drug permanently discontinued per protocol section 7.2 on ⟦D|04/07/2099⟧.
Outside records: requested from both hospitals ⟦D|04/08/2099⟧ (HIM fax ⟦F|318-555-0188⟧ and ⟦F|318-555-0122⟧); ⟦H|Willis-Knighton⟧ records received ⟦D|04/18/2099⟧, ⟦H|Minden⟧ records pending.
Assessment: Serious (hospitalisation). Severity severe. Causality: possibly related (PI). Expectedness: expected (listed in IB v11, section 6.4).
Outcome: recovered with sequelae (new diet restriction). Subject continues in safety follow-up; next visit ⟦D|05/09/2099⟧.
Sponsor queries of ⟦D|04/14/2099⟧ (⟦I|SQ-44107⟧, ⟦I|SQ-44108⟧) answered in this report.
Signature: ⟦N|Marcus A. Broussard⟧, MD ⟦D|22-Apr-2099⟧. Submitted to ⟦O|Novalis Pharmaceuticals⟧ Global Patient Safety via ⟦U|https://safety.novalis-pharma.com/sae⟧ by ⟦N|LWP⟧.
`);
write();
