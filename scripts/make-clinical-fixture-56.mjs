// Why this file exists: builds test/fixtures/clinical-notes-56.jsonl, a fifty-sixth labelled set of clinical texts
// written by hand in stop 57 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 53 and 54's generators, fixture-io.mjs, test/clinical-notes-54.test.ts,
// test/helpers/fixture-suite.ts and the opening comments of the other generators were read for the form, the labels
// and the registers already held; fixture 55, written blind at the same time by another helper, was not read), in the
// register of RURAL, TRIBAL AND COMMUNITY HEALTH: Indian Health Service and tribal clinic notes (an IHS emergency note,
// an IHS family-medicine visit, a pharmacy refill and mail-out log, a Purchased/Referred Care authorisation, a tribal
// behavioural-health referral, a Special Diabetes Program roster, a Community Health Representative home visit, a
// chapter-house vaccine clinic, an Alaska village clinic's community health aide encounter); federally qualified health
// centres and their satellite sites (a registration and sliding-fee form, a referral letter, a Marshallese patient's
// visit, a Somali prenatal visit, a migrant Head Start child health record); migrant and seasonal farmworker health (a
// migrant clinic visit, an outreach night at a labour camp, a workers' compensation first report of an H-2A worker, a
// promotora visit log); community health worker threads, mobile clinic and health fair logs, a Remote Area Medical
// event record; critical access hospitals (a discharge summary, a swing-bed note, an EMTALA transfer form, a maternal
// transfer), rural EMS (a patient care report, a radio report, an air ambulance flight log, a community paramedic
// visit); telehealth to rural sites (telestroke, telepsychiatry, teledermatology); refugee and immigrant health (a
// domestic refugee screening, an overseas medical summary, resettlement case notes, a civil surgeon's I-693
// worksheet, a childhood lead case, a TB contact investigation, TB directly observed therapy with a Hmong elder, a
// Hmong home-health visit); travel and global health (a pre-travel consult, a travel-clinic portal thread, a
// post-travel malaria ED note); a rural hospice visit. 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns invented or real, states and countries real): the Navajo Nation (Shiprock, Sanostee, Chinle, Many
// Farms, Kayenta), Pine Ridge and Rosebud, Wagner and Sioux Falls, the Tohono O'odham Nation (Sells), Whiteriver and
// Show Low, Rocky Boy's and Havre, the Sault Tribe (St. Ignace), Fond du Lac (Cloquet, Sawyer), the Yukon-Kuskokwim
// Delta (Newtok, Bethel); the Sandhills (Valentine, Anselmo, Broken Bow), Ennis and Bozeman, Burns and Bend, Alpine
// and Terlingua, Hillsboro (Kansas), Garden City and Dodge City, Aitkin, Hinckley, Winton and Merced, Fort Lupton,
// Gonzales and Salinas, Yakima Valley, Immokalee, Goldsboro, the Mississippi and Arkansas Delta (Tutwiler, Marvell),
// Tiptonville, the Ozarks (Mountain View, Timbo), Springdale, Wise and Grundy, Gila Bend, Lubbock, Eau Claire and Rice
// Lake, Seattle, Minneapolis, Omaha, Buffalo, Arlington (Texas); abroad Dadaab, Kakuma, Mae La, Ebeye, Majuro,
// Mogadishu, Nairobi, Mirebalais, San Pedro Sula, San Cristóbal Totonicapán.
// PHI forms sought: names of many origins (Diné, Lakota, Tohono O'odham, Yup'ik, Ojibwe, Apache, Cheyenne, Chippewa
// Cree, K'iche', Mam, Akateko and Q'anjob'al Maya, Mexican with two surnames, Haitian, Somali, Afghan, Karen, Burmese,
// South Sudanese (Nuer), Eritrean, Marshallese, Hmong, Vietnamese, Filipino, Mennonite German, Norwegian, Swedish,
// Appalachian, Delta Black Southern), compound Lakota and Diné surnames ("Two Bulls", "Little Sky", "American Horse",
// "Leader Charge", "Grey Mountain", "Crow Eagle"), "LAST, FIRST" rows, nicknames in quotes, honorifics outside the
// name ("don", "Mrs.", "Fr.", "imam", "elder"), staff initials; dates as "10/13/2099", "10/13/99", "13 OCT 2099",
// "13-OCT-2099", "October 13, 2099", "oct 13 2099", "aug 30 2099", "01 JAN 2055", month and year, bare years, a
// quarter, month-day rows, chat logs; ages over 89; phones, faxes, extensions, e-mails, an IP; MRNs, IHS health record
// numbers (HRN), chart numbers; tribal enrollment and census numbers, A-numbers, resettlement case numbers, IOM and EDN
// ids, USCIS receipt numbers, passports, EAD cards, H-2A petitions and visas, matrícula consular, PRC purchase orders,
// claim, incident, trip, transport and eConsult ids, court and tribal-court case numbers, an aircraft tail number and a
// van's plate (vehicle identifiers, ID), a DICOM study id, NPI and tax ids, Medicaid, CHIP, RMA, Medicare (MBI) and
// supplement numbers (HEALTHPLAN), device serials (a pacemaker, a glucometer, a telehealth cart, a dermatoscope, an
// oxygen concentrator), portal user names; addresses without street numbers: rural routes and box numbers ("RR 1 Box
// 44-A", "Rt 1 Box 212"), highway-contract boxes ("HC 71 Box 22"), P.O. boxes, county roads ("County Road 640", "Road
// 815"), Navajo and BIA routes ("N-5010", "BIA Route 7"), farm-to-market roads ("FM 170"), directions from a chapter
// house, GPS coordinates (a geocode); ranches, labour camps, orchards, reservations, chapters, districts, villages, refugee camps and atolls
// (LOCATION-OTHER).
// Hard negatives: drugs (furosemide, metformin, empagliflozin, lisinopril, insulin glargine, semaglutide, buprenorphine-
// naloxone, naltrexone, sertraline, apixaban, Eliquis, diltiazem, ceftriaxone, cefazolin, amoxicillin, rifampin, 3HP,
// albendazole, ivermectin, praziquantel, artemether-lumefantrine, atovaquone-proguanil, doxycycline, Vivotif, Imovax,
// TNK, TXA, betamethasone, nifedipine, Trelegy, albuterol, triamcinolone, cetirizine, permethrin), vaccines (Tdap,
// DTaP, Hib, MMR, MenACWY, HPV, PCV21, RSV, IPV, typhoid Vi), tests and scores (NIHSS, ASPECTS, GCS, PHQ-9, IGRA,
// QuantiFERON, BinaxNOW, PPS, UACR, A1c), forms (DS-3025, DS-3026, I-693, EMTALA, CHAM), devices named as products
// (DermLite, Inogen, Medtronic), ceremonies and words of the register (hogan, chapter house, sweat lodge, txiv neeb,
// khi tes, clan names).
// Labelling follows fixtures 53 and 54: weekdays are `ignored` (DAY), as are states and countries; clock times,
// relative dates, gestational ages, unit and van numbers are left unlabelled; ages under 90 are no PHI, and an age over
// 89 is the number only; clinicians', CHRs', promotoras' and staff initials are PHI; titles, degrees, credentials,
// relations and cue words stay outside the name; IHS hospitals and health centres, village clinics, FQHCs and their
// satellites, critical access hospitals, named clinics and programmes housed in them are HOSPITAL; tribes, tribal
// councils, tribal courts and programmes, IHS and its areas, EMS and air-ambulance agencies, fire departments, health
// departments, resettlement agencies, insurers and state Medicaid programmes, growers, cooperatives, employers,
// churches, schools, registries, labs, pharmacies and businesses are ORGANIZATION; reservations, service units,
// chapters and chapter houses, districts, villages and communities named as such, ranches, labour camps, refugee camps,
// counties and atolls are LOCATION-OTHER; P.O. boxes, rural routes and HC boxes are STREET; MRNs, HRNs and chart
// numbers MRN; member, Medicaid, Medicare and supplement numbers HEALTHPLAN; the other numbers named above ID; user ids
// USERNAME; serials DEVICE; extensions PHONE. CPT codes, lot numbers,
// form numbers and scores stay unlabelled; bare "Medicare" stays unlabelled (as in earlier fixtures).
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and
// a few large agencies, tribes, payers and companies are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-54 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-56.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-56.jsonl", "make-clinical-fixture-56");
// ======================================================== ALL CAPS (10) ========================================================

note("ihs-ed-note-caps", `
⟦H|NORTHERN NAVAJO MEDICAL CENTER⟧ - EMERGENCY DEPARTMENT NOTE   ⟦C|SHIPROCK⟧ ⟦STATE|NM⟧   IHS SERVICE UNIT: ⟦LO|SHIPROCK SERVICE UNIT⟧
PATIENT: ⟦N|BEGAY, LORETTA YAZZIE⟧   DOB ⟦D|04/02/2041⟧   HRN ⟦M|SR-118204⟧   TRIBAL ENROLLMENT # ⟦I|NN-40227186⟧   DOS ⟦D|10/13/2099⟧ 02:14
CHAPTER: ⟦LO|SANOSTEE CHAPTER⟧   HOME: NO STREET ADDRESS - 6 MI W OF ⟦LO|SANOSTEE CHAPTER HOUSE⟧ ON ⟦S|N-5010⟧, TURN AT THE WATER TANK, 2ND HOGAN ON LEFT.
MAILING: ⟦S|PO BOX 1147⟧, ⟦C|SHIPROCK⟧ ⟦STATE|NM⟧ ⟦Z|87420⟧   PHONE ⟦P|505-555-0162⟧ (GRANDSON ⟦N|DARRYL BEGAY⟧)
CC: SOB X 3 DAYS, WORSE TONIGHT. BROUGHT BY ⟦O|NAVAJO NATION EMS⟧ UNIT 14 FROM HOME (45 MIN TRANSPORT, DIRT ROAD WASHED OUT).
HPI: 58 YO F, DINE-SPEAKING ONLY, INTERPRETER ⟦N|REX TSOSIE⟧ (STAFF). HX CHF EF 30%, DM2, CKD 3B. RAN OUT OF FUROSEMIDE ~1 WK AGO - PHARMACY AT ⟦H|SANOSTEE CLINIC⟧ CLOSED SINCE ⟦D|10/05⟧. HAULS WATER, NO ELECTRICITY AT HOME.
EXAM: BP 178/96 HR 112 RR 28 SPO2 84% RA -> 93% 4L. JVD TO ANGLE OF JAW, CRACKLES HALFWAY UP, 3+ PITTING EDEMA.
LABS: BNP 2,480, CR 2.1 (BASELINE 1.6 ON ⟦D|06/2099⟧), K 5.2, TROP 0.04.
TX: FUROSEMIDE 80 MG IV X2, NTG SL, BIPAP 12/6.
DISPO: ADMIT MED-SURG. IF WORSENS, TRANSFER TO ⟦H|SAN JUAN REGIONAL MEDICAL CENTER⟧ ⟦C|FARMINGTON⟧ VIA ⟦O|GUARDIAN FLIGHT⟧. PRC (PURCHASED/REFERRED CARE) NOTIFIED - CASE ⟦I|PRC-99-30418⟧.
MEDICAID: ⟦O|CENTENNIAL CARE⟧ ID ⟦HP|NM7720418831⟧. PCP DR. ⟦N|ANNIKA HALVORSEN⟧.
ED MD: ⟦N|JEROME MANYGOATS⟧, MD   RN ⟦N|CHARLENE NEZ⟧ / ⟦N|CN⟧   ⟦D|10/13/99⟧
`);

note("rural-ems-handoff-caps", `
⟦O|CUSTER COUNTY AMBULANCE SERVICE⟧ - PATIENT CARE REPORT   INCIDENT # ⟦I|CCAS-2099-0871⟧   ⟦D|13 OCT 2099⟧
UNIT: MEDIC 2 (BLS W/ ALS INTERCEPT FROM ⟦O|BROKEN BOW FIRE AND RESCUE⟧)   CREW: ⟦N|DUSTIN KLEEB⟧ EMT / ⟦N|SHAYLA OSTENDORF⟧ AEMT / ⟦N|RJ VOGT⟧ PARAMEDIC (INTERCEPT)
DISPATCH 05:42 - LOCATION: ⟦LO|HANSEN RANCH⟧, ⟦S|44175 ROAD 815⟧, 11 MI N OF ⟦C|ANSELMO⟧ ⟦STATE|NE⟧ ⟦Z|68813⟧. GPS ⟦LO|41.7731 -99.8524⟧. GRAVEL, LAST 2 MI MINIMUM MAINTENANCE.
PT: ⟦N|HANSEN, WALTER EUGENE⟧   DOB ⟦D|02/28/2008⟧ (AGE ⟦A|91⟧)   WIFE ⟦N|MARJORIE⟧ ON SCENE ⟦P|308-555-0139⟧
CC: FOUND DOWN IN CALVING BARN BY HIRED MAN ⟦N|EFRAIN TZUL⟧ ~05:30, UNKNOWN DOWN TIME. GCS 13 (E3V4M6). L HIP SHORTENED, EXT ROTATED. TEMP 34.9 C.
HX: AFIB ON ELIQUIS, HTN, PACEMAKER (MEDTRONIC, SN ⟦DEV|PJN448201H⟧). MEDS IN BAG.
TX: WARM BLANKETS, HEAT PACKS, IV 18G L AC, NS 250, FENTANYL 50 MCG X2, TRACTION SPLINT NOT USED (HIP). 12-LEAD: AFIB 88, NO STEMI.
TRANSPORT: TO ⟦H|JENNIE M. MELHAM MEMORIAL MEDICAL CENTER⟧ (CRITICAL ACCESS), ⟦C|BROKEN BOW⟧. ETA 06:58. REPORT GIVEN TO RN ⟦N|TONI SCHWISOW⟧.
PLAN PER ED DR. ⟦N|PRAKASH VENKATARAMAN⟧: LIKELY FLY TO ⟦H|CHI HEALTH GOOD SAMARITAN⟧ ⟦C|KEARNEY⟧ FOR ORTHO.
MEDICARE ⟦HP|3XK7-TT4-MN82⟧. BILLING ADDRESS ⟦S|HC 71 BOX 22⟧, ⟦C|ANSELMO⟧ ⟦Z|68813⟧.
PCR COMPLETED BY ⟦N|D. KLEEB⟧ 08:10. ⟦N|DK⟧/⟦N|SO⟧
`);

