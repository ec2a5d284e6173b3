import express from 'express'
import { body, param, query } from 'express-validator'
import { HttpStatusCode } from '@peertube/peertube-models'
import { isIdOrUUIDValid, toIntOrNull } from '../../helpers/custom-validators/misc.js'
import { VideoModel } from '../../models/video/video.js'
import { logger } from '../../helpers/logger.js'

export function areValidationErrors (req: express.Request, res: express.Response) {
  const { validationResult } = require('express-validator')
  const errors = validationResult(req)
  if (!errors.isEmpty()) {
    logger.warn('Incorrect request parameters', { path: req.originalUrl, err: errors.mapped() })
    res.fail({ message: 'Incorrect request parameters: ' + Object.keys(errors.mapped()).join(', ') })
    return true
  }
  return false
}

export async function doesVideoExist (id: string, res: express.Response) {
  const video = await VideoModel.loadFull(id)
  if (!video) {
    res.fail({ status: HttpStatusCode.NOT_FOUND_404, message: 'Video not found' })
    return false
  }
  res.locals.videoAll = video
  return true
}

export const videosGetValidator = [
  param('id').custom(isIdOrUUIDValid),

  async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (areValidationErrors(req, res)) return
    if (!await doesVideoExist(req.params.id, res)) return
    return next()
  }
]

export const videoCaptionAddValidator = [
  param('videoId').custom(isIdOrUUIDValid),
  param('captionLanguage').isString(),
  body('format').optional().isString(),

  async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (areValidationErrors(req, res)) return
    if (!await doesVideoExist(req.params.videoId, res)) return

    res.locals.captionLanguage = req.params.captionLanguage
    res.locals.captionFormat = req.body.format || 'vtt'
    return next()
  }
]

export const videosSearchValidator = [
  query('search').optional().isString(),
  query('sort').optional().isString(),
  query('start').optional().customSanitizer(toIntOrNull),

  (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (areValidationErrors(req, res)) return
    res.locals.searchFilters = {
      search: req.query.search as string,
      sort: req.query.sort as string,
      category: req.query.categoryOneOf as string,
      start: req.query.start as unknown as number
    }
    return next()
  }
]
