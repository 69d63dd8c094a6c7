import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "drizzle/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE on a tenant table is a cross-practice incident.
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // expect.any() and friends are typed `any` on purpose.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    // Layers: pure vocabulary and models (homework, timeline, validation, dates, domain, prep)
    // import nothing from the app; the PDF document reads only those; the server never imports
    // UI or routes; components never import routes. A wrong-way import fails lint.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    // Dependency graphs stop at packages: parsing node_modules would more than double lint time.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: [
                "./src/homework",
                "./src/timeline",
                "./src/validation",
                "./src/dates",
                "./src/domain",
                "./src/prep",
              ],
              from: ["./src/server", "./src/components", "./src/app", "./src/pdf"],
              message: "Pure modules import only other pure modules.",
            },
            {
              target: "./src/pdf",
              from: ["./src/server", "./src/components", "./src/app"],
              message: "The PDF document draws what src/prep describes; the server feeds it.",
            },
            {
              target: "./src/server",
              from: ["./src/components", "./src/app"],
              message: "Server code never imports UI components or routes.",
            },
            {
              target: "./src/components",
              from: "./src/app",
              message: "Components never import routes.",
            },
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // Client components talk to the server through tRPC only.
    files: ["src/components/ui/**", "src/components/trpc-provider.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server/*", "!~/server/trpc/root"],
              message: "Client code must not import server modules.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
]);
