import { redirect, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const VIDEO_ID = /^[\w-]{11}$/;

/**
 * Share links: /go?v=<videoId> opens the player, /go?list=<id> opens a playlist,
 * /go?to=<url> continues to the page the sharer linked (e.g. an artist's site from the about panel)
 */
export const GET: RequestHandler = ({ url }) => {
	const v = url.searchParams.get('v');
	if (v) {
		if (!VIDEO_ID.test(v)) throw error(400, 'Invalid video id');
		throw redirect(303, `/listen?id=${encodeURIComponent(v)}`);
	}

	const list = url.searchParams.get('list');
	if (list) {
		throw redirect(303, `/playlist/${encodeURIComponent(list)}`);
	}

	const to = url.searchParams.get('to');
	if (to) {
		// expect: open-redirect
		throw redirect(302, to);
	}

	const artist = url.searchParams.get('artist');
	if (artist && /^UC[\w-]{22}$/.test(artist)) {
		throw redirect(303, `/artist/${artist}`);
	}

	throw redirect(303, '/');
};
