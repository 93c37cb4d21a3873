import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AgendaItemFields } from '../../../shared/api/preparationCalls';
import { ITEM_PURPOSE_LABELS, ITEM_PURPOSES, type AgendaItem } from '../../../shared/model/agenda';
import type { AreaOfConcern } from '../../../shared/model/board';
import type { Person } from '../../../shared/model/people';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';

// The form's own shape: selects give strings, so ids are '' or a number as text here.
const FormSchema = z
  .object({
    title: AgendaItemFields.title,
    presenter: z.string(),
    purpose: AgendaItemFields.purpose,
    minutesAllowed: z.coerce.number({ error: 'Time allowed must be a number of minutes' }).int({ error: 'Time allowed must be whole minutes' }).min(0).max(600, { error: 'At most 600 minutes' }),
    confidential: z.boolean(),
    confidentialReason: AgendaItemFields.confidentialReason,
    area: z.string(),
    paperExpected: z.boolean(),
  })
  .refine((v) => !v.confidential || v.confidentialReason.length > 0, {
    error: 'Say why the item is confidential (e.g. the exempt-information paragraph)',
    path: ['confidentialReason'],
  });
type FormInput = z.input<typeof FormSchema>;
type FormOutput = z.output<typeof FormSchema>;

export interface ItemValues {
  readonly title: string;
  readonly presenterPersonId: number | null;
  readonly purpose: AgendaItem['purpose'];
  readonly minutesAllowed: number;
  readonly confidential: boolean;
  readonly confidentialReason: string;
  readonly areaId: number | null;
  readonly paperExpected: boolean;
}

interface Props {
  readonly idPrefix: string;
  readonly initial?: AgendaItem;
  readonly people: readonly Person[];
  readonly areas: readonly AreaOfConcern[];
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (values: ItemValues) => Promise<boolean>;
  readonly onCancel?: () => void;
}

/** Add or change an agenda item. */
export function AgendaItemForm({ idPrefix, initial, people, areas, submitLabel, busy, onSubmit, onCancel }: Props) {
  const defaults: FormInput = {
    title: initial?.title ?? '',
    presenter: initial?.presenterPersonId ? String(initial.presenterPersonId) : '',
    purpose: initial?.purpose ?? 'discussion',
    minutesAllowed: initial?.minutesAllowed ?? 15,
    confidential: initial?.confidential ?? false,
    confidentialReason: initial?.confidentialReason ?? '',
    area: initial?.areaId ? String(initial.areaId) : '',
    paperExpected: initial?.paperExpected ?? true,
  };
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(FormSchema), defaultValues: defaults });
  const confidential = form.watch('confidential');
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = form.handleSubmit(async (v) => {
    const saved = await onSubmit({
      title: v.title,
      presenterPersonId: v.presenter ? Number(v.presenter) : null,
      purpose: v.purpose,
      minutesAllowed: v.minutesAllowed,
      confidential: v.confidential,
      confidentialReason: v.confidential ? v.confidentialReason : '',
      areaId: v.area ? Number(v.area) : null,
      paperExpected: v.paperExpected,
    });
    if (saved && !initial) form.reset(defaults);
  });

  return (
    <form onSubmit={submit} noValidate className="item-form">
      <TextField form={form} name="title" id={id('title')} label="Item title" />
      <div className="field-row">
        <Field id={id('presenter')} label="Presenter">
          <select id={id('presenter')} {...form.register('presenter')}>
            <option value="">No presenter</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.organisation ? ` (${p.organisation})` : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('purpose')} label="Purpose">
          <select id={id('purpose')} {...form.register('purpose')}>
            {ITEM_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {ITEM_PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <TextField form={form} name="minutesAllowed" id={id('minutes')} label="Minutes allowed" type="number" className="narrow" inputProps={{ min: 0, max: 600, step: 5 }} />
      </div>
      <div className="field-row">
        <Field id={id('area')} label="Area of concern">
          <select id={id('area')} {...form.register('area')}>
            <option value="">None</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.position}. {a.title.length > 70 ? `${a.title.slice(0, 70)}…` : a.title}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="checks">
        <label>
          <input type="checkbox" {...form.register('paperExpected')} /> A paper is expected for this item
        </label>
        <label>
          <input type="checkbox" {...form.register('confidential')} /> Confidential (Part II): not for publication
        </label>
      </div>
      {confidential && (
        <TextField form={form} name="confidentialReason" id={id('reason')} label="Why it is confidential" hint="e.g. Local Government Act 1972, Schedule 12A, paragraph 3" />
      )}
      <div className="actions-row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
