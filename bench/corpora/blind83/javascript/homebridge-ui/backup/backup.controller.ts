import { Controller, Get, Param, Res, UseGuards, Delete } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { FastifyReply } from 'fastify';
import { AdminGuard } from '../core/admin.guard';
import { BackupService } from './backup.service';

@UseGuards(AuthGuard(), AdminGuard)
@Controller('backup')
export class BackupController {
  constructor(private readonly backupService: BackupService) {}

  @Get('scheduled-backups/:backupId')
  async downloadScheduledBackup(@Param('backupId') backupId: string, @Res() reply: FastifyReply) {
    const stream = await this.backupService.getScheduledBackup(backupId);
    reply.header('Content-Type', 'application/octet-stream');
    return reply.send(stream);
  }

  @Delete('config-backups/:backupId')
  async deleteConfigBackup(@Param('backupId') backupId: string) {
    return this.backupService.deleteConfigBackup(backupId);
  }
}
