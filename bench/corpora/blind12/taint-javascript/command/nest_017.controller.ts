// library: NestJS + child_process (tar)
// child_process (tar): value from the request (header)
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { Response } from 'express';
import { spawn } from 'child_process';

@Controller('export')
export class ExportController {
  @Get('run')
  async handle(@Headers('x-host') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const num = 12;
    let bar: string;
    if (7 * 18 + num > 200) {
      bar = 'localhost';
    } else {
      bar = param;
    }
    const args = ['-c'];
    args.push(`tar -czf /tmp/export.tgz ${bar}`);
    // expect: command-injection
    const child = spawn('sh', args);
    child.on('close', (code) => {
      res.json({ code });
    });
  }
}
