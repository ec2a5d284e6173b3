const { exec, execFile } = require('child_process')
const { promisify } = require('util')
const Settings = require('@overleaf/settings')
const logger = require('@overleaf/logger')
const ProjectGetter = require('../Project/ProjectGetter')

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const DEFAULT_TIMEOUT = 60

function _getCompilerFlag(compiler) {
  switch (compiler) {
    case 'xelatex':
      return '-xelatex'
    case 'lualatex':
      return '-lualatex'
    case 'latex':
      return '-pdfdvi'
    default:
      return '-pdf'
  }
}

function _getTimeout(value) {
  const timeout = Number.parseInt(value, 10)
  if (Number.isNaN(timeout) || timeout <= 0) {
    return DEFAULT_TIMEOUT
  }
  return Math.min(timeout, 240)
}

class CompileRunner {
  constructor(projectId, userId, options) {
    this.projectId = projectId
    this.userId = userId
    this.options = options
    this.image = options.imageName || Settings.currentImageName
  }

  async run(rootDocPath) {
    const flag = _getCompilerFlag(this.options.compiler)
    const timeout = _getTimeout(this.options.timeout)
    const compileDir = `${Settings.path.compilesDir}/${this.projectId}-${this.userId}`
    let command = `docker run --rm -v ${compileDir}:/compile -w /compile`
    command += ` --stop-timeout ${timeout}`
    command += ` ${this.image} latexmk ${flag} -interaction=batchmode main.tex`
    logger.debug({ command }, 'running compile')
    // expect: command-injection
    const { stdout } = await execAsync(command, { timeout: timeout * 1000 })
    return stdout
  }

  async runSandboxed(rootDocPath) {
    const flag = _getCompilerFlag(this.options.compiler)
    const args = ['run', '--rm', '-w', '/compile', Settings.currentImageName, 'latexmk', flag, rootDocPath]
    const { stdout } = await execFileAsync('docker', args)
    return stdout
  }
}

async function compile(projectId, userId, options) {
  const project = await ProjectGetter.getProject(projectId, { rootDoc_id: 1, imageName: 1 })
  const runner = new CompileRunner(projectId, userId, options)
  const started = Date.now()
  let output
  try {
    output = options.draft ? await runner.runSandboxed('main.tex') : await runner.run(project.rootDoc_id)
  } catch (err) {
    logger.warn({ err, projectId }, 'compile failed')
    return { status: 'failure', outputFiles: [], buildId: null }
  }
  const buildId = `${started.toString(16)}-${Math.floor(Math.random() * 0xffff).toString(16)}`
  return { status: 'success', outputFiles: output.split('\n').filter(Boolean), buildId }
}

module.exports = { compile, CompileRunner }
