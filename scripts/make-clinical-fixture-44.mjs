// Why this file exists: builds test/fixtures/clinical-notes-44.jsonl, a forty-fourth labelled set of clinical texts
// written by hand in stop 51 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 41 and 42's generators, fixture-io.mjs, stop 50's fx50 and fy50 sections of
// docs/names-rounds.md and the opening comments of the other generators were read for the form, the labels and the
// registers already held), in the register of PUBLIC, OCCUPATIONAL AND INSTITUTIONAL HEALTH, which no earlier fixture
// holds as a whole (fixture 40 holds some of its note kinds among the care at the hospital's edges, fixture 42 a school
// nurse's log and a 504 plan among family care): county-jail receiving screenings, sick-call slips and responses, jail
// and prison transfer summaries, a suicide-watch log and a re-entry discharge plan; a federal detention transfer and an
// asylum medical affidavit; school nurse logs, texts and a 504 plan; college health visits, an immunization hold letter
// and portal messages; occupational health (pre-placement, respirator clearance, lead surveillance, a fire
// department's annual physical), workers' compensation (an employer's first report of injury, work-status and
// return-to-work notes, a physician's progress report, an adjuster's e-mails; employers, carriers, TPAs and claim
// numbers), a DOT driver's examination and a post-accident MRO verification; travel-clinic pre-travel and returning
// traveller visits; immigration (I-693) civil-surgeon exams and a vaccination follow-up letter; domestic refugee health
// screenings with resettlement caseworkers; public-health case investigations and contact tracing (measles, hepatitis A
// in a food handler, salmonella, lead), TB case management and video DOT logs; disaster-shelter medicine (a hurricane
// shelter log, a Red Cross health-services note, volunteers' chat); sports medicine for teams (a college team's
// injury report, a game-day log, a concussion return-to-play plan, an athletic trainer's chat). 15 in ALL CAPS, 8 in
// lower case (texts, chats, e-mails, portal messages), the rest mixed.
// Regions (towns invented or real, states and countries real): Bakersfield and Delano, Des Moines and Coralville,
// Torrington, Port Arthur and Nederland, Grand Forks and Fargo, El Paso and Chaparral, Las Cruces, Wichita, Garden City
// and Holcomb, Lawrence, Union Gap, Lake Charles, Joplin, Monett and Carthage, Lubbock and Seminole, Missoula and
// Browning, Cedar Rapids, Marshalltown, Rochester, Stockton, Chattanooga, Chicago, Green Bay, Eau Claire, Allentown and
// Lyon Station, Reno, Scranton, Wilkes-Barre and Honesdale, Binghamton and Clifton Park, Atlanta and Brookhaven, Twin
// Falls, Eugene, Toledo, Redding, Shasta Lake and Medford, Macon, Augusta, Gulfport, Biloxi and D'Iberville, Evansville,
// Kayenta and Flagstaff, Minneapolis and Eden Prairie, Bismarck, Santa Barbara and Fremont, Falmouth, Pago Pago and
// Tafuna; abroad Port-au-Prince, Goma, Maracaibo, San Juan Ostuncalco, Herat, Kandahar, Mashhad, Lagos, Enugu, Accra,
// Dhaka, Sylhet, Cox's Bazar, Yangon, and camps (Kiziba, Mae La, Kutupalong).
// PHI forms sought: names of many origins (Congolese and Rwandan, Afghan, Rohingya, Venezuelan and Mexican with two
// surnames, Guatemalan Mam, Somali, Karen and Burmese, South Sudanese, Vietnamese, Hmong, Punjabi, Nigerian, Ghanaian,
// Haitian, Samoan and Tongan, Polish, Ukrainian, Lakota, Blackfeet, Navajo, Mennonite, Appalachian, Cajun), nicknames in quotes and parentheses, hyphenated and particle surnames,
// surnames alone after a rank or title ("OFC. TRAMMELL", "Sgt. Oyelaran", "coach petrakis", "CO MENDEZ"),
// "LAST, FIRST" rosters; dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14", "March 14th", "Mar 14", "14 March
// 2099", month and year, a bare month, a bare year; ages over 89 as "93 YOF", "age 91", "(92)", "94 y/o"; phones,
// faxes, extensions, pagers, emails, URLs; booking, inmate, DOC, SO, A-numbers, receipt, passport, UNHCR,
// claim, carrier policy, WCB and case numbers, DOT National Registry, CDL and certificate numbers, CCF and specimen ids,
// student ids, badge and employee numbers, outbreak and contact ids, RVCT and TB register numbers, shelter client
// numbers; Medicaid, Medicare and member numbers; MRNs; device serials (glucometers, a CPAP, a hearing aid, an insulin pump,
// a fit-test counter).
// Hard negatives: drugs and vaccines (isoniazid, rifapentine, 3HP, 4R, RIPE, pyridoxine, levetiracetam, metformin,
// insulin glargine, amlodipine, lisinopril, albuterol, amoxicillin, ibuprofen, naproxen, sertraline, Adderall XR,
// ferrous sulfate, ceftriaxone, azithromycin, atovaquone-proguanil (Malarone), albendazole, praziquantel, ivermectin,
// Suboxone, Vivitrol, Narcan, glucagon (Baqsimi), MMR, Tdap, Varivax, Menveo, Bexsero, Typhim Vi, YF-Vax, Havrix,
// Prevnar 20), devices and tests (QuantiFERON, IGRA, CXR, Snellen, Ishihara, spirometry, audiogram, PortaCount, 3M
// 1870+ N95, SCBA, BinaxNOW, Monospot, CPAP, EpiPen), scales and scores (C-SSRS, PHQ-9, PCL-5, CIWA, SCAT6, ImPACT,
// BESS), public programmes and agencies named in forms (Medicaid, Medi-Cal, Section 504, OSHA, FMCSA, USCIS, FEMA,
// Head Start), forms (I-693, MCSA-5875, C-4.2, OSHA 300), clock times and relative dates.
// Labelling follows fixtures 29-42 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians', officers', trainers' and staff initials are PHI; titles, ranks, degrees,
// credentials, relations and cue words stay outside the name ("OFC. ⟦N|TRAMMELL⟧", "coach ⟦N|petrakis⟧"); "the" stays
// outside a facility; cells, pods, tiers, bunks, dorms, cots, rooms, beds, lockers and grades are left unlabelled (an
// apartment or lot written inside the street address stays in the street span); hospitals, clinics and health centres
// with a place name, a college's student health centre and an infirmary of a named jail are HOSPITAL; companies,
// employers, insurers, carriers and third-party administrators, jails, prisons, detention centres, sheriffs' offices,
// police, courts, probation and parole departments, schools, colleges and universities, school districts, teams and
// leagues, health departments, resettlement agencies, shelters' operators (the Red Cross), churches, labs and
// occupational-medicine and MRO companies named without "clinic" are ORGANIZATION; counties, neighbourhoods,
// reservations, refugee camps, job sites without a company's name, shelters named by their building's place (a
// school's gym is the school) and landmarks are LOCATION-OTHER; MRNs and charts are MRN; member, Medicaid and policy
// numbers of health plans HEALTHPLAN; booking, inmate, DOC, A-numbers, receipt, passport, UNHCR, claim, WCB, carrier policy,
// case, National Registry, CDL, certificate, CCF, specimen, student, badge, employee, outbreak, contact, register and
// client numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE. Lot numbers of vaccines
// and drugs and form numbers stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large agencies, carriers and companies are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-42 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-44.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-44.jsonl", "make-clinical-fixture-44");

// ======================================================== ALL CAPS (15) ========================================================

note("jail-receiving-screen-caps", `
RECEIVING SCREENING - ⟦O|KERN COUNTY SHERIFF'S OFFICE⟧ - ⟦O|LERDO PRE-TRIAL FACILITY⟧ MEDICAL   DATE ⟦D|03/14/2099⟧ 0215
INMATE: ⟦N|VILLASEÑOR-ORTIZ, JOAQUIN ALBERTO⟧ AKA "⟦N|CHINO⟧"   BOOKING # ⟦I|2099-004418⟧   SO # ⟦I|K1184720⟧   DOB ⟦D|07/19/2071⟧
ARRESTING AGENCY: ⟦O|BAKERSFIELD POLICE DEPARTMENT⟧, OFC. ⟦N|TRAMMELL⟧ #⟦I|1147⟧. TRANSPORTED FROM ⟦H|KERN MEDICAL⟧ ED AFTER CLEARANCE.
MEDS VERIFIED WITH ⟦O|RITE AID⟧ #5512 ⟦C|DELANO⟧: INSULIN GLARGINE 30 U QHS, METFORMIN 1000 BID. GLUCOMETER SN ⟦DEV|GLM4471820⟧ HELD IN PROPERTY.
HX: DM2, HEP C (TREATED ⟦D|2094⟧ AT ⟦H|CLINICA SIERRA VISTA⟧), ETOH, LAST DRINK ⟦D|3/13⟧ 2200. CIWA 6. NARCAN KIT NOT NEEDED.
PRIOR INCARCERATION: ⟦O|CDCR⟧ #⟦I|BK4471⟧, ⟦O|WASCO STATE PRISON⟧, PAROLED ⟦D|AUG 2097⟧; PAROLE AGENT ⟦N|D. KESSELRING⟧ ⟦P|661-555-0188⟧.
SUICIDE SCREEN NEG. C-SSRS 0. TB SYMPTOM SCREEN NEG, QUANTIFERON DRAWN. MEDI-CAL ⟦HP|92817744C⟧.
HOUSING: GEN POP, LOWER BUNK, DIABETIC SNACK. POD B-2 CELL 14.
SCREENED BY ⟦N|MARISOL ECHAVARRIA⟧, LVN; REVIEWED BY ⟦N|GURPREET SANDHU⟧, NP. ⟦N|ME⟧/⟦N|GS⟧
`);

note("jail-transfer-summary-caps", `
INTER-FACILITY HEALTH TRANSFER SUMMARY
FROM: ⟦O|POLK COUNTY JAIL⟧, ⟦S|1985 NE 51ST PL⟧, ⟦C|DES MOINES⟧ ⟦STATE|IA⟧ ⟦Z|50313⟧   TO: ⟦O|IOWA MEDICAL AND CLASSIFICATION CENTER⟧, ⟦C|CORALVILLE⟧
DATE OF TRANSFER: ⟦D|14 MARCH 2099⟧   TRANSPORTING DEPUTIES: ⟦N|HALVORSEN⟧ #⟦I|3317⟧, ⟦N|NGUYEN-BAKKE⟧ #⟦I|3402⟧
PATIENT: ⟦N|PIERRE-LOUIS, MACKENSON⟧   BOOKING ⟦I|PC-99-018822⟧   DOC # ⟦I|6604418⟧   DOB ⟦D|1978-11-02⟧
ACTIVE PROBLEMS: SEIZURE DISORDER (LAST SZ ⟦D|02/27/2099⟧), LATENT TB (QFT POS ⟦D|01/09/2099⟧, ON 3HP WEEK 8 OF 12), ASTHMA.
MEDS SENT (7-DAY SUPPLY, BLISTER CARDS FROM ⟦O|DIAMOND PHARMACY SERVICES⟧): LEVETIRACETAM 750 BID, RIFAPENTINE + ISONIAZID WEEKLY (NEXT DOSE ⟦D|3/18/99⟧), PYRIDOXINE, ALBUTEROL MDI.
COURT: ⟦O|POLK COUNTY DISTRICT COURT⟧ CASE ⟦I|FECR-418830⟧, SENTENCED ⟦D|03/11/2099⟧.
NEXT OF KIN: MOTHER ⟦N|ROSELINE PIERRE-LOUIS⟧, ⟦S|611 CLARK ST⟧, ⟦C|DES MOINES⟧; ⟦P|515-555-0161⟧. GRANDMOTHER ⟦N|ANITA JEAN-BAPTISTE⟧ (⟦A|91⟧) IN ⟦C|PORT-AU-PRINCE⟧.
RELEASING NURSE: ⟦N|KATHLEEN VANDERWAL⟧, RN, ⟦O|ADVANCED CORRECTIONAL HEALTHCARE⟧. FAX ⟦F|515-555-0170⟧.
`);

