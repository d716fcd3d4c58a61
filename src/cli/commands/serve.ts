import { parseArgs } from "node:util";
import { openDatabase } from "../../db/connect";
import { migrateToLatest } from "../../db/migrate";
import { buildServer } from "../../server/app";
import { loadConfig } from "../../server/config";

/**
 * `backcoach serve`: migrate, then listen on HOST:PORT until SIGTERM or SIGINT; then stop taking
 * connections, let in-flight requests finish, close the database, and exit 0.
 */
export async function run(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {}, strict: true });
  const config = loadConfig();
  const { db } = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const app = await buildServer({ db, config });

  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, "shutting down");
      app
        .close()
        .then(() => db.destroy())
        .then(
          () => resolve(0),
          (err: unknown) => {
            app.log.error({ err }, "unclean shutdown");
            resolve(1);
          },
        );
    };
    // `on`, not `once`: a second signal (a launcher relaying the one its group already got) must
    // not find the process without a handler and end it mid-shutdown.
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });

  await app.listen({ port: config.port, host: config.host });
  return stopped;
}
