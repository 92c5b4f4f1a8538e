// Why this file exists: builds test/fixtures/clinical-notes-3.jsonl, a third labelled set of clinical notes written by
// hand to measure how the rules tuned on the first two fixtures generalise: i2b2-style discharge summaries with other
// headers, ED triage, radiology and pathology reports (accessions, "Dictated by", cc lists), ALL CAPS nursing and
// progress notes, letters, telephone encounters, social-work, med-rec with pharmacies, referral faxes with fax headers,
// operative notes with assistants, care-home transfers, psychiatry with relatives in prose, international patients
// (accents, foreign towns), dates in many formats, ages over 89, pagers, accounts, device serials. Every name, place and
// number is invented here; nothing is copied from any corpus. The notes carry inline marks, ⟦CODE|text⟧, which this
// script removes while computing the span offsets. Usage: node scripts/make-clinical-fixture-3.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-3.jsonl", "make-clinical-fixture-3");

// ---------------------------------------------------------------------------------------------------------------
note("caps-dc-i2b2-header", `
⟦M|334071925⟧ ⟦H|PUMC⟧
⟦M|81662043⟧
⟦I|8805519⟧
⟦D|11/23/2002⟧ 12:00:00 AM
CHRONIC OBSTRUCTIVE PULMONARY DISEASE EXACERBATION
Signed
DIS
Admission Date :
⟦D|11/23/2002⟧
Report Status :
Signed
Discharge Date :
⟦D|12/01/2002⟧
ATTENDING : ⟦N|BREWSTER , LYNNE T.⟧ M.D.
HISTORY OF PRESENT ILLNESS : MS. ⟦N|VANTERPOOL⟧ IS A ⟦A|92⟧ YEAR OLD WOMAN WITH SEVERE COPD ON 3 LITERS HOME OXYGEN WHO WAS BROUGHT IN BY HER GRANDSON ⟦N|DESMOND⟧ AFTER TWO DAYS OF INCREASING DYSPNEA . SHE WAS LAST ADMITTED TO ⟦H|PUMC⟧ IN ⟦D|AUGUST 2002⟧ FOR THE SAME . SHE LIVES AT ⟦H|ASHGROVE MANOR ASSISTED LIVING⟧ IN ⟦C|WINTHROP⟧ .
PAST MEDICAL HISTORY : COPD , ATRIAL FIBRILLATION ON COUMADIN , HYPOTHYROIDISM , STATUS POST RIGHT HIP FRACTURE ⟦D|1998⟧ REPAIRED BY DR. ⟦N|ACHTERBERG⟧ .
HOSPITAL COURSE : SHE WAS TREATED WITH NEBULIZERS , PREDNISONE AND AZITHROMYCIN . ON ⟦D|11/26⟧ SHE BECAME CONFUSED AND A HEAD CT WAS NEGATIVE . PULMONARY WAS CONSULTED , DR. ⟦N|FENSTERMACHER⟧ , WHO RECOMMENDED BIPAP AT NIGHT . HER DAUGHTER , ⟦N|CLAUDETTE VANTERPOOL-HINDS⟧ , WAS UPDATED BY TELEPHONE AT ⟦P|(617) 555-0148⟧ . CODE STATUS WAS DISCUSSED AND SHE IS DNR/DNI .
DISCHARGE MEDICATIONS : PREDNISONE TAPER , COUMADIN 2 MG QHS , LEVOXYL 75 MCG QD , ALBUTEROL AND ATROVENT NEBS Q4H .
FOLLOW UP : DR. ⟦N|MARGUERITE OYELOWO⟧ AT ⟦H|WINTHROP COMMUNITY HEALTH CENTER⟧ IN ONE WEEK . INR CHECK ⟦D|12/04/02⟧ .
Dictated By : ⟦N|HALVORSEN , PETRA⟧ , M.D. ⟦I|PH73⟧
Attending : ⟦N|LYNNE T. BREWSTER⟧ , M.D. ⟦I|LB2⟧ ⟦I|QM019/4471⟧
Batch : ⟦I|31187⟧ Index No. ⟦I|TWQR4K22ZX⟧ D : ⟦D|12/01/02⟧ T : ⟦D|12/03/02⟧
CC : 1. ⟦N|MARGUERITE OYELOWO⟧ , M.D. ⟦H|WINTHROP COMMUNITY HEALTH CENTER⟧
[ report_end ]
`);

note("mixed-dc-record-date", `
Record date: ⟦D|2091-06-14⟧

DISCHARGE SUMMARY

Name: ⟦N|Cornelius Abernethy-Vale⟧
MRN: ⟦M|4472019⟧   Acct: ⟦I|900331877⟧
Admitted: ⟦D|06/09/2091⟧   Discharged: ⟦D|06/14/2091⟧
Attending: ⟦N|Priya Venkataraman⟧, MD   Service: General Medicine, ⟦H|Harbor Point Hospital⟧

Principal diagnosis: Community-acquired pneumonia, RLL.

History: Mr. ⟦N|Abernethy-Vale⟧ is a ⟦A|96⟧-year-old retired ⟦PROF|ferry captain⟧ from ⟦C|Gloucester⟧ who lives with his niece ⟦N|Rosamund Tilley⟧. He presented ⟦D|June 9⟧ with fever and productive cough. CXR showed RLL consolidation.

Course: Ceftriaxone and azithromycin, transitioned to cefpodoxime ⟦D|6/12⟧. Swallow evaluation by ⟦N|Ines Kowalski⟧, SLP, showed mild oropharyngeal dysphagia; diet changed to mechanical soft with thin liquids. Delirium on hospital day 2 resolved with reorientation. Hearing aids brought in by niece.

Follow-up: Dr. ⟦N|Hugh Penhaligon⟧, ⟦H|Cape Ann Primary Care⟧, ⟦S|14 Rogers Street⟧, ⟦C|Gloucester⟧, ⟦STATE|MA⟧ ⟦Z|01930⟧, tel ⟦P|978-555-0127⟧, on ⟦D|June 21, 2091⟧ at 10:30.

⟦N|Priya Venkataraman⟧, MD
cc: ⟦N|Hugh Penhaligon⟧, MD; ⟦N|Rosamund Tilley⟧ (HCP)
`);

