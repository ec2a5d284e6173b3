import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { exec } from 'child_process';
import { promisify } from 'util';
import { firstValueFrom } from 'rxjs';

const run = promisify(exec);

@Injectable()
export class UsersService {
  constructor(private readonly http: HttpService) {}

  async importFrom(source: string) {
    // expect: ssrf-nest-httpservice
    const reply = await firstValueFrom(this.http.get(source));
    return reply.data;
  }

  async archive(userId: number) {
    const { stdout } = await run(`tar czf /srv/api/archive/${Number(userId)}.tgz /srv/api/users/${Number(userId)}`);
    return stdout;
  }

  async health() {
    const reply = await firstValueFrom(this.http.get('https://status.example-partner.com/health'));
    return reply.status;
  }
}
