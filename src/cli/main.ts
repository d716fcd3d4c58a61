#!/usr/bin/env -S npx tsx
/**
 * The `backcoach` command. Each subcommand lives in its own file under
 * `commands/` and is loaded only when asked for, so `triage` never pays for
 * the server's start-up.
 */
type Command = { run: (argv: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  serve: () => import("./commands/serve"),
  migrate: () => import("./commands/migrate"),
  backup: () => import("./commands/backup"),
  triage: () => import("./commands/triage"),
  plan: () => import("./commands/plan"),
  load: () => import("./commands/load"),
  import: () => import("./commands/import"),
};

const usage = `usage: backcoach <command> [options]

commands:
  serve                                   start the server (PORT, HOST, DATABASE_URL)
  migrate                                 apply database migrations
  backup --to FILE                        write a consistent copy of the SQLite database
  triage --input FILE|-                   triage check-ins (JSON or NDJSON)
  plan --input FILE|- --tz ZONE           recovery plans for check-ins
  load --input FILE|- [--tz ZONE]         daily training load and ACWR
  import --format strong|hevy --file FILE [--user EMAIL] [--dry-run] [--tz ZONE]
`;

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(usage);
    return name === undefined || name === "help" || name === "--help" ? 0 : 2;
  }
  return (await load()).run(rest);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
