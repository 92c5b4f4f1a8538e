// Why this file exists: builds test/fixtures/clinical-notes-49.jsonl, a forty-ninth labelled set of clinical texts
// written by hand in stop 54 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 47 and 48's generators, fixture-io.mjs, test/clinical-notes-48.test.ts, stop 53's
// fx53 and fy53 sections of docs/names-rounds.md and the opening comments of the other generators were read for the
// form, the labels and the registers already held; fixture 50, written blind at the same time by another helper, was
// not read), in the register of EMERGENCY DEPARTMENT, URGENT CARE AND TRAUMA, which no earlier fixture holds as a
// whole: ED triage notes and provider notes (HPI, MDM, ED course with times), trauma activation records and a tertiary
// survey, nursing notes and charge-nurse handoffs, tracker and bed-board rows, registration and face sheets, EMTALA
// transfer forms and transfer-centre calls, an AMA form, poison control calls, a forensic (SANE) exam note, a
// law-enforcement hold and a legal blood draw, psychiatric boarding and crisis team notes, urgent-care visit notes
// (occupational injuries, work and school notes), ED callback and culture-callback logs, radiology wet reads, discharge
// instructions, a patient's grievance letter and its reply, staff e-mails, secure chats and texts. 15 in ALL CAPS, 6 in
// lower case, the rest (24) mixed.
// Regions (towns invented or real, states and countries real): Tucson, Nogales, Rio Rico, Sierra Vista, Benson and
// Sells; Albuquerque, Gallup, Crownpoint, Zuni, Grants and Los Lunas; El Paso, Las Cruces and Deming; Knoxville,
// Maryville, Sevierville and Pigeon Forge; Huntington, Barboursville, Charleston and Logan (West Virginia); Macon and
// Warner Robins; Bakersfield, Delano, Arvin and Tehachapi; Visalia and Fresno; Yakima, Toppenish, Wapato, Medical Lake
// and Tacoma; Minot, Williston and Watford City; Pueblo, Colorado Springs and Aurora; Mobile; Toledo, Sylvania and
// Bowling Green; Erie; Bangor, Brewer and Ellsworth; Duluth and Superior; Rapid City; Billings, Lame Deer, Miles City
// and Missoula; Little Rock, Conway and Greenbrier; Savannah; Minneapolis; Memphis; abroad Guadalajara.
// PHI forms sought: names of many origins (Navajo, Tohono O'odham, Zuni and Lakota, Mexican and Salvadoran with two
// surnames, Vietnamese, Korean, Chinese, Punjabi, Nepali, Arab, Somali, Ethiopian and Eritrean, Nigerian, Haitian,
// Hawaiian, Appalachian, Cajun, Irish, Italian, Greek, Polish, Ukrainian, German, Norwegian, Spanish and French with
// particles ("VILLANUEVA DE LA CRUZ", "DE LUCA", "ST. GERMAIN")), nicknames in quotes and parentheses, hyphenated and
// particle surnames, surnames alone after a title or rank ("DEPUTY KOWALSKI", "Officer Haile", "Sgt. Begay"), "LAST,
// FIRST" rows in tracker and bed-board tables, staff by first name with an extension, staff with credentials, initials
// and sign-offs; dates as "07/04/2099", "7/4/99", "04 JUL 2099", "04JUL99", "4-Jul-2099", "2099-07-04", "07-05-2099",
// "JULY 4TH", "July 5th", "Jul 6", "6 July 2099", month and year, a bare year, dates in e-mail headers and log rows;
// ages over 89 (also in a tracker row); phones, faxes, pagers, extensions ("x3312", "ext. 4-2210"), emails, URLs, an
// IP; MRNs and ED visit numbers, account (FIN) numbers, trauma, EMTALA, transfer-centre, poison-centre, incident,
// police report, evidence kit, badge, warrant, court, claim (workers' compensation), complaint, authorization and
// referral numbers, driver licences and plates, a VIN, interpreter ids, an NPI; Medicaid, member and group numbers;
// device serials and asset tags (a defibrillator, a cardiac monitor, a forensic camera, a telestroke cart, a
// breath-alcohol device, a LUCAS device); a tracker's and a portal's user names and a Vocera user.
// Hard negatives: drugs (ketamine, etomidate, rocuronium, TXA, Kcentra, Narcan and naloxone, Suboxone, haloperidol,
// Zyprexa, Zofran, Toradol, ceftriaxone, Augmentin, Keflex, Bactrim, Macrobid, Tdap, N-acetylcysteine, fomepizole,
// Tylenol, Biktarvy, Xarelto, Eliquis), devices and models (LUCAS, Zoll X Series, King airway, Glidescope, pelvic
// binder, Level 1 infuser, Lifepak), scores and scales (GCS, ESI 2, NEXUS, Canadian CT Head Rule, PECARN, TEN-4-FACESp,
// HEART score, Wells, Alvarado, qSOFA, CIWA-Ar, COWS, NIHSS, ASPECTS, C-SSRS, Rumack-Matthew, ISS, RTS, eFAST, Ottawa
// ankle rules), eponyms (Battle sign, Beck's triad, McBurney point, Rovsing, Salter-Harris II, Boxer's fracture,
// Colles, Morison pouch), programs and tools (EMTALA, AMA, SANE, SBIRT, PDMP, SEP-1, Epic ASAP, Secure Chat, Care
// Everywhere, Vocera, MyChart), "Mineral King" as a conference room's name, and "hope", "Will" and "MAJOR" as words.
// Labelling follows fixtures 47 and 48 exactly: weekdays and holidays are `ignored` (DAY), as are states, countries and
// patients' professions; clock times, ED course times and relative dates ("last night", "POD1", "day 3") are left
// unlabelled; ages under 90 are no PHI, and an age over 89 is the number only; clinicians', nurses', techs', officers'
// and staff initials are PHI; titles, ranks, degrees, credentials, relations and cue words stay outside the name; "the"
// stays outside a facility; units, pods, rooms, beds, trauma bays, hallway spaces and triage levels are left
// unlabelled; hospitals, EDs and urgent-care centres with a proper name, clinics, community health centres, psychiatric
// hospitals, crisis centres, detox units, SNFs and assisted-living residences are HOSPITAL (a transfer centre keeps
// only its hospital's name); EMS and fire agencies, air medical services, police departments, sheriffs' offices, state
// patrols, jails and detention centres, courts, poison centres, insurers and workers' compensation carriers, employers,
// schools and universities, shelters, pharmacies, labs, churches, tribes and nations, businesses (a bar, a motel, a
// store) and interpreter services are ORGANIZATION; counties, reservations, highways, trails, parks, rivers, lakes and
// landmarks are LOCATION-OTHER; street addresses and intersections' streets are STREET; MRNs, ED visit numbers' charts
// and a VA ICN are MRN; member, Medicaid, Medicare (MBI) and group numbers HEALTHPLAN; account (FIN), trauma, EMTALA,
// call, case, incident, report, kit, badge, unit, warrant, court, claim, complaint, authorization, referral, licence,
// plate and VIN numbers ID; user ids USERNAME; serials of devices DEVICE; extensions and pagers PHONE. Devices' model
// names, lot numbers, form numbers, statute sections, CPT and ICD codes and ESI levels stay unlabelled.
// Every person, town, street, organisation, facility and number is invented here (states, countries, large cities and a
// few large companies, payers and agencies are real, named as companies); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-48 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-49.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-49.jsonl", "make-clinical-fixture-49");

// ======================================================== ALL CAPS (15) ========================================================
note("ed-tracker-board-caps", `
ED TRACKING BOARD - ⟦H|BANNER UNIVERSITY MEDICAL CENTER SOUTH⟧ ⟦C|TUCSON⟧ - PRINTED ⟦D|07/04/2099⟧ 2214 BY ⟦UN|MQUINTERO2⟧
RM    PATIENT                      AGE/SEX  ESI  CC                     MD/APP   RN     LOS    STATUS
T1    ⟦N|TSOSIE, DARRELL WAYNE⟧          34M      1    MVC ROLLOVER           ⟦N|RKH⟧      ⟦N|JLM⟧    0:42   CT PENDING / TRAUMA
T2    ⟦N|ENCINAS-RUELAS, YESENIA⟧        27F      2    GSW L THIGH            ⟦N|RKH⟧      ⟦N|ABO⟧    1:10   OR CALLED (DR ⟦N|STAVROS⟧)
4     ⟦N|MCCRACKEN, LEONA "PEACHES"⟧     ⟦A|93⟧F      3    FALL, HIP PAIN         ⟦N|DVP⟧      ⟦N|CWS⟧    3:48   ADMIT HOSP - BED REQ
7     ⟦N|NGUYEN, BAO LONG⟧               61M      2    CP                     ⟦N|DVP⟧      ⟦N|CWS⟧    2:05   TROP #2 1630
11    ⟦N|ANTONE, FELICIA⟧                45F      3    ABD PAIN               ⟦N|SGM⟧      ⟦N|TRR⟧    4:12   US DONE, READ PENDING
HW3   ⟦N|OYELARAN, KWAME⟧                ~30M     2    ASSAULT / ETOH         ⟦N|SGM⟧      ⟦N|TRR⟧    0:55   POLICE AT BEDSIDE (⟦O|TPD⟧ OFC ⟦N|GRIJALVA⟧ #⟦I|4471⟧)
14    ⟦N|AL-HASHIMI, YOUSEF⟧             8M       4    FEVER                  ⟦N|KLB⟧      ⟦N|ABO⟧    1:30   D/C - WAITING PHARM
17    ⟦N|PETRAKIS, DESPINA⟧              ⟦A|101⟧F     2    AMS / UTI?             ⟦N|KLB⟧      ⟦N|JLM⟧    5:02   BOARDING - ⟦H|TUCSON MEDICAL CENTER⟧ XFER ACCEPTED
PSY2  ⟦N|REDBIRD, COLTON⟧                19M      2    SI - 1:1 SITTER        ⟦N|KLB⟧      ⟦N|TRR⟧    26:40  AWAITING ⟦H|PALO VERDE BEHAVIORAL HEALTH⟧ BED
WR    ⟦N|ZHANG, MEIHUA⟧                  52F      3    LAC R HAND             -        -      0:35   WAITING ROOM - INTERPRETER (MANDARIN) REQ
CHARGE RN: ⟦N|JOLENE MARIE LUJAN⟧ X⟦P|3312⟧   ATTENDINGS ON: DR. ⟦N|RAFAEL K. HIDALGO⟧ (⟦N|RKH⟧), DR. ⟦N|DEVRA V. PALLISTER⟧ (⟦N|DVP⟧)   APPS: ⟦N|SAGE G. MONTOYA⟧, PA-C; ⟦N|KELLAN L. BRANDT⟧, NP
`);

note("trauma-activation-caps", `
TRAUMA ACTIVATION RECORD - LEVEL 1 (FULL) - ⟦H|UNIVERSITY OF NEW MEXICO HOSPITAL⟧ - ⟦C|ALBUQUERQUE⟧ ⟦STATE|NM⟧
TRAUMA # ⟦I|T99-1847⟧   DATE ⟦D|04 JUL 2099⟧   PRE-ARRIVAL 0112   ARRIVAL 0121   MRN ⟦M|UNMH 4471-9920⟧   FIN ⟦I|99185447120⟧
PATIENT: ⟦N|BEGAY, TRISTAN LEE⟧   DOB ⟦D|03/15/2080⟧   SEX M   EST WT 80 KG   ALIAS ON ARRIVAL: TRAUMA NOVEMBER
EMS: ⟦O|ALBUQUERQUE FIRE RESCUE⟧ RESCUE ⟦I|21⟧ (PARAMEDIC ⟦N|J. YAZZIE-CORDOVA⟧); SCENE ⟦LO|I-40⟧ EB NEAR ⟦S|COORS BLVD⟧. MECHANISM: MOTORCYCLE VS PICKUP, UNHELMETED, EJECTED ~20 FT.
PREHOSPITAL: GCS 9 (E2V2M5), HR 128, SBP 88, KING AIRWAY NOT PLACED, 2 LARGE BORE IVS, TXA 1 G GIVEN 0105 BY ⟦N|JYC⟧.
TEAM: TRAUMA ATTENDING DR. ⟦N|MARGARET OYELOWO-HART⟧; CHIEF RES DR. ⟦N|ESTEBAN QUINTANA⟧; EM ATTENDING DR. ⟦N|PHILLIP ST. GERMAIN⟧; ANESTHESIA DR. ⟦N|NAVEEN KRISHNAMURTHY⟧; RN ⟦N|CARLA BENALLY⟧ (RECORDER), ⟦N|DUSTIN FRAGUA⟧, RN; RT ⟦N|MONIQUE TAFOYA⟧; CHAPLAIN FR. ⟦N|BENEDICT OKONKWO⟧.
0123 PRIMARY: A - GURGLING, SUCTIONED. B - DECR BS L. C - SBP 82. D - GCS 8. E - OPEN L TIB/FIB, ROAD RASH.
0126 RSI: ETOMIDATE 24 MG, ROCURONIUM 100 MG; GLIDESCOPE, 7.5 ETT BY DR. ⟦N|KRISHNAMURTHY⟧. L CHEST TUBE 28 FR BY DR. ⟦N|QUINTANA⟧ - 600 ML BLOOD.
0131 EFAST: + LUQ, + MORISON POUCH. MTP ACTIVATED (BLOOD BANK ⟦N|TRUDY⟧ X⟦P|5-2210⟧). LEVEL 1 INFUSER. PELVIC BINDER ON.
0144 TO OR 3 WITH DR. ⟦N|OYELOWO-HART⟧. ISS EST 34. RTS 4.09.
ID/FAMILY: DL ⟦I|NM 044718822⟧ IN WALLET; ADDRESS ⟦S|14 CHAPTER HOUSE RD⟧, ⟦C|CROWNPOINT⟧ ⟦Z|87313⟧. MOTHER ⟦N|LORRAINE BEGAY⟧ REACHED VIA ⟦O|NAVAJO NATION POLICE⟧ ⟦C|CROWNPOINT⟧ DISTRICT ⟦P|505-555-0148⟧; UNCLE ⟦N|HERMAN TSINNIJINNIE⟧ ⟦P|505-555-0117⟧.
LAW ENFORCEMENT: ⟦O|NEW MEXICO STATE POLICE⟧ OFC ⟦N|ALARID⟧ BADGE ⟦I|1186⟧, CRASH REPORT ⟦I|NMSP-99-070441⟧.
RECORDER SIGNATURE ⟦N|C. BENALLY⟧, RN ⟦D|7/4/99⟧ 0150   ATTENDING ⟦N|MOH⟧
`);

