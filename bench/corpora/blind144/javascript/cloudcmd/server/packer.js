import { exec, execFile } from 'node:child_process';
import path from 'node:path';
import config from './config.js';
import { toRootChecked } from './root.js';

const packTar = ({ from, to, names = [] }, done) => {
    const root = config('root');
    const dir = path.join(root, from);
    // expect: command-injection
    exec(`tar -czf ${path.join(root, to)} -C ${dir} ${names.join(' ')}`, done);
};

const packZip = ({ from, to, names = [] }, done) => {
    const root = config('root');
    const dir = toRootChecked(from, root);
    const files = names.map((name) => path.basename(name));
    execFile('zip', ['-r', toRootChecked(to, root), '--', ...files], { cwd: dir }, done);
};

export const listen = (socket) => {
    socket.on('connection', (client) => {
        client.on('pack', (data = {}) => {
            const { type = 'zip' } = data;
            const pack = type === 'tar' ? packTar : packZip;
            
            pack(data, (error) => client.emit(error ? 'err' : 'end', error ? error.message : data.to));
        });
    });
};
