// Why this file exists: builds test/fixtures/clinical-notes-16.jsonl, a sixteenth labelled set of clinical notes
// written by hand in stop 28 to measure the tree blind: written without reading the name detector (assembly/), the
// test tables or earlier fixtures' misses (only fixture 15's generator form and its docs section were read), in
// styles fixtures 1-15 hold least: EMS run reports (unit numbers, cross streets, an interstate mile marker), home
// health and hospice visits, a dialysis monthly note, dental, ophthalmology and audiology notes, a genetic
// counselling pedigree (relatives' names and ages), a telehealth visit, a group-therapy note, a transplant
// coordinator note, a research-study visit (protocol, site, subject, kit and courier numbers), a prior-authorisation
// letter to an insurer, school, camp and DOT physicals, an immunisation record, a court-ordered evaluation, a lab
// report with accession and CLIA numbers, a CT with prior comparison dates, a night sign-out list, an MDS quarterly
// review and a nursing-facility visit, podiatry, a sleep study, a dietitian's assessment, HIV case management, a
// jail intake, a foster-care assessment, a school nurse's letter, an FMLA form, an anticoagulation phone note, a
// newborn nursery worksheet, a travel clinic visit, a speech-therapy report, a bereavement letter, a NICU family
// meeting, an EEG and an organ-donor referral; 15 notes in ALL CAPS and 5 in lower case.
// Labelling follows fixtures 11-15: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials are PHI;
// titles, ranks and cue words stay outside the name; room, bed, chair, pod and ward codes and an EMS unit's own name
// ("Medic 14", "RESCUE 22") are left unlabelled; nursing homes, rehab, dialysis units and state hospitals are
// HOSPITAL; counties, townships, a river, a lake, a park and an interstate mile marker are LOCATION-OTHER; PO boxes
// are STREET; pagers and extensions are PHONE (cue words outside); incident, run, booking, case, claim, accession,
// protocol, subject, registry, CLIA, NPI and authorisation numbers are ID, member, Medicare and Medicaid numbers
// HEALTHPLAN, serials, lots and kit numbers DEVICE.
// Every name, place and number is invented here (real places that came to mind were replaced before scoring; brands
// of national firms are real names used as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-15 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-16.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-16.jsonl", "make-clinical-fixture-16");

// ---------------------------------------------------------------------------------------------------------------
note("ems-run", `
PATIENT CARE REPORT — ⟦O|Harlan Township Fire & Rescue⟧ / Medic 14
Incident #: ⟦I|HT-91-004417⟧    Date: ⟦D|03/08/2091⟧    Dispatched 0612  On scene 0621  Transport 0644  At destination 0702
Crew: ⟦N|Ricardo Fuentes-Ayala⟧, Paramedic (lead); ⟦N|Kasey Morrow⟧, EMT-B (driver)
Dispatch: Priority 1, "fall, unknown problem" at ⟦S|1187 Old Mill Pike⟧, cross streets ⟦S|Tanner Ln⟧ and ⟦S|Hobart Rd⟧, ⟦C|Briar Glen⟧.
Patient: ⟦N|Eulalia Marchbanks⟧, age ⟦A|93⟧, female. DOB ⟦D|11/02/1997⟧ per facesheet handed over by granddaughter ⟦N|Tessa Yoder⟧.
Found on kitchen floor by neighbor ⟦N|Duane Pflueger⟧, who has a key. Pt states she slipped "getting the coffee" around 2300 last night.
Engine 3 on scene first (Lt. ⟦N|Okafor⟧). Pt A&Ox3, GCS 15, c/o right hip pain 8/10, R leg shortened and externally rotated.
Vitals 0625: BP 168/92, HR 96 irregular, RR 20, SpO2 94% RA, BGL 141. 12-lead: AF, no STE.
Tx: traction splint deferred, pelvic binder not indicated, padded scoop, fentanyl 50 mcg IN x1 per protocol with relief to 5/10.
Meds on scene: apixaban, metoprolol, "a water pill". PCP Dr. ⟦N|Harriet Quaye⟧ at ⟦O|Briar Glen Family Practice⟧.
Transported non-emergent to ⟦H|Lenape Valley Medical Center⟧, report to RN ⟦N|Bao Chau Lam⟧, bed ED 11.
Granddaughter following in private vehicle; her cell ⟦P|(484) 555-0193⟧.
Narrative by ⟦N|R. Fuentes-Ayala⟧, NREMT-P #⟦I|P2219804⟧
`);

note("ems-mva-caps", `
⟦O|QUARRY BEND AMBULANCE CORPS⟧ - PREHOSPITAL CARE REPORT
RUN NO ⟦I|24-118832⟧   UNIT: RESCUE 22   DATE ⟦D|07/19/2089⟧   CALL REC 1548
LOCATION: ⟦S|INTERSTATE 84⟧ WESTBOUND AT ⟦LO|MILE MARKER 37⟧, JUST PAST THE ⟦S|ROUTE 6⟧ OVERPASS, ⟦LO|DUTCHESS HOLLOW TOWNSHIP⟧
MECHANISM: RESTRAINED DRIVER, SEDAN VS GUARDRAIL APPROX 55 MPH, + AIRBAG, SELF-EXTRICATED. ⟦O|STATE POLICE TROOP K⟧ ON SCENE (TPR ⟦N|VANDERMOLEN⟧).
PT: ⟦N|NGUYEN-BRADSHAW, KHANH⟧  34 YO M  HOME: ⟦S|42 WHIPPOORWILL TER⟧, ⟦C|EAST CALLISTER⟧, ⟦STATE|NY⟧ ⟦Z|12547⟧
EMPLOYER: ⟦O|HUDSON RIDGE LOGISTICS⟧ (⟦PROF|FORKLIFT OPERATOR⟧)
ASSESSMENT: C/O NECK PAIN, SEATBELT SIGN ACROSS CHEST, ABD SOFT. GCS 15. NEXUS POSITIVE - C-COLLAR APPLIED.
VS 1555: 132/84, 104, 18, 98% RA. VS 1610: 128/80, 98, 16.
IV 18G L AC, NS TKO. ZOFRAN 4 MG IV FOR NAUSEA.
DESTINATION: ⟦H|ST. ISIDORE TRAUMA CENTER⟧ - TRAUMA ALERT CALLED TO MEDICAL CONTROL (DR ⟦N|HALVERSEN⟧) 1602.
PASSENGER (WIFE ⟦N|MAI NGUYEN-BRADSHAW⟧) REFUSED TRANSPORT, SIGNED REFUSAL, RIDE WITH ⟦O|LUKE'S TOWING⟧.
CREW: ⟦N|D. ABERCROMBIE-WYNN⟧ EMT-P / ⟦N|J. SZCZEPANSKI⟧ AEMT
`);

note("home-health", `
Home Health Skilled Nursing Visit — ⟦O|Cardinal Point Home Care⟧
Client: ⟦N|Teodoro Villaseñor⟧   DOB ⟦D|4/30/1940⟧   Visit date ⟦D|Feb 11, 2088⟧   Time in 10:05 / out 11:10
Address: ⟦S|2960 Mockingbird Hollow Rd, Lot 31⟧, ⟦C|Sand Prairie⟧ (blue single-wide behind the ⟦O|Dollar Junction⟧; dog is friendly)
Payer: Medicare A, episode 2 of 2. Referring MD: ⟦N|Priya Ramanathan⟧, MD (⟦O|Prairie Lakes Internal Medicine⟧).
Caregiver: wife ⟦N|Consuelo⟧; son ⟦N|Marco Villaseñor⟧ visits weekends from ⟦C|Ocotillo Buttes⟧.
S: Pt reports less swelling since Lasix increased by Dr. ⟦N|Ramanathan⟧ last ⟦DAY|Tuesday⟧. Sleeps in recliner. Denies CP.
O: BP 138/76, HR 72, wt 184.2 lb (down 3 lb from ⟦D|2/4⟧). 2+ pitting edema bilat to mid-shin. Lungs fine crackles bases.
Meds reconciled with pill organizer filled by daughter-in-law ⟦N|Rosalind⟧; metolazone bottle from ⟦O|Walgreens⟧ ⟦S|Route 30⟧ expired — discarded with consent.
Teaching: daily weights, 2 g Na diet, when to call. Zone chart on fridge. Pt verbalized understanding in Spanish; interpreted by son via phone.
Plan: next SN visit ⟦DAY|Friday⟧; PT from ⟦N|Gideon Asamoah⟧, PT on ⟦D|2/13⟧. Called ⟦O|Prairie Lakes⟧ nurse ⟦N|Jolene⟧ at ⟦P|(308) 555-0144⟧ ext ⟦P|214⟧ with weights.
⟦N|Maribel Ochoa-Trujillo⟧, RN   ⟦D|02/11/2088⟧
`);

