// Why this file exists: builds test/fixtures/clinical-notes-27.jsonl, a twenty-seventh labelled set of clinical notes
// written by hand in stop 39 to measure the tree blind: written without reading the name detector (assembly/, src/)
// or running it on these notes (fixture 26's generator and test file and the opening comments of the other generators
// were read for the form and the labels), with the PHI density of the i2b2 de-identification notes, in report types
// and settings fixtures 1-26 hold least: an STI partner-notification record, a life-insurance paramedical exam, a
// blood-donor deferral letter, a plasma-centre donor reaction, a mammography recall letter, a DEXA report, radioiodine
// (I-131) radiation-safety instructions, a remote cardiac-device transmission report, an insulin pump and CGM start, a
// medical cannabis certification, a post-COVID clinic visit, a gender-affirming hormone visit, a vasectomy consult, an
// early pregnancy loss visit, a cystic fibrosis clinic, a cleft and craniofacial team conference, paediatric home
// ventilator private-duty nursing, a paternity-test chain of custody, a law-enforcement legal blood draw, a missing
// (eloped) patient report, a returned dementia wanderer (Silver Alert), a hospital security incident report, an ED
// human-trafficking screen, a wildland firefighter's injury, rodeo sports medicine, a marathon medical tent log, a
// music-festival medical tent, a migrant farmworker clinic, a hearing-conservation audiogram, a respirator medical
// clearance, an FAA medical certificate exam, a commercial diver's fitness exam, lithotripsy, an anaesthesia record, a
// private disability insurer's attending physician statement, a record-amendment response, a snakebite consult, a
// spina bifida clinic and an insulin-pump recall letter; 16 notes in ALL CAPS and 4 in lower case.
// Regions (towns invented, states real): the Driftless Area, the Alabama Black Belt, the Texas Hill Country, the
// Nebraska Sandhills, the Red River Valley, the Palouse, the Big Bend, the Adirondacks, the Outer Banks, Delmarva, the
// Cumberland Plateau, the San Luis Valley, the Mississippi Delta, the Rio Grande Valley, the Northeast Kingdom,
// Downeast Maine, the Black Hills, the Uintah Basin, the Olympic Peninsula and the Big Island.
// PHI forms sought: organisations and facilities with no head word ("KESTREL", "BRAXTON-LOWE", "PINEMOOR", "Excellus",
// "Medica", "CyraCom", "DARTHAWK", "MILESTONE"), firms, insurers, plasma and blood centres, labs, police and sheriffs,
// fire crews, rodeo and race promoters, growers, unions, schools and districts; facilities as "X - Y", "X at Y", "X's",
// short forms ("CASTLEVIEW", "ALTRU"); names as "LAST, FIRST M", "Last, First M.", initials in signature blocks
// ("HV/bjn", "LAF/cb"), nicknames in quotes, particles (ten Eyck, Van Slyke, Two Bulls, High Elk), hyphenated
// surnames, names that are words (Sage, Reed, Wren, Chance, Dusty, Self, Swallows, Bean, Boone); addresses as
// "Rt 1 Box 77", "HC 64 Box 12", "W 1180 Elm Valley Dr", "Mile 14.2 Hwy 118", "12 1/2 Front St Rear", "Bldg C, Rm 104",
// "Space 31", "#4B", "Colonia Las Palmas, Lote 14", "73-4412 Kiawe Loop"; ages over 89 as "AGE: 93", "AGE 97 YO",
// "(90)", a bare roster column; dates as "3/14/99", "14MAR99", "2099-03-14", "2099/03/14", "MAR 14 2099", "14.03.2099",
// "03.14.2099", "Mar-14-2099", "14 March 2099", "March 14th, 2099", "14/03/2099", "'96", "MAR 2097", "Oct. 2098";
// IDs with labels (donor, unit, plasma donor, application, claim, policy, chain-of-custody, kit, seal, warrant, badge,
// bib, wristband, card, crew, incident, AME, MedXPress, ADCI, field action, registry) and without (bib numbers in a
// roster column, a trailer plate); serials and lots of pumps, vents, audiometers, implants and antivenom.
// Hard negatives: eponyms and devices (Chiari II, Crede, Mitrofanoff, Lofstrand, Codman Hakim, Furlow, Ishihara,
// Exeter, Pencan, Portacount, Trilogy, Omnipod, Dexcom, Latitude), drugs (CroFab, Anavip, Humira, Trikafta, Prolia,
// RhoGAM, Baqsimi, Lorsban, Danitol), scores (FRAX, DAS28-CRP, NEXUS, FAST 6a, MoCA, PHQ-9, Epworth, BI-RADS, ASA 3E,
// Aldrete), and programmes and laws (Silver Alert, OSHA, 10 CFR 35.75, MedWatch, SSDI).
// Labelling follows fixture 26 exactly: weekdays and holidays are `ignored` (DAY), as are states, territories,
// countries and patients' professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are
// no PHI; clinicians' and transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the
// name; "the" stays outside a facility; room, bed, bay, unit and cot codes and departments are left unlabelled;
// nursing homes, clinics with a place name, IHS and VA facilities are HOSPITAL; companies, insurers, schools,
// churches, pharmacies, agencies, courts, tribes, crews and associations are ORGANIZATION; counties, landmarks, parks,
// fire names, arenas, camps and forests are LOCATION-OTHER; MRNs are MRN; member and policy numbers of health plans
// HEALTHPLAN; case, claim, donor, bib, licence and chain-of-custody numbers ID; serials and lots DEVICE; extensions
// PHONE; drug, device, test, score and eponym names are no PHI.
// Every person, town, street, organisation, facility and number is invented here (states and countries are real);
// nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-26 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-27.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-27.jsonl", "make-clinical-fixture-27");
note("sti-partner-notification", `
Disease Intervention Specialist — Partner Services Record
⟦O|Coulee Region Health Department⟧, STD/HIV Program, ⟦S|415 Harmony Ridge Rd⟧, ⟦C|Vessburg⟧, ⟦STATE|WI⟧ ⟦Z|54688⟧   Interview date ⟦D|3/14/99⟧
Original patient (OP): ⟦N|Dahlquist, Trevor⟧   DOB ⟦D|06/02/2071⟧   Lab case (WEDSS) ⟦I|99-4418207⟧   Dx: early latent syphilis, RPR 1:64, TP-PA reactive (⟦O|Kettering-Moss Reference Lab⟧ accession ⟦I|KM-99-071184⟧)
Treated ⟦D|03/10⟧ with benzathine penicillin G 2.4 MU IM at ⟦H|Vessburg Family Clinic⟧ by ⟦N|Holly Reinke⟧, NP.
Partners elicited (90-day window):
 1. ⟦N|Jace Lindvall⟧, 24, ⟦S|W 1180 Elm Valley Dr⟧, ⟦C|Oriel⟧ — notified in person ⟦D|3/15⟧; tested same day; brought to clinic by his roommate ⟦N|Kody⟧.
 2. "⟦N|Sammi⟧" (last name unknown), met through an app, handle ⟦UN|sammi_driftless88⟧; phone ⟦P|608-555-0147⟧ disconnected. Internet partner notice sent.
 3. ⟦N|Marisol Ybarra-Kline⟧, ⟦S|Rt 1 Box 77⟧, ⟦C|Kettle Falls⟧, works at ⟦O|Sparta Creamery⟧ — not reached x3; field visit planned with ⟦N|Dee Skaar⟧, DIS.
Venues: ⟦O|The Lantern Room⟧ (bar) in ⟦C|Oriel⟧; ⟦LO|Bluff Siding campground⟧ over the ⟦DAY|Fourth of July⟧ weekend last year (outside window).
OP's insurance: ⟦O|Halvorsen Mutual⟧ ⟦HP|HMX4471820⟧. Cell ⟦P|(608) 555-0126⟧; prefers texts. Emergency contact sister ⟦N|Annika Dahlquist⟧.
Interviewer: ⟦N|Paul Thorsgaard⟧, DIS II, ext. ⟦P|2214⟧   Supervisor review ⟦N|LMK⟧ ⟦D|3/17/99⟧
`);

note("paramed-exam-caps", `
⟦O|VANTAGE PARAMEDICAL SERVICES⟧ - LIFE INSURANCE EXAM      ORDER # ⟦I|VPS-2099-0314-77⟧      CARRIER: ⟦O|KESTREL LIFE⟧
EXAM DATE: ⟦D|14MAR99⟧   EXAMINER: ⟦N|ROSALIND OYELARAN⟧, LPN, EXAMINER ID ⟦I|EX-44718⟧
PROPOSED INSURED: ⟦N|FENWICK, MARCUS ALLEN⟧   DOB ⟦D|11/23/1964⟧   SSN ⟦SSN|412-55-0918⟧   DL ⟦I|TX 40718822⟧
ADDRESS: ⟦S|8801 RANCH RD 12, BLDG C, RM 104⟧, ⟦C|WIMBERLEY HOLLOW⟧ ⟦STATE|TX⟧ ⟦Z|78676⟧   HOME ⟦P|512-555-0162⟧
POLICY APPLIED: TERM 20, FACE $750,000   APPLICATION # ⟦I|KLA-88120447⟧   AGENT ⟦N|BRENT TOOMBS⟧, ⟦O|HILL COUNTRY FINANCIAL GROUP⟧
BENEFICIARY: WIFE ⟦N|CELESTE FENWICK⟧; CONTINGENT ⟦O|PEDERNALES VALLEY CHURCH OF CHRIST⟧
OCCUPATION: ⟦PROF|PIPELINE INSPECTOR⟧, ⟦O|BRAXTON-LOWE⟧ (EMPLOYED 11 YRS)
PHYSICIAN LAST SEEN: DR. ⟦N|ALVARADO⟧, ⟦H|BLANCO RIVER MEDICAL PLAZA⟧, ⟦D|JAN 2099⟧, ANNUAL PHYSICAL.
HX: HTN ON LISINOPRIL 20 MG; SLEEP APNEA ON CPAP (⟦O|RESMED⟧ AIRSENSE 11); FATHER MI AT 58; MOTHER ALIVE AGE ⟦A|91⟧.
VITALS: BP 138/86, 134/84, 136/82; P 72; HT 5'11"; WT 231 LB. URINE, BLOOD (SST X2) AND ORAL FLUID COLLECTED, KIT ⟦I|CRL-5507711940⟧ TO ⟦O|CLINICAL REFERENCE LABORATORY⟧ VIA ⟦O|FEDEX⟧ ⟦I|7749 2210 4471⟧.
ECG: NSR, REQ'D FOR FACE >$500K, TRANSMITTED TO ⟦O|KESTREL⟧ UNDERWRITING.
MEDICAL RECORDS AUTH SIGNED FOR ⟦H|SETON HAYS⟧ AND ⟦O|AUSTIN SLEEP DIAGNOSTICS⟧.
APPLICANT SIGNATURE ON TABLET, WITNESS ⟦N|R. OYELARAN⟧.
`);

note("blood-donor-deferral", `
⟦O|Cumberland Plateau Blood Alliance⟧
⟦S|2207 Sequatchie Pike⟧ · ⟦C|Crossridge⟧, ⟦STATE|TN⟧ ⟦Z|37723⟧ · Donor Services ⟦P|931-555-0108⟧ · Fax ⟦F|931-555-0109⟧

⟦D|March 14, 2099⟧

Ms. ⟦N|Wilhelmina "Billie" Cantrell⟧
⟦S|HC 64 Box 12⟧
⟦C|Pall Mall Gap⟧, ⟦STATE|TN⟧ ⟦Z|38577⟧

Donor ID: ⟦I|CPBA-0044718⟧   Whole blood unit: ⟦I|W0417 99 118204⟧   Drive: ⟦O|Fentress County High School⟧ Key Club, ⟦D|03/02/2099⟧

Dear Ms. ⟦N|Cantrell⟧,
Thank you for your donation at the ⟦O|Fentress County High School⟧ drive on ⟦D|March 2⟧. As with every unit, your sample was tested at our reference laboratory, ⟦O|Creative Testing Solutions⟧ (sample ⟦I|CTS-99-2207418⟧). Your result for antibody to hepatitis B core (anti-HBc) was reactive on repeat testing, while HBsAg and HBV NAT were nonreactive.
This does not mean you have hepatitis. Under FDA rules, however, you are deferred from donating blood indefinitely. We have not shared this result with anyone except as required by the ⟦O|Tennessee Department of Health⟧.
We encourage you to see your own doctor; you listed Dr. ⟦N|Lyle Sprowls⟧ at ⟦H|Upper Cumberland Family Medicine⟧ in ⟦C|Jamestown Station⟧. With your permission (signed ⟦D|3/2/99⟧) a copy of this letter goes to that office.
Your blood type is O negative. The unit has been discarded. Please call our donor counselor, ⟦N|Tamsin Hoyle-Beasley⟧, RN, at ⟦P|931-555-0108⟧ ext ⟦P|31⟧ or write to ⟦E|donorcounsel@cpba-blood.example⟧.
With gratitude,
⟦N|Garrett Vinson⟧, MD, Medical Director   ⟦N|GV⟧:⟦N|th⟧   enc: FDA donor eligibility fact sheet
`);

