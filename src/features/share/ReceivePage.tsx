// "Recevoir un profil": from a link, a pasted code, files or QR codes scanned with the camera. A profile
// is validated and previewed, and kept only in the group the person chooses. A result for one of this
// device's workshops goes straight to that workshop: the camera stays open and reads one participant
// after another (a beep, a counter), and many files can be given at once.
import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { decodeShareCode, MAX_PASTE_CHARS } from '../../domain/exchange/shareCode';
import { parseProfileFile, MAX_PROFILE_FILE_BYTES } from '../../domain/exchange/profileFile';
import { snapshotToAnswers, type ProfileSnapshot } from '../../domain/exchange/snapshot';
import { computeWholeProfile } from '../../domain/scoring/wholeProfile';
import { cleanName } from '../../domain/text';
import { addReceivedProfile, createGroup, ensureWorkshopGroup } from '../../db/groups';
import { useGroupProfiles, useGroups, useWorkshop, useWorkshops } from '../../db/hooks';
import { FileInput } from '../../components/FileInput';
import { PageTitle } from '../../components/PageTitle';
import { QrScanner } from '../../components/QrScanner';
import { formatDateTime } from '../../components/format';
import { beep } from '../../components/beep';
import { paths } from '../../components/paths';
import { competencyLabel } from '../../components/competencyLabel';

type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string; groupId: string } | null;

type Workshops = ReturnType<typeof useWorkshops>;

/** Keeps a result sent for one of this device's workshops in its group; null for any other profile. */
async function keepForWorkshop(
  snapshot: ProfileSnapshot,
  workshops: Workshops,
): Promise<{ result: 'added' | 'duplicate'; workshopId: string } | null> {
  const workshop = workshops?.find((w) => w.id === snapshot.workshopId);
  if (!workshop) return null;
  const groupId = await ensureWorkshopGroup(workshop.id);
  if (!groupId) return null;
  return { result: await addReceivedProfile(groupId, snapshot), workshopId: workshop.id };
}

/** « Postures — réseau DSU : 9 sur 12 reçus », kept up to date as results arrive. */
function WorkshopTally({ workshopId }: { readonly workshopId: string }) {
  const { t } = useTranslation();
  const found = useWorkshop(workshopId);
  const profiles = useGroupProfiles(found?.group.id);
  if (!found || !profiles) return null;
  const { workshop } = found;
  return (
    <li>
      {workshop.title} :{' '}
      {workshop.expected
        ? t(($) => $.room.arrivalsOf, { count: profiles.length, expected: workshop.expected })
        : t(($) => $.workshop.arrivals, { count: profiles.length })}
    </li>
  );
}

