import type { IncomingMessage } from 'node:http';
import { LdapDirectory } from './datasources/ldapDirectory';
import { CatalogXml } from './datasources/catalogXml';

export interface AppContext {
  requester: string;
  locale: string;
  directory: LdapDirectory;
  catalog: CatalogXml;
}

export async function buildContext({ req }: { req: IncomingMessage }): Promise<AppContext> {
  const requester = (req.headers['x-requester'] as string) || 'anonymous';
  const locale = (req.headers['accept-language'] as string)?.split(',')[0] ?? 'en';
  return {
    requester,
    locale,
    directory: new LdapDirectory(process.env.LDAP_URL ?? 'ldaps://ldap.internal:636'),
    catalog: new CatalogXml(process.env.CATALOG_XML ?? '/srv/catalog/catalog.xml'),
  };
}
