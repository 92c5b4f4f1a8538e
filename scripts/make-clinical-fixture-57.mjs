// Why this file exists: builds test/fixtures/clinical-notes-57.jsonl, a fifty-seventh labelled set of clinical texts
// written by hand in stop 58 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 55 and 56's generators, fixture-io.mjs, test/clinical-notes-56.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 58, written blind at the same time by another helper, was not read), in the register of INSURANCE, UTILIZATION
// REVIEW AND CASE MANAGEMENT, which earlier fixtures touch only as a member id or a prior-auth number inside a visit
// note: prior-authorisation requests and determinations (advanced imaging through a radiology benefit manager, spine
// surgery, bariatric pre-certification by a third-party administrator, a single case agreement), concurrent and
// utilisation review (a payer's criteria-based inpatient review, a behavioural-health review, a hospital UR worklist, a
// skilled-nursing weekly review, NICU days), peer-to-peer notes and a request form, denial and appeal letters (an
// integrated denial notice, a provider appeal, an overturned member appeal, a DRG clinical-validation appeal, a state
// external review with an independent review organisation, a BFCC-QIO discharge appeal), case management and social
// work discharge planning (a home-with-services plan, a homeless patient to medical respite, a complex placement care
// conference, NICU and transplant case management, a workers' compensation nurse case manager), transitions of care
// calls, SNF, LTACH and IRF referrals and pre-admission screens, payer correspondence (a records request, a member
// services call log, a grievance and appeal log, a portal thread about a drug prior auth), attending physician
// statements for long-term disability and life insurance, a state disability certificate, a long-term-care insurance
// benefit assessment, Medicaid eligibility and financial counselling, coordination of benefits and a Medicare Secondary
// Payer questionnaire, a subrogation questionnaire, pharmacy benefit prior auths (a biologic, an oral oncolytic with
// foundation assistance), DME and home-health authorisations and a face-to-face certification, a SUD residential
// authorisation (ASAM), an Alaska medevac travel authorisation. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): Oak Lawn and Hinsdale (Illinois), Cincinnati, Breaux
// Bridge, Lafayette and New Orleans, Norfolk and Richmond, Milwaukee and Wauwatosa, North Miami and Miami, Houston,
// Towson and Pikesville, Dearborn, Hazard, Vicco, Lexington and Pikeville, Ann Arbor and Ypsilanti, Atlanta, Chapel
// Hill, Durham and Siler City, Chula Vista, Dallas, Cedar Falls and Waterloo, Pittsburgh, Sioux Falls and Rapid City,
// Commerce City, Denver, Golden, Englewood, Aurora and Idaho Springs, Lebanon (New Hampshire), Boise, Meridian and
// Caldwell, Kirkland, Bellevue, Seattle and Yakima, Fort Worth, Phoenix and Ganado, Philadelphia, Greenville and
// Travelers Rest, Lewes, New York (Queens, Richmond Hill) and Edison, Springfield (Missouri), Tulsa, Baltimore, Edina and
// Lynchburg, Livingston and Merced, Overland Park and Olathe, Center City and Minneapolis, Honolulu and Kaunakakai,
// Akiachak, Bethel and Anchorage, Portland, Lewiston and Biddeford (Maine), and Québec City.
// PHI forms sought: names of many origins (Igbo, Yoruba, Akan, Haitian, Vietnamese, Tamil, Bengali, Punjabi, Basque,
// Cajun, Quebec French, Polish, Norwegian, Swedish, Dutch, Ashkenazi, Mexican with two surnames, Navajo, Muscogee,
// Lakota, Yup'ik, Iñupiaq, Native Hawaiian, Hmong, Japanese, Korean, Somali, Arab), "LAST, FIRST" rows in worklists and
// logs, nicknames in quotes, a newborn's placeholder name ("Baby Girl ..."), reviewers, medical directors, case
// managers, liaisons, adjusters, underwriters and agents, staff initials and sign-offs; dates as "10/13/2099", "10/13",
// "13-OCT-2099", "13 Oct 2099", "October 13, 2099", "oct 13" in prose, month and year, bare years, date ranges of
// authorised days; ages over 89; phones, toll-free lines, faxes, extensions, a pager, a foreign phone, e-mails, portal
// URLs, user names of agents and portal users; MRNs, FIN and account numbers; member, subscriber, dependent, Medicaid,
// Medicare (MBI), ProviderOne, pharmacy group (RXGRP) and employer group numbers (HEALTHPLAN); authorisation,
// reference, case, cert, appeal, grievance, complaint, IRO, QIO, claim, ticket, call, trip, order, referral, invoice,
// grant, tracking, application, recovery file and police report numbers, policy numbers of disability, life and
// long-term-care insurance, NPIs, tax ids (TIN/EIN), DEA and licence numbers, an SSA claim, an EDD account, a UNOS id, a
// VA claim, an aircraft tail number (ID); portal user names (USERNAME).
// Hard negatives: criteria and tools (MCG, InterQual, LOCUS, ASAM, C-SSRS, CIWA, PHQ-9, SLUMS, EASI, PDPM, RUG, NIHSS
// absent), codes (CPT 73221, 22633, 77385, 43775, HCPCS E0260, E0601, K0823, ICD-10 M75.121, F10.20, G56.03, J96.01,
// DRG 190/192/871, CCN, RXBIN, RXPCN), drugs and products (ceftriaxone, dupilumab (Dupixent), triamcinolone,
// tacrolimus, crisaborole, olaparib (Lynparza), prednisone, Trelegy, albuterol, Ozempic, metformin, quetiapine,
// lithium, buprenorphine, gabapentin, losartan, rosuvastatin, vancomycin, tobramycin, ceftazidime, cephalexin,
// furosemide, trazodone, insulin lispro, Omnipod 5, Dexcom G7, synagis, Shiley), forms and notices (IM, MOON, NOMNC, DND,
// IDN, PASRR, DD-214, FMLA, F2F, RCD, MSP), and words of the register (step therapy, peer to peer, medical necessity,
// administrative days, elimination period, benefit trigger, face amount).
// Labelling follows fixtures 55 and 56: weekdays are `ignored` (DAY), as are states and countries; clock times,
// relative dates, authorised day counts, lengths of stay, unit, room and bed numbers are left unlabelled; ages under 90
// are no PHI, and an age over 89 is the number only; reviewers', case managers' and staff initials are PHI; titles,
// degrees, credentials, relations and cue words stay outside the name; hospitals, rehabilitation and long-term acute
// care hospitals, skilled nursing facilities, assisted living, hospice houses, medical respite and named clinics are
// HOSPITAL; insurers, health plans and their lines of business named as plans, state Medicaid programmes and agencies,
// TPAs, PBMs, radiology benefit managers, QIOs and IROs, home health and DME vendors, specialty pharmacies, physician
// practices, employers, law firms, foundations, transport brokers, courts and police are ORGANIZATION; counties,
// neighbourhoods, parks, islands and a reservation are LOCATION-OTHER; P.O. boxes and highway-contract boxes STREET.
// Bare "Medicare" and "Medicaid" stay unlabelled, and so do CPT, ICD-10, DRG and HCPCS codes and policy numbers of
// medical policies.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large payers, hospitals, vendors and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-56 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-57.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-57.jsonl", "make-clinical-fixture-57");
// ======================================================== ALL CAPS (10) ========================================================

note("ur-concurrent-review-caps", `
⟦O|MERIDIAN HEALTH PLAN OF ILLINOIS⟧ - UTILIZATION MANAGEMENT - CONCURRENT REVIEW   ⟦D|10/13/2099⟧ 10:42
MEMBER: ⟦N|OKONKWO, CHIDINMA A⟧   MEMBER ID ⟦HP|MHP441872093⟧   GROUP ⟦HP|IL-MCD-0417⟧   DOB ⟦D|03/19/2054⟧
FACILITY: ⟦H|ADVOCATE CHRIST MEDICAL CENTER⟧, ⟦S|4440 W 95TH ST⟧, ⟦C|OAK LAWN⟧ ⟦STATE|IL⟧ ⟦Z|60453⟧   FACILITY NPI ⟦I|1447208813⟧   TAX ID ⟦I|36-2167074⟧
AUTH # ⟦I|IP-99-2870416⟧   ADMIT ⟦D|10/09/2099⟧ (INPATIENT, ED ADMIT)   DX: SEPSIS D/T PYELONEPHRITIS, AKI
UR NURSE AT FACILITY: ⟦N|DOLORES PACHECO-RUIZ⟧, RN ⟦P|708-555-0144⟧ EXT ⟦P|3217⟧   FAX ⟦F|708-555-0149⟧
CLINICAL: DAY 4. TMAX 38.4 (⟦D|10/12⟧), NOW AFEBRILE 24 H. LACTATE 1.1. CR 1.9 -> 1.4. BCX ⟦D|10/09⟧ E. COLI PAN-SENS. ON CEFTRIAXONE 2 G IV Q24. TOLERATING PO.
CRITERIA: MCG INPATIENT & SURGICAL CARE ORG-M-220 PYELONEPHRITIS - DISCHARGE SCREENS: AFEBRILE 24 H MET, ORAL ABX TOLERATED MET, RENAL FXN IMPROVING MET.
DETERMINATION: DAYS ⟦D|10/09⟧-⟦D|10/12⟧ APPROVED (4 DAYS). ⟦D|10/13⟧ NOT APPROVED AS INPATIENT - MEETS DISCHARGE SCREENS; OFFERED PEER TO PEER.
P2P CONTACT: ATTENDING DR. ⟦N|RAJESH VENUGOPAL⟧ VIA HOSPITALIST LINE ⟦P|708-555-0160⟧. P2P WINDOW 24 H.
REFERRED TO MEDICAL DIRECTOR ⟦N|HOWARD ZIMMERLE⟧, MD. NEXT REVIEW ⟦D|10/14/2099⟧.
REVIEWER: ⟦N|TAMIKA FORTENBERRY⟧, RN, CCM   UM LINE ⟦P|855-555-0121⟧   ⟦N|TF⟧
`);

note("prior-auth-mri-caps", `
PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING          SUBMITTED VIA ⟦U|WWW.EVICORE-PORTAL-EXAMPLE.COM⟧   ⟦D|10/13/2099⟧
TO: ⟦O|EVICORE HEALTHCARE⟧ ON BEHALF OF ⟦O|CIGNA⟧   FAX ⟦F|888-555-0177⟧   CASE REF ⟦I|A118204477⟧
ORDERING PROVIDER: ⟦N|GRETCHEN HOLLENBECK⟧, MD (ORTHOPEDICS)   NPI ⟦I|1730482219⟧
PRACTICE: ⟦O|TRI-STATE BONE AND JOINT⟧, ⟦S|2215 ALTAMONT AVE⟧ STE 300, ⟦C|CINCINNATI⟧ ⟦STATE|OH⟧ ⟦Z|45208⟧   PH ⟦P|513-555-0182⟧   TAX ID ⟦I|31-1448207⟧
RENDERING: ⟦O|MERCY HEALTH IMAGING - ANDERSON⟧ NPI ⟦I|1962117045⟧
PATIENT: ⟦N|VOSSLER, DEREK J⟧   DOB ⟦D|07/02/2071⟧   SUBSCRIBER: SELF   ⟦O|CIGNA⟧ ID ⟦HP|U44172093 01⟧   GROUP ⟦HP|3340871⟧
EMPLOYER: ⟦O|KROGER CO⟧
PROCEDURE: CPT 73221 MRI R SHOULDER W/O CONTRAST. DX M75.121, S43.431A.
CLINICAL: INJURY ⟦D|08/27/2099⟧ LIFTING AT WORK. 6 WKS PT (⟦O|ATI PHYSICAL THERAPY⟧, 12 VISITS) + NSAIDS + SUBACROMIAL INJECTION ⟦D|09/20/2099⟧ WITHOUT RELIEF. + DROP ARM, WEAKNESS ER 4-/5. XR ⟦D|08/29/2099⟧: NO FX.
REQUESTED DATE OF SERVICE: ⟦D|10/20/2099⟧.
CONTACT: ⟦N|BRITTNEY AUGSPURGER⟧, PRIOR AUTH COORDINATOR ⟦P|513-555-0183⟧ / ⟦E|BAUGSPURGER@TSBJ-EXAMPLE.COM⟧
STATUS ⟦D|10/14/2099⟧: APPROVED - AUTH ⟦I|A118204477-01⟧ VALID ⟦D|10/14/2099⟧ TO ⟦D|01/12/2100⟧.
`);

