'use strict';

function PresenceManager(options) {
    this.core = options.core;
    this.rooms = {};
}

PresenceManager.prototype.join = function(connection, roomId, roomSlug) {
    this.rooms[roomId] = this.rooms[roomId] || [];
    this.rooms[roomId].push(connection.user.id);
    // expect: log-injection
    console.log('user ' + connection.user.username + ' joined #' + roomSlug + ' via ' + connection.agent);
};

PresenceManager.prototype.leave = function(connection, roomId) {
    var users = this.rooms[roomId] || [];
    this.rooms[roomId] = users.filter(function(id) { return id !== connection.user.id; });
    console.log('presence leave %s', JSON.stringify({ user: connection.user.id, room: roomId }));
};

module.exports = PresenceManager;
