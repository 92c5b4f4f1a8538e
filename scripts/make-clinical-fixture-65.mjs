// Why this file exists: builds test/fixtures/clinical-notes-65.jsonl, a sixty-fifth labelled set of clinical texts
// written by hand in stop 62 to measure the tree blind: written without reading the name detector (assembly/, src/) or
// running it on these texts (fixtures 63 and 64's generators, fixture-io.mjs, test/clinical-notes-64.test.ts and the
// lines of the older generators that hold VA facilities, bases, units and DoD numbers were read for the form and the
// labels; the other fixture written at the same time was not read), in the register of VETERANS' AND MILITARY HEALTH
// CARE: VA medical center and CBOC progress notes (PACT primary care, home-based primary care, women's health, a
// geriatric clinic for WWII and Korea veterans), compensation and pension (C&P) exams, VA community care (MISSION Act)
// referrals and authorisations, TRICARE referrals, military treatment facility notes (sick call at Army, Navy, Marine
// and Air Force clinics, a battalion aid station, a flight medicine clinic), a line-of-duty determination, medical
// evaluation board (IDES) narrative summaries, PTSD clinic and Vet Center notes, polytrauma and TBI screens, HUD-VASH
// social work notes, VA pharmacy (CMOP) mail-order messages, a prosthetics consult, caregiver support programme notes,
// periodic and post-deployment health assessments, VSO (service officer) letters, burn pit registry (PACT Act) exams, a
// Veterans Crisis Line referral, a suicide prevention coordinator note, a state veterans home admission, a DD 214
// request, a beneficiary travel claim, a My HealtheVet secure message, a Fisher House stay. 10 in ALL CAPS, 10 in lower
// case, the rest (25) mixed.
// Regions (towns and bases real or invented, states real): Killeen, Harker Heights, Copperas Cove and Fort Cavazos;
// Fayetteville and Fort Liberty; Shreveport and Bossier City; Norfolk, Portsmouth, Chesapeake and Hampton; Stillwater,
// Braggs, Tahlequah, Park Hill, Muskogee, Ada and Tulsa; Colorado Springs, Pueblo and Fort Carson; Tampa, Brandon and
// Temple Terrace; Saginaw and Bay City; Pittsburgh and McKees Rocks; Sacramento and Citrus Heights; Gallup and
// Crownpoint (Navajo Nation); Houston and Pasadena; Boise, Nampa and Meridian; Tomah and Black River Falls; Charleston
// and North Charleston; Joint Base Andrews, Annapolis and Upper Marlboro; Minneapolis, Cottage Grove and Inver Grove
// Heights; St. Louis and St. James; White River Junction, Bellows Falls and Bennington; Phoenix, Prescott, Winslow and
// Window Rock; Columbus (Georgia) and Phenix City; Hines, Manteno and Evanston; Dayton and Fairborn; Tacoma, Lakewood
// and Puyallup; Camp Lejeune; Fort Carson; Los Angeles and Compton; Salt Lake City and Orem; Richmond, Gloucester and
// Hampton; Wilkes-Barre, Nanticoke and Plymouth; Sioux Falls, Eagle Butte and Watertown; Togus, Millinocket and
// Caribou; Philadelphia; San Antonio; Anchorage, Bethel and Togiak; Tuskegee, Montgomery and Notasulga; Honolulu and
// Kapolei; Durham and Roxboro; Cleveland, Parma and Parma Heights; New Orleans, Houma and Metairie; Warrenton and
// Astoria; bases and places of deployment abroad (Camp Casey, Souda Bay, Naples, Sangin, Al Asad, Hit, Balad, Ali Al
// Salem, Camp Arifjan, Al Udeid).
// PHI forms sought: veterans', service members', spouses', caregivers', children's, comrades', landlords', VSOs',
// chaplains', first sergeants' and commanders' and clinicians' names of many origins (Mexican, Puerto Rican, Dominican,
// Filipino, Chamorro, Samoan, Tongan, Native Hawaiian, Navajo, Lakota, Cherokee, Yupik, Korean, Vietnamese, Hmong,
// Chinese, Japanese, Indian, Nigerian, Ghanaian, Somali, Haitian, Polish, Ukrainian, Irish, Italian, German, Norwegian,
// Greek, Lebanese, Jewish, African American, Cajun, Appalachian), "LAST, FIRST MI" headers, ranks and rates before a
// name, initials of signers and corpsmen; VA medical centers, CBOCs, community living centers, Vet Centers, state
// veterans homes, MTFs, troop medical clinics, aid stations and community care hospitals (HOSPITAL); bases, posts,
// stations and camps, counties and reservations (LOCATION-OTHER); units, ships, VSOs and their posts, community care
// contractors, federal and state agencies named in full, employers, housing authorities, shelters and churches
// (ORGANIZATION); addresses, barracks rooms written as an address, APO/FPO boxes, ZIP codes; VA claim file numbers,
// DoD ID (EDIPI) numbers, service numbers, referral, authorisation, SEOC, consult, LOD, MEB, case, PA, Rx and
// tracking numbers, NPIs (ID); ICNs and MRNs (MRN); full and last-four SSNs (SSN); TRICARE and other plan numbers
// (HEALTHPLAN); prosthesis, CPAP and hearing aid serials (DEVICE); a My HealtheVet user name (USERNAME); phones with
// extensions, DSN lines, faxes, e-mails, a URL, an IP address; dates as "07DEC2099", "07 DEC 99", "2099-12-07",
// "12/07/2099", "December 7, 2099", "Dec 7", a Julian date "9341" and a date-time group, month and year, bare years;
// ages over 89 (WWII and Korea veterans).
// Hard negatives: drugs (prazosin, sertraline, venlafaxine, topiramate, sumatriptan, naltrexone, buprenorphine,
// Suboxone, gabapentin, meloxicam, tamsulosin, metformin, empagliflozin, lisinopril, atorvastatin, albuterol,
// budesonide-formoterol, naloxone, Narcan, ketamine, Spravato, trazodone, mirtazapine, doxazosin), scales and tests
// (PCL-5, PHQ-9, PHQ-2, C-SSRS, GAD-7, AUDIT-C, MACE 2, NSI, OSU TBI-ID, MoCA, SLUMS, DEXA, PFT, DLCO, CAPS-5), devices
// (Genium X3, C-Leg, BiOM, Ottobock, AirSense 11, Phonak), programmes and words of the register (PACT, HBPC, CLC, MST,
// OEF, OIF, OND, PACT Act, MISSION Act, CCN, SEOC, HUD-VASH, SSVF, CMOP, My HealtheVet, Veterans Crisis Line, Whole
// Health, REACH VA, PCAFC, IDES, MEB, PEB, LOD, DD 214, DD 2796, DA 3349, PHA, PDHA, PDHRA, MEDPROS, P3 profile, sick
// call, TRICARE Prime, CHAMPVA, ETS, PCS, TDY, BAH, SGLI).
// Labelling follows fixtures 61-64 and the older VA and military notes (15, 18, 21, 23, 24, 25, 28): weekdays, states
// and countries are `ignored`; clock times, durations, ranks, rates, grades (E-5, O-3), MOS codes, service-connection
// percentages, DA/DD form numbers, CPT and ICD codes and ages under 90 are left unlabelled; titles, ranks, credentials
// and relations stay outside the name; named units (battalions, regiments, brigades, squadrons, divisions, wings,
// ships) are ORGANIZATION as in fixtures 21, 25 and 28 (a unit can narrow a person to a few hundred people at one
// post), while a bare company or troop letter ("B Co", "Alpha Company") and a bare service branch ("US Army", "USMC",
// "Navy", "Air Force") stay unlabelled as fixture 21 leaves them; bases, posts, stations, camps and joint bases are
// LOCATION-OTHER (geography below a state, as fixtures 24 and 25 label them); hospitals and clinics on a base are
// HOSPITAL; bare agency and programme words ("VA", "VBA", "DoD", "TRICARE", "TRICARE Prime", "CHAMPVA", "community
// care") stay unlabelled as fixture 36 rules, while agencies and boards named in full ("Department of Veterans Affairs",
// "Board of Veterans' Appeals") and community care contractors (Optum Serve, TriWest) are ORGANIZATION; an ICN is MRN
// (fixtures 21 and 23); a VA claim file number, a DoD ID and a service number are ID; a last-four SSN is SSN.
// Every person, town, street, organisation, facility, unit and number is invented here (states, large cities, a few
// bases and VA medical centers and large agencies are real, named as such); nothing is copied from any corpus.
// Label slips fixed after the blind score (no text changed; 1,149 -> 1,150 spans): a store number inside a pharmacy's
// name ("Smith's Pharmacy #4418", cut out as ID as fixtures 63 and 64 do), a country left unlabelled ("Korea 2027-2028",
// `ignored` as COUNTRY like the other countries here), an air base labelled a city ("al asad", LOCATION-OTHER like the
// other bases; the type is LOCATION either way).
// Inline marks ⟦CODE|text⟧ as in fixtures 3-64 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-65.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-65.jsonl", "make-clinical-fixture-65");
// ======================================================== ALL CAPS (10) ========================================================

note("sick-call-tmc-caps", `
⟦H|TROOP MEDICAL CLINIC 2⟧, ⟦LO|FORT CAVAZOS⟧ - ⟦H|CARL R. DARNALL AMC⟧ SATELLITE   SICK CALL   ⟦D|07DEC2099⟧
SM: SPC ⟦N|VILLANUEVA-CRUZ, ADRIAN M⟧   DOD ID ⟦I|1604472918⟧   DOB ⟦D|19MAR2078⟧   AGE 21
UNIT: C CO, ⟦O|1ST BATTALION, 12TH CAVALRY REGIMENT⟧, ⟦O|3RD ARMORED BRIGADE COMBAT TEAM⟧, ⟦O|1ST CAVALRY DIVISION⟧
DUTY PHONE ⟦P|254-555-0143⟧   PLT SGT SSG ⟦N|OYELARAN⟧   1SG ⟦N|BRODERICK⟧
S: L SHOULDER PAIN AFTER COMBATIVES ⟦D|05DEC⟧. ALSO LOW BACK PAIN SINCE RUCK ⟦D|28NOV99⟧. NO NUMBNESS.
O: L AC JOINT TTP, CROSS-ARM ADDUCTION POS. STRENGTH 5/5. SLR NEG.
A: L AC JOINT SPRAIN GRADE I. MECHANICAL LBP.
P: TEMPORARY PROFILE (DA 3349) 14 DAYS - NO PUSH-UPS, NO RUCKING. MELOXICAM 15 MG DAILY X 10 DAYS. PT AT ⟦H|MONAHAN PT CLINIC⟧. RTC ⟦D|21DEC2099⟧.
MEDPROS UPDATED. CDR CPT ⟦N|HOLLINGSWORTH⟧ NOTIFIED.
PRIOR VISIT ⟦D|02NOV2099⟧ AT ⟦H|TMC 12⟧ FOR URI. SPOUSE ⟦N|YESENIA VILLANUEVA⟧ ⟦P|254-555-0188⟧, OFF POST AT ⟦S|4102 ZEPHYR RD⟧, ⟦C|KILLEEN⟧ ⟦Z|76543⟧.
SEEN BY: SGT ⟦N|TAUFA, SIONE⟧, 68W / SUPERVISING PA CPT ⟦N|MARGARET OKONKWO-LEE⟧, PA-C
`);

