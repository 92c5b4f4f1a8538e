// Why this file exists: builds test/fixtures/clinical-notes-42.jsonl, a forty-second labelled set of clinical texts
// written by hand in stop 50 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 39 and 40's generators, fixture 40's test file, fixture-io.mjs, stop 49's fx49 and
// fy49 sections of docs/names-rounds.md and the opening comments of the other generators were read for the form and the
// labels), in the register of MATERNAL, CHILD AND FAMILY CARE, which no earlier fixture holds as a whole: prenatal
// intakes and visits, MFM consults, labour and delivery admissions and delivery notes (twins A and B), birth-certificate
// worksheets, NICU admissions, discharges, transports and family meetings, newborn nursery exams (mothers' and babies'
// names, "BABY BOY NGUYEN", "Twin B"), lactation consults, postpartum visits, doula and birth-centre notes, well-child
// visits, sports physicals and adolescent confidential visits, school-nurse logs, a school-based health centre, a
// daycare exposure letter and a 504 plan meeting, early intervention (IFSP), WIC certifications and texts, home
// visiting (Nurse-Family Partnership, Healthy Families), child protective services intakes, safety plans and
// caseworkers' notes, foster-care medical passports and initial health exams (caseworkers, foster parents,
// placements), an international adoption medical, a child-advocacy-centre exam, pediatric dental, immunization
// registry exports, custody orders and consent-to-treat notes, perinatal social work. 15 in ALL CAPS, 8 in lower case
// (texts, chats, portal messages), the rest mixed.
// Regions (towns invented or real, states and countries real): Fresno, Visalia and Porterville, Lowell and Dracut,
// Garden Grove and Westminster, Minneapolis and St. Paul, Brooklyn Park, Dearborn and Hamtramck, Houston and Pasadena,
// Laredo, McAllen and Edinburg, Atlanta, Clarkston and Decatur, Greensboro and High Point, Omaha, Lincoln, Worthington,
// Sioux City, Portland and Gresham, Tacoma and Lakewood, Columbus, Cleveland, Akron, Louisville, Memphis, Jackson,
// Gallup, Tuba City, Albuquerque, Pine Ridge, Rapid City, Anchorage, Kotzebue, Bangor, Burlington, Springfield, Erie,
// Syracuse, Utica, Buffalo, Providence, Honolulu, Wahiawa; abroad Addis Ababa, Hanoi, Bogotá, Guangzhou, Kyiv, Port
// Moresby.
// PHI forms sought: names of many origins (Vietnamese, Hmong, Somali, Oromo, Mexican and Central American with two
// surnames, Haitian, Khmer, Korean, Lao, Marshallese, Navajo, Lakota, Iñupiaq, Arab, Afghan, Congolese, Ukrainian,
// Ethiopian adoptees, Appalachian, Irish), nicknames in quotes and parentheses, hyphenated surnames, babies' cue words
// ("BABY BOY", "Baby Girl", "Twin A"), relations ("MOB", "FOB", "maternal grandmother", "foster mom"), surnames alone
// after a title; dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14", "March 14th", "Mar 14", "14 March
// 2099", month and year, a bare year; EDD and LMP dates; ages over 89 as "93 YO", "age 91", "(92)"; phones, faxes,
// extensions, pagers, emails, a URL; MRNs and babies' band numbers; Medicaid, CHIP and member numbers; case,
// referral, docket, birth-certificate, newborn-screen kit, registry, VFC PIN, WIC family, IFSP, SASID and student
// numbers; device serials (an apnea monitor, a breast pump, a feeding pump, hearing aids, an insulin pump).
// Hard negatives: drugs and vaccines (Pitocin, oxytocin, magnesium sulfate, betamethasone, Cytotec, Rhogam, Tdap,
// DTaP, Pentacel, Vaxelis, Rotateq, Beyfortus, nirsevimab, Synagis, hep B vaccine, vitamin K, erythromycin ointment,
// caffeine citrate, ampicillin, gentamicin, amoxicillin, fluoride varnish, Suboxone, Nexplanon, Depo-Provera),
// devices (Medela Symphony, Spectra S1, Kangaroo Joey, Giraffe OmniBed), scales and scores (APGAR, Bishop, Ballard,
// ASQ-3, PHQ-A, EPDS, HEADSS, CRAFFT), public programmes
// (Medicaid, CHIP, WIC, SNAP, TANF, Head Start, IDEA Part C, Section 504, Nurse-Family Partnership, VFC, Title X),
// gestational ages, weights, birth orders, grades and clock times.
// Labelling follows fixtures 29-40 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' and parents' professions; seasons, clock times, relative dates, gestational ages
// and grades are left unlabelled; ages under 90 are no PHI; clinicians' and staff initials are PHI; titles,
// credentials, relations ("MOB", "foster mom") and babies' cue words ("BABY BOY", "Baby Girl", "Twin A", "Infant") stay
// outside the name ("BABY BOY ⟦N|NGUYEN⟧"); "the" stays outside a facility; room, bed, pod, bassinet, isolette and
// locker numbers and grades and homerooms are left unlabelled; hospitals, birth centres, clinics and health centres
// with a place name, school-based health centres and NICUs of a named hospital are HOSPITAL; companies, insurers,
// schools, daycares, Head Start centres, churches, courts, CPS and child-welfare agencies, foster and adoption
// agencies, health departments, WIC agencies with a place name, home-visiting programmes with a place name, EI
// providers, pediatric and dental practices named without "clinic" and advocacy centres are ORGANIZATION; counties,
// neighbourhoods, reservations and landmarks are LOCATION-OTHER; MRNs and charts and babies' band numbers are MRN;
// member, Medicaid and CHIP numbers HEALTHPLAN; case, referral, docket, birth-certificate, kit, registry, VFC PIN, WIC
// family, IFSP, SASID, student and licence numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and
// pagers PHONE. Lot numbers of vaccines and drugs stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large hospitals, agencies and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-40 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-42.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-42.jsonl", "make-clinical-fixture-42");

// ======================================================== ALL CAPS (15) ========================================================

note("prenatal-intake-caps", `
NEW OB INTAKE - ⟦H|FRESNO COMMUNITY HEALTH CENTER⟧ - WOMEN'S CLINIC     DATE: ⟦D|03/14/2099⟧     MRN ⟦M|FCH-2207481⟧
PATIENT: ⟦N|XIONG, MAI NENG⟧ ("⟦N|MAI⟧")   DOB ⟦D|05/22/2076⟧   G3P2002   LMP ⟦D|08/09/2098⟧   EDD ⟦D|05/16/2099⟧ BY 8 WK US
ADDRESS: ⟦S|4471 E BELMONT AVE⟧ APT 12, ⟦C|FRESNO⟧ ⟦STATE|CA⟧ ⟦Z|93702⟧   CELL ⟦P|559-555-0147⟧   MEDI-CAL ⟦HP|91844720A⟧
FOB: ⟦N|VANG PAO THAO⟧, ⟦PROF|FARMWORKER⟧, INVOLVED. INTERPRETER (HMONG) ⟦N|YER LEE⟧ ID ⟦I|INT-3310⟧ PRESENT.
PRIOR DELIVERIES: ⟦D|2094⟧ SVD AT ⟦H|COMMUNITY REGIONAL MEDICAL CENTER⟧; ⟦D|2096⟧ SVD AT ⟦H|KAWEAH HEALTH MEDICAL CENTER⟧, ⟦C|VISALIA⟧.
FAMILY HX: MOTHER ⟦N|CHOUA XIONG⟧ GDM. MATERNAL GRANDMOTHER ⟦N|PA NHIA XIONG⟧, ⟦A|93⟧, LIVES WITH PT, HTN.
LABS: PRENATAL PANEL, RUBELLA IMMUNE, RH POS. TDAP AT 27-36 WK. DECLINES CELL-FREE DNA. EPDS 4.
REFERRALS: ⟦O|FRESNO COUNTY WIC⟧ (FAMILY # ⟦I|WIC-0094471⟧); ⟦O|FIRST 5 FRESNO⟧ HOME VISITING. DENTAL AT ⟦O|SMILE BRIGHT DENTAL⟧.
SEEN BY ⟦N|ROSALINDA ECHEVERRIA⟧, CNM. NEXT VISIT ⟦D|04/11/2099⟧. ⟦N|RE⟧/⟦N|KT⟧
`);

note("ld-admit-caps", `
L&D TRIAGE / ADMISSION H&P   ⟦H|LOWELL GENERAL HOSPITAL⟧   ⟦D|14-MAR-2099⟧ 0340   MRN ⟦M|LG00418827⟧   ROOM LDR 6
PT: ⟦N|CHHOEUN, SOPHEAP⟧, 24 YO G1P0 AT 39W2D BY ⟦D|11/20/2098⟧ US. SROM 0200, CLEAR. CX 4/80/-1. BISHOP 9.
SUPPORT: HUSBAND ⟦N|VIBOL KEO⟧ (⟦P|978-555-0162⟧) AND HER SISTER ⟦N|SREYMOM "MOMO" CHHOEUN⟧. DOULA ⟦N|ANNIKA BERGSTROM-OYELOWO⟧.
PRENATAL CARE AT ⟦H|LOWELL COMMUNITY HEALTH CENTER⟧ WITH DR. ⟦N|THANH-HUONG PHAM⟧; RECORDS FAXED FROM ⟦F|978-555-0190⟧.
GBS NEG ⟦D|2/27/99⟧. A1GDM. PLAN: EXPECTANT MGMT, PITOCIN PRN, EPIDURAL ON REQUEST (ANESTHESIA DR. ⟦N|KOWALCZYK⟧ PAGED).
PEDS AWARE: ⟦O|LOWELL PEDIATRICS⟧ (DR. ⟦N|FARIDA AZIZI⟧). CIRCUMCISION IF BOY: DECLINED.
LIVES ⟦S|88 BRIDGE ST⟧, ⟦C|DRACUT⟧ ⟦STATE|MA⟧ ⟦Z|01826⟧. MASSHEALTH ⟦HP|100447182930⟧.
ATTENDING ⟦N|MARGARET O'SULLIVAN-BRANDT⟧, MD. RESIDENT ⟦N|D. ABERNATHY⟧, PGY-2, PAGER ⟦P|4471⟧.
`);

