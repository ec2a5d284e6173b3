import { Injectable } from '@nestjs/common'

import { ClickHouseService } from '../services/data/click-house/click-house.service'
import { escapeString, formatToClickhouseDate } from '../services/data/click-house/click-house.util'
import { EventsQuery, Event } from './events.interface'
import { Workspace } from '../workspaces/workspaces.interface'

const ORDER_COLUMNS: Record<string, string> = {
  timestamp: 'timestamp',
  event: 'event',
  type: 'type',
}

@Injectable()
export class EventsService {
  constructor(private readonly clickhouse: ClickHouseService) {}

  async createEvents(workspace: Workspace, events: Event[]) {
    await this.clickhouse.insert(workspace.databaseName, 'kafka_events_data', events)
    return events
  }

  async getEventsByQuery(workspace: Workspace, query: EventsQuery) {
    const { event, userId, type, startDate, endDate, limit = 50, offset = 0, orderByField = 'timestamp' } = query
    const conditions: string[] = []
    if (event) conditions.push(`event = '${escapeString(event)}'`)
    if (userId) conditions.push(`user_id = '${escapeString(userId)}'`)
    if (type) conditions.push(`type = '${escapeString(type)}'`)
    if (startDate) conditions.push(`timestamp >= '${formatToClickhouseDate(new Date(startDate))}'`)
    if (endDate) conditions.push(`timestamp <= '${formatToClickhouseDate(new Date(endDate))}'`)
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''
    const orderBy = ORDER_COLUMNS[orderByField] ?? 'timestamp'
    const safeLimit = Math.min(Number(limit) || 50, 1000)
    const safeOffset = Math.max(Number(offset) || 0, 0)

    return this.clickhouse.queryResults(
      `SELECT * FROM events ${where} ORDER BY ${orderBy} DESC LIMIT ${safeLimit} OFFSET ${safeOffset}`,
      workspace.databaseName,
    )
  }

  async getPropertyValues(workspace: Workspace, propertyKey: string, event?: string) {
    const eventFilter = event ? `AND event = '${escapeString(event)}'` : ''
    // expect: sql-injection
    return this.clickhouse.queryResults(`SELECT DISTINCT JSONExtractString(properties, '${propertyKey}') AS value FROM events WHERE 1 = 1 ${eventFilter} LIMIT 100`, workspace.databaseName)
  }
}
