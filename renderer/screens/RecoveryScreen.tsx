import { useState } from 'react';
import type { RecoveryState, RestoreOutcome } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { formatInstant } from '../../shared/dates';
import { api } from '../api/client';
import { ErrorNotice } from '../components/Notice';


/** Shown instead of the app when its database cannot be used. Nothing is deleted here. */
export function RecoveryScreen({ recovery, onRestored }: { readonly recovery: RecoveryState; readonly onRestored: () => void }) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);
  const backup = recovery.newestGoodBackup;

  const restore = async () => {
    setBusy(true);
    setFailure(null);
    const result = await api.restoreNewestBackup({});
    setBusy(false);
    if (result.ok) setRestored(result.value);
    else setFailure(result.error);
  };

  if (restored) {
    return (
      <section aria-labelledby="recovery-heading">
        <h1 id="recovery-heading" tabIndex={-1}>
          Backup restored
        </h1>
        <p role="status">
          Quorate is using the backup taken {formatInstant(restored.takenAt)}. Anything entered after that time is not in it.
        </p>
        {restored.setAsideAs && (
          <p>
            The file that could not be used was kept, not deleted, as <code>{restored.setAsideAs}</code>.
          </p>
        )}
        <button type="button" onClick={onRestored}>
          Continue to Quorate
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="recovery-heading">
      <h1 id="recovery-heading" tabIndex={-1}>
        Quorate cannot open its database
      </h1>
      <div className="notice notice-error" role="alert">
        {recovery.problem}
      </div>
      {backup ? (
        <>
          <p>
            The newest good backup was taken <strong>{formatInstant(backup.takenAt)}</strong> ({backup.fileName}). Restoring it
            puts it in place of the current file, which is kept beside it under a new name; nothing is deleted.
          </p>
          {failure && <ErrorNotice error={failure} />}
          <button type="button" onClick={() => void restore()} disabled={busy}>
            {busy ? 'Restoring…' : 'Restore the newest good backup'}
          </button>
        </>
      ) : (
        <p>
          There is no usable backup. Keep a copy of the database file and ask for help before trying anything else; the file has
          not been changed.
        </p>
      )}
    </section>
  );
}
