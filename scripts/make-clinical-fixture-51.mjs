// Why this file exists: builds test/fixtures/clinical-notes-51.jsonl, a fifty-first labelled set of clinical texts
// written by hand in stop 55 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 49 and 50's generators, fixture-io.mjs, test/clinical-notes-50.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 52, written blind at the same time by another helper, was not read), in the register of DIAGNOSTIC SERVICES, which
// fixtures 5 and 7 touched only as a few reports: radiology (CT, MRI, ultrasound, mammography and a breast-density lay
// letter, PET/CT, nuclear cardiology, DXA, a swallow study, an outside-image over-read, a peer-learning submission,
// critical-result call documentation, IR biopsy and paracentesis notes, an echo prelim), pathology (surgical, dermato-
// and haematopathology, gynaecological cytology, a frozen-section consult, an autopsy, an outside consult, an
// accessioning log, a chat between lab and clinic), the clinical laboratory (a requisition, a reference lab's report, a
// send-out manifest, blood bank transfusion and reaction records, an immunohaematology referral, microbiology call logs
// and a culture with an infection-prevention notice, a chemistry critical call, a specimen-rejection e-mail, a
// point-of-care glucose log, a client-services phone log, a federal chain-of-custody drug-test form) and genetics
// (counselling notes and a letter to a family, pedigrees in text, germline, tumour NGS, cytogenetics and prenatal
// reports, two newborn-screening follow-ups). 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Missoula, Hamilton, Kalispell, Whitefish, Billings and
// Lodge Grass; Bismarck and Mandan; Tupelo, Oxford and Flowood; Joplin, Carthage, Springfield and Jefferson City;
// Shreveport and Monroe; Amarillo and Lubbock; Flint, Saginaw and Bay City; Boise and Nampa; Visalia, Fresno and Clovis;
// Bend and Klamath Falls; Macon; Paducah and Mayfield; Fort Smith; Grand Junction; Erie and Meadville; Scranton; Florence
// (SC); Rapid City and Spearfish; Fairbanks, Bethel, Anchorage and Hooper Bay; Eau Claire and Altoona; West Burlington
// and Iowa City; Honolulu and Hilo; Flagstaff and Tuba City; Bangor, Waterville and Presque Isle; Salt Lake City;
// abroad Stavanger.
// PHI forms sought: names of many origins (Lakota, Crow, Navajo, Yup'ik and Inupiaq, Hmong, Punjabi, Basque with "Ñ",
// Norwegian and Swedish, Polish, Cajun and Québécois, Nigerian and Ghanaian, Samoan and Native Hawaiian, Mexican with two
// surnames, Jewish, Armenian, Ukrainian), multi-word surnames ("Two Bulls", "Eagle Heart", "Red Cloud", "Pretty On
// Top"), "LAST, FIRST" rows in logs and manifests, initials of technologists and operators, signatures, relatives in
// pedigrees, baby names ("Baby Boy X"); dates as "04/14/2099", "4/16/99", "Apr 13, 2099", "April 15, 2099", "04/13"
// in log rows, "3-14-1944", month and year, bare years; an age over 89; phones, faxes, pagers, extensions, toll-free
// numbers, e-mails, URLs, an IP (a glucose meter's dock); MRNs, client patient ids and charts; accession, case,
// consult, order, requisition, specimen, kit, lab, manifest, tracking, unit (ISBT 128 DIN), blood-bank band, reaction,
// incident, peer-review, death-certificate and ME case numbers, CLIA and CAP numbers, NPI, MQSA facility ids,
// authorisations, claims, statements, letters and radiologist ids; member, Medicare (MBI), Medicaid and group numbers;
// serials and asset tags of scanners, meters, analysers, warmers, freezers, loggers and a cryostat; LIS user names and
// chat handles; an SSN on a custody form.
// Hard negatives: scanners, analysers and devices by model (SOMATOM go.Top, SIGNA Premier, Revolution CT, Biograph
// Vision, D-SPECT, LOGIQ E10, EPIQ CVx, Sparq, Selenia Dimensions, Hologic Horizon, Accu-Chek Inform II, Vitek 2,
// BioFire, cobas, Leica CM1950, Temno, Ranger), contrast agents and tracers (Gadavist, Omnipaque, Definity, FDG,
// tetrofosmin, regadenoson), scores and systems (Lung-RADS, BI-RADS, Deauville, Lugano, Nottingham, AJCC, FNCLCC,
// McDonald criteria, FRAX, IDDSI, PAS, Tyrer-Cuzick, NCCN, ASCCP, MF-1, WHO), genes and variants (BRCA1/2, PALB2, TP53,
// EGFR, KRAS, FLT3-ITD, NPM1, MDM2, CFTR F508del, 22q11.2), stains and markers (SOX10, MART-1, PAS, Ki-67, HER2),
// tests (Oncotype DX, Panorama, Foresight, ThinPrep), eponyms (Dawson fingers, DiGeorge, Turner, Lynch), and drugs.
// Labelling follows fixtures 49 and 50: weekdays are `ignored` (DAY), as are states and countries; clock times, relative
// dates, ages under 90, room, bed, bench and series/image numbers, lot numbers, CPT/ICD/test codes and gene variants
// are left unlabelled; technologists', operators' and clinicians' initials are PHI; titles, degrees, credentials,
// relations and cue words stay outside the name; "the" stays outside a facility; hospitals, imaging centres, clinics,
// named hospital labs and blood-bank services of a named hospital are HOSPITAL; independent and reference labs,
// pathology groups, blood suppliers, teleradiology groups, genetic-testing companies, insurers, couriers, health
// departments, state programmes, registries, employers and charities are ORGANIZATION; counties are LOCATION-OTHER;
// P.O. boxes are STREET; MRNs, charts and client patient ids are MRN; member, Medicare, Medicaid and group numbers
// HEALTHPLAN; accession, case, order, specimen, unit, tracking and all other record numbers ID; serials and asset tags
// DEVICE; LIS and chat user names USERNAME; extensions and pagers PHONE.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large labs, hospitals, payers and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-50 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-51.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-51.jsonl", "make-clinical-fixture-51");

// ======================================================== ALL CAPS (10) ========================================================

note("ct-chest-caps", `
⟦H|ST. IGNATIUS REGIONAL MEDICAL CENTER⟧ - DEPARTMENT OF RADIOLOGY
⟦S|2400 BROOKS ST⟧, ⟦C|MISSOULA⟧ ⟦STATE|MT⟧ ⟦Z|59801⟧   READING ROOM ⟦P|406-555-0182⟧   FAX ⟦F|406-555-0183⟧
PATIENT: ⟦N|TALLBULL, WARREN JOSEPH⟧   MRN: ⟦M|SIR-00718842⟧   DOB: ⟦D|03/11/1957⟧   SEX: M
ACCESSION: ⟦I|CT99-0041177⟧   ORDER #: ⟦I|ORD-88214470⟧   EXAM: CT CHEST W/O CONTRAST (LOW DOSE LUNG CANCER SCREENING)
ORDERING: ⟦N|KATHERINE OSTERGAARD⟧, NP - ⟦H|BITTERROOT VALLEY CLINIC⟧, ⟦C|HAMILTON⟧   NPI ⟦I|1730018842⟧
SCANNER: SOMATOM GO.TOP (ROOM CT2, ASSET ⟦DEV|SIR-CT-00412⟧)   CTDIVOL 1.9 MGY   DLP 71 MGY-CM
DATE OF SERVICE: ⟦D|04/14/2099⟧ 08:42   TECHNOLOGIST: ⟦N|R. BIGKNIFE⟧, RT(R)(CT)
COMPARISON: LDCT ⟦D|04/02/2098⟧ AND OUTSIDE CT CHEST FROM ⟦H|KALISPELL REGIONAL HEALTHCARE⟧ DATED ⟦D|11/19/2096⟧ (LOADED TO PACS ⟦D|4/13/99⟧ BY ⟦UN|FILEROOM3⟧).
CLINICAL HISTORY: 42 PACK-YEAR FORMER SMOKER, QUIT ⟦D|2091⟧. ANNUAL SCREENING.
FINDINGS:
LUNGS: 7 MM SOLID NODULE RIGHT UPPER LOBE (SERIES 4, IMAGE 88), PREVIOUSLY 4 MM. NEW 5 MM GROUND-GLASS NODULE LINGULA. MILD CENTRILOBULAR EMPHYSEMA.
MEDIASTINUM: NO ADENOPATHY. CORONARY CALCIFICATION, MODERATE.
UPPER ABDOMEN: 1.2 CM LEFT ADRENAL NODULE, 8 HU, UNCHANGED SINCE ⟦D|2096⟧ - BENIGN ADENOMA.
IMPRESSION:
1. LUNG-RADS 4A: GROWING 7 MM RUL NODULE. RECOMMEND 3-MONTH LDCT OR PET/CT.
2. LUNG-RADS S: CORONARY CALCIFICATION; EMPHYSEMA.
CRITICAL/SIGNIFICANT RESULT: DISCUSSED WITH ⟦N|KATHERINE OSTERGAARD⟧ NP BY TELEPHONE ⟦D|04/14/2099⟧ AT 10:05, READ-BACK CONFIRMED. NAVIGATOR ⟦N|JOLENE RUNNINGCRANE⟧ RN NOTIFIED FOR SCHEDULING.
DICTATED BY: ⟦N|ANDREAS VOLKOV-HARRINGTON⟧, MD   SIGNED ELECTRONICALLY ⟦D|04/14/2099⟧ 10:11
CC: ⟦N|OSTERGAARD, KATHERINE⟧ NP; ⟦O|MONTANA LUNG SCREENING REGISTRY⟧; PATIENT PORTAL
`);

note("surgical-path-caps", `
⟦O|NORTHERN PLAINS PATHOLOGY ASSOCIATES⟧, P.C.
⟦S|1100 E CENTRAL AVE⟧, ⟦C|BISMARCK⟧ ⟦STATE|ND⟧ ⟦Z|58501⟧   CLIA ⟦I|35D0418827⟧   CAP ⟦I|7744120⟧   PHONE ⟦P|701-555-0150⟧
SURGICAL PATHOLOGY REPORT
CASE: ⟦I|S99-04418⟧   PATIENT: ⟦N|HAUGEN, INGRID MARIE⟧   DOB ⟦D|09/02/1948⟧   MRN ⟦M|PMC7720148⟧
SUBMITTING FACILITY: ⟦H|PRAIRIE MERCY HOSPITAL⟧, ⟦C|MANDAN⟧   SURGEON: ⟦N|TOBIAS ECKHARDT⟧, MD
COLLECTED: ⟦D|04/09/2099⟧   RECEIVED: ⟦D|04/10/2099⟧   REPORTED: ⟦D|04/13/2099⟧
SPECIMEN: A. LEFT BREAST, SEGMENTAL MASTECTOMY, LONG STITCH LATERAL, SHORT STITCH SUPERIOR
          B. LEFT AXILLARY SENTINEL LYMPH NODE #1
FINAL DIAGNOSIS:
A. INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+1), 1.6 CM. MARGINS NEGATIVE (CLOSEST 4 MM, ANTERIOR). DCIS, INTERMEDIATE GRADE, 15%.
B. ONE LYMPH NODE, NEGATIVE FOR CARCINOMA (0/1), BY H&E AND CYTOKERATIN IHC.
BIOMARKERS (BLOCK A3): ER POSITIVE (95%, STRONG), PR POSITIVE (60%), HER2 IHC 1+ (NEGATIVE). KI-67 18%.
AJCC PATHOLOGIC STAGE: PT1C PN0(SN).
GROSS: RECEIVED FRESH, LABELED "⟦N|HAUGEN, INGRID⟧ - L BREAST", A 42 G SPECIMEN, 7.5 X 5.0 X 3.2 CM. INKED PER PROTOCOL. COLD ISCHEMIA < 1 H; FIXATION 26 H. (GROSSED BY ⟦N|D. WHITEBIRD⟧, PA(ASCP))
ONCOTYPE DX SENT TO ⟦O|EXACT SCIENCES⟧ ⟦D|04/13/2099⟧, REQUISITION ⟦I|GHI-2099-118274⟧.
PATHOLOGIST: ⟦N|MARGARETHE SOLBERG-NWANKWO⟧, MD   ELECTRONICALLY SIGNED ⟦D|04/13/2099⟧ 15:22
CC: DR. ⟦N|ECKHARDT⟧; DR. ⟦N|PRAVEEN RAMACHANDRAN⟧ (⟦H|BISMARCK CANCER CENTER⟧)
`);

