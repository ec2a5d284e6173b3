import { Controller, Get, Param, Query, UseGuards, Post, Body } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AdminGuard } from '../core/admin.guard';
import { PluginsService } from './plugins.service';

@UseGuards(AuthGuard())
@Controller('plugins')
export class PluginsController {
  constructor(private readonly pluginsService: PluginsService) {}

  @Get('search/:query')
  search(@Param('query') query: string) {
    return this.pluginsService.searchNpmRegistry(query.trim());
  }

  @Get('lookup/:pluginName/versions')
  getVersions(@Param('pluginName') pluginName: string) {
    return this.pluginsService.getAvailablePluginVersions(pluginName);
  }

  @UseGuards(AdminGuard)
  @Get('changelog/:pluginName')
  getChangelog(@Param('pluginName') pluginName: string, @Query('tag') tag?: string) {
    return this.pluginsService.getPluginChangeLog(pluginName, tag);
  }

  @Get('lookup/:pluginName/manifest')
  getManifest(@Param('pluginName') pluginName: string, @Query('registry') registry?: string) {
    return this.pluginsService.getRegistryManifest(pluginName, registry);
  }

  @UseGuards(AdminGuard)
  @Post('install')
  install(@Body() body: { name: string; version?: string }) {
    return this.pluginsService.installPlugin({ name: body.name, version: body.version || 'latest' });
  }
}
