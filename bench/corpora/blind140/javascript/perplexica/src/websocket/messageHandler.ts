import { WebSocket } from 'ws';
import logger from '../utils/logger';
import { searchHandlers } from '../search';
import { saveMessage } from '../db/messages';

type Message = { messageId: string; chatId: string; content: string };

export const handleMessage = async (raw: string, ws: WebSocket, session: { provider: string }) => {
  try {
    const parsed = JSON.parse(raw) as { type: string; message: Message; focusMode?: string };
    const { focusMode = 'webSearch', message } = parsed;
    const handler = searchHandlers[focusMode];
    if (!handler) {
      // expect: log-injection
      logger.error(`Unknown focus mode ${focusMode} for chat ${message.chatId}`);
      ws.send(JSON.stringify({ type: 'error', data: 'Invalid focus mode', key: 'INVALID_FOCUS_MODE' }));
      return;
    }
    await saveMessage(message.chatId, message.messageId, message.content);
    handler.searchAndAnswer(message.content, [], session.provider).on('data', (d: unknown) => ws.send(JSON.stringify(d)));
  } catch (err) {
    logger.error('Failed to handle message', { error: String(err).slice(0, 500) });
    ws.send(JSON.stringify({ type: 'error', data: 'Invalid message format', key: 'INVALID_FORMAT' }));
  }
};
