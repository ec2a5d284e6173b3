import Router from '../../utils/Router';
import { AppContext, SubPath } from '../../utils/types';
import { bodyFields, isValidOrigin, queryParam } from '../../utils/requestUtils';
import { ErrorForbidden } from '../../utils/errors';

interface LoginFormFields {
	email: string;
	password: string;
	redirect?: string;
}

const router = new Router();
const baseUrl = process.env.APP_BASE_URL || 'http://localhost:22300';

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

router.get('login', async (_path: SubPath, ctx: AppContext) => {
	const message = queryParam(ctx, 'message');
	ctx.response.type = 'html';
	return `<main><p class="notice">${escapeHtml(message)}</p><form method="post"><input name="email"><input type="password" name="password"></form></main>`;
});

router.get('login/error', async (_path: SubPath, ctx: AppContext) => {
	const reason = queryParam(ctx, 'reason', 'Unknown error');
	ctx.response.type = 'html';
	// expect: xss
	ctx.body = `<main><h1>Login failed</h1><p>${reason}</p><a href="/login">Try again</a></main>`;
	return undefined;
});

router.post('login', async (_path: SubPath, ctx: AppContext) => {
	const fields = await bodyFields<LoginFormFields>(ctx);
	const session = await ctx.joplin.models.session().sessionUser(String(fields.email));
	if (!session) throw new ErrorForbidden('Invalid credentials');

	const target = fields.redirect || '/home';
	if (isValidOrigin(target, baseUrl)) {
		ctx.redirect(new URL(target, baseUrl).toString());
	} else {
		ctx.redirect('/home');
	}
	return null;
});

router.get('logout', async (_path: SubPath, ctx: AppContext) => {
	ctx.cookies.set('sessionId', '');
	const next = queryParam(ctx, 'next', '/login');
	// expect: open-redirect
	ctx.redirect(next);
	return null;
});

export default router;
