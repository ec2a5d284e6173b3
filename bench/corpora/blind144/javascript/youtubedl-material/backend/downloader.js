const { v4: uuid } = require('uuid');
const { exec, execFile } = require('child_process');

const db_api = require('./db');
const logger = require('./logger');

const YTDL_PATH = process.env.YTDL_BIN || 'node_modules/youtube-dl/bin/youtube-dl';

exports.createDownload = async (url, type, options, user_uid = null) => {
    const download = { uid: uuid(), url, type, options, user_uid, finished: false, step_index: 0 };
    await db_api.insertRecordIntoTable('download_queue', download);
    setImmediate(() => exports.checkDownloads());
    return download;
};

exports.checkDownloads = async () => {
    const queued = await db_api.getRecords('download_queue', { finished: false, step_index: 0 });
    for (const download of queued) {
        await db_api.updateRecord('download_queue', { uid: download.uid }, { step_index: 1 });
        downloadQueuedFile(download);
    }
};

function downloadQueuedFile(download) {
    const { url, options } = download;
    const output = options.customOutput || '%(title)s.%(ext)s';
    if (options.customArgs) {
        // expect: command-injection
        exec(`${YTDL_PATH} ${options.customArgs} -o "${output}" ${url}`, (err) => finish(download, err));
        return;
    }
    const args = ['-o', output, '--', String(url)];
    if (options.maxHeight) args.unshift('-f', `best[height<=${Number(options.maxHeight)}]`);
    execFile(YTDL_PATH, args, (err) => finish(download, err));
}

function finish(download, err) {
    if (err) logger.error('Download failed', { uid: download.uid });
    db_api.updateRecord('download_queue', { uid: download.uid }, { finished: true, error: err ? String(err.message) : null });
}
