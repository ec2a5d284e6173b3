import type { Server as HTTPServer } from 'node:http';
import { Server as SocketIOServer } from 'socket.io';
import { LogHelper } from '@/helpers/log-helper';
import { ASR_INSTANCE } from '@/core/asr/asr';
import { NLU } from '@/core';

export function startSocketServer(httpServer: HTTPServer) {
  const io = new SocketIOServer(httpServer, { cors: { origin: process.env.LEON_WEBAPP_ORIGIN || 'http://localhost:5173' } });

  io.on('connection', (socket) => {
    socket.on('init', (data: { client: string; lang?: string }) => {
      LogHelper.info(`Client connected: ${data.client}`);
      socket.emit('ready');
    });

    socket.on('utterance', async (data: { client: string; value: string }) => {
      LogHelper.infoSafe('utterance', { client: data.client, length: data.value.length });
      await NLU.process(data.value);
    });

    socket.on('recognize', async (data: { blob: Buffer; ext?: string; strict?: boolean }) => {
      const ext = data.ext ?? 'wav';
      const file = data.strict ? await ASR_INSTANCE.encodeChecked(data.blob, ext) : await ASR_INSTANCE.encode(data.blob, ext);
      socket.emit('asr-file', { ok: Boolean(file) });
    });
  });

  return io;
}