note("ed-triage", `
EMERGENCY DEPARTMENT TRIAGE   Arrival ⟦D|03/02/2093⟧ 02:47   Mode: ambulance (⟦O|Medford Fire Rescue⟧ 2)
Pt: ⟦N|Okonkwo, Chidi⟧   DOB ⟦D|1961-10-30⟧   MRN ⟦M|E7730214⟧   Visit # ⟦I|V00418823⟧
CC: "my chest feels tight"
Triage RN: ⟦N|Marisol Etxeberria⟧   ESI 2
Vitals: T 37.1  HR 112  BP 168/94  RR 22  SpO2 93% RA  Pain 8/10
HPI per EMS: 61M, onset at 01:30 while shoveling snow at home, ⟦S|220 Fellsway West⟧, ⟦C|Medford⟧. ASA 324 mg given PTA, NTG x1.
PMH: DM2, HTN, prior PCI ⟦D|2088⟧ at ⟦H|Lahey⟧.
Allergies: NKDA.
Contact: wife ⟦N|Ifeoma⟧ ⟦P|781-555-0166⟧ (cell).
PCP: ⟦N|Sandoval, Teodoro⟧ MD.
EKG at 02:50: ST elevation II, III, aVF. STEMI alert called 02:52, Dr. ⟦N|Rourke⟧ (cards) paged to pager ⟦P|3-4471⟧.
`);

note("ed-physician", `
ED Physician Note  ⟦DAY|Sat⟧ ⟦D|Jan 14 2090⟧ 21:40
Patient: ⟦N|Greta Lindstrøm⟧  ⟦A|90⟧ y.o. female   MRN: ⟦M|2203957⟧
Accompanied by: son ⟦N|Anders Lindstrøm⟧, who found her on the kitchen floor at 19:00 at her apartment, ⟦S|31 Pleasant St. #4⟧, ⟦C|Arlington⟧.

HPI: ⟦A|90⟧ yo F on apixaban with unwitnessed fall. Unknown down time, possibly since morning (newspaper of ⟦D|1/14⟧ still at the door). Complains of L hip pain. No LOC per pt.
Exam: L leg shortened and externally rotated. Skin tear L forearm 4 cm.
Imaging: CT head neg. XR L hip: displaced femoral neck fracture.
CK 2,840. Cr 1.6 (baseline 1.0 per ⟦H|Mass General⟧ records ⟦D|Nov 2089⟧).
Plan: ortho consult (Dr. ⟦N|Baptiste⟧ aware), admit to medicine, hold apixaban, IVF.
Dispo discussed with son, who is HCP; daughter ⟦N|Solveig⟧ is flying in from ⟦C|Trondheim⟧.

⟦N|Kwame Asante-Darko⟧, MD  Emergency Medicine
`);

note("radiology-mri", `
⟦H|NORTHGATE IMAGING CENTER⟧
⟦S|4100 Route 1⟧, ⟦C|Saugus⟧, ⟦STATE|MA⟧ ⟦Z|01906⟧   Tel ⟦P|781.555.0190⟧  Fax ⟦F|781.555.0191⟧

PATIENT: ⟦N|FITZGERALD-NWOSU, AOIFE⟧
DOB: ⟦D|04-Jul-1979⟧      MRN: ⟦M|NIC0098127⟧
ACCESSION: ⟦I|MR24-118830⟧
DATE OF SERVICE: ⟦D|22-Feb-2094⟧
REFERRING PHYSICIAN: ⟦N|Benedikt Hauer⟧, MD

EXAMINATION: MRI LUMBAR SPINE WITHOUT CONTRAST

HISTORY: Low back pain radiating to the left leg for 6 weeks.

FINDINGS: Alignment is normal. Vertebral body heights are maintained. At L4-L5 there is a left paracentral disc extrusion displacing the traversing left L5 nerve root. At L5-S1 mild facet arthropathy without stenosis. Conus terminates at L1. No Tarlov cyst of significance.

IMPRESSION: L4-L5 left paracentral extrusion contacting the left L5 root, correlating with symptoms.

Dictated by: ⟦N|Svetlana Moroz⟧, MD
Transcribed by: ⟦N|jkl⟧   D: ⟦D|02/22/2094⟧  T: ⟦D|02/23/2094⟧
cc: ⟦N|Benedikt Hauer⟧, MD; ⟦N|Chiara Bellandi⟧, PT
`);

