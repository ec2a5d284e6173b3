import { inject } from '@loopback/core';
import { DefaultCrudRepository, juggler } from '@loopback/repository';

import { Todo, TodoRelations } from '../models/todo.model';

const STATUS_FILTERS: Record<string, string> = {
  open: 'is_complete = false',
  done: 'is_complete = true',
  all: '1 = 1',
};

export class TodoRepository extends DefaultCrudRepository<Todo, typeof Todo.prototype.id, TodoRelations> {
  constructor(@inject('datasources.db') dataSource: juggler.DataSource) {
    super(Todo, dataSource);
  }

  async findByTag(tag: string): Promise<Todo[]> {
    return this.dataSource.execute('SELECT id, title, "desc", is_complete FROM todo WHERE tag = $1 ORDER BY id', [tag]);
  }

  async findByStatus(status: string): Promise<Todo[]> {
    const where = STATUS_FILTERS[status] ?? STATUS_FILTERS.all;
    return this.dataSource.execute(`SELECT id, title, is_complete FROM todo WHERE ${where} ORDER BY id`);
  }

  async searchTitles(term: string, limit: number): Promise<Todo[]> {
    const sql = `SELECT id, title FROM todo WHERE title ILIKE '%${term}%' ORDER BY id LIMIT ${limit}`;
    // expect: sql-injection
    return this.dataSource.execute(sql);
  }

  async bulkRetag(ids: number[], tag: string): Promise<void> {
    const list = ids.map((id) => Number(id)).filter((id) => Number.isInteger(id));
    if (list.length === 0) return;
    await this.dataSource.execute(`UPDATE todo SET tag = $1 WHERE id IN (${list.join(',')})`, [tag]);
  }
}