note("tertiary-survey-caps", `
TRAUMA TERTIARY SURVEY - HOSPITAL DAY 2 - ⟦H|UNIVERSITY OF TENNESSEE MEDICAL CENTER⟧, ⟦C|KNOXVILLE⟧   ⟦D|JULY 5TH, 2099⟧ 0900
PT: ⟦N|HOLLOWAY, BRAXTON DALE⟧   MRN ⟦M|UTMC-8830477⟧   DOB ⟦D|11/02/1988⟧   ADMIT ⟦D|07-04-2099⟧ VIA ⟦O|LIFESTAR⟧ FROM ⟦C|SEVIERVILLE⟧
MECH: ATV ROLLOVER ON ⟦LO|FOOTHILLS PARKWAY⟧ SPUR, ⟦LO|SEVIER COUNTY⟧; PASSENGER ⟦N|KENZIE HOLLOWAY⟧ (WIFE) TREATED AT ⟦H|LECONTE MEDICAL CENTER⟧.
KNOWN INJURIES (MAJOR, UNCHANGED): R 5-8 RIB FX, R PTX (CT IN), GRADE 2 LIVER LAC (NONOP), L DISTAL RADIUS FX (COLLES, SPLINTED).
TERTIARY EXAM - NEW FINDINGS: 1) L 5TH METACARPAL NECK FX (BOXER'S FRACTURE) ON HAND XR - HAND SURGERY DR. ⟦N|WHITAKER-OSEI⟧ TO SEE. 2) R ANKLE TTP - OTTAWA ANKLE RULES +, XR NEG. 3) NO BATTLE SIGN, NO C-SPINE TTP; NEXUS NEGATIVE, COLLAR CLEARED BY DR. ⟦N|ABERNATHY⟧.
LABS: HGB 10.1 (FROM 12.4), LFTS DOWNTRENDING, ETOH 0.09 ON ARRIVAL.
SOCIAL: PT IS A ⟦PROF|LINEMAN⟧ FOR ⟦O|SEVIER COUNTY ELECTRIC SYSTEM⟧; SAYS "NOT WORKING HOURS". SBIRT DONE BY ⟦N|T. ROBERSON⟧, LCSW.
PLAN: PAIN - MULTIMODAL, ESP BLOCK BY APS (DR. ⟦N|NAKAGAWA⟧). IS 10 X/HR. DVT PPX ENOXAPARIN. ORTHO F/U ⟦H|KNOXVILLE ORTHOPAEDIC CLINIC⟧ ⟦P|865-555-0172⟧.
TRAUMA NP ⟦N|BRIELLE KATSAROS⟧, ACNP   CO-SIGNED DR. ⟦N|CALLOWAY⟧   ⟦N|BK⟧/⟦N|RC⟧
`);

note("triage-nursing-caps", `
ED TRIAGE NOTE - ⟦H|CABELL HUNTINGTON HOSPITAL⟧ ED - ⟦C|HUNTINGTON⟧ ⟦STATE|WV⟧   ARRIVAL ⟦D|07/05/99⟧ 0347 BY PRIVATE VEHICLE
PT ⟦N|STAPLETON, ROXANNE JEAN⟧ (GOES BY "⟦N|ROXY⟧")   DOB ⟦D|08/19/1994⟧   ED MRN ⟦M|CHH00774192⟧   VISIT ⟦I|V099186044⟧
CC: "MY BOYFRIEND FOUND ME NOT BREATHING." PER BOYFRIEND ⟦N|DAKOTA PRICHARD⟧, PT SNORTED "BLUES" AT APT ON ⟦S|5TH AVE⟧, HE GAVE NARCAN 4 MG IN NOSE X2 FROM ⟦O|CABELL-HUNTINGTON HEALTH DEPARTMENT⟧ KIT.
VS: HR 58, BP 104/66, RR 10, SPO2 89% RA -> 96% 2L, T 36.4. GCS 14. PINPOINT PUPILS. COWS 3.
ESI 2. TO ROOM 9 STRAIGHT BACK. DR. ⟦N|VANMETER⟧ AT BEDSIDE 0351, NALOXONE GTT CONSIDERED.
HX: OUD, HCV+, ON SUBOXONE UNTIL ⟦D|MAY 2099⟧ FROM ⟦H|PROJECT HOPE CLINIC⟧ (DR. ⟦N|SHEIKH⟧). PDMP CHECKED.
SAFETY: DENIES SI. C-SSRS SCREEN NEG. BOYFRIEND ASKED TO STAY IN WAITING ROOM.
TRIAGE RN ⟦N|HAYLEE BLANKENSHIP⟧, RN   ⟦N|HB⟧ 0402
`);

note("charge-nurse-handoff-caps", `
CHARGE RN HANDOFF - ⟦H|ATRIUM HEALTH NAVICENT⟧ MAIN ED - ⟦C|MACON⟧ ⟦STATE|GA⟧ - ⟦D|04JUL99⟧ 1900
OFF: ⟦N|TAMIKA WOODRUFF⟧, RN (CHARGE)   ON: ⟦N|GREGORY "GREG" PAPADOPOULOS⟧, RN   HOUSE SUP: ⟦N|LAVERNE CHILDS⟧ X⟦P|4-2210⟧
CENSUS 61 / 54 BEDS, 9 HALLWAY, 17 IN WR (LONGEST WAIT 6:40). 14 ADMIT HOLDS (6 ICU). DIVERSION: NOT ON.
STAFFING: 2 CALLOUTS (⟦N|KEISHA⟧, ⟦N|BRANDON⟧); AGENCY RN ⟦N|ADAORA NWANKWO⟧ UNTIL 2300; TECH ⟦N|MARCUS TOLLIVER⟧ FLOATS TO PEDS AT 2100.
WATCH LIST:
 - RM 12 ⟦N|DUPREE, ODESSA⟧ ⟦A|90⟧ - STEMI, CATH LAB ACTIVATED 1840 (DR. ⟦N|OKAFOR-MBEKI⟧), FAMILY IN CONSULT RM.
 - RM 22 ⟦N|HARGROVE, TRAVIS⟧ - ON HOLD FOR ⟦O|BIBB COUNTY SHERIFF'S OFFICE⟧ (DEPUTY ⟦N|KOWALSKI⟧), LEGAL BLOOD DRAW DONE 1815.
 - HALL 4 ⟦N|RUIZ-ECHEVERRIA, MATEO⟧ - 1013 PAPERS, WAITING ON ⟦H|RIVER EDGE BEHAVIORAL HEALTH⟧ BED. SITTER ⟦N|DEANDRE⟧.
 - RM 30 ⟦N|SZCZEPANSKI, IRENE⟧ - FAMILY COMPLAINT RE WAIT; PATIENT REP ⟦N|JOYCE PETTIGREW⟧ AWARE (⟦P|478-555-0139⟧).
EQUIPMENT: ZOLL X SERIES IN TRAUMA 2 OUT FOR REPAIR (SN ⟦DEV|AR11G047182⟧), LOANER FROM 4N. GLIDESCOPE #2 CHARGER BROKEN - BIOMED TICKET ⟦I|BMT-2099-4471⟧.
NOTES: FIREWORKS INJURIES EXPECTED AFTER 2130. ⟦O|MACON-BIBB FIRE⟧ EMS CHIEF ⟦N|OKOYE⟧ SAYS 3 UNITS STAGED AT ⟦LO|CENTRAL CITY PARK⟧.
⟦N|TW⟧ -> ⟦N|GP⟧
`);

note("registration-face-sheet-caps", `
PATIENT REGISTRATION / FACE SHEET - ⟦H|KERN MEDICAL⟧ EMERGENCY DEPARTMENT - ⟦C|BAKERSFIELD⟧ ⟦STATE|CA⟧
PATIENT NAME: ⟦N|VILLANUEVA DE LA CRUZ, ROSALINDA⟧        PREFERRED: ⟦N|ROSIE⟧        SEX: F        DOB: ⟦D|02/29/1972⟧
MRN: ⟦M|KM-00447188⟧        ACCOUNT: ⟦I|2099186-0447⟧        ARRIVAL: ⟦D|07/05/2099⟧ 1122        REG CLERK: ⟦N|A. PRASAD⟧
ADDRESS: ⟦S|1907 CALLE LAS FLORES APT 3⟧        CITY: ⟦C|ARVIN⟧        ZIP: ⟦Z|93203⟧        HOME: ⟦P|(661) 555-0121⟧        CELL: ⟦P|661-555-0164⟧
EMAIL: ⟦E|ROSIEVDLC72@GMAIL.COM⟧        LANGUAGE: SPANISH (MIXTECO - INTERPRETER VIA ⟦O|LANGUAGELINE⟧)
EMPLOYER: ⟦O|SUNVIEW VINEYARDS⟧ (⟦PROF|FIELD WORKER⟧) ⟦C|DELANO⟧        WORK PHONE: ⟦P|661-555-0100⟧ X⟦P|118⟧
PRIMARY INS: MEDI-CAL / ⟦O|KERN FAMILY HEALTH CARE⟧        MEMBER ID: ⟦HP|91447188A⟧        GROUP: ⟦HP|KFHC-0042⟧
SECONDARY: WORKERS' COMP - ⟦O|STATE COMPENSATION INSURANCE FUND⟧        CLAIM #: ⟦I|05-447182-A⟧        ADJUSTER: ⟦N|DOUGLAS FRIEDKIN⟧ ⟦P|559-555-0190⟧
EMERGENCY CONTACT: ⟦N|HUMBERTO VILLANUEVA⟧ (HUSBAND) ⟦P|661-555-0165⟧; ⟦N|MARISOL VILLANUEVA⟧ (DAUGHTER) ⟦P|661-555-0167⟧
PCP: DR. ⟦N|ANIKA SHAH⟧, ⟦H|CLINICA SIERRA VISTA - ARVIN⟧        REFERRED BY: SELF        ADVANCE DIRECTIVE: NO
PHOTO ID: ⟦STATE|CA⟧ DL ⟦I|D4471882⟧ SCANNED        MSP QUESTIONNAIRE: DONE        CONSENT SIGNED: YES ⟦D|7/5/99⟧
`);

note("emtala-transfer-form-caps", `
EMTALA - PHYSICIAN CERTIFICATION AND PATIENT TRANSFER FORM - ⟦H|GALLUP INDIAN MEDICAL CENTER⟧, ⟦C|GALLUP⟧ ⟦STATE|NM⟧   FORM ID ⟦I|EMT-99-0705-11⟧
PATIENT: ⟦N|LALIO, ANDREA NICOLE⟧   DOB ⟦D|09/23/2001⟧   CHART # ⟦M|GIMC-551840⟧   DATE ⟦D|07/05/2099⟧   TIME OF REQUEST 1405
RECEIVING FACILITY: ⟦H|PRESBYTERIAN HOSPITAL⟧, ⟦C|ALBUQUERQUE⟧ - ACCEPTING PHYSICIAN DR. ⟦N|WENDELL ACOSTA-PRIETO⟧ (OB/GYN), ACCEPTED 1422 VIA ⟦H|PRESBYTERIAN⟧ TRANSFER CENTER ⟦P|505-555-0160⟧, REF ⟦I|PTC-0705-0092⟧
BED CONFIRMED BY: ⟦N|LYNETTE CHAVARRIA⟧, RN, L&D CHARGE
DIAGNOSIS: 31 WK IUP, PRETERM LABOR, PPROM. CERVIX 4 CM. BETAMETHASONE #1 1350, MAG SULFATE 4 G LOAD, AMPICILLIN.
REASON FOR TRANSFER: HIGHER LEVEL OF CARE - NICU LEVEL III NOT AVAILABLE.
RISKS/BENEFITS EXPLAINED BY DR. ⟦N|NOKOMIS TWO BEARS⟧ TO PATIENT AND MOTHER ⟦N|VERONICA LALIO⟧ (FROM ⟦C|ZUNI⟧). PATIENT CONSENTS. SIGNED 1431.
TRANSPORT: ⟦O|AIR METHODS⟧ / ⟦O|CLASSIC AIR MEDICAL⟧ FIXED WING FROM ⟦LO|GALLUP MUNICIPAL AIRPORT⟧, TAIL ⟦I|N283AM⟧; CREW ⟦N|ROBIN HALE-WASHBURN⟧, RN AND ⟦N|ARTURO GALLEGOS⟧, RT.
RECORDS SENT: YES (FAXED TO ⟦F|505-555-0161⟧ AT 1450). FETAL MONITOR STRIP COPIED. ⟦O|IHS⟧ PRC REFERRAL ⟦I|PRC-GIMC-99-2231⟧.
PHYSICIAN SIGNATURE: ⟦N|N. TWO BEARS⟧, MD   RN SIGNATURE: ⟦N|DELPHINE YATSAYTE⟧, RN   ⟦D|07-05-2099⟧ 1455
`);

