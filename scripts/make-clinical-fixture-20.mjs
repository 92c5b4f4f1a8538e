// Why this file exists: builds test/fixtures/clinical-notes-20.jsonl, a twentieth labelled set of clinical notes
// written by hand in stop 32 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md, the test tables or fixture 19's list of misses (fixture 19's generator and test file and the
// labelling paragraphs of docs/clinical-fixtures.md were read for the form and the labels), with the PHI density of
// the i2b2 de-identification notes, in report types fixtures 1-19 hold least: dialysis run sheets, wound-care, PT, OT
// and speech-language notes, pharmacy consults (kinetics, home infusion), case-management and discharge-planning notes,
// social-work notes, a pre-op anaesthesia evaluation, L&D triage, a NICU admission, oral surgery, ophthalmology,
// dermatology, urgent care, telehealth (with an IP address and a portal user name), hospice and SNF admissions, an
// insurance prior-authorisation letter, a disability form, a guardianship letter to a court, a camp health form,
// audiology, podiatry, palliative care, a travel clinic, a liver transplant note, an endocrinology letter, lactation,
// pulmonary rehab, an independent medical examination, a nursing-home fall note, a memory clinic and a critical-access
// transfer; 15 notes in ALL CAPS and 5 in lower case. Regions fixtures 1-19 hold least (the Southwest, the Gulf coast,
// the Mountain West, the Plains, Alaska and Hawaii, upstate New York, Appalachia, the Carolinas' Lowcountry).
// PHI forms sought: facilities as staff write them (short forms and initialisms, campus names, "the X", "X's", "X -
// Campus", "X (Y)", a hospital named by its town, dialysis units, SNFs and group homes by name); organisations as
// employers, insurers, schools, camps, churches, agencies, pharmacies, unions, tribes' programmes, vendors and courts;
// ages over 89 as "92yo", "93 y.o.", "94F", "Age/Sex: 92/M", "ninety-four", "NINETY SIX YEARS", "aged 97", "a
// 100-year-old", "(age 95)", "at 91 she"; streets with and without house numbers in every letter case (county roads,
// highways, "P.O. Box", rural routes, "Calle", "Tchoupitoulas"); dates as "12/3", "Dec. 3rd", "3-Dec-95", "12.03.2095",
// "the 14th", "'94", "Dec 2094"; IDs as authorisation, NPI, DEA, claim, case, docket, Rx, lot and serial numbers.
// Labelling follows fixtures 11-19: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, degrees and cue words stay outside the name; "the" stays outside a
// facility, a possessive "'s" outside unless it is part of the name ("St. Rafe's"); room, bed, chair and ward codes
// and departments are left unlabelled; nursing homes, SNFs, group homes, rehab hospitals, dialysis units, clinics with
// a place name and VA clinics are HOSPITAL; companies, insurers, schools, camps, churches, pharmacies, agencies
// (hospice and home-health agencies too), tribes' programmes, unions and courts are ORGANIZATION; counties, regions,
// lakes and reservations are LOCATION-OTHER; MRNs are MRN; member, policy, group, Medicaid and Medicare numbers
// HEALTHPLAN; authorisation, case, claim, docket, NPI, DEA, Rx, licence and lab numbers ID; serials and lots DEVICE;
// pagers and extensions PHONE; an apartment or suite number stays outside the street.
// Every person, street, hospital and number is invented here (a few towns and national firms are real names used as
// such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-19 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-20.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-20.jsonl", "make-clinical-fixture-20");

note("dialysis-run-caps", `
⟦H|SAGEBRUSH KIDNEY CENTER - LAS CRUCES⟧     HEMODIALYSIS TREATMENT RECORD     TX DATE: ⟦D|03/09/2094⟧  ⟦DAY|MON⟧
PATIENT: ⟦N|VALDEZ-ARMIJO, EUSEBIO R⟧   MRN ⟦M|SKC-0041187⟧   CHAIR 7   MACHINE SN ⟦DEV|FMC4008-1187220⟧
AGE/SEX: ⟦A|92⟧/M   NEPHROLOGIST: DR. ⟦N|ANAHI CORDOVA-BELL⟧   CHARGE RN: ⟦N|M. TRUJILLO⟧   PCT: ⟦N|DWAYNE OLGUIN⟧
ACCESS: L BRACHIOCEPHALIC AVF (CREATED ⟦D|5/2091⟧ AT ⟦H|MESILLA VALLEY REGIONAL⟧ BY DR. ⟦N|HOLLENBECK⟧). BRUIT/THRILL +.
PRE: WT 68.4 KG (EDW 66.0), BP 168/74, HR 66. POST: WT 66.3 KG, BP 142/70. UF 2.1 L. QB 350, QD 600, 2K/2.5CA BATH.
HEPARIN 1000 U BOLUS. EPO (LOT ⟦DEV|EP44190K⟧) GIVEN. CRAMPING AT HR 3, 100 ML NS GIVEN.
NOTES: PT ARRIVED LATE VIA ⟦O|ROADRUNNER TRANSIT⟧ VAN FROM ⟦H|CASA DEL SOL CARE CENTER⟧ (⟦S|2710 E. LOHMAN AVE⟧). GRANDSON ⟦N|ISIDRO⟧ (⟦P|575-555-0148⟧) ASKS TO MOVE PT TO ⟦DAY|TUE⟧/⟦DAY|THU⟧/⟦DAY|SAT⟧ CHAIR AT OUR ⟦C|ALAMOGORDO⟧ UNIT WHEN HE MOVES.
LABS SENT TO ⟦O|SPECTRA⟧, REQ ⟦I|SP94-0309-4471⟧. NEXT TX ⟦D|3/11⟧.
RN SIGNATURE: ⟦N|MARISELA TRUJILLO⟧, RN, CNN
`);

note("wound-care", `
Wound & Hyperbaric Center at ⟦H|St. Rafe's⟧ — Progress Note          Date of service: ⟦D|Dec. 3rd, 2093⟧
Patient: ⟦N|Thibodeaux, Ambrose J.⟧     Acct ⟦I|SR0093318⟧     DOB ⟦D|08-14-1948⟧     Referred by: Dr. ⟦N|Clementine Broussard⟧ (⟦H|Teche Family Practice⟧, ⟦C|New Iberia⟧)
Wound: R heel stage 4 pressure injury, present since his stay at ⟦H|Bayou Oaks Nursing & Rehab⟧ in ⟦D|Sept⟧. Today 3.1 x 2.4 x 0.8 cm, 30% slough, moderate serosanguinous drainage, periwound macerated.
Procedure: selective sharp debridement to subcutaneous tissue, 6.2 cm2. Hemostasis with pressure.
HBO: not a candidate (no osteo on MRI ⟦D|11/20⟧ at ⟦H|Teche General⟧).
Plan: NPWT at 125 mmHg continuous, changes M/W/F by ⟦O|Acadiana Home Health⟧ (nurse ⟦N|Rochelle Guidry⟧); wound vac from ⟦O|KCI⟧, unit serial ⟦DEV|VAC-22K-883104⟧. Offloading boot. Nutrition: Juven bid. Pt's wife ⟦N|Odile⟧ transports; they live at ⟦S|418 Rue Bourque⟧, ⟦C|Loreauville⟧, ⟦STATE|LA⟧ ⟦Z|70552⟧.
RTC 1 week. ⟦N|Lucien Fontenot-Ardoin⟧, MD, CWS
`);

note("pt-eval", `
Physical Therapy Initial Evaluation — ⟦H|Kenai Peninsula Rehab⟧, ⟦C|Soldotna⟧ clinic
Date: ⟦D|06/21/2095⟧   Patient: ⟦N|Ingrid Svedberg-Oquendo⟧   DOB: ⟦D|4/2/1961⟧   Referring: ⟦N|Travis Nakamura⟧, PA-C (⟦H|Redoubt Peninsula Hospital⟧ ortho)
Dx: s/p R TKA ⟦D|6/3/95⟧ at ⟦H|RPH⟧.
Subjective: 63 yo ⟦PROF|commercial fisher⟧, owns a setnet site near ⟦LO|Kasilof Beach⟧. Goal: back on the boat by ⟦D|July 15⟧. Lives with partner ⟦N|Roald⟧ in a two-story cabin off ⟦S|Kalifornsky Beach Rd⟧, 14 steps to bedroom.
Objective: R knee AROM 8-92°, quad lag 10°, TUG 14.2 s, gait with SPC, antalgic.
Assessment: expected post-op deficits; good rehab potential.
Plan: 2x/wk x 8 wk; HEP issued via ⟦O|MedBridge⟧ code ⟦I|7HQK4R⟧. Insurance: ⟦O|Premera Blue Cross⟧ ID ⟦HP|PBX448120917⟧, 20 visits authorized (auth ⟦I|PA-95-0621-337⟧).
⟦N|Colette Amundsen⟧, PT, DPT   ⟦P|907-555-0161⟧
`);

