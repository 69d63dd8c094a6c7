import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "~": path.resolve(import.meta.dirname, "src"),
      "@emails": path.resolve(import.meta.dirname, "emails"),
      // Services carry the `server-only` guard; under Vitest they run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "src/test/empty-module.ts"),
    },
  },
  test: {
    include: [
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
      "emails/**/*.test.tsx",
      "scripts/**/*.test.ts",
    ],
    globalSetup: ["src/test/global-setup.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
