// Where a load's time goes, phase by phase, on both threads: the host's and the parse worker's marks share
// one clock (epoch milliseconds from each thread's own high-resolution origin), so they can be read in one
// list. Logged once a load has every headline, and read by the benchmarks. Pure (no `vscode`).

/** A phase and when it was reached (epoch ms, fractional). */
export type Mark = [phase: string, at: number];

/** Now, on a clock every thread of the process shares (performance.now() alone starts per thread). */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

export class LoadTrace {
  readonly marks: Mark[] = [];

  mark(phase: string, at = epochNow()): void {
    this.marks.push([phase, at]);
  }

  add(marks: readonly Mark[]): void {
    for (const mark of marks) this.marks.push(mark);
  }

  /** "phase +ms" for every mark in time order, from `origin` (epoch ms). */
  describe(origin: number): string {
    return [...this.marks].sort((a, b) => a[1] - b[1]).map(([phase, at]) => `${phase} +${(at - origin).toFixed(0)}`).join(', ');
  }
}
