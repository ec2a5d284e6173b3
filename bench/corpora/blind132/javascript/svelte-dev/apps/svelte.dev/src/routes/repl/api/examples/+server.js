import { json } from '@sveltejs/kit';
import { read_example, read_example_by_slug } from '$lib/server/examples.js';

export async function GET({ url }) {
	const slug = url.searchParams.get('slug');
	if (slug) {
		return json(await read_example_by_slug(slug));
	}
	const file = url.searchParams.get('file') ?? 'hello-world/App.svelte';
	return json({ source: await read_example(file) });
}
