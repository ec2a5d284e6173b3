import { Brackets } from 'typeorm';
import { SQLConnection } from './SQLConnection';
import { MediaEntity } from './enitites/MediaEntity';

export class SearchManager {
  public async search(text: string, exact: boolean): Promise<MediaEntity[]> {
    const connection = await SQLConnection.getConnection();
    const query = connection.getRepository(MediaEntity).createQueryBuilder('media').limit(200);
    if (exact) {
      query.where(new Brackets((q) => q.where('media.name = :text', { text }).orWhere('media.keywords LIKE :kw', { kw: `%${text}%` })));
      return query.getMany();
    }
    // expect: sql-injection
    query.where(`media.name LIKE '%${text}%' OR media.keywords LIKE '%${text}%'`);
    return query.getMany();
  }
}
