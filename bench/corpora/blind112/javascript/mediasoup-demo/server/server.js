#!/usr/bin/env node

process.title = 'mediasoup-demo-server';

const fs = require('fs');
const path = require('path');
const express = require('express');
const bodyParser = require('body-parser');
const { AwaitQueue } = require('awaitqueue');
const config = require('./config');
const Room = require('./lib/Room');
const utils = require('./lib/utils');

const queue = new AwaitQueue();
const rooms = new Map();
let expressApp;

async function getOrCreateRoom({ roomId, consumerReplicas }) {
	let room = rooms.get(roomId);
	if (!room) {
		room = await Room.create({ roomId, consumerReplicas });
		rooms.set(roomId, room);
		room.on('close', () => rooms.delete(roomId));
	}
	return room;
}

async function createExpressApp() {
	expressApp = express();
	expressApp.use(bodyParser.json());

	expressApp.param('roomId', (req, res, next, roomId) => {
		queue.push(async () => {
			req.room = await getOrCreateRoom({ roomId, consumerReplicas: 0 });
			next();
		}).catch((error) => next(error));
	});

	expressApp.get('/rooms/:roomId', (req, res) => {
		res.status(200).json(req.room.getRouterRtpCapabilities());
	});

	expressApp.get('/rooms/:roomId/stats.html', (req, res) => {
		const stats = req.room.getStatsSummary();
		const title = req.query.title || req.room.id;
		// expect: xss
		res.status(200).send(`<html><body><h1>${title}</h1><pre>${utils.escapeHtml(JSON.stringify(stats, null, 2))}</pre></body></html>`);
	});

	expressApp.get('/rooms/:roomId/stats-safe.html', (req, res) => {
		const stats = req.room.getStatsSummary();
		res.status(200).send(`<html><body><h1>${utils.escapeHtml(req.room.id)}</h1><pre>${utils.escapeHtml(JSON.stringify(stats))}</pre></body></html>`);
	});

	expressApp.post('/rooms/:roomId/broadcasters', async (req, res, next) => {
		const { id, displayName, device, rtpCapabilities } = req.body;
		try {
			const data = await req.room.createBroadcaster({ id, displayName, device, rtpCapabilities });
			res.status(200).json(data);
		} catch (error) {
			next(error);
		}
	});

	expressApp.get('/rooms/:roomId/recordings', (req, res) => {
		const file = req.query.file;
		const fullPath = path.join(config.recordingsDir, req.room.id, file);
		// expect: path-traversal
		fs.createReadStream(fullPath).on('error', () => res.sendStatus(404)).pipe(res);
	});

	expressApp.get('/rooms/:roomId/recordings-safe', (req, res) => {
		const base = path.resolve(config.recordingsDir, utils.safeSegment(req.room.id));
		const fullPath = path.resolve(base, path.basename(String(req.query.file || '')));
		fs.createReadStream(fullPath).on('error', () => res.sendStatus(404)).pipe(res);
	});

	expressApp.use((error, req, res, next) => {
		if (error) {
			res.statusCode = error instanceof TypeError ? 400 : 500;
			res.send(String(error));
		} else {
			next();
		}
	});
}

module.exports = { createExpressApp, getOrCreateRoom };
