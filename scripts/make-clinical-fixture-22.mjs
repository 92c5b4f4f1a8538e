// Why this file exists: builds test/fixtures/clinical-notes-22.jsonl, a twenty-second labelled set of clinical notes
// written by hand in stop 34 to measure the tree blind: written without reading the name detector (assembly/, src/),
// docs/names-rounds.md or the test tables (fixture 21's generator and test file and the last section of
// docs/clinical-fixtures.md were read for the form and the labels), with the PHI density of the i2b2
// de-identification notes, in report types and settings fixtures 1-21 hold least: a community-hospital discharge
// summary, an operative note, labour and delivery, a NICU admission, psychiatric inpatient admission (an involuntary
// petition), inpatient rehabilitation (IRF), a skilled-nursing admission, wound care, a dialysis access note, a
// bariatric programme visit, ophthalmology (retina), ENT, urology, rheumatology, a nephrology consult, a cardiology
// clinic letter, a referral letter, a prior-authorisation letter, a court-ordered civil-commitment evaluation, travel
// medicine, student health, a correctional telehealth visit, an IHS diabetes clinic, a Spanish-language clinic note
// with an interpreter, Mohs dermatology, a critical-access hospital's ED transfer, a disability medical source
// statement, a colonoscopy report, a pre-anaesthesia evaluation, vascular surgery, orthopaedics (workers'
// compensation), interventional radiology, haematology, a telephone encounter through an interpreter, pain management,
// a swallow study, a lactation consult, a black-lung pulmonary clinic, a sports concussion clinic and hand surgery; 16
// notes in ALL CAPS and 3 in lower case. Regions: the Wiregrass and the Alabama Gulf, south Georgia, the Rio Grande
// Valley and the Imperial Valley, southern West Virginia and eastern Kentucky, the Mahoning Valley, Saginaw and
// northern Michigan, south Jersey and Delaware, the Navajo Nation and the Pinal desert, the Yukon-Kuskokwim Delta,
// Montana's Crow country, the Sandhills of North Carolina, Shreveport, the Ozarks, the Colorado plains, Elko, Idaho's
// Magic Valley, the Mississippi Delta, western Kansas, Oahu, the Sioux Falls area and Southside Virginia.
// PHI forms sought: facilities of every shape (system + campus, "St. X", initialisms, one-word brands, a centre inside
// a hospital), organisations as employers, vendors, labs, carriers, agencies, tribes, chapters, churches, schools,
// courts, police and programmes; names as "LAST, FIRST M", nicknames in quotes, hyphenated, compound Native surnames
// ("Two Feathers", "Rides Horse", "Not Afraid"), Spanish double surnames, initials; ages over 89 as "94-YEAR-OLD",
// "AGE 92", "Age 95", "a 90-year-old", "NINETY-ONE"; dates as "14-MAR-2097", "03.19.2097", "3.9.2097", "20 March
// 2097", "3 de marzo de 2097", "March 2nd 2097", "January 28th, 2097"; IDs as booking, petition, claim, PNR, N-number,
// census, prior-auth, CSMP, order and specimen numbers, serials and lots.
// Labelling follows fixtures 11-21: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons, clock times and relative dates are left unlabelled; ages under 90 are no PHI; clinicians' and
// transcriptionists' initials are PHI; titles, ranks, degrees and cue words stay outside the name; "the" stays outside
// a facility; room, bed, chair and unit codes and departments are left unlabelled; nursing homes, assisted living,
// clinics with a place name and VA clinics are HOSPITAL; companies, insurers, schools, churches, pharmacies,
// agencies, jails, police, courts, tribes and units are ORGANIZATION; counties and landmarks are LOCATION-OTHER; MRNs
// are MRN; member, Medicaid and Medicare numbers HEALTHPLAN; accession, case, claim, NPI, licence and requisition
// numbers ID; serials and lots DEVICE; extensions PHONE; Medicare and Medicaid as programmes unlabelled.
// Every person, street, facility and number is invented here (real towns, and a few national firms, agencies and
// tribes named as such); nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-21 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-22.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-22.jsonl", "make-clinical-fixture-22");
note("discharge-community-caps", `
⟦H|CHOCTAWHATCHEE VALLEY HOSPITAL⟧                    DISCHARGE SUMMARY
⟦S|1400 W COLLEGE ST⟧, ⟦C|ENTERPRISE⟧, ⟦STATE|AL⟧ ⟦Z|36330⟧     PH ⟦P|334-555-0148⟧     FAX ⟦F|334-555-0149⟧
PATIENT: ⟦N|MCCRARY, ODELL WAYNE⟧     MR#: ⟦M|CV0084417⟧     ACCT#: ⟦I|4410098213⟧     ROOM 214-B
ADMITTED: ⟦D|02/27/2097⟧     DISCHARGED: ⟦D|03/04/2097⟧     ATTENDING: ⟦N|HOLLINGSWORTH, BEAUREGARD T⟧, MD
PCP: DR. ⟦N|ADEBAYO FOLARIN⟧, ⟦H|COFFEE COUNTY FAMILY MEDICINE⟧, ⟦C|ELBA⟧
ADMITTING DIAGNOSIS: ACUTE ON CHRONIC SYSTOLIC HEART FAILURE.
HOSPITAL COURSE: ⟦A|94⟧-YEAR-OLD RETIRED ⟦PROF|PEANUT FARMER⟧ FROM ⟦C|KINSTON⟧ BROUGHT IN BY GRANDSON ⟦N|TREVON⟧ WITH 3 DAYS OF ORTHOPNEA. BNP 2140. DIURESED WITH IV FUROSEMIDE 40 BID, NET NEGATIVE 6.2 L. ECHO ⟦D|2/28⟧: EF 25%, MODERATE MR. CARDIOLOGY (DR. ⟦N|VASQUEZ-TILLMAN⟧, ⟦O|SOUTHEAST ALABAMA CARDIOVASCULAR ASSOCIATES⟧) SAW IN CONSULT; NOT A CANDIDATE FOR TEER GIVEN FRAILTY. K 3.1 REPLETED. CR PEAKED 1.9 ON ⟦D|3/2⟧, 1.6 AT DISCHARGE.
PRIOR ADMISSION ⟦D|NOV 2096⟧ AT ⟦H|FLOWERS HOSPITAL⟧ IN ⟦C|DOTHAN⟧ FOR THE SAME.
DISPOSITION: HOME WITH ⟦O|WIREGRASS HOME HEALTH⟧ (SN/PT), WEIGHTS DAILY. PALLIATIVE CARE REFERRAL TO ⟦O|COMMUNITY HOSPICE OF SOUTHEAST ALABAMA⟧ DISCUSSED WITH DAUGHTER ⟦N|LORETTA MCCRARY-BOYKIN⟧ (POA), CELL ⟦P|334-555-0173⟧.
MEDS TO ⟦O|ENTERPRISE DRUG CO⟧, ⟦S|210 E LEE ST⟧.
FOLLOW-UP: DR. ⟦N|FOLARIN⟧ ⟦D|03/09/2097⟧ 10:15; HF CLINIC ⟦D|3/16/97⟧.
D: ⟦D|03/04/2097⟧ 16:02  T: ⟦D|03/05/2097⟧ 07:44  ⟦N|BTH⟧/⟦N|KRW⟧  JOB# ⟦I|88120477⟧
`);

note("operative-caps", `
OPERATIVE REPORT - ⟦H|MOUNT NITTANY MEDICAL CENTER⟧
PATIENT NAME: ⟦N|STOLTZFUS, MIRIAM K.⟧          MRN: ⟦M|00918273⟧          DOS: ⟦D|14-MAR-2097⟧
SURGEON: ⟦N|RADHAKRISHNAN, VIJAY⟧, MD     ASSISTANT: ⟦N|DOUGHERTY, COLLEEN⟧, PA-C     ANESTHESIA: ⟦N|OYELARAN⟧, MD / ⟦N|FETTERMAN⟧, CRNA
PREOPERATIVE DIAGNOSIS: SYMPTOMATIC CHOLELITHIASIS WITH BILIARY COLIC.
PROCEDURE: LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM.
FINDINGS: DISTENDED GALLBLADDER, CRITICAL VIEW OF SAFETY OBTAINED. CHOLANGIOGRAM NORMAL, FREE FLOW INTO DUODENUM.
DESCRIPTION: PATIENT IDENTIFIED, CONSENT CONFIRMED (PT IS OLD ORDER AMISH; CONSENT ALSO SIGNED BY HUSBAND ⟦N|AMOS STOLTZFUS⟧ PER HER WISH). HASSON TROCAR AT UMBILICUS. CYSTIC DUCT AND ARTERY CLIPPED AND DIVIDED. SPECIMEN IN ENDOCATCH BAG. FASCIA CLOSED WITH 0 VICRYL.
ESTIMATED BLOOD LOSS: 15 ML. SPECIMEN TO PATHOLOGY. NO IMPLANTS EXCEPT CLIPS (LOT ⟦DEV|LC4471092⟧).
SELF-PAY; PAYMENT PLAN ARRANGED WITH ⟦O|PLAIN COMMUNITY HEALTH FUND⟧. FAMILY RETURNS TO ⟦C|BELLEVILLE⟧ (⟦LO|BIG VALLEY⟧) BY HIRED DRIVER.
DICTATED BY: ⟦N|V. RADHAKRISHNAN⟧, MD   ⟦D|03/14/2097⟧   CONF# ⟦I|7730214⟧
`);

