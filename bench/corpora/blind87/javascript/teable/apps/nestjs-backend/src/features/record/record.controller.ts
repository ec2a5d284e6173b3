import { Controller, Get, Param, Query } from '@nestjs/common';
import { ZodValidationPipe } from '../../zod.validation.pipe';
import { getRecordsRoSchema, IGetRecordsRo } from './record.schema';
import { RecordService } from './record.service';

@Controller('api/table/:tableId/record')
export class RecordController {
  constructor(private readonly recordService: RecordService) {}

  @Get()
  getRecords(@Param('tableId') tableId: string, @Query(new ZodValidationPipe(getRecordsRoSchema)) query: IGetRecordsRo) {
    return this.recordService.getRecords(tableId, query);
  }

  @Get('aggregate')
  aggregate(@Param('tableId') tableId: string, @Query('field') field: string, @Query('fn') fn: string) {
    return this.recordService.aggregate(tableId, field, fn);
  }
}
