// Why this file exists: builds test/fixtures/clinical-notes-38.jsonl, a thirty-eighth labelled set of clinical texts
// written by hand in stop 48 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these texts (fixtures 34 and 36's generators and test file and fixture-io.mjs were read for the
// form and the labels), in the register of AMBULATORY CARE, CORRESPONDENCE AND ADMINISTRATION: clinic letters and
// replies to referring doctors, a well-child note and school, daycare, camp and sports forms, prenatal visits, dental,
// ophthalmology, audiology, podiatry, dermatology and outpatient behavioural-health notes, home-health and hospice
// visits, assisted-living and SNF transfer forms, DME and home-oxygen orders, prior-authorization requests and an
// insurance appeal, disability, FMLA and workers'-compensation forms, return-to-work, jury-duty and school-excuse
// letters, a research consent and a registry abstraction, a release-of-information request, an occupational-health
// exam, an immigration (I-693) exam and a travel-clinic note (12 in ALL CAPS, 12 in lower case, 26 mixed).
// Regions (towns invented or real, states and countries real): Duluth, Sioux Falls, Rapid City, Tacoma, Spokane,
// Boise, Provo, Tulsa, Little Rock, Mobile, Savannah, Asheville, Roanoke, Lancaster, Syracuse, Burlington, Bangor,
// Providence, New Haven, Akron, Dayton, Fort Wayne, Madison, Green Bay, Peoria, Springfield, Des Moines, Lawrence,
// Amarillo, El Paso, Tucson, Albuquerque, Reno, Fresno, Eugene, Anchorage, Hilo, San Juan.
// PHI forms sought: letter salutations and sign-offs ("Dear Dr. Ferreira-Lund,", "Yours sincerely, / Imogen Ashby,
// MB ChB"), cc lines, "Re:" lines, form fields ("PARENT/GUARDIAN:", "EMPLOYEE NAME", "CLAIMANT", "SUBSCRIBER",
// "AUTHORIZED REPRESENTATIVE", "STUDENT", "CAMPER", "BENEFICIARY", "ALIEN NUMBER"), names from many origins (Yoruba,
// Igbo, Hmong, Samoan, Tongan, Marshallese, Pashto, Tamil, Georgian, Basque, Navajo, Lakota, Irish, Welsh, Dutch and
// Portuguese particles, apostrophes, hyphens, nicknames in quotes and parentheses); relatives and guardians; clinicians
// with credentials (OD, DDS, DMD, DPM, AuD, LCSW, LPC, PMHNP-BC, CNM, RD); employers, schools, daycares, camps, leagues,
// insurers, TPAs, DME suppliers, pharmacies, hospices, courts; dates as "14 Mar 2099", "03/14/2099", "3/14/99",
// "2099-03-14", "March 14th", "Mar. 14", "14-MAR-2099", "03.14.99", "the 14th of March", month and year, bare year;
// ages over 89 as "93-year-old", "age 96", "(90 y/o)", "91 yrs", "nonagenarian aged 97"; phones, faxes, extensions;
// emails, URLs, an IP; claim, policy, member, group, subscriber, authorization, case, NPI, DEA, licence, passport,
// A-number, visa, badge, employee, student, registry and study ids; device serials (hearing aids, CPAP, concentrator).
// Hard negatives: drugs and devices (amoxicillin, Latanoprost, Dupixent, Phonak Audeo, ResMed AirSense 11, Inogen One
// G5, Vivitrol), vaccines (MMR, Tdap, Typhim Vi, Ixiaro), scales (PHQ-9, GAD-7, MoCA, Snellen 20/40), codes (E11.9,
// Z02.89, CPT 99213, HCPCS E1390, K0001), public programmes (Medicare, Medicaid, VFC, WIC, SSDI), relative dates.
// Labelling follows fixtures 29-36 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians' and witnesses' initials are PHI; titles, ranks, degrees and cue words stay outside
// the name; "the" stays outside a facility; room, bed, box and bay codes and departments are left unlabelled (an
// apartment or suite written inside the street address stays in the street span); protocol, store, payer (BIN),
// lot-of-drug, form and CPT/HCPCS numbers are left unlabelled; nursing homes, assisted living, hospices with a building,
// clinics with a place name, IHS facilities are HOSPITAL; companies, insurers, TPAs, schools, daycares, camps, leagues,
// churches, pharmacies, agencies, courts, suppliers, practice groups and carriers are ORGANIZATION; counties,
// neighbourhoods and landmarks are LOCATION-OTHER; MRNs and charts are MRN; member, subscriber, group, policy and
// Medicaid numbers HEALTHPLAN; case, claim, authorization, appeal, NPI, DEA, licence, passport, A-number, badge,
// employee, student, registry, study-subject and request numbers ID; user ids USERNAME; serials of devices DEVICE;
// extensions and pagers PHONE.
// Every person, town, street, organisation, facility and number is invented here (states, countries and large cities
// are real, as are a few large hospitals, agencies and companies named as referral places, insurers or employers);
// nothing is copied from any corpus. Label slip fixed after the blind score (no text changed): the year of "Summer
// 2099" had been left unlabelled against fixtures 2-36's rule (the season stays outside, its year is a DATE).
// Inline marks ⟦CODE|text⟧ as in fixtures 3-36 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-38.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-38.jsonl", "make-clinical-fixture-38");

// ======================================================== ALL CAPS (12) ========================================================

note("snf-transfer-form-caps", `
INTERFACILITY TRANSFER FORM (SNF -> ACUTE)          SENDING: ⟦H|PRAIRIE ROSE CARE CENTER⟧, ⟦S|2200 W 41ST ST⟧, ⟦C|SIOUX FALLS⟧ ⟦STATE|SD⟧ ⟦Z|57105⟧
RECEIVING: ⟦H|SANFORD USD MEDICAL CENTER⟧ ED        DATE/TIME SENT: ⟦D|14-MAR-2099⟧ 0615
RESIDENT: ⟦N|TSOSIE-HALVORSEN, LORETTA ANN⟧      AGE: ⟦A|96⟧      DOB: ⟦D|01/30/2003⟧      ROOM 118B
CODE STATUS: DNR/DNI (POLST ON FILE)     POA: SON ⟦N|GUNNAR HALVORSEN⟧ ⟦P|605-555-0162⟧ (CELL) / ⟦P|605-555-0108⟧ (WORK, ⟦O|JOHN MORRELL & CO⟧)
REASON: FEVER 102.4, HR 118, SPO2 86% RA, NEW R BASILAR CRACKLES. LAST SEEN NORMAL ⟦D|03/13/2099⟧ 2200.
ATTENDING AT FACILITY: ⟦N|MARGIT OYEN⟧, MD     NURSE GIVING REPORT: ⟦N|TAYLA REDDOG⟧, LPN  X⟦P|2231⟧
MEDICARE A. SUPPLEMENT ⟦O|WELLMARK BLUE CROSS BLUE SHIELD⟧ MEMBER ⟦HP|WMK77104218⟧.
BELONGINGS SENT: GLASSES, HEARING AIDS (SN ⟦DEV|PH-A90-3381720⟧), DENTURES UPPER.
FORM COMPLETED BY ⟦N|T. REDDOG⟧. TRANSPORT ⟦O|PATIENT TRANSPORT SERVICES OF SIOUX FALLS⟧ UNIT 12.
PHARMACY ⟦O|LEWIS DRUG⟧ ⟦P|605-555-0177⟧. FACILITY MR# ⟦M|PRCC-40018⟧. SENDING RN CELL ⟦P|605-555-0130⟧. ADMITTED TO FACILITY ⟦D|10/04/2097⟧.
`);

note("home-oxygen-order-caps", `
HOME OXYGEN CERTIFICATE OF MEDICAL NECESSITY (CMS-484)        ⟦D|03/14/99⟧
SUPPLIER: ⟦O|BLACK HILLS RESPIRATORY SUPPLY⟧ NPI ⟦I|1437718206⟧   PH ⟦P|605-555-0190⟧  FAX ⟦F|605-555-0191⟧
BENEFICIARY: ⟦N|IRON CLOUD, WENDELL⟧       HICN/MBI ⟦HP|4TK8-WD2-MN71⟧       DOB ⟦D|08-22-1941⟧
ADDRESS: ⟦S|1417 FAIRMONT BLVD⟧, ⟦C|RAPID CITY⟧, ⟦STATE|SD⟧ ⟦Z|57701⟧
QUALIFYING TEST: ABG ⟦D|03/09/2099⟧ PAO2 52 ON RA AT REST, DONE AT ⟦H|MONUMENT HEALTH RAPID CITY HOSPITAL⟧
EQUIPMENT: STATIONARY CONCENTRATOR (HCPCS E1390) + INOGEN ONE G5 PORTABLE, SN ⟦DEV|IG5-2204-77381⟧. 2 LPM CONTINUOUS.
PHYSICIAN: ⟦N|DESMOND OKAFOR-LINDQUIST⟧, DO   NPI ⟦I|1902281734⟧   ⟦O|WESTERN DAKOTA PULMONARY CLINIC⟧
SIGNED ⟦D|MAR 14 2099⟧.  DELIVERY TECH ⟦N|COLTON "BUCK" WHITEHAWK⟧. CAREGIVER DAUGHTER ⟦N|ROSALIE IRON CLOUD⟧ ⟦P|605-555-0147⟧.
PT CELL ⟦P|605-555-0112⟧. ORDER REF ⟦I|BHRS-99-03144⟧. PCP ⟦N|GRETA SVOBODA⟧, PA-C, ⟦H|OGLALA SIOUX LAKOTA PLAZA CLINIC⟧. NEXT RECERT ⟦D|03/2100⟧.
`);

note("workers-comp-first-report-caps", `
EMPLOYER'S FIRST REPORT OF INJURY / PHYSICIAN'S INITIAL REPORT       CLAIM NO. ⟦I|WC2099-0314-55812⟧
EMPLOYER: ⟦O|CASCADE TIMBER PRODUCTS LLC⟧, ⟦S|8800 PORT OF TACOMA RD⟧, ⟦C|TACOMA⟧ ⟦STATE|WA⟧ ⟦Z|98421⟧
CARRIER/TPA: ⟦O|GALLAGHER BASSETT⟧   ADJUSTER ⟦N|MARCELINE DUPREE-AKANA⟧ ⟦P|253-555-0117⟧ EXT ⟦P|409⟧   ⟦E|MDUPREEAKANA@GB.EXAMPLE⟧
EMPLOYEE: ⟦N|FAUMUINA, TAVITA S.⟧     EMP ID ⟦I|CTP-40871⟧     DOI ⟦D|03/11/2099⟧     DOB ⟦D|06/02/1984⟧
JOB: ⟦PROF|FORKLIFT OPERATOR⟧. MECHANISM: PALLET SHIFTED, L ANKLE INVERSION. XR ⟦H|ST. JOSEPH MEDICAL CENTER⟧ NEG FX.
WORK STATUS: SEDENTARY DUTY UNTIL ⟦D|03/25/2099⟧. RECHECK ⟦D|MARCH 25⟧.
TREATING: ⟦N|HYUN-WOO PARK⟧, MD, ⟦O|FRANCISCAN OCCUPATIONAL HEALTH⟧   L&I PROVIDER # ⟦I|PR-0447120⟧
SUPERVISOR ⟦N|DALE KRUEGER⟧ NOTIFIED. WIFE ⟦N|LUSIA FAUMUINA⟧ ⟦P|253-555-0188⟧. HOME ⟦S|3415 E MCKINLEY AVE⟧.
PLANT NURSE ⟦N|ODESSA PRINCE-MALOLO⟧ ⟦P|253-555-0102⟧. REPORT FAXED ⟦D|3/14/99⟧ TO ⟦F|253-555-0118⟧. WITNESS ⟦N|RAUL ESPINOZA-TAUFA⟧.
`);