note("radiology-caps-cxr", `
RADIOLOGY REPORT  ACC# ⟦I|4471928⟧
EXAM: CHEST PA AND LATERAL  ⟦D|09/09/2090⟧
PT: ⟦N|MACALLISTER, DUNCAN⟧  UNIT #: ⟦M|220-18-33⟧  LOC: 6 WEST
ORDERING: ⟦N|HASSAN, NADIA⟧
COMPARISON: ⟦D|08/30/2090⟧.
FINDINGS: LEFT PLEURAL EFFUSION HAS DECREASED. PICC LINE TIP IN THE LOWER SVC. PACEMAKER GENERATOR IN THE LEFT CHEST WITH LEADS IN THE RIGHT ATRIUM AND RIGHT VENTRICLE. NO PNEUMOTHORAX.
IMPRESSION: IMPROVING LEFT EFFUSION.
READ BY: ⟦N|T. OYAMA⟧, M.D.  ⟦D|09/09/90⟧ 11:02
`);

note("pathology-report", `
SURGICAL PATHOLOGY
⟦H|St. Columba's Hospital⟧ Department of Pathology
⟦S|900 Beacon Hill Road⟧, ⟦C|Providence⟧, ⟦STATE|RI⟧ ⟦Z|02906⟧

Patient: ⟦N|Delacroix-Mbeki, Thandiwe⟧      Sex: F      DOB: ⟦D|8/19/1966⟧
Hospital #: ⟦M|55102384⟧     Pathology #: ⟦I|SP-91-08811⟧
Date obtained: ⟦D|3/3/2091⟧     Date received: ⟦D|3/4/2091⟧
Surgeon: ⟦N|Lucius Harrow⟧, MD     Assistant: ⟦N|Wen-Jie Tsao⟧, MD

SPECIMEN: Left breast, lumpectomy with needle localization.

GROSS DESCRIPTION: Received fresh labeled with the patient's name and "left breast lumpectomy" is a 6.2 x 4.0 x 3.1 cm oriented fibrofatty specimen. Inked: superior blue, inferior green. Serially sectioned to reveal a 1.4 cm stellate firm tan mass 0.4 cm from the superior margin. Representative sections submitted in cassettes A1-A9. (GROSS: ⟦N|rtm⟧)

MICROSCOPIC: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1). DCIS, intermediate grade, solid type. Margins negative; closest superior 4 mm. ER 95%, PR 80%, HER2 1+ (negative).

DIAGNOSIS: LEFT BREAST, LUMPECTOMY: INVASIVE DUCTAL CARCINOMA, 1.4 CM, GRADE 2. MARGINS NEGATIVE.

⟦N|Ottoline Marchbanks⟧, MD, ⟦PROF|Pathologist⟧  (electronically signed ⟦D|03/06/2091⟧)
`);

note("nursing-caps", `
NURSING NOTE ⟦D|2/17/92⟧ 0300
PT MRS. ⟦N|ABERNATHY⟧ RESTLESS THIS SHIFT, PULLING AT IV. REORIENTED X3. DAUGHTER ⟦N|LORETTA⟧ CALLED AT 2300, UPDATED. PT STATES "I WANT TO GO HOME TO ⟦C|QUINCY⟧". VSS. SATS 94% 2L NC. LUNGS WITH CRACKLES BILAT BASES. LASIX 40 IV GIVEN PER DR. ⟦N|ZELLWEGER⟧ WITH 600 CC UO. K 3.4 , REPLETED. SKIN INTACT. TURNED Q2H. BED ALARM ON. WILL CONTINUE TO MONITOR.
⟦N|D. FAIRWEATHER⟧ RN
`);

note("progress-caps", `
MEDICINE PROGRESS NOTE ⟦D|APRIL 3 , 2003⟧
S : MR. ⟦N|KAZANTZAKIS⟧ REPORTS LESS ABDOMINAL PAIN . TOLERATING CLEARS . WIFE ⟦N|ELENI⟧ AT BEDSIDE .
O : AFEBRILE . BP 124/70 . ABDOMEN SOFT , MILDLY TENDER EPIGASTRIUM . LIPASE 212 ( 1,840 ON ADMISSION ) .
A/P : ⟦A|93⟧ YO MAN WITH GALLSTONE PANCREATITIS , IMPROVING .
1. ADVANCE DIET .
2. GI ( DR. ⟦N|WINTERBOTTOM⟧ ) FOR ERCP ⟦D|4/4⟧ .
3. SURGERY ( DR. ⟦N|ABOUD⟧ ) FOR CHOLECYSTECTOMY THIS ADMISSION .
4. DISPO : HOME WITH SON ⟦N|NIKOS⟧ IN ⟦C|PEABODY⟧ VS ⟦H|SPRINGHILL REHAB⟧ .
⟦N|GUNNAR ØSTERGAARD⟧ , M.D. PAGER #⟦P|40712⟧
`);

