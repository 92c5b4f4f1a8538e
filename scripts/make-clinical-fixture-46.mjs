// Why this file exists: builds test/fixtures/clinical-notes-46.jsonl, a forty-sixth labelled set of clinical texts
// written by hand in stop 52 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 43 and 44's generators, fixture 44's test file, fixture-io.mjs, stop 51's fx51 and
// fy51 sections of docs/names-rounds.md and the opening comments of the other generators were read for the form, the
// labels and the registers already held; fixture 45, written blind at the same time by another helper, was not read), in
// the register of ONCOLOGY, INFUSION, GENETICS AND CLINICAL RESEARCH, which no earlier fixture holds as a whole (fixture
// 8 holds an oncology treatment summary among hospital notes): tumour-board summaries, medical and radiation oncology
// consults and treatment summaries, chemotherapy and infusion nursing notes, an infusion-reaction note, port, PICC and
// ambulatory-pump logs, a transplant summary with an unrelated donor, oncology and specialty pharmacy (copay cards,
// patient-assistance foundations, manufacturers' programmes), genetic counselling letters and pedigrees (relatives by
// name and age, cascade testing), a molecular pathology report, cancer-registry abstracts, clinical-trial screening,
// consent and enrolment, a CRO monitoring letter, serious adverse event reports and follow-up e-mails, biobank consents
// and specimen manifests, survivorship care plans, fertility preservation, palliative, goals-of-care and hospice notes,
// cancer charities, lodging and ride programmes, travel for trials, and texts, chats, e-mails and portal messages with
// navigators, coordinators and pharmacies. 15 in ALL CAPS, 8 in lower case, the rest mixed.
// Regions (towns invented or real, states and countries real): Boise, Caldwell, Meridian and Nampa; Omaha, Kearney and
// Council Bluffs; Sioux Falls and Brookings; Spokane and Coeur d'Alene; Tucson and Sierra Vista; Albuquerque, Gallup and
// Santa Fe; Little Rock and Conway; Birmingham and Tuscaloosa; Charleston WV and Huntington; Louisville and Bowling
// Green; Knoxville and Maryville; Houston and Sugar Land; Boston and Worcester; Seattle and Tacoma; Duluth; Burlington;
// Portland ME; Rochester MN; Salt Lake City; Bethesda; Durham and Chapel Hill; Nashville; abroad Manila, Lagos, Kerala,
// Monterrey, Seoul and Karachi.
// PHI forms sought: names of many origins (Yoruba and Igbo, Filipino, Korean, Vietnamese, Punjabi and Gujarati, Pakistani,
// Mexican with two surnames, Navajo, Hmong, Somali, Polish, Greek, Irish, Ashkenazi, Haitian, Samoan), nicknames,
// hyphenated and particle surnames, relatives in pedigrees ("maternal aunt Ruth Feldman, breast ca at 44, d. 61"),
// clinicians with credentials, staff initials, "LAST, FIRST" rows; dates as "04/22/2099", "4/22/99", "22-APR-2099",
// "2099-04-22", "April 22nd", "Apr 22", "22 April 2099", month and year, a bare year, dates beside cycle and day labels
// ("C3D1 04/22/2099", "D8 = 4/29"); ages over 89; phones, faxes, extensions, pagers, emails, URLs, IPs (an e-consent
// audit trail); MRNs; subject, screening and randomisation ids, NMDP donor and recipient ids, specimen, accession, block
// and biobank ids, registry accession numbers, case and grant numbers; member ids of health plans, copay card and
// foundation ids (health plan numbers when a payer's, ids otherwise); device serials (ports, pumps, a PICC, an
// ambulatory infusion pump, a scalp cooling cap's console).
// Hard negatives: regimens and drugs (FOLFOX, FOLFIRINOX, R-CHOP, AC-T, TCHP, carboplatin, paclitaxel, pembrolizumab
// (Keytruda), nivolumab, osimertinib, trastuzumab, pertuzumab, olaparib, leuprolide, filgrastim, pegfilgrastim
// (Neulasta Onpro), ondansetron, dexamethasone, fosaprepitant, rasburicase, blinatumomab), genes and variants (BRCA1,
// BRCA2 c.5946delT, EGFR L858R, KRAS G12C, PALB2, MLH1, ATM, TP53), staging and scores (cT2aN1M0, T2N1M0, stage IIB,
// Gleason 4+3, ECOG 1, Karnofsky 70, CTCAE grade 3, PPS 40%, ESAS, RECIST 1.1), assays (PD-L1 22C3, Oncotype DX, NGS),
// trial words (NCT numbers and protocols' public codes, C1D1, arm B), and "Hope", "Grace" and "Faith" as words.
// Labelling follows fixtures 29-44 exactly: weekdays and holidays are `ignored` (DAY), as are states, countries and
// patients' professions; seasons, clock times, relative dates and cycle and day labels (C1D1, D8) are left unlabelled;
// ages under 90 are no PHI (the number of an age over 89 is labelled, not its cue words); clinicians', coordinators',
// monitors' and staff initials are PHI; titles, degrees, credentials, relations and cue words stay outside the name;
// "the" stays outside a facility; hospitals, clinics, cancer centres, infusion centres, hospices with a place name and
// transplant programmes of a named hospital are HOSPITAL; sponsors, CROs, labs, biobanks run by a company, pharmacies and
// specialty pharmacies, manufacturers, foundations, charities, insurers, PBMs, registries
// run by a body, universities and employers are ORGANIZATION; lodging houses and hotels named (Hope Lodge, a Ronald McDonald
// House, a transplant house) are LOCATION-OTHER, with the charity that runs them named apart; MRNs are MRN; member ids of
// health plans and PBMs HEALTHPLAN; subject, screening, randomisation, donor, recipient, specimen, accession, block,
// biobank, registry, case, copay card, foundation grant and fund ids, and confirmation numbers of
// lodging, travel and couriers ID; user ids USERNAME; serials of devices DEVICE;
// extensions and pagers PHONE. Programmes' brand names (a manufacturer's copay or assistance programme, a charity's ride
// programme) stay unlabelled beside their company or charity. NCT numbers, protocols' public codes and sponsor protocol numbers, IRB numbers, site
// numbers, drug lots, kit numbers of study drug and form numbers stay unlabelled (they name a study, a site or a batch,
// not the person).
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large companies, charities and cancer centres are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-44 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-46.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-46.jsonl", "make-clinical-fixture-46");

// ======================================================== ALL CAPS (15) ========================================================

note("tumor-board-thoracic-caps", `
TUMOR BOARD SUMMARY - ⟦H|ST. LUKE'S MOUNTAIN STATES TUMOR INSTITUTE⟧ - THORACIC MULTIDISCIPLINARY CONFERENCE   ⟦D|04/22/2099⟧ 0700
PATIENT: ⟦N|OYELOWO, BABATUNDE ADEWALE⟧   MRN ⟦M|MS-4471829⟧   DOB ⟦D|02/11/2031⟧   REFERRING: DR. ⟦N|HALLIE KOSTELECKY⟧, ⟦H|WEST VALLEY MEDICAL CENTER⟧, ⟦C|CALDWELL⟧
DX: NSCLC ADENOCARCINOMA RUL, CT2AN1M0 STAGE IIB; EGFR L858R DETECTED (⟦O|FOUNDATION MEDICINE⟧ REPORT ⟦I|ORD-1184472-01⟧ ⟦D|04/15/2099⟧), PD-L1 22C3 TPS 40%, ALK/ROS1 NEG.
IMAGING: PET-CT ⟦D|04/09/2099⟧ AT ⟦H|SAINT ALPHONSUS REGIONAL MEDICAL CENTER⟧ (SUV 11.2 PRIMARY, 4R NODE 5.8). EBUS ⟦D|4/12/99⟧ BY DR. ⟦N|CORMAC DESROSIERS⟧: STATION 4R POS, 7 NEG.
DISCUSSION: DR. ⟦N|IMANI OKONKWO-BELL⟧ (MED ONC) - NEOADJUVANT CHEMOIMMUNOTHERAPY VS UPFRONT LOBECTOMY + ADJUVANT OSIMERTINIB; DR. ⟦N|PETER VANHOOSE⟧ (THORACIC SURGERY) - RESECTABLE; DR. ⟦N|AYAKO FUJIMORI⟧ (RAD ONC) - NO ROLE NOW.
TRIAL: SCREEN FOR NCT05514418 (HALO-LUNG 302; SPONSOR ⟦O|CORVANTA ONCOLOGY⟧, CRO ⟦O|PAREXEL⟧), SITE 114; COORDINATOR ⟦N|DEVIN ABERCROMBIE⟧ ⟦P|208-555-0163⟧.
RECOMMENDATION: RUL LOBECTOMY ⟦D|MAY 2099⟧, THEN OSIMERTINIB X 3 YEARS. ECOG 1. SMOKING 20 PK-YR, QUIT ⟦D|2091⟧. SON ⟦N|TUNDE OYELOWO⟧ (⟦P|208-555-0141⟧) TO COME TO NEXT VISIT.
PRESENT: ⟦N|IOB⟧, ⟦N|PV⟧, ⟦N|AF⟧, ⟦N|CD⟧; PATHOLOGY DR. ⟦N|MIRJANA STOJANOVIC⟧; NAVIGATOR ⟦N|KRISTA LUNDQUIST⟧, RN. SCRIBE ⟦N|JH⟧.
`);

note("rad-onc-consult-caps", `
RADIATION ONCOLOGY CONSULTATION - ⟦H|NEBRASKA MEDICINE⟧ ⟦H|FRED & PAMELA BUFFETT CANCER CENTER⟧, ⟦S|505 S 45TH ST⟧, ⟦C|OMAHA⟧ ⟦STATE|NE⟧ ⟦Z|68105⟧   DATE: ⟦D|22-APR-2099⟧
PATIENT: ⟦N|HRABIK, STANLEY JEROME⟧   MRN ⟦M|08847193⟧   DOB ⟦D|09/30/2029⟧   PHONE ⟦P|308-555-0172⟧ (HOME, ⟦C|KEARNEY⟧)
REFERRED BY: DR. ⟦N|LUCINDA MARSH-OKORO⟧, UROLOGY, ⟦H|CHI HEALTH GOOD SAMARITAN⟧. PCP DR. ⟦N|ARVID TOLLEFSRUD⟧.
DX: PROSTATE ADENOCARCINOMA, GLEASON 4+3=7 (GRADE GROUP 3), PSA 14.2 (⟦D|03/28/2099⟧), CT2B, UNFAVORABLE INTERMEDIATE RISK. PSMA PET ⟦D|04/10/99⟧ NO NODES.
BIOPSY ⟦D|03/02/2099⟧ AT ⟦O|ELKHORN VALLEY UROPATHOLOGY⟧, ACCESSION ⟦I|EVU-99-04418⟧. DECIPHER GENOMIC CLASSIFIER HIGH.
PMH: CAD S/P STENT ⟦D|2094⟧, ON CLOPIDOGREL. FATHER ⟦N|JEROME HRABIK⟧ PROSTATE CA AT 70; BROTHER ⟦N|DENNIS⟧ (68) ON ACTIVE SURVEILLANCE AT ⟦H|MARY LANNING HEALTHCARE⟧.
PLAN: SBRT 36.25 GY / 5 FX WITH SPACEOAR AND FIDUCIALS, PLUS LEUPROLIDE 6 MONTHS. SIM ⟦D|05/06/2099⟧. LODGING: ⟦LO|HOPE LODGE⟧ NOT NEEDED - DAUGHTER ⟦N|RENEE HRABIK-SOTO⟧ LIVES IN ⟦C|COUNCIL BLUFFS⟧.
CONSENT SIGNED. DR. ⟦N|NAVEEN CHANDRASEKARAN⟧, MD, RADIATION ONCOLOGY; RESIDENT DR. ⟦N|AUDREY BEAUCHESNE⟧. ⟦N|NC⟧/⟦N|AB⟧/⟦N|KT⟧
`);

