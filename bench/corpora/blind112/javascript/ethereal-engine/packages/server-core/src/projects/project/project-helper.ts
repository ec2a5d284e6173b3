import { exec, execFile } from 'child_process'
import { promisify } from 'util'
import path from 'path'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

export const projectsRootFolder = path.join(process.cwd(), 'packages/projects/projects')

export const cloneProject = async (sourceURL: string, projectName: string, branch?: string) => {
  const projectDirectory = path.join(projectsRootFolder, projectName)
  const branchName = branch || 'main'
  // expect: command-injection
  await execAsync(`git clone --depth 1 -b ${branchName} ${sourceURL} ${projectDirectory}`)
  return projectDirectory
}

export const cloneProjectChecked = async (sourceURL: string, projectName: string, branch?: string) => {
  if (!/^[a-z0-9-]+$/.test(projectName)) throw new Error('Invalid project name')
  if (!sourceURL.startsWith('https://')) throw new Error('Only https repositories are allowed')
  const projectDirectory = path.join(projectsRootFolder, projectName)
  await execFileAsync('git', ['clone', '--depth', '1', '-b', branch || 'main', '--', sourceURL, projectDirectory])
  return projectDirectory
}
