// Why this file exists: builds test/fixtures/clinical-notes-39.jsonl, a thirty-ninth labelled set of clinical texts
// written by hand in stop 49 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these texts (fixtures 37 and 38's generators, fixture 38's test file and fixture-io.mjs were read
// for the form and the labels), in the register of DIAGNOSTIC SERVICES REPORTS as RIS, LIS, PACS and EHR exports print
// them: radiology (CT, CTA, MRI, ultrasound, mammography with BI-RADS, DXA, PET/CT, nuclear medicine, interventional),
// an outside-film second opinion and a teleradiology discrepancy log, an amended report, surgical pathology,
// hematopathology and cytology (gross descriptions, accession, case and block numbers), a Pap test, a blood-bank
// crossmatch, microbiology and mycobacteriology with reportable-disease call-backs ("called to and read back by"), a
// critical-result call log, a tumour NGS report, hereditary-cancer and prenatal genetic counselling with pedigrees
// (relatives' names and ages, families from towns abroad), cardiology (TTE, TEE, nuclear stress, Holter, cath, EP
// study, pacemaker remote), EEG and video EEG, EMG/NCS, PFT, polysomnography, colonoscopy, ERCP, bronchoscopy with
// EBUS, audiology and a newborn ABR (16 in ALL CAPS, 5 in lower case, 24 mixed). Years are shifted as i2b2's are
// (2091-2099, dates of birth 2003-2092 where the age is given).
// Regions (towns invented or real, states and countries real): Grand Forks and Northwood, Fargo, Billings, Hardin and
// Lame Deer, Missoula, Casper, Cheyenne and Denver, Murray, Provo and Shoreline, Joplin, Huntington, Erie, Kansas City,
// Amarillo, Topeka, Boise, Nampa and Twin Falls, Lubbock, St. Louis and Rolla, St. Cloud, Lakeland, Salt Lake City,
// Shreveport, Eau Claire, Lebanon (New Hampshire), Duluth and Two Harbors, Jacksonville, Sioux City, Portland (Maine),
// Burlington and Raleigh, Milwaukee and Oak Creek, Richland and Wallula, Baton Rouge, Phoenix and Tucson, Providence,
// Norfolk, Nashville and Murfreesboro, Springfield and Chatham, Cleveland, Anchorage and Bethel, Pensacola, Sioux
// Falls and Pine Ridge, Wichita, Albany, Fort Smith and Talihina, Iowa City and Cedar Rapids, Great Falls; abroad
// Thessaloniki, Larissa, Siatista, Kavala, Oaxaca, Cebu City, Kraków, Huế, Enugu, Kumasi, Yekaterinburg, Nablus.
// PHI forms sought: report headers (patient, MRN, DOB, accession, order, encounter, FIN, CSN, case, study, specimen,
// requisition, kit and isolate numbers), ordering, referring, reading, interpreting, attending, supervising and
// performing physicians with credentials (MD, DO, PA-C, NP, DNP, FACR, FACC, FASE, FHRS, FSCAI, D-ABSM, CGC, LCGC,
// AuD, PharmD, MLS(ASCP), CT(ASCP), RDCS, RDMS, CNMT, RPSGT, RRT, CPFT, RCIS, R. EEG T., CCDS, ATC), fellows,
// residents, technologists and sonographers by initials ("TECH: KLM / RDT", "-AJF", "(ebk)"), "Comparison: CT
// 09/02/2098 from <hospital>", "called to and read back by", cc and distribution lists, relatives in pedigrees and at
// the bedside, interpreters, sites and hospitals with addresses, reference and public-health laboratories, agencies,
// practice groups, device makers and serials (scopes, recorders, probes, pacemakers and leads, a port, hearing aids, a
// dose calibrator, a densitometer), names from many origins (Vietnamese, Korean, Hmong, Arabic, Somali, Greek,
// Nigerian, Ghanaian, Mexican, Filipino, Russian, Polish, Scandinavian and Icelandic, Lakota, Crow, Yup'ik, Hawaiian,
// Samoan, Tongan, Dutch particles "van den Berg", "de Vries", Irish "Ní Bhriain", hyphens, apostrophes, nicknames in
// quotes), ages over 89 ("AGE: 92 Y", "(94 YO)", "d. 94", "died at 96", "(95 y)", "Age 93"), dates as "03/14/2099",
// "3/14/99", "3-14-99", "14-MAR-2099", "14 mar 2099", "Mar 14, 2099", "March 14, 2099", "2099-03-14", "3/14", "May
// 2097", "02/2099", a bare year.
// Hard negatives: contrast and tracers (Omnipaque 350, Gadavist, Isovue 370, Tc-99m sestamibi and MDP, F-18 FDG,
// Lexiscan), drugs (midazolam, fentanyl, propofol, levetiracetam, osimertinib, R-CHOP, FOLFOX, indomethacin), stains,
// tests and panels (Gram stain, MMR IHC, BioFire BCID2, Xpert MTB/RIF, MALDI-TOF, Afirma, Panorama, PD-L1 22C3),
// scales and systems (BI-RADS, LUNG-RADS, TI-RADS, Bethesda III, Deauville, Lugano, Gleason, Nottingham, FRAX,
// Epworth, AHI, GOLD 3, RADPEER 2b, TIMI 3), eponyms (Wolff-Parkinson-White, Murphy sign, Simpson biplane, Auer rods),
// genes and variants (BRCA1 c.5266dupC, EGFR, TP53, FLT3, MLH1), models of scopes and devices (PCF-H190DL, BF-UC190F,
// X8-2t, TJF-Q190V, Azure XT DR MRI, Horizon A, Eclipse, PowerPort), protocols, lots and block letters.
// Labelling follows fixtures 29-38 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians', technologists' and witnesses' initials are PHI; titles, ranks, degrees and cue
// words (CSN, MRN, ACC, SN) stay outside the name or number; "the" stays outside a facility; rooms, beds, bays,
// departments, units and blocks ("A1-A14", "B2", "jar 1") are left unlabelled; protocol, lot, CPT, series/image and
// model numbers are left unlabelled; hospitals, imaging, sleep and cancer centres with a place name, nursing homes and
// IHS facilities are HOSPITAL; companies, device makers named as makers, reference laboratories, public-health
// laboratories and departments, registries, practice groups, universities, schools, teams, employers, airlines,
// insurers and teleradiology services are ORGANIZATION; MRNs, charts and patient ids of a laboratory are MRN; member
// numbers HEALTHPLAN; accession, case, study, specimen, order, encounter, FIN, CSN, account, requisition, kit,
// isolate, tracking, ROI, claim, CLIA, CAP, armband, interpreter and unit numbers ID; serials of devices DEVICE;
// extensions and pagers PHONE; drug, device-model, test, score and eponym names are no PHI.
// Every person, street, organisation and number is invented here (states, countries and large cities are real, as are
// a few large hospitals, laboratories and companies named as places of care or testing); nothing is copied from any
// corpus. Inline marks ⟦CODE|text⟧ as in fixtures 3-38 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-39.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-39.jsonl", "make-clinical-fixture-39");
// ======================================================== ALL CAPS (16) ========================================================

note("ct-cap-ris-caps", `
⟦H|ALTRU HOSPITAL⟧ - DEPARTMENT OF RADIOLOGY     ⟦S|1200 S COLUMBIA RD⟧, ⟦C|GRAND FORKS⟧ ⟦STATE|ND⟧ ⟦Z|58201⟧     PH ⟦P|701-555-0140⟧
PATIENT: ⟦N|NGUYEN, THANH HUONG⟧          MRN: ⟦M|AH00771942⟧          DOB: ⟦D|02/11/1958⟧          SEX: F
ACCESSION: ⟦I|CT99031400417⟧     ORDER #: ⟦I|ORD-5580213⟧     ENC: ⟦I|E0044718823⟧
EXAM: CT CHEST ABDOMEN PELVIS WITH IV CONTRAST       DATE OF SERVICE: ⟦D|03/14/2099⟧ 08:42
ORDERING: ⟦N|BJORNSTAD, ANDERS K⟧ MD (ONCOLOGY)     REFERRING: ⟦N|OKONJO-VANG, ADAEZE⟧ NP
CONTRAST: OMNIPAQUE 350, 100 ML IV. NO IMMEDIATE REACTION. TECH: ⟦N|KLM⟧ / ⟦N|RDT⟧
COMPARISON: CT ⟦D|09/02/2098⟧ AND PET-CT ⟦D|06/17/2098⟧ FROM ⟦H|SANFORD MEDICAL CENTER FARGO⟧.
FINDINGS: 1.4 CM RLL NODULE (SERIES 3 IMAGE 88), PREVIOUSLY 0.9 CM. NEW 2.1 CM SEGMENT 7 HEPATIC LESION. NO ADENOPATHY.
IMPRESSION: 1. INTERVAL GROWTH OF RLL NODULE AND NEW HEPATIC LESION, CONCERNING FOR METASTATIC DISEASE. LUNG-RADS 4B.
FINDINGS DISCUSSED WITH DR. ⟦N|BJORNSTAD⟧ BY PHONE AT 10:05 ON ⟦D|03/14/2099⟧ BY DR. ⟦N|HALVERSON-DIOP⟧.
READ BY: ⟦N|INGRID HALVERSON-DIOP⟧, MD    FELLOW: ⟦N|TUAN LE⟧, MD    SIGNED ⟦D|03/14/2099⟧ 10:11
CC: ⟦N|ADAEZE OKONJO-VANG⟧, NP, ⟦H|ALTRU CANCER CENTER⟧ FAX ⟦F|701-555-0146⟧; ⟦N|SVEN MOEN⟧, MD (PCP), ⟦H|NORTHWOOD DEACONESS HEALTH CENTER⟧
`);

note("mammo-birads-caps", `
⟦H|BILLINGS CLINIC⟧ BREAST IMAGING CENTER        ⟦S|2800 10TH AVE N⟧  ⟦C|BILLINGS⟧, ⟦STATE|MT⟧ ⟦Z|59101⟧    FAX ⟦F|406-555-0179⟧
NAME: ⟦N|REDSTAR-MCCLOUD, WINONA J⟧     MRN ⟦M|BC-3318072⟧     DOB ⟦D|07/30/1961⟧     ACC# ⟦I|MG2099-041177⟧
EXAM DATE: ⟦D|14-MAR-2099⟧     EXAM: BILATERAL DIGITAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
HISTORY: SISTER ⟦N|LORRAINE REDSTAR⟧ BREAST CA AT 44. MOTHER ⟦N|AGNES "BIRDIE" REDSTAR⟧ OVARIAN CA, DIED AGE ⟦A|91⟧.
COMPARISON: ⟦D|03/02/2098⟧, ⟦D|02/25/2097⟧ AND OUTSIDE FILMS FROM ⟦H|CROW/NORTHERN CHEYENNE HOSPITAL⟧ ⟦D|2095⟧.
BREAST COMPOSITION: C - HETEROGENEOUSLY DENSE.
FINDINGS: 7 MM GROUP OF AMORPHOUS CALCIFICATIONS LEFT UPPER OUTER QUADRANT, POSTERIOR DEPTH, NEW.
IMPRESSION: BI-RADS 0 - INCOMPLETE. DIAGNOSTIC MAGNIFICATION VIEWS LEFT RECOMMENDED.
LETTER MAILED TO PATIENT ⟦D|03/15/2099⟧ AT ⟦S|408 CUSTER AVE⟧, ⟦C|HARDIN⟧ ⟦STATE|MT⟧ ⟦Z|59034⟧. NAVIGATOR ⟦N|TESSA LITTLELIGHT⟧ ⟦P|406-555-0183⟧.
INTERPRETED BY: ⟦N|MAGNUS ERIKSEN⟧, MD, FACR   MQSA TECH ⟦N|JLP⟧    RECALL SCHEDULED ⟦D|03/22/2099⟧ (⟦DAY|WEDNESDAY⟧)
PCP: ⟦N|DOLORES FIRE THUNDER⟧, MD, ⟦H|LAME DEER IHS CLINIC⟧  PH ⟦P|406-555-0112⟧
`);