note("plasma-reaction-caps", `
⟦O|SANDHILL PLASMA⟧ - ⟦C|BROKEN BOW CROSSING⟧, ⟦STATE|NE⟧      DONOR ADVERSE EVENT REPORT      AE # ⟦I|SP-BBC-99-0071⟧
DATE: ⟦D|03/14/2099⟧   TIME 1042   CENTER FEI # ⟦I|3004471882⟧   ⟦S|1406 S 'E' ST⟧, ⟦Z|68822⟧
DONOR: ⟦N|KUCERA, DALTON J⟧   DONOR # ⟦I|SP0771842⟧   DOB ⟦D|02/29/2080⟧   STUDENT, ⟦O|CENTRAL PLAINS COMMUNITY COLLEGE⟧
DONATION #: 84 THIS YEAR? NO - 2ND THIS WEEK (LAST ⟦D|03/11⟧). DEVICE: AURORA XI PLASMAPHERESIS SYSTEM SN ⟦DEV|AXI-0441827⟧, KIT LOT ⟦DEV|FK99B1147⟧.
EVENT: AT 38 MIN, RETURN PHASE, C/O TINGLING LIPS AND FINGERS, THEN NAUSEA. BP 98/60, P 52. CITRATE REACTION SUSPECTED; PROCEDURE STOPPED, VOL COLLECTED 612 ML.
TX: CALCIUM CARBONATE 1000 MG PO (TUMS), LEGS ELEVATED. SYMPTOMS RESOLVED IN 12 MIN. NO LOC.
SECOND EVENT 1120: VASOVAGAL ON STANDING, FELL TO KNEES, NO HEAD STRIKE. ONSITE PHYSICIAN SUBSTITUTE ⟦N|WANDA PFLUEGER⟧, PA-C, ASSESSED. 
RELEASED 1205 TO GIRLFRIEND ⟦N|KAYLEE STROUD⟧, ⟦P|308-555-0193⟧, WHO DROVE HIM TO ⟦S|72 PRAIRIE VIEW TRAILER CT, SPACE 31⟧.
FOLLOW-UP CALL ⟦D|3/15⟧ BY ⟦N|J. NOVOTNY⟧: FEELING WELL. 14-DAY DEFERRAL ENTERED IN ⟦O|NDDR⟧ (NATIONAL DONOR DEFERRAL REGISTRY).
REPORTED TO ⟦O|GRIFOLD-VANCE BIOTHERAPEUTICS⟧ QA, FORM ⟦I|QA-99-1882⟧.   CENTER MANAGER: ⟦N|ORVILLE HENDRIKSEN⟧
`);

note("mammo-recall-letter", `
⟦H|Black Belt Women's Imaging at Marengo Regional⟧
⟦S|900 Canebrake Blvd⟧, Suite 210 · ⟦C|Demopolis Landing⟧, ⟦STATE|AL⟧ ⟦Z|36732⟧ · ⟦P|334-555-0151⟧

⟦D|03-14-2099⟧

To: ⟦N|Ernestine Pettaway⟧, ⟦S|Rt 2 Box 419-A⟧, ⟦C|Uniontown Bend⟧, ⟦STATE|AL⟧ ⟦Z|36786⟧
MRN: ⟦M|MRG-0447182⟧   Exam: screening 3D mammogram, ⟦D|March 9, 2099⟧   Accession ⟦I|MG9903090417⟧

Dear ⟦N|Ernestine Pettaway⟧:
Your recent mammogram needs more pictures. This is common: about one woman in ten is called back, and most call-backs are not cancer. The radiologist, Dr. ⟦N|Ifeoma Clark-Batiste⟧, saw an area in the left breast (BI-RADS 0, incomplete) that needs a diagnostic mammogram and possibly an ultrasound.
We have scheduled you for ⟦DAY|Thursday⟧, ⟦D|March 19⟧ at 8:40 a.m. If this time does not work, please call ⟦N|Lakeisha Moorer⟧, our patient navigator, at ⟦P|334-555-0152⟧.
Your primary care provider, ⟦N|Rufus T. Abernathy⟧, MD (⟦H|Sumter Rural Health Clinic⟧), has also been sent these results. Our records show your last prior mammogram was ⟦D|2/2097⟧ at ⟦H|Vaughan Riverside⟧ in ⟦C|Selma Ferry⟧; we have requested those films.
If transportation is a problem, the ⟦O|West Alabama Cancer Outreach Fund⟧ can arrange a ride through ⟦O|Hale County Transit⟧.
Sincerely,
Breast Imaging Center — this notice is required by the Mammography Quality Standards Act.  ⟦N|ICB⟧/⟦N|lm⟧
`);

note("dexa-report-caps", `
⟦H|RED RIVER VALLEY HEALTH - GRAFTON MEADOWS⟧      BONE DENSITOMETRY REPORT
PATIENT: ⟦N|HALVORSON, INGEBORG⟧   MRN ⟦M|RRV 004418-27⟧   DOB ⟦D|01/08/2006⟧   AGE: ⟦A|93⟧   SEX F   ETHNICITY WHITE
EXAM DATE: ⟦D|2099-03-14⟧   DEVICE: ⟦O|HOLOGIC⟧ HORIZON A, SN ⟦DEV|301744-H⟧   TECH: ⟦N|M. VAAGEN⟧, RT(R)(BD)
REFERRING: ⟦N|SOLVEIG MOE-ANDERSON⟧, CNP, ⟦H|PEMBINA COUNTY CLINIC⟧
INDICATION: FOLLOW-UP OSTEOPOROSIS ON DENOSUMAB (PROLIA) SINCE ⟦D|MAR 2097⟧; PRIOR HIP FX ⟦D|'96⟧ AT ⟦H|ALTRU⟧.
RESULTS:
 L1-L4: NOT EVALUABLE (DEGENERATIVE CHANGE, COMPRESSION FX L2).
 LEFT FEMORAL NECK BMD 0.512 G/CM2, T-SCORE -3.1, Z-SCORE -0.4.  TOTAL HIP 0.598, T -2.8.
 RIGHT FOREARM 1/3 RADIUS T -3.4.
 COMPARED WITH ⟦D|03/02/2097⟧ (SAME DEVICE): TOTAL HIP +3.9% (LSC 2.8%) - SIGNIFICANT GAIN.
FRAX (WITH BMD): MAJOR OSTEOPOROTIC 29%, HIP 14%.
IMPRESSION: OSTEOPOROSIS. IMPROVING HIP BMD ON THERAPY. CONTINUE; CONSIDER VFA. FALL RISK - LIVES AT ⟦H|LUTHERAN SUNSET HOME⟧, ⟦C|GRAFTON MEADOWS⟧.
INTERPRETED BY: ⟦N|ARNE T. BJORKLUND⟧, MD, CCD   ⟦D|03/14/2099⟧ 15:10   TRANSCRIBED ⟦N|KLS⟧
`);

note("i131-instructions", `
Radiation Safety Instructions after Radioactive Iodine (I-131) Therapy
⟦H|Palouse Regional Cancer Center⟧, Nuclear Medicine, ⟦S|1250 NE Bishop Loop⟧, ⟦C|Colfax Springs⟧, ⟦STATE|WA⟧ ⟦Z|99111⟧
Patient: ⟦N|Oksana Melnychuk-Dray⟧   MRN ⟦M|PRCC-7720418⟧   DOB ⟦D|14.07.1979⟧   Treatment date: ⟦D|14.03.2099⟧
Dose: 150 mCi (5.55 GBq) I-131 sodium iodide capsule, lot ⟦DEV|NI99-0311-B⟧, for papillary thyroid carcinoma after total thyroidectomy (⟦D|1/27/2099⟧, Dr. ⟦N|Kwabena Osei-Lund⟧).
Measured exposure rate at 1 m on release: 4.1 mR/h (release criteria met, 10 CFR 35.75).
For 5 days: sleep alone; stay at least 6 feet from others; no travel by bus or plane. For 8 days: no close contact with children or pregnant women. Her son ⟦N|Taras⟧ (4) will stay with his grandmother ⟦N|Lyudmila Melnychuk⟧ at ⟦S|412 Mill Creek Rd⟧, ⟦C|Tekoa Flats⟧ until ⟦D|March 23⟧.
She lives with her husband ⟦N|Derek Dray⟧ at ⟦S|2300 NW Terre View Dr, #4B⟧, ⟦C|Pullman Heights⟧; separate bathroom available.
Work: ⟦PROF|lab technician⟧ at ⟦O|Schweitzer-Hale Engineering⟧; return after ⟦D|3/21⟧. Travel card issued (border and airport detectors), card # ⟦I|RSO-99-0147⟧.
Post-therapy whole-body scan ⟦D|March 21⟧ at 9:00. Thyroglobulin and TSH in 6 weeks; levothyroxine 125 mcg restarted.
Radiation Safety Officer: ⟦N|Bryce Kittelson⟧, MS, DABR, ⟦P|509-555-0178⟧. Authorized user: ⟦N|Margit Halloran⟧, MD.
`);

note("device-transmission-caps", `
REMOTE MONITORING TRANSMISSION REVIEW - ⟦H|BIG BEND HEART & VASCULAR⟧, ⟦C|ALPINE MESA⟧, ⟦STATE|TX⟧
RECEIVED: ⟦D|03/14/2099⟧ 02:16 (SCHEDULED)   PLATFORM: LATITUDE NXT   PATIENT ID ⟦I|LAT-88204471⟧
PATIENT: ⟦N|VILLARREAL, TEODORO "TEO"⟧   DOB ⟦D|08-30-1948⟧   MRN ⟦M|BBHV00771⟧   PHONE ⟦P|432-555-0177⟧
DEVICE: DUAL-CHAMBER ICD, MODEL D433 (⟦O|DYNAGEN⟧), SN ⟦DEV|771842⟧, IMPLANTED ⟦D|06/11/2096⟧ AT ⟦H|ODESSA RIDGE MEDICAL CENTER⟧ BY DR. ⟦N|SUBRAMANIAM⟧
LEADS: RA 7841 SN ⟦DEV|RA-330418⟧; RV 0293 SN ⟦DEV|RV-441970⟧
BATTERY 7.5 YRS. RA IMP 520 OHMS, RV IMP 610, HV 68. SENSING R 11.2 MV.
EVENTS: VT-1 X2 (⟦D|03/09⟧ 04:12, ⟦D|03/12⟧ 23:48), BOTH TERMINATED BY ATP, NO SHOCKS. AT/AF BURDEN <1%.
ACTION: CALLED PT - ASYMPTOMATIC, ON METOPROLOL 50 BID. WIFE ⟦N|ROSALIA⟧ CONFIRMS ADHERENCE. BMP ORDERED AT ⟦O|MARFA VALLEY LABS⟧. NOTIFIED DR. ⟦N|ESTEBAN QUIÑONES-WARD⟧ WHO WILL SEE HIM ⟦D|3/20⟧.
NEXT REMOTE ⟦D|06/13/2099⟧. MONITOR REPLACED (LOANER ⟦DEV|6290-NXT-11847⟧) AFTER CELL ADAPTER FAILED AT HIS RANCH ON ⟦S|MILE 14.2 HWY 118⟧.
REVIEWED BY: ⟦N|CORINNE ABERNATHY-SOTO⟧, RN, CCDS   ⟦N|CAS⟧
`);

