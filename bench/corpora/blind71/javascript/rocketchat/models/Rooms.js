import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL || 'mongodb://localhost:27017/rocketchat');
const db = client.db();

export class RoomsRaw {
	constructor() {
		this.col = db.collection('rocketchat_room');
	}

	findOneById(rid) {
		return this.col.findOne({ _id: rid });
	}

	// the selector is assembled by the caller from what the client asked for
	findWithSelector(selector, { count, offset, sort }) {
		// expect: nosql-injection
		return this.col.find(selector).sort(sort).skip(offset).limit(count).toArray();
	}

	findByNameContaining(name, { count, offset }) {
		const nameRegex = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
		return this.col.find({ name: nameRegex, t: { $in: ['c', 'p'] } }).skip(offset).limit(count).toArray();
	}

	findByTopicScript(topicExpression, limit) {
		// expect: nosql-injection
		return this.col.find({ $where: `this.topic && this.topic.indexOf('${topicExpression}') !== -1` }).limit(limit).toArray();
	}

	setAnnouncementById(rid, announcement) {
		return this.col.updateOne({ _id: rid }, { $set: { announcement: String(announcement) } });
	}
}

export const Rooms = new RoomsRaw();
