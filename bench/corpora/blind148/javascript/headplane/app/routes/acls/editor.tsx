import { type ActionFunctionArgs, type LoaderFunctionArgs, data } from 'react-router';
import type { LoadContext } from '~/server';
import { readPolicyFile, readPolicyFileChecked, writePolicyFile } from '~/server/acl/policy-store';
import { getSession } from '~/utils/sessions.server';

export async function loader({ request, context }: LoaderFunctionArgs<LoadContext>) {
	const session = await getSession(request.headers.get('Cookie'));
	if (!session.has('api_key')) {
		throw data('Unauthorized', { status: 401 });
	}
	const url = new URL(request.url);
	const file = url.searchParams.get('file') ?? 'acl.hujson';
	const backup = url.searchParams.get('backup') === '1';

	const policy = backup
		? await readPolicyFile(context.config.headscale.acl_dir, file)
		: await readPolicyFileChecked(context.config.headscale.acl_dir, file);
	return { policy, file };
}

export async function action({ request, context }: ActionFunctionArgs<LoadContext>) {
	const session = await getSession(request.headers.get('Cookie'));
	if (!session.has('api_key')) {
		throw data('Unauthorized', { status: 401 });
	}
	const formData = await request.formData();
	const policy = String(formData.get('policy') ?? '');
	await writePolicyFile(context.config.headscale.acl_dir, policy);
	await context.client.put('v1/policy', session.get('api_key')!, { policy });
	return { success: true };
}