note("cp-exam-hearing-caps", `
COMPENSATION AND PENSION EXAMINATION - HEARING LOSS AND TINNITUS DBQ
EXAMINING FACILITY: ⟦H|SHREVEPORT VA MEDICAL CENTER⟧ (⟦H|OVERTON BROOKS VAMC⟧) AUDIOLOGY
VETERAN: ⟦N|THIBODEAUX, LUCIEN J⟧   C-FILE: ⟦I|C 28 447 193⟧   SSN: ⟦SSN|437-55-8102⟧   DOB: ⟦D|04/11/2052⟧
DATE OF EXAM: ⟦D|09/14/2099⟧   EXAMINER: ⟦N|REGINA BOUDREAUX-HALE⟧, AUD, CCC-A
SERVICE: US ARMY ⟦D|2071⟧-⟦D|2079⟧, 13B CANNON CREWMEMBER, ⟦O|2ND BATTALION, 17TH FIELD ARTILLERY⟧, ⟦LO|FORT SILL⟧ AND ⟦COUNTRY|KOREA⟧ (⟦LO|CAMP CASEY⟧).
CIVILIAN: OFFSHORE ROUSTABOUT FOR ⟦O|GULF STATES DRILLING⟧ ⟦D|2080⟧-⟦D|2095⟧ WITH HEARING PROTECTION PER VETERAN.
C-FILE REVIEWED VIA VBMS: ENLISTMENT AUDIOGRAM ⟦D|06/02/2071⟧ NORMAL; SEPARATION AUDIOGRAM ⟦D|05/19/2079⟧ SHOWS 35 DB AT 4000 HZ R.
PURE TONE (DB) R: 25 30 45 60 70; L: 20 25 40 55 65. MARYLAND CNC R 88%, L 92%.
TINNITUS: RECURRENT, BILATERAL, ONSET DURING ARTILLERY LIVE FIRE AT ⟦LO|FORT SILL⟧ ⟦D|2073⟧.
OPINION: HEARING LOSS AT LEAST AS LIKELY AS NOT CAUSED BY MILITARY NOISE EXPOSURE. TINNITUS AT LEAST AS LIKELY AS NOT A SYMPTOM OF THE HEARING LOSS.
WIFE ⟦N|MARIE-CLAIRE THIBODEAUX⟧ PRESENT. HOME ⟦S|1142 LAKESHORE DR⟧, ⟦C|BOSSIER CITY⟧, ⟦STATE|LA⟧ ⟦Z|71111⟧.
HEARING AIDS ISSUED ⟦D|03/2097⟧ AT ⟦H|ALEXANDRIA VA HEALTH CARE SYSTEM⟧ (SN ⟦DEV|RX-44718-R⟧, ⟦DEV|RX-44718-L⟧). VSO ⟦N|CLAUDETTE GUIDRY⟧, ⟦O|LOUISIANA DEPARTMENT OF VETERANS AFFAIRS⟧, ⟦C|SHREVEPORT⟧ OFFICE, FAX ⟦F|318-555-0190⟧.
/ES/ ⟦N|R. BOUDREAUX-HALE⟧, AUD   ⟦P|318-555-0126⟧ EXT ⟦P|6642⟧
`);

note("ides-narrative-caps", `
MEDICAL EVALUATION BOARD (IDES) - NARRATIVE SUMMARY (NARSUM)
⟦H|WOMACK ARMY MEDICAL CENTER⟧, ⟦LO|FORT LIBERTY⟧, ⟦STATE|NC⟧   MEB CASE # ⟦I|MEB-99-WAMC-04471⟧
SOLDIER: SSG ⟦N|PRZYBYLSKI, KAROLINA A⟧   EDIPI ⟦I|1388204716⟧   SSN ⟦SSN|512-44-0918⟧   DOB ⟦D|22 AUG 2073⟧
UNIT: ⟦O|528TH SUSTAINMENT BRIGADE⟧   MOS 92Y   BASD ⟦D|14 JUL 2091⟧
REFERRED CONDITION: CHRONIC LUMBAR RADICULOPATHY L5-S1, FAILED CONSERVATIVE TX, S/P MICRODISCECTOMY ⟦D|03 MAR 2099⟧ AT ⟦H|CAPE FEAR VALLEY MEDICAL CENTER⟧ (NETWORK, TRICARE REFERRAL ⟦I|TE-2099-0318447⟧).
HISTORY: INJURED IN AIRBORNE OPERATION, HARD LANDING ON ⟦LO|SICILY DROP ZONE⟧ ⟦D|11 NOV 2097⟧. LOD DETERMINATION IN LINE OF DUTY (LOD ⟦I|LOD-98-0447129⟧).
P3 PROFILE SINCE ⟦D|06 JAN 2099⟧: UNABLE TO RUN, RUCK, WEAR BODY ARMOR > 1 HR.
VA EXAMS (DBQ) COMPLETED AT ⟦H|FAYETTEVILLE VA MEDICAL CENTER⟧ ⟦D|10 OCT 99⟧. MEB PHYSICIAN: MAJ ⟦N|DESMOND ACHEAMPONG⟧, MC.
PEBLO: ⟦N|TANYA WHITEHORSE⟧ ⟦P|910-555-0171⟧ DSN ⟦P|236-5517⟧. SPOUSE SFC ⟦N|GRZEGORZ PRZYBYLSKI⟧ ALSO ASSIGNED ⟦O|82ND AIRBORNE DIVISION⟧.
COMMANDER'S LETTER FROM LTC ⟦N|BRAXTON OKAFOR⟧ DATED ⟦D|09/30/2099⟧.
MEB RECOMMENDATION: DOES NOT MEET RETENTION STANDARDS (AR 40-501 CH 3). FORWARD TO INFORMAL PEB.
SIGNED ⟦D|2099-11-02⟧ MAJ ⟦N|D. ACHEAMPONG⟧ / APPROVED COL ⟦N|HARRIET VANCLEAVE⟧, DCCS
`);

note("cmop-refill-caps", `
⟦H|VA NORTHERN CALIFORNIA HEALTH CARE SYSTEM⟧ - PHARMACY SERVICE
AUTOMATED MAIL-ORDER (CMOP) SHIPMENT NOTICE   ⟦D|12/07/2099⟧
TO: ⟦N|NAKAMURA-SILVA, TERRENCE K⟧   ⟦S|4418 SUNRISE BLVD⟧ APT 22, ⟦C|CITRUS HEIGHTS⟧ ⟦STATE|CA⟧ ⟦Z|95610⟧
LAST 4: ⟦SSN|8816⟧   ICN ⟦M|1044718263V552190⟧
SHIPPED FROM ⟦O|CMOP LEAVENWORTH⟧ VIA USPS, TRACKING ⟦I|9405511899223447182606⟧:
  RX ⟦I|10447182⟧ SERTRALINE 100 MG TAB - #90 - 2 REFILLS LEFT
  RX ⟦I|10447183⟧ PRAZOSIN 2 MG CAP - #180 - DR ⟦N|OYAMA⟧
  RX ⟦I|10447190⟧ TAMSULOSIN 0.4 MG CAP - #90
NOT SHIPPED: RX ⟦I|10447191⟧ GABAPENTIN - NEEDS RENEWAL FROM YOUR PACT PROVIDER ⟦N|LAKSHMI VENKATARAMAN⟧, NP AT ⟦H|MCCLELLAN CBOC⟧.
QUESTIONS: PHARMACY ⟦P|916-555-0180⟧ EXT ⟦P|2⟧ OR SECURE MESSAGE ON MY HEALTHEVET.
REFILLS ORDERED AFTER ⟦D|DEC 20⟧ MAY ARRIVE AFTER ⟦D|JANUARY 2, 2100⟧ DUE TO HOLIDAYS.
ONLINE: ⟦U|HTTPS://WWW.MYHEALTH-EXAMPLE.VA.GOV/PHARMACY⟧ - LAST LOGIN FROM ⟦IP|172.16.44.118⟧ ON ⟦D|12/05/2099⟧.
`);

note("hbpc-visit-wwii-caps", `
⟦H|VA PITTSBURGH HEALTHCARE SYSTEM⟧ - HOME BASED PRIMARY CARE (HBPC) RN VISIT
DATE: ⟦D|11/18/2099⟧  TIME IN 0930 OUT 1045
VETERAN: ⟦N|KOWALCZYK, STANISLAUS W⟧   AGE ⟦A|99⟧   LAST 4 ⟦SSN|2291⟧   SERVICE #: ⟦I|33 447 192⟧ (WWII ARMY)
WWII SERVICE: ⟦O|28TH INFANTRY DIVISION⟧, HUERTGEN FOREST. PURPLE HEART. RECENT LETTER FROM ⟦O|VETERANS OF FOREIGN WARS POST 402⟧, ⟦C|MCKEES ROCKS⟧.
HOME: ⟦S|319 CHARTIERS AVE⟧, ⟦C|MCKEES ROCKS⟧ ⟦STATE|PA⟧ ⟦Z|15136⟧. LIVES WITH DAUGHTER ⟦N|BERNADETTE KOWALCZYK-HUNT⟧ (71), PHONE ⟦P|412-555-0164⟧.
VITALS: BP 132/70, HR 68 IRREG, SPO2 95% RA. WT 131 LB (DOWN 3 LB SINCE ⟦D|10/21⟧).
SKIN: STAGE 2 SACRUM 1.5 X 1 CM, CLEANED, FOAM DRESSING. ROHO CUSHION IN USE.
MEDS: APIXABAN 2.5 BID, METOPROLOL 25 BID - PILLBOX FILLED BY GRANDSON ⟦N|KEVIN HUNT⟧.
SOCIAL: VETERAN'S BROTHER ⟦N|CASIMIR⟧ DIED AT ⟦A|96⟧ IN ⟦D|2098⟧. PRIEST FR. ⟦N|TADEUSZ MALINOWSKI⟧ OF ⟦O|ST. MARY OF THE ASSUMPTION PARISH⟧ VISITS ⟦DAY|SUNDAYS⟧.
PLAN: HBPC MD DR ⟦N|ANJALI BHATTACHARYA⟧ VISIT ⟦D|12/02⟧. HOSPITAL BED FROM PROSTHETICS DELIVERED ⟦D|11/09⟧.
⟦N|C. WOJCIK⟧, RN   ⟦N|CW⟧
`);

