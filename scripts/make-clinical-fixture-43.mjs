// Why this file exists: builds test/fixtures/clinical-notes-43.jsonl, a forty-third labelled set of clinical texts
// written by hand in stop 51 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 41 and 42's generators, fixture 42's test file, fixture-io.mjs, stop 50's fx50 and
// fy50 sections of docs/names-rounds.md and the opening comments of the other generators were read for the form, the
// labels and the registers already held), in the register of SURGICAL AND PROCEDURAL CARE, which no earlier fixture
// holds as a whole (fixtures 11, 15, 18, 30-34 hold single operative notes, implant logs and procedure notes): pre-op
// H&Ps and anaesthesia pre-assessments, cardiology pre-op clearance letters, surgical scheduling and booking sheets, an
// OR schedule board, prior authorizations for surgery, consent forms and consent discussions with interpreters,
// operative notes (laparoscopic cholecystectomy, CABG, hip fracture, robotic prostatectomy, bariatric sleeve, living-
// donor nephrectomy, Mohs, cataract), anaesthesia records, PACU notes and ambulatory-surgery discharges, perioperative
// nursing records and count sheets, implant logs with device UDIs, lots and serials, a device registration letter,
// cath-lab and interventional-radiology reports, endoscopy (EGD, colonoscopy, ERCP), pathology requisitions, frozen-
// section call logs and surgical pathology reports, a tissue-bank allograft tracking form, transplant coordination and
// OPO donor referral calls, a surgical tumour board, a safety event report, NHSN surgical-site infection surveillance
// and post-discharge SSI follow-up calls, device reps' and schedulers' texts, portal messages. 15 in ALL CAPS, 8 in
// lower case (texts, chats, call logs, portal messages), the rest mixed.
// Regions (towns invented or real, states and countries real): Pittsburgh and Monroeville, Cleveland and Parma,
// Rochester and Austin (Minnesota), Durham and Chapel Hill, Birmingham and Hoover, Omaha and Council Bluffs, Salt Lake
// City, Murray and West Valley City, Boise and Nampa, Spokane, Tucson, El Paso and Las Cruces, Baton Rouge, New Orleans
// and Gonzales, Knoxville and Maryville, Nashville's towns (Murfreesboro, Smyrna, Clarksville), Charleston (West
// Virginia), Richmond, Norfolk and Virginia Beach, Worcester, Hartford, Portland (Maine) and Lewiston, Albany and Troy,
// Grand Rapids, Milwaukee and Waukesha, Columbus, Des Moines and Ankeny, Wichita and Wellington, Tulsa, Sapulpa and
// Tahlequah, Albuquerque and Shiprock, Reno, Sacramento and Roseville, Tampa, Montgomery, Honolulu and Ewa Beach,
// Anchorage and Bethel; abroad Manila, Monterrey, Kraków.
// PHI forms sought: patients', relatives' and staff names of many origins (Polish, Ukrainian, Italian, Irish, Greek,
// Lebanese, Iranian, Turkish, Punjabi, Tamil, Filipino, Vietnamese, Korean, Chinese, Japanese, Samoan, Tongan,
// Hawaiian, Nigerian, Ghanaian, Somali, Basque, Mexican with two surnames, Puerto Rican, Navajo, Cherokee, Yupik, Cajun
// French, Dutch, Norwegian), with particles, hyphens, apostrophes and nicknames in quotes; surgeons, assistants,
// anaesthetists, CRNAs, circulators, scrub techs, perfusionists, device reps, coordinators and interpreters, as "LAST,
// FIRST M", with initials and after roles; ages over 89 ("94 YO", "age 93", "(92)", "a 97-year-old", "AGE: 91", a
// table's column); hospitals, ambulatory surgery centres, endoscopy centres and cath labs of named hospitals; device
// makers and reps' companies, OPOs, reference labs, tissue banks, payers and their utilization offices, transport
// companies, employers; streets, towns, zips, counties; dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14",
// "March 14, 2099", "Mar 14", "14 March 2099", "3/14", month and year, a bare year; phones, faxes, extensions, pagers, emails, URLs; MRNs, FINs,
// case, accession, booking, authorization, claim, consent, NHSN event, UNOS, OPO referral, NPI and licence
// numbers; member and group numbers; user ids; device UDIs, serials and lots (implants, a pacemaker, a stent, a graft,
// a pump, a scope, an allograft).
// Hard negatives: drugs (propofol, sugammadex, rocuronium, cefazolin, Ancef, TXA, heparin, protamine, fentanyl,
// hydromorphone, ondansetron, ropivacaine, midazolam, Kcentra, Eliquis, FOLFIRINOX), devices and materials (da Vinci
// Xi, MAKO, GlideScope, EndoCatch, Bair Hugger, Cell Saver, Blake drain, JP drain, Foley, Prolene, Vicryl, Monocryl,
// V-Loc, Dermabond, PowerPort, Impella, TR band, Synergy XD, Resolution 360, TightRope, Azure XT, MyCareLink, AcrySof,
// Palacos), eponyms and procedures (Mallampati, Trendelenburg, Allen test, Hasson, Bier block, Lichtenstein, Whipple,
// Child-Pugh), scores and codes (ASA III, RCRI, STOP-BANG, Aldrete, Apfel, Caprini, Gleason, wound class III, STS
// PROM, BBPS, CPT 47562, K80.00), clock times, OR rooms, PACU bays, blocks, jars, tray and catalogue numbers.
// Labelling follows fixtures 29-42 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times, relative dates and post-operative days are left
// unlabelled; ages under 90 are no PHI; clinicians', staff and witnesses' initials are PHI; titles, degrees,
// credentials, roles ("CRNA", "scrub", "circulator", "rep") and cue words stay outside the name; "the" stays outside a
// facility; OR rooms, PACU bays, procedure rooms, beds, trays, catalogue (REF) numbers and apartment numbers are left
// unlabelled, as are departments and units of a hospital; hospitals, ambulatory surgery and endoscopy centres, surgery
// centres and clinics with a place name, and the cath labs and transplant centres of a named hospital (the hospital's
// name) are HOSPITAL; device makers, companies, reference labs, tissue banks, OPOs, insurers and plans and their review
// offices, agencies, transport companies, practice groups named without "clinic", churches and employers are
// ORGANIZATION; counties and neighbourhoods are LOCATION-OTHER; MRNs and charts are MRN; member, group and Medicare
// numbers HEALTHPLAN; FIN, case, accession, booking, authorization, claim, consent, event, UNOS, referral, NPI and
// licence numbers ID; user ids USERNAME; UDIs, serials and lots of devices, implants, scopes and allografts DEVICE;
// extensions and pagers PHONE; lot numbers of drugs stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large hospitals, makers, labs and agencies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-42 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-43.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-43.jsonl", "make-clinical-fixture-43");

// ======================================================== ALL CAPS (15) ========================================================

note("preop-hp-caps", `
PRE-OPERATIVE HISTORY AND PHYSICAL   ⟦H|UPMC PRESBYTERIAN⟧ - GENERAL SURGERY   DATE OF SERVICE: ⟦D|03/14/2099⟧
PATIENT: ⟦N|WISNIEWSKI, TADEUSZ J⟧   MRN ⟦M|UP-40471182⟧   FIN ⟦I|9930417722⟧   DOB ⟦D|07/02/2007⟧   AGE: ⟦A|91⟧
PROCEDURE PLANNED: LAPAROSCOPIC CHOLECYSTECTOMY, POSS OPEN, ⟦D|03/17/2099⟧ WITH DR. ⟦N|ADAEZE NWOSU-CAMPBELL⟧. CPT 47562.
HPI: ⟦A|91⟧ YO M, RETIRED ⟦PROF|STEELWORKER⟧ (⟦O|U.S. STEEL⟧ ⟦C|CLAIRTON⟧ WORKS), 3 EPISODES BILIARY COLIC SINCE ⟦D|JAN 2099⟧; ED VISIT
AT ⟦H|UPMC EAST⟧ ⟦D|2/26/99⟧, RUQ US: STONES, WALL 4 MM. REFERRED BY PCP DR. ⟦N|GIUSEPPE LOMBARDI⟧ (⟦P|412-555-0173⟧).
PMH: CAD S/P PCI ⟦D|2091⟧ AT ⟦H|ALLEGHENY GENERAL HOSPITAL⟧, AFIB ON ELIQUIS (HOLD 48 H), CKD 3A. RCRI 2. ASA III.
SOCIAL: WIDOWED, LIVES WITH DAUGHTER ⟦N|KRYSTYNA WISNIEWSKI-HALL⟧ AT ⟦S|318 MAPLE AVE⟧, ⟦C|MONROEVILLE⟧ ⟦STATE|PA⟧ ⟦Z|15146⟧.
HCPOA: DAUGHTER ⟦N|KRYSTYNA⟧ (⟦P|412-555-0118⟧); SON ⟦N|MAREK WISNIEWSKI⟧ IN ⟦C|KRAKÓW⟧, ⟦COUNTRY|POLAND⟧.
CARDIOLOGY CLEARANCE FROM ⟦O|TRI-RIVERS CARDIOLOGY ASSOCIATES⟧ (DR. ⟦N|SUNDARAM⟧) FAXED ⟦D|3/10⟧ FROM ⟦F|412-555-0199⟧.
INSURANCE: ⟦O|UPMC FOR LIFE⟧ ⟦HP|UFL-88104477⟧. CAPRINI 6. STOP-BANG 4.
H&P BY ⟦N|BRENDAN MCGAFFICK⟧, PA-C; ATTESTED ⟦N|A. NWOSU-CAMPBELL⟧, MD ⟦D|3/14/99⟧ 1620.
`);

note("op-note-chole-caps", `
OPERATIVE REPORT      ⟦H|CLEVELAND CLINIC FAIRVIEW HOSPITAL⟧      DATE OF OPERATION: ⟦D|14-MAR-2099⟧
PATIENT: ⟦N|HADDAD, RANIA⟧   MRN ⟦M|CCF-06614479⟧   ACCT ⟦I|FV2099031404⟧   OR 7
SURGEON: ⟦N|MICHAEL DVORAK⟧, MD   ASSISTANT: ⟦N|OLUWATOYIN BANJO⟧, MD (PGY-4)   ANESTHESIA: ⟦N|PRAKASH IYENGAR⟧, MD / ⟦N|KELSEY DUNLEAVY⟧, CRNA
PREOP DX: ACUTE CALCULOUS CHOLECYSTITIS (K80.00). POSTOP DX: SAME, GANGRENOUS. PROCEDURE: LAP CHOLE WITH IOC.
FINDINGS: DISTENDED GANGRENOUS GB, CRITICAL VIEW OF SAFETY OBTAINED, CHOLANGIOGRAM NORMAL. NO CBD STONES.
TECHNIQUE: SUPINE, REVERSE TRENDELENBURG. HASSON AT UMBILICUS, 3 5-MM PORTS. CYSTIC DUCT AND ARTERY CLIPPED. GB IN ENDOCATCH BAG.
EBL 25 ML. SPECIMEN: GALLBLADDER TO ⟦O|CLEVELAND CLINIC LABORATORIES⟧, ACCESSION ⟦I|S99-0418832⟧. DRAINS: NONE. COUNTS CORRECT X2.
CIRCULATOR ⟦N|DENISE PAPADOPOULOS⟧, RN; SCRUB ⟦N|JAMAL WHITTAKER⟧, CST. CEFAZOLIN 2 G PRE-INCISION.
DISPOSITION: PACU STABLE. HUSBAND ⟦N|KHALIL HADDAD⟧ UPDATED IN WAITING ROOM (⟦P|440-555-0126⟧).
DICTATED BY ⟦N|M. DVORAK⟧ ⟦D|3/14/2099⟧ 1411 / TRANSCRIBED ⟦N|JLR⟧ ⟦D|3/14/2099⟧ JOB ⟦I|7730418⟧
`);

