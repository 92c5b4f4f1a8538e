// Why this file exists: the MV3 extension (examples/extension) loaded unpacked in headless Chromium: configured through
// its options page, it intercepts a prompt typed into a chat page, the server receives the placeholders (exactly what
// r.protect() gives in Node), and the streamed reply is shown with the originals restored. Also cancel, send original,
// a contenteditable editor, a page CSP that refuses WASM, and a static check that the extension makes no network calls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { createRedactor, ENTITY_TYPES, type Redactor } from "../../src/index.js";
import { EXTENSION_DIR, NOTE, SKIP_BROWSER, launch, startServer, type TestServer } from "./harness.js";

const DENY_LINES = ["Jane Doe", "Ann Doe", "Grey"];
const ENGINE_ATTR = "data-phiscrub-engine";

/** Placeholders ("[EMAIL_1]") of a text, in order of appearance (test helper; plain scanning, no regex). */
function placeholders(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf("["); i >= 0; i = text.indexOf("[", i + 1)) {
    const end = text.indexOf("]", i);
    if (end < 0) break;
    const inner = text.slice(i + 1, end);
    const us = inner.lastIndexOf("_");
    if (us > 0 && (ENTITY_TYPES as readonly string[]).includes(inner.slice(0, us)) && inner.slice(us + 1) !== "" &&
        [...inner.slice(us + 1)].every((c) => c >= "0" && c <= "9")) {
      out.push(text.slice(i, end + 1));
    }
  }
  return out;
}

/** The "LLM": repeats, reorders and lower-cases the placeholders it was sent. */
function replyTo(prompt: string): string {
  const ph = [...new Set(placeholders(prompt))];
  if (ph.length === 0) return "Nothing to summarise.";
  const rev = [...ph].reverse();
  // ends with a bare placeholder: restored only once the streamed text node settles (a longer index could follow)
  return `Summary: ${rev.join(", ")}. Follow up with ${ph[0]!.toLowerCase()}, then ${ph[0]!.slice(1, -1)}`;
}

describe("extension files make no network calls", () => {
  it("no fetch/XHR/WebSocket/beacon/EventSource in the extension's own code, and connect-src 'none' on its pages", () => {
    const files = readdirSync(EXTENSION_DIR).filter((f) => f.endsWith(".js") || f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const src = readFileSync(join(EXTENSION_DIR, f), "utf8");
      for (const api of ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource", "importScripts"]) {
        expect(src.includes(api), `${f} uses ${api}`).toBe(false);
      }
    }
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
    expect(manifest.manifest_version).toBe(3);
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).toContain("connect-src 'none'");
  });
});

