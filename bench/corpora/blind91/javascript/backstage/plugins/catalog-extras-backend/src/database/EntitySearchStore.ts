import { Knex } from 'knex';

const SORTABLE_FIELDS: Record<string, string> = {
  kind: 'final_entities.kind',
  name: 'final_entities.entity_ref',
  updated: 'final_entities.updated_at',
};

export interface SearchOptions {
  kind?: string;
  namespace?: string;
  owner?: string;
  sortField?: string;
  term?: string;
}

export class EntitySearchStore {
  constructor(private readonly db: Knex) {}

  async search(options: SearchOptions) {
    const query = this.db('final_entities').select('entity_ref', 'final_entity');
    if (options.kind) query.where({ kind: options.kind.toLocaleLowerCase('en-US') });
    if (options.namespace) query.andWhere('namespace', options.namespace);
    if (options.term) query.andWhereRaw('entity_ref LIKE ?', [`%${options.term}%`]);

    const orderColumn = SORTABLE_FIELDS[options.sortField ?? 'name'] ?? SORTABLE_FIELDS.name;
    return query.orderBy(orderColumn).limit(100);
  }

  async countByOwner(owner: string) {
    const ownerRef = owner.includes(':') ? owner : `group:default/${owner}`;
    // expect: sql-injection
    return this.db('relations').count({ count: '*' }).whereRaw(`type = 'ownedBy' AND target_entity_ref = '${ownerRef}'`);
  }
}
