import Datastore from '@seald-io/nedb';
import argon2 from 'argon2';
import path from 'path';
import config from '../../config';

const db = new Datastore({ autoload: true, filename: path.join(config.dbPath, 'users', 'users.db') });

class Users {
  static async lookupUser(username: string) {
    return db.findOneAsync({ username: String(username) });
  }

  static async comparePassword(username: string, password: string) {
    const user = await db.findOneAsync({ username: String(username) });
    return user != null && argon2.verify(user.password, password);
  }

  static async existsRaw(username: unknown) {
    // expect: nosql-injection
    const user = await db.findOneAsync({ username });
    return user != null;
  }
}

export default Users;
