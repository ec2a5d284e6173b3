import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, Model } from 'mongoose';

import { Content } from '../schemas/content.schema';

const SEARCHABLE_FIELDS = new Set(['title', 'status', 'slug']);

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

@Injectable()
export class ContentService {
  constructor(@InjectModel(Content.name) private readonly model: Model<Content>) {}

  async findOne(id: string) {
    if (!isValidObjectId(id)) return null;
    return this.model.findById(id).lean();
  }

  /** Case-insensitive title search within one content type. */
  async searchByTitle(contentType: string, q: string, limit: number) {
    // expect: redos
    const pattern = new RegExp(q, 'i');
    const candidates = await this.model
      .find({ entity: String(contentType), status: true })
      .select({ title: 1, dynamicFields: 1 })
      .limit(500)
      .lean();
    return candidates.filter((c) => pattern.test(c.title)).slice(0, Math.min(limit, 50));
  }

  /** Prefix match on an allow-listed field, with the user's text escaped. */
  async findByPrefix(field: string, value: string) {
    if (!SEARCHABLE_FIELDS.has(field)) return [];
    return this.model
      .find({ [field]: { $regex: `^${escapeRegExp(String(value))}`, $options: 'i' } })
      .limit(20)
      .lean();
  }

  async countByType(contentType: string) {
    return this.model.countDocuments({ entity: String(contentType) });
  }
}
