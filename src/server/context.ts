import type { FastifyRequest } from "fastify";
import type { DB } from "../db/connect";
import type { ServerConfig } from "./config";
import type { Me } from "./schemas/account";

declare module "fastify" {
  interface FastifyInstance {
    db: DB;
    config: ServerConfig;
    /** The server's clock; tests may pin it. Core functions receive time from here, never read it. */
    clock: () => Date;
  }
  interface FastifyRequest {
    /** The signed-in user, set by `requireUser`. */
    user: Me | null;
  }
}

/** The signed-in user of a route behind `requireUser`. */
export function userOf(request: FastifyRequest): Me {
  if (!request.user) throw new Error("route is missing the requireUser hook");
  return request.user;
}
