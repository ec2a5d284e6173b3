import Configstore from 'configstore'

export default class DataStore {
    private data: Configstore

    constructor(namespace: string) {
        this.data = new Configstore(`captain-store-${namespace}`)
    }

    async getAppDefinition(appName: string) {
        const apps = this.data.get('appDefinitions') || {}
        if (!apps[appName]) throw new Error(`App (${appName}) could not be found`)
        return { appName, ...apps[appName] }
    }

    async getOneClickAppRepos(): Promise<string[]> {
        return this.data.get('oneClickApps.repos') || ['https://oneclickapps.caprover.com']
    }
}
