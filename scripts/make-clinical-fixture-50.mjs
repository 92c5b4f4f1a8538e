// Why this file exists: builds test/fixtures/clinical-notes-50.jsonl, a fiftieth labelled set of clinical texts written
// by hand in stop 54 to measure the tree blind: written without reading the name detector (assembly/, src/) or running
// it on these texts (fixtures 47 and 48's generators, fixture-io.mjs, test/clinical-notes-48.test.ts, stop 53's fx53 and
// fy53 sections of docs/names-rounds.md and the opening comments of the other generators were read for the form, the
// labels and the registers already held; fixture 49, written blind at the same time by another helper, was not read), in
// the register of AMBULATORY PRIMARY CARE AND THE SMALL SPECIALTIES, which no earlier fixture holds as a whole: adult
// annual and Medicare wellness visits, chronic-care-management calls, nurse triage phone lines and after-hours
// answering-service logs, patient portal messages and replies, telehealth visits, refill requests and pharmacy calls,
// lab-result letters to patients, dictated referral and consult letters, school, camp, sports and DOT physical forms,
// immunisation registry printouts, dental charts and treatment plans, optometry and ophthalmology visits and a glasses
// prescription, ENT and audiology (hearing-aid fittings with serials), dermatology (a mole map, a Mohs note, a pathology
// letter), podiatry, a travel clinic, behavioural-health integration notes, early-intervention and WIC referrals,
// front-desk scheduling notes and billing statements and calls. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Rutland, Brattleboro and Bellows Falls; Lewiston,
// Auburn and Rumford; Las Cruces, Deming and Truth or Consequences; Yuma and San Luis; Valdosta and Quitman; Asheville,
// Boone, Hickory and Marion; Bowling Green and Glasgow; Cookeville and Crossville; Zanesville and Athens (Ohio);
// Morgantown and Fairmont; Mankato and St. Peter; Pueblo and Canon City; Provo, Orem and Ogden; Yakima, Wenatchee and
// Toppenish; El Paso and Socorro; Gainesville and Ocala; Hilo and Pahoa; Bethel; Dubuque; Keene; abroad Lima, Nairobi,
// Kathmandu and Manila.
// PHI forms sought: names of many origins (Peruvian and Mexican with two surnames, Dominican, Kenyan (Kikuyu, Luo),
// Ethiopian and Eritrean, Somali, Filipino, Native Hawaiian, Yup'ik, Lao, Karen, Bhutanese Nepali, Bosnian, Greek,
// Italian and French with particles ("DI STEFANO", "de la Cruz", "LE BLANC"), Dutch ("van der Meulen"), German
// ("von Ahlefeldt"), Irish and Scottish ("O'Rourke", "MacInnes"), Jewish, Chinese, Japanese, Korean, Vietnamese, Afghan,
// Iraqi, Russian, Romanian, Portuguese, Appalachian, Navajo), nicknames in quotes and parentheses, hyphenated surnames,
// surnames alone after a title, "LAST, FIRST" rows in schedules and registry printouts, relatives, guardians and
// school staff, clinicians with credentials, staff initials and sign-offs; dates as "04/09/2099", "4/9/99",
// "09-APR-2099", "2099-04-09", "April 9th, 2099", "Apr 9", "9 April 2099", "040999" on a form, month and year, a bare
// year, dates in portal headers and text threads; ages over 89; phones, faxes, pagers, extensions, emails, URLs, an IP
// (a portal's audit row); MRNs and chart numbers (dental and optometry charts), account, statement, claim, referral,
// authorisation, prior-auth, Rx, NPI, DEA, CDL and driver licence, DOT medical examiner registry, passport, school
// student, WIC family, EI child, registry (IIS) client, ticket, call, confirmation and encounter numbers; member,
// Medicare (MBI), Medicaid, group and vision and dental plan numbers; device serials (hearing aids and their charger,
// a CPAP, a glucometer, a home BP cuff, a dermatoscope's asset tag); portal user names; a vehicle's plate.
// Hard negatives: drugs and vaccines (lisinopril, atorvastatin, metformin, Ozempic, Jardiance, levothyroxine, Shingrix,
// Tdap (Boostrix), Prevnar 20, Arexvy, Fluzone High-Dose, Gardasil 9, MMR, Vaxchora, Typhim Vi, Ixiaro, malarone,
// amoxicillin, Augmentin, triamcinolone, clobetasol, tretinoin, Efudex, terbinafine, Flonase, sertraline, bupropion,
// Narcan), devices' and lenses' model names (Phonak Audeo Lumity 90, Oticon Real 1, Roger On, AirSense 10, Contour
// Next, Omron, Acuvue Oasys, Varilux, Transitions, DermLite DL5), scores, scales and tests (PHQ-9, PHQ-2, GAD-7,
// AUDIT-C, Mini-Cog, MoCA, ASCVD, STOP-BANG, Snellen, Ishihara, Amsler grid, Tanner, Romberg, Weber, Rinne,
// Dix-Hallpike, Breslow, Clark level, ASQ-3, M-CHAT-R, Beighton, Fitzpatrick, Monofilament, ABI), lab names (A1c, TSH,
// lipid panel, CMP, PSA, UACR, Quantiferon, Cologuard), eponyms (Hashimoto, Morton's neuroma, Eustachian), and "Will",
// "Grace", "Hope", "Bill", "Mark", "Faith" and "Rose" as words.
// Labelling follows fixtures 47 and 48 exactly: weekdays and holidays are `ignored` (DAY), as are states, countries and
// patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI, and an
// age over 89 is the number only; clinicians', nurses', staff and students' initials are PHI; titles, degrees,
// credentials, relations and cue words stay outside the name; "the" stays outside a facility; rooms, operatories,
// exam lanes and tooth numbers are left unlabelled; clinics, practices seen as places of care, dental and eye clinics,
// urgent cares, hospitals, health centres and nursing homes with a place's or a proper name are HOSPITAL; insurers,
// vision and dental plans, pharmacies, labs, answering services, device makers, hearing-aid makers, schools, camps,
// employers, carriers, WIC and early-intervention programmes run by a body, health departments, registries run by a
// body and charities are ORGANIZATION (a pharmacy's store number stays inside its name); counties and landmarks are
// LOCATION-OTHER; P.O. boxes are STREET; MRNs and charts are MRN; member, subscriber, Medicare (MBI), Medicaid, group and
// policy numbers of health plans HEALTHPLAN; account, statement, claim, referral, authorisation, Rx, NPI, DEA, licence,
// registry, passport, student, family, client, ticket, call, confirmation and encounter numbers ID; vehicles' plates ID;
// user ids USERNAME; serials and asset tags of devices DEVICE; extensions and pagers PHONE. Lot numbers, form numbers
// (MCSA-5875), CPT, CDT, ICD and NDC codes, tooth numbers and lens powers stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large payers, labs and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-48 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-50.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-50.jsonl", "make-clinical-fixture-50");

// ======================================================== ALL CAPS (10) ========================================================

note("medicare-awv-caps", `
MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT) - ⟦H|GREEN MOUNTAIN FAMILY HEALTH⟧, ⟦S|114 WOODSTOCK AVE⟧, ⟦C|RUTLAND⟧ ⟦STATE|VT⟧ ⟦Z|05701⟧
DATE OF SERVICE: ⟦D|04/09/2099⟧   PT: ⟦N|DESROCHERS, YVETTE LOUISE⟧   DOB ⟦D|02/14/1931⟧   AGE ⟦A|94⟧   MRN ⟦M|GMFH-0082214⟧
MEDICARE MBI ⟦HP|7KQ4-TW2-MX81⟧   SECONDARY ⟦O|VERMONT BLUE ADVANTAGE⟧ MEMBER ⟦HP|VBA770142188⟧
PCP: ⟦N|CORNELIUS ABERNETHY-LOWE⟧, MD   VISIT BY ⟦N|HALEY PIZZUTO⟧, RN (CARE COORDINATOR)   ROOMED BY ⟦N|T. MBEKI⟧, MA
ACCOMPANIED BY DAUGHTER ⟦N|MONIQUE DESROCHERS-TATE⟧ (HCP) ⟦P|802-555-0143⟧, WHO LIVES IN ⟦C|BELLOWS FALLS⟧.
HEALTH RISK ASSESSMENT: LIVES ALONE AT ⟦H|MAPLEWOOD COMMONS ASSISTED LIVING⟧ SINCE ⟦D|2096⟧. FALLS X1 (⟦D|JAN 2099⟧, NO INJURY). USES WALKER.
SCREENS: PHQ-2 = 1. MINI-COG 3/5. HEARING - WEARS AIDS (FIT AT ⟦H|CONNECTICUT RIVER AUDIOLOGY⟧ ⟦D|2097⟧). VISION - SNELLEN 20/40 OU.
TIMED UP AND GO 16 SEC. ADVANCE DIRECTIVE ON FILE (SCANNED ⟦D|11/03/2098⟧). POLST: DNR/SELECTIVE TREATMENT.
IMMUNIZATIONS: FLUZONE HIGH-DOSE ⟦D|10/02/2098⟧; SHINGRIX #2 ⟦D|03/30/2097⟧; PREVNAR 20 ⟦D|2096⟧; AREXVY DUE - PT DEFERS.
SCREENING SCHEDULE: NO FURTHER COLON OR BREAST SCREENING (AGE). DEXA ⟦D|08/2098⟧ T -2.9 ON ALENDRONATE.
REFERRALS: ⟦O|SOUTHWESTERN VERMONT COUNCIL ON AGING⟧ (CASE MGR ⟦N|PAULETTE GRANDCHAMP⟧ ⟦P|802-555-0167⟧ EXT ⟦P|23⟧); PT AT ⟦H|RUTLAND REGIONAL MEDICAL CENTER⟧ OUTPATIENT REHAB.
PERSONALIZED PREVENTION PLAN GIVEN. NEXT AWV ON OR AFTER ⟦D|04/10/2100⟧. ⟦N|HP⟧/⟦N|TM⟧   COSIGN ⟦N|CAL⟧ ⟦D|4/9/99⟧
`);

note("dot-physical-caps", `
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (FORM MCSA-5875)
EXAMINER: ⟦N|REGINALD OKONKWO-BLAIR⟧, DO   NATIONAL REGISTRY # ⟦I|3318204417⟧   CLINIC: ⟦H|MESILLA VALLEY OCCUPATIONAL HEALTH⟧, ⟦S|2201 E LOHMAN AVE⟧, ⟦C|LAS CRUCES⟧ ⟦STATE|NM⟧ ⟦Z|88001⟧   PH ⟦P|575-555-0110⟧   FAX ⟦F|575-555-0111⟧
DRIVER: ⟦N|VILLALOBOS ECHEVERRIA, JESUS ARMANDO⟧   DOB ⟦D|07/21/1968⟧   CDL # ⟦I|NM-068841273⟧ CLASS A   ⟦STATE|NM⟧
ADDRESS: ⟦S|1408 CALLE DEL NORTE⟧, ⟦C|DEMING⟧ ⟦STATE|NM⟧ ⟦Z|88030⟧   CELL ⟦P|(575) 555-0192⟧   EMPLOYER: ⟦O|CHIHUAHUAN DESERT FREIGHT LLC⟧
EXAM DATE ⟦D|09-APR-2099⟧   NEW CERT [ ] RECERT [X]   PRIOR CERT EXPIRED ⟦D|04/15/2099⟧
HEALTH HISTORY: HTN ON LISINOPRIL 20, T2DM ON METFORMIN (NOT INSULIN), OSA ON CPAP - COMPLIANCE DOWNLOAD FROM AIRSENSE 10 SN ⟦DEV|23171144882⟧ SHOWS 6.4 H/NIGHT, 94% OF NIGHTS >= 4 H.
VISION: R 20/25 L 20/30 BOTH 20/25 UNCORRECTED. ISHIHARA - RECOGNIZES RED/GREEN/AMBER. HEARING: FORCED WHISPER 5 FT BILAT.
BP 138/86, P 78. URINE: SP GR 1.020, PROTEIN NEG, BLOOD NEG, SUGAR NEG.
DETERMINATION: MEETS STANDARDS - 1 YEAR CERT (HTN, OSA). EXPIRES ⟦D|04/09/2100⟧. MED CERT # ⟦I|MVOH-99-04471⟧.
DRIVER SIGNATURE ⟦N|J.A. VILLALOBOS⟧   EXAMINER ⟦N|R. OKONKWO-BLAIR⟧ ⟦D|040999⟧   COPY FAXED TO ⟦O|CHIHUAHUAN DESERT FREIGHT⟧ SAFETY (⟦N|BRENDA KAUFUSI⟧) ⟦F|575-555-0158⟧
`);

