// Why this file exists: builds test/fixtures/clinical-notes-52.jsonl, a fifty-second labelled set of clinical texts
// written by hand in stop 55 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 49 and 50's generators, fixture-io.mjs, test/clinical-notes-50.test.ts,
// test/helpers/fixture-suite.ts, stop 54's fy54 section of docs/names-rounds.md and the opening comments of the other
// generators were read for the form, the labels and the registers already held; fixture 51, written blind at the same
// time by another helper, was not read), in the register of THERAPY, PHARMACY AND REMOTE CARE, which no earlier fixture
// holds as a whole: outpatient physical, occupational and speech therapy (evaluations, Medicare plans of care with a
// physician's certification, daily and progress notes, discharge summaries, a modified barium swallow, LSVT LOUD,
// vestibular, pediatric feeding and hand therapy, a splint order by fax, workers' compensation and auto-insurance (PIP)
// therapy reports), cardiac and pulmonary rehabilitation (an individualised treatment plan, session logs, a completion
// summary, a referral), specialty and retail pharmacy (a specialty intake and benefits investigation, a refill
// assessment call, a prior authorisation request and an appeal letter, manufacturer patient-assistance applications and
// e-mails, REMS (clozapine, iPLEDGE), compounding records, medication therapy management notes and a CMR letter, a
// pharmacist's discharge medication reconciliation, a pharmacist-run INR log, a pharmacy call log), home infusion (an
// intake, a nursing visit, a text thread), and telehealth and remote care (RPM device enrolment with serials and IMEIs,
// an RPM alert log and a monthly summary, remote therapeutic monitoring of a therapy app, CCM calls and a care plan, a
// tele-stroke and two tele-psychiatry consults, an e-consult, a video visit, a portal thread with an audit row). 10 in
// ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Spokane and Coeur d'Alene; Lewiston, Clarkston and
// Orofino; Boise, Idaho Falls and Twin Falls; Tulsa, Pawhuska, Tahlequah, Park Hill, Wagoner and Oklahoma City;
// Lafayette, New Iberia, Opelousas and Eunice; Hattiesburg, Jackson, Raleigh and Pascagoula; Sioux Falls, Watertown,
// Rapid City and Pine Ridge; Fargo and Moorhead; Joplin and Springfield (Missouri); Lubbock and Amarillo; McAllen,
// Pharr and El Paso; Wausau and Eau Claire; Farmington, Wilton and Portland (Maine); Greenfield; Bradford, Newbury,
// Lebanon and Woodsville; Scranton, Hazleton, Sayre and Elmira; Roanoke; Huntsville; Lakeland and Orlando; Reno and
// Sparks; Kalamazoo and Portage; Bloomington (Illinois); Grand Junction; Anchorage and Wasilla; Washington.
// PHI forms sought: names of many origins (Ukrainian, Osage, Cherokee, Lakota, Northern Cheyenne and Nez Perce country
// names, Cajun and Creole, Vietnamese, Hmong, Somali, Nigerian (Yoruba, Igbo), Punjabi with "Kaur" and "Singh", Samoan,
// Mexican with two surnames, Norwegian and Swedish, German, Polish, Italian, Irish, Japanese, Persian, Russian, Serbian,
// Maori, French with a hyphenated given name ("Marguerite-Anne", "Marie-Claire")), nicknames in quotes and parentheses,
// hyphenated surnames, surnames alone after a title ("Dr. Ellingboe", "mrs. broussard", "deputy Hickey"), "LAST, FIRST"
// rows in logs, staff initials and sign-offs, a legend of staff initials; dates as "10/13/2099", "10/13/99",
// "10-OCT-2099", "13 OCT 2099", "2099-10-13", "October 13, 2099", "Oct 13, 2099", "13 October 2099", "Tue Oct 13 2099",
// "10-13-2099", month and year, a bare year, dates in e-mail headers, chat logs and INR rows; ages over 89; phones,
// faxes, pagers and extensions, e-mails, URLs, IPs (v4 and v6); MRNs, patient and chart numbers; workers' compensation,
// PIP and auto policy numbers, claim, case, intake, application, auth, PA, appeal, denial, CoverMyMeds key, REMS
// (pharmacy, prescriber, patient), iPLEDGE, copay-card, Rx, NPI, DEA, NCPDP, licence, session, encounter, order,
// tracking, receipt and referral numbers; member, Medicare (MBI), Medicaid, group and Part D numbers; device serials
// (BP cuffs, scales, pulse oximeters, cellular hubs and IMEIs, a tablet's asset tag, infusion pumps, a telemetry unit,
// oxygen concentrators, a CoaguChek, a Bioness, a balance in a compounding room, a tele-stroke cart, a cuff's MAC
// address); user names of portals, apps and staff.
// Hard negatives: drugs (Dupixent, Humira, Ozempic, Jardiance, Trijardy, Eliquis, Xarelto, Entresto, Farxiga, clozapine,
// olanzapine, lithium, isotretinoin (Absorica), Nexplanon, ocrelizumab (Ocrevus), natalizumab, ertapenem, daptomycin,
// Gamunex-C, Verzenio, Breztri, Spiriva, Trelegy, Paxlovid, Lantus, Humalog, Ventolin, methimazole, Bactrim, Arexvy),
// devices and programmes (CADD-Solis, Inogen One G5, Aerobika, Dexcom G7, CoaguChek XS, Bioness H200, NuStep, TheraBand,
// Otoform, VitalStim, Physitrack, MedBridge, Surescripts, CoverMyMeds, GoodRx, iPLEDGE), scores, scales, tests and
// protocols (Oswestry, FOTO, McKenzie, Berg Balance, TUG, ABC scale, Otago, QuickDASH, Jamar, Hawkins-Kennedy, Neer,
// Brotzman, LEFS, ODI, NDI, Spurling, Lachman, FIM, 9-hole peg, Box and Block, Semmes-Weinstein, Fugl-Meyer, MoCA,
// MBSImP, PAS, IDDSI, FOIS, EAT-10, Rainbow Passage, LSVT LOUD, SOS approach, DHI, Dix-Hallpike, Epley, Brandt-Daroff,
// Fukuda, mCTSIB, 6MWT, Borg, Duke Activity Status Index, CAT, mMRC, CRQ, PHQ-9, C-SSRS, YMRS, NIHSS, ASPECTS, Beers,
// Modified Duran protocol, Press Ganey), and "Faith", "Honey" and "Sue" as names (labelled) beside words.
// Labelling follows fixtures 49 and 50 exactly: weekdays and holidays are `ignored` (DAY), as are states and countries;
// clock times, session counts and relative dates are left unlabelled; ages under 90 are no PHI, and an age over 89 is
// the number only; clinicians', therapists', pharmacists', techs' and staff initials are PHI; titles, degrees,
// credentials, relations and cue words stay outside the name; "the" stays outside a facility; therapy clinics and
// practices, rehab centres and programmes of a hospital, hospitals, clinics and assisted-living residences with a
// place's or a proper name are HOSPITAL; pharmacies (retail, specialty, compounding, mail-order), home-infusion
// companies, RPM and telehealth vendors, device and oxygen suppliers, insurers, PBMs, workers' compensation and auto
// carriers and their administrators, manufacturers and their assistance foundations, labs, employers, schools and
// universities, tribes and nations, law firms, sheriffs' offices, churches, shippers and businesses are ORGANIZATION;
// counties, rivers and highways are LOCATION-OTHER; P.O. boxes and rural routes are STREET; MRNs, patient and chart
// numbers MRN; member, Medicare (MBI), Medicaid, group and Part D numbers HEALTHPLAN; claim, policy, case, auth and the
// other numbers named above ID; user ids and app log-ins USERNAME; serials, IMEIs, MAC addresses and asset tags of devices
// DEVICE; extensions and pagers PHONE. Lot numbers, NDC, BIN and PCN, CPT and ICD codes, form numbers and scores stay
// unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large payers, pharmacies, labs and companies are real, named as companies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-50 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-52.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-52.jsonl", "make-clinical-fixture-52");
// ======================================================== ALL CAPS (10) ========================================================

note("pt-eval-wc-caps", `
⟦H|RIVERBEND PHYSICAL THERAPY⟧ - ⟦S|2418 N DIVISION ST⟧, ⟦C|SPOKANE⟧ ⟦STATE|WA⟧ ⟦Z|99207⟧   PH ⟦P|509-555-0231⟧   FAX ⟦F|509-555-0232⟧
PHYSICAL THERAPY INITIAL EVALUATION - WORKERS' COMPENSATION
PATIENT: ⟦N|KOVALENKO, BOHDAN ANDRIIOVYCH⟧   DOB ⟦D|03/27/1979⟧   MRN ⟦M|RBPT-0044821⟧   DATE OF EVAL ⟦D|10/13/2099⟧
EMPLOYER: ⟦O|INLAND EMPIRE LUMBER CO⟧ (⟦PROF|MILLWRIGHT⟧)   DOI ⟦D|09/02/2099⟧   ⟦O|L&I⟧ CLAIM # ⟦I|BK-4418207⟧   ATTENDING: ⟦N|MORITZ ELLINGBOE⟧, MD (⟦H|NORTHWEST OCCUPATIONAL MEDICINE⟧)
CLAIM MANAGER: ⟦N|DARCY PELLETIER-WOO⟧, ⟦O|WASHINGTON STATE DEPT OF LABOR AND INDUSTRIES⟧ ⟦P|360-555-0271⟧ EXT ⟦P|4402⟧
MECHANISM: LIFTING 80 LB GEARBOX FROM FLOOR, FELT POP LOW BACK WITH PAIN TO R BUTTOCK/POSTERIOR THIGH.
OUTCOMES: OSWESTRY 52% (SEVERE). FOTO LUMBAR FS 38. PAIN 7/10 (NPRS). SLR + R AT 40 DEG. MCKENZIE: CENTRALIZES WITH REPEATED EXT IN LYING.
ASSESSMENT: S/S CONSISTENT WITH LUMBAR DISC DERANGEMENT, DIRECTIONAL PREFERENCE EXTENSION. RTW LIGHT DUTY PER DR. ⟦N|ELLINGBOE⟧'S ACTIVITY PRESCRIPTION FORM.
PLAN: 2X/WK X 6 WKS (97161, 97110, 97140, 97530). HEP VIA MEDBRIDGE, ACCESS CODE ⟦I|K7RQ2WX⟧.
EVALUATING PT: ⟦N|ANIKA SVENDSEN-OBI⟧, PT, DPT   WA LIC ⟦I|PT60447182⟧   NPI ⟦I|1538207741⟧   ⟦D|10/13/99⟧ 14:20
INTERPRETER (UKRAINIAN) BY PHONE: ⟦O|CYRACOM⟧ ID ⟦I|41887⟧. WIFE ⟦N|OKSANA⟧ PRESENT. NEXT APPT ⟦DAY|THURSDAY⟧ ⟦D|10/15⟧ W/ PTA ⟦N|JAKE MORNINGSTAR⟧.
COPY TO: ⟦N|DARCY PELLETIER-WOO⟧ (⟦O|L&I⟧) FAX ⟦F|360-555-0279⟧; VOCATIONAL COUNSELOR ⟦N|ROLAND TSCHIDA⟧, ⟦O|CASCADE VOCATIONAL SERVICES⟧ ⟦P|509-555-0254⟧; PT HOME ⟦S|7720 N COLTON ST⟧, ⟦C|SPOKANE⟧ ⟦Z|99208⟧. L&I PROVIDER # ⟦I|4471820⟧.
`);

