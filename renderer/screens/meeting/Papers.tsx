import { useRef, useState, type DragEvent } from 'react';
import type { Paper } from '../../../shared/model/agenda';
import type { MeetingPlan, PlannedItem } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { describeBytes, readFile, saveFile } from '../../files';
import { useChange } from '../../hooks';
import { PdfPreview } from './PdfPreview';


const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The papers of one agenda item: attach (picker or drop), replace, preview, open. */
export function ItemPapers({ item, onPlan }: { readonly item: PlannedItem; readonly onPlan: (plan: MeetingPlan) => void }) {
  const change = useChange();
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  const picker = useRef<HTMLInputElement>(null);

  const attach = async (files: FileList | readonly File[]) => {
    for (const file of Array.from(files)) {
      setStatus(`Checking and attaching “${file.name}” (${describeBytes(file.size)})…`);
      const content = await readFile(file);
      const plan = await change.run(() => api.attachPaper({ agendaItemId: item.id, title: '', author: '', fileName: file.name, content }));
      if (!plan) {
        setStatus('');
        return;
      }
      onPlan(plan);
      setStatus(`Attached “${file.name}”.`);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) void attach(event.dataTransfer.files);
  };

  return (
    <div
      className={dragging ? 'papers drop-active' : 'papers'}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {item.papers.length > 0 && (
        <ul className="paper-list" aria-label={`Papers for item ${item.number}`}>
          {item.papers.map((paper) => (
            <PaperRow key={paper.id} paper={paper} onPlan={onPlan} />
          ))}
        </ul>
      )}
      <div className="paper-actions">
        <input
          ref={picker}
          id={`attach-${item.id}`}
          type="file"
          accept={ACCEPT}
          multiple
          className="visually-hidden"
          aria-label={`Attach a paper to item ${item.number}, ${item.title}`}
          onChange={(event) => {
            if (event.target.files) void attach(event.target.files);
            event.target.value = '';
          }}
        />
        <button type="button" className="secondary small" onClick={() => picker.current?.click()} disabled={change.busy}>
          Attach paper…
        </button>
        <span className="hint">or drop a PDF or Word file here</span>
      </div>
      {status && (
        <p className="hint" role="status">
          {status}
        </p>
      )}
      {change.error && <ErrorNotice error={change.error} />}
    </div>
  );
}

function PaperRow({ paper, onPlan }: { readonly paper: Paper; readonly onPlan: (plan: MeetingPlan) => void }) {
  const change = useChange();
  const [preview, setPreview] = useState<Uint8Array | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const isPdf = paper.mediaType === 'application/pdf';

  const replace = async (file: File) => {
    const content = await readFile(file);
    const plan = await change.run(() => api.replacePaper({ paperId: paper.id, fileName: file.name, content }));
    if (plan) onPlan(plan);
  };
  const open = async () => {
    const file = await change.run(() => api.getPaperFile({ paperId: paper.id }));
    if (file) saveFile(file);
  };
  const togglePreview = async () => {
    if (preview) return setPreview(null);
    const file = await change.run(() => api.getPaperFile({ paperId: paper.id }));
    if (file) setPreview(file.content);
  };

  return (
    <li className="paper">
      <span className="paper-title">{paper.title}</span>{' '}
      <span className="meta">
        {isPdf ? 'PDF' : 'Word'} · {paper.pageCount === null ? 'pages not known' : `${paper.pageCount} page${paper.pageCount === 1 ? '' : 's'}${isPdf ? '' : ' (as saved by Word)'}`} · {describeBytes(paper.byteSize)}
        {paper.version > 1 ? ` · version ${paper.version}` : ''}
      </span>
      <span className="paper-buttons">
        {isPdf && (
          <button type="button" className="link" onClick={() => void togglePreview()} aria-expanded={preview !== null}>
            {preview ? 'Hide preview' : 'Preview'}
          </button>
        )}
        <button type="button" className="link" onClick={() => void open()}>
          Save a copy
        </button>
        <input
          ref={picker}
          type="file"
          accept={ACCEPT}
          className="visually-hidden"
          aria-label={`Replace ${paper.title} with a new version`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void replace(file);
            event.target.value = '';
          }}
        />
        <button type="button" className="link" onClick={() => picker.current?.click()} disabled={change.busy}>
          Replace…
        </button>
      </span>
      {preview && <PdfPreview bytes={preview} label={`First page of ${paper.title}`} />}
      {change.error && <ErrorNotice error={change.error} />}
    </li>
  );
}
