// Why this file exists: builds test/fixtures/clinical-notes-58.jsonl, a fifty-eighth labelled set of clinical texts
// written by hand in stop 58 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 55 and 56's generators, fixture-io.mjs, test/clinical-notes-56.test.ts,
// test/helpers/fixture-suite.ts and the opening comments of the other generators were read for the form, the labels
// and the registers already held; fixture 57, written blind at the same time by another helper, was not read), in the
// register of OCCUPATIONAL MEDICINE AND WORKERS' COMPENSATION: employee health and pre-placement exams, DOT/FMCSA
// driver physicals (a medical examination report, a medical examiner's certificate with the examiner's registry
// number, a CDL holder's recertification, a short certificate for a diabetic driver), drug and alcohol testing (a
// collection site log, a custody and control form, an MRO verification report, a breath alcohol test, a refusal), first
// reports of injury (an employer's first report, a nurse triage line call, a farm injury, a meat-packing laceration, a
// rig injury), OSHA 300 log rows and a 301 incident report, workers' compensation claim forms, adjuster and nurse case
// manager letters, a utilisation review denial, a carrier's status request, independent medical examinations (an IME
// report, an impairment rating, a records review), return-to-work and work-restriction notes (a duty status report, a
// light-duty offer, a work status form), functional capacity evaluations, audiogram and hearing-conservation records (a
// standard threshold shift notice), respirator medical clearance and fit-test records, needlestick and blood-exposure
// follow-ups (source testing, a follow-up log), travel and fitness-for-duty exams (a deployment clearance, a police
// fitness-for-duty referral, a firefighter annual exam), vocational rehabilitation notes, a silica surveillance exam,
// a lead surveillance letter, a heat-illness case, an employee-health TB screening roster, a chat thread with an
// occupational health nurse. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states real): Gary and Hammond, Toledo, Erie, Allentown and Bethlehem, Camden,
// Elizabeth and Newark, Worcester, Bangor, Burlington (Vermont), Buffalo and Lackawanna, Wheeling and Beckley,
// Pikeville and Hazard, Gillette, Casper and Rock Springs, Williston and Watford City, Midland and Odessa, Laredo and
// Pharr, Houston and Pasadena (Texas), Baton Rouge and Lake Charles, Mobile, Dothan, Savannah, Greenville (South
// Carolina), Charlotte and Gastonia, Memphis, Louisville, Dubuque and Storm Lake, Grand Island, Dodge City, Greeley,
// Elko and Winnemucca, Salt Lake City and Ogden, Boise and Nampa, Yakima and Pasco, Stockton and Fresno, Ontario and
// Riverside (California), Phoenix and Tolleson, Kenai and Prudhoe Bay, Honolulu and Kapolei, Anchorage.
// PHI forms sought: names of many origins (Mexican with two surnames, Salvadoran, Guatemalan, Puerto Rican, Cuban,
// Polish, Slovak, Ukrainian, Bosnian, Irish, Italian, Greek, Lebanese, Somali, Ethiopian, Congolese, Nigerian,
// Vietnamese, Karen, Filipino, Samoan, Tongan, Hmong, Punjabi, Korean, Navajo, Appalachian, Cajun), "LAST, FIRST"
// rows, supervisors, foremen, safety managers, adjusters, case managers, collectors, MROs, examiners and staff
// initials; dates as "10/13/2099", "10/13/99", "13-OCT-2099", "2099-10-13", "October 13, 2099", "Oct 13, 2099", month
// and year, month-day, bare years, dates of injury and of hire; ages over 89 (a retired miner); phones, faxes,
// extensions, e-mails, a URL, an IP; MRNs and chart numbers; employee ids and badge numbers, claim numbers (carrier,
// TPA and state board), policy numbers of workers' compensation and liability carriers, OSHA case numbers, custody and
// control form and specimen ids, breath alcohol test and device serials (an EBT, an audiometer, a fit-test machine),
// CDL and driver's licence numbers, medical examiner's certificate and National Registry numbers, USDOT numbers, NPI
// numbers, state licence numbers, a forklift serial,
// site, member numbers (HEALTHPLAN), SSNs on claim forms, portal user names; addresses, P.O. boxes, plants, mines,
// warehouses and distribution centres, farms and dairies, drilling rigs and well pads, yards and terminals.
// Hard negatives: drugs (ibuprofen, naproxen, cyclobenzaprine, meloxicam, tramadol, gabapentin, lidocaine patch,
// Tdap, hepatitis B vaccine series, HIV PEP (Biktarvy), oxycodone, methylprednisolone dose pack, Silvadene, cefalexin),
// tests and scores (5-panel, 10-panel, BAC 0.000, FEV1, FVC, STS, dB HL, PLHCP, OQLF, fit factor 200, NIOSH lifting
// equation, Jamar, Waddell signs, AMA Guides 6th ed., MMI, DRE, Oswestry, FCE, MET, TB IGRA, T-SPOT, BLL 12 ug/dL, ZPP,
// B-read, ILO 1/0, Snellen, Ishihara), forms (DOT MCSA-5875, MCSA-5876, CCF, DS-2019, OSHA 300, OSHA 301, DWC-1,
// C-4, WC-1, FROI, Form 8850), devices named as products (Intoximeter EC/IR II, TSI PortaCount, Tremetrics, N95 3M
// 1860, Scott AV-3000, Hoyer lift), and the words of the register (light duty, modified duty, full duty, MMI, TTD, PPD,
// TPD, IME, UR, MRO, DER, BAT, SAP).
// Labelling follows fixtures 55 and 56: weekdays are `ignored` (DAY), as are states and countries; clock times,
// relative dates, shift names, lost days and restricted days are left unlabelled; ages under 90 are no PHI, and an age
// over 89 is the number only; clinicians', collectors', nurses' and staff initials are PHI; titles, degrees,
// credentials, relations, job titles and cue words stay outside the name; occupational health clinics, hospitals,
// urgent cares, employee health offices named as clinics and IME practices housed in a clinic are HOSPITAL; employers,
// carriers, TPAs, MRO firms, labs, collection companies, unions, staffing agencies, state workers' compensation boards
// and agencies, police and fire departments, schools and businesses are ORGANIZATION; named work sites (a plant, a
// mine, a distribution centre, a warehouse, a dairy, a farm, a rig or a well pad named as a place, a yard, a terminal)
// and counties are LOCATION-OTHER; P.O. boxes are STREET; MRNs and chart numbers MRN; member numbers HEALTHPLAN; claim,
// policy, case, employee, badge, CCF, specimen, certificate, registry, licence, USDOT and NPI numbers ID; user ids
// USERNAME; serials DEVICE; extensions PHONE; OSHA log case numbers ID. Bare agency names used as the rule or the form they issue
// ("DOT", "FMCSA", "OSHA", "NIOSH", "MSHA" as in "OSHA 300", "DOT physical", "MSHA Part 90") stay unlabelled, as do
// CPT and ICD codes, lot numbers, form numbers, job titles and scores.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large agencies, payers and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-56 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-58.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-58.jsonl", "make-clinical-fixture-58");
// ======================================================== ALL CAPS (10) ========================================================

note("dot-exam-report-caps", `
⟦H|CROSSROADS OCCUPATIONAL HEALTH⟧ - DOT MEDICAL EXAMINATION REPORT (MCSA-5875)   ⟦S|2210 E RIDGE RD⟧, ⟦C|GARY⟧ ⟦STATE|IN⟧ ⟦Z|46404⟧   PH ⟦P|219-555-0183⟧   FAX ⟦F|219-555-0184⟧
DRIVER: ⟦N|KOWALCZYK, STANLEY J⟧   DOB ⟦D|05/14/2051⟧   CDL # ⟦I|4471-22-8819⟧ (⟦STATE|IN⟧, CLASS A, HAZMAT/TANKER)   EXAM DATE ⟦D|10/13/2099⟧
ADDRESS: ⟦S|6318 KENNEDY AVE⟧, ⟦C|HAMMOND⟧ ⟦STATE|IN⟧ ⟦Z|46323⟧   CELL ⟦P|219-555-0117⟧   EMAIL ⟦E|STAN.KOWALCZYK51@MAILBOX.NET⟧
EMPLOYER: ⟦O|CALUMET BULK TRANSPORT INC⟧ (USDOT ⟦I|2284117⟧), TERMINAL ⟦LO|BURNS HARBOR YARD⟧. SAFETY DIRECTOR ⟦N|DENISE OKAFOR-BLAIR⟧ ⟦P|219-555-0120⟧ EXT ⟦P|214⟧.
HEALTH HX: HTN ON LISINOPRIL 20 MG, OSA ON CPAP (RESMED AIRSENSE 11 SN ⟦DEV|23161477092⟧, COMPLIANCE DOWNLOAD 91% >4 H, ⟦D|07/15/2099⟧-⟦D|10/12/2099⟧). NO INSULIN. NO SEIZURES.
VISION: 20/25 OD, 20/20 OS W/ CORRECTIVE LENSES; HORIZONTAL FIELD 80/85. HEARING: FORCED WHISPER 5 FT BILAT.
BP 148/92 (REPEAT 142/88). UA: SG 1.020, PROT NEG, BLOOD NEG, GLU NEG.
DETERMINATION: MEETS STANDARDS IN 49 CFR 391.41 - QUALIFIED 1 YEAR (HTN STAGE 1, OSA). WEARING CORRECTIVE LENSES.
MEDICAL EXAMINER'S CERTIFICATE # ⟦I|CROH-99-01772⟧ EXPIRES ⟦D|10/13/2100⟧.
EXAMINER: ⟦N|RAJIV MENON-PATEL⟧, DO   NATIONAL REGISTRY # ⟦I|9183472205⟧   LICENSE ⟦STATE|IN⟧ ⟦I|01071338A⟧   SIGNED ⟦D|10/13/99⟧
RESULTS UPLOADED TO NATIONAL REGISTRY BY ⟦N|TK⟧ (⟦N|TAMIKA KNOWLES⟧, MA) BY MIDNIGHT ⟦D|10/14/2099⟧.
`);

note("mro-verification-caps", `
⟦O|GREAT PLAINS MEDICAL REVIEW SERVICES⟧ - MEDICAL REVIEW OFFICER VERIFIED RESULT REPORT
MRO: ⟦N|HOLLIS V. ADEBAYO⟧, MD, MRO (AAMRO)   ⟦S|PO BOX 4407⟧, ⟦C|GRAND ISLAND⟧ ⟦STATE|NE⟧ ⟦Z|68802⟧   CONFIDENTIAL FAX ⟦F|308-555-0159⟧
DONOR: ⟦N|ESPINOZA ZAVALA, RIGOBERTO⟧   DONOR ID (EMPLOYEE #) ⟦I|E-0774218⟧   DOB ⟦D|12/02/2076⟧
EMPLOYER / DER: ⟦O|PLATTE VALLEY BEEF PACKERS LLC⟧, ⟦LO|GRAND ISLAND HARVEST PLANT⟧ - DER ⟦N|CONNIE WESTPHAL⟧ (HR) ⟦P|308-555-0132⟧
CCF # ⟦I|0917724381⟧   SPECIMEN ID ⟦I|0917724381⟧   COLLECTED ⟦D|10/06/2099⟧ 06:12 AT ⟦H|HALL COUNTY URGENT CARE⟧ BY ⟦N|BRENDA FUHRMAN⟧ (COLLECTOR)
REASON: POST-ACCIDENT (FORKLIFT SN ⟦DEV|CBX-4417-22018⟧ STRUCK RACKING ⟦D|10/06/2099⟧). TEST: NON-DOT 10-PANEL URINE, SPLIT.
LAB: ⟦O|CLINICAL REFERENCE LABORATORY⟧ ⟦C|LENEXA⟧ ⟦STATE|KS⟧ - LAB ACCESSION ⟦I|CRL-992710443⟧ - POSITIVE OPIATES (MORPHINE 4,120 NG/ML), CODEINE 380 NG/ML.
MRO INTERVIEW ⟦D|10/09/2099⟧ 14:40 BY PHONE ⟦P|308-555-0171⟧ WITH DONOR (SPANISH, INTERPRETER ⟦N|LUZ MARINA QUIJADA⟧). DONOR REPORTED TYLENOL #3 FROM ⟦H|ST. FRANCIS MEDICAL CENTER⟧ ED ⟦D|09/27/2099⟧ FOR TOOTH ABSCESS; RX VERIFIED WITH ⟦O|HY-VEE PHARMACY #1447⟧ (RX ⟦I|6620193⟧).
VERIFIED RESULT: NEGATIVE (LEGITIMATE MEDICAL EXPLANATION). SAFETY CONCERN: NONE REPORTED TO EMPLOYER.
REPORTED TO DER ⟦D|10/09/2099⟧ 16:05 BY ⟦N|A. NGUYEN⟧ (MRO ASSISTANT). ⟦N|HVA⟧/⟦N|AN⟧
`);

