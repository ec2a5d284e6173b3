// Helpers for running operations in REST format. Handlers that handle an
// express route are shallow wrappers around these; nothing here reads the
// request object itself.
import { enforceRoleSecurity } from './SharedRest';

function find(config, auth, className, restWhere, restOptions) {
  enforceRoleSecurity('find', className, auth);
  return config.database.adapter.find(className, restWhere || {}, restOptions || {});
}

function get(config, auth, className, objectId, restOptions) {
  enforceRoleSecurity('get', className, auth);
  return config.database.adapter.findById(className, objectId, restOptions || {});
}

export default { find, get };
