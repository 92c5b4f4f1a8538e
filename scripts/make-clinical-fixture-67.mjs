// Why this file exists: builds test/fixtures/clinical-notes-67.jsonl, a sixty-seventh labelled set of clinical texts
// written by hand in stop 63 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 65 and 66's generators, fixture-io.mjs, test/clinical-notes-64.test.ts and the
// stop-62 write-ups of fixtures 65 and 66 were read for the form and the labels; the other stop-63 fixture, written
// blind at the same time, was not read), in the register of GENETICS AND GENOMIC MEDICINE FOR ADULTS: cancer genetics
// counselling notes with pedigree narratives (relatives named with their ages at diagnosis and where they were
// treated), cascade-testing family letters, germline test reports from commercial and academic laboratories
// (accession, order and specimen numbers, CLIA numbers, ordering providers and their NPIs, collection and report
// dates), variant reclassification notices, prior authorisations and an appeal for genetic testing, direct-to-consumer
// result reviews, biobank and research consent and return-of-results letters, pharmacogenomics consults and a PGx
// alert, preconception and prenatal carrier screening, hereditary cardiology family screening (long QT, hypertrophic
// and dilated cardiomyopathy, arrhythmogenic cardiomyopathy, a sudden death in the young with a molecular autopsy),
// newborn-screen conditions followed in adults (PKU, MCAD, galactosemia, cystic fibrosis), hemochromatosis, familial
// hypercholesterolaemia, a Huntington predictive testing protocol, tumour board genomics summaries and a somatic
// report, genetic counselling assistant call logs, a lab's sample-rejection notice, a genetics clinic schedule.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns real, streets and house numbers invented, states real): Omaha, Papillion and Council Bluffs; Salt Lake
// City, Bountiful, Sandy, Ogden, Murray, Logan, Delta, St. George, Price, Tooele, Moab and Montezuma Creek; Nashville,
// Franklin, Murfreesboro, Smyrna and Chattanooga; Portland, Biddeford and Lewiston (Maine); Albuquerque, Rio Rancho and
// Crownpoint (Navajo Nation); Lexington, Berea, Hazard and Whitesburg (Letcher County); Louisville and Shepherdsville;
// Milwaukee, Waukesha and Wauwatosa; Baltimore; Lancaster County, Strasburg, Bird-in-Hand and Mechanicsburg; Fargo and
// Moorhead; Sioux City; Des Moines, Ankeny, Ames and Story City; Burlington, Winooski and St. Albans; Tucson and Green
// Valley; Cincinnati, Covington and Hebron; Birmingham, Hoover and Bessemer; Providence, Cranston, Pawtucket, Bristol,
// Woonsocket and Fall River; Independence (Kentucky); Kansas City, Liberty and Independence (Missouri); Tampa, Brandon,
// Orlando, Gainesville and Ocala; Seattle and Spokane; Breaux Bridge; Pittsburgh (Squirrel Hill); Rochester, Bemidji,
// Duluth and Grand Rapids (Minnesota); Minneapolis, St. Paul, Arden Hills and Maplewood; Boston and Chelmsford; Atlanta,
// Macon and Decatur; Brooklyn and Hoboken; Columbus, Zanesville, Marion and Dublin (Ohio); Normal and Bloomington
// (Illinois); Temple and Belton; Portland (Oregon), Eureka, Olympia and Bend; Houston and Pasadena; Denver, Brighton
// and Grand Junction; St. Louis and the Lake of the Ozarks; Cleveland, Parma and Chagrin Falls; Chapel Hill; abroad
// (Lagos, Enugu, Beirut, Montreal, Krakow, Lahore, Stuttgart, Palermo, Cork, Glasgow, Bayamon, Ban Vinai camp).
// PHI forms sought: probands', relatives' (parents, siblings, aunts, cousins, grandparents, children), partners',
// donors' and clinicians' names of many origins (Ashkenazi Jewish, Amish and Mennonite, Lebanese, Nigerian, Ghanaian,
// Mexican and Puerto Rican with two surnames, Navajo, Hmong, Vietnamese, Korean, Filipino, Indian, Polish, Irish,
// Italian, Norwegian, Dutch, German, Finnish, Greek, Portuguese, Native Hawaiian, Appalachian, African American), some
// of them English words or eponyms of the register (Lynch, Hope, Baker, Faith, Noble, Frost, Winter, Sharp, Price,
// Sweat, Strand); pedigree narratives ("her maternal aunt Rosalind Tepper, breast at 41, treated at ..."); hospitals,
// cancer centers and their clinics (HOSPITAL); laboratories, biobanks, payers, DTC companies, employers, churches,
// foundations and benefit managers (ORGANIZATION); towns, streets, ZIPs, counties and settlements (LOCATION-OTHER);
// accession, order, specimen, requisition, kit, case, family (pedigree), study, participant, PA, appeal, claim, CLIA
// and NPI numbers (ID); member and plan numbers (HEALTHPLAN); ICD serials (DEVICE); a DTC user name (USERNAME); MRNs;
// SSNs; phones, faxes, e-mails, URLs, an IP; dates as "12/07/2099", "2099-12-07", "07-DEC-2099", "Dec 7, 2099",
// "7 December 2099", "12/7", month and year, bare years (a relative's death or diagnosis year); ages over 89.
// Hard negatives (in KEEP where they look like names or IDs): gene symbols (BRCA1, BRCA2, PALB2, CHEK2, ATM, MLH1,
// MSH2, MSH6, PMS2, EPCAM, APC, MUTYH, TP53, PTEN, CDH1, STK11, TTN, MYBPC3, MYH7, KCNQ1, KCNH2, SCN5A, LMNA, PKP2,
// LDLR, APOB, PCSK9, HFE, PAH, ACADM, GALT, CFTR, SMN1, FMR1, HEXA, HTT, CYP2C19, CYP2D6, SLCO1B1, DPYD, TPMT, NUDT15,
// VKORC1, HLA-B, EGFR, KRAS, BRAF, ERBB2), HGVS variants (c.5266dupC, p.Gln1756fs, c.1100delC, c.68_69delAG,
// p.Arg1443Ter, c.1521_1523delCTT), rsIDs, star alleles (*2, *17, *4/*41), ClinVar and ACMG terms (VUS, likely
// pathogenic, PVS1, PM2, PS4), syndrome eponyms (Lynch, Li-Fraumeni, Cowden, Peutz-Jeghers, Marfan, Loeys-Dietz,
// Brugada, Fabry, Gaucher, Tay-Sachs, Huntington, Ehlers-Danlos, Birt-Hogg-Dube, von Hippel-Lindau), risk models and
// criteria (Tyrer-Cuzick, CanRisk, BOADICEA, PREMM5, Amsterdam II, Dutch Lipid Clinic, NCCN, CPIC), test and panel
// products (BRCAplus, myRisk, CancerNext-Expanded, FoundationOne CDx, Guardant360, Horizon 274, Foresight, Zio),
// drugs (olaparib, talazoparib, tamoxifen, clopidogrel, codeine, simvastatin, capecitabine, abacavir, carbamazepine,
// nadolol, mavacamten, sapropterin, Palynziq, Trikafta, evolocumab, pembrolizumab, osimertinib, sotorasib).
// Labelling follows fixtures 65 and 66: weekdays, states and countries are `ignored`; clock times, ages under 90
// (ages at diagnosis of a pedigree, "breast at 41"), generations (III-4), gene and variant names, CPT, ICD-10 and PLA
// codes, ClinVar variation IDs and dbSNP rsIDs (public, not the person's) are left unlabelled; titles, credentials and
// relations stay outside the name, a suffix inside; hospitals, cancer centers, their clinics and an academic
// medical center's molecular laboratory are HOSPITAL; commercial laboratories, DTC companies, biobanks, research
// consortia named in full, payers, PBMs, foundations, churches and employers are ORGANIZATION; a bare programme or
// payer word ("Medicaid", "Medicare", "All of Us" as a programme) stays unlabelled; a laboratory's CLIA number and a
// provider's NPI are ID, as in fixtures 63 and 64; a biobank participant, study and kit number is ID; a DTC user name is
// USERNAME; a county, a reservation and a settlement are LOCATION-OTHER.
// Every person, town street, organisation and number is invented here (states, large cities and a few large
// laboratories, companies and health systems are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-66 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-67.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-67.jsonl", "make-clinical-fixture-67");
// ======================================================== ALL CAPS (10) ========================================================
note("germline-report-caps", `
⟦O|PRAIRIE HELIX DIAGNOSTICS⟧   ⟦S|4410 DODGE ST⟧, ⟦C|OMAHA⟧ ⟦STATE|NE⟧ ⟦Z|68131⟧   CLIA ⟦I|28D2204471⟧   CAP ⟦I|8847120⟧
HEREDITARY CANCER GERMLINE REPORT - COMPREHENSIVE 84-GENE PANEL
PATIENT: ⟦N|VANDERWALL, HENRIETTA J⟧   DOB: ⟦D|03/22/2051⟧   SEX: F   MRN: ⟦M|NMC-4471829⟧
ACCESSION: ⟦I|PHD-99-0447182⟧   ORDER #: ⟦I|ORD-2209417⟧   SPECIMEN: BLOOD, EDTA, ID ⟦I|SP-88120447⟧
COLLECTED: ⟦D|11/02/2099⟧   RECEIVED: ⟦D|11/04/2099⟧   REPORTED: ⟦D|11/19/2099⟧
ORDERING PROVIDER: ⟦N|ABIGAIL MUNYARADZI⟧, MS, CGC (NPI ⟦I|1487220915⟧), ⟦H|NEBRASKA MEDICAL CENTER⟧ CANCER GENETICS, FAX ⟦F|402-555-0148⟧
RESULT: POSITIVE - ONE PATHOGENIC VARIANT IDENTIFIED
  GENE: CHEK2   VARIANT: C.1100DELC (P.THR367METFS*15)   ZYGOSITY: HETEROZYGOUS   CLASSIFICATION: PATHOGENIC
VARIANTS OF UNCERTAIN SIGNIFICANCE: ATM C.6067G>A (P.GLY2023ARG) - VUS.
NO OTHER REPORTABLE VARIANTS IN BRCA1, BRCA2, PALB2, TP53, PTEN, CDH1, STK11, MLH1, MSH2, MSH6, PMS2, EPCAM, APC, MUTYH.
INTERPRETATION: MODERATE-PENETRANCE BREAST CANCER RISK. FAMILIAL TESTING FOR C.1100DELC IS AVAILABLE AT NO CHARGE WITHIN 90 DAYS (FAMILY CODE ⟦I|FAM-447182-HV⟧).
RELATIVES NAMED BY PATIENT: SISTER ⟦N|CORNELIA VANDERWALL-ROOS⟧ (⟦C|PAPILLION⟧), SON ⟦N|DIRK VANDERWALL⟧ (⟦C|COUNCIL BLUFFS⟧, ⟦STATE|IA⟧).
ELECTRONICALLY SIGNED ⟦D|19-NOV-2099⟧ BY ⟦N|RAJESH KRISHNAMOORTHY⟧, PHD, FACMG, LABORATORY DIRECTOR.   CLIENT SERVICES ⟦P|888-555-0142⟧
`);