note("labor-delivery-caps", `
⟦H|SOUTH GEORGIA MEDICAL CENTER⟧ - LABOR & DELIVERY NOTE          ⟦D|APRIL 2, 2097⟧ 03:48
PT: ⟦N|JEFFERSON, SHAKIRA D⟧     DOB ⟦D|09/11/2073⟧     MRN ⟦M|SG7720149⟧     G3P2002 @ 39W2D
PRENATAL CARE: ⟦H|LOWNDES COUNTY HEALTH DEPARTMENT⟧ (DR. ⟦N|PHAM⟧), TRANSFERRED FROM ⟦H|ARCHBOLD BROOKS⟧ AT 34 WKS.
EDD ⟦D|04/07/2097⟧ BY 8 WK US. GBS NEG ⟦D|3/10⟧. RH POS. HIV/RPR NR.
SVD AT 02:57 OF LIVE FEMALE, APGARS 8/9, WT 3410 G. 2ND DEGREE LACERATION REPAIRED WITH 3-0 VICRYL RAPIDE. EBL 350 ML.
DELIVERED BY ⟦N|NWOSU, ADAEZE⟧, CNM; ATTENDING ON CALL DR. ⟦N|BLACKSHEAR⟧. NURSES ⟦N|T. HOLLOWAY⟧, RN AND ⟦N|REGGIE DUPREE⟧, RN.
FOB ⟦N|MARCUS JEFFERSON⟧ PRESENT, ⟦PROF|TRUCK DRIVER⟧ FOR ⟦O|SOUTHEASTERN FREIGHT LINES⟧, PH ⟦P|229-555-0126⟧.
BABY: ⟦N|BABY GIRL JEFFERSON⟧, MRN ⟦M|SG7720388⟧, BAND # ⟦I|LD-40418⟧. PEDIATRICIAN: ⟦O|VALDOSTA PEDIATRIC ASSOCIATES⟧.
PLAN: BREASTFEEDING, WIC REFERRAL (⟦O|LOWNDES WIC⟧), POSTPARTUM VISIT ⟦D|5/14/97⟧.
`);

note("nicu-admission", `
⟦H|Driscoll Children's Hospital⟧ — Neonatal Intensive Care Unit — Admission Note
Infant: ⟦N|Garza-Villarreal, Baby Boy⟧ (twin A)     MRN ⟦M|DCH-3309417⟧     DOB ⟦D|03/21/2097⟧ 22:14     Admit ⟦D|3/21/2097⟧ 23:05
Transferred from: ⟦H|Valley Baptist Medical Center⟧ – ⟦C|Harlingen⟧, via ⟦O|Air Evac Lifeteam⟧ (transport record ⟦I|AEL-97-20117⟧)
Mother: ⟦N|Yesenia Garza-Villarreal⟧, 24 y.o., G1P0→2, ⟦PROF|teacher's aide⟧ at ⟦O|Harlingen CISD⟧; father ⟦N|Rolando Villarreal⟧. Spanish preferred (interpreter ⟦N|Graciela Benavides⟧, ID ⟦I|INT-5520⟧).
Maternal hx: di-di twins, preterm labor at 30 4/7 weeks, betamethasone x2 (last ⟦D|3/20⟧ 18:00), magnesium for neuroprotection, GBS unknown, ROM at delivery.
Birth weight 1,390 g; Apgars 5 and 7. Intubated for apnea, surfactant (Curosurf) x1 at 40 min, now on SiMV.
Twin B (⟦N|Baby Girl Garza-Villarreal⟧, MRN ⟦M|DCH-3309418⟧) admitted to bed 14.
Plan: UVC/UAC placed, ampicillin/gentamicin, TPN, head US day 7, ROP screen per protocol. Social work: family lives in ⟦C|San Benito⟧, ⟦S|812 Las Palmas Dr⟧; Medicaid pending via ⟦O|Texas HHSC⟧; ⟦O|Ronald McDonald House of the Rio Grande Valley⟧ for lodging.
Neonatologist: ⟦N|Imelda Quintanilla⟧, MD   NNP: ⟦N|Cassidy O'Rourke⟧, NNP-BC   Pager ⟦P|361-555-0192⟧
`);

note("psych-inpatient-caps", `
⟦H|HIGHLAND HOSPITAL⟧ BEHAVIORAL HEALTH - ⟦C|CHARLESTON⟧, ⟦STATE|WV⟧ - PSYCHIATRIC ADMISSION H&P
NAME: ⟦N|CALLOWAY, DUSTIN RAY⟧   MRN: ⟦M|HH-221904⟧   DOB: ⟦D|7/4/2069⟧   ADMIT: ⟦D|03/08/97⟧   LEGAL: INVOLUNTARY (MENTAL HYGIENE PETITION, ⟦LO|KANAWHA COUNTY⟧ CASE ⟦I|97-MH-0214⟧)
SOURCE: BROUGHT BY ⟦O|KANAWHA COUNTY SHERIFF⟧ FROM ⟦H|THOMAS MEMORIAL⟧ ED AFTER MENTAL HYGIENE COMMISSIONER ⟦N|JUDITH PAULEY⟧ FOUND PROBABLE CAUSE.
HPI: 27 YO M, FORMER ⟦PROF|COAL MINER⟧ (LAID OFF FROM ⟦O|ALPHA METALLURGICAL⟧ ⟦D|2095⟧), WITH 2 WEEKS OF PARANOIA, NO SLEEP, BELIEVES NEIGHBORS ON ⟦S|CAMPBELLS CREEK RD⟧ ARE POISONING HIS WELL. METH USE DAILY. PRIOR ADMISSION ⟦H|CHESTNUT RIDGE⟧ ⟦D|2094⟧.
COLLATERAL: MOTHER ⟦N|BRENDA CALLOWAY⟧ ⟦P|(304) 555-0162⟧; PROBATION OFFICER ⟦N|MIKE STRAUB⟧, ⟦O|WV DIVISION OF CORRECTIONS⟧.
MSE: DISHEVELED, GUARDED, PRESSURED, PARANOID DELUSIONS, NO HALLUCINATIONS REPORTED, DENIES SI/HI, INSIGHT POOR.
DX: SUBSTANCE-INDUCED PSYCHOTIC DISORDER VS SCHIZOPHRENIFORM; R/O BIPOLAR I WITH PSYCHOSIS.
PLAN: OLANZAPINE 10 QHS, UDS, TSH, Q15 CHECKS. HEARING SET ⟦D|03/12/97⟧ BEFORE ⟦O|KANAWHA COUNTY CIRCUIT COURT⟧. INSURANCE ⟦O|AETNA BETTER HEALTH OF WEST VIRGINIA⟧ ID ⟦HP|WV88120474⟧.
⟦N|PRAKASH MENON⟧, MD / ⟦N|SHELBY KIRK⟧, PMHNP
`);

note("irf-rehab", `
⟦H|Encompass Health Rehabilitation Hospital of Ocala⟧ · Inpatient Rehabilitation Facility · Admission Assessment
Patient: ⟦N|Rosalind "Roz" Akintola-Baines⟧   Age 78   MRN ⟦M|EHR-0517729⟧   Admit ⟦D|Mar 10 2097⟧   Payer: Medicare A; supplemental ⟦O|AARP⟧ plan ⟦HP|AARP-38814407⟧
Referring acute hospital: ⟦H|AdventHealth Ocala⟧ (admitted ⟦D|3/1⟧ with L MCA stroke, tPA given, thrombectomy at ⟦H|UF Health Shands⟧ in ⟦C|Gainesville⟧).
Impairment group 01.2 (right body involvement: right hemiparesis, expressive aphasia). CMG admission motor score 31.
PMH: AF on apixaban, DM2, OA. Lives alone at ⟦S|4407 SE 31st Ct⟧, ⟦C|Ocala⟧ ⟦Z|34480⟧ (one level, 2 steps); son ⟦N|Olumide Baines⟧ in ⟦C|Jacksonville⟧ ⟦P|904-555-0110⟧, neighbor ⟦N|Peggy Ann Whitlow⟧ checks daily.
Retired ⟦PROF|school librarian⟧ (⟦O|Marion County Public Schools⟧). Attends ⟦O|Mount Moriah Missionary Baptist Church⟧.
Team: physiatrist ⟦N|Tobias Engelhardt⟧, DO; PT ⟦N|Kenji Watanabe⟧, DPT; OT ⟦N|Aurelie Fontaine⟧, OTR/L; SLP ⟦N|Dana Whitehorse⟧, CCC-SLP.
Goals: supervision for transfers, min assist gait 150 ft with hemi-walker, ADLs with setup. ELOS 14 days, target discharge ⟦D|3/24/2097⟧.
DME vendor: ⟦O|Lincare⟧ ⟦C|Ocala⟧ (wheelchair order ⟦I|LC-WO-558190⟧). Team conference ⟦DAY|Wednesdays⟧.
`);

note("snf-admission-caps", `
⟦H|GOLDEN ACRES HEALTH & REHAB⟧ - SKILLED NURSING ADMISSION NOTE - ⟦D|03/19/2097⟧
RESIDENT: ⟦N|OKAFOR, EZINNE⟧   ROOM 22-A   DOB: ⟦D|12/02/2004⟧ (AGE ⟦A|92⟧)   MEDICARE MBI: ⟦HP|4TK8-QN2-WD71⟧
FROM: ⟦H|ST. ELIZABETH BOARDMAN⟧ (ACUTE STAY ⟦D|3/12⟧-⟦D|3/19⟧: R FEMORAL NECK FX S/P HEMIARTHROPLASTY ⟦D|3/13⟧ BY DR. ⟦N|KASPRZAK⟧).
ATTENDING: DR. ⟦N|GIOVANNI ABATE⟧ (⟦O|MAHONING VALLEY GERIATRICS⟧). POA: NIECE ⟦N|CHIAMAKA OBI⟧, ⟦S|318 GLENWOOD AVE⟧, ⟦C|YOUNGSTOWN⟧ ⟦Z|44502⟧, ⟦P|330-555-0177⟧.
CODE STATUS: DNR-CC PER OHIO DNR FORM. ADVANCE DIRECTIVE ON FILE.
SKIN: STAGE 2 SACRUM 1.5 X 1 CM. BRADEN 13. FALL RISK HIGH (MORSE 65).
COGNITION: BIMS 9. SPEAKS IGBO AND ENGLISH; HER CHURCH (⟦O|ST. BRENDAN IGBO CATHOLIC COMMUNITY⟧) VISITS ⟦DAY|SUNDAYS⟧.
PHARMACY: ⟦O|OMNICARE OF YOUNGSTOWN⟧. LAB: ⟦O|BIOREFERENCE⟧ MOBILE DRAW ⟦DAY|TUES⟧/⟦DAY|FRI⟧. PT/OT 5X/WK VIA ⟦O|AEGIS THERAPIES⟧.
INSURANCE SECONDARY: ⟦O|BUCKEYE HEALTH PLAN⟧ #⟦HP|BHP0091237714⟧.
ADMITTING NURSE: ⟦N|TAMMY SZABO⟧, RN     MDS COORDINATOR: ⟦N|J. KOWALCZYK⟧, RN
`);

