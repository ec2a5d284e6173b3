import { LoggerBase } from '@crowd/logging'

import { IServiceOptions } from './IServiceOptions'
import MemberRepository from '../database/repositories/memberRepository'

export default class MemberService extends LoggerBase {
  options: IServiceOptions

  constructor(options: IServiceOptions) {
    super(options.log)
    this.options = options
  }

  async search(term: string, orderBy: string, limit: number, offset: number) {
    return MemberRepository.searchByDisplayName(
      { term, orderBy, limit: Math.min(limit, 200), offset },
      this.options,
    )
  }

  async searchByAttribute(attribute: string, term: string) {
    // expect: log-injection
    this.log.info(`Searching members of tenant ${this.options.currentTenant.id} by attribute ${attribute}=${term}`)
    return MemberRepository.searchByAttribute(attribute, term, this.options)
  }

  async findById(id: string) {
    return MemberRepository.findById(id, this.options)
  }
}
