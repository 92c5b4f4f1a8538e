// Why this file exists: builds test/fixtures/clinical-notes-54.jsonl, a fifty-fourth labelled set of clinical texts
// written by hand in stop 56 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 51 and 52's generators, fixture-io.mjs, test/clinical-notes-52.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 53, written blind at the same time by another helper, was not read), in the register of DENTAL, SCHOOL AND COLLEGE,
// AND REPRODUCTIVE HEALTH: general dentistry and oral-maxillofacial surgery notes, a periodontal chart, an orthodontic
// referral, dental lab work orders, a dental insurance predetermination and an explanation of benefits, a pediatric
// dental sedation note, a dental trauma note, a denture lab slip; school nurse logs and a medication authorisation, an
// IEP health plan and a 504 plan, immunisation compliance and exclusion letters, a concussion return-to-learn note,
// sports pre-participation physicals, a college health centre visit, a counselling intake, a Title IX-adjacent urgent
// visit, a study-abroad medical clearance, an athletic-training log; fertility clinic records (IVF cycle notes and a
// stimulation flowsheet, an embryology lab report, a frozen embryo transfer, an egg donor profile and screening form, a
// sperm bank donor form and a vial release, a gestational carrier agreement summary, an IUI log, an oncofertility
// consult, a cryostorage invoice), prenatal genetics (a cfDNA report, a genetic counselling note, an amniocentesis
// result) and adoption medical summaries. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Bangor and Presque Isle; Burlington and St. Johnsbury;
// Worcester and Fitchburg; New Haven; Providence and Woonsocket; Allentown and Bethlehem; Morgantown; Dayton and Toledo;
// Fort Wayne; Grand Rapids and Marquette; Duluth and Rochester (Minnesota); Cedar Rapids and Des Moines; Omaha and
// Kearney; Wichita; Lexington and Bowling Green; Chattanooga and Knoxville; Macon and Savannah; Asheville; Greenville
// (South Carolina); Charlottesville; Mobile and Dothan; Fayetteville and Jonesboro (Arkansas); Austin, Laredo and
// Corpus Christi; Albuquerque, Las Cruces and Gallup; Flagstaff and Tucson; Provo and Logan; Fort Collins and Pueblo;
// Missoula and Billings; Laramie; Eugene and Bend; Fresno, Sacramento and Chula Vista; Hilo and Honolulu; Fairbanks;
// Minot; and abroad Florence, Seville and Kyoto.
// PHI forms sought: names of many origins (Irish, Italian, Polish, Greek, Lebanese, Korean, Vietnamese, Filipino,
// Japanese, Chinese, Hmong, Somali, Ethiopian, Nigerian, Ghanaian, Haitian, Mexican with two surnames, Puerto Rican,
// Navajo, Hopi, Lakota, Native Hawaiian, Marshallese, Punjabi, Gujarati, Tamil, Russian, Ukrainian, Bosnian, Dutch,
// Norwegian, German, French Canadian, Acadian, Amish), nicknames in quotes, hyphenated surnames, surnames alone after a
// title ("Dr. Quarles", "Nurse Abernethy", "coach Ruiz"), "LAST, FIRST" rows in logs, staff initials and sign-offs;
// dates as "10/13/2099", "10/13/99", "13-OCT-2099", "2099-10-13", "October 13, 2099", "Oct 13, 2099", "13 Oct 2099",
// month and year, a bare year, an academic year, a cycle day with its date, chat logs; ages over 89 (a grandparent on a
// pedigree); phones, faxes, extensions, e-mails, URLs, IPs; MRNs, chart and patient numbers; student IDs, donor numbers
// (egg and sperm bank), cycle numbers, embryo and straw ids, lab case numbers (dental and embryology), accession and
// specimen numbers, predetermination, claim and EOB numbers, dental plan member, subscriber and group numbers,
// Medicaid and CHIP ids, a study-abroad programme's application number, a visa and a passport number, a team
// registration, a licence, NPI and DEA numbers, a court's adoption case number, agency file numbers, a clinic's
// cryotank and canister positions (left unlabelled as locations in a room), user names of portals and apps.
// Hard negatives: drugs (lidocaine 2% with epi 1:100k, articaine, Septocaine, chlorhexidine 0.12%, amoxicillin,
// clindamycin, ibuprofen, Peridex, Arestin, fluoride varnish, silver diamine fluoride, nitrous, midazolam, Gonal-f,
// Menopur, Follistim, Ganirelix, Cetrotide, Ovidrel, Lupron, leuprolide, progesterone in oil, Crinone, Estrace,
// letrozole, clomiphene, Concerta, Adderall XR, albuterol, EpiPen, glucagon, Baqsimi, insulin lispro, Omnipod, Dexcom
// G7, sertraline, Depo-Provera, Nexplanon, Plan B, Tdap, MenACWY, MenB, HPV, Gardasil 9, MMR, varicella, PPD,
// QuantiFERON), dental devices and materials (Invisalign, Herbst, Hyrax, Essix, Zirconia, e.max, PFM, Cerec, Biolase,
// iTero, Straumann BLT, Nobel, Bio-Oss, Emdogain), scores and systems (Miller class, Angle Class II, ASA II, Mallampati,
// Frankl, CAMBRA, Gardner, SCAT5, ImPACT, PHQ-9, GAD-7, C-SSRS, AUDIT-C, Gardner grading 4AA, PGT-A, AMH, AFC, ICSI,
// FET, Ashkenazi panel, Horizon 274, Panorama, MaterniT21, NIPT) and "Faith", "Hope" and "Joy" as names (labelled).
// Labelling follows fixtures 51 and 52 exactly: weekdays and holidays are `ignored` (DAY), as are states and countries;
// clock times, relative dates, tooth numbers, cycle days and school grades are left unlabelled; ages under 90 are no
// PHI, and an age over 89 is the number only; dentists', hygienists', assistants', nurses', embryologists' and staff
// initials are PHI; titles, degrees, credentials, relations and cue words stay outside the name; "the" stays outside
// a facility; dental practices, oral surgery and orthodontic offices, fertility clinics, student and college health
// centres and counselling centres, hospitals and clinics with a place's or a proper name are HOSPITAL; dental labs,
// sperm and egg banks, genetics labs, insurers and dental plans, schools, school districts and universities, adoption
// agencies, law firms, courts, study-abroad programmes, sports associations, pharmacies and businesses are
// ORGANIZATION; counties are LOCATION-OTHER; P.O. boxes are STREET; MRNs, chart and patient numbers MRN; member,
// subscriber, group, Medicaid and CHIP numbers HEALTHPLAN; student, donor, cycle, case, accession, claim and the other
// numbers named above ID; user ids and log-ins USERNAME; serials of devices DEVICE; extensions PHONE. CDT, CPT and ICD
// codes, lot numbers, tooth numbers, form numbers and scores stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large payers, labs and companies are real, named as companies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-52 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-54.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-54.jsonl", "make-clinical-fixture-54");
// ======================================================== ALL CAPS (10) ========================================================

note("oms-op-note-caps", `
⟦H|PENOBSCOT ORAL AND MAXILLOFACIAL SURGERY⟧ - ⟦S|417 HOGAN RD⟧ STE 2, ⟦C|BANGOR⟧ ⟦STATE|ME⟧ ⟦Z|04401⟧   TEL ⟦P|207-555-0143⟧   FAX ⟦F|207-555-0144⟧
OPERATIVE NOTE - OFFICE-BASED IV SEDATION
PATIENT: ⟦N|THERIAULT, JOSEPH ARMAND⟧   DOB ⟦D|02/14/2081⟧   CHART # ⟦M|POMS-220487⟧   DOS ⟦D|10/13/2099⟧
REFERRED BY: DR. ⟦N|MARGARET QUARLES⟧, DDS (⟦H|MILLINOCKET FAMILY DENTAL⟧)   INS: ⟦O|NORTHEAST DELTA DENTAL⟧ ID ⟦HP|NDD448201937⟧ GRP ⟦HP|08812⟧
PROCEDURE: EXTRACTION #1, #16, #17, #32 (D7240 X2, D7230 X2); IV SEDATION D9239/D9243. ASA I. MALLAMPATI II.
ANESTHESIA: MIDAZOLAM 5 MG, FENTANYL 75 MCG, PROPOFOL TITRATED. LIDOCAINE 2% WITH EPI 1:100K X 3 CARP, ARTICAINE 4% X 2 CARP.
FINDINGS: #17 AND #32 FULL BONY, ROOTS NEAR IAN CANAL ON PANO (CBCT ⟦D|09/22/2099⟧). NO EXPOSURE OF NERVE.
CLOSURE: 3-0 CHROMIC GUT. EBL 20 ML. PT TOLERATED WELL. DISCHARGED TO MOTHER ⟦N|LISETTE THERIAULT⟧ ⟦P|207-555-0187⟧ AT 10:55.
RX: IBUPROFEN 600 MG Q6H, AMOXICILLIN 500 MG TID X 7 D, PERIDEX RINSE. POST-OP ⟦DAY|TUESDAY⟧ ⟦D|10/20/2099⟧.
SURGEON: ⟦N|EAMON FITZPATRICK-DOYLE⟧, DMD, MD   ASSIST: ⟦N|KAYLA MICHAUD⟧, DA / ⟦N|RJB⟧   NPI ⟦I|1679320845⟧
PT IS A STUDENT AT ⟦O|UNIVERSITY OF MAINE⟧, ⟦C|ORONO⟧ - EXCUSE NOTE GIVEN FOR ⟦D|10/13⟧-⟦D|10/15/2099⟧. HOME ⟦S|88 PINE ST⟧, ⟦C|MILLINOCKET⟧ ⟦Z|04462⟧.
`);

note("perio-chart-caps", `
PERIODONTAL CHARTING / RE-EVALUATION   ⟦H|LAKESIDE PERIODONTICS AND IMPLANTS⟧, ⟦C|GRAND RAPIDS⟧ ⟦STATE|MI⟧   ⟦D|13-OCT-2099⟧
PATIENT: ⟦N|VANDERWALL, HENDRIKA J⟧   DOB ⟦D|07/30/1958⟧   PT # ⟦M|LPI-30417⟧   REF DR ⟦N|OOSTERHOUSE⟧   HYG ⟦N|BRIANNA KOOISTRA⟧, RDH
PRIOR SRP: UR/LR ⟦D|08/11/2099⟧, UL/LL ⟦D|08/18/2099⟧ (D4341 X4). ARESTIN SITES #3 DL, #14 MB, #19 D.
PROBING (MB/B/DB - ML/L/DL):
  #2   5 4 6 / 6 5 7   BOP+   FURC II
  #3   4 3 5 / 5 4 6   BOP+
  #14  6 4 5 / 7 5 6   BOP+   FURC I   MOBILITY 1
  #19  4 3 6 / 4 3 6   BOP-
  #30  3 2 4 / 4 3 5   BOP-
  #31  5 4 7 / 6 5 8   BOP+   FURC II, MILLER CLASS II MOBILITY
BOP 22% (WAS 48%). PLAQUE SCORE 30%. DX: STAGE III GRADE B PERIODONTITIS. A1C 7.4 PER PCP DR. ⟦N|RUTH NIEMEIER⟧ (⟦H|SPECTRUM HEALTH MEDICAL GROUP⟧).
PLAN: OSSEOUS SURGERY UR QUAD WITH EMDOGAIN #2-#3; 3-MO PERIO MAINTENANCE (D4910) ALTERNATING WITH GEN DENTIST.
PERIODONTIST: ⟦N|CORNELIUS DEJONGE⟧, DDS, MS   ⟦D|10/13/99⟧   PREDETERMINATION SENT TO ⟦O|DELTA DENTAL OF MICHIGAN⟧ MEMBER ⟦HP|DDMI77201846⟧, SUBSCRIBER HUSBAND ⟦N|PIETER VANDERWALL⟧.
PT CELL ⟦P|616-555-0129⟧. EMAIL ⟦E|HVANDERWALL58@EXAMPLE.NET⟧. NEXT APPT ⟦D|NOV 2099⟧.
`);

