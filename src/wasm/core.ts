// Why this file exists: drives the core: one instance per engine per thread, shared by its redactors (CoreInstance: the
// memory's regions for tables, word tables and findings, then input and scratch), and per redactor (Core) encodes text
// straight into linear memory with encodeInto, runs the scan in bulk and returns findings as struct-of-arrays, with
// offsets converted to UTF-16 indices by the core (utf16Offsets, assembly/utf16.ts: the one place that converts them).

import { PhiscrubError } from "../errors.js";
import type { EngineKind } from "../types.js";
import { BEGIN_ERRORS, UTF16_BLOCK_SHIFT, type CoreExports } from "./abi.js";

const PAGE = 65536;
/** Rows of the findings region; the scan yields when it fills and resumes. */
export const OUT_CAP = 4096;
const COLUMNS = 5;

/**
 * Findings of one scan, struct-of-arrays. Valid until the next scan (the columns may be views of the core's memory).
 * Offsets are UTF-16 indices into the text after scan(text), UTF-8 byte offsets after scanBytes(bytes).
 */
export interface RawFindings {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  type: Uint32Array;
  info: Uint32Array;
  score: Uint32Array;
  /** UTF-8 bytes of the input. */
  byteLength: number;
}

/**
 * Blanks, hyphens and dashes that are not ASCII, and the fullwidth forms of ASCII: the no-break and other Unicode
 * spaces (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000), the line and paragraph separators (U+2028, U+2029),
 * the hyphen and no-break hyphen (U+2010, U+2011), the figure and en dashes and the minus sign (U+2012, U+2013, U+2212,
 * U+FE63), the byte-order mark (U+FEFF, at the head of files from Windows tools) and the fullwidth ASCII forms
 * (U+FF01-U+FF5E, typed by Chinese, Japanese and Korean input methods: "\uff16\uff11\uff17", "MRN\uff1a"). Text
 * pasted from web pages (a prompt box's `&nbsp;`), word processors (which turn a hyphen between numbers into an en
 * dash) and EHR exports carries them ("Dr.\u00a0Smith", "555\u20111234", "617\u2013555\u20131234"); the core reads
 * ASCII, and read each of these as a letter glued to the words around it, so that "Dr.\u00a0Smith" and a BOM before
 * "John Smith" hid the names (measured in stop 27: any-type recall of fixture 14 fell from 0.90 to 0.51 with every
 * other blank a no-break space), and a phone, date or SSN written with en dashes was not found at all (stop 28). scan()
 * replaces each by its ASCII form before encoding: one code unit for one, so the findings' UTF-16 offsets hold for the
 * caller's text, from which their texts are sliced. The em dash (U+2014) stays: it separates clauses, where ASCII
 * writes "--" or " - ", and read as one glued hyphen it would join the words around it.
 */
const ASCII_FORM = /[\u00a0\u1680\u2000-\u200a\u2010-\u2013\u2028\u2029\u202f\u205f\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/;
const ASCII_FORMS = new RegExp(ASCII_FORM.source, "g");
function asciiForm(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01) return String.fromCharCode(c - 0xfee0); // fullwidth forms: the ASCII character 0xfee0 below
  if (c === 0x2028 || c === 0x2029) return "\n";
  return (c >= 0x2010 && c <= 0x2013) || c === 0x2212 || c === 0xfe63 ? "-" : " ";
}

/** `text` with ASCII_FORM's characters in ASCII, the same length (scan() tests for one first). */
export function asciiForms(text: string): string {
  return text.replace(ASCII_FORMS, asciiForm);
}