note("answering-service-caps", `
⟦O|TRI-COUNTY MEDICAL ANSWERING SERVICE⟧ - AFTER HOURS MESSAGE LOG - ACCOUNT ⟦I|4471⟧ ⟦H|BLUE RIDGE FAMILY PRACTICE⟧ (⟦C|BOONE⟧)
ON CALL ⟦DAY|SATURDAY⟧ ⟦D|04/11/2099⟧: DR. ⟦N|ELLSWORTH TEAGUE⟧ CELL ⟦P|828-555-0121⟧   BACKUP NP ⟦N|ROSALIE CHAVIS⟧ ⟦P|828-555-0128⟧
MSG# ⟦I|A-88214⟧ 1912 CALLER ⟦N|DELLA MAE ISENHOUR⟧ (MOTHER) RE ⟦N|ISENHOUR, KAYDEN⟧ DOB ⟦D|03/02/2093⟧ CB ⟦P|828-555-0164⟧
  FEVER 103.1 SINCE THIS AM, EAR PAIN. GAVE MOTRIN 1500. NO RASH. ⟦N|ET⟧ RETURNED CALL 1926 - ADVISED OTC, OFFICE ⟦DAY|MONDAY⟧. -⟦N|KW⟧
MSG# ⟦I|A-88219⟧ 2047 CALLER ⟦N|HOYT GRAGG⟧ DOB ⟦D|11/19/1952⟧ CB ⟦P|828-555-0177⟧ PHARMACY ⟦O|WATAUGA DRUG #3⟧ ⟦P|828-555-0150⟧
  OUT OF ELIQUIS, PHARMACY NEEDS AUTH. DR ⟦N|TEAGUE⟧ CALLED IN 5 DAYS 2101. -⟦N|KW⟧
MSG# ⟦I|A-88226⟧ 2318 CALLER ⟦N|PRIYA VENKATARAMAN⟧ RE HUSBAND ⟦N|ARJUN⟧ CB ⟦P|828-555-0133⟧
  CHEST PAIN, SWEATY - OPERATOR ADVISED 911 PER PROTOCOL, PATCHED TO ⟦O|WATAUGA COUNTY EMS⟧. DR NOTIFIED 2320. -⟦N|BJ⟧
MSG# ⟦I|A-88231⟧ 0204 ⟦DAY|SUNDAY⟧ CALLER ⟦N|FAYE "SISSY" ROMINGER⟧ DOB ⟦D|08/08/1928⟧ AGE ⟦A|90⟧ CB ⟦P|828-555-0186⟧ AT ⟦H|GLENBRIDGE HEALTH AND REHAB⟧ NURSE ⟦N|LATRICE OXENDINE⟧
  FELL, SKIN TEAR L ARM, NO HEAD STRIKE. NP ⟦N|CHAVIS⟧ RETURNED 0215, ORDERS GIVEN. -⟦N|BJ⟧
OPERATORS: ⟦N|KW⟧ = ⟦N|KENDRA WHITTINGTON⟧, ⟦N|BJ⟧ = ⟦N|BOBBY JOE LACKEY⟧. REPORT EMAILED ⟦E|oncall@blueridgefp-example.com⟧ ⟦D|4/12/99⟧ 0700.
`);

note("immunization-registry-caps", `
⟦O|MAINE IMMUNIZATION INFORMATION SYSTEM⟧ (IMMPACT) - PATIENT IMMUNIZATION HISTORY REPORT   PRINTED ⟦D|04/09/2099⟧ 10:14
CLIENT ID ⟦I|ME-2210448719⟧   NAME: ⟦N|NDAYISHIMIYE, ESPOIR GRACE⟧   DOB ⟦D|06/30/2092⟧   SEX F
MOTHER: ⟦N|NDAYISHIMIYE, CLAUDINE⟧   ADDRESS: ⟦S|77 BATES ST⟧ APT 2, ⟦C|LEWISTON⟧ ⟦STATE|ME⟧ ⟦Z|04240⟧   PHONE ⟦P|207-555-0139⟧
PROVIDER ORG: ⟦H|B STREET HEALTH CENTER⟧ / ⟦H|TRI-COUNTY PEDIATRICS OF AUBURN⟧   PRINTED BY: ⟦UN|DMCCALLUM2⟧
VACCINE            DATE GIVEN     DOSE  LOT        GIVEN AT                           BY
DTAP-IPV-HIB-HEPB  ⟦D|08/29/2092⟧     1     UK284AA    ⟦H|B STREET HEALTH CENTER⟧             ⟦N|S. OUELLETTE⟧ RN
DTAP-IPV-HIB-HEPB  ⟦D|10/31/2092⟧     2     UK301AB    ⟦H|B STREET HEALTH CENTER⟧             ⟦N|S. OUELLETTE⟧ RN
PCV20              ⟦D|10/31/2092⟧     2     FM7742     ⟦H|B STREET HEALTH CENTER⟧             ⟦N|S. OUELLETTE⟧ RN
MMR                ⟦D|07/05/2093⟧     1     X019442    HISTORICAL - ⟦COUNTRY|BURUNDI⟧ CARD
VARICELLA          ⟦D|07/05/2093⟧     1     X011873    HISTORICAL - ⟦COUNTRY|BURUNDI⟧ CARD
DTAP-IPV           ⟦D|09/12/2096⟧     5     AC52B118   ⟦H|TRI-COUNTY PEDIATRICS OF AUBURN⟧    ⟦N|MARGUERITE THIBODEAU⟧ LPN
MMRV               ⟦D|09/12/2096⟧     2     Y004417    ⟦H|TRI-COUNTY PEDIATRICS OF AUBURN⟧    ⟦N|MARGUERITE THIBODEAU⟧ LPN
INFLUENZA          ⟦D|10/20/2098⟧     -     FL8812     ⟦O|WALGREENS #11842⟧ ⟦C|AUBURN⟧              ⟦N|KHALID BARRE⟧ RPH
FORECAST: HPV (GARDASIL 9) DUE AT 9Y (⟦D|06/30/2101⟧); TDAP AT 11Y. SCHOOL CERT COMPLETE FOR ⟦O|MONTELLO ELEMENTARY SCHOOL⟧.
QUESTIONS: IMMPACT HELP DESK ⟦P|207-555-0100⟧, ⟦U|WWW.IMMPACT-ME-EXAMPLE.ORG⟧
`);

note("dental-treatment-plan-caps", `
⟦H|COOKEVILLE FAMILY DENTISTRY⟧ - TREATMENT PLAN   CHART # ⟦M|CFD-10447⟧   PLAN DATE ⟦D|APR 9 2099⟧
PATIENT: ⟦N|PHAM, THANH HUONG⟧ ("⟦N|HELEN⟧")   DOB ⟦D|12/03/1979⟧   HOME ⟦S|340 SPRING ST⟧, ⟦C|CROSSVILLE⟧ ⟦STATE|TN⟧ ⟦Z|38555⟧   CELL ⟦P|931-555-0118⟧
PROVIDER: DR. ⟦N|WINSTON ABERNATHY⟧ DDS (NPI ⟦I|1477208831⟧)   HYGIENIST: ⟦N|CASSIDY VANHOOSER⟧, RDH   ASSIST ⟦N|MJ⟧
INSURANCE: ⟦O|DELTA DENTAL OF TENNESSEE⟧ SUBSCRIBER ⟦N|PHAM, QUOC BAO⟧ (SPOUSE) ID ⟦HP|DDT448201773⟧ GROUP ⟦HP|00418-22⟧ EMPLOYER ⟦O|UPPER CUMBERLAND ELECTRIC⟧
PERIO: GENERALIZED 4-5 MM POCKETS, BOP 30%. FMX TAKEN ⟦D|04/09/99⟧.
PHASE  TOOTH  SURF  CDT    DESCRIPTION                    FEE      INS EST   PT EST
1      UR/LR   -    D4342  SRP 1-3 TEETH PER QUAD          $210.00  $168.00   $42.00
1      UL/LL   -    D4341  SRP 4+ TEETH PER QUAD           $520.00  $416.00   $104.00
2      #19    MOD   D2393  RESIN 3 SURF POST               $245.00  $196.00   $49.00
2      #30     -    D2740  CROWN PORCELAIN/CERAMIC         $1,180.00 $590.00  $590.00
3      #1,16   -    D7210  SURG EXT (REFER ⟦H|UPPER CUMBERLAND ORAL SURGERY⟧, DR. ⟦N|DIMITRIOS KARRAS⟧)
PREDETERMINATION SENT ⟦D|04/10/2099⟧ REF # ⟦I|PD-77120448⟧. PT SIGNED CONSENT. FINANCING OFFERED VIA ⟦O|CARECREDIT⟧ - DECLINED.
NEXT APPT: SRP UR/LR ⟦DAY|TUESDAY⟧ ⟦D|4/21⟧ 8:00 W/ ⟦N|CASSIDY⟧. ⟦N|WA⟧/⟦N|CV⟧
`);

note("glasses-rx-caps", `
⟦H|CLEARVIEW EYE CARE OF MANKATO⟧   ⟦S|1850 MADISON AVE⟧ STE 4, ⟦C|MANKATO⟧ ⟦STATE|MN⟧ ⟦Z|56001⟧   TEL ⟦P|507-555-0161⟧  FAX ⟦F|507-555-0162⟧
SPECTACLE PRESCRIPTION
PATIENT: ⟦N|LINDGREN-OYELOWO, ASTRID⟧   DOB ⟦D|5-17-2061⟧   CHART ⟦M|CV-208814⟧   EXAM ⟦D|04/09/2099⟧
        SPH     CYL     AXIS   ADD    PRISM
OD     -2.25   -0.75    175   +2.00
OS     -2.50   -0.50    005   +2.00
PD 62/59   LENS: PROGRESSIVE (VARILUX), AR COAT, TRANSITIONS OPTIONAL.
EXPIRES ⟦D|04/09/2101⟧. DR. ⟦N|SIOBHAN MACINNES⟧, OD   MN LIC ⟦I|OD-04417⟧   NPI ⟦I|1982207713⟧
VISION PLAN: ⟦O|VSP⟧ MEMBER ⟦HP|XK88201447⟧ (EMPLOYER ⟦O|MINNESOTA STATE UNIVERSITY MANKATO⟧) AUTH ⟦I|VSP-44720198⟧
OPTICIAN ⟦N|ROY DUVALL⟧ ABOC. FRAMES SELECTED ⟦D|4/9⟧; READY CALL ⟦P|507-555-0177⟧ (PT CELL). ⟦N|RD⟧
`);

note("referral-letter-caps", `
⟦H|YAKIMA VALLEY FAMILY MEDICINE⟧
⟦S|402 S 3RD AVE⟧, ⟦C|YAKIMA⟧ ⟦STATE|WA⟧ ⟦Z|98902⟧   PHONE ⟦P|509-555-0140⟧   FAX ⟦F|509-555-0141⟧
⟦D|APRIL 9, 2099⟧
DR. ⟦N|HIROSHI NAKAGAWA-FRYE⟧
⟦H|CASCADE GASTROENTEROLOGY ASSOCIATES⟧
⟦S|1120 N MISSION ST⟧, ⟦C|WENATCHEE⟧ ⟦STATE|WA⟧ ⟦Z|98801⟧
RE: ⟦N|SALGADO QUISPE, ROSA ELENA⟧   DOB ⟦D|01/26/1958⟧   MRN ⟦M|YVFM-334108⟧   REFERRAL # ⟦I|RF-99-20417⟧
DEAR DR. ⟦N|NAKAGAWA-FRYE⟧:
THANK YOU FOR SEEING MRS. ⟦N|SALGADO QUISPE⟧, A 41-YEAR-OLD SPANISH- AND QUECHUA-SPEAKING WOMAN FROM ⟦C|TOPPENISH⟧ (ORIGINALLY ⟦C|CUSCO⟧, ⟦COUNTRY|PERU⟧), FOR IRON DEFICIENCY ANEMIA (HGB 9.1, FERRITIN 4) AND A POSITIVE COLOGUARD ⟦D|03/02/2099⟧. SHE HAS NEVER HAD A COLONOSCOPY.
PMH: H. PYLORI TREATED ⟦D|2094⟧ AT ⟦H|CLINICA SAN MARTIN DE PORRES⟧ IN ⟦C|LIMA⟧. MEDS: FERROUS SULFATE, OMEPRAZOLE 20. FAMILY HX: BROTHER ⟦N|ALFREDO⟧ - COLON CANCER AT 50.
SHE WILL NEED AN INTERPRETER (SPANISH; QUECHUA VIA ⟦O|CYRACOM⟧). HER DAUGHTER ⟦N|MARISOL SALGADO⟧ ⟦P|509-555-0183⟧ HELPS WITH SCHEDULING.
COVERAGE: ⟦O|APPLE HEALTH⟧ (⟦O|MOLINA⟧) ID ⟦HP|100447821WA⟧. PRIOR AUTH ⟦I|MHW-2099-44180⟧ VALID TO ⟦D|07/09/2099⟧.
SINCERELY,
⟦N|GWENDOLYN ACHTERHOF⟧, MD
DICTATED ⟦D|04/09/99⟧ / TRANSCRIBED ⟦D|04/10/99⟧ ⟦N|LK⟧   JOB ⟦I|884172⟧
CC: ⟦N|ROSA SALGADO QUISPE⟧ (PATIENT)
`);