note("ivf-cycle-caps", `
⟦H|HEARTLAND FERTILITY AND REPRODUCTIVE MEDICINE⟧ - ⟦C|OMAHA⟧ ⟦STATE|NE⟧   IVF CYCLE SUMMARY
PATIENT: ⟦N|OKONKWO-BRANDT, CHIAMAKA⟧   DOB ⟦D|05/09/2062⟧   MRN ⟦M|HFRM-0077214⟧   CYCLE # ⟦I|IVF-99-0418⟧   PARTNER: ⟦N|TOBIAS BRANDT⟧ DOB ⟦D|11/02/2060⟧ MRN ⟦M|HFRM-0077215⟧
PROTOCOL: ANTAGONIST. AMH 1.9, AFC 11. GONAL-F 225 IU + MENOPUR 75 IU FROM CD2 (⟦D|09/28/2099⟧). GANIRELIX FROM STIM DAY 6.
MONITORING: ⟦D|10/02⟧ E2 612, LEAD 13 MM / ⟦D|10/04⟧ E2 1,480, LEAD 16 / ⟦D|10/06⟧ E2 2,210, 4 FOLLICLES >= 18 MM.
TRIGGER: OVIDREL 250 MCG + LUPRON 40 U AT 21:30 ⟦D|10/06/2099⟧. RETRIEVAL ⟦D|10/08/2099⟧ BY DR. ⟦N|ANNELIESE KOVAR⟧: 14 OOCYTES, 11 MII.
ICSI: 11 INJECTED, 9 2PN. DAY 5/6 BLASTS: 5 (4AA, 4AB, 5AB, 4BB, 3BB) -> ALL BIOPSIED FOR PGT-A TO ⟦O|COOPERGENOMICS⟧, FROZEN (FREEZE-ALL).
EMBRYOLOGIST: ⟦N|DMITRI VOLKONSKY⟧, ELD (ABB)   WITNESS ⟦N|HANNAH PFLUEGER⟧   LAB CASE ⟦I|EMB-99-2207⟧
STORAGE: TANK C, CANISTER 4, CANE ⟦I|OKB-0418-A⟧.
INS: ⟦O|UNITED HEALTHCARE⟧ FERTILITY BENEFIT VIA ⟦O|PROGYNY⟧ MEMBER ⟦HP|PGY-88204417⟧, AUTH ⟦I|PGA-5507213⟧.
NURSE COORDINATOR ⟦N|MEGAN SCHWARTING⟧, RN ⟦P|402-555-0176⟧ EXT ⟦P|310⟧. PT ADDRESS ⟦S|15607 CHARLES ST⟧, ⟦C|OMAHA⟧ ⟦Z|68154⟧.
`);

note("school-nurse-log-caps", `
⟦O|DOTHAN CITY SCHOOLS⟧ - ⟦O|HIGHLANDS ELEMENTARY SCHOOL⟧ HEALTH ROOM DAILY LOG   ⟦D|10/13/2099⟧   NURSE ⟦N|TAMMY BRUNDIDGE⟧, RN
TIME   STUDENT (GR)                   STUDENT ID   COMPLAINT / ACTION                                     DISPO
0812   ⟦N|MCCRAY, JAYDEN⟧ (3)             ⟦I|2204417⟧      ALBUTEROL 2 PUFFS PER MAR, PEAK FLOW 210->260             CLASS
0840   ⟦N|NGUYEN, BAO ANH⟧ (5)            ⟦I|2201839⟧      BG 68 -> 15 G CARB, RECHECK 104; OMNIPOD/DEXCOM OK          CLASS
0915   ⟦N|HOLLIS, KENNEDI⟧ (1)            ⟦I|2209902⟧      FEVER 101.2 - MOM ⟦N|SHANICE HOLLIS⟧ CALLED ⟦P|334-555-0118⟧     HOME 0955
1020   ⟦N|ALVARADO-PINEDA, SANTIAGO⟧ (4)  ⟦I|2203317⟧      FELL ON PLAYGROUND, ABRASION L KNEE, ICE                   CLASS
1130   ⟦N|MCCRAY, JAYDEN⟧ (3)             ⟦I|2204417⟧      NOON CONCERTA 18 MG GIVEN (PARENT AUTH ON FILE)          CLASS
1215   ⟦N|FAITH OYELARAN⟧ (2)             ⟦I|2207751⟧      HEAD LICE CHECK - NEGATIVE                                CLASS
1340   ⟦N|PRUITT, COLTON⟧ (5)             ⟦I|2200468⟧      C/O STOMACH ACHE, NO FEVER, REST 15 MIN                  CLASS
1405   ⟦N|NGUYEN, BAO ANH⟧ (5)            ⟦I|2201839⟧      PRE-SNACK BG 182, INSULIN LISPRO 1.5 U PER PLAN            CLASS
NOTES: ⟦N|KENNEDI⟧ PICKED UP BY GRANDMOTHER ⟦N|EARLINE HOLLIS⟧ (ON PICKUP LIST). ⟦N|BAO ANH⟧'S MOTHER ⟦N|THI HUONG⟧ SENT NEW SUPPLIES.
FOLLOW-UP: CALL DR. ⟦N|OLUWASEUN ADEYEMI⟧ (⟦H|SOUTHEAST HEALTH PEDIATRICS⟧) ⟦P|334-555-0151⟧ RE ⟦N|JAYDEN⟧'S ASTHMA ACTION PLAN. PRINCIPAL MR. ⟦N|GREGORY TOWNS⟧ INFORMED OF FALL. ⟦N|TB⟧
`);

note("egg-donor-screen-caps", `
⟦O|PACIFIC CREST EGG DONATION⟧ - DONOR MEDICAL SCREENING RECORD (FDA 21 CFR 1271)   ⟦C|SACRAMENTO⟧ ⟦STATE|CA⟧
DONOR # ⟦I|PCE-D4471⟧   NAME: ⟦N|BAUTISTA, MARICEL ROSE⟧   DOB ⟦D|03/19/2075⟧   SSN ON FILE   PHONE ⟦P|916-555-0194⟧
SCREENING DATE ⟦D|2099-10-13⟧   PRIOR DONATIONS: 2 (CYCLES ⟦I|PCE-C-2098-118⟧, ⟦I|PCE-C-2099-031⟧)
INFECTIOUS DISEASE (WITHIN 30 D OF RETRIEVAL): HIV-1/2, HBSAG, HBC, HCV, HTLV, RPR, GC/CT NAAT, WNV - ALL NEG, DRAWN ⟦D|10/13/2099⟧ AT ⟦O|QUEST DIAGNOSTICS⟧ ACCESSION ⟦I|QD77201843⟧.
GENETIC: HORIZON 274 CARRIER PANEL (⟦O|NATERA⟧) - CARRIER GJB2; RECIPIENT PARTNER SCREENED NEG. KARYOTYPE 46,XX.
PSYCH EVAL: DR. ⟦N|LUCINDA ABERNETHY-OWUSU⟧, PHD ⟦D|09/30/2099⟧ - CLEARED. MMPI-2 WNL.
AMH 4.8, AFC 26. BMI 22.
FAMILY HX: MATERNAL GRANDMOTHER AGE ⟦A|94⟧ LIVING; PATERNAL GRANDFATHER DIED 71 (MI). NO HX CF, SMA, FRAGILE X.
MATCHED TO RECIPIENT CASE ⟦I|RCP-99-2281⟧ (ANONYMOUS) AT ⟦H|SUTTER FERTILITY CENTER⟧.
COORDINATOR: ⟦N|ESTRELLA DOMINGUEZ-PAIK⟧ ⟦E|EDOMINGUEZ@PCED-EXAMPLE.ORG⟧   MEDICAL DIRECTOR ⟦N|HOLLIS WAINWRIGHT⟧, MD   ⟦D|10/13/99⟧
DONOR ADDRESS ⟦S|2719 FRANKLIN BLVD⟧ APT 6, ⟦C|SACRAMENTO⟧ ⟦Z|95818⟧. STUDENT AT ⟦O|SACRAMENTO STATE⟧ (NURSING). COMPENSATION CHECK # ⟦I|40218⟧.
`);

note("sports-ppe-caps", `
PREPARTICIPATION PHYSICAL EVALUATION (PPE) - ⟦O|KANSAS STATE HIGH SCHOOL ACTIVITIES ASSOCIATION⟧ FORM   ⟦D|OCT 13, 2099⟧
ATHLETE: ⟦N|RAMIREZ-OCHOA, ISABELLA⟧   DOB ⟦D|01/22/2083⟧   SCHOOL: ⟦O|WICHITA NORTHWEST HIGH SCHOOL⟧   GRADE 11   SPORT: BASKETBALL, SOCCER
PARENT: ⟦N|ROSA OCHOA⟧ ⟦P|316-555-0122⟧   ADDRESS ⟦S|3315 N RIDGE RD⟧, ⟦C|WICHITA⟧ ⟦STATE|KS⟧ ⟦Z|67205⟧
HISTORY: SYNCOPE WITH EXERCISE - NO. FAMILY SUDDEN DEATH < 50 - UNCLE ⟦N|HECTOR OCHOA⟧ DIED AGE 38 "HEART" (⟦D|2091⟧). CONCUSSION ⟦D|02/2099⟧ (SOCCER), CLEARED BY ⟦H|WESLEY SPORTS MEDICINE⟧.
MENSTRUAL: MENARCHE 12, REGULAR. IRON: FERRITIN 9 (⟦D|08/2099⟧) ON FERROUS SULFATE.
EXAM: HT 5'6" WT 128 BP 112/68 HR 58. MURMUR - NONE SUPINE OR STANDING. MARFAN SCREEN NEG.
ECG ORDERED GIVEN FAMILY HX -> ⟦H|WESLEY CHILDREN'S HOSPITAL⟧ CARDIOLOGY, DR. ⟦N|SURESH VENKATARAMAN⟧, ⟦D|10/20/2099⟧.
CLEARANCE: CLEARED PENDING ECG/ECHO. IMPACT BASELINE ON FILE WITH ATHLETIC TRAINER ⟦N|COREY LINDQUIST⟧, ATC.
EXAMINER: ⟦N|ABIGAIL STOLTZFUS⟧, APRN   ⟦H|GRACEMED HEALTH CLINIC⟧   LIC ⟦I|53-41827-112⟧   ⟦D|10/13/2099⟧
INSURANCE: ⟦O|KANCARE⟧ / ⟦O|SUNFLOWER HEALTH PLAN⟧ ID ⟦HP|KC770441829⟧.
`);

note("dental-predet-caps", `
⟦O|DELTA DENTAL OF KENTUCKY⟧ - PREDETERMINATION OF BENEFITS   NOTICE DATE ⟦D|10/13/2099⟧   PREDET # ⟦I|PD-99-4418207713⟧
SUBSCRIBER: ⟦N|HAYCRAFT, DWAYNE T⟧   SUBSCRIBER ID ⟦HP|DDKY00448217⟧   GROUP ⟦HP|DK-201447⟧ (⟦O|FAYETTE COUNTY PUBLIC SCHOOLS⟧)
PATIENT: ⟦N|HAYCRAFT, BRYNLEE⟧ (DEPENDENT)   DOB ⟦D|06/03/2086⟧   RELATIONSHIP: CHILD
TREATING DENTIST: ⟦N|KWAME ASANTE-BOATENG⟧, DMD   ⟦H|BLUEGRASS ORTHODONTICS⟧, ⟦S|2340 SIR BARTON WAY⟧, ⟦C|LEXINGTON⟧ ⟦STATE|KY⟧ ⟦Z|40509⟧   TIN ⟦I|61-4418207⟧
PROCEDURE                                    CDT      FEE        ALLOWED    PLAN PAYS   PATIENT
COMPREHENSIVE ORTHO TX, ADOLESCENT           D8080    $6,200     $5,400     $1,500*     $3,900
PERIODIC ORTHO VISIT                         D8670    INCL       -          -           -
RETAINER REPLACEMENT                         D8692    $350       $300       $0          $300
* LIFETIME ORTHO MAXIMUM $1,500; PAID 25% AT BANDING, BALANCE QUARTERLY OVER 24 MO.
THIS IS NOT A GUARANTEE OF PAYMENT. ELIGIBILITY CONFIRMED THRU ⟦D|12/31/2099⟧.
QUESTIONS: ⟦P|800-555-0162⟧ OR ⟦U|WWW.DELTADENTALKY-EXAMPLE.COM⟧. REVIEWER ⟦N|J. PENNINGTON⟧, DMD, DENTAL CONSULTANT.
CC: ⟦N|DWAYNE HAYCRAFT⟧, ⟦S|1128 TATES CREEK RD⟧, ⟦C|LEXINGTON⟧ ⟦Z|40502⟧.
`);

