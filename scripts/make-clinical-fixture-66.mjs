// Why this file exists: builds test/fixtures/clinical-notes-66.jsonl, a sixty-sixth labelled set of clinical texts
// written by hand in stop 62 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 63 and 64's generators, fixture-io.mjs, test/clinical-notes-64.test.ts and the
// older generators' lines holding pharmacies by store number, intersections, user names, URLs and IP addresses were
// read for the form and the labels; the other stop-62 fixture, written blind at the same time, was not read), in the
// register of TELEHEALTH AND PATIENT-PORTAL COMMUNICATION: patient-portal secure messages (patients writing informally,
// in lower case, with typos, signatures, nicknames, "my husband joe"), message threads with timestamps and user names,
// staff replies with signature blocks, telehealth video visit notes with the patient's location at the time of the
// visit (at home, in a parked car, at a daughter's house, at a campsite, at a library, at a summer camp across a state
// line), telepsychiatry, tele-PT, telestroke, teledermatology (store-and-forward eConsult), an originating-site note,
// school-based telehealth, tele-lactation, hospital at home, remote patient monitoring alerts, an RPM enrollment and a
// monthly summary (cuff, scale, glucometer, pulse oximeter and hub serials, IMEI, ICCID, MAC addresses), e-visit
// questionnaires and responses, after-visit summaries, nurse triage call logs, prescription refill queues and requests
// naming pharmacies by street, intersection and store number, an Rx transfer, appointment reminders by text and e-mail
// with join links, a two-way text log, a portal help-desk chat, a portal access audit with IP addresses, an IT ticket,
// interpreter-assisted video visits (Somali, ASL VRI, Mandarin), out-of-state licensure checks, caregiver proxy access
// requests and an authorisation, a release-of-information request, a grievance, a chronic care management call log.
// 10 in ALL CAPS, 10 in lower case, the rest (25) mixed.
// Regions (towns real or invented, states real): Bend, Redmond and Eugene/Springfield (Oregon); Kirkwood (Missouri);
// Browning (Blackfeet Reservation) and Billings; Sheboygan and Plymouth; El Paso and Las Cruces; Seattle, Kirkland and
// Redmond (Washington); Hanover and Gorham (New Hampshire), Rangeley (Maine); Iowa City and Cedar Rapids; Springfield
// and Petersburg (Illinois); Mount Vernon and Burlington (Washington); Chico; Ann Arbor and Ypsilanti; Hattiesburg and
// Laurel; Cedar Park and Leander; Washington Heights; Wethersfield; St. Petersburg (Florida); Rye and Portsmouth (New Hampshire); Lake Oswego;
// Spokane and Coeur d'Alene; Westerville; Benton, Bloomsburg and Danville (Pennsylvania); Naperville; Payson, Scottsdale and Show Low; Atlanta;
// Sioux Falls; Pasadena and Henderson; Cordova and Anchorage; Alamosa and San Luis; Boston and Quincy; Holladay;
// Sacramento; Radnor and Wayne; Washington, DC; Sneedville; Winston-Salem and Clemmons; Rochester and Fort Myers;
// Lee's Summit; Baton Rouge; Charlotte and Huntersville; Chicopee and Ludlow; Champaign, Urbana and Rantoul;
// Strongsville and Middleburg Heights.
// PHI forms sought: patients', spouses', children's, grandchildren's, neighbours', proxies', interpreters', staff and
// clinicians' names of many origins (Somali, Igbo, Yoruba, Akan, Kenyan, Congolese, Senegalese, Hmong, Vietnamese,
// Korean, Japanese, Chinese, Indian, Bengali, Tamil, Punjabi, Filipino, Native Hawaiian, Blackfeet, Navajo, Lakota,
// Alaska Native (Alutiiq), Mexican and Puerto Rican with two surnames, Romanian, Polish, Greek, Irish, Norwegian, Dutch,
// German, Cajun, Appalachian, African American), some of them English words (Stone, Young, Bird, Frost, Bell,
// Sterling, Ward, Price, Pike); nicknames, first names alone in chat and signatures ("- deb"), staff initials; user
// names and portal handles (USERNAME); portal, join and test URLs; IP addresses of an audit log, a help-desk chat, an
// IT ticket and an e-signature; e-mails; phones with extensions and a video relay number; faxes; pharmacies by brand,
// street, intersection and store number (the number cut out as ID); dates as "03/11/2099", "3/10", "2/19/2099",
// "2099-08-22", "Aug 4, 2099", "11-MAR-2099", "12 JAN 2099", "4 Mar 2099", "9-9-2099", "2-9-2099", month and year, a
// week's first day, bare years, weekdays (ignored); ages over 89; MRNs of many forms; alert, call, claim, ticket,
// session, batch, request, case, eConsult, photo, accession, Rx, order, tracking and grievance numbers, NPIs, DEA and
// licence numbers, meeting IDs (ID); Medicare MBI, plan and member numbers (HEALTHPLAN); serials of RPM cuffs, scales,
// glucometers, oximeters, hubs, carts, biosensors, tablets, a sleep-test device, IMEI/ICCID and MAC addresses (DEVICE).
// Hard negatives: drugs (amlodipine, lisinopril, metformin, oxycodone, sertraline, trazodone, albuterol,
// levothyroxine, prednisone, nitrofurantoin, losartan, atorvastatin, donepezil, glipizide, Lantus, semaglutide,
// rifampin, amoxicillin-clavulanate, triamcinolone, tamsulosin, finasteride, Jardiance, warfarin, furosemide, TNK,
// cefazolin, rizatriptan, sumatriptan, tramadol, acetaminophen, Tylenol, ibuprofen), devices and platforms (Omron,
// BodyTrace, Nonin, Withings BPM Connect, Masimo, FreeStyle Libre 3, LibreView, Epic, Haiku, MyChart, Zoom for
// Healthcare, Doxy.me, TeamViewer, Chrome, TytoCare, InTouch, AFHCAN, Dermlite, Spectra S1, iPad), scales and codes
// (PHQ-9, GAD-7, NIHSS, TUG, CPT 99454/99457/99458/99490/99422), programmes (RPM, CCM, Hospital at Home, e-visit).
// Labelling follows fixtures 63 and 64: weekdays are `ignored` (DAY), as are states and countries; clock times,
// durations, ages under 90, CPT codes, statute numbers and room or floor numbers are left unlabelled; titles (Dr., Mr.,
// Mrs., Ms.), degrees, credentials, relations and cue words stay outside the name, a suffix (JR) inside; hospitals,
// their clinics, virtual care centers and retirement residences are HOSPITAL; pharmacies, payers, vendors,
// interpreter services, schools, employers, law firms, police and EMS agencies are ORGANIZATION; a store's number after
// "#" is ID; reservations, counties, parks, a lake, a neighbourhood and a condominium are LOCATION-OTHER; each street of an
// intersection is its own STREET; a portal user name or a chat handle is USERNAME, including a guest handle.
// Every person, town, street, organisation and number is invented here (states, large cities and a few large
// companies and health systems are real, named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-64 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-66.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-66.jsonl", "make-clinical-fixture-66");
// ======================================================== ALL CAPS (10) ========================================================

note("rpm-bp-alert-caps", `
⟦O|CASCADE VIRTUAL CARE⟧ REMOTE PATIENT MONITORING - ALERT QUEUE   PRINTED ⟦D|03/11/2099⟧ 07:02
ALERT #⟦I|RPM-99-0311-0447⟧   SEVERITY: RED   PROGRAM: HYPERTENSION RPM (CPT 99454)
PATIENT: ⟦N|HOLLOWAY, BERNADETTE⟧   DOB ⟦D|07/19/2041⟧   MRN ⟦M|SCH-4471882⟧   ENROLLED ⟦D|11/02/2098⟧
DEVICE: OMRON BP7450 CELLULAR CUFF SN ⟦DEV|BP7450-2209-81736⟧   HUB ID ⟦DEV|HUB-CV-00447-OR⟧   SIM ICCID ⟦DEV|8901260447718822910⟧
READINGS: ⟦D|3/10⟧ 21:14 188/104 HR 92;  ⟦D|3/10⟧ 21:19 182/101 HR 88;  ⟦D|3/11⟧ 06:40 176/98 HR 84.
CALL TO PT ⟦P|541-555-0172⟧ 07:15 - NO ANSWER, VM LEFT. CALLED HUSBAND ⟦N|GERALD HOLLOWAY⟧ ⟦P|541-555-0139⟧: PT AT HER SISTER ⟦N|RUTHANNE PIKE⟧'S IN ⟦C|REDMOND⟧ SINCE ⟦DAY|MONDAY⟧, TOOK CUFF WITH HER; MISSED AMLODIPINE X2 DAYS.
SYMPTOMS: MILD HEADACHE, NO CHEST PAIN, NO VISION CHANGE, NO WEAKNESS.
ACTION: RESUME AMLODIPINE 10 MG TODAY; RECHECK IN 2 H; VIDEO VISIT BOOKED ⟦D|3/12⟧ 10:30 WITH DR. ⟦N|TEODORO BASILIO⟧ (PCP, ⟦H|ST. CHARLES FAMILY CARE BEND⟧).
RX SENT TO ⟦O|FRED MEYER PHARMACY⟧ #⟦I|00618⟧, ⟦S|61535 S HIGHWAY 97⟧, ⟦C|BEND⟧ ⟦STATE|OR⟧ ⟦Z|97702⟧.
RN: ⟦N|KELSEY MARCHBANKS⟧, RN, RPM NURSE   EXT ⟦P|4418⟧   ⟦E|KMARCHBANKS@CASCADEVC-EXAMPLE.ORG⟧
`);

note("nurse-triage-log-caps", `
⟦H|MERCY VIRTUAL⟧ NURSE ADVICE LINE - CALL LOG   ⟦D|SAT 08 FEB 2099⟧
CALL ID ⟦I|NAL-2099-020801447⟧   ARRIVED 02:14   CALLBACK NUMBER ⟦P|(314) 555-0186⟧
CALLER: ⟦N|DWAYNE OKONJO-PRICE⟧ (FATHER)   PATIENT: ⟦N|OKONJO-PRICE, ZURI⟧   DOB ⟦D|05/30/2097⟧   AGE 20 MO
PCP: DR ⟦N|ABIGAIL FENWICK⟧, ⟦H|MERCY KIDS PEDIATRICS KIRKWOOD⟧
LOCATION OF CALLER: HOME, ⟦S|814 N GEYER RD⟧, ⟦C|KIRKWOOD⟧ ⟦STATE|MO⟧ ⟦Z|63122⟧
PROTOCOL: FEVER - CHILD (SCHMITT-THOMPSON). TEMP 103.1 RECTAL AT 01:50, TYLENOL 160 MG AT 00:30. DRINKING, WET DIAPER 01:00, CONSOLABLE, NO RASH, NO STIFF NECK, BREATHING NORMAL.
DISPOSITION: SEE WITHIN 24 H. CARE ADVICE GIVEN; IBUPROFEN 100 MG OK AFTER 6 MO.
CALLER AGREES. APPT ⟦D|02/08⟧ 09:40 AT ⟦H|MERCY KIDS PEDIATRICS KIRKWOOD⟧, ⟦S|10 S KIRKWOOD RD⟧. MOTHER ⟦N|NKECHI⟧ TO BRING HER.
PHARMACY ON FILE: ⟦O|WALGREENS⟧ #⟦I|03312⟧ (⟦S|MANCHESTER RD⟧ AND ⟦S|KIRKWOOD RD⟧) ⟦P|314-555-0120⟧.
RN: ⟦N|TAMMY SCHNEIDERHAN⟧, RN (MO LIC ⟦I|2014004471⟧)   ROUTED TO DR ⟦N|FENWICK⟧ INBASKET.
`);