note("legal-blood-draw-caps", `
LAW ENFORCEMENT REQUEST - LEGAL BLOOD SPECIMEN COLLECTION - ⟦H|ST. MARY'S MEDICAL CENTER⟧ ED, ⟦C|HUNTINGTON⟧ ⟦STATE|WV⟧
DATE ⟦D|07/05/2099⟧   TIME OF REQUEST 0216   TIME OF DRAW 0229   SUBJECT: ⟦N|PEYTON, ROSCOE LEE⟧   DOB ⟦D|12/01/1979⟧   ED MRN ⟦M|SMMC-2004471⟧
REQUESTING AGENCY: ⟦O|WEST VIRGINIA STATE POLICE⟧, TROOP 5   OFFICER: TPR ⟦N|CALEB MCCOMAS⟧   BADGE/ID ⟦I|WVSP 2271⟧   AGENCY CASE # ⟦I|99-0705-0184⟧
AUTHORITY: [X] SEARCH WARRANT # ⟦I|SW-99-1187⟧ SIGNED BY MAGISTRATE ⟦N|DOROTHY ADKINS-PAULEY⟧ (⟦O|CABELL COUNTY MAGISTRATE COURT⟧)  [ ] CONSENT  [ ] IMPLIED
KIT: ⟦O|WVSP FORENSIC LABORATORY⟧ BLOOD ALCOHOL KIT # ⟦I|BAK-0447182⟧, 2 GRAY TOP TUBES, SITE L AC, CLEANSED WITH POVIDONE (NO ALCOHOL).
COLLECTED BY: ⟦N|SHAWNA ELLISON⟧, MLT; WITNESSED BY TPR ⟦N|MCCOMAS⟧ AND ⟦N|J. NAPIER⟧, RN. CHAIN OF CUSTODY FORM SIGNED, KIT SEALED AND HANDED TO TPR ⟦N|MCCOMAS⟧ 0234.
VEHICLE INVOLVED PER OFFICER: 2011 F-150, ⟦STATE|WV⟧ PLATE ⟦I|5RX-447⟧, VIN ⟦I|1FTFW1ET4BFA44718⟧. CRASH ON ⟦LO|US-52⟧ AT ⟦LO|ROUTE 75⟧.
MEDICAL: PT CLINICALLY INTOXICATED, GCS 14, LAC FOREHEAD REPAIRED BY DR. ⟦N|BHATTARAI⟧. HOSPITAL ETOH (SEPARATE, MEDICAL) 212 MG/DL.
PATIENT RELEASED TO CUSTODY 0415 -> ⟦O|WESTERN REGIONAL JAIL⟧, ⟦C|BARBOURSVILLE⟧.
⟦N|SE⟧ / ⟦N|JN⟧
`);

note("psych-boarding-log-caps", `
BEHAVIORAL HEALTH BOARDER LOG - ⟦H|YAKIMA VALLEY MEMORIAL⟧ ED - ⟦C|YAKIMA⟧ ⟦STATE|WA⟧ - WEEK OF ⟦D|06/29/2099⟧
DATE/TIME       PT                          STATUS           DCR / BED SEARCH                                   NOTES
⟦D|07/01⟧ 0930      ⟦N|WHITEFEATHER, SKYLA⟧         ITA 120 HR       DCR ⟦N|M. ARELLANO⟧ DETAINED 0410                      CALLED ⟦H|NAVOS⟧, ⟦H|FAIRFAX BEHAVIORAL HEALTH⟧ - NO BEDS
⟦D|07/02⟧ 1415      ⟦N|WHITEFEATHER, SKYLA⟧         SINGLE BED CERT  ⟦O|HCA⟧ LIAISON ⟦N|BRENDA VOSS⟧ ⟦P|509-555-0182⟧             ZYPREXA 10 IM 0200 FOR AGGRESSION (RN ⟦N|ROJAS⟧)
⟦D|07/03⟧ 1100      ⟦N|OSEGUERA, IVAN⟧              VOLUNTARY        ⟦H|CASCADE BEHAVIORAL HEALTH⟧ ACCEPTED 1050        TRANSPORT ⟦O|ALS AMBULANCE⟧ 1600
⟦D|07/04⟧ 0815      ⟦N|WHITEFEATHER, SKYLA⟧         ITA - COURT      HEARING BY VIDEO, ⟦O|YAKIMA COUNTY SUPERIOR COURT⟧ CAUSE ⟦I|99-6-00447-39⟧   PUBLIC DEFENDER ⟦N|OLUWASEUN BADMUS⟧
⟦D|07/05⟧ 2240      ⟦N|KAHCLAMAT, JONAH⟧ (16)       MINOR - 1:1      ⟦H|YAKIMA VALLEY FARM WORKERS CLINIC⟧ CRISIS TEAM     MOTHER ⟦N|LAVINA KAHCLAMAT⟧ ⟦P|509-555-0138⟧, FROM ⟦C|TOPPENISH⟧
⟦D|07/06⟧ 0700      ⟦N|WHITEFEATHER, SKYLA⟧         TRANSFERRED      ⟦H|EASTERN STATE HOSPITAL⟧ ⟦C|MEDICAL LAKE⟧          DAY 6 IN ED. SHERIFF TRANSPORT ⟦O|YSO⟧ DEP ⟦N|TOMASKI⟧
BOARDER RN LEAD: ⟦N|NAYELI CORTEZ-BRANDT⟧, RN   ED SW: ⟦N|GIDEON MARSH⟧, MSW ⟦P|509-555-0170⟧ X⟦P|6618⟧   TRIBAL LIAISON (⟦O|YAKAMA NATION⟧): ⟦N|SHERMAN WAHSISE⟧
`);

note("ed-nursing-note-caps", `
ED NURSING NOTE - ⟦H|TRINITY HEALTH⟧ ⟦C|MINOT⟧ ⟦STATE|ND⟧ - RM 6   ⟦D|07/04/2099⟧
PT ⟦N|HAUGEN, ASTRID LOVISE⟧ AGE ⟦A|96⟧ FROM ⟦H|SOUTHGATE ASSISTED LIVING⟧ VIA ⟦O|COMMUNITY AMBULANCE SERVICE⟧ (UNIT ⟦I|M-7⟧). MRN ⟦M|TH04471826⟧.
1512 ARRIVED, UNWITNESSED FALL IN BATHROOM, FOUND BY AIDE ⟦N|PRISCILLA OYEBODE⟧. HX DEMENTIA, AFIB ON ELIQUIS. SKIN TEAR L FOREARM, DRESSED.
1520 DR. ⟦N|LINDGREN-ASANTE⟧ AT BEDSIDE. CT HEAD/C-SPINE ORDERED (CANADIAN CT HEAD RULE NOT APPLICABLE - ON ANTICOAG).
1545 CT RESULTED: SMALL R SDH 4 MM. NEUROSURGERY AT ⟦H|SANFORD BISMARCK⟧ (DR. ⟦N|FJELDHEIM⟧) CALLED VIA TRANSFER LINE ⟦P|701-555-0123⟧. KCENTRA 50 U/KG ORDERED - PHARMACIST ⟦N|T. OLUWOLE⟧ VERIFIED.
1610 KCENTRA INFUSING. NIECE ⟦N|SIGRID HAUGEN-BAKKE⟧ (POA) CALLED ⟦P|701-555-0195⟧ - STATES DNR, WANTS TRANSFER ONLY IF "SHE WON'T SUFFER". POLST COPY FAXED FROM FACILITY (⟦F|701-555-0196⟧).
1655 PER NSGY, REPEAT CT 6 HR, MAY STAY AT ⟦H|TRINITY⟧. ADMIT HOSPITALIST DR. ⟦N|ABIODUN⟧.
1710 BED 3 NORTH 312. REPORT TO ⟦N|KARI ELLINGSON⟧, RN. BELONGINGS: GLASSES, HEARING AIDS (BOTH), WEDDING RING - GIVEN TO NIECE.
⟦N|MAREN THORSGAARD⟧, RN   ⟦N|MT⟧
`);

note("bed-board-caps", `
HOUSE BED BOARD - ED ADMIT HOLDS - ⟦H|ST. JOSEPH MERCY HOSPITAL⟧ - ⟦D|07-05-2099⟧ 0600 HUDDLE (HOUSE SUP ⟦N|DENISE OKAMOTO-REED⟧)
ED BED  NAME                          AGE  ADMIT DX          LEVEL   ATTENDING          ASSIGNED   HOLD HRS
2       ⟦N|BRZEZINSKI, HALINA⟧             ⟦A|91⟧   NSTEMI            PCU     ⟦N|GOLDFARB⟧           4W 412     9.5
5       ⟦N|OKONKWO-SMITH, NNAMDI⟧          58   DKA               ICU     ⟦N|REYES-VAUGHN⟧       PENDING    11.2
8       ⟦N|LE, THI KIM ANH⟧                73   SEPSIS/UTI        MED     ⟦N|GOLDFARB⟧           5E 507     7.0
15      ⟦N|ARCHULETA, BENNY⟧               44   PANCREATITIS      MED     ⟦N|SHRESTHA⟧           PENDING    13.4
19      ⟦N|MACLEOD, FIONA⟧                 36   SBO               SURG    ⟦N|DE LUCA⟧            6S 618     5.1
HALL 2  ⟦N|FONTENOT, ALCEE JOSEPH⟧         67   CHF               TELE    ⟦N|SHRESTHA⟧           PENDING    15.0
BH 1    ⟦N|DUBOIS-KAMARA, JEANNETTE⟧       29   SI / OD           PSYCH   ⟦N|MWANGI⟧             -          38.0
NOTES: 3 DISCHARGES BEFORE 1100 PROMISED BY 5E (⟦N|CHARLENE⟧ X⟦P|5120⟧). ICU: 1 TRANSFER OUT TO ⟦H|ST. JOSEPH MERCY CHELSEA⟧ PENDING. ENVIRONMENTAL SVCS LEAD ⟦N|RAYMUNDO ICAZA⟧.
`);

note("wet-reads-caps", `
RADIOLOGY PRELIMINARY (WET) READS - OVERNIGHT - ⟦H|ERIE COUNTY MEDICAL CENTER⟧ / ⟦O|VIRTUAL RADIOLOGIC⟧ TELERADIOLOGY - ⟦D|2099-07-05⟧
ACC #        PATIENT                      EXAM                 PRELIM (READ BY)                                        ED MD
⟦I|ECM9904471⟧   ⟦N|KACZMAREK, DOMINIK⟧           CT HEAD WO           NO ACUTE ICH. OLD L PARIETAL INFARCT. (DR. ⟦N|R. ADEYEMI⟧)           ⟦N|FRANZETTI⟧
⟦I|ECM9904472⟧   ⟦N|TOWNSEND-IBRAHIM, AALIYAH⟧    CTA CHEST PE         SEGMENTAL PE RLL. RV/LV 0.9. (⟦N|ADEYEMI⟧)                     ⟦N|FRANZETTI⟧
⟦I|ECM9904475⟧   ⟦N|OLSZEWSKI, JAN PAWEL⟧         XR L WRIST           DISTAL RADIUS FX, SALTER-HARRIS II? NO - ADULT. COLLES TYPE.   ⟦N|HUANG-PIERCE⟧
⟦I|ECM9904479⟧   ⟦N|BRAVO-ACUNA, LUZ⟧             US RUQ               GALLSTONES, WALL 4 MM, + SONO MURPHY. (⟦N|PATEL, K.⟧)          ⟦N|HUANG-PIERCE⟧
⟦I|ECM9904480⟧   ⟦N|FITZPATRICK, SEAMUS⟧ (⟦A|92⟧)     CT A/P W               SIGMOID VOLVULUS. DISCUSSED WITH DR ⟦N|HUANG-PIERCE⟧ 0322 BY PHONE.   ⟦N|HUANG-PIERCE⟧
DISCREPANCY (FINAL VS PRELIM, ⟦D|7/5⟧ 0810): ⟦N|KACZMAREK⟧ - FINAL BY DR. ⟦N|MORGENSTERN⟧ ADDS 3 MM R SDH. ED CALLBACK BY ⟦N|ANTOINETTE⟧ (CALLBACK RN) TO PT AT ⟦P|814-555-0126⟧ 0830 - RETURNED TO ED.
QA TICKET ⟦I|QA-RAD-99-0187⟧ FILED BY DR. ⟦N|FRANZETTI⟧ ⟦E|LFRANZETTI@ECMC-ERIE.ORG⟧.
`);

