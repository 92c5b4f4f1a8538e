// Why this file exists: the list of peer adapters benchmarked in the same run as phiscrub (each module: name, pkg,
// api, create(), run() timed and returning a count, spans() for scoring).
import redactPii from "./redact-pii.mjs";
import redactpiiNode from "./redactpii-node.mjs";
import openredaction from "./openredaction.mjs";
import arcjet from "./arcjet-redact.mjs";
import modernAhocorasick from "./modern-ahocorasick.mjs";

/** PII redactors with their default detectors, compared with phiscrub's redact() on the clinical corpus. */
export const REDACTORS = [redactpiiNode, redactPii, arcjet, openredaction];
/** The dictionary peer, compared with phiscrub's automaton on the same 100k patterns. */
export const DICTIONARY = modernAhocorasick;
