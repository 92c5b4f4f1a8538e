// Why this file exists: builds test/fixtures/clinical-notes-4.jsonl, a fourth labelled set of clinical notes written by
// hand to measure blind generalisation after three rounds of rules: terse lower-case nursing notes (physionet-like),
// ICU flowsheet text, consults attested with other doctors, letters to patients, referring-provider blocks, newborn and
// OB notes with parents and siblings, home-health and hospice visits, behavioral health (employers, schools, churches,
// towns), dental, eye and PT notes, transcribed dictation with D:/T: stamps and job numbers, short dates (3/14, 14-Mar,
// Mar 14), ALL CAPS names in mixed-case text, O'/hyphenated surnames, names that are also common words (Will, May, Hope,
// Grant, Rose, Bill, Young, Brown, White, King) beside those words used as words, and eponyms that are not PHI (Foley,
// Parkinson, Babinski, Glasgow, Apgar, Whipple, Gleason). Every name, place and number is invented here; nothing is
// copied from any corpus. Inline marks ⟦CODE|text⟧ as in fixture 3 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-4.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-4.jsonl", "make-clinical-fixture-4");

// ---------------------------------------------------------------------------------------------------------------
note("nursing-terse-lower", `
npn 0700-1900
neuro: a&ox3, mae, follows commands. perrla. no c/o pain.
cv: nsr 70s-80s, no ectopy. bp 110-130/60s. +pp.
resp: ls clear upper, diminished bases. 2l nc sats 95-97%. ic 1250.
gi/gu: abd soft, +bs. tol clears. foley draining clear yellow urine 40-60cc/hr.
skin: coccyx intact. heels elevated.
social: pt's dtr ⟦N|Marnie⟧ called x2, updated. son ⟦N|Teddy⟧ visited this pm w/ his wife. dr. ⟦N|Wojcik⟧ aware of low uo earlier, no new orders. NP ⟦N|Chen⟧ in to see pt.
plan: cont to monitor, oob to chair in am, ?c/o to floor ⟦D|3/14⟧.
`);

note("nursing-terse-caps-names", `
Nursing Progress Note ⟦D|14-Mar⟧ 1900-0700
Pt remains on vent, AC 500x14, peep 5, fio2 40%. ABG 7.38/42/98. Sedated on propofol 30mcg/kg/min, RASS -2.
Wife ⟦N|DOLORES⟧ and brother-in-law ⟦N|RAY PETTIGREW⟧ in overnight, very tearful, asking appropriate questions. Chaplain Fr. ⟦N|Aloysius Mbeki⟧ visited at family's request.
Glasgow coma scale 7T. Babinski equivocal bilat. Pupils 3mm brisk.
Foley cath to gravity. OGT with TF at goal 60cc/hr.
Dr ⟦N|Szabo⟧ paged re: temp 38.6 @0300, cx sent, tylenol given. Family meeting set for ⟦D|Mar 15⟧ with Dr. ⟦N|Brennan-Oduya⟧ and SW ⟦N|Kiki⟧.
`);

note("icu-flowsheet", `
MICU FLOWSHEET SUMMARY   ⟦N|Vasquez-Whitlock, Isidro⟧   MRN ⟦M|00558132⟧   Bed 7   ⟦D|2/27/2089⟧
Time   HR  BP      RR  SpO2  Temp   Pain  RN
0800   96  104/58  22  94%   37.9   3/10  ⟦N|KMO⟧
1200   88  112/64  18  96%   37.4   2/10  ⟦N|KMO⟧
1600   91  98/52   24  93%   38.2   4/10  ⟦N|J. Pfaff⟧
I/O: in 2310 / out 1450 (UO 890, NGT 560). Net +860.
Drips: norepinephrine 0.06 mcg/kg/min, vasopressin 0.04 U/min.
Lines: R IJ CVC placed ⟦D|2/25⟧ by Dr. ⟦N|Anand⟧; L radial A-line ⟦D|2/26⟧.
Contact: spouse ⟦N|Graciela⟧ ⟦P|(413) 555-0109⟧; HCP on file.
`);

