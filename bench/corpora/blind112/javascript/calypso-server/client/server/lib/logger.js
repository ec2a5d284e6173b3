import bunyan from 'bunyan';

let logger;

export function getLogger() {
	if ( ! logger ) {
		logger = bunyan.createLogger( { name: 'calypso', level: process.env.LOG_LEVEL || 'info' } );
	}
	return logger;
}
