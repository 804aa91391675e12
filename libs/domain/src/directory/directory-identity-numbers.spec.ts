import { DEMO_DIRECTORY } from '@lagspill/directory';
import type { ActorRef } from '../case/case-events';
import { decideDirectory, type DirectoryCommand } from './decide-directory';
import { Directory } from './directory';
import { DirectoryChangeRejectedError } from './directory-rules';

const ADMIN: ActorRef = { username: 'admin', name: 'Lagspill drift', role: 'admin' };
const AT = '2026-12-03T10:00:00.000Z';
// A valid fødselsnummer (mod-11) and a valid D-nummer, in running text as people write them.
const IDENTITIES = ['Pasient 01018010018', 'D-nr 41018036736'];

const directory = (): Directory => {
  const d = new Directory(DEMO_DIRECTORY);
  d.apply(
    {
      type: 'directory.enrolment-requested',
      data: {
        by: ADMIN,
        at: AT,
        request: {
          requestId: 'r1',
          username: 'ny.en',
          name: 'Ny En',
          email: 'ny@x.example.no',
          organisation: 'morkved-legesenter',
        },
      },
    },
    1,
  );
  return d;
};
const morkved = DEMO_DIRECTORY.organisations.find((o) => o.id === 'morkved-legesenter');

/**
 * Every free-text field of the directory, with a command that writes it: the directory is read by many
 * and kept in the log for ever, so none of them may hold a patient's identity number.
 */
const TEXT_FIELDS: readonly [string, (text: string) => DirectoryCommand][] = [
  [
    'name',
    (text) => ({
      type: 'register-helsefellesskap',
      helsefellesskap: { id: 'ny', name: text, hf: 'HF', region: 'helse-nord' },
    }),
  ],
  [
    'hf',
    (text) => ({
      type: 'register-helsefellesskap',
      helsefellesskap: { id: 'ny', name: 'Ny', hf: text, region: 'helse-nord' },
    }),
  ],
  [
    'name',
    (text) => ({
      type: 'register-municipality',
      municipality: { number: '1899', name: text, helsefellesskap: 'lovesa' },
    }),
  ],
  ['name', (text) => ({ type: 'change-organisation', id: 'morkved-legesenter', changes: { name: text } })],
  [
    'system.product',
    (text) => ({
      type: 'change-organisation',
      id: 'morkved-legesenter',
      changes: { system: { ...morkved!.system, product: text } },
    }),
  ],
  [
    'system.version',
    (text) => ({
      type: 'change-organisation',
      id: 'morkved-legesenter',
      changes: { system: { ...morkved!.system, version: text } },
    }),
  ],
  ['name', (text) => ({ type: 'change-party', id: 'cgm', changes: { name: text } })],
  ['products[0]', (text) => ({ type: 'change-party', id: 'cgm', changes: { products: [text] } })],
  ['name', (text) => ({ type: 'change-person', username: 'lege.cgm', changes: { name: text } })],
  [
    'name',
    (text) => ({
      type: 'request-enrolment',
      request: {
        requestId: 'r2',
        username: 'ny.to',
        name: text,
        email: 'to@x.example.no',
        organisation: 'morkved-legesenter',
      },
    }),
  ],
  [
    'message',
    (text) => ({
      type: 'request-enrolment',
      request: {
        requestId: 'r2',
        username: 'ny.to',
        name: 'Ny To',
        email: 'to@x.example.no',
        organisation: 'morkved-legesenter',
        message: text,
      },
    }),
  ],
  ['reason', (text) => ({ type: 'refuse-enrolment', requestId: 'r1', reason: text })],
];

describe('identity numbers in the directory’s free text', () => {
  it.each(
    TEXT_FIELDS.flatMap(([field, command]) =>
      IDENTITIES.map((text) => [command(text).type, field, text, command] as const),
    ),
  )('%s refuses %s holding “%s”', (_type, field, text, command) => {
    const refusal = (() => {
      try {
        decideDirectory(directory(), command(text), ADMIN, AT);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(DirectoryChangeRejectedError);
    expect((refusal as DirectoryChangeRejectedError).errors).toContainEqual({
      field,
      message: 'must not hold a fødselsnummer or D-nummer',
    });
  });

  it.each(TEXT_FIELDS.map(([field, command]) => [command('x').type, field, command] as const))(
    '%s takes %s without one (so each refusal above is about the number)',
    (_type, _field, command) => {
      expect(decideDirectory(directory(), command('Helt vanlig tekst 2026'), ADMIN, AT).length).toBeGreaterThan(0);
    },
  );
});
