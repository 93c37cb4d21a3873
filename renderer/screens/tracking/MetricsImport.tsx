import { useRef, useState } from 'react';
import type { MetricsImportPreview } from '../../../shared/api/trackingCalls';
import { api } from '../../api/client';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { readFile } from '../../files';
import { useChange } from '../../hooks';

/**
 * Import a month's figures from a CSV or .xlsx laid out like the committee report. The
 * file is read first and every cell that cannot be read is listed; nothing is saved
 * until the secretary chooses to import what could be read.
 */
export function MetricsImport({ boardId, onImported }: { readonly boardId: number; readonly onImported: () => void }) {
  const change = useChange();
  const picker = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; content: Uint8Array<ArrayBuffer> } | null>(null);
  const [preview, setPreview] = useState<MetricsImportPreview | null>(null);
  const [done, setDone] = useState('');

  const choose = async (chosen: File) => {
    setDone('');
    const content = await readFile(chosen);
    setFile({ name: chosen.name, content });
    setPreview((await change.run(() => api.previewMetricsImport({ boardId, fileName: chosen.name, content }))) ?? null);
  };
  const importNow = async () => {
    if (!file) return;
    const result = await change.run(() => api.importMetrics({ boardId, fileName: file.name, content: file.content }));
    if (!result) return;
    setDone(`Imported ${result.readableCells} values from ${file.name}.`);
    setPreview(null);
    setFile(null);
    onImported();
  };

  return (
    <details className="panel import">
      <summary>Import figures from a CSV or Excel file</summary>
      <p className="hint">
        Laid out like the committee report: metric names in the first column, then one column per month headed MM/YY. A month printed twice holds the interim target first, then the actual.
      </p>
      <input
        ref={picker}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        aria-label="Choose a CSV or Excel file of figures"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) void choose(chosen);
          event.target.value = '';
        }}
      />
      <button type="button" className="secondary" onClick={() => picker.current?.click()} disabled={change.busy}>
        Choose a file…
      </button>
      {change.error && <ErrorNotice error={change.error} />}
      {done && <StatusNotice message={done} />}
      {preview && (
        <section aria-labelledby="import-preview-heading" className="import-preview">
          <h2 id="import-preview-heading">What “{preview.fileName}” holds</h2>
          {preview.notes.map((note) => (
            <p key={note} className="notice notice-error">
              {note}
            </p>
          ))}
          <p>
            {preview.readableCells} value{preview.readableCells === 1 ? '' : 's'} can be imported for {preview.rows.filter((r) => r.metricId !== null).length} metrics
            {preview.columns.length > 0 && `, months ${preview.columns[0]!.header} to ${preview.columns.at(-1)!.header}`}. {preview.blankCells} blank cells will be left as they are.
          </p>
          {preview.problems.length > 0 && (
            <table className="compact">
              <caption>{preview.problems.length} cells or rows could not be read, and will not be imported</caption>
              <thead>
                <tr>
                  <th scope="col">Cell</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((p, i) => (
                  <tr key={`${p.cell}-${i}`}>
                    <td>{p.cell || '—'}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions-row">
            <button type="button" onClick={() => void importNow()} disabled={change.busy || preview.readableCells === 0}>
              Import {preview.readableCells} values
            </button>
            <button type="button" className="secondary" onClick={() => (setPreview(null), setFile(null))}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </details>
  );
}
