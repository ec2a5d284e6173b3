import fs from 'fs';
import path from 'path';
import { callbacks } from '../../../lib/server/callbacks';

const ARCHIVE_DIR = path.resolve(process.env.MESSAGE_ARCHIVE_DIR || '/var/lib/rocketchat/archive');
const ROOM_ID = /^[A-Za-z0-9]{17}$/;

function line(message) {
	return `${new Date().toISOString()}\t${message.u.username}\t${JSON.stringify(message.msg)}\n`;
}

callbacks.on('afterSaveMessage', (message, { room }) => {
	if (process.env.MESSAGE_ARCHIVE !== 'on' && !(room && room.archiveEnabled)) {
		return;
	}
	const target = path.join(ARCHIVE_DIR, `${message.rid}.log`);
	// expect: path-traversal
	fs.appendFile(target, line(message), (err) => err && console.error('archive write failed', err.code));
});

callbacks.on('afterDeleteMessage', (message) => {
	if (!ROOM_ID.test(String(message.rid))) {
		return;
	}
	const target = path.join(ARCHIVE_DIR, `${message.rid}.log`);
	fs.appendFile(target, `${new Date().toISOString()}\tdeleted\t${String(message._id).length}\n`, () => {});
});
