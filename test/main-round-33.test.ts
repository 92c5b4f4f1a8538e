// Why this file exists: stop 33's rules on main, on both engines, each with the hard negatives that share its frame: a
// date range whose second date carries the year ("5/1-8/15/96"), "LAST, FIRST" after a hyphenated surname
// ("ABDULLAH-HARRIS, JOY") and a middle name the word table marks never a name ("PRUITT, ODESSA MAE"), record-system
// logins after a user label without a colon, after "logged by"/"compiled by" and as an initial glued to a surname
// ("j.kimura"), a badge, staff or store number after the person or facility just named ("Deputy Hartsock #4471"), and
// initials at a note's foot after a slash ("DR. ISIDORE FENWRIGHT, MD / IF") or after "transcribed by" in mixed case,
// a device named by its kind and then its tag ("camera WC-iPad-0447"), and Vietnamese names ("TRAN VAN LOC").
import { runTypedTable } from "./helpers/place-table.js";

runTypedTable("stop 33: date ranges closed by the year", ["DATE"], [
  ["travelling to Lusaka 5/1-8/15/96 for a water project", [["5/1", "DATE"], ["8/15/96", "DATE"]], []],
  ["inpatient stay 3/28 - 4/2/2024 at the rehab unit", [["3/28", "DATE"], ["4/2/2024", "DATE"]], []],
  // (day first, as European notes write it)
  ["en Lusaka del 15/8-20/9/2023", [["15/8", "DATE"], ["20/9/2023", "DATE"]], []],
  // (no year after the second pair: the old rule, unchanged, reads these as scores or fractions)
  ["strength 4/5-5/5 in both legs", [], ["4/5", "5/5"]],
  ["murmur 2/6-3/6 at the apex", [], ["2/6", "3/6"]],
  // (out of order month first and no date day first, or no valid date of that year: no range)
  ["ratio 8/20-3/25/96 noted", [], ["8/20-3"]],
  ["values 2/30-3/31/2024 drawn", [], ["2/30"]],
]);

runTypedTable("stop 33: LAST, FIRST after a hyphenated surname, and a never-a-name middle name", ["NAME"], [
  // (stop 38, clinical round 29: the given name "JOY", an English word in capitals, is now read too, before the record
  // field after a column gap, rowName38(); the row expected the surname alone, what stop 33 reached; fixture 5's gold
  // labels "ABDULLAH-HARRIS, JOY" whole)
  ["PATIENT: ABDULLAH-HARRIS, JOY     MRN: 00381264", [["ABDULLAH-HARRIS, JOY", "NAME"]], []],
  ["Patient: Abdullah-Harris, Joy     MRN 00381264", [["Abdullah-Harris, Joy", "NAME"]], []],
  ["Seen by Lloyd-Jones, Grace today", [["Lloyd-Jones, Grace", "NAME"]], ["today"]],
  ["RESIDENT: PRUITT, ODESSA MAE    DOB: 02/02/1997", [["PRUITT, ODESSA MAE", "NAME"]], []],
  ["Resident: Pruitt, Odessa Mae\nDOB 02/02/1997", [["Pruitt, Odessa Mae", "NAME"]], []],
  ["PT: HOLT, LOU MAE, 88 Y/O", [["HOLT, LOU MAE", "NAME"]], []],
  // (the nursing abbreviation "moves all extremities" stays a word: a line between, or the field going on, or alone)
  ["PT: SMITH, JOHN\nMAE X4, FOLLOWS COMMANDS", [["SMITH, JOHN", "NAME"]], ["MAE"]],
  ["PT: SMITH, JOHN MAE X4", [["SMITH, JOHN", "NAME"]], ["MAE"]],
  ["NEURO: A&OX3, MAE, FOLLOWS COMMANDS", [], ["MAE"]],
  ["SMITH, JOHN ASA 81 MG DAILY", [["SMITH, JOHN", "NAME"]], ["ASA"]],
]);

runTypedTable("stop 33: record-system logins", ["ID"], [
  // (the second account, after the comma, is the propagation's: name:username, a NAME)
  ["Teodora Blaskovic, MD: login tblaskov, tblaskovic7", [["tblaskov", "ID"]], []],
  ["Headache diary via portal (user sokafor.lynch; email on file)", [["sokafor.lynch", "ID"]], []],
  ["Recorder: tfairbanks", [["tfairbanks", "ID"]], []],
  ["Compiled by lmorrow 1/9/2025", [["lmorrow", "ID"]], []],
  ["session from IP 73.119.204.18 logged by j.kimura (IT).", [["j.kimura", "ID"]], ["IT"]],
  ["entered by m_ortiz2 on 3/4", [["m_ortiz2", "ID"]], []],
  // (English words after the label, a name after "signed by" with its blank, a name after "Recorder:")
  ["the user interface is slow", [], ["interface"]],
  ["user: none", [], ["none"]],
  ["logged by phone at noon", [], ["phone", "noon"]],
  ["signed by j. kimura, md", [], []],
  ["Recorder: Jane Smith", [], []],
]);

