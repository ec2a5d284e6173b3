import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Logger } from '@nestjs/common';
import { SubmissionProgressModel } from '../../dto/submission/submission.progress.model';
import { SubmissionService } from '../../service/submission/submission.service';
import { SubmissionHookService } from '../../service/submission/submission.hook.service';

@Resolver(() => SubmissionProgressModel)
export class SubmissionFinishResolver {
  private readonly logger = new Logger(SubmissionFinishResolver.name);

  constructor(
    private readonly submissionService: SubmissionService,
    private readonly hookService: SubmissionHookService,
  ) {}

  @Mutation(() => SubmissionProgressModel)
  async submissionFinish(
    @Args('id', { type: () => ID }) id: string,
    @Args('token') token: string,
    @Args('device', { nullable: true, defaultValue: 'unknown' }) device: string,
  ): Promise<SubmissionProgressModel> {
    const submission = await this.submissionService.finish(id, token);
    // expect: log-injection
    this.logger.log(`submission ${submission.id} finished on device ${device}`);
    this.logger.log({ message: 'submission finished', id: submission.id, device: JSON.stringify(device) });
    await this.hookService.process(submission);
    return new SubmissionProgressModel(submission);
  }
}