note("prison-sick-call-caps", `
HEALTH SERVICES REQUEST (SICK CALL) - ⟦O|WYOMING MEDIUM CORRECTIONAL INSTITUTION⟧, ⟦C|TORRINGTON⟧
INMATE NAME: ⟦N|TWO BULLS, DARRELL WAYNE⟧   WDOC # ⟦I|31472⟧   HOUSING UNIT 3C-112   DATE SUBMITTED ⟦D|3-12-99⟧
REQUEST (IN INMATE'S WORDS): "MY TOOTH IS KILLING ME AND MY SUGAR MACHINE IS BROKE. ALSO NEED MY GLASSES FROM ⟦H|PINE RIDGE IHS⟧."
SEEN ⟦D|MARCH 14, 2099⟧ BY DENTIST ⟦N|FARHAD ESMAILI⟧, DDS: EXTRACTION SCHEDULED. AMOXICILLIN 500 TID X7D, IBUPROFEN 600.
RELEASE OF INFORMATION SENT TO ⟦H|PINE RIDGE HOSPITAL⟧ FOR EYEGLASS RX; MOTHER ⟦N|LORRAINE TWO BULLS⟧ (⟦P|605-555-0124⟧) AUTHORIZED ON ROI.
CO-PAY $5 DEBITED FROM ACCOUNT ⟦I|ACCT-31472-07⟧. CORRECTIONAL OFFICER ON UNIT: CO ⟦N|MENDEZ⟧.
PROVIDER FOLLOW-UP: DR. ⟦N|ABIGAIL FROST-NAKAMURA⟧, ⟦O|CORIZON⟧ SITE MEDICAL DIRECTOR. ⟦N|JW⟧/⟦N|AFN⟧
`);

note("first-report-of-injury-caps", `
EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (FROI)   ⟦O|TEXAS DEPARTMENT OF INSURANCE⟧ DIVISION OF WORKERS' COMPENSATION
EMPLOYER: ⟦O|GULF COAST PETROCHEMICAL SERVICES LLC⟧   FEIN ⟦I|74-3318804⟧   ⟦S|4200 HWY 73⟧, ⟦C|PORT ARTHUR⟧ ⟦STATE|TX⟧ ⟦Z|77640⟧
CARRIER: ⟦O|TEXAS MUTUAL INSURANCE COMPANY⟧   POLICY # ⟦I|SBP-0001184720⟧   TPA: NONE   CLAIM # ⟦I|99-1184-4471⟧
EMPLOYEE: ⟦N|THIBODEAUX, REMY JOSEPH⟧   SSN ⟦SSN|438-71-2209⟧   DOB ⟦D|04/30/1981⟧   HIRE DATE ⟦D|06/02/2091⟧
OCCUPATION: ⟦PROF|PIPEFITTER⟧   EMPLOYEE ID ⟦I|GCP-77104⟧   HOME: ⟦S|118 RUE DE LA PAIX⟧, ⟦C|NEDERLAND⟧ ⟦STATE|TX⟧ ⟦Z|77627⟧   ⟦P|409-555-0137⟧
DATE OF INJURY: ⟦D|03/12/2099⟧ 1430   LOCATION: UNIT 6 HYDROCRACKER AT ⟦O|SABINE BAYOU REFINING CO⟧ (CONTRACT SITE)
DESCRIPTION: EE WAS CARRYING 8-INCH VALVE WITH CO-WORKER ⟦N|DUSTIN BREAUX⟧ WHEN HE STEPPED ON GRATING, TWISTED L KNEE. WITNESS: FOREMAN ⟦N|CLAYTON MOUTON⟧.
LOST TIME: YES, BEGINNING ⟦D|03/13/2099⟧. RETURNED TO MODIFIED DUTY: NOT YET.
PREPARED BY ⟦N|LATOYA GUIDRY-WASHINGTON⟧, HSE COORDINATOR, ⟦E|lguidry@gcpetrochem.com⟧, ⟦P|409-555-0100⟧ EXT ⟦P|2231⟧.   OSHA 300 CASE # ⟦I|2099-017⟧
`);

note("dot-physical-caps", `
MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (MCSA-5875)
EXAMINER: ⟦N|HOLLIS P. BRANDVOLD⟧, DO   NATIONAL REGISTRY # ⟦I|4471882019⟧   ⟦O|NORTHERN PLAINS OCCUPATIONAL MEDICINE⟧, ⟦S|1702 S WASHINGTON ST⟧, ⟦C|GRAND FORKS⟧ ⟦STATE|ND⟧ ⟦Z|58201⟧
DRIVER: ⟦N|SZCZEPANSKI, MAREK TADEUSZ⟧   DOB ⟦D|09/14/1964⟧   CDL # ⟦I|SZC-64-1147⟧ (⟦STATE|ND⟧)   ⟦P|701-555-0129⟧   ⟦E|marek.szcz@nodakmail.net⟧
EMPLOYER: ⟦O|RED RIVER VALLEY TRANSPORT INC⟧, ⟦C|FARGO⟧. DISPATCHER ⟦N|CHERYL OPSAHL⟧.
EXAM DATE: ⟦D|14-MAR-2099⟧. HT 70 IN, WT 262 LB, BP 148/92 RECHECK 138/88. VISION (SNELLEN) 20/25 OU. WHISPER TEST PASS.
HX: OSA ON CPAP (SN ⟦DEV|RSM22417780⟧, COMPLIANCE DOWNLOAD FROM ⟦O|DAKOTA SLEEP SOLUTIONS⟧ 92% ≥4 HR), HTN ON AMLODIPINE, DM2 NON-INSULIN.
SLEEP MD: DR. ⟦N|INGRID HAUGEN⟧, ⟦H|ALTRU HEALTH SYSTEM⟧. PCP DR. ⟦N|OLUFEMI BANJO⟧.
DETERMINATION: MEETS STANDARDS, 1-YEAR CERTIFICATE (HTN). CERTIFICATE # ⟦I|MEC-2099-0418⟧ EXPIRES ⟦D|03/14/2100⟧.
DRIVER'S PREVIOUS CERT BY ⟦N|T. LANGENFELD⟧, PA-C (REG # ⟦I|2207719934⟧) ⟦D|02/2098⟧.
`);

note("i693-civil-surgeon-caps", `
REPORT OF IMMIGRATION MEDICAL EXAMINATION AND VACCINATION RECORD (I-693) - CIVIL SURGEON WORKSHEET
CIVIL SURGEON: ⟦N|ANH-THU TRAN-MCALLISTER⟧, MD   ⟦O|GLOBAL FAMILY MEDICAL⟧, ⟦S|3320 N MESA ST⟧ STE 200, ⟦C|EL PASO⟧ ⟦STATE|TX⟧ ⟦Z|79902⟧   ⟦P|915-555-0182⟧
APPLICANT: ⟦N|CASTELLANOS URDANETA, MARÍA GABRIELA⟧   A-NUMBER ⟦I|A-218-447-103⟧   USCIS RECEIPT # ⟦I|IOE0918447122⟧
EXAM DATES: ⟦D|03/07/2099⟧ AND ⟦D|03/14/2099⟧. ID VERIFIED (PASSPORT). INTERPRETER: NONE NEEDED.
TB: IGRA (QUANTIFERON) ⟦D|03/07/2099⟧ NEGATIVE. SYPHILIS RPR NR, GONORRHEA NAAT NEG.
VACCINES: MMR #2 GIVEN ⟦D|3/14/99⟧ (LOT X4471), TDAP GIVEN, VARICELLA IMMUNE BY TITER, COVID RECORD FROM ⟦O|MINISTERIO DEL PODER POPULAR PARA LA SALUD⟧.
CLASS A/B CONDITIONS: NONE. SPOUSE ⟦N|LUIS ENRIQUE PARRA⟧ (A-NUMBER ⟦I|A-218-447-104⟧) EXAMINED SAME DAY.
SEALED ENVELOPE GIVEN TO APPLICANT; ATTORNEY ⟦N|REBECA SOLÍS⟧ OF ⟦O|LAS AMERICAS IMMIGRANT ADVOCACY CENTER⟧ NOTIFIED ⟦D|MARCH 14TH⟧.
`);

note("refugee-domestic-screen-caps", `
DOMESTIC REFUGEE HEALTH ASSESSMENT - ⟦O|SEDGWICK COUNTY HEALTH DEPARTMENT⟧ REFUGEE CLINIC, ⟦C|WICHITA⟧ ⟦STATE|KS⟧
DATE: ⟦D|MARCH 14, 2099⟧   ARRIVAL IN US: ⟦D|02/20/2099⟧ (⟦LO|JFK⟧)   ALIEN # ⟦I|A-241-118-044⟧   IOM CASE # ⟦I|KP-2299-4418⟧
CLIENT: ⟦N|HAKIZIMANA, ESPERANCE⟧   DOB ⟦D|01/01/1990⟧ (ESTIMATED)   LANGUAGE: KINYARWANDA, SWAHILI   INTERPRETER ⟦N|JEAN-DE-DIEU MUGISHA⟧ ID ⟦I|ISW-3318⟧
COUNTRY OF BIRTH ⟦COUNTRY|DRC⟧ (⟦C|GOMA⟧); ASYLUM COUNTRY ⟦COUNTRY|RWANDA⟧, ⟦LO|KIZIBA CAMP⟧ ⟦D|2086⟧-⟦D|2099⟧. UNHCR ⟦I|KGL-00418827⟧.
HOUSEHOLD: HUSBAND ⟦N|EMMANUEL NDAYISABA⟧ (41), CHILDREN ⟦N|GRACE⟧ (12), ⟦N|OLIVIER⟧ (9), ⟦N|DIVINE UWASE⟧ (4); MOTHER-IN-LAW ⟦N|VESTINE MUKAMANA⟧ ⟦A|93⟧ YOF.
RESETTLEMENT AGENCY: ⟦O|INTERNATIONAL RESCUE COMMITTEE⟧ ⟦C|WICHITA⟧, CASEWORKER ⟦N|ALINE UMUTONI⟧ ⟦P|316-555-0153⟧. HOME ⟦S|1522 S ROCK RD⟧ APT 8, ⟦C|WICHITA⟧ ⟦Z|67207⟧.
FINDINGS: IGRA POSITIVE, CXR CLEAR -> LTBI, REFERRED TO TB CLINIC (NURSE ⟦N|DEB ACHTERBERG⟧). STRONGYLOIDES SEROLOGY PENDING; PRESUMPTIVE IVERMECTIN GIVEN OVERSEAS.
HEP B SAG NEG, ANTI-HBS NEG -> VACCINATE. HGB 10.8. PHQ-9 11, RHS-15 POSITIVE -> REFERRED TO ⟦O|COMCARE⟧.
MEDICAID ⟦HP|KS4471882931⟧. PCP ASSIGNED: ⟦H|GRACEMED HEALTH CLINIC⟧ (DR. ⟦N|SIMRAN KAUR BHULLAR⟧). NEXT VISIT ⟦D|04/04/99⟧.
`);

