import { exec, spawn } from 'node:child_process'
import { promisify } from 'node:util'

const execAsync = promisify(exec)

export async function normalizeCallAudio(input: string, gain: string) {
  const output = input.replace(/\.mp3$/, '-normalized.mp3')
  // expect: command-injection
  await execAsync(`ffmpeg -y -i ${input} -af "volume=${gain}" ${output}`)
  return output
}

export function trimCallAudio(input: string, seconds: number) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('ffmpeg', ['-y', '-ss', String(seconds), '-i', input, `${input}.trimmed.mp3`])
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}`))))
  })
}
