// Why this file exists: builds test/fixtures/clinical-notes-40.jsonl, a fortieth labelled set of clinical texts written
// by hand in stop 49 to measure the tree blind: written without reading the name detector (assembly/, src/) or running
// it on these texts (fixtures 37 and 38's generators, fixture 38's test file and fixture-io.mjs were read for the form
// and the labels), in the register of CARE AT THE EDGES OF THE HOSPITAL: EMS run reports and ePCR narratives (units,
// crews and their certificate numbers, scene addresses, mile markers, intersections), interfacility transport and
// flight notes, poison-control call records, public-health case investigations and contact tracing (household contacts
// with names and ages, workplaces, schools, churches, restaurants), reportable-disease forms, jail and prison medical
// notes (booking numbers, facilities, officers), occupational- and employee-health visits (employers, supervisors, job
// sites), VA and military notes (units, bases, DoD-style ids, VA facilities), organ-procurement and transplant
// coordinator notes (OPO, UNOS ids, donor hospital), blood-bank and apheresis donor records, interpreter-mediated visits
// (interpreters' names and ids, language lines), travel-medicine and refugee-health intake (towns and camps abroad,
// resettlement agencies, caseworkers), mass-casualty triage tags, addiction (OTP/MAT) clinic notes, and home visits in
// rural places (county roads, routes, ranches, tribal lands). 16 in ALL CAPS, 12 in lower case (texts, chat-like
// notes), the rest mixed.
// Regions (towns invented or real, states and countries real): Wheeling, Moundsville and Proctor, Whitesburg, Hazard,
// Isom and Paintsville, Lexington, Louisville and Shepherdsville, Corbin and London, Bluefield, Walla Walla, Tacoma,
// Pasadena and Houston, Sugar Land, Minneapolis, Red Lake and Faribault, Shiprock and Naschitti, Salt Lake City and West
// Valley City, Fort Liberty and Fayetteville, Laurium and Marquette, Columbus and Marysville, Fort Worth, Omaha and
// Kearney, Ethete and Fort Washakie, Mattapan, Kansas City, Edwards, Lewiston and Auburn (Maine), Hilo, Bethel and
// Tuntutuliak, Anchorage, Salem and Woodburn, Erie, Tahlequah, Honolulu, Fort Lupton, Utica and Rome, Milwaukee, Fargo
// and Moorhead, Spokane, Casper, Clarksville and Fort Campbell, Boise, Grand Junction and Fruita, Fort Yates and Mandan,
// Twin Falls; abroad Kabul, Mae La, Bukavu and Nyarugusu, Kakuma and Dadaab, Nairobi, Port-au-Prince and Jérémie,
// Santa Cruz del Quiché, Samtse, Beldangi and Damak, Weno (Chuuk), Kharkiv, Lviv and Mariupol.
// PHI forms sought: names of many origins (Somali, Afghan Dari and Pashto, Burmese and Karen, Congolese Swahili and
// Lingala, Ukrainian, Guatemalan and K'iche', Bhutanese-Nepali, Haitian, Chuukese, Appalachian, Navajo, Lakota,
// Blackfeet, Cherokee), with particles ("de León", "van der Berg"), hyphens, apostrophes, nicknames in quotes and
// parentheses, surnames alone after a rank or title ("SGT OKONJO", "OFC. TRAMMELL", "Deputy Hale"); crews with
// certificates ("PARAMEDIC ⟦N|...⟧ NREMT ⟦I|...⟧"); contacts with ages; officers with badges; interpreters with ids;
// donors and recipients; dates as "03/14/2099", "3/14/99", "14-MAR-2099", "2099-03-14", "March 14th", "Mar 14",
// "14 March 2099", month and year, a bare year; ages over 89 as "92 YOM", "age 94", "(91)", "93 y/o";
// phones, faxes, extensions, pagers, emails, a URL, an IP; incident, run, PCR,
// case, booking, inmate, triage-tag, donor (DIN), UNOS, interpreter, cert, licence, DoD, claim, A-number, passport,
// UNHCR and IOM case ids; Medicaid and member numbers; MRNs; device serials (AED, LVAD, ventilator, insulin pump).
// Hard negatives: drugs (Narcan, Suboxone, Sublocade, methadone, fentanyl, heparin, TNK, amlodipine, clonidine,
// ivermectin, albendazole, praziquantel, furosemide, prazosin, silibinin, Zofran, Typhim Vi, Vaxchora,
// atovaquone-proguanil), devices (BVM, King airway, Zoll X Series, Trima Accel, t:slim X2, Aquacel Ag), scales and
// scores (GCS, COWS, CIWA, START, PCL-5, Mini-Cog, KDPI, cPRA), public programmes (Medicaid, Medicare, TRICARE,
// Med-QUEST, MO HealthNet, PCAFC), units and apparatus ("MEDIC 12", "ENGINE 2", "SQUAD 4", "CCT 41"), VISN numbers,
// clock times and relative dates.
// Labelling follows fixtures 29-38 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// provinces, countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages
// under 90 are no PHI; clinicians', crews' and witnesses' initials are PHI; titles, ranks, degrees, certifications and
// cue words stay outside the name; "the" stays outside a facility; room, bed, cell, pod, bay and box codes, apparatus
// and unit numbers ("MEDIC 12", "ENGINE 4", "UNIT 3"), flight numbers, exits and mile markers beside a route, and
// departments and VISN numbers are left unlabelled (an apartment or lot written inside the street address stays in
// the street span);
// routes, highways, county roads and each street of an intersection are STREET; protocol, lot-of-drug, lot-of-vaccine,
// form and CPT/ICD numbers are left unlabelled; hospitals, VA medical centres, CBOCs and clinics with a place name,
// nursing homes and IHS facilities are HOSPITAL; companies, employers, insurers, schools, churches, mosques,
// restaurants, jails and prisons, police and sheriffs, fire and EMS agencies, air-medical programmes, OPOs, blood
// centres, poison centres, health departments, resettlement agencies, interpreter services, OTPs and treatment
// programmes, military units and tribes' agencies are ORGANIZATION (a branch of the armed forces is left unlabelled, as
// fixture 37 leaves it); counties, reservations, bases, refugee camps,
// neighbourhoods and landmarks are LOCATION-OTHER; MRNs and charts are MRN; member and Medicaid numbers HEALTHPLAN;
// incident, run, PCR, case, booking, inmate, tag, donor, UNOS, interpreter, cert, licence, DoD, claim, A-number,
// passport and UNHCR numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large hospitals, agencies, companies and camps are real, named as places); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-38 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-40.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-40.jsonl", "make-clinical-fixture-40");

// ======================================================== ALL CAPS (16) ========================================================

note("epcr-overdose-caps", `
PATIENT CARE REPORT   AGENCY: ⟦O|OHIO COUNTY EMS⟧   UNIT: MEDIC 12   INCIDENT # ⟦I|2099-031407⟧   PCR # ⟦I|OCE-99-44172⟧
DATE: ⟦D|03/14/2099⟧   DISPATCHED 0212   ON SCENE 0221   TRANSPORT 0240   AT DEST 0254
SCENE: ⟦S|1418 MCCOLLOCH ST⟧ APT 3, ⟦C|WHEELING⟧ ⟦STATE|WV⟧ ⟦Z|26003⟧ (CROSS ⟦S|17TH ST⟧)
PT: ⟦N|TRENT WAYNE HOLLAND⟧   DOB ⟦D|09/02/2071⟧   ⟦PROF|ROOFER⟧
PT FOUND BY NEIGHBOR ⟦N|DARLENE PRITT⟧ (⟦P|304-555-0143⟧) UNRESPONSIVE ON BATHROOM FLOOR, PINPOINT PUPILS, RR 4. BYSTANDER GAVE
NARCAN 4 MG IN AT 0218 FROM ⟦O|WHEELING-OHIO COUNTY HEALTH DEPARTMENT⟧ KIT. BVM, NARCAN 2 MG IV, RR 14, GCS 14.
PT STATES "I ONLY DID A HALF A BUTTON". GIRLFRIEND ⟦N|KAYLEE "KAY" STOUT⟧ ARRIVED, STATES PT USED AT ⟦O|SHEETZ⟧ ON ⟦S|NATIONAL RD⟧.
TRANSPORTED TO ⟦H|WHEELING HOSPITAL⟧ ED, REPORT TO ⟦N|B. KOVACH⟧ RN.
CREW: ⟦N|JESSE MCCAUSLAND⟧, PARAMEDIC, WV CERT ⟦I|P-44810⟧ (LEAD); ⟦N|ALYSSA DUFFY-REED⟧, EMT, NREMT ⟦I|E4471209⟧.
⟦O|WHEELING POLICE⟧ OFC. ⟦N|TRAMMELL⟧ BADGE ⟦I|212⟧ ON SCENE. MEDICAID ⟦HP|WV0441872209⟧. PCR CLOSED ⟦D|3/14/99⟧ 0331 BY ⟦N|JM⟧.
`);

note("mvc-interstate-caps", `
RUN REPORT - MVC   ⟦O|MARSHALL COUNTY RESCUE SQUAD⟧ SQUAD 4 / ⟦O|MOUNDSVILLE FIRE⟧ ENGINE 2   RUN # ⟦I|MCRS-0314-07⟧   ⟦D|14-MAR-2099⟧
LOCATION: ⟦S|I-470⟧ WB MM 3.5 NEAR ⟦C|BETHLEHEM⟧; SECOND VEHICLE OFF ROAD AT ⟦S|WV-2⟧ AND ⟦S|FIRST ST⟧.
PT 1: ⟦N|DELBERT "DUB" COTTRILL⟧, ⟦A|92⟧ YOM, RESTRAINED DRIVER, 1998 BUICK, ⟦PROF|RETIRED COAL MINER⟧. C/O CHEST PAIN FROM BELT.
PT 2: ⟦N|ROSEMARY COTTRILL⟧ (WIFE), 88 YOF, NO COMPLAINTS, REFUSED, SIGNED RMA WITNESSED BY ⟦N|FF J. YOHO⟧.
OTHER DRIVER ⟦N|ZACHARY NICEWONDER⟧ EVALUATED BY ⟦O|BELMONT COUNTY EMS⟧ (⟦STATE|OHIO⟧ UNIT).
TRAUMA ALERT NOT MET. TRANSPORTED PT 1 TO ⟦H|REYNOLDS MEMORIAL HOSPITAL⟧, ⟦C|GLEN DALE⟧. REPORT TO DR. ⟦N|SAMIRA HADDAD⟧.
PT PCP ⟦N|LLOYD CUNNINGHAM⟧, DO. SON ⟦N|RANDALL COTTRILL⟧ ⟦P|304-555-0188⟧ NOTIFIED, MEETING AT ED.
PT ADDRESS ⟦S|RR 1 BOX 212⟧, ⟦C|PROCTOR⟧ ⟦STATE|WV⟧ ⟦Z|26055⟧. DOB ⟦D|01/19/2007⟧. MEDICARE. AARP SUPPLEMENT ⟦HP|AR44172093⟧.
STATE TROOPER ⟦N|M. HAGEDORN⟧ (⟦O|WV STATE POLICE⟧ TROOP 1) REPORT # ⟦I|WVSP-99-03311⟧. AUTHOR ⟦N|CODY LEMASTERS⟧, AEMT, CERT ⟦I|A-20718⟧.
`);

