// Adds the person's own profile (a snapshot of one of their bilans) to a group, on this device only. The
// pseudonym last used here is offered again; what was added is said where the person is looking.

const ALIAS_KEY = 'qde.ownAlias';

function rememberedAlias(): string {
  try {
    return localStorage.getItem(ALIAS_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberAlias(alias: string): void {
  try {
    localStorage.setItem(ALIAS_KEY, alias);
  } catch {
    // Private browsing without storage: the pseudonym is typed again next time.
  }
}
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_VERSION } from '../../domain/content/version';
import { buildSnapshot, newSnapshotId } from '../../domain/exchange/snapshot';
import { cleanName } from '../../domain/text';
import { addReceivedProfile } from '../../db/groups';
import { readBilanAnswers } from '../../db/snapshots';
import { useAssessmentSummaries } from '../../db/hooks';

export function AddOwnProfile({ groupId }: { readonly groupId: string }) {
  const { t } = useTranslation();
  const assessments = useAssessmentSummaries();
  const id = useId();
  const [bilan, setBilan] = useState('');
  const [alias, setAlias] = useState(rememberedAlias);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  if (!assessments || assessments.length === 0) return null;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = assessments.find((a) => a.id === bilan);
    if (!chosen) return;
    const answers = await readBilanAnswers(chosen.id);
    const snapshot = buildSnapshot({
      ...answers,
      // An alias with nothing visible in it (only spaces or invisible characters) is replaced.
      alias: cleanName(alias) || t(($) => $.group.me),
      includeNotes: false,
      now: Date.now(),
      contentVersion: CONTENT_VERSION,
      randomId: newSnapshotId,
    });
    const result = await addReceivedProfile(groupId, snapshot, { own: true });
    if (cleanName(alias)) rememberAlias(cleanName(alias));
    setStatus(
      result === 'added'
        ? t(($) => $.room.ownAdded, { alias: snapshot.alias, bilan: chosen.name })
        : t(($) => $.share.duplicate, { alias: snapshot.alias }),
    );
    setBilan('');
  };

  return (
    <details className="card no-print">
      <summary>{t(($) => $.group.addOwn)}</summary>
      <form onSubmit={(e) => void add(e)}>
        <div className="field">
          <label htmlFor={`${id}-bilan`}>{t(($) => $.group.ownBilan)}</label>
          <select id={`${id}-bilan`} value={bilan} onChange={(e) => setBilan(e.target.value)} required>
            <option value="">{t(($) => $.plan.choose)}</option>
            {assessments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-alias`}>{t(($) => $.share.alias)}</label>
          <input
            id={`${id}-alias`}
            type="text"
            maxLength={40}
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary">
          {t(($) => $.group.addOwnButton)}
        </button>
        <p role="status" ref={statusRef} className={status ? 'notice' : undefined}>
          {status}
        </p>
      </form>
    </details>
  );
}
