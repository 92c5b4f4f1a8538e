// Why this file exists: builds test/fixtures/clinical-notes-12.jsonl, a twelfth labelled set of clinical notes written
// by hand at the start of stop 25 to measure the tree blind: written before reading the name detector's rules
// (assembly/names/detect.ts), without reading fixtures 9-10 and with only the first and last notes of fixture 11's
// generator read (for its form), in the styles of US de-identification corpora
// that fixtures 1-11 hold least: longitudinal outpatient records of diabetic and cardiac patients opened by "Record
// date:" (clinic headers, problem and medication lists, family and social history with relatives by name, hometowns,
// employers, "s/p CABG '79 at HVMC"-style histories with bare and abbreviated years), i2b2 2006-style discharge
// summaries in capitals with the corpus's tokenised punctuation ("LOTT , XAVIER", "( KGH )", "Mr. Oakes 's"),
// referral and reply letters ("Dear Dr. ...", "cc:" blocks), pager and beeper numbers in their clinic forms ("pager
// #45123", "beeper 4-6621", "p71432"), room numbers, MRNs and unit numbers, dates as years, decades, "3/71", "fall of
// 2069", "'89", ages over 89; about a third in ALL CAPS and a few in lower case.
// Labelling follows fixtures 5-11: weekdays and holidays are `ignored` (DAY), as are states, countries and
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials are PHI;
// room and bed numbers, and a unit's own name ("6 North", "CCU"), are left unlabelled; a decade ("in his 60s") is no
// date.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-11 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-12.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-12.jsonl", "make-clinical-fixture-12");

// ---------------------------------------------------------------------------------------------------------------
note("record-pcp-diabetes", `
Record date: ⟦D|2071-03-14⟧

⟦H|QUARRY HILL FAMILY PRACTICE⟧
⟦S|212 Tanner Road⟧
⟦C|Haddam Landing⟧, ⟦STATE|CT⟧ ⟦Z|06499⟧

Reason for visit: f/u DM2, HTN

Interval History: Mr. ⟦N|Pellworth⟧ returns after his admission to ⟦H|Harrow Valley Medical Center⟧ in ⟦D|January⟧ for
a foot ulcer. Seen by podiatry (Dr. ⟦N|Ambrosek⟧) on ⟦D|2/02⟧. His wife ⟦N|Arlene⟧ is doing his dressings. Sugars 140s-180s.

Problems:
  Diabetes mellitus type 2 - dx ⟦D|2058⟧
  CAD s/p CABG x3 ⟦D|'66⟧ at ⟦H|HVMC⟧
  Hypertension
  Hyperlipidemia

Medications:
  Lantus 34 units qhs
  Metformin 1000 mg bid
  Toprol XL 50 mg qd
  Lisinopril 20 mg qd
  Zocor 40 mg qhs
  ASA 81 mg

Family history: Father died of MI at 58. Brother ⟦N|Walter⟧ has DM2 and lives in ⟦C|Tullis Point⟧.
Social history: Retired machinist from ⟦O|Ostrander Tool & Die⟧. Grew up in ⟦C|New Corvath⟧. Quit tobacco ⟦D|1998⟧.

Plan: A1c today, RTC 3 months. Refer back to Dr. ⟦N|Ambrosek⟧.

_____________________________
⟦N|Eliza T. Marchbanks⟧, M.D.
cc: ⟦N|Gregor Ambrosek⟧, DPM; ⟦H|Harrow Valley Wound Center⟧
`);

note("dis-2006-caps", `
⟦M|817230945⟧ | ⟦H|KGH⟧ | ⟦I|66120394⟧ | | ⟦I|8841207⟧ | ⟦D|09/22/2068⟧ 12:00:00 AM | CONGESTIVE HEART FAILURE | SIGNED | DIS | ADMISSION DATE : ⟦D|09/22/2068⟧ REPORT STATUS : SIGNED
DISCHARGE DATE : ⟦D|09/27/2068⟧
ATTENDING : ⟦N|TREVANION , HOLLIS⟧ M.D.
HISTORY OF PRESENT ILLNESS : THE PATIENT IS A 74 YEAR OLD WOMAN WITH ISCHEMIC CARDIOMYOPATHY , EF 25% , WHO PRESENTED TO THE ⟦H|KESSINGTON GENERAL HOSPITAL⟧ EMERGENCY DEPARTMENT WITH THREE DAYS OF DYSPNEA . SHE WAS LAST ADMITTED IN ⟦D|MAY OF 2068⟧ TO ⟦H|ST. OTTILIE 'S⟧ .
PAST MEDICAL HISTORY : MI IN ⟦D|2061⟧ ; ICD PLACED ⟦D|2064⟧ ( DR. ⟦N|QUARNBY⟧ ) ; DIABETES .
SOCIAL HISTORY : LIVES WITH HER DAUGHTER ⟦N|DEBORAH⟧ IN ⟦C|MARLOW HEIGHTS⟧ . FORMERLY WORKED AT ⟦O|HOLLIS FREIGHT LINES⟧ .
HOSPITAL COURSE : DIURESED WITH IV LASIX . ECHO ON ⟦D|09/24⟧ UNCHANGED .
DISPOSITION : HOME WITH SERVICES FROM ⟦O|MARLOW VNA⟧ . FOLLOW UP WITH DR. ⟦N|TREVANION⟧ IN 2 WEEKS , ⟦P|555-0143⟧ .
DICTATED BY : ⟦N|PETRA DUNMAREN⟧ , M.D. ⟦N|PD⟧ /⟦N|RLK⟧
ATTENDING : ⟦N|HOLLIS TREVANION⟧ , M.D. ⟦N|HT77⟧
D : ⟦D|09/27/68⟧ T : ⟦D|09/29/68⟧
BATCH : ⟦I|41972⟧ INDEX NO. ⟦I|QW88412KLA⟧
cc : ⟦N|GLENDA MORAITIS⟧ , M.D. ⟦H|MARLOW HEIGHTS HEALTH CENTER⟧
`);

