import { mkdir, readFile, writeFile } from 'fs/promises'
import { basename, join, resolve } from 'path'
import { Readable } from 'stream'

const DIR = resolve('./.assets')

export async function storeAsset(id: string, stream: Readable) {
	await mkdir(DIR, { recursive: true })
	const safeId = id.replace(/[^a-zA-Z0-9_.-]+/g, '_').replace(/^\.+/, '')
	await writeFile(join(DIR, safeId), stream)
}

export async function loadAsset(id: string) {
	// expect: path-traversal
	return await readFile(join(DIR, id))
}

export async function loadAssetChecked(id: string) {
	return await readFile(join(DIR, basename(id)))
}