note("anesthesia-record-caps", `
ANESTHESIA RECORD - INTRAOP SUMMARY   ⟦H|DUKE UNIVERSITY HOSPITAL⟧ - DEPT OF ANESTHESIOLOGY   ⟦D|2099-03-14⟧   OR 22
PT: ⟦N|OKONKWO-BELL, CHIDINMA A⟧   MRN ⟦M|DU7104418⟧   DOB ⟦D|11/30/2006⟧ (⟦A|92⟧)   WT 54 KG   ASA III   NPO SINCE 2200
PROCEDURE: ORIF L INTERTROCHANTERIC FX (CEPHALOMEDULLARY NAIL)   SURGEON ⟦N|WESTBROOK⟧ / ⟦N|TANAKA⟧
ATTENDING ANESTHESIOLOGIST: ⟦N|GRAHAM FITZHUGH⟧, MD (IN 0742, OUT 0935)   RESIDENT ⟦N|SOO-AH KWON⟧, MD   CRNA ⟦N|DARNELL PETTIFORD⟧
AIRWAY: MALLAMPATI III, VL GLIDESCOPE GR 1, ETT 7.0 @ 21 CM. BLOCK: FASCIA ILIACA (ROPIVACAINE 0.2% 30 ML) BY ⟦N|S. KWON⟧.
INDUCTION: PROPOFOL 60 MG, FENTANYL 50 MCG, ROCURONIUM 40 MG. REVERSAL SUGAMMADEX 200 MG. TXA 1 G. CEFAZOLIN 2 G.
FLUIDS LR 900 ML, UOP 150 ML, EBL 300 ML. BAIR HUGGER. TEMP NADIR 35.9.
EVENTS: HYPOTENSION AFTER INDUCTION, PHENYLEPHRINE GTT 0.3. NO OTHER EVENTS.
HANDOFF TO PACU RN ⟦N|MAGDALENA REYES⟧ 0941. SIGNED ⟦N|GF⟧ / USER ⟦UN|GFITZ04⟧. SON ⟦N|EMEKA BELL⟧ (⟦P|919-555-0145⟧) CALLED BY SURGEON.
`);

note("pacu-note-caps", `
PACU NURSING NOTE   ⟦H|NEBRASKA MEDICINE⟧ - ⟦H|NEBRASKA MEDICAL CENTER⟧ PACU BAY 14   ⟦D|03/14/2099⟧
PT: ⟦N|SVENDSEN, INGRID M⟧ ("⟦N|INGE⟧")   MRN ⟦M|NM-33018844⟧   ⟦A|94⟧ YO F   S/P R TKA UNDER SPINAL + ADDUCTOR CANAL
ARRIVED 1105 FROM OR 4 WITH ⟦N|CHIOMA EZE⟧, CRNA. REPORT TAKEN. ALDRETE 8 → 10 AT 1150. PAIN 3/10. PONV NONE, APFEL 3.
1120 HYDROMORPHONE 0.2 MG IV. 1135 ONDANSETRON 4 MG. SPINAL LEVEL T10 RECEDING.
FAMILY: GRANDSON ⟦N|ERIK SVENDSEN-ORTIZ⟧ (⟦P|402-555-0191⟧) AT DESK; NIECE ⟦N|BIRGIT HALVORSEN⟧ FROM ⟦C|COUNCIL BLUFFS⟧ ON PHONE.
DISCHARGE FROM PACU TO 6 WEST RM 612 AT 1210, PER DR. ⟦N|RAMIREZ-OTERO⟧ (ANESTHESIA). HANDOFF TO ⟦N|TOMASZ ZIELINSKI⟧, RN.
LIVES AT ⟦H|BRIGHT HORIZONS SENIOR LIVING⟧, ⟦S|7205 PACIFIC ST⟧, ⟦C|OMAHA⟧ ⟦Z|68106⟧. RETURN PLAN: SNF VS HOME.
RN ⟦N|LUPE TAUFA⟧ / ⟦N|LT⟧ 1212.
`);

note("implant-log-tka-caps", `
IMPLANT RECORD - OR 9 - ⟦H|INTERMOUNTAIN MEDICAL CENTER⟧ (⟦C|MURRAY⟧ ⟦STATE|UT⟧)   CASE # ⟦I|OR-2099-031477⟧   ⟦D|MAR 14 2099⟧
PT: ⟦N|HIGHTOWER, LAVERNE D⟧   MRN ⟦M|IHC-5519042⟧   PROCEDURE: L TOTAL KNEE ARTHROPLASTY (ROBOTIC, MAKO)
SURGEON: ⟦N|BRAXTON HOLLINGSWORTH⟧, MD   REP ON SITE: ⟦N|KYLE MCANDREWS⟧ (⟦O|STRYKER⟧ ⟦P|801-555-0140⟧)
ITEM                         MFR         REF            LOT/SN              UDI
FEMORAL COMPONENT CR SZ 5    ⟦O|STRYKER⟧     5510-F-501     LOT ⟦DEV|2K7HX4⟧          ⟦DEV|(01)07613327154419(17)250930(10)2K7HX4⟧
TIBIAL BASEPLATE SZ 4        ⟦O|STRYKER⟧     5520-B-400     LOT ⟦DEV|9RT3301⟧         ⟦DEV|(01)07613327150886(10)9RT3301⟧
POLY INSERT 11 MM CS         ⟦O|STRYKER⟧     5532-G-411     SN ⟦DEV|44718AXQ⟧         ⟦DEV|(01)07613327160205(21)44718AXQ⟧
PATELLA 32 MM                ⟦O|STRYKER⟧     5551-G-320     LOT ⟦DEV|61HH09⟧          -
BONE CEMENT (SIMPLEX P W/ TOBRA)  ⟦O|STRYKER⟧ 6197-9-001  LOT NOT TRACKED (DRUG)
ALL IMPLANTS SCANNED INTO ⟦O|GHX⟧ BY CIRCULATOR ⟦N|ANNALISE VOGELSANG⟧, RN; VERIFIED ⟦N|H. SAKAMOTO⟧, CST. WASTED: NONE.
BILL-ONLY PO ⟦I|PO-7741188⟧ TO ⟦O|STRYKER ORTHOPAEDICS⟧, ⟦S|325 CORPORATE DR⟧, ⟦C|MAHWAH⟧ ⟦STATE|NJ⟧ ⟦Z|07430⟧.
`);

note("cath-lab-caps", `
CARDIAC CATHETERIZATION REPORT   ⟦H|UAB HOSPITAL⟧ CATH LAB 3   ⟦D|03/14/2099⟧   ⟦N|TRAN, VAN HIEU⟧   MRN ⟦M|UAB-2280417⟧
DOB ⟦D|02/19/2009⟧   AGE ⟦A|90⟧   REFERRING: DR. ⟦N|NAOMI GOLDFARB⟧, ⟦O|BROOKWOOD CARDIOVASCULAR GROUP⟧, ⟦C|HOOVER⟧
INDICATION: NSTEMI, TROP 2.1. ACCESS: R RADIAL 6F (ALLEN TEST NORMAL). HEPARIN 5000 U.
FINDINGS: LM NL. LAD 90% MID. LCX 40%. RCA 70% PROX. LVEDP 22.
INTERVENTION: PCI MID LAD - DES 3.0 X 28 (⟦O|BOSTON SCIENTIFIC⟧ SYNERGY XD, LOT ⟦DEV|0029914471⟧, UDI ⟦DEV|08714729961045⟧).
OPERATORS: ⟦N|OBINNA ACHEBE-WARD⟧, MD; FELLOW ⟦N|RHETT CALLOWAY⟧, MD. RN ⟦N|TAMSIN GREER⟧, RT(R) ⟦N|DEVONTE MILES⟧.
CONTRAST: OMNIPAQUE 140 ML. FLUORO 11.4 MIN, AIR KERMA 812 MGY. TR BAND ON 1410.
DAUGHTER ⟦N|TRAN THI NGOC ANH⟧ (⟦P|205-555-0157⟧) INFORMED VIA VIETNAMESE INTERPRETER ⟦N|PHUONG LE⟧ (ID ⟦I|LL-40418⟧).
CC: ⟦N|NAOMI GOLDFARB⟧, MD FAX ⟦F|205-555-0163⟧. ELECTRONICALLY SIGNED ⟦N|O. ACHEBE-WARD⟧ ⟦D|03/14/99⟧ 1522.
`);

note("or-schedule-board-caps", `
OR SCHEDULE - ⟦H|OCHSNER MEDICAL CENTER - BATON ROUGE⟧ - ⟦DAY|FRIDAY⟧ ⟦D|03/14/2099⟧ - PRINTED 0545 BY ⟦UN|MTHIBODEAUX⟧
RM  START  PATIENT                    AGE  PROCEDURE                      SURGEON           ANES
1   0730   ⟦N|BROUSSARD, ELOI P⟧          67   CABG X3                        ⟦N|LANDRY⟧ / ⟦N|GUIDRY⟧   ⟦N|HEBERT⟧
2   0730   ⟦N|NGUYEN, KIM-LIEN⟧           44   ROBOTIC HYSTERECTOMY           ⟦N|FONTENOT⟧          ⟦N|PATEL, S⟧
3   0745   ⟦N|THIBODEAUX, ODILE M⟧        ⟦A|96⟧   HIP HEMIARTHROPLASTY R         ⟦N|BREAUX⟧            ⟦N|ABDELRAHMAN⟧
4   0800   ⟦N|JOHNSON-MOUTON, TERRELL⟧    38   I&D L FOOT, WOUND VAC          ⟦N|CHAUVIN⟧           ⟦N|OYELOWO⟧
5   0815   ⟦N|DOUCET, RENE⟧               71   TURP                           ⟦N|MELANÇON⟧          ⟦N|HEBERT⟧
6   0900   ⟦N|ALVARADO CRUZ, YESENIA⟧     29   LAP APPY (ADD-ON ⟦D|3/13⟧)       ⟦N|LEBLANC⟧           ⟦N|ABDELRAHMAN⟧
7   1030   ⟦N|ROBICHAUX, CLAUDE⟧          ⟦A|90⟧   PEG TUBE                       ⟦N|LANDRY⟧            MAC
CHARGE RN ⟦N|MONIQUE THIBODEAUX⟧ X ⟦P|4471⟧. ANES COORDINATOR DR. ⟦N|HEBERT⟧. ADD-ONS CALL ⟦P|225-555-0108⟧.
`);

