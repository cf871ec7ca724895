/** Runs a job once after a delay; scheduling again while one is pending keeps the earlier time. */
export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly job: () => void) {}

  schedule(ms: number): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.job();
    }, ms);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
