// Why this file exists: builds test/fixtures/clinical-notes-10.jsonl, a tenth labelled set of clinical notes written
// by hand at the end of stop 23 to measure the merged tree blind: written before that stop's rules were merged, by
// someone who had not read the two rounds' branches, in note kinds fixtures 1-8 hold few of: hospitalist SOAP notes,
// night-shift nursing narratives in ALL CAPS, ED notes with EMS hand-offs, referral letters ("Dear Dr."), radiology and
// pathology headers with accession and case numbers, medication reconciliation, social work (housing, landlords,
// shelters), case management bed offers, prenatal and well-child visits (partners, daycares, schools), psychiatry
// collateral (employers, probation), methadone programmes, travel and contact histories, occupational health claims,
// telehealth location statements, chaplaincy, health-care proxy forms, transfer acceptances, critical-value call
// logs, code notes, home infusion and DME orders with serial numbers, insurance correspondence, research visits,
// immunisation records and portal messages in lower case; about a third in ALL CAPS.
// Labelling follows fixtures 5-8: weekdays and holidays are `ignored` (DAY), as are states, countries and professions;
// seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials and user names are PHI;
// numbers that name a study, a protocol or a workstation rather than a person are left unlabelled.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-8 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-10.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-10.jsonl", "make-clinical-fixture-10");

// ---------------------------------------------------------------------------------------------------------------
note("hospitalist-soap", `
Hospital Medicine Progress Note - ⟦D|11/14/2025⟧
⟦H|St. Brendan's Medical Center⟧, 6 Tower
Patient: ⟦N|Delacroix, Marguerite A.⟧   MRN: ⟦M|00481-2267⟧   DOB: ⟦D|02/09/1941⟧
S: Slept poorly. Daughter ⟦N|Yvette⟧ at bedside overnight, asks about going home to ⟦C|Chicopee⟧. Denies CP.
O: T 37.9, HR 96, BP 108/62, SpO2 93% 2L. Crackles R base.
A/P: 84F with HCAP, improving. Continue cefepime (d3). PT eval; likely SNF vs home with ⟦O|Riverbend VNA⟧.
Discussed with ID (Dr. ⟦N|Okonkwo-Baptiste⟧) and with PCP Dr. ⟦N|Harold Vancleave⟧ by phone ⟦P|(413) 555-0187⟧.
Code status: DNR/DNI per MOLST signed ⟦D|3/2/2024⟧.
⟦N|Priya Raghunathan⟧, MD, pager ⟦P|4471⟧
`);

note("nursing-night-caps", `
NURSING NARRATIVE ⟦D|11/15/25⟧ 0300
PT ⟦N|STANISLAW KOWALCZUK⟧ RESTLESS, PULLING AT PIV. REORIENTED X3. SITTER REQUESTED FROM NURSING SUPERVISOR ⟦N|BRENDA O'HALLORAN⟧.
WIFE ⟦N|HALINA⟧ CALLED AT 0215 FROM HOME IN ⟦C|WEST SPRINGFIELD⟧ (⟦P|413-555-0112⟧), UPDATED. SHE WILL BRING HEARING AIDS IN AM.
DR. ⟦N|FERREIRA⟧ (NIGHT FLOAT) NOTIFIED OF K 3.2, ORDERS RECEIVED FOR KCL 40 MEQ PO.
SON ⟦N|TOMASZ⟧ IS HCP; PHONE ON FACE SHEET.
⟦N|K. MBEKI⟧, RN
`);

