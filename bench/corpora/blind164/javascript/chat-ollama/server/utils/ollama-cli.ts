import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const MODEL_NAME = /^[a-z0-9][\w.-]{0,63}(:[\w.-]{1,32})?$/i

export async function showModel(name: string) {
  if (!MODEL_NAME.test(name)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid model name' })
  }
  const { stdout } = await execFileAsync('ollama', ['show', '--modelfile', name], { timeout: 15000 })
  return stdout
}

export async function copyModel(source: string, target: string) {
  if (!MODEL_NAME.test(source) || !MODEL_NAME.test(target)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid model name' })
  }
  await execFileAsync('ollama', ['cp', source, target], { timeout: 60000 })
}

export async function createModel(name: string, modelfile: string) {
  const dir = await mkdtemp(join(tmpdir(), 'chatollama-'))
  const file = join(dir, 'Modelfile')
  try {
    await writeFile(file, modelfile, { mode: 0o600 })
    // expect: command-injection
    const { stdout } = await execAsync(`ollama create ${name} -f ${file}`, { timeout: 10 * 60 * 1000 })
    return stdout
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function ollamaVersion() {
  const { stdout } = await execAsync('ollama --version', { timeout: 5000 })
  return stdout.trim()
}
