// library: NestJS controller + child_process
import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);
const runFile = promisify(execFile);

class LookupDto {
  host!: string;
  type?: string;
}

@Controller('tools')
export class ToolsController {
  @Post('dig')
  async dig(@Body() dto: LookupDto) {
    // expect: command-injection
    const { stdout } = await run(`dig +short ${dto.type || 'A'} ${dto.host}`);
    return { answer: stdout.trim().split('\n') };
  }

  @Post('dig-safe')
  async digSafe(@Body() dto: LookupDto) {
    if (!/^[a-z0-9.-]+$/i.test(dto.host)) throw new BadRequestException();
    const { stdout } = await runFile('dig', ['+short', dto.type === 'MX' ? 'MX' : 'A', dto.host]);
    return { answer: stdout.trim().split('\n') };
  }

  @Post('traceroute')
  async trace(@Body('host') host: string) {
    // expect: command-injection
    const { stdout } = await run('traceroute -m 10 ' + host);
    return { hops: stdout.split('\n') };
  }
}
