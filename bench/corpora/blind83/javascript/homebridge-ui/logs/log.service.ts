import { Injectable } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { ConfigService } from '../core/config.service';

@Injectable()
export class LogService {
  constructor(private readonly configService: ConfigService) {}

  // Called from the log socket gateway with the client's { lines } payload.
  tailLog(payload: { lines?: string | number }, onData: (chunk: string) => void) {
    let lines = Number.parseInt(String(payload.lines ?? 500), 10);
    if (Number.isNaN(lines) || lines < 1 || lines > 5000) lines = 500;
    const tail = spawn('tail', ['-n', String(lines), '-f', this.configService.logPath]);
    tail.stdout.on('data', (d) => onData(d.toString()));
    return tail;
  }
}