note("pedigree-counselling-caps", `
CANCER GENETICS CLINIC - INITIAL CONSULT   ⟦H|HUNTSMAN CANCER INSTITUTE⟧ - FAMILY CANCER ASSESSMENT CLINIC   ⟦D|DEC 2, 2099⟧
PT: ⟦N|ASHBY, MARIANNE LOUISE⟧   AGE 44   MRN ⟦M|U7704418⟧   REFERRED BY DR ⟦N|KENJI WATABE⟧, OB-GYN, ⟦C|BOUNTIFUL⟧
INDICATION: OVARIAN CANCER IN MOTHER AND BREAST CANCER IN MATERNAL AUNT.
PEDIGREE (3 GENERATIONS, FAMILY ID ⟦I|HCI-FAM-20417⟧):
 - MOTHER ⟦N|LORRAINE ASHBY⟧ (NEE ⟦N|PETTIGREW⟧): HIGH-GRADE SEROUS OVARIAN CANCER AT 58, TREATED AT ⟦H|INTERMOUNTAIN MEDICAL CENTER⟧, ⟦C|MURRAY⟧; DIED ⟦D|2094⟧. NEVER TESTED.
 - MATERNAL AUNT ⟦N|BEVERLY PETTIGREW SANDOVAL⟧: BREAST (TRIPLE NEGATIVE) AT 39, ⟦H|ST. MARK'S HOSPITAL⟧; ALIVE, ⟦C|OGDEN⟧.
 - MATERNAL GRANDMOTHER ⟦N|EDNA PETTIGREW⟧: "STOMACH CANCER" 60S, ⟦C|PRICE⟧, ⟦STATE|UT⟧; DIED ⟦D|2061⟧.
 - MATERNAL GREAT-GRANDFATHER, ⟦N|ALVIN PETTIGREW⟧, DIED AT ⟦A|94⟧, NO CANCER.
 - FATHER ⟦N|GORDON ASHBY⟧, 71, PROSTATE (GLEASON 6) AT 66, ACTIVE SURVEILLANCE AT ⟦H|VA SALT LAKE CITY HEALTH CARE SYSTEM⟧.
 - BROTHER ⟦N|TRAVIS ASHBY⟧, 41, WELL. DAUGHTERS ⟦N|KINSLEY⟧ (16) AND ⟦N|MAREN⟧ (13).
ANCESTRY: ENGLISH, DANISH. NO ASHKENAZI JEWISH ANCESTRY.
RISK: TYRER-CUZICK V8 LIFETIME 24.6%; MEETS NCCN CRITERIA FOR TESTING.
PLAN: MULTIGENE PANEL (BRCA1, BRCA2, PALB2, RAD51C, RAD51D, BRIP1, LYNCH GENES); SALIVA KIT SENT TO ⟦S|2187 E VINE ST⟧, ⟦C|SANDY⟧ ⟦Z|84092⟧. INSURANCE ⟦O|SELECTHEALTH⟧ MEMBER ⟦HP|SH8804471902⟧.
COUNSELOR: ⟦N|PRIYANKA VENUGOPAL⟧, MS, LCGC   ⟦P|801-555-0134⟧
`);

note("lqts-family-screening-caps", `
INHERITED ARRHYTHMIA CLINIC - FAMILY SCREENING NOTE
⟦H|VANDERBILT HEART AND VASCULAR INSTITUTE⟧, ⟦C|NASHVILLE⟧   VISIT ⟦D|2099-11-24⟧
PROBAND: ⟦N|OYELOWO, TEMITOPE A⟧   DOB ⟦D|1999-06-30⟧   MRN ⟦M|VU-0447182⟧
GENOTYPE: KCNH2 C.1841C>T (P.ALA614VAL), PATHOGENIC - LONG QT TYPE 2. QTC 512 MS ON ⟦D|11/24⟧.
EVENT: SYNCOPE WHEN ALARM CLOCK RANG ⟦D|SEPT 2099⟧; SEEN AT ⟦H|WILLIAMSON MEDICAL CENTER⟧, ⟦C|FRANKLIN⟧.
THERAPY: NADOLOL 40 MG DAILY. ICD NOT IMPLANTED. AVOID QT-PROLONGING DRUGS (CREDIBLEMEDS LIST GIVEN).
CASCADE: MOTHER ⟦N|FOLASADE OYELOWO⟧ (QTC 478) - TARGETED TEST POSITIVE ⟦D|10/2099⟧. FATHER ⟦N|BABATUNDE OYELOWO⟧ - NEGATIVE.
  SISTER ⟦N|IFEOMA OYELOWO-GRANT⟧, 27, LIVES IN ⟦C|MURFREESBORO⟧, PREGNANT (EDD ⟦D|03/14/2100⟧) - TEST KIT ORDERED, KIT # ⟦I|KT-5518204⟧.
  MATERNAL UNCLE ⟦N|ADEKUNLE BALOGUN⟧ DIED SUDDENLY SWIMMING AT 19 IN ⟦C|LAGOS⟧, ⟦COUNTRY|NIGERIA⟧ (⟦D|2081⟧).
EMPLOYER: ⟦O|NISSAN NORTH AMERICA⟧ (⟦C|SMYRNA⟧ PLANT) - LETTER FOR NO HEAVY MACHINERY ALONE.
GENETIC COUNSELOR ⟦N|HOLLIS BRAKEFIELD⟧, MS, CGC. ATTENDING DR ⟦N|SAMIR HADDAD⟧, MD, FHRS.
`);

note("prior-auth-lynch-caps", `
PRIOR AUTHORIZATION REQUEST - GENETIC TESTING (MOLECULAR PATHOLOGY)
PAYER: ⟦O|ANTHEM BLUE CROSS AND BLUE SHIELD⟧ (⟦STATE|MAINE⟧)   FAX ⟦F|207-555-0182⟧   DATE SUBMITTED ⟦D|12/01/2099⟧
MEMBER: ⟦N|THERIAULT, GASTON P⟧   DOB ⟦D|08/17/2062⟧   MEMBER ID ⟦HP|YRM447182093⟧   GROUP ⟦HP|G-0074418⟧
ADDRESS: ⟦S|27 POOL ST⟧, ⟦C|BIDDEFORD⟧ ⟦STATE|ME⟧ ⟦Z|04005⟧
REQUESTING PROVIDER: ⟦N|MARGUERITE DESJARDINS⟧, MD, GASTROENTEROLOGY, ⟦H|MAINE MEDICAL CENTER⟧, ⟦C|PORTLAND⟧   NPI ⟦I|1629047718⟧
PERFORMING LAB: ⟦O|AMBRY GENETICS⟧ (TIN ⟦I|33-0874417⟧)   CPT 81292, 81295, 81298, 81317   ICD-10 C18.2, Z80.0
CLINICAL: COLON ADENOCARCINOMA AT 47 (RESECTED ⟦D|10/09/2099⟧ AT ⟦H|SOUTHERN MAINE HEALTH CARE⟧, ⟦C|BIDDEFORD⟧). TUMOR MMR IHC: LOSS OF MSH2 AND MSH6. MLH1 PROMOTER NOT APPLICABLE.
FAMILY: BROTHER ⟦N|REAL THERIAULT⟧ WELL AT 50; SISTER ⟦N|YVETTE THERIAULT-BOUCHARD⟧ ENDOMETRIAL CANCER AT 44 (⟦C|LEWISTON⟧); FATHER ⟦N|ARMAND⟧ COLON AT 52, DIED ⟦D|2088⟧.
MEETS AMSTERDAM II AND REVISED BETHESDA; LYNCH SYNDROME SUSPECTED. REQUEST: MSH2/MSH6/EPCAM GERMLINE, REFLEX TO FULL LYNCH PANEL.
PA REFERENCE # ⟦I|PA-ME-2099-1204471⟧   CONTACT: ⟦N|JOCELYN PARADIS⟧, PA COORDINATOR, ⟦P|207-555-0116⟧ X ⟦P|4471⟧
`);

note("pgx-consult-caps", `
PHARMACOGENOMICS CONSULT - ⟦H|UNIVERSITY OF NEW MEXICO HOSPITAL⟧ PHARMACY, ⟦C|ALBUQUERQUE⟧   ⟦D|07 DEC 2099⟧
PATIENT: ⟦N|BEGAY, LORETTA⟧   DOB ⟦D|02 FEB 2058⟧   MRN ⟦M|UNMH-2204718⟧   CHAPTER: ⟦LO|CROWNPOINT⟧, ⟦LO|NAVAJO NATION⟧
REFERRED BY: ⟦N|HOSKIE, DARRELL⟧, MD (CARDIOLOGY) FOR CLOPIDOGREL AFTER PCI ⟦D|11/30/2099⟧ AT ⟦H|PRESBYTERIAN HOSPITAL⟧.
PGX PANEL (⟦O|RIO GRANDE PHARMACOGENOMICS LAB⟧, ACCESSION ⟦I|RGP-0991204⟧):
  CYP2C19 *2/*2 - POOR METABOLIZER
  CYP2D6 *1/*4 - INTERMEDIATE METABOLIZER (ACTIVITY SCORE 1.0)
  SLCO1B1 *1/*5 (RS4149056 T/C) - DECREASED FUNCTION
  VKORC1 -1639 G>A (RS9923231) A/A; CYP2C9 *1/*1
RECOMMENDATIONS (CPIC): SWITCH CLOPIDOGREL TO TICAGRELOR 90 MG BID. ROSUVASTATIN PREFERRED OVER SIMVASTATIN 40. AVOID CODEINE AND TRAMADOL.
DAUGHTER ⟦N|SHAUNA BEGAY-YAZZIE⟧ (⟦C|RIO RANCHO⟧) ASKED IF SHE NEEDS TESTING - INFORMATION SHEET GIVEN.
INTERPRETER: NAVAJO, ⟦N|WILFRED TSOSIE⟧.
SIGNED: ⟦N|MINH-ANH TRUONG⟧, PHARMD, BCPS   PAGER ⟦P|505-555-0193⟧   ⟦E|MTRUONG@SALUD-EXAMPLE.UNM.EDU⟧
`);

note("hcm-cascade-letter-caps", `
⟦H|UK HEALTHCARE GILL HEART AND VASCULAR INSTITUTE⟧
HYPERTROPHIC CARDIOMYOPATHY PROGRAM   ⟦S|800 ROSE ST⟧, ⟦C|LEXINGTON⟧, ⟦STATE|KY⟧ ⟦Z|40536⟧
⟦D|DECEMBER 3, 2099⟧
TO THE RELATIVES OF ⟦N|ORVILLE CAUDILL⟧:
YOUR RELATIVE ⟦N|ORVILLE CAUDILL⟧ (BORN ⟦D|1964⟧) WAS FOUND TO CARRY A DISEASE-CAUSING CHANGE IN THE MYBPC3 GENE (C.1504C>T, P.ARG502TRP) THAT CAUSES HYPERTROPHIC CARDIOMYOPATHY (HCM).
FIRST-DEGREE RELATIVES (CHILDREN, BROTHERS, SISTERS, PARENTS) HAVE A 50% CHANCE OF CARRYING IT.
THIS LETTER WAS GIVEN TO: ⟦N|DELORES CAUDILL FUGATE⟧ (SISTER, ⟦C|HAZARD⟧), ⟦N|EARL CAUDILL⟧ (BROTHER, ⟦C|BEREA⟧), ⟦N|SHELBY CAUDILL⟧ AND ⟦N|DUSTIN CAUDILL⟧ (CHILDREN).
TESTING: A CHEEK SWAB AT NO COST THROUGH ⟦O|BLUEGRASS GENOMICS⟧ WITHIN 150 DAYS, USING FAMILY CODE ⟦I|BG-FAM-99-4418⟧ AND PROBAND ACCESSION ⟦I|BGX-2099-77120⟧.
AN ECHO AND ECG ARE ADVISED EVEN IF YOU DO NOT TEST. CLINICS IN ⟦C|HAZARD⟧ AT ⟦H|ARH REGIONAL MEDICAL CENTER⟧ EACH MONTH.
QUESTIONS: ⟦N|TABITHA NOBLE⟧, MS, CGC, ⟦P|859-555-0161⟧, ⟦E|TABITHA.NOBLE@UKY-EXAMPLE.EDU⟧.
`);

