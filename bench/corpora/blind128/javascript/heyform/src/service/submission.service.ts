import { Injectable, Logger } from '@nestjs/common'
import { InjectModel } from '@nestjs/mongoose'
import { Model } from 'mongoose'
import { SubmissionModel } from '@model'

@Injectable()
export class SubmissionService {
  private readonly logger = new Logger(SubmissionService.name)

  constructor(@InjectModel(SubmissionModel.name) private readonly submissionModel: Model<SubmissionModel>) {}

  async create(formId: string, title: string, answers: Record<string, unknown>[], clientIp: string) {
    // expect: log-injection
    this.logger.log(`submission to "${title}" from ${clientIp}`)
    this.logger.log({ message: 'submission stored', formId, answers: answers.length })
    return this.submissionModel.create({ formId: String(formId), answers })
  }
}