note("consult-attested", `
Infectious Disease Consultation
Date of service: ⟦D|09/04/2091⟧
Requesting physician: ⟦N|Theodora Quill⟧, MD (hospital medicine)
Reason: MSSA bacteremia.

HPI: ⟦N|Bartholomew Nkemelu⟧ is a 58-year-old man who injects heroin and presented to ⟦H|Saint Anselm Medical Center⟧ ED on ⟦D|9/2⟧ with fevers and right knee swelling. Blood cultures ⟦D|9/2⟧ 4/4 bottles MSSA. TTE ⟦D|9/3⟧: no vegetation. He was last seen in our ID clinic in ⟦D|May⟧ by Dr. ⟦N|Ferreira-Lind⟧.

Social: lives with his girlfriend ⟦N|Shawna⟧ in a rooming house on ⟦S|Chestnut Hill Ave⟧ in ⟦C|Brighton⟧. Works intermittently at ⟦O|Dunkin'⟧.

Recommendations: cefazolin 2 g q8h; TEE; repeat cultures until clear; ortho for knee washout (Dr. ⟦N|Halloran⟧ aware).

I saw and examined the patient with Dr. ⟦N|Ignatius Brody⟧ (ID fellow) and agree with his findings and plan as documented above.
⟦N|Lucinda Marchetti⟧, MD, Infectious Disease, pager ⟦P|4-2218⟧
`);

note("letter-dear-patient", `
⟦H|Riverside Gastroenterology Associates⟧
⟦S|1180 Commonwealth Boulevard, Suite 300⟧
⟦C|Brockton⟧, ⟦STATE|MA⟧ ⟦Z|02301⟧
Phone ⟦P|508-555-0182⟧  Fax ⟦F|508-555-0183⟧

⟦D|October 22, 2093⟧

Mr. ⟦N|Winston O'Dea⟧
⟦S|48 Larkspur Lane⟧
⟦C|Easton⟧, ⟦STATE|MA⟧ ⟦Z|02375⟧

Dear Mr. ⟦N|O'Dea⟧,

Thank you for coming in for your colonoscopy on ⟦D|October 15⟧. I am pleased to tell you that the two small polyps we removed were tubular adenomas with no cancer. We recommend your next colonoscopy in 5 years, around ⟦D|October 2098⟧.

If you have questions, please call my nurse ⟦N|Rosemary Tkachenko⟧ at the number above, or send a message through the patient portal at ⟦U|www.riversidegi-example.com/portal⟧.

Sincerely,

⟦N|Elspeth Van der Berg⟧, MD
`);

note("referral-provider-block", `
CLINIC NOTE - ENDOCRINOLOGY
Patient: ⟦N|Yevgenia Solberg⟧          DOB: ⟦D|02/29/1948⟧
MRN: ⟦M|MG-7730015⟧                Acct #: ⟦I|A0044917723⟧
Visit date: ⟦D|7/8/2092⟧

Referring provider:
  ⟦N|Darnell Whitcombe⟧, DO
  ⟦H|Greenbriar Family Practice⟧
  ⟦S|72 Elm Street⟧
  ⟦C|Leominster⟧ ⟦STATE|MA⟧ ⟦Z|01453⟧
  Tel ⟦P|978.555.0147⟧ / Fax ⟦F|978.555.0148⟧
Primary care: same.

Reason for referral: thyroid nodule found incidentally on carotid US ⟦D|5/30/92⟧.
Assessment: 2.1 cm TI-RADS 4 nodule, euthyroid. FNA scheduled ⟦D|7/22⟧ with Dr. ⟦N|Petrosyan⟧.
cc: ⟦N|Darnell Whitcombe⟧, DO
`);