note("cardiac-rehab-itp-caps", `
CARDIAC REHABILITATION - INDIVIDUALIZED TREATMENT PLAN (30-DAY REVIEW)   ⟦H|SAINT FRANCIS HEART CENTER⟧ CARDIAC REHAB, ⟦C|TULSA⟧ ⟦STATE|OK⟧
PATIENT: ⟦N|REDCORN, WALLACE EUGENE⟧   DOB ⟦D|12/08/1954⟧   MRN ⟦M|SF-77201446⟧   ⟦O|OSAGE NATION⟧ HEALTH BENEFITS / MEDICARE MBI ⟦HP|5TR2-QX8-HN47⟧
QUALIFYING EVENT: NSTEMI, DES TO LAD ⟦D|08/19/2099⟧ AT ⟦H|HILLCREST MEDICAL CENTER⟧ (DR. ⟦N|PRAVEEN CHANDRASEKARAN⟧).
REFERRING/SUPERVISING MD: ⟦N|ALISTAIR FAIRCLOTH⟧, MD   PHASE II START ⟦D|09/14/2099⟧   SESSIONS COMPLETED 12/36
EXERCISE: TREADMILL 2.8 MPH 3% + NUSTEP L5 + ARM ERGOMETER. RPE (BORG) 12-13. THR 96-116. NO ARRHYTHMIA ON TELEMETRY (UNIT SN ⟦DEV|TM4471208⟧).
6MWT: 372 M (BASELINE) -> 441 M ⟦D|10/12/2099⟧. DUKE ACTIVITY STATUS INDEX 28.2.
NUTRITION: RD ⟦N|CAMILLE ROUBIDEAUX⟧ - LDL 88 ON ATORVASTATIN 80, A1C 6.9. PSYCHOSOCIAL: PHQ-9 = 8; WIFE ⟦N|LORETTA REDCORN⟧ ATTENDS EDUCATION CLASSES.
GOALS: RETURN TO DEER HUNTING ON FAMILY LAND NEAR ⟦C|PAWHUSKA⟧ BY ⟦D|NOV 2099⟧.
ITP REVIEWED AND SIGNED: ⟦N|A. FAIRCLOTH⟧, MD ⟦D|10/13/2099⟧   EXERCISE PHYSIOLOGIST ⟦N|TRENT OYAMA⟧, CEP   RN ⟦N|BKS⟧
NEXT REVIEW ⟦D|11/12/2099⟧. QUESTIONS: REHAB DESK ⟦P|918-555-0246⟧.
SESSION LOG: ⟦D|10/05/2099⟧ ⟦N|TO⟧ / ⟦D|10/07/2099⟧ ⟦N|TO⟧ / ⟦D|10/09/2099⟧ ⟦N|BKS⟧ (BP 168/90 PRE - HELD, DR. ⟦N|FAIRCLOTH⟧ PAGED ⟦P|918-555-0301⟧) / ⟦D|10/12/2099⟧ ⟦N|TO⟧. PT LIVES ⟦S|2210 N HARVARD AVE⟧, ⟦C|TULSA⟧ ⟦Z|74115⟧.
`);

note("specialty-pharmacy-intake-caps", `
⟦O|ACCREDO⟧ SPECIALTY PHARMACY - NEW PATIENT INTAKE / BENEFITS INVESTIGATION   CASE # ⟦I|SP-99-1048821⟧   RECEIVED ⟦D|10-OCT-2099⟧
PATIENT: ⟦N|THIBODEAUX, EVANGELINE MARIE⟧   DOB ⟦D|04/16/1988⟧   ⟦S|311 BAYOU TECHE RD⟧, ⟦C|NEW IBERIA⟧ ⟦STATE|LA⟧ ⟦Z|70563⟧   CELL ⟦P|337-555-0218⟧
DRUG: DUPIXENT 300 MG/2 ML PEN, LOADING 600 MG THEN 300 MG Q2W   DX L20.9   PRESCRIBER: ⟦N|RENAUD BOUDREAUX-HALL⟧, MD (⟦H|ACADIANA DERMATOLOGY⟧, ⟦C|LAFAYETTE⟧)
PRESCRIBER NPI ⟦I|1417720938⟧   OFFICE CONTACT ⟦N|KELLI⟧ ⟦P|337-555-0240⟧   FAX ⟦F|337-555-0241⟧
PRIMARY INS: ⟦O|BLUE CROSS BLUE SHIELD OF LOUISIANA⟧ ID ⟦HP|XUB884201937⟧ GROUP ⟦HP|47718⟧   RX BIN 610455 PCN OHCP
PA REQUIRED - SUBMITTED VIA COVERMYMEDS KEY ⟦I|BVX4-7TQ2⟧ ⟦D|10/10/99⟧; APPROVED ⟦D|10/12/99⟧ THRU ⟦D|10/11/2100⟧ (AUTH ⟦I|PA-0448210-LA⟧).
COPAY $250/FILL -> ENROLLED DUPIXENT MYWAY COPAY CARD, MEMBER ⟦I|DMW77204418⟧ (BIN 004682) -> $0.
SHIP TO: PT HOME, SIGNATURE REQUIRED, COLD CHAIN. FIRST SHIP ⟦D|10/14/2099⟧ VIA ⟦O|FEDEX⟧ TRACKING ⟦I|7720 4418 2093⟧.
INJECTION TRAINING: NURSE ⟦N|GRACIELA FONTENOT⟧, RN (⟦O|ACCREDO⟧ NURSING) HOME VISIT ⟦D|10/16⟧. PHARMACIST: ⟦N|DEVANSH RAO⟧, PHARMD ⟦D|10/13/2099⟧.
PT PORTAL: ⟦U|HTTPS://WWW.ACCREDO-EXAMPLE.COM/MYACCOUNT⟧ USER ⟦UN|EVANGELINE.T88⟧. SECONDARY CONTACT HUSBAND ⟦N|REMY THIBODEAUX⟧ ⟦P|337-555-0226⟧. EMPLOYER PLAN VIA ⟦O|IBERIA PARISH SCHOOL BOARD⟧.
`);

note("home-infusion-visit-caps", `
⟦O|OPTION CARE HEALTH⟧ - HOME INFUSION NURSING VISIT NOTE   BRANCH ⟦C|SIOUX FALLS⟧ ⟦STATE|SD⟧   ⟦D|10/13/2099⟧ 0910-1025
PATIENT: ⟦N|TWO BULLS, HAROLD JAMES⟧   DOB ⟦D|06/02/1961⟧   PATIENT # ⟦M|OC-5508214⟧   ADDRESS ⟦S|4709 W 41ST ST⟧, ⟦C|SIOUX FALLS⟧ ⟦Z|57106⟧
THERAPY: ERTAPENEM 1 G IV Q24H X 6 WKS (VERTEBRAL OSTEOMYELITIS) VIA R BASILIC PICC 4 FR DL, PLACED ⟦D|09/29/2099⟧ AT ⟦H|SANFORD USD MEDICAL CENTER⟧.
PUMP: CADD-SOLIS SN ⟦DEV|CS1044820⟧ (BACKUP ELASTOMERIC). DRESSING CHANGED, CAP CHANGED, EXTERNAL LENGTH 2 CM UNCHANGED. ARM CIRC 29 CM.
LABS DRAWN: CBC, CMP, ESR/CRP - SENT TO ⟦O|SANFORD LABORATORIES⟧ COURIER, RESULTS TO ID DR. ⟦N|JOHANNA VERMEULEN⟧ FAX ⟦F|605-555-0288⟧.
PT TOLERATING. WIFE ⟦N|DELPHINE⟧ TRAINED TO DISCONNECT. PHARMACIST ⟦N|TOMAS HRUBY⟧, RPH DOSE VERIFIED.
PAYER: ⟦O|WELLMARK BCBS OF SOUTH DAKOTA⟧ ⟦HP|WSD7720441801⟧   AUTH ⟦I|WM-HI-2099-66120⟧ THRU ⟦D|11/10/2099⟧.
NEXT VISIT ⟦D|10/20/99⟧. RN ⟦N|MARIT SOLBERG⟧, RN ⟦P|605-555-0230⟧. ON-CALL PHARMACY 24/7 ⟦P|800-555-0219⟧.
`);

note("rpm-enrollment-caps", `
REMOTE PATIENT MONITORING - DEVICE ENROLLMENT   PROGRAM: ⟦H|MERCY CLINIC FAMILY MEDICINE - JOPLIN⟧ / VENDOR ⟦O|HEALTH RECOVERY SOLUTIONS⟧
ENROLLED ⟦D|10/09/2099⟧ BY ⟦N|SHAYLA PRUITT⟧, MA (USER ⟦UN|SPRUITT4⟧)   CONSENT VERBAL, WITNESS ⟦N|TODD BECKHAM⟧, RN
PATIENT: ⟦N|HOLLOWAY, ARVELLA JEAN⟧   DOB ⟦D|01/03/1936⟧   AGE ⟦A|93⟧   MRN ⟦M|MCJ-2210488⟧   PHONE ⟦P|417-555-0260⟧
ADDRESS: ⟦S|1107 S MOFFET AVE⟧, ⟦C|JOPLIN⟧ ⟦STATE|MO⟧ ⟦Z|64801⟧   ALT CONTACT GRANDSON ⟦N|COLBY HOLLOWAY⟧ ⟦P|417-555-0277⟧
DX: HFREF (EF 30%), HTN, CKD 3B. ORDERING: ⟦N|NKECHI ADEBAYO-FRANKS⟧, DO
DEVICES SHIPPED:
  BP CUFF        A&D UA-651BLE      SN ⟦DEV|5220448127⟧
  SCALE          BODYTRACE BT005    SN ⟦DEV|BT-00771846⟧   IMEI ⟦DEV|356938035643809⟧
  PULSE OX       NONIN 3230         SN ⟦DEV|502204881⟧
  TABLET         SAMSUNG TAB A      ASSET ⟦DEV|HRS-TAB-40217⟧
ALERT PARAMETERS: WT GAIN > 3 LB/24H OR 5 LB/WK; SBP > 160 OR < 95; SPO2 < 89.
BILLING: 99453 ⟦D|10/09/2099⟧; 99454 MONTHLY. MEDICARE ⟦HP|2HK7-WE4-MP19⟧ + ⟦O|MISSOURI MEDICAID⟧ DCN ⟦HP|10447821⟧.
FIRST TRANSMISSION ⟦D|10/10/2099⟧ 07:41. PHARMACY ON FILE ⟦O|SHOPPER'S DRUG #7⟧ ⟦C|WEBB CITY⟧ ⟦P|417-555-0233⟧. HOME HEALTH ⟦O|FREEMAN HOME HEALTH⟧ (NURSE ⟦N|DANIELLA OGBU⟧). SUPPORT TICKET ⟦I|HRS-TKT-558120⟧.
`);

note("prior-auth-caps", `
PRIOR AUTHORIZATION REQUEST - PHARMACY   TO: ⟦O|EXPRESS SCRIPTS⟧ CLINICAL REVIEW   FAX ⟦F|877-555-0251⟧   ⟦D|10/12/2099⟧
MEMBER: ⟦N|ABERNATHY-SALAZAR, DOLORES⟧   DOB ⟦D|09/30/1966⟧   MEMBER ID ⟦HP|ESI448207731⟧   GROUP ⟦HP|TXRET2210⟧   PLAN ⟦O|TRS-ACTIVECARE⟧
MEDICATION: OZEMPIC 1 MG/DOSE PEN, 1 MG SC WEEKLY, QTY 3 ML/28 DAYS   DX E11.65, E66.01
PRESCRIBER: ⟦N|VIKRAM CHAUDHRY⟧, MD   NPI ⟦I|1093822047⟧   DEA ⟦I|FC4418207⟧   ⟦H|LUBBOCK DIABETES AND ENDOCRINE⟧, ⟦S|4102 24TH ST⟧ STE 300, ⟦C|LUBBOCK⟧ ⟦STATE|TX⟧ ⟦Z|79410⟧
CONTACT: ⟦N|ROCIO VILLARREAL⟧ ⟦P|806-555-0268⟧ EXT ⟦P|117⟧
TRIED/FAILED: METFORMIN 1000 BID (⟦D|2096⟧-PRESENT), GLIPIZIDE (HYPOGLYCEMIA ⟦D|MAR 2098⟧), JARDIANCE (RECURRENT YEAST INFECTIONS ⟦D|01/2099⟧).
A1C 8.8 (⟦D|09/28/2099⟧), BMI 37. NO HX PANCREATITIS OR MTC/MEN2.
ATTESTATION: I CERTIFY THE ABOVE IS ACCURATE. ⟦N|V. CHAUDHRY⟧ MD ⟦D|10/12/99⟧
ESI USE: CASE ⟦I|PA-58820471⟧   RECEIVED ⟦D|10/12/2099⟧ 15:02   REVIEWER ⟦N|M. OKAFOR⟧, PHARMD   DECISION: APPROVED 12 MO.
DECISION FAXED TO PRESCRIBER ⟦F|806-555-0269⟧ AND MAILED TO MEMBER AT ⟦S|5514 80TH ST⟧, ⟦C|LUBBOCK⟧ ⟦Z|79424⟧. PHARMACY: ⟦O|UNITED SUPERMARKETS PHARMACY #528⟧ ⟦P|806-555-0211⟧.
`);

