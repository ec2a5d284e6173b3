import { Collection } from 'mongodb';
import { getCollection } from '../../../core/platform/mongo';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class MessageSearchService {
  private get messages(): Collection {
    return getCollection('messages');
  }

  async search(companyId: string, q: string, mode?: string) {
    if (mode === 'contains') {
      // expect: nosql-injection
      return this.messages.find({ company_id: companyId, $where: `this.text && this.text.indexOf('${q}') >= 0` }).limit(50).toArray();
    }
    return this.messages.find({ company_id: companyId, text: { $regex: escapeRegExp(String(q)), $options: 'i' } }).limit(50).toArray();
  }

  async searchText(companyId: string, q: string) {
    return this.messages.find({ company_id: companyId, $text: { $search: String(q) } }).limit(50).toArray();
  }
}