/**
 * Invisible characters (Unicode's default-ignorable code points of the Basic Multilingual Plane, less the byte-order
 * mark, which ASCII_FORM reads as a blank): the soft hyphen (U+00AD, a hyphenation hint that word processors and
 * web pages leave inside words), the zero-width space, non-joiner and joiner (U+200B-U+200D), the left-to-right and
 * right-to-left marks and the bidirectional controls (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), the word joiner
 * and invisible operators (U+2060-U+206F), variation selectors (U+FE00-U+FE0F) and the fillers and vowel separators of
 * other scripts. Inside a word they split it for the core, which reads them as punctuation: "John Sm\u00adith" found
 * "John" and left "Sm\u00adith", which a reader sees as "Smith" (measured in stop 28). Matching folds them away as
 * Unicode's NFKC_Casefold does: scan() removes them before encoding and maps the findings back (foldText), so
 * a finding's offsets are the caller's and its text, sliced from the caller's text, keeps them.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\uffa0]/;

/**
 * Escaped text: HTML character references ("Dr.&nbsp;Smith", "Brigham &amp; Women's", "O&#39;Brien", "&#x2013;") and
 * the backslash escapes of JSON and program strings ("Patient: John Smith\nMRN: 1234567", "Jos\u00e9", "http:\/\/",
 * "O\'Brien"). Notes scraped from EHR web views, XML and HL7 exports, log lines and JSON pasted into a prompt arrive
 * so; the core read "&nbsp;" and "\n" as a word glued to the next one, and "Dr.&nbsp;Smith" found nothing and the MRN
 * after a literal "\nMRN:" lost its label (measured in stop 28). scan() decodes them before encoding (foldText); a
 * named reference outside ENTITIES, a numeric one out of range and a backslash before any other letter stay as they are.
 */
