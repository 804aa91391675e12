import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DirectoryImportJob, DirectoryImportPlanResponse } from '@lagspill/contracts';
import {
  Clock,
  DirectoryEntryNotFoundError,
  mayChangeDirectory,
  planDirectoryImport,
  type ActorRef,
  type Directory,
  type DirectoryImport,
  type DirectoryImportPlan,
  type Viewer,
} from '@lagspill/domain';
import { v7 as uuidv7 } from 'uuid';
import { readDirectoryJson, readDirectorySheet, sheetProblemsOf } from '../import';
import { DirectoryWriter } from '../live/directory-writer';
import { DirectoryImportRejectedError, type ImportFileProblem } from './directory-import-rejected.error';

/** Who imports: recorded as the changes' author, and (but for the command line) limited to what they may change. */
export interface Importer {
  readonly by: ActorRef;
  /** Absent: everything (the command line, run by whoever runs the installation). */
  readonly viewer?: Viewer;
}

/** Jobs are kept this long after they end, for the page that polls them. */
const FINISHED_JOBS_KEPT = 50;

/**
 * Bulk import of a directory file (CSV as Excel writes it, or JSON): a dry run says what would be added,
 * changed and left as is; the import itself is planned again against the directory as it then stands and
 * appended as one unit, in the background, with progress. Every bad row is named, and then nothing is
 * imported. The same file imported again changes nothing.
 */
@Injectable()
export class DirectoryImports {
  private readonly logger = new Logger(DirectoryImports.name);
  private readonly jobs = new Map<string, DirectoryImportJob & { readonly owner: string }>();

  constructor(
    @Inject(DirectoryWriter) private readonly writer: DirectoryWriter,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The file's entries, by its content type; every problem of its rows and cells, or of its JSON. */
  read(body: Uint8Array, contentType: string | undefined): DirectoryImport {
    if (/^application\/(.+\+)?json\b/i.test(contentType ?? '')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(body).toString('utf8'));
      } catch (error) {
        throw new DirectoryImportRejectedError([
          { field: 'body', message: `is not JSON: ${(error as Error).message}` },
        ]);
      }
      const { file, problems } = readDirectoryJson(parsed);
      if (problems.length > 0) throw new DirectoryImportRejectedError(problems);
      return file;
    }
    const { file, problems } = readDirectorySheet(body);
    if (problems.length > 0) {
      throw new DirectoryImportRejectedError(
        problems.map((p) => ({ row: p.row, column: p.column, field: p.column, message: p.message })),
      );
    }
    return file;
  }

  /** What importing the file would do now; nothing is written. */
  dryRun(directory: Directory, importer: Importer, file: DirectoryImport): DirectoryImportPlanResponse {
    const plan = this.plan(directory, importer, file);
    return { summary: plan.summary, entries: plan.entries.filter((entry) => entry.outcome !== 'unchanged') };
  }

  /** Starts the import in the background; a file with problems is refused here, before anything starts. */
  start(directory: Directory, importer: Importer, file: DirectoryImport): DirectoryImportJob {
    const planned = this.plan(directory, importer, file);
    const id = uuidv7();
    const job = {
      id,
      owner: importer.by.username,
      status: 'running' as const,
      summary: planned.summary,
      progress: { done: 0, total: planned.events.length },
      startedAt: this.clock.now().toISOString(),
    };
    this.jobs.set(id, job);
    void this.run(id, importer, file);
    return publicJob(job);
  }

  /** Runs an import to its end (the command line waits for it). */
  importNow(importer: Importer, file: DirectoryImport): Promise<DirectoryImportPlan> {
    return this.writer.change((now) => {
      const plan = this.plan(now, importer, file);
      return { events: plan.events, result: plan };
    });
  }

  job(username: string, id: string): DirectoryImportJob {
    const job = this.jobs.get(id);
    // Another's import is nobody's business but theirs and the admins' who look at the log.
    if (!job || job.owner !== username) throw new DirectoryEntryNotFoundError('id', `import ${id}`);
    return publicJob(job);
  }

  private async run(id: string, importer: Importer, file: DirectoryImport): Promise<void> {
    const update = (changes: Partial<DirectoryImportJob>) => {
      const job = this.jobs.get(id);
      if (job) this.jobs.set(id, { ...job, ...changes });
    };
    try {
      // Planned again on the directory as it is when the import runs: someone may have changed it since.
      const plan = await this.writer.change(
        (directory) => {
          const now = this.plan(directory, importer, file);
          return { events: now.events, result: now };
        },
        (done, total) => update({ progress: { done, total } }),
      );
      update({
        status: 'done',
        summary: plan.summary,
        progress: { done: plan.events.length, total: plan.events.length },
      });
    } catch (error) {
      this.logger.warn({ err: error }, `directory import ${id} failed`);
      update({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      update({ finishedAt: this.clock.now().toISOString() });
      this.forgetOldJobs();
    }
  }

  private plan(directory: Directory, importer: Importer, file: DirectoryImport): DirectoryImportPlan {
    const { viewer } = importer;
    const plan = planDirectoryImport(
      directory,
      file,
      importer.by,
      this.clock.now().toISOString(),
      viewer === undefined ? undefined : (command, scratch) => mayChangeDirectory(viewer, scratch, command),
    );
    if (plan.problems.length > 0) {
      throw new DirectoryImportRejectedError(sheetProblemsOf(plan.problems).map(asFileProblem));
    }
    return plan;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(job.id);
  }
}

function publicJob({ owner: _owner, ...job }: DirectoryImportJob & { owner: string }): DirectoryImportJob {
  return job;
}

function asFileProblem(problem: ReturnType<typeof sheetProblemsOf>[number]): ImportFileProblem {
  const where = problem.row === undefined ? `${problem.kind}[${problem.id}].${problem.field}` : problem.field;
  return {
    ...(problem.row === undefined ? {} : { row: problem.row, column: problem.column }),
    field: where,
    message: problem.message,
  };
}
