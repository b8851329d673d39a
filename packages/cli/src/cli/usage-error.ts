/**
 * A mistake on the command line or in a config file: the CLI prints the message and exits 2.
 * A class so that `instanceof` tells it from programming errors, which print a stack.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
