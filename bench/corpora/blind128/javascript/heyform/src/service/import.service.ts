import { Injectable, Logger } from '@nestjs/common'
import axios from 'axios'

const TYPEFORM_API = 'https://api.typeform.com/forms'

@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name)

  async fetchByUrl(url: string) {
    // expect: ssrf
    const { data } = await axios.get(url, { timeout: 10000 })
    return { title: data.title ?? 'Imported form', fields: data.fields ?? [] }
  }

  async fetchTypeform(typeformId: string) {
    const { data } = await axios.get(`${TYPEFORM_API}/${encodeURIComponent(typeformId)}`, { timeout: 10000 })
    this.logger.log({ message: 'typeform imported', typeformId })
    return { title: data.title, fields: data.fields }
  }
}
