// Why this file exists: table tests, with hard negatives, for stop 45's second names round (nm45), read from fixture
// 33's NAME misses (written blind by fx45) and checked over fixtures 1-32: a staff member's initials in a signing slot
// (detect.ts signSlot45()): after a staff verb and "by" ("HLD cycle logged by KMR)", "Compounded by TJ (tech)"), after
// "per" closing its clause ("cycle to 12 h by 4/25 per GVH."), after a sign-off verb before a stamp, a slash group or
// the clause's end ("; cosigned AV 04/23/2099.", "Treatment signed HJS/AVS/POD 04/22/99"), the later members of a slash
// group ("HJS/AVS/POD"), and after a date's clock closing the line ("Final 04/22/2099 1140 AA."). Hard negatives are
// the same slots with routes, units, settings, services, guideline bodies, ranks, weekdays and English words ("per PO",
// "by mouth", "by EMS", "POD 2", "reviewed with PT", "signed AMA", "per ACIP", "per Lt. Kemp"). Mixed case, ALL CAPS and
// lower case; both engines; every name is made up.
import { casedRows, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const N = "NAME";

const BY_AND_PER: ReadonlyArray<TypedCase> = [
  // a staff verb, "by", the initials closing the clause (a bracket, a period, the line's end, a role in brackets)
  ...casedRows("Probe X8-2T (HLD cycle logged by KMR).\nFindings: normal.\n", [["KMR", N]], ["cycle", "Findings"]),
  ...casedRows("TPN bag compounded by TJ (tech) on the EM2400.\n", [["TJ", N]], ["tech", "bag"]),
  ...casedRows("Release form scanned by ST.\n", [["ST", N]], ["Release", "form"]),
  ...casedRows("Interpreter present. Note by MT 4/22/99 11:05.\n", [["MT", N]], ["Interpreter", "Note"]),
  ...casedRows("Chart dictated by HS\n", [["HS", N]], ["Chart"]),
  // "per" and the initials closing the clause
  ...casedRows("Cycle to 12 h by 4/25 per GVH. Labs at home.\n", [["GVH", N]], ["Cycle", "Labs"]),
  // hard negatives: a route, a protocol, a service, an English word, a guideline body, a rank, the patient
  ...casedRows("Tylenol given per PO. Take per protocol.\n", [], ["PO", "protocol"]),
  ...casedRows("Meds given by mouth, transported by EMS.\n", [], ["mouth", "EMS"]),
  ...casedRows("Seen by me. Fluids 2 L per day.\n", [], ["me", "day"]),
  // (mixed case only: the older cue and dictionary rules take "acip" and "ROI" in the other cases, as at 7fa2f4e)
  ["Catch-up MMR per ACIP. Pregnancy test neg.\n", [], ["ACIP", "Pregnancy"]],
  ["Notify mother per pt's signed ROI.\n", [], ["ROI", "mother"]],
  ...casedRows("XR neg per SM; records req'd.\n", [], ["SM", "records"]),
  ...casedRows("Given per os.\nDose 2100 HS.\n", [], ["os", "HS", "Dose"]),
];

const SIGN_OFF: ReadonlyArray<TypedCase> = [
  // a sign-off verb, the initials, a stamp or the clause's end
  ...casedRows("Note BL 04/22/2099 1545; cosigned AV 04/23/2099.\n", [["BL", N], ["AV", N]], ["Note", "cosigned"]),
  ...casedRows("Care plan reviewed; note SOK 4/22/99.\n", [["SOK", N]], ["Care", "plan"]),
  // a slash group after the verb: every member, whatever word it spells
  ...casedRows("Treatment signed HJS/AVS/POD 04/22/99. Daughter present.\n", [["HJS", N], ["AVS", N], ["POD", N]], ["Treatment", "Daughter"]),
  ...casedRows("Record co-signed MK/YSP 3-14-2099.\n", [["MK", N], ["YSP", N]], ["Record"]),
  // a date's clock, then the initials closing the line
  ...casedRows("Carotid stenosis 50-69%. Final 04/22/2099 1140 AA.\n", [["AA", N]], ["Final"]),
  // hard negatives: post-op day, a staff role, a discharge against advice, a clock's half of the day, a weekday, a
  // dictation trailer's pair (the older rules' "HV/bjn")
  ...casedRows("POD 2, pain controlled. Reviewed with PT.\n", [], ["POD", "PT", "Reviewed"]),
  ...casedRows("Pt left and signed AMA.\n", [], ["AMA", "left"]),
  ...casedRows("Final read 04/22/2099 1140 PM.\n", [], ["PM", "Final"]),
  ...casedRows("Nursing note Tue 11/5/74 1930\n", [], ["Tue", "Nursing"]),
  ...casedRows("Vitals 04/22/2099 0800 NPO\n", [], ["NPO", "Vitals"]),
  ...casedRows("Delivery note - St. Elsewhere pavilion\n", [], ["note"]),
];

runTypedTable("stop 45 (nm45): initials after a staff verb's \"by\" or \"per\"", [N], BY_AND_PER);
runTypedTable("stop 45 (nm45): initials after a sign-off verb, in a slash group or after a date's clock", [N], SIGN_OFF);
