import { DataSource } from 'typeorm';
import { MediaEntity } from './enitites/MediaEntity';

export class SQLConnection {
  private static connection: DataSource | null = null;

  public static async getConnection(): Promise<DataSource> {
    if (!this.connection) {
      this.connection = await new DataSource({ type: 'better-sqlite3', database: 'db/sqlite.db', entities: [MediaEntity] }).initialize();
    }
    return this.connection;
  }
}
