const { Botkit } = require('botkit');
const { WebAdapter } = require('botbuilder-adapter-web');
const { MongoDbStorage } = require('botbuilder-storage-mongodb');
const { tagUser } = require('./lib/middleware');

const adapter = new WebAdapter({});
const storage = new MongoDbStorage({ url: process.env.MONGO_URI });

const controller = new Botkit({ webhook_uri: '/api/messages', adapter, storage });

controller.middleware.receive.use(tagUser);

controller.ready(() => {
  controller.loadModules(__dirname + '/features');
});