note("pdha-navy-caps", `
POST-DEPLOYMENT HEALTH ASSESSMENT (DD 2796) - PROVIDER INTERVIEW
⟦H|NAVAL MEDICAL CENTER PORTSMOUTH⟧ - DEPLOYMENT HEALTH CENTER   DATE ⟦D|2099-10-16⟧
MEMBER: HM2 ⟦N|FAUMUINA, LEILANI T⟧   DOD ID ⟦I|1220447186⟧   DOB ⟦D|1992-02-09⟧
COMMAND: ⟦O|USS GERALD R. FORD⟧ (CVN 78) MEDICAL DEPT, HOMEPORT ⟦LO|NAVAL STATION NORFOLK⟧
DEPLOYMENT: ⟦D|15 MAR 2099⟧ - ⟦D|02 OCT 2099⟧, EASTERN MED, PORT VISITS ⟦C|SOUDA BAY⟧ AND ⟦C|NAPLES⟧.
EXPOSURES: JP-5 FUMES, NOISE > 85 DB (FLIGHT DECK). NO BLAST. NO BURN PITS.
SCREENS: PHQ-2 1, PC-PTSD-5 1, AUDIT-C 5 (POSITIVE - BINGE ON LIBERTY). C-SSRS NEG.
CONCERNS: STRAIN AT HOME - HUSBAND ⟦N|MATTHEW FAUMUINA⟧ WITH TWO KIDS IN ⟦C|CHESAPEAKE⟧. CHILD ⟦N|MALIA⟧ (6) SEES DR ⟦N|KWABENA ASARE⟧ AT ⟦H|CHILDREN'S HOSPITAL OF THE KING'S DAUGHTERS⟧.
REFERRALS: FLEET AND FAMILY SUPPORT CENTER (⟦O|FFSC NORFOLK⟧), SARP SCREENING AT ⟦H|BRANCH HEALTH CLINIC OCEANA⟧ ⟦D|10/23⟧.
HOME ⟦S|1204 BATTLEFIELD BLVD N⟧, ⟦C|CHESAPEAKE⟧ ⟦STATE|VA⟧ ⟦Z|23320⟧.
INTERVIEWER: LT ⟦N|ARJUN MAHADEVAN⟧, MC, USN   ⟦E|ARJUN.MAHADEVAN.MIL@HEALTH-EXAMPLE.MIL⟧   DSN ⟦P|377-5531⟧
`);

note("lod-determination-caps", `
LINE OF DUTY DETERMINATION - DA FORM 2173 SUPPLEMENT (INFORMAL)
⟦O|OKLAHOMA ARMY NATIONAL GUARD⟧ - ⟦O|1ST BATTALION, 179TH INFANTRY REGIMENT⟧, ⟦C|STILLWATER⟧
LOD #: ⟦I|OK-LOD-2099-00318⟧   DATE OF INJURY: ⟦D|17 JUN 2099⟧ 1520 HRS
SOLDIER: SGT ⟦N|REDCLOUD, JOSIAH T⟧   EDIPI ⟦I|1558204731⟧   DOB ⟦D|03/30/2091⟧
DUTY STATUS: ANNUAL TRAINING (TITLE 32) AT ⟦LO|CAMP GRUBER TRAINING CENTER⟧, ⟦C|BRAGGS⟧.
EVENT: ROLLOVER OF M1151 ON ⟦S|RANGE ROAD 4⟧. DRIVER SPC ⟦N|ELIAS PAHDOCONY⟧ (MINOR INJURIES).
TREATMENT: ⟦H|SAINT FRANCIS HOSPITAL MUSKOGEE⟧ ED - CT C-SPINE NEG; L CLAVICLE FX, SLING. F/U ORTHO DR ⟦N|BEAUREGARD⟧ ⟦D|6/24⟧.
BAC NOT DONE; NO INDICATION OF MISCONDUCT PER COMMANDER CPT ⟦N|LUCINDA HARJO⟧.
CIVILIAN EMPLOYER: ⟦O|CHEROKEE NATION ENTERTAINMENT⟧, ⟦C|TAHLEQUAH⟧ - USERRA LETTER GIVEN.
WITNESS: SSG ⟦N|CORNELIUS HAWZIPTA⟧ ⟦P|580-555-0124⟧.
FINDING: IN LINE OF DUTY. APPROVING AUTHORITY LTC ⟦N|WARREN FIXICO⟧ ⟦D|07/08/2099⟧.
HOME OF RECORD: ⟦S|RR 2 BOX 118⟧, ⟦C|PARK HILL⟧ ⟦STATE|OK⟧ ⟦Z|74451⟧. ⟦LO|CHEROKEE COUNTY⟧. PHONE ⟦P|918-555-0135⟧.
`);

note("vet-center-intake-caps", `
⟦H|COLORADO SPRINGS VET CENTER⟧ - READJUSTMENT COUNSELING INTAKE
⟦S|602 S NEVADA AVE⟧, ⟦C|COLORADO SPRINGS⟧ ⟦STATE|CO⟧ ⟦Z|80903⟧   ⟦P|719-555-0116⟧
DATE: ⟦D|DECEMBER 7, 2099⟧   COUNSELOR: ⟦N|ROSALIND STANDING ELK⟧, LPC
CLIENT: ⟦N|MARTINEZ-BACA, ESTEBAN⟧   DOB ⟦D|01/15/2080⟧   LAST 4 ⟦SSN|6634⟧
SERVICE: USMC ⟦D|2098⟧ ETS, 0311, ⟦O|3RD BATTALION, 5TH MARINES⟧ OUT OF ⟦LO|CAMP PENDLETON⟧. COMBAT ZONE DEPLOYMENT ⟦D|2097⟧.
PRESENTING: NIGHTMARES, ANGER, SEPARATED FROM WIFE ⟦N|CRYSTAL⟧ SINCE ⟦D|AUGUST⟧. WORKS NIGHTS AT ⟦O|AMAZON FULFILLMENT CENTER COS1⟧.
PCL-5: 52. PHQ-9: 16. C-SSRS: PASSIVE IDEATION, NO PLAN; FIREARM STORED AT BROTHER ⟦N|RUBEN BACA⟧'S HOME IN ⟦C|PUEBLO⟧.
REFERRED BY BUDDY ⟦N|TYLER "DOC" HAUGEN⟧ FROM ⟦O|TEAM RUBICON⟧.
PLAN: WEEKLY INDIVIDUAL, COMBAT VETERANS GROUP ⟦DAY|TUESDAYS⟧. WARM HANDOFF TO ⟦H|PFC FLOYD K. LINDSTROM VA CLINIC⟧ MH FOR PRAZOSIN EVAL. VETERANS CRISIS LINE CARD GIVEN.
EMERGENCY CONTACT: MOTHER ⟦N|ALMA BACA⟧ ⟦P|719-555-0177⟧, ⟦S|1520 E ORMAN AVE⟧, ⟦C|PUEBLO⟧ ⟦Z|81004⟧. NEXT APPT ⟦D|12/14/2099⟧.
`);

note("prosthetics-consult-caps", `
PROSTHETICS AND SENSORY AIDS SERVICE - CONSULT
⟦H|JAMES A. HALEY VETERANS' HOSPITAL⟧, ⟦C|TAMPA⟧ - AMPUTATION SYSTEM OF CARE
CONSULT # ⟦I|PSAS-99-1204417⟧   DATE ⟦D|12/04/2099⟧
VETERAN: ⟦N|OKAFOR-BELLAMY, DWAYNE R⟧   ICN ⟦M|1009447182V337104⟧   DOB ⟦D|07/07/2085⟧
HX: L TRANSFEMORAL AMPUTATION AFTER IED ⟦D|05/2097⟧, POLYTRAUMA REHAB ⟦H|TAMPA POLYTRAUMA REHABILITATION CENTER⟧.
CURRENT: GENIUM X3 KNEE (SN ⟦DEV|GX3-44718-2097⟧), SOCKET REPLACED ⟦D|2098⟧. FITTING ISSUES WITH WEIGHT LOSS.
REQUEST: NEW SOCKET AND SWIM LEG. VENDOR ⟦O|HANGER CLINIC⟧ ⟦C|BRANDON⟧ (CPO ⟦N|GUSTAVO ECHAVARRIA⟧, ⟦P|813-555-0158⟧, FAX ⟦F|813-555-0159⟧).
PO ⟦I|673-P99-4471⟧. AUTHORIZED BY CHIEF PSAS ⟦N|BEVERLY TRAN-MORRISON⟧.
ADAPTIVE SPORTS: REFERRED TO NATIONAL VETERANS WHEELCHAIR GAMES; CONTACT ⟦N|JOLENE MAKAIKA⟧, ⟦E|JOLENE.MAKAIKA@VA-EXAMPLE.GOV⟧.
HOME ⟦S|11020 N 56TH ST⟧, ⟦C|TEMPLE TERRACE⟧ ⟦Z|33617⟧  CELL ⟦P|813-555-0174⟧. WIFE ⟦N|SHONDA BELLAMY⟧.
PHYSIATRIST: DR ⟦N|EMEKA NWANKWO⟧ ⟦D|12/04/99⟧
`);

note("hud-vash-caps", `
HUD-VASH CASE MANAGEMENT NOTE - ⟦H|ALEDA E. LUTZ VA MEDICAL CENTER⟧ (⟦C|SAGINAW⟧)
DATE ⟦D|2099-12-03⟧   SOCIAL WORKER ⟦N|FELICIA OSEI-MENSAH⟧, LMSW
VETERAN: ⟦N|GREENLEAF, WALLACE D⟧   LAST 4 ⟦SSN|5590⟧   AGE 58
HOUSING: VOUCHER ISSUED BY ⟦O|SAGINAW HOUSING COMMISSION⟧ ⟦D|10/01/2099⟧ (VOUCHER ⟦I|SHC-V-44718⟧). INSPECTION PASSED AT ⟦S|2210 JANES AVE⟧, UPPER UNIT, ⟦C|SAGINAW⟧ ⟦Z|48601⟧. LANDLORD ⟦N|DIMITRI PAPADAKIS⟧ ⟦P|989-555-0122⟧.
MOVE-IN DATE ⟦D|DEC 1⟧. FURNITURE FROM ⟦O|SAGINAW RESCUE MISSION⟧, BEDDING FROM ⟦O|AMERICAN LEGION POST 439⟧.
INCOME: VA PENSION + SSI. REP PAYEE SISTER ⟦N|GLORIA GREENLEAF-OWENS⟧.
HEALTH: ALCOHOL USE DISORDER IN EARLY REMISSION, NALTREXONE VIA ⟦H|SAGINAW VAMC⟧ SATP. PCP DR ⟦N|HIRAM OYELOWO⟧.
PRIOR: ⟦O|GOOD SAMARITAN RESCUE MISSION⟧ SHELTER, ⟦C|BAY CITY⟧ (LEFT ⟦D|11/30⟧).
NEXT HOME VISIT ⟦D|12/10/2099⟧. SSVF REFERRAL TO ⟦O|VOLUNTEERS OF AMERICA MICHIGAN⟧ FOR DEPOSIT.
VASH CASE # ⟦I|VASH-99-SAG-0118⟧. HOUSING SPECIALIST ⟦N|TROY MCALLISTER⟧ ⟦P|989-555-0140⟧, FAX ⟦F|989-555-0141⟧.
`);
// ======================================================== lower case (10) ========================================================

