import { OperationsReader } from '../../providers/operations-reader';

export const countOperations = async (
  _: unknown,
  { target, clientName = '', exact = true }: { target: string; clientName?: string; exact?: boolean },
  { injector }: GraphQLModules.Context,
) => {
  const reader = injector.get(OperationsReader);
  return exact ? reader.countOperations({ target, clientName }) : reader.countOperationsLike({ target, clientName });
};