note("fmla-certification-caps", `
CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (WH-380-F)
SECTION I - EMPLOYER: ⟦O|SPOKANE PUBLIC LIBRARY⟧   HR CONTACT ⟦N|BERNADETTE QUILICI⟧   FAX ⟦F|509-555-0123⟧
EMPLOYEE: ⟦N|AMARA NWACHUKWU-STEELE⟧      EMPLOYEE # ⟦I|SPL-22871⟧
SECTION II - PATIENT: ⟦N|CHUKWUEMEKA NWACHUKWU⟧ (FATHER), AGE ⟦A|91⟧
PROVIDER: ⟦N|SORCHA MACGIOLLA⟧, MD, GERIATRICS, ⟦O|PROVIDENCE MEDICAL GROUP⟧, ⟦S|105 W 8TH AVE STE 6040⟧, ⟦C|SPOKANE⟧ ⟦STATE|WA⟧ ⟦Z|99204⟧
PHONE ⟦P|509-555-0166⟧   FAX ⟦F|509-555-0167⟧
CONDITION BEGAN: ⟦D|JANUARY 2099⟧. PROBABLE DURATION: LIFETIME. INTERMITTENT LEAVE 2 DAYS/MO FOR APPTS AND FLARES.
PT RESIDES AT ⟦H|ROCKWOOD SOUTH HILL⟧ ASSISTED LIVING. NEXT VISIT ⟦D|04.11.99⟧.
SIGNATURE: ⟦N|S. MACGIOLLA⟧ MD      DATE: ⟦D|3/14/2099⟧
EMPLOYEE CELL ⟦P|509-555-0184⟧. PT SSN ON FILE ⟦SSN|532-88-1047⟧. FACILITY NURSE ⟦N|LORNA BIGSBY⟧ ⟦P|509-555-0120⟧.
`);

note("prior-auth-request-caps", `
PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY       REQUEST ID ⟦I|PA-77310442⟧       ⟦D|2099-03-14⟧
PLAN: ⟦O|REGENCE BLUESHIELD OF IDAHO⟧      MEMBER ID ⟦HP|RBI448810273⟧      GROUP ⟦HP|10447-002⟧
PATIENT: ⟦N|ECHEVARRIA ZUBIZARRETA, IÑAKI⟧        DOB ⟦D|11/19/1977⟧       PHONE ⟦P|208-555-0139⟧
DRUG: DUPIXENT 300 MG/2 ML Q2WK. DX L20.9 ATOPIC DERMATITIS, BSA 32%, EASI 28.
FAILED: TRIAMCINOLONE 0.1% (⟦D|2097⟧), TACROLIMUS (⟦D|JUN 2098⟧), CYCLOSPORINE 3 MO (STOPPED ⟦D|12/2098⟧ FOR CREAT RISE).
PRESCRIBER: ⟦N|PERPETUA OLAWALE⟧, MD, FAAD   ⟦O|TREASURE VALLEY DERMATOLOGY⟧   NPI ⟦I|1669027734⟧   DEA ⟦I|FO4418273⟧
CONTACT: ⟦N|KIRRA WALLACE⟧, MA ⟦P|208-555-0170⟧ EXT ⟦P|22⟧   FAX ⟦F|208-555-0171⟧
DISPENSE VIA ⟦O|ACCREDO⟧. PT EMPLOYER ⟦O|MICRON TECHNOLOGY⟧ (BOISE). ADDR ⟦S|5711 W ROOSEVELT ST⟧, ⟦C|BOISE⟧ ⟦Z|83705⟧.
PRIOR PA ⟦I|PA-66120871⟧ DENIED ⟦D|02/02/2099⟧. PT EMAIL ⟦E|INAKI.EZ@MAIL.EXAMPLE⟧. MRN ⟦M|TVD-0448120⟧.
`);

note("i693-exam-caps", `
REPORT OF IMMIGRATION MEDICAL EXAMINATION (I-693) - CIVIL SURGEON WORKSHEET       EXAM DATE ⟦D|14 MAR 2099⟧
APPLICANT: ⟦N|RAHIMZAI, MOHAMMAD NAVEED⟧       A-NUMBER ⟦I|A219-448-107⟧      DOB ⟦D|01 JAN 1990⟧      COUNTRY OF BIRTH ⟦COUNTRY|AFGHANISTAN⟧
PASSPORT ⟦I|P03817724⟧   US ADDRESS ⟦S|6240 S 1100 E⟧, ⟦C|SALT LAKE CITY⟧ ⟦STATE|UT⟧ ⟦Z|84121⟧   PH ⟦P|801-555-0124⟧
IGRA (QFT-PLUS) NEG ⟦D|03/07/2099⟧. CXR NOT REQUIRED. SYPHILIS RPR NR. GONORRHEA NAAT NEG.
VACCINES GIVEN: TDAP, MMR #2, VARICELLA #1, INFLUENZA. HEP B SERIES COMPLETE PER RECORDS FROM ⟦O|INTERNATIONAL ORGANIZATION FOR MIGRATION⟧ ⟦C|KABUL⟧.
CIVIL SURGEON: ⟦N|BENEDIKT SCHWARZENEGGER-ODU⟧, MD   USCIS CS CODE ⟦I|CS-UT-20771⟧   ⟦O|WASATCH REFUGEE AND IMMIGRANT CLINIC⟧
INTERPRETER ⟦N|ZARGHONA SAFI⟧ (PASHTO). SPONSOR/BROTHER ⟦N|AHMAD SHAH RAHIMZAI⟧ ⟦P|801-555-0159⟧, ⟦E|ASRAHIMZAI@MAIL.EXAMPLE⟧.
ENVELOPE SEALED ⟦D|3/14/99⟧ BY ⟦N|BSO⟧.
VISA CASE ⟦I|ISL2099511442⟧. WIFE ⟦N|PALWASHA RAHIMZAI⟧ EXAM ⟦D|03/21/2099⟧. CLINIC PH ⟦P|801-555-0100⟧ FAX ⟦F|801-555-0101⟧.
`);

note("dme-wheelchair-order-caps", `
DETAILED WRITTEN ORDER - MOBILITY       ORDER DATE ⟦D|03/14/2099⟧       PT ⟦N|BOUDREAUX, CLOVIS JOSEPH⟧      MRN ⟦M|OLOL-00981277⟧
ITEM: STANDARD MANUAL WHEELCHAIR K0001, 18" SEAT, ELEVATING LEG RESTS, GEL CUSHION. LENGTH OF NEED 99 MO.
DX: R26.89, I63.9 (CVA ⟦D|11/2098⟧). PT ⟦A|93⟧ YO, LIVES WITH DAUGHTER ⟦N|ANGELLE BOUDREAUX-LANDRY⟧ AT ⟦S|117 RUE ST. JEAN⟧, ⟦C|BREAUX BRIDGE⟧ ⟦STATE|LA⟧ ⟦Z|70517⟧.
F2F VISIT ⟦D|02/27/2099⟧ WITH ⟦N|YVETTE ARCENEAUX⟧, NP AT ⟦H|OUR LADY OF LOURDES REGIONAL MEDICAL CENTER⟧ NEURO CLINIC.
SUPPLIER ⟦O|ACADIANA HOME MEDICAL⟧ ⟦P|337-555-0181⟧. INS: ⟦O|HUMANA GOLD PLUS⟧ ⟦HP|H58110447⟧.
ORDERING PHYSICIAN ⟦N|THIBAULT GUIDRY⟧, MD   NPI ⟦I|1295873340⟧   SIGNED ELECTRONICALLY ⟦D|3/14/99⟧ 1602
PT/OT EVAL BY ⟦N|REMY CHAISSON⟧, DPT (⟦O|ACADIANA THERAPY PARTNERS⟧).
DAUGHTER CELL ⟦P|337-555-0149⟧. SUPPLIER REP ⟦N|DOMINIQUE FONTENOT⟧. PCP ⟦N|AUGUSTIN MOUTON⟧ ⟦D|01/05/2099⟧. DOB ⟦D|12/01/2005⟧.
`);

note("hospice-visit-caps", `
HOSPICE RN VISIT NOTE    AGENCY: ⟦O|HEARTLAND HOSPICE OF NORTHERN ARIZONA⟧    VISIT ⟦D|03/14/2099⟧ 1030-1140
PT: ⟦N|BEGAY, ESTHER YAZZIE⟧   ⟦A|98⟧ Y/O F   DX: END STAGE HEART FAILURE   BENEFIT PERIOD 3, DAY 41
LOCATION: PT HOME, ⟦S|HC 61 BOX 412⟧, ⟦C|TUBA CITY⟧ ⟦STATE|AZ⟧ ⟦Z|86045⟧ (⟦LO|NAVAJO NATION⟧). FAMILY PRESENT: GRANDDAUGHTER ⟦N|SHANIAH BEGAY⟧, SON-IN-LAW ⟦N|LEONARD TSINAJINNIE⟧.
PPS 30%. PAIN 2/10 ON MORPHINE SOLN 5 MG Q4H PRN (3 DOSES/24H). NO DYSPNEA AT REST. SKIN INTACT.
MEDICINE MAN VISIT PLANNED ⟦DAY|SATURDAY⟧ PER FAMILY. CHAPLAIN FR. ⟦N|TOBIAS NAKAI⟧ OFFERED A BLESSING.
IDT: ⟦N|CASSANDRA YELLOWHAIR⟧, RN CASE MANAGER; MD ⟦N|ANSELM FOUTCH⟧; SW ⟦N|DAVINA ATCITTY⟧, LMSW ⟦P|928-555-0145⟧.
ON-CALL LINE ⟦P|928-555-0100⟧. IHS PCP ⟦H|TUBA CITY REGIONAL HEALTH CARE⟧, CHART ⟦M|TCRHC-0077129⟧.
GRANDDAUGHTER CELL ⟦P|928-555-0173⟧. DOB ⟦D|04/09/2000⟧. NEXT VISIT ⟦D|3/17/99⟧ BY ⟦N|C. YELLOWHAIR⟧.
`);