note("newborn-baby-girl", `
NEWBORN ADMISSION NOTE   ⟦D|04/19/2094⟧ 06:12
Baby Girl ⟦N|Castellanos⟧, born ⟦D|4/19/94⟧ at 05:41, 39w1d, SVD.
Mother: ⟦N|Ximena Castellanos⟧, 27 y/o G3P2103, MRN ⟦M|3319024⟧, GBS neg, HBsAg neg, rubella immune.
Father: ⟦N|Rafael Ibarra-Soto⟧, involved, at bedside.
Siblings: ⟦N|Mateo⟧ (4) and ⟦N|Luz⟧ (2), at home with maternal grandmother ⟦N|Concepción⟧.
Apgars 8 and 9. BW 3420 g. Exam: normal. Red reflex present bilaterally. Ortolani and Barlow negative.
Plan: routine newborn care, hep B vaccine, breastfeeding support with lactation (⟦N|Honora Blaise⟧, IBCLC).
Peds: Dr. ⟦N|Ngozi Whitfield⟧, ⟦H|Lakeview Pediatrics⟧, ⟦P|774-555-0138⟧.
`);

note("ob-prenatal", `
OB Visit  ⟦D|11 Jan 2093⟧   GA 28w3d by 8 wk US
Pt: ⟦N|Hope Winslow-Adeyemi⟧  MRN ⟦M|4410273⟧  EDD ⟦D|04/08/2093⟧
Partner ⟦N|Kwame Adeyemi⟧ present. Pt works as a ⟦PROF|cashier⟧ at ⟦O|Target⟧ in ⟦C|Dedham⟧; planning FMLA from ⟦D|3/20⟧.
1 hr GTT 148 -> 3 hr GTT ordered. Hgb 10.4, started ferrous sulfate.
FH 28 cm, FHT 140s. No LOF/VB, +FM.
Rhogam given today (Rh neg), lot ⟦I|RG22094K⟧.
Birth plan reviewed; hopes for unmedicated delivery, doula ⟦N|Willa Pruitt⟧.
RTC 2 wks. ⟦N|Maren Castiglione⟧, CNM
`);

note("home-health-visit", `
HOME HEALTH SKILLED NURSING VISIT
Agency: ⟦O|Pioneer Valley Home Care⟧   Visit date ⟦D|06/03/2092⟧   Time in 10:05 out 10:55
Patient: ⟦N|Ambrose Lachapelle⟧   Address: ⟦S|19 Orchard Hill Rd⟧, ⟦C|Belchertown⟧, ⟦STATE|MA⟧ ⟦Z|01007⟧
Caregiver: daughter-in-law ⟦N|Francine Lachapelle⟧ (lives downstairs) ⟦P|413-555-0190⟧
PCP: Dr. ⟦N|Osei⟧ at ⟦H|Quabbin Valley Health⟧
Wound: sacral stage 3 pressure injury 3.0 x 2.2 x 0.4 cm, granulating, no odor. Cleansed with NS, packed with Aquacel, covered with Mepilex.
Meds reconciled; pt ran out of furosemide ⟦D|5/31⟧ - refill called to ⟦O|Big Y Pharmacy⟧ ⟦P|413-555-0166⟧.
Next visit ⟦DAY|Fri⟧ ⟦D|6/6⟧. Reported to case manager ⟦N|Gwendolyn Baptiste⟧, RN.
⟦N|Tomasz Zielinski⟧, RN
`);

note("hospice-visit", `
Hospice RN Visit Note - ⟦O|Seacoast Hospice and Palliative Care⟧
⟦D|Dec 3⟧, 10:30. Pt ⟦N|Mildred Kingsley⟧, ⟦A|94⟧ yo, end-stage CHF, at home at ⟦S|7 Harbor View Terrace⟧, ⟦C|Rye⟧, ⟦STATE|NH⟧.
Present: pt's nephew ⟦N|Bill Younger⟧ and the private aide ⟦N|Patience⟧ from ⟦O|Comfort Keepers⟧.
Pt sleeping more, taking sips only. Mottling of knees. Resp 24, with periods of apnea ~10 s. Morphine 5 mg SL q2h prn used x3 in 24 h.
Family educated on signs of active dying; comfort kit in home. Chaplain Rev. ⟦N|Obadiah Grant⟧ will visit ⟦DAY|Saturday⟧.
Will call hospice MD Dr. ⟦N|Lisette Moreau⟧ re: adding glycopyrrolate. On-call line ⟦P|603-555-0175⟧.
`);