note("telehealth-visit-caps", `
TELEHEALTH VIDEO VISIT - ⟦H|BILLINGS CLINIC⟧ INTERNAL MEDICINE
DATE OF SERVICE: ⟦D|APRIL 14, 2099⟧   PLATFORM: EPIC VIDEO (HAIKU)   START 13:02  END 13:29
PATIENT: ⟦N|WOLFCHILD, MARLENE⟧   DOB ⟦D|01/08/2049⟧   MRN ⟦M|BC00447186⟧
PATIENT LOCATION AT TIME OF VISIT: HOME, ⟦S|1120 BOX ELDER ST⟧, ⟦C|BROWNING⟧, ⟦STATE|MT⟧ ⟦Z|59417⟧ (⟦LO|BLACKFEET RESERVATION⟧, ⟦LO|GLACIER COUNTY⟧).
PROVIDER LOCATION: ⟦H|BILLINGS CLINIC⟧ MAIN CAMPUS, ⟦S|2800 10TH AVE N⟧, ⟦C|BILLINGS⟧.
CONSENT: VERBAL CONSENT TO TELEHEALTH, PATIENT IDENTITY CONFIRMED BY NAME AND DOB. DAUGHTER ⟦N|JOLENE WOLFCHILD-TATSEY⟧ PRESENT TO HELP WITH TABLET.
CC: DIABETES FOLLOW-UP. A1C 8.4 (⟦D|4/2/99⟧ AT ⟦H|BLACKFEET COMMUNITY HOSPITAL⟧). FREESTYLE LIBRE 3 SENSOR DATA SHARED VIA LIBREVIEW: TIME IN RANGE 52%.
PLAN: INCREASE LANTUS TO 28 UNITS; SEMAGLUTIDE 0.5 MG WEEKLY. LABS AT ⟦H|BLACKFEET COMMUNITY HOSPITAL⟧ LAB IN 3 MO. PODIATRY ⟦D|MAY 2099⟧.
CONNECTION DROPPED ONCE (13:11), CONTINUED BY PHONE ⟦P|406-555-0158⟧.
⟦N|ANDERS LINDGREN-HALE⟧, MD   MT LICENSE ⟦I|MED-44718⟧
`);

note("refill-queue-caps", `
PRESCRIPTION REFILL REQUESTS - PORTAL QUEUE - ⟦H|LAKESHORE FAMILY MEDICINE⟧, ⟦C|SHEBOYGAN⟧ ⟦STATE|WI⟧   ⟦D|10/06/2099⟧
1. ⟦N|KRUEGER, DALE⟧ (⟦D|2/14/2046⟧) - LISINOPRIL 20 MG #90 TO ⟦O|WALGREENS⟧ ON ⟦S|14TH ST⟧ AND ⟦S|NORTH AVE⟧. LAST BMP ⟦D|8/29/99⟧. APPROVED - DR. ⟦N|ROSALIND ACHTERBERG⟧.
2. ⟦N|VANG, PAO⟧ (⟦D|11/01/2062⟧) - METFORMIN 1000 MG BID TO ⟦O|CVS⟧ #⟦I|8832⟧, ⟦C|SHEBOYGAN FALLS⟧. NEEDS A1C - LAB ORDER SENT, PT'S SON ⟦N|KOU⟧ NOTIFIED VIA PROXY ⟦UN|KOUVANG88⟧.
3. ⟦N|MEEKS, HARLAN J⟧ (⟦D|6/6/2039⟧) - OXYCODONE 5 MG: DENIED VIA PORTAL, CONTROLLED SUBSTANCE, NEEDS VISIT. PDMP CHECKED ⟦D|10/06/99⟧. APPT OFFERED ⟦D|10/9⟧.
4. ⟦N|STONE, HUNTER⟧ (⟦D|3/3/2071⟧) - SERTRALINE 100 MG TO ⟦O|MEIJER PHARMACY⟧ #⟦I|217⟧ ⟦P|920-555-0114⟧. APPROVED 90 DAYS.
5. ⟦N|ABUBAKAR, HALIMA⟧ (⟦D|9/17/2080⟧) - ALBUTEROL HFA, MAIL ORDER ⟦O|EXPRESS SCRIPTS⟧ MEMBER ⟦HP|ESI447182906⟧. APPROVED.
6. ⟦N|BIRD, CLARENCE⟧ (⟦D|12/22/2044⟧) - LEVOTHYROXINE 88 MCG; PHARMACY CHANGED TO ⟦O|PIGGLY WIGGLY PHARMACY⟧ ⟦C|PLYMOUTH⟧ PER PT MSG ⟦D|10/5⟧. APPROVED.
REVIEWED BY ⟦N|JANELLE OOSTERHOUSE⟧, CMA   ⟦N|JO⟧   FAXES CONFIRMED FROM ⟦F|920-555-0199⟧
`);

note("portal-access-audit-caps", `
PATIENT PORTAL ACCESS AUDIT - PRIVACY OFFICE CASE ⟦I|PRV-2099-0147⟧
SYSTEM: MYCHART (⟦U|HTTPS://MYCHART.RIVERBENDHEALTH-EXAMPLE.ORG⟧)   REQUESTED BY: ⟦N|CANDACE OYELARAN⟧, PRIVACY ANALYST
SUBJECT ACCOUNT: ⟦N|FITZGERALD, NOREEN⟧   MRN ⟦M|RB7704418⟧   PORTAL USER ⟦UN|NFITZ1962⟧   EMAIL ON FILE ⟦E|NOREEN.FITZ62@EXAMPLE.NET⟧
COMPLAINT ⟦D|06/21/2099⟧: PATIENT REPORTS EX-HUSBAND ⟦N|DESMOND FITZGERALD⟧ KNEW HER TEST RESULTS.
LOGIN EVENTS:
⟦D|06/02/2099⟧ 22:41:09  ⟦UN|NFITZ1962⟧  ⟦IP|73.221.46.190⟧  SUCCESS  (⟦C|EUGENE⟧ ⟦STATE|OR⟧ GEO)
⟦D|06/09/2099⟧ 03:12:55  ⟦UN|NFITZ1962⟧  ⟦IP|174.204.18.77⟧  SUCCESS  (⟦C|SPRINGFIELD⟧ ⟦STATE|OR⟧ GEO) - VIEWED LAB RESULTS
⟦D|06/09/2099⟧ 03:14:20  ⟦UN|NFITZ1962⟧  ⟦IP|174.204.18.77⟧  DOWNLOAD VISIT SUMMARY
⟦D|06/15/2099⟧ 19:05:41  ⟦UN|NFITZ1962⟧  ⟦IP|73.221.46.190⟧  SUCCESS
PROXY LIST: NONE. PASSWORD LAST CHANGED ⟦D|01/04/2097⟧.
ACTION: ACCOUNT LOCKED ⟦D|6/21/99⟧, RESET LINK SENT TO NEW EMAIL ⟦E|NFITZGERALD.NEW@EXAMPLE.COM⟧; 2-STEP VERIFICATION TO CELL ⟦P|458-555-0165⟧.
REFERRED TO ⟦O|SPRINGFIELD POLICE DEPARTMENT⟧ PER PATIENT REQUEST, OFFICER ⟦N|L. NAKAMURA-BELL⟧, REPORT ⟦I|SPD-99-18846⟧.
`);

note("appt-reminder-batch-caps", `
AUTOMATED APPOINTMENT REMINDERS - BATCH ⟦I|AR-0447-2099-0915⟧ - SENT ⟦D|09/15/2099⟧ 18:00 VIA TEXT AND EMAIL
TO ⟦N|ESPERANZA VILLALOBOS⟧ (⟦P|915-555-0104⟧): YOUR VIDEO VISIT WITH DR. ⟦N|ISAAC MONTEZ⟧ IS ⟦DAY|WED⟧ ⟦D|SEP 17⟧ AT 9:20 AM. JOIN: ⟦U|HTTPS://VISIT.DESERTSKYHEALTH-EXAMPLE.COM/J/884471⟧. REPLY C TO CONFIRM.
TO ⟦N|ROY LEE TUBBS⟧ (⟦P|575-555-0118⟧): IN-PERSON VISIT ⟦DAY|THU⟧ ⟦D|SEP 18⟧ 2:40 PM AT ⟦H|DESERT SKY CLINIC LAS CRUCES⟧, ⟦S|2450 S TELSHOR BLVD⟧ SUITE 110, ⟦C|LAS CRUCES⟧ ⟦STATE|NM⟧ ⟦Z|88011⟧. ARRIVE 15 MIN EARLY.
TO ⟦N|MINH-CHAU DOAN⟧ (⟦E|MCDOAN@EXAMPLE.ORG⟧): TELEPHONE VISIT ⟦D|9/18⟧ 4:00 PM WITH ⟦N|KAREN ZIMMERLI⟧, NP. WE WILL CALL ⟦P|915-555-0177⟧.
TO ⟦N|OSVALDO REYES JR⟧ (⟦P|915-555-0162⟧): LAB ONLY ⟦D|9/19⟧ AT ⟦H|DESERT SKY CLINIC EASTSIDE⟧, ⟦S|11990 PEBBLE HILLS BLVD⟧, ⟦C|EL PASO⟧ ⟦Z|79936⟧. FASTING.
TO ⟦N|LORNA ABERCROMBIE⟧ (⟦P|575-555-0193⟧): VIDEO VISIT ⟦D|9/19⟧ 11:00 AM. TEST YOUR DEVICE AT ⟦U|HTTPS://VISIT.DESERTSKYHEALTH-EXAMPLE.COM/TEST⟧.
DELIVERY FAILURES: ⟦P|575-555-0118⟧ (LANDLINE, NO SMS) - ROUTED TO CALL LIST FOR ⟦N|M. QUINTANA⟧.
`);