note("first-report-injury-caps", `
EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (FROI)   ⟦O|TEXAS DEPARTMENT OF INSURANCE, DIVISION OF WORKERS' COMPENSATION⟧ DWC-1
EMPLOYER: ⟦O|PERMIAN WELLSITE SERVICES LP⟧   FEIN ⟦I|75-2201847⟧   ⟦S|4810 W INTERSTATE 20⟧, ⟦C|ODESSA⟧ ⟦STATE|TX⟧ ⟦Z|79763⟧   PH ⟦P|432-555-0108⟧
CARRIER: ⟦O|TEXAS MUTUAL INSURANCE COMPANY⟧   POLICY # ⟦I|WC-0011847265⟧   CARRIER CLAIM # ⟦I|99T-44172-RB⟧
EMPLOYEE: ⟦N|BEGAYE, LEANDER TSOSIE⟧   SSN ⟦SSN|511-44-2086⟧   DOB ⟦D|03/30/2079⟧   DATE OF HIRE ⟦D|06/01/2097⟧   JOB: FLOORHAND
HOME: ⟦S|1207 N DIXIE BLVD⟧ APT 14, ⟦C|ODESSA⟧ ⟦STATE|TX⟧ ⟦Z|79761⟧   PH ⟦P|505-555-0144⟧
DATE OF INJURY ⟦D|10/11/2099⟧ 03:20   LOCATION: ⟦LO|PATRIOT RIG 27⟧, ⟦LO|MCCLINTIC 14-2H WELL PAD⟧, ⟦LO|MARTIN COUNTY⟧, 9 MI NW OF ⟦C|STANTON⟧
DESCRIPTION: WHILE TRIPPING PIPE, TONGS SWUNG AND PINNED L HAND AGAINST DRILL PIPE. CRUSH INJURY L RING AND SMALL FINGERS, OPEN FX DISTAL PHALANX SMALL FINGER.
WITNESS: DRILLER ⟦N|CODY RAY HUTCHESON⟧ ⟦P|432-555-0166⟧. TOOLPUSHER ⟦N|MIGUEL ANGEL BARRAZA⟧ NOTIFIED 03:25.
TREATED AT: ⟦H|MIDLAND MEMORIAL HOSPITAL⟧ ED, THEN HAND SURGERY DR. ⟦N|PRIYANKA SUBRAMANIAM⟧ (⟦H|WEST TEXAS HAND CENTER⟧).
LOST TIME: YES, BEGINNING ⟦D|10/12/2099⟧. RETURNED TO WORK: NO.
PREPARED BY: ⟦N|KRISTEN VALDEZ-MOORE⟧, HSE COORDINATOR   ⟦E|KVALDEZMOORE@PERMIANWELLSITE.COM⟧   ⟦D|10/12/2099⟧
`);

note("osha-300-log-caps", `
OSHA'S FORM 300 - LOG OF WORK-RELATED INJURIES AND ILLNESSES   CALENDAR YEAR ⟦D|2099⟧
ESTABLISHMENT: ⟦O|RIVERBEND FOODS INC⟧ - ⟦LO|STORM LAKE PROCESSING PLANT⟧, ⟦S|1100 FLINDT DR⟧, ⟦C|STORM LAKE⟧ ⟦STATE|IA⟧ ⟦Z|50588⟧
CASE  EMPLOYEE NAME                JOB TITLE           DATE        WHERE               DESCRIPTION                              DAYS AWAY / RESTRICTED
⟦I|99-041⟧ ⟦N|NGUYEN VAN THANH⟧             DEBONER             ⟦D|07/02⟧       LINE 3 DEBONE       LACERATION L THUMB, KNIFE               0 / 12
⟦I|99-042⟧ ⟦N|SAW HTOO PAW⟧                 SANITATION          ⟦D|07/19⟧       KILL FLOOR          CHEMICAL BURN R FOREARM (CHLORINE)       3 / 0
⟦I|99-043⟧ (PRIVACY CASE)                   TRIMMER             ⟦D|08/04⟧       LINE 1              NEEDLESTICK (VACCINE GUN)               0 / 0
⟦I|99-044⟧ ⟦N|MOHAMED ABDI WARSAME⟧         FORKLIFT OPERATOR   ⟦D|08/21⟧       COOLER DOCK         FX R FOOT, PALLET JACK                  41 / 30
⟦I|99-045⟧ ⟦N|HERNANDEZ, YESENIA⟧           PACKER              ⟦D|09/09⟧       BOXING              CARPAL TUNNEL R (ILLNESS)                0 / 60
⟦I|99-046⟧ ⟦N|DUKUZE, JEAN-PIERRE⟧          MAINTENANCE         ⟦D|09/30⟧       RENDERING           AMPUTATION L INDEX TIP, CONVEYOR        14 / 22
⟦I|99-047⟧ ⟦N|PAW MU⟧                       DEBONER             ⟦D|10/08⟧       LINE 2 DEBONE       TENOSYNOVITIS R WRIST                    0 / 9
LOG KEPT BY: ⟦N|GRETCHEN HOFSTETTER⟧, SAFETY MANAGER ⟦P|712-555-0191⟧   ON-SITE NURSE: ⟦N|LORI VANDERWAL⟧, RN (⟦H|BUENA VISTA REGIONAL MEDICAL CENTER⟧ OCC HEALTH)
NOTE: CASE ⟦I|99-044⟧ CLAIM FILED WITH ⟦O|EMC INSURANCE⟧ CLAIM # ⟦I|EMC-2099-781442⟧. CASE ⟦I|99-046⟧ REPORTED TO OSHA AREA OFFICE ⟦C|DES MOINES⟧ WITHIN 24 H (⟦D|10/01/2099⟧), REPORT ID ⟦I|OSHA-1180447⟧.
`);

note("needlestick-followup-caps", `
⟦H|LACKAWANNA VALLEY MEDICAL CENTER⟧ - EMPLOYEE HEALTH: BLOOD AND BODY FLUID EXPOSURE FOLLOW-UP
EMPLOYEE: ⟦N|DELUCA-BRENNAN, MARISSA⟧   EMPLOYEE ID ⟦I|110472⟧   UNIT: 5 NORTH MED-SURG   RN   EXT ⟦P|4471⟧
EXPOSURE ⟦D|10/02/2099⟧ 22:50: 22G HOLLOW-BORE NEEDLE STICK L INDEX FINGER WHILE RECAPPING AFTER IV START (SAFETY DEVICE NOT ACTIVATED). GLOVED. BLED FREELY, WASHED.
SOURCE: ⟦N|WASHINGTON, ALPHONSO⟧ MRN ⟦M|LVMC-00884127⟧ RM 512 - CONSENTED; RAPID HIV NEG, HBSAG NEG, HCV AB POSITIVE, HCV RNA 2.4 MILLION IU/ML.
EMPLOYEE BASELINE ⟦D|10/03/2099⟧: HIV AG/AB NEG, HCV AB NEG, ALT 22, ANTI-HBS 214 (IMMUNE). TDAP CURRENT (⟦D|2096⟧).
PEP: NONE INDICATED FOR HCV; HIV PEP NOT STARTED (SOURCE NEG).
FOLLOW-UP PLAN: HCV RNA AT 3-6 WK (⟦D|11/07/2099⟧), HCV AB + ALT AT 6 MO (⟦D|04/03/2100⟧). COUNSELED: NO BLOOD DONATION, SAFE SEX NOT REQUIRED FOR HCV BUT DISCUSSED.
SHARPS INJURY LOG ENTRY # ⟦I|SIL-99-0318⟧ (DEVICE: BD INSYTE AUTOGUARD, LOT 9217447). MANAGER ⟦N|PATRICK O'MALLEY⟧ NOTIFIED.
WORKERS' COMP: REPORTED TO ⟦O|PMA COMPANIES⟧ (TPA) - CLAIM ⟦I|PMA-99-3301874⟧, ADJUSTER ⟦N|TIFFANY HALVERSON⟧ ⟦P|610-555-0147⟧.
EMPLOYEE HEALTH NP: ⟦N|JOANNE WISNIEWSKI⟧, CRNP   ⟦N|JW⟧   ⟦D|10/03/2099⟧   EMPLOYEE HEALTH OFFICE ⟦P|570-555-0100⟧ / FAX ⟦F|570-555-0109⟧
`);

note("coal-miner-surveillance-caps", `
⟦H|NEW RIVER OCCUPATIONAL LUNG CLINIC⟧   ⟦S|1403 HARPER RD⟧, ⟦C|BECKLEY⟧ ⟦STATE|WV⟧ ⟦Z|25801⟧   PH ⟦P|304-555-0126⟧
COAL WORKERS' HEALTH SURVEILLANCE - CHEST RADIOGRAPH AND SPIROMETRY   VISIT ⟦D|13-OCT-2099⟧
MINER: ⟦N|PRICHARD, CLYDE EUGENE⟧   DOB ⟦D|02-JAN-2009⟧ (AGE ⟦A|90⟧, RETIRED)   MRN ⟦M|NROL-20417⟧   CWHSP ID ⟦I|WV-77-104418⟧
WORK HX: UNDERGROUND ROOF BOLTER 31 YRS - ⟦O|WINDING GULF COLLIERIES⟧ (⟦LO|SLAB FORK NO. 4 MINE⟧, ⟦D|2028⟧-⟦D|2046⟧), ⟦O|BLUESTONE COAL CORP⟧ (⟦LO|POCAHONTAS SEAM DEEP MINE⟧, ⟦D|2046⟧-⟦D|2059⟧).
CXR ⟦D|10-OCT-2099⟧: B-READER DR. ⟦N|WENDELL CHAFIN⟧ - ILO 2/2 Q/R, LARGE OPACITY CATEGORY A RUL. PMF.
SPIROMETRY: FEV1 1.41 L (52%), FVC 2.37 L (66%), RATIO 0.59. DLCO 48%.
BLACK LUNG BENEFITS: FEDERAL CLAIM FILED WITH ⟦O|DOL⟧, CLAIM # ⟦I|BLBA-99-221846⟧, REPRESENTED BY ⟦O|APPALACHIAN CITIZENS' LAW CENTER⟧ (ATTY ⟦N|SARAH BETH MULLINS⟧ ⟦P|606-555-0170⟧).
WIDOW'S CLAIM RISK DISCUSSED; WIFE ⟦N|NORMA JEAN⟧ PRESENT. DAUGHTER ⟦N|TAMMY PRICHARD SPURLOCK⟧ (POA) ⟦P|304-555-0173⟧.
HOME: ⟦S|RR 2 BOX 118⟧, ⟦C|MULLENS⟧ ⟦STATE|WV⟧ ⟦Z|25882⟧.
PLAN: PULM REHAB AT ⟦H|RALEIGH GENERAL HOSPITAL⟧, HOME O2 EVAL, F/U 6 MO. PHYSICIAN ⟦N|AMIR HADDAD⟧, MD ⟦N|AH⟧
`);

note("breath-alcohol-test-caps", `
BREATH ALCOHOL TESTING FORM (DOT)   STEP 1 COMPLETED BY EMPLOYER
EMPLOYEE: ⟦N|MCALLISTER, DUANE R⟧   EMPLOYEE ID ⟦I|GNT-40917⟧   EMPLOYER: ⟦O|GATEWAY NORTHERN TRANSIT AUTHORITY⟧ - DER ⟦N|LATOYA PRUITT⟧ ⟦P|716-555-0139⟧
REASON: REASONABLE SUSPICION (SUPERVISOR ⟦N|FRANK DIGIROLAMO⟧ OBSERVED ODOR, SLURRED SPEECH AT ⟦LO|CHEEKTOWAGA BUS GARAGE⟧ 05:10 ⟦D|10/13/2099⟧).
STEP 2 - BAT: ⟦N|KEISHA MONROE-BELL⟧, ⟦O|NIAGARA FRONTIER TESTING SERVICES⟧, ⟦S|88 ELM ST⟧, ⟦C|LACKAWANNA⟧ ⟦STATE|NY⟧ ⟦Z|14218⟧
EBT: INTOXIMETER EC/IR II SN ⟦DEV|022119⟧ (CALIBRATION CHECK ⟦D|10/01/2099⟧ PASS)
SCREENING TEST 05:52: TEST # 0417 RESULT 0.061
CONFIRMATION TEST 06:09 (AFTER 15 MIN WAIT): TEST # 0418 RESULT 0.057
STEP 3 - EMPLOYEE SIGNATURE: REFUSED TO SIGN; REMARKS BY BAT.
RESULT REPORTED TO DER 06:15 BY PHONE. EMPLOYEE REMOVED FROM SAFETY-SENSITIVE DUTY; SAP LIST GIVEN (SAP DR. ⟦N|EILEEN CORCORAN⟧, ⟦O|WNY EMPLOYEE ASSISTANCE⟧ ⟦P|716-555-0188⟧).
DRIVER'S LICENSE (⟦STATE|NY⟧) ⟦I|618 447 293⟧ SHOWN AS ID. UNION STEWARD ⟦N|RAY KOSCIELNIAK⟧ (⟦O|ATU LOCAL 1342⟧) PRESENT.
BAT INITIALS ⟦N|KMB⟧   ⟦D|10/13/99⟧
`);