note("billing-statement-caps", `
⟦H|GOLDEN TRIANGLE INTERNAL MEDICINE⟧ - PATIENT STATEMENT
REMIT TO: ⟦S|P.O. BOX 2217⟧, ⟦C|VALDOSTA⟧ ⟦STATE|GA⟧ ⟦Z|31604⟧   BILLING QUESTIONS ⟦P|229-555-0190⟧ MON-FRI 8-4:30   PAY ONLINE ⟦U|WWW.GTIM-PAY-EXAMPLE.COM⟧
STATEMENT DATE ⟦D|04/09/2099⟧   ACCOUNT # ⟦I|GT-00447812⟧   STATEMENT # ⟦I|S9904-11827⟧   DUE BY ⟦D|05/04/2099⟧
GUARANTOR: ⟦N|BELLAMY, THADDEUS O⟧   ⟦S|918 MOCKINGBIRD LN⟧, ⟦C|QUITMAN⟧ ⟦STATE|GA⟧ ⟦Z|31643⟧
PATIENT          DATE        CPT    DESCRIPTION                     CHARGE   INS PAID  ADJ     BALANCE
⟦N|BELLAMY, THADDEUS⟧ ⟦D|02/18/2099⟧  99214  OFFICE VISIT EST LVL 4          $188.00  $112.40   $41.60  $34.00
⟦N|BELLAMY, THADDEUS⟧ ⟦D|02/18/2099⟧  80053  CMP                              $42.00   $18.22    $15.78  $8.00
⟦N|BELLAMY, ODESSA⟧   ⟦D|03/05/2099⟧  G0439  ANNUAL WELLNESS VISIT SUBSEQ     $174.00  $174.00   $0.00   $0.00
⟦N|BELLAMY, ODESSA⟧   ⟦D|03/05/2099⟧  90662  FLU VACC HIGH DOSE               $68.00   $68.00    $0.00   $0.00
PRIMARY INS: ⟦O|AMBETTER FROM PEACH STATE HEALTH PLAN⟧ ID ⟦HP|U7102448193⟧ CLAIM # ⟦I|2099049K11827⟧
MEDICARE (⟦N|ODESSA⟧) MBI ⟦HP|2WF8-KR4-PN66⟧
AMOUNT DUE: $42.00. YOUR PROVIDER: DR. ⟦N|ADAEZE NWOSU-HARTLEY⟧. FINANCIAL COUNSELOR ⟦N|TAMMY LOFTIS⟧ EXT ⟦P|3318⟧.
NOTE: PAYMENT PLAN AVAILABLE. ACCOUNTS OVER 120 DAYS MAY BE SENT TO ⟦O|SOUTHERN PINES COLLECTION BUREAU⟧.
`);

note("sports-physical-caps", `
PREPARTICIPATION PHYSICAL EVALUATION - ⟦O|BOWLING GREEN INDEPENDENT SCHOOLS⟧ ATHLETICS   SCHOOL YEAR ⟦D|2099-2100⟧
ATHLETE: ⟦N|HADZIC, AMAR⟧   DOB ⟦D|10/04/2083⟧   AGE 15   GRADE 10   SCHOOL ⟦O|BOWLING GREEN HIGH SCHOOL⟧   STUDENT ID ⟦I|BGHS-228147⟧
SPORTS: SOCCER, TRACK   PARENT/GUARDIAN: ⟦N|SELMA HADZIC⟧ ⟦P|270-555-0124⟧   ADDRESS ⟦S|1512 SCOTTSVILLE RD⟧, ⟦C|BOWLING GREEN⟧ ⟦STATE|KY⟧ ⟦Z|42104⟧
HISTORY: NO SYNCOPE WITH EXERTION. NO FAMILY HX SUDDEN DEATH < 50 (UNCLE ⟦N|EMIR⟧ - MI AT 61 IN ⟦C|TUZLA⟧). CONCUSSION X1 ⟦D|SEPT 2098⟧, CLEARED BY DR. ⟦N|LAUREN VOGELSANG⟧ (⟦H|WESTERN KENTUCKY SPORTS MEDICINE⟧).
EXAM: HT 5'10" WT 142 LB BP 116/70 P 58. VISION 20/20 BOTH. NO MURMUR SUPINE OR STANDING. BEIGHTON 2/9. TANNER 4.
CLEARANCE: CLEARED FOR ALL SPORTS WITHOUT RESTRICTION.
EXAMINER: ⟦N|DWAYNE PENNYBACKER⟧, PA-C   ⟦H|FAIRVIEW COMMUNITY HEALTH CENTER⟧ ⟦P|270-555-0105⟧   DATE ⟦D|04/09/2099⟧
ATHLETIC TRAINER: ⟦N|COURTNEY O'BANION⟧, ATC ⟦E|COBANION@BGISD-EXAMPLE.NET⟧
EMERGENCY CONTACT: FATHER ⟦N|NERMIN HADZIC⟧ ⟦P|270-555-0171⟧. INSURANCE ⟦O|HUMANA⟧ ID ⟦HP|H44718220-01⟧.
`);

note("hearing-aid-fitting-caps", `
AUDIOLOGY - HEARING AID FITTING AND VERIFICATION - ⟦H|HIGH DESERT HEARING CENTER⟧, ⟦C|YUMA⟧ ⟦STATE|AZ⟧   ⟦D|09 APR 2099⟧
PATIENT: ⟦N|TSOSIE, HERBERT KEE⟧   DOB ⟦D|03/19/1945⟧   MRN ⟦M|HDH-22190⟧   AUDIOLOGIST: ⟦N|MARISELA CORONADO-WEBB⟧, AU.D., CCC-A
ACCOMPANIED BY WIFE ⟦N|LORRAINE TSOSIE⟧. REFERRED BY DR. ⟦N|ANAND PRAKASH⟧ (⟦H|YUMA REGIONAL MEDICAL CENTER⟧ ENT) ⟦D|02/27/2099⟧.
AUDIOGRAM ⟦D|03/10/2099⟧: BILAT SLOPING MOD-SEVERE SNHL. WRS 72% R / 68% L. TYMPS TYPE A. WEBER MIDLINE, RINNE AC>BC BILAT.
DEVICES:  R - PHONAK AUDEO LUMITY 90 R   SN ⟦DEV|2318A4471K⟧   RECEIVER M, 1.0 DOME
          L - PHONAK AUDEO LUMITY 90 R   SN ⟦DEV|2318A4472K⟧   RECEIVER M, 1.0 DOME
          CHARGER SN ⟦DEV|CH-0992147⟧   ROGER ON SN ⟦DEV|RO-44710882⟧
REAL EAR MEASURES TO NAL-NL2: MATCHED WITHIN 5 DB 500-4000 HZ. FEEDBACK TEST DONE. PAIRED WITH PT'S PHONE (MYPHONAK APP, USER ⟦UN|HKTSOSIE45⟧).
COVERAGE: ⟦O|IHS⟧ PRC REFERRAL ⟦I|PRC-SR-9904412⟧ + ⟦O|NAVAJO NATION⟧ VETERANS PROGRAM. WARRANTY TO ⟦D|04/2102⟧. LOSS/DAMAGE CLAIM VIA ⟦O|SONOVA⟧ ⟦P|800-555-0144⟧.
FOLLOW UP 2 WEEKS ⟦D|04/23/99⟧ (⟦DAY|THURSDAY⟧). PT TRAVELS FROM ⟦C|SAN LUIS⟧, ~35 MIN. ⟦N|MCW⟧
`);

// ======================================================== lower case (10) ========================================================

note("portal-thread-lo", `
mychart message - subject: question about my labs
from: ⟦N|kalani kahananui⟧ (patient)  to: dr. ⟦N|miyamoto⟧'s care team  sent ⟦D|4/8/2099⟧ 9:47 pm
hi dr ⟦N|miyamoto⟧, i saw my results posted. my a1c is 8.1?? i thought the ozempic was working. also my tsh says high. do i need to change my levothyroxine. i am going to ⟦C|pahoa⟧ to help my auntie ⟦N|leilani⟧ this weekend so can you call my cell ⟦P|808-555-0137⟧ before ⟦DAY|friday⟧. mahalo, ⟦N|kalani⟧
---
reply from: ⟦N|noelani akana⟧, rn (care team)  sent ⟦D|4/9/2099⟧ 8:12 am
aloha ⟦N|kalani⟧, dr. ⟦N|miyamoto⟧ reviewed. he wants to increase ozempic to 1 mg weekly and levothyroxine to 100 mcg. new rx sent to ⟦O|longs drugs #9921⟧ in ⟦C|hilo⟧. please repeat tsh in 6 weeks (order in, any ⟦O|clinical labs of hawaii⟧ site). i left a voicemail at ⟦P|808-555-0137⟧ too.
- ⟦N|noelani⟧, ⟦H|hilo family health center⟧ ⟦P|808-555-0110⟧ opt 2
---
from: ⟦N|kalani kahananui⟧  sent ⟦D|4/9/2099⟧ 12:30 pm
ok got it. insurance card changed, new one is ⟦O|hmsa⟧ id ⟦HP|xhm448120771⟧ group ⟦HP|44012⟧. my portal login is ⟦UN|kkahananui77⟧ if front desk needs it lol
audit: msg ⟦I|mc-20990409-44812⟧ read by ⟦UN|nakana⟧ from ⟦IP|10.44.18.207⟧
`);

note("refill-texts-lo", `
sms thread - ⟦H|pueblo westside clinic⟧ refill line ⟦P|719-555-0100⟧ <-> ⟦P|719-555-0149⟧
⟦D|04/07/99⟧ 07:02 pt: hi its ⟦N|gilberto apodaca⟧ dob ⟦D|8/3/61⟧ need refill lisinopril and atorvastatin. out tmrw
07:02 auto: thank you. refill requests take 2 business days. for emergencies call 911.
⟦D|04/07/99⟧ 11:40 staff (⟦N|jen⟧ ma): hi mr ⟦N|apodaca⟧, which pharmacy? last one on file is ⟦O|king soopers pharmacy⟧ on ⟦S|northern ave⟧
11:58 pt: no switched to ⟦O|walmart pharmacy 1044⟧ ⟦C|canon city⟧ bc i moved in w my daughter ⟦N|yesenia⟧
12:03 staff: got it. dr ⟦N|trujillo-beck⟧ needs a bp check, you're overdue since ⟦D|oct 2098⟧. 30 day supply sent today. can you come ⟦DAY|thurs⟧ ⟦D|4/16⟧ at 2:40?
12:10 pt: ok. is that with ⟦N|marcy⟧ or the dr
12:11 staff: with ⟦N|marcy archuleta⟧ np. rx # ⟦I|6611820⟧ and ⟦I|6611821⟧. -⟦N|jl⟧
⟦D|04/08/99⟧ 08:15 pharmacy fax from ⟦O|walmart #1044⟧ ⟦F|719-555-0182⟧: atorvastatin needs prior auth from ⟦O|colorado medicaid⟧ id ⟦HP|k4471822⟧ - nope, generic covered, filled.
`);