note("ed-ems-caps", `
EMERGENCY DEPARTMENT PHYSICIAN NOTE
⟦H|MERCY WEST HOSPITAL⟧ ED   ARRIVAL ⟦D|10/31/2025⟧ 22:47 VIA ⟦O|TRI-COUNTY AMBULANCE⟧ MEDIC 12
PT: ⟦N|HOLLOWAY, DESHAWN T⟧   AGE 27   MRN ⟦M|MW4410982⟧
HPI: PER EMS (MEDIC ⟦N|J. RASMUSSEN⟧), FOUND DOWN OUTSIDE ⟦O|THE RUSTY ANCHOR⟧ BAR ON ⟦S|1180 CANAL ST⟧. NARCAN 4 MG IN, GCS 7 -> 14.
FRIEND ⟦N|MARCUS "MOOK" BELL⟧ AT SCENE STATES PT USED "PRESSED PILLS".
DISPO: OBS. SOCIAL WORK ⟦N|ANITA GREER⟧ LSW CONSULTED. NALOXONE KIT GIVEN. REFERRED TO ⟦O|BRIDGE CLINIC⟧ ⟦P|555-204-8817⟧.
ATTENDING: ⟦N|WALLACE CHEN⟧, MD   SCRIBE: ⟦N|E. VOSS⟧
`);

note("referral-letter", `
⟦H|Lakeshore Cardiology Associates⟧
⟦S|2200 Lakeshore Drive, Suite 410⟧, ⟦C|Muskegon⟧, MI ⟦Z|49441⟧   Tel ⟦P|231-555-0140⟧   Fax ⟦F|231-555-0149⟧

⟦D|November 3, 2025⟧

⟦N|Ingrid Solvang⟧, MD
⟦O|Harbor Family Practice⟧
⟦S|118 W. Western Ave⟧
⟦C|Muskegon⟧, MI ⟦Z|49440⟧

Re: ⟦N|Wendell Pruitt⟧, DOB ⟦D|7/22/1958⟧

Dear Dr. ⟦N|Solvang⟧,
Thank you for referring Mr. ⟦N|Pruitt⟧ for palpitations. Holter (⟦D|10/20-10/22⟧) showed paroxysmal AF, burden 6%. CHA2DS2-VASc 2. We started apixaban 5 mg bid. He prefers to have labs drawn at the ⟦O|Quest⟧ site in ⟦C|Norton Shores⟧.
I will see him again in January. Please call with questions.
Sincerely,
⟦N|Rafael Ibáñez-Quiroga⟧, MD, FACC
cc: ⟦N|Wendell Pruitt⟧
`);

note("discharge-summary", `
DISCHARGE SUMMARY
Admission: ⟦D|10/27/2025⟧   Discharge: ⟦D|11/02/2025⟧
Attending: ⟦N|Cordelia Fitzwater⟧, MD     PCP: ⟦N|Anand Subramaniam⟧, MD (⟦O|Westgate Primary Care⟧)
Diagnosis: Acute on chronic HFrEF.
Course: Diuresed 6 L with IV furosemide. Echo ⟦D|10/28⟧ EF 25%. Started sacubitril-valsartan. Seen by HF NP ⟦N|Lourdes Abalos⟧.
Disposition: Home with services (⟦O|Amedisys⟧ ⟦C|Dayton⟧ office). Daily weights; call HF clinic ⟦P|937-555-0124⟧ for gain > 3 lb.
Follow-up: HF clinic ⟦D|11/10⟧ with Dr. ⟦N|Fitzwater⟧; PCP within 7 days.
Dictated by: ⟦N|Nils Aaberg⟧, MD (resident) ⟦N|NA⟧/⟦N|cf⟧ D: ⟦D|11/02/25⟧ T: ⟦D|11/03/25⟧
`);

note("radiology-header", `
RADIOLOGY REPORT
Exam: CT ABDOMEN/PELVIS W CONTRAST    Accession: ⟦I|RAD-25-0918834⟧
Patient: ⟦N|NAKAMURA, KENJI⟧   MRN: ⟦M|3319057⟧   DOB: ⟦D|04/30/1966⟧
Ordering: ⟦N|Beatriz Salcedo⟧, PA-C    Location: ⟦H|Gateway Urgent Care⟧
Comparison: CT ⟦D|03/14/2023⟧ from ⟦H|Riverside Regional⟧.
Findings: 9 mm nonobstructing stone L lower pole. No hydronephrosis. Appendix normal.
Impression: Nephrolithiasis without obstruction.
Critical result: none. Read by ⟦N|Ogunleye, Folasade⟧ MD at ⟦D|09/18/2025⟧ 16:40. Workstation RDW-07.
`);

