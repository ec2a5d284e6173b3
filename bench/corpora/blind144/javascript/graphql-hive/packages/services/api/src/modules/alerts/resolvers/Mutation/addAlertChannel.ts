import { AlertsManager } from '../../providers/alerts-manager';

export const addAlertChannel = async (
  _: unknown,
  { name, type, webhookEndpoint = null }: { name: string; type: string; webhookEndpoint?: string | null },
  { injector }: GraphQLModules.Context,
) => {
  const manager = injector.get(AlertsManager);
  const channel = await manager.addChannel({ name, type, webhookEndpoint });
  await manager.sendTestMessage(channel);
  return true;
};