note("pact-primary-care-lower", `
pact primary care note - ⟦H|gallup cboc⟧ (⟦H|new mexico va health care system⟧)
date: ⟦D|12/07/99⟧   provider: ⟦N|renata oshiro-begay⟧, np   teamlet rn ⟦N|corbin yellowhair⟧
veteran: ⟦N|begaye, harrison lee⟧   last4 ⟦SSN|1187⟧   icn ⟦M|1055204471v118290⟧   dob ⟦D|5/30/2049⟧
lives with wife ⟦N|loretta begaye⟧ off ⟦S|state highway 371⟧ near ⟦C|crownpoint⟧ (⟦LO|navajo nation⟧, ⟦LO|mckinley county⟧); grandson ⟦N|tyrell⟧ drives him in.
service: army ⟦D|2068⟧-⟦D|2072⟧, ⟦O|173rd airborne brigade⟧. sc 60% ptsd, 10% tinnitus. member of ⟦O|navajo code talkers association⟧ youth program board.
cc: a1c follow-up, foot numbness. a1c 8.4 (⟦D|sept⟧: 8.9). bp 138/76. monofilament decreased bilat.
meds: metformin 1000 bid, empagliflozin 10 mg started ⟦D|9/12⟧, lisinopril 20, atorvastatin 40. cmop mail to ⟦S|po box 1447⟧, ⟦C|crownpoint⟧ ⟦Z|87313⟧.
plan: podiatry community care referral (seoc ⟦I|seoc-99-podi-04471⟧) to ⟦H|rehoboth mckinley christian hospital⟧, via ⟦O|optum serve⟧. retinal imaging at cboc ⟦D|1/4/2100⟧. navajo interpreter ⟦N|ella tsosie⟧ next visit.
lab draw ⟦D|12/28⟧ at ⟦H|crownpoint healthcare facility⟧ (ihs) per the sharing agreement.
phone ⟦P|505-555-0132⟧ (wife's cell; no service at home). whole health coach ⟦N|darlene chee⟧ to call ⟦DAY|friday⟧.
/es/ ⟦N|renata oshiro-begay⟧, np ⟦D|12/07/2099⟧ 15:02
`);

note("ptsd-clinic-lower", `
ptsd clinical team (pct) - individual psychotherapy, session 6 of 12 (cpt)
⟦H|michael e. debakey va medical center⟧, ⟦C|houston⟧   ⟦D|2099-12-02⟧   video (vvc) - veteran at home in ⟦C|pasadena⟧
veteran: ⟦N|nguyen, khanh duy⟧, 41, navy ⟦D|2076⟧-⟦D|2096⟧, former corpsman with ⟦O|1st marine division⟧ (⟦LO|camp pendleton⟧).
pcl-5 today 38 (intake ⟦D|10/14⟧: 61). phq-9 9.
content: stuck point about the death of lcpl ⟦N|marcus oyelowo-grant⟧ in ⟦D|2091⟧; impact statement reread. wife ⟦N|thuy⟧ noticed less irritability. daughter ⟦N|an⟧ started at ⟦O|sam rayburn high school⟧.
works as ⟦O|harris health⟧ ed tech; supervisor ⟦N|dolores etienne⟧ approved schedule change for sessions.
safety: c-ssrs negative. firearms locked with cable lock from the suicide prevention office.
plan: session 7 ⟦D|12/09⟧ 10:00. prazosin per dr ⟦N|farouk al-amin⟧ (psychiatry), no change.
⟦N|jessamyn rourke⟧, phd, staff psychologist   x ⟦P|24417⟧
`);

note("community-care-auth-lower", `
community care - referral and authorization (mission act)
authorizing facility: ⟦H|boise va medical center⟧ office of community care
referral #: ⟦I|va0044718299⟧   seoc: orthopedic surgery 1.4.5   auth valid ⟦D|12/01/2099⟧ through ⟦D|05/29/2100⟧
veteran: ⟦N|lindqvist, anders p⟧   dob ⟦D|08/19/2061⟧   icn ⟦M|1012447180v200447⟧   ph ⟦P|208-555-0177⟧
address: ⟦S|711 n 11th st⟧, ⟦C|nampa⟧ ⟦STATE|id⟧ ⟦Z|83687⟧
eligibility: drive time > 60 min to va ortho clinic with appointment in access standard? no - wait time 42 days (standard 28).
community provider: ⟦N|svetlana moroz⟧, md, ⟦O|treasure valley bone and joint⟧, ⟦S|1550 e fairview ave⟧, ⟦C|meridian⟧ ⟦Z|83642⟧ - npi ⟦I|1447201883⟧ - fax ⟦F|208-555-0190⟧
ccn region 3 - ⟦O|optum serve⟧ provider relations ⟦P|888-555-0131⟧.
services: consult and treatment, r knee oa; mri and steroid injection approved; tka requires additional request.
prior community care: pt at ⟦O|st. luke's rehabilitation⟧ in ⟦C|boise⟧ ⟦D|aug 2099⟧ (referral ⟦I|va0044718102⟧).
scheduled by veteran on ⟦D|dec 4⟧ for ⟦D|12/15/2099⟧ 9:40.
community care nurse: ⟦N|pilar eguiluz⟧, rn ⟦P|208-555-0145⟧ ext ⟦P|7731⟧
`);

note("cmop-secure-message-lower", `
my healthevet secure message - pharmacy
from: ⟦N|delmar whitcomb⟧ (user ⟦UN|dwhitcomb1958⟧)   sent ⟦D|dec 6, 2099⟧ 10:14 pm
to: ⟦H|tomah va medical center⟧ pharmacy triage group
hello. my refill for the suboxone strips did not come. tracking said delivered ⟦D|12/3⟧ but my mailbox at ⟦S|w9421 county road b⟧, ⟦C|black river falls⟧ had nothing. my neighbor ⟦N|arlene voss⟧ checked hers too. i am down to 2 days. can i pick up at the ⟦H|wisconsin rapids cboc⟧? my son ⟦N|travis⟧ can drive me ⟦DAY|monday⟧. cell ⟦P|715-555-0119⟧.
---
reply ⟦D|12/7/2099⟧ 8:31 am from ⟦N|benedikt schrader⟧, pharmd: mr. ⟦N|whitcomb⟧, i sent a 7-day supply as a window fill to the ⟦H|wisconsin rapids cboc⟧ for pickup ⟦DAY|monday⟧ after 9. dr ⟦N|okeke⟧ renewed it. the missing package is reported to usps (claim ⟦I|usps-99-1203447⟧). please call the crisis line (988 press 1) if you are in trouble. - ⟦N|b. schrader⟧
`);

note("caregiver-support-lower", `
caregiver support program (pcafc) - annual wellness contact
⟦H|ralph h. johnson va medical center⟧ csp, telephone ⟦D|11/30/2099⟧
veteran: ⟦N|ortega-whitfield, samuel⟧, army retired, 100% p&t (tbi, l bka). last 4 ⟦SSN|4418⟧.
primary family caregiver: spouse ⟦N|yolanda ortega-whitfield⟧ ⟦P|843-555-0153⟧; secondary: daughter ⟦N|brianna whitfield⟧ (college, ⟦O|college of charleston⟧).
home: ⟦S|8814 dorchester rd⟧, ⟦C|north charleston⟧ ⟦Z|29420⟧.
update: veteran fell in shower ⟦D|11/8⟧ - ed at ⟦H|trident medical center⟧, no fx. roll-in shower bid from ⟦O|lowcountry accessible homes llc⟧ under hisa grant ⟦I|hisa-99-447120⟧.
caregiver zarit 38. sleeping 4-5 h. respite: 30 days/yr - using ⟦O|bayada home health care⟧ 6 h ⟦DAY|saturdays⟧.
peer support mentor ⟦N|charmaine deveaux⟧ matched. stipend level 2 unchanged.
next contact ⟦D|feb 2100⟧. ⟦N|odell pinckney⟧, lcsw, csp coordinator ⟦E|odell.pinckney@va-example.gov⟧
`);

note("tricare-referral-lower", `
tricare referral - ⟦O|humana military⟧ (tricare east)   referral # ⟦I|0099341044718⟧
beneficiary: ⟦N|delacroix, amelie r⟧ (spouse)   sponsor: ssgt ⟦N|jean-baptiste delacroix⟧, usaf
sponsor dod id ⟦I|1299204417⟧   ben dob ⟦D|02/14/2087⟧   tricare prime id ⟦HP|tp-4471-88203⟧
pcm: maj ⟦N|holly anne sorensen⟧, ⟦H|11th medical group clinic⟧, ⟦LO|joint base andrews⟧, ⟦STATE|md⟧   ⟦P|240-555-0129⟧
referred to: ⟦N|adaeze mbakwe⟧, md, maternal-fetal medicine, ⟦H|luminis health anne arundel medical center⟧, ⟦C|annapolis⟧ - ⟦P|443-555-0184⟧, fax ⟦F|443-555-0185⟧
reason: 16 wk gestation, prior preterm birth at 31 wk (⟦D|2097⟧, ⟦H|walter reed⟧). consult and 17-ohp.
valid ⟦D|9341⟧ (julian) to ⟦D|03/31/2100⟧. 6 visits.
home ⟦S|6610 hillmeade rd⟧, ⟦C|upper marlboro⟧ ⟦Z|20772⟧. ⟦E|amelie.delacroix@mail-example.com⟧
`);

note("polytrauma-tbi-screen-lower", `
tbi screening and comprehensive tbi evaluation - ⟦H|minneapolis va health care system⟧ polytrauma/tbi clinic
⟦D|12.03.2099⟧   examiner: ⟦N|priya ranganathan⟧, md (pm&r)   with ot ⟦N|kelsey brandvold⟧
veteran: ⟦N|hagen, erik m.⟧   dob ⟦D|10.22.2075⟧   edipi ⟦I|1404472199⟧   army national guard ⟦D|2093⟧-⟦D|2099⟧
unit: ⟦O|2nd brigade combat team, 34th infantry division⟧, deployed ⟦LO|al asad⟧ ⟦D|2096⟧.
events: ied blast ⟦D|4/17/2096⟧ near ⟦C|hit⟧ - brief loc per buddy sgt ⟦N|marcus thao⟧; second blast ⟦D|may 2096⟧ no loc. treated at role 2 then returned to duty.
symptoms: headaches 4/wk, light sensitivity, forgetfulness at work (⟦O|3m⟧ plant, ⟦C|cottage grove⟧), irritability. nsi 41.
exam: normal neuro. moca 27.
dx: mild tbi with persistent post-concussive symptoms; ptsd screen positive - referral to pct.
plan: topiramate 25 mg qhs; sumatriptan prn. ot cognitive rehab x 8. vision screen with dr. ⟦N|feldkamp⟧ optometry.
wife ⟦N|ingrid hagen⟧ ⟦P|651-555-0193⟧ attends ⟦O|minnesota national guard family program⟧ group in ⟦C|inver grove heights⟧.
va claim pending (file ⟦I|c 33 447 021⟧); c&p tbi exam ⟦D|1/6/2100⟧ at ⟦H|st. cloud va health care system⟧.
`);

