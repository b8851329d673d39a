#!/usr/bin/env node
import { main } from './cli/main.js'

// Set the exit code rather than calling process.exit, so buffered output is flushed first.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