note("chemo-infusion-nursing-caps", `
INFUSION NURSING NOTE - ⟦H|AVERA CANCER INSTITUTE⟧ ⟦C|SIOUX FALLS⟧ - CHAIR 14   ⟦D|04/22/2099⟧
PT: ⟦N|TWO EAGLE, MARLENA JOY⟧   MRN ⟦M|A7718204⟧   DOB ⟦D|06/03/2061⟧   REGIMEN: FOLFOX + BEVACIZUMAB, C5D1 (C1D1 WAS ⟦D|02/11/2099⟧)
ARRIVED 0815 WITH HUSBAND ⟦N|LEROY TWO EAGLE⟧. DRIVEN 3 HR FROM ⟦C|PINE RIDGE⟧; GAS CARD FROM ⟦O|AVERA FOUNDATION⟧ GIVEN.
PORT: R CHEST POWERPORT (SN ⟦DEV|BRD-1P44718Z⟧), ACCESSED 20G 3/4 IN, +BLOOD RETURN, FLUSHED 10 ML NS. LABS: ANC 1.9, PLT 118, CR 0.8, UA PROTEIN NEG.
PREMEDS: ONDANSETRON 16 MG, DEXAMETHASONE 12 MG, FOSAPREPITANT 150 MG. OXALIPLATIN 85 MG/M2 OVER 2 HR, LEUCOVORIN, 5-FU BOLUS.
5-FU 46-HR INFUSION VIA CADD PUMP SN ⟦DEV|CAD-7710-04418⟧ STARTED 1345; DISCONNECT ⟦D|04/24/2099⟧ AT ⟦H|AVERA ST. MARY'S⟧ ⟦C|PIERRE⟧ INFUSION.
NEUROPATHY GRADE 1 (CTCAE), COLD SENSITIVITY. ECOG 1. NEXT CYCLE ⟦D|5/6/99⟧ WITH DR. ⟦N|SUNDARAM⟧.
RN ⟦N|BRITTANY OYEN⟧ / DOUBLE CHECK ⟦N|HALEY VANDERPOL⟧, RN (OCN). PHARMACIST ⟦N|J. KIPKEMBOI⟧, PHARMD. ⟦N|BO⟧/⟦N|HV⟧
`);

note("port-placement-ir-caps", `
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE - ⟦H|PROVIDENCE SACRED HEART MEDICAL CENTER⟧, ⟦C|SPOKANE⟧ ⟦STATE|WA⟧
DATE: ⟦D|APRIL 22, 2099⟧   PATIENT: ⟦N|NGUYEN THI KIM LOAN⟧   MRN ⟦M|SH-00418827⟧   DOB ⟦D|1964-07-19⟧   ACCESSION ⟦I|IR9904220031⟧
PROCEDURE: RIGHT INTERNAL JUGULAR SINGLE-LUMEN CHEST PORT PLACEMENT FOR R-CHOP (DLBCL, STAGE IIIA, IPI 2).
DEVICE: ⟦O|BARD⟧ POWERPORT CLEARVUE 8F, SN ⟦DEV|RFLV4471882⟧, LOT 3318X (IMPLANT CARD GIVEN; ⟦O|BARD ACCESS SYSTEMS⟧ REGISTRY ⟦I|PR-99-118447⟧).
OPERATOR: ⟦N|GABRIEL ESPINOZA-ROURKE⟧, MD; ASSIST ⟦N|TORI BLACKFEATHER⟧, RT(R). SEDATION: MIDAZOLAM 2 MG, FENTANYL 100 MCG BY ⟦N|DIANE KOWALCZYK⟧, RN.
TIP AT CAVOATRIAL JUNCTION. EBL MINIMAL. NO COMPLICATIONS. OK TO ACCESS TODAY.
FIRST R-CHOP ⟦D|04/23/2099⟧ AT ⟦H|CANCER CARE NORTHWEST⟧ (DR. ⟦N|PHAN⟧). INTERPRETER: VIETNAMESE, DAUGHTER ⟦N|KIM-ANH TRAN⟧ DECLINED AS INTERPRETER, ⟦O|CYRACOM⟧ ID ⟦I|477102⟧ USED.
DICTATED ⟦D|4/22/99⟧ 1412. ⟦N|GER⟧
`);

note("cancer-registry-abstract-caps", `
CANCER REGISTRY ABSTRACT - ⟦H|UAMS WINTHROP P. ROCKEFELLER CANCER INSTITUTE⟧ - ⟦C|LITTLE ROCK⟧ ⟦STATE|AR⟧   ABSTRACTOR: ⟦N|LATRICE HOLLOWAY⟧, ODS-C
ACCESSION NUMBER ⟦I|2099-00418⟧   SEQUENCE 00   PATIENT: ⟦N|MCELROY, WINIFRED ANNE⟧   MRN ⟦M|U3318447⟧   SSN ⟦SSN|429-55-0183⟧
DOB ⟦D|08/14/2008⟧   AGE AT DX ⟦A|90⟧   SEX F   RACE 01   ADDRESS AT DX ⟦S|1416 HIGHWAY 64 W⟧, ⟦C|CONWAY⟧ ⟦STATE|AR⟧ ⟦Z|72034⟧   COUNTY ⟦LO|FAULKNER⟧
DATE OF DIAGNOSIS ⟦D|01/17/2099⟧   PRIMARY SITE C50.4   HISTOLOGY 8500/3   GRADE 2   ER+ PR+ HER2-   ONCOTYPE DX RS 18
AJCC 8TH: PT1CN0M0, STAGE IA. CLASS OF CASE 14.
FIRST COURSE: LUMPECTOMY ⟦D|02/20/2099⟧ (DR. ⟦N|CORINNE ABERNATHY-LUU⟧); SLNB DEFERRED (AGE); RT OMITTED PER CALGB 9343 DATA; ANASTROZOLE STARTED ⟦D|03/2099⟧.
FOLLOW-UP CONTACT: NIECE ⟦N|DEBORAH MCELROY-PRATT⟧ ⟦P|501-555-0117⟧. PCP ⟦N|HOLLIS GENTRY⟧, MD, ⟦H|CONWAY REGIONAL MEDICAL CENTER⟧.
REPORTED TO ⟦O|ARKANSAS CENTRAL CANCER REGISTRY⟧ ⟦D|04/22/2099⟧. NAACCR RECORD ID ⟦I|AR99-0044718⟧.
`);

note("trial-screening-log-caps", `
SCREENING AND ENROLLMENT LOG - PROTOCOL CRV-4418-201 (NCT05990417) - SITE 032 - ⟦H|UNIVERSITY OF ARIZONA CANCER CENTER⟧, ⟦C|TUCSON⟧
SPONSOR: ⟦O|CORVANTA ONCOLOGY INC⟧   CRO: ⟦O|ICON CLINICAL RESEARCH⟧   PI: ⟦N|RAFAEL QUINTANILLA-HAAS⟧, MD   IRB: ⟦O|WCG IRB⟧ #20991187
SCREEN #      INITIALS  DATE SCREENED   RESULT              SUBJECT ID     REASON / NOTES
⟦I|032-S-0041⟧    ⟦N|L-GM⟧     ⟦D|03/30/2099⟧      SCREEN FAIL         -              KRAS G12C NOT DETECTED
⟦I|032-S-0042⟧    ⟦N|RTA⟧      ⟦D|04/02/2099⟧      ENROLLED            ⟦I|032-0017⟧       ARM B, C1D1 ⟦D|04/16/2099⟧
⟦I|032-S-0043⟧    ⟦N|DWB⟧      ⟦D|04/05/2099⟧      SCREEN FAIL         -              ECOG 3
⟦I|032-S-0044⟧    ⟦N|MYC⟧      ⟦D|04/11/2099⟧      PENDING             -              BRAIN MRI ⟦D|4/25⟧
⟦I|032-S-0045⟧    ⟦N|HAM⟧      ⟦D|04/22/2099⟧      CONSENTED           -              TRAVEL FROM ⟦C|SIERRA VISTA⟧
PATIENT ⟦I|032-S-0042⟧ IS ⟦N|ROSALIND TERESA ARCHULETA⟧ (MRN ⟦M|UA-1184472⟧); SUBJECT ⟦I|032-S-0045⟧ IS ⟦N|HASSAN ALI MIRZA⟧, REFERRED BY DR. ⟦N|SOFIA BRANDT⟧ (⟦H|CANYON VISTA MEDICAL CENTER⟧).
CRC: ⟦N|MONIQUE DESHAZO⟧, CCRP ⟦E|mdeshazo@uacc.arizona.edu⟧ ⟦P|520-555-0168⟧ EXT ⟦P|3302⟧. MONITOR (⟦O|ICON⟧): ⟦N|TOBIAS ENGSTRÖM⟧.
`);

note("serious-adverse-event-caps", `
SERIOUS ADVERSE EVENT REPORT - INITIAL - PROTOCOL HX-117-003 - SPONSOR ⟦O|HALVERSEN THERAPEUTICS⟧ - FAX TO DRUG SAFETY ⟦F|919-555-0197⟧
SITE: 207, ⟦H|UNC LINEBERGER COMPREHENSIVE CANCER CENTER⟧, ⟦C|CHAPEL HILL⟧ ⟦STATE|NC⟧   INVESTIGATOR: ⟦N|OLUWASEUN ADEYEMI-KRAUSE⟧, MD
SUBJECT ID ⟦I|207-0009⟧   RANDOMIZATION # ⟦I|R-4471⟧   INITIALS ⟦N|J-PB⟧   YEAR OF BIRTH ⟦D|1970⟧   SEX M
EVENT: FEBRILE NEUTROPENIA, CTCAE GRADE 3. ONSET ⟦D|18-APR-2099⟧ (C2D9). HOSPITALIZED ⟦D|18-APR-2099⟧ TO ⟦D|21-APR-2099⟧ AT ⟦H|UNC REX HOSPITAL⟧, ⟦C|RALEIGH⟧.
STUDY DRUG: HX-117 + CARBOPLATIN/PACLITAXEL; LAST DOSE ⟦D|10-APR-2099⟧. KIT 00418. ACTION: DOSE DELAYED.
TREATMENT: CEFEPIME, FILGRASTIM. BLOOD CX NEG. RESOLVED ⟦D|21-APR-2099⟧. RELATEDNESS: POSSIBLY RELATED (PI).
REPORTER: ⟦N|SHAWNA PETTIFORD⟧, RN, RESEARCH NURSE ⟦P|984-555-0134⟧ ⟦E|shawna.pettiford@unchealth.unc.edu⟧. DATE OF REPORT ⟦D|22-APR-2099⟧.
SPONSOR CASE # ⟦I|HX-2099-00471⟧ ASSIGNED BY ⟦O|IQVIA⟧ SAFETY (⟦N|K. MBEKI⟧).
`);