note("letter-endo", `
⟦H|Linwood Endocrine Associates⟧
⟦S|40 Chapel Street, Suite 5⟧
⟦C|Westbury Ridge⟧, ⟦STATE|MA⟧ ⟦Z|01788⟧
Tel ⟦P|(508) 555-0177⟧   Fax ⟦F|(508) 555-0178⟧

⟦D|April 3, 2070⟧

Dear Dr. ⟦N|Hughes⟧,

I had the pleasure of seeing your patient, ⟦N|Dolores Fennimore⟧, in the ⟦H|Linwood⟧ clinic today. As you know she is a
63-year-old woman with type 2 diabetes since ⟦D|2049⟧, complicated by retinopathy (followed by Dr. ⟦N|Kettleby⟧ at
⟦H|Westbury Eye⟧). Her sister ⟦N|Maureen Hale⟧ came with her. She works as a cashier at ⟦O|Prendergast Market⟧.

Her hemoglobin A1c was 8.9% on ⟦D|3/2/70⟧, up from 7.6% in ⟦D|November⟧. I increased her Levemir to 28 units and started
Januvia 100 mg daily. I will see her again in ⟦D|July⟧.

Sincerely,

⟦N|Rafael Ortolano⟧, M.D.
cc: ⟦N|Karen Hughes⟧, M.D., ⟦H|Westbury Ridge Medical Group⟧
    ⟦N|Dolores Fennimore⟧
`);

note("cardiology-consult-caps", `
CARDIOLOGY CONSULTATION   ⟦H|BAYRIDGE HEALTH CENTER⟧   ROOM 6142
PATIENT: ⟦N|GATHRIGHT, LEON⟧   MR#: ⟦M|1120-448-7⟧   DATE: ⟦D|11/02/69⟧
REQUESTING: DR. ⟦N|SANDY BISHOP⟧, HOSPITALIST (PAGER #⟦P|45123⟧)
HPI: 81 YO MAN WITH CHEST PRESSURE SINCE ⟦DAY|SATURDAY⟧. HAD A STENT TO LAD AT ⟦H|MOUNT CARROW⟧ IN ⟦D|2065⟧ (DR. ⟦N|WADE⟧).
FAMILY HISTORY: MOTHER DIED AT ⟦A|93⟧ (STROKE). BROTHER ⟦N|CLIFFORD⟧ HAD CABG IN HIS 60S. SON ⟦N|RUSTY⟧ WITH HTN.
SOCIAL: WIDOWED. LIVES ALONE IN ⟦C|ASHCOMBE⟧ ON ⟦S|FERRY LANE⟧. RETIRED FROM THE ⟦O|ASHCOMBE WATER DEPARTMENT⟧.
MEDS: PLAVIX 75, LIPITOR 80, METOPROLOL 25 BID, NTG SL PRN.
ECG: NSR, OLD IMI. TROPONIN 0.04 -> 0.09.
IMPRESSION: NSTEMI. PLAN: HEPARIN, CATH IN AM WITH DR. ⟦N|MASON⟧.
⟦N|ODESSA FROST⟧, MD, FELLOW, BEEPER ⟦P|3-4412⟧
`);

note("record-cardiac-fu", `
Record date: ⟦D|2088-07-19⟧

⟦H|Mount Carrow Hospital⟧ Cardiology
⟦S|9 Wharf Street⟧, ⟦C|Carrow Junction⟧

Patient: ⟦N|Ignatius Velasko⟧   MRN: ⟦M|0029418⟧

Mr. ⟦N|Velasko⟧ is a 77 yo man s/p CABG ⟦D|'79⟧ at ⟦H|MCH⟧, redo ⟦D|2081⟧ at ⟦H|Kessington⟧, here for routine f/u.
Since his last visit in ⟦D|March⟧ he has been walking the track at ⟦O|Carrow Junction High School⟧ daily with his
neighbor Mr. ⟦N|Dale Hutchins⟧. Denies angina. Weight 88 kg (⟦D|3/88⟧: 91 kg).

Meds: Coreg 12.5 bid, Lasix 40, Imdur 60, Crestor 20, Plavix 75.
Exam: BP 128/70, HR 62. JVP flat. RRR, no m/r/g.
Echo ⟦D|6/30/88⟧: EF 40%, mild MR.

A/P: stable ischemic CMP. Continue meds. Labs with Dr. ⟦N|Lin⟧'s office in ⟦C|Tullis Point⟧. RTC 6 mo.

⟦N|Nathaniel Brooke-Sayer⟧, MD  pager ⟦P|71432⟧
`);

note("portal-lower", `
from: ⟦N|dawn hollick⟧
to: dr. ⟦N|marchbanks⟧
sent: ⟦D|3/9/2071⟧ 8:14 pm

hi dr ⟦N|marchbanks⟧ its ⟦N|dawn⟧, ⟦N|walt pellworth⟧s daughter. dad is staying with us in ⟦C|fenwick⟧ this week while mom
(⟦N|arlene⟧) has her knee done at ⟦H|st ottilies⟧. his sugars have been in the 200s and he ran out of his lantus. can you
send it to the ⟦O|walgreens⟧ on ⟦S|route 9⟧ in ⟦C|fenwick⟧? my cell is ⟦P|860-555-0121⟧. thanks so much, ⟦N|dawn⟧
`);

note("ed-tokenized", `
ED NOTE ⟦D|10/04/2069⟧
Mr. ⟦N|Oakes⟧ is a 66 year old man who was brought in by his son ⟦N|Martin⟧ from his home in ⟦C|Redwater⟧ . Mr. ⟦N|Oakes⟧ 's
wife ⟦N|Janice⟧ called EMS when he became confused . He was seen at ⟦H|Redwater Community Hospital⟧ ( ⟦H|RCH⟧ ) on ⟦D|10/01⟧
for a UTI and started on Cipro .
PMH : DM2 , CKD 3 , AFib on Coumadin , s/p L TKA ⟦D|2062⟧ .
PCP : Dr. ⟦N|Ian Carver⟧ ( ⟦H|Redwater Family Medicine⟧ ) , ⟦P|555-0188⟧ .
Exam : T 101.4 , HR 112 irregular , BP 98/60 . Oriented to self only .
Labs : INR 4.2 , Cr 2.1 ( baseline 1.4 on ⟦D|8/12/69⟧ ) .
Impression : urosepsis , supratherapeutic INR . Admit to medicine , Dr. ⟦N|Pruitt⟧ 's team .
⟦N|Marguerite Sollis⟧ , MD ⟦N|MS44⟧
`);

