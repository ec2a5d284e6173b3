import { Request, Response } from 'express'
import { inject } from 'inversify'
import { BaseHttpController, controller, httpGet, httpPost, results } from 'inversify-express-utils'
import TYPES from '../Bootstrap/Types'
import { ItemQueryService } from '../Domain/ItemQueryService'
import { RevisionExporter } from '../Domain/RevisionExporter'

@controller('/items', TYPES.Sync_AuthMiddleware)
export class AnnotatedItemsController extends BaseHttpController {
  constructor(
    @inject(TYPES.Sync_ItemQueryService) private itemQueryService: ItemQueryService,
    @inject(TYPES.Sync_RevisionExporter) private revisionExporter: RevisionExporter,
  ) {
    super()
  }

  @httpGet('/')
  async list(request: Request, response: Response): Promise<results.JsonResult> {
    const items = await this.itemQueryService.findForUser({
      userUuid: response.locals.user.uuid,
      contentType: request.query.content_type as string,
      sortBy: request.query.sort_by as string,
    })
    return this.json({ items })
  }

  @httpGet('/checked')
  async listChecked(request: Request, response: Response): Promise<results.JsonResult> {
    const items = await this.itemQueryService.findForUserChecked({
      userUuid: response.locals.user.uuid,
      contentType: request.query.content_type as string,
      sortBy: request.query.sort_by as string,
    })
    return this.json({ items })
  }

  @httpPost('/:uuid/export')
  async export(request: Request, response: Response): Promise<results.JsonResult> {
    const file = await this.revisionExporter.export(response.locals.user.uuid, request.body.fileName)
    return this.json({ file })
  }

  @httpPost('/:uuid/export-checked')
  async exportChecked(request: Request, response: Response): Promise<results.JsonResult> {
    const file = await this.revisionExporter.exportChecked(response.locals.user.uuid, request.body.fileName)
    return this.json({ file })
  }
}
