import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export async function sh(command: string): Promise<string> {
  // expect: command-injection
  const { stdout } = await execAsync(command, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

export async function run(bin: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(bin, args, { timeout: 60_000 })
  return stdout
}