note("blood-bank-caps", `
⟦H|TUPELO REGIONAL MEDICAL CENTER⟧ BLOOD BANK - TRANSFUSION RECORD
PATIENT: ⟦N|PEGUES, ODELL RAY⟧   MRN ⟦M|TR-4417209⟧   DOB ⟦D|12/28/1940⟧   ACCT ⟦I|V009944127⟧   LOC 4W-412
ABO/RH: O POS   ANTIBODY SCREEN: POSITIVE - ANTI-E IDENTIFIED ⟦D|04/15/2099⟧ (ALSO IN HISTORY FROM ⟦O|VITALANT⟧ REFERENCE LAB ⟦D|2097⟧)
ORDER ⟦I|BB-99-228104⟧: TRANSFUSE 2 UNITS RBC, E-NEGATIVE, ANTIGEN-TYPED. ORDERING: ⟦N|CHIDI ANYANWU⟧, MD (HOSPITALIST)
BAND ID ⟦I|BBX-77218⟧ VERIFIED AT BEDSIDE.
UNIT #              PRODUCT        ABO/RH  EXPIRES      ISSUED        BY            TRANSFUSED BY / 2ND VERIFIER
⟦I|W0415 99 204471 4⟧   RBC LR AS-1    O POS   ⟦D|05/08/2099⟧   ⟦D|04/15⟧ 14:10   ⟦N|M. SHUMPERT⟧     ⟦N|ALICE FAVRE⟧ RN / ⟦N|T. KNOX⟧ RN
⟦I|W0415 99 204488 K⟧   RBC LR AS-1    O POS   ⟦D|05/08/2099⟧   ⟦D|04/15⟧ 18:35   ⟦N|M. SHUMPERT⟧     ⟦N|ALICE FAVRE⟧ RN / ⟦N|D. YARBROUGH⟧ RN
SUPPLIER: ⟦O|MISSISSIPPI BLOOD SERVICES⟧, ⟦C|FLOWOOD⟧.   WARMER: RANGER SN ⟦DEV|RG-5501872⟧
VITALS PRE/15 MIN/POST UNREMARKABLE. NO REACTION. POST HGB ⟦D|4/16⟧ 8.9.
TECH REVIEW: ⟦N|MAVIS SHUMPERT⟧, MLS(ASCP)   MEDICAL DIRECTOR: ⟦N|ANTOINE BEAUCHESNE⟧, MD
PATIENT GIVEN ANTIBODY WALLET CARD. RECORD FAXED TO ⟦H|NORTH MISSISSIPPI HEMATOLOGY⟧ ⟦F|662-555-0147⟧ ⟦D|04/16/2099⟧.
`);

note("micro-call-log-caps", `
MICROBIOLOGY CRITICAL VALUE CALL LOG - ⟦O|TRI-STATE REFERENCE LABORATORY⟧ - ⟦C|JOPLIN⟧ ⟦STATE|MO⟧   WEEK OF ⟦D|04/13/2099⟧
DATE/TIME    ACCESSION         PATIENT                 MRN           RESULT                                    CALLED TO                        BY    READBACK
⟦D|04/13⟧ 0612   ⟦I|M99-103341⟧    ⟦N|OKAFOR, CHIAMAKA⟧         ⟦M|FH0048812⟧     BLOOD CX 1/2 GPC CLUSTERS              ⟦N|B. WENDT⟧ RN ⟦H|FREEMAN WEST⟧ 3 TOWER   ⟦N|JDL⟧   Y
⟦D|04/13⟧ 1140   ⟦I|M99-103388⟧    ⟦N|STUCKEY, HARLAN⟧         ⟦M|MH2207194⟧     CSF GRAM STAIN GPDC                    DR ⟦N|PATEL-KHOURY⟧ ED          ⟦N|JDL⟧   Y
⟦D|04/14⟧ 0233   ⟦I|M99-103502⟧    ⟦N|ESQUIVEL ROJAS, NAYELI⟧   ⟦M|FH0049017⟧     BLOOD CX 2/2 GNR (BIOFIRE: E. COLI, CTX-M DETECTED)   ⟦N|K. MAHONEY⟧ RN NICU        ⟦N|RTB⟧   Y
⟦D|04/14⟧ 1517   ⟦I|M99-103617⟧    ⟦N|LONGACRE, DELPHINE⟧       ⟦M|CM0771843⟧     C. AURIS SCREEN POSITIVE (AXILLA/GROIN) ⟦H|CARTHAGE MERCY NURSING AND REHAB⟧ DON ⟦N|WILMA ROYSE⟧   ⟦N|JDL⟧   Y
⟦D|04/15⟧ 2250   ⟦I|M99-103790⟧    ⟦N|FITZHUGH, BARNABY⟧        ⟦M|MH2207822⟧     AFB SMEAR 2+ (SPUTUM)                  ⟦O|JASPER COUNTY HEALTH DEPARTMENT⟧ ⟦P|417-555-0108⟧ AND DR. ⟦N|NAKASHIMA⟧  ⟦N|RTB⟧   Y
⟦D|04/16⟧ 0905   ⟦I|M99-103811⟧    ⟦N|VU, THANH LIEM⟧          ⟦M|FH0049133⟧     STOOL SHIGA TOXIN POSITIVE - ISOLATE TO STATE LAB        DR ⟦N|ELIASSON⟧ OFFICE, LEFT MSG W/ ⟦N|TIFFANY⟧  ⟦N|JDL⟧   N - RECALLED 0931 Y
STATE PUBLIC HEALTH LAB COURIER: ⟦O|MISSOURI STATE PUBLIC HEALTH LABORATORY⟧, ⟦C|JEFFERSON CITY⟧, TRACKING ⟦I|1Z44R7180391120447⟧.
TECHS: ⟦N|JDL⟧ = ⟦N|JANELLE DE LEON⟧, ⟦N|RTB⟧ = ⟦N|ROLAND T. BUSBY⟧. SUPERVISOR REVIEW ⟦N|H. AGUILERA⟧ ⟦D|04/17/2099⟧.
`);

note("mammo-caps", `
⟦H|WOMEN'S IMAGING CENTER OF SHREVEPORT⟧   ⟦S|7700 YOUREE DR⟧ SUITE 110, ⟦C|SHREVEPORT⟧ ⟦STATE|LA⟧ ⟦Z|71105⟧   ⟦P|318-555-0163⟧
MQSA FACILITY ID ⟦I|228411⟧
PATIENT: ⟦N|BROUSSARD-THIBODEAUX, CLAUDETTE⟧   DOB ⟦D|06/06/1961⟧   MRN ⟦M|WIC-0334187⟧   ACC ⟦I|MG9904-2271⟧
EXAM: DIGITAL DIAGNOSTIC MAMMOGRAM LEFT WITH TOMOSYNTHESIS; LEFT BREAST ULTRASOUND   DATE: ⟦D|APRIL 15, 2099⟧
REFERRING: ⟦N|OLUWASEUN ADEBAYO⟧, MD (⟦H|HIGHLAND FAMILY MEDICINE⟧)   UNIT: SELENIA DIMENSIONS SN ⟦DEV|SD-81144207⟧
HISTORY: CALLBACK FROM SCREENING ⟦D|04/02/2099⟧ FOR LEFT ASYMMETRY. MOTHER ⟦N|ROSALIE⟧ - BREAST CA AT 58. PRIOR BENIGN BIOPSY RIGHT ⟦D|2089⟧ AT ⟦H|WILLIS-KNIGHTON⟧.
COMPARISON: ⟦D|04/02/2099⟧, ⟦D|03/28/2097⟧, ⟦D|03/30/2095⟧.
BREAST DENSITY: C - HETEROGENEOUSLY DENSE.
FINDINGS: SPOT COMPRESSION CONFIRMS A 9 MM IRREGULAR MASS LEFT 2:00, 6 CM FN. US: 8 X 7 X 9 MM HYPOECHOIC MASS, ANGULAR MARGINS, NOT PARALLEL, 2:00 6 CM FN. AXILLA NORMAL.
IMPRESSION: BI-RADS 4C. ULTRASOUND-GUIDED CORE BIOPSY RECOMMENDED.
RESULT COMMUNICATED IN PERSON TO PATIENT BY DR. ⟦N|HOLLINGSWORTH⟧ ⟦D|04/15/2099⟧; BIOPSY SCHEDULED ⟦D|04/17/2099⟧. NAVIGATOR ⟦N|FELICIA GUIDRY⟧ ⟦P|318-555-0166⟧.
LAY LETTER SENT ⟦D|04/15/2099⟧ TO ⟦S|412 PIERREMONT RD⟧, ⟦C|SHREVEPORT⟧ ⟦STATE|LA⟧ ⟦Z|71106⟧.
INTERPRETED BY: ⟦N|CHARLOTTE HOLLINGSWORTH⟧, MD, FSBI
`);

note("tox-custody-caps", `
FORENSIC DRUG TESTING CUSTODY AND CONTROL FORM - COPY 1 (TEST FACILITY)
SPECIMEN ID: ⟦I|0044812773⟧   ACCESSION: ⟦I|TX-99-772104⟧
STEP 1 (EMPLOYER): ⟦O|PANHANDLE ROUGHNECK DRILLING INC⟧, ⟦S|3300 AMARILLO BLVD E⟧, ⟦C|AMARILLO⟧ ⟦STATE|TX⟧ ⟦Z|79107⟧   DER ⟦N|LUANN CHISUM⟧ ⟦P|806-555-0124⟧  FAX ⟦F|806-555-0125⟧
MRO: ⟦N|BARTHOLOMEW Q. ADEYEMI⟧, MD, ⟦S|1515 19TH ST⟧, ⟦C|LUBBOCK⟧ ⟦STATE|TX⟧ ⟦Z|79401⟧   ⟦P|806-555-0199⟧
DONOR SSN OR EMPLOYEE ID: ⟦SSN|452-88-1174⟧   REASON: POST-ACCIDENT   TESTS: THC, COC, PCP, OPI, AMP
STEP 2 (COLLECTOR): TEMP 32-38C [X]   SPLIT [X]   OBSERVED [ ]
COLLECTION SITE: ⟦O|LLANO OCCUPATIONAL SERVICES⟧, ⟦S|601 S GEORGIA ST⟧, ⟦C|AMARILLO⟧ ⟦STATE|TX⟧ ⟦Z|79106⟧   ⟦P|806-555-0170⟧
STEP 4 (CHAIN OF CUSTODY): COLLECTOR ⟦N|DESIREE TAFOYA⟧ ⟦D|04/16/2099⟧ 06:47   RELEASED TO ⟦O|FEDEX⟧ ⟦I|7719 2210 4478⟧
STEP 5 (DONOR): ⟦N|REYNALDO ULIBARRI⟧   DOB ⟦D|02/09/1985⟧   DAY PHONE ⟦P|806-555-0137⟧   EVENING ⟦P|806-555-0138⟧   ⟦D|4/16/99⟧
LABORATORY: ⟦O|CLINICAL REFERENCE LABORATORY⟧, ⟦C|LENEXA⟧ ⟦STATE|KS⟧   RECEIVED ⟦D|04/17/2099⟧ BY ⟦N|P. NGUYEN-STRAUSS⟧, SEAL INTACT.
RESULT: NEGATIVE (ALL ANALYTES). CERTIFYING SCIENTIST ⟦N|GIDEON FALKENRATH⟧ ⟦D|04/18/2099⟧.
MRO VERIFICATION: NEGATIVE. ⟦N|B.Q. ADEYEMI⟧ ⟦D|04/18/2099⟧. REPORTED TO DER VIA FAX.
`);

note("autopsy-caps", `
OFFICE OF THE MEDICAL EXAMINER - ⟦LO|YELLOWSTONE COUNTY⟧   ⟦S|3165 KING AVE E⟧, ⟦C|BILLINGS⟧ ⟦STATE|MT⟧ ⟦Z|59101⟧
REPORT OF AUTOPSY   CASE NO. ⟦I|ME-99-0187⟧
DECEDENT: ⟦N|LEFTHAND, MARLON DEWAYNE⟧   AGE 34   DOB ⟦D|07/04/2064⟧   RESIDENCE ⟦C|LODGE GRASS⟧, ⟦STATE|MT⟧
DATE/TIME OF DEATH: ⟦D|04/11/2099⟧ 23:15 (PRONOUNCED, ⟦H|BILLINGS CLINIC⟧ ED)   AUTOPSY: ⟦D|04/12/2099⟧ 09:00
INVESTIGATOR: ⟦N|SHAUNA WOLFCHILD⟧ (DEPUTY CORONER)   IDENTIFIED BY: SISTER ⟦N|LORETTA LEFTHAND⟧ VIA PHOTOGRAPH
PATHOLOGIST: ⟦N|EMERSON J. KRAUTHAMMER⟧, MD, FORENSIC PATHOLOGIST   AUTOPSY TECH: ⟦N|C. RED CLOUD⟧
EXTERNAL: WELL-NOURISHED ADULT MALE, 71 IN, 198 LB. TATTOO LEFT FOREARM "⟦N|JOLENE⟧ ⟦D|2088⟧". MEDICAL INTERVENTION: ET TUBE, DEFIB PADS.
INTERNAL: HEART 480 G; LAD 90% STENOSIS WITH ACUTE THROMBUS. LUNGS 720/680 G, EDEMA.
TOXICOLOGY: FEMORAL BLOOD SENT TO ⟦O|NMS LABS⟧, ⟦C|HORSHAM⟧ ⟦STATE|PA⟧, WORK ORDER ⟦I|99-1144820⟧: ETHANOL 0.04 G/DL; NO DRUGS DETECTED.
HISTOLOGY SLIDES RETAINED; TISSUE FOR POSTMORTEM GENETIC TESTING (CARDIAC PANEL) HELD AT -80, FREEZER ⟦DEV|ULT-2217⟧.
CAUSE OF DEATH: ACUTE MYOCARDIAL INFARCTION DUE TO ATHEROSCLEROTIC CORONARY ARTERY DISEASE.   MANNER: NATURAL.
DEATH CERTIFICATE ⟦I|MT-DC-2099-004418⟧ FILED ⟦D|04/14/2099⟧. REPORT TO FAMILY CONTACT ⟦N|LORETTA LEFTHAND⟧ ⟦P|406-555-0129⟧.
⟦N|E.J. KRAUTHAMMER⟧, MD ⟦D|05/02/2099⟧
`);

