// Why this file exists: stop 62's speed round sc62 (docs/performance.md "Stop 62, sc62") put the busiest wordIn() call
// sites behind filters of their lists' words' hashes (assembly/names/r62_sc62.ts's listIn62()), without changing a
// finding. These rows put each filtered site in its frame (a payer before its plan's word, a denomination's service, "Ciudad",
// a practice's pair, ALL CAPS "HEALTH" and a town's prefix, "the VA", a street's "Row"/"Path", an employer's label and a
// work verb, a foreign street's type, an agency's initialism, "baby girl", an agency's last word, "Hospice of", a frame's
// "attends"/"carrier", a Burmese honorific, a word of the land, a scale's eponym, "in law", a county's office, a union's
// local, a device's label, "PD"/"FD", a login's label, "call me", "at"/"from", "in"/"from"/"near") beside words that
// are no list's but share a list word's filter bit ("weeks", "assessment", "signed", "aunt", "chart", "mail", "faxed",
// "elm", "emma", "263": a Python twin of table.ts's hash), in mixed case, ALL CAPS and lower case, on both engines. The
// findings are the round's start's (main 32b1a0d), gaps included: a row records what the core finds, not what it
// should find. Invented names. The last test reads the sources: every list a site asks through a filter is entered in
// that filter, the condition of the filters' exactness.
import { readFileSync, readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { runSpeedTable, type SpeedRow as Row } from "./helpers/speed-table.js";

const ROWS: Row[] = [
  ["Billed to Humana Part D H4471-028; the human plan and Anthem lapsed. Magellan auth MGL-4471820 for weeks.",[["Humana","LOCATION","location:organization"],["H4471-028","ID","format:record-field"],["Anthem","NAME","name:capitalised"],["Magellan","LOCATION","location:organization"],["MGL-4471820","ID","cue:id"]]],
  ["BILLED TO HUMANA PART D H4471-028; THE HUMAN PLAN AND ANTHEM LAPSED. MAGELLAN AUTH MGL-4471820 FOR WEEKS.",[["HUMANA","LOCATION","location:organization"],["H4471-028","ID","format:record-field"],["MAGELLAN","LOCATION","location:organization"],["MGL-4471820","ID","cue:id"]]],
  ["billed to humana part d h4471-028; the human plan and anthem lapsed. magellan auth mgl-4471820 for weeks.",[["humana","LOCATION","location:organization"],["h4471-028","ID","format:record-field"],["magellan","LOCATION","location:organization"],["mgl-4471820","ID","cue:id"]]],
  ["Referred to Lutheran Family Services of Minnesota; a Catholic service on Sunday, Jewish family present.",[["Lutheran Family Services of Minnesota","LOCATION","location:organization"],["Sunday","DATE","dictionary:weekday"]]],
  ["REFERRED TO LUTHERAN FAMILY SERVICES OF MINNESOTA; A CATHOLIC SERVICE ON SUNDAY, JEWISH FAMILY PRESENT.",[["LUTHERAN FAMILY SERVICES OF MINNESOTA","LOCATION","location:organization"],["SUNDAY","DATE","dictionary:weekday"]]],
  ["referred to lutheran family services of minnesota; a catholic service on sunday, jewish family present.",[["lutheran","NAME","name:cue"],["services of minnesota","LOCATION","location:organization"],["sunday","DATE","dictionary:weekday"]]],
  ["Born in Ciudad Juarez, Mexico; his aunt moved from la ciudad de Durango.",[["Ciudad Juarez, Mexico","LOCATION","location:address"],["Durango","LOCATION","location:city"]]],
  ["BORN IN CIUDAD JUAREZ, MEXICO; HIS AUNT MOVED FROM LA CIUDAD DE DURANGO.",[["CIUDAD JUAREZ, MEXICO","LOCATION","location:address"],["DURANGO","LOCATION","location:city"]]],
  ["born in ciudad juarez, mexico; his aunt moved from la ciudad de durango.",[["ciudad juarez","LOCATION","location:city"],["durango","LOCATION","location:city"]]],
  ["Follows at Northfield Heart & Vascular and at Dunmore Foot and Ankle; back pain, weight loss, mail order.",[["Northfield Heart & Vascular","LOCATION","location:facility"],["Dunmore Foot and Ankle","LOCATION","location:facility"]]],
  ["FOLLOWS AT NORTHFIELD HEART & VASCULAR AND AT DUNMORE FOOT AND ANKLE; BACK PAIN, WEIGHT LOSS, MAIL ORDER.",[["NORTHFIELD HEART & VASCULAR","LOCATION","location:facility"],["DUNMORE FOOT AND ANKLE","LOCATION","location:facility"]]],
  ["follows at northfield heart & vascular and at dunmore foot and ankle; back pain, weight loss, mail order.",[["northfield heart & vascular","LOCATION","location:facility"],["dunmore","LOCATION","location:city"]]],
  ["Records from Corvell Health in East Orrington. Grew up in New Corvath. Chart reviewed, assessment signed.",[["Corvell Health","LOCATION","location:facility"],["East Orrington","NAME","name:neighbour"],["New Corvath","LOCATION","location:city"]]],
  ["RECORDS FROM CORVELL HEALTH IN EAST ORRINGTON. GREW UP IN NEW CORVATH. CHART REVIEWED, ASSESSMENT SIGNED.",[["CORVELL HEALTH","LOCATION","location:facility"],["EAST ORRINGTON","LOCATION","location:city"],["NEW CORVATH","LOCATION","location:city"]]],
  ["records from corvell health in east orrington. grew up in new corvath. chart reviewed, assessment signed.",[["corvell health","LOCATION","location:facility"],["east orrington","LOCATION","location:city"],["new corvath","LOCATION","location:city"]]],
  ["Transferred to the VA for dialysis; VAMC note faxed to the VA clinic.",[["VA","LOCATION","location:facility"],["VA","LOCATION","location:facility"]]],
  ["TRANSFERRED TO THE VA FOR DIALYSIS; VAMC NOTE FAXED TO THE VA CLINIC.",[["VA","LOCATION","location:facility"],["VA","LOCATION","location:facility"]]],
  ["transferred to the va for dialysis; vamc note faxed to the va clinic.",[]],
  ["Lives at 12 Cedar Row, apt 4; walks on Birch Path daily. Loop diuretic started.",[["12 Cedar Row, apt 4","LOCATION","location:address"]]],
  ["LIVES AT 12 CEDAR ROW, APT 4; WALKS ON BIRCH PATH DAILY. LOOP DIURETIC STARTED.",[["12 CEDAR ROW, APT 4","LOCATION","location:address"]]],
  ["lives at 12 cedar row, apt 4; walks on birch path daily. loop diuretic started.",[["12 cedar row, apt 4","LOCATION","location:address"]]],
  ["Employer: Pellston Foods. Insurance: Tovaro Mutual. He works as a cashier at Dunmore Market and worked for Ryder.",[["Pellston Foods","LOCATION","location:organization"],["Tovaro Mutual","LOCATION","location:organization"],["Dunmore Market","LOCATION","location:organization"],["Ryder","LOCATION","location:organization"]]],
  ["EMPLOYER: PELLSTON FOODS. INSURANCE: TOVARO MUTUAL. HE WORKS AS A CASHIER AT DUNMORE MARKET AND WORKED FOR RYDER.",[["PELLSTON FOODS","LOCATION","location:organization"],["TOVARO MUTUAL","LOCATION","location:organization"],["DUNMORE MARKET","LOCATION","location:organization"],["RYDER","LOCATION","location:organization"]]],
  ["employer: pellston foods. insurance: tovaro mutual. he works as a cashier at dunmore market and worked for ryder.",[["pellston foods","LOCATION","location:organization"],["tovaro mutual","LOCATION","location:organization"],["dunmore market","LOCATION","location:organization"],["ryder","NAME","name:dictionary"]]],
  ["Address: Via Franscini 71, Lugano. Old address ul. Slowicza 10, Krakow. NGT via 24 Fr tube.",[["Via Franscini 71, Lugano","LOCATION","location:address"],["ul. Slowicza 10, Krakow","LOCATION","location:address"]]],
  ["ADDRESS: VIA FRANSCINI 71, LUGANO. OLD ADDRESS UL. SLOWICZA 10, KRAKOW. NGT VIA 24 FR TUBE.",[["LUGANO","LOCATION","location:city"],["KRAKOW","LOCATION","location:city"]]],
  ["address: via franscini 71, lugano. old address ul. slowicza 10, krakow. ngt via 24 fr tube.",[["lugano","LOCATION","location:city"],["krakow","LOCATION","location:city"]]],
  ["Reported to DCF by the school. OSHA notified by employer. FDA rules apply; CPS called; FBI agent present.",[["DCF","LOCATION","location:organization"],["OSHA","LOCATION","location:organization"],["FBI","LOCATION","location:organization"]]],
  ["REPORTED TO DCF BY THE SCHOOL. OSHA NOTIFIED BY EMPLOYER. FDA RULES APPLY; CPS CALLED; FBI AGENT PRESENT.",[["DCF","LOCATION","location:organization"],["OSHA","LOCATION","location:organization"],["FBI","LOCATION","location:organization"]]],
  ["reported to dcf by the school. osha notified by employer. fda rules apply; cps called; fbi agent present.",[["dcf","LOCATION","location:organization"],["osha","LOCATION","location:organization"],["fbi","LOCATION","location:organization"]]],
  ["Infant: Baby Girl Adesanya (twin A). Baby boy doing well.",[["Baby Girl Adesanya","NAME","name:neighbour"]]],
  ["INFANT: BABY GIRL ADESANYA (TWIN A). BABY BOY DOING WELL.",[["BABY GIRL ADESANYA","NAME","name:cue"]]],
  ["infant: baby girl adesanya (twin a). baby boy doing well.",[["adesanya","NAME","name:cue"]]],
  ["Referred to Department of Elder Affairs and Bay State Family Services; housing assistance pending.",[["Department of Elder Affairs","LOCATION","location:organization"]]],
  ["REFERRED TO DEPARTMENT OF ELDER AFFAIRS AND BAY STATE FAMILY SERVICES; HOUSING ASSISTANCE PENDING.",[["DEPARTMENT OF ELDER AFFAIRS","LOCATION","location:organization"]]],
  ["referred to department of elder affairs and bay state family services; housing assistance pending.",[["department of elder affairs","LOCATION","location:organization"]]],
  ["Admitted to Hospice of the Valley. Hospice of note declined.",[["Hospice of the Valley","LOCATION","location:organization"]]],
  ["ADMITTED TO HOSPICE OF THE VALLEY. HOSPICE OF NOTE DECLINED.",[["HOSPICE OF THE VALLEY","LOCATION","location:organization"]]],
  ["admitted to hospice of the valley. hospice of note declined.",[["hospice of the valley","LOCATION","location:organization"]]],
  ["She attends Grace Covenant Church. Her carrier, Tovaro Freight, called. Member of Elm Street Baptist.",[["Grace Covenant Church","LOCATION","location:organization"],["Tovaro Freight","LOCATION","location:organization"],["Elm Street Baptist","LOCATION","location:organization"]]],
  ["SHE ATTENDS GRACE COVENANT CHURCH. HER CARRIER, TOVARO FREIGHT, CALLED. MEMBER OF ELM STREET BAPTIST.",[["GRACE COVENANT CHURCH","LOCATION","location:organization"],["ELM STREET BAPTIST","LOCATION","location:organization"]]],
  ["she attends grace covenant church. her carrier, tovaro freight, called. member of elm street baptist.",[["grace covenant church","LOCATION","location:organization"],["elm street baptist","LOCATION","location:organization"]]],
  ["Husband Saw Htoo Lwin called. Son saw him yesterday.",[["Saw Htoo Lwin","NAME","name:neighbour"]]],
  ["HUSBAND SAW HTOO LWIN CALLED. SON SAW HIM YESTERDAY.",[["SAW HTOO LWIN","NAME","name:cue"]]],
  ["husband saw htoo lwin called. son saw him yesterday.",[["saw htoo lwin","NAME","name:cue"]]],
  ["Seen at Treasure Valley Dermatology and Summit Cardiology; valley fever ruled out.",[["Treasure Valley Dermatology","LOCATION","location:facility"],["Summit Cardiology","LOCATION","location:facility"]]],
  ["SEEN AT TREASURE VALLEY DERMATOLOGY AND SUMMIT CARDIOLOGY; VALLEY FEVER RULED OUT.",[["TREASURE VALLEY DERMATOLOGY","LOCATION","location:facility"],["SUMMIT CARDIOLOGY","LOCATION","location:facility"]]],
  ["seen at treasure valley dermatology and summit cardiology; valley fever ruled out.",[["treasure valley dermatology","LOCATION","location:facility"],["summit cardiology","LOCATION","location:facility"]]],
  ["Braden 14. Wagner 2 ulcer. Dr. Wells: agree. Mr. Norton 2 days post-op.",[["Braden","NAME","name:dictionary"],["Wells","NAME","name:title"],["Norton","NAME","name:title"]]],
  ["BRADEN 14. WAGNER 2 ULCER. DR. WELLS: AGREE. MR. NORTON 2 DAYS POST-OP.",[["BRADEN","NAME","name:dictionary"],["WELLS","NAME","name:title"],["NORTON","NAME","name:title"]]],
  ["braden 14. wagner 2 ulcer. dr. wells: agree. mr. norton 2 days post-op.",[["braden","NAME","name:dictionary"],["wells","NAME","name:title"],["norton","NAME","name:title"]]],
  ["Sister in law Grace called. Brother in law Tomas at bedside.",[["Grace","NAME","name:cue"],["Tomas","NAME","name:cue"]]],
  ["SISTER IN LAW GRACE CALLED. BROTHER IN LAW TOMAS AT BEDSIDE.",[["GRACE","NAME","name:cue"],["TOMAS","NAME","name:cue"]]],
  ["sister in law grace called. brother in law tomas at bedside.",[["grace","NAME","name:cue"],["tomas","NAME","name:cue"]]],
  ["Meriden Police Department notified; Essex County Superior Court clerk called. Union Local 589 retiree.",[["Meriden Police Department","LOCATION","location:organization"],["Essex County Superior Court","LOCATION","location:organization"],["Union Local 589","LOCATION","location:organization"]]],
  ["MERIDEN POLICE DEPARTMENT NOTIFIED; ESSEX COUNTY SUPERIOR COURT CLERK CALLED. UNION LOCAL 589 RETIREE.",[["MERIDEN POLICE DEPARTMENT","LOCATION","location:organization"],["ESSEX COUNTY SUPERIOR COURT","LOCATION","location:organization"]]],
  ["meriden police department notified; essex county superior court clerk called. union local 589 retiree.",[["meriden police department","LOCATION","location:organization"],["essex county superior court","LOCATION","location:organization"]]],
  ["Retired, Ironworkers Local 7. Local 5 mL lidocaine. Emma from the union local office.",[["Ironworkers Local 7","LOCATION","location:organization"],["Emma","NAME","name:dictionary"]]],
  ["RETIRED, IRONWORKERS LOCAL 7. LOCAL 5 ML LIDOCAINE. EMMA FROM THE UNION LOCAL OFFICE.",[["IRONWORKERS LOCAL 7","LOCATION","location:organization"],["EMMA","NAME","name:dictionary"]]],
  ["retired, ironworkers local 7. local 5 ml lidocaine. emma from the union local office.",[["emma","NAME","name:dictionary"]]],
  ["Device: Medtronic. Pump: Tandem. Equipment: Invacare chair. Mask: ResMed.",[["Medtronic","LOCATION","location:organization"],["Invacare","LOCATION","location:organization"]]],
  ["DEVICE: MEDTRONIC. PUMP: TANDEM. EQUIPMENT: INVACARE CHAIR. MASK: RESMED.",[["MEDTRONIC","LOCATION","location:organization"],["INVACARE","LOCATION","location:organization"]]],
  ["device: medtronic. pump: tandem. equipment: invacare chair. mask: resmed.",[["medtronic","LOCATION","location:organization"],["invacare","LOCATION","location:organization"]]],
  ["Brockton PD officer at bedside; Quincy FD crew transported. Elm PD note.",[["Brockton","LOCATION","location:city"],["Quincy","NAME","name:dictionary"]]],
  ["BROCKTON PD OFFICER AT BEDSIDE; QUINCY FD CREW TRANSPORTED. ELM PD NOTE.",[["BROCKTON","LOCATION","location:city"],["QUINCY FD","LOCATION","location:organization"]]],
  ["brockton pd officer at bedside; quincy fd crew transported. elm pd note.",[["brockton","LOCATION","location:city"],["quincy fd","LOCATION","location:organization"]]],
  ["Username: jdoe22. Login: ksmith. Logged in as pwalsh. Entered by mrandall.",[["jdoe22","ID","cue:id"],["ksmith","ID","format:record-field"],["mrandall","ID","format:record-field"]]],
  ["USERNAME: JDOE22. LOGIN: KSMITH. LOGGED IN AS PWALSH. ENTERED BY MRANDALL.",[["JDOE22","ID","cue:id"],["PWALSH","ID","format:record-field"],["MRANDALL","ID","format:record-field"]]],
  ["username: jdoe22. login: ksmith. logged in as pwalsh. entered by mrandall.",[["jdoe22","ID","cue:id"],["ksmith","ID","format:record-field"],["pwalsh","ID","format:record-field"],["mrandall","ID","format:record-field"]]],
  ["People call me Borna. Please call me back. Call 263 for results.",[["Borna","NAME","name:cue"]]],
  ["PEOPLE CALL ME BORNA. PLEASE CALL ME BACK. CALL 263 FOR RESULTS.",[["BORNA","NAME","name:cue"]]],
  ["people call me borna. please call me back. call 263 for results.",[["borna","NAME","name:cue"]]],
  ["Seen at Kesswickham Clinic last week. Faxed from Orrin Falls Hospital.",[["Kesswickham Clinic","LOCATION","location:facility"],["Orrin Falls Hospital","LOCATION","location:facility"]]],
  ["SEEN AT KESSWICKHAM CLINIC LAST WEEK. FAXED FROM ORRIN FALLS HOSPITAL.",[["KESSWICKHAM CLINIC","LOCATION","location:facility"],["ORRIN FALLS HOSPITAL","LOCATION","location:facility"]]],
  ["seen at kesswickham clinic last week. faxed from orrin falls hospital.",[["kesswickham clinic","LOCATION","location:facility"],["orrin falls hospital","LOCATION","location:facility"]]],
  ["Lives with his wife in Moikton. Moved from Drussford. Lives near Trontville. Faxed in 18 pages.",[["Moikton","LOCATION","location:city"],["Drussford","LOCATION","location:city"],["Trontville","LOCATION","location:city"]]],
  ["LIVES WITH HIS WIFE IN MOIKTON. MOVED FROM DRUSSFORD. LIVES NEAR TRONTVILLE. FAXED IN 18 PAGES.",[["MOIKTON","LOCATION","location:city"],["DRUSSFORD","LOCATION","location:city"],["TRONTVILLE","LOCATION","location:city"]]],
  ["lives with his wife in moikton. moved from drussford. lives near trontville. faxed in 18 pages.",[["moikton","LOCATION","location:city"],["drussford","LOCATION","location:city"],["trontville","LOCATION","location:city"]]],
];

/** The lists fillFilters62() enters in each filter, as their source text (a constant's name or a string literal). */
function filled(src: string): Map<string, Set<string>> {
  const body = src.slice(src.indexOf("export function fillFilters62"), src.indexOf("\n}\n", src.indexOf("export function fillFilters62")));
  const vars = new Map<string, string>();
  // (a filter's address is filterAt62(F62_...), bound to a const or passed as it is)
  // (stop 63, sp63: its filters are named F63_...)
  for (const m of body.matchAll(/const (\w+) = filterAt62\((F6\d_\w+)\);/g)) vars.set(m[1]!, m[2]!);
  const out = new Map<string, Set<string>>();
  for (const m of body.matchAll(/bloomAdd60\((\w+|filterAt62\((F6\d_\w+)\)), ("(?:[^"\\]|\\.)*"|\w+)\);/g)) {
    const f = m[2] ?? vars.get(m[1]!);
    expect(f, m[0]).toBeDefined();
    if (!out.has(f!)) out.set(f!, new Set());
    out.get(f!)!.add(m[3]!);
  }
  return out;
}

runSpeedTable("stop 62, sc62: the busiest wordIn() sites behind their lists' hash filters keep the start's findings", ROWS, () => {
  it("every list asked through a filter is entered in that filter", () => {
    const dir = new URL("../assembly/names/", import.meta.url);
    const fills = filled(readFileSync(new URL("r62_sc62.ts", dir), "utf8"));
    let sites = 0;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".ts") || f == "r62_sc62.ts") continue;
      const src = readFileSync(new URL(f, dir), "utf8");
      for (const m of src.matchAll(/hotIn62\(([^,()]+), ("(?:[^"\\]|\\.)*"|\w+)\)/g)) {
        expect(fills.get("F62_HOT")?.has(m[2]!), `${f}: ${m[0]}`).toBe(true);
        sites++;
      }
      for (const m of src.matchAll(/listIn62\((F6\d_\w+), ([^,()]+), ("(?:[^"\\]|\\.)*"|\w+)\)/g)) {
        expect(fills.get(m[1]!)?.has(m[3]!), `${f}: ${m[0]}`).toBe(true);
        sites++;
      }
    }
    // (stop 63, sp63: 37 sc62's and 7 more, orgHead31()'s two, namedHeadClass()'s pair, featureLoc41()'s two and
    // landHead59()'s heads, residenceTown()'s "in/from/near")
    expect(sites).toBeGreaterThanOrEqual(44);
  });
});
