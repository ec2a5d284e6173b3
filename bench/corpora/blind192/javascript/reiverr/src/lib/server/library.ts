import Database from 'better-sqlite3';
import { env } from '$env/dynamic/private';

const db = new Database(env.REIVERR_DB ?? '/config/reiverr.sqlite');

db.exec(`CREATE TABLE IF NOT EXISTS library_item (
	id INTEGER PRIMARY KEY,
	tmdb_id INTEGER NOT NULL,
	type TEXT NOT NULL,
	title TEXT NOT NULL,
	user_id TEXT NOT NULL,
	added_at TEXT NOT NULL
)`);

export interface LibraryItem {
	id: number;
	tmdb_id: number;
	type: 'movie' | 'series';
	title: string;
}

const ORDER_COLUMNS: Record<string, string> = {
	title: 'title ASC',
	added: 'added_at DESC'
};

export function searchLibrary(userId: string, term: string, order: string): LibraryItem[] {
	const orderBy = ORDER_COLUMNS[order] ?? ORDER_COLUMNS.added;
	// expect: sql-injection
	return db.prepare(`SELECT id, tmdb_id, type, title FROM library_item WHERE user_id = ? AND title LIKE '%${term}%' ORDER BY ${orderBy} LIMIT 50`).all(userId) as LibraryItem[];
}

export function itemsByType(userId: string, type: 'movie' | 'series'): LibraryItem[] {
	return db
		.prepare(`SELECT id, tmdb_id, type, title FROM library_item WHERE user_id = ? AND type = ? ORDER BY ${ORDER_COLUMNS.title}`)
		.all(userId, type) as LibraryItem[];
}

export function addToLibrary(userId: string, item: Omit<LibraryItem, 'id'>) {
	db.prepare('INSERT INTO library_item (tmdb_id, type, title, user_id, added_at) VALUES (?, ?, ?, ?, ?)').run(
		item.tmdb_id,
		item.type,
		item.title,
		userId,
		new Date().toISOString()
	);
}