note("lab-req-caps", `
⟦O|QUEST DIAGNOSTICS⟧ REQUISITION   REQ # ⟦I|Q9920417713⟧   ACCOUNT ⟦I|73114402⟧ ⟦H|RIVER BEND FAMILY PHYSICIANS⟧, ⟦S|410 S SAGINAW ST⟧, ⟦C|FLINT⟧ ⟦STATE|MI⟧ ⟦Z|48502⟧
PHYSICIAN: ⟦N|MAHMOUD AL-SAADI⟧, MD   NPI ⟦I|1396604418⟧   PHONE ⟦P|810-555-0114⟧  FAX ⟦F|810-555-0115⟧
PATIENT: ⟦N|KOWALCZYK, STANISLAW⟧   DOB ⟦D|01/19/1933⟧   AGE ⟦A|96⟧   SEX M   PHONE ⟦P|989-555-0142⟧
ADDRESS: ⟦S|1207 N WATER ST⟧, ⟦C|BAY CITY⟧ ⟦STATE|MI⟧ ⟦Z|48708⟧
BILL TO: MEDICARE   MBI ⟦HP|4TG7-HJ2-KA19⟧   SECONDARY ⟦O|BLUE CROSS BLUE SHIELD OF MICHIGAN⟧ ID ⟦HP|XYZ887104412⟧ GROUP ⟦HP|007014488⟧
ABN SIGNED: YES (PSA - SCREENING FREQUENCY)   FASTING: Y
DX: N18.4, D63.1, E11.22, R97.20
TESTS: CMP (10231), CBC W/DIFF (6399), PTH INTACT (8837), VITAMIN D 25-OH (17306), PSA TOTAL (5363), UACR (6517)
COLLECTED: ⟦D|04/16/2099⟧ 07:55 AT PSC ⟦O|QUEST PATIENT SERVICE CENTER BAY CITY⟧ BY ⟦N|JAZMYNE ORTEGA-PIKE⟧ (PHLEBOTOMIST ⟦UN|JORTEGAP⟧)   TUBES: 1 SST, 1 LAV, 1 URINE
HOMEBOUND DRAW? N.   CAREGIVER ⟦N|HALINA KOWALCZYK-DUNN⟧ (DAUGHTER) ⟦P|989-555-0177⟧
COPY TO: DR. ⟦N|JUSTYNA WIERZBICKI⟧, ⟦H|GREAT LAKES NEPHROLOGY⟧ ⟦F|989-555-0130⟧
`);

note("newborn-screen-caps", `
⟦O|LOUISIANA DEPARTMENT OF HEALTH⟧ - NEWBORN SCREENING PROGRAM - ABNORMAL RESULT FOLLOW-UP
DATE ⟦D|04/17/2099⟧   NBS LAB # ⟦I|LA99-0418872⟧   KIT/FILTER CARD ⟦I|1120448771⟧
INFANT: BABY GIRL ⟦N|ARCENEAUX⟧   DOB ⟦D|04/12/2099⟧ 03:41   BIRTH WT 3,210 G   COLLECTED ⟦D|04/13/2099⟧ AT 26 H
BIRTH FACILITY: ⟦H|OCHSNER LSU HEALTH MONROE MEDICAL CENTER⟧   MOTHER: ⟦N|ARCENEAUX, JOLIE ANNE⟧   DOB ⟦D|10/30/2075⟧   PHONE ⟦P|318-555-0191⟧
MOTHER ADDRESS: ⟦S|88 BAYOU DESIARD RD⟧, ⟦C|MONROE⟧ ⟦STATE|LA⟧ ⟦Z|71201⟧
RESULT: ELEVATED C3 PROPIONYLCARNITINE 7.8 UMOL/L (CUTOFF 5.5), C3/C2 RATIO 0.31 - OUT OF RANGE: PROPIONIC/METHYLMALONIC ACIDEMIA.
PCP OF RECORD: ⟦N|LAKEISHA FONTENOT-GREENE⟧, MD, ⟦H|OUACHITA PEDIATRICS⟧ ⟦P|318-555-0150⟧ FAX ⟦F|318-555-0151⟧
ACTIONS: PCP NOTIFIED BY PHONE ⟦D|04/17/2099⟧ 09:20 (SPOKE TO DR. ⟦N|FONTENOT-GREENE⟧). METABOLIC CONSULT: ⟦N|VIKRAM SESHADRI⟧, MD, ⟦H|CHILDREN'S HOSPITAL NEW ORLEANS⟧ GENETICS ⟦P|504-555-0102⟧.
CONFIRMATORY: PLASMA ACYLCARNITINES, URINE ORGANIC ACIDS, PLASMA TOTAL HOMOCYSTEINE - SENT TO ⟦O|MAYO CLINIC LABORATORIES⟧ ⟦D|04/17/2099⟧.
FAMILY CONTACTED VIA MEDICAID CASE MGR; INFANT ID IN STATE SYSTEM ⟦I|NB-2099-118804⟧. MEDICAID ⟦HP|4410987723⟧.
FOLLOW-UP COORDINATOR: ⟦N|ROSEMARY DAIGLE⟧, RN ⟦E|RDAIGLE@LDH-NBS-EXAMPLE.GOV⟧ ⟦P|504-555-0124⟧
`);

note("ir-procedure-caps", `
INTERVENTIONAL RADIOLOGY PROCEDURE NOTE - ⟦H|SAINT ALPHONSUS MEDICAL CENTER - BOISE⟧
PATIENT: ⟦N|ECHEVERRIA, IÑAKI⟧   MRN ⟦M|SA-2004417⟧   DOB ⟦D|08/21/1950⟧   DOS ⟦D|04/16/2099⟧   ACC ⟦I|IR99-00884⟧
PROCEDURE: CT-GUIDED PERCUTANEOUS BIOPSY, LEFT LOWER LOBE LUNG MASS; 3 X 18G CORES.
OPERATOR: ⟦N|SANTIAGO ARRIZABALAGA⟧, MD   FELLOW: ⟦N|MEGHAN O'TOOLE⟧, MD   IR RN: ⟦N|KRISTJAN DAHL⟧, RN   CT TECH ⟦N|BREE ALVORD⟧
REFERRING: DR. ⟦N|HELENA CZARNECKI⟧ (PULMONOLOGY)   TIME-OUT 13:02 ALL AGREE. CONSENT BY PATIENT AND SON ⟦N|MIKEL⟧ (INTERPRETER ⟦N|AITOR ZUBIRI⟧, BASQUE/SPANISH, ID ⟦I|INT-4417⟧).
SEDATION: MODERATE, MIDAZOLAM 2 MG/FENTANYL 100 MCG, 28 MIN. ASA 3.
DEVICE: TEMNO EVOLUTION 18G X 15 CM, LOT 22J41. COAXIAL 17G INTRODUCER.
FINDINGS: 3.4 CM LLL MASS. CORES TO ⟦O|IDAHO PATHOLOGY GROUP⟧ IN FORMALIN, REQ ⟦I|IPG-99-11471⟧; ROSE BY DR. ⟦N|FARAH QUADRI⟧: ADEQUATE, ATYPICAL CELLS.
COMPLICATION: SMALL PNEUMOTHORAX; 2-H CXR STABLE. DISCHARGED 17:40 WITH WIFE ⟦N|ARANTXA⟧.
DISTRIBUTION: ⟦N|CZARNECKI, HELENA⟧ MD; ⟦N|TORRES-LUND, PAUL⟧ MD (PCP, ⟦H|TREASURE VALLEY FAMILY CARE⟧, ⟦C|NAMPA⟧); CHART.
⟦N|S. ARRIZABALAGA⟧, MD ⟦D|4/16/2099⟧ 17:55
`);

// ======================================================== lower case (10) ========================================================

note("us-renal-lower", `
ultrasound retroperitoneal complete - ⟦H|valley children's and family imaging⟧, ⟦C|visalia⟧ ⟦STATE|ca⟧
pt ⟦N|xiong, mai yer⟧  mrn ⟦M|vcfi-228104⟧  dob ⟦D|05/19/1990⟧  acc ⟦I|us99041644⟧  dos ⟦D|4/16/99⟧ 10:20
ordering: dr. ⟦N|nou vang⟧, ⟦H|fresno hmong family clinic⟧ (fax ⟦F|559-555-0127⟧)   sonographer ⟦N|cheyenne brightwater⟧ rdms
unit: logiq e10 (room 3) sn ⟦DEV|lg10-441872⟧
history: flank pain, microscopic hematuria. pregnant? no (upt neg ⟦D|4/16⟧).
comparison: ct a/p ⟦D|01/07/2098⟧ at ⟦H|kaweah health medical center⟧.
findings: right kidney 11.2 cm, moderate hydronephrosis, 6 mm stone at the ujc with twinkle artifact. left kidney 10.8 cm, normal. bladder: bilateral jets seen (right diminished).
impression: moderate right hydronephrosis with 6 mm ujc stone.
prelim called to dr. ⟦N|vang⟧'s office nurse ⟦N|pa houa⟧ at 11:02 ⟦D|4/16/99⟧ - read back ok. pt sent to ed per dr.
read by ⟦N|ravindra pillai-gomes⟧ md, remote reading via ⟦O|sequoia teleradiology partners⟧   signed ⟦D|04/16/2099⟧ 11:09
`);

note("poc-glucose-log-lower", `
point of care glucose qc/patient log - ⟦H|sagebrush community hospital⟧ 2 south - meter accu-chek inform ii sn ⟦DEV|uu18844172⟧
week ⟦D|04/12/2099⟧ - ⟦D|04/18/2099⟧   poc coordinator ⟦N|marisol fenwick⟧ mt(ascp) x ⟦P|4471⟧
date       time   pt/qc               mrn/lot          result   op id     operator
⟦D|04/12⟧      0604   qc level 1          lot 4417 (46-78)   61       ⟦UN|rn3382⟧    ⟦N|t. salazar⟧
⟦D|04/12⟧      0611   ⟦N|begay, lorenzo⟧        ⟦M|sch201774⟧          212      ⟦UN|rn3382⟧    ⟦N|t. salazar⟧
⟦D|04/12⟧      1130   ⟦N|begay, lorenzo⟧        ⟦M|sch201774⟧          188      ⟦UN|rn4417⟧    ⟦N|ollie merriweather⟧
⟦D|04/13⟧      0045   ⟦N|harjo-tsosie, wynona⟧  ⟦M|sch201903⟧          39 *crit* repeat 41, d50 given, dr. ⟦N|kee⟧ notified 0050   ⟦UN|rn4420⟧ ⟦N|s. yazzie⟧
⟦D|04/13⟧      0117   ⟦N|harjo-tsosie, wynona⟧  ⟦M|sch201903⟧          96       ⟦UN|rn4420⟧    ⟦N|s. yazzie⟧
⟦D|04/14⟧      0700   qc level 2          lot 4418 (254-344)  301      ⟦UN|lpn0912⟧   ⟦N|gus abernathy⟧
⟦D|04/15⟧      1622   ⟦N|castillo, ofelia⟧      ⟦M|sch200418⟧          >600 - sent to lab, lab value 742 (acc ⟦I|c99-221047⟧)   ⟦UN|rn3382⟧ ⟦N|t. salazar⟧
operator ⟦UN|rn5102⟧ (⟦N|dwight okeke⟧) locked out - competency expired ⟦D|03/31/2099⟧, reassigned to ⟦N|marisol⟧ for recert.
reviewed ⟦N|mf⟧ ⟦D|4/19/99⟧. meter docked to ⟦IP|10.44.18.207⟧ (cobas it 1000).
`);