note("pathology-caps", `
SURGICAL PATHOLOGY REPORT   CASE: ⟦I|S25-041187⟧
PATIENT: ⟦N|MCALLISTER, FIONA JANE⟧   MRN ⟦M|88-202-114⟧   COLLECTED ⟦D|08/06/2025⟧   RECEIVED ⟦D|08/07/2025⟧
SUBMITTING PHYSICIAN: DR. ⟦N|ELEANOR PIKE⟧, ⟦H|NORTHSHORE SURGICAL ASSOCIATES⟧
SPECIMEN: RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY X3.
DIAGNOSIS: INVASIVE DUCTAL CARCINOMA, GRADE 2. ER POSITIVE (95%), PR POSITIVE (40%), HER2 1+.
GROSS DESCRIPTION BY ⟦N|TJK⟧. INTRADEPARTMENTAL CONSULTATION WITH DR. ⟦N|AMARA DIALLO⟧, WHO AGREES.
ELECTRONICALLY SIGNED: ⟦N|HENRIK LUNDQVIST⟧, M.D. ⟦D|08/09/2025⟧
`);

note("med-rec", `
Pharmacy Medication Reconciliation - Admission ⟦D|6/11/25⟧
Source: patient, wife ⟦N|Gloria⟧, and fill history from ⟦O|Walgreens⟧ #⟦I|07712⟧ (⟦S|Route 9⟧, ⟦C|Framingham⟧) ⟦P|508-555-0163⟧.
Also fills mail order through ⟦O|Express Scripts⟧ (member ID ⟦HP|ESX448120093⟧).
1. Metformin 1000 mg BID - last fill ⟦D|5/28⟧
2. Atorvastatin 40 mg daily
3. Insulin degludec 30 u daily - pt reports taking 20 u ("can't afford")
Discrepancy discussed with Dr. ⟦N|Mahoney⟧. Reconciled by ⟦N|Thuy Linh Pham⟧, PharmD.
`);

note("social-work-housing", `
Social Work Assessment ⟦D|1/6/2026⟧
Pt ⟦N|Rosalind "Roz" Whitaker⟧ referred by RN for housing insecurity. Currently staying at ⟦O|Harbor Light Shelter⟧ on ⟦S|Glendale Avenue⟧ since ⟦D|December⟧ after eviction from apartment at ⟦S|47 Orchard Terrace, Apt 2R⟧, ⟦C|New Britain⟧.
Landlord ⟦N|Vincent Amato⟧ retained belongings; legal aid (⟦O|Greater Hartford Legal Aid⟧, attorney ⟦N|Keisha Dunmore⟧) involved.
Sister ⟦N|Dolores Whitaker-Grant⟧ in ⟦C|Waterbury⟧ may take her temporarily: ⟦P|203-555-0131⟧.
Applied for housing voucher #⟦I|HCV-2025-33817⟧. Plan: f/u with Ms. ⟦N|Dunmore⟧ ⟦DAY|Monday⟧.
⟦N|Oksana Petrenko⟧, LCSW
`);

