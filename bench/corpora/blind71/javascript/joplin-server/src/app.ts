import Koa from 'koa';
import knex from 'knex';
import newModelFactory from './models/factory';
import { AppContext } from './utils/types';
import { ApiError } from './utils/errors';
import itemsRouter from './routes/api/items';
import importRouter from './routes/api/import';
import loginRouter from './routes/index/login';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL || 'postgres://localhost/joplin' });
const models = newModelFactory(db);
const routers = [itemsRouter, importRouter, loginRouter];

const app = new Koa();

// Sets up ctx.joplin for the request and loads the owner from the session.
async function ownerHandler(ctx: AppContext, next: Koa.Next): Promise<void> {
	ctx.joplin = { db, models, owner: null, syncTarget: 'root' };
	const sessionId = ctx.cookies.get('sessionId') || ctx.get('X-API-AUTH');
	ctx.joplin.owner = sessionId ? await models.session().sessionUser(sessionId) : null;
	// the folder the client says it syncs into; used by the item routes
	ctx.joplin.syncTarget = ctx.get('X-Sync-Target') || 'root';
	return next();
}

async function routeHandler(ctx: AppContext): Promise<void> {
	try {
		for (const router of routers) {
			if (await router.dispatch(ctx)) return;
		}
		ctx.status = 404;
		ctx.body = { error: 'Not Found' };
	} catch (error) {
		ctx.status = error instanceof ApiError ? error.httpCode : 500;
		ctx.body = { error: error instanceof ApiError ? error.message : 'Internal Server Error' };
	}
}

app.use(ownerHandler as any);
app.use(routeHandler as any);

app.listen(Number(process.env.APP_PORT || 22300));