note("clozapine-rems-caps", `
CLOZAPINE REMS - PATIENT STATUS FORM / ANC MONITORING   PHARMACY: ⟦O|SOUTHSIDE COMMUNITY PHARMACY⟧, ⟦S|910 HWY 49⟧, ⟦C|HATTIESBURG⟧ ⟦STATE|MS⟧ ⟦Z|39401⟧
PHARMACY REMS CERT ID ⟦I|CPH-2207718⟧   NCPDP ⟦I|2544180⟧   PHARMACIST ⟦N|LATOYA BRUMFIELD⟧, PHARMD   PH ⟦P|601-555-0213⟧
PATIENT: ⟦N|PEARSON, DEMARCUS LAMONT⟧   DOB ⟦D|02/11/1990⟧   REMS PATIENT ID ⟦I|RP-77120448⟧   MONITORING: MONTHLY
PRESCRIBER: ⟦N|HELENE ASHWORTH-BAPTISTE⟧, MD   REMS PRESCRIBER ID ⟦I|PR-4418827⟧   ⟦H|PINE BELT MENTAL HEALTH⟧ ⟦C|HATTIESBURG⟧   FAX ⟦F|601-555-0290⟧
ANC ⟦D|10/08/2099⟧: 2,410/UL (NORMAL RANGE) DRAWN AT ⟦O|LABCORP⟧ PSC ⟦S|6180 US HWY 98⟧   PRIOR ANC ⟦D|09/09/2099⟧: 2,880/UL
DISPENSE: CLOZAPINE 100 MG TAB, 300 MG QHS, 30 DAY SUPPLY   RX # ⟦I|2210448⟧   PDA VERIFIED ⟦D|10/13/2099⟧ 10:41
CASE MANAGER ⟦N|TERRENCE "T-BONE" MAGEE⟧ PICKS UP (ACT TEAM). MOTHER ⟦N|GLORIA PEARSON⟧ ⟦P|601-555-0225⟧.
NOTE: PT ASKED ABOUT STOPPING - COUNSELED, MESSAGE SENT TO DR. ⟦N|ASHWORTH-BAPTISTE⟧. ⟦N|LB⟧
NEXT ANC DUE ⟦D|11/08/2099⟧. PT ADDRESS ⟦S|34 BRYANT DR⟧, ⟦C|PETAL⟧ ⟦STATE|MS⟧ ⟦Z|39465⟧. ACT TEAM LINE ⟦P|601-555-0230⟧. PHARMACY TECH ⟦N|CORTEZ HOLLOWELL⟧, CPHT.
`);

note("slp-mbs-caps", `
SPEECH-LANGUAGE PATHOLOGY - MODIFIED BARIUM SWALLOW STUDY   ⟦H|EASTERN IDAHO REGIONAL MEDICAL CENTER⟧ RADIOLOGY, ⟦C|IDAHO FALLS⟧ ⟦STATE|ID⟧
PATIENT: ⟦N|CHRISTIANSEN, VERL OTTO⟧   DOB ⟦D|05/05/1933⟧   MRN ⟦M|EIRMC-0883127⟧   ACCT ⟦I|V0044718277⟧   DATE ⟦D|13 OCT 2099⟧
REFERRED BY: ⟦N|SAOIRSE DUNLEAVY⟧, NP (⟦H|TETON VIEW SKILLED NURSING⟧)   RADIOLOGIST: DR. ⟦N|KAZUHIRO ITAGAKI⟧
HX: L MCA CVA ⟦D|08/2099⟧, COUGHING WITH THIN LIQUIDS, PNA X1 (⟦D|SEPT 2099⟧).
FINDINGS: MBSIMP - DELAYED SWALLOW INITIATION TO PYRIFORM SINUSES WITH THIN; SILENT ASPIRATION PAS 8 WITH THIN X2; PAS 2 WITH MILDLY THICK (IDDSI 2). CHIN TUCK ELIMINATED PENETRATION.
RECOMMEND: IDDSI LEVEL 6 SOFT & BITE-SIZED, LEVEL 2 MILDLY THICK LIQUIDS, MEDS WHOLE IN PUREE, UPRIGHT 90 DEG, CHIN TUCK. FOIS 5.
SLP TX AT FACILITY 5X/WK: VITALSTIM, EFFORTFUL SWALLOW, SHAKER. REPEAT MBS IN 4-6 WKS.
DISCUSSED WITH DAUGHTER ⟦N|JOLENE ANDERSEN⟧ BY PHONE ⟦P|208-555-0233⟧. REPORT FAXED TO ⟦H|TETON VIEW SKILLED NURSING⟧ ⟦F|208-555-0239⟧.
⟦N|MARGUERITE HAYASHI-COLE⟧, MS, CCC-SLP   ⟦D|10/13/99⟧ 1115
CC: ⟦N|SAOIRSE DUNLEAVY⟧, NP; FACILITY SLP ⟦N|BRIGHAM OLSEN⟧ ⟦P|208-555-0236⟧ EXT ⟦P|212⟧. PAYER ⟦O|SELECTHEALTH⟧ MEDICARE ADVANTAGE ⟦HP|SH00447182⟧.
`);

note("hand-therapy-wc-caps", `
OCCUPATIONAL THERAPY / CERTIFIED HAND THERAPY PROGRESS REPORT - ⟦O|SEDGWICK⟧ CLAIMS (WORKERS' COMP)
CLINIC: ⟦H|WAUSAU HAND AND UPPER EXTREMITY CENTER⟧, ⟦S|3800 STEWART AVE⟧, ⟦C|WAUSAU⟧ ⟦STATE|WI⟧ ⟦Z|54401⟧   FAX ⟦F|715-555-0216⟧
CLAIMANT: ⟦N|XIONG, KOU NENG⟧   DOB ⟦D|11/22/1984⟧   CLAIM # ⟦I|30992044718-0001⟧   EMPLOYER ⟦O|GREENHECK FAN CORP⟧   DOI ⟦D|07/30/2099⟧
ADJUSTER: ⟦N|BRITTANY KNUTSON⟧ ⟦P|262-555-0248⟧ ⟦E|BKNUTSON@SEDGWICK-EXAMPLE.COM⟧   NCM ⟦N|RHONDA SCHEFFLER⟧, RN
SURGEON: DR. ⟦N|ANDERS LUNDQUIST⟧ - R FDP ZONE II REPAIR ⟦D|08/04/2099⟧ AT ⟦H|ASPIRUS WAUSAU HOSPITAL⟧. MODIFIED DURAN PROTOCOL.
VISIT 14 OF 24, ⟦D|10/12/2099⟧. TAM R RING 165 DEG (L 260). JAMAR GRIP R 38 LB / L 96 LB (POS 2). QUICKDASH 54.5. PINCH R 9 LB.
SPLINT: DORSAL BLOCKING ORTHOSIS D/C'D WK 6; NOW BLOCKING EXERCISES, SCAR MGMT WITH OTOFORM. EDEMA 1 CM AT PIP.
WORK STATUS: NO USE R HAND AT WORK UNTIL ⟦D|11/01/2099⟧; FCE PLANNED ⟦D|DEC 2099⟧ AT ⟦H|ASPIRUS WORK HEALTH⟧.
THERAPIST: ⟦N|HALEY VANG-PETERSON⟧, OTR/L, CHT   NEXT VISIT ⟦DAY|MON⟧ ⟦D|10/19⟧. INTERPRETER (HMONG) ⟦N|PAJ YANG⟧.
AUTH FROM ⟦O|SEDGWICK⟧: ⟦I|SED-UR-99-228104⟧, 12 VISITS ⟦D|10/12/2099⟧-⟦D|11/30/2099⟧. CLAIMANT PHONE ⟦P|715-555-0292⟧. ⟦N|HVP⟧/⟦N|CJ⟧
`);

note("telestroke-caps", `
TELESTROKE CONSULT - ⟦O|BLUE SKY NEUROLOGY⟧ FOR ⟦H|FRANKLIN MEMORIAL HOSPITAL⟧, ⟦C|FARMINGTON⟧ ⟦STATE|ME⟧   CART ⟦DEV|TS-CART-0219⟧   SESSION ⟦I|BSN-99101313-0447⟧
PAGED 13:13 ⟦D|10/13/2099⟧, CONNECTED 13:19, NEEDLE 13:41. CONSULTANT: ⟦N|ISOBEL FARQUHARSON-OKAFOR⟧, MD (LOCATED ⟦C|DENVER⟧ ⟦STATE|CO⟧)
BEDSIDE: ED MD ⟦N|LUCIEN GAGNON⟧; RN ⟦N|AMBER TWITCHELL⟧ ON CAMERA.
PT: ⟦N|LEVESQUE, MARIE-CLAIRE⟧   DOB ⟦D|07/19/1929⟧   AGE ⟦A|90⟧   MRN ⟦M|FMH-0044917⟧   LKW 12:05 PER HUSBAND ⟦N|ROLAND⟧ (AT ⟦O|HANNAFORD⟧ IN ⟦C|WILTON⟧ TOGETHER)
NIHSS 11 (R FACE, R ARM 3, R LEG 2, APHASIA 2). CT HEAD NO BLEED, ASPECTS 9. CTA: L M1 CUTOFF.
TNK 0.25 MG/KG GIVEN 13:41. TRANSFER FOR EVT - ⟦H|MAINE MEDICAL CENTER⟧ ⟦C|PORTLAND⟧ ACCEPTED (DR. ⟦N|PAVLOV⟧), ⟦O|LIFEFLIGHT OF MAINE⟧ ETA 14:20.
FAMILY: SON ⟦N|DENIS LEVESQUE⟧ ⟦P|207-555-0297⟧ INFORMED. CONSULT TIME 38 MIN. ⟦N|IFO⟧
`);

// ======================================================== lower case (10) ========================================================

note("pt-portal-thread-lo", `
mychart message thread - ⟦H|coeur d'alene sports and spine pt⟧ (⟦S|2201 n government way⟧, ⟦C|coeur d'alene⟧)
from: ⟦N|brynlee nakamura-shaw⟧ (patient)   sent ⟦D|10/11/2099⟧ 8:52 pm
hi ⟦N|tasha⟧, my knee is really swollen after the step ups yesterday. should i skip ⟦DAY|monday⟧? also my surgeon dr ⟦N|halvorsen⟧ wants the progress note before my post op on ⟦D|oct 20⟧. my brace is the dj donjoy one, not the hinged. thanks ⟦N|brynlee⟧
---
reply: ⟦N|natasha pruneda⟧, pt, dpt   sent ⟦D|10/12/2099⟧ 7:40 am
hi ⟦N|brynlee⟧ - ice + elevate, keep doing quad sets and heel slides, skip step ups for now. keep ⟦DAY|monday⟧, we'll measure effusion (stroke test) and your lachman side. i faxed the note to dr ⟦N|halvorsen⟧ at ⟦H|kootenai orthopedics⟧ ⟦F|208-555-0282⟧. if it gets hot/red call us ⟦P|208-555-0280⟧.
---
from: ⟦N|brynlee nakamura-shaw⟧   sent ⟦D|10/12/2099⟧ 9:03 am
ok. also my mom ⟦N|keiko⟧ (⟦N|keiko shaw⟧, ⟦P|208-555-0299⟧) is the one paying, her insurance is ⟦O|pacificsource⟧ id ⟦HP|ps04471820⟧ and she changed her email to ⟦E|keiko.shaw1970@gmail.com⟧. i start at ⟦O|north idaho college⟧ in jan so need afternoons.
---
front desk (⟦N|mikayla⟧): updated. auth from ⟦O|pacificsource⟧ ⟦I|pso-99-2244871⟧ covers 20 visits thru ⟦D|1/31/2100⟧. visit 9 of 20 on ⟦D|10/14⟧.
audit: read by ⟦UN|npruneda⟧ ⟦D|10/12/2099⟧ 07:31 from ⟦IP|10.20.44.118⟧
`);

note("rpm-alert-log-lo", `
rpm alert log - ⟦O|careconnect rpm⟧ for ⟦H|lakeland family physicians⟧ (⟦C|lakeland⟧ ⟦STATE|fl⟧) - week of ⟦D|10/06/2099⟧ - nurse ⟦N|rosalind achebe-price⟧, rn
⟦D|10/06⟧ 07:14  ⟦N|delgado-ruiz, eusebio⟧ (dob ⟦D|4/4/51⟧) wt 214.6 lb (+3.8 since ⟦D|10/05⟧) scale sn ⟦DEV|bt-00814472⟧. called ⟦P|863-555-0212⟧, wife ⟦N|marta⟧ says ankles puffy. dr ⟦N|chowdhury⟧ ok'd extra furosemide 40 x1. recheck am. -⟦N|rap⟧
⟦D|10/06⟧ 16:40  ⟦N|okonjo, felicia⟧ sbp 188/104 on cuff sn ⟦DEV|5220779133⟧. no ha/cp. repeat 172/98. lm on ⟦P|863-555-0244⟧. message to pa ⟦N|tremblay⟧. -⟦N|rap⟧
⟦D|10/07⟧ 06:02  ⟦N|delgado-ruiz, eusebio⟧ wt 212.0. better. 
⟦D|10/07⟧ 22:18  ⟦N|fennimore, august⟧ (⟦A|97⟧) spo2 84% x3 readings on nonin sn ⟦DEV|502207719⟧. no answer. called daughter ⟦N|june fennimore-platt⟧ ⟦P|863-555-0279⟧ - he was asleep w/ probe half off, recheck 95%. no action. -on call ⟦N|kd⟧
⟦D|10/08⟧ 09:30  no transmissions x3 days: ⟦N|saeed, hamid⟧ - gateway imei ⟦DEV|352099118472036⟧ offline. son ⟦N|yusuf⟧ says they were in ⟦C|orlando⟧ for a wedding. reminded to plug in.
⟦D|10/09⟧ 11:05  ⟦N|okonjo, felicia⟧ bp 138/84 after amlodipine started by ⟦N|tremblay⟧ ⟦D|10/07⟧.
monthly minutes: 99457 x1, 99458 x1 for 14 pts. report to ⟦E|rpm-billing@lakelandfp-example.com⟧. -⟦N|rap⟧
⟦D|10/10⟧ 14:22  new enrollee ⟦N|pettigrew, lavonne⟧ (dob ⟦D|9/18/1955⟧) cuff sn ⟦DEV|5220780046⟧ first reading 152/94. welcome call ⟦P|863-555-0231⟧ done, lives at ⟦S|918 e memorial blvd⟧. -⟦N|rap⟧
`);

