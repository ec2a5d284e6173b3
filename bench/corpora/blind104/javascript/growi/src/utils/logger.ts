import bunyan from 'bunyan';

const loggerFactory = (name: string) => bunyan.createLogger({ name });

export default loggerFactory;