note("behavioral-health-intake", `
BEHAVIORAL HEALTH INTAKE   ⟦D|8/21/2090⟧
Client: ⟦N|Devonte Marchand⟧, 19, referred by his PCP Dr. ⟦N|Imelda Fitzhugh⟧ for anxiety and panic attacks.
Client is a sophomore at ⟦O|Westfield State University⟧ and works weekends at ⟦O|Home Depot⟧ in ⟦C|Holyoke⟧. Grew up in ⟦C|Chicopee⟧; graduated from ⟦O|Chicopee Comprehensive High School⟧ in ⟦D|2089⟧.
Lives with mother ⟦N|Carmela⟧ and stepfather ⟦N|Grant Oyelowo-Pike⟧. Biological father ⟦N|Reginald Marchand⟧ lives in ⟦C|Hartford⟧; limited contact.
Attends ⟦O|Greater Zion Baptist Church⟧ with his grandmother ⟦N|Ruby⟧ and finds it supportive. Girlfriend ⟦N|Taniyah⟧ "helps me calm down."
Denies SI/HI. PHQ-9 11, GAD-7 16.
Plan: CBT weekly with ⟦N|Ingrid Sørensen⟧, LICSW; psychiatry eval with Dr. ⟦N|Balakrishnan⟧.
`);

note("psych-common-word-names", `
Outpatient Psychiatry Follow-up   ⟦D|Mar 14, 2093⟧
Pt ⟦N|May Rosewood⟧, 42F, with MDD. Reports she will try to return to work at the library next month. Mood "better, some good days." Sleep 7 h. Appetite fair. She may increase walking.
Her husband ⟦N|Will⟧ has been "more patient." Her sister ⟦N|Rose⟧ stays with them on weekends; the kids, ⟦N|Grant⟧ and ⟦N|Hope⟧, are doing well in school.
She hopes to grant herself more time off; no will or advance directive yet - discussed.
Pt denies SI. Brown-Séquard and Parkinson disease in family history (father).
Plan: continue bupropion XL 300. RTC 6 weeks. Dr. ⟦N|Augustine King⟧
`);

note("dental-note", `
DENTAL PROGRESS NOTE   ⟦D|05/17/2092⟧
Pt: ⟦N|Leopold Szymanski⟧  Chart # ⟦M|D-20417⟧
CC: broken tooth #19 while eating.
Exam: #19 MOD amalgam with fractured lingual cusp, no caries, percussion neg, cold WNL.
Tx: #19 buildup, prep for full-coverage crown. Impression sent to ⟦O|Crestline Dental Lab⟧, case # ⟦I|CL-55102⟧.
Anesthesia: 2% lidocaine 1:100k epi, 1.8 ml IANB.
Next appt ⟦D|6/7⟧ seat crown. Provider: ⟦N|Marguerite Delacroix-Boyd⟧, DMD. Asst: ⟦N|Shay⟧.
`);

note("ophthalmology-note", `
OPHTHALMOLOGY CLINIC   DOS ⟦D|2093-02-03⟧
Name: ⟦N|Cornelius Whitehorse⟧   MRN ⟦M|8826601⟧
Referred by: ⟦N|Hamid Rostami⟧, OD, ⟦O|ClearView Optometry⟧, ⟦C|Framingham⟧
VA sc: OD 20/60, OS 20/25. IOP 18/16 by Goldmann.
SLE: 2+ NS cataract OD. DFE: C/D 0.4 OU, no DR.
A/P: visually significant cataract OD - discussed phaco/IOL. Biometry ⟦D|2/10⟧, surgery tentatively ⟦D|3/2⟧ with Dr. ⟦N|Yoshimura⟧ at ⟦H|MetroWest Eye Surgery Center⟧.
`);

note("pt-eval", `
Physical Therapy Initial Evaluation - ⟦D|Jan 9⟧
Pt is a ⟦A|91⟧ y/o female s/p R TKA ⟦D|1/5⟧ by Dr. ⟦N|Grady Ellison⟧. Lives alone in a 2-story house in ⟦C|Weymouth⟧ with 12 steps to bedroom; son ⟦N|Merritt⟧ lives nearby and can assist.
PLOF: independent with cane, drove, volunteers at ⟦O|South Shore Food Pantry⟧.
ROM R knee 5-78 deg. MMT quad 3/5. TUG 24 s with RW.
Goals: amb 150 ft with RW, stairs with rail and SBA.
Plan: PT 5x/wk while inpatient; d/c to ⟦H|Alliance Health at Marina Bay⟧ vs home with VNA.
⟦N|Siobhan McAllister⟧, PT, DPT
`);