note("surg-path-colon-caps", `
SURGICAL PATHOLOGY REPORT                      ACCESSION: ⟦I|S99-04417⟧
⟦H|PROVIDENCE ST. PATRICK HOSPITAL⟧ LABORATORY, ⟦S|500 W BROADWAY⟧, ⟦C|MISSOULA⟧ ⟦STATE|MT⟧ ⟦Z|59802⟧   CLIA ⟦I|27D0405118⟧
PATIENT: ⟦N|PAPADOPOULOS, KONSTANTINOS⟧    MRN ⟦M|PSP-00448192⟧    AGE/SEX: 67/M    DOB ⟦D|05/05/2031⟧
COLLECTED: ⟦D|03/12/2099⟧ 11:20   RECEIVED: ⟦D|03/12/2099⟧ 13:05   REPORTED: ⟦D|03/14/2099⟧ 16:48
SURGEON: ⟦N|EVANGELINE MAKRIS-TOLLEFSON⟧, MD      OTHER PHYSICIAN: ⟦N|CHIDI EZEOKE⟧, MD (GI)
SPECIMEN: A. SIGMOID COLON, SEGMENTAL RESECTION. B. DONUT, DISTAL.
GROSS: RECEIVED FRESH LABELED WITH THE PATIENT'S NAME "⟦N|PAPADOPOULOS, KONSTANTINOS⟧" AND MR# "⟦M|PSP-00448192⟧" IS A 22.5 CM SEGMENT OF COLON.
   A 3.8 X 3.1 CM ULCERATED MASS IS 6 CM FROM THE DISTAL MARGIN. REPRESENTATIVE SECTIONS IN BLOCKS A1-A14. GROSSED BY ⟦N|MNT⟧, PA(ASCP).
MICROSCOPIC: ADENOCARCINOMA, MODERATELY DIFFERENTIATED, INVADING INTO PERICOLIC FAT (PT3). 2/19 LYMPH NODES (PN1A).
   MMR IHC: MLH1, PMS2, MSH2, MSH6 INTACT. INTRADEPARTMENTAL CONSULT: DR. ⟦N|SOLVEIG AAS⟧ AGREES.
DIAGNOSIS: A. SIGMOID COLON: INVASIVE ADENOCARCINOMA, G2, PT3 PN1A. MARGINS NEGATIVE. B. DONUT: NO TUMOR.
ELECTRONICALLY SIGNED: ⟦N|RAFAEL ORTEGA-BLACKFEATHER⟧, MD, PATHOLOGIST   ⟦D|03/14/2099⟧
COPY TO: ⟦N|E. MAKRIS-TOLLEFSON⟧ MD; ⟦O|MONTANA TUMOR REGISTRY⟧; ⟦O|WESTERN MONTANA CLINIC⟧ GI ⟦F|406-555-0151⟧
`);

note("blood-bank-crossmatch-caps", `
BLOOD BANK - TYPE AND CROSSMATCH REPORT         ⟦H|WYOMING MEDICAL CENTER⟧ TRANSFUSION SERVICE    ⟦C|CASPER⟧ ⟦STATE|WY⟧
PT: ⟦N|ALKHATIB, OMAR YOUSEF⟧   MRN ⟦M|WMC0091774⟧   ARMBAND ⟦I|BB-4471902⟧   DOB ⟦D|10/02/1949⟧   ENC ⟦I|V00881247⟧
SPECIMEN ⟦I|BB99-031417⟧ COLLECTED ⟦D|03/14/2099⟧ 0210 BY ⟦N|JDW⟧ (PHLEB), VERIFIED BY ⟦N|TALIA NAKAMURA-FINCH⟧, RN
ABO/RH: O NEG. ANTIBODY SCREEN: POSITIVE. ANTI-K (KELL) IDENTIFIED. DAT NEGATIVE.
HISTORY: PRIOR ANTI-K NOTED ⟦D|2094⟧ AT ⟦H|CHEYENNE REGIONAL MEDICAL CENTER⟧ (RECORDS FAXED FROM ⟦F|307-555-0128⟧).
UNITS CROSSMATCHED (AHG, COMPATIBLE, K-NEG): ⟦I|W0419 99 041177⟧, ⟦I|W0419 99 041183⟧. SUPPLIER: ⟦O|VITALANT⟧ ⟦C|DENVER⟧.
ORDERING: ⟦N|FAISAL HADDAD⟧, MD (SICU)    BLOOD BANK MD: ⟦N|GUNHILD SORENSEN⟧, MD   PAGER ⟦P|4417⟧
DELAY NOTICE CALLED TO AND READ BACK BY ⟦N|BRENNA O'TOOLE⟧, RN AT 0355 ⟦D|03/14/2099⟧ - MLS ⟦N|K. ABERNATHY⟧
PT'S SON ⟦N|YOUSEF ALKHATIB⟧ (⟦P|307-555-0164⟧) ASKED ABOUT DIRECTED DONATION; REFERRED TO ⟦O|VITALANT⟧ ⟦P|307-555-0100⟧.
`);

note("micro-reportable-caps", `
MICROBIOLOGY - FINAL REPORT     ⟦O|INTERMOUNTAIN CENTRAL LABORATORY⟧, ⟦S|5252 S INTERMOUNTAIN DR⟧, ⟦C|MURRAY⟧ ⟦STATE|UT⟧ ⟦Z|84107⟧
PATIENT: ⟦N|TUILAGI, SEMISI⟧     MRN ⟦M|IHC-77102948⟧     DOB ⟦D|04/18/2001⟧     LOCATION: ⟦H|UTAH VALLEY HOSPITAL⟧ 4W
SOURCE: CSF   ACCESSION ⟦I|M99-073-00412⟧   COLLECTED ⟦D|03/12/2099⟧ 2305   FINAL ⟦D|03/14/2099⟧ 0940
GRAM STAIN: GRAM NEGATIVE DIPLOCOCCI, MANY PMNS.
CULTURE: NEISSERIA MENINGITIDIS. SEROGROUP B PER ⟦O|UTAH PUBLIC HEALTH LABORATORY⟧ (ISOLATE ⟦I|UPHL-99-1184⟧).
SUSCEPTIBILITY: CEFTRIAXONE S, PENICILLIN I, CIPROFLOXACIN S.
***REPORTABLE DISEASE*** REPORTED TO ⟦O|UTAH COUNTY HEALTH DEPARTMENT⟧, ⟦N|COURTNEY MAIAVA⟧ ⟦P|801-555-0190⟧, ⟦D|03/13/2099⟧ 0815.
CRITICAL VALUE CALLED TO AND READ BACK BY ⟦N|PETER VAN DEN BERG⟧, RN, ON ⟦D|03/13/2099⟧ AT 0012 BY ⟦N|HDK⟧.
ORDERING PHYSICIAN: ⟦N|MARISOL ECHEVERRIA⟧, MD    ID CONSULT: ⟦N|ABIODUN FASHOLA⟧, MD
CONTACTS: ROOMMATE ⟦N|LOSA FETUAO⟧, ⟦O|BRIGHAM YOUNG UNIVERSITY⟧ DORM; PROPHYLAXIS ARRANGED BY ⟦O|BYU STUDENT HEALTH⟧ ⟦P|801-555-0111⟧.
`);

note("echo-tte-caps", `
TRANSTHORACIC ECHOCARDIOGRAM REPORT      ⟦H|MERCY HOSPITAL JOPLIN⟧ HEART AND VASCULAR     ⟦S|100 MERCY WAY⟧, ⟦C|JOPLIN⟧ ⟦STATE|MO⟧ ⟦Z|64804⟧
PATIENT: ⟦N|CHAVARRIA-WOLFE, ESPERANZA⟧   MRN: ⟦M|MJ0045517⟧   DOB: ⟦D|01/22/2007⟧   AGE: ⟦A|92⟧ Y   BSA 1.52
STUDY DATE: ⟦D|03/14/2099⟧   ACC: ⟦I|EC-99-112048⟧   SONOGRAPHER: ⟦N|DKB⟧, RDCS   MACHINE SN ⟦DEV|EPQ7-US41177⟧
REFERRING: ⟦N|OTIENO, BARNABAS⟧ MD     INDICATION: DYSPNEA, MURMUR.
PRIOR: TTE ⟦D|06/03/2096⟧ (OUTSIDE, ⟦H|FREEMAN HEALTH SYSTEM⟧).
LV: NORMAL SIZE, EF 55-60% BY SIMPSON BIPLANE. GRADE II DIASTOLIC DYSFUNCTION.
AORTIC VALVE: SEVERELY CALCIFIED, PEAK VEL 4.6 M/S, MEAN GRAD 52 MMHG, AVA 0.7 CM2 (CONTINUITY). SEVERE AS.
CONCLUSIONS: SEVERE CALCIFIC AORTIC STENOSIS, NEW SINCE ⟦D|2096⟧. REFERRED TO STRUCTURAL HEART CLINIC (TAVR).
INTERPRETING PHYSICIAN: ⟦N|HENRIK LUNDQVIST⟧, MD, FACC     FINALIZED ⟦D|03/14/2099⟧ 15:30
CC: ⟦N|BARNABAS OTIENO⟧, MD, ⟦O|FOUR STATES FAMILY MEDICINE⟧, FAX ⟦F|417-555-0138⟧. DAUGHTER ⟦N|GRACIELA WOLFE⟧ ⟦P|417-555-0161⟧ REQUESTS COPY.
`);

note("stress-test-caps", `
NUCLEAR STRESS TEST (REGADENOSON SPECT MPI)       DATE: ⟦D|3-14-99⟧        ⟦H|ST. MARY'S MEDICAL CENTER⟧, ⟦C|HUNTINGTON⟧ ⟦STATE|WV⟧
PT ⟦N|KOWALCZYK, STANISLAW⟧    MR# ⟦M|SMMC-0019847⟧    DOB ⟦D|12/09/1950⟧    FIN ⟦I|F99073144218⟧
REFERRING MD: ⟦N|ADEYEMI-HOLLOWAY, FOLASADE⟧      SUPERVISING: ⟦N|C. RUTHERFORD⟧, NP     NUC TECH: ⟦N|ABW⟧, CNMT
PROTOCOL: ONE-DAY REST/STRESS. TC-99M SESTAMIBI 10.2 MCI REST, 31.4 MCI STRESS. LEXISCAN 0.4 MG IV.
ECG: SINUS RHYTHM, NO ST CHANGES. SYMPTOMS: FLUSHING. AMINOPHYLLINE NOT GIVEN.
IMAGES: MODERATE-SIZED, SEVERE, REVERSIBLE INFEROLATERAL DEFECT. TID 1.21. GATED EF 48%.
COMPARED WITH STUDY ⟦D|04/11/2097⟧ FROM ⟦H|CABELL HUNTINGTON HOSPITAL⟧: NEW ISCHEMIA.
RESULTS PHONED TO DR. ⟦N|ADEYEMI-HOLLOWAY⟧'S OFFICE (⟦N|MARGO⟧, MA) ⟦P|304-555-0157⟧ AT 1340.
READING PHYSICIAN: ⟦N|VIKRAM SUBRAMANIAM⟧, MD   ⟦D|03/14/2099⟧   CATH LAB SCHEDULING ⟦P|304-555-0120⟧ X ⟦P|316⟧
ADDENDUM ⟦D|03/15/2099⟧: CATH SCHEDULED ⟦D|03/18/2099⟧ WITH ⟦N|ELIAS MAKHOUL⟧, MD. PT'S DAUGHTER ⟦N|JADWIGA KOWALCZYK-REESE⟧ ⟦P|304-555-0198⟧ WILL DRIVE. -⟦N|VS⟧
`);

