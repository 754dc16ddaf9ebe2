// Runs the CLI in this process with its own streams, folder and environment, so a
// test sets what a terminal, CI or a shell would (a TTY, NO_COLOR, stdin text).
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {Readable} from 'node:stream'
import {run} from '../../src/cli/run.js'

export interface CliRun {
  status: number
  stdout: string
  stderr: string
}

export interface CliSetup {
  cwd: string
  stdin?: string
  stdinIsTTY?: boolean
  stdoutIsTTY?: boolean
  env?: Record<string, string | undefined>
}

export async function runCli(args: string[], setup: CliSetup): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const stdin = Object.assign(Readable.from([Buffer.from(setup.stdin ?? '')]), {isTTY: setup.stdinIsTTY ?? false})
  const status = await run(args, {
    cwd: setup.cwd,
    env: setup.env ?? {},
    stdin,
    stdout: {
      write: (text: string) => {
        stdout += text
      },
      isTTY: setup.stdoutIsTTY ?? false
    },
    stderr: {
      write: (text: string) => {
        stderr += text
      }
    }
  })
  return {status, stdout, stderr}
}

/** A fresh folder with these files (paths relative to it, folders made as needed). */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sourced-cli-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  return root
}

/** Real sentences, each with a known verdict. */
export const ARTICLES = {
  /** One unattributed figure (a warning) at 1:17. */
  germanUnsourced: 'Die Stadt zählt 240.000 Einwohner.\n',
  /** Named source: nothing to report. */
  germanSourced: 'Laut Polizei kamen 3.000 Menschen zur Demonstration.\n',
  /** An unattributed figure (warning), a vague source and a hedge (information). */
  englishMixed:
    'The council spent 4 million euros on the bridge.\n\nOfficials said the bridge was unsafe.\n\n' +
    'The mayor reportedly resigned.\n',
  /** One vague source standing for two claims (a reported sentence and its quotation). */
  germanTwoClaims:
    'Aus der Ukraine hieß es, die Truppen hätten die Stellung gehalten: „Wir haben die Brücke nicht aufgegeben.“\n'
} as const