note("dictation-dt-stamps", `
OPERATIVE REPORT
PATIENT NAME: ⟦N|ESPERANZA QUIÑONES⟧
MEDICAL RECORD #: ⟦M|721-44-09⟧
DATE OF OPERATION: ⟦D|08/11/2091⟧
SURGEON: ⟦N|Hollis R. Brandt⟧, M.D.
ASSISTANT: ⟦N|Priyanka Saraf⟧, M.D.
PREOPERATIVE DIAGNOSIS: Pancreatic head adenocarcinoma.
PROCEDURE: Pylorus-preserving pancreaticoduodenectomy (Whipple procedure).
FINDINGS: 3 cm mass in the head of pancreas, no liver metastases. The Kocher maneuver was performed widely.
ESTIMATED BLOOD LOSS: 450 mL.
The patient tolerated the procedure well and was taken to the PACU in stable condition.
______________________________
⟦N|Hollis R. Brandt⟧, M.D.
⟦N|HRB⟧/⟦N|kmw⟧
D: ⟦D|08/11/2091⟧ 16:42
T: ⟦D|08/12/2091⟧ 09:15
Job #: ⟦I|448120⟧
Doc #: ⟦I|9930214⟧
cc: ⟦N|Mei-Ling Sutherland⟧, M.D., ⟦H|Norwood Oncology⟧
`);

note("dictation-urology-gleason", `
CLINIC DICTATION - UROLOGY
⟦N|LAFLEUR, GASTON⟧  #⟦M|5501947⟧   DOS: ⟦D|10-14-92⟧
Mr. ⟦N|Lafleur⟧ returns to discuss his biopsy. PSA rose from 6.1 (⟦D|4/92⟧) to 8.8 (⟦D|9/92⟧). TRUS biopsy ⟦D|9/30⟧ showed Gleason 3+4=7 in 4 of 12 cores, left side.
He is a retired ⟦PROF|machinist⟧ who worked 31 years at ⟦O|General Dynamics⟧ in ⟦C|Pittsfield⟧. Wife ⟦N|Huguette⟧ accompanies him.
Options discussed: active surveillance, radical prostatectomy, radiation. He prefers to meet Dr. ⟦N|Ashby-Greer⟧ in radiation oncology first.
D: ⟦D|10/14/92⟧ T: ⟦D|10/16/92⟧ JOB ⟦I|X771253⟧ / ⟦N|rtc⟧
`);

note("short-dates-cardiology", `
Cardiology f/u  ⟦N|Benedetta Yarrow⟧  ⟦D|Mar 14⟧
Since last seen (⟦D|12-Jan⟧): ED visit ⟦D|2/3⟧ for palpitations, Holter ⟦D|2/5⟧-⟦D|2/6⟧ showed PAF 4% burden. Echo ⟦D|14-Feb⟧ EF 60%.
Labs ⟦D|3/1⟧: K 4.2, Cr 0.9, TSH 1.8. INR ⟦D|3/10⟧ 2.4.
CHA2DS2-VASc 3 -> warfarin continued; managed by ⟦H|Anticoagulation Clinic at Hillside⟧.
Next: stress test ⟦D|4/2⟧, return ⟦D|Jun⟧ or sooner.
⟦N|Caspar Lindqvist⟧, MD
`);

note("caps-names-in-mixed", `
Progress Note - Hospital Medicine   ⟦D|12/02/2092⟧
Pt ⟦N|HARRINGTON, SILAS J⟧ (MRN ⟦M|0662193⟧) seen and examined. Overnight: no events.
Consultants: GI (Dr. ⟦N|OKAFOR⟧) will scope tomorrow; Renal (DR ⟦N|MENDELSOHN⟧'s team) signed off.
Son ⟦N|JARED HARRINGTON⟧ called from ⟦C|DENVER⟧ and asked for an update - called back at ⟦P|720-555-0115⟧.
Exam: alert, oriented. Asterixis absent. Abd soft, nontender.
A/P: UGIB - Hgb stable x3. PPI IV bid. EGD ⟦D|12/3⟧.
Code: full. Dispo: home with ⟦O|VNA OF BOSTON⟧ when stable.
⟦N|R. Gupta-Fairbanks⟧, MD
`);