note("ot-lower", `
ot daily note   ⟦D|2/14/96⟧   ⟦H|bridger mountain rehab⟧ room 212
pt ⟦N|wendell yellowtail⟧, 58 m, s/p r mca cva ⟦D|1/30⟧ at ⟦H|gallatin valley general⟧, transferred here ⟦D|2/6⟧.
adl: ub dressing min a, lb dressing mod a with reacher/sock aid. toilet transfer cga w/ grab bar.
cog: follows 2-step commands, l neglect improving w/ scanning tasks.
pt's sister ⟦N|loretta yellowtail-means⟧ visited from ⟦C|crow agency⟧ and asked about home mod funding through ⟦O|crow tribe health⟧; referred to sw ⟦N|garrett⟧.
home: trailer at ⟦S|1100 old hwy 87⟧, ⟦C|hardin⟧ ⟦Z|59034⟧, 3 steps no rail. dme vendor ⟦O|big sky medical supply⟧ to deliver tub bench by ⟦D|2/20⟧.
plan: cont 5x/wk, d/c target ⟦D|2/27⟧. ⟦N|kjm⟧ / ⟦N|k. martinsen⟧, otr/l
`);

note("slp-note", `
Speech-Language Pathology Bedside Swallow Evaluation — ⟦H|High Plains Regional⟧ (⟦H|HPRMC⟧), 4 West          ⟦D|11.03.2094⟧
Patient: ⟦N|Prudence Ashcombe⟧, ⟦A|93⟧ y.o. female   MRN ⟦M|CR-2290417⟧   Attending: Dr. ⟦N|Wojcik⟧
History: admitted ⟦D|10/31⟧ from ⟦H|Sunrise at Dell Range⟧ (assisted living, ⟦S|4050 Dell Range Blvd⟧) with aspiration pneumonia. Prior MBS at ⟦H|HPRMC⟧ ⟦D|Aug 2093⟧ showed mild oral dysphagia. Son ⟦N|Everett Ashcombe⟧ (⟦C|Laramie⟧) reports she "coughs with coffee."
Oral mech: reduced labial seal R, dentures loose (dentist Dr. ⟦N|Pfluger⟧ at ⟦O|Frontier Dental Group⟧ to reline).
Trials: thin liquid by cup — delayed cough x3; nectar-thick — no s/s aspiration; puree and soft solids — adequate.
Impression: suspected pharyngeal dysphagia. Recommend MBS on ⟦D|11/4⟧ before advancing; until then mildly thick liquids, meds crushed in puree, upright 90°.
Education provided to pt and to ⟦N|Ruthanne⟧, RN. ⟦N|Maribel Oyenuga-Stiles⟧, M.S., CCC-SLP   ext ⟦P|4418⟧
`);

note("pharm-kinetics", `
Clinical Pharmacy Consult — Vancomycin Dosing     ⟦H|Piedmont Ridge Medical Center⟧ (⟦H|PRMC - Hickory campus⟧)
Date: ⟦D|2092-05-17⟧   Pt: ⟦N|Honeycutt, Delbert Lee⟧   MRN ⟦M|PR00881432⟧   Consulting: Dr. ⟦N|Ayodele Vance⟧
⟦A|97⟧yo M, 71 kg, SCr 1.6 (baseline 1.1 per ⟦H|Catawba Ridge⟧ records from ⟦D|Feb⟧), CrCl ~29 mL/min. MRSA bacteremia from L knee prosthetic joint (arthroplasty ⟦D|2089⟧, Dr. ⟦N|Lail⟧, ⟦H|Lyerly⟧).
Recommendation: vancomycin 1,250 mg IV load, then 750 mg q24h, AUC target 400-600; levels ⟦D|5/18⟧ 0600 and 1400. Pharmacy will follow daily.
Interactions: none significant. Allergies: PCN (rash, ⟦D|1974⟧).
Discussed with pt's grandniece ⟦N|Shelby Honeycutt-Pope⟧ (HCPOA, ⟦P|828.555.0139⟧), who asked that his ⟦O|Lutheran Services Carolinas⟧ aide ⟦N|Tonya⟧ be told he will not be home ⟦DAY|Friday⟧.
⟦N|Rajesh Pillai-Edmonds⟧, PharmD, BCIDP   pager ⟦P|5127⟧
`);

note("case-mgmt", `
Case Management / Discharge Planning Note          ⟦H|Tallgrass Medical Center⟧, ⟦C|Salina⟧, ⟦STATE|KS⟧          ⟦D|09/02/2096⟧ 11:40
Pt: ⟦N|Gerhardt Pfannenstiel⟧   DOB ⟦D|02/29/1940⟧   MRN ⟦M|TMC3318027⟧   Payer: ⟦O|Humana Gold Plus⟧ (member ⟦HP|H5521-88104-02⟧)
Met with pt and wife ⟦N|Leona⟧ at bedside re: SNF placement after hip ORIF ⟦D|8/29⟧. Wife's first choice ⟦H|Prairie Rose Health & Rehab⟧ (⟦C|Lindsborg⟧) declined, no beds until ⟦D|9/9⟧. Second choice ⟦H|Good Shepherd Village⟧ on ⟦S|Cloud St⟧ accepted; Humana auth submitted via ⟦O|naviHealth⟧, ref ⟦I|NH-96-0902-7781⟧, pending.
Back-up: ⟦H|Ellsworth County Medical Center⟧ swing bed. Transportation: ⟦O|Saline County EMS⟧ stretcher van, or son ⟦N|Dale⟧ (⟦P|785-555-0114⟧) if appropriate.
Pt is a retired ⟦PROF|wheat farmer⟧; lives on farm at ⟦S|3317 E. Magnolia Rd⟧. Their church, ⟦O|Immanuel Lutheran⟧, has offered meals when he returns home.
Barriers: none. Anticipated d/c ⟦D|9/4⟧. ⟦N|Bethany Schrag⟧, RN, CCM   ⟦P|785-555-0190⟧ ext ⟦P|2207⟧
`);

note("sw-caps", `
SOCIAL WORK ASSESSMENT - ⟦H|OUR LADY OF THE PINES⟧ (⟦H|OLP⟧) - ⟦C|HATTIESBURG⟧
DATE: ⟦D|1-17-2097⟧   PT: ⟦N|PICKERING, LADARIUS⟧   DOB: ⟦D|7-5-2079⟧   MRN: ⟦M|OLP-774018⟧
REFERRAL: DR. ⟦N|SANTIAGO WREN⟧ (HOSPITALIST) FOR HOUSING AND PCP LINKAGE AFTER DKA.
PT IS 17, LIVES WITH GRANDMOTHER ⟦N|ERMA PICKERING⟧, ⟦A|91⟧, AT ⟦S|612 MOBILE ST⟧, APT 4, ⟦C|HATTIESBURG⟧ ⟦Z|39401⟧. MOTHER ⟦N|TANISHA⟧ INCARCERATED AT ⟦O|CMCF⟧ (⟦C|PEARL⟧). PT IS A JUNIOR AT ⟦O|HATTIESBURG HIGH⟧; SCHOOL NURSE MRS. ⟦N|KITTRELL⟧ WAS NOT AWARE OF HIS DIABETES.
INSURANCE: ⟦O|MAGNOLIA HEALTH⟧ (MEDICAID), ID ⟦HP|MS0447128810⟧. INSULIN PREVIOUSLY FILLED AT ⟦O|FRED'S⟧ ON ⟦S|BROADWAY DR⟧, WHICH CLOSED.
PLAN: NEW PCP AT ⟦H|SOUTHEAST MISSISSIPPI RURAL HEALTH⟧ (⟦D|1/24⟧ AT 9:00). PHARMACY CHANGED TO ⟦O|WALGREENS⟧ ON ⟦S|HARDY ST⟧. REFERRAL TO ⟦O|PINE BELT MENTAL HEALTH⟧. DIABETES CAMP APPLICATION FOR ⟦O|CAMP HOPE-ON-THE-BAYOU⟧ GIVEN.
⟦N|CHIQUITA BARNHILL⟧, LMSW   ⟦P|601-555-0176⟧
`);

note("preop-anes-caps", `
PRE-ANESTHESIA EVALUATION     ⟦H|LAKE CHAMPLAIN SURGICAL CENTER⟧ ⟦C|PLATTSBURGH⟧     DOS: ⟦D|04/30/2093⟧
PATIENT: ⟦N|DESROCHERS, MADELEINE⟧   ⟦A|NINETY-FOUR⟧ YEAR OLD FEMALE   MRN: ⟦M|LCS0002718⟧   SURGEON: DR. ⟦N|H. VOGELSANG⟧
PROCEDURE: L CATARACT EXTRACTION WITH IOL UNDER MAC.
PMH: HTN, AF ON APIXABAN (HELD PER DR. ⟦N|OKEKE⟧, CARDIOLOGY, ⟦H|NCMC⟧), CKD 3, OSA ON CPAP. PRIOR ANESTHESIA ⟦D|2089⟧ AT ⟦H|ADIRONDACK NORTH⟧ (⟦C|MALONE⟧) - PONV.
AIRWAY: MALLAMPATI III, TM 3FB, UPPER DENTURES. ASA III.
LABS ⟦D|4/25⟧: K 4.6, CR 1.3, HGB 11.8. ECG ⟦D|4/25/93⟧: AF, RATE 78.
PLAN: MAC WITH LOW-DOSE PROPOFOL, NO MIDAZOLAM (AGE), ONDANSETRON. RIDE HOME WITH NIECE ⟦N|GISELE DESROCHERS-PAYNE⟧, ⟦S|88 CORNELIA ST⟧, APT 2, ⟦C|PLATTSBURGH⟧; CONTACT ⟦P|518-555-0172⟧.
⟦N|TOBIAS KRZYZANOWSKI⟧, MD, ANESTHESIOLOGY / ⟦N|A. LEFEBVRE⟧, CRNA
`);