note("denial-letter-caps", `
⟦O|HUMANA⟧ MEDICARE ADVANTAGE
NOTICE OF DENIAL OF MEDICAL COVERAGE (INTEGRATED DENIAL NOTICE)                DATE: ⟦D|OCTOBER 13, 2099⟧
NAME: ⟦N|BERNADETTE L. THIBODEAUX⟧          MEMBER NUMBER: ⟦HP|H44720918⟧
ADDRESS: ⟦S|118 RUE ST. JEAN⟧, ⟦C|BREAUX BRIDGE⟧, ⟦STATE|LA⟧ ⟦Z|70517⟧
CASE NUMBER: ⟦I|2099-R-0448172⟧
WE HAVE DENIED THE BELOW REQUEST FOR THE FOLLOWING SERVICE(S) OR ITEM(S) YOU OR YOUR PHYSICIAN REQUESTED:
CONTINUED SKILLED NURSING FACILITY CARE AT ⟦H|THE BLUFFS NURSING AND REHABILITATION⟧, ⟦C|LAFAYETTE⟧, FROM ⟦D|10/16/2099⟧.
WE DENIED THIS REQUEST BECAUSE: YOU NO LONGER NEED DAILY SKILLED THERAPY. YOU CAN WALK 150 FEET WITH A ROLLING WALKER AND NEED ONLY SUPERVISION FOR BATHING. THIS DECISION WAS MADE BY ⟦N|ANTHONY R. DELACROIX⟧, MD, MEDICAL DIRECTOR.
YOUR PHYSICIAN: DR. ⟦N|NGOC-LAN TRAN⟧.
IF YOU WANT AN EXPEDITED APPEAL CALL ⟦P|1-800-555-0144⟧ (TTY 711) OR FAX ⟦F|1-800-555-0145⟧, OR WRITE ⟦O|HUMANA⟧ GRIEVANCE AND APPEALS DEPT, ⟦S|PO BOX 14165⟧, ⟦C|LEXINGTON⟧ ⟦STATE|KY⟧ ⟦Z|40512⟧.
YOU MAY ALSO CONTACT THE QUALITY IMPROVEMENT ORGANIZATION, ⟦O|ACENTRA HEALTH⟧, AT ⟦P|888-555-0109⟧.
COPY: ⟦H|THE BLUFFS NURSING AND REHABILITATION⟧ ATTN ⟦N|CHARMAINE BROUSSARD⟧, BUSINESS OFFICE.
`);

note("snf-referral-caps", `
SNF REFERRAL PACKET - COVER SHEET   ⟦D|10/13/2099⟧   SENT VIA ⟦O|CAREPORT⟧ REFERRAL ⟦I|CP-7720418⟧
FROM: ⟦H|SENTARA NORFOLK GENERAL HOSPITAL⟧ CASE MANAGEMENT, ⟦S|600 GRESHAM DR⟧, ⟦C|NORFOLK⟧ ⟦STATE|VA⟧ ⟦Z|23507⟧
CM: ⟦N|LATOYA BASKERVILLE⟧, RN   ⟦P|757-555-0133⟧   FAX ⟦F|757-555-0134⟧   SW: ⟦N|IGOR PETRENKO⟧, LCSW
PATIENT: ⟦N|WHITFIELD, ROSCOE EARL⟧   DOB ⟦D|05/14/2008⟧   AGE ⟦A|91⟧   MRN ⟦M|SNG-40417720⟧
PAYER: ⟦O|ANTHEM HEALTHKEEPERS PLUS⟧ (MEDICAID MCO) ID ⟦HP|YRV887204118⟧; MEDICARE MBI ⟦HP|6TK4-RE8-QW71⟧ (DUAL)
DX: L HIP FX S/P IMN ⟦D|10/10/2099⟧. PT: MIN-MOD A TRANSFERS, AMB 20 FT RW. OT: MAX A LB DRESSING.
SENT TO (PATIENT/FAMILY CHOICE LIST GIVEN ⟦D|10/12⟧):
 1. ⟦H|LAKE TAYLOR TRANSITIONAL CARE HOSPITAL⟧ - ⟦P|757-555-0190⟧ - ADMISSIONS ⟦N|KEISHA MONROE⟧ - PENDING
 2. ⟦H|BON SECOURS HAMPTON ROADS REHAB⟧ - ⟦P|757-555-0191⟧ - DECLINED (NO MEDICAID BED)
 3. ⟦H|SENTARA NURSING CENTER - NORFOLK⟧ - ⟦P|757-555-0192⟧ - ACCEPTED, BED ⟦D|10/14⟧
AUTH: ⟦O|ANTHEM⟧ SNF AUTH ⟦I|SNF-99-1180472⟧ APPROVED 7 DAYS, NEXT REVIEW ⟦D|10/20/2099⟧, UM NURSE ⟦N|PAULA OSTROWSKI⟧.
POA/CONTACT: DAUGHTER ⟦N|GLORIA WHITFIELD-BANKS⟧ ⟦P|757-555-0166⟧, ⟦S|2912 COLLEY AVE⟧, ⟦C|NORFOLK⟧.
TRANSPORT: ⟦O|MEDIC ONE TRANSPORT⟧ WHEELCHAIR VAN ⟦D|10/14/2099⟧ 11:00, CONF ⟦I|MOT-55172⟧.
`);

note("aps-disability-caps", `
ATTENDING PHYSICIAN STATEMENT - LONG TERM DISABILITY
INSURER: ⟦O|THE HARTFORD⟧ - CLAIM NO. ⟦I|LTD-19940872⟧   POLICY NO. ⟦I|GLT-0044718⟧   FAX TO ⟦F|877-555-0158⟧
EMPLOYEE: ⟦N|KOWALCZYK, MAREK T⟧   DOB ⟦D|11/06/2060⟧   EMPLOYER: ⟦O|BRIGGS & STRATTON⟧, ⟦C|WAUWATOSA⟧ ⟦STATE|WI⟧   JOB: CNC MACHINIST
PART 1 (PHYSICIAN): ⟦N|ADAEZE NWOSU-BAUER⟧, MD, PHYSICAL MEDICINE & REHAB   ⟦H|FROEDTERT SPINE CENTER⟧, ⟦S|9200 W WISCONSIN AVE⟧, ⟦C|MILWAUKEE⟧ ⟦Z|53226⟧
PHONE ⟦P|414-555-0126⟧   FAX ⟦F|414-555-0127⟧   NPI ⟦I|1558204473⟧   LICENSE WI ⟦I|62118-20⟧
DATE FIRST TREATED ⟦D|02/11/2099⟧   LAST VISIT ⟦D|10/06/2099⟧   NEXT VISIT ⟦D|11/17/2099⟧
DIAGNOSIS: LUMBAR RADICULOPATHY L5-S1 (M54.17), S/P MICRODISCECTOMY ⟦D|04/03/2099⟧ AT ⟦H|FROEDTERT HOSPITAL⟧.
RESTRICTIONS: NO LIFTING > 10 LB, NO REPETITIVE BENDING, SIT/STAND AT WILL. NO OPERATING HEAVY MACHINERY (GABAPENTIN 600 TID).
PATIENT UNABLE TO RETURN TO OWN OCCUPATION THROUGH ⟦D|01/31/2100⟧. REFERRED TO FCE AT ⟦O|WORKSTEPS MILWAUKEE⟧.
OTHER TREATING: DR. ⟦N|EINAR SOLBERG⟧ (NEUROSURGERY), PT ⟦N|KAYLA ZWIEFELHOFER⟧, DPT.
SIGNATURE: ⟦N|A. NWOSU-BAUER⟧   DATE ⟦D|10/13/2099⟧
`);

note("member-call-log-caps", `
MEMBER SERVICES CALL LOG - ⟦O|AMBETTER FROM SUNSHINE HEALTH⟧          AGENT: ⟦UN|JMORALES22⟧ (⟦N|JOANNA MORALES⟧)
CALL ID ⟦I|CL-99101304418⟧   ⟦D|10/13/2099⟧ 14:08   INBOUND ANI ⟦P|305-555-0117⟧
CALLER: ⟦N|FLEURIMOND, MARIE-CLAUDE⟧ (SUBSCRIBER)   ID ⟦HP|U7209441801⟧   POLICY ⟦HP|AMB-FL-2099-418820⟧   DOB ⟦D|04/30/1976⟧ VERIFIED
ADDRESS ON FILE: ⟦S|1450 NE 131ST ST⟧ APT 4, ⟦C|NORTH MIAMI⟧ ⟦STATE|FL⟧ ⟦Z|33161⟧ - MEMBER GAVE NEW ADDRESS ⟦S|8220 NW 2ND AVE⟧, ⟦C|MIAMI⟧ ⟦Z|33150⟧, UPDATED.
REASON: CLAIM ⟦I|2099278004417⟧ DENIED (OUT OF NETWORK) - ED VISIT ⟦D|09/02/2099⟧ AT ⟦H|JACKSON NORTH MEDICAL CENTER⟧ FOR DAUGHTER ⟦N|NAÏKA⟧ (DEPENDENT 02).
ACTION: ED IS COVERED IN-NETWORK LEVEL PER NO SURPRISES ACT. SENT CLAIM FOR REPROCESSING, TICKET ⟦I|RP-4418207⟧, 30 DAYS.
ALSO: PCP CHANGE TO DR. ⟦N|JEAN-BAPTISTE LAFORTUNE⟧ AT ⟦H|BORINQUEN HEALTH CARE CENTER⟧ EFFECTIVE ⟦D|11/01/2099⟧. NEW ID CARD MAILED.
INTERPRETER: HAITIAN CREOLE, ⟦O|LANGUAGE LINE⟧ #⟦I|447182⟧ (⟦N|WIDLINE⟧).
CALLBACK REQUESTED AT ⟦P|786-555-0140⟧ AFTER 5 PM. E-MAIL FOR EOB: ⟦E|MCFLEURIMOND@EXAMPLE.NET⟧
`);

note("ltach-placement-caps", `
LTACH REFERRAL / CLINICAL SUMMARY FOR PLACEMENT   ⟦D|13-OCT-2099⟧
TO: ⟦H|KINDRED HOSPITAL HOUSTON MEDICAL CENTER⟧ (LIAISON ⟦N|ROXANNE ADEYEMI-CLARKE⟧, RN ⟦P|713-555-0188⟧)
ALT: ⟦H|CORNERSTONE SPECIALTY HOSPITALS - BELLAIRE⟧ (LIAISON ⟦N|MATEO QUINTANILLA⟧ ⟦P|713-555-0189⟧)
FROM: ⟦H|MEMORIAL HERMANN - TEXAS MEDICAL CENTER⟧ MICU, CM ⟦N|SHEREE DUPLANTIS⟧, RN   ⟦P|713-555-0124⟧   FAX ⟦F|713-555-0125⟧
PATIENT: ⟦N|ALVARADO CERVANTES, EFRAIN⟧   DOB ⟦D|12/25/2047⟧   FIN ⟦I|MH-99-41872204⟧   MRN ⟦M|MH77204418⟧
INSURANCE: ⟦O|UNITEDHEALTHCARE⟧ COMMUNITY PLAN (⟦O|STAR+PLUS⟧) ⟦HP|UHC882041177⟧; LTACH AUTH REQUESTED ⟦D|10/12/2099⟧ REF ⟦I|UHC-LT-99-30417⟧.
CLINICAL: HD 24. ARDS D/T INFLUENZA A, TRACH ⟦D|10/01/2099⟧ (SHILEY 8 CUFFED), PEEP 8 FIO2 40%, FAILED SBT X3. PEG ⟦D|10/03⟧. SACRAL STAGE 3 PI. MRSA BACTEREMIA - VANCOMYCIN THROUGH ⟦D|10/27/2099⟧ VIA R PICC.
LTACH CRITERIA (KINDRED): PROLONGED MECHANICAL VENTILATION > 96 H, WEANING POTENTIAL - MET.
FAMILY: WIFE ⟦N|MARICELA CERVANTES DE ALVARADO⟧ ⟦P|832-555-0150⟧ (SPANISH), SON ⟦N|EFRAIN JR.⟧ ⟦P|832-555-0151⟧. ADDRESS ⟦S|7714 HARRISBURG BLVD⟧, ⟦C|HOUSTON⟧ ⟦Z|77012⟧.
EMPLOYER (PRIOR): ⟦O|ZACHRY CONSTRUCTION⟧ - SHORT TERM DISABILITY VIA ⟦O|LINCOLN FINANCIAL GROUP⟧ CLAIM ⟦I|LFG-STD-0447182⟧.
ATTENDING: DR. ⟦N|PRIYANKA DESHMUKH⟧ (PULM/CC). PHYSICIAN CERTIFICATION SIGNED ⟦D|10/13/2099⟧.
`);