note("immunization-exclusion-caps", `
⟦O|PROVIDENCE PUBLIC SCHOOLS⟧ - OFFICE OF HEALTH SERVICES, ⟦S|797 WESTMINSTER ST⟧, ⟦C|PROVIDENCE⟧ ⟦STATE|RI⟧ ⟦Z|02903⟧
NOTICE OF IMMUNIZATION NONCOMPLIANCE - EXCLUSION   ⟦D|OCTOBER 13, 2099⟧
TO THE PARENT/GUARDIAN OF: ⟦N|MENDES, GABRIEL ANTONIO⟧   DOB ⟦D|04/11/2087⟧   STUDENT # ⟦I|PPS-0884172⟧   SCHOOL: ⟦O|NATHANAEL GREENE MIDDLE SCHOOL⟧ GR 7
OUR RECORDS (RICAIR REGISTRY, QUERY ⟦D|10/09/2099⟧) SHOW THESE REQUIRED DOSES MISSING:
  TDAP (1 DOSE AT 11-12 Y)        - NOT RECORDED
  MENACWY (1 DOSE)                - NOT RECORDED
  HPV (DOSE 1)                    - RECORDED ⟦D|03/14/2098⟧ (⟦H|PROVIDENCE COMMUNITY HEALTH CENTERS⟧)
  VARICELLA #2                    - RECORDED ⟦D|2092⟧
UNDER RI REGULATION 216-RICR-30-05-3, STUDENTS MAY NOT ATTEND AFTER ⟦D|10/27/2099⟧ WITHOUT PROOF OF VACCINATION OR AN APPROVED EXEMPTION.
FREE VACCINE CLINIC: ⟦O|NATHANAEL GREENE MIDDLE SCHOOL⟧ GYM, ⟦DAY|WEDNESDAY⟧ ⟦D|10/21⟧, 3-6 PM (⟦O|VACCINATE RI⟧).
SCHOOL NURSE TEACHER: ⟦N|MARIA DA CONCEICAO FURTADO⟧, RN, NCSN   ⟦P|401-555-0137⟧ EXT ⟦P|2241⟧   ⟦E|M.FURTADO@PPSD-EXAMPLE.ORG⟧
PARENT ON FILE: ⟦N|ANA PAULA MENDES⟧, ⟦S|61 TOBEY ST⟧ #2, ⟦C|PROVIDENCE⟧ ⟦Z|02909⟧   ⟦P|401-555-0160⟧ (PORTUGUESE INTERPRETER REQUESTED).
`);

note("gc-agreement-caps", `
GESTATIONAL CARRIER AGREEMENT - MEDICAL SUMMARY FOR CLINIC FILE   ⟦H|DESERT BLOOM FERTILITY⟧, ⟦C|TUCSON⟧ ⟦STATE|AZ⟧
INTENDED PARENTS: ⟦N|KAZUO NAKAMURA-REYES⟧ AND ⟦N|DANIEL REYES⟧ (MRN ⟦M|DBF-44018⟧ / ⟦M|DBF-44019⟧)   AGENCY: ⟦O|SONORAN SURROGACY PARTNERS⟧ FILE ⟦I|SSP-2099-071⟧
GESTATIONAL CARRIER: ⟦N|TOLLIVER, BRANDI LYNN⟧   DOB ⟦D|08/27/2070⟧   MRN ⟦M|DBF-44102⟧   ⟦C|MARANA⟧ ⟦STATE|AZ⟧   2 PRIOR TERM SVD (⟦D|2093⟧, ⟦D|2096⟧)
CARRIER'S HUSBAND ⟦N|WADE TOLLIVER⟧ - ID SCREENING NEG ⟦D|09/15/2099⟧.
LEGAL: AGREEMENT EXECUTED ⟦D|09/30/2099⟧. IP COUNSEL ⟦N|RACHEL OYELOWO-STEIN⟧, ESQ (⟦O|OYELOWO STEIN FAMILY LAW⟧); GC COUNSEL ⟦N|MARCUS BEAULIEU⟧, ESQ. PRE-BIRTH ORDER TO BE FILED IN ⟦O|PIMA COUNTY SUPERIOR COURT⟧.
ESCROW: ⟦O|SEEDTRUST ESCROW⟧ ACCT ⟦I|STE-7720418⟧.
MEDICAL: HSG NORMAL, SIS NORMAL ⟦D|08/20/2099⟧. BMI 27. PSYCH CLEARANCE DR. ⟦N|NOELANI KAHANANUI⟧ ⟦D|09/02/2099⟧.
EMBRYOS: CREATED WITH DONOR OOCYTES (DONOR # ⟦I|CFE-2218⟧, ⟦O|CALIFORNIA FERTILITY EGG BANK⟧) AND IP ⟦N|DANIEL⟧'S SPERM; 3 PGT-A EUPLOID.
FET PLANNED ⟦D|NOV 2099⟧: ESTRACE 2 MG TID, PIO 1 ML IM DAILY. INSURANCE: CARRIER'S POLICY EXCLUDES SURROGACY -> ⟦O|NEW LIFE AGENCY⟧ SURROGACY POLICY ⟦HP|NLA-GC-884120⟧.
PHYSICIAN: ⟦N|PRIYANKA RAGHUNATHAN⟧, MD   ⟦D|10/13/2099⟧   COORDINATOR ⟦N|JOY HALVORSEN⟧ ⟦P|520-555-0193⟧
`);

note("adoption-summary-caps", `
ADOPTION MEDICAL SUMMARY - PRE-ADOPTION REVIEW   INTERNATIONAL ADOPTION CLINIC, ⟦H|UNIVERSITY OF MINNESOTA MASONIC CHILDREN'S HOSPITAL⟧
CHILD: ⟦N|TESFAYE, ABEBECH⟧ (PROPOSED NAME: ⟦N|MARGARET ABEBECH LINDGREN⟧)   DOB (ESTIMATED) ⟦D|03/2097⟧   REFERRAL ⟦D|09/21/2099⟧
AGENCY: ⟦O|LUTHERAN SOCIAL SERVICE OF MINNESOTA⟧ CASE ⟦I|LSS-IA-99-0417⟧   ORPHANAGE: ⟦O|KIDANE MIHRET CHILDREN'S HOME⟧, ⟦C|ADDIS ABABA⟧ ⟦COUNTRY|ETHIOPIA⟧
PROSPECTIVE PARENTS: ⟦N|ERIK LINDGREN⟧ AND ⟦N|SOLVEIG LINDGREN⟧, ⟦S|2215 W SUPERIOR ST⟧, ⟦C|DULUTH⟧ ⟦STATE|MN⟧ ⟦Z|55806⟧   ⟦P|218-555-0138⟧
REVIEW OF RECORDS: WT 10.2 KG (25TH %ILE), HT 84 CM, HC 47 CM. HBSAG NEG, HIV NEG (⟦D|07/2099⟧). TB SKIN TEST NOT DONE.
VIDEO REVIEWED ⟦D|10/12/2099⟧: WALKING, BABBLING 2-WORD PHRASES, SOCIAL SMILE.
RISKS DISCUSSED: INCOMPLETE PRENATAL HX; BIRTH MOTHER ⟦N|ALMAZ TESFAYE⟧ (PER DOSSIER) DIED ⟦D|2097⟧.
ON ARRIVAL: CBC, LEAD, TSH, HEP A/B/C, STRONGYLOIDES, QUANTIFERON, REVACCINATE PER TITERS.
PHYSICIAN: ⟦N|INGRID SOLBERG-HAILE⟧, MD   ⟦D|10/13/2099⟧   FAX ⟦F|612-555-0175⟧   US VISA CASE ⟦I|ADD2099744812⟧.
`);
// ======================================================== lower case (10) ========================================================

note("dental-chat-lower", `
[⟦D|10/13/2099⟧ 07:02] ⟦N|renee castellanos⟧ (front desk, ⟦H|sun city smiles dental⟧): good morning! this is a reminder for ⟦N|mateo⟧'s cleaning today at 3:40 with hygienist ⟦N|brooke⟧. reply c to confirm
[⟦D|10/13/2099⟧ 07:15] ⟦N|lucia villanueva⟧: c. can we also ask about his front tooth, he hit it on the monkey bars at ⟦O|coronado elementary⟧ yesterday
[⟦D|10/13/2099⟧ 07:18] ⟦N|renee castellanos⟧: oh no! is it loose or chipped? any bleeding? if it's out completely call our emergency line ⟦P|915-555-0148⟧ right away
[⟦D|10/13/2099⟧ 07:20] ⟦N|lucia villanueva⟧: chipped a little corner, not loose. he says it's cold sensitive
[⟦D|10/13/2099⟧ 07:26] ⟦N|renee castellanos⟧: ok i added a limited exam + pa x-ray of #8/#9 with dr. ⟦N|okafor⟧. his chip plan is ⟦O|texas chip⟧ thru ⟦O|el paso health⟧, member id ⟦HP|ep7720418836⟧ - still active?
[⟦D|10/13/2099⟧ 07:31] ⟦N|lucia villanueva⟧: yes renewed in ⟦D|august⟧. new address tho: ⟦S|10412 montwood dr⟧, ⟦C|el paso⟧ ⟦Z|79935⟧
[⟦D|10/13/2099⟧ 07:33] ⟦N|renee castellanos⟧: updated 👍 patient # ⟦M|scs-60417⟧. see you at 3:30, please bring the school's incident form if they gave you one
[⟦D|10/13/2099⟧ 16:52] dr. ⟦N|adaeze okafor⟧: mom - ⟦N|mateo⟧'s #8 has a small enamel-dentin fracture, no pulp exposure. we bonded it today (composite). recheck vitality in 6-8 wks. call ⟦P|915-555-0149⟧ with pain or darkening. fluoride varnish done.
`);

note("college-counseling-intake-lower", `
⟦H|counseling and psychological services⟧, ⟦O|colorado state university⟧ - initial consultation
client: ⟦N|hadley voss-kemper⟧   csu id ⟦I|832204417⟧   dob ⟦D|12/01/2080⟧   pronouns she/her   date ⟦D|10/13/2099⟧   counselor: ⟦N|tomasz wiśniewski⟧, lpc
presenting concern: "i can't sleep and i've stopped going to orgo." 2nd-year biomed major, transfer from ⟦O|front range community college⟧. panic episodes 3x/wk since ⟦D|sept⟧, worse after breakup.
screens: phq-9 = 16, gad-7 = 15, c-ssrs screen: passive si in past month, no plan or intent, no prior attempts. audit-c 5.
history: outpt therapy in high school (⟦H|pueblo community counseling⟧, ⟦D|2096⟧-⟦D|2097⟧). sertraline 50 mg by pcp dr. ⟦N|marisol quintana⟧ (⟦H|parkview medical center⟧ clinic, ⟦C|pueblo⟧), stopped ⟦D|june 2099⟧.
supports: roommate ⟦N|keziah⟧; mother ⟦N|dana kemper⟧ ⟦P|719-555-0183⟧ (consent to contact signed for emergencies only).
lives in ⟦LO|braiden hall⟧ room 314, ⟦C|fort collins⟧. works at the ⟦O|alley cat cafe⟧ on ⟦S|laurel st⟧.
safety plan completed; given crisis line and caps after-hours ⟦P|970-555-0110⟧. referred to psychiatry (⟦H|csu health and medical center⟧, dr. ⟦N|obinna eze⟧) and a dbt skills group ⟦DAY|thursdays⟧.
academic: letter to ⟦O|student disability center⟧ offered; client will email advisor prof. ⟦N|lindqvist⟧ herself.
titanium portal user ⟦UN|hvosskemper⟧. next appt ⟦D|10/20/2099⟧ 2:00 pm. ⟦N|tw⟧
`);

