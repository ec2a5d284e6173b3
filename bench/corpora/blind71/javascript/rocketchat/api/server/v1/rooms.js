import { API } from '../api';
import { findAdminRooms, findRoomsByName, findRoomsByTopic, findRoomsByTopicSafe } from '../lib/rooms';
import { Rooms } from '../../../models/Rooms';

API.v1.addRoute(
	'rooms.adminRooms',
	{ authRequired: true },
	{
		async get() {
			const { filter, types = [], sort } = this.queryParams;
			const pagination = this.getPaginationItems();
			const rooms = await findAdminRooms({
				filter: filter && typeof filter === 'object' ? filter : undefined,
				types: [].concat(types),
				sort,
				pagination,
			});
			return this.success({ rooms, count: rooms.length, offset: pagination.offset });
		},
	},
);

API.v1.addRoute(
	'rooms.autocomplete.channelAndPrivate',
	{ authRequired: true },
	{
		async get() {
			const { selector } = this.queryParams;
			let name = '';
			try {
				name = JSON.parse(selector || '{}').name;
			} catch {
				name = '';
			}
			return this.success({ items: await findRoomsByName({ name, pagination: this.getPaginationItems() }) });
		},
	},
);

API.v1.addRoute(
	'rooms.byTopic',
	{ authRequired: true },
	{
		async get() {
			const rooms = await findRoomsByTopic({ topic: this.queryParams.topic, pagination: this.getPaginationItems() });
			return this.success({ rooms });
		},
	},
);

API.v1.addRoute(
	'rooms.byTopicStrict',
	{ authRequired: true },
	{
		async get() {
			const rooms = await findRoomsByTopicSafe({ topic: this.queryParams.topic, pagination: this.getPaginationItems() });
			return this.success({ rooms });
		},
	},
);

API.v1.addRoute(
	'rooms.saveAnnouncement',
	{ authRequired: true },
	{
		async post() {
			const { rid, announcement } = this.bodyParams;
			const room = await Rooms.findOneById(String(rid));
			if (!room) {
				return this.failure('error-invalid-room');
			}
			await Rooms.setAnnouncementById(room._id, announcement);
			return this.success();
		},
	},
);
