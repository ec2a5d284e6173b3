import { DataSource, Repository } from 'typeorm';

import { JacksonStore } from './entity/JacksonStore';
import { JacksonIndex } from './entity/JacksonIndex';
import * as dbutils from '../utils';

export class Sql {
  private storeRepository!: Repository<JacksonStore>;
  private indexRepository!: Repository<JacksonIndex>;

  constructor(private readonly dataSource: DataSource) {
    this.storeRepository = dataSource.getRepository(JacksonStore);
    this.indexRepository = dataSource.getRepository(JacksonIndex);
  }

  async get(namespace: string, key: string) {
    const record = await this.storeRepository.findOneBy({ key: dbutils.key(namespace, key) });
    return record ? JSON.parse(record.value) : null;
  }

  async getByIndex(namespace: string, idx: { name: string; value: string }) {
    return this.indexRepository
      .createQueryBuilder('idx')
      .innerJoinAndSelect('idx.store', 'store')
      .where('idx.key = :key', { key: dbutils.keyForIndex(namespace, idx) })
      .getMany();
  }

  async getAll(namespace: string, pageOffset = 0, pageLimit = 50) {
    return this.storeRepository
      .createQueryBuilder('store')
      .where('store.namespace = :namespace', { namespace })
      .orderBy('store.createdAt', 'DESC')
      .skip(pageOffset)
      .take(Math.min(pageLimit, 100))
      .getMany();
  }

  async getByKeyPrefix(namespace: string, prefix: string) {
    // expect: sql-injection
    return this.storeRepository.createQueryBuilder('store').where(`store.namespace = :namespace AND store.key LIKE '${namespace}:${prefix}%'`, { namespace }).getMany();
  }
}
