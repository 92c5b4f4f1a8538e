// Why this file exists: the input region and byte-level helpers every scanner shares (the only place that loads input bytes).

/** Current input: set by scanBegin, read by the automaton loop and every scanner. */
export let inPtr: usize = 0;
export let inLen: u32 = 0;

export function setInput(ptr: usize, len: u32): void {
  inPtr = ptr;
  inLen = len;
}

/** Byte at index i of the input (callers keep i < inLen). */
// @ts-ignore: decorator
@inline export function byteAt(i: u32): u32 {
  return <u32>load<u8>(inPtr + <usize>i);
}

/**
 * Byte at index i of the input whose address the caller holds in a local (`const base = inPtr`): for the hottest
 * loops (the automaton, the name tokeniser), where reading the inPtr global for every byte costs measurable time.
 */
// @ts-ignore: decorator
@inline export function byteFrom(base: usize, i: u32): u32 {
  return <u32>load<u8>(base + <usize>i);
}

/** Word bytes: ASCII letters and digits, and every byte of a multi-byte UTF-8 sequence (non-ASCII letters). */
// @ts-ignore: decorator
@inline export function isWordByte(b: u32): bool {
  const l = b | 0x20;
  return (l >= 0x61 && l <= 0x7a) || (b >= 0x30 && b <= 0x39) || b >= 0x80;
}

// @ts-ignore: decorator
@inline export function isAlpha(b: u32): bool {
  const l = b | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

// @ts-ignore: decorator
@inline export function isAlnum(b: u32): bool {
  const l = b | 0x20;
  return (l >= 0x61 && l <= 0x7a) || (b >= 0x30 && b <= 0x39);
}

/** True when [start, end) does not cut through a word at either edge. */
export function onWordBoundary(start: u32, end: u32): bool {
  if (start > 0 && (isWordByte(byteAt(start)) && isWordByte(byteAt(start - 1)))) return false;
  if (end < inLen && (isWordByte(byteAt(end - 1)) && isWordByte(byteAt(end)))) return false;
  return true;
}