note("hospice-caps", `
⟦O|GOLDEN MEADOW HOSPICE⟧ - RN CASE MANAGER VISIT NOTE
PATIENT: ⟦N|KOWALCZYK, STANISLAWA⟧   AGE: ⟦A|NINETY-SIX⟧   DX: END STAGE DEMENTIA (FAST 7C)
LOCATION OF CARE: ⟦H|ST. HEDWIG'S NURSING AND REHABILITATION⟧, ⟦S|800 PULASKI PARK DR⟧, ROOM 214-A, ⟦C|NEW KRAKOW⟧
VISIT: ⟦D|10/22/2090⟧  ⟦DAY|SUNDAY⟧ AFTERNOON
PPS 20%. TAKING SIPS ONLY, MOTTLING BOTH FEET. RESPIRATIONS 28 WITH PERIODS OF APNEA 10-15 SEC.
FAMILY: DAUGHTER ⟦N|HALINA WISNIEWSKI⟧ (HCPOA) AT BEDSIDE, SON ⟦N|ZBIGNIEW⟧ DRIVING IN FROM ⟦C|LAKE ORRIN HEIGHTS⟧. PARISH: ⟦O|ST. CASIMIR PARISH⟧, FR. ⟦N|TADEUSZ BRZOZOWSKI⟧ GAVE ANOINTING OF THE SICK ⟦D|10/20⟧.
ORDERS: MORPHINE CONCENTRATE 5 MG SL Q2H PRN, GLYCOPYRROLATE FOR SECRETIONS. SPOKE WITH HOSPICE MD DR ⟦N|ADEBOLA FASHOLA-KING⟧ 1420.
FACILITY NURSE ⟦N|CHERYL DUBOSE⟧ LPN UPDATED. SOCIAL WORK ⟦N|TOMASZ KRÓL⟧ TO CALL FAMILY RE ⟦O|ZIELINSKI FUNERAL HOME⟧ PREARRANGEMENT.
ON-CALL LINE GIVEN TO DAUGHTER: ⟦P|1-800-555-0178⟧.
RN CM: ⟦N|LORETTA BEAUCHAMP⟧, RN, CHPN
`);

note("dialysis", `
Outpatient Hemodialysis — Monthly Progress Note
Unit: ⟦H|Riverbend Kidney Center - Ashgrove⟧ (⟦S|415 Cotter Way⟧, ⟦C|Ashgrove⟧)   Chair 9, MWF second shift
Patient: ⟦N|Obinna Chukwuemeka⟧   Date: ⟦D|5/17/2087⟧   Nephrologist: ⟦N|Yusuf Al-Rashidi⟧, MD
Access: L brachiocephalic AVF, created ⟦D|2084⟧ by Dr. ⟦N|Kessler⟧ (⟦O|Ashgrove Vascular Surgery⟧). Good thrill/bruit.
Labs ⟦D|5/3⟧: Hgb 10.4, albumin 3.8, PTH 412, phos 6.1, Kt/V 1.42. URR 74%.
EDW 82.5 kg; IDWG averaging 3.4 kg. Missed ⟦D|May 8⟧ treatment (ride from ⟦O|County Connector⟧ did not come).
Transplant: active on list at ⟦H|Saint Vianney University Hospital⟧, coordinator ⟦N|Erin Flaherty⟧ (⟦P|555-0129⟧). cPRA 12%.
Social: lives with brother ⟦N|Chidi⟧ on ⟦S|Kestrel Street⟧; works part-time at ⟦O|Ashgrove Public Library⟧. Dietitian ⟦N|Hanh Pham⟧, RD, reviewed phosphorus sources.
Plan: increase sevelamer, EPO per protocol, recheck access flow ⟦D|June⟧. Machine ⟦DEV|FX-5008-22319⟧ (Chair 9).
⟦N|Y. Al-Rashidi⟧, MD — seen on rounds ⟦DAY|Wednesday⟧
`);

note("dental", `
Dental Progress Note — ⟦O|Smile Harbor Community Dental⟧
Patient: ⟦N|Ji-woo Baek⟧   DOB ⟦D|08/14/2009⟧   Date of service: ⟦D|September 29, 2089⟧   Guardian: mother ⟦N|Seo-yeon Baek⟧
Provider: ⟦N|Leopold Antwi⟧, DDS   Assistant: ⟦N|Keeley Drummond⟧, RDA
Insurance: ⟦O|Delta Coastal⟧ member ID ⟦HP|DC40017782⟧, group ⟦I|55120⟧.
CC: "tooth hurts when I drink cold stuff," #19, three weeks.
Exam: #19 large occlusal-distal lesion, percussion neg, cold lingering ~10 s. BWX taken; radiolucency approaching pulp. #30 sealant intact.
Dx: symptomatic irreversible pulpitis #19. Plan discussed with mother in Korean via interpreter line (interpreter #⟦I|31174⟧).
Tx today: local anesthesia 1 carp 2% lido w/ 1:100k epi IANB; pulpotomy #19, SSC placed. Tolerated well; Frankl 3.
Referral: orthodontics consult at ⟦O|Bayview Orthodontics⟧ (Dr. ⟦N|Amara Eze-Lindqvist⟧) for crossbite.
School note given for ⟦O|Hillcrest Middle School⟧. Next recall ⟦D|March 2090⟧.
Signed: ⟦N|L. Antwi⟧, DDS
`);

note("ophtho-caps", `
⟦O|CLEARWATER EYE ASSOCIATES⟧ - RETINA CLINIC
PATIENT: ⟦N|DELACROIX-MBEKI, ODETTE⟧   DOB: ⟦D|01/23/1951⟧   DATE: ⟦D|06/02/2090⟧   REFERRED BY: DR ⟦N|SAMUEL ORTIZ-BLANCO⟧, OD, ⟦O|VISION WORKS OF FERNDALE⟧
CC: DECREASED VISION OS X 2 WEEKS, "WAVY LINES".
VA CC: OD 20/30, OS 20/200 PH 20/100. IOP 15/17 (TONOPEN). AMSLER: METAMORPHOPSIA OS.
DFE: OD DRUSEN, FLAT. OS SUBRETINAL FLUID, HEME INFERIOR TO FOVEA, PED.
OCT MACULA: OS CNVM WITH SRF, CST 412. COMPARED TO OCT ⟦D|11/18/2089⟧ (CST 268).
IMPRESSION: EXUDATIVE AMD OS. DRY AMD OD, AREDS.
PLAN: INTRAVITREAL AFLIBERCEPT OS TODAY, LOT ⟦DEV|AF7729104⟧. CONSENT SIGNED, WITNESS ⟦N|T. HUYNH⟧ COA.
RETURN 4 WEEKS. DRIVEN BY NEPHEW ⟦N|LUCIEN DELACROIX⟧, ⟦P|(231) 555-0186⟧. MAY NOT DRIVE TODAY.
LETTER TO PCP DR ⟦N|WANJIRU KAMAU⟧, ⟦O|FERNDALE MEDICAL GROUP⟧.
⟦N|BENEDICT O'ROURKE⟧, MD
`);

note("genetic-counselling", `
Genetic Counseling Consultation — ⟦O|Cancer Genetics Program⟧, ⟦H|Halcyon Bay Medical Center⟧
Date: ⟦D|January 9, 2091⟧    Counselor: ⟦N|Marguerite Olawale-Stein⟧, MS, CGC    Supervising MD: ⟦N|Ravi Subramaniam⟧, MD
Proband: ⟦N|Siobhan Keating⟧, 38, referred by Dr. ⟦N|Benjamin Fairweather⟧ (breast surgery) after a new dx of triple-negative breast cancer.
Family history (pedigree drawn, scanned to media):
  - Mother ⟦N|Bernadette Keating⟧ (née ⟦N|Mulcahy⟧), ovarian cancer at 52, died at 55 in ⟦C|Kilbride Falls⟧.
  - Maternal aunt ⟦N|Nora Mulcahy Devlin⟧, breast cancer at 44, alive at 70, lives in ⟦COUNTRY|Ireland⟧ (Co. ⟦LO|Kilmara⟧).
  - Maternal grandmother ⟦N|Brigid Mulcahy⟧, "stomach cancer" in her 60s; maternal grandfather ⟦N|Declan⟧, died at ⟦A|94⟧, no cancer.
  - Father ⟦N|Thomas Keating⟧, 66, prostate cancer at 61 (Gleason 7), treated at ⟦H|Sandhill VA Medical Center⟧.
  - Brother ⟦N|Colm⟧, 41, well; sister ⟦N|Aoife Keating-Reyes⟧, 35, well, two daughters (⟦N|Maeve⟧ 8, ⟦N|Isla⟧ 5).
Ashkenazi Jewish ancestry: denied. Consanguinity denied.
Testing: 84-gene hereditary cancer panel sent to ⟦O|Genotype Quest Laboratories⟧, accession ⟦I|GQ-91-0041187⟧; saliva kit.
Insurance pre-verified (⟦O|Keystone Mutual Health⟧, member ⟦HP|KMH882201447⟧). Result expected in 2-3 weeks; disclosure by phone at ⟦P|(443) 555-0109⟧.
Cascade testing letter offered for relatives. Pt will tell aunt ⟦N|Nora⟧ herself.
`);

note("telehealth", `
Telehealth Visit (video) — ⟦O|Northwind Behavioral Health⟧
Date: ⟦D|12/04/2088⟧, 16:00-16:35. Platform: secure video. Patient located at home in ⟦C|Cedar Shoals⟧, ⟦STATE|NC⟧; provider located at ⟦S|1200 Lakeshore Pkwy, Ste 400⟧, ⟦C|Ellery⟧.
Verbal consent to telehealth obtained. Identity verified with DOB ⟦D|3/3/1995⟧ and address.
Patient: ⟦N|Amani Wanjiku-Holt⟧, 33F, ⟦PROF|middle-school teacher⟧ at ⟦O|Cedar Shoals Academy⟧.
Clinician: ⟦N|Darnell Okoro⟧, PMHNP-BC
S: Anxiety improved on sertraline 100 mg; sleeping 6-7 h. Stressor: custody schedule with ex-husband ⟦N|Travis Holt⟧; mediation at ⟦O|Family Court Services⟧ on ⟦D|Dec 15⟧.
Support: sister ⟦N|Zawadi⟧ and her church small group at ⟦O|Grace Fellowship⟧. Therapist ⟦N|Kirsten Lindgren⟧, LCSW, every other ⟦DAY|Thursday⟧.
MSE (video): well groomed, good eye contact, mood "okay", affect reactive, no SI/HI.
GAD-7 9 (from 15). PHQ-9 6.
Plan: continue sertraline; hydroxyzine prn retired. Rx to ⟦O|Harris Teeter Pharmacy⟧ on ⟦S|Brantley Rd⟧. RTC 8 weeks by video.
If connection drops I call ⟦P|(336) 555-0168⟧.
— ⟦N|D. Okoro⟧, PMHNP
`);

