/** The types a table of schema versions names, for the `eventTypes` of a processor that reads them all. */
export const eventTypesOf = <T extends string>(versions: Readonly<Record<T, number>>): readonly T[] =>
  Object.keys(versions) as T[];