note("interpreter-video-visit-caps", `
INTERPRETER-ASSISTED VIDEO VISIT - ⟦H|HARBORVIEW MEDICAL CENTER⟧ REFUGEE CLINIC
DATE: ⟦D|11-MAR-2099⟧   PATIENT: ⟦N|ABDIRAHMAN, FARHIYA⟧   DOB: ⟦D|01-JAN-2068⟧   MRN: ⟦M|H4471826⟧
LANGUAGE: SOMALI. INTERPRETER ⟦N|MUKHTAR HIRSI⟧, ID ⟦I|SOM-0447⟧, VIA ⟦O|CYRACOM⟧ THREE-WAY VIDEO (SESSION ⟦I|CY-99-311-04471⟧).
PATIENT LOCATION: HOME, ⟦S|4720 S HOLLY ST⟧ APT 207, ⟦C|SEATTLE⟧ ⟦STATE|WA⟧ ⟦Z|98118⟧. SON ⟦N|ABDIWALI⟧ (16) HELPED CONNECT BUT LEFT ROOM FOR PRIVACY.
HPI: 31 YO WITH LATENT TB ON RIFAMPIN MONTH 3 OF 4, REPORTS ORANGE URINE, NO RASH, NO NAUSEA. PILL COUNT SHOWN ON CAMERA.
ALSO ASKS ABOUT HUSBAND ⟦N|YUSUF ABDIRAHMAN⟧ - ADVISED HE CALL ⟦H|INTERNATIONAL MEDICINE CLINIC⟧ ⟦P|206-555-0127⟧.
LABS: LFT ⟦D|3/1/99⟧ NORMAL. NEXT: FINAL MONTH PICKUP AT ⟦O|KELLEY-ROSS PHARMACY⟧, ⟦S|1121 BROADWAY⟧.
CASE MANAGER ⟦N|HODAN WARSAME-ELMI⟧ (⟦O|IRC SEATTLE⟧) ⟦P|206-555-0141⟧ NOTIFIED.
⟦N|ELEANOR PATEL-VOSS⟧, MD   ⟦N|EPV⟧/⟦N|MH⟧
`);

note("out-of-state-licensure-caps", `
TELEHEALTH LICENSURE VERIFICATION - PRE-VISIT HOLD
⟦H|DARTMOUTH HEALTH⟧ CONNECTED CARE   REVIEWER: ⟦N|PRIYA RAMANATHAN-COOKE⟧   ⟦D|07/28/2099⟧
PATIENT: ⟦N|BEAUCHESNE, GILLES⟧   MRN ⟦M|DH0447186⟧   HOME ADDRESS: ⟦S|38 POND VIEW LN⟧, ⟦C|HANOVER⟧ ⟦STATE|NH⟧ ⟦Z|03755⟧
SCHEDULED: VIDEO VISIT ⟦D|07/30/2099⟧ WITH DR. ⟦N|MIRIAM TALLIS⟧ (CARDIOLOGY), LICENSED NH ⟦I|NH-16447⟧ AND VT ⟦I|042.0114471⟧.
PRE-VISIT CALL ⟦D|7/28⟧: PATIENT WILL BE AT SUMMER CAMP ⟦S|112 LOON LAKE RD⟧, ⟦C|RANGELEY⟧, ⟦STATE|MAINE⟧ ⟦Z|04970⟧ ⟦D|JULY 20⟧ THROUGH ⟦D|AUGUST 15⟧.
DR ⟦N|TALLIS⟧ NOT LICENSED IN ⟦STATE|MAINE⟧; ME INTERSTATE COMPACT LETTER NOT ON FILE.
OPTIONS GIVEN: (1) DRIVE TO ⟦C|GORHAM⟧ ⟦STATE|NH⟧ FOR VISIT (WIFE ⟦N|SOLANGE⟧ CAN DRIVE); (2) RESCHEDULE AFTER ⟦D|8/15⟧; (3) VISIT WITH DR. ⟦N|KWAME ADJEI-BOATENG⟧ (ME LICENSE ⟦I|MD-27714⟧).
PATIENT CHOSE (1): LOCATION FOR VISIT ⟦O|GORHAM PUBLIC LIBRARY⟧ STUDY ROOM, ⟦S|35 PROSPECT ST⟧, ⟦C|GORHAM⟧ ⟦STATE|NH⟧.
CELL ⟦P|603-555-0171⟧.  NOTE COPIED TO SCHEDULER ⟦N|B. OUELLETTE⟧.
`);

note("proxy-access-request-caps", `
CAREGIVER PROXY ACCESS REQUEST - ⟦H|UNIVERSITY OF IOWA HEALTH CARE⟧ MYCHART
FORM RECEIVED ⟦D|02/03/2099⟧ BY FAX ⟦F|319-555-0166⟧   REQUEST #⟦I|PXY-990203-118⟧
PATIENT: ⟦N|HERMANSON, VIOLET MAE⟧   DOB ⟦D|10/11/2005⟧   AGE ⟦A|93⟧   MRN ⟦M|U00447182⟧
PATIENT ADDRESS: ⟦H|OAKNOLL RETIREMENT RESIDENCE⟧, ⟦S|1200 OAKNOLL DR⟧ APT 214, ⟦C|IOWA CITY⟧ ⟦STATE|IA⟧ ⟦Z|52246⟧
PROXY REQUESTED: ⟦N|CHARLOTTE HERMANSON-DVORAK⟧ (DAUGHTER)   DOB ⟦D|04/25/2034⟧   ⟦E|CHARDVORAK@EXAMPLE.COM⟧   ⟦P|319-555-0103⟧
SECOND PROXY: ⟦N|WILLIAM "BILL" HERMANSON⟧ (SON), ⟦C|CEDAR RAPIDS⟧, ⟦P|319-555-0149⟧
ACCESS LEVEL: FULL (MESSAGING, RESULTS, SCHEDULING, BILLING).
DOCUMENTS: DURABLE POA FOR HEALTH CARE DATED ⟦D|MARCH 9, 2091⟧, WITNESS ⟦N|ARLENE KOTZ⟧, NOTARY ⟦N|DENNIS MCGREW⟧ COMMISSION ⟦I|IA-774418⟧.
PATIENT SIGNATURE OBTAINED AT BEDSIDE BY SOCIAL WORKER ⟦N|TOMASZ WIERZBICKI⟧, LISW ⟦D|1/30/99⟧.
APPROVED ⟦D|2/4/99⟧ - PROXY LOGINS CREATED: ⟦UN|CHARDVORAK34⟧, ⟦UN|BHERMANSON⟧. ACTIVATION CODES MAILED.
`);

note("rpm-weight-chf-caps", `
HEART FAILURE RPM - DAILY EXCEPTION REPORT   ⟦O|PRAIRIE HEART INSTITUTE⟧ / ⟦H|ST. JOHN'S HOSPITAL⟧ ⟦C|SPRINGFIELD⟧ ⟦STATE|IL⟧   ⟦D|12 JAN 2099⟧
PT 1: ⟦N|GRUBBS, EARLINE⟧  MRN ⟦M|SJ-2204471⟧  SCALE BODYTRACE SN ⟦DEV|BT004-471-8826⟧  WT 212.4 (+4.1 LB / 48 H)  - CALLED, ANKLES SWOLLEN, ATE HAM AT GRANDSON ⟦N|TYLER⟧'S BIRTHDAY ⟦D|1/10⟧. EXTRA FUROSEMIDE 40 PER DR ⟦N|NWANKWO⟧.
PT 2: ⟦N|DECKER, AMOS⟧  MRN ⟦M|SJ-2207718⟧  SCALE SN ⟦DEV|BT004-471-9930⟧  NO READING 3 DAYS. WIFE ⟦N|LORETTA DECKER⟧ ⟦P|217-555-0135⟧: SCALE AT THEIR FARM ⟦S|RR 2 BOX 71⟧, ⟦C|PETERSBURG⟧; PT IN ⟦H|MEMORIAL MEDICAL CENTER⟧ SINCE ⟦D|1/9⟧ (ADMITTED FOR PNEUMONIA).
PT 3: ⟦N|YOUNG, PEARL⟧  MRN ⟦M|SJ-2201934⟧  SCALE SN ⟦DEV|BT004-470-1122⟧  WT 151.0 (-0.2). PULSE OX ⟦DEV|NONIN-3230-88417⟧ SPO2 91% - CALLED ⟦P|217-555-0190⟧, BASELINE. NO ACTION.
PT 4: ⟦N|ESCOBEDO, RAMIRO⟧  MRN ⟦M|SJ-2209005⟧  WT 188.9 (+2.8 / 24 H). SPANISH; CALLED DAUGHTER ⟦N|YESENIA ESCOBEDO⟧ ⟦P|217-555-0128⟧. TELEHEALTH VISIT ⟦D|1/13⟧ WITH ⟦N|ANGELA BRIGHTWATER⟧, APRN.
HUB OFFLINE: ⟦N|FROST, WENDELL⟧ HUB ⟦DEV|CG-HUB-0447-1187⟧ - TECH ⟦N|MARCUS LEE⟧ FROM ⟦O|CARESIMPLE⟧ TO CALL ⟦P|217-555-0156⟧.
RN REVIEW: ⟦N|DANA KOPECKY⟧, RN   ⟦N|DK⟧ 10:45
`);
// ======================================================== lower case (10) ========================================================

note("portal-msg-deb-lower", `
secure message - ⟦H|riverside family health⟧ patient portal
from: ⟦N|deborah kittredge⟧ (⟦UN|debkitt57⟧)   to: dr. ⟦N|lomax⟧'s care team   sent ⟦D|2/19/2099⟧ 10:48 pm
subject: still coughing
hi its me again. the cough from when i saw dr ⟦N|lomax⟧ on the video thing ⟦D|feb 6⟧ is not gone and now my husband ⟦N|joe⟧ has it to. i finished the prednisone ⟦DAY|sunday⟧. no fever but i cant sleep. can you call something in? i use the ⟦O|walgreens⟧ on ⟦S|5th⟧ and ⟦S|main⟧ in ⟦C|mount vernon⟧ not the one by the mall. also my daughter ⟦N|kayla⟧ says i should get a chest xray? im at my moms in ⟦C|burlington⟧ til ⟦DAY|thurs⟧ so call my cell ⟦P|360-555-0143⟧ not the house.
thanks
- ⟦N|deb⟧
ps my insurance changed to ⟦O|premera⟧ in ⟦D|january⟧, member id ⟦HP|prm447182006⟧. and my email is ⟦E|debkitt57@example.com⟧ now not the old one. my dob is ⟦D|6/14/57⟧ if you need it
---
reply ⟦D|2/20/2099⟧ 8:31 am from ⟦N|tiffany ostrowski⟧, lpn for dr ⟦N|owen lomax⟧ (⟦H|skagit regional clinics⟧ ⟦C|mount vernon⟧): hi ⟦N|deb⟧, dr ⟦N|lomax⟧ wants a chest xray first - order is in for ⟦H|skagit valley hospital⟧ imaging, ⟦S|1415 e kincaid st⟧, walk in until 7. we updated your pharmacy and insurance. ⟦N|joe⟧ will need his own visit, you can book him at ⟦P|360-555-0100⟧. - ⟦N|tiffany⟧
`);

