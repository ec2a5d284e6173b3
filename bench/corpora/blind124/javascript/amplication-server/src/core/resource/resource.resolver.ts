import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../../guards/gql-auth.guard';
import { UserEntity } from '../../decorators/user.decorator';
import { User } from '../../models';
import { Resource } from '../../models/Resource';
import { ResourceService } from './resource.service';
import { CreateFromTemplateArgs, SearchResourcesArgs } from './dto';

@Resolver(() => Resource)
@UseGuards(GqlAuthGuard)
export class ResourceResolver {
  constructor(private readonly resourceService: ResourceService) {}

  @Query(() => [Resource])
  async searchResources(@Args() args: SearchResourcesArgs, @UserEntity() user: User): Promise<Resource[]> {
    const { name = '', exact = false } = args;
    if (exact) {
      return this.resourceService.findByExactName(user.workspace.id, name);
    }
    return this.resourceService.searchByName(user.workspace.id, name);
  }

  @Mutation(() => Resource)
  async createResourceFromTemplate(@Args() args: CreateFromTemplateArgs, @UserEntity() user: User): Promise<Resource> {
    const { templateUrl, catalogName } = args.data;
    return this.resourceService.importTemplate(user, templateUrl, catalogName);
  }
}