note("flight-transfer-caps", `
⟦O|HEALTHNET AEROMEDICAL⟧ - FLIGHT RECORD   AIRCRAFT HN-7   MISSION # ⟦I|HNA-990314-03⟧   ⟦D|03/14/2099⟧
REQUESTING: ⟦H|WHITESBURG ARH HOSPITAL⟧, ⟦C|WHITESBURG⟧ ⟦STATE|KY⟧ (DR. ⟦N|OBADIAH FIELDS⟧, ⟦P|606-555-0120⟧)
RECEIVING: ⟦H|UK CHANDLER MEDICAL CENTER⟧ (ACCEPTING DR. ⟦N|PRIYANKA RAGHUNATHAN⟧, TRANSFER CENTER REF ⟦I|UKTC-417720⟧)
LZ: ⟦O|LETCHER COUNTY CENTRAL HIGH SCHOOL⟧ BALL FIELD, ⟦S|435 COUGAR DR⟧; GROUND CREW ⟦O|LETCHER COUNTY AMBULANCE⟧ MEDIC 3.
PT: ⟦N|NEVAEH JO SEXTON⟧, 31 YOF, STEMI, TNK GIVEN 1305 AT SENDING. WT 71 KG. HUSBAND ⟦N|BRAXTON SEXTON⟧ DRIVING TO ⟦C|LEXINGTON⟧.
EN ROUTE: HEPARIN GTT, VF X1 AT 1341 - SHOCKED 200J (ZOLL X SERIES SN ⟦DEV|AR19F044718⟧), ROSC. KING AIRWAY NOT NEEDED.
FLIGHT RN ⟦N|TAMARA "TAMMY" BLEVINS⟧, RN, CFRN; FLIGHT MEDIC ⟦N|JOSIAH CAUDILL⟧, FP-C, KY LIC ⟦I|KY-P-33817⟧; PILOT ⟦N|R. AUXIER⟧.
PT MOTHER ⟦N|OPAL SEXTON⟧, ⟦A|90⟧, LIVES WITH PT AT ⟦S|88 ROCKHOUSE CREEK RD⟧, ⟦C|ISOM⟧ ⟦Z|41824⟧. PT CELL ⟦P|606-555-0171⟧.
BILLING: ⟦O|PASSPORT HEALTH PLAN⟧ ⟦HP|KY7731044820⟧. CHART ⟦M|ARH-0417732⟧. SIGNED ⟦N|T. BLEVINS⟧ ⟦D|3/14/99⟧.
`);

note("jail-intake-screen-caps", `
⟦O|FAYETTE COUNTY DETENTION CENTER⟧ - RECEIVING SCREENING          BOOKING # ⟦I|B2099-004471⟧    INMATE # ⟦I|317742⟧
DATE/TIME: ⟦D|03/14/2099⟧ 2240     ARRESTING AGENCY: ⟦O|LEXINGTON POLICE DEPARTMENT⟧, OFC. ⟦N|D. WAINSCOTT⟧ #⟦I|1187⟧
NAME: ⟦N|BAKER-OSEI, DESHAWN KOFI⟧   AKA "⟦N|D-NICE⟧"   DOB ⟦D|07/07/2074⟧
MEDS: SUBOXONE 8/2 BID PER PT, PRESCRIBER ⟦N|HOLLIS VANCE⟧, APRN AT ⟦O|BLUEGRASS RECOVERY CENTERS⟧ - VERIFIED WITH ⟦O|KENTUCKY ALL SCHEDULE PRESCRIPTION ELECTRONIC REPORTING⟧.
LAST USE ETOH ⟦D|3/14⟧ AM. CIWA 6. COWS 3. DENIES SI. PRIOR INCARCERATION ⟦O|NORTHPOINT TRAINING CENTER⟧ ⟦D|2096⟧-⟦D|2097⟧.
EMERGENCY CONTACT: GRANDMOTHER ⟦N|CORA LEE BAKER⟧ ⟦P|859-555-0164⟧, ⟦S|512 CHESTNUT ST⟧, ⟦C|LEXINGTON⟧ ⟦Z|40508⟧.
HOUSED: MEDICAL POD C, CELL 14. CHRONIC CARE: HTN. TB SCREEN QFT SENT TO ⟦O|LABCORP⟧ ACC ⟦I|LC9904471826⟧.
SCREENED BY ⟦N|MARGO ESTEP⟧, LPN (⟦O|SOUTHERN HEALTH PARTNERS⟧). REVIEWED ⟦D|3/15/99⟧ BY ⟦N|IFEOMA CHUKWU⟧, NP. SGT ⟦N|PELFREY⟧ NOTIFIED OF DETOX WATCH.
`);

note("jail-sick-call-caps", `
SICK CALL - ⟦O|WASHINGTON STATE PENITENTIARY⟧, ⟦C|WALLA WALLA⟧   DOC # ⟦I|421774⟧   UNIT: WEST COMPLEX B-114
⟦D|MAR 14 2099⟧ 0930. PT ⟦N|TUIASOSOPO, FALANIKO J⟧ C/O R KNEE SWELLING AFTER YARD BASKETBALL ⟦D|3/12⟧. WAS SEEN ⟦D|FEB 2099⟧ FOR SAME.
CORRECTIONS OFFICER SGT ⟦N|BRANDT⟧ PRESENT (ESCORT). PT REQUESTS BOTTOM-BUNK PASS AND KNEE BRACE.
PLAN: XR AT ⟦H|PROVIDENCE ST. MARY MEDICAL CENTER⟧ (OFFSITE, TRANSPORT CONFIRMED WITH LT. ⟦N|OYELARAN⟧). IBUPROFEN 600 TID X 7D.
PT ASKS THAT SISTER ⟦N|MALIA TUIASOSOPO-REED⟧ (⟦C|TACOMA⟧, ⟦P|253-555-0197⟧) BE TOLD; ROI SIGNED, ON FILE.
SEEN BY ⟦N|GREGORY ABERNATHY-LUZ⟧, PA-C. GRIEVANCE # ⟦I|G-99-11873⟧ CLOSED. NEXT CHRONIC CARE ⟦D|04/01/2099⟧.
`);

note("mci-triage-tags-caps", `
MASS CASUALTY INCIDENT - TRIAGE TAG LOG    INCIDENT: BUS ROLLOVER ⟦S|US-23⟧ NB AT ⟦S|KY-15⟧, ⟦LO|PERRY COUNTY⟧   ⟦D|03/14/2099⟧
IC: CHIEF ⟦N|ROYCE NAPIER⟧ (⟦O|HAZARD FIRE DEPARTMENT⟧). TRIAGE OFFICER ⟦N|DANA COMBS⟧, PARAMEDIC. START TRIAGE.
TAG ⟦I|0044712⟧ RED - ⟦N|COUCH, WILLA MAE⟧, ⟦A|94⟧ YOF, RR 32, OPEN FX L TIB -> ⟦H|ARH HAZARD REGIONAL MEDICAL CENTER⟧
TAG ⟦I|0044713⟧ RED - UNKNOWN MALE "JOHN DOE 1", GCS 8 -> AIR TO ⟦H|UK CHANDLER MEDICAL CENTER⟧ (⟦O|AIR EVAC LIFETEAM⟧ 84)
TAG ⟦I|0044714⟧ YELLOW - ⟦N|HUFF, EZEKIEL⟧, 16 YOM, STUDENT ⟦O|BUCKHORN SCHOOL⟧ -> ⟦H|ARH HAZARD⟧
TAG ⟦I|0044715⟧ GREEN - BUS DRIVER ⟦N|GAYLA STIDHAM⟧, WALKING WOUNDED, TO ⟦O|HAZARD COMMUNITY AND TECHNICAL COLLEGE⟧ GYM (CCP).
TAG ⟦I|0044716⟧ BLACK - ⟦N|ELIJAH "BUDDY" NAPIER⟧, 71 YOM. CORONER ⟦N|PATSY SIZEMORE⟧ NOTIFIED.
REUNIFICATION: ⟦O|FIRST BAPTIST CHURCH OF HAZARD⟧, ⟦S|205 HIGH ST⟧. ⟦O|AMERICAN RED CROSS⟧ LIAISON ⟦N|KEISHA BRASHEAR⟧ ⟦P|606-555-0133⟧.
COUNT VERIFIED ⟦D|3/14/99⟧ 1650 BY ⟦N|DC⟧ AND CHIEF ⟦N|NAPIER⟧.
`);

note("poison-control-caps", `
⟦O|KENTUCKY REGIONAL POISON CONTROL CENTER⟧ - CASE RECORD    CASE # ⟦I|KYPC-2099-031422⟧    ⟦D|2099-03-14⟧ 1914
CALLER: MOTHER ⟦N|BRITTANY HENSLEY-MULLINS⟧ ⟦P|502-555-0129⟧ FROM HOME, ⟦C|SHEPHERDSVILLE⟧ (⟦LO|BULLITT COUNTY⟧)
PT: ⟦N|KASH HENSLEY-MULLINS⟧, 2 YOM, 13 KG. SUBSTANCE: GRANDMOTHER'S AMLODIPINE 10 MG, UP TO 3 TABS, ~1840. ALSO ?CLONIDINE.
GRANDMOTHER ⟦N|LORETTA MULLINS⟧ VISITING FROM ⟦C|BOWLING GREEN⟧; PILL ORGANIZER FROM ⟦O|KROGER PHARMACY⟧ ON ⟦S|DIXIE HWY⟧.
REC: TO ED NOW BY EMS. CALLED ⟦O|BULLITT COUNTY EMS⟧ DISPATCH ⟦P|502-555-0100⟧. ED NOTIFIED: ⟦H|NORTON CHILDREN'S HOSPITAL⟧, SPOKE WITH
DR. ⟦N|HALVARD STRAND⟧. HIGH-DOSE INSULIN IF HYPOTENSIVE. TOXICOLOGIST ON CALL ⟦N|AMINA GARBA⟧, MD PAGER ⟦P|4417⟧.
F/U CALLS 2000, 2200: BP 84/50 AT ED, ON HDI. SPECIALIST ⟦N|J. OKWUOSA⟧, CSPI. CLOSED ⟦D|03/15/2099⟧.
`);

