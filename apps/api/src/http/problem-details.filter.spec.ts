import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { erUtilgjengelig } from './problem-details.filter.js';

describe('erUtilgjengelig: a database or queue that is down is a 503, never a 500', () => {
  const med = (kode: string) => Object.assign(new Error('x'), { code: kode });
  it.each([
    ['PostgreSQL shutting down (57P01)', med('57P01')],
    ['refused connection', med('ECONNREFUSED')],
    ['too many connections (53300)', med('53300')],
    ['a transaction whose connection died', new QueryRunnerAlreadyReleasedError()],
    ['the pool closing under a request', new Error('Cannot use a pool after calling end on the pool')],
    ['a driver error wrapped by TypeORM', new QueryFailedError('select 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
    ['a cause two levels down', new Error('outer', { cause: new Error('inner', { cause: med('ECONNRESET') }) })],
  ])('%s', (_navn, feil) => expect(erUtilgjengelig(feil)).toBe(true));

  it.each([
    ['a unique violation', med('23505')],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('not %s', (_navn, feil) => expect(erUtilgjengelig(feil)).toBe(false));
});