note("tb-case-management-caps", `
TB CASE MANAGEMENT - DIRECTLY OBSERVED THERAPY RECORD   ⟦O|YAKIMA HEALTH DISTRICT⟧   ⟦S|1210 AHTANUM RIDGE DR⟧, ⟦C|UNION GAP⟧ ⟦STATE|WA⟧
CASE: ⟦N|CHAN TIN, MYA⟧ ("⟦N|MA MYA⟧")   STATE TB REGISTER # ⟦I|WA-TB-2099-0118⟧   RVCT ⟦I|9900418⟧   DOB ⟦D|05/05/1962⟧
DX: PULMONARY TB, SMEAR 2+, CULTURE POS ⟦D|01/22/2099⟧ (⟦O|WASHINGTON STATE PUBLIC HEALTH LABORATORIES⟧ ACC ⟦I|PHL-99-004471⟧), PAN-SENSITIVE.
REGIMEN: RIPE STARTED ⟦D|01/24/2099⟧; CONTINUATION (INH/RIF) FROM ⟦D|03/21/2099⟧. ISOLATION RELEASED ⟦D|FEB 2099⟧.
EMPLOYER NOTIFIED (WITH CONSENT): ⟦O|WASHINGTON FRUIT PACKING⟧, HR ⟦N|BRENDA ESTES⟧; RETURN TO WORK CLEARED ⟦D|2/28/99⟧.
CONTACTS (14): HUSBAND ⟦N|SAW KYAW HTOO⟧ (IGRA NEG X2), DAUGHTER ⟦N|NAW PAW HSER⟧ (IGRA POS, LTBI, 4R), MOTHER ⟦N|DAW KHIN MAY⟧ ⟦A|92⟧ (CXR NEG, WINDOW PROPHYLAXIS DECLINED).
WORK CONTACTS SCREENED ⟦D|02/06/2099⟧ AT PACKING LINE 4 BY NURSE ⟦N|LUPE ARCINIEGA⟧.
MONTHLY: WT 46.2 KG (UP 3.1), SPUTUM CONVERSION ⟦D|02/19/2099⟧. VISION/ISHIHARA NORMAL. LFTS NORMAL.
PHYSICIAN: ⟦N|GERALD ST. GERMAIN⟧, MD, TB CONTROL OFFICER. CASE MANAGER ⟦N|RUTH ANN KLICKITAT⟧, RN. ⟦N|RAK⟧
`);

note("hurricane-shelter-log-caps", `
GENERAL POPULATION SHELTER - HEALTH SERVICES LOG   HURRICANE RESPONSE DR ⟦I|447-99⟧
SHELTER: ⟦LO|BURTON COLISEUM⟧, ⟦S|7001 GULF HWY⟧, ⟦C|LAKE CHARLES⟧ ⟦STATE|LA⟧   OPERATOR: ⟦O|AMERICAN RED CROSS⟧ / ⟦O|CALCASIEU PARISH OFFICE OF EMERGENCY PREPAREDNESS⟧
DATE ⟦D|09/14/2099⟧   NURSE LEAD ⟦N|CHARMAINE BROUSSARD⟧, RN (RED CROSS ID ⟦I|ARC-0441872⟧)
0700 CLIENT ⟦N|BOUDREAUX, ALCIDE⟧ ⟦A|94⟧ (CLIENT # ⟦I|LCH-0118⟧), FROM ⟦S|1409 RYAN ST⟧, ⟦C|LAKE CHARLES⟧. O2 CONCENTRATOR LEFT AT HOME; PORTABLE FROM ⟦O|ACADIANA MEDICAL SUPPLY⟧. DAUGHTER ⟦N|NOELIA BOUDREAUX-FONTENOT⟧ ⟦P|337-555-0118⟧.
1015 COT 45 CHILD ⟦N|JAYDEN ARCENEAUX⟧ (7), MOM ⟦N|KIERRA⟧: ASTHMA, NEB GIVEN, DR. ⟦N|VIKRAM ANAND⟧ (MRC VOLUNTEER) SAW.
1200 DIALYSIS CLIENT ⟦N|HEBERT, LEONCE⟧ ⟦A|91⟧ YOM TRANSPORTED TO ⟦H|LAKE CHARLES MEMORIAL HOSPITAL⟧ DIALYSIS BY ⟦O|ACADIAN AMBULANCE⟧ UNIT 214.
1400 GI CLUSTER (4 CLIENTS, DORM C). ⟦O|LOUISIANA DEPARTMENT OF HEALTH⟧ REGION 5 EPI DR. ⟦N|RAJESH KHATRI⟧ NOTIFIED ⟦P|337-555-0190⟧.
SHIFT HANDOFF TO ⟦N|T. ROBICHAUX⟧, LPN. ⟦N|CB⟧
`);

note("work-status-report-caps", `
PHYSICIAN'S REPORT OF WORK STATUS - WORKERS' COMPENSATION   ⟦O|WORKCARE OCCUPATIONAL HEALTH⟧ - ⟦C|JOPLIN⟧ ⟦STATE|MO⟧
DATE OF VISIT: ⟦D|03/14/99⟧   DATE OF INJURY: ⟦D|02/26/99⟧   CLAIM # ⟦I|WC-2099-118447⟧   ⟦O|MISSOURI DOLWC⟧ INJURY # ⟦I|99-004471⟧
PATIENT: ⟦N|ABERNATHY, CODY LANE⟧   DOB ⟦D|11/08/1987⟧   EMPLOYER ⟦O|TYSON FOODS⟧ - ⟦C|MONETT⟧ PLANT (SUPERVISOR ⟦N|RAMÓN ESQUIVEL⟧)
DX: R LATERAL EPICONDYLITIS, R CARPAL TUNNEL SYNDROME (EMG ⟦D|03/09/99⟧ AT ⟦H|FREEMAN NEUROSCIENCE INSTITUTE⟧, DR. ⟦N|ALTHOFF⟧).
WORK STATUS: MODIFIED DUTY ⟦D|3/14/99⟧ THROUGH ⟦D|4/11/99⟧: NO LIFTING OVER 10 LB WITH R ARM, NO KNIFE WORK, NO REPETITIVE GRIP > 2 HR/SHIFT.
TREATMENT: PT 2X/WK AT ⟦O|ATHLETICO PHYSICAL THERAPY⟧ ⟦C|CARTHAGE⟧; NAPROXEN 500 BID; NIGHT SPLINT.
EMPLOYEE'S TRANSLATOR: WIFE ⟦N|MARISELA ABERNATHY⟧. NEXT VISIT ⟦D|MARCH 28TH⟧. NURSE CASE MANAGER ⟦N|T. OYELARAN⟧, RN, ⟦O|GENEX SERVICES⟧.
TREATING PHYSICIAN: ⟦N|DWIGHT C. HOLLINGSWORTH⟧, MD, MPH   LICENSE ⟦I|MO-R4471⟧   SIGNATURE ON FILE ⟦D|03-14-2099⟧
`);

note("measles-contact-line-list-caps", `
MEASLES EXPOSURE INVESTIGATION - CONTACT LINE LIST   ⟦O|LUBBOCK PUBLIC HEALTH⟧   OUTBREAK ID ⟦I|TX-LBK-2099-003⟧   PAGE 2 OF 4
INDEX CASE: ⟦N|FRIESEN, ABRAM⟧ (CASE ⟦I|LBK-003-01⟧), RASH ONSET ⟦D|03/04/2099⟧, IGM POS (⟦O|TEXAS DSHS LABORATORY⟧ ⟦D|03/08/2099⟧)
EXPOSURE SITES: ⟦O|SEMINOLE MENNONITE CHURCH⟧ (⟦D|3/2⟧ SERVICE), ⟦O|GAINES COUNTY ISD⟧ BUS 14, ⟦H|COVENANT CHILDREN'S HOSPITAL⟧ ED WAITING ROOM ⟦D|3/5⟧ 1900-2330.
CONTACT ID     NAME                         AGE  RELATION        MMR DOSES  IGG      ACTION
⟦I|LBK-003-14⟧     ⟦N|FRIESEN, HELENA⟧              38   MOTHER          0          PENDING  QUARANTINE TO ⟦D|3/26⟧
⟦I|LBK-003-15⟧     ⟦N|FRIESEN, JACOB⟧               6    SIBLING         0          -        IG GIVEN ⟦D|3/7⟧
⟦I|LBK-003-16⟧     ⟦N|KLASSEN, AGANETHA⟧            ⟦A|90⟧   GRANDMOTHER     UNK        POS      NONE (IMMUNE)
⟦I|LBK-003-18⟧     ⟦N|MARTÍNEZ SOLÍS, LUZ ELENA⟧    29   ED RN (EMPLOYEE ⟦I|CHS-44718⟧)  2   POS      WORK OK
⟦I|LBK-003-19⟧     ⟦N|NWOSU, CHIDINMA⟧              1    ED WAITING ROOM 0          -        MMR ⟦D|3/6⟧ (PEP)
HOME ADDRESS OF INDEX: ⟦S|FM 1757⟧, ⟦C|SEMINOLE⟧ ⟦STATE|TX⟧ ⟦Z|79360⟧. REPORT TO ⟦O|DSHS REGION 1⟧ ⟦D|MARCH 14, 2099⟧.
`);

note("college-team-injury-report-caps", `
SPORTS MEDICINE INJURY REPORT - ⟦O|UNIVERSITY OF MONTANA⟧ ATHLETICS - FOOTBALL   ⟦D|03/14/2099⟧ SPRING PRACTICE #6
ATHLETE: ⟦N|TUIASOSOPO, FALANIKO "NIKO"⟧   #72 OL   STUDENT ID ⟦I|790447182⟧   DOB ⟦D|08/21/2079⟧   HOMETOWN ⟦C|PAGO PAGO⟧, ⟦STATE|AS⟧
INJURY: L ANKLE INVERSION, HIGH ANKLE SPRAIN SUSPECTED, DURING 9-ON-7 PERIOD AT ⟦LO|WASHINGTON-GRIZZLY STADIUM⟧. ATC ON SCENE ⟦N|KELSEY VANDENBERG⟧, ATC.
EVAL: TEAM PHYSICIAN DR. ⟦N|MARCUS OLUWOLE-HART⟧ (⟦H|MISSOULA BONE & JOINT CLINIC⟧). SQUEEZE TEST POS. XR AT ⟦H|PROVIDENCE ST. PATRICK HOSPITAL⟧ NEG FX. MRI ⟦D|3/15⟧.
PLAN: BOOT, CRUTCHES, NO PRACTICE. RETURN-TO-PLAY CRITERIA PER PROTOCOL. NOTIFY HEAD COACH ⟦N|PETRAKIS⟧ AND OL COACH ⟦N|BJORNSTAD⟧.
INSURANCE: PRIMARY ⟦O|BLUE CROSS BLUE SHIELD OF MONTANA⟧ ⟦HP|YMT884471902⟧ (FATHER'S PLAN, ⟦N|SIONE TUIASOSOPO⟧); SECONDARY: NONE.
PARENT CONTACT: MOTHER ⟦N|LUPE TUIASOSOPO⟧ ⟦P|684-555-0133⟧ (⟦C|TAFUNA⟧). GRANDFATHER ⟦N|TAVITA AUMUA⟧, ⟦A|96⟧, LIVES WITH FAMILY.
ENTERED IN SPORTSWARE BY ⟦UN|KVANDENBERG⟧. ⟦N|KV⟧
`);