note("ivf-portal-thread-lower", `
subject: re: trigger tonight?? (cycle ⟦I|2099-0377⟧)
from: ⟦E|anjali.raman88@example.com⟧   to: ⟦E|ivfnurses@lonestarfertility-example.com⟧   sent: ⟦D|tue, 13 oct 2099⟧ 14:12
hi nurse ⟦N|kristen⟧ - the portal says my trigger is tonight but the pharmacy (⟦O|mdr pharmacy⟧) only sent one ovidrel. my husband ⟦N|vikram⟧ has to work in ⟦C|san marcos⟧ until 10. what time exactly and is 1 enough? also do i stop the cetrotide today? - ⟦N|anjali raman⟧, dob ⟦D|7/4/2066⟧

from: ⟦N|kristen fairweather⟧, rn <⟦E|kfairweather@lonestarfertility-example.com⟧>   sent: ⟦D|13 oct 2099⟧ 14:40
hi ⟦N|anjali⟧! yes, one ovidrel 250 mcg is the full dose. take it at exactly 9:15 pm tonight (⟦D|10/13⟧). take your last cetrotide this morning as you did - none tonight. nothing tomorrow. your egg retrieval with dr. ⟦N|benedetto⟧ is ⟦DAY|thursday⟧ ⟦D|10/15⟧ at 9:15 am at our ⟦H|lone star fertility - westlake⟧ surgery center, ⟦S|3801 bee caves rd⟧, ⟦C|austin⟧. nothing to eat after midnight, and ⟦N|vikram⟧ gives his sample that morning (abstain 2-5 days). your e2 today was 2,840 and you have 12 follicles over 14 mm.
mrn ⟦M|lsf-0448217⟧. call ⟦P|512-555-0172⟧ if the pen fails. - ⟦N|kf⟧

from: ⟦E|anjali.raman88@example.com⟧   sent: ⟦D|13 oct 2099⟧ 21:20
done at 9:15 on the dot, ⟦N|vikram⟧ facetimed in. thank you!!
`);

note("sperm-bank-release-lower", `
⟦O|great lakes cryobank⟧ - vial release authorization & shipping record   ⟦S|1420 e 11 mile rd⟧, ⟦C|royal oak⟧ ⟦STATE|mi⟧ ⟦Z|48067⟧
client: ⟦N|jovanovic, mirela⟧   client # ⟦I|glc-c-88204⟧   dob ⟦D|01/16/2069⟧   partner: ⟦N|selma hadžić⟧ (co-parent, consent signed ⟦D|09/22/2099⟧)
donor # ⟦I|4417⟧ ("identity release at 18")   vials: 2 iui-ready, 18 million motile/vial post-thaw   lot/straw ids ⟦I|4417-0921-a⟧, ⟦I|4417-0921-b⟧
purchase order ⟦I|po-77201⟧ ⟦D|10/09/2099⟧; storage fee paid thru ⟦D|10/2100⟧.
ship to: ⟦H|bronson reproductive health⟧, ⟦S|601 john st⟧ ste m-100, ⟦C|kalamazoo⟧ ⟦STATE|mi⟧ ⟦Z|49007⟧ - attn andrology, ⟦N|gloria ferreira-nakamura⟧, mt(ascp)
physician: ⟦N|ramón echevarría⟧, md   npi ⟦I|1376204418⟧   fax ⟦F|269-555-0133⟧
dry shipper ⟦DEV|ds-mve-0418⟧ via ⟦O|fedex⟧ priority overnight, tracking ⟦I|7744 2087 1930⟧, shipped ⟦D|10/13/2099⟧, return by ⟦D|10/20/2099⟧.
released by ⟦N|dwight obermeyer⟧ (lab supervisor) / verified ⟦N|ck⟧. client portal ⟦U|https://portal.greatlakescryo-example.com⟧ user ⟦UN|mirelaj69⟧.
client phone ⟦P|248-555-0190⟧; client address ⟦S|2207 woodward hts⟧, ⟦C|ferndale⟧ ⟦Z|48220⟧.
`);

note("iep-health-plan-lower", `
individualized healthcare plan (ihp) - attachment to iep   ⟦O|marquette area public schools⟧ / ⟦O|sandy knoll elementary⟧   school year ⟦D|2099⟧-⟦D|2100⟧
student: ⟦N|aiyana redwing-larson⟧   dob ⟦D|05/30/2091⟧   student id ⟦I|map-2217041⟧   grade 2   teacher mrs. ⟦N|holmquist⟧
diagnosis: type 1 diabetes (dx ⟦D|3/2098⟧ at ⟦H|up health system - marquette⟧), celiac disease. endocrinologist: dr. ⟦N|sunil varghese⟧, ⟦H|helen devos children's hospital⟧ (telehealth), ⟦P|616-555-0111⟧.
devices: dexcom g7 (follow app on nurse's ipad, share user ⟦UN|aiyana.rl.g7⟧), omnipod 5 automated mode.
school staff trained: ⟦N|paula sundquist⟧, rn (district nurse, covers 4 buildings), ⟦N|dawn kivela⟧ (para), mr. ⟦N|ostrowski⟧ (pe). glucagon (baqsimi 3 mg) in health office and pe bag.
lows: bg < 70 -> 15 g fast carb (juice box), recheck 15 min; no treatment in classroom alone. highs > 300 -> check ketones, call parent.
lunch: gluten-free from home; carb counts on lid. snack 10:15.
field trips: trained adult carries kit; parent ⟦N|hope larson⟧ often chaperones.
parents: ⟦N|hope larson⟧ ⟦P|906-555-0164⟧ (cell), ⟦N|david redwing⟧ ⟦P|906-555-0147⟧ (work, ⟦O|cliffs natural resources⟧). home ⟦S|1218 w ridge st⟧, ⟦C|marquette⟧ ⟦Z|49855⟧.
signed: ⟦N|p. sundquist⟧ rn ⟦D|9/02/2099⟧; parent ⟦N|h. larson⟧ ⟦D|9/03/2099⟧. review at iep annual ⟦D|04/2100⟧. plan also under 504 if iep exits. medicaid (⟦O|healthy michigan⟧/⟦O|mi child⟧) id ⟦HP|0044182719⟧.
`);

note("cfDNA-report-lower", `
⟦O|sequenom-west laboratories⟧ (clia ⟦I|05d2048817⟧) - prenatal cell-free dna screen   accession ⟦I|sw-99-4418270⟧
patient: ⟦N|fa'asavalu, leilani⟧   dob ⟦D|11/03/2067⟧   mrn ⟦M|kmc-3320418⟧   ga at draw 10w4d   collected ⟦D|2099-10-05⟧ received ⟦D|2099-10-07⟧ reported ⟦D|2099-10-13⟧
ordering: ⟦N|keoni akana⟧, md, ⟦H|kapiolani medical center for women and children⟧ mfm, ⟦C|honolulu⟧ ⟦STATE|hi⟧   fax ⟦F|808-555-0158⟧
results: fetal fraction 9.8%. trisomy 21: high risk (ppv 81% at maternal age 32). trisomy 18, 13: low risk. sex chromosomes: not reported per request. 22q11.2: low risk.
interpretation: positive screen for trisomy 21. this is not diagnostic; cvs or amniocentesis recommended.
genetic counselor ⟦N|marisol tupa'i-henderson⟧, ms, cgc called the patient ⟦D|10/13/2099⟧ at ⟦P|808-555-0121⟧; spouse ⟦N|sione fa'asavalu⟧ present. cvs scheduled ⟦D|10/16/2099⟧ with dr. ⟦N|akana⟧.
lab director: ⟦N|harold pemberton-yu⟧, phd, facmg   ⟦D|13 oct 2099⟧.  billing: ⟦O|hmsa⟧ quest id ⟦HP|hmq07720418⟧.
`);

note("study-abroad-clearance-lower", `
study abroad medical clearance form - ⟦O|university of arkansas office of study abroad⟧   application # ⟦I|sa-2100s-04417⟧
student: ⟦N|kwabena ofori-atta⟧   uark id ⟦I|010884172⟧   dob ⟦D|08/21/2079⟧   program: ⟦O|cea capa⟧ ⟦C|florence⟧, ⟦COUNTRY|italy⟧, spring ⟦D|2100⟧ (⟦D|jan 12⟧ - ⟦D|may 8, 2100⟧)
passport # ⟦I|a44172091⟧ (exp ⟦D|03/2108⟧). emergency contact: mother ⟦N|abena ofori-atta⟧, ⟦C|jonesboro⟧ ⟦STATE|ar⟧, ⟦P|870-555-0152⟧.
health history (reviewed ⟦D|10/13/2099⟧ at ⟦H|pat walker health center⟧ by ⟦N|meredith calloway⟧, aprn): sickle cell trait (not disease); seasonal asthma, albuterol prn; no hospitalizations since ⟦D|2094⟧. mental health: none disclosed.
immunizations: mmr x2, tdap ⟦D|2096⟧, menacwy booster ⟦D|8/2095⟧, hep a x2, typhoid (oral) to be given ⟦D|dec 2099⟧; covid up to date.
medications abroad: albuterol hfa x2 (carry letter), epipen - not needed. 5-month supply allowed under italian import rules - letter attached.
insurance: ⟦O|geoblue⟧ via program, certificate ⟦HP|gb-cea-44817202⟧; home plan ⟦O|arkansas blue cross⟧ ⟦HP|abx440172983⟧.
cleared for travel: yes. signed ⟦N|m. calloway⟧, aprn, ⟦D|10/13/2099⟧. questions: ⟦E|studyabroad-health@uark-example.edu⟧.
`);

note("denture-lab-slip-lower", `
⟦O|north country dental lab⟧  ⟦S|po box 207⟧, ⟦C|st. johnsbury⟧ ⟦STATE|vt⟧ ⟦Z|05819⟧  ph ⟦P|802-555-0126⟧
lab work order / rx   case # ⟦I|ncdl-99-1843⟧   received ⟦D|10/09/99⟧   due ⟦D|10/16/99⟧ (try-in)
doctor: ⟦N|j. thibodeau⟧, dmd - ⟦H|kingdom family dentistry⟧, ⟦C|newport⟧   lic ⟦I|vt-dds-044172⟧
patient: ⟦N|amos beiler⟧ (pt. ⟦N|a.b.⟧)   age 71   chart ⟦M|kfd-2209⟧
appliance: maxillary complete denture, mandibular cu/cl partial (cast frame from ⟦O|ney dental international⟧).
teeth: ivoclar phonares ii, shade a3, mould a24. gingiva: light pink. 
notes: pt amish - no photos; doctor hand-carried impressions & bite. please return with case # on the box. deliver to office, not to pt home at ⟦S|3390 crystal lake rd⟧, ⟦C|barton⟧.
tech: ⟦N|gus lefebvre⟧ / qc ⟦N|mc⟧   invoice ⟦I|inv-40221⟧ $1,240.
`);

note("athletic-trainer-log-lower", `
⟦O|laramie high school⟧ athletic training room - injury/treatment log   week of ⟦D|10/12/2099⟧   atc ⟦N|brett kowalczyk⟧, ms, atc (wy lic ⟦I|at-0441⟧)
date     athlete                  sport      injury / tx                                           status
⟦D|10/12⟧  ⟦N|redhouse, tyler⟧          football   concussion sx after hit (q3 vs ⟦O|cheyenne central⟧) - scat5 23 sx, removed   out, to er
⟦D|10/12⟧  ⟦N|pham, minh khoa⟧          xc         r shin splints, ice + taping                           limited
⟦D|10/13⟧  ⟦N|redhouse, tyler⟧          football   seen at ⟦H|ivinson memorial hospital⟧ ed, ct neg; impact post-injury      out, rtl stage 1
⟦D|10/13⟧  ⟦N|castillo-grant, aubree⟧   volleyball l ankle inversion, ottawa neg, lace-up brace                  full
⟦D|10/13⟧  ⟦N|ng, caleb⟧                football   hamstring strain gr 1                                    limited
concussion protocol: parents notified - ⟦N|tyler⟧'s father ⟦N|lyle redhouse⟧ ⟦P|307-555-0179⟧; teacher rtl letter to counselor ms. ⟦N|abeyta⟧. physician clearance required (dr. ⟦N|gwen hollister⟧, ⟦H|laramie family medicine⟧).
⟦N|aubree⟧'s mom ⟦N|kim grant⟧ asked for pt referral -> ⟦H|summit physical therapy⟧ ⟦P|307-555-0104⟧.
wyoming hsaa concussion form #3 filed. ⟦N|bk⟧
`);