note("ems-handoff-caps", `
EMS TO ED HANDOFF (MIST) - ⟦O|PUEBLO FIRE DEPARTMENT⟧ MEDIC ⟦I|3⟧ -> ⟦H|PARKVIEW MEDICAL CENTER⟧ ED, ⟦C|PUEBLO⟧ ⟦STATE|CO⟧   ⟦D|07/04/99⟧
INCIDENT # ⟦I|PFD-99-018847⟧   PCR # ⟦I|447182-0704⟧   PT: ⟦N|MONDRAGON, ELISEO JOSE⟧   AGE 71   (ID FROM ⟦STATE|CO⟧ DL ⟦I|99-447-1882⟧)
M: FIREWORKS MORTAR DETONATED IN R HAND AT BACKYARD PARTY, ⟦S|2215 E ORMAN AVE⟧ ⟦C|PUEBLO⟧ ⟦Z|81004⟧. NEIGHBOR ⟦N|GUADALUPE "LUPE" SANDOVAL⟧ APPLIED TOWEL/TOURNIQUET 2118.
I: PARTIAL AMPUTATION R THUMB/INDEX, BURNS R FOREARM ~3% TBSA. NO EYE INJURY SEEN.
S: HR 112, BP 156/90, SPO2 97%, GCS 15, PAIN 10/10. TQ TIME 2118.
T: FENTANYL 100 MCG IN (2128), 75 MCG IV (2140), NS TKO, WET/DRY DRSG, AMPUTATED TISSUE IN BAG ON ICE.
CREW: ⟦N|DESIREE VALDEZ-OSTROWSKI⟧, FF/PARAMEDIC (⟦N|DVO⟧); ⟦N|CHRIS BIRDSONG⟧, FF/EMT-B. LUCAS NOT USED. MONITOR LIFEPAK SN ⟦DEV|44718002-LP15⟧.
RECEIVED BY: ⟦N|NORA QUILLEN⟧, RN AND DR. ⟦N|ARCHIBALD FENN⟧ 2151. HAND SURGERY AT ⟦H|UCHEALTH MEMORIAL⟧ ⟦C|COLORADO SPRINGS⟧ CONSULTED (DR. ⟦N|KHALSA⟧).
WIFE ⟦N|ERLINDA MONDRAGON⟧ FOLLOWING IN PRIVATE VEHICLE, CELL ⟦P|719-555-0149⟧.
`);

note("ed-provider-note-caps", `
ED PHYSICIAN NOTE - ⟦H|MOBILE INFIRMARY⟧ EMERGENCY DEPARTMENT, ⟦C|MOBILE⟧ ⟦STATE|AL⟧   DOS ⟦D|07/05/2099⟧   ARRIVAL 1047
PATIENT: ⟦N|THIBODEAUX, CLARENCE "BOO"⟧   MRN ⟦M|MIH-2260447⟧   DOB ⟦D|01/17/1957⟧   PCP DR. ⟦N|LANDRY-PHAM⟧ (⟦O|GULF COAST PRIMARY CARE⟧)
CC: CHEST PAIN X 2 HRS WHILE MOWING AT HIS CHURCH (⟦O|ST. MATTHEW MISSIONARY BAPTIST⟧ ON ⟦S|SPRINGHILL AVE⟧).
HPI: 68 YO M, HTN, HLD, TOBACCO, SUBSTERNAL PRESSURE 7/10, RADIATES TO L JAW, DIAPHORETIC. TOOK NTG X1 FROM WIFE ⟦N|BERNADINE⟧'S BOTTLE.
ED COURSE: 1050 EKG - 1 MM STE V2-V4, RECIPROCAL II/III/AVF? DISCUSSED WITH CARDIOLOGY DR. ⟦N|ESPARZA-NKEMELU⟧ 1054 - STEMI ACTIVATION, CATH LAB ⟦P|251-555-0140⟧.
1058 ASA 324, HEPARIN 4000 U, TICAGRELOR 180. 1112 TO CATH LAB (D2B GOAL). HEART SCORE NOT APPLICABLE.
MDM: HIGH COMPLEXITY. DDX ACS/STEMI, AORTIC DISSECTION (BP EQUAL BOTH ARMS, NO WIDENING), PE (WELLS LOW), PERICARDITIS.
CRITICAL CARE 35 MIN. DISPO: CATH LAB -> CCU. ⟦N|MALACHI OGUNLEYE-BROUSSARD⟧, MD ⟦N|MOB⟧   SCRIBE ⟦N|KAYLA TRUONG⟧ FOR DR. ⟦N|OGUNLEYE-BROUSSARD⟧
`);

note("poison-center-call-caps", `
POISON CENTER CASE RECORD - ⟦O|ARIZONA POISON AND DRUG INFORMATION CENTER⟧ - ⟦P|1-800-555-0122⟧   CASE # ⟦I|AZP-99-0704-2291⟧
DATE ⟦D|JULY 4TH, 2099⟧ 1633   SPECIALIST: ⟦N|HEATHER ANN KOSINSKI⟧, PHARMD, CSPI   TOXICOLOGIST ON CALL: DR. ⟦N|OSCAR BETANCOURT-LIM⟧
CALLER: HCF - ⟦H|CANYON VISTA MEDICAL CENTER⟧, ⟦C|SIERRA VISTA⟧ ED, RN ⟦N|TREVOR MAHAFFEY⟧ ⟦P|520-555-0157⟧ EXT ⟦P|2240⟧
PATIENT: ⟦N|ORTIZ-CANEZ, XIMENA⟧, 2 YO F, 12 KG. EXPOSURE: GRANDMOTHER'S (⟦N|CONSUELO CANEZ⟧) AMLODIPINE 10 MG + METOPROLOL ER 50 MG, UP TO 4 TABS EACH, AT HOME IN ⟦C|BENSON⟧ ~1430.
SX: HR 88, BP 78/40, LETHARGIC, GLUCOSE 188.
RECS: ACTIVATED CHARCOAL IF AIRWAY PROTECTED - NO. IV FLUIDS 20 ML/KG, CALCIUM GLUCONATE, HIGH-DOSE INSULIN EUGLYCEMIA THERAPY IF PERSISTS; GLUCAGON FOR BB. ADMIT PICU - TRANSFER TO ⟦H|BANNER UNIVERSITY MEDICAL CENTER TUCSON⟧ PICU (TRANSFER LINE ⟦P|520-555-0199⟧).
F/U CALLS: 1730 (RN ⟦N|MAHAFFEY⟧): HDI STARTED, BP 90/52. 2015 (PICU FELLOW DR. ⟦N|ADEBOLA NWOSU⟧): IMPROVING, OFF CALCIUM. ⟦D|7/5⟧ 0900: MEDICAL OUTCOME MODERATE, CASE CLOSED BY ⟦N|HAK⟧.
CPS NOTIFIED? NOT REQUIRED PER ⟦O|ARIZONA DEPARTMENT OF CHILD SAFETY⟧ HOTLINE SCREENER ⟦N|M. DELGADILLO⟧ (REPORT ⟦I|DCS-4471882⟧ - SCREENED OUT).
`);

// ======================================================== mixed case (24) ========================================================

note("ed-provider-note-mixed", `
Emergency Department Provider Note
⟦H|Lovelace Medical Center⟧ – ⟦C|Albuquerque⟧, ⟦STATE|NM⟧        Date of service: ⟦D|7/5/2099⟧        Arrival 14:22 (walk-in)
Patient: ⟦N|Chee, Marlena Rose⟧        MRN ⟦M|LMC-0044718-3⟧        DOB ⟦D|10/30/1985⟧        Attending: ⟦N|Ingrid Solvang-Marquez⟧, MD        Resident: ⟦N|Tobenna Eze⟧, DO (PGY-2)
CC: RLQ pain since last night
HPI: 39 y/o G3P3 w/ periumbilical pain migrating to RLQ ~18h, anorexia, 2 episodes NBNB emesis. Temp 100.6 at home per husband ⟦N|Leland⟧. LMP ⟦D|6/21⟧. No dysuria. Last seen by OB Dr. ⟦N|Haskie⟧ at ⟦H|First Choice Community Healthcare⟧ in ⟦C|Los Lunas⟧ in ⟦D|March 2099⟧.
ROS otherwise neg. PMH: GDM w/ last pregnancy. PSH: C-section x2 (⟦D|2091⟧, ⟦D|2094⟧). Meds: none. NKDA. Works as a ⟦PROF|school bus driver⟧ for ⟦O|Los Lunas Schools⟧.
Exam: T 38.2, HR 104, BP 128/80. Uncomfortable. + McBurney point tenderness, + Rovsing, + psoas. No CVA tenderness.
ED course:
 14:40 Zofran 4 IV, morphine 4 IV, LR 1 L. Labs sent.
 15:25 WBC 15.9, bHCG neg, UA 3 WBC. Alvarado 8.
 16:10 CT A/P w/ contrast: 11 mm appendix w/ periappendiceal fat stranding, no abscess.
 16:25 Discussed w/ general surgery Dr. ⟦N|Yevgenia Kravets⟧ (pager ⟦P|505-555-0184⟧) — will take to OR tonight. Ceftriaxone + metronidazole given 16:31.
MDM: acute appendicitis, uncomplicated. Ddx ovarian torsion (US not needed given CT), PID, ureteral stone. Risk: high (decision for emergency major surgery).
Dispo: admit to gen surg. Pt updated; sister ⟦N|Kimberly Chee-Yazzie⟧ ⟦P|505-555-0131⟧ to pick up kids from ⟦O|Katherine Gallegos Elementary⟧.
Electronically signed: ⟦N|T. Eze⟧, DO / ⟦N|I. Solvang-Marquez⟧, MD ⟦D|07/05/2099⟧ 17:02
`);

note("urgent-care-occupational-mixed", `
URGENT CARE VISIT — OCCUPATIONAL INJURY
⟦H|MultiCare Indigo Urgent Care⟧ – ⟦C|Yakima⟧ (⟦S|2502 W Nob Hill Blvd⟧, ⟦C|Yakima⟧, ⟦STATE|WA⟧ ⟦Z|98902⟧)   Visit ⟦D|Jul 6, 2099⟧ 08:55
Patient: ⟦N|Gurpreet Singh Dhaliwal⟧        DOB ⟦D|04/02/1990⟧        Chart ⟦M|MIU-7704418⟧
Employer: ⟦O|Columbia Ridge Fruit Packing⟧, ⟦C|Wapato⟧ — supervisor ⟦N|Dale Kincaid⟧ ⟦P|509-555-0153⟧        ⟦O|L&I⟧ claim # ⟦I|BG44718⟧ (⟦O|Washington State Department of Labor & Industries⟧)
Injury date/time: ⟦D|07/05/2099⟧ ~22:40 (night shift). Mechanism: L hand caught in conveyor roller while clearing a jam; co-worker ⟦N|Ramiro Esquivel⟧ hit the e-stop.
Exam: 3 cm laceration dorsal L hand over 3rd MCP, tendon visible but intact through full ROM, cap refill < 2 s. No fight bite. XR: no fx, no FB.
Procedure: digital/local block lidocaine 1% plain, irrigated 500 mL, 5 simple interrupted 4-0 nylon. Tdap given (last ⟦D|2085⟧?). Keflex 500 QID x 5 d.
Work status: modified duty ⟦D|7/6⟧–⟦D|7/13⟧, no use of L hand, no gloves-wet work. Recheck ⟦D|Jul 9⟧ here or w/ ⟦H|Yakima Valley Farm Workers Clinic⟧. Hand surgery if any loss of extension: Dr. ⟦N|Petrosyan⟧, ⟦O|Cascade Hand Specialists⟧ ⟦P|509-555-0104⟧ fax ⟦F|509-555-0105⟧.
Interpreter: Punjabi by phone, ⟦O|CyraCom⟧ ID ⟦I|338104⟧.
Provider: ⟦N|Lacey Weatherby⟧, PA-C        MA: ⟦N|Josue⟧        ⟦O|L&I⟧ provider # ⟦I|4471829⟧
`);

note("school-note-mixed", `
⟦H|Little Rock Kids Urgent Care⟧ · ⟦S|11321 Rodney Parham Rd⟧ · ⟦C|Little Rock⟧, ⟦STATE|AR⟧ ⟦Z|72212⟧ · ph ⟦P|501-555-0178⟧ · fax ⟦F|501-555-0179⟧

                                  SCHOOL / ACTIVITY EXCUSE
Date: ⟦D|July 6th, 2099⟧

To: ⟦O|Conway Summer Sports Camp⟧ / ⟦O|Conway Public Schools⟧ athletic trainer Ms. ⟦N|Brandi Hutchins⟧

⟦N|Ja'Marion Whitlock⟧ (DOB ⟦D|05/13/2087⟧) was seen in our clinic today for a right ankle sprain. Please excuse him from
camp ⟦D|7/6⟧ through ⟦D|7/10⟧. He may return to light activity ⟦DAY|Monday⟧ ⟦D|7/13⟧ with an ankle brace and no contact
drills until cleared. Ottawa ankle rules negative; no x-ray needed.

If you have questions, contact the clinic. Parent/guardian: ⟦N|Tonya Whitlock⟧ ⟦P|(501) 555-0110⟧.

Sincerely,
⟦N|Oluwadamilare "Dami" Adeyinka⟧, MD
Pediatric Urgent Care  ·  NPI ⟦I|1447182093⟧
`);

