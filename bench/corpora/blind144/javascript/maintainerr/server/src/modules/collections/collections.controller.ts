import { Body, Controller, Post } from '@nestjs/common';
import { CollectionsService } from './collections.service';

interface AddMediaBody {
  collectionId: number;
  media: { plexId: number }[];
  context?: { type?: string; title?: string };
  manual?: boolean;
}

@Controller('api/collections')
export class CollectionsController {
  constructor(private readonly collectionService: CollectionsService) {}

  @Post('/media/add')
  addToCollection(@Body() body: AddMediaBody) {
    const { collectionId, media = [], context = {}, manual = true } = body;
    return this.collectionService.addMedia(Number(collectionId), media, context.title ?? 'unknown', manual);
  }
}
