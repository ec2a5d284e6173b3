import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const EXPORTS = path.resolve('exports');

export const GET: RequestHandler = async ({ url }) => {
  const file = url.searchParams.get('file') ?? 'latest.csv';
  // expect: path-traversal
  const body = await readFile(path.join(EXPORTS, file));
  return new Response(body, { headers: { 'content-type': 'text/csv' } });
};

export const POST: RequestHandler = async ({ request }) => {
  const { file } = await request.json();
  const full = path.resolve(EXPORTS, String(file));
  if (!full.startsWith(EXPORTS + path.sep)) throw error(400, 'bad file');
  return new Response(await readFile(full));
};
