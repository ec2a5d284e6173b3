const crypto = require('crypto');
const { games } = require('./models');
const Game = require('../../models/game');

const MAX_CHAT = 300;
const NAME_MAX = 40;

const sendInProgressGameUpdate = game => {
	const io = require('../../app').io;
	io.sockets.in(game.general.uid).emit('gameUpdate', { general: game.general, chats: game.chats.slice(-100) });
};

module.exports.handleCreateGame = (socket, username, data) => {
	const uid = crypto.randomBytes(6).toString('hex');
	const playerCount = Number(data.minPlayersCount);
	const game = {
		general: {
			uid,
			// game names are free text; only the length is limited
			name: typeof data.gameName === 'string' && data.gameName.trim() ? data.gameName.trim().slice(0, NAME_MAX) : 'New Game',
			minPlayersCount: [5, 6, 7, 8, 9, 10].includes(playerCount) ? playerCount : 5,
			private: Boolean(data.privatePassword),
			rainbowgame: Boolean(data.rainbowgame),
			timeCreated: new Date(),
		},
		publicPlayersState: [{ userName: username }],
		chats: [],
	};
	games[uid] = game;
	socket.join(uid);
	socket.emit('joinGameRedirect', uid);
};

module.exports.handleAddNewGameChat = (socket, username, game, chat) => {
	const text = chat.trim().slice(0, MAX_CHAT);
	if (!text) return;
	game.chats.push({ timestamp: new Date(), chat: text, userName: username });
	sendInProgressGameUpdate(game);
};

module.exports.handleUpdateSeatedUser = (socket, username, uid) => {
	const game = games[uid];
	if (!game || game.publicPlayersState.length >= 10) return;
	if (game.publicPlayersState.some(p => p.userName === username)) return;
	game.publicPlayersState.push({ userName: username });
	socket.join(uid);
	sendInProgressGameUpdate(game);
};

module.exports.saveFinishedGame = game =>
	new Game({
		uid: game.general.uid,
		name: game.general.name,
		date: new Date(),
		playerCount: game.publicPlayersState.length,
		chats: game.chats,
	}).save();
