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
/** The library an import target lies in (`libs/routing/src/x` → `routing`), or undefined outside libs. */
const libraryOf = (target: string | undefined) => /^libs\/([^/]+)/.exec(target ?? '')?.[1];

/**
 * The import graph of decision 0018. Bounded contexts meet through the log and the shared libraries,
 * never in-process: a context imports no other context. The shared kernel is what any of them may
 * import; it imports no context. The demo is a dev tool above the contexts: like an app, it plays cases
 * through intake and routing, and nothing but an app imports it.
 */
const CONTEXTS = ['intake', 'routing', 'casework', 'insights', 'notifications', 'retention', 'audit'];
const SHARED_KERNEL = ['domain', 'contracts', 'platform', 'event-store', 'auth', 'messaging', 'directory'];
const DEMO = 'demo';
/** The four contexts that each have a service of their own (decision 0010). */
const SERVICE_CONTEXTS = ['intake', 'routing', 'casework', 'insights'];

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

  it('sorts every library into a context, the shared kernel or the demo', () => {
    expect(listDirectories('libs').sort()).toEqual([...CONTEXTS, ...SHARED_KERNEL, DEMO].sort());
  });

  it('lets each service host only its own one of the four service contexts (they meet through the log)', () => {
    const offending = SERVICE_CONTEXTS.flatMap((service) =>
      importsOf(`apps/${service}`).filter(
        ({ target }) => SERVICE_CONTEXTS.includes(libraryOf(target) ?? '') && target !== `libs/${service}`,
      ),
    );
    expect(offending).toEqual([]);
  });

  it.each(CONTEXTS)('keeps the %s context, tests included, from importing another context or the demo', (context) => {
    const offending = importsOf(`libs/${context}`).filter(({ target }) => {
      const library = libraryOf(target);
      return library !== undefined && library !== context && !SHARED_KERNEL.includes(library);
    });
    expect(offending).toEqual([]);
  });

  it.each(SHARED_KERNEL)('keeps the shared %s library below the contexts: it imports none of them', (shared) => {
    const offending = importsOf(`libs/${shared}`).filter(({ target }) => {
      const library = libraryOf(target);
      return library !== undefined && (CONTEXTS.includes(library) || library === DEMO);
    });
    expect(offending).toEqual([]);
  });

  it('reaches another library only through its entry point (`@lagspill/<lib>`), never by a relative path', () => {
    const offending = listDirectories('libs').flatMap((library) =>
      importsOf(`libs/${library}`).filter(
        ({ specifier, target }) =>
          specifier.startsWith('.') && libraryOf(target) !== undefined && libraryOf(target) !== library,
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
