// Mocha's spec reporter plus the plain closing line `N passed, N failed` that every runner here ends with.
// Used by the plain-Node layers: `mocha --reporter out/test/harness/summaryReporter.js`.
import Mocha from 'mocha';

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      // After spec's own epilogue, which is registered first.
      process.nextTick(() => console.log(`${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? 0} failed`));
    });
  }
}

export = SummaryReporter;