note("dis-instr-caps", `
DISCHARGE INSTRUCTIONS
⟦H|HARROW VALLEY MEDICAL CENTER⟧ - 6 NORTH
NAME: ⟦N|ZABROWSKI, HELENA⟧     UNIT NO: ⟦M|441-90-22⟧     DISCHARGED: ⟦D|DECEMBER 4, 2070⟧
DIAGNOSIS: COPD EXACERBATION
FOLLOW UP:
 1. DR. ⟦N|GRANT FISHER⟧, PULMONARY, ⟦D|DEC 12⟧ AT 2:40 PM, ⟦H|HVMC CHEST CLINIC⟧, ⟦S|1 HARROW PLAZA⟧, 3RD FLOOR. ⟦P|(413) 555-0162⟧
 2. YOUR PRIMARY DOCTOR, DR. ⟦N|APRIL GOODWIN⟧, WITHIN ONE WEEK. ⟦P|(413) 555-0115⟧
 3. OXYGEN FROM ⟦O|PIONEER VALLEY MEDICAL SUPPLY⟧ WILL BE DELIVERED TO ⟦S|88 MAPLE ST⟧, ⟦C|EASTON MILLS⟧.
PREDNISONE 40 MG DAILY X 4 MORE DAYS, THEN STOP.
YOUR NURSE: ⟦N|HOLLY WINTER⟧, RN. QUESTIONS AFTER HOURS: ⟦P|413-555-0100⟧.
`);

note("social-work", `
Social Work Assessment - ⟦H|St. Ottilie's Hospital⟧, ⟦D|5/17/2071⟧
Pt is a 58 yo Portuguese-speaking man originally from ⟦LO|São Miguel⟧, ⟦COUNTRY|Portugal⟧, who moved to ⟦C|Fall River⟧ in ⟦D|1989⟧.
He lives with his wife ⟦N|Fatima Medeiros⟧ and adult son ⟦N|Rui⟧ at ⟦S|77 Columbia Street⟧, second floor. He worked for 30 years
at ⟦O|Bristol Textile Finishing⟧ until the plant closed in ⟦D|2069⟧; now on disability. Daughter ⟦N|Lucia Amaral⟧ (⟦C|Pawtucket⟧,
⟦P|401-555-0182⟧) is HCP. Parish: ⟦O|Santo Christo Church⟧. Interpreter used (⟦N|Ana Botelho⟧, ⟦O|Language Bridge Services⟧).
Plan: referral to ⟦O|Coastline Elder Services⟧; PCA application. ⟦N|Nora Keough⟧, LICSW  ⟦P|x4471⟧
`);

note("record-renal", `
Record date: ⟦D|2069-11-30⟧

Renal Clinic, ⟦H|Bayridge Health Center⟧

Ms. ⟦N|Constance Moody⟧ is seen for CKD 4 (diabetic nephropathy). Creatinine 3.2 on ⟦D|11/15⟧, 2.9 in ⟦D|8/69⟧.
She is thinking about transplant; her nephew ⟦N|Tyrone Moody⟧ of ⟦C|Holloway Springs⟧ has offered to be tested.
Access: L AVF created ⟦D|9/2069⟧ by Dr. ⟦N|Strong⟧, maturing.
Meds: Renvela 800 tid, calcitriol, Epogen per protocol, Humalog SS, Lantus 18.
She asks that her sister ⟦N|Bernadette Cook⟧ be told of results, phone ⟦P|617-555-0154⟧.
F/u ⟦D|1/2070⟧ with labs. ⟦N|Pavel Okonkwo-Reid⟧, MD (renal fellow) for Dr. ⟦N|Little⟧
`);

note("op-caps", `
OPERATIVE REPORT   ⟦H|ST. OTTILIE'S HOSPITAL⟧
PATIENT: ⟦N|DUQUESNE, ROLAND P.⟧   MRN ⟦M|30048812⟧   DATE OF OPERATION: ⟦D|02/11/2070⟧
SURGEON: ⟦N|MARCUS T. HALVERSON⟧, M.D.   ASSISTANT: ⟦N|CHASE BELL⟧, M.D. (PGY-4)
ANESTHESIA: GENERAL, DR. ⟦N|IRINA SOKOLOVA⟧
PROCEDURE: RIGHT FEMORAL-POPLITEAL BYPASS WITH REVERSED GREATER SAPHENOUS VEIN.
INDICATIONS: 72 YO DIABETIC WITH REST PAIN, ANGIOGRAM ⟦D|1/28/70⟧ AT ⟦H|KGH⟧ SHOWING SFA OCCLUSION.
FINDINGS: GOOD VEIN. DOPPLER SIGNALS AT THE DP AND PT AT THE END.
THE PATIENT'S WIFE ⟦N|LORRAINE⟧ WAS UPDATED IN THE FAMILY LOUNGE.
⟦N|MARCUS T. HALVERSON⟧, M.D.   ⟦N|MTH⟧/⟦N|JKW⟧   DD: ⟦D|02/11/70⟧   DT: ⟦D|02/12/70⟧   JOB #⟦I|22817⟧
`);

note("letter-reply-pcp", `
⟦H|Westbury Ridge Medical Group⟧
⟦S|1180 Boston Post Road⟧   ⟦C|Westbury Ridge⟧, ⟦STATE|MA⟧ ⟦Z|01788⟧

⟦D|June 9, 2070⟧

⟦N|Rafael Ortolano⟧, M.D.
⟦H|Linwood Endocrine Associates⟧
⟦S|40 Chapel Street, Suite 5⟧
⟦C|Westbury Ridge⟧, ⟦STATE|MA⟧ ⟦Z|01788⟧

RE: ⟦N|Dolores Fennimore⟧   DOB ⟦D|8/14/2006⟧

Dear ⟦N|Rafael⟧,

Thanks for your note. ⟦N|Dolores⟧ came in on ⟦D|June 2⟧ after a fall at work; x-rays at ⟦H|Westbury Urgent Care⟧ were
negative. Her sugars are better since the Januvia. She mentions her husband ⟦N|Earl⟧ was laid off from ⟦O|Cranmore Mills⟧.

Best,
⟦N|Karen⟧

⟦N|Karen Hughes⟧, M.D.
`);

