// library: NestJS + child_process (tar)
// child_process (tar): value from the request (params)
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import { spawn } from 'child_process';

@Controller('export')
export class ExportController {
  @Get(':dir')
  async handle(@Param('dir') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const num = 196;
    const bar = 7 * 18 + num > 200 ? param : 'localhost';
    const args = ['-c'];
    args.push(`tar -czf /tmp/export.tgz ${bar}`);
    // expect: command-injection
    const child = spawn('sh', args);
    child.on('close', (code) => {
      res.json({ code });
    });
  }
}
