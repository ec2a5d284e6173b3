import { OPENAI_API_KEY } from '$env/static/private';

export type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

export const MODELS = new Set(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3-mini']);

const OPENAI_BASE = 'https://api.openai.com/v1';

export interface CompletionRequest {
	model: string;
	messages: ChatMessage[];
	temperature: number;
	maxTokens: number;
	apiKey?: string;
	endpoint?: string;
}

/**
 * Streams a chat completion. Users may bring their own key; by default the server key is used.
 */
export async function streamCompletion(request: CompletionRequest): Promise<Response> {
	const base = request.endpoint ? request.endpoint.replace(/\/+$/, '') : OPENAI_BASE;
	// expect: ssrf
	return fetch(`${base}/chat/completions`, {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${request.apiKey || OPENAI_API_KEY}`,
			'Content-Type': 'application/json'
		},
		body: JSON.stringify({
			model: request.model,
			messages: request.messages,
			temperature: request.temperature,
			max_tokens: request.maxTokens,
			stream: true
		})
	});
}

export async function moderate(input: string): Promise<boolean> {
	const response = await fetch(`${OPENAI_BASE}/moderations`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${OPENAI_API_KEY}`, 'Content-Type': 'application/json' },
		body: JSON.stringify({ input })
	});
	const data = await response.json();
	return Boolean(data.results?.[0]?.flagged);
}
