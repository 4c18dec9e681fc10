import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@kizuna/source'] },
  ssr: { resolve: { conditions: ['@kizuna/source'] } },
  test: { name: 'ingest', include: ['test/**/*.test.ts'], isolate: false },
});
