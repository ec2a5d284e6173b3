import { Server as SocketIOServer } from 'socket.io';
import type { Server } from 'http';
import { monitorManager } from '../model/monitor';
import { logger } from '../utils/logger';

export function initSocketio(httpServer: Server) {
  const io = new SocketIOServer(httpServer, { path: '/socket.io' });

  io.on('connection', (socket) => {
    const workspaceId = String(socket.handshake.query.workspaceId ?? '');
    const clientName = (socket.handshake.query.client as string) || 'web';
    logger.connection(workspaceId, clientName);
    socket.join(`workspace:${workspaceId}`);

    socket.on('onMonitorTest', async (payload: { type: string; hostname: string; strict?: boolean }, cb) => {
      const result = payload.strict
        ? await monitorManager.testPingChecked(payload.hostname)
        : await monitorManager.testPing(payload.hostname);
      cb({ ok: true, result });
    });
  });

  return io;
}