note("portal-thread-husband-lower", `
message thread #⟦I|mt-88104471⟧ - ⟦H|north valley internal medicine⟧
[⟦D|05/03/2099⟧ 07:12] ⟦UN|rosie.tamayo⟧: good morning, my husband ⟦N|eddie⟧ (⟦N|eduardo tamayo⟧ dob ⟦D|8/30/51⟧) fell last night getting out of the tub. hes ok i think but his wrist is puffy. do we need to come in or can dr. ⟦N|sokolova⟧ look at it on video?
[⟦D|05/03/2099⟧ 08:40] ⟦N|briana⟧ (ma): hi mrs. ⟦N|tamayo⟧, i'm sorry to hear that. with a fall and wrist swelling he should have an xray. dr. ⟦N|sokolova⟧ can see him in person at 11:15 today at the ⟦C|chico⟧ office, ⟦S|251 cohasset rd⟧. does that work?
[⟦D|05/03/2099⟧ 08:52] ⟦UN|rosie.tamayo⟧: we dont have a ride til our son ⟦N|marco⟧ gets off work at 3. hes at ⟦O|sierra nevada brewing⟧
[⟦D|05/03/2099⟧ 09:05] ⟦N|briana⟧ (ma): we can do 3:45 with ⟦N|pete gundersen⟧, pa-c. please bring his med list. if he gets dizzy or hits his head go to ⟦H|enloe⟧ er.
[⟦D|05/03/2099⟧ 09:06] ⟦UN|rosie.tamayo⟧: ok thank you mija
[⟦D|05/03/2099⟧ 16:58] ⟦N|pete gundersen⟧, pa-c: xray shows a small distal radius fracture, splint placed. referral to ⟦O|chico orthopedic group⟧ (⟦P|530-555-0134⟧) sent, they will call. fax to ortho ⟦F|530-555-0135⟧ done.
`);

note("e-visit-uti-lower", `
e-visit questionnaire: urinary symptoms (women 18-64) - submitted ⟦D|2099-08-22⟧ 06:31
patient: ⟦N|shreya venkataraman⟧   dob: ⟦D|1983-12-09⟧   portal id ⟦UN|shreyav⟧   mrn ⟦M|00771446⟧
current location (required for prescribing): ⟦S|2207 larkspur ct⟧, ⟦C|ann arbor⟧, ⟦STATE|mi⟧ ⟦Z|48105⟧
q1 burning with urination? yes, started ⟦D|aug 20⟧
q2 fever, chills, back pain? no
q3 pregnant or could be? no, lmp ⟦D|8/8/99⟧
q4 allergies: sulfa (hives)
q5 last uti: ⟦D|march⟧ - treated by ⟦H|u-m health urgent care⟧ ⟦C|ypsilanti⟧
q6 preferred pharmacy: ⟦O|kroger pharmacy⟧ on ⟦S|plymouth rd⟧ ⟦P|734-555-0187⟧
q7 anything else? i travel to ⟦C|toronto⟧ ⟦COUNTRY|canada⟧ for work ⟦DAY|friday⟧, need it before
---
e-visit response ⟦D|8/22/99⟧ 09:14, ⟦N|catherine obi⟧, np (⟦H|michigan medicine⟧ virtual care): nitrofurantoin 100 mg bid x 5 days sent to ⟦O|kroger⟧. urine culture not needed. if fever or flank pain go to urgent care. billed e-visit 99422.
`);

note("sms-reminder-replies-lower", `
two-way text log - ⟦O|brightline scheduling⟧ for ⟦H|magnolia community health center⟧ ⟦C|hattiesburg⟧
⟦D|11/14/99⟧ 17:00 out to ⟦P|601-555-0116⟧: hi ⟦N|latrice⟧, reminder: video visit w/ dr. ⟦N|beaulieu⟧ ⟦D|11/15⟧ 8:30am. link: ⟦U|https://mchc-example.org/v/44718⟧
17:04 in: this is her mother ⟦N|odessa⟧, ⟦N|latrice⟧ in the hospital at ⟦H|forrest general⟧ since ⟦DAY|tuesday⟧ can yall move it
17:20 out (⟦N|k. hollins⟧): sorry to hear. rescheduled to ⟦D|11/29⟧ 8:30am. we hope she feels better.
⟦D|11/14/99⟧ 17:00 out to ⟦P|601-555-0181⟧: hi ⟦N|curtis⟧, reminder: in-person visit ⟦D|11/15⟧ 10:00am at ⟦S|4205 hardy st⟧ ste 1, ⟦C|hattiesburg⟧. reply c to confirm.
17:31 in: c. and is ms. ⟦N|thigpen⟧ still there
17:33 out (⟦N|k. hollins⟧): yes ms. ⟦N|thigpen⟧ is your nurse tomorrow.
⟦D|11/14/99⟧ 17:00 out to ⟦P|601-555-0122⟧: hi ⟦N|jamie⟧, reminder: telephone visit ⟦D|11/15⟧ 1:00pm.
18:42 in: wrong number this is ⟦N|doug⟧ in ⟦C|laurel⟧
18:50 out (⟦N|k. hollins⟧): sorry, removed. flagged chart of ⟦N|jamie pittman⟧ (⟦M|mchc-30417⟧) to update phone.
`);

note("refill-msg-cvs-lower", `
portal message to ⟦H|cedar park primary care⟧ - ⟦D|jan 4 2099⟧ 3:17 pm
from ⟦N|hank delacroix⟧ ⟦UN|hdelacroix⟧
need my blood pressure pills and the cholesterol one refilled please. i moved so send to ⟦O|cvs⟧ #⟦I|4471⟧ at ⟦S|1890 e whitestone blvd⟧ in ⟦C|cedar park⟧ instead of the ⟦O|heb⟧ in ⟦C|leander⟧. new address ⟦S|603 ranch road 1431⟧ apt 9 ⟦C|cedar park⟧ ⟦Z|78613⟧. my daughter in law ⟦N|crystal⟧ picks them up so her name is on it too. phone ⟦P|512 555 0178⟧
⟦N|hank⟧
reply ⟦D|1/5/2099⟧ 8:02 am ⟦N|monica reyes-pham⟧, lvn: hi mr. ⟦N|delacroix⟧, losartan 50 and atorvastatin 40 sent to ⟦O|cvs⟧ #⟦I|4471⟧ (⟦P|512-555-0199⟧). we updated your address. you are due for labs before ⟦D|feb 15⟧, order is in. thanks, ⟦N|monica⟧ for dr. ⟦N|farouk⟧
`);

note("teen-portal-lower", `
portal msg (adolescent confidential) - ⟦H|adolescent health center at mount sinai⟧
from ⟦UN|xo.nayeli.xo⟧ (⟦N|nayeli castañeda⟧, 16) ⟦D|10/27/2099⟧ 11:52 pm
hey is this private?? i dont want my mom seeing this. i think i need plan b or something, it was ⟦DAY|saturday⟧. im at my friend ⟦N|destiny⟧s house in ⟦LO|washington heights⟧ rn. can i get it without my parents. my number is ⟦P|646-555-0120⟧ text only pls
reply ⟦D|10/28/2099⟧ 7:45 am from ⟦N|ruth anne kowalski⟧, np: hi ⟦N|nayeli⟧, yes, messages marked confidential are not shared with your parent's proxy account. you can get emergency contraception today at any pharmacy without a prescription, or come to our walk-in at ⟦S|320 e 94th st⟧ (9am-4pm) - free and confidential. i can also see you by video at 1:00 if you want. - ⟦N|ruth anne⟧
note to chart: proxy (mother ⟦N|maribel castañeda⟧, ⟦UN|mcastaneda74⟧) access to this encounter blocked per ny phl 2305. ⟦N|rak⟧
follow-up ⟦D|10/28/99⟧ 1:20 pm: video visit done with ⟦N|nayeli⟧ from the school nurse office at ⟦O|gregorio luperon high school⟧ (nurse ⟦N|altagracia peña⟧ stepped out). ella sent to ⟦O|duane reade⟧ #⟦I|14471⟧ on ⟦S|broadway⟧ and ⟦S|w 181st st⟧ (⟦P|212-555-0156⟧). follow-up ⟦D|11/4⟧. ⟦N|rak⟧
`);

note("caregiver-msg-dad-lower", `
message to ⟦H|hartford healthcare neurology⟧ - sent by proxy ⟦N|ann-marie sullivan⟧ for ⟦N|francis x. sullivan⟧ (dob ⟦D|3/17/2008⟧, ⟦A|91⟧)
date ⟦D|9/2/99⟧
dr. ⟦N|abrams⟧, my father has been more confused since the fall in ⟦D|august⟧. he lives alone at ⟦S|44 birch hill rd⟧ in ⟦C|wethersfield⟧ but i stay over ⟦DAY|mon⟧-⟦DAY|wed⟧. last night he thought my brother ⟦N|kevin⟧ (who died in ⟦D|2089⟧) was coming for dinner. the aide from ⟦O|visiting angels⟧, ⟦N|marisol⟧, says he is not eating. he is on the donepezil 10 you started. can we do a video visit instead of coming in? he wont get in the car. i am at work at ⟦O|travelers⟧ until 5, my cell ⟦P|860-555-0191⟧, work ⟦P|860-555-0100⟧ x ⟦P|2214⟧. email ⟦E|amsullivan.ct@example.com⟧ ok too.
thank you, ⟦N|ann-marie⟧
---
reply ⟦D|9/3/99⟧ from ⟦N|leticia ambrose⟧, rn: hi ⟦N|ann-marie⟧, dr. ⟦N|abrams⟧ can do video ⟦DAY|friday⟧ ⟦D|9/5⟧ at 10. please have him at the kitchen table with good light. we also sent a referral to ⟦O|hartford healthcare at home⟧ (⟦P|860-555-0125⟧). - ⟦N|leticia⟧
`);

note("support-chat-lower", `
chat transcript - portal help desk - ⟦H|evergreen health⟧ it - session ⟦I|chat-99-0613-2291⟧ - ⟦D|june 13, 2099⟧
[09:01] ⟦UN|agent_tbui⟧: hi, this is ⟦N|thanh⟧ with the portal help desk. how can i help?
[09:02] ⟦UN|guest-44718⟧: hi i cant get into my account, it says locked. im trying to join my video appt with dr ⟦N|fairweather⟧ at 9:15
[09:02] ⟦UN|agent_tbui⟧: i can help. can you give me your full name and date of birth?
[09:03] ⟦UN|guest-44718⟧: ⟦N|walter mbugua⟧ ⟦D|4/2/1967⟧
[09:03] ⟦UN|agent_tbui⟧: thanks ⟦N|walter⟧. i see the username ⟦UN|wmbugua67⟧, locked after 5 tries from ⟦IP|98.203.117.42⟧. is that you?
[09:04] ⟦UN|guest-44718⟧: yes thats my home in ⟦C|kirkland⟧. my grandson ⟦N|brian⟧ changed the password maybe
[09:05] ⟦UN|agent_tbui⟧: i sent a reset link to ⟦E|w.mbugua@example.net⟧. you can also join as a guest from the text sent to ⟦P|425-555-0164⟧.
[09:07] ⟦UN|guest-44718⟧: got it im in the waiting room now
[09:07] ⟦UN|agent_tbui⟧: great, i let the clinic (⟦H|evergreen health primary care redmond⟧, ⟦P|425-555-0101⟧) know you are in. have a good visit!
`);