note("case-mgmt-bed-offers", `
CASE MANAGEMENT NOTE ⟦D|3/19/2025⟧
SNF referrals sent via ⟦O|Allscripts Careport⟧ on ⟦D|3/17⟧. Bed offers:
- ⟦H|Maplewood Center for Rehab⟧ (⟦C|Amherst⟧) - accepts, bed ⟦D|3/20⟧
- ⟦H|Linden Ridge Health Care⟧ - declined (no LTC Medicaid bed)
- ⟦H|The Arbors at Westfield⟧ - pending clinicals
Pt and son ⟦N|Gregory Tallis⟧ choose ⟦H|Maplewood⟧. Auth from ⟦O|Health New England⟧ ref # ⟦I|HNE-5530172⟧ approved 14 days.
Transport by ⟦O|Valley Wheelchair Van⟧ at 1300. Report called to ⟦N|Natalie⟧ RN at ⟦H|Maplewood⟧ ⟦P|413-555-0178 x204⟧.
⟦N|Bernadette Kowalski⟧, RN CM
`);

note("prenatal-visit", `
OB Return Visit ⟦D|07/02/2025⟧   GA 28w3d   EDD ⟦D|09/21/2025⟧
Pt ⟦N|Aaliyah Rennard⟧ G2P1 here with partner ⟦N|Jerome Batiste⟧. Doula ⟦N|Sunny Castellanos⟧ (⟦O|Birthright Doulas⟧) joined by phone.
GDM screen 1 hr 142 -> 3 hr GTT scheduled ⟦D|7/9⟧ at ⟦H|Pinecrest Women's Center⟧ lab.
Prior delivery ⟦D|2021⟧ at ⟦H|Good Samaritan⟧ in ⟦C|Lafayette⟧, uncomplicated SVD.
Tdap given today, lot U7741AA. Plans to breastfeed; WIC office ⟦C|West Lafayette⟧.
⟦N|Monique Ferrante⟧, CNM
`);

note("well-child-caps", `
WELL CHILD CHECK - 4 YEAR
⟦D|05/12/2025⟧   PATIENT: ⟦N|ODUYA, CHIDERA⟧   DOB ⟦D|05/02/2021⟧   MRN ⟦M|PED-0094412⟧
ACCOMPANIED BY MOTHER ⟦N|NGOZI ODUYA⟧ AND GRANDMOTHER MRS. ⟦N|EZE⟧.
ATTENDS ⟦O|LITTLE ACORNS DAYCARE⟧ ON ⟦S|ELM ST⟧; STARTS PRE-K AT ⟦O|HAWTHORNE ELEMENTARY⟧ IN FALL.
SIBLING ⟦N|OBINNA⟧ (7) HAS ASTHMA. DENTAL HOME: DR. ⟦N|PATEL⟧, ⟦O|SMILE KIDS DENTAL⟧.
VACCINES: DTAP-IPV, MMRV GIVEN. VIS PROVIDED.
⟦N|R. ABERNATHY⟧, MD
`);

note("psych-collateral", `
Psychiatry Consult - Collateral
⟦D|2/24/2026⟧. Spoke with pt's sister ⟦N|Colleen Brody⟧ (⟦P|774-555-0106⟧) with pt's permission.
She reports pt ⟦N|Sean Brody⟧ stopped lithium around ⟦DAY|Christmas⟧... [correction: around ⟦DAY|New Year's⟧], stopped sleeping, and was let go from ⟦O|Gorton's⟧ in ⟦C|Gloucester⟧ last week after an argument with his supervisor ⟦N|Dave⟧.
He has a court date ⟦D|3/3/26⟧ at ⟦O|Salem District Court⟧; probation officer Lt. ⟦N|Marisol Quaye⟧ (⟦P|978-555-0155⟧).
Prior admission at ⟦H|Arbour-HRI⟧ in ⟦D|2019⟧.
Plan: restart lithium; section 12 not needed at this time. - ⟦N|Yusuf Karimi⟧, MD
`);

