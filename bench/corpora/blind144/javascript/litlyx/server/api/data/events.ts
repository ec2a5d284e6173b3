import EventService from '../../services/EventService';

export default defineEventHandler(async (event) => {
    const auth = event.context.auth;
    if (!auth) return setResponseStatus(event, 401, 'Unauthorized');
    const { name = '', mode = 'exact' } = getQuery(event);
    if (mode === 'expression') {
        return EventService.findByExpression(auth.project_id, String(name));
    }
    return EventService.findByName(auth.project_id, String(name));
});