note("wound-care-lower", `
wound care clinic visit — ⟦H|st. mary's wound & hyperbaric center⟧, ⟦C|huntington⟧
pt: ⟦N|hatfield, virgil⟧  dob ⟦D|6/30/2041⟧  mrn ⟦M|smmc4471209⟧  visit ⟦D|3/22/97⟧
referred by dr ⟦N|adkins⟧ (⟦H|lincoln primary care center⟧, ⟦C|hamlin⟧) for nonhealing r plantar ulcer x 4 months.
retired ⟦PROF|railroad brakeman⟧ (⟦O|csx⟧). lives with wife ⟦N|opal⟧ on ⟦S|route 3 box 114⟧, ⟦C|branchland⟧.
wound: r 1st met head, 2.1 x 1.8 x 0.6 cm, probes to bone? no. granular base 70%, slough 30%. tbi 0.52. monofilament absent.
debridement: sharp excisional to subcutaneous tissue, 3.8 sq cm, curette. tolerated well.
dressing: collagen + foam, offloading with total contact cast applied (cast lot ⟦DEV|tcc88204a⟧). recheck 1 wk.
supplies through ⟦O|byram healthcare⟧, order ⟦I|bh-2217740⟧; insurance ⟦O|highmark wholecare⟧ member ⟦HP|hwc551820094⟧.
a1c 8.9 per ⟦O|labcorp⟧ ⟦D|3/1⟧. asked dr ⟦N|adkins⟧ to adjust insulin.
signed: ⟦N|meredith yoakum⟧, np-c, cwcn  ⟦D|03/22/2097⟧
`);

note("dialysis-access-caps", `
⟦O|DAVITA⟧ ⟦H|SAGINAW EAST DIALYSIS⟧ - VASCULAR ACCESS NOTE          ⟦D|3/6/2097⟧
PT: ⟦N|WASHINGTON-PRICE, DELPHINE⟧     CHAIR 9, MWF 2ND SHIFT     FACILITY ID ⟦I|232741⟧     PT ID ⟦M|DV0044817⟧
NEPHROLOGIST: DR. ⟦N|IQBAL⟧ (⟦O|GREAT LAKES KIDNEY CONSULTANTS⟧)     SURGEON: DR. ⟦N|LEUNG-MCCARTHY⟧, ⟦H|COVENANT HEALTHCARE⟧
ACCESS: L BRACHIOCEPHALIC AVF CREATED ⟦D|08/14/2096⟧, FIRST CANNULATED ⟦D|11/02/96⟧. TDC R IJ REMOVED ⟦D|12/01/2096⟧.
TODAY: PROLONGED BLEEDING POST-NEEDLE 25 MIN X 3 TX, VENOUS PRESSURE 220-260, FLOW 300. THRILL PRESENT, PULSATILE SEGMENT MID-ARM.
PLAN: REFERRED FOR FISTULOGRAM AT ⟦H|MICHIGAN VASCULAR ACCESS⟧ (⟦C|SAGINAW⟧) ⟦D|3/10/97⟧ 08:30, AUTH ⟦I|PA-4419082⟧ FROM ⟦O|MERIDIAN⟧.
TRANSPORT: ⟦O|SAGINAW TRANSIT⟧ PARATRANSIT, PICKUP FROM ⟦S|1712 N 6TH AVE⟧.
NOTIFIED DAUGHTER ⟦N|KEISHA PRICE⟧ ⟦P|989-555-0185⟧ AND CHARGE NURSE ⟦N|HUFFMAN⟧.
⟦N|R. VALDEZ⟧, RN, CNN     VAC SERIAL ⟦DEV|FX8-0047712⟧ (MACHINE 9)
`);

note("bariatric-clinic", `
⟦H|Bariatric Center of Excellence at Cone Health⟧ — Preoperative Multidisciplinary Visit (⟦D|January 28th, 2097⟧)
Patient: ⟦N|Tiffany-Lynn Oxendine⟧ (prefers "Tiff")   DOB ⟦D|02.19.2062⟧   MRN ⟦M|CH88241573⟧   BMI 52.4
Referred by ⟦N|Harold Jacobs⟧, FNP at ⟦H|Robeson Health Care Corporation⟧ – ⟦C|Pembroke⟧.
She is a member of the ⟦O|Lumbee Tribe of North Carolina⟧ and works as a ⟦PROF|pharmacy technician⟧ at ⟦O|CVS⟧ on ⟦S|Roberts Ave⟧ in ⟦C|Lumberton⟧.
Insurance: ⟦O|Blue Cross NC⟧ (⟦O|BCBSNC⟧) PPO, ID ⟦HP|YPJ882047715⟧, group ⟦I|0081557⟧; requires 6-month supervised diet (visits 3 of 6 done).
Psych evaluation by ⟦N|Lakeisha Manning⟧, PhD, on ⟦D|1/14/97⟧: cleared. Nutrition: ⟦N|Sunita Rao-Hendricks⟧, RDN.
Sleep study ⟦D|12/09/2096⟧ at ⟦H|Southeastern Sleep Center⟧: AHI 38, CPAP via ⟦O|Apria⟧ (serial ⟦DEV|AP1140887Q⟧).
Plan: sleeve gastrectomy vs RNYGB discussed; surgeon Dr. ⟦N|Kwabena Asante⟧ prefers sleeve given GERD absent. Support group at ⟦O|First Presbyterian⟧ ⟦C|Greensboro⟧, first ⟦DAY|Thursday⟧ monthly.
Portal: ⟦U|https://mychart.conehealth-ptportal.org⟧   Questions: ⟦E|bariatrics.navigator@conehealth-mail.org⟧
`);

note("ophthalmology", `
⟦O|Retina Consultants of Alabama⟧, P.C. – ⟦C|Huntsville⟧ Office
⟦S|2731 Bob Wallace Ave SW⟧, Suite 400, ⟦C|Huntsville⟧, ⟦STATE|AL⟧ ⟦Z|35805⟧   Tel ⟦P|256.555.0190⟧   Fax ⟦F|256.555.0191⟧
Patient: ⟦N|Thuy-Linh Bui⟧   DOB: ⟦D|Oct 5, 2031⟧   Acct: ⟦I|RCA-770214⟧   Date: ⟦D|03/11/2097⟧
Referring: ⟦N|Randall Fite⟧, OD (⟦O|Eye Care Associates of Madison⟧)
CC: blurred vision OD x 2 weeks.
VA cc: OD 20/80, OS 20/30. IOP 15/16 (Tonopen). Dilated exam OD: subretinal fluid and hemorrhage, drusen OU.
OCT: OD CNVM with SRF, CST 412 µm. FA OD: occult CNV.
Assessment: neovascular AMD OD, intermediate dry AMD OS.
Plan: intravitreal aflibercept 2 mg OD today (lot ⟦DEV|EYL2211K04⟧), consent signed, povidone prep. Return 4 weeks. AREDS2. Amsler grid.
Her daughter ⟦N|Kim-Anh Bui Tran⟧ drives from ⟦C|Decatur⟧; prefers Vietnamese materials.
Copy: ⟦N|R. Fite⟧, OD; PCP ⟦N|Eduardo Salcido⟧, MD, ⟦H|Crestwood Medical Center⟧.
⟦N|Anjali Deshpande-Ruiz⟧, MD
`);

note("ent-clinic", `
ENT Clinic Note — ⟦H|Billings Clinic⟧ Otolaryngology, ⟦S|2800 10th Ave N⟧, ⟦C|Billings⟧ ⟦STATE|MT⟧ ⟦Z|59101⟧
Pt: ⟦N|Two Feathers, Lorenzo⟧   DOB ⟦D|2058-08-23⟧   MRN ⟦M|BC-5592014⟧   Visit ⟦D|2097-03-03⟧
Referred from ⟦H|Crow/Northern Cheyenne Hospital⟧ (IHS, ⟦C|Crow Agency⟧), PRC authorization ⟦I|PRC-97-00411⟧.
HPI: recurrent left ear drainage for a year despite drops; hearing down on left; works on a ranch near ⟦C|Lodge Grass⟧ and at the ⟦O|Little Big Horn College⟧ maintenance crew.
Exam: L TM perforation, posterosuperior retraction with keratin debris — cholesteatoma. R TM normal. Weber to L.
Audiogram today (audiologist ⟦N|Bethany Redcherries⟧, AuD): L conductive loss, ABG 35 dB.
CT temporal bone ordered at ⟦H|St. Vincent Healthcare⟧.
Plan: L tympanomastoidectomy; pre-op at ⟦H|Billings Clinic⟧; case scheduler ⟦N|Marla Rides Horse⟧ ⟦P|406-555-0143⟧ ext ⟦P|2271⟧.
Cousin ⟦N|Renata Not Afraid⟧ is emergency contact (⟦P|406-555-0158⟧).
⟦N|Gunnar Haugland⟧, MD
`);

