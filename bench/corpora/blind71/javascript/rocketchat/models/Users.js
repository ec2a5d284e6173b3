import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL || 'mongodb://localhost:27017/rocketchat');
const db = client.db();

export const Users = {
	col: db.collection('users'),

	findOneByTokenAndId(token, userId) {
		if (!token || !userId) {
			return null;
		}
		return this.col.findOne({ '_id': String(userId), 'services.resume.loginTokens.hashedToken': String(token) });
	},

	findOneById(userId) {
		return this.col.findOne({ _id: String(userId) });
	},

	findByUsernameNameOrEmail(term, options) {
		const regex = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
		return this.col.find({ $or: [{ username: regex }, { name: regex }, { 'emails.address': regex }] }, options).toArray();
	},
};