note("letter-dear-dr", `
⟦H|Riverbend Endocrine Associates⟧
⟦S|77 Mill Pond Road, Suite 210⟧
⟦C|Concord⟧, ⟦STATE|NH⟧ ⟦Z|03301⟧
Phone ⟦P|(603) 555-0134⟧ | Fax ⟦F|(603) 555-0135⟧

⟦D|March 18, 2092⟧

⟦N|Bartholomew Quayle⟧, MD
⟦H|Pembroke Family Medicine⟧
⟦S|12 Main Street⟧
⟦C|Pembroke⟧, ⟦STATE|NH⟧ ⟦Z|03275⟧

RE: ⟦N|Winifred Ashdown⟧   DOB: ⟦D|12/02/1947⟧

Dear Dr. ⟦N|Quayle⟧,

Thank you for referring Ms. ⟦N|Ashdown⟧, whom I saw today in consultation for a thyroid nodule. As you know, she is a 74-year-old retired ⟦PROF|librarian⟧ in whom a 2.3 cm right thyroid nodule was found on carotid ultrasound at ⟦H|Concord Hospital⟧ on ⟦D|1/30/92⟧.

She has no compressive symptoms. TSH was 1.8. Ultrasound today shows a TI-RADS 4 solid nodule. I performed FNA today; cytology will be read at ⟦H|Dartmouth⟧ and I will call her with the result.

Her husband, ⟦N|Linus⟧, accompanied her. She asked that results also be sent to her daughter ⟦N|Harriet Ashdown-Pryce⟧ (⟦E|hpryce.family@examplemail.com⟧).

Sincerely,

⟦N|Ekaterina Voss⟧, MD, FACE
cc: ⟦N|Winifred Ashdown⟧
`);

note("letter-to-patient", `
⟦D|October 2, 2090⟧

Mr. ⟦N|Raimundo Figueiredo⟧
⟦S|5 Lantern Way⟧
⟦C|Fall River⟧, ⟦STATE|MA⟧ ⟦Z|02720⟧

Dear Mr. ⟦N|Figueiredo⟧:

Your colonoscopy on ⟦D|September 26th⟧ showed two small polyps, both removed. Pathology shows they are tubular adenomas, which are not cancer. We recommend a repeat colonoscopy in 7 years, in ⟦D|2097⟧.

If you have questions please call my nurse ⟦N|Dolores⟧ at ⟦P|508-555-0139 ext. 2214⟧ or use the patient portal at ⟦U|www.southcoastgi-example.org/portal⟧.

Sincerely,
⟦N|Anselm Grünewald⟧, MD
⟦H|SouthCoast Gastroenterology⟧
`);

note("telephone-encounter", `
Telephone Encounter
⟦D|05/11/2093⟧ 4:12 PM
Caller: ⟦N|Yolanda Espinosa-Reyes⟧ (daughter of patient)
Patient: ⟦N|Espinosa, Aurelio⟧   MRN ⟦M|6610428⟧
Call back #: ⟦P|(413) 555-0182⟧

Daughter reports father (⟦A|91⟧ y/o) has had poor appetite x 3 days and is sleeping more. No fever she knows of. He is on the new dose of donepezil started ⟦D|4/28⟧. She asks whether it could be the medicine.
Reviewed with Dr. ⟦N|Whitcombe⟧: advised to hold donepezil, push fluids, bring him to clinic tomorrow ⟦D|5/12⟧ at 11:00. If confused or not drinking, go to ⟦H|Baystate Franklin⟧ ED.
Daughter verbalized understanding. She can also be reached at work (⟦O|Greenfield Savings Bank⟧) ⟦P|413-555-0107⟧.
-- ⟦N|Maeve Donnelly⟧, RN
`);

note("telephone-pharmacy", `
TELEPHONE NOTE ⟦D|11-08-2091⟧
Spoke with pharmacist ⟦N|Rahul⟧ at ⟦O|Walgreens⟧ #⟦I|10442⟧ on ⟦S|Boston Post Road⟧, ⟦C|Sudbury⟧ (⟦P|978-555-0156⟧) re: interaction between clarithromycin and simvastatin for pt ⟦N|Bettina Krauss⟧ (DOB ⟦D|3/3/52⟧). Changed to azithromycin. New Rx sent electronically. Pt notified at home number on file.
⟦N|L. Chen⟧, PharmD
`);

note("social-work", `
Social Work Assessment  ⟦D|7/19/2092⟧

Referral: from Dr. ⟦N|Amundsen⟧ for discharge planning and caregiver stress.

Pt ⟦N|Harold "Hal" Stroud⟧ is a 78 yo man with advanced Parkinson's disease admitted after a fall. He lives with his wife ⟦N|June Stroud⟧ (82) in a split-level house in ⟦C|Framingham⟧. Their son ⟦N|Calvin⟧ lives in ⟦C|Worcester⟧ and works nights at ⟦O|UPS⟧; their daughter ⟦N|Bernadette Ocasio⟧ lives in ⟦C|Providence⟧, ⟦STATE|RI⟧, and is a ⟦PROF|teacher⟧ at ⟦O|Hope High School⟧. Mrs. ⟦N|Stroud⟧ retired from ⟦O|Filene's⟧ and still volunteers at ⟦O|St. Bridget Parish⟧ food pantry on ⟦DAY|Tuesdays⟧.

Mrs. ⟦N|Stroud⟧ is tearful and reports she "can't lift him anymore." Pt has VA benefits (served in ⟦COUNTRY|Korea⟧); SW contacted ⟦H|VA Boston⟧ caseworker ⟦N|Dominic Ferrante⟧ (⟦P|857-555-0174⟧) about Aid and Attendance.

Plan: family meeting ⟦DAY|Monday⟧ ⟦D|7/22⟧ at 2 pm; referral to ⟦O|Metrowest Elder Services⟧; list of rehab facilities given (pt prefers ⟦H|Edgell Grove⟧ or ⟦H|Heritage Hills Nursing and Rehabilitation⟧).

⟦N|Tamsin Okafor-Reid⟧, LICSW  x⟦P|4-7712⟧
`);