note("record-dm-caps", `
RECORD DATE: ⟦D|2067-05-02⟧
⟦H|FENWICK COMMUNITY HEALTH CENTER⟧ - ADULT MEDICINE
PT: ⟦N|TOBIAS KNIGHT⟧   MRN ⟦M|55102934⟧
S: 49 YO M WITH DM2 (DX ⟦D|2060⟧), OBESITY, OSA ON CPAP. WORKS NIGHTS AS A SECURITY GUARD AT ⟦O|FENWICK MALL⟧.
   SEES DR. ⟦N|NOBLE⟧ AT ⟦H|LAKESIDE EYE⟧ YEARLY. MOTHER ⟦N|ROSE KNIGHT⟧ (DM, ESRD) DIED ⟦D|2063⟧.
O: WT 142 KG. BP 146/92. A1C 9.4 (⟦D|1/67⟧ 8.8). MONOFILAMENT DECREASED BILAT.
A/P: 1. DM2 UNCONTROLLED - ADD VICTOZA 0.6. 2. HTN - INCREASE LISINOPRIL TO 40.
   REFERRED TO ⟦O|YMCA⟧ DIABETES PREVENTION PROGRAM ON ⟦S|ELM STREET⟧.
⟦N|J. SHARP⟧, NP
`);

note("nursing-caps", `
NURSING NOTE 7P-7A  ⟦D|08/30/2070⟧   CCU BED 4
PT ⟦N|OLIVIA STARLING⟧ RESTING. HR 70S NSR. HEPARIN GTT AT 1100 UNITS/HR, PTT DUE 0200.
DAUGHTER ⟦N|JOY⟧ AND SON-IN-LAW ⟦N|FRANK DELUCA⟧ VISITED UNTIL 2100; THEY WILL STAY AT THE ⟦O|HAMPTON INN⟧ IN ⟦C|OAKVALE⟧.
PT ASKING FOR HER PASTOR, REV. ⟦N|GOLDEN⟧ OF ⟦O|OAKVALE FIRST BAPTIST⟧; MESSAGE LEFT ⟦P|555-0119⟧.
CALLED DR. ⟦N|SWIFT⟧ (COVERING, BEEPER ⟦P|2217⟧) RE: K 3.3, REPLETED.
⟦N|M. CASE⟧, RN
`);

note("record-htn-chf", `
Record date: ⟦D|2072-01-08⟧

⟦H|Linwood Internal Medicine⟧

CC: SOB, leg swelling

HPI: ⟦N|Beatrice Oyelowo-Grant⟧ is an 84 yo woman with HFpEF, AF, DM2, seen today with her granddaughter ⟦N|Ivy⟧.
Two weeks of DOE after ⟦DAY|Christmas⟧ with family in ⟦C|Millbridge⟧ (salty food). Seen ⟦DAY|Tuesday⟧ at ⟦H|Millbridge Urgent Care⟧,
given Lasix 40 x3 days. Cardiologist is Dr. ⟦N|Aldous Penhallow⟧ at ⟦H|Harrow Valley⟧; last echo ⟦D|10/71⟧.

PMH: AF (⟦D|2066⟧), HFpEF, DM2, OA, cataracts OU (⟦D|2069⟧, ⟦H|Lakeside Eye⟧).
SH: Widow of ⟦N|Samuel⟧. Taught 3rd grade at ⟦O|Linwood Elementary⟧ for 35 years. Lives at ⟦H|Cobble Hill Manor⟧ (assisted).
FH: Sister ⟦N|Opal⟧ - CHF. Son ⟦N|Desmond Grant⟧, ⟦C|Atlanta⟧, HTN.

Plan: torsemide 20 daily, BMP ⟦DAY|Friday⟧, call Dr. ⟦N|Penhallow⟧'s office ⟦P|(508) 555-0130⟧ to move up her visit.
⟦N|Gloria Esterhuizen⟧, MD
`);

note("dis-summ-mixed", `
DISCHARGE SUMMARY
NAME: ⟦N|Hardy, Lucinda⟧          UNIT NUMBER: ⟦M|718-22-40⟧
ADMISSION DATE: ⟦D|03/02/2066⟧     DISCHARGE DATE: ⟦D|03/09/2066⟧
PRINCIPAL DIAGNOSIS: Diabetic ketoacidosis.
HISTORY: 34-year-old woman with type 1 DM since age 9, followed at the ⟦H|Joslyn-Hart Diabetes Center⟧ by Dr. ⟦N|Philippa Long⟧.
She was found by her roommate ⟦N|Kristen Ashby⟧ at their apartment on ⟦S|Spring Street⟧ in ⟦C|Ashcombe⟧. Works as a line cook at
⟦O|The Copper Kettle⟧. Insulin pump (serial ⟦DEV|OMN-4418273⟧) had failed.
HOSPITAL COURSE: MICU ⟦D|3/2⟧-⟦D|3/4⟧, insulin drip, then floor. Pump replaced by ⟦O|Omnipod⟧ rep ⟦N|Derek Stroud⟧.
FOLLOW-UP: Dr. ⟦N|Long⟧ ⟦D|3/16/66⟧.
⟦N|Winston Achebe-Farr⟧, M.D.   dictated ⟦D|3/9/66⟧   ⟦N|WAF⟧:⟦N|sml⟧
`);

note("telephone-lower", `
tel enc ⟦D|4/22/70⟧ 3:10p
spoke w/ pt's husband ⟦N|bill carver⟧ (⟦P|508-555-0167⟧). pt ⟦N|june carver⟧ had bg 48 this am, ate, now 130. taking glipizide 10 bid and
lunch skipped. told to hold glipizide pm dose, will d/w dr ⟦N|esterhuizen⟧. he also asks for a letter for his boss at ⟦O|carver
& sons roofing⟧ re: missed work. ⟦N|rmt⟧
`);