note("holter-caps", `
48-HOUR HOLTER MONITOR REPORT        ⟦O|TRI-STATE CARDIOLOGY ASSOCIATES⟧, ⟦S|4100 W 4TH ST STE 210⟧, ⟦C|ERIE⟧ ⟦STATE|PA⟧ ⟦Z|16505⟧
PATIENT: ⟦N|MBEKI-LARSSON, THEMBA⟧    DOB ⟦D|08/14/1972⟧    ACCT ⟦I|TSC-0772918⟧    RECORDER SN ⟦DEV|H3P-2210448⟧
HOOKUP: ⟦D|03/10/2099⟧ 09:15 BY ⟦N|SKR⟧.   REMOVED: ⟦D|03/12/2099⟧ 09:20.   SCANNED BY ⟦N|LUZ AGUILAR-PENA⟧, CCT.
INDICATION: PALPITATIONS, PRESYNCOPE ON ⟦D|MARCH 3⟧ WHILE DRIVING FOR ⟦O|ERIE METRO TRANSIT⟧ (⟦PROF|BUS DRIVER⟧).
BASIC RHYTHM: SINUS, HR 48-131, AVG 74.
FINDINGS: 3 RUNS NSVT, LONGEST 9 BEATS AT 172 BPM (⟦D|03/11⟧ 02:14). PVC BURDEN 7.8%. NO PAUSES > 2.5 S.
DIARY: "HEART FLUTTERING" ⟦D|3/11⟧ 14:05 CORRELATES WITH PVC COUPLETS.
INTERPRETED BY: ⟦N|ANASTASIA VOLKOVA⟧, MD, FHRS    ⟦D|03/14/2099⟧
CC: ⟦N|D. MCALLISTER-ODUYA⟧, DO, ⟦O|MILLCREEK FAMILY PRACTICE⟧  FAX ⟦F|814-555-0193⟧
`);

note("cath-report-caps", `
CARDIAC CATHETERIZATION REPORT     ⟦H|UPMC HAMOT⟧ CATH LAB 2     CASE # ⟦I|CL-99-0871⟧      DATE ⟦D|03/14/2099⟧
PATIENT: ⟦N|DOUGLAS, TERRENCE "TJ" JR.⟧  MRN ⟦M|UH4410278⟧  DOB ⟦D|11/30/1963⟧   HT 178 CM WT 102 KG
OPERATOR: ⟦N|OLUWASEUN ADEBAYO-KRAUSE⟧, MD, FSCAI     FELLOW: ⟦N|NGOC-ANH TRAN⟧, MD     SCRUB: ⟦N|RTB⟧, RCIS     CIRCULATOR: ⟦N|MRD⟧, RN
ACCESS: R RADIAL 6F. SEDATION: MIDAZOLAM 2 MG, FENTANYL 50 MCG.
CORONARIES: LM NORMAL. LAD 90% PROXIMAL. LCX 40%. RCA DOMINANT, 70% MID.
INTERVENTION: PCI PROX LAD, 3.0 X 18 MM DES (LOT 2299817). TIMI 3 FLOW. NO COMPLICATIONS.
PLAN: DAPT 12 MONTHS. STAGED RCA PCI ⟦D|04/02/2099⟧. WIFE ⟦N|ROCHELLE DOUGLAS⟧ UPDATED IN WAITING ROOM ⟦P|814-555-0125⟧.
REFERRING: ⟦N|ANASTASIA VOLKOVA⟧, MD.    PCP: ⟦N|IGNATIUS NWOSU⟧, MD, ⟦O|ERIE FAMILY HEALTH⟧.
SIGNED ⟦D|03/14/2099⟧ 17:02 ⟦N|O. ADEBAYO-KRAUSE⟧
ADDENDUM ⟦D|03/15/2099⟧ 0710: R RADIAL SITE CLEAN, TR BAND OFF. DISCHARGED TO ⟦S|2714 PEACH ST⟧, ⟦C|ERIE⟧ ⟦Z|16508⟧. CARDIAC REHAB AT ⟦H|SAINT VINCENT HOSPITAL⟧ ⟦P|814-555-0176⟧. -⟦N|NAT⟧
`);

note("eeg-caps", `
ELECTROENCEPHALOGRAM REPORT      ⟦H|CHILDREN'S MERCY HOSPITAL⟧ NEURODIAGNOSTICS, ⟦C|KANSAS CITY⟧ ⟦STATE|MO⟧       EEG # ⟦I|EEG-99-0317⟧
PATIENT: ⟦N|HA, MIN-JUN⟧     MRN ⟦M|CMH-2280147⟧     DOB ⟦D|06/06/2092⟧     AGE 6 Y
DATE OF RECORDING: ⟦D|03/13/2099⟧   DURATION: 62 MIN (ROUTINE, AWAKE AND ASLEEP)   TECHNOLOGIST: ⟦N|PDQ⟧, R. EEG T.
REFERRING: ⟦N|SEO-YEON KWON⟧, MD (PEDIATRIC NEUROLOGY)    MEDS: LEVETIRACETAM
HISTORY: STARING SPELLS REPORTED BY TEACHER MRS. ⟦N|ALVARADO⟧ AT ⟦O|PRAIRIE STAR ELEMENTARY⟧ SINCE ⟦D|JANUARY⟧.
FINDINGS: POSTERIOR DOMINANT RHYTHM 8 HZ. HYPERVENTILATION PROVOKED 3 HZ GENERALIZED SPIKE-AND-WAVE FOR 9 S WITH BEHAVIORAL ARREST.
IMPRESSION: ABNORMAL EEG CONSISTENT WITH CHILDHOOD ABSENCE EPILEPSY.
INTERPRETED BY: ⟦N|KONSTANTIN BELOUSOV⟧, MD, PHD (EPILEPSY FELLOW ⟦N|AISHA AL-MANSOORI⟧, MD)  ⟦D|03/14/2099⟧
RESULTS TO MOTHER ⟦N|JI-HYE HA⟧ BY PHONE ⟦P|816-555-0122⟧; FATHER ⟦N|DONG-HYUN HA⟧ WORKS AT ⟦O|CERNER⟧.
ADDENDUM ⟦D|03/15/2099⟧: DISCUSSED WITH DR. ⟦N|KWON⟧; ETHOSUXIMIDE STARTED. SCHOOL NURSE ⟦N|DELPHINE ACHTERBERG⟧ FAX ⟦F|816-555-0190⟧. -⟦N|KB⟧
`);

note("emg-ncs-caps", `
ELECTRODIAGNOSTIC CONSULTATION (EMG/NCS)        ⟦O|PANHANDLE PHYSICAL MEDICINE AND REHABILITATION⟧    ⟦C|AMARILLO⟧ ⟦STATE|TX⟧
PATIENT: ⟦N|VILLARREAL GARZA, EUSEBIO⟧     DOB: ⟦D|03/03/1969⟧     CHART: ⟦M|PPMR-11827⟧     DATE: ⟦D|03/14/99⟧
REFERRED BY: ⟦N|TOBIAS WENDELL-AGUIRRE⟧, PA-C, ⟦O|CANYON ORTHOPEDIC GROUP⟧, FAX ⟦F|806-555-0148⟧
COMPLAINT: BILATERAL HAND NUMBNESS X 8 MO. ⟦PROF|WELDER⟧ AT ⟦O|PANTEX⟧. RIGHT HANDED.
NCS: R MEDIAN DISTAL MOTOR LATENCY 6.1 MS (NL <4.4), SENSORY ABSENT. L MEDIAN DML 4.9 MS. ULNAR NORMAL BILATERALLY.
EMG: R APB FIBS 1+, REDUCED RECRUITMENT. C5-T1 MYOTOMES OTHERWISE NORMAL.
IMPRESSION: SEVERE R AND MODERATE L MEDIAN NEUROPATHY AT THE WRIST (CARPAL TUNNEL SYNDROME). NO CERVICAL RADICULOPATHY.
PERFORMED AND INTERPRETED BY: ⟦N|HIROSHI YAMAMOTO-REYES⟧, MD     ASSISTED BY ⟦N|CLT⟧
WORK COMP CLAIM ⟦I|TX-WC-99-4471820⟧, ADJUSTER ⟦N|BRANDI KOHLMEYER⟧ ⟦P|806-555-0133⟧.
ADDENDUM ⟦D|03/16/2099⟧: SURGICAL REFERRAL TO ⟦N|LUCIANO BERTOLUCCI⟧, MD, ⟦O|HIGH PLAINS HAND SURGERY⟧ ⟦P|806-555-0175⟧. PT'S SPOUSE ⟦N|ROSARIO VILLARREAL⟧ ⟦P|806-555-0124⟧. -⟦N|HYR⟧
`);

note("pft-caps", `
PULMONARY FUNCTION LABORATORY       ⟦H|UNIVERSITY OF KANSAS HEALTH SYSTEM ST. FRANCIS CAMPUS⟧, ⟦C|TOPEKA⟧ ⟦STATE|KS⟧
NAME: ⟦N|RASMUSSEN, EIRIK TORVALD⟧   MRN ⟦M|SF0082271⟧   DOB ⟦D|09/09/2008⟧   AGE ⟦A|90⟧   HT 183 CM   WT 77 KG   RACE-NEUTRAL GLI
TEST DATE: ⟦D|03/14/2099⟧   TECH: ⟦N|WJH⟧, RRT, CPFT    EQUIPMENT SN ⟦DEV|VMX-6200-11482⟧
ORDERING: ⟦N|PRIYA VENKATARAMAN⟧, MD     INDICATION: PRE-OP (ELECTIVE HERNIA), DYSPNEA ON EXERTION.
SPIROMETRY: FEV1 1.42 L (54% PRED), FVC 2.98 L (76%), FEV1/FVC 0.48. POST-BD FEV1 +6%.
LUNG VOLUMES: TLC 118%, RV 164%. DLCO 41% PRED.
INTERPRETATION: SEVERE OBSTRUCTION WITHOUT SIGNIFICANT BRONCHODILATOR RESPONSE, HYPERINFLATION, AIR TRAPPING, SEVERELY REDUCED DIFFUSION. GOLD 3.
COMPARED TO ⟦D|08/2097⟧ (⟦H|STORMONT VAIL HOSPITAL⟧): FEV1 DOWN 210 ML.
READ BY: ⟦N|OYELARAN, BABATUNDE⟧ MD   ⟦D|03/15/2099⟧    PT'S NEPHEW ⟦N|KJELL RASMUSSEN⟧ DROVE HIM ⟦P|785-555-0172⟧
ADDENDUM ⟦D|03/16/99⟧: RESULTS FAXED TO SURGEON ⟦N|DARIUS FEKADU⟧, MD ⟦F|785-555-0140⟧; PRE-OP CLINIC ⟦N|JOLENE TWOGUNS⟧, RN NOTIFIED. -⟦N|BO⟧
`);

note("psg-sleep-caps", `
POLYSOMNOGRAPHY REPORT - DIAGNOSTIC       ⟦H|ST. LUKE'S SLEEP CENTER⟧, ⟦S|600 N ROBBINS RD⟧, ⟦C|BOISE⟧ ⟦STATE|ID⟧ ⟦Z|83702⟧
PATIENT: ⟦N|ABDIRAHMAN, HODAN⟧    DOB ⟦D|02/28/2038⟧    MRN ⟦M|SLH-4471028⟧    STUDY ⟦I|PSG-99-0412⟧    NIGHT OF ⟦D|03/12/2099⟧
REFERRING: ⟦N|WHITFIELD-OSEI, CORA⟧, DNP   EPWORTH 16/24.   BMI 38.
SCORED BY: ⟦N|ROSA QUINTANILLA⟧, RPSGT     TECH ON NIGHT: ⟦N|JMB⟧
TOTAL SLEEP TIME 341 MIN, EFFICIENCY 76%. AHI 42.7/H (REM 61.0). SPO2 NADIR 79%. NO PLMS.
DIAGNOSIS: SEVERE OBSTRUCTIVE SLEEP APNEA (G47.33).
RECOMMEND: CPAP TITRATION; DME ⟦O|NORCO MEDICAL⟧ ⟦P|208-555-0114⟧. DROWSY DRIVING COUNSELLED (⟦PROF|DELIVERY DRIVER⟧, ⟦O|AMAZON⟧).
INTERPRETING PHYSICIAN: ⟦N|GUDRUN HALLDORSDOTTIR⟧, MD, D-ABSM   ⟦D|03/14/2099⟧
INTERPRETER USED: ⟦N|FARHIYA WARSAME⟧ (SOMALI) ID ⟦I|INT-2281⟧. HUSBAND ⟦N|ABDI HASSAN⟧ ⟦P|208-555-0199⟧.
`);

