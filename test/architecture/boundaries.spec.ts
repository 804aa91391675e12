import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layer rules of docs/architecture.md, checked on every test run rather than left to good
 * intentions: which code may import what.
 */
const ROOT = resolve(__dirname, '../..');
const SPECIFIER = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

interface SourceImport {
  readonly file: string;
  readonly specifier: string;
  /** The repository path an import points into (`libs/domain/...`), or undefined for a package. */
  readonly target: string | undefined;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(directory: string): SourceImport[] {
  return sourceFiles(join(ROOT, directory)).flatMap((path) => {
    const file = relative(ROOT, path).split(sep).join('/');
    return [...readFileSync(path, 'utf8').matchAll(SPECIFIER)].map(([, specifier]) => {
      let target: string | undefined;
      if (specifier.startsWith('.'))
        target = relative(ROOT, resolve(dirname(path), specifier))
          .split(sep)
          .join('/');
      else if (specifier.startsWith('@lagspill/')) target = `libs/${specifier.slice('@lagspill/'.length)}`;
      return { file, specifier, target };
    });
  });
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const isTest = (file: string) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file);
const listDirectories = (directory: string) =>
  readdirSync(join(ROOT, directory), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

describe('architecture boundaries', () => {
  it('keeps libs/domain pure: no framework, database, Kafka or any other package; no other lib', () => {
    const offending = importsOf('libs/domain/src').filter(
      ({ file, specifier, target }) =>
        !isTest(file) &&
        !(target?.startsWith('libs/domain/') && specifier.startsWith('.')) &&
        !specifier.startsWith('node:'),
    );
    expect(offending).toEqual([]);
  });

  it('keeps node built-ins with I/O out of libs/domain', () => {
    const io = importsOf('libs/domain/src').filter(
      ({ file, specifier }) => !isTest(file) && specifier.startsWith('node:'),
    );
    expect(io).toEqual([]);
  });

  it('never lets an app import another app', () => {
    const offending = listDirectories('apps').flatMap((app) =>
      importsOf(`apps/${app}`).filter(
        ({ target }) => target?.startsWith('apps/') && !target.startsWith(`apps/${app}/`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('lets each service host only its own bounded context (they meet through the log, not in-process)', () => {
    const contexts = ['intake', 'routing', 'casework', 'insights'];
    const offending = contexts.flatMap((service) =>
      importsOf(`apps/${service}`).filter(
        ({ target }) => contexts.some((context) => target === `libs/${context}`) && target !== `libs/${service}`,
      ),
    );
    expect(offending).toEqual([]);
  });

  it('lets the web app, a browser bundle, use only the pure libraries: domain and contracts', () => {
    const offending = importsOf('apps/web/src').filter(
      ({ target }) =>
        target?.startsWith('libs/') && !target.startsWith('libs/domain') && !target.startsWith('libs/contracts'),
    );
    expect(offending).toEqual([]);
  });

  it('keeps libs/contracts to types and views over the domain: no framework, no other lib', () => {
    const offending = importsOf('libs/contracts/src').filter(
      ({ specifier, target }) => !specifier.startsWith('.') && !(target?.startsWith('libs/domain') ?? false),
    );
    expect(offending).toEqual([]);
  });

  it('keeps libs/messaging below the context modules: it imports none of them', () => {
    const contexts = ['libs/intake', 'libs/routing', 'libs/casework', 'libs/insights', 'libs/demo'];
    const offending = importsOf('libs/messaging/src').filter(({ target }) =>
      contexts.some((context) => target?.startsWith(context)),
    );
    expect(offending).toEqual([]);
  });

  it('never lets a library import an app', () => {
    expect(importsOf('libs').filter(({ target }) => target?.startsWith('apps/'))).toEqual([]);
  });

  it.each([
    ['pg', ['libs/event-store/']],
    ['kafkajs', ['libs/messaging/src/kafka/kafkajs.adapter.ts']],
    ['jose', ['libs/auth/']],
    ['typeorm', ['libs/platform/', 'libs/event-store/src/schema/']],
  ])('confines the %s package to its adapters', (name, allowed) => {
    const offending = importsOf('libs')
      .concat(importsOf('apps'))
      .filter(({ file, specifier }) => !isTest(file) && packageName(specifier) === name)
      .filter(
        ({ file }) =>
          !allowed.some((prefix) => file.startsWith(prefix)) &&
          !/\.(repository|projection|entity|migration)\.ts$/.test(file),
      );
    expect(offending).toEqual([]);
  });
});
