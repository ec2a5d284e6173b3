import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { LogsService } from './logs.service';

@Controller('api/logs')
export class LogsController {
  constructor(private readonly logs: LogsService) {}

  @Get('files/:file')
  async streamLogFile(@Param('file') file: string, @Res() res: Response) {
    this.logs.openLogFile(file).pipe(res);
  }

  @Get('files/:file/download')
  async downloadLogFile(@Param('file') file: string, @Res() res: Response) {
    this.logs.openCheckedLogFile(file).pipe(res);
  }
}