note("critical-call-log-caps", `
CRITICAL RESULT NOTIFICATION LOG - LABORATORY     ⟦H|LUBBOCK HEART & SURGICAL HOSPITAL⟧       SHIFT ⟦D|03/14/2099⟧ NIGHTS
0112  ⟦N|SALAZAR, REYNALDO⟧  MRN ⟦M|LHS0081177⟧  ACC ⟦I|C99073-1120⟧  K+ 6.9  CALLED TO ⟦N|T. FLORES⟧ RN, READ BACK. -⟦N|KGM⟧
0148  ⟦N|BEN-DAVID, NAOMI⟧  MRN ⟦M|LHS0081422⟧  ACC ⟦I|C99073-1187⟧  TROPONIN I 4.81  CALLED TO DR. ⟦N|OKORO⟧ (HOSPITALIST) PAGER ⟦P|2261⟧, READ BACK. -⟦N|KGM⟧
0233  ⟦N|NAKAMURA, HARUTO⟧  MRN ⟦M|LHS0080976⟧  ACC ⟦I|C99073-1202⟧  INR 9.4  UNIT UNREACHABLE X2; CALLED ⟦N|ESTELLA VIGIL⟧, HOUSE SUPERVISOR ⟦P|806-555-0107⟧, READ BACK. -⟦N|AJF⟧
0410  ⟦N|THUNDERBIRD, WILMA⟧  MRN ⟦M|LHS0081503⟧  ACC ⟦I|C99073-1260⟧  GLUCOSE 38  CALLED TO ⟦N|MARTIN DELACROIX⟧ RN, READ BACK. -⟦N|AJF⟧
0455  ⟦N|ESPARZA, LUPITA⟧ (⟦A|94⟧ YO)  MRN ⟦M|LHS0081519⟧  ACC ⟦I|C99073-1271⟧  HGB 5.8  CALLED TO ⟦N|ABERNATHY-SOLIS⟧, MD, READ BACK. -⟦N|AJF⟧
0530  OUTPATIENT ⟦N|PHAM, QUOC BAO⟧  DOB ⟦D|05/19/2039⟧  ACC ⟦I|C99073-1300⟧  LITHIUM 2.4  ORDERING ⟦O|COVENANT FAMILY HEALTH⟧ AFTER-HOURS LINE ⟦P|806-555-0166⟧, DR. ⟦N|LINDGREN⟧ READ BACK. -⟦N|AJF⟧
REVIEWED: ⟦N|HARRIET OYELOWO-BANKS⟧, MT(ASCP), SUPERVISOR  ⟦D|03/14/2099⟧ 0700
`);

note("outside-film-overread-caps", `
OUTSIDE IMAGING CONSULTATION (SECOND OPINION)     ⟦H|BARNES-JEWISH HOSPITAL⟧ MALLINCKRODT INSTITUTE OF RADIOLOGY, ⟦C|ST. LOUIS⟧ ⟦STATE|MO⟧
PATIENT: ⟦N|ARGYROPOULOS, ELENI⟧    MRN ⟦M|BJH-60017728⟧    DOB ⟦D|10/17/2019⟧    OUTSIDE ACC ⟦I|PRM-CT-2287714⟧    LOCAL ACC ⟦I|OSC99-00318⟧
OUTSIDE STUDY: MRI BRAIN W/WO ⟦D|02/27/2099⟧, ⟦H|PHELPS HEALTH⟧, ⟦C|ROLLA⟧ ⟦STATE|MO⟧. CD RECEIVED ⟦D|03/10/2099⟧ VIA COURIER (⟦O|MEDSPEED⟧ TRACKING ⟦I|MSP449102277⟧).
ORIGINAL READ: ⟦N|GARFIELD T. MOSS⟧, MD ("ENHANCING LESION, FAVOR GLIOBLASTOMA").
REQUESTED BY: ⟦N|LEILANI KAHANANUI⟧, MD, NEURO-ONCOLOGY    CLINIC ⟦P|314-555-0149⟧
OVERREAD: 2.6 CM RIM-ENHANCING LEFT PARIETAL LESION WITH RESTRICTED DIFFUSION CENTRALLY AND SMOOTH THIN WALL. FINDINGS FAVOR ABSCESS OVER NEOPLASM.
DISCREPANCY: MAJOR. ORIGINAL READER NOTIFIED BY FAX ⟦F|573-555-0102⟧ ⟦D|03/14/2099⟧.
DISCUSSED WITH DR. ⟦N|KAHANANUI⟧ AT 11:40 ⟦D|03/14/2099⟧; NEUROSURGERY (⟦N|ZORAN PETROVIC⟧, MD) AWARE.
NEURORADIOLOGIST: ⟦N|AMARACHI EZE-FITZGERALD⟧, MD    ATTESTING: ⟦N|JOHANNES VAN DER MERWE⟧, MD    ⟦D|3/14/99⟧
PT'S HUSBAND ⟦N|SPYRIDON ARGYROPOULOS⟧ ⟦P|573-555-0188⟧, ⟦S|1912 FOREST AVE⟧, ⟦C|ROLLA⟧ ⟦Z|65401⟧.
`);

note("thyroid-fna-cyto-caps", `
CYTOPATHOLOGY REPORT - FINE NEEDLE ASPIRATION     ⟦H|CENTRACARE ST. CLOUD HOSPITAL⟧   ⟦C|ST. CLOUD⟧ ⟦STATE|MN⟧     CASE ⟦I|FN99-00871⟧
PATIENT: ⟦N|YANG, PA NOU⟧     MRN ⟦M|CC-01947728⟧     DOB ⟦D|07/04/2052⟧     COLLECTED ⟦D|03/11/2099⟧    SIGNED OUT ⟦D|03/14/2099⟧
PROCEDURE: US-GUIDED FNA, LEFT THYROID NODULE 2.4 CM, TI-RADS 4. 25G X 4 PASSES. PERFORMED BY ⟦N|ABDULLAHI MUSE⟧, MD (RADIOLOGY).
ROSE: ADEQUATE, BY ⟦N|CTJ⟧, CT(ASCP).
DIAGNOSIS: ATYPIA OF UNDETERMINED SIGNIFICANCE (BETHESDA III). MOLECULAR TESTING SENT TO ⟦O|VERACYTE⟧ (AFIRMA), REQ ⟦I|AFR-99-7731048⟧.
CYTOTECHNOLOGIST: ⟦N|MELISSA THAO-HANSEN⟧, SCT(ASCP)   CYTOPATHOLOGIST: ⟦N|OLAF BRANDVOLD⟧, MD
ENDOCRINOLOGIST: ⟦N|XIONG, KOU⟧, MD, ⟦O|ST. CLOUD ENDOCRINE ASSOCIATES⟧   FAX ⟦F|320-555-0114⟧
PT PREFERS HMONG; DAUGHTER ⟦N|MAI YANG-LOR⟧ ⟦P|320-555-0131⟧ INTERPRETS. INSURANCE ⟦O|MEDICA⟧ ⟦HP|MED44812907⟧.
`);

// ======================================================== lower case (5) ========================================================

note("us-ruq-lower", `
ultrasound abdomen limited (ruq)     ⟦H|lakeland regional health⟧ imaging, ⟦S|1324 lakeland hills blvd⟧, ⟦C|lakeland⟧ ⟦STATE|fl⟧ ⟦Z|33805⟧
pt: ⟦N|dang, kim loan⟧   mrn ⟦M|lrh4471902⟧   dob ⟦D|11/08/2046⟧   acc ⟦I|us99-0314-0077⟧   exam date ⟦D|3/14/2099⟧
ordering: ⟦N|benedetta ruiz-okafor⟧, pa-c (ed)   sonographer: ⟦N|tkv⟧, rdms
clinical: ruq pain, fever 38.9, alk phos 412.
comparison: ct abd ⟦D|11/21/2097⟧ (⟦H|watson clinic⟧).
findings: gallbladder distended with multiple shadowing stones, wall 6 mm, pericholecystic fluid, sonographic murphy sign positive. cbd 9 mm.
impression: acute calculous cholecystitis. cbd dilation, consider mrcp.
discussed with ⟦N|ruiz-okafor⟧ pa by phone at 16:20 on ⟦D|3/14/2099⟧ by ⟦N|fernando aguilar-petersen⟧, md.
read by ⟦N|fernando aguilar-petersen⟧, md; signed ⟦D|03/14/2099⟧ 16:26
son ⟦N|minh dang⟧ (⟦P|863-555-0129⟧) at bedside, works at ⟦O|publix⟧ corporate.
`);

note("genetic-counsel-lower", `
genetic counseling note — hereditary cancer clinic, ⟦H|huntsman cancer institute⟧, ⟦C|salt lake city⟧ ⟦STATE|ut⟧     visit ⟦D|03/14/2099⟧
patient: ⟦N|sofia anagnostopoulou-reyes⟧, 41 y/o f   mrn ⟦M|hci-0081274⟧   dob ⟦D|05/30/2057⟧   referred by dr. ⟦N|kwame asante⟧ (breast surgery)
genetic counselor: ⟦N|hannah lindqvist-mbatha⟧, ms, cgc    present: pt and her husband ⟦N|marco reyes⟧
pedigree (3 generations, proband's report):
- mother ⟦N|eleni anagnostopoulou⟧, 68, triple-negative breast ca at 52, living in ⟦C|thessaloniki⟧, ⟦COUNTRY|greece⟧.
- maternal aunt ⟦N|despina kaloudi⟧, d. 59 of ovarian ca; her daughter ⟦N|katerina kaloudi⟧, 37, unaffected, ⟦C|larissa⟧.
- maternal grandmother ⟦N|vasiliki anagnostopoulou⟧, d. ⟦A|94⟧, "stomach cancer" in her 70s, from the village of ⟦C|siatista⟧.
- father ⟦N|dimitrios anagnostopoulos⟧, 70, prostate ca gleason 3+4=7, ⟦C|kavala⟧, ⟦COUNTRY|greece⟧; husband's mother ⟦N|guadalupe ortiz⟧ of ⟦C|oaxaca⟧, ⟦COUNTRY|mexico⟧ (not a blood relative).
- brother ⟦N|nikos anagnostopoulos⟧, 44, ⟦C|phoenix⟧; daughter ⟦N|ariadne reyes⟧, 12.
testing: 84-gene panel sent to ⟦O|invitae⟧, requisition ⟦I|rq-99-4471908⟧, kit ⟦I|inv-kit-22810473⟧. insurance ⟦O|selecthealth⟧ member ⟦HP|sh00448127⟧.
result (addendum ⟦D|03/28/2099⟧): pathogenic brca1 c.5266dupc. cascade letters for maternal relatives mailed; ⟦N|katerina⟧ to test via ⟦O|ambry genetics⟧.
counselor line ⟦P|801-555-0176⟧, ⟦E|hcc.genetics@huntsman.example⟧.
`);

note("colonoscopy-lower", `
procedure report — colonoscopy         ⟦H|saint alphonsus medical center - nampa⟧ endoscopy, ⟦C|nampa⟧ ⟦STATE|id⟧       date ⟦D|14 mar 2099⟧
patient ⟦N|rosalinda tupou-fifita⟧   mrn ⟦M|sa-7718204⟧   dob ⟦D|09/14/2048⟧   enc ⟦I|92817740⟧
endoscopist: ⟦N|jae-won shin⟧, md    anesthesia: ⟦N|peder ostby⟧, crna (mac, propofol)    nurse: ⟦N|mlk⟧ / tech ⟦N|dgh⟧
referring: ⟦N|alisi vake⟧, np, ⟦O|terry reilly health services⟧
indication: positive fit ⟦D|02/2099⟧; family hx (father ⟦N|sione tupou⟧ colon ca at 58).
scope: pcf-h190dl sn ⟦DEV|2917734⟧. prep: boston bowel prep scale 8. cecum reached, ileum intubated.
findings: 12 mm sessile polyp ascending colon, cold snare, retrieved (jar 1). 4 mm sigmoid polyp, cold forceps (jar 2). pan-diverticulosis.
specimens to pathology: ⟦I|s99-05122⟧.
recommendation: repeat colonoscopy in 3 years pending path. letter to ⟦N|alisi vake⟧ np, fax ⟦F|208-555-0115⟧.
driver: daughter ⟦N|mele tupou-fifita⟧ ⟦P|208-555-0182⟧.
addendum ⟦D|3/18/2099⟧: path ⟦I|s99-05122⟧ tubular adenomas x2 (⟦N|petra vlasic⟧, md). result letter mailed to ⟦S|1804 e amity ave⟧, ⟦C|nampa⟧ ⟦Z|83686⟧. — ⟦N|jws⟧
`);

