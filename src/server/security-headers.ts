import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/** Helmet's defaults with a Content-Security-Policy that allows this app's own origin only. */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      "default-src": ["'self'"],
      "script-src": ["'self'"],
      // Inline style attributes (React, uPlot, Swagger UI); no third-party origins anywhere.
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'"],
      "manifest-src": ["'self'"],
      "frame-ancestors": ["'none'"],
      // Plain http on a laptop or LAN must keep working.
      "upgrade-insecure-requests": null,
    },
  },
};

/**
 * The headers helmet sets for `options`, taken by running its middleware once against a
 * recording response. With no per-request directive (no nonce, no function) they are the same
 * for every request.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

/**
 * Helmet's security headers on every answer (pages, API, errors, 404s), set from a header map
 * computed at start-up: running helmet on each request re-parsed its CSP and cost about a third
 * of the throughput of a small route.
 */
export function installSecurityHeaders(app: FastifyInstance, headers: Record<string, string>): void {
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