note("sports-preparticipation-caps", `
PREPARTICIPATION PHYSICAL EVALUATION - CLEARANCE FORM         ⟦O|TULSA PUBLIC SCHOOLS⟧ ATHLETICS
STUDENT: ⟦N|WHITECLOUD-MARTINEZ, JAYDEN "JJ"⟧       GRADE 10      SCHOOL ⟦O|BOOKER T. WASHINGTON HIGH SCHOOL⟧
SPORT(S): WRESTLING, TRACK      DOB ⟦D|05/05/2083⟧      STUDENT ID ⟦I|TPS-2208417⟧
PARENT/GUARDIAN: ⟦N|ROXANNE WHITECLOUD⟧ ⟦P|918-555-0114⟧      ALT: GRANDFATHER ⟦N|HOMER WHITECLOUD⟧ ⟦P|918-555-0186⟧
[X] CLEARED FOR ALL SPORTS WITHOUT RESTRICTION   [ ] CLEARED WITH RECOMMENDATIONS   [ ] NOT CLEARED
BP 118/72, SNELLEN 20/20 OU, NO MURMUR SUPINE/STANDING. SKIN: NO TINEA (WRESTLING CHECK).
EXAMINER: ⟦N|OLUFUNMILAYO ADEBAYO-REYES⟧, MD   ⟦O|MORTON COMPREHENSIVE HEALTH SERVICES⟧   ⟦S|603 E PINE ST⟧, ⟦C|TULSA⟧ ⟦STATE|OK⟧ ⟦Z|74106⟧
DATE ⟦D|3-14-2099⟧   ATHLETIC TRAINER ⟦N|BRAXTON OKONKWO⟧, ATC   ⟦E|BOKONKWO@TPSATHLETICS.EXAMPLE⟧
LAST PHYSICAL ⟦D|04/2098⟧ AT ⟦O|CHILDREN'S HEALTH CLINIC OF TULSA⟧. ADDRESS ⟦S|2130 N ROCKFORD AVE⟧, ⟦C|TULSA⟧ ⟦Z|74106⟧. MRN ⟦M|MCHS-550218⟧.
`);

note("insurance-appeal-caps", `
⟦O|ARKANSAS PHYSICIANS NETWORK⟧ - UTILIZATION REVIEW APPEALS           ⟦D|MARCH 14, 2099⟧
TO: ⟦O|AMBETTER FROM ARKANSAS HEALTH & WELLNESS⟧, APPEALS UNIT, ⟦S|PO BOX 25538⟧, ⟦C|LITTLE ROCK⟧, ⟦STATE|AR⟧ ⟦Z|72221⟧
RE: FIRST LEVEL APPEAL - DENIAL LETTER DATED ⟦D|02/26/2099⟧, CLAIM ⟦I|ABT-CLM-9920144718⟧
MEMBER: ⟦N|PHAN, DUY KHANH⟧    MEMBER ID ⟦HP|U7148820193⟧    DOS ⟦D|01/19/2099⟧-⟦D|01/22/2099⟧
SERVICE DENIED: INPATIENT ADMISSION (REVIEWED AS OBSERVATION) AT ⟦H|BAPTIST HEALTH MEDICAL CENTER - LITTLE ROCK⟧.
WE ASK THAT THE DENIAL BE OVERTURNED: PT PRESENTED WITH DKA, PH 7.08, REQUIRED INSULIN INFUSION 31 HOURS, TWO MIDNIGHTS MET.
ATTESTING PHYSICIAN ⟦N|CORDELIA VANTREASE⟧, MD, PHYSICIAN ADVISOR. DIRECT LINE ⟦P|501-555-0153⟧, ⟦E|CVANTREASE@APN.EXAMPLE⟧.
AUTHORIZED REPRESENTATIVE ON FILE: WIFE ⟦N|THI NGOC PHAN⟧. PT DOB ⟦D|7/4/1969⟧. ACCOUNT ⟦I|BH-ACCT-771028⟧.
UR NURSE ⟦N|BRISEIS OKONJO⟧, RN ⟦P|501-555-0161⟧. FAX ⟦F|501-555-0162⟧. PT ADDR ⟦S|1904 W MARKHAM ST⟧, ⟦C|LITTLE ROCK⟧ ⟦Z|72205⟧.
`);

note("research-consent-caps", `
INFORMED CONSENT - SIGNATURE PAGE       STUDY: AMBULATORY BP TELEMONITORING IN RURAL PRIMARY CARE (PROTOCOL 2098-0417)
PARTICIPANT ⟦N|HOLLOWAY-NAKAMURA, GRETCHEN⟧      SUBJECT ID ⟦I|BPT-0093⟧      SITE ⟦O|MOUNTAIN STATES RESEARCH COLLABORATIVE⟧ SITE 04
PARTICIPANT SIGNATURE: ⟦N|GRETCHEN HOLLOWAY-NAKAMURA⟧       DATE ⟦D|03/14/2099⟧
PERSON OBTAINING CONSENT: ⟦N|LEOPOLDO ITURBIDE⟧, CCRC       DATE ⟦D|3/14/99⟧
WITNESS (PT READS BELOW 6TH GRADE LEVEL): ⟦N|OPAL FENWICK⟧     DATE ⟦D|03-14-2099⟧
PI: ⟦N|RAFAEL AYALA-STRÖM⟧, MD, MPH  ⟦P|307-555-0140⟧  IRB: ⟦O|UNIVERSITY OF WYOMING⟧ IRB ⟦P|307-555-0108⟧
CUFF SN ⟦DEV|OMR-BP7-88410223⟧ GIVEN TO PT. STUDY PORTAL ⟦U|HTTPS://BPTELE.MSRC.EXAMPLE/ENROLL⟧, LOGIN ⟦UN|GHNAKAMURA93⟧.
PT ADDRESS ⟦S|409 E 2ND ST⟧, ⟦C|CASPER⟧ ⟦STATE|WY⟧ ⟦Z|82601⟧. CONTACT IF UNREACHABLE: SISTER ⟦N|HEIDI HOLLOWAY⟧ ⟦P|307-555-0199⟧.
COORDINATOR EMAIL ⟦E|LITURBIDE@MSRC.EXAMPLE⟧. PT DOB ⟦D|02/14/1962⟧. PCP ⟦N|AMOS TWOFEATHERS⟧, MD, ⟦H|WYOMING MEDICAL CENTER⟧.
`);

note("audiology-report-caps", `
AUDIOLOGIC EVALUATION      ⟦O|HEARTLAND HEARING & BALANCE⟧, ⟦C|DES MOINES⟧        ⟦D|03.14.2099⟧
PT ⟦N|VAN DER HOEVEN, CORNELIS⟧   ⟦A|90⟧ YRS   REF BY ⟦N|ODALYS FERNÁNDEZ-KIM⟧, MD (⟦O|UNITYPOINT CLINIC⟧ FAMILY MEDICINE - ⟦C|ANKENY⟧)
HX: PROGRESSIVE BILATERAL HL, TINNITUS AU. WORKED 38 YRS AT ⟦O|JOHN DEERE DES MOINES WORKS⟧. WIFE ⟦N|WILHELMINA⟧ REPORTS TV VERY LOUD.
RESULTS: MOD-SEVERE SLOPING SNHL AU, WRS 64% R / 60% L. TYMPS TYPE A AU.
REC: BINAURAL AMPLIFICATION. FIT PHONAK AUDEO L90 R SN ⟦DEV|2271A8841⟧ L SN ⟦DEV|2271A8842⟧ ON ⟦D|03/28/99⟧.
⟦N|MAREN SOLHEIM-BAPTISTE⟧, AUD, CCC-A   LIC ⟦I|AUD-IA-00419⟧
CC: DR. ⟦N|FERNÁNDEZ-KIM⟧ FAX ⟦F|515-555-0182⟧. HOME ⟦S|2810 BEAVER AVE⟧, ⟦C|DES MOINES⟧ ⟦Z|50310⟧. VA CLAIM NO ⟦I|VA-CF-28814470⟧.
PT PH ⟦P|515-555-0129⟧. DOB ⟦D|07/07/2008⟧. DAUGHTER ⟦N|GEERTJE VAN DER HOEVEN-MILLS⟧ ⟦P|515-555-0164⟧.
`);

// ======================================================== lower case (12) ========================================================

note("school-excuse-note-lower", `
to whom it may concern at ⟦O|harrison elementary school⟧ (attn: ms. ⟦N|pennington⟧, front office):
please excuse ⟦N|kaiah nez-whitfield⟧ (dob ⟦D|9/2/2090⟧) from school ⟦D|march 11⟧ through ⟦D|march 13, 2099⟧. she was seen in our clinic for strep pharyngitis and started amoxicillin on ⟦D|3/11⟧. she may return ⟦D|3/14⟧ once afebrile 24 h. no pe restrictions after that.
her mom ⟦N|dezbah nez⟧ can be reached at ⟦P|505-555-0127⟧. questions to our nurse line ⟦P|505-555-0100⟧.
⟦N|wrenna calloway-oduya⟧, pa-c
⟦O|high desert pediatrics⟧ · ⟦S|4401 lomas blvd ne⟧ · ⟦C|albuquerque⟧ ⟦STATE|nm⟧ ⟦Z|87110⟧ · fax ⟦F|505-555-0101⟧
chart ⟦M|hdp-0044192⟧ · ⟦D|14 mar 2099⟧
cc: school nurse ms. ⟦N|arviso⟧ ⟦E|arviso.l@aps.example⟧; pcp dr. ⟦N|jonah begaye⟧.
`);

note("jury-duty-letter-lower", `
⟦D|march 14, 2099⟧
⟦O|superior court of arizona, pima county⟧ · jury commissioner · ⟦S|110 w congress st⟧ · ⟦C|tucson⟧ ⟦STATE|az⟧ ⟦Z|85701⟧
re: request for medical excuse from jury service — juror ⟦N|rosario quintero-bahe⟧, juror id ⟦I|pc-j-2099-118407⟧, summons date ⟦D|april 6, 2099⟧
mr. ⟦N|quintero-bahe⟧ is ⟦A|92⟧ years old and has moderate alzheimer dementia (moca 14/30 on ⟦D|2/20/99⟧). he cannot follow proceedings. i recommend a permanent excuse.
his daughter ⟦N|xochitl quintero⟧ is his guardian (court case ⟦I|gc2097-0441⟧) and may be reached at ⟦P|520-555-0175⟧ or ⟦E|xquintero@mail.example⟧.
sincerely,
⟦N|agustín velarde⟧, md
⟦O|el rio community health center⟧ · ⟦P|520-555-0160⟧
his dob is ⟦D|11/02/2006⟧; chart ⟦M|erchc-448120⟧; he lives at ⟦H|la posada at park centre⟧, ⟦S|350 e river rd⟧, ⟦C|tucson⟧ ⟦Z|85718⟧.
`);