note("telehealth-chat-lo", `
telehealth visit - chat transcript - room ⟦U|https://doxy.me/drokafor-ppfm⟧   ⟦D|apr 9, 2099⟧
[13:58] system: ⟦N|wanjiru kamau-otieno⟧ joined the waiting room (device: iphone, ip ⟦IP|172.58.114.29⟧)
[14:01] dr ⟦N|chidi okafor⟧: hi ⟦N|wanjiru⟧, can you hear me ok? can you confirm your date of birth
[14:01] ⟦N|wanjiru kamau-otieno⟧: yes! ⟦D|nov 2 1987⟧. sorry my video is frozen, im at work (break room at ⟦O|tyson foods⟧ plant)
[14:02] dr ⟦N|okafor⟧: no problem. where are you physically right now? need the state for licensing
[14:02] ⟦N|wanjiru kamau-otieno⟧: ⟦C|wichita⟧... no wait i mean i work in ⟦C|emporia⟧ now, ⟦STATE|kansas⟧
[14:04] dr ⟦N|okafor⟧: ok. tell me about the rash
[14:05] ⟦N|wanjiru kamau-otieno⟧: itchy on both hands since i started the new gloves. my sister ⟦N|njeri⟧ said use vaseline. tried hydrocortisone, not working
[14:09] dr ⟦N|okafor⟧: looks like contact dermatitis. sending triamcinolone 0.1% cream to ⟦O|dillons pharmacy⟧ ⟦S|6th ave⟧. use cotton liners, no latex
[14:10] ⟦N|wanjiru kamau-otieno⟧: can u write a note for work? my supervisor is mr. ⟦N|dale prochaska⟧ 
[14:11] dr ⟦N|okafor⟧: yes, will upload to portal. fax number for hr?
[14:11] ⟦N|wanjiru kamau-otieno⟧: ⟦F|620-555-0119⟧ attn ⟦N|gloria⟧
[14:13] dr ⟦N|okafor⟧: done. f/u 2 weeks if not better, sooner if blisters or fever. our office ⟦P|316-555-0150⟧
[14:14] system: visit ended. encounter ⟦I|enc-99040914-2271⟧ - ⟦H|prairie plains family medicine⟧
`);

note("triage-followup-texts-lo", `
nurse line callback log - ⟦H|mountain state primary care⟧ ⟦C|morgantown⟧   rn ⟦N|shawna kincaid⟧ ext ⟦P|4410⟧
⟦D|4/9/2099⟧ 0815 incoming ⟦P|304-555-0152⟧ - ⟦N|braxton haught⟧ (dad) re ⟦N|paisley haught⟧ 3 yo, dob ⟦D|1/22/2096⟧
  vomiting x6 since 2am, last wet diaper 5 hrs ago. schmitt-thompson protocol vomiting peds -> see today. scheduled 1040 w/ dr ⟦N|rahimi⟧. told to try pedialyte 5 ml q5 min.
0902 incoming ⟦P|304-555-0166⟧ - ⟦N|opal "dot" stemple⟧ dob ⟦D|5/1/1934⟧ (⟦A|104⟧ y/o - says her great granddaughter ⟦N|kinsley⟧ set up the phone)
  dizzy when standing, bp on home omron 96/54. on lisinopril + hctz. per standing order held hctz, call back tmrw. daughter-in-law ⟦N|roxanne stemple⟧ will check on her, lives on ⟦S|dents run rd⟧.
0940 outgoing to ⟦O|mon general home care⟧ ⟦P|304-555-0130⟧ re ⟦N|stemple⟧ - nurse visit requested, ref ⟦I|mghc-44192⟧. spoke w/ ⟦N|travis⟧.
1105 incoming ⟦P|304-555-0188⟧ - ⟦N|imani okoro-bassey⟧ ⟦O|wvu⟧ student, dob ⟦D|07-14-2078⟧, ⟦O|wvu⟧ id ⟦I|800441782⟧
  burning w urination 2 days, no fever/flank pain. uti protocol: nitrofurantoin 100 bid x5d per dr ⟦N|rahimi⟧ standing order, sent to ⟦O|cvs 4471⟧ ⟦S|high st⟧. call if worse.
1320 callback ⟦N|haught⟧ - seen, zofran given, tolerating fluids. -⟦N|sk⟧
1455 incoming from ⟦O|sheetz⟧ employee health re ⟦N|dalton mcclung⟧ - needle stick? no, cut on slicer. sent to ⟦H|fairmont urgent care⟧ on ⟦S|locust ave⟧. -⟦N|sk⟧
`);

note("camp-health-form-lo", `
camp health form - ⟦O|camp wahanowin for girls⟧ ⟦D|2099⟧ session 2 (⟦D|jul 6⟧ - ⟦D|jul 27, 2099⟧)
camper: ⟦N|beatrix "bea" von ahlefeldt⟧   dob ⟦D|03/11/2088⟧   cabin: sandpiper   parent/guardian 1: ⟦N|ingrid von ahlefeldt⟧ cell ⟦P|603-555-0175⟧ email ⟦E|ingrid.vonahlefeldt@gmail.com⟧
parent/guardian 2: ⟦N|ravi sundaram⟧ (stepdad) ⟦P|603-555-0179⟧   home: ⟦S|41 court st⟧, ⟦C|keene⟧ ⟦STATE|nh⟧ ⟦Z|03431⟧
alternate emergency contact: grandmother ⟦N|hannelore von ahlefeldt⟧ ⟦P|802-555-0102⟧ (⟦C|brattleboro⟧)
insurance: ⟦O|harvard pilgrim⟧ member ⟦HP|hp0044718202⟧ group ⟦HP|80127⟧   policyholder ⟦N|ravi sundaram⟧
allergies: peanut (anaphylaxis ⟦D|2094⟧) - 2 epipens sent, tree nuts ok per allergist dr ⟦N|felicity arbuthnot⟧ at ⟦H|dartmouth hitchcock clinic keene⟧
meds: cetirizine 10 daily, flonase prn. albuterol inhaler prn (hasn't needed since ⟦D|2097⟧).
immunizations: up to date - copy of registry printout attached. tdap ⟦D|2099-03-02⟧.
physician: ⟦N|marguerite okonjo⟧, md   ⟦H|monadnock family care⟧ ⟦P|603-555-0115⟧   exam date ⟦D|3/2/2099⟧
cleared for all activities incl swimming and ropes course. signed ⟦N|m. okonjo⟧
camp nurse review: ⟦N|pc⟧ ⟦D|6/20/99⟧ - epipens in nurse office + with counselor ⟦N|hattie⟧. 
`);

note("front-desk-schedule-lo", `
front desk notes - ⟦H|socorro family clinic⟧ - ⟦DAY|thursday⟧ ⟦D|4/9/99⟧ (typed by ⟦N|lupe⟧)
- ⟦N|morales, ignacio⟧ 8:20 cx'd, car broke down on ⟦LO|i-10⟧, r/s to ⟦D|4/14⟧ 9:00 w dr ⟦N|benavidez⟧
- ⟦N|ochoa-nunez, araceli⟧ new pt 9:40 - needs ⟦O|el paso health⟧ card copy, plan id ⟦HP|ep0447128⟧. brought her mom ⟦N|doña carmen⟧, also wants appt
- ⟦N|dubois, reginald⟧ 10:20 dot physical - bring cdl ⟦I|tx 28814407⟧ and sleep study from ⟦H|sierra sleep center⟧
- ⟦N|le, minh chau⟧ 11:00 well child (4 yr) - mom ⟦N|thu⟧ asked for vietnamese interpreter, booked ⟦O|languageline⟧ ⟦P|800-555-0177⟧ ticket ⟦I|ll-99040911⟧
- ⟦N|gutierrez, baby boy⟧ 1:00 newborn f/u, born ⟦D|4/6/99⟧ at ⟦H|las palmas del sol⟧. dad ⟦N|osvaldo⟧ ⟦P|915-555-0148⟧
- ⟦N|fairweather, hope⟧ 2:00 - no show x3, letter sent per policy. addr returned: ⟦S|1209 n zaragoza rd⟧ ⟦C|socorro⟧ ⟦STATE|tx⟧ ⟦Z|79927⟧
- walk-in: ⟦N|yusuf abdirahman⟧ wants refugee health screen records sent to ⟦O|el paso refugee services⟧ fax ⟦F|915-555-0161⟧ - release signed, sent. -⟦N|lg⟧
reminder: dr ⟦N|benavidez⟧ out ⟦D|4/20⟧-⟦D|4/24⟧ (conference in ⟦C|denver⟧), ⟦N|pat flores⟧ pa covering.
`);

note("travel-clinic-email-lo", `
from: ⟦E|ruthie.abergel@yahoo.com⟧
to: ⟦E|travelhealth@gainesvilleimmunize-example.org⟧
date: ⟦D|wed, 8 apr 2099⟧ 22:14:03 -0400
subject: trip to ⟦COUNTRY|nepal⟧ + ⟦COUNTRY|kenya⟧, need shots?

hi, i'm ⟦N|ruth abergel⟧ (dob ⟦D|9/30/2071⟧), my husband ⟦N|yoav⟧ and i are going to ⟦C|kathmandu⟧ ⟦D|june 2⟧ then trekking, then ⟦C|nairobi⟧ and ⟦LO|masai mara⟧ ⟦D|june 20⟧-⟦D|july 4⟧. our pcp dr ⟦N|szymanski⟧ at ⟦H|ocala primary partners⟧ said to see you. i had hep a as a kid in ⟦COUNTRY|israel⟧ i think? ⟦N|yoav⟧ has an egg allergy. we live at ⟦S|5120 sw 20th st⟧ ⟦C|ocala⟧ ⟦STATE|fl⟧ ⟦Z|34474⟧. cell ⟦P|352-555-0127⟧. passports ⟦I|567244180⟧ and ⟦I|567244181⟧ if you need them for the yellow fever card.
thanks, ⟦N|ruth⟧

---
reply from: ⟦N|ines de la cruz⟧, rn, travel health nurse  ⟦D|4/9/2099⟧
hi ⟦N|ruth⟧ - booked you both ⟦DAY|tues⟧ ⟦D|apr 21⟧ 3:15 at our ⟦S|archer rd⟧ site with dr ⟦N|fenwick⟧ (⟦N|augustus fenwick⟧, md). plan: typhoid (typhim vi), hep a titre for you, japanese encephalitis (ixiaro) 2 doses, malarone for the ⟦LO|mara⟧, rabies pre-exposure given trekking. yellow fever not needed for your route. bring vaccine records from ⟦H|sheba medical center⟧ if you have them. cost not covered by ⟦O|florida blue⟧ - estimate $612 each, acct ⟦I|gic-200448⟧.
- ⟦N|ines⟧ ⟦P|352-555-0190⟧ x ⟦P|12⟧
`);

note("bh-integration-notes-lo", `
bhi brief notes - ⟦H|athens family health⟧ integrated care - clinician ⟦N|marisol quintanilla-reyes⟧, lisw-s
⟦D|4/6/99⟧ warm handoff from dr ⟦N|hollingsworth⟧ during ⟦N|tucker, jolene⟧'s visit. phq-9 = 17, gad-7 = 14. no si. stressors: partner ⟦N|wade⟧ laid off from ⟦O|ohio valley coal⟧, 3 kids. started sertraline 25. safety plan reviewed. follow up 1 wk by phone ⟦P|740-555-0193⟧.
⟦D|4/8/99⟧ ⟦N|adebayo, kehinde⟧ (⟦O|ohio u⟧ grad student, ⟦O|ohio university⟧ id ⟦I|p4418207⟧) - audit-c 7. discussed cutting down. referred to ⟦O|hopewell health centers⟧ iop intake ⟦P|740-555-0112⟧. consent for release to dr ⟦N|amara nwachukwu⟧ signed.
⟦D|4/9/99⟧ phone f/u ⟦N|jolene tucker⟧ - sleeping better, phq-2 = 2. mom ⟦N|darlene⟧ watching the kids on ⟦DAY|wednesdays⟧ so she can come to group at ⟦H|tri-county mental health⟧ ⟦C|nelsonville⟧. next call ⟦D|4/16⟧.
⟦D|4/9/99⟧ ⟦N|pappas, constantine "gus"⟧ ⟦A|91⟧ yo, mini-cog 2/5, wife ⟦N|eleni⟧ overwhelmed. caregiver resources: ⟦O|buckeye hills area agency on aging⟧ ⟦P|740-555-0170⟧, adult day at the ⟦H|hocking valley adult day center⟧. narcan kit given to son ⟦N|nick⟧ (for his own use hx). 
caseload list sent to dr ⟦N|hollingsworth⟧ + psych consultant dr ⟦N|yevgenia morozova⟧ (⟦O|ohio psychiatric access line⟧) for review ⟦DAY|friday⟧. -⟦N|mqr⟧
`);

