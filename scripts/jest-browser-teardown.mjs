// Global teardown of the jest "browser" project: stops the workbench server the setup started.
export default async function teardown() {
  await globalThis.__workbenchServer?.close();
}
