import { byId } from '../../i18n/byId';
// "Mes données": export everything as one file, restore it here or elsewhere (after a preview, never
// overwriting), and erase everything. A broken file gets a clear message and changes nothing.
import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATA_KINDS,
  MAX_BACKUP_BYTES,
  backupCounts,
  backupFileName,
  canKeepBoth,
  parseBackup,
  planImport,
  previewImport,
  serializeBackup,
  type Backup,
  type BackupError,
  type DataCounts,
  type DuplicateChoice,
  type ImportPreview,
} from '../../domain/exchange/backup';
import { applyImport, countAll, eraseAll, existingIds, exportAll } from '../../db/backup';
import {
  persistenceStatus,
  requestPersistence,
  storageEstimate,
  type PersistenceResult,
  type PersistenceStatus,
  type StorageUsage,
} from '../../db/storage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FileInput } from '../../components/FileInput';
import { PageTitle } from '../../components/PageTitle';
import { formatBytes, formatDate, formatDay, formatList, formatShare } from '../../components/format';
import { downloadText } from '../../components/download';

type Status = { kind: 'ok' | 'error'; text: string } | null;
type T = TFunction;

/** « 2 bilans, 40 réponses et notes et 1 groupe »: the kinds present, each with its count. */
function describeCounts(t: T, counts: DataCounts, lng: string): string {
  const present = DATA_KINDS.filter((kind) => counts[kind] > 0);
  if (present.length === 0) return t(($) => $.data.kinds.none);
  return formatList(
    present.map((kind) => t(($) => $.data.kinds[kind], { count: counts[kind] })),
    lng,
  );
}

export function DataPage() {
  const { t, i18n } = useTranslation();
  const [exportStatus, setExportStatus] = useState<Status>(null);
  // What « Tout effacer » would erase, read from the database when the dialog opens.
  const [eraseCounts, setEraseCounts] = useState<DataCounts | null>(null);
  const [eraseStatus, setEraseStatus] = useState<Status>(null);

  const exportNow = async () => {
    try {
      const backup = await exportAll();
      downloadText(serializeBackup(backup), backupFileName(Date.now()));
      setExportStatus({
        kind: 'ok',
        text: t(($) => $.data.exported, { contents: describeCounts(t, backupCounts(backup), i18n.language) }),
      });
    } catch {
      setExportStatus({ kind: 'error', text: t(($) => $.data.exportFailed) });
    }
  };

  const askErase = async () => {
    try {
      setEraseCounts(await countAll());
    } catch {
      setEraseStatus({ kind: 'error', text: t(($) => $.data.eraseFailed) });
    }
  };

  return (
    <div className="data">
      <PageTitle>{t(($) => $.data.title)}</PageTitle>
      <p className="intro">{t(($) => $.data.intro)}</p>

      <section aria-labelledby="export-h" className="card" id="export">
        <h2 id="export-h">{t(($) => $.data.exportTitle)}</h2>
        <p>{t(($) => $.data.exportIntro)}</p>
        <button type="button" className="button" onClick={() => void exportNow()}>
          {t(($) => $.data.export)}
        </button>
        <StatusLine status={exportStatus} />
      </section>

      <ImportSection />

      <section aria-labelledby="erase-h" className="card">
        <h2 id="erase-h">{t(($) => $.data.eraseTitle)}</h2>
        <p>{t(($) => $.data.eraseIntro)}</p>
        <button type="button" className="button danger" onClick={() => void askErase()}>
          {t(($) => $.data.erase)}
        </button>
        <StatusLine status={eraseStatus} />
        <ConfirmDialog
          open={eraseCounts !== null}
          title={t(($) => $.data.eraseConfirmTitle)}
          body={
            eraseCounts
              ? t(($) => $.data.eraseConfirmBody, { contents: describeCounts(t, eraseCounts, i18n.language) })
              : ''
          }
          confirmLabel={t(($) => $.data.eraseConfirm)}
          onConfirm={() =>
            void eraseAll().then(
              () => {
                setEraseCounts(null);
                setEraseStatus({ kind: 'ok', text: t(($) => $.data.erased) });
              },
              () => setEraseStatus({ kind: 'error', text: t(($) => $.data.eraseFailed) }),
            )
          }
          onCancel={() => setEraseCounts(null)}
        />
      </section>

      {/* Last: what it learns from the browser comes a moment after the page shows, and would push
          the sections below it down if it came first. */}
      <StorageSection />
    </div>
  );
}

const STATUS_KEYS = {
  persistent: 'persistent',
  'not-persistent': 'notPersistent',
  unsupported: 'unsupported',
} as const satisfies Record<PersistenceStatus, string>;

/**
 * Whether the browser may evict the data to free space, how much room is used, and the way to ask
 * for durable storage. Where it is refused or impossible, exporting is the only protection left.
 */
function StorageSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  const [answer, setAnswer] = useState<PersistenceResult | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void Promise.all([persistenceStatus(), storageEstimate()]).then(([s, u]) => {
      if (!current) return;
      setStatus(s);
      setUsage(u);
    });
    return () => {
      current = false;
    };
  }, []);

  const ask = async () => {
    setBusy(true);
    const result = await requestPersistence();
    setAnswer(result);
    setStatus(result === 'granted' ? 'persistent' : result === 'denied' ? 'not-persistent' : 'unsupported');
    // Browsers often raise the quota of a site whose storage became durable.
    setUsage(await storageEstimate());
    setBusy(false);
  };

  const unprotected = answer === 'denied' || status === 'unsupported';

  return (
    <section aria-labelledby="storage-h" className="card">
      <h2 id="storage-h">{t(($) => $.durability.storage.title)}</h2>
      <p role="status">
        {status === null
          ? t(($) => $.durability.storage.checking)
          : answer === 'denied'
            ? `${t(($) => $.durability.storage.denied)} ${t(($) => $.durability.storage[STATUS_KEYS[status]])}`
            : answer === 'granted'
              ? t(($) => $.durability.storage.granted)
              : t(($) => $.durability.storage[STATUS_KEYS[status]])}
      </p>
      {usage && (
        <p>
          {t(($) => $.durability.storage.usage, {
            usage: formatBytes(usage.usage, i18n.language),
            quota: formatBytes(usage.quota, i18n.language),
            percent: formatShare(usage.usage, usage.quota, i18n.language),
          })}
        </p>
      )}
      {status === 'not-persistent' && (
        <button type="button" className="button" disabled={busy} onClick={() => void ask()}>
          {busy ? t(($) => $.durability.storage.requesting) : t(($) => $.durability.storage.request)}
        </button>
      )}
      {unprotected && (
        <p className="notice">
          {t(($) => $.durability.storage.advice)}{' '}
          <a href="#export">{t(($) => $.durability.storage.adviceLink)}</a>
        </p>
      )}
    </section>
  );
}

function StatusLine({ status }: { readonly status: Status }) {
  if (!status) return null;
  return status.kind === 'ok' ? (
    <p role="status" className="notice">
      {status.text}
    </p>
  ) : (
    <p role="alert" className="alert">
      {status.text}
    </p>
  );
}

