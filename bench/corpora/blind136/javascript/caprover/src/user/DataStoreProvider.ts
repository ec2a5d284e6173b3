import DataStore from './DataStore'

const stores = new Map<string, DataStore>()

export default {
    getDataStore(namespace: string) {
        if (!stores.has(namespace)) stores.set(namespace, new DataStore(namespace))
        return stores.get(namespace) as DataStore
    },
}
