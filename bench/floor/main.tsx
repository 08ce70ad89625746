/**
 * The floor page: the least this stack does to show a screen's rows. Before React renders it opens
 * the app's database with Dexie, reads the rows the screen shows with raw IndexedDB in one
 * transaction (`window.__FLOOR_SPEC__`, set by the bench), keeps them in a zustand store, and a
 * react-router route renders a heading and one list item per row.
 */
import { Dexie } from 'dexie';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, useParams } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { create } from 'zustand';

/** One read: by primary keys, by an index value or values, by an index range, or a whole store. */
export interface FloorRead {
  store: string;
  keys?: string[];
  index?: string;
  only?: string;
  /** Each of these index values, one getAll each (in the same transaction). */
  anyOf?: string[];
  range?: [string, string];
}

export interface FloorSpec {
  title: string;
  reads: FloorRead[];
}

declare global {
  interface Window {
    __FLOOR_SPEC__?: FloorSpec;
  }
}

interface Rows {
  rows: unknown[] | undefined;
  error?: string;
}

const useRows = create<Rows>(() => ({ rows: undefined }));

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function readOne(tx: IDBTransaction, read: FloorRead): Promise<unknown[]> {
  const store = tx.objectStore(read.store);
  if (read.keys) return Promise.all(read.keys.map((k) => request(store.get(k))));
  const source = read.index ? store.index(read.index) : store;
  if (read.only !== undefined) return request(source.getAll(read.only));
  if (read.anyOf)
    return Promise.all(read.anyOf.map((v) => request(source.getAll(v)))).then((p) => p.flat());
  if (read.range) return request(source.getAll(IDBKeyRange.bound(read.range[0], read.range[1])));
  return request(source.getAll());
}

async function readAll(spec: FloorSpec): Promise<unknown[]> {
  const db = new Dexie('ipt-planner');
  await db.open();
  const idb = db.backendDB();
  const stores = [...new Set(spec.reads.map((r) => r.store))];
  if (stores.length === 0) return [];
  const tx = idb.transaction(stores, 'readonly');
  const parts = await Promise.all(spec.reads.map((r) => readOne(tx, r)));
  return parts.flat();
}

const spec = window.__FLOOR_SPEC__ ?? { title: 'Floor', reads: [] };
readAll(spec).then(
  (rows) => useRows.setState({ rows }),
  (e: unknown) => useRows.setState({ rows: [], error: String(e) }),
);

function label(row: unknown): string {
  if (row === null || typeof row !== 'object') return String(row);
  const r = row as Record<string, unknown>;
  return (
    [r.code, r.date, r.number, r.kind, r.total, r.status, r.title]
      .filter((v) => v !== undefined)
      .join(' · ') || String(r.id ?? r.sessionId ?? '')
  );
}

function Screen() {
  const { screen } = useParams();
  const { rows, error } = useRows();
  return (
    <main data-screen={screen}>
      <h1>{spec.title}</h1>
      {error ? <p role="alert">{error}</p> : null}
      {rows === undefined ? (
        <p>Loading…</p>
      ) : (
        <ul aria-label="Rows">
          {rows.map((row, i) => (
            <li key={i}>{label(row)}</li>
          ))}
        </ul>
      )}
    </main>
  );
}

const router = createBrowserRouter([{ path: '/:screen?', Component: Screen }], {
  basename: '/__floor',
});
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<RouterProvider router={router} />);
