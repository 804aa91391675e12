import {
  ForbiddenException,
  Global,
  Inject,
  Injectable,
  Module,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import request from 'supertest';
import { ROLES, type Caller } from '@lagspill/auth';
import { Clock, Directory, SYSTEM_CLOCK, type Role } from '@lagspill/domain';
import { DEMO_DIRECTORY, DirectoryModule } from '@lagspill/directory';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { AppConfig, createHttpApp, loadConfig } from '@lagspill/platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { ROUTING_MIGRATIONS } from '../routing.migrations';
import { RoutingModule } from '../routing.module';

/** Stands in for the AuthGuard: the caller is the demo user named in `x-test-user`; `@Roles()` is enforced. */
@Injectable()
class TestCallerGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string>; caller?: Caller }>();
    const person = this.directory.findPerson(request.headers['x-test-user'] ?? '');
    if (!person) throw new UnauthorizedException('no test user');
    const party = person.party ? this.directory.party(person.party) : undefined;
    request.caller = {
      username: person.username,
      name: person.name,
      role: person.role,
      organisation: person.organisation ? this.directory.organisation(person.organisation) : undefined,
      party,
      // As the CallerResolver does: the organisation's region, else the party's.
      region: person.organisation ? this.directory.regionOf(person.organisation) : party?.region,
    };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.includes(person.role)) throw new ForbiddenException('wrong role');
    return true;
  }
}

/** The routing context alone over HTTP, on a fresh database, with the demo directory and its users. */
export interface RoutingHttpApp {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly database: TestDatabase;
  /** Requests as a demo user: `http('koordinator.nord').put(…)`. */
  http(username?: string): RoutingRequests;
  close(): Promise<void>;
}

type RoutingRequests = Pick<ReturnType<typeof request>, 'get' | 'put' | 'post'>;

export async function startRoutingHttpApp(options: { clock?: Clock } = {}): Promise<RoutingHttpApp> {
  const database = await createTestDatabase([EventStoreSchema1763769600000, ...ROUTING_MIGRATIONS]);
  const store = new EventStore({ connection: { connectionString: database.url }, pollIntervalMs: 200 });

  @Global()
  @Module({
    providers: [
      { provide: EventStore, useValue: store },
      { provide: Clock, useValue: options.clock ?? SYSTEM_CLOCK },
    ],
    exports: [EventStore, Clock],
  })
  class TestInfrastructureModule {}

  @Module({
    imports: [
      LoggerModule.forRoot({ pinoHttp: { level: 'silent' } }),
      TestInfrastructureModule,
      DirectoryModule.fixed(new Directory(DEMO_DIRECTORY)),
      RoutingModule.forRoot({ sweepIntervalMs: 0 }),
    ],
    providers: [
      { provide: APP_GUARD, useClass: TestCallerGuard },
      // createHttpApp reads the CORS and rate-limit settings from the app's configuration.
      { provide: AppConfig, useValue: loadConfig({ LOG_LEVEL: 'silent' }) },
    ],
  })
  class TestAppModule {}

  const app = await createHttpApp({ module: TestAppModule }, 'routing test');
  const httpServer = app.getHttpServer() as Parameters<typeof request>[0];
  const server = () => request(httpServer);
  return {
    app,
    store,
    database,
    http: (username) => {
      const as = <T extends { set(name: string, value: string): T }>(test: T) =>
        username === undefined ? test : test.set('x-test-user', username);
      return {
        get: (url: string) => as(server().get(url)),
        put: (url: string) => as(server().put(url)),
        post: (url: string) => as(server().post(url)),
      };
    },
    close: async () => {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}