note("audiology-lower", `
audiologic evaluation     ⟦O|magic valley ear nose and throat⟧ audiology, ⟦S|630 addison ave w⟧, ⟦C|twin falls⟧ ⟦STATE|id⟧ ⟦Z|83301⟧
patient: ⟦N|obadiah whitecloud⟧   dob ⟦D|4/2/2006⟧ (⟦A|92⟧ y/o)   acct ⟦I|mve-0044718⟧   date ⟦D|3/14/99⟧
audiologist: ⟦N|marisela cortez-hahn⟧, aud, ccc-a     referred by: dr. ⟦N|pham⟧
history: progressive bilateral hearing loss; worked 40 years at ⟦O|amalgamated sugar⟧ (⟦PROF|boiler operator⟧). wife ⟦N|lorene whitecloud⟧ reports tv loud.
otoscopy: clear bilaterally. tympanometry: type a bilaterally.
pure tones: moderate-to-severe sloping sensorineural loss bilaterally, r slightly worse. wrs 64% r, 72% l at 85 db hl.
recommendations: bilateral hearing aids; current aids (⟦D|2091⟧, sn ⟦DEV|ra-1183-40992⟧ and ⟦DEV|ra-1183-40998⟧) no longer adequate.
   trial of new devices at ⟦O|costco hearing aid center⟧ declined; fitting here ⟦D|april 2nd⟧ (⟦DAY|thursday⟧).
   ent follow-up with ⟦N|gunnar skaug⟧, md. copy to pcp ⟦N|thi ngoc pham⟧, md, ⟦H|st. luke's magic valley⟧ family medicine, fax ⟦F|208-555-0127⟧.
clinic phone ⟦P|208-555-0124⟧. medicare only; supplement ⟦O|blue cross of idaho⟧ ⟦HP|bci7710482⟧.
`);

note("ir-port-lower", `
interventional radiology procedure note     ⟦H|ochsner lsu health shreveport⟧, ⟦C|shreveport⟧ ⟦STATE|la⟧     acc ⟦I|ir99-00418⟧     ⟦D|2099-03-14⟧
patient: ⟦N|thibodeaux, marie-claire⟧   mrn ⟦M|olsu-2204871⟧   dob ⟦D|06/21/2041⟧
procedure: right internal jugular single-lumen chest port placement.
operators: ⟦N|adaeze nnamdi-broussard⟧, md (attending); ⟦N|ravi kulkarni⟧, md (ir resident). rt: ⟦N|jlc⟧.
sedation: moderate, midazolam 2 mg / fentanyl 100 mcg, monitored by ⟦N|kimberly dartez⟧, rn. time 32 min.
device: ⟦O|bard⟧ powerport, sn ⟦DEV|rfx4471902⟧, catheter tip at cavoatrial junction. fluoro 1.2 min, 14 mgy.
complications: none. ebl minimal.
ordering: ⟦N|landry, beau⟧, md, ⟦H|feist-weiller cancer center⟧ (oncology) — port ready for folfox ⟦D|3/16⟧.
patient card with device serial given; husband ⟦N|remy thibodeaux⟧ ⟦P|318-555-0164⟧ was updated. ir nurse line ⟦P|318-555-0100⟧ x ⟦P|4417⟧.
addendum ⟦D|3/15/2099⟧: port accessed without difficulty in infusion by ⟦N|shondra guidry⟧, rn; oncology nurse navigator ⟦N|celeste arceneaux⟧ ⟦P|318-555-0148⟧. — ⟦N|ann⟧
`);

// ======================================================== mixed case (24) ========================================================

note("mri-knee-mixed", `
⟦H|Mayo Clinic Health System - Eau Claire⟧ · Department of Radiology · ⟦S|1221 Whipple St⟧, ⟦C|Eau Claire⟧, ⟦STATE|WI⟧ ⟦Z|54703⟧
Patient: ⟦N|Haugen-Osei, Kwabena⟧          MRN: ⟦M|0094418273⟧          DOB: ⟦D|08/19/2071⟧          Acc#: ⟦I|MR-99-3140082⟧
Exam: MRI right knee without contrast          Performed: ⟦D|03/14/2099⟧ 07:55          Scanner: 3T, coil SN ⟦DEV|KN16-44710⟧
Ordering provider: ⟦N|Leif Torkildsen⟧, PA-C (Sports Medicine)          Technologist: ⟦N|A. Vang⟧, RT(R)(MR)
History: Twisting injury playing for ⟦O|UW-Eau Claire Blugolds⟧ hockey ⟦D|3/7⟧; effusion, locking.
Comparison: Radiographs ⟦D|03/08/2099⟧.
Findings: Complete tear of the ACL, proximal third. Bucket-handle tear of the medial meniscus with displaced fragment in the intercondylar notch ("double PCL" sign). Bone bruises lateral femoral condyle and posterolateral tibial plateau. MCL grade 1 sprain.
Impression: 1. Complete ACL tear. 2. Displaced bucket-handle tear of the medial meniscus. Findings were communicated to ⟦N|Leif Torkildsen⟧, PA-C, by telephone on ⟦D|3/14/2099⟧ at 9:12 a.m.
Dictated by: ⟦N|Marit Solberg-Achebe⟧, MD          Transcribed: ⟦N|kjh⟧ ⟦D|03/14/2099⟧          Signed: ⟦D|03/14/2099⟧ 09:20
cc: ⟦N|Tomasz Wiśniewski⟧, MD, Orthopaedics, ⟦O|Chippewa Valley Orthopedics and Sports Medicine⟧, fax ⟦F|715-555-0166⟧
Athletic trainer ⟦N|Cody Reinholt⟧, ATC, ⟦P|715-555-0142⟧.
`);

note("mri-brain-amended-mixed", `
*** AMENDED REPORT *** (original signed ⟦D|03/13/2099⟧ 18:02; amended ⟦D|03/14/2099⟧ 08:30)
⟦H|Dartmouth Hitchcock Medical Center⟧, ⟦S|One Medical Center Drive⟧, ⟦C|Lebanon⟧, ⟦STATE|NH⟧ ⟦Z|03756⟧ — Neuroradiology
Name: ⟦N|Kaʻiulani Brightwater⟧     MRN: ⟦M|DH01177203⟧     DOB: ⟦D|1/30/2064⟧     Accession: ⟦I|DHMR2099031300271⟧     Encounter: CSN ⟦I|88127740⟧
Exam: MRI brain with and without gadolinium (Gadavist 7.5 mL)
Referring: ⟦N|Siobhán Ní Bhriain⟧, MD, Neurology; ⟦N|Rutger de Boer⟧, DO (Emergency Medicine)
Comparison: CT head ⟦D|03/13/2099⟧; MRI ⟦D|10/02/2096⟧ at ⟦H|Alice Peck Day Memorial Hospital⟧.
Reason for amendment: The original report stated "left" frontal lesion in the impression; the lesion is in the RIGHT frontal lobe, as described in the findings. Dr. ⟦N|Ní Bhriain⟧ was informed of the correction by phone on ⟦D|3/14/2099⟧ at 08:25 and read back the correction.
Findings: 1.8 cm enhancing right frontal lesion with surrounding vasogenic edema; no additional lesions. No hydrocephalus.
Impression: Solitary enhancing right frontal lesion; metastasis vs. primary neoplasm. Recommend CT chest/abdomen/pelvis.
Original interpreter: ⟦N|Bartholomew Achterberg⟧, MD     Amended by: ⟦N|Yusuf Demir-Kealoha⟧, MD, Neuroradiology Fellow, for ⟦N|B. Achterberg⟧
Copies: Neurology clinic fax ⟦F|603-555-0172⟧; patient portal. Sister ⟦N|Noelani Brightwater⟧ (HCP) ⟦P|603-555-0118⟧.
`);

note("bone-scan-nm-mixed", `
Nuclear Medicine — Whole Body Bone Scan          ⟦H|Essentia Health St. Mary's Medical Center⟧, ⟦C|Duluth⟧, ⟦STATE|MN⟧
Patient: ⟦N|Aleksandr Petrovich Zaitsev⟧   MRN ⟦M|ESS-55104827⟧   DOB ⟦D|12/25/2007⟧   Age: ⟦A|91⟧ years   Acc: ⟦I|NM0314-2099-006⟧
Radiopharmaceutical: Tc-99m MDP 24.8 mCi IV at 09:10; imaging at 12:20. Dose calibrator SN ⟦DEV|CRC55-118407⟧.
Referring: ⟦N|Chioma Obi-Lindahl⟧, MD (Urology, ⟦O|Lake Superior Urology⟧)     Nuclear medicine technologist: ⟦N|S. Rautio⟧, CNMT
History: Prostate adenocarcinoma, Gleason 4+4=8, PSA 48 on ⟦D|02/20/2099⟧.
Comparison: Bone scan ⟦D|May 2097⟧.
Findings: New foci of increased uptake in the T9 vertebral body, right 6th rib posteriorly and left iliac wing. Superscan pattern absent. Degenerative uptake both knees.
Impression: New osseous metastases (3 sites).
Interpreted by: ⟦N|Pirjo Kallio-Mensah⟧, MD     Electronically signed ⟦D|03/14/2099⟧ 15:47
Patient's son ⟦N|Dmitri Zaitsev⟧ drove him from ⟦C|Two Harbors⟧; his granddaughter ⟦N|Anya⟧ asked for the CD (release signed, ROI # ⟦I|ROI-99-22817⟧).
Addendum ⟦D|3/15/2099⟧: Discussed with Dr. ⟦N|Obi-Lindahl⟧ by phone; radiation oncology consult with ⟦N|Ilkka Heikkinen⟧, MD at ⟦H|Essentia Health Cancer Center⟧ ⟦P|218-555-0163⟧. —⟦N|PKM⟧
`);

note("pet-ct-mixed", `
PET/CT Skull Base to Mid-Thigh (F-18 FDG)
Facility: ⟦H|Baptist MD Anderson Cancer Center⟧, ⟦S|1301 Palm Ave⟧, ⟦C|Jacksonville⟧, ⟦STATE|FL⟧ ⟦Z|32207⟧          Phone ⟦P|904-555-0133⟧
Patient Name: ⟦N|Mohammed Al-Qahtani⟧     MRN: ⟦M|BMD-00417729⟧     DOB: ⟦D|04/04/2051⟧     Accession: ⟦I|PT99031400021⟧
Date of exam: ⟦D|March 14, 2099⟧     Blood glucose 104 mg/dL. Uptake time 62 min. Injected by ⟦N|RJ⟧.
Ordering: ⟦N|Olamide Oyenuga⟧, MD (Hematology/Oncology)
Clinical: Diffuse large B-cell lymphoma, interim PET after 3 cycles R-CHOP.
Comparison: Baseline PET/CT ⟦D|12/29/2098⟧, ⟦H|Mayo Clinic Florida⟧.
Findings: Previously FDG-avid mediastinal mass decreased from 7.2 to 2.1 cm, SUVmax 3.1 (liver 2.4). No new lesions. Splenic uptake resolved.
Impression: Partial metabolic response, Deauville 4 (Lugano).
Attending radiologist: ⟦N|Nikolaos Christodoulou⟧, MD, and resident ⟦N|Ximena Huamán⟧, MD.
Distribution: ⟦N|O. Oyenuga⟧, MD; ⟦N|Fahad Al-Qahtani⟧ (brother, per ROI on file), ⟦E|f.alqahtani@mail.example⟧.
Addendum (⟦D|3/15/2099⟧): Tumor board ⟦D|3/18/2099⟧ at ⟦H|Baptist Medical Center Jacksonville⟧; coordinator ⟦N|Shanice Pettaway⟧, RN ⟦P|904-555-0182⟧. —⟦N|NC⟧
`);