note("pharmacy-calls-lo", `
pharmacy call log - ⟦H|cumberland valley internal medicine⟧ - ⟦D|04/09/2099⟧ - taken by ⟦N|kelsey⟧ (ma), ext ⟦P|221⟧
9:05 ⟦O|kroger pharmacy #427⟧ (⟦N|josh⟧, pharmd) ⟦P|270-555-0135⟧ - pt ⟦N|vernon hagan⟧ dob ⟦D|6/14/49⟧: jardiance not covered by ⟦O|humana gold plus⟧, needs pa. member ⟦HP|h20448172⟧. pa started on covermymeds key ⟦I|bmt7kq2r⟧. -⟦N|kb⟧
9:40 ⟦O|glasgow drug center⟧ ⟦P|270-555-0141⟧ - dea # for dr ⟦N|oyelaran⟧ needed for tramadol rx for ⟦N|mattingly, pearl⟧. gave ⟦I|bo4418270⟧. npi ⟦I|1326082214⟧. -⟦N|kb⟧
10:15 ⟦O|express scripts⟧ mail order re ⟦N|emmanuel ansah⟧ - 90 day metformin er, rx # ⟦I|0044718-220⟧ denied early refill. pt traveling to ⟦C|kumasi⟧ ⟦D|4/20⟧-⟦D|5/30⟧. vacation override requested, ref ⟦I|esi-99-4471882⟧.
11:30 ⟦O|walgreens 08812⟧ ⟦C|bowling green⟧ fax ⟦F|270-555-0198⟧ - interaction alert: clarithromycin + atorvastatin for ⟦N|beulah sizemore⟧ (⟦A|92⟧). dr ⟦N|oyelaran⟧ changed to azithromycin. -⟦N|kb⟧
2:00 pt ⟦N|hagan⟧'s wife ⟦N|loretta⟧ called ⟦P|270-555-0186⟧ asking about pa - told 3-5 days, ⟦O|humana⟧ decision will come by fax.
`);

note("derm-photo-portal-lo", `
portal message w/ photo - to: ⟦H|wasatch dermatology⟧ (⟦C|orem⟧)  from: ⟦N|mckenzie jorgensen-tuiasosopo⟧  ⟦D|04/08/2099⟧ 6:02 pm
hi, this is ⟦N|mckenzie⟧, i had the mohs with dr ⟦N|alsaadi⟧ on ⟦D|3/30⟧ on my left nose. photo attached. its kinda red and oozy near the stitches?? no fever. is that normal. im using vaseline like ⟦N|brielle⟧ the nurse said.
also my husband ⟦N|sione⟧ wants his mole checked, he's a new pt, dob ⟦D|2/5/1984⟧. we have ⟦O|selecthealth⟧ ⟦HP|sh7710442⟧. thx
reply ⟦D|04/09/2099⟧ 8:31 am from ⟦N|brielle sorensen⟧, lpn for dr. ⟦N|rami alsaadi⟧, md, facms:
hi ⟦N|mckenzie⟧, normal healing looks pink with a little clear drainage. your photo looks like normal healing, but dr ⟦N|alsaadi⟧ would like a quick wound check ⟦D|apr 10⟧ at 11:15 at our ⟦C|provo⟧ office (⟦S|1355 n university ave⟧). please bring your suture card. for ⟦N|sione⟧ call ⟦P|801-555-0133⟧ to set up a new pt visit - path from your case is ⟦I|wdp-99-11872⟧ if you want it for your records.
- ⟦N|brielle⟧
`);

// ======================================================== Mixed case (25) ========================================================

note("annual-physical", `
Adult Annual Preventive Visit - ⟦H|Zanesville Primary Care Associates⟧      DOS: ⟦D|04/09/2099⟧
Patient: ⟦N|Obiageli "Obi" Nwankwo-Strickland⟧   DOB: ⟦D|08/12/1974⟧   MRN: ⟦M|ZPC-5521840⟧   Acct: ⟦I|7704418⟧
PCP: ⟦N|Thomas J. Kettering⟧, MD   Scribe: ⟦N|Addison Pryor⟧   Rooming MA: ⟦N|Dev Kapoor⟧, CMA
Interval hx: Feels well. Works as a ⟦PROF|respiratory therapist⟧ at ⟦H|Genesis Hospital⟧. Husband ⟦N|Curtis⟧ had CABG ⟦D|Nov 2098⟧ at ⟦H|OhioHealth Riverside Methodist⟧ in ⟦C|Columbus⟧ - she's his caregiver. Daughter ⟦N|Adaeze⟧ at ⟦O|Ohio State⟧.
Screening: Mammo ⟦D|3/2/99⟧ (⟦H|Genesis Breast Center⟧) BI-RADS 1. Colonoscopy ⟦D|2094⟧ - 2 TAs, repeat due ⟦D|2099⟧ -> referred to Dr. ⟦N|Farouk Haddad⟧ (⟦H|Muskingum Valley GI⟧). Pap/HPV ⟦D|2097⟧ neg. Lipid panel today; ASCVD 6.8%.
PHQ-2 0. AUDIT-C 1. STOP-BANG 3 (snoring per ⟦N|Curtis⟧ - ⟦N|Curtis⟧ says she "snores like a chainsaw").
Vaccines: Tdap ⟦D|2091⟧ -> Boostrix given today, lot AC52B447A. Shingrix #1 today; #2 due ⟦D|June-Aug 2099⟧. Flu in fall.
Exam: BMI 31.2, BP 132/84 (repeat 128/80). Normal exam. Skin: 4 mm irregular nevus L scapula - derm referral to ⟦H|Appalachian Skin & Mohs⟧, Dr. ⟦N|Petra Lindqvist-Amadi⟧.
Labs: CMP, A1c, lipid, TSH, UACR drawn by ⟦N|D.K.⟧, sent to ⟦O|Quest Diagnostics⟧ (req # ⟦I|QZ77204418⟧).
Plan: Sleep study at ⟦H|Genesis Sleep Lab⟧ ⟦S|2951 Maple Ave⟧. Diet/exercise. RTC 1 yr or sooner for results via MyChart.
Electronically signed: ⟦N|Thomas Kettering⟧, MD ⟦D|04/09/2099⟧ 16:42   Scribe attestation ⟦N|AP⟧
`);

note("ccm-call", `
Chronic Care Management - monthly call (99490)   Date: ⟦D|April 9th, 2099⟧   Time spent: 24 min
Patient: ⟦N|Bustamante, Eusebio⟧   DOB ⟦D|11/02/1938⟧   MRN ⟦M|00719422⟧   PCP Dr. ⟦N|Grace Lomeli-Ferris⟧, ⟦H|Valle del Sol Health⟧ - ⟦C|Las Cruces⟧
Care manager: ⟦N|Renata Ibarra⟧, RN, CCM   Called ⟦P|575-555-0114⟧ (home); spoke with pt and granddaughter ⟦N|Daniela Bustamante-Ortiz⟧ who interprets.
Conditions: CHF (EF 35%), T2DM, CKD 3a, COPD.
- Weights: 171, 172, 174 lb (logs from Bluetooth scale SN ⟦DEV|BTS-4471-0982⟧). +3 lb in 4 days - Dr. ⟦N|Lomeli-Ferris⟧ messaged; furosemide 40 -> 40 bid x3d.
- Glucose: Contour Next meter, fasting 130-160. A1c ⟦D|3/12⟧ 7.6.
- Meds: picked up at ⟦O|Pic-Quick Drugs⟧ ⟦S|Amador Ave⟧ ⟦D|4/1⟧; pillbox filled by ⟦N|Daniela⟧ ⟦DAY|Sundays⟧.
- Cardiology f/u with Dr. ⟦N|Sandeep Kulkarni⟧ at ⟦H|MountainView Regional Medical Center⟧ ⟦D|4/22/99⟧ 10:30 - transport via ⟦O|Safe Ride Services⟧ conf # ⟦I|SR-88144702⟧.
- Social: wife ⟦N|Consuelo⟧ died ⟦D|2097⟧. Lives with son ⟦N|Ramon⟧ on ⟦S|Calle Bonita⟧. Meals from ⟦O|Doña Ana County⟧ senior program. Home health by ⟦O|Amedisys⟧ ended ⟦D|3/15⟧.
- Goals: stay out of hospital; attend granddaughter's graduation at ⟦O|NMSU⟧ in May.
Medicare ⟦HP|3JN7-QE1-RT28⟧. Consent for CCM on file ⟦D|01/06/2098⟧. Next call ~⟦D|5/7/99⟧. ⟦N|R. Ibarra⟧, RN
`);

note("nurse-triage-phone", `
Telephone Encounter - Nurse Triage        ⟦D|2099-04-09⟧ 10:22        Line: After-hours overflow (⟦O|CareConnect Nurse Line⟧)
Caller: ⟦N|Tomasz Wierzbicki⟧ (self)   DOB ⟦D|1/4/1990⟧   Callback ⟦P|(563) 555-0181⟧   PCP: ⟦N|Naomi Feldstein⟧, DO - ⟦H|Dubuque Family Medicine⟧
CC: "My ear feels plugged and the room spins" x 2 days after cold.
Protocol: Dizziness - Vertigo (adult). Denies facial droop, slurred speech, worst headache, chest pain. Hearing decreased R. No fever. Able to walk with hand on wall.
Disposition: See in office within 24 h. Scheduled ⟦D|Apr 10⟧ 8:40 am with ⟦N|Eliot Brandvold⟧, PA-C. Meclizine OTC ok per protocol. Care advice given; call back or 911 if stroke signs. Caller verbalized understanding.
Pharmacy on file: ⟦O|Hy-Vee Pharmacy (1)⟧ ⟦S|John F Kennedy Rd⟧, ⟦C|Dubuque⟧.
Triage RN: ⟦N|Bridget Lonergan⟧, RN  ID ⟦UN|blonergan3⟧   Call ID ⟦I|CCNL-2099-0409-7712⟧
---
Addendum ⟦D|4/10/2099⟧ ⟦N|E. Brandvold⟧, PA-C: Dix-Hallpike + R. Epley done. Weber lateralizes L, Rinne AC>BC R - possible R SSNHL -> same-day audiogram at ⟦H|Tri-State Hearing & Balance⟧; ENT Dr. ⟦N|Akiko Sorensen⟧ aware, prednisone 60 started.
`);

note("telehealth-visit", `
Video Visit Note (synchronous audio-video)   ⟦D|Apr 9, 2099⟧   Platform: Epic/Zoom   Location of patient: home, ⟦C|Fairmont⟧, ⟦STATE|WV⟧   Provider: ⟦H|WVU Medicine Family Medicine - Cheat Lake⟧
Patient ⟦N|Destiny Ann Shaffer-Nguyen⟧, 34 y/o   MRN ⟦M|W0044182209⟧   Consent for telehealth verbal, witnessed by ⟦N|Kenzie⟧ (MA).
Others present: partner ⟦N|Long Nguyen⟧; son ⟦N|Bao⟧ (age 4) in background.
S: Postpartum (delivered ⟦D|02/11/2099⟧ at ⟦H|J.W. Ruby Memorial Hospital⟧). EPDS 14. Breastfeeding. Tearful, poor sleep. Mom ⟦N|Tammy Shaffer⟧ helps ⟦DAY|Mon⟧-⟦DAY|Wed⟧. Denies SI/HI.
O: Appears tired, linear thought. BP self-reported 118/76 (Omron cuff SN ⟦DEV|OM20981447⟧ from ⟦O|WV Medicaid⟧ remote program).
A/P: Postpartum depression, moderate. Start sertraline 50 (compatible with breastfeeding). BHI referral - ⟦N|Jordyn McElroy⟧, LCSW, warm handoff scheduled ⟦D|4/13⟧. Postpartum Support line ⟦P|800-555-0144⟧. ⟦O|Mountaineer Healthy Start⟧ home visitor ⟦N|Rhonda Bolyard⟧ ⟦P|304-555-0129⟧.
Peds appt for infant with Dr. ⟦N|Luca Di Stefano⟧ already ⟦D|4/15⟧. WIC at ⟦O|Monongalia County Health Department⟧ - family ID ⟦I|WIC-5402-44718⟧.
Total time 32 min. ⟦N|Abigail Straight⟧, MD   e-signed ⟦D|4/9/99⟧ 15:10
`);

note("lab-result-letter", `
⟦H|Keene Internal Medicine⟧
⟦S|580 Court Street⟧, Suite 2B
⟦C|Keene⟧, ⟦STATE|NH⟧ ⟦Z|03431⟧
Phone ⟦P|603-555-0180⟧ | Fax ⟦F|603-555-0181⟧ | ⟦U|www.keeneinternalmed-example.com⟧

⟦D|April 9, 2099⟧

Mr. ⟦N|Wendell P. Hutchins⟧
⟦S|22 Pine Ridge Rd⟧
⟦C|Marlborough⟧, ⟦STATE|NH⟧ ⟦Z|03455⟧

Dear Mr. ⟦N|Hutchins⟧,

Your recent blood tests from ⟦D|April 2, 2099⟧ are back. Most results were normal. Your cholesterol (LDL 162) is higher than we would like, and your A1c of 6.1% is in the "prediabetes" range. Your PSA is 1.4, normal for your age. Your kidney tests (eGFR 74, UACR 12) are fine.

Dr. ⟦N|Oduya⟧ recommends starting atorvastatin 20 mg daily; a prescription has been sent to ⟦O|Hannaford Pharmacy⟧ on ⟦S|West St⟧. We also recommend the ⟦O|YMCA⟧ Diabetes Prevention Program (⟦P|603-555-0122⟧).

Please repeat a lipid panel and liver tests in 8-12 weeks (around ⟦D|June 2099⟧) at any ⟦H|Cheshire Medical Center⟧ lab site; no appointment needed. If you have questions, send a message through the patient portal or call our nurse ⟦N|Maggie Ostrowski⟧, RN, at extension ⟦P|214⟧.

Sincerely,
⟦N|Ifeoma Oduya⟧, MD
Internal Medicine
Patient ID ⟦M|KIM-0044712⟧   Letter ⟦I|LTR-99-4471⟧   cc: ⟦N|Jeannette Hutchins⟧ (spouse, per HIPAA release)
`);

