import { createModule, gql } from 'graphql-modules';
import { ClickHouse } from '../shared/providers/clickhouse-client';
import { OperationsReader } from './providers/operations-reader';
import { countOperations } from './resolvers/Query/countOperations';

export const operationsModule = createModule({
  id: 'operations',
  typeDefs: gql`
    type Query {
      countOperations(target: ID!, clientName: String, exact: Boolean): Int
    }
  `,
  resolvers: { Query: { countOperations } },
  providers: [OperationsReader, ClickHouse],
});