note("med-rec", `
MEDICATION RECONCILIATION - ADMISSION   ⟦D|08/30/2092⟧
Patient: ⟦N|Zbigniew Wróblewski⟧     MRN: ⟦M|3301877⟧
Sources: patient, wife ⟦N|Danuta⟧, pharmacy fill history, PCP list (Dr. ⟦N|Nakashima⟧, faxed ⟦D|8/29⟧)

Preferred pharmacy: ⟦O|CVS Pharmacy⟧ #⟦I|2231⟧, ⟦S|455 Broadway⟧, ⟦C|Everett⟧ ⟦STATE|MA⟧, ⟦P|617-555-0163⟧
Mail order: ⟦O|Express Scripts⟧, member ID ⟦HP|XSM448812093⟧

Home medications:
1. Metoprolol succinate 50 mg PO daily - last dose ⟦D|8/29⟧ AM - continue
2. Apixaban 5 mg PO BID - last dose ⟦D|8/29⟧ PM - HOLD (procedure)
3. Tamsulosin 0.4 mg PO qHS - continue
4. Vitamin D3 2000 units daily - continue
5. Eliquis listed twice on PCP list (duplicate of #2)
6. Lorazepam 0.5 mg qHS prn - filled ⟦D|7/02/92⟧ at ⟦O|Rite Aid⟧ ⟦C|Chelsea⟧ - pt says not taking

Reconciled by ⟦N|Ogechi Nwankwo⟧, PharmD  ⟦D|8/30/92⟧ 13:05
`);

note("referral-fax", `
*** FAX ***  ⟦D|01/07/2094⟧ 09:14  FROM: ⟦H|MAPLEWOOD PEDIATRICS⟧  ⟦F|978 555 0102⟧  P. 001/003

TO: ⟦H|Children's Neurology Associates⟧   ATTN: Referral Coordinator   FAX: ⟦F|(617) 555-0118⟧
FROM: ⟦N|Imogen Steadman⟧, MD      PHONE: ⟦P|(978) 555-0101⟧

REFERRAL
Patient: ⟦N|Tobias Ferreira-Lund⟧     DOB: ⟦D|2087-05-06⟧     Sex: M
Parent/guardian: ⟦N|Sigrid Lund⟧ (mother)   Cell: ⟦P|978-555-0147⟧
Address: ⟦S|62 Orchard Hill Dr⟧, ⟦C|Andover⟧, ⟦STATE|MA⟧ ⟦Z|01810⟧
Insurance: ⟦O|Harvard Pilgrim⟧  ID ⟦HP|HPH77120045⟧  Group ⟦I|0081265⟧

Reason: 6 yo boy with two afebrile generalized seizures (⟦D|12/19/93⟧ and ⟦D|01/03/94⟧). Normal development. Family history: maternal uncle with epilepsy. EEG requested. Please schedule first available.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error call ⟦P|978-555-0100⟧.
`);

note("operative-note", `
OPERATIVE REPORT

PATIENT NAME: ⟦N|PELLEGRINO, ASSUNTA⟧
MEDICAL RECORD #: ⟦M|01277430⟧
DATE OF OPERATION: ⟦D|06/02/2092⟧
SURGEON: ⟦N|Caspar Wendell-Hume⟧, M.D.
ASSISTANT SURGEONS: ⟦N|Folasade Adeyemi⟧, M.D. (PGY-4); ⟦N|Niall Corrigan⟧, PA-C
ANESTHESIA: General endotracheal, Dr. ⟦N|Hiroshi Tanabe⟧
PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram.
INDICATIONS: ⟦A|91⟧-year-old woman with recurrent biliary colic, cleared by cardiology (Dr. ⟦N|Marchetti⟧).
DESCRIPTION: The patient was placed supine. After induction, the abdomen was prepped and draped. A Hasson trocar was placed at the umbilicus. Calot's triangle was dissected to achieve the critical view of safety. Cholangiogram showed no filling defects. The cystic duct and artery were clipped and divided. The gallbladder was removed in an Endocatch bag. Fascia closed with 0 Vicryl, skin with 4-0 Monocryl.
EBL: 20 mL. SPECIMENS: gallbladder to pathology. COUNTS: correct x2.
IMPLANTS: none. Harmonic scalpel serial ⟦DEV|HS7731-0482⟧ logged per policy.
⟦N|Caspar Wendell-Hume⟧, M.D.   D: ⟦D|06/02/2092⟧ 15:40   T: ⟦D|06/03/2092⟧ 08:12   Job ⟦I|7718822⟧
`);