note("cah-transfer-form-caps", `
INTERFACILITY TRANSFER FORM (EMTALA)   ⟦D|10/13/2099⟧ 14:20
SENDING: ⟦H|MOUNTAIN VIEW CRITICAL ACCESS HOSPITAL⟧, ⟦S|310 S MAIN ST⟧, ⟦C|ENNIS⟧ ⟦STATE|MT⟧ ⟦Z|59729⟧  PH ⟦P|406-555-0100⟧  FAX ⟦F|406-555-0101⟧
RECEIVING: ⟦H|BOZEMAN HEALTH DEACONESS HOSPITAL⟧ - ACCEPTING DR. ⟦N|KRISTIANNE LUNDGREN⟧ (TRAUMA SURGERY), ACCEPTED 14:05, BED ICU 4
PATIENT: ⟦N|RED CLOUD, TANNER JAMES⟧   DOB ⟦D|08/19/2072⟧   MRN ⟦M|MVH-0044172⟧   ACCT ⟦I|MVH-V-99-41187⟧
REASON: HORSE FELL ON PT AT ⟦LO|SPANISH PEAKS GRAZING ASSOCIATION⟧ SUMMER PASTURE; PELVIC FX (APC II ON CT), R PTX (CHEST TUBE PLACED 13:40), HGB 9.8 -> 8.6.
NO SURGEON OR BLOOD BANK BEYOND 4 UNITS ON SITE. 2 U PRBC GIVEN. TXA 1 G.
MODE: ROTOR WING - ⟦O|LIFE FLIGHT NETWORK⟧ N-NUMBER ⟦I|N417LF⟧, CREW ⟦N|GRIER⟧ / ⟦N|MACIAS-HOLT⟧. ETA 15:05.
SENDING PHYSICIAN: ⟦N|OWEN FARNSWORTH⟧, DO (ALSO EMS MEDICAL DIRECTOR, ⟦O|MADISON VALLEY RURAL FIRE⟧)   CELL ⟦P|406-555-0147⟧
PATIENT CONSENT SIGNED; NEXT OF KIN: PARTNER ⟦N|SKYE WHITEPLUME⟧ ⟦P|406-555-0178⟧, DRIVING FROM ⟦C|HARRISON⟧.
INSURANCE: ⟦O|BLUE CROSS BLUE SHIELD OF MONTANA⟧ ⟦HP|YRM448201935⟧ / SECONDARY ⟦O|INDIAN HEALTH SERVICE⟧ (ENROLLED ⟦O|NORTHERN CHEYENNE TRIBE⟧ # ⟦I|NC-008417⟧).
RECORDS SENT: CT IMAGES VIA ⟦O|PRIMORDIAL⟧ PUSH (STUDY ⟦I|1.2.840.4417.20991013.7⟧), LABS, MAR. RN ⟦N|HALLIE KNUDSEN⟧ / ⟦N|HK⟧
`);

note("farmworker-clinic-caps", `
⟦H|CLINICA DE SALUD DEL VALLE DE SALINAS⟧ - ⟦LO|CHUALAR⟧ SATELLITE   MIGRANT HEALTH VISIT   ⟦D|10/13/2099⟧
PACIENTE: ⟦N|TOMAS XOCOP AJPOP⟧   FDN ⟦D|11/30/2078⟧   NO. DE EXPEDIENTE ⟦M|CSVS-228147⟧   IDIOMA: K'ICHE' (INTERPRETE ⟦N|ROSA ELENA TZOC⟧ VIA ⟦O|INDIGENOUS INTERPRETING+⟧)
OCCUPATION: HARVEST (LETTUCE), EMPLOYER ⟦O|PAJARO VALLEY GROWERS COOPERATIVE⟧, CREW BOSS ⟦N|CHEMA⟧. H-2A VISA - PETITION ⟦I|EAC-99-118-44172⟧.
HOUSING: ⟦LO|CAMPO LOS OLIVOS⟧ LABOR CAMP, ⟦S|27700 OLD STAGE RD⟧ UNIT 14, ⟦C|GONZALES⟧ ⟦STATE|CA⟧ ⟦Z|93926⟧ (12 MEN, 1 BATHROOM).
CC: RASH BOTH FOREARMS X 4 DAYS AFTER WORKING FIELD SPRAYED ⟦D|10/08⟧ (CREW TOLD 'SAFE AFTER 12 H').
EXAM: ERYTHEMATOUS PAPULOVESICULAR ERUPTION DORSAL FOREARMS, NECK. NO SYSTEMIC SX. CHOLINESTERASE DRAWN.
DX: IRRITANT/ALLERGIC CONTACT DERMATITIS - SUSPECTED PESTICIDE EXPOSURE. REPORTED TO ⟦O|MONTEREY COUNTY AGRICULTURAL COMMISSIONER⟧ (PESTICIDE ILLNESS REPORT ⟦I|PIR-27-99-0413⟧).
RX: TRIAMCINOLONE 0.1% CREAM, CETIRIZINE 10 MG. WORK NOTE: NO FIELD WORK X 3 D.
SLIDING FEE: LEVEL A ($20). NO INSURANCE. ⟦O|MIGRANT CLINICIANS NETWORK⟧ HEALTH NETWORK ENROLLED, ID ⟦I|MCN-HN-77204⟧ (FOR CONTINUITY WHEN HE RETURNS TO ⟦C|SAN CRISTOBAL TOTONICAPAN⟧).
PROVIDER: ⟦N|GUADALUPE ARREOLA-KIM⟧, FNP   MA ⟦N|YESENIA⟧ / ⟦N|YC⟧   CELL (WHATSAPP) ⟦P|831-555-0196⟧
`);

note("mobile-clinic-log-caps", `
⟦O|HEART OF THE DELTA MOBILE HEALTH⟧ - DAILY STOP LOG   ⟦D|10/13/2099⟧   VAN #2 (PLATE ⟦I|MS 4417 GV⟧)   DRIVER ⟦N|LEROY STAMPLEY⟧
STOP 1 08:30-11:00 ⟦O|MT. ZION M.B. CHURCH⟧ PARKING LOT, ⟦S|1204 HWY 49 W⟧, ⟦C|TUTWILER⟧ ⟦STATE|MS⟧
STOP 2 12:00-15:30 ⟦O|DOLLAR GENERAL⟧ LOT, ⟦C|GLENDORA⟧ ⟦STATE|MS⟧
#   NAME                      DOB          CHART        SERVICE                        F/U
1   ⟦N|PEOPLES, ODESSA M⟧          ⟦D|03/11/2007⟧   ⟦M|HDM-10447⟧    BP 168/94, A1C 9.1                  PCP ⟦H|AARON E. HENRY CHC⟧
2   ⟦N|WASHINGTON, CLEOTHA⟧        ⟦D|07/22/2046⟧   ⟦M|HDM-10448⟧    FLU, COVID BOOSTER                 -
3   ⟦N|NGUYEN, THANH VAN⟧          ⟦D|01/05/2052⟧   ⟦M|HDM-10449⟧    FOOT EXAM (DM), MONOFILAMENT ABN  PODIATRY
4   ⟦N|STAMPS, JA'MARCUS⟧          ⟦D|09/30/2085⟧   ⟦M|HDM-10450⟧    SPORTS PHYSICAL, ⟦O|WEST TALLAHATCHIE HIGH SCHOOL⟧  -
5   ⟦N|HUDSPETH, BERNICE⟧          ⟦D|12/02/2006⟧ (AGE ⟦A|92⟧)  ⟦M|HDM-10451⟧   BP RECHECK 142/80, REFILL AMLODIPINE  30 D
6   ⟦N|ESTRADA LOPEZ, FIDELINA⟧    ⟦D|05/17/2071⟧   ⟦M|HDM-10452⟧    PAP/HPV, REFERRED MAMMO            ⟦H|GREENWOOD LEFLORE HOSPITAL⟧
NOTES: PT #5 LIVES ALONE ON ⟦S|RURAL ROUTE 2 BOX 117⟧ - NEPHEW ⟦N|CURTIS HUDSPETH⟧ ⟦P|662-555-0112⟧ ASKED TO CHECK ON HER. PT #3 NEEDS VIETNAMESE INTERPRETER NEXT TIME (⟦O|LANGUAGE LINE⟧ ID ⟦I|LL-44172⟧).
NP ON VAN: ⟦N|ANGELA FAIRLEY-BOOKER⟧, FNP-C   RN ⟦N|MONIQUE TILLMAN⟧   CHW ⟦N|DEONTE HARRIS⟧   GRANT: ⟦O|DELTA HEALTH ALLIANCE⟧
`);

note("refugee-domestic-screen-caps", `
⟦H|INTERNATIONAL HEALTH CLINIC AT HARBORVIEW⟧ - REFUGEE DOMESTIC MEDICAL SCREENING   ⟦D|13-OCT-2099⟧
PATIENT: ⟦N|MAALIN, HAWO ABDULLAHI⟧   DOB ⟦D|01/01/2061⟧ (ASSIGNED)   MRN ⟦M|H4420817⟧   A-NUMBER ⟦I|A218-447-093⟧   ARRIVAL ⟦D|09/29/2099⟧ (SEA-TAC)
CASE # ⟦I|SO-1148207⟧ (FAMILY OF 6)   RESETTLEMENT AGENCY: ⟦O|INTERNATIONAL RESCUE COMMITTEE⟧ ⟦C|SEATTLE⟧, CASE MGR ⟦N|IBRAHIM WARSAME⟧ ⟦P|206-555-0133⟧
COUNTRY OF ORIGIN ⟦COUNTRY|SOMALIA⟧; FIRST ASYLUM ⟦COUNTRY|KENYA⟧ - ⟦LO|DADAAB⟧ (⟦LO|HAGADERA CAMP⟧) ⟦D|2081⟧-⟦D|2099⟧.
OVERSEAS EXAM (DS-3025/3026) BY ⟦O|IOM NAIROBI⟧ ⟦D|06/14/2099⟧: CLASS B1 TB (PRIOR TREATED), IOM ID ⟦I|KEN-99-0441872⟧. PRESUMPTIVE ALBENDAZOLE + PRAZIQUANTEL GIVEN PRE-DEPARTURE.
SCREEN TODAY: IGRA POS, CXR - APICAL SCARRING, NO ACTIVE DZ -> REFER ⟦O|PUBLIC HEALTH - SEATTLE & KING COUNTY⟧ TB CLINIC (CLASS B FOLLOW-UP ⟦I|EDN-99-88204⟧).
HEP B SAG NEG, ANTI-HBC POS. HIV NEG. STRONGYLOIDES IGG POS -> IVERMECTIN. CBC: HGB 10.1, EOS 9%. LEAD N/A (ADULT).
VACCINES: TD, MMR #1, VARICELLA #1 GIVEN; RECORD IN ⟦O|WAIIS⟧.
INTERPRETER: ⟦N|FARHIYA ADEN⟧ (SOMALI, IN PERSON). HUSBAND ⟦N|YUSUF HIRSI⟧, CHILDREN ⟦N|NIMCO⟧, ⟦N|ABDIRAHMAN⟧, ⟦N|SAGAL⟧, ⟦N|MUSE⟧ SCREENED SAME DAY.
HOUSING: ⟦S|3911 S ANGELINE ST⟧ APT 207, ⟦C|SEATTLE⟧ ⟦Z|98118⟧. ⟦O|APPLE HEALTH⟧ (MEDICAID) ⟦HP|200448172WA⟧.
CLINICIAN: ⟦N|MARGARETHE OYELOWO⟧, MD, MPH   ⟦D|10/13/99⟧
`);

note("ihs-pharmacy-refill-caps", `
⟦H|PINE RIDGE IHS HOSPITAL⟧ PHARMACY - REFILL / MAIL-OUT LOG   ⟦D|10/13/2099⟧   PHARMACIST ⟦N|WAYLON CONROY⟧, PHARMD
HRN          PATIENT                       COMMUNITY           RX                              DELIVERY
⟦M|PR-30418⟧     ⟦N|TWO BULLS, VERNA⟧               ⟦LO|WANBLEE⟧             METFORMIN 1000 BID, LISINOPRIL 20    CHR ⟦N|ARLENE POURIER⟧
⟦M|PR-30419⟧     ⟦N|LITTLE SKY, ELMER⟧              ⟦LO|KYLE⟧                INSULIN GLARGINE 40 U, PEN NEEDLES   MAIL ⟦S|PO BOX 221⟧, ⟦C|KYLE⟧ ⟦Z|57752⟧
⟦M|PR-30420⟧     ⟦N|AMERICAN HORSE, DELPHINE⟧       ⟦LO|MANDERSON⟧           BUPRENORPHINE-NALOXONE 8/2 (DOT)    PICK UP
⟦M|PR-30421⟧     ⟦N|BLUE ARM, CODY⟧                 ⟦LO|PORCUPINE⟧           ALBUTEROL HFA, FLUTICASONE          CHR ⟦N|ARLENE POURIER⟧
⟦M|PR-30422⟧     ⟦N|RED CLOUD, MARY ANN⟧            ⟦LO|OGLALA⟧              WARFARIN 5 (INR 2.4 ⟦D|10/09⟧)         PICK UP
⟦M|PR-30423⟧     ⟦N|JANIS, FREDERICK⟧               ⟦LO|EAGLE NEST⟧ DISTRICT  SEMAGLUTIDE 1 MG                   MAIL ⟦S|HC 49 BOX 8⟧, ⟦C|WANBLEE⟧ ⟦Z|57577⟧
NOTES: ⟦N|TWO BULLS⟧ - NO PHONE, CHR TO CHECK BG LOG. ⟦N|LITTLE SKY⟧ - ROAD TO HOUSE IMPASSABLE AFTER RAIN, HOLD AT ⟦H|KYLE HEALTH CENTER⟧.
PRC ELIGIBLE VERIFIED AGAINST ⟦O|OGLALA SIOUX TRIBE⟧ ENROLLMENT (# ⟦I|OST-1184-2207⟧, # ⟦I|OST-0977-4418⟧). TECH ⟦N|JOLENE WHITE FACE⟧ / ⟦N|JWF⟧
`);