note("genetic-counsel-lower", `
⟦H|high desert cancer genetics clinic⟧ - ⟦C|bend⟧, ⟦STATE|oregon⟧
genetic counseling visit note (telehealth)  ⟦D|april 14, 2099⟧
patient: ⟦N|ingeborg lindqvist-amara⟧, dob ⟦D|11/03/1972⟧, mrn ⟦M|hdcg-00441⟧
counselor: ⟦N|phoebe ashworth⟧, ms, cgc   supervising md: dr. ⟦N|tomasz wierzba⟧
referred by dr. ⟦N|okoro⟧ (breast surgery, ⟦H|st. charles bend⟧) after new dx of triple-negative breast cancer at 51.
pedigree (3 generations, drawn in progeny): proband's mother ⟦N|astrid⟧ (d. 67, ovarian ca dx at 61, ⟦C|stavanger⟧, ⟦COUNTRY|norway⟧). maternal aunt ⟦N|solveig⟧ - breast ca at 44, living in ⟦C|duluth⟧. maternal grandfather - pancreatic ca at 70. father ⟦N|kwame amara⟧ (⟦COUNTRY|ghana⟧), 78, well; paternal side unremarkable per pt. one brother ⟦N|kofi⟧, 49, never tested. daughter ⟦N|elsa⟧, 22, in ⟦C|eugene⟧.
ancestry: norwegian / ghanaian (akan). no known jewish ancestry. no consanguinity.
risk models: tyrer-cuzick not applicable (affected); nccn criteria met.
plan: multigene panel (brca1, brca2, palb2, chek2, atm, tp53, pten, cdh1, stk11, rad51c, rad51d, brip1 + lynch genes) via ⟦O|invitae⟧, req ⟦I|rq-88412047⟧, saliva kit shipped to ⟦S|20518 nw silver sage ct⟧, ⟦C|bend⟧ ⟦Z|97703⟧. insurance ⟦O|pacificsource⟧ member ⟦HP|ps0884471201⟧ - prior auth ⟦I|pa-77104⟧ approved ⟦D|4/12⟧.
discussed gina (health insurance/employment protections, not life/ltc), vus possibility, cascade testing for ⟦N|elsa⟧ and ⟦N|kofi⟧.
results expected 2-3 wk; follow-up video visit booked ⟦D|may 5⟧. pt email ⟦E|ingeborg.la@examplemail.com⟧.
total time 62 min. ⟦N|pa⟧
`);

note("frozen-section-lower", `
intraoperative consultation (frozen section) - ⟦H|meadville medical center⟧ pathology, or 6
case ⟦I|fs99-0217⟧ / surgical case ⟦I|s99-02208⟧   pt ⟦N|ostrowski, bernadette⟧ mrn ⟦M|mmc-0771824⟧ dob ⟦D|2/2/1966⟧
surgeon: dr. ⟦N|leopold fairbanks⟧ (ext ⟦P|4412⟧)   received 10:14 ⟦D|4/15/99⟧
a. right thyroid lobe - frozen: follicular lesion, defer to permanents. called to dr. ⟦N|fairbanks⟧ in or 6 at 10:31 by dr. ⟦N|yuen⟧, read back by circulator ⟦N|gwen pettibone⟧ rn.
b. "level vi node" - frozen: negative for metastatic carcinoma. called 10:52, dr. ⟦N|fairbanks⟧ confirmed.
c. parathyroid? - frozen: parathyroid tissue, hypercellular. called 11:20.
frozen/permanent correlation to follow. cryostat: leica cm1950 sn ⟦DEV|cm1950-44172⟧.
⟦N|winifred yuen⟧ md, pathologist   resident dr. ⟦N|aleksandr petrosyan⟧ (pgy-3)   histotech ⟦N|jd⟧
permanent sections: final to follow under ⟦I|s99-02208⟧ - expected ⟦D|4/17/99⟧. cc: dr. ⟦N|fairbanks⟧; dr. ⟦N|rosalind achterberg⟧ (endocrinology, ⟦H|meadville medical center⟧ clinic); tumor registry (⟦N|c. mooney⟧).
`);

note("sendout-report-lower", `
reference lab result - ⟦O|arup laboratories⟧ | ⟦S|500 chipeta way⟧, ⟦C|salt lake city⟧, ⟦STATE|ut⟧ ⟦Z|84108⟧ | ⟦P|(800) 555-0142⟧ | ⟦U|www.aruplab-example.com⟧
client: ⟦H|grand junction regional lab⟧ (⟦H|western slope medical center⟧) client # ⟦I|18842⟧
patient: ⟦N|trujillo, esteban marcos⟧   dob ⟦D|10/10/1959⟧   age 39   sex m   client pt id ⟦M|wsmc8841207⟧   arup accession ⟦I|99-104-118827⟧
physician: ⟦N|nakamura-bell, sayaka⟧
collected: ⟦D|04/10/2099⟧ 09:15   received: ⟦D|04/11/2099⟧ 08:02   reported: ⟦D|04/15/2099⟧ 14:47
test                                   result            units     ref interval
myelin oligodendrocyte gp ab (mog) igg  positive 1:100    titer     <1:10     h
aquaporin-4 receptor ab (nmo) igg       negative                    negative
oligoclonal bands, csf                  5 bands                     <2        h
comment: result verified by repeat. interpretive review by ⟦N|julian ashdown-reyes⟧, md, phd, medical director, neuroimmunology.
performed at: ⟦O|arup laboratories⟧, clia ⟦I|46d0684120⟧. director ⟦N|mathias brandvold⟧, md.
report printed ⟦D|04/15/2099⟧ 15:02 by ⟦UN|gjrl_lis⟧ - distribution: dr. ⟦N|nakamura-bell⟧ (⟦H|western slope neurology⟧) fax ⟦F|970-555-0138⟧; chart.
`);

note("cytology-pap-lower", `
gynecologic cytology - ⟦O|piedmont cytopathology lab⟧, ⟦C|macon⟧ ⟦STATE|ga⟧ | accession ⟦I|gyn99-118204⟧
patient ⟦N|wimberly, shaniqua d⟧ dob ⟦D|07/07/1994⟧ | ⟦H|middle georgia women's health⟧, dr. ⟦N|hezekiah oduya⟧ | collected ⟦D|04/08/2099⟧ received ⟦D|04/10/2099⟧
specimen: thinprep pap with reflex hpv. lmp ⟦D|03/22/2099⟧. g2p2.
specimen adequacy: satisfactory for evaluation; transformation zone present.
interpretation: atypical squamous cells of undetermined significance (asc-us).
hpv high risk (cobas): positive for other hr hpv types; hpv 16 neg, hpv 18 neg.
screened by ⟦N|latonya breedlove⟧, ct(ascp) ⟦D|4/13/99⟧. reviewed by dr. ⟦N|c. vandermolen⟧ ⟦D|4/14/99⟧.
recommendation per asccp risk-based guidelines: colposcopy.
ins: ⟦O|amerigroup georgia⟧ id ⟦HP|yga441872093⟧. results to portal + fax ⟦F|478-555-0190⟧.
prior: nilm ⟦D|2096⟧ (⟦O|labcorp⟧, acc ⟦I|lc96-2210478⟧). pt address on req ⟦S|1904 ingleside ave⟧, ⟦C|macon⟧ ⟦STATE|ga⟧ ⟦Z|31204⟧, phone ⟦P|478-555-0126⟧.
page 1 of 1 | ⟦O|piedmont cytopathology lab⟧ | clia ⟦I|11d0994417⟧ | medical director ⟦N|cornelis vandermolen⟧ md
`);

note("pedigree-letter-lower", `
hi mrs. ⟦N|begaye-holiday⟧ - this is ⟦N|kendra⟧ from the genetics clinic at ⟦H|northern arizona healthcare flagstaff medical center⟧. i'm writing up what we went over on the phone ⟦DAY|thursday⟧ so you have it for your family.
your son ⟦N|tyrell⟧ (born ⟦D|feb 2, 2097⟧) had a chromosome microarray sent to ⟦O|genedx⟧ (report date ⟦D|4/10/99⟧, lab # ⟦I|gdx-7714-20418⟧). it found a deletion on chromosome 22q11.2 (about 2.5 mb), the same region that causes 22q11.2 deletion syndrome (digeorge).
we talked about your family tree: you (⟦N|lorraine⟧) and his dad ⟦N|dominic holiday⟧ are healthy. ⟦N|dominic⟧'s sister ⟦N|tanya⟧ had a baby who died at 3 days of a heart problem at ⟦H|phoenix children's⟧ in ⟦D|2091⟧. your mom ⟦N|ella begaye⟧ lives in ⟦C|tuba city⟧ and has a hearing loss since childhood.
next steps: parental testing (fish for 22q11.2) for you and ⟦N|dominic⟧ - kits ordered, ⟦O|labcorp⟧ draw at ⟦S|1200 n beaver st⟧, ⟦C|flagstaff⟧. cardiology echo with dr. ⟦N|amoroso⟧ on ⟦D|april 28⟧. calcium level and immune labs already ordered under his mrn ⟦M|nah55102217⟧.
the 22q family foundation has good info: ⟦U|www.22q-family-example.org⟧. call me any time at ⟦P|928-555-0147⟧ or message me at ⟦E|kendra.whitlock@nah-example.org⟧.
take care, ⟦N|kendra whitlock⟧, ms, cgc
`);

note("transfusion-reaction-lower", `
transfusion reaction investigation - blood bank, ⟦H|mercy hospital fort smith⟧   rxn # ⟦I|tr-99-014⟧
pt ⟦N|pruitt, carlene⟧  mrn ⟦M|mfs00418827⟧  dob ⟦D|9/23/2005⟧  age ⟦A|93⟧  rm 5112
product: apheresis plt, din ⟦I|w1199 99 441872 e⟧, from ⟦O|arkansas blood institute⟧, started ⟦D|4/17/99⟧ 1420, stopped 1438 (~60 ml).
reported by ⟦N|jessamyn tull⟧ rn x ⟦P|5512⟧: temp 37.0 -> 38.6, rigors, bp 142/80 -> 168/94. no hives. no dyspnea.
clerical check: band, tag, and order match (⟦N|pruitt, carlene⟧ / ⟦M|mfs00418827⟧). bag and set returned 1455.
post sample: dat neg (poly), no hemolysis visible, abo/rh repeat o neg = pre. bag culture sent - micro acc ⟦I|m99-104417⟧, gram stain no organisms.
interp: febrile non-hemolytic transfusion reaction vs. early septic reaction (culture pending). supplier notified ⟦D|4/17/99⟧ 1630, spoke w/ ⟦N|renata oyelaran⟧, ref # ⟦I|abi-22718⟧. co-component (same donation) quarantined.
recommend: premedicate w/ acetaminophen; leukoreduced products (already lr).
workup tech ⟦N|beau delacroix⟧ mls   reviewed dr. ⟦N|anjali tiwari-boyd⟧, medical director, transfusion service ⟦D|4/18/99⟧
copy: attending dr. ⟦N|whitfield⟧, hemovigilance file, ⟦O|fda⟧ not required (non-fatal).
`);

note("echo-prelim-lower", `
echo lab prelim - ⟦H|baptist health paducah⟧ noninvasive cardiology
⟦N|dunaway, everett⟧ / ⟦M|bhp2218044⟧ / dob ⟦D|3-14-1944⟧ / acc ⟦I|ec990416-07⟧ / ⟦D|04/16/2099⟧
tte complete w/ definity. sonographer ⟦N|k. ashby⟧ rdcs. machine epiq cvx sn ⟦DEV|us91447208⟧.
ef 25-30% (biplane), new since ⟦D|09/2097⟧ (ef 55%, done at ⟦H|western baptist⟧). lv apical thrombus 1.4 x 1.1 cm, mobile.
critical finding - paged cardiology fellow dr. ⟦N|mbatha⟧ (pager ⟦P|270-555-0173⟧) 14:52, called back 14:58, read back. also told primary rn ⟦N|nadine cosby⟧ 4n.
final read to follow by dr. ⟦N|lucius vanmeter⟧. cc dr. ⟦N|heberlein⟧ (pcp, ⟦C|mayfield⟧).
ordered by dr. ⟦N|heberlein⟧ / ⟦N|carla mcelroy⟧ aprn, ⟦H|mayfield family clinic⟧ (fax ⟦F|270-555-0114⟧). pt's wife ⟦N|opal dunaway⟧ at bedside, phone ⟦P|270-555-0145⟧.
--- ⟦H|baptist health paducah⟧ | ⟦S|2501 kentucky ave⟧, ⟦C|paducah⟧ ⟦STATE|ky⟧ ⟦Z|42003⟧ | report id ⟦I|rpt-99-0416-2207⟧ | printed ⟦D|4/16/2099⟧ by ⟦UN|kashby⟧ ---
`);

note("chat-path-lower", `
[teams chat - ⟦D|4/16/99⟧]
⟦UN|jmcgraw⟧ 2:14 pm: hey is ⟦N|tolliver⟧ path back? ⟦I|s99-03311⟧? surgeon asking
⟦UN|aokonjo⟧ 2:15 pm: which ⟦N|tolliver⟧, there's two. ⟦N|tolliver, randall⟧ dob ⟦D|1/8/71⟧?
⟦UN|jmcgraw⟧ 2:15 pm: yes, mrn ⟦M|4410872⟧
⟦UN|aokonjo⟧ 2:17 pm: signed out this am by dr. ⟦N|sandoval-reyes⟧. appendix, acute appendicitis, no neoplasm. his other case ⟦I|s99-03312⟧ (the skin) still with dr. ⟦N|k⟧
⟦UN|jmcgraw⟧ 2:17 pm: ty. also ⟦N|priscilla⟧ from ⟦H|riverside surgical associates⟧ wants a copy faxed ⟦F|757-555-0118⟧
⟦UN|aokonjo⟧ 2:18 pm: ok sending. fyi lis is down 3-4 for upgrade, call me x ⟦P|6621⟧ or cell ⟦P|757-555-0149⟧ if stat
⟦UN|jmcgraw⟧ 2:19 pm: 👍
`);

