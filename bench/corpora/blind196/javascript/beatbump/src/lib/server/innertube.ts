const ORIGIN = 'https://music.youtube.com';
const API_BASE = `${ORIGIN}/youtubei/v1`;

const CLIENT = {
	clientName: 'WEB_REMIX',
	clientVersion: '1.20240918.01.00',
	hl: 'en',
	gl: 'US',
};

export type SearchFilter = 'songs' | 'videos' | 'albums' | 'artists' | 'playlists';

// protobuf "params" blobs YouTube Music uses for its search filter chips
const FILTER_PARAMS: Record<SearchFilter, string> = {
	songs: 'EgWKAQIIAWoKEAkQBRAKEAMQBA%3D%3D',
	videos: 'EgWKAQIQAWoKEAkQChAFEAMQBA%3D%3D',
	albums: 'EgWKAQIYAWoKEAkQChAFEAMQBA%3D%3D',
	artists: 'EgWKAQIgAWoKEAkQChAFEAMQBA%3D%3D',
	playlists: 'EgeKAQQoAEABagoQAxAEEAoQCRAF',
};

export function isFilter(value: string | null): value is SearchFilter {
	return value !== null && Object.prototype.hasOwnProperty.call(FILTER_PARAMS, value);
}

async function call<T>(endpoint: 'search' | 'browse' | 'next' | 'player', body: Record<string, unknown>): Promise<T> {
	const res = await fetch(`${API_BASE}/${endpoint}?prettyPrint=false`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Goog-Visitor-Id': '' },
		body: JSON.stringify({ context: { client: CLIENT }, ...body }),
	});
	if (!res.ok) throw new Error(`innertube ${endpoint} ${res.status}`);
	return res.json() as Promise<T>;
}

export function search(query: string, filter: SearchFilter) {
	return call<Record<string, unknown>>('search', { query, params: decodeURIComponent(FILTER_PARAMS[filter]) });
}

export function browsePlaylist(listId: string) {
	return call<Record<string, unknown>>('browse', { browseId: listId.startsWith('VL') ? listId : `VL${listId}` });
}
