/** Whether this process has brought the schema up to date; readiness waits for it. */
export class MigrationState {
  ran = false;
}