note("care-home-transfer", `
INTER-FACILITY TRANSFER FORM
From: ⟦H|Brookhaven Skilled Nursing Facility⟧, ⟦S|1200 Elm Ridge Pkwy⟧, ⟦C|Brockton⟧ ⟦STATE|MA⟧ ⟦Z|02301⟧   Unit: Magnolia 2
To: ⟦H|Good Samaritan Medical Center⟧ Emergency Department
Date/time: ⟦D|12/27/2093⟧ 18:20

Resident: ⟦N|Philomena Costigan⟧   Age: ⟦A|98⟧   DOB: ⟦D|02/14/1995⟧   Room 214B
Facility ID: ⟦M|BSN-004471⟧   Medicare #: ⟦HP|1EG4-TE5-MK72⟧
Code status: DNR (MOLST on file, signed ⟦D|3/1/93⟧)
Health care proxy: ⟦N|Kieran Costigan⟧ (nephew) ⟦P|508-555-0119⟧; alternate Sr. ⟦N|Agnes Mulrooney⟧ ⟦P|508-555-0120⟧
Reason for transfer: fever 38.9, hypoxia 86% RA, new RLL crackles.
Baseline: oriented to self only, wheelchair, pureed diet, needs total assist.
Attending at facility: Dr. ⟦N|Ravindra Kulkarni⟧  pager ⟦P|508-555-0188⟧
Report called to ⟦N|Simone⟧ RN at 18:05.
Sending nurse: ⟦N|Aurelia Bishop⟧, LPN
`);

note("psych-note", `
Psychiatry Progress Note    ⟦D|Feb 9, 2093⟧

Pt: ⟦N|Lorcan Dempsey⟧, 34M, voluntary (Section 12b), admitted ⟦D|2/2⟧.

Pt slept 6 h. Reports mood "better, maybe a 5." Says his mother, ⟦N|Bernadette⟧, visited last evening and they argued again about money; he thinks she "sides with ⟦N|Eoin⟧" (his older brother) who lent him rent last winter. Pt still preoccupied with his ex-girlfriend ⟦N|Saoirse Whelan⟧, whom he believes is "posting about him"; no plan to contact her. He mentions his AA sponsor ⟦N|Frank⟧ from the ⟦O|St. Anne's⟧ group in ⟦C|Dorchester⟧ and wants to call him. Denies SI/HI. No AH/VH.

MSE: casually dressed, good eye contact, speech normal rate. Mood "okay", affect constricted but reactive. TP linear. TC: no delusions elicited today. Insight and judgment fair.

Plan: continue sertraline 100 mg, increase to 150 mg ⟦D|2/11⟧ if tolerating. Family meeting with mother and brother ⟦DAY|Thursday⟧ requested by pt. Collateral: outpatient therapist ⟦N|Grainne Foley⟧, LMHC at ⟦O|Bay Cove⟧ (⟦P|617-555-0133⟧).

⟦N|Anjali Deshpande⟧, MD, PGY-3 / ⟦N|Morten Skov⟧, MD (attending)
`);

note("international-admission", `
Admission H&P   ⟦D|14.03.2092⟧

Patient: ⟦N|José Ángel Muñoz Quiñones⟧   MRN ⟦M|7782106⟧
Interpreter: Spanish, ⟦N|Begoña⟧ (ID ⟦I|55814⟧)

HPI: 67 y/o man visiting his daughter ⟦N|Maite Muñoz⟧ in ⟦C|Somerville⟧ from ⟦C|Logroño⟧, ⟦COUNTRY|Spain⟧, since ⟦D|March 1⟧. Presents with 2 days of melena. Known cirrhosis (alcohol), followed at ⟦H|Hospital San Pedro⟧ by Dr. ⟦N|Íñigo Etxebarria⟧; last EGD there ⟦D|octubre 2091⟧ showed small varices. Brought a discharge summary dated ⟦D|03/02/2092⟧.

His wife ⟦N|Pilar⟧ stayed in ⟦COUNTRY|Spain⟧. Son ⟦N|Javier⟧ lives in ⟦C|Zaragoza⟧ and is his emergency contact: ⟦P|+34 976 555 018⟧.

Exam: HR 104, BP 98/60. Spider angiomata, no asterixis.
Labs: Hb 7.9, INR 1.6, Plt 88.
Plan: 2 large-bore IVs, octreotide, ceftriaxone, PPI, GI for EGD tonight (Dr. ⟦N|Sørensen⟧).

Also seen: a second traveler in the same family group, his brother-in-law ⟦N|François Lefèvre-Ngata⟧ of ⟦C|Nouméa⟧, asked to be told of progress (⟦E|f.lefevre.ngata@mail-example.nc⟧).

⟦N|Zoë Papadopoulou⟧, MD
`);

note("intl-asian-patient", `
Clinic Note - Hepatology   ⟦D|16 April 2092⟧
Pt: ⟦N|Nguyễn Thị Hương⟧ (goes by ⟦N|Huong Nguyen⟧)   MRN ⟦M|3318820⟧
Chronic hepatitis B, on tenofovir since ⟦D|2089⟧. Born in ⟦C|Huế⟧, ⟦COUNTRY|Vietnam⟧; moved to ⟦C|Lowell⟧ in ⟦D|2075⟧. Mother died of HCC at 58. Sister ⟦N|Lan⟧ also HBsAg positive, followed by Dr. ⟦N|Pham⟧ at ⟦H|Lowell Community Health Center⟧.
HBV DNA undetectable ⟦D|3/2092⟧. AFP 3.1. US liver ⟦D|3/28⟧: no focal lesion.
Plan: continue tenofovir, US + AFP q6 months; next ⟦D|Sept 2092⟧.
⟦N|Kenji Watanabe-Ross⟧, NP
`);