note("caps-discharge-common-names", `
DISCHARGE SUMMARY
PATIENT : ⟦N|WHITE , GRANT E⟧   UNIT NO : ⟦M|944-10-28⟧
ADMISSION DATE : ⟦D|05/02/2003⟧   DISCHARGE DATE : ⟦D|05/09/2003⟧
HISTORY : MR. ⟦N|WHITE⟧ IS A 71 YEAR OLD MAN WITH PARKINSON'S DISEASE AND BPH ADMITTED WITH UROSEPSIS . HIS WIFE ⟦N|MAY⟧ FOUND HIM CONFUSED AT HOME IN ⟦C|BROOKLINE⟧ .
HOSPITAL COURSE : FOLEY PLACED . CULTURES GREW E. COLI , TREATED WITH CEFTRIAXONE THEN CIPROFLOXACIN . WHITE COUNT NORMALIZED BY ⟦D|05/05⟧ . BROWN URINE CLEARED . HE WILL FOLLOW UP WITH DR. ⟦N|ROSE YOUNG⟧ IN UROLOGY AND DR. ⟦N|BILL KING⟧ , HIS PCP , AT ⟦H|BROOKLINE VILLAGE MEDICAL GROUP⟧ .
CONDITION ON DISCHARGE : GOOD . MAY SHOWER . WILL GRANT HOME PT REFERRAL .
DISCHARGE MEDICATIONS : CIPROFLOXACIN 500 MG BID X 10 DAYS , SINEMET 25/100 TID , FLOMAX 0.4 MG QHS .
⟦N|YOUNG , ROSE A⟧ , M.D.
DICTATED BY : ⟦N|PATEL , NIRAV⟧ , M.D.
`);

note("eponyms-hard-negatives", `
Neurology Consult  ⟦D|01/30/2092⟧
Pt: ⟦N|Lavinia Tremblay⟧, 67F. Referred by Dr. ⟦N|Sebastian Holm⟧.
Exam: Glasgow 15. CN II-XII intact. Romberg negative. Babinski downgoing bilaterally. Hoffmann negative. No Kernig or Brudzinski sign.
Cogwheel rigidity L > R, bradykinesia; consistent with idiopathic Parkinson disease, Hoehn and Yahr stage 2. No features of Wilson disease; ceruloplasmin normal.
Past: Hashimoto thyroiditis, Barrett esophagus, Dupuytren contracture, s/p Whipple ⟦D|2081⟧, Bell palsy ⟦D|2088⟧.
Plan: carbidopa-levodopa trial; DaTscan at ⟦H|Mount Auburn⟧; PT for LSVT BIG.
`);

note("peds-sick-visit-family", `
Pediatric Sick Visit   ⟦D|10/02/2093⟧
⟦N|Oliver Brown-Nakamura⟧, 6 y/o M, here with father ⟦N|Kenji Nakamura⟧ and younger sister ⟦N|Ivy⟧.
Fever to 102.8 x 2 days, sore throat, no cough. Sister had strep last week, diagnosed at ⟦H|Minuteclinic Arlington⟧.
Attends 1st grade at ⟦O|Brackett Elementary⟧ (teacher Ms. ⟦N|Penrose⟧).
Exam: tonsils 2+ with exudate, tender anterior nodes. Rapid strep positive.
Plan: amoxicillin 50 mg/kg/day x 10 d. School note given. Mother ⟦N|Allison Brown⟧ to be called with results at ⟦P|781-555-0107⟧.
⟦N|Thaddeus Oakes⟧, MD
`);