note("dental-progress-lower", `
dental progress note — ⟦D|03/14/2099⟧ — ⟦O|bright smiles family dentistry⟧, ⟦C|provo⟧
pt ⟦N|tevita fifita⟧ (goes by "⟦N|vita⟧"), 34 y/o m. cc: lower right toothache x1 wk, worse w/ cold.
exam: #30 deep mo caries, pa radiolucency. percussion +. dx: symptomatic apical periodontitis #30.
tx today: rct initiated #30 (pulpectomy, ca(oh)2), temp filling. 2 carps lido 2% 1:100k epi. rx ibuprofen 600 + acetaminophen 500 alternating.
provider: dr. ⟦N|moana tuilagi-ashworth⟧, dds · assistant ⟦N|kenzie⟧ · next appt ⟦D|3/28⟧ 9:00 (finish rct + core buildup, crown prep)
ins: ⟦O|delta dental of utah⟧ subscriber ⟦N|salote fifita⟧ (spouse) id ⟦HP|ddu880120447⟧ grp ⟦HP|4471⟧. employer of subscriber: ⟦O|brigham young university⟧.
pt phone ⟦P|801-555-0134⟧ · ⟦S|1190 n 900 e⟧ · ⟦C|provo⟧ ⟦Z|84604⟧ · referred to endo dr. ⟦N|liang⟧ if calcified.
dob ⟦D|4/18/2065⟧ · chart ⟦M|bsfd-11872⟧ · hygienist ⟦N|shaylee oakden⟧, rdh · lab ⟦O|glidewell dental⟧ for crown.
`);

note("therapy-note-lower", `
outpatient therapy progress note · ⟦D|3/14/99⟧ · session 9 · 53 min (cpt 90837)
client: ⟦N|jun-seo "june" albrecht⟧ · dob ⟦D|02/17/1996⟧ · ⟦O|lakeside counseling collective⟧, ⟦C|madison⟧
s: reports panic attacks down from daily to 2x/wk. slept at sister ⟦N|hana⟧'s place after fight with partner ⟦N|devin⟧ on ⟦DAY|saturday⟧. still working at ⟦O|epic systems⟧ remote 3 days.
o: gad-7 11 (was 17). phq-9 8. affect anxious, bright at times. no si/hi.
a/p: continue cbt + interoceptive exposure. coordinate with prescriber ⟦N|imelda oyarzún⟧, pmhnp-bc (sertraline 100). next ⟦D|3/28/2099⟧.
safety plan reviewed; crisis line 988. emergency contact sister ⟦N|hana albrecht⟧ ⟦P|608-555-0141⟧.
⟦N|tobias wendt-okeke⟧, lpc · license ⟦I|lpc-4471-wi⟧ · ⟦E|twendtokeke@lakesidecc.example⟧
client phone ⟦P|608-555-0119⟧ · address ⟦S|2310 atwood ave⟧, ⟦C|madison⟧ ⟦Z|53704⟧ · ins ⟦O|quartz health solutions⟧ ⟦HP|qhs7712048⟧.
`);

note("prenatal-visit-lower", `
prenatal visit · 28w2d · ⟦D|14-mar-2099⟧ · ⟦O|womancare midwives⟧ ⟦C|eugene⟧
g3p2002 ⟦N|annika brightwater-soto⟧, 31. edd ⟦D|june 4, 2099⟧ by 8 wk us (⟦D|10/2/98⟧ at ⟦H|peacehealth sacred heart⟧).
bp 112/70, fh 28, fht 140s, +fm. 1 h gtt 128 (pass). hgb 10.8 → start ferrous sulfate. rh neg → rhogam given today, lot 4471x.
tdap given. birth plan: water birth at ⟦H|nest birth center⟧, doula ⟦N|fern oakley⟧ ⟦P|541-555-0162⟧. partner ⟦N|luis soto⟧ present.
kids ⟦N|odin⟧ (4) and ⟦N|luna⟧ (2) — pediatrician dr. ⟦N|ravikumar⟧ at ⟦O|eugene pediatric associates⟧.
ins: oregon health plan via ⟦O|trillium community health plan⟧ id ⟦HP|ohp-77120448⟧. wic referral sent.
⟦N|saffron meadows⟧, cnm · rtc 2 wk · pt cell ⟦P|541-555-0118⟧ · mrn ⟦M|wcm-22871⟧
partner cell ⟦P|541-555-0176⟧ · dob ⟦D|06/30/2067⟧ · address ⟦S|1870 w 18th ave⟧, ⟦C|eugene⟧ ⟦Z|97402⟧.
`);

note("home-health-visit-lower", `
skilled nursing visit — ⟦O|visiting nurse association of greater providence⟧ — ⟦D|03/14/2099⟧ 13:10-13:55
pt ⟦N|ofelia da silva ramos⟧ (⟦A|94⟧ yrs) at home, ⟦S|88 wickenden st⟧ apt 2, ⟦C|providence⟧ ⟦STATE|ri⟧ ⟦Z|02903⟧. caregiver grandson ⟦N|mateus ramos⟧ present.
wound: sacral stage 3, 2.1 x 1.4 x 0.3 cm, granulating, no odor. cleansed ns, alginate + foam. teach done with ⟦N|mateus⟧.
vs 128/64 p 76 spo2 96%. weight 51.2 kg (down 0.4). portuguese interp via phone ⟦N|conceição⟧ id ⟦I|5581⟧.
notified dr. ⟦N|oyebanji⟧ (pcp, ⟦O|thundermist health center⟧) of weight loss, awaiting callback ⟦P|401-555-0187⟧.
next visit ⟦DAY|tues⟧ ⟦D|3/17⟧. ⟦N|renata kowalski-boateng⟧, rn · agency pager ⟦P|401-555-0199⟧
dob ⟦D|05/13/2004⟧ · agency mrn ⟦M|vna-0091822⟧ · supervisor ⟦N|eileen mcgrath-sousa⟧, rn ⟦E|emcgrath@vnagp.example⟧.
`);

note("travel-clinic-lower", `
travel medicine consult · ⟦D|2099-03-14⟧ · ⟦O|passport health⟧ ⟦C|fresno⟧ · provider ⟦N|gurpreet sandhu-ellis⟧, pharmd
traveler: ⟦N|harjit kaur dhillon⟧, 62 f, traveling to ⟦COUNTRY|india⟧ (punjab, amritsar) ⟦D|apr 2⟧–⟦D|may 20⟧ to visit family; also ⟦COUNTRY|nepal⟧ trek 5 days.
given: typhim vi, hep a #1. rx: malarone not needed for punjab; azithro 1 g for td; acetazolamide for altitude.
companion husband ⟦N|balwinder singh dhillon⟧ (seen separately, chart ⟦M|ph-fr-44718⟧).
passport ⟦I|z7741082⟧ recorded for yellow card. emergency contact son ⟦N|manpreet dhillon⟧ ⟦P|559-555-0144⟧ (works at ⟦O|community regional medical center⟧ lab).
self-pay, receipt ⟦I|rcpt-99-0314-882⟧. follow-up hep a #2 in 6 mo at our ⟦S|7265 n first st⟧ office.
traveler dob ⟦D|7/21/2036⟧ · cell ⟦P|559-555-0108⟧ · address ⟦S|4410 n cedar ave⟧, ⟦C|fresno⟧ ⟦Z|93726⟧ · pcp dr. ⟦N|karamjit bains⟧.
`);

note("ophthalmology-note-lower", `
ophthalmology f/u — ⟦D|3/14/2099⟧ — ⟦O|eye associates of new mexico⟧ — dr. ⟦N|thandiwe mokoena-pratt⟧, md
pt ⟦N|delfina archuleta⟧, 78, poag ou on latanoprost qhs. va cc 20/30 od, 20/40 os. iop 17/19. oct rnfl stable vs ⟦D|sept 2098⟧.
hvf 24-2 os: new inferior arcuate defect. plan: add timolol os, slt os if progression. discussed with daughter ⟦N|marisela archuleta-baca⟧ who drives her.
pt reports refills from ⟦O|smith's pharmacy⟧ on ⟦S|rio grande blvd⟧ are delayed.
return 3 mo. tech ⟦N|kody⟧, cot. scribe ⟦N|a. lucero⟧.
referring optometrist dr. ⟦N|brandon yazzie⟧, od, ⟦O|gallup vision source⟧ — copy faxed ⟦F|505-555-0193⟧. pt ph ⟦P|505-555-0117⟧. mrn ⟦M|eanm-771028⟧.
dob ⟦D|10/05/2020⟧ · address ⟦S|6012 isleta blvd sw⟧, ⟦C|albuquerque⟧ ⟦Z|87105⟧ · ins ⟦O|presbyterian health plan⟧ ⟦HP|phs-448102⟧.
`);

note("daycare-form-lower", `
child care health assessment form (for ⟦O|little acorns early learning center⟧, ⟦S|3019 w main st⟧, ⟦C|kalamazoo⟧)
child: ⟦N|oluwadamilare "dami" fashola⟧ · dob ⟦D|11/30/2096⟧ · age 2 y 3 mo
parent/guardian 1: ⟦N|titilayo fashola⟧ · ⟦P|269-555-0120⟧ · ⟦E|titi.fashola@mail.example⟧
parent/guardian 2: ⟦N|adeyemi fashola⟧ · ⟦P|269-555-0183⟧ · employer ⟦O|stryker⟧
allergies: peanut (anaphylaxis ⟦D|8/2098⟧) — epipen jr x2 to stay at center. asthma: none.
immunizations up to date per mcir printout ⟦D|3/14/99⟧. lead screen neg ⟦D|1/2098⟧.
health care provider: ⟦N|marguerite st. onge⟧, md · ⟦O|bronson pediatrics⟧ · ⟦P|269-555-0150⟧ · signed ⟦D|03/14/2099⟧
center director ⟦N|rosalind achebe-vance⟧ ⟦P|269-555-0100⟧ · child's mrn ⟦M|bp-2288170⟧ · home ⟦S|711 w kalamazoo ave⟧ ⟦Z|49007⟧.
pick-up also by great-grandmother ⟦N|abiodun fashola⟧ (⟦A|90⟧ y/o) and family friend ⟦N|yinka bello⟧ ⟦P|269-555-0131⟧.
`);