note("twin-delivery-caps", `
DELIVERY NOTE - TWIN GESTATION     ⟦H|TEXAS CHILDREN'S PAVILION FOR WOMEN⟧     ⟦D|03/14/2099⟧
MOTHER: ⟦N|GUADALUPE ESPERANZA REYES-MONTOYA⟧   MRN ⟦M|TCP-8830417⟧   DOB ⟦D|12/03/2069⟧   33 YO G2P0101 AT 35W6D, DI/DI
TWIN A: BABY GIRL ⟦N|REYES-MONTOYA⟧ "A", VERTEX, SVD 0714, 2410 G, APGARS 8/9. BAND # ⟦M|TCH-NB-44718⟧.
TWIN B: BABY GIRL ⟦N|REYES-MONTOYA⟧ "B", BREECH EXTRACTION 0731, 2160 G, APGARS 6/8, TO NICU (DR. ⟦N|ADEBAYO⟧ AT BEDSIDE). BAND # ⟦M|TCH-NB-44719⟧.
NAMES CHOSEN: ⟦N|ISABELLA⟧ (A) AND ⟦N|VALENTINA⟧ (B). FATHER ⟦N|JOSE ANTONIO MONTOYA⟧ PRESENT, CUT CORD OF TWIN A.
EBL 650 ML. OXYTOCIN. CYTOTEC 800 MCG PR. PLACENTAS TO PATHOLOGY. CORD GASES SENT.
DELIVERING: ⟦N|NNEKA OBIAKOR-HALL⟧, MD (MFM). ASSIST: ⟦N|J. VILLARREAL⟧, MD. NURSES ⟦N|KRISTEN MAYFIELD⟧, RN; ⟦N|TRANG DOAN⟧, RN.
MOTHER'S MOTHER ⟦N|HERMINIA REYES⟧ (⟦P|713-555-0139⟧) WAITING IN FAMILY ROOM. INSURANCE ⟦O|TEXAS CHILDREN'S HEALTH PLAN⟧ ⟦HP|TCHP-60441872⟧.
`);

note("birth-cert-worksheet-caps", `
MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE - ⟦O|MINNESOTA DEPARTMENT OF HEALTH⟧ - OFFICE OF VITAL RECORDS
FACILITY: ⟦H|HENNEPIN HEALTHCARE⟧   FACILITY ID ⟦I|27-0418⟧   CERTIFIER: ⟦N|LEILA HASSAN-WARSAME⟧, MD
CHILD'S NAME: ⟦N|ABDIRAHMAN MOHAMED FARAH⟧   SEX: M   DATE OF BIRTH: ⟦D|03/13/2099⟧   TIME 2248   PLURALITY: SINGLE
MOTHER'S CURRENT LEGAL NAME: ⟦N|HODAN ABDI YUSUF⟧   NAME PRIOR TO FIRST MARRIAGE: ⟦N|HODAN ABDI YUSUF⟧   DOB ⟦D|01/07/2075⟧
MOTHER'S BIRTHPLACE: ⟦COUNTRY|SOMALIA⟧ (⟦C|MOGADISHU⟧)   RESIDENCE: ⟦S|2215 RIVERSIDE AVE⟧ #404, ⟦C|MINNEAPOLIS⟧ ⟦STATE|MN⟧ ⟦Z|55454⟧, ⟦LO|HENNEPIN COUNTY⟧
INSIDE CITY LIMITS: YES. MOTHER'S EDUCATION: SOME COLLEGE. OCCUPATION: ⟦PROF|HOME HEALTH AIDE⟧.
FATHER'S NAME: ⟦N|MOHAMED FARAH ISMAIL⟧   DOB ⟦D|06/30/2071⟧   BIRTHPLACE ⟦C|HARGEISA⟧   OCCUPATION ⟦PROF|TAXI DRIVER⟧
PRENATAL CARE BEGAN ⟦D|AUG 2098⟧ AT ⟦H|CEDAR RIVERSIDE PEOPLE'S CENTER CLINIC⟧. SSN REQUESTED FOR CHILD: YES. MOTHER SSN ⟦SSN|472-88-1093⟧.
NEWBORN SCREEN KIT # ⟦I|MN99-0418823⟧. HEARING SCREEN PASS. HEP B VACCINE GIVEN ⟦D|03/14/2099⟧. LOCAL FILE # ⟦I|2099-MN-004417⟧.
WORKSHEET REVIEWED WITH MOTHER BY ⟦N|KRISTA LINDGREN⟧, BIRTH REGISTRAR, ⟦P|612-555-0118⟧ X ⟦P|2214⟧.
`);

note("nicu-admit-caps", `
NICU ADMISSION H&P   ⟦H|MCALLEN MEDICAL CENTER⟧ LEVEL III NICU   ADMIT ⟦D|03/14/2099⟧ 0112   BED 14
PT: BABY BOY ⟦N|NGUYEN⟧ (MOTHER ⟦N|NGUYEN THI LAN⟧)   MRN ⟦M|MMC-NB-770418⟧   DOB ⟦D|03/14/2099⟧ 0046   GA 30W1D   BW 1390 G
MATERNAL: ⟦N|LAN NGUYEN⟧, 29 YO G2P0111, PPROM X 3 DAYS, BETAMETHASONE X2, MAG SULFATE FOR NEUROPROTECTION, GBS UNK, AMPICILLIN.
TRANSFERRED FROM ⟦H|EDINBURG REGIONAL MEDICAL CENTER⟧ BY ⟦O|DHR HEALTH TRANSPORT⟧ (RN ⟦N|ERIKA SALDIVAR⟧, RT ⟦N|OMAR TREVIÑO⟧).
RESUSCITATION: CPAP 6 IN DR, SURFACTANT VIA INSURE AT 0140. BALLARD 30 WK. STARTED AMPICILLIN AND GENTAMICIN, CAFFEINE CITRATE.
UVC/UAC BY DR. ⟦N|HUMBERTO GARZA-ELIZONDO⟧, NEONATOLOGY. SOCIAL WORK: ⟦N|BEATRIZ "BETTY" CANTU⟧, LMSW, ⟦P|956-555-0171⟧.
FATHER ⟦N|TRAN MINH DUC⟧ (⟦P|956-555-0148⟧) AT BEDSIDE. FAMILY LIVES ⟦S|1904 N 10TH ST⟧, ⟦C|MCALLEN⟧ ⟦STATE|TX⟧ ⟦Z|78501⟧.
MEDICAID PENDING, MOTHER'S ⟦HP|TX52204471⟧. NOTE BY ⟦N|PRIYA VENKATARAMAN⟧, NNP-BC, ⟦D|3/14/99⟧.
`);

note("nicu-discharge-caps", `
NICU DISCHARGE SUMMARY — ⟦H|CHILDREN'S MINNESOTA⟧ — ⟦C|ST. PAUL⟧ CAMPUS        DISCHARGE DATE ⟦D|MARCH 14, 2099⟧
INFANT: ⟦N|KA'IMIPONO "KAI" LEOTA-FAIFAI⟧   MRN ⟦M|CMN-3344172⟧   DOB ⟦D|01/02/2099⟧   GA AT BIRTH 27W4D   CGA 37W5D
PARENTS: ⟦N|SIAOSI FAIFAI⟧ AND ⟦N|KALENA LEOTA⟧, ⟦S|1022 ARCADE ST⟧, ⟦C|ST. PAUL⟧ ⟦STATE|MN⟧ ⟦Z|55106⟧; ⟦P|651-555-0130⟧.
COURSE: RDS, PDA (CLOSED ⟦D|1/19/99⟧), ROP STAGE 1 ZONE II (DR. ⟦N|ELSBETH MARQUARDT⟧, ⟦O|MINNESOTA EYE CONSULTANTS⟧), NO IVH.
HOME ON APNEA MONITOR SN ⟦DEV|SMT-4417820⟧ (⟦O|ADVANCED MEDICAL HOME CARE⟧). FEEDS: EBM + NEOSURE 24 KCAL VIA BOTTLE.
SYNAGIS/BEYFORTUS: NIRSEVIMAB GIVEN ⟦D|03/12/2099⟧. HEP B #1 ⟦D|02/03/2099⟧. CAR SEAT TEST PASSED.
FOLLOW-UP: PCP ⟦O|PHALEN VILLAGE PEDIATRICS⟧ DR. ⟦N|MAI VANG-HER⟧ ⟦D|3/16/99⟧; NEONATAL FOLLOW-UP CLINIC ⟦D|MAY 2099⟧; EI REFERRAL
TO ⟦O|HELP ME GROW⟧ (REF # ⟦I|HMG-99-41872⟧). MEDICAL ASSISTANCE ⟦HP|MA00447182⟧.
SUMMARY BY ⟦N|GRETCHEN HOLMQUIST⟧, NNP; ATTENDING ⟦N|OLUWASEUN ADEYEMI⟧, MD. CC: ⟦N|MAI VANG-HER⟧, MD (FAX ⟦F|651-555-0199⟧).
`);

note("nursery-exam-caps", `
NEWBORN NURSERY - ADMISSION EXAM     ⟦H|ST. VINCENT CHARITY MEDICAL CENTER⟧     ⟦D|2099-03-14⟧
BABY GIRL ⟦N|KOWALCZYK-ODUYA⟧   MRN ⟦M|SVC-NB-41772⟧   BORN 0522 TO ⟦N|AGNIESZKA KOWALCZYK⟧ (MRN ⟦M|SVC-0318874⟧)
39W0D, 3340 G, APGARS 8/9. VIT K AND ERYTHROMYCIN GIVEN. HEP B VACCINE, LOT 4F22X. VOIDED, STOOLED.
EXAM: MILD MOLDING, CEPHALOHEMATOMA R PARIETAL. HIPS STABLE. RED REFLEX +/+. SACRAL DIMPLE - SHALLOW, BASE SEEN.
MOTHER'S PARTNER ⟦N|CHINEDU ODUYA⟧ (⟦P|216-555-0157⟧); MOB'S MOTHER ⟦N|HALINA KOWALCZYK⟧ VISITING FROM ⟦C|PARMA⟧.
FEEDING: BREAST, LACTATION (⟦N|DEB SCHULTZ⟧, IBCLC) TO SEE. PCP: ⟦O|METROHEALTH BUCKEYE HEALTH CENTER⟧ DR. ⟦N|ANDRZEJ NOWAK⟧.
HEARING SCREEN (ABR) PASS BOTH. CCHD PASS. NBS KIT ⟦I|OH-2099-0774183⟧ DRAWN ⟦D|3/15/99⟧ 0600.
DISCHARGE PLANNED ⟦D|3/16/99⟧ TO ⟦S|5508 STATE RD⟧, ⟦C|PARMA⟧ ⟦Z|44134⟧; MOB CELL ⟦P|216-555-0104⟧. ⟦O|BUCKEYE HEALTH PLAN⟧ ⟦HP|BHP-7704418⟧.
EXAMINED BY ⟦N|TAMIKA RHODES-BELL⟧, MD, PGY-1 / ⟦N|TRB⟧; STAFF ⟦N|HOWARD LEIBOWITZ⟧, MD.
`);