note("oncology-pharmacy-verification-caps", `
ONCOLOGY PHARMACY ORDER VERIFICATION - ⟦H|UAB O'NEAL COMPREHENSIVE CANCER CENTER⟧ INFUSION PHARMACY, ⟦C|BIRMINGHAM⟧   ⟦D|04/22/99⟧
PATIENT: ⟦N|FITZGERALD-OKAFOR, DESMOND⟧   MRN ⟦M|Z0044718⟧   HT 178 CM WT 81.4 KG BSA 2.0   ALLERGY: NONE
REGIMEN: R-CHOP Q21D, CYCLE 3 DAY 1. ORDERING: ⟦N|PRIYA NARAYANASWAMY⟧, MD. VERIFIED BY ⟦N|TRAVIS OGLESBY⟧, PHARMD, BCOP.
RITUXIMAB-ABBS (TRUXIMA) 375 MG/M2 = 750 MG; CYCLOPHOSPHAMIDE 1500 MG; DOXORUBICIN 100 MG (CUMULATIVE 200 MG/M2); VINCRISTINE 2 MG CAP; PREDNISONE 100 MG D1-5.
HEP B: SAG NEG, CORE AB POS ⟦D|02/2099⟧ -> ENTECAVIR PROPHYLAXIS. PEGFILGRASTIM (NEULASTA ONPRO) ON-BODY INJECTOR, SN ⟦DEV|OBI-2209-88417⟧.
INSURANCE: ⟦O|BLUE CROSS AND BLUE SHIELD OF ALABAMA⟧ MEMBER ID ⟦HP|ZGB884471902⟧; PA APPROVED ⟦D|03/30/2099⟧ REF ⟦I|PA-2099-118447⟧.
SPOUSE ⟦N|CHARMAINE FITZGERALD-OKAFOR⟧ ⟦P|205-555-0125⟧ PICKS UP ORAL MEDS AT ⟦O|UAB SPECIALTY PHARMACY⟧.
TECH ⟦N|R. PALUMBO⟧ COMPOUNDED; CHECK ⟦N|TO⟧. ⟦UN|TOGLESBY2⟧
`);

note("picc-line-log-caps", `
PICC / CENTRAL LINE CARE LOG - ⟦H|CHARLESTON AREA MEDICAL CENTER⟧ ⟦H|DAVID LEE CANCER CENTER⟧, ⟦C|CHARLESTON⟧ ⟦STATE|WV⟧
PATIENT: ⟦N|CASTO, RUBY DEAN⟧   MRN ⟦M|CAMC-2209184⟧   DOB ⟦D|11/21/2007⟧ (AGE ⟦A|91⟧)   DX: AML, 7+3 DECLINED, AZACITIDINE + VENETOCLAX
LINE: L BASILIC 4F DOUBLE-LUMEN PICC, SN ⟦DEV|ARW-44718-PX⟧, PLACED ⟦D|03/18/2099⟧ BY VAT RN ⟦N|JOLENE BLANKENSHIP⟧; EXTERNAL LENGTH 2 CM, ARM CIRC 27 CM.
⟦D|04/01/2099⟧ DRESSING CHANGE, CHG DISK, CAPS CHANGED - ⟦N|JB⟧
⟦D|04/08/2099⟧ DRESSING CHANGE; SLUGGISH RED LUMEN -> ALTEPLASE 2 MG, RESTORED - ⟦N|M. ADKINS⟧, RN
⟦D|04/15/2099⟧ DRESSING CHANGE AT HOME BY ⟦O|AMEDISYS HOME HEALTH⟧ NURSE ⟦N|TAMMY SIZEMORE⟧ (⟦C|HUNTINGTON⟧)
⟦D|04/22/2099⟧ ARM SWELLING -> DUPLEX: NO DVT. GRANDSON ⟦N|COLTON CASTO⟧ ⟦P|304-555-0145⟧ DRIVES HER FROM ⟦C|SISSONVILLE⟧.
PLAN: CONTINUE WEEKLY CARE; REMOVE AT END OF CYCLE 4 PER DR. ⟦N|VASUDEVAN⟧.
`);

note("bmt-transplant-summary-caps", `
ALLOGENEIC STEM CELL TRANSPLANT SUMMARY - ⟦H|FRED HUTCHINSON CANCER CENTER⟧ / ⟦H|UW MEDICINE⟧ BMT PROGRAM, ⟦C|SEATTLE⟧
RECIPIENT: ⟦N|PAPADOPOULOS, KONSTANTINOS "GUS"⟧   UPN ⟦I|20991184⟧   NMDP RECIPIENT ID ⟦I|447-118-2⟧   DOB ⟦D|05/12/2052⟧
DX: MDS-EB2 -> AML, TP53 WILD TYPE. CR1 AFTER CPX-351 ⟦D|01/2099⟧.
DONOR: 10/10 MATCHED UNRELATED, FEMALE, 31 Y, NMDP DONOR ID ⟦I|9981-4471-2⟧, CMV+/+. SIBLING ⟦N|ELENI PAPADOPOULOS⟧ (63) HLA-HAPLOIDENTICAL, NOT USED.
CONDITIONING: FLU/MEL (RIC) ⟦D|03/10/2099⟧-⟦D|03/14/2099⟧. DAY 0 = ⟦D|03/16/2099⟧ (PBSC, CD34 6.1 X10^6/KG). GVHD PPX: PTCY/TAC/MMF.
ENGRAFTMENT: NEUTROPHILS DAY +16 (⟦D|04/01/2099⟧), PLATELETS DAY +21. DAY +30 CHIMERISM 99% DONOR. GRADE 1 SKIN GVHD.
HOUSING: STAYS AT ⟦LO|PETE GROSS HOUSE⟧ WITH WIFE ⟦N|ATHENA⟧ (CAREGIVER ⟦P|206-555-0158⟧); HOME IS ⟦C|COEUR D'ALENE⟧ ⟦STATE|ID⟧, RETURN AFTER DAY +100 (⟦D|JUNE 24⟧).
ATTENDING: ⟦N|MAREN HOLTSKOG⟧, MD. TRANSPLANT COORDINATOR ⟦N|PATRICE NWOSU-LANGE⟧, RN ⟦E|pnwosulange@fredhutch.org⟧. REPORTED TO ⟦O|CIBMTR⟧ CRID ⟦I|9900441872⟧.
`);

note("biobank-specimen-manifest-caps", `
BIOSPECIMEN SHIPPING MANIFEST - ⟦O|KENTUCKY BIOSPECIMEN REPOSITORY⟧ (⟦H|UK MARKEY CANCER CENTER⟧), ⟦C|LEXINGTON⟧ ⟦STATE|KY⟧ -> ⟦O|CORELAB BIOSERVICES⟧, ⟦C|DURHAM⟧ ⟦STATE|NC⟧
SHIP DATE ⟦D|2099-04-22⟧   COURIER ⟦O|WORLD COURIER⟧ AWB ⟦I|448-1184-7720⟧   PACKED BY ⟦N|ELLIE RUTHERFORD⟧, CRA   ⟦P|859-555-0128⟧
ROW  BIOBANK ID         SUBJECT        TYPE            COLLECTED         TIMEPOINT
1    ⟦I|KBR-99-004471-01⟧   ⟦I|118-0022⟧       PLASMA 1.0 ML   ⟦D|04/08/2099⟧        C1D1 PRE
2    ⟦I|KBR-99-004471-02⟧   ⟦I|118-0022⟧       PLASMA 1.0 ML   ⟦D|04/15/2099⟧        C1D8
3    ⟦I|KBR-99-004488-01⟧   ⟦I|118-0025⟧       FFPE BLOCK ⟦I|S99-7714 A3⟧  ⟦D|03/29/2099⟧   ARCHIVAL
4    ⟦I|KBR-99-004490-01⟧   ⟦I|118-0026⟧       WHOLE BLOOD     ⟦D|04/21/2099⟧        SCREENING
NOTE: SUBJECT ⟦I|118-0025⟧ (⟦N|ZARAGOZA BETANCOURT, ELVIRA⟧) WITHDREW CONSENT FOR FUTURE USE ⟦D|04/19/2099⟧ - DESTROY ALIQUOTS AFTER PRIMARY ANALYSIS. CONFIRMED WITH PI DR. ⟦N|ABIODUN FALOLA⟧.
TEMP LOGGER SN ⟦DEV|TL-20-884417⟧. RECEIVED BY: ____ (⟦O|CORELAB⟧ ⟦N|A. CHAUDHRY⟧).
`);

note("home-infusion-pump-caps", `
HOME INFUSION START OF CARE - ⟦O|OPTION CARE HEALTH⟧ ⟦C|KNOXVILLE⟧   ⟦D|APRIL 22ND, 2099⟧
PATIENT: ⟦N|HUCKABY, JERALD WAYNE⟧   MRN ⟦M|OC-7718440⟧   ⟦S|3310 OLD SEVIERVILLE PIKE⟧, ⟦C|MARYVILLE⟧ ⟦STATE|TN⟧ ⟦Z|37804⟧   ⟦P|865-555-0119⟧
REFERRING: ⟦H|UNIVERSITY OF TENNESSEE MEDICAL CENTER CANCER INSTITUTE⟧, DR. ⟦N|ANIKA SCHWARZKOPF-ODUYA⟧. DX: B-ALL, MRD POS.
DRUG: BLINATUMOMAB 28 MCG/DAY CONTINUOUS, 7-DAY BAGS; CYCLE 2 STARTED INPATIENT ⟦D|04/18/2099⟧. NEXT BAG CHANGE ⟦D|4/25/99⟧.
PUMP: CADD-SOLIS VIP SN ⟦DEV|SOL-88104472⟧; BACKUP PUMP SN ⟦DEV|SOL-88104519⟧ LEFT IN HOME. LINE: R ARM PICC.
CAREGIVER: WIFE ⟦N|DARLA HUCKABY⟧, TRAINED ON ALARMS; NEIGHBOR ⟦N|BUDDY MCCARTER⟧ BACKUP.
INSURANCE: ⟦O|CIGNA⟧ ⟦HP|U44718820-01⟧; COPAY VIA ⟦O|AMGEN⟧ FIRSTSTEP PROGRAM CARD ⟦I|AFS-2099-4471882⟧.
RN ⟦N|CASSIDY LAWSON-PIERCE⟧, CRNI; PHARMACIST ⟦N|IFEANYI OKORO⟧. 24-HR LINE ⟦P|800-555-0186⟧. ⟦N|CLP⟧
`);

note("molecular-pathology-report-caps", `
MOLECULAR PATHOLOGY REPORT - NEXT-GENERATION SEQUENCING (SOLID TUMOR 500-GENE PANEL)
⟦O|ARUP LABORATORIES⟧, ⟦S|500 CHIPETA WAY⟧, ⟦C|SALT LAKE CITY⟧ ⟦STATE|UT⟧ ⟦Z|84108⟧
PATIENT: ⟦N|BEGAYE, LORETTA⟧   DOB ⟦D|12/02/2059⟧   ACCESSION ⟦I|24-118-4471882⟧   CLIENT MRN ⟦M|GIMC-3304418⟧
SPECIMEN: PANCREAS, FNB, BLOCK ⟦I|GS99-2217 B1⟧ FROM ⟦H|GALLUP INDIAN MEDICAL CENTER⟧; COLLECTED ⟦D|04/02/2099⟧; RECEIVED ⟦D|04/07/2099⟧; REPORTED ⟦D|04/22/2099⟧.
ORDERING: ⟦N|WINONA YAZZIE-CHEE⟧, MD, ONCOLOGY, ⟦H|UNM COMPREHENSIVE CANCER CENTER⟧ (⟦C|ALBUQUERQUE⟧). COPY: DR. ⟦N|SEAN O'MALLEY⟧.
RESULTS: KRAS G12D (VAF 18%); TP53 R273H; CDKN2A LOSS. NO BRCA1, BRCA2, PALB2 OR ATM VARIANT. MSS, TMB 3 MUT/MB.
GERMLINE FOLLOW-UP RECOMMENDED FOR ALL PANCREATIC CANCER: REFER TO GENETIC COUNSELOR ⟦N|BRYNN HALVERSON⟧, MS, CGC.
SIGNED: ⟦N|ELIAS VONDERHAAR⟧, MD, PHD, MOLECULAR GENETIC PATHOLOGY.
`);