note("ccm-call-log-lo", `
ccm monthly call - ⟦H|tahlequah city hospital⟧ care management   ⟦D|10/13/2099⟧   rn cm ⟦N|josie hummingbird⟧   time 24 min (99490)
pt: ⟦N|sixkiller, ruby lee⟧  dob ⟦D|08/17/1947⟧  mrn ⟦M|tch-0449182⟧  ⟦O|cherokee nation⟧ citizen, uses ⟦H|w.w. hastings hospital⟧ pharmacy for most meds
spoke w/ pt at ⟦P|918-555-0236⟧. conditions: dm2, copd, hfpef.
- meds: reconciled. pt stopped spiriva bc cost ($47) at ⟦O|walgreens⟧ - sent to ⟦H|hastings⟧ pharmacy instead (free). trelegy sample? no, discussed w/ dr ⟦N|qualls⟧.
- a1c ⟦D|9/2/2099⟧ 7.4. home bg 110-160. dexcom g7 sensors delivered by ⟦O|byram healthcare⟧ ⟦D|10/1⟧ (order ⟦I|byr-4471-220⟧).
- falls: none. grandson ⟦N|dakota⟧ moved in, helps w/ groceries. transport to appts: ⟦O|cherokee nation⟧ transit ⟦P|918-555-0253⟧.
- goals: walk to mailbox daily (achieved), quit smoking (down to 4/day). ok for nicotine patch 14 mg - order to dr ⟦N|qualls⟧.
- advance directive: wants to name daughter ⟦N|wilma sixkiller-buckhorn⟧ as poa; legal aid ⟦O|legal aid services of oklahoma⟧ appt ⟦D|10/27⟧.
pharmacy fax ⟦F|918-555-0239⟧. next call ⟦D|nov 2099⟧. care plan updated and mailed to ⟦S|rr 3 box 1180⟧, ⟦C|park hill⟧ ⟦STATE|ok⟧ ⟦Z|74451⟧. -⟦N|jh⟧
`);

note("pharmacy-call-log-lo", `
rx call log - ⟦O|hometown pharmacy of opelousas⟧ - ⟦D|tues 10/13/99⟧ - tech ⟦N|kaitlyn⟧ / rph ⟦N|andré guidry⟧
9:02 in - mrs. ⟦N|broussard⟧ (⟦N|odile broussard⟧, dob ⟦D|3/9/1940⟧) asking if her eliquis is ready. rx ⟦I|6044182⟧ needs pa from ⟦O|humana⟧. cb ⟦P|337-555-0204⟧. -⟦N|kt⟧
9:30 out - dr ⟦N|fontenot⟧'s office (⟦N|shelby⟧) ⟦P|337-555-0261⟧ re pa for ⟦N|broussard⟧ eliquis - they'll do it on cmm.
10:15 in - ⟦O|optumrx⟧ transfer request for ⟦N|leroy "boo" ardoin⟧ (dob ⟦D|12/1/1958⟧) lantus + humalog, their rph ⟦N|stephanie⟧ ⟦P|800-555-0247⟧ ref ⟦I|orx-77104482⟧. done. -⟦N|ag⟧
11:45 in - ⟦N|jamal richard⟧ says ⟦O|walmart⟧ in ⟦C|eunice⟧ cheaper for his ventolin. price matched w/ goodrx, bin 015995.
1:20 out - called ms. ⟦N|zeringue⟧ ⟦P|337-555-0288⟧ - her paxlovid ddi w/ simvastatin, told hold x 8 days per dr ⟦N|landry⟧.
2:40 in - ⟦O|acadian ambulance⟧ asking for med list for ⟦N|thibodeaux⟧ transport to ⟦H|opelousas general⟧.
3:05 in - daughter of ⟦N|placide thibodeaux⟧ (⟦A|94⟧) wants blister packs. delivery driver ⟦N|reggie⟧ to ⟦S|417 s union st⟧ ⟦DAY|thurs⟧. -⟦N|kt⟧
4:50 dea 222 form received from ⟦O|cardinal health⟧ invoice ⟦I|7720410844⟧. -⟦N|ag⟧
5:10 out - refill reminder texts sent via ⟦U|www.hometownrx-opelousas-example.com⟧ portal; mr. ⟦N|ardoin⟧'s daughter ⟦N|tiffany⟧ ⟦P|337-555-0270⟧ confirmed pickup ⟦D|10/14⟧.
`);

note("infusion-text-thread-lo", `
sms - ⟦O|soleo health⟧ ⟦C|reno⟧ nursing <-> pt ⟦N|marisol echeverría⟧ ⟦P|775-555-0219⟧
⟦D|10/11/99⟧ 18:20 pt: hi its ⟦N|marisol⟧, the pump is beeping "downstream occlusion" and my line feels tight
18:22 nurse ⟦N|clint⟧: hi ⟦N|marisol⟧, is the clamp open on the picc? check for kinks in the tubing under your sleeve
18:26 pt: clamp was closed lol my son ⟦N|teo⟧ bumped it. its running now
18:27 nurse ⟦N|clint⟧: perfect. your ivig (gamunex-c) should finish around 21:00. call ⟦P|775-555-0200⟧ if chills or headache
⟦D|10/12/99⟧ 08:05 pt: all done, no headache. when is ⟦N|rosa⟧ coming for labs
08:10 nurse ⟦N|rosa ybarra⟧: hi! i'll be there ⟦DAY|wed⟧ ⟦D|10/14⟧ at 10. also dr ⟦N|kessler⟧ at ⟦H|renown neurology⟧ wants igg trough. your next shipment is on ⟦O|fedex⟧ tracking ⟦I|7729 4471 0822⟧
08:12 pt: ok. new address btw, we moved to ⟦S|2205 wingfield hills rd⟧ ⟦C|sparks⟧ ⟦Z|89436⟧
08:15 nurse ⟦N|rosa ybarra⟧: updated, thx. pump sn ⟦DEV|cs1109832⟧ swap will come w/ the delivery. -⟦N|ry⟧
`);

note("telepsych-chat-lo", `
tele-psychiatry visit chat log - ⟦O|mindpath telehealth⟧   link ⟦U|https://meet.mindpath-example.com/r/dr-ojukwu-4471⟧   ⟦D|oct 13, 2099⟧
[09:58] system: ⟦N|caden whitebird⟧ entered waiting room (ip ⟦IP|98.174.22.61⟧, android)
[10:00] dr ⟦N|ifeoma ojukwu⟧: good morning ⟦N|caden⟧. can you confirm your full name and dob and where you are right now
[10:01] ⟦N|caden whitebird⟧: ⟦N|caden james whitebird⟧, ⟦D|3/2/2001⟧. im at my aunts in ⟦C|pine ridge⟧ ⟦STATE|sd⟧
[10:01] dr ⟦N|ojukwu⟧: thanks. and a phone number in case we drop
[10:02] ⟦N|caden whitebird⟧: ⟦P|605-555-0264⟧ its my aunt ⟦N|verna⟧'s
[10:05] dr ⟦N|ojukwu⟧: how has the lithium been? any tremor, thirst?
[10:06] ⟦N|caden whitebird⟧: little shaky. sleeping ok. level was done at ⟦H|pine ridge ihs hospital⟧ last wk
[10:12] dr ⟦N|ojukwu⟧: level 0.8, good. continue 600 bid. i'll send the rx to the ⟦O|ihs⟧ pharmacy. columbia screen negative today.
[10:14] ⟦N|caden whitebird⟧: can my counselor mr. ⟦N|two crow⟧ get the note
[10:15] dr ⟦N|ojukwu⟧: yes with your release - fax ⟦F|605-555-0266⟧? 
[10:15] ⟦N|caden whitebird⟧: yea thats ⟦O|oglala sioux tribe⟧ behavioral health
[10:20] system: visit ended. encounter ⟦I|mp-20991013-88124⟧. next ⟦D|nov 10⟧ 10:00.
`);

note("pulm-rehab-sessions-lo", `
pulmonary rehab session notes - ⟦H|st. mary's regional medical center⟧ ⟦C|lewiston⟧ ⟦STATE|id⟧ - rt ⟦N|boyd kaleikini⟧, rrt
⟦D|10/06/99⟧ ⟦N|weatherby, lorna⟧ (mrn ⟦M|smr-2201844⟧) session 8/36. 2 lpm o2 via nc (⟦O|apria⟧ concentrator sn ⟦DEV|ap7714082⟧). nustep 14 min, spo2 nadir 88%, borg dyspnea 4. ibw strength training. -⟦N|bk⟧
⟦D|10/06/99⟧ ⟦N|tallbull, francis⟧ (mrn ⟦M|smr-2207719⟧) session 3/36. 6mwt 244 m. education: pursed lip breathing, inhaler technique (breztri). wife ⟦N|irene⟧ attended. -⟦N|bk⟧
⟦D|10/08/99⟧ ⟦N|weatherby, lorna⟧ session 9. desat to 85% on treadmill 1.5 mph, increased o2 to 3 lpm, recovered. dr ⟦N|gwendolyn lawson⟧, pulm, notified via in basket. -⟦N|bk⟧
⟦D|10/08/99⟧ ⟦N|oatman, dwight⟧ (mrn ⟦M|smr-2211506⟧) did not attend, 2nd miss. called ⟦P|208-555-0209⟧ - truck broke down in ⟦C|orofino⟧. -⟦N|dm⟧
⟦D|10/13/99⟧ ⟦N|tallbull, francis⟧ session 4. cat score 22. pt asked about ⟦O|better breathers club⟧ at the ⟦C|clarkston⟧ campus. -⟦N|bk⟧
staff: ⟦N|bk⟧ = ⟦N|boyd kaleikini⟧, rrt; ⟦N|dm⟧ = ⟦N|darlene mcgillivray⟧, rn. medical director dr ⟦N|lawson⟧.
`);

note("compounding-worksheet-lo", `
compounding record - ⟦O|apothecary shoppe of boise⟧ ⟦S|1420 w state st⟧ ⟦C|boise⟧ ⟦STATE|id⟧ ⟦Z|83702⟧   (non-sterile, usp 795)
rx # ⟦I|c-220718⟧   date compounded ⟦D|10/13/2099⟧   bud ⟦D|04/11/2100⟧   lot cmp-991013-04
patient: ⟦N|amadou diallo-reyes⟧  dob ⟦D|5/19/2094⟧ (5 y)  wt 18.2 kg   parent ⟦N|fatoumata diallo⟧ ⟦P|208-555-0272⟧
prescriber: dr ⟦N|esperanza villalobos⟧, ⟦H|st. luke's children's⟧ gi, npi ⟦I|1730448821⟧
formula: omeprazole 2 mg/ml oral suspension in sodium bicarbonate 8.4%, qs 150 ml
  omeprazole 20 mg caps x15 (lot on log), sodium bicarb 8.4% qs. strawberry flavor per mom.
compounded by: ⟦N|wren castellano⟧, cpht   verified: ⟦N|ibrahim el-sayed⟧, rph (initials ⟦N|ie⟧)   balance sn ⟦DEV|ohaus-b447120⟧
label: shake well, refrigerate, 4.5 ml (9 mg) by mouth once daily before breakfast.
billing: ⟦O|blue cross of idaho⟧ ⟦HP|qbi880447219⟧ rejected (compound not covered) - cash $48. mom paid, receipt ⟦I|r-0447122⟧. home ⟦S|6211 w ustick rd⟧ ⟦C|meridian⟧ ⟦Z|83646⟧.
counseled ⟦N|fatoumata⟧ + dad ⟦N|sekou⟧ at pickup ⟦D|10/13⟧ 17:40. -⟦N|ie⟧
`);

note("mtm-notes-lo", `
mtm session notes - ⟦O|mirixa⟧ / ⟦O|wellcare⟧ part d cmr - pharmacist ⟦N|haruto shimizu-banks⟧, pharmd - ⟦O|ridgeway drug⟧ ⟦C|roanoke⟧ ⟦STATE|va⟧
⟦D|10/12/2099⟧ cmr by phone w/ ⟦N|eula mae saunders⟧ dob ⟦D|11/02/1938⟧ ⟦P|540-555-0218⟧, daughter ⟦N|patrice saunders-cole⟧ on line
meds (14): amlodipine 10, losartan 100, hctz 25, atorvastatin 40, metformin 500 bid, glimepiride 4, gabapentin 300 tid, tramadol prn, omeprazole 20, alendronate weekly, vit d, asa 81, meclizine prn, oxybutynin 5.
issues: 1) beers - oxybutynin + meclizine anticholinergic burden, 2 falls this yr. recommend mirabegron / stop meclizine. 2) glimepiride + a1c 6.1 at age 80 - hypoglycemia risk, rec dc. 3) triple bp meds, bp 108/60 at ⟦O|cvs⟧ kiosk.
recommendations faxed to pcp dr ⟦N|oyelowo⟧ at ⟦H|carilion clinic family medicine - roanoke⟧ ⟦F|540-555-0226⟧ ⟦D|10/12⟧.
pml given, mailed to ⟦S|2710 cove rd nw⟧ apt 4, ⟦C|roanoke⟧ ⟦Z|24017⟧. member ⟦HP|wc71044820⟧. mirixa case ⟦I|mx-99-4418207⟧.
⟦D|10/13/2099⟧ tmr: dr ⟦N|oyelowo⟧ accepted #1 and #2. ⟦N|hsb⟧
follow-up booked ⟦D|1/12/2100⟧; transport by ⟦O|radar⟧ bus, rider id ⟦I|rd-44120⟧. pharmacy phone ⟦P|540-555-0200⟧.
`);

