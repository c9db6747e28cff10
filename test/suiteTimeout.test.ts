/**
 * The suite runs on whatever machine CI gets, and here on two cores shared by seven engineers: a test
 * that takes 2 s on a quiet machine can take 6 s on a loaded one. The suite's timeout (jest.config.js,
 * `testTimeout`) leaves room for that, so no test depends on a quiet machine; heavy tests still carry
 * their own, larger timeouts. (test/cli/streamReader.test.ts's progress test once failed at Jest's
 * 5 s default on a loaded machine; it passed idle.)
 */
it("a test that takes longer than Jest's 5 s default still passes, as a heavy test on a loaded machine must", async () => {
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
});