note("chr-home-visit-caps", `
COMMUNITY HEALTH REPRESENTATIVE (CHR) HOME VISIT RECORD   ⟦O|TOHONO O'ODHAM NATION⟧ CHR PROGRAM   ⟦D|OCTOBER 13, 2099⟧
CHR: ⟦N|GILBERTA ANTONE⟧   DISTRICT: ⟦LO|GU VO DISTRICT⟧   VEHICLE LOG 88 MI (ROUND TRIP FROM ⟦C|SELLS⟧)
CLIENT: ⟦N|JOSE FRANCISCO MANUEL⟧   DOB ⟦D|06/23/2009⟧   AGE ⟦A|90⟧   CHART ⟦M|SLS-004172⟧   VILLAGE: ⟦LO|KOM VO⟧
VITALS: BP 152/88, P 76, BG 244 (2 H AFTER LUNCH), WT 171. FEET: CALLUS R 1ST MTH, NO ULCER.
MEDS: PILL BOX SET FOR 2 WKS. MISSED 3 EVENING METFORMIN. GLUCOMETER (SN ⟦DEV|CNT4417208⟧) MEMORY DOWNLOADED.
SOCIAL: LIVES WITH DAUGHTER ⟦N|ROSALINDA MANUEL-JOSE⟧, HAULS WATER FROM ⟦LO|GU VO⟧ WELL. WOOD STOVE. NO LANDLINE - DAUGHTER CELL ⟦P|520-555-0185⟧.
EDUCATION: DIABETES PLATE (O'ODHAM TRADITIONAL FOODS - TEPARY BEANS, CHOLLA BUDS). REFERRED TO ⟦O|TOCA⟧ COMMUNITY GARDEN.
REFERRALS: PODIATRY AT ⟦H|SELLS HOSPITAL⟧ ⟦D|10/27/2099⟧; EYE EXAM (DIABETIC RETINOPATHY CAMERA) AT ⟦H|SAN SIMON HEALTH CENTER⟧.
TRANSPORT: ⟦O|TON CHR TRANSPORT⟧ BOOKED, CONF ⟦I|TR-99-3041⟧.
SUPERVISOR REVIEW: ⟦N|LAVERNE JUAN-SAUNDERS⟧ ⟦D|10/14/2099⟧   ⟦N|GA⟧
`);

note("telestroke-consult-caps", `
TELESTROKE CONSULT - HUB: ⟦H|AVERA MCKENNAN HOSPITAL⟧ (⟦C|SIOUX FALLS⟧) / SPOKE: ⟦H|WAGNER COMMUNITY MEMORIAL HOSPITAL⟧ (⟦C|WAGNER⟧ ⟦STATE|SD⟧)
⟦D|13 OCT 2099⟧   CART ID ⟦DEV|AVERA-ECARE-0417⟧   VIDEO CONNECT 16:02   LKW 15:10 (PER DAUGHTER)
PATIENT: ⟦N|ZEPHIER, LUCILLE⟧   DOB ⟦D|12/12/2044⟧   SPOKE MRN ⟦M|WCM-118204⟧   HUB MRN ⟦M|AM-77204418⟧
HX: 54 YO F, ⟦LO|YANKTON SIOUX RESERVATION⟧ (⟦LO|LAKE ANDES⟧ AREA). HTN, SMOKER. NO ANTICOAGULANTS.
EXAM VIA VIDEO (BEDSIDE RN ⟦N|KARI VAN DER POL⟧ ASSISTING): NIHSS 9 - R ARM/LEG DRIFT, APHASIA, R FACIAL. BG 132.
CT HEAD (SPOKE) 15:48: NO HEMORRHAGE, ASPECTS 9. CTA: L M2 OCCLUSION.
REC: TNK 0.25 MG/KG (WT 74 KG -> 18.5 MG) GIVEN 16:19. TRANSFER FOR THROMBECTOMY - ⟦O|AVERA CARELINK⟧ AIR, ACCEPTING NEURO-IR DR. ⟦N|ARVIND SUNDARARAJAN⟧ (PAGED 16:24, CALLBACK ⟦P|605-555-0190⟧).
FAMILY: DAUGHTER ⟦N|TASHINA ZEPHIER-COURNOYER⟧ ⟦P|605-555-0164⟧; SON ⟦N|BRENT⟧ IN ⟦C|MARTY⟧.
TELENEUROLOGIST: ⟦N|HEIDI STROMBERG-ABARA⟧, MD (LICENSED SD/ND/NE)   SESSION ⟦I|ECARE-99-66172⟧   IP ⟦IP|10.44.172.18⟧
`);

note("village-clinic-chap-caps", `
⟦H|NEWTOK VILLAGE CLINIC⟧ - COMMUNITY HEALTH AIDE ENCOUNTER (CHAP)   ⟦O|YUKON-KUSKOKWIM HEALTH CORPORATION⟧   ⟦D|10/13/2099⟧
CHA: ⟦N|AGNES CHARLES⟧, CHA-III   PHYSICIAN CONSULT (TELEPHONE/RAVEN): DR. ⟦N|NATHANIEL OKOROAFOR⟧, ⟦H|YUKON-KUSKOKWIM DELTA REGIONAL HOSPITAL⟧, ⟦C|BETHEL⟧
PATIENT: ⟦N|TOMMY KASAYULIE⟧   DOB ⟦D|03/03/2096⟧ (3 YO)   YKHC MRN ⟦M|YK-4471820⟧   MOTHER ⟦N|EVELYN KASAYULIE⟧
CC: COUGH, FEVER 3 DAYS, FAST BREATHING. CHAM PAGE 62 (COUGH/FEVER CHILD).
VITALS: T 39.4, RR 58, SPO2 88% RA, RETRACTIONS. ONE-WAY TELEMED PHOTOS + LUNG SOUNDS SENT (CASE ⟦I|TM-NEW-99-1187⟧).
DOCTOR ORDERS: CEFTRIAXONE 50 MG/KG IM, O2 VIA NC, MEDEVAC.
MEDEVAC: WEATHER - FOG, FIXED WING UNABLE TIL AM. ⟦O|LIFEMED ALASKA⟧ ON STANDBY (TRIP ⟦I|LMA-99-2218⟧). CHA TO STAY OVERNIGHT WITH CHILD AT CLINIC.
VILLAGE: ⟦C|NEWTOK⟧ (RELOCATING TO ⟦LO|METARVIK⟧). HOUSE 27. NO RUNNING WATER. PHONE VIA VILLAGE OFFICE ⟦P|907-555-0127⟧.
FATHER ⟦N|JIMMY KASAYULIE⟧ OUT AT FISH CAMP - MESSAGE LEFT WITH ⟦O|NEWTOK VILLAGE COUNCIL⟧ (TRIBAL ADMINISTRATOR ⟦N|ROMY CARL⟧).
MEDICAID (⟦O|DENALI KIDCARE⟧) ⟦HP|AK0044172088⟧.   ⟦N|AC⟧ 21:40
`);
// ======================================================== lower case (10) ========================================================

note("promotora-visit-log-lower", `
promotoras de salud - visit log   ⟦O|proyecto salud del valle⟧ (⟦C|yakima⟧ / ⟦C|sunnyside⟧ / ⟦C|toppenish⟧)   week of ⟦D|10/12/2099⟧
promotora: ⟦N|maria de la luz ochoa⟧   supervisor: ⟦N|brenda vasquez-lind⟧, rn
date        client                         where                                    topic / action
⟦D|10/12⟧       ⟦N|reyna cruz hernandez⟧            home, ⟦S|1108 s 6th st⟧, ⟦C|sunnyside⟧              bp cuff taught, 148/90 - appt dr. ⟦N|beaulieu⟧ ⟦D|10/19⟧
⟦D|10/12⟧       don ⟦N|aurelio santiz⟧              ⟦LO|la granja apple orchard⟧ bunkhouse, ⟦S|3600 yakima valley hwy⟧   foot wound, sent same day to ⟦H|yakima valley farm workers clinic⟧ - ⟦LO|toppenish⟧ site
⟦D|10/13⟧       ⟦N|esperanza y. lopez⟧              ⟦O|st. joseph catholic church⟧ hall, ⟦C|wapato⟧          diabetes class (tomando control), a1c 8.4 on ⟦D|9/30⟧
⟦D|10/13⟧       ⟦N|chayton wolfe⟧ (yakama)          ⟦O|white swan grange⟧                        flu shot clinic referral; enrolled ⟦O|yakama nation⟧ # ⟦I|ykn-22018⟧
⟦D|10/14⟧       ⟦N|juana mendoza⟧ + baby ⟦N|itzel⟧       home, ⟦S|rr 1 box 44-a⟧, ⟦C|granger⟧               wic appt set, car seat from ⟦O|safe kids yakima⟧
⟦D|10/14⟧       ⟦N|pedro pascual⟧ (q'anjob'al)      ⟦O|washington fruit and produce⟧ packing shed    heat illness talk to crew of 22, water/shade/rest
⟦D|10/15⟧       ⟦N|reyna cruz hernandez⟧            phone ⟦P|509-555-0183⟧                             bp 138/86, taking meds, kept appt
notes: don ⟦N|aurelio⟧ has no ss#, uses matricula consular ⟦I|mc-0441827⟧ for clinic id. his son ⟦N|ruben santiz⟧ drives him (⟦P|509-555-0121⟧).
mileage 112. ⟦N|mlo⟧ ⟦D|10/16/99⟧
`);

note("chw-text-thread-lower", `
[⟦D|10/13/2099⟧ 09:04] ⟦N|keisha dantzler⟧ (chw, ⟦O|tri-county rural health network⟧): hi ms ⟦N|odom⟧ it's keisha from the clinic. did the pharmacy in ⟦C|helena⟧ have your inhaler?
[⟦D|10/13/2099⟧ 09:31] ⟦N|mattie odom⟧: no baby they said insurance wont pay til the ⟦D|20th⟧
[⟦D|10/13/2099⟧ 09:33] ⟦N|keisha dantzler⟧: ok let me call them. is it still ⟦O|delta drug⟧ on ⟦S|cherry st⟧?
[⟦D|10/13/2099⟧ 09:35] ⟦N|mattie odom⟧: yes. and my grandson ⟦N|dre⟧ can bring me tomorrow but not today
[⟦D|10/13/2099⟧ 10:12] ⟦N|keisha dantzler⟧: called. they'll do a 5 day emergency supply. ⟦O|arkansas medicaid⟧ id i gave them ⟦HP|5014417208⟧ - that right?
[⟦D|10/13/2099⟧ 10:15] ⟦N|mattie odom⟧: thats it
[⟦D|10/13/2099⟧ 10:16] ⟦N|keisha dantzler⟧: also the lung doctor dr ⟦N|ramaswamy⟧ in ⟦C|little rock⟧ wants you ⟦D|nov 2⟧. we can get the medicaid ride (⟦O|southeastrans⟧ trip # ⟦I|se-99-771042⟧). i'll ride with you
[⟦D|10/13/2099⟧ 10:40] ⟦N|mattie odom⟧: god bless. tell nurse ⟦N|patrice⟧ i said hey
[⟦D|10/13/2099⟧ 10:41] ⟦N|keisha dantzler⟧: will do! your address still ⟦S|341 county road 218⟧, ⟦C|marvell⟧? the ride needs it
[⟦D|10/13/2099⟧ 10:44] ⟦N|mattie odom⟧: yes 72366. gate by the pecan trees
[⟦D|10/13/2099⟧ 11:02] ⟦N|keisha dantzler⟧: note for chart ⟦M|trh-0088172⟧: emergency supply arranged, ride booked ⟦D|11/02/2099⟧ 6:30 am pickup. ⟦N|kd⟧
`);

note("health-fair-signup-lower", `
⟦O|lake county rural health fair⟧ - screening sign-in sheet   ⟦DAY|saturday⟧, ⟦D|oct 13 2099⟧   ⟦O|tiptonville fairgrounds⟧ exhibit hall, ⟦C|tiptonville⟧ ⟦STATE|tn⟧
sponsors: ⟦H|dyersburg regional medical center⟧, ⟦O|lake county health department⟧, ⟦O|reelfoot rural electric cooperative⟧, ⟦O|farm bureau⟧
name                          phone            screening          result                 referral
⟦N|clyde pettigrew⟧               ⟦P|731-555-0145⟧     bp / glucose        182/100, bg 210         same-week pcp, flagged
⟦N|dorothy ann fuqua⟧             ⟦P|731-555-0170⟧     bone density        t -2.7                  pcp
⟦N|luis alberto mejia⟧            ⟦P|731-555-0122⟧     hep c rapid         reactive                ⟦H|lake county primary care⟧ (fqhc)
⟦N|trinity hopper⟧                none             a1c                 5.9                     diabetes prevention class
rev. ⟦N|harold gaskins⟧           ⟦P|731-555-0188⟧     psa                 4.9                     urology, ⟦C|jackson⟧
⟦N|kenji matsuda⟧                 ⟦P|731-555-0151⟧     vision              20/60 ou                ⟦O|lions club⟧ voucher ⟦I|lc-99-0418⟧
⟦N|earline bledsoe⟧ (age ⟦A|96⟧)     ⟦P|731-555-0119⟧     bp                  128/70                  none
volunteers: ⟦N|becca lambert⟧, rn; ⟦N|sam o'dell⟧, emt (⟦O|ridgely volunteer fire dept⟧); ut nursing students ⟦N|j. akinyemi⟧, ⟦N|m. presley⟧
results logged to ⟦O|tennessee department of health⟧ event id ⟦I|tdh-he-99-0227⟧. contact ⟦E|lakecohealthfair@example.org⟧
`);

