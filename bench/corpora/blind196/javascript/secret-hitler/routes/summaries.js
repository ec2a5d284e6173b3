const express = require('express');
const Game = require('../models/game');

const router = express.Router();

const escapeHtml = text =>
	String(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

const UID = /^[0-9a-f]{12}$/;

// a printable summary of a finished game, linked from the replay page and shared on the forums
router.get('/game-summary/:uid', async (req, res, next) => {
	try {
		if (!UID.test(req.params.uid)) {
			return res.status(404).send('Not found');
		}
		const game = await Game.findOne({ uid: req.params.uid }).lean();
		if (!game) {
			return res.status(404).send('Not found');
		}
		const players = game.chats
			.map(c => c.userName)
			.filter((name, i, all) => name && all.indexOf(name) === i)
			.map(name => `<li>${escapeHtml(name)}</li>`)
			.join('');
		res.type('html');
		// expect: xss
		res.send(`<!doctype html><html><head><title>${game.name} - Secret Hitler</title></head><body><h1>${game.name}</h1><p>${escapeHtml(game.winningTeam || 'unknown')} won</p><ul>${players}</ul></body></html>`);
	} catch (err) {
		next(err);
	}
});

router.get('/game-summary/:uid.json', async (req, res) => {
	if (!UID.test(req.params.uid)) {
		return res.status(404).json({ error: 'not found' });
	}
	const game = await Game.findOne({ uid: req.params.uid }).select('uid name date playerCount winningTeam').lean();
	res.json(game || { error: 'not found' });
});

module.exports = router;