// ======================================================== mixed case (25) ========================================================

note("mri-brain-addendum", `
⟦H|Saint Vincent Hospital⟧, ⟦C|Erie⟧ — Imaging Services
MRI BRAIN WITH AND WITHOUT CONTRAST
Patient: ⟦N|Wojcik, Aurelia T.⟧    MRN: ⟦M|SVH-10448271⟧    DOB: ⟦D|12/01/1983⟧    Acct: ⟦I|5500918274⟧
Accession: ⟦I|MR-99-0072215⟧    Order: ⟦I|66104478⟧    Exam date: ⟦D|Apr 13, 2099⟧ 19:40
Ordering provider: ⟦N|Dariusz Kaczmarek⟧, DO (Neurology, ⟦H|Lake Erie Neurology Associates⟧)    PCP: ⟦N|Renee Albright-Coyle⟧, MD
Scanner: SIGNA Premier 3T (MR3), coil 48-ch head. Gadavist 7.5 mL IV, lot withheld. Tech: ⟦N|Jasper Uhl⟧, RT(R)(MR).
Indication: new left arm numbness x 2 weeks, optic neuritis OD ⟦D|March 2099⟧ (treated at ⟦H|UPMC Hamot⟧).
Comparison: MRI brain ⟦D|06/22/2094⟧ (⟦H|Millcreek Community Hospital⟧, report only, images requested from ⟦N|Sandy⟧ in film library ⟦P|814-555-0133⟧).
Findings: Eleven ovoid T2/FLAIR hyperintensities, periventricular (Dawson fingers), juxtacortical and one infratentorial (right middle cerebellar peduncle). Two enhance (left centrum semiovale, right corona radiata), consistent with active demyelination. No mass effect. Normal flow voids.
Impression: Multifocal demyelinating lesions with enhancement, dissemination in space and time per 2017 McDonald criteria. Recommend MRI cervical and thoracic spine.
Dictated by: ⟦N|Priyanka Sethuraman⟧, MD    Signed ⟦D|04/13/2099⟧ 21:15
ADDENDUM (⟦D|04/14/2099⟧ 08:20): Outside images from ⟦D|2094⟧ now reviewed (pushed by ⟦H|Millcreek⟧, study UID ending .4471): three of the periventricular lesions were present then, unchanged. Impression unchanged. Discussed with Dr. ⟦N|Kaczmarek⟧ by phone 08:25. — ⟦N|P. Sethuraman⟧
Distribution: ⟦N|Kaczmarek, Dariusz⟧ DO; ⟦N|Albright-Coyle, Renee⟧ MD; ⟦O|MS Center of Northwestern Pennsylvania⟧ (fax ⟦F|814-555-0160⟧)
`);

note("ct-abd-ed-critical", `
⟦H|Covenant HealthCare⟧ Emergency Radiology — ⟦C|Saginaw⟧, ⟦STATE|Michigan⟧
CT ABDOMEN AND PELVIS WITH IV CONTRAST    Accession ⟦I|CT20990415-1183⟧    ⟦D|04/15/2099⟧ 02:17
Pt: ⟦N|Delacruz-Whitmore, Jonah⟧ | MRN ⟦M|CHC00917724⟧ | DOB ⟦D|08/30/2001⟧ | ED bed 14 | Encounter ⟦I|E99-338104⟧
Ordered by ⟦N|Felipe Oyarzun⟧, PA-C, supervising Dr. ⟦N|Imogen Castellanos⟧ (ED).
History: RLQ pain, WBC 16.4. Omnipaque 350, 100 mL. Scanner Revolution CT, ED room.
Findings: Dilated appendix 14 mm with wall hyperenhancement, appendicolith, and a 3.1 x 2.4 cm rim-enhancing periappendiceal collection with extraluminal gas. Small free fluid pelvis. Liver, spleen, pancreas normal.
Impression: Perforated appendicitis with periappendiceal abscess.
CRITICAL RESULT COMMUNICATION: Result called to ⟦N|Felipe Oyarzun⟧ PA-C at 02:41 on ⟦D|04/15/2099⟧ by Dr. ⟦N|Baptiste⟧, read back and acknowledged. Documented per policy RAD-CR-07.
Preliminary read by ⟦N|Theo Baptiste⟧, MD (resident, PGY-4); final ⟦N|Miriam Oyelowo-Stein⟧, MD ⟦D|04/15/2099⟧ 07:02 — agree with prelim; abscess better seen on coronal 3-41.
Copies: ⟦N|Castellanos, Imogen⟧ MD; Surgery (Dr. ⟦N|Beaulieu⟧ on call, pager ⟦P|989-555-0126⟧).
`);

note("pet-ct-oncology", `
NUCLEAR MEDICINE — PET/CT SKULL BASE TO MID-THIGH (F-18 FDG)
⟦H|Monument Health Rapid City Hospital⟧ | ⟦S|353 Fairmont Blvd⟧, ⟦C|Rapid City⟧, ⟦STATE|SD⟧ ⟦Z|57701⟧
Patient ⟦N|Two Bulls, Arlene⟧    MRN ⟦M|MH-5520174⟧    DOB ⟦D|4/2/1969⟧    Accession ⟦I|NM99-00418⟧    Study date ⟦D|04/16/2099⟧
Referring: ⟦N|Gerhard Lindemann⟧, MD, Hematology/Oncology, ⟦H|Monument Health Cancer Care Institute⟧
Insurance: ⟦O|Indian Health Service⟧ purchased/referred care, authorization ⟦I|PRC-99-22104⟧; ⟦O|South Dakota Medicaid⟧ ID ⟦HP|SD118820473⟧
Radiopharmaceutical: 10.8 mCi F-18 FDG IV R antecubital 10:02, uptake 62 min. Glucose 104 mg/dL. Biograph Vision 600, SN ⟦DEV|BV6-88214⟧. Dose calibrator Capintec CRC-55tR.
Clinical: Diffuse large B-cell lymphoma diagnosed ⟦D|January 2099⟧ (excisional biopsy, ⟦O|Black Hills Pathology⟧ case ⟦I|BHP-99-0112⟧), interim after 3 cycles R-CHOP.
Comparison: Baseline PET/CT ⟦D|01/22/2099⟧.
Findings: Previously avid left cervical and mediastinal nodes (SUVmax 18.2) now Deauville 2 (SUVmax 2.1, below mediastinal blood pool 2.4). Splenic lesions resolved. Physiologic marrow uptake post G-CSF.
Impression: Complete metabolic response, Deauville 2 (Lugano 2014).
Reported by ⟦N|Ruth Ann Eagle Heart⟧, MD, Nuclear Medicine | verified ⟦D|04/16/2099⟧ 15:40
cc: ⟦N|G. Lindemann⟧ MD; tumor board coordinator ⟦N|Shelby Kjellberg⟧ ⟦E|skjellberg@monument-example.org⟧
`);

note("outside-overread", `
Outside Image Consultation (second interpretation) — ⟦H|Fairbanks Memorial Hospital⟧ Radiology, ⟦C|Fairbanks⟧ ⟦STATE|AK⟧
Requested by Dr. ⟦N|Nils Amundsen⟧ (orthopaedics) for transfer patient ⟦N|Kasaiyuli, Marvin⟧, DOB ⟦D|11/15/1987⟧, our MRN ⟦M|FMH0448817⟧.
Outside study: CT cervical spine w/o, performed ⟦D|04/11/2099⟧ at ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧, ⟦C|Bethel⟧; outside accession ⟦I|YK-CT-99-3317⟧; images received on CD via ⟦O|Alaska Central Express⟧ ⟦D|04/12/2099⟧, imported by ⟦N|Haley Strand⟧ (PACS admin, ⟦UN|hstrand2⟧). Our accession ⟦I|OC-99-1047⟧.
Outside report (Dr. ⟦N|R. Okpik⟧, teleradiology through ⟦O|Northern Lights Telerad LLC⟧): "no acute fracture."
Our interpretation: Nondisplaced fracture of the right C6 lamina extending to the facet, subtle on axial 2.0 mm, clear on sagittal reformats. Mild prevertebral swelling. Alignment maintained.
Discrepancy: major (missed fracture). Communicated to Dr. ⟦N|Amundsen⟧ ⟦D|04/12/2099⟧ 16:50 and to the outside reading group by phone ⟦P|907-555-0113⟧ (spoke with ⟦N|Cora Flynn⟧, QA). Peer review entered, ticket ⟦I|PR-99-0412⟧.
⟦N|Linnea Haugland⟧, MD — ⟦D|04/12/2099⟧ 17:05
`);

note("screening-mammo-letter", `
⟦H|Mayo Clinic Health System - Eau Claire⟧ Breast Imaging
⟦S|1221 Whipple St⟧, ⟦C|Eau Claire⟧, ⟦STATE|WI⟧ ⟦Z|54703⟧

⟦D|April 16, 2099⟧

Ms. ⟦N|Xia Vang-Thao⟧
⟦S|2930 Birch St⟧ Apt 6
⟦C|Altoona⟧, ⟦STATE|WI⟧ ⟦Z|54720⟧

Dear Ms. ⟦N|Vang-Thao⟧,

Thank you for having your screening mammogram with us on ⟦D|April 14, 2099⟧ (exam number ⟦I|MG-EC-99-22107⟧). We are pleased to tell you that your results are normal (BI-RADS 1). A report has been sent to Dr. ⟦N|Solveig Brekke⟧ at ⟦H|Chippewa Valley Family Medicine⟧.

Your breast tissue is dense. Dense tissue can make it harder to find cancer on a mammogram and may raise the risk of breast cancer a little. Talk with your provider about whether more screening, such as ultrasound or MRI, is right for you. ⟦STATE|Wisconsin⟧ law asks us to share this with you.

Your next screening mammogram is due around ⟦D|April 2100⟧. To schedule, call ⟦P|715-555-0188⟧ or use ⟦U|https://patient.mchs-eauclaire-example.org/schedule⟧.

Sincerely,
⟦N|Marguerite Oyen⟧, MD, Breast Imaging
Medical record number ⟦M|11-884-207⟧ · Letter ⟦I|LTR-44120⟧ · Mailed ⟦D|04/16/2099⟧
`);

note("ir-paracentesis", `
IR Procedure Note — Ultrasound-guided paracentesis
⟦H|Geisinger Community Medical Center⟧, ⟦C|Scranton⟧ ⟦STATE|PA⟧ | DOS ⟦D|4/15/2099⟧ | Acc ⟦I|IR-GC-99-00771⟧
Pt: ⟦N|Mulrooney, Francis X.⟧ ("⟦N|Frank⟧") MRN ⟦M|GCM-0071904⟧ DOB ⟦D|6/29/1954⟧
Operator: ⟦N|Obinna Eze-Carmichael⟧, PA-C, supervised by Dr. ⟦N|Leah Rubinstein⟧ | Nurse: ⟦N|Tammy Jo Kresge⟧, RN
Indication: cirrhosis (EtOH), refractory ascites, 3rd tap this month. Ordered by Dr. ⟦N|Vasquez-Ibarra⟧ (hepatology, ⟦H|Geisinger Wyoming Valley⟧).
Consent from patient; wife ⟦N|Colleen⟧ present. Time-out 09:14.
US (Sparq, portable SN ⟦DEV|SPQ-441029⟧): large volume ascites. LLQ, 1% lidocaine, 5 Fr Yueh catheter.
Removed 6.2 L straw-colored fluid. Albumin 25% 50 g IV given per protocol (pharmacy verified by ⟦N|K. Dunleavy⟧, PharmD).
Samples: cell count, albumin, culture (bottles at bedside) to ⟦H|GCMC⟧ lab, order ⟦I|L99-8841207⟧; cytology to ⟦O|Keystone Pathology Associates⟧.
No complications. EBL 0. Discharged to ⟦H|Allied Services Skilled Nursing Center⟧ by ⟦O|Lackawanna Ambulance⟧ 12:30; report to nurse ⟦N|Sherry⟧ ⟦P|570-555-0146⟧.
`);

