import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user';
import { AccessController } from '../permission/access';
import { ListDocsInput, InviteInput } from './workspace.types';
import { WorkspaceService } from './workspace.service';
import { MailService } from '../mail/mail.service';

@Resolver('Workspace')
export class WorkspaceResolver {
  constructor(
    private readonly service: WorkspaceService,
    private readonly ac: AccessController,
    private readonly mail: MailService,
  ) {}

  @Query(() => [String])
  async docs(@CurrentUser() user: { id: string }, @Args('input') input: ListDocsInput) {
    await this.ac.user(user.id).workspace(input.workspaceId).assert('Workspace.Read');
    return this.service.listDocs(input);
  }

  @Mutation(() => Boolean)
  async invite(@CurrentUser() user: { id: string; name: string }, @Args('workspaceId') workspaceId: string, @Args('input') input: InviteInput) {
    await this.ac.user(user.id).workspace(workspaceId).assert('Workspace.Users.Manage');
    await this.mail.sendInvite(input.email, { inviter: user.name, message: input.message });
    return true;
  }

  @Mutation(() => String)
  async previewInviteMail(@CurrentUser() user: { id: string; name: string }, @Args('template', { nullable: true }) template?: string) {
    return this.mail.preview(template, { inviter: user.name, message: 'Join us' });
  }
}
