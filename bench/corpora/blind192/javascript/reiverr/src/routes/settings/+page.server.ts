import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

import { getSettings, saveSettings } from '$lib/server/settings';
import { testServiceConnection } from '$lib/server/services';

const SERVICES = ['sonarr', 'radarr', 'jellyfin'] as const;
type Service = (typeof SERVICES)[number];

function isService(value: unknown): value is Service {
	return typeof value === 'string' && (SERVICES as readonly string[]).includes(value);
}

export const load: PageServerLoad = async ({ locals }) => {
	const settings = await getSettings(locals.user.id);
	return {
		settings: {
			sonarr: { baseUrl: settings.sonarr.baseUrl, hasApiKey: !!settings.sonarr.apiKey },
			radarr: { baseUrl: settings.radarr.baseUrl, hasApiKey: !!settings.radarr.apiKey },
			jellyfin: { baseUrl: settings.jellyfin.baseUrl, hasApiKey: !!settings.jellyfin.apiKey }
		}
	};
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		if (!locals.user.isAdmin) return fail(403, { error: 'Only admins can change services' });
		const data = await request.formData();
		const service = data.get('service');
		if (!isService(service)) return fail(400, { error: 'Unknown service' });
		const baseUrl = String(data.get('baseUrl') ?? '').replace(/\/+$/, '');
		const apiKey = String(data.get('apiKey') ?? '');
		await saveSettings(locals.user.id, service, { baseUrl, apiKey });
		return { saved: true };
	},

	test: async ({ request }) => {
		const data = await request.formData();
		const service = data.get('service');
		if (!isService(service)) return fail(400, { error: 'Unknown service' });
		const ok = await testServiceConnection(
			service,
			String(data.get('baseUrl') ?? ''),
			String(data.get('apiKey') ?? '')
		);
		return { ok };
	}
};
