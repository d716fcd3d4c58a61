import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

const cheap = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing (scrypt)", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery", cheap);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
  });

  it("salts every hash and keeps its cost beside it", async () => {
    const a = await hashPassword("same password", cheap);
    const b = await hashPassword("same password", cheap);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
  });

  it("treats canonically equivalent Unicode spellings as one password", async () => {
    const stored = await hashPassword("caf\u00e9-latte-42", cheap);
    expect(await verifyPassword("cafe\u0301-latte-42", stored)).toBe(true);
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("anything at all", "md5$abc")).toBe(false);
  });

  it("uses OWASP's 16 MiB setting by default", async () => {
    expect(await hashPassword("default cost please")).toMatch(/^scrypt\$16384\$8\$5\$/);
  });

  it("still verifies a hash stored with the earlier, 128 MiB cost", async () => {
    const stored = await hashPassword("made before the change", { N: 2 ** 17, r: 8, p: 1 });
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("made before the change", stored)).toBe(true);
    expect(await verifyPassword("made before the changE", stored)).toBe(false);
  });
});