note("dexa-mixed", `
Bone Densitometry (DXA) Report — ⟦O|Heartland Imaging Partners⟧ at ⟦H|Mercy One Siouxland Medical Center⟧, ⟦C|Sioux City⟧, ⟦STATE|IA⟧
Patient: ⟦N|Lindqvist, Birgitta M.⟧   DOB ⟦D|11/11/2005⟧   Age ⟦A|93⟧   MRN ⟦M|MOS-7702148⟧   Study date ⟦D|3/14/2099⟧
Densitometer: ⟦O|Hologic⟧ Horizon A, SN ⟦DEV|HZA-301177⟧. Technologist: ⟦N|Tayla Roubideaux⟧, CBDT.
Referring: ⟦N|Ngozi Umeh⟧, MD, ⟦O|Siouxland Community Health Center⟧
Results: L1-L4 T-score -2.8; left femoral neck T-score -3.1; total hip -2.6. FRAX 10-yr major osteoporotic 31%, hip 14%.
Comparison: DXA ⟦D|02/2097⟧ (same scanner): femoral neck BMD -6.2% (significant).
Impression: Osteoporosis, worsening. Fall risk noted; patient lives alone at ⟦S|2208 Jackson St Apt 4⟧, ⟦C|Sioux City⟧ ⟦Z|51105⟧.
Reported by ⟦N|Henrik Aasland⟧, MD, ⟦D|3/15/2099⟧. Daughter ⟦N|Karin Lindqvist-Vos⟧ ⟦P|712-555-0150⟧.
`);

note("breast-path-addendum-mixed", `
Surgical Pathology Report                                        Case: ⟦I|SP-99-011742⟧
⟦H|Maine Medical Center⟧ Department of Pathology · ⟦S|22 Bramhall St⟧, ⟦C|Portland⟧, ⟦STATE|ME⟧ ⟦Z|04102⟧ · ⟦P|207-555-0100⟧
Patient: ⟦N|Ouellette-Nakashima, Geneviève⟧     MRN: ⟦M|MMC-1044827⟧     DOB: ⟦D|03/03/2059⟧     Sex: F
Procedure date: ⟦D|03/10/2099⟧     Received: ⟦D|03/10/2099⟧     Final: ⟦D|03/13/2099⟧     Addendum: ⟦D|03/14/2099⟧
Submitting physician: ⟦N|Theodora Vasilakis⟧, MD (Breast Surgery)     Radiologist: ⟦N|Jun-ho Baek⟧, MD
Specimen: Left breast, 2:00, 6 cm FN, ultrasound-guided core biopsy (x4), clip placed.
Gross: Received in formalin labeled "⟦N|Ouellette-Nakashima⟧" and "L breast 2:00" are four tan-white cores, 1.2-1.8 cm. Cold ischemia < 1 h. Entirely submitted in A1. (⟦N|ebk⟧)
Diagnosis: Invasive ductal carcinoma, Nottingham grade 2 (3+2+2), 9 mm in greatest core dimension. DCIS, intermediate grade, solid type. Radiology-pathology concordant (BI-RADS 5).
Addendum (⟦D|3/14/2099⟧): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+; FISH sent to ⟦O|NeoGenomics Laboratories⟧, ⟦C|Fort Myers⟧, ⟦STATE|FL⟧ (order ⟦I|NG-99-0317724⟧). Ki-67 18%.
Pathologist: ⟦N|Rosalind Achebe-Whitcomb⟧, MD     Resident: ⟦N|Pieter-Jan Vermeulen⟧, MD
Results conveyed to Dr. ⟦N|Vasilakis⟧'s nurse navigator ⟦N|Colleen Dube⟧, RN (⟦P|207-555-0139⟧) on ⟦D|3/13/2099⟧.
`);

note("pap-cytology-mixed", `
Gynecologic Cytology — ThinPrep Pap Test with HPV          ⟦O|Laboratory Corporation of America⟧, ⟦C|Burlington⟧, ⟦STATE|NC⟧   CLIA ⟦I|34D0655059⟧
Patient: ⟦N|Bautista, Maricel Dizon⟧   DOB: ⟦D|09/22/2068⟧   Patient ID: ⟦M|LC-40118827⟧   Accession: ⟦I|099-073-4471-0⟧
Collected: ⟦D|03/09/2099⟧   Received: ⟦D|03/10/2099⟧   Reported: ⟦D|03/14/2099⟧
Ordering physician: ⟦N|Emmanuel Asamoah⟧, MD   Account: ⟦I|44817702⟧   ⟦O|Wake Women's Health Partners⟧, ⟦S|3301 Executive Dr⟧, ⟦C|Raleigh⟧ ⟦STATE|NC⟧ ⟦Z|27609⟧
Specimen adequacy: Satisfactory for evaluation; transformation zone present.
Interpretation: Low-grade squamous intraepithelial lesion (LSIL). HPV high-risk: positive (other HR types); HPV 16/18 negative.
Screened by: ⟦N|Rhonda Castillo-Baptiste⟧, CT(ASCP)   Reviewed by: ⟦N|Mikhail Orlov⟧, MD
Clinical history per requisition: LMP ⟦D|2/20/2099⟧, G3P2, husband ⟦N|Rodelio Bautista⟧; prior LSIL ⟦D|2096⟧ at ⟦H|Cebu Doctors' University Hospital⟧, ⟦C|Cebu City⟧, ⟦COUNTRY|Philippines⟧.
Client services ⟦P|800-555-0133⟧.
`);

note("bone-marrow-mixed", `
Hematopathology Consultation — Bone Marrow Aspirate and Biopsy
⟦H|Froedtert Hospital⟧ / ⟦O|Medical College of Wisconsin⟧ · ⟦C|Milwaukee⟧, ⟦STATE|WI⟧          Accession ⟦I|BM99-00271⟧
Patient: ⟦N|Kowalski-Abara, Zofia⟧   MRN: ⟦M|FH-2208471⟧   DOB: ⟦D|07/07/2037⟧   Procedure: ⟦D|03/11/2099⟧, left posterior iliac crest
Performed by: ⟦N|Desmond Achterhof⟧, PA-C   Clinician: ⟦N|Hyun-Jung Cho⟧, MD, Hematology
CBC (⟦D|3/11/2099⟧): WBC 2.1, Hgb 8.4, Plt 61; 14% circulating blasts.
Aspirate: Hypercellular, 38% myeloblasts with Auer rods. Flow cytometry (⟦I|FC99-1180⟧): CD34+, CD117+, HLA-DR+, MPO+.
Cytogenetics and NGS myeloid panel sent to ⟦O|Mayo Clinic Laboratories⟧ (order ⟦I|MCL-77104482⟧); FLT3 PCR in-house pending.
Diagnosis: Acute myeloid leukemia. WHO classification pending molecular studies.
Critical diagnosis called to Dr. ⟦N|Cho⟧ at 14:05 on ⟦D|3/12/2099⟧ by ⟦N|Marta Sienkiewicz⟧, MD; read back confirmed.
Hematopathologist: ⟦N|Marta Sienkiewicz⟧, MD. Final ⟦D|03/14/2099⟧. HLA typing of sister ⟦N|Agnieszka Kowalski⟧ (⟦C|Kraków⟧) and brother ⟦N|Piotr Kowalski⟧ (⟦C|Oak Creek⟧) requested via ⟦O|NMDP⟧.
`);

note("tb-reportable-mixed", `
Mycobacteriology Report — FINAL          ⟦O|Washington State Public Health Laboratories⟧, ⟦S|1610 NE 150th St⟧, ⟦C|Shoreline⟧, ⟦STATE|WA⟧ ⟦Z|98155⟧
Submitter: ⟦H|Kadlec Regional Medical Center⟧, ⟦C|Richland⟧          Submitter specimen ID: ⟦I|KR-M99-00712⟧          PHL # ⟦I|PHL99-MYC-04417⟧
Patient: ⟦N|Tran, Van Hai⟧     DOB: ⟦D|02/14/2061⟧     Local MRN ⟦M|KRMC-8810273⟧
Specimen: Sputum, induced, collected ⟦D|02/19/2099⟧.
AFB smear: 2+ (positive). NAAT (Xpert MTB/RIF): M. tuberculosis complex DETECTED; rifampin resistance NOT detected.
Culture: M. tuberculosis complex, isolated at 16 days. Susceptibilities (MGIT): isoniazid S, rifampin S, ethambutol S, pyrazinamide S.
Reported to ⟦O|Benton-Franklin Health District⟧ TB program, ⟦N|Ilse Vandermeer⟧, RN, ⟦P|509-555-0171⟧, on ⟦D|2/22/2099⟧; case # ⟦I|BFHD-TB-99-006⟧.
Result called to and read back by ⟦N|Lorenzo Maldonado⟧, RN (⟦H|Kadlec⟧ infection prevention) ⟦D|03/14/2099⟧ 10:44, ⟦N|SW⟧.
Contact investigation: household (wife ⟦N|Nguyen Thi Lan⟧, son ⟦N|Tran Minh Khoa⟧, 9); worksite ⟦O|Tyson Fresh Meats⟧, ⟦C|Wallula⟧; patient arrived from ⟦C|Huế⟧, ⟦COUNTRY|Vietnam⟧, ⟦D|2097⟧.
Laboratory director: ⟦N|Romesh Gunawardena⟧, PhD, D(ABMM)
`);

note("blood-culture-call-mixed", `
Microbiology — Preliminary / Critical          ⟦H|Our Lady of the Lake Regional Medical Center⟧, ⟦C|Baton Rouge⟧, ⟦STATE|LA⟧
Patient: ⟦N|Okafor, Chinwendu Grace⟧     MRN: ⟦M|OLOL-3390128⟧     DOB: ⟦D|01/09/2073⟧     Location: 5 North, bed 14
Accession: ⟦I|M2099-073-2281⟧ (bottle set 1 of 2)     Collected: ⟦D|03/13/2099⟧ 22:40 by ⟦N|TLM⟧     Positive: ⟦D|03/14/2099⟧ 06:12 (7.5 h)
Gram stain: Gram-positive cocci in clusters, both bottles. BioFire BCID2: Staphylococcus aureus, mecA/C and MREJ DETECTED (MRSA).
Critical value called to and read back by ⟦N|Jolene Hebert⟧, RN at 06:31 on ⟦D|3/14/2099⟧; primary team paged (Dr. ⟦N|Arceneaux⟧, ⟦P|225-555-0154⟧) — ⟦N|R. Batiste⟧, MLS(ASCP).
Antimicrobial stewardship notified: ⟦N|Farah Siddiqui⟧, PharmD, ⟦E|fsiddiqui@olol.example⟧.
Ordering: ⟦N|Pierre-Louis Arceneaux⟧, MD     Attending of record: ⟦N|Gwendolyn Achord⟧, MD
Addendum ⟦D|03/15/2099⟧: Vancomycin MIC 1 (S). Daptomycin S. Final ID by MALDI-TOF. -⟦N|RB⟧
Patient's mother ⟦N|Ifeoma Okafor⟧ (⟦C|Enugu⟧, ⟦COUNTRY|Nigeria⟧; visiting, ⟦P|225-555-0117⟧) was told by the team, not the laboratory.
`);

note("ngs-tumor-mixed", `
Molecular Oncology Report — Solid Tumor Comprehensive NGS Panel (523 genes)
Performing lab: ⟦O|Caris Life Sciences⟧, ⟦S|4610 S 44th Pl⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85040⟧   CLIA ⟦I|03D1019490⟧   CAP ⟦I|7195577⟧
Patient: ⟦N|Ramírez de la Fuente, Guadalupe⟧     DOB: ⟦D|10/10/2054⟧     Specimen ID: ⟦I|TN99-044718⟧     Block: ⟦I|S99-03318⟧ B2
Ordering physician: ⟦N|Raúl Esquivel-Tsosie⟧, MD, ⟦O|Arizona Oncology⟧, ⟦C|Tucson⟧   Pathologist (source): ⟦N|Ingeborg Falk⟧, MD, ⟦H|Banner - University Medical Center Tucson⟧
Date received: ⟦D|03/02/2099⟧     Date reported: ⟦D|03/14/2099⟧
Diagnosis: Lung adenocarcinoma, stage IVA.
Results: EGFR exon 19 deletion (p.E746_A750del), VAF 34% — Tier I. TP53 p.R273H VAF 31%. TMB 4 mut/Mb (low). MSI stable. PD-L1 (22C3) TPS 10%.
Therapies with potential benefit: osimertinib. Clinical trial match: protocol 99-LUNG-14 (site ⟦H|HonorHealth Research Institute⟧).
Germline note: TP53 finding may be germline; genetic counselling referral to ⟦N|Keziah Moana⟧, MS, CGC suggested.
Electronically signed by ⟦N|Sanjay Raghunathan⟧, MD, PhD, Laboratory Director, ⟦D|3/14/2099⟧. Client services ⟦P|888-555-0179⟧.
`);

