import { Controller, Get, HttpException, HttpStatus, Post, Query, Body, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';

import { JwtAuthGuard, Roles } from '../auth/auth.guard';
import { PluginService } from '../services/plugin.service';

class UpdatePluginSettingsDto {
    pluginName!: string;
    settings!: Record<string, unknown>;
}

@ApiBearerAuth()
@ApiTags('Plugins')
@Controller('v1/plugin')
export class PluginController {
    constructor(private readonly pluginService: PluginService) {}

    @Get('settings')
    @UseGuards(JwtAuthGuard)
    @Roles('administrator', 'guest')
    @ApiOperation({ description: 'Returns JSON settings of a plugin' })
    async getPluginSettings(@Query('pluginName') pluginName: string) {
        if (!pluginName) {
            throw new HttpException('Plugin name is not valid', HttpStatus.BAD_REQUEST);
        }
        return this.pluginService.readSettings(pluginName);
    }

    @Post('settings')
    @UseGuards(JwtAuthGuard)
    @Roles('administrator')
    async savePluginSettings(@Body() input: UpdatePluginSettingsDto) {
        const plugin = await this.pluginService.findInstalled(input.pluginName);
        if (!plugin) {
            throw new HttpException('Plugin is not installed', HttpStatus.NOT_FOUND);
        }
        return this.pluginService.saveSettings(plugin.name, input.settings);
    }

    @Get('install')
    @UseGuards(JwtAuthGuard)
    @Roles('administrator')
    @ApiOperation({ description: 'Installs a plugin from the npm registry and activates it' })
    async installPlugin(@Query('pluginName') pluginName: string, @Query('version') version?: string) {
        if (!pluginName) {
            throw new HttpException('Plugin name is not valid', HttpStatus.BAD_REQUEST);
        }
        await this.pluginService.install(pluginName, version);
        return true;
    }

    @Get('list')
    @UseGuards(JwtAuthGuard)
    @Roles('administrator', 'guest')
    async listPlugins() {
        return this.pluginService.listInstalled();
    }
}
