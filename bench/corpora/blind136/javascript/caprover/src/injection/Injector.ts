import { NextFunction, Request, Response } from 'express'
import DataStoreProvider from '../user/DataStoreProvider'
import ServiceManager from '../user/ServiceManager'
import Authenticator from '../user/Authenticator'

export function injectUser() {
    return async function (req: Request, res: Response, next: NextFunction) {
        const token = req.header('x-captain-auth') || ''
        const namespace = req.header('x-namespace') || 'captain'
        const decoded = await Authenticator.getAuthenticator(namespace).decodeAuthToken(token)
        const dataStore = DataStoreProvider.getDataStore(namespace)
        res.locals.user = {
            namespace,
            tokenVersion: decoded.tokenVersion,
            dataStore,
            serviceManager: ServiceManager.get(namespace, dataStore),
        }
        next()
    }
}