note("pap-email-thread-lo", `
from: ⟦N|gabriela mendoza⟧ <⟦E|gmendoza@elpasocancer-example.org⟧>
to: ⟦E|enrollment@lillycares-example.com⟧
date: ⟦D|mon, 12 oct 2099⟧ 10:41 -0600
subject: re: application ⟦I|lc-2099-0447182⟧ - ⟦N|ramirez torres, sergio⟧

hello, attaching the ⟦D|2098⟧ tax return and the medicare denial for ⟦N|sergio ramirez torres⟧ (dob ⟦D|2/28/1957⟧). household 2, income below 400% fpl. he has medicare part d via ⟦O|wellcare⟧, mbi ⟦HP|4tn7-ur2-kd83⟧, and is in the coverage gap for verzenio. please ship to the clinic, not home: ⟦H|el paso cancer treatment center⟧, attn ⟦N|gabriela⟧, ⟦S|7835 corral dr⟧, ⟦C|el paso⟧ ⟦STATE|tx⟧ ⟦Z|79915⟧. prescriber dr ⟦N|ayodele fashola⟧, npi ⟦I|1982044718⟧.
- ⟦N|gaby mendoza⟧, patient navigator, ⟦P|915-555-0237⟧

from: ⟦E|enrollment@lillycares-example.com⟧
date: ⟦D|tue, 13 oct 2099⟧ 08:15 -0400
approved through ⟦D|dec 31, 2099⟧. first shipment via ⟦O|mckesson⟧ ⟦D|10/16⟧. reenrollment due ⟦D|11/15/2099⟧. patient portal user ⟦UN|sramirez57⟧ created. - ⟦N|tyler⟧, case coordinator, ⟦O|lilly cares foundation⟧ ⟦P|800-555-0262⟧
`);

// ======================================================== mixed case (25) ========================================================

note("pt-plan-of-care", `
Physical Therapy Plan of Care / Medicare Certification
⟦H|Prairie Lakes Rehabilitation Services⟧ - ⟦S|401 9th Ave NW⟧, ⟦C|Watertown⟧, ⟦STATE|SD⟧ ⟦Z|57201⟧ - Phone ⟦P|(605) 555-0143⟧ - Fax ⟦F|(605) 555-0144⟧
Patient: ⟦N|Gunderson, Arlo Magnus⟧   DOB: ⟦D|06/14/1941⟧   MRN: ⟦M|PLH-4471093⟧   Medicare MBI: ⟦HP|3QP7-GN1-RK52⟧   Secondary: ⟦O|AARP Medicare Supplement⟧ ⟦HP|448201773-11⟧
Referring physician: ⟦N|Ingrid Solheim-Baptiste⟧, MD (⟦H|Brown Clinic⟧)   NPI ⟦I|1265880473⟧
Certification period: ⟦D|10/13/2099⟧ - ⟦D|01/10/2100⟧   Onset: ⟦D|09/21/2099⟧ (fall at home, R hip hemiarthroplasty at ⟦H|Prairie Lakes Healthcare System⟧ ⟦D|09/22/2099⟧)
Medical dx: S72.001D. Treatment dx: R26.81 unsteadiness, M62.81 weakness.
Objective: Berg Balance 34/56. TUG 22 s with 4WW. 30-s chair stand 4. Gait 0.52 m/s. ABC scale 41%. Hip flexion 85 deg, posterior precautions through ⟦D|11/3⟧.
Goals (12 wk): Berg > 45; TUG < 14 s; ambulate 300 ft with cane, community distances; return to church at ⟦O|Our Savior's Lutheran⟧ and coffee with his group at ⟦O|Dakota Cafe⟧.
Plan: 2x/wk x 12 wk - ther ex, neuromuscular re-ed, gait training, Otago program, home safety (daughter ⟦N|Kristin Gunderson-Yates⟧ will install grab bars).
Therapist: ⟦N|Lucas Fairbanks⟧, PT, DPT   Date ⟦D|10/13/2099⟧
Physician certification: I have reviewed this plan of care and certify a continuing need for services. ______________ ⟦N|I. Solheim-Baptiste⟧, MD   Date ____ (returned ⟦D|10/16/99⟧ by fax)
Emergency contact: ⟦N|Kristin Gunderson-Yates⟧ ⟦P|605-555-0188⟧, ⟦S|1120 3rd St SE⟧, ⟦C|Watertown⟧. Home: rural ⟦C|Kranzburg⟧, ⟦LO|Codington County⟧.
`);

note("pt-progress-note", `
Daily Note / Progress Report (visit 10)   ⟦H|Magic Valley Physical Therapy⟧, ⟦C|Twin Falls⟧   ⟦D|Oct 13, 2099⟧
Pt: ⟦N|Ruelas-Bautista, Yadira⟧   DOB ⟦D|2/2/1992⟧   Acct ⟦I|MVPT-22871⟧   Dx: R rotator cuff repair (supraspinatus) ⟦D|8/11/2099⟧, Dr. ⟦N|Kaspar Lindahl⟧ (⟦H|St. Luke's Magic Valley⟧ Orthopedics)
S: "I can reach the cupboard now." Pain 3/10 after work at ⟦O|Chobani⟧ (line lead, light duty). Sleeping on R side 2 h.
O: AROM flex 150, abd 140, ER 60. Strength ER 4-/5. Hawkins-Kennedy neg, Neer neg. QuickDASH 27 (was 61 on ⟦D|8/25⟧).
A: progressing per Brotzman protocol wk 9. Ready for light resisted ER/IR with TheraBand (yellow -> red).
P: cont 2x/wk x 4 wk; progress to overhead at wk 12 per MD; re-eval ⟦D|11/10/2099⟧. Progress note to Dr. ⟦N|Lindahl⟧ and to case manager ⟦N|Bettina Croft⟧ at ⟦O|Idaho State Insurance Fund⟧ (claim ⟦I|ISIF-99-0447218⟧, fax ⟦F|208-555-0294⟧).
Treated by ⟦N|Emeka Nwankwo⟧, PTA, under supervision of ⟦N|Shauna Tolman⟧, PT. Minutes: 52 (ther ex 23, manual 15, neuro re-ed 14).
Next visits ⟦D|10/15⟧, ⟦D|10/20⟧, ⟦D|10/22⟧ (pt's cell ⟦P|208-555-0117⟧). Employer contact ⟦N|Ross Kimura⟧, safety, ⟦E|rkimura@chobani-example.com⟧. -⟦N|EN⟧/⟦N|ST⟧
`);

note("pt-discharge-summary", `
PHYSICAL THERAPY DISCHARGE SUMMARY
Facility: ⟦H|Gulf Coast Spine and Sports Rehab⟧, ⟦S|6500 Highway 90⟧, ⟦C|Pascagoula⟧, ⟦STATE|MS⟧ ⟦Z|39567⟧
Patient: ⟦N|Nguyen, Thi Bich Ngoc⟧ ("⟦N|Ngoc⟧")   DOB: ⟦D|1964-03-08⟧   MRN: ⟦M|GCS-10044⟧   Insurance: ⟦O|Magnolia Health⟧ ⟦HP|MH0882014477⟧
Start of care: ⟦D|2099-07-20⟧   Discharge: ⟦D|2099-10-13⟧   Visits: 18 of 24 authorized (auth ⟦I|MGH-PT-2099-11820⟧)
Diagnosis: L sided lumbar radiculopathy, L5. Referring: ⟦N|Beau Lafleur⟧, PA-C for Dr. ⟦N|Terrence Okwuosa⟧ (⟦H|Singing River Neurosurgery⟧).
Outcomes: ODI 46% -> 14%. LEFS 38 -> 66. Pain 8/10 -> 1/10. SLR negative bilaterally. Returned to full duty at ⟦O|Ingalls Shipbuilding⟧ ⟦D|10/1/2099⟧.
Goals: 4 of 4 met. Home program: McKenzie extension series, core stabilisation, walking 30 min. Interpreter (Vietnamese) ⟦N|Lan Phuong Tran⟧ used at each visit (⟦O|Gulf Coast Language Services⟧).
Reason for discharge: goals met. Patient satisfaction (Press Ganey) sent by text to ⟦P|228-555-0115⟧.
Discharging therapist: ⟦N|Marcus Theriot⟧, PT, DPT, OCS   ⟦D|10/13/2099⟧   cc: ⟦N|Beau Lafleur⟧, PA-C, fax ⟦F|228-555-0183⟧
Patient address: ⟦S|3712 Orange Grove Rd⟧, ⟦C|Moss Point⟧ ⟦STATE|MS⟧ ⟦Z|39562⟧. Son ⟦N|Khoa Pham⟧ ⟦P|228-555-0160⟧.
`);

note("ot-eval-outpatient", `
Occupational Therapy Evaluation - Outpatient Neuro   ⟦H|Sanford Fargo Medical Center⟧ Rehab, ⟦C|Fargo⟧ ⟦STATE|ND⟧   Eval date ⟦D|10/12/2099⟧
Name: ⟦N|Mohamed Abdullahi Warsame⟧   DOB: ⟦D|08/30/1970⟧   MRN ⟦M|SF-100447821⟧   Lang: Somali, interpreter ⟦N|Hodan Jama⟧ (in person)
Referral: ⟦N|Tove Lindgren⟧, MD, PM&R, after R thalamic ICH ⟦D|08/03/2099⟧; inpatient rehab at ⟦H|Sanford Rehabilitation Hospital⟧ until ⟦D|9/25⟧.
Occupational profile: lives with wife ⟦N|Fadumo⟧ and 5 children in ⟦C|Moorhead⟧ ⟦STATE|MN⟧, 2nd floor apt; drove for ⟦O|Cass Clay Creamery⟧ (CDL). Goal: drive, pray with both hands, help kids with homework.
Assessments: FIM self-care 28/42. 9-hole peg L 62 s / R 19 s. Box and Block L 22 / R 51. Semmes-Weinstein L hand 4.56 (diminished protective). MoCA 24/30. Fugl-Meyer UE 41/66.
Plan: 3x/wk x 8 wk - task-specific training, mirror therapy, CIMT modified, Bioness H200 trial (loaner sn ⟦DEV|H200-44172⟧), driver rehab referral to ⟦H|Courage Kenny⟧ (⟦N|Dale Hoiland⟧, CDRS) after MD clearance.
Equipment: tub transfer bench ordered through ⟦O|Medical Equipment Specialists⟧ ⟦P|701-555-0162⟧. ⟦O|Medica⟧ ID ⟦HP|MD7744201-02⟧.
⟦N|Rachel Oyelaran-Moe⟧, OTR/L   ⟦D|10/12/2099⟧ 15:45   co-signed ⟦N|ROM⟧
`);

note("lsvt-slp-progress", `
Speech Therapy - LSVT LOUD Progress Note (session 12 of 16)   ⟦H|Scranton Speech and Hearing Associates⟧   ⟦D|10-13-2099⟧
Client: ⟦N|Wojciechowski, Stanley J.⟧   DOB ⟦D|4/21/1944⟧   Chart ⟦M|SSH-7729⟧   Neurologist: Dr. ⟦N|Priyanka Venugopal⟧ (⟦H|Geisinger CMC⟧)
Sustained "ah" 82 dB (baseline 71). Reading (Rainbow Passage) 74 dB avg. Conversation 70-72 dB with cues. Pitch range 96-312 Hz.
Carryover: ordered at ⟦O|Wendy's⟧ drive-thru without repeating; wife ⟦N|Helen⟧ ("⟦N|Honey⟧") reports he is heard at family dinner. Grandson ⟦N|Tyler Wojciechowski⟧ helps with homework app on the iPad.
Dysphagia screen (EAT-10) 6 - MBS not needed per Dr. ⟦N|Venugopal⟧. Voice handicap index 44 -> 29.
Billing: 92507. ⟦O|Highmark⟧ Freedom Blue ⟦HP|HMK4470182299⟧, visits 12/20 used. Next ⟦DAY|Thurs⟧ ⟦D|10/15⟧ 11:00.
⟦N|Colleen Gaughan-Ruiz⟧, M.A., CCC-SLP, LSVT certified   ⟦E|cgaughan@scrantonspeech-example.com⟧   ⟦P|570-555-0128⟧
Home: ⟦S|512 Prospect Ave⟧, ⟦C|Dunmore⟧ ⟦STATE|PA⟧ ⟦Z|18512⟧. Support group: ⟦O|Parkinson's Foundation⟧ NEPA chapter, contact ⟦N|Lorraine Kuchta⟧ ⟦P|570-555-0193⟧.
`);

