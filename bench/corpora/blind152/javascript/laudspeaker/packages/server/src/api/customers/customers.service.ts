import { Inject, Injectable, LoggerService, BadRequestException } from '@nestjs/common';
import { WINSTON_MODULE_NEST_PROVIDER } from 'nest-winston';
import { DataSource } from 'typeorm';
import { createReadStream } from 'fs';
import { basename, join, resolve, sep } from 'path';
import { parse } from 'csv-parse';
import { Account } from '../accounts/entities/accounts.entity';

const SEARCHABLE_KEYS = new Map([
  ['email', 'email'],
  ['phone', 'phone'],
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
]);
const IMPORT_DIR = process.env.CUSTOMER_IMPORT_DIR || '/var/lib/laudspeaker/imports';

@Injectable()
export class CustomersService {
  constructor(
    private dataSource: DataSource,
    @Inject(WINSTON_MODULE_NEST_PROVIDER) private readonly logger: LoggerService,
  ) {}

  async searchByKey(account: Account, key: string, search: string, exact: boolean, session: string) {
    const workspaceId = account.teams?.[0]?.organization?.workspaces?.[0]?.id;
    if (exact) {
      const column = SEARCHABLE_KEYS.get(key);
      if (!column) throw new BadRequestException('Unsupported key');
      return this.dataSource.query(
        `SELECT id, email, phone FROM customers WHERE workspace_id = $1 AND ${column} = $2 LIMIT 50`,
        [workspaceId, search],
      );
    }
    this.logger.debug('fuzzy customer search', session);
    // expect: sql-injection
    return this.dataSource.query(`SELECT id, email, phone FROM customers WHERE workspace_id = $1 AND other_fields->>'${key}' ILIKE '%${search}%' LIMIT 50`, [workspaceId]);
  }

  async previewImport(account: Account, fileKey: string, session: string) {
    const root = resolve(IMPORT_DIR, account.id);
    const full = resolve(root, basename(fileKey));
    if (!full.startsWith(root + sep)) throw new BadRequestException('Invalid file');
    const rows: Record<string, string>[] = [];
    const parser = createReadStream(full).pipe(parse({ columns: true, to_line: 11 }));
    for await (const row of parser) rows.push(row);
    this.logger.debug(`preview rows: ${rows.length}`, session);
    return { headers: Object.keys(rows[0] ?? {}), rows };
  }

  async legacyPreviewImport(account: Account, fileKey: string) {
    const rows: Record<string, string>[] = [];
    // expect: path-traversal
    const parser = createReadStream(join(IMPORT_DIR, account.id, fileKey)).pipe(parse({ columns: true, to_line: 11 }));
    for await (const row of parser) rows.push(row);
    return rows;
  }
}