note("external-review-caps", `
⟦O|MARYLAND INSURANCE ADMINISTRATION⟧ - APPEALS AND GRIEVANCES UNIT
REQUEST FOR EXTERNAL REVIEW / COMPLAINT   COMPLAINT NO. ⟦I|MIA-2099-10-04417⟧   RECEIVED ⟦D|10/13/2099⟧
COMPLAINANT: ⟦N|ESTHER M. GOLDFARB⟧ (MEMBER'S MOTHER AND AUTHORIZED REPRESENTATIVE)
MEMBER: ⟦N|GOLDFARB, ARIEL N⟧   DOB ⟦D|06/09/2083⟧   CARRIER: ⟦O|CAREFIRST BLUECROSS BLUESHIELD⟧   ID ⟦HP|XJG441820197⟧   GROUP ⟦HP|08H77⟧
DENIED SERVICE: RESIDENTIAL EATING DISORDER TREATMENT AT ⟦H|CENTER FOR EATING DISORDERS AT SHEPPARD PRATT⟧, ⟦C|TOWSON⟧, ⟦D|09/18/2099⟧ ONWARD.
CARRIER GRIEVANCE DECISION ⟦D|10/02/2099⟧, REF ⟦I|CF-GR-99-227104⟧, UPHELD ON INTERNAL APPEAL BY ⟦N|LAWRENCE OYEBANJI⟧, MD (PSYCHIATRY).
TREATING: ⟦N|REBECCA SZYMANSKI⟧, MD; DIETITIAN ⟦N|HOLLIS PRAY⟧, RD. BMI 15.2 ON ⟦D|09/17⟧, BRADYCARDIA 38, FAILED PHP AT ⟦O|THE RENFREW CENTER⟧ ⟦D|AUGUST 2099⟧.
ASSIGNED INDEPENDENT REVIEW ORGANIZATION: ⟦O|MAXIMUS FEDERAL SERVICES⟧ - IRO CASE ⟦I|IRO-99-MD-3310872⟧. REVIEWER: BOARD-CERTIFIED CHILD/ADOLESCENT PSYCHIATRIST (NAME WITHHELD).
REPRESENTATIVE CONTACT: ⟦S|4 STEVENSON LN⟧, ⟦C|PIKESVILLE⟧ ⟦STATE|MD⟧ ⟦Z|21208⟧   ⟦P|410-555-0171⟧   ⟦E|ESTHER.GOLDFARB@EXAMPLE.ORG⟧
INVESTIGATOR: ⟦N|DWAYNE CHISOLM⟧ ⟦P|410-555-0100⟧ EXT ⟦P|2218⟧
`);

note("pharmacy-pa-caps", `
PHARMACY PRIOR AUTHORIZATION - ⟦O|CVS CAREMARK⟧   PA CASE ID ⟦I|PA-77204-1188⟧   ⟦D|10/13/2099⟧
MEMBER: ⟦N|HASSAN, LAYLA F⟧   DOB ⟦D|01/17/2089⟧   RXBIN 004336   RXPCN ADV   RXGRP ⟦HP|RX4417⟧   ID ⟦HP|ZWG44720118⟧
PLAN SPONSOR: ⟦O|DEARBORN PUBLIC SCHOOLS⟧
DRUG: DUPILUMAB (DUPIXENT) 300 MG SC Q2W (LOADING 600 MG). DX L20.9 ATOPIC DERMATITIS.
PRESCRIBER: ⟦N|VIKRAM ANAND-SHAH⟧, MD   ⟦O|GREAT LAKES DERMATOLOGY⟧   NPI ⟦I|1285770412⟧   DEA ⟦I|BA4417203⟧   ⟦P|313-555-0164⟧   FAX ⟦F|313-555-0165⟧
STEP THERAPY: TRIAMCINOLONE 0.1% X 8 WK (FAILED), TACROLIMUS 0.1% (FAILED), CRISABOROLE (INTOLERANT). EASI 28, BSA 34%.
SPECIALTY PHARMACY: ⟦O|CVS SPECIALTY⟧ ⟦P|800-555-0199⟧.
DECISION ⟦D|10/14/2099⟧: APPROVED 12 MONTHS (⟦D|10/14/2099⟧-⟦D|10/13/2100⟧). REVIEWING PHARMACIST ⟦N|OLUWAKEMI ADEBAYO⟧, PHARMD.
COPAY CARD: DUPIXENT MYWAY MEMBER ⟦I|DMW-0447182091⟧.
`);

note("dme-home-health-auth-caps", `
DME / HOME HEALTH AUTHORIZATION LOG - ⟦O|AETNA BETTER HEALTH OF KENTUCKY⟧   WEEK OF ⟦D|10/12/2099⟧
REF #           MEMBER                    MEMBER ID       ITEM / SERVICE                        VENDOR                             STATUS
⟦I|DME-99-44172⟧    ⟦N|CALDWELL, ORVILLE⟧         ⟦HP|KY4418207⟧       HOSPITAL BED E0260, ALT PRESSURE MATTRESS   ⟦O|BLUEGRASS MEDICAL SUPPLY⟧          APPROVED
⟦I|DME-99-44173⟧    ⟦N|NAPIER, SHAWNA⟧            ⟦HP|KY4418811⟧       CPAP E0601 (AHI 34, ⟦D|09/30⟧)             ⟦O|LINCARE⟧ ⟦C|HAZARD⟧                PENDED - COMPLIANCE DL
⟦I|HH-99-30418⟧     ⟦N|SIZEMORE, DELBERT R⟧       ⟦HP|KY4419023⟧       SN 2W4, PT 2W4 (POST CABG ⟦D|10/02⟧)        ⟦O|APPALACHIAN REGIONAL HOME HEALTH⟧  APPROVED
⟦I|DME-99-44175⟧    ⟦N|OSEI-MENSAH, KWABENA⟧      ⟦HP|KY4420019⟧       POWER WHEELCHAIR K0823                 ⟦O|NUMOTION⟧ ⟦C|LEXINGTON⟧             DENIED - F2F MISSING
⟦I|HH-99-30422⟧     ⟦N|TURNER, MAE ELLEN⟧         ⟦HP|KY4420377⟧       HHA 3W4, SN WOUND                      ⟦O|KENTUCKY HOME HEALTH - PIKEVILLE⟧  APPROVED
NOTES: ⟦N|OSEI-MENSAH⟧ - FACE-TO-FACE FROM DR. ⟦N|HARLAN BEGLEY⟧ (NPI ⟦I|1093877201⟧) REQUESTED BY FAX ⟦F|606-555-0129⟧ ⟦D|10/13⟧. ⟦N|CALDWELL⟧ LIVES ⟦S|HC 62 BOX 410⟧, ⟦C|VICCO⟧ ⟦Z|41773⟧ - VENDOR TO CALL SON ⟦N|LONNIE⟧ ⟦P|606-555-0173⟧ FOR DIRECTIONS.
UM COORDINATOR: ⟦N|KRISTEN HOLBROOK⟧, LPN   REVIEWED BY ⟦N|SANJAY MUKHERJEE⟧, MD   ⟦N|KH⟧/⟦N|SM⟧
`);
// ======================================================== lower case (10) ========================================================

note("cm-discharge-planning-lo", `
case management progress note - ⟦H|st. joseph mercy ann arbor⟧ 5 east   ⟦D|10/13/2099⟧ 1130
pt: ⟦N|lindqvist, harold e⟧   mrn ⟦M|sjm-2204417⟧   dob ⟦D|09/02/2006⟧ (⟦A|93⟧ y/o)   admit ⟦D|10/10/2099⟧ chf exacerbation
payer: ⟦O|priority health⟧ medicare advantage, id ⟦HP|911448207-00⟧; obs -> inpt ⟦D|10/11⟧ per ur (⟦N|janelle ruiz⟧ rn), auth ⟦I|ph-ip-99-55218⟧.
met w/ pt and daughter ⟦N|ingrid lindqvist-moore⟧ (hcpoa, lives in ⟦C|ypsilanti⟧, cell ⟦P|734-555-0119⟧). pt lives alone at ⟦S|2270 packard st⟧, ⟦C|ann arbor⟧ ⟦Z|48104⟧, 2nd floor apt, 14 stairs, no rail on one side.
pt/ot rec: snf vs home w/ 24h. pt refuses snf ("i'm going home, period"). capacity per dr. ⟦N|okafor⟧ intact.
plan: home w/ ⟦O|residential home health⟧ (sn/pt/ot), referral sent via ⟦O|careport⟧ ⟦D|10/13⟧, soc ⟦D|10/15/2099⟧, intake ⟦N|bethany⟧ ⟦P|248-555-0140⟧. 
dme: shower chair + rw from ⟦O|great lakes home medical⟧ (delivered to room). meals on wheels via ⟦O|washtenaw county aaa⟧, contact ⟦N|ramona fitch⟧ ⟦P|734-555-0182⟧.
pcp f/u w/ dr. ⟦N|serena abdel-malek⟧ at ⟦H|ihp briarwood⟧ ⟦D|10/20/2099⟧ 0940; hf clinic ⟦D|10/24/2099⟧.
daughter asked about fmla for herself - gave ⟦O|sedgwick⟧ number ⟦P|866-555-0131⟧ (her employer ⟦O|domino's⟧ hq).
⟦N|c. whitlock⟧, rn cm   pager ⟦P|734-555-0100⟧ x ⟦P|4471⟧
`);

note("p2p-review-lo", `
peer to peer note - ⟦D|10/13/2099⟧ 1615
called by ⟦O|wellcare of georgia⟧ medical director dr. ⟦N|fenwick adu-boahen⟧ re: ⟦N|tolliver, jamarcus d⟧ (mrn ⟦M|gmh-7720418⟧, member ⟦HP|wcg441870022⟧), ref # ⟦I|wcga-ip-2099-88172⟧, inpatient denial for ⟦D|10/11⟧-⟦D|10/12⟧ (payer wants obs).
my summary: 47 yo m w/ dka, initial ph 7.08, bicarb 6, ag 31, on insulin gtt in step-down until ⟦D|10/12⟧ 0300, k nadir 2.9 requiring iv kcl q2h. also new dx of type 1 (gad65+). needed q1h bg and q2h bmp.
dr. ⟦N|adu-boahen⟧ cited interqual acute adult - dka: severity of illness met, intensity of service met. agreed to overturn for both days.
new auth ⟦I|wcga-ip-2099-88172-a⟧. confirmed by fax to ⟦H|grady memorial hospital⟧ ur dept ⟦F|404-555-0139⟧.
also told him pt has no insulin at home; he will route to their cm ⟦N|tanisha oglesby⟧ ⟦P|866-555-0177⟧ for meter + supplies and endo f/u w/ ⟦O|emory endocrinology⟧.
⟦N|l. abernathy-kwon⟧, md (hospitalist)   ⟦E|labernathykwon@gmh-example.org⟧
`);

note("appeal-letter-lo", `
⟦D|october 13, 2099⟧

⟦O|blue cross and blue shield of north carolina⟧
attn: appeals unit
⟦S|po box 30055⟧
⟦C|durham⟧, ⟦STATE|nc⟧ ⟦Z|27702⟧
fax ⟦F|919-555-0166⟧

re: first level provider appeal
patient: ⟦N|ramanathan, kavya⟧   dob ⟦D|02/08/2091⟧   member id ⟦HP|yph884170322⟧   group ⟦HP|0019288⟧
claim # ⟦I|2099255118704⟧   dos ⟦D|08/29/2099⟧-⟦D|09/02/2099⟧   denial letter dated ⟦D|09/21/2099⟧

to whom it may concern,

i am writing on behalf of my patient ⟦N|kavya⟧, an 8-year-old with cystic fibrosis (f508del/g542x), to appeal the denial of her inpatient stay at ⟦H|unc children's hospital⟧ in ⟦C|chapel hill⟧. the denial states the admission "did not meet medical necessity." ⟦N|kavya⟧ was admitted for a pulmonary exacerbation with fev1 dropping from 92% to 61% predicted, new oxygen need (spo2 88% ra), and pseudomonas on sputum culture. she required iv tobramycin with level monitoring and iv ceftazidime, which cannot be done at home; her home is in ⟦C|siler city⟧, 40 minutes away, and her family has no home infusion benefit on this plan.

please see the enclosed notes from dr. ⟦N|marguerite delacroix-owens⟧ (pulmonology) and the cf foundation guidelines. her mother ⟦N|priya ramanathan⟧ may be reached at ⟦P|919-555-0128⟧.

sincerely,
⟦N|jonah feldstein⟧, md
pediatric pulmonology, ⟦O|unc health⟧   npi ⟦I|1629004417⟧
⟦S|101 manning dr⟧, ⟦C|chapel hill⟧, ⟦STATE|nc⟧ ⟦Z|27514⟧   ⟦P|984-555-0190⟧
`);

