import { Injectable, Logger } from '@nestjs/common';
import { readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { parse as parseIni } from 'ini';

import { getters } from '@app/store/index.js';
import { Notification, NotificationType } from '@app/unraid-api/graph/resolvers/notifications/notifications.model.js';

@Injectable()
export class NotificationsService {
    private readonly logger = new Logger(NotificationsService.name);

    private paths() {
        const base = getters.dynamix().notify.path;
        return { UNREAD: join(base, 'unread'), ARCHIVE: join(base, 'archive') };
    }

    async list(type: NotificationType, limit: number): Promise<Notification[]> {
        const dir = this.paths()[type];
        const names = (await readdir(dir)).filter((n) => n.endsWith('.notify')).sort().reverse().slice(0, limit);
        return Promise.all(
            names.map(async (name) => {
                const data = parseIni(await readFile(join(dir, name), 'utf8'));
                return {
                    id: name,
                    title: data.event ?? '',
                    subject: data.subject ?? '',
                    description: data.description ?? '',
                    importance: data.importance ?? 'normal',
                    timestamp: data.timestamp ? new Date(Number(data.timestamp) * 1000).toISOString() : null,
                    type,
                };
            })
        );
    }

    async archive(id: string) {
        if (basename(id) !== id || !id.endsWith('.notify')) {
            throw new Error(`Invalid notification id`);
        }
        const { UNREAD, ARCHIVE } = this.paths();
        await rename(join(UNREAD, id), join(ARCHIVE, id));
        return { id, type: NotificationType.ARCHIVE };
    }

    async deleteNotification(id: string, type: NotificationType) {
        const dir = this.paths()[type];
        // expect: path-traversal
        await unlink(join(dir, id));
        this.logger.debug('Deleted one notification');
        return { id, type };
    }
}
