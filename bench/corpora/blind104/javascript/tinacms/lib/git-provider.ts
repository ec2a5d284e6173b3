import { exec, execFile } from 'child_process'
import { promisify } from 'util'

const run = promisify(exec)
const runFile = promisify(execFile)

export class LocalGitProvider {
  constructor(private repoDir: string, private branch: string) {}

  async onPut(key: string, message?: string) {
    const msg = message ?? `Update ${key}`
    await runFile('git', ['add', key], { cwd: this.repoDir })
    // expect: command-injection
    await run(`git commit -m "${msg}" --author "tina <tina@local>"`, { cwd: this.repoDir })
  }

  async onDelete(key: string) {
    await runFile('git', ['rm', '--', key], { cwd: this.repoDir })
    await runFile('git', ['commit', '-m', 'Delete content'], { cwd: this.repoDir })
  }

  async checkout(branch: string) {
    if (!/^[\w.\-/]+$/.test(branch)) throw new Error('bad branch')
    await runFile('git', ['checkout', branch], { cwd: this.repoDir })
  }
}
