import type { ApiError } from '../../shared/api/result';

/** A failed call, said plainly. */
export function ErrorNotice({ error }: { readonly error: ApiError }) {
  return (
    <div className="notice notice-error" role="alert">
      {error.message}
    </div>
  );
}

/** A polite live region: announces "Meeting scheduled" and the like without moving focus. */
export function StatusNotice({ message }: { readonly message: string }) {
  return (
    <div className="notice notice-ok" role="status" aria-live="polite">
      {message}
    </div>
  );
}
