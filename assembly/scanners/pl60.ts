// Why this file exists: stop 60's places round (pl60): Idaho's state code "ID" is also the id scanner's cue, so a town's
// Idaho ZIP written without the comma the older rule wants ("BOISE ID 83702", "Meridian ID 83642") or in lower case
// ("meridian, id 83642", which scanZip()'s lower-case codes leave out) was read as an identifier. Called from
// dispatch.ts's cued-id branch, behind the two-byte cue already found. Reads bytes of the input only, allocates nothing.
import { byteAt, isAlpha } from "../input";
import { ENTITY_ZIP, REASON_ZIP_ADDRESS } from "../abi";
import { emit } from "../matches";
import { at, cleanEnd, digitsEnd, lettersStart, wordIndex } from "./util";

// (stop 60, pl60) the words before "ID" that make it a record's label, not Idaho: patient pt member study subject record
// employee user badge student participant sample specimen donor visit staff device claim group account acct order case
// photo national provider tax
const ID_LABELS60 = "\u0007patient\u0002pt\u0006member\u0005study\u0007subject\u0006record\u0008employee\u0004user\u0005badge\u0007student\u000bparticipant\u0006sample\u0008specimen\u0005donor\u0005visit\u0005staff\u0006device\u0005claim\u0005group\u0007account\u0004acct\u0005order\u0004case\u0005photo\u0008national\u0008provider\u0003tax";

/**
 * (stop 60, pl60) The digits at ts, right after the cue "ID" (cs..cs+2, either case), are an Idaho ZIP (832xx-838xx, five
 * digits and an optional "-" and four) that closes its field, and a town's word (letters, no record's label) comes
 * before the cue, one blank or ", " between: "600 N ROBBINS RD, BOISE ID 83702", "Meridian ID 83642", "meridian, id
 * 83642". Not "Patient ID 83702", "MEMBER ID 83411207" (more digits), "ID 12345". Emits the ZIP and returns its end, or 0.
 */
export function idahoZip60(ts: u32, cs: u32): u32 {
  if ((byteAt(cs) | 0x20) != 0x69 || (byteAt(cs + 1) | 0x20) != 0x64) return 0;
  let e = digitsEnd(ts);
  if (e - ts != 5 || (byteAt(ts) != 0x38 || (byteAt(ts + 1) != 0x33 || (byteAt(ts + 2) < 0x32 || byteAt(ts + 2) > 0x38)))) return 0;
  if (at(e) == 0x2d && digitsEnd(e + 1) - e - 1 == 4) e += 5;
  if (!cleanEnd(e) || (cs < 3 || byteAt(cs - 1) != 0x20)) return 0;
  let w = cs - 1;
  if (byteAt(w - 1) == 0x2c) w--;
  if (!isAlpha(byteAt(w - 1))) return 0;
  const ws = lettersStart(w);
  if (w - ws < 3 || wordIndex(ID_LABELS60, ws, w) >= 0) return 0;
  emit(ts, e, ENTITY_ZIP, REASON_ZIP_ADDRESS, 800);
  return e;
}
