import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HttpModule } from '@nestjs/axios';
import { ItemsController } from './items/items.controller';
import { ItemsService } from './items/items.service';
import { Item } from './items/item.entity';
import { FilesController } from './files/files.controller';
import { FilesService } from './files/files.service';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [Item],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Item]),
    HttpModule.register({ timeout: 5000, maxRedirects: 0 }),
  ],
  controllers: [ItemsController, FilesController, WebhooksController],
  providers: [ItemsService, FilesService, WebhooksService],
})
export class AppModule {}
