import { injectable, BindingScope } from '@loopback/core'
import { execFile, execSync } from 'node:child_process'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

export const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR ?? '/var/inventory/exports')

@injectable({ scope: BindingScope.SINGLETON })
export class ExporterService {
  private lastLabel = 'export'

  label(name: string) {
    this.lastLabel = name || 'export'
    return this
  }

  async writeCsv(rows: Array<Record<string, unknown>>, fileName: string) {
    await mkdir(EXPORT_DIR, { recursive: true })
    const csv = rows.map((r) => Object.values(r).join(',')).join('\n')
    const target = path.join(EXPORT_DIR, fileName)
    // expect: path-traversal
    await writeFile(target, csv, 'utf8')
    return target
  }

  compress(target: string) {
    // expect: command-injection
    return execSync(`gzip -f "${target}" && echo ${this.lastLabel} done`, { encoding: 'utf8' })
  }

  compressSafe(target: string) {
    return new Promise<void>((resolve, reject) => execFile('gzip', ['-f', target], (err) => (err ? reject(err) : resolve())))
  }
}
