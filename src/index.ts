// Why this file exists: the public barrel of the "." entry (Node and browsers; no Node built-ins anywhere below it).

export { createRedactor, createRedactorSync, DEFAULT_THRESHOLD, DEFAULT_MAX_INPUT_LENGTH } from "./builder.js";
export { PhiscrubError } from "./errors.js";
export type { ErrorCode } from "./errors.js";
export { ENTITY_TYPES } from "./types.js";
export type {
  EntityType, Finding, FindingSource, TermList, EngineKind, EngineChoice, Geography, RedactorOptions, Operator, RedactOptions,
  RedactedFinding, RedactResult, RedactorInfo, Redactor, OperatorKind, SecretKey, ProtectOptions, ProtectResult,
  SessionOptions, RedactSession, ByteRedactSession,
} from "./types.js";
export { createByteSession, DEFAULT_MAX_BUFFER_SIZE } from "./session.js";
export { RedactTransformStream, RedactByteTransformStream } from "./stream.js";
export { MAX_CONTEXT } from "./builtins.js";
export { OperatorState, DEFAULT_MAX_SHIFT_DAYS, DEFAULT_HASH_LENGTH } from "./operators/index.js";
export { TokenMap, restore, exportMapping, importMapping } from "./operators/protect.js";
export type { EncryptionKey } from "./crypto/aesgcm.js";
export { TrieBuilder, patInfo } from "./automaton/trie.js";
export { expandAutomaton } from "./automaton/tables.js";
export { ABI_VERSION } from "./wasm/abi.js";
export { exportAutomaton } from "./portable.js";
export type { PortableAutomaton } from "./portable.js";
