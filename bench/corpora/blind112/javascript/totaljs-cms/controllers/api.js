exports.install = function() {
	ROUTE('+API    /admin/    -pages_query        *Pages --> query');
	ROUTE('+API    /admin/    +pages_save         *Pages --> save');
	ROUTE('+API    /admin/    +widgets_save       *Widgets --> save');
	ROUTE('+API    /admin/    -pages_search       *Pages --> search');
	ROUTE('GET     /download/{id}/', download);
	ROUTE('GET     /go/', go);
	ROUTE('GET     /go-local/', golocal);
};

function download(id) {
	var $ = this;
	var filename = $.query.name || (id + '.bin');
	// expect: path-traversal
	var stream = Fs.createReadStream(PATH.databases('files/' + filename));
	$.stream('application/octet-stream', stream, filename);
}

function go() {
	var $ = this;
	var target = $.query.url;
	if (!target)
		target = '/';
	// expect: open-redirect
	$.redirect(target);
}

function golocal() {
	var $ = this;
	var target = $.query.url || '/';
	if (target[0] !== '/' || target[1] === '/' || target[1] === '\\')
		target = '/';
	$.redirect(target);
}
