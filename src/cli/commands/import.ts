export async function run(_argv: string[]): Promise<number> {
  process.stderr.write("backcoach import: not built yet\n");
  return 1;
}
