// Why this file exists: the extension's site handling, table-driven: what users type becomes a normalised site, bad
// input is refused with a message, and the registered match pattern is one Chrome accepts (no port).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { EXTENSION_DIR } from "./harness.js";

type SettingsModule = {
  normalizeSite(input: string): string;
  matchPattern(site: string): string;
  parseDeny(lines: string[], types: readonly string[]): { type: string; terms: string[] }[];
};
// a plain JS module of the extension (no type declarations), loaded by URL
const settings = (await import(pathToFileURL(join(EXTENSION_DIR, "settings.js")).href)) as SettingsModule;

describe("extension settings", () => {
  it.each([
    ["chat.example.com", "chat.example.com", "*://chat.example.com/*"],
    ["https://Chat.Example.com/c/123?x=1", "chat.example.com", "*://chat.example.com/*"],
    ["  127.0.0.1:8080 ", "127.0.0.1:8080", "*://127.0.0.1/*"],
    ["http://localhost:3000/", "localhost:3000", "*://localhost/*"],
    ["*.example.org", "*.example.org", "*://*.example.org/*"],
  ])("normalizeSite(%j) = %j, pattern %j", (input, site, pattern) => {
    expect(settings.normalizeSite(input)).toBe(site);
    expect(settings.matchPattern(site)).toBe(pattern);
  });

  it.each([
    ["", "cannot be empty"],
    ["exa mple.com", "not a host name"],
    ["example.com:99999", "invalid port"],
    ["example.com:", "invalid port"],
    [".example.com", "not a host name"],
  ])("normalizeSite(%j) throws (%s)", (input, message) => {
    expect(() => settings.normalizeSite(input)).toThrow(message);
  });

  it("parseDeny: NAME by default, TYPE: term when the prefix is an entity type", () => {
    const types = ["NAME", "MRN", "EMAIL"];
    expect(settings.parseDeny(["Jane Doe", " MRN: A-77 ", "note: not a type", "", "mrn:B-1"], types)).toEqual([
      { type: "NAME", terms: ["Jane Doe", "note: not a type"] },
      { type: "MRN", terms: ["A-77", "B-1"] },
    ]);
  });
});
