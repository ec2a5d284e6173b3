// library: NestJS + child_process (git log)
// child_process (git log): value from the request (body)
import { Body, Controller, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { exec } from 'child_process';
import util from 'util';

const execAsync = util.promisify(exec);

const CHOICES = { a: 'localhost', b: 'main', c: 'report.csv' };

function pick(value: string) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value as keyof typeof CHOICES] : value;
}

@Controller('log')
export class LogController {
  @Post('run')
  async handle(@Body('file') raw: string, @Res() res: Response) {
    const param = raw || 'localhost';
    const bar = pick(param);
    // expect: command-injection
    const { stdout } = await execAsync(`git log --oneline -n 5 ${bar}`);
    res.json({ log: stdout.split('\n') });
  }
}
