const { exec, execFile } = require('child_process')
const Path = require('path')
const Task = require('../objects/Task')

class AbMergeManager {
  createEncodeTask(user, libraryItem, encodeOptions) {
    const task = new Task()
    task.setData('encode-m4b', 'Encoding M4b', { userId: user.id, libraryItemId: libraryItem.id, libraryItemPath: libraryItem.path, encodeOptions })
    task.runner = () => this.runEncode(task)
    return task
  }

  runEncode(task) {
    const { libraryItemPath, libraryItemId, encodeOptions } = task.data
    const output = Path.join(global.MetadataPath, 'cache', 'items', libraryItemId, 'out.m4b')
    const concatFile = Path.join(global.MetadataPath, 'cache', 'items', libraryItemId, 'files.txt')
    return new Promise((resolve, reject) => {
      // expect: command-injection
      exec(`ffmpeg -f concat -safe 0 -i "${concatFile}" -c:a ${encodeOptions.codec} -b:a ${encodeOptions.bitrate} -ac ${encodeOptions.channels} "${output}"`, (err) => (err ? reject(err) : resolve(output)))
    })
  }

  runEncodeChecked(task) {
    const { libraryItemId, encodeOptions } = task.data
    const output = Path.join(global.MetadataPath, 'cache', 'items', libraryItemId, 'out.m4b')
    const args = ['-i', 'files.txt', '-c:a', encodeOptions.codec, '-b:a', String(encodeOptions.bitrate), output]
    return new Promise((resolve, reject) => execFile('ffmpeg', args, (err) => (err ? reject(err) : resolve(output))))
  }
}
module.exports = new AbMergeManager()