note("ent-consult-letter", `
⟦H|Blue Grass Ear, Nose & Throat⟧ - ⟦S|1740 Nicholasville Rd⟧, ⟦C|Lexington⟧, ⟦STATE|KY⟧ ⟦Z|40503⟧ - T ⟦P|859-555-0147⟧ F ⟦F|859-555-0148⟧

⟦D|09 April 2099⟧

⟦N|Beatriz Almonte-Cordero⟧, MD
⟦H|Glasgow Family Practice⟧
⟦S|210 Happy Valley Rd⟧, ⟦C|Glasgow⟧, ⟦STATE|KY⟧ ⟦Z|42141⟧

Re: ⟦N|Okpara, Chinonso Felix⟧ | DOB ⟦D|03/08/2081⟧ | Our MRN ⟦M|BGE-118420⟧

Dear Dr. ⟦N|Almonte-Cordero⟧ (⟦N|Bea⟧),

Thank you for referring ⟦N|Chinonso⟧, whom I saw today with his mother ⟦N|Ngozi Okpara⟧ for recurrent tonsillitis (7 episodes in the past year, documented by your office and by ⟦H|Baptist Health Urgent Care⟧ ⟦C|Bowling Green⟧) and loud snoring with witnessed pauses.

Exam: tonsils 3+, cryptic; Friedman tongue position II. Nasal endoscopy: mild septal deviation to the left, adenoids 50%. Tympanograms type A bilaterally; audiogram normal.

He meets Paradise criteria. We discussed tonsillectomy and adenoidectomy; Mrs. ⟦N|Okpara⟧ would like to proceed after his school year ends at ⟦O|Barren County High School⟧. Surgery is tentatively booked at ⟦H|T.J. Samson Community Hospital⟧ on ⟦D|May 28th, 2099⟧. Pre-op via ⟦O|Anthem Medicaid⟧ (ID ⟦HP|KYM448201776⟧), authorization ⟦I|AUTH-2099-0041872⟧ pending.

Amoxicillin-clavulanate (Augmentin) only for acute episodes until then. I will send an operative note. Please call my cell ⟦P|859-555-0173⟧ with any concerns.

With kind regards,
⟦N|Mahmoud El-Amin⟧, MD, FACS
Otolaryngology - Head & Neck Surgery
dictated ⟦D|4/9/99⟧, transcribed by ⟦N|gtw⟧ ⟦D|4/10/99⟧ (Job ⟦I|55180412⟧)
`);

note("mohs-note", `
MOHS MICROGRAPHIC SURGERY NOTE            ⟦H|Mountain Laurel Dermatology & Mohs Surgery⟧, ⟦C|Asheville⟧ ⟦STATE|NC⟧
Date: ⟦D|4/9/2099⟧    Pt: ⟦N|Rutherford, Clement Ashby⟧    DOB ⟦D|12/25/1939⟧    MRN ⟦M|MLD-80214⟧    Ref: Dr. ⟦N|Priyanka Dasgupta⟧ (⟦H|Marion Family Physicians⟧)
Surgeon: ⟦N|Oluwaseun Falade-Cartwright⟧, MD, FACMS   Histotech: ⟦N|Trish Honeycutt⟧, HT(ASCP)   Assist: ⟦N|Marco Rinaldi⟧, MA
Dx: BCC, nodular, R nasal ala (bx ⟦D|3/2/99⟧, path ⟦I|S99-4471⟧ from ⟦O|Piedmont Dermatopathology⟧).
Pre-op size 0.9 x 0.7 cm. Anticoag: apixaban continued per cardiology (Dr. ⟦N|Hargrove⟧).
Stage I: 4 blocks, tumor at 2 o'clock deep margin. Stage II: 2 blocks, clear. Final defect 1.6 x 1.3 cm.
Repair: bilobed flap. 5-0 Monocryl, 6-0 Prolene. EBL minimal. Tolerated well.
Pt ⟦A|92⟧ y/o, here with wife ⟦N|Loretta Rutherford⟧. Suture removal ⟦D|4/16⟧ with ⟦N|Trish⟧ at our ⟦C|Hendersonville⟧ office. Path-to-surgeon map signed ⟦N|OFC⟧.
`);

note("derm-path-letter", `
⟦H|Sunset Coast Dermatology⟧ | ⟦S|3900 Ocean View Blvd⟧ | ⟦C|Hilo⟧, ⟦STATE|HI⟧ ⟦Z|96720⟧ | ⟦P|808-555-0160⟧

⟦D|04/09/2099⟧

Dear Ms. ⟦N|Fonoti⟧,

Your skin biopsy results from ⟦D|March 31⟧ are back. The spot on your right upper back (specimen A) is a dysplastic nevus with moderate atypia, extending to the edge of the sample. The spot on your left shin (specimen B) is a benign seborrheic keratosis and needs no further treatment.

For specimen A, Dr. ⟦N|Kealoha⟧ recommends a re-excision with 5 mm margins. Our scheduler, ⟦N|Pua⟧, will call you at ⟦P|808-555-0174⟧ to set this up; you may also reach her directly at ⟦P|808-555-0160⟧ ext. ⟦P|31⟧.

Please continue daily sunscreen (SPF 30+), and keep your yearly full skin exam. Your mother, Mrs. ⟦N|Sefo Fonoti⟧, asked us to call her too - we can only do that with your written permission.

Pathology: ⟦O|Pacific Dermpath Laboratory⟧, accession ⟦I|PDL-99-028814⟧. Pathologist ⟦N|Kenji Watanabe-Reyes⟧, MD.

Aloha,
⟦N|Makana Kealoha⟧, MD, FAAD
Patient: ⟦N|Aurelia Fonoti⟧ | DOB ⟦D|10/10/1995⟧ | MRN ⟦M|SCD-44718⟧
`);

note("mole-map", `
Total Body Skin Exam / Mole Mapping - ⟦H|Evergreen Skin Clinic⟧ (⟦C|Wenatchee⟧)   Visit ⟦D|4/9/2099⟧
Name: ⟦N|van der Meulen, Pieter-Jan⟧   DOB ⟦D|1966-05-03⟧   MRN ⟦M|ESC0044182⟧   Fitzpatrick I   Hx melanoma (father ⟦N|Joost⟧, dx ⟦D|2081⟧ in ⟦C|Utrecht⟧)
Imaging: FotoFinder session ⟦I|FF-99-04-0912⟧, DermLite DL5 (asset tag ⟦DEV|ESC-DL5-0071⟧). Photographer ⟦N|Kiana Whitebear⟧, MA.
Lesion  Site                    Size    Dermoscopy                      Change vs ⟦D|10/2098⟧   Action
1       R upper back            5 mm    reticular, regular              none                  monitor
2       L flank                 4 mm    globular                        none                  monitor
3       central chest           7 mm    atypical network, blue-white    NEW                   shave bx (A)
4       R posterior thigh       6 mm    regular                         +1 mm                 photo 3 mo
5       scalp vertex            3 mm    pink, vessels                   n/a                   bx (B)
Breslow/Clark n/a (no prior melanoma in pt). Total nevi count ~85.
Bx A and B sent to ⟦O|Inland Northwest Dermatopathology⟧ (req ⟦I|INWD-771042⟧). Consent signed; pt's wife ⟦N|Marieke⟧ present.
Provider: ⟦N|Svetlana Voronova⟧, PA-C; supervising Dr. ⟦N|Elias Kaufusi⟧. Next map ~⟦D|Oct 2099⟧. Portal user ⟦UN|pjvdmeulen⟧ sent photos.
`);

note("podiatry-note", `
Podiatry - Diabetic Foot Exam & Nail Debridement
⟦H|Crossroads Foot & Ankle⟧, ⟦C|Glasgow⟧ ⟦STATE|KY⟧    DOS ⟦D|04-09-2099⟧    Provider: ⟦N|Harlan Pettigrew⟧, DPM
Pt: ⟦N|Mattingly, Pearl Irene⟧  ⟦A|96⟧F  MRN ⟦M|CFA-2214⟧  Medicare ⟦HP|5RT2-HN8-XK44⟧   Caregiver niece ⟦N|Bonnie Sue Wathen⟧ ⟦P|270-555-0104⟧
Referred by PCP Dr. ⟦N|Adebola Oyelaran⟧. Lives at ⟦H|Barren River Assisted Living⟧ (⟦S|508 Cleveland Ave⟧).
Monofilament: absent 4/10 sites bilat. DP/PT pulses 1+. ABI ⟦D|2/2099⟧ 0.82 R, 0.78 L (⟦H|TJ Samson Vascular Lab⟧).
Nails: onychomycosis 1-5 bilat, thick, dystrophic. Class findings: Q8 (absent PT, DP) - meets Medicare routine foot care criteria.
Procedure: debridement of 10 nails (11721). Pre-ulcerative callus R sub-met 1 pared (11055). No bleeding.
Shoes: A5500 diabetic shoes - cert statement faxed to PCP ⟦F|270-555-0142⟧; supplier ⟦O|Bluegrass Orthotics & Prosthetics⟧, order ⟦I|BOP-44719⟧.
Also Morton's neuroma L 3rd interspace suspected - declined injection today. Terbinafine NOT started (LFTs, age).
RTC 9 weeks (~⟦D|6/11/99⟧). ⟦N|HP⟧, DPM / chart prep ⟦N|Lacey⟧
`);

note("travel-clinic-visit", `
Travel Medicine Consultation - ⟦H|UF Health Travel Clinic⟧, ⟦C|Gainesville⟧   ⟦D|21 April 2099⟧
Travellers: ⟦N|Ruth Abergel⟧ (DOB ⟦D|09/30/2071⟧, MRN ⟦M|UFT-330417⟧) and ⟦N|Yoav Abergel⟧ (DOB ⟦D|01/15/1969⟧, MRN ⟦M|UFT-330418⟧)
Itinerary: ⟦C|Kathmandu⟧ ⟦D|6/2⟧-⟦D|6/19⟧ (⟦LO|Annapurna⟧ trek, max alt 5,416 m), ⟦C|Nairobi⟧ + ⟦LO|Maasai Mara⟧ ⟦D|6/20⟧-⟦D|7/4⟧. Lodging: ⟦O|Kathmandu Guest House⟧; safari with ⟦O|Mara Serena⟧ group.
Given today: Typhim Vi (both); Ixiaro #1 (both), #2 ⟦D|4/28⟧; Havrix #1 ⟦N|Yoav⟧ (⟦N|Ruth⟧ immune - titre + ⟦D|4/12⟧); rabies PrEP (Imovax) d0 both, d7 ⟦D|4/28⟧.
Rx: atovaquone-proguanil (Malarone) x 22 d; acetazolamide 125 bid for ascent; azithromycin 1 g x1 standby for TD. Vaxchora declined.
Egg allergy (⟦N|Yoav⟧) - hives only; no YF needed.
Counselled: insect precautions (permethrin, DEET 30%), food/water, altitude, road safety. Insurance: ⟦O|GeoBlue⟧ travel policy ⟦HP|GB-7720448-01⟧.
Emergency contacts abroad: daughter ⟦N|Noa Abergel-Katz⟧ ⟦P|+972-52-555-0188⟧ (⟦C|Haifa⟧). US embassy ⟦C|Nairobi⟧.
Clinician: ⟦N|Augustus Fenwick⟧, MD, CTropMed; RN ⟦N|Ines de la Cruz⟧. Receipt ⟦I|GIC-200448⟧.
`);

