// Why this file exists: builds test/fixtures/clinical-notes-15.jsonl, a fifteenth labelled set of clinical notes
// written by hand in stop 27 to measure the tree blind: written without reading the name detector (assembly/), the
// test tables or earlier fixtures' misses (only fixture 14's generator form and its docs section were read), in
// styles fixtures 1-14 hold least: operative notes with assistants and anesthesia staff, discharge instructions with
// follow-up appointments at named clinics, an outside-records request and a release-of-information cover letter,
// case-management and social-work notes (shelters, churches, landlords, schools, employers, PO boxes, rural routes,
// lots and units), obstetric notes with partners and doulas, ICU progress notes with consultants, pathology,
// cytology and lab reports with accession numbers, pharmacy notes (DEA, NPI, BIN, Rx numbers), an addendum with
// scribe attestation, nursing-home transfer forms, interpreter notes and an interpreter log (names of many origins),
// workers'-compensation letters, VA and military notes, a registration update, a night-float handoff, a PT
// re-evaluation, a portal message thread, a sports physical, a guardianship letter, a telephone message, a tumor
// board, a transplant coordinator note, a medical examiner's report, a home-oxygen order, an immigration exam and a
// chaplain's advance-directive note; 15 notes in ALL CAPS and 5 in lower case.
// Labelling follows fixtures 11-14: weekdays and holidays are `ignored` (DAY), as are states, countries and patients'
// professions; seasons and clock times are left unlabelled; ages under 90 are no PHI; clinicians' initials are PHI;
// titles, ranks and cue words stay outside the name; room, bed and ward codes and a unit's own name are left
// unlabelled; nursing homes, rehab, dialysis units and convent infirmaries are HOSPITAL; counties and a military
// base are LOCATION-OTHER; PO boxes, rural routes and "HC 61 BOX 14" are STREET; pagers and extensions are PHONE
// (cue words outside); claim, account, accession, case, docket, DEA, NPI, CLIA, Rx and authorisation numbers are ID,
// member and Medicare numbers HEALTHPLAN, serials DEVICE.
// Every name, place and number is invented here; nothing is copied from any corpus.
// Inline marks ⟦CODE|text⟧ as in fixtures 3-14 (scripts/fixture-io.mjs).
// Usage: node scripts/make-clinical-fixture-15.mjs [out.jsonl].
import { markedFixture } from "./fixture-io.mjs";

const { note, write } = markedFixture("clinical-notes-15.jsonl", "make-clinical-fixture-15");

// ---------------------------------------------------------------------------------------------------------------
note("op-note", `
OPERATIVE REPORT
⟦H|Castellane Valley Medical Center⟧ — Main OR, Room 6
Patient: ⟦N|Wojciechowski, Bartosz J.⟧   MRN: ⟦M|CV-00581193⟧   DOB: ⟦D|02/19/1961⟧
Date of surgery: ⟦D|07/23/2090⟧
Surgeon: ⟦N|Adaeze Onwuachi-Reyes⟧, MD
Assistant(s): ⟦N|Liam O'Driscoll⟧, MD (PGY-4); ⟦N|Farah Qureshi⟧, PA-C
Anesthesia: ⟦N|Henrik Solberg⟧, MD / ⟦N|Marisol Etxeberria⟧, CRNA
Scrub: ⟦N|T. Vuong⟧, CST   Circulator: ⟦N|Dana Kowalczyk⟧, RN
Preoperative diagnosis: symptomatic cholelithiasis.
Postoperative diagnosis: same, with acute on chronic cholecystitis.
Procedure: laparoscopic cholecystectomy with intraoperative cholangiogram.
Anesthesia type: general endotracheal. EBL: 25 mL. Specimens: gallbladder to pathology. Drains: none.
Indications: 29-year-old man with recurrent biliary colic, seen in clinic ⟦D|June 30⟧ after an ED visit at ⟦H|St. Brendan's⟧.
Description: After time-out, the patient was positioned supine. A Hasson port was placed at the umbilicus... Calot's triangle
was dissected and the critical view of safety obtained, confirmed by Dr. ⟦N|O'Driscoll⟧. Cholangiogram showed free flow into the
duodenum without filling defects. The cystic duct and artery were clipped and divided. The gallbladder was removed in an Endocatch bag.
Counts correct x2. Dr. ⟦N|Onwuachi-Reyes⟧ was present and scrubbed for the entire procedure.
Disposition: PACU, then home same day with his partner ⟦N|Gabriel Ferreira-Lund⟧ (⟦P|503-555-0148⟧).
Dictated by: ⟦N|Farah Qureshi⟧, PA-C   Job #⟦I|7730215⟧   D: ⟦D|07/23/2090⟧ T: ⟦D|07/24/2090⟧
`);

note("op-note-caps", `
⟦H|PINE HOLLOW SURGICAL HOSPITAL⟧
OPERATIVE NOTE - ORTHOPAEDICS
NAME: ⟦N|BAPTISTE, JEAN-ROBERT⟧        MR#: ⟦M|PHS-2208417⟧        AGE: 71        DOS: ⟦D|11-MAR-2088⟧
ATTENDING SURGEON: ⟦N|CORNELIUS ABERNETHY⟧, MD
FIRST ASSIST: ⟦N|YESENIA MALDONADO⟧, RNFA
RESIDENT: ⟦N|KWAME ASANTE-BOAKYE⟧, MD
ANESTHESIOLOGIST: ⟦N|IRINA DRAGOMIR⟧, MD        CRNA: ⟦N|STEPHEN TOLLIVER⟧
PROCEDURE: RIGHT TOTAL KNEE ARTHROPLASTY, CEMENTED.
IMPLANTS: FEMUR SIZE 6, TIBIA SIZE 5, POLY 10 MM. LOT NUMBERS ON IMPLANT LOG, FEMORAL COMPONENT SN ⟦DEV|ZK40918837⟧.
TOURNIQUET: 250 MMHG, 68 MIN.
ANESTHESIA: SPINAL PLUS ADDUCTOR CANAL BLOCK BY DR ⟦N|DRAGOMIR⟧.
FINDINGS: TRICOMPARTMENTAL OA, GRADE IV CHANGES MEDIAL. INTACT PCL SACRIFICED PER PLAN.
COMPLICATIONS: NONE. EBL 150 ML.
DISPOSITION: PACU STABLE. TO 3 NORTH ORTHO. PT/OT POD 0. DVT PPX ENOXAPARIN.
FAMILY: WIFE ⟦N|MARIE-CLAIRE⟧ UPDATED IN SURGICAL WAITING BY DR ⟦N|ABERNETHY⟧ AT 1142.
REHAB PLAN: ⟦H|BRIARCLIFF ACUTE REHABILITATION⟧ VS HOME WITH ⟦O|SUMMIT CREST HOME HEALTH⟧, CM ⟦N|LUANNE PETTIGREW⟧ FOLLOWING.
ELECTRONICALLY SIGNED ⟦N|C. ABERNETHY⟧ MD ⟦D|03/11/2088⟧ 16:05
`);

note("discharge-instructions", `
Discharge Instructions — ⟦H|Ridgemont Lutheran Hospital⟧
Patient: ⟦N|Soraya Haddad⟧      Date: ⟦D|October 4, 2089⟧      Discharging provider: ⟦N|Benedikt Aurelius Strand⟧, MD
You were in the hospital for: pneumonia and low oxygen.
Your medicines: amoxicillin-clavulanate 875 mg twice daily until ⟦D|10/9⟧; albuterol inhaler as needed.
Follow-up appointments:
  • Primary care: Dr. ⟦N|Mehdi Farahani⟧, ⟦O|Eastgate Family Medicine⟧, ⟦S|2210 Wexford Avenue, Suite 140⟧, ⟦C|Ridgemont⟧ — ⟦DAY|Thursday⟧ ⟦D|10/10⟧ at 9:45 AM. Phone ⟦P|(608) 555-0173⟧.
  • Pulmonary: ⟦H|Ridgemont Lung & Sleep Clinic⟧ (Dr. ⟦N|Okonkwo⟧), ⟦D|November 14⟧ at 1:30 PM, 3rd floor of the ⟦H|Haugland Pavilion⟧.
  • Chest X-ray: walk-in at ⟦H|Ridgemont Imaging - Northside⟧, ⟦S|88 Tallow Creek Rd⟧, any weekday after ⟦D|November 1⟧.
Call your doctor or return if: fever over 101, worse breathing, chest pain, confusion.
Questions after hours: nurse line ⟦P|608-555-0199⟧. MyChart: ⟦U|https://mychart.ridgemontlutheran.org⟧
Your daughter ⟦N|Leila⟧ was given a copy of these instructions. Interpreter (Arabic) ⟦N|Youssef Bakri⟧ ID ⟦I|A-2231⟧ reviewed them with you.
Nurse: ⟦N|Corinne Vasquez-Hale⟧, RN
`);