note("ld-triage", `
L&D Triage Note — ⟦H|Gulf Breeze Women's Pavilion⟧ at ⟦H|Santa Rosa Baptist⟧          ⟦D|Aug 7 2091⟧ 03:22
Pt: ⟦N|Kaylee Dupree-Moody⟧   G2P1001 at 38w2d by 8 wk US   EDD ⟦D|8/19/91⟧   MRN ⟦M|SRB1188204⟧
CC: contractions q4-5 min since 2330, LOF? Prenatal care with ⟦O|Emerald Coast OB/GYN⟧ (Dr. ⟦N|Farris⟧); GBS neg ⟦D|7/22⟧. Prior SVD ⟦D|2088⟧ at ⟦H|Perdido Baptist⟧.
SSE: nitrazine neg, fern neg, no pooling. SVE 3/70/-1 (from 2/50 in office ⟦D|8/4⟧).
NST: reactive, baseline 135, mod variability. Toco q4 min.
Plan: walk x 1 hr and recheck. Husband ⟦N|Brent⟧ is stationed at ⟦O|NAS Whiting Field⟧ and is on his way; her mother ⟦N|Dolores Dupree⟧ is watching their son at home on ⟦S|Soundside Dr⟧. Pt works at ⟦O|Navarre Beach Cafe⟧ and asks for a note.
Recheck 04:40: SVE 5/80/0 — admit to L&D, CNM ⟦N|Roxanne Tibbetts⟧ aware. Pediatrician chosen: ⟦O|Coastal Kids Pediatrics⟧.
⟦N|Jolene Faircloth⟧, RNC-OB
`);

note("nicu-caps", `
NICU ADMISSION NOTE - ⟦H|CHILDREN'S OF THE BLUEGRASS⟧ LEVEL IV NICU     ADMIT ⟦D|10/02/2095⟧ 14:18
INFANT: BOY ⟦N|HAMMONS⟧ ("BABY BOY ⟦N|HAMMONS⟧")   MRN ⟦M|CB95-0044128⟧   DOB ⟦D|10/02/2095⟧ 13:51   BW 1,180 G   GA 29 2/7 WKS
MOTHER: ⟦N|BRITTANY HAMMONS⟧, 24 Y/O G1 P0->1, MRN ⟦M|CB00773015⟧, FROM ⟦C|HAZARD⟧ (⟦LO|PERRY COUNTY⟧). TRANSFERRED IN LABOR FROM ⟦H|HAZARD TRI-COUNTY⟧ BY ⟦O|AIR EVAC 54⟧. PNC AT ⟦H|KENTUCKY RIVER FAMILY CARE⟧ - 4 VISITS.
DELIVERY: SVD, APGARS 4/7. INTUBATED IN DR BY DR. ⟦N|OSEI-TUTU⟧, SURFACTANT X1.
ADMISSION: UVC/UAC PLACED, AMPICILLIN/GENTAMICIN, DRIP D10. ON SIMV 20/5 FIO2 0.35.
SOCIAL: FATHER ⟦N|COLTON RITCHIE⟧ (⟦P|606-555-0183⟧), NOT MARRIED. MOB ON ⟦O|WELLCARE OF KENTUCKY⟧ MEDICAID ⟦HP|KY8810442710⟧. LODGING AT ⟦O|RONALD MCDONALD HOUSE⟧ ON ⟦S|WOODLAND AVE⟧ REQUESTED. SW ⟦N|PAIGE⟧ CONSULTED.
⟦N|ABIMBOLA FRANKLIN-REECE⟧, MD, NEONATOLOGY   NNP ⟦N|C. STURGILL⟧
`);

note("oral-surgery", `
⟦H|High Desert Oral & Maxillofacial Surgery⟧ — ⟦S|1901 N. Rainbow Blvd⟧, Suite 110, ⟦C|Las Vegas⟧, ⟦STATE|NV⟧ ⟦Z|89108⟧
Operative note, ⟦D|January 22, 2096⟧
Patient: ⟦N|Marcus Okolie-Tran⟧ (DOB ⟦D|09/30/2003⟧), chart ⟦M|HD-018822⟧. Referred by ⟦N|Wendy Yamasaki⟧, DDS, ⟦O|Summerlin Smiles Family Dentistry⟧.
Procedure: extraction of teeth #1, #16, #17, #32 (full bony impactions #17, #32) under IV sedation. Midazolam 5 mg, fentanyl 100 mcg, propofol titrated. Local: 4% articaine with epi 1:100k, 4 carpules (lot ⟦DEV|AR5520B⟧).
Findings: #32 roots in close proximity to IAN canal (CBCT ⟦D|1/8/96⟧).
Post-op: ibuprofen 600 q6h, hydrocodone/APAP 5/325 #8 (Rx ⟦I|7700418⟧ to ⟦O|Smith's Pharmacy⟧ on ⟦S|Tropical Pkwy⟧; PMP checked, ⟦STATE|NV⟧ DEA ⟦I|FO4418207⟧).
Escort: his mother ⟦N|Ngozi Okolie⟧. He works at ⟦O|Caesars⟧ valet; work note through ⟦D|1/25⟧. Dental plan: ⟦O|Delta Dental of Nevada⟧, ID ⟦HP|DDN447120935⟧.
⟦N|Stavros Papadakis-Reyes⟧, DMD, MD
`);

note("ophtho", `
⟦H|Wasatch Eye Institute⟧ — ⟦C|Murray⟧ office                          ⟦D|3/14/2092⟧
Pt: ⟦N|Lindgren, Solveig A.⟧   ⟦A|95⟧F   DOB ⟦D|3/1/1997⟧   Acct ⟦I|WEI-220184⟧
CC: "curtain over R eye" since last ⟦DAY|Sunday⟧ per daughter ⟦N|Astrid⟧. Seen for cataract f/u by Dr. ⟦N|Brimhall⟧ at ⟦H|Wasatch Valley - Draper campus⟧ ⟦D|2/2092⟧.
VA sc: OD HM, OS 20/40. IOP 14/15. DFE OD: macula-off superotemporal RRD; OS: PCIOL, dry AMD.
A/P: RRD OD, macula-off ~4 days. Discussed PPV/SB vs observation at her age; she wants surgery. Scheduled with Dr. ⟦N|Kallas⟧ at ⟦H|Ensign Peak⟧ tomorrow 7 AM. Face-down positioning equipment via ⟦O|Comfort Vision Rentals⟧.
She lives at ⟦H|The Wentworth at Holladay⟧ (⟦S|4400 S. Highland Dr⟧); transport by ⟦O|UTA Paratransit⟧ or her grandson ⟦N|Nils⟧.
⟦N|Tamsin Okafor-Lund⟧, MD   scribe: ⟦N|bjh⟧
`);

note("derm", `
Dermatology — ⟦H|Santa Fe Skin & Mohs⟧                   ⟦D|2093-07-11⟧
⟦N|Agapito Montoya y Baca⟧, 71 M, here for spot on L ear. Retired ⟦PROF|roofer⟧ (40 years with ⟦O|Montoya Bros. Roofing⟧ in ⟦C|Española⟧). Referred by Dr. ⟦N|Catalina Vigil⟧ at ⟦H|Rio Arriba General⟧.
Exam: 9 mm pearly papule L helix with rolled border; multiple AKs on scalp.
Procedure: shave biopsy L helix, specimen to ⟦O|Aurora Diagnostics⟧ (req ⟦I|AD93-71144⟧). LN2 to 12 AKs.
He wants any surgery done near home at ⟦S|27 County Road 84⟧, ⟦C|Chimayó⟧, ⟦STATE|NM⟧ ⟦Z|87522⟧, or at our ⟦C|Los Alamos⟧ satellite. Wife ⟦N|Remedios⟧ ⟦P|505-555-0155⟧.
Sunscreen samples. Results by phone within 10 days; MyChart user ⟦UN|amontoya47⟧.
⟦N|Eliana Raskin-Duarte⟧, MD, FAAD
`);
note("urgent-lower", `
urgent care visit - ⟦H|pinnacle urgent care - west knoxville⟧   ⟦D|12/27/94⟧ 19:05
pt: ⟦N|rory mcelhaney⟧   dob ⟦D|6/6/1988⟧   acct ⟦I|puc-1227-0419⟧   pcp: dr. ⟦N|baskin⟧ (⟦H|farragut family medicine⟧)
cc: l hand lac from box cutter at work (⟦O|home depot⟧ on ⟦S|kingston pike⟧), ~1500 today. tetanus last ⟦D|2087⟧.
exam: 3.5 cm lac l thenar eminence, fdp/fds intact, cap refill <2s, sensation intact.
procedure: irrigated, 6 simple interrupted 4-0 nylon. tdap given (lot ⟦DEV|tdp4417c⟧).
workers comp: carrier ⟦O|sedgwick⟧, claim ⟦I|30218847-0001⟧, supervisor ⟦N|dana whitlock⟧ ⟦P|865-555-0127⟧. work note: no l hand use x 5 days.
return for suture removal ⟦D|jan 6⟧ or see pcp. pharmacy: ⟦O|kroger⟧ on ⟦S|n. cedar bluff rd⟧.
⟦N|jasmine okoro-hale⟧, fnp-c
`);