note("path-requisition-caps", `
SURGICAL PATHOLOGY REQUISITION - ⟦O|ARUP LABORATORIES⟧ - ⟦S|500 CHIPETA WAY⟧, ⟦C|SALT LAKE CITY⟧ ⟦STATE|UT⟧ ⟦Z|84108⟧ - CLIENT # ⟦I|C-44718⟧
SUBMITTING FACILITY: ⟦H|ST. LUKE'S BOISE MEDICAL CENTER⟧, ⟦S|190 E BANNOCK ST⟧, ⟦C|BOISE⟧ ⟦STATE|ID⟧ ⟦Z|83712⟧   PH ⟦P|208-555-0114⟧   FAX ⟦F|208-555-0120⟧
PATIENT: ⟦N|ETCHEVERRY, MIREN A⟧   DOB ⟦D|10/05/2051⟧   SEX F   MRN ⟦M|SLB-00441872⟧   ENCOUNTER ⟦I|E99031400417⟧
INSURANCE: ⟦O|BLUE CROSS OF IDAHO⟧   MEMBER ⟦HP|BCI9044712⟧   GROUP ⟦HP|77104⟧   SUBSCRIBER: ⟦N|JOSU ETCHEVERRY⟧ (SPOUSE)
ORDERING SURGEON: ⟦N|WHITNEY ALDERSON-PAGE⟧, MD   NPI ⟦I|1730418826⟧   CC: DR. ⟦N|HIROSHI MATSUMOTO⟧, ⟦O|SAWTOOTH ONCOLOGY⟧
COLLECTED ⟦D|03/14/2099⟧ 1015   FIXATIVE: FORMALIN, IN 1022 (COLD ISCHEMIA 7 MIN)
SPECIMEN A: L BREAST, WIRE-LOCALIZED LUMPECTOMY, ORIENTED (SHORT SUP, LONG LAT)   B: L AXILLARY SENTINEL NODE #1 (HOT, BLUE)
CLINICAL HX: IDC L BREAST 2:00, CORE BX ⟦D|02/20/2099⟧ (⟦I|SLB-S99-1188⟧), ER+/PR+/HER2-. NEOADJUVANT: NONE.
REQUESTS: ER/PR/HER2 ON EXCISION IF > 1 CM. ONCOTYPE DX (⟦O|EXACT SCIENCES⟧) PER ONCOLOGY.
COURIER: ⟦O|MEDSPEED⟧ TRACKING ⟦I|MS4471889021⟧. PACKED BY ⟦N|RUTH ANN YBARRA⟧ / ⟦N|RAY⟧.
`);

note("opo-referral-caps", `
DONOR REFERRAL CALL - ⟦O|LIFESHARE OF OKLAHOMA⟧   REFERRAL # ⟦I|LSO-99-03140-17⟧   ⟦D|03/14/2099⟧ 0232   TAKEN BY ⟦N|CASSANDRA REDBIRD⟧
REFERRING HOSPITAL: ⟦H|SAINT FRANCIS HOSPITAL⟧, ⟦C|TULSA⟧ - TRAUMA ICU 4   CALLER: ⟦N|BRANDON HOLLIS⟧, RN   CALLBACK ⟦P|918-555-0177⟧ X ⟦P|3304⟧
PATIENT: ⟦N|KIRKPATRICK, DALTON WAYNE⟧   MRN ⟦M|SFH-7718804⟧   DOB ⟦D|06/11/2071⟧   27 YO M   ABO A POS
MECHANISM: MOTORCYCLE VS TRUCK ON ⟦S|HWY 75⟧ NEAR ⟦C|GLENPOOL⟧, ⟦D|3/13/99⟧ 2140. GCS 3T, FIXED PUPILS. TRIGGER: GCS ≤5.
NOK: MOTHER ⟦N|SHERRY KIRKPATRICK⟧ (⟦P|918-555-0139⟧), ⟦S|2211 W 51ST ST⟧, ⟦C|SAPULPA⟧ ⟦STATE|OK⟧ ⟦Z|74066⟧. FATHER ⟦N|DALE KIRKPATRICK⟧ DECEASED.
REGISTRY: DONOR DESIGNATION ON ⟦O|OKLAHOMA DEPARTMENT OF PUBLIC SAFETY⟧ LICENSE ⟦I|D440718822⟧ - YES.
ME CASE: ⟦O|OKLAHOMA OFFICE OF THE CHIEF MEDICAL EXAMINER⟧ INVESTIGATOR ⟦N|T. WOLFE⟧, CASE ⟦I|ME99-0441⟧. ME RELEASE PENDING.
ON SITE: COORDINATOR ⟦N|JOAQUIN ESTRADA-VEGA⟧ ETA 0400. DO NOT APPROACH FAMILY (PER ⟦O|LIFESHARE⟧ POLICY). UNOS ⟦I|BKQ7710⟧ ASSIGNED.
`);

note("ir-port-caps", `
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE   ⟦H|UNIVERSITY OF NEW MEXICO HOSPITAL⟧   ⟦D|14 MARCH 2099⟧   IR SUITE B
PATIENT: ⟦N|BEGAY, LORETTA YAZZIE⟧   MRN ⟦M|UNMH-3300418⟧   DOB ⟦D|1/22/2046⟧   REFERRED BY ⟦H|UNM COMPREHENSIVE CANCER CENTER⟧ (DR. ⟦N|ABEYTA⟧)
PROCEDURE: R IJ TUNNELED CHEST PORT. CONSENT ⟦I|CN-99-0031447⟧ SIGNED WITH NAVAJO INTERPRETER ⟦N|ROSEMARY TSOSIE⟧.
DEVICE: ⟦O|BARD⟧ POWERPORT 8F, REF 1708000, LOT ⟦DEV|REBX4471⟧, SN ⟦DEV|PP-88204417⟧. PATIENT IMPLANT CARD GIVEN.
SEDATION: MIDAZOLAM 2 MG, FENTANYL 100 MCG BY RN ⟦N|CORDELIA SANDOVAL⟧ UNDER DIRECTION OF DR. ⟦N|RAJIV MALHOTRA⟧.
TIP AT CAVOATRIAL JUNCTION. NO PNEUMOTHORAX. EBL MINIMAL. DERMABOND.
OPERATORS: ⟦N|RAJIV MALHOTRA⟧, MD; ⟦N|JOLENE BENALLY⟧, RPA. FIRST CHEMO ⟦D|3/17⟧ AT INFUSION.
PT LIVES ⟦C|SHIPROCK⟧ - TRANSPORT BY ⟦O|NAVAJO NATION NON-EMERGENCY TRANSPORT⟧ (⟦P|505-555-0102⟧). SISTER ⟦N|ELSIE BEGAY⟧ WITH PT.
`);

note("egd-caps", `
ENDOSCOPY REPORT   ⟦H|MAYO CLINIC HOSPITAL - METHODIST CAMPUS⟧, ⟦C|ROCHESTER⟧   ⟦D|03/14/2099⟧
PATIENT: ⟦N|ABDULLAHI, FARHIYA HASSAN⟧   CLINIC # ⟦M|12-441-872⟧   AGE 52   REFERRING: ⟦N|KJERSTI LUNDQUIST⟧, MD, ⟦H|MAYO CLINIC HEALTH SYSTEM - AUSTIN⟧
PROCEDURE: EGD WITH BIOPSY. SCOPE: ⟦O|OLYMPUS⟧ GIF-H190 SN ⟦DEV|2907714⟧ (REPROCESSED, CYCLE ⟦I|R-99-0418⟧).
INDICATION: IRON DEFICIENCY ANEMIA, DYSPEPSIA. H PYLORI SEROLOGY POS AT ⟦H|OLMSTED MEDICAL CENTER⟧ LAB ⟦D|FEB 2099⟧.
FINDINGS: LA GRADE B ESOPHAGITIS. GASTRIC ANTRAL EROSIONS, BX (JAR 1). DUODENUM NL, BX (JAR 2) FOR CELIAC.
SEDATION: PROPOFOL (MAC) BY ⟦N|ISAAC AMPONSAH⟧, CRNA. ENDOSCOPIST ⟦N|BEATRIZ QUIÑONES-HALE⟧, MD. ASSIST ⟦N|MAHAD ISSE⟧, RN.
SOMALI INTERPRETER ⟦N|HODAN WARSAME⟧. DRIVER: HUSBAND ⟦N|ABDIKARIM ALI⟧ (⟦P|507-555-0164⟧).
PATH TO ⟦O|MAYO CLINIC LABORATORIES⟧. RESULTS VIA PORTAL OR LETTER TO ⟦S|1209 12TH AVE SE⟧, ⟦C|ROCHESTER⟧ ⟦STATE|MN⟧ ⟦Z|55904⟧.
`);

note("surgical-consent-caps", `
CONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES - ⟦H|RENOWN REGIONAL MEDICAL CENTER⟧ - FORM 70-114
PATIENT: ⟦N|FALEOLO, TAVITA SIONE⟧   MRN ⟦M|RRMC-4418007⟧   DOB ⟦D|08/08/2048⟧   CONSENT # ⟦I|CF-2099-0314-22⟧
I AUTHORIZE DR. ⟦N|CATHERINE ELLSWORTH-NAKAMURA⟧ AND SUCH ASSISTANTS AS SHE MAY DESIGNATE TO PERFORM: LAPAROSCOPIC
SLEEVE GASTRECTOMY, POSSIBLE OPEN. RISKS INCLUDING LEAK, BLEEDING, DVT/PE, DEATH EXPLAINED.
BLOOD PRODUCTS: ACCEPT. TISSUE MAY BE RETAINED FOR EDUCATION. PHOTOGRAPHY: YES. RESIDENTS MAY PARTICIPATE.
SIGNATURE OF PATIENT: [SIGNED]   DATE ⟦D|03/14/2099⟧ TIME 0640
INTERPRETER (SAMOAN): ⟦N|MALIA TUIASOSOPO⟧, CERT # ⟦I|NV-INT-00417⟧ (⟦O|PACIFIC LANGUAGE LINK⟧)
WITNESS: ⟦N|GRETCHEN DOBROWSKI⟧, RN   WITNESS 2 (WIFE): ⟦N|LUPE FALEOLO⟧
PHYSICIAN CERTIFICATION: I HAVE EXPLAINED... ⟦N|C. ELLSWORTH-NAKAMURA⟧, MD, ⟦D|3/14/99⟧. PRIOR AUTH ⟦I|HPN-PA-99418870⟧ (⟦O|HOMETOWN HEALTH⟧).
`);