note("methadone-caps", `
OTP DOSING NOTE   ⟦O|NORTH SHORE RECOVERY CENTER⟧   ⟦C|LYNN⟧
CLIENT: ⟦N|DORAN, PATRICK⟧   ID ⟦I|NSRC-21044⟧   DOB ⟦D|11/30/1979⟧
⟦D|06/17/2025⟧: METHADONE 95 MG OBSERVED. TAKE-HOMES X2 FOR ⟦D|JULY 4⟧ WEEKEND APPROVED BY MEDICAL DIRECTOR DR. ⟦N|ANSELM GRÜNWALD⟧.
UDS ⟦D|6/10⟧: +METHADONE, -FENTANYL. COUNSELOR ⟦N|TANYA REYES⟧ NOTES CLIENT STARTED JOB AT ⟦O|MARKET BASKET⟧ DELI.
DOSING NURSE: ⟦N|G. LEFEBVRE⟧, LPN
`);

note("id-travel-contacts", `
Infectious Disease Consult ⟦D|8/29/2025⟧
Reason: fever after travel. Pt ⟦N|Anneliese Vogt⟧, 34F, returned ⟦D|8/20⟧ from two weeks visiting family in ⟦C|Kisumu⟧, ⟦COUNTRY|Kenya⟧; flew via ⟦C|Amsterdam⟧ to ⟦C|Detroit⟧.
Did not take malaria prophylaxis. Stayed with cousin ⟦N|Achieng Odhiambo⟧. Travel companion ⟦N|Liesl⟧ (sister) well.
Thick/thin smear sent; BinaxNOW malaria positive. Called ⟦O|MDHHS⟧ communicable disease line ⟦P|517-555-0190⟧.
Contacts at home in ⟦C|Ann Arbor⟧: husband ⟦N|Theo⟧, daughter ⟦N|Mila⟧ (6).
- ⟦N|Chidi Nwachukwu⟧, MD, Infectious Diseases
`);

note("occ-health", `
Occupational Health Visit ⟦D|4/15/2025⟧
Employer: ⟦O|Pioneer Packaging Co.⟧, ⟦S|88 Industrial Pkwy⟧, ⟦C|Chicopee⟧   Supervisor: ⟦N|Rick Dombrowski⟧ ⟦P|413-555-0170⟧
Employee ⟦N|Luz Marina Cardona⟧, forklift operator, injured L wrist ⟦D|4/14/2025⟧ 2:10 pm when pallet shifted.
Workers' comp carrier ⟦O|AmTrust⟧ claim # ⟦I|WC-7781-20334⟧. X-ray: no fracture.
Restrictions: no lifting > 10 lb L hand x 2 weeks. RTW modified duty ⟦D|4/16⟧. Recheck ⟦D|4/29⟧.
Provider: ⟦N|Gwendolyn Achebe⟧, NP
`);

note("telehealth", `
Telehealth Video Visit - ⟦D|01/13/2026⟧
Consent obtained. Patient located at home, ⟦S|312 Birchwood Lane⟧, ⟦C|Brattleboro⟧, VT; provider at ⟦H|Connecticut Valley Internal Medicine⟧.
Platform: Doxy.me room ⟦U|https://doxy.me/drhalvorsen⟧. Connection from IP ⟦IP|73.119.204.18⟧ logged by ⟦UN|j.kimura⟧ (IT).
Pt ⟦N|Ezra Lindqvist⟧ reports improved mood on sertraline 100 mg. Partner ⟦N|Sam⟧ present.
Next: in-person ⟦D|2/10⟧. ⟦N|Marit Halvorsen⟧, MD
`);

note("chaplain", `
Spiritual Care Note ⟦D|12/24/2025⟧
Visited pt Mr. ⟦N|Okafor⟧ and wife ⟦N|Adaeze⟧ at request of RN. Pt is a deacon at ⟦O|St. Augustine's Anglican Church⟧ in ⟦C|Mattapan⟧; asked that his pastor, Rev. ⟦N|Emmanuel Boateng⟧, be called (⟦P|617-555-0194⟧). Left message.
Prayed together; pt tearful about missing ⟦DAY|Christmas⟧ service. Will follow.
Chaplain ⟦N|Miriam Feld⟧, BCC
`);