note("tumor-board-caps", `
MOLECULAR TUMOR BOARD SUMMARY - ⟦H|FROEDTERT AND THE MEDICAL COLLEGE OF WISCONSIN⟧ CANCER NETWORK   ⟦D|12/04/2099⟧
CASE 3: ⟦N|KRUEGER, ANNELIESE M⟧   68 F   MRN ⟦M|FMCW77041829⟧   REFERRING: DR ⟦N|LUCIANO FERRANTE⟧, ⟦H|WAUKESHA MEMORIAL HOSPITAL⟧
DX: LUNG ADENOCARCINOMA STAGE IVA, NEVER SMOKER. BIOPSY ⟦D|10/28/2099⟧, BLOCK ⟦I|S99-28817 A3⟧.
SOMATIC NGS (FOUNDATIONONE CDX, ORDER ⟦I|ORD-FMI-4471022⟧, SPECIMEN ⟦I|FMI-TRF0992871⟧): EGFR L858R (VAF 31%), TP53 R273H. TMB 3 MUT/MB. MSS. PD-L1 TPS 5%.
LIQUID BIOPSY (GUARDANT360, ⟦D|11/03/2099⟧): EGFR L858R 2.4%; NO T790M.
GERMLINE FOLLOW-UP: TP53 AT VAF 31% LIKELY SOMATIC; NO GERMLINE REFERRAL NEEDED PER DR ⟦N|ESI ADEYEMI-CLARKE⟧ (GENETICS).
RECOMMENDATION: OSIMERTINIB 80 MG DAILY. TRIAL OPTION NCT05447182 AT ⟦H|ASPIRUS WAUSAU HOSPITAL⟧ DISCUSSED.
PRESENT: DRS ⟦N|FERRANTE⟧, ⟦N|OKONJO⟧, ⟦N|HALVERSON⟧, ⟦N|VU⟧; PATHOLOGY ⟦N|GRETCHEN MARTINI⟧; PHARMACY ⟦N|DANA KOLB⟧.
PATIENT'S HUSBAND ⟦N|WERNER KRUEGER⟧ ASKED ABOUT TESTING THEIR SON ⟦N|JONAS⟧ (⟦C|WAUWATOSA⟧) - NOT INDICATED.
`);

note("carrier-screen-caps", `
⟦O|LAKESHORE REPRODUCTIVE GENETICS⟧ - EXPANDED CARRIER SCREENING (274 CONDITIONS)   REPORT DATE: ⟦D|NOV 28 2099⟧
PATIENT: ⟦N|GOLDFARB, RIVKA S⟧   DOB ⟦D|05/05/2070⟧   ACCESSION ⟦I|LRG-2099-118044⟧   REQ # ⟦I|RQ77120445⟧
PARTNER: ⟦N|ABERGEL, YONATAN⟧   DOB ⟦D|12/30/2068⟧   ACCESSION ⟦I|LRG-2099-118045⟧
ORDERING: ⟦N|NAOMI FEINSTEIN-RUBIO⟧, MD, ⟦H|MAIMONIDES MEDICAL CENTER⟧ REPRODUCTIVE ENDOCRINOLOGY, ⟦C|BROOKLYN⟧  NPI ⟦I|1902447183⟧
RESULT (PATIENT): CARRIER - GAUCHER DISEASE TYPE 1 (GBA C.1226A>G, P.ASN409SER); CARRIER - FAMILIAL DYSAUTONOMIA NEGATIVE; SMN1 2 COPIES; FMR1 30/31 CGG.
RESULT (PARTNER): CARRIER - GAUCHER DISEASE TYPE 1 (GBA C.84DUPG). TAY-SACHS (HEXA) NEGATIVE. CFTR NEGATIVE.
REPRODUCTIVE RISK: 1 IN 4 FOR GAUCHER DISEASE. GENETIC COUNSELING WITH ⟦N|SHIRA MALKA⟧, CGC, SCHEDULED ⟦D|12/09/2099⟧ 2:30 PM.
PATIENT'S SISTER ⟦N|DEVORAH GOLDFARB⟧ TESTED THROUGH ⟦O|DOR YESHORIM⟧ (⟦D|2091⟧); MOTHER'S FAMILY FROM ⟦C|KRAKOW⟧.
LAB CONTACT ⟦P|(312) 555-0107⟧   ⟦U|WWW.LAKESHOREREPROGEN-EXAMPLE.COM/PORTAL⟧
`);

note("gca-call-log-caps", `
GENETIC COUNSELING ASSISTANT CALL LOG - ⟦H|UF HEALTH CANCER CENTER⟧ HEREDITARY CANCER PROGRAM, ⟦C|GAINESVILLE⟧   WEEK OF ⟦D|11/30/2099⟧
⟦D|11/30⟧ 09:10 ⟦N|LAMOUREUX, CLAUDETTE⟧ (MRN ⟦M|UF9044718⟧) - RESULTS APPT RESCHEDULED TO ⟦D|12/08⟧; PREFERS CELL ⟦P|352-555-0124⟧.
⟦D|11/30⟧ 11:45 ⟦N|OKWU, CHIBUZOR⟧ - KIT FROM ⟦O|INVITAE⟧ NOT RECEIVED; TRACKING ⟦I|1Z9W44E70344718225⟧ SHOWS DELIVERED TO ⟦S|3811 SW 34TH ST⟧ APT 214. PT WILL CHECK WITH LEASING OFFICE.
⟦D|12/01⟧ 08:30 ⟦N|SWEAT, BOBBIE JO⟧ - BILLING QUESTION; ESTIMATE $250 CAP; FINANCIAL ASSISTANCE FORM EMAILED TO ⟦E|BOBBIEJO.SWEAT77@MAIL-EXAMPLE.COM⟧.
⟦D|12/01⟧ 14:05 ⟦N|DEL TORO-MIRANDA, ISMAEL⟧ - DAUGHTER ⟦N|ALINA⟧ CALLING FOR FATHER; HIPAA RELEASE ON FILE? NO. ASKED HIM TO CALL BACK. HOME IN ⟦C|OCALA⟧.
⟦D|12/02⟧ 10:20 ⟦N|PEARSALL, WINIFRED⟧, ⟦A|91⟧ - WANTS TESTING BECAUSE GRANDNIECE ⟦N|KATIE PEARSALL-DUNN⟧ HAS BRCA2; SCHEDULED WITH ⟦N|MARCUS LEE⟧, CGC.
⟦D|12/03⟧ 15:40 ⟦N|HUYNH, BAO⟧ - SAMPLE REJECTED (HEMOLYZED); REDRAW AT ⟦H|UF HEALTH SPRING HILL⟧ LAB ⟦D|12/04⟧. REQ ⟦I|REQ-4471-0922⟧.
GCA: ⟦N|TIERRA HOLLOWAY⟧   EXT ⟦P|3-4471⟧
`);

note("nbs-adult-pku-caps", `
ADULT METABOLIC CLINIC - ⟦H|JOHNS HOPKINS BAYVIEW MEDICAL CENTER⟧, ⟦C|BALTIMORE⟧   ⟦D|11-DEC-2099⟧ (SCHEDULED)   CHART PREP ⟦D|12-07-2099⟧
PATIENT: ⟦N|STOLTZFUS, MIRIAM K⟧   DOB ⟦D|04-18-2071⟧   MRN ⟦M|JH-88041726⟧
DX: PHENYLKETONURIA (PAH C.1222C>T / C.782G>A) - IDENTIFIED ON ⟦LO|LANCASTER COUNTY⟧, ⟦STATE|PA⟧ NEWBORN SCREEN ⟦D|2071⟧, FOLLOWED AT ⟦H|CLINIC FOR SPECIAL CHILDREN⟧, ⟦C|STRASBURG⟧ AS A CHILD.
CURRENT: PALYNZIQ 20 MG DAILY SINCE ⟦D|MARCH 2098⟧; EPINEPHRINE AUTO-INJECTOR CARRIED. LAST PHE 412 UMOL/L (⟦D|11/20/2099⟧), DRIED BLOOD SPOT VIA ⟦O|MAYO CLINIC LABORATORIES⟧, CARD # ⟦I|DBS-0744182⟧.
PLANNING PREGNANCY - MATERNAL PKU COUNSELING; HUSBAND ⟦N|ELAM STOLTZFUS⟧ CARRIER STATUS UNKNOWN.
SOCIAL: WORKS AT ⟦O|KITCHEN KETTLE VILLAGE⟧; LIVES ⟦S|2941 OLD PHILADELPHIA PIKE⟧, ⟦C|BIRD-IN-HAND⟧ ⟦Z|17505⟧. BROTHER ⟦N|AMOS KING⟧ ALSO PKU (DIET ONLY).
METABOLIC DIETITIAN ⟦N|CORINNE FAHNESTOCK⟧, RD; PHYSICIAN DR ⟦N|ADELINE NWOSU⟧.
`);
// ======================================================== lower case (10) ========================================================

note("dtc-review-lower", `
genetics clinic - review of direct-to-consumer results · ⟦H|sanford fargo medical center⟧ · ⟦D|12/03/2099⟧
pt: ⟦N|solberg, ingrid m⟧ · 36 · mrn ⟦M|sf20447181⟧ · self-referred after ⟦O|23andme⟧ health + ancestry report (user ⟦UN|ingrid_sol88⟧, kit ⟦I|kt-0099-4471-2230⟧)
dtc report (downloaded ⟦D|oct 2099⟧): brca1/brca2 selected variants (3 ashkenazi founder variants) - not detected. mutyh 2 variants - not detected. apoe e3/e4. hfe c282y heterozygous.
raw data uploaded by pt to a third-party site; flagged "brca2 c.9976a>t (rs11571833)" - this is a common low-risk variant, explained.
pt is worried because her cousin ⟦N|kari lindqvist⟧ (⟦C|moorhead⟧) had breast cancer at 38 and "tested positive for something" at ⟦H|essentia health⟧.
family: mother ⟦N|gunhild solberg⟧ 64 well; father ⟦N|arne solberg⟧ died ⟦D|2097⟧ of mi at 61; paternal grandmother ⟦N|sigrid⟧ lived to ⟦A|97⟧.
explained dtc testing covers a few variants only; a negative does not rule out hereditary risk. clinical-grade panel ordered via ⟦O|genedx⟧, order ⟦I|gdx-7120448⟧.
apoe e4: discussed, no testing of relatives advised. hfe: single c282y - carrier, no iron overload expected; ferritin 64.
plan: results by phone; cousin's report requested via release (⟦N|kari⟧'s email ⟦E|kari.lindqvist@webmail-example.com⟧).
address on file ⟦S|1402 8th st s⟧, ⟦C|fargo⟧ ⟦STATE|nd⟧ ⟦Z|58103⟧. phone ⟦P|701-555-0138⟧.
⟦N|nora halvorsen⟧, ms, cgc
`);

note("biobank-return-lower", `
⟦O|great plains biobank⟧ · return of results letter · ⟦D|november 21, 2099⟧
participant: ⟦N|wenonah redbird-castillo⟧ · participant id ⟦I|gpb-0447182⟧ · enrolled ⟦D|06/14/2094⟧ at ⟦H|sanford health sioux city clinic⟧
dear ⟦N|wenonah⟧,
when you joined the biobank you said you wanted to hear about results that could change your health care. in your stored sample (tube ⟦I|gpb-s-2204471-03⟧) our research lab found a change in the ldlr gene (c.1775g>a, p.gly592glu) that causes familial hypercholesterolemia.
before we share this in your health record, the result was confirmed in a clinical lab (⟦O|heartland clinical genomics⟧, accession ⟦I|hcg-99-11204⟧, collected ⟦D|10/30/2099⟧).
your last ldl was 212 mg/dl (⟦D|jan 2099⟧). a visit with dr ⟦N|okechukwu amadi⟧ at the ⟦H|lipid clinic at unitypoint health - st. luke's⟧ is set for ⟦D|december 10⟧ at 9:40.
your children (⟦N|marisol⟧, ⟦N|tate⟧ and ⟦N|joseph castillo⟧) each have a 1 in 2 chance of having it; testing is free through the study until ⟦D|6/30/2100⟧.
you can call our return of results coordinator ⟦N|lacey vanderploeg⟧ at ⟦P|712-555-0147⟧ or write to ⟦S|2800 pierce st⟧, ⟦C|sioux city⟧, ⟦STATE|ia⟧ ⟦Z|51104⟧.
study irb #⟦I|2093-0447⟧ (⟦O|prairie research alliance irb⟧). pi: dr. ⟦N|harriet oyelaran-beck⟧
`);

