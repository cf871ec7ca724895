// Long index work written once as a generator: each `yield` is a point where it may pause. Run at once (CLI,
// tests) or in slices that hand the thread back to the event loop (the extension host must never be blocked
// for long: issue #4 allows 50 ms, and the slices stay well under it).

/** Work that may pause at each `yield` and finally returns a T. */
export type Steps<T> = Generator<void, T, void>;

export interface SliceOptions {
  /** Work this long before yielding; default SLICE_MS. */
  sliceMs?: number;
  /** Rejects with the signal's reason at the next pause once aborted. */
  signal?: AbortSignal;
  /** How to give the event loop a turn; default setImmediate. */
  yieldTo?: () => Promise<void>;
}

/** Pause points come every ~1 ms of work, so a slice overruns this by about that much. */
export const SLICE_MS = 5;

const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldTo = options.yieldTo ?? nextTurn;
  options.signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldTo();
      options.signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

/**
 * Times background jobs: the longest synchronous stretch between two turns of the event loop, for the log and
 * the benchmark. Wall-clock time, because that is what everything else in the process waits.
 */
export class TurnTimer {
  private longest = 0;
  private longestCpu = 0;
  private resumed = 0;
  private resumedCpu = 0;

  get longestMs(): number {
    return this.longest;
  }

  /**
   * This thread's CPU time in the longest stretch (by CPU), where Node can tell (threadCpuUsage, Node 23.9+),
   * else undefined: on a loaded machine the wall-clock stretch also counts time the thread was not running.
   */
  get longestCpuMs(): number | undefined {
    return threadCpuMs() === undefined ? undefined : this.longestCpu;
  }

  /** The default turn (setImmediate), noting the stretch that ends here. */
  readonly yieldTo = (): Promise<void> => {
    this.note();
    return nextTurn().then(() => this.resume());
  };

  /** Runs a job that yields with `yieldTo`; the time between jobs (awaiting a file) is not a stretch. */
  async time<T>(job: (yieldTo: () => Promise<void>) => Promise<T>): Promise<T> {
    this.resume();
    try {
      return await job(this.yieldTo);
    } finally {
      this.note();
    }
  }

  private resume(): void {
    this.resumed = performance.now();
    this.resumedCpu = threadCpuMs() ?? 0;
  }

  private note(): void {
    this.longest = Math.max(this.longest, performance.now() - this.resumed);
    this.longestCpu = Math.max(this.longestCpu, (threadCpuMs() ?? 0) - this.resumedCpu);
  }
}

function threadCpuMs(): number | undefined {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage && (usage.user + usage.system) / 1000;
}
