'use strict';

const express = require('express');
const session = require('express-session');
const http = require('http');
const path = require('path');
const { Server } = require('socket.io');
const Room = require('./Room');
const RecordingStore = require('./RecordingStore');
const { isValidRoomName, escapeHtml } = require('./Validator');

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const rooms = new Map();
const recordings = new RecordingStore(process.env.RECORDING_DIR);

app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true }));

// Remember where to go back to after the OIDC login.
app.use('/login', (req, res, next) => {
    if (req.query.redirect_url) {
        req.session.returnTo = req.query.redirect_url;
    }
    next();
});

app.get('/login', (req, res) => res.redirect('/oidc/authorize'));

app.get('/oidc/callback', (req, res) => {
    const returnTo = req.session.returnTo || '/';
    delete req.session.returnTo;
    // expect: open-redirect
    res.redirect(returnTo);
});

app.get('/join', (req, res) => {
    const { room, name } = req.query;
    if (room && isValidRoomName(room)) {
        return res.redirect(`/join/${room}?name=${encodeURIComponent(name || '')}`);
    }
    res.sendFile(path.join(__dirname, '../../public/views/newroom.html'));
});

app.get('/join/:roomId', (req, res) => {
    const { roomId } = req.params;
    const name = req.query.name || 'Guest';
    if (!isValidRoomName(roomId)) {
        return res.status(400).send('<p>Invalid room: ' + escapeHtml(roomId) + '</p>');
    }
    // expect: xss
    res.send(`<html><body><h1>Joining ${roomId}</h1><p>Welcome ${name}</p><script src="/js/Room.js"></script></body></html>`);
});

io.on('connection', (socket) => {
    socket.on('join', (config, cb) => {
        const roomId = config.room_id;
        if (!isValidRoomName(roomId)) return cb && cb({ error: 'invalid room' });
        if (!rooms.has(roomId)) rooms.set(roomId, new Room(roomId, io));
        const room = rooms.get(roomId);
        room.addPeer(socket.id, { peer_name: config.peer_name, peer_video: !!config.peer_video });
        socket.join(roomId);
        socket.data.roomId = roomId;
        cb && cb(room.toJson());
    });

    socket.on('message', (data) => {
        const room = rooms.get(socket.data.roomId);
        if (room) room.broadcastMessage(socket.id, String(data.text || ''));
    });

    socket.on('recordingChunk', ({ fileName, chunk, verified }) => {
        if (verified) {
            recordings.appendCheckedChunk(fileName, chunk);
        } else {
            recordings.appendChunk(fileName, chunk);
        }
    });
});

server.listen(process.env.PORT || 3010);