note("sane-exam-mixed", `
FORENSIC NURSE EXAMINATION — SEXUAL ASSAULT (CONFIDENTIAL)
Facility: ⟦H|Billings Clinic⟧ Emergency Department, ⟦C|Billings⟧, ⟦STATE|MT⟧        Exam date: ⟦D|4-Jul-2099⟧
Examiner: ⟦N|Rebecca Thunder-Hawk⟧, RN, SANE-A        Advocate present: ⟦N|Carmen Ruelas⟧ (⟦O|YWCA Billings⟧ Gateway Program)        Kit # ⟦I|MT-SAK-0447182⟧
Patient: ⟦N|Sierra Kay Dunnigan⟧        DOB ⟦D|03/03/2078⟧        MRN ⟦M|BC-3390187⟧        Reported to law enforcement: Yes — ⟦O|Billings Police Department⟧, Det. ⟦N|Marcus Oyelaran-Fox⟧, case ⟦I|BPD 99-31447⟧
History (patient's words): "I was at the ⟦O|Rimrock Tavern⟧ with my friend ⟦N|Jess⟧. I don't remember leaving. I woke up at the ⟦O|Big Sky Motor Inn⟧ on ⟦S|1st Ave N⟧ around 5."
Assailant: unknown male, "maybe named ⟦N|Tanner⟧"; described by patient.
Timeline: incident est. ⟦D|7/3/99⟧ 23:30 – ⟦D|7/4/99⟧ 05:00. Arrived ED 09:12. Within 120 h window.
Exam: findings documented on body diagrams; photographs (n=14) by examiner with camera ⟦DEV|CAM-SANE-0092⟧. Swabs per state kit. Urine/blood for DFSA tox sent to ⟦O|Montana State Crime Lab⟧ (⟦C|Missoula⟧).
Meds: ceftriaxone 500 IM, doxycycline, metronidazole, emergency contraception (ulipristal), HIV nPEP (Biktarvy) 28-day supply via ⟦O|Billings Clinic Pharmacy⟧.
Follow-up: ⟦H|Riverstone Health Clinic⟧ ID/nPEP in 3 days; advocate phone ⟦P|406-555-0124⟧; crime victim comp application given.
Chain of custody: kit released to Det. ⟦N|Oyelaran-Fox⟧ ⟦D|07/04/2099⟧ 13:40 (evidence # ⟦I|E99-07-1187⟧). ⟦N|RTH⟧
`);

note("ama-form-mixed", `
⟦H|Bangor Regional Medical Center⟧ — Emergency Department
REFUSAL OF MEDICAL TREATMENT / LEAVING AGAINST MEDICAL ADVICE (AMA)

Patient: ⟦N|Thaddeus Wójcik-Barnes⟧          DOB: ⟦D|09/09/1966⟧          MRN: ⟦M|BRMC 0447-1820⟧          Date: ⟦D|07/05/2099⟧   Time: 03:18

I, ⟦N|Thaddeus Wójcik-Barnes⟧, am leaving ⟦H|Bangor Regional⟧ against the advice of my physician, Dr. ⟦N|Anneliese Fairbanks-Obi⟧.
The risks explained to me include: heart attack, dangerous heart rhythm, stroke, permanent disability, and death.
Condition at the time of leaving: chest pain under evaluation; HEART score 5; 2nd troponin not yet resulted.
Capacity: alert, oriented, understands and repeats back risks, not intoxicated (ETOH neg). CIWA-Ar 2.
Alternatives offered: stay for repeat troponin; return any time; follow up w/ PCP Dr. ⟦N|Brackett⟧ at ⟦H|Penobscot Community Health Center⟧ within 24–48 h; cardiology at ⟦O|Northern Light Cardiology⟧ ⟦P|207-555-0143⟧.
Reason given by patient: "My dog's alone and my truck's parked at the ⟦O|Irving⟧ on ⟦S|Hogan Rd⟧."
Prescriptions: aspirin 81; nitroglycerin SL (sent to ⟦O|Hannaford Pharmacy #8214⟧, ⟦C|Brewer⟧).

Patient signature: [refused to sign]          Witness: ⟦N|Colby Wheelock⟧, RN          Physician: ⟦N|A. Fairbanks-Obi⟧, MD
Follow-up call placed ⟦D|7/5⟧ 10:05 by ⟦N|C. Wheelock⟧ to ⟦P|207-555-0199⟧ — no answer, voicemail left. Second attempt ⟦D|7/6⟧ — spoke w/ his brother ⟦N|Leonard Barnes⟧ in ⟦C|Ellsworth⟧, pt "doing fine."
`);

note("transfer-center-call-mixed", `
Transfer Center Call Log — ⟦H|Intermountain Health St. Vincent Regional Hospital⟧ (⟦C|Billings⟧)        Call ID ⟦I|TC-2099-07-04-0213⟧
Received: ⟦D|2099-07-04⟧ 21:47 on recorded line ⟦P|406-555-0107⟧        Transfer RN: ⟦N|Kristof Hallingstad⟧, RN, CCRN
Caller: Dr. ⟦N|Aiyana Spotted Wolf⟧, ⟦H|Northern Cheyenne IHS Health Center⟧, ⟦C|Lame Deer⟧ ⟦STATE|MT⟧ (callback cell ⟦P|406-555-0115⟧)
Patient: ⟦N|Littlewolf, Hubert⟧, 54 M, DOB ⟦D|1/1/1945⟧?? → corrected to ⟦D|01/11/2045⟧ per ⟦O|IHS⟧ chart ⟦M|NCH-448120⟧
Reason: DKA + possible STEMI, lactate 5.2, K 6.1, glucose 812. Insulin gtt started 20:55.
21:52 conferenced w/ ED attending Dr. ⟦N|Octavia Lindqvist-Obeng⟧ — accepts to ED for stabilization; ICU bed to be assigned. Cardiology (Dr. ⟦N|Rahimi⟧) aware.
21:58 ⟦O|HELP Flight⟧ (⟦H|St. Vincent⟧) unavailable — weather. Ground: ⟦O|Rosebud County EMS⟧ ALS, ETA 2h40. Alt: ⟦O|Reach Air Medical⟧ from ⟦C|Miles City⟧ — accepted, tail ⟦I|N912RA⟧.
22:14 paperwork fax to sender ⟦F|406-555-0116⟧, EMTALA cert requested. ⟦O|IHS⟧ PRC # ⟦I|PRC-NC-99-0447⟧; also ⟦STATE|MT⟧ Medicaid ⟦HP|MTM447182601⟧.
Contacts: wife ⟦N|Dolores Littlewolf⟧ ⟦P|406-555-0148⟧; she'll drive via ⟦LO|US-212⟧ w/ daughter ⟦N|Winona⟧.
Closed 23:40: pt arrived ED bed T3. ⟦N|KH⟧
`);

note("crisis-team-note-mixed", `
Behavioral Health Crisis Assessment — ED (tele-psych)
Site: ⟦H|Logan Regional Medical Center⟧, ⟦C|Logan⟧ ⟦STATE|WV⟧        Assessor: ⟦N|Priyanka Thapa-Sorensen⟧, LICSW, via ⟦O|Prestera Center⟧ crisis line        Date: ⟦D|07-05-2099⟧ 10:30
Patient: ⟦N|Jolynn Mae Hatfield⟧, 23F, MRN ⟦M|LRMC-882044⟧. Brought by ⟦O|Logan County Sheriff's Office⟧ (Deputy ⟦N|R. Varney⟧) on a mental hygiene petition filed by her mother ⟦N|Loretta Hatfield-Stowers⟧.
Presenting: told cousin ⟦N|Kayleigh⟧ by text ⟦D|7/4⟧ night "I won't be here tomorrow." Found with a bottle of her grandmother's amitriptyline; denies ingestion; APAP/ASA/tox neg, EKG QRS 88.
C-SSRS: ideation with intent, no prior attempts; plan: overdose. Protective: son ⟦N|Brantley⟧ (3), her faith ("my church, ⟦O|Mount Zion Freewill Baptist⟧"), sees counselor Ms. ⟦N|Grubb⟧ at ⟦H|Southern Highlands Community Mental Health Center⟧.
Collateral: mother ⟦N|Loretta⟧ ⟦P|304-555-0129⟧; partner ⟦N|Cody Blevins⟧ (incarcerated at ⟦O|Southwestern Regional Jail⟧).
Disposition: meets criteria for inpatient. Bed search: ⟦H|Highland Hospital⟧ ⟦C|Charleston⟧ — accepted 15:10 (intake ⟦N|Darnell⟧ ⟦P|304-555-0180⟧ x⟦P|2205⟧). Mental hygiene hearing waived; commissioner ⟦N|Arlene Cisco⟧.
Safety: haloperidol 5 mg / lorazepam 2 mg IM offered for agitation, declined. 1:1 sitter, belongings searched by security ⟦N|D. Ooten⟧, paper scrubs. ⟦N|PTS⟧
`);

note("culture-callback-log-mixed", `
ED Culture / Lab Callback Log — ⟦H|Memorial Hospital⟧ ED, ⟦C|Savannah⟧ ⟦STATE|GA⟧        Reviewer: ⟦N|Jocelyn Abara⟧, PharmD (ED pharmacist) ext. ⟦P|4-7781⟧
Date reviewed | Patient (MRN) | Visit | Culture | Result | Action | Called by
⟦D|07/05/2099⟧ | ⟦N|Brannen, Shelby⟧ (⟦M|MHS0447182⟧) | ⟦D|7/2⟧ | urine | E. coli >100k, R to cephalexin, S nitrofurantoin | changed to Macrobid x5d, Rx to ⟦O|Kroger Pharmacy⟧ ⟦S|Abercorn St⟧ | ⟦N|JA⟧ spoke to pt ⟦P|912-555-0133⟧
⟦D|07/05/2099⟧ | ⟦N|Nwachukwu, Obiageli⟧ (⟦M|MHS0447190⟧) | ⟦D|7/1⟧ | wound | MRSA | Bactrim DS added; pt already on it — no change | ⟦N|JA⟧ (left VM)
⟦D|07/05/2099⟧ | ⟦N|Lopez Aguilar, Brenda⟧ (⟦M|MHS0448002⟧) | ⟦D|7/3⟧ | blood 1/2 | coag-neg staph | likely contaminant; discussed w/ Dr. ⟦N|Haddock⟧ — no callback needed | —
⟦D|07/06/2099⟧ | ⟦N|Kim, Seo-yeon⟧ (⟦M|MHS0448117⟧) | ⟦D|7/3⟧ | GC/CT NAAT | CT positive | doxy 100 BID x7d sent to ⟦O|CVS #4471⟧ on ⟦S|Victory Dr⟧; partner tx info given; ⟦O|Chatham County Health Department⟧ report ⟦I|CCHD-99-2271⟧ | ⟦N|JA⟧ / ⟦N|T. Moua⟧, RN
⟦D|07/06/2099⟧ | ⟦N|Baptiste, Wilner⟧ (⟦M|MHS0448125⟧) | ⟦D|7/4⟧ | throat | GAS + | amoxicillin; called, wife ⟦N|Nadège⟧ answered (Haitian Creole, interpreter ⟦N|Fabienne⟧ via ⟦O|LanguageLine⟧ ID ⟦I|70418⟧) | ⟦N|JA⟧
⟦D|07/06/2099⟧ | ⟦N|O'Shaughnessy, Deirdre⟧ (⟦M|MHS0448130⟧) | ⟦D|7/4⟧ | urine | no growth | none | —
Unable to reach x3: ⟦N|Kim, Seo-yeon⟧ → certified letter to ⟦S|4410 Waters Ave⟧, ⟦C|Savannah⟧ ⟦Z|31404⟧ mailed ⟦D|7/8/99⟧.
`);

note("discharge-instructions-mixed", `
EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
⟦H|ProMedica Toledo Hospital⟧ Emergency Department · ⟦S|2142 N Cove Blvd⟧, ⟦C|Toledo⟧, ⟦STATE|OH⟧ ⟦Z|43606⟧ · ⟦P|419-555-0181⟧

Patient: ⟦N|Deshawn Malik Pettaway⟧        Date of visit: ⟦D|Jul 5, 2099⟧        Seen by: ⟦N|Mireille Okonjo-Haas⟧, MD and ⟦N|Pablo Recinos⟧, PA-C
Your diagnosis: Concussion (mild traumatic brain injury); scalp laceration (stapled, 4 staples)
What happened: You were hit in the head with a bottle at ⟦LO|Promenade Park⟧ during the fireworks. Your CT scan of the head was normal.
Follow-up:
 • Staple removal in 7–10 days (⟦D|7/12⟧–⟦D|7/15⟧) at ⟦H|ProMedica Urgent Care - Bowling Green⟧ or with your doctor, Dr. ⟦N|Varghese⟧ (⟦P|419-555-0147⟧).
 • Concussion clinic: ⟦H|ProMedica Sports Care⟧, ⟦S|5700 Monroe St⟧, ⟦C|Sylvania⟧ — call ⟦P|419-555-0136⟧ for an appointment.
 • Police report: ⟦O|Toledo Police Department⟧ report # ⟦I|TPD-990704-3318⟧ (Officer ⟦N|Haile⟧, badge ⟦I|2207⟧).
Medicines: acetaminophen 1000 mg every 8 hours as needed. Avoid ibuprofen/Toradol for 24 h.
Return to the ER right away for: vomiting more than twice, worsening headache, confusion, seizure, weakness, or if family (your mother, Mrs. ⟦N|Charlene Pettaway⟧) notices you are not acting right.
Work note: excused ⟦D|7/5⟧–⟦D|7/7⟧ from ⟦O|Jeep Toledo Assembly Complex⟧.
Your MyChart activation code: [code on printed copy] · questions: ⟦U|https://www.promedica.org/ed-followup⟧
`);

