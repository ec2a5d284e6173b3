import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

// expect: secret
const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-v9hUksn76t2wKGCUcs2EY7C3WrF_pjqDdl32uNR6Q9OMAFkwguMqSUXAsPjtmZ9j4K3wJNFpXjrZDnYeIWEChsq1Iy8q_AA' });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
// expect: secret
const LINEAR_API_KEY = 'lin_api_LIzDvdRinaCqEDAs6fIw45IwDGMc2rdyojPqgpJm';
// expect: secret
const NOTION_TOKEN = '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';

export async function ask(prompt: string) {
  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: prompt }] });
}