note("cascade-fh-letter-lower", `
family letter - familial hypercholesterolemia · ⟦H|unitypoint health - iowa methodist medical center⟧ lipid clinic · ⟦C|des moines⟧ · ⟦D|12/1/2099⟧
dear family of ⟦N|thomas "tommy" bakken⟧,
⟦N|tommy⟧ had a genetic test that found a change in the apob gene (c.10580g>a, p.arg3527gln) that raises ldl cholesterol from birth.
who should be tested: his children ⟦N|lucas bakken⟧ (⟦C|ankeny⟧) and ⟦N|emma bakken-fry⟧ (⟦C|ames⟧); his brother ⟦N|russell bakken⟧; his mother ⟦N|darlene bakken⟧ (⟦A|90⟧, ⟦C|story city⟧).
his father ⟦N|harold⟧ had a heart attack at 46 and died in ⟦D|2079⟧ at ⟦H|mary greeley medical center⟧.
children can be checked with a cholesterol test from age 2. ask your doctor for the lipid panel and the apob familial variant test; give this code to the lab: family ⟦I|fh-ia-44718⟧.
if insurance asks, the icd-10 code is e78.01 and the tested variant is on ⟦O|mosaic diagnostics⟧ report ⟦I|mdx-2099-045512⟧ (⟦D|nov 12, 2099⟧).
treatment often means a statin and sometimes ezetimibe or evolocumab; diet alone is rarely enough.
questions: ⟦N|jolene kaminski⟧, rn, lipid nurse navigator, ⟦P|515-555-0179⟧, fax ⟦F|515-555-0170⟧.
`);

note("hemochromatosis-lower", `
hepatology clinic note · ⟦H|university of vermont medical center⟧ · ⟦C|burlington⟧ · ⟦D|2099-11-17⟧
⟦N|delphine archambault⟧, 52 f, mrn ⟦M|uvm0044718⟧, referred by pcp dr. ⟦N|fintan mcgarrigle⟧ at ⟦H|winooski family health⟧
hfe genotype (⟦O|green mountain reference lab⟧, accession ⟦I|gm-22048117⟧): c282y/c282y homozygous. ferritin 1,140, tsat 78%.
fibroscan 7.2 kpa. no diabetes. joints: 2nd/3rd mcp arthropathy.
family: brother ⟦N|yves archambault⟧ (⟦C|st. albans⟧) had liver transplant at 58 at ⟦H|lahey hospital⟧ ⟦D|2090⟧; sister ⟦N|renee archambault-ward⟧ not tested.
plan: therapeutic phlebotomy weekly at the infusion center starting ⟦DAY|tues⟧ ⟦D|11/24⟧, goal ferritin 50-100. cascade letter to siblings and son ⟦N|pierre ward⟧.
she donates at ⟦O|american red cross⟧ - discussed hh donor program.
⟦N|maeve o'dowd⟧, np (hepatology) · ⟦P|802-555-0119⟧
`);

note("gca-text-log-lower", `
gca outreach log - preconception carrier results - ⟦H|banner university medical center tucson⟧ · ⟦D|dec 2-4, 2099⟧
⟦D|12/2⟧ 10:02 texted ⟦N|xochitl ramirez-luna⟧ (⟦P|520-555-0163⟧): "hi ⟦N|xochitl⟧, this is ⟦N|bree⟧ from genetics. your results are ready, can you talk today?" - no reply.
⟦D|12/2⟧ 16:40 called ⟦N|xochitl⟧ - partner ⟦N|emiliano luna⟧ answered, said she is at work at ⟦O|tucson unified school district⟧. left callback.
⟦D|12/3⟧ 09:15 ⟦N|xochitl⟧ called back. confirmed dob ⟦D|7/19/2073⟧. she is a carrier of sma (smn1 1 copy). partner testing recommended; ⟦N|emiliano⟧ will do saliva kit (kit ⟦I|kt-7718-0445⟧).
⟦D|12/3⟧ 11:30 ⟦N|ahn, jiwoo⟧ (⟦P|520-555-0116⟧) - horizon result negative for all 274 conditions; letter mailed to ⟦S|6120 n oracle rd⟧, ⟦C|tucson⟧ ⟦Z|85704⟧.
⟦D|12/4⟧ 08:50 ⟦N|grijalva, consuelo⟧ - asked if her mother (⟦N|maria elena grijalva⟧, lives in ⟦C|green valley⟧) needs testing for cf since ⟦N|consuelo⟧ is a carrier (cftr f508del). explained carrier status in mom not needed for pregnancy planning.
⟦D|12/4⟧ 14:20 ⟦N|begaye, tanisha⟧ - insurance (ahcccs plan ⟦O|mercy care⟧, id ⟦HP|a44718209⟧) requires pa for partner - forwarded to ⟦N|rosa⟧ in pa team.
- ⟦N|bree castellanos⟧, genetic counseling assistant
`);

note("huntington-predictive-lower", `
huntington disease predictive testing protocol - visit 2 of 3 · ⟦H|university of cincinnati gardner neuroscience institute⟧ · ⟦D|11/23/2099⟧
client: ⟦N|fitzgerald, declan p⟧ · 29 · mrn ⟦M|uc-0720448⟧ · support person: fiancée ⟦N|aubrey sizemore⟧
family: father ⟦N|brendan fitzgerald⟧, htt 43 cag repeats, symptoms from 48, lives in a care home (⟦H|rosedale manor⟧, ⟦C|covington⟧, ⟦STATE|ky⟧). paternal grandmother ⟦N|nora fitzgerald⟧ died ⟦D|2077⟧ "of nerves" in ⟦C|cork⟧, ⟦COUNTRY|ireland⟧; aunt ⟦N|siobhan kearney⟧ affected, followed at ⟦H|the christ hospital⟧.
psych eval ⟦D|11/09⟧ with dr. ⟦N|isadora finkelstein⟧: no contraindication. neuro exam (dr. ⟦N|kwame boateng⟧): normal, uhdrs motor 0.
discussed: life, disability and long-term care insurance before results (gina does not cover these). he bought a policy from ⟦O|northwestern mutual⟧ ⟦D|oct 2099⟧.
employer: ⟦O|kroger⟧ distribution center, ⟦C|hebron⟧ - not told.
sample: to be drawn at visit 3 (⟦D|12/14/2099⟧), sent coded as ⟦I|hd-pt-2099-044⟧ under a study alias to protect privacy.
disclosure plan: in person, with ⟦N|aubrey⟧, ⟦DAY|monday⟧ ⟦D|jan 11⟧. phone ⟦P|513-555-0152⟧.
⟦N|colleen brannigan⟧, ms, cgc
`);

note("molecular-autopsy-lower", `
sudden death in the young - family clinic intake · ⟦H|children's of alabama⟧ / ⟦H|uab hospital⟧ cardiogenetics · ⟦C|birmingham⟧ · ⟦D|2099-12-05⟧
decedent: ⟦N|jamal terrell whitfield⟧, 22, died ⟦D|august 30, 2099⟧ during pickup basketball at ⟦LO|hoover met complex⟧. autopsy by ⟦O|jefferson county coroner/medical examiner office⟧ case ⟦I|me-99-01447⟧: structurally normal heart.
molecular autopsy (⟦O|cardiac dx labs⟧, order ⟦I|cdl-4471209⟧, tissue block ⟦I|me99-01447-b2⟧): scn5a c.4978a>g (p.ile1660val) - likely pathogenic, brugada/lqt3 spectrum.
today: mother ⟦N|lavonne whitfield⟧ (49, syncope x1 in ⟦D|2090⟧), father ⟦N|marcus whitfield sr⟧ (53), sister ⟦N|keisha whitfield-moore⟧ (26), brother ⟦N|marcus whitfield jr⟧ (17, plays for ⟦O|bessemer city high school⟧).
ecgs today: mother - coved st in v1-v2 with high leads (type 1 brugada pattern). others normal. ajmaline not available; procainamide challenge for siblings to be set up.
plan: targeted scn5a testing for all four (kits ⟦I|cdl-fam-7712-1⟧ to ⟦I|cdl-fam-7712-4⟧). fever control counselling; avoid drugs on brugadadrugs.org list.
grief support: ⟦O|sudden arrhythmia death syndromes foundation⟧; pastor rev. ⟦N|clarence oduya⟧ of ⟦O|sixth avenue baptist church⟧.
home ⟦S|1908 berkley ave sw⟧, ⟦C|bessemer⟧ ⟦Z|35020⟧. ⟦N|lavonne⟧'s cell ⟦P|205-555-0128⟧.
dr. ⟦N|priya raghunathan⟧ (ep) · ⟦N|megan tolliver⟧, ms, cgc
`);


note("reclassification-notice-lower", `
⟦O|atlantic coast genomics⟧ · variant reclassification notice · issued ⟦D|12 november 2099⟧
to: dr. ⟦N|nnamdi ogbonna⟧, ⟦H|miriam hospital⟧ cancer genetics, ⟦C|providence⟧, ⟦STATE|ri⟧ · fax ⟦F|401-555-0155⟧ · npi ⟦I|1356047189⟧
patient: ⟦N|medeiros, filomena a⟧ · dob ⟦D|01/09/2049⟧ · original accession ⟦I|acg-2093-220417⟧ (reported ⟦D|03/03/2093⟧) · amended report ⟦I|acg-2093-220417-a1⟧
gene: brca2 · variant: c.7976g>a (p.arg2659lys) · prior classification: variant of uncertain significance · new classification: pathogenic
evidence: rna studies show exon 17 skipping (ps3); segregation in 4 families (pp1_strong); clinvar vcv000052391 now 3 stars.
what this means: ms. ⟦N|medeiros⟧ (breast cancer at 44, ⟦D|2093⟧) now has a positive result. risk-reducing salpingo-oophorectomy and parp inhibitor eligibility (olaparib) should be reviewed.
relatives tested earlier for this vus at no charge: daughter ⟦N|ines medeiros-costa⟧ (⟦C|cranston⟧, accession ⟦I|acg-2094-001882⟧) - positive; son ⟦N|paulo medeiros⟧ (⟦C|pawtucket⟧) - not tested.
free testing for first-degree relatives through ⟦D|05/12/2100⟧ with code ⟦I|rcl-44718⟧.
this notice was also mailed to the patient at ⟦S|88 wood st⟧, ⟦C|bristol⟧, ⟦STATE|ri⟧ ⟦Z|02809⟧ as she asked in ⟦D|2093⟧.
signed: ⟦N|hyun-joo park⟧, phd, facmg · client services ⟦P|844-555-0133⟧ · ⟦U|https://portal.atlanticcoastgenomics-example.com/amended⟧
`);

note("pgx-alert-lower", `
ehr best practice alert - pharmacogenomics · ⟦H|st. elizabeth edgewood⟧ · fired ⟦D|12/06/2099⟧ 22:14
patient ⟦N|brockman, ida mae⟧ · ⟦A|93⟧ y/o · mrn ⟦M|se-44718020⟧ · room 4114
order: codeine/acetaminophen 30/300 mg q6h prn (ordered by dr. ⟦N|lucas fairweather⟧, hospitalist)
alert: cyp2d6 ultrarapid metabolizer (*1/*2xn, activity score 3.0) on preemptive panel ⟦D|2096-05-19⟧ (⟦O|mayo clinic laboratories⟧, order ⟦I|mcl-8804471⟧).
cpic: avoid codeine; use non-tramadol alternative. override reason entered: "pt has taken tylenol #3 for years" - pharmacist ⟦N|garrett yoon⟧ called dr ⟦N|fairweather⟧ at 22:30; order changed to oxycodone 2.5 mg.
daughter ⟦N|peggy brockman-lutz⟧ (hcpoa) notified by phone ⟦P|859-555-0104⟧; lives in ⟦C|independence⟧, ⟦STATE|ky⟧.
also on file: slco1b1 *5/*5 (poor function) - simvastatin dose capped; cyp2c19 *17/*17 (ultrarapid) - escitalopram may fail.
`);

