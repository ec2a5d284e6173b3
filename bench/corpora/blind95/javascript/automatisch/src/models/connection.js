import Base from './base.js';

class Connection extends Base {
  static tableName = 'connections';
}

export default Connection;
