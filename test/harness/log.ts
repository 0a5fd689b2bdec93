/** Harness messages go to stderr with a prefix, so they stand apart from the tests' own output. */
export function say(message: string): void {
  process.stderr.write(`[harness] ${message}\n`);
}