note("telehealth", `
Telehealth Visit (video) — ⟦H|Aloha Pacific Health - Hilo⟧ Behavioral Health          ⟦D|05/05/2097⟧ 15:00 HST
Patient: ⟦N|Keoni Kahananui-Silva⟧   DOB ⟦D|11/19/1979⟧   MRN ⟦M|APH-0882117⟧   Location of patient: home, ⟦S|55 Kilauea Ave⟧, ⟦C|Hilo⟧   Provider location: ⟦H|APH Honolulu⟧ (⟦S|1410 Lunalilo St⟧)
Platform: Doxy; pt's connection dropped twice (IP ⟦IP|172.31.44.108⟧ logged by ⟦O|Hawaiian Telcom⟧ support ticket ⟦I|HT-97-550218⟧); resumed by phone ⟦P|808-555-0194⟧.
Interval: PTSD and AUD. Sober since ⟦D|Feb 2⟧; attending AA at ⟦O|Haili Congregational Church⟧ ⟦DAY|Thursdays⟧. Job at ⟦O|KTA Super Stores⟧ going well. His hānai aunty ⟦N|Leilani Pacheco⟧ lives with him.
Meds: prazosin 2 mg qhs, naltrexone 50 mg daily (filled at ⟦O|Longs⟧ ⟦C|Hilo⟧ ⟦D|4/28⟧).
VA benefits: claim pending with ⟦O|VBA⟧ (file ⟦I|C-44 817 220⟧) since ⟦D|Dec 2096⟧; he served in ⟦O|2-299th Infantry⟧.
Plan: continue; next video visit ⟦D|6/2⟧. Secure message sent to ⟦E|keoni.ks@pualani-mail.net⟧.
⟦N|Malia Fonoti-Hendricks⟧, PsyD
`);

note("hospice-caps", `
HOSPICE ADMISSION / CERTIFICATION OF TERMINAL ILLNESS - ⟦O|SANGRE DE CRISTO HOSPICE⟧
ADMIT DATE: ⟦D|FEB 11, 2094⟧   BENEFIT PERIOD 1 (⟦D|2/11/94⟧-⟦D|5/11/94⟧)
PATIENT: ⟦N|GALLEGOS, PORFIRIO⟧   AGE: ⟦A|NINETY SIX⟧   MEDICARE ⟦HP|4TW7-GH3-KK81⟧   DOB ⟦D|01-09-1998⟧
ADDRESS: ⟦S|RR 1 BOX 44⟧, ⟦C|CHAMITA⟧, ⟦STATE|NM⟧ ⟦Z|87566⟧ (SON'S HOUSE; DIRECTIONS: PAST ⟦O|SAN GABRIEL CHURCH⟧, 2ND LEFT ON ⟦S|CR 0055⟧).
TERMINAL DX: END-STAGE HEART FAILURE, NYHA IV, EF 15% (ECHO ⟦D|12/2093⟧ AT ⟦H|ST. VINCENT DE LA SIERRA⟧). 3 ADMISSIONS SINCE ⟦D|OCT⟧.
ATTENDING OF RECORD: DR. ⟦N|FIDEL ARCHULETA⟧ (⟦H|RIO CHAMA FAMILY HEALTH⟧). HOSPICE MD: ⟦N|R. NAKAI-BEGAY⟧, MD.
PRIMARY CAREGIVER: SON ⟦N|ANSELMO GALLEGOS⟧ ⟦P|(505) 555-0133⟧. DPOA: DAUGHTER ⟦N|LUZ GALLEGOS DE VARGAS⟧ (⟦C|ALBUQUERQUE⟧).
DME: HOSPITAL BED, O2 CONCENTRATOR FROM ⟦O|NORTHERN NM HOME MEDICAL⟧ (SN ⟦DEV|OC5L-0094412⟧). CHAPLAIN: FR. ⟦N|BENAVIDEZ⟧.
RN CASE MANAGER: ⟦N|YOLANDA CHAVEZ-RUIZ⟧, RN   ⟦D|2/11/94⟧
`);

note("snf-admit", `
SNF Admission History & Physical — ⟦H|Green Hills Manor⟧, ⟦C|Ames⟧, ⟦STATE|IA⟧          Admit: ⟦D|October 4, 2092⟧
Resident: ⟦N|Hjalmar "Jim" Thorvaldsen⟧, aged ⟦A|97⟧, room 118-B. Hospital: ⟦H|Skunk River Medical⟧ ⟦D|9/28⟧-⟦D|10/4⟧ for L femoral neck fx, hemiarthroplasty ⟦D|9/29⟧ (Dr. ⟦N|Oyelaran-Fisk⟧).
PMH: CAD s/p CABG (⟦D|2071⟧, ⟦H|Raccoon Valley Methodist⟧), BPH, macular degeneration (Dr. ⟦N|Hoang⟧, ⟦O|Prairie Retina Consultants⟧), hearing loss.
Social: widower; lived alone at ⟦S|2208 Duff Ave⟧ until this fall. Retired ⟦PROF|agronomist⟧ (⟦O|Iowa State⟧ extension, then ⟦O|Pioneer Hi-Bred⟧). Daughter ⟦N|Kristin Thorvaldsen-Mapes⟧ (POA) in ⟦C|Ankeny⟧, ⟦P|515-555-0107⟧. Member of ⟦O|Bethesda Lutheran⟧.
Insurance: Medicare A/B; supplement ⟦O|Wellmark⟧ ID ⟦HP|WMK882017734⟧.
Plan: PT/OT 5x/wk, WBAT, enoxaparin x 4 wk, goal return home with ⟦O|Skunk River Home Health⟧ or move to ⟦H|Northbrook Commons⟧ assisted living.
⟦N|Fiona Aldrich-Moen⟧, DO, Medical Director
`);

note("prior-auth-letter", `
⟦H|Ozark Rheumatology Associates⟧
⟦S|3300 S. National Ave⟧, Suite 210 · ⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65807⟧ · Phone ⟦P|417-555-0129⟧ · Fax ⟦F|417-555-0130⟧

⟦D|July 19, 2093⟧

⟦O|Heartland Health Plan⟧ — Pharmacy Prior Authorization Appeals
⟦S|P.O. Box 4471⟧
⟦C|Jefferson City⟧, ⟦STATE|MO⟧ ⟦Z|65102⟧

RE: Appeal of denial ⟦I|HHP-PA-2093-0712244⟧ for ⟦N|Rosalind Keck⟧, DOB ⟦D|03/22/1985⟧, member ID ⟦HP|HHP7744021-03⟧, group ⟦HP|88120⟧

To whom it may concern:

I am writing to appeal the denial dated ⟦D|July 12, 2093⟧ of tofacitinib for my patient Ms. ⟦N|Keck⟧, who has seropositive RA diagnosed ⟦D|2088⟧. She has failed methotrexate (hepatotoxicity, ⟦D|2089⟧), leflunomide and adalimumab (secondary failure documented ⟦D|3/2093⟧ at ⟦H|Mercy James River⟧ infusion). She is a ⟦PROF|dental hygienist⟧ at ⟦O|Battlefield Family Dental⟧ and cannot work with her current hand synovitis. Records from her previous rheumatologist, Dr. ⟦N|Oyler⟧ at ⟦H|Galloway Creek Medical⟧, are attached.

Please contact me at the number above or by e-mail at ⟦E|rheumappeals@ozarkrheum.org⟧.

Sincerely,
⟦N|Prakash Venkataraman-Hale⟧, MD   NPI ⟦I|1447209183⟧
`);

note("disability-caps", `
ATTENDING PHYSICIAN STATEMENT OF DISABILITY - ⟦O|NORTHSTAR MUTUAL LIFE⟧ GROUP LTD
CLAIM NO: ⟦I|LTD-96-0044817⟧   POLICY: ⟦HP|GL-220418⟧   EMPLOYER: ⟦O|TRI-STATE CONTAINER CORP⟧, ⟦C|WHEELING⟧
CLAIMANT: ⟦N|SZCZEPANSKI, ROMAN T.⟧   SSN: ⟦SSN|412-88-3107⟧   DOB: ⟦D|05/17/1968⟧
ADDRESS: ⟦S|1187 NATIONAL RD⟧, ⟦C|TRIADELPHIA⟧, ⟦STATE|WV⟧ ⟦Z|26059⟧   PHONE: ⟦P|304-555-0166⟧
OCCUPATION: ⟦PROF|FORKLIFT OPERATOR⟧. LAST DAY WORKED: ⟦D|04/02/2096⟧.
DIAGNOSIS: L4-5 DISC HERNIATION WITH L5 RADICULOPATHY (ICD-10 M51.16). MRI ⟦D|4/15/96⟧ AT ⟦H|OHIO VALLEY IMAGING⟧. L4-5 MICRODISCECTOMY ⟦D|5/20/96⟧ AT ⟦H|OGLEBAY GENERAL⟧ BY DR. ⟦N|ABERNETHY-SOTO⟧.
RESTRICTIONS: NO LIFTING >10 LB, NO PROLONGED SITTING >30 MIN. EXPECTED RTW ⟦D|08/01/2096⟧ WITH RESTRICTIONS.
UNION: ⟦O|USW LOCAL 5668⟧ STEWARD ⟦N|D. KOVACH⟧ NOTIFIED BY PT.
PHYSICIAN: ⟦N|GRETCHEN MOYERS-ULLAH⟧, MD, PM&R   LICENSE ⟦I|WV-28841⟧   ⟦D|06/14/2096⟧   TAX ID ⟦I|55-0448127⟧
`);
note("guardianship-letter", `
⟦H|Low Country Geriatric Associates⟧
⟦S|62 Calhoun Street⟧, ⟦C|Charleston⟧, ⟦STATE|SC⟧ ⟦Z|29401⟧

⟦D|14 March 2095⟧

The Honorable ⟦N|Cassandra Pinckney-Rhett⟧
⟦O|Charleston County Probate Court⟧
⟦S|84 Broad St⟧, ⟦C|Charleston⟧, ⟦STATE|SC⟧ ⟦Z|29401⟧

Re: In the Matter of ⟦N|Octavia Legare Ravenel⟧, an alleged incapacitated person — Case No. ⟦I|2095-GC-10-00441⟧

Dear Judge ⟦N|Pinckney-Rhett⟧:

I have been Mrs. ⟦N|Ravenel⟧'s physician since ⟦D|2089⟧ and examined her on ⟦D|March 10⟧ and ⟦D|March 12, 2095⟧ at her home on ⟦S|Tradd St⟧ and at the ⟦H|Wappoo Landing⟧ memory care unit, where she has lived since ⟦D|January⟧. She is ⟦A|ninety-three⟧ years old and has Alzheimer's dementia, moderately severe (MMSE 11/30, down from 19/30 in ⟦D|'93⟧).

She cannot manage her finances: in ⟦D|November⟧ she wired $48,000 to a caller claiming to be from ⟦O|Palmetto Federal Savings⟧, reported by the bank to ⟦O|SC Adult Protective Services⟧ (report ⟦I|APS-95-1108-2207⟧). I support the petition of her nephew, ⟦N|Thomas Grimké Ravenel III⟧, to be appointed guardian and conservator, and I know of no reason he should not serve.

Respectfully,
⟦N|Beatrix Huger-Lowndes⟧, MD, CMD
cc: ⟦N|Julian Mazyck⟧, Esq. (counsel for petitioner), ⟦O|Mazyck & Simons LLC⟧; ⟦N|Harriet Ball⟧, guardian ad litem
`);

