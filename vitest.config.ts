import { defineConfig } from 'vitest/config';

// `pnpm exec vitest` at the root runs every package's tests; `pnpm test` runs them through turbo.
export default defineConfig({ test: { projects: ['packages/*', 'apps/*'] } });