note("toc-call-lo", `
transitions of care call - ⟦O|optum⟧ care navigation   ⟦D|10/13/2099⟧
member ⟦N|duc minh pham⟧ (goes by "⟦N|danny⟧"), id ⟦HP|944172080⟧, dob ⟦D|11/11/1948⟧. discharged ⟦D|10/11/2099⟧ from ⟦H|scripps mercy hospital⟧ ⟦C|chula vista⟧ (copd exac).
call #1 attempted 0910 to ⟦P|619-555-0184⟧ - vm full. call #2 1030 reached son ⟦N|tri pham⟧ (⟦P|619-555-0185⟧), member on speaker, vietnamese interpreter ⟦N|hoa⟧ id ⟦I|44172⟧.
med rec: prednisone 40 x 5 d (day 3), azithro done, trelegy 1 puff daily - has it. albuterol neb - machine not delivered; called ⟦O|apria healthcare⟧ order ⟦I|ap-99-3017722⟧, delivery tomorrow to ⟦S|1488 fourth ave⟧ #12, ⟦C|chula vista⟧ ⟦Z|91911⟧.
f/u: pcp dr. ⟦N|hemmings⟧ at ⟦H|sharp rees-stealy chula vista⟧ booked ⟦D|10/18/2099⟧; pulm rehab referral to ⟦H|sharp grossmont⟧ pending auth ⟦I|pr-99-004417⟧.
red flags reviewed. son knows to call nurse line ⟦P|800-555-0136⟧.
sdoh: food insecurity - referred to ⟦O|feeding san diego⟧; ride to pcp via ⟦O|modivcare⟧, trip ⟦I|mc-99-20417⟧.
navigator: ⟦N|ashley villanueva⟧, lvn   ⟦UN|avillanueva3⟧
`);

note("medicaid-eligibility-lo", `
financial counseling / medicaid eligibility note - ⟦H|parkland memorial hospital⟧   ⟦D|10/13/2099⟧
pt ⟦N|maria de jesus arredondo soto⟧, mrn ⟦M|pmh-88204417⟧, acct ⟦I|99286004172⟧, dob ⟦D|08/15/1981⟧, admitted ⟦D|10/08/2099⟧ (cholecystitis, lap chole ⟦D|10/09⟧).
self-pay at registration. screened for: ⟦O|texas medicaid⟧ (no - not pregnant, no dependent children under 19 in home), emergency medicaid (yes - emergent admission; application started, 3-page form, pt signed ⟦D|10/13⟧), ⟦O|parkland health plus⟧ financial assistance (income 112% fpl - eligible, card ⟦I|php-2099-441872⟧).
household: pt + husband ⟦N|jose luis arredondo⟧ (works for ⟦O|hernandez roofing llc⟧, no employer insurance). address ⟦S|3315 bickers st⟧, ⟦C|dallas⟧ ⟦STATE|tx⟧ ⟦Z|75212⟧.
docs needed: proof of income (paystubs x 4), id (matricula consular ⟦I|mc-09-4418207⟧ accepted), utility bill.
submitted to ⟦O|texas hhsc⟧ via ⟦U|yourtexasbenefits-example.com⟧, case # ⟦I|hhsc-99-30418872⟧, reference ⟦I|ytb-2099-1013-4417⟧.
spanish; interpreter ⟦N|graciela⟧ (staff). pt phone ⟦P|214-555-0156⟧, husband ⟦P|214-555-0157⟧.
counselor ⟦N|oscar villaseñor⟧ ext ⟦P|70418⟧   fu ⟦D|10/20/2099⟧
`);

note("cob-note-lo", `
coordination of benefits - ⟦O|wellmark blue cross blue shield⟧ cob unit   ⟦D|10/13/2099⟧
member ⟦N|henrik aasland⟧ (id ⟦HP|wmk880417221⟧), spouse ⟦N|ruth aasland⟧ (id ⟦HP|wmk880417222⟧), both dob on file.
questionnaire returned ⟦D|10/09/2099⟧ (mailed to ⟦S|1120 w 3rd st⟧, ⟦C|cedar falls⟧ ⟦STATE|ia⟧ ⟦Z|50613⟧).
findings: ⟦N|henrik⟧ retired from ⟦O|john deere waterloo works⟧ ⟦D|2094⟧; medicare a+b effective ⟦D|06/01/2096⟧, mbi ⟦HP|2mq7-hy6-aa41⟧ -> medicare primary, ⟦O|wellmark⟧ retiree plan secondary.
⟦N|ruth⟧ still employed at ⟦O|unitypoint health - allen hospital⟧ (group ⟦HP|90441⟧, 40 employees... >20) -> her employer plan primary for her; medicare secondary.
claims to reprocess: ⟦I|2099181004417⟧, ⟦I|2099203118820⟧ (dos ⟦D|06/30/2099⟧, ⟦D|07/22/2099⟧), provider ⟦H|covenant medical center⟧.
recovery letters sent; overpayment $1,842.17 to ⟦O|cedar valley medical specialists⟧ (tax id ⟦I|42-1180447⟧).
analyst ⟦N|brooke tjaden⟧ x ⟦P|3318⟧
`);

note("subrogation-lo", `
accident/injury questionnaire (subrogation) - returned by member, typed into file by ⟦N|d. okoro⟧ ⟦D|10/13/2099⟧
plan: ⟦O|highmark⟧, recovery vendor ⟦O|optum subrogation services⟧, file # ⟦I|osr-99-4417208⟧
member: ⟦N|kathleen mcgarrigle⟧, id ⟦HP|hmk447120993⟧
date of injury: ⟦D|08/17/2099⟧   claims related: ⟦I|2099233440187⟧ (er at ⟦H|allegheny general hospital⟧), ⟦I|2099240117702⟧ (ortho f/u)
how did injury occur: "rear-ended at light on ⟦S|penn ave⟧ & ⟦S|40th st⟧ in ⟦LO|lawrenceville⟧, ⟦C|pittsburgh⟧. other driver ran red."
auto insurer: ⟦O|erie insurance⟧, claim ⟦I|eic-0448172-99⟧, adjuster ⟦N|marcus delvecchio⟧ ⟦P|814-555-0163⟧
other party insurer: ⟦O|progressive⟧, claim ⟦I|99-448201-77⟧
attorney: yes - ⟦N|simone feraco⟧, esq., ⟦O|feraco & blum llc⟧, ⟦S|437 grant st⟧ ste 1200, ⟦C|pittsburgh⟧ ⟦Z|15219⟧, ⟦P|412-555-0115⟧, ⟦E|sferaco@feracoblum-example.com⟧
police report: ⟦O|pittsburgh bureau of police⟧ report ⟦I|pbp-99-218847⟧
work related: no. member employed by ⟦O|upmc⟧ (unit clerk).
`);

note("snf-ur-weekly-lo", `
snf utilization review - weekly   ⟦H|golden living center - cedar ridge⟧, ⟦C|sioux falls⟧   wk ending ⟦D|10/13/2099⟧
resident        payer / id                       day   rug/pdpm     skilled need                    status / lcd
⟦N|vander woude, marjorie⟧   ⟦O|medica⟧ ma ⟦HP|mdc-4470218⟧        18    pt/ot, nta    gait, adl after tka ⟦D|09/25⟧       auth thru ⟦D|10/16⟧, nomnc given ⟦D|10/14⟧
⟦N|two crow, leonard⟧        ⟦O|sd medicaid⟧ ⟦HP|5504417720⟧      42    sn              iv ertapenem, stage 4 pi          ltc conversion pending
⟦N|schaefer, delores a⟧      medicare a (mbi ⟦HP|8vn2-pq4-xr19⟧)   9     pt/ot/slp       cva, dysphagia (puree)            day 9 of 100
⟦N|nguyen, bao⟧              ⟦O|healthpartners⟧ ⟦HP|hp7720418⟧    27    pt              hip fx, wbat                      p2p ⟦D|10/12⟧ lost; appeal via ⟦O|livanta⟧ ⟦I|lv-99-304418⟧
notes: ⟦N|two crow⟧ - ihs secondary, prc ⟦I|prc-gp-99-0417⟧ via ⟦H|sioux san hospital⟧ (⟦C|rapid city⟧). ⟦N|schaefer⟧ - son ⟦N|gary⟧ wants transfer to ⟦H|good samaritan society - luther manor⟧ when ltc bed opens.
mds coordinator ⟦N|jodi ellefson⟧, rn; bom ⟦N|tracy kjerstad⟧   ⟦P|605-555-0133⟧   fax ⟦F|605-555-0134⟧
`);

note("wc-nurse-cm-lo", `
nurse case manager report (workers' comp) - ⟦O|genex services⟧   report #3   ⟦D|10/13/2099⟧
claimant: ⟦N|rigoberto fuentes-ibarra⟧   claim ⟦I|wc-99-0447180-co⟧   doi ⟦D|06/22/2099⟧   employer ⟦O|shamrock foods⟧ (warehouse, ⟦C|commerce city⟧)
carrier: ⟦O|pinnacol assurance⟧, adjuster ⟦N|heather szabo⟧ ⟦P|303-555-0141⟧, ⟦E|hszabo@pinnacol-example.com⟧
atp: dr. ⟦N|walter kaminski⟧, ⟦O|concentra⟧ ⟦C|denver⟧ (⟦S|5250 quebec st⟧); surgeon dr. ⟦N|esperanza lowe⟧, ⟦H|panorama orthopedics⟧ ⟦C|golden⟧.
status: r rotator cuff repair ⟦D|08/03/2099⟧ at ⟦H|lutheran medical center⟧. pt 3x/wk at ⟦O|select physical therapy - northglenn⟧, pt ⟦N|josh krumholz⟧. rom flex 140.
visit ⟦D|10/09/2099⟧ with atp: modified duty 10 lb limit, no overhead. employer has light duty in returns (mr. ⟦N|dwyer⟧, hr ⟦P|303-555-0199⟧).
mmi est. ⟦D|jan 2100⟧. fce ordered. spanish interpreter via ⟦O|cyracom⟧ ⟦I|cy-22417⟧.
next contact ⟦D|11/10/2099⟧.   ncm ⟦N|ivonne lachapelle⟧, rn, ccm   ⟦P|720-555-0177⟧
`);

note("portal-thread-lo", `
patient portal message thread - ⟦O|mychart⟧ @ ⟦H|dartmouth hitchcock medical center⟧
from: ⟦N|abigail thornbury⟧ (⟦UN|athornbury77⟧)   to: specialty pharmacy / prior auth team   ⟦D|10/11/2099⟧ 21:14
hi, my insurance (⟦O|harvard pilgrim⟧, member ⟦HP|hpx44172008⟧) sent a letter saying my ozempic is denied and i need "step therapy"?? i've been on it since ⟦D|march⟧. pharmacy at ⟦O|walgreens #11872⟧ in ⟦C|lebanon⟧ says they can't fill. what do i do
---
from: ⟦N|colleen rafferty⟧, cpht (prior auth)   ⟦D|10/12/2099⟧ 09:02
hi ⟦N|abigail⟧ - the new plan year changed formulary. we submitted a pa through ⟦O|covermymeds⟧ key ⟦I|bxt4k9q2⟧ this morning with your a1c history and metformin intolerance. dr. ⟦N|castellano⟧ signed it.
---
from: ⟦N|colleen rafferty⟧   ⟦D|10/13/2099⟧ 15:40
update: approved! pa # ⟦I|hp-rx-99-0417720⟧, good thru ⟦D|10/12/2100⟧. ⟦O|walgreens⟧ has it. call us at ⟦P|603-555-0147⟧ if any issue.
---
from: ⟦N|abigail thornbury⟧   ⟦D|10/13/2099⟧ 18:22
thank you!! also my husband ⟦N|wes⟧ wants to know if his cpap supplies go through the same place - his plan is ⟦O|cigna⟧ through ⟦O|hypertherm⟧.
`);
// ======================================================== Mixed case (25) ========================================================

note("pa-approval-spine", `
⟦O|Blue Cross of Idaho⟧
Utilization Management Department · ⟦S|3000 E. Pine Ave.⟧ · ⟦C|Meridian⟧, ⟦STATE|ID⟧ ⟦Z|83642⟧ · Phone ⟦P|(208) 555-0107⟧ · Fax ⟦F|(208) 555-0108⟧

⟦D|October 13, 2099⟧

⟦N|Lucas Etcheverry⟧
⟦S|418 N. 9th St.⟧
⟦C|Boise⟧, ⟦STATE|ID⟧ ⟦Z|83702⟧

Member ID: ⟦HP|BCI7720418801⟧      Group Number: ⟦HP|10447-002⟧      Authorization Number: ⟦I|UM2099-0418877⟧

Dear Mr. ⟦N|Etcheverry⟧:

We have approved the request from Dr. ⟦N|Annalise Moreno-Quist⟧ of ⟦O|Intermountain Spine Institute⟧ for the following service:

  Service: Lumbar fusion, L4-L5 (CPT 22633), with 1 inpatient day
  Facility: ⟦H|St. Luke's Boise Medical Center⟧ (NPI ⟦I|1174502281⟧)
  Approved dates: ⟦D|November 2, 2099⟧ through ⟦D|November 3, 2099⟧

This approval was based on the information provided and on our medical policy MP-7.01.544 (spinal fusion). The reviewer was ⟦N|Gareth Pennington⟧, MD, board-certified in orthopedic surgery. Approval is not a guarantee of payment; benefits are subject to eligibility on the date of service and the terms of your plan through ⟦O|Micron Technology⟧.

If you have questions, please call Customer Service at ⟦P|1-888-555-0160⟧ or visit ⟦U|https://www.bcidaho-example.com/members⟧.

cc: ⟦N|Annalise Moreno-Quist⟧, MD, fax ⟦F|208-555-0173⟧
`);