note("nhsn-ssi-caps", `
NHSN SURGICAL SITE INFECTION (SSI) EVENT - ⟦H|WICHITA WESLEY MEDICAL CENTER⟧ - INFECTION PREVENTION   EVENT # ⟦I|SSI-99-0072⟧
PATIENT: ⟦N|RENTERÍA, JOSÉ ALFREDO⟧   MRN ⟦M|WES-0771840⟧   DOB ⟦D|12/24/2044⟧   GENDER M
PROCEDURE: COLO (SIGMOID COLECTOMY, OPEN)   DATE OF PROCEDURE ⟦D|02/21/2099⟧   SURGEON ⟦N|T. KOWALCZUK⟧   WOUND CLASS III
EVENT TYPE: SSI - ORGAN/SPACE (IAB)   DATE OF EVENT ⟦D|03/04/2099⟧   DETECTED: READMISSION (PDS)
CRITERIA: ABSCESS ON CT ⟦D|3/4/99⟧; IR DRAIN BY DR. ⟦N|FOLASADE ADEWALE⟧ ⟦D|3/5/99⟧; CX E COLI, B FRAGILIS (⟦O|QUEST DIAGNOSTICS⟧ ⟦I|Q99-44718820⟧).
READMITTED FROM ⟦H|SUMNER COUNTY HOSPITAL⟧ ⟦C|WELLINGTON⟧, ⟦STATE|KS⟧. HOME: ⟦S|905 N WASHINGTON AVE⟧, ⟦C|WELLINGTON⟧ ⟦Z|67152⟧, ⟦LO|SUMNER COUNTY⟧.
REPORTED TO NHSN BY ⟦N|DOROTHEA VANCE⟧, RN, CIC, ⟦D|03/14/2099⟧. ⟦E|DVANCE@WESLEYMC.ORG⟧ ⟦P|316-555-0124⟧.
`);

note("periop-record-caps", `
PERIOPERATIVE NURSING RECORD - ⟦H|ALBANY MEDICAL CENTER⟧ - MAIN OR 11 - ⟦D|3/14/2099⟧
PT: ⟦N|DELACROIX-OYELARAN, SIMONE⟧   MRN ⟦M|AMC-9904417⟧   TIME OUT 0812: SURGEON ⟦N|FENWICK⟧, ANES ⟦N|MOSKOWITZ⟧, CIRC ⟦N|O'ROURKE⟧, SCRUB ⟦N|BALOGUN⟧
PROCEDURE: ROBOTIC LOW ANTERIOR RESECTION, DIVERTING LOOP ILEOSTOMY. DA VINCI XI SN ⟦DEV|SK4471⟧.
POSITION: LITHOTOMY, STEEP TRENDELENBURG. SAFETY STRAP. PADS CHECKED BY ⟦N|CAITLIN O'ROURKE⟧, RN.
COUNTS: SPONGE/SHARPS/INSTRUMENT CORRECT INITIAL, CLOSING AND FINAL. LOANER TRAY FROM ⟦O|MEDTRONIC⟧ REP ⟦N|PIERCE VANDERMEER⟧.
SPECIMENS: RECTOSIGMOID TO PATH (⟦I|AS-99-4471⟧). BLOOD: CELL SAVER NOT USED. DRAINS: BLAKE 19 FR.
RELIEF: ⟦N|TENZIN DOLMA⟧, RN FOR LUNCH 1140-1210. PATIENT'S PARTNER ⟦N|ADEBOLA OYELARAN⟧ UPDATED ⟦P|518-555-0182⟧ BY DR. ⟦N|FENWICK⟧.
`);

note("asc-discharge-caps", `
AMBULATORY SURGERY DISCHARGE INSTRUCTIONS - ⟦H|TUCSON SURGERY CENTER⟧ - ⟦S|5301 E GRANT RD⟧, ⟦C|TUCSON⟧ ⟦STATE|AZ⟧ ⟦Z|85712⟧
PATIENT: ⟦N|ZAMORA-KILLEEN, ROSALIND⟧   DOS ⟦D|03-14-2099⟧   ACCT ⟦I|TSC-044718⟧   PROCEDURE: R CARPAL TUNNEL RELEASE (OPEN)
SURGEON: ⟦N|AMIR TABATABAI⟧, MD, ⟦O|ARIZONA HAND SPECIALISTS⟧. ANESTHESIA: BIER BLOCK, ⟦N|D. LINDQVIST⟧, MD.
DRIVER: SISTER ⟦N|COLLEEN ZAMORA⟧ (⟦P|520-555-0171⟧). PT CARES FOR MOTHER ⟦N|MAUREEN KILLEEN⟧, ⟦A|93⟧, AT HOME.
KEEP DRESSING DRY. ELEVATE. NO LIFTING > 2 LB. CALL FOR FEVER > 101, NUMBNESS, BLEEDING.
FOLLOW-UP: ⟦D|MARCH 24⟧ WITH ⟦N|TABATABAI⟧ AT ⟦S|6060 N FORT VALLEY RD⟧. AFTER-HOURS ANSWERING SERVICE ⟦P|520-555-0100⟧.
RX SENT TO ⟦O|WALGREENS⟧ #4471 ON ⟦S|E SPEEDWAY BLVD⟧. SURVEY FROM ⟦O|PRESS GANEY⟧ BY EMAIL TO ⟦E|RZKILLEEN@GMAIL.COM⟧.
DISCHARGED 1045 BY ⟦N|ANA LUCIA FIGUEROA⟧, RN. PT PORTAL: ⟦U|HTTPS://PORTAL.TUCSONSURGERYCENTER.COM⟧
`);

// ======================================================== mixed case (22) ========================================================

note("cabg-op-note", `
Operative Report — Cardiac Surgery — ⟦H|VCU Medical Center⟧, ⟦C|Richmond⟧ ⟦STATE|VA⟧
Date: ⟦D|March 14, 2099⟧   Patient: ⟦N|Eleftheria Papadakis⟧   MRN ⟦M|VCU-02277418⟧   DOB ⟦D|4/9/2027⟧
Surgeon: ⟦N|Desmond Achterberg⟧, MD. First assistant: ⟦N|Priyanka Raghunathan⟧, PA-C. Perfusion: ⟦N|Gunnar Holm⟧, CCP, and ⟦N|Tia Marchetti⟧, CCP.
Anesthesia: ⟦N|Olufemi Adeyinka⟧, MD (TEE). Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), endoscopic vein harvest L leg.
Findings: EF 40%, LAD 1.75 mm good target. CPB 96 min, cross-clamp 71 min. Weaned on low-dose epinephrine. Heparin reversed with protamine.
Pacing wires: 2 atrial, 2 ventricular. Chest tubes: 2 mediastinal, 1 L pleural (Blake). Sternum closed with 7 wires; Prolene, Vicryl, Monocryl.
Cell Saver returned 450 mL. No bank blood. Kcentra not given.
Her son ⟦N|Nikos Papadakis⟧ (⟦P|804-555-0153⟧) and daughter-in-law ⟦N|Ashley⟧ were told in the family lounge at 1340 by Dr. ⟦N|Achterberg⟧.
Referring cardiologist Dr. ⟦N|Lamar Whitlock⟧, ⟦O|Virginia Heart Specialists⟧ (fax ⟦F|804-555-0166⟧). STS PROM 2.1%.
`);

note("hip-fracture-op-note", `
Orthopaedic Operative Note — ⟦H|Maine Medical Center⟧, ⟦C|Portland⟧ — ⟦D|3/14/99⟧
Pt ⟦N|Aurore Thériault⟧, a ⟦A|97⟧-year-old woman from ⟦H|Seaside Healthcare⟧ (memory care, ⟦C|Cape Elizabeth⟧), fell ⟦D|3/12⟧ at 0300.
Procedure: R hip hemiarthroplasty (cemented), posterior approach. Stem: ⟦O|DePuy Synthes⟧ Summit size 4, lot ⟦DEV|H81447Z⟧;
head 45 mm bipolar, lot ⟦DEV|J22910⟧. UDI scanned: ⟦DEV|(01)10603295159436(17)280131(10)H81447Z⟧. Cement: Palacos R+G.
Surgeon ⟦N|Jonas Lindahl-Obi⟧, MD; assist ⟦N|Meghan Thibodeau⟧, PA-C. Anesthesia spinal by ⟦N|Hyun-woo Baek⟧, MD. EBL 250.
Goals of care discussed pre-op with her health care agent, nephew ⟦N|Gérard Thériault⟧ of ⟦C|Lewiston⟧ (⟦P|207-555-0119⟧), who confirmed DNR-B.
TXA 1 g. Ancef 2 g. Xray in PACU ok. Weight bearing as tolerated; posterior hip precautions.
Return to ⟦H|Seaside Healthcare⟧ when cleared; liaison ⟦N|Brenda Pelletier⟧ ⟦P|207-555-0188⟧ ext ⟦P|21⟧. Note by ⟦N|JLO⟧.
`);

note("robotic-prostatectomy-op", `
OPERATIVE NOTE
Hospital: ⟦H|Froedtert Hospital⟧, ⟦C|Milwaukee⟧ | Date: ⟦D|2099-03-14⟧ | Patient: ⟦N|Kazimierz "Kaz" Nowicki⟧ | MRN ⟦M|FH00471882⟧ | 66 y/o
Pre-op diagnosis: adenocarcinoma of prostate, Gleason 4+3, PSA 9.8. Biopsy ⟦D|Dec 2098⟧ at ⟦O|Wisconsin Urology⟧, ⟦C|Waukesha⟧.
Procedure: robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection (da Vinci Xi, system ⟦DEV|SK3302⟧).
Surgeon: ⟦N|Emmanuel Osei-Tutu⟧, MD. Bedside assistant: ⟦N|Rachel Vukovich⟧, MD (fellow). Anesthesia: ⟦N|Ilse Brandauer⟧, MD; ⟦N|Wes Kopecky⟧, CRNA.
Nerve sparing: bilateral, interfascial. Anastomosis: running 3-0 V-Loc. Foley 18 Fr. JP drain in pelvis. EBL 150 mL.
Specimens: prostate and seminal vesicles, L and R pelvic nodes → ⟦O|Froedtert & MCW⟧ pathology, case ⟦I|FS99-11804⟧.
Wife ⟦N|Barbara Nowicki⟧ updated by phone (⟦P|262-555-0134⟧). Catheter teaching with ⟦N|Joanna⟧, RN, before discharge.
Follow-up in 10 days at the ⟦H|Froedtert Menomonee Falls Hospital⟧ clinic for cath removal; ⟦O|Wisconsin Physicians Service⟧ claim ⟦I|WPS-99-0418827⟧.
`);

