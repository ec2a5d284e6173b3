const low = require('lowdb');
const FileSync = require('lowdb/adapters/FileSync');

const db = low(new FileSync('./appdata/db.json'));
db.defaults({ files: [], download_queue: [] }).write();

exports.insertRecordIntoTable = async (table, record) => {
    db.get(table).push(record).write();
    return record;
};

exports.getRecord = async (table, filter) => db.get(table).find(filter).value();

exports.getRecords = async (table, filter) => db.get(table).filter(filter).value();

exports.updateRecord = async (table, filter, update) => db.get(table).find(filter).assign(update).write();