note("camp-form", `
⟦O|Camp Tall Timbers⟧ — Camper Health Form (to be completed by physician)          Session 2: ⟦D|July 6⟧–⟦D|July 19, 2096⟧
Camper: ⟦N|Zaria Oyinlola Whitfield⟧   DOB: ⟦D|04/09/2085⟧   Age 11   Cabin: Birch 4
Parent/guardian: ⟦N|Adaeze Whitfield⟧, ⟦S|905 Ridgeview Terrace⟧, ⟦C|Asheville⟧, ⟦STATE|NC⟧ ⟦Z|28806⟧; cell ⟦P|828-555-0188⟧; work (⟦O|Mission Bay Credit Union⟧) ⟦P|828-555-0101⟧ x ⟦P|331⟧
School: ⟦O|Beaucatcher Elementary⟧, grade 5. Insurance: ⟦O|BCBSNC⟧ Blue Value, member ⟦HP|YPW448102218⟧.
Medical: asthma, mild persistent — albuterol HFA 2 puffs prn (inhaler with counselor); fluticasone 44 mcg 2 puffs bid. Peanut allergy: EpiPen Jr x2 (lot ⟦DEV|6GR114⟧, exp ⟦D|03/2097⟧). Last asthma ED visit ⟦D|10/2094⟧ at ⟦H|French Broad Children's⟧.
Immunizations up to date per NCIR (printout attached, ⟦D|5/30/96⟧).
May participate in all activities including swimming in ⟦LO|Lake Lure⟧ and the ⟦LO|Green River⟧ tubing trip.
Physician: ⟦N|Dorothea Fairbanks-Iwu⟧, MD, ⟦H|Blue Ridge Pediatrics⟧ ⟦C|West Asheville⟧, ⟦P|828-555-0142⟧   Date: ⟦D|5/30/2096⟧
`);

note("ed-caps", `
⟦H|BAYOU LAFOURCHE REGIONAL⟧ ED - PHYSICIAN DOCUMENTATION
PT: ⟦N|GUIDRY, THEOPHILE⟧   ⟦A|90⟧ YO M   MRN: ⟦M|BLR-5520831⟧   FIN: ⟦I|99031447218⟧   ARRIVED: ⟦D|08/27/2093⟧ 22:41 VIA ⟦O|ACADIAN AMBULANCE⟧ (RUN # ⟦I|AA-93-882014⟧)
HPI: ⟦A|90⟧ YO FRENCH-SPEAKING M FROM HOME ON ⟦S|HWY 308⟧ NEAR ⟦C|LAROSE⟧, WITH CHEST PAIN X 2 HRS WHILE CLEANING HIS CRAB TRAPS. GRANDDAUGHTER ⟦N|AMELIE GUIDRY⟧ INTERPRETS. PCP DR. ⟦N|THERIOT⟧ (⟦H|LAFOURCHE CROSSING CLINIC⟧). CARDIOLOGIST DR. ⟦N|B. PHAM⟧ AT ⟦H|THIBODAUX MEMORIAL⟧.
ECG: 2MM STE II, III, AVF. STEMI ALERT 22:48. TRANSFER CENTER ⟦H|LOCKPORT ST. ANNE'S⟧ ⟦P|985-555-0110⟧ - CATH LAB NOT AVAILABLE (STAFF OUT FOR ⟦DAY|LABOR DAY⟧ WEEKEND). ACCEPTED BY DR. ⟦N|LANDRY-NGUYEN⟧ AT ⟦H|TERREBONNE BAPTIST - HOUMA CAMPUS⟧.
TX: ASA 324, HEPARIN, TICAGRELOR 180. ⟦O|AIR MED 3⟧ LIFTED 23:31.
ATTENDING: ⟦N|CLAUDETTE BOUDREAUX⟧, MD   ⟦D|8/27/93⟧ 23:40
`);

note("dc-summary-caps", `
⟦M|8830217⟧ | ⟦H|CUHNO⟧ | ⟦I|44018273⟧ | | ⟦I|552901⟧ | ⟦D|11/02/2096⟧ 12:00:00 AM | COPD EXACERBATION | SIGNED | DIS |
ADMISSION DATE: ⟦D|11/02/2096⟧   DISCHARGE DATE: ⟦D|11/08/2096⟧
PATIENT: ⟦N|BATISTE, ROOSEVELT J⟧   ATTENDING: ⟦N|ODUYA-FERRANTE, CELESTE⟧, M.D.
HPI: ⟦A|99⟧ YO MAN, LIFELONG RESIDENT OF ⟦S|TCHOUPITOULAS ST⟧ IN THE ⟦LO|IRISH CHANNEL⟧, FORMER ⟦PROF|LONGSHOREMAN⟧ (⟦O|ILA LOCAL 1418⟧), WITH COPD ON 2L HOME O2 (⟦O|LINCARE⟧), ADMITTED WITH HYPERCAPNIC RESPIRATORY FAILURE. LAST ADMISSION ⟦D|JUNE 2096⟧ AT ⟦H|PRYTANIA-CROSSROADS⟧.
HOSPITAL COURSE: BIPAP X 36 HRS IN MICU, STEROIDS, AZITHRO. WEANED TO 3L BY ⟦D|11/5⟧. PT/OT RECOMMENDED SNF; PT AND DAUGHTER ⟦N|ALTHEA BATISTE-WASHINGTON⟧ DECLINED. HOME WITH ⟦O|CRESCENT CITY HOME HEALTH⟧.
FOLLOW-UP: DR. ⟦N|MBEKI⟧ AT ⟦H|SISTERS OF MERCY - CARROLLTON⟧ ⟦D|11/15⟧; PULM DR. ⟦N|ESTEVEZ⟧ AT ⟦H|CUH⟧ CHEST CLINIC ⟦D|12/3⟧.
DICTATED BY: ⟦N|LEBLANC, YVETTE⟧, M.D. ⟦N|YL⟧/⟦N|RKD⟧
DD: ⟦D|11/08/96⟧ DT: ⟦D|11/09/96⟧ JOB #: ⟦I|730218⟧
CC: ⟦N|KWAME MBEKI⟧, M.D.; ⟦O|CRESCENT CITY HOME HEALTH⟧ FAX ⟦F|(504) 555-0186⟧
`);

note("radiology-caps", `
⟦H|FRONT RANGE IMAGING - LONGMONT⟧          CT ABDOMEN/PELVIS WITH CONTRAST
PATIENT: ⟦N|ESPINOZA-HART, DOLORES⟧   DOB: ⟦D|12-04-1999⟧   AGE: ⟦A|94⟧Y   MRN: ⟦M|FRI0092217⟧   ACC: ⟦I|CT94-4418830⟧
EXAM DATE: ⟦D|04-DEC-94⟧ 10:12   ORDERING: ⟦N|LAKSHMI ORTEGA⟧, NP (⟦H|SALUD Y VIDA FAMILY HEALTH⟧ ⟦C|FREDERICK⟧)
HISTORY: RLQ PAIN, WBC 14.
COMPARISON: CT ⟦D|03/15/2091⟧ FROM ⟦H|ST. VRAIN VALLEY HOSPITAL⟧ (IMPORTED).
FINDINGS: DILATED APPENDIX 12 MM WITH PERIAPPENDICEAL FAT STRANDING AND A 9 MM APPENDICOLITH. NO ABSCESS. INCIDENTAL 2.1 CM L ADRENAL ADENOMA, UNCHANGED SINCE ⟦D|2091⟧.
IMPRESSION: ACUTE UNCOMPLICATED APPENDICITIS.
CRITICAL RESULT CALLED TO ⟦N|L. ORTEGA⟧ AT ⟦P|303-555-0171⟧ ON ⟦D|12/4/94⟧ AT 10:40, READ BACK CONFIRMED. SURGICAL CONSULT AT ⟦H|ST. VRAIN⟧ ARRANGED BY ⟦N|PHYLLIS⟧ IN SCHEDULING.
READ BY: ⟦N|AUGUSTUS VAN HORNE⟧, MD   TRANSCRIBED ⟦D|12/04/2094⟧ 10:55 ⟦N|DLP⟧
`);