note("sw-discharge-planning-ages", `
Case Management Note ⟦D|6/18/2091⟧
Pt ⟦N|Agnes Fairchild⟧, ⟦A|97⟧ y/o, from ⟦H|Pleasant Bay Nursing and Rehab⟧, admitted ⟦D|6/15⟧ with aspiration pneumonia. Husband ⟦N|Homer⟧ (⟦A|99⟧) resides at same facility.
HCP: nephew ⟦N|Desmond Fairchild-Hale⟧, ⟦S|220 Route 6A⟧, ⟦C|Orleans⟧, ⟦STATE|MA⟧, cell ⟦P|508-555-0199⟧.
Insurance: Medicare A/B, secondary ⟦O|Tufts Health Plan⟧ member ID ⟦HP|TH8872201⟧.
Facility contact: ⟦N|Renata Olivares⟧, admissions, ⟦P|508-555-0114 x 221⟧, fax ⟦F|508-555-0115⟧.
Plan: return to facility ⟦D|6/19⟧ with hospice eval per family goals.
`);

note("transfer-accept-call", `
TRANSFER CENTER NOTE   Call time ⟦D|07/07/2092⟧ 22:14
Call from Dr. ⟦N|Zebulon Frye⟧ at ⟦H|Mercy Hospital of Athol⟧ (⟦P|978-555-0161⟧) requesting transfer of ⟦N|Cecily Atwater⟧, 64F, DOB ⟦D|9/9/28⟧, with NSTEMI and troponin 4.2.
Accepting: Dr. ⟦N|Imogen Sato⟧, cardiology. Bed: CCU 12.
Transport: ⟦O|Athol Ambulance⟧, ETA 00:30. Transfer # ⟦I|TC-92-07714⟧.
Records faxed from ⟦F|978-555-0162⟧.
Call handled by ⟦N|Marcus Delahunt⟧, RN, Transfer Center.
`);

note("ed-obs-with-urls-emails", `
ED Observation Note   ⟦D|1/20/94⟧
Pt ⟦N|Rhiannon Thistlewood⟧ (MRN ⟦M|99410372⟧, Acct ⟦I|77120044⟧) placed in obs for syncope w/u.
Telemetry: NSR, no events. Orthostatics positive. Tilt table ordered as outpatient.
Pt is a ⟦PROF|software developer⟧ at ⟦O|Brightwave Analytics⟧; wants work note emailed to ⟦E|r.thistlewood@brightwave-example.com⟧.
Discharge instructions available at ⟦U|https://patient.northbridge-example.org/ed/syncope⟧.
Dispo: d/c home with roommate ⟦N|Faye⟧. F/u PCP Dr. ⟦N|Ulrich Sandoval⟧ within 1 wk.
`);

note("icu-physician-daily", `
MICU Attending Note  HD#5  ⟦D|11/29⟧
I have seen and examined the patient, reviewed the data, and discussed the plan with the resident team (Drs. ⟦N|Okoro⟧ and ⟦N|Lindahl⟧). I agree with the note of Dr. ⟦N|Fatima Al-Sayed⟧ with the following additions.
Mr. ⟦N|Penhallow⟧ is a ⟦A|90⟧ yo with septic shock from cholangitis s/p ERCP with stent ⟦D|11/25⟧. Off pressors since ⟦D|11/27⟧ AM. Extubated ⟦D|11/28⟧.
Daughter ⟦N|Lorna Penhallow-Greaves⟧ (HCP) updated at bedside; son ⟦N|Fitzgerald⟧ by phone from ⟦C|Tucson⟧.
Time spent: 45 min critical care.
⟦N|Wendell Okafor-Hayes⟧, MD, pager ⟦P|(617) 555-0149⟧
`);

note("discharge-letter-family", `
Dear Mrs. ⟦N|Abernathy-Quist⟧,

You were in the hospital from ⟦D|March 3⟧ to ⟦D|March 9, 2094⟧ because of a blood clot in your lung (pulmonary embolism). You were treated with heparin and then started on apixaban.

What to do next:
- Take apixaban 5 mg twice a day. Do not stop it unless Dr. ⟦N|Farnsworth⟧ tells you to.
- See Dr. ⟦N|Ezekiel Farnsworth⟧ at ⟦H|Oak Ridge Internal Medicine⟧ on ⟦D|March 16⟧ at 2:30 pm. Their number is ⟦P|(339) 555-0121⟧.
- Your daughter ⟦N|Lucille⟧ said she will drive you. If you need a ride, call ⟦O|The RIDE⟧ at ⟦P|617-555-0176⟧.

Warm regards,
Your care team on Blake 7 / ⟦N|Noor Haddad⟧, MD
`);