note("pathology-report", `
SURGICAL PATHOLOGY REPORT — ⟦O|PathGroup⟧ — ⟦S|5301 Virginia Way⟧, ⟦C|Brentwood⟧ ⟦STATE|TN⟧ ⟦Z|37027⟧ — CLIA ⟦I|44D0668210⟧
Accession: ⟦I|SP99-044718⟧   Patient: ⟦N|Hollingsworth, Mae Belle⟧   DOB: ⟦D|09/02/2007⟧ (Age: ⟦A|91⟧)   MRN ⟦M|FSH-118204⟧
Submitting: ⟦H|Fort Sanders Regional Medical Center⟧, ⟦C|Knoxville⟧   Surgeon: ⟦N|Phillip Ray Cantrell⟧, MD   Collected: ⟦D|3/12/2099⟧   Received: ⟦D|3/13/2099⟧
Final diagnosis:
A. Colon, right, hemicolectomy: invasive adenocarcinoma, moderately differentiated, 4.2 cm, invades through muscularis propria (pT3).
   Margins negative. 0/22 lymph nodes (pN0). LVI absent. MMR proteins intact (MLH1, PMS2, MSH2, MSH6).
B. Appendix: no pathologic change.
Blocks for tumor testing: A4, A7. Slides reviewed at intradepartmental consensus with Dr. ⟦N|Aisha Rahimi-Stone⟧.
Gross: received fresh in a container labeled "⟦N|Hollingsworth, Mae⟧ — right colon", 24 cm ileocolic segment. Dictated by ⟦N|K. Oduya⟧, PA(ASCP).
Electronically signed: ⟦N|Laurel Bettencourt⟧, MD, ⟦D|03/14/2099⟧ 16:02. Copy to ⟦N|P. R. Cantrell⟧, MD and ⟦H|Thompson Cancer Survival Center⟧.
`);

note("colonoscopy-report", `
Colonoscopy Report — ⟦H|Capital Region Endoscopy Center⟧, ⟦S|1375 Washington Ave⟧, ⟦C|Albany⟧ ⟦Z|12206⟧
Patient: ⟦N|Kwame Asamoah-Boateng⟧   DOB ⟦D|1/15/2053⟧   Date of exam: ⟦D|Mar 14, 2099⟧   Acct ⟦I|CREC-0044710⟧
Indication: screening, father ⟦N|Kofi Asamoah⟧ with colon cancer at 58. Prep: Suprep, BBPS 8.
Findings: cecum reached (appendiceal orifice, ileocecal valve photographed). 3 polyps: 6 mm ascending (cold snare), 4 mm transverse (cold snare),
12 mm sigmoid pedunculated (hot snare, 1 clip, ⟦O|Boston Scientific⟧ Resolution 360 lot ⟦DEV|29881470⟧). Withdrawal 11 min.
Scope CF-HQ190L SN ⟦DEV|2810447⟧. Sedation: propofol per ⟦N|Hannelore Fischbach⟧, CRNA. Endoscopist: ⟦N|Ravi Chandrasekhar⟧, MD.
Pathology to ⟦H|Albany Medical Center⟧ Pathology. Repeat in 3 years pending path. Driver: wife ⟦N|Adwoa⟧.
Results letter to ⟦S|44 Glenwood Rd⟧, ⟦C|Troy⟧ ⟦STATE|NY⟧ ⟦Z|12180⟧. PCP Dr. ⟦N|Sarah Goldblatt⟧, ⟦O|Community Care Physicians⟧.
`);

note("preop-clearance-letter", `
⟦O|Heartland Cardiology, P.C.⟧
⟦S|1221 Pleasant St⟧, Suite 300 · ⟦C|Des Moines⟧, ⟦STATE|Iowa⟧ ⟦Z|50309⟧ · Tel ⟦P|515-555-0147⟧ · Fax ⟦F|515-555-0148⟧

⟦D|March 14, 2099⟧

Dr. ⟦N|Christopher Van Wyk⟧
⟦O|Iowa Ortho⟧, ⟦S|5950 University Ave⟧, ⟦C|West Des Moines⟧ ⟦Z|50266⟧

Re: ⟦N|Dorothy Marjorie Engstrom⟧, DOB ⟦D|5/30/2007⟧ — pre-operative cardiovascular evaluation for L total hip arthroplasty on ⟦D|4/2/2099⟧

Dear Dr. ⟦N|Van Wyk⟧,
I saw Mrs. ⟦N|Engstrom⟧, a delightful ⟦A|91⟧-year-old retired ⟦PROF|schoolteacher⟧ from ⟦C|Ankeny⟧, on ⟦D|3/13⟧. She has HFpEF and a dual-chamber
pacemaker (⟦O|Abbott⟧ Assurity MRI, SN ⟦DEV|8104477⟧, implanted ⟦D|2094⟧ at ⟦H|MercyOne Des Moines Medical Center⟧). RCRI 1. METs > 4.
The device should be reprogrammed to DOO for the case; our device nurse ⟦N|Trudy Ohlsen⟧ (⟦P|515-555-0150⟧) will coordinate with ⟦O|Abbott⟧'s rep.
She is at acceptable risk. Continue metoprolol; hold Eliquis 48 hours.
Sincerely,
⟦N|Farid Nazari⟧, MD, FACC
cc: ⟦N|Linnea Svoboda⟧, ARNP (PCP); ⟦N|Karen Engstrom⟧ (daughter, HCPOA)
`);

note("anesthesia-preop-eval", `
Anesthesia Pre-procedure Evaluation — ⟦H|Banner – University Medical Center Tucson⟧ — PAT clinic — ⟦D|03/14/2099⟧
Patient ⟦N|Xochitl Ramírez de Anda⟧, 47F, MRN ⟦M|BUMC-7741180⟧. Planned: thyroidectomy, total, Dr. ⟦N|Hartigan⟧, ⟦D|3/21/2099⟧.
Airway: Mallampati IV, thyromental < 6 cm, neck circ 44 cm, STOP-BANG 5. Prior difficult airway at ⟦H|Hospital Universitario⟧ in ⟦C|Monterrey⟧ (⟦D|2088⟧) — letter brought by sister ⟦N|Itzel Ramírez⟧.
Plan: awake fiberoptic vs VL; airway cart; ENT backup Dr. ⟦N|Miyamoto⟧. Apfel 3 — TIVA.
OSA on CPAP (⟦O|Lincare⟧ supplies, machine SN ⟦DEV|DS4471880N⟧). Labs at ⟦O|Sonora Quest Laboratories⟧ ⟦D|3/10⟧: Hgb 12.1, TSH low.
Interpreter not needed. Contact ⟦P|520-555-0131⟧. Seen by ⟦N|Adriana Kowalski⟧, MD (⟦UN|akowalski3⟧), with ⟦N|Jenna Yazzie⟧, SRNA.
`);

note("living-donor-nephrectomy", `
Living Donor Nephrectomy — Operative Note — ⟦H|Intermountain Medical Center⟧ Transplant Services
Date ⟦D|3/14/2099⟧. Donor: ⟦N|Mele Fifita⟧ (MRN ⟦M|IMC-40418820⟧), 38, donating to her brother ⟦N|Sione Fifita⟧ (MRN ⟦M|IMC-40418837⟧). UNOS donor ID ⟦I|DMR4471⟧.
Procedure: hand-assisted laparoscopic L donor nephrectomy. Surgeon ⟦N|Ashkan Moradi⟧, MD; assist ⟦N|Corinne Bybee⟧, MD.
Renal artery single, vein single with lumbar tributary. Warm ischemia 2 min 40 s. Kidney flushed with UW on back table by Dr. ⟦N|Bybee⟧, handed to recipient team (Dr. ⟦N|Ngata⟧) at 1012.
Independent living donor advocate: ⟦N|Sheralyn Christiansen⟧, LCSW. Donor's employer ⟦O|Delta Air Lines⟧ ⟦C|Salt Lake City⟧ — leave approved; ⟦O|NLDAC⟧ grant ⟦I|NL-99-04417⟧.
Husband ⟦N|'Aisea Fifita⟧ (⟦P|801-555-0162⟧) in waiting area. Donor address ⟦S|3310 S 4000 W⟧, ⟦C|West Valley City⟧ ⟦Z|84120⟧.
Crossmatch from ⟦O|Versiti Histocompatibility Lab⟧ ⟦D|3/10/99⟧ negative. — ⟦N|AM⟧
`);

note("opo-coordinator-note", `
Organ Procurement Coordinator Note — ⟦O|Gift of Life Michigan⟧ — Case ⟦I|GLM-2099-0314⟧
Donor hospital: ⟦H|Corewell Health Butterworth Hospital⟧, ⟦C|Grand Rapids⟧. Donor: ⟦N|Reyes Castañeda, Marisol⟧, 34F, brain death declared ⟦D|3/13/2099⟧ 2215 (Drs. ⟦N|Vander Molen⟧ and ⟦N|Okafor⟧).
Authorization: first-person (⟦STATE|Michigan⟧ registry); family (husband ⟦N|Julián Castañeda⟧, mother ⟦N|Rosa Reyes⟧) supported; Spanish interpreter ⟦N|Beatriz Olmos⟧.
Offers: heart → ⟦H|University of Michigan Health⟧; liver → ⟦H|Henry Ford Hospital⟧; kidneys → local; lungs declined (contusion).
OR at 0600 ⟦D|3/15⟧. Recovery surgeons ⟦N|Pieter de Graaf⟧ (abdominal) and ⟦N|Femi Adebowale⟧ (thoracic). Perfusion device SN ⟦DEV|LKT-2299417⟧ (kidney pump).
ME: ⟦O|Kent County Medical Examiner⟧ released with conditions (investigator ⟦N|Dale Timmer⟧, ⟦P|616-555-0172⟧). Family home: ⟦C|Wyoming⟧, ⟦LO|Kent County⟧.
Coordinator ⟦N|Lauren Vos⟧, CPTC, ⟦P|616-555-0109⟧, ⟦E|lvos@giftoflifemichigan.org⟧.
`);

