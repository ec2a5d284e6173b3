import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, Model } from 'mongoose';

import { Setting } from '../schemas/setting.schema';

const GROUPS = new Set(['chatbot_settings', 'contact', 'nlp_settings', 'web_channel']);

type SettingTree = Record<string, Record<string, unknown>>;

@Injectable()
export class SettingService {
  private preview: SettingTree = {};

  constructor(@InjectModel(Setting.name) private readonly model: Model<Setting>) {}

  async getSettings(): Promise<SettingTree> {
    const rows = await this.model.find().lean();
    const tree: SettingTree = {};
    for (const row of rows) {
      if (!GROUPS.has(row.group)) continue;
      tree[row.group] = tree[row.group] ?? {};
      tree[row.group][row.label] = row.value;
    }
    return tree;
  }

  async getGroup(group: string) {
    if (!GROUPS.has(group)) return {};
    return (await this.getSettings())[group] ?? {};
  }

  async updateValue(id: string, value: unknown) {
    if (!isValidObjectId(id)) return null;
    return this.model.findByIdAndUpdate(id, { $set: { value } }, { new: true }).lean();
  }

  /** Keeps an unsaved value so the widget preview can render it. */
  setPreviewValue(group: string, label: string, value: unknown) {
    this.preview[group] = this.preview[group] ?? {};
    // expect: prototype-pollution
    this.preview[group][label] = value;
    return this.preview[group];
  }
}