note("immunization-registry-caps", `
⟦O|GEORGIA REGISTRY OF IMMUNIZATION TRANSACTIONS AND SERVICES⟧ (⟦O|GRITS⟧) - PATIENT HISTORY EXPORT     PRINTED ⟦D|03/14/2099⟧
CLIENT: ⟦N|TESFAYE, ABENET GIRMA⟧   ⟦O|GRITS⟧ ID ⟦I|4471882093⟧   DOB ⟦D|09/18/2094⟧   MOTHER'S MAIDEN NAME ⟦N|WOLDEMARIAM⟧
ADDRESS ⟦S|3100 MONTREAL CT⟧ APT B, ⟦C|CLARKSTON⟧ ⟦STATE|GA⟧ ⟦Z|30021⟧   GUARDIAN ⟦N|GIRMA TESFAYE BEKELE⟧ ⟦P|404-555-0125⟧
PROVIDER OF RECORD: ⟦O|CLARKSTON COMMUNITY HEALTH CENTER⟧, VFC PIN ⟦I|GA044718⟧
VACCINE        DATE         LOT        PROVIDER
DTAP-IPV-HIB   ⟦D|11/20/2094⟧   UT7714AA   ⟦O|CHILDREN'S HEALTHCARE OF ATLANTA⟧
PCV20          ⟦D|01/22/2095⟧   LL0912     ⟦O|DEKALB COUNTY BOARD OF HEALTH⟧
MMR            ⟦D|10/02/2095⟧   X44719     OUTSIDE RECORD (⟦COUNTRY|ETHIOPIA⟧, ⟦C|ADDIS ABABA⟧)
VARICELLA      ⟦D|10/02/2095⟧   Y88201     OUTSIDE RECORD
DTAP           ⟦D|03/14/2099⟧   2K99B      ⟦O|CLARKSTON COMMUNITY HEALTH CENTER⟧ (⟦N|L. OKAFOR⟧, RN)
EXEMPTIONS: NONE. CERTIFICATE OF IMMUNIZATION (FORM 3231) ISSUED FOR ⟦O|INDIAN CREEK ELEMENTARY SCHOOL⟧. USER ⟦UN|LOKAFOR2⟧.
`);

note("cps-intake-caps", `
CHILD ABUSE HOTLINE INTAKE — ⟦O|TENNESSEE DEPARTMENT OF CHILDREN'S SERVICES⟧ — SHELBY REGION     REFERRAL # ⟦I|TN-2099-0417732⟧
RECEIVED ⟦D|03/14/2099⟧ 1015 FROM ⟦N|CARLA WHITFIELD⟧, RN, ⟦H|LE BONHEUR CHILDREN'S HOSPITAL⟧ ED, ⟦P|901-555-0166⟧ (MANDATED REPORTER)
ALLEGED VICTIM: ⟦N|JAYDEN "JJ" MCCRARY⟧, 4 MONTHS, DOB ⟦D|11/09/2098⟧.
CONCERN: BILATERAL POSTERIOR RIB FX, HEALING; MOTHER ⟦N|DESTINY MCCRARY⟧ (19) STATES HE "FELL OFF THE COUCH".
HOUSEHOLD: MOTHER'S BOYFRIEND ⟦N|TRAVON BOLTON⟧, 24; MATERNAL GREAT-GRANDMOTHER ⟦N|ESSIE MAE MCCRARY⟧, ⟦A|91⟧. SIBLING ⟦N|AALIYAH⟧, 3.
ADDRESS: ⟦S|1588 SOUTHERN AVE⟧, ⟦C|MEMPHIS⟧ ⟦STATE|TN⟧ ⟦Z|38114⟧. ⟦N|AALIYAH⟧ ATTENDS ⟦O|LITTLE BLESSINGS CHILD CARE⟧ ON ⟦S|PARK AVE⟧.
SCREENED IN: PRIORITY 1. ASSIGNED CPS INVESTIGATOR ⟦N|LATRICE POINDEXTER⟧ (⟦P|901-555-0109⟧). ⟦O|MEMPHIS POLICE DEPARTMENT⟧ NOTIFIED,
DET. ⟦N|GRAVES⟧, REPORT # ⟦I|2099-031407-MPD⟧. CHILD ADVOCACY: ⟦O|MEMPHIS CHILD ADVOCACY CENTER⟧. INTAKE BY ⟦N|R. SUMMERS⟧ / ⟦UN|RSUMMERS4⟧.
`);

note("foster-passport-caps", `
FOSTER CARE MEDICAL PASSPORT - ⟦O|OHIO DEPARTMENT OF CHILDREN AND YOUTH⟧ / ⟦O|FRANKLIN COUNTY CHILDREN SERVICES⟧
CHILD: ⟦N|BRANTLEY, MAKAYLA ROSE⟧   DOB ⟦D|04/17/2091⟧   CASE # ⟦I|FCCS-2099-11847⟧   MEDICAID ⟦HP|OH902244718⟧
DATE OF PLACEMENT: ⟦D|02/27/2099⟧   PLACEMENT TYPE: KINSHIP → TREATMENT FOSTER HOME (⟦O|NECCO⟧)
FOSTER PARENTS: ⟦N|GREGORY⟧ AND ⟦N|DIANE STAUFFER⟧, ⟦S|7730 HIGHLAND LAKES DR⟧, ⟦C|WESTERVILLE⟧ ⟦STATE|OH⟧ ⟦Z|43082⟧, ⟦P|614-555-0152⟧
CASEWORKER: ⟦N|ANTOINETTE "TONI" BLACKWELL⟧ ⟦P|614-555-0187⟧ X ⟦P|3310⟧   SUPERVISOR ⟦N|R. OYELARAN-SMITH⟧
BIRTH MOTHER: ⟦N|KRYSTAL BRANTLEY⟧ (PARENTAL RIGHTS INTACT; SUPERVISED VISITS AT ⟦O|FAMILY VISITATION CENTER⟧ ⟦DAY|THURSDAYS⟧).
PRIOR PLACEMENT: MATERNAL GRANDMOTHER ⟦N|LORETTA BRANTLEY⟧, ⟦C|CHILLICOTHE⟧, ⟦D|11/2098⟧-⟦D|02/2099⟧ (ENDED: GRANDMOTHER HOSPITALIZED).
PCP: ⟦H|NATIONWIDE CHILDREN'S PRIMARY CARE - EAST⟧, DR. ⟦N|KWAME ASANTE⟧. DENTIST: ⟦O|SMILE STATION PEDIATRIC DENTISTRY⟧.
BH: ⟦O|BUCKEYE RANCH⟧, THERAPIST ⟦N|HOLLY MCCANDLESS⟧, LISW. MEDS: GUANFACINE ER 2 MG. ALLERGIES: AMOXICILLIN (RASH).
SCHOOL: ⟦O|HANBY ELEMENTARY⟧, 2ND GRADE, IEP. LAST WCC ⟦D|03/06/2099⟧. UPDATED BY ⟦N|TB⟧ ⟦D|3/14/99⟧.
`);

note("school-nurse-log-caps", `
HEALTH OFFICE DAILY LOG — ⟦O|WESTMINSTER HIGH SCHOOL⟧ — ⟦D|THURSDAY⟧ ⟦D|03/14/2099⟧ — NURSE ⟦N|LINH TRUONG⟧, RN, NCSN
0805 ⟦N|NGUYEN, BAO⟧ (GR 10, ID ⟦I|S2099-44718⟧) INHALER BEFORE PE, ALBUTEROL 2 PUFFS. RTC.
0840 ⟦N|ORTEGA-FLORES, ISAIAH⟧ (GR 9) NOSEBLEED, RESOLVED. MOM ⟦N|YESENIA FLORES⟧ CALLED ⟦P|714-555-0193⟧, NO ANSWER, LVM.
0915 ⟦N|PARK, JI-WOO⟧ "⟦N|JENNY⟧" (GR 11) HA, NO MEDS ON FILE. PARENT ⟦N|PARK SANG-HOON⟧ GAVE VERBAL OK FOR ACETAMINOPHEN.
1030 ⟦N|DELACRUZ, MARCUS⟧ T1DM, BG 62, 15 G CARB, RECHECK 98. PUMP SN ⟦DEV|OMN-4417729⟧. DAD ⟦N|RONALDO DELACRUZ⟧ INFORMED.
1145 ⟦N|HASSAN, AMIRA⟧ 504 PLAN MEDS: CETIRIZINE. EPI-PEN X2 IN OFFICE, EXP ⟦D|08/2099⟧.
1300 ⟦N|BUI, KEVIN⟧ FELL IN GYM, L WRIST SWELLING. SENT TO ⟦H|ORANGE COUNTY GLOBAL MEDICAL CENTER⟧ WITH GRANDMOTHER ⟦N|BUI THI HOA⟧, ⟦A|90⟧.
     ACCIDENT REPORT ⟦I|AR-99-0314⟧ TO VP ⟦N|SANDRA ELLSWORTH⟧. COACH ⟦N|T. MAHONEY⟧ WITNESSED.
1410 ⟦N|JOHNSON, TYREEK⟧ VISION RESCREEN FAIL; LETTER HOME TO ⟦S|14022 MAGNOLIA ST⟧, ⟦C|GARDEN GROVE⟧ ⟦Z|92844⟧.
DISTRICT: ⟦O|HUNTINGTON BEACH UNION HIGH SCHOOL DISTRICT⟧. LOG CLOSED 1530 ⟦N|LT⟧.
`);

note("wic-cert-caps", `
WIC CERTIFICATION — ⟦O|HIDALGO COUNTY WIC⟧ CLINIC 07 (⟦C|EDINBURG⟧)     CERT DATE ⟦D|03/14/2099⟧     FAMILY ID ⟦I|TXW-40418822⟧
PARTICIPANT 1: ⟦N|MARISOL VILLANUEVA-PEÑA⟧ (POSTPARTUM, BREASTFEEDING)  DOB ⟦D|02/11/2078⟧
PARTICIPANT 2: ⟦N|SANTIAGO PEÑA⟧ (INFANT)  DOB ⟦D|01/29/2099⟧   BORN AT ⟦H|DOCTORS HOSPITAL AT RENAISSANCE⟧
PARTICIPANT 3: ⟦N|XIMENA PEÑA⟧ (CHILD, 3 Y)  DOB ⟦D|06/04/2095⟧
ADDRESS ⟦S|2810 W CANTON RD⟧, ⟦C|EDINBURG⟧ ⟦STATE|TX⟧ ⟦Z|78539⟧ - ⟦LO|COLONIA LAS MILPAS⟧. PHONE ⟦P|956-555-0183⟧.
ADJUNCT ELIGIBILITY: MEDICAID ⟦HP|TX71044827⟧, SNAP. HGB (⟦N|XIMENA⟧) 10.9 - REFER TO PCP ⟦O|NUESTRA CLINICA DEL VALLE⟧.
BREAST PUMP ISSUED: MEDELA PUMP IN STYLE SN ⟦DEV|PIS-0418772⟧. PEER COUNSELOR ⟦N|YOLANDA "YOLI" GARZA⟧ TO CALL.
PROXY: MATERNAL AUNT ⟦N|ROSA ELIA VILLANUEVA⟧. CERTIFIED BY ⟦N|DANIEL IBARRA⟧, RD, LD. NEXT: ⟦D|APRIL 2099⟧.
`);