note("discharge-caps", `
DISCHARGE INSTRUCTIONS / AFTER VISIT SUMMARY
⟦H|SAINT ODILIA MEDICAL CENTER⟧ ⟦S|1400 HARROWGATE BLVD⟧ ⟦C|NEW BRAMPTON⟧ ⟦STATE|OH⟧ ⟦Z|44871⟧
PATIENT: ⟦N|TRAN, MINH DUC⟧   DOB: ⟦D|05/07/1949⟧   ADMIT: ⟦D|01/02/2091⟧   DISCHARGE: ⟦D|01/06/2091⟧
DIAGNOSIS: NSTEMI. DES TO LAD ⟦D|01/03⟧.
FOLLOW UP WITH:
1. ⟦N|GOPALAKRISHNAN, VIJAY⟧ MD - CARDIOLOGY - ⟦O|HEARTLAND CARDIOVASCULAR ASSOCIATES⟧ - ⟦D|01/13/2091⟧ 10:20 - ⟦P|(419) 555-0131⟧
2. ⟦N|ELLSWORTH, PAMELA⟧ NP - PRIMARY CARE - ⟦O|NEW BRAMPTON COMMUNITY HEALTH CENTER⟧ - WITHIN 1 WEEK - CALL ⟦P|419-555-0152⟧
3. CARDIAC REHAB - ⟦H|ODILIA WELLNESS CENTER⟧, ⟦S|77 DUNMORE PIKE⟧ - THEY WILL CALL YOU TO SCHEDULE
MEDICATIONS: ASPIRIN 81 MG DAILY, TICAGRELOR 90 MG TWICE DAILY - DO NOT STOP UNLESS DR ⟦N|GOPALAKRISHNAN⟧ SAYS SO.
PRESCRIPTIONS SENT TO: ⟦O|BRAMPTON VILLAGE PHARMACY⟧ ⟦P|419-555-0107⟧
NO DRIVING FOR 1 WEEK. NO LIFTING OVER 10 LB.
SON ⟦N|TRAN QUOC BAO⟧ WILL DRIVE. HOME ADDRESS ON FILE: ⟦S|3315 LARCHMONT CT APT 2B⟧, ⟦C|NEW BRAMPTON⟧.
RN ⟦N|J. OYELOWO⟧   ⟦D|01/06/2091⟧ 14:40
`);

note("records-request", `
⟦O|Marchetti & Bloom Orthopaedics⟧
⟦S|415 Quillan Street, Suite 3C⟧
⟦C|Fairhaven Mills⟧, ⟦STATE|PA⟧ ⟦Z|17342⟧
Tel ⟦P|717-555-0116⟧  Fax ⟦F|717-555-0117⟧

⟦D|August 2, 2087⟧

Health Information Management
⟦H|Kessock Bay Regional Hospital⟧
Attn: Release of Information
⟦S|PO Box 4471⟧
⟦C|Kessock Bay⟧, ⟦STATE|MD⟧ ⟦Z|21690⟧

RE: Request for outside records
Patient: ⟦N|Ignatius Mbeki-Howard⟧    DOB: ⟦D|9/14/1972⟧    Your MRN: ⟦M|KB7744102⟧

Dear Records Custodian,
Our patient was treated at your facility after a fall from a ladder on ⟦D|June 18, 2087⟧. Please send the ED record, operative
note from Dr. ⟦N|Sven Halvorsrud⟧, imaging reports and discs (CT and MRI of the left shoulder) and the discharge summary.
A signed authorization dated ⟦D|7/29/2087⟧ is enclosed. Please fax to ⟦F|717-555-0117⟧ attention ⟦N|Rhiannon Purcell⟧, or send
images to our PACS via ⟦U|www.marchettibloom.com/records⟧. Questions: ⟦E|records@marchettibloom.com⟧.

Sincerely,
⟦N|Rhiannon Purcell⟧
Medical Records Coordinator for Dr. ⟦N|Lorenzo Marchetti⟧
`);

note("roi-letter-caps", `
⟦H|GREYSTONE UNIVERSITY HOSPITAL⟧ - HEALTH INFORMATION SERVICES
RELEASE OF INFORMATION - COVER LETTER
DATE: ⟦D|14 FEB 2092⟧            REQUEST #: ⟦I|ROI-92-018834⟧
TO: ⟦O|DRUMMOND, PIKE & ASSOCIATES, ATTORNEYS AT LAW⟧
    ATTN: ⟦N|ELEANOR VOSS⟧, PARALEGAL
    ⟦S|200 CANAL STREET, 9TH FLOOR⟧
    ⟦C|PORT ASHBY⟧, ⟦STATE|NJ⟧ ⟦Z|07718⟧
RE: ⟦N|HARGREAVES, DESMOND T⟧   DOB ⟦D|03/30/1980⟧   MRN ⟦M|GU-09912087⟧
ENCLOSED PER YOUR REQUEST DATED ⟦D|01/22/2092⟧ AND THE PATIENT'S AUTHORIZATION SIGNED ⟦D|01/19/2092⟧:
 - ED RECORD ⟦D|10/04/2091⟧ (DR ⟦N|AKINTOLA⟧)
 - ADMISSION H&P AND DISCHARGE SUMMARY ⟦D|10/04/2091⟧ - ⟦D|10/09/2091⟧
 - ITEMIZED BILL, ACCOUNT ⟦I|880034129⟧
TOTAL PAGES: 143. INVOICE TO FOLLOW FROM ⟦O|CHARTSAFE RECORD SERVICES⟧ ON OUR BEHALF.
RECORDS WERE NOT REDISCLOSED FROM ⟦H|LINDEN PARK BEHAVIORAL⟧ (42 CFR PART 2).
PROCESSED BY: ⟦N|M. KAUR-BRENNAN⟧, ROI SPECIALIST   ⟦P|(732) 555-0160⟧ EXT ⟦P|2214⟧   FAX ⟦F|(732) 555-0161⟧
`);

note("case-mgmt", `
Case Management Progress Note
Date: ⟦D|3/11/2086⟧   Unit: 5 South
Pt: ⟦N|Darnell Whitfield⟧, 58 M, admitted ⟦D|3/7⟧ for cellulitis LLE. Expected discharge ⟦D|3/13⟧.
Met with pt at bedside. Pt has been staying at ⟦O|Harbor Light Men's Shelter⟧ (⟦S|612 Foundry St⟧) since ⟦D|January⟧, before that
lived with his sister ⟦N|Loretta Whitfield-Banks⟧ at ⟦S|Rural Route 2, Box 118⟧, ⟦C|Coldwater Gap⟧. Sister's phone ⟦P|270-555-0183⟧.
Pt receives SSDI; payee is ⟦O|Cornerstone Fiduciary Services⟧. Insurance: ⟦O|Bluegrass Medicaid⟧ MCO, member ID ⟦HP|KY4408127719⟧.
Pt worked as a ⟦PROF|forklift operator⟧ at ⟦O|Tri-County Distribution⟧ until his injury in ⟦D|2081⟧.
Shelter case worker ⟦N|Imani Okereke⟧ (⟦P|270-555-0147⟧) states bed will be held through ⟦D|3/14⟧. Pt would prefer respite at
⟦H|Mercy Respite House⟧ for IV antibiotics; referral faxed to ⟦F|270-555-0191⟧. Pastor ⟦N|Elgin Mayfield⟧ of ⟦O|Greater New Hope Baptist Church⟧
has offered transport on discharge. Mailing address for pt: ⟦S|PO Box 2093⟧, ⟦C|Coldwater Gap⟧ ⟦STATE|KY⟧ ⟦Z|42718⟧.
Plan: f/u with ⟦O|Bluegrass Medicaid⟧ for auth # pending; PCP appt arranged at ⟦O|Foundry Street Health Center⟧ with Dr. ⟦N|Reuben Ashkenazi⟧ on ⟦D|3/20⟧.
⟦N|Gwendolyn Sayre⟧, RN, CCM   ext ⟦P|4-6610⟧
`);
note("sw-lower", `
social work note - ⟦D|5/2/88⟧
pt ⟦N|rosa elena quintanilla⟧, 34 f, g3p2 at 31 wks, seen on l&d triage after dv disclosure to rn ⟦N|hollis⟧.
pt lives w/ her 2 children (⟦N|mateo⟧ 8, ⟦N|ximena⟧ 5) in an apartment at ⟦S|1190 carver st apt 4⟧, ⟦C|east tillman⟧. landlord is
mr. ⟦N|vukovic⟧; pt worried about eviction notice dated ⟦D|4/28⟧. partner (fob) ⟦N|jonas reyes-albright⟧ no longer in home, protective order
filed in ⟦LO|marlow county⟧ court ⟦D|4/30⟧. children attend ⟦O|lincoln-carver elementary⟧; school counselor ms. ⟦N|adebayo⟧ aware.
pt works part time at ⟦O|dollar depot⟧ on ⟦S|route 9⟧. emergency contact: her mother ⟦N|ana quintanilla⟧ in ⟦C|san ildefonso alto⟧, ⟦COUNTRY|el salvador⟧, whatsapp
⟦P|+503 7555 0142⟧.
resources given: ⟦O|safe harbor dv shelter⟧ hotline ⟦P|1-800-555-0114⟧, ⟦O|marlow county legal aid⟧ (atty ⟦N|priscilla dunleavy⟧), wic office on ⟦S|elm and 5th⟧.
pt declined shelter tonight, has safety plan, code word with her neighbor doña ⟦N|chela⟧.
will f/u in clinic ⟦D|5/9⟧. ⟦N|m. zielinski⟧, lcsw  pgr ⟦P|7714⟧
`);

