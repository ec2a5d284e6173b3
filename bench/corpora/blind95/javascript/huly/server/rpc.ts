import { WebSocketServer, type WebSocket } from 'ws'
import { decodeToken } from './token'
import { BlobService } from '../services/blob'
import { TxSearch } from '../services/search'
import { PreviewClient } from '../services/preview'

interface Request { id: number, method: string, params: any[] }

interface ClientSession { workspace: string, email: string, lang?: string }

const blobs = new BlobService('/var/lib/huly/blobs')
const search = new TxSearch()
const previews = PreviewClient.create(process.env.PREVIEW_URL ?? 'http://preview:4040')

const handlers: Record<string, (session: ClientSession, ...args: any[]) => Promise<any>> = {
  findAll: async (session, cls: string, query: Record<string, string>) => await search.findAll(session.workspace, cls, query),
  searchFulltext: async (session, text: string) => await search.fulltext(session.workspace, text),
  loadBlob: async (session, name: string) => await blobs.read(session.workspace, name),
  loadBlobChecked: async (session, name: string) => await blobs.readChecked(session.workspace, name),
  preview: async (session, url: string) => await previews.fetchPreview(url),
  previewChecked: async (session, url: string) => await previews.fetchPreviewChecked(url)
}

export function startRpc (port: number): void {
  const wss = new WebSocketServer({ port })
  wss.on('connection', (ws: WebSocket, req) => {
    const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token') ?? ''
    const session: ClientSession = decodeToken(token)
    ws.on('message', async (raw: Buffer) => {
      const request: Request = JSON.parse(raw.toString())
      const handler = handlers[request.method]
      if (handler === undefined) {
        ws.send(JSON.stringify({ id: request.id, error: 'unknown method' }))
        return
      }
      const result = await handler(session, ...request.params)
      ws.send(JSON.stringify({ id: request.id, result }))
    })
  })
}
