import { ProjectModel } from '../models/ProjectModel';

export default defineEventHandler(async (event) => {
    const url = event.node.req.url ?? '';
    if (!url.startsWith('/api/data') && !url.startsWith('/api/project')) return;
    const token = getHeader(event, 'authorization')?.replace('Bearer ', '') ?? '';
    const project_id = getHeader(event, 'x-pid') ?? '';
    const project = await ProjectModel.findOne({ _id: String(project_id), api_key: String(token) });
    event.context.auth = project ? { project_id: project._id.toString(), owner: project.owner } : null;
});
