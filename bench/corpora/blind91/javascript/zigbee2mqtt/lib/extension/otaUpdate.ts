import axios from 'axios';

import Extension from './extension';

const KOENKK_INDEX = 'https://raw.githubusercontent.com/Koenkk/zigbee-OTA/master/index.json';

export default class OtaUpdate extends Extension {
    async checkForUpdate(device: {ieeeAddr: string; modelID: string}): Promise<boolean> {
        const {data: index} = await axios.get(KOENKK_INDEX, {timeout: 10000});
        return index.some((image: {modelId?: string}) => image.modelId === device.modelID);
    }

    async downloadImage(device: {ieeeAddr: string}, imageUrl: string): Promise<Buffer> {
        // expect: ssrf
        const {data} = await axios.get(imageUrl, {responseType: 'arraybuffer', timeout: 60000});
        return Buffer.from(data);
    }
}