note("grievance-letter-mixed", `
⟦D|July 8, 2099⟧

⟦N|Rosemary Okafor-Delacroix⟧
⟦S|88 Quail Hollow Ln⟧
⟦C|Maryville⟧, ⟦STATE|TN⟧ ⟦Z|37804⟧
⟦E|rosie.delacroix@bellsouth.net⟧ · ⟦P|865-555-0119⟧

Patient Relations Department
⟦H|Blount Memorial Hospital⟧
⟦S|907 E Lamar Alexander Pkwy⟧
⟦C|Maryville⟧, ⟦STATE|TN⟧ ⟦Z|37804⟧

RE: My father, ⟦N|Augustin Delacroix⟧ (DOB ⟦D|2/2/2006⟧), ED visit ⟦D|July 4th⟧ — formal complaint

To whom it may concern,

My father is ⟦A|93⟧ years old. On the evening of the ⟦D|4th⟧ he was brought by ⟦O|Rural/Metro⟧ after a fall at ⟦H|Asbury Place⟧. He sat on a
stretcher in the hallway for nine hours. Nobody offered him water or helped him to the bathroom, and he soiled himself. When I asked the
nurse (her badge said "⟦N|Brittani⟧") she said "we're slammed, ma'am." The doctor, Dr. ⟦N|Kessler⟧, was kind but he only saw Daddy at 2 a.m.

My brother ⟦N|Phillip⟧ drove down from ⟦C|Knoxville⟧ and also complained to the charge nurse, Mr. ⟦N|Ogle⟧. I would like a written
response, and I would like to know why an old man with dementia was left in a hallway when his chart (MRN ⟦M|BMH-0187744⟧) says "fall risk".

I hope no other family has to go through this.

Sincerely,
⟦N|Rosemary Okafor-Delacroix⟧ (daughter and healthcare POA)
`);

note("grievance-reply-mixed", `
⟦H|Blount Memorial Hospital⟧ · Office of Patient Experience · ⟦S|907 E Lamar Alexander Pkwy⟧ · ⟦C|Maryville⟧ ⟦STATE|TN⟧ ⟦Z|37804⟧ · ⟦P|865-555-0150⟧

⟦D|July 21, 2099⟧

Ms. ⟦N|Rosemary Okafor-Delacroix⟧
⟦S|88 Quail Hollow Ln⟧, ⟦C|Maryville⟧, ⟦STATE|TN⟧ ⟦Z|37804⟧

Re: Grievance # ⟦I|GRV-2099-0418⟧ — ⟦N|Augustin Delacroix⟧

Dear Ms. ⟦N|Okafor-Delacroix⟧,

Thank you for your letter of ⟦D|July 8⟧ about your father's visit to our Emergency Department on ⟦D|July 4–5, 2099⟧. I am sorry for
the experience you describe. Our ED nursing director, ⟦N|Lynnette Hux-Ramírez⟧, MSN, RN, and our ED medical director, Dr. ⟦N|Ravi Anand⟧, reviewed
the record with the staff involved, including Dr. ⟦N|Kessler⟧ and the charge nurse on duty.

What we found: the department held 22 admitted patients that night, and your father waited 9 h 10 min for an inpatient bed.
Hourly rounding was not documented between 23:00 and 04:00. We have (1) added a hallway-patient rounding check in Epic ASAP,
(2) scheduled an extra tech on holiday evenings, and (3) shared your letter, with names removed, at the ⟦D|July 14⟧ staff meeting.

If you are not satisfied with this response you may contact the ⟦O|Tennessee Department of Health⟧ ⟦P|1-800-555-0171⟧ or
The ⟦O|Joint Commission⟧ at ⟦U|www.jointcommission.org⟧.

Respectfully,
⟦N|Gail Summerour⟧, Patient Experience Manager · ⟦E|gsummerour@blountmemorial.org⟧ · direct ⟦P|865-555-0152⟧
cc: ⟦N|L. Hux-Ramírez⟧; Dr. ⟦N|R. Anand⟧; Risk Management (⟦N|Tom Eldridge⟧)
`);

note("staff-email-boarding-mixed", `
From: ⟦N|Anselm Vukovic⟧, MD <⟦E|avukovic@kaweahhealth.org⟧>
Sent: ⟦DAY|Sunday⟧, ⟦D|July 5, 2099⟧ 7:42 AM
To: ED Attendings; ⟦N|Ruth Ann Cardoza⟧ <⟦E|rcardoza@kaweahhealth.org⟧>; ⟦N|Nikhil Bhatia⟧
Subject: ⟦DAY|4th of July⟧ recap + hallway beds + the ⟦N|Zepeda⟧ case

Team —
Rough night. 312 visits (record), 41 boarders at 0600, LWBS 9.1%. Thanks to Drs. ⟦N|Ocampo⟧, ⟦N|Ferreira-Lynch⟧ and ⟦N|Tsegaye⟧ who stayed past shift.
Two things:
1) ⟦N|Zepeda, Armando⟧ (MRN ⟦M|KH7044718⟧) — fireworks blast injury, was sent to ⟦H|Community Regional⟧ in ⟦C|Fresno⟧ for hand/ophtho; their transfer center (⟦N|Jenna⟧, ⟦P|559-555-0114⟧) says the EMTALA cert was missing the accepting MD. ⟦N|Ruth Ann⟧ please pull the form from the chart and refax to ⟦F|559-555-0115⟧.
2) The ⟦O|Tulare County Sheriff⟧ hold in room 18 (⟦N|Delgado-Fierro⟧) — deputies asked again for a "fit for jail" letter. Reminder: we document medical clearance only; see policy ED-114.
Also — ⟦N|Nikhil⟧, the ⟦DAY|Tuesday⟧ M&M (⟦D|7/7⟧, 0700, Mineral King conf rm) is yours: the missed scaphoid from ⟦D|June 28⟧.
— ⟦N|Anselm⟧
⟦N|Anselm Vukovic⟧, MD, FACEP | Medical Director, Emergency Services | ⟦H|Kaweah Health Medical Center⟧ | ⟦C|Visalia⟧ ⟦STATE|CA⟧ | cell ⟦P|559-555-0103⟧
`);

note("secure-chat-mixed", `
Secure Chat — "ED Pod B / Trauma" — ⟦D|07/04/2099⟧
21:05 ⟦N|Keoni Kahananui⟧ (RN, charge): heads up, 3 fireworks injuries en route via ⟦O|AMR⟧, ETA 10 min. Trauma bay 1 & 2 open
21:06 Dr. ⟦N|Sunita Raghunathan⟧ (EM attending): ok. ⟦N|Cole⟧ take bay 1, I'll take 2. who's the ortho resident tonight?
21:07 ⟦N|Cole Ashby⟧ (EM PGY3): ⟦N|Mendoza-Park⟧, pgr ⟦P|8812⟧
21:15 ⟦N|Keoni Kahananui⟧: bay 1 = ⟦N|Hien Tran⟧, 17M, partial amputation L hand. mom ⟦N|Lan⟧ in family room. bay 2 = ⟦N|Ricky Gallardo⟧, 34M, facial burns + corneal?
21:16 Dr. ⟦N|Sunita Raghunathan⟧: page ophtho (Dr ⟦N|Weisbrod⟧) x⟦P|4420⟧ for ⟦N|Gallardo⟧ pls
21:22 ⟦N|Tomasz Wierzbicki⟧ (RT): 2nd vent ready in bay 2 if needed
21:40 ⟦N|Cole Ashby⟧: hand surgery at ⟦H|Valley Children's⟧? no he's 17 — ⟦N|Tran⟧ goes to ⟦H|Community Regional⟧ hand (Dr ⟦N|Ibekwe⟧ accepted). transfer ref ⟦I|CRMC-TX-44718⟧
21:41 ⟦N|Keoni Kahananui⟧: 🙏 calling ⟦O|Skylife⟧ now. Will page hand again if no callback in 15
22:03 Dr. ⟦N|Sunita Raghunathan⟧: also ⟦O|Fresno Police⟧ at triage asking for ⟦N|Gallardo⟧'s info — send them to house sup ⟦N|Marguerite⟧ x⟦P|2260⟧, no PHI at the desk
`);

note("peds-ed-note-mixed", `
Pediatric Emergency Note — ⟦H|East Tennessee Children's Hospital⟧, ⟦C|Knoxville⟧        DOS ⟦D|07/06/2099⟧        Time seen 11:05
Pt: ⟦N|Paisley Grace McMahan⟧, 22 mo F        MRN ⟦M|ETCH-994471⟧        Brought by: mother ⟦N|Brittany McMahan⟧ and maternal grandmother ⟦N|Donna Sue Ownby⟧
CC: fell off couch, hit head on tile
HPI: Fall ~3 ft at grandmother's house in ⟦C|Pigeon Forge⟧ at 09:30. Cried immediately, no LOC, one emesis. Acting normal per mom. No anticoag, no bleeding disorder.
Exam: well-appearing, GCS 15, 3 cm L parietal hematoma (non-frontal). No Battle sign, no hemotympanum. Fontanelle closed-ish.
PECARN: age < 2, non-frontal scalp hematoma → intermediate risk; shared decision with mom — observation 4–6 h vs CT. Chose observation.
13:30 re-eval: playing, ate crackers, no further emesis. Discharged 15:10.
Child protection screen: mechanism consistent, developmentally appropriate, no other injuries; TEN-4-FACESp negative.
PCP: Dr. ⟦N|Ana Lucía Serrano⟧, ⟦O|Smoky Mountain Pediatrics⟧ ⟦P|865-555-0168⟧ — f/u ⟦D|Jul 8⟧.
Attending ⟦N|Cordelia Vance-Obuya⟧, MD; PEM fellow ⟦N|Arjun Ramaswamy⟧, MD ⟦N|AR⟧/⟦N|CVO⟧
`);

note("stroke-alert-mixed", `
CODE STROKE NOTE — ED — ⟦H|Baptist Health Conway⟧, ⟦C|Conway⟧ ⟦STATE|AR⟧ — ⟦D|6 July 2099⟧
Patient: ⟦N|Pearline Oduya-Bishop⟧   MRN ⟦M|BHC-00558147⟧   DOB ⟦D|1941-12-24⟧   LKW 06:40 (per husband ⟦N|Clement Bishop⟧ — she was making coffee)
Arrival 07:22 by ⟦O|Faulkner County EMS⟧ (prenotified 07:10 by paramedic ⟦N|Jody Leatherwood⟧). Door-to-neuro 07:26. Glucose 131.
NIHSS 14 (R arm 4, R leg 3, aphasia 2, gaze 1, facial 2, neglect 2). BP 182/98 → labetalol 10.
07:34 CT head: no bleed, ASPECTS 9. CTA: L M1 occlusion.
07:41 Telestroke (⟦O|UAMS AR SAVES⟧, Dr. ⟦N|Ebenezer Fofanah⟧ on cart ⟦DEV|ARS-CART-0447⟧) → TNK 0.25 mg/kg given 07:48 (DTN 26 min).
07:52 accepted for thrombectomy at ⟦H|UAMS Medical Center⟧ ⟦C|Little Rock⟧ by Dr. ⟦N|Hemphill⟧ (NIR); ⟦O|Air Evac Lifeteam⟧ base ⟦C|Conway⟧, ETA 8 min.
Anticoag: none. Eliquis? No. Home meds from ⟦O|Harp's Pharmacy⟧ list.
Consent for TNK: husband ⟦N|Clement⟧ by phone ⟦P|501-555-0173⟧ (daughter ⟦N|Gwendolyn⟧ also present by phone from ⟦C|Memphis⟧).
⟦N|Wyatt Halvorsen⟧, MD (ED)   ⟦N|WH⟧ 08:15
`);

