import { WebSocket } from 'ws';
import type { IncomingMessage } from 'http';
import { handleMessage } from './messageHandler';
import { loadCustomOpenAIModel } from '../lib/providers/customOpenAI';

export const handleConnection = async (ws: WebSocket, request: IncomingMessage) => {
  const searchParams = new URL(request.url ?? '/', 'http://localhost').searchParams;
  const chatModelProvider = searchParams.get('chatModelProvider') ?? 'openai';
  const session = {
    provider: chatModelProvider,
    customBaseURL: searchParams.get('openAIBaseURL') ?? '',
    customKey: searchParams.get('openAIApiKey') ?? '',
  };

  if (chatModelProvider === 'custom_openai') {
    await loadCustomOpenAIModel(session.customBaseURL, session.customKey);
  }

  ws.on('message', async (message) => handleMessage(message.toString(), ws, session));
};
