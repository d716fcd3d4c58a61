/* eslint-disable @typescript-eslint/no-explicit-any -- tests read answers loosely and assert on them */
/** A minimal HTTP client over fetch that keeps cookies, like a browser tab would. */
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as is, with the given headers. */
  raw?: string;
  headers?: Record<string, string>;
}

export class Client {
  readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let body: string | undefined = options.raw;
    if (options.json !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(options.json);
    }
    const res = await fetch(new URL(path, this.base), { method, headers, body, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || pair.slice(eq + 1) === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    const text = await res.text();
    let parsed: unknown = undefined;
    if (res.headers.get("content-type")?.includes("application/json") && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  get = <T = any>(path: string, options?: RequestOptions) => this.request<T>("GET", path, options);
  post = <T = any>(path: string, json?: unknown, options?: RequestOptions) =>
    this.request<T>("POST", path, json === undefined ? options : { ...options, json });
  patch = <T = any>(path: string, json?: unknown, options?: RequestOptions) =>
    this.request<T>("PATCH", path, json === undefined ? options : { ...options, json });

  /** Signs up a fresh account (unique email unless given) and keeps its session cookie. */
  async signUp(email = uniqueEmail(), password = "a good long password"): Promise<{ id: string; email: string }> {
    const r = await this.post("/api/v1/auth/signup", { email, password });
    if (r.status !== 201) throw new Error(`signup failed: ${r.status} ${r.text}`);
    return r.body.user;
  }
}

let counter = 0;
export const uniqueEmail = (): string => `user${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