note("oncofertility-consult-lower", `
oncofertility consult - ⟦H|oregon reproductive medicine⟧ satellite at ⟦H|st. charles bend⟧   ⟦D|oct 13, 2099⟧
pt: ⟦N|marguerite "daisy" oyelaran-fisk⟧   dob ⟦D|02/26/2075⟧   mrn ⟦M|stc-55018427⟧   referred urgently by dr. ⟦N|yusuf haddad⟧ (oncology) for newly dx er+ breast ca, chemo (ddac-t) planned start ⟦D|10/27/2099⟧.
partner: ⟦N|jonah fisk⟧, dob ⟦D|09/09/2073⟧.
amh 2.6, afc 14. discussed: random-start antagonist protocol with letrozole 5 mg to keep e2 low; embryo vs oocyte cryo; lupron during chemo for ovarian protection (limited data).
plan: start gonal-f 300 + menopur 150 + letrozole tonight (cd 19). baseline labs drawn. retrieval expected ~⟦D|10/25⟧.
financial: ⟦O|livestrong fertility⟧ discount application # ⟦I|lsf-99-28811⟧; meds donated via ⟦O|emd serono⟧ compassionate care id ⟦I|cc-4418027⟧. ins ⟦O|pacificsource⟧ ⟦HP|psh88204417⟧ denied fertility preservation (state mandate appeal filed).
genetic counseling: brca pending (⟦O|invitae⟧ req ⟦I|rq8820441⟧).
nurse ⟦N|sadie whitcomb⟧, rn ⟦P|541-555-0129⟧. md ⟦N|ilse marchetti⟧, md   ⟦N|im⟧/⟦N|sw⟧
`);
// ======================================================== mixed case (25) ========================================================

note("general-dentistry-soap", `
⟦H|Magnolia Family Dentistry⟧ - ⟦S|4410 Vineville Ave⟧, ⟦C|Macon⟧, ⟦STATE|GA⟧ ⟦Z|31204⟧ - ⟦P|(478) 555-0131⟧
Clinical note - Limited evaluation, problem focused (D0140)   ⟦D|10/13/2099⟧ 10:20
Patient: ⟦N|Jerome Whitlock Sr.⟧   DOB ⟦D|3/17/1951⟧   Chart ⟦M|MFD-008817⟧   Provider: Dr. ⟦N|Celestine Obi-Marchetti⟧, DMD   Assistant: ⟦N|Keisha⟧
CC: "bottom right tooth is killing me since ⟦DAY|Saturday⟧." Swelling R face x2 days, no fever, no trismus, swallowing ok.
Med hx: HTN (amlodipine), T2DM (metformin), on Eliquis 5 mg bid for AFib per cardiology (Dr. ⟦N|Pruett⟧, ⟦H|Atrium Health Navicent⟧). Allergy PCN (hives) -> clindamycin.
Exam: #30 MOD amalgam with recurrent decay, TTP +++, buccal vestibular swelling fluctuant, PDL widening and PA radiolucency 4 mm on PA. #31 ok.
Dx: #30 symptomatic apical periodontitis with acute apical abscess.
Tx today: informed consent signed; lidocaine 2% with epi 1:100k x 2 carp (IANB), I&D buccal, pulpectomy #30 (D3221), CaOH, Cavit. Bleeding controlled - did NOT stop Eliquis (per guidance).
Rx: clindamycin 300 mg qid x 7 d, ibuprofen 600 + APAP 500.
Plan: RCT #30 with endodontist Dr. ⟦N|Farrokh Ziaei⟧ at ⟦H|Central Georgia Endodontics⟧ (referral faxed to ⟦F|478-555-0139⟧ ⟦D|10/13⟧), then crown (e.max or PFM).
Ins: ⟦O|Cigna Dental⟧ PPO, member ⟦HP|U44172088-01⟧, group ⟦HP|3340217⟧ (retiree plan, ⟦O|Norfolk Southern⟧). Pt son ⟦N|Jerome Jr.⟧ drove him, ⟦P|478-555-0176⟧.
Signed ⟦N|C. Obi-Marchetti⟧, DMD  ⟦D|Oct 13, 2099⟧
`);

note("ortho-referral", `
⟦H|Chattanooga Pediatric Dentistry⟧
⟦S|1601 Gunbarrel Rd⟧, Suite 104 · ⟦C|Chattanooga⟧, ⟦STATE|TN⟧ ⟦Z|37421⟧ · Phone ⟦P|423-555-0115⟧ · Fax ⟦F|423-555-0116⟧

⟦D|October 13, 2099⟧

Dr. ⟦N|Yoon-Hee Park⟧
⟦H|Signal Mountain Orthodontics⟧
⟦S|1220 Taft Hwy⟧
⟦C|Signal Mountain⟧, ⟦STATE|TN⟧ ⟦Z|37377⟧

Re: ⟦N|Lila Haskins-Baptiste⟧ (DOB ⟦D|06/18/2090⟧), our chart ⟦M|CPD-22041⟧

Dear Dr. ⟦N|Park⟧,

Thank you for seeing ⟦N|Lila⟧, a 9-year-old with an Angle Class II div 1 malocclusion, 8 mm overjet, deep bite (90%) impinging on palatal tissue, and a posterior crossbite on the right. Her maxillary canines are palpable buccally; the panoramic from ⟦D|9/29/2099⟧ (enclosed, also sent by iTero/Dropbox link) shows #6 and #11 developing normally, no supernumeraries. She has a lip-trap habit and had an upper incisor trauma in ⟦D|2098⟧ (#8, EDF, bonded; vital on last test).

Caries risk is moderate by CAMBRA; sealants on 6-yr molars; silver diamine fluoride on #K and #T last spring. Her mother, ⟦N|Courtney Haskins⟧, is asking whether an early Phase I (e.g. Hyrax or Herbst) makes sense. Medical history: ADHD on Adderall XR 10 mg; no allergies.

Insurance is ⟦O|TennCare⟧ (⟦O|DentaQuest⟧), ID ⟦HP|TC0977204182⟧ - we understand ortho coverage requires a medical-necessity HLD score, which I estimate at 28.

Family contact: ⟦P|423-555-0198⟧ (mother, cell); ⟦E|courtney.haskins@example.com⟧. Father ⟦N|Andre Baptiste⟧ lives in ⟦C|Dalton⟧, ⟦STATE|GA⟧ and shares custody.

Warm regards,
⟦N|Evangeline Sutter-Mbeki⟧, DDS, MS
Diplomate, American Board of Pediatric Dentistry   NPI ⟦I|1902274418⟧
cc: ⟦N|Courtney Haskins⟧; ⟦H|Erlanger Children's Hospital⟧ craniofacial team (FYI)
`);

note("dental-lab-work-order", `
LAB RX - CROWN & BRIDGE          Lab: ⟦O|Bayou City Dental Ceramics⟧, ⟦C|Corpus Christi⟧ ⟦STATE|TX⟧
Case #: ⟦I|BCDC-2099-10-4471⟧       Pan #: 38       Sent: ⟦D|10/13/2099⟧       Due: ⟦D|10/22/2099⟧ (seat appt 10:00)
Doctor: Dr. ⟦N|Rogelio Saenz-Whitaker⟧, DDS   ⟦H|Ocean Drive Dental Group⟧   Account ⟦I|ODD-117⟧   Tel ⟦P|361-555-0144⟧
Patient: ⟦N|Marisol Elizondo⟧   Pt ID ⟦M|ODG-40772⟧   Gender F
Teeth: #3 full contour zirconia crown; #13-#15 3-unit bridge, e.max pontic #14 (modified ridge lap), PFM retainers.
Shade: A2 body, incisal B1, stump ND3. Photos uploaded to ⟦U|https://cases.baycityceramics-example.com/c/4471⟧
Impression: digital (iTero scan ID ⟦I|ITR-88204417⟧), bite registration included.
Special instructions: Occlusal clearance #3 is tight (1.2 mm) - call before reducing the opposing. Patient is a flight attendant, leaves for ⟦C|Monterrey⟧ ⟦D|10/24⟧.
Doctor signature: ⟦N|R. Saenz-Whitaker⟧   TX lic ⟦I|31947⟧
Lab use: received by ⟦N|Ximena⟧ ⟦D|10/14⟧; design ⟦N|Andrés Garza-Hull⟧ (CAD); QC ⟦N|TLW⟧. Ship via ⟦O|UPS⟧ ⟦I|1Z 44X 172 03 4418 2071⟧.
`);

note("dental-eob", `
EXPLANATION OF BENEFITS — THIS IS NOT A BILL
⟦O|MetLife⟧ Dental   PDP Plus   Claim number ⟦I|2099287044183⟧   Processed ⟦D|Oct 13, 2099⟧
Employee: ⟦N|Dragomir Petrović⟧   Member ID ⟦HP|884417209⟧ Group ⟦HP|0177204⟧ (⟦O|Cleveland-Cliffs Inc.⟧)
Patient: ⟦N|Jelena Petrović⟧ (spouse)   Provider: ⟦N|Aurelio Benedetti⟧, DDS, ⟦H|Maumee River Dental⟧, ⟦C|Toledo⟧ ⟦STATE|OH⟧ ⟦Z|43614⟧
Date of service   Code    Tooth   Submitted   Considered   Plan %   Paid
⟦D|09/24/2099⟧        D2740   19      $1,315.00   $982.00      50%      $491.00
⟦D|09/24/2099⟧        D2950   19      $295.00     $208.00      50%      $104.00
⟦D|09/24/2099⟧        D0220   19      $38.00      $29.00       100%     $29.00
Annual maximum used: $1,624 of $2,000. Deductible met.
Payment EFT ⟦I|0044182937⟧ to provider on ⟦D|10/14/2099⟧.
Appeal within 180 days to ⟦O|MetLife⟧ Dental Claims, ⟦S|P.O. Box 981282⟧, ⟦C|El Paso⟧, ⟦STATE|TX⟧ ⟦Z|79998⟧. Customer service ⟦P|1-800-555-0193⟧. Online: ⟦U|metlife-example.com/mybenefits⟧
`);

note("school-med-authorization", `
⟦O|Greenville County Schools⟧ — Medication Authorization (Form HS-4)  School year ⟦D|2099⟧-⟦D|2100⟧
Student: ⟦N|Trinh, Khanh Linh "Linny"⟧   DOB ⟦D|12/09/2088⟧   Student ID ⟦I|4400871294⟧   School: ⟦O|Eastside High School⟧   Grade 10   Homeroom Mr. ⟦N|Quattlebaum⟧
Medication: EpiPen 0.3 mg auto-injector x2 (one carried, one in health room). Cetirizine 10 mg prn hives.
Diagnosis: anaphylaxis to tree nuts and sesame (reaction ⟦D|05/2097⟧ at ⟦O|Six Flags Over Georgia⟧, ED at ⟦H|Wellstar Cobb Hospital⟧).
Self-carry approved: yes. Student demonstrated technique to nurse ⟦N|LaDonna Freeman-Oyelowo⟧, RN on ⟦D|8/21/2099⟧.
Prescriber: ⟦N|Thomas Van Huss⟧, MD, ⟦H|Prisma Health Allergy - Greenville⟧, ⟦P|864-555-0125⟧, fax ⟦F|864-555-0126⟧. Signed ⟦D|08/18/2099⟧.
Parent/guardian: ⟦N|Hoang Trinh⟧ and ⟦N|Mai Nguyen-Trinh⟧, ⟦S|206 Brushy Creek Rd⟧, ⟦C|Taylors⟧ ⟦STATE|SC⟧ ⟦Z|29687⟧. Phones ⟦P|864-555-0158⟧ / ⟦P|864-555-0159⟧.
Field trip ⟦D|10/16/2099⟧ to ⟦LO|Table Rock State Park⟧: EpiPen travels with coach ⟦N|Ruiz⟧
Nurse note ⟦D|10/13/2099⟧: expiry of carried pen ⟦D|11/2099⟧ - reminder sent to parent via ParentSquare. ⟦N|LFO⟧
`);

