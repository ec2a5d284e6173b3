import { Injectable } from '@nestjs/common';

@Injectable()
export class AuthService {
  // The state parameter carries "<nonce>:<returnTo>" as the login page built it.
  async completeLogin(code: string, state: string): Promise<string | undefined> {
    await this.exchangeCode(code);
    const [, returnTo] = (state ?? '').split(':');
    return returnTo;
  }

  private async exchangeCode(code: string) {
    return { code };
  }
}
