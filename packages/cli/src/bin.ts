#!/usr/bin/env node
import { main } from './cli/main.js'

// A reader that stops early (`zfxxgk check dir | head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

// Set the exit code rather than calling process.exit, so buffered output is flushed first.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
