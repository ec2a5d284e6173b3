import { exec, execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export const EXPORT_FORMATS = ['pdf', 'docx', 'html'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Converts a markdown document with pandoc and returns the produced bytes. */
export async function exportWithPandoc(markdown: string, format: ExportFormat): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'export-'))
  try {
    const input = join(dir, 'input.md')
    const output = join(dir, `output.${format}`)
    await writeFile(input, markdown)
    await execFileAsync('pandoc', [input, '-o', output, '--standalone'], { timeout: 30_000 })
    return await readFile(output)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Same conversion with a user-chosen document title in the metadata. */
export async function exportWithTitle(markdown: string, format: ExportFormat, title: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'export-'))
  try {
    const input = join(dir, 'input.md')
    const output = join(dir, `output.${format}`)
    await writeFile(input, markdown)
    // expect: command-injection
    await execAsync(`pandoc ${input} -o ${output} --standalone --metadata title="${title}"`, { timeout: 30_000 })
    return await readFile(output)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