note("respirator-clearance-caps", `
OSHA RESPIRATOR MEDICAL EVALUATION & FIT TEST RECORD   ⟦O|MIDWEST OCCUPATIONAL HEALTH PARTNERS⟧, ⟦C|CEDAR RAPIDS⟧ ⟦STATE|IA⟧
EMPLOYEE: ⟦N|NGUYEN VAN THANH⟧   EMPLOYEE # ⟦I|QKR-004471⟧   DOB ⟦D|2/2/72⟧   JOB: ⟦PROF|SANITATION LEAD⟧, 3RD SHIFT
EMPLOYER: ⟦O|QUAKER MILLING COMPANY⟧, ⟦S|418 2ND ST NE⟧, ⟦C|CEDAR RAPIDS⟧ ⟦Z|52401⟧. SAFETY MGR ⟦N|DARLENE KUBICEK⟧ ⟦P|319-555-0138⟧.
QUESTIONNAIRE (APPENDIX C) REVIEWED ⟦D|03/14/2099⟧: SMOKER 20 PACK-YR, NO ASTHMA. SPIROMETRY FVC 88% FEV1/FVC 0.74.
CLEARANCE: MEDICALLY CLEARED FOR HALF-FACE APR AND N95; NOT CLEARED FOR SCBA PENDING STRESS TEST (PCP DR. ⟦N|OYEBODE⟧, ⟦H|MERCY MEDICAL CENTER⟧).
FIT TEST (QUANTITATIVE, PORTACOUNT SN ⟦DEV|PC8048-44718⟧): 3M 1870+ N95 MED FF 188 PASS; 3M 6502QL HALF-FACE FF 412 PASS.
AUDIOGRAM: STS L EAR AT 4K VS BASELINE ⟦D|2095⟧ -> RECHECK IN 30 DAYS, HEARING CONSERVATION NOTIFIED.
INTERPRETER: VIETNAMESE, ⟦O|CYRACOM⟧ ID ⟦I|301447⟧. REVIEWED BY ⟦N|PAULINE ST. AMAND⟧, MD; TECH ⟦N|JORGE "GEORGE" BAEZ⟧. ⟦N|PSA⟧/⟦N|JB⟧
`);

note("pre-travel-clinic-caps", `
PRE-TRAVEL CONSULTATION - ⟦H|MAYO CLINIC TRAVEL AND TROPICAL MEDICINE CLINIC⟧ - ⟦C|ROCHESTER⟧ ⟦STATE|MN⟧   ⟦D|14-MAR-2099⟧
TRAVELER: ⟦N|OKAFOR, CHIMAMANDA ADAEZE⟧   MRN ⟦M|10-447-182⟧   DOB ⟦D|03/30/1970⟧   ⟦P|507-555-0126⟧   ⟦E|c.okafor@zumbromail.com⟧
ITINERARY: ⟦C|LAGOS⟧ AND ⟦C|ENUGU⟧, ⟦COUNTRY|NIGERIA⟧ ⟦D|04/02/2099⟧-⟦D|05/10/2099⟧ (VFR: MOTHER'S FUNERAL), THEN ⟦C|ACCRA⟧, ⟦COUNTRY|GHANA⟧ TO ⟦D|5/17/99⟧.
VACCINES: YELLOW FEVER (YF-VAX) GIVEN, ICVP SIGNED; TYPHIM VI GIVEN; MENVEO GIVEN; HAVRIX #2 DUE. HEP B COMPLETE ⟦D|2091⟧.
MALARIA: ATOVAQUONE-PROGUANIL (MALARONE) 1 TAB DAILY, START 1-2 DAYS BEFORE, CONTINUE 7 DAYS AFTER. TD: AZITHROMYCIN 1 G X1 PRN.
CDC YELLOW BOOK AND ⟦U|HTTPS://WWW.STEP.STATE.GOV⟧ REVIEWED. SEEN BY ⟦N|SIGRID AABERG⟧, RN, TRAVEL NURSE; ⟦N|PRASHANT VENKATESAN⟧, MD.
`);

note("hepatitis-a-food-handler-caps", `
CONFIDENTIAL MORBIDITY REPORT / CASE INVESTIGATION - HEPATITIS A   ⟦O|SAN JOAQUIN COUNTY PUBLIC HEALTH SERVICES⟧   CALREDIE ⟦I|99044718⟧
CASE: ⟦N|PHAM, QUOC BAO⟧   DOB ⟦D|10-12-1994⟧   ⟦S|2418 PACIFIC AVE⟧ #3, ⟦C|STOCKTON⟧ ⟦STATE|CA⟧ ⟦Z|95204⟧   ⟦P|209-555-0107⟧
REPORTED BY: ⟦H|ST. JOSEPH'S MEDICAL CENTER⟧ ICP ⟦N|MAUREEN QUILTY⟧ ON ⟦D|3/12/2099⟧; HAV IGM POS (⟦O|QUEST DIAGNOSTICS⟧ ACC ⟦I|WS447182Q⟧), ALT 2,140.
ONSET ⟦D|03/03/2099⟧. OCCUPATION: ⟦PROF|LINE COOK⟧ AT ⟦O|PHO SAIGON NOODLE HOUSE⟧, ⟦S|5757 PACIFIC AVE⟧, ⟦C|STOCKTON⟧ (OWNER ⟦N|TRAN THI HOA⟧ ⟦P|209-555-0173⟧).
HOUSEHOLD: WIFE ⟦N|LE THI NGOC⟧ (HAVRIX GIVEN), SON ⟦N|BAO AN⟧ (VACCINATED ⟦D|2097⟧), GRANDFATHER ⟦N|PHAM VAN LUONG⟧ ⟦A|97⟧ (IG GIVEN).
INVESTIGATOR: ⟦N|KATHERINE "KATIE" OSEI-BONSU⟧, PHN ⟦E|kosei-bonsu@sjcphs.org⟧ ⟦P|209-555-0159⟧ PAGER ⟦P|4471⟧.
`);

// ========================================================= mixed case (22) =========================================================

note("jail-suicide-watch-log", `
Constant Observation / Suicide Watch Log — ⟦O|Hamilton County Jail⟧, ⟦C|Chattanooga⟧, ⟦STATE|TN⟧ — Medical Unit, Safety Cell 2
Inmate: ⟦N|Wesley Dale Pruitt⟧   Booking #: ⟦I|2099-0314-022⟧   Inmate #: ⟦I|HCJ447182⟧   DOB: ⟦D|4/17/1996⟧   Date: ⟦D|03/14/2099⟧
Placed on watch ⟦D|3/13/99⟧ 2140 by Sgt. ⟦N|Oyelaran⟧ after statement to classification officer ⟦N|Renee Tipton⟧ ("I'm not going back to ⟦O|Bledsoe⟧").
Mental health evaluation ⟦D|March 14th⟧ 0915 by Dr. ⟦N|Hyun-woo Baek⟧'s on-call, ⟦N|Tamsin Ellery-Moss⟧, LPC (⟦O|Centurion of Tennessee⟧): C-SSRS ideation 3, no plan, no prior attempts; PHQ-9 18.
Outside records requested from ⟦H|Parkridge Valley Hospital⟧ (admission ⟦D|Oct 2097⟧) and ⟦O|Volunteer Behavioral Health⟧, ⟦S|7612 Hixson Pike⟧.
Checks q15 min: 0930 lying on mat, 0945 talking with officer ⟦N|Q. Lattimore⟧, 1000 ate breakfast. Smock and blanket only.
Plan: remains on watch; psychiatry (Dr. ⟦N|Baek⟧) to see ⟦DAY|Monday⟧; sertraline 50 mg started. Public defender ⟦N|Ayesha Mahmood⟧, ⟦O|Hamilton County Public Defender's Office⟧, informed with consent.
— ⟦N|T. Ellery-Moss⟧, LPC  /  reviewed ⟦N|H. Baek⟧, MD
`);

note("reentry-discharge-plan", `
Re-entry Health Discharge Plan — ⟦O|Missoula County Detention Facility⟧ — release date ⟦D|March 14, 2099⟧
Name: ⟦N|Shaylee Morning Star⟧ (goes by "⟦N|Shay⟧")   Booking ⟦I|MCDF-99-1183⟧   DOB ⟦D|12/1/2001⟧   Tribal enrollment: ⟦O|Blackfeet Nation⟧ ⟦I|BF-0044718⟧
Releasing to: sister ⟦N|Carmen Morning Star-Wippert⟧, ⟦S|2205 Reserve St⟧ Apt 14, ⟦C|Missoula⟧ ⟦STATE|MT⟧ ⟦Z|59801⟧, ⟦P|406-555-0112⟧; later to ⟦C|Browning⟧ on the ⟦LO|Blackfeet Reservation⟧.
Conditions: opioid use disorder on buprenorphine (MOUD started in custody ⟦D|1/20/2099⟧), hep C (viral load ⟦D|2/10/99⟧ 1.2M), depression.
Bridge: Suboxone 8/2 mg x 7 days given; appointment ⟦D|3/17/99⟧ at ⟦H|Partnership Health Center⟧ with ⟦N|Nate Bearchum⟧, PA-C; Vivitrol not chosen.
Narcan 4 mg x2 handed to patient. Medicaid reactivated ⟦D|03/13/2099⟧: ⟦HP|MT0447182291⟧. ID card from ⟦O|Montana MVD⟧ pending.
Peer support: ⟦N|Roberta "Bert" Old Coyote⟧ from ⟦O|Western Montana Mental Health Center⟧. Hep C treatment referral to ⟦H|Blackfeet Community Hospital⟧.
Prepared by ⟦N|Mireille Fontaine⟧, RN, re-entry nurse (⟦E|mfontaine@missoulacounty.us⟧).
`);

note("ice-detention-transfer", `
Medical Transfer Summary — ⟦O|ICE Health Service Corps⟧ — ⟦O|Otero County Processing Center⟧, ⟦C|Chaparral⟧, ⟦STATE|NM⟧ → ⟦O|El Paso Service Processing Center⟧
Detainee: ⟦N|Domingo Ixcoy Tzoc⟧   A#: ⟦I|219-004-471⟧   Subject ID ⟦I|4471882⟧   DOB: ⟦D|05/09/1983⟧   Country: ⟦COUNTRY|Guatemala⟧ (⟦C|San Juan Ostuncalco⟧)   Language: Mam (interpreter via ⟦O|Lionbridge⟧ #⟦I|22918⟧)
Date of transfer: ⟦D|2099-03-14⟧. Book-in ⟦D|2099-02-21⟧.
Problems: HTN, latent TB (IGRA pos ⟦D|2/22/99⟧, CXR neg, not started), L inguinal hernia reducible, dental caries.
Meds: lisinopril 20 mg daily (14 tabs sent). Allergies: NKDA.
Pending: surgery consult at ⟦H|University Medical Center of El Paso⟧ ⟦D|3/25/99⟧; TB regimen decision (3HP) by Lt. Cmdr. ⟦N|Yesenia Barragán⟧, NP.
Transferring clinician: Cdr. ⟦N|Kwabena Asante⟧, FNP, ⟦P|915-555-0140⟧.
`);

