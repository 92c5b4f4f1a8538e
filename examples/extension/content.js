// Why this file exists: the content script on enabled sites: intercepts the submission of a prompt (Enter in a
// textarea or contenteditable, a send/submit button, a form submit), swaps PHI for reversible placeholders with
// phiscrub (lib/phiscrub.global.js, loaded just before this file), asks the user (send redacted / send original /
// cancel), and puts the originals back into replies shown on the page. No network calls; everything stays in the tab.
(() => {
  "use strict";
  if (globalThis.__phiscrubGuard) return; // registered scripts can be injected twice after an options change
  globalThis.__phiscrubGuard = true;

  const P = globalThis.phiscrub;
  const SETTINGS_KEY = "phiscrubSettings";
  const DEFAULTS = { sites: [], operators: {}, ask: true, restoreReplies: true, deny: [], allow: [] };
  const IRREVERSIBLE = {
    tag: { kind: "tag" },
    mask: { kind: "mask" },
    remove: { kind: "remove" },
  };

  let settings = DEFAULTS;
  let redactor = null; // built from the settings; null until ready
  let startError = null; // why the redactor could not be built (submissions are then held, never sent silently)
  let ready = null; // promise of the current build
  let map = null; // the conversation's placeholder mapping (phiscrub TokenMap): grows with every protected prompt
  let bypass = 0; // > 0 while we replay a submission the user confirmed
  let dialogOpen = false;
  let lastEditor = null;
  const restoredValue = new WeakMap(); // text node -> the data we wrote (so our own write is not processed again)

  // ---- settings and redactor ------------------------------------------------------------------------------------

  function siteEnabled(sites) {
    const host = location.hostname.toLowerCase();
    const port = location.port;
    return sites.some((site) => {
      const colon = site.lastIndexOf(":");
      const h = colon >= 0 ? site.slice(0, colon) : site;
      const p = colon >= 0 ? site.slice(colon + 1) : "";
      if (p !== "" && p !== port) return false;
      if (h.startsWith("*.")) return host === h.slice(2) || host.endsWith(h.slice(1));
      return host === h;
    });
  }

  // same as parseDeny in settings.js (a content script cannot import modules)
  function parseDeny(lines) {
    const byType = new Map();
    for (const raw of lines) {
      const line = String(raw).trim();
      if (!line) continue;
      let type = "NAME";
      let term = line;
      const colon = line.indexOf(":");
      if (colon > 0 && P.ENTITY_TYPES.includes(line.slice(0, colon).trim().toUpperCase())) {
        type = line.slice(0, colon).trim().toUpperCase();
        term = line.slice(colon + 1).trim();
      }
      if (!term) continue;
      if (!byType.has(type)) byType.set(type, []);
      byType.get(type).push(term);
    }
    return [...byType].map(([type, terms]) => ({ type, terms }));
  }

  async function build() {
    const got = await chrome.storage.local.get(SETTINGS_KEY);
    settings = { ...DEFAULTS, ...(got[SETTINGS_KEY] ?? {}) };
    if (!siteEnabled(settings.sites)) {
      redactor = null;
      document.documentElement.removeAttribute("data-phiscrub-engine");
      return;
    }
    try {
      const entities = P.ENTITY_TYPES.filter((t) => (settings.operators[t] ?? "placeholder") !== "keep");
      const options = { entities, deny: parseDeny(settings.deny), allow: settings.allow };
      // engine "auto": WASM when the page's CSP allows it, else the same core compiled to JavaScript. That JS core is
      // its own file (lib/phiscrub.jscore.js, ~0.8 MB), injected by the service worker only on pages that refuse WASM.
      try {
        redactor = await P.createRedactor(options);
      } catch (err) {
        if (err?.code !== "JS_CORE_UNAVAILABLE") throw err;
        const res = await chrome.runtime.sendMessage({ type: "phiscrub:load-js-core" });
        if (!res?.ok) throw new Error(`phiscrub: could not load the JS core: ${res?.error ?? "no answer"}`);
        redactor = await P.createRedactor(options);
      }
      startError = null;
      // lets the user (and the tests) see that the guard is active on this page, and which engine runs
      document.documentElement.setAttribute("data-phiscrub-engine", redactor.engine);
    } catch (err) {
      redactor = null;
      startError = err;
      document.documentElement.setAttribute("data-phiscrub-engine", "error");
    }
  }

  function enabledHere() {
    return siteEnabled(settings.sites);
  }

  /** Redacts a prompt: irreversible operators first (if any type uses one), then reversible placeholders. */
  function redactPrompt(text) {
    const irreversible = {};
    let any = false;
    for (const t of P.ENTITY_TYPES) {
      const op = IRREVERSIBLE[settings.operators[t]];
      if (op) {
        irreversible[t] = op;
        any = true;
      }
    }
    const shown = [];
    let stage = text;
    if (any) {
      const first = redactor.redact(text, { operators: irreversible, defaultOperator: { kind: "keep" } });
      for (const f of first.findings) if (f.replacement !== f.text) shown.push(f);
      stage = first.text;
    }
    const protectedPrompt = redactor.protect(stage, map ? { map } : undefined);
    map = protectedPrompt.map;
    for (const f of protectedPrompt.findings) shown.push(f);
    return { text: protectedPrompt.text, findings: shown };
  }

  // ---- editors ----------------------------------------------------------------------------------------------------

  function editorOf(node) {
    if (!(node instanceof Element)) node = node?.parentElement ?? null;
    if (!node) return null;
    if (node instanceof HTMLTextAreaElement) return node;
    const ce = node.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
    return ce && !isOurs(ce) ? ce : null;
  }

  function readEditor(ed) {
    return ed instanceof HTMLTextAreaElement ? ed.value : ed.innerText;
  }

  const nativeTextareaValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;

  /** Puts `text` in the editor the way typing would (frameworks see input events). */
  function writeEditor(ed, text) {
    if (ed instanceof HTMLTextAreaElement) {
      nativeTextareaValue.call(ed, text);
      ed.dispatchEvent(new Event("input", { bubbles: true }));
      return;
    }
    ed.focus();
    const sel = getSelection();
    const range = document.createRange();
    range.selectNodeContents(ed);
    sel.removeAllRanges();
    sel.addRange(range);
    if (!document.execCommand("insertText", false, text)) {
      ed.textContent = text;
      ed.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
    }
  }

  function sameText(a, b) {
    return a.replaceAll("\r\n", "\n").trimEnd() === b.replaceAll("\r\n", "\n").trimEnd();
  }

  function formEditor(form) {
    if (!form) return null;
    const ta = form.querySelector("textarea");
    if (ta) return ta;
    return editorOf(form.querySelector('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]'));
  }

  function looksLikeSend(button) {
    if (button.type === "submit" && button.form) return true;
    const words = [button.getAttribute("aria-label"), button.getAttribute("title"), button.getAttribute("data-testid"),
      button.textContent.length < 40 ? button.textContent : ""].join(" ").toLowerCase();
    return words.includes("send") || words.includes("submit");
  }

  // ---- interception -----------------------------------------------------------------------------------------------

  function intercept(event, editor, replay) {
    if (bypass > 0 || !enabledHere()) return;
    if (dialogOpen) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!editor) return;
    const text = readEditor(editor);
    if (text.trim() === "") return;
    let result = null;
    let error = null;
    if (redactor) {
      try {
        result = redactPrompt(text);
      } catch (err) {
        error = err;
      }
      if (result && result.findings.length === 0) return; // nothing to hide: the page sends it untouched
    }
    // from here on the page does not see this submission unless we replay it
    event.preventDefault();
    event.stopImmediatePropagation();
    if (result) void proceed(editor, text, result, replay);
    else if (error) void decide(editor, text, null, replay, error);
    else void whenReady(editor, text, replay);
  }

  /** A submission that arrived before the redactor was built: held, then checked (never sent unchecked). */
  async function whenReady(editor, text, replay) {
    await ready;
    if (!redactor) {
      await decide(editor, text, null, replay, startError ?? new Error("phiscrub is not active on this page"));
      return;
    }
    let result;
    try {
      result = redactPrompt(text);
    } catch (err) {
      await decide(editor, text, null, replay, err);
      return;
    }
    if (result.findings.length === 0) await send(editor, text, replay);
    else await proceed(editor, text, result, replay);
  }

  function proceed(editor, text, result, replay) {
    return settings.ask ? decide(editor, text, result, replay, null) : send(editor, result.text, replay);
  }

  /** Puts `text` in the editor, waits a frame for the page's framework to catch up, checks it, then replays. */
  async function send(editor, text, replay) {
    if (!sameText(readEditor(editor), text)) writeEditor(editor, text);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    if (!sameText(readEditor(editor), text)) {
      // the editor did not take the redacted text: do not send anything (fail closed)
      await showDialog({ error: "This editor did not accept the redacted text, so nothing was sent." });
      return;
    }
    bypass++;
    try {
      replay();
    } finally {
      bypass--;
    }
  }

  async function decide(editor, original, result, replay, error) {
    const choice = await showDialog({ original, result, error });
    if (choice === "redacted" && result) await send(editor, result.text, replay);
    else if (choice === "original") await send(editor, original, replay);
    else editor.focus();
  }

  addEventListener("focusin", (e) => {
    const ed = editorOf(e.target);
    if (ed) lastEditor = ed;
  }, true);

  addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    const editor = editorOf(e.target);
    if (!editor || isOurs(editor)) return;
    const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
      ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey };
    intercept(e, editor, () => {
      editor.focus();
      for (const type of ["keydown", "keypress", "keyup"]) editor.dispatchEvent(new KeyboardEvent(type, init));
    });
  }, true);

  addEventListener("click", (e) => {
    if (!e.isTrusted) return; // the page's own synthetic clicks are its business
    const button = e.target instanceof Element ? e.target.closest('button, [role="button"], input[type="submit"]') : null;
    if (!button || isOurs(button) || !looksLikeSend(button)) return;
    const editor = formEditor(button.form ?? button.closest("form")) ?? lastEditor;
    if (!editor || !editor.isConnected) return;
    intercept(e, editor, () => button.click());
  }, true);

  addEventListener("submit", (e) => {
    const form = e.target;
    const editor = formEditor(form);
    const submitter = e.submitter ?? null;
    intercept(e, editor, () => form.requestSubmit(submitter));
  }, true);

  // ---- the confirm dialog -----------------------------------------------------------------------------------------

  let host = null;
  function isOurs(node) {
    return host !== null && (node === host || host.contains(node));
  }

  const CSS = `
    :host { all: initial; }
    .backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 2147483647;
      display: flex; align-items: center; justify-content: center; font: 14px/1.4 system-ui, sans-serif; }
    .box { background: #fff; color: #111; max-width: 640px; width: calc(100% - 32px); max-height: 80vh; overflow: auto;
      border-radius: 10px; padding: 16px 18px; box-shadow: 0 8px 30px rgba(0,0,0,.3); }
    h2 { font-size: 16px; margin: 0 0 8px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0; }
    td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee; vertical-align: top; word-break: break-word; }
    th { font-weight: 600; color: #555; }
    pre { white-space: pre-wrap; word-break: break-word; background: #f5f5f5; padding: 8px; border-radius: 6px;
      max-height: 30vh; overflow: auto; }
    .err { color: #a00; }
    .row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; flex-wrap: wrap; }
    button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #888; background: #fff; cursor: pointer; }
    button.primary { background: #1a5fb4; color: #fff; border-color: #1a5fb4; }
  `;

  function el(tag, attrs, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs ?? {})) n.setAttribute(k, v);
    for (const c of children) n.append(c);
    return n;
  }

  /** Shows the dialog; resolves to "redacted", "original" or "cancel". Only trusted (user) input decides. */
  function showDialog({ original, result, error }) {
    dialogOpen = true;
    host = document.createElement("phiscrub-confirm");
    const root = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS); // a constructed sheet: not blocked by a page CSP without 'unsafe-inline' styles
    root.adoptedStyleSheets = [sheet];

    const box = el("div", { class: "box", role: "dialog", "aria-modal": "true", "aria-labelledby": "t" });
    const buttons = el("div", { class: "row" });
    if (error) {
      box.append(el("h2", { id: "t" }, "phiscrub could not check this prompt"),
        el("p", { class: "err" }, String(error.message ?? error)));
    } else if (result) {
      box.append(el("h2", { id: "t" }, `phiscrub found ${result.findings.length} identifier(s) in this prompt`));
      const table = el("table", {}, el("tr", {}, el("th", {}, "type"), el("th", {}, "found"), el("th", {}, "sent as")));
      for (const f of result.findings) {
        table.append(el("tr", { "data-type": f.type }, el("td", {}, f.type), el("td", {}, f.text),
          el("td", {}, f.replacement === "" ? "(removed)" : f.replacement)));
      }
      box.append(table, el("div", {}, "What will be sent:"), el("pre", { "data-role": "preview" }, result.text));
    }
    const make = (label, choice, cls) => {
      const b = el("button", { type: "button", "data-choice": choice, class: cls ?? "" }, label);
      buttons.append(b);
      return b;
    };
    const first = result ? make("Send redacted", "redacted", "primary") : null;
    if (original !== undefined) make("Send original", "original");
    const cancel = make(error && original === undefined ? "Close" : "Cancel", "cancel", result ? "" : "primary");
    box.append(buttons);
    const backdrop = el("div", { class: "backdrop" }, box);
    root.append(backdrop);
    document.documentElement.append(host);
    (first ?? cancel).focus();

    return new Promise((resolve) => {
      const done = (choice) => {
        host.remove();
        host = null;
        dialogOpen = false;
        resolve(choice);
      };
      buttons.addEventListener("click", (e) => {
        if (!e.isTrusted) return; // a page script cannot press "Send original" for the user
        const b = e.target instanceof Element ? e.target.closest("button") : null;
        if (b) done(b.getAttribute("data-choice"));
      });
      root.addEventListener("keydown", (e) => {
        e.stopPropagation();
        if (e.key === "Escape" && e.isTrusted) done("cancel");
      });
    });
  }

  // ---- restoring placeholders in replies --------------------------------------------------------------------------

  const OPENERS = "[<{(";
  const CLOSERS = "]>})";
  const isWordCode = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

  /**
   * Where a placeholder may still be growing at the end of streamed text ("... [EMAIL_" or "... NAME_1" before "2]"
   * arrives): the last opening bracket without its closer (within a placeholder's length), or the last run of word
   * characters. Text before it is safe to restore now; the tail waits for more text or for the node to settle.
   */
  function pendingTail(s) {
    let cut = s.length;
    while (cut > 0 && isWordCode(s.charCodeAt(cut - 1))) cut--;
    for (let j = s.length - 1; j >= 0 && s.length - j <= 32; j--) {
      if (CLOSERS.includes(s[j])) break;
      if (OPENERS.includes(s[j])) {
        cut = Math.min(cut, j);
        break;
      }
    }
    return cut;
  }

  const settling = new Set(); // nodes with a held-back tail, restored whole once the page stops changing them
  let settleTimer = 0;

  function restoreNode(node, whole = false) {
    if (restoredValue.get(node) === node.data) return;
    const parent = node.parentElement;
    if (!parent || isOurs(parent) || editorOf(parent) || parent.closest("script, style, textarea, noscript")) return;
    const data = node.data;
    const cut = whole ? data.length : pendingTail(data);
    const restored = map.restore(data.slice(0, cut)) + data.slice(cut);
    if (cut < data.length) {
      settling.add(node);
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settle, 400);
    }
    if (restored !== data) {
      restoredValue.set(node, restored);
      node.data = restored;
    }
  }

  function settle() {
    const nodes = [...settling];
    settling.clear();
    for (const n of nodes) if (n.isConnected) restoreNode(n, true);
  }

  function restoreTree(root) {
    if (root.nodeType === Node.TEXT_NODE) return restoreNode(root);
    if (root.nodeType !== Node.ELEMENT_NODE || isOurs(root)) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) restoreNode(n);
  }

  const observer = new MutationObserver((records) => {
    if (!map || map.size === 0 || !settings.restoreReplies || !enabledHere()) return;
    for (const r of records) {
      if (r.type === "characterData") restoreNode(r.target);
      else for (const n of r.addedNodes) restoreTree(n);
    }
  });

  function observe() {
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }
  if (document.documentElement) observe();
  else addEventListener("DOMContentLoaded", observe, { once: true });

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes[SETTINGS_KEY]) ready = build();
  });
  ready = build();
})();
