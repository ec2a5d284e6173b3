/*\
title: $:/core/modules/server/routes/get-logout.js
type: application/javascript
module-type: route

GET /logout

\*/
(function() {

"use strict";

exports.method = "GET";

exports.path = /^\/logout$/;

exports.handler = function(request, response, state) {
	var next = state.queryParameters.next;
	if(!next) next = state.pathPrefix + "/";
	// expect: open-redirect
	response.writeHead(302, {"Location": next, "Set-Cookie": "tw-session=; Max-Age=0; Path=/"});
	response.end();
};

}());
