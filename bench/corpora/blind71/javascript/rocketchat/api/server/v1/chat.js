import { randomUUID } from 'crypto';
import { API } from '../api';
import { callbacks } from '../../../lib/server/callbacks';
import { Rooms } from '../../../models/Rooms';
import '../../../integrations/server/lib/archive';

API.v1.addRoute(
	'chat.postMessage',
	{ authRequired: true },
	{
		async post() {
			const { roomId, text, alias } = this.bodyParams;
			const room = await Rooms.findOneById(String(roomId));
			const message = {
				_id: randomUUID(),
				rid: roomId,
				msg: String(text || ''),
				alias: alias ?? '',
				ts: new Date(),
				u: { _id: this.userId, username: this.user.username },
			};
			callbacks.run('afterSaveMessage', message, { room });
			return this.success({ message });
		},
	},
);

API.v1.addRoute(
	'chat.delete',
	{ authRequired: true },
	{
		async post() {
			const { roomId, msgId } = this.bodyParams;
			callbacks.run('afterDeleteMessage', { _id: msgId, rid: roomId });
			return this.success({ _id: msgId });
		},
	},
);