note("registry-abstraction-lower", `
cancer registry abstract · ⟦O|great lakes regional tumor registry⟧ · abstractor ⟦N|pj⟧ (⟦N|priyanka joshi-walden⟧, ctr) · ⟦D|03/14/2099⟧
patient ⟦N|wojciechowski, bartholomew⟧ · dob ⟦D|19420611⟧ · accession ⟦I|2099000417⟧ · mrn ⟦M|akr8823104⟧
dx date ⟦D|01/07/2099⟧ · primary site c34.1 rul · histology 8140/3 · stage ct2a n1 m0 (iiib)
facility of dx: ⟦H|summa health akron city hospital⟧ · treating: dr. ⟦N|aurelio castellanos⟧ (rad onc), dr. ⟦N|folasade ilori⟧ (med onc)
first course: chemort starting ⟦D|02/03/2099⟧ at ⟦H|cleveland clinic akron general⟧.
follow-up contact: wife ⟦N|halina wojciechowska⟧ ⟦P|330-555-0171⟧ · address ⟦S|1466 brown st⟧, ⟦C|akron⟧ ⟦Z|44301⟧. vital status alive as of ⟦D|3/1/99⟧.
pt phone ⟦P|330-555-0148⟧ · ssn ⟦SSN|282-41-7790⟧ · reporting facility id ⟦I|fac-0441⟧ · path by dr. ⟦N|nkechi umeh⟧.
`);

note("roi-request-lower", `
authorization for release of protected health information
patient name: ⟦N|ignatius "iggy" o'shaughnessy-bale⟧   dob: ⟦D|04/23/1958⟧   mrn: ⟦M|ucvh-0031187⟧
release from: ⟦H|university of vermont medical center⟧ health information management, ⟦S|111 colchester ave⟧, ⟦C|burlington⟧ ⟦STATE|vt⟧ ⟦Z|05401⟧
release to: ⟦O|lawson, pike & mbeki llp⟧, attn ⟦N|celestine pike⟧, esq., ⟦S|40 college st⟧, ⟦C|burlington⟧ · fax ⟦F|802-555-0158⟧
information: records ⟦D|01/01/2097⟧ to present, imaging reports, billing. purpose: legal (motor vehicle claim ⟦I|gc-99-44710⟧ with ⟦O|geico⟧).
expires: ⟦D|03/14/2100⟧. signature of patient or representative: ⟦N|iggy o'shaughnessy-bale⟧ · date ⟦D|3/14/2099⟧
witness ⟦N|m. dubuque⟧ · request # ⟦I|roi-2099-08812⟧ · pt ph ⟦P|802-555-0136⟧
copy to pt email ⟦E|iggy.osb@mail.example⟧ · processed by ⟦N|hollis treadwell⟧, rhit · logged ⟦D|3/16/99⟧.
web request from ip ⟦IP|172.16.40.118⟧ · pt's mother ⟦N|brigid o'shaughnessy⟧, ⟦A|96⟧, files a separate form.
`);

note("podiatry-note-lower", `
podiatry · routine foot care (q61) · ⟦D|03/14/99⟧ · ⟦O|foot & ankle specialists of the ozarks⟧ ⟦C|springfield⟧
pt ⟦N|everett lonewolf⟧, ⟦A|97⟧ y/o m, dm2 w/ neuropathy (e11.42), pvd. class findings: absent dp/pt pulses, atrophic skin.
debrided nails 1-5 bil (mycotic), pared 2 hyperkeratotic lesions r sub 5th met. no ulcer. monofilament 2/10 sites.
diabetic shoes: cert statement faxed to pcp dr. ⟦N|o'connell-yates⟧ (⟦O|mercy clinic primary care⟧) ⟦F|417-555-0184⟧. shoes via ⟦O|ozarks orthotics & prosthetics⟧.
lives at the ⟦H|villages at hillcrest⟧ assisted living; aide ⟦N|tamsin⟧ accompanied. son ⟦N|jerome lonewolf⟧ ⟦P|417-555-0133⟧.
⟦N|ikaika kahananui⟧, dpm · rtc 9 wk (⟦D|may 16⟧)
dob ⟦D|1/1/2002⟧ · mrn ⟦M|fasoz-40112⟧ · facility nurse ⟦N|bettye crawley⟧ ⟦P|417-555-0106⟧ · address ⟦S|3900 s fremont ave⟧ ⟦Z|65804⟧.
`);

// ======================================================== mixed case (26) ========================================================

note("consult-letter-reply", `
⟦O|Lakeland Gastroenterology Associates⟧
⟦S|2750 Peachtree Industrial Blvd, Suite 300⟧ · ⟦C|Duluth⟧, ⟦STATE|GA⟧ ⟦Z|30097⟧ · Tel ⟦P|770-555-0142⟧ · Fax ⟦F|770-555-0143⟧

⟦D|14 March 2099⟧

Dr. ⟦N|Ifeanyi Ferreira-Lund⟧
⟦O|Gwinnett Family Practice⟧
⟦S|455 Philip Blvd⟧, ⟦C|Lawrenceville⟧, ⟦STATE|GA⟧ ⟦Z|30046⟧

Re: ⟦N|Marisol Achterberg⟧, DOB ⟦D|07/21/1961⟧

Dear Dr. ⟦N|Ferreira-Lund⟧,

Thank you for referring Mrs. ⟦N|Achterberg⟧, whom I saw in clinic today for iron-deficiency anaemia and intermittent melena. Colonoscopy on ⟦D|March 2nd⟧ at ⟦H|Northside Hospital Gwinnett⟧ showed a 2 cm sessile polyp in the ascending colon, removed by EMR; pathology returned a tubulovillous adenoma without high-grade dysplasia. Her ferritin was 6.
I have started ferrous sulfate on alternate days and will repeat the CBC in six weeks. A surveillance colonoscopy is due in ⟦D|March 2100⟧. She asked that results also go to her daughter, ⟦N|Beatriz⟧, who helps manage her appointments.

Yours sincerely,

⟦N|Imogen Ashby⟧, MB ChB, MRCP
Consultant Gastroenterologist
cc: ⟦N|Marisol Achterberg⟧ (patient); ⟦O|Aetna Medicare⟧ (member ⟦HP|W448120773⟧)
Enc: pathology report ⟦I|NHG-S99-04417⟧ · our chart ⟦M|LGA-220871⟧
`);

note("well-child-visit", `
Well Child Visit — 15 months · ⟦D|03/14/2099⟧ · ⟦O|Cedar Valley Pediatrics⟧, ⟦C|Waterloo⟧ ⟦STATE|IA⟧
Patient: ⟦N|Noa Kealamakia-Brennan⟧ · DOB ⟦D|12/10/2097⟧ · MRN ⟦M|CVP-118273⟧
Accompanied by: mother ⟦N|Ululani Kealamakia⟧ and maternal grandmother ⟦N|Pualani⟧ ("Tutu").
Growth: wt 10.4 kg (55th %ile), length 79 cm, HC 46 cm. Development: walks well, 6 words, points to show.
Vaccines today: MMR #1, varicella #1, Hep A #1, PCV20 #4 (VFC). Lead level drawn.
Daycare: attends ⟦O|Kinder Cottage Child Development Center⟧ ⟦DAY|Mon⟧–⟦DAY|Wed⟧; form signed for director Ms. ⟦N|Darlene⟧.
Dad ⟦N|Seamus Brennan⟧ (⟦P|319-555-0128⟧) works at ⟦O|Tyson Fresh Meats⟧; insurance through his employer, ⟦O|Wellmark⟧ ⟦HP|WBC7741882031⟧.
Provider: ⟦N|Oyindamola Eze-Hartley⟧, MD · next WCC at 18 mo (⟦D|June 2099⟧). Nurse ⟦N|Kristy Vogelsang⟧, RN gave vaccines.
Address: ⟦S|2210 Falls Ave⟧, ⟦C|Waterloo⟧ ⟦Z|50701⟧ · Mom's cell ⟦P|319-555-0157⟧ · ⟦E|ulu.kealamakia@mail.example⟧
`);

note("camp-health-form", `
CAMP HEALTH FORM — Summer ⟦D|2099⟧ — ⟦O|Camp Tall Timbers⟧ (⟦C|High Point⟧, ⟦STATE|NC⟧)
Camper: ⟦N|Ezekiel "Zeke" Abernathy-Osei⟧     Date of birth: ⟦D|Aug. 3, 2088⟧     Session 2 (⟦D|July 6⟧ – ⟦D|July 19⟧)
Custodial parent/guardian: ⟦N|Adwoa Osei⟧ — cell ⟦P|(336) 555-0163⟧ — work ⟦P|(336) 555-0190⟧ ext. ⟦P|5512⟧
Second contact: uncle ⟦N|Kofi Abernathy⟧, ⟦C|Greensboro⟧ — ⟦P|336.555.0175⟧
Health insurance: ⟦O|Blue Cross NC⟧ · policyholder ⟦N|Adwoa Osei⟧ · policy # ⟦HP|YPB448201177⟧ · group ⟦HP|88120⟧
Medications at camp: methylphenidate ER 27 mg qAM (bring in original bottle), cetirizine 10 mg daily.
Allergies: bee stings (local reaction only). Swim: yes.
Examined ⟦D|03/14/2099⟧ by ⟦N|Juniper Hollingsworth⟧, FNP-BC, ⟦O|Triad Adult & Pediatric Medicine⟧, ⟦S|1905 N Church St⟧, ⟦C|Greensboro⟧ ⟦Z|27405⟧ · NPI ⟦I|1184467200⟧
Camp nurse ⟦N|Greer Pettigrew⟧, RN · ⟦E|health@talltimbers.example⟧ · camp phone ⟦P|336-555-0100⟧ · home ⟦S|316 Dogwood Trl⟧, ⟦C|Jamestown⟧ ⟦Z|27282⟧
`);

note("return-to-work-letter", `
⟦D|March 14th, 2099⟧

To: Human Resources, ⟦O|Roanoke Valley Transit⟧
Fax: ⟦F|(540) 555-0129⟧

RE: Return to work — ⟦N|Tremaine Lefebvre-Gaines⟧ (employee no. ⟦I|RVT-003184⟧)

Mr. ⟦N|Lefebvre-Gaines⟧ has been under my care since ⟦D|February 19⟧ for a lumbar strain. He may return to work on ⟦D|Mon., March 16⟧ with the following restrictions for four weeks: no lifting over 25 lb, may drive the bus for up to 6 h per shift with a 10-minute break every 2 h. Full duty expected ⟦D|4/13/2099⟧.

Please contact my office with any questions.

⟦N|Cressida Vanterpool⟧, DO
⟦O|Carilion Clinic Family Medicine⟧ — ⟦C|Roanoke⟧ · ⟦P|(540) 555-0101⟧
DOB ⟦D|8/30/1979⟧ · chart ⟦M|CC-7744102⟧ · supervisor ⟦N|Dwayne Furr⟧ ⟦P|540-555-0137⟧
`);