note("va-pact-caps", `
⟦H|ROBLEY REX VA MEDICAL CENTER⟧ - PACT PRIMARY CARE NOTE          ⟦D|03/14/2099⟧          VISN 9
VETERAN: ⟦N|OKONJO, MARCUS ADEBAYO⟧   SSN ⟦SSN|401-88-2219⟧   DOB ⟦D|04/11/2068⟧   SC 70%
SERVICE: US ARMY ⟦D|2086⟧-⟦D|2094⟧, ⟦O|101ST AIRBORNE DIVISION⟧, ⟦LO|FORT CAMPBELL⟧; DEPLOYED ⟦COUNTRY|SYRIA⟧ ⟦D|2091⟧.
DOD ID ⟦I|1288047712⟧. PACT RN ⟦N|LATOYA BRIDGEWATER⟧, MSA ⟦N|KENNY PHAM⟧. PCP ⟦N|HELGA STRÖMBERG⟧, MD.
HX: PTSD, TBI (BLAST ⟦D|10/2091⟧), OSA ON CPAP (RESMED SN ⟦DEV|22161447182⟧). PT GOES TO ⟦H|FORT KNOX CBOC⟧ FOR LABS.
WIFE ⟦N|ADAEZE OKONJO⟧ IS CAREGIVER (PCAFC), ⟦P|502-555-0117⟧. VET CENTER COUNSELOR ⟦N|RUSSELL TWO CROWS⟧.
EMPLOYER: ⟦O|UPS WORLDPORT⟧, NIGHT SORT, ⟦PROF|SORT SUPERVISOR⟧. MOVED FROM ⟦C|CLARKSVILLE⟧ ⟦D|2096⟧.
REFERRED TO ⟦H|TENNESSEE VALLEY HEALTHCARE SYSTEM⟧ POLYTRAUMA (DR. ⟦N|YUSUF OKAFOR-BELL⟧). CLAIM # ⟦I|VA-C-44718823⟧.
`);
note("opo-donor-referral-caps", `
⟦O|LIFEGIFT⟧ DONOR REFERRAL LOG      REFERRAL # ⟦I|LG-990314-0271⟧      CALL ⟦D|03/14/2099⟧ 0417
REFERRING HOSPITAL: ⟦H|HCA HOUSTON HEALTHCARE SOUTHEAST⟧, ⟦C|PASADENA⟧ ⟦STATE|TX⟧ - ICU RN ⟦N|CLARISSA VILLARREAL⟧ ⟦P|713-555-0152⟧
PT: ⟦N|DE LEÓN SANDOVAL, JOSUÉ⟧, 27 YOM, MRN ⟦M|HHSE-3317442⟧, GSW HEAD, GCS 3, VENTED, NO SEDATION X 6H.
TRIGGER: GCS <=5. FIRST ACTIONS: HOLD EXTUBATION. ON-SITE COORDINATOR ⟦N|BEATRIZ "BETTY" OCHOA⟧, RN, CPTC, ARRIVED 0530.
UNOS DONOR ID ⟦I|BKX4471⟧. ABO O POS. SEROLOGIES SENT TO ⟦O|LIFEGIFT⟧ LAB (SPEC ⟦I|LGL-22817⟧).
NOK: MOTHER ⟦N|MARICELA SANDOVAL DE LEÓN⟧ ⟦P|281-555-0184⟧ (SPANISH; INTERPRETER VIA ⟦O|CYRACOM⟧ ID ⟦I|44172⟧).
BROTHER ⟦N|EDGAR DE LEÓN⟧. ME CASE: ⟦O|HARRIS COUNTY INSTITUTE OF FORENSIC SCIENCES⟧ # ⟦I|ML99-1447⟧, INVESTIGATOR ⟦N|R. CASTAÑO⟧.
REGISTRY: FIRST-PERSON AUTHORIZATION ON ⟦O|DONATE LIFE TEXAS⟧ REGISTRY (DL ⟦I|31188472⟧). BRAIN DEATH EXAM 1 BY DR. ⟦N|WEI-LING TSAO⟧ 1145.
KIDNEYS ALLOCATED: ⟦H|HOUSTON METHODIST HOSPITAL⟧ AND ⟦H|CHI ST. LUKE'S HEALTH-BAYLOR ST. LUKE'S MEDICAL CENTER⟧. LOG BY ⟦N|B. OCHOA⟧ ⟦D|3/15/99⟧.
`);

note("apheresis-donor-caps", `
DONOR RECORD - ⟦O|GULF COAST REGIONAL BLOOD CENTER⟧   SITE: ⟦O|SUGAR LAND DONOR CENTER⟧, ⟦S|15950 CITY WALK⟧   ⟦D|14 MAR 2099⟧
DONOR: ⟦N|NGUYEN-ABERNATHY, TRAM⟧   DONOR ID ⟦I|GC-0447182⟧   DOB ⟦D|02/28/2071⟧   ABO A NEG   CMV NEG
PROCEDURE: PLATELETPHERESIS (DOUBLE), TRIMA ACCEL SN ⟦DEV|1T40718⟧. DIN ⟦I|W0417 99 044718⟧.
PRE: HGB 13.4, PLT 244, BP 118/72. CITRATE TINGLING AT 40 MIN, CALCIUM CHEWS GIVEN. NO VASOVAGAL.
PHLEBOTOMIST ⟦N|ROLANDO AGUILAR⟧; CHARGE RN ⟦N|STACIA PERKOWSKI⟧, RN; MEDICAL DIRECTOR ⟦N|IKECHUKWU ODIMEGWU⟧, MD.
DONOR EMPLOYER (DRIVE CREDIT): ⟦O|FLUOR CORPORATION⟧. NEXT ELIGIBLE ⟦D|03/21/2099⟧. REWARD EMAIL ⟦E|TRAM.NA@MAIL.EXAMPLE⟧.
CALL-BACK 24H: ⟦P|281-555-0116⟧. DONOR AGE-OUT CHECK: N/A. REFERRED BY BROTHER ⟦N|QUANG NGUYEN⟧ (DONOR ⟦I|GC-0331177⟧).
`);

note("osha-injury-caps", `
EMPLOYEE HEALTH / OCCUPATIONAL INJURY VISIT      ⟦H|BAPTIST HEALTH OCCUPATIONAL MEDICINE - CORBIN⟧      ⟦D|03-14-2099⟧
EMPLOYEE: ⟦N|STURGILL, CLEMENT RAY⟧   EMPLOYER: ⟦O|APPALACHIAN REGIONAL COAL CO⟧   JOB SITE: ⟦O|MILLERS CREEK NO. 4 MINE⟧, ⟦S|KY-1835⟧
SUPERVISOR: ⟦N|VERNON "SKIP" GAYHEART⟧ ⟦P|606-555-0191⟧   SAFETY DIRECTOR ⟦N|HOLLY SPRADLIN⟧, MSHA ID ⟦I|15-19441⟧
INJURY ⟦D|03/13/2099⟧ APPROX 2300: R HAND CAUGHT IN BELT TAIL PULLEY. LACS 2ND-3RD DIGITS, NO FX ON XR.
WC CARRIER ⟦O|KENTUCKY EMPLOYERS' MUTUAL INSURANCE⟧ CLAIM ⟦I|KEMI-99-334178⟧. ADJUSTER ⟦N|PERRY TACKETT⟧ EXT ⟦P|3312⟧.
DOT/MSHA RESTRICTIONS: NO USE R HAND X 10 D. RECHECK ⟦D|MARCH 21ST⟧. POST-ACCIDENT DRUG SCREEN CCF ⟦I|A22718804⟧ (COLLECTOR ⟦N|T. MAGGARD⟧).
PROVIDER ⟦N|ANNALISE VAN DER BERG⟧, PA-C. EMPLOYEE PH ⟦P|606-555-0178⟧, ⟦S|41 SUGAR TREE HOLLOW RD⟧, ⟦C|LONDON⟧ ⟦Z|40741⟧.
`);

note("tb-contact-investigation-caps", `
⟦O|MINNESOTA DEPARTMENT OF HEALTH⟧ TB PROGRAM - CONTACT INVESTIGATION WORKSHEET    INDEX CASE # ⟦I|MN-TB-99-0214⟧
INDEX: ⟦N|WARSAME, FARHIYA ABDI⟧   DOB ⟦D|05/05/2061⟧   SMEAR 3+, CAVITARY. DX ⟦D|03/02/2099⟧ AT ⟦H|HENNEPIN HEALTHCARE⟧.
NURSE CASE MANAGER ⟦N|SAGAL MOHAMUD⟧, RN, PHN (⟦O|HENNEPIN COUNTY PUBLIC HEALTH⟧) ⟦P|612-555-0146⟧. INTERPRETER ⟦N|HODAN ISSE⟧ (SOMALI).
HOUSEHOLD (⟦S|1822 RIVERSIDE AVE⟧ #1104, ⟦C|MINNEAPOLIS⟧ ⟦Z|55454⟧, ⟦LO|CEDAR-RIVERSIDE⟧):
 1. ⟦N|ABDIRAHMAN WARSAME⟧, HUSBAND, 58 - QFT POS, CXR NEG -> LTBI, 3HP.
 2. ⟦N|IFRAH WARSAME⟧, DAUGHTER, 19, STUDENT ⟦O|AUGSBURG UNIVERSITY⟧ - QFT NEG, REPEAT 8 WK ⟦D|04/27/2099⟧.
 3. ⟦N|MUSE WARSAME⟧, SON, 7, ⟦O|CEDAR RIVERSIDE COMMUNITY SCHOOL⟧ - TST 14 MM, WINDOW PROPHYLAXIS.
 4. ⟦N|FADUMO ALI JAMA⟧, MOTHER-IN-LAW, ⟦A|91⟧ - SYMPTOMATIC, SPUTUM X3 SENT.
CONGREGATE: ⟦O|DAR AL-HIJRAH MOSQUE⟧ (⟦DAY|FRIDAY⟧ PRAYER, IMAM ⟦N|SHARIF⟧ CONTACTED). WORK: INDEX WORKS AT
⟦O|AMAZON MSP1⟧, ⟦C|SHAKOPEE⟧, SUPERVISOR ⟦N|KATIE LINDGREN⟧. RESTAURANT: ⟦O|MAFIIN RESTAURANT⟧ ON ⟦S|CEDAR AVE S⟧ (FAMILY-OWNED).
WORKSHEET ⟦D|3/14/99⟧ BY ⟦N|S. MOHAMUD⟧. FAX TO ⟦F|651-555-0199⟧.
`);

note("reportable-disease-caps", `
CONFIDENTIAL MORBIDITY REPORT - ⟦O|NAVAJO NATION DEPARTMENT OF HEALTH⟧ / ⟦O|NEW MEXICO DEPARTMENT OF HEALTH⟧   RPT DATE ⟦D|03/14/2099⟧
DISEASE: HANTAVIRUS PULMONARY SYNDROME (CONFIRMED, IGM POS AT ⟦O|TRICORE REFERENCE LABORATORIES⟧ ⟦D|3/13/99⟧)
PT: ⟦N|BEGAY, LARSON TSO⟧   DOB ⟦D|11/30/2079⟧   CHAPTER: ⟦LO|SHEEP SPRINGS CHAPTER⟧   ADDRESS: ⟦S|NAVAJO ROUTE 34⟧ MILE 11, ⟦C|NASCHITTI⟧ ⟦STATE|NM⟧
EXPOSURE: CLEANED SHED AT FAMILY SHEEP CAMP NEAR ⟦LO|CHUSKA MOUNTAINS⟧ ⟦D|FEB 28⟧. HOUSEHOLD: WIFE ⟦N|CHARLENE BEGAY⟧, MOTHER ⟦N|ELLA TSO⟧ (⟦A|96⟧).
HOSPITALIZED ⟦H|NORTHERN NAVAJO MEDICAL CENTER⟧, ⟦C|SHIPROCK⟧ -> ECMO AT ⟦H|UNM HOSPITAL⟧. MRN ⟦M|NNMC-20418877⟧.
REPORTER ⟦N|GLORIA YAZZIE-BENALLY⟧, RN, INFECTION PREVENTION ⟦P|505-555-0148⟧ FAX ⟦F|505-555-0149⟧.
ENVIRONMENTAL: ⟦O|INDIAN HEALTH SERVICE⟧ OEH SPECIALIST ⟦N|DARRYL NEZ⟧ VISIT ⟦D|3/16⟧. COMMUNITY HEALTH REP ⟦N|LUCINDA CLAW⟧.
EPI ⟦N|M. ARCHULETA⟧ ASSIGNED. STATE CASE ⟦I|NMEDSS-99-114472⟧.
`);

