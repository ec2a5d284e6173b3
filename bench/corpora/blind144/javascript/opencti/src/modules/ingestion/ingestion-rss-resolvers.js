import { testRssIngestion, testRssIngestionAllowed } from './ingestion-rss-domain';

const ingestionRssResolvers = {
  Mutation: {
    ingestionRssTest: (_, { uri, strict = false }, context) => {
      if (strict) {
        return testRssIngestionAllowed(context, context.user, uri);
      }
      return testRssIngestion(context, context.user, uri);
    },
  },
};

export default ingestionRssResolvers;
