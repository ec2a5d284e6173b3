import { PrismaService } from 'nestjs-prisma';
import { Resolver, Query, Parent, Mutation, Args, ResolveField } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import GraphQLJSON from 'graphql-type-json';

import { UserEntity } from '../common/decorators/user.decorator';
import { GqlAuthGuard } from '../auth/gql-auth.guard';
import { UsersService } from './users.service';
import { User } from './models/user.model';
import { ChangePasswordInput } from './dto/change-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { AvatarInput } from './dto/avatar.input';

@Resolver(() => User)
@UseGuards(GqlAuthGuard)
export class UsersResolver {
  constructor(private usersService: UsersService, private prisma: PrismaService) {}

  @Query(() => User)
  async me(@UserEntity() user: User): Promise<User> {
    return user;
  }

  @Mutation(() => User)
  async updateUser(@UserEntity() user: User, @Args('data') newUserData: UpdateUserInput) {
    return this.usersService.updateUser(user.id, newUserData);
  }

  @Mutation(() => User)
  async changePassword(@UserEntity() user: User, @Args('data') changePassword: ChangePasswordInput) {
    return this.usersService.changePassword(user.id, user.password, changePassword);
  }

  @Mutation(() => User)
  async setAvatarFromUrl(@UserEntity() user: User, @Args('data') data: AvatarInput) {
    return this.usersService.importAvatar(user.id, data.url);
  }

  @Mutation(() => GraphQLJSON)
  async setPreference(
    @UserEntity() user: User,
    @Args({ name: 'path', type: () => String }) path: string,
    @Args({ name: 'value', type: () => GraphQLJSON }) value: unknown,
  ) {
    return this.usersService.setPreference(user.id, path, value);
  }

  @ResolveField('posts')
  posts(@Parent() author: User) {
    return this.prisma.user.findUnique({ where: { id: author.id } }).posts();
  }
}
