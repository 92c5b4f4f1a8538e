// Why this file exists: stop 43's speed round (spd43, docs/performance.md "Stop 43: spd43") rewrote the chains of `&&`
// and `||` in the name pass (assembly/names/detect.ts) and the scanners (assembly/scanners/) from AssemblyScript's
// left-nested `a && b && c` to the right-nested `a && (b && c)` (scripts/nest-chains.mjs; laterRounds(),
// addressOrFacility() and the functions only they call are left as written, for the JS fallback's size limit): the same
// tests in the same order with the same short-circuit, so no finding may change, only the shape of the compiled
// branches. The table below holds the findings of stop 43's start (c8d4fbe), read from its build, for one line of the
// clinical fixtures per reason or combination of reasons the name pass gives (the rules of step(), quiet(), decide(),
// nameRules(), letterRules34() and the scanners that the rewrite touched), each in mixed case, ALL CAPS and lower case,
// and lines of clinical prose with no finding; on both engines. Names and places are the fixtures' invented ones.
// At the merge with stop 43's rule rounds, nine rows took the merged tree's findings, each a gain read by main: a
// lower-case address whole with its town and state (loc43), "MDHHS" an agency (org43), lower-case row openers finding
// "bouchard, léo", "jolene markowitz", "noor", "gundersen, lars" and the addresses after them (nam43), "dunmore county
// jail" a county's body (org43); the rewrite itself still changes no finding (the merged dumps before and after
// scripts/nest-chains.mjs are identical).
// (Stop 44's second round, kn44: one row gains an air ambulance's word that KNOWN44 lists, "lifeflight".)
// (Stop 45, loc45: one lower-case row gains a county named before its head, lowerCounty45(): "outagamie county".)
// (Stop 45, nam45: "noor al-sabbagh" whole, an Arabic particle's surname, nam45(); "medic j. rasmussen" the same span,
// now read by lowerInitialFrame45()'s role word, "name:initial".)
// (Stop 46, fp46: "VIS" of "VIS PROVIDED", a vaccine information statement, no more a name: the word list refuses it.)
// (Stop 45, nm45: "gross description by tjk" finds "tjk" in lower case too, as the other two cases' rows do: a staff
// verb's "by" and the initials closing the clause, signSlot45().)
// (Stop 51, og51: "Bangor Area Home Care" and "COVENANT HOUSE MICHIGAN YOUTH SHELTER" keep their spans, typed an
// organisation's as the fixtures label a home care agency and a shelter, orgHead51().)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runPlaceTable, type PlaceCase } from "./helpers/place-table.js";