note("urology-caps", `
⟦O|CAPE FEAR UROLOGY, PA⟧ - CLINIC NOTE          ⟦D|03/18/2097⟧
PT: ⟦N|MCLAURIN, ALVIN "BUDDY"⟧   DOB: ⟦D|05/05/2022⟧   CHART #: ⟦M|CFU-2094418⟧   PCP: DR. ⟦N|SINGLETARY⟧
REFERRED BY ⟦H|CAPE FEAR VALLEY MEDICAL CENTER⟧ ED FOR GROSS HEMATURIA.
PSA ⟦D|01/2097⟧ 6.8 (UP FROM 4.1 IN ⟦D|2095⟧). CT UROGRAM ⟦D|3/2⟧: 2.4 CM L BLADDER WALL MASS, UPPER TRACTS CLEAR.
HX: 40 PACK-YR SMOKER; ⟦PROF|DYE HOUSE WORKER⟧ AT ⟦O|BURLINGTON INDUSTRIES⟧ ⟦D|2048⟧-⟦D|2075⟧. ARMY VETERAN (⟦H|FAYETTEVILLE VAMC⟧ ALSO FOLLOWS).
CYSTO TODAY: PAPILLARY TUMOR L LATERAL WALL, 2.5 CM. URINE CYTOLOGY SENT TO ⟦O|QUEST⟧ (REQ ⟦I|Q5581207⟧).
PLAN: TURBT AT ⟦H|HIGHSMITH-RAINEY⟧ ⟦D|3/25/97⟧, MRI PROSTATE AFTER. BIOPSY PENDING.
WIFE ⟦N|GLADYS⟧ ⟦P|910-555-0171⟧. SURGERY SCHEDULER ⟦N|TONYA BRYANT⟧, EXT ⟦P|308⟧.
⟦N|OLUWASEUN ADEYEMI-HART⟧, MD, FACS
`);

note("rheumatology", `
⟦O|Arthritis & Rheumatology Associates of South Jersey⟧
⟦S|1401 W Landis Ave⟧, ⟦C|Vineland⟧, ⟦STATE|NJ⟧ ⟦Z|08360⟧ · ⟦P|856-555-0124⟧
Follow-up: ⟦N|Ximena Castellanos de León⟧ · DOB ⟦D|4/4/2060⟧ · Acct ⟦I|ARASJ-33108⟧ · ⟦D|3.9.2097⟧
Seropositive RA (CCP >250) since ⟦D|2091⟧, on methotrexate 20 mg weekly + folic acid; flare since ⟦D|February⟧ with 8 tender / 6 swollen joints, CDAI 28.
Failed adalimumab (secondary loss, antibodies per ⟦O|Prometheus Labs⟧). Plan: start upadacitinib 15 mg daily; prior auth submitted to ⟦O|Horizon NJ Health⟧ (⟦HP|NJH-4418820197⟧) ⟦D|3/9/97⟧, ref ⟦I|HZN-PA-0882147⟧.
Shingrix both doses done at ⟦O|ShopRite Pharmacy⟧ ⟦C|Vineland⟧ (⟦D|2095⟧). TB Quantiferon negative ⟦D|2/20/97⟧ (⟦O|BioReference⟧).
Works as a ⟦PROF|packing-line supervisor⟧ at ⟦O|Kerr Group⟧ glass plant; FMLA form for ⟦O|The Hartford⟧ completed (claim ⟦I|HRT-97-5520418⟧).
Husband ⟦N|Efraín⟧ ⟦P|856-555-0133⟧. Interpreter not needed.
⟦N|Deborah Feinberg-Oduya⟧, MD
`);
note("nephrology-consult", `
Nephrology Consultation — ⟦H|Ochsner LSU Health Shreveport⟧ — ⟦DAY|Thursday⟧, ⟦D|March 12, 2097⟧
Requested by: Dr. ⟦N|Claiborne⟧ (hospitalist)   Patient: ⟦N|Fontenot, Marie-Thérèse⟧   MRN ⟦M|OLS-7710042⟧   Room 6W-22
Reason: AKI on CKD 3b, creatinine 1.8 → 4.6 over 5 days.
HPI: 71F admitted ⟦D|3/9⟧ with cellulitis from ⟦H|Christus Highland⟧ urgent care; received vancomycin + pip-tazo x 3 days, iodinated contrast ⟦D|3/10⟧ for CT. NSAIDs at home (bought at ⟦O|Brookshire's⟧).
Outpatient nephrologist: ⟦N|Anil Chaudhry⟧, MD, ⟦O|Ark-La-Tex Nephrology⟧ (last seen ⟦D|Dec. 2096⟧, baseline Cr 1.7).
UA: muddy brown casts. FeNa 2.9%. Renal US: 10.1/10.4 cm, no hydronephrosis.
Impression: ATN (vanc + pip-tazo, contrast), non-oliguric; no emergent HD indication.
Recommendations: stop vanc/pip-tazo (ID Dr. ⟦N|Nakamura-Voss⟧ agrees: cefazolin renally dosed), avoid NSAIDs, daily BMP, strict I/O.
Family: son ⟦N|Jean-Luc Fontenot⟧ (⟦C|Bossier City⟧) ⟦P|318-555-0119⟧; she lives at ⟦S|2204 Line Ave⟧, apt 3, ⟦C|Shreveport⟧ ⟦Z|71104⟧.
Thank you for this consult. ⟦N|Folasade Ogunleye⟧, MD — pager ⟦P|318-555-0920⟧
`);

note("cardiology-letter", `
⟦O|Heart Center of the Ozarks⟧, LLC
⟦S|3231 S National Ave⟧ · ⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65807⟧ · ⟦P|(417) 555-0166⟧ · fax ⟦F|(417) 555-0167⟧

⟦D|20 March 2097⟧

⟦N|Wendell P. Haskins⟧, MD
⟦H|Ozarks Community Hospital⟧ Family Medicine
⟦S|2828 N National Ave⟧
⟦C|Springfield⟧, ⟦STATE|MO⟧ ⟦Z|65803⟧

Re: ⟦N|Loveless, Earline⟧ — DOB ⟦D|06/19/2006⟧ — our chart ⟦M|HCO-004418⟧

Dear ⟦N|Wendell⟧,

Thank you for asking me to see Mrs. ⟦N|Loveless⟧, a ⟦A|90⟧-year-old retired ⟦PROF|seamstress⟧ from ⟦C|Marshfield⟧, for exertional dyspnoea and a murmur. Echo here on ⟦D|3/17⟧ shows severe aortic stenosis (AVA 0.7 cm², mean gradient 46 mmHg) with EF 55%. Her STS score is 6.8%.
She and her granddaughter ⟦N|Kaylee Dyer⟧ would like to consider TAVR. I have referred her to the structural heart team at ⟦H|Mercy Hospital Springfield⟧ (Dr. ⟦N|Ibrahim Haddad⟧); CTA to be done there. Her ⟦O|Humana⟧ Gold Plus plan (member ⟦HP|H88217704⟧) requires a referral, which my office (⟦N|Carla⟧, ext. ⟦P|214⟧) will send.
Please continue furosemide 20 mg; I stopped amlodipine. I will see her after the heart team visit.

With kind regards,
⟦N|Sebastian Oyelowo-Grant⟧, MD, FACC
cc: ⟦N|Kaylee Dyer⟧ (by portal); ⟦H|Mercy Hospital Springfield⟧ Structural Heart Clinic, fax ⟦F|417-555-0104⟧
`);

note("referral-letter", `
⟦H|Yukon-Kuskokwim Delta Regional Hospital⟧
⟦S|P.O. Box 287⟧, ⟦C|Bethel⟧, ⟦STATE|AK⟧ ⟦Z|99559⟧ · Referrals desk ⟦P|907-555-0127⟧ · fax ⟦F|907-555-0128⟧
⟦D|03/15/2097⟧
To: ⟦H|Alaska Native Medical Center⟧, Pediatric Specialty Clinic, ⟦S|4315 Diplomacy Dr⟧, ⟦C|Anchorage⟧
Re: ⟦N|Nanalook, Aaliyah⟧ · DOB ⟦D|2089-11-30⟧ · YK chart ⟦M|YK-0331877⟧ · Medicaid ⟦HP|AK4471882015⟧
Dear colleagues,
We ask you to see this 7-year-old girl from ⟦C|Tuntutuliak⟧ for failure to thrive (weight below 3rd percentile since ⟦D|June 2096⟧) and chronic wet cough. Sweat chloride done at ⟦H|ANMC⟧ ⟦D|2/2095⟧ was 32. CXR here ⟦D|3/3/97⟧: bilateral bronchiectasis, worse on the right.
She was seen by our village clinic health aide ⟦N|Evon Chikigak⟧ (CHA) and by Dr. ⟦N|Mattias Lund⟧ on itinerant rounds.
Travel is arranged by ⟦O|YKHC⟧ Patient Travel on ⟦O|Ravn Alaska⟧ (PNR ⟦I|XQ7KLM⟧), escort her mother ⟦N|Bernadette Nanalook⟧ (⟦P|907-555-0181⟧, no email).
Thank you,
⟦N|Carolyn Ishida⟧, MD, Pediatrics · ⟦E|cishida@ykhc-peds.org⟧
`);

