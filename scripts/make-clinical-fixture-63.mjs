// Why this file exists: builds test/fixtures/clinical-notes-63.jsonl, a sixty-third labelled set of clinical texts
// written by hand in stop 61 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 61 and 62's generators, fixture-io.mjs, test/clinical-notes-62.test.ts and the
// opening comments of the other generators were read for the form, the labels and the registers already held; fixture
// 64, written blind at the same time by another helper, was not read), in the register of HOME AND COMMUNITY-BASED
// CARE LOGISTICS: home infusion referral intake, nursing visit notes, a field nurse schedule, an on-call pharmacist log
// (pump alarm), a home TPN pump log, a discharge and outcomes report and an intake phone note; specialty pharmacy new
// patient intake, a clinical assessment (oral oncology), refill assessment calls, a chat transcript, an Rx transfer
// and an automated refill call; durable medical equipment and respiratory vendor orders, delivery tickets, a driver's
// route sheet, returns and pickups (sharps, after a death), a delivery exception report, vendor call logs (oxygen,
// complex rehab), a voicemail transcript, an ostomy reorder call, CPAP resupply outreach, CGM onboarding, a pump
// supply text thread, a manufacturer's recall registration, a negative-pressure wound therapy order, an enteral
// nutrition order, a home ventilator RT visit, travel oxygen by e-mail; a CMS-484 oxygen CMN, a hospital bed written
// order, a seating and mobility evaluation; prior-authorisation approval, denial and appeal letters; home health start
// of care (OASIS), a coordination note, an interdisciplinary team conference, a PT evaluation, a hospital fax cover
// referral; a Medicaid HCBS waiver service plan; hospice DME scheduling; a patient portal message about a delivery.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states real): West Des Moines and Ankeny; Chattanooga and Ringgold; Laredo; Columbus
// and Phoenix; Billings and Lame Deer (Northern Cheyenne Reservation); Memphis; Baton Rouge; Albuquerque, Crownpoint
// and Gallup; Chicago; Norfolk; Burlington and South Burlington; Sacramento, Auburn and West Sacramento;
// Boise; Raleigh; Colby and Goodland (Kansas); Greenville and Travelers Rest; Miami; Waipahu; Severna Park and
// Annapolis; Frisco and Plano; New Orleans and Metairie; Atlanta, Avon and Glastonbury; Alpharetta, Salt Lake City and
// Cumming; Houston, Seabrook and Pasadena; Atlanta and Marietta; Queens (Jackson Heights, Jamaica, Rego Park, Flushing,
// Briarwood, Astoria, Ozone Park); Fort Lauderdale and Charlotte; Roseville and Minneapolis (Cedar-Riverside);
// Dorchester; Las Cruces; Keene; Elk Grove Village and Menomonee Falls; Mundelein and Chicago; Cypress and
// Westminster (California); Hattiesburg, Petal and Purvis; Springfield and Holyoke; Okmulgee and Tulsa (Muscogee
// (Creek) Nation); Knoxville; Denver, Greenwood Village and Brighton; Portland (Oregon); Cary, Greenville and
// Washington (North Carolina); Louisville; Wichita.
// PHI forms sought: patients', caregivers', drivers', technicians', nurses', pharmacists', CSRs', ATPs' and
// physicians' names of many origins (Igbo, Yoruba, Akan, Somali, Vietnamese, Hmong, Filipino, Native Hawaiian, Tamil,
// Bengali, Punjabi, Korean, Japanese, Chinese, Mexican and Puerto Rican with two surnames, Navajo, Lakota/Cheyenne,
// Muscogee, Polish, Czech, German, Norwegian, Swedish, Irish, Cajun, Greek, Lebanese, Guyanese, Jewish, Appalachian),
// "LAST, FIRST" rows of a route sheet, a schedule and a conference list, religious sisters, initials of users and
// staff (some of them words: "met", "jaw"); dates as "11/02/2099", "11/02/99", "11-04-99", "2099-11-05", "NOVEMBER 3,
// 2099", "Nov 5, 2099", "2 Nov 2099", "nov 4, 2099", month-day, month and year, bare years, a range "Nov 3–4, 2099";
// ages over 89; phones in every form, toll-free lines, extensions, pagers, faxes, e-mails, a user name; vendor and
// pharmacy branch names (ORGANIZATION) and addresses with suites, apartments, lots, spaces, floors, a rural route box,
// P.O. boxes; NPIs, NCPDP, DEA, PTAN, NSC and CCN numbers, referral, order, sales order, delivery ticket, work order,
// repair ticket, PA case and reference numbers, CoverMyMeds keys, Rx numbers, pharmacy and vendor patient and account
// numbers, tracking numbers (FedEx, UPS, USPS), incident numbers, grant, waiver case and bid numbers (ID); hospital
// and agency MRNs (MRN); member, group, Medicare MBI, Medicaid and plan numbers and a copay card (HEALTHPLAN); serials
// of concentrators, pumps, CPAPs, ventilators, wheelchairs, beds, mattresses, glucometers, CGM and pod controllers, a
// PERS unit, a temperature logger (DEVICE).
// Hard negatives: drugs (cefazolin, ertapenem, vancomycin, daptomycin, ceftriaxone, cefepime, milrinone, IVIG,
// Privigen, Hizentra, Remicade, Ocrevus, etanercept, Enbrel, Humira, dupilumab, Dupixent, risankizumab, Skyrizi,
// Trikafta, zanubrutinib, Brukinsa, alteplase, apixaban, TPN), devices and products (CADD-Solis, Curlin, Eclipse,
// Kangaroo Joey, Omnipod 5, Dexcom G7, FreeStyle Libre 3, AirSense 10/11, DreamStation, EverFlo, Inogen One G5, Astral
// 150, Trilogy, ActiV.A.C., GranuFoam, Permobil F5, LifeVest, Jevity, MIC-KEY, Hollister CeraPlus), HCPCS and CPT
// codes (E1390, E0431, K0861, S9500), form names (CMS-484, OASIS-E, 485, M0090), scores (MAHC-10, TUG, Tinetti, EASI).
// Labelling follows fixtures 61 and 62: weekdays are `ignored` (DAY), as are states and countries; clock times,
// delivery windows, routes, trucks, vans, stops, lot numbers, gate codes, HCPCS, CPT and ICD codes and form numbers
// are left unlabelled; ages under 90 are no PHI; titles (Dr., Mr., Ms., Sister), degrees, credentials, relations and
// cue words stay outside the name; apartment, unit, suite, lot, space and floor designators stay outside the street;
// hospitals, clinics of a hospital, community health centers and assisted living are HOSPITAL; infusion pharmacies,
// specialty pharmacies and their branches, DME and respiratory vendors, home health and hospice agencies, payers and
// PBMs, group practices, manufacturers, carriers and couriers, utilities, cruise lines, hotels and funeral homes are
// ORGANIZATION; reservations, a neighbourhood, a port and an airport are LOCATION-OTHER; P.O. boxes and rural route boxes are
// STREET; a number a form calls MRN or MR# is MRN, while a pharmacy's or vendor's patient, customer or account number
// is ID. Bare program names ("Medicare", "Medicare Part B", "Medicaid HCBS Waiver"), RX BINs and product names stay
// unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, large cities and a few
// large payers, vendors, pharmacies, hospitals and companies are real, named as such); nothing is copied from any
// corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-62 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-63.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-63.jsonl", "make-clinical-fixture-63");
// ======================================================== ALL CAPS (10) ========================================================

note("infusion-referral-caps", `
⟦O|OPTION CARE HEALTH⟧ - HOME INFUSION REFERRAL INTAKE          RECEIVED ⟦D|11/02/2099⟧ 14:12 VIA FAX ⟦F|866-555-0142⟧
BRANCH: ⟦O|OPTION CARE HEALTH - DES MOINES⟧, ⟦S|2700 WESTOWN PKWY⟧ STE 310, ⟦C|WEST DES MOINES⟧ ⟦STATE|IA⟧ ⟦Z|50266⟧   NCPDP ⟦I|1647723⟧
PATIENT: ⟦N|HALVERSON, GARRETT LEE⟧   DOB ⟦D|03/22/1958⟧   REFERRAL # ⟦I|OCH-R-99-448217⟧
ADDRESS: ⟦S|1418 SE KNAPP ST⟧ APT 4B, ⟦C|ANKENY⟧ ⟦STATE|IA⟧ ⟦Z|50021⟧   HOME ⟦P|515-555-0183⟧   WIFE ⟦N|DEBRA HALVERSON⟧ CELL ⟦P|515-555-0190⟧
REFERRING: ⟦N|PRIYA NATARAJAN⟧, MD (INFECTIOUS DISEASE)   NPI ⟦I|1538204471⟧   ⟦H|MERCYONE DES MOINES MEDICAL CENTER⟧   PH ⟦P|515-555-0117⟧   FAX ⟦F|515-555-0118⟧
DISCHARGE PLANNER: ⟦N|TAMMY VOSBERG⟧, RN CM   PAGER ⟦P|515-555-0166⟧
DX: MSSA VERTEBRAL OSTEOMYELITIS L3-L4. PICC R BASILIC 5 FR DL PLACED ⟦D|10/31/2099⟧ BY ⟦N|J. OKONKWO⟧, RN VAT; TIP CAVOATRIAL JUNCTION PER CXR.
ORDER: CEFAZOLIN 2 G IV Q8H VIA ELASTOMERIC PUMP X 6 WEEKS, START ⟦D|11/03/2099⟧, STOP DATE ⟦D|12/12/2099⟧. WEEKLY CBC W/DIFF, BMP, ESR, CRP DRAWN FROM PICC.
LABS FAX TO DR. ⟦N|NATARAJAN⟧ ⟦F|515-555-0118⟧ AND ⟦H|MERCYONE ID CLINIC⟧.
INSURANCE: ⟦O|WELLMARK BLUE CROSS BLUE SHIELD⟧ MEMBER ID ⟦HP|WMK771904418⟧ GROUP ⟦HP|00481172⟧   SECONDARY: MEDICARE MBI ⟦HP|4TR7-GH2-KX18⟧
BENEFITS VERIFIED BY ⟦N|KAYLA MORTENSEN⟧ ⟦D|11/02⟧ 15:40: HOME INFUSION COVERED 80% AFTER DEDUCTIBLE, PA NOT REQUIRED (REF ⟦I|WM-BV-2099-55102⟧).
NURSING: ⟦O|UNITYPOINT AT HOME⟧ TO PROVIDE SOC VISIT ⟦D|11/03⟧ PM; FIRST DOSE GIVEN INPATIENT 06:00.
DELIVERY: FIRST DELIVERY ⟦D|11/03/2099⟧ BY 12:00 TO HOME, DRIVER ⟦N|MARCUS TEBBE⟧. SUPPLIES: SASH KITS, SAF-T-INTIMA NOT NEEDED, CAP CHANGE WEEKLY.
ALLERGIES: PENICILLIN (RASH AS CHILD) - CEFAZOLIN TOLERATED INPATIENT X 5 DAYS.
INTAKE: ⟦N|RACHEL DUONG⟧, PHARMD   ⟦E|RDUONG@OPTIONCARE.EXAMPLE.COM⟧   EXT ⟦P|4417⟧
`);

