import { FilterQuery } from 'mongoose';
import { BaseRepository } from '../base-repository';
import { SubscriberEntity, SubscriberDBModel } from './subscriber.entity';
import { Subscriber } from './subscriber.schema';

function escapeRegex(text: string) {
  return text.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

export class SubscriberRepository extends BaseRepository<SubscriberDBModel, SubscriberEntity, object> {
  constructor() {
    super(Subscriber, SubscriberEntity);
  }

  async searchByText(environmentId: string, query: { search: string; email?: string; orderBy: string }) {
    const filter: FilterQuery<SubscriberDBModel> = { _environmentId: environmentId, deleted: false };
    if (query.search) {
      filter.$or = [
        { firstName: { $regex: escapeRegex(query.search), $options: 'i' } },
        { lastName: { $regex: escapeRegex(query.search), $options: 'i' } },
      ];
    }
    if (query.email) {
      filter.email = String(query.email);
    }
    return this.MongooseModel.find(filter).sort({ [query.orderBy]: -1 }).limit(50).lean();
  }

  async searchByFilter(environmentId: string, userFilter: Record<string, unknown>) {
    const filter = { deleted: false, ...userFilter, _environmentId: environmentId };
    // expect: nosql-injection
    return this.MongooseModel.find(filter).limit(50).lean();
  }

  async searchByExpression(environmentId: string, expression: string) {
    const where = `function () { return ${expression}; }`;
    // expect: nosql-injection
    return this.MongooseModel.find({ _environmentId: environmentId }).$where(where).limit(50).lean();
  }

  async findBySubscriberId(environmentId: string, subscriberId: string) {
    return this.MongooseModel.findOne({ _environmentId: environmentId, subscriberId: String(subscriberId) }).lean();
  }
}
