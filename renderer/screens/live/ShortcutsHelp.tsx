import { useEffect, useRef } from 'react';

export const SHORTCUTS: readonly [string, string][] = [
  ['Alt+N', 'Next agenda item'],
  ['Alt+P', 'Previous agenda item'],
  ['Alt+M', 'Go to the minutes of this item'],
  ['Alt+D', 'Record a decision'],
  ['Alt+A', 'Agree an action'],
  ['Alt+T', 'Start or pause the item timer'],
  ['Alt+Z', 'Undo the last change (attendance, decision, action, update)'],
  ['Ctrl+Z', 'Undo typing in the minutes'],
  ['Ctrl+B', 'Bold in the minutes'],
  ['Alt+H or ?', 'Show these shortcuts'],
];

/** The keyboard shortcuts, in a modal dialog (Escape closes it). */
export function ShortcutsHelp({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-heading" onClose={onClose} className="shortcuts">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table className="compact">
        <caption className="visually-hidden">Keyboard shortcuts in the meeting</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, does]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