note("dates-everywhere", `
Cardiology Clinic Note
DOS: ⟦D|2093-01-11⟧        Last visit: ⟦D|11 Oct 2092⟧       Next: ⟦D|Apr-2093⟧
Pt: ⟦N|Augustin Mbappé-Lacroix⟧  DOB ⟦D|19471122⟧  MRN ⟦M|6612094⟧

Device: dual-chamber pacemaker implanted ⟦D|3rd of June, 2087⟧ at ⟦H|Beth Israel⟧; generator Medtronic Azure, SN ⟦DEV|RNB448120S⟧. Remote monitoring via ⟦U|https://carelink-example.com⟧.
Interrogation ⟦D|1/11/93⟧: battery 7.5 years, RA pacing 41%, RV pacing 3%. AHRE episodes ⟦D|12/24⟧ - ⟦D|12/26⟧, longest 6 h.
History: AF since ⟦D|'85⟧; ablation ⟦D|Aug. 2088⟧; echo ⟦D|10.10.2092⟧: EF 55%.
He turned ⟦A|ninety-one⟧ on ⟦D|Nov 22nd⟧ and still drives to ⟦C|Needham⟧ to see his great-granddaughter.
Plan: start apixaban; recheck mid-⟦D|April⟧; CBC/BMP ⟦D|01/2093⟧ done.
⟦N|Rosalind Achebe⟧, MD
`);

note("pcp-visit-emails", `
Primary Care Visit   ⟦DAY|Thursday⟧, ⟦D|August 7, 2092⟧

Patient: ⟦N|Mirela Dragomir⟧, 57F     MRN ⟦M|9004417⟧     Preferred contact: ⟦E|mirela.dragomir77@examplemail.com⟧
Employer: ⟦O|Raytheon Technologies⟧ (⟦C|Andover⟧ site), works as a ⟦PROF|quality inspector⟧.

Here for follow-up of hypertension and new fatigue. Husband ⟦N|Costel⟧ snores loudly; she wakes unrefreshed. STOP-BANG 5.
BP 148/92, 146/90 repeat. BMI 34.
Plan: amlodipine 5 mg; sleep study referral to ⟦H|Lahey Sleep Center⟧, ⟦S|41 Mall Road⟧, ⟦C|Burlington⟧ (⟦P|781-555-0155⟧); labs today.
Patient given handout from ⟦U|http://www.heart-example.org/bp⟧ and portal username ⟦I|mdragomir57⟧.
Portal sign-in from IP ⟦IP|73.149.22.208⟧ confirmed by pt.
Return ⟦D|10/2/92⟧.
⟦N|Ezekiel Brandt-Okoro⟧, MD
`);

note("obstetric-note", `
L&D Admission Note   ⟦D|09/14/2093⟧ 03:30
⟦N|Keisha Montgomery-Baptiste⟧, 29 y/o G2P1001 at 39w2d by 8 wk US, EDD ⟦D|9/19/93⟧.
Prenatal care: ⟦H|Whittier Street Health Center⟧, Dr. ⟦N|Abiodun⟧. Prenatal labs: O+, Ab neg, RI, HBsAg neg, HIV neg, GBS neg (⟦D|8/20⟧).
Prior: NSVD ⟦D|2090⟧ at ⟦H|Brigham⟧, 3.4 kg boy (⟦N|Jalen⟧).
Support person: partner ⟦N|Marcus Okafor⟧, ⟦P|617-555-0177⟧.
SVE 5/90/-1, SROM 01:45 clear. FHR 140s, moderate variability, accels, no decels. Toco q3 min.
Plan: admit, expectant management, epidural on request. Pediatrics aware.
⟦N|Hannelore Fischbach⟧, CNM
`);

note("insurance-prior-auth", `
PRIOR AUTHORIZATION REQUEST   Submitted ⟦D|2/5/2094⟧
Payer: ⟦O|Blue Cross Blue Shield of Massachusetts⟧   Member ID: ⟦HP|XJW882041175⟧   Group #: ⟦I|004412210⟧
Patient: ⟦N|Ignatius Pemberton⟧   DOB: ⟦D|05/19/1958⟧   SSN: ⟦SSN|022-48-7713⟧
Address: ⟦S|19 Chestnut Hill Ave Apt 2⟧, ⟦C|Brighton⟧, ⟦STATE|MA⟧ ⟦Z|02135⟧
Prescriber: ⟦N|Wilhelmina Osei⟧, MD   NPI ⟦I|1942207718⟧   DEA ⟦I|BO4417729⟧
Drug: adalimumab 40 mg SC q2 weeks for Crohn's disease (ileocolonic), failed azathioprine ⟦D|2092⟧-⟦D|2093⟧.
Office contact: ⟦N|Gwen⟧ ⟦P|617-555-0199 x 311⟧, fax ⟦F|617-555-0198⟧, ⟦E|priorauth@giassoc-example.com⟧
`);

