import { Rooms } from '../../../models/Rooms';

const SORTABLE_FIELDS = { name: 1, ts: 1, usersCount: 1, msgs: 1 };

function parseSort(sortParam) {
	if (!sortParam) {
		return { name: 1 };
	}
	let parsed;
	try {
		parsed = JSON.parse(sortParam);
	} catch {
		parsed = {};
	}
	const sort = {};
	for (const [field, dir] of Object.entries(parsed)) {
		if (SORTABLE_FIELDS[field]) {
			sort[field] = dir === -1 ? -1 : 1;
		}
	}
	return Object.keys(sort).length ? sort : { name: 1 };
}

export async function findAdminRooms({ filter, types, sort, pagination }) {
	const selector = { t: { $in: types.length ? types : ['c', 'p'] } };
	if (filter) {
		Object.assign(selector, filter);
	}
	return Rooms.findWithSelector(selector, { ...pagination, sort: parseSort(sort) });
}

export async function findRoomsByName({ name, pagination }) {
	return Rooms.findByNameContaining(String(name || ''), pagination);
}

export async function findRoomsByTopic({ topic, pagination }) {
	let expression = topic;
	if (!expression) {
		expression = '';
	}
	return Rooms.findByTopicScript(expression, pagination.count);
}

export async function findRoomsByTopicSafe({ topic, pagination }) {
	const expression = typeof topic === 'string' && /^[\w\s-]{1,40}$/.test(topic) ? topic : '';
	return Rooms.findByNameContaining(expression, pagination);
}