note("swallow-study", `
Modified Barium Swallow Study — ⟦H|McLeod Regional Medical Center⟧, ⟦C|Florence⟧, ⟦STATE|SC⟧
Date: ⟦D|04/14/2099⟧    Radiology acc: ⟦I|FL-99-02218⟧    SLP acc: ⟦I|SLP-3317⟧
Patient: ⟦N|Pendarvis-Hammond, Lucinda⟧  (DOB ⟦D|01/05/1937⟧)  MRN ⟦M|MRMC771204⟧
Radiologist: Dr. ⟦N|Femi Akintola⟧    SLP: ⟦N|Rachel Okonedo-Barnes⟧, MS, CCC-SLP    Referring: Dr. ⟦N|Hugh Gainey⟧ (hospitalist)
Positioning: upright lateral and AP in Hausted chair. Consistencies: thin, mildly thick, puree, solid (cracker). Fluoro time 2.8 min.
Findings: Delayed swallow initiation; silent aspiration with thin liquid via cup (PAS 8), none with mildly thick via teaspoon (PAS 2). Moderate vallecular residue with solids.
Recommendations: IDDSI level 2 liquids, level 5 diet, meds crushed in puree, chin tuck. Repeat MBS in 4-6 wk at ⟦H|McLeod Health Dillon⟧ or via ⟦O|Carolina Dysphagia Mobile⟧.
Daughter ⟦N|Vernetta Hammond⟧ (POA) educated by phone ⟦P|843-555-0102⟧. ⟦N|ROB⟧/⟦N|FA⟧
cc: ⟦N|Gainey, Hugh⟧ MD; Dr. ⟦N|Lamar Wilds⟧ (ENT, ⟦H|Pee Dee ENT Associates⟧); ⟦H|Morningside of Florence⟧ (assisted living, fax ⟦F|843-555-0117⟧). Video archived to PACS under ⟦I|FL-99-02218⟧, study by ⟦UN|rokonedob⟧.
`);

note("dexa-report", `
Bone Densitometry (DXA) — ⟦H|Sky Lakes Medical Center⟧, ⟦C|Klamath Falls⟧, ⟦STATE|OR⟧
Patient: ⟦N|Hargreaves, Winifred⟧   DOB: ⟦D|10/17/2007⟧   Age: ⟦A|91⟧   MRN: ⟦M|SLMC-220914⟧   Accession: ⟦I|BD-99-0338⟧   Exam: ⟦D|04/13/2099⟧
Referring: ⟦N|Ambrose Teller⟧, NP (⟦H|Klamath Tribal Health and Family Services⟧)
Device: Hologic Horizon A, SN ⟦DEV|301442A⟧; daily phantom passed. Technologist ⟦N|Gina Schoenfeld⟧, CBDT.
Comparison: ⟦D|03/02/2097⟧ on the same device.
Results: L1-L4 BMD 0.781 g/cm2, T -2.7 (previous -2.5, change -3.1%, exceeds LSC). Left femoral neck T -2.9. Total hip T -2.4. 1/3 radius not done.
FRAX (US Caucasian, prior fracture yes): major osteoporotic 31%, hip 14%.
Impression: Osteoporosis; significant loss at the spine since ⟦D|2097⟧.
Read by ⟦N|Bertrand Achebe-Lowry⟧, MD (ISCD certified) ⟦D|04/14/2099⟧.
Distribution: ⟦N|Teller, Ambrose⟧ NP (fax ⟦F|541-555-0122⟧); Dr. ⟦N|Imani Westbrook⟧, endocrinology, ⟦H|Sky Lakes Medical Group⟧; patient letter to ⟦S|4410 Homedale Rd⟧, ⟦C|Klamath Falls⟧, ⟦STATE|OR⟧ ⟦Z|97603⟧. Daughter ⟦N|Beverly Hargreaves-Yates⟧ ⟦P|541-555-0136⟧ to be called per HIPAA form on file ⟦D|01/2099⟧.
`);

note("outside-path-consult", `
⟦H|University of Iowa Hospitals and Clinics⟧ — Department of Pathology
CONSULTATION REPORT (outside material)   Consult # ⟦I|UC99-01184⟧
Patient: ⟦N|Vanderploeg, Josiah⟧   DOB ⟦D|02/28/1979⟧   UIHC MRN ⟦M|0-448-1207⟧
Contributing pathologist: Dr. ⟦N|Hollis Mapes⟧, ⟦O|Great River Pathology⟧, ⟦S|1221 S Gear Ave⟧, ⟦C|West Burlington⟧, ⟦STATE|IA⟧ ⟦Z|52655⟧
Outside case: ⟦I|GRP-S99-2217⟧ (blocks A1, A4; 12 unstained slides), received ⟦D|04/08/2099⟧ by ⟦O|FedEx⟧, tracking ⟦I|7794 1120 3371⟧.
Clinical: 20-year-old man with a 14 cm retroperitoneal mass; submitted as "r/o sarcoma."
Diagnosis: Dedifferentiated liposarcoma (MDM2 amplified by FISH, ratio 9.4), FNCLCC grade 3. Agree in part with outside diagnosis ("high-grade pleomorphic sarcoma"): MDM2 FISH recommended and performed here (cytogenetics ⟦I|CG99-0447⟧).
Ancillary: FISH performed by ⟦N|Esperanza Villalón⟧, CG(ASCP). Slides reviewed at our sarcoma consensus conference ⟦D|04/11/2099⟧ (Dr. ⟦N|Ahmadi⟧, Dr. ⟦N|Lutz⟧ concur).
Material returned to ⟦O|Great River Pathology⟧ ⟦D|04/14/2099⟧.
Consultant: ⟦N|Gretchen Sundquist-Obi⟧, MD   Signed ⟦D|04/13/2099⟧
Copies: Dr. ⟦N|H. Mapes⟧ (fax ⟦F|319-555-0196⟧); Dr. ⟦N|Caspar Waldheim⟧, surgical oncology, ⟦H|UIHC⟧; patient via MyChart.
`);

note("bone-marrow", `
HEMATOPATHOLOGY REPORT — ⟦H|Covenant Medical Center⟧, ⟦C|Lubbock⟧, ⟦STATE|Texas⟧
Case: ⟦I|BM99-00214⟧     Flow: ⟦I|FC99-00377⟧     Cytogenetics (send-out): ⟦O|NeoGenomics⟧ ⟦I|NEO-99-448120⟧
Patient: ⟦N|Ibarra Solís, Margarita⟧     MRN: ⟦M|CMC-3014472⟧     DOB: ⟦D|05/12/1962⟧
Procedure: Bone marrow aspirate and core biopsy, right posterior iliac crest, ⟦D|04/10/2099⟧, by Dr. ⟦N|Kwabena Asante⟧ (Hematology); assisted by ⟦N|Lupe Carrasco⟧, CMA.
Peripheral blood (⟦D|04/10/2099⟧): WBC 38.2, blasts 41%, Hgb 7.9, plt 22.
Aspirate: cellular, 62% myeloblasts, Auer rods present. Core: 90% cellular, sheets of blasts. Reticulin MF-1.
Flow cytometry: CD34+, CD117+, CD13+, CD33+, HLA-DR+, MPO+, CD7 partial; negative for lymphoid markers.
Molecular (rapid): FLT3-ITD positive (allelic ratio 0.6); NPM1 mutated (performed by ⟦O|Texas Tech Molecular Diagnostics⟧, report ⟦I|TTMD-99-1121⟧).
Diagnosis: Acute myeloid leukemia with NPM1 mutation (WHO 5th ed.), FLT3-ITD co-mutation.
Critical diagnosis called to Dr. ⟦N|Asante⟧ ⟦D|04/11/2099⟧ 11:10 by Dr. ⟦N|Oksana Moroz⟧.
Hematopathologist: ⟦N|Oksana Moroz⟧, MD     Signed ⟦D|04/11/2099⟧
Distribution: ⟦N|Asante, Kwabena⟧ MD; Dr. ⟦N|Leticia Barragán⟧ (transplant, ⟦H|UT Southwestern Medical Center⟧, ⟦C|Dallas⟧) fax ⟦F|214-555-0139⟧; HLA typing sent to ⟦O|Carter BloodCare⟧ HLA lab, request ⟦I|HLA-99-3310⟧; sister ⟦N|Rocío Ibarra⟧ to be typed (DOB ⟦D|07/07/1966⟧).
`);

note("accession-log", `
Surgical pathology accessioning log — ⟦H|Ascension St. Mary's Hospital⟧ lab, ⟦C|Saginaw⟧ — ⟦DAY|Wed⟧ ⟦D|04/15/2099⟧ — bench AP-1 — accessioner ⟦N|Tiana Rucker⟧ (⟦UN|trucker⟧)
Case         Recd   Patient                        MRN           Source/Client                           Submitting MD              Parts  Notes
⟦I|S99-05210⟧   0742   ⟦N|Brzezinski, Halina⟧            ⟦M|SMH4417021⟧    OR 4                                     ⟦N|Fenwick, Colin⟧ MD          2      fresh, to frozen
⟦I|S99-05211⟧   0750   ⟦N|Abernathy-Kouyaté, Samuel⟧     ⟦M|SMH4417188⟧    GI lab                                   ⟦N|Rahimi, Nasrin⟧ MD          6      polyps x6 jars
⟦I|S99-05212⟧   0815   ⟦N|Delgado, Yesenia⟧              ⟦M|SMH4418320⟧    ⟦H|Great Lakes Bay Surgery Center⟧          ⟦N|Ostrander, Paul⟧ DO         1      courier ⟦N|Rick⟧, req missing DOB - called ⟦P|989-555-0178⟧
⟦I|S99-05213⟧   0822   ⟦N|Nguyen, Bao Chau⟧              ⟦M|SMH4418402⟧    ⟦H|Bay City Dermatology⟧ (client ⟦I|C-2217⟧)   ⟦N|Lillehammer, Ingrid⟧ PA-C   3      shave x3
⟦I|S99-05214⟧   0840   ⟦N|Whitcomb, Harold E⟧            ⟦M|SMH3300914⟧    OR 2                                     ⟦N|Fenwick, Colin⟧ MD          1      amputation BKA - to morgue/disposal per family (⟦N|Grace Whitcomb⟧ signed release)
⟦I|S99-05215⟧   0901   UNLABELED CONTAINER            —             ⟦H|Tri-City Urology⟧                         ⟦N|Oduya, Hezekiah⟧ MD          1      rejected: no pt ID; ⟦N|Lena⟧ at office notified 0907, incident ⟦I|IR-99-0331⟧
⟦I|C99-00871⟧   0915   ⟦N|Szymanski, Walter⟧             ⟦M|SMH0029147⟧    bronch suite                             ⟦N|Al-Khatib, Omar⟧ MD         2      BAL + FNA 7L, ROSE done
Totals: 7 cases, 16 parts. Formalin lot 99C-118. Reviewed Dr. ⟦N|P. Venkatesh⟧ 1000.
`);

note("dermpath-report", `
⟦O|Black Hills Dermatopathology⟧ | ⟦S|2815 Jackson Blvd⟧, ⟦C|Rapid City⟧ ⟦STATE|SD⟧ ⟦Z|57702⟧ | Tel ⟦P|605-555-0119⟧ | Fax ⟦F|605-555-0120⟧
Patient: ⟦N|Kjelstad, Torvald⟧   DOB: ⟦D|3/3/1950⟧   Sex: M   Chart: ⟦M|NHD-00418⟧   Accession: ⟦I|DP99-12208⟧
Client: ⟦H|Northern Hills Dermatology⟧, ⟦C|Spearfish⟧   Provider: ⟦N|Lacey Rautenberg⟧, PA-C   Collected ⟦D|04/09/2099⟧   Received ⟦D|04/10/2099⟧
A. Skin, left upper back, shave: MELANOMA IN SITU, lentigo maligna type, extending to peripheral margin. Deep margin clear.
B. Skin, right nasal ala, shave: BASAL CELL CARCINOMA, nodular type, transected at base. Candidate for Mohs (refer Dr. ⟦N|Brandt Oyelaran⟧, ⟦H|Black Hills Mohs Surgery⟧).
C. Skin, left shin, punch: STASIS DERMATITIS with hemosiderin; PAS negative for fungi.
Microscopic: A. confluent atypical melanocytes along the DEJ with pagetoid scatter; SOX10/MART-1 highlight. Breslow N/A.
Note: Case A reviewed in intradepartmental consult with Dr. ⟦N|Imelda Garza⟧, who agrees.
Dermatopathologist: ⟦N|Anders P. Vikstrom⟧, MD, FAAD   Signed ⟦D|4/11/99⟧ 4:10 PM
Billing: ⟦O|Wellmark Blue Cross Blue Shield⟧ ID ⟦HP|WMK771044182⟧; patient acct ⟦I|BHD-0044718⟧.
`);

