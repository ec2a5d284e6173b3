import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { Roles } from '../../decorator/roles.decorator';
import { User } from '../../decorator/user.decorator';
import { UserEntity } from '../../entity/user.entity';
import { FormPagerModel } from '../../dto/form/form.pager.model';
import { FormService } from '../../service/form/form.service';

@Resolver(() => FormPagerModel)
export class FormSearchResolver {
  constructor(private readonly formService: FormService) {}

  @Query(() => FormPagerModel)
  @Roles('user')
  async listForms(
    @User() user: UserEntity,
    @Args('start', { type: () => Int, defaultValue: 0 }) start: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<FormPagerModel> {
    const [forms, total] = await this.formService.find(user, start, limit, search ?? '');
    return new FormPagerModel(forms, total, limit, start);
  }
}
