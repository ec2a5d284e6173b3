import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function fetchDocument({ documentName, context }: { documentName: string; context: { workspace: string } }) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT data FROM documents WHERE name = '${documentName}' AND workspace = '${context.workspace}'`);
  return rows[0]?.data ?? null;
}

export async function storeDocument({ documentName, state, context }: { documentName: string; state: Buffer; context: { workspace: string } }) {
  await pool.query(
    "INSERT INTO documents (name, workspace, data) VALUES ($1, $2, $3) ON CONFLICT (name, workspace) DO UPDATE SET data = $3",
    [documentName, context.workspace, state],
  );
}