note("refugee-domestic-exam-caps", `
REFUGEE DOMESTIC MEDICAL SCREENING - ⟦O|UTAH REFUGEE HEALTH PROGRAM⟧     ⟦H|REDWOOD HEALTH CENTER⟧     ⟦D|03/14/2099⟧
CLIENT: ⟦N|SAW KLER HTOO⟧   DOB ⟦D|01/01/2058⟧ (ASSIGNED)   A# ⟦I|A 218-447-190⟧   ARRIVAL ⟦D|02/19/2099⟧ (⟦C|SALT LAKE CITY⟧)
ORIGIN: ⟦STATE|KAREN STATE⟧, ⟦COUNTRY|MYANMAR⟧; 22 YRS IN ⟦LO|MAE LA CAMP⟧, ⟦STATE|TAK PROVINCE⟧, ⟦COUNTRY|THAILAND⟧. IOM CASE ⟦I|TH-BKK-77418⟧.
LANGUAGE: S'GAW KAREN. INTERPRETER ⟦N|NAW PAW WAH⟧ (⟦O|LANGUAGELINE SOLUTIONS⟧ ID ⟦I|300417⟧) BY PHONE.
AGENCY: ⟦O|INTERNATIONAL RESCUE COMMITTEE⟧, CASEWORKER ⟦N|ESPERANZA TUILAGI⟧ ⟦P|801-555-0135⟧.
HOUSEHOLD: WIFE ⟦N|NAW EH LER⟧ 56; SON ⟦N|SAW THA BLAY⟧ 24; MOTHER ⟦N|NAW MU MU⟧ ⟦A|93⟧ (WHEELCHAIR).
LABS: STRONGYLOIDES IGG POS -> IVERMECTIN. HBSAG NEG. LEAD NORMAL. PRE-DEPARTURE ALBENDAZOLE GIVEN AT CAMP.
HOME: ⟦S|3540 S 4000 W⟧ UNIT 28, ⟦C|WEST VALLEY CITY⟧ ⟦Z|84120⟧. MEDICAID ⟦HP|UT0041772091⟧. EXAMINER ⟦N|BRIGHAM OLSEN-TAUFA⟧, MD.
`);

note("army-sick-call-caps", `
TROOP MEDICAL CLINIC - ⟦H|WOMACK ARMY MEDICAL CENTER⟧, ⟦LO|FORT LIBERTY⟧   ⟦D|14MAR2099⟧
SM: SPC ⟦N|ABERNATHY-SALAS, DIEGO⟧   DOD ID ⟦I|1577204418⟧   UNIT: ⟦O|2ND BATTALION, 504TH PARACHUTE INFANTRY REGIMENT⟧
PLT SGT SSG ⟦N|KOWALCZYK⟧ ACCOMPANIED. CC: L ANKLE INVERSION ON JUMP ⟦D|3/13⟧ AT ⟦LO|SICILY DROP ZONE⟧.
XR NEG. PROFILE: NO RUNNING/JUMPING 14 D (E-PROFILE # ⟦I|EP-99-441872⟧). RTC ⟦D|28MAR2099⟧.
SEEN BY CPT ⟦N|OLUWASEUN ADEYEMI⟧, PA-C; PRECEPTOR MAJ ⟦N|T. ROURKE⟧, MD. MEDIC SGT ⟦N|MIRANDA CHEE⟧ DID VITALS.
SM LIVES OFF POST: ⟦S|412 CANTERBURY RD⟧, ⟦C|FAYETTEVILLE⟧ ⟦STATE|NC⟧ ⟦Z|28304⟧. SPOUSE ⟦N|YESENIA SALAS⟧ ⟦P|910-555-0127⟧ (TRICARE PRIME).
`);

note("interfacility-transport-caps", `
INTERFACILITY TRANSFER - CRITICAL CARE TRANSPORT   ⟦O|GOLD CROSS AMBULANCE⟧ CCT 41   TRIP # ⟦I|GXA-99-07741⟧   ⟦D|03/14/2099⟧
FROM: ⟦H|ASPIRUS KEWEENAW HOSPITAL⟧, ⟦C|LAURIUM⟧ ⟦STATE|MI⟧  -> TO: ⟦H|UP HEALTH SYSTEM - MARQUETTE⟧ CVICU (DR. ⟦N|KLAUS PIETILÄ⟧ ACCEPTING)
PT: ⟦N|HEIKKINEN, AILI MARJATTA⟧, ⟦A|95⟧ YOF, NSTEMI, HEPARIN 12 U/KG/HR, NTG 20 MCG/MIN. DNR-B (NO INTUBATION).
ROUTE: ⟦S|US-41⟧ S; SNOW, DELAYED AT ⟦S|M-28⟧ JUNCTION 25 MIN. VITALS STABLE. PAIN 2/10.
CREW: ⟦N|TOIVO MAKI⟧, CCEMT-P (LIC ⟦I|MI-P-5517⟧); ⟦N|BRIANNA LAHTI⟧, RN; DRIVER ⟦N|G. NIEMELA⟧.
DAUGHTER ⟦N|KAARINA HEIKKINEN-ROSS⟧ ⟦P|906-555-0183⟧ FOLLOWING BY CAR FROM ⟦C|CALUMET⟧. PT LIVES ⟦S|21 PINE ST⟧, ⟦C|LAKE LINDEN⟧ ⟦Z|49945⟧.
RECEIVING RN ⟦N|D. OJIBWAY-KEELER⟧ TOOK REPORT 1612. PCR ⟦I|GXA-PCR-4471820⟧. MRN AT SENDING ⟦M|AKH-007718⟧.
`);

// ======================================================== mixed case (19) ========================================================

note("measles-contact-tracing", `
Measles outbreak — contact tracing log, ⟦O|Columbus Public Health⟧ (investigator ⟦N|Ruqia Ahmadzai⟧, MPH), ⟦D|14 March 2099⟧
Case 7 (⟦I|CPH-MEA-99-007⟧): ⟦N|Abdiwali Hassan Nur⟧, 4 y, unvaccinated, rash onset ⟦D|3/9/2099⟧; seen at ⟦H|Nationwide Children's Hospital⟧ ED ⟦D|3/11⟧ (waiting room exposure 1410-1655).
Mother ⟦N|Hodan Abdi Farah⟧ ⟦P|614-555-0172⟧; father ⟦N|Hassan Nur Ibrahim⟧ drives for ⟦O|COTA⟧ (route 10, ⟦PROF|bus operator⟧).
Household at ⟦S|4410 Refugee Rd⟧, Apt B, ⟦C|Columbus⟧ ⟦Z|43232⟧: siblings ⟦N|Sumaya⟧ (9, ⟦O|Columbus Global Academy⟧) and ⟦N|Abdullahi⟧ (2, ⟦O|Little Stars Home Daycare⟧, provider ⟦N|Faiza Warsame⟧ ⟦P|614-555-0190⟧); grandmother ⟦N|Asha Mohamed Elmi⟧, ⟦A|90⟧.
Exposure sites: ⟦O|Abu Bakr Islamic Center⟧ (⟦DAY|Friday⟧ ⟦D|3/8⟧ jumu'ah; contact Sheikh ⟦N|Abdirizak⟧), ⟦O|Safari Restaurant⟧ on ⟦S|Cleveland Ave⟧ (⟦D|3/7⟧ dinner), ⟦O|Hamilton Crossing Kroger⟧.
Post-exposure: MMR to 14 contacts at ⟦O|Columbus Global Academy⟧ ⟦D|3/12⟧; IG to 3 infants at ⟦H|Nationwide Children's⟧. Exclusion letters through ⟦D|March 30th⟧.
Lab: IgM and PCR positive, ⟦O|Ohio Department of Health Laboratory⟧ accession ⟦I|ODHL-99-3317⟧. Genotype D8 pending at ⟦O|CDC⟧.
Next call ⟦DAY|Monday⟧ with school nurse ⟦N|Pam Theisen-Kaur⟧ (⟦E|ptheisen@ccs.example⟧).
`);

note("interpreter-visit-dari", `
Primary care visit via interpreter — ⟦H|Lutheran Family Health Center⟧ — ⟦D|03/14/2099⟧
Patient: ⟦N|Gul Bibi Sadat⟧ (DOB ⟦D|1949⟧, per tazkira), MRN ⟦M|LFHC-447120⟧. Accompanied by grandson ⟦N|Ahmad Farid "Freddie" Sadat⟧, 17 (not used to interpret).
Interpreter: ⟦N|Mohammad Ismail Karimi⟧, Dari, in person, ⟦O|Language Bridge Interpreting⟧ ID ⟦I|LB-2207⟧; second half by video via ⟦O|Stratus Video⟧ (interpreter ⟦N|Parwana⟧, ID ⟦I|88130⟧).
Arrived from ⟦C|Kabul⟧ via ⟦LO|Camp Atterbury⟧ late ⟦D|2098⟧; humanitarian parole, A-number ⟦I|A-241-887-053⟧. Caseworker ⟦N|Tamim Noorzai⟧ at ⟦O|Catholic Charities Fort Worth⟧ ⟦P|817-555-0148⟧.
She is ⟦A|92⟧ by family report; knee OA, HTN, dental pain. Son ⟦N|Abdul Qadir Sadat⟧ works at ⟦O|Tyson Foods⟧ in ⟦C|Amarillo⟧; she lives with daughter-in-law ⟦N|Mariam⟧ at ⟦S|2218 Hemphill St⟧, ⟦C|Fort Worth⟧ ⟦STATE|TX⟧ ⟦Z|76110⟧.
Plan: dental referral to ⟦O|Texas A&M School of Dentistry⟧ clinic; PT at ⟦H|JPS Health Network⟧; f/u ⟦D|April 11th⟧. Signed ⟦N|Leticia Obuya⟧, MD.
`);

note("transplant-coordinator", `
Kidney transplant coordinator note — ⟦H|Nebraska Medicine⟧ Transplant Center — ⟦D|2099-03-14⟧
Recipient: ⟦N|Tran Van Duc⟧ (listed ⟦D|06/2096⟧; UNOS ID ⟦I|TVD1182⟧; cPRA 34%; on HD at ⟦O|DaVita Midtown Omaha Dialysis⟧, ⟦S|4201 Leavenworth St⟧).
Offer 0310 from ⟦O|Live On Nebraska⟧ (OPO coordinator ⟦N|Kelsey Vondrak⟧, ⟦P|402-555-0131⟧): donor ⟦I|CBB8827⟧, 44 M, DCD, at ⟦H|CHI Health Good Samaritan⟧ in ⟦C|Kearney⟧; KDPI 38%.
Surgeon on call Dr. ⟦N|Anjali Mehrotra-Quist⟧ accepted 0342. Recipient reached at home in ⟦C|Council Bluffs⟧ ⟦STATE|IA⟧ (⟦P|712-555-0169⟧); daughter ⟦N|Linh Tran-Sorensen⟧ driving him in.
Backup recipient ⟦N|Harold Two Eagle⟧ (UNOS ⟦I|HTE5510⟧) notified to stand by.
Crossmatch: virtual negative; flow by ⟦O|Nebraska Medicine HLA Laboratory⟧, tech ⟦N|Ruth Ann Kappel⟧. Donor kidney arrival via ⟦O|Midwest Medical Transport⟧ ~1100.
Insurance: Medicare + ⟦O|Medica⟧ ⟦HP|MC44718209⟧. Social worker ⟦N|Gideon Abrahamsen⟧, LICSW. Coordinator ⟦N|Marisol Peña-Whitfield⟧, RN, CCTC.
`);

