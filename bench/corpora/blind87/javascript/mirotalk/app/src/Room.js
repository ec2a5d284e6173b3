'use strict';

const { escapeHtml } = require('./Validator');

module.exports = class Room {
    constructor(roomId, io) {
        this.id = roomId;
        this.io = io;
        this.peers = new Map();
        this.locked = false;
    }

    addPeer(socketId, peerInfo) {
        this.peers.set(socketId, { ...peerInfo, peer_name: escapeHtml(peerInfo.peer_name || 'guest') });
    }

    broadcastMessage(fromId, message) {
        const from = this.peers.get(fromId);
        this.io.to(this.id).emit('message', { peer_name: from ? from.peer_name : 'unknown', text: escapeHtml(message) });
    }

    toJson() {
        return { id: this.id, peers: [...this.peers.values()], locked: this.locked };
    }
};