describe.skipIf(SKIP_BROWSER)("MV3 extension in headless Chromium", () => {
  let server: TestServer;
  let browser: Awaited<ReturnType<typeof launch>>;
  let context: BrowserContext;
  let extensionId: string;
  let r: Redactor;
  const received: string[] = [];

  beforeAll(async () => {
    r = await createRedactor({ entities: [...ENTITY_TYPES], deny: [{ type: "NAME", terms: DENY_LINES }], allow: [] });
    server = await startServer({
      "/api/chat": (body) => {
        received.push(body);
        return { body: replyTo(body) };
      },
    });
    browser = await launch(EXTENSION_DIR);
    context = browser.context;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    extensionId = new URL(worker.url()).host;

    // configure through the options page, as a user would
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector("body[data-ready=true]");
    await options.fill("#site-input", new URL(server.origin).host);
    await options.click("#site-add");
    await options.waitForFunction(() => document.getElementById("status")?.textContent === "Saved (1 site(s)).");
    await options.fill("#deny", DENY_LINES.join("\n"));
    await options.evaluate(() => (document.getElementById("status")!.textContent = ""));
    await options.click("#save");
    await options.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("Saved"));
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openChat(prefix: string, rich = false): Promise<{ page: Page; engine: string }> {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${prefix}/fixtures/chat.html${rich ? "?editor=rich" : ""}`);
    await page.waitForSelector(`html[${ENGINE_ATTR}]`, { timeout: 20_000 });
    const engine = (await page.getAttribute("html", ENGINE_ATTR))!;
    return { page, engine };
  }

  async function nextReceived(count: number): Promise<string> {
    for (let i = 0; i < 400 && received.length < count; i++) await new Promise((ok) => setTimeout(ok, 25));
    expect(received.length).toBe(count);
    return received[count - 1]!;
  }

  it("the options page runs the WASM engine (extension pages allow 'wasm-unsafe-eval')", async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForFunction(() => document.getElementById("engine")?.textContent?.startsWith("engine:"));
    expect(await options.textContent("#engine")).toBe("engine: wasm");
    expect(await options.textContent("#try-output")).toContain("[EMAIL_1]");
    await options.close();
  });

  it("(3) a prompt typed into the textarea is sent redacted after confirmation, and the reply's placeholders are restored", async () => {
    const { page } = await openChat("plain");
    const before = received.length;
    await page.fill("#prompt", NOTE);
    await page.press("#prompt", "Enter");

    // the confirm dialog lists what will be replaced; nothing has been sent yet
    const dialog = page.locator("phiscrub-confirm");
    await dialog.locator('button[data-choice="redacted"]').waitFor();
    const expected = r.protect(NOTE);
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(await dialog.locator("tr[data-type]").count()).toBe(expected.findings.length);
    expect(await dialog.locator('pre[data-role="preview"]').textContent()).toBe(expected.text);
    expect(received.length).toBe(before);

    await dialog.locator('button[data-choice="redacted"]').click();
    const sent = await nextReceived(before + 1);
    expect(sent).toBe(expected.text);
    for (const f of expected.findings) expect(sent.includes(f.text), `"${f.text}" leaked`).toBe(false);
    expect(await page.evaluate(() => (window as any).sent)).toEqual([expected.text]);

    // the reply streams in (placeholders split across chunks) and is shown with the originals put back
    await page.waitForSelector(".assistant[data-done=true]");
    const reply = replyTo(sent);
    expect(placeholders(reply).length).toBeGreaterThan(0);
    await expect.poll(() => page.textContent(".assistant")).toBe(expected.restore(reply));
    expect(await page.textContent(".assistant")).toContain(expected.findings[0]!.text);
    // the user's own bubble (the page echoes what it sent) reads as typed again
    await expect.poll(() => page.textContent(".user")).toBe(NOTE);
    await page.close();
  });

  it("cancel sends nothing and keeps the prompt; send original (via the Send button) sends it unchanged", async () => {
    const { page } = await openChat("plain");
    const before = received.length;
    const prompt = "Ann Doe asked: can jane.doe@example.org get the labs?";
    await page.fill("#prompt", prompt);
    await page.press("#prompt", "Enter");
    await page.locator('phiscrub-confirm button[data-choice="cancel"]').click();
    await page.waitForSelector("phiscrub-confirm", { state: "detached" });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(received.length).toBe(before);
    expect(await page.inputValue("#prompt")).toBe(prompt);

    await page.click("#send");
    await page.locator('phiscrub-confirm button[data-choice="original"]').click();
    expect(await nextReceived(before + 1)).toBe(prompt);
    await page.close();
  });

  it("a prompt without identifiers is sent untouched, without a dialog", async () => {
    const { page } = await openChat("plain");
    const before = received.length;
    await page.fill("#prompt", "What is the usual dose of metoprolol?");
    await page.press("#prompt", "Enter");
    expect(await nextReceived(before + 1)).toBe("What is the usual dose of metoprolol?");
    expect(await page.locator("phiscrub-confirm").count()).toBe(0);
    await page.close();
  });

  it("works in a contenteditable editor, and on a page whose CSP refuses WASM (content scripts follow the page CSP)", async () => {
    for (const [prefix, rich] of [["plain", true], ["csp", false]] as const) {
      const { page, engine } = await openChat(prefix, rich);
      console.log(`[extension] content script engine on /${prefix}/ (${rich ? "contenteditable" : "textarea"}): ${engine}`);
      // the content script inherits the page's CSP for WebAssembly: refused under script-src 'self', so "auto" runs JS
      expect(engine).toBe(prefix === "csp" ? "js" : "wasm");
      const before = received.length;
      const prompt = "Jane Doe (jane.doe@example.org) wants her results sent to ann_doe+1@mail.example.com.";
      const box = rich ? "#prompt-ce" : "#prompt";
      await page.click(box);
      await page.keyboard.type(prompt);
      await page.keyboard.press("Enter");
      await page.locator('phiscrub-confirm button[data-choice="redacted"]').click();
      const expected = r.protect(prompt); // a new page: a new conversation mapping
      expect(await nextReceived(before + 1)).toBe(expected.text);
      await page.waitForSelector(".assistant[data-done=true]");
      await expect.poll(() => page.textContent(".assistant")).toBe(expected.restore(replyTo(expected.text)));
      await page.close();
    }
  });
  it("a page script cannot press the dialog's buttons (only trusted input decides)", async () => {
    const { page } = await openChat("plain");
    const before = received.length;
    await page.fill("#prompt", "Mail jane.doe@example.org please.");
    await page.press("#prompt", "Enter");
    await page.locator('phiscrub-confirm button[data-choice="original"]').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector("phiscrub-confirm")!.shadowRoot!;
      (root.querySelector('button[data-choice="original"]') as HTMLButtonElement).click();
    });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(await page.locator("phiscrub-confirm").count()).toBe(1);
    expect(received.length).toBe(before);
    await page.keyboard.press("Escape");
    await page.waitForSelector("phiscrub-confirm", { state: "detached" });
    expect(received.length).toBe(before);
    await page.close();
  });

  it("does nothing on a site that is not enabled (localhost is not 127.0.0.1)", async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin.replace("127.0.0.1", "localhost")}/plain/fixtures/chat.html`);
    const before = received.length;
    await page.fill("#prompt", "Mail jane.doe@example.org please.");
    await page.press("#prompt", "Enter");
    expect(await nextReceived(before + 1)).toBe("Mail jane.doe@example.org please.");
    expect(await page.getAttribute("html", ENGINE_ATTR)).toBeNull();
    expect(await page.locator("phiscrub-confirm").count()).toBe(0);
    await page.close();
  });

  it("applies the operator chosen on the options page (EMAIL -> tag), placeholders for the rest", async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector("body[data-ready=true]");
    await options.evaluate(() => (document.getElementById("status")!.textContent = ""));
    await options.selectOption('select[data-type="EMAIL"]', "tag");
    await options.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("Saved"));
    await options.waitForFunction(() => document.getElementById("try-output")?.textContent?.includes("([EMAIL])"));
    await options.close();

    const { page } = await openChat("plain");
    const before = received.length;
    const prompt = "Jane Doe asked us to copy jane.doe@example.org and Ann Doe.";
    await page.fill("#prompt", prompt);
    await page.press("#prompt", "Enter");
    await page.locator('phiscrub-confirm button[data-choice="redacted"]').click();
    const tagged = r.redact(prompt, { operators: { EMAIL: { kind: "tag" } }, defaultOperator: { kind: "keep" } }).text;
    const expected = r.protect(tagged).text;
    expect(expected).toBe("[NAME_1] asked us to copy [EMAIL] and [NAME_2].");
    expect(await nextReceived(before + 1)).toBe(expected);
    await page.close();
  });
});
