import { Knex } from 'knex';
import ItemModel from './ItemModel';
import { User } from '../utils/types';

export class SessionModel {
	private db: Knex;

	constructor(db: Knex) {
		this.db = db;
	}

	public async sessionUser(sessionId: string): Promise<User | null> {
		const session = await this.db('sessions').where({ id: sessionId }).first();
		if (!session) return null;
		return this.db('users').where({ id: session.user_id }).first();
	}
}

export class Models {
	private db_: Knex;

	constructor(db: Knex) {
		this.db_ = db;
	}

	public item() {
		return new ItemModel(this.db_);
	}

	public session() {
		return new SessionModel(this.db_);
	}
}

export default function newModelFactory(db: Knex): Models {
	return new Models(db);
}
