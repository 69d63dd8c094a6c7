import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "./lib/local-database";

/**
 * Fails when the Drizzle schema and the committed migrations disagree: drizzle-kit generate, run
 * against a copy of drizzle/, would write a new migration. The working tree is never touched.
 */
const scratch = mkdtempSync(path.join(tmpdir(), "attune-drift-"));
try {
  const out = path.join(scratch, "drizzle");
  cpSync(path.join(projectRoot, "drizzle"), out, { recursive: true });
  const config = path.join(projectRoot, `drizzle.drift-check.${process.pid}.config.ts`);
  writeFileSync(
    config,
    [
      `import base from "./drizzle.config";`,
      // drizzle-kit reads `out` relative to the project, whatever its form.
      `export default { ...base, out: ${JSON.stringify(path.relative(projectRoot, out))} };`,
      "",
    ].join("\n"),
  );
  const before = new Set(readdirSync(out));
  const result = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, "node_modules/drizzle-kit/bin.cjs"),
      "generate",
      "--config",
      config,
      "--name",
      "drift",
    ],
    { cwd: projectRoot, encoding: "utf8" },
  );
  rmSync(config, { force: true });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(result.status ?? 1);
  }
  const added = readdirSync(out).filter((name) => !before.has(name));
  // drizzle-kit can fail and still exit 0: only its own "no changes" line means agreement.
  if (added.length === 0 && !/No schema changes/.test(result.stdout)) {
    console.error("drizzle-kit generate did not finish:", result.stdout, result.stderr);
    process.exit(1);
  }
  if (added.length > 0) {
    console.error(
      `The schema in src/server/db/schema differs from drizzle/: run \`npm run db:generate\` and commit the migration (it would add ${added.join(", ")}).`,
    );
    process.exit(1);
  }
  console.log("Schema and migrations agree.");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
