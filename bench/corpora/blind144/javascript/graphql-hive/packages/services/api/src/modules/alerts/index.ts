import { createModule, gql } from 'graphql-modules';
import { AlertsManager } from './providers/alerts-manager';
import { addAlertChannel } from './resolvers/Mutation/addAlertChannel';

export const alertsModule = createModule({
  id: 'alerts',
  typeDefs: gql`
    type Mutation {
      addAlertChannel(name: String!, type: String!, webhookEndpoint: String): Boolean
    }
  `,
  resolvers: { Mutation: { addAlertChannel } },
  providers: [AlertsManager],
});