note("tumor-board", `
Multidisciplinary GI Tumor Board — ⟦H|Ochsner Medical Center⟧ — ⟦DAY|Thursday⟧, ⟦D|March 13, 2099⟧
Case 1. ⟦N|Hoang Van Long⟧, 72M, MRN ⟦M|OMC-4418802⟧, pancreatic head adenocarcinoma, borderline resectable (SMV abutment). Presented by Dr. ⟦N|Claire Arceneaux⟧.
  Imaging (Dr. ⟦N|Thomas Benoit⟧): no mets. EUS-FNA at ⟦H|Ochsner Baptist⟧ ⟦D|2/27⟧ (⟦I|OB99-1120⟧). CA 19-9 410.
  Plan: neoadjuvant FOLFIRINOX x 4, restage, then Whipple with Dr. ⟦N|Russo⟧. Daughter ⟦N|Hoang Thi Mai⟧ to attend next visit (⟦P|504-555-0197⟧).
Case 2. ⟦N|Gwendolyn Pierre-Louis⟧, ⟦A|90⟧F, rectal cancer cT3N1, declined APR; short-course RT at ⟦H|Mary Bird Perkins Cancer Center⟧ in ⟦C|Gonzales⟧.
  Lives with grandson ⟦N|Jean-Baptiste Pierre-Louis⟧ in ⟦LO|Gentilly⟧. Palliative care (Sr. ⟦N|Therese Nguyen⟧) following.
Case 3. ⟦N|Rutger Bakker⟧, 59M, hepatocellular carcinoma, Child-Pugh A; Y-90 mapping at ⟦H|Ochsner Medical Center - Jefferson Highway⟧ ⟦D|3/20⟧; transplant eval referred to ⟦H|Tulane Transplant Institute⟧.
Attendees: ⟦N|Arceneaux⟧, ⟦N|Benoit⟧, ⟦N|Russo⟧, ⟦N|Z. Haidari⟧, ⟦N|M. Fontenot⟧ (navigator). Minutes ⟦N|MF⟧.
`);

note("prior-auth-surgery", `
Prior Authorization Request — Surgical — faxed to ⟦O|Aetna Better Health of Kansas⟧ Utilization Management ⟦F|1-855-555-0139⟧
Date ⟦D|03/14/2099⟧   Member: ⟦N|Brandi Lynn Kowalski-Reyes⟧   DOB ⟦D|2/8/2065⟧   Member ID ⟦HP|AB44718802⟧   Group ⟦HP|KSMCD-01⟧
Requesting: ⟦N|Oleksandr Hrytsenko⟧, MD, ⟦O|Kansas Bariatric & Metabolic Surgery⟧, NPI ⟦I|1447188209⟧, ph ⟦P|316-555-0133⟧ ext ⟦P|204⟧
Facility: ⟦H|Ascension Via Christi St. Joseph⟧, ⟦C|Wichita⟧.   Procedure: laparoscopic sleeve gastrectomy (CPT 43775), BMI 46.2, DM2, OSA.
Supervised weight program: 6 months with ⟦N|Tamika Greer⟧, RD, ⟦D|Sept 2098⟧–⟦D|Feb 2099⟧. Psych eval: Dr. ⟦N|H. Ostrander⟧, ⟦D|1/22/99⟧.
Decision: approved ⟦D|3/16/2099⟧, auth # ⟦I|PA99-0772184⟧, valid through ⟦D|6/14/2099⟧. Reviewer ⟦N|Lisa M. Carrington⟧, RN.
Appeal rights: ⟦S|9401 Indian Creek Pkwy⟧, ⟦C|Overland Park⟧ ⟦STATE|KS⟧ ⟦Z|66210⟧.
`);

note("consent-discussion-interpreter", `
Informed consent discussion — ⟦H|Providence Sacred Heart Medical Center⟧, ⟦C|Spokane⟧ — ⟦D|3/14/99⟧
Patient ⟦N|Oksana Melnychuk⟧ (DOB ⟦D|1/3/2021⟧), Ukrainian-speaking; video interpreter ⟦N|Yuliia Bondarenko⟧ ID ⟦I|CY-10447⟧ (⟦O|CyraCom⟧), 1405-1432.
Present: her son ⟦N|Taras Melnychuk⟧ and his wife ⟦N|Nadiya⟧; surgeon Dr. ⟦N|Fernando Ibarra-Lowe⟧; RN ⟦N|Kaylee Sundberg⟧.
Procedure: L carotid endarterectomy. Risks incl stroke (~2%), MI, nerve injury, bleeding, death. Alternatives: stent at ⟦H|MultiCare Deaconess Hospital⟧ by Dr. ⟦N|Ng⟧; medical therapy.
Teach-back done in Ukrainian. Patient signed; son witnessed. Copy of consent # ⟦I|PSHMC-CN-88410⟧ given. Church ⟦O|St. Michael Ukrainian Catholic Church⟧ pastor may visit.
Home ⟦S|2104 E Sprague Ave⟧, ⟦C|Spokane Valley⟧ ⟦Z|99212⟧. Son's cell ⟦P|509-555-0138⟧.
`);

note("device-registration-letter", `
⟦O|Medtronic CardioVascular⟧ — Device Registration Confirmation
⟦O|Medtronic⟧ Patient Services, ⟦S|8200 Coral Sea St NE⟧, ⟦C|Mounds View⟧, ⟦STATE|MN⟧ ⟦Z|55112⟧ · ⟦P|1-800-555-0124⟧

⟦D|14 March 2099⟧
Mr. ⟦N|Aurelio Santangelo⟧
⟦S|77 Wachusett St⟧, ⟦C|Worcester⟧, ⟦STATE|MA⟧ ⟦Z|01609⟧

Dear Mr. ⟦N|Santangelo⟧,
Your device has been registered. Keep this letter with your identification card.
Device: Azure XT DR MRI SureScan, model W1DR01, serial ⟦DEV|RNB441872H⟧. Leads: 5076-52 serial ⟦DEV|PJN7718204⟧; 5076-58 serial ⟦DEV|PJN7718311⟧.
Implanted ⟦D|02/27/2099⟧ at ⟦H|UMass Memorial Medical Center⟧ by ⟦N|Deepa Subramanian⟧, MD. Follow-up clinic: ⟦H|UMass Memorial⟧ Device Clinic, ⟦P|508-555-0188⟧.
Remote monitor (MyCareLink) serial ⟦DEV|MCL-0441876⟧ linked to account ⟦UN|asantangelo1931⟧. Date of birth on file ⟦D|6/2/2006⟧ (age ⟦A|92⟧).
`);

note("mohs-note", `
Mohs Micrographic Surgery — ⟦H|Sacramento Skin & Mohs Center⟧ (⟦S|2801 K St⟧, ⟦C|Sacramento⟧) — ⟦D|3/14/2099⟧
Patient: ⟦N|Harold "Hal" Winterbottom⟧, ⟦A|95⟧, referred by Dr. ⟦N|Liu⟧ at ⟦O|Sutter Medical Group⟧ for BCC, nasal ala L (bx ⟦D|1/30/99⟧, ⟦I|SMG-D99-0417⟧).
Stages: I (2 sections, + deep margin), II clear. Defect 1.4 x 1.1 cm. Repair: bilobed flap by Dr. ⟦N|Marisela Duarte-Frye⟧. 
Surgeon/pathologist: ⟦N|Marisela Duarte-Frye⟧, MD. Histotech ⟦N|Nguyen Thanh Tam⟧. MA ⟦N|Kiana Kahananui⟧.
Anticoagulant: Eliquis continued. Daughter ⟦N|Prudence Winterbottom-Ames⟧ drove from ⟦C|Roseville⟧ (⟦P|916-555-0114⟧).
Suture removal ⟦D|Mar 21⟧. Resides ⟦H|Eskaton Village Carmichael⟧. Plan: Medicare (MBI ⟦HP|1EG4-TE5-MK72⟧).
`);

note("cataract-asc", `
Cataract Surgery Record — ⟦H|Reno Eye Surgery Center⟧, ⟦S|975 Ryland St⟧, ⟦C|Reno⟧ ⟦STATE|NV⟧ — DOS ⟦D|03/14/2099⟧ — Case ⟦I|RESC-99-1044⟧
Pt: ⟦N|Ah-Young Jeon⟧ (prefers "⟦N|Grace⟧"), DOB ⟦D|12/12/2027⟧. Eye: OS. Surgeon: ⟦N|Tobias Wainwright⟧, MD. Anesthesia: topical + MAC, ⟦N|Ferhat Yilmaz⟧, CRNA.
IOL: ⟦O|Alcon⟧ AcrySof IQ SN60WF +21.5 D, serial ⟦DEV|12047718044⟧, exp ⟦D|2101-08⟧. Biometry from ⟦O|Sierra Eye Associates⟧ (Dr. ⟦N|Paulette Orozco⟧) ⟦D|2/20⟧.
Phaco time 0:42, CDE 6.1. Trypan blue. Intracameral moxifloxacin. No complications.
Post-op drops: Prednisolone, Ilevro. POD1 ⟦D|3/15⟧ 0900 with ⟦N|Wainwright⟧ at ⟦S|1 Sierra Rose Dr⟧.
Escort: husband ⟦N|Min-Jun Jeon⟧ (⟦P|775-555-0146⟧). Insurance ⟦O|Prominence Health Plan⟧ ⟦HP|PHP-0044718-01⟧. RN ⟦N|Destiny Halvorsen⟧ — ⟦N|DH⟧.
`);

note("ercp-report", `
ERCP Procedure Report — ⟦H|University Medical Center of El Paso⟧ — ⟦D|3-14-2099⟧
Patient: ⟦N|Jesús Manuel Olivas Carrasco⟧   MRN ⟦M|UMC-0088214⟧   DOB ⟦D|10/10/2005⟧, age ⟦A|93⟧   Referring: Dr. ⟦N|Leticia Armendáriz⟧ (hospitalist)
Indication: choledocholithiasis, T bili 6.2, dilated CBD 12 mm on MRCP (⟦D|3/13⟧). Transferred from ⟦H|Memorial Medical Center⟧ in ⟦C|Las Cruces⟧ by ⟦O|Southwest Transport⟧.
Findings: periampullary diverticulum; biliary sphincterotomy; 3 stones extracted with balloon; occlusion cholangiogram clear. Pancreatic stent 5Fr x 3 cm (lot ⟦DEV|CK44718⟧).
Duodenoscope: ⟦O|Pentax⟧ ED34-i10T2 disposable-cap, SN ⟦DEV|A110447⟧. Endoscopist: ⟦N|Gustavo Saldívar-Ng⟧, MD. Fellow: ⟦N|Rukhsana Qureshi⟧, MD.
Anesthesia: GETA, ⟦N|Ian McCluskey⟧, MD. Indomethacin PR 100 mg. Family: granddaughter ⟦N|Yaretzi Olivas⟧, ⟦P|915-555-0108⟧, speaks for family (Spanish).
Cholecystectomy recommended this admission — Dr. ⟦N|Cordero⟧ consulted. Home: ⟦S|8820 Dyer St⟧, ⟦C|El Paso⟧ ⟦Z|79904⟧.
`);