note("vso-letter-lower", `
⟦O|disabled american veterans⟧ - national service office, ⟦O|st. louis va regional office⟧ building
⟦S|9700 page ave⟧, ⟦C|st. louis⟧ ⟦STATE|mo⟧ ⟦Z|63132⟧   ⟦P|314-555-0104⟧
⟦D|december 1, 2099⟧
re: ⟦N|bertrand "bert" fenwick⟧, va file no. ⟦I|c 31 204 477⟧, ssn ⟦SSN|491-44-2086⟧
to whom it may concern / ⟦O|veterans benefits administration⟧:
this office holds power of attorney (va form 21-22) for the above veteran, a korea-era veteran aged ⟦A|93⟧, who served with ⟦O|7th infantry division⟧ at ⟦LO|camp hovey⟧. we submit the enclosed private medical evidence from dr ⟦N|lorraine achebe-stokes⟧ (⟦O|west county cardiology⟧) dated ⟦D|11/14/2099⟧ and a lay statement from his daughter ⟦N|patricia fenwick-ruiz⟧ in support of a claim for aid and attendance.
the veteran resides at ⟦H|st. james veterans home⟧ in ⟦C|st. james⟧ since ⟦D|october 2099⟧; administrator ⟦N|gordon mcilvaine⟧.
please expedite due to age (over 90).
respectfully, ⟦N|keisha amberly-toliver⟧, national service officer, ⟦E|ktoliver@dav-example.org⟧
`);

note("suicide-prevention-lower", `
suicide prevention coordinator note - ⟦H|white river junction va medical center⟧
⟦D|12/05/2099⟧ 16:40   spc: ⟦N|marguerite lacasse⟧, lcsw
source: veterans crisis line referral ⟦I|vcl-99-1205447⟧ (responder ⟦N|kwame boateng⟧), call at 02:10 today.
veteran: ⟦N|prentice, caleb j⟧   dob ⟦D|6/2/2082⟧   last 4 ⟦SSN|3309⟧   ph ⟦P|802-555-0168⟧
lives alone at ⟦S|44 depot st⟧, ⟦C|bellows falls⟧ ⟦STATE|vt⟧ ⟦Z|05101⟧; ex-girlfriend ⟦N|shannon maloney⟧ moved out ⟦D|11/20⟧.
worked at ⟦O|chroma technology⟧ in ⟦C|rockingham⟧ until laid off in ⟦D|nov⟧.
contact 15:55: veteran answered, calm, denies current intent. c-ssrs: ideation with method (firearm), no plan, no attempt. safety plan updated; brother ⟦N|owen prentice⟧ (⟦P|603-555-0127⟧) agreed to hold his rifle.
high risk flag: not placed (criteria not met). reach vet list: yes since ⟦D|11/2099⟧.
follow-up: mh intake ⟦D|12/08⟧ at ⟦H|bennington cboc⟧ with dr. ⟦N|iwu⟧; spc call ⟦D|12/06⟧.
`);

note("burn-pit-registry-lower", `
airborne hazards and open burn pit registry - in-person exam (pact act toxic exposure screening done)
⟦H|phoenix va health care system⟧ (⟦H|carl t. hayden vamc⟧), environmental health clinic   ⟦D|november 29, 2099⟧
veteran: ⟦N|salazar-ahumada, veronica⟧   dob ⟦D|04/03/2081⟧   icn ⟦M|1033447182v991026⟧   registry id ⟦I|ahobpr-2099-447126⟧
service: air force ⟦D|2099⟧ retired, msgt; ⟦O|332nd expeditionary medical group⟧ at ⟦LO|balad air base⟧ (⟦COUNTRY|iraq⟧) and ⟦O|386th air expeditionary wing⟧, ⟦LO|ali al salem⟧ (⟦COUNTRY|kuwait⟧). home station ⟦LO|luke air force base⟧.
exposures: burn pit 4-6 h/day, sand storms, jet fuel.
symptoms: cough since ⟦D|2094⟧, dyspnea on stairs, sinus congestion.
pfts ⟦D|11/15⟧: fev1/fvc 0.68, dlco 71%. hrct: mild air trapping.
assessment: possible constrictive bronchiolitis; presumptive condition (chronic rhinosinusitis) - will note for c&p.
plan: pulmonary at ⟦H|phoenix vamc⟧; budesonide-formoterol. notify wife ⟦N|alejandra ahumada⟧ (spouse, ⟦P|623-555-0148⟧).
registry questionnaire submitted from ⟦IP|10.118.44.7⟧ on ⟦D|10/02/2099⟧ (⟦U|www.publichealth-example.va.gov/exposures⟧).
examiner ⟦N|dov ackerman-lee⟧, md   environmental health coordinator ⟦N|rochelle tsinajinnie⟧
`);
// ======================================================== Mixed case (25) ========================================================

note("cp-exam-ptsd", `
Compensation and Pension Examination — Initial PTSD Disability Benefits Questionnaire
Contract examiner: ⟦O|QTC Medical Services⟧ on behalf of the ⟦O|Department of Veterans Affairs⟧ · Exam site: ⟦S|2410 Ridgewood Dr⟧, Suite 140, ⟦C|Columbus⟧, ⟦STATE|GA⟧ ⟦Z|31904⟧
Date of examination: ⟦D|December 3, 2099⟧
Veteran: ⟦N|Okonjo-Hargrove, Daniel C.⟧ · VA claim number ⟦I|28 447 106⟧ · DOB ⟦D|11/02/2077⟧ · Request ID ⟦I|QTC-2099-1180447⟧
Records reviewed: VBMS e-folder, STRs, ⟦H|Martin Army Community Hospital⟧ behavioral health records (⟦D|2095⟧-⟦D|2097⟧), ⟦H|Columbus VA Clinic⟧ notes.
Military history: Army infantryman (11B), ⟦O|3rd Battalion, 75th Ranger Regiment⟧ at ⟦LO|Fort Moore⟧, four combat deployments; CIB. Separated ⟦D|14 Jan 2098⟧.
Stressor: ambush near ⟦C|Sangin⟧ on ⟦D|8 June 2091⟧ in which his team leader, SSG ⟦N|Ricardo "Rico" Almaguer⟧, was killed. Corroborated by a buddy statement from ⟦N|Travis Dunleavy⟧ (VA Form 21-10210).
Current: lives with partner ⟦N|Kiara Hollins⟧ and her son in ⟦C|Phenix City⟧, ⟦STATE|AL⟧; works as a lineman for ⟦O|Georgia Power⟧; hunting trips with his father ⟦N|Clement Hargrove⟧.
CAPS-5 severity 44; PCL-5 57. Meets DSM-5 criteria for PTSD. Occupational and social impairment with reduced reliability and productivity.
Prior rating decision ⟦D|03/2099⟧ (10%).
Examiner: ⟦N|Lorna Vasquez-Pettigrew⟧, PsyD · NPI ⟦I|1558201744⟧ · ⟦P|706-555-0149⟧
`);

note("hbpc-korea-veteran", `
Geriatric Primary Care (GeriPACT) Note — ⟦H|Edward Hines Jr. VA Hospital⟧, ⟦C|Hines⟧, ⟦STATE|IL⟧
⟦D|Dec 7, 2099⟧ · Author: ⟦N|Zofia Grabowska⟧, MD
Veteran: ⟦N|Augustine Mbatha-Reyes⟧, ⟦A|94⟧-year-old Korean War veteran (Army, ⟦O|2nd Infantry Division⟧, Chosin era) · Last 4 ⟦SSN|0746⟧ · ICN ⟦M|1017204477V440918⟧
Accompanied by daughter ⟦N|Philippa Reyes-Cartwright⟧ (health care POA) and great-grandson ⟦N|Jaylen⟧.
He lives at ⟦H|Manteno Veterans' Home⟧ since ⟦D|March 2098⟧; nurse ⟦N|Edwina Blackstock⟧ sent the MAR.
His wife ⟦N|Lucille⟧ died in ⟦D|2096⟧ at ⟦A|92⟧. His brother ⟦N|Oswald Mbatha⟧, ⟦A|97⟧, lives in ⟦C|Evanston⟧.
Issues: falls x2 (⟦D|10/30⟧, ⟦D|11/21⟧), SLUMS 19, hearing aids (Phonak, serials ⟦DEV|PH-2291447-L⟧ / ⟦DEV|PH-2291448-R⟧) lost at the home once.
Daughter's phone ⟦P|708-555-0119⟧, fax for the POA papers ⟦F|708-555-0120⟧; the home is at ⟦S|1 Veterans Dr⟧, ⟦C|Manteno⟧ ⟦Z|60950⟧.
Plan: PT at the home; vitamin D; stop doxazosin; review goals of care on ⟦D|12/21/2099⟧ with chaplain Rev. ⟦N|Thaddeus Okwuosa⟧.
`);

note("mtf-flight-medicine", `
Flight Medicine Clinic — ⟦H|88th Medical Group⟧, ⟦LO|Wright-Patterson AFB⟧, ⟦STATE|OH⟧
Encounter ⟦D|2099-12-04⟧ · Patient: Capt ⟦N|Siddharth Venkatesh⟧, USAF · DoD ID ⟦I|1470338821⟧ · FC II
Unit: ⟦O|445th Airlift Wing⟧ (Reserve) · civilian job: pilot for ⟦O|Piedmont Regional Air⟧ out of ⟦C|Dayton⟧
CC: return to fly after kidney stone. Stone passed ⟦D|11/19⟧ in the ED at ⟦H|Kettering Health Main Campus⟧; CT KUB ⟦D|12/01⟧ (read by Dr. ⟦N|Oluwatoyin Bakare⟧) clear.
Plan: RTFS; waiver not required (single stone, passed). DNIF removed ⟦D|04 Dec 99⟧. AF 1042 signed. Metabolic workup with PCM Lt Col ⟦N|Margarethe Sørensen⟧.
Wife ⟦N|Ananya⟧ called the clinic ⟦P|937-555-0114⟧; spouse on TRICARE Prime, DEERS verified.
Home: ⟦S|2418 Kolb Dr⟧, ⟦C|Fairborn⟧ ⟦Z|45324⟧.
Flight surgeon: Maj ⟦N|Rhett Calloway⟧, MC, FS · ⟦E|rhett.calloway.mil@health-example.mil⟧ · DSN ⟦P|674-2210⟧
`);

note("mst-womens-clinic", `
Women Veterans Program — Gynecology and MST follow-up · ⟦H|VA Puget Sound — American Lake Division⟧ · ⟦C|Tacoma⟧ · ⟦D|12/06/2099⟧
Veteran: ⟦N|Faleolo, Teuila M.⟧ · age 36 · MRN ⟦M|AL-0447182⟧ · ICN ⟦M|1029447160V881203⟧
Navy ⟦D|2082⟧–⟦D|2090⟧, aviation ordnanceman, ⟦LO|NAS Whidbey Island⟧; MST during service (disclosed ⟦D|2097⟧); followed by Dr. ⟦N|Hana Kobayashi⟧ in the MST clinic.
Today: IUD check (Mirena placed ⟦D|6/2098⟧), pelvic pain improved. Pap ⟦D|2098⟧ normal.
Social: living with her mother ⟦N|Sina Faleolo⟧ in ⟦C|Lakewood⟧; daughter ⟦N|Leilani⟧ at ⟦O|Clover Park School District⟧. Attends ⟦H|Tacoma Vet Center⟧ women's group.
Next visit ⟦D|March 2100⟧; labs ⟦D|12/20⟧ at the ⟦H|Puyallup VA Clinic⟧.
Women Veteran Program Manager ⟦N|Corinne Achterberg⟧ ⟦P|253-555-0162⟧ ext. ⟦P|71203⟧.
`);

