import { AppContext, SubPath } from './types';

type RouteHandler = (path: SubPath, ctx: AppContext) => Promise<any>;

// Routes are written as 'api/items/:id/content'; the :id part is handed to the
// handler already split out of the URL, as Joplin Server does.
export default class Router {
	private routes_: { method: string; pattern: RegExp; handler: RouteHandler }[] = [];

	private add(method: string, route: string, handler: RouteHandler) {
		const pattern = new RegExp(`^${route.replace(':id', '([^/]+)')}$`);
		this.routes_.push({ method, pattern, handler });
	}

	public get(route: string, handler: RouteHandler) { this.add('GET', route, handler); }
	public post(route: string, handler: RouteHandler) { this.add('POST', route, handler); }

	public async dispatch(ctx: AppContext): Promise<boolean> {
		const rel = ctx.path.replace(/^\//, '');
		for (const route of this.routes_) {
			if (route.method !== ctx.method) continue;
			const match = route.pattern.exec(rel);
			if (!match) continue;
			const id = match[1] ? decodeURIComponent(match[1]) : '';
			const subPath: SubPath = { id, link: '', addressingType: 'id', raw: rel, schema: '' };
			const result = await route.handler(subPath, ctx);
			if (result !== undefined) ctx.body = result;
			return true;
		}
		return false;
	}
}
