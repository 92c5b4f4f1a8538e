// Why this file exists: what the real-Chromium tests share: finding the browser (skip locally, fail in CI), a loopback
// HTTP server for the built bundles and fixture pages (with per-prefix security headers), and the launch flags.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import type { BrowserContext } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const FIXTURES = join(ROOT, "test/browser/fixtures");
export const EXTENSION_DIR = join(ROOT, "examples/extension");
export const CHROMIUM = process.env.PHISCRUB_CHROMIUM ?? "/usr/bin/chromium";
/** Set by .ci/run: a missing browser is then a failure, not a skip. */
export const BROWSER_REQUIRED = process.env.PHISCRUB_REQUIRE_BROWSER === "1";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** True when the browser tests should be skipped (no browser, and not required). */
export const SKIP_BROWSER = !HAVE_CHROMIUM && !BROWSER_REQUIRED;

if (SKIP_BROWSER) {
  console.warn(
    `[browser tests] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set PHISCRUB_CHROMIUM). ` +
      "CI sets PHISCRUB_REQUIRE_BROWSER=1, which turns this into a failure.",
  );
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium with a fresh user-data dir; `extension` loads an unpacked extension. */
export async function launch(extension?: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!HAVE_CHROMIUM) {
    throw new Error(`PHISCRUB_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  }
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(join(tmpdir(), "phiscrub-chromium-"));
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: extension ? ["--disable-extensions"] : undefined,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

/** Headers per URL prefix: the same files served under different policies. */
const PREFIXES: Record<string, Record<string, string>> = {
  "/plain/": {},
  "/csp/": { "Content-Security-Policy": "script-src 'self'" },
  // cross-origin isolation gives performance.now() its fine resolution (5 us instead of 100 us) for the latency test
  "/isolated/": { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
};

/** Files a prefix may serve, by the first path segment after the prefix. */
const MOUNTS: Record<string, string> = {
  dist: join(ROOT, "dist"),
  fixtures: FIXTURES,
};

export type ApiHandler = (body: string, req: IncomingMessage) => { status?: number; type?: string; body: string };

export interface TestServer {
  readonly origin: string;
  /** Every request path the server saw, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (random port): /{plain,csp,isolated}/{dist,fixtures}/..., plus POST /api/* handlers. */
export async function startServer(api: Record<string, ApiHandler> = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const handler = api[url.pathname];
      if (handler) {
        const out = handler(Buffer.concat(chunks).toString("utf8"), req);
        res.writeHead(out.status ?? 200, { "Content-Type": out.type ?? "text/plain; charset=utf-8" });
        res.end(out.body);
        return;
      }
      const prefix = Object.keys(PREFIXES).find((p) => url.pathname.startsWith(p));
      const rest = prefix ? url.pathname.slice(prefix.length) : "";
      const slash = rest.indexOf("/");
      const mount = slash > 0 ? MOUNTS[rest.slice(0, slash)] : undefined;
      const file = mount ? resolve(mount, rest.slice(slash + 1)) : undefined;
      if (!prefix || !mount || !file || !file.startsWith(mount + "/") || !existsSync(file)) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
        ...PREFIXES[prefix],
      });
      res.end(readFileSync(file));
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const addr = server.address();
  if (addr === null || typeof addr === "string") throw new Error("test server has no port");
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A clinical note with what the current detectors find (emails, a deny-listed name), emoji and non-ASCII text. */
export const NOTE =
  "Pt Jane Doe 😀 seen 3/14/2024 at St. Mary's Medical Center, Boston MA 02114. Café visit; " +
  "call (617) 555-0123 or email jane.doe@example.org. SSN 123-45-6789, MRN 00123456. " +
  "Wife Ann Doe (ann_doe+1@mail.example.com) — naïve 👩‍⚕️ plan: f/u with Dr. Grey at https://portal.example.org/p?id=7.";

export const NOTE_OPTIONS = { deny: [{ type: "NAME" as const, terms: ["Jane Doe", "Ann Doe", "Grey"] }] };
