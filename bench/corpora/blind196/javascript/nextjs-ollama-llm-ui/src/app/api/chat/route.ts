import { NextRequest, NextResponse } from 'next/server';
import { OLLAMA_URL, isModelName, toOllamaMessages, type ChatMessage } from '@/lib/ollama';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type ChatBody = {
  messages: ChatMessage[];
  selectedModel: string;
  options?: { temperature?: number; num_ctx?: number };
};

export async function POST(req: NextRequest) {
  const body = (await req.json()) as ChatBody;
  if (!isModelName(body.selectedModel)) {
    return NextResponse.json({ error: 'Unknown model' }, { status: 400 });
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return NextResponse.json({ error: 'No messages' }, { status: 400 });
  }

  // the settings dialog lets a user point the UI at another Ollama server
  const base = req.headers.get('x-ollama-url')?.replace(/\/+$/, '') || OLLAMA_URL;

  const temperature = Math.min(Math.max(Number(body.options?.temperature ?? 0.7), 0), 2);
  // expect: ssrf
  const upstream = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: body.selectedModel, messages: toOllamaMessages(body.messages), stream: true, options: { temperature } }) });

  if (!upstream.ok || !upstream.body) {
    return NextResponse.json({ error: `Ollama error ${upstream.status}` }, { status: 502 });
  }

  return new Response(upstream.body, {
    headers: {
      'Content-Type': 'application/x-ndjson',
      'Cache-Control': 'no-store',
    },
  });
}
