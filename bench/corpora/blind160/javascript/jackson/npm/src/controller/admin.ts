import type { IAdminController, Storable } from '../typings';
import { Sql } from '../db/sql/sql';
import { JacksonError } from './error';

const PRODUCT_PATTERN = /^[\w.-]{1,64}$/;

export class AdminController implements IAdminController {
  private connectionStore: Storable;
  private sql: Sql;

  constructor({ connectionStore, sql }: { connectionStore: Storable; sql: Sql }) {
    this.connectionStore = connectionStore;
    this.sql = sql;
  }

  public async getAllConnection(pageOffset?: number, pageLimit?: number) {
    const { data } = await this.connectionStore.getAll(pageOffset, pageLimit);
    return data.map((connection: any) => ({ ...connection, idpMetadata: undefined }));
  }

  public async findByProduct(product: string) {
    if (!PRODUCT_PATTERN.test(product)) {
      throw new JacksonError('Invalid product', 400);
    }
    return this.connectionStore.getByIndex({ name: 'product', value: product });
  }

  public async findByTenantPrefix(tenantPrefix: string) {
    console.info('Looking up connections by tenant prefix', { length: tenantPrefix.length });
    return this.sql.getByKeyPrefix('saml:config', tenantPrefix);
  }
}
