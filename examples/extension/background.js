// Why this file exists: the extension's service worker: keeps the content-script registration in step with the stored
// sites (at install and browser start), opens the options page from the toolbar button, and injects the library's JS
// core (lib/phiscrub.jscore.js) into a tab whose page CSP refuses WebAssembly. It makes no network calls.
import { loadSettings, syncRegistration } from "./settings.js";

async function resync() {
  const settings = await loadSettings();
  await syncRegistration(settings.sites);
}

chrome.runtime.onInstalled.addListener(() => void resync());
chrome.runtime.onStartup.addListener(() => void resync());
chrome.action.onClicked.addListener(() => void chrome.runtime.openOptionsPage());

// A content script on a page that refuses WebAssembly asks for the JS core: injected into the same isolated world as the
// content scripts (where it registers itself on globalThis), in the asking frame only, from the extension's own files.
chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (msg?.type !== "phiscrub:load-js-core" || sender.tab?.id === undefined) return false;
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ["lib/phiscrub.jscore.js"] })
    .then(
      () => sendResponse({ ok: true }),
      (err) => sendResponse({ ok: false, error: String(err?.message ?? err) }),
    );
  return true; // answers asynchronously
});
