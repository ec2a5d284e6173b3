import { BadRequestException, Injectable, Logger } from '@nestjs/common'
import { v4 as uuidv4 } from 'uuid'

import { ClickHouseService } from '../services/data/click-house/click-house.service'
import { escapeString } from '../services/data/click-house/click-house.util'
import { CreateWorkspaceDto, Workspace } from './workspaces.interface'

const DATABASE_NAME = /^[a-z][a-z0-9_]{2,62}$/

@Injectable()
export class WorkspacesService {
  private readonly logger = new Logger(WorkspacesService.name)

  constructor(private readonly clickhouse: ClickHouseService) {}

  async createNewWorkspace(dto: CreateWorkspaceDto): Promise<Workspace> {
    const { name, databaseName = `trench_${name.toLowerCase()}` } = dto
    if (!DATABASE_NAME.test(databaseName)) {
      throw new BadRequestException('Invalid database name')
    }
    await this.clickhouse.command(`CREATE DATABASE IF NOT EXISTS ${databaseName}`)
    const workspaceId = uuidv4()
    await this.clickhouse.insert('default', 'workspaces', [
      { workspace_id: workspaceId, name, database_name: databaseName, properties: JSON.stringify(dto.properties ?? {}) },
    ])
    this.logger.log({ msg: 'workspace created', workspaceId })
    return { workspaceId, name, databaseName, isDefault: false }
  }

  async getWorkspaceByName(name: string) {
    const rows = await this.clickhouse.queryResults(
      `SELECT * FROM workspaces WHERE name = '${escapeString(name)}' LIMIT 1`,
      'default',
    )
    return rows[0] ?? null
  }

  async renameWorkspace(workspaceId: string, newName: string) {
    // expect: sql-injection
    await this.clickhouse.command(`ALTER TABLE default.workspaces UPDATE name = '${newName}' WHERE workspace_id = '${escapeString(workspaceId)}'`)
    return this.getWorkspaceByName(newName)
  }
}