note("pump-start-lower", `
diabetes education — insulin pump and cgm start — ⟦H|adirondack north country diabetes center⟧, ⟦C|saranac ferry⟧ ⟦STATE|ny⟧ — ⟦D|3/14/2099⟧
pt: ⟦N|leclair, brody⟧ (age 15)   mrn ⟦M|anc-0441827⟧   dob ⟦D|09/19/2083⟧   with mom ⟦N|renée leclair⟧ and step-dad ⟦N|marty o'shaughnessy⟧
t1d since ⟦D|2091⟧ (dka at dx, ⟦H|champlain valley children's⟧). a1c 9.4%. mdi: glargine 24 u, lispro 1:10, isf 45.
pump: omnipod 5, pdm sn ⟦DEV|pdm5-0771-4418⟧, pod lot ⟦DEV|l99b0312⟧. cgm: ⟦O|dexcom⟧ g7, sensor lot ⟦DEV|7204471882⟧, transmitter built in.
settings: basal 0.9 u/h 0000-0600, 1.05 0600-2400; target 110; icr 1:10; isf 45; active insulin time 3 h. automated mode started at 1100.
school: ⟦O|lake placid junction central school⟧, school nurse ⟦N|deb whitcomb⟧ ⟦P|518-555-0141⟧ — 504 plan updated, pump orders faxed ⟦F|518-555-0142⟧.
plays hockey for the ⟦O|tri-lakes thunder⟧; coach ⟦N|gary ten eyck⟧ given hypo kit and glucagon (baqsimi) training.
insurance: ⟦O|fidelis care⟧ ⟦HP|fc77012044⟧; pump via ⟦O|insulet⟧ direct, order ⟦I|io-99-550471⟧. cgm via ⟦O|north country pharmacy⟧ (rx ⟦I|rx 7720418⟧).
glooko clinic code entered; account email ⟦E|brody.leclair09@mailbox.example⟧.
follow-up video visit ⟦D|3/17⟧ with ⟦N|priya ananthakrishnan⟧, md; cde ⟦N|holly yerdon⟧, rn, cdces.   ⟦N|hy⟧
`);

note("cannabis-certification", `
Medical Cannabis Patient Certification — Evaluation Note
⟦O|Greenleaf Wellness Evaluations⟧ (telehealth), ⟦S|77 Water St, Floor 2⟧, ⟦C|Manteo Shoals⟧, ⟦STATE|NC⟧ ⟦Z|27954⟧
Date: ⟦D|Mar-14-2099⟧ · Platform: video, patient at home in ⟦C|Kill Devil Point⟧ · Visit ID ⟦I|GWE-2099-04418⟧
Patient: ⟦N|Harlan Dewey Midgett⟧ · DOB ⟦D|05/05/1957⟧ · DL ⟦I|NC 000044718820⟧ · Registry patient ID ⟦I|MCP-99-118207⟧
Qualifying condition: chronic pain (lumbar spinal stenosis, s/p L4–L5 laminectomy ⟦D|2094⟧ at ⟦H|Outer Banks Hospital⟧); failed gabapentin, duloxetine, PT.
Records reviewed from ⟦N|Ngozi Etheridge⟧, PA-C (⟦O|Roanoke Sound Orthopedics⟧) and MRI ⟦D|11/2098⟧.
PDMP (NC CSRS) checked: tramadol 50 mg #60 from Dr. ⟦N|Lassiter⟧ ⟦D|2/20⟧; no other controlled substances.
Commercial fisherman (⟦PROF|captain⟧ of the F/V "⟦I|Miss Corinna⟧", USCG doc ⟦I|1044718⟧) — counselled on no use before or during operating a vessel.
Caregiver designated: daughter ⟦N|Corinna Midgett-Baum⟧, ⟦S|15 Sound Side Rd⟧, ⟦C|Wanchese Neck⟧.
Dispensary of choice: ⟦O|Seabright Botanicals⟧. Certification valid 12 months (expires ⟦D|03/14/2100⟧).
⟦N|Ayodele Farrington⟧, MD, NPI ⟦I|1730447182⟧ · ⟦P|252-555-0130⟧
`);
note("post-covid-clinic", `
Post-COVID Recovery Clinic — Follow-up
⟦H|San Luis Valley Health, Alamosa Flats campus⟧ · ⟦D|3/14/2099⟧
Patient: ⟦N|Gutiérrez-Vigil, Amalia R.⟧ · MRN ⟦M|SLV 2207418⟧ · DOB ⟦D|4/4/1972⟧ · Interpreter: none (bilingual)
Seen with her husband ⟦N|Arsenio Vigil⟧. Referred by ⟦N|Cody Trujillo⟧, PA, ⟦H|Valley-Wide Health Systems⟧ ⟦C|Monte Vista Bluffs⟧ clinic.
COVID-19 ⟦D|Oct. 2098⟧ (positive home test, confirmed at ⟦O|Rocky Crest Urgent Care⟧). Since then: fatigue with post-exertional malaise, brain fog, orthostatic palpitations.
Work: ⟦PROF|elementary teacher⟧ at ⟦O|Sangre Vista Elementary⟧ (⟦O|Centennial R-1⟧ district); on reduced schedule since ⟦D|January 6⟧. Principal Mrs. ⟦N|Daisy Lucero⟧ asked for a letter — written today.
Exam: 10-minute NASA lean test: HR 68 → 121 at 8 min, BP stable; consistent with POTS.
DSQ-PEM positive. MoCA 27/30. PHQ-9 11. Epworth 9.
Plan: fluids 2–3 L, salt 6 g, compression; ivabradine 2.5 mg BID trial; pacing with OT ⟦N|Joelle Espinoza-Reyes⟧. Cardiology referral to Dr. ⟦N|Mendelsohn⟧ at ⟦H|UCHealth Memorial⟧ in ⟦C|Colorado Springs⟧. Disability paperwork for ⟦O|Colorado PERA⟧.
Labs today: CBC, CMP, TSH, ferritin, AM cortisol (⟦O|Quest⟧ requisition ⟦I|QR-44718208⟧).
Return 6 weeks. Phone ⟦P|719-555-0186⟧. ⟦N|Lorenzo Baca-Whitfield⟧, DO
`);

note("gender-affirming-visit", `
Gender-Affirming Care — Hormone Therapy Follow-up
⟦H|Uintah Basin Medical Center⟧ Family Medicine, ⟦S|250 W 300 N⟧, ⟦C|Roosevelt Wells⟧, ⟦STATE|UT⟧ ⟦Z|84066⟧ — ⟦D|2099/03/14⟧
Patient: ⟦N|Sage Whitlock⟧ (legal name ⟦N|Samuel Whitlock⟧; pronouns she/her) · MRN ⟦M|UBMC0441827⟧ · DOB ⟦D|12/12/2076⟧
Estradiol valerate 5 mg IM q7d since ⟦D|Aug 2098⟧, spironolactone 100 mg BID. Labs ⟦D|3/7⟧: E2 188 pg/mL, T 31 ng/dL, K 4.4, Cr 0.8.
Feels well; voice therapy with ⟦N|Rhiannon Pace⟧, SLP, via ⟦O|Mountain West Voice⟧ telehealth.
Social: works nights at ⟦O|Duchesne Freight⟧ dispatch. Supportive roommate ⟦N|Reed Ostler⟧. Estranged from parents in ⟦C|Vernal Point⟧; sister ⟦N|Brooke Whitlock-Hatch⟧ is her emergency contact (⟦P|435-555-0133⟧).
Name change: petition filed in the ⟦O|Eighth District Court⟧, case ⟦I|99-0400418 NC⟧; hearing ⟦D|April 2⟧. Letter supplied for the ⟦O|Utah Driver License Division⟧.
Plan: continue; recheck labs 3 months. Referral to Dr. ⟦N|Fairbanks⟧ (plastic surgery) at ⟦H|Salt Lake Regional⟧ for consultation; ⟦O|SelectHealth⟧ plan ⟦HP|SH-880471204⟧ requires letter from ⟦N|M. Kowalczyk⟧, LCSW.
Fax to ⟦O|Basin Community Pharmacy⟧ ⟦F|435-555-0134⟧.   ⟦N|Teresa Oaks-Muñoz⟧, MD
`);

note("vasectomy-consult-lower", `
urology — vasectomy consultation — ⟦H|downeast urology at maine coast memorial⟧, ⟦C|ellsworth harbor⟧ ⟦STATE|me⟧ — ⟦D|march 14, 2099⟧
pt: ⟦N|pelletier, caleb j.⟧ · 38 · mrn ⟦M|mcm-0771204⟧ · dob ⟦D|10/03/2060⟧
referred by dr. ⟦N|hannah fogg⟧ (⟦O|blue hill family practice⟧). wife ⟦N|meagan⟧ present.
3 children (9, 6, 2), no desire for more. discussed: permanence, failure rate ~1/2000, need for semen analysis at 12 weeks, chronic scrotal pain 1–2%, reversal options (not covered).
works as a ⟦PROF|lobsterman⟧ out of ⟦LO|bass harbor⟧ on his father's boat; wanted it after the season ends in ⟦D|november⟧ but chose ⟦D|april 9⟧ before it starts.
pmh: none. meds: none. allergies: none. no bleeding history; brother ⟦N|eli pelletier⟧ had a hematoma after his vasectomy at ⟦H|mdi hospital⟧.
exam: normal testes, vasa easily palpable bilaterally.
plan: no-scalpel vasectomy under local, ⟦D|4/9/2099⟧, pre-op valium 10 mg (driver: ⟦N|meagan⟧). consent signed, witnessed by ⟦N|trudy alley⟧, ma.
insurance ⟦O|anthem⟧ ⟦HP|yrk447182044⟧; address ⟦S|1180 north bend rd⟧, ⟦C|tremont cove⟧ ⟦Z|04653⟧; cell ⟦P|207-555-0119⟧.
⟦N|owen castonguay⟧, md · ⟦N|oc⟧/⟦N|ta⟧
`);

note("early-pregnancy-loss", `
Early Pregnancy Assessment Clinic
⟦H|Delmarva Women's Health at Tidewater General⟧, ⟦C|Salisbury Neck⟧, ⟦STATE|MD⟧ — ⟦D|14 March 2099⟧
Patient: ⟦N|Chantal Oduya-Pierce⟧, G3P1011 · MRN ⟦M|TG-44718220⟧ · DOB ⟦D|7/22/2067⟧ · partner ⟦N|Winston Pierce⟧ present
LMP ⟦D|1/11/2099⟧ (9w0d by dates). Bleeding since ⟦DAY|Saturday⟧ with cramping; seen at ⟦H|Atlantic Shore ED⟧ in ⟦C|Berlin Crossing⟧ on ⟦D|3/12⟧, hCG 8,812, US: IUP with CRL 6 mm, no cardiac activity.
Today TVUS: CRL 6.2 mm, no FHR — early pregnancy loss confirmed (reviewed with Dr. ⟦N|Adaeze Whitcombe⟧).
Options counselled: expectant, mifepristone + misoprostol, or uterine aspiration. She chose medication management: mifepristone 200 mg given in clinic (lot ⟦DEV|MF99-0211⟧), misoprostol 800 mcg PV tomorrow at home.
Rh negative: RhoGAM 50 mcg given (lot ⟦DEV|RG441-7720⟧). Blood bank sample ⟦I|BB-99-031408⟧.
Support: chaplain Deacon ⟦N|Ruth Ann Sewell⟧ offered; grief resources from ⟦O|Share Pregnancy & Infant Loss Support⟧; she wants her pastor at ⟦O|Greater Mount Nebo AME⟧ told.
Work note for ⟦O|Perdue-Hallam Poultry⟧ through ⟦D|3/21⟧. FMLA packet to HR contact ⟦N|Gina Twilley⟧.
Follow-up hCG ⟦D|3/28⟧ at the ⟦O|LabCorp⟧ on ⟦S|Naylor Mill Rd⟧. Call ⟦P|410-555-0166⟧ for heavy bleeding.
⟦N|Kerri-Ann Bozman⟧, CNM
`);