note("otp-methadone-intake", `
Opioid treatment program — admission — ⟦O|Crossroads Treatment Center of Bluefield⟧ — ⟦D|14-Mar-2099⟧
Patient ⟦N|Dakota Lynn Shrewsbury⟧, DOB ⟦D|08/30/2081⟧, client # ⟦I|CTC-BF-20771⟧. Referred by ⟦O|Mercer County Drug Court⟧ (Judge ⟦N|Ashworth⟧; case ⟦I|23-DC-1104⟧).
Hx: fentanyl IV since ⟦D|2097⟧, prior Suboxone with Dr. ⟦N|Paulette Burgoyne⟧ at ⟦O|Southern Highlands Community Mental Health Center⟧ ⟦D|2098⟧. COWS 14 at intake.
Methadone 30 mg first dose 0815 observed by ⟦N|Tanisha Reed⟧, LPN. PDMP (⟦O|WV CSMP⟧) checked: fills from ⟦O|Rite Aid⟧ ⟦C|Princeton⟧.
Counsellor assigned: ⟦N|Kenneth "Buck" Mullins⟧, CADC. Peer recovery coach ⟦N|Jolene Fife⟧.
Lives with aunt ⟦N|Teresa Shrewsbury⟧ at ⟦S|118 Bluestone Rd⟧, ⟦C|Bluefield⟧ ⟦STATE|WV⟧ ⟦Z|24701⟧; works second shift at ⟦O|Pocahontas Fuel Company⟧ since ⟦D|2098⟧.
Medicaid ⟦HP|WV2204471871⟧ via ⟦O|Aetna Better Health of West Virginia⟧. Emergency contact ⟦P|304-555-0115⟧. Medical director ⟦N|Ravi Subramaniam⟧, MD, DEA ⟦I|BS4471883⟧.
`);

note("rural-home-visit-wyoming", `
Home health skilled nursing visit — ⟦O|Fremont County Home Health⟧ — ⟦D|3/14/2099⟧
Patient ⟦N|Wilbur Friday Sr.⟧, ⟦A|94⟧, at ⟦S|4 Blue Sky Hwy⟧, ⟦C|Ethete⟧, on the ⟦LO|Wind River Reservation⟧; directions: 6.2 mi past ⟦O|St. Michael's Mission⟧, turn at the red cattle guard onto ⟦S|BIA Route 14⟧, third trailer.
Wound care L heel stage 3; Aquacel Ag. Weight 58 kg. Daughter ⟦N|Marlene Friday-Goggles⟧ is caregiver; grandson ⟦N|Tyrell⟧ hauls water from ⟦C|Fort Washakie⟧.
PCP Dr. ⟦N|Ezra Whiteplume⟧ at ⟦H|Wind River Family and Community Health Care⟧ (⟦P|307-555-0133⟧). Tribal CHR ⟦N|Arlene Spoonhunter⟧.
Roads: ⟦S|Ethete Road⟧ drifted; used ⟦O|Northern Arapaho Tribe⟧ plow schedule. Propane delivered by ⟦O|Hudson Propane⟧.
Next visit ⟦DAY|Thursday⟧ ⟦D|3/19⟧. RN ⟦N|Courtney Baumgartner⟧, RN. Medicare ⟦HP|5RF2-KW8-TX11⟧. Agency fax ⟦F|307-555-0134⟧.
`);

note("travel-medicine-haiti", `
Travel medicine consult — ⟦H|Mass General Travel Medicine⟧ — ⟦D|Mar 14, 2099⟧
Traveler: ⟦N|Jean-Baptiste Pierre-Louis⟧ ("⟦N|Ti Jean⟧"), DOB ⟦D|10/22/2063⟧; passport ⟦I|A40177211⟧ (⟦COUNTRY|US⟧).
Trip: ⟦D|3/28/2099⟧-⟦D|4/25/2099⟧ to ⟦C|Port-au-Prince⟧ and his mother's village near ⟦C|Jérémie⟧ (⟦STATE|Grand'Anse⟧); staying with sister ⟦N|Marie-Thérèse Pierre-Louis Joseph⟧, ⟦P|+509 3412 5521⟧.
Volunteering with ⟦O|Partners In Health⟧ at ⟦H|Hôpital Universitaire de Mirebalais⟧ (contact Dr. ⟦N|Wesler Lambert⟧).
Vaccines: typhoid (Typhim Vi), hep A #2, cholera (Vaxchora) given. Malaria: atovaquone-proguanil. Mother ⟦N|Rosette Pierre-Louis⟧ is ⟦A|97⟧ and lives in ⟦C|Jérémie⟧.
Employer letter for leave: ⟦O|Boston Public Schools⟧ (he is a ⟦PROF|bus monitor⟧). Home ⟦S|27 Wellington Hill St⟧, ⟦LO|Mattapan⟧ ⟦Z|02126⟧. Email ⟦E|jbpierrelouis@mail.example⟧.
Seen by ⟦N|Soledad Iturriaga⟧, NP. Next visit ⟦D|5/2/2099⟧.
`);

note("congolese-refugee-intake", `
Refugee health intake — ⟦O|Kansas City Refugee Health Collaborative⟧ at ⟦H|Swope Health Central⟧ — ⟦D|14 March 2099⟧
Family of six resettled ⟦D|Feb 26, 2099⟧ by ⟦O|Jewish Vocational Service⟧ (caseworker ⟦N|Aline Mukamana⟧, ⟦P|816-555-0158⟧; ⟦E|amukamana@jvskc.example⟧).
Head: ⟦N|Bahati Kalombo Mwamba⟧, 41, from ⟦C|Bukavu⟧ (⟦STATE|South Kivu⟧, ⟦COUNTRY|DRC⟧), 9 years in ⟦LO|Nyarugusu camp⟧, ⟦COUNTRY|Tanzania⟧. UNHCR case ⟦I|TZA-99C04471⟧.
Wife ⟦N|Esperance Nsimire⟧, 36 (G6, pregnant ~22 wk → prenatal at ⟦H|Truman Medical Center⟧). Children ⟦N|Furaha⟧ 14, ⟦N|Amani⟧ 11, ⟦N|Neema⟧ 6, ⟦N|Baraka⟧ 2.
Interpreter: ⟦N|Jean-Pierre Bisimwa⟧ (Swahili/Kinyabwisha), ⟦O|Jewish Vocational Service⟧ staff, ID ⟦I|JVS-118⟧.
Findings: ⟦N|Bahati⟧ — hypertension 162/98; schistosomiasis serology pos → praziquantel. ⟦N|Furaha⟧ — school physical for ⟦O|Northeast Middle School⟧. ⟦N|Neema⟧ — Hgb 9.1, lead 7.
Uncle ⟦N|Kalombo Mushagalusa⟧ already lives in ⟦C|Kansas City⟧, ⟦S|5607 Swope Pkwy⟧, ⟦Z|64130⟧; church: ⟦O|Eglise Evangelique de Kansas City⟧ (pastor ⟦N|Mugisho⟧).
Medicaid (MO HealthNet) ⟦HP|MO-10447712-03⟧. Clinician ⟦N|Hilde Gjertsen⟧, MD; nurse ⟦N|Tonya Mabry-Okeke⟧, RN.
`);

note("community-paramedic-visit", `
Community paramedicine home visit — ⟦O|Eagle County Paramedic Services⟧ — CP ⟦N|Rafael Quintanilla-Voss⟧, CP-C (CO cert ⟦I|P-33071⟧) — ⟦DAY|Saturday⟧ ⟦D|March 14⟧
Client ⟦N|Lupita Xol Caal⟧, 63, CHF, at ⟦S|1201 Highway 6 Lot 17⟧ (⟦LO|Aspen Mobile Home Park⟧), ⟦C|Edwards⟧ ⟦STATE|CO⟧ ⟦Z|81632⟧. Q'eqchi' speaker; daughter ⟦N|Rosa Caal Xol⟧ interprets into Spanish, phone interpreter (⟦O|CyraCom⟧, ⟦N|Sebastián⟧ ID ⟦I|16603⟧) into English.
Weight +1.8 kg since ⟦D|3/10⟧; furosemide doubled per Dr. ⟦N|Imogen Clearwater⟧ (⟦H|Vail Health Hospital⟧ heart failure clinic) by phone 1120.
Son-in-law ⟦N|Mynor Choc⟧ works at ⟦O|Vail Resorts⟧ (⟦LO|Beaver Creek⟧ lift maintenance). Food: ⟦O|Eagle Valley Community Foundation⟧ pantry ⟦DAY|Tuesdays⟧.
Next visit ⟦D|3/18/2099⟧. Report cc ⟦O|Mountain Family Health Centers⟧ (PCP ⟦N|Felipe Ordóñez⟧, PA-C). Client phone ⟦P|970-555-0125⟧.
`);

note("needlestick-employee-health", `
Employee Health — blood and body fluid exposure — ⟦H|Maine Medical Center⟧ — ⟦D|03/14/2099⟧ 0715
Employee: ⟦N|Hawa Abdullahi Osman⟧, ⟦PROF|CNA⟧ on 6 Bramhall, employee ID ⟦I|MMC-104472⟧; supervisor ⟦N|Corinne Thibodeau⟧, RN (x⟦P|4471⟧).
Exposure 0540 ⟦D|3/14⟧: hollow-bore needle after a glucose check, L index finger, gloved. Source patient ⟦N|Everett Pomerleau⟧, MRN ⟦M|MMC-02277418⟧, consented by Dr. ⟦N|Sanjay Iyer⟧; source HIV Ag/Ab, HCV RNA, HBsAg sent.
Employee: HBsAb immune (⟦D|2096⟧). Baseline labs drawn. PEP not started pending source results (rapid HIV neg at 0650).
She lives in ⟦C|Lewiston⟧ (⟦S|88 Birch St⟧, ⟦Z|04240⟧) with husband ⟦N|Abdikarim Jama⟧; second job at ⟦O|Tambrands⟧ in ⟦C|Auburn⟧. Cell ⟦P|207-555-0166⟧.
Workers' comp: ⟦O|MaineHealth⟧ self-insured, TPA ⟦O|Sedgwick⟧ claim ⟦I|SED-99-4471820⟧. Follow-up 6 wk ⟦D|04/25/2099⟧.
Seen by ⟦N|Bernadette Thériault⟧, FNP; occupational health director ⟦N|Wolfgang Eichhorn⟧, MD. Report filed in OSHA 300 log by ⟦N|C. Thibodeau⟧.
`);