note("ngs-tumor-report", `
Comprehensive Genomic Profiling — Solid Tumor (DNA + RNA)
Performing lab: ⟦O|Central Valley Molecular Pathology⟧, ⟦S|2823 Fresno St⟧, ⟦C|Fresno⟧, ⟦STATE|CA⟧ ⟦Z|93721⟧ | CLIA ⟦I|05D2218841⟧ | CAP ⟦I|8841207⟧
Patient: ⟦N|Sandhu, Gurpreet Kaur⟧ | DOB ⟦D|08/08/1958⟧ | MRN ⟦M|CRMC-99204418⟧ | Specimen ID ⟦I|MP99-0441-A⟧ | Block ⟦I|S99-01822 A2⟧
Ordering physician: ⟦N|Anil Dhaliwal⟧, MD — ⟦H|Community Cancer Institute⟧, ⟦C|Clovis⟧ | Pathologist of record: ⟦N|Josefina Amezcua⟧, MD
Diagnosis submitted: lung adenocarcinoma, stage IVA. Tumor content 40% (macrodissected).
Received ⟦D|04/06/2099⟧ | Reported ⟦D|04/15/2099⟧ | Turnaround 9 days
BIOMARKER FINDINGS: TMB 3 mut/Mb (low). MSI stable. PD-L1 (22C3) TPS 60% (performed in-house, ⟦D|04/08/2099⟧).
GENOMIC FINDINGS: EGFR exon 19 deletion (p.E746_A750del), VAF 28% — Tier I, FDA-approved therapy: osimertinib. TP53 p.R273H VAF 31% — Tier II. No ALK, ROS1, RET, NTRK fusions (RNA). KRAS wild-type.
Germline note: no pathogenic variants in reported germline-relevant genes; this is not a germline test.
Clinical trials near ⟦C|Fresno⟧: 2 listed (see appendix). Molecular tumor board ⟦D|04/17/2099⟧ 7:00 AM.
Laboratory director: ⟦N|Harjinder Bains⟧, PhD, FACMG | Electronically signed ⟦D|04/15/2099⟧
Report delivered via Epic Care Everywhere to Dr. ⟦N|Dhaliwal⟧; fax ⟦F|559-555-0143⟧; patient copy to ⟦S|5120 N Millbrook Ave⟧, ⟦C|Fresno⟧ ⟦STATE|CA⟧ ⟦Z|93710⟧.
`);

note("germline-report", `
GERMLINE GENETIC TEST REPORT — Hereditary Cancer Panel (47 genes)
⟦O|Ambry Genetics⟧ | Accession ⟦I|22-104418⟧ | Report date ⟦D|April 15, 2099⟧
Patient: ⟦N|Tillman, Darnell Jerome⟧ | DOB ⟦D|01/30/1971⟧ | Sex assigned at birth: male | Ethnicity: African American
Ordering clinician: ⟦N|Mary-Claire Beauregard⟧, MS, CGC, ⟦H|Baptist Cancer Center - North Mississippi⟧, ⟦C|Oxford⟧, ⟦STATE|MS⟧ ⟦Z|38655⟧ | Fax ⟦F|662-555-0181⟧
Specimen: blood, collected ⟦D|03/31/2099⟧, received ⟦D|04/02/2099⟧
RESULT: POSITIVE — one pathogenic variant detected.
Gene: BRCA2   Variant: c.6174delT (p.F2058Lfs*7)   Zygosity: heterozygous   Classification: pathogenic
Additional: VUS in ATM c.4388T>G (p.F1463C) — not to be used for clinical decisions.
Interpretation: elevated risk of male breast, prostate and pancreatic cancer. First-degree relatives have a 50% chance of carrying this variant; family-member testing is offered at no charge within 90 days (family code ⟦I|FAM-8841-TILL⟧).
Family history on requisition: mother ⟦N|Geraldine Tillman⟧ (ovarian, 48), sister ⟦N|Monique⟧ (breast, 39), father ⟦N|Earl⟧ (prostate, 66).
Lab director: ⟦N|Shirin Farahani⟧, PhD, FACMG. Reviewed by ⟦N|Bradley Kowalski-Nunez⟧, MS, LCGC.
Results released to ordering clinician. Billing: ⟦O|Blue Cross & Blue Shield of Mississippi⟧ ID ⟦HP|BMS448201177⟧, claim ⟦I|AMB-99-77210⟧.
`);

note("prenatal-gc", `
Prenatal Genetic Counseling — ⟦H|Kapiolani Medical Center for Women & Children⟧ Maternal-Fetal Medicine, ⟦C|Honolulu⟧, ⟦STATE|HI⟧
Date: ⟦D|04/16/2099⟧ | Counselor: ⟦N|Leilani Kahananui⟧, MS, CGC | MFM: Dr. ⟦N|Benjamin Takeshita-Ruiz⟧
Patient: ⟦N|Malia Fonoti-Kealoha⟧, 36 y/o G3P1011 at 16w2d (EDD ⟦D|09/15/2099⟧) | MRN ⟦M|KMC-6610447⟧ | partner ⟦N|Ikaika Kealoha⟧ (present) | referred by Dr. ⟦N|Esther Pang⟧, ⟦H|Waianae Coast Comprehensive Health Center⟧
Indication: cfDNA screen (⟦O|Natera⟧ Panorama, collected ⟦D|03/30/2099⟧, lab ID ⟦I|PAN-99-2210447⟧) high risk for trisomy 21 (PPV for her age ~ 80%).
Family history: pt is Samoan/Native Hawaiian; partner Native Hawaiian/Japanese/Portuguese. Partner's cousin in ⟦C|Hilo⟧ has a son with "muscle disease" (records requested from ⟦H|Hilo Medical Center⟧). No consanguinity. Pt's prior pregnancy: SAB ⟦D|2097⟧ at 9 wk.
Carrier screening: pt alpha-thalassemia silent carrier (-a/aa); partner screening sent ⟦D|4/16⟧ (⟦O|Myriad⟧ Foresight, kit ⟦I|MF-44182201⟧).
Discussed: diagnostic amniocentesis (CMA + karyotype), detailed anatomy US at 19-20 wk, option of no further testing. Couple elected amnio — scheduled ⟦D|4/20/2099⟧ with Dr. ⟦N|Takeshita-Ruiz⟧; sample to ⟦O|Quest Diagnostics Nichols Institute⟧.
Support: ⟦O|Down Syndrome Ohana of Hawaii⟧ (pt declined for now). Interpreter not needed. 55 min, >50% counseling.
⟦N|L. Kahananui⟧, MS, CGC — cell for results ⟦P|808-555-0190⟧ — pt best # ⟦P|808-555-0137⟧
`);

note("nbs-cf-letter", `
⟦O|Alaska Newborn Screening Program⟧ | ⟦O|State of Alaska Division of Public Health⟧ | ⟦S|3601 C St⟧, Suite 322, ⟦C|Anchorage⟧, ⟦STATE|AK⟧ ⟦Z|99503⟧

⟦D|April 17, 2099⟧

To the parents of: Baby Boy ⟦N|Nanouk⟧ (born ⟦D|April 3, 2099⟧ at ⟦H|Alaska Native Medical Center⟧)
Parents: ⟦N|Annie Nanouk⟧ and ⟦N|Jacob Kasayulie⟧, ⟦S|PO Box 144⟧, ⟦C|Hooper Bay⟧, ⟦STATE|AK⟧ ⟦Z|99604⟧

Your baby's newborn screen (sample ⟦I|AK-9904-22817⟧, tested at the ⟦O|Oregon State Public Health Laboratory⟧) showed an out-of-range result for cystic fibrosis: IRT 88 ng/mL with one CFTR variant (F508del). This most often means a carrier, not a disease, but a sweat test is needed to be sure.

A sweat chloride test has been scheduled at ⟦H|Providence Alaska Medical Center⟧ CF clinic on ⟦D|April 24, 2099⟧ at 9:00 AM. Travel is arranged through ⟦O|Yukon-Kuskokwim Health Corporation⟧ (travel office ⟦P|907-555-0120⟧, case ⟦I|TRV-99-4410⟧).

Your baby's doctor, Dr. ⟦N|Amaruq Charlie⟧ at ⟦H|Hooper Bay Clinic⟧, has been told. If you have questions, call ⟦N|Rebecca Oxereok⟧, RN, follow-up coordinator, at ⟦P|907-555-0164⟧ or ⟦P|1-888-555-0112⟧ (toll free), or email ⟦E|nbs.followup@ak-dph-example.gov⟧.

Medicaid ID ⟦HP|AK9904418221⟧ | Program record ⟦I|NBS-AK-44187⟧
`);

note("chem-critical-call", `
Critical Value Notification — Chemistry, ⟦H|Atrium Health Navicent The Medical Center⟧ Laboratory, ⟦C|Macon⟧
Accession: ⟦I|C2099041604417⟧   Collected ⟦D|04/16/2099⟧ 05:12 (by ⟦N|D. Holloway⟧, phlebotomy)   Resulted 05:58
Patient: ⟦N|Marbury, Cletus Odell⟧   MRN: ⟦M|NAV-01884271⟧   Location: 6 West, bed 618   Attending: Dr. ⟦N|Yolanda Sweeney-Okafor⟧
Test: potassium 6.9 mmol/L (critical >6.0); hemolysis index 12 (not hemolyzed); delta from ⟦D|4/15⟧ 5.1.
Called to: ⟦N|Brandon Tisdale⟧, RN at 06:04 — read back: yes.   Called by: ⟦N|Imani Pettway⟧, MLS(ASCP)CM (tech ID ⟦UN|IPETTWAY⟧)
RN notified provider: night hospitalist Dr. ⟦N|Arvind Chaudhry-Marsh⟧ 06:09 per RN note. Repeat ordered STAT, accession ⟦I|C2099041604480⟧: K 7.0.
Second critical (same draw): creatinine 6.2 (baseline 1.4 on ⟦D|02/11/2099⟧ at ⟦H|Coliseum Medical Centers⟧).
Escalation: none required (within 15 min). QA reviewer ⟦N|Gail Yancey⟧ ⟦D|04/16/2099⟧.
Footer: ⟦H|Atrium Health Navicent⟧ Core Lab | ⟦S|777 Hemlock St⟧, ⟦C|Macon⟧, ⟦STATE|GA⟧ ⟦Z|31201⟧ | CLIA ⟦I|11D0272047⟧ | Medical director Dr. ⟦N|Reginald Oyewole⟧ | Lab ⟦P|478-555-0100⟧
`);

note("specimen-rejection-email", `
From: ⟦E|lab.clientservices@stmarys-gj-example.org⟧
To: ⟦E|frontdesk@desertrosefm-example.com⟧
Cc: ⟦E|d.haskins@stmarys-gj-example.org⟧
Sent: ⟦DAY|Thursday⟧, ⟦D|April 16, 2099⟧ 10:41 AM
Subject: Specimen rejected — ⟦N|ROMERO-BECK, ALMA⟧ (DOB ⟦D|03/09/1988⟧) — req ⟦I|GJ-R-9904-1187⟧

Hi ⟦N|Corinne⟧,

The lavender and light-blue tubes we picked up from your office on ⟦D|4/15⟧ for ⟦N|Alma Romero-Beck⟧ (your chart ⟦M|DRFM-22108⟧) were rejected:
 - PT/INR (light blue): underfilled (~60%).
 - CBC (lavender): clotted.
 - The CMP (SST) was acceptable and is resulted under our accession ⟦I|L99-4410872⟧.

Please recollect the PT/INR and CBC. Our courier (⟦N|Manny⟧, route ⟦I|GJ-07⟧) can pick up again this afternoon. Dr. ⟦N|Sofia Navarro-Kent⟧ has been sent a rejection notice by fax to ⟦F|970-555-0155⟧.

Thanks,
⟦N|Dana Haskins⟧, MLT(ASCP) | Client Services, ⟦H|St. Mary's Medical Center⟧ Laboratory | ⟦S|2635 N 7th St⟧, ⟦C|Grand Junction⟧, ⟦STATE|CO⟧ ⟦Z|81501⟧ | ⟦P|970-555-0107⟧ ext. ⟦P|3318⟧
`);

note("sendout-manifest", `
SEND-OUT MANIFEST — ⟦H|Eastern Maine Medical Center⟧ Laboratory, ⟦C|Bangor⟧ → ⟦O|Mayo Clinic Laboratories⟧, ⟦C|Rochester⟧ ⟦STATE|MN⟧
Manifest ⟦I|MCL-99041701⟧   Ship date ⟦D|04/17/2099⟧   Client account ⟦I|C7104418⟧   Packed by ⟦N|Colby Theriault⟧   Checked by ⟦N|R. Ouellette⟧
Box 1 of 2 — frozen (dry ice 2.3 kg), ⟦O|UPS⟧ tracking ⟦I|1Z8841E70144720918⟧
  ⟦I|EM-99-118204⟧  ⟦N|Pelletier, Annabelle⟧       ⟦D|10/02/1949⟧  ACTH, frozen plasma               ordering Dr. ⟦N|Farnsworth⟧
  ⟦I|EM-99-118233⟧  ⟦N|Sockabasin, Tobias⟧         ⟦D|07/15/1996⟧  NMDA receptor Ab, CSF              ordering Dr. ⟦N|Gyamfi⟧
  ⟦I|EM-99-118240⟧  ⟦N|Corbett-Hale, Evangeline⟧   ⟦D|12/24/2096⟧  very-long-chain fatty acids         ordering Dr. ⟦N|Madsen⟧ (peds, ⟦H|Northern Light Women & Children⟧)
Box 2 of 2 — refrigerated, ⟦O|UPS⟧ tracking ⟦I|1Z8841E70144720927⟧
  ⟦I|EM-99-118251⟧  ⟦N|Levesque, Rene-Paul⟧         ⟦D|03/30/1961⟧  IgG4 subclasses                     ordering Dr. ⟦N|Chowdhury⟧
  ⟦I|EM-99-118266⟧  ⟦N|Tuomi, Kaarina⟧              ⟦D|09/09/1940⟧  Paraneoplastic autoantibody panel, serum   ordering Dr. ⟦N|Gyamfi⟧ — call ⟦P|207-555-0144⟧ if QNS
Temperature logger SN ⟦DEV|TL-55210447⟧. ⟦O|Mayo⟧ courier pickup 15:30 confirmed with ⟦N|Jodie⟧ (ref ⟦I|PU-2099-0417-33⟧).
`);