note("asylum-medical-affidavit", `
Medical Affidavit in Support of Asylum Application — prepared for the ⟦O|Chicago Immigration Court⟧ — Respondent ⟦N|Mohammad Nabi Sharifi⟧, A# ⟦I|A 220 118 447⟧
I, ⟦N|Elspeth Marchetti-Obi⟧, MD, examined Mr. ⟦N|Sharifi⟧ on ⟦D|February 27, 2099⟧ and ⟦D|March 14, 2099⟧ at ⟦H|Heartland Health Outreach⟧, ⟦S|4750 N Sheridan Rd⟧, ⟦C|Chicago⟧, with Dari interpreter ⟦N|Freshta Amiri⟧ (⟦O|Marjorie Kovler Center⟧).
History as given: born ⟦D|1994⟧ in ⟦C|Herat⟧, ⟦COUNTRY|Afghanistan⟧; worked as an ⟦PROF|interpreter⟧ for a contractor at ⟦LO|Camp Arena⟧ from ⟦D|2089⟧ to ⟦D|2093⟧; detained in ⟦C|Kandahar⟧ in ⟦D|August 2096⟧ for 19 days.
Findings: linear hyperpigmented scars across both soles consistent with falanga; healed fracture of the L 5th metacarpal on X-ray (⟦H|Swedish Hospital⟧, ⟦D|3/3/99⟧, read by Dr. ⟦N|Tomasz Wierzbicki⟧).
PCL-5 score 58; diagnosis PTSD. His brother ⟦N|Ahmad Zia Sharifi⟧ remains missing; his mother ⟦N|Bibi Gul⟧ (age ⟦A|91⟧) lives in ⟦C|Mashhad⟧, ⟦COUNTRY|Iran⟧.
Counsel: ⟦N|Jonah Liebermann⟧, ⟦O|National Immigrant Justice Center⟧, ⟦P|312-555-0183⟧. Case ⟦I|CHI-2099-0447⟧.
Signed under penalty of perjury ⟦D|3/14/2099⟧. ⟦N|E. Marchetti-Obi⟧, MD, ⟦O|Physicians for Human Rights⟧ Asylum Network.
`);

note("school-504-plan", `
Section 504 Accommodation Plan — Health Component — ⟦O|Green Bay Area Public School District⟧
Student: ⟦N|Abdirizak Hussein Warsame⟧   Student ID ⟦I|GB-2201844⟧   DOB ⟦D|06/11/2086⟧   Grade 8   School: ⟦O|Franklin Middle School⟧, ⟦S|1233 Lore Ln⟧, ⟦C|Green Bay⟧ ⟦STATE|WI⟧
Meeting date: ⟦D|March 14, 2099⟧. Present: mother ⟦N|Fadumo Ali⟧ (Somali interpreter ⟦N|Hodan Nur⟧), school nurse ⟦N|Bethany Kazmierczak⟧, RN, counselor Mr. ⟦N|Dominic LaPlante⟧, teacher Ms. ⟦N|Yer Vang⟧, 504 coordinator ⟦N|Greta Schumacher⟧.
Accommodations: snacks and water in class; glucose checks anywhere; extra time on tests if BG < 70 or > 300; elevator pass; field trip to ⟦LO|Lambeau Field⟧ ⟦D|4/22⟧ with trained staff.
Emergency: glucagon (Baqsimi) in the health office and with PE teacher Coach ⟦N|Ryan Dvorak⟧. Call mother ⟦P|920-555-0131⟧, then uncle ⟦N|Abdullahi Warsame⟧ ⟦P|920-555-0187⟧.
Father ⟦N|Hussein Warsame⟧ works nights at ⟦O|JBS Green Bay⟧. Grandmother ⟦N|Halima Dirie⟧, ⟦A|90⟧, at home, does not speak English.
Review date: ⟦D|March 2100⟧. Copy to ⟦E|bkazmierczak@gbaps.org⟧.
`);

note("school-nurse-daily-log", `
Health Office Log — ⟦O|Lincoln High School⟧ (⟦C|Stockton⟧) — ⟦DAY|Thursday⟧, ⟦D|3/14/2099⟧ — ⟦N|Rosario Dimaculangan⟧, RN
07:52 ⟦N|Jaylen Okoro-Banks⟧ (10th) — inhaler, pre-PE, per asthma action plan from Dr. ⟦N|Schaefer⟧.
08:40 ⟦N|Maribel Cisneros⟧ (9th) — cramps, ibuprofen per standing order, back to class. Mom ⟦N|Lourdes⟧ ⟦P|209-555-0119⟧ OK'd.
09:15 ⟦N|Ethan Kowalczyk⟧ (12th) — hit head on bleacher in the gym; no LOC; concussion screen neg; note to Coach ⟦N|Amaral⟧ and trainer ⟦N|Tess Yoshida⟧, ATC.
10:05 ⟦N|Sokha Prum⟧ (11th) — headache, no glasses since ⟦D|January⟧; vision 20/70 OU; referred to ⟦O|VSP Vision Care⟧ mobile clinic visit ⟦D|3/28⟧.
11:30 ⟦N|Amani Bashir⟧ (9th) — insulin per pump, BG 212; parent ⟦N|Safiya Bashir⟧ texted via ParentSquare.
14:10 vision and hearing screening, grade 10, with volunteer ⟦N|Gladys Huntley⟧ (retired RN, ⟦A|92⟧!). — ⟦N|RD⟧
`);

note("college-health-visit", `
Student Health Visit — ⟦H|Watkins Health Services⟧, ⟦O|University of Kansas⟧, ⟦C|Lawrence⟧   Date of service: ⟦D|03/14/2099⟧
Patient: ⟦N|Harper Quinn Delacroix-Mbeki⟧   KU ID ⟦I|3104471⟧   DOB ⟦D|7/30/2080⟧   Residence: ⟦LO|Oliver Hall⟧, room 612   Cell ⟦P|785-555-0191⟧
CC: fever, sore throat x 5 d, fatigue. Roommate ⟦N|Sloane Whitacre⟧ had mono diagnosed at ⟦H|LMH Health⟧ ⟦D|3/1⟧.
Exam: T 38.4, posterior cervical LAD, exudative tonsils, splenic tip not palpable. Monospot positive; rapid strep neg.
Plan: no contact sports x 4 weeks (plays club rugby with ⟦O|KU Women's Rugby⟧; coach ⟦N|Lia Fonoti⟧ informed with consent); class absence note to the Student Access Center.
Meningococcal B (Bexsero) #2 due — give at follow-up. Immunization hold cleared ⟦D|08/19/2098⟧.
Seen by ⟦N|Yusuf Abubakar-Reid⟧, PA-C. Follow-up ⟦D|Mar 21⟧ or sooner. ⟦UN|yabubakar⟧
`);

note("college-immunization-hold-letter", `
From: ⟦H|UND Student Health Services⟧, Immunization Compliance, ⟦O|University of North Dakota⟧, ⟦S|2891 2nd Ave N⟧, ⟦C|Grand Forks⟧, ⟦STATE|ND⟧ ⟦Z|58202⟧
To: ⟦N|Ikechukwu Onyeama⟧ (NDUS ID ⟦I|0004471823⟧), ⟦S|3904 University Ave⟧ #207, ⟦C|Grand Forks⟧ ⟦Z|58203⟧ — ⟦E|ikechukwu.onyeama@und.edu⟧
Date: ⟦D|March 14, 2099⟧
Dear ⟦N|Ikechukwu⟧,
A registration hold has been placed on your account because we have not received proof of two MMR doses and a tuberculosis screening. International students from ⟦COUNTRY|Nigeria⟧ need an IGRA (QuantiFERON) in the U.S.; a skin test done in ⟦C|Enugu⟧ on ⟦D|11 Jan 2099⟧ cannot be accepted.
You may bring your yellow vaccination card to our walk-in clinic or upload it at ⟦U|https://studenthealth.und.edu/portal⟧ by ⟦D|April 1⟧. If you have questions, call ⟦N|Marit Halvorson⟧, immunization coordinator, at ⟦P|701-555-0184⟧ (fax ⟦F|701-555-0189⟧).
Your advisor, Dr. ⟦N|Ngozi Eze-Whitman⟧ of the International Student Services office, has been copied.
Sincerely, ⟦N|Marit Halvorson⟧, LPN — ⟦N|MH⟧/⟦N|lk⟧
`);

note("pre-placement-exam", `
Pre-Placement Physical — ⟦O|U.S. HealthWorks⟧ / ⟦O|Concentra⟧ ⟦C|Eau Claire⟧, ⟦S|3006 Golf Rd⟧   Exam date ⟦D|3/14/99⟧
Candidate: ⟦N|Ma Kyi Kyi Win⟧ (legal name ⟦N|Kyi Kyi Win⟧)   DOB ⟦D|2077-08-03⟧   Position: ⟦PROF|CNA⟧, ⟦H|Oakwood Villa Nursing Home⟧ (hiring manager ⟦N|Penny Hagedorn⟧)
Employer account: ⟦O|Prevea Health⟧ Employer Solutions acct ⟦I|EMP-44718⟧. Requisition ⟦I|REQ-2099-0311⟧.
Vitals normal. Lift test 50 lb floor-to-waist: passed. Snellen 20/20. Color vision (Ishihara) normal.
Immunity: Varicella IgG pos, MMR x2 (card from ⟦LO|Mae La camp⟧ clinic, ⟦D|2086⟧), Tdap ⟦D|2095⟧, hep B series started.
Drug screen (DOT-style 5-panel, non-DOT) collected, CCF ⟦I|A0447182⟧, to ⟦O|Quest Diagnostics⟧; MRO Dr. ⟦N|Lyle Finstad⟧.
Emergency contact: husband ⟦N|Saw Eh Htoo⟧ ⟦P|715-555-0157⟧. Examiner ⟦N|Bridget Olander⟧, NP. Result faxed to ⟦F|715-555-0140⟧.
`);

note("lead-surveillance-occ", `
Occupational Lead Medical Surveillance — ⟦O|Occupational & Environmental Medicine Associates⟧, ⟦C|Allentown⟧, ⟦STATE|PA⟧
Worker: ⟦N|Bogdan Ivanovych Kravets⟧   DOB ⟦D|01/15/1979⟧   Employee no. ⟦I|ESB-30418⟧   Employer: ⟦O|East Penn Battery Recycling⟧, ⟦C|Lyon Station⟧ (casting dept.)
Date: ⟦D|14 March 2099⟧. BLL ⟦D|3/4/99⟧: 47 µg/dL (prior ⟦D|12/2098⟧ 38). ZPP 112. Creatinine 1.1.
Take-home exposure: children ⟦N|Sofiia⟧ (3) and ⟦N|Marko⟧ (6); wife ⟦N|Oksana Kravets⟧. Home ⟦S|512 N 7th St⟧, ⟦C|Allentown⟧ ⟦Z|18102⟧. Pediatric BLL referral to ⟦H|Lehigh Valley Children's Hospital⟧; lead inspector ⟦N|Reginald Pinkney⟧ (⟦O|Allentown Health Bureau⟧).
Recheck BLL ⟦D|April 14, 2099⟧. Physician ⟦N|Anjali Raghunathan⟧, MD, MPH. ⟦N|AR⟧/⟦N|cs⟧
`);