note("rpm-glucose-lower", `
rpm glucose review - ⟦O|livewell remote care⟧ - week of ⟦D|7/14/2099⟧
pt ⟦N|teodora balan⟧, dob ⟦D|11/23/1958⟧, mrn ⟦M|lw-0044718⟧, enrolled by dr ⟦N|oyelaran⟧ (⟦H|suncoast endocrine associates⟧)
meter: cellular glucometer sn ⟦DEV|tc-bgm-4471-2096⟧, gateway imei ⟦DEV|359447182026114⟧
fasting avg 168 (range 121-241). 2 readings > 300 on ⟦D|7/16⟧ after her granddaughter ⟦N|ileana⟧'s quinceañera. no lows.
called pt ⟦P|727-555-0148⟧, spoke w/ husband ⟦N|vasile⟧ - she is at church (⟦O|st. george romanian orthodox church⟧). called back 2:10, she took glipizide late.
reinforced diet, she asked for romanian-speaking educator - referred to ⟦N|corina munteanu⟧, cdces, ⟦E|cmunteanu@livewell-example.com⟧.
billing: 99457 + 99458 (24 min interactive). next review ⟦D|7/21⟧.
⟦N|jared whitcomb⟧, rn
pharmacy on file: ⟦O|publix pharmacy⟧ at ⟦S|4th st n⟧ and ⟦S|62nd ave n⟧, ⟦C|st. petersburg⟧ ⟦Z|33702⟧. daughter ⟦N|adriana balan-croft⟧ (⟦P|727-555-0189⟧) is proxy, login ⟦UN|abalancroft⟧.
`);

note("video-tech-issue-lower", `
portal msg from ⟦N|gus papadakis⟧ (⟦UN|gpapadakis⟧) to ⟦H|seacoast pulmonary⟧ ⟦D|4/1/99⟧ 2:44 pm
the video visit didnt work today, i sat there from 1:30 til 2 and nobody came on. my grandson ⟦N|nikos⟧ set up the ipad but it said camera blocked. i live out on ⟦S|sagamore rd⟧ in ⟦C|rye⟧ and the internet is bad. my wife ⟦N|eleni⟧ says just call us at ⟦P|603 555 0129⟧. i need to talk about the oxygen, ⟦O|apria⟧ says they need a new order from dr. ⟦N|krishnamurthy⟧.
---
reply ⟦D|4/2/99⟧ 9:10 am ⟦N|nadine o'halloran⟧, rn: mr. ⟦N|papadakis⟧, we are so sorry. dr. ⟦N|krishnamurthy⟧ will call you by phone ⟦DAY|thursday⟧ ⟦D|4/3⟧ at 1:30 instead. the oxygen order was faxed to ⟦O|apria⟧ ⟦F|603-555-0190⟧ today.
note ⟦D|4/3/99⟧: phone visit done, pt at home ⟦S|412 sagamore rd⟧, ⟦C|rye⟧, ⟦STATE|nh⟧ ⟦Z|03870⟧. o2 2 l via ⟦O|apria⟧ (concentrator sn ⟦DEV|ev-0447-18826⟧). next visit in person ⟦D|may 8⟧ at ⟦H|portsmouth regional hospital⟧ pulmonary lab. ⟦N|nadine o'halloran⟧, rn
`);
// ======================================================== mixed (25) ========================================================

note("staff-reply-signature", `
RE: Question about my biopsy results
Sent ⟦DAY|Thursday⟧, ⟦D|March 5, 2099⟧ 4:12 PM
To: ⟦N|Colm Brannigan⟧ (⟦UN|cbrannigan⟧)

Hi Mr. ⟦N|Brannigan⟧,

Dr. ⟦N|Adebayo⟧ reviewed your skin biopsy from ⟦D|February 26⟧ (pathology ⟦I|SP99-004471⟧, read at ⟦O|Aurora Diagnostics⟧). It is a basal cell carcinoma, the slow-growing kind, and it was not fully removed at the edges. She recommends Mohs surgery with Dr. ⟦N|Imelda Cruz-Whitford⟧ at our ⟦C|Lake Oswego⟧ office. Our surgery scheduler, ⟦N|Trinh⟧, will call you at ⟦P|503-555-0147⟧ within two business days. Your wife ⟦N|Siobhan⟧ is listed as your contact if we cannot reach you.

Warmly,

⟦N|Gretchen Albright⟧, RN
Dermatology Nurse Navigator
⟦H|Willamette Dermatology & Skin Surgery⟧
⟦S|4800 SW Meadows Rd⟧, Suite 300 | ⟦C|Lake Oswego⟧, ⟦STATE|OR⟧ ⟦Z|97035⟧
Direct ⟦P|503-555-0112⟧ | Fax ⟦F|503-555-0113⟧ | ⟦E|galbright@willamettederm-example.com⟧
⟦U|www.willamettederm-example.com⟧
This message is confidential. Please do not reply with urgent concerns; call 911.

> On ⟦D|Mar 4, 2099⟧, at 9:02 PM, ⟦N|Colm Brannigan⟧ wrote: "is it cancer? my brother ⟦N|Declan⟧ had one on his nose. - ⟦N|Colm⟧"
`);

note("telepsych-visit", `
Telepsychiatry Progress Note — ⟦H|Frontier Behavioral Health⟧ (⟦C|Spokane⟧)
Date: ⟦D|2099-01-22⟧ · Modality: synchronous audio-video (Zoom for Healthcare, meeting ID ⟦I|884 4718 2260⟧)
Patient: ⟦N|Jessamyn Okoye-Hart⟧ · DOB ⟦D|09/14/1994⟧ · MRN ⟦M|FBH-0447712⟧
Patient location: parked car outside her workplace, ⟦H|Providence Sacred Heart⟧ laundry building, ⟦S|101 W 8th Ave⟧, ⟦C|Spokane⟧, ⟦STATE|WA⟧ — confirmed private; emergency address on file ⟦S|1417 E Sprague Ave⟧ Apt 3.
Provider location: home office in ⟦C|Coeur d'Alene⟧, ⟦STATE|ID⟧ (licensed WA ⟦I|MD61044718⟧).
Subjective: sleeping 5 h; PHQ-9 14 (from 19), GAD-7 11. Partner ⟦N|Dani⟧ moved out ⟦D|January 3⟧. Passive SI last week, none today, no plan. Safety plan reviewed; crisis line 988 and her sister ⟦N|Marguerite⟧ (⟦P|509-555-0122⟧) as supports.
Meds: sertraline 150 mg, trazodone 50 mg qhs prn. Filled at ⟦O|Rite Aid⟧ #⟦I|5227⟧ ⟦C|Spokane Valley⟧.
Plan: continue; therapy with ⟦N|Luis Ochoa-Brandt⟧, LMHC, weekly; next video ⟦D|Feb 19⟧.
⟦N|Halvard Engebretsen⟧, MD
`);

note("after-visit-summary", `
After Visit Summary
⟦N|Ngozi Ekwueme-Barnes⟧   ⟦D|10/14/2099⟧   Video Visit with ⟦N|Samantha Greer⟧, DNP, FNP-C
⟦H|OhioHealth Physician Group Primary Care Westerville⟧ · ⟦S|300 Polaris Pkwy⟧ Ste 2000 · ⟦C|Westerville⟧ ⟦STATE|OH⟧ ⟦Z|43082⟧ · ⟦P|614-555-0130⟧

Reason for visit: Sinus pressure; follow-up of high blood pressure
Your diagnoses: Acute sinusitis; Essential hypertension
Medications changed today: START amoxicillin-clavulanate 875 mg twice daily for 7 days. CONTINUE amlodipine 5 mg.
Sent to: ⟦O|Kroger Pharmacy⟧ ⟦S|Schrock Rd⟧ · ⟦P|614-555-0145⟧
Your next appointments: ⟦D|Nov 12, 2099⟧ 8:00 AM Lab at ⟦H|OhioHealth Westerville Medical Campus⟧; ⟦D|Nov 19, 2099⟧ 9:40 AM office visit with ⟦N|Samantha Greer⟧.
Your MyChart username: ⟦UN|ngozi.eb⟧ · Questions? Message us at ⟦U|https://mychart.ohiohealth-example.com⟧
Care team: ⟦N|Samantha Greer⟧ (PCP) · ⟦N|Derek Oyler⟧, CMA
Printed ⟦D|10/14/2099⟧ for ⟦N|Ngozi Ekwueme-Barnes⟧ (MRN ⟦M|20044718⟧) — Emergency contact: ⟦N|Winston Barnes⟧ (spouse) ⟦P|614-555-0179⟧
`);

note("e-visit-rash-response", `
E-Visit: Skin rash — ⟦H|Geisinger⟧ Virtual Care · submitted ⟦D|Jul 8, 2099⟧ 21:40 · reviewed ⟦D|Jul 9, 2099⟧ 07:55
Patient: ⟦N|Brody Mattingly⟧ (⟦D|3/29/2001⟧) · location: campsite at ⟦LO|Ricketts Glen State Park⟧, ⟦C|Benton⟧, ⟦STATE|PA⟧ · photo upload ⟦I|IMG-99070821-4471⟧
Q: When did it start? "⟦DAY|sunday⟧ after hiking with my buddy ⟦N|Trev⟧ near ⟦LO|Lake Jean⟧"
Q: Where? both forearms and left cheek, streaky blisters, itchy, no fever.
Assessment (⟦N|Pritika Sandhu⟧, PA-C): poison ivy contact dermatitis, moderate, face involved.
Plan: prednisone 40 mg taper over 14 days; triamcinolone 0.1% cream to arms. Sent to ⟦O|Weis Pharmacy⟧ ⟦C|Bloomsburg⟧ ⟦P|570-555-0109⟧ (pt request, "closest to the park"). If eyelid swelling, go to ⟦H|Geisinger Bloomsburg Hospital⟧.
Pt is licensed in PA; PA licensure of reviewer ⟦I|PA-065447⟧ confirmed.
Follow-up message ⟦D|Jul 10, 2099⟧ from pt (⟦UN|bmatt_01⟧): "back home in ⟦C|Danville⟧ at ⟦S|27 Bloom Rd⟧, my mom ⟦N|Sherri Mattingly⟧ says thanks." Reply by ⟦N|Pritika Sandhu⟧, PA-C: glad to hear; call ⟦P|570-555-0100⟧ if worse.
`);

note("tele-pt-session", `
Physical Therapy — Telehealth Daily Note
⟦H|Athletico Physical Therapy⟧ ⟦C|Naperville⟧ clinic · therapist ⟦N|Jun-ho Bae⟧, PT, DPT (IL lic ⟦I|070.0144718⟧)
Patient ⟦N|Ardith Sorensen-Mbaye⟧, DOB ⟦D|05/05/1961⟧ · Referral from Dr. ⟦N|Keegan Rhodes⟧ (⟦O|DuPage Medical Group⟧), order dated ⟦D|08/30/2099⟧ · claim ⟦I|CLM-99-4471802⟧
Visit ⟦D|9/23/2099⟧ (video, Doxy.me; visit 6 of 12). Patient at home, ⟦S|1812 Fairway Dr⟧, ⟦C|Naperville⟧, ⟦STATE|IL⟧; husband ⟦N|Ousmane⟧ held the phone for gait view.
S: R TKA ⟦D|8/18/99⟧ at ⟦H|Edward Hospital⟧; pain 3/10; walked to the mailbox and back.
O: Knee flexion 102° (by goniometer app), extension -4°. TUG 11 s. Sit-to-stand x10 no hands.
A: Progressing; ready for stairs.
P: Step-ups on bottom step; stationary bike at ⟦O|Fitness 19⟧ on ⟦S|Route 59⟧ when cleared. Next ⟦D|9/26⟧ in clinic, ⟦S|1020 E Ogden Ave⟧.
Home exercise program sent through the portal to ⟦UN|ardith.sm⟧ and printed for ⟦N|Ousmane⟧. Copy to Dr. ⟦N|Rhodes⟧, fax ⟦F|630-555-0171⟧. — ⟦N|Jun-ho Bae⟧, PT, DPT ⟦D|9/23/99⟧
`);

