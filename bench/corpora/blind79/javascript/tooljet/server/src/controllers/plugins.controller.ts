import { Body, Controller, Delete, Param, Post, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../modules/auth/jwt-auth.guard';
import { SuperAdminGuard } from '../modules/auth/super-admin.guard';
import { ClientIp, User } from '../decorators/user.decorator';
import { PluginsService } from '../services/plugins.service';

@Controller('plugins')
@UseGuards(JwtAuthGuard, SuperAdminGuard)
export class PluginsController {
  constructor(private pluginsService: PluginsService) {}

  @Post('install')
  async install(@User() user, @Body() body: { id?: string; repo?: string; version?: string }) {
    if (body.id) {
      return this.pluginsService.installFromMarketplace(body.id);
    }
    return this.pluginsService.installFromRepo(body.repo ?? '', body.version);
  }

  @Delete(':id')
  async remove(@User() user, @ClientIp() ip: string, @Param('id') id: string) {
    const result = await this.pluginsService.uninstall(id);
    return { ...result, removedBy: user.id, from: ip };
  }
}
