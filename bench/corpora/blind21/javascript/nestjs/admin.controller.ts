// nestjs: an admin controller and service (shell tools, dynamic config, outbound calls)
import { Body, Controller, ForbiddenException, Get, Injectable, Post, Query, UseGuards } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { AuthGuard } from '@nestjs/passport';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { firstValueFrom } from 'rxjs';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

class PingDto {
  host!: string;
  count?: number;
}

@Injectable()
export class DiagnosticsService {
  constructor(private readonly http: HttpService) {}

  async ping(dto: PingDto) {
    // expect: command-injection
    const { stdout } = await execAsync(`ping -c ${dto.count ?? 3} ${dto.host}`);
    return stdout;
  }

  async pingSafe(dto: PingDto) {
    const count = String(Math.min(Math.max(Number(dto.count) || 3, 1), 10));
    const { stdout } = await execFileAsync('ping', ['-c', count, '--', dto.host], { timeout: 15000 });
    return stdout;
  }

  async diskUsage() {
    const { stdout } = await execAsync('df -h /var/lib/postgresql');
    return stdout;
  }

  async probe(url: string) {
    // expect: ssrf
    const res = await firstValueFrom(this.http.get(url, { timeout: 5000 }));
    return { status: res.status };
  }

  async probeService(name: string) {
    const services: Record<string, string> = { billing: 'http://billing:8080/health', search: 'http://search:9200/_cluster/health' };
    const url = services[name];
    if (!url) throw new ForbiddenException('unknown service');
    const res = await firstValueFrom(this.http.get(url, { timeout: 5000 }));
    return { status: res.status };
  }
}

@Controller('admin/diagnostics')
@UseGuards(AuthGuard('jwt'))
export class DiagnosticsController {
  constructor(private readonly diagnostics: DiagnosticsService) {}

  @Post('ping')
  ping(@Body() dto: PingDto) {
    return this.diagnostics.ping(dto);
  }

  @Post('ping-safe')
  pingSafe(@Body() dto: PingDto) {
    return this.diagnostics.pingSafe(dto);
  }

  @Get('disk')
  disk() {
    return this.diagnostics.diskUsage();
  }

  @Get('probe')
  probe(@Query('url') url: string) {
    return this.diagnostics.probe(url);
  }

  @Get('probe-service')
  probeService(@Query('name') name: string) {
    return this.diagnostics.probeService(name);
  }

  @Post('eval')
  evaluate(@Body('expr') expr: string) {
    // expect: code-injection
    return { result: eval(expr) };
  }
}
