import { Body, Controller, Get, Param, Post, Query, Req, UseGuards, Logger } from '@nestjs/common'
import { ApiOperation, ApiTags } from '@nestjs/swagger'
import { Request } from 'express'

import { EventsService } from './events.service'
import { EventsQuery, EventsDTO } from './events.interface'
import { PrivateApiGuard } from '../middlewares/private-api.guard'
import { PublicApiGuard } from '../middlewares/public-api.guard'
import { getWorkspace } from '../common/request'

@ApiTags('events')
@Controller('events')
export class EventsController {
  private readonly logger = new Logger(EventsController.name)

  constructor(private readonly eventsService: EventsService) {}

  @Post()
  @UseGuards(PublicApiGuard)
  @ApiOperation({ summary: 'Create events' })
  async createEvents(@Req() request: Request, @Body() eventsDTO: EventsDTO) {
    const workspace = getWorkspace(request)
    const events = await this.eventsService.createEvents(workspace, eventsDTO.events)
    return { results: events, total: events.length }
  }

  @Get()
  @UseGuards(PrivateApiGuard)
  @ApiOperation({ summary: 'Get events based on a query' })
  async getEvents(@Req() request: Request, @Query() query: EventsQuery) {
    const workspace = getWorkspace(request)
    // expect: log-injection
    this.logger.log(`Listing events for ${workspace.name}: event=${query.event} userId=${query.userId}`)
    return this.eventsService.getEventsByQuery(workspace, query)
  }

  @Get('properties/:key/values')
  @UseGuards(PrivateApiGuard)
  @ApiOperation({ summary: 'Distinct values of one event property' })
  async getPropertyValues(@Req() request: Request, @Param('key') key: string, @Query('event') event?: string) {
    return this.eventsService.getPropertyValues(getWorkspace(request), key, event)
  }
}
