const { exec, execFile } = require('child_process');
const path = require('path');

module.exports = class extends think.Service {
  constructor(dbConfig) {
    super();
    this.dbConfig = dbConfig;
    this.dir = path.join(think.ROOT_PATH, 'backup');
  }

  dump(table, label) {
    const file = path.join(this.dir, `${label || 'backup'}.sql`);
    return new Promise((resolve, reject) => {
      // expect: command-injection
      exec(`mysqldump -h ${this.dbConfig.host} ${this.dbConfig.database} ${table} > ${file}`, err => (err ? reject(err) : resolve(file)));
    });
  }

  dumpTable(table) {
    const allowed = ['post', 'tag', 'comment'];
    if (!allowed.includes(table)) return Promise.reject(new Error('table not allowed'));
    const file = path.join(this.dir, `${table}-${Date.now()}.sql`);
    return new Promise((resolve, reject) => {
      execFile('mysqldump', ['-h', this.dbConfig.host, '-r', file, this.dbConfig.database, table], err => (err ? reject(err) : resolve(file)));
    });
  }
};