note("custody-consent-caps", `
CONSENT FOR MEDICAL TREATMENT OF A MINOR — VERIFICATION OF LEGAL AUTHORITY     ⟦H|RAINBOW BABIES AND CHILDREN'S HOSPITAL⟧
PATIENT: ⟦N|DIMITRI SOKOLENKO⟧   DOB ⟦D|07/30/2087⟧   MRN ⟦M|UHRB-6604471⟧   ENCOUNTER ⟦D|03/14/2099⟧
PRESENTING ADULT: ⟦N|IRYNA SOKOLENKO⟧ (MOTHER). DOCUMENT: SHARED PARENTING PLAN, ⟦O|CUYAHOGA COUNTY COURT OF COMMON PLEAS⟧,
DOMESTIC RELATIONS DIVISION, CASE NO. ⟦I|DR-96-447182⟧, JUDGE ⟦N|MARGARET K. DONNELLY⟧, FILED ⟦D|10/12/2096⟧.
OTHER PARENT: ⟦N|OLEKSANDR SOKOLENKO⟧, ⟦C|AKRON⟧, ⟦P|330-555-0126⟧. BOTH PARENTS MAY CONSENT TO NON-EMERGENCY CARE.
STEPFATHER ⟦N|KEVIN MURPHY-LYONS⟧ IS NOT AUTHORIZED (NO GUARDIANSHIP). GRANDFATHER ⟦N|VASYL SOKOLENKO⟧, ⟦A|92⟧, LISTED AS PICKUP ONLY.
PROCEDURE: TONSILLECTOMY ⟦D|03/21/2099⟧ WITH DR. ⟦N|PRAKASH IYER⟧. MOTHER'S ADDRESS ⟦S|2217 W 65TH ST⟧, ⟦C|CLEVELAND⟧ ⟦Z|44102⟧, ⟦P|216-555-0148⟧. SCHOOL ⟦O|MARION-STERLING ELEMENTARY⟧.
COPY SCANNED TO CHART BY ⟦N|MELISSA KRAUSE⟧, HIM.
`);

note("pediatric-dental-caps", `
⟦O|LITTLE SPROUTS PEDIATRIC DENTISTRY⟧ — ⟦S|8810 W DODGE RD⟧, ⟦C|OMAHA⟧ ⟦STATE|NE⟧ ⟦Z|68114⟧ — ⟦P|402-555-0112⟧ — FAX ⟦F|402-555-0113⟧
PATIENT: ⟦N|ABUBAKAR, IDRIS⟧   DOB ⟦D|02/02/2094⟧   CHART ⟦M|LSD-18844⟧   DOS ⟦D|03/14/2099⟧   PROVIDER: ⟦N|REBECCA TRAN-OKONKWO⟧, DDS
ACCOMPANIED BY FATHER ⟦N|MUSA ABUBAKAR⟧ AND INTERPRETER ⟦N|HALIMA ADAMU⟧ (HAUSA, ⟦O|LUTHERAN FAMILY SERVICES⟧).
CC: "TOOTH HURTS" LL. DX: ECC, #K ABSCESS. TX: PULPECTOMY #K UNDER N2O, SSC. FLUORIDE VARNISH. SILVER DIAMINE FLUORIDE #S, #T.
REFERRED FOR GA: ⟦H|CHILDREN'S NEBRASKA⟧ SURGERY CENTER, DR. ⟦N|HOLLENBECK⟧. PRIOR AUTH ⟦I|PA-99-3320418⟧.
INSURANCE: ⟦O|NEBRASKA TOTAL CARE⟧ ⟦HP|NTC44718209⟧. SCHOOL: ⟦O|FLORENCE ELEMENTARY⟧ (SEALANT PROGRAM - ⟦O|ONEWORLD COMMUNITY HEALTH CENTERS⟧).
HYGIENIST ⟦N|K. SVOBODA⟧, RDH. ASSISTANT ⟦N|MARLENE OCHOA⟧. NEXT ⟦D|04/04/2099⟧. SIGNED ⟦N|RTO⟧.
`);

note("ei-ifsp-caps", `
INDIVIDUALIZED FAMILY SERVICE PLAN (IFSP) — ⟦O|SOUTH DAKOTA BIRTH TO THREE⟧ — REGION 1     IFSP # ⟦I|SDB3-99-0417⟧
CHILD: ⟦N|TWO BULLS, ELIJAH WAYNE⟧   DOB ⟦D|06/10/2097⟧   AGE 21 MO   MEETING ⟦D|03/14/2099⟧
FAMILY: MOTHER ⟦N|SHAWNA TWO BULLS⟧; GRANDMOTHER ⟦N|DELPHINE YELLOW HAWK⟧ (PRIMARY CAREGIVER); UNCLE ⟦N|ROY "SONNY" TWO BULLS⟧.
HOME: ⟦S|14 RED CLOUD LOOP⟧, ⟦C|PINE RIDGE⟧ ⟦STATE|SD⟧ ⟦Z|57770⟧, ⟦LO|PINE RIDGE RESERVATION⟧. PHONE ⟦P|605-555-0164⟧.
EVAL: ASQ-3 COMM BELOW CUTOFF; BAYLEY-4 EXPRESSIVE LANG 72. HEARING: OME, TUBES ⟦D|01/2099⟧ AT ⟦H|MONUMENT HEALTH RAPID CITY HOSPITAL⟧.
SERVICES: SLP (⟦N|CASSANDRA WEIBEL⟧, MS, CCC-SLP) 2X/MO HOME; SERVICE COORDINATOR ⟦N|JOSEPH HIGH HORSE⟧, ⟦O|OGLALA SIOUX TRIBE⟧
EARLY HEAD START (⟦O|OST EARLY HEAD START - KYLE CENTER⟧). PCP ⟦H|PINE RIDGE IHS HOSPITAL⟧, DR. ⟦N|AMANDA FOOLS CROW⟧.
TRANSITION CONFERENCE PLANNED BY ⟦D|MARCH 2100⟧ WITH ⟦O|OGLALA LAKOTA COUNTY SCHOOL DISTRICT⟧. SIGNATURES ON FILE. ⟦N|JHH⟧
`);

// ======================================================== mixed case (22) ========================================================

note("prenatal-visit-28wk", `
OB Return Visit — ⟦H|Family Health Centers of San Diego⟧ — ⟦D|14 March 2099⟧
Patient: ⟦N|Fatima Zahra Al-Masri⟧ (MRN ⟦M|FHC00418823⟧), 31 y/o G4P2103 at 28w1d. EDD ⟦D|June 5, 2099⟧.
She came with her husband ⟦N|Khaled Al-Masri⟧ and her sister-in-law ⟦N|Rania "Rony" Haddad⟧, who translated at her request (declined the ⟦O|CyraCom⟧ interpreter, ID ⟦I|77418⟧, after discussion).
1-hr GTT 148 → 3-hr ordered. Rhogam given today (Rh neg), lot 0417B. Tdap given. Kick counts reviewed.
History: preterm delivery at 34 wk in ⟦D|2095⟧ at ⟦H|Sharp Mary Birch Hospital for Women⟧; son ⟦N|Yusuf⟧ now well. Moved from ⟦C|Dearborn⟧ in ⟦D|December⟧.
Social: lives at ⟦S|4120 Marlborough Ave⟧, ⟦C|San Diego⟧ ⟦Z|92105⟧ (⟦LO|City Heights⟧). Husband works at ⟦O|Sysco⟧. Medi-Cal ⟦HP|93881047B⟧.
Plan: MFM consult with Dr. ⟦N|Ingrid Solheim⟧ at ⟦H|UC San Diego Jacobs Medical Center⟧ re: short cervix; 17-OHP discussed, declined.
Seen by ⟦N|Keiko Matsuda-Reyes⟧, CNM. Next visit ⟦D|3/28⟧.
`);

note("lactation-consult", `
Lactation Consultation — ⟦H|Maine Medical Center⟧ Mother-Baby Unit, room 4412 — ⟦D|03/14/2099⟧ 10:20
Mother: ⟦N|Amina Mohamud Warsame⟧, P1, POD 1 s/p primary C/S. Infant: Baby Girl ⟦N|Warsame⟧ (MRN ⟦M|MMC-NB-2204417⟧), 37w4d, 2880 g, 36 h old, wt down 7.8%.
Present: husband ⟦N|Abdullahi Hussein⟧; his mother ⟦N|Faadumo Ali⟧, who wants formula "to make her strong". Interpreter ⟦N|Sahra Osman⟧ (in person, ⟦O|Catholic Charities Maine⟧ language services).
Assessment: shallow latch L breast, nipple trauma. Transferred 14 mL on pre/post weights. Hand expression taught; colostrum 6 mL.
Plan: Medela Symphony pump (hospital grade, unit SN ⟦DEV|SYM-0418872⟧), supplement EBM then donor milk per ⟦O|Mothers' Milk Bank Northeast⟧.
Outpatient: ⟦O|Maine Breastfeeding Coalition⟧ support group at ⟦O|Portland Public Library⟧ (⟦S|5 Monument Sq⟧); WIC at ⟦O|City of Portland WIC⟧ — call ⟦P|207-555-0161⟧.
Discharge address ⟦S|77 Riverton Dr⟧, ⟦C|Portland⟧ ⟦Z|04103⟧. Pediatrician: Dr. ⟦N|Nathaniel Beaulieu⟧, ⟦O|Intermed Pediatrics⟧.
— ⟦N|Caroline Dufresne⟧, RN, IBCLC (pager ⟦P|2271⟧)
`);

