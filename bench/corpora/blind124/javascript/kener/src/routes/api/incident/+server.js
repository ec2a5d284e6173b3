import { json } from '@sveltejs/kit';
import { CreateIncident } from '$lib/server/controllers/controller.js';

export async function POST({ request, locals }) {
	if (!locals.apiKeyValid) {
		return json({ error: 'invalid api key' }, { status: 401 });
	}
	const body = await request.json();
	if (!body.title) {
		return json({ error: 'title is required' }, { status: 400 });
	}
	const incident = await CreateIncident(body);
	return json(incident, { status: 201 });
}