note("bh-concurrent-review", `
Behavioral Health Concurrent Review — ⟦O|Carelon Behavioral Health⟧ (for ⟦O|Premera Blue Cross⟧)
Date: ⟦D|10/13/2099⟧    Reviewer: ⟦N|Nadia Brightwater⟧, LMHC    Case #: ⟦I|CBH-WA-2099-771048⟧
Member: ⟦N|Soren Halvorsen-Yates⟧    DOB: ⟦D|05/30/2081⟧    ID: ⟦HP|PBC4408172201⟧    Level of care: acute inpatient psychiatry
Facility: ⟦H|Fairfax Behavioral Health⟧, ⟦C|Kirkland⟧ (UR contact ⟦N|Monique Abernethy⟧, ⟦P|425-555-0153⟧, fax ⟦F|425-555-0154⟧)
Admit ⟦D|10/07/2099⟧ on involuntary hold (⟦LO|King County⟧ DCR petition ⟦I|ITA-99-04417⟧) after overdose of sertraline and alcohol.
Clinical update (per ⟦N|Monique⟧): day 6. Remains guarded, denies SI today but C-SSRS positive for ideation on ⟦D|10/11⟧. Slept 5 h. Lithium level 0.7 on ⟦D|10/12⟧; started clozapine? — no, clarified: quetiapine titrated to 300 mg. Not yet engaging in groups. ITA court hearing held ⟦D|10/10⟧ at ⟦O|King County Superior Court⟧ (⟦O|Involuntary Treatment Court⟧), 14-day order granted.
Criteria: LOCUS composite 24 (level 6). Meets continued stay.
Authorization: ⟦D|10/13⟧–⟦D|10/16/2099⟧ (4 days) approved, ref ⟦I|CBH-WA-2099-771048-03⟧. Next review ⟦D|10/16/2099⟧ with ⟦N|Monique⟧.
Discharge planning: outpatient with ⟦O|Sound Health⟧ (intake ⟦D|10/20⟧), mother ⟦N|Kirsten Halvorsen⟧ in ⟦C|Bellevue⟧ (⟦P|206-555-0126⟧) to provide housing.
`);

note("irf-preadmission", `
Inpatient Rehabilitation Facility — Pre-Admission Screening
⟦H|Craig Hospital⟧, ⟦S|3425 S. Clarkson St.⟧, ⟦C|Englewood⟧, ⟦STATE|CO⟧ ⟦Z|80113⟧ · Admissions ⟦P|303-555-0120⟧ · Fax ⟦F|303-555-0121⟧
Screen completed ⟦D|10/13/2099⟧ by ⟦N|Theresa Quintero-Blake⟧, RN, CRRN (clinical liaison), on-site at ⟦H|Denver Health Medical Center⟧ Level I trauma unit.
Patient: ⟦N|Malik Johnson-Oduya⟧, DOB ⟦D|01/14/2075⟧, ⟦H|Denver Health⟧ MRN ⟦M|DH-4417208⟧
Referral from: ⟦N|Carlos Ybarra⟧, MSW (SW, ⟦P|303-555-0198⟧); attending Dr. ⟦N|Rachel Goldenberg⟧ (trauma surgery)
Injury: ⟦D|09/28/2099⟧, motorcycle vs. guardrail on ⟦S|I-70⟧ near ⟦C|Idaho Springs⟧. T6 AIS A complete SCI, T4–T7 posterior fusion ⟦D|09/29⟧; L radius ORIF.
Prior level: independent, lived with partner ⟦N|Jasmine Kettering⟧ at ⟦S|1570 Yosemite St.⟧, ⟦C|Aurora⟧ ⟦Z|80010⟧ (3 steps to enter). Worked at ⟦O|Amazon⟧ fulfillment center ⟦LO|DEN4⟧.
Current: mod A bed mobility, max A transfers (slide board training started), neurogenic bowel/bladder (IC q4–6h), tolerating 3 h of therapy (PT/OT) on ⟦D|10/10⟧ and ⟦D|10/11⟧.
Medical necessity: requires intensive, coordinated interdisciplinary rehab (PT, OT, rehab nursing) with physician supervision (Dr. ⟦N|Wen-Hsuan Liao⟧, physiatry); expected to tolerate 3 h/day, 5 days/week; ELOS 6–8 weeks.
Payer: ⟦O|Colorado Medicaid⟧ (⟦O|Health First Colorado⟧) ⟦HP|H447208C⟧ — prior authorization via ⟦O|Acentra Health⟧, request ⟦I|PAR-99-2044178⟧ submitted ⟦D|10/13⟧.
Approval for admission: ⟦N|Aaron Feld⟧, MD, medical director, ⟦D|10/13/2099⟧ 16:20. Anticipated admit ⟦D|10/15/2099⟧ via ⟦O|Falck Rocky Mountain⟧ BLS.
`);

note("sw-discharge-homeless", `
Social Work Discharge Planning Note — ⟦H|Harborview Medical Center⟧, 9 East
⟦D|10/13/2099⟧ 14:05
Pt: ⟦N|Dwight "Bo" Abernathy⟧, 58M, MRN ⟦M|U3041887⟧, admitted ⟦D|10/05⟧ with cellulitis L leg and alcohol withdrawal.
Housing: unsheltered x 2 years; sleeps near ⟦LO|Cal Anderson Park⟧; mail c/o ⟦O|Compass Housing Alliance⟧, ⟦S|77 S. Washington St.⟧, ⟦C|Seattle⟧, ⟦STATE|WA⟧ ⟦Z|98104⟧.
Insurance: ⟦O|Molina Healthcare of Washington⟧ (⟦O|Apple Health⟧) ProviderOne ID ⟦HP|108447201WA⟧; ⟦O|Molina⟧ care coordinator ⟦N|Rashida Noorzai⟧ ⟦P|800-555-0159⟧ ext ⟦P|147720⟧.
Income: SSI pending — ⟦O|SSA⟧ claim ⟦I|SSA-99-0441872⟧; ⟦O|DSHS⟧ ABD cash, client ID ⟦I|DSHS-4417208⟧.
Plan: medical respite bed at ⟦H|Edward Thomas House⟧ (⟦H|Harborview⟧ medical respite), accepted ⟦D|10/13⟧ by ⟦N|Kiona Whitebear⟧, RN; IV → PO cephalexin. Transport by ⟦O|Hopelink⟧ ride ⟦I|HL-99-771042⟧ on ⟦DAY|Wednesday⟧ 10:00.
Chemical dependency: referred to ⟦O|Evergreen Treatment Services⟧ for MOUD evaluation; pt contemplative.
Phone: pt has a Lifeline phone ⟦P|206-555-0137⟧ (often off). Sister ⟦N|Loretta Abernathy⟧ in ⟦C|Yakima⟧ ⟦P|509-555-0104⟧ (ok to share info per ROI ⟦D|10/12/2099⟧).
⟦N|Hyun-woo Baek⟧, MSW, LICSW ⟦P|206-555-0160⟧
`);

note("p2p-request-form", `
PEER-TO-PEER REVIEW REQUEST

Health plan: ⟦O|Aetna⟧                Reference #: ⟦I|A2099100477182⟧
Date requested: ⟦D|10/13/2099⟧     Deadline: ⟦D|10/15/2099⟧ 5:00 PM CT

Patient name: ⟦N|Thi Kim Ngan Vo⟧        DOB: ⟦D|03/03/2050⟧        ⟦O|Aetna⟧ ID: ⟦HP|W200447182⟧
Requesting physician: ⟦N|Benjamin Oyelaran-Schultz⟧, MD   Specialty: radiation oncology   NPI: ⟦I|1346209971⟧
Practice: ⟦O|Texas Oncology – Fort Worth Cancer Center⟧, ⟦S|1450 8th Ave.⟧, ⟦C|Fort Worth⟧, ⟦STATE|TX⟧ ⟦Z|76104⟧
Best number for callback: ⟦P|817-555-0147⟧ (cell ⟦P|817-555-0148⟧)   Available: Mon–Thu 12–1 PM
Service denied: IMRT, 28 fractions, prostate (CPT 77385) — reviewer approved 3D-CRT only (denial letter ⟦D|10/10/2099⟧, signed ⟦N|Patricia Vanterpool⟧, MD)
Reason for P2P: rectal sparing — 3D plan V70 rectum 31% vs. IMRT 9%; prior pelvic radiation (cervix, not applicable — error; prior bowel resection, ⟦H|Baylor Scott & White⟧ ⟦D|2091⟧).
Office contact: ⟦N|Krystal Ngo⟧, authorization specialist, ⟦E|kngo@txonc-example.com⟧

Outcome (entered ⟦D|10/14/2099⟧ by ⟦N|K. Ngo⟧): P2P with Dr. ⟦N|Vanterpool⟧ completed 12:20. IMRT approved, auth ⟦I|A2099100477182-R⟧.
`);

note("life-insurance-aps", `
⟦O|Northwestern Mutual⟧ — Request for Attending Physician Statement
Requested ⟦D|09/30/2099⟧ · Received ⟦D|10/13/2099⟧ · Policy application ⟦I|NM-LA-2099-0417722⟧ · Underwriter ⟦N|Ilse Brandvold⟧ (⟦P|414-555-0111⟧)
Proposed insured: ⟦N|Aurelio Bustamante⟧   DOB ⟦D|02/22/2062⟧   Face amount $1,500,000, term 20
Authorization (HIPAA-compliant, signed by proposed insured ⟦D|09/24/2099⟧) attached. Records vendor: ⟦O|ExamOne⟧, order ⟦I|EX1-8830417⟧.

Physician response (⟦N|Leah Tannenbaum⟧, MD, internal medicine; ⟦O|Hinsdale Internal Medicine Associates⟧, ⟦S|120 Oak St.⟧, ⟦C|Hinsdale⟧, ⟦STATE|IL⟧ ⟦Z|60521⟧):
1. How long have you known the patient? Since ⟦D|2087⟧. Last seen ⟦D|08/04/2099⟧.
2. Diagnoses: hypertension (dx ⟦D|2090⟧), hyperlipidemia, OSA on CPAP, remote kidney stone (⟦D|2094⟧).
3. Medications: losartan 50 mg, rosuvastatin 10 mg.
4. Most recent BP 128/82; LDL 88 (⟦D|08/2099⟧); A1c 5.6.
5. Referrals: cardiology Dr. ⟦N|Omar Haddad⟧ (⟦H|AMITA Health Adventist Medical Center Hinsdale⟧) — stress echo ⟦D|05/17/2099⟧ normal.
6. Tobacco/alcohol/drugs: never smoker; 2 drinks/week.
Copies of notes ⟦D|01/2097⟧–present enclosed (34 pages). Fee $35 invoice ⟦I|HIMA-99-2208⟧ to ⟦O|ExamOne⟧, TIN ⟦I|36-4418207⟧.
Completed by ⟦N|Rosa Delgadillo⟧, HIM, ⟦P|630-555-0163⟧
`);

note("im-from-medicare-qio", `
BFCC-QIO Appeal Intake — Important Message from Medicare (discharge appeal)
QIO: ⟦O|Livanta⟧ (Area 5) · Appeal ID ⟦I|LV-2099-1013-55417⟧ · Received ⟦D|10/13/2099⟧ 15:52 by phone ⟦P|888-555-0151⟧
Beneficiary: ⟦N|Walter Yellowhorse⟧   MBI ⟦HP|1EG4-TE5-MK72⟧   DOB ⟦D|07/04/2007⟧ (age ⟦A|92⟧)
Representative: granddaughter ⟦N|Shawnee Yellowhorse-Ortiz⟧, ⟦P|602-555-0188⟧, ⟦E|shawnee.yo@example.com⟧
Hospital: ⟦H|Banner – University Medical Center Phoenix⟧, ⟦S|1111 E. McDowell Rd.⟧, ⟦C|Phoenix⟧ ⟦Z|85006⟧; CCN 030002; attending Dr. ⟦N|Emeka Chukwu⟧
IM delivered ⟦D|10/11/2099⟧ (signed by rep), follow-up IM ⟦D|10/13/2099⟧ 09:30; planned discharge ⟦D|10/14/2099⟧ to home in ⟦C|Ganado⟧, ⟦STATE|AZ⟧ (⟦LO|Navajo Nation⟧).
Beneficiary/rep reason: "He still can't walk to the bathroom and we live 3 hours from any hospital; the road to the house is dirt."
Hospital notified 16:05 (CM ⟦N|Bridget Kalani⟧, ⟦P|602-555-0172⟧); records (DND, IM, notes ⟦D|10/08⟧–⟦D|10/13⟧) due by noon ⟦D|10/14⟧.
Decision ⟦D|10/15/2099⟧ 11:10: physician reviewer ⟦N|Harold Ng⟧, MD — hospital discharge NOT appropriate; coverage continues. Rep informed by phone.
`);

