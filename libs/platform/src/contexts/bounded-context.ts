import type { DynamicModule, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config';

/** A Nest module as a deployable imports it: a module class, or one configured by its `forRoot`. */
export type ContextModule = Type<unknown> | DynamicModule;

/**
 * A bounded context as a deployable hosts it (decision 0018): its Nest modules for the app's
 * configuration, the migrations of its schema and the names of its subscriptions on the log. A
 * deployable lists each context it runs once; its modules and its migrations follow from that list.
 */
export interface BoundedContext {
  /** The context's name: its library, its database schema and the prefix of its subscriptions. */
  readonly name: string;
  /** Its Nest modules, configured from the hosting app's configuration. */
  readonly modules: (config: AppConfig) => readonly ContextModule[];
  /** The migrations of its schema, oldest first. */
  readonly migrations: readonly (new () => MigrationInterface)[];
  /** The subscriptions it runs on the log; their checkpoints and single-instance locks are keyed by these names. */
  readonly subscriptions: readonly string[];
}

/** The migrations of these contexts, in the order they are listed. */
export function migrationsOf(contexts: readonly BoundedContext[]): (new () => MigrationInterface)[] {
  return contexts.flatMap((context) => context.migrations);
}

/** The Nest modules of these contexts for this configuration, in the order they are listed. */
export function modulesOf(contexts: readonly BoundedContext[], config: AppConfig): ContextModule[] {
  return contexts.flatMap((context) => context.modules(config));
}