note("dialysis-home", `
HOME HEALTH VISIT - ⟦O|VNA OF CAPE COD⟧
Visit date ⟦D|10/03/2093⟧   Clinician: ⟦N|Perpetua Gallagher⟧, RN
Client: ⟦N|Ambrose Tuttle⟧   Age ⟦A|95⟧   Agency # ⟦I|VCC-228817⟧
Address: ⟦S|8 Cranberry Bog Lane⟧, ⟦C|Harwich Port⟧ ⟦Z|02646⟧; lives with grandson ⟦N|Ethan Tuttle⟧ who works at ⟦O|Stop & Shop⟧ in ⟦C|Orleans⟧.
PD catheter exit site clean. Cycler Baxter HomeChoice serial ⟦DEV|HC2-00918834⟧ functioning. UF 900 mL/night. Wt 61.2 kg.
Nephrology: Dr. ⟦N|Ferreira-Santos⟧ at ⟦H|Cape Cod Hospital⟧; next clinic ⟦D|10/21⟧.
Grandson reachable at ⟦P|508.555.0161⟧.
`);

note("peds-well-visit", `
WELL CHILD VISIT - 4 YEARS   ⟦D|6/6/2094⟧
Child: ⟦N|Amara Oyelaran⟧   DOB ⟦D|06/01/2090⟧   MRN ⟦M|PD-5517302⟧
Accompanied by mother ⟦N|Funmilayo Oyelaran⟧ and grandmother ⟦N|Titilayo Bankole⟧.
Attends ⟦O|Little Acorns Daycare⟧ in ⟦C|Malden⟧ 3 days/week. Older brother ⟦N|Tunde⟧ (7) in 2nd grade at ⟦O|Linden STEAM Academy⟧.
Growth: Ht 102 cm (50%), Wt 16.1 kg (45%). Vision 20/30 OU. Hearing pass.
Development: hops on one foot, draws a person with 4 parts, tells stories.
Immunizations: DTaP #5, IPV #4, MMR #2, Varicella #2 given today (lot ⟦I|U7719AA⟧).
Anticipatory guidance given. RTC age 5.
⟦N|Beatrix Lowenthal⟧, MD  FAAP
`);

note("oncology-consult-caps", `
HEMATOLOGY/ONCOLOGY CONSULTATION
PATIENT: ⟦N|ARCHIBALD FENWICK⟧ MR# ⟦M|0093-18827⟧ ROOM 1102
DATE: ⟦D|JAN-03-2095⟧
REQUESTING: DR. ⟦N|SOLOMON ADEBAYO-CRANE⟧, ⟦PROF|HOSPITALIST⟧
REASON: PANCYTOPENIA IN A ⟦A|NINETY-SIX⟧ YEAR OLD.
HPI: MR. ⟦N|FENWICK⟧ IS A ⟦A|96⟧ YO MAN FROM ⟦C|NANTUCKET⟧ ADMITTED WITH WEAKNESS. HB 7.2 , WBC 1.9 , PLT 41. SMEAR REVIEWED WITH DR. ⟦N|LINDGREN⟧ : NO BLASTS , DYSPLASTIC NEUTROPHILS.
SOCIAL : WIDOWER , LIVES ALONE ON ⟦S|CLIFF ROAD⟧ ; NIECE ⟦N|PRUDENCE COFFIN-WHITE⟧ CHECKS ON HIM DAILY.
IMPRESSION : LIKELY MDS. GIVEN AGE AND GOALS , WILL NOT PURSUE MARROW. TRANSFUSE FOR HB < 7.
⟦N|OLUWASEUN DRAKE⟧ , M.D.  BEEPER ⟦P|77421⟧
`);

note("discharge-instructions", `
Discharge Instructions for ⟦N|Marguerite Hollis-Vance⟧
Date: ⟦DAY|Tuesday⟧ ⟦D|11/18/2092⟧
Your nurse today: ⟦N|Joaquín⟧   Your doctor: Dr. ⟦N|Rebecca Stoltzfus⟧
Follow-up appointments:
- Dr. ⟦N|Amos Kettering⟧ (cardiology), ⟦H|Heart Center at Saint Luke's⟧, ⟦S|3 Hospital Drive⟧, 4th floor, ⟦C|New Bedford⟧, on ⟦D|Dec 2⟧ at 9:15 am, ⟦P|508-555-0123⟧
- Lab draw at ⟦O|Quest Diagnostics⟧, ⟦S|270 Union St⟧, any day before ⟦D|11/28⟧
Questions after hours: call the nurse line ⟦P|1-800-555-0192⟧ or email ⟦E|nurseline@stlukes-example.org⟧.
Your medical record number is ⟦M|SL88120734⟧. Bring this sheet to every visit.
`);

note("autopsy-death", `
DEATH NOTE   ⟦D|03/30/2093⟧ 04:52
Called to bedside by ⟦N|Nkechi Ibe⟧, RN for pt ⟦N|Cyril Ashworth-Bligh⟧ (MRN ⟦M|2011497⟧), ⟦A|101⟧ y/o M with metastatic prostate cancer on comfort measures.
No spontaneous respirations, no heart sounds for 60 s, pupils fixed. Time of death 04:48.
Family: wife ⟦N|Dorothea⟧ at bedside; son ⟦N|Peregrine Ashworth-Bligh⟧ notified by phone (⟦P|+44 7700 900123⟧, in ⟦C|Bath⟧, ⟦COUNTRY|UK⟧).
NEOB notified, referral # ⟦I|NE-930330-22⟧. ME case not required. Autopsy declined by wife.
Attending Dr. ⟦N|Okoye⟧ notified.
⟦N|Lisbeth Carrington⟧, MD PGY-2
`);

// ---------------------------------------------------------------------------------------------------------------
write();