note("prior-auth-letter", `
⟦O|Lakeland Neurology Group⟧
⟦S|505 Lakeland Hills Blvd⟧, Suite 2 · ⟦C|Lakeland⟧, ⟦STATE|FL⟧ ⟦Z|33805⟧ · NPI ⟦I|1730448812⟧ · Tax ID ⟦I|59-4418827⟧

⟦D|March 5, 2097⟧
⟦O|Florida Blue⟧ — Pharmacy Prior Authorization, ⟦S|PO Box 44220⟧, ⟦C|Jacksonville⟧, ⟦STATE|FL⟧ ⟦Z|32231⟧
Fax: ⟦F|1-877-555-0134⟧

RE: Letter of medical necessity — erenumab (Aimovig) 140 mg monthly
Member: ⟦N|Delacruz-Obi, Marisol⟧   Member ID: ⟦HP|FBX941122087⟧   Group: ⟦I|BLU-77103⟧   DOB: ⟦D|08/27/2063⟧   Case ref: ⟦I|PA-2097-118830⟧

To whom it may concern:
Ms. ⟦N|Delacruz-Obi⟧ has chronic migraine with 18 headache days a month since ⟦D|2094⟧, documented in diaries from ⟦D|Oct 1, 2096⟧ to ⟦D|Jan 31, 2097⟧. She has failed topiramate (paresthesias, cognitive slowing), propranolol (bradycardia to 44, seen at ⟦H|Lakeland Regional Health⟧ ED ⟦D|7/12/96⟧) and amitriptyline (weight gain). OnabotulinumtoxinA was not tolerated.
She is a ⟦PROF|dispatcher⟧ for the ⟦O|Polk County Sheriff's Office⟧ and has missed 11 shifts this quarter.
Please approve erenumab. For peer-to-peer call ⟦N|Renée Abernathy⟧, MD at ⟦P|863-555-0145⟧.
Sincerely,
⟦N|Renée Abernathy⟧, MD, Headache Medicine
`);

note("civil-commitment-eval", `
⟦O|Superior Court of Arizona⟧, ⟦LO|Pinal County⟧ — Court-Ordered Evaluation (ARS 36-530)
Evaluating agency: ⟦H|Banner Casa Grande Medical Center⟧, Behavioral Health Unit, ⟦C|Casa Grande⟧
Proposed patient: ⟦N|Yazzie, Darnell⟧   DOB ⟦D|05/09/2071⟧   Petition No. ⟦I|MH2097-000318⟧   Date of detention ⟦D|03/02/2097⟧ 21:40
Petitioner: ⟦N|Lorraine Begay-Tsosie⟧ (sister), ⟦S|1590 E Cottonwood Ln⟧, ⟦C|Casa Grande⟧; peace officer Sgt. ⟦N|R. Valenzuela⟧, ⟦O|Casa Grande Police Department⟧, badge ⟦I|4471⟧.
Evaluator 1: ⟦N|Hyun-woo Baek⟧, MD (psychiatrist). Evaluator 2: ⟦N|Simone Thibault⟧, PhD.
History: enrolled member of the ⟦O|Navajo Nation⟧, raised in ⟦C|Kayenta⟧; prior treatment at ⟦H|Tuba City Regional Health Care⟧ (⟦D|2093⟧) and ⟦H|Copa Health⟧ ⟦C|Mesa⟧ (outpatient, lost to follow-up ⟦D|2095⟧).
Findings: persistently disabled and danger to self: walked along ⟦S|I-10⟧ at night, not eating, states he must "travel to the mountain". Refuses medication.
Opinion: meets criteria; recommend combined inpatient/outpatient treatment order, 180 days. Hearing set ⟦D|3/6/2097⟧ 13:30 in Division 7.
Interpreter (Diné): ⟦N|Wallace Nez⟧, ⟦O|Navajo Interpreter Services LLC⟧.
`);

note("travel-medicine", `
Travel Medicine Consult — ⟦H|Passport Health⟧ ⟦C|Reno⟧ · ⟦S|645 Sierra Rose Dr⟧ · ⟦D|2/24/2097⟧
Traveler: ⟦N|Esperanza "Chayo" Lujan⟧, 34F, DOB ⟦D|1/18/2063⟧, client ⟦M|PH-NV-220418⟧
Itinerary: departs ⟦D|April 9⟧ to ⟦COUNTRY|Peru⟧ (⟦C|Lima⟧, ⟦C|Cusco⟧, 4-day ⟦LO|Inca trail⟧), then ⟦COUNTRY|Bolivia⟧ (⟦LO|Salar de Uyuni⟧) with ⟦O|Andean Trails Adventures⟧; returns ⟦D|May 3⟧. Staying at ⟦O|Hostal Los Andes⟧ in ⟦C|Cusco⟧.
Employer: ⟦O|Renown Health⟧ (she is a ⟦PROF|NICU nurse⟧); her unit manager ⟦N|Garrett Olafsen⟧ approved leave.
Vaccines given: Typhoid Vi (lot ⟦DEV|TY92K14⟧), Hep A #2 (lot ⟦DEV|HA77120B⟧). Yellow fever: Stamaril given, ICVP signed, certificate no. ⟦I|YF-NV-0044187⟧.
Rx: acetazolamide 125 mg BID from day before ascent; atovaquone-proguanil not needed for itinerary; azithromycin standby.
Travel insurance: ⟦O|World Nomads⟧ policy ⟦I|WN-88217704-US⟧. Emergency contact: brother ⟦N|Ignacio Lujan⟧ ⟦P|775-555-0188⟧, ⟦E|ignacio.lujan@sierramail.net⟧.
Seen by ⟦N|Marguerite Oyelaran-Smith⟧, RN, and ⟦N|D. Kessler⟧, MD.
`);

note("student-health-lower", `
student health services – ⟦H|dixie hall student health center⟧, ⟦O|eastern kentucky university⟧, ⟦C|richmond⟧ ⟦STATE|ky⟧
visit ⟦D|3/04/97⟧   student: ⟦N|haley brookshire⟧   student id ⟦I|902448117⟧   dob ⟦D|11/1/2077⟧
cc: sore throat, fever x2 days; roommate ⟦N|kennedy o'bannon⟧ had strep last week.
lives in a dorm, room 614; sophomore, ⟦PROF|nursing student⟧; works at ⟦O|chick-fil-a⟧ on ⟦S|eastern bypass⟧.
t 38.6, tonsillar exudate, anterior nodes tender, no cough. centor 4. rapid strep positive.
plan: amoxicillin 500 bid x10d; excuse for nur 301 clinical at ⟦H|baptist health richmond⟧ through ⟦D|3/6⟧.
insurance: ⟦O|academic hmo⟧ student plan id ⟦HP|ahs-eku-4419025⟧. pharmacy: ⟦O|campus rx⟧.
mom (⟦N|trish brookshire⟧, ⟦C|somerset⟧) called ⟦P|606-555-0139⟧, ferpa release on file.
⟦N|lindsey abner⟧, aprn
`);

note("correctional-telehealth-caps", `
⟦O|WELLPOINT CORRECTIONAL HEALTH⟧ - TELEHEALTH ENCOUNTER     ⟦D|MARCH 16 2097⟧
FACILITY: ⟦O|ELKO COUNTY DETENTION CENTER⟧, ⟦C|ELKO⟧ ⟦STATE|NV⟧     PROVIDER SITE: ⟦C|LAS VEGAS⟧ (REMOTE)
INMATE: ⟦N|ARRIAGA-SOTO, FELIPE⟧   BOOKING # ⟦I|ECDC-2097-00871⟧   DOB ⟦D|02-10-2065⟧   CELL C-12
VIDEO PLATFORM: ⟦O|TELMATE⟧ UNIT, IP ⟦IP|172.20.14.66⟧; NURSE PRESENT: ⟦N|STACIE ORMAECHEA⟧, LPN.
CC: ALCOHOL WITHDRAWAL DAY 2, CIWA 14. LAST DRINK ⟦D|3/14⟧ PER ARRESTING OFFICER (⟦O|NEVADA HIGHWAY PATROL⟧, TROOPER ⟦N|DWYER⟧).
HX: SEIZURE WITH WITHDRAWAL ⟦D|2094⟧ AT ⟦H|NORTHEASTERN NEVADA REGIONAL HOSPITAL⟧. WORKS AT ⟦O|NEWMONT⟧ MINE NEAR ⟦C|CARLIN⟧ (HAUL TRUCK).
PLAN: CHLORDIAZEPOXIDE TAPER 50 MG Q6H X 24H THEN TAPER, THIAMINE 100 MG, CIWA Q4H; IF CIWA >20 SEND TO ED.
MEDS FROM ⟦O|DIAMOND PHARMACY SERVICES⟧. F/U TELEHEALTH ⟦D|3/18⟧.
WIFE ⟦N|MAITE⟧ ASKED ABOUT VISITATION; REFERRED TO JAIL SERGEANT ⟦N|BUSTAMANTE⟧.
⟦N|DEVIN ACHTERBERG⟧, DO (NV LIC ⟦I|DO2218⟧)
`);

note("ihs-clinic", `
⟦H|Northern Navajo Medical Center⟧ — ⟦C|Shiprock⟧, ⟦STATE|NM⟧ — Diabetes Clinic
Patient: ⟦N|Benally, Rose Marie⟧   HRN ⟦M|SR-118204⟧   DOB ⟦D|10/13/2031⟧   Visit ⟦D|3/13/2097⟧   Chapter: ⟦O|Sanostee Chapter⟧
Census number ⟦I|NN-442187⟧ (⟦O|Navajo Nation⟧).
HPI: DM2 x 20 yr on metformin and glargine 34 units; A1c 9.4 → 8.1. Lives in a hogan near ⟦C|Red Valley⟧, hauls water from the ⟦O|NTUA⟧ water point; no refrigerator for insulin this winter — CHR ⟦N|Lorena Tsinajinnie⟧ delivered a cooler.
Foot exam: no ulcers, monofilament diminished L. Retinal camera today (reader at ⟦H|Phoenix Indian Medical Center⟧).
Traditional healer (hataałii) visit planned; she also attends ⟦O|Shiprock Christian Reformed Church⟧.
Plan: add semaglutide 0.25 mg weekly (purchased referred care not needed), PHN home visit by ⟦N|Arlene Yellowhorse⟧, PHN; grandson ⟦N|Tyrell Benally⟧ to help with pen (⟦P|505-555-0144⟧).
Next visit ⟦D|4/10/97⟧. ⟦N|Jonah Whitesinger⟧, MD
`);

