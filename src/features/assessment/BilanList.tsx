import { byId } from '../../i18n/byId';
// The home page's list, once read (AssessmentListPage.tsx): plans due for review, the person's bilans
// with their progress, the timeline, and the rename and delete dialogs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { totalProgress } from '../../domain/progress';
import { isCompetencyId } from '../../domain/content/grid';
import { cleanName } from '../../domain/text';
import { competencyLabel } from '../../components/competencyLabel';
import { deleteAssessment, renameAssessment } from '../../db/assessments';
import type { AssessmentSummary, DueReview, HomeData } from '../../db/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { formatDate, formatDay } from '../../components/format';
import { paths } from '../../components/paths';

type Pending = { kind: 'rename' | 'delete'; assessment: AssessmentSummary } | null;

/** `home` is undefined while it is read. */
export function BilanList({ home }: { readonly home: HomeData | undefined }) {
  const { t } = useTranslation();
  const assessments = home?.assessments;
  const [pending, setPending] = useState<Pending>(null);

  return (
    <>
      {home && home.due.length > 0 && <DueList due={home.due} />}

      {assessments === undefined ? (
        <p role="status">{t(($) => $.app.loading)}</p>
      ) : assessments.length === 0 ? (
        <p className="empty">{t(($) => $.home.empty)}</p>
      ) : (
        <ul className="assessment-list" aria-label={t(($) => $.home.listLabel)}>
          {assessments.map((a) => (
            <AssessmentCard key={a.id} assessment={a} onAsk={(kind) => setPending({ kind, assessment: a })} />
          ))}
        </ul>
      )}

      {assessments && assessments.length > 1 && <Timeline assessments={assessments} />}

      <RenameDialog pending={pending} onClose={() => setPending(null)} />
      <DeleteDialog pending={pending} onClose={() => setPending(null)} />
    </>
  );
}

/** Their labels need the grid's and the postures' wording, loaded only when there is something due. */
function DueList({ due }: { readonly due: readonly DueReview[] }) {
  const { t, i18n } = useTranslation(['common', 'content', 'postures']);
  return (
    <section className="due-reviews" aria-labelledby="due-h">
      <h2 id="due-h">{t(($) => $.home.dueTitle)}</h2>
      <p>{t(($) => $.home.dueIntro)}</p>
      <ul>
        {due.map((item) => (
          <li key={item.id}>
            <Link to={paths.plan(item.assessmentId)}>
              {t(($) => $.home.dueItem, {
                target: isCompetencyId(item.targetId)
                  ? competencyLabel(t, item.targetId)
                  : t(($) => byId($, item.targetId, 'label'), { ns: 'postures' }),
                bilan: item.bilanName,
                date: formatDay(item.reviewOn, i18n.language),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
function Timeline({ assessments }: { readonly assessments: readonly AssessmentSummary[] }) {
  const { t, i18n } = useTranslation();
  const ordered = [...assessments].sort((a, b) => a.createdAt - b.createdAt);
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t(($) => $.home.timelineTitle)}</h2>
      <p className="intro">{t(($) => $.home.timelineIntro)}</p>
      <p>
        <Link to={paths.compare()}>{t(($) => $.home.compareAny)}</Link>
      </p>
      <ol className="timeline">
        {ordered.map((a, i) => {
          const previous = ordered[i - 1];
          return (
            <li key={a.id}>
              <Link to={paths.profile(a.id)}>
                {t(($) => $.home.timelineItem, {
                  date: formatDate(a.createdAt, i18n.language),
                  name: a.name,
                })}
              </Link>
              {previous && (
                <>
                  {' · '}
                  <Link to={paths.compare(previous.id, a.id)}>
                    {t(($) => $.home.compareWithPrevious, { name: previous.name })}
                  </Link>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function AssessmentCard({
  assessment: a,
  onAsk,
}: {
  readonly assessment: AssessmentSummary;
  readonly onAsk: (kind: 'rename' | 'delete') => void;
}) {
  const { t, i18n } = useTranslation();
  const grid = a.progress.grid;
  const postures = totalProgress(a.progress);
  const postureAnswered = postures.answered - grid.answered;
  const postureTotal = postures.total - grid.total;
  const name = a.name;
  return (
    <li className="card assessment-card">
      <h2>
        <Link to={paths.bilan(a.id)}>{name}</Link>
      </h2>
      <p className="meta">
        {t(($) => $.home.started, { date: formatDate(a.createdAt, i18n.language) })}
        {' · '}
        {t(($) => $.home.updated, { date: formatDate(a.updatedAt, i18n.language) })}
      </p>
      <div className="progress-block">
        <progress
          max={grid.total}
          value={grid.answered}
          aria-label={t(($) => $.home.progressBar, { name })}
        />
        <span>
          {t(($) => $.home.progress, { count: grid.answered, total: grid.total })}
          {grid.answered === grid.total && <strong className="badge">{t(($) => $.home.complete)}</strong>}
        </span>
      </div>
      <p className="meta">
        {t(($) => $.home.postureProgress, { count: postureAnswered, total: postureTotal })}
      </p>
      <div className="actions">
        <Link
          className="button"
          to={paths.resume(a.id, a.lastPage)}
          aria-label={t(($) => $.home.continueNamed, { name })}
        >
          {t(($) => $.home.continue)}
        </Link>
        <Link
          className="button secondary"
          to={paths.profile(a.id)}
          aria-label={t(($) => $.home.profileNamed, { name })}
        >
          {t(($) => $.home.profile)}
        </Link>
        <button
          type="button"
          className="link-button"
          onClick={() => onAsk('rename')}
          aria-label={t(($) => $.home.renameNamed, { name })}
        >
          {t(($) => $.home.rename)}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => onAsk('delete')}
          aria-label={t(($) => $.home.deleteNamed, { name })}
        >
          {t(($) => $.home.delete)}
        </button>
      </div>
    </li>
  );
}

function RenameDialog({ pending, onClose }: { readonly pending: Pending; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const open = pending?.kind === 'rename';
  const [error, setError] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = cleanName(String(new FormData(e.currentTarget).get('name') ?? ''));
    if (!name || !pending) {
      setError(true);
      return;
    }
    await renameAssessment(pending.assessment.id, name);
    setError(false);
    onClose();
  };

  return (
    <Dialog open={open} title={t(($) => $.dialog.renameTitle)} onClose={onClose}>
      {open && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="rename-input">{t(($) => $.dialog.nameLabel)}</label>
            <input
              id="rename-input"
              name="name"
              defaultValue={pending.assessment.name}
              maxLength={120}
              required
              aria-invalid={error || undefined}
              aria-describedby={error ? 'rename-error' : undefined}
            />
            {error && (
              <p id="rename-error" className="field-error" role="alert">
                {t(($) => $.dialog.nameRequired)}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t(($) => $.dialog.save)}
            </button>
            <button type="button" className="button secondary" onClick={onClose}>
              {t(($) => $.dialog.cancel)}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function DeleteDialog({ pending, onClose }: { readonly pending: Pending; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const open = pending?.kind === 'delete';
  return (
    <ConfirmDialog
      open={open}
      title={open ? t(($) => $.dialog.deleteTitle, { name: pending.assessment.name }) : ''}
      body={t(($) => $.dialog.deleteBody)}
      confirmLabel={t(($) => $.dialog.deleteConfirm)}
      onConfirm={() => {
        if (pending) void deleteAssessment(pending.assessment.id).then(onClose);
      }}
      onCancel={onClose}
    />
  );
}