note("farmworker-outreach-lower", `
outreach night - ⟦LO|rancho las palmas⟧ housing, ⟦S|county road 640⟧, ⟦C|immokalee⟧ ⟦STATE|fl⟧   ⟦D|10/13/2099⟧ 6-9 pm
team: ⟦H|gulf coast farmworker health center⟧ outreach (⟦N|anaís pérez⟧ rn, ⟦N|wilner joseph⟧ chw - kreyòl, ⟦N|marcos tum⟧ chw - mam), ⟦O|coalition of immokalee workers⟧ liaison ⟦N|lupe⟧
seen 31. highlights:
- ⟦N|andrés chávez morales⟧ 34m tomato picker, crew leader ⟦N|el güero⟧, cut r hand on bucket handle 3d ago, red streaks -> took to ⟦H|marion e. fethers medical center⟧ tonight. chart ⟦M|hcn-7720418⟧.
- ⟦N|guerline pierre-louis⟧ 22f, ~28 wk pregnant, no prenatal care yet, arrived from ⟦C|belle glade⟧ 2 wk ago. appt at ⟦H|gulf coast farmworker health center⟧ women's care ⟦D|10/15⟧ 9am, medicaid app started (case ⟦I|fl-acc-99-4418207⟧).
- ⟦N|felipe mateo mateo⟧ 51m, bp 190/110, headache. refused ed ("can't miss work"). gave lisinopril samples per standing order dr. ⟦N|hashemi⟧, recheck ⟦DAY|thursday⟧ at the van.
- ⟦N|rosa tomás⟧ and daughters ⟦N|yeni⟧ (6) and ⟦N|milagro⟧ (3): lice + scabies -> permethrin. kids enrolled ⟦O|redlands christian migrant association⟧ head start.
- heat: 4 workers dizzy today at ⟦O|six l's⟧ field (company name per workers) - report to osha discussed, workers declined.
bunkhouse owner ⟦N|dale whitcomb⟧ ⟦P|239-555-0164⟧ re broken ac in unit 9. follow up ⟦D|10/20⟧. ⟦N|ap⟧/⟦N|wj⟧
`);

note("resettlement-case-notes-lower", `
⟦O|catholic charities of the diocese of fort worth⟧ - refugee resettlement program - case notes
case # ⟦I|tx-cc-99-0618⟧ (reception & placement)   ⟦O|usccb⟧ case ⟦I|af-2207441⟧   arrival ⟦D|aug 30 2099⟧
pa: ⟦N|mohammad nasir sediqi⟧ (a# ⟦I|a 224 118 907⟧), spouse ⟦N|zarghona sediqi⟧ (a# ⟦I|a 224 118 908⟧), children ⟦N|farid⟧ 9, ⟦N|parwana⟧ 6, ⟦N|omid⟧ 2. dari/pashto.
⟦D|09/02/2099⟧ - home visit, ⟦S|2410 s collins st⟧ apt 118, ⟦C|arlington⟧ ⟦Z|76014⟧. cultural orientation. ssn apps filed.
⟦D|09/09/2099⟧ - rma (refugee medical assistance) approved, id ⟦HP|tx-rma-51144072⟧. health screening booked at ⟦H|jps health network⟧ refugee clinic.
⟦D|09/16/2099⟧ - screening done. ⟦N|omid⟧ lead 9 mcg/dl -> repeat in 1 mo, ⟦O|tarrant county public health⟧ notified. ⟦N|zarghona⟧ pregnant ~10 wk, ob at ⟦H|jps⟧ women's clinic dr. ⟦N|hallworth⟧.
⟦D|10/01/2099⟧ - pa started job ⟦O|tyson foods⟧ (poultry, 2nd shift), employer id ⟦I|tf-88172⟧. kids enrolled ⟦O|arlington isd⟧, ⟦O|webb elementary⟧.
⟦D|10/13/2099⟧ - ⟦N|farid⟧ ear pain x 3d, mom called. told to go to ⟦H|cook children's urgent care⟧ ⟦S|5109 s cooper st⟧; interpreter via ⟦O|cyracom⟧ (id ⟦I|22104⟧). follow up tomorrow.
caseworker: ⟦N|hamid karimzada⟧ ⟦P|817-555-0142⟧ ⟦E|hkarimzada@ccdofw-example.org⟧   supervisor ⟦N|megan o'rourke⟧
`);

note("telepsych-rural-lower", `
telehealth psychiatry - progress note   originating site: ⟦H|saguache county clinic⟧ (⟦C|center⟧, ⟦STATE|co⟧)   distant site: ⟦H|san luis valley health⟧ behavioral, ⟦C|alamosa⟧
patient: ⟦N|ignacio "nacho" maestas⟧   dob ⟦D|02/09/2063⟧   mrn ⟦M|slvh-1148207⟧   date ⟦D|10/13/2099⟧   visit # ⟦I|tv-0044172⟧
platform: zoom for healthcare (meeting id ⟦I|882 4417 2093⟧), pt at clinic room 2 w/ ma ⟦N|dolores gallegos⟧; consent for video on file.
s: follow up mdd + aud. sober since ⟦D|june⟧ (since ⟦D|6/2/2099⟧). works at ⟦O|san luis valley potato growers co-op⟧ warehouse, night shift. sleeping 5h. wife ⟦N|consuelo⟧ says he is "back to himself".
mse: calm, linear, mood "ok," affect brighter. denies si/hi. phq-9 8 (was 19).
meds: sertraline 150 mg, naltrexone 50 mg. refill to ⟦O|city market pharmacy⟧ ⟦C|alamosa⟧.
plan: continue. aa in ⟦C|saguache⟧ (⟦O|trinity lutheran church⟧ basement, ⟦DAY|tue⟧/⟦DAY|fri⟧). next telehealth ⟦D|11/10/2099⟧.
if connection drops, call pt cell ⟦P|719-555-0138⟧ or clinic ⟦P|719-555-0100⟧.
psychiatrist: ⟦N|rahel tesfaye⟧, md (licensed co)   ⟦N|rt⟧
`);

note("travel-clinic-chat-lower", `
patient portal - secure messages - ⟦H|passport health and travel medicine of the high plains⟧ (⟦C|lubbock⟧)
[⟦D|10/09/2099⟧ 20:14] ⟦N|sarai okonjo-whitfield⟧: hi, i'm going on a medical mission with ⟦O|hands of hope honduras⟧ to ⟦C|san pedro sula⟧ and then a village near ⟦C|trujillo⟧, leaving ⟦D|nov 3⟧. what shots do i need? i had hep a in ⟦D|2091⟧ i think
[⟦D|10/10/2099⟧ 08:30] ⟦N|cody brenneman⟧, rn: hi ⟦N|sarai⟧! we'll review your record from ⟦O|texas tech university⟧ student health. typhoid, hep a #2 if due, rabies pre-exposure (if working with animals/remote), malaria prophylaxis (atovaquone-proguanil for that area), and dengue precautions. appt ⟦D|10/16⟧ 2:15 with dr. ⟦N|ilse marquardt⟧?
[⟦D|10/10/2099⟧ 08:52] ⟦N|sarai okonjo-whitfield⟧: yes please. my yellow card # is ⟦I|icvp-tx-0044172⟧ if that helps
[⟦D|10/16/2099⟧ 14:48] dr. ⟦N|ilse marquardt⟧: seen today - typhoid oral (vivotif) x4 caps, hep a #2 given (lot on record), rabies imovax #1 (#2 day 7). atovaquone-proguanil rx to ⟦O|united supermarkets pharmacy⟧ ⟦S|19th st⟧. chikungunya vaccine discussed, deferred. travel letter attached for ⟦O|hands of hope honduras⟧ team lead pastor ⟦N|efrain castellanos⟧.
[⟦D|10/16/2099⟧ 15:02] ⟦N|sarai okonjo-whitfield⟧: thanks!! my passport # is ⟦I|c04417208⟧ for the letter. also my mom ⟦N|adaeze⟧ is coming, can she book? she's 61 and has her own medicare card
[⟦D|10/16/2099⟧ 15:10] ⟦N|cody brenneman⟧, rn: yes, have her call ⟦P|806-555-0129⟧. your mrn ⟦M|ph-lbk-208841⟧. safe travels!
`);

note("ems-radio-report-lower", `
radio report transcribed by ed secretary - ⟦H|hillsboro community hospital⟧ ed, ⟦C|hillsboro⟧ ⟦STATE|ks⟧ - ⟦D|10/13/2099⟧ 17:41
"⟦H|hillsboro⟧, ⟦O|marion county ems⟧ medic 3, we are en route to your facility from ⟦S|old mill rd⟧ and ⟦S|280th st⟧, about 9 miles southwest of ⟦C|lehigh⟧, eta 14 minutes. we have a 67 year old male, ⟦N|reimer⟧, first name ⟦N|abram⟧, rolled a side-by-side on his own ground ..."
ems crew: ⟦N|jenna friesen⟧ aemt, ⟦N|caleb unruh⟧ emt-b. first responder: ⟦O|lehigh fire⟧ chief ⟦N|ron schmidt⟧.
pt: ⟦N|abram reimer⟧, dob ⟦D|4/14/2032⟧, gcs 15, r chest wall pain, decreased breath sounds right, spo2 90% on 15l nrb, bp 104/70, hr 118. c-collar, board.
ed physician: dr. ⟦N|fatemeh rostami⟧. activated trauma, called ⟦O|eaglemed⟧ to standby for ⟦H|wesley medical center⟧ in ⟦C|wichita⟧. eaglemed trip # ⟦I|em-4417-991⟧.
wife ⟦N|elfrieda reimer⟧ en route in own vehicle from farm, ⟦S|2318 cedar rd⟧, ⟦C|durham⟧ ⟦Z|67438⟧, cell ⟦P|620-555-0156⟧.
old chart: mrn ⟦M|hch-044172⟧, pcp dr. ⟦N|kliewer⟧ (⟦H|hillsboro family practice⟧).
taken by ⟦N|ashley wiebe⟧ (unit secretary) / ⟦N|aw⟧
`);

note("tb-dot-home-visit-lower", `
⟦O|pine county public health⟧ - tb directly observed therapy (dot) - field visit note   ⟦D|oct 13, 2099⟧
nurse: ⟦N|kirsten aasland⟧, phn   client: ⟦N|vang, pa nhia⟧ (hmong; interpreter daughter-in-law ⟦N|mai xiong⟧ - client declined professional, documented)
dob ⟦D|05/05/2008⟧ (age ⟦A|91⟧)   county client # ⟦I|pcph-tb-99-017⟧   ⟦O|minnesota dept of health⟧ case ⟦I|mdh-99-0441⟧   mrn at ⟦H|essentia health sandstone⟧ ⟦M|esh-70448172⟧
address: ⟦S|46215 state hwy 23⟧, ⟦C|hinckley⟧ ⟦STATE|mn⟧ ⟦Z|55037⟧ (farm, lives with son ⟦N|tou vang⟧ and his family; son's cell ⟦P|320-555-0170⟧)
dose 44 of 120 (4 mo rifampin for latent tb after household exposure to grandson ⟦N|kou⟧, treated for active tb at ⟦H|hennepin healthcare⟧ in ⟦D|july⟧).
observed: rifampin 600 mg swallowed 10:12. no rash, no jaundice, appetite fair. took herbal tea from cousin in ⟦C|st. paul⟧ - asked to bring to clinic for review.
barriers: shaman ceremony planned ⟦D|10/18⟧ - family asks no visit that day; doses are not doubled; visit moved to ⟦D|10/19⟧.
next visits: ⟦DAY|mon⟧-⟦DAY|fri⟧; weekend self-administered with video dot (app user ⟦UN|panhia.vang08⟧).
signed ⟦N|k. aasland⟧ rn ⟦D|10/13/99⟧
`);

note("tribal-diabetes-program-lower", `
⟦O|fond du lac band of lake superior chippewa⟧ - special diabetes program for indians (sdpi) - quarterly roster excerpt   ⟦D|q4 2099⟧
run ⟦D|10/13/2099⟧ by ⟦N|tyler defoe⟧, data coordinator, ⟦H|min no aya win human services center⟧, ⟦C|cloquet⟧ ⟦STATE|mn⟧
chart        name                      community        a1c (date)          eye exam     foot     uacr
⟦M|mnaw-11827⟧   ⟦N|diver, gloria⟧             ⟦LO|sawyer⟧           8.9 (⟦D|9/14/99⟧)      due          ⟦D|6/99⟧     abn
⟦M|mnaw-11904⟧   ⟦N|northrup, dennis⟧          ⟦LO|brookston⟧        7.1 (⟦D|8/02/99⟧)      ⟦D|3/99⟧         ⟦D|8/99⟧     nl
⟦M|mnaw-12017⟧   ⟦N|savage, marlene⟧           ⟦LO|cloquet⟧ (dist 3) 10.4 (⟦D|10/01/99⟧)    due          due      abn
⟦M|mnaw-12233⟧   ⟦N|martineau, jaxon⟧ (14)     ⟦LO|sawyer⟧           6.8 (⟦D|7/19/99⟧)      ⟦D|7/99⟧         ⟦D|7/99⟧     nl
⟦M|mnaw-12540⟧   ⟦N|bassett, ruby⟧             ⟦C|duluth⟧ (urban)  9.6 (⟦D|9/30/99⟧)      due          ⟦D|9/99⟧     abn
actions: ⟦N|gloria⟧ + ⟦N|marlene⟧ -> diabetes nurse ⟦N|april wiese⟧ home visits; ⟦N|jaxon⟧ - youth wellness camp at ⟦LO|big lake⟧ went well; ⟦N|ruby⟧ - transport from ⟦C|duluth⟧ via ⟦O|arrowhead transit⟧.
retinal camera (⟦O|ihs-joslin vision network⟧) day ⟦D|nov 4⟧, ⟦LO|sawyer community center⟧.
questions to ⟦E|tdefoe@fdlrez-example.com⟧ / ⟦P|218-555-0113⟧
`);
// ======================================================== mixed case (25) ========================================================

