import { Inject, Injectable } from '@nestjs/common';
import type { CaseListFilters } from '@lagspill/contracts';
import { EventStore, type SqlExecutor } from '@lagspill/event-store';

export interface SavedFilter {
  readonly id: string;
  /** The directory username of the person who saved it: the only one who ever reads or deletes it. */
  readonly owner: string;
  readonly name: string;
  readonly filters: CaseListFilters;
  readonly createdAt: string;
}

interface SavedFilterRow {
  id: string;
  owner: string;
  name: string;
  filters: CaseListFilters;
  created_at: Date;
}

/** `casework.saved_filters`: every statement names the owner, so no call reaches another person's. */
@Injectable()
export class SavedFilterRepository {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** The person's filters, by name. */
  async list(owner: string): Promise<SavedFilter[]> {
    const { rows } = await this.store.sql.query<SavedFilterRow>({
      name: 'casework.saved_filters.list',
      text: `SELECT id, owner, name, filters, created_at FROM casework.saved_filters
              WHERE owner = $1 ORDER BY lower(name), id`,
      values: [owner],
    });
    return rows.map(toSavedFilter);
  }

  /**
   * Locks the person's filters for the rest of the transaction, so that two saves at once count each
   * other (the next statement of the second sees what the first committed), and answers how many there are.
   */
  async lockAndCount(sql: SqlExecutor, owner: string): Promise<number> {
    await sql.query({
      name: 'casework.saved_filters.lock',
      text: `SELECT id FROM casework.saved_filters WHERE owner = $1 FOR UPDATE`,
      values: [owner],
    });
    const { rows } = await sql.query<{ count: string }>({
      name: 'casework.saved_filters.count',
      text: `SELECT count(*) AS count FROM casework.saved_filters WHERE owner = $1`,
      values: [owner],
    });
    return Number(rows[0]?.count ?? 0);
  }

  /** Stores the filter; false when the person has one of that name already (nothing is written then). */
  async insert(sql: SqlExecutor, filter: SavedFilter): Promise<boolean> {
    const { rows } = await sql.query({
      name: 'casework.saved_filters.insert',
      text: `INSERT INTO casework.saved_filters (id, owner, name, filters, created_at)
             VALUES ($1, $2, $3, $4::jsonb, $5)
             ON CONFLICT (owner, lower(name)) DO NOTHING
             RETURNING id`,
      values: [filter.id, filter.owner, filter.name, JSON.stringify(filter.filters), filter.createdAt],
    });
    return rows.length === 1;
  }

  /** Deletes the person's filter; false when they have none with that id (another's included). */
  async delete(sql: SqlExecutor, owner: string, id: string): Promise<boolean> {
    const { rows } = await sql.query({
      name: 'casework.saved_filters.delete',
      text: `DELETE FROM casework.saved_filters WHERE owner = $1 AND id = $2 RETURNING id`,
      values: [owner, id],
    });
    return rows.length === 1;
  }
}

function toSavedFilter(row: SavedFilterRow): SavedFilter {
  return {
    id: row.id,
    owner: row.owner,
    name: row.name,
    filters: row.filters,
    createdAt: row.created_at.toISOString(),
  };
}
