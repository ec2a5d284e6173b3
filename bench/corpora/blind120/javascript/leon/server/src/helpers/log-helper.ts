export class LogHelper {
  static title(value: string) {
    console.log(`\n\n---\n${value.toUpperCase()}\n---`);
  }

  static info(value: string) {
    // expect: log-injection
    console.info(`\x1b[36m➡ ${value}\x1b[0m`);
  }

  static infoSafe(label: string, value: unknown) {
    console.info('\x1b[36m➡ %s\x1b[0m %j', label, value);
  }
}
