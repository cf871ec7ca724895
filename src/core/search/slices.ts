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
  private resumed = 0;

  get longestMs(): number {
    return this.longest;
  }

  /** The default turn (setImmediate), noting the stretch that ends here. */
  readonly yieldTo = (): Promise<void> => {
    this.note();
    return nextTurn().then(() => { this.resumed = performance.now(); });
  };

  /** Runs a job that yields with `yieldTo`; the time between jobs (awaiting a file) is not a stretch. */
  async time<T>(job: (yieldTo: () => Promise<void>) => Promise<T>): Promise<T> {
    this.resumed = performance.now();
    try {
      return await job(this.yieldTo);
    } finally {
      this.note();
    }
  }

  private note(): void {
    this.longest = Math.max(this.longest, performance.now() - this.resumed);
  }
}