note("college-health-visit", `
⟦H|Student Health Center⟧, ⟦O|University of New Mexico⟧ — Urgent Care Visit
Patient: ⟦N|Begay, Shaylene⟧   UNM ID ⟦I|101884417⟧   DOB ⟦D|04/02/2081⟧   Visit ⟦D|10/13/2099⟧ 11:05   Provider: ⟦N|Luis Archuleta-Brown⟧, PA-C
Housing: ⟦LO|Hokona Hall⟧ rm 2108. Home: ⟦C|Crownpoint⟧, ⟦STATE|NM⟧ (⟦O|Navajo Nation⟧). Emergency contact: aunt ⟦N|Rosalind Yazzie⟧ ⟦P|505-555-0183⟧.
S: 19 yo F, 3 d sore throat, fever to 102, no cough, tender anterior nodes. Roommate with "strep" last week. LMP ⟦D|9/28⟧. Uses Depo-Provera (last ⟦D|8/4/2099⟧ here).
O: T 101.4, HR 104. Tonsillar exudate. Centor 4. Rapid strep POSITIVE.
A/P: GAS pharyngitis. Amoxicillin 500 mg bid x 10 d. Salt water gargles, ibuprofen. Excused from classes ⟦D|10/13⟧-⟦D|10/14⟧ (note via portal). Depo due ⟦D|10/27⟧ - scheduled with nurse ⟦N|Hope Castellano⟧.
Also: requested STI screen - GC/CT NAAT urine sent to ⟦O|TriCore Reference Laboratories⟧ (req ⟦I|TC-99-7720418⟧). Results to MyUNMHealth portal (user ⟦UN|sbegay81⟧).
Billing: student health fee; ⟦O|Indian Health Service⟧ / ⟦O|Blue Cross Blue Shield of New Mexico⟧ student plan ⟦HP|YIE884172093⟧. Pharmacy: ⟦O|SHAC Pharmacy⟧.
Signed ⟦N|L. Archuleta-Brown⟧, PA-C ⟦D|10/13/2099⟧ 11:38
`);

note("iui-log", `
IUI Procedure Log — ⟦H|Bluegrass Fertility Center⟧, ⟦C|Bowling Green⟧ ⟦STATE|KY⟧   Andrology: ⟦N|Priscilla Huynh⟧, MT
Date        Patient (DOB)                       Cycle #        Sperm source                          TMC post-wash  MD      Notes
⟦D|10/12/99⟧    ⟦N|Goins, Kaitlyn⟧ (⟦D|2/14/2067⟧)           ⟦I|BFC-2099-214⟧   partner ⟦N|Travis Goins⟧ (fresh)              22 M       ⟦N|DRM⟧     letrozole 5 mg cd3-7, Ovidrel ⟦D|10/10⟧
⟦D|10/12/99⟧    ⟦N|Al-Sayegh, Noor⟧ (⟦D|11/1/2064⟧)          ⟦I|BFC-2099-219⟧   partner ⟦N|Karim Al-Sayegh⟧ (fresh)           8.5 M      ⟦N|DRM⟧     2nd IUI; discuss IVF if neg
⟦D|10/13/99⟧    ⟦N|Mercer, Dana⟧ (⟦D|7/30/2063⟧)             ⟦I|BFC-2099-222⟧   donor ⟦I|SCB-7704⟧ (⟦O|Seattle Sperm Bank⟧) 2 vials    31 M       ⟦N|ALW⟧     single mother by choice; counseled ⟦D|9/2099⟧
⟦D|10/13/99⟧    ⟦N|Hollingsworth, Jess⟧ (⟦D|5/5/2070⟧)       ⟦I|BFC-2099-225⟧   donor ⟦I|FRB-11872⟧ (⟦O|Fairfax Cryobank⟧)      14 M       ⟦N|ALW⟧     partner ⟦N|Meg Tran⟧ present; reciprocal plan later
⟦D|10/13/99⟧    ⟦N|Goins, Kaitlyn⟧                          ⟦I|BFC-2099-214⟧   partner (frozen backup)               -          ⟦N|DRM⟧     2nd insemination cancelled - spontaneous LH surge past
MDs: ⟦N|DRM⟧ = Dr. ⟦N|Desmond R. McClanahan⟧; ⟦N|ALW⟧ = Dr. ⟦N|Adaeze L. Wright⟧. Pregnancy tests scheduled 14 d post-IUI. Lab line ⟦P|270-555-0117⟧.
`);

note("embryology-report", `
⟦H|Rocky Mountain Center for Reproductive Medicine⟧ — Embryology Laboratory Report   ⟦C|Fort Collins⟧, ⟦STATE|CO⟧   CAP # ⟦I|7720418⟧  SART clinic ⟦I|8844⟧
Patient: ⟦N|Szymańska-Ortiz, Agnieszka⟧   DOB ⟦D|1/9/2065⟧   MRN ⟦M|RMC-00441827⟧   Partner: ⟦N|Rafael Ortiz⟧   MRN ⟦M|RMC-00441828⟧
Cycle ID ⟦I|C99-1207⟧   Retrieval ⟦D|2099-10-08⟧ 08:10   Physician Dr. ⟦N|Harriet Bellamy⟧   Embryologists: ⟦N|KJS⟧ / ⟦N|WN⟧ (witness)
Oocytes retrieved 17: MII 13, MI 2, GV 2. Insemination: ICSI 13 (sperm: partner, fresh, 38 M/mL, 52% motile, 4% normal forms - Kruger).
Day 1 (⟦D|10/09⟧): 11 2PN, 1 3PN (discarded).
Day 3 (⟦D|10/11⟧): 8-cell x6, 6-cell x3, 4-cell x2.
Day 5 (⟦D|10/13⟧): blastocysts 5AA (E1), 4AB (E2), 4BA (E3); Day 6 (⟦D|10/14⟧): 4BB (E4), 3BC (E5).
Trophectoderm biopsy E1-E5 -> PGT-A at ⟦O|Juno Genetics⟧ (req ⟦I|JG-0441827⟧). All vitrified (Kitazato), straws ⟦I|RMC-1207-01⟧ through ⟦I|RMC-1207-05⟧, dewar 2.
Remarks: 1 MII degenerated after ICSI. Culture in Embryoscope+ time-lapse, slide ⟦DEV|ES-44821⟧.
Report by ⟦N|Kristina J. Sandoval⟧, MS, TS(ABB)   Lab director ⟦N|Wendell Nakashima⟧, PhD, HCLD   ⟦D|Oct 14, 2099⟧
`);

note("fet-note", `
Frozen Embryo Transfer — procedure note
⟦H|Shady Grove Fertility⟧ - ⟦C|Chesterbrook⟧ office (patient of ⟦C|Allentown⟧ satellite)
Name: ⟦N|Christina Papadakis-Moore⟧  DOB: ⟦D|14 Jan 2066⟧  MRN: ⟦M|SGF-2294018⟧  Cycle: ⟦I|FET-99-5521⟧  Date: ⟦D|13 Oct 2099⟧
Prep: programmed FET - Estrace 2 mg tid from ⟦D|9/22⟧, lining 9.4 mm trilaminar ⟦D|10/5⟧; PIO 1 mL IM from ⟦D|10/8⟧ (day 6 transfer). P4 today 22.
Embryo: 1 euploid blastocyst (4AA, day 5, PGT-A 46,XX via ⟦O|CooperGenomics⟧), vitrified ⟦D|2098-07-19⟧, straw ⟦I|SGF-0719-03⟧. Thawed 08:15 by ⟦N|Mehmet Aydın⟧; 100% survival, re-expanded.
Consent re-verified with patient and husband ⟦N|George Moore⟧ (time-out 10:02). Two-person ID check: ⟦N|MA⟧ / ⟦N|RS⟧.
Transfer: Wallace catheter, abdominal US guidance (sonographer ⟦N|Rachel Sokolov⟧), easy, no blood, 1.5 cm from fundus. Dr. ⟦N|Benjamin Achterberg⟧.
Remaining: 2 euploid embryos in storage, annual fee due ⟦D|07/2100⟧.
Beta hCG ⟦D|10/22/2099⟧ at ⟦O|Quest Diagnostics⟧ ⟦S|1503 N Cedar Crest Blvd⟧, ⟦C|Allentown⟧. Nurse line ⟦P|610-555-0145⟧. Insurance ⟦O|Aetna⟧ (⟦O|Lehigh Valley Health Network⟧ employee plan) member ⟦HP|W288417209⟧.
`);

note("genetic-counseling-note", `
Prenatal Genetic Counseling — ⟦H|UVA Health⟧ Maternal-Fetal Medicine, ⟦C|Charlottesville⟧, ⟦STATE|VA⟧
Date of service: ⟦D|10/13/2099⟧ (telehealth, Zoom meeting ID ⟦I|944 1720 8841⟧)   Counselor: ⟦N|Siobhan Keane-Abiodun⟧, MS, CGC
Patient: ⟦N|Rivka Schoenfeld⟧   DOB ⟦D|06/21/2063⟧   MRN ⟦M|UVA-7720441⟧   G2P1, 12w1d by CRL   Partner: ⟦N|Ari Schoenfeld⟧ (DOB ⟦D|02/02/2061⟧)
Indication: both partners Ashkenazi Jewish; expanded carrier screen (⟦O|Myriad⟧ Foresight) - patient carrier of Gaucher disease type 1 (N370S), partner pending (sent ⟦D|10/6⟧, ⟦O|Myriad⟧ order ⟦I|MYR-99-0441827⟧).
Pedigree (3 generations): maternal grandmother living, age ⟦A|96⟧, in ⟦C|Baltimore⟧; paternal grandfather with Parkinson disease d. ⟦D|2087⟧; patient's sister ⟦N|Miriam Hoffer⟧ had 2 miscarriages. Consanguinity denied.
Discussed: AR inheritance, 25% risk if partner is a carrier, options (CVS, amnio, postnatal testing, PGT-M in future pregnancies), Gaucher variability and treatment (ERT). Also NIPT (Panorama) low risk ⟦D|9/30⟧.
Plan: await partner result (~2 wk); if carrier, CVS with Dr. ⟦N|Naveen Ramaswamy⟧. Letter to OB Dr. ⟦N|Leah Gutfreund⟧, ⟦H|Charlottesville OB-GYN Associates⟧, fax ⟦F|434-555-0162⟧.
Time: 55 min. Interpreter: none. Pt phone ⟦P|434-555-0134⟧, address ⟦S|908 Rugby Rd⟧, ⟦C|Charlottesville⟧ ⟦Z|22903⟧.
`);

note("amnio-result", `
CYTOGENETICS REPORT — ⟦O|Mayo Clinic Laboratories⟧, ⟦C|Rochester⟧ ⟦STATE|MN⟧
Specimen: amniotic fluid   Mayo ID ⟦I|M99-440172⟧   Received ⟦D|10/07/2099⟧   Reported ⟦D|10/13/2099⟧
Patient: ⟦N|Yang, Mai Nou⟧   DOB ⟦D|03/12/2068⟧   Client MRN ⟦M|GS-2207718⟧   Collected ⟦D|10/06/2099⟧ 16w2d
Client: ⟦H|Gundersen Health System⟧, ⟦C|La Crosse⟧ ⟦STATE|WI⟧ — ordering ⟦N|Anneliese Brekke⟧, MD; genetic counselor ⟦N|Pa Houa Vang⟧, MS
Tests: rapid FISH (13,18,21,X,Y): normal female pattern. Chromosomal microarray (SNP): arr(1-22)x2,(X)x2 - no clinically significant CNV. Karyotype: 46,XX[20].
Indication: echogenic intracardiac focus and mild pyelectasis on anatomy scan at ⟦H|Gundersen⟧ ⟦D|10/1⟧; maternal age 31; NIPT not done.
Comment: Results discussed by phone with ⟦N|Pa Houa Vang⟧ on ⟦D|10/13/2099⟧ 14:20 by Dr. ⟦N|Eliot Farquhar⟧.
Electronically signed: ⟦N|Eliot Farquhar⟧, PhD, FACMG   Mayo lab line ⟦P|800-555-0185⟧
`);

