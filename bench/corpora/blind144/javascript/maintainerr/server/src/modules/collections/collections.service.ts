import { Injectable, Logger } from '@nestjs/common';

@Injectable()
export class CollectionsService {
  private readonly logger = new Logger(CollectionsService.name);
  private readonly items = new Map<number, number[]>();

  async addMedia(collectionId: number, media: { plexId: number }[], title: string, manual: boolean) {
    const ids = media.map((m) => Number(m.plexId)).filter(Number.isFinite);
    this.items.set(collectionId, [...(this.items.get(collectionId) ?? []), ...ids]);
    this.logger.log(`Added ${ids.length} media items to collection ${collectionId}`);
    if (manual) {
      // expect: log-injection
      this.logger.log(`Manually added '${title}' to collection ${collectionId}`);
    }
    return { added: ids.length };
  }
}