note("prenatal-genetics-mixed", `
Prenatal Genetic Counseling — Maternal-Fetal Medicine, ⟦H|Women & Infants Hospital of Rhode Island⟧, ⟦C|Providence⟧, ⟦STATE|RI⟧
Date: ⟦D|03/14/2099⟧     Patient: ⟦N|Yevgenia Volkonskaya-Mensah⟧     DOB: ⟦D|06/01/2063⟧     MRN: ⟦M|WIH-6610728⟧     EDD ⟦D|08/09/2099⟧
Referral: cfDNA screen (⟦O|Natera⟧ Panorama, ⟦D|02/27/2099⟧, kit ⟦I|PAN-99-4410827⟧): high risk for trisomy 18.
Genetic counselor: ⟦N|Brynja Sigurðardóttir⟧, MS, LCGC     Physician: ⟦N|Kofi Mensah-Ashton⟧, MD (not related to patient)
Present: patient, partner ⟦N|Kwabena Mensah⟧, and her mother ⟦N|Olga Volkonskaya⟧ (visiting from ⟦C|Yekaterinburg⟧, ⟦COUNTRY|Russia⟧; Russian interpreter ⟦N|Irina Sokolova⟧, ID ⟦I|IS-3307⟧).
Family history: Partner's sister ⟦N|Abena Mensah-Darko⟧, 30, had a child with Down syndrome in ⟦C|Kumasi⟧, ⟦COUNTRY|Ghana⟧ (⟦D|2094⟧). Patient's maternal grandfather ⟦N|Pyotr Volkonsky⟧ died at ⟦A|96⟧. No consanguinity.
Ultrasound today (⟦N|Amadou Diallo⟧, RDMS): clenched hands, VSD, choroid plexus cysts.
Plan: amniocentesis ⟦D|3/17/2099⟧ (⟦DAY|Tuesday⟧) with Dr. ⟦N|Mensah-Ashton⟧; FISH and microarray at ⟦O|Quest Diagnostics⟧. Counselor direct line ⟦P|401-555-0168⟧.
`);

note("tee-mixed", `
Transesophageal Echocardiogram          ⟦H|Sentara Norfolk General Hospital⟧, ⟦S|600 Gresham Dr⟧, ⟦C|Norfolk⟧, ⟦STATE|VA⟧ ⟦Z|23507⟧
Patient: ⟦N|Abernathy-Quist, Delphine⟧   MRN ⟦M|SNG-0771492⟧   DOB ⟦D|2/2/2045⟧   Study date ⟦D|03/14/2099⟧   Study # ⟦I|TEE-99-00318⟧
Performed by: ⟦N|Chukwuma Nwankwo⟧, MD, FASE     Anesthesia: ⟦N|Lars-Erik Bjørnstad⟧, MD (propofol)     Sonographer: ⟦N|H. Ocampo⟧
Probe: X8-2t, SN ⟦DEV|X82T-0044719⟧. Probe passed without difficulty.
Indication: Staph aureus bacteremia (positive cultures ⟦D|3/11/2099⟧).
Findings: 11 x 7 mm mobile vegetation on the anterior mitral leaflet with moderate MR. No perivalvular abscess. LAA without thrombus. PFO with left-to-right shunt.
Conclusion: Mitral valve endocarditis. Cardiothoracic surgery (Dr. ⟦N|Whitlock-Ogunbanjo⟧) notified at 13:10.
Prior TTE ⟦D|3/12/2099⟧ read by ⟦N|Hamid Rostami⟧, MD did not show vegetation.
cc: ⟦N|Beatriz Saldanha⟧, MD (ID); ⟦N|Ayodele Whitlock-Ogunbanjo⟧, MD (CT Surgery); ⟦O|Tidewater Physicians Multispecialty Group⟧ fax ⟦F|757-555-0193⟧.
`);

note("ep-study-mixed", `
Electrophysiology Study and Ablation Report          ⟦H|Vanderbilt University Medical Center⟧, ⟦C|Nashville⟧, ⟦STATE|TN⟧          EP case ⟦I|EP99-0214⟧
Date: ⟦D|Mar 14, 2099⟧     Patient: ⟦N|Oyelaran, Temitope Adebisi⟧     MRN: ⟦M|VU1177284⟧     DOB: ⟦D|11/02/2081⟧
Electrophysiologist: ⟦N|Katarina Lindholm⟧, MD     EP fellow: ⟦N|Arjun Malhotra⟧, MD     EP lab RN: ⟦N|DLS⟧     Mapping specialist: ⟦N|Trey Boudreaux⟧ (⟦O|Abbott⟧)
Referring: ⟦N|Sipho Ndlovu⟧, MD, ⟦O|Cumberland Heart⟧, ⟦C|Murfreesboro⟧
Indication: Palpitations, pre-excitation on ECG (Wolff-Parkinson-White pattern).
Findings: Left lateral accessory pathway, antegrade ERP 270 ms. Orthodromic AVRT induced (CL 320 ms).
Ablation: RF at the left lateral mitral annulus (transseptal). Pathway eliminated at 3.2 s. No recurrence after 30 min and isoproterenol.
Complications: none. Mother ⟦N|Folake Oyelaran⟧ updated (⟦P|615-555-0173⟧). Follow-up with Dr. ⟦N|Ndlovu⟧ in 4 weeks.
Signed ⟦N|K. Lindholm⟧ ⟦D|3/14/2099⟧ 16:55.
Addendum ⟦D|3/15/2099⟧: Discharged; site check by ⟦N|Noor Al-Hashimi⟧, NP. Return-to-school note for ⟦O|Middle Tennessee State University⟧ faxed to ⟦F|615-555-0139⟧. — ⟦N|AM⟧
`);

note("device-interrogation-mixed", `
Device Clinic — Remote Transmission Review (Pacemaker)          ⟦O|Prairie Heart Institute⟧ at ⟦H|HSHS St. John's Hospital⟧, ⟦C|Springfield⟧, ⟦STATE|IL⟧
Patient: ⟦N|Fitzgerald-Mbeki, Cornelius⟧   DOB ⟦D|05/16/2003⟧ (⟦A|95⟧ y)   MRN ⟦M|SJH-448102⟧   Transmission ⟦D|03/13/2099⟧ 02:10
Device: ⟦O|Medtronic⟧ Azure XT DR MRI, SN ⟦DEV|RNB447120S⟧, implanted ⟦D|09/09/2095⟧ by Dr. ⟦N|Halvorsen⟧. RA lead SN ⟦DEV|PJN8812047⟧; RV lead SN ⟦DEV|PJN8812391⟧.
Battery 7.1 years. RA/RV impedance and thresholds stable. AP 34%, VP 91%.
Events: 2 AHRE episodes, longest 6 h 12 min on ⟦D|3/9/2099⟧. AF burden 1.4%.
Reviewed by ⟦N|Marisol Tejeda⟧, RN, CCDS and ⟦N|Obinna Eze⟧, MD, FHRS, ⟦D|3/14/2099⟧.
Action: Anticoagulation discussion — message to PCP ⟦N|Ruth Ann Kessler⟧, MD (⟦O|Memorial Care Associates⟧ ⟦P|217-555-0129⟧). Patient's wife ⟦N|Imelda Fitzgerald⟧ called at home ⟦P|217-555-0186⟧: no answer, voicemail left.
Monitor: CareLink ⟦DEV|MCL-24881047⟧, home ⟦S|14 Oak Knoll Dr⟧, ⟦C|Chatham⟧ ⟦Z|62629⟧. Next remote ⟦D|06/12/2099⟧.
`);

note("veeg-mixed", `
Long-Term Video EEG Monitoring Report (EMU)          ⟦H|Cleveland Clinic⟧ Epilepsy Center, ⟦C|Cleveland⟧, ⟦STATE|OH⟧
Patient: ⟦N|Søndergaard-Hughes, Mette⟧   MRN ⟦M|CCF-93317728⟧   DOB ⟦D|04/25/2077⟧   Admission ⟦D|03/09/2099⟧ - ⟦D|03/14/2099⟧   Study ⟦I|VEEG-99-0088⟧
Attending epileptologist: ⟦N|Raghav Iyer⟧, MD     Fellow: ⟦N|Chinedu Okeke⟧, MD     Techs: ⟦N|BTW⟧, ⟦N|AMH⟧ (R. EEG T.)
History: drug-resistant focal epilepsy since age 14; referred by ⟦N|Gabriela Santos-Lindberg⟧, MD, ⟦O|Toledo Neurological Associates⟧.
Events: 4 typical events (⟦D|3/10⟧ 03:14, ⟦D|3/11⟧ 22:40, ⟦D|3/12⟧ 05:02 and 14:19): behavioral arrest, right hand automatisms; ictal onset left anterior temporal (F7/T7).
Interictal: left temporal sharp waves, 3/h.
Impression: Left mesial temporal lobe epilepsy. Candidate for epilepsy surgery evaluation; Wada and neuropsychology with Dr. ⟦N|Feldstein-Ogawa⟧.
Husband ⟦N|Gareth Hughes⟧ pushed event button for 2 of 4 events; contact ⟦P|419-555-0104⟧. Employer ⟦O|Owens Corning⟧ FMLA forms to ⟦F|419-555-0199⟧.
`);

note("bronchoscopy-mixed", `
Bronchoscopy Procedure Report          ⟦H|Providence Alaska Medical Center⟧, ⟦S|3200 Providence Dr⟧, ⟦C|Anchorage⟧, ⟦STATE|AK⟧ ⟦Z|99508⟧
Patient: ⟦N|Nanouk, Jacob Akiak⟧     MRN: ⟦M|PAMC-0447129⟧     DOB: ⟦D|12/12/2050⟧     Date: ⟦D|03/14/2099⟧     Enc: ⟦I|400188127⟧
Bronchoscopist: ⟦N|Annika Lindgren-Oduya⟧, MD     Assistant: ⟦N|M. Kaganak⟧, RRT     Sedation RN: ⟦N|Ruby Alexie⟧
Referred from ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧, ⟦C|Bethel⟧ (Dr. ⟦N|Tobias Ayagalria⟧) for a RUL mass seen on CT ⟦D|02/26/2099⟧.
Scope: BF-UC190F (EBUS), SN ⟦DEV|2810044⟧; BF-H190, SN ⟦DEV|2633918⟧.
Findings: Endobronchial lesion RUL anterior segment. EBUS: station 4R 14 mm, 7 at 11 mm sampled (22G, 4 passes each). ROSE by ⟦N|Peter Haakonsen⟧, CT(ASCP): malignant cells.
Specimens: BAL RUL (micro, AFB, fungal, cytology); TBNA 4R and 7; endobronchial biopsies. Path ⟦I|SP-99-04481⟧, cyto ⟦I|NG99-01177⟧.
Plan: results to patient via his niece ⟦N|Martha Nanouk-Chase⟧ (⟦P|907-555-0146⟧); return flight to ⟦C|Bethel⟧ ⟦D|3/16⟧ with ⟦O|Ravn Alaska⟧, arranged by ⟦O|YKHC⟧ travel.
`);

note("ercp-mixed", `
ERCP Report — ⟦H|Ascension Sacred Heart Pensacola⟧ Endoscopy Unit, ⟦S|5151 N 9th Ave⟧, ⟦C|Pensacola⟧, ⟦STATE|FL⟧ ⟦Z|32504⟧
Patient: ⟦N|Dinh, Phuong Anh⟧     MRN: ⟦M|SHP-5530128⟧     DOB: ⟦D|03/29/2049⟧     Date of procedure: ⟦D|14-Mar-2099⟧
Endoscopist: ⟦N|Ezekiel Abernathy-Nwosu⟧, MD     Anesthesia: ⟦N|Yolanda Briceño⟧, CRNA (general)     Techs: ⟦N|KS⟧ / ⟦N|MBR⟧
Indication: Choledocholithiasis on MRCP (⟦D|3/13/2099⟧, read by Dr. ⟦N|Osterhout⟧).
Duodenoscope: TJF-Q190V, SN ⟦DEV|2951180⟧ (single-use cap lot recorded).
Findings: Biliary sphincterotomy. Two 9 mm stones extracted with balloon sweeps. Occlusion cholangiogram clear. No pancreatic duct injection.
Post-procedure: Indomethacin 100 mg PR. Admit overnight for observation. Cholecystectomy by ⟦O|Gulf Coast Surgical Associates⟧ (Dr. ⟦N|Haldis Rønning⟧) this admission.
Family: daughter ⟦N|Vy Dinh-Castellanos⟧ (⟦P|850-555-0187⟧) and son-in-law ⟦N|Mateo Castellanos⟧, both at ⟦O|Naval Air Station Pensacola⟧.
Signed: ⟦N|E. Abernathy-Nwosu⟧, MD ⟦D|3/14/2099⟧ 12:14     cc: ⟦N|Oanh Truong⟧, MD, PCP, fax ⟦F|850-555-0121⟧
`);

