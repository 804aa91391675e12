/**
 * Turns the data of schema version `n` (`From`) into the data of version `n + 1` (`To`). Declared with
 * both types (`(data: RoutingRulesPublishedDataV1) => RoutingRulesPublishedData`); the registry, which
 * chains them over stored JSON, takes any.
 */
export type Upcaster<From = never, To = unknown> = (data: From) => To;

export interface EventTypeDefinition {
  readonly type: string;
  /** The version new events are written with. */
  readonly schemaVersion: number;
  /** `upcasters[n]` lifts version n to n + 1, for every n below `schemaVersion`. */
  readonly upcasters?: Readonly<Record<number, Upcaster>>;
}

/**
 * Knows each event type's current schema version and how to lift older versions to it. Stored events
 * are never rewritten: old versions are upcast every time they are read.
 */
export class EventTypeRegistry {
  private readonly definitions = new Map<string, EventTypeDefinition>();

  register(...definitions: EventTypeDefinition[]): this {
    for (const definition of definitions) {
      for (let version = 1; version < definition.schemaVersion; version++) {
        if (!definition.upcasters?.[version]) {
          throw new Error(`Event type ${definition.type} has no upcaster from schema version ${version}`);
        }
      }
      const known = this.definitions.get(definition.type);
      if (known && known !== definition) throw new Error(`Event type ${definition.type} is registered twice`);
      this.definitions.set(definition.type, definition);
    }
    return this;
  }

  currentVersion(type: string): number | undefined {
    return this.definitions.get(type)?.schemaVersion;
  }

  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    const definition = this.definitions.get(type);
    if (!definition || schemaVersion >= definition.schemaVersion) return { schemaVersion, data };
    let current = data;
    for (let version = schemaVersion; version < definition.schemaVersion; version++) {
      // The stored data is of `version`, the one this upcaster lifts (checked at registration).
      current = (definition.upcasters as Record<number, Upcaster<unknown>>)[version](current);
    }
    return { schemaVersion: definition.schemaVersion, data: current };
  }
}
