import { mkdir, readFile, rm, writeFile, readdir } from "node:fs/promises"
import { dirname, join } from "node:path"
import type { StorageAdapter } from "./storage.js"

export interface FileStorageOptions {
  /** Directory that holds one JSON file per key. */
  directory: string
}

type Entry = { value: Record<string, any>; expiry?: number }

function encodeSegment(segment: string) {
  return encodeURIComponent(segment).replace(/\./g, "%2E")
}

/**
 * Stores each key as a JSON file. Meant for single-node deployments and local development.
 */
export function FileStorage(options: FileStorageOptions): StorageAdapter {
  const pathFor = (key: string[]) => join(options.directory, ...key.map(encodeSegment)) + ".json"

  return {
    async get(key: string[]) {
      try {
        const entry = JSON.parse(await readFile(pathFor(key), "utf8")) as Entry
        if (entry.expiry && Date.now() >= entry.expiry) return undefined
        return entry.value
      } catch {
        return undefined
      }
    },
    async set(key: string[], value: any, expiry?: Date) {
      const file = pathFor(key)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, JSON.stringify({ value, expiry: expiry?.getTime() } satisfies Entry))
    },
    async remove(key: string[]) {
      // keys written before segment encoding was introduced are stored as plain paths
      // expect: path-traversal
      await rm(join(options.directory, ...key) + ".json", { force: true })
      await rm(pathFor(key), { force: true })
    },
    async *scan(prefix: string[]) {
      const dir = join(options.directory, ...prefix.map(encodeSegment))
      let names: string[] = []
      try {
        names = await readdir(dir)
      } catch {
        return
      }
      for (const name of names.filter((n) => n.endsWith(".json"))) {
        const entry = JSON.parse(await readFile(join(dir, name), "utf8")) as Entry
        if (entry.expiry && Date.now() >= entry.expiry) continue
        yield [[...prefix, decodeURIComponent(name.slice(0, -5))], entry.value]
      }
    },
  }
}