note("cf-clinic", `
Cystic Fibrosis Center — Quarterly Visit
⟦H|Olympic Peninsula Children's⟧ CF Care Center (affiliate of ⟦H|Seattle Children's⟧), ⟦C|Port Haddock⟧, ⟦STATE|WA⟧ · ⟦D|March 14th, 2099⟧
Patient: ⟦N|Ansel Quimby-Rourke⟧ · 11 y · MRN ⟦M|OPC-4471822⟧ · CFF Patient Registry ID ⟦I|2207418⟧ · genotype F508del/G551D
Accompanied by father ⟦N|Declan Rourke⟧ and grandmother ⟦N|Winifred Quimby⟧ (⟦A|90⟧), who drives him from ⟦C|Forks Landing⟧.
On elexacaftor/tezacaftor/ivacaftor since ⟦D|2094⟧. FEV1 98% pred (was 101% ⟦D|12/09/2098⟧). Sweat chloride 38 (⟦D|2095⟧). BMI 52nd percentile.
Cultures: MSSA; no Pseudomonas since ⟦D|2093⟧ (⟦O|Quillayute Micro Lab⟧ ⟦I|QML-99-0314-2⟧).
Airway clearance: The Vest (SN ⟦DEV|HFCWO-7720441⟧) 20 min BID, hypertonic saline.
School: 5th grade at ⟦O|Sol Duc Valley School⟧; 504 plan; nurse ⟦N|Maggie Kalama⟧.
Team: pulmonologist Dr. ⟦N|Imogen Stavros⟧; RT ⟦N|Luis Alcantar⟧; dietitian ⟦N|Piper Welch⟧, RD; social work ⟦N|Yolanda Brightwater⟧, MSW. Home in ⟦S|HC 80 Box 2207⟧, ⟦C|Forks Landing⟧ ⟦Z|98331⟧.
Coverage: Apple Health (⟦O|Coordinated Care⟧) ⟦HP|WA-CC-770418820⟧; Trikafta via ⟦O|Vertex GPS⟧ case ⟦I|GPS-44718⟧ and ⟦O|Accredo⟧ specialty pharmacy.
Plan: continue; annual OGTT next visit; dexa ⟦D|June⟧. Father asks for a letter for the ⟦O|Quileute Tribal School⟧ camp in ⟦D|July⟧ — done.
`);

note("cleft-team-conference", `
Cleft and Craniofacial Team — Conference Summary, ⟦D|March 14, 2099⟧
⟦H|Rio Grande Valley Children's Hospital⟧ Craniofacial Center, ⟦S|5101 N Sugar Rd⟧, ⟦C|Edinburg Palms⟧, ⟦STATE|TX⟧ ⟦Z|78539⟧
Child: ⟦N|Santiago "Chago" Zamora-Leal⟧ · DOB ⟦D|09/30/2097⟧ (17 mo) · MRN ⟦M|RGVC-0718844⟧
Dx: unilateral complete cleft lip and palate, left. Lip repair ⟦D|1/4/2098⟧ (Dr. ⟦N|Benavides⟧); palatoplasty (Furlow) ⟦D|10/22/2098⟧.
Parents: ⟦N|Yesenia Leal⟧ and ⟦N|Rogelio Zamora⟧; Spanish preferred (interpreter ⟦N|Maribel Cantú⟧, #⟦I|4471⟧). Home: ⟦S|Colonia Las Palmas, Lote 14⟧, ⟦C|Alton Grove⟧; no car — transport via ⟦O|Valley Metro⟧ and Medicaid Transportation (trip ⟦I|MTP-99-2207718⟧).
Discipline reports:
 Surgery (⟦N|Alejandro Benavides⟧, MD): palate intact, no fistula.
 Speech (⟦N|Graciela Peña⟧, CCC-SLP): early babbling, some glottal stops; refer to ECI (⟦O|Easter Seals RGV⟧) for weekly therapy.
 Audiology (⟦N|D. Oyler⟧, Au.D.): tympanograms flat bilaterally; ENT Dr. ⟦N|Hinojosa⟧ to place tubes ⟦D|4/16⟧ at ⟦H|DHR Health⟧.
 Dental/ortho (⟦N|Marco Treviño⟧, DDS): no issues yet; alveolar bone graft around age 8–10.
 Genetics (⟦N|Faye Okonjo⟧, MS, CGC): nonsyndromic; recurrence risk counselled.
 Social work (⟦N|Irma Saenz⟧): Texas Health Steps; CSHCN application ⟦I|CSHCN-99-04471⟧ pending; gas cards from ⟦O|Ronald McDonald House Charities of the Rio Grande Valley⟧.
Insurance: ⟦O|Driscoll Health Plan⟧ ⟦HP|DHP 5520771844⟧. Next team visit ⟦D|Sept 2099⟧.
Recorder: ⟦N|Nidia Garza⟧, RN, team coordinator · ⟦P|956-555-0123⟧
`);

note("home-vent-pdn-caps", `
⟦O|PRAIRIE ROSE PEDIATRIC HOME NURSING⟧ - PRIVATE DUTY NURSING SHIFT NOTE      ⟦D|03/13-03/14/2099⟧ 1900-0700
CLIENT: ⟦N|OYELEYE-BRANDT, ZURI⟧   AGE 4   DOB ⟦D|05/17/2094⟧   AGENCY # ⟦I|PRN-07718⟧   MA ID ⟦HP|ND-MA 004471882⟧
HOME: ⟦S|1207 3RD AVE NW⟧, ⟦C|MAYVILLE FORKS⟧, ⟦STATE|ND⟧ ⟦Z|58257⟧   PARENTS ⟦N|TOBI OYELEYE⟧ ⟦P|701-555-0145⟧ / ⟦N|KRISTA BRANDT⟧ ⟦P|701-555-0146⟧
DX: CCHS (PHOX2B), TRACH/VENT DEPENDENT ASLEEP, G-TUBE.
EQUIPMENT: TRILOGY EVO SN ⟦DEV|TV0447182⟧ (VENDOR ⟦O|NORTHERN PLAINS RESPIRATORY⟧ 24H LINE ⟦P|800-555-0177⟧); BACKUP VENT SN ⟦DEV|TV0447199⟧; SHILEY 4.0 PED CUFFLESS; ⟦O|MASIMO⟧ RAD-97 SN ⟦DEV|RD97-20418⟧.
SETTINGS: PC 18/PEEP 5, RATE 20, TI 0.8, FIO2 21%. SPO2 96-99% ASLEEP, ETCO2 38-42.
2215 ASLEEP, PLACED ON VENT. 0140 DESAT 88% - SUCTIONED MOD THICK WHITE, RESOLVED. 0500 G-TUBE FEED PEDIASURE 1.0 250 ML OVER 2 H.
0630 MOM UP; REPORT GIVEN. PAPERWORK FOR ⟦O|MAYVILLE-PORTLAND SCHOOL DISTRICT⟧ PRESCHOOL NURSE ⟦N|DAWN FEIST⟧ LEFT ON FRIDGE.
PULMONOLOGIST DR. ⟦N|HAUGEN-PRICE⟧, ⟦H|SANFORD CHILDREN'S FARGO⟧; NEXT SLEEP STUDY ⟦D|4/22⟧.
NO ISSUES WITH SUPPLIES; TRACH CHANGE ⟦D|3/16⟧ WITH ⟦N|CHLOE⟧ (DAY NURSE).
NURSE: ⟦N|BRENNA VOLK⟧, RN   SIGNED 0712   ⟦N|BV⟧
`);
note("paternity-coc-caps", `
⟦O|GENEVANT DNA DIAGNOSTICS⟧ - RELATIONSHIP TESTING - CHAIN OF CUSTODY FORM      CASE # ⟦I|GDD-99-031447⟧
COLLECTION SITE: ⟦H|MCCOMB DELTA CLINIC⟧ LAB, ⟦S|118 W ISSAQUENA AVE⟧, ⟦C|CLARKSDALE BEND⟧, ⟦STATE|MS⟧ ⟦Z|38614⟧   SITE CODE ⟦I|MS-0447⟧
ORDERED BY: ⟦O|MISSISSIPPI DEPARTMENT OF HUMAN SERVICES⟧ - CHILD SUPPORT ENFORCEMENT, ⟦LO|COAHOMA COUNTY⟧, IV-D CASE ⟦I|CS 0044718207⟧
COLLECTION DATE: ⟦D|MARCH 14, 2099⟧   COLLECTOR: ⟦N|VERNICE TOLBERT⟧, MLT
MOTHER: ⟦N|SHAMEKA L. DORSEY⟧   DOB ⟦D|04/19/2075⟧   ID: MS DL ⟦I|801447182⟧   PHOTO AND THUMBPRINT TAKEN   SWAB KIT ⟦I|A-771842⟧
CHILD: ⟦N|KAMRYN DORSEY⟧   DOB ⟦D|10/02/2097⟧   ID: BIRTH CERT ⟦I|MS-BC-97-0220418⟧ (PRESENTED BY MOTHER)   SWAB KIT ⟦I|C-771843⟧
ALLEGED FATHER: ⟦N|TERRENCE "T-BONE" MABRY⟧   DOB ⟦D|01/30/2072⟧   ID: ⟦O|PARCHMAN⟧ RELEASE CARD, MDOC # ⟦I|K4471⟧ - DL SUSPENDED   SWAB KIT ⟦I|F-771844⟧
WITNESS: OFFICER ⟦N|DEWAYNE BOLDEN⟧, ⟦O|CLARKSDALE BEND POLICE DEPARTMENT⟧, BADGE ⟦I|0217⟧ (ALLEGED FATHER ESCORTED ON WARRANT ⟦I|W-99-11820⟧).
ALL THREE SPECIMENS SEALED IN PRESENCE OF DONORS; TAMPER SEAL ⟦I|TS 0044718⟧; SHIPPED ⟦O|UPS⟧ ⟦I|1Z 447 18W 02 2099 7184⟧ TO ⟦O|GENEVANT⟧, ⟦S|4400 RESEARCH PKWY⟧, ⟦C|ARDMORE FALLS⟧, ⟦STATE|OH⟧.
COMMENTS: MOTHER REPORTS ANOTHER POSSIBLE FATHER, ⟦N|JARVIS COLEMAN⟧ OF ⟦C|TUTWILER JUNCTION⟧ - NOT TESTED TODAY. NO TRANSFUSION OR TRANSPLANT IN ANY PARTY. CHILD'S GRANDMOTHER ⟦N|ODESSA DORSEY⟧ PRESENT.
RESULTS TO CASEWORKER ⟦N|L. FAIRLEY⟧ ⟦P|662-555-0111⟧ ONLY.   COLLECTOR INITIALS ⟦N|VT⟧   REVIEWED ⟦N|AQ⟧ ⟦D|03/16/99⟧
`);

note("legal-blood-draw-caps", `
⟦H|NORTHEAST KINGDOM REGIONAL HOSPITAL⟧ EMERGENCY DEPT - LAW ENFORCEMENT BLOOD SPECIMEN RECORD
DATE ⟦D|03/14/2099⟧   TIME OF REQUEST 0141   TIME OF DRAW 0158   ⟦C|ST. JOHNSBURY CENTER⟧, ⟦STATE|VT⟧
SUBJECT: ⟦N|PELKEY, RANDALL OWEN⟧   DOB ⟦D|07/07/1981⟧   ED MRN ⟦M|NEK-0220418⟧   DL VT ⟦I|44718207⟧
REQUESTING OFFICER: TPR. ⟦N|ANNIKA SOUCY⟧, ⟦O|VERMONT STATE POLICE⟧ - ⟦LO|DERBY BARRACKS⟧, BADGE ⟦I|VSP 771⟧   INCIDENT ⟦I|99A401882⟧
AUTHORITY: SEARCH WARRANT SIGNED BY JUDGE ⟦N|HOLLIS McCRAE⟧ AT 0132 (TELEPHONIC), COPY IN CHART. SUBJECT DECLINED CONSENT.
KIT: ⟦O|VERMONT FORENSIC LABORATORY⟧ BLOOD ALCOHOL KIT ⟦I|VFL-BK-0447188⟧, TUBES GRAY TOP X2 LOT ⟦DEV|BD-99021⟧. SKIN PREP POVIDONE (NO ALCOHOL).
DRAWN BY: ⟦N|CASSIDY LAFOUNTAIN⟧, RN, L ANTECUBITAL, ONE STICK. SEALED AND HANDED TO TPR. ⟦N|SOUCY⟧ AT 0203.
CLINICAL: SINGLE-VEHICLE CRASH INTO A SUGARHOUSE ON ⟦S|RT 5A⟧ NEAR ⟦LO|LAKE WILLOUGHBY⟧. GCS 14, LAC L FOREHEAD REPAIRED, CT HEAD NEG. HOSPITAL ETOH 214 MG/DL (MEDICAL, SEPARATE FROM KIT).
PASSENGER ⟦N|JOLENE PELKEY-ROY⟧ TRANSFERRED TO ⟦H|DARTMOUTH HITCHCOCK⟧ BY ⟦O|DARTHAWK⟧.
ED PHYSICIAN: ⟦N|BERTRAND OUELLETTE⟧, MD   CHARGE RN ⟦N|TESS GADAPEE⟧
`);

