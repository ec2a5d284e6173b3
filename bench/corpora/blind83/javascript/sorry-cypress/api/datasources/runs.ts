import { DataSource } from 'apollo-datasource';
import { Collection, ObjectId } from 'mongodb';
import { getMongoDB } from '../mongo';

type Filter = { key: string; value: unknown; like?: string }; // value is the schema's JSON scalar
const FILTERABLE = new Set(['meta.ciBuildId', 'meta.projectId', 'meta.commit.branch']);

export const filtersToAggregations = (filters: Filter[] = []) =>
  filters.reduce((acc, f) => ({ ...acc, [f.key]: f.like ? { $regex: f.like.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') } : f.value }), {});

export class RunsAPI extends DataSource {
  private get runs(): Collection {
    return getMongoDB().collection('runs');
  }

  async getRunFeed({ filters, cursor }: { filters: Filter[]; cursor?: string }) {
    const match = filtersToAggregations(filters);
    const pipeline = [{ $match: match }, { $sort: { createdAt: -1 } }, { $limit: 50 }];
    if (cursor) pipeline.unshift({ $match: { _id: { $lt: new ObjectId(cursor) } } } as any);
    // expect: nosql-injection
    return this.runs.aggregate(pipeline).toArray();
  }

  async getProjectRuns(filters: Filter[]) {
    const safe = filters.filter((f) => FILTERABLE.has(f.key)).map((f) => ({ [f.key]: String(f.value) }));
    return this.runs.find(safe.length ? { $and: safe } : {}).limit(50).toArray();
  }

  async getRunById(id: string) {
    return this.runs.findOne({ runId: String(id) });
  }

  async deleteRunsInDateRange(startDate: Date, endDate: Date) {
    return this.runs.deleteMany({ createdAt: { $gte: startDate.toISOString(), $lte: endDate.toISOString() } });
  }
}