note("group-therapy-lower", `
group therapy progress note - intensive outpatient (iop), ⟦O|new leaf recovery services⟧
date ⟦D|8/21/2090⟧  group: relapse prevention  facilitator ⟦N|wendell marsh⟧, lcadc  co-facilitator ⟦N|yolanda betancourt⟧, msw intern
client: ⟦N|brendan mcilroy⟧  (id ⟦I|nlr-40918⟧)
attendance: present, on time. 9 members present.
client shared that he has 41 days sober; attending aa at ⟦O|st. bridget's⟧ basement on ⟦DAY|saturdays⟧ with sponsor ⟦N|gus⟧. reports cravings after
a shift at ⟦O|dockside seafood⟧ where the line cooks drink after close. identified calling his sister ⟦N|fiona mcilroy⟧ as a coping plan.
peer feedback supportive; member "⟦N|j.r.⟧" offered rides to the ⟦DAY|thursday⟧ meeting on ⟦S|harbor st⟧.
uds ⟦D|8/19⟧ negative (⟦O|labcore⟧ accession ⟦I|lc7712094⟧). breathalyzer 0.00 today.
probation officer ⟦N|denise albright⟧ (⟦O|carver county probation⟧) requested attendance letter; roi on file signed ⟦D|7/10/2090⟧.
plan: continue iop 3x/week; step down to ⟦O|new leaf⟧ op on ⟦D|9/15⟧ if stable. mat: naltrexone via dr ⟦N|farouk⟧.
-⟦N|wm⟧
`);

note("transplant-caps", `
⟦H|MERIDIAN UNIVERSITY HOSPITAL⟧ - ABDOMINAL TRANSPLANT PROGRAM
PRE-TRANSPLANT COORDINATOR NOTE   ⟦D|04/11/2092⟧
CANDIDATE: ⟦N|ABDULLAH, KHALID YOUSEF⟧   MRN ⟦M|MU-7720193⟧   UNOS ID ⟦I|KYA4418⟧   BLOOD TYPE O+
LISTED: KIDNEY, ⟦D|09/30/2091⟧. DIALYSIS START ⟦D|03/2089⟧ AT ⟦H|DAVITA PINE KNOLL⟧. WAIT TIME CREDIT FROM DIALYSIS START.
LIVING DONOR EVALUATION: COUSIN ⟦N|FAISAL HADDAD⟧ (DOB ⟦D|02/14/1988⟧) - COMPATIBLE BY ABO, CROSSMATCH PENDING AT ⟦O|MERIDIAN HLA LAB⟧ (SAMPLE ⟦I|HLA-92-3318⟧).
SECOND POTENTIAL DONOR: FRIEND FROM ⟦O|ISLAMIC CENTER OF WEST HAVERLY⟧, ⟦N|OMAR SHEIKH⟧ - DECLINED AFTER EDUCATION CLASS.
INSURANCE: ⟦O|BLUE HORIZON⟧ PPO, AUTH ⟦I|BH-TX-5520981⟧; MEDICARE SECONDARY.
SUPPORT PERSON: WIFE ⟦N|LINA ABDULLAH⟧, ⟦P|(734) 555-0112⟧. LODGING AT ⟦O|HOPE LODGE⟧ ARRANGED FOR POST-OP IF NEEDED.
DENTAL CLEARANCE FROM DR ⟦N|NASSAR⟧ RECEIVED ⟦D|03/28⟧. COLONOSCOPY ⟦D|2090⟧ NORMAL (DR ⟦N|PERLMUTTER⟧).
NEXT: SELECTION COMMITTEE ⟦DAY|TUESDAY⟧ ⟦D|04/16⟧. COORDINATOR ⟦N|GWENDOLYN ACHTERBERG⟧, RN, CCTC  PAGER ⟦P|4471⟧
`);

note("research-visit", `
Research Study Visit Note
Protocol: ⟦I|HBMC-2089-114⟧ "A Phase 3 Study of Oral Semaglutide vs Placebo in HFpEF" (sponsor ⟦O|Lindqvist Pharma⟧, CRO ⟦O|Aventa Clinical⟧)
Site: ⟦H|Halcyon Bay Medical Center⟧, Site #⟦I|0417⟧. PI: ⟦N|Catalina Ibarra-Wells⟧, MD. Coordinator: ⟦N|Hieu Tran⟧, CCRC.
Subject ID ⟦I|0417-0093⟧ (initials ⟦N|R-O-M⟧). Visit 6 (Week 24), ⟦D|23-Oct-2089⟧, window ⟦D|Oct 16⟧-⟦D|Oct 30⟧.
Subject ⟦N|Rosalind Okafor-Mensah⟧ came with her husband ⟦N|Kwabena⟧. Consent version 3.0 re-consented today (dated ⟦D|10/23/2089⟧, witness ⟦N|Aileen Shaughnessy⟧).
AEs since last visit: URI ⟦D|9/30⟧-⟦D|10/6⟧, mild, unrelated; seen at ⟦O|MinuteClinic⟧ in ⟦C|Oyster Point⟧.
Con meds: amoxicillin x7 days added to CRF. IP compliance 96% by pill count; kit numbers returned ⟦DEV|K-558201⟧, dispensed ⟦DEV|K-558774⟧.
KCCQ, 6MWT (318 m), NT-proBNP drawn; central lab ⟦O|Q2 Solutions⟧ requisition ⟦I|Q2-8841730⟧, shipped FedEx ⟦I|7741 2093 8851⟧.
Stipend $75 issued (ClinCard ending ⟦I|4410⟧). Next visit Week 36 ~ ⟦D|January 15, 2090⟧.
Entered in EDC by ⟦N|H. Tran⟧.
`);

note("prior-auth-letter", `
⟦O|Westbrook Rheumatology & Osteoporosis Center⟧
⟦S|3301 Fennimore Road, Building B⟧ · ⟦C|Westbrook Heights⟧, ⟦STATE|IL⟧ ⟦Z|60921⟧ · Phone ⟦P|(815) 555-0155⟧ · Fax ⟦F|(815) 555-0156⟧

⟦D|June 3, 2088⟧

⟦O|Cornerstone Health Plan⟧
Pharmacy Prior Authorization Department
⟦S|P.O. Box 90417⟧
⟦C|Rock Ferry⟧, ⟦STATE|IL⟧ ⟦Z|61108⟧

Re: Request for prior authorization — adalimumab-adaz (Hyrimoz) 40 mg SC every 2 weeks
Member: ⟦N|Guadalupe Ybarra-Lentz⟧     DOB: ⟦D|12/12/1979⟧     Member ID: ⟦HP|CHP-661029-01⟧     Group: ⟦I|WBR4410⟧
Case reference (your denial letter of ⟦D|May 22, 2088⟧): ⟦I|PA-88-0392214⟧

To the reviewing pharmacist and medical director:
I am writing on behalf of my patient, a 48-year-old ⟦PROF|dental hygienist⟧, with seropositive rheumatoid arthritis diagnosed in ⟦D|2085⟧.
She has failed methotrexate (25 mg weekly, 9 months, stopped for transaminitis: ALT 142 on ⟦D|1/10/2088⟧), leflunomide
(4 months, GI intolerance) and sulfasalazine. Her CDAI on ⟦D|May 14⟧ was 31 (high). Hand films at ⟦O|Westbrook Imaging⟧ show new erosions
compared with ⟦D|March 2086⟧. Step therapy is met under your policy. She cannot do her job at ⟦O|Fairlane Dental Group⟧ with her hands as they are.
Please reconsider. Peer-to-peer: call my nurse ⟦N|Juniper Albrecht⟧, RN, at ⟦P|(815) 555-0157⟧.

Sincerely,
⟦N|Florian Achebe-Novak⟧, MD, FACR     NPI ⟦I|1548822093⟧
cc: ⟦N|Guadalupe Ybarra-Lentz⟧; PCP Dr. ⟦N|Wesley Trinh⟧
`);

note("school-physical", `
School Health Examination Form — ⟦O|Pinecrest Unified School District⟧
Student: ⟦N|Xochitl Ramírez Bautista⟧    DOB: ⟦D|03/18/2077⟧    Grade: 9    School: ⟦O|Juniper Ridge High School⟧
Parent/guardian: ⟦N|Abelardo Ramírez⟧ (father), ⟦P|(559) 555-0187⟧; ⟦N|Inés Bautista⟧ (mother), works at ⟦O|Valley Fresh Packing⟧.
Address: ⟦S|1714 E. Sycamore Ave, Apt. 6⟧, ⟦C|Orosi Springs⟧, ⟦STATE|CA⟧ ⟦Z|93647⟧
Exam date ⟦D|08/02/2091⟧ at ⟦O|Clínica Sierra Familiar⟧ by ⟦N|Emmanuel Osei-Bonsu⟧, MD.
Ht 161 cm, Wt 54 kg, BMI 20.8 (58th %ile). BP 108/66. Vision 20/20 OU (Snellen). Hearing pass.
Immunizations reviewed against the state registry (ID ⟦I|CAIR-7703381⟧): Tdap ⟦D|7/15/2088⟧, MMR x2, varicella x2, IPV x4 up to date.
Meningococcal ACWY #1 given today, lot ⟦DEV|MN4482C⟧. HPV series complete.
Allergies: none. Asthma: mild intermittent, albuterol inhaler may be carried at school; action plan attached for nurse Mrs. ⟦N|Hollis⟧.
Cleared for all sports including cross country with Coach ⟦N|Delgado⟧.
Signature: ⟦N|E. Osei-Bonsu⟧, MD   ⟦O|Clínica Sierra Familiar⟧, ⟦S|400 N Divisadero St⟧, ⟦C|Orosi Springs⟧
`);

