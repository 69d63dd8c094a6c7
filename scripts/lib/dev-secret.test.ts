import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { developmentSecret } from "./dev-secret";

const freshDataDir = () => path.join(mkdtempSync(path.join(tmpdir(), "attune-secret-")), ".data");

test("the first start makes a random secret only its owner can read; later starts reuse it", () => {
  const dataDir = freshDataDir();
  const first = developmentSecret(dataDir);
  expect(first.created).toBe(true);
  expect(first.secret.length).toBeGreaterThanOrEqual(32);
  expect(statSync(path.join(dataDir, "dev-secret")).mode & 0o777).toBe(0o600);
  expect(developmentSecret(dataDir)).toEqual({ secret: first.secret, created: false });
  expect(developmentSecret(freshDataDir()).secret).not.toBe(first.secret);
});

test("an emptied secret file is reported, not used", () => {
  const dataDir = freshDataDir();
  developmentSecret(dataDir);
  writeFileSync(path.join(dataDir, "dev-secret"), "\n");
  expect(() => developmentSecret(dataDir)).toThrow("delete it and start again");
});