const CASES: PlaceCase[] = [
  ["St. Brendan's Medical Center, 6 Tower",[["St. Brendan's Medical Center","location:facility"]],[]],
  ["ST. BRENDAN'S MEDICAL CENTER, 6 TOWER",[["ST. BRENDAN'S MEDICAL CENTER","location:facility"]],[]],
  ["st. brendan's medical center, 6 tower",[["st. brendan's medical center","location:facility"]],[]],
  ["Patient: Delacroix, Marguerite A.   MRN: 00481-2267   DOB: 02/09/1941",[["Delacroix, Marguerite A","name:cue"]],[]],
  ["PATIENT: DELACROIX, MARGUERITE A.   MRN: 00481-2267   DOB: 02/09/1941",[["DELACROIX, MARGUERITE A","name:cue"]],[]],
  ["patient: delacroix, marguerite a.   mrn: 00481-2267   dob: 02/09/1941",[["delacroix, marguerite a.","name:neighbour"]],[]],
  ["S: Slept poorly. Daughter Yvette at bedside overnight, asks about going home to Chicopee. Denies CP.",[["Yvette","name:cue"],["Chicopee","location:city"]],[]],
  ["S: SLEPT POORLY. DAUGHTER YVETTE AT BEDSIDE OVERNIGHT, ASKS ABOUT GOING HOME TO CHICOPEE. DENIES CP.",[["YVETTE","name:cue"],["CHICOPEE","location:city"]],[]],
  ["s: slept poorly. daughter yvette at bedside overnight, asks about going home to chicopee. denies cp.",[["yvette","name:cue"],["chicopee","location:city"]],[]],
  ["A/P: 84F with HCAP, improving. Continue cefepime (d3). PT eval; likely SNF vs home with Riverbend VNA.",[["Riverbend VNA","location:organization"]],[]],
  ["A/P: 84F WITH HCAP, IMPROVING. CONTINUE CEFEPIME (D3). PT EVAL; LIKELY SNF VS HOME WITH RIVERBEND VNA.",[["RIVERBEND VNA","location:organization"]],[]],
  ["a/p: 84f with hcap, improving. continue cefepime (d3). pt eval; likely snf vs home with riverbend vna.",[["riverbend vna","location:organization"]],[]],
  ["Discussed with ID (Dr. Okonkwo-Baptiste) and with PCP Dr. Harold Vancleave by phone (413) 555-0187.",[["Okonkwo-Baptiste","name:title"],["Harold Vancleave","name:title"],["(413) 555-0187","cue:phone"]],[]],
  ["DISCUSSED WITH ID (DR. OKONKWO-BAPTISTE) AND WITH PCP DR. HAROLD VANCLEAVE BY PHONE (413) 555-0187.",[["OKONKWO-BAPTISTE","name:title"],["HAROLD VANCLEAVE","name:title"],["(413) 555-0187","cue:phone"]],[]],
  ["discussed with id (dr. okonkwo-baptiste) and with pcp dr. harold vancleave by phone (413) 555-0187.",[["okonkwo-baptiste","name:title"],["harold vancleave","name:title"],["(413) 555-0187","cue:phone"]],[]],
  ["Priya Raghunathan, MD, pager 4471",[["Priya Raghunathan","name:neighbour"],["4471","cue:pager"]],[]],
  ["PRIYA RAGHUNATHAN, MD, PAGER 4471",[["PRIYA RAGHUNATHAN","name:neighbour"],["4471","cue:pager"]],[]],
  ["priya raghunathan, md, pager 4471",[["priya raghunathan","name:credential"],["4471","cue:pager"]],[]],
  ["NURSING NARRATIVE 11/15/25 0300",[["11/15/25 0300","format:phone"]],[]],
  ["NURSING NARRATIVE 11/15/25 0300",[["11/15/25 0300","format:phone"]],[]],
  ["nursing narrative 11/15/25 0300",[["11/15/25 0300","format:phone"]],[]],
  ["PT STANISLAW KOWALCZUK RESTLESS, PULLING AT PIV. REORIENTED X3. SITTER REQUESTED FROM NURSING SUPERVISOR BRENDA O'HALLORAN.",[["STANISLAW KOWALCZUK","name:neighbour"],["BRENDA O'HALLORAN","name:neighbour"]],[]],
  ["PT STANISLAW KOWALCZUK RESTLESS, PULLING AT PIV. REORIENTED X3. SITTER REQUESTED FROM NURSING SUPERVISOR BRENDA O'HALLORAN.",[["STANISLAW KOWALCZUK","name:neighbour"],["BRENDA O'HALLORAN","name:neighbour"]],[]],
  ["pt stanislaw kowalczuk restless, pulling at piv. reoriented x3. sitter requested from nursing supervisor brenda o'halloran.",[["stanislaw kowalczuk","name:neighbour"],["brenda o'halloran","name:neighbour"]],[]],
  ["WIFE HALINA CALLED AT 0215 FROM HOME IN WEST SPRINGFIELD (413-555-0112), UPDATED. SHE WILL BRING HEARING AIDS IN AM.",[["HALINA","name:cue"],["WEST SPRINGFIELD","location:city"],["413-555-0112","validator:nanp"]],[]],
  ["WIFE HALINA CALLED AT 0215 FROM HOME IN WEST SPRINGFIELD (413-555-0112), UPDATED. SHE WILL BRING HEARING AIDS IN AM.",[["HALINA","name:cue"],["WEST SPRINGFIELD","location:city"],["413-555-0112","validator:nanp"]],[]],
  ["wife halina called at 0215 from home in west springfield (413-555-0112), updated. she will bring hearing aids in am.",[["halina","name:cue"],["west springfield","location:city"],["413-555-0112","validator:nanp"]],[]],
  ["MERCY WEST HOSPITAL ED   ARRIVAL 10/31/2025 22:47 VIA TRI-COUNTY AMBULANCE MEDIC 12",[["MERCY WEST HOSPITAL","location:facility"],["TRI-COUNTY AMBULANCE","location:organization"]],[]],
  ["MERCY WEST HOSPITAL ED   ARRIVAL 10/31/2025 22:47 VIA TRI-COUNTY AMBULANCE MEDIC 12",[["MERCY WEST HOSPITAL","location:facility"],["TRI-COUNTY AMBULANCE","location:organization"]],[]],
  ["mercy west hospital ed   arrival 10/31/2025 22:47 via tri-county ambulance medic 12",[["mercy west hospital","location:facility"],["tri-county ambulance","location:organization"]],[]],
  ["HPI: PER EMS (MEDIC J. RASMUSSEN), FOUND DOWN OUTSIDE THE RUSTY ANCHOR BAR ON 1180 CANAL ST. NARCAN 4 MG IN, GCS 7 -> 14.",[["J. RASMUSSEN","name:neighbour"],["1180 CANAL ST","location:address"]],[]],
  ["HPI: PER EMS (MEDIC J. RASMUSSEN), FOUND DOWN OUTSIDE THE RUSTY ANCHOR BAR ON 1180 CANAL ST. NARCAN 4 MG IN, GCS 7 -> 14.",[["J. RASMUSSEN","name:neighbour"],["1180 CANAL ST","location:address"]],[]],
  ["hpi: per ems (medic j. rasmussen), found down outside the rusty anchor bar on 1180 canal st. narcan 4 mg in, gcs 7 -> 14.",[["j. rasmussen","name:initial"],["1180 canal st","location:address"]],[]],
  ["FRIEND MARCUS \"MOOK\" BELL AT SCENE STATES PT USED \"PRESSED PILLS\".",[["MARCUS","name:cue"],["MOOK","name:neighbour"],["BELL","name:neighbour"]],[]],
  ["FRIEND MARCUS \"MOOK\" BELL AT SCENE STATES PT USED \"PRESSED PILLS\".",[["MARCUS","name:cue"],["MOOK","name:neighbour"],["BELL","name:neighbour"]],[]],
  ["friend marcus \"mook\" bell at scene states pt used \"pressed pills\".",[["marcus","name:cue"],["mook","name:neighbour"]],[]],
  ["DISPO: OBS. SOCIAL WORK ANITA GREER LSW CONSULTED. NALOXONE KIT GIVEN. REFERRED TO BRIDGE CLINIC 555-204-8817.",[["WORK ANITA GREER","name:neighbour"],["555-204-8817","validator:nanp"]],[]],
  ["DISPO: OBS. SOCIAL WORK ANITA GREER LSW CONSULTED. NALOXONE KIT GIVEN. REFERRED TO BRIDGE CLINIC 555-204-8817.",[["WORK ANITA GREER","name:neighbour"],["555-204-8817","validator:nanp"]],[]],
  ["dispo: obs. social work anita greer lsw consulted. naloxone kit given. referred to bridge clinic 555-204-8817.",[["anita greer","name:neighbour"],["555-204-8817","validator:nanp"]],[]],
  ["2200 Lakeshore Drive, Suite 410, Muskegon, MI 49441   Tel 231-555-0140   Fax 231-555-0149",[["2200 Lakeshore Drive, Suite 410, Muskegon, MI","location:address"],["49441","format:zip-address"],["231-555-0140","cue:phone"]],[]],
  ["2200 LAKESHORE DRIVE, SUITE 410, MUSKEGON, MI 49441   TEL 231-555-0140   FAX 231-555-0149",[["2200 LAKESHORE DRIVE, SUITE 410, MUSKEGON, MI","location:address"],["49441","format:zip-address"],["231-555-0140","cue:phone"]],[]],
  ["2200 lakeshore drive, suite 410, muskegon, mi 49441   tel 231-555-0140   fax 231-555-0149",[["2200 lakeshore drive, suite 410, muskegon, mi 49441","location:address"],["231-555-0140","cue:phone"]],[]],
  ["Attending: Cordelia Fitzwater, MD     PCP: Anand Subramaniam, MD (Westgate Primary Care)",[["Cordelia Fitzwater","name:neighbour"],["Anand Subramaniam","name:neighbour"],["Westgate Primary Care","location:facility"]],[]],
  // (stop 48, nm48b: a name before a credential at a label's field in ALL CAPS is read by the signature rule now, reason
  // name:credential; the span is the same)
  ["ATTENDING: CORDELIA FITZWATER, MD     PCP: ANAND SUBRAMANIAM, MD (WESTGATE PRIMARY CARE)",[["CORDELIA FITZWATER","name:credential"],["ANAND SUBRAMANIAM","name:neighbour"],["WESTGATE PRIMARY CARE","location:facility"]],[]],
  ["attending: cordelia fitzwater, md     pcp: anand subramaniam, md (westgate primary care)",[["cordelia fitzwater","name:cue"],["anand subramaniam","name:cue"],["westgate primary care","location:facility"]],[]],
  ["Disposition: Home with services (Amedisys Dayton office). Daily weights; call HF clinic 937-555-0124 for gain > 3 lb.",[["Amedisys Dayton","location:organization"],["937-555-0124","cue:phone"]],[]],
  ["DISPOSITION: HOME WITH SERVICES (AMEDISYS DAYTON OFFICE). DAILY WEIGHTS; CALL HF CLINIC 937-555-0124 FOR GAIN > 3 LB.",[["AMEDISYS DAYTON","location:organization"],["937-555-0124","cue:phone"]],[]],
  ["disposition: home with services (amedisys dayton office). daily weights; call hf clinic 937-555-0124 for gain > 3 lb.",[["amedisys","location:organization"],["dayton","name:dictionary"],["937-555-0124","cue:phone"]],[]],
  ["Dictated by: Nils Aaberg, MD (resident) NA/cf D: 11/02/25 T: 11/03/25",[["Nils Aaberg","name:neighbour"],["NA","name:initial"],["cf","name:initial"]],[]],
  // (stop 48, nm48b: a name before a credential at a label's field in ALL CAPS is read by the signature rule now, reason
  // name:credential; the span is the same)
  ["DICTATED BY: NILS AABERG, MD (RESIDENT) NA/CF D: 11/02/25 T: 11/03/25",[["NILS AABERG","name:credential"],["NA","name:initial"],["CF","name:initial"]],[]],
  // (stop 47, fx47: the transcriptionist's half too, the dictation's date after the pair: dictationDateNext47)
  ["dictated by: nils aaberg, md (resident) na/cf d: 11/02/25 t: 11/03/25",[["nils aaberg","name:credential"],["na","name:initial"],["cf","name:initial"]],[]],
  ["Exam: CT ABDOMEN/PELVIS W CONTRAST    Accession: RAD-25-0918834",[],[]],
  ["EXAM: CT ABDOMEN/PELVIS W CONTRAST    ACCESSION: RAD-25-0918834",[],[]],
  ["exam: ct abdomen/pelvis w contrast    accession: rad-25-0918834",[],[]],
  ["Ordering: Beatriz Salcedo, PA-C    Location: Gateway Urgent Care",[["Beatriz Salcedo","name:neighbour"],["Gateway Urgent Care","location:facility"]],[]],
  ["ORDERING: BEATRIZ SALCEDO, PA-C    LOCATION: GATEWAY URGENT CARE",[["BEATRIZ SALCEDO","name:neighbour"],["GATEWAY URGENT CARE","location:facility"]],[]],
  ["ordering: beatriz salcedo, pa-c    location: gateway urgent care",[["beatriz salcedo","name:neighbour"]],[]],
  ["Findings: 9 mm nonobstructing stone L lower pole. No hydronephrosis. Appendix normal.",[],[]],
  ["FINDINGS: 9 MM NONOBSTRUCTING STONE L LOWER POLE. NO HYDRONEPHROSIS. APPENDIX NORMAL.",[],[]],
  ["findings: 9 mm nonobstructing stone l lower pole. no hydronephrosis. appendix normal.",[],[]],
  ["PATIENT: MCALLISTER, FIONA JANE   MRN 88-202-114   COLLECTED 08/06/2025   RECEIVED 08/07/2025",[["MCALLISTER, FIONA JANE","name:neighbour"],["88-202-114","format:phone"]],[]],
  ["PATIENT: MCALLISTER, FIONA JANE   MRN 88-202-114   COLLECTED 08/06/2025   RECEIVED 08/07/2025",[["MCALLISTER, FIONA JANE","name:neighbour"],["88-202-114","format:phone"]],[]],
  ["patient: mcallister, fiona jane   mrn 88-202-114   collected 08/06/2025   received 08/07/2025",[["mcallister, fiona jane","name:cue"],["88-202-114","format:phone"]],[]],
  ["SUBMITTING PHYSICIAN: DR. ELEANOR PIKE, NORTHSHORE SURGICAL ASSOCIATES",[["ELEANOR PIKE","name:title"],["NORTHSHORE SURGICAL ASSOCIATES","location:organization"]],[]],
  ["SUBMITTING PHYSICIAN: DR. ELEANOR PIKE, NORTHSHORE SURGICAL ASSOCIATES",[["ELEANOR PIKE","name:title"],["NORTHSHORE SURGICAL ASSOCIATES","location:organization"]],[]],
  ["submitting physician: dr. eleanor pike, northshore surgical associates",[["eleanor pike","name:title"],["northshore surgical associates","location:organization"]],[]],
  ["GROSS DESCRIPTION BY TJK. INTRADEPARTMENTAL CONSULTATION WITH DR. AMARA DIALLO, WHO AGREES.",[["TJK","name:initial"],["AMARA DIALLO","name:title"]],[]],
  ["GROSS DESCRIPTION BY TJK. INTRADEPARTMENTAL CONSULTATION WITH DR. AMARA DIALLO, WHO AGREES.",[["TJK","name:initial"],["AMARA DIALLO","name:title"]],[]],
  ["gross description by tjk. intradepartmental consultation with dr. amara diallo, who agrees.",[["tjk","name:initial"],["amara diallo","name:title"]],[]],
  ["Pharmacy Medication Reconciliation - Admission 6/11/25",[],[]],
  ["PHARMACY MEDICATION RECONCILIATION - ADMISSION 6/11/25",[],[]],
  ["pharmacy medication reconciliation - admission 6/11/25",[],[]],
  ["Source: patient, wife Gloria, and fill history from Walgreens #07712 (Route 9, Framingham) 508-555-0163.",[["Gloria","name:cue"],["Walgreens","location:organization"],["Route 9, Framingham","location:address"],["508-555-0163","validator:nanp"]],[]],
  ["SOURCE: PATIENT, WIFE GLORIA, AND FILL HISTORY FROM WALGREENS #07712 (ROUTE 9, FRAMINGHAM) 508-555-0163.",[["GLORIA","name:cue"],["WALGREENS","location:organization"],["ROUTE 9, FRAMINGHAM","location:address"],["508-555-0163","validator:nanp"]],[]],
  ["source: patient, wife gloria, and fill history from walgreens #07712 (route 9, framingham) 508-555-0163.",[["gloria","name:cue"],["walgreens","location:organization"],["route 9, framingham","location:address"],["508-555-0163","validator:nanp"]],[]],
  ["Discrepancy discussed with Dr. Mahoney. Reconciled by Thuy Linh Pham, PharmD.",[["Mahoney","name:title"],["Thuy Linh Pham","name:neighbour"]],[]],
  ["DISCREPANCY DISCUSSED WITH DR. MAHONEY. RECONCILED BY THUY LINH PHAM, PHARMD.",[["MAHONEY","name:title"],["THUY LINH PHAM","name:neighbour"]],[]],
  ["discrepancy discussed with dr. mahoney. reconciled by thuy linh pham, pharmd.",[["mahoney","name:title"],["thuy linh pham","name:neighbour"]],[]],
  ["Landlord Vincent Amato retained belongings; legal aid (Greater Hartford Legal Aid, attorney Keisha Dunmore) involved.",[["Vincent Amato","name:neighbour"],["Greater Hartford Legal Aid","location:organization"],["Keisha Dunmore","name:neighbour"]],[]],
  ["LANDLORD VINCENT AMATO RETAINED BELONGINGS; LEGAL AID (GREATER HARTFORD LEGAL AID, ATTORNEY KEISHA DUNMORE) INVOLVED.",[["VINCENT AMATO","name:neighbour"],["GREATER HARTFORD LEGAL AID","location:organization"],["KEISHA DUNMORE","name:neighbour"]],[]],
  ["landlord vincent amato retained belongings; legal aid (greater hartford legal aid, attorney keisha dunmore) involved.",[["vincent amato","name:neighbour"],["greater hartford legal aid","location:organization"],["keisha dunmore","name:neighbour"]],[]],
  ["Sister Dolores Whitaker-Grant in Waterbury may take her temporarily: 203-555-0131.",[["Dolores Whitaker-Grant","name:neighbour"],["Waterbury","location:city"],["203-555-0131","validator:nanp"]],[]],
  ["SISTER DOLORES WHITAKER-GRANT IN WATERBURY MAY TAKE HER TEMPORARILY: 203-555-0131.",[["DOLORES WHITAKER-GRANT","name:neighbour"],["WATERBURY","location:city"],["203-555-0131","validator:nanp"]],[]],
  ["sister dolores whitaker-grant in waterbury may take her temporarily: 203-555-0131.",[["dolores whitaker-grant","name:neighbour"],["waterbury","location:city"],["203-555-0131","validator:nanp"]],[]],
  ["- Maplewood Center for Rehab (Amherst) - accepts, bed 3/20",[["Maplewood Center for Rehab","location:facility"],["Amherst","location:city"]],[]],
  ["- MAPLEWOOD CENTER FOR REHAB (AMHERST) - ACCEPTS, BED 3/20",[["MAPLEWOOD","location:city"],["AMHERST","location:city"]],[]],
  ["- maplewood center for rehab (amherst) - accepts, bed 3/20",[["maplewood","location:city"],["amherst","location:city"]],[]],
  ["Pt and son Gregory Tallis choose Maplewood. Auth from Health New England ref # HNE-5530172 approved 14 days.",[["Gregory Tallis","name:neighbour"],["Maplewood","location:city"],["Health New England","location:organization"]],[]],
  ["PT AND SON GREGORY TALLIS CHOOSE MAPLEWOOD. AUTH FROM HEALTH NEW ENGLAND REF # HNE-5530172 APPROVED 14 DAYS.",[["GREGORY TALLIS","name:neighbour"],["MAPLEWOOD","location:city"],["HEALTH NEW ENGLAND","location:organization"]],[]],
  ["pt and son gregory tallis choose maplewood. auth from health new england ref # hne-5530172 approved 14 days.",[["gregory tallis","name:neighbour"],["maplewood","location:city"],["health new england","location:organization"]],[]],
  ["Transport by Valley Wheelchair Van at 1300. Report called to Natalie RN at Maplewood 413-555-0178 x204.",[["Valley","location:organization"],["Natalie","name:credential"],["Maplewood","location:organization"],["413-555-0178 x204","validator:nanp"]],[]],
  ["TRANSPORT BY VALLEY WHEELCHAIR VAN AT 1300. REPORT CALLED TO NATALIE RN AT MAPLEWOOD 413-555-0178 X204.",[["VALLEY WHEELCHAIR VAN","location:organization"],["NATALIE","name:credential"],["MAPLEWOOD","location:organization"],["413-555-0178 X204","validator:nanp"]],[]],
  ["transport by valley wheelchair van at 1300. report called to natalie rn at maplewood 413-555-0178 x204.",[["valley wheelchair van","location:organization"],["natalie","name:credential"],["maplewood","location:city"],["413-555-0178 x204","validator:nanp"]],[]],
  ["Pt Aaliyah Rennard G2P1 here with partner Jerome Batiste. Doula Sunny Castellanos (Birthright Doulas) joined by phone.",[["Aaliyah Rennard","name:neighbour"],["Jerome Batiste","name:neighbour"],["Sunny Castellanos","name:neighbour"],["Birthright Doulas","location:organization"]],[]],
  ["PT AALIYAH RENNARD G2P1 HERE WITH PARTNER JEROME BATISTE. DOULA SUNNY CASTELLANOS (BIRTHRIGHT DOULAS) JOINED BY PHONE.",[["AALIYAH RENNARD","name:neighbour"],["JEROME BATISTE","name:neighbour"],["SUNNY CASTELLANOS","name:neighbour"],["BIRTHRIGHT DOULAS","location:organization"]],[]],
  ["pt aaliyah rennard g2p1 here with partner jerome batiste. doula sunny castellanos (birthright doulas) joined by phone.",[["aaliyah rennard","name:neighbour"],["jerome batiste","name:neighbour"],["sunny castellanos","name:neighbour"]],[]],
  ["ACCOMPANIED BY MOTHER NGOZI ODUYA AND GRANDMOTHER MRS. EZE.",[["NGOZI ODUYA","name:neighbour"],["EZE","name:title"]],[]],
  ["ACCOMPANIED BY MOTHER NGOZI ODUYA AND GRANDMOTHER MRS. EZE.",[["NGOZI ODUYA","name:neighbour"],["EZE","name:title"]],[]],
  ["accompanied by mother ngozi oduya and grandmother mrs. eze.",[["ngozi oduya","name:neighbour"],["eze","name:title"]],[]],
  ["ATTENDS LITTLE ACORNS DAYCARE ON ELM ST; STARTS PRE-K AT HAWTHORNE ELEMENTARY IN FALL.",[["LITTLE ACORNS DAYCARE","location:organization"],["ELM ST","location:address"],["HAWTHORNE ELEMENTARY","location:organization"]],[]],
  ["ATTENDS LITTLE ACORNS DAYCARE ON ELM ST; STARTS PRE-K AT HAWTHORNE ELEMENTARY IN FALL.",[["LITTLE ACORNS DAYCARE","location:organization"],["ELM ST","location:address"],["HAWTHORNE ELEMENTARY","location:organization"]],[]],
  // (stop 48, og48b: the daycare's own words before its head after "attends", caselessHead48())
  ["attends little acorns daycare on elm st; starts pre-k at hawthorne elementary in fall.",[["little acorns daycare","location:organization"],["elm st","location:address"],["hawthorne elementary","location:organization"]],[]],
  ["SIBLING OBINNA (7) HAS ASTHMA. DENTAL HOME: DR. PATEL, SMILE KIDS DENTAL.",[["OBINNA","name:cue"],["PATEL","name:title"]],[]],
  ["SIBLING OBINNA (7) HAS ASTHMA. DENTAL HOME: DR. PATEL, SMILE KIDS DENTAL.",[["OBINNA","name:cue"],["PATEL","name:title"]],[]],
  ["sibling obinna (7) has asthma. dental home: dr. patel, smile kids dental.",[["obinna","name:cue"],["patel","name:title"]],[]],
  ["VACCINES: DTAP-IPV, MMRV GIVEN. VIS PROVIDED.",[],[]],
  ["VACCINES: DTAP-IPV, MMRV GIVEN. VIS PROVIDED.",[],[]],
  ["vaccines: dtap-ipv, mmrv given. vis provided.",[],[]],
  ["He has a court date 3/3/26 at Salem District Court; probation officer Lt. Marisol Quaye (978-555-0155).",[["Salem District Court","location:organization"],["Marisol Quaye","name:neighbour"],["978-555-0155","validator:nanp"]],[]],
  ["HE HAS A COURT DATE 3/3/26 AT SALEM DISTRICT COURT; PROBATION OFFICER LT. MARISOL QUAYE (978-555-0155).",[["SALEM DISTRICT COURT","location:organization"],["MARISOL QUAYE","name:neighbour"],["978-555-0155","validator:nanp"]],[]],
  ["he has a court date 3/3/26 at salem district court; probation officer lt. marisol quaye (978-555-0155).",[["salem district court","location:organization"],["marisol quaye","name:neighbour"],["978-555-0155","validator:nanp"]],[]],
  ["OTP DOSING NOTE   NORTH SHORE RECOVERY CENTER   LYNN",[["NORTH SHORE RECOVERY CENTER","location:facility"],["LYNN","name:dictionary"]],[]],
  ["OTP DOSING NOTE   NORTH SHORE RECOVERY CENTER   LYNN",[["NORTH SHORE RECOVERY CENTER","location:facility"],["LYNN","name:dictionary"]],[]],
  ["otp dosing note   north shore recovery center   lynn",[["north shore recovery center","location:facility"],["lynn","name:dictionary"]],[]],
  ["UDS 6/10: +METHADONE, -FENTANYL. COUNSELOR TANYA REYES NOTES CLIENT STARTED JOB AT MARKET BASKET DELI.",[["TANYA REYES","name:neighbour"],["MARKET BASKET","location:organization"]],[]],
  ["UDS 6/10: +METHADONE, -FENTANYL. COUNSELOR TANYA REYES NOTES CLIENT STARTED JOB AT MARKET BASKET DELI.",[["TANYA REYES","name:neighbour"],["MARKET BASKET","location:organization"]],[]],
  ["uds 6/10: +methadone, -fentanyl. counselor tanya reyes notes client started job at market basket deli.",[["tanya reyes","name:neighbour"],["market basket","location:organization"]],[]],
  ["Did not take malaria prophylaxis. Stayed with cousin Achieng Odhiambo. Travel companion Liesl (sister) well.",[["Achieng Odhiambo","name:neighbour"],["Liesl","name:cue"]],[]],
  ["DID NOT TAKE MALARIA PROPHYLAXIS. STAYED WITH COUSIN ACHIENG ODHIAMBO. TRAVEL COMPANION LIESL (SISTER) WELL.",[["ACHIENG ODHIAMBO","name:neighbour"],["LIESL","name:cue"]],[]],
  ["did not take malaria prophylaxis. stayed with cousin achieng odhiambo. travel companion liesl (sister) well.",[["achieng odhiambo","name:neighbour"],["liesl","name:cue"]],[]],
  ["Thick/thin smear sent; BinaxNOW malaria positive. Called MDHHS communicable disease line 517-555-0190.",[["MDHHS","location:organization"],["517-555-0190","validator:nanp"]],[]],
  ["THICK/THIN SMEAR SENT; BINAXNOW MALARIA POSITIVE. CALLED MDHHS COMMUNICABLE DISEASE LINE 517-555-0190.",[["MDHHS","location:organization"],["517-555-0190","validator:nanp"]],[]],
  ["thick/thin smear sent; binaxnow malaria positive. called mdhhs communicable disease line 517-555-0190.",[["mdhhs","location:organization"],["517-555-0190","validator:nanp"]],[]],
  ["Contacts at home in Ann Arbor: husband Theo, daughter Mila (6).",[["Ann Arbor","location:city"],["Theo","name:cue"],["Mila","name:cue"]],[]],
  ["CONTACTS AT HOME IN ANN ARBOR: HUSBAND THEO, DAUGHTER MILA (6).",[["ANN ARBOR","location:city"],["THEO","name:cue"],["MILA","name:cue"]],[]],
  ["contacts at home in ann arbor: husband theo, daughter mila (6).",[["ann arbor","location:city"],["theo","name:cue"],["mila","name:cue"]],[]],
  ["Employer: Pioneer Packaging Co., 88 Industrial Pkwy, Chicopee   Supervisor: Rick Dombrowski 413-555-0170",[["Pioneer Packaging Co","location:organization"],["88 Industrial Pkwy, Chicopee","location:address"],["Rick Dombrowski","name:neighbour"],["413-555-0170","validator:nanp"]],[]],
  ["EMPLOYER: PIONEER PACKAGING CO., 88 INDUSTRIAL PKWY, CHICOPEE   SUPERVISOR: RICK DOMBROWSKI 413-555-0170",[["PIONEER PACKAGING CO","location:organization"],["88 INDUSTRIAL PKWY, CHICOPEE","location:address"],["RICK DOMBROWSKI","name:neighbour"],["413-555-0170","validator:nanp"]],[]],
  ["employer: pioneer packaging co., 88 industrial pkwy, chicopee   supervisor: rick dombrowski 413-555-0170",[["pioneer packaging co","location:organization"],["88 industrial pkwy, chicopee","location:address"],["rick dombrowski","name:neighbour"],["413-555-0170","validator:nanp"]],[]],
  ["Restrictions: no lifting > 10 lb L hand x 2 weeks. RTW modified duty 4/16. Recheck 4/29.",[],[]],
  ["RESTRICTIONS: NO LIFTING > 10 LB L HAND X 2 WEEKS. RTW MODIFIED DUTY 4/16. RECHECK 4/29.",[],[]],
  ["restrictions: no lifting > 10 lb l hand x 2 weeks. rtw modified duty 4/16. recheck 4/29.",[],[]],
  ["Consent obtained. Patient located at home, 312 Birchwood Lane, Brattleboro, VT; provider at Connecticut Valley Internal Medicine.",[["312 Birchwood Lane, Brattleboro, VT","location:address"],["Connecticut Valley Internal Medicine","location:facility"]],[]],
  ["CONSENT OBTAINED. PATIENT LOCATED AT HOME, 312 BIRCHWOOD LANE, BRATTLEBORO, VT; PROVIDER AT CONNECTICUT VALLEY INTERNAL MEDICINE.",[["312 BIRCHWOOD LANE, BRATTLEBORO, VT","location:address"],["CONNECTICUT VALLEY INTERNAL MEDICINE","location:facility"]],[]],
  ["consent obtained. patient located at home, 312 birchwood lane, brattleboro, vt; provider at connecticut valley internal medicine.",[["312 birchwood lane, brattleboro, vt","location:address"],["connecticut","location:state"]],[]],
  ["Platform: Doxy.me room https://doxy.me/drhalvorsen. Connection from IP 73.119.204.18 logged by j.kimura (IT).",[],[]],
  ["PLATFORM: DOXY.ME ROOM HTTPS://DOXY.ME/DRHALVORSEN. CONNECTION FROM IP 73.119.204.18 LOGGED BY J.KIMURA (IT).",[["J.KIMURA","name:neighbour"]],[]],
  ["platform: doxy.me room https://doxy.me/drhalvorsen. connection from ip 73.119.204.18 logged by j.kimura (it).",[],[]],
  ["Prayed together; pt tearful about missing Christmas service. Will follow.",[],[]],
  ["PRAYED TOGETHER; PT TEARFUL ABOUT MISSING CHRISTMAS SERVICE. WILL FOLLOW.",[],[]],
  ["prayed together; pt tearful about missing christmas service. will follow.",[],[]],
  ["ALTERNATE: DOUGLAS PEABODY (SON), PORTLAND, ME, 207-555-0117.",[["DOUGLAS PEABODY","name:neighbour"],["PORTLAND, ME","location:address"],["207-555-0117","validator:nanp"]],[]],
  ["ALTERNATE: DOUGLAS PEABODY (SON), PORTLAND, ME, 207-555-0117.",[["DOUGLAS PEABODY","name:neighbour"],["PORTLAND, ME","location:address"],["207-555-0117","validator:nanp"]],[]],
  // (stop 61, pl61: the town after the relative's bracket and its comma is a place, as the ALL CAPS rows read it and
  // fixture 10's gold labels it; kinTown61() closes the gap this row recorded, "portland" a name of the cue)
  ["alternate: douglas peabody (son), portland, me, 207-555-0117.",[["douglas peabody","name:cue"],["portland","location:city"],["207-555-0117","validator:nanp"]],[]],
  ["Accepted from Holyoke Medical Center ICU via LifeFlight (call from Dr. Sandeep Malhotra, 413-555-0125) on 2/2/2026 at 0340.",[["Holyoke Medical Center ICU","location:facility"],["LifeFlight","location:organization"],["Sandeep Malhotra","name:title"],["413-555-0125","cue:phone"]],[]],
  ["ACCEPTED FROM HOLYOKE MEDICAL CENTER ICU VIA LIFEFLIGHT (CALL FROM DR. SANDEEP MALHOTRA, 413-555-0125) ON 2/2/2026 AT 0340.",[["HOLYOKE MEDICAL CENTER","location:facility"],["LIFEFLIGHT","location:organization"],["SANDEEP MALHOTRA","name:title"],["413-555-0125","cue:phone"]],[]],
  ["accepted from holyoke medical center icu via lifeflight (call from dr. sandeep malhotra, 413-555-0125) on 2/2/2026 at 0340.",[["holyoke medical center","location:facility"],["lifeflight","location:organization"],["sandeep malhotra","name:title"],["413-555-0125","cue:phone"]],[]],
  ["10/09/2025 0744 Troponin 2.41 on BOUCHARD, LÉO (MRN 5527304). Called to Dr. Hsu, read-back verified. Called by kdowning.",[["BOUCHARD","name:dictionary"],["Hsu","name:title"]],[]],
  ["10/09/2025 0744 TROPONIN 2.41 ON BOUCHARD, LÉO (MRN 5527304). CALLED TO DR. HSU, READ-BACK VERIFIED. CALLED BY KDOWNING.",[["ON BOUCHARD","name:neighbour"],["LÉO","location:city"],["HSU","name:title"]],[]],
  ["10/09/2025 0744 troponin 2.41 on bouchard, léo (mrn 5527304). called to dr. hsu, read-back verified. called by kdowning.",[["bouchard, léo","name:neighbour"],["hsu","name:title"]],[]],
  ["CODE LEADER: DR. SIOBHAN KEANE. ANESTHESIA (DR. PARK) INTUBATED 7.5 ETT. ROSC AT 1436 AFTER 2 EPI.",[["SIOBHAN KEANE","name:title"],["PARK","name:title"]],[]],
  ["CODE LEADER: DR. SIOBHAN KEANE. ANESTHESIA (DR. PARK) INTUBATED 7.5 ETT. ROSC AT 1436 AFTER 2 EPI.",[["SIOBHAN KEANE","name:title"],["PARK","name:title"]],[]],
  ["code leader: dr. siobhan keane. anesthesia (dr. park) intubated 7.5 ett. rosc at 1436 after 2 epi.",[["siobhan keane","name:title"],["park","name:title"]],[]],
  ["WIFE MAUREEN NOTIFIED BY DR. KEANE AT 1450 (508-555-0182). TRANSFERRED TO CCU.",[["MAUREEN","name:cue"],["KEANE","name:title"],["508-555-0182","validator:nanp"]],[]],
  ["WIFE MAUREEN NOTIFIED BY DR. KEANE AT 1450 (508-555-0182). TRANSFERRED TO CCU.",[["MAUREEN","name:cue"],["KEANE","name:title"],["508-555-0182","validator:nanp"]],[]],
  ["wife maureen notified by dr. keane at 1450 (508-555-0182). transferred to ccu.",[["maureen","name:cue"],["keane","name:title"],["508-555-0182","validator:nanp"]],[]],
  ["Agency: Coram CVS Specialty Infusion, Woburn branch, intake Felicia 781-555-0133 fax 781-555-0134",[["Coram CVS Specialty Infusion, Woburn","location:organization"],["Felicia","name:dictionary"],["781-555-0133","validator:nanp"]],[]],
  ["AGENCY: CORAM CVS SPECIALTY INFUSION, WOBURN BRANCH, INTAKE FELICIA 781-555-0133 FAX 781-555-0134",[["CORAM CVS SPECIALTY INFUSION, WOBURN","location:organization"],["FELICIA","name:dictionary"],["781-555-0133","validator:nanp"]],[]],
  ["agency: coram cvs specialty infusion, woburn branch, intake felicia 781-555-0133 fax 781-555-0134",[["coram cvs specialty infusion, woburn","location:organization"],["felicia","name:dictionary"],["781-555-0133","validator:nanp"]],[]],
  ["Vendor: Apria Healthcare 800-555-0161",[["Apria Healthcare","location:organization"],["800-555-0161","validator:nanp"]],[]],
  ["VENDOR: APRIA HEALTHCARE 800-555-0161",[["APRIA HEALTHCARE","location:organization"],["800-555-0161","validator:nanp"]],[]],
  ["vendor: apria healthcare 800-555-0161",[["apria healthcare","location:organization"],["800-555-0161","validator:nanp"]],[]],
  ["Item: Hospital bed, semi-electric, with rails; bariatric commode.",[],[]],
  ["ITEM: HOSPITAL BED, SEMI-ELECTRIC, WITH RAILS; BARIATRIC COMMODE.",[],[]],
  ["item: hospital bed, semi-electric, with rails; bariatric commode.",[],[]],
  ["Deliver to: Edna Fairweather, 2214 Old County Rd, Smithfield, RI 02917. Contact granddaughter Kayla 401-555-0109.",[["Edna Fairweather","name:neighbour"],["2214 Old County Rd, Smithfield, RI","location:address"],["02917","format:zip-address"],["Kayla","name:cue"],["401-555-0109","cue:phone"]],[]],
  ["DELIVER TO: EDNA FAIRWEATHER, 2214 OLD COUNTY RD, SMITHFIELD, RI 02917. CONTACT GRANDDAUGHTER KAYLA 401-555-0109.",[["EDNA FAIRWEATHER","name:neighbour"],["2214 OLD COUNTY RD, SMITHFIELD, RI","location:address"],["02917","format:zip-address"],["KAYLA","name:cue"],["401-555-0109","cue:phone"]],[]],
  ["deliver to: edna fairweather, 2214 old county rd, smithfield, ri 02917. contact granddaughter kayla 401-555-0109.",[["edna fairweather","name:neighbour"],["2214 old county rd, smithfield, ri 02917","location:address"],["kayla","name:cue"],["401-555-0109","cue:phone"]],[]],
  ["Home O2 concentrator serial INV-1P-9023318 (existing). Medicare MBI 5EG4-TE5-MK72.",[],[]],
  ["HOME O2 CONCENTRATOR SERIAL INV-1P-9023318 (EXISTING). MEDICARE MBI 5EG4-TE5-MK72.",[],[]],
  ["home o2 concentrator serial inv-1p-9023318 (existing). medicare mbi 5eg4-te5-mk72.",[],[]],
  ["Request: MRI lumbar spine, requested by Dr. Victor Haldane, Metrowest Spine & Pain.",[["Victor Haldane","name:title"],["Metrowest Spine & Pain","location:facility"]],[]],
  ["REQUEST: MRI LUMBAR SPINE, REQUESTED BY DR. VICTOR HALDANE, METROWEST SPINE & PAIN.",[["VICTOR HALDANE","name:title"],["METROWEST SPINE & PAIN","location:facility"]],[]],
  ["request: mri lumbar spine, requested by dr. victor haldane, metrowest spine & pain.",[["victor haldane","name:title"],["metrowest spine & pain","location:facility"]],[]],
  ["Questions: 1-888-555-0143, TTY 711. Reviewer: Lorraine Fitzhugh, RN.",[["1-888-555-0143","validator:nanp"],["Lorraine Fitzhugh","name:neighbour"]],[]],
  // (stop 48, nm48b: a name before a credential at a label's field in ALL CAPS is read by the signature rule now, reason
  // name:credential; the span is the same)
  ["QUESTIONS: 1-888-555-0143, TTY 711. REVIEWER: LORRAINE FITZHUGH, RN.",[["1-888-555-0143","validator:nanp"],["LORRAINE FITZHUGH","name:credential"]],[]],
  ["questions: 1-888-555-0143, tty 711. reviewer: lorraine fitzhugh, rn.",[["1-888-555-0143","validator:nanp"],["lorraine fitzhugh","name:credential"]],[]],
  ["Subject 017-044 (Calloway, Bernard), Visit 3, 10/21/2025.",[["Calloway","name:dictionary"],["Bernard","name:dictionary"]],[]],
  ["SUBJECT 017-044 (CALLOWAY, BERNARD), VISIT 3, 10/21/2025.",[["CALLOWAY","name:dictionary"],["BERNARD","name:dictionary"]],[]],
  ["subject 017-044 (calloway, bernard), visit 3, 10/21/2025.",[["calloway, bernard","name:neighbour"]],[]],
  ["Message from Dr. Quinlan to Elizabeth Mora (proxy: Beth Mora-Singh), 11/12/2025:",[["Quinlan","name:title"],["Elizabeth Mora","name:neighbour"],["Beth Mora-Singh","name:neighbour"]],[]],
  ["MESSAGE FROM DR. QUINLAN TO ELIZABETH MORA (PROXY: BETH MORA-SINGH), 11/12/2025:",[["QUINLAN","name:title"],["ELIZABETH MORA","name:neighbour"],["BETH MORA-SINGH","name:neighbour"]],[]],
  ["message from dr. quinlan to elizabeth mora (proxy: beth mora-singh), 11/12/2025:",[["quinlan","name:title"],["elizabeth mora","name:neighbour"],["beth mora-singh","name:cue"]],[]],
  // (stop 49, nm49b: a cue's name before 'will' is no body's name, the organisation's span is dropped: fixture 10 labels
  // 'PAULO' a NAME)
  ["NEPHROLOGIST DR. OYELARAN ROUNDED. SON PAULO WILL TRANSPORT FRIDAY (774-555-0115).",[["OYELARAN","name:title"],["PAULO","name:cue"],["774-555-0115","validator:nanp"]],[]],
  ["NEPHROLOGIST DR. OYELARAN ROUNDED. SON PAULO WILL TRANSPORT FRIDAY (774-555-0115).",[["OYELARAN","name:title"],["PAULO","name:cue"],["774-555-0115","validator:nanp"]],[]],
  ["nephrologist dr. oyelaran rounded. son paulo will transport friday (774-555-0115).",[["oyelaran","name:title"],["paulo","name:cue"],["774-555-0115","validator:nanp"]],[]],
  ["RN: M. SZABO   PCT: JOSIAH",[["M. SZABO","name:neighbour"],["JOSIAH","name:dictionary"]],[]],
  ["RN: M. SZABO   PCT: JOSIAH",[["M. SZABO","name:neighbour"],["JOSIAH","name:dictionary"]],[]],
  ["rn: m. szabo   pct: josiah",[["m. szabo","name:initial"],["josiah","name:dictionary"]],[]],
  ["  01/15/2026 10:40 AM  Heart Failure Clinic - Jolene Markowitz, NP   489 State St, Suite 3, Bangor   (207) 555-0164",[["Clinic - Jolene Markowitz","location:facility"],["489 State St, Suite 3, Bangor","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["  01/15/2026 10:40 AM  HEART FAILURE CLINIC - JOLENE MARKOWITZ, NP   489 STATE ST, SUITE 3, BANGOR   (207) 555-0164",[["JOLENE MARKOWITZ","name:neighbour"],["489 STATE ST, SUITE 3, BANGOR","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["  01/15/2026 10:40 am  heart failure clinic - jolene markowitz, np   489 state st, suite 3, bangor   (207) 555-0164",[["jolene markowitz","name:neighbour"],["489 state st, suite 3, bangor","location:address"],["(207) 555-0164","validator:nanp"]],[]],
  ["  01/22/2026  2:15 PM  Noor Al-Sabbagh, DO   Hampden Family Medicine, 62 Western Ave, Hampden   207-555-0111",[["Noor Al-Sabbagh","name:neighbour"],["Hampden Family Medicine","location:facility"],["62 Western Ave, Hampden","location:address"],["207-555-0111","validator:nanp"]],[]],
  ["  01/22/2026  2:15 PM  NOOR AL-SABBAGH, DO   HAMPDEN FAMILY MEDICINE, 62 WESTERN AVE, HAMPDEN   207-555-0111",[["NOOR AL-SABBAGH","name:neighbour"],["HAMPDEN FAMILY MEDICINE","location:facility"],["62 WESTERN AVE, HAMPDEN","location:address"],["207-555-0111","validator:nanp"]],[]],
  ["  01/22/2026  2:15 pm  noor al-sabbagh, do   hampden family medicine, 62 western ave, hampden   207-555-0111",[["noor al-sabbagh","name:neighbour"],["hampden family medicine","location:facility"],["62 western ave, hampden","location:address"],["207-555-0111","validator:nanp"]],[]],
  ["Home health: Bangor Area Home Care to start 1/12; liaison Trudy Bessette 207-555-0190 x214.",[["Bangor Area Home Care","location:organization"],["Trudy Bessette","name:neighbour"],["207-555-0190 x214","validator:nanp"]],[]],
  ["HOME HEALTH: BANGOR AREA HOME CARE TO START 1/12; LIAISON TRUDY BESSETTE 207-555-0190 X214.",[["TRUDY BESSETTE","name:neighbour"],["207-555-0190 X214","validator:nanp"]],[]],
  ["home health: bangor area home care to start 1/12; liaison trudy bessette 207-555-0190 x214.",[["trudy bessette","name:neighbour"],["207-555-0190 x214","validator:nanp"]],[]],
  ["09:00\tSchultz, Brody\tFR119002\tGundersen, Lars PA\tKaukauna satellite\tOutagamie County Foster Care",[["Schultz, Brody","name:neighbour"],["Gundersen, Lars","name:neighbour"],["Kaukauna","location:city"],["Outagamie County","location:county"],["Foster Care","name:neighbour"]],[]],
  ["09:00\tSCHULTZ, BRODY\tFR119002\tGUNDERSEN, LARS PA\tKAUKAUNA SATELLITE\tOUTAGAMIE COUNTY FOSTER CARE",[["SCHULTZ, BRODY","name:neighbour"],["GUNDERSEN, LARS","name:neighbour"],["KAUKAUNA","location:city"],["OUTAGAMIE COUNTY","location:county"]],[]],
  ["09:00\tschultz, brody\tfr119002\tgundersen, lars pa\tkaukauna satellite\toutagamie county foster care",[["schultz, brody","name:neighbour"],["gundersen, lars","name:neighbour"],["kaukauna","location:city"],["outagamie county","location:county"]],[]],
  ["Housing: staying at Covenant House Michigan youth shelter since Jan 3 after conflict with mother (Tasha Whitfield).",[["Michigan","location:state"],["Tasha Whitfield","name:neighbour"]],[]],
  // (stop 48, og48b: the shelter's own words and its kind's before its head after "at", caselessHead48())
  ["HOUSING: STAYING AT COVENANT HOUSE MICHIGAN YOUTH SHELTER SINCE JAN 3 AFTER CONFLICT WITH MOTHER (TASHA WHITFIELD).",[["COVENANT HOUSE MICHIGAN YOUTH SHELTER","location:organization"],["TASHA WHITFIELD","name:neighbour"]],[]],
  ["housing: staying at covenant house michigan youth shelter since jan 3 after conflict with mother (tasha whitfield).",[["covenant house michigan youth shelter","location:organization"],["tasha whitfield","name:neighbour"]],[]],
  ["Nadia Haddad, PharmD, BCPS  x4-7719",[["Nadia Haddad","name:neighbour"],["x4-7719","format:phone-extension"]],[]],
  ["NADIA HADDAD, PHARMD, BCPS  X4-7719",[["NADIA HADDAD","name:neighbour"],["X4-7719","format:phone-extension"]],[]],
  ["nadia haddad, pharmd, bcps  x4-7719",[["nadia haddad","name:credential"],["x4-7719","format:phone-extension"]],[]],
  ["HPI: 52M from Elyria, works as a welder at Lorain Tubular Works. Recent travel to Mexico December (Puerto Vallarta).",[["Elyria","location:city"],["Lorain Tubular Works","location:organization"],["Mexico","location:country"],["Puerto Vallarta","location:city"]],[]],
  ["HPI: 52M FROM ELYRIA, WORKS AS A WELDER AT LORAIN TUBULAR WORKS. RECENT TRAVEL TO MEXICO DECEMBER (PUERTO VALLARTA).",[["ELYRIA","location:city"],["LORAIN TUBULAR WORKS","location:organization"],["MEXICO","location:country"],["PUERTO VALLARTA","location:city"]],[]],
  ["hpi: 52m from elyria, works as a welder at lorain tubular works. recent travel to mexico december (puerto vallarta).",[["elyria","location:city"],["lorain","location:city"],["mexico","location:country"],["puerto vallarta","location:city"]],[]],
  ["UCx grew E. coli resistant to nitrofurantoin. Changed to ceftriaxone then cefpodoxime. Delirium cleared by 2/14.",[["UCx","name:capitalised"]],[]],
  ["UCX GREW E. COLI RESISTANT TO NITROFURANTOIN. CHANGED TO CEFTRIAXONE THEN CEFPODOXIME. DELIRIUM CLEARED BY 2/14.",[],[]],
  ["ucx grew e. coli resistant to nitrofurantoin. changed to ceftriaxone then cefpodoxime. delirium cleared by 2/14.",[],[]],
  ["PO BOX 77, NESKOWIN BAY, OR 97149",[["PO BOX 77, NESKOWIN BAY, OR","location:po-box"],["97149","format:zip-address"]],[]],
  ["PO BOX 77, NESKOWIN BAY, OR 97149",[["PO BOX 77, NESKOWIN BAY, OR","location:po-box"],["97149","format:zip-address"]],[]],
  ["po box 77, neskowin bay, or 97149",[["po box 77, neskowin bay, or 97149","location:po-box"]],[]],
  ["Facility: Dunmore County Jail, 300 Sheriff Plaza, Dunmore Crossing. Booking #: DCJ-91-022817. Housing: Pod C, cell 14.",[["Dunmore County Jail","location:facility"],["300 Sheriff Plaza, Dunmore Crossing","location:address"],["DCJ","location:document"]],[]],
  ["FACILITY: DUNMORE COUNTY JAIL, 300 SHERIFF PLAZA, DUNMORE CROSSING. BOOKING #: DCJ-91-022817. HOUSING: POD C, CELL 14.",[["DUNMORE COUNTY JAIL","location:facility"],["300 SHERIFF PLAZA, DUNMORE CROSSING","location:address"],["DCJ","location:document"]],[]],
  ["facility: dunmore county jail, 300 sheriff plaza, dunmore crossing. booking #: dcj-91-022817. housing: pod c, cell 14.",[["dunmore county jail","location:organization"],["300 sheriff plaza, dunmore crossing","location:address"]],[]],
  ["Spouse deceased; emergency contact daughter Yadira Quiroga in Mexicali (México) +52 686 555 0142.",[["Yadira Quiroga","name:neighbour"],["Mexicali","location:city"],["México","location:country"],["+52 686 555 0142","format:phone-international"]],[]],
  ["SPOUSE DECEASED; EMERGENCY CONTACT DAUGHTER YADIRA QUIROGA IN MEXICALI (MÉXICO) +52 686 555 0142.",[["YADIRA QUIROGA","name:neighbour"],["MEXICALI","location:city"],["MÉXICO","location:country"],["+52 686 555 0142","format:phone-international"]],[]],
  ["spouse deceased; emergency contact daughter yadira quiroga in mexicali (méxico) +52 686 555 0142.",[["yadira quiroga","name:neighbour"],["mexicali","location:city"],["+52 686 555 0142","format:phone-international"]],[]],
  ["owen castonguay, md · oc/ta",[["owen castonguay","name:credential"],["oc","name:signature"],["ta","name:signature"]],[]],
  ["OWEN CASTONGUAY, MD · OC/TA",[["OWEN CASTONGUAY","name:neighbour"],["OC","name:signature"],["TA","name:signature"]],[]],
  ["owen castonguay, md · oc/ta",[["owen castonguay","name:credential"],["oc","name:signature"],["ta","name:signature"]],[]],
  ["Electronically signed by Marisa Lucero, DO on 3/14/2099 11:48 AM [mlucero3]",[["Marisa Lucero","name:neighbour"],["mlucero3","name:username"]],[]],
  ["ELECTRONICALLY SIGNED BY MARISA LUCERO, DO ON 3/14/2099 11:48 AM [MLUCERO3]",[["MARISA LUCERO","name:neighbour"],["MLUCERO3","name:username"]],[]],
  ["electronically signed by marisa lucero, do on 3/14/2099 11:48 am [mlucero3]",[["marisa lucero","name:neighbour"]],[]],
];

runPlaceTable("stop 43: the right-nested && chains keep the start's findings", CASES);

// The rewrite is kept by a check, not by memory: a rule written later in the left-nested form fails here until
// `node scripts/nest-chains.mjs` is rerun (it is idempotent), and the script itself is held to its documented output.
describe("scripts/nest-chains.mjs", () => {
  const script = fileURLToPath(new URL("../scripts/nest-chains.mjs", import.meta.url));
  it("finds every chain of the core already right-nested (--check)", () => {
    const r = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
  it("nests a left-nested chain, leaves `?:` levels, comments and strings, and is idempotent", () => {
    const dir = mkdtempSync(join(tmpdir(), "nest-"));
    const f = join(dir, "t.ts");
    writeFileSync(f, [
      "function f(a: bool, b: bool, c: bool, d: bool): bool {",
      "  if (a && b && c) return a || b || c;",
      "  // a && b && c",
      "  const s = \"a && b && c\";",
      "  return a ? b && c && d : d;",
      "}",
      "",
    ].join("\n"));
    expect(spawnSync(process.execPath, [script, "--check", f]).status).toBe(1);
    expect(spawnSync(process.execPath, [script, f]).status).toBe(0);
    const once = readFileSync(f, "utf8");
    expect(once).toContain("if (a && (b && c)) return a || (b || c);");
    expect(once).toContain("// a && b && c");
    expect(once).toContain("const s = \"a && b && c\";");
    expect(once).toContain("return a ? b && c && d : d;"); // a level holding `?` is left as written
    expect(spawnSync(process.execPath, [script, "--check", f]).status).toBe(0);
    expect(readFileSync(f, "utf8")).toBe(once);
    rmSync(dir, { recursive: true, force: true });
  });
});