note("dme-delivery-ticket-caps", `
⟦O|ADAPTHEALTH⟧ DELIVERY TICKET # ⟦I|DT-2099-1180447⟧          ROUTE 14   ⟦DAY|WED⟧ ⟦D|11/04/2099⟧
BRANCH: ⟦O|ADAPTHEALTH OF CHATTANOOGA⟧ ⟦S|6110 SHALLOWFORD RD⟧, ⟦C|CHATTANOOGA⟧ ⟦STATE|TN⟧ ⟦Z|37421⟧  ⟦P|423-555-0120⟧
SHIP TO: ⟦N|ROBERTA JEAN MCCLELLAN⟧   ⟦S|22 LOOKOUT RIDGE LN⟧ LOT 7, ⟦C|RINGGOLD⟧ ⟦STATE|GA⟧ ⟦Z|30736⟧   ⟦P|706-555-0152⟧
ALT CONTACT: SON ⟦N|DALE MCCLELLAN⟧ ⟦P|423-555-0178⟧ (GATE CODE 4471 - DO NOT PRINT ON BOX)
CUST # ⟦I|0099417260⟧   SALES ORDER ⟦I|SO-6644718⟧   PAYER: MEDICARE PART B / ⟦O|AARP MEDICARE SUPPLEMENT⟧ ⟦HP|3901447182-1⟧
ORDERING MD: ⟦N|WINSTON A. PRUITT⟧, DO   NPI ⟦I|1770441902⟧   ⟦O|ERLANGER PRIMARY CARE - EAST RIDGE⟧
ITEMS:
 1  E1390 OXYGEN CONCENTRATOR 5 L   INVACARE PLATINUM   SN ⟦DEV|18HF044271⟧
 2  E0431 PORTABLE GAS CYLINDER X 6 (M6)   LOT NOT TRACKED
 3  E0443 CONTENTS, PORTABLE GAS
 4  E0114 CRUTCHES - RETURNED (PRIOR ORDER ⟦I|SO-6610047⟧)
 5  A4615 CANNULA 7 FT X 2, A4616 TUBING 25 FT
SETUP BY: ⟦N|LUIS ARTEAGA⟧, CRT   DRIVER: ⟦N|TYLER BRANNON⟧   TRUCK 22
PATIENT TRAINED ON CONCENTRATOR, CYLINDER REGULATOR, FIRE SAFETY; NO SMOKING SIGNS POSTED. O2 2 LPM CONTINUOUS PER RX DATED ⟦D|10/30/2099⟧.
RECEIVED IN GOOD CONDITION: X ⟦N|ROBERTA J MCCLELLAN⟧   RELATIONSHIP: SELF   ⟦D|11-04-99⟧ 10:52
`);

note("cmn-oxygen-caps", `
DEPARTMENT OF HEALTH AND HUMAN SERVICES - CMS-484 CERTIFICATE OF MEDICAL NECESSITY: OXYGEN
SECTION A   CERTIFICATION TYPE/DATE: INITIAL ⟦D|11/01/2099⟧   REVISED: ___
PATIENT NAME, ADDRESS, TELEPHONE AND MBI: ⟦N|ESPERANZA DEL CARMEN VILLALOBOS⟧, ⟦S|907 CALLE DEL NORTE⟧ #12, ⟦C|LAREDO⟧ ⟦STATE|TX⟧ ⟦Z|78041⟧ ⟦P|956-555-0139⟧   MBI ⟦HP|7KD4-XW1-MP22⟧
SUPPLIER NAME, ADDRESS, TELEPHONE AND NSC OR NPI #: ⟦O|RIO GRANDE RESPIRATORY SERVICES LLC⟧, ⟦S|5219 SAN BERNARDO AVE⟧, ⟦C|LAREDO⟧ ⟦STATE|TX⟧ ⟦Z|78041⟧ ⟦P|956-555-0100⟧ NSC ⟦I|4471902211⟧
PLACE OF SERVICE: 12 (HOME)   HCPCS: E1390, E0431
PT DOB ⟦D|08/14/1941⟧   SEX F   HT 61 IN   WT 138 LB
PHYSICIAN NAME, ADDRESS, TELEPHONE AND NPI #: ⟦N|ROGELIO B. CANTU-ESPINO⟧, MD, ⟦S|1700 E SAUNDERS ST⟧ STE 200, ⟦C|LAREDO⟧ ⟦STATE|TX⟧ ⟦Z|78041⟧ ⟦P|956-555-0161⟧ NPI ⟦I|1215409877⟧
SECTION B   EST. LENGTH OF NEED: 99 (LIFETIME)
1. ARTERIAL BLOOD GAS AND/OR OXYGEN SATURATION: 86% RA AT REST   DATE OF TEST ⟦D|10/28/2099⟧
2. TEST PERFORMED: INPATIENT WITHIN 2 DAYS OF DISCHARGE AT ⟦H|DOCTORS HOSPITAL OF LAREDO⟧
3. CONDITION OF TEST: AT REST, AWAKE
5. PORTABLE: Y   6. LPM: 2   7. >4 LPM: N/A
SECTION C   NARRATIVE: COPD GOLD 3 WITH ACUTE EXACERBATION, ADMITTED ⟦D|10/24/2099⟧-⟦D|10/29/2099⟧.
SECTION D   NAME OF PERSON ANSWERING SECTION B: ⟦N|MARISOL GARZA⟧, LVN   EMPLOYER: ⟦O|LAREDO PULMONARY ASSOCIATES⟧
PHYSICIAN SIGNATURE: /S/ ⟦N|R. CANTU-ESPINO⟧ MD   DATE ⟦D|11/01/2099⟧
`);

note("pa-denial-caps", `
⟦O|CAREMARK⟧ SPECIALTY GUIDELINE MANAGEMENT - COVERAGE DETERMINATION: DENIED
DATE OF NOTICE: ⟦D|NOVEMBER 3, 2099⟧   CASE ID ⟦I|PA-99-31774902⟧
MEMBER: ⟦N|OLUWASEUN ADEYEMI-CARTER⟧   MEMBER ID ⟦HP|CVS 8812044719⟧   GROUP ⟦HP|RX4471⟧   DOB ⟦D|06/09/1987⟧
PLAN SPONSOR: ⟦O|MERIDIAN STEEL EMPLOYEE BENEFIT PLAN⟧
PRESCRIBER: ⟦N|HANNAH LIEBOWITZ⟧, MD   NPI ⟦I|1306618842⟧   FAX ⟦F|614-555-0129⟧   ⟦O|CENTRAL OHIO GASTROENTEROLOGY⟧, ⟦C|COLUMBUS⟧ ⟦STATE|OH⟧
DRUG REQUESTED: RISANKIZUMAB-RZAA (SKYRIZI) 600 MG IV INDUCTION X 3, THEN 360 MG SC ON-BODY INJECTOR Q8W
DIAGNOSIS: CROHN'S DISEASE OF SMALL AND LARGE INTESTINE (K50.80)
REASON FOR DENIAL: YOUR PLAN COVERS THIS DRUG WHEN YOU HAVE TRIED AND FAILED A PREFERRED TNF BLOCKER (ADALIMUMAB BIOSIMILAR). WE DID NOT FIND A RECORD OF A TRIAL. INFORMATION RECEIVED FROM DR. ⟦N|LIEBOWITZ⟧ ON ⟦D|10/30/2099⟧ LISTED PRIOR USE OF BUDESONIDE AND AZATHIOPRINE ONLY.
REVIEWED BY: ⟦N|CHARLES K. WOJCIECHOWSKI⟧, PHARMD, CLINICAL PHARMACIST, AND ⟦N|ANITA RAMASWAMY⟧, MD, BOARD CERTIFIED GASTROENTEROLOGY.
YOUR RIGHT TO APPEAL: YOU HAVE 180 DAYS FROM ⟦D|11/03/2099⟧. SEND TO ⟦O|CVS CAREMARK⟧ APPEALS DEPT, MC 109, ⟦S|PO BOX 52084⟧, ⟦C|PHOENIX⟧ ⟦STATE|AZ⟧ ⟦Z|85072-2084⟧, FAX ⟦F|866-555-0184⟧. URGENT APPEAL ⟦P|866-555-0185⟧.
CC: SPECIALTY PHARMACY ⟦O|CVS SPECIALTY⟧ #⟦I|02941⟧ NCPDP ⟦I|4471209⟧
`);

note("o2-vendor-call-log-caps", `
⟦O|LINCARE⟧ - CALL LOG - ⟦O|LINCARE BILLINGS MT CENTER⟧ #⟦I|0447⟧   ⟦S|1801 GRAND AVE⟧, ⟦C|BILLINGS⟧ ⟦STATE|MT⟧ ⟦Z|59102⟧
PT: ⟦N|TWO BULLS, VERNON⟧   ACCT ⟦I|LNC-5510294⟧   ⟦S|HC 42 BOX 18⟧, ⟦C|LAME DEER⟧ ⟦STATE|MT⟧ ⟦Z|59043⟧ (⟦LO|NORTHERN CHEYENNE RESERVATION⟧)   ⟦P|406-555-0114⟧
⟦D|11/01/99⟧ 08:14 IN  - PT DAUGHTER ⟦N|SHAWNA TWO BULLS⟧ ⟦P|406-555-0172⟧: CONCENTRATOR ALARM "LOW O2" SINCE NIGHT, USING E TANKS, 3 LEFT. - ⟦N|KJ⟧
⟦D|11/01/99⟧ 08:30 OUT - TROUBLESHOT W/ DAUGHTER: FILTER CLEAN, TUBING 50 FT KINK FOUND. ALARM PERSISTS. SCHEDULED SWAP. - ⟦N|KJ⟧
⟦D|11/01/99⟧ 09:05 - DISPATCH: TECH ⟦N|RANDY HOFER⟧ TRUCK 9 ROUTE EAST, ETA 14:00 (160 MI). BRING 6 E CYLS. - ⟦N|DM⟧
⟦D|11/01/99⟧ 14:40 - SWAP DONE: OLD RESPIRONICS EVERFLO SN ⟦DEV|EF0447118⟧ PULLED (TAGGED FOR REPAIR), NEW SN ⟦DEV|EF0982406⟧ INSTALLED, O2 PURITY 95%. 6 E CYLS DELIVERED, 3 EMPTIES PICKED UP. - ⟦N|R. HOFER⟧
⟦D|11/02/99⟧ 10:10 OUT - CALLED ⟦H|NORTHERN CHEYENNE IHS HEALTH CENTER⟧ ⟦P|406-555-0163⟧, SPOKE W/ ⟦N|ARLENE LITTLEWOLF⟧ RN: NEW RX NEEDED FOR 3 LPM (CURRENT 2). DR. ⟦N|HOLLIS⟧ TO SIGN; FAX TO ⟦F|406-555-0168⟧. - ⟦N|KJ⟧
⟦D|11/03/99⟧ 16:22 IN  - FAX RCVD, ORDER ⟦I|LNC-ORD-771902⟧ UPDATED 3 LPM. PT NOTIFIED. - ⟦N|KJ⟧
USERS: ⟦N|KJ⟧ = ⟦N|KAREN JUNGWIRTH⟧ (CSR), ⟦N|DM⟧ = ⟦N|DOUG MERRIFIELD⟧ (DISPATCH)
`);

note("specialty-refill-call-caps", `
⟦O|ACCREDO⟧ SPECIALTY PHARMACY - REFILL ASSESSMENT CALL      ⟦D|2099-11-05⟧ 11:02 CST
PT: ⟦N|BARTHOLOMEW NGUYEN-REILLY⟧   DOB ⟦D|1979-01-30⟧   RX # ⟦I|7704418-03⟧   PT ID ⟦I|ACC-20044719⟧
DRUG: ETANERCEPT (ENBREL) 50 MG/ML SURECLICK, 4 PENS/28 DAYS   LAST FILL ⟦D|2099-10-08⟧
PHARMACY: ⟦O|ACCREDO HEALTH GROUP⟧, ⟦S|1640 CENTURY CENTER PKWY⟧, ⟦C|MEMPHIS⟧ ⟦STATE|TN⟧ ⟦Z|38134⟧   NCPDP ⟦I|4427719⟧   DEA ⟦I|FA4471882⟧
CALLED PT AT ⟦P|901-555-0153⟧ - VERIFIED NAME/DOB. DOSES REMAINING: 1. MISSED DOSES: 0. SIDE EFFECTS: MILD INJECTION SITE REDNESS. NEW MEDS: NONE. HOSPITALIZATIONS: NONE. TB SCREEN CURRENT (⟦D|MAY 2099⟧).
SHIP DATE ⟦D|11/06/2099⟧ ⟦O|FEDEX⟧ PRIORITY OVERNIGHT, TRACKING ⟦I|7724 4190 3318⟧, DELIVER ⟦D|11/07⟧ BY 10:30, SIGNATURE WAIVED.
SHIP TO: ⟦S|3319 SUMMER AVE⟧ UNIT 5, ⟦C|MEMPHIS⟧ ⟦STATE|TN⟧ ⟦Z|38112⟧ - LEAVE AT OFFICE WITH MGR ⟦N|DOTTIE PALUMBO⟧.
COPAY: $0 WITH MFR COPAY CARD ID ⟦HP|ENB-4471902187⟧ BIN 610020.
CALLER: ⟦N|TERRENCE OLUWOLE⟧, CPHT   REVIEWED: ⟦N|MEGHAN STRAUSS⟧, RPH
`);

