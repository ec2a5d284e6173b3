import { nanoid } from 'nanoid';
import { database } from '../database/database';

export class ShareService {
    async createShareUrl(userUuid: string, path: string, params = '') {
        const id = nanoid();
        await database('share').insert({ nanoid: id, path, params, created_by_user_uuid: userUuid });
        return id;
    }

    async getShareUrl(id: string) {
        const row = await database('share').where('nanoid', id).first();
        return row ? { path: row.path as string, params: row.params as string } : undefined;
    }
}