note("ime-report-caps", `
INDEPENDENT MEDICAL EXAMINATION   ⟦D|OCTOBER 13, 2099⟧
TO: ⟦N|GARRETT LINDQVIST⟧, CLAIMS SPECIALIST, ⟦O|SAIF CORPORATION⟧, ⟦S|400 HIGH ST SE⟧, ⟦C|SALEM⟧ ⟦STATE|OR⟧ ⟦Z|97312⟧   FAX ⟦F|503-555-0162⟧
RE: CLAIMANT ⟦N|FALEOLO TUIASOSOPO⟧   CLAIM # ⟦I|8824471⟧   DOI ⟦D|02/17/2099⟧   EMPLOYER ⟦O|CASCADIA COLD STORAGE⟧ (⟦LO|WOODBURN DISTRIBUTION CENTER⟧)
EXAMINER: ⟦N|BARTHOLOMEW ENGSTROM⟧, MD, ORTHOPAEDIC SURGERY, ⟦H|WILLAMETTE INDEPENDENT MEDICAL EVALUATIONS⟧, ⟦S|2295 COMMERCIAL ST SE⟧, ⟦C|SALEM⟧   PH ⟦P|503-555-0117⟧
RECORDS REVIEWED: ⟦H|SALEM HEALTH⟧ ED ⟦D|02/17/2099⟧; DR. ⟦N|NAKAMURA⟧ (ORTHO) ⟦D|03/2099⟧-⟦D|08/2099⟧; MRI L SHOULDER ⟦D|03/04/2099⟧ (⟦O|VALLEY IMAGING CENTER⟧); PT ⟦O|PACIFIC REHAB⟧ 24 VISITS.
HISTORY: 44 YO M ORDER SELECTOR, REACHED OVERHEAD FOR 60 LB CASE IN FREEZER AISLE, FELT POP L SHOULDER. ARTHROSCOPIC RCR ⟦D|05/02/2099⟧.
EXAM: FORWARD FLEXION 150, ABDUCTION 140, ER 50, IR L3. STRENGTH 4+/5. NEGATIVE WADDELL SIGNS.
OPINIONS: 1) CONDITION MATERIAL CAUSE: WORK INJURY. 2) MEDICALLY STATIONARY (MMI) AS OF ⟦D|10/13/2099⟧. 3) IMPAIRMENT PER AMA GUIDES: 8% UPPER EXTREMITY. 4) PERMANENT RESTRICTIONS: NO LIFTING OVER 35 LB ABOVE SHOULDER.
INTERPRETER: ⟦N|IOANE LEAUPEPE⟧ (SAMOAN), ⟦O|LANGUAGE BRIDGE NW⟧. ATTORNEY FOR CLAIMANT ⟦N|DANA RUIZ-FLETCHER⟧ COPIED.
⟦N|B. ENGSTROM⟧, MD   DICTATED ⟦D|10/13/2099⟧, TRANSCRIBED BY ⟦N|LMP⟧
`);

note("respirator-fit-test-caps", `
RESPIRATOR MEDICAL CLEARANCE AND QUANTITATIVE FIT TEST RECORD   ⟦D|2099-10-13⟧
EMPLOYER: ⟦O|GULF COAST PETROCHEMICAL PARTNERS⟧ - ⟦LO|BAYPORT OLEFINS UNIT⟧, ⟦C|PASADENA⟧ ⟦STATE|TX⟧   CONTRACT # ⟦I|GCPP-SVC-44718⟧
EMPLOYEE: ⟦N|TRAN, MINH KHOA⟧   BADGE # ⟦I|BPO-228174⟧   DOB ⟦D|09/09/2083⟧   JOB: INSTRUMENT TECH   CONTRACTOR: ⟦O|LONE STAR INDUSTRIAL SERVICES⟧
OSHA QUESTIONNAIRE REVIEWED BY PLHCP ⟦N|SOPHIA AREVALO⟧, PA-C (⟦H|BAY AREA OCCUPATIONAL MEDICINE⟧, ⟦S|5020 FAIRMONT PKWY⟧, ⟦C|PASADENA⟧ ⟦Z|77505⟧): CLEARED FOR FULL-FACE APR AND SCBA, NO LIMITATIONS. SPIROMETRY FEV1 98%.
FIT TEST: TSI PORTACOUNT PRO+ 8038 SN ⟦DEV|8038181447⟧, CALIBRATED ⟦D|06/2099⟧.
MASK: 3M 6800 FULL FACEPIECE, MEDIUM - OVERALL FIT FACTOR 2,840 (PASS, MIN 500).
MASK: SCOTT AV-3000 HT, MEDIUM - FIT FACTOR 9,100 (PASS).
FACIAL HAIR: CLEAN SHAVEN. NEXT FIT TEST DUE ⟦D|10/2100⟧.
TESTED BY ⟦N|JAVIER OCHOA⟧ ⟦N|JO⟧. WALLET CARD ISSUED (CARD # ⟦I|FT-99-007741⟧). RECORD SENT TO ⟦N|PAM STRZELECKI⟧, IH, ⟦E|PSTRZELECKI@GCPP-OLEFINS.COM⟧.
`);

note("wc-adjuster-phone-log-caps", `
CLAIM NOTES - ⟦O|GALLAGHER BASSETT SERVICES⟧   CLAIM ⟦I|002847-991043-WC-01⟧   CLAIMANT ⟦N|OYELOWO, BABATUNDE⟧   ACCT: ⟦O|MIDSOUTH LOGISTICS GROUP⟧
⟦D|10/06/2099⟧ 09:14 ⟦N|KMH⟧ - 3-POINT CONTACT. CLMT ⟦P|901-555-0128⟧: LIFTING TIRES AT ⟦LO|SOUTHAVEN CROSSDOCK⟧ ⟦D|10/03/2099⟧, LOW BACK PAIN, SEEN ⟦H|CONCENTRA MEMPHIS AIRWAYS⟧. SUPV ⟦N|TERRENCE BOLDEN⟧ CONFIRMS, NO WITNESS.
⟦D|10/06/2099⟧ 10:02 ⟦N|KMH⟧ - EMPLOYER CONTACT ⟦N|AMANDA GREER⟧ (HR) ⟦E|AGREER@MIDSOUTHLOGISTICS.COM⟧: LIGHT DUTY AVAILABLE (SCANNING, SEATED).
⟦D|10/08/2099⟧ 15:30 ⟦N|KMH⟧ - RECD WORK STATUS: NO LIFT > 15 LB X 2 WKS. PT 2X/WK AT ⟦O|ATHLETICO PHYSICAL THERAPY⟧ ⟦C|SOUTHAVEN⟧.
⟦D|10/10/2099⟧ 11:45 ⟦N|KMH⟧ - RECORDED STATEMENT TAKEN. CLMT REPORTS PRIOR BACK INJURY ⟦D|2094⟧ (PRIOR CLAIM WITH ⟦O|ZURICH⟧, ⟦I|ZNA-94-0044172⟧). ISO CLAIMSEARCH RUN: MATCH.
⟦D|10/12/2099⟧ 08:20 ⟦N|RLS⟧ (SUPERVISOR ⟦N|RHONDA L. STUBBLEFIELD⟧) - COMPENSABILITY ACCEPTED. TTD NOT OWED (LIGHT DUTY). RESERVES SET.
⟦D|10/13/2099⟧ 13:05 ⟦N|KMH⟧ - NCM ASSIGNED: ⟦N|BRIDGET O'SULLIVAN⟧, RN, CCM ⟦P|901-555-0190⟧ EXT ⟦P|33⟧.
ADJUSTER: ⟦N|KEVIN M. HOLLOWAY⟧ ⟦P|901-555-0100⟧ EXT ⟦P|4417⟧   FAX ⟦F|866-555-0143⟧
`);
// ======================================================== lower case (10) ========================================================

note("occ-nurse-chat-lower", `
[occ health chat - ⟦O|northfield distribution⟧ / ⟦H|lakeshore occupational health⟧]   ⟦D|oct 13 2099⟧
07:42 ⟦N|brianna k⟧ (safety, ⟦LO|ontario dc-4⟧): hey is the nurse on? got a guy who cut his hand on a box cutter, dock door 31
07:43 ⟦N|deb holcomb⟧ rn: yes im here. name + employee #?
07:44 ⟦N|brianna k⟧: ⟦N|ulises ramirez tapia⟧, emp ⟦I|nfd0094471⟧, 2nd shift loader. supervisor is ⟦N|jared pak⟧
07:45 ⟦N|deb holcomb⟧ rn: how deep? still bleeding after 10 min pressure?
07:47 ⟦N|brianna k⟧: stopped mostly. about 1 inch on the palm side of the left thumb, he can move it fine
07:49 ⟦N|deb holcomb⟧ rn: ok he needs stitches likely. send him to ⟦H|inland empire urgent care⟧ on ⟦S|4th st⟧ in ⟦C|ontario⟧, not the er. i'll fax the authorization. his last tdap?
07:51 ⟦N|brianna k⟧: hr says ⟦D|2091⟧ on his hire physical
07:52 ⟦N|deb holcomb⟧ rn: fine for a clean cut. post-accident drug screen per your policy - they'll collect there (ccf ⟦I|1144820977⟧). claim will go to ⟦O|sedgwick⟧, report #⟦I|sdg-99-5512870⟧
07:53 ⟦N|brianna k⟧: ty. his cell is ⟦P|909-555-0131⟧ if they need it
08:40 ⟦N|deb holcomb⟧ rn: clinic called - 4 sutures, back to work today with a glove on, no knife work x 7 days. rtw slip sent to ⟦E|safety.dc4@northfielddist.com⟧
08:41 ⟦N|brianna k⟧: perfect, logging it in the 300 as restricted. thx ⟦N|deb⟧
`);

note("light-duty-offer-lower", `
⟦O|tri-county poultry processors, inc.⟧
⟦S|2705 industrial blvd⟧ · ⟦C|gainesville⟧, ⟦STATE|ga⟧ ⟦Z|30504⟧ · human resources ⟦P|770-555-0152⟧

⟦D|october 13, 2099⟧

⟦N|maria de los angeles cux⟧
⟦S|418 lakeview cir⟧ lot 22
⟦C|oakwood⟧, ⟦STATE|ga⟧ ⟦Z|30566⟧

re: offer of temporary modified duty - workers' compensation claim ⟦I|wc-99-774102⟧ (date of injury ⟦D|09/22/2099⟧)

dear ms. ⟦N|cux⟧,

your treating physician, dr. ⟦N|harlan whitfield⟧ of ⟦H|north georgia occupational medicine⟧, released you on ⟦D|10/10/2099⟧ to modified duty with these restrictions: no use of the right hand for gripping or cutting, no lifting over 10 lbs, no work in the evisceration room.

we are offering you a position as a label and scale attendant in the shipping office at the ⟦LO|candler road plant⟧, first shift (6:00 am - 2:30 pm), at your regular rate of $17.40/hour, beginning ⟦DAY|monday⟧, ⟦D|october 19, 2099⟧. your supervisor will be ⟦N|odell barnwell⟧.

if you do not report, ⟦STATE|georgia⟧ rule 240(b) allows your weekly benefits to be suspended. please call me or your adjuster ⟦N|shonda pettway⟧ at ⟦O|travelers⟧ (⟦P|800-555-0127⟧ ext. ⟦P|61184⟧) with questions. a spanish-speaking hr assistant, ⟦N|rocio banuelos⟧, can help at extension ⟦P|2207⟧.

sincerely,
⟦N|lynette fairbanks⟧, hr manager
cc: ⟦N|shonda pettway⟧ (travelers claim ⟦I|fkn4417r⟧); ⟦O|state board of workers' compensation⟧ (form wc-240 filed); employee file #⟦I|tcp-018827⟧
`);

note("collection-site-log-lower", `
⟦O|desert sun drug testing⟧ - collection site daily log   site: ⟦S|1850 w broadway rd⟧ ste 4, ⟦C|tolleson⟧ ⟦STATE|az⟧ ⟦Z|85353⟧   ⟦D|10/13/2099⟧
collector on duty: ⟦N|yolanda pinto⟧ (⟦N|yp⟧), ⟦N|marcus heath⟧ (⟦N|mh⟧)   site phone ⟦P|623-555-0114⟧

time   donor                          employer / account                     reason        ccf #          type           collector  notes
06:05  ⟦N|begay, darnell⟧                 ⟦O|sun valley aggregate⟧                    random (dot)  ⟦I|0447219855⟧     urine split    ⟦N|yp⟧         temp in range
06:20  ⟦N|luna corrales, abigail⟧         ⟦O|copperstate home health⟧                 pre-employ    ⟦I|0447219856⟧     urine 10-panel ⟦N|yp⟧         -
06:41  ⟦N|fifita, sione⟧                  ⟦O|west valley freight lines⟧               post-acc (dot)⟦I|0447219857⟧     urine + bat    ⟦N|mh⟧         bat 0.000, ebt sn ⟦DEV|ir2-14472⟧
07:10  ⟦N|okonkwo, chidi⟧                 ⟦O|phoenix sky harbor ground services⟧      random (faa)  ⟦I|0447219858⟧     urine split    ⟦N|mh⟧         shy bladder - 40 oz water, 3 h clock started 07:14
07:32  ⟦N|dang, kimberly⟧                 ⟦O|copperstate home health⟧                 pre-employ    ⟦I|0447219859⟧     urine 10-panel ⟦N|yp⟧         -
08:15  ⟦N|trujillo, ernesto⟧              ⟦O|sun valley aggregate⟧                    return-to-duty⟦I|0447219860⟧     direct observed⟦N|mh⟧         observer ⟦N|marcus heath⟧ (male)
10:14  ⟦N|okonkwo, chidi⟧ (cont.)         -                                      -             -              -              ⟦N|mh⟧         insufficient at 3 h; left site 10:16 - sent to mro dr. ⟦N|r. castellanos⟧ for eval
dot couriers: ⟦O|fedex⟧ pickup 16:30, airbill ⟦I|7729 4418 0193⟧. all specimens to ⟦O|quest diagnostics⟧ ⟦C|lenexa⟧.
`);