note("hh-soc-caps", `
⟦O|AMEDISYS HOME HEALTH OF BATON ROUGE⟧ - START OF CARE / OASIS-E SUMMARY
PROVIDER # ⟦I|197447⟧   BRANCH ⟦S|8550 UNITED PLAZA BLVD⟧ STE 402, ⟦C|BATON ROUGE⟧ ⟦STATE|LA⟧ ⟦Z|70809⟧   ⟦P|225-555-0190⟧ FAX ⟦F|225-555-0191⟧
PATIENT: ⟦N|THIBODEAUX, CLEMENTINE MARIE⟧   MR# ⟦M|AHH-0447190⟧   DOB ⟦D|02/11/1932⟧   AGE ⟦A|97⟧
SOC DATE ⟦D|11/04/2099⟧   M0090 ⟦D|11/04/2099⟧   REFERRAL DATE ⟦D|11/02/2099⟧ FROM ⟦H|OUR LADY OF THE LAKE REGIONAL MEDICAL CENTER⟧
HOME: ⟦S|4471 GOVERNMENT ST⟧ APT 2, ⟦C|BATON ROUGE⟧ ⟦Z|70806⟧   ⟦P|225-555-0147⟧   LIVES WITH GRANDDAUGHTER ⟦N|MONIQUE THIBODEAUX-BATISTE⟧ (CAREGIVER, ⟦P|225-555-0113⟧)
PHYSICIAN: ⟦N|AUGUSTIN LEBLANC⟧, MD   NPI ⟦I|1982044177⟧   ⟦O|LEBLANC FAMILY MEDICINE⟧ ⟦P|225-555-0158⟧
PRIMARY DX: I50.32 CHRONIC DIASTOLIC HF. SECONDARY: N18.4, E11.22, Z79.01.
PAYER: ⟦O|HUMANA GOLD PLUS⟧ HMO ID ⟦HP|H44718903⟧   AUTH ⟦I|HUM-HH-2099-117420⟧ (SN/PT/OT 9 VISITS)
DISCIPLINES: SN 1W4, PT EVAL, OT EVAL, HHA 2W4, MSW 1 PRN.
FUNCTIONAL: M1800-M1860 SCORES ENTERED; FALL RISK MAHC-10 = 6 (HIGH).
MEDS RECONCILED (14): FUROSEMIDE 40 QAM, APIXABAN 2.5 BID, INSULIN DETEMIR 10 U QHS, METOPROLOL SUCC 25...
DME IN HOME: WALKER, SHOWER CHAIR. NEEDED: HOSPITAL BED - ORDERED FROM ⟦O|CAJUN MEDICAL SUPPLY⟧ ⟦P|225-555-0102⟧.
CLINICIAN: ⟦N|SHAUNTELLE RICHARD⟧, RN   SIGNED ⟦D|11/04/99⟧ 16:40   CASE MGR ⟦N|GREG FONTENOT⟧, RN
`);

note("npwt-order-caps", `
⟦O|3M⟧ / ⟦O|KCI⟧ V.A.C. THERAPY HOME ORDER FORM          ORDER # ⟦I|KCI-99-8847102⟧
SUBMITTED ⟦D|11/01/2099⟧ BY ⟦H|UNIVERSITY OF NEW MEXICO HOSPITAL⟧ WOUND CLINIC, ⟦C|ALBUQUERQUE⟧ ⟦STATE|NM⟧   CONTACT ⟦N|ORLANDO BACA⟧, CWOCN ⟦P|505-555-0104⟧ FAX ⟦F|505-555-0105⟧
PATIENT: ⟦N|BEGAY, LORETTA⟧   DOB ⟦D|12/05/1968⟧   UNMH MRN ⟦M|003447190⟧   INS: ⟦O|PRESBYTERIAN CENTENNIAL CARE⟧ ⟦HP|PCC-1198470⟧
DELIVER TO: ⟦S|12 INDIAN ROUTE 9⟧, ⟦C|CROWNPOINT⟧ ⟦STATE|NM⟧ ⟦Z|87313⟧ (NO MAIL DELIVERY - USE ⟦S|PO BOX 1184⟧); DIRECTIONS: 2ND HOUSE PAST CHAPTER HOUSE, BLUE ROOF.
CONTACT: SISTER ⟦N|DOROTHY YAZZIE⟧ ⟦P|505-555-0176⟧
WOUND: R PLANTAR FOOT POST TMA ⟦D|10/22/2099⟧, 6.2 X 3.1 X 1.4 CM.
THERAPY: ACTIV.A.C. UNIT SN ⟦DEV|VCAA44719⟧, -125 MMHG CONTINUOUS, GRANUFOAM MEDIUM, DRESSING CHANGE M/W/F BY HOME HEALTH.
HOME HEALTH: ⟦O|PRESBYTERIAN HOME HEALTHCARE⟧ ⟦C|GALLUP⟧ BRANCH ⟦P|505-555-0137⟧
ORDERING PHYSICIAN: ⟦N|TERESA MONTOYA-GALLEGOS⟧, DPM   NPI ⟦I|1447982016⟧
⟦O|KCI⟧ REP: ⟦N|JUSTIN ARCHULETA⟧ ⟦P|505-555-0199⟧   PLACED ⟦D|11/02/99⟧ 13:15 BY ⟦N|J. ARCHULETA⟧
`);

note("enteral-supply-order-caps", `
⟦O|CORAM CVS SPECIALTY INFUSION SERVICES⟧ - ENTERAL NUTRITION MONTHLY ORDER     ⟦D|11/06/2099⟧
PT: ⟦N|KOWALCZYK, STANISLAW⟧   DOB ⟦D|09/19/1954⟧   PT # ⟦I|CR-4471902⟧
DELIVERY ADDRESS: ⟦S|5620 W ARCHER AVE⟧ 2ND FL REAR, ⟦C|CHICAGO⟧ ⟦STATE|IL⟧ ⟦Z|60638⟧   ⟦P|773-555-0125⟧   CAREGIVER WIFE ⟦N|HALINA⟧ (POLISH ONLY) - DAUGHTER ⟦N|AGNIESZKA KOWALCZYK-BRENNAN⟧ ⟦P|708-555-0146⟧ TRANSLATES
FORMULA: JEVITY 1.5 CAL 1500 ML/DAY VIA G-TUBE (MIC-KEY 18 FR), 6 CASES; FREE WATER 200 ML Q6H.
PUMP: KANGAROO JOEY SN ⟦DEV|JY9120447⟧ - PT REPORTS "ERR 4"; REPLACEMENT SN ⟦DEV|JY9120981⟧ SHIPS WITH ORDER.
SUPPLIES: B4035 SETS X 30, 60 ML ENFIT SYRINGES X 30, 4X4 SPLIT GAUZE.
PAYER: ⟦O|ILLINOIS MEDICAID⟧ / ⟦O|MERIDIAN HEALTH PLAN OF ILLINOIS⟧ RIN ⟦HP|449017728⟧
PRESCRIBER: ⟦N|ADEBAYO FALUYI⟧, MD, ⟦H|LOYOLA UNIVERSITY MEDICAL CENTER⟧ NUTRITION SUPPORT, NPI ⟦I|1093744182⟧
RD: ⟦N|COURTNEY PAVLIK⟧, RD, LDN   ⟦E|CPAVLIK@CORAM.EXAMPLE.COM⟧
SHIP VIA COURIER ⟦O|MEDSPEED⟧ ⟦D|11/07⟧ AM; DELIVERY WINDOW CONFIRMED WITH DAUGHTER.
`);

note("cadd-pump-log-caps", `
HOME TPN / PUMP LOG - ⟦O|KABAFUSION⟧ ⟦C|PHOENIX⟧ - PT ⟦N|ABERNATHY-WOLFE, JUNE⟧  RX ⟦I|KF-881047⟧  PUMP CADD-SOLIS SN ⟦DEV|CS4471-0922⟧
DATE         START  STOP   RATE     VOL INF   ALARMS           BY
⟦D|11/01/99⟧   19:00  07:00  TAPER 12H  1900      NONE             ⟦N|JAW⟧
⟦D|11/02/99⟧   19:10  07:05  TAPER 12H  1900      AIR IN LINE X1   ⟦N|JAW⟧
⟦D|11/03/99⟧   19:00  07:00  TAPER 12H  1850      DOWNSTREAM OCCL  HUSBAND ⟦N|CARL⟧
⟦D|11/04/99⟧   RN VISIT ⟦N|FELICIA ODUYA⟧ RN - DRESSING CHG, CAP CHG, LABS DRAWN (CMP, MG, PHOS, TG), CVC R CHEST HICKMAN, SITE CLEAN
⟦D|11/05/99⟧   19:00  07:00  TAPER 12H  1900      NONE             ⟦N|JAW⟧
PHARMACIST: ⟦N|DEV PATEL⟧, RPH ⟦P|602-555-0121⟧ - TPN ADJUSTED ⟦D|11/05⟧: NACL +20 MEQ, INSULIN REMOVED.
ON-CALL 24H ⟦P|800-555-0149⟧
`);

// ======================================================== lower case (10) ========================================================

note("portal-delivery-lower", `
portal message · mychart · from ⟦N|gwendolyn pierce-otieno⟧ to ⟦O|sentara home infusion⟧ pharmacy pool · ⟦D|nov 4, 2099⟧ 7:48 pm
hi, my husband ⟦N|joseph⟧ is on the iv antibiotics (vancomycin) and the delivery guy said he'd come between 2 and 6 today but nobody came. we only have 1 dose left for tonight. the tracking number they texted me was ⟦I|1z 8x4 471 03 9918 2204⟧. we live at ⟦S|2219 colley ave⟧ apt 3c, ⟦C|norfolk⟧ ⟦Z|23517⟧, buzzer doesn't work so call my cell ⟦P|757-555-0132⟧. also the nurse ⟦N|tamika⟧ said she'd draw the vanco trough ⟦DAY|thursday⟧, is that still on? his mrn is ⟦M|sn40471192⟧. thanks, ⟦N|gwen⟧

reply · ⟦D|nov 4, 2099⟧ 8:15 pm · ⟦N|lucas ferreira⟧, pharmd (on call)
hi mrs. ⟦N|pierce-otieno⟧, so sorry. the driver's route ran late after a breakdown on i-264. ⟦N|darnell⟧ (our driver) is on his way now, eta 9:30 pm, and will call from the lobby. you have enough for tonight's 9 pm dose so please give it as usual. ⟦N|tamika brooks⟧, rn, is still scheduled ⟦DAY|thursday⟧ ⟦D|11/6⟧ at 8 am for the trough. if anything changes call us 24/7 at ⟦P|757-555-0100⟧ option 2. — ⟦N|lf⟧
`);

note("nurse-visit-text-lower", `
sn visit ⟦D|11/02/99⟧ 0930-1045 · pt ⟦N|raymond dubois⟧ · mr ⟦M|hhc-447102⟧ · ⟦O|bayada home health care⟧ ⟦C|burlington⟧ ⟦STATE|vt⟧
addr ⟦S|38 north winooski ave⟧ apt 2, ⟦C|burlington⟧ ⟦Z|05401⟧ · wife ⟦N|claudette⟧ present
vs 132/78 hr 88 t 99.1 o2 94% 2l. picc l brachial dl, ext length 2 cm unchanged, arm circ 28 cm. dressing changed, biopatch, statlock. flushed both lumens ns 10 ml, heparin 5 ml 10 u/ml.
ertapenem 1 g daily via eclipse ball, pt self-administers, taught again, return demo ok. pump lot ok.
labs drawn (cbc, cmp) — sent w/ courier to ⟦O|quest diagnostics⟧ ⟦C|south burlington⟧, req ⟦I|q99-447190⟧.
called dr ⟦N|anjali bhattacharya⟧'s office (⟦H|uvm medical center⟧ id clinic ⟦P|802-555-0186⟧), spoke w/ ⟦N|kristen⟧ re: low grade temp, will review labs.
infusion pharmacy ⟦O|fairview home infusion⟧ next delivery ⟦D|11/05⟧, driver ⟦N|benji⟧.
next sn visit ⟦D|11/09/99⟧. ⟦N|marie-eve tremblay⟧, rn ⟦N|met⟧
`);

