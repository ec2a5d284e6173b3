import { Database } from "bun:sqlite";
import { join } from "node:path";

const DATA_PATH = process.env.DATA_PATH || "./.data";

export const db = new Database(join(DATA_PATH, "db.sqlite"), { create: true });

db.exec(`
  PRAGMA journal_mode = WAL;
  CREATE TABLE IF NOT EXISTS keys (
    siteKey TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secretHash TEXT NOT NULL,
    config TEXT NOT NULL,
    created INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS solutions (
    siteKey TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (siteKey, bucket)
  );
  CREATE TABLE IF NOT EXISTS challenges (
    siteKey TEXT NOT NULL,
    token TEXT NOT NULL,
    data TEXT NOT NULL,
    expires INTEGER NOT NULL,
    PRIMARY KEY (siteKey, token)
  );
  CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY,
    expires INTEGER NOT NULL
  );
`);

export const getKeyQuery = db.query("SELECT siteKey, name, config, created FROM keys WHERE siteKey = ?");
export const listKeysQuery = db.query("SELECT siteKey, name, created FROM keys ORDER BY created DESC");
export const insertKeyQuery = db.query("INSERT INTO keys (siteKey, name, secretHash, config, created) VALUES (?, ?, ?, ?, ?)");
export const getSessionQuery = db.query("SELECT token FROM sessions WHERE token = ? AND expires > ?");
export const insertSessionQuery = db.query("INSERT INTO sessions (token, expires) VALUES (?, ?)");