note("camp-physical-caps", `
CAMP HEALTH FORM - ⟦O|CAMP WINNISQUAM PINES⟧ (SESSION 2, ⟦D|JULY 6⟧ - ⟦D|JULY 27, 2090⟧)
CAMPER: ⟦N|OYELARAN, TOBI⟧      DOB ⟦D|05/01/2078⟧      CABIN: BIRCH 4
PARENT 1: ⟦N|FOLASADE OYELARAN⟧  CELL ⟦P|617-555-0138⟧   PARENT 2: ⟦N|GREGORY PALMQUIST⟧  WORK ⟦P|617-555-0121⟧ X ⟦P|3307⟧
EMERGENCY CONTACT IF PARENTS UNREACHABLE: AUNT ⟦N|BISI ADEYEMI-CROSS⟧, ⟦C|NORTH QUINCEY⟧
HOME ADDRESS: ⟦S|19 GARNET HILL RD⟧, ⟦C|WEST MARLOWE⟧, ⟦STATE|MA⟧ ⟦Z|02744⟧
PHYSICIAN: ⟦N|HOLLY ZIMMERMAN-ASARE⟧, MD, ⟦O|MARLOWE PEDIATRIC ASSOCIATES⟧, ⟦P|(508) 555-0140⟧. EXAM DATE ⟦D|04/28/2090⟧.
ALLERGIES: PEANUT (ANAPHYLAXIS ⟦D|2084⟧) - EPIPEN JR X2 SENT WITH CAMPER, 1 TO NURSE, 1 IN BACKPACK.
MEDS: CETIRIZINE 10 MG DAILY, FLUTICASONE NASAL.
MAY PARTICIPATE IN: SWIMMING, BOATING, HIKING, HIGH ROPES. SWIM LEVEL 4 PER ⟦O|MARLOWE YMCA⟧.
INSURANCE: ⟦O|HARBORVIEW HEALTH PLAN⟧  ID ⟦HP|HVH0033187214⟧
CAMP NURSE: ⟦N|DEIRDRE KAVANAGH⟧, RN - REVIEWED ⟦D|07/06/2090⟧. CAMP DIRECTOR ⟦N|MITCH BOUCHARD⟧ NOTIFIED OF NUT-FREE TABLE.
`);

note("immunization-caps", `
IMMUNIZATION HISTORY - OFFICIAL RECORD
⟦O|LAKE TAHOMA COUNTY PUBLIC HEALTH⟧ - IMMUNIZATION CLINIC, ⟦S|2201 COURTHOUSE SQ⟧, ⟦C|TAHOMA FALLS⟧
NAME: ⟦N|PHAM, THI NGOC ANH⟧       DOB: ⟦D|09/09/2086⟧       REGISTRY ID: ⟦I|WAIIS-40029917⟧
PARENT: ⟦N|PHAM VAN HUNG⟧ / ⟦N|LE THI MAI⟧
VACCINE            DATE          LOT           SITE   GIVEN BY
HEP B #1           ⟦D|09/10/2086⟧    ⟦DEV|HB7720A⟧        RVL    ⟦N|K. MATSUDA⟧ RN (⟦H|TAHOMA GENERAL⟧ NURSERY)
DTAP-IPV-HIB #1    ⟦D|11/12/2086⟧    ⟦DEV|PX0091B⟧        LVL    ⟦N|R. ESPINOZA⟧ LPN
PCV20 #1           ⟦D|11/12/2086⟧    ⟦DEV|PN33017⟧        RVL    ⟦N|R. ESPINOZA⟧ LPN
ROTAVIRUS #1       ⟦D|11/12/2086⟧    ⟦DEV|RV5521⟧         PO     ⟦N|R. ESPINOZA⟧ LPN
DTAP-IPV-HIB #2    ⟦D|01/14/2087⟧    ⟦DEV|PX0144C⟧        RVL    ⟦N|A. OYELOWO-BECK⟧ RN
INFLUENZA (PF)     ⟦D|10/02/2087⟧    ⟦DEV|FL2291X⟧        LVL    ⟦N|A. OYELOWO-BECK⟧ RN
MMR #1             ⟦D|09/15/2087⟧    ⟦DEV|MM8820K⟧        L ARM  DR ⟦N|OGUNDIPE⟧ (⟦O|TAHOMA FAMILY HEALTH CENTER⟧)
VIS GIVEN IN VIETNAMESE EACH VISIT. PARENT DECLINED HEP A ⟦D|09/15/2087⟧ - TO RECONSIDER AT 2 Y.
PRINTED ⟦D|03/30/2089⟧ BY ⟦N|MARLENE FITZHUGH⟧, CLERK   FOR: ⟦O|LITTLE SPROUTS CHILD CARE⟧
`);

note("court-eval", `
COURT-ORDERED COMPETENCY TO STAND TRIAL EVALUATION
⟦O|Office of Forensic Services⟧, ⟦H|Arbor Ridge State Hospital⟧
Defendant: ⟦N|Marcus Devereaux Pinckney⟧       DOB: ⟦D|6/6/2062⟧       Case No.: ⟦I|CR-2090-004713⟧
Court: ⟦O|Superior Court of Halloway County⟧, Dept. 12, the Hon. ⟦N|Rosemary Aguilar-Finch⟧
Order dated ⟦D|September 12, 2090⟧; evaluation ⟦D|October 1, 2090⟧ at ⟦O|Halloway County Detention Center⟧, ⟦S|55 Justice Way⟧, ⟦C|Portsmouth Landing⟧.
Evaluator: ⟦N|Ingrid Solheim-Adeyemi⟧, PsyD, ABPP
Sources: interview (2.5 h); jail medical records (Dr. ⟦N|Kaplan⟧, NP ⟦N|Oduya⟧); police report of ⟦D|8/28/2090⟧ (Officer ⟦N|B. Castellanos⟧, #⟦I|4417⟧);
records from ⟦H|Willow Bend Behavioral Hospital⟧ (admissions ⟦D|2086⟧ and ⟦D|2088⟧); phone interview with his mother ⟦N|Lorraine Pinckney⟧;
defense counsel ⟦N|Adrian Blumenfeld⟧, Esq., of the ⟦O|Halloway County Public Defender⟧; ADA ⟦N|Kimberly Osterhout⟧.
Notification of limits of confidentiality given; he repeated them back adequately.
Background: grew up on ⟦S|Pruitt Street⟧ in ⟦C|East Portsmouth⟧; GED through ⟦O|Job Corps⟧ in ⟦D|2080⟧; worked at ⟦O|Amazon⟧ warehouse until ⟦D|2089⟧.
Findings: schizoaffective disorder, bipolar type, currently with prominent persecutory delusions about his neighbor "Mr. ⟦N|Vance⟧".
He could name the charges and the roles of judge and jury but believes his lawyer works for the ⟦O|FBI⟧.
Opinion: not presently competent; restoration likely with treatment. Recommend commitment to ⟦H|Arbor Ridge⟧ restoration unit.
⟦N|Ingrid Solheim-Adeyemi⟧, PsyD     Report date ⟦D|10/14/2090⟧
`);

note("lab-report-caps", `
⟦O|TRI-COUNTY REFERENCE LABORATORY⟧   ⟦S|7800 INDUSTRIAL BLVD⟧  ⟦C|GRANITE CITY FALLS⟧  CLIA ⟦I|14D2209871⟧   LAB DIRECTOR: ⟦N|HAROLD NWACHUKWU⟧, MD, PHD
PATIENT: ⟦N|SZYMANSKI, DOROTA E⟧     DOB ⟦D|02/28/1958⟧     SEX F     ACCESSION ⟦I|TC-90-118403⟧
ORDERING: ⟦N|MBEKI, THANDIWE⟧ MD   ⟦O|RIVERSIDE INTERNAL MEDICINE⟧   ACCT ⟦I|RIM-2207⟧
COLLECTED ⟦D|11/03/2090⟧ 07:42 AT PSC #⟦I|118⟧ (⟦S|MAIN ST⟧ AND ⟦S|ELM AVE⟧)   RECEIVED ⟦D|11/03/2090⟧ 13:10   REPORTED ⟦D|11/04/2090⟧ 06:55
TEST                     RESULT      FLAG   REF RANGE
TSH                      0.08        L      0.45-4.50 UIU/ML
FREE T4                  2.9         H      0.8-1.8 NG/DL
TSI                      312         H      <140 %
HEMOGLOBIN A1C           6.1         H      4.8-5.6 %
CRITICAL VALUE: NONE.
COMMENT: SPECIMEN LIGHTLY HEMOLYZED. RESULTS PHONED TO ⟦N|TASHA⟧ AT DR ⟦N|MBEKI⟧'S OFFICE 07:05 BY ⟦N|ODELL FRANKLIN⟧ (MLS). READ BACK OK.
PERFORMED AT: ⟦O|TRI-COUNTY REFERENCE LABORATORY⟧ EXCEPT TSI (⟦O|MAYFIELD CLINICAL LABS⟧, ⟦C|ST. ANSELM⟧, ⟦STATE|MN⟧).
`);