note("well-child-2mo", `
Well Child Check — 2 months — ⟦O|Kids First Pediatrics⟧, ⟦C|Worthington⟧ ⟦STATE|MN⟧ — ⟦D|Mar 14, 2099⟧
Pt: ⟦N|Ka Zoua Vang⟧ ("⟦N|Zoua⟧"), DOB ⟦D|01/12/2099⟧, MRN ⟦M|KFP-220418⟧. Here with mom ⟦N|Nou Her⟧ and grandmother ⟦N|Youa Vang⟧.
Birth: 38w, SVD at ⟦H|Sanford Worthington Medical Center⟧, BW 3.1 kg; NBS normal (kit ⟦I|MN99-0044172⟧). Hep B #1 at birth.
Growth: wt 5.2 kg (45%), length 57 cm. Exam normal; mild seborrheic dermatitis.
Development: social smile, coos. EPDS for mom: 11 — discussed; referred to ⟦O|Southwest Health and Human Services⟧ (family home visitor ⟦N|Becky Ahrens⟧, ⟦P|507-555-0149⟧).
Vaccines: Vaxelis, PCV20, Rotateq (lots in record). Beyfortus given at birth (born in ⟦D|January⟧).
Dad ⟦N|Tou Vang⟧ works nights at ⟦O|JBS⟧. Family at ⟦S|1220 Oxford St⟧, ⟦C|Worthington⟧ ⟦Z|56187⟧. MA ⟦HP|MN0041882750⟧.
RTC 4 mo ⟦D|5/14/99⟧. ⟦N|Daniel Oyelowo⟧, MD / nurse ⟦N|KH⟧
`);

note("well-child-4yr", `
4-year well visit | ⟦H|Kokua Kalihi Valley Comprehensive Family Services⟧ | ⟦D|3/14/2099⟧
Child: ⟦N|Lijon Jibas-Kabua⟧ (goes by "⟦N|LJ⟧"), DOB ⟦D|2/28/2095⟧, MRN ⟦M|KKV-0071884⟧. Accompanied by aunt ⟦N|Neilani Kabua⟧ (legal guardian per ⟦O|Family Court of the First Circuit⟧ order, FC-G No. ⟦I|99-1-0418⟧) and uncle ⟦N|Bobby Jibas⟧.
Mother ⟦N|Rine Jibas⟧ lives in ⟦C|Majuro⟧ (⟦COUNTRY|Marshall Islands⟧); father not involved.
Vision 20/30 both. Hearing pass. Hgb 11.4. Lead 2. BMI 88th %ile. Dental: ⟦O|Hawaii Dental Service⟧ member ⟦HP|HDS-44718209⟧, last visit ⟦D|Sept 2098⟧.
Preschool: ⟦O|Kamehameha Preschools - Kalihi⟧. Teacher (Ms. ⟦N|Kahale⟧) notes speech clear, shares well.
DTaP, IPV, MMRV given. Flu declined by aunt. Med-QUEST ⟦HP|HQ0441872⟧.
Home: ⟦S|1640 Kalihi St⟧ #3B, ⟦C|Honolulu⟧ ⟦Z|96819⟧; phone ⟦P|(808) 555-0178⟧.
Seen by ⟦N|Leilani Kamakau-Souza⟧, APRN; precepted Dr. ⟦N|Hiroshi Tanabe⟧.
`);

note("adolescent-confidential", `
CONFIDENTIAL — Adolescent visit (minor consent: reproductive health, ⟦STATE|Oregon⟧) — ⟦H|Multnomah County Student Health Center at Roosevelt⟧
Date ⟦D|03/14/2099⟧. Pt ⟦N|Valeria Quispe-Mamani⟧, DOB ⟦D|08/19/2083⟧ (16 y), student ID ⟦I|PPS-1094471⟧. MRN ⟦M|MCHD-5504418⟧.
Seen alone per HEADSS. Home: lives with mom ⟦N|Rosa Mamani⟧ and stepdad ⟦N|Greg Lund⟧ at ⟦S|8802 N Lombard St⟧, ⟦C|Portland⟧. School: ⟦O|Roosevelt High School⟧, 10th. Works weekends at ⟦O|Burgerville⟧.
Activities: ⟦O|St. Johns Boxing Club⟧. Drugs: vapes; CRAFFT 2. Sexuality: one partner, ⟦N|Diego⟧ (16), condoms sometimes. PHQ-A 9.
Plan: Nexplanon placed (lot in record), STI screen, Title X — bill confidentially (no EOB to OHP member ⟦HP|OHP-44718820⟧ household).
Safe contact: her own cell ⟦P|503-555-0142⟧, texts OK. Counseling with ⟦N|Marisela Ortiz⟧, LCSW, ⟦D|Mar 21⟧.
Provider: ⟦N|Teodora "Teddie" Wainwright⟧, FNP. Note sealed in ⟦O|OCHIN⟧ Epic as confidential.
`);

note("nfp-home-visit", `
Nurse-Family Partnership — Home Visit Encounter — ⟦O|Guilford County Division of Public Health⟧
Visit date: ⟦D|March 14th, 2099⟧ ⟦DAY|Friday⟧. Client ⟦N|Shaniqua Denise Pettiford⟧ (NFP ID ⟦I|NFP-37-0418822⟧), age 19, DOB ⟦D|10/30/2079⟧.
Baby: ⟦N|Kingston Amir Pettiford⟧, born ⟦D|02/01/2099⟧ at ⟦H|Cone Health Women's & Children's Center⟧, 6 wk today.
Home: ⟦S|2204 Phillips Ave⟧, ⟦C|Greensboro⟧ ⟦STATE|NC⟧ ⟦Z|27405⟧, shared with client's mother ⟦N|Denise Pettiford⟧ and great-grandmother ⟦N|Ruth Ann McAdoo⟧ (⟦A|94⟧).
FOB ⟦N|Devonte Graves⟧ visits; he is in GED classes at ⟦O|GTCC⟧. Client back at ⟦O|Smith High School⟧ in ⟦D|April⟧, baby to ⟦O|Tiny Tots Learning Academy⟧ (CAPS subsidy).
Topics: safe sleep (pack 'n play seen), postpartum contraception (Depo-Provera given at ⟦O|Guilford County Health Department⟧ family planning ⟦D|2/28⟧), EPDS 6.
Baby's pediatrician: ⟦O|Guilford Child Health⟧, Dr. ⟦N|Obi Nwachukwu⟧; 2-mo visit ⟦D|4/2⟧. Medicaid baby ⟦HP|949418827Q⟧.
Next visit ⟦D|3/28/2099⟧. Nurse home visitor ⟦N|Carolyn Huffines⟧, RN, BSN (cell ⟦P|336-555-0140⟧). Supervisor ⟦N|A. Bynum⟧.
`);

note("section-504-meeting", `
Section 504 Plan — Annual Review Meeting Notes
Student: ⟦N|Aiden Matthew Kowalski-Ruiz⟧   SASID ⟦I|1004471882⟧   School: ⟦O|Dracut Middle School⟧ (⟦S|1560 Lakeview Ave⟧, ⟦C|Dracut⟧)   Grade 7
Meeting ⟦D|3/14/2099⟧. Present: mother ⟦N|Jessica Ruiz⟧; father ⟦N|Tomasz Kowalski⟧ (by phone, ⟦P|978-555-0114⟧); school nurse ⟦N|Pauline Theriault⟧, RN;
504 coordinator Mr. ⟦N|Desmond Achebe⟧; math teacher Ms. ⟦N|Lorraine Gagnon⟧; counselor ⟦N|Kelsey O'Hare⟧.
Condition: type 1 diabetes (dx ⟦D|Oct 2096⟧ at ⟦H|Boston Children's Hospital⟧), followed at ⟦H|Joslin Diabetes Center⟧ by Dr. ⟦N|Ravindra Subramaniam⟧.
Devices: Dexcom G7 (receiver SN ⟦DEV|DXG7-4471820⟧), Omnipod 5. Accommodations: snacks in class, CGM phone allowed, extra time after lows, nurse checks before MCAS testing.
Field trip to ⟦LO|Canobie Lake Park⟧ ⟦D|May 2099⟧: trained delegate Coach ⟦N|Farrell⟧ to carry glucagon.
Plan signed by all. Copy to ⟦O|Dracut Public Schools⟧ Office of Student Services (fax ⟦F|978-555-0117⟧). Notes: ⟦N|K. O'Hare⟧
`);

note("adoption-medical", `
International Adoption — Post-Arrival Evaluation — ⟦H|University of Minnesota Masonic Children's Hospital⟧ Adoption Medicine Clinic
Date: ⟦D|2099-03-14⟧. Child: ⟦N|Tigist Alemu Johansson⟧ (birth name ⟦N|Tigist Alemu⟧), est. DOB ⟦D|04/01/2095⟧, MRN ⟦M|UMN-99041882⟧.
Placed through ⟦O|Children's Home Society of Minnesota⟧ (caseworker ⟦N|Hanna Solberg⟧) from ⟦O|Kidane Mehret Children's Home⟧, ⟦C|Addis Ababa⟧; arrived ⟦D|02/20/2099⟧.
Adoptive parents: ⟦N|Erik⟧ and ⟦N|Sara Johansson⟧, ⟦S|3318 Lyndale Ave S⟧, ⟦C|Minneapolis⟧ ⟦Z|55408⟧, ⟦P|612-555-0129⟧. Sibling (bio) ⟦N|Liya⟧, 9, adopted ⟦D|2096⟧.
Orphanage records: nurse Sr. ⟦N|Meseret⟧ notes TB contact ⟦D|2097⟧. IGRA positive → LTBI; refer ⟦O|Hennepin County Public Health⟧ TB clinic.
Stool O&P: Giardia. Albendazole given. Vaccines by titers; Hep B sAg neg. Dental referral to ⟦O|Children's Dental Services⟧.
Court: re-adoption in ⟦O|Hennepin County District Court⟧ pending (file ⟦I|27-FA-99-4418⟧). Passport ⟦I|EP4471882⟧, IR-3 visa.
Seen by ⟦N|Dana E. Johnson-Whitaker⟧, MD; interpreter (Amharic) ⟦N|Selam Tesfaye⟧ via ⟦O|Language Access Network⟧.
`);

note("foster-initial-exam", `
Initial Health Screen — child entering foster care (within 72 h) — ⟦H|Hasbro Children's Hospital⟧ Foster Care Clinic
DOS ⟦D|03/14/2099⟧. Child: ⟦N|Nevaeh-Skye Medeiros⟧, 6 y, DOB ⟦D|12/24/2092⟧. ⟦O|RI DCYF⟧ case # ⟦I|DCYF-2099-04418⟧. Medicaid (RIte Care) ⟦HP|RI44718220⟧.
Removed ⟦D|3/12⟧ from mother ⟦N|Ashley Medeiros⟧ (substance use) at ⟦S|45 Potters Ave⟧, ⟦C|Providence⟧; now with foster parents ⟦N|Manuel⟧ and ⟦N|Graça Pacheco⟧ in ⟦C|East Providence⟧ (⟦P|401-555-0133⟧).
Brought by ⟦O|DCYF⟧ worker ⟦N|Jordan Tavares-Lee⟧ (⟦P|401-555-0177⟧). Half-brother ⟦N|Mason Silva⟧ placed separately with paternal aunt ⟦N|Crystal Silva⟧.
Records sought from prior PCP ⟦O|Providence Community Health Centers⟧ and school ⟦O|Mary Fogarty Elementary⟧.
Exam: head lice, dental caries, eczema. No injuries. Trauma screen: CATS positive → referral ⟦O|Lifespan Children's Behavioral Health⟧.
Comprehensive exam within 30 days: ⟦D|April 9, 2099⟧. Dr. ⟦N|Soo-Jin Han⟧; RN ⟦N|Beverly Pacheco⟧ (no relation).
`);

