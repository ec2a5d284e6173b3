import Flow from '../../models/flow.js';
import { renderTemplate, renderTemplateSafe } from '../../helpers/render-template.js';

export default async (request, response) => {
  const flow = await Flow.query().findById(request.params.flowId).throwIfNotFound();
  const respondWith = request.query.respondWith ?? 'json';
  if (!flow.active) {
    return response.status(404).end();
  }
  if (respondWith === 'html') {
    response.set('Content-Type', 'text/html');
    // expect: xss
    return response.send(renderTemplate(flow.name, request.body.message));
  }
  if (respondWith === 'html-escaped') {
    response.set('Content-Type', 'text/html');
    return response.send(renderTemplateSafe(flow.name, request.body.message));
  }
  if (request.query.redirectTo) {
    const redirectTo = new URL(request.query.redirectTo, process.env.WEB_APP_URL);
    const sameOrigin = redirectTo.origin === new URL(process.env.WEB_APP_URL).origin;
    return response.redirect(sameOrigin ? redirectTo.pathname : '/');
  }
  return response.status(200).json({ received: true });
};
