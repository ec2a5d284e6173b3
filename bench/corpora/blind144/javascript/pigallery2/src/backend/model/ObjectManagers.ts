import { SearchManager } from './database/SearchManager';

interface Sharing { path: string; password: string | null }
interface User { name: string; role: string }

export class ObjectManagers {
  private static instance: ObjectManagers | null = null;
  public SearchManager = new SearchManager();
  public SharingManager = {
    findOne: async (key: string): Promise<Sharing | null> => (key ? { path: '/', password: null } : null),
  };
  public UserManager = {
    findOne: async (filter: { name: string; password: string }): Promise<User | null> => (filter.name ? null : null),
  };

  public static getInstance(): ObjectManagers {
    if (!this.instance) {
      this.instance = new ObjectManagers();
    }
    return this.instance;
  }
}
