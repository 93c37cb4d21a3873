import { useState } from 'react';
import { formatShortDate } from '../../../shared/dates';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '../../../shared/model/action';
import type { ActionLogRow } from '../../../shared/api/trackingCalls';
import type { Rag } from '../../../shared/rules/rag';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { saveFile } from '../../files';
import { hrefFor, useChange, useLoad } from '../../hooks';

export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Complete' };

interface Filters {
  status: '' | 'live' | ActionStatus;
  areaId: string;
  ownerPersonId: string;
  organisation: string;
  dueFrom: string;
  dueTo: string;
  overdueOnly: boolean;
  rag: '' | Rag;
}

const NONE: Filters = { status: 'live', areaId: '', ownerPersonId: '', organisation: '', dueFrom: '', dueTo: '', overdueOnly: false, rag: '' };

/** The action and impact log across all meetings, with filters, RAG and reasons, and each action's history. */
export function ActionLogScreen({ boardId }: { readonly boardId: number }) {
  const [filters, setFilters] = useState<Filters>(NONE);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<'due' | 'reference' | 'rag' | 'owner'>('due');
  const exporting = useChange();
  const [open, setOpen] = useState<number | null>(null);
  const input = {
    boardId,
    ...(filters.status === 'live' ? { statuses: ['open' as const, 'in_progress' as const] } : filters.status ? { statuses: [filters.status] } : {}),
    ...(filters.areaId ? { areaId: Number(filters.areaId) } : {}),
    ...(filters.ownerPersonId ? { ownerPersonId: Number(filters.ownerPersonId) } : {}),
    ...(filters.organisation ? { organisation: filters.organisation } : {}),
    ...(filters.dueFrom ? { dueFrom: filters.dueFrom } : {}),
    ...(filters.dueTo ? { dueTo: filters.dueTo } : {}),
    ...(filters.overdueOnly ? { overdueOnly: true } : {}),
    ...(filters.rag ? { rag: filters.rag } : {}),
  };
  const [log, reload] = useLoad(() => api.getActionLog(input), JSON.stringify(input));
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const data = log.state === 'ready' ? log.value : null;
  const RAG_ORDER = { red: 0, amber: 1, green: 2, blue: 3 } as const;
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = (data?.rows ?? [])
    .filter((r) => words.every((w) => `${r.reference} ${r.title} ${r.ownerName} ${r.ownerOrganisation} ${r.impactNote}`.toLowerCase().includes(w)))
    .sort((a, b) =>
      sort === 'reference' ? a.number - b.number : sort === 'rag' ? RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || a.dueDate.localeCompare(b.dueDate) : sort === 'owner' ? a.ownerName.localeCompare(b.ownerName) : a.dueDate.localeCompare(b.dueDate) || a.number - b.number,
    );

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Boards</a> <span aria-hidden="true">›</span> <a href={hrefFor({ screen: 'board', boardId })}>{data?.boardName ?? 'Board'}</a> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Action log</span>
      </nav>
      <h1 tabIndex={-1}>Action and impact log</h1>
      <div className="actions-row">
        <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => void exporting.run(() => api.exportActionLog({ boardId, format: 'xlsx' })).then((f) => f && saveFile(f))}>
          Export the log (.xlsx)
        </button>
        <button type="button" className="secondary small" disabled={exporting.busy} onClick={() => void exporting.run(() => api.exportActionLog({ boardId, format: 'csv' })).then((f) => f && saveFile(f))}>
          Export the log (.csv)
        </button>
      </div>
      {exporting.error && <ErrorNotice error={exporting.error} />}
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter the action log">
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-status">Status</label>
            <select id="f-status" value={filters.status} onChange={(e) => set({ status: e.target.value as Filters['status'] })}>
              <option value="live">Open or in progress</option>
              <option value="">All</option>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ACTION_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-rag">RAG</label>
            <select id="f-rag" value={filters.rag} onChange={(e) => set({ rag: e.target.value as Filters['rag'] })}>
              <option value="">Any</option>
              {(['red', 'amber', 'green', 'blue'] as const).map((r) => (
                <option key={r} value={r}>
                  {RAG_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-owner">Owner</label>
            <select id="f-owner" value={filters.ownerPersonId} onChange={(e) => set({ ownerPersonId: e.target.value })}>
              <option value="">Anyone</option>
              {data?.owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-org">Organisation</label>
            <select id="f-org" value={filters.organisation} onChange={(e) => set({ organisation: e.target.value })}>
              <option value="">Any</option>
              {data?.organisations.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-area">Area of concern</label>
            <select id="f-area" value={filters.areaId} onChange={(e) => set({ areaId: e.target.value })}>
              <option value="">Any</option>
              {data?.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.position}. {a.title.length > 60 ? `${a.title.slice(0, 60)}…` : a.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-from">Due from</label>
            <input id="f-from" type="date" value={filters.dueFrom} onChange={(e) => set({ dueFrom: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="f-to">Due by</label>
            <input id="f-to" type="date" value={filters.dueTo} onChange={(e) => set({ dueTo: e.target.value })} />
          </div>
          <div className="checks">
            <label>
              <input type="checkbox" checked={filters.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} /> Overdue only
            </label>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-search">Search</label>
            <input id="f-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words in the action, owner or impact" />
          </div>
          <div className="field">
            <label htmlFor="f-sort">Sort by</label>
            <select id="f-sort" value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}>
              <option value="due">Due date</option>
              <option value="rag">RAG (red first)</option>
              <option value="reference">Reference</option>
              <option value="owner">Owner</option>
            </select>
          </div>
        </div>
        <button type="button" className="secondary small" onClick={() => (setFilters(NONE), setSearch(''))}>
          Clear filters
        </button>
      </form>
      {log.state === 'failed' && <ErrorNotice error={log.error} />}
      {data && (
        <>
          <p role="status" aria-live="polite">
            {rows.length} action{rows.length === 1 ? '' : 's'}. Red: overdue, due date moved twice, or no progress at the last two meetings. Amber: due within 14 days with no update since the last
            meeting.
          </p>
          {rows.length > 0 && (
            <table className="meetings action-log">
              <caption className="visually-hidden">Actions, soonest due first</caption>
              <thead>
                <tr>
                  <th scope="col">RAG</th>
                  <th scope="col">Ref</th>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Row key={row.id} row={row} open={open === row.id} onToggle={() => setOpen(open === row.id ? null : row.id)} onChanged={reload} />
                ))}
              </tbody>
            </table>
          )}
          <div className="two-columns">
            <section aria-labelledby="slow-heading">
              <h2 id="slow-heading">Slow to progress</h2>
              {data.slowToProgress.length === 0 ? (
                <p className="empty">No area has red actions.</p>
              ) : (
                <ul>
                  {data.slowToProgress.map((a) => (
                    <li key={a.areaId}>
                      {a.title}: {a.red} of {a.live} open actions red
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="owners-heading">
              <h2 id="owners-heading">Owners whose actions are slipping</h2>
              {data.ownersSlipping.length === 0 ? (
                <p className="empty">Nobody’s actions are red.</p>
              ) : (
                <ul>
                  {data.ownersSlipping.map((o) => (
                    <li key={`${o.name}-${o.organisation}`}>
                      {o.name}
                      {o.organisation ? ` (${o.organisation})` : ''}: {o.red} of {o.live} open actions red
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="contrib-heading">
              <h2 id="contrib-heading">Contributions to strengthen</h2>
              {data.contributionsToStrengthen.length === 0 ? (
                <p className="empty">No organisation’s actions are late.</p>
              ) : (
                <ul>
                  {data.contributionsToStrengthen.map((o) => (
                    <li key={o.organisation}>
                      {o.organisation}: {o.late} of {o.total} actions late ({Math.round((o.late / o.total) * 100)}%)
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </>
  );
}

function Row({ row, open, onToggle, onChanged }: { readonly row: ActionLogRow; readonly open: boolean; readonly onToggle: () => void; readonly onChanged: () => void }) {
  return (
    <>
      <tr>
        <td>
          <span className={`rag rag-${row.rag}`}>{RAG_LABELS[row.rag]}</span>
          {row.rag !== 'blue' && <div className="meta">{row.ragReasons.join('; ')}</div>}
        </td>
        <td>{row.reference}</td>
        <td>
          {row.title}
          {row.areaTitle && <div className="meta">{row.areaTitle.length > 80 ? `${row.areaTitle.slice(0, 80)}…` : row.areaTitle}</div>}
          {row.impactNote && <div className="impact">Impact: {row.impactNote}</div>}
          {row.evidenceLinks.length > 0 && (
            <div className="meta">
              Evidence:{' '}
              {row.evidenceLinks.map((link, i) => (
                <span key={link}>
                  {i > 0 && ', '}
                  <a href={link} target="_blank" rel="noreferrer noopener">
                    {new URL(link).hostname}
                  </a>
                </span>
              ))}
            </div>
          )}
          <button type="button" className="link" aria-expanded={open} onClick={onToggle} aria-label={`${open ? 'Hide history' : 'History'} of ${row.reference}`}>
            {open ? 'Hide history' : 'History'}
          </button>
        </td>
        <td>
          {row.ownerName}
          <div className="meta">{row.ownerOrganisation}</div>
        </td>
        <td className="nowrap">{formatShortDate(row.dueDate)}</td>
        <td>{ACTION_STATUS_LABELS[row.status]}</td>
      </tr>
      {open && (
        <tr className="history">
          <td colSpan={6}>
            <ul className="plain">
              {row.updates.map((u) => (
                <li key={`u${u.id}`}>
                  {formatShortDate(u.updateDate)}: {ACTION_STATUS_LABELS[u.status]}
                  {u.note ? ` — ${u.note}` : ''} <span className="meta">({u.recordedBy})</span>
                </li>
              ))}
              {row.dueDateChanges.map((c) => (
                <li key={`c${c.id}`}>
                  Due date moved from {formatShortDate(c.fromDate)} to {formatShortDate(c.toDate)}: {c.reason} <span className="meta">({c.changedBy})</span>
                </li>
              ))}
              {row.updates.length + row.dueDateChanges.length === 0 && <li>No updates yet.</li>}
            </ul>
            <ImpactForm row={row} onSaved={onChanged} />
          </td>
        </tr>
      )}
    </>
  );
}

/** "Impact for children, young people and families", with links to the evidence. */
function ImpactForm({ row, onSaved }: { readonly row: ActionLogRow; readonly onSaved: () => void }) {
  const change = useChange();
  const [note, setNote] = useState(row.impactNote);
  const [links, setLinks] = useState(row.evidenceLinks.join('\n'));
  return (
    <form
      className="impact-form"
      onSubmit={(event) => {
        event.preventDefault();
        const evidenceLinks = links.split('\n').map((l) => l.trim()).filter(Boolean);
        void change.run(() => api.setActionImpact({ actionId: row.id, impactNote: note, evidenceLinks })).then((saved) => saved && onSaved());
      }}
    >
      <div className="field">
        <label htmlFor={`impact-${row.id}`}>Impact for children, young people and families</label>
        <textarea id={`impact-${row.id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`evidence-${row.id}`}>Evidence links (https://…, one per line)</label>
        <textarea id={`evidence-${row.id}`} rows={2} value={links} onChange={(e) => setLinks(e.target.value)} />
      </div>
      {change.error && <ErrorNotice error={change.error} />}
      <button type="submit" className="small" disabled={change.busy}>
        Save impact
      </button>
    </form>
  );
}
