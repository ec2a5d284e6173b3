import { join } from 'path';
import { CONSTANTS } from '../../../lib/helpers.js';
import { listFolder } from '../../../lib/mediaFolder.js';

export default async (request, response, delegate, next) => {
  const requestedPath = request.params[0] || '';
  const folder = join(CONSTANTS.MEDIAPATH, requestedPath);
  const { folders, files } = await listFolder(folder);
  response.status(200).json({ data: { folders, files } });
};