note("return-to-work-note-lower", `
work status report - ⟦H|valley occupational & urgent care⟧ - ⟦S|1221 n 10th st⟧, ⟦C|mcallen⟧ ⟦STATE|tx⟧ ⟦Z|78501⟧ - ph ⟦P|956-555-0145⟧ fax ⟦F|956-555-0146⟧
patient: ⟦N|javier eduardo salinas garza⟧   dob ⟦D|06/19/2084⟧   employer: ⟦O|rio grande citrus packing co⟧, ⟦LO|pharr packing shed⟧
claim #: ⟦I|txm-99-0418827⟧   carrier: ⟦O|texas mutual⟧   adjuster: ⟦N|celia montemayor⟧   date of injury: ⟦D|10/01/2099⟧   visit: ⟦D|10/13/2099⟧
diagnosis: s39.012a strain of muscle of lower back; s60.221a contusion r hand
work status: [x] return to modified duty from ⟦D|10/14/2099⟧ through ⟦D|10/28/2099⟧
restrictions: lift/carry max 15 lb occasionally; no repetitive bending or stooping; no ladder use; may sit/stand as needed; no driving forklift while on cyclobenzaprine.
treatment: pt 3x/wk x 2 wk at ⟦O|rgv spine & sport therapy⟧; meloxicam 15 mg daily; cyclobenzaprine 5 mg hs.
next visit: ⟦D|10/27/2099⟧ 9:30 am with ⟦N|nereida alonso⟧, pa-c
provider: ⟦N|marco antonio villarreal⟧, md   lic. ⟦STATE|tx⟧ ⟦I|q4471⟧   npi ⟦I|1447208193⟧
copy to employer (⟦N|gloria tijerina⟧, hr ⟦E|gtijerina@rgcitrus.com⟧) and carrier fax ⟦F|512-555-0148⟧.
`);

note("sts-notice-lower", `
hearing conservation program - notice of standard threshold shift
to: ⟦N|ivan petrenko⟧   employee no. ⟦I|66120⟧   dept: press line b, ⟦LO|toledo stamping plant⟧   date: ⟦D|13 oct 2099⟧
from: ⟦N|colleen fahey⟧, ccc-a, occupational hearing conservationist, ⟦H|maumee valley occupational health⟧ (⟦P|419-555-0177⟧)

dear mr. ⟦N|petrenko⟧,

your annual audiogram on ⟦D|10/06/2099⟧ (tremetrics ra660 audiometer, serial ⟦DEV|ra660-22814⟧, booth calibrated ⟦D|01/2099⟧) compared with your baseline of ⟦D|03/22/2091⟧ shows an average shift of 11 db at 2000, 3000 and 4000 hz in the left ear. the retest on ⟦D|10/12/2099⟧ confirmed the shift. this is a standard threshold shift as osha defines it (29 cfr 1910.95). after age correction it is also recordable on the osha 300 log.

what happens now:
- you have been refit with foam plugs and over-the-ear muffs (double protection) in the press area.
- your supervisor, ⟦N|gary szymanski⟧, and the ehs manager, ⟦N|renata oduya⟧, have been told that a shift occurred (not your results).
- you are referred to audiologist dr. ⟦N|helen tsakiris⟧ at ⟦H|promedica ent and audiology⟧, ⟦S|2142 n cove blvd⟧, ⟦C|toledo⟧ ⟦STATE|oh⟧ ⟦Z|43606⟧, to look for a cause other than noise.
- if you believe the loss is from work you may file with the ⟦O|ohio bureau of workers' compensation⟧ (employer policy ⟦I|1447208-0⟧).

please call me with questions.
⟦N|c. fahey⟧ / ⟦N|cf⟧   cc: medical file, ⟦O|local 14 uaw⟧ safety rep ⟦N|dwayne tolliver⟧
`);

note("fce-summary-lower", `
functional capacity evaluation - summary
evaluee: ⟦N|rosalinda chavez-benally⟧   dob: ⟦D|04/08/2081⟧   claim: ⟦I|nm-wca-99-11847⟧   employer: ⟦O|four corners community college⟧ (custodian)
referral: dr. ⟦N|kieran mcbride⟧, ⟦H|san juan orthopedics⟧, ⟦C|farmington⟧ ⟦STATE|nm⟧
evaluator: ⟦N|tobias lindgren⟧, pt, dpt   ⟦O|high desert work rehab⟧, ⟦S|3300 e main st⟧, ⟦C|farmington⟧ ⟦STATE|nm⟧ ⟦Z|87402⟧   ⟦P|505-555-0182⟧
dates of testing: ⟦D|10/12/2099⟧ and ⟦D|10/13/2099⟧ (2 days, 6.5 hours)
injury: slipped on wet floor ⟦D|03/03/2099⟧ at the ⟦LO|henderson fine arts center⟧, right knee medial meniscus tear, partial meniscectomy ⟦D|05/2099⟧.
effort: valid - 44 of 46 consistency measures met; jamar grip cv < 15%; heart rate rose appropriately with load.
results: material handling floor-to-waist 35 lb occasional, waist-to-shoulder 30 lb, carry 40 lb 50 ft; push 60 lbf, pull 55 lbf. kneeling and squatting occasional only; ladder not tolerated past 4 rungs.
physical demand level: medium (dot custodian job is medium) - meets job demands except repetitive kneeling and ladder use.
recommendation: return to custodian with accommodations (kneeling pad, long-handled tools, no ladder > 4 ft) or work hardening 4 weeks.
report sent to adjuster ⟦N|brandon yazzie⟧, ⟦O|new mexico mutual⟧, fax ⟦F|505-555-0199⟧, and nurse case manager ⟦N|kim tran-oliver⟧ ⟦E|ktranoliver@nmmcc.com⟧.
`);

note("voc-rehab-note-lower", `
vocational rehabilitation counselor - progress note #6   ⟦D|10/13/99⟧
client: ⟦N|tommy lee hatfield⟧   referral: ⟦O|kentucky employers' mutual insurance⟧ claim ⟦I|kemi-2098-044182⟧   dept of workers' claims no. ⟦I|2098-71180⟧
counselor: ⟦N|angela deskins⟧, crc, ⟦O|bluegrass career pathways⟧ ⟦P|606-555-0165⟧ · ⟦E|adeskins@bgcareerpath.org⟧
background: former continuous miner operator (⟦O|big sandy energy⟧, ⟦LO|elkhorn no. 3 mine⟧, ⟦C|pikeville⟧), l4-5 fusion after roof fall ⟦D|aug 2098⟧. permanent sedentary-light restrictions per ime (dr. ⟦N|whitaker⟧).
since last note: completed the career scout and work samples at ⟦O|big sandy community and technical college⟧ (⟦C|prestonsburg⟧). aptitudes strong in mechanical reasoning, weak in keyboarding (22 wpm).
labor market survey: 11 employers contacted in ⟦LO|pike county⟧ and ⟦LO|floyd county⟧ - dispatcher (⟦O|mountain comprehensive care⟧), cad drafter trainee, security monitor at ⟦H|pikeville medical center⟧ (hiring ⟦D|november⟧).
plan: enroll in the 16-week autocad certificate starting ⟦D|01/11/2100⟧; tuition via the claim (approved by adjuster ⟦N|roger caudill⟧ ⟦D|10/09/2099⟧). mileage reimbursed from ⟦S|4418 ky 194 e⟧, ⟦C|phelps⟧.
client mood low, wife ⟦N|darlene⟧ worried about money; referred to eap and to ⟦O|mountain comprehensive care center⟧ for counseling. next meeting ⟦D|10/27/99⟧.
`);

note("pretravel-fitness-lower", `
pre-deployment fitness and travel exam - ⟦O|meridian offshore drilling⟧   exam site ⟦H|gulf south occupational medicine⟧, ⟦C|lake charles⟧ ⟦STATE|la⟧
employee: ⟦N|thibodeaux, remy paul⟧   id ⟦I|mod-30417⟧   dob ⟦D|11/23/2072⟧   passport ⟦I|584217730⟧   twic card ⟦I|t-0044718269⟧
assignment: 28/28 rotation to the drillship ⟦LO|meridian tempest⟧, block 14, offshore ⟦COUNTRY|guyana⟧; departs ⟦C|houston⟧ ⟦D|10/24/2099⟧.
exam ⟦D|10/13/2099⟧: bp 132/84, bmi 31.2, ecg nsr, spirometry normal. audiogram stable vs ⟦D|2097⟧. vision 20/20 ou.
osha/offshore: huet current (⟦O|falck safety services⟧ cert ⟦I|fss-99-22147⟧, exp ⟦D|03/2101⟧). h2s card current.
immunizations: yellow fever ⟦D|2091⟧ (lifelong), hep a/b complete, typhoid vi given today (lot 7741a), tdap ⟦D|2095⟧. malaria: not needed for the rig; atovaquone-proguanil prescribed for the shore layover in ⟦C|georgetown⟧.
fit for offshore duty (oeuk/ogp standard). certificate ⟦I|gsom-fft-0918⟧ valid to ⟦D|10/13/2101⟧.
emergency contact: wife ⟦N|angelique thibodeaux⟧ ⟦P|337-555-0112⟧, ⟦S|214 rue bourgeois⟧, ⟦C|sulphur⟧ ⟦STATE|la⟧ ⟦Z|70663⟧.
examiner: ⟦N|lucien broussard⟧, md   ⟦N|lb⟧   company medic on board: ⟦N|femi adeyemi⟧, paramedic (⟦E|medic.tempest@meridianoffshore.com⟧)
`);

note("heat-illness-case-lower", `
heat-related illness - occupational case report   ⟦O|california department of industrial relations⟧ / cal/osha serious injury report ⟦I|cal-99-104477⟧
worker: ⟦N|ignacio ajanel sicajau⟧ (goes by "⟦N|nacho⟧")   age 37   language: k'iche' / spanish
employer: ⟦O|san joaquin harvest labor contractors⟧ (flc license ⟦I|flc-44172⟧) for grower ⟦O|delta vista vineyards⟧, ⟦LO|block 9, mettler ranch⟧, near ⟦C|lodi⟧
date: ⟦D|aug 14 2099⟧, heat index 108 f at 14:00. crew foreman ⟦N|heriberto solano⟧ ⟦P|209-555-0174⟧.
event: collapsed while picking, confused, hot dry skin. coworkers poured water; foreman called 911 at 14:22. ⟦O|american medical response⟧ unit to ⟦H|lodi memorial hospital⟧, core temp 41.2 c. cold-water immersion, icu x 2 days, ck 18,400, aki (cr 2.9), discharged ⟦D|aug 19⟧.
follow-up in occ med clinic ⟦D|oct 13 2099⟧ (⟦H|dameron occupational health⟧, ⟦C|stockton⟧): cr 1.1, cleared to return with heat acclimatization schedule (20% day 1, +20%/day), shade and water per t8 ccr 3395.
interpreter: ⟦N|maria tzunun⟧ (⟦O|centro binacional para el desarrollo indigena oaxaqueno⟧ referral).
claim: ⟦O|state compensation insurance fund⟧ claim ⟦I|05544172-99⟧, adjuster ⟦N|alicia trang⟧.
`);

note("tb-screening-roster-lower", `
employee health - annual tb screening roster - ⟦H|st. vincent de paul hospital⟧ ⟦C|bangor⟧ ⟦STATE|me⟧ - period ⟦D|sept-oct 2099⟧
name                         emp id     dept             test       date read     result         follow-up
⟦N|ahmed, hodan⟧                 ⟦I|208841⟧     4 west           igra       ⟦D|09/14⟧        neg            -
⟦N|boucher, rene⟧                ⟦I|108273⟧     dietary          t-spot     ⟦D|09/15⟧        neg            -
⟦N|cyr, angelique⟧               ⟦I|310446⟧     icu              igra       ⟦D|09/21⟧        positive       cxr ⟦D|09/25⟧ neg; ltbi, 4r offered, declined
⟦N|dubois, marcel⟧               ⟦I|099214⟧     environmental    symptom    ⟦D|09/22⟧        prior +, asx   annual sx review only
⟦N|lindqvist, britt⟧             ⟦I|288017⟧     pharmacy         igra       ⟦D|10/02⟧        indeterminate  repeat ⟦D|10/09⟧ neg
⟦N|mugisha, esperance⟧           ⟦I|415592⟧     float pool       igra       ⟦D|10/05⟧        neg            new hire (⟦O|aya healthcare⟧ traveler)
⟦N|nguyen, bao tran⟧             ⟦I|300781⟧     lab              igra       ⟦D|10/06⟧        neg            -
⟦N|o'leary, siobhan⟧             ⟦I|177402⟧     or               igra       overdue       -              manager ⟦N|p. gagnon⟧ emailed ⟦D|10/12⟧
⟦N|tardif, luc⟧                  ⟦I|266193⟧     security         igra       ⟦D|10/11⟧        neg            -
compliance 94%. reported to ⟦O|maine cdc⟧ tb program (⟦N|joy bellefleur⟧, ⟦P|207-555-0166⟧). prepared by ⟦N|theresa michaud⟧, rn, employee health ext. ⟦P|3318⟧ ⟦D|10/13/2099⟧
`);
// ======================================================== mixed case (25) ========================================================