note("va-telehealth-mh", `
VA Video Connect — mental health follow-up — ⟦H|Salt Lake City VA Medical Center⟧ (VISN 19) — ⟦D|3/14/2099⟧
Veteran: ⟦N|Kaimana Kealoha-Briggs⟧, 44, USMC ⟦D|2073⟧-⟦D|2081⟧ (⟦O|3rd Battalion, 3rd Marines⟧, ⟦LO|MCB Hawaii⟧; ⟦LO|Camp Leatherneck⟧, ⟦COUNTRY|Afghanistan⟧).
Located at home, ⟦S|1470 Kilauea Ave⟧, ⟦C|Hilo⟧ ⟦STATE|HI⟧ ⟦Z|96720⟧ (verified for emergency plan); local ED ⟦H|Hilo Medical Center⟧. Wife ⟦N|Leilani⟧ nearby, ⟦P|808-555-0142⟧.
PCL-5 41 (was 52). Sleep better on prazosin. Attends ⟦H|Hilo Vet Center⟧ group with counsellor ⟦N|Dwayne Nakamura-Ortiz⟧, LMFT.
Works at ⟦O|Hawaiian Electric⟧ as ⟦PROF|lineman⟧; supervisor ⟦N|Keoni Akana⟧ aware of ⟦DAY|Tuesday⟧ appts. Buddy from unit, SSgt. ⟦N|"Bones" Okereke⟧, calls weekly.
Plan: continue CPT (session 9/12), next ⟦D|March 21st⟧. Crisis line reviewed. Psychologist ⟦N|Annika Lindqvist-Moe⟧, PhD. Note co-signed ⟦N|ALM⟧.
`);

note("rotor-flight-alaska", `
Flight nurse record — ⟦O|LifeMed Alaska⟧ — King Air — mission ⟦I|LMA-99-0314-2⟧ — ⟦D|14-Mar-2099⟧
Sending: ⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧, ⟦C|Bethel⟧ (Dr. ⟦N|Teodora Nicolescu⟧). Patient came in by snowmachine from ⟦C|Tuntutuliak⟧; village clinic CHA ⟦N|Agnes Ayagalria⟧ sent her.
Receiving: ⟦H|Alaska Native Medical Center⟧, ⟦C|Anchorage⟧ (Dr. ⟦N|Kwame Asante-Reyes⟧). Pt ⟦N|Olinka Chikigak⟧, ⟦A|90⟧, hip fracture + hypothermia 33.8.
Husband ⟦N|Nick Chikigak⟧ stays in village; niece ⟦N|Julia Ayagalria⟧ escorts (⟦P|907-555-0181⟧). Tribe: ⟦O|Native Village of Tuntutuliak⟧.
Crew ⟦N|Sigrid Halvorsen⟧, RN, CFRN; ⟦N|Tyler Wassillie⟧, paramedic (AK lic ⟦I|MICP-4471⟧); pilot ⟦N|J. Ruud⟧. Weather hold at ⟦LO|Ted Stevens Anchorage International Airport⟧ 22 min.
Chart ⟦M|ANMC-7704418⟧. Beneficiary ID (IHS) ⟦I|BIA-440178⟧. Report given to ⟦N|M. Olanna⟧, RN 1642.
`);

note("poison-mushroom-followup", `
Poison center follow-up — ⟦O|Oregon Poison Center⟧ — case ⟦I|OPC-99-031488⟧ — ⟦D|3/14/2099⟧ (day 2)
Patients: ⟦N|Oleksandr Kovalenko⟧, 58, and wife ⟦N|Halyna Kovalenko⟧, 55, ate foraged mushrooms ⟦D|3/12⟧ at dinner, picked near ⟦LO|Silver Falls State Park⟧; neighbour ⟦N|Taras Bondarchuk⟧ also ate (asymptomatic, advised ED).
Now at ⟦H|Salem Hospital⟧ ICU (Dr. ⟦N|Emeka Chukwuma⟧): AST 1840 / 2210, on NAC and silibinin (via ⟦O|Legacy Health⟧ pharmacy, IND ⟦I|IND-77041⟧).
Volunteer mycologist ⟦N|Bogdan Melnyk⟧ (⟦O|Oregon Mycological Society⟧) identified Amanita phalloides from photos.
Son ⟦N|Dmytro Kovalenko⟧ (⟦P|503-555-0176⟧) lives in ⟦C|Woodburn⟧; the family came from ⟦C|Kharkiv⟧ in ⟦D|2097⟧, sponsored by Rev. ⟦N|Oksana Hrytsenko⟧ of ⟦O|St. Michael Ukrainian Catholic Church⟧.
Transplant evaluation requested at ⟦H|OHSU Hospital⟧ (hepatology fellow ⟦N|Priya Venkataraman⟧, pager ⟦P|17741⟧). Specialist ⟦N|Carys Llewellyn⟧, RN, CSPI; toxicologist Dr. ⟦N|Matteo Rinaldi⟧.
Next call 2000. Patients' home ⟦S|3390 Portland Rd NE⟧, ⟦C|Salem⟧ ⟦STATE|OR⟧ ⟦Z|97301⟧.
`);

note("hepatitis-a-food-worker", `
Case investigation — hepatitis A in a food handler — ⟦O|Erie County Department of Health⟧ (⟦STATE|PA⟧) — ⟦D|14 March 2099⟧
Case: ⟦N|Dustin Raymond Kowalski⟧, DOB ⟦D|4/2/2072⟧, ⟦PROF|line cook⟧ at ⟦O|Sullivan's Pub & Eatery⟧, ⟦S|301 W 26th St⟧, ⟦C|Erie⟧ ⟦Z|16508⟧, and weekends at ⟦O|Molly Brannigans⟧.
Onset ⟦D|3/3/2099⟧ (jaundice ⟦D|3/8⟧); IgM anti-HAV pos at ⟦H|UPMC Hamot⟧ ⟦D|3/11⟧. PA-NEDSS ⟦I|PAN-99-2204471⟧. Worked while ill ⟦D|3/1⟧-⟦D|3/7⟧.
Employer contact: general manager ⟦N|Shauna Mulcahy⟧ ⟦P|814-555-0133⟧; 23 co-workers offered vaccine at ⟦O|Erie County Department of Health⟧ clinic ⟦D|3/13⟧-⟦D|3/15⟧.
Household: partner ⟦N|Brandi Szymanski⟧; her children ⟦N|Ava⟧ (8, ⟦O|Pfeiffer-Burleigh Elementary⟧) and ⟦N|Logan⟧ (5, ⟦O|YMCA of Greater Erie⟧ daycare). Roommate ⟦N|Cody "Smalls" Nguyen⟧ at ⟦O|Wabtec⟧.
Risk: experiencing unstable housing ⟦D|Jan 2099⟧ at ⟦O|Erie City Mission⟧. Press release per Dr. ⟦N|Adaeze Ubani⟧, director. Investigator ⟦N|Jakub Wiśniewski⟧, MPH.
`);

note("jail-release-planning", `
Discharge planning — ⟦O|Hennepin County Adult Detention Center⟧ — health services — ⟦D|3/14/2099⟧
Patient ⟦N|Marcus Tyrell Beaulieu⟧ (Ojibwe; ⟦O|Red Lake Nation⟧ enrolled, ⟦I|RL-44718⟧), booking ⟦I|2099-014472⟧, release expected ⟦D|3/17/2099⟧ (court: ⟦O|Hennepin County District Court⟧, Judge ⟦N|Fredrikson⟧).
Conditions: HCV (treatment started ⟦D|1/2099⟧, sofosbuvir-velpatasvir wk 8), OUD on Sublocade (last dose ⟦D|2/28⟧), asthma.
Warm handoff: ⟦O|Native American Community Clinic⟧, ⟦S|1213 E Franklin Ave⟧, ⟦C|Minneapolis⟧ ⟦Z|55404⟧ — appt ⟦D|3/18⟧ with ⟦N|Lorraine Desjarlait⟧, APRN. Housing via ⟦O|American Indian Community Development Corporation⟧ (⟦N|Floyd Jourdain⟧).
Mother ⟦N|Bernice Beaulieu⟧ in ⟦C|Red Lake⟧ ⟦P|218-555-0119⟧. Probation officer ⟦N|Kristin Haugen⟧ ⟦P|612-555-0188⟧. Medicaid reinstated ⟦HP|MN04471822⟧ via ⟦O|UCare⟧.
Written by ⟦N|Ayodele Fashola⟧, RN, health services; officer escort Deputy ⟦N|Schmitz⟧ noted.
`);

note("ihs-phn-home-visit", `
Public health nursing home visit — ⟦H|Cherokee Nation W.W. Hastings Hospital⟧ PHN — ⟦D|14 Mar 2099⟧
Client ⟦N|Wanda Sixkiller-Hummingbird⟧, 67, diabetes, post-BKA; home at ⟦S|23471 S 520 Rd⟧, ⟦C|Tahlequah⟧ ⟦STATE|OK⟧ ⟦Z|74464⟧ (past ⟦O|Welling Baptist Church⟧, gravel ⟦S|County Road 520⟧, last house before ⟦LO|Illinois River⟧ access).
Lives with her father ⟦N|Archie Sixkiller⟧, ⟦A|99⟧, WWII-era stories; he is followed by ⟦O|Cherokee Nation Elder Care⟧ (case manager ⟦N|Roberta Fourkiller⟧).
Glucose log reviewed; A1c 8.9 (⟦D|2/20⟧). Foot check: R stump healing. Insulin pump (t:slim X2, serial ⟦DEV|TS-1144719⟧) site OK.
Grandson ⟦N|Jaxon Hummingbird⟧, 15 (⟦O|Sequoyah High School⟧), helps with meds. Tribal citizenship ⟦I|CN-0447128⟧.
Next PHN visit ⟦D|3/28⟧. PHN ⟦N|Charla Ketcher⟧, RN; report to Dr. ⟦N|Vikram Batra⟧. Client phone ⟦P|918-555-0167⟧.
`);

note("chuukese-home-visit-hawaii", `
Home visit — ⟦O|Kalihi-Palama Health Center⟧ community health worker — ⟦D|3/14/2099⟧
Family of ⟦N|Kiniosi Rudolph⟧ (49, TB contact + diabetes) at ⟦S|1541 Dillingham Blvd⟧ #8, ⟦C|Honolulu⟧ ⟦Z|96817⟧ (⟦LO|Kalihi⟧). From ⟦C|Weno⟧, ⟦STATE|Chuuk⟧ (⟦COUNTRY|FSM⟧), COFA migrant since ⟦D|2089⟧.
Household: wife ⟦N|Meriam Rudolph⟧; her mother ⟦N|Sinobu Epeluk⟧, ⟦A|92⟧ (bedbound); sons ⟦N|Kasiano⟧ (17, ⟦O|Farrington High School⟧) and ⟦N|Junior "JR" Rudolph⟧ (12); cousin ⟦N|Ikiuo Kony⟧ sleeps there weekends, works at ⟦O|Y. Hata & Co.⟧.
CHW ⟦N|Emiko Teruya⟧ with Chuukese interpreter ⟦N|Sweeter Moses⟧ (⟦O|Pacific Gateway Center⟧ ID ⟦I|PGC-0441⟧). Church: ⟦O|Chuukese Evangelical Church of Kalihi⟧, pastor ⟦N|Aten⟧.
⟦N|Kiniosi⟧ on 3HP day 9 via DOT video with ⟦O|Hawaii State Department of Health⟧ TB branch (nurse ⟦N|Corazon Dela Cruz⟧, ⟦P|808-555-0104⟧).
Med-QUEST ⟦HP|HI-0044718221⟧. Next visit ⟦D|3/21/2099⟧.
`);