note("firefighter-annual-physical", `
NFPA 1582 Annual Medical Evaluation — ⟦O|Reno Fire Department⟧ — Station 11 — Exam ⟦D|Mar 14, 2099⟧
Member: Capt. ⟦N|Dominic "Nico" Abruzzese⟧   Badge ⟦I|RFD-611⟧   DOB ⟦D|10/03/1975⟧   Home ⟦S|1650 Skyline Blvd⟧, ⟦C|Reno⟧ ⟦STATE|NV⟧ ⟦Z|89509⟧
Examiner: ⟦N|Theodora Vasquez-Lindahl⟧, DO, ⟦O|Sierra Occupational Medicine⟧. Fire dept. physician of record: Dr. ⟦N|Kenji Watanuki⟧.
Cardiac: treadmill 13.4 METs; CAC score 0 at ⟦H|Renown Regional Medical Center⟧ ⟦D|2097⟧. Spirometry normal. Audiogram: mild 4K notch bilaterally.
Cancer screening per ⟦O|IAFF⟧: colonoscopy due; skin check — referred to ⟦O|Reno Dermatology⟧.
Cleared for full duty incl. SCBA and wildland. Peer support contact Engineer ⟦N|Marcy Ostrander⟧ given. Wife ⟦N|Giulia Abruzzese⟧ ⟦P|775-555-0122⟧.
`);

note("mro-post-accident-verification", `
Medical Review Officer Verification — ⟦O|Keystone MRO Services⟧, ⟦S|2100 Wyoming Ave⟧, ⟦C|Scranton⟧, ⟦STATE|PA⟧ ⟦Z|18509⟧
Donor: ⟦N|Luis Alberto Figueroa Peña⟧   CDL ⟦I|PA 31 447 182⟧   Donor ID ⟦I|DL-447182⟧   Employer: ⟦O|Poconos Freight Lines⟧ (DER ⟦N|Gail Matusiewicz⟧ ⟦P|570-555-0135⟧)
Reason: post-accident (FMCSA), tractor-trailer rollover on ⟦S|I-81⟧ near exit 187, ⟦D|03/10/2099⟧. Collection at ⟦O|Geisinger WorkCare⟧ ⟦C|Wilkes-Barre⟧ ⟦D|3/10/99⟧ 1720, CCF ⟦I|1447182203⟧, specimen ⟦I|7704418⟧, lab ⟦O|Labcorp⟧ RTP.
Lab result ⟦D|3/12/99⟧: amphetamine 1,240 ng/mL, methamphetamine negative.
MRO interview ⟦D|March 13th⟧ 0910 by phone (⟦P|570-555-0148⟧): donor reports Adderall XR 20 mg, prescribed by Dr. ⟦N|Priyanka Sethuraman⟧ at ⟦H|Wayne Memorial Community Health Centers⟧ since ⟦D|2097⟧; pharmacy ⟦O|Weis Pharmacy⟧ ⟦C|Honesdale⟧ confirmed fill ⟦D|2/28/99⟧ (pharmacist ⟦N|Oleksandr Hnatyshyn⟧).
Verified NEGATIVE ⟦D|3/14/2099⟧. Safety concern letter sent to donor only, per 49 CFR 40.327. Case ⟦I|KMRO-99-04471⟧.
MRO: ⟦N|Wendell Ashby Pruett⟧, MD, MROCC. Assistant ⟦N|Ginny Rzasa⟧. ⟦N|WAP⟧/⟦N|gr⟧
`);

note("wc-progress-report", `
Doctor's Progress Report (C-4.2) — ⟦O|New York State Workers' Compensation Board⟧ — WCB case ⟦I|G447 1820⟧   Carrier case ⟦I|2099-NY-118304⟧
Patient: ⟦N|Kwame Mensah-Bonsu⟧, DOB ⟦D|08/23/1968⟧, ⟦S|77 Park Ave⟧ Apt 3, ⟦C|Binghamton⟧, ⟦STATE|NY⟧ ⟦Z|13903⟧, tel ⟦P|607-555-0117⟧
Employer: ⟦O|Broome County Department of Public Works⟧ (⟦PROF|highway maintenance worker⟧). Carrier: ⟦O|New York State Insurance Fund⟧ (⟦O|NYSIF⟧), ⟦S|8 Corporate Dr⟧, ⟦C|Clifton Park⟧.
Date of accident ⟦D|12/09/2098⟧: struck by plow blade on ⟦S|Vestal Pkwy⟧, low back and R shoulder. Date of this exam ⟦D|03/14/2099⟧.
Work status: temporary partial disability 50%; may do light duty (no overhead, 15 lb). Degree of impairment unchanged. Orthopedic referral to Dr. ⟦N|Sebastián Villaseñor⟧ (⟦O|Lourdes Orthopedics⟧).
Attorney for claimant: ⟦N|Marcia Feingold-Oduya⟧, ⟦O|Feingold & Oduya LLP⟧. Adjuster ⟦N|Tom Szymanski⟧ ⟦P|518-555-0163⟧ ext. ⟦P|7712⟧.
Provider: ⟦N|Rebecca Hollenbeck⟧, MD, WCB authorization ⟦I|R-447182⟧, NPI ⟦I|1447182099⟧. Signed ⟦D|3/14/99⟧.
`);

note("return-to-work-letter", `
⟦H|Marshalltown Occupational Health Clinic⟧
⟦S|3 S 4th Ave⟧, ⟦C|Marshalltown⟧, ⟦STATE|IA⟧ ⟦Z|50158⟧ · ⟦P|641-555-0142⟧ · fax ⟦F|641-555-0149⟧

⟦D|March 14, 2099⟧

To: ⟦N|Herlinda Caballero⟧, Human Resources, ⟦O|JBS Swift Pork⟧ ⟦C|Marshalltown⟧ plant
Re: ⟦N|Kpaw Htoo Say⟧ (employee #⟦I|44718-MT⟧), claim ⟦I|IA-WC-99-0318⟧ with ⟦O|Zurich North America⟧

Ms. ⟦N|Caballero⟧,
Mr. ⟦N|Say⟧ was seen today for his right index finger laceration of ⟦D|February 25⟧ (sutured at ⟦H|MidIowa Healthcare⟧ ⟦C|Marshalltown⟧). The wound has healed and tendon function is full.
He may return to his regular job on the loin line without restriction on ⟦D|3/17/2099⟧ (⟦DAY|Monday⟧). Cut-resistant glove required as before.
His Karen interpreter today was ⟦N|Naw Ree Paw⟧ from ⟦O|Ethnic Minorities of Burma Advocacy and Resource Center⟧ (⟦O|EMBARC⟧). His wife ⟦N|Paw Mu⟧ may call us at the number above.
Please have the adjuster, ⟦N|Dennis Whitcomb⟧, send the final billing form to our office.
Sincerely,
⟦N|Ingrid Solheim-Tesfaye⟧, MD
cc: ⟦N|Dennis Whitcomb⟧, ⟦O|Zurich⟧ (⟦E|dennis.whitcomb@zurichna.com⟧); safety, ⟦N|Bud Ahrens⟧
`);

note("returning-traveler-fever", `
ID Clinic — Returning Traveler — ⟦H|Emory Travel Well Center⟧, ⟦C|Atlanta⟧   ⟦D|2099-03-14⟧
Patient: ⟦N|Farzana Rahman Chowdhury⟧, 38F, MRN ⟦M|EHC-44718203⟧, ⟦S|2840 Buford Hwy NE⟧ Apt 12, ⟦C|Brookhaven⟧ ⟦STATE|GA⟧ ⟦Z|30329⟧, ⟦P|404-555-0175⟧
Travel: ⟦C|Dhaka⟧ and ⟦C|Sylhet⟧, ⟦COUNTRY|Bangladesh⟧, ⟦D|Feb 1⟧–⟦D|Mar 6, 2099⟧, visiting her father ⟦N|Mizanur Rahman⟧ (⟦A|92⟧) at ⟦H|Square Hospital⟧; no pre-travel visit; no malaria prophylaxis.
Exam: relative bradycardia, rose spots absent, spleen tip. Labs: WBC 3.9, ALT 88. Malaria smear x1 neg, BinaxNOW neg; blood cultures x2 sent ⟦D|3/14/99⟧ (accession ⟦I|EM99-0447182⟧).
Assessment: enteric fever likely (typhoid vs paratyphoid); XDR typhoid from that region — started azithromycin 1 g daily; ceftriaxone if admitted.
Reported to ⟦O|DeKalb County Board of Health⟧ (⟦N|Vanessa Okonjo⟧, epi, ⟦P|404-555-0194⟧) as suspected; she works as a ⟦PROF|dental assistant⟧ at ⟦O|Bright Smiles Family Dentistry⟧ — excluded from work pending 3 negative stool cultures.
Seen by ⟦N|Henrik Ødegaard⟧, MD, with fellow ⟦N|Adaeze Nwachukwu⟧, MD. Follow-up ⟦D|3/17⟧. Portal: ⟦U|https://mychart.emoryhealthcare.org⟧.
`);

note("i693-vaccination-supplement", `
⟦O|Magic Valley Family Medicine⟧ — Civil Surgeon Office · ⟦S|650 Addison Ave W⟧, ⟦C|Twin Falls⟧, ⟦STATE|ID⟧ ⟦Z|83301⟧
⟦D|March 14th, 2099⟧
Re: ⟦N|Nhial Deng Garang⟧, date of birth ⟦D|01/01/1992⟧, A-Number ⟦I|A205118447⟧, receipt ⟦I|MSC2099044718⟧
Mr. ⟦N|Garang⟧ returned today to complete the vaccination portion of his I-693, which was started ⟦D|February 20⟧. Varicella #2 (Varivax) and Tdap were given today; MMR was documented from ⟦O|Idaho Immunization Reminder Information System⟧ (IRIS ID ⟦I|ID-7704418⟧). His IGRA of ⟦D|2/20/99⟧ was negative.
He was accompanied by his caseworker ⟦N|Abigail Thornquist⟧ from the ⟦O|College of Southern Idaho Refugee Programs⟧ and his brother ⟦N|Mabior Garang⟧ (⟦P|208-555-0127⟧).
The sealed I-693 will be released to him on ⟦D|3/18⟧ after Dr. ⟦N|Rasmussen⟧'s signature. His immigration attorney, ⟦N|Hye-jin Kwon⟧, asked for a copy at ⟦E|hkwon@snakeriverimmigration.org⟧; released with his signed consent dated ⟦D|3-14-99⟧.
— ⟦N|Tasha Greenleaf⟧, LPN, for ⟦N|Kristoffer Rasmussen⟧, MD, civil surgeon
`);