note("auto-pip-chiro-pt", `
AUTO ACCIDENT - PHYSICAL THERAPY RE-EVALUATION (PIP)
To: ⟦O|State Farm Mutual Automobile Insurance Co.⟧, PIP claims, attn ⟦N|Deshawn Mackey⟧   Fax ⟦F|(309) 555-0177⟧
Claim # ⟦I|13-4Q81-207⟧   Policy # ⟦I|0447-218-77⟧   Named insured: ⟦N|Rosalind Eberhardt⟧   Date of loss ⟦D|08/28/2099⟧
Patient: ⟦N|Eberhardt, Kaia⟧ (passenger, daughter)   DOB ⟦D|11/09/2004⟧   Attorney: ⟦N|Nathaniel Grossbaum⟧, ⟦O|Grossbaum & Levitt LLP⟧, ⟦C|Kalamazoo⟧ ⟦P|269-555-0150⟧
Clinic: ⟦H|Bronson Rehab - Portage⟧, ⟦S|8300 Portage Rd⟧, ⟦C|Portage⟧ ⟦STATE|MI⟧ ⟦Z|49002⟧
Mechanism: rear-ended at ⟦LO|I-94⟧ and ⟦S|Oakland Dr⟧ exit; restrained, airbag deployed. Seen ⟦H|Bronson Methodist Hospital⟧ ED same day.
Findings: cervical AROM rot R 55 / L 40 (60 norm); Spurling neg; NDI 36%; headache 4x/wk. Dizziness resolved. Attending ⟦N|Farida Qureshi⟧, DO.
Re-eval ⟦D|10/12/2099⟧: improving but not at goal. Request 8 more visits (97110, 97140, 97112). Attendant care not needed. Replacement services: none (student at ⟦O|Western Michigan University⟧).
⟦N|Gregory Paczkowski⟧, PT   MI lic ⟦I|5501044182⟧   Tax ID on file.
Adjuster line ⟦P|800-555-0132⟧ ext ⟦P|77410⟧. Patient phone ⟦P|269-555-0174⟧; home ⟦S|4117 Croyden Ave⟧, ⟦C|Kalamazoo⟧ ⟦Z|49006⟧. Visits so far: ⟦D|9/8⟧ to ⟦D|10/9/2099⟧ (12).
`);

note("pulm-rehab-discharge", `
Pulmonary Rehabilitation - Program Completion Summary
⟦H|Deaconess Pulmonary Rehabilitation⟧, ⟦S|800 W 5th Ave⟧, ⟦C|Spokane⟧, ⟦STATE|WA⟧   Phone ⟦P|509-555-0170⟧
Patient: ⟦N|Abernathy, Cordelia Ruth⟧   DOB ⟦D|2/9/1948⟧   MRN ⟦M|DMC-3308817⟧   Pulmonologist: ⟦N|Jerome Tsang⟧, MD
Program dates ⟦D|7/21/2099⟧ - ⟦D|10/9/2099⟧, 36 of 36 sessions. Dx: COPD GOLD 3 (FEV1 41%), chronic hypoxic RF on 2 L (⟦O|Lincare⟧, concentrator ⟦DEV|LC-9920447⟧, portable Inogen One G5 sn ⟦DEV|G5-2207718334⟧).
Outcomes: 6MWT 210 m -> 318 m; CAT 27 -> 18; mMRC 3 -> 2; CRQ dyspnea 2.8 -> 4.1; PHQ-9 11 -> 6.
Education completed: energy conservation, airway clearance (Aerobika), action plan. Flu and RSV (Arexvy) given ⟦D|9/30⟧.
Maintenance: enrolled in the ⟦O|YMCA of the Inland Northwest⟧ maintenance class, ⟦DAY|Mon⟧/⟦DAY|Wed⟧. Husband ⟦N|Harold⟧ drives.
Prepared by ⟦N|Natalia Sorokina⟧, RRT, AE-C   Reviewed by medical director ⟦N|Jerome Tsang⟧, MD ⟦D|10/13/2099⟧
Copy to PCP ⟦N|Ahmad Rahimi-Ford⟧, MD, ⟦H|MultiCare Rockwood Clinic⟧ fax ⟦F|509-555-0178⟧. Pt phone ⟦P|509-555-0112⟧.
`);

note("cardiac-rehab-referral", `
Referral to Cardiac Rehabilitation (Phase II) - faxed ⟦D|10/13/2099⟧ 16:02 to ⟦H|Huntsville Hospital Heart Center⟧ Cardiac Rehab ⟦F|256-555-0195⟧
From: ⟦H|Tennessee Valley Cardiology⟧, ⟦S|119 Governors Dr SW⟧, ⟦C|Huntsville⟧, ⟦STATE|AL⟧ ⟦Z|35801⟧   Ph ⟦P|256-555-0190⟧
Patient: ⟦N|Oluwaseun Adeyemi-Clarke⟧   DOB ⟦D|May 3, 1967⟧   MRN ⟦M|TVC-880412⟧   Cell ⟦P|256-555-0121⟧   Work: ⟦O|NASA Marshall Space Flight Center⟧ (⟦PROF|engineer⟧)
Qualifying dx: CABG x3 ⟦D|September 18, 2099⟧ (Dr. ⟦N|Winslow Pettaway⟧, CT surgery); also HFrEF EF 35%, started Entresto and Farxiga.
Home: ⟦S|2204 Whitesburg Dr⟧, ⟦C|Huntsville⟧. Wife ⟦N|Folake⟧ ⟦P|256-555-0134⟧.
Insurance: ⟦O|Blue Cross and Blue Shield of Alabama⟧ ⟦HP|ZGX448207719⟧, group ⟦HP|11802⟧. Referral # ⟦I|TVC-R-22041⟧.
Restrictions: sternal precautions until ⟦D|Oct 30⟧; no lifting > 10 lb. ICD: none. Beta blocker: metoprolol succinate 50.
Ordering cardiologist: ⟦N|Anjali Deshpande-Moore⟧, MD, FACC   NPI ⟦I|1376604418⟧   Scheduler contact ⟦N|Keisha⟧ x ⟦P|2214⟧
`);

note("mtm-cmr-summary", `
Medication Therapy Management - Comprehensive Medication Review (CMR) - Recommendation to Prescriber
Pharmacy: ⟦O|Heartland Pharmacy⟧, ⟦S|1515 S Glenstone Ave⟧, ⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65804⟧   NPI ⟦I|1669427710⟧   Ph ⟦P|417-555-0183⟧
To: ⟦N|Caleb Wingert⟧, DO - ⟦H|CoxHealth Family Medicine - Battlefield⟧   Fax ⟦F|417-555-0187⟧   Date ⟦D|13 October 2099⟧
Patient: ⟦N|Bertha Lindemann⟧   DOB ⟦D|09/12/1929⟧ (⟦A|99⟧ yrs)   Plan ⟦O|Essence Healthcare⟧ ⟦HP|ESS-448207⟧   lives at ⟦H|The Arbors at Battlefield⟧ (assisted living)
Finding 1: Duplicate PPI - omeprazole 40 (from GI Dr. ⟦N|Hadid⟧) and pantoprazole 40 (discharge from ⟦H|Mercy Hospital Springfield⟧ ⟦D|9/5/2099⟧). Recommend stop pantoprazole.
Finding 2: Zolpidem 10 mg in a ⟦A|99⟧-year-old (Beers). Recommend taper: 5 mg x 2 wk then stop; CBT-I handout.
Finding 3: Eliquis 5 mg bid - age > 80, wt 52 kg, Cr 1.4 -> meets dose-reduction criteria; recommend 2.5 mg bid.
Pharmacist: ⟦N|Adaeze Obi-Kessler⟧, PharmD, BCGP   CMR done in person with granddaughter ⟦N|Lacey Lindemann⟧ (POA).
Facility nurse ⟦N|Raylene Burchett⟧, LPN ⟦P|417-555-0196⟧; facility address ⟦S|4201 S Fremont Ave⟧, ⟦C|Springfield⟧ ⟦Z|65804⟧.
Prescriber response: [X] accept 1  [X] accept 2  [X] accept 3 - signed ⟦N|C. Wingert⟧ ⟦D|10/14/99⟧
`);

note("specialty-refill-call", `
Specialty Pharmacy Refill Assessment Call - ⟦O|Vanderbilt Specialty Pharmacy⟧ (⟦C|Nashville⟧)   Call ⟦D|10/12/2099⟧ 11:20   by ⟦N|Jessamyn Pratt⟧, CPhT (ext ⟦P|51188⟧)
Patient ⟦N|Harlan Dewberry⟧, DOB ⟦D|01/30/1975⟧, Rx ⟦I|VSP-4418201⟧ Humira 40 mg pen q2wk (HS); reached at ⟦P|615-555-0126⟧, identity verified (name + DOB + address ⟦S|88 Old Hickory Blvd⟧, ⟦C|Madison⟧).
Doses remaining: 1. Missed doses: none. Injection site reactions: mild redness. Infection/antibiotics: no. Upcoming surgery: none. New meds: none.
Adverse effects: none. Adherence (PDC 0.97). Lesion count per pt: 4 (was 9).
Insurance: ⟦O|Cigna⟧ ⟦HP|U44820177-01⟧; copay card (Humira Complete) balance OK. PA expires ⟦D|02/28/2100⟧.
Shipment scheduled ⟦D|10/15/2099⟧ to home, signature waived per pt. Cooler return label included.
Escalated to pharmacist: no. Next call ⟦D|11/9/2099⟧. Clinic: ⟦H|Vanderbilt Dermatology⟧, Dr. ⟦N|Okereke⟧.
Delivery: ⟦O|UPS⟧ ⟦I|1Z44R8200344718207⟧. Alternate contact: partner ⟦N|Simon Achterberg⟧ ⟦P|615-555-0165⟧.
`);

note("pa-appeal-letter", `
⟦H|Center for Multiple Sclerosis of Central Oklahoma⟧
⟦S|3433 NW 56th St⟧, Suite 400 · ⟦C|Oklahoma City⟧, ⟦STATE|OK⟧ ⟦Z|73112⟧ · ⟦P|405-555-0190⟧ · fax ⟦F|405-555-0191⟧

⟦D|October 13, 2099⟧

⟦O|Aetna⟧ Pharmacy Appeals
⟦S|P.O. Box 14579⟧
⟦C|Lexington⟧, ⟦STATE|KY⟧ ⟦Z|40512⟧

Re: Level 1 appeal of denial ⟦I|AET-DN-99-88204⟧ (⟦D|10/2/2099⟧)
Member: ⟦N|Josephine Okonkwo-Ramsey⟧   DOB ⟦D|07/04/1986⟧   Member ID ⟦HP|W448820177⟧   Drug: ocrelizumab (Ocrevus) 600 mg IV q6mo

To the reviewing physician:
I am writing on behalf of my patient, Ms. ⟦N|Okonkwo-Ramsey⟧, a 39-year-old ⟦PROF|teacher⟧ at ⟦O|Putnam City Schools⟧, with relapsing MS diagnosed in ⟦D|2096⟧. She has failed two platform therapies: dimethyl fumarate (lymphopenia, ALC 420 in ⟦D|Jan 2098⟧) and ofatumumab (two relapses with new enhancing lesions, MRI ⟦D|08/20/2099⟧ at ⟦H|INTEGRIS Baptist Medical Center⟧). Your denial cites step therapy with natalizumab; she is JCV antibody positive (index 2.9), so natalizumab carries a high PML risk. Infusions would be given at our infusion suite (site NPI ⟦I|1447720918⟧).
Please contact my nurse ⟦N|Starla Whitehorse⟧, RN, at ⟦P|405-555-0194⟧ for a peer-to-peer.

Sincerely,
⟦N|Miroslav Petrović⟧, MD
Enclosures: MRI reports, lab results, prior denial. cc: patient; ⟦O|Genentech⟧ Access Solutions case ⟦I|GAS-4471820⟧
`);