note("ukrainian-parolee-intake", `
New patient intake (U4U parolee) — ⟦H|Faribault Family Medicine⟧ — ⟦D|03/14/2099⟧
Patient ⟦N|Iryna Volodymyrivna Shevchuk⟧, 38, and daughter ⟦N|Sofiia Shevchuk⟧, 10. From ⟦C|Lviv⟧ (originally ⟦C|Mariupol⟧); arrived ⟦D|Jan 2099⟧; I-94 ⟦I|99441871203⟧.
Sponsor: ⟦N|Greg⟧ and ⟦N|Halyna Lindahl⟧, ⟦S|604 Division St W⟧, ⟦C|Faribault⟧ ⟦STATE|MN⟧ ⟦Z|55021⟧, ⟦P|507-555-0114⟧. Church support from ⟦O|Trinity Lutheran Church⟧.
⟦N|Iryna⟧: migraine, insomnia; husband ⟦N|Andrii Shevchuk⟧ is in the Armed Forces of Ukraine (⟦O|92nd Mechanized Brigade⟧), last contact ⟦D|3/10⟧. Works at ⟦O|Faribault Woolen Mill Co.⟧.
⟦N|Sofiia⟧: school forms for ⟦O|Roosevelt Elementary⟧; vaccines from ⟦C|Lviv⟧ records (⟦O|Helsi⟧ app printout) reviewed; MMR #2 given.
Interpreter ⟦N|Volodymyr Tkachuk⟧ (Ukrainian) via ⟦O|Propio Language Services⟧ ID ⟦I|PR-77102⟧. Clinician ⟦N|Solveig Brekke-Amadi⟧, MD.
`);

note("farmworker-heat-illness", `
Occupational heat illness — ⟦H|Salud Family Health Centers — Fort Lupton⟧ — ⟦D|3/14/99⟧
Worker: ⟦N|Baltazar Tzoc Ixcoy⟧, 24, K'iche' speaker from ⟦C|Santa Cruz del Quiché⟧ (⟦COUNTRY|Guatemala⟧); H-2A visa ⟦I|H2A-99-0447712⟧.
Employer: ⟦O|Tres Hermanos Farms LLC⟧; crew leader ⟦N|Próspero "Chepe" Ajanel⟧ ⟦P|303-555-0163⟧; worksite greenhouse 4 off ⟦S|WCR 14½⟧ east of ⟦S|US-85⟧.
Collapsed 1420; core 39.6 at scene by ⟦O|Fort Lupton Fire Protection District⟧ medic ⟦N|Arturo Benavídez⟧. Cooled, IV 2L. CK 2900.
Interpreter ⟦N|Florentina Chox⟧ (K'iche'-Spanish) by phone via ⟦O|Indigenous Interpreting+⟧, ID ⟦I|II-3317⟧; clinician ⟦N|Kristoffer Aas⟧, MD.
Housing: employer bunkhouse at ⟦S|11400 County Road 27⟧. Outreach: ⟦O|Colorado Legal Services⟧ migrant farmworker division (⟦N|Rebeca Tum⟧). Cousin ⟦N|Gaspar Ixcoy Tzoc⟧ at same farm.
`);

note("bhutanese-elder-home-visit", `
Home visit — geriatrics, with interpreter — ⟦O|Cross Cultural Care Clinic⟧ (Dr. ⟦N|Tenzin Dolkar-Reyes⟧) — ⟦D|March 14th, 2099⟧
Patient ⟦N|Dhan Bahadur Ghimire⟧, ⟦A|91⟧, with wife ⟦N|Tulasa Ghimire⟧, 86, at son's house ⟦S|2877 Westerville Rd⟧, ⟦C|Columbus⟧ ⟦Z|43224⟧. Lhotshampa, from ⟦C|Samtse⟧ (⟦COUNTRY|Bhutan⟧); 18 years in ⟦LO|Beldangi II camp⟧ near ⟦C|Damak⟧, ⟦COUNTRY|Nepal⟧.
Nepali interpreter ⟦N|Bhakti Prasad Adhikari⟧ (⟦O|Bhutanese Community of Central Ohio⟧, ID ⟦I|BCCO-12⟧). Son ⟦N|Om Nath Ghimire⟧ works at ⟦O|Honda of America Mfg.⟧ in ⟦C|Marysville⟧; daughter-in-law ⟦N|Sita Ghimire-Khatiwada⟧ ⟦P|614-555-0136⟧.
Falls x2. BP 98/60 on amlodipine → stopped. Mini-Cog 2. Temple: ⟦O|Shree Radha Krishna Mandir⟧ weekly.
Pharmacy ⟦O|Himalayan Pharmacy⟧ on ⟦S|Cleveland Ave⟧. Next visit ⟦D|4/11⟧. Medicare ⟦HP|7QW3-JN5-RK90⟧.
`);

// ======================================================== lower case (12) ========================================================

note("ems-supervisor-chat-lo", `
[0214] ⟦UN|sup_kmorrow⟧: medic 6 what's your status
[0215] medic6 ⟦N|dre⟧: on scene ⟦S|4471 old frankfort pike⟧, pt found by neighbor mrs. ⟦N|tolliver⟧ down in the barn, ⟦A|93⟧ yo male, prob hip
[0215] ⟦UN|sup_kmorrow⟧: need lift assist? i can send ⟦O|versailles fire⟧ engine 1
[0216] medic6 ⟦N|dre⟧: yes pls, he's like 200 lbs and the barn is down a hill off ⟦S|mccracken pike⟧
[0231] medic6 ⟦N|dre⟧: pt is ⟦N|harlan pettit⟧, dob ⟦D|2/9/2006⟧, lives alone, son ⟦N|wade pettit⟧ in ⟦C|lawrenceburg⟧ ⟦P|502-555-0182⟧
[0232] ⟦UN|sup_kmorrow⟧: ok, ⟦H|bluegrass community hospital⟧ on divert for ct, go ⟦H|uk good samaritan⟧
[0248] medic6 ⟦N|dre⟧: transporting, ⟦N|andre blakemore⟧ + ⟦N|kasey thurman⟧ on unit, run # ⟦I|wc99-03140022⟧
[0305] ⟦UN|sup_kmorrow⟧: thx. pcp is dr ⟦N|obasi⟧ per ⟦O|woodford county ems⟧ prior runs. neighbor ⟦N|june tolliver⟧ has his dog
[0311] medic6 ⟦N|dre⟧: report to ⟦N|meg⟧ rn at ⟦H|good sam⟧. back in service 0330
`);

note("poison-center-chat-lo", `
poison center text line — case ⟦I|wpc-99-3314⟧ — ⟦D|3/14/99⟧ 16:02
caller (⟦N|jess okafor-lindqvist⟧, babysitter, ⟦P|414-555-0161⟧): the 3 yo got into a laundry pod at the ⟦N|brennan⟧ house, ⟦S|2210 n cramer st⟧, ⟦C|milwaukee⟧
specialist ⟦N|tomasz⟧: is he coughing or vomiting? any in the eyes?
caller: vomited once, no cough. his name is ⟦N|finnegan brennan⟧, mom is ⟦N|siobhan brennan⟧ at work at ⟦O|northwestern mutual⟧
specialist ⟦N|tomasz⟧: rinse mouth, small sips of water. if cough, wheeze or drooling call 911 -> ⟦H|children's wisconsin⟧.
f/u 1700: mom ⟦N|siobhan⟧ home, kid playing, no cough. closed. specialist ⟦N|tomasz wrobel⟧, rn, cspi. ⟦O|wisconsin poison center⟧.
`);

note("contact-tracer-texts-lo", `
contact tracer notes (texts) — ⟦O|fargo cass public health⟧ — pertussis cluster — ⟦D|mar 14 2099⟧
- index ⟦N|deng akol mabior⟧ (11) at ⟦O|discovery middle school⟧, onset ⟦D|2/28⟧; mom ⟦N|achol garang⟧ texted back 0932 ⟦P|701-555-0147⟧
- sibs: ⟦N|nyandeng⟧ 4 (⟦O|sunshine kids learning center⟧), ⟦N|mabior jr⟧ 8 months -> azithro ppx today
- grandma ⟦N|abuk deng⟧ ⟦A|94⟧ lives with them, ⟦S|3121 27th ave s⟧ #204, ⟦C|fargo⟧ ⟦Z|58103⟧
- church: ⟦O|st. mark's episcopal⟧ sudanese service, ⟦DAY|sunday⟧ ⟦D|3/9⟧; contact rev. ⟦N|peter kuol⟧ ⟦P|701-555-0110⟧
- dad ⟦N|mabior deng⟧ works nights at ⟦O|cardinal glass⟧ in ⟦C|moorhead⟧ (⟦STATE|mn⟧), supervisor ⟦N|kyle brekken⟧ - notified by phone
- restaurant? family ate at ⟦O|juba kitchen⟧ on ⟦S|main ave⟧ ⟦D|3/8⟧, not a pertussis exposure site, no action
- lab: pcr pos at ⟦O|sanford health⟧ lab, acc ⟦I|sf99-0441872⟧. case # ⟦I|nd-pert-99-031⟧
- next: call school nurse ⟦N|becky ostrander⟧ ⟦DAY|monday⟧; letters to ⟦O|discovery middle school⟧ 6th grade. — ⟦N|lk⟧
`);

note("otp-counsellor-note-lo", `
counselling session note — ⟦O|pathways otp of utica⟧ — ⟦D|03/14/2099⟧
client ⟦N|nicole "nikki" sbarra-johnson⟧ (client id ⟦I|pot-10882⟧), methadone 95 mg, take-homes level 3. uds ⟦D|3/10⟧ pos fentanyl.
she says her boyfriend ⟦N|travis yerdon⟧ is using again at their place on ⟦S|kossuth ave⟧ in ⟦C|utica⟧. wants to move to her mom's (⟦N|debbie sbarra⟧) in ⟦C|rome⟧, ⟦S|512 w dominick st⟧.
works at ⟦O|dunkin⟧ on ⟦S|genesee st⟧ 6a-2p; manager ⟦N|aleksandra petrovic⟧ knows about dosing times.
daughter ⟦N|kaylee⟧ (6) at ⟦O|jones elementary⟧; cps worker ⟦N|imani batts⟧ (⟦O|oneida county dss⟧) ⟦P|315-555-0121⟧.
plan: take-homes back to level 2, group ⟦DAY|wednesdays⟧, refer to the ⟦O|neighborhood center⟧ housing. counsellor ⟦N|robert ianello⟧, casac. reviewed by dr. ⟦N|meiling chen⟧ ⟦D|3/15⟧.
`);