note("ihs-primary-care-soap", `
⟦H|Chinle Comprehensive Health Care Facility⟧ — Family Medicine Clinic
Patient: ⟦N|Harrison Tsinajinnie⟧   DOB: ⟦D|09/17/2051⟧   HRN: ⟦M|CH-00447182⟧   Visit: ⟦D|10/13/2099⟧   Provider: ⟦N|Maya Benally-Strand⟧, MD
Census #: ⟦I|NN-3318420⟧ (⟦O|Navajo Nation⟧ enrollment)   Chapter: ⟦LO|Many Farms⟧   Clan: Tódích'íi'nii (born for Kinyaa'áanii) — per patient, for the record
S: 48 y/o man, sheepherder and silversmith, here for HTN/DM follow-up and "sore knees." Lives with wife ⟦N|Ella⟧ 4 miles east of the ⟦LO|Many Farms Chapter House⟧ off ⟦S|N-59⟧ (mail ⟦S|P.O. Box 774⟧, ⟦C|Many Farms⟧, ⟦STATE|AZ⟧ ⟦Z|86538⟧). Uses traditional medicine; a ceremony with a medicine man (Mr. ⟦N|Yellowhair⟧) is planned next month and he asks that we work around it.
Hauls water 2x/week from the chapter well; uranium mine tailings near his grazing area were remediated in ⟦D|2089⟧ — asked about exposure, none since.
O: BP 146/92, A1c 8.3 (was 7.6 in ⟦D|April⟧), eGFR 71, UACR 48. Crepitus both knees, no effusion.
A/P: DM2 uncontrolled — increase metformin to 1000 bid; start empagliflozin 10 mg. HTN — lisinopril 20 → 40. Knees — OA, acetaminophen, PT at ⟦H|Chinle⟧ rehab. Diabetic eye exam by telemedicine camera today (⟦O|IHS-Joslin Vision Network⟧ read by Dr. ⟦N|Kanoho⟧).
Refer to the ⟦O|Navajo Special Diabetes Project⟧ (⟦N|Lorraine Yazzie⟧, CHR supervisor, ext. ⟦P|4417⟧). PRC not needed.
Navajo interpreter: none needed (bilingual). Next visit ⟦D|12/08/2099⟧.
Electronically signed: ⟦N|M. Benally-Strand⟧, MD ⟦D|10/13/2099⟧ 15:44 (RPMS-EHR)
`);

note("chapter-house-vaccine-clinic", `
Community Vaccine Clinic — ⟦LO|Kayenta Chapter House⟧, ⟦C|Kayenta⟧, ⟦STATE|AZ⟧   ⟦DAY|Tuesday⟧, ⟦D|October 13, 2099⟧, 9:00–2:00
Run by ⟦H|Kayenta Health Center⟧ (⟦O|Navajo Area IHS⟧) with the ⟦O|Kayenta Township⟧ and ⟦O|Monument Valley High School⟧ nursing club.
Lead PHN: ⟦N|Bernadette Holiday⟧, RN   Vaccinators: ⟦N|Travis Nakai⟧, LPN; ⟦N|Shandiin Gorman⟧, RN; ⟦N|Ruth Ann Whitehorse⟧, RN   Scribe: ⟦N|K. Tallsalt⟧
Lot/expiry recorded on each VIS; entered in ⟦O|ASIIS⟧ by ⟦D|10/14⟧.
No.  Name                          DOB           HRN          Vaccine(s)                          Site
1    ⟦N|Etsitty, Marvin⟧                ⟦D|01/22/2034⟧    ⟦M|KY-20418⟧     Flu HD, RSV                           L deltoid
2    ⟦N|Etsitty, Juanita⟧               ⟦D|06/30/2037⟧    ⟦M|KY-20419⟧     Flu HD                                R deltoid
3    ⟦N|Black, Naomi⟧                   ⟦D|11/04/2094⟧    ⟦M|KY-33107⟧     DTaP #4, Hib #4, MMR #1, Var #1       thighs
4    ⟦N|Grey Mountain, Theo⟧            ⟦D|03/15/2088⟧    ⟦M|KY-29940⟧     Tdap, MenACWY, HPV #1                 arms
5    ⟦N|Sandoval, Priscilla Dawn⟧       ⟦D|08/08/2071⟧    ⟦M|KY-18822⟧     Flu, COVID                            arms
6    ⟦N|Begay, Hoskie⟧                  ⟦D|12/25/2005⟧    ⟦M|KY-00417⟧     Flu HD, PCV21                         L deltoid  (age ⟦A|93⟧; came by horse trailer w/ grandson ⟦N|Cheyenne Begay⟧)
7    ⟦N|Yellowman, Kiara⟧               ⟦D|05/01/2097⟧    ⟦M|KY-35012⟧     Hep A #2                              thigh
Walk-ins from ⟦LO|Dennehotso⟧ and ⟦LO|Chilchinbeto⟧: 14 (paper forms, to be entered). Homebound list for CHR van: Mrs. ⟦N|Lena Fatt⟧ (⟦LO|Shonto⟧), ⟦N|Albert Bitsui⟧ (⟦LO|Oljato⟧).
Adverse events: none. Questions: ⟦N|B. Holiday⟧ ⟦P|928-555-0145⟧.
`);

note("fqhc-registration-intake", `
⟦H|Valle del Sol Community Health⟧ — New Patient Registration & Sliding Fee Application
Site: ⟦H|Valle del Sol – Gila Bend⟧ (satellite of the ⟦C|Avondale⟧ main clinic)   Date: ⟦D|10/13/2099⟧   Registrar: ⟦N|Araceli Montoya⟧
Patient: ⟦N|Ximena Guadalupe Cuellar Nava⟧   DOB ⟦D|02/03/2086⟧   Sex F   Preferred language: Spanish   Chart # ⟦M|VDS-1182047⟧
Address: ⟦S|HC 1 Box 4417⟧, ⟦C|Gila Bend⟧, ⟦STATE|AZ⟧ ⟦Z|85337⟧ — physical: ⟦LO|Paloma Ranch⟧ worker housing, house 6, ⟦S|Old Hwy 80⟧ at milepost 12
Phone: ⟦P|(520) 555-0114⟧ (cell, text OK)   Alt: employer office ⟦P|(928) 555-0193⟧ ext ⟦P|12⟧
Email: ⟦E|ximena.cuellar86@example.com⟧
Household: 4 — spouse ⟦N|Rogelio Cuellar⟧ (dairy worker, ⟦O|Paloma Dairy LLC⟧), children ⟦N|Dylan⟧ (8) and ⟦N|Marisol⟧ (5).
Income: $2,740/mo (2 pay stubs) → 138% FPL → Sliding Fee Level C (nominal $35).
Agricultural worker status (UDS): migratory? No. Seasonal? Yes (worked cotton ginning ⟦D|Sept⟧–⟦D|Dec⟧ last year at ⟦O|Gila Bend Gin Co-op⟧).
Insurance: none; screened for AHCCCS — application # ⟦I|AZ-HEAplus-99-2207418⟧ submitted with navigator ⟦N|Jesús "Chuy" Ibarra⟧.
Emergency contact: sister ⟦N|Noemí Cuellar⟧, ⟦C|Yuma⟧, ⟦P|928-555-0176⟧.
Patient portal: user ⟦UN|xcuellar86⟧ (invited).  Signed ⟦N|X. Cuellar⟧ / witnessed ⟦N|A. Montoya⟧ ⟦D|10/13/2099⟧
`);

note("fqhc-satellite-referral-letter", `
⟦H|Ozark Highlands Community Health Center⟧
⟦S|700 W Main St⟧ · ⟦C|Mountain View⟧, ⟦STATE|AR⟧ ⟦Z|72560⟧ · Tel ⟦P|870-555-0160⟧ · Fax ⟦F|870-555-0161⟧
Satellite clinics: ⟦H|Leslie⟧, ⟦H|Timbo⟧ and ⟦H|Fox⟧ (⟦DAY|Thursdays⟧)

⟦D|October 13, 2099⟧

⟦N|Lyle Penberthy⟧, MD
Gastroenterology, ⟦H|Baxter Health⟧
⟦S|624 Hospital Dr⟧, ⟦C|Mountain Home⟧, ⟦STATE|AR⟧ ⟦Z|72653⟧

Re: ⟦N|Wanda Faye Treat⟧, DOB ⟦D|05/19/2040⟧, our chart ⟦M|OHC-334187⟧

Dear Dr. ⟦N|Penberthy⟧,

I am referring Mrs. ⟦N|Treat⟧, a 59-year-old woman I see at our ⟦H|Timbo⟧ satellite, for iron-deficiency anemia (Hgb 8.9, ferritin 4) and a positive FIT on ⟦D|09/21/2099⟧. She has not had a colonoscopy. She lives at the end of ⟦S|Gunner Pool Rd⟧ (mail ⟦S|Rt 1 Box 212⟧, ⟦C|Timbo⟧ ⟦Z|72680⟧), 58 miles from your office, and does not drive; her neighbor ⟦N|Arvel Stoddard⟧ (⟦P|870-555-0134⟧) usually brings her. Please schedule on a ⟦DAY|Monday⟧ or ⟦DAY|Friday⟧ if possible, when he is off from the ⟦O|Stone County Sawmill⟧.

She has Medicare (⟦HP|7HU4-CY2-WA61⟧) and an ⟦O|Arkansas Blue Cross⟧ supplement (⟦HP|XCA558204471⟧). Colonoscopy prep: she has a well and septic system — no concerns; she is not on Medicaid, so our CHW ⟦N|Brittany Hensley⟧ will arrange a ride through ⟦O|Stone County Senior Center⟧.

Thank you,

⟦N|Rosalyn McCullough⟧, APRN
cc: ⟦N|Brittany Hensley⟧, CHW; file
`);

note("cah-discharge-summary", `
⟦H|Cherry County Hospital⟧ — Critical Access Hospital
DISCHARGE SUMMARY
Patient: ⟦N|Lindgren, Harold Ansel⟧        MRN: ⟦M|CCH-0091477⟧        Account: ⟦I|CCH-IP-99-1408⟧
Admitted: ⟦D|10/06/2099⟧        Discharged: ⟦D|10/13/2099⟧ (to swing bed, same facility)
Attending: ⟦N|Corinne Vaughan-Rhee⟧, MD (family medicine)        PCP: same
Consultants: ⟦N|Julian Oduya⟧, MD (cardiology, outreach clinic from ⟦H|Great Plains Health⟧, ⟦C|North Platte⟧); tele-ID consult ⟦N|Sanjay Kulkarni⟧, MD (⟦H|Nebraska Medicine⟧)

History of present illness: Mr. ⟦N|Lindgren⟧ is a 79-year-old rancher from the ⟦LO|Sandhills⟧ north of ⟦C|Valentine⟧ who was brought in by his son ⟦N|Erik⟧ after three days of fever, confusion and a red, swollen left leg. He had been pulling a calf at the ⟦LO|Merriman pasture⟧ and scraped the shin on barbed wire on ⟦D|10/02⟧. He lives with his wife ⟦N|Solveig⟧ on the home place, ⟦S|88421 Sparks Rd⟧, ⟦C|Valentine⟧, ⟦STATE|NE⟧ ⟦Z|69201⟧, 34 miles of gravel from town.

Hospital course:
1. Left leg cellulitis with sepsis. Lactate 3.4, WBC 19.8. Blood cultures 2/2 grew group A strep (reported by ⟦O|Regional West Laboratory⟧, accession ⟦I|RW-99-447120⟧). Treated with cefazolin then amoxicillin per tele-ID (Dr. ⟦N|Kulkarni⟧). Ultrasound by traveling sonographer ⟦N|Haley Brandt⟧ (⟦O|Sandhills Mobile Imaging⟧) — no DVT, no abscess.
2. Delirium, resolved by day 3. Home meds reviewed with ⟦O|Valentine Drug⟧ (pharmacist ⟦N|Kurt Ahlers⟧).
3. Atrial fibrillation with RVR on day 2 — diltiazem; seen by Dr. ⟦N|Oduya⟧ at his ⟦DAY|Wednesday⟧ outreach clinic; apixaban started. TTE ordered for his next outreach ⟦D|11/11/2099⟧.
4. Transfer was considered on ⟦D|10/07⟧ (no ICU bed at ⟦H|Great Plains Health⟧ or ⟦H|Regional West Medical Center⟧ in ⟦C|Scottsbluff⟧); stayed here per family's wish with tele-ICU support from ⟦O|Avera eCARE⟧.

Condition at discharge: improved; to swing bed for PT/OT (weak, walks 60 ft with walker).
Discharge medications: amoxicillin 1 g tid through ⟦D|10/16⟧, apixaban 5 mg bid, diltiazem ER 180 mg daily, metoprolol stopped, tamsulosin 0.4 mg.
Follow-up: Dr. ⟦N|Vaughan-Rhee⟧ in swing bed; cardiology outreach ⟦D|11/11/2099⟧; ⟦O|Cherry County Public Health⟧ to check the well water (son reports cattle illness).
Family contact: son ⟦N|Erik Lindgren⟧, ⟦P|402-555-0187⟧; daughter ⟦N|Karin Lindgren-Moss⟧ in ⟦C|Rapid City⟧, ⟦P|605-555-0148⟧.
Payer: Medicare Part A, MBI ⟦HP|5EW2-KD8-TU44⟧; ⟦O|Mutual of Omaha⟧ supplement ⟦HP|MOO-2207-44182⟧.

Dictated by ⟦N|C. Vaughan-Rhee⟧, MD ⟦D|10/13/2099⟧ 11:20; transcribed ⟦D|10/13/2099⟧ by ⟦N|ljh⟧; job ⟦I|T-448812⟧.
`);

