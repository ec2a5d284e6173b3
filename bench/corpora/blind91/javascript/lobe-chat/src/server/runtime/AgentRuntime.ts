import { JWTPayload } from '../middleware/checkAuth';

const DEFAULT_BASE_URLS: Record<string, string> = {
  anthropic: 'https://api.anthropic.com/v1',
  ollama: 'http://127.0.0.1:11434',
  openai: 'https://api.openai.com/v1',
};

export interface ChatPayload {
  messages: { content: string; role: string }[];
  model: string;
  stream?: boolean;
}

export class AgentRuntime {
  private baseURL: string;
  private apiKey?: string;

  constructor(baseURL: string, apiKey?: string) {
    this.baseURL = baseURL.replace(/\/$/, '');
    this.apiKey = apiKey;
  }

  static initFromRequest(provider: string, payload: JWTPayload) {
    // a user-configured proxy URL wins over the provider default
    const baseURL = payload.baseURL || DEFAULT_BASE_URLS[provider] || DEFAULT_BASE_URLS.openai;
    return new AgentRuntime(baseURL, payload.apiKey || process.env.OPENAI_API_KEY);
  }

  static initFromServerConfig(provider: string) {
    const baseURL = process.env[`${provider.toUpperCase()}_PROXY_URL`] ?? DEFAULT_BASE_URLS[provider];
    return new AgentRuntime(baseURL, process.env[`${provider.toUpperCase()}_API_KEY`]);
  }

  async chat(payload: ChatPayload) {
    const headers = { 'Authorization': `Bearer ${this.apiKey}`, 'Content-Type': 'application/json' };
    // expect: ssrf
    return fetch(`${this.baseURL}/chat/completions`, { body: JSON.stringify(payload), headers, method: 'POST' });
  }
}
