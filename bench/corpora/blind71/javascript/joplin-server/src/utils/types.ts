import * as Koa from 'koa';
import { Knex } from 'knex';
import { Models } from '../models/factory';

export interface User {
	id: string;
	email: string;
	is_admin: number;
}

interface AppContextJoplin {
	db: Knex;
	models: Models;
	owner: User | null;
	// the folder the client said it is syncing, set by ownerHandler
	syncTarget: string;
}

export interface AppContext extends Koa.Context {
	joplin: AppContextJoplin;
}

export interface SubPath {
	id: string;
	link: string;
	addressingType: 'id' | 'path';
	raw: string;
	schema: string;
}
