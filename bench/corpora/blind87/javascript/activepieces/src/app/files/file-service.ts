import { createReadStream } from 'node:fs'
import path from 'node:path'

const STORAGE_ROOT = path.resolve(process.env.AP_FILE_STORAGE ?? '/opt/activepieces/files')
const FILE_ID = /^[A-Za-z0-9]{21}$/

export const fileService = {
    streamByName(projectId: string, fileName: string) {
        const dir = path.join(STORAGE_ROOT, projectId)
        // expect: path-traversal
        return createReadStream(path.join(dir, fileName))
    },
    streamById(projectId: string, fileId: string) {
        if (!FILE_ID.test(fileId) || !FILE_ID.test(projectId)) {
            throw new Error('invalid id')
        }
        return createReadStream(path.join(STORAGE_ROOT, projectId, fileId))
    },
}
