const Account = require('../../models/account');
const Game = require('../../models/game');
const ModAction = require('../../models/modAction');
const { games } = require('./models');

const escapeRegExp = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

module.exports.sendGameList = socket => {
	const list = Object.values(games)
		.filter(game => !game.general.private || game.general.unlisted === false)
		.map(game => ({ uid: game.general.uid, name: game.general.name, seated: game.publicPlayersState.length }));
	socket.emit('gameList', list);
};

module.exports.sendUserProfile = (socket, username) => {
	// expect: nosql-injection
	Account.findOne({ username })
		.select('username wins losses created gameSettings.customCardback')
		.then(account => {
			socket.emit('userProfile', account ? account.toObject() : { notFound: true });
		})
		.catch(err => console.error(err));
};

module.exports.sendUserReports = socket => {
	ModAction.find({ actionTaken: { $in: ['report', 'warning'] } })
		.sort({ date: -1 })
		.limit(200)
		.then(actions => socket.emit('userReports', actions));
};

module.exports.sendReplaySearch = (socket, query, regexMode) => {
	let filter = { 'chats.chat': { $regex: escapeRegExp(query), $options: 'i' } };
	if (regexMode) {
		// power users asked for wildcards in replay search
		// expect: redos
		filter = { 'chats.chat': { $regex: query, $options: 'i' } };
	}
	Game.find(filter)
		.select('uid date playerCount winningTeam')
		.sort({ date: -1 })
		.limit(50)
		.then(found => socket.emit('replaySearch', found))
		.catch(err => console.error(err));
};

module.exports.sendPlayerNotes = (socket, username, target) => {
	Account.findOne({ username: String(username) })
		.select('playerNotes')
		.then(account => {
			const notes = account ? account.playerNotes.filter(note => note.notedUser === String(target)) : [];
			socket.emit('playerNotes', notes);
		});
};
