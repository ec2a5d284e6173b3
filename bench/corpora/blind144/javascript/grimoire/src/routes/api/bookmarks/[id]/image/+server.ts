import { json, type RequestHandler } from '@sveltejs/kit';
import { saveImage } from '$lib/server/storage';

export const POST: RequestHandler = async ({ request, locals, params }) => {
	if (!locals.user) {
		return json({ error: 'Unauthorized' }, { status: 401 });
	}
	const form = await request.formData();
	const file = form.get('image');
	if (!(file instanceof File)) {
		return json({ error: 'No image' }, { status: 400 });
	}
	const name = await saveImage(locals.user.id, file, form.get('keepName') === 'true');
	await locals.pb.collection('bookmarks').update(params.id as string, { main_image: name });
	return json({ name });
};