note("palliative-consult-caps", `
PALLIATIVE CARE CONSULT - ⟦H|NORTON CANCER INSTITUTE⟧, ⟦C|LOUISVILLE⟧ ⟦STATE|KY⟧ - INPATIENT 7 NORTH   ⟦D|04/22/2099⟧
PATIENT: ⟦N|BEAUMONT, CLARENCE EUGENE⟧   MRN ⟦M|N-0447182⟧   AGE ⟦A|93⟧   DX: METASTATIC UROTHELIAL CA, S/P PEMBROLIZUMAB (KEYTRUDA) X 8 CYCLES, PROGRESSION
REQUESTED BY: DR. ⟦N|TEODORA VLADIMIROVA⟧ (HOSPITALIST). SYMPTOMS: PAIN 7/10, ANOREXIA, DELIRIUM AT NIGHT. PPS 40%. ESAS REVIEWED.
FAMILY MEETING 1400: DAUGHTER ⟦N|GLORIA BEAUMONT-HENSLEY⟧ (HCPOA, ⟦P|270-555-0136⟧, FROM ⟦C|BOWLING GREEN⟧), SON ⟦N|MARCUS BEAUMONT⟧ BY PHONE, PASTOR ⟦N|EARL WHITFIELD⟧ OF ⟦O|GREATER FAITH MISSIONARY BAPTIST CHURCH⟧.
GOALS: PATIENT SAYS "I WANT TO GO HOME TO ⟦S|EVERGREEN RD⟧ AND SEE MY DOG." FAITH IMPORTANT TO HIM. DNR/DNI CONFIRMED, MOST FORM SIGNED.
PLAN: HYDROMORPHONE 0.5 MG PO Q4H PRN, HALOPERIDOL 0.5 MG QHS. REFER TO ⟦H|HOSPARUS HEALTH⟧ HOME HOSPICE, LIAISON ⟦N|KEISHA TURNBOW⟧.
WIFE ⟦N|ADA BEAUMONT⟧ DIED ⟦D|2097⟧. VETERAN: ⟦O|VA⟧ AID AND ATTENDANCE APPLIED.
⟦N|MEGHAN O'ROURKE-DIALLO⟧, DO, HPM; CHAPLAIN ⟦N|S. ABERNETHY⟧. ⟦N|MOD⟧
`);

note("rad-treatment-summary-caps", `
RADIATION TREATMENT SUMMARY - ⟦H|UVM CANCER CENTER⟧, ⟦C|BURLINGTON⟧ ⟦STATE|VT⟧   COMPLETED ⟦D|04/21/2099⟧
PATIENT: ⟦N|LAFLEUR, GENEVIEVE ROSE⟧   MRN ⟦M|FA-00118447⟧   DOB ⟦D|03/08/2048⟧   DX: L BREAST IDC, PT2N1A (1/3), ER-/PR-/HER2+, AFTER TCHP
COURSE: L WHOLE BREAST + REGIONAL NODES 40.05 GY / 15 FX ⟦D|03/31/2099⟧-⟦D|04/21/2099⟧, DIBH, NO BOOST. ELEKTA VERSA HD "LINAC 3".
TOXICITY: RADIATION DERMATITIS GRADE 2 (CTCAE), FATIGUE GRADE 1. TRASTUZUMAB/PERTUZUMAB CONTINUING WITH DR. ⟦N|AKOSUA MENSAH-DUFRESNE⟧ TO ⟦D|NOV 2099⟧.
FOLLOW-UP: ⟦D|05/26/2099⟧ WITH DR. ⟦N|HIROSHI WATANABE-COLE⟧. LYMPHEDEMA PT AT ⟦O|GREEN MOUNTAIN REHAB⟧ ⟦C|ESSEX JUNCTION⟧.
LODGING DURING RT: ⟦LO|HOPE LODGE⟧ (⟦O|AMERICAN CANCER SOCIETY⟧) ⟦S|237 EAST AVE⟧, ⟦C|BURLINGTON⟧ - FROM ⟦C|NEWPORT⟧. RIDES BY ROAD TO RECOVERY DRIVER ⟦N|PHIL DESROCHERS⟧.
CC: DR. ⟦N|AKOSUA MENSAH-DUFRESNE⟧; PCP ⟦N|MARGOT THIBAULT⟧, NP, ⟦H|NORTHERN COUNTIES HEALTH CARE⟧. ⟦N|HWC⟧/⟦N|dl⟧
`);


// ========================================================= mixed case (22) =========================================================

note("med-onc-new-consult", `
Medical Oncology New Patient Consultation — ⟦H|Huntsman Cancer Institute⟧, ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ — ⟦D|April 22, 2099⟧
Patient: ⟦N|Teuila Faleolo-Matagi⟧   MRN: ⟦M|HCI-7704418⟧   DOB: ⟦D|10/05/2066⟧   Referred by: Dr. ⟦N|Brigham Sorensen⟧, ⟦H|Intermountain Medical Center⟧ (fax ⟦F|801-555-0179⟧)
HPI: Ms. ⟦N|Faleolo-Matagi⟧ is a 32-year-old woman who noticed a left breast mass in ⟦D|February⟧. Core biopsy ⟦D|3/27/99⟧ at ⟦H|Intermountain Breast Care Center⟧ showed grade 3 IDC, ER 0%, PR 0%, HER2 1+ (triple negative), Ki-67 70%. MRI ⟦D|4/4/2099⟧: 3.4 cm mass, one abnormal axillary node; cT2N1M0, stage IIB.
Family history: mother ⟦N|Sina Faleolo⟧ had ovarian cancer at 51 (died ⟦D|2088⟧ in ⟦C|Apia⟧); maternal aunt ⟦N|Losana⟧ breast cancer at 40s. Germline testing sent ⟦D|4/22⟧ to ⟦O|Invitae⟧ (requisition ⟦I|RQ-44718820⟧).
Social: lives in ⟦C|West Valley City⟧ with husband ⟦N|Iosefa Matagi⟧ and two sons; works as a ⟦PROF|flight attendant⟧ for ⟦O|Delta Air Lines⟧ (FMLA forms to HR ⟦N|Carla Wendt⟧).
Assessment/Plan: KEYNOTE-522 regimen — pembrolizumab + carboplatin/paclitaxel x 12 weeks, then pembrolizumab + AC x 4, then surgery. Port with IR ⟦D|4/28⟧. Echo. Fertility consult with Dr. ⟦N|Ngozi Achebe-Larsen⟧ before chemo (wishes more children). Genetics: ⟦N|Rachel Abramowitz⟧, MS, CGC.
Hope and faith matter to her; she asked that her pastor ⟦N|Fetu Tuiasosopo⟧ be allowed in the infusion room.
— ⟦N|Marguerite Oyelaran-Price⟧, MD, Breast Medical Oncology. Scribe: ⟦N|Kenzie Thorne⟧ for ⟦N|MOP⟧.
`);

note("genetic-counselling-letter", `
⟦H|Dana-Farber Cancer Institute⟧ · Center for Cancer Genetics and Prevention · ⟦S|450 Brookline Ave⟧, ⟦C|Boston⟧, ⟦STATE|MA⟧ ⟦Z|02215⟧
⟦D|22 April 2099⟧
Dear Ms. ⟦N|Feldman-Ostrowski⟧,
Thank you for meeting with me on ⟦D|April 8th⟧ with your sister ⟦N|Tamar⟧. Your genetic test (⟦O|Myriad Genetics⟧ MyRisk, accession ⟦I|MY2099-0418827⟧, reported ⟦D|04/19/2099⟧) found a pathogenic variant in BRCA2, c.5946delT (p.Ser1982Argfs*22), one of the three Ashkenazi Jewish founder variants.
Your family history, as we drew it: your mother ⟦N|Ruth Feldman⟧ had breast cancer at 44 and died at 61; her sister ⟦N|Miriam Kaplan⟧ (now ⟦A|92⟧, living in ⟦C|Worcester⟧) had ovarian cancer at 67; your maternal grandfather ⟦N|Isadore Feldman⟧ had prostate cancer; your father ⟦N|Stanisław Ostrowski⟧ (78) has no cancer. Your brother ⟦N|Daniel Feldman-Ostrowski⟧ (49) and your daughters ⟦N|Noa⟧ (22) and ⟦N|Ilana⟧ (19) have a 50% chance of carrying the variant.
What it means for you: you are 46, had a right breast cancer at 43 (treated at ⟦H|Beth Israel Deaconess Medical Center⟧, ⟦D|2096⟧), and we discussed risk-reducing salpingo-oophorectomy now, breast MRI alternating with mammograms, and olaparib if the cancer returns. Dr. ⟦N|Ifeoma Chukwu-Barrett⟧ in gynecologic oncology can see you on ⟦D|May 13⟧.
Family letter enclosed for relatives; testing for them is free through ⟦O|Myriad⟧'s family testing program for 90 days (code ⟦I|FTP-88104⟧). Your cousin ⟦N|Avi Kaplan⟧ in ⟦C|Tel Aviv⟧ can test at ⟦H|Sheba Medical Center⟧.
Please call me at ⟦P|617-555-0193⟧ or write ⟦E|hannah_lindqvist@dfci.harvard.edu⟧.
Sincerely, ⟦N|Hannah Lindqvist⟧, MS, CGC, Genetic Counselor — with ⟦N|Judy E. Garber-Stein⟧, MD, MPH. cc: Dr. ⟦N|Paul Ng⟧, PCP.
`);

note("genetics-pedigree-cascade", `
Cancer Genetics Clinic — pedigree and cascade testing note — ⟦H|Baylor St. Luke's Medical Center⟧, ⟦C|Houston⟧ — ⟦D|04-22-2099⟧
Proband: ⟦N|Esperanza Villarreal de la Garza⟧, 38 F, MRN ⟦M|BSL-22104471⟧, colon cancer at 36 (stage IIIA, FOLFOX x 8 completed ⟦D|Jan 2099⟧); tumor MSI-high with loss of MLH1/PMS2, no MLH1 promoter methylation; germline MLH1 c.350C>T — Lynch syndrome.
Pedigree (III-2 is the proband):
I-1 ⟦N|Rogelio Villarreal⟧, paternal grandfather, colon ca 52, d. 58 (⟦C|Monterrey⟧)
I-2 ⟦N|Consuelo Garza de Villarreal⟧, paternal grandmother, alive, ⟦A|94⟧, no cancer
II-1 ⟦N|Arturo Villarreal Garza⟧, father, colon ca 49, treated at ⟦H|Hospital San José TecSalud⟧, alive at 66
II-3 ⟦N|Leticia Villarreal⟧, paternal aunt, endometrial ca 47
III-1 ⟦N|Rodrigo⟧, brother, 41 — tested today
III-3 ⟦N|Marisol⟧, sister, 33 — lives in ⟦C|Sugar Land⟧, appointment ⟦D|May 2⟧
IV-1 ⟦N|Mateo de la Garza⟧, son, 12 — testing deferred to 18
Plan: colonoscopy yearly; discuss hysterectomy/BSO after childbearing; aspirin per CAPP2. Cascade letters (Spanish) mailed ⟦D|4/22/99⟧. Brother's sample to ⟦O|Ambry Genetics⟧, kit ⟦I|AMB-4471882⟧.
Counselor: ⟦N|Yesenia Caballero-Ruiz⟧, MS, LCGC ⟦P|713-555-0116⟧. Physician: ⟦N|Kwame Asamoah-Boateng⟧, MD.
`);

