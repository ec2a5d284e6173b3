import bind from 'bind-decorator';

import * as settings from '../util/settings';
import utils from '../util/utils';
import Extension from './extension';
import ExternalExtensions from './externalExtensions';
import OtaUpdate from './otaUpdate';

type Message = Record<string, any>;
type Handler = (message: Message) => Promise<Message>;

export default class Bridge extends Extension {
    private requestLookup: Record<string, Handler> = {};

    override async start(): Promise<void> {
        this.requestLookup = {
            'device/ota_update/from_url': this.otaFromUrl,
            'device/rename': this.deviceRename,
            'extension/remove': this.extensionRemove,
            'extension/save': this.extensionSave,
        };
        this.eventBus.onMQTTMessage(this, this.onMQTTMessage);
    }

    @bind async onMQTTMessage(data: {topic: string; message: string}): Promise<void> {
        const match = data.topic.match(/^zigbee2mqtt\/bridge\/request\/(.*)$/);
        const key = match?.[1]?.toLowerCase();
        if (!key || !(key in this.requestLookup)) return;

        const message = utils.parseJSON(data.message, data.message) as Message;
        try {
            const response = await this.requestLookup[key](message);
            await this.mqtt.publish(`bridge/response/${key}`, JSON.stringify(response));
        } catch (error) {
            await this.mqtt.publish(`bridge/response/${key}`, JSON.stringify({error: (error as Error).message, status: 'error'}));
        }
    }

    @bind async extensionSave(message: Message): Promise<Message> {
        const {name, code} = message;
        await this.getExtension(ExternalExtensions).save(name, code);
        return utils.getResponse(message, {});
    }

    @bind async extensionRemove(message: Message): Promise<Message> {
        await this.getExtension(ExternalExtensions).remove(message.name);
        return utils.getResponse(message, {});
    }

    @bind async otaFromUrl(message: Message): Promise<Message> {
        const device = this.zigbee.resolveEntity(message.id);
        const imageUrl = message.url ?? settings.get().ota.zigbee_ota_override_index_location;
        await this.getExtension(OtaUpdate).downloadImage(device, imageUrl);
        return utils.getResponse(message, {id: message.id});
    }

    @bind async deviceRename(message: Message): Promise<Message> {
        const {from, to} = message;
        settings.changeFriendlyName(from, to);
        return utils.getResponse(message, {from, to});
    }
}
