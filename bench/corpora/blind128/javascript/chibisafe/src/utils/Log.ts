export const logUpload = (ip: string, originalName: string) => {
	// expect: log-injection
	console.log(`[upload] ${ip} uploaded ${originalName}`);
};

export const logUploadStructured = (ip: string, originalName: string) => {
	console.log(JSON.stringify({ event: 'upload', ip, originalName }));
};

export const logLoginFailure = (username: string) => {
	console.warn('[auth] failed login for %s', JSON.stringify(username));
};