note("eloped-patient-caps", `
MISSING PATIENT / ELOPEMENT REPORT - ⟦H|BLACK HILLS BEHAVIORAL HEALTH AT PINE CREST⟧, ⟦C|LEAD GULCH⟧, ⟦STATE|SD⟧      REPORT # ⟦I|SEC-99-0314-02⟧
DATE/TIME MISSED: ⟦D|03/14/99⟧ 1515 AT HEAD COUNT, UNIT 2 EAST (LAST SEEN 1440 IN COURTYARD)
PATIENT: ⟦N|TWO BULLS, DAKOTA JAMES⟧   AGE 23   MRN ⟦M|BHBH-004471⟧   LEGAL: MENTAL ILLNESS HOLD (5-DAY), ⟦LO|LAWRENCE COUNTY⟧ BOARD PETITION ⟦I|MI 99-044⟧
DESCRIPTION: 6'0", 170 LB, BLACK HAIR IN BRAID, GREY ⟦O|RAPID CITY STEVENS⟧ HOODIE, RED SHORTS, SOCKS ONLY (SHOES IN ROOM).
RISK: SI WITH PLAN ON ADMISSION; RECENT METH USE. NO WEAPONS.
LIKELY DESTINATIONS: GIRLFRIEND ⟦N|TAYLOR HIGH ELK⟧, ⟦S|612 W MAIN ST #3⟧, ⟦C|DEADWOOD FLATS⟧; MOTHER ⟦N|LORRAINE TWO BULLS⟧ ON ⟦LO|PINE RIDGE RESERVATION⟧ (⟦C|KYLE CROSSING⟧) ⟦P|605-555-0134⟧; UNCLE IN ⟦C|RAPID CITY⟧ AT THE ⟦O|CORNERSTONE RESCUE MISSION⟧.
NOTIFIED: ⟦O|LEAD GULCH POLICE⟧ 1522 (DISPATCHER ⟦N|ARLO PETTYJOHN⟧, CAD ⟦I|99-007182⟧); ⟦O|OGLALA SIOUX TRIBE⟧ DEPT OF PUBLIC SAFETY 1530; MOTHER 1535; ATTENDING DR. ⟦N|KIMBALL⟧ 1520; ADMINISTRATOR ON CALL ⟦N|PENNY ROUSH⟧ 1524.
1710 UPDATE: LOCATED BY ⟦O|LAWRENCE COUNTY SHERIFF⟧ DEPUTY ⟦N|CODY STRAND⟧ AT THE ⟦LO|KIRK ROAD TRAILHEAD⟧, COLD, UNINJURED; RETURNED 1752. SKIN CHECK BY ⟦N|M. ROUBIDEAUX⟧, RN.
WRITTEN BY: ⟦N|HARLEY DEMARS⟧, SECURITY SUPERVISOR, ⟦D|03/14/99⟧ 1830
`);

note("silver-alert-return", `
ED Note — Found Adult with Dementia (Silver Alert cancelled)
⟦H|Hill Country Memorial - Fredericksburg Crossing⟧ · ⟦D|03/14/2099⟧ 06:05 · arrived by ⟦O|Gillespie County EMS⟧ (unit ⟦I|M-14⟧)
Patient: ⟦N|Eckhardt, Wilhelm August⟧ ("⟦N|Willie⟧") · a ⟦A|94⟧ y.o. man · MRN ⟦M|HCM 3307718⟧ · DOB ⟦D|02/11/2005⟧
Age confirmed: ⟦A|94⟧. Alzheimer dementia (FAST 6a). Lives with his daughter ⟦N|Gretchen Eckhardt-Kuhn⟧ at ⟦S|4471 Old Mason Rd⟧, ⟦C|Stonewall Gap⟧, ⟦STATE|TX⟧.
Left the house about 21:00 ⟦D|3/13⟧ in his 2081 Ford truck (plate ⟦I|TX DKR-4471⟧); Silver Alert issued by ⟦O|Texas DPS⟧ at 23:40. Truck found in a ditch on ⟦S|FM 1631⟧; he was found walking toward the ⟦LO|Pedernales River crossing⟧ at 05:10 by rancher ⟦N|Lupe Castañeda⟧, who called 911.
Exam: T 35.4 °C, abrasions both hands, no head injury signs. Oriented to self only. CK 1,210. Cr 1.6 (baseline 1.1 per ⟦H|Heritage Oaks Clinic⟧).
Plan: warm fluids, observation. Daughter arrived 06:40; she will request a MedicAlert bracelet (ID ⟦I|MA-7720418⟧ on file) and car keys are now with her husband ⟦N|Dieter Kuhn⟧.
APS referral not needed per SW ⟦N|Raquel Ybarra⟧ (no neglect), but ⟦O|Area Agency on Aging of the Concho Hills⟧ respite referral made; adult day at ⟦H|Vereins Haus⟧ discussed.
Deputy ⟦N|Jared Ottmers⟧, ⟦O|Gillespie County Sheriff's Office⟧, closed case ⟦I|GCSO 99-0314-06⟧.
⟦N|Delphine Wahrmund⟧, MD
`);

note("security-incident-caps", `
⟦O|PINEMOOR⟧ HEALTH SYSTEM - HOSPITAL SECURITY INCIDENT REPORT      INCIDENT # ⟦I|PMH-SEC-99-00417⟧
FACILITY: ⟦H|PINEMOOR MEDICAL CENTER - WEST CAMPUS⟧, ⟦S|2200 ORCHARD HILL DR⟧, ⟦C|BELMONT RIDGE⟧, ⟦STATE|NY⟧ ⟦Z|12010⟧
DATE: ⟦D|MAR 14 2099⟧   TIME: 2234   LOCATION: ED POD C, ROOM 14
INVOLVED (PATIENT): ⟦N|GRZYWACZ, DOMINIK⟧   DOB ⟦D|03/03/1990⟧   MRN ⟦M|PMC00771842⟧   CHIEF COMPLAINT: INTOXICATION
INVOLVED (VISITOR): ⟦N|SHAYLA PRZYBYLSKI⟧ (SISTER), ⟦S|17 CANAL ST, APT 2R⟧, ⟦C|AMSTERDAM LOCKS⟧, ⟦P|518-555-0159⟧
STAFF INJURED: ⟦N|KENDRA OSEI⟧, RN - STRUCK L FOREARM, SEEN BY EMPLOYEE HEALTH (DR. ⟦N|WEATHERLY⟧) ⟦D|3/15⟧.
NARRATIVE: PT BECAME COMBATIVE WHEN TOLD SISTER COULD NOT TAKE HIM HOME. CODE GRAY CALLED 2236. OFFICERS ⟦N|T. HALLORAN⟧ (#⟦I|114⟧) AND ⟦N|J. VANDERZEE⟧ (#⟦I|121⟧) RESPONDED. PT RESTRAINED 4-POINT PER ORDER OF DR. ⟦N|ADEBISI-FROST⟧ 2241; HALOPERIDOL 5 MG/LORAZEPAM 2 MG IM.
VISITOR ESCORTED OUT 2250 AFTER VERBAL THREATS; TRESPASS NOTICE ISSUED (⟦I|TN-99-071⟧). ⟦O|BELMONT RIDGE PD⟧ OFFICER ⟦N|MARCUS LEDUC⟧ ON SCENE 2305, REPORT ⟦I|BRPD 99-11447⟧.
CCTV: CAMERAS ED-07 AND ED-09 SAVED TO ⟦O|MILESTONE⟧ EXPORT ⟦I|EXP-0314-2234⟧.
PROPERTY: PT'S PHONE AND WALLET (⟦O|TRUSTCO⟧ CARD, CASH $42) BAGGED, TAG ⟦I|PB-40718⟧.
REPORTING OFFICER: ⟦N|ROLAND FITZGERALD-AMOAH⟧, SECURITY LT   REVIEWED: ⟦N|C. DEGROAT⟧, DIRECTOR OF PROTECTIVE SERVICES   ⟦E|cdegroat@pinemoor-health.example⟧
`);

note("trafficking-screen", `
ED Social Work — Human Trafficking Screening
⟦H|Lowlands Regional Medical Center⟧, ⟦C|Greenwood Delta⟧, ⟦STATE|MS⟧ · ⟦D|3/14⟧ · referred by triage RN ⟦N|Bethany Self⟧ (indicators checklist positive)
Patient: "⟦N|Lucía⟧" — registered as ⟦N|Lucía Hernández Cruz⟧, DOB given ⟦D|1/1/2080⟧ (unverified) · MRN ⟦M|LRMC-0099418⟧
Presented with a hand laceration from a meat-packing line at ⟦O|Delta Prime Foods⟧; brought in by a man who gave his name as "⟦N|Tío Beto⟧" and the phone ⟦P|662-555-0148⟧, who answered for her and kept her ID (a ⟦COUNTRY|Honduran⟧ passport, per her, # ⟦I|E 0447182⟧).
Interviewed alone with a phone interpreter (⟦O|CyraCom⟧ ID ⟦I|44718⟧), in Spanish. She is 19; came from ⟦C|La Ceiba⟧ in ⟦D|2097⟧; owes "la deuda" of $8,000; lives in a trailer behind ⟦S|1109 Yazoo St⟧ with 9 other workers; pay taken for rent.
Assessment: multiple labour-trafficking indicators. She consented to help.
Actions: ⟦O|National Human Trafficking Hotline⟧ called 15:20 (reference ⟦I|NHTH-99-2207⟧); ⟦O|Mississippi Center for Legal Services⟧ attorney ⟦N|Rebekah Yoon⟧; victim advocate ⟦N|Carmen Ochoa-Hurd⟧ of ⟦O|Sanctuary Delta⟧ arrived 16:05 with a safe bed at a ⟦O|Catholic Charities⟧ house.
⟦O|HSI⟧ special agent ⟦N|Patrick Dunleavy⟧ informed with her consent; case ⟦I|HSI-JK-99-0417⟧.
Laceration repaired by Dr. ⟦N|Pham⟧ (4 sutures); tetanus given.
⟦N|Norma Jean Tubbs⟧, LMSW · ⟦P|662-555-0102⟧
`);
note("wildland-ff-caps", `
⟦O|PAYETTE-SALMON INTERAGENCY⟧ INCIDENT MEDICAL UNIT - PATIENT EVALUATION (ICS 206 ATTACHMENT)
INCIDENT: ⟦LO|HORSETHIEF CREEK FIRE⟧ (⟦I|ID-PAF-000447⟧)   DATE ⟦D|03/14/2099⟧   TIME 1620   DIVISION Z, DROP POINT 12
PATIENT: ⟦N|OKONKWO-LARSEN, JEROME⟧   AGE 27   CREW: ⟦O|SAWTOOTH HOTSHOTS⟧ (CREW # ⟦I|IHC-7⟧)   RESOURCE ORDER ⟦I|C-14⟧
HOME UNIT: ⟦O|BOISE NATIONAL FOREST⟧, ⟦C|IDAHO CITY FLATS⟧, ⟦STATE|ID⟧   SUPERVISOR: SUPT. ⟦N|WADE HOLLISTER⟧
MOI: STRUCK ON R SHOULDER BY ROLLING ROCK WHILE CUTTING LINE ON 40% SLOPE. NO LOC. WALKED TO DP WITH SQUADMATE ⟦N|BEAU FRANZEN⟧.
ASSESS: R CLAVICLE TENDERNESS/DEFORMITY, DISTAL CMS INTACT. HR 104, BP 132/80, SPO2 97%. DEHYDRATED (URINE DARK).
TX: SLING AND SWATHE, ICE, IBUPROFEN 600 MG, ORAL FLUIDS 1 L. LINE MEDIC: ⟦N|PAIGE DUCHARME⟧, EMT-P (⟦O|RAINSHADOW MEDICAL STAFFING⟧).
TRANSPORT: GROUND TO ⟦H|ST. LUKE'S McCALL⟧ VIA ⟦O|VALLEY COUNTY AMBULANCE⟧, DEPARTED 1705. X-RAY: MIDSHAFT CLAVICLE FX.
COMP: CA-1 FILED WITH ⟦O|OWCP⟧, CLAIM ⟦I|550447188⟧; COMP/CLAIMS UNIT LEADER ⟦N|SHARLA BIRDSONG⟧.
EMERGENCY CONTACT: WIFE ⟦N|MEI OKONKWO-LARSEN⟧ ⟦P|208-555-0127⟧ - NOTIFIED BY CREW BOSS 1740.
MEDL: ⟦N|R. KINGFISHER⟧   ⟦N|RK⟧
`);