note("swing-bed-progress", `
⟦H|Cherry County Hospital⟧ Swing Bed — Interdisciplinary Progress Note   ⟦D|10/13/2099⟧
Resident: ⟦N|Harold Lindgren⟧ (MRN ⟦M|CCH-0091477⟧), room 112B
PT (⟦N|Gretchen Paulsen⟧, DPT): gait 60 ft RW, CGA; goal 300 ft and 4 stairs (home has 3 porch steps) by ⟦D|10/27⟧.
OT (⟦N|Miriam Ostrowski⟧, OTR/L): LB dressing min A. Wife ⟦N|Solveig⟧ trained today on sock aid.
Nursing (⟦N|Pam Dethlefs⟧, RN): no falls. BM yes. Wound L shin 3 x 2 cm, granulating, Xeroform.
Social work (⟦N|Tonya Eagle Elk⟧, LMSW): home assessment arranged with ⟦O|Mid-Nebraska Community Action⟧; grab bars via ⟦O|Cherry County Senior Services⟧; ⟦O|Valentine Volunteer Fire Department⟧ to install a lockbox (code given to son ⟦N|Erik⟧ only).
Dietitian: albumin 2.9, Ensure bid.
Plan discussed with Dr. ⟦N|Vaughan-Rhee⟧. Estimated discharge home ⟦D|10/27/2099⟧; home health by ⟦O|Sandhills Home Health⟧ (agency # ⟦I|HHA-287744⟧).
`);

note("telederm-econsult", `
eConsult — Teledermatology (store-and-forward)
Referring site: ⟦H|Hi-Line Family Health⟧, ⟦C|Havre⟧, ⟦STATE|MT⟧ (referring clinician ⟦N|Bryce Standing Rock⟧, PA-C)
Consultant: ⟦N|Eleni Papadakis⟧, MD, ⟦H|University of Washington Dermatology⟧ (⟦O|WWAMI⟧ network)
Patient: ⟦N|Loretta Morsette⟧   DOB ⟦D|11/12/2060⟧   MRN ⟦M|HLF-2204419⟧   eConsult ID ⟦I|EC-99-77204⟧   Submitted ⟦D|10/09/2099⟧   Answered ⟦D|10/13/2099⟧
Question: 1.2 cm pearly papule R nasal ala x 8 mo, slowly enlarging, occasional bleeding. Lives on the ⟦LO|Rocky Boy's Reservation⟧ (⟦LO|Box Elder⟧); Chippewa Cree, enrolled ⟦O|Chippewa Cree Tribe⟧. Works outdoors (ranch hand, ⟦LO|Bear Paw Ranch⟧).
Images: 3 (dermatoscope DermLite, device ⟦DEV|DL4-0441872⟧), uploaded by MA ⟦N|Kyra Houle⟧.
Assessment: most consistent with nodular basal cell carcinoma.
Recommendation: shave or punch biopsy at referring site. If BCC confirmed, Mohs at ⟦H|Billings Clinic⟧ (Dr. ⟦N|Yoon⟧, ⟦P|406-555-0121⟧) — IHS PRC referral via ⟦H|Rocky Boy Health Center⟧ (PRC coordinator ⟦N|Dana Gopher⟧). Sun protection counselling; annual skin exam.
Consultant time: 12 min. — ⟦N|E. Papadakis⟧, MD
`);

note("overseas-medical-summary", `
Refugee Overseas Medical Examination — summary abstracted from DS-3025, DS-3026, DS-3030 (EDN record)
EDN Alien #: ⟦I|A 221 904 773⟧   Case #: ⟦I|TH-2099-004417⟧   IOM #: ⟦I|THA-MSE-99-18820⟧
Name: ⟦N|PAW, SAY SAY⟧ (Karen)   DOB: ⟦D|01 JAN 2055⟧ (declared)   Sex: F
Camp: ⟦LO|Mae La⟧ temporary shelter, ⟦LO|Tak Province⟧, ⟦COUNTRY|Thailand⟧   Exam: ⟦D|14 May 2099⟧ by panel physician Dr. ⟦N|Somchai Rattanakorn⟧ (⟦O|IOM Mae Sot⟧)
Destination: ⟦C|Omaha⟧, ⟦STATE|NE⟧ — ⟦O|Lutheran Family Services of Nebraska⟧ (resettlement agency); US tie: brother ⟦N|Eh Kaw Htoo⟧, ⟦S|4302 S 24th St⟧, ⟦C|Omaha⟧.
Class: B1 TB, pulmonary (completed DOT ⟦D|2097⟧); B other — hypertension, hepatitis B (HBsAg +).
Pre-departure: albendazole, ivermectin, artemether-lumefantrine (presumptive). Vaccines: MMR, Td, OPV per DS-3025.
Departure ⟦D|07 Oct 2099⟧ (flight via ⟦C|Bangkok⟧ – ⟦C|Tokyo⟧ – ⟦C|Chicago⟧). Arrival notification sent to ⟦O|Douglas County Health Department⟧ TB program (⟦N|Nancy Htoo-Garrison⟧, RN, ⟦P|402-555-0127⟧) on ⟦D|10/08/2099⟧.
Domestic screening scheduled ⟦D|10/20/2099⟧ at ⟦H|OneWorld Community Health Centers⟧.
`);

note("civil-surgeon-i693", `
Report of Immigration Medical Examination (Form I-693) — civil surgeon's worksheet
Civil surgeon: ⟦N|Teodoro Balagtas⟧, MD   USCIS civil surgeon ID ⟦I|CS-0441827⟧   ⟦H|Balagtas Family Clinic⟧, ⟦S|1802 N Ash St⟧, ⟦C|Garden City⟧, ⟦STATE|KS⟧ ⟦Z|67846⟧   ⟦P|620-555-0103⟧
Applicant: ⟦N|Nguyen Thi Kim Loan⟧   DOB ⟦D|07/07/2079⟧   A-Number ⟦I|A207-118-446⟧   USCIS receipt # ⟦I|IOE0918447201⟧   Country of birth ⟦COUNTRY|Vietnam⟧
Address: ⟦S|2214 Fleming St⟧ Apt C, ⟦C|Garden City⟧ ⟦Z|67846⟧   Employer: ⟦O|Tyson Fresh Meats⟧ (⟦C|Holcomb⟧)   Phone ⟦P|620-555-0158⟧
Exam dates: ⟦D|09/28/2099⟧ (history/exam), ⟦D|10/13/2099⟧ (results, signature)
ID verified: passport ⟦I|C9914782⟧ and EAD card ⟦I|SRC2290441873⟧.
TB: IGRA (QuantiFERON) ⟦D|09/28/2099⟧ negative — no CXR required.
Syphilis RPR non-reactive; gonorrhea NAAT negative (⟦O|Quest Diagnostics⟧ accession ⟦I|KC447120883⟧).
Vaccines: MMR #2, Tdap, varicella titer immune, hep B series in progress (dose 2 ⟦D|10/13/2099⟧), influenza given; COVID per current requirement.
Class A/B conditions: none. Envelope sealed and given to applicant ⟦D|10/13/2099⟧. Staff ⟦N|Ana Rubalcava⟧, MA.
`);

note("pretravel-consult", `
⟦H|Mayo Clinic Health System – Travel Clinic⟧, ⟦C|Eau Claire⟧, ⟦STATE|WI⟧ — Pre-travel consultation   ⟦D|10/13/2099⟧
Traveler: ⟦N|Abdiweli Haji Mohamed⟧   DOB ⟦D|03/21/2072⟧   MRN ⟦M|11-448-207⟧   Travel companions: wife ⟦N|Sahra Jama⟧ and children ⟦N|Ayaan⟧ (4) and ⟦N|Hamza⟧ (18 mo), separate visits today.
Itinerary: VFR travel ⟦D|11/20/2099⟧ – ⟦D|01/15/2100⟧ to ⟦C|Mogadishu⟧ and family's farm near ⟦C|Baidoa⟧, ⟦COUNTRY|Somalia⟧; transit ⟦C|Nairobi⟧ 2 nights.
Hx: moved from ⟦C|Minneapolis⟧ in ⟦D|2095⟧; works at a poultry plant in ⟦C|Arcadia⟧ (⟦O|Pilgrim's⟧). No chronic disease. Last trip ⟦D|2091⟧ — had malaria there (treated in ⟦C|Mogadishu⟧).
Counselling: VFR travellers are at highest risk of malaria — "immunity" is lost. Mosquito nets, DEET, food/water. Polio booster (IPV) required for departure from ⟦COUNTRY|Somalia⟧. Cholera vaccine discussed.
Given today: IPV booster, typhoid Vi, hep A #1, MMR verified (2 doses documented in ⟦O|WIR⟧), yellow fever not given (not required for entry from the US; low risk on this itinerary).
Rx: atovaquone-proguanil adult and pediatric (weight-based for ⟦N|Hamza⟧ 11 kg), azithromycin for travellers' diarrhea. Sent to ⟦O|Walgreens⟧ ⟦S|Clairemont Ave⟧.
Interpreter: not needed (patient fluent English); wife used interpreter ⟦N|Khadra Osman⟧ (in-person, ID ⟦I|INT-7704⟧).
Post-travel: seek care for any fever within 3 months; tell clinician about travel. — ⟦N|Caroline Dubois-Anand⟧, MD, CTropMed
`);

note("post-travel-fever", `
Emergency Department Note — ⟦H|Marshfield Medical Center – Rice Lake⟧   ⟦D|October 13, 2099⟧ 23:05
Patient: ⟦N|Kalani Brightwater⟧   DOB ⟦D|06/06/2077⟧   MRN ⟦M|MMC-30441872⟧   Arrived by private car from ⟦C|Cumberland⟧.
HPI: 22-year-old returned ⟦D|10/04⟧ from 6 weeks volunteering with ⟦O|Partners in Health⟧ in ⟦C|Mirebalais⟧, ⟦COUNTRY|Haiti⟧ and a week in ⟦C|Kampala⟧. Fever to 40.1 for 3 days, rigors, headache. Took doxycycline "most days", stopped on the flight home.
Exam: T 39.8, HR 122, BP 98/60. Mild scleral icterus, spleen tip palpable.
Labs: thick and thin smear — P. falciparum, parasitemia 3.2%. Plt 61, bili 3.1, Cr 1.0, lactate 2.2. Rapid antigen (BinaxNOW) positive.
Assessment: uncomplicated vs. early severe — parasitemia under 5%, no end-organ failure. Discussed with ID on call at ⟦H|Marshfield Medical Center⟧ (Dr. ⟦N|Olusegun Adebayo-Kraus⟧): start artemether-lumefantrine PO; IV artesunate from ⟦O|CDC⟧ drug service if worsens (CDC malaria hotline ⟦P|770-488-7788⟧ consulted, ref ⟦I|MAL-99-40417⟧).
Disposition: admit to ⟦H|Marshfield Medical Center⟧ in ⟦C|Marshfield⟧ by ground (⟦O|Rice Lake Area Ambulance⟧). Mother ⟦N|Noelani Brightwater⟧ (⟦P|715-555-0171⟧) at bedside. Reported to ⟦O|Wisconsin Division of Public Health⟧ (WEDSS ⟦I|WEDSS-99-1184720⟧).
ED physician: ⟦N|Garrett Van Hoof⟧, MD / scribe ⟦N|Addison Krueger⟧
`);

note("migrant-head-start-physical", `
⟦O|Migrant and Seasonal Head Start⟧ — ⟦O|Telamon Corporation⟧, ⟦LO|Mount Olive Center⟧ — Child Health Record   ⟦D|10/13/2099⟧
Child: ⟦N|Yaretzi Domingo Pascual⟧   DOB ⟦D|12/28/2096⟧   Center ID ⟦I|TEL-NC-5502187⟧   Classroom: Mariposas
Family: mother ⟦N|Eulalia Pascual Diego⟧ (sweet potato grader, ⟦O|Wayne County Growers⟧), father ⟦N|Andrés Domingo⟧ (tobacco, H-2A). Languages: Akateko, Spanish. Home: ⟦LO|Grantham Farms⟧ labor camp, ⟦S|1710 Grantham School Rd⟧, ⟦C|Goldsboro⟧, ⟦STATE|NC⟧ ⟦Z|27530⟧.
EPSDT exam by ⟦H|Goshen Medical Center⟧ — ⟦C|Faison⟧ site, Dr. ⟦N|Nadia Khoury⟧, ⟦D|09/30/2099⟧: Ht 94 cm, Wt 13.2 kg (10th %), Hgb 10.4 (low), lead 3.1 mcg/dL, vision/hearing screened — hearing referral R ear.
Immunizations up to date per ⟦O|NCIR⟧ (record printed ⟦D|10/01/2099⟧).
Dental: ⟦O|Smart Smiles⟧ mobile dental ⟦D|10/06/2099⟧ — 4 caries, fluoride varnish, referred to ⟦H|Goshen Medical Dental – Clinton⟧.
Medicaid ⟦HP|902441872Q⟧ (⟦O|NC Medicaid⟧ — ⟦O|WellCare of North Carolina⟧).
Follow-up: iron drops, recheck Hgb in 8 weeks; ENT/audiology at ⟦H|UNC Health Wayne⟧. Family will leave for ⟦C|Immokalee⟧ in ⟦D|December⟧ — transfer packet to the ⟦STATE|Florida⟧ center (⟦O|RCMA⟧), family consent on file.
Family service worker ⟦N|Rocío Villatoro⟧ ⟦P|919-555-0127⟧. Health manager ⟦N|Denise Outlaw⟧, RN.
`);

