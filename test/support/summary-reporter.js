// @ts-check
'use strict';
// Mocha's spec output, followed by one plain `N passed, N failed` line:
// CI tooling reads that line to count the tests that ran.
const Mocha = require('mocha');

class SpecWithSummary extends Mocha.reporters.Spec {
  /**
   * @param {Mocha.Runner} runner
   * @param {Mocha.MochaOptions} options
   */
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats || { passes: 0, failures: 0, pending: 0 };
      const skipped = stats.pending > 0 ? `, ${stats.pending} skipped` : '';
      process.stdout.write(`${stats.passes} passed, ${stats.failures} failed${skipped}\n`);
    });
  }
}

module.exports = SpecWithSummary;