note("driver-route-lower", `
route sheet · ⟦O|apria healthcare⟧ · ⟦C|sacramento⟧ depot · ⟦D|2099-11-03⟧ · driver ⟦N|kulwinder singh⟧ · van 31 · helper ⟦N|marco ruiz⟧
stop 1 08:10 ⟦N|nguyen, thi hoa⟧ · ⟦S|7421 stockton blvd⟧ #118, ⟦C|sacramento⟧ ⟦Z|95823⟧ · deliver cpap resmed airsense 11 sn ⟦DEV|23161447190⟧, mask f20 m · call daughter ⟦N|linh⟧ ⟦P|916-555-0147⟧ (interprets)
stop 2 09:05 ⟦N|okafor, chinedu⟧ · ⟦S|2830 fulton ave⟧ apt 9, ⟦C|sacramento⟧ ⟦Z|95821⟧ · pickup hospital bed (rental ended), sn ⟦DEV|hb-0447718⟧ · gate code on file
stop 3 10:20 ⟦N|abernathy, lois⟧ · ⟦S|614 lincoln way⟧, ⟦C|auburn⟧ ⟦Z|95603⟧ · o2 tanks 8 d, swap regulator · pt hoh, knock loud
stop 4 11:45 ⟦N|vang, pao⟧ · ⟦S|5550 franklin blvd⟧ space 44, ⟦C|sacramento⟧ ⟦Z|95824⟧ · nebulizer + supplies · son ⟦N|tou vang⟧ ⟦P|916-555-0191⟧ (hmong)
stop 5 13:30 ⟦N|martinez-guerrero, ana luisa⟧ · ⟦S|1190 e st⟧, ⟦C|west sacramento⟧ ⟦Z|95605⟧ · power wheelchair repair pickup, work order ⟦I|wo-99-1177⟧
stop 6 15:00 ⟦H|kaiser permanente south sacramento medical center⟧ discharge lounge · o2 portable for ⟦N|delgado, rufino⟧ (mrn ⟦M|11044719⟧) · contact cm ⟦N|jenna whitcomb⟧ ext ⟦P|5512⟧
notes: stop 2 not home first try, left door tag, came back 14:10, done. ⟦N|ks⟧
`);

note("specialty-chat-lower", `
chat transcript · ⟦O|walgreens specialty pharmacy⟧ #⟦I|15544⟧ · ⟦D|11/05/2099⟧
[14:02] ⟦UN|mjosephs1984⟧: hey i got a text saying my humira refill is on hold?? i have to inject ⟦DAY|saturday⟧
[14:03] agent ⟦N|priyanka⟧: hi! i can help. can you confirm your full name and date of birth?
[14:03] ⟦UN|mjosephs1984⟧: ⟦N|michael josephs⟧ ⟦D|4/17/84⟧
[14:04] agent ⟦N|priyanka⟧: thanks ⟦N|michael⟧. the hold is because your insurance, ⟦O|blue cross of idaho⟧, needs a new prior auth — the last one ended ⟦D|10/31/2099⟧. we faxed dr ⟦N|kessler⟧ at ⟦O|st. luke's rheumatology⟧ on ⟦D|nov 1⟧.
[14:05] ⟦UN|mjosephs1984⟧: ugh ok. can you send it to my work instead, ⟦O|boise cascade⟧ front desk, ⟦S|1111 w jefferson st⟧ suite 300 ⟦C|boise⟧ ⟦Z|83702⟧
[14:06] agent ⟦N|priyanka⟧: updated for this shipment. i've also messaged the pa team (ref ⟦I|pa-771904-22⟧). if approved by tomorrow noon it ships ⟦O|ups⟧ for ⟦DAY|friday⟧ delivery.
[14:07] ⟦UN|mjosephs1984⟧: ok my cell is ⟦P|208-555-0163⟧ text me
[14:07] agent ⟦N|priyanka⟧: will do. anything else? (rx ⟦I|0447190-12⟧)
`);

note("vendor-call-log-lower", `
call log — ⟦O|numotion⟧ ⟦C|raleigh⟧ branch — complex rehab — acct ⟦I|nm-300447⟧ — ⟦N|darius whitfield⟧ (c4 sci)
⟦D|10/28⟧ 10:12 ⟦N|tasha⟧ (csr) inbound from pt's mom ⟦N|lorraine whitfield⟧ ⟦P|919-555-0158⟧: tilt not working on permobil f5 sn ⟦DEV|f5c-447190⟧, chair stuck upright, pressure sore risk. opened repair ticket ⟦I|rt-99-88214⟧.
⟦D|10/28⟧ 11:40 ⟦N|tasha⟧: tech ⟦N|brandon oxendine⟧ assigned, earliest ⟦D|10/30⟧. mom upset. escalated to atp ⟦N|kim nakashima⟧.
⟦D|10/29⟧ 08:05 ⟦N|kim nakashima⟧, atp: called ⟦O|nc medicaid⟧ prior approval line for actuator replacement, pa # ⟦I|ncmd-2099-551047⟧ pending. loaner chair approved by mgr ⟦N|eddie vasquez⟧.
⟦D|10/29⟧ 15:30 ⟦N|brandon⟧: delivered loaner (quickie q700m sn ⟦DEV|qm7-0993120⟧) to ⟦S|4107 wake forest rd⟧ apt 12b, ⟦C|raleigh⟧ ⟦Z|27609⟧. took f5 to shop.
⟦D|10/31⟧ 09:20 ⟦N|tasha⟧: pt's pt at ⟦H|wakemed rehab hospital⟧, ⟦N|sierra patel⟧ dpt ⟦P|919-555-0177⟧, asking for seating eval date. scheduled ⟦D|11/8⟧ 1pm w/ ⟦N|kim⟧.
⟦D|11/03⟧ 13:00 ⟦N|brandon⟧: actuator in (part backordered from vendor, po ⟦I|po-44718⟧). chair returned, loaner picked up. mom signed ⟦N|l. whitfield⟧.
`);

note("caregiver-o2-message-lower", `
voicemail transcribed by ⟦O|ruralcare medical⟧ phone system ⟦D|11/1/2099⟧ 6:52 am from ⟦P|785-555-0118⟧
"hi this is ⟦N|betty schoenfeld⟧ calling about my dad ⟦N|walter schoenfeld⟧, he's ⟦A|94⟧, birthday ⟦D|march 3rd 1905⟧, no sorry ⟦D|1905⟧ is wrong, ⟦D|march 3 2005⟧... anyway he's on your oxygen. we're out at ⟦S|2281 road 14⟧ north of ⟦C|colby⟧, ⟦STATE|kansas⟧, ⟦Z|67701⟧. the power went out last night from the ice storm and the big machine quit so we're on the little green tanks and there's maybe two left. ⟦O|northwest kansas electric coop⟧ says maybe tonight. can someone bring tanks out today. my cell is ⟦P|785-555-0144⟧. also his account number i think is ⟦I|rc 11 04 47⟧. thank you."
callback ⟦D|11/1⟧ 7:10 am ⟦N|jolene marsh⟧: spoke to ⟦N|betty⟧, driver ⟦N|cody ostmeyer⟧ leaving ⟦C|goodland⟧ depot 8:00 with 10 e cylinders + backup concentrator sn ⟦DEV|ic5-0447190⟧ for when power back. told to call 911 if sob worse. pcp dr ⟦N|haskins⟧ at ⟦H|citizens medical center⟧ ⟦C|colby⟧ notified by fax ⟦F|785-555-0169⟧.
`);

note("hh-coordination-lower", `
coordination note · ⟦O|interim healthcare of the upstate⟧ · ⟦D|11/03/2099⟧
pt: ⟦N|thomasina greer⟧ · mr# ⟦M|ihc-99041⟧ · soc ⟦D|10/27/2099⟧ · ⟦S|109 pinckney st⟧ unit d, ⟦C|greenville⟧ ⟦STATE|sc⟧ ⟦Z|29601⟧
case conference (phone) 14:00: ⟦N|ashley dunlap⟧ rn cm, ⟦N|rohan mehta⟧ pt, ⟦N|carla kincaid⟧ ot, ⟦N|faith adebowale⟧ msw, ⟦N|joy ledford⟧ hha supervisor.
- wound l heel stage 3 improving, 2.1 x 1.8 cm. wound care supplies from ⟦O|medline⟧ arrived ⟦D|10/30⟧, order ⟦I|ml-4471902⟧.
- pt: ambulating 40 ft rw, needs bsc. dme from ⟦O|piedmont medical equipment⟧ ⟦P|864-555-0126⟧ said ⟦D|11/5⟧.
- msw: medicaid cltc waiver application sent to ⟦O|scdhhs⟧ ⟦D|10/29⟧; case # ⟦I|cltc-23-447190⟧. meals on wheels through ⟦O|senior action⟧ started.
- daughter ⟦N|renee greer-boyd⟧ (poa) ⟦P|864-555-0181⟧ works nights, prefers calls after 2 pm.
- pcp dr ⟦N|oyelaran⟧ at ⟦H|prisma health⟧ family medicine ⟦C|travelers rest⟧; 485 signed ⟦D|10/31⟧, returned via fax ⟦F|864-555-0137⟧.
plan: continue sn 2w3, pt 2w3, ot 1w3, hha 3w4. recert due ⟦D|12/25/2099⟧. — ⟦N|ad⟧
`);

note("cpap-outreach-lower", `
resupply outreach · ⟦O|aeroflow healthcare⟧ · ⟦D|nov 2 2099⟧ · agent ⟦N|destiny whitaker⟧ · ext ⟦P|2271⟧
pt ⟦N|harold quintanilla⟧ · dob ⟦D|12/1/1963⟧ · ⟦O|ambetter from sunshine health⟧ id ⟦HP|u7044719021⟧ · device resmed airsense 10 sn ⟦DEV|22141190477⟧ · last setup ⟦D|5/14/2098⟧
compliance (airview): 27/30 nights >4h, avg 6h12m, ahi 2.1. eligible: full face mask, cushions x3, filters x6, tubing, chamber.
called ⟦P|305-555-0178⟧ · spoke w/ pt · confirmed shipping ⟦S|14420 sw 88th st⟧ apt 207, ⟦C|miami⟧ ⟦Z|33186⟧ · wants medium cushion, says old mask leaking.
order ⟦I|af-99-1104471⟧ shipped ⟦O|usps⟧ tracking ⟦I|9400 1118 9922 3344 7190 21⟧. rx from dr ⟦N|yolanda etienne⟧ (⟦O|south florida sleep center⟧, npi ⟦I|1629047718⟧) valid to ⟦D|5/2100⟧.
`);

note("pump-supply-chat-lower", `
text thread · ⟦O|byram healthcare⟧ diabetes team · pt ⟦N|keoni kahananui⟧ · ⟦D|11/05/2099⟧
⟦N|keoni⟧ 09:14: aloha, need reorder for omnipod 5 pods and dexcom g7, running low, 2 pods left
⟦O|byram⟧ (⟦N|leilani⟧) 09:20: aloha ⟦N|keoni⟧! i see pods (pdm sn ⟦DEV|op5-0447192⟧) last shipped ⟦D|10/08⟧. your ⟦O|hmsa⟧ plan id ⟦HP|hms 0771904 02⟧ needs a new rx from dr ⟦N|fujimoto⟧, expired ⟦D|10/31⟧. we sent request to ⟦H|straub benioff medical center⟧ endo.
⟦N|keoni⟧ 09:22: can u ship to my new place. ⟦S|94-1025 waipio uka st⟧ unit 30, ⟦C|waipahu⟧ ⟦Z|96797⟧
⟦O|byram⟧ (⟦N|leilani⟧) 09:25: got it. if dr ⟦N|fujimoto⟧ signs today, ships ⟦O|ups⟧ 2nd day air (hawaii), order ⟦I|byr-7781044⟧. any issues call ⟦P|877-555-0120⟧.
`);

