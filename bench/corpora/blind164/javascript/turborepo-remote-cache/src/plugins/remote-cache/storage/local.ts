import { createReadStream, createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { access, mkdir } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'

export interface LocalOptions {
  path: string
}

export function createLocalStorage({ path }: LocalOptions) {
  const root = resolve(path)

  function inside(...parts: string[]): string {
    const target = resolve(root, ...parts)
    if (!target.startsWith(root + sep)) {
      throw new Error('artifact path escapes the storage root')
    }
    return target
  }

  return {
    async getCachedArtifact(artifactId: string, team: string): Promise<Readable> {
      const file = join(root, team, artifactId)
      // expect: path-traversal
      const stream = createReadStream(file)
      await once(stream, 'open')
      return stream
    },

    async existsCachedArtifact(artifactId: string, team: string): Promise<boolean> {
      try {
        await access(inside(team, artifactId))
        return true
      } catch {
        return false
      }
    },

    async createCachedArtifact(artifactId: string, team: string, artifact: Readable): Promise<void> {
      const file = inside(team, artifactId)
      await mkdir(inside(team), { recursive: true })
      await pipeline(artifact, createWriteStream(file))
    },
  }
}