note("bas-sick-call-marines", `
Battalion Aid Station sick call — ⟦O|2nd Battalion, 6th Marines⟧ BAS, ⟦LO|Camp Lejeune⟧, NC (⟦LO|Camp Geiger⟧ area)
DTG ⟦D|070730RDEC99⟧ · Pt: LCpl ⟦N|Ramírez Ocasio, Jonathan⟧ · EDIPI ⟦I|1600447129⟧ · Weapons Co
S: blisters both heels after 12-mile hike ⟦D|06 Dec⟧; R great toe ingrown, drainage x 2 days.
O: T 98.9. R hallux lateral fold erythema, pus. Heel blisters deroofed 2 cm bilat.
A/P: partial nail avulsion R hallux done by HM3 ⟦N|Kimball⟧; light duty 5 days (no boots, running shoes), wound check ⟦D|10 Dec⟧. Chit to plt commander 2ndLt ⟦N|Abernathy-Soto⟧.
Seen by HM2 ⟦N|Oduya, Grace⟧; reviewed by BAS surgeon LT ⟦N|Yusuf Demirci⟧, MC, USN. Referral to podiatry at ⟦H|Naval Medical Center Camp Lejeune⟧ if recurrence. Mother ⟦N|Carmen Ocasio⟧ in ⟦C|Bayamón⟧ to be called by the Marine.
`);

note("pha-annual-army", `
Periodic Health Assessment (PHA) — ⟦H|Evans Army Community Hospital⟧ Soldier Readiness, ⟦LO|Fort Carson⟧
Date: ⟦D|2 Dec 2099⟧ · Soldier: CPT ⟦N|Mwangi, Esther W.⟧ · DoD ID ⟦I|1390447218⟧ · Unit: ⟦O|4th Infantry Division⟧ HQ, G-6
Deployment-limiting conditions: none. Dental class 1 (⟦D|10/2099⟧ at ⟦H|Larson Dental Clinic⟧). Hearing: H-1. Vision: needs new inserts, ordered.
Immunizations: influenza ⟦D|11/14/99⟧, Tdap ⟦D|2096⟧. HIV drawn.
Family: spouse ⟦N|Peter Kamau⟧ (civilian, works at ⟦O|UCHealth Memorial Hospital⟧), children ⟦N|Wanjiru⟧ (9) and ⟦N|Baraka⟧ (6) at ⟦O|Mountainside Elementary⟧.
Residence: on post, ⟦S|7218 Ellis St⟧, ⟦LO|Fort Carson⟧ ⟦STATE|CO⟧ ⟦Z|80913⟧.
Behavioral health: PHQ-2 0, AUDIT-C 2. Sleep 6 h.
Next PHA due ⟦D|Dec 2100⟧. ACFT passed ⟦D|9/18/2099⟧ (score 512). Dental: Dr. ⟦N|Ikaika Ho⟧.
Provider: ⟦N|Lamar Twoguns⟧, PA-C · IMR status: green, MEDPROS ⟦D|12/02/2099⟧
`);

note("homeless-outreach", `
Health Care for Homeless Veterans (HCHV) — street outreach note · ⟦H|VA Greater Los Angeles Healthcare System⟧
⟦D|12/7/2099⟧ 07:15 · Outreach worker: ⟦N|Darnell Oyenuga⟧, LCSW, with peer specialist ⟦N|Rigoberto "Rigo" Santillán⟧
Location: encampment under ⟦S|Sepulveda Blvd⟧ overpass near ⟦S|Ohio Ave⟧, ⟦C|Los Angeles⟧ ⟦Z|90025⟧.
Veteran: ⟦N|Jerome Wadsworth-Boyd⟧ (states DOB ⟦D|3/8/2064⟧; DD 214 not on file — request to ⟦O|National Personnel Records Center⟧ sent, ref ⟦I|NPRC-2-33447180⟧). Army ⟦D|2082⟧–⟦D|2085⟧, ⟦LO|Fort Ord⟧.
Accepted ride to the ⟦H|West LA VA⟧ CRRC; intake with ⟦N|Maricela Duarte⟧. Wants to reconnect with his sister ⟦N|Ernestine Boyd⟧ in ⟦C|Compton⟧ (⟦P|310-555-0188⟧).
Needs: ID card, dentures, Medi-Cal; interested in the Tiny Home village on the ⟦LO|West LA campus⟧ through ⟦O|Shangri-La Industries⟧ (case ⟦I|SL-99-04471⟧).
Phone (donated): ⟦P|213-555-0166⟧. Next contact ⟦D|12/9⟧ at the ⟦O|Salvation Army Bell Shelter⟧.
Also seen: ⟦N|Hollis "Preacher" McGraw⟧, not a veteran (Coast Guard?), referred to ⟦O|Union Rescue Mission⟧.
`);

note("community-care-urgent-care", `
Community care urgent care claim review · ⟦H|VA Salt Lake City Health Care System⟧ Office of Community Care
Date reviewed: ⟦D|12/04/2099⟧ · Reviewer: ⟦N|Brigham Tuilagi⟧, RN
Veteran: ⟦N|Christensen, Maren J.⟧ · DOB ⟦D|07/21/2069⟧ · ICN ⟦M|1048820447V300219⟧ · claim ⟦I|2099338047182⟧
Visit: ⟦D|11/26/2099⟧ at ⟦O|InstaCare Orem⟧ (⟦O|Intermountain Health⟧), ⟦S|1201 N 800 E⟧, ⟦C|Orem⟧, ⟦STATE|UT⟧ ⟦Z|84097⟧ — UTI, nitrofurantoin. Copay tier: first three visits in ⟦D|2099⟧ $0.
Network status: in CCN (⟦O|TriWest Healthcare Alliance⟧, Region 4). Eligible, paid.
Pharmacy: prescription filled at ⟦O|Smith's Pharmacy⟧ #⟦I|4418⟧ in ⟦C|Orem⟧ — 14-day supply reimbursable; veteran mailed receipt to ⟦S|PO Box 30447⟧, ⟦C|Salt Lake City⟧ ⟦Z|84130⟧.
Letter sent to veteran at ⟦S|388 W 1720 N⟧, ⟦C|Orem⟧.
`);

note("fisher-house-sw", `
Inpatient Social Work — Spinal Cord Injury Unit, ⟦H|Hunter Holmes McGuire VA Medical Center⟧, ⟦C|Richmond⟧
⟦D|Dec 5, 2099⟧ · ⟦N|Oluwabunmi Adeyemi⟧, LCSW
Veteran: ⟦N|Castellano, Vincent R.⟧ · 33 · new T10 paraplegia after motorcycle crash ⟦D|10/29/2099⟧ on ⟦S|US-17⟧ near ⟦C|Gloucester⟧. Initial care ⟦H|VCU Medical Center⟧.
Family: wife ⟦N|Rosalba Castellano⟧ and sons ⟦N|Dominic⟧ (8) and ⟦N|Luca⟧ (5) staying at the ⟦O|Fisher House⟧ on campus since ⟦D|11/10⟧; mother-in-law ⟦N|Graciela Montañez⟧ flying in from ⟦C|San Juan⟧ ⟦D|12/12⟧.
Employer: ⟦O|Huntington Ingalls Industries⟧ (⟦O|Newport News Shipbuilding⟧), pipefitter; FMLA via ⟦O|Sedgwick⟧ claim ⟦I|SDW-44718-2099⟧; short-term disability in process.
Veteran service: Navy ⟦D|2086⟧–⟦D|2092⟧, ⟦O|USS Bataan⟧. SCI is not service-connected; eligible for VA care (PG 5).
⟦O|Fisher House⟧ manager ⟦N|Lorraine Tibbs⟧ ⟦P|804-555-0139⟧; stay approved through ⟦D|1/15/2100⟧.
Home: ⟦S|1904 Kecoughtan Rd⟧, ⟦C|Hampton⟧ ⟦Z|23661⟧, two-story — SAH grant application with ⟦O|Paralyzed Veterans of America⟧ service officer ⟦N|Gil Marchetti⟧ ⟦P|804-555-0126⟧.
`);

note("dd214-request-email", `
From: ⟦N|Agnieszka Sobczak⟧ <⟦E|asobczak@countyvso-example.org⟧>
To: ⟦E|records.request@nprc-example.gov⟧
Sent: ⟦DAY|Monday⟧, ⟦D|December 7, 2099⟧ 9:12 AM
Subject: SF-180 expedite — burial, ⟦N|Walenty Nowicki⟧ (deceased ⟦D|12/05/2099⟧)

Good morning,

I am the ⟦LO|Luzerne County⟧ Director of Veterans Affairs (⟦S|200 N River St⟧, ⟦C|Wilkes-Barre⟧, ⟦STATE|PA⟧ ⟦Z|18711⟧). Mr. ⟦N|Nowicki⟧ died at ⟦H|Wilkes-Barre VA Medical Center⟧ on ⟦DAY|Saturday⟧ at ⟦A|101⟧. His family (son ⟦N|Edmund Nowicki⟧, ⟦P|570-555-0133⟧) wants burial at ⟦LO|Indiantown Gap National Cemetery⟧ on ⟦D|12/14⟧ and cannot find his discharge.
Details: Army, ⟦D|2017⟧–⟦D|2021⟧, service number ⟦I|33 204 718⟧, ⟦O|79th Infantry Division⟧; born ⟦D|4/9/1998⟧ in ⟦C|Nanticoke⟧. SSN ⟦SSN|195-22-4471⟧. Funeral home: ⟦O|Kielbasa-Dombroski Funeral Home⟧, ⟦C|Plymouth⟧.
Thank you,
⟦N|Agnieszka Sobczak⟧ · ⟦P|570-555-0150⟧ x ⟦P|2206⟧ · fax ⟦F|570-555-0151⟧
`);

note("beneficiary-travel", `
Beneficiary Travel — claim decision · ⟦H|Jack C. Montgomery VA Medical Center⟧, ⟦C|Muskogee⟧
Claim ⟦I|BT-99-3410447⟧ · submitted ⟦D|12/01/2099⟧ via VTS (BTSSS) · decided ⟦D|12/03/2099⟧ by clerk ⟦N|Shawnee Tiger⟧
Veteran: ⟦N|Wesley Harjo-Lambert⟧ · last 4 ⟦SSN|9021⟧ · SC 50%
Trip: from ⟦S|415 E 6th St⟧, ⟦C|Ada⟧, ⟦STATE|OK⟧ ⟦Z|74820⟧ to ⟦H|Ernest Childers VA Outpatient Clinic⟧ (⟦C|Tulsa⟧) for audiology ⟦D|11/24⟧, and to the ⟦H|Ada VA Clinic⟧ for lab ⟦D|11/30⟧.
Mileage 236 mi round trip at 41.5¢ less deductible: approved $94.17. Direct deposit to account ending in ⟦I|4471⟧ (⟦O|Chickasaw Community Bank⟧).
Caregiver ⟦N|Dorothy Harjo⟧ drove; her cell ⟦P|580-555-0151⟧.
Special mode (wheelchair van) request for ⟦D|January 2100⟧ appointments: sent to Dr. ⟦N|Moira Quinlan⟧ for certification.
`);