note("rodeo-sports-med-caps", `
⟦O|JUSTIN-MARSH SPORTS MEDICINE⟧ TEAM - RODEO INJURY EVALUATION      ⟦O|PRCA⟧-SANCTIONED ⟦O|RED ROCK STAMPEDE⟧
VENUE: ⟦LO|CARBON COUNTY EVENTS CENTER⟧, ⟦C|PRICE RIVER BEND⟧, ⟦STATE|UT⟧   DATE ⟦D|3-14-99⟧   PERF 2   EVENT: BAREBACK
ATHLETE: ⟦N|CHANCE McWHORTER⟧   CARD # ⟦I|PRCA 44718⟧   DOB ⟦D|08/08/2076⟧   HOMETOWN ⟦C|NOWATA SPRINGS⟧, ⟦STATE|OK⟧
STOCK: BRONC "WIDOW MAKER" (⟦O|BAR T RODEO COMPANY⟧)
MOI: HUNG UP AT 6 SEC, DRAGGED; PICKUP MAN ⟦N|DUSTY CARR⟧ FREED HIM. STEPPED ON L FLANK.
EVAL (ARENA): ALERT, GCS 15, C-SPINE CLEARED (NEXUS NEG). L LOWER RIB TENDERNESS, ABD SOFT, FAST EXAM BY DR. ⟦N|TAGGART⟧ NEG AT 2140.
RIGHT ELBOW: CHRONIC - OLD UCL RECONSTRUCTION ⟦D|2096⟧ BY DR. ⟦N|LEFEVRE⟧, ⟦H|ORTHOPEDIC SPECIALTY HOSPITAL - MURRAY⟧.
DISPOSITION: TRANSPORTED TO ⟦H|CASTLEVIEW⟧ ED FOR CT ABD (⟦O|CARBON COUNTY AMBULANCE⟧); TRAVEL PARTNER ⟦N|TREY BODINE⟧ FOLLOWING WITH RIG, CELL ⟦P|918-555-0164⟧.
CT: L 10TH RIB FX, NO SPLENIC INJURY. TURNED OUT OF ⟦D|3/15⟧ PERF AND ⟦O|DODGE CITY ROUNDUP⟧ ENTRY.
INSURANCE: ⟦O|PRCA⟧ ATHLETE PLAN ⟦HP|PAP-0771842⟧.
EVALUATING ATC: ⟦N|KODIAK BRANNIGAN⟧, ATC, LAT   TEAM PHYSICIAN ⟦N|E. TAGGART⟧, DO
`);

note("marathon-tent-caps", `
⟦O|BLUEGRASS-OHIO VALLEY MARATHON⟧ MEDICAL - FINISH LINE TENT A - PATIENT LOG      ⟦DAY|SATURDAY⟧ ⟦D|03/14/2099⟧
COT  TIME   BIB      NAME                        AGE  COMPLAINT / TX / DISPO
A1   0952   ⟦I|4471⟧     ⟦N|LINDQVIST, PER⟧                  34   CRAMPS CALVES - STRETCH, PO FLUIDS - RELEASED 1010
A2   1014   ⟦I|11820⟧    ⟦N|ABERNATHY, SHANICE⟧              29   NEAR SYNCOPE - ORTHO VITALS +, PO - RELEASED W/ HUSBAND ⟦N|DARIUS⟧
A3   1031   ⟦I|2207⟧     ⟦N|MORIARTY-BELL, KEVIN⟧            51   EAH: NA 126 (I-STAT), CONFUSED - 3% SALINE 100 ML X1, TO ⟦H|OHIO VALLEY GENERAL⟧ BY ⟦O|RIVERBEND EMS⟧ 1052
A4   1040   ⟦I|7718⟧     ⟦N|QUACH, LINH⟧                     44   BLISTERS - DRESSED - RELEASED
A5   1057   ⟦I|30418⟧    ⟦N|FEATHERSTONE, ROSCOE⟧            ⟦A|90⟧   FINISHED! DIZZY, BP 96/58 - FLUIDS, SON ⟦N|ALAN⟧ AT SIDE - RELEASED 1140
A6   1105   ⟦I|5022⟧     ⟦N|TORRES, MARISELA⟧                38   EXERTIONAL HEAT STROKE: RECTAL T 41.2 - COLD WATER IMMERSION 14 MIN TO 38.9 - TO ⟦H|KING'S DAUGHTERS RIVERFRONT⟧
A7   1122   ⟦I|918⟧      ⟦N|HOLLOWAY, JESSE "J.J."⟧          22   CHEST PAIN - ECG NSR, TROP NOT AVAIL - TO ED BY ⟦O|RIVERBEND EMS⟧ PER DR. ⟦N|BASKIN⟧
EMERGENCY CONTACT (A6): PARTNER ⟦N|HELENA VOSS⟧ ⟦P|859-555-0107⟧ - CALLED 1110 BY ⟦N|K. STRUNK⟧.
TENT CAPTAIN: ⟦N|MARGARET "PEG" WHITLEY-ADU⟧, MD   RACE MEDICAL DIRECTOR: ⟦N|SANJAY KUMARASWAMY⟧, MD   ⟦E|medical@bovmarathon.example⟧
`);

note("festival-tent-lower", `
medical tent log — ⟦O|moonshadow music festival⟧, ⟦LO|tallgrass amphitheater⟧ grounds, ⟦C|wakarusa bend⟧ ⟦STATE|ks⟧ — night 2, ⟦D|3/14/99⟧
medical contractor: ⟦O|festmed partners⟧ · tent lead ⟦N|quinn abernethy-roe⟧, emt-p · physician on site dr. ⟦N|oluwaseyi hart⟧
2215 — ⟦N|skylar "sky" pennington⟧, 20, wristband ⟦I|mmf-0447182⟧. took "molly" at 20:30 from someone at the north stage. hr 138, t 39.4, agitated. ice packs, cooling, midazolam 2.5 mg im. friend ⟦N|aubree kwan⟧ staying. to ⟦H|lawrence prairie medical⟧ by ⟦O|douglas co ems⟧ 22:50.
2240 — ⟦N|mateo ferreira-lund⟧, 24, wristband ⟦I|mmf-0459013⟧. sprained ankle in the pit. splint, ice. walked out with his sister ⟦N|ines⟧.
2305 — unknown female, ~18, no wristband, brought by security officer ⟦N|darnell pugh⟧ (⟦O|crowd shield security⟧ #⟦I|cs-221⟧). etoh, vomiting, gcs 13. id found later: ⟦N|brinley ostrowski⟧, kansas dl ⟦I|k04-47-1882⟧, dob ⟦D|02/06/2081⟧. mom ⟦N|tammy ostrowski⟧ reached at ⟦P|785-555-0181⟧ at 23:40; she will drive from ⟦C|topeka heights⟧.
2330 — ⟦N|gideon marsh⟧, 33, insulin pump user, bg 54; juice x2, bg 118. his pump sn ⟦DEV|pt-44718-x⟧ alarm checked. released to campsite lot f.
0015 — ⟦N|wren castellanos⟧, 26, hearing loss after the ⟦O|velvet furnace⟧ set — advised ent if not better in 48 h.
narcan given: 0. transports: 1. total patients night 2: 37 (tally by ⟦N|j. okafor⟧).
`);

note("farmworker-clinic", `
⟦H|Clínica Valle del Sol - Mobile Unit 2⟧ — Migrant and Seasonal Farmworker Visit
Site: ⟦O|Rancho Los Nogales⟧ packing shed, ⟦S|Mile 7 Old Military Rd⟧, ⟦C|La Feria Junction⟧, ⟦STATE|TX⟧ · ⟦D|14/03/2099⟧ (⟦D|3/14/2099⟧)
Patient: ⟦N|Eusebio Tlaxcala Ramírez⟧ · DOB ⟦D|3/19/1966⟧ · chart ⟦M|CVS-M-044718⟧ · H-2A visa, employer ⟦O|Nogal Fresh Growers LLC⟧ via labour contractor ⟦N|Rigoberto "Rigo" Saldívar⟧
Language: Mixteco and Spanish; interpreter ⟦N|Albina Cruz⟧ (promotora).
CC: burning eyes, headache, nausea since spraying in the Campo 4 citrus block ⟦D|3/13⟧ — applicator was ⟦N|Fermín Ochoa⟧; product per the shed's posted notice: chlorpyrifos-free, "Lorsban" not used; label said ⟦O|Valent⟧ "Danitol".
Exam: conjunctival injection, no miosis, no wheeze. Cholinesterase drawn (⟦O|Texas Department of State Health Services⟧ lab, specimen ⟦I|DSHS-99-0447188⟧).
Assessment: suspected acute pesticide-related illness, mild. Reported to ⟦O|DSHS Pesticide Exposure Surveillance⟧ (report ⟦I|PESP-99-118⟧) and to the grower's safety officer ⟦N|Molly Ashcraft⟧ ⟦P|956-555-0110⟧.
Housing: employer camp ⟦S|Colonia Nogales, cabina 12⟧; 6 men per cabin. Family in ⟦C|Tlapa de Comonfort⟧, ⟦COUNTRY|Mexico⟧; wife ⟦N|Rosaura⟧ ⟦P|+52 757 555 0148⟧.
Plan: eye irrigation done; no return to sprayed fields for 48 h (note given to crew boss ⟦N|Saldívar⟧); recheck ⟦DAY|Monday⟧ at the ⟦H|Clínica Valle del Sol⟧ fixed site, ⟦S|400 E Ridge Rd⟧, ⟦C|Alamo Pass⟧.
Coverage: sliding fee; ⟦O|Texas Rural Legal Aid⟧ referral for wage complaint offered.
⟦N|Graciela Montemayor⟧, FNP-C · scribe ⟦N|A. Cantú⟧
`);
note("audiogram-caps", `
⟦O|IRONGATE OCCUPATIONAL HEALTH⟧ - HEARING CONSERVATION PROGRAM - ANNUAL AUDIOGRAM      ⟦D|2099-03-14⟧
EMPLOYER: ⟦O|TRI-STATE CASTINGS⟧ (FOUNDRY), ⟦S|600 KILN ST⟧, ⟦C|NEW PRAGUE MILLS⟧, ⟦STATE|MN⟧ ⟦Z|56071⟧   EMPLOYER ACCT ⟦I|IOH-0447⟧
EMPLOYEE: ⟦N|SCHOENECKER, LUKAS P⟧   EMP # ⟦I|TSC-11820⟧   DOB ⟦D|10/10/1971⟧   DEPT: SHAKEOUT/GRINDING   TWA 92 DBA (DOSIMETRY ⟦D|11/2098⟧)
AUDIOMETER: ⟦O|MAICO⟧ MA 42 SN ⟦DEV|MA42-20418⟧, CALIBRATED ⟦D|01/09/2099⟧ (⟦O|ACOUSTIC CAL SERVICES⟧). BOOTH ⟦DEV|IAC-7718⟧.
TECH: ⟦N|BRIDGET HOFFMAN-TIENG⟧, CAOHC # ⟦I|C-0447182⟧.   QUIET PERIOD 14 H CONFIRMED.
THRESHOLDS (DB HL) 500/1K/2K/3K/4K/6K:  R 10/10/15/35/50/45   L 10/15/20/40/55/50
BASELINE ⟦D|03/22/2091⟧: R 5/5/10/20/30/25   L 5/10/10/25/35/30
STS: YES, BOTH EARS (AVG 2-3-4K SHIFT R 18.3, L 16.7 DB, AGE-CORRECTED PER OSHA APPENDIX F). RECORDABLE ON OSHA 300 (AT 25 DB AHL RULE: YES, L).
ACTION: EMPLOYEE NOTIFIED IN WRITING; REFIT WITH ⟦O|3M⟧ E-A-R PUSH-INS AND EARMUFF DUAL PROTECTION; RETEST 30 DAYS. REFER TO DR. ⟦N|GUNDERSON⟧, ⟦H|MANKATO RIVER ENT⟧, FOR OTOLOGIC EVAL (ASYMMETRY).
SUPERVISOR ⟦N|RANDY KRUSE⟧ AND SAFETY MGR ⟦N|ALMA DVORAK⟧ ⟦P|507-555-0121⟧ NOTIFIED. UNION STEWARD (⟦O|USW LOCAL 4471⟧) ⟦N|GARY SEIFERT⟧ COPIED.
PROFESSIONAL REVIEWER: ⟦N|NADINE OKAFOR-HELGESON⟧, AU.D., CCC-A   ⟦D|03/16/2099⟧
`);

