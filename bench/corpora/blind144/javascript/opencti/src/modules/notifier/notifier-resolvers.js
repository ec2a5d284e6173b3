import { notifierTest } from './notifier-domain';

const notifierResolvers = {
  Mutation: {
    notifierTest: (_, { template, useDefault = true }, context) => notifierTest(context, context.user, { template, useDefault }),
  },
};

export default notifierResolvers;