runTypedTable("stop 33: a badge, staff or store number after the name", ["ID"], [
  ["Deputy Hartsock #4471.", [["4471", "ID"]], []],
  ["(interpreter Jorge #7731 used)", [["7731", "ID"]], []],
  ["Preferred pharmacy: CVS Pharmacy #2231, 455 Broadway", [["2231", "ID"]], []],
  // (a count or a dose after a drug, a town's number, one or two digits, a number going on)
  ["Norco 5/325 #30 given", [], ["#30"]],
  ["Springfield #123", [], ["123"]],
  ["Dr. Smith #2 on call", [], ["#2"]],
  ["seen by Dr. Patel #12-441", [], ["12-441"]],
  ["dispensed #120 tabs", [], ["120"]],
]);

runTypedTable("stop 33: initials after a slash closing the line, and after a dictation verb in mixed case", ["NAME"], [
  ["Follow up in clinic.\nDR. ISIDORE FENWRIGHT, MD / IF\n", [["ISIDORE FENWRIGHT", "NAME"], ["IF", "NAME"]], []],
  ["Follow up in clinic.\nISADORA VELLACOTT, PA-C / IV\n", [["ISADORA VELLACOTT", "NAME"], ["IV", "NAME"]], []],
  ["Plan as above.\nDr. Teodoro Villaseñor / tv\n", [["Teodoro Villaseñor", "NAME"], ["tv", "NAME"]], []],
  ["The patient was seen today and is doing well.\nD: 10/14/92 T: 10/16/92 JOB X771253 / rtc\n", [["rtc", "NAME"]], []],
  ["Roland Achebe, MD. Transcribed by jlm. Signed 02/18/2026", [["Roland Achebe", "NAME"], ["jlm", "NAME"]], []],
  // (a credential pair, a route after a dose, a word no name list lacks after the verb)
  ["Follow up in clinic.\nJane Roe, MD / DO\n", [["Jane Roe", "NAME"]], ["DO"]],
  ["Give morphine 4 mg / IV\n", [], ["IV"]],
  ["This note was dictated by me.", [], ["me"]],
  ["Results reviewed with him / me\n", [], ["me"]],
  ["Seen by Dr. Ames / ICU\n", [["Ames", "NAME"]], ["ICU"]],
]);

runTypedTable("stop 33: a device named by its kind and then its tag", ["DEVICE"], [
  ["session ip 73.162.44.201, device iPhone-SI-4F2A9C", [["iPhone-SI-4F2A9C", "DEVICE"]], []],
  ["Photos taken with wound camera WC-iPad-0447 today", [["WC-iPad-0447", "DEVICE"]], []],
  ["connected from terminal TRM-0447 at 10:02", [["TRM-0447", "DEVICE"]], []],
  // (a reading room's workstation is the hospital's machine, not the patient's device)
  ["SIGNED 02/15/2026 16:31   WORKSTATION RAD-WS14", [], ["RAD-WS14"]],
  ["SCOPE CF-HQ190L USED.", [["CF-HQ190L", "DEVICE"]], []],
  ["Device: AB-1234 interrogated", [["AB-1234", "DEVICE"]], []],
  // (a number first, no digit, a word, a year a few words on)
  ["scope 10-mm port placed", [], ["10-mm"]],
  ["device 3-day trial", [], ["3-day"]],
  ["terminal ileum normal, camera-ready", [], ["ileum", "ready"]],
  ["Pacemaker device placed in 2019.", [], ["placed"]],
]);

runTypedTable("stop 33: Vietnamese names with their middle word", ["NAME"], [
  ["Patient Nguyen Van Loc and his daughter arrived.", [["Nguyen Van Loc", "NAME"]], []],
  ["REFERRED BY: DR. TRAN VAN LOC (VASCULAR)", [["TRAN VAN LOC", "NAME"]], []],
  ["PARENT: PHAM VAN HUNG / LE THI MAI", [["PHAM VAN HUNG", "NAME"], ["LE THI MAI", "NAME"]], []],
  // (a Dutch particle after another name is the particle's rule; a middle word with nothing after it; lower case)
  ["Dr. Hugo Van Dyke", [["Hugo Van Dyke", "NAME"]], []],
  ["Mr. Tran Van was seen", [["Tran", "NAME"]], ["Van"]],
]);