note("bed-delivery-scheduling-lower", `
scheduling · ⟦O|hospice of the chesapeake⟧ dme desk · ⟦D|11/4/99⟧
pt ⟦N|evelyn marguerite ashworth⟧, ⟦A|102⟧ y/o · hospice election ⟦D|11/3/99⟧ · ⟦S|800 ritchie hwy⟧ apt 6a (assisted living ⟦H|brightview severna park⟧), ⟦C|severna park⟧ ⟦Z|21146⟧
vendor ⟦O|state medical equipment⟧ ⟦P|410-555-0165⟧, rep ⟦N|ty jenkins⟧: semi-electric bed, alternating pressure mattress, overbed table, o2 concentrator 2l. delivery window ⟦D|11/4⟧ 3-5 pm.
facility contact ⟦N|april rosenthal⟧, wellness director ⟦P|410-555-0150⟧; son ⟦N|william ashworth⟧ (poa) in ⟦C|annapolis⟧ ⟦P|443-555-0109⟧ will meet driver.
hospice rn ⟦N|kemi adesanya⟧ admitted; md dr ⟦N|ravi chandrasekaran⟧. order ⟦I|hoc-dme-44719⟧. — ⟦N|mb⟧
`);

// ======================================================== mixed case (25) ========================================================

note("infusion-nursing-visit", `
Home Infusion Nursing Visit Note — ⟦O|Soleo Health⟧ (⟦C|Frisco⟧, ⟦STATE|TX⟧)
Patient: ⟦N|Adaeze Okonjo-Whitmore⟧   DOB: ⟦D|07/02/1991⟧   Soleo ID: ⟦I|SH-0447719⟧   Visit date: ⟦D|November 3, 2099⟧   Time in/out: 09:05/11:40
Address: ⟦S|6801 Preston Rd⟧, Apt 1412, ⟦C|Plano⟧, ⟦STATE|TX⟧ ⟦Z|75024⟧ — gated, code given by pt; park in visitor row C.
Therapy: IVIG (Privigen) 0.4 g/kg = 28 g IV q4 weeks for CIDP; infusion #7. Lot P100447.
Pump: Curlin 6000 CMS serial ⟦DEV|CU6K-2209471⟧ (pump returned to pharmacy after visit).
Pre-meds: acetaminophen 650 mg PO, diphenhydramine 25 mg PO at 09:20. Hydration NS 500 mL.
Access: PIV 22 g L forearm, 1 attempt, by ⟦N|Ifeoma Nduka⟧, RN.
Rates: 0.5 mL/kg/h x 30 min → 1 → 2 → 4 mL/kg/h max, tolerated. VS q15 min x 4 then q30 min: stable; mild headache at 10:45 resolved.
Teaching: post-infusion headache, hydration, aseptic meningitis signs; pt verbalised understanding. Husband ⟦N|Gregory Whitmore⟧ present.
Communication: report to ⟦N|Jalen Fitzpatrick⟧, PharmD (⟦O|Soleo Health⟧ Frisco pharmacy, ⟦P|972-555-0134⟧); neurologist Dr. ⟦N|Marguerite Delacroix-Hunt⟧ (⟦H|UT Southwestern⟧ Neuromuscular Clinic, fax ⟦F|214-555-0187⟧) — visit note faxed ⟦D|11/3⟧.
Next infusion: ⟦D|12/1/2099⟧; nursing agency ⟦O|Soleo Health⟧ internal; referral # ⟦I|REF-99-20417⟧. Payer ⟦O|Aetna⟧ ⟦HP|W447190221⟧, auth ⟦I|A99-IVIG-7712⟧ valid ⟦D|08/01/2099⟧–⟦D|01/31/2100⟧.
Electronically signed: ⟦N|Ifeoma Nduka⟧, RN, CRNI  ⟦D|11/03/2099⟧ 12:15
`);

note("specialty-intake", `
Specialty Pharmacy New Patient Intake
Pharmacy: ⟦O|Shields Health Solutions⟧ at ⟦H|Ochsner Medical Center⟧ — ⟦S|1514 Jefferson Hwy⟧, ⟦C|New Orleans⟧, ⟦STATE|LA⟧ ⟦Z|70121⟧ · NCPDP ⟦I|1992047⟧ · NPI ⟦I|1457740219⟧
Referral received ⟦D|10/30/2099⟧ via e-Rx from ⟦N|Celeste Marchand⟧, NP (dermatology), ⟦O|Ochsner Health⟧ ⟦C|Metairie⟧ clinic, phone ⟦P|504-555-0197⟧.
Patient: ⟦N|Trinh, Quoc Bao⟧ · DOB ⟦D|05/27/2001⟧ · MRN ⟦M|OCH-9204471⟧ · Cell ⟦P|504-555-0142⟧ · Preferred language Vietnamese (interpreter line ⟦O|CyraCom⟧, ID ⟦I|40771⟧)
Address: ⟦S|4417 Chef Menteur Hwy⟧ Apt 8, ⟦C|New Orleans⟧ ⟦Z|70126⟧; mother ⟦N|Pham Thi Lan⟧ at same address.
Medication: dupilumab (Dupixent) 300 mg/2 mL pen q2w after 600 mg load; atopic dermatitis, EASI 28.
Insurance: ⟦O|Louisiana Healthcare Connections⟧ (Medicaid MCO), member ⟦HP|LHC 004471908⟧; PA submitted ⟦D|10/31⟧ via CoverMyMeds key ⟦I|BLXR4W7Q⟧, approved ⟦D|11/02/2099⟧ through ⟦D|05/01/2100⟧ (auth ⟦I|LHC-PA-2099-88130⟧).
Injection training: nurse ⟦N|Shayla Broussard⟧, RN, on ⟦D|11/06⟧ in clinic; manufacturer's nurse visit declined.
First shipment: ⟦D|11/05/2099⟧ hospital courier, sign ⟦N|Quoc Bao Trinh⟧ or ⟦N|Lan Pham⟧.
Liaison: ⟦N|Brandon Tran⟧, CPhT · ⟦E|brandon.tran@ochsner.example.org⟧ · ext ⟦P|2-4418⟧
`);

note("pa-approval-letter", `
⟦O|Anthem Blue Cross and Blue Shield⟧
⟦S|P.O. Box 105187⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30348-5187⟧

⟦D|November 2, 2099⟧

⟦N|Sheldon R. Kaminski⟧
⟦S|77 Old Farms Rd⟧, Unit 4
⟦C|Avon⟧, ⟦STATE|CT⟧ ⟦Z|06001⟧

RE: Prior Authorization — Approved
Member ID: ⟦HP|YRX447190554⟧   Group: ⟦HP|170448⟧   Reference #: ⟦I|CT-DME-2099-0447712⟧
Provider: ⟦O|Apria Healthcare⟧ — ⟦S|230 Oak St⟧, ⟦C|Glastonbury⟧, ⟦STATE|CT⟧ ⟦Z|06033⟧, NPI ⟦I|1841290447⟧
Ordering physician: ⟦N|Lakshmi Venkataraman⟧, MD, NPI ⟦I|1700447192⟧

Dear Mr. ⟦N|Kaminski⟧:
We approved the request for a respiratory assist device with backup rate (E0471) and supplies, rental for 13 months, from ⟦D|11/01/2099⟧ to ⟦D|11/30/2100⟧. This decision was made by Dr. ⟦N|Aaron Feldstein⟧, a board-certified pulmonologist, on ⟦D|11/01/2099⟧.
Continued coverage after the first 90 days requires a download showing use of 4 hours or more on 70% of nights and a face-to-face re-evaluation by your physician between day 31 and 91.
Questions? Call Member Services at ⟦P|1-800-555-0143⟧ (TTY 711).
Sincerely,
⟦N|Roxanne Delgado⟧, RN, Utilization Management
cc: ⟦O|Hartford HealthCare Medical Group⟧ Pulmonary, fax ⟦F|860-555-0110⟧
`);

note("pa-appeal-letter", `
⟦O|Northside Pulmonary & Sleep Associates⟧
⟦S|3400-A Old Milton Pkwy⟧, Suite 250 · ⟦C|Alpharetta⟧, ⟦STATE|GA⟧ ⟦Z|30005⟧ · Tel ⟦P|(770) 555-0127⟧ · Fax ⟦F|(770) 555-0128⟧

⟦D|November 4, 2099⟧

⟦O|UnitedHealthcare⟧ Appeals and Grievances
⟦S|PO Box 30432⟧, ⟦C|Salt Lake City⟧, ⟦STATE|UT⟧ ⟦Z|84130-0432⟧
Fax ⟦F|801-555-0190⟧

Re: Expedited appeal — home mechanical ventilator (E0466)
Patient: ⟦N|Marcus Aurelio Benítez⟧ · DOB ⟦D|1/14/1970⟧ · Member ⟦HP|917744190⟧ · Denial letter dated ⟦D|10/29/2099⟧, case ⟦I|UHC-A-99-3310477⟧

To the reviewer:
I am writing on behalf of my patient Mr. ⟦N|Benítez⟧, diagnosed with amyotrophic lateral sclerosis in ⟦D|2097⟧, now with FVC 38% predicted (⟦D|10/20/2099⟧) and PaCO2 54 on ABG at ⟦H|Northside Hospital Forsyth⟧ on ⟦D|10/21/2099⟧. He fails bilevel with backup rate: nightly use 9 h but daytime hypercapnia persists and he needs mouthpiece ventilation while awake. Your denial states a bilevel device "meets needs"; it cannot provide daytime volume-targeted mouthpiece ventilation or an internal battery for his power wheelchair (sn ⟦DEV|PX-2207-44190⟧ from ⟦O|NuMotion⟧).
Requested: Trilogy-class ventilator from ⟦O|Lincare⟧ ⟦C|Cumming⟧ (contact ⟦N|Jared Ogletree⟧, RRT, ⟦P|678-555-0161⟧).
His neurologist, Dr. ⟦N|Farah Qureshi⟧ of the ⟦H|Emory ALS Center⟧, agrees (letter attached, ⟦D|10/30/2099⟧).
I am available for a peer-to-peer at ⟦P|770-555-0129⟧.
Sincerely,
⟦N|Olumide Bankole⟧, MD, FCCP · NPI ⟦I|1114470983⟧
Enclosures: ABG, PFTs, download from ResMed AirView, ALS clinic note
`);

note("cmn-hospital-bed", `
Detailed Written Order / Standard Written Order — Hospital Bed (E0260) and Group 1 Support Surface (E0184)
Beneficiary: ⟦N|Yetunde Abiola Ogunleye⟧   MBI ⟦HP|2EX9-TK4-WR71⟧   DOB ⟦D|4/30/1939⟧
Order date: ⟦D|11/02/2099⟧   Length of need: 99 months
Supplier: ⟦O|Gulf Coast Home Medical⟧, ⟦S|2910 Bay Area Blvd⟧, ⟦C|Houston⟧, ⟦STATE|TX⟧ ⟦Z|77058⟧ · PTAN ⟦I|G447192⟧ · NPI ⟦I|1386044719⟧ · ⟦P|281-555-0174⟧
Delivery: ⟦S|1615 Barringer Way⟧, ⟦C|Seabrook⟧, ⟦STATE|TX⟧ ⟦Z|77586⟧ (daughter's home; pt relocated from ⟦C|Pasadena⟧)
Medical necessity: CHF NYHA III with orthopnea requiring HOB >30°, frequent changes of position not feasible in an ordinary bed; stage 2 sacral pressure injury.
Face-to-face: ⟦D|10/27/2099⟧, ⟦H|HCA Houston Healthcare Clear Lake⟧ (inpatient), Dr. ⟦N|Maximilian Oduya-Schwartz⟧.
Practitioner: ⟦N|Ingrid Solberg⟧, NP · NPI ⟦I|1992047716⟧ · ⟦O|Bay Area Internal Medicine⟧ · ⟦P|281-555-0112⟧ · signed ⟦D|11/02/2099⟧
Delivered ⟦D|11/03/2099⟧ by ⟦N|Hector Zamora⟧ (tech); bed sn ⟦DEV|INV-5410-0447192⟧, mattress sn ⟦DEV|MT-0990471⟧; received by ⟦N|Folake Ogunleye-Price⟧ (daughter).
`);