note("disability-form-mixed", `
Attending Physician Statement — Long Term Disability
Insurer: ⟦O|Unum Life Insurance Company of America⟧ · Claim number ⟦I|LTD-9921044718⟧ · Policy ⟦HP|GRP-558120⟧
Claimant: ⟦N|Zurabishvili, Nino⟧ · DOB ⟦D|1975-10-08⟧ · Employer ⟦O|Erie Insurance Group⟧ · Occupation ⟦PROF|claims adjuster⟧
Primary diagnosis: G35 multiple sclerosis, relapsing-remitting; dx ⟦D|Nov 2096⟧ (MRI ⟦H|UPMC Hamot⟧).
Date first treated for this condition: ⟦D|11/09/2096⟧. Last visit: ⟦D|03/10/2099⟧. Next: ⟦D|06/09/2099⟧.
Restrictions: no prolonged computer work >2 h, fatigue limits to 4 h/day total. EDSS 4.0. Unable to work ⟦D|01/15/2099⟧ to at least ⟦D|07/15/2099⟧.
Physician: ⟦N|Levente Horváth-Mensah⟧, MD, neurology · ⟦O|Erie Neurology Associates⟧ · ⟦S|3330 Peach St⟧, ⟦C|Erie⟧ ⟦STATE|PA⟧ ⟦Z|16508⟧ · Tax ID ⟦I|25-1884471⟧ · ⟦P|814-555-0163⟧
Signature: ⟦N|L. Horváth-Mensah⟧ · Date: ⟦D|3/14/2099⟧ · Claimant's husband ⟦N|Giorgi Zurabishvili⟧ may call: ⟦P|814-555-0104⟧
Claimant address ⟦S|918 W 26th St⟧, ⟦C|Erie⟧ ⟦Z|16508⟧ · MRN ⟦M|ENA-0044712⟧
`);

note("dermatology-clinic-note", `
Dermatology — new patient · ⟦D|14/03/2099⟧ · ⟦O|Coastal Skin Institute⟧, ⟦C|Savannah⟧
Referred by Dr. ⟦N|Okonjo-Whitlock⟧ (⟦O|Memorial Health Primary Care⟧) for a changing mole.
HPI: ⟦N|Lachlan Fairweather⟧, 58, landscaper for ⟦O|Chatham County Parks⟧, notes a 9 mm asymmetric pigmented lesion on the L upper back, darker over 3 mo. Brother ⟦N|Callum⟧ had melanoma at 50.
Exam: Fitzpatrick II, extensive solar lentigines. Dermoscopy: atypical network, regression.
Procedure: excisional biopsy with 2 mm margins, path to ⟦O|Dermpath Diagnostics Southeast⟧ (specimen ⟦I|DPD-99-031488⟧).
Plan: results call in 7–10 days to ⟦P|912-555-0146⟧; TBSE q6 mo. Photo stored (image ID ⟦I|IMG-2209-7718⟧).
⟦N|Anouk de Groot-Mbatha⟧, MD, FAAD · MA ⟦N|Tiffani⟧ · pt email ⟦E|lachfair@coastmail.example⟧
DOB ⟦D|05/28/2041⟧ · MRN ⟦M|CSI-448210⟧ · home ⟦S|12 Tattnall St⟧, ⟦C|Savannah⟧ ⟦Z|31401⟧ · wife ⟦N|Moira⟧ ⟦P|912-555-0181⟧
`);

note("behavioral-health-intake", `
Outpatient Behavioral Health — Psychiatric Intake · ⟦D|Mar. 14, 2099⟧ · ⟦O|Bluegrass Mind & Body⟧, ⟦C|Lexington⟧
Identifying data: ⟦N|Harlan "Hank" Stinnett⟧, 44, married, ⟦PROF|long-haul trucker⟧ for ⟦O|Werner Enterprises⟧. Self-referred after his wife ⟦N|Darla⟧ found empty bottles.
Substance: alcohol 10–12 beers/day × 6 yr; last drink ⟦D|3/12⟧. CIWA 6 today. No benzos.
Psych hx: depression since deployment with ⟦O|Kentucky National Guard⟧ (⟦D|2081⟧). Prior treatment at ⟦H|Bourbon Heights VA Clinic⟧; records requested.
Assessment: AUD severe, MDD recurrent moderate. PHQ-9 19, no SI today; C-SSRS negative.
Plan: naltrexone 50 mg; consider Vivitrol; IOP at ⟦H|Ridge Behavioral Health System⟧ (intake ⟦N|Quinton⟧, ⟦P|859-555-0136⟧). AA sponsor ⟦N|Floyd⟧.
Prescriber: ⟦N|Ngozi Achebe-Lindgren⟧, PMHNP-BC · collaborating MD ⟦N|Anselm Kariuki⟧ · next visit ⟦D|3/28/99⟧ · MRN ⟦M|BMB-9017244⟧
Wife's cell ⟦P|859-555-0111⟧ · DOB ⟦D|6/6/2054⟧ · home ⟦S|210 Clays Mill Rd⟧, ⟦C|Lexington⟧ ⟦Z|40503⟧ · ins ⟦O|Humana⟧ ⟦HP|H44718202⟧
Lives with his ⟦A|93⟧-year-old grandmother ⟦N|Opal Stinnett⟧, whom he drives to dialysis.
`);

note("optometry-referral-reply", `
From the desk of ⟦N|Perpetua Nakashima-Ruiz⟧, O.D.
⟦O|Clear View Optometry⟧ · ⟦S|820 Nostrand Ave⟧, ⟦C|Brooklyn⟧, ⟦STATE|NY⟧ ⟦Z|11216⟧

⟦D|3/14/2099⟧

Dear Dr. ⟦N|Abernathy⟧ and colleagues at ⟦H|SUNY Downstate⟧ Retina Service,

I am referring ⟦N|Jean-Baptiste Toussaint⟧ (DOB ⟦D|5/17/1954⟧, Medicaid ⟦HP|QR44718K⟧), a Haitian-born ⟦PROF|retired taxi driver⟧, with new metamorphopsia OS and a subretinal fluid pocket on OCT. VA 20/70 OS, 20/25 OD. He lives with his granddaughter ⟦N|Fabiola⟧ (⟦P|718-555-0133⟧), who interprets Kreyòl.
Please schedule him within the week. Our office reached ⟦N|Shirelle⟧ in your scheduling office at ext. ⟦P|3417⟧.

Warm regards,
⟦N|P. Nakashima-Ruiz⟧, OD · Lic. ⟦I|NY-OD-008834⟧ · ⟦E|drnakashima@clearviewod.example⟧
Pt address ⟦S|1341 Bergen St⟧ Apt 3F, ⟦C|Brooklyn⟧ ⟦Z|11213⟧ · our chart ⟦M|CVO-66102⟧
`);

note("pediatric-school-medication-form", `
Authorization for Medication Administration at School — ⟦O|Anchorage School District⟧
Student: ⟦N|Sione Latu-Fonoti⟧   School: ⟦O|Bartlett High School⟧   Grade: 9   DOB: ⟦D|02/09/2084⟧
Medication: albuterol HFA 90 mcg, 2 puffs q4h PRN wheeze; may self-carry: YES. Before PE: 2 puffs.
Prescriber: ⟦N|Theodora Kuzmenko⟧, MD · ⟦O|Alaska Pediatric Partners⟧ · ⟦P|907-555-0170⟧ · fax ⟦F|907-555-0171⟧
Prescriber signature ⟦N|T. Kuzmenko⟧ · Date ⟦D|3/14/2099⟧
Parent/guardian: ⟦N|Mele Latu⟧ · ⟦P|907-555-0122⟧ · home ⟦S|4560 Boniface Pkwy⟧ #12, ⟦C|Anchorage⟧ ⟦Z|99504⟧
School nurse: ⟦N|Rhiannon Tsosie-Briggs⟧, RN · ⟦E|tsosiebriggs_r@asdk12.example⟧
Student ID ⟦I|ASD-1144207⟧ · MRN ⟦M|APP-0098812⟧ · father ⟦N|Viliami Fonoti⟧ ⟦P|907-555-0155⟧
`);

note("occupational-health-exam", `
Occupational Health — Pre-placement / Respirator Clearance · ⟦D|2099-03-14⟧ · ⟦O|WorkWell Occupational Medicine⟧, ⟦C|Green Bay⟧
Employee: ⟦N|Pa Houa Vang⟧ · hire employer ⟦O|Georgia-Pacific⟧ · badge ⟦I|GP-GB-77120⟧ · DOB ⟦D|9/9/1992⟧
Exam: audiogram baseline normal; spirometry FEV1 96% pred; OSHA respirator questionnaire reviewed. Fit test (N95 3M 1870+) passed. TB IGRA neg.
Drug screen: DOT 5-panel collected, chain of custody form ⟦I|CCF-4471208⟧, MRO ⟦N|Lionel Abrahamsen⟧, MD.
Cleared for: full duty, respirator class: half-face APR. Restrictions: none.
Examiner ⟦N|Xiong Lor⟧, PA-C · supervisor contact at employer: ⟦N|Janelle Birchard⟧ ⟦P|920-555-0138⟧ · results e-mailed to ⟦E|ehs.greenbay@gp.example⟧
Emergency contact: husband ⟦N|Tou Vang⟧ ⟦P|920-555-0161⟧ · home ⟦S|1215 Cherry St⟧, ⟦C|Green Bay⟧ ⟦STATE|WI⟧ ⟦Z|54301⟧
Clinic MRN ⟦M|WW-77102⟧ · employee phone ⟦P|920-555-0144⟧ · hiring manager ⟦N|Brent Ostrowski⟧
`);

note("appeal-letter-patient", `
⟦N|Marguerite Oyelaran-Whitby⟧
⟦S|27 Larkspur Lane⟧
⟦C|Bangor⟧, ⟦STATE|ME⟧ ⟦Z|04401⟧
⟦D|March 14, 2099⟧

⟦O|Anthem Blue Cross and Blue Shield⟧
Grievances and Appeals, ⟦S|P.O. Box 105568⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30348⟧

Member ID: ⟦HP|ZZM447182091⟧ · Reference: ⟦I|APL-2099-0227-55⟧

To the Appeals Committee:
I am writing to appeal your denial of coverage for my continuous glucose monitor. My endocrinologist, Dr. ⟦N|Ruairí Mac an tSaoir⟧ at ⟦H|Northern Light Eastern Maine Medical Center⟧, prescribed it after two episodes of severe hypoglycaemia (one requiring an ambulance on ⟦D|Jan. 28⟧). His letter of medical necessity is enclosed, together with my glucose log since ⟦D|December⟧.
I can be reached at ⟦P|207-555-0119⟧ or ⟦E|moyelaranwhitby@mail.example⟧. My husband, ⟦N|Peregrine Whitby⟧, is authorized to speak for me.

Sincerely,
⟦N|Marguerite Oyelaran-Whitby⟧
`);

