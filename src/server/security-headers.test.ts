import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { HELMET_OPTIONS, helmetHeaders } from "./security-headers";

describe("helmet headers computed once", () => {
  it("are exactly what helmet sets on a real response", () => {
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    res.setHeader("X-Powered-By", "something");
    helmet(HELMET_OPTIONS)(res.req, res, () => undefined);
    const set = Object.fromEntries(Object.entries(res.getHeaders()).map(([k, v]) => [k, String(v)]));
    expect(helmetHeaders(HELMET_OPTIONS)).toEqual(set);
  });

  it("hold the app's own-origin CSP and helmet's other defaults", () => {
    const headers = helmetHeaders(HELMET_OPTIONS);
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "SAMEORIGIN" });
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(headers).not.toHaveProperty("x-powered-by");
  });
});
