// `sourced [options] <files, directories or globs…>`: the engine on the command line.
// The run itself is src/cli/run.ts, which tests call with their own streams.
import {run} from './cli/run.js'

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`sourced: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  }
)
