// library: NestJS / TypeORM / @nestjs/axios
import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { firstValueFrom } from 'rxjs';
import { ILike, Repository } from 'typeorm';

import { User } from './user.entity';

const AVATAR_HOSTS = new Set(['gravatar.com', 'avatars.githubusercontent.com']);

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly http: HttpService,
  ) {}

  findOne(id: number) {
    return this.repo.findOneBy({ id });
  }

  searchByName(name: string) {
    // expect: sql-injection
    return this.repo.query(`SELECT id, name FROM users WHERE name LIKE '%${name}%'`);
  }

  searchByNameSafe(name: string) {
    return this.repo.find({ where: { name: ILike(`%${name}%`) }, select: ['id', 'name'] });
  }

  async importAvatar(url: string) {
    // expect: ssrf
    const res = await firstValueFrom(this.http.get(url, { responseType: 'arraybuffer' }));
    return { bytes: res.data.byteLength };
  }

  async importAvatarChecked(url: string) {
    const host = new URL(url).hostname;
    if (!AVATAR_HOSTS.has(host)) throw new Error('host not allowed');
    const res = await firstValueFrom(this.http.get(url, { responseType: 'arraybuffer' }));
    return { bytes: res.data.byteLength };
  }
}
