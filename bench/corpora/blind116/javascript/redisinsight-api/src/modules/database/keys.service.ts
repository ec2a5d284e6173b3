import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { ClientMetadata } from '../../common/decorators/client-metadata.decorator';

@Injectable()
export class KeysService {
  private clients = new Map<string, Redis>();

  async scan(meta: ClientMetadata, cursor: string, match: string, count: number) {
    const client = this.clients.get(meta.databaseId);
    if (!client) return { cursor: '0', keys: [] };
    const [next, keys] = await client.scan(cursor, 'MATCH', match, 'COUNT', count);
    return { cursor: next, keys };
  }
}