note("ed-caps-fall", `
EMERGENCY DEPARTMENT RECORD   ⟦H|REDWATER COMMUNITY HOSPITAL⟧
DATE: ⟦D|07-14-2071⟧   TIME: 0340   MR# ⟦M|RCH-0773129⟧
PT: ⟦N|AUGUSTINE BROWN⟧   AGE: ⟦A|93⟧
BROUGHT BY ⟦O|REDWATER FIRE⟧ FROM ⟦H|GREYSTONE NURSING HOME⟧ (⟦S|400 QUARRY RD⟧) AFTER UNWITNESSED FALL.
NURSING HOME RN ⟦N|DIANE PIKE⟧ REPORTS BASELINE DEMENTIA. NEPHEW ⟦N|LESTER BROWN⟧ IS HCP, ⟦P|555-0108⟧.
EXAM: 4 CM SCALP LAC. NO FOCAL DEFICIT. CT HEAD NEG.
REPAIRED WITH 5 STAPLES BY ⟦PROF|PA⟧ ⟦N|HUNTER⟧. RETURN TO NH. STAPLES OUT ⟦D|7/21⟧.
ATTENDING: ⟦N|R. KAUFFMAN-ODA⟧, MD
`);

note("record-lipid", `
Record date: ⟦D|2074-09-03⟧

⟦H|Carrow Junction Medical Associates⟧ — Lipid Clinic

Mr. ⟦N|Wendell Ashcroft⟧ (MRN ⟦M|7730185⟧), 55, with familial hypercholesterolemia. LDL 212 on atorvastatin 80 + ezetimibe.
FH: father ⟦N|Harold⟧ MI at 44, died at 51; uncle ⟦N|Everett⟧ CABG at 49; daughter ⟦N|Paige⟧ (19, at college in ⟦C|Burlington⟧)
LDL 190 - we will see her over break. His brother ⟦N|Curtis Ashcroft⟧ is followed at ⟦H|Kessington Lipid Clinic⟧.
SH: CPA at ⟦O|Greeley & Rusk⟧ in ⟦C|Carrow Junction⟧. No tobacco.
Plan: start evolocumab; PA sent to ⟦O|Blue Harbor Health Plan⟧ (member ⟦HP|BHH 4418-220-91⟧).
⟦N|Sunita Raghunathan⟧, MD, FNLA   ⟦D|9/3/74⟧
`);

note("letter-to-patient", `
⟦H|Bayridge Health Center⟧ • Diabetes Education Program
⟦S|300 Harbor Avenue⟧ • ⟦C|Bayridge⟧, ⟦STATE|NJ⟧ ⟦Z|07744⟧

⟦D|October 17, 2069⟧

Mr. ⟦N|Rocky Delgado⟧
⟦S|19 Birch Hollow Lane, Apt 2B⟧
⟦C|Bayridge⟧, ⟦STATE|NJ⟧ ⟦Z|07744⟧

Dear Mr. ⟦N|Delgado⟧:

Your next diabetes class is on ⟦DAY|Wednesday⟧, ⟦D|November 5⟧, at 6 pm in the Seaview Room. Please bring your meter.
If you cannot come, call ⟦N|Sunny Park⟧, RD, CDE, at ⟦P|732-555-0149⟧.

Sincerely,
⟦N|Marian Wolcott⟧, RN, CDE
`);

note("progress-caps-cabg", `
CARDIAC SURGERY PROGRESS NOTE   POD 3   ⟦D|04/19/2068⟧
⟦N|LANDRY, ELLSWORTH⟧   ⟦M|0041772⟧   RM 5217-A
S/P CABG X4 (LIMA-LAD, SVG-OM, SVG-PDA, SVG-D1) ON ⟦D|4/16⟧ BY DR. ⟦N|HALVERSON⟧.
CT OUT. AFIB OVERNIGHT, AMIODARONE BOLUS. CXR: SMALL L EFFUSION.
WIFE ⟦N|PEARL⟧ AT BEDSIDE; SHE DRIVES FROM ⟦C|TULLIS POINT⟧ DAILY. DAUGHTER ⟦N|NADINE⟧ IN ⟦C|PHOENIX⟧ CALLING TONIGHT.
DISPO: REHAB AT ⟦H|PELHAM COVE REHABILITATION⟧ VS HOME WITH ⟦O|TULLIS POINT VNA⟧.
⟦N|C. MARSH⟧, PA-C   PGR ⟦P|3318⟧
`);

note("record-2014-annual", `
Record date: ⟦D|2090-02-26⟧

NAME: ⟦N|Faith Ng-Ostrander⟧
MRN: ⟦M|4417709⟧

Annual visit. 61 yo woman with DM2, HTN, hypothyroidism. Her husband ⟦N|Kenneth⟧ had a stroke in ⟦D|November 2089⟧ and is
now at ⟦H|Pelham Cove Rehab⟧; she is his main caregiver and has been sleeping poorly. She left her job at
⟦O|First Millbridge Savings⟧ in ⟦D|December⟧ to care for him.

Health maintenance: colonoscopy ⟦D|2086⟧ (Dr. ⟦N|Wise⟧) normal; mammogram ⟦D|1/90⟧ BIRADS 1; Pneumovax ⟦D|2088⟧.
Meds: metformin 500 bid, lisinopril 10, levothyroxine 88 mcg, sertraline 50 (new).

Plan: caregiver support referral (⟦O|Millbridge Council on Aging⟧, Ms. ⟦N|Tran⟧, ⟦P|555-0132⟧).
Attending: ⟦N|Hector Villanueva⟧, MD
`);

note("path-caps", `
SURGICAL PATHOLOGY REPORT   ⟦H|KESSINGTON GENERAL HOSPITAL⟧ DEPARTMENT OF PATHOLOGY
ACCESSION: ⟦I|KS70-11482⟧   PATIENT: ⟦N|WHITLOCK, SHIRLEY A⟧   MRN: ⟦M|6620981⟧
COLLECTED: ⟦D|03/05/2070⟧   RECEIVED: ⟦D|03/06/2070⟧
SUBMITTING PHYSICIAN: ⟦N|BARNABY KEANE⟧, M.D. (⟦H|KESSINGTON GI ASSOCIATES⟧)
SPECIMEN: COLON, SIGMOID, POLYP, SNARE.
DIAGNOSIS: TUBULAR ADENOMA, NEGATIVE FOR HIGH-GRADE DYSPLASIA.
GROSS (⟦N|LT⟧): RECEIVED IN FORMALIN, ONE PINK TAN POLYP 0.9 CM.
ELECTRONICALLY SIGNED: ⟦N|OCTAVIA REINHOLT⟧, M.D. ⟦D|03/08/2070⟧
`);

