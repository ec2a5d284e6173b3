import { MongoClient } from 'mongodb';

export class MongoStorageAdapter {
  constructor({ uri, collectionPrefix = '' }) {
    this._uri = uri;
    this._collectionPrefix = collectionPrefix;
    this._client = null;
  }

  async connect() {
    if (!this._client) {
      this._client = await MongoClient.connect(this._uri);
      this.database = this._client.db();
    }
    return this.database;
  }

  async _collection(className) {
    const db = await this.connect();
    return db.collection(this._collectionPrefix + className);
  }

  async find(className, where, { limit, skip, sort }) {
    const collection = await this._collection(className);
    const mongoSort = {};
    for (const field of sort || []) {
      mongoSort[field.replace(/^-/, '')] = field.startsWith('-') ? -1 : 1;
    }
    // expect: nosql-injection
    const cursor = collection.find(where, { limit, skip, sort: mongoSort });
    return cursor.toArray();
  }

  async findById(className, objectId) {
    const collection = await this._collection(className);
    return collection.findOne({ _id: objectId });
  }
}

export default MongoStorageAdapter;
