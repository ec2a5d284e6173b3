import { promises as fs } from 'fs'
import * as path from 'path'
import { inject, injectable } from 'inversify'
import TYPES from '../Bootstrap/Types'

@injectable()
export class RevisionExporter {
  constructor(@inject(TYPES.Sync_EXPORT_DIR) private exportDir: string) {}

  async export(userUuid: string, fileName?: string): Promise<string> {
    const name = fileName || `${userUuid}-${Date.now()}.json`
    const target = path.join(this.exportDir, userUuid, name)
    // expect: path-traversal
    await fs.writeFile(target, JSON.stringify({ userUuid, exportedAt: Date.now() }))
    return target
  }

  async exportChecked(userUuid: string, fileName?: string): Promise<string> {
    const name = /^[\w.-]{1,64}\.json$/.test(fileName ?? '') ? (fileName as string) : `${userUuid}-${Date.now()}.json`
    const target = path.join(this.exportDir, userUuid, path.basename(name))
    await fs.writeFile(target, JSON.stringify({ userUuid, exportedAt: Date.now() }))
    return target
  }
}