note("mental-health-hold-mixed", `
Application for Emergency Admission (Police Hold) — received in ED
Presented to ⟦H|St. Mary-Corwin Medical Center⟧ ED, ⟦C|Pueblo⟧ ⟦STATE|CO⟧        ⟦D|7/4/2099⟧ 23:05
Respondent: ⟦N|Dmytro Kovalenko⟧        DOB ⟦D|06/17/1983⟧        Address: ⟦S|1120 Berkley Ave⟧, ⟦C|Pueblo⟧ ⟦Z|81004⟧ (per ⟦STATE|CO⟧ ID ⟦I|13-447-1829⟧)
Officer: Ofc. ⟦N|Lucinda Archuleta⟧, ⟦O|Pueblo Police Department⟧, badge ⟦I|PPD-1417⟧, CAD # ⟦I|99-185447⟧, supervisor Sgt. ⟦N|Begay⟧
Officer's statement: "Called by neighbor Mrs. ⟦N|Yolanda Ruybal⟧ for a man on the roof of ⟦S|1120 Berkley⟧ yelling about the fireworks being gunfire. Respondent is a ⟦PROF|veteran⟧, states 'they're shooting at us.' Would not come down for 40 min. No weapons found."
M-1 hold (27-65) initiated by officer 22:40. Property: wallet, phone, VA card (ICN ⟦M|1044718203V550912⟧).
ED: medically cleared by Dr. ⟦N|Zhou⟧ (tox neg except THC, ETOH 0.04). Calm in ED, cooperative.
Crisis: ⟦O|Health Solutions⟧ mobile crisis (clinician ⟦N|Ruben Trujillo⟧, ⟦P|719-555-0134⟧) eval 00:20 — PTSD exacerbation; accepted to ⟦H|Rocky Mountain Regional VA Medical Center⟧ ⟦C|Aurora⟧ via VA transfer coordinator ⟦N|Denise⟧ ⟦P|720-555-0166⟧.
Wife ⟦N|Oksana Kovalenko⟧ ⟦P|719-555-0197⟧ notified 00:45.
`);

note("trauma-consult-mixed", `
Trauma Surgery H&P / Consult — ⟦H|Navicent Health Medical Center⟧ (Level I), ⟦C|Macon⟧ ⟦STATE|GA⟧        ⟦D|07/05/2099⟧ 02:10
Patient: ⟦N|Jamal Kareem Abdur-Rahman⟧        MRN ⟦M|NHM-3304418⟧        Trauma # ⟦I|TR99-0447⟧        Activation: Level II upgraded to I at 01:52
Mechanism: single GSW R flank at a gathering on ⟦S|Pio Nono Ave⟧; transported by ⟦O|Macon-Bibb County EMS⟧ Medic ⟦I|14⟧. Scene secured by ⟦O|Bibb County Sheriff's Office⟧ (Inv. ⟦N|Shonda Gresham⟧, case ⟦I|BCSO-99-18447⟧).
Primary: A intact, B equal, C HR 122 / SBP 94, D GCS 15, E single wound R flank, no exit. No Beck's triad. Ketamine 50 mg IV for the exam.
eFAST: + RUQ. CXR: no PTX. Pelvis: bullet fragment projecting over R iliac wing.
Plan: exploratory laparotomy — consent signed by patient; OR 2 at 02:25. MTP not activated; 2 u PRBC, TXA 1 g.
Family: girlfriend ⟦N|Imani Toussaint⟧ ⟦P|478-555-0128⟧; mother ⟦N|Khadijah Abdur-Rahman⟧ en route from ⟦C|Warner Robins⟧. Family asked police not be given info — explained our policy; victim advocate ⟦N|Patrice⟧ (⟦O|Crisis Line & Safe House of Central Georgia⟧) paged.
Hospital Violence Intervention Program referral (⟦O|Macon Violence Prevention⟧), peer ⟦N|Darius "Dee" Hollins⟧.
⟦N|Hartwell Chukwudi-Brennan⟧, MD, FACS — Trauma/Acute Care Surgery   ⟦N|HCB⟧
`);

note("ed-sepsis-course-mixed", `
ED Course / Sepsis Bundle Timeline — ⟦H|CHI St. Alexius Health Williston⟧, ⟦C|Williston⟧ ⟦STATE|ND⟧
Pt ⟦N|Kvamme, Oddvar⟧, ⟦A|98⟧ y/o M, from ⟦H|Bethel Lutheran Nursing & Rehab⟧ — MRN ⟦M|SAW-118827⟧ — ⟦D|Jul 6, 2099⟧
Time zero (triage): 16:02 — T 39.1, HR 118, BP 86/50, RR 26, SpO2 88% RA, lactate 4.4
16:08 MD eval (Dr. ⟦N|Beata Kowalczyk-Ndiaye⟧). qSOFA 3. Code status per ⟦STATE|ND⟧ POLST: DNR, selective treatment, OK for abx/fluids, no ICU.
16:12 BCx x2 drawn (⟦N|Jae-hyun Paek⟧, RN). 16:20 cefepime 2 g + vanc 25 mg/kg. 16:25 30 mL/kg LR started (2.3 L).
17:10 repeat lactate 2.9. MAP 63. CXR: RLL infiltrate. UA positive.
17:40 spoke w/ son ⟦N|Arvid Kvamme⟧ (POA) ⟦P|701-555-0188⟧ in ⟦C|Watford City⟧: wants treatment on floor, no pressors. Granddaughter ⟦N|Solveig⟧ is a ⟦PROF|nurse⟧ at ⟦H|McKenzie County Healthcare Systems⟧, asked to be updated.
18:30 admitted to Dr. ⟦N|Olatunji⟧ (hospitalist), med-surg 2W. SEP-1 bundle met.
Nursing home contact: DON ⟦N|Cheryl Sundby⟧ ⟦P|701-555-0120⟧; their fax for records ⟦F|701-555-0121⟧.
`);

note("animal-bite-uc-mixed", `
Urgent Care Note — Animal Bite        ⟦H|Rapid City Urgent Care - West⟧ · ⟦C|Rapid City⟧, ⟦STATE|SD⟧        ⟦D|07/06/99⟧
Pt: ⟦N|Marisela Two Crow-Benavides⟧, 41F, DOB ⟦D|08/08/2057⟧, chart ⟦M|RCUC-20447⟧
HPI: bitten on R calf by neighbor's dog at ⟦LO|Canyon Lake Park⟧ ~07:30. Owner ⟦N|Gary Heinrichs⟧ ⟦P|605-555-0145⟧ says dog is vaccinated; tag # from ⟦LO|Pennington County⟧ not seen.
Exam: 2 puncture wounds + 4 cm superficial lac, no tendon/NV involvement.
Tx: copious irrigation, left open, Augmentin 875 BID x 5 d, Tdap up to date (⟦D|2096⟧). Rabies PEP not indicated if dog observed 10 days.
Report: ⟦O|Rapid City Police Department⟧ Animal Control, Officer ⟦N|Haakon Lindh⟧, report # ⟦I|AC-99-0706-12⟧.
Work: she is a ⟦PROF|mail carrier⟧ (⟦O|USPS⟧); work note for ⟦D|7/6⟧–⟦D|7/7⟧, desk duty ⟦D|7/8⟧. Employer ⟦O|OWCP⟧ form CA-1 filled.
Provider ⟦N|Emeka Oduya⟧, FNP-C · MA ⟦N|Shawna L.⟧
`);

note("admission-request-mixed", `
ED to Hospitalist — Admission Handoff (Epic bed request comment)        ⟦H|Conway Regional Medical Center⟧ ED        ⟦D|Jul 5⟧ 19:48
Requesting: Dr. ⟦N|Iñigo Echeverría-Holt⟧ (ED) ext ⟦P|3340⟧ → Hospitalist on call: Dr. ⟦N|Sasha Pomerantz⟧ (Vocera "⟦UN|hospitalist.nocturnist1⟧")
Pt: ⟦N|Huckabee, Wanda Faye⟧, 82F, MRN ⟦M|CRMC-0774419⟧, FIN ⟦I|CR99018744712⟧. From home in ⟦C|Greenbrier⟧ w/ husband ⟦N|Orville⟧.
One-liner: syncope on standing at ⟦O|First Baptist Church of Greenbrier⟧ potluck, HR 38 junctional, on metoprolol + diltiazem (dup. therapy from 2 pharmacies: ⟦O|Walmart Pharmacy #1147⟧ and ⟦O|Bell's Drug Store⟧). Atropine x1 in ED → HR 58. K 5.6. Trop neg.
Ask: tele admit, hold AV nodal agents, cardiology in AM (⟦O|Arkansas Heart Hospital Clinic⟧ Dr. ⟦N|Sadeghi⟧ is her cardiologist). Pads on. Zoll X Series at bedside.
Code: Full (confirmed w/ pt). Daughter ⟦N|Loretta Kaye Simms⟧ ⟦P|501-555-0155⟧ is 2nd contact.
Accepted 20:02 by Dr. ⟦N|Pomerantz⟧. Bed 3T-318.
`);

note("ed-social-work-mixed", `
ED Social Work Note        ⟦H|University Medical Center of El Paso⟧, ⟦C|El Paso⟧ ⟦STATE|TX⟧        ⟦D|07/06/2099⟧ 14:15        SW: ⟦N|Graciela Ontiveros-Baird⟧, LMSW
Pt: ⟦N|Abdirahman Warsame Hirsi⟧, 67M, MRN ⟦M|UMC-77104482⟧. Referred by RN ⟦N|Ximena⟧ for unsafe discharge (no housing, heat exposure).
Pt arrived by ⟦O|El Paso Fire Department⟧ from the bus stop at ⟦S|Mesa St⟧ & ⟦S|Executive Center Blvd⟧, heat exhaustion (T 39.4). Somali-speaking; interpreter ⟦N|Hodan⟧ via ⟦O|Propio⟧ (ID ⟦I|55182⟧).
Situation: came from ⟦C|Minneapolis⟧ 3 weeks ago to stay with nephew ⟦N|Mohamed Farah⟧, who moved; no phone for nephew. Has a ⟦STATE|Minnesota⟧ ID and ⟦O|Medica⟧ card (ID ⟦HP|MN044718221⟧) — out-of-network here.
Interventions: called ⟦O|Opportunity Center for the Homeless⟧ (intake ⟦N|Rosa⟧ ⟦P|915-555-0175⟧) — bed available tonight at ⟦S|1208 Myrtle Ave⟧. Gave cooling-center list (⟦O|City of El Paso⟧). Contacted ⟦O|Somali Community of El Paso⟧ imam Sheikh ⟦N|Abdullahi Nur⟧ ⟦P|915-555-0109⟧ who will help look for the nephew.
Bus pass from ⟦O|Sun Metro⟧ given. Meds filled via Meds-to-Beds (⟦O|UMC Outpatient Pharmacy⟧).
Plan: discharged 17:30 to shelter by ⟦O|Uber Health⟧ ride (trip ⟦I|UH-7X44Q8⟧). Follow-up at ⟦H|Centro San Vicente⟧ clinic ⟦D|7/9⟧. ⟦N|GOB⟧
`);

note("dot-drug-screen-mixed", `
Occupational Health — Post-Accident DOT Evaluation        ⟦H|Concentra Urgent Care - Bakersfield Central⟧        ⟦D|2099-07-06⟧
Donor/Employee: ⟦N|Travis Lee Underwood⟧        DOB ⟦D|03/30/1975⟧        CDL ⟦I|B4471829⟧ (⟦STATE|CA⟧)        Employee ID ⟦I|SWX-20441⟧
Employer: ⟦O|Sierra West Express Trucking⟧, ⟦S|3300 Buck Owens Blvd⟧, ⟦C|Bakersfield⟧ — DER ⟦N|Misty Caraballo⟧ ⟦P|661-555-0114⟧ ⟦E|mcaraballo@sierrawestx.com⟧
Event: tractor-trailer jackknife on ⟦LO|SR-58⟧ near ⟦C|Tehachapi⟧ ⟦D|7/5/99⟧ 23:10; ⟦O|California Highway Patrol⟧ report ⟦I|CHP-99-4471-BK⟧, Officer ⟦N|Vang⟧. Truck unit ⟦I|SWX-118⟧, plate ⟦I|CA 4RT8821⟧.
Collections: breath alcohol 0.000 (BAT ⟦N|L. Pham⟧, device ⟦DEV|ALCO-ES-447182⟧); urine split specimen CCF # ⟦I|0447182-CA⟧ to ⟦O|Quest Diagnostics⟧; MRO Dr. ⟦N|Harold Fishbein⟧.
Injuries: L shoulder strain, seatbelt abrasion. No LOC. Exam otherwise normal.
Work status: modified duty — no driving until MRO result; return ⟦D|July 9⟧ for recheck.
Workers' comp: ⟦O|Zenith Insurance⟧ claim ⟦I|ZN-99-0704471⟧. Provider ⟦N|Marcus Feliciano⟧, DO ⟦N|MF⟧
`);

note("tox-consult-mixed", `
Medical Toxicology Consult — ED        ⟦H|Holy Cross Hospital⟧, ⟦C|Nogales⟧ ⟦STATE|AZ⟧ (tele-tox from ⟦H|Banner - University Medical Center Phoenix⟧)        ⟦D|07/04/2099⟧
Consultant: ⟦N|Farida Ghorbani-Lutz⟧, MD (Medical Toxicology)        Requested by: Dr. ⟦N|Ezequiel Paz⟧ (ED)        Poison center case ⟦I|AZP-99-0704-2317⟧
Pt: ⟦N|Yazmín Corrales Ibarra⟧, 17F, MRN ⟦M|HCH-20044718⟧. Mother ⟦N|Leticia Ibarra⟧ ⟦P|520-555-0186⟧ (Spanish), lives in ⟦C|Rio Rico⟧; father in ⟦C|Guadalajara⟧ ⟦COUNTRY|Mexico⟧.
History: intentional ingestion of ~40 x 500 mg acetaminophen (Tylenol) after argument with boyfriend, est. time 06:00; told friend ⟦N|Daniela⟧ by Snapchat at 10:30 ⟦D|7/4⟧.
4-h level not possible (presented at 11:15). APAP level 11:40 = 168 mcg/mL, AST 44, INR 1.1. Above treatment line on Rumack-Matthew nomogram (when plotted at ~5.7 h).
Recs: N-acetylcysteine 21-h IV protocol (300 mg/kg total), check APAP/AST at end of infusion; no fomepizole needed. ECG QTc 448. Salicylate neg.
Disposition: PICU at ⟦H|Banner - University Medical Center Tucson⟧ if AST rises; otherwise peds floor at ⟦H|Holy Cross⟧; psych after medically clear — ⟦O|Community Health Associates⟧ crisis (⟦P|520-555-0112⟧).
School: ⟦O|Rio Rico High School⟧ counselor Mr. ⟦N|Alderete⟧ — mother asked that the school not be told.
⟦N|FGL⟧ · consult line ⟦P|602-555-0150⟧
`);