export function ReceivePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [snapshot, setSnapshot] = useState<ProfileSnapshot | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [scanning, setScanning] = useState(false);
  const codeId = useId();
  const [code, setCode] = useState('');
  const workshops = useWorkshops();
  const [sound, setSound] = useState(true);
  const [batch, setBatch] = useState<{ added: number; last: string; touched: readonly string[] }>({
    added: 0,
    last: '',
    touched: [],
  });
  const [files, setFiles] = useState<{ summary: string; refusals: readonly string[] } | null>(null);
  // Codes are read one after another; each waits for the one before it to be stored.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const counted = (workshopId: string, alias: string, added: boolean) =>
    setBatch((b) => ({
      added: b.added + (added ? 1 : 0),
      last: added ? t(($) => $.room.scanAdded, { alias }) : t(($) => $.share.duplicate, { alias }),
      touched: b.touched.includes(workshopId) ? b.touched : [...b.touched, workshopId],
    }));

  /** A code read while the camera stays open: a workshop's result is kept at once, anything else shown. */
  const scanned = (text: string) => {
    queue.current = queue.current.then(async () => {
      const decoded = await decodeShareCode(text);
      if (!decoded.ok) {
        if (sound) beep('refused');
        setBatch((b) => ({ ...b, last: t(($) => $.share.error[decoded.error.kind]) }));
        return;
      }
      const kept = await keepForWorkshop(decoded.snapshot, workshops).catch(() => null);
      if (!kept) {
        // A colleague's profile: the person chooses where it goes.
        setScanning(false);
        setOutcome(null);
        setSnapshot(decoded.snapshot);
        return;
      }
      if (sound) beep(kept.result === 'added' ? 'ok' : 'refused');
      counted(kept.workshopId, decoded.snapshot.alias, kept.result === 'added');
    });
  };

  const apply = (result: Awaited<ReturnType<typeof decodeShareCode>>) => {
    if (result.ok) {
      setOutcome(null);
      setSnapshot(result.snapshot);
    } else {
      setOutcome({ kind: 'error', text: t(($) => $.share.error[result.error.kind]) });
    }
  };

  const read = async (text: string) => {
    setScanning(false);
    setSnapshot(null);
    apply(await decodeShareCode(text));
  };

  // A link opened in the app carries its code after `#`.
  useEffect(() => {
    if (location.hash.startsWith('#p=')) void decodeShareCode(location.hash).then(apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.hash]);

  // A huge paste (a whole document, a megabyte of text) is refused before it reaches the field, where
  // laying it out would freeze the page; the field's maxLength bounds what is typed or dropped.
  const checkPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const field = e.currentTarget;
    const pasted = e.clipboardData.getData('text').length;
    const kept = field.value.length - (field.selectionEnd - field.selectionStart);
    if (kept + pasted <= MAX_PASTE_CHARS) return;
    e.preventDefault();
    setOutcome({ kind: 'error', text: t(($) => $.share.pasteTooLong, { max: MAX_PASTE_CHARS }) });
  };

  const readFile = async (input: HTMLInputElement) => {
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    setFiles(null);
    if (chosen.length > 1) {
      await readMany(chosen);
      return;
    }
    const file = chosen[0];
    if (!file) return;
    setSnapshot(null);
    if (file.size > MAX_PROFILE_FILE_BYTES) {
      setOutcome({ kind: 'error', text: t(($) => $.share.fileError['too-large']) });
      return;
    }
    const result = parseProfileFile(await file.text());
    if (result.ok) {
      setOutcome(null);
      setSnapshot(result.snapshot);
    } else setOutcome({ kind: 'error', text: t(($) => $.share.fileError[result.error]) });
  };

  /** Many files at once: each workshop result goes to its workshop; any other file is named, not kept. */
  const readMany = async (chosen: readonly File[]) => {
    let added = 0;
    let duplicates = 0;
    const refusals: string[] = [];
    for (const file of chosen) {
      const result =
        file.size > MAX_PROFILE_FILE_BYTES
          ? ({ ok: false, error: 'too-large' } as const)
          : parseProfileFile(await file.text());
      if (!result.ok) {
        refusals.push(
          t(($) => $.room.fileUnreadable, {
            file: file.name,
            reason: t(($) => $.share.fileError[result.error]),
          }),
        );
        continue;
      }
      const kept = await keepForWorkshop(result.snapshot, workshops).catch(() => null);
      if (!kept) {
        refusals.push(t(($) => $.room.fileNotWorkshop, { file: file.name }));
        continue;
      }
      if (kept.result === 'added') added += 1;
      else duplicates += 1;
      counted(kept.workshopId, result.snapshot.alias, kept.result === 'added');
    }
    setFiles({
      summary: t(($) => $.workshop.filesAdded, { added, duplicates, refused: refusals.length }),
      refusals,
    });
  };

  return (
    <div className="receive">
      <PageTitle>{t(($) => $.share.receiveTitle)}</PageTitle>
      <p className="intro">{t(($) => $.share.receiveIntro)}</p>
      {outcome?.kind === 'done' && <Kept text={outcome.text} groupId={outcome.groupId} />}

      {!snapshot && (
        <>
          <form
            className="card"
            aria-labelledby="paste-h"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void read(code);
            }}
          >
            <h2 id="paste-h">{t(($) => $.share.pasteTitle)}</h2>
            <div className="field">
              <label htmlFor={codeId}>{t(($) => $.share.pasteLabel)}</label>
              <textarea
                id={codeId}
                rows={3}
                maxLength={MAX_PASTE_CHARS}
                value={code}
                onPaste={checkPaste}
                onChange={(e) => setCode(e.target.value)}
              />
            </div>
            <button type="submit" className="button">
              {t(($) => $.share.read)}
            </button>
          </form>
          <section className="card" aria-labelledby="file-h">
            <h2 id="file-h">{t(($) => $.share.fileTitle)}</h2>
            <div className="field">
              <label htmlFor={`${codeId}-file`}>{t(($) => $.share.fileLabel)}</label>
              <span className="field-hint" id={`${codeId}-file-d`}>
                {t(($) => $.room.filesHint)}
              </span>
              <FileInput
                id={`${codeId}-file`}
                accept=".json,application/json"
                multiple
                aria-describedby={`${codeId}-file-d`}
                onChoose={(input) => void readFile(input)}
              />
            </div>
            {files && (
              <div role={files.refusals.length === 0 ? 'status' : 'alert'} className="notice">
                <p>{files.summary}</p>
                {files.refusals.length > 0 && (
                  <ul>
                    {files.refusals.map((text, i) => (
                      <li key={i}>{text}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="scan-h">
            <h2 id="scan-h">{t(($) => $.share.scanTitle)}</h2>
            <p>{t(($) => $.room.scanIntro)}</p>
            {scanning ? (
              <>
                <QrScanner continuous onCode={scanned} />
                <p className="arrivals" role="status" aria-live="polite">
                  {t(($) => $.room.scanCount, { count: batch.added })}
                  {batch.last && <span className="scan-last"> {batch.last}</span>}
                </p>
                <div className="check">
                  <input
                    type="checkbox"
                    id={`${codeId}-sound`}
                    checked={sound}
                    onChange={(e) => setSound(e.target.checked)}
                  />
                  <label htmlFor={`${codeId}-sound`}>{t(($) => $.room.sound)}</label>
                </div>
                <button type="button" className="button secondary" onClick={() => setScanning(false)}>
                  {t(($) => $.share.stopScan)}
                </button>
              </>
            ) : (
              <button type="button" className="button secondary" onClick={() => setScanning(true)}>
                {t(($) => $.share.startScan)}
              </button>
            )}
            {batch.touched.length > 0 && (
              <ul className="competency-list">
                {batch.touched.map((id) => (
                  <WorkshopTally key={id} workshopId={id} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      {outcome?.kind === 'error' && (
        <p role="alert" className="alert">
          {outcome.text}
        </p>
      )}

      {snapshot && (
        <Preview
          snapshot={snapshot}
          onDone={(o) => {
            setOutcome(o);
            if (o?.kind === 'done') {
              setSnapshot(null);
              setCode('');
            }
          }}
          onCancel={() => setSnapshot(null)}
        />
      )}
    </div>
  );
}

/** What was kept, at the top of the page and focused: seen at once, before the forms for the next one. */
function Kept({ text, groupId }: { readonly text: string; readonly groupId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'center' });
  }, [text, groupId]);
  return (
    <div ref={ref} tabIndex={-1} className="notice kept">
      <p role="status">
        {text} <Link to={paths.group(groupId)}>{t(($) => $.share.openGroup)}</Link>
      </p>
      <p>{t(($) => $.room.keptNext)}</p>
    </div>
  );
}

function Preview({
  snapshot,
  onDone,
  onCancel,
}: {
  readonly snapshot: ProfileSnapshot;
  readonly onDone: (o: Outcome) => void;
  readonly onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const groups = useGroups();
  const workshops = useWorkshops();
  const selectId = useId();
  const profile = useMemo(() => {
    const { responses, values } = snapshotToAnswers(snapshot);
    return computeWholeProfile(responses, values);
  }, [snapshot]);
  const workshop = workshops?.find((w) => w.id === snapshot.workshopId);
  const [target, setTarget] = useState<string>('');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState(false);

  const keep = async (e: FormEvent) => {
    e.preventDefault();
    let groupId = target;
    if (workshop && !target) {
      // The workshop's group may have been deleted: it is created again, empty, to collect this result.
      groupId = (await ensureWorkshopGroup(workshop.id)) ?? '';
    }
    if (target === 'new' || (!groupId && !workshop)) {
      const name = cleanName(newName);
      if (!name) {
        setError(true);
        return;
      }
      groupId = await createGroup(name);
    }
    const result = await addReceivedProfile(groupId, snapshot).catch(() => 'failed' as const);
    if (result === 'failed') {
      onDone({ kind: 'error', text: t(($) => $.share.keepFailed) });
      return;
    }
    onDone({
      kind: 'done',
      groupId,
      text:
        result === 'added'
          ? t(($) => $.share.kept, { alias: snapshot.alias })
          : t(($) => $.share.duplicate, { alias: snapshot.alias }),
    });
  };

  const strengths = profile.narrative.strengths.map((id) => competencyLabel(t, id));
  return (
    <section className="card" aria-labelledby="preview-h">
      <h2 id="preview-h">{t(($) => $.share.previewTitle, { alias: snapshot.alias })}</h2>
      <ul className="competency-list">
        <li>{t(($) => $.share.leavesDate, { date: formatDateTime(snapshot.createdAt, i18n.language) })}</li>
        <li>
          {t(($) => $.share.previewProgress, {
            grid: t(($) => $.share.previewGrid, { count: profile.progress.grid.answered }),
            postures: t(($) => $.share.previewPostures, {
              count:
                profile.progress.acrobat.answered +
                profile.progress.strategist.answered +
                profile.progress.situations.answered +
                profile.progress.tensions.answered,
            }),
          })}
        </li>
        {strengths.length > 0 && (
          <li>{t(($) => $.share.previewStrengths, { list: strengths.join(', ') })}</li>
        )}
        {snapshot.reflections && <li>{t(($) => $.share.previewHasNotes)}</li>}
        {workshop && <li>{t(($) => $.share.previewWorkshop, { title: workshop.title })}</li>}
      </ul>
      <form onSubmit={(e) => void keep(e)} noValidate>
        {!workshop && (
          <div className="field">
            <label htmlFor={selectId}>{t(($) => $.share.whereTitle)}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t(($) => $.plan.choose)}</option>
              {(groups ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
              <option value="new">{t(($) => $.share.newGroup)}</option>
            </select>
          </div>
        )}
        {!workshop && (target === 'new' || target === '') && (
          <div className="field">
            <label htmlFor={`${selectId}-name`}>{t(($) => $.share.newGroupName)}</label>
            <input
              id={`${selectId}-name`}
              type="text"
              maxLength={120}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              aria-invalid={error || undefined}
            />
            {error && (
              <p className="field-error" role="alert">
                {t(($) => $.share.groupRequired)}
              </p>
            )}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button">
            {t(($) => $.share.keep)}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t(($) => $.dialog.cancel)}
          </button>
        </div>
      </form>
    </section>
  );
}
