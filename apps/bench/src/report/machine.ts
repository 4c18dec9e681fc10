import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeGb: number;
  node: string;
  platform: string;
  load: string;
}

/** The machine the numbers come from; the load average says how busy it was. */
export function machine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? 'unknown',
    cores: c.length,
    memoryGb: totalmem() / 2 ** 30,
    freeGb: freemem() / 2 ** 30,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}