note("hospital-ur-worklist", `
⟦H|Ochsner Medical Center – Jefferson Highway⟧ · Utilization Review Worklist · ⟦D|10/13/2099⟧ · UR RN ⟦N|Camille Arceneaux⟧
Rm     Patient                      Payer (ID)                                   Status    LOS   Criteria         Auth / Ref                   Action
4102   ⟦N|Boudreaux, Clement⟧          ⟦O|Humana⟧ MA (⟦HP|H88204417⟧)                       IP        3     IQ met           ⟦I|HUM-99-3302471⟧               next clinicals ⟦D|10/15⟧
4108   ⟦N|Tran, Lien⟧                  ⟦O|Louisiana Healthcare Connections⟧ (⟦HP|LHC4410287⟧)  OBS→IP?   2     IQ not met       pending                      physician advisor review
4115   ⟦N|Washington-Guidry, Deja⟧     ⟦O|Blue Cross and Blue Shield of Louisiana⟧ (⟦HP|XUB772041880⟧)  IP   5     IQ met           ⟦I|BCBSLA-IP-77204418⟧           P2P ⟦D|10/14⟧ 10:00 w/ Dr. ⟦N|Fontenot⟧
4121   ⟦N|Pellegrin, Antoine J⟧        Medicare A (⟦HP|3QR8-XT2-WP66⟧)                    IP        7     2-MN met         n/a                          IM #2 due ⟦D|10/14⟧
4127   ⟦N|Nakamura, Gail⟧              ⟦O|UnitedHealthcare⟧ (⟦HP|UHC90441872⟧)              IP        1     pending          ⟦I|UHC-IP-99-04417720⟧            send H&P
4133   ⟦N|LeBlanc, Ti-Noel⟧            ⟦O|Peoples Health⟧ (⟦HP|PH447720⟧)                  OBS       1     —                —                            MOON given ⟦D|10/13⟧
Physician advisor on call: Dr. ⟦N|Vikas Raghunathan⟧ ⟦P|504-555-0102⟧. Denials fax ⟦F|504-555-0103⟧. Escalations to UR manager ⟦N|Yvette Chauvin⟧.
`);

note("appeal-overturn-letter", `
⟦O|Independence Blue Cross⟧ · Member Appeals · ⟦S|1901 Market St.⟧ · ⟦C|Philadelphia⟧, ⟦STATE|PA⟧ ⟦Z|19103⟧

⟦D|October 13, 2099⟧

Re: Appeal of ⟦N|Jacqueline Okeke-Ramsey⟧ · Member ID ⟦HP|QCB447208810⟧ · Appeal # ⟦I|IBX-APL-2099-118047⟧

Dear Ms. ⟦N|Okeke-Ramsey⟧,

We have completed our review of your first-level appeal received ⟦D|September 18, 2099⟧ regarding the denial of continuous glucose monitor supplies (Dexcom G7 sensors) dispensed by ⟦O|Byram Healthcare⟧ on ⟦D|August 2, 2099⟧ (claim ⟦I|2099214660183⟧).

Decision: OVERTURNED. The appeal committee, including ⟦N|Desmond Achterberg⟧, MD (endocrinology), found that you use insulin (insulin lispro via Omnipod 5) and meet our criteria for CGM. The claim will be reprocessed within 30 days.

Your physician, Dr. ⟦N|Shira Weintraub-Cole⟧ at ⟦H|Penn Medicine Radnor⟧, has been notified by fax at ⟦F|610-555-0130⟧.

Questions: ⟦P|1-800-555-0113⟧, TTY 711, or ⟦U|www.ibx-example.com/appeals⟧.

Sincerely,
⟦N|Lorraine DiStefano⟧
Appeals Coordinator
`);

note("hh-face-to-face", `
Home Health Certification and Face-to-Face Encounter
Agency: ⟦O|Amedisys Home Health of Greenville⟧, ⟦S|600 Halton Rd.⟧, ⟦C|Greenville⟧, ⟦STATE|SC⟧ ⟦Z|29607⟧ · ⟦P|864-555-0132⟧ · agency NPI ⟦I|1215047732⟧
Patient: ⟦N|Mavis Odom Pettigrew⟧ · DOB ⟦D|10/21/1938⟧ · MBI ⟦HP|5WR9-JK3-FE88⟧ · secondary ⟦O|SC Healthy Connections⟧ ⟦HP|8804417201⟧
Address: ⟦S|14 Pine Knoll Dr.⟧, ⟦C|Travelers Rest⟧, ⟦STATE|SC⟧ ⟦Z|29690⟧ · daughter ⟦N|Denise Pettigrew Hall⟧ ⟦P|864-555-0190⟧
Face-to-face: ⟦D|10/09/2099⟧ by ⟦N|Tiffany Rakestraw⟧, NP, ⟦H|Prisma Health Greenville Memorial Hospital⟧ (inpatient, CHF). Certifying physician: ⟦N|Obinna Eze⟧, MD, NPI ⟦I|1770428814⟧.
Homebound: leaves home only for medical visits with walker and assist of 1, dyspneic after 15 ft.
Orders: SN 2w2, 1w3 (weights, med teaching, furosemide titration), PT 2w3, HHA 2w3. SOC ⟦D|10/11/2099⟧. Episode ⟦D|10/11/2099⟧–⟦D|12/09/2099⟧.
Auth: not required for Medicare; ⟦O|Palmetto GBA⟧ RCD affirmation ⟦I|RCD-99-0418872⟧ received ⟦D|10/12⟧.
Signed ⟦N|O. Eze⟧ ⟦D|10/13/2099⟧
`);

note("pharmacy-pa-oncology", `
Specialty pharmacy intake — oral oncology PA and financial assistance
⟦D|10/13/2099⟧ · ⟦O|Onco360⟧ patient ⟦I|O360-4477201⟧ · liaison ⟦N|Kamal Bhattacharya⟧, CPhT
Patient ⟦N|Gwendolyn Ashby⟧, DOB ⟦D|06/12/1959⟧, ⟦S|221 Hollister Ln.⟧, ⟦C|Lewes⟧, ⟦STATE|DE⟧ ⟦Z|19958⟧, ⟦P|302-555-0145⟧
Rx: olaparib 300 mg BID (Lynparza), dx BRCA2+ metastatic breast cancer. Prescriber Dr. ⟦N|Amara Osei⟧, ⟦H|ChristianaCare Helen F. Graham Cancer Center⟧, NPI ⟦I|1902284417⟧.
Plan: ⟦O|Highmark Blue Cross Blue Shield Delaware⟧ Medicare PDP, ID ⟦HP|HMD7720418⟧, BIN 610014 PCN MEDDPRIME group ⟦HP|HGD99⟧.
PA: submitted to ⟦O|Express Scripts⟧ ⟦D|10/11⟧ (case ⟦I|ESI-PA-99-44120871⟧) → approved ⟦D|10/12⟧ through ⟦D|10/11/2100⟧.
Copay: $2,100 first fill (deductible + 25%). Pt on fixed income. Applied to ⟦O|PAN Foundation⟧ metastatic breast cancer fund — grant ⟦I|PAN-2099-771088⟧ approved $7,500. Medicare Extra Help application via ⟦O|SSA⟧ started with pt's son ⟦N|Trevor Ashby⟧.
Shipping ⟦D|10/14⟧ by ⟦O|FedEx⟧ tracking ⟦I|7720 4418 2093⟧, signature required.
`);

note("transplant-case-mgmt", `
Complex Case Management — Transplant · ⟦O|Oscar Health⟧ · Case ⟦I|OSC-CCM-99-40118⟧ · ⟦D|10/13/2099⟧
Member ⟦N|Ravindra "Ravi" Subramaniam⟧ · ID ⟦HP|OSC-NY-44172088⟧ · ESRD on HD at ⟦O|DaVita Jamaica Dialysis⟧ (chair M/W/F)
Transplant center (Center of Excellence): ⟦H|NYU Langone Transplant Institute⟧; coordinator ⟦N|Maribel Ocasio⟧, RN ⟦P|212-555-0184⟧. Listed ⟦D|06/02/2099⟧, UNOS ID ⟦I|XKT4418⟧.
Living donor evaluation: brother ⟦N|Suresh Subramaniam⟧ (⟦C|Edison⟧, ⟦STATE|NJ⟧; insured by ⟦O|Horizon BCBSNJ⟧) — donor evaluation is billed to recipient's plan; authorization ⟦I|OSC-TX-99-0418⟧ covers evaluation (labs, CT angiogram ⟦D|10/21/2099⟧).
Phase: pre-transplant. Barriers: transportation from ⟦LO|Richmond Hill⟧, ⟦LO|Queens⟧ — arranged car service through ⟦O|Access-A-Ride⟧ (ID ⟦I|AAR-4417208⟧).
Medications after transplant will run through ⟦O|CVS Caremark⟧ specialty; Part B immunosuppressant coverage discussed (Medicare ESRD enrolment date ⟦D|03/01/2098⟧, MBI ⟦HP|7PT3-WQ8-NN25⟧, ⟦O|Oscar⟧ primary during 30-month coordination period ending ⟦D|08/31/2100⟧).
Social worker ⟦N|Devorah Klein⟧, LCSW (⟦O|NYU Langone⟧) completed psychosocial. Wife ⟦N|Lakshmi⟧ is care partner.
Next outreach ⟦D|10/27/2099⟧. CM ⟦N|Jared Whitcombe⟧, RN, CCM · ⟦E|jwhitcombe@hioscar-example.com⟧ · ⟦P|646-555-0170⟧
`);

note("payer-records-request", `
⟦O|Optum⟧ Payment Integrity — Medical Records Request (clinical validation)
Fax cover · ⟦D|10/13/2099⟧ · To: HIM / Release of Information, ⟦H|Mercy Hospital Springfield⟧, ⟦C|Springfield⟧, ⟦STATE|MO⟧ · Fax ⟦F|417-555-0181⟧
From: ⟦N|Latrice Whitmore⟧, RHIA, CCDS · ⟦P|952-555-0106⟧ · Secure fax ⟦F|952-555-0107⟧
Request ID: ⟦I|OPI-MR-2099-3304417⟧   Health plan: ⟦O|UnitedHealthcare⟧ Medicare Advantage
Patient: ⟦N|Cletus Haverkamp⟧ · DOB ⟦D|12/01/1946⟧ · UHC ID ⟦HP|971442087⟧ · claim ⟦I|EY4472088104⟧ · DOS ⟦D|08/11/2099⟧–⟦D|08/16/2099⟧ · billed DRG 871 (sepsis w/o MV >96 h w MCC)
Requested: H&P, progress notes, ED record, MAR, lab results, discharge summary, physician queries. Please send within 30 days via upload to ⟦U|https://provider-portal-example.optum.com/records⟧ (portal user assigned: ⟦UN|mercyspfd_roi⟧) or by fax.
Tax ID on claim: ⟦I|43-0652581⟧ · Billing NPI ⟦I|1386647098⟧
Questions: ⟦N|Latrice Whitmore⟧ ⟦E|latrice.whitmore@optum-example.com⟧
`);

note("tpa-precert", `
Pre-certification record — ⟦O|UMR⟧ (third-party administrator) for the ⟦O|City of Tulsa⟧ employee health plan
Cert # ⟦I|UMR-2099-PC-8812047⟧ · Created ⟦D|10/13/2099⟧ 08:55 by ⟦N|Aubrey Lightfoot⟧, RN (intake call from ⟦N|Selena⟧ at the surgeon's office, ⟦P|918-555-0119⟧)
Employee: ⟦N|Corbin Tsosie-Harjo⟧ · SSN on file (not recorded) · member ⟦HP|UMR77204418⟧ · group ⟦HP|76-412990⟧ · Patient: spouse ⟦N|Dana Harjo⟧, DOB ⟦D|09/18/2066⟧
Procedure: laparoscopic sleeve gastrectomy (CPT 43775) at ⟦H|Saint Francis Hospital⟧, ⟦C|Tulsa⟧, surgeon Dr. ⟦N|Ignatius Mbeki⟧ (NPI ⟦I|1629448201⟧), ⟦O|Saint Francis Bariatric Surgery⟧. Planned DOS ⟦D|11/16/2099⟧.
Plan requirements: BMI ≥ 40 (pt 43.8), 6 months supervised diet (⟦D|03/2099⟧–⟦D|09/2099⟧, documented ✔), psych eval (Dr. ⟦N|Pamela Keel⟧, PhD, ⟦D|08/30/2099⟧ ✔), Center of Excellence ✔.
Determination ⟦D|10/13/2099⟧: certified, 1 inpatient day; plan's medical director ⟦N|Kurt Wallenstein⟧, DO. Letters to member and provider.
`);