note("cf-adult-transition-lower", `
adult cf program - transition visit · ⟦H|university of kansas health system⟧ · ⟦C|kansas city⟧ · ⟦D|9 dec 2099⟧
⟦N|mcallister, brynn e⟧ · 19 · mrn ⟦M|kuh-3304718⟧ · from ⟦H|children's mercy kansas city⟧ (pediatric cf team, dr. ⟦N|oluwaseun adebayo⟧)
dx by ⟦STATE|missouri⟧ newborn screen ⟦D|2080⟧ (irt high, cftr f508del / 3849+10kb c>t); sweat chloride 88 at ⟦H|children's mercy⟧ ⟦D|01/2081⟧.
on trikafta since ⟦D|2092⟧; fev1 94% today. cfrd screening ogtt due.
social: student at ⟦O|william jewell college⟧, ⟦C|liberty⟧; works weekends at ⟦O|hy-vee⟧ pharmacy. lives with roommate ⟦N|kenzie⟧ in dorm; home address ⟦S|410 s pleasant st⟧, ⟦C|independence⟧, ⟦STATE|mo⟧ ⟦Z|64050⟧.
family: brother ⟦N|colt mcallister⟧ (15) also cf; parents ⟦N|dana⟧ and ⟦N|russ mcallister⟧ are carriers. ⟦N|brynn⟧'s boyfriend ⟦N|deshawn price⟧ asked about his own carrier status - referred to genetics.
insurance: ⟦O|blue kc⟧ member ⟦HP|xkc440718201⟧; trikafta through ⟦O|cff foundation pharmacy⟧ copay program, id ⟦I|cffp-77180⟧.
cf care center coordinator ⟦N|alma ruíz-ortega⟧, rn · ⟦P|913-555-0190⟧ · ⟦E|aruizortega@kumc-example.edu⟧
`);
// ======================================================== mixed case (25) ========================================================

note("results-disclosure-brca2", `
Cancer Genetics — Results Disclosure (telehealth) · ⟦H|Moffitt Cancer Center⟧, ⟦C|Tampa⟧ · ⟦D|Dec 4, 2099⟧
Patient: ⟦N|Haddad-Nasser, Rima⟧ · DOB ⟦D|09/14/2041⟧ · MRN ⟦M|MCC-0447182⟧ · patient located at home in ⟦C|Brandon⟧, ⟦STATE|FL⟧ at the time of the visit
Result (⟦O|Myriad Genetics⟧ myRisk, accession ⟦I|MYR-99-4471820⟧, collected ⟦D|11/10/2099⟧): BRCA2 c.5946delT (p.Ser1982fs) — pathogenic. Also reported: no variants in the other 47 genes.
Personal history: breast cancer, ER+/PR+/HER2−, at 41 (⟦D|2082⟧), treated at ⟦H|St. Joseph's Hospital⟧ by Dr. ⟦N|Alma Varga⟧; now 17 years out.
Family (father's side, Lebanese): her father ⟦N|Elias Haddad⟧ — male breast cancer at 70, treated at ⟦H|American University of Beirut Medical Center⟧ in ⟦C|Beirut⟧; died ⟦D|2088⟧. Paternal aunt ⟦N|Samira Khoury⟧ — pancreatic cancer at 63. Paternal cousin ⟦N|Georges Khoury⟧ — prostate at 55, ⟦C|Montreal⟧.
Recommendations: RRSO advised (58, post-menopausal); annual breast MRI; pancreatic surveillance discussed given her aunt; PARP inhibitor eligibility if recurrence.
Cascade: her sons ⟦N|Karim Nasser⟧ (32, ⟦C|Orlando⟧) and ⟦N|Omar Nasser⟧ (29, ⟦C|Atlanta⟧) — family letter sent; free testing code ⟦I|MYR-FT-2099-0882⟧ valid 90 days. Her brother ⟦N|Fadi Haddad⟧ in ⟦C|Dearborn⟧ will ask his own doctor.
Husband ⟦N|Walid Nasser⟧ joined the call.
Counselor: ⟦N|Jessamyn Crowe⟧, MS, CGC · ⟦P|813-555-0175⟧ · ⟦E|jessamyn.crowe@moffitt-example.org⟧
`);

note("academic-lab-lynch-report", `
⟦H|University of Washington Medical Center⟧ — ⟦H|Genetics and Solid Tumors Laboratory⟧ · ⟦S|1959 NE Pacific St⟧, ⟦C|Seattle⟧, ⟦STATE|WA⟧ ⟦Z|98195⟧ · CLIA ⟦I|50D0447182⟧
ColoSeq Lynch and Polyposis — Final Report
Patient ⟦N|Okonkwo-Reyes, Adaeze⟧ · DOB ⟦D|1984-02-27⟧ · Sex F · Lab no. ⟦I|UWG-99-31204⟧ · Hospital no. ⟦M|U4471-8820⟧
Specimen: peripheral blood (⟦I|B99-118204⟧), collected ⟦D|2099-10-21⟧, received ⟦D|2099-10-23⟧; tumor block from ⟦H|Providence Sacred Heart Medical Center⟧, ⟦C|Spokane⟧ (⟦I|SH99-S-22018 B1⟧)
Ordering physician: ⟦N|Thaddeus Gorski⟧, MD (NPI ⟦I|1194471028⟧) · copy to ⟦N|Leilani Kahananui⟧, CGC
Result: PMS2 c.1831dupA (p.Ile611fs) heterozygous — pathogenic. Tumor: MSI-high, PMS2 loss alone by IHC; MLH1 intact.
Comment: findings are consistent with Lynch syndrome (PMS2). Pseudogene (PMS2CL) interference excluded by long-range PCR. Testing of relatives is recommended; a positive control from this proband is kept under family number ⟦I|UWG-F-4418⟧.
Patient note: her mother, ⟦N|Chinyere Okonkwo⟧, had endometrial cancer at 56 (⟦H|MultiCare Deaconess Hospital⟧); her maternal uncle ⟦N|Obinna Okonkwo⟧, colon cancer at 61 in ⟦C|Enugu⟧.
Reported ⟦D|11/16/2099⟧ · ⟦N|Marguerite Lindahl⟧, MD, PhD, and ⟦N|Kenji Oshiro⟧, PhD, FACMG · ⟦P|206-555-0122⟧
`);

note("pa-denial-appeal", `
⟦H|Vanderbilt-Ingram Cancer Center⟧ — Hereditary Cancer Clinic
⟦S|2220 Pierce Ave⟧, ⟦C|Nashville⟧, ⟦STATE|TN⟧ ⟦Z|37232⟧ · Fax ⟦F|615-555-0191⟧
⟦D|December 1, 2099⟧
⟦O|BlueCross BlueShield of Tennessee⟧ — Appeals Unit, ⟦S|1 Cameron Hill Cir⟧, ⟦C|Chattanooga⟧, ⟦STATE|TN⟧ ⟦Z|37402⟧
Re: ⟦N|Dewberry, Lottie Ann⟧ · DOB ⟦D|6/2/1968⟧ · Member ID ⟦HP|ZGT884471926⟧ · Claim ⟦I|2099318004471⟧ · Denial letter dated ⟦D|11/17/2099⟧ (ref. ⟦I|DN-44718-TN⟧)
To the medical director:
I am writing to appeal the denial of hereditary cancer panel testing (CPT 81432) for Mrs. ⟦N|Dewberry⟧. The denial states she "does not meet criteria". She does: she had pancreatic adenocarcinoma diagnosed ⟦D|9/8/2099⟧ at ⟦H|Williamson Medical Center⟧, and NCCN guidelines recommend germline testing for every person with exocrine pancreatic cancer regardless of family history.
Her family also includes a sister, ⟦N|Opal Dewberry Strunk⟧, with ovarian cancer at 52 (⟦H|TriStar Centennial Medical Center⟧), and a niece, ⟦N|Harper Strunk⟧, with breast cancer at 36.
A germline result would change her treatment now: a BRCA1, BRCA2 or PALB2 pathogenic variant would make her eligible for olaparib maintenance and platinum-based chemotherapy.
Please reverse the denial. The test was sent to ⟦O|Ambry Genetics⟧ (requisition ⟦I|AMB-2099-4471182⟧) on ⟦D|Sept. 20⟧.
Sincerely,
⟦N|Quentin Abernathy-Sowell⟧, MD · NPI ⟦I|1851447029⟧ · ⟦P|(615) 555-0137⟧
cc: ⟦N|Reba Hollingshead⟧, CGC; patient (⟦S|118 Boxwood Ct⟧, ⟦C|Franklin⟧, ⟦STATE|TN⟧ ⟦Z|37064⟧)
`);

note("biobank-consent-form", `
⟦O|Heartland Genomic Health Initiative⟧ — Research consent, signature page (version 7.2, ⟦D|2098-08-01⟧)
Participant name: ⟦N|Arceneaux, Beau Thibault⟧ · Date of birth: ⟦D|03/04/1991⟧ · Participant ID ⟦I|HGHI-000447182⟧ · Consent form barcode ⟦I|CF-7720-4471⟧
Choices (initialled by the participant):
[⟦N|BT⟧] I agree to give a blood sample for DNA sequencing (exome) and storage.
[⟦N|BT⟧] I want to be told about results in the 81 ACMG SF v3.2 genes.
[--] I do not want to be told about APOE results.
[⟦N|BT⟧] My de-identified data may be shared with dbGaP and other approved researchers.
[⟦N|BT⟧] I may be contacted again about future studies at ⟦P|337-555-0168⟧ or ⟦E|beau.arceneaux@mail-example.net⟧.
Address: ⟦S|504 Rue Iberville⟧, ⟦C|Breaux Bridge⟧, ⟦STATE|LA⟧ ⟦Z|70517⟧. Alternate contact: his sister ⟦N|Amélie Arceneaux Guidry⟧ ⟦P|337-555-0112⟧.
Collected at ⟦H|Lafayette General Medical Center⟧ ⟦D|12/02/2099⟧, tube ⟦I|HGHI-T-0447182-01⟧, by ⟦N|Trudy Melancon⟧, research coordinator.
Person obtaining consent: Dr. ⟦N|Ravi Shankar Iyer⟧ — signed ⟦D|12/2/2099⟧ 10:42.
`);

note("preconception-consult", `
Preconception genetics consult · ⟦H|Magee-Womens Hospital of UPMC⟧, ⟦C|Pittsburgh⟧ · ⟦D|11.30.2099⟧
Couple: ⟦N|Siddiqui, Ayesha⟧ (DOB ⟦D|4/1/2070⟧, MRN ⟦M|MW7704418⟧) and ⟦N|Siddiqui, Imran⟧ (DOB ⟦D|12/12/2067⟧)
Reason: first cousins (their mothers, ⟦N|Farzana Begum⟧ and ⟦N|Rukhsana Begum⟧, are sisters from ⟦C|Lahore⟧).
Prior child: son ⟦N|Zayan⟧, died at 7 months (⟦D|March 2098⟧) at ⟦H|UPMC Children's Hospital of Pittsburgh⟧ with a suspected metabolic disease; no genetic diagnosis. Autopsy tissue stored in pathology, case ⟦I|CHP-A98-0112⟧.
Plan: trio exome reanalysis request (proband DNA banked at ⟦O|PreventionGenetics⟧, sample ⟦I|PG-4471822⟧) plus expanded carrier screening for both; consanguinity adds roughly 3% to background risk.
⟦N|Ayesha⟧ works at ⟦O|PNC Bank⟧; ⟦N|Imran⟧ at ⟦O|Carnegie Mellon University⟧. Home: ⟦S|5620 Northumberland St⟧, ⟦LO|Squirrel Hill⟧, ⟦C|Pittsburgh⟧ ⟦Z|15217⟧.
Counselor ⟦N|Mariam Al-Jabouri⟧, MS, CGC · Fellow Dr. ⟦N|Tobiah Weiss⟧
`);

