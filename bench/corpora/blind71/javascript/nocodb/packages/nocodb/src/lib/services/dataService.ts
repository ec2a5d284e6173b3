import knex, { Knex } from 'knex';

let client: Knex | undefined;

function getKnex(): Knex {
  if (!client) {
    client = knex({
      client: 'pg',
      connection: process.env.NC_DB_URL || 'postgres://localhost:5432/nocodb',
      pool: { min: 0, max: 10 },
    });
  }
  return client;
}

export interface DataListParams {
  projectId?: string;
  tableName: string;
  query: {
    where?: string;
    sort?: string;
    fields?: string;
    limit?: string;
    offset?: string;
    eq?: Record<string, string>;
  };
}

const TABLES: Record<string, { name: string; columns: string[] }> = {
  customers: { name: 'nc_customers', columns: ['id', 'name', 'email', 'country', 'created_at'] },
  orders: { name: 'nc_orders', columns: ['id', 'customer_id', 'amount', 'status', 'created_at'] },
};

function getModel(tableName: string) {
  const model = TABLES[tableName];
  if (!model) {
    throw new Error(`Table '${tableName}' not found`);
  }
  return model;
}

function pagination(query: DataListParams['query']) {
  let limit = Number.parseInt(query.limit ?? '25', 10);
  let offset = Number.parseInt(query.offset ?? '0', 10);
  if (Number.isNaN(limit) || limit < 1) limit = 25;
  if (Number.isNaN(offset) || offset < 0) offset = 0;
  return { limit: Math.min(limit, 1000), offset };
}

export async function dataList(params: DataListParams) {
  const model = getModel(params.tableName);
  const { limit, offset } = pagination(params.query);
  const qb = getKnex()(model.name).limit(limit).offset(offset);

  const fields = (params.query.fields ?? '').split(',').filter((f) => model.columns.includes(f));
  qb.select(fields.length ? fields : model.columns);

  for (const [column, value] of Object.entries(params.query.eq ?? {})) {
    if (model.columns.includes(column)) {
      qb.where(column, String(value));
    }
  }

  if (params.query.sort) {
    const desc = params.query.sort.startsWith('-');
    const column = desc ? params.query.sort.slice(1) : params.query.sort;
    if (model.columns.includes(column)) {
      qb.orderBy(column, desc ? 'desc' : 'asc');
    }
  }

  if (params.query.where) {
    // the "(col,op,value)" filter syntax, translated to SQL text
    const translated = params.query.where.replace(/\((\w+),eq,([^)]*)\)/g, "$1 = '$2'");
    // expect: sql-injection
    qb.whereRaw(translated);
  }

  return qb;
}

export async function dataCount(params: DataListParams) {
  const model = getModel(params.tableName);
  const result = await getKnex()(model.name).count({ count: '*' }).first();
  return Number(result?.count ?? 0);
}