note("counseling-urgent", `
Campus Counseling - Same-Day Crisis Note   ⟦H|Willamette Valley Counseling Center⟧ at ⟦O|University of Oregon⟧, ⟦C|Eugene⟧
Client: ⟦N|Ezekiel "Zeke" Marchand⟧   DOB ⟦D|Nov 3, 2080⟧   Duck ID ⟦I|951884417⟧   ⟦D|10/13/2099⟧ 15:40   Clinician ⟦N|Ayesha Siddiqui-Ward⟧, PsyD
Walked in with RA ⟦N|Brynn Hollister⟧ after texting a friend "i'm done." Roommate ⟦N|Omar⟧ found him with his father's pills. C-SSRS: active SI with method, no intent to act today, no prep beyond that; denied ingestion.
Risk: high acute. Protective: sister ⟦N|Clara Marchand⟧ in ⟦C|Bend⟧ (⟦P|541-555-0188⟧), future orientation (band, job at ⟦O|Voodoo Doughnut⟧).
Plan: voluntary evaluation at ⟦H|PeaceHealth Sacred Heart Medical Center University District⟧; UOPD transported at 16:30 (officer ⟦N|Delgado⟧, badge ⟦I|4417⟧). Sister notified with client's consent. Father's meds (lorazepam) - RA retrieved, given to UOPD.
Follow-up: case manager ⟦N|Daniel Oyama⟧ to contact ⟦D|10/14⟧; Dean of Students notified (⟦N|Marcia Holloway-Tate⟧). Client email ⟦E|zmarchand@uoregon-example.edu⟧.
`);

note("title-ix-urgent-visit", `
College Health - Sexual Assault Follow-up Visit (SANE referral)   ⟦H|Keene Health Services⟧, ⟦O|Bates College⟧ - ⟦C|Lewiston⟧, ⟦STATE|ME⟧
Patient: ⟦N|Priya Venkatesan⟧   Student ID ⟦I|B2099-0417⟧   DOB ⟦D|05/14/2080⟧   Date ⟦D|10/13/2099⟧
Reports assault off campus ⟦D|10/10⟧ (details per SANE exam at ⟦H|Central Maine Medical Center⟧ ⟦D|10/11⟧, kit # ⟦I|ME-SAK-99-0882⟧ - restricted report, not released to police).
Today: completing PEP (Biktarvy day 3 of 28), tolerated; Plan B taken ⟦D|10/11⟧. Pregnancy test neg. HIV/HBV/HCV/RPR baseline drawn ⟦D|10/11⟧.
Advocate from ⟦O|SAPARS⟧ (⟦N|Lorraine Dube⟧, ⟦P|207-555-0107⟧) present at patient's request. Title IX coordinator ⟦N|Kevin Ashbrook⟧ informed per student's request only of need for academic accommodations, no identifying details.
Plan: repeat HIV at 6 wk and 3 mo; counseling with Dr. ⟦N|Amara Nwosu⟧ weekly; academic letter from Dean ⟦N|Holbrook⟧.
NP: ⟦N|Gretchen Pelletier⟧, FNP-C   ⟦D|10/13/2099⟧
`);

note("school-concussion-rtl", `
⟦O|Fort Wayne Community Schools⟧ – Return to Learn Plan (Concussion)
Student: ⟦N|Kowalski, Brody⟧   Grade 9   ⟦O|Snider High School⟧   Student # ⟦I|FW0884172⟧   Injury date ⟦D|10/09/2099⟧ (football practice)
Diagnosed by: Dr. ⟦N|Hanna Baumgartner-Lee⟧, ⟦H|Parkview Sports Medicine⟧, ⟦D|10/10/2099⟧. ImPACT post-injury ⟦D|10/12⟧: verbal memory 72 (baseline 88).
Stage 2 (from ⟦D|10/13/2099⟧): half days, no tests or quizzes, 50% homework, notes provided, rest breaks in nurse's office, no PE/band, pre-printed notes, sunglasses allowed.
Team: school nurse ⟦N|Deb Eicher⟧, RN; counselor ⟦N|Jamal Whitfield⟧; ATC ⟦N|Lexi Smoot⟧ (⟦O|Parkview⟧ outreach); parent ⟦N|Andrea Kowalski⟧ ⟦P|260-555-0186⟧.
Teachers: Mrs. ⟦N|Ochoa⟧ (Algebra I), Mr. ⟦N|Delacroix⟧ (Biology), Ms. ⟦N|Fenwick⟧ (English 9).
Review ⟦DAY|Friday⟧ ⟦D|10/16⟧. Return to play only after full academic return and physician clearance (IHSAA form). Contact: ⟦E|deicher@fwcs-example.org⟧
`);

note("peds-dental-sedation", `
Pediatric Dental Sedation Record — ⟦H|Keiki Smiles Pediatric Dentistry⟧, ⟦S|1190 Waianuenue Ave⟧, ⟦C|Hilo⟧, ⟦STATE|HI⟧ ⟦Z|96720⟧
Pt: ⟦N|Jibon Lajikit⟧  DOB ⟦D|02/08/2095⟧  Chart ⟦M|KSP-11874⟧  Wt 16.2 kg  ASA I  Frankl 1 (definitely negative)  Date ⟦D|10/13/2099⟧
Guardian: mother ⟦N|Nenet Lajikit⟧ (Marshallese interpreter ⟦N|Tabwi Kabua⟧ via ⟦O|LanguageLine⟧, ID ⟦I|227041⟧). Contact ⟦P|808-555-0174⟧.
Dx: ECC - #E, #F, #D, #G large carious lesions; #B and #I abscessed.
Sedation: oral midazolam 0.5 mg/kg (8 mg) at 08:40 + N2O/O2 50% via nasal hood. Monitors: pulse ox, capnography (Masimo Rad-97 sn ⟦DEV|RD97-1204417⟧), BP q5. Papoose board with consent.
Tx: extraction #B, #I (D7140); SDF + ITR #D, #G; zirconia crowns (NuSmile) #E, #F after pulpotomy.
Vitals stable, SpO2 97-100%. Discharged 10:55 alert, to mother; instructions in Marshallese (written) given.
Dentist ⟦N|Kalena Kahale-Yamamoto⟧, DDS   Sedation permit HI ⟦I|DSP-2207⟧   Assistants ⟦N|Rochelle Medeiros⟧, ⟦N|KP⟧
Payer: ⟦O|Med-QUEST⟧ / ⟦O|AlohaCare⟧ ID ⟦HP|AC4420177⟧. Post-op call ⟦D|10/14⟧ by ⟦N|Rochelle⟧. Next: recall 3 mo + fluoride varnish; referral to ⟦O|WIC⟧ nutrition.
`);

note("dental-implant-surgery", `
Implant placement — ⟦H|Big Sky Oral Surgery & Implant Center⟧, ⟦C|Missoula⟧ ⟦STATE|MT⟧
Pt ⟦N|Gunnar Halvorsen-Pretty On Top⟧, DOB ⟦D|9/29/1962⟧, acct ⟦I|BSO-55102⟧, DOS ⟦D|10-13-2099⟧.
Referred by restorative dentist Dr. ⟦N|Wren Abernathy⟧ (⟦H|Hellgate Dental⟧) for #19 implant; #19 extracted ⟦D|06/2099⟧ with socket graft (Bio-Oss).
CBCT ⟦D|10/01/2099⟧: 9.5 mm to IAN canal, 7.8 mm width. Surgical guide from ⟦O|Glidewell⟧ (Rx ⟦I|GW-4417208⟧).
Local: articaine 4% (Septocaine) x 2. Flapless, guided. Straumann BLT 4.1 x 8 mm, lot 9928A, REF 021.4308. ISQ 74. Healing abutment 5 mm.
Implant sticker placed in chart; implant card given to patient (registry ⟦I|STR-US-99-88204⟧).
Post-op: amoxicillin 500 tid x 5 d, chlorhexidine 0.12% bid, ibuprofen. Return 2 wk suture check, restore at 3 mo with Dr. ⟦N|Abernathy⟧.
Surgeon ⟦N|Tobias Fairbanks⟧, DDS   Asst ⟦N|Kinsey⟧   Pt phone ⟦P|406-555-0167⟧   Wife ⟦N|Darlene⟧ drove.
Ins ⟦O|Blue Cross and Blue Shield of Montana⟧ Dental ⟦HP|BMT994471820⟧ - implant not covered, paid ⟦O|CareCredit⟧ acct ending ⟦I|4417⟧.
`);

note("plan-504", `
Section 504 Accommodation Plan
District: ⟦O|Provo City School District⟧     School: ⟦O|Timpview High School⟧     Date of meeting: ⟦D|10/13/2099⟧
Student: ⟦N|Ashkii Tsosie-Bergeson⟧     DOB: ⟦D|07/07/2084⟧     ID: ⟦I|PCSD-2084-44172⟧     Grade: 10
Disability: Crohn's disease (dx ⟦D|2096⟧, ⟦H|Primary Children's Hospital⟧), on Humira q2wk; iron deficiency anemia.
Major life activities affected: digestion, concentration, attendance during flares.
Accommodations:
  1. Unlimited restroom pass; seat near door.
  2. Water bottle and snacks in class.
  3. Extended time (1.5x) on tests after absences; makeup work schedule coordinated by counselor Mrs. ⟦N|Bateman⟧.
  4. Elevator key (fatigue during flares).
  5. Excused absences for infusions/GI visits with Dr. ⟦N|Halima Warsame⟧ (⟦H|Intermountain Utah Valley⟧).
  6. Access to nurse ⟦N|Kimberly Nuttall⟧, RN for pain/abdominal symptoms; parent called if fever > 100.4.
Participants: ⟦N|Lorna Tsosie⟧ (mother) ⟦P|801-555-0142⟧; ⟦N|Nils Bergeson⟧ (father); 504 coordinator ⟦N|Jared Pulsipher⟧; teacher rep Ms. ⟦N|Ah Sam⟧; student.
Review date: ⟦D|10/2100⟧ or sooner on request. Copy emailed to ⟦E|lorna.tsosie@example.com⟧.
`);

note("college-immunization-letter", `
⟦O|University of Alaska Fairbanks⟧ – ⟦H|Student Health and Counseling Center⟧
⟦S|PO Box 755660⟧, ⟦C|Fairbanks⟧, ⟦STATE|AK⟧ ⟦Z|99775⟧

⟦D|October 13, 2099⟧

⟦N|Nanuq Ahgeak-Petersen⟧
UA ID: ⟦I|30884172⟧
⟦S|1842 Gold Hill Rd⟧
⟦C|Fairbanks⟧, ⟦STATE|AK⟧ ⟦Z|99709⟧

Dear ⟦N|Nanuq⟧,

Our records show your immunization requirements are incomplete. A registration hold will be placed on your account for spring ⟦D|2100⟧ unless we receive documentation by ⟦D|November 15, 2099⟧:
• MMR: 2 doses required — 1 on file (⟦D|05/2081⟧, ⟦H|Samuel Simmonds Memorial Hospital⟧, ⟦C|Utqiagvik⟧)
• Meningococcal ACWY (residence hall students) — none on file
• TB risk screening — positive questionnaire; QuantiFERON needed (can be drawn here; results from ⟦O|Providence Alaska⟧ lab are accepted)
You can upload records at ⟦U|https://uafhealth-example.medicatconnect.com⟧ or request them from VacTrAK, the Alaska registry.

Questions: ⟦P|907-555-0112⟧ or ⟦E|uaf-shcc@alaska-example.edu⟧.

Sincerely,
⟦N|Marjorie Enoksen⟧, RN, Immunization Coordinator
cc: ⟦N|Kelli Ahgeak⟧ (parent, ⟦C|Utqiagvik⟧)
`);

