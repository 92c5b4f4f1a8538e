// Why this file exists: stop 55's speed round (sp55, docs/performance.md "Stop 55, sp55") cut the core's instructions
// without changing a finding; these rows pin the findings of texts whose words stand where such a cut would bite first:
// the words decide() is asked about and writes nothing for (units and lab labels, "MG", "DL", "MMOL", "BPM", "K", "HR",
// "MS", "DR", "MD", "MRN", "MRI", "CBC", clinical words no English list has, "DYSURIA", "HEMATURIA", "RALES", "RHONCHI",
// "MELLITUS", "METFORMIN"), each beside a person, a facility, a town, an address or a payer that decide() or its later
// rounds do write, in mixed case, ALL CAPS and lower case, on both engines. The findings are the stop's start's (main
// 257e90b, read from its build), gaps included: a row records what the core finds, not what it should find.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["Glucose 182 mg/dL, K 4.1 mmol/L and HR 88 bpm per Dr Halvorsen at the bedside this morning.", [["Halvorsen","NAME","name:title"]]],
  ["GLUCOSE 182 MG/DL, K 4.1 MMOL/L AND HR 88 BPM PER DR HALVORSEN AT THE BEDSIDE THIS MORNING.", [["HALVORSEN","NAME","name:title"]]],
  ["glucose 182 mg/dl, k 4.1 mmol/l and hr 88 bpm per dr halvorsen at the bedside this morning.", [["halvorsen","NAME","name:title"]]],
  ["She reports dysuria and hematuria since Monday; seen by Marisol Quenby, MD in the clinic.", [["Monday","DATE","dictionary:weekday"],["Marisol Quenby","NAME","name:neighbour"]]],
  ["SHE REPORTS DYSURIA AND HEMATURIA SINCE MONDAY; SEEN BY MARISOL QUENBY, MD IN THE CLINIC.", [["MONDAY","DATE","dictionary:weekday"],["MARISOL QUENBY","NAME","name:neighbour"]]],
  ["she reports dysuria and hematuria since monday; seen by marisol quenby, md in the clinic.", [["monday","DATE","dictionary:weekday"],["marisol quenby","NAME","name:neighbour"]]],
  ["Rales and rhonchi at both bases; metformin held by Dr. Ostrander until the MRI is read.", [["Ostrander","NAME","name:title"]]],
  ["RALES AND RHONCHI AT BOTH BASES; METFORMIN HELD BY DR. OSTRANDER UNTIL THE MRI IS READ.", [["OSTRANDER","NAME","name:title"]]],
  ["rales and rhonchi at both bases; metformin held by dr. ostrander until the mri is read.", [["ostrander","NAME","name:title"]]],
  ["Labs: WBC 11.2, Hgb 9.8, Plt 240, Na 138, Cl 101, BUN 22, Cr 1.3 as drawn by Tessaly Ward RN.", [["Tessaly Ward","NAME","name:neighbour"]]],
  ["LABS: WBC 11.2, HGB 9.8, PLT 240, NA 138, CL 101, BUN 22, CR 1.3 AS DRAWN BY TESSALY WARD RN.", []],
  ["labs: wbc 11.2, hgb 9.8, plt 240, na 138, cl 101, bun 22, cr 1.3 as drawn by tessaly ward rn.", []],
  ["MRN 4471823 for the patient seen in the ED by Dr Pellworth, then admitted to 4 West at Dunmore General.", [["4471823","MRN","cue:mrn"],["Pellworth","NAME","name:title"],["Dunmore General","LOCATION","location:facility"]]],
  ["MRN 4471823 FOR THE PATIENT SEEN IN THE ED BY DR PELLWORTH, THEN ADMITTED TO 4 WEST AT DUNMORE GENERAL.", [["4471823","MRN","cue:mrn"],["PELLWORTH","NAME","name:title"],["DUNMORE GENERAL","LOCATION","location:facility"]]],
  ["mrn 4471823 for the patient seen in the ed by dr pellworth, then admitted to 4 west at dunmore general.", [["4471823","MRN","cue:mrn"],["pellworth","NAME","name:title"],["dunmore general","LOCATION","location:facility"]]],
  ["Diabetes mellitus type 2 on insulin, followed by Dr. Yarrowby at Cedar Hollow Clinic in Lakeport.", [["Yarrowby","NAME","name:title"],["Cedar Hollow Clinic","LOCATION","location:facility"],["Lakeport","LOCATION","location:city"]]],
  ["DIABETES MELLITUS TYPE 2 ON INSULIN, FOLLOWED BY DR. YARROWBY AT CEDAR HOLLOW CLINIC IN LAKEPORT.", [["YARROWBY","NAME","name:title"],["CEDAR","LOCATION","location:city"],["LAKEPORT","LOCATION","location:city"]]],
  ["diabetes mellitus type 2 on insulin, followed by dr. yarrowby at cedar hollow clinic in lakeport.", [["yarrowby","NAME","name:title"],["lakeport","LOCATION","location:city"]]],
  ["Chief complaint: chest pain. Address: 44 Orchard Row, Unit 2, Fenwick, OH 43001. Insurance: Aetna.", [["44 Orchard Row, Unit 2, Fenwick, OH","LOCATION","location:address"],["43001","ZIP","format:zip-address"],["Aetna","LOCATION","location:organization"]]],
  ["CHIEF COMPLAINT: CHEST PAIN. ADDRESS: 44 ORCHARD ROW, UNIT 2, FENWICK, OH 43001. INSURANCE: AETNA.", [["44 ORCHARD ROW, UNIT 2, FENWICK, OH","LOCATION","location:address"],["43001","ZIP","format:zip-address"],["AETNA","LOCATION","location:organization"]]],
  ["chief complaint: chest pain. address: 44 orchard row, unit 2, fenwick, oh 43001. insurance: aetna.", [["44 orchard row, unit 2, fenwick, oh 43001","LOCATION","location:address"],["aetna","LOCATION","location:organization"]]],
  ["Vitals BP 128/76, HR 72, RR 16, SpO2 98% RA; MS intact; DR noted by nurse Annelise Korba.", [["Annelise Korba","NAME","name:neighbour"]]],
  ["VITALS BP 128/76, HR 72, RR 16, SPO2 98% RA; MS INTACT; DR NOTED BY NURSE ANNELISE KORBA.", [["INTACT","NAME","name:title"],["NOTED","NAME","name:title"],["ANNELISE KORBA","NAME","name:neighbour"]]],
  ["vitals bp 128/76, hr 72, rr 16, spo2 98% ra; ms intact; dr noted by nurse annelise korba.", [["annelise korba","NAME","name:neighbour"]]],
  ["In the ED she got ceftriaxone 1 g IV and was seen by Dr Quill in MS clinic at Harwell Memorial.", [["Quill","NAME","name:title"],["Harwell Memorial","LOCATION","location:facility"]]],
  ["IN THE ED SHE GOT CEFTRIAXONE 1 G IV AND WAS SEEN BY DR QUILL IN MS CLINIC AT HARWELL MEMORIAL.", [["QUILL","NAME","name:title"],["CLINIC","NAME","name:title"],["HARWELL MEMORIAL","LOCATION","location:facility"]]],
  ["in the ed she got ceftriaxone 1 g iv and was seen by dr quill in ms clinic at harwell memorial.", [["quill","NAME","name:title"],["harwell memorial","LOCATION","location:facility"]]],
  ["Urine culture grew E. coli; UA with 2+ LE; K repleted with 40 mEq per Dr. Vantassel of nephrology.", [["Vantassel","NAME","name:title"]]],
  ["URINE CULTURE GREW E. COLI; UA WITH 2+ LE; K REPLETED WITH 40 MEQ PER DR. VANTASSEL OF NEPHROLOGY.", [["VANTASSEL","NAME","name:title"]]],
  ["urine culture grew e. coli; ua with 2+ le; k repleted with 40 meq per dr. vantassel of nephrology.", [["vantassel","NAME","name:title"]]],
  ["Follow up with Dr. Ambrose Tillery, MD in 2 weeks; CBC, BMP and TSH at Ridgeview Lab in Pomfret.", [["Ambrose Tillery","NAME","name:title"],["Ridgeview","LOCATION","location:city"],["Pomfret","LOCATION","location:city"]]],
  ["FOLLOW UP WITH DR. AMBROSE TILLERY, MD IN 2 WEEKS; CBC, BMP AND TSH AT RIDGEVIEW LAB IN POMFRET.", [["AMBROSE TILLERY","NAME","name:title"],["RIDGEVIEW","LOCATION","location:city"],["POMFRET","LOCATION","location:city"]]],
  ["follow up with dr. ambrose tillery, md in 2 weeks; cbc, bmp and tsh at ridgeview lab in pomfret.", [["ambrose tillery","NAME","name:title"],["ridgeview","LOCATION","location:city"],["pomfret","LOCATION","location:city"]]],
  ["Signed by Corwin Blaylock, PA-C on 3/4/2091 in the MICU; MD to review the CT and the EKG.", [["Corwin Blaylock","NAME","name:neighbour"],["3/4/2091","DATE","validator:calendar"]]],
  ["SIGNED BY CORWIN BLAYLOCK, PA-C ON 3/4/2091 IN THE MICU; MD TO REVIEW THE CT AND THE EKG.", [["CORWIN BLAYLOCK","NAME","name:neighbour"],["3/4/2091","DATE","validator:calendar"]]],
  ["signed by corwin blaylock, pa-c on 3/4/2091 in the micu; md to review the ct and the ekg.", [["corwin blaylock","NAME","name:neighbour"],["3/4/2091","DATE","validator:calendar"]]],
];

describe("stop 55, sp55: words decide() writes nothing for, beside words it writes, keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
  }
});