note("preplacement-exam", `
⟦H|Summit Occupational Medicine⟧ — Pre-Placement Physical Examination
⟦S|5170 Crossroads Pkwy⟧, Suite 110, ⟦C|Bethlehem⟧, ⟦STATE|PA⟧ ⟦Z|18017⟧ · Tel ⟦P|(610) 555-0138⟧ · Fax ⟦F|(610) 555-0139⟧
Date of exam: ⟦D|October 13, 2099⟧          Authorization #: ⟦I|AUTH-77104⟧
Candidate: ⟦N|Anastasia Horvath⟧          DOB: ⟦D|02/27/2080⟧          Phone: ⟦P|484-555-0176⟧
Employer: ⟦O|Keystone Fulfillment Partners⟧ — ⟦LO|ABE8 Fulfillment Center⟧, ⟦C|Allentown⟧ · Requested by ⟦N|Curtis Ebersole⟧, Talent Acquisition (⟦E|cebersole@keystonefp.com⟧)
Position: Inventory Associate (heavy: lift 50 lb occasionally, stand/walk 10-hour shifts, powered industrial truck).
History: asthma as a child, none since age 12. Left wrist ORIF after a fall ⟦D|2094⟧ (⟦H|St. Luke's University Hospital⟧), full recovery. No current medications. Never smoked.
Exam: Ht 5'6", Wt 141 lb, BP 118/72, P 68. Vision 20/20 OU uncorrected, color normal (Ishihara 14/14). Lungs clear. L wrist: healed incision, full ROM, grip 30 kg L / 32 kg R (Jamar).
Tests: 10-panel urine drug screen collected (CCF ⟦I|2218447710⟧, negative ⟦D|10/14/2099⟧); lift test 50 lb floor-to-waist x 5, passed; back/hip flexibility normal.
Determination: Qualified for the position without restrictions. Forklift medical clearance: yes.
Examiner: ⟦N|Mateusz Zielinski⟧, MD, MPH (FACOEM)   NPI ⟦I|1558204471⟧
Employer copy contains determination only; history and exam kept in the confidential medical file (chart ⟦M|SOM-0044128⟧).
`);

note("itdm-driver-assessment", `
Insulin-Treated Diabetes Mellitus Assessment Form (MCSA-5870) — for the certified medical examiner
Treating clinician: ⟦N|Yolanda Ferreira-Chaves⟧, MD, Endocrinology, ⟦H|Palmetto Diabetes & Endocrine Center⟧, ⟦S|14 Medical Ridge Dr⟧, ⟦C|Greenville⟧, ⟦STATE|SC⟧ ⟦Z|29605⟧ · ⟦P|864-555-0151⟧ · license ⟦STATE|SC⟧ ⟦I|MD-48812⟧
Driver: ⟦N|Darius Wendell Pinckney⟧   DOB ⟦D|07/04/2069⟧   CDL (⟦STATE|SC⟧) ⟦I|102447718⟧   Employer: ⟦O|Blue Ridge Carriers LLC⟧ (USDOT ⟦I|1944720⟧)
Date completed: ⟦D|10/09/2099⟧ — must reach the ME within 45 days.
1. Insulin use: since ⟦D|March 2097⟧; regimen glargine 32 U qhs, lispro sliding scale with meals.
2. Severe hypoglycemia in the last 12 months: none. Last episode requiring help from another person: ⟦D|2093⟧.
3. Glucose logs: 3 months reviewed from the Dexcom G7 (receiver serial ⟦DEV|DX7-40881177⟧) — no readings below 54 mg/dL while driving; 2 readings 60-69 overnight.
4. HbA1c: 7.4% (⟦D|09/28/2099⟧).
5. Complications: no retinopathy (eye exam ⟦D|06/2099⟧, Dr. ⟦N|Ashwin Raghunathan⟧, ⟦H|Upstate Retina Associates⟧), no neuropathy.
Treating clinician's opinion: stable insulin regimen, understands glucose checks before and every 2-4 h while driving.
Signed ⟦N|Y. Ferreira-Chaves⟧, MD   ⟦D|10/09/2099⟧
Received by ME ⟦N|Bradley Sumter⟧, DC (National Registry ⟦I|3310947182⟧) at ⟦H|Carolina DOT Exams⟧ on ⟦D|10/13/2099⟧; driver certified 1 year (MEC ⟦I|CDE-2099-4417⟧).
`);

note("mec-certificate", `
MEDICAL EXAMINER'S CERTIFICATE (Commercial Driver Medical Certification)   Form MCSA-5876
I certify that I have examined ⟦N|Guadalupe Renteria Ochoa⟧ in accordance with the FMCSRs (49 CFR 391.41-391.49) and, with knowledge of the driving duties, I find this person is qualified:
[X] meets standards, but periodic monitoring required (hypertension).  [X] Wearing corrective lenses.  [ ] Accompanied by a waiver/exemption.
This certificate expires: ⟦D|04/13/2100⟧
Medical Examiner's name: ⟦N|Cheng-Hao Lin⟧, PA-C      Signature: ⟦N|C. Lin⟧      Telephone: ⟦P|775-555-0193⟧
Address: ⟦H|Northern Nevada Occupational Health⟧, ⟦S|1750 Mountain City Hwy⟧, ⟦C|Elko⟧, ⟦STATE|NV⟧ ⟦Z|89801⟧
Medical Examiner's State License, Certificate, or Registration Number: ⟦STATE|NV⟧ ⟦I|PA-1147⟧   Issuing State: ⟦STATE|NV⟧
National Registry Number: ⟦I|7740218836⟧       Date certificate signed: ⟦D|10/13/2099⟧
Driver's license number: ⟦I|1800447215⟧   State: ⟦STATE|NV⟧   CLP/CDL: Yes
Driver's signature: ⟦N|G. Renteria⟧   Driver's address: ⟦S|PO Box 2219⟧, ⟦C|Spring Creek⟧, ⟦STATE|NV⟧ ⟦Z|89815⟧
Employer (haul truck, ⟦LO|Carlin Trend Gold Mine⟧): ⟦O|Humboldt Basin Mining Co.⟧
`);

note("custody-control-form", `
Federal Drug Testing Custody and Control Form — Copy 2 (Medical Review Officer copy)     Specimen ID No. ⟦I|1300884217⟧
STEP 1: Completed by collector or employer representative
A. Employer: ⟦O|Cumberland River Towing Company⟧, ⟦S|300 Riverfront Pkwy⟧, ⟦C|Paducah⟧ ⟦STATE|KY⟧ ⟦Z|42003⟧ · Phone ⟦P|270-555-0110⟧ · Fax ⟦F|270-555-0111⟧ · Employer ID ⟦I|CRT-DOT-0217⟧
B. MRO: ⟦N|Leonard Abernathy⟧, MD, ⟦O|MidAmerica MRO Group⟧, ⟦S|PO Box 17704⟧, ⟦C|Louisville⟧ ⟦STATE|KY⟧ ⟦Z|40217⟧ · Phone ⟦P|502-555-0123⟧ · Fax ⟦F|502-555-0124⟧
C. Donor SSN or Employee ID No.: ⟦I|E447120⟧       D. Specify testing authority: USCG
E. Reason for test: [X] Random    F. Drug tests to be performed: THC, COC, PCP, OPI, AMP
G. Collection site: ⟦H|Baptist Health Occupational Medicine Paducah⟧, ⟦S|2605 Kentucky Ave⟧, ⟦C|Paducah⟧ ⟦STATE|KY⟧ ⟦Z|42001⟧ · Collector phone ⟦P|270-555-0142⟧
STEP 2: Temperature read within 4 minutes: [X] yes, 32-38 °C. Specimen collection: [X] split.
STEP 4: Chain of custody — initiated by collector and released to the test facility: Collector ⟦N|Shirley Ann McCracken⟧, ⟦D|10/13/2099⟧ 07:55; released via ⟦O|UPS⟧ (eCCF sent from kiosk ⟦IP|172.20.14.88⟧; tracking ⟦I|1Z44W8170392217744⟧).
STEP 5: Donor: ⟦N|Jeremiah Buckner⟧, daytime phone ⟦P|270-555-0186⟧, evening ⟦P|270-555-0187⟧, DOB ⟦D|01/30/2077⟧, date ⟦D|10/13/2099⟧.
Lab: ⟦O|Alere Toxicology⟧ accession ⟦I|AT-99-6618270⟧. Verified negative by ⟦N|L. Abernathy⟧ ⟦D|10/15/2099⟧.
`);

note("mro-dilute-refusal", `
From: ⟦N|Farah Siddiqui⟧, MD, MRO <⟦E|fsiddiqui@clearpathmro.com⟧>
To: ⟦N|Dale Harmon⟧ (DER), ⟦O|Rocky Mountain Ready Mix⟧
Sent: ⟦DAY|Tue⟧ ⟦D|10/13/2099⟧ 3:47 PM
Subject: Verified result — ⟦N|Luis Fernando Quintanilla⟧ — CCF ⟦I|0778214490⟧ — CONFIDENTIAL

Mr. ⟦N|Harmon⟧,

This is the verified result for the DOT pre-employment test of your applicant ⟦N|Luis Fernando Quintanilla⟧ (applicant ID ⟦I|RMRM-A-0441⟧), collected ⟦D|10/08/2099⟧ at ⟦H|UCHealth Occupational Medicine — Greeley⟧ (collector ⟦N|Trina Gallegos⟧).

Result: NEGATIVE-DILUTE (creatinine 4.1 mg/dL, specific gravity 1.0018). Under 49 CFR 40.197(b)(1), because the creatinine is between 2 and 5 mg/dL, you must conduct an immediate recollection under direct observation. Please send him back with a new CCF; the observer must be of the same gender.

I spoke with him today at ⟦P|970-555-0119⟧; he reports drinking "a gallon" before his shift at ⟦O|Weld County Gravel⟧. He has been told that a refusal to be observed is a refusal to test.

Lab: ⟦O|Quest Diagnostics⟧, ⟦C|Lenexa⟧, accession ⟦I|QD-1144720-99⟧.

⟦N|Farah Siddiqui⟧, MD, MRO
⟦O|ClearPath MRO Services⟧ · ⟦S|7400 E Orchard Rd⟧, Suite 300, ⟦C|Greenwood Village⟧, ⟦STATE|CO⟧ ⟦Z|80111⟧ · ⟦P|303-555-0160⟧ · Fax ⟦F|303-555-0161⟧ · ⟦U|www.clearpathmro.com⟧
`);

note("nurse-triage-line", `
Injury Triage Line — Call Record   ⟦O|WorkCare Nurse Connect⟧   Call ID ⟦I|NC-99-1018847⟧   ⟦D|10/13/2099⟧ 14:06 CT
Caller: ⟦N|Rhonda Stoltzfus⟧ (shift supervisor) for injured employee ⟦N|Abdirahman Hassan Farah⟧, employee # ⟦I|0038812⟧
Employer/location: ⟦O|Prairie Harvest Meats⟧, ⟦LO|Dodge City Beef Plant⟧, ⟦S|11 E Trail St⟧, ⟦C|Dodge City⟧, ⟦STATE|KS⟧ ⟦Z|67801⟧ · plant phone ⟦P|620-555-0171⟧
Injury: 13:40, fabrication floor, splash of quaternary ammonia sanitizer to left eye while hosing down. Wearing safety glasses, no goggles. Flushed at eyewash station 15 min per supervisor.
Symptoms (speaking with employee via Somali interpreter ⟦N|Ifrah⟧, ⟦O|LanguageLine⟧ ID ⟦I|247718⟧): burning 6/10, vision "a little blurry", no pain with eye movement.
Protocol: chemical eye exposure — refer same day for pH check and slit-lamp exam.
Disposition: ⟦H|Western Plains Medical Complex⟧ ED (nearest with slit lamp), not the on-site first aid room. Supervisor to drive; bring SDS (Quat-San 256).
Claim set-up: ⟦O|AF Group⟧ (carrier), policy ⟦I|WC-KS-7741028⟧; first report sent to ⟦E|claims@afgroupclaims.com⟧ and to the plant safety manager ⟦N|Jesse Ortega⟧.
Post-incident drug test: not required by policy for first-aid-level exposures, but required here (sent off-site) — per ⟦N|Ortega⟧.
Nurse: ⟦N|Kathleen Mbeki-Turner⟧, RN (⟦N|KMT⟧)   callback to employee ⟦P|620-555-0195⟧ at 18:00.
`);