note("trial-enrolment-note", `
Research Note — Enrollment Visit — Protocol ONC-HX117-003 / NCT06144718 ("VERITAS-3") — Site 207, ⟦H|UNC Lineberger Comprehensive Cancer Center⟧
Date: ⟦D|04/14/2099⟧   Subject: ⟦I|207-0011⟧   Screening no. ⟦I|S207-031⟧   Patient: ⟦N|Dae-jung Hwang⟧, MRN ⟦M|UNC-990447182⟧
Eligibility confirmed by PI Dr. ⟦N|Oluwaseun Adeyemi-Krause⟧ on ⟦D|4/13/2099⟧ (inclusion 1-14 met; exclusion 7 — prior EGFR TKI — not applicable). ECOG 0. RECIST 1.1 baseline scan ⟦D|04/02/2099⟧ at ⟦H|UNC Hospitals⟧.
Randomized via IWRS (⟦O|Suvoda⟧) ⟦D|04/14/2099⟧ 10:42 to Arm A; randomization number ⟦I|R-4480⟧. Stratified: PD-L1 ≥50%.
C1D1 scheduled ⟦D|04/21/2099⟧; C1D8 ⟦D|04/28/2099⟧; C2D1 ⟦D|5/12/99⟧. PK draws per schedule (kits from ⟦O|Q2 Solutions⟧).
Travel: subject lives in ⟦C|Greenville⟧, 2.5 h; enrolled in ⟦O|Scout Clinical⟧ travel reimbursement (participant card ⟦I|SC-77104418⟧). Wife ⟦N|Min-seo Hwang⟧ ⟦P|252-555-0148⟧.
Copy of signed ICF (version 4.0, ⟦D|01/20/2099⟧) given. Entered in EDC (⟦O|Medidata⟧ Rave) by ⟦N|Shawna Pettiford⟧, RN. ⟦UN|spettif⟧
`);

note("econsent-documentation", `
Informed Consent Process Documentation — Biobank and Genomics Protocol, ⟦H|Vanderbilt-Ingram Cancer Center⟧, ⟦C|Nashville⟧
Participant: ⟦N|Tou Lue Vang⟧ (goes by "⟦N|Lue⟧")   MRN ⟦M|VU-4471822⟧   Date: ⟦D|2099-04-22⟧
Consent version 7.2 (IRB #190447, approved ⟦D|11/02/2098⟧) presented by ⟦N|Caitlin Oduya-Fischer⟧, CRC, with Hmong interpreter ⟦N|Pa Nhia Lor⟧ (⟦O|Language Access Partners⟧, ID ⟦I|LAP-2217⟧) by video.
Questions: asked whether his sons in ⟦C|Fresno⟧ would be contacted — no; whether the sample goes abroad — no, stored at ⟦O|Vanderbilt Technologies for Advanced Genomics⟧.
E-consent signed in REDCap at 14:06 from IP ⟦IP|10.188.44.71⟧ (clinic tablet), record ⟦I|VB-22018⟧; witness ⟦N|Marcus Delahoussaye⟧.
Options chosen: future research YES; recontact YES (son ⟦N|Chue Vang⟧ ⟦P|615-555-0129⟧ as alternate); return of actionable results YES.
Specimens: blood 2 x 10 mL EDTA, tube ids ⟦I|VB-22018-B01⟧, ⟦I|VB-22018-B02⟧. No coercion; no study procedures before signature.
— ⟦N|C. Oduya-Fischer⟧ ⟦E|caitlin.oduya-fischer@vumc.org⟧
`);

note("specialty-pharmacy-intake", `
Specialty Pharmacy Intake — ⟦O|Accredo⟧ Oncology Team — ⟦D|4/22/2099⟧ 09:35
Patient: ⟦N|Gurinder Kaur Dhaliwal⟧   DOB ⟦D|01/26/2054⟧   ⟦S|8117 W Ustick Rd⟧, ⟦C|Meridian⟧, ⟦STATE|ID⟧ ⟦Z|83646⟧   Phone ⟦P|208-555-0138⟧
Rx: olaparib (Lynparza) 300 mg BID, from Dr. ⟦N|Elena Maravilla-Stone⟧, ⟦H|St. Luke's Cancer Institute⟧ ⟦C|Boise⟧ (NPI on file); dx ovarian cancer, BRCA1 c.68_69delAG, maintenance after carboplatin/paclitaxel.
Plan: ⟦O|Express Scripts⟧ PBM, member ⟦HP|ESX884410027⟧, group ⟦HP|BOI-4471⟧. Copay $2,940 for 30 days.
Assistance: manufacturer copay card not allowed (Medicare Part D secondary through ⟦O|Humana⟧ ⟦HP|H44718821⟧). Applied to ⟦O|PAN Foundation⟧ ovarian fund — approved, grant ID ⟦I|PAN-2099-0447182⟧, $8,000 through ⟦D|04/21/2100⟧; backup ⟦O|CancerCare Co-Payment Assistance Foundation⟧.
Daughter-in-law ⟦N|Harpreet Dhaliwal⟧ (⟦P|208-555-0156⟧, ⟦E|harpreet.dhaliwal88@gmail.com⟧) handles calls; patient speaks Punjabi.
Delivery ⟦D|4/24⟧ by ⟦O|FedEx⟧, signature required. Counseling done by ⟦N|Nikhil Parekh⟧, PharmD. Case ⟦I|ACR-99-1184472⟧.
`);

note("patient-assistance-application", `
Patient Assistance Program Application — ⟦O|Merck Patient Assistance Program, Inc.⟧ — faxed ⟦D|04/22/2099⟧ to ⟦F|800-555-0117⟧
Patient: ⟦N|Lorenzo Abad Dimaculangan⟧, DOB ⟦D|07/04/2040⟧, ⟦S|2214 Coal Ave SE⟧, ⟦C|Albuquerque⟧, ⟦STATE|NM⟧ ⟦Z|87106⟧, ⟦P|505-555-0184⟧. Household of 2 (wife ⟦N|Perla Dimaculangan⟧); income $31,200; uninsured since leaving ⟦O|Sandia Plumbing Supply⟧ in ⟦D|December 2098⟧.
Medication: pembrolizumab (Keytruda) 200 mg IV q3w for stage IV melanoma, BRAF wild-type; first dose requested ⟦D|05/01/2099⟧.
Prescriber: ⟦N|Felipe Arriaga-Sandoval⟧, MD, ⟦H|UNM Comprehensive Cancer Center⟧, ⟦S|1201 Camino de Salud NE⟧, ⟦C|Albuquerque⟧ ⟦Z|87102⟧; phone ⟦P|505-555-0142⟧, fax ⟦F|505-555-0144⟧. Site of care contact: ⟦N|Renata Tso⟧, financial navigator.
Medicaid screen: denied ⟦D|3/30/99⟧ (case ⟦I|NM-99-4471882⟧). Prior application ⟦I|MPAP-88104472⟧ (withdrawn).
Patient signature ⟦D|4/21/2099⟧. Enrollment status to be checked at ⟦U|www.merckhelps.com⟧. Born in ⟦C|Manila⟧; naturalized ⟦D|2071⟧.
`);

note("survivorship-care-plan", `
Survivorship Care Plan — ⟦H|Essentia Health Cancer Center⟧, ⟦C|Duluth⟧ ⟦STATE|MN⟧ — prepared ⟦D|Apr 22, 2099⟧
Survivor: ⟦N|Aleksandra "Ola" Wiśniewski-Brandt⟧   DOB ⟦D|09/17/2071⟧   MRN ⟦M|ES-00884471⟧
Diagnosis: Hodgkin lymphoma, classic, nodular sclerosis, stage IIA, dx ⟦D|06/2098⟧ (excisional biopsy, Dr. ⟦N|Knut Aasheim⟧).
Treatment: ABVD x 4 cycles (⟦D|07/08/2098⟧ – ⟦D|10/14/2098⟧) at ⟦H|Essentia Health-St. Mary's Medical Center⟧; ISRT 20 Gy completed ⟦D|12/2098⟧. PET ⟦D|01/06/2099⟧ Deauville 2 (complete response).
Late effects to watch: bleomycin lung (PFTs yearly), cardiac (echo ⟦D|2104⟧), thyroid (TSH yearly), breast MRI from age 25 since chest RT.
Team: oncologist ⟦N|Pernille Halvorsen-Ngata⟧, MD ⟦P|218-555-0103⟧; survivorship NP ⟦N|Jodi Karvonen⟧, APRN-CNP; PCP ⟦N|Alberto Gómez Olvera⟧, MD, ⟦H|Lake Superior Community Health Center⟧.
Work and school: returned to ⟦O|University of Minnesota Duluth⟧ for fall semester; disability office contact ⟦N|Grace Liimatainen⟧. Support: ⟦O|Leukemia & Lymphoma Society⟧ First Connection volunteer ⟦N|Brody Van Kampen⟧; camp ⟦LO|Camp Courage North⟧.
Copy to patient portal and to Dr. ⟦N|Gómez Olvera⟧ by fax ⟦F|218-555-0172⟧.
`);

note("fertility-preservation-consult", `
Oncofertility Consultation — ⟦H|Massachusetts General Hospital Fertility Center⟧ — ⟦D|4/22/99⟧
Patient: ⟦N|Adaeze Chiamaka Nwankwo⟧, 29 F, MRN ⟦M|MGH-6617042⟧, referred urgently by Dr. ⟦N|Tomás Echeverría⟧ (breast oncology); planned dose-dense AC-T to start ⟦D|May 5⟧.
Partner: ⟦N|Obinna Eze⟧ (fiancé), 31. Options reviewed: embryo vs oocyte cryopreservation (random-start), GnRH agonist (leuprolide) during chemo, ovarian tissue cryopreservation.
AMH 2.9, AFC 16. Plan: random-start stimulation with letrozole today; egg retrieval ~⟦D|5/3⟧; oocytes frozen (couple not yet married). Storage at ⟦O|TMRW Life Sciences⟧, tank ID ⟦I|TMRW-BOS-04418⟧.
Cost: $9,800; applied to ⟦O|Livestrong Fertility⟧ discount and ⟦O|Team Maggie's Mission⟧ grant (application ⟦I|TMM-2099-117⟧); ⟦O|EMD Serono⟧ Compassionate Care medication program.
Her mother ⟦N|Ngozi Nwankwo⟧ in ⟦C|Lagos⟧ will fly in ⟦D|May 1⟧. Consent signed ⟦D|04/22/2099⟧.
— ⟦N|Wen-Li Zhou⟧, MD, REI, with nurse coordinator ⟦N|Bridget Fahey⟧, RN ⟦P|617-555-0121⟧ ⟦N|WLZ⟧/⟦N|bf⟧
`);

note("goals-of-care-family-meeting", `
Goals of Care Conversation — ⟦H|Maine Medical Center⟧, ⟦C|Portland⟧, ⟦STATE|ME⟧ — Oncology unit, R6 — ⟦D|04/22/2099⟧, ⟦DAY|Wednesday⟧
Patient: ⟦N|Hollis Pelletier⟧, 71, metastatic pancreatic adenocarcinoma, progressed on FOLFIRINOX then gemcitabine/nab-paclitaxel; ECOG 3, Karnofsky 40.
Present: patient; wife ⟦N|Faith Pelletier⟧; daughter ⟦N|Danielle Pelletier-Mooers⟧ (from ⟦C|Bangor⟧); son ⟦N|Grady⟧ by video from ⟦C|Anchorage⟧; Dr. ⟦N|Isabela Fonseca-Gray⟧ (oncology); ⟦N|Tamsin Roux⟧, LICSW; chaplain Rev. ⟦N|Augustine Mbeki-Thorpe⟧.
He asked what "comfort care" means and whether he could die at home on ⟦S|Shore Rd⟧ in ⟦C|Cape Elizabeth⟧, looking at the water. He said, "I have no hope for a cure, but I hope to see ⟦DAY|Easter⟧."
Decisions: DNR/DNI (MOLST signed ⟦D|4/22/2099⟧); no further chemotherapy; home hospice with ⟦H|Hospice of Southern Maine⟧ (intake ⟦P|207-555-0190⟧); hospital bed from ⟦O|Apria⟧.
Health care agent: ⟦N|Faith Pelletier⟧ (⟦P|207-555-0114⟧). Backup: ⟦N|Danielle Pelletier-Mooers⟧. Grace period for the ⟦O|Anthem⟧ premium explained by ⟦N|Tamsin Roux⟧; policy ⟦HP|MEA448812071⟧.
Time spent 75 min, >50% counseling. — ⟦N|Isabela Fonseca-Gray⟧, MD; ⟦N|IFG⟧/⟦N|tr⟧
`);