note("telestroke-consult", `
TeleStroke Consult — ⟦H|Banner University Medical Center Phoenix⟧ hub to ⟦H|Banner Payson Medical Center⟧ spoke
⟦D|6/2/2099⟧ 14:06 cart connected (InTouch cart SN ⟦DEV|TV-ITC-0447-118⟧) · consultant Dr. ⟦N|Rafael Echenique-Soto⟧ at home, ⟦C|Scottsdale⟧
Pt: ⟦N|Lyle Hatchett⟧, 74, MRN ⟦M|BPY4471820⟧; LKW 12:50 per wife ⟦N|Dolores Hatchett⟧ (⟦P|928-555-0150⟧), at their cabin on ⟦S|Houston Mesa Rd⟧ off ⟦S|SR 87⟧.
Bedside: ED RN ⟦N|Kaitlyn Yazzie⟧ and Dr. ⟦N|Omar Haddadin⟧ (ED). NIHSS 9 (L face, L arm drift, dysarthria, neglect).
CT head 13:58: no hemorrhage. CTA: R M2 occlusion.
Decision 14:21: TNK 0.25 mg/kg given 14:29. Transfer by ⟦O|Native Air⟧ 11 to ⟦H|Banner University Medical Center Phoenix⟧ for thrombectomy; accepted by Dr. ⟦N|Vivian Szabo⟧ (neuro-IR), ⟦P|602-555-0118⟧.
Family: son ⟦N|Garrett⟧ driving down from ⟦C|Show Low⟧.
Time to needle 23 min from cart connect. Note faxed to ⟦H|Banner Payson Medical Center⟧ ⟦F|928-555-0104⟧; copy to PCP Dr. ⟦N|Merle Tsinajinnie⟧, ⟦H|Payson Family Health⟧. — ⟦N|R. Echenique-Soto⟧ ⟦D|6/2/99⟧ 14:48
`);

note("rpm-enrollment-consent", `
Remote Patient Monitoring — Enrollment and Consent
Program: ⟦O|Vitalinks RPM⟧ for ⟦H|Piedmont Heart of Buckhead⟧ · enrolled ⟦D|April 28, 2099⟧
Patient: ⟦N|Cornelius Abernathy-Wells⟧ · DOB ⟦D|02/02/1948⟧ · MRN ⟦M|PH-3304471⟧ · Medicare MBI ⟦HP|4TQ7-NJ2-KH81⟧
Home: ⟦S|2271 Peachtree Battle Ave NW⟧, ⟦C|Atlanta⟧, ⟦STATE|GA⟧ ⟦Z|30305⟧
Devices shipped by ⟦O|UPS⟧ tracking ⟦I|1Z4471W80391826614⟧: Withings BPM Connect SN ⟦DEV|00:24:E4:7A:11:C3⟧; Body+ scale SN ⟦DEV|00:24:E4:7A:19:F0⟧; cellular hub ⟦DEV|VL-H2-0447188⟧.
Set-up call ⟦D|5/1/99⟧ with ⟦N|Nadia Farouqi⟧ (RPM tech) — daughter ⟦N|Imani Wells⟧ (⟦E|imani.wells@example.org⟧) paired the devices.
Patient understands: readings are reviewed on business days only; not for emergencies; 20% Medicare coinsurance may apply (secondary ⟦O|AARP Medicare Supplement⟧ ID ⟦HP|448827611-1⟧).
Ordering physician: ⟦N|Josephine Adeyemi-Clarke⟧, MD, NPI ⟦I|1609447182⟧. Signed electronically by patient ⟦D|04/28/2099⟧ from ⟦IP|24.98.113.201⟧.
`);

note("nurse-triage-mixed", `
Nurse Triage Note — telephone — ⟦H|Kaiser Permanente⟧ Appointment and Advice Call Center, ⟦C|Pasadena⟧
⟦D|12/26/2099⟧ 19:48 · caller: ⟦N|Yolanda Espinoza-Marsh⟧ (self) · KP MRN ⟦M|000044718823⟧ · callback ⟦P|626-555-0151⟧
Caller is in ⟦C|Las Vegas⟧ ⟦STATE|NV⟧ visiting her son ⟦N|Mateo⟧ for the holidays (staying at ⟦S|9830 Pebble Beach Way⟧, ⟦C|Henderson⟧ ⟦Z|89052⟧).
C/o dysuria and R flank pain since ⟦D|12/24⟧, temp 101.4, vomited x1. Hx kidney stone ⟦D|2095⟧.
Protocol: Urinary symptoms — adult. Disposition: ED now (fever + flank pain + vomiting).
Advised: out-of-area emergency covered; nearest ⟦H|Henderson Hospital⟧ ER, ⟦S|1050 W Galleria Dr⟧. Son will drive.
Out-of-state: video visit not offered (clinician not licensed in NV); caller understands.
Follow-up call set for ⟦D|12/27⟧ by ⟦N|Leilani Kahananui⟧, RN. Documented by ⟦N|Bruce Wexler⟧, RN, ext ⟦P|61447⟧.
Call-back ⟦D|12/27/2099⟧ 10:05 by ⟦N|Leilani Kahananui⟧: pt admitted at ⟦H|Henderson Hospital⟧ (acct ⟦I|HH99-4471826⟧); son ⟦N|Mateo Espinoza⟧ gave update; KP out-of-area case ⟦I|OOA-99-0447⟧ opened with ⟦N|Chris Polanco⟧.
`);

note("presenter-site-tele", `
Clinical Telehealth Encounter — Originating Site Note
Originating site: ⟦H|Cordova Community Medical Center⟧, ⟦S|602 Chase Ave⟧, ⟦C|Cordova⟧, ⟦STATE|AK⟧ ⟦Z|99574⟧ (telepresenter ⟦N|Marnie Totemoff⟧, LPN)
Distant site: ⟦H|Alaska Native Medical Center⟧ ENT, ⟦C|Anchorage⟧ — Dr. ⟦N|Sigrid Evenson-Kalu⟧
Date: ⟦D|May 13, 2099⟧ · store-and-forward plus live video (AFHCAN cart ⟦DEV|AFH-CART-2207⟧)
Patient: ⟦N|Nicholas Kompkoff⟧, age 8, DOB ⟦D|11/30/2090⟧, ANMC MRN ⟦M|5044718⟧, with mother ⟦N|Darlene Kompkoff⟧.
Otoscope images ⟦I|OTO-99-0513-01⟧ to ⟦I|OTO-99-0513-04⟧: R TM retracted with effusion; L tube extruded.
Tympanometry R type B. Audiogram (by ⟦N|Marnie Totemoff⟧): R 35 dB conductive.
Plan: R myringotomy + tube at ⟦H|ANMC⟧; travel via ⟦O|Alaska Airlines⟧ with ⟦O|Chugachmiut⟧ travel office (⟦P|907-555-0173⟧); surgery ⟦D|6/10⟧.
Pre-op video visit ⟦D|6/3/2099⟧ with anesthesia (Dr. ⟦N|Yevgenia Orlova⟧); lodging at ⟦O|Alaska Native Medical Center Quyana House⟧. Mother's cell ⟦P|907-555-0112⟧; ⟦O|Alaska Medicaid⟧ ID ⟦HP|AK4471826⟧.
`);

note("teledermatology-consult", `
eConsult — Teledermatology (store-and-forward)
Requesting: ⟦N|Harriet Obuya⟧, FNP, ⟦H|Valley-Wide Health Systems⟧ ⟦C|Alamosa⟧, fax ⟦F|719-555-0166⟧
Consultant: ⟦N|Benedikt Aurelio⟧, MD, ⟦H|UCHealth Dermatology Clinic - Anschutz⟧ · eConsult # ⟦I|EC-2099-44718⟧ · received ⟦D|1/7/2099⟧ · answered ⟦D|1/8/2099⟧
Patient: ⟦N|Elvira Trujillo Gallegos⟧, DOB ⟦D|6/15/1953⟧, MRN ⟦M|VW-118447⟧, lives in ⟦C|San Luis⟧ (⟦LO|Costilla County⟧), rancher; husband ⟦N|Fidel⟧.
Images (Dermlite, 4 files, ⟦I|DERM-0447-1⟧…4): 9 mm asymmetric pigmented lesion R upper back, irregular border, two colors.
Impression: concerning for melanoma; cannot exclude.
Recommendation: excisional biopsy with 2 mm margins within 2 weeks; may be done locally by Dr. ⟦N|Cormac Liddell⟧ at ⟦H|San Luis Valley Health⟧ (⟦P|719-555-0120⟧). Send path to ⟦O|Colorado Dermatopathology⟧.
Patient notified ⟦D|1/9/2099⟧ by phone ⟦P|719-555-0133⟧ (daughter ⟦N|Rosalinda Gallegos⟧ translated); biopsy set ⟦D|1/15⟧ at ⟦H|San Luis Valley Health⟧. — ⟦N|H. Obuya⟧
`);

note("portal-thread-timestamps", `
Conversation with ⟦H|Tufts Medical Center⟧ Gastroenterology · patient ⟦N|Anand Mukherjee⟧ (⟦UN|anandm_1979⟧)
⟦DAY|Mon⟧ ⟦D|Aug 4, 2099⟧ 6:15 AM — ⟦N|Anand Mukherjee⟧: Prep question. My colonoscopy is ⟦D|Aug 6⟧ with Dr. ⟦N|Falconer⟧. I take Jardiance and my cousin ⟦N|Rohit⟧ said stop it 3 days before? Also my ride is my neighbor ⟦N|Pat Cahill⟧ — is a neighbor ok?
⟦DAY|Mon⟧ ⟦D|Aug 4, 2099⟧ 9:41 AM — ⟦N|Lucía Benavides⟧, RN: Hi ⟦N|Anand⟧, yes please hold Jardiance starting today (3 days). A neighbor is fine if they stay and drive you home. Arrive 7:00 AM at ⟦S|800 Washington St⟧, 4th floor endoscopy.
⟦DAY|Mon⟧ ⟦D|Aug 4, 2099⟧ 9:58 AM — ⟦N|Anand Mukherjee⟧: Thank you!! One more: I'm in ⟦C|Quincy⟧, can I fill the prep at ⟦O|Stop & Shop Pharmacy⟧ on ⟦S|Hancock St⟧?
⟦DAY|Mon⟧ ⟦D|Aug 4, 2099⟧ 10:20 AM — ⟦N|Lucía Benavides⟧, RN: Done — sent to ⟦O|Stop & Shop⟧ #⟦I|0433⟧, ⟦P|617-555-0119⟧. — ⟦N|Lucía⟧ (for Dr. ⟦N|Everett Falconer⟧)
`);

