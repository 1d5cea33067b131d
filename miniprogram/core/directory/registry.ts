// The shipped entries, frozen once, and the id index. Everything else builds its own index lazily.
import { DIRECTORY } from './data';
import type { DirectoryEntry } from './types';

let byId: Map<string, DirectoryEntry> | null = null;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
  }
  return o;
}

function index(): Map<string, DirectoryEntry> {
  if (!byId) {
    byId = new Map();
    for (const e of DIRECTORY) byId.set(e.id, deepFreeze(e));
  }
  return byId;
}

/** The entry with this id, or null. Entries are frozen: copy before changing. */
export function entryById(id: string): DirectoryEntry | null {
  return index().get(id) || null;
}

/** All entries in directory order (frozen). */
export function allEntries(): readonly DirectoryEntry[] {
  index();
  return DIRECTORY;
}

/** All entries as plain JSON (deep copy, sources included) — for the CLI and exports. */
export function directoryJson(): DirectoryEntry[] {
  return JSON.parse(JSON.stringify(allEntries())) as DirectoryEntry[];
}