note("frozen-section-log", `
Frozen Section Call Log — Anatomic Pathology, ⟦H|Charleston Area Medical Center General Hospital⟧, ⟦C|Charleston⟧ ⟦STATE|WV⟧ — ⟦D|3/14/2099⟧
Case ⟦I|FS-99-0312⟧ | OR 5 | Surgeon Dr. ⟦N|Okwuosa⟧ | Pt ⟦N|Shrewsbury, Opal⟧ (⟦A|92⟧) | Thyroid L lobe nodule
  1047 received; 1058 called: "follicular lesion, defer to permanents" → read back by ⟦N|Linda Stepp⟧, RN circulator. Pathologist ⟦N|Rafael Quintanilla⟧, MD.
Case ⟦I|FS-99-0313⟧ | OR 8 | Surgeon ⟦N|Bhattacharya⟧ | Pt ⟦N|Mullins, Carl Wayne⟧ | Lung RUL wedge
  1122 received; 1135 called: "adenocarcinoma, margin clear by 1.5 cm" → read back by ⟦N|Tyler Duty⟧, RN. Pathologist ⟦N|Quintanilla⟧.
Case ⟦I|FS-99-0314⟧ | OR 2 | Surgeon ⟦N|Hamrick⟧ | Pt ⟦N|Adkins-Bragg, Treasure⟧ | Breast SLN x2
  1210 received; 1224 called: "negative for carcinoma (touch prep)" → read back by ⟦N|J. Workman⟧, RN. Resident ⟦N|Amrita Sandhu⟧, MD.
Log kept by ⟦N|Maddox Kincaid⟧, PA(ASCP). Paged Dr. ⟦N|Hamrick⟧ at ⟦P|304-555-0147⟧ for the third; his office at ⟦O|Mountaineer Surgical Associates⟧ ⟦P|304-555-0150⟧.
`);

note("allograft-tracking", `
Tissue Utilization Record — Bone and Tissue Allografts — ⟦H|Baptist Medical Center South⟧, ⟦C|Montgomery⟧ ⟦STATE|AL⟧
Recipient: ⟦N|Demetrius Ravenell⟧   MRN ⟦M|BMCS-2210477⟧   DOB ⟦D|4/4/2059⟧   Procedure date ⟦D|03/14/2099⟧   Surgeon ⟦N|Lowell Strickland⟧, MD
Procedure: ACL reconstruction, L knee, allograft.
Graft 1: tibialis anterior tendon, ⟦O|MTF Biologics⟧, donor ID ⟦DEV|MTF-2298-04471⟧, tissue ID ⟦DEV|0044718-022⟧, exp ⟦D|2103-01-31⟧. Stored -80 °C freezer 2.
Graft 2 (opened, not used): ⟦O|LifeNet Health⟧ bone-tendon-bone, ID ⟦DEV|LN-88041772⟧ — wasted (size).
Fixation: ⟦O|Arthrex⟧ interference screw 9 x 25, lot ⟦DEV|14471882⟧; TightRope RT lot ⟦DEV|14472009⟧.
Recipient card mailed to tissue bank ⟦D|3/14/99⟧. Recorded by ⟦N|Felicity Abernathy-Osei⟧, RN (⟦UN|fabernathy⟧); verified ⟦N|Q. Lassiter⟧, CST.
Report adverse reactions to ⟦O|MTF Biologics⟧ ⟦P|1-800-555-0171⟧ or ⟦E|tissuevigilance@mtfbio.org⟧.
`);

note("safety-event-report", `
Patient Safety Event Report (RL6) — ⟦H|Hartford Hospital⟧ — Event # ⟦I|RL-2099-04417⟧ — submitted ⟦D|3/14/2099⟧ 17:20
Event type: retained foreign object — near miss (count discrepancy resolved before closure).
Patient ⟦N|Mercedes Figueroa-Santiago⟧, MRN ⟦M|HH-3370418⟧, open ventral hernia repair with mesh (⟦O|Bard⟧ Ventralight ST, lot ⟦DEV|HUEQ4471⟧), OR 14.
At closing count one 4x18 lap sponge missing. Circulator ⟦N|Colm Gallagher⟧, RN, called it; surgeon Dr. ⟦N|Wen-Li Chao⟧ explored; x-ray by ⟦N|Patrice Boateng⟧, RT(R), read by Dr. ⟦N|Feinstein⟧: no sponge. Sponge found in kick bucket liner.
Scrub: ⟦N|Deja Rountree⟧, CST (first case after orientation, preceptor ⟦N|Marjorie Kaminski⟧).
Patient's husband ⟦N|Wilfredo Santiago⟧ informed by Dr. ⟦N|Chao⟧ (disclosure not required for near miss — done anyway).
Reporter: ⟦N|Colm Gallagher⟧, ext ⟦P|54471⟧. Manager ⟦N|Antoinette Russo-Blake⟧ notified. Reviewed by ⟦O|Hartford HealthCare⟧ patient safety (⟦N|J. Whitcomb⟧).
`);

note("postop-clinic-visit", `
Post-operative visit — General Surgery Clinic, ⟦H|Blount Memorial Hospital⟧, ⟦C|Maryville⟧ ⟦STATE|TN⟧ — ⟦D|March 14th, 2099⟧
⟦N|Cletus Ogle⟧, 61, POD 12 s/p open R inguinal hernia repair (Lichtenstein, mesh) on ⟦D|3/2⟧ by Dr. ⟦N|Wendell Farragut⟧.
Doing well; Tylenol only. Incision C/D/I. No recurrence. Back to work ⟦D|3/24⟧ at ⟦O|Denso Manufacturing⟧ — light duty note given to his supervisor ⟦N|Rhonda Tipton⟧ (HR fax ⟦F|865-555-0127⟧).
Short-term disability forms for ⟦O|Unum⟧, claim ⟦I|UN-99-4471882⟧, completed. Wife ⟦N|Darlene Ogle⟧ asked about his mother ⟦N|Ola Mae Ogle⟧, ⟦A|98⟧, who needs a hernia consult too — gave number ⟦P|865-555-0190⟧.
Seen by ⟦N|Kristin Huskey⟧, NP; discussed with Dr. ⟦N|Farragut⟧. Return PRN. Address confirmed ⟦S|1418 Old Walland Hwy⟧, ⟦C|Maryville⟧ ⟦Z|37804⟧.
`);

note("surgical-booking-sheet", `
Surgical Booking Request — Perioperative Scheduling, ⟦H|Alaska Native Medical Center⟧, ⟦S|4315 Diplomacy Dr⟧, ⟦C|Anchorage⟧ ⟦STATE|AK⟧ ⟦Z|99508⟧
Booking # ⟦I|BK-99-30447⟧ | Requested ⟦D|03/14/2099⟧ | Surgeon: ⟦N|Naomi Kashevaroff⟧, MD (ENT) | Case length 150 min | Inpatient
Patient: ⟦N|Agnes Nanuk Kiokun⟧ | DOB ⟦D|07/04/2046⟧ | Chart ⟦M|ANMC-0471188⟧ | Home village: ⟦C|Bethel⟧ (⟦O|Yukon-Kuskokwim Health Corporation⟧ beneficiary)
Procedure: total thyroidectomy with neuromonitoring (NIM, ⟦O|Medtronic⟧). Preferred date ⟦D|4/8/2099⟧ (week of ⟦D|April 7⟧).
Travel: ⟦O|Alaska Airlines⟧ medevac not needed; escort daughter ⟦N|Lena Kiokun⟧; lodging at ⟦H|Quyana House⟧. Yupik interpreter requested.
Pre-op: PAT telehealth from ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧ ⟦D|3/28⟧. Labs there. Contact ⟦P|907-555-0163⟧.
Scheduler: ⟦N|Tatiana Oskolkoff⟧ x ⟦P|7740⟧. Confirmed by ⟦N|NK⟧.
`);

note("cticu-handoff", `
CTICU Admission Handoff (OR → ICU) — ⟦H|Ohio State Ross Heart Hospital⟧, ⟦C|Columbus⟧ — ⟦D|03/14/99⟧ 15:40
Pt: ⟦N|Parisa Farahani-Cole⟧, 68F, MRN ⟦M|OSU-81044720⟧. Procedure: MVR (mechanical, ⟦O|Abbott⟧ Regent 27 mm, SN ⟦DEV|RG-2279441⟧) + TV repair (⟦O|Edwards⟧ ring, SN ⟦DEV|TR6644180⟧).
Surgeon ⟦N|Bartholomew Eke⟧, MD → ICU team Dr. ⟦N|Shapiro⟧, ⟦N|Kavya Iyer⟧, NP, RN ⟦N|Danielle Poe⟧. Anesthesia ⟦N|Henrik Sørensen⟧, MD gave report.
Lines: R IJ PAC, L radial. Pacing DDD 90. Chest tubes x3. Drips: epi 0.03, vaso 0.04, propofol. Protamine given; ACT 124.
Labs at 1530: Hgb 9.4, K 4.8, lactate 2.6. Impella not used. Bleeding 80 mL/h.
Family: husband ⟦N|Gregory Cole⟧, son ⟦N|Darius⟧ (⟦P|614-555-0175⟧) — to visit at 1800. Pt's preferred language Farsi/English.
Anticoag plan: warfarin POD1 (INR goal 2.5-3.5); follow-up with ⟦O|Central Ohio Cardiology⟧ Dr. ⟦N|Mbeki⟧.
`);

// ======================================================== lower case (8) ========================================================

note("ssi-followup-calls-lo", `
post-discharge ssi surveillance calls — infection prevention, ⟦H|st. joseph's hospital⟧ (⟦C|tampa⟧) — caller ⟦N|rosemary obi⟧, rn — ⟦D|3/14/99⟧
1) ⟦N|donnell fairweather⟧, mrn ⟦M|sjh-4471802⟧, s/p hyst ⟦D|2/27⟧ (dr ⟦N|castellano⟧). incision "a little pink", no drainage, afebrile. advised photo via portal. lvm for daughter ⟦N|kiara⟧ too.
2) ⟦N|pham quoc bao⟧, s/p cabg ⟦D|2/20⟧ (dr ⟦N|ellery⟧). wife ⟦N|thu⟧ answered ⟦P|813-555-0144⟧, says leg incision red + warm. told to come to clinic today, appt made w/ ⟦N|jenna⟧ np 1:30.
3) ⟦N|marguerite ashby-pruitt⟧, ⟦A|91⟧, s/p hip hemi ⟦D|2/18⟧, now at ⟦H|palm garden of tampa⟧ snf. spoke w/ nurse ⟦N|oluwadamilare⟧ ⟦P|813-555-0170⟧ x ⟦P|214⟧: healed, staples out ⟦D|3/3⟧.
4) ⟦N|troy mcelhaney⟧, s/p lap appy ⟦D|3/1⟧, no answer x2, letter mailed to ⟦S|3905 w cypress st⟧, ⟦C|tampa⟧ ⟦Z|33607⟧.
5) ⟦N|guadalupe "lupita" serrano⟧, s/p c-section ⟦D|2/24⟧ at our ⟦H|st. joseph's women's hospital⟧: wound dehiscence 2 cm, seen at ⟦H|advent health carrollwood⟧ er ⟦D|3/9⟧, cx mrsa → meets nhsn ssi (superficial). event ⟦I|ssi-99-0081⟧ entered.
`);