note("home-health-texts-lo", `
texts to agency office — ⟦O|big sandy home health⟧ — rn ⟦N|crystal vanhoose⟧ — ⟦D|3-14-99⟧
0840 at ⟦N|ova blankenship⟧'s, ⟦S|ky 40⟧ up ⟦S|jennys creek rd⟧ past the ⟦O|free will baptist⟧ church, ⟦C|paintsville⟧. she's ⟦A|96⟧ and sharp as a tack
0905 wound on l shin looks better, redressed. bs 188. her grandson ⟦N|bobby ray "booger" blankenship⟧ says the well pump quit
0910 can somebody call ⟦O|johnson county fiscal court⟧ about the road, bridge on ⟦S|mudlick branch⟧ washed
0915 office (⟦N|teena⟧): will do. pcp dr. ⟦N|salyers⟧ at ⟦H|paintsville arh⟧ wants a1c, draw next visit
1002 leaving. next visit ⟦D|3/17⟧. her daughter ⟦N|lavada conley⟧ in ⟦C|prestonsburg⟧ ⟦P|606-555-0179⟧ wants a call
1004 office (⟦N|teena⟧): ok called ⟦N|lavada⟧. medicaid ⟦HP|ky1144720019⟧ auth ok thru ⟦D|4/30⟧
`);

note("refugee-caseworker-msg-lo", `
message — ⟦O|world relief spokane⟧ — caseworker ⟦N|olena marchenko⟧ to clinic rn ⟦N|paulo fa'amausili⟧ — ⟦D|14 march 2099⟧
hi ⟦N|paulo⟧, new family arriving ⟦DAY|thursday⟧ ⟦D|3/19⟧ on the flight from ⟦C|nairobi⟧. somali bantu, 5 people, 11 years in ⟦LO|kakuma⟧ then ⟦LO|dadaab⟧ (⟦COUNTRY|kenya⟧).
head of household ⟦N|mberwa issack hamadi⟧ 52, wife ⟦N|fatuma mohamed abdi⟧ 45, her mother ⟦N|halima omar mberwa⟧ said to be ⟦A|95⟧ (needs wheelchair at airport), kids ⟦N|zamzam⟧ 15 and ⟦N|mohamed "moha"⟧ 9.
unhcr case ⟦I|ken-dad-99c0712⟧, iom ⟦I|nbi-441877⟧. tb class b1 for grandma per overseas exam at ⟦O|iom nairobi⟧ clinic.
housing at ⟦S|n 1208 ash st⟧ apt 4, ⟦C|spokane⟧ ⟦Z|99201⟧. maay maay interpreter ⟦N|hassan mberwa⟧ (no relation) from ⟦O|multicultural interpreting services⟧, id ⟦I|mis-4471⟧.
can we get the domestic exam ⟦D|3/24⟧? my cell ⟦P|509-555-0124⟧, email ⟦E|omarchenko@wr.example⟧. thx — ⟦N|olena⟧
reply (⟦N|paulo⟧): booked ⟦D|3/24⟧ 9am with dr. ⟦N|halvorsen-diallo⟧ at ⟦O|new horizons refugee clinic⟧, ⟦S|1100 w mallon ave⟧.
`);

note("jail-nurse-note-lo", `
medical — ⟦O|natrona county detention center⟧ — nurse note ⟦D|3/14/2099⟧ 1930
inmate ⟦N|redbird, lance thomas⟧ booking ⟦I|nc99-00418⟧, housing b pod cell 12. c/o withdrawal, cows 11, last use meth + fentanyl ⟦D|3/13⟧ per pt.
says he's from ⟦C|fort washakie⟧, mom ⟦N|georgina redbird⟧ works at ⟦O|wind river casino⟧. wants his aunt ⟦N|dolores c'hair⟧ called ⟦P|307-555-0128⟧.
started clonidine protocol per standing order of dr. ⟦N|pruett⟧. officer ⟦N|haskins⟧ (badge ⟦I|417⟧) aware; cell checks q15.
hx: hep c, tx at ⟦H|wyoming behavioral institute⟧ ⟦D|2097⟧. pcp before was ⟦O|community health center of central wyoming⟧ in ⟦C|casper⟧.
— ⟦N|dana koenigsfeld⟧, lpn (⟦O|turn key health clinics⟧). addendum 2215: vomiting x2, zofran given, np ⟦N|ayesha qureshi⟧ notified. — ⟦N|dk⟧
`);

note("mci-reunification-lo", `
family reunification center log — ⟦O|clarksville-montgomery county ema⟧ — ⟦D|03/14/99⟧ — at ⟦O|northeast high school⟧ gym, ⟦S|3701 trenton rd⟧
1412 ⟦N|rosa maldonado-figueroa⟧ looking for husband ⟦N|efrain figueroa⟧, 44, worked at the plant (⟦O|hankook tire⟧) → listed tag ⟦I|0051173⟧ yellow, at ⟦H|tennova healthcare clarksville⟧. escorted by volunteer ⟦N|gail pennington⟧.
1420 ⟦N|deshawn cole⟧ (⟦P|931-555-0138⟧) for mother ⟦N|bernadine cole⟧, ⟦A|91⟧, was on the church van from ⟦O|greater missionary baptist church⟧ → tag ⟦I|0051180⟧ green, here in the gym.
1433 ⟦N|kyaw zin oo⟧ and wife ⟦N|naw htoo paw⟧ for son ⟦N|saw eh kaw⟧, 19, line worker → tag ⟦I|0051168⟧ red, flown to ⟦H|vanderbilt university medical center⟧ by ⟦O|vanderbilt lifeflight⟧. karen interpreter ⟦N|eh thaw⟧ (⟦O|nashville international center for empowerment⟧).
1450 ⟦N|tammy sue gossett⟧ for brother ⟦N|dale gossett⟧ → not on any list; called ⟦H|blanchfield army community hospital⟧ (⟦LO|fort campbell⟧), not there. referred to ⟦O|montgomery county sheriff's office⟧ missing persons ⟦P|931-555-0100⟧.
1505 chaplain ⟦N|ruth ellen swafford⟧ with ⟦N|rosa⟧. log kept by ⟦N|jt⟧ and ⟦N|marisol ybarra⟧, ⟦O|american red cross⟧.
`);

note("blood-drive-chat-lo", `
#blood-drive-ops chat — ⟦O|vitalant⟧ mountain region — ⟦D|2099-03-14⟧
⟦UN|jkellerman⟧: mobile at ⟦O|boise high school⟧ (⟦S|1010 w washington st⟧) running 40 min behind, bus 7 generator out
⟦UN|rnavarro⟧: sending ⟦N|pedro⟧ w the spare from ⟦O|vitalant boise donation center⟧ on ⟦S|emerald st⟧
⟦UN|jkellerman⟧: donor reaction: ⟦N|ella kowalczyk-moore⟧ (16, student), vasovagal, recovered. mom ⟦N|renata⟧ called ⟦P|208-555-0151⟧. din ⟦I|w0418 99 110472⟧ quarantined
⟦UN|rnavarro⟧: ok. md on call is ⟦N|harjit sandhu⟧, pager ⟦P|208-555-0190⟧
⟦UN|jkellerman⟧: also donor ⟦N|walter "wally" huckabee⟧ ⟦A|90⟧ yo wants to give, last donation ⟦D|jan 2099⟧, hgb 13.2, ok per sop? physician ok needed over 75
⟦UN|hsandhu⟧: ok to draw if vitals fine. document in ⟦O|bloodhub⟧ donor ⟦I|vt-2290447⟧. thanks ⟦N|jen⟧
`);

note("opo-texts-lo", `
texts — ⟦O|donor alliance⟧ coordinator on call ⟦N|kiana yellowhorse⟧ — ⟦D|3/14⟧
0312 from ⟦H|st. mary's medical center⟧ ⟦C|grand junction⟧ icu (⟦N|kerri⟧ rn, ⟦P|970-555-0144⟧): 23 yo m, snowboard tbi at ⟦LO|powderhorn mountain resort⟧, gcs 3, vented
0318 me: on my way. pt name? mrn?
0319 ⟦N|kerri⟧: ⟦N|tanner brody lindqvist⟧, mrn ⟦M|smmc4471809⟧, parents ⟦N|erik⟧ and ⟦N|jolene lindqvist⟧ driving from ⟦C|fruita⟧
0505 me: on site. registered donor (co dl ⟦I|co-88104472⟧). family approach w/ chaplain fr. ⟦N|mateo⟧ 0600
0740 unos donor id ⟦I|ciz5580⟧. serologies to ⟦O|donor alliance⟧ lab. me case? no, ⟦O|mesa county coroner⟧ (dr. ⟦N|bailey⟧) releases
0910 heart to ⟦H|university of colorado hospital⟧ (surgeon ⟦N|nakamura⟧), liver to ⟦H|intermountain medical center⟧. recovery team from ⟦O|donor alliance⟧ eta 1300
0915 me → ⟦N|erik lindqvist⟧ ⟦P|970-555-0117⟧: thank you for ⟦N|tanner⟧'s gift. — ⟦N|ky⟧
`);

note("va-peer-support-lo", `
peer support contact — ⟦H|fargo va health care system⟧ — peer specialist ⟦N|duane "dutch" wolfchild⟧ — ⟦D|3/14/2099⟧
called vet ⟦N|curtis lee standing bear⟧ (⟦A|90⟧, vietnam era, ⟦O|1st cavalry division⟧), lives on ⟦LO|standing rock⟧ near ⟦C|fort yates⟧, ⟦S|bia hwy 24⟧.
his nephew ⟦N|lonnie gray bull⟧ drives him to ⟦H|bismarck cboc⟧ ⟦DAY|fridays⟧. vet wants to join ⟦O|vfw post 7564⟧ in ⟦C|mandan⟧.
he says the ⟦O|standing rock sioux tribe⟧ veterans office (⟦N|marla iron shield⟧) helped with his claim, va claim ⟦I|c-29447188⟧.
no si. grief: wife ⟦N|agnes⟧ died ⟦D|dec 2098⟧. funeral was at ⟦O|st. james catholic church⟧ in ⟦C|fort yates⟧. next call ⟦D|3/28⟧. ⟦N|dw⟧
`);

note("employee-health-text-lo", `
employee health hotline log — ⟦H|st. luke's magic valley medical center⟧ — ⟦D|03/14/2099⟧
0650 ⟦N|maria guadalupe chávez-ruiz⟧ (evs, emp # ⟦I|slmv-33018⟧) cut hand on broken glass in room 3214, supervisor ⟦N|juan carlos bermúdez⟧ ⟦P|208-555-0145⟧
0700 told to come to employee health at 0800. tetanus last ⟦D|2091⟧ → tdap given. 3 steri-strips
0815 incident report ⟦I|ir-99-3314⟧ entered in rl6 by ⟦N|bermúdez⟧. second job at ⟦O|chobani⟧ in ⟦C|twin falls⟧ — can do light duty there
0830 seen by ⟦N|heather van wyk⟧, np. return ⟦D|3/17⟧. spouse ⟦N|rigoberto ruiz⟧ picks up. address ⟦S|346 locust st n⟧, ⟦C|twin falls⟧ ⟦Z|83301⟧
0832 flu shot declined. n95 fit test due ⟦D|april 2099⟧. logged ⟦N|hvw⟧
`);

write();
