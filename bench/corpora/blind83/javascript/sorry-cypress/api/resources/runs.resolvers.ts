import { AppDatasources } from '../datasources';

type Filter = { key: string; value: unknown; like?: string }; // value is the schema's JSON scalar

export const runsResolvers = {
  Query: {
    runFeed: (_: unknown, { filters, cursor }: { filters: Filter[]; cursor?: string }, { dataSources }: { dataSources: AppDatasources }) =>
      dataSources.runsAPI.getRunFeed({ filters, cursor }),
    run: (_: unknown, { id }: { id: string }, { dataSources }: { dataSources: AppDatasources }) => dataSources.runsAPI.getRunById(id),
  },
  Mutation: {
    deleteRunsInDateRange: (_: unknown, { startDate, endDate }: { startDate: string; endDate: string }, { dataSources }: { dataSources: AppDatasources }) =>
      dataSources.runsAPI.deleteRunsInDateRange(new Date(startDate), new Date(endDate)),
  },
};