note("sw-caps", `
SOCIAL WORK ASSESSMENT - PEDIATRICS
⟦H|CHILDREN'S HOSPITAL OF THE HIGH PLAINS⟧   DATE: ⟦D|09/09/2090⟧
PATIENT: ⟦N|RAHIMI, AHMAD SHAH⟧  AGE 13  MRN ⟦M|0713382⟧
REFERRED BY: DR ⟦N|BEAUREGARD⟧ (ADOLESCENT MEDICINE) FOR SCHOOL ABSENCES AND WEIGHT LOSS.
FAMILY: ARRIVED FROM ⟦COUNTRY|AFGHANISTAN⟧ ⟦D|2087⟧ VIA ⟦O|LUTHERAN FAMILY RESETTLEMENT SERVICES⟧ (CASE WORKER ⟦N|OLIVIA STRAND-MUNOZ⟧).
FATHER ⟦N|MOHAMMAD NAIM RAHIMI⟧ DRIVES FOR ⟦O|PRAIRIE CITY CAB⟧; MOTHER ⟦N|FARZANA⟧ AT HOME WITH 4 YOUNGER SIBLINGS.
ADDRESS: ⟦S|4400 SHERIDAN AVE LOT 27⟧, ⟦C|PRAIRIE CITY⟧ ⟦STATE|NE⟧ ⟦Z|68803⟧. HOME PHONE ⟦P|308-555-0124⟧.
SCHOOL: ⟦O|WESTBROOK MIDDLE SCHOOL⟧, 7TH GRADE. NURSE ⟦N|DEBRA KLINEFELTER⟧ REPORTS 22 ABSENCES SINCE ⟦D|AUGUST⟧.
PT SAYS OTHER BOYS TAKE HIS LUNCH. ATTENDS QURAN CLASSES AT ⟦O|ISLAMIC CENTER OF PRAIRIE CITY⟧ WITH IMAM ⟦N|SAYED HASHIMI⟧.
INTERPRETER (DARI): ⟦N|WAHID NOORI⟧, ⟦O|GLOBAL LANGUAGE LINK⟧ ID ⟦I|30318⟧.
PLAN: SCHOOL MEETING WITH PRINCIPAL ⟦N|GARY THORSON⟧ ⟦D|9/16⟧; REFERRAL TO ⟦O|HIGH PLAINS REFUGEE MENTAL HEALTH PROGRAM⟧.
⟦N|CONSTANCE OYELARAN⟧, LMSW  ⟦P|308-555-0100⟧ X ⟦P|5521⟧
`);

note("ob-labor", `
L&D Progress Note — ⟦H|Wintergreen Birth Center at Abernathy General⟧
⟦D|12/1/2093⟧ 03:20
Pt: ⟦N|Nguyen Thi Hoa⟧ (goes by "⟦N|Hannah⟧"), 29 y/o G1P0 at 40w2d, MRN ⟦M|WB-5510842⟧.
Support: husband ⟦N|Trung Le⟧ and doula ⟦N|Bethany Ashworth-Kimani⟧ (⟦O|Gentle Arrivals Doula Collective⟧) at bedside.
S: Contractions q2-3 min, coping with nitrous. Requests epidural now.
O: SVE 6/90/0 by Dr. ⟦N|Okafor⟧. FHT 135, moderate variability, + accels, no decels. Cat I.
A/P: Active labor. Epidural by anesthesia (Dr. ⟦N|Saoirse Callaghan⟧). GBS negative. Continue expectant mgmt.
Attending Dr. ⟦N|Chukwuemeka Okafor⟧ aware. Pediatrics (Dr. ⟦N|Larkspur⟧) not needed at delivery unless Cat II.
Husband's cell for updates: ⟦P|(971) 555-0102⟧. Pt's mother ⟦N|Pham Thi Mai⟧ flying in from ⟦C|Vinh Loc Giang⟧ on ⟦D|12/3⟧.
— ⟦N|Ines Valderrama⟧, CNM
`);
note("ob-postpartum-caps", `
POSTPARTUM DAY 2 - ⟦H|MAGNOLIA BAY WOMEN'S PAVILION⟧
⟦D|06/21/2089⟧
PT: ⟦N|OKONKWO-DIALLO, ADAOBI⟧   MRN ⟦M|MB00918223⟧   G2P2 S/P REPEAT C/S ⟦D|06/19⟧ BY DR ⟦N|FITZGERALD-NAKAMURA⟧.
BABY GIRL "⟦N|ZURI⟧" IN NICU FOR TTN, DOING WELL PER DR ⟦N|VANTERPOOL⟧.
PARTNER ⟦N|MAMADOU DIALLO⟧ AT BEDSIDE OVERNIGHT. PT'S SISTER ⟦N|IFEOMA⟧ CARING FOR OLDER CHILD.
S: PAIN 3/10 ON SCHEDULED IBUPROFEN. PASSING FLATUS. PUMPING Q3H FOR NICU.
O: AF, VSS. FUNDUS FIRM 1 BELOW U. INCISION C/D/I, PRINEO IN PLACE. LOCHIA MOD.
A/P: DOING WELL. RH POS, RUBELLA IMMUNE. LACTATION (⟦N|BRIGID O'LEARY⟧, IBCLC) TO SEE TODAY.
CONTRACEPTION: DESIRES NEXPLANON AT 6 WK VISIT AT ⟦O|BAYSIDE WOMEN'S HEALTH ASSOCIATES⟧ WITH DR. ⟦N|AMINA SOW⟧.
DISPO: HOME TOMORROW IF BABY STAYS; ROOMING IN AS BOARDER OTHERWISE. ⟦O|HEALTHY START COASTAL⟧ HOME VISIT REFERRAL.
⟦N|R. TEMPLETON⟧ DO PGY2 / ATTENDING ⟦N|FITZGERALD-NAKAMURA⟧
`);

note("icu-progress", `
MICU Progress Note — Hospital Day 6
⟦H|Stonebridge Memorial Hospital⟧, MICU bed 11      ⟦D|Feb 27, 2091⟧
Patient: ⟦N|Evangelos Papadimitriou⟧, ⟦A|91⟧ M      MRN ⟦M|SM-3380412⟧
Attending: ⟦N|Margit Eriksdottir⟧, MD      Fellow: ⟦N|Obinna Nwosu⟧, MD      Resident: ⟦N|Chloe Abramowitz⟧, MD
24h events: extubated ⟦D|2/26⟧ 10:00 to 4L NC, tolerating. One episode AF w RVR overnight, rate controlled with dilt.
Consultants:
 - ID (Dr. ⟦N|Sanjay Bhattacharya⟧): narrow to ceftriaxone, 7-day total course ending ⟦D|3/2⟧.
 - Nephrology (Dr. ⟦N|Leontyne Marchbanks⟧): AKI improving, Cr 2.1 -> 1.6. No HD.
 - Palliative (⟦N|Ruth Okoye-Hamilton⟧, NP): GOC meeting with son ⟦N|Kostas⟧ and daughter ⟦N|Eleni Papadimitriou-Shaw⟧ held ⟦D|2/25⟧;
   remains full code, would not want trach. HCP on file: ⟦N|Kostas Papadimitriou⟧ (⟦P|617-555-0155⟧).
Exam: awake, follows commands, CAM-ICU negative today. Lungs coarse bilat. Trace edema.
Plan: PT/OT, SLP swallow eval, transfer to step-down (⟦H|Stonebridge 7 East⟧) if stable 24h. Outpt cardiology is Dr. ⟦N|Haroutunian⟧ at
⟦O|Bayfront Heart Partners⟧, will send records.
Priest from ⟦O|Annunciation Greek Orthodox Cathedral⟧ (Fr. ⟦N|Demetrios⟧) visited, per family.
⟦N|Chloe Abramowitz⟧, MD  pgr ⟦P|31-442⟧
`);

