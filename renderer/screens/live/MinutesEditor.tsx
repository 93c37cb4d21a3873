import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { PlannedItem } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { Autosaver, type SaveState } from '../../minutes/autosave';
import { cleanPastedHtml } from '../../minutes/cleanPaste';

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The minutes of one item: plain text with ## headings, "- " lists and **bold**, saved
 * as it is typed. The state line says plainly whether the latest words are saved.
 */
export function MinutesEditor({ item, initial, editable }: { readonly item: PlannedItem; readonly initial: string; readonly editable: boolean }) {
  const [text, setText] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const saver = useRef<Autosaver | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const current = new Autosaver(initial, (value) => api.saveMinutes({ agendaItemId: item.id, text: value }), setState);
    saver.current = current;
    const flush = () => void current.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      void current.flush();
    };
    // A new item gets a new saver; `initial` is read once per item.
  }, [item.id]);

  const change = (value: string) => {
    setText(value);
    saver.current?.update(value);
  };

  /** Wraps the selection (or inserts) with markup, as the toolbar and shortcuts do. */
  const format = (kind: 'bold' | 'heading' | 'list') => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: start, selectionEnd: end, value } = el;
    let next: string;
    let caret: number;
    if (kind === 'bold') {
      const selected = value.slice(start, end) || 'bold text';
      next = `${value.slice(0, start)}**${selected}**${value.slice(end)}`;
      caret = start + selected.length + 4;
    } else {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const prefix = kind === 'heading' ? '## ' : '- ';
      next = `${value.slice(0, lineStart)}${prefix}${value.slice(lineStart)}`;
      caret = end + prefix.length;
    }
    change(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'b') {
      event.preventDefault();
      format('bold');
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!html) return; // plain text pastes as it is
    const cleaned = cleanPastedHtml(html);
    if (cleaned === null) return;
    event.preventDefault();
    const el = event.currentTarget;
    const next = `${el.value.slice(0, el.selectionStart)}${cleaned}${el.value.slice(el.selectionEnd)}`;
    change(next);
  };

  const id = `minutes-${item.id}`;
  return (
    <div className="minutes-editor">
      <div className="editor-head">
        <label htmlFor={id}>Minutes of item {item.number}</label>
        <span className="save-state" role="status" aria-live="polite" data-state={state.kind}>
          {state.kind === 'saved' && (state.at ? `Saved ${clock.format(new Date(state.at))}` : 'Saved')}
          {state.kind === 'unsaved' && 'Saving…'}
          {state.kind === 'saving' && 'Saving…'}
          {state.kind === 'failed' && `Not saved: ${state.message} Retrying.`}
        </span>
      </div>
      {editable && (
        <div className="toolbar" role="toolbar" aria-label="Formatting">
          <button type="button" className="secondary small" onClick={() => format('heading')}>
            Heading
          </button>
          <button type="button" className="secondary small" onClick={() => format('list')}>
            List item
          </button>
          <button type="button" className="secondary small" onClick={() => format('bold')}>
            Bold <kbd>Ctrl+B</kbd>
          </button>
        </div>
      )}
      <textarea
        id={id}
        ref={area}
        value={text}
        readOnly={!editable}
        rows={12}
        spellCheck
        aria-describedby={`${id}-hint`}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <p className="hint" id={`${id}-hint`}>
        {editable ? 'Saved as you type. “## ” starts a heading, “- ” a list item, **words** are bold. Paste from Word is cleaned up.' : 'These minutes are approved and locked.'}
      </p>
    </div>
  );
}