note("cp-exam-knee", `
C&P Examination — Knee and Lower Leg DBQ · ⟦H|Sioux Falls VA Health Care System⟧ (⟦H|Royal C. Johnson Veterans Memorial Hospital⟧)
Exam date ⟦D|2099-12-02⟧ · Examiner ⟦N|Halvor Engebretsen⟧, MD
Claimant: ⟦N|Two Bears, Marcella R.⟧ · VA file ⟦I|32 118 447⟧ · DOB ⟦D|2068-05-17⟧ · from ⟦C|Eagle Butte⟧, ⟦LO|Cheyenne River Reservation⟧ (drove with her aunt ⟦N|Verna Little Thunder⟧)
Service: Army National Guard, ⟦O|1st Battalion, 147th Field Artillery⟧ (⟦C|Watertown⟧), ⟦D|2086⟧–⟦D|2094⟧. Injury: L knee twisted jumping from a truck at ⟦LO|Camp Ripley⟧ during annual training ⟦D|July 2090⟧; treated at the troop clinic; LOD approved (⟦I|SD-LOD-90-0447⟧).
Post-service: ACL reconstruction ⟦D|3/2095⟧ at ⟦H|Avera McKennan⟧ by Dr. ⟦N|Gunnar Ostby⟧.
ROM L knee flexion 0–105°, pain at 90°. Lachman 1+. Uses a brace. Imaging ⟦D|11/20/2099⟧: moderate medial OA.
Opinion: less likely than not... see rationale (records from ⟦H|Avera McKennan⟧ review requested ⟦D|12/02⟧).
`);

note("mhv-secure-message-spouse", `
My HealtheVet Secure Message · To: PACT Blue team, ⟦H|Togus VA Medical Center⟧ · From: ⟦N|Genevieve Thériault⟧ (delegate for ⟦N|Roland Thériault⟧)
Sent ⟦D|12/06/2099⟧ 7:48 PM
Hi Nurse ⟦N|Pelletier⟧ — ⟦N|Roland⟧'s CPAP (ResMed AirSense 11, serial ⟦DEV|23184477120⟧) is leaking and the mask cushion is torn. Can prosthetics send a new one to our camp address for the winter? It's ⟦S|88 Pond Rd⟧, ⟦C|Millinocket⟧ ⟦Z|04462⟧ (not the ⟦C|Caribou⟧ house). Also he wants to know if his appointment with Dr. ⟦N|Abernethy⟧ on ⟦D|Dec 18⟧ can be VA Video Connect because of the snow. Our home phone is ⟦P|207-555-0108⟧.
— ⟦N|Genevieve⟧
Reply ⟦D|12/07/2099⟧ 9:02 AM, ⟦N|Danielle Pelletier⟧, RN: I put in the prosthetics consult (⟦I|PSAS-99-2207418⟧). Supplies will ship from ⟦O|VA Denver Acquisition and Logistics Center⟧ to the ⟦C|Millinocket⟧ address. Dr. ⟦N|Abernethy⟧'s visit on the 18th is changed to video.
`);

note("mental-health-inpatient-dc", `
Discharge Summary — Acute Inpatient Mental Health, ⟦H|Corporal Michael J. Crescenz VA Medical Center⟧, ⟦C|Philadelphia⟧
Admitted ⟦D|11/27/2099⟧ · Discharged ⟦D|12/04/2099⟧ · Attending: ⟦N|Vikram Chaudhury⟧, MD
Patient: ⟦N|Lafontant, Jean-Robert⟧ · 45 · MRN ⟦M|642-0044718⟧ · Marine veteran (⟦D|2075⟧–⟦D|2083⟧), ⟦O|2nd Marine Division⟧
Reason: suicidal ideation with plan after eviction from ⟦S|5840 Chestnut St⟧; brought by ⟦O|Philadelphia Police Department⟧ under 302 from ⟦H|Penn Presbyterian⟧ ED.
Course: sertraline increased to 150; ketamine not offered. Safety plan with sister ⟦N|Marie-Ange Lafontant⟧ (⟦P|267-555-0172⟧). Lethal means: no firearms.
Housing: accepted to the ⟦O|Impact Services⟧ SSVF rapid rehousing; transitional bed at ⟦O|Veterans Multi-Service Center⟧ ⟦S|213 N 4th St⟧.
Follow-up: ⟦H|Crescenz VAMC⟧ BHIP team (Dr. ⟦N|Ngozi Eze-Walcott⟧) ⟦D|12/08⟧; peer ⟦N|Rashid Farouk⟧ calls within 48 h; HRF placed ⟦D|11/27/99⟧.
`);

note("meb-vision-letter", `
Memorandum for Record — ⟦H|Brooke Army Medical Center⟧, ⟦LO|Joint Base San Antonio-Fort Sam Houston⟧, ⟦STATE|TX⟧
⟦D|4 December 2099⟧
SUBJECT: Ophthalmology addendum to MEB, SFC ⟦N|Guerrero-Blanco, Rafael⟧, DoD ID ⟦I|1334470928⟧
1. SFC ⟦N|Guerrero-Blanco⟧ sustained an open globe injury, right eye, from fragmentation on ⟦D|19 Sep 2098⟧ while assigned to ⟦O|5th Special Forces Group⟧ (⟦LO|Fort Campbell⟧). Evacuated via ⟦H|Landstuhl Regional Medical Center⟧.
2. Current visual acuity OD light perception, OS 20/20. Prosthetic shell fitted by ocularist ⟦N|Mirela Vukovic⟧ (⟦O|Alamo Ocular Prosthetics⟧).
3. The Soldier does not meet retention standards. Referred for blind rehabilitation at ⟦H|Central Texas Veterans Health Care System⟧ (⟦H|Olin E. Teague Veterans' Medical Center⟧, ⟦C|Temple⟧); VIST coordinator ⟦N|Consuelo Ybarra⟧ ⟦P|254-555-0161⟧.
4. POC is the undersigned at ⟦P|210-555-0137⟧ or ⟦E|ingrid.solheim.civ@health-example.mil⟧.
⟦N|INGRID M. SOLHEIM⟧, MD, COL, MC, Chief, Ophthalmology Service
cc: spouse ⟦N|Araceli Guerrero⟧ ⟦P|931-555-0108⟧; PEBLO ⟦N|Marcus Dubois⟧.
`);

note("ssvf-intake", `
SSVF intake (homelessness prevention) — ⟦O|Catholic Charities of the Archdiocese of San Antonio⟧ · ⟦D|12/03/2099⟧
Case manager: ⟦N|Xochitl Arredondo⟧ · HMIS ID ⟦I|HMIS-447180⟧
Veteran: ⟦N|Rutherford Okoye⟧ · DOB ⟦D|09/09/2070⟧ · Air Force ⟦D|2089⟧–⟦D|2093⟧, ⟦LO|Lackland AFB⟧, other than honorable? — no: general under honorable (DD 214 seen).
Household: partner ⟦N|Charlene Vidaurri⟧, her daughter ⟦N|Mia⟧ (11, ⟦O|Harlandale ISD⟧). Past due rent ⟦D|Oct⟧–⟦D|Nov⟧ at ⟦S|3219 Pleasanton Rd⟧ Apt 1104, ⟦C|San Antonio⟧ ⟦Z|78221⟧; landlord ⟦O|Mission Creek Apartments⟧ (manager ⟦N|Brandi Kowal⟧, ⟦P|210-555-0191⟧).
Income: ⟦O|H-E-B⟧ warehouse (hours cut). VA health care at ⟦H|Audie L. Murphy Memorial VA Hospital⟧; PCP Dr. ⟦N|Ifeoma Nnaji⟧.
Assistance approved: $2,640 to landlord; legal referral ⟦O|Texas RioGrande Legal Aid⟧.
Vet phone ⟦P|210-555-0148⟧; ⟦E|rokoye70@mail-example.com⟧.
Follow-up ⟦D|1/4/2100⟧ with ⟦N|Xochitl⟧.
`);

note("cboc-telehealth-audiology", `
Clinical Video Telehealth — Tele-audiology · patient site ⟦H|Bethel VA Clinic⟧ (via ⟦O|Yukon-Kuskokwim Health Corporation⟧) · provider site ⟦H|Alaska VA Healthcare System⟧, ⟦C|Anchorage⟧
⟦D|12/01/2099⟧ · Audiologist ⟦N|Seraphina Nanalook⟧, AuD · telepresenter ⟦N|Albert Kashatok⟧
Veteran: ⟦N|Wassilie Kasayulie⟧ · ⟦A|90⟧ · served Army ⟦D|2028⟧–⟦D|2031⟧ at ⟦LO|Fort Richardson⟧ · Last 4 ⟦SSN|6017⟧
Lives in ⟦C|Togiak⟧ with daughter ⟦N|Eva Kasayulie-Wassillie⟧; flew in on ⟦O|Ravn Alaska⟧ (travel paid).
Hearing aids (Phonak Naída, serials ⟦DEV|NL-44718-01⟧, ⟦DEV|NL-44718-02⟧) programmed remotely. Yup'ik interpreter ⟦N|Nick Andrew⟧ used.
Next: ⟦D|June 2100⟧, or sooner via ⟦P|907-555-0140⟧.
`);

note("clc-admission", `
Community Living Center admission — ⟦H|Tuskegee VA Medical Center⟧ CLC (⟦H|Central Alabama Veterans Health Care System⟧) · ⟦D|12/02/2099⟧
Resident: ⟦N|Cornelius Washington-Haynes⟧ · ⟦A|92⟧ y/o · ⟦COUNTRY|Korea⟧ ⟦D|2027⟧–⟦D|2028⟧, ⟦O|24th Infantry Regiment⟧ (per family) · SSN ⟦SSN|421-10-3318⟧
Admitted from ⟦H|Baptist Medical Center South⟧, ⟦C|Montgomery⟧, after hip fracture repair ⟦D|11/24⟧ (Dr. ⟦N|Idris Fashola⟧).
Family: niece ⟦N|Odessa Pruitt-Haynes⟧ (POA) ⟦P|334-555-0112⟧; church ⟦O|Greenwood Missionary Baptist Church⟧, ⟦C|Tuskegee⟧, pastor Rev. ⟦N|Alonzo Strickland⟧.
Goals: short-stay rehab 30 days, then home to ⟦S|1307 Franklin Rd⟧, ⟦C|Tuskegee⟧ ⟦Z|36083⟧ with HBPC and ⟦O|Macon County Council on Aging⟧ meals.
Mail still goes to ⟦S|PO Box 118⟧, ⟦C|Notasulga⟧ ⟦Z|36866⟧.
Code status: DNR (signed ⟦D|12/02/2099⟧). Advance directive on file.
Admitting NP: ⟦N|Tamsin Okonjo⟧ · CLC nurse manager ⟦N|Bettye Crayton⟧
`);

