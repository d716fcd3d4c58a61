import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, WEB_DIST } from "../../scripts/web-build";
import { startTestServer, type TestServer } from "../helpers/server";

/** The built app's own files as the server sends them: precompressed, cached by name. */
describe("the built web app over the wire", () => {
  let server: TestServer;
  let entry: string;
  beforeAll(async () => {
    await buildWeb();
    entry = /<script type="module"[^>]* src="([^"]+)"/.exec(readFileSync(join(WEB_DIST, "index.html"), "utf8"))![1]!;
    server = await startTestServer("sqlite", { config: { webDist: WEB_DIST } });
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({ method: "GET", url, headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } });

  it("sends the entry script as brotli or gzip by Accept-Encoding, the same bytes as the file, cached for good", async () => {
    const raw = readFileSync(join(WEB_DIST, entry));
    const br = await get(entry, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toContain("javascript");
    expect(brotliDecompressSync(br.rawPayload).equals(raw)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(raw.length / 3);
    const gz = await get(entry, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).equals(raw)).toBe(true);
    const plain = await get(entry);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(raw)).toBe(true);
    for (const r of [br, gz, plain]) {
      expect(r.headers.vary).toContain("accept-encoding");
      expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("lets the page, the service worker and the manifest be revalidated on every visit", async () => {
    for (const url of ["/", "/check", "/sw.js", "/manifest.webmanifest"]) {
      const r = await get(url, "br");
      expect({ url, status: r.statusCode, cache: r.headers["cache-control"] }).toEqual({ url, status: 200, cache: "no-cache" });
    }
    const sw = await get("/sw.js", "br");
    expect(sw.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(sw.rawPayload).equals(readFileSync(join(WEB_DIST, "sw.js")))).toBe(true);
  });
});
