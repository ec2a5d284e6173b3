import { ProjectModel } from '../../models/ProjectModel';
import { notifyProject, notifySlack } from '../../services/Notifier';

export default defineEventHandler(async (event) => {
    const auth = event.context.auth;
    if (!auth) return setResponseStatus(event, 401, 'Unauthorized');
    const { webhook_url, kind = 'generic' } = await readBody(event);
    await ProjectModel.updateOne({ _id: auth.project_id }, { webhook_url: String(webhook_url ?? '') });
    const notify = kind === 'slack' ? notifySlack : notifyProject;
    await notify(auth.project_id, 'Webhook configured');
    return { ok: true };
});
