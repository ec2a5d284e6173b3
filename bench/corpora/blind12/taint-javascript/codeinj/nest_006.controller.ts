// library: NestJS + vm.runInNewContext
// vm.runInNewContext: value from the request (body)
import { Body, Controller, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import vm from 'vm';


const CHOICES = { a: '1 + 1', b: '2 * 3', c: '[1, 2]' };

function pick(value: string) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value as keyof typeof CHOICES] : '1 + 1';
}

@Controller('sandbox')
export class SandboxController {
  @Post('run')
  async handle(@Body('rule') raw: string, @Res() res: Response) {
    const param = raw || '1 + 1';
    const bar = pick(param);
    const out = vm.runInNewContext(bar, { Math }, { timeout: 50 });
    res.json({ out });
  }
}