note("radiology-caps", `
⟦H|SHEPHERD'S COVE REGIONAL MEDICAL CENTER⟧ - DEPARTMENT OF RADIOLOGY
EXAM: CT CHEST WITH CONTRAST     DATE: ⟦D|02/17/2091⟧     ACC# ⟦I|RAD-44019273⟧
PATIENT: ⟦N|AL-MASRI, NADIA⟧   MRN ⟦M|SC00417729⟧   DOB ⟦D|08/08/1962⟧
ORDERING: ⟦N|CHRISTOPHER DEWITT-ADJEI⟧, NP (⟦O|SHEPHERD'S COVE ONCOLOGY⟧)
HISTORY: LUNG ADENOCARCINOMA RLL S/P SBRT, SURVEILLANCE.
COMPARISON: CT CHEST ⟦D|11/04/2090⟧ AND ⟦D|05/12/2090⟧; PET/CT ⟦D|01/30/2090⟧ FROM ⟦O|COASTAL PET IMAGING⟧ (OUTSIDE, REVIEWED ON PACS).
FINDINGS: POST-RADIATION CONSOLIDATION RLL DECREASED, NOW 2.1 CM (FROM 2.8). NO NEW NODULES. 4 MM LINGULAR NODULE UNCHANGED SINCE ⟦D|2089⟧.
NO MEDIASTINAL ADENOPATHY. NO EFFUSION. LIVER, ADRENALS UNREMARKABLE. CORONARY CALCIFICATION.
IMPRESSION: 1. EXPECTED POST-SBRT CHANGE, IMPROVED. NO EVIDENCE OF RECURRENCE. 2. STABLE LINGULAR NODULE.
FLEISCHNER N/A (KNOWN MALIGNANCY). LUNG-RADS N/A.
DICTATED BY: ⟦N|YEVGENIA PETROVA-HUNT⟧, MD   ⟦D|02/17/2091⟧ 15:22    TRANSCRIBED BY: ⟦N|KLM⟧
FINAL REPORT SIGNED BY ⟦N|Y. PETROVA-HUNT⟧, MD. RESULTS ROUTED TO DR ⟦N|RAJESH VENUGOPAL⟧ (RAD ONC).
`);

note("signout-lower", `
night signout - gen med team c (⟦D|3/14⟧), from ⟦N|kaitlyn o'shea⟧ (pgy1) to ⟦N|nnamdi eze⟧ (nightfloat), pgr ⟦P|2-4419⟧
1) rm 512 ⟦N|herrera, juan pablo⟧ 71m - cap on ctx/azithro, o2 2l. if >4l call rrt + me. code: full. wife ⟦N|lourdes⟧ ⟦P|555-0177⟧ wants call if anything changes.
2) rm 514 ⟦N|tanaka-ellis, george⟧ ⟦A|94⟧m - dnr/dni, hip fx, ortho (dr ⟦N|brandvold⟧) plans or tmrw. npo after mn. delirium - no benzos. daughter ⟦N|june⟧ is hcp.
3) rm 520 ⟦N|osei, abena⟧ 28f - dka resolving, gap closed 1800. transition to sc insulin in am. pcp at ⟦O|southside community clinic⟧.
4) rm 523 ⟦N|wozniak, pete⟧ 66m - etoh w/d, ciwa q2. last drink ⟦D|3/12⟧ per friend ⟦N|stan⟧. lives at ⟦O|st. vincent's men's shelter⟧.
5) rm 527 ⟦N|abdi, hodan⟧ 54f - new afib, on dilt gtt. echo ordered. somali interp (⟦N|farhiya⟧) at x ⟦P|6610⟧ if needed overnight.
6) rm 530 ⟦N|de la cruz, rosa maría⟧ ⟦A|ninety-one⟧f - comfort care, family (grandson ⟦N|andrés⟧) at bedside, chaplain aware.
to-do: f/u k at 2200 on #4. attending tonight dr ⟦N|lindahl⟧. -⟦N|kos⟧
`);

note("mds-caps", `
MINIMUM DATA SET (MDS 3.0) - QUARTERLY REVIEW SUMMARY
FACILITY: ⟦H|CEDAR HAVEN CARE CENTER⟧   FACILITY ID ⟦I|NH-0448817⟧   ⟦S|1250 W ORCHARD LN⟧, ⟦C|GREEN VALLEY JUNCTION⟧
RESIDENT: ⟦N|MACINTYRE, AGNES LOUISE⟧   AGE ⟦A|97⟧   MEDICARE ⟦HP|3TR7-HK2-MM91⟧   MEDICAID ⟦HP|610229371⟧
ASSESSMENT REFERENCE DATE: ⟦D|08/31/2089⟧   ENTRY DATE: ⟦D|02/14/2087⟧ (FROM ⟦H|LAKESIDE MEMORIAL⟧)
SECTION C: BIMS 6/15 (SEVERE IMPAIRMENT).  SECTION D: PHQ-9 OV 4.
SECTION G/GG: EXTENSIVE ASSIST X2 TRANSFERS, WHEELCHAIR. SECTION H: INCONTINENT B&B.
SECTION J: 1 FALL WITHOUT INJURY ⟦D|07/19/2089⟧ (NIGHT, BATHROOM). SECTION K: WT 108 LB, LOSS 6% IN 30 DAYS - TRIGGERED.
SECTION M: STAGE 2 PI SACRUM, WOUND NURSE ⟦N|FELICIA ADEBAYO⟧ FOLLOWING.
SECTION N: ANTIPSYCHOTIC - NONE. GDR OF MIRTAZAPINE ATTEMPTED.
SECTION Q: RESIDENT EXPECTS TO REMAIN. NEPHEW ⟦N|IAN MACINTYRE⟧ (POA) OF ⟦C|KILMARNOCK CORNERS⟧ PARTICIPATED BY PHONE.
CARE PLAN MEETING ⟦D|09/05/2089⟧: DIETITIAN ⟦N|ROSA VILLANUEVA⟧ RD, SW ⟦N|DEVIN KOWALSKI⟧, DON ⟦N|MARGARET O'HALLORAN⟧ RN.
MDS COORDINATOR: ⟦N|PATRICIA NGUYEN⟧, RN, RAC-CT   SIGNED ⟦D|09/06/2089⟧
`);

note("nh-quarterly", `
Nursing Facility Physician Visit (regulatory, 60-day)
⟦H|Heritage Oaks Health and Rehabilitation⟧, ⟦S|44 Magnolia Terrace⟧, ⟦C|Port Wexley⟧ — Station 2, Room 118-B
Resident: ⟦N|Cornelius Van der Berg⟧, age ⟦A|101⟧    Date: ⟦D|04/02/2088⟧    Physician: ⟦N|Ayodele Bankole⟧, MD
Interval: No hospital transfers. One UTI treated ⟦D|3/7⟧ (nitrofurantoin). Family: daughter ⟦N|Willemina Brooks⟧ visits ⟦DAY|Sundays⟧ after services at ⟦O|First Reformed Church⟧.
He was a ⟦PROF|tugboat captain⟧ on the ⟦LO|Wexley River⟧ and still talks about the "⟦O|Van der Berg Marine⟧" days.
Exam: frail, pleasant, oriented to self. HR 64 irregular. Lungs clear. Heels offloaded; Braden 14.
Labs ⟦D|3/28⟧ (⟦O|Quest Diagnostics⟧): Na 134, Cr 1.4 (baseline), TSH 2.1.
Meds reviewed with consultant pharmacist ⟦N|Eamon Gallagher⟧, PharmD: stop omeprazole trial; continue donepezil.
Advance directive: DNR/DNI, MOLST on chart, no hospitalization except for comfort. Hospice discussed; daughter will talk with brother ⟦N|Piet⟧ in ⟦C|Grand Ledge Falls⟧.
Next visit ~ ⟦D|June 1⟧. — ⟦N|A. Bankole⟧, MD, ⟦O|Port Wexley Geriatric Associates⟧
`);

note("audiology", `
Audiology Evaluation — ⟦O|Sound Path Hearing Center⟧, ⟦S|19 Bellamy Square⟧, ⟦C|Old Harwick⟧
Patient: ⟦N|Ezekiel Adebayo-Frost⟧   DOB ⟦D|10/31/1946⟧   Date ⟦D|March 21, 2087⟧   Referred by ⟦N|Mei-Ling Sutherland⟧, MD (ENT)
History: gradual hearing loss both ears x 5 yrs, worse on the right; tinnitus. Retired ⟦PROF|machinist⟧ at ⟦O|Harwick Tool & Die⟧, 30 yrs without consistent hearing protection.
Wife ⟦N|Pauline⟧ reports TV too loud; trouble at ⟦O|Bethel Baptist⟧ services.
Otoscopy: clear canals. Tympanometry: Type A AU.
Audiogram: moderate-to-severe sloping SNHL AU, notch at 4 kHz; WRS 72% R, 84% L at MCL.
Recommendations: binaural RIC hearing aids (trial 45 days). Fit ⟦D|4/11/2087⟧, serials ⟦DEV|R-7Q4418102⟧ / ⟦DEV|L-7Q4418117⟧.
Insurance: ⟦O|AARP⟧ Medicare Advantage via ⟦O|UnitedHealthcare⟧, hearing benefit $1,250 each.
Report faxed to Dr. ⟦N|Sutherland⟧ at ⟦F|(207) 555-0163⟧.
⟦N|Natalia Wiśniewska⟧, Au.D., CCC-A
`);