note("micro-culture-ip", `
⟦H|Northern Light Eastern Maine Medical Center⟧ Microbiology — FINAL REPORT
Patient: ⟦N|Quimby, Harland⟧  MRN: ⟦M|EM07714204⟧  DOB: ⟦D|8/14/1946⟧  Loc: ⟦H|Northern Light Inland Hospital⟧ (referred specimen, ⟦C|Waterville⟧)
Accession: ⟦I|M99-0418822⟧  Source: wound, left heel ulcer (deep tissue)  Collected: ⟦D|04/12/2099⟧ 14:00  Final: ⟦D|04/16/2099⟧
Ordering: ⟦N|Ilse Brandauer⟧, DPM
Gram stain: many PMNs, many gram-positive cocci in clusters, few gram-negative rods.
Culture: 1. Staphylococcus aureus, methicillin resistant (MRSA) — heavy growth. 2. Pseudomonas aeruginosa — moderate growth.
Susceptibility (MIC, Vitek 2 SN ⟦DEV|VK2-0044187⟧): MRSA — vancomycin 1 S, doxycycline ≤0.5 S, TMP-SMX ≤10 S, clindamycin R (D-test +). P. aeruginosa — cefepime 2 S, pip-tazo 8 S, ciprofloxacin 0.25 S.
Infection Prevention notified ⟦D|04/14/2099⟧ 09:30 (new MRSA, contact precautions): ⟦N|Theresa Goodine⟧, RN, CIC, ⟦P|207-555-0181⟧; receiving facility ⟦H|Inland⟧ IP ⟦N|Lorna Bickford⟧ notified by fax ⟦F|207-555-0199⟧.
Reviewed: Dr. ⟦N|Kofi Appiah-Mensah⟧, D(ABMM), microbiology director.
Copies: ⟦N|Brandauer, Ilse⟧ DPM (⟦H|Penobscot Foot & Ankle⟧, fax ⟦F|207-555-0173⟧); ⟦O|Maine CDC⟧ not required. Report ID ⟦I|RPT-M99-0418822-F⟧ printed ⟦D|04/16/2099⟧ 16:02 — page 1 of 1.
`);

note("immunohematology-referral", `
IMMUNOHEMATOLOGY REFERENCE LABORATORY REQUEST — to ⟦O|Community Blood Center of the Ozarks⟧ IRL, ⟦C|Springfield⟧, ⟦STATE|MO⟧   IRL phone ⟦P|417-555-0166⟧
Sending hospital: ⟦H|Mercy Hospital Joplin⟧ Transfusion Service, ⟦S|100 Mercy Way⟧, ⟦C|Joplin⟧ ⟦STATE|MO⟧ ⟦Z|64804⟧   Contact: ⟦N|Ximena Laredo-Fox⟧, MLS(ASCP)SBB, ⟦P|417-555-0141⟧
Patient: ⟦N|Hackworth, Delbert Wayne⟧   DOB ⟦D|06/01/1938⟧   MRN ⟦M|MJ-4477120⟧   Hospital BB # ⟦I|BB-0099-2214⟧   Sample ⟦I|T99-1043⟧ drawn ⟦D|4/16/2099⟧ 07:40 by ⟦N|K. Shipley⟧
Diagnosis: GI bleed, Hgb 6.4. Transfused ⟦D|03/2099⟧ at ⟦H|Freeman Neosho Hospital⟧ (4 units). Pregnancies N/A.
Our workup: ABO/Rh A neg. Antibody screen 3+ all cells; panel pan-reactive, auto control 2+, DAT IgG 2+ C3 neg.
Request: antibody identification with adsorptions (alloadsorption), phenotype/genotype, and 2 units crossmatch-compatible A neg RBC. Urgency: STAT — attending Dr. ⟦N|Rashid Moheb⟧ aware, pager ⟦P|417-555-0109⟧.
Courier: ⟦O|Ozark Medical Courier⟧ run ⟦I|OMC-4471⟧ departed 09:15. Shipped by ⟦N|X. Laredo-Fox⟧.
IRL use: received ⟦D|04/16/2099⟧ 11:02 by ⟦N|Hamid Rahmani⟧, IRL # ⟦I|IRL99-0317⟧. Result phoned to ⟦N|Ximena⟧ 17:40: warm autoantibody, underlying anti-Jka. Jka-neg units ⟦I|W0368 99 117441 A⟧ and ⟦I|W0368 99 117452 6⟧ shipped.
`);

note("nuclear-stress", `
MYOCARDIAL PERFUSION IMAGING (REGADENOSON, 1-DAY REST/STRESS Tc-99m TETROFOSMIN)
⟦H|North Mississippi Medical Center⟧ Nuclear Cardiology, ⟦C|Tupelo⟧ | Study ⟦D|04/14/2099⟧ | Acc ⟦I|NC99-0722⟧
Patient: ⟦N|Gaillard, Eunice Mae⟧ | MRN ⟦M|NMMC-1104472⟧ | DOB ⟦D|05/05/1943⟧ | 63 in, 221 lb
Referring: ⟦N|Hollis Pettigrew⟧, MD (⟦H|Cardiology Associates of North Mississippi⟧) | Supervising: Dr. ⟦N|Ngozi Ilechukwu⟧ | Techs: ⟦N|Tad Whitlow⟧, CNMT; ⟦N|Shanna Rae Gholson⟧, RN
Camera: D-SPECT, SN ⟦DEV|DS-2201877⟧. Rest 10.2 mCi, stress 31.4 mCi.
Stress: regadenoson 0.4 mg; HR 72→96, BP 148/80→132/74; dyspnea, no chest pain. ECG: no diagnostic changes.
Perfusion: moderate-size, moderate-severity reversible defect of the mid and apical anterior wall and apex (SSS 9, SRS 1, SDS 8). TID 1.21.
Gated: EF 52% rest, 46% post-stress; apical hypokinesis post-stress.
Impression: High-risk study (LAD territory ischemia with TID). Recommend coronary angiography.
Results called to Dr. ⟦N|Pettigrew⟧ 15:20 ⟦D|4/14/99⟧, spoke to his nurse ⟦N|Lakendra⟧ who will pull him from clinic; he called back 15:31.
Interpreting: ⟦N|Ngozi Ilechukwu⟧, MD, FASNC ⟦D|04/14/2099⟧
Distribution: ⟦N|Pettigrew, Hollis⟧ MD; Dr. ⟦N|Sybil Tubb⟧ (PCP, ⟦C|Fulton⟧); cath lab scheduler ⟦N|Rhonda⟧ ⟦P|662-555-0177⟧ ext ⟦P|204⟧. Billing: ⟦O|Humana Gold Plus⟧ ID ⟦HP|H77104482⟧, prior auth ⟦I|HUM-PA-99-1120⟧.
`);

note("rad-peer-review", `
Radiology Quality & Peer Learning — case submission (confidential, peer review privileged)
Department: ⟦H|St. Charles Medical Center⟧ ⟦C|Bend⟧ Imaging | Submitted ⟦D|04/15/2099⟧ by Dr. ⟦N|Odalys Fuentes-Maclean⟧ | Case # ⟦I|PL-99-0118⟧
Original exam: CT head w/o, ⟦D|04/09/2099⟧, acc ⟦I|CT-SCB-99-18804⟧, read by Dr. ⟦N|Rupert Vollmer⟧ (overnight, ⟦O|vRad⟧ — radiologist ID ⟦I|VR-22714⟧)
Patient (for retrieval only): ⟦N|Pinkerton, Lowell⟧, MRN ⟦M|SCB-0211847⟧
Follow-up: MRI ⟦D|04/11/2099⟧ (acc ⟦I|MR-SCB-99-07710⟧) showed a 9 mm acute left thalamic infarct; retrospective CT shows subtle hypodensity.
Category: 2 — miss, unlikely to be clinically significant (outside the tPA window at presentation per ED note of Dr. ⟦N|Kettleson⟧).
Learning point: thalamic windows; use narrow stroke window (W 40 L 40).
Committee: ⟦N|Karsten Ödegaard⟧ (chair), ⟦N|Aiyana Wolfe⟧, ⟦N|Pradeep Venugopal⟧. Reviewed ⟦D|4/22/99⟧. Outcome letter to ⟦N|R. Vollmer⟧ via ⟦E|peerlearning@stcharles-example.org⟧.
Routing: department chair Dr. ⟦N|Karsten Ödegaard⟧ ⟦P|541-555-0108⟧; QA coordinator ⟦N|Misty Lund⟧ ⟦E|mlund@stcharles-example.org⟧; file ⟦I|QA-2099-0412⟧.
`);

note("poc-cytogenetics", `
CYTOGENETICS REPORT — Products of Conception
⟦O|Pine Tree Genetics Laboratory⟧ | ⟦S|22 Academy St⟧, ⟦C|Presque Isle⟧, ⟦STATE|ME⟧ ⟦Z|04769⟧ | ⟦P|207-555-0131⟧
Patient: ⟦N|Dionne, Chantal⟧ | DOB ⟦D|1/17/1989⟧ | Lab # ⟦I|CY99-0047⟧ | Hospital MRN ⟦M|AR-338104⟧
Referring: Dr. ⟦N|Margaux Levasseur-Pitt⟧, ⟦H|A.R. Gould Hospital⟧ OB, ⟦C|Presque Isle⟧ | Collected ⟦D|04/03/2099⟧ (D&C, 10 wk) | Received ⟦D|04/04/2099⟧
Method: tissue culture failed (no growth at 14 days); reflexed to SNP microarray on direct chorionic villi (performed at ⟦O|Lineagen⟧ partner lab, ⟦C|Salt Lake City⟧, ID ⟦I|LGN-99-22047⟧). Maternal cell contamination excluded with maternal blood (sample ⟦I|CY99-0047M⟧).
Result: arr(1-22)x2,(X)x1 — 45,X (Turner syndrome / monosomy X) in the pregnancy.
Interpretation: sporadic; recurrence risk not increased above age-related risk. Parental karyotypes not indicated.
Genetic counseling offered: ⟦N|Thea Bouchard⟧, MS, CGC (telegenetics through ⟦H|Maine Medical Center⟧).
Directors: ⟦N|Lucien Morneault⟧, PhD, FACMG; ⟦N|Adaora Nnaji⟧, MD | Signed ⟦D|04/20/2099⟧
`);

note("client-services-log", `
Lab Client Services — phone log — ⟦H|Logan Health⟧ Laboratory, ⟦C|Kalispell⟧ — ⟦DAY|Monday⟧ ⟦D|4/13/2099⟧ — agent ⟦N|Brynn Halvorsen⟧ ⟦UN|bhalvorsen⟧
08:02 Dr. ⟦N|Asher Lindqvist⟧'s MA ⟦N|Kaylee⟧ (⟦H|Whitefish Family Practice⟧, ⟦P|406-555-0128⟧) — add-on TSH to ⟦N|Oyler, Marjorie⟧ (DOB ⟦D|2/20/1951⟧) specimen from ⟦D|4/11⟧, acc ⟦I|K99-103318⟧ — OK (stable 7 d refrig), added, new test code 1183.
08:37 Patient ⟦N|Eli Brightwater⟧ called for results of HIV screen — cannot release by phone; told to use portal ⟦U|mylogan-example.org⟧ or ask Dr. ⟦N|Fenske⟧. Verified DOB ⟦D|11/08/2002⟧.
09:15 ⟦H|Columbia Falls Clinic⟧ courier late — route ⟦I|R-4⟧ driver ⟦N|Gus Pretty On Top⟧, cell ⟦P|406-555-0193⟧, ETA 10:30.
10:48 ⟦O|Flathead County Health Department⟧ (⟦N|Ramona Twoteeth⟧) asks pertussis PCR result for ⟦N|Sokolov, Artem⟧ (⟦D|6/1/2091⟧) — reportable, released under public health exemption; result positive, called ⟦D|4/12⟧ to Dr. ⟦N|Hadley⟧.
13:20 Billing question ⟦N|Trent Winterhalter⟧ re statement ⟦I|LH-ST-884102⟧ — transferred to billing ⟦P|406-555-0150⟧.
15:05 Outreach client ⟦H|Glacier Peaks Nursing Home⟧ ⟦S|410 Columbia Ave⟧ (DON ⟦N|Ruth Ellery⟧) — standing orders renewal faxed to ⟦F|406-555-0175⟧.
`);
write();
