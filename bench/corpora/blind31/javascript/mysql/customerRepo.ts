import mysql, { Pool, RowDataPacket } from 'mysql2/promise';

export interface Customer extends RowDataPacket {
  id: number;
  email: string;
  name: string;
}

const SORTABLE = new Set(['name', 'created_at', 'email']);

export class CustomerRepo {
  constructor(private readonly pool: Pool) {}

  async byEmail(email: string): Promise<Customer | undefined> {
    // expect: sql-injection
    const [rows] = await this.pool.query<Customer[]>(`SELECT id, email, name FROM customers WHERE email = '${email}'`);
    return rows[0];
  }

  async search(name: string, sort: string): Promise<Customer[]> {
    // expect: sql-injection
    const sql = "SELECT id, email, name FROM customers WHERE name LIKE '%" + name + "%' ORDER BY " + sort;
    // expect: sql-injection
    const [rows] = await this.pool.execute<Customer[]>(sql);
    return rows;
  }

  async byId(id: string): Promise<Customer | undefined> {
    const [rows] = await this.pool.execute<Customer[]>('SELECT id, email, name FROM customers WHERE id = ?', [id]);
    return rows[0];
  }

  async sorted(sort: string): Promise<Customer[]> {
    const column = SORTABLE.has(sort) ? sort : 'created_at';
    const [rows] = await this.pool.query<Customer[]>('SELECT id, email, name FROM customers ORDER BY ??', [column]);
    return rows;
  }

  async byName(name: string): Promise<Customer[]> {
    const [rows] = await this.pool.query<Customer[]>('SELECT id, email, name FROM customers WHERE name = ' + this.pool.escape(name));
    return rows;
  }
}

export async function deleteCustomer(pool: Pool, id: string, reason: string): Promise<void> {
  // expect: sql-injection
  await pool.query({ sql: 'DELETE FROM customers WHERE id = ' + id, timeout: 4000 });
  // expect: sql-injection
  await pool.query(`INSERT INTO audit_log (action, note) VALUES ('delete', '${reason}')`);
}

export function createPool(): Pool {
  return mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });
}