note("record-dm-foot", `
Record date: ⟦D|2077-06-11⟧

⟦H|HARROW VALLEY⟧ PODIATRY

⟦N|Ezekiel Marsh⟧ returns for R plantar ulcer. He is 70, DM2 x 25 yrs, PVD s/p R fem-pop ⟦D|2075⟧ (Dr. ⟦N|Halverson⟧, ⟦H|St. O's⟧).
Works part time at his son ⟦N|Jesse⟧'s hardware store, ⟦O|Marsh True Value⟧, in ⟦C|Easton Mills⟧ - on his feet all day.
Ulcer 1.2 x 0.8 cm (was 2.0 x 1.1 on ⟦D|5/14⟧). Debrided. Offloading boot.
RTC 2 wks. Dx discussed with wife ⟦N|Lenore⟧ by phone ⟦P|413-555-0175⟧.
⟦N|G. Ambrosek⟧, DPM
`);

note("letter-caps-disability", `
⟦H|FENWICK COMMUNITY HEALTH CENTER⟧
⟦S|15 MILL POND ROAD⟧, ⟦C|FENWICK⟧, ⟦STATE|CT⟧ ⟦Z|06371⟧

⟦D|JANUARY 22, 2068⟧

TO WHOM IT MAY CONCERN:

MR. ⟦N|TOBIAS KNIGHT⟧ (DOB ⟦D|03/30/2018⟧) IS UNDER MY CARE FOR DIABETES AND SLEEP APNEA. HE SHOULD NOT WORK OVERNIGHT SHIFTS
UNTIL ⟦D|MARCH 1, 2068⟧. PLEASE CONTACT MY OFFICE AT ⟦P|(860) 555-0126⟧ WITH QUESTIONS.

SINCERELY,
⟦N|JUDITH SHARP⟧, APRN
CC: ⟦O|FENWICK MALL SECURITY⟧, ATTN ⟦N|DONNA REYES⟧
`);

note("dis-summ-2006-mixed", `
⟦M|448120937⟧ ⟦H|SOH⟧
⟦I|20384471⟧
⟦I|552981⟧
⟦D|11/19/2069⟧ 12:00:00 AM
Discharge Summary
Signed
DIS
Admission Date :
⟦D|11/19/2069⟧
Report Status :
Signed
Discharge Date :
⟦D|11/23/2069⟧
ATTENDING : ⟦N|MCCALLISTER , DOUGLAS J.⟧ M.D.
HISTORY OF PRESENT ILLNESS :
Mr. ⟦N|Kowalczyk⟧ is a 69 - year-old gentleman with a history of diabetes and peripheral vascular disease who was admitted
from the ⟦H|Saint Oswin 's⟧ Vascular Clinic for a non-healing left heel ulcer .
He lives in ⟦C|Dunmore Falls⟧ with his wife ⟦N|Irene⟧ .
DISCHARGE MEDICATIONS :
Keflex 500 mg p.o. q.i.d. ; Lopressor 25 mg p.o. b.i.d. ; NPH insulin 20 units q.a.m.
FOLLOW UP :
Dr. ⟦N|McCallister⟧ in one week ; Dr. ⟦N|Fairweather⟧ of the ⟦H|Dunmore Falls Clinic⟧ .
Dictated By :
⟦N|SEYMOUR , ALICIA⟧
Attending :
⟦N|DOUGLAS J. MCCALLISTER⟧ , M.D. ⟦N|DM43⟧
⟦N|AS27⟧ / ⟦N|bmt⟧
DD :
⟦D|11/23/69⟧
TD :
⟦D|11/25/69⟧ 9:12 A
cc :
⟦N|DOUGLAS J. MCCALLISTER⟧ , M.D.
`);

note("record-afib-anticoag", `
Record date: ⟦D|2075-12-01⟧

Anticoagulation Service — ⟦H|Mount Carrow Hospital⟧
Pt: ⟦N|Theodora Pike⟧  (MCH # ⟦M|2209413⟧)

INR 3.6 today (goal 2-3). Warfarin 5 mg daily except 2.5 mg ⟦DAY|Mon⟧/⟦DAY|Thu⟧. Recently started Bactrim by urgent care in
⟦C|Holloway Springs⟧ for UTI. Her daughter-in-law ⟦N|Crystal Pike⟧ manages her pill box.
Plan: hold tonight, then resume; recheck INR ⟦DAY|Monday⟧ ⟦D|12/5⟧ at the ⟦H|Holloway Springs⟧ draw station.
Called Dr. ⟦N|Penhallow⟧'s covering NP, ⟦N|Leah Ostrowski⟧, p⟦P|21198⟧.
⟦N|Rhett Munro⟧, PharmD
`);

note("hospice-caps", `
HOSPICE ADMISSION NOTE   ⟦O|TULLIS POINT HOSPICE AND PALLIATIVE CARE⟧
PATIENT: ⟦N|VIOLET HARGREAVES⟧   AGE: ⟦A|96⟧   DATE: ⟦D|02/14/2072⟧
DX: END STAGE HEART FAILURE. PREVIOUSLY AT ⟦H|MOUNT CARROW⟧ ⟦D|1/30⟧-⟦D|2/9⟧.
LIVES WITH SON ⟦N|HOWARD⟧ AND HIS WIFE ⟦N|PATRICE⟧ AT ⟦S|44 LIGHTHOUSE ROAD⟧, ⟦C|TULLIS POINT⟧. SHE WAS BORN IN ⟦C|GLASGOW⟧ AND CAME
OVER IN ⟦D|1948⟧. CHURCH: ⟦O|ST. BRENDAN'S⟧, FR. ⟦N|O'MALLEY⟧.
A ⟦A|NINETY-SIX⟧ YEAR OLD WOMAN, COMFORTABLE ON 2 L. DNR/DNI, MOLST ON FILE.
RN CASE MANAGER ⟦N|HEATHER LONG⟧ ⟦P|555-0174⟧. MD: ⟦N|K. BAPTISTE-WOOD⟧.
`);

