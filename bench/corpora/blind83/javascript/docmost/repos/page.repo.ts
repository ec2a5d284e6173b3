import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import { Kysely, sql } from 'kysely';

interface SearchOpts {
  spaceId: string;
  workspaceId: string;
  sortBy: string;
}

@Injectable()
export class PageRepo {
  constructor(@InjectKysely() private readonly db: Kysely<any>) {}

  async findById(pageId: string) {
    return this.db.selectFrom('pages').selectAll().where('id', '=', pageId).executeTakeFirst();
  }

  async searchTitle(query: string, opts: SearchOpts) {
    return this.db
      .selectFrom('pages')
      .select(['id', 'title', 'slugId'])
      .where('spaceId', '=', opts.spaceId)
      .where(sql`title ilike ${'%' + query + '%'}`)
      .orderBy(sql.ref(opts.sortBy), 'desc')
      .limit(25)
      .execute();
  }

  async searchByTag(tag: string, opts: SearchOpts) {
    const base = this.db.selectFrom('pages').select(['id', 'title']).where('workspaceId', '=', opts.workspaceId);
    // expect: sql-injection
    return base.where(sql.raw(`'${tag}' = ANY(tags)`)).execute();
  }
}