note("power-wheelchair-eval", `
Seating & Mobility Evaluation — Power Wheelchair (K0861)
Date: ⟦D|10/29/2099⟧   Location: ⟦H|Shepherd Center⟧ outpatient seating clinic, ⟦C|Atlanta⟧
Client: ⟦N|Cornelius "Neil" Abernathy⟧   DOB ⟦D|09/09/1984⟧   MRN ⟦M|SC-00447190⟧   Dx: T6 ASIA A SCI (⟦D|2096⟧), recurrent ischial wounds
Home: ⟦S|481 Ralph David Abernathy Blvd SW⟧, Apt 3, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30310⟧ — 3 steps, ramp built by ⟦O|Rebuilding Together Atlanta⟧ ⟦D|2098⟧.
Therapist: ⟦N|Gabriela Szymanski⟧, PT, ATP/SMS   Supplier ATP: ⟦N|Derrick Nwachukwu⟧, ATP (⟦O|National Seating & Mobility⟧, ⟦C|Marietta⟧ branch, ⟦P|770-555-0139⟧)
Current chair: Invacare TDX SP2 (⟦D|2093⟧), serial ⟦DEV|09HE044719⟧, batteries failing, tilt motor noisy.
Pressure mapping: peak 172 mmHg R ITs on current cushion → 68 mmHg with air-cell cushion trial.
Recommended: Group 3 power chair with power tilt/recline/elevate, air-cell cushion, custom back.
Funding: ⟦O|Georgia Medicaid⟧ ⟦HP|GA 447190338⟧ + ⟦O|Amerigroup Community Care⟧; F2F with physiatrist Dr. ⟦N|Suresh Ramanathan⟧ on ⟦D|10/22/2099⟧.
Letter of medical necessity to be signed by Dr. ⟦N|Ramanathan⟧; packet to ⟦O|NSM⟧ funding coordinator ⟦N|Heather Lyle⟧, ⟦E|hlyle@nsm.example.com⟧.
`);

note("hh-team-conference", `
⟦O|VNS Health⟧ — Interdisciplinary Team Conference
Date: ⟦D|Nov 5, 2099⟧   Team: ⟦C|Queens⟧ Central   Facilitator: ⟦N|Naomi Feldman-Obi⟧, RN, Clinical Manager
Patients reviewed:
1. ⟦N|Alvarado, Pedro⟧ (MR ⟦M|VN-2299104⟧) — ⟦S|37-19 82nd St⟧ Apt 5F, ⟦C|Jackson Heights⟧ ⟦Z|11372⟧. Home IV ceftriaxone via midline; midline day 11, ⟦O|Optum Infusion Services⟧ delivering ⟦DAY|Mondays⟧. RN ⟦N|Sunita Rao⟧. Daughter ⟦N|Yadira⟧ ⟦P|718-555-0151⟧.
2. ⟦N|Chowdhury, Rahima⟧ (MR ⟦M|VN-2299311⟧) — ⟦S|87-40 Parsons Blvd⟧ #2C, ⟦C|Jamaica⟧ ⟦Z|11432⟧. New ostomy; supplies from ⟦O|Edgepark Medical Supplies⟧ order ⟦I|EP-77104471⟧ delayed, WOC nurse ⟦N|Olga Kravets⟧ to bridge. Son ⟦N|Tanvir⟧ translates (Bengali).
3. ⟦N|Goldberg, Irving⟧ (MR ⟦M|VN-2298870⟧), ⟦A|93⟧ — ⟦S|62-60 99th St⟧ Apt 1410, ⟦C|Rego Park⟧ ⟦Z|11374⟧. Home O2 3 L from ⟦O|Rotech⟧; fell ⟦D|11/2⟧, ER at ⟦H|Elmhurst Hospital⟧, no fracture. PT ⟦N|Kwame Asante⟧ increased to 3w2. HHA ⟦N|Marisol Peña⟧ 4 h/day via ⟦O|Partners in Care⟧.
4. ⟦N|Liu, Mei-Hua⟧ (MR ⟦M|VN-2299016⟧) — ⟦S|41-25 Kissena Blvd⟧, ⟦C|Flushing⟧ ⟦Z|11355⟧. PICC for TPN, ⟦O|Coram⟧ pharmacy; line occlusion ⟦D|11/4⟧, alteplase per protocol by RN ⟦N|Jia Wen Zhou⟧, patent.
5. ⟦N|Okoro, Chidinma⟧ (MR ⟦M|VN-2299452⟧) — ⟦S|147-12 Hillside Ave⟧ Apt 3R, ⟦C|Briarwood⟧ ⟦Z|11435⟧. Postpartum cardiomyopathy, LifeVest wearable defibrillator (sn ⟦DEV|WCD-4C-0447190⟧, ⟦O|ZOLL⟧ rep ⟦N|Dana Whitcombe⟧ ⟦P|917-555-0136⟧); infant ⟦N|Somtochukwu⟧ followed by ⟦O|Nurse-Family Partnership⟧. SN ⟦N|Sunita Rao⟧.
6. ⟦N|Haddad, Elias⟧ (MR ⟦M|VN-2297718⟧), ⟦A|90⟧ — ⟦S|30-45 Steinway St⟧ Apt 2, ⟦C|Astoria⟧ ⟦Z|11103⟧. Foley change q30d (last ⟦D|10/21⟧); urology Dr. ⟦N|Pavlos Georgiou⟧ at ⟦H|Mount Sinai Queens⟧. Wife ⟦N|Nadia⟧ ⟦P|718-555-0117⟧. Medicaid pending, ⟦O|HRA⟧ case ⟦I|HRA-99-447190⟧.
7. ⟦N|Persaud, Devika⟧ (MR ⟦M|VN-2299530⟧) — ⟦S|104-20 Liberty Ave⟧, ⟦C|Ozone Park⟧ ⟦Z|11417⟧. Insulin pen teaching, glucometer sn ⟦DEV|CN-7704419⟧ from ⟦O|Walgreens⟧ #⟦I|09912⟧; A1c 11.2 (⟦D|10/14/2099⟧). Husband ⟦N|Rajendra Persaud⟧ works days at ⟦LO|JFK Airport⟧ cargo.
Discharges planned: #3 when PT goals met. Next IDT ⟦D|11/12/2099⟧.
`);

note("portable-o2-travel", `
From: ⟦E|nbalasubramanian@gmail.example.com⟧
To: ⟦E|travel.oxygen@inogen.example.com⟧
Date: ⟦DAY|Mon⟧, ⟦D|2 Nov 2099⟧ 21:14
Subject: Travel oxygen for cruise out of ⟦C|Fort Lauderdale⟧ ⟦D|Nov 22⟧

Hello,
My mother ⟦N|Kamala Balasubramanian⟧ (DOB ⟦D|02/06/1946⟧) uses your Inogen One G5 (serial ⟦DEV|G5-2107-44719⟧) at setting 3. We sail on the ⟦O|Celebrity Cruises⟧ ship from ⟦LO|Port Everglades⟧ on ⟦D|November 22⟧ and return ⟦D|November 29, 2099⟧. The cruise line's medical department (ref ⟦I|CEL-MED-447190⟧) needs a letter from her doctor and a statement that the battery lasts 1.5× the longest time off power. Could you send a second double battery to our hotel, the ⟦O|Hyatt Place⟧ ⟦S|1851 SE 10th Ave⟧, ⟦C|Fort Lauderdale⟧ ⟦Z|33316⟧, care of ⟦N|Nandini Balasubramanian⟧, arriving ⟦D|Nov 21⟧?
Her account number is ⟦I|INO-1120447⟧; her pulmonologist is Dr. ⟦N|Chidi Eze⟧ at ⟦O|Piedmont Pulmonology⟧, ⟦C|Charlotte⟧, fax ⟦F|704-555-0116⟧.
Thank you,
⟦N|Nandini Balasubramanian⟧
⟦P|704-555-0135⟧
`);

note("home-vent-rt-visit", `
Respiratory Therapist Home Visit — Home Ventilator
Company: ⟦O|Pediatric Home Respiratory Services⟧ (⟦O|PHRS⟧), ⟦S|2800 Cleveland Ave N⟧, ⟦C|Roseville⟧, ⟦STATE|MN⟧ ⟦Z|55113⟧, ⟦P|651-555-0108⟧
Patient: ⟦N|Amira Hassan Abdi⟧   DOB ⟦D|03/15/2096⟧   Account ⟦I|PHRS-44719⟧
Home: ⟦S|1923 Riverside Ave⟧ #807, ⟦C|Minneapolis⟧ ⟦Z|55454⟧ (⟦LO|Cedar-Riverside⟧ towers, elevator B only). Parents ⟦N|Hassan Abdi Warsame⟧ ⟦P|612-555-0183⟧, ⟦N|Hodan Ali⟧ ⟦P|612-555-0184⟧.
Visit: ⟦D|11/04/2099⟧ 13:00. RT: ⟦N|Brenda Kjellberg⟧, RRT-NPS.
Equipment checked: Astral 150 primary sn ⟦DEV|22331044719⟧, backup Astral 150 sn ⟦DEV|22331044802⟧; suction sn ⟦DEV|SU-7710447⟧; pulse oximeter Masimo Rad-97 sn ⟦DEV|RD97-0447120⟧; humidifier; Ambu bag; trach 3.5 Bivona uncuffed + spare 3.0.
Settings verified against Rx (⟦D|10/15/2099⟧, Dr. ⟦N|Kirsten Dahlquist⟧, ⟦H|Children's Minnesota⟧ pulmonary): AC-PC, PIP 22, PEEP 6, RR 24, Ti 0.7, FiO2 room air + 0.5 L bleed at night.
Home nursing: ⟦O|Accra Care⟧ nurse ⟦N|Fartun Mohamed⟧, LPN, 16 h/day.
Emergency plan: ⟦O|Xcel Energy⟧ medical priority on file (acct ⟦I|51-4471902-3⟧); ⟦O|Minneapolis Fire Department⟧ notified; generator not available.
Next visit ⟦D|12/02/2099⟧. ⟦N|B. Kjellberg⟧
`);

note("ostomy-reorder-call", `
⟦O|Byram Healthcare⟧ · Ostomy Reorder Call · ⟦D|10/31/2099⟧ · CSR ⟦N|Andre Baptiste⟧
Called Ms. ⟦N|Philomena Osei-Tutu⟧ at ⟦P|(617) 555-0149⟧. Verified DOB ⟦D|8/23/1957⟧ and address ⟦S|25 Wendover St⟧, 3rd floor, ⟦C|Dorchester⟧, ⟦STATE|MA⟧ ⟦Z|02125⟧.
Products: Hollister CeraPlus 2-piece, flange 57 mm, drainable pouches x20, barrier rings x10, adhesive remover wipes.
Insurance: ⟦O|MassHealth⟧ ⟦HP|100447190228⟧ / ⟦O|Tufts Health Together⟧. Rx on file from Dr. ⟦N|Jonathan Ashkenazi⟧ (⟦H|Beth Israel Deaconess Medical Center⟧ colorectal) through ⟦D|03/2100⟧.
Order ⟦I|BYR-9904471⟧ ships ⟦D|11/2⟧ via ⟦O|UPS⟧, tracking ⟦I|1Z44F7190322417785⟧. WOC nurse ⟦N|Roseline Adjei⟧ (⟦O|Century Home Health⟧) asked to check fit ⟦D|11/9⟧.
`);