note("cps-safety-plan", `
Safety Plan / Caseworker Contact Note — ⟦O|Texas Department of Family and Protective Services⟧, Region 6 (⟦C|Houston⟧)
Case ⟦I|46-2099-0314-7⟧. Worker: ⟦N|Marcus Oyelaran⟧, CPS Investigator. Date ⟦D|03/14/2099⟧, home visit 14:30.
Children: ⟦N|Emmanuel Baptiste⟧ (7), ⟦N|Rose-Merline Baptiste⟧ (4), ⟦N|Ti-Jean Baptiste⟧ (11 mo). Parents: ⟦N|Marie-Claude Baptiste⟧ and ⟦N|Frantz Baptiste⟧.
Address: ⟦S|7415 Bellfort Ave⟧ Apt 220, ⟦C|Houston⟧ ⟦Z|77087⟧. Allegation: neglectful supervision (infant left with 7-y-o).
Safety plan: maternal aunt ⟦N|Guerline Joseph⟧ (⟦S|1102 Red Bluff Rd⟧, ⟦C|Pasadena⟧; ⟦P|713-555-0104⟧) to supervise after school; ⟦N|Ti-Jean⟧ to start at ⟦O|Neighborhood Centers Early Head Start⟧.
Collaterals: ⟦O|Bellfort Early Childhood Center⟧ principal Dr. ⟦N|Yvonne Castille⟧; pediatrician ⟦O|Legacy Community Health⟧ — Southwest, RN ⟦N|Quyen Le⟧.
Haitian Creole interpretation by ⟦N|Wisly Pierre-Louis⟧ (⟦O|Houston Language Bank⟧, badge ⟦I|HLB-0418⟧).
Next contact ⟦D|March 21⟧. Supervisor ⟦N|Celeste Nwosu⟧ approved ⟦D|3/14/99⟧.
`);

note("postpartum-visit", `
Postpartum visit (6 wk) — ⟦H|Baystate Brightwood Health Center⟧ — ⟦D|14-Mar-2099⟧
Pt ⟦N|Yaritza Colón-Ortiz⟧, 22, P2, MRN ⟦M|BBH-774182⟧; delivered ⟦D|Jan 31⟧ at ⟦H|Baystate Medical Center⟧ (PPH, 2 u PRBC). Baby ⟦N|Liam Ortiz⟧ here too.
EPDS 14, item 10 = 0. Support: partner ⟦N|Jonathan "Johnny" Ortiz⟧, her mom ⟦N|Nilda Colón⟧. Refer: ⟦O|MCPAP for Moms⟧ consult; therapist ⟦N|Aurelia Santos⟧ at ⟦O|Gandara Center⟧.
Contraception: IUD placed (Mirena). Suboxone continues from ⟦O|Behavioral Health Network⟧ (prescriber Dr. ⟦N|Pritchard⟧).
Lives ⟦S|58 Chestnut St⟧, ⟦C|Springfield⟧ ⟦STATE|MA⟧ ⟦Z|01107⟧; ⟦P|413-555-0181⟧. MassHealth ⟦HP|100884417291⟧.
⟦O|DCF⟧: plan of safe care filed at birth; worker ⟦N|Kimberly Lussier⟧ (⟦O|DCF Springfield⟧ area office) closed ⟦D|3/10⟧.
— ⟦N|Adaeze Okonkwo⟧, MD
`);

note("nicu-family-meeting", `
NICU Family Meeting — ⟦H|Nationwide Children's Hospital⟧ NICU, pod C — ⟦D|March 14, 2099⟧
Infant: Twin B ⟦N|Ibrahim⟧, "Baby B ⟦N|Al-Jubouri⟧", DOB ⟦D|02/07/2099⟧, 24w3d at birth, MRN ⟦M|NCH-9904418⟧. Twin A ⟦N|Ismail⟧ died ⟦D|2/9/99⟧.
Family: parents ⟦N|Zainab Al-Jubouri⟧ and ⟦N|Ahmed Kareem Al-Jubouri⟧; paternal uncle ⟦N|Mustafa Al-Jubouri⟧ (from ⟦C|Dearborn⟧); imam ⟦N|Hassan Qazwini⟧ by phone.
Team: neonatologist Dr. ⟦N|Rebecca Feldstein-Amadi⟧; NNP ⟦N|Carla Ruggiero⟧; palliative care Dr. ⟦N|Owusu⟧; SW ⟦N|Tanisha Graves⟧; Arabic interpreter ⟦N|Layla Saeed⟧ (ID ⟦I|NCH-INT-2210⟧).
Discussed: grade IV IVH, BPD on HFOV. Parents want full support; will revisit after head US ⟦D|3/21⟧.
Lodging at ⟦O|Ronald McDonald House Charities of Central Ohio⟧, room 12. Parents' cell ⟦P|614-555-0108⟧.
Documented by ⟦N|T. Graves⟧, LISW-S.
`);

note("newborn-transport", `
Neonatal Transport Record — ⟦O|Alaska Native Medical Center⟧ Neonatal Transport Team via ⟦O|LifeMed Alaska⟧ — ⟦D|03/14/2099⟧
Referring: ⟦H|Maniilaq Health Center⟧, ⟦C|Kotzebue⟧ (Dr. ⟦N|Sigrid Halvorsen⟧, ⟦P|907-555-0131⟧). Receiving: ⟦H|Alaska Native Medical Center⟧ NICU, ⟦C|Anchorage⟧, accepting Dr. ⟦N|Paul Kiyutelluk⟧.
Patient: Baby Boy ⟦N|Ahkivgak⟧ (mother ⟦N|Tessa Qiñugana Ahkivgak⟧, 20, G1), born ⟦D|3/14/2099⟧ 02:15 at 35w, BW 2300 g. Home village ⟦C|Noatak⟧.
Indication: respiratory distress, hypoglycemia (BG 28 → D10 bolus). On arrival CPAP 6, FiO2 35%.
Transport isolette (Giraffe Shuttle), ventilator SN ⟦DEV|T1-0441882⟧. Team: ⟦N|Marit Eriksen⟧, RN; ⟦N|Joseph "Joey" Sampson⟧, RRT. Pilot ⟦N|C. Baldwin⟧.
Mother to follow on ⟦O|Alaska Airlines⟧ ⟦D|3/15⟧ with her grandmother ⟦N|Hannah Ahkivgak⟧ (⟦A|90⟧). Stay at ⟦O|Quyana House⟧.
Beneficiary: IHS, Medicaid ⟦HP|AK0044718203⟧. ⟦H|ANMC⟧ MRN ⟦M|ANMC-2204719⟧. Handoff to ⟦N|Jill Nakamura⟧, RN at 06:40.
`);

note("sbhc-asthma", `
School-Based Health Center visit — ⟦O|Cleveland Metropolitan School District⟧ - ⟦H|Lincoln-West SBHC⟧ (operated by ⟦O|MetroHealth⟧)
⟦DAY|Thu⟧ ⟦D|3/14/2099⟧. Student ⟦N|Jaylen Washington-Pruitt⟧, 9, grade 3 at ⟦O|Buckeye-Woodland School⟧. Consent on file signed by grandmother ⟦N|Bernice Pruitt⟧ (kinship caregiver).
CC: wheeze at recess. Peak flow 62% predicted. Albuterol neb x1 → 88%. No steroids in 6 mo.
Controller: Flovent HFA, spacer — not at school. Called grandmother ⟦P|216-555-0172⟧; she will bring from home on ⟦S|E 93rd St⟧.
Asthma action plan updated; copy to school nurse ⟦N|Renee Wojcik⟧ and teacher Mr. ⟦N|Abdul-Karim⟧.
Home trigger: roaches, smoking uncle (⟦N|Darnell⟧). Referral: ⟦O|Cleveland Department of Public Health⟧ healthy homes, ref ⟦I|CDPH-HH-99-0418⟧.
PCP ⟦O|Care Alliance Health Center⟧ (Dr. ⟦N|Ngozi Eze-Whitfield⟧, fax ⟦F|216-555-0111⟧). Sister ⟦N|Kiara Pruitt⟧ (grade 6, ⟦O|Cleveland School of the Arts⟧) also followed.
Last ED visit ⟦D|2/2/2099⟧ at ⟦H|UH Rainbow Babies and Children's Hospital⟧; home ⟦S|3320 E 93rd St⟧, ⟦C|Cleveland⟧ ⟦Z|44104⟧. ⟦O|CareSource⟧ ⟦HP|CS9944718820⟧. Seen by ⟦N|Monique Strickland⟧, CNP.
`);

note("daycare-exposure-letter", `
⟦O|Sunshine Kids Learning Center⟧ — ⟦S|3710 S 27th St⟧, ⟦C|Lincoln⟧, ⟦STATE|NE⟧ ⟦Z|68502⟧ — ⟦P|402-555-0120⟧
⟦D|March 14, 2099⟧
Dear Parents of the Toddler 2 (Butterflies) room,
A child in this room was diagnosed with pertussis on ⟦D|March 12⟧. ⟦O|Lincoln-Lancaster County Health Department⟧ (nurse ⟦N|Shelby Vondracek⟧, ⟦P|402-555-0188⟧) recommends that every child and staff member of the room see their doctor for preventive antibiotics (azithromycin).
Staff in the room: Miss ⟦N|Tatiana⟧ and Miss ⟦N|Hien⟧. Children who were absent ⟦D|March 4⟧ through ⟦D|March 8⟧ need no treatment.
Please return the enclosed form to Director ⟦N|Brenda Kucera⟧ by ⟦DAY|Monday⟧, or email ⟦E|bkucera@sunshinekidslc.org⟧.
Licensing: ⟦O|Nebraska DHHS⟧ license ⟦I|CC-44718⟧. Health consultant: ⟦N|Lauren Pospisil⟧, RN, ⟦O|Bryan Health⟧.
Sincerely, ⟦N|Brenda Kucera⟧, Director, and ⟦N|Mai Thi Hien⟧, Lead Teacher
`);

