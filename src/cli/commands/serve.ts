export async function run(_argv: string[]): Promise<number> {
  process.stderr.write("backcoach serve: not built yet\n");
  return 0;
}
