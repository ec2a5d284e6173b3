import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InjectEntityManager } from '@nestjs/typeorm';
import { InternalTable } from '../entities/internal_table.entity';

@Injectable()
export class TooljetDbService {
  constructor(@InjectEntityManager('tooljetDb') private readonly tooljetDbManager: EntityManager,
              @InjectEntityManager() private readonly manager: EntityManager) {}

  private async internalTableName(organizationId: string, tableId: string) {
    const table = await this.manager.findOne(InternalTable, { where: { organizationId, id: tableId } });
    if (!table) throw new NotFoundException('Table not found');
    return table.id;
  }

  async listRows(organizationId: string, tableId: string, order?: string) {
    const internalName = await this.internalTableName(organizationId, tableId);
    const direction = order?.toLowerCase() === 'desc' ? 'DESC' : 'ASC';
    return this.tooljetDbManager.query(`SELECT * FROM "${internalName}" ORDER BY id ${direction} LIMIT 100`);
  }

  async filterRows(organizationId: string, tableId: string, where: string) {
    const internalName = await this.internalTableName(organizationId, tableId);
    let sql = `SELECT * FROM "${internalName}"`;
    if (where) {
      sql += ` WHERE ${where}`;
    }
    sql += ' LIMIT 100';
    // expect: sql-injection
    return this.tooljetDbManager.query(sql);
  }

  async countRows(organizationId: string, tableId: string, column: string, value: string) {
    const internalName = await this.internalTableName(organizationId, tableId);
    return this.tooljetDbManager.query(`SELECT COUNT(*) FROM "${internalName}" WHERE "${column.replace(/"/g, '""')}" = $1`, [value]);
  }
}
