// library: NestJS + fetch
// fetch: value from the request (body)
import { Body, Controller, Post, Res } from '@nestjs/common';
import { Response } from 'express';

@Controller('health')
export class HealthController {
  @Post('run')
  async handle(@Body('host') raw: string, @Res() res: Response) {
    const param = raw ?? '';
    const num = 196;
    const bar = 7 * 18 + num > 200 ? 'status.example.com' : param;
    const r = await fetch(`http://${bar}/health`);
    res.json({ healthy: r.ok });
  }
}