const ESCAPE = /&(?:([a-zA-Z]{2,6})|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));|\\(?:([nrt"'\\/])|u([0-9a-fA-F]{4}))/;
/** Named character references decoded (the rest stay as written); a Map, so that no inherited key can answer. */
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["nbsp", "\u00a0"], ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["shy", "\u00ad"],
  ["ndash", "\u2013"], ["mdash", "\u2014"], ["lsquo", "\u2018"], ["rsquo", "\u2019"], ["ldquo", "\u201c"],
  ["rdquo", "\u201d"], ["ensp", " "], ["emsp", " "], ["thinsp", " "], ["hellip", "\u2026"],
]);
/** What a backslash and this character stand for. */
const BACKSLASHED: ReadonlyMap<string, string> = new Map([
  ["n", "\n"], ["r", "\r"], ["t", "\t"], ['"', '"'], ["'", "'"], ["\\", "\\"], ["/", "/"],
]);
/** Escapes and invisible characters, the two things foldText() removes or shortens. */
const FOLD = new RegExp(`${ESCAPE.source}|${INVISIBLE.source}`, "g");
/** The two Latin-1 members of INVISIBLE and ASCII_FORM as their sources write them. */
const LATIN1_NOT_PLAIN = ["\\u00a0", "\\u00ad"];
/**
 * The characters of INVISIBLE and ASCII_FORM above U+00FF: notPlain() finds the two of Latin-1 (U+00A0, U+00AD) with
 * indexOf. Split so because most non-ASCII text is Latin-1 ("°", "²", "é"), which V8 stores one byte per character:
 * there a class that no Latin-1 character can match fails without reading the text, and indexOf of one character is
 * a memchr, where one class of both read every character (~3 µs per 2 KB prompt; docs/performance.md, "Stop 37").
 */
const NOT_PLAIN_WIDE = new RegExp(
  `[${LATIN1_NOT_PLAIN.reduce((src, u) => src.split(u).join(""), INVISIBLE.source.slice(1, -1) + ASCII_FORM.source.slice(1, -1))}]`,
);

/** NOT_PLAIN_WIDE tried at one index (lastIndex), for the candidates WIDE_CANDIDATE finds. */
const NOT_PLAIN_AT = new RegExp(NOT_PLAIN_WIDE.source, "y");
/**
 * Every code unit NOT_PLAIN_WIDE may match, and more: U+034F (its lowest member) and up, less the surrogates (none
 * is a member; an emoji is two). One range per half, which V8's regular expressions test a code unit against in one or
 * two compares, where NOT_PLAIN_WIDE's 30 ranges took ~3.8 ns a code unit: 7.7 µs for a 2 KB prompt in two-byte form
 * (one emoji makes all of it two-byte), 1.3 µs this way (docs/performance.md, "Stop 40").
 */
const WIDE_CANDIDATE = /[\u034f-\ud7ff\ue000-\uffff]/g;
/** Candidates tried one by one before notPlainWide() runs NOT_PLAIN_WIDE over the whole text (text in another script). */
const WIDE_TRIES = 8;

/** NOT_PLAIN_WIDE.test(text), by its few candidates in Latin-1 text with an emoji or a dash ("🙂", "—", "…"). */
function notPlainWide(text: string): boolean {
  WIDE_CANDIDATE.lastIndex = 0;
  for (let n = 0; WIDE_CANDIDATE.test(text); n++) {
    // (text in another script, "Пациент", "患者", is all candidates: one pass of the class instead)
    if (n === WIDE_TRIES) return NOT_PLAIN_WIDE.test(text);
    NOT_PLAIN_AT.lastIndex = WIDE_CANDIDATE.lastIndex - 1;
    if (NOT_PLAIN_AT.test(text)) return true;
  }
  return false;
}

/**
 * Whether `text` holds an invisible character or one asciiForms() replaces: one test decides whether a non-ASCII text
 * needs either.
 */
export function notPlain(text: string): boolean {
  return text.indexOf("\u00a0") >= 0 || text.indexOf("\u00ad") >= 0 || notPlainWide(text);
}

/** The text one FOLD match stands for, or null to leave it as written. */
function unfolded(m: RegExpExecArray): string | null {
  const [all, named, dec, hex, escaped, uHex] = m;
  if (all.length === 1) return ""; // an invisible character
  if (named !== undefined) {
    const ch = ENTITIES.get(named.toLowerCase());
    return ch === undefined ? null : INVISIBLE.test(ch) ? "" : ch;
  }
  if (escaped !== undefined) return BACKSLASHED.get(escaped) ?? null;
  const c = parseInt(dec ?? hex ?? uHex!, dec !== undefined ? 10 : 16);
  // (a NUL, a lone surrogate or a code point past Unicode stays as written; an invisible one is removed)
  if (c === 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return null;
  const ch = String.fromCodePoint(c);
  return INVISIBLE.test(ch) ? "" : ch;
}

/**
 * `text` with its escapes decoded and its invisible characters removed (ESCAPE, INVISIBLE), and for each code unit
 * of the result the range [from[j], to[j]) of `text` it stands for (a decoded escape's units all stand for the whole
 * escape). Null when nothing changes. Runs only on texts that may hold one (scan() tests first), so it may allocate;
 * the result is never longer than `text`.
 */
export function foldText(text: string): { text: string; from: Int32Array; to: Int32Array } | null {
  const parts: string[] = [];
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  let j = 0;
  let last = 0;
  FOLD.lastIndex = 0;
  for (let m = FOLD.exec(text); m !== null; m = FOLD.exec(text)) {
    const rep = unfolded(m);
    if (rep === null) continue;
    for (let i = last; i < m.index; i++, j++) {
      from[j] = i;
      to[j] = i + 1;
    }
    const e = m.index + m[0].length;
    for (let u = 0; u < rep.length; u++, j++) {
      from[j] = m.index;
      to[j] = e;
    }
    parts.push(text.slice(last, m.index), rep);
    last = e;
  }
  if (parts.length === 0) return null;
  for (let i = last; i < text.length; i++, j++) {
    from[j] = i;
    to[j] = i + 1;
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), from: from.subarray(0, j), to: to.subarray(0, j) };
}

/**
 * Offsets of `res` (UTF-16 indices into the folded text) moved to the caller's text: a start to the first unit its
 * unit stands for, an end to just after the last (an invisible character or an escape after a finding stays out, one
 * inside it stays in).
 */
function backToCaller(res: RawFindings, from: Int32Array, to: Int32Array, length: number): void {
  const { start, end } = res;
  for (let i = 0; i < res.count; i++) {
    const s = start[i]!;
    const e = end[i]!;
    // (an empty range, which no detector writes, stays empty where its unit came from)
    const at = s < from.length ? from[s]! : length;
    start[i] = at;
    end[i] = e > s ? to[e - 1]! : at;
  }
}

const align = (n: number, a: number): number => Math.ceil(n / a) * a;
/** Alignment of every region (automaton tables, word tables, findings regions, the input region). */
const REGION_ALIGN = 16;
/** Bytes of one findings region: OUT_CAP rows of COLUMNS u32 columns. */
const OUT_BYTES = OUT_CAP * 4 * COLUMNS;

/**
 * The regions of one shared instance's memory below its input region, first fit with coalescing: automaton tables,
 * word tables and each redactor's findings region. Pure bookkeeping (no memory access), so it is tested alone.
 */
export class RegionList {
  /** End of the highest region ever handed out and not given back. */
  private top: number;
  /** Free gaps below `top`, sorted by address, never adjacent to each other or to `top`. */
  private readonly gaps: { ptr: number; len: number }[] = [];

  constructor(base: number) {
    this.top = align(base, REGION_ALIGN);
  }

  /** First byte past every region in use: where the input region may start. */
  get end(): number {
    return this.top;
  }

  /** Reserves `bytes` (rounded up to the alignment) and returns their address. */
  alloc(bytes: number): number {
    const len = align(Math.max(bytes, 1), REGION_ALIGN);
    const gaps = this.gaps;
    for (let i = 0; i < gaps.length; i++) {
      const g = gaps[i]!;
      if (g.len < len) continue;
      const ptr = g.ptr;
      if (g.len === len) gaps.splice(i, 1);
      else {
        g.ptr += len;
        g.len -= len;
      }
      return ptr;
    }
    const ptr = this.top;
    this.top += len;
    return ptr;
  }

  /** Gives back a region `alloc(bytes)` returned. */
  release(ptr: number, bytes: number): void {
    const len = align(Math.max(bytes, 1), REGION_ALIGN);
    const gaps = this.gaps;
    let i = 0;
    while (i < gaps.length && gaps[i]!.ptr < ptr) i++;
    const prev = i > 0 ? gaps[i - 1]! : undefined;
    const next = i < gaps.length ? gaps[i]! : undefined;
    if ((prev && prev.ptr + prev.len > ptr) || (next && ptr + len > next.ptr) || ptr + len > this.top) {
      throw new PhiscrubError("WASM_FAILURE", `region ${ptr}+${len} released twice or never reserved`);
    }
    let start = ptr;
    let size = len;
    if (prev && prev.ptr + prev.len === ptr) {
      start = prev.ptr;
      size += prev.len;
      gaps.splice(--i, 1);
    }
    const after = gaps[i];
    if (after && start + size === after.ptr) {
      size += after.len;
      gaps.splice(i, 1);
    }
    if (start + size === this.top) this.top = start;
    else gaps.splice(i, 0, { ptr: start, len: size });
  }
}

/**
 * One core instance and its linear memory, shared by every redactor of this thread on the same engine
 * ({@link sharedInstance}). Why share: a fresh instance costs a fresh memory, and filling 3 MB of fresh pages (the
 * built-in automaton and word table) took 13-16 ms of page faults on our 2-core VM, against ~1 ms into pages already
 * touched; under a large heap, each new memory also pushed V8 into a full GC. Redactors built with the same tables
 * (same options) share those regions outright.
 *
 * Layout: `heapBase()`, then the regions ({@link RegionList}: tables, word tables, one findings region per redactor),
 * then the input region, then scratch (the UTF-16 conversion's table). Input and scratch only hold data during one
 * call, so they move up when a new region needs the room. A scan is synchronous and its findings are read before the
 * call returns, so redactors never see each other's data; each has its own findings region, so the rows one
 * redactor hands out in place stay its own.
 */
export class CoreInstance {
  readonly engine: EngineKind;
  readonly ex: CoreExports;
  private readonly regions: RegionList;
  /** Regions holding bytes several redactors share (by identity of the Uint8Array), with their reference counts. */
  private readonly shared = new Map<Uint8Array, { ptr: number; refs: number }>();
  /** The word table the core has installed (its address; 0 none; -1 unknown, install before the next scan). */
  private installed = -1;
  // (written only here: the input region moves when regions are added, the views when memory grows; read through
  // the getters below)
  private _inPtr: number;
  private _inCap: number;
  readonly encoder = new TextEncoder();
  /** Views of linear memory, rebuilt only when it grows or the input region moves. */
  private viewOf: ArrayBuffer | undefined;
  private _mem32 = new Uint32Array(0);
  private _inView = new Uint8Array(0);

  /** Address of the input region (after every region). */
  get inPtr(): number {
    return this._inPtr;
  }
  /** Bytes the input region holds. */
  get inCap(): number {
    return this._inCap;
  }
  /** All of linear memory as 32-bit words (rebuilt when memory grows). */
  get mem32(): Uint32Array {
    return this._mem32;
  }
  /** The input region as bytes (rebuilt when memory grows or the region moves). */
  get inView(): Uint8Array {
    return this._inView;
  }

  constructor(ex: CoreExports, engine: EngineKind) {
    this.ex = ex;
    this.engine = engine;
    this.regions = new RegionList(ex.heapBase());
    this._inPtr = this.regions.end;
    this._inCap = 64 * 1024;
    this.ensureMemory(this.inPtr + this.inCap);
  }

  /** Bytes of linear memory this instance holds (shared by every redactor on it). */
  get memoryBytes(): number {
    return this.ex.memory.buffer.byteLength;
  }

  /** Scratch after the input region. */
  get scratchPtr(): number {
    return this.inPtr + this.inCap;
  }

  ensureMemory(bytes: number): void {
    const have = this.ex.memory.buffer.byteLength;
    if (bytes <= have) return;
    const pages = Math.ceil((bytes - have) / PAGE);
    let ok = -1;
    try {
      ok = this.ex.memory.grow(pages);
    } catch {
      ok = -1;
    }
    if (ok < 0) {
      throw new PhiscrubError(
        "INPUT_TOO_LARGE",
        `the ${this.engine} core could not grow its memory to ${bytes} bytes`,
        { bytes },
      );
    }
  }

  /** Reserves a region; moves the input region above it when it reaches that far. */
  private alloc(bytes: number): number {
    const ptr = this.regions.alloc(bytes);
    const end = this.regions.end;
    if (end > this.inPtr) {
      // validate the growth before moving anything, so a refusal leaves the layout as it was
      try {
        this.ensureMemory(align(end, REGION_ALIGN) + this.inCap);
      } catch (err) {
        this.regions.release(ptr, bytes);
        throw err;
      }
      this._inPtr = align(end, REGION_ALIGN);
      this.viewOf = undefined;
    }
    return ptr;
  }

  /** A region holding `bytes`, shared with every other holder of the same array. */
  attachShared(bytes: Uint8Array): number {
    const had = this.shared.get(bytes);
    if (had) {
      had.refs++;
      return had.ptr;
    }
    const ptr = this.alloc(bytes.length);
    new Uint8Array(this.ex.memory.buffer, ptr, bytes.length).set(bytes);
    this.shared.set(bytes, { ptr, refs: 1 });
    return ptr;
  }

  detachShared(bytes: Uint8Array): void {
    const had = this.shared.get(bytes);
    if (!had || --had.refs > 0) return;
    this.shared.delete(bytes);
    if (this.installed === had.ptr) this.installed = -1;
    this.regions.release(had.ptr, bytes.length);
  }

  /** A findings region of one redactor. */
  attachOutput(): number {
    return this.alloc(OUT_BYTES);
  }

  detachOutput(ptr: number): void {
    this.regions.release(ptr, OUT_BYTES);
  }

  /** Installs the word table at `ptr` (0: none) unless it already is. */
  install(ptr: number): void {
    if (this.installed === ptr) return;
    const rc = this.ex.setWordTable(ptr);
    if (rc !== 0) {
      this.installed = -1;
      throw new PhiscrubError("INVALID_AUTOMATON", `setWordTable failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
    }
    this.installed = ptr;
  }

  /** Makes the input region hold at least `bytes`. */
  reserveInput(bytes: number): void {
    if (bytes <= this.inCap) return;
    const cap = align(Math.max(bytes, this.inCap * 2), PAGE);
    this.ensureMemory(this.inPtr + cap);
    this._inCap = cap;
    this.viewOf = undefined;
  }

  /** Refreshes the memory views after a grow (a grown memory detaches the old buffer) or a move of the input. */
  views(): void {
    const buf = this.ex.memory.buffer;
    if (buf === this.viewOf) return;
    this.viewOf = buf;
    this._mem32 = new Uint32Array(buf);
    this._inView = new Uint8Array(buf, this.inPtr, this.inCap);
  }
}

/** Gives a collected redactor's regions back to its instance. */
const collected = new FinalizationRegistry<() => void>((release) => release());

export class Core {
  readonly engine: EngineKind;
  private readonly inst: CoreInstance;
  private readonly ex: CoreExports;
  private readonly autPtr: number;
  /** The word table's address (0: none). */
  private readonly wordsPtr: number;
  /** This redactor's findings region. */
  private readonly outPtr: number;
  /** Rows copied out of the findings region, for scans whose rows come in several batches. */
  private res: RawFindings;
  /**
   * The findings region itself (columns are views of linear memory): a scan whose rows all come in its last batch
   * returns this, with no copy and its offsets converted in place. That is a scan without the name pass and with
   * fewer than ~4,000 findings; with the name pass the automaton pass yields its rows first, so rows are copied unless
   * it found none.
   */
  private direct: RawFindings;
  /** The buffer the columns of `direct` view. */
  private viewOf: ArrayBuffer | undefined;

  /**
   * Places `tables` and `words` in the shared instance `inst` (regions already holding the same arrays are shared)
   * and reserves this redactor's findings region; all three are given back when the Core is collected.
   */
  constructor(inst: CoreInstance, tables: Uint8Array, words?: Uint8Array) {
    this.inst = inst;
    this.ex = inst.ex;
    this.engine = inst.engine;
    const held: Uint8Array[] = [];
    let outPtr = -1;
    try {
      this.autPtr = inst.attachShared(tables);
      held.push(tables);
      if (words && words.length > 0) {
        this.wordsPtr = inst.attachShared(words);
        held.push(words);
        // install now: a table the core refuses fails the build, not the first scan
        inst.install(this.wordsPtr);
      } else this.wordsPtr = 0;
      outPtr = inst.attachOutput();
    } catch (err) {
      for (const b of held) inst.detachShared(b);
      throw err;
    }
    this.outPtr = outPtr;
    collected.register(this, () => {
      for (const b of held) inst.detachShared(b);
      inst.detachOutput(outPtr);
    });
    const cap = 1024;
    this.res = {
      count: 0,
      start: new Uint32Array(cap),
      end: new Uint32Array(cap),
      type: new Uint32Array(cap),
      info: new Uint32Array(cap),
      score: new Uint32Array(cap),
      byteLength: 0,
    };
    const none = new Uint32Array(0);
    this.direct = { count: 0, start: none, end: none, type: none, info: none, score: none, byteLength: 0 };
  }

  /** Bytes of linear memory held by the instance this redactor shares. */
  get memoryBytes(): number {
    return this.inst.memoryBytes;
  }

  /** Re-points the columns of `direct` after the memory grew. */
  private views(): void {
    this.inst.views();
    const buf = this.ex.memory.buffer;
    if (buf === this.viewOf) return;
    this.viewOf = buf;
    const d = this.direct;
    const col = (k: number): Uint32Array => new Uint32Array(buf, this.outPtr + k * OUT_CAP * 4, OUT_CAP);
    d.start = col(0);
    d.end = col(1);
    d.type = col(2);
    d.info = col(3);
    d.score = col(4);
  }

  /** Encodes `text` into the input region and scans it. `scanners` is a mask of SCAN_* bits. */
  scan(text: string, scanners: number): RawFindings {
    // UTF-8 never needs more than 3 bytes per UTF-16 code unit
    const inst = this.inst;
    inst.reserveInput(text.length * 3);
    this.views();
    // escapes first (a backslash or an ampersand in the text: two character searches on every text), then, in text
    // with a non-ASCII character, invisible characters and the characters asciiForms() replaces: ASCII text with
    // neither mark pays no regular expression
    let t = text;
    let fold: ReturnType<typeof foldText> = null;
    if (t.indexOf("&") >= 0 || t.indexOf("\\") >= 0) {
      fold = foldText(t);
      if (fold !== null) t = fold.text;
    }
    let { written } = inst.encoder.encodeInto(t, inst.inView);
    // (notPlain() found one of the two kinds, so the text changes and is encoded again; foldText() above already
    // removed the invisible characters of a text that had escapes)
    if (written !== t.length && notPlain(t)) {
      if (fold === null && INVISIBLE.test(t)) {
        fold = foldText(t)!; // (never null here: every invisible character is removed)
        t = fold.text;
      }
      t = asciiForms(t);
      ({ written } = inst.encoder.encodeInto(t, inst.inView));
    }
    const res = this.run(written, scanners);
    // as many bytes as code units: ASCII, where byte offsets already are UTF-16 indices (of the encoded text, and so of
    // `text` when nothing was folded: asciiForms() keeps every code unit's index)
    if (written !== t.length && res.count > 0) this.toUtf16(res);
    if (fold !== null) backToCaller(res, fold.from, fold.to, text.length);
    return res;
  }

  /**
   * Converts the offsets of `res` (byte offsets into the input region) to UTF-16 indices in the core: starts round
   * down, ends round up. Scratch after the input region: starts, ends, then the checkpoint table.
   */
  private toUtf16(res: RawFindings): void {
    const n = res.count;
    const inPlace = res === this.direct;
    // rows still in the findings region are converted where they are; copied rows go through scratch
    const inst = this.inst;
    const scratch = inst.scratchPtr;
    const starts = inPlace ? this.outPtr : scratch;
    const ends = inPlace ? this.outPtr + OUT_CAP * 4 : scratch + n * 4;
    const table = inPlace ? scratch : ends + n * 4;
    inst.ensureMemory(table + 4 * ((res.byteLength >>> UTF16_BLOCK_SHIFT) + 1));
    this.views(); // after a grow, this also re-points the columns of `direct`
    const mem = inst.mem32;
    const s = starts >>> 2;
    const e = ends >>> 2;
    const { start, end } = res;
    if (!inPlace) {
      for (let i = 0; i < n; i++) {
        mem[s + i] = start[i]!;
        mem[e + i] = end[i]!;
      }
    }
    const rc = this.ex.utf16Offsets(inst.inPtr, res.byteLength, starts, ends, n, table);
    if (rc !== 0) {
      throw new PhiscrubError("WASM_FAILURE", `utf16Offsets failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
    }
    if (!inPlace) {
      for (let i = 0; i < n; i++) {
        start[i] = mem[s + i]!;
        end[i] = mem[e + i]!;
      }
    }
  }

  /** Scans UTF-8 bytes that are already valid (callers validate). */
  scanBytes(bytes: Uint8Array, scanners: number): RawFindings {
    this.inst.reserveInput(bytes.length);
    new Uint8Array(this.ex.memory.buffer, this.inst.inPtr, bytes.length).set(bytes);
    return this.run(bytes.length, scanners);
  }

  private run(len: number, scanners: number): RawFindings {
    const ex = this.ex;
    // another redactor on this instance may have installed its own word table
    if (this.wordsPtr !== 0) this.inst.install(this.wordsPtr);
    const rc = ex.scanBegin(this.autPtr, this.inst.inPtr, len, this.outPtr, OUT_CAP, scanners);
    if (rc !== 0) {
      throw new PhiscrubError("WASM_FAILURE", `scanBegin failed: ${BEGIN_ERRORS[rc] ?? `code ${rc}`}`, { code: rc });
    }
    const res = this.res;
    res.count = 0;
    res.byteLength = len;
    let guard = 0;
    for (;;) {
      let n: number;
      try {
        n = ex.scanNext();
      } catch (err) {
        throw new PhiscrubError("WASM_FAILURE", `the ${this.engine} core trapped during a scan (${String(err)})`, {
          cause: err,
        });
      }
      if (res.count === 0 && ex.scanDone()) {
        // every row came in this last batch: hand out the findings region itself
        this.views();
        const d = this.direct;
        d.count = n;
        d.byteLength = len;
        return d;
      }
      if (n > 0) this.collect(n);
      if (ex.scanDone()) break;
      if (n === 0 && ++guard > 2) {
        throw new PhiscrubError("WASM_FAILURE", "the core made no progress (scanNext returned 0 before finishing)");
      }
    }
    return res;
  }

  private collect(n: number): void {
    const res = this.res;
    if (res.count + n > res.start.length) {
      const cap = Math.max(res.start.length * 2, res.count + n);
      for (const k of ["start", "end", "type", "info", "score"] as const) {
        const a = new Uint32Array(cap);
        a.set(res[k].subarray(0, res.count));
        res[k] = a;
      }
    }
    // the memory may have grown since the last view
    this.views();
    const mem = this.inst.mem32;
    const col = this.outPtr >>> 2;
    const c = res.count;
    const { start, end, type, info, score } = res;
    // plain loops: a batch is usually a handful of rows, where ten subarray views cost more than the copy
    for (let i = 0; i < n; i++) {
      start[c + i] = mem[col + i]!;
      end[c + i] = mem[col + OUT_CAP + i]!;
      type[c + i] = mem[col + OUT_CAP * 2 + i]!;
      info[c + i] = mem[col + OUT_CAP * 3 + i]!;
      score[c + i] = mem[col + OUT_CAP * 4 + i]!;
    }
    res.count = c + n;
  }
}