note("respirator-clearance-caps", `
RESPIRATOR MEDICAL EVALUATION (OSHA 29 CFR 1910.134 APPENDIX C REVIEW) - ⟦H|UINTAH WORKSITE CLINIC⟧, ⟦C|VERNAL POINT⟧, ⟦STATE|UT⟧
DATE ⟦D|03/14/99⟧   EMPLOYER: ⟦O|ASHLEY VALLEY OILFIELD SERVICES⟧   CONTACT ⟦N|TRACI MERKLEY⟧, HSE ⟦P|435-555-0160⟧ FAX ⟦F|435-555-0161⟧
WORKER: ⟦N|BEAN, COLTER W⟧   EMP ID ⟦I|AVOS-2207⟧   DOB ⟦D|06/21/1985⟧   JOB: ⟦PROF|WELL SITE H2S SAFETY TECH⟧
RESPIRATOR: SCBA (⟦O|MSA⟧ G1) AND FULL-FACE APR; USE 4 H/WK, HEAVY EXERTION, HOT, H2S ZONES.
QUESTIONNAIRE: + SMOKER 1/2 PPD, + CHILDHOOD ASTHMA, NO INHALER X 10 YRS. NO CLAUSTROPHOBIA.
EXAM: BP 128/78, LUNGS CLEAR. SPIROMETRY: FVC 5.02 L (98%), FEV1 3.91 (94%), RATIO 0.78 - NORMAL.
DETERMINATION: MEDICALLY CLEARED FOR ALL RESPIRATOR TYPES WITHOUT RESTRICTION; RE-EVALUATE ⟦D|03/2100⟧ OR SOONER IF SYMPTOMS.
FIT TEST SEPARATELY BY ⟦O|BASIN SAFETY TRAINING⟧ (⟦N|KORY DEVEREAUX⟧) - QNFT PORTACOUNT SN ⟦DEV|8048-44718⟧.
SMOKING CESSATION: REFERRED TO ⟦O|UTAH TOBACCO QUIT LINE⟧.
PLHCP: ⟦N|LYNNETTE AGUAYO-FROST⟧, PA-C   SUPERVISING: ⟦N|ROSS NIELSON⟧, MD, MPH   ⟦N|LAF⟧/⟦N|cb⟧
`);

note("faa-medical", `
FAA Medical Certificate Examination — Aviation Medical Examiner's Note
AME: ⟦N|Conrad Pua'ala-Kim⟧, MD, AME # ⟦I|44718-1⟧ · ⟦O|Kona Aeromedical⟧, ⟦S|73-4412 Kiawe Loop, Suite 5⟧, ⟦C|Kailua Heights⟧, ⟦STATE|HI⟧ ⟦Z|96740⟧
Date: ⟦D|03/14/2099⟧ · MedXPress confirmation ⟦I|MXP-9920447⟧ · Applicant ID ⟦I|A0447182⟧
Applicant: ⟦N|Keoni Balthazar Akana⟧ · DOB ⟦D|1/6/1979⟧ · Class: first · Employer: ⟦O|Mokulele Skyways⟧ (⟦PROF|first officer⟧, ⟦O|Cessna⟧ Caravan)
Item 18 "yes" answers: kidney stone ⟦D|Oct 2098⟧ at ⟦H|Kona Community⟧ (passed spontaneously, CT no residual stones per Dr. ⟦N|Mahoe⟧'s letter of ⟦D|Dec 3, 2098⟧); sleep apnea evaluation — home sleep test ⟦D|1/2099⟧ AHI 4 (⟦O|Pacific Sleep Labs⟧, ⟦N|Leilani Haverford⟧, RPSGT).
Vision: 20/20 distant each eye uncorrected; near 20/40 → corrective lenses for near. Colour: passed Ishihara 14/14.
Hearing: conversational voice at 6 ft. ECG: sinus rhythm, normal (last on file ⟦D|1/6/2098⟧).
Issued: first-class medical certificate, limitation "must have available glasses for near vision". Certificate # ⟦I|0447182099⟧.
Kidney stone: single episode, >3 months, no residual stone, so no special issuance; records sent to ⟦O|FAA Aerospace Medical Certification Division⟧, ⟦C|Oklahoma City⟧.
Emergency contact on 8500-8: wife ⟦N|Malia Akana⟧, ⟦P|808-555-0176⟧.
Next exam due ⟦D|March 2100⟧. ⟦N|CPK⟧/⟦N|ms⟧
`);

note("diver-fitness", `
Commercial Diver Fitness Examination (ADCI / IMCA form)
⟦O|Gulfmark Dive Medicine⟧ at ⟦H|Terrebonne Bayou Medical Center⟧, ⟦C|Houma Crossing⟧, ⟦STATE|LA⟧ · ⟦D|March 14, 2099⟧
Diver: ⟦N|Thibodeaux, Remy J.⟧ · DOB ⟦D|12/01/1988⟧ · ADCI card ⟦I|ADCI-0447182⟧ · employer ⟦O|Cypremort Subsea⟧ (saturation team 3)
Address ⟦S|214 Bayou Black Dr⟧, ⟦C|Gibson Landing⟧, ⟦STATE|LA⟧ ⟦Z|70356⟧ · cell ⟦P|985-555-0158⟧
History: DCS type I (shoulder) ⟦D|2095⟧ treated at ⟦H|Ochsner St. Anne⟧ chamber, full resolution; no type II. Tympanic membrane perforation L ⟦D|2090⟧, healed. Smokes no. Alcohol social.
Exam: BMI 27.9; TMs intact, mobile with Valsalva; neuro normal; no hernia.
Tests: CXR ⟦D|3/10⟧ normal (read by Dr. ⟦N|Fontenot⟧); spirometry normal; audiogram: mild 4 kHz notch; long-bone survey (sat diver) — no dysbaric osteonecrosis (⟦O|Bayou Radiology Associates⟧ accession ⟦I|BRA-99-330418⟧); treadmill 13.2 METs; vision 20/25.
Assessment: fit for commercial diving including saturation, without restriction. Certificate valid 12 months, # ⟦I|GDM-99-0771⟧.
Employer's dive superintendent ⟦N|Lonnie Guidry⟧ and DMT ⟦N|Ashlyn Verret⟧ copied. Emergency contact: mother ⟦N|Odile Thibodeaux⟧.
Examiner: ⟦N|Marc-Antoine Broussard⟧, MD, UHM · ⟦E|mbroussard@gulfmarkdive.example⟧
`);

note("lithotripsy-caps", `
⟦O|LONE STAR LITHOTRIPTERS⟧ MOBILE UNIT 4 AT ⟦H|LLANO ESTACADO SURGERY CENTER⟧ - ESWL PROCEDURE NOTE      ⟦D|03/14/2099⟧
PATIENT: ⟦N|DOMINGUEZ-HALE, PATRICIA ANN⟧   MRN ⟦M|LESC-0044718⟧   DOB ⟦D|05-05-1955⟧   ACCT ⟦I|LE99031407⟧
SURGEON: ⟦N|HIROSHI VANDERMEER⟧, MD   ANESTHESIA: ⟦N|CLAY OVERSTREET⟧, CRNA (MAC)   LITHO TECH: ⟦N|BOBBIE JO NEWCOMB⟧, ⟦O|LSL⟧
DEVICE: ⟦O|STORZ⟧ MODULITH SLX-F2 SN ⟦DEV|SLX-44718-02⟧ ON TRAILER ⟦I|TX 8RL-4471⟧
STONE: L RENAL PELVIS 11 X 9 MM, 980 HU (CT ⟦D|02/27/2099⟧ AT ⟦H|COVENANT PLAINVIEW⟧).
TREATMENT: 3000 SHOCKS, RAMPED TO LEVEL 6, 90/MIN. FLUORO TIME 2.1 MIN. FRAGMENTATION GOOD.
COMPLICATIONS: NONE. MILD HEMATURIA EXPECTED.
DC: TAMSULOSIN 0.4 MG, STRAIN URINE, KUB ⟦D|3/28⟧. DRIVER: HUSBAND ⟦N|WALT HALE⟧ ⟦P|806-555-0115⟧.
REFERRING: ⟦N|ANIL SUBRAMANYAM⟧, MD, ⟦O|HIGH PLAINS UROLOGY⟧, ⟦C|LEVELLAND MESA⟧.
BILLING: ⟦O|BLUE CROSS BLUE SHIELD OF TEXAS⟧ ⟦HP|ZGP884471820⟧ GROUP ⟦HP|044718⟧.   DICTATED ⟦N|HV⟧/⟦N|bjn⟧
`);

note("anesthesia-record-caps", `
ANESTHESIA RECORD - ⟦H|MERCY CUMBERLAND PLATEAU⟧ MAIN OR, ⟦C|CROSSVILLE KNOB⟧, ⟦STATE|TN⟧      DATE ⟦D|03.14.2099⟧
PT: ⟦N|HUDDLESTON, ORA MAE⟧   AGE ⟦A|97⟧ YO F   MRN ⟦M|MCP0441822⟧   WT 48 KG   ASA 3E   ALLERGY: PCN (HIVES)
PROCEDURE: L HIP HEMIARTHROPLASTY (FALL AT ⟦H|BRISTOL MANOR ASSISTED LIVING⟧ ⟦D|3/13⟧)   SURGEON: DR. ⟦N|BLEVINS⟧   ASSIST: ⟦N|T. KIRBY⟧, PA-C
ANESTHESIOLOGIST: ⟦N|FARIDA HOSSEINI-CLARK⟧, MD   CRNA: ⟦N|JOEL MASTERSON⟧   CONSENT BY DAUGHTER ⟦N|VERNA HUDDLESTON⟧ (POA) BY PHONE ⟦P|931-555-0199⟧, WITNESSED ⟦N|K. GRAHAM⟧, RN
PRE-OP: AS, MEAN GRADIENT 28 (ECHO ⟦D|3/13/99⟧), CKD 3B, GCS 15 BUT MILD DEMENTIA. FASCIA ILIACA BLOCK IN ED (ROPIVACAINE 0.2% 30 ML) BY DR. ⟦N|HOSSEINI-CLARK⟧.
TECHNIQUE: SPINAL L3-4, 25G PENCAN, BUPIVACAINE 0.5% HEAVY 7.5 MG + FENTANYL 10 MCG; PROPOFOL INFUSION 25 MCG/KG/MIN; NASAL CANNULA 3 L.
0742 IN ROOM  0750 SPINAL  0811 INCISION  0931 CLOSURE  0940 TO PACU.
EBL 250 ML. IVF LR 800 ML. PHENYLEPHRINE 40-80 MCG BOLUSES X4 FOR MAP <65. TXA 1 G. CEFAZOLIN HELD - CLINDAMYCIN 600 MG.
IMPLANT: ⟦O|STRYKER⟧ EXETER STEM SIZE 1, LOT ⟦DEV|MH44718⟧; UNITRAX HEAD 45 MM, LOT ⟦DEV|UT0771⟧; CEMENT SIMPLEX P LOT ⟦DEV|SPX-99-0220⟧.
PACU HANDOFF TO ⟦N|LORETTA SWALLOWS⟧, RN 0944. ALDRETE 9.   SIGNED ⟦N|FHC⟧ 1002
`);
note("disability-aps", `
Attending Physician Statement — Long-Term Disability Claim
Insurer: ⟦O|Northgate Mutual Life⟧, Disability Claims, ⟦S|PO Box 44718⟧, ⟦C|Hartwell Plains⟧, ⟦STATE|NE⟧ ⟦Z|68102⟧ · fax ⟦F|402-555-0190⟧
Claim # ⟦I|LTD-99-2207418⟧ · Policy # ⟦I|GLP 0044718⟧ (group: ⟦O|Valentine Cooperative Grain⟧) · Claimant: ⟦N|Marla Jo Vosburgh⟧ · DOB ⟦D|08/14/1970⟧ · SSN xxx-xx-⟦SSN|4418⟧
Completed by: ⟦N|Ferris Olanrewaju⟧, MD, Rheumatology, ⟦H|Sandhills Rheumatology Clinic⟧, ⟦S|312 N Main St⟧, ⟦C|Ainsworth Hollow⟧, ⟦STATE|NE⟧ · ⟦P|402-555-0135⟧ · date ⟦D|3/14/2099⟧
Diagnosis: seropositive rheumatoid arthritis (M05.79), fibromyalgia; onset spring ⟦D|2097⟧. First seen ⟦D|05/03/2097⟧; last seen ⟦D|02/28/2099⟧; visits every 3 months.
Treatment: methotrexate 20 mg weekly, adalimumab (Humira) 40 mg q2w since ⟦D|Nov 2097⟧, prednisone 5 mg. Failed hydroxychloroquine. Hand surgery consult with Dr. ⟦N|Tesfaye⟧ at ⟦H|Great Plains Health⟧, ⟦C|North Platte⟧.
Objective: DAS28-CRP 4.9 (moderate-high); swollen MCPs 2–4 bilaterally; grip 8 kg R, 10 kg L; ulnar deviation R. X-rays ⟦D|1/2099⟧: erosions R MCP2, L ulnar styloid.
Restrictions: no repetitive gripping or fine manipulation > 1/3 of the day; lift ≤ 10 lb; no climbing. Her job (⟦PROF|grain elevator scale operator⟧ at the ⟦O|Valentine Cooperative Grain⟧ elevator in ⟦C|Wood Lake Crossing⟧) requires climbing and valve work — cannot perform.
Prognosis: guarded; reassess ⟦D|6/2099⟧. Has applied for SSDI (⟦O|SSA⟧ claim ⟦I|SSA-0447182-DI⟧) with help from attorney ⟦N|Wendell Rasmussen⟧ of ⟦O|Rasmussen & Pflug⟧.
Patient authorisation on file (signed ⟦D|03/01/2099⟧). Records enclosed: office notes ⟦D|3/2097⟧–⟦D|2/2099⟧.
Signature: ⟦N|F. Olanrewaju⟧, MD · NPI ⟦I|1447182099⟧ · state licence ⟦I|NE MD 20447⟧
`);

