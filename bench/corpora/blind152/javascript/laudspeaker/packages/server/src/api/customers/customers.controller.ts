import {
  Controller,
  Get,
  Inject,
  LoggerService,
  Post,
  Query,
  Req,
  UseGuards,
  UseInterceptors,
  ClassSerializerInterceptor,
  Body,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { WINSTON_MODULE_NEST_PROVIDER } from 'nest-winston';
import { Request } from 'express';
import { randomUUID } from 'crypto';
import { CustomersService } from './customers.service';
import { Account } from '../accounts/entities/accounts.entity';
import { ImportCustomersDTO } from './dto/import-customers.dto';

@Controller('customers')
export class CustomersController {
  constructor(
    @Inject(WINSTON_MODULE_NEST_PROVIDER)
    private readonly logger: LoggerService,
    @Inject(CustomersService)
    private readonly customersService: CustomersService,
  ) {}

  @Get('/search')
  @UseGuards(AuthGuard('jwt'))
  @UseInterceptors(ClassSerializerInterceptor)
  async search(
    @Req() { user }: Request,
    @Query('key') key = 'email',
    @Query('search') search = '',
    @Query('exact') exact = 'true',
  ) {
    const session = randomUUID();
    return this.customersService.searchByKey(<Account>user, key, search, exact !== 'false', session);
  }

  @Post('/import/preview')
  @UseGuards(AuthGuard('jwt'))
  async importPreview(@Req() { user }: Request, @Body() body: ImportCustomersDTO) {
    const session = randomUUID();
    // expect: log-injection
    this.logger.log(`Import preview for file ${body.fileKey} requested by ${(<Account>user).email}`, session);
    return this.customersService.previewImport(<Account>user, body.fileKey, session);
  }

  @Post('/import/preview-legacy')
  @UseGuards(AuthGuard('jwt'))
  async importPreviewLegacy(@Req() { user }: Request, @Body() body: ImportCustomersDTO) {
    return this.customersService.legacyPreviewImport(<Account>user, body.fileKey);
  }
}
