/**
 * A mistake in what the person building typed, or in the machine's setup, not a bug: webpack-cli
 * prints a thrown error with util.inspect, and this one inspects as its message alone, without a
 * stack trace.
 */
export class BuildInputError extends Error {
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return this.message;
  }
}