note("icu-caps", `
SICU ATTENDING NOTE  ⟦D|10/15/2092⟧
⟦H|TRI-RIVERS TRAUMA CENTER⟧
PT ⟦N|KOWALCZYK, STANISLAW⟧ 44M  MRN ⟦M|TR40029981⟧  HD 3  POD 2 S/P EX LAP, SPLENECTOMY (DR ⟦N|MWANGI⟧)
MVC VS TREE ON ⟦S|COUNTY ROAD 12⟧ NEAR ⟦C|ASHFORD MILLS⟧. TRANSFERRED FROM ⟦H|ASHFORD MILLS COMMUNITY HOSPITAL⟧ BY ⟦O|LIFEFLIGHT OF THE VALLEYS⟧.
CONSULTS: NSGY (DR ⟦N|PARISA TEHRANI⟧) - SMALL SDH, NONOP, REPEAT HCT STABLE. ORTHO (DR ⟦N|GUNNAR LINDHOLM⟧) - L FEMUR IMN ⟦D|10/13⟧.
CARDIOLOGY (DR ⟦N|ABIODUN⟧) - TROP LEAK, LIKELY CONTUSION, ECHO EF 55%.
SOCIAL: WIFE ⟦N|AGNIESZKA⟧ HERE, SPEAKS POLISH; INTERPRETER ⟦N|JOANNA WROBLEWSKA⟧ FOR FAMILY MEETING. EMPLOYER ⟦O|HOLLOWAY STEEL FABRICATORS⟧ NOTIFIED.
POST-SPLENECTOMY VACCINES BEFORE DC. TERTIARY SURVEY DONE BY DR ⟦N|K. ALVARADO-BENNETT⟧.
CRITICAL CARE TIME 45 MIN. ⟦N|Z. MWANGI⟧ MD FACS
`);
note("path-report", `
SURGICAL PATHOLOGY REPORT
⟦O|Cobalt Ridge Pathology Associates⟧ — serving ⟦H|Cobalt Ridge Medical Center⟧
Accession: ⟦I|S90-22714⟧          Collected: ⟦D|04/02/2090⟧          Received: ⟦D|04/03/2090⟧          Reported: ⟦D|04/06/2090⟧
Patient: ⟦N|Halloran, Mairead⟧   DOB ⟦D|12/25/1955⟧   MRN ⟦M|CR1180045⟧
Submitting physician: ⟦N|Desmond Achterberg⟧, MD (General Surgery)     Copy to: ⟦N|Yuki Tanabe-Ross⟧, MD (Oncology)
Clinical history: 34 mm spiculated mass, left breast 2:00, core bx at ⟦H|Halvern Breast Imaging Center⟧ (accession ⟦I|HB-89-3304⟧) showed IDC.
Specimen: A. Left breast, lumpectomy, oriented (short superior, long lateral). B. Left axillary sentinel node #1. C. Sentinel node #2.
Final diagnosis:
 A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1), 3.1 cm. Margins negative; closest is posterior at 2 mm. LVI not identified.
 B. One lymph node with isolated tumor cells (0/1, ITC).
 C. One lymph node, negative (0/1).
 ER positive (95%), PR positive (60%), HER2 1+ (negative) — performed on core, see ⟦I|HB-89-3304⟧.
pTNM (AJCC 8th): pT2 pN0(i+).
Intradepartmental consultation: Dr. ⟦N|Ramona Sifuentes⟧ agrees.
Gross by: ⟦N|L. Okafor⟧, PA(ASCP)    Pathologist: ⟦N|Thaddeus Wren-Abiola⟧, MD    Electronically signed ⟦D|04/06/2090⟧ 15:12
`);

note("path-caps", `
⟦O|NORTHERN TIER REFERENCE LABORATORY⟧  CLIA ⟦I|39D0982217⟧  ⟦S|8 INDUSTRIAL PARK DR⟧, ⟦C|ELKVIEW⟧ ⟦STATE|PA⟧  ⟦P|(570) 555-0139⟧
CYTOPATHOLOGY REPORT        CASE: ⟦I|NC91-004418⟧
PATIENT: ⟦N|SZYMANSKI, REGINA A⟧   SEX: F   DOB: ⟦D|01/11/1931⟧ (AGE ⟦A|93⟧)   CLIENT ID: ⟦I|TX-11820⟧
ORDERING: ⟦N|FERGUSON-OBI, LAWRENCE⟧ MD, ⟦O|ELKVIEW INTERNAL MEDICINE⟧  NPI ⟦I|1457390226⟧
SOURCE: PLEURAL FLUID, RIGHT, 850 ML. COLLECTED ⟦D|01-NOV-2024⟧ AT ⟦H|ELKVIEW GENERAL⟧.
INTERPRETATION: POSITIVE FOR MALIGNANT CELLS. METASTATIC ADENOCARCINOMA, IMMUNOPROFILE (TTF-1+, NAPSIN A+, CK7+, CK20-) SUPPORTS LUNG PRIMARY.
CELL BLOCK SENT FOR PD-L1 AND NGS TO ⟦O|GENOMIX PRECISION DX⟧, REQUISITION ⟦I|GPX-7719023⟧.
RESULT CALLED TO ⟦N|NANCY⟧ AT DR ⟦N|FERGUSON-OBI⟧'S OFFICE ⟦D|11/04/2024⟧ 10:42 BY ⟦N|K. BRZEZINSKI⟧, CT(ASCP).
CYTOPATHOLOGIST: ⟦N|HOLLIS VANDERMEER⟧, MD
`);

note("lab-critical", `
Lab Critical Value Notification
⟦DAY|Sun⟧ ⟦D|8/17/2087⟧ 02:51   ⟦H|Aldergrove Hospital⟧ Core Lab
Pt ⟦N|Oluwaseun Adebisi-Cole⟧  MRN ⟦M|AG-77120934⟧  Loc 4W-408
Test: potassium 6.9 mmol/L (hemolysis index 0). Specimen ⟦I|AG087-229-0417⟧, drawn 02:10.
Called to ⟦N|Bernadette⟧ RN (4 West), read back verified. Covering MD: Dr. ⟦N|Haddadin⟧ paged ⟦P|5502⟧ at 02:53.
Also: blood culture 1 of 2 gram positive cocci in clusters (bottle ⟦I|BC-7744109⟧), reported to Dr. ⟦N|H⟧ by microbiology tech ⟦N|Xu Jiayi⟧.
Tech: ⟦N|Rolando Tiongson⟧, MLS(ASCP)
`);

note("pharmacy-note", `
Outpatient Pharmacy Clinical Note — ⟦O|Hartwell Community Pharmacy⟧ #⟦I|0412⟧, ⟦S|901 Bellhaven Rd⟧, ⟦C|Millstone⟧
Date ⟦D|9/3/2088⟧
Patient: ⟦N|Vivian Ekwueme-Lowry⟧, DOB ⟦D|4/4/1944⟧, ⟦P|(336) 555-0128⟧
Rx #⟦I|6620184⟧ oxycodone 5 mg #60 from ⟦N|Garrett Holmquist⟧, MD, DEA ⟦I|BH4412907⟧, NPI ⟦I|1720485536⟧, ⟦O|Millstone Pain & Spine⟧.
PDMP check: 2 other opioid fills in 30 days from Dr. ⟦N|Oyedepo⟧ (⟦O|Piedmont Urgent Care⟧) filled at ⟦O|Carolina Value Drug⟧ in ⟦C|Dunham Springs⟧.
Called prescriber's office, spoke with ⟦N|Kendra⟧ (MA); Dr. ⟦N|Holmquist⟧ returned call 14:20, unaware of other fills, asked us to
dispense #20 only and will address at visit ⟦D|9/10⟧. Naloxone offered and dispensed. Counseled pt and her grandson ⟦N|DeShawn Lowry⟧.
Insurance: ⟦O|Tar Heel Advantage⟧, BIN ⟦I|610591⟧, member ⟦HP|THA-0091842237⟧.
⟦N|Priyanka Venkataraman⟧, PharmD, CPP
`);

note("pharmacy-caps", `
⟦O|RXPRESS MAIL ORDER PHARMACY⟧ - PRIOR AUTH / REFILL FAX REQUEST
TO: DR ⟦N|JAVIER ECHEVARRIA-PONCE⟧        FAX: ⟦F|(915) 555-0186⟧        FROM FAX: ⟦F|1-877-555-0135⟧
DATE: ⟦D|05/30/2093⟧     PAGES: 1
PATIENT: ⟦N|MONTOYA, GUADALUPE R⟧     DOB: ⟦D|08/12/1938⟧     RX#: ⟦I|H7702193⟧
MEDICATION: APIXABAN 5 MG TAB, 1 TWICE DAILY, QTY 180
REQUEST: RENEWAL - NO REFILLS REMAIN. LAST FILLED ⟦D|02/27/2093⟧.
PATIENT ADDRESS: ⟦S|1142 CALLE SOLANO⟧, ⟦C|VALLE CORONADO⟧, ⟦STATE|TX⟧ ⟦Z|79927⟧.
PLAN: ⟦O|LONE STAR SENIOR CARE PPO⟧  ID ⟦HP|LSC55190388⟧  GROUP ⟦I|88120⟧
PRESCRIBER DEA: ⟦I|BE9031774⟧   NPI: ⟦I|1093847261⟧
PHARMACIST: ⟦N|TERRENCE OJUKWU⟧, RPH  ⟦P|1-877-555-0134⟧ EXT ⟦P|318⟧
PLEASE SIGN AND FAX BACK. ___ APPROVED  ___ DENIED   PRESCRIBER SIGNATURE ______
`);

