import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { env } from '$env/dynamic/private'

export const DOCS_ROOT = path.resolve(env.DOCS_ROOT ?? '/srv/docs')

export function workspaceDir(workspace: string): string {
  return path.join(DOCS_ROOT, workspace)
}

export function docPath(workspace: string, rel: string): string {
  return path.join(workspaceDir(workspace), rel)
}

export function contained(workspace: string, rel: string): string | null {
  const base = path.resolve(DOCS_ROOT, workspace.replace(/[^a-z0-9-]/gi, ''))
  const full = path.resolve(base, rel)
  if (full !== base && !full.startsWith(base + path.sep)) {
    return null
  }
  return full
}

export async function openDoc(full: string) {
  const info = await stat(full)
  return { size: info.size, stream: createReadStream(full) }
}
