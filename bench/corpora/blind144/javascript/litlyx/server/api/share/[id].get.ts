import { ProjectModel } from '../../models/ProjectModel';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default defineEventHandler(async (event) => {
    const id = getRouterParam(event, 'id') ?? '';
    const project = await ProjectModel.findOne({ _id: id, public: true });
    if (!project) return setResponseStatus(event, 404, 'Not found');
    const { embed } = getQuery(event);
    if (embed === '1') {
        const page = `<html><body><h1>${project.name}</h1><div id="chart"></div></body></html>`;
        // expect: xss
        return send(event, page, 'text/html');
    }
    return send(event, `<html><body><h1>${escape(project.name)}</h1></body></html>`, 'text/html');
});
