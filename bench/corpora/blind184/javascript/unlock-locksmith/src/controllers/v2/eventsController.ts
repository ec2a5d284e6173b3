import { Request, Response } from 'express'
import { QueryTypes } from 'sequelize'
import { sequelize, EventData } from '../../models'

const EVENT_STATUS = new Set(['pending', 'live', 'past'])

export class EventsController {
  async listEvents(request: Request, response: Response) {
    const page = Math.max(1, Number.parseInt(String(request.query.page ?? '1'), 10) || 1)
    const status = String(request.query.status ?? 'live')
    const sort = String(request.query.sort ?? 'startsAt')
    if (!EVENT_STATUS.has(status)) {
      return response.status(400).send({ message: 'Unknown status' })
    }
    const offset = (page - 1) * 20
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT slug, name, data FROM "EventData" WHERE status = :status ORDER BY "${sort}" DESC LIMIT 20 OFFSET ${offset}`, { replacements: { status }, type: QueryTypes.SELECT })
    return response.status(200).send({ page, events: rows })
  }

  async searchEvents(request: Request, response: Response) {
    const term = String(request.query.q ?? '').slice(0, 80)
    const rows = await sequelize.query(
      'SELECT slug, name FROM "EventData" WHERE name ILIKE :term ORDER BY "createdAt" DESC LIMIT 20',
      { replacements: { term: `%${term}%` }, type: QueryTypes.SELECT }
    )
    return response.status(200).send(rows)
  }

  async getEventBySlug(request: Request, response: Response) {
    const event = await EventData.findOne({ where: { slug: request.params.slug } })
    if (!event) {
      return response.status(404).send({ message: 'No such event' })
    }
    return response.status(200).send(event)
  }
}
