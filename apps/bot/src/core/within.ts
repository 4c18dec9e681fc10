export type Raced<T> = { done: true; value: T } | { done: false; pending: Promise<T> };

/**
 * The work's result if it settles within `ms`, else the still-running promise: the fronts use it
 * to answer at once when they can and defer (Discord drops first responses after 3 s) when not.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<Raced<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), late]);
    return first === 'late' ? { done: false, pending: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