note("sports-physical", `
Preparticipation Physical Evaluation — ⟦H|Saint Vincent Hospital⟧ Sports Medicine, ⟦C|Erie⟧ ⟦STATE|PA⟧ — ⟦D|03/14/2099⟧
Athlete: ⟦N|Oksana "Ksusha" Melnyk⟧, 14, DOB ⟦D|11/02/2084⟧. School: ⟦O|Erie High School⟧ (girls' soccer), ⟦O|PIAA⟧ District 10. Club: ⟦O|Erie Admirals SC⟧.
Parent: ⟦N|Halyna Melnyk⟧ (⟦P|814-555-0169⟧). Family hx: uncle ⟦N|Petro⟧ died suddenly at 38 in ⟦C|Lviv⟧ — ECG done: normal. Grandfather ⟦N|Mykola Melnyk⟧, ⟦A|96⟧, living.
Concussion: ⟦D|Oct 2098⟧ (ImPACT baseline by athletic trainer ⟦N|Josh Przybylski⟧, ATC). Cleared.
Menstrual hx reviewed alone. Iron deficiency — ferritin 9. Cleared for full participation. Form CIPPE section 7 signed.
Address ⟦S|2614 Poplar St⟧, ⟦C|Erie⟧ ⟦Z|16508⟧. ⟦O|Highmark⟧ ⟦HP|HMK440718822⟧. Examiner ⟦N|Vikram Bhattacharya⟧, DO.
`);

note("mfm-ultrasound", `
Maternal-Fetal Medicine Consultation and Ultrasound Report
⟦H|Women & Infants Hospital of Rhode Island⟧ — Perinatal Ultrasound — exam ⟦D|03/14/2099⟧ — accession ⟦I|WIH-US-99-441872⟧
Patient ⟦N|Phan Thi Kim Oanh⟧ (⟦N|Kim Phan⟧), DOB ⟦D|4/4/2081⟧, MRN ⟦M|WI-0418827⟧. Referred by ⟦N|Lucia Benavides⟧, CNM, ⟦O|Thundermist Health Center⟧ (fax ⟦F|401-555-0156⟧).
LMP ⟦D|10/01/2098⟧, EDD by 11-wk CRL ⟦D|07/09/2099⟧. GA today 23w3d. Indication: EIF on anatomy scan at outside facility; AMA declined.
Findings: single live IUP, EFW 560 g (41%). Echogenic intracardiac focus, isolated. Normal fetal echo views. Cervix 3.6 cm. Placenta posterior.
Counselling with patient and husband ⟦N|Vu Duc Anh⟧, Vietnamese interpreter ⟦N|Hoa Lam⟧ (⟦O|Language Line⟧ ID ⟦I|284471⟧). NIPT offered — low risk ⟦D|Feb 2099⟧ already on file.
Sonographer: ⟦N|Keri Almeida⟧, RDMS. Interpreted by ⟦N|Jonathan Eisenberg-Ruiz⟧, MD, MFM. cc: ⟦N|L. Benavides⟧.
`);

note("birth-center-doula", `
Birth summary — ⟦H|Roots Community Birth Center⟧, ⟦C|Minneapolis⟧
Client: ⟦N|Imani Clarke-Adeyemi⟧, 30, G2P1. Labored at center ⟦D|3/13/2099⟧; born ⟦D|3/14/2099⟧ 01:52: ⟦N|Zuri Olamide Adeyemi⟧, girl, 3650 g, Apgars 9/9, in water.
Midwives: ⟦N|Rebecca Polston⟧, CPM, LM; ⟦N|Nakia Johnson⟧, CNM (second). Doula ⟦N|Tayo "T" Bankole⟧ (⟦O|Ancient Song Doula Services⟧).
Partner ⟦N|Olusegun Adeyemi⟧; big brother ⟦N|Malik⟧ (6) came with aunt ⟦N|Simone Clarke⟧.
Placenta intact; 1st-degree tear, not repaired. Vit K IM, erythromycin declined (informed refusal signed).
Postpartum home visits ⟦D|3/15⟧ and ⟦D|3/17⟧ at ⟦S|3847 Chicago Ave⟧, ⟦C|Minneapolis⟧ ⟦Z|55407⟧. NBS kit ⟦I|MN99-0071142⟧ at 24-48 h at home.
Pediatrician: ⟦O|Children's Minnesota⟧ ⟦C|Minneapolis⟧ primary care clinic. Birth certificate filed by ⟦N|R. Polston⟧ ⟦D|3/15/99⟧.
`);

note("perinatal-social-work", `
Perinatal Social Work Assessment — ⟦H|University of Mississippi Medical Center⟧ — ⟦H|Wiser Hospital for Women and Infants⟧ — ⟦D|03/14/2099⟧
Pt: ⟦N|LaKeisha Monique Dorsey⟧, 17, G1P1, delivered ⟦D|3/13⟧; infant Baby Boy ⟦N|Dorsey⟧ in nursery (MRN ⟦M|UMMC-NB-5504417⟧).
Referral reason: minor mother, late PNC (first visit ⟦D|Jan 2099⟧ at ⟦H|Jackson-Hinds Comprehensive Health Center⟧), UDS positive THC.
Support: her mother ⟦N|Gloria Dorsey⟧ (⟦P|601-555-0159⟧), who will be guardian of both; FOB ⟦N|Kendrick Shaw⟧, 18, at ⟦O|Callaway High School⟧.
Home ⟦S|1241 Robinson Rd⟧, ⟦C|Jackson⟧ ⟦STATE|MS⟧ ⟦Z|39203⟧. Pt attends ⟦O|Forest Hill High School⟧ (counselor Ms. ⟦N|Eula Harrington⟧).
⟦O|MDCPS⟧ notified per policy (THC only) — intake ⟦I|MS-99-0418822⟧, worker ⟦N|Tremaine Buckley⟧. Plan of safe care; ⟦O|Healthy Moms, Healthy Babies of Hinds County⟧ home visiting.
Car seat from ⟦O|Safe Kids Mississippi⟧. Medicaid pending (mom ⟦HP|MS440718822⟧). Cribs for Kids pack 'n play given.
⟦N|Allison Pettus⟧, LMSW, ext. ⟦P|4-1872⟧.
`);

note("cac-exam", `
Child Advocacy Center — Medical Evaluation — ⟦O|Safe Harbor Children's Advocacy Center⟧, ⟦C|Tacoma⟧
Date ⟦D|03/14/2099⟧. Child: ⟦N|Tiana Leiataua⟧, 8. CAC case ⟦I|SH-2099-0117⟧. Law enforcement: ⟦O|Lakewood Police Department⟧ Det. ⟦N|Hoang⟧, case ⟦I|LPD-99-004418⟧.
Forensic interview by ⟦N|Jennifer Ostrander⟧ (recorded, observed by ⟦O|Washington DCYF⟧ worker ⟦N|Paulo Fonoti⟧).
Non-offending caregiver: mother ⟦N|Salote Leiataua⟧ (⟦P|253-555-0135⟧); alleged offender household member — name withheld per LE.
Exam: normal anogenital exam; this does not exclude abuse. STI testing per protocol. Photo-documentation with Cortexflo.
Follow-up: TF-CBT at ⟦O|Mary Bridge Children's Behavioral Health⟧; advocate ⟦N|Mele Tupou⟧.
Referred from ⟦H|MultiCare Good Samaritan Hospital⟧ ED (Dr. ⟦N|Ferris⟧, ⟦D|3/12/2099⟧) after school counselor Ms. ⟦N|Rasmussen⟧ at ⟦O|Lakeview Hope Academy⟧ reported.
Child lives with mother and grandmother ⟦N|Faatui Leiataua⟧ at ⟦S|9120 Gravelly Lake Dr SW⟧, ⟦C|Lakewood⟧ ⟦Z|98499⟧. Apple Health ⟦HP|WA441872093⟧.
Examiner: ⟦N|Kathryn Arnesen⟧, MD, child abuse pediatrics, ⟦H|Mary Bridge Children's Hospital⟧.
`);

note("healthy-families-visit", `
Healthy Families New York — Home Visit Record — ⟦O|Healthy Families Utica⟧ (The ⟦O|Neighborhood Center⟧)
Date: ⟦D|3/14/99⟧. Family Support Worker: ⟦N|Amra Hodžić⟧. Family: mother ⟦N|Emina Mujić⟧ (24), father ⟦N|Senad Mujić⟧, baby ⟦N|Lejla⟧ (DOB ⟦D|10/20/2098⟧).
Home: ⟦S|1412 Kemble St⟧, ⟦C|Utica⟧ ⟦Z|13501⟧. Grandparents ⟦N|Hasan⟧ and ⟦N|Fatima Mujić⟧ live upstairs.
Baby's doctor: ⟦O|Slocum-Dickson Medical Group⟧ pediatrics, Dr. ⟦N|Kurt Mahlstedt⟧; 4-mo shots done ⟦D|2/21⟧. ASQ-3 at 4 mo: all areas above cutoff.
Mom's goal: English class at ⟦O|Mohawk Valley Resource Center for Refugees⟧ ⟦DAY|Tuesdays⟧; childcare by grandmother.
Referrals: ⟦O|Oneida County WIC⟧; ⟦O|Utica Public Library⟧ story time at ⟦S|303 Genesee St⟧. Family phone ⟦P|315-555-0189⟧.
Supervisor review ⟦N|C. DiMaggio⟧ ⟦D|3/18/99⟧.
`);

note("guardian-vaccine-consent", `
Vaccine consent note — ⟦H|Gallup Indian Medical Center⟧ Pediatrics — ⟦D|March 14, 2099⟧
Child ⟦N|Jaxon Begay-Tsosie⟧, 5, MRN ⟦M|GIMC-0044187⟧, with great-grandmother ⟦N|Lorena Tsosie⟧ (⟦A|91⟧), who has cared for him since ⟦D|2096⟧ but has no legal papers.
Per ⟦O|Navajo Nation Division of Social Services⟧ (worker ⟦N|Darlene Yazzie⟧, ⟦P|505-555-0122⟧), mother ⟦N|Krista Begay⟧ signed a power of attorney ⟦D|2/2/2099⟧ at ⟦O|Navajo Nation Family Court⟧ in ⟦C|Crownpoint⟧ — copy scanned.
Home: ⟦S|HC 61 Box 412⟧, ⟦C|Thoreau⟧ ⟦STATE|NM⟧ ⟦Z|87323⟧ (near ⟦LO|Baca Chapter House⟧). Phone via neighbor ⟦N|Ella Nez⟧ ⟦P|505-555-0193⟧.
Given: DTaP, IPV, MMRV, flu. NMSIIS id ⟦I|NM-4418820⟧. Kindergarten at ⟦O|Thoreau Elementary School⟧.
Navajo interpreter: ⟦N|Raymond Benally⟧. RN ⟦N|Shirleen Jim⟧; provider ⟦N|Anjali Deshmukh⟧, MD.
`);

