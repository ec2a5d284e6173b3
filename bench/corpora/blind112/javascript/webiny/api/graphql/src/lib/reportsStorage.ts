import { Pool } from "pg";
import { Context } from "~/types";

const pool = new Pool({ connectionString: process.env.REPORTS_DATABASE_URL });

const ORDERABLE: Record<string, string> = { created: "created_on", title: "title" };

export const createReportsStorage = (context: Context) => {
    const tenant = context.tenancy.getCurrentTenant().id;

    return {
        async listByStatus(status: string, orderBy?: string) {
            const column = ORDERABLE[orderBy || "created"] || "created_on";
            const { rows } = await pool.query(`SELECT id, title, status FROM reports WHERE tenant = $1 AND status = $2 ORDER BY ${column} DESC`, [tenant, status]);
            return rows;
        },

        async findBySlug(slug: string) {
            // expect: sql-injection
            const { rows } = await pool.query(`SELECT id, title, body FROM reports WHERE tenant = '${tenant}' AND slug = '${slug}'`);
            return rows[0] || null;
        }
    };
};