note("cgm-onboarding", `
Continuous Glucose Monitor Onboarding — ⟦O|CCS Medical⟧
Date ⟦D|2099-11-03⟧ · Rep: ⟦N|Whitney Amundsen⟧ · Ticket ⟦I|CCS-3047719⟧
Patient: ⟦N|Emiliano Ruiz-Tapia⟧ · DOB ⟦D|1962-10-05⟧ · ⟦O|Molina Healthcare of New Mexico⟧ ⟦HP|MNM 600447199⟧
Shipping: ⟦S|2405 Calle Cuarta⟧, Apt B, ⟦C|Las Cruces⟧, ⟦STATE|NM⟧ ⟦Z|88005⟧. Phone ⟦P|575-555-0112⟧; wife ⟦N|Graciela⟧ ⟦P|575-555-0119⟧.
Device: FreeStyle Libre 3 reader sn ⟦DEV|MBGA447190T⟧; sensors x2 per 28 days.
Prescriber: Dr. ⟦N|Olivia Chavarría⟧, ⟦O|Memorial Medical Group⟧ Endocrinology, NPI ⟦I|1376044190⟧, fax ⟦F|575-555-0138⟧. Chart notes dated ⟦D|10/20/2099⟧ document insulin use TID.
App login created: ⟦UN|eruiztapia62⟧. First sensor applied by pt on video call at 15:10.
`);

note("dme-recall-notice", `
⟦O|Philips Respironics⟧ Field Safety Notice — Patient Registration Follow-up
Registration ID: ⟦I|PRR-4471-9902⟧   Date: ⟦D|October 28, 2099⟧
Registrant: ⟦N|Fitzgerald O'Shaughnessy⟧, ⟦S|19 Juniper Hill Rd⟧, ⟦C|Keene⟧, ⟦STATE|NH⟧ ⟦Z|03431⟧ · ⟦P|603-555-0170⟧ · ⟦E|fitz.oshaughnessy@example.net⟧
Device: DreamStation CPAP, serial ⟦DEV|J2044719A1F4⟧ — remediation complete; replacement device serial ⟦DEV|J4090471B7E2⟧ shipped ⟦D|10/24/2099⟧ via DME supplier ⟦O|Monadnock Home Medical⟧ (⟦C|Keene⟧), account ⟦I|MHM-2044719⟧.
Prescriber of record: Dr. ⟦N|Harriet Blackwood⟧, ⟦H|Cheshire Medical Center⟧ Sleep Lab.
Please return the original device in the prepaid box (return label ⟦I|RMA-990447190⟧) by ⟦D|November 30, 2099⟧.
`);

note("pharmacy-transfer", `
Rx Transfer Request · from ⟦O|Orsini Specialty Pharmacy⟧ (⟦C|Elk Grove Village⟧, ⟦STATE|IL⟧; NCPDP ⟦I|1477094⟧) to ⟦O|CenterWell Specialty Pharmacy⟧ (NCPDP ⟦I|0347719⟧)
Date ⟦D|11/1/2099⟧ · Transferring RPh ⟦N|Nadia Haddad⟧ ⟦P|847-555-0111⟧ · Receiving RPh ⟦N|Victor Oyelowo⟧ ⟦P|800-555-0166⟧ ext ⟦P|7719⟧
Patient ⟦N|Greta Lindqvist-Moreau⟧, DOB ⟦D|11/11/1959⟧, ⟦O|Humana⟧ Medicare Part D member ⟦HP|H4471902700⟧
Rx ⟦I|OR-2204471⟧: ivacaftor/tezacaftor/elexacaftor (Trikafta) 100/50/75 mg, 84 tabs, 3 refills remaining; original date ⟦D|06/14/2099⟧; last filled ⟦D|10/05/2099⟧.
Prescriber Dr. ⟦N|Rahul Sethuraman⟧, ⟦H|Froedtert Hospital⟧ CF Center, DEA ⟦I|BS7744190⟧, NPI ⟦I|1558047193⟧.
Reason: plan change ⟦D|01/01/2100⟧. Ship to ⟦S|W156 N8820 Pilgrim Rd⟧, ⟦C|Menomonee Falls⟧, ⟦STATE|WI⟧ ⟦Z|53051⟧.
`);

note("refill-reminder-short", `
⟦O|Option Care Health⟧ automated call ⟦D|11/06/99⟧ 10:00 → ⟦N|HOLLOWAY, D⟧ ⟦P|412-555-0107⟧ — "delivery of your supplies scheduled ⟦D|11/07⟧" — pt pressed 1 (confirm). Order ⟦I|OC-5512047⟧.
`);

note("delivery-exception-report", `
Delivery Exception Report — ⟦O|Medline Industries⟧ Home Delivery, ⟦C|Mundelein⟧ DC
Date ⟦D|11/05/2099⟧ · Carrier ⟦O|OnTrac⟧ · Driver ⟦N|Jamal Pettiford⟧ (ID ⟦I|OT-77190⟧)
Shipment ⟦I|ML-SH-2099-4471902⟧ · Consignee ⟦N|Beatriz Olmedo⟧ · ⟦S|1202 W Touhy Ave⟧ Apt 3N, ⟦C|Chicago⟧, ⟦STATE|IL⟧ ⟦Z|60626⟧ · ⟦P|773-555-0193⟧
Exception: refrigerated tote (insulin, GLP-1 pens) — no answer at 11:40 and 13:15; building manager ⟦N|Greg Pappas⟧ would not accept cold chain. Tote returned to depot, temp log 4.1 °C (logger ⟦DEV|TL-0447190⟧).
Action: pharmacy ⟦O|Walgreens Specialty⟧ #⟦I|16190⟧ notified ⟦P|312-555-0159⟧; redelivery ⟦D|11/06⟧ 08-12 with signature; pt texted.
Reported by ⟦N|Svetlana Orlova⟧, dispatch supervisor.
`);

note("pump-alarm-oncall", `
On-Call Pharmacist Log — ⟦O|BriovaRx Infusion Services⟧ ⟦C|Cypress⟧ ⟦STATE|CA⟧ — night of ⟦D|Nov 3–4, 2099⟧
22:47 call from ⟦N|Rosario Dimaculangan⟧ (caregiver, wife) ⟦P|714-555-0188⟧ re: pt ⟦N|Efren Dimaculangan⟧, DOB ⟦D|6/19/1950⟧, home milrinone 0.375 mcg/kg/min via CADD-Solis VIP sn ⟦DEV|CSV-4471902⟧ through R chest tunneled line. Pump alarm "high pressure – downstream occlusion".
Walked through: clamp open, tubing unkinked, line flushed by RN? — caregiver not trained to flush. Alarm recurred.
Paged on-call RN ⟦N|Benedict Nwosu⟧ (⟦O|Accredo Nursing⟧) ⟦P|714-555-0171⟧ at 22:58; arrived 23:50, found kink under dressing, resolved; infusion resumed 00:05 (interruption 75 min). Cardiologist on call Dr. ⟦N|Sofía Carrasquillo⟧ (⟦H|UCI Health⟧ HF program) informed 00:20, no change.
Pt home address verified ⟦S|8871 Bolsa Ave⟧ Space 62, ⟦C|Westminster⟧ ⟦Z|92683⟧. Incident # ⟦I|IR-99-11047⟧. Pharmacist ⟦N|Thanh Huynh⟧, PharmD.
`);

note("infusion-discharge-summary", `
HOME INFUSION THERAPY — DISCHARGE SUMMARY AND OUTCOMES REPORT
Pharmacy: ⟦O|Vital Care Infusion Services⟧ of ⟦C|Hattiesburg⟧ · ⟦S|6156 US Highway 98⟧, Ste 60, ⟦C|Hattiesburg⟧, ⟦STATE|MS⟧ ⟦Z|39402⟧ · ⟦P|601-555-0148⟧ · fax ⟦F|601-555-0149⟧ · NCPDP ⟦I|2577104⟧ · NPI ⟦I|1669044718⟧
Patient: ⟦N|LaTonya Renee Ducksworth⟧ · DOB ⟦D|01/08/1977⟧ · Pt ID ⟦I|VC-88104⟧ · Rx ⟦I|VC-Rx-204471⟧
Address: ⟦S|405 Katie Ave⟧, ⟦C|Hattiesburg⟧ ⟦Z|39401⟧ (until ⟦D|10/10/2099⟧); then ⟦S|88 Old Airport Rd⟧ Lot 14, ⟦C|Purvis⟧, ⟦STATE|MS⟧ ⟦Z|39475⟧ (sister's home)
Service dates: ⟦D|09/28/2099⟧ – ⟦D|11/01/2099⟧ (35 days)
Referral: ⟦H|Forrest General Hospital⟧ case manager ⟦N|Tiffany Ladner⟧, RN ⟦P|601-555-0191⟧; ID consult Dr. ⟦N|Imani Oyelaran-Shaw⟧ (⟦O|Hattiesburg Clinic⟧ Infectious Diseases, NPI ⟦I|1205447719⟧).
Diagnosis: MRSA septic arthritis R knee, arthroscopic washout ⟦D|09/24/2099⟧ and ⟦D|09/26/2099⟧ by Dr. ⟦N|Wendell Pickering⟧; bacteremia cleared ⟦D|09/25⟧.
Therapy: daptomycin 8 mg/kg (720 mg) IV q24h via 2-minute IV push; PICC L basilic 4 Fr single lumen placed ⟦D|09/27/2099⟧, 42 cm.
Payer: ⟦O|Magnolia Health⟧ (Mississippi CAN) ⟦HP|MGH 704471902⟧; auth ⟦I|MAG-INF-99-3301⟧ (drug, per diem S9500, nursing 99601) ⟦D|09/28⟧–⟦D|11/08/2099⟧.

Nursing: ⟦O|Gentiva Home Health⟧ ⟦C|Petal⟧ (agency ⟦P|601-555-0177⟧), RNs ⟦N|Crystal Keys⟧ and ⟦N|Boyd Mangum⟧.
Visit log:
⟦D|09/28⟧ SOC, teaching (⟦N|C. Keys⟧) — pt and sister ⟦N|Sharonda Ducksworth-Hayes⟧ return demo IV push by day 3.
⟦D|10/05⟧ weekly labs: CK 88, CBC nl, CrCl 96.
⟦D|10/10⟧ move to ⟦C|Purvis⟧; delivery address changed, driver ⟦N|Terrell McSwain⟧ informed; supplies moved.
⟦D|10/14⟧ CK 212 (peak), myalgia mild; Dr. ⟦N|Oyelaran-Shaw⟧ aware, continued, statin held.
⟦D|10/19⟧ PICC occlusion (partial), alteplase 2 mg dwell by ⟦N|B. Mangum⟧, restored.
⟦D|10/21⟧ CK 140, ESR 38 → 21, CRP 4.1 → 0.9.
⟦D|10/28⟧ CK 96. Knee ROM 0–110, ambulating without device.
⟦D|11/01⟧ final dose; PICC removed by ⟦N|C. Keys⟧, RN, tip intact, 42 cm, pressure 5 min, no bleeding.

Adverse events: none reportable; one missed delivery ⟦D|10/11⟧ (wrong address, corrected, dose given 4 h late).
Outcome: course completed; clinical cure at end of therapy; patient satisfaction survey 5/5.
Follow-up: ID clinic ⟦D|11/10/2099⟧ 2:30 pm; orthopaedics ⟦D|11/17/2099⟧ with Dr. ⟦N|Pickering⟧ at ⟦O|Southern Bone and Joint Specialists⟧.
Returned equipment: IV pole, sharps x2 (picked up ⟦D|11/02⟧ by ⟦N|Terrell McSwain⟧).
Caregiver: mother ⟦N|Ruthie Ducksworth⟧ ⟦P|601-555-0130⟧; sister ⟦N|Sharonda⟧ ⟦P|601-555-0138⟧.
Pharmacist: ⟦N|Philip Dupree⟧, PharmD · ⟦E|pdupree@vitalcare-hbg.example.com⟧ · summary faxed to ID and PCP Dr. ⟦N|Jerome Batiste⟧ (⟦H|Southeast Mississippi Rural Health Initiative⟧, fax ⟦F|601-555-0162⟧) ⟦D|11/02/2099⟧.
`);