note("h2a-injury-workers-comp", `
Occupational Injury Visit / Workers' Compensation First Report — ⟦H|Salud Family Health⟧ ⟦C|Fort Lupton⟧, ⟦STATE|CO⟧
Date of injury: ⟦D|10/12/2099⟧ ~16:30   Date of visit: ⟦D|10/13/2099⟧   Claim #: ⟦I|WC-CO-99-3304418⟧ (carrier ⟦O|Pinnacol Assurance⟧, adjuster ⟦N|Megan Threlkeld⟧ ⟦P|303-555-0165⟧)
Worker: ⟦N|Jhonatan Estuardo Ajcalón Tuy⟧   DOB ⟦D|04/09/2080⟧   Chart ⟦M|SFH-4018827⟧   H-2A visa ⟦I|GTM4417208⟧, SEVIS n/a
Employer: ⟦O|Platte River Onion Farms⟧, owner ⟦N|Gary Weisbrod⟧; H-2A agent ⟦O|AgWorks H2⟧ (case ⟦I|H2A-99-7704⟧). Housing provided: ⟦S|14500 County Road 22⟧, ⟦C|Fort Lupton⟧ ⟦Z|80621⟧.
Mechanism: L hand caught in onion topper conveyor. Brought by co-worker ⟦N|Elmer⟧ (no English; interpreter ⟦N|Mateo Sic⟧, K'iche'/Spanish, by phone, ID ⟦I|55012⟧).
Exam: 3 cm laceration L palm, flexor tendons intact (FDS/FDP tested each finger), 2-point 5 mm all digits. X-ray: no fracture, no FB.
Procedure: irrigation, 4-0 nylon x 6. Tdap given.
Restrictions: no use L hand x 10 days; return ⟦D|10/23/2099⟧ for suture removal.
Worker informed of rights under ⟦STATE|Colorado⟧ workers' comp in Spanish (brochure ⟦O|Colorado Legal Services⟧ / ⟦O|Project Protect Food Systems Workers⟧). Consulate of ⟦COUNTRY|Guatemala⟧ in ⟦C|Denver⟧ contact given at worker's request.
Provider: ⟦N|Kathleen O'Shaughnessy⟧, PA-C   NPI ⟦I|1548820417⟧
`);

note("tribal-bh-referral", `
⟦O|Sault Ste. Marie Tribe of Chippewa Indians⟧ — Behavioral Health Referral
To: ⟦H|Great Lakes Recovery Centers⟧ — ⟦LO|New Hope House⟧ (women's residential), ⟦C|Sault Ste. Marie⟧, ⟦STATE|MI⟧   Fax ⟦F|906-555-0119⟧
From: ⟦N|Whitney Cadreau⟧, LMSW, CAADC, ⟦H|Lambert Center⟧ (Tribal Health), ⟦C|St. Ignace⟧   Phone ⟦P|906-555-0152⟧   ⟦D|10/13/2099⟧
Client: ⟦N|Shayla Menominee-Paquin⟧   DOB ⟦D|08/31/2074⟧   Tribal ID ⟦I|SSM-0041827⟧   Tribal health chart ⟦M|STHC-118204⟧
Reason: opioid use disorder, severe, on buprenorphine 16 mg since ⟦D|March⟧ (prescriber Dr. ⟦N|Lori Gravelle⟧). Relapse after her brother ⟦N|Dakota⟧ died ⟦D|09/04/2099⟧. Children (⟦N|Ziibi⟧ 7 and ⟦N|Makwa⟧ 4) placed temporarily with grandmother ⟦N|Bernice Paquin⟧ through ⟦O|Anishnaabek Community and Family Services⟧ (case ⟦I|ACFS-99-2207⟧).
Tribal court: ⟦O|Sault Tribe Tribal Court⟧ healing-to-wellness docket, case ⟦I|TC-99-CV-0418⟧, Judge ⟦N|Cannon⟧ — treatment ordered.
Cultural: client wants access to ceremony, sweat lodge and an elder (requested elder ⟦N|Vera LaPoint⟧).
Insurance: ⟦O|Michigan Medicaid⟧ ⟦HP|0044172088⟧; IHS/PRC eligible.
Transport: ⟦O|Sault Tribe Transit⟧ on admission date. Signed ⟦N|W. Cadreau⟧
`);

note("prc-authorization", `
⟦O|Indian Health Service⟧ — Purchased/Referred Care (PRC) Authorization   ⟦O|Great Plains Area⟧
Service unit: ⟦LO|Rosebud Service Unit⟧   Facility: ⟦H|Rosebud IHS Hospital⟧, ⟦C|Rosebud⟧, ⟦STATE|SD⟧ ⟦Z|57570⟧
PO / Authorization #: ⟦I|PO-99-RSB-018827⟧   Date issued: ⟦D|10/13/2099⟧   Valid: ⟦D|10/13/2099⟧ – ⟦D|01/13/2100⟧
Patient: ⟦N|Leader Charge, Wendell⟧   DOB ⟦D|02/14/2059⟧   HRN ⟦M|RB-227104⟧   Tribe: ⟦O|Rosebud Sioux Tribe⟧, enrollment # ⟦I|RST-11204-88⟧
Residence (for PRC delivery area): ⟦LO|Antelope Community⟧, ⟦S|BIA Route 7⟧, house 14, ⟦C|Mission⟧ ⟦Z|57555⟧ — within CHSDA: yes (⟦LO|Todd County⟧).
Alternate resources: ⟦O|South Dakota Medicaid⟧ — denied ⟦D|09/2099⟧ (over income); Medicare — no; private — none. IHS is payer of last resort.
Vendor: ⟦H|Monument Health Rapid City Hospital⟧, ⟦C|Rapid City⟧ — cardiology, Dr. ⟦N|Fenwick Ostrander⟧; Tax ID ⟦I|46-0224417⟧.
Service: cardiac catheterization ± PCI (CPT 93458), priority 1 (emergent/acutely urgent).
Medical priority reviewed by CMO Dr. ⟦N|Joelle Crow Eagle⟧ ⟦D|10/13/2099⟧; PRC officer ⟦N|Rhonda Whipple⟧ ⟦P|605-555-0128⟧, fax ⟦F|605-555-0129⟧.
Notify PRC within 72 hours of any emergency admission: ⟦E|rosebud.prc@ihs-example.gov⟧.
`);

note("air-ambulance-dispatch-log", `
⟦O|Guardian Flight⟧ — Base ⟦LO|Show Low⟧ (⟦C|Show Low⟧, ⟦STATE|AZ⟧) — Flight Log   ⟦D|13 Oct 2099⟧
Aircraft ⟦I|N418GF⟧ (EC-135)   Pilot ⟦N|Rusty Caldwell⟧   Flight RN ⟦N|Paige Nowakowski⟧   Flight medic ⟦N|Daniel Sahmaunt⟧
Trip ⟦I|GF-SLW-99-1044⟧
 0312  Request: ⟦H|Whiteriver IHS Hospital⟧ ED (Dr. ⟦N|Amos Lupe⟧) → ⟦H|Banner University Medical Center Phoenix⟧; 31 y/o M, GSW abdomen, ⟦LO|Fort Apache Indian Reservation⟧.
 0318  Lift-off. Weather VFR.
 0341  On ground ⟦C|Whiteriver⟧ helipad. Pt ⟦N|Kessay, Darnell⟧, DOB ⟦D|05/02/2068⟧, tribal ID ⟦I|WMAT-0082217⟧ (⟦O|White Mountain Apache Tribe⟧). BIA police Lt. ⟦N|Dosela⟧ present (report ⟦I|BIA-FTA-99-3318⟧).
 0404  Depart with pt. 2 u whole blood, TXA, RSI with ketamine/roc. ETT 7.5 @ 23.
 0452  Landed ⟦H|Banner University Medical Center Phoenix⟧ roof; report to trauma Dr. ⟦N|Whitlock-Saenz⟧.
 0525  Back in service. Family (mother ⟦N|Marilyn Kessay⟧, ⟦P|928-555-0184⟧) given hospital info by ⟦N|P. Nowakowski⟧.
Billing: ⟦O|AHCCCS⟧ American Indian Health Program, ID ⟦HP|A44172093⟧. Tail/Hobbs 1.9.
`);

note("tb-contact-investigation", `
⟦O|Finney County Health Department⟧ — Tuberculosis Contact Investigation Worksheet
Index case: ⟦N|Mahamed, Abdikarim Ali⟧   DOB ⟦D|10/10/2068⟧   State case # ⟦I|KS-TB-99-0041⟧   Smear 3+, culture MTB, INH-susceptible, reported ⟦D|09/26/2099⟧
Infectious period: ⟦D|06/26/2099⟧ – ⟦D|09/26/2099⟧. Workplace: ⟦O|National Beef⟧ plant, ⟦C|Dodge City⟧ (kill floor, 2nd shift) — carpool of 5 from ⟦C|Garden City⟧.
Investigator: ⟦N|Lupita Mendez-Harms⟧, RN, TB nurse case manager   ⟦P|620-555-0136⟧   Interpreters: ⟦N|Abdullahi Dahir⟧ (Somali), ⟦N|Ko Ko Aung⟧ (Burmese)
Contact                    Relation           Priority   TST/IGRA (date)              CXR          Outcome
⟦N|Hawa Mohamud⟧               wife               high       IGRA + (⟦D|09/29⟧)              neg          LTBI → 3HP
⟦N|Sumaya Abdikarim⟧ (6)       daughter           high       IGRA − (⟦D|09/29⟧), repeat ⟦D|11/24⟧  neg          window prophylaxis
⟦N|Liban Abdikarim⟧ (3)        son                high       TST 12 mm (⟦D|09/29⟧)           neg          LTBI → rifampin
⟦N|Farah Osman Warsame⟧        carpool            high       IGRA + (⟦D|10/02⟧)              neg          LTBI, declined
⟦N|Nyi Nyi Tun⟧                carpool            high       IGRA − (⟦D|10/02⟧)              —            repeat ⟦D|11/27⟧
⟦N|Esperanza Villalobos⟧       line co-worker     medium     IGRA − (⟦D|10/06⟧)              —            done
⟦N|Gebremedhin Tesfay⟧         roommate (shift)   high       IGRA + (⟦D|10/06⟧)              pending      —
Mosque contacts: ⟦O|Garden City Islamic Center⟧ — imam ⟦N|Abdirizak Nur⟧ agreed to announce screening ⟦DAY|Friday⟧ ⟦D|10/16⟧.
Household address: ⟦S|1107 N 7th St⟧, ⟦C|Garden City⟧, ⟦STATE|KS⟧ ⟦Z|67846⟧. Reported to ⟦O|KDHE⟧ TB program via EpiTrax ⟦I|ET-99-447210⟧.
`);

note("refugee-child-lead-case", `
Childhood Lead Case Management — Home Visit Note   ⟦O|Erie County Department of Health⟧ (Lead Poisoning Prevention Program), ⟦C|Buffalo⟧, ⟦STATE|NY⟧
Date: ⟦D|10/13/2099⟧   Nurse: ⟦N|Bridget Kowalczyk⟧, RN   Sanitarian: ⟦N|Hassan Al-Jaberi⟧
Child: ⟦N|Nyamal Gatkuoth Ruey⟧   DOB ⟦D|03/09/2096⟧   Program ID ⟦I|ECDOH-PB-99-0277⟧   PCP: ⟦H|Jericho Road Community Health Center⟧ (Dr. ⟦N|Halloran-Diop⟧)
Family: arrived from ⟦LO|Kakuma⟧ refugee camp ⟦D|March 2099⟧ via ⟦O|Journey's End Refugee Services⟧ (case ⟦I|JERS-99-1182⟧). Parents ⟦N|Gatkuoth Ruey Chuol⟧ and ⟦N|Nyaduoth Kuol⟧; siblings ⟦N|Ruey⟧ (7), ⟦N|Nyakim⟧ (4). Language Nuer — interpreter ⟦N|Peter Both⟧ (⟦O|Jericho Road Language Access⟧).
Blood lead: ⟦D|04/11/2099⟧ 7 (arrival screen); ⟦D|07/15/2099⟧ 16; ⟦D|09/30/2099⟧ 22 mcg/dL (venous).
Home: ⟦S|318 Wyoming Ave⟧, upper unit, ⟦C|Buffalo⟧ ⟦Z|14215⟧ (built 1910). Landlord ⟦N|Richard Szczepanski⟧ ⟦P|716-555-0143⟧.
Findings (XRF): deteriorated paint on window sills and porch; also a cosmetic (kohl-type eye powder) and a spice brought from ⟦COUNTRY|Kenya⟧ — samples to ⟦O|Wadsworth Center⟧ (lab ID ⟦I|WC-99-PB-40417⟧).
Plan: Notice and Demand to landlord ⟦D|10/14/2099⟧; family advised wet cleaning; iron studies and repeat lead in 4 weeks; WIC referral; sibling testing ⟦D|10/20⟧. ⟦N|BK⟧
`);

