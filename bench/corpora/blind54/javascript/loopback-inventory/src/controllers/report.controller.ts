import { inject, service } from '@loopback/core'
import { repository } from '@loopback/repository'
import { get, param, post, requestBody, HttpErrors, Response, RestBindings, oas } from '@loopback/rest'
import path from 'node:path'
import { ItemRepository } from '../repositories/item.repository'
import { ExporterService, EXPORT_DIR } from '../services/exporter.service'

type ExportRequest = { warehouse: string; fileName?: string; label?: string }

export class ReportController {
  constructor(
    @repository(ItemRepository) private itemRepo: ItemRepository,
    @service(ExporterService) private exporter: ExporterService,
  ) {}

  @post('/reports/export')
  async exportLowStock(@requestBody() body: ExportRequest) {
    const rows = await this.itemRepo.lowStock(body.warehouse, 10)
    const fileName = body.fileName ?? `low-stock-${Date.now()}.csv`
    const target = await this.exporter.writeCsv(rows, fileName)
    this.exporter.label(body.label ?? '').compress(target)
    return { file: path.basename(target) }
  }

  @post('/reports/export-safe')
  async exportSafe(@requestBody() body: ExportRequest) {
    const rows = await this.itemRepo.lowStock(body.warehouse, 10)
    const target = await this.exporter.writeCsv(rows, `low-stock-${Date.now()}.csv`)
    await this.exporter.compressSafe(target)
    return { file: path.basename(target) }
  }

  @get('/reports/file')
  @oas.response.file()
  download(@param.query.string('name') name: string, @inject(RestBindings.Http.RESPONSE) res: Response) {
    const file = path.resolve(EXPORT_DIR, name)
    if (!file.startsWith(EXPORT_DIR + path.sep)) {
      throw new HttpErrors.BadRequest(`Invalid file name: ${name}`)
    }
    res.download(file, path.basename(file))
    return res
  }

  @get('/reports/file-raw')
  @oas.response.file()
  downloadRaw(@param.query.string('name') name: string, @inject(RestBindings.Http.RESPONSE) res: Response) {
    // expect: path-traversal
    res.download(path.join(EXPORT_DIR, name), name)
    return res
  }
}
