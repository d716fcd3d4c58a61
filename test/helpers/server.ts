import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app";
import { defaultConfig, type ServerConfig } from "../../src/server/config";
import { Client } from "./client";
import { createTestDatabase, type Engine, type TestDatabase } from "./db";

export interface TestServer {
  app: FastifyInstance;
  database: TestDatabase;
  /** http://127.0.0.1:PORT */
  url: string;
  /** A new cookie-keeping client of this server. */
  client(): Client;
  close(): Promise<void>;
}

/** Settings for tests: a cheap password hash (the cost is stored with each hash) and no logs. */
export const testConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig =>
  defaultConfig({ logLevel: "silent", scryptCost: { N: 2 ** 10, r: 8, p: 1 }, webDist: "/nonexistent", ...overrides });

/** A real server on a real, fresh database, listening on a free port. */
export async function startTestServer(
  engine: Engine,
  options: { config?: Partial<ServerConfig>; clock?: () => Date } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(engine);
  const app = await buildServer({
    db: database.db,
    config: testConfig({ databaseUrl: database.url, ...options.config }),
    ...(options.clock && { clock: options.clock }),
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    database,
    url,
    client: () => new Client(url),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