note("hcp-form-caps", `
HEALTH CARE PROXY - DOCUMENTATION
I, ⟦N|HAROLD J. PEABODY⟧, OF ⟦S|19 WHITTIER ROAD⟧, ⟦C|NEEDHAM⟧, MA ⟦Z|02492⟧, APPOINT ⟦N|CYNTHIA PEABODY-MARSH⟧ (DAUGHTER), ⟦P|781-555-0138⟧, AS MY HEALTH CARE AGENT.
ALTERNATE: ⟦N|DOUGLAS PEABODY⟧ (SON), ⟦C|PORTLAND⟧, ME, ⟦P|207-555-0117⟧.
SIGNED ⟦D|09/05/2025⟧. WITNESSES: ⟦N|ROSA IANNUCCI⟧, ⟦N|DEVON SPARKS⟧.
SCANNED INTO CHART BY ⟦N|LMB⟧ ⟦D|9/8/25⟧.
`);

note("transfer-accept", `
Transfer Acceptance Note - MICU
Accepted from ⟦H|Holyoke Medical Center⟧ ICU via ⟦O|LifeFlight⟧ (call from Dr. ⟦N|Sandeep Malhotra⟧, ⟦P|413-555-0125⟧) on ⟦D|2/2/2026⟧ at 0340.
Pt ⟦N|Corinne Lavallee⟧, 71F, septic shock from cholangitis; needs ERCP not available at OSH.
Family: husband ⟦N|Rene⟧ driving from ⟦C|South Hadley⟧. Bed 12 held. Transfer center ref ⟦I|TC-260202-118⟧.
Accepting: ⟦N|Imogen Carrasco⟧, MD (MICU attending)
`);

note("critical-call-log", `
LAB CRITICAL VALUE CALL LOG
⟦D|10/09/2025⟧ 0512 Potassium 6.8 mmol/L on ⟦N|TREVINO, ALMA⟧ (MRN ⟦M|5520917⟧), specimen ⟦I|C250982214⟧.
Called to ⟦N|Jasmine⟧ RN, 5 North, read-back verified. Called by ⟦UN|ptran⟧ (MLS).
⟦D|10/09/2025⟧ 0744 Troponin 2.41 on ⟦N|BOUCHARD, LÉO⟧ (MRN ⟦M|5527304⟧). Called to Dr. ⟦N|Hsu⟧, read-back verified. Called by ⟦UN|kdowning⟧.
`);

note("code-note-caps", `
CODE BLUE NOTE ⟦D|03/08/2026⟧
CALLED 1422 TO RM 814 FOR UNRESPONSIVE PT ⟦N|ABERNATHY, CLIVE⟧. INITIAL RHYTHM PEA. CPR STARTED BY RN ⟦N|DIONNE⟧.
CODE LEADER: DR. ⟦N|SIOBHAN KEANE⟧. ANESTHESIA (DR. ⟦N|PARK⟧) INTUBATED 7.5 ETT. ROSC AT 1436 AFTER 2 EPI.
WIFE ⟦N|MAUREEN⟧ NOTIFIED BY DR. ⟦N|KEANE⟧ AT 1450 (⟦P|508-555-0182⟧). TRANSFERRED TO CCU.
RECORDER: ⟦N|T. NGUYEN⟧, RN
`);

note("home-infusion-order", `
Home Infusion Referral ⟦D|5/5/2025⟧
Agency: ⟦O|Coram CVS Specialty Infusion⟧, ⟦C|Woburn⟧ branch, intake ⟦N|Felicia⟧ ⟦P|781-555-0133⟧ fax ⟦F|781-555-0134⟧
Patient ⟦N|Marcus Ellery⟧, ⟦S|5 Tanager Way⟧, ⟦C|Reading⟧ MA ⟦Z|01867⟧. Ertapenem 1 g IV q24h through ⟦D|5/19/2025⟧ via R PICC placed ⟦D|5/2⟧ (lot/serial ⟦DEV|PWR-5F-00318826⟧).
Pump: CADD-Solis SN ⟦DEV|SOL-6610294⟧. Weekly CBC/BMP to ID clinic fax ⟦F|617-555-0147⟧ attn Dr. ⟦N|Adeyemi⟧.
Ordering: ⟦N|Paloma Ruiz-Tagle⟧, NP
`);