note("addendum-scribe", `
Addendum (late entry) — ⟦D|01/19/2092⟧ 17:40, regarding visit of ⟦D|01/18/2092⟧
Patient: ⟦N|Abdirahman Warsame⟧, MRN ⟦M|LV-2210874⟧, ⟦O|Lakeview Family Practice⟧
After the visit, the patient's cousin ⟦N|Hodan Ali⟧ called (⟦P|612-555-0177⟧) to report that he also takes an herbal product from a shop
in ⟦C|Cedar Narrows⟧. Advised to stop it until we review. Outside labs from ⟦H|Wendover Ridge Medical⟧ (⟦D|Dec 2091⟧) reviewed: A1c 9.2.
No change to plan. — ⟦N|Marguerite Ostrander⟧, MD

Scribe attestation: I, ⟦N|Tyler Bjornstad⟧, am scribing for, and in the presence of, Dr. ⟦N|Marguerite Ostrander⟧. ⟦D|01/18/2092⟧ 10:05.
Provider attestation: I, Dr. ⟦N|Ostrander⟧, personally performed the services described in this documentation, as scribed by
⟦N|Tyler Bjornstad⟧ in my presence, and it is both accurate and complete.
Cosigned: ⟦N|Sadia Rahman⟧, MD (supervising), ⟦D|1/20/92⟧
`);
note("nh-transfer-caps", `
INTERFACILITY TRANSFER FORM / CONTINUITY OF CARE
FROM: ⟦H|WILLOWMERE NURSING & REHABILITATION CENTER⟧, ⟦S|2600 OLD MILL RD⟧, ⟦C|HESTERFIELD⟧   PH ⟦P|(803) 555-0165⟧  FAX ⟦F|(803) 555-0166⟧
TO: ⟦H|CONGAREE BAPTIST MEDICAL CENTER⟧ EMERGENCY DEPT        DATE/TIME: ⟦D|07/04/2092⟧ 19:30
RESIDENT: ⟦N|PRUITT, ODESSA MAE⟧    DOB: ⟦D|02/02/1997⟧    AGE: ⟦A|95⟧    ROOM: 118-A
CODE STATUS: DNR/DNI (POLST ON FILE, SIGNED ⟦D|03/15/2090⟧). HEALTH CARE AGENT: NIECE ⟦N|VERNITA SIMMS⟧ ⟦P|803-555-0171⟧.
ATTENDING AT FACILITY: ⟦N|RAJIV MALHOTRA⟧, MD    ⟦P|803-555-0175⟧
REASON FOR TRANSFER: FALL WITH L HIP PAIN, SHORTENED/ROTATED. UNWITNESSED, FOUND BY CNA ⟦N|TAMIKA GREER⟧ AT 18:45.
DX: ALZHEIMER DEMENTIA, HTN, CKD 3, HX L WRIST FX ⟦D|2089⟧.
BASELINE: PLEASANTLY CONFUSED, WALKER WITH 1 ASSIST, FEEDS SELF, INCONTINENT OF URINE.
ALLERGIES: PCN.  LAST DOSE ELIQUIS 2.5 MG AT 08:00.
HEARING AIDS: BOTH, SENT WITH PT IN LABELED CASE. DENTURES: UPPER. GLASSES: YES.
LTC PHARMACY: ⟦O|PALMETTO LONG TERM CARE PHARMACY⟧. INSURANCE: MEDICARE ⟦HP|4TR9-KD2-MX81⟧, ⟦O|CAROLINA SENIOR SELECT⟧.
SENT BY: ⟦O|MIDLANDS AMBULANCE SERVICE⟧ UNIT 22.
NURSE COMPLETING FORM: ⟦N|LAVERNE HOLLINGSWORTH⟧, LPN   REPORT CALLED TO ⟦N|JOSH⟧ RN AT 19:25.
`);

note("nh-transfer", `
Hospital-to-SNF Transfer Summary
From: ⟦H|Glenfield Regional Medical Center⟧, 4 North      To: ⟦H|The Arbors at Cypress Landing⟧ (skilled nursing), ⟦S|17 Heron Way⟧, ⟦C|Cypress Landing⟧
Date of transfer: ⟦D|March 3, 2089⟧
Patient: ⟦N|Hamid Karimi-Fard⟧   DOB ⟦D|6/1/1941⟧   Hospital MRN ⟦M|GR0048817⟧
Hospital course: admitted ⟦D|2/24⟧ with sepsis from pyelonephritis (E. coli), treated with ceftriaxone, completed ⟦D|3/2⟧. Deconditioned.
Accepting physician at SNF: Dr. ⟦N|Bettina Grunwald⟧; report given by ⟦N|Anjali Deshpande⟧, RN to ⟦N|Morris Tuchman⟧, RN at 11:10.
Follow-up: urology Dr. ⟦N|Ferris⟧ at ⟦O|Coastal Urology Group⟧ in 3 weeks; PCP Dr. ⟦N|Sunhee Baek⟧ after SNF discharge.
Family: wife ⟦N|Parvaneh⟧ (⟦P|904-555-0129⟧), son ⟦N|Dariush Karimi⟧ lives in ⟦C|Westbrook Falls⟧ and is the POA.
Transport: ⟦O|Gateway Medical Transport⟧ wheelchair van, pickup 13:00.
Discharging hospitalist: ⟦N|Emeka Chukwu⟧, MD, ⟦P|904-555-0120⟧ option 3
`);

note("interpreter-vn", `
Interpreter Encounter Note
Date: ⟦D|11/22/2090⟧   Language: Vietnamese   Modality: in person
Interpreter: ⟦N|Lê Thị Thu Hà⟧, CHI, staff ID ⟦I|INT-0457⟧
Clinic: ⟦O|Saigon Plaza Community Clinic⟧, ⟦S|6650 Bolsa Linda Ave⟧, ⟦C|Westminster Glen⟧
Patient: ⟦N|Huỳnh Văn Phúc⟧   DOB ⟦D|3/8/1952⟧   Provider: Dr. ⟦N|Catherine Ng⟧
Encounter: interpreted new-patient visit (DM2, hypertension). Patient brought his grandson ⟦N|Kevin Huynh⟧, 16, who often interprets at home;
explained why a qualified interpreter is used for medical visits. Patient asked that his daughter ⟦N|Huỳnh Ngọc Lan⟧ (⟦P|714-555-0143⟧) be
called with results. Teach-back done for insulin pen. Next visit ⟦D|12/6⟧, interpreter pre-booked through ⟦O|Pacific Rim Language Services⟧
(confirmation ⟦I|PRL-558120⟧).
Duration: 55 min.
`);

note("interpreter-lower", `
interpreter services log - ⟦D|feb 3 2091⟧
09:00 yoruba - pt ⟦N|olufunmilayo adeyemi-bankole⟧, mrn ⟦M|0093317⟧, ob clinic w/ dr ⟦N|akinyemi⟧. interp ⟦N|tunde balogun⟧ (vendor ⟦O|lingua bridge⟧, id ⟦I|44718⟧). husband ⟦N|segun⟧ present.
10:15 polish - pt ⟦N|zbigniew kaczmarczyk⟧, ortho f/u, dr ⟦N|halvorsen⟧. interp ⟦N|ewa pietrzak⟧ (staff). pt asked to reschedule pt at ⟦H|riverside rehab annex⟧.
11:30 arabic - pt ⟦N|fatima al-zahraa hamdan⟧, peds w/ son ⟦N|yusuf⟧, dr ⟦N|o'connell-baptiste⟧. video remote, interp ⟦N|rania⟧ #⟦I|2290⟧.
13:00 spanish - pt ⟦N|maria de los angeles cardenas⟧, cardiology, dr ⟦N|weisberg⟧. interp ⟦N|hector villalobos⟧ (staff). pt's neighbor ⟦N|consuelo⟧ drove.
14:20 hindi/punjabi - pt ⟦N|gurpreet kaur sandhu⟧, ⟦A|92⟧ y/o, geri w/ dr ⟦N|raman⟧. daughter-in-law ⟦N|harjeet⟧ declined interp, pt accepted. interp ⟦N|navdeep grewal⟧ by phone ⟦P|555-0188⟧.
15:45 korean - pt ⟦N|park jung-ho⟧, derm, dr ⟦N|feldstein⟧. interp ⟦N|yoon seo-yeon⟧ (⟦O|lingua bridge⟧ #⟦I|51902⟧).
no-shows: 1 (tigrinya, pt ⟦N|tesfay⟧), vendor notified.
logged by ⟦N|d. mcallister⟧, interpreter services coordinator, ext ⟦P|6-2201⟧
`);

note("workers-comp", `
⟦O|Keystone Occupational Medicine⟧
⟦S|55 Forge Road, Building B⟧ · ⟦C|Allenport⟧, ⟦STATE|PA⟧ ⟦Z|18103⟧ · Phone ⟦P|610-555-0190⟧ · Fax ⟦F|610-555-0191⟧

⟦D|May 17, 2090⟧

⟦O|Brightline Mutual Insurance⟧ — Workers' Compensation Claims
Attn: ⟦N|Jerome Castellanos⟧, Claims Adjuster
Claim #: ⟦I|WC-2090-0448127⟧    Employer: ⟦O|Delancey Cold Storage, Inc.⟧    Date of injury: ⟦D|04/02/2090⟧

RE: ⟦N|Nkechi Obi-Lawson⟧ — work status report

Ms. ⟦N|Obi-Lawson⟧ is a 41-year-old ⟦PROF|warehouse selector⟧ who injured her low back lifting a 60-lb case at the ⟦O|Delancey⟧ ⟦C|Allenport⟧ facility.
She was seen first at ⟦H|Lehigh Crest Urgent Care⟧ on the day of injury. MRI ⟦D|4/20⟧ at ⟦H|Allenport Open MRI⟧: L4-5 disc protrusion without
nerve compression. She has completed 8 sessions of PT at ⟦O|ProMotion Physical Therapy⟧ (therapist ⟦N|Aidan Kilbride⟧, DPT).
Current restrictions: no lifting over 20 lb, no repetitive bending, may sit/stand as needed. Modified duty is available per her supervisor
⟦N|Ray Dombrowski⟧. Next visit ⟦D|May 31⟧. MMI not reached.
Sincerely,
⟦N|Simone Achebe-Hartley⟧, DO, MPH
cc: ⟦O|Delancey Cold Storage⟧ HR (⟦N|Tina Marsh⟧), ⟦E|tmarsh@delanceycold.com⟧
`);

