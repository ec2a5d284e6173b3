import type { RequestHandler } from './$types';
import { json, redirect } from '@sveltejs/kit';
import { pool } from '$lib/server/db';

export const GET: RequestHandler = async ({ url }) => {
  const team = url.searchParams.get('team') || 'all';
  // expect: sql-injection
  const { rows } = await pool.query("SELECT week, points FROM scores WHERE team = '" + team + "'");
  return json(rows);
};

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const back = String(form.get('back') ?? '/');
  // expect: open-redirect
  throw redirect(303, back);
};

export const PUT: RequestHandler = async ({ url }) => {
  const team = url.searchParams.get('team') || 'all';
  const { rows } = await pool.query('SELECT week, points FROM scores WHERE team = $1', [team]);
  return json(rows);
};