note("dme-order", `
DME ORDER - ⟦D|8/12/25⟧
Vendor: ⟦O|Apria Healthcare⟧ ⟦P|800-555-0161⟧
Item: Hospital bed, semi-electric, with rails; bariatric commode.
Deliver to: ⟦N|Edna Fairweather⟧, ⟦S|2214 Old County Rd⟧, ⟦C|Smithfield⟧, RI ⟦Z|02917⟧. Contact granddaughter ⟦N|Kayla⟧ ⟦P|401-555-0109⟧.
Home O2 concentrator serial ⟦DEV|INV-1P-9023318⟧ (existing). Medicare MBI ⟦HP|5EG4-TE5-MK72⟧.
Signed: Dr. ⟦N|Obadiah Stern⟧, NPI ⟦I|1447283906⟧
`);

note("insurance-letter", `
⟦O|Tufts Health Plan⟧ - Utilization Management
⟦D|July 28, 2025⟧
Member: ⟦N|Janine Okoro⟧   Member ID: ⟦HP|TH00912274501⟧   Group: ⟦I|GRP-0044187⟧
Request: MRI lumbar spine, requested by Dr. ⟦N|Victor Haldane⟧, ⟦O|Metrowest Spine & Pain⟧.
Determination: Approved ⟦D|7/28/2025⟧ through ⟦D|10/26/2025⟧. Reference ⟦I|UM-25-7781042⟧.
Questions: ⟦P|1-888-555-0143⟧, TTY 711. Reviewer: ⟦N|Lorraine Fitzhugh⟧, RN.
`);

note("research-visit", `
Research Visit - Study HF-ADAPT-0217 (IRB 2024P001183)
Subject ⟦I|017-044⟧ (⟦N|Calloway, Bernard⟧), Visit 3, ⟦D|10/21/2025⟧.
Vitals per protocol. 6MWT 312 m. KCCQ completed. Study drug kit ⟦I|K-3391⟧ dispensed, return ⟦D|11/18/2025⟧.
AE: none. Coordinator ⟦N|Hyun-Joo Bae⟧ (⟦E|hbae@research.stbrendans.org⟧). PI: Dr. ⟦N|Tobias Wren⟧.
`);

note("immunization-record-caps", `
IMMUNIZATION RECORD   ⟦O|TOWN OF ARLINGTON BOARD OF HEALTH⟧ CLINIC
NAME: ⟦N|FINNEGAN, ROSEMARY⟧   DOB ⟦D|01/17/1933⟧ (AGE ⟦A|92⟧)
⟦D|10/02/2025⟧ INFLUENZA HIGH DOSE, LOT 3KX81, L DELTOID, VNA NURSE ⟦N|P. DUARTE⟧
⟦D|10/02/2025⟧ COVID-19 2025-26, LOT EW0192, R DELTOID
PRIOR: SHINGRIX ⟦D|3/2019⟧ AND ⟦D|6/2019⟧ AT ⟦O|CVS⟧ ⟦S|MASS AVE⟧.
ENTERED IN MIIS BY ⟦UN|DMCCARTHY⟧.
`);

note("portal-lower-1", `
hi dr ⟦N|quinlan⟧, this is ⟦N|beth⟧ (⟦N|elizabeth mora⟧'s daughter). mom's bp was 168/92 this morning at ⟦O|cvs⟧ in ⟦C|peabody⟧. she ran out of amlodipine on the ⟦D|10th⟧. can you send a refill to the ⟦O|stop & shop⟧ pharmacy on ⟦S|lowell st⟧? my cell is ⟦P|978 555 0191⟧. thanks
`);