note("cardiology-consult", `
Cardiology Consultation — ⟦H|Mohave Valley Heart⟧ at ⟦H|Hualapai Mountain Regional⟧ (⟦H|HMRMC⟧)          Date: ⟦D|9/9/2092⟧
Requested by: Dr. ⟦N|Eberhardt⟧, hospitalist. Reason: new AF with RVR.
HPI: Mr. ⟦N|Clyde Two Bears⟧ is a 66-year-old ⟦PROF|long-haul trucker⟧ (⟦O|Swift⟧, 28 years) from ⟦C|Peach Springs⟧ on the ⟦LO|Hualapai Reservation⟧ who presented from a truck stop on ⟦S|I-40⟧ with palpitations. His care is usually at the ⟦H|Peach Springs IHS Clinic⟧; he last saw Dr. ⟦N|Watahomigie⟧ there in spring ⟦D|2092⟧. Echo ⟦D|9/8⟧: EF 45%, LA 4.6 cm, mild MR.
CHA2DS2-VASc 2 (HTN, CHF). HAS-BLED 1.
Rec: diltiazem gtt to po, apixaban 5 bid (covered by ⟦O|IHS⟧ / ⟦O|AHCCCS⟧, ID ⟦HP|A44108277⟧), TSH, sleep study. ⟦O|DOT⟧ medical card: he should not drive commercially until rate controlled — discussed with his dispatcher ⟦N|Rhonda⟧ at ⟦P|602-555-0128⟧ with his permission.
Follow-up: our ⟦C|Bullhead City⟧ clinic, ⟦S|2735 Silver Creek Rd⟧, in 2 weeks with Zio (order ⟦I|ZIO-92-77104⟧).
⟦N|Ikechukwu Santangelo⟧, MD, FACC
`);

note("bh-lower", `
behavioral health intake - ⟦H|north country crisis center⟧ (⟦C|watertown⟧)    ⟦D|03/01/2095⟧   clinician: ⟦N|p. oduya⟧, lcsw-r
client: ⟦N|tyler bassett-oakes⟧, 23, referred by ⟦O|fort drum⟧ behavioral health (sgt. ⟦N|mccandless⟧) after separation from the army ⟦D|1/2095⟧.
lives with girlfriend ⟦N|kayla⟧ in an apartment at ⟦S|418 coffeen st⟧, ⟦C|watertown⟧ ⟦Z|13601⟧. works nights at ⟦O|stewart's shops⟧ on ⟦S|arsenal st⟧.
hx: ptsd after deployment, etoh 10-12 beers/night on weekends. one dui ⟦D|12/2094⟧ (⟦O|jefferson county court⟧, docket ⟦I|cr-2094-1187⟧), ordered to treatment.
safety: denies si/hi; no guns at home (turned in to ⟦O|watertown pd⟧).
plan: weekly cbt-ptsd, refer to ⟦H|syracuse va⟧ for benefits eval and prazosin; releases signed for ⟦O|fort drum⟧ and probation officer ⟦N|d. leclair⟧ (⟦P|315-555-0163⟧).
next appt ⟦D|3/8⟧ 4pm.
`);

note("home-infusion", `
Home Infusion Pharmacy — Initial Assessment          ⟦O|Capital Region Infusion Services⟧, ⟦S|77 Wolf Rd⟧, ⟦C|Albany⟧ ⟦STATE|NY⟧
Date: ⟦D|Oct 28, 2093⟧   Patient: ⟦N|Abernathy-Quist, Loretta⟧   DOB ⟦D|1/17/1952⟧   Rx ⟦I|CRI-2093-44172⟧
Referral: ⟦H|Hudson Valley Med⟧ ID clinic (Dr. ⟦N|Faisal Rahimi⟧) after discharge ⟦D|10/27⟧ for MSSA L hip PJI, s/p washout and liner exchange ⟦D|10/19⟧ (Dr. ⟦N|Szabo-Lind⟧, ⟦H|St. Lucian's Troy⟧).
Therapy: cefazolin 2 g IV q8h via elastomeric pump x 6 weeks (through ⟦D|11/30⟧). PICC R basilic 5F DL placed ⟦D|10/26⟧, tip at CAJ.
Labs weekly CBC/BMP/ESR/CRP drawn by ⟦O|Trinity Visiting Nurses⟧ (RN ⟦N|Gwendolyn Osei⟧), faxed to Dr. ⟦N|Rahimi⟧ at ⟦F|518-555-0115⟧.
Home: ⟦S|14 Hillcrest Ave⟧, ⟦C|Cohoes⟧ ⟦Z|12047⟧; husband ⟦N|Gunnar⟧ trained in pump changes. Insurer: ⟦O|MVP Health Care⟧, ID ⟦HP|MVP88204419-01⟧.
⟦N|Desmond Achterberg⟧, PharmD   ⟦P|518-555-0116⟧
`);

note("audiology", `
Audiology Report — ⟦H|Three Rivers Hearing Center⟧, ⟦C|Kennewick⟧, ⟦STATE|WA⟧          ⟦D|05.20.2092⟧
Patient: ⟦N|Wilhelmina Tuesday-Rose⟧ (age ⟦A|95⟧)   DOB ⟦D|02.12.1997⟧   Referred by ⟦N|Rafael Quiroga⟧, ARNP (⟦H|Tri-Cities General - Columbia Point⟧)
History: gradual bilateral hearing loss; current aids (Phonak Audéo, serials ⟦DEV|2231XK418⟧ / ⟦DEV|2231XK419⟧) bought in ⟦D|2088⟧ from ⟦O|Costco Hearing Aid Center⟧ on ⟦S|Columbia Center Blvd⟧.
Otoscopy: clear. Tymps: type A bilat.
Audiogram: moderately-severe to severe sloping SNHL bilaterally; WRS 56% R, 48% L at MCL.
Recommendations: new RIC aids (covered in part by ⟦O|Regence⟧ Medicare Advantage, member ⟦HP|RGX002281770⟧); cochlear implant candidacy eval at ⟦H|Cascade University Hospital⟧ if WRS falls below 50%. She is ⟦A|95⟧ and still sings in the ⟦O|Kennewick First Methodist⟧ choir — music program requested.
⟦N|Dagny Haugen-Okwu⟧, Au.D., CCC-A
`);

note("podiatry-caps", `
⟦H|PANHANDLE FOOT & ANKLE⟧ - ⟦C|AMARILLO⟧          OFFICE VISIT ⟦D|07/30/2097⟧
PT: ⟦N|STRICKLIN, BOONE W⟧   DOB ⟦D|1/14/1955⟧   ACCT ⟦I|PFA-30071⟧   PCP: DR. ⟦N|KHALSA⟧, ⟦H|NORTHWEST TEXAS FAMILY CLINIC⟧
CC: DM FOOT CHECK, NAIL CARE, R 2ND TOE CALLUS. PT IS A ⟦PROF|RANCHER⟧ WITH A CATTLE OPERATION OFF ⟦S|FM 1061⟧ NEAR ⟦C|BUSHLAND⟧.
EXAM: DP/PT 1+ BILAT. MONOFILAMENT ABSENT 6/10 SITES BILAT. ONYCHOMYCOSIS 1-5 BILAT. PRE-ULCERATIVE CALLUS R 2ND PIPJ.
PROCEDURE: DEBRIDEMENT NAILS X10, PARING CALLUS X1.
PLAN: DIABETIC SHOES AND INSERTS VIA ⟦O|HANGER CLINIC⟧ ON ⟦S|S. GEORGIA ST⟧ (MEDICARE CERTIFYING STMT SENT TO DR. ⟦N|KHALSA⟧ ⟦D|7/30⟧). WIFE ⟦N|LURLENE⟧ TO CHECK FEET DAILY. RTC 9 WEEKS (⟦D|OCT 1⟧).
⟦N|CORBIN ASHFORD-LEE⟧, DPM   ⟦P|806-555-0146⟧
`);

