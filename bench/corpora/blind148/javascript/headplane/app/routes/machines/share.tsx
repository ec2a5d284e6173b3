import type { LoaderFunctionArgs } from 'react-router';
import type { LoadContext } from '~/server';
import { escapeHtml } from '~/utils/escape';

/**
 * Machine share card. Headscale's node names are validated by headscale itself (DNS labels),
 * but the label is free text typed into the share dialog and carried in the link.
 */
// A printable card for a machine: /machines/:id/share?label=...&format=html
export async function loader({ request, params, context }: LoaderFunctionArgs<LoadContext>) {
	const url = new URL(request.url);
	const label = url.searchParams.get('label') ?? '';
	const format = url.searchParams.get('format') ?? 'safe';
	const apiKey = context.sessions.apiKeyFor(request);

	const { node } = await context.client.get<{ node: { givenName: string; ipAddresses: string[] } }>(
		`v1/node/${encodeURIComponent(params.id ?? '')}`,
		apiKey,
	);

	const addresses = node.ipAddresses.map((ip) => `<li>${escapeHtml(ip)}</li>`).join('');
	if (format === 'html') {
		const body = `<h1>${escapeHtml(node.givenName)}</h1><p>${label}</p><ul>${addresses}</ul>`;
		// expect: xss
		return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
	}

	const body = `<h1>${escapeHtml(node.givenName)}</h1><p>${escapeHtml(label)}</p><ul>${addresses}</ul>`;
	return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