note("record-amendment", `
⟦H|Finger Lakes Regional Health - Seneca Shores⟧ · Health Information Management
⟦S|196 North St⟧, ⟦C|Geneva Point⟧, ⟦STATE|NY⟧ ⟦Z|14456⟧ · ⟦P|315-555-0103⟧ · fax ⟦F|315-555-0104⟧

⟦D|March 14, 2099⟧

⟦N|Theodora Quackenbush⟧
⟦S|12 1/2 Front St Rear⟧
⟦C|Penn Yan Mills⟧, ⟦STATE|NY⟧ ⟦Z|14527⟧

Re: Request to amend your health record, received ⟦D|February 20, 2099⟧ (request # ⟦I|AMD-99-0071⟧) · MRN ⟦M|FLR-30447182⟧

Dear Ms. ⟦N|Quackenbush⟧:
You asked us to change two entries in your record.
1. The ED note of ⟦D|January 30, 2099⟧ lists your emergency contact as "⟦N|Harold Quackenbush⟧ (husband)". You told us you divorced in ⟦D|2096⟧ and that your contact is your friend ⟦N|Imelda Castor⟧, ⟦P|315-555-0182⟧. We have made this change (accepted).
2. The same note states that you "appeared intoxicated." The author, Dr. ⟦N|Phineas Albright⟧, reviewed your request and the blood alcohol result (negative, accession ⟦I|SS99-013007⟧) and has added an addendum dated ⟦D|3/9/2099⟧ correcting the statement (accepted in part: the original text remains, as the law requires, with the correction linked).
We have sent the corrected information to ⟦O|Ontario-Yates Imaging⟧ and to your primary care provider, ⟦N|Leona Bridgewater⟧, NP, at ⟦H|Keuka Valley Family Health⟧, as you asked, and to ⟦O|Excellus BCBS⟧ (member ⟦HP|EXL 881204470⟧).
If you disagree with any part of this decision, you may file a statement of disagreement with ⟦N|Dolores Whitbeck⟧, RHIA, Privacy Officer, or complain to the ⟦O|Office for Civil Rights⟧.
Sincerely,
⟦N|Marguerite Van Slyke⟧, RHIT, Release of Information Supervisor · ⟦E|roi@flrh-seneca.example⟧   ⟦N|MVS⟧/⟦N|dw⟧
`);

note("snakebite-consult", `
Toxicology Consult — Crotalid Envenomation
⟦H|Tejas Hill Regional Medical Center⟧ ICU, ⟦C|Kerrville Ford⟧, ⟦STATE|TX⟧ · ⟦D|3/14/2099⟧ 11:30 · requested by Dr. ⟦N|Yablonski⟧ (ED) via ⟦O|Texas Poison Center Network⟧ case ⟦I|TPCN-99-044718⟧
Patient: ⟦N|Boone, Everett "Ev"⟧ · 61 M · MRN ⟦M|THR-2207418⟧ · DOB ⟦D|02/02/2038⟧
HPI: bitten on the R index finger at 08:15 while moving cedar posts on his lease off ⟦S|Ranch Road 479⟧ near ⟦LO|Guadalupe Bluff⟧; the snake (western diamondback, photo reviewed with herpetologist Dr. ⟦N|Lena Oakhurst⟧ of the ⟦O|Cibolo Nature Center⟧) was killed by his neighbour ⟦N|Clyde Fritsche⟧, who drove him in.
Exam: swelling to mid-forearm at 3 h, progressing ~2 cm/h; ecchymosis; no fasciculations. Plt 88, fibrinogen 110, INR 1.4.
Treatment: CroFab 6 vials at 09:40, repeat 6 vials 11:00 for progression (lots ⟦DEV|CF99-1104⟧, ⟦DEV|CF99-1107⟧); Anavip not stocked. Tdap given.
Recommendations: elevate; mark edge q1h; repeat labs 1 h after each dose; maintenance 2 vials q6h x3; no fasciotomy; no antibiotics; no tourniquet or ice.
Social: retired ⟦PROF|game warden⟧; lives with wife ⟦N|Nadine Boone⟧ at ⟦S|HC 2 Box 88⟧, ⟦C|Hunt Crossing⟧ ⟦Z|78024⟧; their son ⟦N|Judd⟧ works at ⟦O|Schreiner-Pratt University⟧.
Follow-up: recurrence labs day 2–3 and day 5 at ⟦H|Peterson Regional⟧ lab or ⟦O|Kerr County Health Clinic⟧; wife's phone ⟦P|830-555-0129⟧.
⟦N|Yusra Halabi-Wendt⟧, MD, medical toxicology · pager ⟦P|830-555-0100⟧
`);
note("spina-bifida-clinic", `
Spina Bifida Multidisciplinary Clinic
⟦H|Shriners Children's - Big Island Outreach⟧ at ⟦H|Hilo Bayfront Medical Center⟧, ⟦C|Hilo Ridge⟧, ⟦STATE|HI⟧ · ⟦D|3/14/2099⟧
Patient: ⟦N|Kainoa Makoa-Delgado⟧ · 9 y · MRN ⟦M|HBMC-0771844⟧ · DOB ⟦D|06/30/2089⟧ · mother ⟦N|Pualani Makoa⟧, father ⟦N|Ruben Delgado⟧
Dx: L4 myelomeningocele (closed day 1, ⟦D|7/1/2089⟧, ⟦H|Kapiolani Medical Center for Women & Children⟧), Chiari II, VP shunt (Codman Hakim valve, revised ⟦D|2093⟧).
Neurosurgery (Dr. ⟦N|Leighton Fujimura⟧): shunt series and quick-brain MRI stable; no tethered cord symptoms.
Urology (⟦N|Kerensa Abrams⟧, NP): CIC q4h with mom at home and with Auntie ⟦N|Lei⟧ at school; oxybutynin; VCUG ⟦D|1/2099⟧ no reflux. Considering Mitrofanoff.
Orthopaedics (Dr. ⟦N|Babatunde⟧): KAFOs outgrown — new ones from ⟦O|Pacific Orthotics & Prosthetics⟧ (order ⟦I|POP-99-2207⟧). Crede maneuver not used. Hip subluxation stable.
PT/OT: walks with Lofstrand crutches indoors; wheelchair (⟦O|Ki Mobility⟧, SN ⟦DEV|KM-0447188⟧) outdoors.
School: 4th grade at ⟦O|Keaukaha Elementary⟧; IEP with aide; nurse ⟦N|Rowena Sato⟧ does CIC.
Latex precautions. Bowel: Peristeen program, continent.
Social: ⟦O|HMSA⟧ QUEST ⟦HP|HMQ-441827020⟧; travel for shunt emergencies to ⟦C|Honolulu⟧ via ⟦O|Hawaii Life Flight⟧; ⟦O|Hawaii Children with Special Health Needs Program⟧ coordinator ⟦N|Dale Nakamura-Hughes⟧ ⟦P|808-555-0139⟧.
Next clinic ⟦D|September 2099⟧. Summary by ⟦N|Momi Kealoha⟧, RN, coordinator
`);

note("eating-disorder-admit-lower", `
residential admission — eating disorder program — ⟦H|cedar hollow recovery center⟧, ⟦C|white birch falls⟧ ⟦STATE|vt⟧ — ⟦D|03/14/2099⟧
client: ⟦N|ellery voss-abernathy⟧ · 17 · record ⟦M|chr-20447⟧ · dob ⟦D|11/11/2081⟧ · legal guardian: mother ⟦N|joanna voss⟧ ⟦P|802-555-0174⟧, father ⟦N|keith abernathy⟧ (in ⟦C|burlington⟧)
referred from ⟦H|ucvm children's⟧ after medical admission ⟦D|2/27⟧–⟦D|3/12⟧ for bradycardia (hr 38) and refeeding. anorexia nervosa, restricting type; %mbmi 74.
home: ⟦S|55 lamoille ridge rd⟧, ⟦C|stowe hollow⟧ ⟦Z|05672⟧. school: junior at ⟦O|green mountain valley academy⟧ (ski racing) — medical leave; coach ⟦N|ingrid kessel⟧ informed by parents.
outpatient team: therapist ⟦N|noor haddad⟧, lcmhc; dietitian ⟦N|bea lindstrom⟧, rd; pcp dr. ⟦N|amos whitfield⟧ at ⟦H|copley family practice⟧.
vitals: wt 44.1 kg, ht 170 cm; hr 52 lying / 74 standing; bp 92/58; t 36.1. ekg qtc 431.
labs ⟦D|3/12⟧ (⟦O|umh lab⟧): phos 3.4, mg 2.0, k 3.9.
plan: meal plan 3000 kcal; supervised meals and bathroom; fbt-informed family sessions ⟦DAY|tuesdays⟧; olanzapine 2.5 mg hs; vitals bid with orthostatics.
insurance: ⟦O|blue cross vermont⟧ ⟦HP|vtb-447182099⟧, auth ⟦I|ua-99-0314-77⟧ for 14 days (reviewer ⟦N|c. marchetti⟧).
admitting psychiatrist ⟦N|solveig brandt-okoye⟧, md · intake rn ⟦N|tobias reinhold⟧ · ⟦N|sbo⟧
`);

note("pump-recall-letter", `
⟦O|Aurelian Medical⟧ — URGENT: Medical Device Correction
⟦S|3300 Technology Ct⟧, ⟦C|Eden Prairie Commons⟧, ⟦STATE|MN⟧ ⟦Z|55344⟧ · Customer care ⟦P|1-800-555-0166⟧ · ⟦U|www.aurelian-recall.example/ar9⟧

⟦D|March 14, 2099⟧

⟦N|Joaquin Estevez-Park⟧
⟦S|1820 Tamarack Ln, Unit 3⟧
⟦C|Dundas Mill⟧, ⟦STATE|MN⟧ ⟦Z|55019⟧

Reference: Field action ⟦I|FA-2099-004⟧ · Your pump: AuraFlow 7 insulin pump, serial ⟦DEV|AF7-0447182-K⟧ · Customer # ⟦I|CUST-7720418⟧

Dear ⟦N|Joaquin Estevez-Park⟧,
Our records show you use an AuraFlow 7 pump from the affected lot (lot ⟦DEV|99A-113⟧). In rare cases the pump's retainer ring may crack, so the reservoir may not lock and insulin may be under-delivered. No injuries have been reported with your serial number.
What to do now: check the retainer ring at every reservoir change; if it is cracked, stop using the pump, switch to injections per your backup plan, and call us. A replacement pump will ship at no cost to you; your prescriber, ⟦N|Halima Desrosiers⟧, MD, of ⟦H|Cannon Valley Endocrinology⟧, has been told.
Your supplier of record is ⟦O|Gopher State Medical Supply⟧ (account ⟦I|GSM-044718⟧); your plan is ⟦O|Medica⟧ (member ⟦HP|MED 80447182⟧).
Please return the enclosed acknowledgement form (form ⟦I|ACK-99-7718204⟧) in the prepaid envelope, or email ⟦E|fieldaction@aurelian-medical.example⟧.
This correction has been reported to the ⟦O|FDA⟧. Adverse events can also be reported to MedWatch.
Sincerely,
⟦N|Carolyn Ahlstrom-Pike⟧, Vice President, Quality and Regulatory · ⟦N|CAP⟧/⟦N|jt⟧
`);
write();