note("ent-visit", `
ENT Clinic Progress Note - ⟦H|Chenango Valley ENT⟧ - ⟦D|04/09/2099⟧ - Provider ⟦N|Yuki Tanabe⟧, NP (collab. Dr. ⟦N|Laszlo Farkas⟧)
⟦N|Popescu, Ioana⟧ | 52 F | DOB ⟦D|02/02/2047⟧ | MRN ⟦M|CVE-7741⟧ | Interpreter: Romanian, via ⟦O|Certified Languages International⟧, interp # ⟦I|20918⟧
CC: chronic R ear drainage, hearing loss. Prior tube in childhood in ⟦C|Cluj-Napoca⟧.
Otoscopy (micro): R central perforation 30%, mucoid otorrhea; L TM intact, retracted. Eustachian tube dysfunction. Weber -> R, Rinne BC>AC R.
Audiogram today (⟦N|Sam Ekwueme⟧, Au.D.): R mixed HL, PTA 48 dB, ABG 30; L normal.
CT temporal bones ⟦D|3/2099⟧ at ⟦H|Binghamton General Hospital⟧: no cholesteatoma.
Plan: ciprofloxacin-dexamethasone drops x10 d, dry ear precautions; tympanoplasty R after dry x 3 mo - surgical scheduler ⟦N|Colleen Vanderhoof⟧ ⟦P|607-555-0135⟧. Flonase for ETD.
Hearing aid not pursued. Husband ⟦N|Mihai⟧ asked about work note for ⟦O|Lockheed Martin⟧ ⟦C|Owego⟧ - provided.
RTC 6 wks. ⟦N|YT⟧ ⟦D|4/9/99⟧ 11:55
`);

note("audiology-repair-log", `
Hearing Aid Service Log - ⟦H|Bethel Hearing Services⟧ (⟦O|Yukon-Kuskokwim Health Corporation⟧), ⟦C|Bethel⟧ ⟦STATE|AK⟧
Date        Patient (DOB)                           Device / Serial                                  Issue / Action                                  Tech
⟦D|04/06/99⟧    ⟦N|Kasayulie, Agnes⟧ (⟦D|01/30/1948⟧)            Oticon Real 1 miniRITE R ⟦DEV|OT7724418R⟧                no sound - wax guard changed                    ⟦N|MF⟧
⟦D|04/06/99⟧    ⟦N|Nicolai, Wassilie⟧ (⟦D|07/12/1955⟧)          Phonak Naida P90 UP L ⟦DEV|PH1983204L⟧                   cracked shell - sent to mfr, RMA ⟦I|RMA-550192⟧   ⟦N|MF⟧
⟦D|04/07/99⟧    ⟦N|Active, Martha Evon⟧ (⟦D|11/02/1930⟧)        ReSound Omnia 9 L ⟦DEV|RS20440918⟧                         loaner issued ⟦DEV|LN-0044⟧, family in ⟦C|Akiachak⟧     ⟦N|JK⟧
⟦D|04/08/99⟧    ⟦N|Alexie, Raphael Jr⟧ (⟦D|03/25/2011⟧)         Phonak Audeo Lumity 70 R ⟦DEV|2244B7710K⟧                 reprogram per audiogram ⟦D|3/30⟧                 ⟦N|JK⟧
⟦D|04/09/99⟧    ⟦N|Kasayulie, Agnes⟧                             -                                                  called daughter ⟦N|Rita⟧ ⟦P|907-555-0147⟧ re pickup     ⟦N|MF⟧
Techs: ⟦N|MF⟧ = ⟦N|Mary Frances Oscar⟧, HIS; ⟦N|JK⟧ = ⟦N|Jimmy Kilbuck⟧. Audiologist of record ⟦N|Hannah Lindstrom-Paul⟧, Au.D.
Village travel via ⟦O|Ravn Alaska⟧ - clinic trip ⟦D|4/20⟧ to ⟦C|Kwethluk⟧ and ⟦C|Napaskiak⟧. Mail repairs to ⟦S|P.O. Box 528⟧, ⟦C|Bethel⟧ ⟦STATE|AK⟧ ⟦Z|99559⟧.
`);

note("ophthalmology-visit", `
Ophthalmology - Diabetic eye exam + glaucoma f/u        ⟦H|Valley Eye Associates⟧, ⟦C|Pueblo⟧        ⟦D|Apr 9, 2099⟧
Pt ⟦N|Esquibel, Florentino⟧ DOB ⟦D|6/6/1950⟧ MRN ⟦M|VEA-509118⟧ | Ref: ⟦N|Marcy Archuleta⟧, NP (⟦H|Pueblo Westside Clinic⟧)
Tech workup: ⟦N|Dani Lucero⟧, COA. VA cc OD 20/30 OS 20/60 PH 20/40. IOP (Goldmann) 19/24 @ 10:05. Amsler grid OS: wavy lines.
SLE: 2+ NS cataract OU. Gonio open angles. DFE: OD mild NPDR no CSME; OS moderate NPDR with CSME, cup 0.7.
OCT OS: CST 412 um. HVF 24-2 OS: superior arcuate defect (reliable).
A/P: 1) CSME OS - aflibercept (Eylea) #1 today, lot noted in MAR. Consent signed; grandson ⟦N|Mateo Esquibel⟧ interpreted. 2) POAG OS - latanoprost qhs, add timolol OS. 3) A1c 9.2 per ⟦H|Parkview Medical Center⟧ lab - letter to PCP.
Prior auth for Eylea from ⟦O|Rocky Mountain Health Plans⟧ ⟦I|RMHP-PA-4471902⟧, member ⟦HP|RM0044719⟧.
RTC 4 wks inj #2 w/ Dr. ⟦N|Akhtar⟧ (⟦N|Nadia Akhtar⟧, MD). Letter cc: ⟦N|M. Archuleta⟧, NP fax ⟦F|719-555-0102⟧.
`);

note("early-intervention-referral", `
EARLY INTERVENTION REFERRAL - Part C     Sent ⟦D|04/09/2099⟧ via fax to ⟦O|Tennessee Early Intervention System⟧ (⟦O|TEIS⟧) ⟦C|Cookeville⟧ District ⟦F|931-555-0126⟧
Child: ⟦N|Htoo, Eh Say Paw⟧   DOB ⟦D|10/17/2097⟧ (18 mo)   MRN ⟦M|UCP-2098-0412⟧   Lang: Karen (S'gaw) - interpreter needed
Parent/guardian: ⟦N|Naw Mu Htoo⟧ (mother), ⟦N|Saw Ler Moo⟧ (father)   Address ⟦S|615 W Broad St⟧ Apt 12, ⟦C|Cookeville⟧, ⟦STATE|TN⟧ ⟦Z|38501⟧   Phone ⟦P|931-555-0153⟧ (dad's work, ⟦O|Averitt Express⟧ dock)
Reason: M-CHAT-R/F score 6 (high risk); ASQ-3 communication 15 (below cutoff), fine motor borderline. No words. Hearing screen passed at birth at ⟦H|Cookeville Regional Medical Center⟧; repeat audiology ordered at ⟦H|Upper Cumberland Audiology⟧.
Referring provider: ⟦N|Kavita Ramaswamy⟧, MD - ⟦H|Upper Cumberland Pediatrics⟧, ⟦S|340 Neal St⟧, ⟦C|Cookeville⟧. NPI ⟦I|1649220871⟧. Phone ⟦P|931-555-0120⟧.
Insurance: ⟦O|TennCare⟧ (⟦O|BlueCare Tennessee⟧) ID ⟦HP|TC00447182091⟧.
Family consents to referral: signed by ⟦N|Naw Mu Htoo⟧ ⟦D|4/9/99⟧ with interpreter ⟦N|Paw Eh Wah⟧ (⟦O|Bridge Refugee Services⟧).
Other agencies: case worker ⟦N|Heather Loftis⟧, ⟦O|Catholic Charities of Tennessee⟧ ⟦P|931-555-0199⟧.
⟦O|TEIS⟧ use only: referral # ⟦I|TEIS-UC-99-03318⟧, service coordinator ⟦N|Darius Whitlock⟧, received ⟦D|4/10/2099⟧.
`);

note("wic-referral", `
WIC Medical Documentation / Referral Form
Participant: ⟦N|Bianca Morales Sepúlveda⟧   DOB ⟦D|02/28/2099⟧ (infant, 6 wk)   WIC family ID ⟦I|FL-WIC-0044718812⟧
Parent: ⟦N|Yaritza Sepúlveda⟧   ⟦S|2309 NE 14th St⟧, ⟦C|Ocala⟧, ⟦STATE|FL⟧ ⟦Z|34470⟧   Cell ⟦P|352-555-0111⟧
Clinic: ⟦O|Florida Department of Health in Marion County⟧ WIC, ⟦S|1801 SE 32nd Ave⟧   Fax ⟦F|352-555-0108⟧
Medical diagnosis: cow's milk protein allergy (blood in stool, poor weight gain; wt 3.9 kg, 8th %ile).
Formula requested: Nutramigen (hypoallergenic), powder, 31 oz/day, duration 3 months. Not Similac Alimentum.
Supplemental foods: none at this age. Mom breastfeeding partially - lactation referral to ⟦N|Carmen Velázquez⟧, IBCLC, ⟦H|Heart of Florida Health Center⟧.
Health care provider: ⟦N|Olumide Adeyemi⟧, MD, FAAP   ⟦H|Ocala Pediatric Care⟧   ⟦P|352-555-0103⟧   License ⟦I|ME 144871⟧   Date ⟦D|4/9/2099⟧
Medicaid ⟦O|Sunshine Health⟧ ID ⟦HP|9044718205⟧. WIC nutritionist ⟦N|Shanice Cole⟧, RD reviewed ⟦D|04/10/2099⟧.
`);

note("school-medication-form", `
⟦O|Mankato Area Public Schools⟧ - Authorization for Medication at School ⟦D|2099-2100⟧
Student: ⟦N|Abdirahman, Hodan Faysal⟧   DOB ⟦D|09/09/2088⟧   Grade 5   School: ⟦O|Kennedy Elementary⟧   Teacher Mrs. ⟦N|Bergstrom⟧
Parent/guardian: ⟦N|Faysal Abdirahman Warsame⟧ ⟦P|507-555-0189⟧ / ⟦N|Sahra Ali⟧ ⟦P|507-555-0190⟧   Home: ⟦S|201 Hickory St⟧, ⟦C|Mankato⟧ ⟦Z|56001⟧
Medication: albuterol HFA 90 mcg with spacer, 2 puffs q4h prn wheeze/cough and 15 min before recess/gym. May self-carry: YES.
Also: cetirizine 10 mg at home only. Asthma Action Plan attached (green/yellow/red).
Prescriber: ⟦N|Leif Haugland⟧, MD, ⟦H|Mayo Clinic Health System - Mankato⟧ Pediatrics ⟦P|507-555-0100⟧ fax ⟦F|507-555-0196⟧   Signed ⟦D|4/9/2099⟧
School nurse: ⟦N|Joanna Kowalski-Fern⟧, LSN ⟦E|jkowal2@isd77-example.org⟧ - reviewed ⟦D|4/13/99⟧; inhaler labeled by ⟦O|Hy-Vee Pharmacy⟧ Rx ⟦I|7720418⟧.
Interpreter for family (Somali): ⟦N|Abshir Dahir⟧, district cultural liaison ext ⟦P|6612⟧.
`);

note("refill-fax", `
FAX - Refill Authorization Request                              Page 1 of 1
To: Dr. ⟦N|Beck⟧ / ⟦H|Pueblo Westside Clinic⟧   Fax ⟦F|(719) 555-0101⟧      From: ⟦O|Walmart Pharmacy 10-1044⟧, ⟦S|1702 Main St⟧, ⟦C|Cañon City⟧ ⟦STATE|CO⟧ ⟦Z|81212⟧   Ph ⟦P|(719) 555-0180⟧  Fax ⟦F|(719) 555-0182⟧
Date sent: ⟦D|04/08/2099⟧ 08:14      Pharmacist: ⟦N|Kyle Dominguez⟧, RPh      NCPDP ⟦I|0644718⟧
Patient: ⟦N|APODACA, GILBERTO R⟧   DOB ⟦D|08/03/1961⟧   Phone ⟦P|719-555-0149⟧   Addr ⟦S|88 Greenwood Ave⟧, ⟦C|Cañon City⟧
Drug: ATORVASTATIN 40 MG TAB   Qty 90   Last fill ⟦D|01/02/2099⟧   Rx# ⟦I|6611821⟧   NDC 00093-5057-98
Drug: LISINOPRIL 20 MG TAB     Qty 90   Last fill ⟦D|01/02/2099⟧   Rx# ⟦I|6611820⟧
Prescriber on file: ⟦N|Alicia Trujillo-Beck⟧, MD  NPI ⟦I|1750348821⟧  DEA ⟦I|AT4471820⟧
Plan: ⟦O|Health First Colorado⟧ (Medicaid) ID ⟦HP|K4471822⟧  BIN 610494 PCN RXOHIO
[X] Approved  Refills: 1  (needs visit)   Signature: ⟦N|A. Trujillo-Beck⟧ MD   Date ⟦D|4/8/99⟧   per ⟦N|jl⟧
CONFIDENTIALITY NOTICE: This fax contains PHI. If received in error call ⟦P|719-555-0100⟧.
`);

