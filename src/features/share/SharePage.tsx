// "Partager": the person sees exactly what will leave the device before anything does, then gets a link,
// a QR code, a file, or the phone's share sheet; a workshop result is sent to the trainer in the room's
// order (QR code, share sheet, e-mail). Nothing is sent anywhere by the app itself.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CONTENT_VERSION } from '../../domain/content/version';
import { buildSnapshot, newSnapshotId, type ProfileSnapshot } from '../../domain/exchange/snapshot';
import { encodeShareCode } from '../../domain/exchange/shareCode';
import { cleanName } from '../../domain/text';
import { profileFile, profileFileName } from '../../domain/exchange/profileFile';
import { useAssessment, useCompetencyResponses, usePostureValues } from '../../db/hooks';
import { useLiveRoom } from '../../db/useLiveRoom';
import { BilanNotFound } from '../../components/BilanNotFound';
import { PageTitle } from '../../components/PageTitle';
import { QrCode } from '../../components/QrCode';
import { formatDateTime, formatList } from '../../components/format';
import { links, paths } from '../../components/paths';
import { downloadText } from '../../components/download';
import { CopyButton } from '../../components/CopyButton';
import { useLiveRelay } from '../../components/liveRelay';
import { LiveSend } from './LiveSend';

export function SharePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const assessment = useAssessment(id);
  const responses = useCompetencyResponses(id);
  const values = usePostureValues(id);
  const aliasId = useId();
  const [alias, setAlias] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [aliasError, setAliasError] = useState(false);
  const [shared, setShared] = useState<{ snapshot: ProfileSnapshot; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [snapshotId] = useState(newSnapshotId);
  const [now] = useState(() => Date.now());
  const relay = useLiveRelay();
  // A bilan from a live join link opens its room at once: the trainer sees the person connected.
  const live = useLiveRoom(relay, assessment?.workshop?.live?.room, 'participant');

  const preview = useMemo(() => {
    if (!responses || !values) return null;
    return buildSnapshot({
      responses,
      values,
      alias: cleanName(alias) || '…',
      includeNotes,
      now,
      contentVersion: CONTENT_VERSION,
      randomId: () => snapshotId,
      ...(assessment?.workshop ? { workshopId: assessment.workshop.id } : {}),
    });
  }, [responses, values, alias, includeNotes, now, snapshotId, assessment]);

  if (assessment === undefined || !preview) return <p role="status">{t(($) => $.app.loading)}</p>;
  if (assessment === null) return <BilanNotFound title={t(($) => $.share.title)} />;

  const forWorkshop = assessment.workshop;
  const notesCount =
    Object.values(responses ?? {}).filter((r) => r?.note).length +
    Object.keys(values ?? {}).filter((k) => k.startsWith('reflection.')).length;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    // Only spaces, or only invisible and direction-changing characters: nothing anyone could read.
    if (!cleanName(alias)) {
      setAliasError(true);
      return;
    }
    setAliasError(false);
    try {
      const code = await encodeShareCode(preview);
      setShared({ snapshot: preview, link: links.share(window.location.origin, code) });
    } catch {
      // Very long notes make a code too long for a link: the file still carries everything.
      setShared({ snapshot: preview, link: '' });
    }
  };

  const counts = {
    competencies: Object.keys(preview.competencies).length,
    practice: Object.keys(preview.practice).length,
    situations: Object.keys(preview.situations).length,
    tensions: Object.keys(preview.tensions).length,
    time: Object.keys(preview.time).length,
  };

  return (
    <div className="share">
      <p className="eyebrow">
        <Link to={paths.bilan(id)}>{assessment.name}</Link>
      </p>
      <PageTitle>
        {forWorkshop
          ? t(($) => $.share.workshopTitle, { title: forWorkshop.title })
          : t(($) => $.share.title)}
      </PageTitle>
      <p className="intro">{t(($) => $.share.intro)}</p>

      <form className="card" onSubmit={(e) => void create(e)} noValidate aria-labelledby="share-form-h">
        <h2 id="share-form-h">{t(($) => $.share.whatTitle)}</h2>
        <div className="field">
          <label htmlFor={aliasId}>{t(($) => $.share.alias)}</label>
          <span className="field-hint" id={`${aliasId}-d`}>
            {forWorkshop?.anonymous ? t(($) => $.share.aliasHintAnonymous) : t(($) => $.share.aliasHint)}
          </span>
          <input
            id={aliasId}
            type="text"
            maxLength={40}
            value={alias}
            onChange={(e) => {
              setAlias(e.target.value);
              setShared(null);
            }}
            aria-invalid={aliasError || undefined}
            aria-describedby={`${aliasId}-d${aliasError ? ` ${aliasId}-e` : ''}`}
          />
          {aliasError && (
            <p id={`${aliasId}-e`} className="field-error" role="alert">
              {t(($) => $.share.aliasRequired)}
            </p>
          )}
        </div>
        <div className="check">
          <input
            type="checkbox"
            id={`${aliasId}-notes`}
            checked={includeNotes}
            onChange={(e) => {
              setIncludeNotes(e.target.checked);
              setShared(null);
            }}
          />
          <label htmlFor={`${aliasId}-notes`}>{t(($) => $.share.includeNotes, { count: notesCount })}</label>
        </div>
        <h3>{t(($) => $.share.leavesTitle)}</h3>
        <ul className="competency-list">
          <li>{t(($) => $.share.leavesAlias, { alias: preview.alias })}</li>
          <li>{t(($) => $.share.leavesDate, { date: formatDateTime(preview.createdAt, i18n.language) })}</li>
          <li>
            {t(($) => $.share.leavesCounts, {
              list: formatList(
                (Object.keys(counts) as (keyof typeof counts)[]).map((kind) =>
                  t(($) => $.share.leaves[kind], { count: counts[kind] }),
                ),
                i18n.language,
              ),
            })}
          </li>
          <li>
            {includeNotes
              ? t(($) => $.share.leavesNotes, { count: notesCount })
              : t(($) => $.share.leavesNoNotes)}
          </li>
          {forWorkshop && <li>{t(($) => $.share.leavesWorkshop, { title: forWorkshop.title })}</li>}
          <li>{t(($) => $.share.leavesNothingElse)}</li>
        </ul>
        <details>
          <summary>{t(($) => $.share.exactContent)}</summary>
          <pre className="snapshot-json">{JSON.stringify({ ...preview, alias: alias.trim() }, null, 2)}</pre>
        </details>
        <button type="submit" className="button">
          {forWorkshop?.live && relay
            ? t(($) => $.bilan.sendToTrainer)
            : forWorkshop
              ? t(($) => $.share.createForTrainer)
              : t(($) => $.share.create)}
        </button>
      </form>

      {shared && forWorkshop?.live && relay && (
        <LiveSend room={forWorkshop.live} live={live} snapshot={shared.snapshot} />
      )}
      {shared && forWorkshop && (
        <SendToTrainer snapshot={shared.snapshot} link={shared.link} title={forWorkshop.title} />
      )}
      {shared && !forWorkshop && (
        <section className="card shared" aria-labelledby="shared-h">
          <h2 id="shared-h">{t(($) => $.share.readyTitle)}</h2>
          <p>{t(($) => $.share.readyIntro)}</p>
          {!shared.link && (
            <p role="alert" className="alert">
              {t(($) => $.share.tooLongForLink)}
            </p>
          )}
          {shared.link && <LinkField id={`${aliasId}-link`} link={shared.link} />}
          <div className="actions">
            {shared.link && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void navigator.clipboard?.writeText(shared.link).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
                }
              >
                {t(($) => $.share.copy)}
              </button>
            )}
            <button
              type="button"
              className="button secondary"
              onClick={() => downloadText(profileFile(shared.snapshot), profileFileName(shared.snapshot))}
            >
              {t(($) => $.share.download)}
            </button>
            {shared.link && typeof navigator.share === 'function' && (
              <button
                type="button"
                className="button secondary"
                onClick={() =>
                  void navigator
                    .share({ title: t(($) => $.share.shareSheetTitle), url: shared.link })
                    .catch(() => undefined)
                }
              >
                {t(($) => $.share.shareSheet)}
              </button>
            )}
          </div>
          <p role="status">{copied ? t(($) => $.share.copied) : ''}</p>
          {shared.link && (
            <figure className="qr-figure">
              <QrCode value={shared.link} label={t(($) => $.share.qrLabel)} />
              <figcaption>{t(($) => $.share.qrCaption)}</figcaption>
            </figure>
          )}
        </section>
      )}
    </div>
  );
}