note("pulm-clinic-apostrophes", `
Pulmonary Clinic   ⟦D|Sept 5 2092⟧
⟦N|Declan O'Shaughnessy⟧, 74M, former ⟦PROF|shipyard worker⟧ at ⟦O|Fore River Shipyard⟧, with asbestosis and COPD.
PFTs ⟦D|8/29⟧: FEV1 1.42 (51%), DLCO 44%. 6MWT 290 m, nadir 87%.
Lives with wife ⟦N|Máire⟧ in ⟦C|Quincy⟧; daughter ⟦N|Siobhan D'Angelo⟧ is a nurse at ⟦H|Carney Hospital⟧.
Plan: pulmonary rehab at ⟦H|Milton Hospital⟧, Trelegy, O2 with exertion via ⟦O|Apria⟧ (order # ⟦I|AP-4471209⟧).
Follow-up with Dr. ⟦N|N'Diaye⟧ in 3 months.
`);

note("rheum-clinic-mixed", `
Rheumatology Clinic Note   Visit: ⟦D|04-Apr-2092⟧
Patient: ⟦N|Winifred St. Clair⟧   Age: ⟦A|92⟧   MRN: ⟦M|RH-2003917⟧
Seen with fellow Dr. ⟦N|Joss Amberley⟧.
GCA on prednisone 15 mg; ESR 22 (was 88 in ⟦D|Jan⟧). Temporal artery biopsy ⟦D|1/12/92⟧ (Dr. ⟦N|Kingsbury⟧): positive.
Started tocilizumab ⟦D|2/1⟧ - injections by VNA nurse ⟦N|Paloma⟧ weekly. DEXA ⟦D|3/92⟧ T-score -2.8.
Lives at ⟦H|Brookside Senior Living⟧, ⟦S|400 Brook Street⟧, ⟦C|Lexington⟧.
Dr. ⟦N|Harriet Delgado-Wong⟧ / pager ⟦P|37719⟧
`);

note("telephone-triage-short", `
Tel enc ⟦D|2/14⟧ 16:20 - call from pt's husband ⟦N|Lyle Barstow⟧ (⟦P|617 555 0133⟧) re: wife ⟦N|Georgette Barstow⟧ DOB ⟦D|7/4/1959⟧, vomiting since this am, unable to keep meds down. Advised ED eval at ⟦H|Emerson Hospital⟧. Dr. ⟦N|Pemberton⟧ on call notified.
Message left for PCP Dr. ⟦N|Anouk Vermeulen⟧. -- ⟦N|tjm⟧ RN
`);

note("lab-pathology-caps-consult", `
SURGICAL PATHOLOGY CONSULTATION REPORT
ACCESSION: ⟦I|S92-41187⟧   RECEIVED: ⟦D|11/03/92⟧   REPORTED: ⟦D|11/06/92⟧
PATIENT: ⟦N|MCALLISTER-BOYLE, DEIRDRE⟧   DOB: ⟦D|03/03/1941⟧   AGE: 51
SUBMITTING PHYSICIAN: ⟦N|ROLAND PIERCE⟧ MD, ⟦H|FITCHBURG SURGICAL ASSOCIATES⟧
OUTSIDE SLIDES: ⟦H|HEYWOOD HOSPITAL⟧ ⟦I|HH-92-3318⟧ (4 SLIDES, 1 BLOCK)
DIAGNOSIS: BREAST, LEFT, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2. ER POSITIVE (90%), PR POSITIVE (60%), HER2 1+ (NEGATIVE).
COMMENT: REVIEWED WITH DR. ⟦N|ABERNETHY⟧ WHO AGREES.
⟦N|CONSTANCE VELARDE⟧, M.D. (ELECTRONICALLY SIGNED ⟦D|11/06/92⟧ 14:02)
`);

// ---------------------------------------------------------------------------------------------------------------
write();