note("social-work-lodging-rides", `
Oncology Social Work Note — ⟦H|Sanford Cancer Center⟧, ⟦C|Sioux Falls⟧ — ⟦D|04/22/2099⟧
Patient: ⟦N|Abdullahi Mohamed Warsame-Ege⟧, 58, head and neck SCC (p16+), starting 7 weeks of chemoradiation (weekly cisplatin) on ⟦D|4/27⟧. Lives in ⟦C|Brookings⟧ (55 miles).
Barriers: no car (wife ⟦N|Hodan⟧ does not drive), works at ⟦O|Daktronics⟧ (leave through FMLA, HR contact ⟦N|Sheryl Boomsma⟧ ⟦P|605-555-0110⟧ ext ⟦P|4412⟧).
Lodging: there is no ⟦LO|Hope Lodge⟧ in ⟦C|Sioux Falls⟧; arranged ⟦LO|Kelly's House⟧ (run by ⟦O|Sanford Health Foundation⟧), check-in ⟦D|April 26⟧, room held under confirmation ⟦I|KH-99-0418⟧.
Rides: ⟦O|American Cancer Society⟧ Road to Recovery not available on weekends; ⟦O|Brookings Area Transit Authority⟧ for trips home ⟦DAY|Fridays⟧. Gas cards ($200) from ⟦O|Sanford Health Foundation⟧ patient fund.
Nutrition: PEG discussed; ⟦O|Feeding South Dakota⟧ food box. Language: Somali; interpreter ⟦N|Fartun Abdi⟧ (staff).
Financial: ⟦STATE|South Dakota⟧ Medicaid application submitted, ID ⟦HP|SD4471882205⟧ pending; hospital charity care form given.
Son ⟦N|Yusuf Warsame⟧ (⟦E|ywarsame@jacks.sdstate.edu⟧) is the family contact. — ⟦N|Kristi Van Beek⟧, LMSW, OSW-C
`);

note("trial-travel-reimbursement", `
Subject Travel and Reimbursement Form — Study CRV-4418-201 — Site 032 (⟦H|University of Arizona Cancer Center⟧)
Subject ID: ⟦I|032-0017⟧   Visit: C2D1 ⟦D|05/14/2099⟧   Vendor: ⟦O|Greenphire⟧ ClinCard ⟦I|CC-4471-8820-0417⟧
Travel from ⟦S|4450 E Fry Blvd⟧, ⟦C|Sierra Vista⟧, ⟦STATE|AZ⟧ ⟦Z|85635⟧ to ⟦S|1515 N Campbell Ave⟧, ⟦C|Tucson⟧ ⟦Z|85724⟧: 74 miles each way; mileage $83.62; parking $12.
Overnight: hotel (⟦LO|Hilton Garden Inn Tucson Airport⟧), confirmation ⟦I|HG-88104472⟧, 1 night ⟦D|5/13/99⟧.
Companion: daughter ⟦N|Yolanda Archuleta-Benally⟧ (caregiver travel approved by sponsor ⟦D|4/30/2099⟧).
Submitted by CRC ⟦N|Monique DeShazo⟧, CCRP, on ⟦D|5/15/2099⟧; approved by ⟦O|ICON⟧ patient services (⟦N|Freya Lindgren⟧, ⟦E|freya.lindgren@iconplc.com⟧).
Subject signature on file. Receipts scanned to the site's shared drive ⟦U|https://uacc-research.sharepoint.com/sites/crv4418⟧.
`);

note("infusion-reaction-note", `
Nursing Event Note — Infusion Reaction — ⟦H|Kaiser Permanente Tacoma Medical Center⟧ Infusion Center, Bay 6 — ⟦D|4/22/2099⟧
Patient: ⟦N|Lealofi Tuimavave⟧   MRN ⟦M|KP-11044718⟧   Age 64   Regimen: carboplatin AUC 5 (cycle 7; prior cycles tolerated).
14:22 carboplatin started at 125 mL/h. 14:31 flushing, throat tightness, BP 88/50, HR 124, SpO2 91% — infusion STOPPED.
Rapid response per standing order: epinephrine 0.3 mg IM ×1, diphenhydramine 50 mg IV, famotidine 20 mg IV, methylprednisolone 125 mg IV, NS bolus. Dr. ⟦N|Chioma Obiora-Lindahl⟧ at bedside 14:33.
14:50 symptoms resolved, BP 118/70. CTCAE grade 3 hypersensitivity. Refer to allergy (Dr. ⟦N|Ravi Subramaniam⟧) for desensitization protocol.
Family: husband ⟦N|Sefo Tuimavave⟧ in waiting room; updated. Patient's daughter ⟦N|Mele⟧ (⟦P|253-555-0187⟧) called at his request.
Event reported in the safety system, report ⟦I|RL-2099-044718⟧. Pharmacist ⟦N|Lan Hoang⟧, PharmD, notified. Nurses: ⟦N|Shauna Brekke⟧, RN, OCN; ⟦N|Diego Ferraro-Mata⟧, RN. ⟦N|SB⟧
`);

note("breast-treatment-summary", `
Treatment Summary — Breast Medical Oncology — ⟦H|UAB O'Neal Comprehensive Cancer Center⟧, ⟦C|Birmingham⟧, ⟦STATE|AL⟧ — ⟦D|April 22nd, 2099⟧
Name: ⟦N|Shaniqua Lattimore-Greene⟧   DOB ⟦D|08/30/2057⟧   MRN ⟦M|Z2208814⟧
Diagnosis ⟦D|09/12/2098⟧: R breast IDC, cT2N1M0, stage IIB, ER 95% / PR 60% / HER2 3+ (IHC). Oncotype not sent (HER2+).
Neoadjuvant TCHP x 6 (⟦D|10/03/2098⟧ – ⟦D|01/16/2099⟧) at ⟦H|UAB Medical West⟧ infusion, ⟦C|Bessemer⟧. Pegfilgrastim each cycle. Scalp cooling (DigniCap console SN ⟦DEV|DGC-2200418⟧) — hair kept.
Surgery ⟦D|02/20/2099⟧: R lumpectomy and SLNB by Dr. ⟦N|Beverly Okafor-Thames⟧; pCR (ypT0N0). Radiation planned at ⟦H|Brookwood Baptist Medical Center⟧ with Dr. ⟦N|Anand Mehta-Rosen⟧ starting ⟦D|4/29⟧.
Ongoing: trastuzumab/pertuzumab (Phesgo) to complete 1 year (last dose ~⟦D|October 2099⟧); then anastrozole x 5-10 years with ovarian suppression (leuprolide) since premenopausal.
Genetics: negative 84-gene panel (⟦O|Ambry Genetics⟧ ⟦D|10/2098⟧). Sister ⟦N|Kenyatta Greene⟧ (44) advised to begin screening.
Support: ⟦O|Sisters Network Birmingham⟧; employer ⟦O|Regions Bank⟧ (accommodations letter ⟦D|4/20⟧). Patient's email ⟦E|shaniqua.lgreene@bellsouth.net⟧.
— ⟦N|Priya Narayanaswamy⟧, MD. cc ⟦N|Latonya Pugh⟧, NP; PCP Dr. ⟦N|Winston Carmichael⟧ fax ⟦F|205-555-0151⟧
`);

note("pediatric-oncology-clinic", `
Pediatric Hematology/Oncology Clinic Note — ⟦H|Arkansas Children's Hospital⟧, ⟦C|Little Rock⟧ — ⟦D|04/22/2099⟧
Patient: ⟦N|Jaxon Reyes-Whitehorse⟧, 7 y/o M, MRN ⟦M|ACH-3304471⟧. B-ALL, standard risk, on ⟦O|Children's Oncology Group⟧ study AALL1731, COG patient ID ⟦I|COG-884417⟧; Maintenance cycle 2 day 29.
Parents: mother ⟦N|Krystal Reyes⟧ (⟦P|479-555-0133⟧), father ⟦N|Dakota Whitehorse⟧ (works for ⟦O|Tyson Foods⟧ in ⟦C|Springdale⟧). Grandmother ⟦N|Lupita Reyes⟧ helps with his port care.
Interval: fever 38.6 on ⟦D|4/17⟧, seen at ⟦H|Washington Regional Medical Center⟧ ED in ⟦C|Fayetteville⟧, ANC 1,100, blood culture negative, ceftriaxone x1.
Meds: mercaptopurine 50 mg/m2 nightly, methotrexate weekly PO (⟦DAY|Saturdays⟧), TMP-SMX ⟦DAY|Fri-Sun⟧, vincristine/dexamethasone pulse today. Port (R chest, SN ⟦DEV|PAS-5517-04418⟧) accessed, LP with IT methotrexate by Dr. ⟦N|Oyinkansola Adebayo-Schultz⟧.
School: ⟦O|Springdale Public Schools⟧ homebound teacher Ms. ⟦N|Darcy Pennington⟧ twice weekly; 504 plan sent ⟦D|4/2⟧.
Support: ⟦O|Make-A-Wish Mid-South⟧ wish (a beach trip) planned for ⟦D|July 2099⟧; ⟦LO|Ronald McDonald House of Arkansas⟧ used during induction; ⟦O|Camp Sunshine⟧ application.
Next: clinic ⟦D|5/20/99⟧ with CBC; next LP ⟦D|July 15⟧. Child life specialist ⟦N|Maddie Oakes⟧. Fellow ⟦N|Tunde Bakare⟧, MD; attending ⟦N|O. Adebayo-Schultz⟧, MD. ⟦N|TB⟧/⟦N|OAS⟧
`);

note("nurse-navigator-note", `
Oncology Nurse Navigation — ⟦H|CHI St. Vincent Cancer Center⟧, ⟦C|Hot Springs⟧ — ⟦D|Apr 22, 2099⟧
Patient: ⟦N|Ouida Mae Hargrove⟧   MRN ⟦M|SV0041187⟧   new dx rectal adenocarcinoma, uT3N1 (EUS ⟦D|4/15⟧ by Dr. ⟦N|Farouk Haddad⟧), CEA 11.
Scheduled: MRI pelvis ⟦D|4/24/2099⟧ at ⟦H|National Park Medical Center⟧; med onc Dr. ⟦N|Sunil Varghese-Pillai⟧ ⟦D|4/28⟧; rad onc Dr. ⟦N|Gretchen Lindemann⟧ ⟦D|4/29⟧; colorectal surgery at ⟦H|UAMS Medical Center⟧ ⟦D|5/6⟧ (Dr. ⟦N|Anh Vo-Castellanos⟧).
Plan discussed at GI tumor board ⟦D|4/21⟧: total neoadjuvant therapy (CAPOX then short-course RT) vs watch-and-wait if cCR.
Barriers: lives alone in ⟦C|Mount Ida⟧, 40 minutes; niece ⟦N|Charla Hargrove-Biggs⟧ (⟦P|870-555-0147⟧) drives on her days off from ⟦O|Walmart⟧. ⟦O|Arkansas Cancer Coalition⟧ gas card; ⟦O|CareLink⟧ transport for the MRI.
Insurance: Medicare A/B, ⟦O|AARP⟧ Medigap plan G through ⟦O|UnitedHealthcare⟧ ⟦HP|AR4471882019⟧.
Education: ostomy possibility discussed; ⟦O|United Ostomy Associations of America⟧ booklet given; patient prefers mail to ⟦S|147 Polk Road 88⟧, ⟦C|Mount Ida⟧ ⟦STATE|AR⟧ ⟦Z|71957⟧.
Navigator: ⟦N|Rhonda Gatlin⟧, BSN, RN, OCN, ONN-CG ⟦P|501-555-0173⟧ · ⟦E|rhonda.gatlin@chistvincent.com⟧
`);