note("dairy-injury-report", `
⟦O|Idaho Industrial Commission⟧ — First Report of Injury or Illness (Form 1)
Employer: ⟦O|Bar-K Dairy LLC⟧ · Mailing ⟦S|PO Box 415⟧, ⟦C|Wendell⟧, ⟦STATE|ID⟧ ⟦Z|83355⟧ · Work site: ⟦LO|Bar-K Dairy North Milking Parlor⟧, ⟦S|2200 S 1500 E⟧, ⟦C|Wendell⟧ · ⟦P|208-555-0149⟧
Surety: ⟦O|Idaho State Insurance Fund⟧ · Policy ⟦I|ISIF-88014417⟧ · Claim ⟦I|99-2044718⟧
Injured worker: ⟦N|Eusebio Matul Chávez⟧ · DOB ⟦D|12/12/2085⟧ · phone ⟦P|208-555-0131⟧ · address ⟦S|419 Idaho St⟧ Apt B, ⟦C|Gooding⟧, ⟦STATE|ID⟧ ⟦Z|83330⟧ · language: Spanish/Mam · date hired ⟦D|05/2096⟧ · occupation: milker
Date of injury ⟦D|10/10/2099⟧, 04:15. Kicked by a cow in the rotary parlor while attaching units; struck right lower leg, fell on concrete.
Witnesses: ⟦N|Hermelindo Ramos⟧ (herdsman), ⟦N|Kade Sorensen⟧ (parlor manager, ⟦P|208-555-0162⟧).
Initial treatment: ⟦H|St. Luke's Jerome⟧ ED — x-ray: nondisplaced fracture right fibula. Follow-up at ⟦H|St. Luke's Clinic – Occupational Health Twin Falls⟧ with Dr. ⟦N|Mikkelsen⟧ ⟦D|10/13/2099⟧: walking boot, seated work only.
Employer can accommodate: calf feeding records in the office (seated) starting ⟦D|10/14/2099⟧.
Completed by ⟦N|Jolene Kasper⟧ (office manager, ⟦E|office@barkdairyidaho.com⟧) on ⟦D|10/11/2099⟧.
`);

note("meatpacking-laceration-visit", `
⟦H|Heartland Occupational Clinic⟧ — Work Injury Visit (Initial)
Pt: ⟦N|Saw Eh Doh⟧   DOB ⟦D|1/1/2075⟧   MRN ⟦M|HOC-118204⟧   Interpreter: Karen, in person (⟦N|Naw Paw Htoo⟧)
Employer: ⟦O|Platte River Pork LLC⟧ (⟦LO|Crete plant⟧), supv. ⟦N|Leon Vasquez⟧   Claim/auth ⟦I|PRP-99-1044⟧   DOI ⟦D|10/13/2099⟧
S: 44 yo M boning ham line, Whizard knife slipped and cut L index finger through the cut-resistant glove at ~10:20. Right-hand dominant. Tetanus: Tdap at hire ⟦D|2097⟧.
O: 2.5 cm laceration volar L index over the middle phalanx; FDP/FDS intact against resistance; two-point 5 mm both digital nerves. Cap refill < 2 s.
Procedure: digital block 1% lidocaine, irrigation 500 mL, 5 simple interrupted 5-0 nylon. Dressing, finger splint.
A/P: Simple laceration, no tendon or nerve injury. Modified duty: no knife work, no wet areas (trim inspection or box room) x 10 days; sutures out ⟦D|10/23/2099⟧. Return if redness, fever.
OSHA recordable (sutures). Company nurse ⟦N|Pam Kuehl⟧, RN notified ⟦P|402-555-0155⟧.
Clinician: ⟦N|Trevor Lindahl⟧, PA-C / supervising ⟦N|Obiageli Nwosu⟧, MD   ⟦D|10/13/2099⟧ 11:52
`);

note("osha-301-report", `
OSHA's Form 301 — Injury and Illness Incident Report
Information about the employee
1) Full name: ⟦N|Kwabena Asante-Mensah⟧
2) Street: ⟦S|1187 Delsea Dr⟧ Apt 3C   City ⟦C|Vineland⟧   State ⟦STATE|NJ⟧   ZIP ⟦Z|08360⟧
3) Date of birth: ⟦D|08/16/2088⟧   4) Date hired: ⟦D|01/09/2098⟧   5) [X] Male
Information about the physician or other health care professional
6) Name of physician: ⟦N|Rachel Goldfarb⟧, DO
7) Facility: ⟦H|Inspira Occupational Health⟧   Street: ⟦S|1505 W Sherman Ave⟧   City ⟦C|Vineland⟧ State ⟦STATE|NJ⟧ ZIP ⟦Z|08360⟧
8) Treated in an emergency room? [ ] Yes [X] No   9) Hospitalized overnight as an in-patient? [ ] Yes [X] No
Information about the case
10) Case number from the Log: ⟦I|99-017⟧   11) Date of injury or illness: ⟦D|09/29/2099⟧   12) Time employee began work: 6:00 AM   13) Time of event: 9:35 AM
14) What was the employee doing just before the incident occurred? Unloading 40-lb bags of soda ash from a trailer at dock 2 of the ⟦LO|Garden State Glass Works batch house⟧.
15) What happened? A bag split; dust blew into his face; he was not wearing the dust mask provided.
16) What was the injury? Chemical conjunctivitis both eyes, mild.   17) Object/substance: sodium carbonate dust.
18) If the employee died, when did death occur? N/A
Completed by: ⟦N|Teresa Caporaso⟧   Title: EHS Specialist   Phone: ⟦P|856-555-0134⟧   Date: ⟦D|09/30/2099⟧
Establishment: ⟦O|Garden State Glass Works, Inc.⟧
`);

note("employee-claim-form-ca", `
Workers' Compensation Claim Form (DWC 1) — Employee section   (State of ⟦STATE|California⟧, ⟦O|Division of Workers' Compensation⟧)
1. Name: ⟦N|Marisol Ek Canul⟧   Today's date: ⟦D|10/13/2099⟧
2. Home address: ⟦S|2240 S Grove Ave⟧, ⟦C|Ontario⟧, ⟦STATE|CA⟧ ⟦Z|91761⟧
3. Date of injury: ⟦D|10/05/2099⟧   Time: 11:30 a.m.
4. Address and description of where injury happened: ⟦LO|Inland Empire Logistics Hub Building 7⟧, ⟦S|4100 E Francis St⟧, ⟦C|Ontario⟧ — picking aisle 12
5. Describe injury and part of body affected: pain and numbness right wrist and hand, repetitive scanning and lifting totes
6. Social Security Number: ⟦SSN|622-17-4408⟧
7. Signature of employee: ⟦N|Marisol Ek C.⟧
Employer section
8. Name of employer: ⟦O|SoCal Omnichannel Fulfillment LLC⟧ (staffed by ⟦O|PeopleReady⟧, branch ⟦C|Riverside⟧)
9. Address: ⟦S|4100 E Francis St⟧, ⟦C|Ontario⟧, ⟦STATE|CA⟧ ⟦Z|91761⟧
10. Date employer first knew of injury: ⟦D|10/06/2099⟧   11. Date claim form was provided to employee: ⟦D|10/06/2099⟧
12. Date employer received claim form: ⟦D|10/13/2099⟧
13. Name and address of insurance company: ⟦O|Zenith Insurance Company⟧, ⟦S|PO Box 9055⟧, ⟦C|Van Nuys⟧, ⟦STATE|CA⟧ ⟦Z|91409⟧
14. Insurance policy number: ⟦I|Z099-4471280⟧
15. Signature of employer representative: ⟦N|Kyle Brandt⟧   16. Title: Site HR Lead   17. Telephone: ⟦P|909-555-0124⟧
`);

note("adjuster-acknowledgment-letter", `
⟦O|Liberty Mutual Insurance⟧
Workers Compensation Claims · ⟦S|PO Box 7205⟧ · ⟦C|London⟧, ⟦STATE|KY⟧ ⟦Z|40742⟧
Phone ⟦P|1-800-555-0172⟧ ext. ⟦P|44820⟧ · Fax ⟦F|1-603-555-0188⟧

⟦D|October 13, 2099⟧

Mr. ⟦N|Dmitri Volkov⟧
⟦S|77 Pleasant St⟧, Apt 2
⟦C|Worcester⟧, ⟦STATE|MA⟧ ⟦Z|01609⟧

Claim number: ⟦I|WC241-D44718-99⟧
Employer: ⟦O|Bay State Precision Castings⟧
Date of injury: ⟦D|September 30, 2099⟧

Dear Mr. ⟦N|Volkov⟧:

We have received the report of your injury at ⟦O|Bay State Precision Castings⟧ (⟦LO|Millbury foundry⟧). I am the adjuster handling your claim. Your employer's insurance policy (⟦I|WA7-C81-447102-019⟧) pays for reasonable medical care for the injury and, if you lose more than five days of work, weekly benefits.

Please send me the enclosed Medical Authorization and a list of your doctors. Your treating doctor so far is Dr. ⟦N|Siobhan Keane⟧ at ⟦H|UMass Memorial Occupational Health⟧, ⟦S|26 Queen St⟧, ⟦C|Worcester⟧. Prescriptions can be filled through ⟦O|Optum Workers' Comp⟧ (card BIN 004336, member ⟦I|LMW-9914478⟧) at any participating pharmacy.

If your claim is contested, you may contact the ⟦O|Department of Industrial Accidents⟧ at ⟦P|617-555-0100⟧.

Sincerely,
⟦N|Jacqueline Dufresne-Ortiz⟧
Claims Case Manager · ⟦E|jacqueline.dufresne-ortiz@libertymutual.com⟧
`);

note("nurse-case-manager-letter", `
⟦O|Corvel Corporation⟧ — Field Case Management
⟦D|10/13/2099⟧

Dr. ⟦N|Emeka Obi⟧
⟦H|Coastal Bend Orthopaedic & Spine⟧
⟦S|1521 S Staples St⟧, ⟦C|Corpus Christi⟧, ⟦STATE|TX⟧ ⟦Z|78404⟧
Fax: ⟦F|361-555-0128⟧

RE: Injured worker ⟦N|Reynaldo "Rey" Galindo⟧ · DOB ⟦D|03/06/2071⟧ · Claim ⟦I|0991-WC-447120⟧ · Employer ⟦O|Port Aransas Marine Fabricators⟧ · DOI ⟦D|06/14/2099⟧

Dr. ⟦N|Obi⟧,

I am the field nurse case manager assigned by the carrier, ⟦O|Amerisure⟧ (adjuster ⟦N|Heath Crowder⟧, ⟦P|800-555-0166⟧ ext. ⟦P|3381⟧). I attended Mr. ⟦N|Galindo⟧'s visit with your PA ⟦N|Lacey Whitmire⟧ on ⟦D|10/06/2099⟧ (with his permission).

To close the loop on return to work, could you answer the following:
1. Is Mr. ⟦N|Galindo⟧ at maximum medical improvement for the right shoulder? If not, what is the expected date?
2. The employer has a modified job in the tool crib at the ⟦LO|Ingleside fabrication yard⟧ (seated, no overhead reach, lifting < 10 lb). Can he do it? The job description is enclosed.
3. Is the requested second injection (CPT 20610) related to the work injury?

Please fax your answers to ⟦F|866-555-0117⟧. My cell is ⟦P|361-555-0104⟧.

Thank you,
⟦N|Marisela Ybarra⟧, RN, CCM
Field Case Manager · ⟦E|marisela_ybarra@corvel.com⟧
`);

note("ur-denial", `
NOTICE OF UTILIZATION REVIEW DETERMINATION — NON-CERTIFICATION
Review organization: ⟦O|Genex Services⟧ (URAC accredited) · UR case ⟦I|GX-UR-99-7710482⟧ · Date of notice: ⟦D|13 Oct 2099⟧
Claims administrator: ⟦O|Sedgwick Claims Management Services⟧ · Claim ⟦I|30991847122-0001⟧ · Adjuster ⟦N|Noelle Baptiste⟧
Injured employee: ⟦N|Tuan Anh Pham⟧ · DOB ⟦D|09/02/2076⟧ · Employer: ⟦O|Central Valley Almond Hullers⟧ · DOI ⟦D|04/22/2099⟧
Requesting physician: ⟦N|Gurpreet Sandhu⟧, MD, ⟦H|Fresno Spine and Pain Center⟧, ⟦S|7055 N Fresno St⟧, ⟦C|Fresno⟧, ⟦STATE|CA⟧ ⟦Z|93720⟧ · Fax ⟦F|559-555-0115⟧
Request received ⟦D|10/07/2099⟧: lumbar MRI without contrast (72148); lumbar epidural steroid injection L4-5 (62323).
Determination: MRI — CERTIFIED. Epidural injection — NOT CERTIFIED.
Rationale: MTUS guidelines recommend an ESI when radiculopathy is documented by exam and corroborated by imaging; no dermatomal deficit was documented at the ⟦D|09/30/2099⟧ visit and no imaging has been done. Peer-to-peer attempted ⟦D|10/11/2099⟧ 2:15 pm (message left with ⟦N|Karina⟧, MA).
Physician reviewer: ⟦N|Harold Vanderbeek⟧, MD, Physical Medicine & Rehabilitation, ⟦STATE|CA⟧ license ⟦I|G 88417⟧.
Appeal: request Independent Medical Review from the ⟦O|Division of Workers' Compensation⟧ within 30 days (form enclosed).
cc: ⟦N|Tuan Anh Pham⟧, ⟦S|3318 E Olive Ave⟧, ⟦C|Fresno⟧ ⟦Z|93702⟧; applicant attorney ⟦N|Viviana Dominguez⟧, ⟦O|Dominguez & Khalsa LLP⟧.
`);

