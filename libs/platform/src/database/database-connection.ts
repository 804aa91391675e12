/** The PostgreSQL this process uses, embedded or configured. Provided to every module. */
export class DatabaseConnection {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
  ) {}
}