note("pap-application", `
PATIENT ASSISTANCE PROGRAM APPLICATION - ⟦O|Boehringer Ingelheim Cares Foundation⟧   Application ⟦I|BIC-2099-772041⟧
Section 1 - Patient: ⟦N|Antonio Esparza Villanueva⟧   DOB ⟦D|12/12/1952⟧   Phone ⟦P|(956) 555-0139⟧
Address: ⟦S|2911 N 23rd St⟧, ⟦C|McAllen⟧, ⟦STATE|TX⟧ ⟦Z|78501⟧   Household size 3, annual income $24,300 (letter from ⟦O|Social Security Administration⟧ attached)
Insurance: Medicare Part D ⟦O|Humana⟧ ⟦HP|H4471-820-01⟧ (LIS denied ⟦D|08/2099⟧)   Medicare ⟦HP|6DF2-PQ9-TX31⟧
Medication requested: Jardiance 25 mg daily; Trijardy not requested. Ship to: prescriber's office.
Section 2 - Prescriber: ⟦N|Lourdes Cantú-Garza⟧, MD   ⟦H|Nuestra Clínica del Valle⟧, ⟦S|801 W Nolana Ave⟧, ⟦C|Pharr⟧ ⟦STATE|TX⟧ ⟦Z|78577⟧   NPI ⟦I|1831044720⟧   State lic ⟦I|R4418⟧   Fax ⟦F|956-555-0148⟧
Office contact: ⟦N|Brenda Saldaña⟧ (benefits coordinator) ⟦E|bsaldana@nuestraclinica-example.org⟧
Patient signature: ⟦N|Antonio Esparza V.⟧   ⟦D|10/09/2099⟧   Prescriber signature: ⟦N|L. Cantú-Garza⟧ MD ⟦D|10/12/2099⟧
For program use: received ⟦D|10/13/2099⟧, processor ⟦N|AJB⟧, status pending income verification.
Portal: ⟦U|https://www.bicares-example.org/status⟧ - case ⟦I|BIC-2099-772041⟧; daughter ⟦N|Yesenia Esparza⟧ ⟦P|956-555-0170⟧ may be contacted.
`);

note("ipledge-note", `
Isotretinoin / iPLEDGE REMS - monthly visit   ⟦H|Dermatology Associates of the Black Hills⟧, ⟦C|Rapid City⟧, ⟦STATE|SD⟧   ⟦D|10/13/2099⟧
Patient: ⟦N|Svensrud, Annika⟧   DOB ⟦D|3/15/2081⟧   iPLEDGE ID ⟦I|7044182207⟧   Category: patient who can get pregnant
Month 4 of 6. Cumulative dose 88 mg/kg. Two forms of contraception: etonogestrel implant (Nexplanon, placed ⟦D|6/2099⟧) + condoms. Comprehension questions answered on the iPLEDGE site by pt ⟦D|10/13⟧.
Pregnancy test (urine hCG, CLIA-waived) negative ⟦D|10/13/2099⟧ in office, lot on log. Confirmed in iPLEDGE by Dr. ⟦N|Pfeiffer⟧'s designee ⟦N|Maren Kjos⟧, MA (user ⟦UN|mkjos_dabh⟧).
Lipids ⟦D|10/6⟧: TG 214 (was 98). LFTs normal. Mood: PHQ-9 3; mom ⟦N|Lisbeth⟧ reports no mood change.
Rx: Absorica LD 32 mg bid x 30 d, sent to ⟦O|Walgreens #07719⟧ ⟦S|Mount Rushmore Rd⟧ - must be picked up by ⟦D|10/20⟧ (7-day window).
Next visit ⟦D|11/10/2099⟧. ⟦N|Ethan Pfeiffer⟧, MD
Pt cell ⟦P|605-555-0142⟧; school: ⟦O|South Dakota Mines⟧. Prescriber iPLEDGE ID ⟦I|PR-0447218⟧.
`);

note("home-infusion-referral", `
HOME INFUSION REFERRAL / INTAKE - ⟦O|KabaFusion⟧ ⟦C|Jackson⟧ ⟦STATE|MS⟧   Intake # ⟦I|KF-JX-99-20471⟧   Rec'd ⟦D|10/12/2099⟧ 14:55 by ⟦N|Tamika Ransom⟧ (intake coordinator)
Referral source: ⟦H|University of Mississippi Medical Center⟧, case manager ⟦N|Holly Brantley-Oduya⟧, RN ⟦P|601-555-0118⟧, pager ⟦P|601-555-0366⟧
Patient: ⟦N|Quarles, Jedidiah Amos⟧   DOB ⟦D|10/22/1958⟧   Inpatient MRN ⟦M|UMMC-08814470⟧   Anticipated d/c ⟦D|10/14/2099⟧
Home: ⟦S|155 County Road 203⟧, ⟦C|Raleigh⟧ ⟦STATE|MS⟧ ⟦Z|39153⟧ (⟦LO|Smith County⟧) - 58 miles from branch; well water, no landline. Cell ⟦P|601-555-0147⟧. Sister ⟦N|Ophelia Quarles⟧ will be caregiver.
Therapy: daptomycin 8 mg/kg (800 mg) IV q24h x 6 weeks for MRSA bacteremia / L knee PJI; weekly CBC, CK, CMP; ID Dr. ⟦N|Siddharth Menon⟧ ⟦F|601-555-0129⟧.
Access: L arm PICC 5 Fr single lumen placed ⟦D|10/11/2099⟧ (tip cavoatrial junction, CXR confirmed).
Insurance verification: Medicare Part B/D + ⟦O|Mississippi Division of Medicaid⟧ ID ⟦HP|MS440182771⟧ - Part D plan ⟦O|SilverScript⟧ ⟦HP|SSC7720418⟧; drug covered, nursing per diem via Medicaid. Patient share $0.
First dose in hospital ⟦D|10/13⟧; first home dose ⟦D|10/15/2099⟧; SOC nursing visit ⟦N|Cedric Bolton⟧, RN. Delivery driver route 4.
Accepted by pharmacist ⟦N|Mei-Ling Harrelson⟧, PharmD ⟦D|10/12/2099⟧ 17:30.
Branch: ⟦S|1080 River Oaks Dr⟧, ⟦C|Flowood⟧ ⟦STATE|MS⟧ ⟦Z|39232⟧, ⟦P|601-555-0300⟧, fax ⟦F|601-555-0301⟧.
`);

note("med-rec-transition", `
Pharmacist Medication Reconciliation - Transition of Care (discharge day)   ⟦H|Baystate Franklin Medical Center⟧, ⟦C|Greenfield⟧ ⟦STATE|MA⟧   ⟦D|10/13/2099⟧
Pt: ⟦N|Dubois, Marguerite-Anne⟧ ("⟦N|Peggy⟧")   DOB ⟦D|02/02/1931⟧   Age ⟦A|98⟧   MRN ⟦M|BFMC-2099714⟧   Admit ⟦D|10/08/2099⟧ (CHF exacerbation)
Sources: pt, son ⟦N|Gérard Dubois⟧ (⟦P|413-555-0155⟧), pill bottles, ⟦O|CVS Pharmacy #2208⟧ ⟦C|Greenfield⟧ fill history (Surescripts), PCP list from ⟦H|Greenfield Family Medicine⟧ (Dr. ⟦N|Alcott⟧).
Discrepancies resolved:
 - Furosemide 20 daily home -> 40 daily at discharge (intended; Dr. ⟦N|Vasquez-Lindqvist⟧ hospitalist).
 - Metoprolol tartrate 25 bid home -> metoprolol succinate 50 daily (intended).
 - KCl 20 mEq - pt was not taking (bottle unopened since ⟦D|July⟧); restarted with BMP ⟦D|10/16⟧.
 - Ibuprofen OTC (for knees) - STOP; acetaminophen 650 tid instead. Son will remove from cabinet.
 - Donepezil on PCP list but stopped by neurologist Dr. ⟦N|Feinstein⟧ in ⟦D|2098⟧ - removed.
Follow-up: transitions pharmacist call ⟦D|10/15⟧ (⟦N|Priya Ramachandran⟧, PharmD, x ⟦P|4471⟧); VNA from ⟦O|Baystate Home Health⟧ SOC ⟦D|10/14⟧; scale sn ⟦DEV|TH-1190448⟧ loaned.
Pharmacist: ⟦N|Owen Tierney-Blake⟧, PharmD, BCPS   ⟦D|10/13/2099⟧ 11:10
`);

note("rpm-monthly-summary", `
Remote Physiologic Monitoring - Monthly Summary for ⟦D|September 2099⟧
Practice: ⟦H|Eau Claire Internal Medicine⟧ / vendor ⟦O|Cadence Health⟧   Program manager ⟦N|Olivia Thao⟧, RN
Patient: ⟦N|Pfluger, Reinhold⟧   DOB ⟦D|07/11/1949⟧   MRN ⟦M|ECIM-448120⟧   Device: Omron BP7350 cuff sn ⟦DEV|20220711448⟧, cellular hub ⟦DEV|CH-88470219⟧
Days with readings: 27/30 (99454 met). Interactive communication minutes: 34 (99457 + 99458 x1). Calls: ⟦D|9/3⟧, ⟦D|9/14⟧, ⟦D|9/22⟧, ⟦D|9/29⟧ - all with pt at ⟦P|715-555-0140⟧ or wife ⟦N|Gisela⟧.
BP average 148/86 (goal < 130/80). Alerts: 4 (SBP > 170 on ⟦D|9/13⟧ after a football game; no symptoms).
Med change: chlorthalidone 12.5 added ⟦D|9/14/2099⟧ by ⟦N|Benedikt Amundson⟧, MD; BMP ⟦D|9/28⟧ K 3.8.
Next month: target < 140/90 then review for spironolactone. Report sent to ⟦N|B. Amundson⟧ ⟦D|10/2/2099⟧. Prepared by ⟦N|OT⟧.
Address on file ⟦S|1808 Fairfax St⟧, ⟦C|Eau Claire⟧ ⟦STATE|WI⟧ ⟦Z|54701⟧. Vendor support ⟦P|844-555-0119⟧, ticket ⟦I|CAD-88104⟧.
`);

note("ccm-care-plan", `
Chronic Care Management - Comprehensive Care Plan (annual)   ⟦H|Lehigh Valley Physician Group - Hazleton⟧   ⟦D|10/13/2099⟧
Patient: ⟦N|Marchetti, Carmela Rose⟧   DOB ⟦D|11/30/1943⟧   MRN ⟦M|LVPG-6620418⟧   Phone ⟦P|570-555-0187⟧   ⟦S|14 E Diamond Ave⟧, ⟦C|Hazleton⟧ ⟦STATE|PA⟧ ⟦Z|18201⟧
Consent for CCM signed ⟦D|10/10/2098⟧. Billing practitioner: ⟦N|Rajesh Kumar-Vitale⟧, MD. Care manager: ⟦N|Stacey Yurkovich⟧, LPN.
Problems: 1) DM2 with CKD 3a - A1c 7.6, eGFR 51. 2) AFib on Xarelto 15. 3) OA knees, uses rollator. 4) Depression (PHQ-9 9).
Care team: Nephrology Dr. ⟦N|Abimbola Fashola⟧ (⟦H|Geisinger Wyoming Valley⟧); Cardiology Dr. ⟦N|Pasquale Iannucci⟧; Pharmacy ⟦O|Hazleton Family Pharmacy⟧ (blister packs, delivers ⟦DAY|Fridays⟧); Home health ⟦O|Bayada⟧.
Caregivers: daughter ⟦N|Gina Marchetti-Kovac⟧ (POA) ⟦P|570-555-0121⟧, neighbour Mrs. ⟦N|Hrynkiw⟧.
Psychosocial: widowed ⟦D|2097⟧; attends ⟦O|St. Gabriel's Parish⟧ senior lunch; ⟦O|LCCC⟧ shared ride for appointments (ID ⟦I|SR-447120⟧).
Goals: A1c < 8; no ED visits; remain at home. Emergency plan: call the 24/7 line ⟦P|570-555-0100⟧ before going to ⟦H|Lehigh Valley Hospital-Hazleton⟧.
Copy given to patient and faxed to ⟦O|Bayada⟧ ⟦F|570-555-0199⟧.
`);

note("telepsych-consult", `
Tele-Psychiatry Consultation (ED, synchronous video)
Requesting site: ⟦H|Wagoner Community Hospital⟧ ED, ⟦C|Wagoner⟧, ⟦STATE|OK⟧   Requesting MD: ⟦N|Colton Rainwater⟧, DO   Consultant: ⟦N|Shirin Farahani-Gould⟧, MD (⟦O|InSight Telepsychiatry⟧), located in ⟦C|Philadelphia⟧
Date/time: ⟦D|10/13/2099⟧ 02:10-02:55   Platform session ⟦I|IS-77120044⟧   Patient location verified; RN ⟦N|Kyla Proctor⟧ present in room.
Patient: ⟦N|Birdshead, Tanner Lee⟧   DOB ⟦D|06/06/2003⟧   MRN ⟦M|WCH-218847⟧   Brought by ⟦O|Wagoner County Sheriff's Office⟧ deputy ⟦N|Hickey⟧ on an emergency detention.
HPI: 22M, 3 days of not sleeping, pressured speech, spent $4,000 on his mother's card; threatened his brother ⟦N|Garrett⟧ with a knife at their home on ⟦S|Cherokee St⟧. Hx bipolar I, off lithium x 2 months. Outpatient: ⟦H|Green Country Behavioral Health⟧ (case manager ⟦N|Faith Alexander⟧).
MSE: hyperverbal, grandiose ("I own ⟦O|Cherokee Casino⟧"), denies SI, + HI toward brother, no AH/VH reported. C-SSRS screen negative for SI. YMRS 31.
Recommendation: meets inpatient criteria. Olanzapine 10 mg now. Accepting facility: ⟦H|Oklahoma Forensic Center⟧ declined; ⟦H|Laureate Psychiatric Clinic and Hospital⟧ ⟦C|Tulsa⟧ accepted (intake ⟦N|Bree Kincannon⟧ ⟦P|918-555-0220⟧).
Mother ⟦N|Loretta Birdshead⟧ ⟦P|918-555-0297⟧ updated with pt's consent. ⟦N|S. Farahani-Gould⟧, MD
`);