note("proxy-form-mixed", `
Proxy Access — Adult Patient Authorization · ⟦H|Intermountain Health⟧ My Health+
Patient name: ⟦N|Thaddeus Q. Longbottom⟧   Date of birth: ⟦D|Dec 1, 2008⟧   Age: ⟦A|90⟧
Address: ⟦S|5500 S Holladay Blvd⟧, Unit 12, ⟦C|Holladay⟧, ⟦STATE|UT⟧ ⟦Z|84117⟧
Proxy: ⟦N|Marisela Longbottom-Ruiz⟧ · relationship: granddaughter · ⟦P|801-555-0104⟧ · ⟦E|marisela.lr@example.com⟧ · DOB ⟦D|03/18/1991⟧
Proxy access begins ⟦D|02/10/2099⟧ and ends ⟦D|02/10/2100⟧ unless revoked.
Patient signature: /s/ ⟦N|T. Longbottom⟧ · Date ⟦D|2-9-2099⟧ · Witness: ⟦N|Helga Brandvold⟧, ⟦O|Intermountain Home Care⟧ RN
Note (HIM, ⟦N|R. Nakashima⟧): identity verified by phone with patient ⟦D|2/10/99⟧ against UT DL ⟦I|170447182⟧.
Access ID assigned: ⟦UN|mlr.proxy.2291⟧
`);

note("appointment-reminder-email", `
From: ⟦O|Sutter Health⟧ <⟦E|noreply@sutterhealth-example.org⟧>
To: ⟦E|linh.tran.sac@example.com⟧
Date: ⟦DAY|Tue⟧, ⟦D|4 Mar 2099⟧ 07:00:12 -0800
Subject: Reminder: Video Visit on ⟦D|March 6⟧

Hello ⟦N|Linh⟧,

This is a reminder of your upcoming appointment:
Video Visit with ⟦N|Oksana Petrenko⟧, MD (Endocrinology)
⟦DAY|Thursday⟧, ⟦D|March 6, 2099⟧ at 3:20 PM Pacific
Patient: ⟦N|Tran Thi Linh⟧ · Account ⟦I|SH-99-4471826⟧

Before your visit: upload your glucose meter readings and confirm you will be in ⟦STATE|California⟧ at the time of the visit.
Join: ⟦U|https://video.sutterhealth-example.org/join?id=7Q4471BX⟧
If you would prefer an in-person visit: ⟦H|Sutter Medical Foundation⟧, ⟦S|2800 L St⟧, ⟦C|Sacramento⟧, ⟦STATE|CA⟧ ⟦Z|95816⟧, ⟦P|916-555-0161⟧.
To cancel, reply to this message or call. Please do not reply with personal health information.

⟦H|Sutter Medical Foundation⟧ · Patient Services · ⟦P|916-555-0100⟧ · ⟦U|www.sutterhealth-example.org/myhealthonline⟧
Sent to ⟦N|Tran Thi Linh⟧ (⟦UN|linhtran_sac⟧) because you chose e-mail reminders on ⟦D|12/30/2098⟧.
`);

note("it-ticket-lockout", `
IT Service Desk — Ticket ⟦I|INC0447182⟧ — Category: Patient Portal / Video
Opened ⟦D|11/03/2099⟧ 08:14 by ⟦N|Rosalind Achebe⟧ (clinic manager, ⟦H|Penn Family Care⟧ ⟦C|Radnor⟧), ext ⟦P|3-4471⟧
Description: Patient ⟦N|Cormac Delaney⟧ (MRN ⟦M|P77044718⟧) cannot join video visits on Chrome; stuck on "waiting for provider". Provider Dr. ⟦N|Yuki Hamasaki⟧ sees him as not arrived. Third time since ⟦D|10/20⟧.
Work notes:
08:40 ⟦UN|jkowalewski⟧: patient device logs show public IP ⟦IP|71.175.62.14⟧ (⟦O|Comcast⟧, ⟦C|Wayne⟧ ⟦STATE|PA⟧) and WebRTC blocked by extension "SafeBrowse".
08:52 ⟦UN|jkowalewski⟧: called patient ⟦P|610-555-0138⟧, spoke with wife ⟦N|Bríd Delaney⟧; removed extension remotely via TeamViewer session ⟦I|1 447 182 660⟧.
09:05 ⟦UN|jkowalewski⟧: test call with ⟦U|https://pennmedicine-example.org/videotest⟧ OK; camera and mic pass.
Resolved ⟦D|11/03/2099⟧ 09:07. Caller notified: ⟦E|rachebe@pennfamilycare-example.org⟧.
`);

note("asl-vri-visit", `
Video Remote Interpreting (ASL) — Encounter Note, ⟦H|Gallaudet University Student Health⟧ / ⟦H|MedStar Washington Hospital Center⟧ telehealth
⟦D|01/29/2099⟧ · Patient ⟦N|Keziah Abernathy-Lund⟧ (Deaf, ASL primary), DOB ⟦D|07/21/2078⟧, MRN ⟦M|MWH-22044718⟧
Interpreter: ⟦N|Jordan Castellanos⟧, NIC ⟦I|RID-144718⟧, via ⟦O|Purple Communications⟧ (VRI session ⟦I|PC-99-0129-7766⟧); Deaf interpreter not needed.
Patient joined from her residence hall room, ⟦S|800 Florida Ave NE⟧, ⟦C|Washington⟧, ⟦STATE|DC⟧ ⟦Z|20002⟧; video relay number ⟦P|202-555-0183⟧ for callbacks (VP).
CC: migraine x 3 days, no aura change; took sumatriptan twice.
Plan: rizatriptan trial; headache diary in the app; return precautions signed back by patient. Mother ⟦N|Ingeborg Lund⟧ (hearing, ⟦C|Duluth⟧ ⟦STATE|MN⟧) not to be contacted per patient.
Clinician ⟦N|Tobias Wynne-Achebe⟧, MD. Interpreter quality concern filed: none.
Follow-up by video ⟦D|2/12/2099⟧ at 4:00 PM with Dr. ⟦N|Wynne-Achebe⟧; interpreter requested ⟦N|Jordan Castellanos⟧ again. Pharmacy: ⟦O|CVS⟧ #⟦I|1389⟧, ⟦S|1220 H St NE⟧. Emergency contact: roommate ⟦N|Paloma Reyes-Okafor⟧, text ⟦P|202-555-0148⟧.
`);

note("school-telehealth", `
School-based telehealth visit — ⟦O|Hancock County Schools⟧ × ⟦H|Sneedville Family Clinic⟧
Site: ⟦O|Hancock County Elementary⟧ nurse's office, ⟦S|1170 Main St⟧, ⟦C|Sneedville⟧, ⟦STATE|TN⟧ ⟦Z|37869⟧
⟦D|Oct 2, 2099⟧ 10:20 · presenter: school nurse ⟦N|Bobbie Jo Collingsworth⟧, RN · provider ⟦N|Anil Dasgupta⟧, NP, at ⟦H|Sneedville Family Clinic⟧ via TytoCare (device ⟦DEV|TYTO-PRO-447182⟧)
Student ⟦N|Brantley Sizemore⟧, 3rd grade (⟦D|4/9/2091⟧), consent on file from grandmother ⟦N|Wanda Sizemore⟧, guardian, reached at ⟦P|423-555-0189⟧.
Sore throat and fever 100.8 since this morning; rapid strep positive (⟦O|Quidel⟧ kit lot ⟦DEV|QS447182⟧).
Amoxicillin 500 mg bid x10 d to ⟦O|Sneedville Drug⟧ (⟦P|423-555-0114⟧); grandmother to pick up after her shift at ⟦O|Dollar General⟧.
Return to school after 12 h on antibiotics and no fever. Teacher Mr. ⟦N|Hensley⟧ notified by nurse.
Note sent to PCP Dr. ⟦N|Lorraine Gibson⟧ at ⟦H|Hancock County Health Department⟧ clinic, ⟦P|423-555-0161⟧. ⟦N|BJC⟧ / ⟦N|AD⟧
`);

note("daughter-house-visit", `
Video Visit Note — ⟦H|Wake Forest Baptist Health⟧ Geriatrics, ⟦C|Winston-Salem⟧
⟦D|3/30/2099⟧ · Patient: ⟦N|Minnie Pearl Ashcraft⟧, age ⟦A|96⟧ (DOB ⟦D|4/1/2002⟧) · MRN ⟦M|WF-7044718⟧
Location of patient at time of visit: at her daughter's house on ⟦S|Willow Ct⟧, ⟦C|Clemmons⟧, ⟦STATE|NC⟧ ⟦Z|27012⟧ (daughter ⟦N|Sheila Ashcraft-Doby⟧), where she has stayed since discharge from ⟦H|Novant Health Forsyth Medical Center⟧ on ⟦D|3/21⟧.
Also present by video: son ⟦N|Harold "Sonny" Ashcraft⟧ from ⟦C|Roanoke⟧ ⟦STATE|VA⟧; home health RN ⟦N|Cheyenne Lockaby⟧ (⟦O|Amedisys⟧) at bedside taking vitals.
Subjective: appetite better, no falls, sleeping in recliner. Great-grandson ⟦N|Jaxon⟧ visits after school.
Objective (by RN): BP 128/70, HR 74, SpO2 95% RA, weight 112 lb. Sacral skin intact.
Plan: stop tramadol; acetaminophen 650 q8h; PT via ⟦O|Amedisys⟧; next video ⟦D|4/27⟧. Daughter's number ⟦P|336-555-0142⟧.
⟦N|Priscilla Nakagawa-Boyd⟧, MD
`);

note("traveling-patient-licensure", `
Pre-visit check — Telehealth location rules — ⟦H|Mayo Clinic⟧ ⟦C|Rochester⟧
Patient ⟦N|Hollis Vandermeer⟧ (clinic # ⟦M|8-044-718⟧), scheduled video visit ⟦D|Jan 16, 2099⟧ with Dr. ⟦N|Saoirse Kilbride⟧ (hematology).
Called ⟦D|1/14⟧: patient wintering in ⟦C|Fort Myers⟧, ⟦STATE|Florida⟧, at ⟦S|15100 Punta Rassa Rd⟧, unit 204 (⟦LO|Sanibel Harbour Condominiums⟧). Dr. ⟦N|Kilbride⟧ holds MN and WI licenses only; FL telehealth registration ⟦I|TPMD4471⟧ not held.
Plan: Convert to review of ⟦O|Quest Diagnostics⟧ labs drawn ⟦D|1/12⟧ at the ⟦C|Fort Myers⟧ PSC (accession ⟦I|FM447182K⟧) by a Florida-licensed ⟦H|Mayo⟧ clinician, Dr. ⟦N|Ahmed El-Sayegh⟧ (⟦H|Mayo Clinic Florida⟧, ⟦C|Jacksonville⟧). Patient and wife ⟦N|Corinne⟧ agree. Cell ⟦P|507-555-0159⟧.
Scheduler: ⟦N|Gail Tesch⟧
Addendum ⟦D|1/16/2099⟧: visit done with Dr. ⟦N|El-Sayegh⟧; patient connected from the condo's lobby business center, ⟦S|15100 Punta Rassa Rd⟧. Portal user ⟦UN|hvandermeer⟧. Return to ⟦C|Rochester⟧ in ⟦D|April⟧.
`);

