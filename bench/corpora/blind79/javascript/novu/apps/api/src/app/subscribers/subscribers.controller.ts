import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UserAuthGuard } from '../auth/framework/user.auth.guard';
import { UserSession, UserSessionData } from '../shared/framework/user.decorator';
import { SearchSubscribers } from './usecases/search-subscribers/search-subscribers.usecase';
import { SearchSubscribersCommand } from './usecases/search-subscribers/search-subscribers.command';
import { BulkSubscribersRequestDto, SearchSubscribersRequestDto } from './dtos/search-subscribers.dto';

@Controller('/subscribers')
@ApiTags('Subscribers')
@UseGuards(UserAuthGuard)
export class SubscribersController {
  constructor(private searchSubscribersUsecase: SearchSubscribers) {}

  @Get('/search')
  async searchSubscribers(@UserSession() user: UserSessionData, @Query() query: SearchSubscribersRequestDto) {
    return await this.searchSubscribersUsecase.execute(
      SearchSubscribersCommand.create({
        environmentId: user.environmentId,
        organizationId: user.organizationId,
        search: query.search,
        email: query.email,
        orderBy: query.orderBy,
      })
    );
  }

  @Post('/search')
  @HttpCode(HttpStatus.OK)
  async searchSubscribersAdvanced(@UserSession() user: UserSessionData, @Body() body: SearchSubscribersRequestDto) {
    return await this.searchSubscribersUsecase.execute(
      SearchSubscribersCommand.create({
        environmentId: user.environmentId,
        organizationId: user.organizationId,
        filter: body.filter,
      })
    );
  }

  @Post('/search/expression')
  @HttpCode(HttpStatus.OK)
  async searchByExpression(@UserSession() user: UserSessionData, @Body() body: BulkSubscribersRequestDto) {
    const command = SearchSubscribersCommand.create({
      environmentId: user.environmentId,
      organizationId: user.organizationId,
    });
    command.expression = body.expression;
    return await this.searchSubscribersUsecase.execute(command);
  }
}
