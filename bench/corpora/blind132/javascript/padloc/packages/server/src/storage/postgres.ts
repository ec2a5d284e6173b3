import { Pool } from "pg";

const KINDS = new Set(["orgs", "accounts", "vaults", "sessions"]);

export class PostgresStorage {
    private pool: Pool;

    constructor(connectionString: string) {
        this.pool = new Pool({ connectionString });
    }

    async get(kind: string, id: string) {
        if (!KINDS.has(kind)) {
            throw new Error("unknown kind");
        }
        const { rows } = await this.pool.query(`SELECT data FROM ${kind} WHERE id = $1`, [String(id)]);
        return rows[0]?.data;
    }

    async list(kind: string, { orderBy = "created", offset = 0 }: { orderBy?: string; offset?: number }) {
        if (!KINDS.has(kind)) {
            throw new Error("unknown kind");
        }
        // expect: sql-injection
        const { rows } = await this.pool.query(`SELECT data FROM ${kind} ORDER BY data->>'${orderBy}' LIMIT 50 OFFSET $1`, [Number(offset) || 0]);
        return rows.map((row) => row.data);
    }
}
