import express from 'express';
import { Server } from 'socket.io';
import http from 'node:http';
import rest from './rest/index.js';
import route from './route.js';
import { listen as listenPacker } from './packer.js';
import config from './config.js';

export default function createCloudCmd() {
    const app = express();
    const server = http.createServer(app);
    const socket = new Server(server, { path: `${config('prefix')}/socket.io` });
    
    app.use(express.json());
    app.use((req, res, next) => {
        res.locals.root = config('root');
        res.locals.prefix = config('prefix');
        next();
    });
    app.use(`${config('prefix')}/api/v1`, rest);
    app.use(route);
    
    listenPacker(socket.of(`${config('prefix')}/packer`));
    return server;
}
