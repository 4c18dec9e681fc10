import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@kizuna/source'] },
  ssr: { resolve: { conditions: ['@kizuna/source'] } },
  test: { name: 'search', include: ['test/**/*.test.ts'] },
});