/** `bilans[3].workshop`: the file's keys and indexes, its top-level lists named in the reader's language. */
function fieldName(t: T, field: readonly (string | number)[]): string {
  return field
    .map((step, i) => {
      if (typeof step === 'number') return `[${step}]`;
      const name = i === 0 ? t(($) => byId($.data.fields, step), { defaultValue: step }) : step;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function errorText(t: T, error: BackupError): string {
  const { reason } = error;
  if (error.kind === 'schema' && error.field && error.field.length > 0 && reason)
    return t(($) => $.data.error.schemaField, {
      field: fieldName(t, error.field),
      reason: t(($) => byId($.data.error.reason, reason)),
    });
  return t(($) => $.data.error[error.kind], { max: Math.round(MAX_BACKUP_BYTES / 1024 / 1024) });
}

function ImportSection() {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [pending, setPending] = useState<{ backup: Backup; preview: ImportPreview; fileName: string } | null>(
    null,
  );
  const [choices, setChoices] = useState<Record<string, DuplicateChoice>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    setChoices({});
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setStatus({ kind: 'error', text: errorText(t, { kind: 'too-large' }) });
      return;
    }
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setStatus({ kind: 'error', text: errorText(t, result.error) });
      return;
    }
    const ids = await existingIds();
    setStatus(null);
    setPending({ backup: result.backup, preview: previewImport(result.backup, ids), fileName: file.name });
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const plan = planImport(pending.backup, pending.preview, choices, () => crypto.randomUUID());
      // What is kept twice was given a new id: a visible suffix lets the person tell the two apart.
      const original = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
      const assessmentIds = original(pending.backup.assessments);
      const worksheetIds = original(pending.backup.worksheets);
      const groupIds = original(pending.backup.groups);
      const copyName = (name: string) => t(($) => $.data.copyName, { name });
      const renamed: Backup = {
        ...plan,
        assessments: plan.assessments.map((a) =>
          assessmentIds.has(a.id) ? a : { ...a, name: copyName(a.name) },
        ),
        worksheets: plan.worksheets.map((w) =>
          worksheetIds.has(w.id) ? w : { ...w, title: copyName(w.title) },
        ),
        groups: plan.groups.map((g) => (groupIds.has(g.id) ? g : { ...g, name: copyName(g.name) })),
      };
      await applyImport(renamed);
      setStatus({
        kind: 'ok',
        text: t(($) => $.data.imported, {
          contents: describeCounts(t, backupCounts(renamed), i18n.language),
        }),
      });
      setPending(null);
    } catch {
      setStatus({ kind: 'error', text: t(($) => $.data.importFailed) });
    } finally {
      setBusy(false);
    }
  };

  // The duplicates the person chooses for; a workshop, or its group, already here is kept as it is.
  const duplicates = pending
    ? [
        ...pending.preview.assessments.filter((a) => a.duplicate).map((a) => ({ id: a.id, label: a.name })),
        ...pending.preview.worksheets.filter((w) => w.duplicate).map((w) => ({ id: w.id, label: w.title })),
        ...pending.preview.groups
          .filter((g) => g.duplicate && canKeepBoth(g))
          .map((g) => ({ id: g.id, label: g.name })),
      ]
    : [];
  const duplicateMark = (row: { duplicate: boolean }, choosable: boolean) =>
    row.duplicate && (
      <strong> — {choosable ? t(($) => $.data.alreadyHere) : t(($) => $.data.alreadyHereKept)}</strong>
    );

  return (
    <section aria-labelledby="import-h" className="card">
      <h2 id="import-h">{t(($) => $.data.importTitle)}</h2>
      <p>{t(($) => $.data.importIntro)}</p>
      <div className="field">
        <label htmlFor={inputId}>{t(($) => $.data.chooseFile)}</label>
        <FileInput id={inputId} accept=".json,application/json" onChoose={(input) => void choose(input)} />
      </div>
      <StatusLine status={status} />
      {pending && (
        <div className="import-preview" aria-labelledby="preview-h" role="region">
          <h3 id="preview-h">{t(($) => $.data.previewTitle, { file: pending.fileName })}</h3>
          <p>
            {t(($) => $.data.previewCounts, {
              contents: describeCounts(t, backupCounts(pending.backup), i18n.language),
            })}
          </p>
          {pending.preview.assessments.length > 0 && (
            <ul>
              {pending.preview.assessments.map((a) => (
                <li key={a.id}>
                  {t(($) => $.data.previewBilan, {
                    name: a.name,
                    date: formatDate(a.createdAt, i18n.language),
                    count: a.answers,
                  })}
                  {duplicateMark(a, true)}
                </li>
              ))}
            </ul>
          )}
          {pending.preview.worksheets.length > 0 && (
            <ul>
              {pending.preview.worksheets.map((w) => (
                <li key={w.id}>
                  {t(($) => $.data.previewWorksheet, { title: w.title })}
                  {duplicateMark(w, true)}
                </li>
              ))}
            </ul>
          )}
          {pending.preview.groups.length > 0 && (
            <ul>
              {pending.preview.groups.map((g) => (
                <li key={g.id}>
                  {t(($) => (canKeepBoth(g) ? $.data.previewGroup : $.data.previewWorkshopGroup), {
                    name: g.name,
                    count: g.profiles,
                  })}
                  {duplicateMark(g, canKeepBoth(g))}
                </li>
              ))}
            </ul>
          )}
          {pending.preview.workshops.length > 0 && (
            <ul>
              {pending.preview.workshops.map((w) => (
                <li key={w.id}>
                  {t(($) => $.data.previewWorkshop, {
                    title: w.title,
                    date: formatDay(w.date, i18n.language),
                  })}
                  {duplicateMark(w, false)}
                </li>
              ))}
            </ul>
          )}
          {pending.preview.reperes.length > 0 && (
            <ul>
              {pending.preview.reperes.map((r) => (
                <li key={r.id}>
                  {t(($) => $.data.previewReperes, { date: formatDate(r.updatedAt, i18n.language) })}
                  {r.duplicate && <strong> — {t(($) => $.data.reperesKept)}</strong>}
                </li>
              ))}
            </ul>
          )}
          {duplicates.map((d) => (
            <fieldset key={d.id} className="scale">
              <legend>{t(($) => $.data.duplicateQuestion, { name: d.label })}</legend>
              <div className="scale-options">
                {(['skip', 'keep-both'] as const).map((choice) => (
                  <div className="scale-option" key={choice}>
                    <input
                      type="radio"
                      id={`${d.id}-${choice}`}
                      name={`dup-${d.id}`}
                      checked={(choices[d.id] ?? 'skip') === choice}
                      onChange={() => setChoices((c) => ({ ...c, [d.id]: choice }))}
                    />
                    <label htmlFor={`${d.id}-${choice}`}>{t(($) => $.data.choice[choice])}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
          <p>{t(($) => $.data.neverOverwrite)}</p>
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void confirm()}>
              {t(($) => $.data.importConfirm)}
            </button>
            <button type="button" className="button secondary" onClick={() => setPending(null)}>
              {t(($) => $.dialog.cancel)}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