note("hospice-admission-mixed", `
Hospice Admission — ⟦O|Compassus⟧ ⟦C|Lancaster⟧ · ⟦D|03/14/2099⟧ · Admitting RN ⟦N|Beatrix Stoltzfus-Amankwah⟧
Patient ⟦N|Jacob Esh⟧, 89, Old Order Amish, dx metastatic pancreatic cancer. Lives in the dawdi haus at ⟦S|3318 Old Philadelphia Pike⟧, ⟦C|Ronks⟧ ⟦STATE|PA⟧ ⟦Z|17572⟧ with wife ⟦N|Sarah Esh⟧ (⟦A|90⟧).
No telephone in home; family phone shanty, messages to neighbour ⟦N|Levi King⟧ ⟦P|717-555-0148⟧ or son ⟦N|Amos Esh⟧ at ⟦O|Esh Harness Shop⟧ ⟦P|717-555-0192⟧.
Attending: Dr. ⟦N|Wendeline Fischbach⟧ (⟦O|Lancaster General Health Physicians⟧). Self-pay per community; church fund through ⟦O|Amish Aid Society⟧.
Meds: oxycodone 5 mg q4h prn, senna. DME: hospital bed from ⟦O|Keystone Medical Supply⟧, delivered ⟦D|3/15⟧.
Chaplain ⟦N|Reuben Zook⟧ offered; family declined. Next RN visit ⟦DAY|Tuesday⟧. Hospice MR# ⟦M|CPS-LAN-22091⟧.
DOB ⟦D|5/1/2009⟧ · daughter-in-law ⟦N|Miriam Esh⟧ · referral from ⟦H|Lancaster General Hospital⟧ ⟦D|3/12/99⟧ · liaison ⟦N|Tova Brandeis⟧ ⟦P|717-555-0103⟧
`);

note("assisted-living-transfer", `
Assisted Living → Hospital · Resident Information Sheet
Facility: ⟦H|Willowbrook Senior Living⟧ · ⟦S|1100 Woodmere Dr⟧ · ⟦C|Dayton⟧, ⟦STATE|OH⟧ ⟦Z|45459⟧ · Nurse's station ⟦P|937-555-0115⟧
Resident: Mrs. ⟦N|Philomena Achampong-Reilly⟧ · Apt 214 · Age: ⟦A|99⟧ · DOB ⟦D|April 2, 1999⟧
Sent to: ⟦H|Kettering Health Main Campus⟧ via ⟦O|Centerville Fire Department⟧ medic, ⟦D|3/14⟧ at 07:45.
Why: unwitnessed fall, L hip pain, unable to bear weight. On Eliquis.
Responsible party: niece ⟦N|Comfort Achampong⟧ (⟦P|937-555-0181⟧; ⟦E|comfort.a@mail.example⟧). Pastor Rev. ⟦N|Emeka Duru⟧ also on list.
Primary physician: ⟦N|Ludmila Petrosyan⟧, MD (visits ⟦DAY|Thursdays⟧). Pharmacy: ⟦O|Omnicare⟧ of ⟦C|Dayton⟧.
Completed by ⟦N|Keisha Marrow-Danforth⟧, LPN, wellness director.
Facility fax ⟦F|937-555-0116⟧ · resident ID ⟦M|WBSL-2144⟧ · Medicare number on face sheet.
`);

note("dental-referral-letter", `
⟦O|Sunrise Pediatric Dentistry⟧ — ⟦S|9125 Gateway Blvd W⟧, ⟦C|El Paso⟧, ⟦STATE|TX⟧ ⟦Z|79925⟧ — ⟦P|915-555-0151⟧

⟦D|14 Mar 2099⟧
Referral to Oral & Maxillofacial Surgery — Dr. ⟦N|Salvatore Iannuzzi-Ochoa⟧, DMD, ⟦O|Franklin Mountain Oral Surgery⟧

Patient: ⟦N|Ximena Tzul Caal⟧, age 12 (DOB ⟦D|10/30/2086⟧)
Reason: impacted #6 (maxillary right canine), palatal position on CBCT ⟦D|3/2/99⟧. Requesting exposure and bonding; ortho with Dr. ⟦N|Ha-eun Seo⟧ (⟦O|Sun City Orthodontics⟧).
Medical: healthy; no allergies. Parents speak K'iche' and Spanish; father ⟦N|Baltazar Tzul⟧ ⟦P|915-555-0177⟧.
Insurance: Texas CHIP via ⟦O|El Paso Health⟧, member ⟦HP|EPH-4418820⟧.
Thank you,
⟦N|Alondra Varela-Kim⟧, DDS, MS
Pt address ⟦S|7700 Alameda Ave⟧, ⟦C|Socorro⟧ ⟦STATE|TX⟧ ⟦Z|79927⟧ · mother ⟦N|Rosalía Caal Choc⟧ · chart ⟦M|SPD-30177⟧
`);

note("fmla-employee-letter", `
Date: ⟦D|03/14/2099⟧
To: ⟦O|Sedgwick Claims Management Services⟧ (leave administrator for ⟦O|Walmart Inc.⟧) · Leave case ⟦I|SED-LV-99881041⟧
Employee: ⟦N|Oksana Petrenko-Ward⟧, associate #⟦I|WM-20441877⟧, store #1124 (⟦C|Fort Wayne⟧)
Condition: pregnancy with hyperemesis gravidarum; estimated due date ⟦D|08/29/2099⟧.
Incapacity: continuous leave ⟦D|3/9/2099⟧ through ⟦D|4/5/2099⟧, then intermittent: up to 2 episodes/week, 1 day each, plus prenatal visits every 2–4 weeks.
Certifying provider: ⟦N|Gwendolyn Adebisi⟧, CNM, ⟦O|Parkview Women's Health⟧, ⟦S|11141 Parkview Plaza Dr⟧, ⟦C|Fort Wayne⟧ ⟦STATE|IN⟧ ⟦Z|46845⟧ · ⟦P|260-555-0110⟧ · fax ⟦F|260-555-0111⟧
Supervising OB: ⟦N|Marek Szczepański⟧, MD.
Employee DOB ⟦D|11/11/1993⟧ · phone ⟦P|260-555-0147⟧ · MRN ⟦M|PWH-4410877⟧ · store manager ⟦N|Curtis Beaudry⟧
`);

note("prenatal-visit-mixed", `
OB visit · 36w0d · ⟦D|Mar 14, 2099⟧ · ⟦H|Hilo Medical Center⟧ Women's Clinic
⟦N|Leimomi Kahale-Fujioka⟧, 27, G1P0. BP 124/78. Urine neg. FH 35. FHR 142. Vertex by Leopold's.
GBS swab collected. Discussed TOLAC n/a (primip). Birth plan: epidural if needed; support person partner ⟦N|Kenji Fujioka⟧ (⟦P|808-555-0173⟧), sister ⟦N|Kawena⟧.
Pediatrician selected: Dr. ⟦N|Aolani Medeiros⟧ at ⟦O|Keiki Health Hawaii⟧. Car seat: yes.
Labs ⟦D|2/28⟧: Hgb 11.2, plt 198. Tdap given ⟦D|2/14/99⟧.
Return 1 week. ⟦N|Rosalind Kekumu⟧, CNM · MRN ⟦M|HMC-0827744⟧ · EDD ⟦D|04/11/2099⟧ · ⟦O|HMSA⟧ QUEST ⟦HP|HQ882014773⟧.
Address ⟦S|85 Kinoole St⟧, ⟦C|Hilo⟧ ⟦Z|96720⟧ · DOB ⟦D|9/9/2071⟧ · pt cell ⟦P|808-555-0126⟧
`);

note("cpap-dme-order-mixed", `
Order — CPAP/supplies · Patient: ⟦N|Ambrose Killeen-Ndiaye⟧ · DOB ⟦D|06-19-1970⟧ · ⟦O|Intermountain Health⟧ Sleep, ⟦C|Murray⟧ ⟦STATE|UT⟧
Dx G47.33 OSA, AHI 38 on PSG ⟦D|02/22/2099⟧ (study # ⟦I|PSG-99-02220418⟧).
Device: ResMed AirSense 11 AutoSet, 5–15 cm H2O, heated humidifier; mask F20 medium. Serial ⟦DEV|23171188420⟧ (filled in by supplier).
Supplier: ⟦O|Lincare⟧ · ⟦S|4760 S Highland Dr⟧, ⟦C|Salt Lake City⟧ · ⟦P|801-555-0156⟧ · RT ⟦N|Brigham Tueller⟧.
Compliance download via ⟦U|https://airview.resmed.example/pt/ak1970⟧ at 31 and 90 days.
Ordering: ⟦N|Soraya Haddad-Pierce⟧, MD · NPI ⟦I|1730442918⟧ · signed ⟦D|3/14/99⟧
Insurance ⟦O|SelectHealth⟧ ⟦HP|SH-11047720⟧ · wife ⟦N|Trudi⟧ (bed partner) reported apneas.
Pt phone ⟦P|801-555-0183⟧ · MRN ⟦M|IH-44710298⟧ · home ⟦S|5820 S Vine St⟧, ⟦C|Murray⟧ ⟦Z|84107⟧
`);

note("audiology-pediatric-mixed", `
Pediatric audiology — ⟦H|Children's Hospital Colorado⟧, ⟦C|Aurora⟧ · ⟦D|3/14/2099⟧
Patient: ⟦N|Mateo Ruiz-Bighorse⟧, 4 y, referred by school screening at ⟦O|Aurora Public Schools⟧ preschool (nurse ⟦N|Bettina Lowe⟧).
Results: bilateral flat tympanograms (type B), VRA thresholds 35 dB HL. Consistent with bilateral OME.
Plan: ENT referral to Dr. ⟦N|Kwabena Asante-Moore⟧; recheck after treatment. Classroom seating near teacher.
Parents ⟦N|Ana Ruiz⟧ and ⟦N|Raymond Bighorse⟧ (⟦P|303-555-0145⟧) present. Interpreter not needed.
⟦N|Delphine Archambeau⟧, Au.D., CCC-A · ⟦N|DA⟧ · MRN ⟦M|CHCO-2288147⟧ · Medicaid ⟦HP|P447182⟧
DOB ⟦D|08/17/2094⟧ · home ⟦S|1455 Dayton St⟧, ⟦C|Aurora⟧ ⟦Z|80010⟧ · grandmother ⟦N|Loretta Bighorse⟧
`);

