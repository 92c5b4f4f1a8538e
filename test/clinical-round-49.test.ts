// Why this file exists: table tests, with hard negatives, for clinical round 49 (stop 52, fy52), read from the blind
// fixture 46's misses (oncology, infusion, genetics and clinical research): a timed chat's or log's speaker, a given
// name that is also a town ("Dorothy", "Donna", "Rachel"), after the clock time that opens the line and before the
// colon of the speaker's label ("0830 dorothy: my grandson ...": clockSpeaker52 in assembly/names/r52_fy52.ts, called
// in detect.ts's decide() where a town and a name compete). Mixed case, ALL CAPS and lower case; both engines. Names,
// places and numbers are made up.
import { casedRows as cases, runTypedTable, type TypedCase } from "./helpers/place-table.js";

const SPEAKERS: readonly TypedCase[] = [
  // four-digit clock times before the speaker's colon; the second speaker's name is no town (found before the round too)
  ...cases("texts with the navigator\n0830 Dorothy: my grandson can drive me\n0832 Keisha: great",
    [["Dorothy", "NAME"], ["Keisha", "NAME"]], ["grandson", "navigator"]),
  ...cases("texts\n1342 Donna: she loves cake\n1345 Rachel: I will call",
    [["Donna", "NAME"], ["Rachel", "NAME"]], ["loves cake"]),
  // "hh:mm" and "h:mm" clock times
  ...cases("Log\n08:30 Rachel: scan done\n8:45 Donna: ok", [["Rachel", "NAME"], ["Donna", "NAME"]], ["scan done"]),
  // hard negatives: no colon after the word (a town after a clock time stays a town), no clock (a year: 95 minutes),
  // no line start before the clock, an hour past 23
  ...cases("Flights\n0830 Boston to Denver", [["Boston", "LOCATION"], ["Denver", "LOCATION"]], []),
  ...cases("Moved\n1995 Dorothy: new job", [["Dorothy", "LOCATION"]], ["new job"]),
  ...cases("We met at 0830 Dorothy: late", [["Dorothy", "LOCATION"]], ["late"]),
  ...cases("texts\n2530 Dorothy: hi", [["Dorothy", "LOCATION"]], []),
];

runTypedTable("clinical round 49 (fy52): a timed line's speaker named like a town", ["NAME", "LOCATION"], SPEAKERS);
