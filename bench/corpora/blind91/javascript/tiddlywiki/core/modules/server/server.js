/*\
title: $:/core/modules/server/server.js
type: application/javascript
module-type: library

Serve tiddlers over http (corpus model)

\*/
(function(){

"use strict";

var url = require("url"),
	querystring = require("querystring");

function Server(options) {
	var self = this;
	this.routes = options.routes || [];
	this.wiki = options.wiki;
	this.boot = options.boot || $tw.boot;
	this.variables = options.variables || {};
	this.pathPrefix = this.variables["path-prefix"] || "";
	$tw.modules.forEachModuleOfType("route", function(title, routeDefinition) {
		self.addRoute(routeDefinition);
	});
}

Server.prototype.addRoute = function(route) {
	this.routes.push(route);
};

Server.prototype.findMatchingRoute = function(request, state) {
	var pathname = state.urlInfo.pathname.substr(this.pathPrefix.length) || "/";
	for(var t = 0; t < this.routes.length; t++) {
		var potentialRoute = this.routes[t],
			pathRegExp = potentialRoute.path,
			match = potentialRoute.path.exec(pathname);
		if(match && request.method === potentialRoute.method) {
			state.params = [];
			for(var p = 1; p < match.length; p++) {
				state.params.push(match[p]);
			}
			return potentialRoute;
		}
	}
	return null;
};

Server.prototype.requestHandler = function(request, response) {
	var self = this,
		state = {};
	state.wiki = self.wiki;
	state.boot = self.boot;
	state.server = self;
	state.urlInfo = url.parse(request.url);
	state.queryParameters = querystring.parse(state.urlInfo.query);
	state.pathPrefix = self.pathPrefix;
	state.sendResponse = function(statusCode, headers, data, encoding) {
		response.writeHead(statusCode, headers);
		response.end(data, encoding);
	};
	var route = self.findMatchingRoute(request, state);
	if(!route) {
		response.writeHead(404);
		response.end();
		return;
	}
	if(route.bodyFormat === "stream" || request.method === "GET" || request.method === "HEAD") {
		return route.handler(request, response, state);
	}
	var data = "";
	request.on("data", function(chunk) {
		data += chunk.toString();
	});
	request.on("end", function() {
		state.data = data;
		route.handler(request, response, state);
	});
};

exports.Server = Server;

})();
