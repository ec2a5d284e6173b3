/*jslint bitwise: true, node: true */
'use strict';

const express = require('express');
const app = express();
const http = require('http').Server(app);
const io = require('socket.io')(http);

const config = require('../../config');
const util = require('./lib/util');
const chatRepository = require('./repositories/chat-repository');
const loggingRepository = require('./repositories/logging-repository');
const { renderChatLog } = require('./lib/chat-log');

const sockets = {};
let map = { players: [] };

app.use(express.static(__dirname + '/../client'));

app.get('/admin/chat-log', async (req, res) => {
    if (req.query.password !== config.adminPass) {
        return res.status(403).send('Forbidden');
    }
    const messages = await chatRepository.latest(200);
    res.type('html').send(renderChatLog(messages));
});

io.on('connection', (socket) => {
    const type = socket.handshake.query.type;
    const ipAddress = socket.handshake.address;
    let currentPlayer = { id: socket.id, name: '', admin: false, ipAddress };

    socket.on('gotit', (clientPlayerData) => {
        if (!util.validNick(clientPlayerData.name)) {
            socket.emit('kick', 'Invalid username.');
            return socket.disconnect();
        }
        currentPlayer.name = clientPlayerData.name;
        sockets[socket.id] = socket;
        map.players.push(currentPlayer);
        io.emit('playerJoin', { name: currentPlayer.name });
    });

    socket.on('playerChat', (data) => {
        const sender = data.sender.replace(/(<([^>]+)>)/ig, '');
        const message = data.message.replace(/(<([^>]+)>)/ig, '');
        if (config.logChat === 1) {
            console.log(`[CHAT] [${new Date().getHours()}:${new Date().getMinutes()}] ${sender}: ${message}`);
        }
        socket.broadcast.emit('serverSendPlayerChat', { sender: currentPlayer.name, message: message.substring(0, 35) });
        chatRepository.logChatMessage(currentPlayer.name, data.message, currentPlayer.ipAddress)
            .catch((err) => console.error('Error when attempting to log chat message', err));
    });

    socket.on('pass', async (data) => {
        const password = data[0];
        if (password === config.adminPass) {
            currentPlayer.admin = true;
            socket.emit('serverMSG', 'Welcome back ' + currentPlayer.name);
        } else {
            socket.emit('serverMSG', 'Password incorrect, attempt logged.');
            loggingRepository.logFailedLoginAttempt(currentPlayer.name, currentPlayer.ipAddress)
                .catch((err) => console.error('Error when attempting to log failed login attempt', err));
        }
    });

    socket.on('kick', (data) => {
        if (!currentPlayer.admin) {
            socket.emit('serverMSG', 'You are not permitted to use this command.');
            return;
        }
        const target = map.players.find((p) => p.name === data[0] && p.id !== currentPlayer.id);
        if (target && sockets[target.id]) {
            sockets[target.id].emit('kick', data.slice(1).join(' ') || 'Kicked by an admin.');
            sockets[target.id].disconnect();
        }
    });

    socket.on('disconnect', () => {
        map.players = map.players.filter((p) => p.id !== socket.id);
        delete sockets[socket.id];
        socket.broadcast.emit('playerDisconnect', { name: currentPlayer.name, type });
    });
});

http.listen(config.port, config.host, () => console.log(`[DEBUG] Listening on ${config.host}:${config.port}`));