note("msp-questionnaire", `
Medicare Secondary Payer (MSP) Questionnaire — ⟦H|Saint Alphonsus Regional Medical Center⟧ registration
Completed ⟦D|10/13/2099⟧ by registrar ⟦N|Kelsey Arrizabalaga⟧ with patient ⟦N|Fermin Goikoetxea⟧ (MBI ⟦HP|4HY2-PK9-TE37⟧), acct ⟦I|SARMC-99-4417208⟧.
Part I — Black lung? No. Government research program? No. VA authorization? No.
Part II — Workers' comp? Yes: injury ⟦D|09/20/2099⟧ at ⟦O|Simplot⟧ plant, ⟦C|Caldwell⟧ — WC carrier ⟦O|Idaho State Insurance Fund⟧ claim ⟦I|SIF-99-0441872⟧, adjuster ⟦N|Cheryl Ahlquist⟧ ⟦P|208-555-0178⟧.
Part III — Accident/liability: not applicable to today's visit (same injury).
Part IV — Age: patient age 67, still employed (⟦O|Simplot⟧, 1,000+ employees) — group health plan ⟦O|Regence BlueShield of Idaho⟧ ID ⟦HP|ZZB4418820⟧ group ⟦HP|SIMP-1040⟧ through own employment.
Result: for this encounter WC is primary (claim above); otherwise GHP primary, Medicare secondary. Spouse ⟦N|Miren Goikoetxea⟧ (retired, ⟦O|Idaho Power⟧) — not on this plan.
`);

note("toc-brief", `
TOC call ⟦D|10/13/2099⟧ 11:42 — ⟦N|Augustina Boateng⟧ (⟦HP|AMG-880417⟧, ⟦O|Amerigroup⟧ MD Medicaid) d/c ⟦D|10/11⟧ from ⟦H|Johns Hopkins Bayview⟧. Reached at ⟦P|443-555-0108⟧. Meds picked up at ⟦O|CVS #4418⟧ ⟦S|Eastern Ave⟧. PCP appt w/ Dr. ⟦N|Ferreira⟧ ⟦D|10/17⟧. No concerns. — ⟦N|M. Lutz⟧, RN
`);

note("ltc-insurance-claim", `
⟦O|Genworth⟧ Long-Term Care Insurance — Benefit Eligibility Assessment (on-site)
Claim ⟦I|GNW-LTC-2099-0772041⟧ · Policy ⟦I|LTC-4418207-A⟧ · Assessor ⟦N|Margo Lindahl⟧, RN (⟦O|Univita⟧ contracted assessor ⟦I|UNV-30417⟧) · Date ⟦D|10/13/2099⟧
Insured: ⟦N|Eleanor Vanderhoof⟧, DOB ⟦D|04/11/2007⟧ (age ⟦A|92⟧), residing at ⟦H|Brookdale Edina⟧ (assisted living), ⟦S|7400 York Ave. S.⟧, ⟦C|Edina⟧, ⟦STATE|MN⟧ ⟦Z|55435⟧, apt 214
Present: son and POA ⟦N|Peter Vanderhoof⟧ (⟦P|952-555-0129⟧, ⟦E|pvanderhoof@example.net⟧); ⟦H|Brookdale⟧ wellness nurse ⟦N|Sheila Omondi⟧, LPN
ADLs: bathing — hands-on assist; dressing — standby; toileting — hands-on (nocturia x4, two falls ⟦D|08/2099⟧ and ⟦D|09/29/2099⟧); transferring — standby; continence — stress incontinence, manages pads; eating — independent.
Cognition: SLUMS 17/30; diagnosis of mild-to-moderate Alzheimer dementia (Dr. ⟦N|Chao Vang⟧, memory clinic at ⟦H|Park Nicollet Methodist Hospital⟧, ⟦D|06/2099⟧).
Finding: needs hands-on assistance with 2 of 6 ADLs and has severe cognitive impairment requiring supervision → benefit trigger met; elimination period 90 days from ⟦D|09/29/2099⟧.
Daily benefit $210; facility invoices to ⟦O|Genworth⟧ claims, ⟦S|PO Box 40214⟧, ⟦C|Lynchburg⟧, ⟦STATE|VA⟧ ⟦Z|24506⟧.
`);

note("sdi-medical-certification", `
State Disability Insurance — Physician/Practitioner's Certificate (claim filed online with ⟦O|EDD⟧)
Claimant: ⟦N|Xochitl Ramírez-Tenorio⟧   ⟦O|EDD⟧ customer account ⟦I|EDD-4417-2088⟧   Receipt # ⟦I|R0044720918⟧   Date of birth ⟦D|12/09/2079⟧
Employer at time of disability: ⟦O|Foster Farms⟧, ⟦C|Livingston⟧, ⟦STATE|CA⟧ (line worker, deboning)
Practitioner: ⟦N|Harjit Singh Gill⟧, MD · ⟦H|Golden Valley Health Centers – Merced⟧ · ⟦S|737 W. Childs Ave.⟧ · ⟦C|Merced⟧, ⟦STATE|CA⟧ ⟦Z|95341⟧ · license ⟦I|A-148207⟧ · ⟦P|209-555-0188⟧
Disability began: ⟦D|09/26/2099⟧. Estimated return to regular/customary work: ⟦D|12/05/2099⟧.
Diagnosis: bilateral carpal tunnel syndrome (G56.03), R > L; R carpal tunnel release ⟦D|10/03/2099⟧ at ⟦H|Mercy Medical Center Merced⟧ by Dr. ⟦N|Lorenzo Batungbakal⟧; L release planned ⟦D|11/07/2099⟧.
Objective findings: + Tinel/Phalen bilaterally, thenar atrophy R; NCS ⟦D|09/12/2099⟧ (⟦O|Central Valley Neurodiagnostics⟧) severe median neuropathy at wrist bilaterally.
Is this a result of occupation? Possibly — claimant also filed workers' compensation (⟦O|Zenith Insurance⟧ claim ⟦I|ZNC-99-2041877⟧), status pending.
I certify under penalty of perjury... ⟦N|H. S. Gill⟧, MD ⟦D|10/13/2099⟧
`);

note("nicu-case-management", `
NICU Case Management Note — ⟦H|Children's Mercy Kansas City⟧ NICU, pod C
⟦D|10/13/2099⟧
Infant: ⟦N|Baby Girl Okafor-Lindgren⟧ ("⟦N|Amara⟧"), born ⟦D|09/14/2099⟧ at ⟦H|Overland Park Regional Medical Center⟧ at 26+3 wks, transferred ⟦D|09/14⟧ by ⟦O|Children's Mercy Critical Care Transport⟧. NICU MRN ⟦M|CMH-02204417⟧. Now 30+0 CGA, on NIPPV, OG feeds 150 mL/kg.
Mother: ⟦N|Ngozi Okafor-Lindgren⟧, 31, MRN at delivering hospital ⟦M|OPRMC-7720418⟧; father ⟦N|Anders Lindgren⟧. Home: ⟦S|11620 W. 121st Terr.⟧, ⟦C|Overland Park⟧, ⟦STATE|KS⟧ ⟦Z|66213⟧. Mom's cell ⟦P|913-555-0164⟧.
Insurance: mother's plan ⟦O|Blue Cross and Blue Shield of Kansas City⟧ (⟦O|Blue KC⟧) through father's employer ⟦O|Garmin⟧, subscriber ⟦N|Anders Lindgren⟧ ID ⟦HP|XKC882041709⟧, group ⟦HP|GRM-00417⟧. Newborn added to policy ⟦D|10/02/2099⟧ (within 31 days) — dependent ID ⟦HP|XKC882041709-03⟧.
Also applied for ⟦O|KanCare⟧ (SSI-related: birth weight 790 g → SSI disability under ⟦O|SSA⟧ low birth weight listing); ⟦O|SSA⟧ field office ⟦C|Olathe⟧ appointment ⟦D|10/19/2099⟧, claim ⟦I|SSA-KS-99-4418720⟧. ⟦O|KanCare⟧ MCO choice: ⟦O|Sunflower Health Plan⟧.
Concurrent review with ⟦O|Blue KC⟧ nurse ⟦N|Hollis Merriweather⟧ ⟦P|816-555-0157⟧ ext ⟦P|4420⟧: level III NICU days approved through ⟦D|10/20⟧ (auth ⟦I|BKC-NICU-99-881740⟧).
Family support: ⟦O|Ronald McDonald House Charities of Kansas City⟧ room (parents from ⟦C|Olathe⟧ — declined, live 20 min away); gas cards from ⟦O|March of Dimes⟧. Parents both return to work (⟦O|Garmin⟧, ⟦O|Olathe Public Schools⟧) — FMLA forms completed ⟦D|10/10⟧.
Anticipated needs at discharge: home O2 (⟦O|Adapt Health⟧), synagis (RSV season), early intervention referral to ⟦O|Infant-Toddler Services of Johnson County⟧.
CM: ⟦N|Renee Kowalski⟧, RN, BSN, ACM-RN · ⟦P|816-555-0141⟧
`);

note("sud-residential-auth", `
Substance Use Disorder — Request for Authorization, ASAM Level 3.5 (clinically managed high-intensity residential)
Submitted ⟦D|10/13/2099⟧ by ⟦O|Hazelden Betty Ford Foundation⟧ – ⟦H|Hazelden Betty Ford Center City⟧, ⟦C|Center City⟧, ⟦STATE|MN⟧ (admissions ⟦N|Tobias Grunewald⟧, ⟦P|651-555-0162⟧, fax ⟦F|651-555-0163⟧)
To: ⟦O|Blue Cross and Blue Shield of Minnesota⟧ behavioral health UM (⟦P|800-555-0198⟧) · reference ⟦I|BCBSMN-BH-99-0441877⟧
Member: ⟦N|Fitzgerald, Caitlin M⟧ · ID ⟦HP|XZM440718201⟧ · DOB ⟦D|11/27/1990⟧ · employer group: ⟦O|Target Corporation⟧ ⟦HP|TGT-11870⟧
Dx: severe alcohol use disorder (F10.20); severe opioid use disorder, on buprenorphine 16 mg (prescriber Dr. ⟦N|Ayesha Rahimi⟧, ⟦O|Nystrom & Associates⟧).
ASAM dimensions: D1 — last drink ⟦D|10/10⟧, CIWA 6; D2 — no acute medical issues; D3 — depression (PHQ-9 17), no SI; D4 — ambivalent; D5 — relapsed within 48 h of each of 3 prior outpatient episodes (latest IOP ⟦O|Fairview Recovery Services⟧ ⟦D|07/2099⟧); D6 — partner drinks, lives at ⟦S|3402 Bryant Ave. S.⟧, ⟦C|Minneapolis⟧ ⟦Z|55408⟧, no recovery supports.
Requested: 28 days from ⟦D|10/14/2099⟧.
Determination (phone ⟦D|10/13⟧ 15:30, reviewer ⟦N|Jamal Oduya⟧, LADC): 14 days approved (⟦D|10/14⟧–⟦D|10/27/2099⟧); concurrent review ⟦D|10/24⟧.
`);

note("single-case-agreement", `
Single Case Agreement — Out-of-Network Provider
Between ⟦O|HMSA⟧ (⟦O|Hawaii Medical Service Association⟧), ⟦S|818 Keeaumoku St.⟧, ⟦C|Honolulu⟧, ⟦STATE|HI⟧ ⟦Z|96814⟧, and ⟦H|Rehabilitation Hospital of the Pacific⟧ pediatric outreach program (provider), TIN ⟦I|99-0073524⟧.
Agreement # ⟦I|HMSA-SCA-2099-0417⟧ · effective ⟦D|10/13/2099⟧ through ⟦D|04/12/2100⟧
Member: ⟦N|Kaleikini Kahananui⟧ (DOB ⟦D|03/08/2093⟧), subscriber ⟦N|Noelani Kahananui⟧, member ID ⟦HP|HMS4418207701⟧, group ⟦HP|QUEST-7720⟧.
Reason: no in-network pediatric augmentative-communication (AAC) evaluator on ⟦LO|Molokai⟧; member lives in ⟦C|Kaunakakai⟧ (⟦S|PO Box 1184⟧, ⟦Z|96748⟧). Referral from Dr. ⟦N|Keola Akana⟧, ⟦H|Molokai General Hospital⟧.
Services: AAC evaluation (speech-language pathologist ⟦N|Mele Fonoti-Hayashi⟧, CCC-SLP, by telehealth from ⟦C|Honolulu⟧ and one site visit), device trial; rate 100% of Medicare fee schedule; inter-island airfare for one escort on ⟦O|Mokulele Airlines⟧ reimbursed (travel auth ⟦I|HMSA-TRV-99-3318⟧).
⟦O|HMSA⟧ contact: provider relations ⟦N|Dane Kealoha⟧ ⟦P|808-555-0144⟧ · ⟦E|dkealoha@hmsa-example.com⟧. Provider contact: ⟦N|Sachiko Higa⟧, billing ⟦P|808-555-0197⟧.
Signed: ⟦N|Dane Kealoha⟧ (⟦O|HMSA⟧) ⟦D|10/13/2099⟧; ⟦N|Wallace Miyamoto⟧, CFO (provider) ⟦D|10/13/2099⟧.
`);