note("podiatry-lower", `
podiatry clinic note - ⟦H|mercy st. clement hospital⟧ outpatient foot & ankle
pt: ⟦N|leroy batiste⟧  dob ⟦D|7/4/1950⟧  seen ⟦D|1/29/2089⟧ by ⟦N|ana-lucia cordeiro⟧, dpm; scribe ⟦N|tyler huang⟧
cc: "my big toe sore is not healing." diabetic, a1c 9.2 (⟦D|1/2⟧).
r hallux plantar ulcer 1.2 x 0.9 cm, probes to capsule? no. wagner 2. monofilament 0/10 both feet. dp/pt faint, abi 0.78 r.
debrided to bleeding base. total contact cast discussed; pt prefers offloading shoe - works as ⟦PROF|mail carrier⟧ for the ⟦O|usps⟧ route on ⟦S|bayou vermeil rd⟧.
wife ⟦N|claudette⟧ does dressings. lives in ⟦C|st. ambroise east⟧.
refer vascular (dr ⟦N|aucoin⟧, ⟦O|acadiana vein & vascular⟧) for arterial duplex. xr foot: no osteo.
shoe from ⟦O|hanger clinic⟧. f/u 1 wk. ⟦D|feb 5⟧.
-⟦N|alc⟧
`);

note("sleep-study-caps", `
POLYSOMNOGRAPHY REPORT - ⟦O|RESTWELL SLEEP DISORDERS CENTER⟧ AT ⟦H|NORTH FORK COMMUNITY HOSPITAL⟧
STUDY DATE: ⟦D|05/09/2089⟧ (NIGHT OF ⟦DAY|FRIDAY⟧)   STUDY #: ⟦I|PSG-89-1174⟧   TYPE: SPLIT NIGHT
PATIENT: ⟦N|BRZEZINSKI, WALTER J⟧   DOB ⟦D|12/01/1969⟧   BMI 38.4   EPWORTH 16
REFERRING: ⟦N|NKECHI ADEOLA-PARRISH⟧, DO   TECH: ⟦N|GARRETT PIEPER⟧, RPSGT
OCCUPATION: ⟦PROF|LONG-HAUL TRUCK DRIVER⟧ (⟦O|MIDWAY FREIGHTLINES⟧) - DOT CERTIFICATION DUE ⟦D|JUNE 2089⟧.
DIAGNOSTIC PORTION: TST 148 MIN, AHI 58.2/H, RDI 61, SPO2 NADIR 71%, T90 22%. SUPINE AHI 74.
TITRATION: CPAP 5 TO 13 CM H2O; AT 12 CM AHI 3.1 WITH SUPINE REM OBSERVED. MEDIUM F&P FULL FACE MASK.
IMPRESSION: SEVERE OBSTRUCTIVE SLEEP APNEA. RECOMMEND CPAP 12 CM H2O, HEATED HUMIDITY.
DME: ⟦O|APRIA⟧ BRANCH ⟦C|NORTH FORK⟧ - ORDER FAXED TO ⟦F|631-555-0199⟧.
DO NOT DRIVE COMMERCIALLY UNTIL COMPLIANT (>4 H ON 70% OF NIGHTS). COPY TO ⟦O|MIDWAY FREIGHTLINES⟧ MEDICAL EXAMINER ON PATIENT REQUEST.
INTERPRETING PHYSICIAN: ⟦N|ANIL CHATTERJEE⟧, MD, D-ABSM   ⟦D|05/12/2089⟧
`);

note("dietitian", `
Medical Nutrition Therapy — Initial Assessment
⟦O|Lakeview Diabetes & Nutrition Services⟧, ⟦S|9 Ferris Wheel Lane, Suite 2⟧, ⟦C|Saltmarsh Harbor⟧
Date: ⟦D|7/7/2091⟧. Patient: ⟦N|Farida Hossain⟧, 57F. Referred by ⟦N|Kenji Nakamura-Price⟧, MD. RD: ⟦N|Shoshana Bergstrom⟧, RD, CDCES.
Dx: T2DM (A1c 8.6 on ⟦D|6/20⟧), HTN, stage 3a CKD.
Diet recall: rice at two meals, daal, fish curry; sweet tea with ⟦N|Rahim⟧ (husband) in the evening; fasts during ⟦DAY|Ramadan⟧ — plan for next year discussed.
Shops at ⟦O|Patel Brothers⟧ and ⟦O|Aldi⟧ on ⟦S|Route 9⟧. Works nights as a ⟦PROF|home health aide⟧ for ⟦O|BrightStar Care⟧.
Goals: plate method, swap sweet tea, walk 20 min after dinner with neighbor Mrs. ⟦N|Okonjo⟧'s group at ⟦LO|Marshview Park⟧.
Education provided in Bengali through video interpreter ⟦N|Tanvir⟧ (ID ⟦I|88104⟧). Handouts from ⟦O|American Diabetes Association⟧.
F/u 4 weeks; CGM (Libre 3) trial, sensor serial ⟦DEV|3MH0091K7QX⟧.
— ⟦N|S. Bergstrom⟧, RD
`);

note("dot-exam-caps", `
⟦O|CROSSROADS OCCUPATIONAL HEALTH⟧ - DOT MEDICAL EXAMINATION
DRIVER: ⟦N|OKONKWO, CHUKWUDI EMMANUEL⟧     DOB ⟦D|03/15/1974⟧     CDL ⟦I|K40-118-2297⟧ (⟦STATE|IN⟧)
EXAM DATE: ⟦D|10/10/2088⟧     EMPLOYER: ⟦O|BLUE RIBBON DAIRY TRANSPORT⟧, ⟦S|2400 STOCKYARD RD⟧, ⟦C|NEW HAMBURG⟧
EXAMINER: ⟦N|LORENA VILLALOBOS⟧, PA-C   NATIONAL REGISTRY # ⟦I|4418920173⟧
HISTORY: HTN ON LISINOPRIL, OSA ON CPAP (COMPLIANCE REPORT FROM ⟦O|LINCARE⟧ 91% > 4H). NO INSULIN. NO SEIZURES.
VISION: 20/25 OD, 20/20 OS WITHOUT CORRECTION. HEARING: FORCED WHISPER > 5 FT BILAT.
BP 142/88 (RECHECK 136/84). URINE: SG 1.020, NEG PROTEIN/BLOOD/GLUCOSE.
DETERMINATION: MEETS STANDARDS, 1-YEAR CERTIFICATE (HTN), EXPIRES ⟦D|10/10/2089⟧.
DRUG SCREEN COLLECTED (CCF #⟦I|B0071193⟧), MRO DR ⟦N|FITZGERALD⟧ (⟦O|SENTRY MRO SERVICES⟧).
EMERGENCY CONTACT: WIFE ⟦N|NGOZI OKONKWO⟧ ⟦P|(317) 555-0145⟧.
`);

note("hiv-cm-lower", `
ryan white medical case management note - ⟦O|positive pathways clinic⟧
client ⟦N|dante rosario-whitfield⟧, 31, client id ⟦I|ppc-20417⟧. contact ⟦D|11/18/2090⟧ by phone (client at his cousin's on ⟦S|lamar ave⟧ in ⟦C|south belmont⟧).
cm: ⟦N|ebony carrington⟧, msw.
last vl ⟦D|10/30⟧ <20, cd4 611 (dr ⟦N|nakashima⟧). on biktarvy, refills through ⟦O|cvs specialty⟧, 2 missed doses this month.
housing: evicted from ⟦S|1400 dunbar st apt 3⟧ ⟦D|nov 1⟧. hopwa application submitted to ⟦O|belmont housing authority⟧, case worker ⟦N|rhonda sykes⟧ ⟦P|(601) 555-0183⟧.
insurance: adap recert due ⟦D|12/31/2090⟧. medicaid id ⟦HP|mc4471029953⟧.
partner ⟦N|jamal⟧ tested at ⟦O|belmont county health dept⟧ - neg, starting prep.
transport: bus pass from ⟦O|magnolia transit⟧. food: ⟦O|second baptist⟧ pantry tuesdays.
plan: call back ⟦DAY|friday⟧; pillbox; link to peer navigator ⟦N|keisha⟧.
`);

note("correctional", `
Correctional Health — Intake Medical Screening
Facility: ⟦O|Dunmore County Jail⟧, ⟦S|300 Sheriff Plaza⟧, ⟦C|Dunmore Crossing⟧. Booking #: ⟦I|DCJ-91-022817⟧. Housing: Pod C, cell 14.
Inmate: ⟦N|Tyrell Augustin⟧   DOB: ⟦D|01/05/1999⟧   Screened: ⟦D|2/22/2091⟧ 0140 by ⟦N|Monique Desrosiers⟧, LPN
Arresting agency: ⟦O|Dunmore PD⟧ (Officer ⟦N|Kleinschmidt⟧, badge ⟦I|772⟧).
Hx: asthma (albuterol), ADHD, sickle cell trait. Last seen at ⟦H|Dunmore Regional⟧ ED ⟦D|Jan 2091⟧ for a hand laceration.
Outside meds verified with ⟦O|Rite Aid⟧ #⟦I|04418⟧ on ⟦S|Canal St⟧: albuterol HFA.
CIWA 2, COWS 1. Denies SI; no prior attempts. PREA screening done.
Mother ⟦N|Josette Augustin⟧ called lobby, left number ⟦P|(570) 555-0116⟧; release of info not signed yet.
Referred to provider sick call ⟦DAY|Monday⟧ (Dr. ⟦N|Fenwick-Osei⟧); mental health (⟦N|Lucia Brandt⟧, LCSW) per protocol.
TB skin test placed L forearm, lot ⟦DEV|TB2290K⟧; read ⟦D|2/24⟧.
`);

