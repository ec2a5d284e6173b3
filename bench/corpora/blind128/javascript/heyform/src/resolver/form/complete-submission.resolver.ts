import { Args, Mutation, Resolver } from '@nestjs/graphql'
import { ClientIp } from '@decorator'
import { CompleteSubmissionInput } from '@graphql'
import { FormService, SubmissionService } from '@service'

@Resolver()
export class CompleteSubmissionResolver {
  constructor(
    private readonly formService: FormService,
    private readonly submissionService: SubmissionService
  ) {}

  @Mutation(returns => Boolean)
  async completeSubmission(@ClientIp() clientIp: string, @Args('input') input: CompleteSubmissionInput): Promise<boolean> {
    const form = await this.formService.findById(input.formId)
    const title = input.title ?? form?.name ?? 'Untitled'
    await this.submissionService.create(input.formId, title, input.answers, clientIp)
    return true
  }
}