note("arvc-family-screening", `
Inherited Cardiomyopathy Clinic — ⟦H|Intermountain Medical Center⟧, ⟦C|Murray⟧, ⟦STATE|UT⟧ · family screening visit ⟦D|12/03/2099⟧
Family: the ⟦N|Hinckley⟧ / ⟦N|Lund⟧ family, pedigree ⟦I|ICC-PED-0331⟧
Proband ⟦N|Spencer Hinckley⟧ (34): arrhythmogenic right ventricular cardiomyopathy, PKP2 c.2146-1G>C (pathogenic), ICD (Boston Scientific Resonate EL, serial ⟦DEV|447182⟧) implanted ⟦D|6/14/2097⟧ at ⟦H|LDS Hospital⟧ after VT while running a marathon near ⟦C|St. George⟧.
Seen today:
• ⟦N|Camille Hinckley Lund⟧ (sister, 31, ⟦C|Logan⟧): PKP2 positive (⟦D|2098⟧). ECG: T-wave inversion V1–V3. Cardiac MRI ⟦D|11/19⟧ at ⟦H|Logan Regional Hospital⟧ — mild RV dilation. Advised to stop endurance running. Husband ⟦N|Bryce Lund⟧ present.
• ⟦N|Dale Hinckley⟧ (father, 63): PKP2 positive, normal ECG and Holter; yearly screening.
• ⟦N|Shauna Hinckley⟧ (mother): negative — no further screening.
• Grandfather ⟦N|Orrin Hinckley⟧ died suddenly at 44 on his farm near ⟦C|Delta⟧ (⟦D|2067⟧), "heart attack".
• Children of ⟦N|Camille⟧ — ⟦N|Ellie⟧ (8) and ⟦N|Jonah⟧ (5): testing deferred to age 10 per family wish.
Device checks: LATITUDE remote monitoring; device clinic ⟦P|801-555-0145⟧.
Cardiologist: Dr. ⟦N|Nicolette Abboud⟧ · Genetic counselor: ⟦N|Lindsey Farnsworth⟧, MS, CGC
`);

note("dcm-lmna-consult", `
Cardiogenetics consult — ⟦H|Mayo Clinic⟧, ⟦C|Rochester⟧, ⟦STATE|MN⟧ · ⟦D|7 December 2099⟧
Patient: ⟦N|Kristoffer Aaberg⟧, 46 · clinic no. ⟦M|8-447-182⟧ · referred by Dr. ⟦N|Hollis Grandbois⟧, ⟦H|Sanford Bemidji Medical Center⟧
History: dilated cardiomyopathy (EF 35%) with first-degree AV block; PR 280 ms. Exome at ⟦O|Mayo Clinic Laboratories⟧ (order ⟦I|MCL-99-0044718⟧): LMNA c.1130G>A (p.Arg377His), pathogenic; also TTN c.48421C>T (p.Arg16141Ter) in an A-band exon — likely pathogenic.
LMNA risk calculator 5-year VA risk 14% → ICD recommended (primary prevention).
Family: brother ⟦N|Lars Aaberg⟧ died at 41 in ⟦D|2091⟧ — found in his fishing boat on ⟦LO|Lake Bemidji⟧; no autopsy. Mother ⟦N|Solveig Aaberg⟧, pacemaker at 55 at ⟦H|Essentia Health St. Mary's Medical Center⟧ in ⟦C|Duluth⟧; died ⟦D|2089⟧. Maternal aunt ⟦N|Berit Haugen⟧, ⟦A|92⟧, in ⟦C|Grand Rapids⟧, has "heart block" — offered testing.
Children: ⟦N|Magnus⟧ (19, ⟦O|University of Minnesota Duluth⟧ student) and ⟦N|Liv⟧ (16) — ECG, echo and Holter now, genetic testing after counselling.
Employer: ⟦O|Potlatch Lumber⟧, ⟦C|Bemidji⟧ (heavy machinery). CDL medical certificate on hold.
Dr. ⟦N|Ahmad Rahimi-Noor⟧, cardiology · GC ⟦N|Annelise Brekke⟧, ⟦P|507-555-0126⟧
`);

note("lfs-surveillance-letter", `
⟦H|Dana-Farber Cancer Institute⟧ · Li-Fraumeni Syndrome Program · ⟦S|450 Brookline Ave⟧, ⟦C|Boston⟧, ⟦STATE|MA⟧ ⟦Z|02215⟧
⟦D|December 2, 2099⟧
Dear Ms. ⟦N|Fontaine⟧,
This letter summarises your yearly Li-Fraumeni (TP53) surveillance plan, as discussed on ⟦D|Nov. 24⟧ with Dr. ⟦N|Sunita Raghavan⟧ and ⟦N|Colm Breathnach⟧, CGC.
• Whole-body MRI (Toronto protocol): ⟦D|January 14, 2100⟧ at ⟦H|Brigham and Women's Hospital⟧, ⟦S|75 Francis St⟧.
• Brain MRI and breast MRI: same day. Dermatology: Dr. ⟦N|Okafor⟧, ⟦D|2/3/2100⟧. Colonoscopy: due ⟦D|2101⟧.
• Blood tests (CBC, LDH) every 4 months at ⟦H|Lowell General Hospital⟧, closer to your home in ⟦C|Chelmsford⟧.
Your TP53 variant (c.743G>A, p.Arg248Gln) was found at ⟦O|Quest Diagnostics⟧ (accession ⟦I|QD-44718-2096⟧) in ⟦D|2096⟧, after your sarcoma at 24.
Your daughter ⟦N|Colette⟧ (age 6) can start the childhood protocol at ⟦H|Boston Children's Hospital⟧; her father ⟦N|Joaquim Pereira⟧ has agreed. Your mother ⟦N|Ginette Fontaine⟧ (breast at 29, adrenocortical at 45) is followed at ⟦H|CHU de Québec⟧.
Research: you are enrolled in the LFS registry, participant ⟦I|LFS-R-0447⟧.
With best wishes, ⟦N|Colm Breathnach⟧, MS, CGC · ⟦P|617-555-0114⟧ · ⟦E|colm_breathnach@dfci-example.org⟧
`);

note("sample-rejection-notice", `
⟦O|Keystone Molecular Labs⟧ — Specimen Rejection Notice · ⟦S|700 Corporate Dr⟧, Suite 210, ⟦C|Mechanicsburg⟧, ⟦STATE|PA⟧ ⟦Z|17050⟧
Date: ⟦D|2099-12-02⟧ · To: ⟦H|Penn State Health Milton S. Hershey Medical Center⟧ — Genetics, attn ⟦N|Rosalind Achterberg⟧, CGC · Fax ⟦F|717-555-0183⟧
Patient: ⟦N|Yoder, Lavina⟧ · DOB ⟦D|10/30/1979⟧ · Requisition ⟦I|KML-RQ-0447182⟧ · Specimen ⟦I|KML-S-99-88104⟧ · Received ⟦D|11/30/2099⟧
Reason: tube unlabelled (no second identifier); also received at ambient temperature after 9 days in transit.
Test requested: MUTYH-associated polyposis (biallelic c.536A>G / c.1187G>A familial variants, familial testing for her brother ⟦N|Menno Yoder⟧'s result, accession ⟦I|KML-2098-20117⟧).
Action: please recollect. Our mobile phlebotomist ⟦N|Darlene Hershberger⟧ can visit the family farm at ⟦S|1180 Stumptown Rd⟧, ⟦C|Bird-in-Hand⟧ (no phone at home; call her neighbour ⟦N|Aaron Esh⟧'s shop ⟦P|717-555-0129⟧).
Billing: self-pay (Amish church aid, ⟦O|Old Order Amish Hospital Aid⟧) — discount price $190 applies.
Questions: client services ⟦P|800-555-0164⟧ option 2 · ⟦E|clientservices@keystonemolecular-example.com⟧
`);

note("clinic-schedule", `
Adult Genetics Clinic — schedule for ⟦DAY|Tuesday⟧ ⟦D|12/8/2099⟧ · ⟦H|University of Utah Hospital⟧ ⟦H|Genetic Medicine Clinic⟧, room 3B
08:00 ⟦N|Castellano, Ruben⟧ (NEW) — Marfan evaluation, FBN1 VUS c.3706T>C; echo 7:15 · MRN ⟦M|0441827⟧ · Dr. ⟦N|Hatch⟧ / ⟦N|Loveridge⟧ (GC)
08:45 ⟦N|Pulu, Sione⟧ (F/U) — familial hypercholesterolemia, LDLR; interpreter Tongan ⟦N|Mele Fifita⟧ · MRN ⟦M|2204471⟧
09:30 ⟦N|Whitesides, Marjorie⟧ (RESULTS) — hereditary hemorrhagic telangiectasia, ENG negative; age ⟦A|90⟧; daughter ⟦N|Connie⟧ driving from ⟦C|Tooele⟧
10:15 ⟦N|Nakashima, Dean⟧ (NEW) — Fabry disease, GLA p.Asn215Ser in nephew ⟦N|Kyle Nakashima⟧ (seen at ⟦H|Primary Children's Hospital⟧) · MRN ⟦M|7180442⟧
11:00 BLOCKED — molecular tumor board (⟦H|Huntsman Cancer Institute⟧)
13:00 ⟦N|Ortiz-Beltrán, Guadalupe⟧ (NEW) — Ehlers-Danlos, hypermobile type? vs. Loeys-Dietz (aortic root 4.4); referred by Dr. ⟦N|Benally⟧, ⟦H|Utah Navajo Health System⟧ ⟦C|Montezuma Creek⟧
13:45 ⟦N|Frost, Winter⟧ (TELE) — DTC ⟦O|23andMe⟧ BRCA result; phone ⟦P|435-555-0117⟧ (pt in ⟦C|Moab⟧)
14:30 ⟦N|Baker, Hope⟧ (F/U) — Lynch (MLH1), colonoscopy ⟦D|11/12⟧ clear; sister ⟦N|Faith Baker Lynch⟧ to schedule
Clinic coordinator ⟦N|Kelsey Draper⟧ ext. ⟦P|1-4471⟧
`);


note("mcad-adult-followup", `
Adult Inborn Errors of Metabolism Clinic — ⟦H|M Health Fairview University of Minnesota Medical Center⟧, ⟦C|Minneapolis⟧ · ⟦D|Nov 30, 2099⟧
⟦N|Xiong, Pa Nhia⟧ · 24 · MRN ⟦M|FV-20447188⟧ · Hmong interpreter ⟦N|Tou Vang⟧ (in person)
Dx: MCAD deficiency (ACADM c.985A>G homozygous), found on the ⟦STATE|Minnesota⟧ newborn screen in ⟦D|2075⟧; followed at ⟦H|Gillette Children's⟧ and the ⟦H|Masonic Children's Hospital⟧ until 18.
Interval: admitted ⟦D|10/2/2099⟧ to ⟦H|Regions Hospital⟧, ⟦C|St. Paul⟧ with vomiting after a night shift at ⟦O|Land O'Lakes⟧ in ⟦C|Arden Hills⟧; glucose 52; given D10. The ED did not have her emergency letter.
Plan: new emergency letter (copy in wallet and phone), MedicAlert bracelet ID ⟦I|MA-7704418⟧; avoid fasting > 12 h; carnitine not needed (free carnitine 28).
Pregnancy planning: husband ⟦N|Kou Lor⟧ — ACADM carrier testing ordered at ⟦O|Fulgent Genetics⟧ (order ⟦I|FG-99-004471⟧). Her sister ⟦N|Mai Xiong⟧ (⟦C|Maplewood⟧) was never screened (born in ⟦LO|Ban Vinai⟧ camp, ⟦COUNTRY|Thailand⟧, ⟦D|2078⟧) — offered acylcarnitine profile.
Phone ⟦P|651-555-0187⟧ · Address ⟦S|1445 Arcade St⟧, ⟦C|St. Paul⟧, ⟦STATE|MN⟧ ⟦Z|55106⟧
Dr. ⟦N|Elsbeth Grunewald⟧, biochemical genetics · RD ⟦N|Cassandra Moua⟧
`);

note("galactosemia-adult", `
Endocrine / metabolic follow-up — ⟦H|Emory University Hospital Midtown⟧, ⟦C|Atlanta⟧ · ⟦D|12-01-2099⟧
Pt ⟦N|Thornberry, Savannah Grace⟧ · 27 · MRN ⟦M|E00447182⟧ · classic galactosemia (GALT p.Gln188Arg / p.Gln188Arg), ⟦STATE|Georgia⟧ newborn screen ⟦D|2072⟧
Problems: primary ovarian insufficiency (on estradiol patch), speech apraxia in childhood, low bone density (DEXA Z −1.8 on ⟦D|08/14/2099⟧).
Erythrocyte Gal-1-P 1.9 mg/dL, sent to ⟦O|Emory Genetics Laboratory⟧ (accession ⟦I|EGL-99-071204⟧).
Fertility: referred to ⟦H|Reproductive Biology Associates⟧ (Dr. ⟦N|Yolanda Pettaway⟧) re: egg donation; her cousin ⟦N|Brittany Thornberry Sims⟧ in ⟦C|Macon⟧ offered to donate — donor screening, not tested for GALT yet.
Works as a dental assistant at ⟦O|Peachtree Smiles Dental⟧, ⟦C|Decatur⟧. Mother ⟦N|Rhonda Thornberry⟧ attends visits.
Next: ⟦D|June 2100⟧. ⟦N|Rita Benavides-Okoro⟧, MD · ⟦P|404-555-0136⟧
`);

