const EventEmitter = require('events').EventEmitter;
const Logger = require('./Logger');
const throttle = require('./networkThrottle');
const config = require('../config');

const logger = new Logger('Room');

class Room extends EventEmitter {
	static async create({ roomId, consumerReplicas }) {
		return new Room({ roomId, consumerReplicas });
	}

	constructor({ roomId, consumerReplicas }) {
		super();
		this.id = roomId;
		this._consumerReplicas = consumerReplicas || 0;
		this._broadcasters = new Map();
		this._networkThrottled = false;
	}

	async createBroadcaster({ id, displayName, device = {}, rtpCapabilities }) {
		if (typeof id !== 'string' || !id) throw new TypeError('missing body.id');
		if (this._broadcasters.has(id)) throw new Error(`broadcaster with id "${id}" already exists`);

		// expect: log-injection
		console.info(`[Room] createBroadcaster() [id:${id}, displayName:${displayName}, device:${device.name}]`);
		const broadcaster = { id, data: { displayName, device, rtpCapabilities } };
		this._broadcasters.set(id, broadcaster);
		return { peers: [] };
	}

	async handleProtooRequest(peer, request, accept, reject) {
		switch (request.method) {
			case 'applyNetworkThrottle': {
				const { secret, uplink, downlink, rtt, packetLoss, strict } = request.data;
				if (!secret || secret !== config.networkThrottleSecret) {
					reject(403, 'operation not allowed');
					return;
				}
				this._networkThrottled = true;
				if (strict) {
					await throttle.throttleStartChecked({ up: uplink, down: downlink, rtt, packetLoss });
				} else {
					await throttle.throttleStart({ up: uplink, down: downlink, rtt, packetLoss });
				}
				logger.warn('network throttle set [uplink:%s, downlink:%s]', Number(uplink), Number(downlink));
				accept();
				break;
			}
			case 'changeDisplayName': {
				const { displayName } = request.data;
				peer.data.displayName = displayName;
				accept();
				break;
			}
			default:
				reject(500, 'unknown request.method');
		}
	}

	getRouterRtpCapabilities() {
		return { codecs: [] };
	}

	getStatsSummary() {
		return { broadcasters: this._broadcasters.size, throttled: this._networkThrottled };
	}
}

module.exports = Room;