note("carrier-status-request", `
From: ⟦N|Bryce Albrecht⟧ <⟦E|balbrecht@accidentfundclaims.com⟧>
To: ⟦H|Mercy Occupational Health Dubuque⟧ <⟦E|occhealth.dubuque@mercyiowa.org⟧>
Date: ⟦D|Oct 13, 2099⟧ 9:02 AM
Subject: RE: ⟦N|Hildebrand, Joseph⟧ — claim ⟦I|AF-2099-0114478⟧ — work status?

Hi ⟦N|Carla⟧,

Following up on ⟦N|Joe Hildebrand⟧ (employee # ⟦I|TM-77421⟧ at ⟦O|Tri-State Millwork⟧, ⟦LO|Peosta plant⟧). I have his ⟦D|9/28⟧ visit note but no work status since. The employer says he has been off since ⟦D|10/2⟧. Was he taken off work by Dr. ⟦N|Freiburger⟧ or is he a no-show? I need the status to pay TTD.

Also please confirm his next appointment and whether the shoulder MRI was scheduled at ⟦O|Medical Associates Imaging⟧.

Thanks,
⟦N|Bryce Albrecht⟧ | Claim Representative | ⟦O|Accident Fund Insurance Company of America⟧ | ⟦P|517-555-0193⟧ | fax ⟦F|517-555-0194⟧

---
From: ⟦N|Carla Steffen⟧ <⟦E|csteffen@mercyiowa.org⟧>
Date: ⟦D|Oct 13, 2099⟧ 11:40 AM

⟦N|Bryce⟧ — Dr. ⟦N|Freiburger⟧ took him off work ⟦D|10/02/2099⟧ after the MRI showed a full-thickness supraspinatus tear; note and work status attached. Ortho referral to Dr. ⟦N|Anneliese Krug⟧ (⟦H|Dubuque Orthopaedic Surgeons⟧), appt ⟦D|10/20/2099⟧. Next visit with us ⟦D|10/27⟧. Patient phone on file ⟦P|563-555-0178⟧.
⟦N|Carla Steffen⟧, Occ Health Coordinator, ext. ⟦P|6612⟧
`);

note("impairment-rating-letter", `
⟦H|Great Basin Independent Medical Evaluations⟧
⟦S|4021 S 700 E⟧, Suite 200 · ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ ⟦Z|84107⟧ · ⟦P|801-555-0144⟧

⟦D|October 13, 2099⟧

Ms. ⟦N|Keisha Fontenot⟧, Senior Claims Adjuster
⟦O|WCF Insurance⟧
Via fax ⟦F|801-555-0133⟧

Re: ⟦N|Ahanu Yellowhorse⟧ · Claim ⟦I|WCF-99-4471822⟧ · DOI ⟦D|11/02/2098⟧ · Employer ⟦O|Wasatch Rail Services⟧ (⟦LO|Ogden rail yard⟧)

Dear Ms. ⟦N|Fontenot⟧,

You asked for a permanent impairment rating. I examined Mr. ⟦N|Yellowhorse⟧ today and reviewed the records of ⟦H|McKay-Dee Hospital⟧ (ED ⟦D|11/02/2098⟧), Dr. ⟦N|Soren Pedersen⟧ (orthopaedics, ⟦D|11/2098⟧ to ⟦D|08/2099⟧) and ⟦O|IHC Rehabilitation⟧ physical therapy (38 visits).

Diagnosis: Left calcaneus fracture (intra-articular), ORIF ⟦D|11/09/2098⟧, post-traumatic subtalar arthritis.
MMI: Yes, as of ⟦D|10/13/2099⟧.
Rating (AMA Guides, 5th edition, per ⟦STATE|Utah⟧ rule): Table 17-27, subtalar arthritis, moderate = 10% LE; loss of subtalar motion, mild = 5% LE. Combined 15% lower extremity = 6% whole person.
Apportionment: none; no prior left foot problems.
Future care: orthotics yearly, possible subtalar fusion (about 30%).
Permanent restrictions: no ladders or climbing railcars; walking on ballast limited to 15 minutes per hour.

⟦N|Leif Haraldsen⟧, MD, MPH, CIME
`);

note("records-review-ime", `
RECORDS REVIEW — INDEPENDENT MEDICAL EVALUATION (no examination)
Prepared for: ⟦N|Patrick Gallardo⟧, Esq., ⟦O|Hinshaw, Gallardo & Reyes, P.A.⟧ (defense), ⟦S|201 S Biscayne Blvd⟧, ⟦C|Miami⟧, ⟦STATE|FL⟧ — his file ⟦I|HGR-44718⟧
Claimant: ⟦N|Yusleidy Cabrera Montoya⟧ · DOB ⟦D|05/21/2083⟧ · OJCC case no. ⟦I|99-018847WJC⟧ · Employer/carrier: ⟦O|Sunshine Hospitality Group⟧ / ⟦O|FFVA Mutual⟧ · DOI ⟦D|01/14/2099⟧
Reviewer: ⟦N|Anand Krishnamurthy⟧, MD, Board Certified in Occupational Medicine · report date ⟦D|10/13/2099⟧
Records received (412 pages, Bates HGR 0001-0412):
• ⟦H|Jackson Memorial Hospital⟧ ED ⟦D|01/14/2099⟧ — housekeeper slipped on a wet bathroom floor at the ⟦LO|Coral Tides Resort⟧, ⟦C|Miami Beach⟧; CT head negative; cervical strain.
• ⟦H|Baptist Health Urgent Care⟧ ⟦D|01/16/2099⟧ — Dr. ⟦N|Lazaro Iglesias⟧.
• Authorized treating physician Dr. ⟦N|Monique Saint-Fleur⟧ (⟦H|South Florida Spine Institute⟧), ⟦D|02/2099⟧–⟦D|09/2099⟧: MRI C5-6 disc protrusion; RFA ⟦D|07/08/2099⟧.
• Pre-injury records: ⟦H|Kendall Family Medicine⟧, neck pain documented ⟦D|2096⟧ and ⟦D|2097⟧ (chiropractor ⟦N|Orestes Valdés⟧).
Opinions (within reasonable medical probability): the ⟦D|01/14/2099⟧ accident is the major contributing cause of the cervical strain; the C5-6 protrusion pre-dated it (degenerative, documented in ⟦D|2097⟧); MMI for the strain by ⟦D|07/2099⟧ with 0% impairment; further RFA not related.
I have not examined Ms. ⟦N|Cabrera Montoya⟧ and my opinions may change if I do.
⟦N|A. Krishnamurthy⟧, MD · ⟦E|akrish@occmedreview.com⟧ · ⟦P|305-555-0186⟧
`);

note("federal-duty-status", `
⟦O|U.S. Department of Labor⟧ — ⟦O|Office of Workers' Compensation Programs⟧ — Duty Status Report (Form CA-17)
Side A (employing agency): 1. Employee: ⟦N|Rosario Delgado Pacheco⟧   2. SSN ⟦SSN|447-22-1983⟧   3. Date of injury ⟦D|09/18/2099⟧   4. Occupation: Mail Handler
5. Agency: ⟦O|United States Postal Service⟧, ⟦LO|Phoenix Processing and Distribution Center⟧, ⟦S|4949 E Van Buren St⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85026⟧
6. OWCP claim number: ⟦I|550447118⟧   7. Supervisor: ⟦N|Clarence Whitlow⟧   Phone ⟦P|602-555-0163⟧
Usual work requirements: lift 70 lb, continuous standing 8 h, pushing hampers, reaching above shoulder.
Side B (physician): 8. Description of clinical findings: right lateral epicondylitis, positive Cozen; grip 18 kg R vs 34 kg L.
9. Diagnosis due to injury: yes.  10. Advised to resume work: [X] with restrictions, effective ⟦D|10/14/2099⟧, 8 h/day.
Restrictions: lifting 10 lb right arm, no repetitive gripping/pushing hampers, reaching above shoulder 0 h.
Physician: ⟦N|Dennis Oyelaran-Whitby⟧, MD · ⟦H|Banner Occupational Health Clinic⟧ · ⟦S|1111 E McDowell Rd⟧, ⟦C|Phoenix⟧ · OWCP provider ID ⟦I|OWCP-8817742⟧ · date ⟦D|10/13/2099⟧
Next appointment ⟦D|10/27/2099⟧. Employee's union: ⟦O|NPMHU Local 320⟧ (steward ⟦N|Ana Luisa Ybarra⟧).
`);

note("silica-surveillance", `
Respirable Crystalline Silica Medical Surveillance Exam (29 CFR 1926.1153)   Exam date: ⟦D|2099-10-13⟧
Employee: ⟦N|Kristijan Marković⟧   DOB ⟦D|2068-06-05⟧   Employee ID ⟦I|MS-20471⟧   Occupation: countertop fabricator (engineered stone), 9 years
Employer: ⟦O|Stonecraft Surfaces of Tucson⟧, ⟦S|3290 W Ina Rd⟧, ⟦C|Tucson⟧, ⟦STATE|AZ⟧ ⟦Z|85741⟧ — shop foreman ⟦N|Gabriel Leyva⟧ ⟦P|520-555-0121⟧
PLHCP: ⟦N|Beatriz Olmedo⟧, MD, ⟦H|Sonoran Occupational & Environmental Medicine⟧, ⟦S|2800 E Ajo Way⟧, ⟦C|Tucson⟧ ⟦Z|85713⟧
Exposure: dry cutting until ⟦D|2095⟧, wet since; half-face P100 "most of the time". Prior shop: ⟦O|Desert Stone Works⟧, ⟦C|Nogales⟧ (⟦D|2090⟧–⟦D|2094⟧).
Symptoms: dry cough 1 year, dyspnea on stairs. Smoking: never.
Chest x-ray ⟦D|10/06/2099⟧ (ILO classification, B Reader ⟦N|Hyun-Woo Park⟧, MD, NIOSH B Reader # ⟦I|B-4471⟧): small rounded opacities p/q, profusion 1/1, upper zones. No large opacity.
Spirometry: FEV1 3.02 L (78%), FVC 3.71 L (77%), FEV1/FVC 0.81 — mild restriction. TB IGRA negative.
Written opinion to employer (no diagnosis disclosed): may continue to wear respirator; re-exam in 1 year.
Written opinion to employee: findings consistent with silicosis; referred to Dr. ⟦N|Nasrin Tehrani⟧, pulmonology (⟦H|Banner University Medical Center Tucson⟧), and to the ⟦O|Arizona Industrial Commission⟧ for a claim; HRCT ordered. Notified ⟦O|Pima County Health Department⟧ (silicosis is reportable).
Employee phone ⟦P|520-555-0189⟧ · portal user ⟦UN|kmarkovic68⟧
`);

note("lead-surveillance-letter", `
⟦H|Bayview Occupational and Environmental Health Clinic⟧
⟦S|600 Martin Luther King Jr Blvd⟧, ⟦C|Savannah⟧, ⟦STATE|GA⟧ ⟦Z|31401⟧ · ⟦P|912-555-0137⟧

⟦D|October 13, 2099⟧

To: ⟦N|Wendell Pruitt⟧, Plant Manager, ⟦O|Coastal Battery Recycling LLC⟧, ⟦LO|Port Wentworth smelter⟧
Re: Lead medical surveillance — medical removal

Employee: ⟦N|Ricardo Almonte Sosa⟧ (employee ID ⟦I|CBR-10447⟧), furnace operator

Mr. ⟦N|Pruitt⟧,

Mr. ⟦N|Almonte Sosa⟧'s blood lead level on ⟦D|09/29/2099⟧ was 52 µg/dL (lab ⟦O|Labcorp⟧, accession ⟦I|LC-2099-2714418⟧); the confirmation on ⟦D|10/10/2099⟧ was 55 µg/dL. Under 29 CFR 1910.1025(k) he must be removed from work with lead exposure at or above the action level, with medical removal protection benefits, effective today.

He may work in areas below the action level (for example the scale house or the ⟦LO|Garden City warehouse⟧). He may return to the furnace area after two consecutive levels below 40 µg/dL. Next draw: ⟦D|11/10/2099⟧.

I have also discussed with him take-home lead (his children ages 2 and 5 should be tested; referred to ⟦O|Chatham County Health Department⟧, ⟦P|912-555-0182⟧) and hand-to-mouth exposure in the lunchroom.

⟦N|Ngozi Adeyemi-Holt⟧, MD, MPH
cc: ⟦N|Ricardo Almonte Sosa⟧, ⟦S|PO Box 30418⟧, ⟦C|Port Wentworth⟧, ⟦STATE|GA⟧ ⟦Z|31407⟧; ⟦O|Georgia Department of Public Health⟧ ABLES registry (report ⟦I|GA-ABLES-99-0441⟧)
`);

