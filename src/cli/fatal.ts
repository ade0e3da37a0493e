// What a command prints when something fails that no diagnostic covers (a bug, or a file that
// cannot be written): one line with the reason, not a stack trace, and exit code 1. Set DEBUG=1
// to see the stack as well.
export function exitOnFailure(what: string, e: unknown): never {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  console.error(`${what} failed: ${reason}`);
  if (process.env.DEBUG && e instanceof Error) console.error(e.stack);
  process.exit(1);
}

/** `run`'s result, or, when it throws, the one-line failure of `what` and exit code 1. */
export function orExit<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    exitOnFailure(what, e);
  }
}
