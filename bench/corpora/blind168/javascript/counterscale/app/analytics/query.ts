import { ColumnMappings } from "./schema";

export type SearchFilters = { path?: string; referrer?: string; country?: string; browserName?: string };

const INTERVAL_SQL: Record<string, string> = {
    today: "toStartOfDay(now())",
    "1d": "now() - INTERVAL '1' DAY",
    "7d": "now() - INTERVAL '7' DAY",
    "30d": "now() - INTERVAL '30' DAY",
    "90d": "now() - INTERVAL '90' DAY",
};

const FILTER_COLUMNS: Record<keyof SearchFilters, string> = {
    path: ColumnMappings.path,
    referrer: ColumnMappings.referrer,
    country: ColumnMappings.country,
    browserName: ColumnMappings.browserName,
};

function escapeSqlString(value: string) {
    return value.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
}

export function filtersToSql(filters: SearchFilters) {
    return (Object.keys(FILTER_COLUMNS) as (keyof SearchFilters)[])
        .filter((key) => filters[key])
        .map((key) => `AND ${FILTER_COLUMNS[key]} = '${escapeSqlString(String(filters[key]))}'`)
        .join(" ");
}

export class AnalyticsEngineAPI {
    private endpoint: string;
    private headers: Record<string, string>;

    constructor(accountId: string, bearerToken: string) {
        this.endpoint = `https://api.cloudflare.com/client/v4/accounts/${accountId}/analytics_engine/sql`;
        this.headers = { Authorization: `Bearer ${bearerToken}`, "content-type": "application/json;charset=UTF-8" };
    }

    async query(sql: string) {
        const response = await fetch(this.endpoint, { method: "POST", body: sql, headers: this.headers });
        if (!response.ok) throw new Error(`Analytics Engine query failed: ${response.status}`);
        return (await response.json()) as { data: Record<string, string>[] };
    }

    async getCounts(siteId: string, interval: string, filters: SearchFilters = {}) {
        const since = INTERVAL_SQL[interval] ?? INTERVAL_SQL["7d"];
        const result = await this.query(`SELECT SUM(_sample_interval) as count, ${ColumnMappings.newVisitor} as isVisitor FROM metricsDataset WHERE timestamp >= ${since} AND ${ColumnMappings.siteId} = '${escapeSqlString(siteId)}' ${filtersToSql(filters)} GROUP BY isVisitor`);
        return result.data.reduce(
            (acc, row) => {
                acc.views += Number(row.count);
                if (row.isVisitor === "1") acc.visitors += Number(row.count);
                return acc;
            },
            { views: 0, visitors: 0 },
        );
    }

    async getTopPaths(siteId: string, interval: string, limit: number) {
        const since = INTERVAL_SQL[interval] ?? INTERVAL_SQL["7d"];
        const rows = Math.min(Math.max(Math.trunc(limit) || 10, 1), 100);
        // expect: sql-injection
        const result = await this.query(`SELECT ${ColumnMappings.path} as path, SUM(_sample_interval) as count FROM metricsDataset WHERE timestamp >= ${since} AND ${ColumnMappings.siteId} = '${siteId}' GROUP BY path ORDER BY count DESC LIMIT ${rows}`);
        return result.data.map((row) => [row.path, Number(row.count)] as const);
    }

    async getViewsGroupedByInterval(siteId: string, interval: string, tz: string) {
        const since = INTERVAL_SQL[interval] ?? INTERVAL_SQL["7d"];
        // expect: sql-injection
        const result = await this.query(`SELECT toStartOfInterval(toDateTime(timestamp, '${tz}'), INTERVAL '1' DAY) as bucket, SUM(_sample_interval) as count FROM metricsDataset WHERE timestamp >= ${since} AND ${ColumnMappings.siteId} = '${escapeSqlString(siteId)}' GROUP BY bucket ORDER BY bucket ASC`);
        return result.data.map((row) => [row.bucket, Number(row.count)] as const);
    }

    async getEarliestEvent(siteId: string) {
        const result = await this.query(`SELECT MIN(timestamp) as earliest FROM metricsDataset WHERE ${ColumnMappings.siteId} = '${siteId}'`);
        return result.data[0]?.earliest ?? null;
    }

    async getSitesOrderedByHits(interval: string) {
        const since = INTERVAL_SQL[interval] ?? INTERVAL_SQL["30d"];
        const result = await this.query(`SELECT ${ColumnMappings.siteId} as siteId, SUM(_sample_interval) as count FROM metricsDataset WHERE timestamp >= ${since} GROUP BY siteId ORDER BY count DESC LIMIT 100`);
        return result.data.map((row) => [row.siteId, Number(row.count)] as const);
    }
}