note("insurance-prior-auth-imaging", `
Prior authorization — advanced imaging · submitted ⟦D|2099-03-14⟧ 10:22 via ⟦O|Evolent⟧ portal (case ⟦I|EV-99-7712048⟧)
Health plan: ⟦O|Priority Health⟧ · member ⟦HP|PH9920117734⟧ · subscriber ⟦N|Dorian Castellanos⟧ (spouse)
Patient: ⟦N|Yesenia Castellanos-Mott⟧ · DOB ⟦D|04/04/1980⟧
Requested: MRI lumbar spine w/o contrast (CPT 72148). Hx: L5 radiculopathy 8 wk, failed 6 wk PT at ⟦O|Athletico Physical Therapy⟧ and NSAIDs; new foot weakness 4/5.
Ordering: ⟦N|Rutendo Makoni-Hayes⟧, DO · ⟦O|Spectrum Health Medical Group⟧ Spine · NPI ⟦I|1023448817⟧ · ⟦P|616-555-0198⟧
Rendering facility: ⟦H|Corewell Health Blodgett Hospital⟧ imaging.
Status: pended for clinical review; reviewer Dr. ⟦N|Aiken⟧ call-back line ⟦P|888-555-0142⟧ ext ⟦P|77⟧.
Pt phone ⟦P|616-555-0153⟧ · MRN ⟦M|SHMG-0772041⟧ · address ⟦S|1520 Plainfield Ave NE⟧, ⟦C|Grand Rapids⟧ ⟦Z|49505⟧
`);

note("sports-concussion-letter", `
Concussion — Return to Learn / Return to Play · ⟦D|3-14-99⟧
Athlete: ⟦N|Brynjar Olafsson-Tate⟧ · ⟦O|Boise State University⟧ men's hockey (club) · Student ID ⟦I|BSU-114770283⟧
Injury: ⟦D|2/27/2099⟧ vs ⟦O|University of Utah⟧; SCAT6 symptom score 34 → 3 today.
Academic accommodations through ⟦D|3/21⟧: extended time, no more than 1 exam/day. Contact ⟦N|Keziah Morningstar⟧, Educational Access Center, ⟦E|kmorningstar@boisestate.example⟧.
Return to play: begin stage 2 (light aerobic) today; ATC ⟦N|Colm Ó Briain⟧ supervises.
Physician: ⟦N|Tamar Ben-Haim⟧, MD, CAQSM · ⟦O|St. Luke's Sports Medicine⟧ · ⟦P|208-555-0165⟧
Parent: ⟦N|Sigrún Olafsdóttir⟧ ⟦P|+354 555 0412⟧ (⟦COUNTRY|Iceland⟧).
DOB ⟦D|01/30/2079⟧ · team physician cc Dr. ⟦N|Roald Engstrom⟧ · injury report ⟦I|BSU-IR-2099-0227⟧
`);

note("vision-screening-letter", `
Dear Parent/Guardian of ⟦N|Amarachi Obi-Sørensen⟧,
Your child was screened at ⟦O|Westwood Middle School⟧ on ⟦D|the 14th of March⟧ and did not pass the distance vision test (right eye 20/50). Please take this form to an eye doctor. Free exams are offered through ⟦O|Lions Club of Gainesville⟧ — call Mr. ⟦N|Thaddeus Brock⟧ at ⟦P|352-555-0139⟧.
Eye doctor: please complete and return to school nurse ⟦N|Ophelia Wainwright⟧, RN, fax ⟦F|352-555-0140⟧.
Examining doctor ______________  Diagnosis ______________  Glasses prescribed: Y / N
Student #: ⟦I|ACPS-6619207⟧ · Homeroom 7B · ⟦O|Alachua County Public Schools⟧
Screened by ⟦N|Beulah Fairclough⟧ (volunteer) · school phone ⟦P|352-555-0100⟧ · DOB ⟦D|5/5/2087⟧
`);

note("immunization-exemption-travel", `
Travel clinic — pre-travel consultation · ⟦D|03/14/2099⟧ · ⟦H|Mayo Clinic Health System⟧ – ⟦C|La Crosse⟧ Travel & Tropical Medicine
Traveler: ⟦N|Olumide Adesanya⟧, 41, with daughter ⟦N|Ife⟧ (9) — to ⟦COUNTRY|Nigeria⟧ (⟦C|Lagos⟧, ⟦C|Ibadan⟧) ⟦D|4/10/99⟧–⟦D|5/8/99⟧ for a wedding.
Yellow fever vaccine (YF-Vax) given to both; ICVP stamped, certificate numbers ⟦I|ICVP-LX-224718⟧ and ⟦I|ICVP-LX-224719⟧. Typhoid oral (Vivotif) dispensed. Malaria: atovaquone-proguanil.
Employer travel request from ⟦O|Trane Technologies⟧ — letter for HR (Ms. ⟦N|Kristin Aaberg⟧) provided.
Wife ⟦N|Yetunde Adesanya⟧ was seen ⟦D|3/12⟧. Clinician: ⟦N|Hallvard Bergstrøm⟧, MD, CTropMed · next of kin ⟦P|608-555-0123⟧.
Traveler DOB ⟦D|4/4/2057⟧ · MRN ⟦M|MCHS-LX-3318827⟧ · address ⟦S|1520 Cass St⟧, ⟦C|La Crosse⟧ ⟦Z|54601⟧ · cell ⟦P|608-555-0171⟧
`);

note("ssdi-medical-source-statement", `
Medical Source Statement (Physical) — requested by ⟦O|Wisconsin Disability Determination Bureau⟧
Claimant: ⟦N|Rosalind Tuuamalemalo⟧ · SSN ⟦SSN|387-44-1902⟧ · DOB ⟦D|01/06/1968⟧ · Request ID ⟦I|DDB-2099-0311-4471⟧
Treating source since ⟦D|2091⟧: ⟦N|Vytautas Grybauskas⟧, MD, rheumatology, ⟦O|Aurora Health Care⟧ – ⟦C|Milwaukee⟧ · ⟦P|414-555-0102⟧
Diagnoses: seropositive RA with erosions; fibromyalgia. Sit 2 h, stand/walk <2 h per 8-h day; lift 10 lb occasionally; off task 20%; absent >4 days/mo.
Earliest date these limitations apply: ⟦D|09/2097⟧.
Completed ⟦D|3/14/2099⟧. Claimant's representative: ⟦N|Ignacio Benavídez⟧, Esq., ⟦O|Benavídez Disability Law⟧, ⟦P|414-555-0188⟧.
Claimant address ⟦S|3127 S 13th St⟧, ⟦C|Milwaukee⟧ ⟦Z|53215⟧ · phone ⟦P|414-555-0135⟧ · MRN ⟦M|AHC-9910724⟧
Claimant cares for her father, ⟦A|91⟧ yrs, at home; her sister ⟦N|Faleolo Tuuamalemalo⟧ helps on weekends.
`);

note("hospice-bereavement-letter", `
⟦D|March 14, 2099⟧
Dear ⟦N|Winifred⟧ and family,
All of us at ⟦H|Hospice House of the Ozarks⟧ were honoured to care for ⟦N|Augustus "Gus" Pemberton⟧ in his final days. He was ⟦A|101⟧ years young and told our nurse ⟦N|Shawna⟧ stories of his years at ⟦O|Frisco Railroad⟧ every morning.
Our bereavement coordinator, ⟦N|Lucinda Oyelowo⟧, MSW, will call you in the coming weeks. Our support group meets ⟦DAY|Wednesdays⟧ at ⟦O|First Presbyterian Church⟧, ⟦S|410 W Walnut St⟧, ⟦C|Springfield⟧. You can also reach us at ⟦P|417-555-0116⟧ or ⟦U|www.hospicehouseozarks.example/grief⟧.
With sympathy,
Dr. ⟦N|Henrik Sandvik⟧, Medical Director, and the care team
Family contact on file: ⟦N|Winifred Pemberton-Hale⟧, ⟦S|2918 E Sunshine St⟧, ⟦C|Springfield⟧ ⟦Z|65804⟧ · ⟦P|417-555-0152⟧
`);

note("phone-message-referral-reply", `
Referral status reply — ⟦D|3/14/2099⟧ — from ⟦O|Pikes Peak Neurology⟧ intake (⟦N|Gemma⟧) to ⟦O|Peak Vista Community Health Centers⟧ (referring PCP Dr. ⟦N|Okafor⟧; RC ⟦N|Trish Sandoval⟧)
Pt ⟦N|Kwadwo Asamoah-Wright⟧ (DOB ⟦D|12/24/1963⟧; Health First Colorado ⟦HP|K4418207⟧) scheduled ⟦D|April 2nd⟧ 2:15 PM with Dr. ⟦N|Mirela Cojocaru⟧ for tremor eval.
Please send: last 2 notes, MRI brain (done ⟦D|Feb '99⟧ at ⟦O|Touchstone Imaging⟧), and TSH. Fax ⟦F|719-555-0172⟧. Ref # ⟦I|PPN-R-0044812⟧.
If the pt needs transport, ⟦O|Mountain Metropolitan Transit⟧ Access-a-Ride: ⟦P|719-555-0109⟧.
Pt phone ⟦P|719-555-0166⟧ · address ⟦S|2430 E Pikes Peak Ave⟧, ⟦C|Colorado Springs⟧ ⟦Z|80909⟧ · son ⟦N|Kofi Asamoah⟧
`);

note("research-registry-followup", `
Registry follow-up call — ALS registry (⟦O|Northwest ALS Clinic Consortium⟧) · coordinator ⟦N|Fiorella Mancuso⟧ · ⟦D|14.03.2099⟧
Participant ⟦N|Dwight Oyama-Clarke⟧ · registry no. ⟦I|NWALS-00417⟧ · enrolled ⟦D|Oct 2097⟧
Spoke with wife ⟦N|Haruko⟧ (primary caregiver) at ⟦P|541-555-0150⟧. ALSFRS-R 29 (was 33). BiPAP nightly (serial ⟦DEV|RB-V30-88120⟧). PEG placed ⟦D|2/2/99⟧ at ⟦H|Oregon Health & Science University⟧.
Next in-person clinic ⟦D|4/21/2099⟧ with Dr. ⟦N|Søren Vestergaard⟧. Consent to share with ⟦O|Les Turner ALS Foundation⟧ bank: yes.
Participant's email ⟦E|doyamaclarke@mail.example⟧; daughter ⟦N|Aiko Oyama-Clarke⟧ in ⟦C|Corvallis⟧ is secondary contact.
Participant DOB ⟦D|3/3/2031⟧ · address ⟦S|4472 NW Witham Hill Dr⟧, ⟦C|Corvallis⟧ ⟦Z|97330⟧ · neurologist fax ⟦F|503-555-0190⟧
Participant's mother, a nonagenarian aged ⟦A|97⟧, lives with them in ⟦C|Philomath⟧.
`);

write();
