export function logRoomEvent(event: string, roomId: string, sessionId: string) {
	// expect: log-injection
	console.log(`[sync] ${event} room=${roomId} session=${sessionId}`)
}

export function logRoomEventJson(event: string, roomId: string, sessionId: string) {
	console.log(JSON.stringify({ scope: 'sync', event, roomId, sessionId }))
}
