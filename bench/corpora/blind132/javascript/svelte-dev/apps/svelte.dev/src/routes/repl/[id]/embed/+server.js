import { error } from '@sveltejs/kit';
import * as gist from '$lib/server/gist.js';
import { escape_html } from '$lib/server/escape.js';

export async function GET({ params }) {
	const app = await gist.read(params.id);
	if (!app) error(404, 'not found');

	// the name and description were typed by the owner of the app
	const html = `<!doctype html><html><head><title>${app.name} • Svelte REPL</title></head><body><p>${escape_html(app.description)}</p><div id="repl" data-id="${escape_html(String(app.id))}"></div></body></html>`;

	// expect: xss
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
