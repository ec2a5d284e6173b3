import ldap, { Client, SearchOptions } from 'ldapjs';
import { escapeFilterValue, memberOfFilter } from '../lib/ldapEscape';

const BASE_DN = 'ou=people,dc=example,dc=com';

export interface Person {
  uid: string;
  cn: string;
  mail: string;
}

export class LdapDirectory {
  private client: Client;

  constructor(url: string) {
    this.client = ldap.createClient({ url, timeout: 5000 });
  }

  private run(options: SearchOptions): Promise<Person[]> {
    return new Promise((resolve, reject) => {
      this.client.search(BASE_DN, options, (err, res) => {
        if (err) return reject(err);
        const people: Person[] = [];
        res.on('searchEntry', (entry) => people.push(entry.pojo as unknown as Person));
        res.on('error', reject);
        res.on('end', () => resolve(people));
      });
    });
  }

  findByName(name: string): Promise<Person[]> {
    const options: SearchOptions = { scope: 'sub', attributes: ['uid', 'cn', 'mail'] };
    options.filter = `(&(objectClass=person)(cn=*${name}*))`;
    // expect: ldap-injection
    return this.run(options);
  }

  findByMail(mail: string): Promise<Person[]> {
    const filter = `(&(objectClass=person)(mail=${escapeFilterValue(mail)}))`;
    return this.run({ scope: 'sub', filter, attributes: ['uid', 'cn', 'mail'] });
  }

  membersOf(group: string): Promise<Person[]> {
    return this.run({ scope: 'sub', filter: memberOfFilter(group), attributes: ['uid', 'cn'] });
  }

  byUid(uid: string): Promise<Person[]> {
    return new Promise((resolve, reject) => {
      const people: Person[] = [];
      // expect: ldap-injection
      this.client.search(BASE_DN, { scope: 'one', filter: '(uid=' + uid + ')' }, (err, res) => {
        if (err) return reject(err);
        res.on('searchEntry', (entry) => people.push(entry.pojo as unknown as Person));
        res.on('end', () => resolve(people));
      });
    });
  }
}