note("return-visit-review-mixed", `
72-Hour Return Visit Review (Quality) — ⟦H|Eastern Maine Medical Center⟧ ED, ⟦C|Bangor⟧ ⟦STATE|ME⟧        Reviewer: Dr. ⟦N|Siobhan McAllister-Tan⟧        ⟦D|07/09/2099⟧
Index visit: ⟦D|07/03/2099⟧ 22:14 — ⟦N|Cormier, Jean-Luc⟧ (MRN ⟦M|EMMC-4407718⟧), 52M, from ⟦C|Ellsworth⟧; seen by ⟦N|Braden Kilgore⟧, PA-C (supervising Dr. ⟦N|Aiko Winterbourne⟧). Dx: "musculoskeletal back pain". Discharged with ibuprofen.
Return: ⟦D|07/05/2099⟧ 06:40 via ⟦O|Northern Light Medical Transport⟧ — fever 39.6, new leg weakness. MRI: T10-11 epidural abscess. Taken to OR by Dr. ⟦N|Pelletier⟧ (neurosurgery).
Review: index visit had IVDU history (per ⟦H|Penobscot Community Health Care⟧ note via Care Everywhere), ESR not sent. Red flags not documented. Score: care deviation — yes (level 2).
Actions: feedback to ⟦N|B. Kilgore⟧ and Dr. ⟦N|Winterbourne⟧ (meeting ⟦D|7/14⟧). Added to APP education day ⟦D|August 2099⟧. Event report ⟦I|SE-2099-0771⟧ in RL6.
Patient contact: sister ⟦N|Genevieve Cormier-Dube⟧ called patient relations ⟦P|207-555-0137⟧; disclosure conversation held ⟦D|7/8⟧ by Dr. ⟦N|McAllister-Tan⟧ with risk manager ⟦N|Philippe Ouellette⟧.
`);

// ======================================================== lower case (6) ========================================================

note("resident-texts-lower", `
[text thread - ed residents - ⟦D|7/4/99⟧]
⟦N|priya⟧ 20:51: anyone know if dr. ⟦N|okwuosa⟧ is on tonight or ⟦N|lindstrom⟧
⟦N|marcus k⟧ 20:53: ⟦N|lindstrom⟧. ⟦N|okwuosa⟧ swapped w her for the ⟦DAY|fourth⟧
⟦N|priya⟧ 20:54: ugh ok. also rm 14 mrs ⟦N|delgado⟧ (⟦A|94⟧!!) daughter wants to talk to "the head doctor"
⟦N|marcus k⟧ 20:55: lol that's ⟦N|lindstrom⟧. she's in trauma 1 w the ⟦N|begaye⟧ kid
⟦N|tenzin⟧ 21:10: who has the pt from ⟦H|sells hospital⟧ (⟦O|tohono o'odham⟧)? transfer came in, ⟦N|wilfred antone⟧, mrn ⟦M|00447182⟧ — wait no that's his ⟦O|ihs⟧ chart, ours is ⟦M|bumc-5580041⟧
⟦N|priya⟧ 21:11: me. got it thx ⟦N|tenzin⟧
⟦N|tenzin⟧ 21:30: fyi pharmacy (⟦N|rahel⟧) says no more kcentra until 2300 restock, call x⟦P|5567⟧ if you need it
⟦N|marcus k⟧ 23:59: happy ⟦DAY|4th⟧ y'all 🎆 3 more fireworks hands incoming per ⟦O|golder ranch fire⟧
`);

note("ed-callback-log-lower", `
ed callback log - ⟦H|st. luke's⟧ ⟦C|duluth⟧ - callback rn ⟦N|becca lindahl⟧ - ⟦D|07/06/99⟧
0915 ⟦N|anderson, kyle⟧ (mrn ⟦M|slh2044718⟧) seen ⟦D|7/4⟧ for lac. called ⟦P|218-555-0163⟧ - doing ok, wound clean. reminded sutures out ⟦D|7/14⟧ at ⟦H|st. luke's lakeside urgent care⟧. ⟦N|bl⟧
0930 ⟦N|baraka, amani⟧ (mrn ⟦M|slh2044790⟧) - no answer, vm. 2nd attempt 1300 - spoke w/ pt. still vomiting - advised return. returned 1420 (dr ⟦N|sorensen-ikeda⟧). ⟦N|bl⟧
1010 ⟦N|thorsen, margit⟧ ⟦A|95⟧f (mrn ⟦M|slh2044802⟧) - dtr ⟦N|ingeborg⟧ answered ⟦P|218-555-0124⟧, pt back at ⟦H|ecumen lakeshore⟧, eating, no more falls. ⟦N|bl⟧
1040 ⟦N|guzman-prieto, luis alberto⟧ (mrn ⟦M|slh2044817⟧) - xr overread: subtle scaphoid fx missed on prelim (rad dr ⟦N|nakashima⟧). called pt, thumb spica + ortho ⟦O|northland orthopedics⟧ ⟦P|218-555-0191⟧ appt ⟦D|jul 8⟧. ⟦N|bl⟧
1115 ⟦N|white, jaxon⟧ 4m (mrn ⟦M|slh2044833⟧) - mom ⟦N|kassidy white⟧ - baby feeding well. urine cx neg final. ⟦N|bl⟧
1130 ⟦N|mcguire, patrick "paddy"⟧ (mrn ⟦M|slh2044851⟧) - address wrong on chart, letter returned from ⟦S|1620 w 3rd st⟧. updated to ⟦S|212 e 7th st⟧ ⟦C|superior⟧ ⟦STATE|wi⟧ ⟦Z|54880⟧ per pt. ⟦N|bl⟧
`);

note("triage-quick-notes-lower", `
triage quick notes (handwritten transcribed) - ⟦H|yakima valley memorial⟧ - ⟦D|jul 4 2099⟧
- 1802 ⟦N|esteban ruiz⟧ 9m dog bite r hand, mom ⟦N|alma⟧ here. dog is theirs, vaccinated. esi 4. rn ⟦N|kt⟧
- 1815 ⟦N|hank wolfe⟧ 61 cp since noon, ekg 1817 to dr ⟦N|abernathy⟧. esi 2. rn ⟦N|kt⟧
- 1840 ⟦N|marisol "mari" quintanilla⟧ 24 pregnant 30wk, ha + bp 162/104 -> l&d per protocol, called ⟦N|daphne⟧ on l&d x⟦P|4410⟧. rn ⟦N|kt⟧
- 1905 unknown man ~40s, brought by ⟦O|yakima police⟧ ofc ⟦N|sanchez⟧ #⟦I|221⟧, found down at ⟦LO|sarg hubbard park⟧, etoh. named himself "⟦N|joe smith⟧", id later -> ⟦N|joseph eagle speaker⟧ per ⟦STATE|wa⟧ dl ⟦I|eaglejf448kl⟧. esi 3. rn ⟦N|kt⟧
- 1930 ⟦N|priscilla wapato-nez⟧ 33 from ⟦C|toppenish⟧, migraine, asks for toradol/reglan "that worked last time". esi 4. rn ⟦N|dm⟧
- 2010 ⟦N|wen li⟧ 70 fall, on xarelto, hit head. cant ct head rule n/a (anticoag) -> ct ordered. son ⟦N|david li⟧ ⟦P|509-555-0158⟧. esi 2. rn ⟦N|dm⟧
triage rns: ⟦N|katie tran⟧ (⟦N|kt⟧), ⟦N|dominic mares⟧ (⟦N|dm⟧)
`);

note("portal-message-lower", `
mychart message - to: ⟦H|multicare urgent care - tacoma⟧ - from patient ⟦N|lani kealoha-freitas⟧ (⟦UN|lanikf88⟧) - sent ⟦D|7/7/2099⟧ 9:14 pm
hi, i was seen at your clinic on ⟦D|july 5th⟧ by dr. ⟦N|ortega⟧ for my back (lifted a pallet at ⟦O|costco⟧ on ⟦S|s 38th st⟧ where i work). my supervisor ⟦N|renee⟧ says she needs a note saying when i can go back and what i can lift, for ⟦O|sedgwick⟧ (claim ⟦I|3099447182-0001⟧). can you send it to her email ⟦E|rholt@costcocorp.example.com⟧ or fax ⟦F|253-555-0148⟧? also the muscle relaxer makes me super sleepy. my dob is ⟦D|11/21/1988⟧. thanks, ⟦N|lani⟧. my cell ⟦P|253-555-0183⟧

reply - ⟦D|7/8/2099⟧ 8:02 am - ⟦N|gabriel ortega⟧, do
hi ⟦N|lani⟧ - work status note is attached (light duty, no lifting > 15 lb until ⟦D|7/15⟧). we can't email it to your employer without a signed release; you can forward it from mychart or we can fax it once you sign the release at ⟦U|https://www.multicare.org/forms/roi⟧. take the cyclobenzaprine at night only. - dr. ⟦N|ortega⟧ / ma ⟦N|fernanda⟧
`);

note("charge-chat-lower", `
secure chat - ⟦D|07/05/2099⟧ - ed charge rn ⟦N|joanna pruitt⟧ <-> transfer center rn ⟦N|luis bracamontes⟧ (⟦H|memorial medical center⟧ ⟦C|las cruces⟧)
01:12 ⟦N|joanna pruitt⟧: hey ⟦N|luis⟧ - any word on a bed at ⟦H|unm⟧? pt ⟦N|fabian olguin-trujillo⟧, 19m, open femur fx + degloving, ortho trauma not available here tonight
01:14 ⟦N|luis bracamontes⟧: called ⟦H|unm⟧ transfer ctr 00:50, ref ⟦I|unmh-tc-990705-017⟧, waiting on dr ⟦N|salcido⟧ to call back. ⟦H|del sol medical center⟧ in ⟦C|el paso⟧ said yes as backup (dr ⟦N|abdelnour⟧)
01:15 ⟦N|joanna pruitt⟧: ok. mom is ⟦N|adriana olguin⟧ ⟦P|575-555-0142⟧, she's driving from ⟦C|deming⟧. dad ⟦N|rey trujillo⟧ works at ⟦O|white sands missile range⟧, unreachable till am
01:31 ⟦N|luis bracamontes⟧: ⟦H|unm⟧ accepted 01:29 dr ⟦N|salcido⟧. ⟦O|pafford air one⟧ lifting from ⟦LO|las cruces international airport⟧ 02:15. emtala form # ⟦I|mmc-em-0705-03⟧
01:32 ⟦N|joanna pruitt⟧: 🙌 ty. i'll send face sheet + imaging push (accession ⟦I|mmc99070511⟧)
01:50 ⟦N|luis bracamontes⟧: ⟦N|jo⟧ fyi crew lead is ⟦N|skyler dunaway⟧ rn, ph ⟦P|575-555-0119⟧ if they need report
`);

note("ems-coordinator-email-lower", `
from: ⟦N|ray tenorio⟧ <⟦E|rtenorio@cibolacountynm.example.org⟧>
to: ⟦E|ed-nursing-leadership@cibolageneral.example.org⟧
cc: dr. ⟦N|helen whitehorse⟧
date: ⟦DAY|wed⟧, ⟦D|8 jul 2099⟧ 07:15
subject: run review - incident ⟦I|99-07041185⟧ (cardiac arrest, ⟦C|grants⟧)

morning all,
attaching the pcr + zoll code summary for the arrest on ⟦D|7/4⟧ (pt ⟦N|leroy lente⟧, 58, ⟦LO|acoma pueblo⟧). medic ⟦I|42⟧ crew ⟦N|andy sisneros⟧ / ⟦N|tia garcia-ulibarri⟧. rosc x2 in field, lost in ed at ⟦H|cibola general hospital⟧, pronounced 21:02 by dr ⟦N|whitehorse⟧.
questions from our side: (1) the lucas was ours (asset ⟦DEV|luc-0447-cc⟧) and didn't come back with the crew - ⟦N|dee⟧ said it went to biomed? (2) family (wife ⟦N|evangeline lente⟧) asked our chaplain fr. ⟦N|gutierrez⟧ for the ed records; i pointed her to your hims office ⟦P|505-555-0190⟧.
monitor data also uploaded to our zoll online account (upload id ⟦I|zoll-99-4471882⟧). ip the cardiac monitor pushed from: ⟦IP|10.44.71.82⟧.
thanks - ⟦N|ray⟧
⟦N|ray tenorio⟧, nrp | ems coordinator | ⟦O|cibola county fire & ems⟧ | ⟦P|505-555-0181⟧
`);

write();
