import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { notFound } from "./errors";

/** A path the single-page app may own: a GET outside the API, not naming a file. */
function isAppRoute(method: string, url: string): boolean {
  const path = url.split("?")[0] ?? "";
  if (method !== "GET" && method !== "HEAD") return false;
  if (path === "/api" || path.startsWith("/api/") || path === "/healthz") return false;
  return !(path.split("/").pop() ?? "").includes(".");
}

/**
 * Serves the built web app (web/dist) at / when it exists, with index.html for the app's own
 * routes (client-side routing), and answers every other unknown path 404 in the error shape.
 */
export async function installWebApp(app: FastifyInstance, dist: string): Promise<void> {
  const hasApp = existsSync(join(dist, "index.html"));
  if (hasApp)
    await app.register(fastifyStatic, {
      root: dist,
      // scripts/web-build.ts writes .br and .gz beside each text file; the plugin picks one by
      // Accept-Encoding and sends Vary: Accept-Encoding.
      preCompressed: true,
      // Vite fingerprints everything under assets/: cache it for good; the rest (index.html,
      // sw.js, the manifest) must be revalidated.
      setHeaders: (reply, path) =>
        reply.header("cache-control", path.startsWith(join(dist, "assets")) ? "public, max-age=31536000, immutable" : "no-cache"),
    });
  app.setNotFoundHandler((request, reply) => {
    if (hasApp && isAppRoute(request.method, request.url)) return reply.header("cache-control", "no-cache").sendFile("index.html");
    throw notFound();
  });
}
