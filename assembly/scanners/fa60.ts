// Why this file exists: stop 60 (fa60, clinical round from fixture 61): a NANP number written with its separators
// ("214-555-0129", "(214) 555-0129", "1-800-555-0142") is whole after its four-digit line; a digit group one blank after
// it is the next field of a call log, a fax cover or a sign-off, a date or a clock time ("LMSW 214-555-0129 11/05/2099
// 15:20", "FAX 606-555-0129 10/13.", "CALLED 315-555-0164 1900:"), never more of the number. phone.ts's parseGroups()
// joined it: six groups made too many digits and the number went unfound under the date's finding, or a time's digits
// were taken into the phone. phone.ts's parseGroups() asks stopsAt60a() before it joins a group across a blank.

/**
 * (stop 60, fa60) The groups parsed so far (groups, the lengths g0..g3) close a NANP number with its separators: three,
 * three and four digits, or one, three, three and four (a leading "1"), the last two groups joined by '-' or '.'
 * (prevSep, phone.ts's separator bits: 2 '-', 4 '.'), and the next separator (sepBits) is one blank or two, nothing else.
 * Blank-grouped numbers ("617 555 0100 12") stay as they were: their groups cannot tell a field from a group.
 */
export function stopsAt60a(groups: u32, g0: u32, g1: u32, g2: u32, g3: u32, prevSep: u32, sepBits: u32): bool {
  if (sepBits != 1 || (prevSep & 6) == 0) return false;
  if (groups == 3) return g0 == 3 && (g1 == 3 && g2 == 4);
  if (groups == 4) return g0 == 1 && (g1 == 3 && (g2 == 3 && g3 == 4));
  return false;
}
