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
export const SLICE_MS = 8;

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