note("portal-lower-2", `
re: appt ⟦DAY|thursday⟧ ⟦D|11/20⟧
sorry i cant make it, my shift at ⟦O|amazon⟧ got moved. can ⟦N|jen⟧ at the front desk reschedule me for the week after? also my address changed to ⟦S|14 hemlock st apt 3⟧ ⟦C|fitchburg⟧ ⟦Z|01420⟧. - ⟦N|tyler brooks⟧
`);

note("portal-reply-clinician", `
Message from Dr. ⟦N|Quinlan⟧ to ⟦N|Elizabeth Mora⟧ (proxy: ⟦N|Beth Mora-Singh⟧), ⟦D|11/12/2025⟧:
Hi ⟦N|Beth⟧ - I sent amlodipine 10 mg to the ⟦O|Stop & Shop⟧ on ⟦S|Lowell St⟧. Please have your mother check her BP daily and bring the log to her visit with ⟦N|Shauna⟧ (our RN) on ⟦D|11/19⟧. If over 180/110, call us at ⟦P|978-555-0100⟧ or go to ⟦H|Lahey Peabody⟧ urgent care.
- Dr. ⟦N|Aidan Quinlan⟧
`);

note("ortho-op-note", `
OPERATIVE NOTE
Date: ⟦D|6/3/2025⟧   Surgeon: ⟦N|Lars Eriksen-Moll⟧, MD   Assistant: ⟦N|Tessa Beaumont⟧, PA-C
Anesthesia: general, ⟦N|Dr. Ramesh Iyer⟧ / CRNA ⟦N|Holly Bixby⟧
Procedure: R total knee arthroplasty. Implants: ⟦O|Zimmer⟧ Persona femur size 7 (lot ⟦DEV|64439210⟧), tibia size E (lot ⟦DEV|64401177⟧).
EBL 150 mL. Tourniquet 62 min. Rep ⟦N|Chad Whitlock⟧ (⟦O|Zimmer Biomet⟧) present.
Dispo: PACU, then 4 West. Pt's wife ⟦N|Ingeborg⟧ updated in waiting area.
`);

note("dialysis-caps", `
HEMODIALYSIS RUN SHEET   ⟦O|DAVITA⟧ ⟦H|BAYSIDE DIALYSIS⟧   CHAIR 14
PT: ⟦N|LOPES, AUGUSTO⟧   ⟦D|01/22/2026⟧   MWF 2ND SHIFT
EDW 78.5 KG. PRE WT 81.2. UF GOAL 2.9 L. ACCESS: L AVF, GOOD THRILL.
MACHINE ⟦DEV|FMC-2008T-55120⟧. DIALYZER OPTIFLUX 180.
NEPHROLOGIST DR. ⟦N|OYELARAN⟧ ROUNDED. SON ⟦N|PAULO⟧ WILL TRANSPORT ⟦DAY|FRIDAY⟧ (⟦P|774-555-0115⟧).
RN: ⟦N|M. SZABO⟧   PCT: ⟦N|JOSIAH⟧
`);

note("genetics-pedigree", `
Genetic Counseling Note ⟦D|3/30/2026⟧
Proband ⟦N|Talia Greenbaum⟧, 38, referred by Dr. ⟦N|Noor Haddad⟧ for family history of breast cancer.
Mother ⟦N|Ruth⟧ (dx breast ca at 44, deceased ⟦D|2015⟧); maternal aunt ⟦N|Esther Katz⟧ (ovarian ca, living in ⟦C|Teaneck⟧); maternal grandfather ⟦N|Irving⟧ (prostate ca).
Ashkenazi Jewish ancestry on both sides. Panel sent to ⟦O|Invitae⟧, requisition ⟦I|RQ-8812047⟧.
Results expected mid-⟦D|April⟧. ⟦N|Hannah Oduya⟧, MS, CGC
`);

// ---------------------------------------------------------------------------------------------------------------
write();
