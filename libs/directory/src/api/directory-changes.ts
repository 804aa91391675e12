import { Inject, Injectable } from '@nestjs/common';
import { actorOf, viewerOf, type Caller } from '@lagspill/auth';
import {
  Clock,
  decideDirectory,
  DirectoryChangeForbiddenError,
  mayChangeDirectory,
  type Directory,
  type DirectoryCommand,
  type DirectoryEvent,
} from '@lagspill/domain';
import { DirectoryWriter } from '../live/directory-writer';

/**
 * Changes the directory for a caller: each command checked against who may make it, decided against the
 * directory as it stands and appended as one unit. The commands of one request touch different aspects
 * of one entry (its fields, whether it is active), so each is decided on the same directory.
 */
@Injectable()
export class DirectoryChanges {
  constructor(
    @Inject(DirectoryWriter) private readonly writer: DirectoryWriter,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** `precondition` must hold on the directory the commands are decided on (an If-Match). */
  apply(
    caller: Caller,
    commands: readonly DirectoryCommand[],
    precondition: (directory: Directory) => void = () => undefined,
  ): Promise<readonly DirectoryEvent[]> {
    const viewer = viewerOf(caller);
    const by = actorOf(caller);
    return this.writer.change((directory) => {
      if (!commands.every((command) => mayChangeDirectory(viewer, directory, command))) {
        throw new DirectoryChangeForbiddenError(caller.role);
      }
      const at = this.clock.now().toISOString();
      const events = commands.flatMap((command) => decideDirectory(directory, command, by, at));
      // After deciding: an entry that is not there is 404 rather than a conflict of versions.
      precondition(directory);
      return { events, result: events };
    });
  }
}