note("fax-cover-referral", `
FAX — ⟦H|Baystate Medical Center⟧ Case Management · ⟦S|759 Chestnut St⟧, ⟦C|Springfield⟧, ⟦STATE|MA⟧ ⟦Z|01199⟧
To: ⟦O|BAYADA Home Health Care⟧ ⟦C|Holyoke⟧ intake · Fax ⟦F|413-555-0121⟧ · Phone ⟦P|413-555-0120⟧
From: ⟦N|Kathleen Sheehan-Ortiz⟧, RN CM · Phone ⟦P|413-555-0186⟧ · Fax ⟦F|413-555-0187⟧
Date: ⟦D|11/02/2099⟧ · Pages: 14 (incl. cover)
Re: ⟦N|Rivera Santiago, Wilfredo⟧ · DOB ⟦D|03/03/1948⟧ · MRN ⟦M|BMC-4471902⟧ · anticipated discharge ⟦D|11/03/2099⟧
Services: SN (wound, teaching IV abx), PT, OT; home infusion by ⟦O|Baystate Home Infusion & Respiratory Services⟧ (ertapenem); DME: ⟦O|Baystate Home Infusion & Respiratory Services⟧ O2 2 L.
Home: ⟦S|86 Pine St⟧, 2nd floor, ⟦C|Holyoke⟧ ⟦Z|01040⟧; lives with son ⟦N|Edwin Rivera⟧ ⟦P|413-555-0162⟧ (Spanish).
Attending: Dr. ⟦N|Benjamin Szulc⟧. PCP: ⟦H|Holyoke Health Center⟧, Dr. ⟦N|Maribel Acevedo⟧.
CONFIDENTIALITY NOTICE: This fax contains protected health information...
`);

note("waiver-services-plan", `
Medicaid HCBS Waiver — Service Plan Update (Elderly & Disabled Waiver)
Participant: ⟦N|Juanita Harjo⟧ · Medicaid ⟦HP|OK 100447190⟧ · DOB ⟦D|05/05/1948⟧ · Case ⟦I|ADV-99-20477⟧
Residence: ⟦S|2304 N Okmulgee Ave⟧, ⟦C|Okmulgee⟧, ⟦STATE|OK⟧ ⟦Z|74447⟧ (⟦LO|Muscogee (Creek) Nation⟧ reservation)
Case manager: ⟦N|Tonya Bigpond⟧, ⟦O|Green Country Case Management⟧, ⟦P|918-555-0153⟧
Services authorised ⟦D|11/01/2099⟧–⟦D|10/31/2100⟧:
• Personal care 20 h/week — ⟦O|Angels Care Home Health⟧ aide ⟦N|Kaylee Deerinwater⟧
• Home-delivered meals — ⟦O|Muscogee Nation Elder Nutrition⟧
• PERS — ⟦O|Lifeline⟧ unit ⟦DEV|LL-4471902⟧, responder niece ⟦N|Shelby Harjo⟧ ⟦P|918-555-0129⟧
• Environmental modification: bathroom grab bars, contractor ⟦O|Okmulgee Handyman Services⟧, bid ⟦I|BID-2099-14⟧
• Specialized medical supplies (incontinence) — ⟦O|Prestige Medical Supply⟧ ⟦C|Tulsa⟧
Physician: Dr. ⟦N|Adam Bearpaw⟧, ⟦H|Creek Nation Community Hospital⟧.
Signed ⟦D|11/03/2099⟧: participant (mark), ⟦N|T. Bigpond⟧.
`);

note("home-pt-eval", `
Home Health PT Evaluation · ⟦O|Encompass Health Home Health⟧ ⟦C|Knoxville⟧ · ⟦D|11/2/99⟧
Pt ⟦N|Ollie Mae Cantrell⟧, ⟦A|91⟧, MR# ⟦M|EHH-604471⟧; address ⟦S|3105 Maloney Rd⟧, ⟦C|Knoxville⟧, ⟦STATE|TN⟧ ⟦Z|37920⟧ (single-wide, 4 steps no rail).
Referring: Dr. ⟦N|Preston Ogle⟧ (⟦H|UT Medical Center⟧), s/p R hip hemiarthroplasty ⟦D|10/24/99⟧.
DME: RW present; needs raised toilet seat and tub bench — ordered from ⟦O|Knoxville Medical Supply⟧, ⟦P|865-555-0133⟧.
TUG 24 s, Tinetti 14/28. Goals 4 wk. Niece ⟦N|Darlene Cantrell-Huskey⟧ ⟦P|865-555-0180⟧ present.
⟦N|Marcus Webb⟧, PT, DPT
`);

note("nurse-schedule-log", `
Field Nurse Schedule — ⟦O|Option Care Health⟧ ⟦C|Denver⟧ — week of ⟦D|11/02/2099⟧
RN | Patient | Address | Therapy | Day
⟦N|Kaitlyn Brooks⟧ | ⟦N|Zielinski, Tomasz⟧ | ⟦S|1480 Humboldt St⟧ #12, ⟦C|Denver⟧ ⟦Z|80218⟧ | Remicade q8w | ⟦DAY|Mon⟧ ⟦D|11/2⟧
⟦N|Kaitlyn Brooks⟧ | ⟦N|Baca, Eloísa⟧ | ⟦S|3320 W 38th Ave⟧, ⟦C|Denver⟧ ⟦Z|80211⟧ | PICC care, cefepime | ⟦DAY|Mon⟧ ⟦D|11/2⟧, ⟦DAY|Thu⟧ ⟦D|11/5⟧
⟦N|Oluwatobi Adeniran⟧ | ⟦N|Whitehorse, Lyle⟧ | ⟦S|720 S Federal Blvd⟧ Apt 204, ⟦C|Denver⟧ ⟦Z|80219⟧ | Ocrevus | ⟦DAY|Tue⟧ ⟦D|11/3⟧
⟦N|Oluwatobi Adeniran⟧ | ⟦N|Schmidt, Helga⟧ | ⟦S|9250 E Costilla Ave⟧ Unit 310, ⟦C|Greenwood Village⟧ ⟦Z|80112⟧ | TPN, labs | ⟦DAY|Wed⟧ ⟦D|11/4⟧
⟦N|Marisa Quintana⟧ | ⟦N|Tafoya, Reuben⟧ | ⟦S|11 Pueblo Ct⟧, ⟦C|Brighton⟧ ⟦Z|80601⟧ | IVIG | ⟦DAY|Thu⟧ ⟦D|11/5⟧
⟦N|Marisa Quintana⟧ | ⟦N|Nakamura, Hiroshi⟧ | ⟦S|2600 E 1st Ave⟧, ⟦C|Denver⟧ ⟦Z|80206⟧ | Hizentra teaching | ⟦DAY|Fri⟧ ⟦D|11/6⟧
On call: ⟦N|Greg Villanueva⟧, RN ⟦P|303-555-0127⟧; pharmacist ⟦N|Adele Fournier⟧ ⟦P|303-555-0124⟧
`);

note("sharps-returns", `
Returns/Pickup — ⟦O|Coram⟧ ⟦C|Portland⟧ ⟦STATE|OR⟧ · ⟦D|11-03-2099⟧ · driver ⟦N|Hector Villagómez⟧
Picked up from ⟦N|Clara Wentworth-Fisk⟧, ⟦S|4017 SE Hawthorne Blvd⟧ Apt 6, ⟦C|Portland⟧ ⟦Z|97214⟧: 2 sharps containers (sealed), IV pole, CADD pump sn ⟦DEV|C6-0094471⟧, unused NS flushes x14 (to be destroyed, not restocked). Pt ID ⟦I|CO-PDX-33190⟧. Signed ⟦N|C. Wentworth-Fisk⟧.
`);

note("specialty-clinical-assessment", `
Specialty Pharmacy Clinical Assessment — Oncology (oral)
⟦O|Biologics by McKesson⟧ · ⟦C|Cary⟧, ⟦STATE|NC⟧ · Assessment date ⟦D|10/30/2099⟧ · Pharmacist: ⟦N|Ramona Eckhardt⟧, PharmD, BCOP
Patient: ⟦N|Desmond Achterberg⟧ · DOB ⟦D|2/2/1955⟧ · Patient # ⟦I|BIO-77190441⟧ · Phone ⟦P|252-555-0142⟧
Oncologist: Dr. ⟦N|Hyun-woo Baek⟧, ⟦H|ECU Health Cancer Care⟧, ⟦C|Greenville⟧, NPI ⟦I|1790447128⟧, fax ⟦F|252-555-0199⟧
Drug: zanubrutinib (Brukinsa) 160 mg BID, CLL; start ⟦D|11/04/2099⟧.
Interactions: on apixaban — bleeding counselling; amiodarone stopped ⟦D|09/2099⟧ (CYP3A).
Financial: ⟦O|PAN Foundation⟧ grant ⟦I|PAN-CLL-4471902⟧ $4,000 through ⟦D|10/2100⟧; Medicare Part D ⟦O|WellCare⟧ ⟦HP|WC44719022⟧.
Delivery ⟦D|11/03⟧ to ⟦S|108 Oak Knoll Dr⟧, ⟦C|Washington⟧, ⟦STATE|NC⟧ ⟦Z|27889⟧; wife ⟦N|Corinne⟧ to sign.
Follow-up call day 14 (⟦D|11/18/2099⟧).
`);

note("hospice-dme-pickup", `
DME Pickup Order — after death
Hospice: ⟦O|Hosparus Health⟧ ⟦C|Louisville⟧ · Patient ⟦N|Gerald Ashby Lyle⟧ · died ⟦D|11/03/2099⟧ 04:10 at home
Address: ⟦S|2711 Frankfort Ave⟧, ⟦C|Louisville⟧, ⟦STATE|KY⟧ ⟦Z|40206⟧ · contact widow ⟦N|Margaret Lyle⟧ ⟦P|502-555-0154⟧
Vendor: ⟦O|Kentuckiana Medical Equipment⟧ ⟦P|502-555-0101⟧, order ⟦I|KME-4471⟧ — pick up hospital bed (sn ⟦DEV|KME-HB-04471⟧), air mattress, concentrator (sn ⟦DEV|1044719DE⟧), wheelchair, bedside commode. Family asks pickup after funeral ⟦D|Nov 7⟧.
Funeral home: ⟦O|Ratterman Brothers Funeral Home⟧. Medications destroyed by RN ⟦N|Yvette Salyers⟧ witnessed by ⟦N|Margaret Lyle⟧.
`);

note("infusion-intake-phone-note", `
Phone note — ⟦O|Amerita⟧ ⟦C|Wichita⟧ intake · ⟦D|11/05/2099⟧ 16:20 · ⟦N|Jenna Oberholtzer⟧, intake coordinator
Caller: Sister ⟦N|Mary Bernadette Kowalski⟧, RN, infirmary at ⟦O|Sisters of St. Joseph⟧ motherhouse, ⟦S|3700 E Lincoln St⟧, ⟦C|Wichita⟧ ⟦Z|67218⟧, ⟦P|316-555-0140⟧.
Re: Sister ⟦N|Agnes Marie Dvorak⟧, DOB ⟦D|11/20/2007⟧, age ⟦A|92⟧ — new referral for home IV ertapenem x 14 days from Dr. ⟦N|Lisette Nguyen⟧, ⟦H|Ascension Via Christi St. Francis⟧ (⟦P|316-555-0100⟧).
Insurance: Medicare A/B (MBI ⟦HP|8PK2-YH7-QC40⟧), no Part D. Home infusion drug billed under Part A home health? No — explained coverage gap; caller will ask the congregation's treasurer Sr. ⟦N|Rita Haberman⟧.
Next: verify benefits; pharmacist ⟦N|Omar Siddiqui⟧ to call back by ⟦D|11/06⟧ noon.
`);
write();
