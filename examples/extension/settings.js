// Why this file exists: the extension's settings (sites, operators, lists) and the content-script registration that
// follows them, shared by the options page and the service worker. The content script reads the same storage key.

/** chrome.storage.local key of the settings object. */
export const SETTINGS_KEY = "phiscrubSettings";
/** Id of the dynamically registered content script (only the enabled sites get it). */
export const SCRIPT_ID = "phiscrub-guard";

/** What each entity type becomes in a prompt: a reversible placeholder (default), or an irreversible operator. */
export const OPERATOR_CHOICES = ["placeholder", "tag", "mask", "remove", "keep"];

export const DEFAULT_SETTINGS = Object.freeze({
  sites: [],
  operators: {},
  ask: true,
  restoreReplies: true,
  deny: [],
  allow: [],
});

/** The stored settings merged over the defaults. */
export async function loadSettings() {
  const got = await chrome.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...(got[SETTINGS_KEY] ?? {}) };
}

export async function saveSettings(settings) {
  await chrome.storage.local.set({ [SETTINGS_KEY]: settings });
}

/**
 * Normalises what the user typed as a site ("https://Chat.Example.com/c/1", "example.org", "127.0.0.1:8080",
 * "*.example.org") to "host" or "host:port", lower case. Throws an Error that says what is wrong.
 */
export function normalizeSite(input) {
  let s = String(input).trim().toLowerCase();
  if (s === "") throw new Error("a site cannot be empty");
  const scheme = s.indexOf("://");
  if (scheme >= 0) s = s.slice(scheme + 3);
  const slash = s.indexOf("/");
  if (slash >= 0) s = s.slice(0, slash);
  const wildcard = s.startsWith("*.");
  const rest = wildcard ? s.slice(2) : s;
  const colon = rest.lastIndexOf(":");
  const host = colon >= 0 ? rest.slice(0, colon) : rest;
  const port = colon >= 0 ? rest.slice(colon + 1) : "";
  if (host === "" || !isHostName(host)) throw new Error(`"${input}" is not a host name such as chat.example.com`);
  if (colon >= 0 && !(isDigits(port) && Number(port) > 0 && Number(port) < 65536)) {
    throw new Error(`"${input}" has an invalid port`);
  }
  return (wildcard ? "*." : "") + host + (port ? `:${port}` : "");
}

function isDigits(s) {
  if (s.length === 0) return false;
  for (const c of s) if (c < "0" || c > "9") return false;
  return true;
}

function isHostName(s) {
  for (const c of s) {
    const ok = (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "-" || c === "." || c === "_";
    if (!ok) return false;
  }
  return !s.startsWith(".") && !s.endsWith(".");
}

/**
 * The Chrome match pattern of a normalised site: http and https, any path. Match patterns of registered content
 * scripts cannot carry a port (Chrome rejects them), so the pattern matches every port of the host and the content
 * script itself checks the port the user gave.
 */
export function matchPattern(site) {
  const colon = site.lastIndexOf(":");
  return `*://${colon >= 0 ? site.slice(0, colon) : site}/*`;
}

/** Deny-list lines ("Jane Doe", "MRN: A-1234") to phiscrub term lists; the type is NAME unless written "TYPE: term". */
export function parseDeny(lines, entityTypes) {
  const byType = new Map();
  for (const raw of lines) {
    const line = String(raw).trim();
    if (!line) continue;
    let type = "NAME";
    let term = line;
    const colon = line.indexOf(":");
    if (colon > 0 && entityTypes.includes(line.slice(0, colon).trim().toUpperCase())) {
      type = line.slice(0, colon).trim().toUpperCase();
      term = line.slice(colon + 1).trim();
    }
    if (!term) continue;
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type).push(term);
  }
  return [...byType].map(([type, terms]) => ({ type, terms }));
}

/** Registers the content script for exactly the enabled sites (or unregisters it when there are none). */
export async function syncRegistration(sites) {
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) return;
  await chrome.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: [...new Set(sites.map(matchPattern))],
      js: ["lib/phiscrub.global.js", "content.js"],
      runAt: "document_start",
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}