note("foster-care", `
Foster Care Initial Health Assessment (within 72 h of placement)
Clinic: ⟦O|Kid's Bridge Clinic⟧ at ⟦H|Great Lakes Children's Hospital⟧   Date ⟦D|09/03/2088⟧
Child: ⟦N|Jayden Makoa-Reynolds⟧, 6 y (DOB ⟦D|06/22/2082⟧)   Case #: ⟦I|DCFS-88-113047⟧
Caseworker: ⟦N|Vanessa Ugwu⟧, ⟦O|Department of Children and Family Services⟧, ⟦P|(312) 555-0152⟧
Placed ⟦D|8/31⟧ with foster parents ⟦N|Alan and Marjorie Teasdale⟧ in ⟦C|Indian Mound Park⟧; sibling ⟦N|Kailani⟧ (3) placed with maternal grandmother ⟦N|Leilani Makoa⟧ in ⟦C|Kaimana Bay⟧, ⟦STATE|HI⟧.
Prior care: ⟦O|Cook Family Health Center⟧ (records requested), last WCC ⟦D|2086⟧. Immunizations per ⟦O|I-CARE⟧: missing DTaP #5, IPV #4, MMR #2.
Exam: Wt 18 kg (10th %ile). Dental caries x4. Healing scab R forearm; skin survey otherwise normal. Developmental: speech delay.
School: enrolling at ⟦O|Lincoln Elementary⟧ ⟦DAY|Tuesday⟧.
Plan: catch-up vaccines today; dental referral to ⟦O|Smile Squad⟧ mobile van; speech eval at ⟦O|Easterseals⟧; CBC, lead level (last ⟦D|4/2086⟧ 6 mcg/dL).
Foster mother ⟦N|Marjorie⟧ given our after-hours number. — ⟦N|Priyanka Deshmukh⟧, MD
`);

note("school-nurse-letter", `
⟦O|Maplewood-Ridgely Public Schools⟧ — Office of Health Services
⟦O|Ridgely Falls Elementary School⟧, ⟦S|600 Chestnut Hill Road⟧, ⟦C|Ridgely Falls⟧

⟦D|January 26, 2090⟧

Dr. ⟦N|Oluwaseun Bello-Harrington⟧
⟦O|Chestnut Hill Pediatrics⟧
Fax: ⟦F|610-555-0124⟧

Re: ⟦N|Anneliese Fairchild⟧, grade 2 (DOB ⟦D|4/4/2082⟧)

Dear Dr. ⟦N|Bello-Harrington⟧,
I am writing with the permission of her mother, ⟦N|Corinne Fairchild⟧. Since winter break ⟦N|Anneliese⟧ has come to my office 11 times with
headaches, usually after lunch, and twice failed the vision screen (20/50 both eyes on ⟦D|1/14⟧ and ⟦D|1/21⟧). Her teacher, Ms. ⟦N|Okwuosa⟧,
notices squinting at the board. There have been no head injuries at school.
She is enrolled in our free breakfast program and the after-school club run by the ⟦O|YMCA of Greater Ridgely⟧.
Could she be seen for an eye exam? The ⟦O|Lions Club⟧ voucher program can cover glasses.
Please call me at ⟦P|610-555-0137⟧ ext. ⟦P|2204⟧ (school days 7:45-3:15).

Sincerely,
⟦N|Bridget Nakagawa-Moore⟧, BSN, RN, NCSN
School Nurse
`);

note("fmla-caps", `
CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
EMPLOYER: ⟦O|GREAT NORTHERN MUTUAL INSURANCE⟧   HR CONTACT: ⟦N|DARLENE WYSOCKI⟧  ⟦E|LEAVE@GNMUTUAL.COM⟧
EMPLOYEE: ⟦N|ESPERANZA QUINTANILLA⟧   JOB TITLE: ⟦PROF|CLAIMS ADJUSTER⟧   EMPLOYEE ID ⟦I|GN-554102⟧
PROVIDER: ⟦N|THEODORE LAMBRAKIS⟧, MD   ⟦O|ST. AGATHA ORTHOPEDICS & SPINE⟧   ⟦S|1800 TEMPLE AVE STE 300⟧   ⟦C|CORMORANT SHORES⟧   PH ⟦P|(662) 555-0118⟧   FAX ⟦F|(662) 555-0119⟧
PART A: CONDITION COMMENCED ⟦D|02/04/2091⟧. SURGERY (L4-5 MICRODISCECTOMY) ⟦D|02/19/2091⟧ AT ⟦H|ST. AGATHA SURGERY CENTER⟧.
PROBABLE DURATION: CONTINUOUS LEAVE ⟦D|02/19/2091⟧ THROUGH ⟦D|04/01/2091⟧, THEN INTERMITTENT FOR PT 2X/WEEK AT ⟦O|ACTIVECARE PHYSICAL THERAPY⟧ UNTIL ⟦D|05/15/2091⟧.
FLARE-UPS: NOT EXPECTED.
UNABLE TO PERFORM: PROLONGED SITTING > 30 MIN, LIFTING > 10 LB.
SIGNATURE: ⟦N|T. LAMBRAKIS⟧, MD   DATE ⟦D|02/21/2091⟧
`);

note("anticoag-lower", `
anticoagulation clinic phone note - ⟦O|pharmacy anticoagulation service⟧, ⟦H|bayou cheniere medical center⟧
pt ⟦N|thibodeaux, marie-ange⟧  age ⟦A|90⟧  indication: afib + mech mitral (on-x), goal inr 2.5-3.5
⟦D|6/14/2087⟧: inr 1.9 (poc at ⟦O|petit bois family clinic⟧ drawn by ⟦N|chantelle⟧, ma).
spoke with granddaughter ⟦N|amélie guidry⟧ (caregiver) at ⟦P|985-555-0134⟧: missed 2 doses during the crawfish boil at her uncle ⟦N|remy⟧'s camp in ⟦C|bayou rouge landing⟧ last weekend, ate greens.
warfarin weekly dose 42.5 mg -> 45 mg (extra 2.5 mg ⟦DAY|sat⟧). no bleeding. no new meds. no falls.
recheck ⟦D|6/21⟧. pcp dr ⟦N|landry-nguyen⟧ aware via in-basket.
-⟦N|j. fontenot⟧, pharmd, cpp
`);

note("newborn-caps", `
NEWBORN NURSERY DISCHARGE / BIRTH CERTIFICATE WORKSHEET
⟦H|ST. GERMAINE WOMEN & INFANTS HOSPITAL⟧  -  WELL BABY NURSERY
INFANT: ⟦N|BABY GIRL ADESANYA⟧ ("⟦N|TEMITOPE⟧")   DOB ⟦D|12/25/2089⟧ (⟦DAY|CHRISTMAS DAY⟧) 03:17   MRN ⟦M|SG-89-550193⟧
MOTHER: ⟦N|OLUWAKEMI ADESANYA⟧, 29, G2P2   FATHER: ⟦N|IFEANYI ADESANYA⟧ - ⟦PROF|CIVIL ENGINEER⟧ (NOT A PATIENT)
MOTHER'S RESIDENCE: ⟦S|7 CANTERBURY MEWS⟧, ⟦C|HOLLISTON GREEN⟧, ⟦LO|WINTHROP COUNTY⟧
DELIVERED BY: ⟦N|MARGIT HALVORSEN⟧, CNM. PEDIATRICIAN IN NURSERY: DR ⟦N|KOFI ANSAH-MILLER⟧.
BW 3410 G. APGARS 8/9. BLOOD TYPE O+/DAT NEG. TCB 7.2 AT 36 H (LOW RISK ZONE).
HEARING SCREEN (ABR): PASS AU ⟦D|12/26/2089⟧, SCREENER ⟦N|R. IBARRA⟧. CCHD SCREEN: PASS.
NEWBORN METABOLIC SCREEN: KIT ⟦I|NBS-4471902⟧ SENT ⟦D|12/26⟧.
HEP B #1 GIVEN, LOT ⟦DEV|EB0419A⟧. VITAMIN K, ERYTHROMYCIN GIVEN.
FOLLOW UP: ⟦O|HOLLISTON GREEN PEDIATRICS⟧ (DR ⟦N|WASHINGTON-LIU⟧) ON ⟦D|12/28⟧. WIC REFERRAL ⟦O|WINTHROP COUNTY WIC⟧.
BIRTH CERTIFICATE CLERK: ⟦N|JOANNE PETRAKIS⟧   SSN APPLICATION: YES
`);

note("travel-clinic", `
Travel Medicine Consultation — ⟦O|Passport Health of Kingsbury⟧
Traveler: ⟦N|Hamid Rezaei⟧, 44, and daughter ⟦N|Shirin Rezaei⟧, 12. Visit ⟦D|2/2/2090⟧. Clinician ⟦N|Camille Beaulieu-Tran⟧, NP.
Itinerary: depart ⟦D|March 3⟧ — ⟦C|Lagos⟧ and ⟦C|Ibadan⟧ (⟦COUNTRY|Nigeria⟧) for a wedding, 2 weeks; then ⟦C|Accra⟧ (⟦COUNTRY|Ghana⟧) 5 days; return ⟦D|March 24⟧.
Purpose: visiting friends (the groom, ⟦N|Tunde Fashola⟧, is a colleague at ⟦O|Kingsbury Polymer Works⟧).
Vaccines: yellow fever given (lot ⟦DEV|YF9920B⟧, ICVP stamped, center #⟦I|KB-0044⟧); typhoid Vi; hep A #1 for ⟦N|Shirin⟧; Tdap current.
Malaria: atovaquone-proguanil for both, start 2 days before. Traveler's diarrhea: azithromycin standby.
Daughter's pediatrician Dr. ⟦N|Ostrowski⟧ sent records from ⟦O|Kingsbury Pediatric Group⟧.
Registered with STEP. Return precautions: fever within 3 months → tell clinicians you were in West Africa.
— ⟦N|C. Beaulieu-Tran⟧, NP, CTH
`);