note("gca-call-log-mixed", `
Genetic Counseling Assistant — call log, ⟦H|Norton Cancer Institute⟧ High Risk Clinic, ⟦C|Louisville⟧ · ⟦D|Dec 1–3, 2099⟧
⟦DAY|Mon⟧ ⟦D|12/1⟧ 9:05 — ⟦N|Pennington, Clara⟧ (MRN ⟦M|NH4471820⟧): asked for a copy of her CHEK2 report for her daughter ⟦N|Abby⟧, a nurse at ⟦H|Baptist Health Louisville⟧. Mailed to ⟦S|2314 Bardstown Rd⟧, ⟦C|Louisville⟧, ⟦STATE|KY⟧ ⟦Z|40205⟧.
⟦DAY|Mon⟧ ⟦D|12/1⟧ 13:40 — Fr. ⟦N|Joseph Mattingly⟧ (a priest at ⟦O|St. Martin of Tours Church⟧): wants testing because his late sister ⟦N|Agnes⟧ had ovarian cancer; pre-visit questionnaire sent.
⟦DAY|Tue⟧ ⟦D|12/2⟧ 10:15 — ⟦N|Nguyen-Tran, Vy⟧: results ready (negative, ⟦O|Invitae⟧ req ⟦I|RQ4471822⟧); booked phone disclosure with ⟦N|Heather Blankenship⟧, CGC ⟦D|12/9⟧ 11:00 at ⟦P|502-555-0171⟧.
⟦DAY|Tue⟧ ⟦D|12/2⟧ 15:20 — ⟦N|Greenwell, Dwight⟧: wife ⟦N|Loretta⟧ called; he has Medicare and asked if BRCA testing is covered after his prostate cancer (Gleason 9) at ⟦H|UofL Health – Brown Cancer Center⟧. Told yes (metastatic). Medicare MBI ⟦HP|4TW7-KJ2-MN81⟧ added.
⟦DAY|Wed⟧ ⟦D|12/3⟧ 8:50 — ⟦N|Sharp, Lyle⟧: no reply x2; letter #2 sent to ⟦S|88 Pleasant Run Ct⟧, ⟦C|Shepherdsville⟧ ⟦Z|40165⟧.
⟦DAY|Wed⟧ ⟦D|12/3⟧ 11:30 — ⟦N|Okafor, Chidinma⟧: needs a letter for her employer (⟦O|UPS Worldport⟧) for time off for RRSO on ⟦D|1/6/2100⟧ at ⟦H|Norton Women's and Children's Hospital⟧. Done.
— ⟦N|Kaylee Ballard⟧, GCA, ext ⟦P|54471⟧
`);

note("dpyd-pgx-consult", `
Oncology pharmacogenomics consult · ⟦H|UNC Lineberger Comprehensive Cancer Center⟧, ⟦C|Chapel Hill⟧ · ⟦D|2099-12-04⟧
Patient: ⟦N|Ramírez Colón, Héctor Luis⟧ · 61 · MRN ⟦M|UNC-00447182⟧ · rectal adenocarcinoma, planned capecitabine with radiation starting ⟦D|12/14⟧
DPYD genotype (⟦O|ARUP Laboratories⟧, order ⟦I|ARUP-99-7741820⟧, collected ⟦D|11/28/2099⟧): c.1905+1G>A (DPYD*2A) heterozygous — activity score 1.0, intermediate metabolizer.
UGT1A1 *1/*28. TPMT and NUDT15 normal.
Recommendation (CPIC): start capecitabine at 50% of the standard dose (825 → 412 mg/m² BID with RT), titrate by toxicity; uridine triacetate (Vistogard) available on site.
His brother ⟦N|Wilfredo Ramírez Colón⟧ had "a severe reaction to chemo" in ⟦C|Bayamón⟧, ⟦STATE|Puerto Rico⟧, in ⟦D|2094⟧ and died at ⟦H|Hospital Universitario Ramón Ruiz Arnau⟧ — likely the same variant; his children (⟦N|Yamilet⟧, ⟦N|Wilfredo Jr.⟧) will get a family letter.
Wife ⟦N|Migdalia Ortiz⟧; Spanish interpreter ⟦N|Lucía Carmona⟧ (ID ⟦I|INT-2231⟧).
Pharmacist: ⟦N|Theodora Vasilakis⟧, PharmD, BCOP · pager ⟦P|919-555-0105⟧
`);

note("hdgc-cdh1-counselling", `
Hereditary Diffuse Gastric Cancer clinic — ⟦H|Memorial Sloan Kettering Cancer Center⟧ · ⟦D|Nov. 20, 2099⟧
Patient ⟦N|Rosemary Albrecht-Grewal⟧, 33, MRN ⟦M|MSK44718203⟧, from ⟦C|Hoboken⟧, ⟦STATE|NJ⟧. CDH1 c.1003C>T (p.Arg335Ter), pathogenic, found on cascade testing after her father.
Father ⟦N|Werner Albrecht⟧: diffuse gastric cancer at 49 (⟦H|Hackensack University Medical Center⟧, ⟦D|2096⟧), died ⟦D|Feb 2097⟧. Paternal aunt ⟦N|Hildegard Albrecht-Sommer⟧: lobular breast cancer at 51, treated in ⟦C|Stuttgart⟧. Cousin ⟦N|Friedrich Sommer⟧ tested negative (⟦D|2098⟧).
Husband ⟦N|Manpreet Grewal⟧ accompanied her.
Options: prophylactic total gastrectomy (surgeon Dr. ⟦N|Vivian Strand⟧) vs. yearly Cambridge-protocol endoscopy; she chose surgery after her planned pregnancy. Breast MRI yearly from now.
Nutrition visit with ⟦N|Orla Kinsella⟧, RD. Peer contact: ⟦O|No Stomach for Cancer⟧ volunteer ⟦N|Dee Whitlock⟧.
Follow-up ⟦D|3/2/2100⟧ · GC ⟦N|Tamsin Oduya⟧, MS · ⟦P|646-555-0184⟧
`);

note("lynch-cascade-letter", `
⟦H|OhioHealth Riverside Methodist Hospital⟧ — Cancer Genetics
⟦S|3535 Olentangy River Rd⟧, ⟦C|Columbus⟧, ⟦STATE|OH⟧ ⟦Z|43214⟧
⟦D|November 25, 2099⟧

Dear relative of ⟦N|Patricia "Patsy" Lynch⟧,

Your relative ⟦N|Patsy⟧ asked us to send you this letter. She has Lynch syndrome — the name of the condition, not of your family — caused by a change in the MSH6 gene (c.3261dupC, p.Phe1088fs).
Lynch syndrome raises the chance of colon, uterine, ovarian and other cancers. Each of ⟦N|Patsy⟧'s brothers, sisters and children has a 1 in 2 chance of having it.
The letter was sent to: ⟦N|Gerald Lynch⟧ (⟦C|Zanesville⟧), ⟦N|Maureen Lynch-Abbott⟧ (⟦C|Marion⟧), ⟦N|Kevin Lynch⟧ (⟦C|Dublin⟧, ⟦STATE|OH⟧) and ⟦N|Caitlin Lynch⟧ (⟦C|Normal⟧, ⟦STATE|IL⟧).
What to do: ask your doctor for MSH6 single-site testing, or call us. Give the lab ⟦N|Patsy⟧'s report: ⟦O|GeneDx⟧ accession ⟦I|GDX-9920-4471⟧, dated ⟦D|10/30/2099⟧.
If you live near ⟦C|Bloomington⟧ or ⟦C|Normal⟧, the ⟦H|Carle BroMenn Medical Center⟧ genetics clinic can test you.
Sincerely,
⟦N|Evangeline Moorcroft⟧, MS, LGC, genetic counselor · ⟦P|614-555-0157⟧ · fax ⟦F|614-555-0150⟧
`);

note("nipt-cvs-followup", `
Maternal-Fetal Medicine genetics note — ⟦H|Women & Infants Hospital⟧, ⟦C|Providence⟧ · ⟦D|12/05/2099⟧
⟦N|Mendes, Larissa⟧ · G2P1 · 12w4d by CRL · EDD ⟦D|6/15/2100⟧ · MRN ⟦M|WI-7044182⟧
Cell-free DNA (⟦O|Natera⟧ Panorama, lab ID ⟦I|NTR-99-2204477⟧, drawn ⟦D|11/24⟧): high risk for 22q11.2 deletion; fetal fraction 9.8%. Sex chromosomes: XX.
Carrier screen: she is a carrier of alpha-thalassemia (--SEA/αα); partner ⟦N|Tuan Pham⟧ (carrier of HbE) — combined risk discussed.
CVS done today by Dr. ⟦N|Beatriz Sotomayor⟧, transabdominal, sample ⟦I|CVS-99-1205-A⟧ for microarray and Hb studies to ⟦O|Baylor Genetics⟧ (order ⟦I|BG-4471820⟧).
Prior pregnancy: daughter ⟦N|Lua⟧, born ⟦D|4/2/2097⟧ at ⟦H|Kent Hospital⟧, healthy.
Support: her mother ⟦N|Conceição Mendes⟧ from ⟦C|Fall River⟧. Work: ⟦O|CVS Health⟧ call center, ⟦C|Woonsocket⟧.
Results call expected ⟦D|12/15⟧–⟦D|12/18⟧ to ⟦P|401-555-0173⟧. Counselor ⟦N|Aurelie Dubois-Kamara⟧, MS, CGC
`);

note("marfan-aortopathy-family", `
Aortopathy Clinic — ⟦H|Baylor Scott & White Medical Center – Temple⟧ · family visit ⟦D|Dec 3, 2099⟧
Proband: ⟦N|Kasprzak, Tomasz⟧, 38, MRN ⟦M|BSW-4471820⟧ — FBN1 c.7754T>C (p.Ile2585Thr), pathogenic; Marfan syndrome (Ghent systemic score 8). Aortic root 4.6 cm on ⟦D|11/12/2099⟧ CT; valve-sparing root replacement planned with Dr. ⟦N|Ignatius Mbeki-Hale⟧ in ⟦D|January⟧.
Losartan 100 mg daily. Avoids fluoroquinolones.
Relatives seen today:
– Daughter ⟦N|Zofia Kasprzak⟧ (12): FBN1 positive; root Z-score +2.9; starts losartan. Ophthalmology at ⟦H|Scott & White Eye Institute⟧ for lens subluxation check.
– Son ⟦N|Adam Kasprzak⟧ (9): negative — discharged from screening.
– Wife ⟦N|Danielle Kasprzak⟧ (née ⟦N|Rutherford⟧): not at risk.
– His mother ⟦N|Halina Kasprzak⟧, 66, of ⟦C|Belton⟧: aortic dissection at 52 (⟦D|2085⟧) at ⟦H|Scott & White Medical Center⟧, repaired; never tested — sample drawn today, ⟦I|BSW-GEN-99-0217⟧.
Sports: ⟦N|Zofia⟧ plays volleyball at ⟦O|Lake Belton Middle School⟧ — letter to coach Ms. ⟦N|Treviño⟧ limiting isometric lifting.
Dr. ⟦N|Rosalind Achebe⟧, cardiology · GC ⟦N|Whitney Greer⟧ · ⟦P|254-555-0140⟧
`);


