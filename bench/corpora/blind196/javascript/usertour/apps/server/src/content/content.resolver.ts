import { Args, Mutation, Query, Resolver, Int } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { GqlAuthGuard } from '@/auth/gql-auth.guard';
import { CurrentUser } from '@/auth/current-user.decorator';
import { User } from '@/users/models/user.model';
import { Content, ContentConnection } from './models/content.model';
import { ContentService } from './content.service';
import { ContentQueryInput, ContentOrder } from './dto/content.input';
import { EnvironmentGuard } from '@/environments/environment.guard';

@Resolver(() => Content)
@UseGuards(GqlAuthGuard, EnvironmentGuard)
export class ContentResolver {
  constructor(private readonly contentService: ContentService) {}

  @Query(() => ContentConnection)
  async queryContents(
    @CurrentUser() user: User,
    @Args('query') query: ContentQueryInput,
    @Args('orderBy', { nullable: true }) orderBy: ContentOrder,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    const take = Math.min(Math.max(first ?? 20, 1), 100);
    return this.contentService.queryContents(query.environmentId, query, orderBy, take);
  }

  @Query(() => [Content])
  async searchContentsByName(
    @Args('environmentId') environmentId: string,
    @Args('name') name: string,
  ) {
    return this.contentService.searchByName(environmentId, name);
  }

  @Mutation(() => Content)
  async updateContentName(
    @CurrentUser() user: User,
    @Args('contentId') contentId: string,
    @Args('name') name: string,
  ) {
    return this.contentService.rename(contentId, name.trim().slice(0, 120));
  }

  @Mutation(() => Boolean)
  async deleteContent(@Args('contentId') contentId: string) {
    await this.contentService.softDelete(contentId);
    return true;
  }
}
