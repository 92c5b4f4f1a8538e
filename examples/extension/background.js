// Why this file exists: the extension's service worker: keeps the content-script registration in step with the stored
// sites (at install and browser start) and opens the options page from the toolbar button. It makes no network calls.
import { loadSettings, syncRegistration } from "./settings.js";

async function resync() {
  const settings = await loadSettings();
  await syncRegistration(settings.sites);
}

chrome.runtime.onInstalled.addListener(() => void resync());
chrome.runtime.onStartup.addListener(() => void resync());
chrome.action.onClicked.addListener(() => void chrome.runtime.openOptionsPage());