note("speech-therapy", `
Outpatient Speech-Language Pathology — Progress Report (visits 1-12)
⟦O|Tidewater Neuro Rehab⟧ at ⟦H|Kingsmill Rehabilitation Hospital⟧, ⟦S|3 Admiralty Court⟧, ⟦C|Point Sable⟧
Patient: ⟦N|Raimundo Esteves⟧   DOB ⟦D|5/19/1958⟧   Dates ⟦D|8/5/2089⟧ to ⟦D|9/27/2089⟧   SLP: ⟦N|Harper Lindqvist-Obi⟧, MS, CCC-SLP
Dx: nonfluent aphasia and apraxia of speech after L MCA stroke ⟦D|6/30/2089⟧ (inpatient at ⟦H|Point Sable General⟧, then ⟦H|Kingsmill⟧ IRF).
Portuguese is first language; English second. Wife ⟦N|Graça⟧ and son ⟦N|Paulo Esteves⟧ attend sessions.
Progress: naming (BNT short form) 4/15 → 9/15; repetition of 3-syllable words 60%; automatic speech improved. WAB-R AQ 48.2 (from 31.5).
Uses a communication book with photos of family, his dog "Capitão", and his parish ⟦O|Our Lady of Fátima Church⟧.
Goals met: 3/5. Returned to volunteering at the ⟦O|Portuguese-American Club⟧ on ⟦S|Ferry Road⟧ with support.
Plan: continue 2x/week x 8 weeks; constraint-induced aphasia therapy group on ⟦DAY|Wednesdays⟧. Report sent to neurologist Dr. ⟦N|Mirela Popescu⟧.
`);

note("bereavement-letter", `
⟦O|Riverstone Hospice & Palliative Care⟧
Bereavement Services · ⟦S|250 Old Quarry Road⟧ · ⟦C|Fenwick Hollow⟧, ⟦STATE|VT⟧ ⟦Z|05762⟧ · ⟦P|802-555-0171⟧

⟦D|November 12, 2086⟧

Mr. ⟦N|Augustus Whitcombe⟧
⟦S|18 Clover Leaf Drive⟧
⟦C|Fenwick Hollow⟧, ⟦STATE|VT⟧ ⟦Z|05762⟧

Dear ⟦N|Gus⟧,
It has been three months since ⟦N|Evelyn⟧ died at home on ⟦D|August 9⟧, with you and ⟦N|Rachel⟧ beside her. We think of you often,
and of the stories you told our nurse ⟦N|Marisol Pereira⟧ about the forty-one years you ran ⟦O|Whitcombe's Hardware⟧ together.
The holidays can be hard. Our "Coping with the Holidays" evening is on ⟦DAY|Thursday⟧, ⟦D|December 4⟧, at 6:30 PM at the ⟦O|Fenwick Hollow Public Library⟧
(⟦S|12 Common Street⟧). Our walking group meets ⟦DAY|Saturday⟧ mornings at ⟦LO|Lantern Pond⟧.
Our bereavement counselor, ⟦N|Theo Okonkwo-Blair⟧, would be glad to visit or call. His direct line is ⟦P|802-555-0174⟧.

With warm regards,
Sister ⟦N|Mary Philomena Doyle⟧
Bereavement Coordinator
`);

note("family-meeting", `
NICU Family Meeting Note — ⟦H|Bright Harbor Children's Hospital⟧, Level IV NICU, pod 3
Date/time: ⟦D|4/18/2091⟧, 14:00. Infant: ⟦N|Baby Boy Kaur-Sandhu⟧ (twin A), DOL 23, CGA 30+2 wks. MRN ⟦M|BH-91-008814⟧.
Present: parents ⟦N|Harpreet Kaur⟧ and ⟦N|Gurvinder Sandhu⟧; paternal grandmother ⟦N|Surinder Sandhu⟧; attending neonatologist ⟦N|Olufemi Adeyinka⟧, MD;
fellow ⟦N|Seung-hoon Yi⟧, MD; primary RN ⟦N|Candace Boudreaux⟧; SW ⟦N|Miriam Hochberg⟧, LICSW; interpreter (Punjabi) ⟦N|Manpreet Gill⟧, #⟦I|6602⟧.
Twin B (⟦N|Baby Boy Kaur-Sandhu⟧ B, "⟦N|Arjun⟧") died ⟦D|4/2⟧; family held a service at the ⟦O|Gurdwara Sahib of Eastvale⟧.
Discussed: grade III IVH on the left; NEC treated medically, now full feeds of donor milk from the ⟦O|Mothers' Milk Bank of the Northeast⟧; ROP exam ⟦D|4/22⟧ by Dr. ⟦N|Farnsworth⟧.
Parents asked about transfer closer to home in ⟦C|Eastvale Township⟧; ⟦H|Eastvale Medical Center⟧ has a Level II nursery only — not appropriate yet.
Father works at ⟦O|Sandhu Brothers Trucking⟧ and has used up leave; SW will help with a letter and ⟦O|Ronald McDonald House⟧ room.
Questions answered; parents' phone ⟦P|(973) 555-0102⟧. Next meeting in 2 weeks or sooner with change.
⟦N|O. Adeyinka⟧, MD
`);

note("eeg-caps", `
ELECTROENCEPHALOGRAM REPORT - ⟦H|MONTCLAIR HEIGHTS NEUROLOGICAL INSTITUTE⟧
EEG #: ⟦I|E91-04417⟧   DATE: ⟦D|01/30/2091⟧   TYPE: ROUTINE AWAKE AND DROWSY, 31 MIN
PATIENT: ⟦N|O'BANNON-CHÁVEZ, LIAM⟧   AGE: 17   MRN ⟦M|MHN-0022187⟧
REFERRING: ⟦N|PATRICE NDIAYE⟧, MD (⟦O|MONTCLAIR PEDIATRIC NEUROLOGY⟧)   TECH: ⟦N|ROSALIE KIM⟧, R. EEG T.
HISTORY: TWO EPISODES OF LOSS OF CONSCIOUSNESS, ONE WITH TONGUE BITE, AT ⟦O|FAIRGROUNDS SPEEDWAY⟧ ⟦D|01/12⟧ AND AT ⟦O|ST. JUDE ACADEMY⟧ ⟦D|01/25⟧. LEVETIRACETAM STARTED ⟦D|01/26⟧.
BACKGROUND: 10 HZ POSTERIOR DOMINANT RHYTHM, REACTIVE. NORMAL SLEEP ARCHITECTURE (N1, N2).
ACTIVATION: HV 3 MIN - 3-4 HZ GENERALIZED POLYSPIKE-WAVE 2-3 SEC, NO CLINICAL CHANGE. PHOTIC: PHOTOPAROXYSMAL RESPONSE AT 15-20 HZ.
IMPRESSION: ABNORMAL EEG DUE TO GENERALIZED EPILEPTIFORM DISCHARGES, SUPPORTS JUVENILE MYOCLONIC EPILEPSY.
NO DRIVING PER STATE LAW - DISCUSSED WITH PATIENT AND FATHER ⟦N|SEAMUS O'BANNON⟧.
READ BY ⟦N|VALENTINA RUSSO-ADAMU⟧, MD   ⟦D|01/30/2091⟧
`);

note("opo-caps", `
⟦O|GATEWAY DONOR NETWORK⟧ - REFERRAL AND AUTHORIZATION NOTE
REFERRAL #: ⟦I|GDN-2088-14471⟧   DATE/TIME: ⟦D|07/04/2088⟧ (⟦DAY|INDEPENDENCE DAY⟧) 02:12
REFERRING HOSPITAL: ⟦H|ST. PERPETUA MEDICAL CENTER⟧, NEURO ICU BED 6, CALLED BY RN ⟦N|JORDAN MBATHA-KELLY⟧
POTENTIAL DONOR: ⟦N|HOLLOWAY, GARRETT DEAN⟧   AGE 24   DOB ⟦D|03/03/2064⟧
CAUSE: ANOXIC BRAIN INJURY AFTER DROWNING AT ⟦LO|LAKE SHAWANEE⟧ ⟦D|07/01⟧; BROUGHT BY ⟦O|CLEARFIELD COUNTY EMS⟧.
BRAIN DEATH DECLARED ⟦D|07/04/2088⟧ 01:40 BY DR ⟦N|ABIMBOLA FAGBEMI⟧ AND DR ⟦N|CRAIG WESTERHOLM⟧ (2 EXAMS + APNEA TEST).
DONOR REGISTRY: REGISTERED DONOR VIA DMV (⟦STATE|PA⟧) ⟦D|2082⟧. FAMILY INFORMED BY FAMILY SERVICES COORDINATOR ⟦N|NAOMI ABERNATHY-ROSS⟧.
NOK: MOTHER ⟦N|SHARON HOLLOWAY⟧ AND FATHER ⟦N|DEAN HOLLOWAY⟧ OF ⟦C|PENN VALLEY CROSSING⟧; FIANCÉE ⟦N|BRIANNA OKONJO⟧.
MEDICAL EXAMINER: ⟦O|CLEARFIELD COUNTY CORONER⟧, DEPUTY ⟦N|R. KACZMAREK⟧, RELEASED FOR RECOVERY - CASE ⟦I|CC-88-0317⟧.
ORGANS: HEART, LIVER, KIDNEYS X2, LUNGS - OR SCHEDULED ⟦D|07/05/2088⟧ 06:00. TISSUE: ⟦O|MUSCULOSKELETAL TRANSPLANT FOUNDATION⟧.
COORDINATOR: ⟦N|EVANGELINE TSOSIE⟧, CPTC   ⟦P|1-800-555-0160⟧
`);
write();