note("workers-comp-caps", `
FIRST REPORT OF WORK INJURY - PHYSICIAN SECTION
EMPLOYEE: ⟦N|RAMIREZ-OCHOA, EFRAIN⟧   EMPLOYEE ID: ⟦I|E-447182⟧   DOB: ⟦D|10/10/1979⟧
EMPLOYER: ⟦O|SUNBELT ROOFING & SHEET METAL LLC⟧, ⟦S|3900 INDUSTRIAL LOOP⟧, ⟦C|MESQUITE FLATS⟧, ⟦STATE|AZ⟧   SUPERVISOR: ⟦N|DALE PRITCHETT⟧ ⟦P|480-555-0117⟧
CARRIER: ⟦O|COPPER STATE COMP FUND⟧   CLAIM NO: ⟦I|CSCF-90-771204⟧   ADJUSTER: ⟦N|LORENA ESPINOZA⟧ ⟦P|602-555-0156⟧
DATE OF INJURY: ⟦D|08/08/2091⟧ APPROX 1330    PLACE: JOB SITE AT ⟦S|1217 SAGUARO VISTA DR⟧
HOW INJURY OCCURRED: FELL APPROX 10 FT FROM LADDER ONTO CONCRETE. CO-WORKER ⟦N|JUAN CARLOS BERMUDEZ⟧ CALLED 911.
TREATED AT: ⟦H|DESERT SAGE MEDICAL CENTER⟧ ED BY DR ⟦N|HOLLOWAY⟧; CT NEG FOR FX. L CALCANEUS CONTUSION, L WRIST SPRAIN.
WORK STATUS: OFF WORK UNTIL ⟦D|08/15/2091⟧, THEN SEDENTARY. NO LADDERS OR ROOFS.
TREATING PHYSICIAN: ⟦N|MEERA SUBRAMANIAN⟧, MD  ⟦O|SONORAN OCCUPATIONAL HEALTH⟧  LICENSE ⟦I|MD-44120⟧
`);
note("va-note", `
VA Primary Care (PACT) Note
⟦H|Bradford Plains VA Medical Center⟧ — ⟦H|Fort Kessler CBOC⟧
Date of note: ⟦D|Aug 29, 2088⟧      Author: ⟦N|Nadia Petrosyan⟧, NP      Team: Blue PACT (RN care manager ⟦N|Curtis Blevins⟧)
Veteran: ⟦N|Harlan E. Tuttle⟧   Last4: ⟦I|T0417⟧   Age: 74
Service: US Army ⟦D|1968⟧-⟦D|1971⟧, ⟦COUNTRY|Vietnam⟧ (Agent Orange registry exam ⟦D|2079⟧); 101st Airborne. Service-connected 70% (PTSD, tinnitus).
Interval: seen by community care urologist Dr. ⟦N|Prentiss⟧ at ⟦O|Plains Urology Associates⟧ under ⟦O|VA Community Care⟧ referral ⟦I|VA0044871290⟧.
Lives alone on a farm off ⟦S|Rural Route 4⟧ near ⟦C|Oskaloosa Bend⟧; neighbor ⟦N|Wendell Haas⟧ checks on him daily. Daughter ⟦N|Beverly Tuttle-Grant⟧
in ⟦C|Council Ridge⟧ (⟦P|712-555-0198⟧). Attends ⟦O|VFW Post 6612⟧ breakfasts. Does not want to move to ⟦H|Bradford Plains Community Living Center⟧.
MH: follows with Dr. ⟦N|Isabel Montague⟧ (PTSD clinic); PHQ-2 0. No firearms concerns per veteran; lethal means counseling done.
Plan: renew meds via CMOP; Home Telehealth referral; f/u 3 months. Women veterans' program N/A.
/es/ ⟦N|NADIA PETROSYAN⟧, NP  Signed: ⟦D|08/29/2088⟧ 16:22
`);

note("military-caps", `
⟦H|NAVAL MEDICAL CENTER HARBOR POINT⟧ - INTERNAL MEDICINE CLINIC
PATIENT: LCDR ⟦N|OKAFOR, CHIDI E⟧, USN   DOD ID: ⟦I|1188304471⟧   SSN: ⟦SSN|412-55-0193⟧
UNIT: ⟦O|STRIKE FIGHTER SQUADRON 147⟧, ⟦LO|NAVAL AIR STATION KESTREL FLATS⟧
DATE: ⟦D|19 JUN 2091⟧     PCM: CDR ⟦N|MARGARET ASHDOWN-PIKE⟧, MC, USN
CC: FLIGHT PHYSICAL FOLLOW-UP, ELEVATED BP.
HPI: 38 YO NAVAL FLIGHT OFFICER, BP 148/96 AT ANNUAL FLIGHT PHYSICAL WITH FLIGHT SURGEON LT ⟦N|TOMAS ARRIAGA⟧ ON ⟦D|02 JUN 2091⟧.
HOME READINGS 140S/90S. WIFE ⟦N|NGOZI⟧ IS A NURSE AT ⟦H|KESTREL FLATS NAVAL HOSPITAL⟧.
DEPLOYED ON ⟦O|USS CHESAPEAKE SOUND⟧ ⟦D|2089⟧-⟦D|2090⟧. NO TOBACCO. ETOH 2-3/WK.
A/P: STAGE 2 HTN. START LISINOPRIL PER AEROMEDICAL GUIDE; WAIVER PACKAGE TO ⟦O|NAVAL AEROSPACE MEDICAL INSTITUTE⟧ VIA FLT SURGEON.
DOWN SLIP ISSUED X 7 DAYS. F/U 2 WK. TRICARE PRIME.
HM2 ⟦N|R. DELACRUZ⟧ (CORPSMAN) DID VITALS.  SIGNED ⟦N|M. ASHDOWN-PIKE⟧ CDR MC USN  DSN ⟦P|312-555-0146⟧
`);

note("registration-lower", `
pt registration update - front desk - ⟦D|07/07/89⟧
pt: ⟦N|tiên nguyễn-whitaker⟧ dob ⟦D|01/31/1990⟧ acct ⟦I|44021987⟧
old address: ⟦S|88 prospect hill rd⟧, ⟦C|wrenfield⟧ ⟦STATE|ct⟧ ⟦Z|06480⟧
new address: ⟦S|2475 old post road, unit 11⟧, ⟦C|stanwick harbor⟧ ⟦STATE|ct⟧ ⟦Z|06512⟧
new cell ⟦P|203-555-0163⟧ (old ⟦P|203-555-0110⟧ disconnected). email ⟦E|tien.nw89@mailbox.example⟧
employer: ⟦O|harborside credit union⟧, ⟦PROF|teller⟧. work ph ⟦P|203-555-0190⟧ x ⟦P|224⟧
emergency contact changed from ⟦N|brandon whitaker⟧ (ex-spouse) to sister ⟦N|lan nguyen⟧ ⟦P|860-555-0137⟧
insurance: ⟦O|nutmeg health plan⟧, member ⟦HP|NHP882019344⟧, group ⟦I|77210⟧; pcp changed to dr ⟦N|oduya⟧ at ⟦O|stanwick harbor family medicine⟧
pharmacy: ⟦O|harbor drug⟧ on ⟦S|main st⟧
updated by ⟦N|kaylee⟧ (reg) ext ⟦P|3104⟧
`);

note("handoff-lower", `
night float handoff - 7 west - ⟦D|10/30⟧
bed 1 - mr ⟦N|abernathy-kwon⟧, copd exac, on 2l. if sats <88 abg and call dr ⟦N|pellegrino⟧ (pulm fellow, pgr ⟦P|4471⟧).
bed 4 - ⟦N|delphine rousseau⟧, ⟦A|97⟧, post-op hip, sundowning. dtr ⟦N|marguerite⟧ staying overnight. haldol 0.5 prn only.
bed 6 - ⟦N|kwabena mensah⟧, dka resolving, transitioning to sq insulin at 2200. endo (dr ⟦N|lindqvist⟧) following. wife ⟦N|akosua⟧ ⟦P|347-555-0122⟧.
bed 9 - ⟦N|jaroslav novotny⟧, etoh w/d, ciwa q4. sitter from ⟦O|all-care staffing⟧ tonight (⟦N|brenda⟧). transfer to ⟦H|maplewood detox⟧ planned tomorrow.
bed 12 - sister ⟦N|mary agnes o'rourke⟧, ⟦A|90⟧, from ⟦H|st. clotilde's convent infirmary⟧, uti/delirium. contact mother superior ⟦N|bernadette lavoie⟧ ⟦P|347-555-0101⟧.
bed 15 - ⟦N|tj washington⟧, sickle cell crisis, pca. mom ⟦N|latrice⟧ asks for dr ⟦N|adeyemi⟧ (heme) in am.
no codes expected. questions page me ⟦P|8802⟧. -⟦N|ck⟧ (⟦N|chioma kalu⟧, pgy2)
`);
note("pt-progress", `
Physical Therapy Re-evaluation
⟦O|Summit Peak Physical Therapy & Sports Rehab⟧ — ⟦C|Granger Hollow⟧ clinic, ⟦S|310 Aspen Court, Unit D⟧
Date: ⟦D|1/9/2092⟧   Visit 12 of 16 authorized (auth ⟦I|UHX-5512093⟧)
Patient: ⟦N|Tomasz Wierzbicki⟧   Referring: ⟦N|Harriet Quansah⟧, MD, ⟦O|Granger Hollow Orthopedic Specialists⟧
Dx: s/p R ACL reconstruction (BTB autograft) ⟦D|10/14/2091⟧ at ⟦H|Timberline Surgery Center⟧.
S: Pt is a ⟦PROF|lineman⟧ for ⟦O|Ridgeback Electric Cooperative⟧ and wants to return to climbing poles by ⟦D|April⟧. Coaches his son's team at
⟦O|Granger Hollow Youth Soccer Club⟧. Reports mild ache after stairs.
O: ROM 0-135. Quad LSI 78%. Single-leg hop LSI 74%. No effusion. Lachman firm end point.
A: Progressing; not cleared for cutting or climbing.
P: Continue 2x/wk x 4 wk; plyometric progression. Letter to employer safety officer ⟦N|Colleen Barros⟧ re: light duty (fax ⟦F|208-555-0152⟧).
Next MD visit with Dr. ⟦N|Quansah⟧ ⟦D|2/2⟧.
⟦N|Mateus Oliveira-Tran⟧, PT, DPT, SCS
`);