note("palliative", `
Palliative Care Consult — ⟦H|St. Benedict's⟧ (⟦H|SBMC - Jasper⟧)          ⟦DAY|Sat⟧ ⟦D|2/2/2097⟧
Patient: ⟦N|Corrigan, Mae Ellen⟧, ⟦A|100⟧-year-old woman, MRN ⟦M|SB-0071192⟧. Requested by Dr. ⟦N|Kinkade⟧ for goals of care.
She was admitted ⟦D|1/30⟧ from ⟦H|Brookside Terrace⟧ with aspiration pneumonia, her third admission since ⟦DAY|Thanksgiving⟧. She turned ⟦A|100⟧ on ⟦D|Jan 5⟧ and had a party at ⟦O|Jasper First Baptist⟧; the ⟦O|Dubois County Herald⟧ ran a story.
Family meeting today with daughter ⟦N|Lorraine Corrigan-Betz⟧ (HCR, ⟦C|Huntingburg⟧, ⟦P|812-555-0179⟧), son ⟦N|Francis⟧ (by phone from ⟦C|Tucson⟧) and chaplain Sr. ⟦N|Agnes Kremer⟧.
Decisions: DNR/DNI, no feeding tube, comfort-focused feeds. Return to ⟦H|Brookside⟧ with ⟦O|Southern Indiana Hospice⟧; referral placed (intake ⟦N|Marla⟧, ⟦P|812-555-0103⟧).
POST form completed. ⟦N|Aurelio Dimitriou-Kane⟧, MD, HMDC
`);
note("travel-lower", `
travel medicine consult   ⟦H|desert sage health - mesa campus⟧ travel clinic   ⟦D|4/4/2096⟧
pt ⟦N|priya raghunathan-cole⟧, 34 f, ⟦PROF|civil engineer⟧ with ⟦O|black & veatch⟧, traveling to ⟦C|lusaka⟧ and ⟦C|kasama⟧, ⟦COUNTRY|zambia⟧ ⟦D|5/1⟧-⟦D|8/15/96⟧ for a water project; then visiting her grandmother ⟦N|kamala⟧ (⟦A|92⟧ yo) in ⟦C|chennai⟧.
pmh: none. meds: ocp. allergies: sulfa (hives).
immunization hx from ⟦O|asu⟧ health services record: mmr x2, tdap ⟦D|2091⟧, hep b series complete.
given today: hep a #1, typhoid (vivotif to take home, lot ⟦DEV|vv20418a⟧), yellow fever (lot ⟦DEV|yf9931c⟧; icvp stamped), rabies pre-exposure #1.
rx: atovaquone-proguanil, azithromycin for travelers' diarrhea, sent to ⟦O|safeway pharmacy⟧ on ⟦S|e. southern ave⟧.
she lives at ⟦S|2210 w. cactus wren dr⟧, ⟦C|mesa⟧ ⟦Z|85201⟧; emergency contact husband ⟦N|devin cole⟧ ⟦P|480-555-0153⟧.
rabies #2 ⟦D|4/11⟧, #3 ⟦D|4/25⟧ with rn ⟦N|yazzie⟧.
⟦N|m. castellanos-bird⟧, md
`);

note("lactation-lower", `
lactation consult   ⟦H|knik arm regional⟧ mother-baby unit   ⟦D|1-9-2094⟧
mom: ⟦N|sadie kvasnikoff⟧, 27, g1p1, svd ⟦D|1/8⟧ 03:10. baby girl ⟦N|nell⟧, 3.4 kg, 38+5 wks.
mom from ⟦C|nanwalek⟧, staying in ⟦C|palmer⟧ with her aunt ⟦N|marjorie kvasnikoff⟧ at ⟦S|1515 s. colony way⟧ until baby is cleared to fly home on ⟦O|ravn⟧.
feeding: latching well l side, shallow on r; nipple trauma r. taught football hold, hand expression. colostrum 5 ml.
plan: feed 8-12x/24h, log sheet. hospital-grade pump loaner (medela symphony sn ⟦DEV|sy4471882⟧) via ⟦O|wic⟧ office ⟦C|wasilla⟧. follow-up with ⟦H|nanwalek village⟧ clinic, and ⟦O|alaska breastfeeding coalition⟧ peer ⟦N|tasha⟧ by phone ⟦P|907-555-0112⟧.
pediatrician: dr. ⟦N|evanoff⟧ at ⟦H|kachemak bay tribal clinic⟧ after return.
⟦N|hh⟧ / ⟦N|hannah hallstrom⟧, rn, ibclc
`);

note("transplant-caps", `
HEPATOLOGY / LIVER TRANSPLANT CLINIC - ⟦H|RED CLIFFS ZION⟧ TRANSPLANT INSTITUTE     ⟦D|06/11/2093⟧
PATIENT: ⟦N|FONUA, SIAOSI K.⟧   MRN ⟦M|IZT-00418829⟧   UNOS ⟦I|TXF9271⟧   DOB ⟦D|08/19/1971⟧
S/P DDLT ⟦D|02/14/2093⟧ FOR NASH CIRRHOSIS/HCC (DONOR ⟦I|AGAF412⟧ VIA ⟦O|DONOR CONNECT⟧). LISTED FROM ⟦H|VIRGIN RIVER REGIONAL⟧ REFERRAL (DR. ⟦N|TUILAGI⟧).
INTERVAL: ADMITTED ⟦D|5/2⟧-⟦D|5/6⟧ AT ⟦H|DIXIE VALLEY MEDICAL⟧ FOR MILD ACR (BX ⟦I|S93-11820⟧: RAI 4), PULSE STEROIDS. NOW BACK TO WORK AT ⟦O|ROCKY MOUNTAIN POWER⟧ PART-TIME.
LABS TODAY: AST 38, ALT 44, TBILI 0.8. TAC 6.9.
SOCIAL: WIFE ⟦N|MELE⟧; HE IS A BISHOP AT HIS WARD (⟦O|LDS⟧ ⟦O|ST. GEORGE 14TH WARD⟧). LIVES AT ⟦S|1433 E. 700 S⟧, ⟦C|ST. GEORGE⟧ ⟦Z|84790⟧.
PLAN: TAC GOAL 6-8. CONTINUE MMF. LABS WEEKLY AT ⟦O|ARUP⟧ DRAW STATION, RESULTS TO COORDINATOR ⟦N|KIRSTEN HALVORSEN⟧, RN ⟦P|801-555-0137⟧.
⟦N|ALEJANDRO BRISBANE-KOH⟧, MD, TRANSPLANT HEPATOLOGY
`);

note("endo-letter", `
⟦H|Finger Lakes Diabetes & Endocrine⟧
⟦S|1200 Elmwood Ave⟧, Bldg C · ⟦C|Rochester⟧, ⟦STATE|NY⟧ ⟦Z|14620⟧ · Tel ⟦P|585-555-0124⟧ · Fax ⟦F|585-555-0125⟧

⟦D|Nov. 21, 2091⟧

⟦N|Horatio Quackenbush⟧, MD
⟦H|Canandaigua Family Physicians⟧
⟦S|45 Parrish St⟧
⟦C|Canandaigua⟧, ⟦STATE|NY⟧ ⟦Z|14424⟧

Re: ⟦N|Ambrosine Feeney⟧, DOB ⟦D|10/04/1998⟧ (age ⟦A|93⟧)

Dear ⟦N|Horatio⟧,

Thank you for asking me to see Mrs. ⟦N|Feeney⟧, a remarkably independent ⟦A|93⟧-year-old who lives on her own at ⟦H|Ontario Shores Village⟧ (cottage 12) and still drives to ⟦O|Wegmans⟧. Her calcium was 11.4 on ⟦D|10/29⟧ with PTH 118; sestamibi at ⟦H|Cobbs Hill⟧ ⟦D|11/12⟧ localized a L inferior adenoma. DXA: T -3.1 at the radius.

I discussed minimally invasive parathyroidectomy with Dr. ⟦N|Ng-Whitacre⟧ at ⟦H|Brighton General⟧; at ⟦A|ninety-three⟧ she is a reasonable candidate, and she wants surgery before her great-grandson's christening at ⟦O|St. Mary's Church⟧ in ⟦D|February⟧.

Her niece, ⟦N|Philippa Feeney-Oduro⟧, may call (⟦P|315-555-0170⟧); Mrs. ⟦N|Feeney⟧ has given permission.

With best regards,
⟦N|Rosalind Achebe-Thornton⟧, MD
cc: ⟦N|Ambrosine Feeney⟧, ⟦S|12 Lakeshore Ln⟧, ⟦C|Canandaigua⟧
`);

note("pulm-rehab-caps", `
PULMONARY REHABILITATION PROGRESS REPORT - ⟦H|PLATTE VALLEY HEALTH⟧ CARDIOPULMONARY REHAB, ⟦C|NORTH PLATTE⟧, ⟦STATE|NE⟧
REPORT DATE: ⟦D|30 SEP 2095⟧   SESSIONS 18/36
PATIENT: ⟦N|ODEGAARD, MILDRED J⟧   AGE ⟦A|91⟧   DOB ⟦D|04-02-2004⟧   MRN ⟦M|GPH220417⟧
REFERRING: ⟦N|DESHAWN FOLKERTS⟧, APRN (⟦H|LOUP RIVER DISTRICT HOSPITAL⟧ CLINIC)
DX: COPD GOLD 3 (FEV1 38% ⟦D|6/2095⟧).
6MWT: 186 M (⟦D|8/5⟧) -> 254 M (⟦D|9/28⟧). DYSPNEA BORG 5 -> 3. ON 2 L O2 WITH EXERTION (⟦O|APRIA⟧ PORTABLE CONCENTRATOR SN ⟦DEV|AP44-882017⟧).
SHE DRIVES 38 MILES FROM HER FARM ON ⟦S|RURAL ROUTE 2⟧ OUTSIDE ⟦C|STAPLETON⟧; ON BAD WEATHER DAYS HER SON ⟦N|LAVERNE⟧ BRINGS HER. AT ⟦A|91⟧ SHE IS OUR OLDEST PARTICIPANT.
GOALS: WALK TO ⟦O|STAPLETON UNITED METHODIST⟧ FROM PARKING WITHOUT STOPPING - MET ⟦D|9/21⟧.
⟦N|BRYCE HOLLENBECK⟧, RRT, AE-C / MEDICAL DIRECTOR ⟦N|J. MWANGI-SORENSEN⟧, MD
`);

