import type {IncomingMessage, Server} from 'node:http';
import type {Socket} from 'node:net';

import {createServer} from 'node:http';
import {parse} from 'node:url';

import bind from 'bind-decorator';
import gzipStatic from 'connect-gzip-static';
import finalhandler from 'finalhandler';
import stringify from 'json-stable-stringify-without-jsonify';
import WebSocket from 'ws';

import * as settings from '../util/settings';
import Extension from './extension';

/**
 * This extension serves the frontend and relays its websocket messages onto MQTT
 */
export default class Frontend extends Extension {
    private mqttBaseTopic = settings.get().mqtt.base_topic;
    private authToken = settings.get().frontend.auth_token;
    private server!: Server;
    private fileServer!: ReturnType<typeof gzipStatic>;
    private wss!: WebSocket.Server;

    override async start(): Promise<void> {
        this.fileServer = gzipStatic(settings.get().frontend.dist_path, {index: 'index.html'});
        this.wss = new WebSocket.Server({noServer: true, path: '/api'});
        this.wss.on('connection', this.onWebSocketConnection);
        this.server = createServer(this.onRequest);
        this.server.on('upgrade', this.onUpgrade);
        this.server.listen(settings.get().frontend.port, settings.get().frontend.host ?? '127.0.0.1');
    }

    @bind private onRequest(request: IncomingMessage, response: import('node:http').ServerResponse): void {
        this.fileServer(request, response, finalhandler(request, response));
    }

    private isAuthorized(req: IncomingMessage): boolean {
        const {query} = parse(req.url!, true);
        return !this.authToken || this.authToken === query.token;
    }

    @bind private onUpgrade(request: IncomingMessage, socket: Socket, head: Buffer): void {
        this.wss.handleUpgrade(request, socket, head, (ws) => {
            if (!this.isAuthorized(request)) {
                ws.close(4401, 'Unauthorized');
                return;
            }
            this.wss.emit('connection', ws, request);
        });
    }

    @bind private onWebSocketConnection(ws: WebSocket): void {
        ws.on('message', (data: Buffer, isBinary: boolean) => {
            if (isBinary || !data) return;
            const {topic, payload} = JSON.parse(data.toString());
            this.mqtt.onMessage(`${this.mqttBaseTopic}/${topic}`, Buffer.from(stringify(payload)));
        });

        for (const [topic, payload] of Object.entries(this.mqtt.retainedMessages)) {
            ws.send(stringify({topic: topic.substring(this.mqttBaseTopic.length + 1), payload: payload.payload}));
        }
    }
}