note("pharmacy-transfer", `
Rx Transfer Request (patient portal form) — ⟦D|5/22/2099⟧
Patient: ⟦N|Obadiah Sterling⟧ · DOB ⟦D|8/8/1970⟧ · ⟦P|(816) 555-0124⟧ · portal ⟦UN|osterling70⟧
Transfer FROM: ⟦O|Hy-Vee Pharmacy⟧ (⟦C|Lee's Summit⟧) #⟦I|1412⟧, ⟦P|816-555-0170⟧, Rx# ⟦I|6044718⟧, ⟦I|6044722⟧
Transfer TO: ⟦O|Costco Pharmacy⟧ #⟦I|0362⟧, ⟦S|1725 NE Rice Rd⟧, ⟦C|Lee's Summit⟧, ⟦STATE|MO⟧ ⟦Z|64086⟧
Medications: tamsulosin 0.4 mg; finasteride 5 mg
Reason: "cheaper with my wife ⟦N|Della⟧'s ⟦O|Costco⟧ card"
Processed by ⟦N|Tiffani Redcloud⟧, CPhT, ⟦O|Costco⟧ — pharmacist ⟦N|Mehmet Aydın⟧, RPh (MO lic ⟦I|2006044718⟧), ⟦D|5/23/2099⟧.
Prescriber on both: Dr. ⟦N|Noelle Ward⟧, ⟦H|Saint Luke's East Hospital⟧ Primary Care, NPI ⟦I|1336044718⟧, DEA ⟦I|BW4471828⟧.
`);

note("tele-lactation", `
Telehealth Lactation Consult — ⟦H|Woman's Hospital⟧, ⟦C|Baton Rouge⟧
⟦D|9-9-2099⟧ · mother ⟦N|Amélie Thibodeaux-Nguyen⟧ (MRN ⟦M|WH440718⟧), infant Baby Girl ⟦N|Thibodeaux-Nguyen⟧ "⟦N|Coralie⟧" born ⟦D|9/1/2099⟧ (MRN ⟦M|WH440777⟧)
Location: home, ⟦S|7740 Jefferson Hwy⟧, ⟦C|Baton Rouge⟧, ⟦STATE|LA⟧ ⟦Z|70809⟧; partner ⟦N|Huy Nguyen⟧ holding the phone camera.
Weight at pediatrician (Dr. ⟦N|Celestine Broussard⟧, ⟦H|The Baton Rouge Clinic⟧) ⟦D|9/8⟧: 3,120 g (birth 3,340 g, -6.6%).
Observed feed L breast 14 min: shallow latch improved with football hold; audible swallows.
Plan: pump after 3 feeds/day with Spectra S1 (rental via ⟦O|Aeroflow Breastpumps⟧, order ⟦I|AF-99-447182⟧); weight check ⟦D|9/11⟧; WIC office on ⟦S|Florida Blvd⟧ for supplementation if needed.
IBCLC: ⟦N|Marguerite LeBlanc-Osei⟧ · ⟦E|mleblancosei@womans-example.org⟧ · ⟦P|225-555-0103⟧
`);

note("hospital-at-home", `
Hospital at Home — Virtual Nursing Note (night)
Program: ⟦H|Atrium Health Hospital at Home⟧ · command center ⟦C|Charlotte⟧
⟦D|02/17/2099⟧ 02:30 · patient ⟦N|Delphine Okafor-Rhyne⟧ (FIN ⟦I|9044718826⟧, MRN ⟦M|CMC-2044718⟧), day 3 for cellulitis
Home: ⟦S|11208 Ballantyne Crossing Ave⟧, ⟦C|Charlotte⟧, ⟦STATE|NC⟧ ⟦Z|28277⟧. Caregiver son ⟦N|Trevon Rhyne⟧ asleep downstairs.
Biosensor patch ⟦DEV|BIOINT-1A-447182⟧: HR 96, RR 20, temp 100.6 at 02:10 → video check via tablet ⟦DEV|TAB-ATR-0447⟧.
Pt awake, R leg erythema not past marked line (drawn by paramedic ⟦N|Cody Frisbee⟧ of ⟦O|Mecklenburg EMS Agency⟧ ⟦D|2/16⟧). Acetaminophen 1 g given by pt from kit.
Notified Dr. ⟦N|Sunita Raghavan⟧ (on call) ⟦P|704-555-0136⟧; cefazolin 2 g q8h continues, infusion nurse ⟦N|Blessing Amadi⟧ due at 06:00.
⟦N|Holly Sprague⟧, RN (virtual)
06:40 addendum: ⟦N|Blessing Amadi⟧ at home, IV site fine; labs drawn, courier ⟦O|MedSpeed⟧ to ⟦H|Carolinas Medical Center⟧ lab (requisition ⟦I|RQ-0217-44718⟧). Day team: Dr. ⟦N|Whitley Osei⟧.
`);

note("records-request-portal", `
Release of Information — request received through portal ⟦D|July 2, 2099⟧
Request ID ⟦I|ROI-99-0702-0447⟧ · requester ⟦N|Benedict Okwuosa⟧, Esq., ⟦O|Okwuosa & Falk LLP⟧, ⟦S|201 N Tryon St⟧ Ste 1400, ⟦C|Charlotte⟧ ⟦Z|28202⟧ · fax ⟦F|704-555-0198⟧
Patient: ⟦N|Marisol Quiñones-Baptiste⟧, DOB ⟦D|11/06/1982⟧, MRN ⟦M|NV-4471822⟧ · authorization signed ⟦D|6/28/2099⟧ (HIPAA-valid, expires ⟦D|12/31/2099⟧)
Records: telehealth visit notes ⟦D|1/1/2098⟧–present, including video visit ⟦D|3/14/2098⟧ with Dr. ⟦N|Everard Pike⟧ and audit trail.
Motor vehicle accident ⟦D|12/29/2097⟧ on ⟦S|I-77⟧ near ⟦C|Huntersville⟧; claim ⟦I|SF-77-0447182⟧ with ⟦O|State Farm⟧.
Processed by ⟦N|Kiera Lundqvist⟧, RHIT, ⟦H|Novant Health⟧ HIM · delivered by secure link ⟦U|https://roi.novant-example.org/d/44718xq⟧ ⟦D|7/9/2099⟧.
`);

note("telehealth-complaint", `
Patient Grievance — ⟦H|Baystate Health⟧ Patient Relations · case ⟦I|PR-2099-00447⟧
Received ⟦D|April 11, 2099⟧ by phone from ⟦N|Evangeline Czarnecki⟧ (⟦P|413-555-0126⟧), on behalf of her mother ⟦N|Stanisława Czarnecki⟧ (DOB ⟦D|6/2/1941⟧, MRN ⟦M|BH0447718⟧).
Complaint: at the video visit ⟦D|4/8⟧ with Dr. ⟦N|Osborne Quaye⟧, the Polish interpreter never joined; visit done in English; mother misunderstood the warfarin change and took double doses ⟦D|4/8⟧–⟦D|4/10⟧. INR 5.1 at ⟦H|Baystate Medical Center⟧ lab ⟦D|4/10⟧.
Also: after-visit summary mailed to old address ⟦S|87 Chestnut St⟧, ⟦C|Chicopee⟧ instead of ⟦S|14 Sitarz Ave⟧, ⟦C|Ludlow⟧ ⟦Z|01056⟧.
Investigation: interpreter vendor ⟦O|Stratus Video⟧ log shows request at 10:02 unfilled; clinician did not wait. Manager ⟦N|Philippa Graystone⟧ reviewed with Dr. ⟦N|Quaye⟧ ⟦D|4/15⟧.
Response letter mailed ⟦D|4/25/2099⟧ to ⟦N|Evangeline⟧ at ⟦E|eczarnecki@example.net⟧.
`);

note("ccm-call-log", `
Chronic Care Management — monthly call log — ⟦H|Carle Health⟧ ⟦C|Champaign⟧
⟦D|Nov 2099⟧ · care manager ⟦N|Marjorie Beaverstock⟧, RN
⟦D|11/3⟧ ⟦N|Oberweis, Lionel⟧ (⟦M|CF-044718⟧): A1c due; wife ⟦N|Patsy⟧ answered ⟦P|217-555-0173⟧; appt made ⟦D|11/17⟧ at ⟦H|Carle Mattoon on Broadway⟧.
⟦D|11/5⟧ ⟦N|Hua, Meilin⟧ (⟦M|CF-047201⟧): via Mandarin interpreter ⟦N|Wei Zhang⟧ (⟦O|LanguageLine⟧ #⟦I|228814⟧); BP log 138/84 avg; refill at ⟦O|Schnucks⟧ ⟦C|Urbana⟧.
⟦D|11/10⟧ ⟦N|Bell, Dorothy⟧ (⟦M|CF-040091⟧), ⟦A|92⟧: no answer, VM; niece ⟦N|Renée Dupree⟧ (POA) ⟦P|217-555-0110⟧ — pt at ⟦H|Clark-Lindsey Village⟧ rehab since ⟦D|11/6⟧.
⟦D|11/12⟧ ⟦N|Archuleta, Ignacio⟧ (⟦M|CF-049913⟧): moved to ⟦C|Rantoul⟧, ⟦S|301 E Grove Ave⟧; new phone ⟦P|217-555-0167⟧; transport via ⟦O|C-CARTS⟧.
Total time ⟦D|November⟧: 84 min (99490, 99439 x2).
`);

note("portal-msg-mixed-case", `
MyChart message to Dr. ⟦N|Gwendolyn Fairbairn⟧ — ⟦H|Cleveland Clinic⟧ Family Health Center ⟦C|Strongsville⟧
From: ⟦N|Rocco Santangelo⟧ · sent ⟦D|12/2/2099⟧ 5:05 AM
Dr. ⟦N|Fairbairn⟧ — I had the telehealth with your partner Dr. ⟦N|Ilunga⟧ ⟦DAY|Friday⟧ because you were out. She said to message you about the sleep study. I am a truck driver for ⟦O|Werner Enterprises⟧ and my DOT medical card expires ⟦D|January 15⟧ so I need the CPAP set up before then. Home sleep test device from ⟦O|Lincare⟧ (serial ⟦DEV|WP-447182-ONE⟧) was returned to ⟦S|13737 Pearl Rd⟧ on ⟦D|11/28⟧.
I'll be on the road — ⟦C|Toledo⟧ ⟦DAY|Tues⟧, ⟦C|Fort Wayne⟧ ⟦DAY|Wed⟧ — so please text ⟦P|440-555-0187⟧. My wife ⟦N|Gina⟧ can also take a message at home, ⟦P|440-555-0111⟧.
Thanks, ⟦N|Rocco⟧
Reply ⟦D|12/2/2099⟧ 8:45 AM, ⟦N|Kristin Vukovich⟧, RN: Hi ⟦N|Rocco⟧ — Dr. ⟦N|Fairbairn⟧ reviewed the study (AHI 34). CPAP order sent to ⟦O|Lincare⟧ ⟦C|Middleburg Heights⟧ (⟦P|440-555-0192⟧); DOT letter will go to ⟦O|Werner Enterprises⟧ medical, fax ⟦F|402-555-0144⟧.
`);
write();