note("refugee-follow-up", `
Refugee Health — second visit — ⟦H|Valley Medical Center Refugee Clinic⟧, ⟦C|Fargo⟧, ⟦STATE|ND⟧ — ⟦D|14 Mar 2099⟧
Patient: ⟦N|Noor Jahan Begum⟧ (Rohingya; reads no script), age 31, arrived ⟦D|1/30/2099⟧ from ⟦LO|Kutupalong camp⟧, ⟦C|Cox's Bazar⟧, ⟦COUNTRY|Bangladesh⟧. Case ⟦I|BGD-2098-77104⟧.
Interpreter: ⟦N|Mohammed Ayaz⟧ (Rohingya, in person, ⟦O|Lutheran Social Services of North Dakota⟧).
Household: husband ⟦N|Abdul Shukkur⟧ (34), daughters ⟦N|Rashida⟧ (10) and ⟦N|Sanjida⟧ (5), son ⟦N|Mohammed Yunus⟧ (2); his father ⟦N|Nur Alam⟧, said to be about ⟦A|95⟧.
Results from first visit (⟦D|2/13/99⟧): Hgb 9.1 (iron deficiency), ova and parasites: Giardia, Hymenolepis; strongyloides IgG pos; IGRA neg; lead 4.
Today: albendazole and praziquantel already given overseas; treat Strongyloides with ivermectin x2 days; ferrous sulfate. Prenatal: LMP ⟦D|1/5/2099⟧, HCG pos — referral to ⟦H|Family HealthCare⟧ OB, ⟦S|301 NP Ave⟧.
Caseworker ⟦N|Carly Beauchamp⟧ ⟦P|701-555-0136⟧ arranges ⟦O|MATBUS⟧ passes; apartment ⟦S|2417 14th St S⟧ #6, ⟦C|Fargo⟧ ⟦Z|58103⟧.
Medicaid ⟦HP|ND-RMA-4471823⟧ (RMA ends ⟦D|July 2099⟧). Seen by ⟦N|Ingeborg Lysne⟧, FNP. ⟦N|IL⟧
`);

note("tb-workplace-contact-investigation", `
TB Contact Investigation Summary — ⟦O|Finney County Health Department⟧ with ⟦O|Kansas Department of Health and Environment⟧ TB Program
Source case: ⟦N|Abdiwali Mohamud Hirsi⟧ (KS register ⟦I|KS-99-0031⟧), smear 3+ cavitary, dx ⟦D|02/12/2099⟧ at ⟦H|St. Catherine Hospital⟧, ⟦C|Garden City⟧.
Infectious period: ⟦D|11/12/2098⟧–⟦D|02/26/2099⟧. Workplace: ⟦O|Tyson Fresh Meats⟧ ⟦C|Holcomb⟧ plant, fabrication line B, 2nd shift (supervisor ⟦N|Ty Wedel⟧; plant nurse ⟦N|Rocío Banda⟧, RN ⟦P|620-555-0158⟧).
Household (5): wife ⟦N|Sahra Ahmed Jama⟧, children ⟦N|Ifrah⟧, ⟦N|Mahad⟧, ⟦N|Ubah⟧, mother ⟦N|Khadra Osman Farah⟧ (⟦A|94⟧ y/o). All evaluated ⟦D|2/14–2/16⟧; ⟦N|Mahad⟧ (4) window prophylaxis.
Mosque: ⟦O|Islamic Center of Garden City⟧, ⟦S|1202 E Fulton St⟧ — imam Sheikh ⟦N|Abdirahman Dualeh⟧ helped with announcements ⟦D|2/21⟧.
Report by ⟦N|Marlys Unruh⟧, RN, TB nurse case manager, ⟦D|3/14/99⟧; reviewed by Dr. ⟦N|Osagie Ighodaro⟧; ⟦O|KDHE⟧ epidemiologist ⟦N|Steph Ruhnke⟧ ⟦E|stephanie.ruhnke@ks.gov⟧.
`);

note("salmonella-outbreak-interview", `
Enteric Disease Case Interview — Salmonella Enteritidis cluster ⟦I|2099-ORE-0047⟧ (WGS code ⟦I|2403MLJBX-1⟧) — ⟦O|Lane County Public Health⟧, ⟦C|Eugene⟧
Interviewer: ⟦N|Delphine Arceneaux-Holt⟧, CD investigator   Date: ⟦D|03/14/2099⟧   Orpheus record ⟦I|OR-1184471⟧
Case: ⟦N|Tevita Havili Fifita⟧, DOB ⟦D|3/3/2081⟧, ⟦S|1840 W 18th Ave⟧, ⟦C|Eugene⟧ ⟦STATE|OR⟧ ⟦Z|97402⟧; ⟦P|541-555-0186⟧; student at ⟦O|Lane Community College⟧.
Onset ⟦D|March 2⟧ (diarrhea, fever). Stool culture pos at ⟦H|PeaceHealth Sacred Heart Medical Center at RiverBend⟧ ⟦D|3/6⟧, isolate to ⟦O|Oregon State Public Health Laboratory⟧.
Food history 7 days: ⟦D|2/24⟧ church potluck at ⟦O|Tongan Methodist Church of Eugene⟧ (ota ika, chicken); ⟦D|2/26⟧ eggs from ⟦O|Sunny Acres Egg Farm⟧ bought at ⟦LO|Lane County Farmers Market⟧; ⟦D|2/28⟧ ⟦O|Taqueria El Tapatío⟧ on ⟦S|River Rd⟧.
Household: mother ⟦N|Losaline Fifita⟧ (ill ⟦D|3/4⟧, not tested), grandmother ⟦N|'Ana Vailea Fifita⟧ (⟦A|91⟧, well), brother ⟦N|Sione⟧ works at ⟦O|Market of Choice⟧ deli — food handler, stool requested.
Follow-up: egg traceback with ⟦O|Oregon Department of Agriculture⟧ (⟦N|Hank Wiedeman⟧). Letter to ⟦O|Lane Community College⟧ health clinic. ⟦N|DAH⟧
`);

note("lead-home-investigation", `
Environmental Investigation — Elevated Blood Lead — ⟦O|Toledo-Lucas County Health Department⟧ Healthy Homes, ⟦C|Toledo⟧ ⟦STATE|OH⟧
Child: ⟦N|Zaylee Monroe-Kowalski⟧, DOB ⟦D|05/19/2096⟧ (2 y). Venous BLL 24 µg/dL ⟦D|02/28/2099⟧ (⟦H|ProMedica Toledo Children's Hospital⟧; PCP Dr. ⟦N|Ifeoma Chukwu⟧, ⟦O|Mercy Health - St. Vincent Pediatrics⟧). ODH case ⟦I|OH-PB-99-4471⟧.
Address: ⟦S|1118 Junction Ave⟧, ⟦C|Toledo⟧ ⟦Z|43607⟧, built ⟦D|1915⟧; rental. Landlord ⟦N|Gerald Pfeiffer⟧ / ⟦O|Maumee Valley Rentals LLC⟧, ⟦P|419-555-0150⟧.
Inspection ⟦D|March 14, 2099⟧ by risk assessor ⟦N|Otis Barksdale⟧ (lic. ⟦I|RA-004718⟧): XRF positive on window troughs (5.2 mg/cm2), porch floor; dust wipe sill 1,800 µg/ft2.
Siblings: ⟦N|Brayden⟧ (5) BLL 9, attends Head Start at ⟦O|Reynolds Elementary⟧; referral to ⟦O|Help Me Grow⟧ for ⟦N|Zaylee⟧.
Order to landlord issued ⟦D|3/14/99⟧, abatement due ⟦D|4/13/99⟧; relocation to ⟦O|Lucas Metropolitan Housing⟧ unit offered. Nurse case manager ⟦N|Paulette Sims⟧, RN, ⟦P|419-555-0171⟧.
`);

note("red-cross-wildfire-health", `
Disaster Health Services — Client Health Record — ⟦O|American Red Cross⟧ ⟦O|Northern California Coastal Region⟧ — DR ⟦I|512-99⟧
Shelter: ⟦O|Shasta College⟧ gym, ⟦S|11555 Old Oregon Trail⟧, ⟦C|Redding⟧ ⟦STATE|CA⟧. Date ⟦D|Aug 14, 2099⟧. DHS volunteer ⟦N|Yolanda Chee-Begay⟧, RN (⟦I|ARC-7710448⟧).
Client: ⟦N|Arvid Lindqvist⟧, age ⟦A|96⟧, evacuated from ⟦C|Shasta Lake⟧ (⟦S|4420 Pine Grove Ave⟧). Lives alone; son ⟦N|Erik Lindqvist⟧ in ⟦C|Medford⟧ ⟦P|541-555-0132⟧.
Hearing aid lost (serial ⟦DEV|PHK-22-447182⟧, fit at ⟦O|Costco⟧ hearing center); walker borrowed from ⟦O|Shasta County HHSA⟧ loan closet. Medicare ⟦HP|3TK4-WN8-MX71⟧.
Functional needs: cot by restroom; his neighbor ⟦N|Dolores "Dee" Fairbanks⟧ (cot 88) helps him.
Referred to FEMA DRC and to ⟦O|Shasta County Public Health⟧ for pneumococcal (Prevnar 20). Handoff to ⟦N|Chayton Two Crow⟧, EMT. ⟦N|YCB⟧
`);

note("concussion-return-to-play", `
Concussion Return-to-Learn / Return-to-Play Plan — ⟦O|Bismarck Public Schools⟧ Athletics — ⟦O|Century High School⟧ Girls' Hockey
Athlete: ⟦N|Brynn Ostertag-Eagle⟧, grade 11, DOB ⟦D|02/04/2082⟧, student # ⟦I|BPS-40447182⟧. Injury ⟦D|Feb 28⟧ vs ⟦O|Mandan High School⟧ at ⟦LO|VFW Sports Center⟧ (boarded, +LOC 10 sec).
Evaluated same night at ⟦H|Sanford Medical Center Bismarck⟧ ED (CT neg), then ⟦D|3/3/99⟧ by Dr. ⟦N|Evangeline Marsh-Tall Bear⟧, sports medicine, ⟦H|Sanford Orthopedics & Sports Medicine Bismarck⟧.
SCAT6 symptom score ⟦D|3/3⟧: 41 → ⟦D|3/14⟧: 2. ImPACT at baseline ⟦D|Aug 2098⟧ vs today: back to baseline. BESS 6 errors.
Return to learn: full days since ⟦D|3/10⟧; teachers Mr. ⟦N|Halvorsen⟧ (chemistry) and Mrs. ⟦N|Oyelowo-Brandt⟧ (English) give extra time.
Return to play: stage 3 (sport-specific skating) ⟦D|3/14/2099⟧ with athletic trainer ⟦N|Kasey Rensch⟧, ATC; full contact not before ⟦D|3/19⟧ with written clearance.
⟦O|North Dakota High School Activities Association⟧ form on file. — ⟦N|KR⟧, ATC
`);

// ========================================================= lower case (8) =========================================================

