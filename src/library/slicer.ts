// Cooperative time slicing: long jobs call `maybePause()` often; it yields to the event loop once the current
// slice has run for `budgetMs`, so the extension host stays responsive. Also records the longest slice seen,
// which the benchmark reports.
export class Slicer {
  private sliceStart = performance.now();
  /** Longest stretch between two pauses, in ms. */
  longestSliceMs = 0;

  constructor(private readonly budgetMs = 12) {}

  shouldPause(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Ends the current slice: yields to the event loop (macrotask) and starts a new slice. */
  async pause(): Promise<void> {
    this.endSlice();
    await new Promise<void>(resolve => setImmediate(resolve));
    this.sliceStart = performance.now();
  }

  async maybePause(): Promise<void> {
    if (this.shouldPause()) await this.pause();
  }

  /** Call when the job ends (or waits on I/O) so the last slice is counted. */
  endSlice(): void {
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - this.sliceStart);
  }

  /** Call after awaiting I/O: the time spent waiting is not a blocked slice. */
  resume(): void {
    this.sliceStart = performance.now();
  }
}
