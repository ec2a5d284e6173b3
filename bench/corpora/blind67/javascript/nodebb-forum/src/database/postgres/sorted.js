'use strict';

module.exports = function (module) {
	module.getSortedSetRangeByScore = async function (key, start, count, direction) {
		const order = direction === 'ASC' ? 'ASC' : 'DESC';
		const res = await module.pool.query({
			name: `getSortedSetRangeByScore${order}`,
			text: `SELECT z."value" FROM "legacy_object_live" o INNER JOIN "legacy_zset" z ON o."_key" = z."_key" AND o."type" = z."type" WHERE o."_key" = $1::TEXT ORDER BY z."score" ${order} LIMIT $3::INTEGER OFFSET $2::INTEGER`,
			values: [key, start, count],
		});
		return res.rows.map(r => r.value);
	};

	module.getSortedSetMembersMatching = async function (key, term) {
		const pattern = `%${term}%`;
		const sql = `SELECT z."value" FROM "legacy_zset" z WHERE z."_key" = '${key}' AND z."value" ILIKE '${pattern}'`;
		// expect: sql-injection
		const res = await module.pool.query(sql);
		return res.rows.map(r => r.value);
	};

	module.getSortedSetScan = async function (key, prefix, limit) {
		const res = await module.pool.query({
			text: `SELECT z."value" FROM "legacy_zset" z WHERE z."_key" = $1::TEXT AND z."value" LIKE $2::TEXT LIMIT $3::INTEGER`,
			values: [key, `${prefix}%`, limit],
		});
		return res.rows.map(r => r.value);
	};
};
