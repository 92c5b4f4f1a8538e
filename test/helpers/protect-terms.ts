// Why this file exists: the deny terms protect()'s round-trip property draws from (test/operators.protect.test.ts) and
// the regression rows of its counterexamples (test/ids-61.test.ts) use, written once so both read the same redactor.
import type { EntityType, TermList } from "../../src/index.js";

/** Values per type the property glues into random text. */
export const PROTECT_TERMS: Partial<Record<EntityType, string[]>> = {
  NAME: ["John Smith", "Mary O'Brien", "Ana"],
  DATE: ["March 3rd, 2024", "03/14/24"],
  SSN: ["123-45-6789"],
  PHONE: ["(617) 555-1234"],
  LOCATION: ["Boston"],
  HEALTH_PLAN: ["1EG4-TE5-MK73"],
};

/** PROTECT_TERMS as the redactor's deny lists. */
export const PROTECT_DENY: TermList[] = Object.entries(PROTECT_TERMS).map(([type, terms]) => ({ type: type as EntityType, terms: terms! }));
