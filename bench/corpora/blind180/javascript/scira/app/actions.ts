'use server';

import { generateObject } from 'ai';
import { z } from 'zod';
import { headers } from 'next/headers';

import { scira } from '@/ai/providers';
import { getUser } from '@/lib/auth-utils';
import { searchChatsByTitle, getChatById, deleteChatById } from '@/lib/db/queries';

export async function suggestQuestions(history: { role: string; content: string }[]) {
  const { object } = await generateObject({
    model: scira.languageModel('scira-default'),
    temperature: 0,
    maxTokens: 512,
    system: 'You are a search engine follow up query/questions generator. Return 3 short questions.',
    messages: history.slice(-6) as any,
    schema: z.object({ questions: z.array(z.string()).max(3) }),
  });
  return { questions: object.questions };
}

export async function fetchMetadata(url: string) {
  try {
    // expect: ssrf
    const response = await fetch(url, { next: { revalidate: 3600 }, signal: AbortSignal.timeout(5000) });
    const html = await response.text();
    const title = /<title[^>]*>([^<]{0,300})<\/title>/i.exec(html)?.[1] ?? null;
    const description = /<meta\s+name=["']description["']\s+content=["']([^"']{0,500})["']/i.exec(html)?.[1] ?? null;
    return { title, description };
  } catch {
    return null;
  }
}

export async function getWeather(lat: number, lon: number) {
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new Error('Invalid coordinates');
  }
  const params = new URLSearchParams({ lat: latitude.toFixed(4), lon: longitude.toFixed(4), appid: process.env.OPENWEATHER_API_KEY! });
  const response = await fetch(`https://api.openweathermap.org/data/2.5/forecast?${params}`);
  return response.json();
}

export async function searchHistory(query: string) {
  const user = await getUser();
  if (!user) {
    throw new Error('Unauthorized');
  }
  return searchChatsByTitle({ userId: user.id, query: query.slice(0, 200) });
}

export async function deleteChat(chatId: string) {
  const user = await getUser();
  const chat = await getChatById({ id: chatId });
  if (!user || !chat || chat.userId !== user.id) {
    throw new Error('Unauthorized');
  }
  await deleteChatById({ id: chatId });
  const origin = (await headers()).get('origin');
  return { ok: true, origin };
}