note("record-chest-pain", `
Record date: ⟦D|2083-04-04⟧

⟦H|Redwater Family Medicine⟧

Ms. ⟦N|Rosalie Quintanilla⟧ is a 52 yo woman with DM2 and HTN with 2 episodes of chest tightness while shoveling.
She was evaluated at the ⟦H|RCH⟧ ED on ⟦D|3/29⟧ with neg troponins x2. Stress echo scheduled ⟦D|4/10⟧ at ⟦H|Redwater⟧ with Dr. ⟦N|Yates⟧.
FH: mother ⟦N|Guadalupe⟧ had MI at 60; brother ⟦N|Ernesto⟧ - DM.
SH: Office manager at ⟦O|Redwater Dental Group⟧. Married to ⟦N|Luis⟧. Walks with her church group at ⟦O|Grace Lutheran⟧.
Meds: Janumet 50/1000 bid, amlodipine 5, ASA 81 (new).
⟦N|Ian Carver⟧, MD
`);

note("dis-summ-caps-stroke", `
DISCHARGE SUMMARY   ⟦H|PELHAM COVE GENERAL HOSPITAL⟧
PATIENT: ⟦N|BARTHOLOMEW KING⟧   MR #: ⟦M|55-410-92⟧   ADMITTED: ⟦D|6/2/71⟧   DISCHARGED: ⟦D|6/8/71⟧
ATTENDING: ⟦N|MILES VANDERHOEK⟧, M.D.
78 YO RIGHT HANDED MAN, RETIRED FISHERMAN, FROM ⟦C|PELHAM COVE⟧, WITH DM2 AND AF OFF ANTICOAGULATION, ADMITTED WITH L MCA STROKE.
TPA NOT GIVEN (LAST WELL ⟦D|6/1⟧ 2200). MRI ⟦D|6/2⟧: L MCA INFARCT.
HE IS CARED FOR BY HIS WIFE ⟦N|MARJORIE⟧ AND DAUGHTER ⟦N|SUSAN KING-ABERNATHY⟧ (⟦P|207-555-0186⟧).
DISCHARGED TO ⟦H|SPAULDING NORTH REHABILITATION⟧. APIXABAN 5 BID STARTED ⟦D|6/6⟧.
F/U: NEUROLOGY, DR. ⟦N|CHARLOTTE MEADE⟧, ⟦H|PCGH⟧ STROKE CLINIC, 6 WEEKS.
⟦N|MV⟧:⟦N|TRC⟧   D: ⟦D|06/08/71⟧   T: ⟦D|06/09/71⟧
`);

note("record-cardiac-2014-b", `
Record date: ⟦D|2080-10-15⟧

⟦H|ELMSFORD CARDIOLOGY ASSOCIATES⟧
⟦S|600 Hospital Drive⟧, Suite 410

Dear ⟦N|Hector⟧,

I saw Mr. ⟦N|Gideon Pressley⟧ in follow-up today. As you recall, he had an anterior MI in ⟦D|August⟧ treated with a DES to the
LAD at ⟦H|Elmsford General⟧. He is back at work as a foreman for ⟦O|Tarrant Bay Construction⟧ and has no angina. His
LDL is 88 on atorvastatin 40; I increased it to 80. He quit smoking on ⟦D|8/11/80⟧, the day of his MI.

I will see him in ⟦D|January⟧.

With best regards,
⟦N|Cornelius Abernathy⟧, MD, FACC
cc: ⟦N|Hector Villanueva⟧, MD
`);

note("medrec-lower", `
med rec - ⟦D|1/5/2073⟧ - ⟦N|rhett munro⟧, pharmd
pt ⟦N|gertrude wong⟧, bed 14, from ⟦H|cobble hill manor⟧. list from facility (faxed by ⟦N|nancy⟧, ⟦F|508-555-0197⟧):
  lasix 40 daily, kcl 20, metoprolol 25 bid, novolog ss, lantus 12, tylenol 650 q6 prn
daughter ⟦N|amy wong⟧ says she also takes fish oil. pharmacy: ⟦O|cvs⟧ ⟦S|main st⟧ ⟦C|westbury ridge⟧.
`);

note("ed-record-mixed", `
Emergency Department Note — ⟦H|Kessington General Hospital⟧
Patient: ⟦N|Stone, Marcus⟧   DOB: ⟦D|1/18/2019⟧   MRN: ⟦M|KGH4420917⟧   Room: 12
Arrival: ⟦D|01/02/2073⟧ 23:10 by private car, with his girlfriend ⟦N|Tiffany Barnes⟧.

54 yo M with DM1, insulin pump, vomiting x1 day after ⟦DAY|New Year's Eve⟧ party in ⟦C|Redwater⟧. BG "HI" on home meter.
Endocrinologist: Dr. ⟦N|Philippa Long⟧ (⟦H|Joslyn-Hart⟧). PCP: Dr. ⟦N|Will Ferris⟧.
Exam: Kussmaul resp, dry mucosa. Labs: AG 28, bicarb 8, K 5.9.
DKA protocol; MICU consult (Dr. ⟦N|Ostrander⟧). Admitted ⟦D|1/3/73⟧ 02:40.
⟦N|Priya Balasubramanian⟧, MD
`);

note("record-caps-2006-short", `
⟦M|301994751⟧ ⟦H|PCGH⟧
⟦I|6692817⟧
⟦D|4/12/2071⟧ 12:00:00 AM
ADMISSION DATE : ⟦D|04/12/2071⟧
DISCHARGE DATE : ⟦D|04/15/2071⟧
PRINCIPAL DIAGNOSIS : HYPOGLYCEMIA
HISTORY : THIS IS AN 86 YEAR OLD FEMALE FROM ⟦H|SEABROOK HOUSE NURSING HOME⟧ IN ⟦C|PELHAM COVE⟧ , FOUND BY STAFF WITH BLOOD SUGAR 31 .
SHE IS FOLLOWED BY DR. ⟦N|BEST⟧ AT ⟦H|PELHAM COVE PRIMARY CARE⟧ . HER SON ⟦N|GILBERT PARISH⟧ LIVES IN ⟦C|PORTLAND⟧ .
GLYBURIDE WAS STOPPED .
⟦N|ARMSTRONG , TESSA⟧ , M.D.
DICTATED BY : ⟦N|ARMSTRONG , TESSA⟧ , M.D. ⟦N|TA19⟧
D : ⟦D|04/15/71⟧ T : ⟦D|04/17/71⟧
`);

