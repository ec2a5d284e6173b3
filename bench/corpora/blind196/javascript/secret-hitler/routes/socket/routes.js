const { sendUserProfile, sendReplaySearch, sendGameList, sendUserReports } = require('./user-requests');
const { handleCreateGame, handleAddNewGameChat, handleUpdateSeatedUser } = require('./user-events');
const { games } = require('./models');

const ensureAuthenticated = socket => Boolean(socket.handshake.session && socket.handshake.session.passport && socket.handshake.session.passport.user);

const isObject = value => value !== null && typeof value === 'object' && !Array.isArray(value);

module.exports = io => {
	io.on('connection', socket => {
		const passport = socket.handshake.session && socket.handshake.session.passport;
		const username = passport && passport.user;
		const isAuthenticated = ensureAuthenticated(socket);

		socket.on('getGameList', () => {
			sendGameList(socket);
		});

		// profiles are public: anyone can look a player up by name
		socket.on('getUserProfile', data => {
			if (!isObject(data)) return;
			sendUserProfile(socket, data.username);
		});

		socket.on('searchReplays', data => {
			if (!isObject(data) || typeof data.query !== 'string') return;
			sendReplaySearch(socket, data.query.slice(0, 100), data.mode === 'regex');
		});

		socket.on('getUserReports', () => {
			if (isAuthenticated && passport.isModerator) {
				sendUserReports(socket);
			}
		});

		socket.on('addNewGame', data => {
			if (isAuthenticated && isObject(data)) {
				handleCreateGame(socket, username, data);
			}
		});

		socket.on('addNewGameChat', data => {
			if (!isAuthenticated || !isObject(data) || typeof data.chat !== 'string') return;
			const game = games[data.uid];
			if (game) {
				handleAddNewGameChat(socket, username, game, data.chat);
			}
		});

		socket.on('updateSeatedUser', data => {
			if (isAuthenticated && isObject(data) && typeof data.uid === 'string') {
				handleUpdateSeatedUser(socket, username, data.uid);
			}
		});

		socket.on('disconnect', () => {
			socket.removeAllListeners();
		});
	});
};