note("deployment-pdhra-reserve", `
Post-Deployment Health Re-Assessment (PDHRA) — telephonic · Reserve Health Readiness Program · ⟦D|Dec 4, 2099⟧
Member: SSgt ⟦N|Kealoha, Mikala⟧ · ⟦O|624th Regional Support Group⟧, ⟦LO|Joint Base Pearl Harbor-Hickam⟧ · DoD ID ⟦I|1460447311⟧
Deployed ⟦D|Apr 2099⟧–⟦D|Aug 2099⟧ to ⟦LO|Al Udeid Air Base⟧, ⟦COUNTRY|Qatar⟧.
Concerns: low back pain (no injury), snoring (wife ⟦N|Noelani⟧ reports apneas). Civilian employer: ⟦O|Hawaiian Electric⟧ in ⟦C|Kapolei⟧.
Referrals: sleep study via TRICARE Reserve Select (plan ⟦HP|TRS-44718-0299⟧) to ⟦H|Straub Benioff Medical Center⟧; Vet Center ⟦H|Honolulu Vet Center⟧ info given; PT.
Provider: Dr. ⟦N|Keoni Pa'ahana⟧ · callback ⟦P|808-555-0195⟧
`);

note("tobacco-mh-group-roster", `
Group therapy attendance — Seeking Safety (women veterans) · ⟦H|Durham VA Health Care System⟧ · ⟦H|Hillandale Clinic⟧ · ⟦DAY|Thursday⟧ ⟦D|12/03/2099⟧
Facilitators: ⟦N|Candace Oyelaran⟧, LCSW; ⟦N|Melody Birchfield⟧, peer support
Present: ⟦N|Ayala, Griselda⟧; ⟦N|Brandt, Kirsten⟧; ⟦N|Chavis, Latrice⟧ (came late, ride from ⟦C|Roxboro⟧); ⟦N|Dang, Phuong⟧; ⟦N|Ellerbe, Monique⟧; ⟦N|Hawkins-Locklear, Tia⟧.
Absent: ⟦N|Faircloth, Dana⟧ (called — child sick); ⟦N|Gonzalez Ibarra, Yesenia⟧ (no call; outreach by ⟦N|Melody⟧ ⟦D|12/04⟧).
Topic: honesty. All denied SI. ⟦N|Latrice⟧ asked about MST-related claim — referred to ⟦O|North Carolina Department of Military and Veterans Affairs⟧ service officer ⟦N|Jerome Satterwhite⟧ (⟦P|919-555-0125⟧).
Next group ⟦D|12/10⟧.
`);

note("rating-decision-letter", `
⟦O|Department of Veterans Affairs⟧ · ⟦O|Veterans Benefits Administration⟧ · ⟦O|Phoenix Regional Office⟧
⟦S|3333 N Central Ave⟧, ⟦C|Phoenix⟧, ⟦STATE|AZ⟧ ⟦Z|85012⟧
⟦D|November 30, 2099⟧ · In reply refer to: 345/214 · File number ⟦I|29 044 718⟧

⟦N|Tomasina Yellowhorse⟧
⟦S|HC 63 Box 2210⟧
⟦C|Winslow⟧, ⟦STATE|AZ⟧ ⟦Z|86047⟧

Dear Ms. ⟦N|Yellowhorse⟧:
We made a decision on your claim for service-connected compensation received on ⟦D|06/18/2099⟧. Asthma (PACT Act presumptive, Southwest Asia service at ⟦LO|Camp Arifjan⟧ ⟦D|2091⟧–⟦D|2092⟧): service connection granted, 30% effective ⟦D|June 18, 2099⟧. Migraine headaches: granted 30%. Left ankle strain (fall at ⟦LO|Fort Huachuca⟧): denied — no current diagnosis at your VA examination on ⟦D|9/23/2099⟧ at the ⟦H|Northern Arizona VA Health Care System⟧ (⟦H|Bob Stump VA Medical Center⟧, ⟦C|Prescott⟧).
Your combined rating is 50%. Your monthly payment of $1,142.74 starts ⟦D|July 1, 2099⟧, paid to your account at ⟦O|Navajo Nation Credit Union⟧.
Your representative: ⟦O|American Legion⟧, ⟦O|Navajo Nation Department of Veterans Affairs⟧ (⟦N|Lorenzo Bitsui⟧, VSO), ⟦C|Window Rock⟧.
Claim ID ⟦I|600447182913⟧ (VA Form 21-526EZ).
If you have questions, call ⟦P|800-555-0110⟧. Sincerely, Regional Office Director
`);

note("va-ed-note", `
Emergency Department Note — ⟦H|Louis Stokes Cleveland VA Medical Center⟧, ⟦C|Cleveland⟧ · ⟦D|12/06/2099⟧ 23:18
Pt: ⟦N|Kuznetsov, Oleksandr⟧ · 51 · MRN ⟦M|CLE-7704471⟧, ICN ⟦M|1010447883V204416⟧ · Navy veteran (⟦O|USS Vella Gulf⟧, ⟦D|2070⟧–⟦D|2074⟧)
Brought by his friend ⟦N|Desmond Okwuosa⟧ (also a veteran, ⟦O|AMVETS Post 35⟧) after a fall on ice outside the ⟦O|Parma Heights VFW⟧ hall.
HPI: slipped on steps at ⟦S|6400 Pearl Rd⟧, ⟦C|Parma Heights⟧; struck occiput, no LOC, on apixaban (AF). Drinks 4 beers/night.
CT head ⟦D|12/06⟧ 23:55: no bleed. C-spine cleared by NEXUS.
Dispo: observation; CIWA q4h; thiamine. PCP at ⟦H|Parma CBOC⟧ Dr. ⟦N|Ruth Ann Szabo⟧ notified by e-consult. Wife ⟦N|Halyna Kuznetsova⟧ ⟦P|440-555-0186⟧ updated.
Triage RN ⟦N|Marisol Kaczmarek⟧ at 23:20; home ⟦S|11208 Maplewood Dr⟧, ⟦C|Parma⟧ ⟦Z|44130⟧.
ED attending ⟦N|Tobias Wenzel-Amadi⟧, MD
`);

note("cmop-phone-log", `
Pharmacy call center log — ⟦H|Southeast Louisiana Veterans Health Care System⟧ (⟦H|New Orleans VA Medical Center⟧) · ⟦D|Dec 3, 2099⟧
1) 08:02 ⟦N|Broussard, Alcide⟧ (last 4 ⟦SSN|2218⟧): ⟦D|Dec 1⟧ shipment of insulin pens arrived warm; replacement requested from CMOP ⟦O|CMOP Murfreesboro⟧, cold pack. Veteran at ⟦S|118 Bayou Oaks Dr⟧, ⟦C|Houma⟧. ⟦P|985-555-0123⟧.
2) 08:40 ⟦N|Nguyen, Tuan Anh⟧ (last 4 ⟦SSN|0902⟧): wants tramadol early — declined per Dr. ⟦N|Fontenot⟧; told next fill ⟦D|12/12⟧.
3) 09:15 ⟦N|Marchand-Lee, Odile⟧ (caregiver for husband ⟦N|Frederick Lee⟧, ⟦A|95⟧): address change to ⟦S|4020 Canal St⟧, Apt 3B, ⟦C|New Orleans⟧ ⟦Z|70119⟧ effective ⟦D|12/5⟧.
4) 10:22 ⟦N|Hebert, Dwayne⟧ (last 4 ⟦SSN|7715⟧): naloxone kit requested; mailed. Rx ⟦I|2204471⟧.
5) 11:05 ⟦N|Pierre-Louis, Marcelle⟧: CHAMPVA beneficiary (widow), not VA pharmacy — referred to CHAMPVA Meds by Mail, member ⟦HP|CV-44718-220⟧.
6) 11:40 ⟦N|Thibodeaux, Ray⟧ (last 4 ⟦SSN|5561⟧): CPAP supplies via ⟦O|Lincare⟧ ⟦C|Metairie⟧ — gave their number ⟦P|504-555-0117⟧.
Pharmacy tech ⟦N|Kendrick Batiste⟧ · ⟦N|KB⟧
`);

note("taps-bereavement-vet-center", `
⟦H|Killeen Heights Vet Center⟧ — bereavement counseling (Gold Star family) · ⟦S|302 E Central Texas Expy⟧, ⟦C|Harker Heights⟧, ⟦STATE|TX⟧ ⟦Z|76548⟧
⟦D|12/02/2099⟧ · Counselor ⟦N|Delphine Aucoin⟧, LMFT
Clients: ⟦N|Renée Kowalski-Ortiz⟧ (widow) and her son ⟦N|Mateo Ortiz⟧ (14).
Loss: SGT ⟦N|Daniel Ortiz⟧, ⟦O|1st Battalion, 8th Cavalry Regiment⟧, died in a training accident at ⟦LO|Fort Cavazos⟧ on ⟦D|August 14, 2099⟧; buried at ⟦LO|Central Texas State Veterans Cemetery⟧, ⟦C|Killeen⟧.
Casualty assistance officer CPT ⟦N|Wendell Akinyemi⟧ still in contact; survivor outreach services (SOS) coordinator ⟦N|Pam Lindgren⟧ ⟦P|254-555-0192⟧.
⟦N|Mateo⟧ at ⟦O|Ellison High School⟧ — grades down, school counselor Mr. ⟦N|Habib⟧. ⟦O|Tragedy Assistance Program for Survivors⟧ Good Grief Camp ⟦D|March 2100⟧ offered.
Session: grief timeline; ⟦N|Renée⟧'s sister ⟦N|Agnès⟧ visiting from ⟦C|Lafayette⟧ ⟦DAY|Friday⟧.
Her mother-in-law ⟦N|Dolores Ortiz⟧, ⟦A|91⟧, lives in ⟦C|Copperas Cove⟧ and asks for a home visit.
Next ⟦D|12/16/2099⟧.
`);

note("coast-guard-fitness", `
Fitness for duty evaluation — ⟦O|USCG Sector Columbia River⟧ clinic (⟦H|USCG Air Station Astoria Clinic⟧), ⟦C|Warrenton⟧, ⟦STATE|OR⟧
⟦D|2099-11-30⟧ · Member: AMT2 ⟦N|Halloran, Bridget C.⟧ · EMPLID ⟦I|1447206⟧ · DoD ID ⟦I|1488204477⟧
Unit: ⟦O|Air Station Astoria⟧ aviation maintenance division.
Issue: migraine with aura x 3 since ⟦D|October⟧; one episode on the flight line ⟦D|11/11⟧.
Neuro exam normal. MRI brain ⟦D|11/24/2099⟧ at ⟦H|Columbia Memorial Hospital⟧: normal.
Plan: grounded (up-chit) pending neurology at ⟦H|Madigan Army Medical Center⟧ (⟦LO|Joint Base Lewis-McChord⟧) ⟦D|12/15⟧, TRICARE referral ⟦I|TW-2099-1130447⟧. Sumatriptan prn (not while on flight status). CO CDR ⟦N|Annika Sjöberg⟧ informed.
Husband ⟦N|Patrick Halloran⟧, ⟦O|Clatsop County Sheriff's Office⟧ deputy; home ⟦S|1730 SE Ensign Ln⟧, ⟦C|Warrenton⟧ ⟦Z|97146⟧, ⟦P|503-555-0171⟧.
Flight surgeon review LCDR ⟦N|Minh Hoang⟧ ⟦D|12/01⟧, DSN ⟦P|230-7718⟧.
Medical officer: ⟦N|Lucas Ferreira-Tan⟧, PA-C
`);
write();
