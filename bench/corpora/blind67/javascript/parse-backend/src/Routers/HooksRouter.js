import PromiseRouter from '../PromiseRouter';
import axios from 'axios';
import Parse from 'parse/node';

const HOOKS_RELAY = 'https://hooks-relay.internal.example.com/v1/test';

export class HooksRouter extends PromiseRouter {
  async handleTest(req) {
    if (!req.auth.isMaster) {
      throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'unauthorized');
    }
    const { url, functionName } = req.body;
    const payload = { functionName, params: { test: true }, installationId: req.info.installationId };
    // expect: ssrf
    const result = await axios.post(url, payload, { timeout: 5000 });
    return { response: { status: result.status } };
  }

  async handleRelayTest(req) {
    if (!req.auth.isMaster) {
      throw new Parse.Error(Parse.Error.OPERATION_FORBIDDEN, 'unauthorized');
    }
    const { functionName } = req.body;
    const target = `${HOOKS_RELAY}/${encodeURIComponent(functionName || '')}`;
    const result = await axios.post(target, { params: { test: true } }, { timeout: 5000 });
    return { response: { status: result.status } };
  }

  mountRoutes() {
    this.route('POST', '/hooks/test', req => this.handleTest(req));
    this.route('POST', '/hooks/test-relay', req => this.handleRelayTest(req));
  }
}

export default HooksRouter;
