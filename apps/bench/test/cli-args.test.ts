import { describe, expect, it } from 'vitest';
import { BenchError } from '../src/child-output.js';
import { parseBenchArgs } from '../src/cli-args.js';

describe('pnpm bench arguments', () => {
  it('runs the three sizes and writes BENCHMARKS.md by default, prints only when quick', () => {
    expect(parseBenchArgs([], '/repo/BENCHMARKS.md')).toMatchObject({
      n: [1000, 10_000, 100_000],
      out: '/repo/BENCHMARKS.md',
    });
    expect(parseBenchArgs(['--quick'], '/repo/BENCHMARKS.md')).toMatchObject({ n: [300], out: null });
    expect(parseBenchArgs(['--n', '200', '--no-write'], '/repo/BENCHMARKS.md')).toMatchObject({ n: [200], out: null });
  });

  it.each([[['--n', 'ten']], [['--n', '0']], [['--frobnicate']]])('refuses %j as a usage error', (argv) => {
    expect(() => parseBenchArgs(argv, '/repo/BENCHMARKS.md')).toThrow(BenchError);
    try {
      parseBenchArgs(argv, '/repo/BENCHMARKS.md');
    } catch (error) {
      expect((error as BenchError).code).toBe('BAD_USAGE');
    }
  });
});