note("stim-flowsheet", `
Stimulation Flowsheet — ⟦H|Yale Fertility Center⟧, ⟦C|Orange⟧ ⟦STATE|CT⟧     Pt: ⟦N|Adebayo-Chen, Folasade⟧  DOB ⟦D|12/12/2064⟧  MRN ⟦M|YNHH-MR8820417⟧  Cycle ⟦I|2099-IVF-0881⟧
Date    CD  Gonal-f  Menopur  Cetrotide  E2     LH   P4   R follicles        L follicles        Initials
⟦D|10/3⟧    2   300      150      -          41     6.2  0.4  <10 x7             <10 x8             ⟦N|RB⟧
⟦D|10/7⟧    6   300      150      -          488    4.1  0.5  12,11,10           13,12,11,10        ⟦N|EK⟧
⟦D|10/9⟧    8   225      150      0.25       1,204  2.0  0.6  15,14,13,12        16,15,14,12,11     ⟦N|RB⟧
⟦D|10/11⟧   10  225      75       0.25       2,610  1.8  0.9  18,17,16,14        19,18,16,15,13     ⟦N|EK⟧
⟦D|10/12⟧   11  -        -        0.25 am    3,088  1.6  1.1  20,18,17,15        20,19,17,16,14     ⟦N|EK⟧
Trigger ⟦D|10/12/2099⟧ 22:00 (Lupron 40 U, dual w/ hCG 1,000). Retrieval ⟦D|10/14/2099⟧ 08:00, Dr. ⟦N|Lucian Abernathy-Wolde⟧.
⟦N|RB⟧ = ⟦N|Rebecca Bianchi⟧, RN; ⟦N|EK⟧ = ⟦N|Eun-ji Kwon⟧, RN. Pt cell ⟦P|203-555-0154⟧; husband ⟦N|Wei Chen⟧ ⟦P|203-555-0155⟧. Pharmacy: ⟦O|Alto Pharmacy⟧ order ⟦I|ALT-7720441⟧.
`);

note("egg-bank-profile", `
Donor Profile (recipient view) — ⟦O|Magnolia Egg Bank⟧, ⟦C|Savannah⟧, ⟦STATE|GA⟧
Donor ID: ⟦I|MEB-3308⟧   Status: available (6 cohorts of 6 eggs)   Profile updated ⟦D|10/13/2099⟧
Ancestry: Filipino/Irish. Education: BS Nursing, ⟦O|Georgia Southern University⟧ (name withheld in non-identified profile; identity-release on file with the bank).
Health: no chronic conditions. Carrier screen (⟦O|Invitae⟧, 288 genes, ⟦D|2099-07-14⟧): carrier alpha-thalassemia (-a3.7 silent). Karyotype 46,XX.
Family: mother 52 healthy; maternal grandmother ⟦A|91⟧, hypertension; father T2DM at 58.
Personal essay excerpt: "I grew up in ⟦C|Pooler⟧ helping my lola at her bakery on ⟦S|Bay St⟧..." (edited by coordinator to remove identifying details).
Clinic coordinator: ⟦N|Savannah-Rose Pickett⟧ ⟦P|912-555-0192⟧ ⟦E|donors@magnoliaeggbank-example.com⟧
Internal (not shown to recipients): legal name ⟦N|Marielle Quinto Gallagher⟧, DOB ⟦D|04/25/2076⟧, donor portal user ⟦UN|mgallagher_meb⟧, IP of last login ⟦IP|73.184.22.107⟧.
`);

note("cryostorage-invoice", `
⟦O|Bay State CryoStorage, LLC⟧   ⟦S|250 Summer St⟧, ⟦C|Worcester⟧, ⟦STATE|MA⟧ ⟦Z|01608⟧   Tax ID ⟦I|04-3318820⟧
INVOICE ⟦I|INV-2099-10-0448⟧     Invoice date ⟦D|10/13/2099⟧     Due ⟦D|11/12/2099⟧
Bill to: Dr. ⟦N|Fabian Olawale-Kerr⟧ and ⟦N|Seamus Kerr⟧, ⟦S|31 Lancaster St⟧, ⟦C|Fitchburg⟧, ⟦STATE|MA⟧ ⟦Z|01420⟧
Account ⟦I|BSC-A-10774⟧   Referring clinic: ⟦H|Boston IVF - Worcester⟧ (transfer-in ⟦D|03/04/2097⟧)
Description                                         Qty   Rate       Amount
Embryo storage, annual (⟦D|10/2099⟧-⟦D|09/2100⟧)             1     $750.00    $750.00
Oocyte storage, annual                               1     $600.00    $600.00
Late fee (prior period)                              1     $50.00     $50.00
Total due: $1,400.00    Pay online: ⟦U|https://pay.baystatecryo-example.com/a/10774⟧  or call ⟦P|508-555-0161⟧
Disposition reminder: your directive on file (⟦D|03/04/2097⟧) says "donate to research" if unpaid > 24 months.
Billing specialist: ⟦N|Lorraine Tibbetts⟧   ⟦E|billing@baystatecryo-example.com⟧
`);

note("adoption-newborn-summary", `
Newborn Medical Summary for Adoptive Family — ⟦H|Community Regional Medical Center⟧ NICU, ⟦C|Fresno⟧, ⟦STATE|CA⟧
Infant: Baby Girl ⟦N|Xiong⟧ (to be named ⟦N|Evelyn Mai Harrington⟧)   DOB ⟦D|10/08/2099⟧ 03:14   MRN ⟦M|CRMC-99044172⟧
Birth parent (consent to share medical info signed ⟦D|10/09/2099⟧): ⟦N|Pa Nhia Xiong⟧, 19, G1P1. Prenatal care late (first visit 26 wk at ⟦H|Clinica Sierra Vista⟧). Meds: prenatal vitamin. UDS neg. GBS neg, HBsAg neg, HIV neg, RPR NR.
Birth father: not identified; no medical history available.
Delivery: SVD at 36w2d, Apgars 8/9, BW 2,410 g. NICU ⟦D|10/8⟧-⟦D|10/11⟧ for hypoglycemia (D10 x 36 h), now resolved; feeding formula ad lib.
Newborn screen (CA) ⟦I|NBS-99-0884172⟧ normal. Hearing pass. Hep B #1 given ⟦D|10/8⟧. CCHD pass.
Agency: ⟦O|Holt International⟧ domestic program, caseworker ⟦N|Margo Vang-Thompson⟧ ⟦P|559-555-0120⟧. Attorney for adoptive parents ⟦N|Gideon Leibowitz⟧, ⟦O|Leibowitz & Arce LLP⟧.
Adoptive parents: ⟦N|Paul Harrington⟧ and ⟦N|Lourdes Harrington⟧, ⟦C|Clovis⟧. Pediatrician follow-up ⟦D|10/15/2099⟧ with Dr. ⟦N|Anjali Mehra⟧, ⟦H|Valley Children's Primary Care⟧.
Discharging MD ⟦N|Rutendo Chikwanha⟧, MD ⟦D|10/11/2099⟧. Court: ⟦O|Fresno County Superior Court⟧ adoption case ⟦I|99CEAD00417⟧.
`);

note("hygiene-recall-list", `
⟦H|Mountaineer Dental Associates⟧ — Hygiene recall / unscheduled list   run ⟦D|10/13/2099⟧ by ⟦UN|tbarnhart⟧   (⟦C|Morgantown⟧ ⟦STATE|WV⟧ office)
Patient                     Chart     Last prophy   Due        Hyg    Phone           Notes
⟦N|BARNETT, Loretta⟧            ⟦M|14471⟧     ⟦D|03/02/2099⟧    ⟦D|09/02/2099⟧   ⟦N|SKM⟧    ⟦P|304-555-0171⟧    perio maint q3, PCN allergy
⟦N|DeLUCA, Anthony "Tony"⟧      ⟦M|20983⟧     ⟦D|02/17/2099⟧    ⟦D|08/17/2099⟧   ⟦N|JRW⟧    ⟦P|304-555-0164⟧    premed per ortho (TKA ⟦D|2097⟧)
⟦N|HAMMOND-IKE, Grace⟧          ⟦M|31802⟧     ⟦D|04/11/2099⟧    ⟦D|10/11/2099⟧   ⟦N|SKM⟧    ⟦P|304-555-0108⟧    ⟦O|WVU⟧ student, home in ⟦C|Wheeling⟧ for break
⟦N|NGUYEN, Quoc Bao⟧            ⟦M|27745⟧     ⟦D|01/30/2099⟧    ⟦D|07/30/2099⟧   ⟦N|JRW⟧    ⟦P|304-555-0193⟧    interpreter (Vietnamese) - son ⟦N|Kevin⟧ translates
⟦N|ZIMMERMAN, Ruth A.⟧          ⟦M|08817⟧     ⟦D|12/09/2098⟧    ⟦D|06/09/2099⟧   ⟦N|SKM⟧    ⟦P|304-555-0149⟧    age ⟦A|92⟧, daughter ⟦N|Carol Haines⟧ schedules
⟦N|OKEKE, Chidi⟧                ⟦M|33019⟧     ⟦D|03/28/2099⟧    ⟦D|09/28/2099⟧   ⟦N|JRW⟧    ⟦P|304-555-0186⟧    ⟦O|WVU⟧ faculty dental plan (⟦O|PEIA⟧) ⟦HP|PEIA0044172⟧
Hygienists: ⟦N|SKM⟧ = ⟦N|Shannon K. McCutcheon⟧, RDH; ⟦N|JRW⟧ = ⟦N|Jolene R. Wiseman⟧, RDH. Text reminders via Weave; second notice by postcard to addresses on file.
`);

note("vision-screening-referral", `
⟦O|Cedar Rapids Community School District⟧ — Health Services
Vision Screening Referral   ⟦D|10/13/2099⟧

To the parent/guardian of ⟦N|Zainab Hassan Abdi⟧, grade 4, ⟦O|Hoover Elementary⟧ (student ID ⟦I|CR-1188204⟧)

Your child was screened on ⟦D|October 6, 2099⟧ with the Spot Vision Screener (device sn ⟦DEV|SVS-4417-2207⟧) and did not pass: result "astigmatism, both eyes - refer". This is a screening, not a diagnosis. Please take this form to an eye doctor.

If you need help paying for an exam or glasses, ⟦O|Iowa Medicaid⟧ (⟦O|Hawki⟧) covers them; your child's Medicaid ID on our file is ⟦HP|4417208B⟧. Free exams are also available through ⟦O|Lions Club⟧ — call ⟦N|Marlys Heitshusen⟧ at ⟦P|319-555-0124⟧.

Eye doctor: please complete and return by fax ⟦F|319-555-0127⟧.
Diagnosis: ________   Glasses prescribed: Y / N   Doctor: ________   Date: ________

School nurse: ⟦N|Abdirahman Farah⟧, BSN, RN (Somali spoken)   ⟦P|319-555-0125⟧   ⟦E|afarah@crschools-example.org⟧
Parent on file: ⟦N|Hodan Mohamed⟧, ⟦S|1415 Ellis Blvd NW⟧ Apt 12, ⟦C|Cedar Rapids⟧ ⟦STATE|IA⟧ ⟦Z|52405⟧
`);

note("ncaa-physical", `
⟦O|Minot State University⟧ Athletics — Pre-participation Exam (new student-athlete)   ⟦D|10/13/2099⟧
Name: ⟦N|Kaleb Two Crow-Aamodt⟧   DOB ⟦D|03/03/2081⟧   MSU ID ⟦I|0884417⟧   Sport: wrestling (157)   Hometown: ⟦C|New Town⟧, ⟦STATE|ND⟧
Physician: ⟦N|Ragnhild Østby⟧, DO, team physician (⟦H|Trinity Health⟧ Sports Medicine)   ATC: ⟦N|Marcus Bellefeuille⟧
Sickle cell trait: tested at birth - negative (state NBS, record requested from ⟦O|North Dakota Department of Health⟧).
History: L shoulder subluxation ⟦D|2098⟧ (no surgery). Skin: tinea corporis ⟦D|01/2099⟧ - treated. Meds: none. Supplements: creatine (counseled).
Exam: BP 124/76, HR 54, no murmur. L shoulder apprehension mildly +. Skin clear today.
Weight certification: hydration test ⟦D|10/13/2099⟧ USG 1.018; minimum weight via NWCA OWP (account ⟦UN|ktwocrow157⟧).
Cleared: yes, with shoulder strengthening program. Insurance: ⟦O|Sanford Health Plan⟧ ⟦HP|SHP00884172⟧; secondary NCAA catastrophic.
Emergency contact: grandmother ⟦N|Delores Two Crow⟧ ⟦P|701-555-0150⟧. Signed ⟦N|R. Østby⟧, DO.
`);
write();
