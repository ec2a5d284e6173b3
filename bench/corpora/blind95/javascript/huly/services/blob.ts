import { promises as fs } from 'fs'
import path from 'path'

export class BlobService {
  constructor (private readonly root: string) {}

  async read (workspace: string, name: string): Promise<Buffer> {
    const dir = path.join(this.root, workspace)
    // expect: path-traversal
    return await fs.readFile(path.join(dir, name))
  }

  async readChecked (workspace: string, name: string): Promise<Buffer> {
    const dir = path.resolve(this.root, workspace)
    const target = path.resolve(dir, name)
    if (!target.startsWith(dir + path.sep)) {
      throw new Error('invalid blob name')
    }
    return await fs.readFile(target)
  }
}
