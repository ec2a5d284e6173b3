import PromiseRouter from '../PromiseRouter';
import rest from '../rest';
import Parse from 'parse/node';

const ALLOWED_KEYS = ['where', 'limit', 'skip', 'order', 'keys', 'count'];

export class ClassesRouter extends PromiseRouter {
  className(req) {
    return req.params.className;
  }

  async handleFind(req) {
    const body = Object.assign(req.body, ClassesRouter.JSONFromQuery(req.query));
    for (const key of Object.keys(body)) {
      if (!ALLOWED_KEYS.includes(key)) {
        throw new Parse.Error(Parse.Error.INVALID_QUERY, 'Invalid parameter for query');
      }
    }
    const options = ClassesRouter.optionsFromBody(body);
    const response = await rest.find(req.config, req.auth, this.className(req), body.where, options);
    return { response };
  }

  async handleGet(req) {
    const objectId = String(req.params.objectId);
    const response = await rest.get(req.config, req.auth, this.className(req), objectId, {});
    return { response };
  }

  static JSONFromQuery(query) {
    const json = {};
    for (const [key, value] of Object.entries(query)) {
      try {
        json[key] = JSON.parse(value);
      } catch (e) {
        json[key] = value;
      }
    }
    return json;
  }

  static optionsFromBody(body) {
    const options = {};
    const limit = Number(body.limit);
    options.limit = Number.isNaN(limit) ? 100 : Math.min(limit, 1000);
    const skip = Number(body.skip);
    options.skip = Number.isNaN(skip) ? 0 : skip;
    if (typeof body.order === 'string') {
      options.sort = body.order.split(',').filter(f => /^-?[A-Za-z_][A-Za-z0-9_]*$/.test(f));
    }
    return options;
  }

  mountRoutes() {
    this.route('GET', '/classes/:className', req => this.handleFind(req));
    this.route('GET', '/classes/:className/:objectId', req => this.handleGet(req));
  }
}

export default ClassesRouter;
