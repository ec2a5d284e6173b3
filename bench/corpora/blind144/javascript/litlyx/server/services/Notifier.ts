import { ProjectModel } from '../models/ProjectModel';

const SLACK_HOST = 'hooks.slack.com';

export async function notifyProject(project_id: string, text: string) {
    const project = await ProjectModel.findById(project_id);
    if (!project?.webhook_url) return;
    // expect: ssrf
    await $fetch(project.webhook_url, { method: 'POST', body: { text } });
}

export async function notifySlack(project_id: string, text: string) {
    const project = await ProjectModel.findById(project_id);
    if (!project?.webhook_url) return;
    const target = new URL(project.webhook_url);
    if (target.protocol !== 'https:' || target.hostname !== SLACK_HOST) return;
    await $fetch(target.toString(), { method: 'POST', body: { text } });
}
