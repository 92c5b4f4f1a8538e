// Why this file exists: small character helpers shared by the operators (case style, character classes).

/** Writes `word` in the case style of `model`: ALL CAPS, lower case, or Title case (mixed styles become Title). */
export function caseLike(model: string, word: string): string {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < model.length; i++) {
    const c = model.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (lower === 0 && upper > 1) return word.toUpperCase();
  if (upper === 0 && lower > 0) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters of any script (a name may be "José" or "Zoë"): ASCII letters and every non-ASCII letter-like unit. */
export function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0x3000);
}