note("portal-message", `
Patient Portal Message Thread — ⟦O|Brookhaven Health Partners⟧
From: ⟦N|Ingrid Solheim-Baptiste⟧ <⟦E|ingrid.sb@northmail.example⟧>   To: Dr. ⟦N|Ravindra Iyer⟧ (Endocrinology)   Sent: ⟦D|3/14/2090⟧ 21:07
Subject: thyroid results / appointment
"Hi Dr. ⟦N|Iyer⟧, I saw my TSH came back 0.02 on the portal. I also had a scan at ⟦H|Lakemont Nuclear Imaging⟧ last week that Dr. ⟦N|Feeney⟧
ordered. Can I still come ⟦DAY|Friday⟧? My husband ⟦N|Marcus⟧ can drive me. Also my new number is ⟦P|(425) 555-0184⟧. Thanks, ⟦N|Ingrid⟧"

Reply from ⟦N|Ravindra Iyer⟧, MD — ⟦D|3/15/2090⟧ 08:12:
"Dear Ms. ⟦N|Solheim-Baptiste⟧, yes, keep ⟦DAY|Friday⟧ ⟦D|3/17⟧ at 10:30 at our ⟦C|Kirkwood Bay⟧ office. I have asked ⟦N|Julie⟧ in our office to request the uptake scan
report from ⟦H|Lakemont⟧. You can read about hyperthyroidism at ⟦U|https://www.brookhavenhp.org/patient-ed/thyroid⟧. — Dr. ⟦N|Iyer⟧"
Routed to: ⟦N|Julie Ferreira⟧, MA (fax outgoing request to ⟦F|425-555-0170⟧)
`);

note("sports-physical-caps", `
PRE-PARTICIPATION PHYSICAL EVALUATION - ⟦O|CALDERBROOK COUNTY SCHOOLS⟧ ATHLETICS
STUDENT: ⟦N|JAMAL ROSS-IBEKWE⟧   DOB ⟦D|04/22/2077⟧   GRADE 10   SCHOOL: ⟦O|NORTH CALDERBROOK HIGH SCHOOL⟧   SPORT: FOOTBALL, TRACK
PARENT/GUARDIAN: ⟦N|ANGELA ROSS⟧   PHONE ⟦P|828-555-0105⟧   ADDRESS ⟦S|27 BLUE SPRUCE LN⟧, ⟦C|HUDSON GAP⟧
ATHLETIC TRAINER: ⟦N|COURTNEY PELLETIER⟧, ATC   HEAD COACH: ⟦N|DARRYL "BIG D" FOUNTAIN⟧
HISTORY: CONCUSSION ⟦D|OCT 2091⟧ DURING GAME VS ⟦O|WILLOW KNOB⟧, CLEARED BY DR ⟦N|HALVERSON⟧ AT ⟦O|BLUE RIDGE SPORTS MEDICINE⟧ ⟦D|11/20/2091⟧.
FAMILY HX: UNCLE DIED SUDDENLY AT 32 (HCM?). ECHO ORDERED - ⟦H|MISSION VALLEY CHILDREN'S HEART CENTER⟧.
EXAM: BP 118/72, NO MURMUR SUPINE/STANDING, MARFAN SCREEN NEG.
CLEARANCE: CLEARED PENDING ECHO RESULT. 
EXAMINER: ⟦N|PATRICE OKONJO-WELLS⟧, FNP   ⟦O|CALDERBROOK COMMUNITY HEALTH⟧   DATE ⟦D|07/28/2092⟧
`);

note("guardianship-letter", `
⟦H|Ferncliff Geriatric Assessment Center⟧
⟦S|1200 Linden Terrace, 2nd Floor⟧, ⟦C|Haverly⟧, ⟦STATE|VT⟧ ⟦Z|05681⟧

⟦D|September 8, 2087⟧

The Honorable ⟦N|Patricia Dunwoody-Acheson⟧
⟦O|Probate Court of Ashgrove County⟧
⟦S|PO Box 310⟧, ⟦C|Haverly⟧, ⟦STATE|VT⟧ ⟦Z|05681⟧

Re: Petition for guardianship of ⟦N|Cornelius Vandermolen⟧ (age ⟦A|94⟧), Docket No. ⟦I|PR-87-0412⟧

Your Honor,
I evaluated Mr. ⟦N|Vandermolen⟧ on ⟦D|August 30⟧ and ⟦D|September 6, 2087⟧ at the request of his niece, ⟦N|Henrietta Vos⟧, petitioner, and
his attorney ⟦N|Byron Talbot⟧, Esq., of ⟦O|Talbot & Quist Elder Law⟧. He lives alone at ⟦S|9 Millpond Lane⟧ in ⟦C|North Haverly⟧. His MoCA was 14/30
(was 22/30 in ⟦D|2085⟧ with his PCP, Dr. ⟦N|Elspeth MacAulay⟧). ⟦O|Green Mountain Adult Protective Services⟧ (worker ⟦N|Dominic Ferraro⟧) reported
unpaid utility bills and a $9,000 wire to an unknown party. In my opinion he lacks capacity for financial decisions but retains capacity to
express a preference about where he lives; he wishes to remain at home with help from ⟦O|Haverly Home Companions⟧.
Respectfully,
⟦N|Anneliese Krug-Obeng⟧, MD, Geriatric Psychiatry     Tel ⟦P|802-555-0113⟧
`);

note("phone-msg-lower", `
tel enc ⟦D|6/12⟧ 4:15p - ⟦N|janelle⟧ (ma) for dr ⟦N|vasquez-oduro⟧
caller: ⟦N|reggie alcott⟧, pt's son, ⟦P|(502) 555-0119⟧, on hipaa release.
pt ⟦N|wilhelmina alcott⟧ dob ⟦D|3/3/38⟧. son says mom fell at ⟦H|the pines at lakeside⟧ (her assisted living) last night, seen at ⟦H|mercy eastpoint⟧ er,
no fx. wants f/u appt & pt at home. also asks refill of donepezil to ⟦O|kroll's pharmacy⟧ on ⟦S|shelbrook rd⟧ -> sent.
appt made ⟦D|6/15⟧ 10:00 w/ ⟦N|ellie moreno⟧, aprn. home health order to ⟦O|bluegrass visiting nurses⟧ fax ⟦F|502-555-0150⟧ pending md sig.
son also says pt's neighbor mrs. ⟦N|hollis⟧ has a key, ⟦P|502-555-0144⟧. routed to dr ⟦N|vasquez-oduro⟧ for sig. -⟦N|jm⟧
`);
note("tumor-board-caps", `
MULTIDISCIPLINARY THORACIC TUMOR BOARD - ⟦H|HOLLINGTON CANCER INSTITUTE⟧
CONFERENCE DATE: ⟦DAY|WED⟧ ⟦D|04/09/2092⟧    PRESENTING: DR ⟦N|ANIKA SCHWERDTFEGER⟧ (THORACIC SURGERY)
ATTENDEES: DRS ⟦N|OYELOWO⟧ (MED ONC), ⟦N|BRANDT-KIMURA⟧ (RAD ONC), ⟦N|ESPOSITO⟧ (PATHOLOGY), ⟦N|NAKASHIMA⟧ (RADIOLOGY), ⟦N|DUBOIS-MENSAH⟧ (PULM);
NAVIGATOR ⟦N|KAREN LUTZ⟧, RN; GENETIC COUNSELOR ⟦N|PRIYA SESHADRI⟧.
CASE 3: ⟦N|FITZHUGH, ROLAND⟧, MRN ⟦M|HCI-0390217⟧, 67M, EX-SMOKER 50 PK-YR, RETIRED ⟦PROF|SHIPFITTER⟧ FROM ⟦O|GALLOWAY DRYDOCK⟧.
RUL 2.8 CM SPICULATED NODULE, PET SUV 9.1; EBUS ⟦D|03/28/2092⟧ STATIONS 4R, 7, 11R NEGATIVE (PATH ⟦I|HC92-11873⟧).
OUTSIDE CT FROM ⟦H|PORTSIDE COMMUNITY HOSPITAL⟧ ⟦D|01/2092⟧ REVIEWED BY DR ⟦N|NAKASHIMA⟧.
RECOMMENDATION: RUL LOBECTOMY (DR ⟦N|SCHWERDTFEGER⟧); MOLECULAR TESTING ON RESECTION. SMOKING CESSATION THROUGH ⟦O|QUITLINE NORTHEAST⟧.
PATIENT WILL BE SEEN ⟦D|04/14⟧ WITH WIFE ⟦N|DOLORES⟧. REFERRING PCP DR ⟦N|KHALIL ABOU-SAAB⟧, ⟦O|PORTSIDE PRIMARY CARE⟧, FAX ⟦F|401-555-0168⟧.
MINUTES: ⟦N|K. LUTZ⟧ RN
`);

