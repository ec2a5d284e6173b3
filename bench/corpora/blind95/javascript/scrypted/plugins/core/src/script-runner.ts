import vm from 'vm';

export class ScriptRunner {
    constructor(public storage: Storage) {}

    async evalScript(body: string) {
        const { script, language } = JSON.parse(body);
        const source = language === 'typescript' ? script.replace(/:\s*\w+/g, '') : script;
        const context = vm.createContext({ console, device: {} });
        // expect: code-injection
        return vm.runInContext(source, context, { timeout: 1000 });
    }

    async evalScriptChecked(body: string) {
        const { name } = JSON.parse(body);
        const stored = this.storage.getItem(`script:${name}`);
        if (!stored) throw new Error('unknown script');
        return { name, length: stored.length };
    }
}
