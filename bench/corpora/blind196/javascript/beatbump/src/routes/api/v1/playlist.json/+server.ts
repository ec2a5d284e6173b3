import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { browsePlaylist } from '$lib/server/innertube';
import { parsePlaylist } from '$lib/parsers/playlist';

const LIST_ID = /^(VL)?(PL|OLAK5uy_|RD|LM)[\w-]{0,64}$/;

export const GET: RequestHandler = async ({ url, setHeaders }) => {
	const list = url.searchParams.get('list') ?? '';
	if (!LIST_ID.test(list)) {
		throw error(400, 'Invalid playlist id');
	}
	const data = await browsePlaylist(list);
	const playlist = parsePlaylist(data);
	setHeaders({ 'Cache-Control': 'public, max-age=600' });
	return json({
		id: list,
		title: playlist.title,
		thumbnail: `/api/v1/proxy?url=${encodeURIComponent(playlist.thumbnail)}`,
		tracks: playlist.tracks,
		continuation: playlist.continuation ?? null,
	});
};

export const POST: RequestHandler = async ({ request }) => {
	const { continuation } = (await request.json()) as { continuation?: string };
	if (typeof continuation !== 'string' || continuation.length > 512) {
		throw error(400, 'Invalid continuation');
	}
	const res = await fetch(`https://music.youtube.com/youtubei/v1/browse?ctoken=${encodeURIComponent(continuation)}&type=next`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ context: { client: { clientName: 'WEB_REMIX', clientVersion: '1.20240918.01.00' } } }),
	});
	return json(parsePlaylist(await res.json()));
};
