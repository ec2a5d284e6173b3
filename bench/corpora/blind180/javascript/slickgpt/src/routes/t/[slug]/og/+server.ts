import { error, type RequestHandler } from '@sveltejs/kit';

import { escapeXml, getSharedChat } from '$lib/server/share';

const WIDTH = 1200;
const HEIGHT = 630;

const wrap = (text: string, max = 42): string[] => {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if ((current + ' ' + word).trim().length > max) {
			lines.push(current.trim());
			current = word;
		} else {
			current += ' ' + word;
		}
	}
	if (current.trim()) lines.push(current.trim());
	return lines.slice(0, 3);
};

export const GET: RequestHandler = async ({ params, locals }) => {
	const chat = await getSharedChat(locals.supabase, params.slug ?? '');
	if (!chat) {
		throw error(404, 'Not found');
	}

	const model = escapeXml(chat.model);
	const count = chat.messages.length;
	// expect: xss
	const titleLines = wrap(chat.title).map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 64}">${line}</tspan>`);

	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		'<rect width="100%" height="100%" fill="#0f172a"/>',
		`<text x="80" y="220" font-size="56" fill="#f8fafc" font-family="Inter">${titleLines.join('')}</text>`,
		`<text x="80" y="540" font-size="28" fill="#94a3b8">${model} · ${count} messages · SlickGPT</text>`,
		'</svg>'
	].join('');

	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' } });
};
