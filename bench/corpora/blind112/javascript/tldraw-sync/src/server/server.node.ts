import cors from '@fastify/cors'
import websocketPlugin from '@fastify/websocket'
import fastify from 'fastify'
import type { RawData } from 'ws'
import { loadAsset, loadAssetChecked, storeAsset } from './assets'
import { makeOrLoadRoom } from './rooms'
import { unfurl, unfurlChecked } from './unfurl'
import { logRoomEvent } from './log'

const PORT = 5858

const app = fastify()
app.register(websocketPlugin)
app.register(cors, { origin: '*' })

app.register(async (app) => {
	app.get('/connect/:roomId', { websocket: true }, async (socket, req) => {
		const roomId = (req.params as any).roomId as string
		const sessionId = (req.query as any)?.['sessionId'] as string

		const caughtMessages: RawData[] = []
		const collectMessagesListener = (message: RawData) => {
			caughtMessages.push(message)
		}
		socket.on('message', collectMessagesListener)

		const room = await makeOrLoadRoom(roomId)
		room.handleSocketConnect({ sessionId, socket })
		logRoomEvent('connect', roomId, sessionId)

		socket.off('message', collectMessagesListener)
		for (const message of caughtMessages) {
			socket.emit('message', message)
		}
	})

	app.addContentTypeParser('*', (_, __, done) => done(null))
	app.put('/uploads/:id', {}, async (req, res) => {
		const id = (req.params as any).id as string
		await storeAsset(id, req.raw)
		res.send({ ok: true })
	})

	app.get('/uploads/:id', async (req, res) => {
		const id = (req.params as any).id as string
		const strict = (req.query as any)?.strict === '1'
		const data = strict ? await loadAssetChecked(id) : await loadAsset(id)
		res.send(data)
	})

	app.get('/unfurl', async (req, res) => {
		const url = (req.query as any).url as string
		res.send(await unfurl(url))
	})

	app.get('/unfurl-safe', async (req, res) => {
		const url = (req.query as any).url as string
		res.send(await unfurlChecked(url))
	})
})

app.listen({ port: PORT }, (err) => {
	if (err) throw err
	console.log(`Server started on port ${PORT}`)
})