note("spanish-interpreter-clinic", `
⟦H|Clínica de Salud del Pueblo⟧ — ⟦C|Brawley⟧ site — Visita de seguimiento / Follow-up visit
Paciente: ⟦N|Hernández Quiroga, María de los Ángeles⟧   Fecha de nacimiento ⟦D|15/06/2049⟧ (DOB ⟦D|06/15/2049⟧)   Expediente ⟦M|CSP-0770214⟧
Fecha: ⟦D|3 de marzo de 2097⟧ — Interpreter: ⟦N|Araceli Mendoza⟧ (in person), ⟦O|CyraCom⟧ ID ⟦I|CC-31187⟧ used for the last 10 minutes.
Pt works in the lettuce fields for ⟦O|Rancho Ochoa Farms⟧ near ⟦C|Holtville⟧; seasonal in ⟦C|Yuma⟧ in winter. Lives with her son ⟦N|Chuy⟧ at ⟦S|455 K St⟧, ⟦C|Brawley⟧ ⟦Z|92227⟧.
Asthma worse during harvest and burning season. ACT 14. Uses albuterol 6x/day; ran out of budesonide-formoterol.
Exam: scattered wheeze, no distress, SpO2 95%.
Plan: restart Symbicort 160/4.5 2 puffs BID (program through ⟦O|AstraZeneca⟧, enrollment ⟦I|AZM-5518207⟧), spacer, action plan in Spanish; referral to ⟦O|Comite Civico del Valle⟧ air monitoring program; pesticide exposure reported to ⟦O|Imperial County Agricultural Commissioner⟧.
Spouse deceased; emergency contact daughter ⟦N|Yadira Quiroga⟧ in ⟦C|Mexicali⟧ (⟦COUNTRY|México⟧) ⟦P|+52 686 555 0142⟧.
Dr. ⟦N|Fernando Ochoa-Liang⟧ / ⟦N|Guadalupe "Lupe" Arredondo⟧, MA
`);

note("mohs-dermatology", `
⟦O|Gulf Coast Dermatology & Mohs Surgery⟧ · ⟦C|Gulf Breeze⟧ office · ⟦D|Mar. 4, 2097⟧
Pt ⟦N|Weatherford, Clement J. "Clem"⟧, 82M, DOB ⟦D|9/9/2014⟧, acct ⟦I|GCD-448210⟧
Referring: ⟦N|Jolene Pettaway⟧, PA-C (⟦O|Pensacola Dermatology⟧). Path ⟦I|DP97-2214⟧ (⟦O|Aurora Diagnostics⟧): basal cell carcinoma, infiltrative, L nasal ala.
Retired ⟦PROF|commercial shrimper⟧, ⟦C|Bon Secour⟧; decades of sun; USN ⟦D|2032⟧-⟦D|2036⟧ (⟦O|NAS Pensacola⟧).
Mohs: 2 stages, clear margins; defect 1.4 x 1.1 cm repaired with bilobed flap. Histotech ⟦N|Q. Ybarra⟧.
Anticoagulation: apixaban held 48 h per cardiology (Dr. ⟦N|Moody⟧, ⟦H|Baptist Hospital⟧).
Wife ⟦N|Ruby Lee Weatherford⟧ drove; home phone ⟦P|251-555-0176⟧. Suture removal ⟦D|3/11/97⟧.
⟦N|Cornelius Tran-Abbott⟧, MD, FAAD, FACMS
`);
note("cah-ed-transfer-caps", `
⟦H|KIT CARSON COUNTY MEMORIAL HOSPITAL⟧ (CRITICAL ACCESS) - ED NOTE / EMTALA TRANSFER
⟦S|286 16TH ST⟧, ⟦C|BURLINGTON⟧, ⟦STATE|CO⟧ ⟦Z|80807⟧     ED ⟦P|719-555-0113⟧
PT: ⟦N|SCHWEITZER, HARLAN GENE⟧   AGE 66   DOB ⟦D|01/24/2031⟧   MRN ⟦M|KC-040417⟧   ARRIVED ⟦D|03/21/97⟧ 05:12 BY PRIVATE CAR
CC: CHEST PRESSURE SINCE 03:30 WHILE FEEDING CATTLE ON HIS PLACE OFF ⟦S|COUNTY ROAD 47⟧, 9 MI N OF ⟦C|STRATTON⟧.
ECG 05:15: INFERIOR STEMI. ASA 324, HEPARIN 4000 U, TNK 40 MG AT 05:41 (DOOR-TO-NEEDLE 29 MIN) - NEAREST PCI >2 H BY GROUND.
TRANSFER TO ⟦H|UCHEALTH MEMORIAL HOSPITAL CENTRAL⟧ (⟦C|COLORADO SPRINGS⟧), ACCEPTING DR. ⟦N|ABERNATHY-QUAYE⟧ VIA ⟦O|TRANSFERLINE⟧ (REF ⟦I|TL-9970321-04⟧). FLIGHT: ⟦O|AIR LIFE OF DENVER⟧ N-NUMBER ⟦I|N417AL⟧ - WEATHER HOLD, SO GROUND BY ⟦O|KIT CARSON COUNTY AMBULANCE⟧ UNIT 2.
WIFE ⟦N|IRMGARD⟧ AT BEDSIDE; SON ⟦N|DALE SCHWEITZER⟧ (⟦C|LIMON⟧) ⟦P|719-555-0129⟧. INSURANCE ⟦O|ROCKY MOUNTAIN HMO⟧ #⟦HP|RMH7720144⟧. PCP ⟦N|HAYWOOD⟧, NP AT ⟦H|PLAINS MEDICAL CENTER⟧ ⟦C|FLAGLER⟧.
⟦N|K. LINDQVIST⟧, MD (ED)     RN ⟦N|BOBBIE JO FRANKHOUSER⟧
`);

note("disability-form-caps", `
⟦O|SOCIAL SECURITY ADMINISTRATION⟧ - MEDICAL SOURCE STATEMENT (PHYSICAL)     DDS CASE ⟦I|KY-2097-0441876⟧
CLAIMANT: ⟦N|SPURLOCK, JOHNNIE EARL⟧     SSN: ⟦SSN|401-55-8812⟧     DOB: ⟦D|03-03-2042⟧
REQUESTED BY: ⟦O|KENTUCKY DISABILITY DETERMINATION SERVICES⟧, ⟦S|PO BOX 1000⟧, ⟦C|FRANKFORT⟧ ⟦STATE|KY⟧ ⟦Z|40602⟧, EXAMINER ⟦N|PAULA HIBBARD⟧, FAX ⟦F|502-555-0198⟧
TREATING SOURCE: ⟦N|JARED COMBS⟧, MD, ⟦H|MOUNTAIN COMPREHENSIVE HEALTH CORP⟧ - ⟦C|WHITESBURG⟧ CLINIC, SINCE ⟦D|2091⟧.
DIAGNOSES: LUMBAR DDD WITH L5 RADICULOPATHY (MRI ⟦D|08/12/2096⟧ ⟦H|WHITESBURG ARH⟧), COPD (FEV1 48%), CWP (BLACK LUNG, FEDERAL CLAIM ⟦I|BL-88-204417⟧).
WORK HX: UNDERGROUND ⟦PROF|ROOF BOLTER⟧, ⟦O|BLACKHAWK MINING⟧ ⟦D|2064⟧-⟦D|2094⟧; LAST WORKED ⟦D|10/2094⟧.
LIFT/CARRY: <10 LB OCC. STAND/WALK: <2 H IN 8. SIT: ABOUT 4 H. NEEDS CANE. NEVER CLIMB LADDERS. AVOID FUMES, DUSTS.
ABSENCES: MORE THAN 4 DAYS/MONTH. LIMITATIONS PRESENT SINCE AT LEAST ⟦D|10/15/2094⟧.
ATTORNEY: ⟦N|GRETCHEN MULLINS⟧, ⟦O|MULLINS & SLONE, PLLC⟧, ⟦C|HAZARD⟧, ⟦P|606-555-0150⟧.
SIGNATURE: ⟦N|JARED COMBS⟧, MD     DATE: ⟦D|3/17/2097⟧     NPI ⟦I|1144088217⟧
`);

note("gi-endoscopy-caps", `
⟦H|LIMA MEMORIAL HEALTH SYSTEM⟧ ENDOSCOPY CENTER          PROCEDURE REPORT
PATIENT: ⟦N|HEFFELFINGER, CONSTANCE M⟧   MRN: ⟦M|LM-30044181⟧   DOB: ⟦D|11/29/2028⟧   DATE: ⟦D|03.19.2097⟧
ENDOSCOPIST: ⟦N|NGUYEN, BAO CHAU⟧, MD   REFERRING: ⟦N|STECHSCHULTE, PAUL⟧, DO (⟦H|ST. RITA'S⟧ PRIMARY CARE - ⟦C|WAPAKONETA⟧)
PROCEDURE: COLONOSCOPY WITH COLD SNARE POLYPECTOMY.  INDICATION: POSITIVE COLOGUARD (⟦O|EXACT SCIENCES⟧, ⟦D|01/2097⟧).
SEDATION: MAC, PROPOFOL, BY ⟦N|R. AMSTUTZ⟧, CRNA. SCOPE CF-HQ190L SN ⟦DEV|2740118⟧.
FINDINGS: BOSTON BOWEL PREP SCORE 8. CECUM REACHED (APPENDICEAL ORIFICE, ICV PHOTOGRAPHED). 3 TUBULAR-APPEARING POLYPS 4-9 MM (ASCENDING, TRANSVERSE, SIGMOID) REMOVED. DIVERTICULOSIS SIGMOID. INTERNAL HEMORRHOIDS.
SPECIMENS TO ⟦O|SOUTHWEST OHIO PATHOLOGY ASSOCIATES⟧ (JAR A-C).
RECOMMEND: RESULTS BY LETTER; REPEAT 3-5 YR PER PATHOLOGY. DRIVER: SISTER ⟦N|LAVERNE KOHLER⟧ ⟦P|419-555-0162⟧.
CC: DR. ⟦N|STECHSCHULTE⟧; ⟦O|MEDICAL MUTUAL⟧ (ID ⟦HP|MMO448812097⟧)
`);

