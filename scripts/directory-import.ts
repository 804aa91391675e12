import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DirectoryImports, DirectoryModule, LiveDirectory } from '@lagspill/directory';
import type { ActorRef, DirectoryImportPlan } from '@lagspill/domain';
import { DatabaseConnection, PlatformModule, type PlatformContext } from '@lagspill/platform';
import { EventStoreModule } from '@lagspill/event-store';
import { LAGSPILL_MIGRATIONS } from '../apps/lagspill/src/lagspill.contexts';
import { withDatabase } from './support/with-database';

/**
 * Imports a directory file into the installation: `npm run directory:import -- file.csv [--dry-run]`
 * (CSV as Excel writes it, or a .json file). The same rules and the same unit as the admin page's import;
 * recorded as made by the command line, with every right (whoever runs it runs the installation).
 */
const USAGE = `usage: npm run directory:import -- FILE [--dry-run]
  FILE       a directory sheet (.csv: UTF-8 or Windows-1252, ";") or a .json file
  --dry-run  only say what would be added, changed and left as it is
`;

const COMMAND_LINE: ActorRef = { username: 'lagspill-cli', name: 'Lagspill (kommandolinje)', role: 'admin' };

@Module({})
class DirectoryImportModule {
  static forRoot(context: PlatformContext): DynamicModule {
    return {
      module: DirectoryImportModule,
      imports: [
        PlatformModule.forRoot(context, { migrations: LAGSPILL_MIGRATIONS }),
        EventStoreModule.forRootAsync({
          inject: [DatabaseConnection],
          useFactory: (connection: DatabaseConnection) => ({ connectionString: connection.url }),
        }),
        DirectoryModule.forRoot({}),
      ],
    };
  }
}

async function main(): Promise<number> {
  let path: string;
  let dryRun: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { 'dry-run': { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new Error('name one file');
    [path] = positionals as [string];
    dryRun = values['dry-run'];
  } catch (error) {
    process.stderr.write(`directory:import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 64; // EX_USAGE
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    process.stderr.write(`directory:import: cannot read ${path}: ${(error as Error).message}\n`);
    return 66; // EX_NOINPUT
  }
  return withDatabase(
    'directory:import',
    (context) => DirectoryImportModule.forRoot(context),
    async (app) => {
      const imports = app.get(DirectoryImports);
      const directory = app.get(LiveDirectory).directory;
      const importer = { by: COMMAND_LINE };
      try {
        const file = imports.read(bytes, extname(path).toLowerCase() === '.json' ? 'application/json' : 'text/csv');
        const plan = dryRun ? imports.dryRun(directory, importer, file) : await imports.importNow(importer, file);
        process.stdout.write(describe(plan, dryRun));
        return 0;
      } catch (error) {
        const errors = (error as { errors?: { row?: number; column?: string; field: string; message: string }[] })
          .errors;
        if (!errors) throw error;
        process.stderr.write(`${(error as Error).message}\n`);
        for (const e of errors) {
          process.stderr.write(
            `  ${e.row === undefined ? e.field : `row ${e.row}, ${e.column || 'the row'}`}: ${e.message}\n`,
          );
        }
        return 65; // EX_DATAERR
      }
    },
  );
}

function describe(plan: Pick<DirectoryImportPlan, 'summary'>, dryRun: boolean): string {
  const lines = Object.entries(plan.summary).map(
    ([kind, { added, changed, unchanged }]) =>
      `  ${kind}: ${added} added, ${changed} changed, ${unchanged} as they were`,
  );
  return `${dryRun ? 'Dry run, nothing written:' : 'Imported:'}\n${lines.join('\n')}\n`;
}

void main().then((code) => process.exit(code));