// ======================================================== lower case (8) ========================================================

note("ob-nurse-line-texts-lo", `
nurse line texts — ⟦O|ob-gyn associates of sioux city⟧ — ⟦D|3/14/99⟧
0612 ⟦N|kayla brunsvold⟧ (edd ⟦D|3/20⟧, dr ⟦N|lindquist⟧'s pt): contractions 6 min apart since 4, water not broken
0614 rn ⟦N|deb⟧: how long is each one? baby moving?
0615 ⟦N|kayla⟧: like a minute. yes moving. my husband ⟦N|cody⟧ is at work at ⟦O|tyson⟧ in ⟦C|dakota city⟧ lol
0618 rn ⟦N|deb⟧: go to l&d at ⟦H|mercyone siouxland medical center⟧, ⟦S|801 5th st⟧. call ⟦P|712-555-0138⟧ when on the way
0620 ⟦N|kayla⟧: my mom ⟦N|sherry⟧ is taking me, we live out by ⟦C|sergeant bluff⟧. should i bring the car seat
0621 rn ⟦N|deb⟧: yes! and your insurance card (⟦O|wellmark⟧ id ⟦HP|wmk7744182⟧ is on file already)
0745 ⟦N|kayla⟧: 5 cm!! they said baby comes today. ⟦N|cody⟧'s boss mr. ⟦N|hartung⟧ let him leave
`);

note("school-nurse-chat-lo", `
teams chat — district nurses — ⟦O|anchorage school district⟧ — ⟦DAY|thursday⟧ ⟦D|3/14⟧
⟦UN|mkowalski⟧ 0755: sub at ⟦O|mountain view elementary⟧ today? i'm at ⟦O|clark middle⟧ until 11
⟦UN|jtoomey⟧ 0758: i can cover. heads up ⟦N|aleeyah tuiasosopo⟧ (3rd, rm 12) new diabetic, mom ⟦N|fetu⟧ ⟦P|907-555-0115⟧ dropping off insulin at 8
⟦UN|mkowalski⟧ 0801: also ⟦N|kanoa⟧ in 5th has lice again, grandpa ⟦N|eddie kahale⟧ picks up, he's ⟦A|90⟧ and doesn't drive, uber
⟦UN|jtoomey⟧ 0803: ok. who's the ⟦O|ocs⟧ worker for the ⟦N|nanouk⟧ kids? need release for ⟦H|anmc⟧ dental
⟦UN|mkowalski⟧ 0805: ⟦N|samantha brightwater⟧ at ⟦O|office of children's services⟧ ⟦P|907-555-0190⟧. foster mom is ⟦N|rhonda pike⟧ on ⟦S|boniface pkwy⟧
⟦UN|jtoomey⟧ 0806: thx. ⟦N|jt⟧
`);

note("foster-parent-texts-lo", `
texts between foster mom and caseworker — ⟦D|march 14⟧
foster mom ⟦N|angie reinholt⟧: hi ⟦N|darnell⟧, ⟦N|skylar⟧'s ear is bad again, urgent care at ⟦H|essentia health-baxter clinic⟧ says amox, do i need your ok?
caseworker ⟦N|darnell whitebird⟧ (⟦O|crow wing county community services⟧): yes go ahead, you have the consent form from ⟦D|2/27⟧. medicaid # is ⟦HP|mn00817744⟧
⟦N|angie⟧: ok. also her bio dad ⟦N|travis lunde⟧ called the house?? how does he have my number
⟦N|darnell⟧: i'll talk to him. visits are only at ⟦O|lutheran social service⟧ in ⟦C|brainerd⟧ ⟦DAY|tuesdays⟧. don't answer. case ⟦I|cw-2099-3318⟧
⟦N|angie⟧: ok. ⟦N|skylar⟧'s teacher mrs ⟦N|aho⟧ at ⟦O|garfield elementary⟧ wants the iep meeting moved to ⟦D|3/20⟧
⟦N|darnell⟧: works. gal is ⟦N|pam ostrowski⟧ ⟦P|218-555-0147⟧, loop her in
`);

note("doula-texts-lo", `
doula client texts — ⟦D|2099-03-14⟧
⟦N|ngozi⟧ (doula, ⟦O|village birth collective⟧): how are you feeling mama?
⟦N|precious mwangi⟧: tired. dr ⟦N|feld⟧ at ⟦H|grady memorial⟧ wants to induce ⟦DAY|monday⟧?? bp was 142/94
⟦N|ngozi⟧: that's reasonable at 39 wks with those pressures. want me to meet you there? i can be at ⟦S|80 jesse hill jr dr⟧ by 7
⟦N|precious⟧: yes pls. ⟦N|wanjiru⟧ (my sister) flies in from ⟦C|nairobi⟧ ⟦D|3/18⟧ so she'll miss it 😭
⟦N|ngozi⟧: we'll facetime her. bring your birth plan + pump parts. my cell if you go early: ⟦P|404-555-0166⟧
⟦N|precious⟧: ok. ⟦N|james⟧ is taking off work at ⟦O|delta⟧. our address for the pp visit is ⟦S|2150 memorial dr se⟧ apt 4, ⟦C|atlanta⟧ ⟦Z|30317⟧
`);

note("teen-portal-messages-lo", `
mychart messages (confidential proxy off) — ⟦H|lurie children's⟧ adolescent medicine
from: ⟦N|maya rosenblatt-okafor⟧ (17) — ⟦D|mar 14 2099⟧ 22:41
hi dr ⟦N|castellanos⟧ it's ⟦N|maya⟧. can my mom see this? i don't want her to know about the pill yet. also my bf ⟦N|elijah⟧ says his doctor at ⟦O|howard brown health⟧ tested him so do i need to come in
reply from dr. ⟦N|inés castellanos⟧ — ⟦D|3/15/99⟧ 08:02
hi ⟦N|maya⟧, no — since ⟦D|11/2098⟧ your mom's proxy can't see confidential notes. yes, please come in; clinic at ⟦S|225 e chicago ave⟧ or our teen site at ⟦O|lake view high school⟧ sbhc ⟦DAY|wednesdays⟧. text ⟦P|312-555-0176⟧ to book. — ⟦N|ic⟧
from: ⟦N|maya⟧ — ⟦D|3/15/99⟧ 08:30
ok wed works. my friend ⟦N|priya⟧ can drive me. my school id is ⟦I|cps-2201447⟧ if u need it
`);

note("nicu-parent-chat-lo", `
nicu parent messaging (angeleye) — ⟦H|sanford children's hospital⟧ nicu, ⟦C|sioux falls⟧ — ⟦D|3/14/2099⟧
rn ⟦N|brooke⟧ 0300: good night for baby girl ⟦N|vang⟧... → ⟦N|nyiaj⟧ took 30 ml by bottle! 1 brady, self resolved
mom ⟦N|pa houa vang⟧ 0710: thank you!!! ⟦N|koua⟧ (dad) will come after work at ⟦O|smithfield⟧, around 4
rn ⟦N|brooke⟧ 0712: great. dr ⟦N|oyebanji⟧ rounds at 10, she'll call you at ⟦P|605-555-0150⟧. the hearing screen is today
mom 0715: her grandma ⟦N|youa lee⟧ wants to visit, she is ⟦A|92⟧ lol — is that ok? she doesn't have covid
rn ⟦N|brooke⟧ 0716: yes, 2 at a time. bring her id. badge pickup at ⟦S|1305 w 18th st⟧ entrance. — ⟦N|bh⟧
mom 0720: ok!! and our home nurse ⟦N|kristin⟧ from ⟦O|bright start⟧ comes ⟦D|3/20⟧. we're at ⟦S|4109 e 26th st⟧ ⟦C|sioux falls⟧ ⟦Z|57103⟧
`);

note("wic-sms-lo", `
wic text reminders + replies — ⟦O|multnomah county wic⟧ (east county office, ⟦C|gresham⟧) — ⟦D|3/14/99⟧
to ⟦P|971-555-0128⟧: hi ⟦N|tran thi mai⟧, ⟦N|bao an⟧'s wic appt is ⟦D|3/18⟧ at 9:30 at ⟦S|600 ne 8th st⟧. reply c to confirm
from ⟦N|mai⟧: c. can my husband ⟦N|quang⟧ bring baby? i work at ⟦O|ruby nails⟧
to ⟦N|mai⟧: yes if he is on the proxy list. family id ⟦I|orw-3304418⟧. bring baby's shot record from ⟦H|gresham pediatric clinic⟧
from ⟦N|mai⟧: ok. also formula — doctor ⟦N|huynh⟧ said soy. letter from ⟦H|legacy mount hood medical center⟧
to ⟦N|mai⟧: ok, our dietitian ⟦N|jolene⟧ will review. — ⟦O|multnomah county wic⟧ (do not reply stop)
`);

note("caseworker-notes-lo", `
case notes — ⟦O|kentucky dcbs⟧ ⟦LO|jefferson co⟧ — worker ⟦N|k. mattingly⟧ — case ⟦I|ky-2099-00417⟧
⟦D|3/14/99⟧ visited ⟦N|harlow⟧ (2) and ⟦N|bentley⟧ (5) ⟦N|hensley⟧ at kin placement w/ paternal grandparents ⟦N|wayne⟧ and ⟦N|bonnie hensley⟧, ⟦S|4410 manslick rd⟧, ⟦C|louisville⟧ ⟦Z|40216⟧.
kids clean, fed. ⟦N|bentley⟧ starting at ⟦O|wilkerson elementary⟧ ⟦D|3/18⟧. ⟦N|harlow⟧ sees dr ⟦N|chaudhary⟧ at ⟦O|norton children's medical group⟧ ⟦D|3/21⟧ for wcc.
mom ⟦N|brittany hensley⟧ in treatment at the ⟦O|healing place⟧, counselor ⟦N|deshawn⟧ says doing well. dad ⟦N|cody hensley⟧ at ⟦O|lmdc⟧ until court ⟦D|4/2⟧, judge ⟦N|ackerson⟧, ⟦O|jefferson family court⟧ ⟦I|99-j-004418⟧.
great-grandma ⟦N|opal hensley⟧ (⟦A|93⟧) also in home, uses walker, not a caregiver. ksip medicaid ⟦HP|ky9944718200⟧ for both kids.
casa volunteer ⟦N|linda fuqua⟧ ⟦P|502-555-0163⟧. next visit ⟦D|4/11⟧. — ⟦N|km⟧
`);

write();