note("scheduler-texts-lo", `
texts w/ surgery scheduler — ⟦H|boise orthopedic clinic⟧ — ⟦D|mar 14⟧
⟦N|hallie⟧ (scheduler): hi mr ⟦N|pacheco⟧, this is ⟦N|hallie⟧ from dr ⟦N|ostergaard⟧'s office. your shoulder surgery is set for ⟦D|april 3⟧ at ⟦H|st. luke's nampa⟧
⟦N|ignacio pacheco⟧: ok thank you. do i need to stop my blood thinner? my cardiologist is dr ⟦N|venkatesan⟧
⟦N|hallie⟧: yes, we'll get his ok. pre-op labs at ⟦O|quest⟧ on ⟦S|garrity blvd⟧ any day before ⟦D|3/28⟧. fasting not needed
⟦N|ignacio⟧: my son ⟦N|beto⟧ will drive me. his number is ⟦P|208-555-0166⟧ if you can't get me
⟦N|hallie⟧: got it. ⟦O|regence⟧ approved it, auth ⟦I|reg-99-447180⟧. sling will come from ⟦O|dme direct⟧
⟦N|ignacio⟧: and the nerve block? last time at ⟦H|west valley medical center⟧ i got really sick
⟦N|hallie⟧: noted, the anesthesia team will call. — ⟦N|hallie k.⟧ ⟦P|208-555-0100⟧ x ⟦P|3312⟧
`);

note("device-rep-texts-lo", `
text thread — ⟦O|stryker⟧ rep and or 6 charge rn — ⟦H|tulsa spine & specialty hospital⟧ — ⟦D|2099-03-14⟧
⟦N|brett⟧ (rep): morning. for dr ⟦N|oyelaran⟧'s 0730 tlif on ⟦N|whitehorse⟧ i'm bringing the 2nd set of 6.5 screws, van is at the dock
charge rn ⟦N|keisha⟧: ok. loaner tray needs to be in spd by 0600 next time per ⟦N|gloria⟧
⟦N|brett⟧: sorry. also dr wants the bone graft from ⟦O|aziyo⟧, lot ⟦DEV|az44718-2⟧, it's in my trunk
⟦N|keisha⟧: bring it up. pt is ⟦N|delbert whitehorse⟧ btw not ⟦N|white horse⟧, make sure the sheet is right
⟦N|brett⟧: ok. my cell ⟦P|918-555-0127⟧. billing is under ⟦O|stryker spine⟧ ⟦C|allendale⟧
⟦N|keisha⟧: thx. badge visitor log: ⟦N|brett lindqvist⟧, ⟦O|vendormate⟧ id ⟦I|vm-0044718⟧ ✔
`);

note("anesthesia-phone-screen-lo", `
pre-anesthesia phone screen — the ⟦H|queen's medical center⟧ pat, ⟦C|honolulu⟧ — ⟦D|3/14/2099⟧ — rn ⟦N|leilani kamakau⟧
pt ⟦N|rodrigo "jun" dimaculangan⟧, dob ⟦D|8/19/2035⟧, mrn ⟦M|qmc-0944718⟧, for lap chole ⟦D|3/19⟧ w/ dr ⟦N|fujimoto⟧.
pmh: dm2 (a1c 7.4 at ⟦O|kaiser permanente⟧ ⟦C|waipahu⟧ ⟦D|feb⟧), htn, osa no cpap. stop-bang 5. last dental work in ⟦C|manila⟧ ⟦D|2097⟧, loose upper bridge.
meds: metformin (hold am), lisinopril (hold), ozempic — last dose ⟦D|3/10⟧, told to hold 1 week before.
npo after midnight, clear liquids till 0530. arrive 0600 at ⟦S|1301 punchbowl st⟧. wife ⟦N|marites⟧ will drive (⟦P|808-555-0193⟧).
his mother ⟦N|consolacion dimaculangan⟧ (⟦A|94⟧) lives w/ them in ⟦C|ewa beach⟧, needs someone home — nephew ⟦N|paolo⟧ will stay.
pcp dr ⟦N|ah sing⟧. ins ⟦O|hmsa⟧ ⟦HP|hmsa-0077418829⟧. flagged for dr ⟦N|tsai⟧ (anesthesia) to review osa. ⟦N|lk⟧
`);

note("transplant-coordinator-chat-lo", `
teams chat — kidney transplant coordinators — ⟦H|vanderbilt university medical center⟧ — ⟦DAY|friday⟧ ⟦D|3/14⟧
⟦UN|ktrahan⟧ 0612: offer overnight from ⟦O|tennessee donor services⟧, match run ⟦I|tds-99-0314-k⟧. #1 is ⟦N|olusegun babatunde⟧, cpra 12
⟦UN|mhuang2⟧ 0615: called him at ⟦P|615-555-0128⟧, he's coming from ⟦C|murfreesboro⟧, wife ⟦N|funmi⟧ driving. last dialysis yesterday at ⟦O|davita⟧ ⟦C|smyrna⟧
⟦UN|ktrahan⟧ 0618: backup is ⟦N|charlene mcgriff⟧ in ⟦C|clarksville⟧ — unreachable. tried her sister ⟦N|vera⟧ ⟦P|931-555-0180⟧
⟦UN|mhuang2⟧ 0622: ok. crossmatch tubes to ⟦H|vumc⟧ hla lab stat. unos id for ⟦N|babatunde⟧ is ⟦I|pvr4471⟧
⟦UN|ktrahan⟧ 0640: dr ⟦N|forbes⟧ accepted. or ~1400. ⟦N|charlene⟧ called back, she's ok being backup next time. — ⟦N|kt⟧
⟦UN|mhuang2⟧ 0641: 👍 pt's email for the education packet: ⟦E|sbabatunde77@yahoo.com⟧
`);

note("postop-portal-lo", `
portal messages — ⟦O|tidewater surgical associates⟧ (⟦H|sentara leigh hospital⟧) — thread ⟦I|msg-99-77104⟧
from ⟦N|annabelle fitzwilliam-cho⟧ ⟦D|3/13/99⟧ 21:14: hi dr ⟦N|raskin⟧, 5 days after my gallbladder surgery. the belly button incision is leaking a little yellow. is that normal?? my husband ⟦N|dae-sung⟧ says it smells
from ⟦N|jillian roark⟧, rn ⟦D|3/14/99⟧ 07:48: hi ⟦N|annabelle⟧, please send a photo and your temp. can you come in at 10 to ⟦S|880 kempsville rd⟧ suite 2200?
from ⟦N|annabelle⟧ ⟦D|3/14/99⟧ 08:02: temp 100.4. yes i'll come. my mom ⟦N|sook-ja cho⟧ (she's ⟦A|91⟧!) is staying with us so ⟦N|dae-sung⟧ has to stay home
from dr ⟦N|mitchell raskin⟧ ⟦D|3/14/99⟧ 12:30: seen today — superficial infection, opened and packed, cultures sent to ⟦O|labcorp⟧, keflex sent to ⟦O|cvs⟧ on ⟦S|indian river rd⟧. home health (⟦O|bayada⟧) for packing. call ⟦P|757-555-0116⟧ if worse.
`);

note("or-huddle-chat-lo", `
or huddle chat — perioperative services, ⟦H|unc medical center⟧, ⟦C|chapel hill⟧ — ⟦D|03/14/2099⟧
0615 ⟦N|hwang⟧ (anes lead): 3 add-ons. or 9 gets the ex-lap on ⟦N|abena oyenuga⟧ (sbo), dr ⟦N|mcreynolds⟧ operating
0617 ⟦N|tasha⟧ (charge): ok. or 12 ortho is delayed, dr ⟦N|patel⟧'s patient ⟦N|virgil hunnicutt⟧ (⟦A|93⟧) needs a type and screen redrawn
0619 ⟦N|hwang⟧: blood bank says ⟦N|hunnicutt⟧ has anti-kell, units coming from the ⟦O|blood connection⟧, 2 hrs
0622 ⟦N|tasha⟧: moving ⟦N|jaylen brooks⟧ (peds hernia, mom ⟦N|shanice⟧ ⟦P|919-555-0136⟧) into 12 at 0730 then
0630 ⟦N|rivka⟧ (pacu): pacu full by 10 — 2 boarders from 4 oncology. mr ⟦N|castellanos-brandt⟧ in bay 3 waiting on ⟦O|duke health⟧ transfer
0633 ⟦N|hwang⟧: ok. vendor ⟦O|zimmer biomet⟧ rep ⟦N|nate⟧ needs a badge for or 12, he's at the ⟦S|manning dr⟧ entrance ⟦P|984-555-0141⟧
0640 ⟦N|tasha⟧: done. huddle notes to ⟦E|periop-huddle@unchealth.unc.edu⟧. — ⟦N|tm⟧
`);

note("bariatric-support-chat-lo", `
bariatric program messages — ⟦H|oklahoma surgical hospital⟧, ⟦C|tulsa⟧ — navigator ⟦N|shonda pruitt⟧ — ⟦D|march 14, 2099⟧
⟦N|shonda⟧: hi ⟦N|crystal⟧, your sleeve is booked for ⟦D|4/21⟧ with dr ⟦N|abouhassan⟧! your insurance (⟦O|bcbs oklahoma⟧, id ⟦HP|zgp447180223⟧) approved it
⟦N|crystal yellowfish⟧: yay!! do i still need the psych eval? i did one at ⟦O|cherokee nation⟧ behavioral health in ⟦C|tahlequah⟧ with dr ⟦N|standingwater⟧ on ⟦D|2/6⟧
⟦N|shonda⟧: yes that counts, i'll request it. fax there is ⟦F|918-555-0151⟧ right?
⟦N|crystal⟧: i think so. also my grandma ⟦N|wilma yellowfish⟧ is ⟦A|90⟧ and wants to come to the pre-op class, is that ok
⟦N|shonda⟧: of course! class is ⟦DAY|tuesday⟧ ⟦D|4/8⟧ at ⟦S|2408 e 81st st⟧. bring your food log + the app login (⟦UN|crystal.yf⟧)
⟦N|crystal⟧: ok. my work (⟦O|osage casino⟧) needs fmla paperwork, can i email it to you? ⟦E|cyellowfish@outlook.com⟧ is mine
⟦N|shonda⟧: send it to ⟦E|bariatrics@oksurgicalhospital.com⟧. — ⟦N|sp⟧
`);
write();