note("anesthesia-preop-caps", `
⟦H|BAYHEALTH HOSPITAL, KENT CAMPUS⟧ - PREANESTHESIA EVALUATION     ⟦D|MAR-23-2097⟧
PT: ⟦N|QUILLEN, ROSCOE⟧   AGE ⟦A|97⟧   DOB ⟦D|01-APR-2000⟧   MRN ⟦M|BH9981204⟧   SCHEDULED: ORIF L HIP (DR. ⟦N|SAMARASINGHE⟧) ⟦D|3/24⟧ 07:30
HX: CAD S/P CABG ⟦D|2081⟧ (⟦H|CHRISTIANA⟧), PPM (⟦O|MEDTRONIC⟧ AZURE, SN ⟦DEV|RNH448120S⟧, FOLLOWED BY ⟦O|DELMARVA HEART⟧), CKD 3, MILD DEMENTIA. LIVES AT ⟦H|MODERN MATURITY CENTER⟧ ASSISTED LIVING IN ⟦C|DOVER⟧.
AIRWAY: MALLAMPATI III, EDENTULOUS, LIMITED NECK EXTENSION. ASA 4.
PLAN: SPINAL + FASCIA ILIACA BLOCK; DEVICE REP (⟦N|CHAD WOJCIK⟧, ⟦P|302-555-0187⟧) TO PROGRAM DOO. GOALS OF CARE WITH GRANDDAUGHTER ⟦N|SHAY QUILLEN-MOORE⟧ (HCP): FULL CODE FOR SURGERY.
CONSENT VIA PHONE WITH HCP, WITNESS ⟦N|A. OKONJO⟧, RN.
⟦N|MALINDA FRETZ⟧, MD (ANESTHESIOLOGY)   PAGER ⟦P|302-555-0902⟧
`);

note("vascular-surgery-caps", `
⟦O|GREATER MISSISSIPPI VASCULAR & VEIN⟧ - NEW PATIENT CONSULT - ⟦C|GREENVILLE⟧ OFFICE
⟦D|MARCH 10, 2097⟧     PT: ⟦N|SYKES, WILLIE MAE⟧     DOB ⟦D|7-22-2030⟧     MR ⟦M|GMV-22041⟧
REFERRED BY: ⟦N|TOUSSAINT LEFLORE⟧, FNP, ⟦H|DELTA HEALTH CENTER⟧ (⟦C|MOUND BAYOU⟧)
CC: L FOOT REST PAIN X 2 MONTHS, NON-HEALING L 3RD TOE WOUND.
HX: DM2, ESRD ON HD (⟦O|FRESENIUS KIDNEY CARE⟧ ⟦C|CLEVELAND⟧ ⟦STATE|MS⟧, MWF), FORMER SMOKER. ⟦PROF|CHURCH COOK⟧ AT ⟦O|GREATER NEW HOPE M.B. CHURCH⟧.
ABI: R 0.72, L NONCOMPRESSIBLE; TBI L 0.18. DUPLEX: L SFA OCCLUSION, TIBIAL DISEASE.
PLAN: ANGIOGRAM WITH POSSIBLE INTERVENTION AT ⟦H|DELTA HEALTH - THE MEDICAL CENTER⟧ ⟦D|3/17/97⟧. METFORMIN ALREADY STOPPED. DIALYSIS SHIFT CHANGE REQUESTED (SOCIAL WORKER ⟦N|OCTAVIA PEGUES⟧).
TRANSPORT: ⟦O|MTM⟧ MEDICAID RIDE, TRIP # ⟦I|MTM-4471208⟧.
⟦N|AUGUSTINE OBIORA⟧, MD, RPVI
`);

note("ortho-clinic-caps", `
⟦H|HAYS MEDICAL CENTER⟧ ORTHOPAEDIC CLINIC     ⟦S|2220 CANTERBURY DR⟧, ⟦C|HAYS⟧ ⟦STATE|KS⟧     ⟦D|3/11/2097⟧
PT: ⟦N|PFANNENSTIEL, LUKAS⟧     DOB ⟦D|04/09/2061⟧     MRN ⟦M|HM77104⟧     W/C CLAIM ⟦I|KSWC-97-118204⟧
EMPLOYER: ⟦O|MIDWEST ENERGY⟧ (⟦PROF|LINEMAN⟧); CARRIER ⟦O|KANSAS EMPLOYERS RISK EXCHANGE⟧, ADJUSTER ⟦N|DONNA SCHMIDTBERGER⟧ ⟦P|785-555-0147⟧.
MOI: FELL FROM BUCKET TRUCK ⟦D|02/27/2097⟧ NEAR ⟦C|VICTORIA⟧; FOOSH AND TWISTING R KNEE.
R KNEE: EFFUSION 2+, + LACHMAN, + PIVOT SHIFT, MEDIAL JOINT LINE TENDER. MRI ⟦D|3/6⟧ (⟦H|HAYSMED⟧): ACL TEAR, MMT.
R WRIST: SCAPHOID WAIST FX ON CT, NONDISPLACED - THUMB SPICA CAST.
PLAN: ACL RECON WITH BTB AUTOGRAFT + MENISCAL REPAIR ⟦D|3/26/97⟧ WITH DR. ⟦N|DREILING⟧. OFF WORK. PT WITH ⟦O|HAYS ORTHO & SPORTS PT⟧ POST-OP.
FMLA/W-C FORMS FAXED TO ⟦F|785-555-0148⟧. WIFE ⟦N|JOLENE⟧ ⟦P|785-555-0140⟧.
⟦N|MATTHIAS DREILING⟧, MD / ⟦N|KRISTA KARLIN⟧, PA-C
`);

note("ir-procedure-caps", `
⟦H|ST. LUKE'S MAGIC VALLEY MEDICAL CENTER⟧ - INTERVENTIONAL RADIOLOGY
PATIENT: ⟦N|ETCHEVERRY, JOSEBA⟧     MRN: ⟦M|SL-7720418⟧     ACC: ⟦I|IR2097031604⟧     DATE: ⟦D|16 MAR 2097⟧
PROCEDURE: US-GUIDED TUNNELED PERITONEAL DRAINAGE CATHETER (PLEURX) PLACEMENT.
INDICATION: MALIGNANT ASCITES, PANCREATIC ADENOCARCINOMA (ONCOLOGIST DR. ⟦N|ZWEIFEL⟧, ⟦H|ST. LUKE'S CANCER INSTITUTE⟧ ⟦C|TWIN FALLS⟧).
OPERATOR: ⟦N|HANNIBAL OKOYE⟧, MD. ASSIST: ⟦N|T. ARAMBURU⟧, RT(R). SEDATION RN: ⟦N|SHAUNA BINGHAM⟧.
CATHETER: 15.5 FR, LOT ⟦DEV|PX7729041⟧. 3.2 L STRAW-COLORED FLUID DRAINED. NO COMPLICATIONS.
PT IS BASQUE, FROM ⟦C|GOODING⟧; ⟦PROF|SHEEP RANCHER⟧, FAMILY OPERATION ⟦O|ETCHEVERRY LAND & LIVESTOCK⟧.
DRAINAGE SUPPLIES ORDERED THROUGH ⟦O|BD⟧ HOME DELIVERY (ORDER ⟦I|BD-4418207⟧); HOME HEALTH ⟦O|INTERIM⟧ TO TEACH WIFE ⟦N|MIREN⟧.
HOSPICE DISCUSSION PENDING WITH ⟦O|HOSPICE VISIONS⟧.
ELECTRONICALLY SIGNED ⟦N|H. OKOYE⟧ ⟦D|03/16/2097⟧ 15:40
`);

note("hematology-caps", `
⟦H|CHARLESTON AREA MEDICAL CENTER⟧ - ⟦H|DAVID LEE OUTPATIENT CANCER CENTER⟧ - HEMATOLOGY FOLLOW-UP
⟦D|03/05/2097⟧     ⟦N|BURDETTE, SHIRLEY ANN⟧     MRN ⟦M|C0881204⟧     DOB ⟦D|08/08/2005⟧
DX: JAK2 V617F POLYCYTHEMIA VERA SINCE ⟦D|2089⟧, ON HYDROXYUREA 1000 MG DAILY.
CBC: HCT 44.8, WBC 9.2, PLT 512. PHLEBOTOMY NOT NEEDED.
SHE IS ⟦A|NINETY-ONE⟧ - NOT ⟦A|93⟧ AS ON THE REFERRAL - AND STILL DRIVES TO ⟦O|KROGER⟧ ON ⟦S|MACCORKLE AVE⟧.
LABS DRAWN AT ⟦H|CAMC TEAYS VALLEY⟧ (⟦C|HURRICANE⟧); RESULTS TO DR. ⟦N|CASTO⟧ ⟦P|304-555-0196⟧.
PASTOR REV. ⟦N|DWIGHT SAMPLES⟧ (⟦O|SISSONVILLE FREE WILL BAPTIST⟧) ACCOMPANIED HER.
RTC 3 MONTHS. ⟦N|PRIYANKA VENKATARAMAN⟧, MD
`);

note("interpreter-phone-lower", `
telephone encounter   ⟦D|3/20/97⟧ 11:05   ⟦H|la clinica de familia⟧ – ⟦C|anthony⟧ ⟦STATE|nm⟧
caller: ⟦N|reyna ibarra-solis⟧ (patient's mother) via phone interpreter ⟦N|josé⟧ #⟦I|418827⟧ (⟦O|languageline⟧)
patient: ⟦N|mateo solis⟧, 4 yo, dob ⟦D|8/2/2092⟧, chart ⟦M|lcdf-00552018⟧
reason: fever 39.4 since last night, ear pulling; ibuprofen helped. no rash, drinking ok, 3 wet diapers.
advised: ibuprofen 10 mg/kg q6h, fluids; appt tomorrow 8:40 with dr ⟦N|chavira⟧; er if lethargic or stiff neck (⟦H|memorial medical center⟧ in ⟦C|las cruces⟧).
mom works at ⟦O|stahmann farms⟧; best number ⟦P|575-555-0161⟧. pharmacy: ⟦O|walmart⟧ ⟦C|sunland park⟧.
head start teacher (⟦O|gadsden head start⟧) sent him home ⟦DAY|wed⟧.
⟦N|b. holguin⟧, rn
`);

