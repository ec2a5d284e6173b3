import { Body, Controller, Logger, Post } from '@nestjs/common';
import { BrowserClientMetadata, ClientMetadata } from '../../common/decorators/client-metadata.decorator';
import { KeysService } from './keys.service';

class GetKeysDto {
  cursor: string;
  count?: number;
  match?: string;
}

@Controller('databases/:dbInstance/keys')
export class KeysController {
  private readonly logger = new Logger('KeysController');

  constructor(private readonly keysService: KeysService) {}

  @Post('')
  async getKeys(@BrowserClientMetadata() clientMetadata: ClientMetadata, @Body() dto: GetKeysDto) {
    this.logger.debug('scan %j', { db: clientMetadata.databaseId, count: dto.count });
    // expect: log-injection
    this.logger.warn(`Scanning ${clientMetadata.databaseId} for window ${clientMetadata.uniqueId} match=${dto.match}`);
    return this.keysService.scan(clientMetadata, dto.cursor, dto.match ?? '*', Number(dto.count) || 500);
  }
}
