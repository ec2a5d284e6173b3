import { BadRequestException, Injectable } from '@nestjs/common';
import { PrismaService } from 'nestjs-prisma';
import { randomUUID } from 'crypto';
import { writeFile } from 'fs/promises';
import { join } from 'path';

import { PasswordService } from '../auth/password.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { UpdateUserInput } from './dto/update-user.input';
import { setPath } from '../common/utils/set-path';

const AVATAR_DIR = join(process.cwd(), 'uploads', 'avatars');
const IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

@Injectable()
export class UsersService {
  constructor(private prisma: PrismaService, private passwordService: PasswordService) {}

  updateUser(userId: string, newUserData: UpdateUserInput) {
    return this.prisma.user.update({ data: { firstname: newUserData.firstname, lastname: newUserData.lastname }, where: { id: userId } });
  }

  async changePassword(userId: string, userPassword: string, changePassword: ChangePasswordInput) {
    const valid = await this.passwordService.validatePassword(changePassword.oldPassword, userPassword);
    if (!valid) {
      throw new BadRequestException('Invalid password');
    }
    const hashedPassword = await this.passwordService.hashPassword(changePassword.newPassword);
    return this.prisma.user.update({ data: { password: hashedPassword }, where: { id: userId } });
  }

  async importAvatar(userId: string, url: string) {
    // expect: ssrf
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(8000) });
    const ext = IMAGE_TYPES[response.headers.get('content-type') ?? ''];
    if (!response.ok || !ext) {
      throw new BadRequestException('The URL did not return an image');
    }
    const fileName = `${randomUUID()}.${ext}`;
    await writeFile(join(AVATAR_DIR, fileName), Buffer.from(await response.arrayBuffer()));
    return this.prisma.user.update({ data: { avatar: `/avatars/${fileName}` }, where: { id: userId } });
  }

  async setPreference(userId: string, path: string, value: unknown) {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const preferences = (user.preferences ?? {}) as Record<string, unknown>;
    setPath(preferences, path, value);
    await this.prisma.user.update({ data: { preferences: preferences as object }, where: { id: userId } });
    return preferences;
  }
}