note("pain-management", `
⟦O|Tri-State Interventional Pain Specialists⟧ — ⟦C|Huntington⟧ ⟦STATE|WV⟧ / ⟦C|Ashland⟧ ⟦STATE|KY⟧
Patient: ⟦N|Mullins, Kendra L.⟧   DOB ⟦D|12-12-2058⟧   Chart ⟦M|TSIP-44081⟧   Visit date ⟦D|March 2nd 2097⟧
Controlled-substance agreement signed ⟦D|1/5/2096⟧; KASPER and WV CSMP checked today (report ⟦I|CSMP-9977120⟧): single prescriber, single pharmacy (⟦O|Fruth Pharmacy⟧ #19 ⟦C|Barboursville⟧).
UDT ⟦D|2/2⟧ by ⟦O|Aegis Sciences⟧ (specimen ⟦I|AS2097-441180⟧): consistent.
Failed back surgery syndrome after L4-S1 fusion ⟦D|2090⟧ (Dr. ⟦N|Fakhoury⟧, ⟦H|King's Daughters⟧). SCS trial with ⟦O|Abbott⟧ rep ⟦N|Brent Carrico⟧ ⟦D|Feb 2097⟧: 70% relief. Permanent implant planned at ⟦H|Cabell Huntington Hospital⟧ ⟦D|3/30⟧, IPG serial to be recorded.
She is a ⟦PROF|home health aide⟧ with ⟦O|Amedisys⟧; husband ⟦N|Travis⟧ on disability from ⟦O|Marathon Petroleum⟧ refinery, ⟦C|Catlettsburg⟧.
MME 40 (oxycodone 5 mg TID). Naloxone on hand.
Dr. ⟦N|Samir Haddadin⟧ is away — seen by ⟦N|Ashleigh Ferrell⟧, APRN. Next ⟦D|3/30/97⟧.
`);

note("slp-swallow", `
Speech-Language Pathology — Clinical Swallow Evaluation / MBSS
⟦H|Munson Medical Center⟧, ⟦C|Traverse City⟧ · ⟦D|Mar 18, 2097⟧
Pt: ⟦N|Ojibway-Lasley, Delores⟧ · Age ⟦A|95⟧ · MRN ⟦M|MMC-009931742⟧ · from ⟦H|Grand Traverse Pavilions⟧ (LTC) with aspiration pneumonia
Referring: hospitalist Dr. ⟦N|Aurelio Pacheco⟧. Family: grandson ⟦N|Shawn Lasley⟧ (⟦O|Grand Traverse Band of Ottawa and Chippewa Indians⟧ elder services) ⟦P|231-555-0118⟧.
MBSS (radiologist Dr. ⟦N|Winkelmann⟧): penetration with thin liquids (PAS 5), silent aspiration with straw sips (PAS 8); nectar-thick safe; vallecular residue moderate.
Recommendations: IDDSI level 2 liquids, level 5 minced & moist, chin tuck, 1:1 supervision, meds crushed in purée. Report faxed to the ⟦H|Pavilions⟧' DON ⟦N|Ginny Szczepanski⟧, ⟦F|231-555-0119⟧.
Thickener from ⟦O|McKesson⟧ via ⟦O|Medline⟧ contract.
⟦N|Hollis Vanderwall⟧, MA, CCC-SLP
`);

note("lactation-consult", `
Lactation Consult · ⟦H|Kapiolani Medical Center for Women & Children⟧ · ⟦D|3/8/2097⟧
Mother: ⟦N|Leilani Kahananui-Cabrera⟧, 29, P1, MRN ⟦M|KMC-1008472⟧; infant ⟦N|Kainoa⟧, DOL 2, born ⟦D|3/6/97⟧ at 39+1.
Concern: painful latch, nipple trauma bilaterally, infant weight down 8.2%.
Assessment: shallow latch, tight lingual frenulum (Hazelbaker 9/14 function). Discussed with pediatrician Dr. ⟦N|Makoa Fujimoto⟧ → frenotomy consult with Dr. ⟦N|Yasmin Kealoha-Park⟧ (ENT).
Plan: laid-back positioning, pump after feeds (rental through ⟦O|Hawaii Medical Service Association⟧ / ⟦O|HMSA⟧, pump serial ⟦DEV|SY22K4019⟧), supplement EBM 10-15 mL by syringe.
WIC: ⟦H|Kalihi-Palama Health Center⟧ WIC, appt ⟦D|3/12⟧. Partner ⟦N|Diego Cabrera⟧ (US Army, ⟦O|Schofield Barracks⟧, ⟦O|25th Infantry Division⟧) ⟦P|808-555-0137⟧.
Follow-up outpatient lactation ⟦D|3/10⟧ 10:00. ⟦N|Noelani Akana⟧, IBCLC
`);

note("pulmonary-clinic", `
Pulmonary Clinic — ⟦H|Appalachian Regional Healthcare⟧, ⟦H|Hazard ARH Regional Medical Center⟧
Visit: ⟦D|2097-03-12⟧   Patient: ⟦N|Caudill, Elbert⟧   DOB: ⟦D|2031-02-14⟧   MRN: ⟦M|ARH-2271840⟧
Referred by black-lung clinic (⟦H|Mountain Comprehensive Health⟧, NIOSH-certified B reader Dr. ⟦N|Emmaline Sizemore⟧) for progressive massive fibrosis.
Occupational: 31 years underground and surface, last at ⟦O|Leeco⟧ mine near ⟦C|Vicco⟧; also rock-drill operator (silica).
PFTs ⟦D|3/12⟧: FEV1 1.21 L (39%), FVC 2.4 L (56%), DLCO 34%. 6MWT 210 m, nadir 84% RA.
CT ⟦D|2/26/2097⟧: bilateral upper-lobe conglomerate masses 5.1 and 4.4 cm, egg-shell calcified nodes.
Plan: home O2 through ⟦O|Rotech⟧ (order ⟦I|RT-55920418⟧), pulmonary rehab at ⟦H|ARH Whitesburg⟧, transplant referral to ⟦H|UK HealthCare⟧ (⟦C|Lexington⟧), pneumococcal/RSV vaccines. Federal black lung benefits paperwork through attorney ⟦N|Otis Sturgill⟧.
Wife ⟦N|Darlene⟧ ⟦P|606-555-0193⟧. ⟦N|Rahul Vishwanathan⟧, MD
`);

note("sports-concussion", `
Sports Medicine / Concussion Clinic — ⟦H|Sanford Orthopedics Sports Medicine⟧, ⟦C|Sioux Falls⟧
⟦D|03/02/2097⟧   Athlete: ⟦N|Tyce Van Roekel⟧, 16 y/o, DOB ⟦D|5/5/2080⟧, MRN ⟦M|SF-40917724⟧
School: ⟦O|Brandon Valley High School⟧ (wrestling, 145 lb); athletic trainer ⟦N|Kelsey Fjelstad⟧, ATC ⟦E|kfjelstad@bvschools-k12.net⟧.
Injury: ⟦D|2/26/97⟧ at the ⟦O|ESD⟧ regional tournament in ⟦C|Mitchell⟧ (the ⟦LO|Corn Palace⟧), takedown with head to mat; no LOC; headache, photophobia, fogginess.
SCAT6 symptom score 34/132 → 12 today; VOMS provokes with convergence. ImPACT (baseline ⟦D|8/2096⟧) below baseline on visual memory.
Plan: relative rest, sub-symptom aerobic (Buffalo treadmill test ⟦D|3/5⟧), vestibular therapy with ⟦N|Mara Oyen⟧, PT. Academic accommodations letter to counselor Mr. ⟦N|Doug Hoekstra⟧.
Parents ⟦N|Arlan⟧ and ⟦N|Jodi Van Roekel⟧ ⟦P|605-555-0153⟧. ⟦O|SDHSAA⟧ return-to-play form when cleared.
⟦N|Whitney Aslesen⟧, MD (CAQ Sports Medicine)
`);

note("hand-surgery", `
⟦O|OrthoVirginia⟧ — Hand & Upper Extremity, ⟦C|Danville⟧ office, ⟦S|159 Executive Dr⟧
⟦D|3-10-2097⟧ · Patient ⟦N|Womack, Tobias "Toby"⟧ · DOB ⟦D|6-1-2067⟧ · Acct ⟦I|OV-8812047⟧
Referral: ⟦H|Sovah Health Danville⟧ ED ⟦D|3/8⟧ — table-saw injury at work.
Works at ⟦O|IKEA Industry Danville⟧ (⟦PROF|machine operator⟧); VA workers' comp carrier ⟦O|Virginia Risk Sharing Association⟧, claim ⟦I|VRSA-97-02218⟧, nurse case manager ⟦N|Alondra Petty⟧ ⟦P|804-555-0122⟧ x ⟦P|4415⟧.
Exam: L index finger zone II FDP/FDS lacerations, digital nerve numbness radial side; L long finger P2 open fracture.
Plan: flexor tendon repair + digital nerve repair + K-wires, ⟦H|Danville Regional Surgery Center⟧ ⟦D|3/11⟧. Hand therapy with ⟦N|Geneviève Moreau⟧, OTR/L, CHT.
Girlfriend ⟦N|Shaniqua Lipscomb⟧ will drive (⟦P|434-555-0170⟧).
⟦N|Rajesh Subramaniam⟧, MD
`);
write();
