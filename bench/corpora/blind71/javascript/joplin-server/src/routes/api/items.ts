import * as fs from 'fs-extra';
import * as path from 'path';
import Router from '../../utils/Router';
import { AppContext, SubPath } from '../../utils/types';
import { queryParam } from '../../utils/requestUtils';
import { ErrorNotFound, ErrorForbidden } from '../../utils/errors';

const router = new Router();

const STORAGE_ROOT = path.resolve(process.env.STORAGE_PATH || '/var/lib/joplin/items');

router.get('api/items/:id/children', async (path: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const folder = path.id;
	const orderBy = queryParam(ctx, 'order_by', 'name');
	const dir = queryParam(ctx, 'order_dir', 'asc');
	const items = await ctx.joplin.models.item().children(owner.id, folder, orderBy, dir);
	return { items, has_more: false };
});

router.get('api/items/target', async (_path: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const items = await ctx.joplin.models.item().childrenInTarget(owner.id, ctx.joplin.syncTarget);
	return { items };
});

router.get('api/items/:id/content', async (path: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const item = await ctx.joplin.models.item().loadByName(owner.id, path.id);
	if (!item) throw new ErrorNotFound();
	ctx.response.set('Content-Type', item.mime_type);
	return item.content;
});

router.get('api/items/:id/blob', async (subPath: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const ownerDir = path.join(STORAGE_ROOT, owner.id);
	const requested = path.resolve(ownerDir, subPath.id);
	if (!requested.startsWith(ownerDir + path.sep)) throw new ErrorForbidden('Invalid path');
	ctx.response.attachment(path.basename(requested));
	return fs.createReadStream(requested);
});

router.get('api/items/:id/blob_legacy', async (subPath: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const variant = queryParam(ctx, 'variant');
	const fileName = variant ? `${subPath.id}.${variant}` : subPath.id;
	// expect: path-traversal
	return fs.createReadStream(path.join(STORAGE_ROOT, owner.id, fileName));
});

export default router;