note("drg-validation-appeal", `
⟦H|Piedmont Atlanta Hospital⟧ · Revenue Integrity / Clinical Appeals
⟦S|1968 Peachtree Rd. NW⟧ · ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30309⟧ · ⟦P|404-555-0115⟧ · fax ⟦F|404-555-0116⟧

⟦D|October 13, 2099⟧

⟦O|Ambetter from Peach State Health Plan⟧
Attn: Provider Disputes / Clinical Validation, ⟦S|P.O. Box 5000⟧, ⟦C|Farmington⟧, ⟦STATE|MO⟧ ⟦Z|63640⟧

RE: Level 1 appeal of clinical validation denial
Patient: ⟦N|Thaddeus Oyelowo-Grant⟧ · DOB ⟦D|07/19/1968⟧ · Member ID ⟦HP|U9920441871⟧
Account ⟦I|PAH-99-40418827⟧ · Claim ⟦I|PSHP-2099-2230418⟧ · DOS ⟦D|07/28/2099⟧ – ⟦D|08/03/2099⟧ · Your letter ⟦D|09/15/2099⟧, ref ⟦I|CV-99-7720412⟧

Dear Reviewer:

Your letter removes acute respiratory failure with hypoxia (J96.01) as a secondary diagnosis and re-groups the claim from DRG 190 to DRG 192, stating that the "clinical indicators do not support the diagnosis." We disagree.

On arrival in our emergency department on ⟦D|July 28⟧ Mr. ⟦N|Oyelowo-Grant⟧ had an SpO2 of 84% on room air, a respiratory rate of 32, and was using accessory muscles (ED note, Dr. ⟦N|Imani Castellanos⟧, 22:14). An arterial blood gas at 22:40 showed pO2 52 mmHg on 2 L. He required high-flow nasal cannula at 40 L/min and 60% FiO2 from ⟦D|07/29⟧ to ⟦D|07/31⟧, per the respiratory therapy flowsheet (RT ⟦N|Dominique Fairchild⟧). The attending, Dr. ⟦N|Raymond Achebe⟧, documented "acute hypoxic respiratory failure due to COPD exacerbation" in every progress note from ⟦D|07/29⟧ through ⟦D|08/02⟧, and the diagnosis is consistent with the definitions used by the ⟦O|American Thoracic Society⟧.

The diagnosis meets your own policy ("Clinical Validation — Acute Respiratory Failure," revised ⟦D|01/2099⟧): two of (a) SpO2 < 91% on room air, (b) RR > 28, (c) increased work of breathing, plus treatment with supplemental oxygen beyond 4 L or NIV/HFNC.

We request that the original DRG 190 be reinstated. Enclosed: ED record, ABG, RT flowsheet, progress notes, discharge summary (62 pages).

Sincerely,
⟦N|Marisol Echeverría⟧, RN, CCDS, CDIP
Clinical Appeals Specialist · ⟦E|marisol.echeverria@piedmont-example.org⟧ · ⟦P|404-555-0117⟧
Physician advisor concurrence: ⟦N|Gordon Whitlock-Adeyemi⟧, MD
`);

note("grievance-log", `
⟦O|Sentara Health Plans⟧ — Member Grievance & Appeal Log (excerpt, Medicaid line of business) — week of ⟦D|10/12/2099⟧
Rec'd      G/A #              Member (ID)                                  Type        Issue                                               Assigned        Due
⟦D|10/12⟧      ⟦I|GR-99-118204⟧       ⟦N|Bustamante, Yolanda⟧ (⟦HP|SHP4418207⟧)           grievance   transport no-show (⟦O|ModivCare⟧ trip ⟦I|MC-4417720⟧) to dialysis   ⟦N|K. Pruitt⟧       ⟦D|11/11⟧
⟦D|10/12⟧      ⟦I|AP-99-300417⟧       ⟦N|Holloway, Jerome T⟧ (⟦HP|SHP4420188⟧)            appeal      denial of sleep study, ⟦O|Sleep Disorders Center of Richmond⟧   ⟦N|D. Osei⟧         ⟦D|11/11⟧
⟦D|10/13⟧      ⟦I|GR-99-118219⟧       ⟦N|Nwachukwu, Adaora⟧ (⟦HP|SHP4409913⟧)             grievance   balance bill from ⟦O|Emergency Physicians of Tidewater⟧       ⟦N|K. Pruitt⟧       ⟦D|11/12⟧
⟦D|10/13⟧      ⟦I|AP-99-300431⟧ (exp)  ⟦N|Tran, Quoc Bao⟧ (⟦HP|SHP4411042⟧)               appeal      inpatient rehab denial, ⟦H|Sheltering Arms Institute⟧     ⟦N|R. Lindqvist⟧    ⟦D|10/16⟧ 72 h
⟦D|10/13⟧      ⟦I|GR-99-118226⟧       ⟦N|Mahmoud, Samira⟧ (⟦HP|SHP4417765⟧)               grievance   interpreter not provided at ⟦H|Bon Secours St. Mary's Hospital⟧   ⟦N|D. Osei⟧         ⟦D|11/12⟧
Escalated: #⟦I|AP-99-300431⟧ expedited — treating MD Dr. ⟦N|Farrah Beaumont⟧ (⟦P|804-555-0124⟧) certified urgency; medical director ⟦N|Theodore Baptiste⟧, MD assigned.
State fair hearing requests this week: 1 (⟦N|Holloway⟧; ⟦O|DMAS⟧ appeal ⟦I|DMAS-FH-99-0418⟧).
`);

note("air-ambulance-auth", `
Medevac transport authorization — ⟦O|Alaska Medicaid⟧ (⟦O|Denali KidCare⟧) via ⟦O|Comagine Health⟧ travel unit
Request ⟦I|AKTRV-2099-1013-0072⟧ · ⟦D|10/13/2099⟧ 06:48 · called in by ⟦N|Agnes Kasayulie⟧, CHA, ⟦H|Akiachak Clinic⟧ (⟦P|907-555-0131⟧)
Patient: ⟦N|Kevin Andrew Evan⟧ · DOB ⟦D|05/05/2094⟧ · Medicaid ⟦HP|AK-0044172088⟧ · ⟦H|ANMC⟧ chart ⟦M|ANMC-884172⟧
Route: ⟦C|Akiachak⟧ → ⟦C|Bethel⟧ (⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧) → ⟦C|Anchorage⟧ (⟦H|Alaska Native Medical Center⟧)
Reason: 5 y/o with respiratory distress, SpO2 86% on 2 L, RSV+ by clinic test; weather at ⟦C|Bethel⟧ 400/1.
Carrier: ⟦O|LifeMed Alaska⟧ fixed wing, tail ⟦I|N744LM⟧; flight nurse ⟦N|Sadie Holmberg⟧; escort: mother ⟦N|Rosalie Evan⟧ (approved).
Authorization: emergent — retro-review allowed within 72 h; approved by ⟦N|Lyle Ahgupuk⟧, RN, ⟦D|10/13/2099⟧ 07:05, escort lodging at ⟦O|Quyana House⟧.
Receiving: ⟦H|ANMC⟧ pediatrics, accepting Dr. ⟦N|Maya Twitchell-Ahkinga⟧ ⟦P|907-555-0186⟧. Tribal health organization: ⟦O|Yukon-Kuskokwim Health Corporation⟧.
`);

note("complex-discharge-care-conference", `
Care Conference / Complex Discharge Note
⟦H|Maine Medical Center⟧ · ⟦C|Portland⟧, ⟦STATE|ME⟧ · Medicine, R4
Date: ⟦D|13 Oct 2099⟧ · Time: 13:00–14:10 · Location: family conference room, ⟦S|22 Bramhall St.⟧

Patient: ⟦N|Gérard Thibodeau⟧ · MRN ⟦M|MMC-3044172⟧ · DOB ⟦D|08/30/1936⟧ · Admitted ⟦D|09/02/2099⟧ (hospital day 42)
Attendees: Dr. ⟦N|Priya Raman-Hollis⟧ (hospitalist); ⟦N|Sarah Dubé⟧, RN (charge); ⟦N|Marcus Penobscot-Reed⟧, LCSW (SW); ⟦N|Hélène Thibodeau-Cyr⟧ (daughter, ⟦C|Lewiston⟧, ⟦P|207-555-0193⟧); ⟦N|André Thibodeau⟧ (son, by phone from ⟦C|Québec City⟧, ⟦COUNTRY|Canada⟧, ⟦P|+1 418 555 0177⟧); ⟦N|Lucille Ouellette⟧ (court-appointed public guardian, ⟦O|Maine DHHS Office of Aging and Disability Services⟧, ⟦P|207-555-0120⟧); ⟦N|Amos Beaulieu⟧ (ombudsman, ⟦O|Maine Long-Term Care Ombudsman Program⟧).

Background: ⟦A|93⟧-year-old French-speaking man with vascular dementia, admitted from home in ⟦C|Biddeford⟧ (⟦S|41 Pool St.⟧) after a fall with subdural hematoma managed nonoperatively (neurosurgery Dr. ⟦N|Kwame Asante⟧). Medically ready since ⟦D|09/20⟧. Remaining in hospital as "awaiting placement" — payer ⟦O|Martin's Point Generations Advantage⟧ (ID ⟦HP|MPG4417208⟧) stopped acute days ⟦D|09/21⟧; administrative days billed since (UR ⟦N|Tara Libby⟧, RN).

Placement history:
- ⟦H|St. Andre Health Care⟧ (⟦C|Biddeford⟧) — declined ⟦D|09/24⟧ (behaviours: exit-seeking, struck CNA ⟦D|09/18⟧).
- ⟦H|The Cedars⟧ (⟦C|Portland⟧) — waitlist, memory care; no ⟦O|MaineCare⟧-pending admissions.
- ⟦H|Maine Veterans' Home – Scarborough⟧ — eligible (Army, ⟦COUNTRY|Korea⟧ ⟦D|1955⟧–⟦D|1957⟧, DD-214 on file, VA claim ⟦I|C-28 441 720⟧); bed anticipated in 2–3 weeks; admissions ⟦N|Joanne Pelletier⟧ ⟦P|207-555-0110⟧.
- ⟦H|Gosnell Memorial Hospice House⟧ — not appropriate (not hospice-eligible).
⟦O|MaineCare⟧ long-term care application: filed ⟦D|09/26/2099⟧ with ⟦O|Office for Family Independence⟧, application ⟦I|OFI-99-0417220⟧; PASRR level I ⟦D|09/25⟧ negative for SMI/ID; medical eligibility determination by ⟦O|Maximus⟧ ⟦D|09/29⟧ (MED ID ⟦I|MED-44172-ME⟧) — nursing facility level of care met. Five-year look-back: house on ⟦S|Pool St.⟧ transferred to son ⟦D|2097⟧ → possible penalty period; elder-law attorney ⟦N|Colleen Hebert⟧ (⟦O|Hebert & Marois, P.A.⟧, ⟦P|207-555-0145⟧) reviewing.
Discussion: family agrees with Veterans' Home. Guardian consents. Son raised moving father to ⟦C|Québec⟧ — not feasible (RAMQ coverage lapsed in ⟦D|1994⟧).
Plan: (1) SW to send updated packet to ⟦H|Maine Veterans' Home – Scarborough⟧ today via ⟦O|Allscripts Care Management⟧ referral ⟦I|ACM-7720418⟧; (2) continue geriatric psychiatry (Dr. ⟦N|Ruth Nakashima⟧) for behaviours, trazodone 25 mg qhs; (3) weekly family call ⟦DAY|Thursdays⟧ 4 PM; (4) ombudsman to follow.
Note by ⟦N|M. Penobscot-Reed⟧, LCSW · ⟦P|207-555-0166⟧ · pager ⟦P|207-555-0100⟧ #⟦P|7712⟧
`);

write();