note("marshallese-cofa-visit", `
⟦H|Community Clinic – Springdale⟧ (⟦O|Community Clinic NWA⟧), ⟦C|Springdale⟧, ⟦STATE|AR⟧ — Clinic Visit   ⟦D|10/13/2099⟧
Patient: ⟦N|Jelton Anjain⟧   DOB ⟦D|07/04/2056⟧   MRN ⟦M|CCNWA-5518207⟧   Language: Marshallese (interpreter ⟦N|Carmen Lakabung⟧, staff)
Insurance: ⟦O|Arkansas Medicaid⟧ (COFA migrant, eligible since ⟦D|2091⟧) ⟦HP|AR-5504417201⟧. Employer: ⟦O|George's Inc.⟧ (poultry deboning).
Hx: from ⟦LO|Ebeye⟧, ⟦LO|Kwajalein Atoll⟧; in ⟦C|Springdale⟧ since ⟦D|2084⟧. Diabetes dx ⟦D|2086⟧, ESRD — hemodialysis MWF at ⟦O|Fresenius Kidney Care Springdale⟧ (chair 8). Brother ⟦N|Hemos Anjain⟧ died of kidney failure on ⟦LO|Majuro⟧ ⟦D|2090⟧. Family history of thyroid cancer (grandmother exposed, ⟦LO|Rongelap⟧ ⟦D|1954⟧).
Today: missed 2 runs this week — no ride (church van of ⟦O|Marshallese Ebenezer Church⟧ broken). K 6.1 at dialysis yesterday.
Plan: sent to ⟦H|Washington Regional Medical Center⟧ ED for K and urgent run; ride by our CHW ⟦N|Tina Lojkar⟧. Medicaid NET ride set up going forward (⟦O|MTM⟧ member ⟦I|MTM-AR-99-40218⟧). Transplant referral to ⟦H|UAMS⟧ — dialysis SW ⟦N|Kendra Pruitt⟧ coordinating.
Contacts: wife ⟦N|Neimoj Anjain⟧ ⟦P|479-555-0177⟧; home ⟦S|2108 Gene George Blvd⟧, ⟦C|Springdale⟧ ⟦Z|72762⟧ (11 people in household).
Clinician: ⟦N|Ruth-Ann Kabua Peterson⟧, APRN
`);

note("hmong-elder-home-visit", `
Home Health Skilled Nursing Visit — ⟦O|Central Valley Home Health⟧, ⟦C|Merced⟧, ⟦STATE|CA⟧   ⟦D|10/13/2099⟧ 13:00–14:10
Patient: ⟦N|Yang, Nou Chue⟧   DOB ⟦D|01/01/2009⟧ (age ⟦A|90⟧, birth date per refugee documents)   Agency MR# ⟦M|CVHH-20447⟧   Medicare ⟦HP|8RT3-QW2-HX19⟧
Location: son's farm, ⟦S|6210 W Olive Ave⟧, ⟦C|Winton⟧ ⟦Z|95388⟧ — strawberry and long-bean plots; 3 generations in 2 houses.
Present: son ⟦N|Chong Yang⟧ (caregiver, ⟦P|209-555-0132⟧), granddaughter ⟦N|Paj Ntaub Yang⟧ (interprets; declines agency interpreter — documented), a txiv neeb (shaman) visited earlier today.
Skilled: CHF, post-discharge from ⟦H|Mercy Medical Center Merced⟧ ⟦D|10/08/2099⟧. Wt up 2 lb. Lungs clear, 1+ edema. BP 132/78. Furosemide taken. Spirit string (khi tes) on wrists — left in place per family.
Teaching: low salt — family cooks with fish sauce and MSG; dietitian ⟦N|Linh Tran⟧ to visit. Daily weights chart in Hmong given.
Coordination: PCP Dr. ⟦N|Xiong-Herr⟧ at ⟦H|Golden Valley Health Centers⟧ notified of weight; ⟦O|Hmong Cultural Center of Merced⟧ caregiver support group info given.
Next visit ⟦D|10/16/2099⟧. ⟦N|Kristi Abernathy⟧, RN / ⟦N|KA⟧
`);

note("somali-prenatal-visit", `
Prenatal Visit — ⟦H|Cedar Riverside Community Clinic⟧ (satellite of ⟦H|Hennepin Healthcare⟧), ⟦C|Minneapolis⟧   ⟦D|10/13/2099⟧
Patient: ⟦N|Ifrah Abdi Warsame⟧   DOB ⟦D|02/18/2077⟧   MRN ⟦M|HH-6620418⟧   G5P4004 at 31w2d by 10-wk US   EDD ⟦D|12/13/2099⟧
Interpreter: ⟦N|Sadia Ugas⟧ (in person, female, per patient preference).
S: feels well; baby active. Works at ⟦O|Amazon⟧ fulfillment (⟦C|Shakopee⟧), standing 10 h — asked for a note. Husband ⟦N|Abdirashid Farah⟧ travels to ⟦C|Nairobi⟧ in ⟦D|November⟧. Prior deliveries: 2 in ⟦LO|Dadaab⟧, 2 at ⟦H|Hennepin County Medical Center⟧ (last ⟦D|2097⟧, vaginal). History of type III FGC — deinfibulation discussed again; she would like it at delivery, and to be resutured — explained we cannot re-infibulate; she will talk with her mother ⟦N|Khadija⟧.
O: BP 116/70, FH 31, FHR 140s. 1-hr GTT 158 → 3-hr ordered. Hgb 10.2.
A/P: GDM screen, iron, Tdap today, RSV vaccine at 32–36 wk. Work note given (sitting breaks). Doula ⟦N|Hodan Ali⟧ from the ⟦O|Somali Doula Collective⟧ introduced. Next visit 2 weeks.
— ⟦N|Jennifer Sorensen-Mahad⟧, CNM
`);

note("rural-ob-transfer", `
Labor & Delivery — Maternal Transfer Note   ⟦H|Harney District Hospital⟧ (critical access, no cesarean capability after ⟦D|2097⟧), ⟦C|Burns⟧, ⟦STATE|OR⟧
⟦D|10/13/2099⟧ 19:40
Patient: ⟦N|Annalise Defrees⟧   DOB ⟦D|06/14/2080⟧   MRN ⟦M|HDH-227041⟧   G2P1 at 33w5d
Lives: ⟦LO|Diamond Ranch⟧, ⟦S|38500 Diamond Lane⟧, ⟦C|Diamond⟧ ⟦Z|97722⟧ — 54 mi south; husband ⟦N|Cole Defrees⟧ (⟦P|541-555-0168⟧). Prenatal care at ⟦H|High Desert Women's Health⟧ in ⟦C|Bend⟧ (Dr. ⟦N|Priya Natarajan⟧), last visit ⟦D|09/29⟧.
Presentation: contractions q5 min x 3 h, SVE 3/80/-1, intact. Fetal monitoring: category I. GBS unknown.
Given: betamethasone 12 mg IM #1 at 18:55, penicillin G, nifedipine 20 mg.
Transfer: ⟦H|St. Charles Bend⟧ accepting (Dr. ⟦N|Wendell Amundsen⟧, MFM, 19:15). Mode: ⟦O|AirLink Critical Care Transport⟧ fixed wing from ⟦LO|Burns Municipal Airport⟧; ground by ⟦O|Harney County Ambulance⟧ to the airport. Perinatal tele-consult via ⟦O|Oregon Perinatal Collaborative⟧ (call log ⟦I|OPC-99-1187⟧).
Nurse: ⟦N|Delaney Otley⟧, RN; Physician: ⟦N|Torsten Haugland⟧, MD (FM-OB).
Blood type O+, antibody neg (⟦D|06/2099⟧). ⟦O|Oregon Health Plan⟧ ⟦HP|PQ44172088⟧ (⟦O|Eastern Oregon CCO⟧).
`);

note("rural-hospice-visit", `
⟦O|Hospice of the Big Bend⟧ — RN Case Manager Visit   ⟦C|Alpine⟧, ⟦STATE|TX⟧   ⟦D|10/13/2099⟧
Patient: ⟦N|Arnulfo Baeza Terrazas⟧   DOB ⟦D|11/01/2008⟧ (age ⟦A|90⟧)   Hospice ID ⟦I|HBB-0277⟧   MBI ⟦HP|2QA9-FY7-KM33⟧   Dx: metastatic prostate cancer
Home: ⟦LO|Rancho El Tule⟧, 22 mi down ⟦S|FM 170⟧ past ⟦C|Terlingua⟧ — cell service only on the hill by the windmill. Landline at ranch house ⟦P|432-555-0116⟧.
Caregivers: daughter ⟦N|Ofelia Baeza de Luna⟧ (primary), son ⟦N|Ramiro⟧ (works in ⟦C|Odessa⟧, comes weekends), great-grandson ⟦N|Iker⟧.
Assessment: PPS 30%. Pain 3/10 on morphine ER 30 bid + IR 10 prn (2 used/day). Sacral skin intact. Eating little. Wants to die at home on the ranch; priest Fr. ⟦N|Tomás Ybarra⟧ (⟦O|Our Lady of Peace Mission⟧, ⟦C|Presidio⟧) gave last rites ⟦D|10/10⟧.
Supplies: comfort kit in the fridge. Drug delivery by ⟦O|Brewster County Pharmacy⟧ — driver meets family at the ⟦LO|Study Butte⟧ store.
Plan: visits 3x/week; chaplain ⟦N|Grace Holguín⟧ ⟦DAY|Thursday⟧; on-call line ⟦P|432-555-0100⟧. If death occurs: call hospice, not 911; ⟦O|Geo. Ellis Funeral Home⟧ (⟦C|Alpine⟧) pre-arranged; justice of the peace ⟦N|Ernesto Villegas⟧ aware for pronouncement.
RN: ⟦N|Maribel Portillo⟧ / ⟦N|MP⟧
`);

note("community-paramedic-visit", `
Community Paramedicine / Mobile Integrated Health — Visit Report
Agency: ⟦O|Aitkin County Ambulance⟧ (⟦O|Riverwood Healthcare Center⟧ EMS), ⟦C|Aitkin⟧, ⟦STATE|MN⟧   CP: ⟦N|Josh Vanderheiden⟧, CP-C   ⟦D|10/13/2099⟧ 10:15
Referral: ⟦H|Riverwood Healthcare Center⟧ hospitalist Dr. ⟦N|Greta Solheim⟧ — post-discharge COPD check (readmission risk high).
Patient: ⟦N|Duane Kittelson⟧   DOB ⟦D|12/03/2031⟧   MRN ⟦M|RHC-0044827⟧   Lives alone in a cabin, ⟦S|31782 Lake Shore Dr⟧ (⟦LO|Farm Island Lake⟧), ⟦C|Aitkin⟧ ⟦Z|56431⟧. Wood heat. Lake-access road plowed by neighbor ⟦N|Gordy Wahl⟧.
Assessment: SpO2 91% RA (home O2 2L concentrator Inogen, SN ⟦DEV|44172-0931⟧, working). RR 22. Wheezes. Peak flow 180. Smoking 1/2 ppd.
Meds reconciled: prednisone taper day 4/5, Trelegy daily — technique poor, retaught. Rescue albuterol used 4x yesterday.
Home safety: no smoke detector in bedroom — installed one from ⟦O|Minnesota Fire Marshal⟧ program. Firearms: none.
Plan: telehealth follow-up with PCP Dr. ⟦N|Anika Brandvold⟧ ⟦D|10/15/2099⟧ 2 pm (CP to bring tablet). Pulmonary rehab at ⟦H|Cuyuna Regional Medical Center⟧ (⟦C|Crosby⟧) referred; transport via ⟦O|Aitkin County Volunteer Driver Program⟧ (⟦P|218-555-0144⟧).
Daughter ⟦N|Shelly Kittelson-Roos⟧ in ⟦C|Brainerd⟧ updated ⟦P|218-555-0195⟧.
`);

note("ram-clinic-event-record", `
⟦O|Remote Area Medical⟧ (RAM) Pop-up Clinic — ⟦O|Wise County Fairgrounds⟧, ⟦C|Wise⟧, ⟦STATE|VA⟧ — Patient Encounter Record
Event ⟦D|Oct 10–12, 2099⟧   Wristband # ⟦I|RAM-WISE-99-1847⟧   Encounter date ⟦D|10/11/2099⟧
Patient: ⟦N|Tackett, Billy Ray⟧   DOB ⟦D|08/21/2049⟧   From: ⟦C|Grundy⟧ (⟦LO|Buchanan County⟧) — slept in truck in lot since ⟦D|10/09⟧ for a number.
Dental (tent C, Dr. ⟦N|Suzanne Vickery⟧, DDS, volunteer from ⟦C|Knoxville⟧): extractions #3, #14, #19, #30 (non-restorable); lidocaine with epi; gauze; ibuprofen.
Vision (⟦O|Lions Club⟧ mobile unit): -2.75 OU, glasses made on site (job ⟦I|LCV-8804⟧).
Medical (tent A, ⟦N|Matthew Oyelaran⟧, PA-C): BP 186/104, no meds x 2 yrs, former coal miner (⟦O|Paramont Coal⟧, ⟦D|2068⟧–⟦D|2091⟧), black lung claim pending with ⟦H|Stone Mountain Health Services⟧ (black lung clinic, ⟦C|St. Charles⟧; claim ⟦I|BL-99-04417⟧). Started amlodipine 10 mg, 90-day supply from the RAM pharmacy. A1c 6.1.
Follow-up: referred to ⟦H|Clinch River Health Services⟧ (⟦C|Dungannon⟧) — appt ⟦D|10/27/2099⟧; ⟦O|Virginia Medicaid⟧ application started (no phone; mailing ⟦S|P.O. Box 602⟧, ⟦C|Grundy⟧, ⟦STATE|VA⟧ ⟦Z|24614⟧). Sister ⟦N|Loretta Tackett Mullins⟧ ⟦P|276-555-0149⟧ will relay messages.
Volunteer scribe ⟦N|Hannah Sizemore⟧ (⟦O|UVA Wise⟧ nursing).
`);
write();