note("transplant-coord", `
Transplant Coordinator Note — Kidney Transplant Program, ⟦H|Elmhurst Valley University Hospital⟧
Date: ⟦D|2089-05-16⟧
Candidate: ⟦N|Marisela Obregón⟧, DOB ⟦D|1977-11-02⟧, UNOS ID ⟦I|XK4490⟧, MRN ⟦M|EV-4477120⟧, listed ⟦D|2087-09-01⟧, blood type O, cPRA 42%.
Dialysis: ⟦H|Riverbend Dialysis - Southgate⟧ MWF 2nd shift; social worker ⟦N|Terrence Mbatha⟧ ⟦P|(559) 555-0121⟧; nephrologist Dr. ⟦N|Hyun-woo Shin⟧.
Living donor evaluation: friend from church, ⟦N|Abigail Thorsdottir⟧ (donor ID ⟦I|LD-89-0231⟧), compatible; work-up at ⟦H|Elmhurst Valley⟧ donor clinic
with independent living donor advocate ⟦N|Raymond Castillo-Frye⟧. Both attend ⟦O|Iglesia Cristiana Fuente de Vida⟧ in ⟦C|Southgate Springs⟧.
Insurance: ⟦O|Golden Valley Health Plan⟧ approved evaluation, auth ⟦I|GV-2209184⟧; Medicare Part B for immunosuppressants.
Surgery tentatively ⟦D|June 24⟧ (Dr. ⟦N|Olamide Fashola⟧ recipient, Dr. ⟦N|Constantin Ionescu⟧ donor nephrectomy).
Candidate's husband ⟦N|Rigoberto⟧ works at ⟦O|Sierra Packing Company⟧ and has FMLA paperwork pending. Email for scheduling ⟦E|m.obregon77@webpost.example⟧.
— ⟦N|Delia Hargrove⟧, RN, CCTC
`);

note("coroner-caps", `
⟦O|BRAXTON COUNTY MEDICAL EXAMINER⟧ - REPORT OF INVESTIGATION
CASE NO: ⟦I|ME-2091-00388⟧     DECEDENT: ⟦N|LINDQVIST, AXEL MAGNUS⟧     AGE: ⟦A|102⟧     SEX: M
DATE OF DEATH: ⟦D|12/26/2091⟧ (FOUND)   LAST KNOWN ALIVE: ⟦D|12/24/2091⟧ (PHONE CALL WITH GRANDDAUGHTER ⟦N|SIGRID LINDQVIST-MOORE⟧)
PLACE: RESIDENCE, ⟦S|HC 61 BOX 14⟧, ⟦C|CALLOWAY FORKS⟧, ⟦LO|BRAXTON COUNTY⟧.
REPORTED BY: DEPUTY ⟦N|T. HUFFSTETLER⟧, ⟦O|BRAXTON COUNTY SHERIFF'S OFFICE⟧, BADGE ⟦I|219⟧, AFTER WELFARE CHECK REQUESTED BY NEIGHBOR ⟦N|OTIS KIRBY⟧.
SCENE: SINGLE-WIDE TRAILER, WOODSTOVE OUT, INDOOR TEMP 38F. NO TRAUMA. MEDS FROM ⟦O|FORKS DRUG & GIFT⟧ (DR ⟦N|PALMATEER⟧).
PCP DR ⟦N|JUDITH PALMATEER⟧, ⟦O|CALLOWAY FORKS CLINIC⟧, CONTACTED ⟦D|12/27⟧: HX CHF, AF, CKD. WILLING TO SIGN CERTIFICATE.
DISPOSITION: RELEASED TO ⟦O|HOLLINS & SONS FUNERAL HOME⟧, ⟦C|SUTTONVILLE⟧. NOK: SON ⟦N|ERIK LINDQVIST⟧, ⟦C|DULUTH HARBOR⟧, ⟦STATE|MN⟧, ⟦P|218-555-0172⟧.
INVESTIGATOR: ⟦N|RONDA McCLELLAN-BAUER⟧, D-ABMDI
`);

note("dme-oxygen-caps", `
CERTIFICATE OF MEDICAL NECESSITY - HOME OXYGEN / DME ORDER
SUPPLIER: ⟦O|TRI-STATE RESPIRATORY & MEDICAL SUPPLY⟧  ⟦S|650 COMMERCE PKWY STE 4⟧  ⟦C|GLENBURNIE FALLS⟧  PH ⟦P|877-555-0191⟧  NSC ⟦I|2214889001⟧
PATIENT: ⟦N|HOLLOWAY, BEATRICE ANN⟧   DOB ⟦D|07/19/1945⟧   MEDICARE ID ⟦HP|7QW2-TN4-HJ55⟧
DELIVERY ADDRESS: ⟦S|4 CHERRY ORCHARD CIR⟧, ⟦C|WEST ALDEN⟧, ⟦STATE|WV⟧ ⟦Z|26187⟧ - CALL DAUGHTER ⟦N|RAE⟧ FIRST ⟦P|304-555-0138⟧
ORDER: O2 2 LPM CONTINUOUS VIA NC, CONCENTRATOR + PORTABLE CYLINDERS (E). POC SERIAL ⟦DEV|IN5550219874⟧.
QUALIFYING TEST: SPO2 86% RA AT REST ON ⟦D|09/02/2090⟧ DURING ADMISSION AT ⟦H|ST. AUGUSTA'S HOSPITAL⟧.
LENGTH OF NEED: 99 MONTHS (LIFETIME).
ORDERING PHYSICIAN: ⟦N|FAROOQ SIDDIQUI⟧, MD   NPI ⟦I|1386620457⟧   ⟦O|WEST ALDEN PULMONARY⟧   FAX ⟦F|304-555-0139⟧
SIGNATURE ON FILE ⟦D|09/05/2090⟧.  DME RT ⟦N|COREY VANDYKE⟧, RRT TO DO SETUP.
`);

note("immigration-exam", `
Immigration Medical Examination (Civil Surgeon) — Summary for file
⟦O|Bayline Civil Surgeon Services⟧, Dr. ⟦N|Sung-min Cho⟧, civil surgeon, ⟦S|1801 Pacifica Blvd, Suite 210⟧, ⟦C|Port Ellery⟧
Exam date: ⟦D|18 March 2088⟧   Applicant: ⟦N|Arjun Venkatesh Pillai⟧   DOB: ⟦D|22 July 1983⟧   A-number: ⟦I|A-219-884-031⟧
Country of birth: ⟦COUNTRY|India⟧ (born in ⟦C|Kottamala⟧). Employer/sponsor: ⟦O|Crestline Semiconductor⟧, ⟦PROF|process engineer⟧.
Accompanied by spouse ⟦N|Deepa Raghavan⟧ (exam ⟦D|3/19⟧) and daughter ⟦N|Ananya⟧.
TB: IGRA (⟦O|Coastline Diagnostic Labs⟧ requisition ⟦I|CDL-771902⟧) negative. CXR not required.
Vaccination record reviewed: prior doses from ⟦O|Amrita Family Clinic⟧, plus records from ⟦H|Riverside Mercy Hospital⟧ ⟦D|2086⟧ (Tdap).
Given today: MMR #2, influenza. Varicella titer immune.
Class A/B conditions: none. Form sealed and given to applicant. Questions to our office manager ⟦N|Grace Park-Lindell⟧, ⟦P|(360) 555-0126⟧.
`);

note("chaplain-ad", `
Spiritual Care / Advance Directive Note — ⟦H|Maple Crest Hospital⟧, Palliative Care Unit
⟦D|Nov. 2, 2090⟧ — Chaplain ⟦N|Adebayo Olumide⟧, MDiv, BCC
Visited Ms. ⟦N|Yolanda Pickering⟧ at the request of nurse ⟦N|Kristof Varga⟧. Pt is a lifelong member of ⟦O|Mount Zion AME Church⟧ in ⟦C|Bellweather⟧
(pastor Rev. ⟦N|Cleophus Dandridge⟧). Daughters ⟦N|Tonya⟧ and ⟦N|Kimberly Pickering-Shaw⟧ present; son ⟦N|Andre⟧ on speaker from ⟦C|Fort Aldridge⟧, ⟦STATE|GA⟧.
Pt completed advance directive with our help: health care agent ⟦N|Kimberly Pickering-Shaw⟧ (⟦P|(912) 555-0157⟧), alternate ⟦N|Tonya Pickering⟧.
Witnesses: ⟦N|Rosa Ibáñez⟧ (unit clerk) and ⟦N|Wei Zhang⟧ (volunteer). Notarized by ⟦N|Harold Beasley⟧ from ⟦O|Coastal Notary Services⟧.
Pt wishes to be at home with ⟦O|Lowland Light Hospice⟧ and to have her funeral at ⟦O|Mount Zion⟧ with ⟦O|Gaines & Whitlock Funeral Home⟧.
Prayer and hymn ("Blessed Assurance") at her request. Will follow ⟦DAY|Monday⟧.
— ⟦N|A. Olumide⟧, Chaplain, pager ⟦P|2277⟧
`);
write();
