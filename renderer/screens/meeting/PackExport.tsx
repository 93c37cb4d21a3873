import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { DEFAULT_ATTACH_LIMIT_MB, type ExportProgress, type PackEmailDraft } from '../../../shared/api/exportCalls';
import type { PackVariant } from '../../../shared/model/pack';
import type { MeetingPlan } from '../../../shared/model/preparation';
import { api } from '../../api/client';
import { Field, describedBy } from '../../components/Field';
import { ErrorNotice, StatusNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { describeBytes, saveFile } from '../../files';
import { useChange } from '../../hooks';

// The meeting pack: one PDF (confidential, or public with Part II items withheld), and the
// email that sends it. A pack with papers takes seconds; the progress of the export under
// way is read every few hundred milliseconds while it runs.

function useExportProgress(active: boolean): ExportProgress | null {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  useEffect(() => {
    if (!active) return setProgress(null);
    const timer = setInterval(() => void api.getExportProgress({}).then((r) => r.ok && setProgress(r.value)), 300);
    return () => clearInterval(timer);
  }, [active]);
  return progress;
}

interface EmailForm {
  message: string;
  attachLimitMb: number;
  packLocation: string;
}

export function PackExport({ plan }: { readonly plan: MeetingPlan }) {
  const meetingId = plan.meeting.id;
  const [variant, setVariant] = useState<PackVariant>('confidential');
  const exporting = useChange();
  const [done, setDone] = useState<string | null>(null);
  const [draft, setDraft] = useState<PackEmailDraft | null>(null);
  const progress = useExportProgress(exporting.busy);
  const hasPrivate = plan.items.some((i) => i.confidential);
  const form = useForm<EmailForm>({ defaultValues: { message: '', attachLimitMb: DEFAULT_ATTACH_LIMIT_MB, packLocation: '' } });

  const exportPack = async () => {
    setDone(null);
    const pack = await exporting.run(() => api.exportPack({ meetingId, variant }));
    if (!pack) return;
    saveFile(pack);
    setDone(`Saved “${pack.fileName}”: ${pack.pageCount} pages, ${describeBytes(pack.content.byteLength)}.`);
  };

  const prepareEmail = async () => {
    setDone(null);
    const made = await exporting.run(() => api.getPackEmailDraft({ meetingId, variant }));
    if (!made) return;
    setDraft(made);
    form.reset({ ...form.getValues(), message: made.message });
  };

  const makeEmail = form.handleSubmit(async (values) => {
    setDone(null);
    const email = await exporting.run(() => api.exportPackEmail({ meetingId, variant, message: values.message, attachLimitMb: Number(values.attachLimitMb), packLocation: values.packLocation }));
    if (!email) return;
    saveFile(email);
    setDone(
      `Saved “${email.fileName}” for ${email.recipients.length} invitees: ${email.packAttached ? `the pack (${describeBytes(email.packBytes)}) is attached` : `the pack (${describeBytes(email.packBytes)}) is too large to attach, so the message says where it is`}. Open it in your email program to send it.`,
    );
  });

  const messageError = form.formState.errors.message?.message;
  return (
    <section className="panel" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Meeting pack</h2>
      <p>
        One PDF: cover, contents, agenda, attendance and minutes of the last meeting, action and impact log, decisions, risk register, dashboard, then each
        paper after a cover sheet. Page numbers, the footer and bookmarks count the papers’ pages.
      </p>
      <fieldset className="choice">
        <legend>Version</legend>
        <label>
          <input type="radio" name="pack-variant" value="confidential" checked={variant === 'confidential'} onChange={() => setVariant('confidential')} /> For members
          (confidential{hasPrivate ? ', with Part II items' : ''})
        </label>
        <label>
          <input type="radio" name="pack-variant" value="public" checked={variant === 'public'} onChange={() => setVariant('public')} /> For publication (Part II
          items withheld, with the reason)
        </label>
      </fieldset>
      <div className="actions-row">
        <button type="button" disabled={exporting.busy} onClick={() => void exportPack()}>
          Export the pack (PDF)
        </button>
        <button type="button" className="secondary" disabled={exporting.busy} onClick={() => void prepareEmail()}>
          Email the pack…
        </button>
      </div>
      <div aria-live="polite">
        {exporting.busy && (
          <p className="export-progress">
            <label htmlFor="pack-progress">{progress ? `${progress.what}: ${progress.step}` : 'Starting…'}</label>{' '}
            <progress id="pack-progress" max={progress?.total ?? 1} value={progress?.done ?? 0} />
          </p>
        )}
        {done && <StatusNotice message={done} />}
      </div>
      {exporting.error && <ErrorNotice error={exporting.error} />}
      {draft && (
        <form className="pack-email" onSubmit={(event) => void makeEmail(event)} noValidate>
          <h3>Email with the {variant === 'public' ? 'public ' : ''}pack</h3>
          <p>
            To: {draft.recipients.join(', ')}
            {draft.skipped.length > 0 && <> (not addressed: {draft.skipped.map((s) => `${s.name}, ${s.reason}`).join('; ')})</>}
          </p>
          <Field id="pack-message" label="Covering message" error={messageError}>
            <textarea
              id="pack-message"
              rows={12}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={describedBy('pack-message', false, messageError)}
              {...form.register('message', { validate: (v) => v.trim() !== '' || 'Write a covering message' })}
            />
          </Field>
          <TextField form={form} name="attachLimitMb" id="pack-limit" type="number" label="Attach the pack if it is at most (MB)" inputProps={{ min: 1, max: 150, step: 1 }} />
          <TextField form={form} name="packLocation" id="pack-location" label="Otherwise, where the pack is kept" hint="A shared folder or link the email points to when the pack is too large to attach." />
          <button type="submit" disabled={exporting.busy}>
            Make the email (.eml)
          </button>
        </form>
      )}
    </section>
  );
}
