/**
 * The API benchmark's ceiling: a bare node:http server that reads each request's body and
 * answers with the bytes the real server answered (status, headers, body), so the gap between
 * the two is what Backcoach's own work costs. Run by bench/api.ts as a child process:
 * `node bench/ceiling-child.ts PORT REPLIES.json`; prints "ready" once listening.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

export interface Reply {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

const [port, file] = process.argv.slice(2);
const replies = new Map(
  (JSON.parse(readFileSync(file!, "utf8")) as Reply[]).map((r) => [`${r.method} ${r.path}`, { ...r, bytes: Buffer.from(r.body) }]),
);

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const r = replies.get(`${req.method} ${req.url}`);
    if (!r) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(r.status, { ...r.headers, "content-length": r.bytes.length });
    res.end(r.bytes);
  });
}).listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
