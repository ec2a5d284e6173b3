import { Body, Controller, Get, Param, Patch } from '@nestjs/common';

import { Roles } from '@/utils/decorators/roles.decorator';

import { SettingService } from '../services/setting.service';

type SettingPatch = {
  group: string;
  label: string;
  value: unknown;
};

@Controller('setting')
export class SettingController {
  constructor(private readonly settingService: SettingService) {}

  @Get()
  async findAll() {
    return this.settingService.getSettings();
  }

  /** PATCH /setting/:id { value } : the settings page saves one field at a time. */
  @Patch(':id')
  async updateOne(@Param('id') id: string, @Body() body: { value: unknown }) {
    return this.settingService.updateValue(id, body.value);
  }

  /** PATCH /setting/bulk/cache { group, label, value } : widget preview tweaks, kept in memory. */
  @Roles('admin')
  @Patch('bulk/cache')
  async previewOne(@Body() body: SettingPatch) {
    return this.settingService.setPreviewValue(body.group, body.label, body.value);
  }

  @Get(':group')
  async findGroup(@Param('group') group: string) {
    return this.settingService.getGroup(group);
  }
}
