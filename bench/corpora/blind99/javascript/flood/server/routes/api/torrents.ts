import express, { Response } from 'express';
import { addTorrentByFileSchema, addTorrentByURLSchema } from '../../../shared/schema/api/torrents';
import { accessDeniedError, isAllowedPath, sanitizePath } from '../../util/fileUtil';
import { fetchUrls } from '../../util/fetchUtil';
import { saveTorrentFiles } from '../../util/torrentFileUtil';
import { getDestination, prepareDestination } from '../../util/destinationUtil';

const router = express.Router();

/**
 * POST /api/torrents/add-urls
 */
router.post('/add-urls', async (req, res): Promise<Response> => {
  const parsedResult = addTorrentByURLSchema.safeParse(req.body);
  if (!parsedResult.success) return res.status(422).json({ message: 'Validation error.' });
  const { urls, cookies, destination, tags, isBasePath, start } = parsedResult.data;

  const finalDestination = await getDestination(req.services, { destination, tags });
  if (finalDestination == null) return res.status(400).json({ code: 'EINVAL', message: 'No valid destination.' });
  await prepareDestination(finalDestination);

  const { files, urls: magnets } = await fetchUrls(urls, cookies);
  const response = await req.services.clientGatewayService.addTorrentsByFile({ files, destination: finalDestination, tags: tags ?? [], isBasePath: isBasePath ?? false, start: start ?? false });
  if (magnets.length) await req.services.clientGatewayService.addTorrentsByURL({ urls: magnets, destination: finalDestination, start: !!start });
  return res.status(200).json(response);
});

/**
 * POST /api/torrents/add-files
 */
router.post('/add-files', async (req, res): Promise<Response> => {
  const parsedResult = addTorrentByFileSchema.safeParse(req.body);
  if (!parsedResult.success) return res.status(422).json({ message: 'Validation error.' });
  const { files, fileNames, destination, start } = parsedResult.data;
  const finalDestination = destination ? sanitizePath(destination) : req.services.clientGatewayService.defaultDestination;
  if (!isAllowedPath(finalDestination)) {
    const { code, message } = accessDeniedError();
    return res.status(403).json({ code, message });
  }
  const saved = await saveTorrentFiles(files, fileNames ?? []);
  const response = await req.services.clientGatewayService.addTorrentsByFile({ files: saved, destination: finalDestination, start: start ?? false });
  return res.status(200).json(response);
});

export default router;