note("hospice-transition-note", `
Transition to Hospice — Discharge Note — ⟦H|Medical City Plano⟧ Oncology, ⟦C|Plano⟧ ⟦STATE|TX⟧ — ⟦D|April 22, 2099⟧
Patient: ⟦N|Eun-hee Choi⟧ (goes by "⟦N|Grace⟧")   MRN ⟦M|MCP-9904418⟧   DOB ⟦D|04/02/2007⟧ (⟦A|92⟧ y/o)   Born in ⟦C|Seoul⟧, ⟦COUNTRY|Korea⟧.
Dx: metastatic gastric adenocarcinoma (HER2-negative, CLDN18.2 positive), progressed after FOLFOX + nivolumab; not a candidate for zolbetuximab trial (Karnofsky 40).
Decision ⟦D|4/21/99⟧ with son ⟦N|James Choi⟧ (⟦P|972-555-0131⟧) and daughter-in-law ⟦N|Soo-jin Park-Choi⟧: home hospice. DNR out-of-hospital form signed.
Hospice: ⟦H|VITAS Healthcare⟧ ⟦C|Dallas⟧, admission nurse ⟦N|Marisol Quezada⟧, RN, visit ⟦D|4/22⟧ 16:00; medical director Dr. ⟦N|Tobias Oyelese⟧.
Address: ⟦S|6120 Windhaven Pkwy⟧, ⟦C|Plano⟧ ⟦Z|75093⟧ (son's home). Church: ⟦O|Korean Central Presbyterian Church of Dallas⟧, elder ⟦N|Han Sung-min⟧ visits.
Meds at discharge: morphine oral solution 5 mg q2h PRN, lorazepam 0.5 mg, ondansetron ODT, senna. Port left accessed? No — de-accessed and heparin-locked.
Attending ⟦N|Vikram Raghavan⟧, MD; case manager ⟦N|Tiffani Brooks⟧, RN (⟦P|972-555-0166⟧ ext ⟦P|2211⟧). ⟦N|VR⟧
`);

note("oncology-telephone-triage", `
Telephone Triage — ⟦H|Tennessee Oncology⟧ ⟦C|Nashville⟧ (midtown office) — ⟦D|04/22/2099⟧ 21:14 (after-hours line)
Caller: ⟦N|Ray Dell Hutcheson⟧, husband of patient ⟦N|Loretta Hutcheson⟧ (DOB ⟦D|5/16/1961⟧, MRN ⟦M|TO-2204471⟧), callback ⟦P|615-555-0104⟧.
Regimen: FOLFIRINOX C4, pump disconnected ⟦D|4/20⟧ by ⟦O|Amerita⟧ home infusion nurse.
Symptoms: 6 watery stools today, temp 100.2, dizzy on standing, mouth sores. Denies blood in stool.
Protocol: diarrhea grade 3 + possible neutropenic fever -> advised ED now: ⟦H|TriStar Centennial Medical Center⟧ ED, ⟦S|2300 Patterson St⟧. Told to bring chemo wallet card and med list.
On-call oncologist Dr. ⟦N|Manpreet Sandhu-Reyes⟧ paged (pager ⟦P|615-555-0199⟧), agrees. ED charge nurse ⟦N|Dusty Albright⟧ notified.
Patient's sister ⟦N|Faye Dorris⟧ will stay with their dog. Follow-up call ⟦D|4/23⟧ a.m. by ⟦N|Kendra Yates⟧, RN.
— ⟦N|Allison Pruett⟧, RN (triage) ⟦UN|apruett3⟧
`);

note("cro-monitoring-follow-up-letter", `
⟦O|Syneos Health⟧ · Clinical Monitoring · ⟦S|1030 Sync St⟧, ⟦C|Morrisville⟧, ⟦STATE|NC⟧ ⟦Z|27560⟧
Date: ⟦D|22 April 2099⟧
To: ⟦N|Abiodun Falola⟧, MD (Principal Investigator), ⟦H|UK Markey Cancer Center⟧, ⟦C|Lexington⟧, ⟦STATE|KY⟧ — Site 118
Re: Interim Monitoring Visit follow-up, Protocol NVX-2201 (NCT06011874), visit dates ⟦D|April 16–17, 2099⟧
Dear Dr. ⟦N|Falola⟧,
Thank you and your staff (⟦N|Ellie Rutherford⟧, CRA; ⟦N|Jamal Whitcomb⟧, research pharmacist) for the visit. Findings:
1. Subject ⟦I|118-0022⟧: C1D8 vital signs missing from the source; please add a note to file.
2. Subject ⟦I|118-0025⟧: withdrawal of consent for future use dated ⟦D|04/19/2099⟧ — confirm sample destruction with ⟦O|CoreLab BioServices⟧.
3. Subject ⟦I|118-0026⟧: screening ECG (⟦D|4/21/2099⟧) read by Dr. ⟦N|Yuval Rosenthal⟧ not yet signed.
4. Investigational product: temperature excursion in pharmacy fridge ⟦D|4/3⟧ (logger ⟦DEV|TL-20-884402⟧) — sponsor assessment pending; kits quarantined.
5. Delegation log: add ⟦N|Priyanka Iyer-Dunn⟧, sub-investigator, signed ⟦D|3/30/99⟧.
Next visit planned for ⟦D|June 2099⟧. Please reply by ⟦D|May 6⟧.
Sincerely, ⟦N|Aurelio Benedetti⟧, Senior CRA — ⟦E|aurelio.benedetti@syneoshealth.com⟧ — ⟦P|919-555-0122⟧. cc: ⟦N|Laila Haidari⟧ (Clinical Trial Manager, ⟦O|Novexa Biotherapeutics⟧)
`);

note("sae-follow-up-email", `
From: ⟦N|Shawna Pettiford⟧ <⟦E|shawna.pettiford@unchealth.unc.edu⟧>
To: ⟦E|drugsafety@halversentx.com⟧; ⟦E|k.mbeki@iqvia.com⟧
Cc: ⟦N|Oluwaseun Adeyemi-Krause⟧
Sent: ⟦DAY|Wednesday⟧, ⟦D|April 22, 2099⟧ 4:47 PM
Subject: SAE follow-up #1 — Subject ⟦I|207-0009⟧ — sponsor case ⟦I|HX-2099-00471⟧

Hi ⟦N|Kagiso⟧,
Follow-up information for the febrile neutropenia reported ⟦D|4/18⟧: discharge summary from ⟦H|UNC REX Hospital⟧ (redacted, subject ID only) is attached. Final blood cultures no growth at 5 days (⟦D|4/23⟧ expected). Outcome: recovered/resolved ⟦D|21-Apr-2099⟧.
Dr. ⟦N|Adeyemi-Krause⟧ keeps causality as possibly related to HX-117; C3D1 delayed one week to ⟦D|5/8/2099⟧ with dose level -1 and pegfilgrastim support.
The subject's wife called our research line (⟦P|984-555-0134⟧) to say he prefers visits on ⟦DAY|Fridays⟧; I will ask the scheduler ⟦N|Tonya⟧.
Thanks,
⟦N|Shawna⟧
⟦N|Shawna Pettiford⟧, RN, BSN, CCRC | Clinical Research Nurse | ⟦H|UNC Lineberger⟧ | ⟦S|101 Manning Dr⟧, ⟦C|Chapel Hill⟧ | fax ⟦F|919-555-0108⟧
`);

note("myeloma-clinic-note", `
Hematology Clinic — Multiple Myeloma — ⟦H|Mayo Clinic⟧, ⟦C|Rochester⟧, ⟦STATE|MN⟧ — ⟦D|4/22/2099⟧
Patient: ⟦N|Evangeline Thorsrud⟧, ⟦A|96⟧-year-old woman from ⟦C|Decorah⟧, ⟦STATE|IA⟧; MRN ⟦M|7-441-882⟧. IgA kappa myeloma, R-ISS II, dx ⟦D|08/2098⟧; not a transplant candidate.
Treatment: daratumumab SC + lenalidomide 10 mg + dexamethasone 8 mg weekly (DRd, frail-adapted), cycle 9 day 1 today. M-spike 0.3 (from 2.8). VGPR.
Her granddaughter ⟦N|Solveig Thorsrud-Aune⟧ (⟦P|563-555-0135⟧) brings her; they stay at the ⟦LO|Rochester Hope Lodge⟧ on infusion weeks.
Bone: zoledronic acid q12w; dental clearance by Dr. ⟦N|Okonjo⟧ at ⟦O|Decorah Family Dental⟧ ⟦D|Jan 2099⟧.
Goals: she wants to attend her great-grandson ⟦N|Henrik⟧'s confirmation at ⟦O|First Lutheran Church⟧ on ⟦D|May 17⟧. ECOG 2.
Next: C10D1 ⟦D|5/20/99⟧. — ⟦N|Shaji Mathew-Kumar⟧, MD; ⟦N|Beth Ann Voss⟧, APRN. ⟦N|BAV⟧
`);

note("registry-follow-up-letter", `
⟦O|Kentucky Cancer Registry⟧ · ⟦O|University of Kentucky⟧ · ⟦S|2365 Harrodsburg Rd⟧, Suite B100 · ⟦C|Lexington⟧, ⟦STATE|KY⟧ ⟦Z|40504⟧ · ⟦U|https://www.kcr.uky.edu⟧
⟦D|April 22, 2099⟧
Mr. ⟦N|Ronald Ray Skaggs⟧
⟦S|88 Possum Trot Rd⟧
⟦C|Hazard⟧, ⟦STATE|KY⟧ ⟦Z|41701⟧
Dear Mr. ⟦N|Skaggs⟧,
The ⟦O|Kentucky Cancer Registry⟧ collects information about every cancer diagnosed in ⟦STATE|Kentucky⟧. Our records show that you were treated for lung cancer at ⟦H|Hazard ARH Regional Medical Center⟧ in ⟦D|2097⟧ (registry number ⟦I|KCR-97-1184472⟧).
You may be eligible for a study of lung cancer survivors in the mountains run by the ⟦H|Markey Cancer Center⟧ with Dr. ⟦N|Nathaniel Osei-Tutu⟧. Taking part is voluntary and will not change your care or your ⟦O|Passport Health Plan⟧ benefits.
If you are interested, please call study coordinator ⟦N|Brittany Noble⟧ at ⟦P|859-555-0171⟧ or return the enclosed card. If we have reached you in error, or the person named has died, please tell us.
Sincerely, ⟦N|Eric B. Durbin-Hale⟧, DrPH, Director, ⟦O|Kentucky Cancer Registry⟧
`);

// ========================================================= lower case (8) =========================================================