function LinkField({ id, link }: { readonly id: string; readonly link: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t(($) => $.share.link)}</label>
      <input id={id} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
      <span className="field-hint">{t(($) => $.share.linkLength, { count: link.length })}</span>
    </div>
  );
}

/**
 * A workshop result on its way to the trainer, in the order that works in a room: the QR code for the
 * trainer's camera, the phone's share sheet (with the file where the browser can share files), then an
 * e-mail with the file attached by the person; the link last.
 */
function SendToTrainer({
  snapshot,
  link,
  title,
}: {
  readonly snapshot: ProfileSnapshot;
  readonly link: string;
  readonly title: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const text = profileFile(snapshot);
  const name = profileFileName(snapshot);
  const file = typeof File === 'function' ? new File([text], name, { type: 'application/json' }) : null;
  const canShareFile =
    file !== null && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  const share = () => {
    const data: ShareData = canShareFile && file ? { files: [file], title } : { title, url: link };
    void navigator.share(data).catch(() => undefined);
  };
  const mail = `mailto:?subject=${encodeURIComponent(t(($) => $.room.mailSubject, { title, alias: snapshot.alias }))}&body=${encodeURIComponent(t(($) => $.room.mailBody, { title, link: link || '—' }))}`;
  return (
    <section className="card shared" aria-labelledby="shared-h">
      <h2 id="shared-h">{t(($) => $.room.sendTitle)}</h2>
      <ol className="send-steps">
        <li>
          <h3>{t(($) => $.room.sendQrTitle)}</h3>
          {link ? (
            <figure className="qr-figure">
              <QrCode value={link} label={t(($) => $.share.qrLabel)} size={340} />
              <figcaption>{t(($) => $.room.sendQrCaption)}</figcaption>
            </figure>
          ) : (
            <p role="alert" className="alert">
              {t(($) => $.share.tooLongForLink)}
            </p>
          )}
        </li>
        {typeof navigator.share === 'function' && (
          <li>
            <h3>{t(($) => $.room.sendSheetTitle)}</h3>
            <button type="button" className="button secondary" onClick={share}>
              {t(($) => $.share.shareSheet)}
            </button>
          </li>
        )}
        <li>
          <h3>{t(($) => $.room.sendMailTitle)}</h3>
          <p>{t(($) => $.room.sendMailIntro)}</p>
          <p className="actions">
            <button type="button" className="button secondary" onClick={() => downloadText(text, name)}>
              {t(($) => $.share.download)}
            </button>
            <a className="button secondary" href={mail}>
              {t(($) => $.room.sendMail)}
            </a>
          </p>
        </li>
        {link && (
          <li>
            <h3>{t(($) => $.room.sendLinkTitle)}</h3>
            <LinkField id={`${id}-link`} link={link} />
            <CopyButton text={link} label={t(($) => $.share.copy)} />
          </li>
        )}
      </ol>
    </section>
  );
}
