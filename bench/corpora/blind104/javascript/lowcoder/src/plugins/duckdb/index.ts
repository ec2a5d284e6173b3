import duckdb from "duckdb";

const ACTIONS = new Set(["query", "listTables", "describe"]);

function open(config: { databaseFile?: string }) {
  return new duckdb.Database(config.databaseFile || ":memory:", { access_mode: "READ_ONLY" });
}

const duckdbPlugin = {
  async run(action: any, dataSourceConfig: any) {
    const db = open(dataSourceConfig);
    const conn = db.connect();
    if (!ACTIONS.has(action.actionName)) throw new Error("bad action");
    if (action.actionName === "query") {
      // expect: sql-injection
      return new Promise((resolve, reject) => conn.all(action.sql, (err: any, rows: any) => (err ? reject(err) : resolve(rows))));
    }
    if (action.actionName === "describe") {
      const table = String(action.table || "");
      // expect: sql-injection
      return new Promise((resolve, reject) => conn.all(`DESCRIBE ${table}`, (err: any, rows: any) => (err ? reject(err) : resolve(rows))));
    }
    return new Promise((resolve, reject) =>
      conn.all("SELECT table_name FROM information_schema.tables WHERE table_schema = ?", action.schema ?? "main", (err: any, rows: any) => (err ? reject(err) : resolve(rows)))
    );
  },
  async validateDataSourceConfig(config: any) {
    return { success: typeof config.databaseFile === "string" };
  },
};

export default duckdbPlugin;