note("navigator-texts-lo", `
texts — ⟦N|keisha⟧ (nurse navigator, ⟦H|grady cancer center for excellence⟧, ⟦C|atlanta⟧) ↔ ⟦N|dorothy mae pettway⟧ — ⟦D|apr 22⟧
0812 ⟦N|keisha⟧: good morning ms ⟦N|dorothy⟧ it's ⟦N|keisha⟧ from ⟦H|grady⟧. your mri is ⟦DAY|thursday⟧ ⟦D|4/24⟧ at 1pm, building b. can someone drive you?
0830 ⟦N|dorothy⟧: my grandson ⟦N|tyrell⟧ off work that day praise god. what do i bring
0832 ⟦N|keisha⟧: your id, your ⟦O|amerigroup⟧ card (member # ⟦HP|yrp447188201⟧ right?) and your med list. no metal. come 30 min early
0840 ⟦N|dorothy⟧: ok baby. dr ⟦N|okafor⟧ said something about a trial?
0845 ⟦N|keisha⟧: yes the study coordinator ⟦N|luis⟧ will call from ⟦P|404-555-0152⟧. its optional. the nct number is on the paper, nct06210477, you can look it up
0902 ⟦N|dorothy⟧: my sister ⟦N|bernice⟧ in ⟦C|decatur⟧ had the same thing at ⟦H|emory winship⟧ in ⟦D|2096⟧
0905 ⟦N|keisha⟧: i'm glad she's doing well 🙏 also the ⟦O|american cancer society⟧ ride is booked: driver ⟦N|walt⟧, pickup 1215 at ⟦S|1850 candler rd⟧
1130 ⟦N|dorothy⟧: thank you ⟦N|keisha⟧. have faith lol
1131 ⟦N|keisha⟧: always ❤️ call me ⟦P|404-555-0139⟧ if anything. — ⟦N|k. brantley⟧, rn
`);

note("coordinator-team-chat-lo", `
#gyn-onc-research (teams chat, ⟦H|huntsman cancer institute⟧) — ⟦D|4/22/2099⟧
⟦UN|mdahlquist⟧ 07:58: heads up ⟦N|laurel⟧ — subject ⟦I|hci-0412⟧ (that's mrs ⟦N|stevenson-ruiz⟧) called, nausea gr 2 since c3d3, wants to know if she can take her zofran with the olanzapine
⟦UN|lpetrakis⟧ 08:03: yes per protocol section 6.4 allowed. i'll log the con med. did she get the neulasta onpro? sn on the box was ⟦DEV|obi-2207-55104⟧
⟦UN|mdahlquist⟧ 08:05: yep ⟦D|4/20⟧. also screening for ⟦I|hci-s-0419⟧ (⟦N|priscilla oyama⟧, referred by dr ⟦N|jankowski⟧ at ⟦H|mckay-dee⟧ in ⟦C|ogden⟧) fails on platelets 88
⟦UN|lpetrakis⟧ 08:07: ugh. retest allowed within window? window closes ⟦D|may 1⟧
⟦UN|tnguyen-hale⟧ 08:15: retest ok per sponsor email from ⟦N|rebecca⟧ at ⟦O|medpace⟧ ⟦D|3/2⟧. monitor visit next wk is ⟦N|jorge aranda⟧, he wants the ⟦O|labcorp⟧ certs
⟦UN|mdahlquist⟧ 08:20: also fyi dr ⟦N|oyelaran-price⟧ out ⟦D|4/28-5/2⟧, dr ⟦N|kessler⟧ covering as sub-i
⟦UN|lpetrakis⟧ 08:22: k. i'll upload the ae log to veeva tonight. — ⟦N|lp⟧
`);

note("infusion-portal-message-lo", `
mychart message — to: ⟦H|providence cancer institute⟧ infusion (⟦C|portland⟧) — from: ⟦N|harvey lindqvist-amato⟧ — ⟦D|april 22, 2099⟧ 6:41 pm
subject: question about tomorrow (c6d1 folfiri + panitumumab)
hi it's ⟦N|harvey⟧ (dob ⟦D|2/9/1958⟧). the rash on my face from the panitumumab is way worse, pustules, and my scalp too. is that still ok for tomorrow? i'm using the doxycycline dr ⟦N|ambrose⟧ gave me.
also my port site (the one put in at ⟦H|legacy good samaritan⟧ ⟦D|nov 2098⟧) is a little red. my wife ⟦N|francesca⟧ says it's warm.
can you move me to the ⟦C|tualatin⟧ location? it's closer to ⟦S|8300 sw nyberg st⟧ where we live.
my daughter ⟦N|gina amato⟧ at ⟦E|gina.amato@ohsu.edu⟧ can get results too (i signed the form on ⟦D|3/3⟧).
---
reply ⟦D|4/22/99⟧ 7:15 pm: hi ⟦N|harvey⟧, this is ⟦N|nicole⟧, rn (on call). grade 2-3 rash — we'll have dr ⟦N|ambrose⟧ look in the morning before you start; please send a photo. red warm port: call ⟦P|503-555-0186⟧ tonight if fever over 100.4. — ⟦N|nicole faraday⟧, rn
`);

note("caregiver-email-lo", `
from: ⟦E|miguel.bustamante.r@yahoo.com⟧
to: ⟦E|trials@mdanderson.org⟧
date: ⟦D|apr 22 2099⟧ 11:02
subject: my mom — the car-t trial

hello, my name is ⟦N|miguel bustamante⟧ and i'm writing for my mother ⟦N|rosa elvira bustamante de leon⟧ (born ⟦D|march 9 1955⟧), she has large b cell lymphoma, relapsed after r-chop and then r-ice at ⟦H|christus santa rosa⟧ in ⟦C|san antonio⟧. her doctor dr ⟦N|hinojosa⟧ said she might qualify for car-t there at ⟦H|md anderson⟧.
she is 44 days past her last chemo. her insurance is ⟦O|humana⟧ gold plus hmo (id ⟦HP|h88104471⟧).
we live in ⟦C|laredo⟧ so we would need housing in ⟦C|houston⟧ for 30 days. does the ⟦LO|hope lodge⟧ take car-t patients? my sister ⟦N|ana lucía⟧ would be her caregiver.
her mrn at ⟦H|christus⟧ is ⟦M|cs-40118277⟧ if that helps. my phone ⟦P|956-555-0143⟧ (whatsapp ok).
thank you, ⟦N|miguel⟧
`);

note("specialty-pharmacy-texts-lo", `
sms — ⟦O|biologics by mckesson⟧ → ⟦P|(801) 555-0161⟧ — ⟦D|4/22⟧
⟦O|biologics⟧: hi this is ⟦N|tanner⟧ with ⟦O|biologics by mckesson⟧ for ⟦N|e. sorensen⟧. your lonsurf refill is ready to ship. reply 1 to confirm delivery to ⟦S|1247 e 3300 s⟧, ⟦C|millcreek⟧
patient: 1. but can you leave it with my neighbor ⟦N|darlene⟧ next door? i'm at ⟦H|intermountain⟧ for chemo
⟦O|biologics⟧: we need a signature — can she sign? also your copay card (bin 610020, id ⟦I|tc44718820⟧) covers $0. ⟦O|taiho oncology⟧ patient support line ⟦P|844-555-0112⟧ if questions
patient: yes she can sign. her last name is ⟦N|wakefield⟧
⟦O|biologics⟧: perfect — ships ⟦D|4/23⟧ ups 2nd day. pharmacist ⟦N|hye-jin choi⟧ will call about the day 1-5 / 8-12 schedule. rx ⟦I|rx-7704418⟧
patient: thank you. my husband ⟦N|karl⟧ says hi lol
`);

note("fertility-portal-lo", `
portal — ⟦H|ucsf center for reproductive health⟧ — thread with ⟦N|ana lucía ferreira-mendes⟧ (mrn ⟦M|ucsf-20447182⟧)
⟦D|4/19/2099⟧ patient: hi, dr ⟦N|bhattacharya⟧'s office said i should freeze eggs before my chemo for hodgkin's starts ⟦D|may 4⟧. is there time? i'm on day 3 of my cycle today
⟦D|4/19/2099⟧ ⟦N|megan⟧ (rn coordinator): yes! random-start works. come in ⟦DAY|monday⟧ ⟦D|4/21⟧ 7:30am for baseline ultrasound and bloodwork, ⟦S|499 illinois st⟧, 6th floor. 
⟦D|4/20/2099⟧ patient: my partner ⟦N|jules⟧ will come. do i need to pay first? i have ⟦O|blue shield of california⟧ ppo ⟦HP|xek447188201⟧
⟦D|4/20/2099⟧ ⟦N|megan⟧: ⟦STATE|california⟧ covers fertility preservation for cancer (sb 600), our financial counselor ⟦N|rosalind⟧ is checking auth. also apply to ⟦O|livestrong fertility⟧ for the meds discount
⟦D|4/22/2099⟧ patient: started the shots last night! gonal-f 225 + menopur. ⟦N|jules⟧ did it lol
⟦D|4/22/2099⟧ ⟦N|megan⟧: amazing. monitoring ⟦D|4/24⟧, retrieval likely ⟦D|5/1-5/2⟧. — ⟦N|megan o'donoghue⟧, rn, ⟦P|415-555-0110⟧
`);

note("palliative-family-texts-lo", `
group text — "dad updates" — ⟦D|apr 22⟧
⟦N|sarah⟧: palliative dr came, dr ⟦N|nakagawa⟧. dad's ppx pain meds changed to oxycodone er. they want a family meeting tmrw 2pm
⟦N|josh⟧: i can be there. flying in from ⟦C|denver⟧ tonight, landing 11
⟦N|sarah⟧: mom says bring the poa papers from the desk at the ⟦S|kimball ave⟧ house
aunt ⟦N|judy⟧: i called father ⟦N|tomasz⟧ from ⟦O|st. hyacinth parish⟧, he'll come for anointing tmrw
⟦N|josh⟧: what did the scan say
⟦N|sarah⟧: liver mets bigger, dr ⟦N|ferreira⟧ said no more keytruda. hospice talk. ⟦H|journeycare⟧ has a bed at the ⟦C|barrington⟧ inpatient unit if needed
aunt ⟦N|judy⟧: grandma ⟦N|helen⟧ is ⟦A|98⟧ and asking for him, should we bring her
⟦N|sarah⟧: yes, call ⟦N|hanna⟧ at ⟦H|st. joseph village⟧ to sign her out. dad's room is 814 at ⟦H|northwestern memorial⟧
⟦N|josh⟧: ok. love you all
`);

note("trial-travel-chat-lo", `
whatsapp — ⟦N|farah siddiqui⟧ (patient navigator, ⟦O|lazarex cancer foundation⟧) ↔ ⟦N|imran qureshi⟧ — ⟦D|22/04/2099⟧
⟦N|farah⟧: salaam ⟦N|imran⟧ sahib, ⟦O|lazarex⟧ approved your trial travel: flights ⟦C|karachi⟧? no — sorry, ⟦C|dallas⟧ to ⟦C|bethesda⟧ for your ⟦O|nih⟧ visit ⟦D|may 5⟧, case ⟦I|lzx-2099-04471⟧
⟦N|imran⟧: jazakallah. my wife ⟦N|nusrat⟧ comes too. hotel?
⟦N|farah⟧: the ⟦LO|children's inn⟧ is for kids, so ⟦LO|safra family lodge⟧ at ⟦O|nih⟧ — confirmation ⟦I|sfl-88104⟧. ⟦H|nih clinical center⟧ pays 2 nights
⟦N|imran⟧: my protocol number 99-c-0117, patient number ⟦M|44-18-82-0⟧
⟦N|farah⟧: yes thats the one. the research nurse ⟦N|colleen brady⟧ ⟦P|301-555-0177⟧ will meet you at building 10. bring your ⟦H|baylor scott & white⟧ scans on cd
⟦N|imran⟧: my brother ⟦N|kamran⟧ in ⟦C|karachi⟧ is asking if he should also test for the mutation (mlh1?)
⟦N|farah⟧: yes — genetics at ⟦O|nih⟧ can send a kit abroad, ask dr ⟦N|pavlova⟧. reimbursement forms at ⟦U|lazarex.org/forms⟧, login ⟦UN|iqureshi2099⟧
`);

write();
