import fs from 'fs/promises'
import path from 'path'

const MEDIA_ROOT = path.join(process.cwd(), 'public', 'uploads')

export class LocalMediaStore {
  constructor(private root: string = MEDIA_ROOT) {}

  async list(directory: string) {
    const dir = directory || ''
    // expect: path-traversal
    return fs.readdir(path.join(this.root, dir))
  }

  async remove(mediaPath: string) {
    const full = path.resolve(this.root, mediaPath)
    if (!full.startsWith(this.root + path.sep)) {
      throw new Error('outside media root')
    }
    await fs.unlink(full)
  }

  async upload(directory: string, fileName: string, data: Buffer) {
    const safeName = path.basename(fileName)
    await fs.writeFile(path.join(this.root, safeName), data)
    return `/uploads/${safeName}`
  }
}