note("recall-schedule", `
⟦H|Provo Canyon Family Medicine⟧ - Recall / Outreach List (A1c > 9 or overdue)    run ⟦D|2099-04-09⟧ by ⟦UN|kstrathearn⟧
Name                            DOB          Phone           Last A1c       Last visit      Outreach
⟦N|ARCHULETA, BENNY⟧                 ⟦D|03/14/1957⟧   ⟦P|801-555-0102⟧    10.2 ⟦D|11/2098⟧   ⟦D|11/20/2098⟧     LM x2 - ⟦N|KS⟧
⟦N|FAKATOU, SIOSAIA⟧                 ⟦D|12/01/1971⟧   ⟦P|801-555-0115⟧    9.8 ⟦D|01/2099⟧    ⟦D|01/14/2099⟧     sched ⟦D|4/17⟧ w/ Dr ⟦N|Hale⟧
⟦N|McConkie, Sharla Dawn⟧            ⟦D|07/22/1980⟧   ⟦P|385-555-0121⟧    none           ⟦D|06/02/2097⟧     moved to ⟦C|Ogden⟧? letter
⟦N|NGUYEN-THALMAN, VY⟧               ⟦D|05/30/1965⟧   ⟦P|801-555-0167⟧    11.4 ⟦D|12/2098⟧   ⟦D|12/12/2098⟧     CHW ⟦N|Lani⟧ home visit
⟦N|O'Rourke, Desmond "Dez"⟧         ⟦D|09/09/1952⟧   ⟦P|801-555-0184⟧    9.1 ⟦D|02/2099⟧    ⟦D|02/03/2099⟧     on Ozempic, f/u ok
⟦N|TAFUNA'I, LOSA⟧                   ⟦D|04/04/1949⟧   ⟦P|801-555-0192⟧    9.6 ⟦D|10/2098⟧    ⟦D|10/30/2098⟧     daughter ⟦N|Mele⟧ to call back
Notes: Diabetes education group at ⟦O|Intermountain⟧ ⟦C|Orem⟧ ⟦DAY|Tuesdays⟧; Spanish + Tongan available. Questions to ⟦N|Kira Strathearn⟧, RN care mgr, ⟦E|kira.strathearn@pcfm-example.com⟧.
`);

note("billing-call", `
Account Note - Patient Financial Services   ⟦D|4/9/2099⟧ 13:20   Rep: ⟦N|Marisa Fontaine⟧ (ext ⟦P|5521⟧)
Inbound call from ⟦N|Thaddeus Bellamy⟧ (guarantor) re statement ⟦I|S9904-11827⟧, acct ⟦I|GT-00447812⟧. Verified DOB ⟦D|05/19/1962⟧ and address (⟦S|918 Mockingbird Ln⟧, ⟦C|Quitman⟧).
Pt states ⟦O|Ambetter⟧ should have paid the CMP. Called ⟦O|Peach State Health Plan⟧ provider line ⟦P|800-555-0163⟧, rep ⟦N|Jerome⟧, call ref ⟦I|PSHP-0409-77120⟧: claim ⟦I|2099049K11827⟧ processed, $8.00 is coinsurance - correct.
Wife ⟦N|Odessa Bellamy⟧'s balance $0 (Medicare paid in full).
Set up payment plan $14/mo x3 via card on file - confirmation ⟦I|PP-448201⟧. Emailed receipt to ⟦E|tbellamy1962@bellsouth-example.net⟧.
Pt also asked for itemized bill for his HSA at ⟦O|HealthEquity⟧ - mailed ⟦D|4/10⟧. No further action. -⟦N|MF⟧
`);

note("refugee-immunization-catchup", `
Refugee Health - Immunization Catch-up Record     ⟦H|Lewiston Community Health Center⟧ (⟦S|57 Birch St⟧, ⟦C|Lewiston⟧ ⟦STATE|ME⟧)     ⟦D|4/9/2099⟧
Family arrived ⟦D|02/11/2099⟧ (resettled by ⟦O|Catholic Charities Maine⟧ - caseworker ⟦N|Jean-Paul Mbuyi⟧ ⟦P|207-555-0145⟧). Overseas records from ⟦O|IOM⟧ ⟦C|Nairobi⟧ reviewed. Interpreter: Kirundi, ⟦N|Aline Irakoze⟧ (staff).
Name (A-number)                          DOB           Vaccines given today                                     Next
⟦N|Niyonzima, Dieudonné⟧ (A ⟦I|219-447-182⟧)      ⟦D|1/1/1981⟧      Tdap, HepB #1, MMR #2, varicella #1                      ⟦D|5/7/99⟧
⟦N|Ndikumana, Josiane⟧ (A ⟦I|219-447-183⟧)        ⟦D|1/1/1986⟧      Tdap, HepB #1, MMR #2, HPV #1 (Gardasil 9), varicella #1  ⟦D|5/7/99⟧
⟦N|Niyonzima, Gloire⟧ (A ⟦I|219-447-184⟧)         ⟦D|03/15/2089⟧    DTaP #4, IPV #3, MMR #2, HepA #1, PCV20                 ⟦D|5/7/99⟧
⟦N|Niyonzima, Ange-Marie⟧ (A ⟦I|219-447-185⟧)     ⟦D|11/30/2095⟧    DTaP-IPV-Hib-HepB #2, MMR #1, HepA #1                    ⟦D|5/7/99⟧
Grandmother ⟦N|Béatrice Hakizimana⟧, DOB ⟦D|1/1/1935⟧ (⟦A|95⟧ per documents), declined today; PPD/Quantiferon drawn for all (⟦O|NorDx⟧ lab).
Entered into ImmPact by ⟦N|Corinne Pelletier⟧, LPN. Provider ⟦N|Adwoa Mensah-Gould⟧, FNP. Family phone ⟦P|207-555-0138⟧.
`);

note("dental-perio-note", `
Dental Progress Note - ⟦H|Smiles of Athens Family Dental⟧, ⟦S|12 W Union St⟧, ⟦C|Athens⟧ ⟦STATE|OH⟧     ⟦D|04/09/2099⟧     Op 3
Pt: ⟦N|Adeyemi-Brooks, Folasade⟧   DOB ⟦D|07/07/1985⟧   Chart ⟦M|SAF-22047⟧   Ins: ⟦O|Delta Dental of Ohio⟧ ⟦HP|DDO-7720418-02⟧ (sub: ⟦N|Marcus Brooks⟧, ⟦O|Ohio University⟧)
Med hx reviewed: pregnant 24 wk (OB Dr. ⟦N|Sheffield⟧ at ⟦H|OhioHealth O'Bleness Hospital⟧) - clearance letter on file ⟦D|3/28/99⟧. BP 112/70.
Procedure: D4342 SRP UR quad (#2-#5), 4% articaine 1.7 mL with epi 1:100k, buccal infiltration. Calculus moderate. Pockets 5-6 mm #2, #3 DB.
Perio chart updated. Oral hygiene: Sonicare, floss picks. Chlorhexidine 0.12% rinse bid x2 wk.
Also noted #14 MO fracture - temporized with GIC. Crown deferred until postpartum.
Hygienist: ⟦N|Rachelle Gatewood⟧, RDH   Dentist check: Dr. ⟦N|Vikram Sethi⟧, DMD   Next: SRP UL ⟦D|4/23/2099⟧ (⟦DAY|Thurs⟧) 7:30a
Pt's son ⟦N|Tobi⟧ (DOB ⟦D|2/14/2093⟧) scheduled for sealants same day with ⟦N|Rachelle⟧. Confirm text to ⟦P|740-555-0106⟧ sent by ⟦N|RG⟧.
`);

note("on-call-note", `
After-hours On-Call Telephone Note - ⟦H|Hickory Internal Medicine & Pediatrics⟧
Called by: ⟦O|Answer1 Medical Answering⟧ 23:42 ⟦DAY|Fri⟧ ⟦D|4/10/2099⟧, operator ⟦N|Nell⟧, msg ⟦I|77102⟧
Patient: ⟦N|Yang, Pa Houa⟧ (DOB ⟦D|05/05/2058⟧) - spoke with son ⟦N|Tou Yang⟧ ⟦P|828-555-0195⟧ who interprets (Hmong).
Concern: mom's sugar 48 on her glucometer (Contour Next One SN ⟦DEV|7714204418⟧), shaky, sweaty. Took glipizide + no dinner (fasting, funeral for uncle ⟦N|Xeng Vang⟧ in ⟦C|Morganton⟧).
Advice: 4 oz juice now, recheck 15 min; repeat x2 if < 70; snack with protein. Recheck at 00:05 per son = 102. Hold glipizide tomorrow AM; message to PCP Dr. ⟦N|Lor⟧ (⟦N|Kou Lor⟧, MD) for ⟦DAY|Monday⟧. ED if confused or < 70 despite juice - ⟦H|Frye Regional Medical Center⟧.
Time 18 min. ⟦N|Samuel Otieno⟧, MD (on call)  ⟦D|4/11/99⟧ 00:12
Routed to: ⟦N|K. Lor⟧ MD; CCM nurse ⟦N|Deb Huffman⟧, RN.
`);

note("referral-coordination-emails", `
From: ⟦N|Tanisha Rollins⟧ <⟦E|trollins@ashevillepc-example.com⟧>
Sent: ⟦DAY|Thursday⟧, ⟦D|April 9, 2099⟧ 2:41 PM
To: Referrals - ⟦H|Mission Neurology⟧ <⟦E|neuro.referrals@missionhealth-example.org⟧>
Cc: Dr. ⟦N|Edwin Castellanos-Marsh⟧ <⟦E|ecastellanos@ashevillepc-example.com⟧>
Subject: urgent referral - ⟦N|Dreher, Wolfgang⟧ - new onset tremor/gait

Hi team, following up on referral ⟦I|REF-2099-0332781⟧ faxed ⟦D|4/2⟧ (fax confirmation ⟦I|FC-88102⟧ to ⟦F|828-555-0118⟧). Pt ⟦N|Wolfgang Dreher⟧, DOB ⟦D|10/31/1948⟧, MRN ⟦M|APC-4471820⟧, ⟦O|UnitedHealthcare⟧ AARP Medicare Advantage ⟦HP|9184471820-01⟧. Dr. ⟦N|Castellanos-Marsh⟧ is worried about PD vs NPH - MoCA 22/30, shuffling gait, 2 falls. He lives alone in ⟦C|Black Mountain⟧ (⟦S|15 Cragmont Rd⟧); his nephew ⟦N|Klaus⟧ (⟦P|828-555-0156⟧) drives him. Any sooner slot than ⟦D|6/30⟧?
Thanks - ⟦N|Tanisha⟧, referral coordinator, ⟦H|Asheville Primary Care⟧ ⟦P|828-555-0112⟧ x ⟦P|118⟧

From: ⟦E|neuro.referrals@missionhealth-example.org⟧
Sent: ⟦D|Fri 4/10/2099⟧ 9:05 AM
Re: moved to ⟦D|4/28⟧ 1:00 PM with Dr. ⟦N|Sunniva Haugen⟧ (movement disorders), ⟦S|Medical Park Dr⟧ bldg C. DaTscan will need separate auth. - ⟦N|Jorge⟧, scheduling
`);

note("contact-lens-visit", `
Contact Lens Fitting / Follow-up - ⟦H|Granite State Vision Center⟧, ⟦C|Keene⟧   ⟦D|04-09-2099⟧
Pt ⟦N|Delacroix-Hanh, Simone⟧ DOB ⟦D|1/18/2000⟧ Chart ⟦M|GSV-33018⟧ Referred by Dr. ⟦N|Papadakis⟧ (ophth) for keratoconus OS
Topography (Pentacam) OS: Kmax 52.1 D, thinnest 448 um; OD normal. CXL done ⟦D|11/2098⟧ at ⟦H|Dartmouth Hitchcock Medical Center⟧ by Dr. ⟦N|Anastasia Papadakis⟧.
Lenses dispensed: OD Acuvue Oasys -3.25 / 8.4; OS scleral 16.0 mm (lab: ⟦O|Art Optical⟧, order ⟦I|AO-4471902⟧) - fit good, 200 um clearance, no blanching.
VA cc OD 20/20, OS 20/25. Pt is a student at ⟦O|Keene State College⟧; roommate ⟦N|Priya⟧ helps with insertion.
Billing: ⟦O|EyeMed⟧ medically necessary CL benefit, member ⟦HP|EM44718202⟧, auth ⟦I|EMA-99-20418⟧.
Optometrist ⟦N|Garrett Lindqvist⟧, OD, FAAO. Tech ⟦N|Ama⟧. Mom ⟦N|Hanh Delacroix⟧ ⟦P|603-555-0151⟧ (payer). RTC 1 mo ⟦D|May 7⟧.
`);
write();