note("dtc-ancestry-donor", `
Genetic counselling note — unexpected DTC finding · ⟦H|OHSU Center for Genetic Counseling⟧, ⟦C|Portland⟧, ⟦STATE|OR⟧ · ⟦D|11/19/2099⟧
Client: ⟦N|Delacroix, Juniper⟧ · 31 · MRN ⟦M|OH-2044718⟧ · user name on ⟦O|AncestryDNA⟧: ⟦UN|junebug_delacroix⟧
Finding: a DNA match listed as "parent/child" — ⟦N|Harlan Voss⟧, 68, of ⟦C|Eureka⟧, ⟦STATE|CA⟧ — is not the man who raised her (⟦N|Maurice Delacroix⟧, d. ⟦D|2096⟧). Her mother ⟦N|Celeste Delacroix⟧ confirmed conception with donor sperm at ⟦O|Pacific Northwest Cryobank⟧ (donor #⟦I|2274⟧) in ⟦D|2067⟧.
Also: the ⟦O|AncestryDNA⟧ health add-on reported "HFE H63D, one copy" — no clinical meaning.
Concerns: wants her donor's medical history; Mr. ⟦N|Voss⟧ replied by message that his brother ⟦N|Gunnar Voss⟧ died of a "heart problem" at 39. Plan: cardiomyopathy/arrhythmia panel and ECG for her; letter template to contact Mr. ⟦N|Voss⟧.
Half-siblings found so far: ⟦N|Jasper Quill⟧ (⟦C|Olympia⟧), ⟦N|Marisa Tegen⟧ (⟦C|Bend⟧).
Support group: ⟦O|Right to Know⟧. Counselor ⟦N|Brigid Halloran-Moss⟧, MS, CGC · ⟦E|bhalloranmoss@ohsu-example.edu⟧ · ⟦P|503-555-0148⟧
`);

note("tumor-board-pancreas", `
GI Molecular Tumor Board — ⟦H|University of Kentucky Markey Cancer Center⟧ · ⟦DAY|Thursday⟧ ⟦D|12/3/2099⟧ · case 2 of 5
⟦N|Combs, Virgil Ray⟧ · 57 M · MRN ⟦M|UKM-0440718⟧ · from ⟦C|Whitesburg⟧ (⟦LO|Letcher County⟧) · retired coal miner (⟦O|Elk Horn Coal Company⟧)
Pancreatic adenocarcinoma, metastatic to liver, dx ⟦D|9/29/2099⟧ (EUS-FNA at ⟦H|Whitesburg ARH Hospital⟧, block ⟦I|WA99-C-4418⟧).
Somatic (⟦O|Tempus⟧ xT, order ⟦I|TL-99-0447182⟧): KRAS G12R, CDKN2A loss, BRCA2 c.6275_6276delTT at VAF 48% — likely germline.
Germline (⟦O|Invitae⟧, req ⟦I|RQ7790412⟧, ⟦D|10/19/2099⟧): BRCA2 c.6275_6276delTT (p.Leu2092fs) — pathogenic, confirmed.
Recommendation: FOLFIRINOX → olaparib maintenance if stable at 16 weeks. Clinical trial at ⟦H|Markey Cancer Center⟧ (PARP + ATR) as second line.
Family: sister ⟦N|Loretta Combs Sexton⟧ (breast at 44) in ⟦C|Hazard⟧; brother ⟦N|Elmer Combs⟧ (prostate at 60, ⟦H|Hazard ARH Regional Medical Center⟧); daughters ⟦N|Kayla⟧ and ⟦N|Brianna Combs⟧ — cascade letters via GC ⟦N|Jodie Adkins⟧.
Present: Drs. ⟦N|Ashworth⟧, ⟦N|Ndiaye⟧, ⟦N|Pemberton-Vance⟧; pathology Dr. ⟦N|Zheng⟧; ⟦N|Jodie Adkins⟧, CGC.
`);

note("exome-reanalysis-letter", `
⟦H|Baylor College of Medicine⟧ Human Genome Sequencing Center — Clinical Laboratory
Reanalysis of exome data · ⟦D|27 November 2099⟧
To: Dr. ⟦N|Mehmet Yilmaz-Carter⟧, ⟦H|Texas Children's Hospital⟧ Adult Genetics Transition Clinic, ⟦C|Houston⟧ · NPI ⟦I|1669204471⟧
Patient: ⟦N|Alvarado, Benicio⟧ · DOB ⟦D|2/11/2077⟧ · original exome ⟦I|WES-2089-00447⟧ (⟦D|2089⟧, non-diagnostic) · reanalysis request ⟦I|RA-99-3301⟧
New finding: de novo KMT2D c.15061C>T (p.Arg5021Ter) — pathogenic. Consistent with Kabuki syndrome, which matches his features (long palpebral fissures, persistent fetal fingertip pads, IQ 62).
Parents ⟦N|Rogelio Alvarado⟧ and ⟦N|Teresa Villaseñor de Alvarado⟧ (⟦C|Pasadena⟧, ⟦STATE|TX⟧) tested negative in ⟦D|2089⟧ (trio).
Recurrence risk for his parents is low (< 1%, germline mosaicism); for ⟦N|Benicio⟧'s own children, 50%.
⟦N|Benicio⟧ lives at ⟦O|The Arc of Greater Houston⟧ group home, ⟦S|9310 Kirby Dr⟧, ⟦C|Houston⟧ ⟦Z|77054⟧; legal guardian his sister ⟦N|Marisol Alvarado Peña⟧ ⟦P|713-555-0197⟧.
Signed ⟦N|Chioma Eze-Lindgren⟧, PhD, FACMG, ⟦D|11/27/2099⟧ · ⟦P|713-555-0120⟧
`);

note("pa-approval-cardio-panel", `
⟦O|UnitedHealthcare⟧ — Prior authorization approval (genetic and molecular lab testing)
Notice date: ⟦D|12/02/2099⟧ · Case ⟦I|A099447182⟧ · Reference ⟦I|UHC-GT-2099-0041827⟧
Member: ⟦N|Szymanski, Bogdan T.⟧ · Member ID ⟦HP|914470218⟧ · Group ⟦HP|730441⟧ · DOB ⟦D|05/29/1960⟧
Ordering: ⟦N|Darnell Whitacre⟧, MD, ⟦H|Aurora St. Luke's Medical Center⟧, ⟦C|Milwaukee⟧, ⟦STATE|WI⟧ · NPI ⟦I|1730441862⟧ · TIN ⟦I|39-1447201⟧
Servicing lab: ⟦O|Invitae⟧ (NPI ⟦I|1144782209⟧)
Approved: CPT 81413, 81414 (cardiac ion channelopathy, genomic sequence and duplication/deletion) × 1 unit; valid ⟦D|12/02/2099⟧ through ⟦D|03/01/2100⟧.
Reason: resuscitated cardiac arrest ⟦D|10/11/2099⟧ at work (⟦O|Harley-Davidson⟧, ⟦S|Juneau Ave⟧ plant); QTc 520 after recovery; family history (son ⟦N|Piotr Szymanski⟧ drowned at 15, ⟦LO|Lake Michigan⟧, ⟦D|2093⟧).
Not approved: whole genome sequencing (81425) — not medically necessary at this time. Appeal rights enclosed: within 180 days, fax ⟦F|801-555-0179⟧ or write to ⟦S|PO Box 30432⟧, ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ ⟦Z|84130⟧.
Questions: ⟦P|877-555-0142⟧ · reviewer ⟦N|Lorraine Petrakis⟧, RN
`);

note("fap-family-clinic", `
Hereditary GI Cancer Registry — ⟦H|Cleveland Clinic⟧ ⟦H|Sanford R. Weiss Center for Hereditary Colorectal Neoplasia⟧ · annual review ⟦D|2099-11-16⟧
Registry family ⟦I|WEISS-FAP-0388⟧ · APC c.3927_3931delAAAGA (p.Glu1309fs), classic FAP
• ⟦N|Giordano, Marco⟧ (proband, 45): colectomy with IRA ⟦D|2081⟧; desmoid (mesenteric) on sulindac; duodenal Spigelman stage III — EGD ⟦D|12/14/2099⟧ with Dr. ⟦N|Okonkwo⟧. MRN ⟦M|CC-10447182⟧.
• ⟦N|Giordano, Lucia⟧ (sister, 41, ⟦C|Parma⟧): IPAA ⟦D|2085⟧; pouchoscopy normal ⟦D|10/2099⟧.
• ⟦N|Giordano-Novak, Teresa⟧ (niece, 19, ⟦O|Ohio State University⟧ student): 40 polyps at colonoscopy ⟦D|Aug 2099⟧; colectomy planned ⟦D|summer 2100⟧.
• ⟦N|Novak, Ethan⟧ (nephew, 14): APC positive, yearly colonoscopy at ⟦H|Cleveland Clinic Children's⟧.
• ⟦N|Giordano, Salvatore⟧ (father, deceased): colon cancer at 38, died ⟦D|1999⟧ in ⟦C|Palermo⟧, ⟦COUNTRY|Italy⟧.
• ⟦N|Giordano, Anna⟧ (mother), ⟦A|96⟧, ⟦H|Villa Sancta Anna⟧ nursing home, ⟦C|Chagrin Falls⟧ — not at risk.
Registry nurse ⟦N|Paulette Kovacevic⟧, RN · ⟦P|216-555-0161⟧ · fax ⟦F|216-555-0168⟧
`);

note("alpha1-pulm-genetics", `
Pulmonary genetics clinic — ⟦H|National Jewish Health⟧, ⟦C|Denver⟧ · ⟦D|Dec 7th, 2099⟧
⟦N|Kirkpatrick, Alastair⟧ · 52 · MRN ⟦M|NJH-0044718⟧ · never smoker; welder at ⟦O|Vestas Blades⟧, ⟦C|Brighton⟧
AAT level 22 mg/dL; SERPINA1 PI*ZZ by Grifols AlphaID kit (kit ⟦I|AID-2099-447182⟧), confirmed by phenotyping.
CT: panlobular emphysema, lower lobes; FEV1 58%. Liver: FibroScan 9.1 kPa — hepatology referral to Dr. ⟦N|Anjali Deshmukh⟧ at ⟦H|UCHealth University of Colorado Hospital⟧.
Augmentation therapy (Prolastin-C 60 mg/kg weekly) — PA submitted to ⟦O|Rocky Mountain Health Plans⟧ member ⟦HP|RMH-4471820-01⟧.
Family: sister ⟦N|Fiona Kirkpatrick-Doyle⟧ (⟦C|Grand Junction⟧), smoker, untested — free AlphaID kit mailed to ⟦S|2240 Patterson Rd⟧, ⟦C|Grand Junction⟧, ⟦STATE|CO⟧ ⟦Z|81505⟧. Son ⟦N|Rory⟧ (22) in ⟦C|Glasgow⟧, ⟦COUNTRY|Scotland⟧. Father ⟦N|Ian Kirkpatrick⟧ died of "emphysema" at 58 in ⟦D|2071⟧.
⟦O|Alpha-1 Foundation⟧ coordinator ⟦N|Shayla Brightwater⟧ · ⟦P|303-555-0189⟧
`);

note("lqts-pregnancy", `
Cardio-obstetrics — ⟦H|Barnes-Jewish Hospital⟧, ⟦C|St. Louis⟧ · ⟦D|11/21/2099⟧
⟦N|Wainwright, Desirée⟧ · 30 · G1 at 24w · MRN ⟦M|BJH-7704412⟧ · long QT type 1 (KCNQ1 c.569G>A, p.Arg190Gln)
Diagnosed ⟦D|2093⟧ after her cousin ⟦N|Antoine Wainwright⟧ drowned in the ⟦LO|Lake of the Ozarks⟧ at 16 (⟦D|July 4, 2091⟧); his molecular autopsy at ⟦O|Saint Louis University⟧ found the variant.
Nadolol 40 mg continued through pregnancy and postpartum (highest risk first 9 months after delivery). Fetal growth scans at ⟦H|Missouri Baptist Medical Center⟧; neonatal ECG after birth at ⟦H|St. Louis Children's Hospital⟧.
Partner ⟦N|Khalil Farouk⟧; baby's 50% risk explained; no prenatal diagnosis wanted.
Delivery plan: epidural encouraged; avoid ondansetron and oxytocin bolus (QT); telemetry 48 h. Alarm clocks replaced with vibration.
No ICD. Holter ⟦D|10/30/2099⟧: no events.
Cardiologist Dr. ⟦N|Gwendolyn Ibekwe⟧ · MFM Dr. ⟦N|Paolo Benedetti⟧ · ⟦P|314-555-0166⟧ · next ⟦D|12/19⟧
`);
write();
