// Ends `npm test` with one plain line that is easy to find in a CI log: "tests: 123 passed, 0 failed".
// Printed on exit because jest always writes its own summary after every reporter has run.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.once("exit", () => console.log(`tests: ${results.numPassedTests} passed, ${failed} failed`));
  }
}
module.exports = SummaryReporter;
