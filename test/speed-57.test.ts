// Why this file exists: stop 57's speed round (sp57, docs/performance.md "Stop 57, sp57") keeps medicalShape()'s answer
// per token of the name pass's ring (the four suffix lists' walks done once per word, where several rules asked
// them again) and doubled wordIn()'s list-mask table (4096 slots), without changing a finding. These rows put words of
// the medical suffix lists (diagnoses, procedures, drugs, "-ologist") beside names, a town, a facility and a phone, in
// mixed case, ALL CAPS and lower case, on both engines; one redactor per engine reads them all in turn, so that a
// document's tokens sit at the ring indices of the previous document's (the answers kept are cleared by namesBegin()).
// The findings are the stop's start's (main 83e50c6), gaps included: a row records what the core finds, not what it
// should find.
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

type Row = readonly [string, ReadonlyArray<readonly [string, string, string]>];

const ROWS: Row[] = [
  ["Dr. Halvorsen reviewed the cholecystitis; Marisol Quenby started lisinopril and atorvastatin for hyperlipidemia.", [["Halvorsen","NAME","name:title"],["Marisol Quenby","NAME","name:neighbour"]]],
  ["DR. HALVORSEN REVIEWED THE CHOLECYSTITIS; MARISOL QUENBY STARTED LISINOPRIL AND ATORVASTATIN FOR HYPERLIPIDEMIA.", [["HALVORSEN","NAME","name:title"],["MARISOL QUENBY","NAME","name:neighbour"]]],
  ["dr. halvorsen reviewed the cholecystitis; marisol quenby started lisinopril and atorvastatin for hyperlipidemia.", [["halvorsen","NAME","name:title"],["marisol quenby","NAME","name:neighbour"]]],
  ["Seen by Corwin Ashgrove for hematuria and dysuria; Nephrology consulted, cystoscopy with Dr. Tillery on Monday.", [["Corwin Ashgrove","NAME","name:neighbour"],["Tillery","NAME","name:title"],["Monday","DATE","dictionary:weekday"]]],
  ["SEEN BY CORWIN ASHGROVE FOR HEMATURIA AND DYSURIA; NEPHROLOGY CONSULTED, CYSTOSCOPY WITH DR. TILLERY ON MONDAY.", [["CORWIN ASHGROVE","NAME","name:neighbour"],["TILLERY","NAME","name:title"],["MONDAY","DATE","dictionary:weekday"]]],
  ["seen by corwin ashgrove for hematuria and dysuria; nephrology consulted, cystoscopy with dr. tillery on monday.", [["corwin ashgrove","NAME","name:neighbour"],["tillery","NAME","name:title"],["monday","DATE","dictionary:weekday"]]],
  ["Patient Ambrose Pellworth with cardiomyopathy, lymphoma and pancreatitis; metoprolol and amiodarone per Dr. Quenby.", [["Ambrose Pellworth","NAME","name:neighbour"],["Quenby","NAME","name:title"]]],
  ["PATIENT AMBROSE PELLWORTH WITH CARDIOMYOPATHY, LYMPHOMA AND PANCREATITIS; METOPROLOL AND AMIODARONE PER DR. QUENBY.", [["AMBROSE PELLWORTH","NAME","name:neighbour"],["QUENBY","NAME","name:title"]]],
  ["patient ambrose pellworth with cardiomyopathy, lymphoma and pancreatitis; metoprolol and amiodarone per dr. quenby.", [["ambrose pellworth","NAME","name:neighbour"],["quenby","NAME","name:title"]]],
  ["Surgeon: Yarrowby. Procedure: laparotomy, cholecystectomy. Assistant: Tessaly Ward. Pathology: adenocarcinoma.", [["Yarrowby","NAME","name:cue"]]],
  ["SURGEON: YARROWBY. PROCEDURE: LAPAROTOMY, CHOLECYSTECTOMY. ASSISTANT: TESSALY WARD. PATHOLOGY: ADENOCARCINOMA.", [["YARROWBY","NAME","name:cue"]]],
  ["surgeon: yarrowby. procedure: laparotomy, cholecystectomy. assistant: tessaly ward. pathology: adenocarcinoma.", [["yarrowby","NAME","name:cue"]]],
  ["Lives in Fenwick with her daughter Brisa Holloway; neuropathy, gastroparesis and hypothyroidism; follows with Dr Ostrander at Ridgeview Clinic.", [["Fenwick","LOCATION","location:city"],["Brisa Holloway","NAME","name:neighbour"],["Ostrander","NAME","name:title"],["Ridgeview Clinic","LOCATION","location:facility"]]],
  ["LIVES IN FENWICK WITH HER DAUGHTER BRISA HOLLOWAY; NEUROPATHY, GASTROPARESIS AND HYPOTHYROIDISM; FOLLOWS WITH DR OSTRANDER AT RIDGEVIEW CLINIC.", [["FENWICK","LOCATION","location:city"],["BRISA HOLLOWAY","NAME","name:neighbour"],["OSTRANDER","NAME","name:title"],["RIDGEVIEW CLINIC","LOCATION","location:facility"]]],
  ["lives in fenwick with her daughter brisa holloway; neuropathy, gastroparesis and hypothyroidism; follows with dr ostrander at ridgeview clinic.", [["fenwick","LOCATION","location:city"],["brisa holloway","NAME","name:neighbour"],["ostrander","NAME","name:title"],["ridgeview clinic","LOCATION","location:facility"]]],
  ["Spoke with Amariah Kettleson (sister) about the thrombocytopenia; hematology at Lakeport General Hospital to call 617-555-0142.", [["Amariah Kettleson","NAME","name:neighbour"],["Lakeport General Hospital","LOCATION","location:facility"],["617-555-0142","PHONE","cue:phone"]]],
  ["SPOKE WITH AMARIAH KETTLESON (SISTER) ABOUT THE THROMBOCYTOPENIA; HEMATOLOGY AT LAKEPORT GENERAL HOSPITAL TO CALL 617-555-0142.", [["AMARIAH KETTLESON","NAME","name:neighbour"],["LAKEPORT GENERAL HOSPITAL","LOCATION","location:facility"],["617-555-0142","PHONE","cue:phone"]]],
  ["spoke with amariah kettleson (sister) about the thrombocytopenia; hematology at lakeport general hospital to call 617-555-0142.", [["amariah kettleson","NAME","name:neighbour"],["lakeport general hospital","LOCATION","location:facility"],["617-555-0142","PHONE","cue:phone"]]],
  ["Dr. Quenby Hysteroscopy Halvorsen Nephrectomy Ward Gastrostomy Pellworth Oncologist Ashgrove Dermatologist Tillery", [["Quenby Hysteroscopy Halvorsen Nephrectomy Ward Gastrostomy Pellworth","NAME","name:title"],["Ashgrove","NAME","name:cue"],["Tillery","NAME","name:cue"]]],
  ["DR. QUENBY HYSTEROSCOPY HALVORSEN NEPHRECTOMY WARD GASTROSTOMY PELLWORTH ONCOLOGIST ASHGROVE DERMATOLOGIST TILLERY", [["QUENBY HYSTEROSCOPY HALVORSEN NEPHRECTOMY","NAME","name:title"],["ASHGROVE","NAME","name:cue"],["TILLERY","NAME","name:cue"]]],
  ["dr. quenby hysteroscopy halvorsen nephrectomy ward gastrostomy pellworth oncologist ashgrove dermatologist tillery", [["quenby hysteroscopy halvorsen nephrectomy","NAME","name:title"],["ashgrove","NAME","name:cue"],["tillery","NAME","name:cue"]]],
  ["Attending: Dr. Sorensen. Dx: diverticulitis, nephrolithiasis, cellulitis. Rx: ciprofloxacin, metronidazole, cephalexin. Signed Halvorsen, MD.", [["Sorensen","NAME","name:title"],["Halvorsen","NAME","name:credential"]]],
  ["ATTENDING: DR. SORENSEN. DX: DIVERTICULITIS, NEPHROLITHIASIS, CELLULITIS. RX: CIPROFLOXACIN, METRONIDAZOLE, CEPHALEXIN. SIGNED HALVORSEN, MD.", [["SORENSEN","NAME","name:title"],["HALVORSEN","NAME","name:credential"]]],
  ["attending: dr. sorensen. dx: diverticulitis, nephrolithiasis, cellulitis. rx: ciprofloxacin, metronidazole, cephalexin. signed halvorsen, md.", [["sorensen","NAME","name:title"],["halvorsen","NAME","name:credential"]]],
];

describe("stop 57, sp57: medicalShape()'s answers kept per token and the larger list-mask table keep the start's findings", () => {
  for (const engine of ["wasm", "js"] as const) {
    const r = createRedactorSync({ engine });
    for (const [text, expected] of ROWS) {
      it(`${engine}: ${JSON.stringify(text).slice(0, 120)}`, () => {
        expect(r.find(text).map((f) => [f.text, f.type, f.reason])).toEqual(expected);
      });
    }
  }
  it("medicalShape()'s memo is cleared for each document and written only for the ring's tokens", async () => {
    const { readFileSync } = await import("node:fs");
    const src = readFileSync(new URL("../assembly/names/detect.ts", import.meta.url), "utf8");
    expect(src).toMatch(/memory\.fill\(MED_MEMO57, 0, <usize>\(RING << 2\)\)/);
    expect(src).toMatch(/const live = k < count && count - k <= RING;/);
  });
});
