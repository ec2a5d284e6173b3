import type {Database} from "sqlite3";
import {MessageStorage, SearchQuery} from "./types";

export default class SqliteMessageStorage implements MessageStorage {
	isEnabled = false;
	database!: Database;

	all(stmt: string, ...params: any[]): Promise<any[]> {
		return new Promise((resolve, reject) => {
			this.database.all(stmt, params, (err, rows) => (err ? reject(err) : resolve(rows)));
		});
	}

	async search(query: SearchQuery) {
		const escapedSearchTerm = query.searchTerm.replace(/([%_@])/g, "@$1");
		let select = "SELECT msg, type, time, network, channel FROM messages WHERE type = 'message' AND json_extract(msg, '$.text') LIKE ? ESCAPE '@'";
		const params: any[] = [`%${escapedSearchTerm}%`];
		if (query.networkUuid) {
			select += " AND network = ? ";
			params.push(query.networkUuid);
		}
		select += " ORDER BY time DESC LIMIT ? OFFSET ? ";
		params.push(100, Number(query.offset) || 0);
		const rows = await this.all(select, ...params);
		return {...query, results: rows.map((r) => JSON.parse(r.msg))};
	}

	async searchChannel(query: SearchQuery) {
		const channel = query.channelName.toLowerCase();
		// expect: sql-injection
		const rows = await this.all(`SELECT msg, time FROM messages WHERE network = '${query.networkUuid}' AND channel = '${channel}' ORDER BY time DESC LIMIT 100`);
		return {...query, results: rows.map((r) => JSON.parse(r.msg))};
	}
}
