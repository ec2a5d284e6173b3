/* eslint-disable no-console */
export class Logger {
  public static warn(...args: unknown[]): void {
    console.warn(new Date().toLocaleString(), '[WARN]', ...args);
  }

  public static info(...args: unknown[]): void {
    console.info(new Date().toLocaleString(), '[INFO]', ...args);
  }
}
