import { json, type RequestHandler } from '@sveltejs/kit';
import { faviconUrl, getMetadata } from '$lib/utils/get-metadata';

export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.user) {
		return json({ error: 'Unauthorized' }, { status: 401 });
	}
	const { url = '' } = await request.json();
	const metadata = await getMetadata(url);
	return json({ metadata, icon: faviconUrl(url) });
};