note("newborn-hearing-mixed", `
Newborn Hearing Screening / Diagnostic ABR          ⟦H|Sanford Children's Hospital⟧ Audiology, ⟦C|Sioux Falls⟧, ⟦STATE|SD⟧
Infant: ⟦N|Baby Boy Two Bulls⟧ (⟦N|Elias Two Bulls⟧)     DOB: ⟦D|02/08/2099⟧     MRN: ⟦M|SCH-0099127⟧     Test date: ⟦D|03/14/2099⟧
Mother: ⟦N|Shayna Two Bulls⟧     Father: ⟦N|Marcus Lone Elk⟧     Address: ⟦S|PO Box 882⟧, ⟦C|Pine Ridge⟧, ⟦STATE|SD⟧ ⟦Z|57770⟧   Phone ⟦P|605-555-0193⟧
Birth hospital: ⟦H|Pine Ridge IHS Hospital⟧; inpatient AABR referred both ears ⟦D|2/9/2099⟧; outpatient rescreen ⟦D|2/23⟧ referred right.
Audiologist: ⟦N|Greta Weinberg-Nakai⟧, AuD, CCC-A     Equipment: ⟦O|Interacoustics⟧ Eclipse, SN ⟦DEV|ECL-0881742⟧
Results: Click and tone-burst ABR: right ear threshold 50 dB nHL (moderate); left ear normal (20 dB nHL). DPOAEs absent right. Tympanometry normal.
Impression: Unilateral moderate sensorineural hearing loss, right ear.
Referrals: ⟦O|South Dakota Birth to Three⟧ (early intervention), ENT ⟦N|Samir Haddad⟧, MD; CMV testing (too late for congenital determination). Reported to the state EHDI program, ID ⟦I|SD-EHDI-99-0412⟧.
Grandmother ⟦N|Verna Two Bulls⟧ attended. Next visit ⟦D|April 9⟧.
`);

note("cta-pe-critical-mixed", `
CT Angiography Chest (PE protocol)          ⟦H|Wesley Medical Center⟧, ⟦C|Wichita⟧, ⟦STATE|KS⟧          Acc: ⟦I|WMC-CT-2099-31417⟧
Patient: ⟦N|Castellanos-Iwu, Beatriz⟧   MRN: ⟦M|WMC0088172⟧   DOB: ⟦D|5/5/2069⟧   Location: ED   Ordering: ⟦N|Okoye, Nnamdi⟧, DO
Exam date/time: ⟦D|03/14/2099⟧ 02:47. Contrast: Isovue 370, 80 mL.
Comparison: None available. Outside CT ⟦D|1/2099⟧ from ⟦H|Via Christi St. Francis⟧ requested (not received).
Findings: Saddle pulmonary embolus extending into lobar arteries bilaterally. RV/LV ratio 1.4. Reflux of contrast into the IVC.
Impression: Saddle PE with CT evidence of right heart strain.
CRITICAL RESULT: Discussed with Dr. ⟦N|Okoye⟧ at 03:01 on ⟦D|3/14/2099⟧, who read back the findings. PERT activated (⟦N|Lucinda Farahani⟧, MD, pulmonary/critical care).
Preliminary read: ⟦O|vRad⟧ teleradiology, ⟦N|Jonathan Ekwueme⟧, MD. Final: ⟦N|Ragnhild Moe⟧, MD, ⟦D|03/14/2099⟧ 07:15; agrees with preliminary.
Patient's partner ⟦N|Esteban Iwu⟧ ⟦P|316-555-0178⟧.
Addendum ⟦D|03/14/2099⟧ 09:40: Outside CT from ⟦H|Via Christi St. Francis⟧ received (their accession ⟦I|VCSF-CT-98-771204⟧): no PE then. — ⟦N|R. Moe⟧, MD. Home address ⟦S|3318 N Woodlawn St⟧, ⟦C|Wichita⟧ ⟦Z|67220⟧.
`);

note("telerad-discrepancy-mixed", `
Radiology Quality Review — Discrepancy Log Entry          ⟦O|Capital Radiology Associates⟧, ⟦S|9 Washington Sq⟧, ⟦C|Albany⟧, ⟦STATE|NY⟧ ⟦Z|12205⟧
Review date: ⟦D|03/14/2099⟧     Case: ⟦I|QA-99-0071⟧     Reviewer: ⟦N|Dagny Halvorsen⟧, MD (QA chair)
Study: CT head without contrast, ⟦H|Albany Memorial Hospital⟧, performed ⟦D|03/08/2099⟧ 23:50, accession ⟦I|AMH-CT-99-08814⟧.
Patient: ⟦N|O'Shaughnessy-Adeyemi, Fionnuala⟧, MRN ⟦M|AMH-0044192⟧, DOB ⟦D|08/08/2046⟧.
Overnight preliminary: ⟦N|Kwesi Mensah⟧, MD (⟦O|StatRad⟧): "no acute intracranial abnormality".
Final (⟦D|3/9/2099⟧ 08:12): ⟦N|Anneliese de Vries⟧, MD: 6 mm left convexity subdural hematoma. Neurosurgery (⟦N|Pavel Novák⟧, MD) notified ⟦D|3/9/2099⟧ 08:20, read back.
Outcome: no intervention, repeat CT stable. Patient lives at ⟦H|Teresian House⟧ (nursing home); daughter ⟦N|Siobhan Adeyemi⟧ informed by Dr. ⟦N|de Vries⟧.
Score: RADPEER 2b. Letter to ⟦N|K. Mensah⟧ via ⟦E|qa@capitalrad.example⟧. Committee meets ⟦D|April 2nd⟧.
`);

note("vascular-lab-mixed", `
Noninvasive Vascular Laboratory — Carotid Duplex and ABI          ⟦H|Mercy Hospital Fort Smith⟧, ⟦S|7301 Rogers Ave⟧, ⟦C|Fort Smith⟧, ⟦STATE|AR⟧ ⟦Z|72903⟧
Patient: ⟦N|Wahpepah, Loretta Sue⟧     MRN: ⟦M|MFS-2209174⟧     DOB: ⟦D|07/19/2055⟧     Study date: ⟦D|03/14/2099⟧     Accession: ⟦I|VL99-00612⟧
Vascular technologist: ⟦N|Caleb Youngbird⟧, RVT     Interpreting: ⟦N|Sunniva Ekholm⟧, MD, RPVI     Ordering: ⟦N|Tran Duc Minh⟧, MD
Indication: Right amaurosis fugax ⟦D|3/9/2099⟧; claudication. Referred from ⟦H|Choctaw Nation Health Care Center⟧, ⟦C|Talihina⟧, ⟦STATE|OK⟧.
Carotid: Right ICA PSV 312 cm/s, EDV 118 cm/s, ICA/CCA 5.1: 70-99% stenosis. Left ICA < 50%. Vertebrals antegrade.
ABI: right 0.62, left 0.81. Monophasic right posterior tibial.
Comparison: Duplex ⟦D|08/21/2096⟧ (right 50-69%).
Impression: Progression to severe right ICA stenosis, symptomatic. Preliminary findings called to Dr. ⟦N|Tran⟧ at 10:20 and read back, ⟦N|CY⟧.
Vascular surgery: ⟦N|Ingrid Valtonen-Oyelowo⟧, MD, ⟦O|River Valley Vascular Surgeons⟧ ⟦P|479-555-0137⟧. Daughter ⟦N|Renee Wahpepah⟧ ⟦P|479-555-0152⟧.
Final signed ⟦D|3/14/2099⟧ 14:02, ⟦N|S. Ekholm⟧.
`);

note("ct-lung-biopsy-mixed", `
CT-Guided Percutaneous Lung Biopsy          ⟦H|University of Iowa Hospitals & Clinics⟧, ⟦S|200 Hawkins Dr⟧, ⟦C|Iowa City⟧, ⟦STATE|IA⟧ ⟦Z|52242⟧
Patient: ⟦N|Haddad, Samira Nabil⟧     MRN: ⟦M|UIHC-00718842⟧     DOB: ⟦D|01/01/2047⟧     Accession: ⟦I|IRCT99-03140⟧     Order: ⟦I|88140227⟧
Attending: ⟦N|Lukas Brouwer⟧, MD     Resident: ⟦N|Adwoa Boateng⟧, MD     CT technologist: ⟦N|D. Hruska⟧     Nurse: ⟦N|Pamela Wolfe-Sandoval⟧, RN
Consent obtained from the patient with Arabic interpreter ⟦N|Rami Khoury⟧ (⟦O|CyraCom⟧, ID ⟦I|CY-220871⟧). Her son ⟦N|Nabil Haddad⟧ present.
Target: 2.3 cm LUL nodule (PET SUV 6.8, ⟦D|2/27/2099⟧, ⟦H|Mercy Medical Center Cedar Rapids⟧).
Technique: 19G coaxial, 20G core x 4. Small pneumothorax (8%), no chest tube. Post-procedure CXR at 1 and 3 h stable.
Specimens to surgical pathology (⟦I|SP99-11823⟧) and microbiology. Preliminary: adenocarcinoma (⟦N|Yaw Darko⟧, MD, cytopathology, ⟦D|3/14/2099⟧ 15:10).
Family history given by son: father ⟦N|Nabil Haddad Sr.⟧ died in ⟦C|Nablus⟧ at ⟦A|97⟧; uncle ⟦N|Elias Haddad⟧ lung ca.
Discharged home to ⟦S|1440 Sycamore St⟧, ⟦C|Iowa City⟧ ⟦Z|52240⟧; IR nurse line ⟦P|319-555-0156⟧.
`);

note("tox-sendout-mixed", `
Reference Laboratory Report — Heavy Metals, Blood (Send-out)          ⟦O|ARUP Laboratories⟧, ⟦S|500 Chipeta Way⟧, ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ ⟦Z|84108⟧
Client: ⟦H|Great Falls Clinic Hospital⟧, ⟦C|Great Falls⟧, ⟦STATE|MT⟧     Client account: ⟦I|GFC-40018⟧     ARUP accession: ⟦I|99-073-900417⟧
Patient: ⟦N|Kristiansen, Odd Bjarne⟧     DOB: ⟦D|10/29/2004⟧ (⟦A|94⟧)     Patient ID: ⟦M|GFCH-771204⟧     Collected: ⟦D|03/09/2099⟧ 10:15
Ordering provider: ⟦N|Theresa Many Horses⟧, MD
Lead, blood: 38 ug/dL (H). Arsenic 4 ug/L. Mercury 2 ug/L. Cadmium < 0.5 ug/L.
Comment: Elevated lead. Reportable: reported to the ⟦O|Montana Department of Public Health and Human Services⟧ ⟦D|3/14/2099⟧ (report ⟦I|MT-PB-99-00172⟧).
Medical director: ⟦N|Jonathan Feldkamp⟧, MD, PhD. Result called to and read back by ⟦N|Ashlyn Bird⟧, LPN, ⟦D|03/14/2099⟧ 09:40 (⟦N|KLW⟧).
Clinical note from client: patient restores antique firearms and casts bullets at home (⟦S|410 3rd Ave NW⟧, ⟦C|Great Falls⟧ ⟦Z|59404⟧); great-grandson ⟦N|Tyler Kristiansen⟧, 4, lives with him and will be tested at ⟦O|Cascade City-County Health Department⟧ ⟦P|406-555-0119⟧.
`);

write();