note("ime-caps", `
INDEPENDENT MEDICAL EXAMINATION     REQUESTED BY: ⟦O|TRAVELERS⟧ (ADJUSTER ⟦N|NANCY OBERHOLTZER⟧, CLAIM ⟦I|WCX-94-7730184⟧)
EXAMINEE: ⟦N|VOJTECH BRZOZOWSKI⟧   DOB: ⟦D|09/09/1971⟧   DOI: ⟦D|02/18/2094⟧   DATE OF IME: ⟦D|10/06/2094⟧
EMPLOYER: ⟦O|ALLEGHENY STEEL FABRICATORS⟧, ⟦C|MCKEES ROCKS⟧, ⟦STATE|PA⟧. JOB: ⟦PROF|IRONWORKER⟧ (⟦O|IRONWORKERS LOCAL 3⟧).
HISTORY: FELL 12 FT FROM A SCAFFOLD AT THE ⟦O|DUQUESNE LIGHT⟧ SUBSTATION JOB ON ⟦S|NEVILLE RD⟧; L CALCANEUS FX, ORIF ⟦D|2/20/94⟧ AT ⟦H|ALLEGHENY RIVERSIDE⟧ (DR. ⟦N|PETRAKIS⟧). PT AT ⟦O|ATI⟧ ⟦C|CORAOPOLIS⟧ X 24 VISITS.
RECORDS REVIEWED: ⟦H|ARH⟧ OP NOTE, PT NOTES THROUGH ⟦D|9/15/94⟧, FCE ⟦D|9/22/94⟧ (⟦O|WORKSTEPS⟧ ⟦I|FCE-220918⟧).
EXAM: ANTALGIC GAIT, SUBTALAR MOTION 40% OF R.
OPINION: MMI REACHED. 8% LOWER EXTREMITY IMPAIRMENT (AMA GUIDES 6TH ED). MEDIUM DUTY.
⟦N|HOLLIS P. WAKEFIELD⟧, MD, FAAOS   ⟦S|600 GRANT ST⟧, SUITE 3400, ⟦C|PITTSBURGH⟧ ⟦Z|15219⟧   ⟦P|412-555-0182⟧
`);
note("nh-fall-caps", `
⟦H|PINE HAVEN CARE CENTER⟧ - NURSING NOTE / POST-FALL HUDDLE     ⟦D|12/26/2094⟧ 06:15
RESIDENT: ⟦N|MCCRACKEN, ALBERTA MAE⟧   ⟦A|98⟧ Y.O.   ROOM 22-W   ⟦M|PHCC-1187⟧   PHYSICIAN: DR. ⟦N|STOLTZFUS⟧
FOUND ON FLOOR BESIDE BED AT 05:40 BY CNA ⟦N|DESTINY⟧ DURING ROUNDS. RESIDENT STATES SHE WAS "GOING TO FEED THE CHICKENS." NO HEAD STRIKE PER RESIDENT. BED ALARM NOT SOUNDING - BATTERY DEAD (MAINTENANCE ⟦N|GARY⟧ NOTIFIED).
ASSESSMENT: ABRASION L ELBOW 2 CM, ROM ALL EXTREMITIES WNL, NO SHORTENING/ROTATION. NEURO CHECKS Q15 MIN X4 THEN Q1H. VS STABLE.
NOTIFICATIONS: DR. ⟦N|STOLTZFUS⟧ VIA ANSWERING SERVICE ⟦P|717-555-0139⟧ - ORDERS: XRAY L ELBOW BY ⟦O|KEYSTONE MOBILE X-RAY⟧. SON ⟦N|HAROLD MCCRACKEN⟧ (⟦C|EPHRATA⟧) LEFT VOICEMAIL AT 06:05. DON ⟦N|PATRICIA HOOVER-GRUBB⟧ AWARE.
PT/OT SCREEN FOR ⟦D|12/27⟧. SHE WAS DISCHARGED FROM ⟦H|CONESTOGA GENERAL - LITITZ⟧ ON ⟦D|12/19⟧ AFTER A UTI; FALL RISK SCORE 65.
INCIDENT REPORT ⟦I|PH-94-1226-03⟧ TO ⟦O|PA DOH⟧ NOT REQUIRED. ⟦N|R. ZIMMERMAN⟧, LPN
`);

note("cah-transfer-caps", `
⟦H|BIGHORN BASIN CRITICAL ACCESS HOSPITAL⟧ (⟦H|BBCAH⟧) - ⟦C|LOVELL⟧, ⟦STATE|WY⟧ - TRANSFER SUMMARY
DATE/TIME: ⟦D|01/03/2096⟧ 19:50   PATIENT: ⟦N|ARCHAMBEAU, CLETUS⟧   DOB ⟦D|6/30/2001⟧ (⟦A|94⟧ YRS)   MRN ⟦M|BB004412⟧
RECEIVING: ⟦H|RIMROCK CLINIC⟧ ICU, DR. ⟦N|NAVARRO-STEEN⟧ ACCEPTING (PER ⟦O|MONTANA TRANSFER LINE⟧, REF ⟦I|MTL-960103-118⟧).
REASON: UPPER GI BLEED, HGB 6.2, NO GI COVERAGE HERE. 2 U PRBC GIVEN, PANTOPRAZOLE GTT.
HX: RANCH ON ⟦S|LANE 11 1/2⟧ NEAR ⟦C|COWLEY⟧. ON WARFARIN FOR AF (INR 4.8, MANAGED BY ⟦H|SHOSHONE VALLEY⟧ COUMADIN CLINIC). PRIOR GI BLEED ⟦D|2092⟧ AT ⟦H|ST. ODILIA'S⟧ (⟦C|BILLINGS⟧).
TRANSPORT: ⟦O|EAGLEMED⟧ FIXED-WING FROM ⟦LO|NORTH BIG HORN COUNTY AIRPORT⟧, ETA 21:15. ROADS CLOSED ON ⟦S|US-14A⟧ OVER THE PASS.
FAMILY: WIFE ⟦N|VERNA⟧ (⟦A|91⟧) STAYING WITH NEIGHBORS THE ⟦N|HOPKINSES⟧; DAUGHTER ⟦N|JOLENE ARCHAMBEAU-PIERCE⟧ DRIVING FROM ⟦C|CODY⟧, ⟦P|307-555-0165⟧.
⟦N|WADE FENSTERMACHER⟧, MD   ⟦N|WF⟧/⟦N|AKL⟧
`);

note("memory-clinic", `
Memory Disorders Clinic — ⟦H|Blue Hen Neuroscience⟧ at ⟦H|Christina Crossing⟧, ⟦S|4755 Ogletown-Stanton Rd⟧, ⟦C|Newark⟧, ⟦STATE|DE⟧
Visit: the ⟦D|14th of August, 2092⟧          Patient: ⟦N|Ebenezer Oyekunle-Marsh⟧   MRN ⟦M|BHN-220481⟧   Age: ⟦A|90⟧
Accompanied by his wife ⟦N|Gwendolyn⟧ (herself 87) and daughter ⟦N|Temperance Marsh⟧, who drove down from ⟦C|Wilmington⟧.
History: 3 years of progressive short-term memory loss; got lost driving home from ⟦O|Acme⟧ on ⟦S|Kirkwood Hwy⟧ in ⟦D|June⟧. Retired ⟦PROF|chemist⟧ (⟦O|DuPont⟧, 38 years). Still active at ⟦O|Ebenezer AME Church⟧ (named for his grandfather).
MoCA 17/30 (22/30 on ⟦D|8/10/2091⟧). MRI brain ⟦D|7/29⟧ (⟦H|Brandywine Imaging - Glasgow⟧): moderate generalized atrophy, hippocampal volume loss, Fazekas 2.
Impression: Alzheimer's disease, mild dementia stage. Driving: stop — DMV form filed with ⟦O|Delaware DMV⟧.
Plan: donepezil 5 mg; amyloid PET not covered by his ⟦O|Highmark⟧ plan (ID ⟦HP|HMK77102288⟧); referral to ⟦O|Alzheimer's Association Delaware Valley⟧ and adult day at ⟦H|Limestone Hills Adult Day Center⟧.
⟦N|Marguerite Ifeanyi-Cole⟧, MD, Behavioral Neurology   ⟦N|MIC⟧/⟦N|tj⟧
`);

note("school-clinic", `
School-Based Health Center — ⟦H|Roosevelt High SBHC⟧ (a site of ⟦H|Arkansas River Community Health - Whittier Square⟧)
Date: ⟦D|2/27/95⟧   Student: ⟦N|Xochitl Ramírez-Begaye⟧   DOB ⟦D|3/12/2078⟧   Grade 11   SBHC # ⟦M|SB-14471⟧
Reason: sports physical for ⟦O|Roosevelt Roughriders⟧ softball; also asks about birth control (confidential per ⟦STATE|OK⟧ minor-consent law).
Hx: asthma (mild), sprained R ankle ⟦D|9/2094⟧ treated at ⟦H|Southcrest Memorial⟧ ED. Lives with mom ⟦N|Araceli Ramírez⟧ and stepdad at ⟦S|1322 N. Yale Ave⟧, ⟦C|Tulsa⟧ ⟦Z|74115⟧. Works Saturdays at ⟦O|El Rio Verde Supermercado⟧.
Exam normal; cleared for all sports. LARC counseling done, she will think about it; f/u ⟦D|3/13⟧.
Insurance: ⟦O|SoonerCare⟧ ID ⟦HP|OK2220418817⟧. Athletic trainer Coach ⟦N|Wahpepah⟧ notified of clearance (⟦E|wahpepah.k@tulsaschools-mail.org⟧).
⟦N|Siobhan Red Corn⟧, APRN-CNP
`);
write();
