// Why this file exists: the `phiscrub` command line: flags, their validation and the --help text, in one place.

import { PhiscrubError } from "../errors.js";
import { ENTITY_TYPES } from "../types.js";
import type { EngineChoice, EntityType, Operator, RedactOptions, TermList } from "../types.js";
import type { CliConfig, OnError } from "./engine.js";

export const VERSION = "0.1.0";
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Exit codes (documented in --help and the README). */
export const EXIT = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  DATA: 3,
  IO: 4,
} as const;

export const HELP = `phiscrub ${VERSION}: remove PHI (HIPAA Safe Harbor identifiers) from text and JSONL.

Usage: phiscrub [options] [FILE...]        (no FILE, or "-": standard input)

Input and output
  --format text|jsonl|spans   text: redact whole files (default without --field)
                              jsonl: redact selected fields of each line (default with --field)
                              spans: print findings as JSONL (file, line, field, start, end, type, score, reason;
                              offsets are UTF-16 indices into the field value, or into the file's text for text
                              input), never the identifiers themselves
  --field PATH                JSONL field to redact, repeatable: text, note.body, messages.*.content ("*": any key
                              or index); everything under it is redacted (default: text)
  --context-field PATH        JSONL field holding the line's context id (date shift / surrogate consistency)
  --out FILE                  write FILE (through a temporary file renamed on success) instead of standard output
Detection and replacement
  --entities T1,T2,...        entity types to detect (default: all): ${ENTITY_TYPES.join(",")}
  --deny TYPE=FILE            extra terms (one per line) reported as TYPE, repeatable
  --allow FILE                terms never reported (one per line)
  --threshold N               minimum score in [0, 1]
  --engine auto|wasm|js       core engine (default auto)
  --operator TYPE=OP          replacement for one type, repeatable; OP is a kind (tag, remove, keep, mask, hash,
                              surrogate, dateShift, generalize) or a JSON operator: 'DATE={"kind":"dateShift"}'
  --default-operator OP       replacement for every other type (default tag: "[TYPE]")
  --key-file FILE             secret key for keyed operators, read from FILE
  --key-env VAR               secret key read from environment variable VAR (default: PHISCRUB_KEY if set)
Robustness and scale
  --on-error fail|skip|redact-raw
                              a bad line (malformed JSON, missing field, invalid UTF-8, NUL byte, too long):
                              fail: stop, exit 3 (default); skip: drop the line, count and report it;
                              redact-raw: replace it by a redacted form (JSON lines keep valid JSON; see README)
  --max-line-bytes N          longest accepted line (default ${DEFAULT_MAX_LINE_BYTES})
  --workers N                 threads redacting JSONL: the main thread and N-1 workers (default: all cores);
                              output is identical for any N
  --report                    print counts per entity type and per error code to stderr (never PHI)
  --manifest FILE             write the same counts as JSON to FILE (lines, findings, errors; never PHI)
  --progress, --no-progress   progress bar on stderr (default: only when stderr is a terminal)
  --help, --version

Exit codes
  0  success (lines skipped or raw-redacted under --on-error are reported on stderr and in the manifest)
  1  internal error
  2  usage error (bad flag or value)
  3  bad input under --on-error fail (error names file, line and byte offset), or an empty input file
  4  I/O error: an input cannot be read, the output cannot be written, or the reader closed the output pipe
  130/143  interrupted by SIGINT/SIGTERM (the --out temporary file is removed)
`;

export interface ParsedArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly files: readonly string[];
  readonly out?: string;
  readonly manifest?: string;
  readonly report: boolean;
  readonly progress?: boolean;
  readonly workers?: number;
  readonly denyFiles: readonly { type: EntityType; file: string }[];
  readonly allowFile?: string;
  readonly keyFile?: string;
  readonly keyEnv?: string;
  /** Config without deny/allow terms and key (main reads those files). */
  readonly config: CliConfig;
}

function usage(message: string): never {
  throw new PhiscrubError("USAGE", message);
}

function entity(v: string, flag: string): EntityType {
  if (!(ENTITY_TYPES as readonly string[]).includes(v)) usage(`expected ${flag} to name one of ${ENTITY_TYPES.join(", ")}, got "${v}"`);
  return v as EntityType;
}

function int(v: string, flag: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`expected ${flag} to be an integer >= ${min}, got "${v}"`);
  return n;
}

