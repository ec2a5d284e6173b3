import * as fs from 'fs-extra';
import Router from '../../utils/Router';
import { AppContext, SubPath } from '../../utils/types';
import { formParse, queryParam } from '../../utils/requestUtils';
import { ErrorBadRequest, ErrorForbidden } from '../../utils/errors';
import EnexImportService from '../../services/EnexImportService';

const router = new Router();

router.post('api/import/enex', async (_path: SubPath, ctx: AppContext) => {
	const owner = ctx.joplin.owner;
	if (!owner) throw new ErrorForbidden();
	const form = await formParse(ctx);
	const file = form.files.file;
	if (!file) throw new ErrorBadRequest('Missing file');

	const xml = await fs.readFile(file.filepath, 'utf8');
	const legacy = form.fields.legacyEntities === '1';
	const service = new EnexImportService(!legacy);
	const doc = service.parse(xml);

	const wanted = queryParam(ctx, 'title');
	if (wanted) {
		return { notes: [service.noteByTitle(doc, wanted)].filter(Boolean) };
	}
	let index = Number.parseInt(queryParam(ctx, 'index', '1'), 10);
	if (Number.isNaN(index)) index = 1;
	return { notes: service.notes(doc), selected: service.noteByIndex(doc, index) };
});

export default router;
