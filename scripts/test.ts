// `npm test`: every check the project has, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["Lint (ESLint)", ["npm", "run", "--silent", "lint"]],
  ["Type check (tsc)", ["npm", "run", "--silent", "typecheck"]],
  ["Unit tests (Vitest)", ["npm", "run", "--silent", "test:unit"]],
  ["Integration tests (Vitest, real SQLite and PostgreSQL)", ["npm", "run", "--silent", "test:integration"]],
  [
    "End-to-end tests (Playwright, Chromium; SQLite, then PostgreSQL behind nginx)",
    ["npm", "run", "--silent", "test:e2e"],
  ],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const [title, [command, ...args]] of steps) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command!, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}
console.log("\nAll checks passed.");
