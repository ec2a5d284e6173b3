import { RoomSnapshot, TLSocketRoom } from '@tldraw/sync-core'
import { mkdir, readFile, writeFile } from 'fs/promises'
import { join } from 'path'

const DIR = './.rooms'

function sanitizeRoomId(roomId: string): string {
	return roomId.replace(/[^a-zA-Z0-9_-]/g, '_')
}

async function readSnapshotIfExists(roomId: string) {
	try {
		const data = await readFile(join(DIR, roomId))
		return JSON.parse(data.toString()) ?? undefined
	} catch (e) {
		return undefined
	}
}

async function saveSnapshot(roomId: string, snapshot: RoomSnapshot) {
	await mkdir(DIR, { recursive: true })
	await writeFile(join(DIR, roomId), JSON.stringify(snapshot))
}

const rooms = new Map<string, { id: string; room: TLSocketRoom<any, void>; needsPersist: boolean }>()

export async function makeOrLoadRoom(rawRoomId: string) {
	const roomId = sanitizeRoomId(rawRoomId)
	const existing = rooms.get(roomId)
	if (existing && !existing.room.isClosed()) return existing.room

	const initialSnapshot = await readSnapshotIfExists(roomId)
	const roomState = {
		id: roomId,
		needsPersist: false,
		room: new TLSocketRoom({
			initialSnapshot,
			onDataChange() {
				roomState.needsPersist = true
			},
		}),
	}
	rooms.set(roomId, roomState)
	return roomState.room
}

setInterval(() => {
	for (const roomState of rooms.values()) {
		if (roomState.needsPersist) {
			roomState.needsPersist = false
			saveSnapshot(roomState.id, roomState.room.getCurrentSnapshot())
		}
	}
}, 2000)
