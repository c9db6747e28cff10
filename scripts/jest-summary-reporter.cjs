// Ends `npm test` with one plain line that is easy to find in a CI log: "tests: 123 passed, 0 failed, 11 skipped".
// Printed on exit because jest always writes its own summary after every reporter has run.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.once("exit", () =>
      console.log(`tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`),
    );
  }
}
module.exports = SummaryReporter;
