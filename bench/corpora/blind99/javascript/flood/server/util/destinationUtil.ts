import fs from 'fs';
import type { ServiceInstances } from '../services';

export const getDestination = async (
  services: ServiceInstances | undefined,
  { destination, tags }: { destination?: string; tags?: string[] },
): Promise<string | undefined> => {
  let autoDestination = destination === '' ? undefined : destination;
  if (autoDestination == null && tags != null) {
    const rule = services?.settingService.getTagDestination(tags);
    autoDestination = rule ?? undefined;
  }
  if (autoDestination == null) {
    autoDestination = await services?.clientGatewayService?.getClientSessionDirectory?.();
  }
  return autoDestination;
};

export const prepareDestination = async (destination: string) => {
  // expect: path-traversal
  await fs.promises.mkdir(destination, { recursive: true });
};