note("police-ffd-referral", `
CONFIDENTIAL — Fitness-for-Duty Evaluation Referral
From: Chief ⟦N|Lorraine Whitcomb⟧, ⟦O|Gastonia Police Department⟧, ⟦S|200 E Long Ave⟧, ⟦C|Gastonia⟧, ⟦STATE|NC⟧ ⟦Z|28052⟧ · ⟦P|704-555-0120⟧
To: Dr. ⟦N|Malcolm Reyes-Whitfield⟧, PhD, ABPP (police psychology), ⟦H|Piedmont Public Safety Psychology⟧, ⟦C|Charlotte⟧ · ⟦P|704-555-0157⟧ · ⟦E|intake@piedmontpsp.com⟧
Date: ⟦D|10/13/2099⟧
Officer: Sgt. ⟦N|Darnell T. Hargrove⟧, badge ⟦I|4418⟧, employee ⟦I|GPD-00721⟧, 14 years of service, patrol division (C shift)
Reason for referral: after an officer-involved shooting ⟦D|08/30/2099⟧ (internal affairs case ⟦I|IA-99-017⟧; cleared by the ⟦O|State Bureau of Investigation⟧ ⟦D|09/28/2099⟧) Sgt. ⟦N|Hargrove⟧ completed the mandatory debrief with the department's clinician, Dr. ⟦N|Simone Ellis⟧. Since his return to duty ⟦D|09/29/2099⟧: two citizen complaints for discourtesy (⟦D|10/03⟧, ⟦D|10/09⟧), a use-of-force report on ⟦D|10/11/2099⟧ reviewed by Lt. ⟦N|Oscar Villanueva⟧ and found within policy but "escalated quickly", and a partner's report that he is sleeping in the patrol car between calls.
Current status: administrative leave with pay since ⟦D|10/12/2099⟧; service weapon and ID card (⟦I|GPD-ID-0721⟧) held by the professional standards unit.
Records enclosed: job description, the two complaints, the use-of-force report, body-worn camera clip (evidence ⟦I|BWC-99-104477⟧), his last annual evaluation (⟦D|2098⟧). Prior FFD: none.
Employee Assistance: he has used the ⟦O|Cardinal EAP⟧ line (no details requested). He is represented by the ⟦O|Fraternal Order of Police Lodge 34⟧ (⟦N|Brent Yount⟧, ⟦P|704-555-0144⟧).
Question for the evaluator: is he able to perform the essential functions of a police sergeant safely, with or without accommodation? We ask only for a fitness opinion and restrictions, not a diagnosis.
Contact for scheduling: ⟦N|Tamara Quick⟧, HR ⟦P|704-555-0125⟧ ext. ⟦P|230⟧. His cell: ⟦P|980-555-0148⟧.
`);

note("firefighter-annual-exam", `
NFPA 1582 Annual Medical Evaluation — ⟦O|Casper Fire-EMS Department⟧
Member: Engineer ⟦N|Colton J. Brinkerhoff⟧   DOB ⟦D|03/17/2070⟧   Personnel # ⟦I|CFD-1182⟧   Station 3 (B shift)
Exam date: ⟦D|Oct 13, 2099⟧   Clinic: ⟦H|Wyoming Medical Center Occupational Health⟧, ⟦S|1233 E 2nd St⟧, ⟦C|Casper⟧, ⟦STATE|WY⟧ ⟦Z|82601⟧
History: knee scope ⟦D|2096⟧. Father MI at 52. Exposures logged this year: 2 structure fires with overhaul without SCBA (⟦D|03/2099⟧), the ⟦LO|Poison Spider Creek⟧ wildland fire (⟦D|07/2099⟧).
Vitals: BP 136/86, HR 64, BMI 29.8, body fat 22%. Vision 20/20 OU, color normal. Audiogram: mild notch 4 kHz L, stable vs ⟦D|2098⟧.
Tests: lipids LDL 162 (up from 131), A1c 5.6, CBC/CMP normal. Spirometry normal. Exercise stress test 13.4 METs, no ischemia (Dr. ⟦N|Haugen⟧ read). Low-dose CT not indicated. Skin check: 6 mm irregular nevus L back → referred to ⟦H|Casper Dermatology⟧.
Cancer screening: occupational PSA and FIT per department policy — PSA 0.9.
Determination: Medically qualified for all essential job tasks (Category B conditions: none). SCBA clearance renewed; fit test with the Scott AV-3000 HT (medium) passed (fit factor > 10,000).
Physician: ⟦N|Marit Haugen⟧, MD ⟦N|MH⟧   Report to Fire Chief ⟦N|Dean Kaczmarek⟧: qualified (no medical details). Member copy mailed to ⟦S|2416 Bryan Stock Trl⟧, ⟦C|Casper⟧ ⟦Z|82609⟧.
`);

note("employee-health-preplacement", `
⟦H|Memorial Hermann Employee Health Services⟧ — New Hire Clearance
Name: ⟦N|Ngozi Chukwuemeka-Ross⟧   Position: RN, Neonatal ICU   Hire date: ⟦D|11/02/2099⟧   Employee ID: ⟦I|E01144827⟧   Badge: ⟦I|MH-447102⟧
DOB ⟦D|10/04/2071⟧   Phone ⟦P|832-555-0152⟧   Email ⟦E|ngozi.cross@gmail.com⟧   Visit ⟦D|10/13/2099⟧
Immunity:
- MMR: 2 doses documented (⟦D|2072⟧, ⟦D|2076⟧, record from ⟦O|Lagos State Ministry of Health⟧) — accepted.
- Varicella: IgG positive (⟦D|09/2099⟧, ⟦O|Quest⟧).
- Hepatitis B: 3-dose series ⟦D|2093⟧; anti-HBs 8 mIU/mL (non-immune) → booster today, titer in 4-8 weeks.
- Tdap ⟦D|2096⟧. Influenza given today (lot FL4471). COVID-19 per policy: declined, exemption form on file.
TB: IGRA negative (⟦D|10/13/2099⟧). Symptom screen negative.
Respirator: N95 fit test — 3M 1870+ passed; Halyard fluidshield failed (chin leak).
Latex allergy: none. Back history: none. Lifting: able to lift 50 lb (patient handling with lift equipment).
Previous employer: ⟦H|Ben Taub Hospital⟧ (NICU, ⟦D|2094⟧–⟦D|2099⟧), verified by ⟦N|Olivia Tran⟧ (HR).
Cleared for duty: yes, pending HBV titer. Reviewed by ⟦N|Soledad Arriaga⟧, NP (⟦N|SA⟧), Employee Health, ⟦S|6411 Fannin St⟧, ⟦C|Houston⟧, ⟦STATE|TX⟧ ⟦Z|77030⟧ · ext. ⟦P|7-4410⟧
`);

note("hazwoper-exam", `
HAZWOPER Medical Surveillance (29 CFR 1910.120(f)) — periodic exam
Employee: ⟦N|Phuong Linh Vo⟧   Employee no. ⟦I|0044-7182⟧   Company: ⟦O|Gulf Environmental Response, LLC⟧, ⟦S|9800 Airline Hwy⟧, ⟦C|Baton Rouge⟧, ⟦STATE|LA⟧ ⟦Z|70816⟧
Site history this year: ⟦LO|Bayou Sorrel tank farm⟧ spill (crude, Level C, ⟦D|03/2099⟧); ⟦LO|Scotlandville rail yard⟧ derailment (vinyl chloride, Level B, ⟦D|06/22/2099⟧–⟦D|06/25/2099⟧); routine drum work.
Exam date ⟦D|10/13/2099⟧ at ⟦H|Ochsner Occupational Health – Baton Rouge⟧, provider ⟦N|Jean-Luc Fontenot⟧, MD.
Symptoms since ⟦D|06/2099⟧: headaches resolved; no dyspnea.
Labs: CBC normal, CMP normal (ALT 24), UA normal, heavy metals not indicated. Spirometry FEV1 102%. Audiogram stable. Vision 20/20.
Cleared for Level A/B/C work including SCBA and chemical protective clothing; heat stress counseling (BMI 23).
Next periodic exam due ⟦D|10/2100⟧; post-incident exam if exposure above PEL.
Written opinion sent to ⟦N|Darryl Boudreaux⟧, H&S Manager, ⟦E|dboudreaux@gulfenvresponse.com⟧, fax ⟦F|225-555-0156⟧. Employee copy to ⟦S|1446 Highland Rd⟧, ⟦C|Baton Rouge⟧ ⟦Z|70802⟧.
`);

note("pr2-progress-report", `
PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2)
Check the box: [X] Periodic report (every 45 days)   [ ] Change in treatment plan   [ ] Released from care
Patient: ⟦N|Leticia Arambula Soto⟧   Sex F   DOB ⟦D|07/29/2079⟧   Claim number: ⟦I|ADJ-11847702⟧   Employer: ⟦O|Golden State Tomato Growers⟧   Date of injury ⟦D|07/18/2099⟧
Claims administrator: ⟦O|Berkshire Hathaway Homestate Companies⟧ ⟦S|PO Box 881716⟧, ⟦C|San Francisco⟧, ⟦STATE|CA⟧ ⟦Z|94188⟧ · adjuster ⟦N|Devin Matsumura⟧ · phone ⟦P|415-555-0130⟧ · fax ⟦F|415-555-0131⟧
Subjective: Better. Right shoulder pain 3/10 (was 7/10), still aching with overhead reach loading bins. Sleep better.
Objective: Flexion 165, abduction 160, Hawkins negative, strength 5-/5 ER. No atrophy.
Diagnostic studies: MRI R shoulder ⟦D|08/15/2099⟧ (⟦O|Stockton Open MRI⟧): supraspinatus tendinosis, no tear.
Diagnoses: M75.41 impingement R shoulder (work-related).
Treatment plan: finish PT (4 more at ⟦O|Delta Physical Therapy⟧, ⟦C|Stockton⟧), home exercise program, naproxen 500 mg bid prn.
Work status: [X] Modified work: no lifting > 20 lb above shoulder, no reaching above shoulder more than 10 min/hour, through ⟦D|11/10/2099⟧. Employer ⟦N|Teodoro Castañeda⟧ (field supervisor, ⟦LO|French Camp packing shed⟧) confirms modified work is available.
Next visit ⟦D|11/10/2099⟧. Expect MMI in 4-6 weeks.
Signature: ⟦N|Raymundo Esparza⟧, MD   Specialty: Occupational Medicine   Date ⟦D|10/13/2099⟧   Address: ⟦H|San Joaquin Occupational Medical Group⟧, ⟦S|2350 W March Ln⟧, ⟦C|Stockton⟧, ⟦STATE|CA⟧ ⟦Z|95207⟧ · ⟦P|209-555-0111⟧ · license ⟦I|A 133847⟧
`);

note("north-slope-camp-medic", `
Camp Medic Encounter — ⟦O|Arctic Frontier Drilling⟧   ⟦LO|Kuparuk CPF-2 Camp⟧, ⟦C|Prudhoe Bay⟧, ⟦STATE|AK⟧   ⟦D|10/13/2099⟧ 21:35
Medic: ⟦N|Shawna Nakamura-Fitch⟧, NRP, CPP (⟦O|North Slope Medical Services⟧)   Remote physician: Dr. ⟦N|Tobias Amundsen⟧ via radio/phone (⟦H|Alaska Industrial Medicine⟧, ⟦C|Anchorage⟧, ⟦P|907-555-0190⟧)
Patient: ⟦N|Sione Havili⟧   Employee # ⟦I|AFD-58810⟧   DOB ⟦D|02/11/2081⟧   Crew: floorhand, ⟦LO|Arctic Frontier Rig 7⟧ (pad ⟦LO|2T-14⟧), hitch day 11 of 14
Home: ⟦S|91-1047 Kaiau Ave⟧, ⟦C|Kapolei⟧, ⟦STATE|HI⟧ ⟦Z|96707⟧ · wife ⟦N|Mele Havili⟧ ⟦P|808-555-0163⟧
CC: R hand cold injury. Worked 3 h on the rig floor at -38 F wind chill changing out a valve; liner glove soaked, outer mitt off for fine work.
Exam: R 2nd-4th fingertips white, waxy, numb; after rewarming in 40 C water x 30 min: clear blisters index and middle tips, cap refill 3 s. No deep tissue involvement yet.
Assessment: superficial-to-partial frostbite R fingers (2nd degree). Per Dr. ⟦N|Amundsen⟧: ibuprofen 400 q6h, aloe, no rubbing, no return to outdoor work.
Plan: medevac not required; crew-change flight ⟦D|10/14/2099⟧ to ⟦C|Anchorage⟧ via ⟦O|Alaska Airlines⟧ charter; appointment ⟦H|Providence Alaska Medical Center⟧ wound clinic ⟦D|10/15/2099⟧.
Incident report ⟦I|AFD-HSE-99-0213⟧ to HSE lead ⟦N|Kurt Lundquist⟧ (⟦E|klundquist@arcticfrontier.com⟧). Workers' comp: ⟦O|Alaska National Insurance⟧, policy ⟦I|ANIC-WC-448127⟧.
Satellite phone log: camp clinic ⟦P|907-555-0177⟧.
`);
write();