/** KIND, or a JSON operator object such as {"kind":"mask","keep":4}. */
function operatorArg(v: string, flag: string): Operator {
  if (!v.startsWith("{")) return { kind: v } as Operator;
  try {
    return JSON.parse(v) as Operator;
  } catch {
    usage(`expected ${flag} to be KIND or a JSON object like {"kind":"mask"}, got invalid JSON`);
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let format: string | undefined;
  const fields: string[] = [];
  let contextField: string | undefined;
  let out: string | undefined;
  let manifest: string | undefined;
  let report = false;
  let progress: boolean | undefined;
  let workers: number | undefined;
  let entities: EntityType[] | undefined;
  const denyFiles: { type: EntityType; file: string }[] = [];
  let allowFile: string | undefined;
  let threshold: number | undefined;
  let engine: EngineChoice | undefined;
  const operators: Partial<Record<EntityType, Operator>> = {};
  let defaultOperator: Operator | undefined;
  let keyFile: string | undefined;
  let keyEnv: string | undefined;
  let onError: OnError = "fail";
  let maxLineBytes = DEFAULT_MAX_LINE_BYTES;
  let help = false;
  let version = false;

  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    if (a.startsWith("--") && a.includes("=")) {
      inline = a.slice(a.indexOf("=") + 1);
      a = a.slice(0, a.indexOf("="));
    }
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) usage(`expected a value after ${a}`);
      return v;
    };
    switch (a) {
      case "--help":
      case "-h":
        help = true;
        break;
      case "--version":
        version = true;
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "jsonl" && v !== "spans") usage(`expected --format text, jsonl or spans, got "${v}"`);
        format = v;
        break;
      }
      case "--field":
        fields.push(value());
        break;
      case "--context-field":
        contextField = value();
        break;
      case "--out":
      case "-o":
        out = value();
        break;
      case "--manifest":
        manifest = value();
        break;
      case "--report":
        report = true;
        break;
      case "--progress":
        progress = true;
        break;
      case "--no-progress":
        progress = false;
        break;
      case "--workers":
        workers = int(value(), "--workers", 1);
        break;
      case "--entities":
        entities = value().split(",").filter((s) => s.length > 0).map((t) => entity(t, "--entities"));
        break;
      case "--deny": {
        const v = value();
        const eq = v.indexOf("=");
        if (eq < 1) usage(`expected --deny TYPE=FILE, got "${v}"`);
        denyFiles.push({ type: entity(v.slice(0, eq), "--deny"), file: v.slice(eq + 1) });
        break;
      }
      case "--allow":
        allowFile = value();
        break;
      case "--threshold": {
        const v = value();
        const n = Number(v);
        if (!(n >= 0 && n <= 1) || v.trim() === "") usage(`expected --threshold in [0, 1], got "${v}"`);
        threshold = n;
        break;
      }
      case "--engine": {
        const v = value();
        if (v !== "auto" && v !== "wasm" && v !== "js") usage(`expected --engine auto, wasm or js, got "${v}"`);
        engine = v;
        break;
      }
      case "--operator": {
        const v = value();
        const eq = v.indexOf("=");
        if (eq < 1 || eq === v.length - 1) usage(`expected --operator TYPE=KIND, got "${v}"`);
        operators[entity(v.slice(0, eq), "--operator")] = operatorArg(v.slice(eq + 1), "--operator");
        break;
      }
      case "--default-operator":
        defaultOperator = operatorArg(value(), "--default-operator");
        break;
      case "--key":
        usage("a secret key on the command line leaks into shell history and process lists: use --key-file FILE or --key-env VAR");
        break;
      case "--key-file":
        keyFile = value();
        break;
      case "--key-env":
        keyEnv = value();
        break;
      case "--on-error": {
        const v = value();
        if (v !== "fail" && v !== "skip" && v !== "redact-raw") usage(`expected --on-error fail, skip or redact-raw, got "${v}"`);
        onError = v;
        break;
      }
      case "--max-line-bytes":
        maxLineBytes = int(value(), "--max-line-bytes", 1);
        break;
      default:
        if (a === "-" || !a.startsWith("-")) files.push(a);
        else usage(`unknown option "${a}" (see phiscrub --help)`);
    }
  }
  if (format === undefined) format = fields.length > 0 ? "jsonl" : "text";
  const input = format === "text" ? "text" : format === "jsonl" ? "jsonl" : fields.length > 0 ? "jsonl" : "text";
  if (format === "text" && (fields.length > 0 || contextField !== undefined)) {
    usage("--field and --context-field apply to JSONL: use --format jsonl (or spans)");
  }
  if (keyFile !== undefined && keyEnv !== undefined) usage("expected one of --key-file and --key-env, got both");
  const redact: RedactOptions = {
    ...(Object.keys(operators).length > 0 ? { operators } : {}),
    ...(defaultOperator !== undefined ? { defaultOperator } : {}),
  };
  const config: CliConfig = {
    input,
    output: format === "spans" ? "spans" : "redacted",
    fields: fields.length > 0 ? fields : ["text"],
    contextField,
    onError,
    redactor: {
      ...(entities !== undefined ? { entities } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(engine !== undefined ? { engine } : {}),
    },
    redact,
    maxLineBytes,
    maxBufferSize: Math.max(2 * maxLineBytes, 1 << 20),
  };
  return { help, version, files, out, manifest, report, progress, workers, denyFiles, allowFile, keyFile, keyEnv, config };
}

/** Reads a term file: one term per line, blank lines ignored. */
export function termsOf(text: string): string[] {
  return text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l)).filter((l) => l.trim().length > 0);
}

export function withTerms(cfg: CliConfig, deny: TermList[], allow: string[] | undefined, key: string | undefined): CliConfig {
  return {
    ...cfg,
    redactor: { ...cfg.redactor, ...(deny.length > 0 ? { deny } : {}), ...(allow !== undefined ? { allow } : {}) },
    ...(key !== undefined ? { key } : {}),
  };
}