note("e-consult-endo", `
eConsult - Endocrinology (asynchronous)   ⟦H|Dartmouth Health⟧ eConsult service   Request ⟦I|EC-99-044718⟧
Submitted ⟦D|10/9/2099⟧ by ⟦N|Nora Abenaki-Pierce⟧, FNP (⟦H|Little Rivers Health Care⟧, ⟦C|Bradford⟧ ⟦STATE|VT⟧)
Patient: ⟦N|Caswell, Everett⟧, 57M, DOB ⟦D|3/3/2042⟧, MRN ⟦M|LRHC-33108⟧
Question: TSH 0.02, FT4 2.4, no eye signs, mild tremor, 8 lb wt loss. Uptake scan needed before treating? Pt lives in ⟦C|Newbury⟧, 90 min from ⟦C|Lebanon⟧, prefers local care.
Response ⟦D|10/11/2099⟧ by ⟦N|Dmitri Volkonsky⟧, MD, endocrinology: TRAb first (sent to ⟦O|Quest Diagnostics⟧). If positive -> Graves, start methimazole 10 mg daily + propranolol 20 tid, CBC/LFT baseline, recheck TFTs 4-6 wk. If TRAb negative -> I-123 uptake scan at ⟦H|Cottage Hospital⟧ (⟦C|Woodsville⟧ ⟦STATE|NH⟧). No need for a face-to-face visit now. Time spent 18 min (99451).
Requester reply ⟦D|10/13⟧: TRAb 6.8 - started methimazole. Thank you! - ⟦N|NAP⟧
`);

note("video-visit-note", `
Telehealth Video Visit - ⟦H|Kaiser Permanente Capitol Hill Medical Center⟧ virtual care (patient at home)   ⟦D|Tue Oct 13 2099⟧ 15:30
Patient ⟦N|Lamar Ogunleye-Whitfield⟧ (DOB ⟦D|9/9/1983⟧, MRN ⟦M|11044820773⟧) joined from ⟦S|4415 Benning Rd NE⟧, ⟦C|Washington⟧ ⟦STATE|DC⟧; consent for video given. Started on video, dropped at 15:41 (bandwidth), finished by phone ⟦P|202-555-0148⟧. Device IP ⟦IP|2601:14a:c081:9e20::4f7⟧ logged.
CC: follow-up of HTN after starting amlodipine; home cuff (Withings BPM Connect, sn ⟦DEV|00:24:E4:8A:19:C2⟧) average 134/82.
Also asks about knee pain from pickup basketball at ⟦O|Deanwood Recreation Center⟧; referred to PT at ⟦H|Kaiser Permanente Largo⟧ (self-referral line ⟦P|301-555-0100⟧).
Work note for ⟦O|WMATA⟧ emailed to ⟦E|lamar.ow@wmata-example.gov⟧ at pt's request. Pharmacy: ⟦O|KP Pharmacy Capitol Hill⟧.
Visit by ⟦N|Aditi Subramanian⟧, MD. Scribe ⟦N|Jordan Oyelowo⟧ (virtual). Total time 21 min.
Follow-up video ⟦D|11/10/2099⟧; link sent by text. Emergency contact sister ⟦N|Danielle Whitfield⟧ ⟦P|202-555-0163⟧.
`);

note("peds-feeding-therapy", `
Pediatric Feeding Therapy - Plan of Care Update   ⟦H|Children's Therapy Center of Amarillo⟧, ⟦S|2701 Wolflin Ave⟧, ⟦C|Amarillo⟧, ⟦STATE|TX⟧ ⟦Z|79109⟧
Child: ⟦N|Kaur Dhillon, Simran⟧   DOB ⟦D|01/19/2097⟧ (2 y 9 m)   Chart ⟦M|CTCA-4412⟧   Medicaid ⟦O|Superior HealthPlan⟧ STAR ID ⟦HP|708441209⟧
Parents: ⟦N|Harpreet Dhillon⟧ (mom) ⟦P|806-555-0159⟧, ⟦N|Gurvinder Singh Dhillon⟧ (dad, drives for ⟦O|Cactus Feeders⟧). Grandmother ⟦N|Bibi Jaswant Kaur⟧ feeds at lunch (Punjabi).
Hx: 27-week preemie born at ⟦H|Northwest Texas Healthcare System⟧ NICU; G-tube ⟦D|2097⟧-⟦D|2098⟧; now pediatric feeding disorder with ARFID features, 6 accepted foods.
Progress (12 visits): accepts 11 foods incl. dal with roti and banana; tolerates purée on spoon touch; weight 11.2 kg (3rd %ile, from < 1st).
Goals next 6 mo: 20 foods across groups; cup drinking 4 oz; eat with family at table. Plan 1x/wk + parent coaching (SOS approach).
GI: Dr. ⟦N|Maribel Ochoa-Fenton⟧, ⟦H|Texas Tech Physicians⟧ Pediatric GI. Dietitian ⟦N|Lindsey Baca⟧, RD. ECI coordinator ⟦N|Crystal Moon⟧ (⟦O|Texas Panhandle Centers⟧).
⟦N|Ashton Kimbrough⟧, MS, CCC-SLP   ⟦D|10/13/2099⟧   PA for ⟦O|Superior HealthPlan⟧ submitted, tracking ⟦I|SHP-PA-99-201884⟧.
`);

note("vestibular-therapy", `
Vestibular Rehabilitation - Evaluation   ⟦H|Alaska Balance and Dizziness Center⟧, ⟦C|Anchorage⟧   ⟦D|10/12/2099⟧
Patient ⟦N|Aguilar-Tuiasosopo, Lupe⟧, 61F, DOB ⟦D|12/24/2037⟧, MRN ⟦M|ABD-22017⟧, from ⟦C|Wasilla⟧; husband ⟦N|Faleolo⟧ drove her.
Referred by ENT ⟦N|Hiroshi Tanabe⟧, MD (⟦H|Alaska ENT Specialists⟧) after ⟦D|Aug 2099⟧ episode while fishing on the ⟦LO|Kenai River⟧.
DHI 58. Dix-Hallpike R positive (upbeating torsional nystagmus 20 s) = R posterior canal BPPV. Head impulse neg. Fukuda neg. mCTSIB cond 4 sway.
Treatment: Epley maneuver R x2, repeat Dix-Hallpike negative. Brandt-Daroff not given. Gaze stabilisation VOR x1 handout.
Plan: re-check 1 wk; if recurrent, consider anterior canal. Safety: no driving 24 h (husband drives); fall risk. Work: ⟦PROF|school bus driver⟧ for ⟦O|Mat-Su Borough School District⟧ - off duty until cleared.
⟦N|Tatiana Rasmussen-Oyinlola⟧, PT, DPT, Vestibular Rehab Competency   Front desk ⟦P|907-555-0176⟧
Address ⟦S|2550 E Bogard Rd⟧, ⟦C|Wasilla⟧ ⟦Z|99654⟧. ⟦O|Premera Blue Cross⟧ ⟦HP|PBC44718209⟧. Next ⟦D|10/19/2099⟧.
`);

note("splint-order-fax", `
FAX   To: ⟦H|Hand Therapy of the Rockies⟧ ⟦F|(970) 555-0113⟧   From: ⟦H|Grand Junction Orthopedic Associates⟧ ⟦F|(970) 555-0135⟧   Pages 2   ⟦D|10/12/2099⟧
Rx: Occupational therapy / certified hand therapy - evaluate and treat
Patient: ⟦N|Bellweather, Sloane⟧   DOB ⟦D|08/08/1996⟧   Phone ⟦P|970-555-0168⟧   Ins ⟦O|Rocky Mountain Health Plans⟧ ⟦HP|RMP4420881⟧
Dx: L distal radius fracture, ORIF ⟦D|10/2/2099⟧ (volar plate). Also L TFCC tear, nonop.
Orders: custom thermoplastic wrist orthosis (volar, neutral) - wear at all times except hygiene x 4 wk; AROM fingers, edema control (coban), scar massage after ⟦D|10/16⟧; no lifting > 1 lb.
Frequency 2x/wk x 6 wk. Precautions: smoker (counseled), works at ⟦O|Colorado Mesa University⟧ climbing wall.
Surgeon: ⟦N|Anders Wickstrom⟧, MD   NPI ⟦I|1548207741⟧   Signature on file ⟦D|10/12/2099⟧.   PA ⟦N|Trista Pennock⟧, PA-C ⟦E|tpennock@gjortho-example.com⟧
`);

note("inr-pharmacy-log", `
Anticoagulation Clinic (pharmacist-managed) - telephone INR log   ⟦H|Guthrie Clinic⟧ ⟦C|Sayre⟧   pharmacist ⟦N|Bartholomew Ngata⟧, PharmD, CACP
Date       Patient (DOB)                         INR    Dose change                          Next INR     Notes
⟦D|10/05/99⟧   ⟦N|Pryzbylewski, Edna⟧ (⟦D|3/1/1937⟧)         3.4    hold x1, then 5 mg daily exc 2.5 M/F     ⟦D|10/12/99⟧   ate less greens? CoaguChek XS sn ⟦DEV|UP09844172⟧ (home)
⟦D|10/06/99⟧   ⟦N|Vanderpool, Chester⟧ (⟦D|11/9/1929⟧)       1.6    increase 10% -> 52.5 mg/wk            ⟦D|10/13/99⟧   missed 2 doses; daughter ⟦N|Sue⟧ to fill pillbox
⟦D|10/07/99⟧   ⟦N|O'Donoghue-Pike, Bridget⟧ (⟦D|6/6/1960⟧)    2.5    no change                             ⟦D|11/4/99⟧    new Bactrim from urgent care - recheck early
⟦D|10/12/99⟧   ⟦N|Pryzbylewski, Edna⟧                        2.6    no change                             ⟦D|10/26/99⟧   spoke w/ husband ⟦N|Walt⟧ ⟦P|570-555-0181⟧
⟦D|10/13/99⟧   ⟦N|Vanderpool, Chester⟧ (⟦A|90⟧)               2.1    no change                             ⟦D|10/27/99⟧   home draw by ⟦O|Guthrie Home Care⟧ nurse ⟦N|Penny⟧
⟦D|10/13/99⟧   ⟦N|Ruiz-Cabrera, Tomás⟧ (⟦D|4/30/1972⟧)        5.8    hold x2, vit K 2.5 mg po               ⟦D|10/15/99⟧   no bleeding; in ⟦C|Elmira⟧ for work - drew at ⟦O|Quest⟧ ⟦S|Church St⟧
Results via ⟦O|Acelis Connected Health⟧ self-testing portal, user ⟦UN|guthrie_acm2⟧. Questions ⟦P|570-555-0167⟧.
`);

note("rtm-msk-app", `
Remote Therapeutic Monitoring (MSK) - app adherence review   ⟦H|Athletico Physical Therapy - Bloomington⟧   ⟦D|10/13/2099⟧
Patient: ⟦N|Fitzgerald-Osei, Marcus⟧   DOB ⟦D|4/12/1988⟧   Account ⟦I|ATH-9920418⟧   App: Physitrack, patient user ⟦UN|mfo_knee88⟧
Episode: R ACL reconstruction (BTB) ⟦D|07/28/2099⟧, Dr. ⟦N|Ingeborg Sørensen⟧ (⟦H|OSF HealthCare Orthopedics⟧).
Data ⟦D|9/14⟧-⟦D|10/12⟧: 22 of 29 days logged (98977 met); pain 2-4/10; completed 81% of prescribed sets; flagged "knee swelling" ⟦D|10/3⟧ after pickup soccer - messaged, advised RICE, seen ⟦D|10/5⟧.
Treatment management minutes: 24 (98980). Messages with pt by secure chat and one call ⟦P|309-555-0146⟧.
Plan: cont RTM; hop testing at 6 mo (⟦D|Jan 2100⟧). Return to sport with ⟦O|Illinois Wesleyan⟧ club team not before 9 mo.
Billing to ⟦O|Health Alliance⟧ ⟦HP|HA-07744201⟧. PT ⟦N|Quinn Delacroix⟧, DPT, SCS.
Home ⟦S|1407 E Washington St⟧, ⟦C|Bloomington⟧ ⟦STATE|IL⟧ ⟦Z|61701⟧; employer ⟦O|State Farm⟧ (corporate). ⟦N|QD⟧
`);
write();