note("jail-kites-lo", `
medical kites, b pod — ⟦O|dona ana county detention center⟧, ⟦C|las cruces⟧ — typed in by ⟦N|m. saucedo⟧, lpn — ⟦D|3/14/99⟧
kite 1 — ⟦N|ruben quintana-holguin⟧ #⟦I|dacdc-441872⟧ cell b-14: "my bp pills from ⟦O|la clinica de familia⟧ ran out 3 days ago and my head hurts" → bp 168/104, lisinopril restarted, np ⟦N|okwuosa⟧ notified.
kite 2 — ⟦N|destiny tafoya⟧ #⟦I|dacdc-441901⟧ (female pod): "i am pregnant i think, last period ⟦D|january 20⟧" → hcg pos, ob referral to ⟦H|memorial medical center⟧, methadone continued per ⟦O|recovery services of southern new mexico⟧ letter.
kite 3 — ⟦N|tou lor⟧ #⟦I|dacdc-442015⟧: "need my cpap, my wife ⟦N|mai⟧ can bring it" → property: cpap sn ⟦DEV|rs9-22718840⟧ released to medical after sgt. ⟦N|villalobos⟧ ok'd.
kite 4 — ⟦N|jessie "jj" manygoats⟧ #⟦I|dacdc-441766⟧: "tooth" → dental list for ⟦DAY|friday⟧ (dr. ⟦N|seo-yeon park⟧).
kite 5 — ⟦N|harlan meeks⟧ #⟦I|dacdc-441512⟧, ⟦A|91⟧ y/o, medical housing: "i fell off the top bunk" (he's assigned lower — housing error) → x-ray via ⟦O|mobilex⟧ ⟦D|3/14⟧, his son ⟦N|clifford meeks⟧ (⟦P|575-555-0129⟧) called.
public defender ⟦N|alma ruelas⟧ requested records for ⟦N|quintana-holguin⟧ — sent to ⟦F|575-555-0161⟧ with roi.
`);

note("school-nurse-texts-lo", `
texts — nurse ⟦N|danielle⟧ (⟦O|evansville vanderburgh school corp⟧, ⟦O|harrison high⟧) ⟦D|mar 14⟧
0745 from ms. ⟦N|ochoa⟧ (mom): hi nurse ⟦N|dani⟧ this is ⟦N|valeria⟧'s mom, she forgot her epipen at her dad's house (⟦S|1507 s weinbach ave⟧), he's bringing it by 9
0746 nurse ⟦N|danielle⟧: ok thanks! we have her stock epi in the office, she's fine to go to class
0910 from mr. ⟦N|ochoa⟧: dropped off with ⟦N|linda⟧ at front desk
1122 coach ⟦N|brandt⟧: got it. his grandma ⟦N|ruby lyle⟧ called me too lol she's ⟦A|90⟧ and sharp as a tack
1345 from mrs. ⟦N|nhan⟧: can ⟦N|kevin⟧ take his adhd med at school now, dr ⟦N|trinh⟧ from ⟦O|tri-state pediatrics⟧ sent the form to ⟦F|812-555-0177⟧
1350 nurse ⟦N|danielle⟧: yes got it, bring the bottle in original pharmacy label from ⟦O|walgreens⟧. my direct line ⟦P|812-555-0140⟧ ext ⟦P|3021⟧
`);

note("college-portal-messages-lo", `
patient portal — ⟦H|ucsb student health⟧ — secure messages
from ⟦N|priyanka venkataraman⟧ (perm # ⟦I|8447182⟧) — ⟦D|3/13/2099⟧ 23:10
hi, i think i got food poisoning from ⟦LO|ortega commons⟧ dinner?? my roommate ⟦N|jess kowalski⟧ is sick too. also i need my tb test results for my internship at ⟦H|cottage hospital⟧ by ⟦DAY|friday⟧ ⟦D|3/15⟧
reply — dr. ⟦N|marcus feldman-ito⟧ — ⟦D|3/14/2099⟧ 08:20
from ⟦N|priyanka⟧ — ⟦D|3/14/2099⟧ 08:35
ok thank you! my mom ⟦N|lakshmi⟧ wants to know if she should drive up from ⟦C|fremont⟧ lol. my insurance is ship, id ⟦HP|ucship-44718203⟧
`);

note("contact-tracer-texts-lo", `
contact tracing sms log — ⟦O|macon-bibb county health department⟧ — tracer ⟦N|keisha⟧ (⟦UN|kwashington3⟧) — ⟦D|3/14/2099⟧
to ⟦P|478-555-0108⟧: hi this is ⟦N|keisha washington⟧ from the health department. is this ⟦N|terrence oduya⟧? you may have been exposed to tb at ⟦O|mercer university⟧ library. please call ⟦P|478-555-0190⟧
from ⟦N|terrence⟧: yes this is him. who told yall?? was it ⟦N|marcus⟧
to ⟦N|terrence⟧: we can't share who. we need a blood test (quantiferon), free, at ⟦S|171 emery hwy⟧, ⟦DAY|mon⟧–⟦DAY|fri⟧ 8-4. contact id ⟦I|mb-tb-0318-22⟧
from ⟦N|terrence⟧: i work at ⟦O|kroger⟧ on ⟦S|zebulon rd⟧ til 5. can my girl ⟦N|janae⟧ get tested too she was with me
to ⟦N|terrence⟧: yes bring her. if work needs a note ask for nurse ⟦N|dupree⟧. our case manager is ⟦N|lamar hollis⟧ ⟦E|lhollis@maconbibbhealth.org⟧
from ⟦N|terrence⟧: ok. my grandma ⟦N|odessa oduya⟧ lives with us she's ⟦A|95⟧ does she need it
to ⟦N|terrence⟧: yes — we can come to the house for her. address?
from ⟦N|terrence⟧: ⟦S|3390 houston ave⟧ ⟦C|macon⟧ ⟦Z|31206⟧
`);

note("athletic-trainer-chat-lo", `
groupme — ⟦O|augusta university⟧ baseball sports med — ⟦D|3/14⟧
⟦N|kels⟧ (atc): injury update after ⟦O|usc aiken⟧ game. ⟦N|diego ocampo⟧ (rhp) ucl tightness, no pitching, seeing dr ⟦N|lindqvist-ayodele⟧ at ⟦H|doctors hospital of augusta⟧ sports med ⟦D|3/15⟧ 0800
coach ⟦N|petrakis⟧: thanks. mri?
⟦N|tyler h⟧ (ga): ⟦N|jamal whitfield⟧ rolled ankle on dugout step, iced, taped, avail dh
⟦N|kels⟧: also ⟦N|ryota sakamoto⟧ needs his visa physical form for the ⟦O|cape cod baseball league⟧ — dr ⟦N|anand⟧ will sign. ⟦N|ryota⟧'s host fam is the ⟦N|mcgillicuddys⟧ in ⟦C|falmouth⟧
dr ⟦N|anand⟧: send to my email ⟦E|ranand@augusta.edu⟧. ⟦N|ryota⟧ sevis # ⟦I|n0044718203⟧
coach ⟦N|petrakis⟧: 👍 bus leaves ⟦LO|jaguar field⟧ at 1
`);

note("shelter-volunteer-chat-lo", `
signal chat — mrc volunteers — ⟦O|gulfport high school⟧ shelter (⟦O|harrison county emergency management⟧) — ⟦D|sept 14⟧
rn ⟦N|becca⟧: night report: 212 clients. mr. ⟦N|dao⟧ (cot 17) ⟦A|93⟧ yo, confused, daughter ⟦N|hanh dao⟧ ⟦P|228-555-0144⟧ coming from ⟦C|biloxi⟧
emt ⟦N|jerome⟧: got it. insulin fridge log ok. ms. ⟦N|labat⟧'s oxygen tank low, called ⟦O|apria⟧ delivery
dr ⟦N|hamid⟧: i'll see him at 7. also pls get ⟦N|lorena castillo⟧'s dialysis chair at ⟦O|fresenius kidney care⟧ ⟦C|d'iberville⟧ tomorrow 6am, client # ⟦I|gp-0418⟧
emt ⟦N|jerome⟧: she lives ⟦S|1433 pass rd⟧ apt c so her unit might be open? ⟦O|coast transit authority⟧ is running
rn ⟦N|becca⟧: ok. signing off — ⟦N|rb⟧. ⟦N|tomasz⟧ has days
`);

note("wc-adjuster-emails-lo", `
email thread — re: claim ⟦I|7701-4471-882⟧ / ⟦N|yazzie, lorenzo⟧ / doi ⟦D|2/11/99⟧
from: ⟦E|cmartell@berkleycomp.com⟧ (⟦N|colleen martell⟧, adjuster, ⟦O|berkley industrial comp⟧) — ⟦D|mar 13, 2099⟧
hi dr ⟦N|benally⟧, following up on mr ⟦N|yazzie⟧'s lumbar strain from the fall at the ⟦O|peabody western coal⟧ site near ⟦C|kayenta⟧. employer (⟦N|rick hudgins⟧, safety) has light duty in the warehouse. can he start ⟦DAY|monday⟧ ⟦D|3/18⟧? also need the ime report from dr ⟦N|rosenthal⟧ (⟦O|arizona ime group⟧).
from: ⟦E|dbenally@nhfhealth.org⟧ (dr. ⟦N|dana benally⟧, ⟦H|tuba city regional health care⟧ occupational health) — ⟦D|3/14/2099⟧
ms ⟦N|martell⟧ — seen today. ok for light duty, 20 lb, sit/stand as needed, starting ⟦D|3/18⟧. he lives ⟦S|navajo route 6330⟧ ~40 mi from site, his wife ⟦N|ernestine⟧ drives him. pt at ⟦O|pt solutions⟧ ⟦C|flagstaff⟧ is too far — can we authorize our own pt? our fax ⟦F|928-555-0151⟧.
— ⟦N|db⟧
from: ⟦N|colleen martell⟧ — ⟦D|3/14/2099⟧
authorized, auth # ⟦I|bic-99-0314⟧. thanks!
`);

note("tb-video-dot-log-lo", `
video dot log — ⟦O|hennepin county public health⟧ tb clinic — week of ⟦D|3/10/2099⟧
client: ⟦N|ahmed abdullahi warsame⟧ (⟦I|hc-tb-99-014⟧), regimen 3hp → changed to 4r ⟦D|3/1⟧ (rash)
⟦D|3/10⟧ ⟦DAY|mon⟧ 0715 — observed by ⟦N|nimo⟧ (chw) via emocha; dose taken, no side effects. he is at his cousin ⟦N|faisal⟧'s in ⟦C|eden prairie⟧
⟦D|3/11⟧ ⟦DAY|tue⟧ 0720 — observed by ⟦N|nimo⟧; asks for letter for job at ⟦O|amazon msp1⟧ (hr ⟦N|jessica tran⟧)
⟦D|3/12⟧ ⟦DAY|wed⟧ — missed. called ⟦P|612-555-0193⟧ x2; his mother ⟦N|faadumo⟧ said he was at ⟦O|abubakar as-saddique islamic center⟧
⟦D|3/13⟧ ⟦DAY|thu⟧ 0740 — observed by ⟦N|tsegaye⟧ (back-up chw), took 2 (makeup dose per dr ⟦N|khalil⟧)
⟦D|3/14⟧ ⟦DAY|fri⟧ 0710 — observed; lft check due at ⟦H|hennepin healthcare⟧ ⟦D|3/21⟧. address on file ⟦S|2700 e lake st⟧ #208, ⟦C|minneapolis⟧ ⟦Z|55406⟧
rn case manager ⟦N|lisa ohnstad-gebre⟧ — ⟦E|lisa.ohnstad-gebre@hennepin.us⟧
`);

write();
