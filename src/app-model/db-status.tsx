/**
 * The database's own state, around every screen: a database written by a newer version of the app
 * is never opened (a sentence replaces the screen, nothing is changed), and when another tab
 * upgrades the database this tab says so in a notice (never a pop-up) and offers to reload, after
 * the drafts being typed were stored (src/db/database.ts `beforeVersionClose`).
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

import { Page } from '../ui/page';

type DbState = 'ready' | 'newer' | 'replaced';

const reload = () => window.location.reload();

/** The database module is loaded with the first screen anyway; the shell does not carry it. */
function useDbState(): DbState {
  const [state, setState] = useState<DbState>('ready');
  useEffect(() => {
    let live = true;
    let stop = () => undefined as unknown;
    import('../db/database')
      .then(({ db, onDatabaseReplaced }) => {
        if (!live) return undefined;
        stop = onDatabaseReplaced(() => setState('replaced'));
        return db.open();
      })
      .catch((error: unknown) => {
        if (live && (error as { name?: string } | null)?.name === 'VersionError') setState('newer');
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

/** Shown instead of the screen when the stored records are newer than this app. */
function NewerDatabase() {
  return (
    <Page title="A newer version holds these records">
      <p role="alert">
        This browser holds records from a newer version of IPT Planner than the one open in this
        tab, so this tab does not open them. Reload the page to get the newest version (close other
        tabs of IPT Planner if it stays the same); nothing was changed.
      </p>
      <button type="button" onClick={reload}>
        Reload
      </button>
    </Page>
  );
}

/** The notice shown once another tab has opened a newer version of the database. */
function ReplacedNotice() {
  return (
    <section className="card no-print" role="status" aria-labelledby="db-replaced-title">
      <h2 id="db-replaced-title">IPT Planner was updated in another tab</h2>
      <p>
        This tab has stopped saving, so two versions never write to your records at once. Drafts you
        were typing were saved first. Anything else not saved yet is still on screen: copy it before
        you reload, then paste it back.
      </p>
      <button type="button" onClick={reload}>
        Reload this tab
      </button>
    </section>
  );
}

/** Wraps the screen: the screen itself, or the sentence for a newer database, plus the notice. */
export function DbStatus({ children }: { children: ReactNode }) {
  const state = useDbState();
  if (state === 'newer') return <NewerDatabase />;
  return (
    <>
      {state === 'replaced' ? <ReplacedNotice /> : null}
      {children}
    </>
  );
}
