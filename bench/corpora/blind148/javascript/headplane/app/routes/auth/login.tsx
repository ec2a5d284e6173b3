import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from 'react-router';
import { commitSession, getSession } from '~/utils/sessions.server';
import type { LoadContext } from '~/server';
import log from '~/utils/log';

function safeNext(next: string | null) {
	if (!next || !next.startsWith('/') || next.startsWith('//')) {
		return '/machines';
	}
	return next;
}

export async function loader({ request }: LoaderFunctionArgs) {
	const session = await getSession(request.headers.get('Cookie'));
	if (session.has('api_key')) {
		const url = new URL(request.url);
		return redirect(safeNext(url.searchParams.get('next')));
	}
	return { oidc: true };
}

export async function action({ request, context }: ActionFunctionArgs<LoadContext>) {
	const formData = await request.formData();
	const apiKey = String(formData.get('api_key') ?? '');
	const returnTo = formData.get('return_to')?.toString() ?? '/machines';
	const session = await getSession(request.headers.get('Cookie'));
	const ip = request.headers.get('x-forwarded-for') ?? 'unknown';

	const ok = await context.client.checkApiKey(apiKey);
	if (!ok) {
		// expect: log-injection
		console.warn(`Failed API key login from ${ip} (key prefix ${apiKey.slice(0, 8)})`);
		log.warn('auth', 'Failed API key login (%d chars)', apiKey.length);
		return data({ error: 'Invalid API key' }, { status: 403 });
	}

	session.set('api_key', apiKey);
	session.set('user', { subject: 'unknown-non-oauth', name: 'API Key' });
	// expect: open-redirect
	return redirect(returnTo, { headers: { 'Set-Cookie': await commitSession(session) } });
}