note("record-vascular-letter", `
Record date: ⟦D|2078-08-21⟧

⟦H|St. Ottilie's⟧ Vascular Surgery
⟦S|25 Cathedral Hill⟧, ⟦C|Ashcombe⟧ ⟦Z|02904⟧

Dear Dr. ⟦N|Carver⟧ and Dr. ⟦N|Goodwin⟧:

Mrs. ⟦N|Hazel Winterbottom⟧ was seen today for her left carotid stenosis (70-79% on duplex ⟦D|8/2/78⟧ at our
⟦H|Ashcombe⟧ lab). She is 88, independent, and lives with her husband ⟦N|Reginald⟧ on ⟦S|Cedar Point Road⟧. Her
nephew, Dr. ⟦N|Alistair Winterbottom⟧, a radiologist at ⟦H|Bayridge⟧, joined us by phone.
We discussed CEA vs medical therapy; she prefers to wait. Repeat duplex in ⟦D|February 2079⟧.

⟦N|Marcus T. Halverson⟧, MD   pager #⟦P|7731⟧
`);

note("gen-med-caps-brief", `
GENERAL MEDICINE ADMISSION NOTE   ⟦D|10/30/2074⟧   ⟦H|HVMC⟧ 8 EAST RM 812
ID: ⟦N|AMOS FAIRCHILD⟧, 76M, DM2/CAD/CKD3, FROM HOME IN ⟦C|EASTON MILLS⟧ WITH WIFE ⟦N|DORIS⟧.
CC: MELENA X 2 DAYS. ON ASA + PLAVIX (DES ⟦D|JUNE 2074⟧, DR. ⟦N|PENHALLOW⟧).
PCP: ⟦N|APRIL GOODWIN⟧, MD. GI: DR. ⟦N|KEANE⟧ (SCOPE ⟦D|2071⟧ AT ⟦H|KESSINGTON⟧).
HGB 7.1 (BASELINE 11 ON ⟦D|9/74⟧). 2 UNITS PRBC. EGD IN AM.
⟦N|L. VOSS⟧, MD (PGY-2) PAGER ⟦P|39912⟧
`);

note("record-diab-eye", `
Record date: ⟦D|2076-03-29⟧

⟦H|Lakeside Eye⟧ - Retina Service

Patient ⟦N|Annabel Lee Quist⟧, 67, referred by Dr. ⟦N|Rafael Ortolano⟧ for PDR OU. Prior PRP OD ⟦D|2074⟧ at ⟦H|Westbury Eye⟧.
VA 20/60 OD, 20/40 OS. NVD OD. Avastin OD today, lot on log. Her husband ⟦N|Gordon Quist⟧ drove; they live in
⟦C|Westbury Ridge⟧ near the ⟦O|Millbridge Country Club⟧ where he is groundskeeper.
F/u 4 wks. ⟦N|Felicity Noble⟧, MD
`);

note("transfer-caps", `
INTERFACILITY TRANSFER FORM
FROM: ⟦H|REDWATER COMMUNITY HOSPITAL⟧ ICU   TO: ⟦H|KESSINGTON GENERAL HOSPITAL⟧ CCU
PATIENT: ⟦N|HOLLOWAY, CLARENCE⟧   DOB ⟦D|09/09/1980⟧   AGE ⟦A|91⟧   MRN ⟦M|RCH-0661043⟧
REASON: STEMI, NEEDS PCI. ACCEPTING: DR. ⟦N|ABERNATHY⟧ (⟦P|555-0133⟧). SENDING: DR. ⟦N|SOLLIS⟧.
TRANSPORT: ⟦O|LIFESTAR⟧ RN ⟦N|GARY DOYLE⟧. NEXT OF KIN: GRANDSON ⟦N|TREVOR HOLLOWAY⟧ ⟦P|(860) 555-0148⟧.
DEPARTED 1415 ON ⟦D|11/11/2071⟧.
`);

note("record-followup-lowbrief", `
Record date: ⟦D|2079-05-07⟧
⟦H|Quarry Hill Family Practice⟧
⟦N|Walter Pellworth⟧ (brother of our pt ⟦N|Walt⟧) new pt visit. 74 yo, DM2, moved here from ⟦C|Tullis Point⟧ in ⟦D|April⟧
to live with his daughter ⟦N|Rosemary Dunn⟧ on ⟦S|Orchard Terrace⟧. Prior PCP Dr. ⟦N|Lin⟧ - records requested (fax ⟦F|555-0139⟧).
Retired from ⟦O|Tullis Point Ferry⟧ in ⟦D|2065⟧. A1c 7.1. Cont metformin. ⟦N|E. Marchbanks⟧, MD
`);

note("signout-lower", `
cardiology signout ⟦D|2/3/72⟧ - from ⟦N|nate brooke-sayer⟧ (p⟦P|71432⟧) to ⟦N|odessa frost⟧ (bpr ⟦P|4412⟧)
rm 5210 ⟦N|pressley, gideon⟧ 62m - s/p des lad ⟦D|8/80⟧, admitted w/ cp. trop neg x2. if recurs page dr ⟦N|abernathy⟧ at home ⟦P|555-0190⟧.
rm 5214 ⟦N|oakes, ferdinand⟧ 66m - afib rvr, dilt gtt. wife ⟦N|janice⟧ at bedside, son ⟦N|martin⟧ lives in ⟦C|redwater⟧.
rm 5222 ⟦N|velasko⟧ - post cath, r groin ok. fu dr ⟦N|lin⟧ ⟦C|tullis point⟧ after d/c.
`);

write();
