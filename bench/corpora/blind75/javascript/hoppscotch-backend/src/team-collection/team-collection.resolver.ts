import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';

import { GqlAuthGuard } from '../auth/guards/gql-auth.guard';
import { GqlUser, WorkspaceHint } from '../decorators/gql-user.decorator';
import { AuthUser } from '../types/AuthUser';
import { TeamCollection } from './team-collection.model';
import { TeamCollectionService } from './team-collection.service';

@Resolver(() => TeamCollection)
@UseGuards(GqlAuthGuard)
export class TeamCollectionResolver {
  constructor(private readonly teamCollectionService: TeamCollectionService) {}

  @Query(() => [TeamCollection], { description: 'Search collections of a team by title' })
  async searchTeamCollections(
    @GqlUser() user: AuthUser,
    @Args({ name: 'teamID', type: () => ID }) teamID: string,
    @Args({ name: 'query' }) query: string,
    @Args({ name: 'take', type: () => Int, nullable: true, defaultValue: 10 }) take: number,
  ): Promise<TeamCollection[]> {
    await this.teamCollectionService.assertMember(user.uid, teamID);
    return this.teamCollectionService.searchByTitle(teamID, query, take);
  }

  @Query(() => [TeamCollection], { description: 'Collections of a team, sorted' })
  async sortedTeamCollections(
    @GqlUser() user: AuthUser,
    @Args({ name: 'teamID', type: () => ID }) teamID: string,
    @Args({ name: 'orderBy', nullable: true }) orderBy?: string,
  ): Promise<TeamCollection[]> {
    await this.teamCollectionService.assertMember(user.uid, teamID);
    return this.teamCollectionService.listSorted(teamID, orderBy);
  }

  @Query(() => Int, { description: 'Number of collections in the workspace the client asked for' })
  async workspaceCollectionCount(@GqlUser() user: AuthUser, @WorkspaceHint() workspace: string | null): Promise<number> {
    return this.teamCollectionService.countInWorkspace(user.uid, workspace ?? 'personal');
  }
}
