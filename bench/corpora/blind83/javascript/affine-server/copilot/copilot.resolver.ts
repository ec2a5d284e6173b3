import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user';
import { CopilotContextService } from './context.service';

@Resolver('Copilot')
export class CopilotResolver {
  constructor(private readonly context: CopilotContextService) {}

  @Mutation(() => String)
  async addContextUrl(@CurrentUser() user: { id: string }, @Args('sessionId') sessionId: string, @Args('url') url: string) {
    const attachment = { sessionId, source: { kind: 'url', href: url }, owner: user.id };
    return this.context.addAttachment(attachment);
  }

  @Mutation(() => String)
  async addContextDoc(@Args('sessionId') sessionId: string, @Args('docId') docId: string) {
    return this.context.addAttachment({ sessionId, source: { kind: 'doc', href: `https://app.affine.pro/doc/${encodeURIComponent(docId)}` } });
  }
}
