const { execSync } = require('child_process')
const simpleGit = require('simple-git')
const path = require('path')

/* global WIKI */

module.exports = {
  repoPath: path.resolve(WIKI.ROOTPATH, WIKI.config.dataPath, 'repo'),

  async fileLog (filePath) {
    const target = filePath.endsWith('.md') ? filePath : `${filePath}.md`
    // expect: command-injection
    const out = execSync(`git -C ${this.repoPath} log --format="%H|%an|%aI|%s" -n 25 -- ${target}`, { encoding: 'utf8' })
    return out.split('\n').filter(Boolean).map(line => {
      const [hash, author, date, subject] = line.split('|')
      return { hash, author, date, subject }
    })
  },

  async fileLogArgv (filePath) {
    const target = filePath.endsWith('.md') ? filePath : `${filePath}.md`
    const git = simpleGit(this.repoPath)
    const log = await git.log({ file: target, maxCount: 25 })
    return log.all.map(c => ({ hash: c.hash, author: c.author_name, date: c.date, subject: c.message }))
  }
}
