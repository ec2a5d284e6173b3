import express from 'express'
import { basename, join } from 'path'
import { remove } from 'fs-extra'
import { asyncMiddleware, authenticate, ensureUserHasRight } from '../../../middlewares/index.js'
import { videoCaptionAddValidator, videosSearchValidator } from '../../../middlewares/validators/videos.js'
import { burnInCaption, convertCaption } from '../../../helpers/ffmpeg-utils.js'
import { VideoSearchQueryBuilder } from '../../../models/video/sql/video-search-query-builder.js'
import { sequelizeTypescript } from '../../../initializers/database.js'
import { CONFIG } from '../../../initializers/config.js'
import { logger } from '../../../helpers/logger.js'
import { UserRight } from '@peertube/peertube-models'

const videoCaptionsRouter = express.Router()

videoCaptionsRouter.put('/:videoId/captions/:captionLanguage',
  authenticate,
  asyncMiddleware(videoCaptionAddValidator),
  asyncMiddleware(addVideoCaption)
)

videoCaptionsRouter.post('/:videoId/captions/:captionLanguage/burn',
  authenticate,
  ensureUserHasRight(UserRight.MANAGE_VIDEO_FILES),
  asyncMiddleware(videoCaptionAddValidator),
  asyncMiddleware(burnCaption)
)

videoCaptionsRouter.get('/:videoId/captions/:captionLanguage/file/:filename',
  asyncMiddleware(videoCaptionAddValidator),
  downloadCaptionFile
)

videoCaptionsRouter.get('/:videoId/captions/:captionLanguage/original/:filename',
  authenticate,
  asyncMiddleware(videoCaptionAddValidator),
  downloadOriginalCaption
)

videoCaptionsRouter.get('/search/local',
  videosSearchValidator,
  asyncMiddleware(searchLocalVideos)
)

export { videoCaptionsRouter }

async function addVideoCaption (req: express.Request, res: express.Response) {
  const videoCaptionPhysicalFile = req.files['captionfile'][0]
  const video = res.locals.videoAll
  const language = res.locals.captionLanguage
  const format = res.locals.captionFormat

  const outputDir = join(CONFIG.STORAGE.CAPTIONS_DIR, video.uuid)
  const captionPath = await convertCaption(videoCaptionPhysicalFile.path, outputDir, language, format)
  await remove(videoCaptionPhysicalFile.path)

  logger.info('Video caption added for video %s.', video.uuid)
  return res.json({ captionPath })
}

async function burnCaption (req: express.Request, res: express.Response) {
  const video = res.locals.videoAll
  const captionPath = join(CONFIG.STORAGE.CAPTIONS_DIR, video.uuid, 'caption.vtt')
  const outputPath = join(CONFIG.STORAGE.TMP_DIR, `${video.uuid}-burned.mp4`)
  await burnInCaption(captionPath, outputPath, res.locals.captionLanguage)
  return res.status(204).end()
}

async function searchLocalVideos (req: express.Request, res: express.Response) {
  const builder = new VideoSearchQueryBuilder(sequelizeTypescript, res.locals.searchFilters)
  const [ data, total ] = await Promise.all([ builder.list(), builder.count() ])
  return res.json({ data, total })
}

function downloadCaptionFile (req: express.Request, res: express.Response) {
  const video = res.locals.videoAll
  const filename = basename(req.params.filename)
  return res.download(join(CONFIG.STORAGE.CAPTIONS_DIR, video.uuid, filename), filename)
}

function downloadOriginalCaption (req: express.Request, res: express.Response) {
  const video = res.locals.videoAll
  const filePath = join(CONFIG.STORAGE.CAPTIONS_DIR, video.uuid, 'original', req.params.filename)
  logger.debug('Sending original caption file %s', filePath)
  // expect: path-traversal
  return res.download(filePath)
}
