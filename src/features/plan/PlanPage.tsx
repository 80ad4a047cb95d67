// "Mon plan de développement": a few competences or directions to work on, why, how, with whom, and
// when to look again. Every field is saved as it is typed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isCalendarDate } from '../../domain/dates';
import { PLAN_MEANS, type PlanItem, type PlanMeans } from '../../domain/plan';
import { addPlanItem, deletePlanItem, updatePlanItem } from '../../db/plans';
import { useAssessment, usePlanItems } from '../../db/hooks';
import { BilanNotFound } from '../../components/BilanNotFound';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { NoteField } from '../../components/NoteField';
import { PageTitle } from '../../components/PageTitle';
import { paths } from '../../components/paths';
import { useOneAtATime } from '../../components/useOneAtATime';
import { targetGroups, targetLabel } from './planTargets';

export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(id);
  const items = usePlanItems(id);
  const [target, setTarget] = useState('');
  const [error, setError] = useState(false);
  // One item per press, however quick the clicks.
  const add = useOneAtATime(async () => {
    if (!target) {
      setError(true);
      return;
    }
    setError(false);
    await addPlanItem(id, target);
    setTarget('');
  });

  // Until the plan is read (and in the page's prerendered shell): its title and purpose, where they stay.
  if (assessment === undefined || items === undefined) {
    return (
      <div className="plan">
        <p className="eyebrow" role="status">
          {t(($) => $.app.loading)}
        </p>
        <PageTitle>{t(($) => $.plan.title)}</PageTitle>
        <p className="intro">{t(($) => $.plan.intro)}</p>
      </div>
    );
  }
  if (assessment === null) return <BilanNotFound title={t(($) => $.plan.title)} />;

  return (
    <div className="plan">
      <p className="eyebrow">
        <Link to={paths.bilan(id)}>{assessment.name}</Link>
      </p>
      <PageTitle>{t(($) => $.plan.title)}</PageTitle>
      <p className="intro">{t(($) => $.plan.intro)}</p>

      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void add.run();
        }}
        noValidate
        aria-labelledby="plan-add-h"
      >
        <h2 id="plan-add-h">{t(($) => $.plan.addTitle)}</h2>
        <div className="field">
          <label htmlFor="plan-target">{t(($) => $.plan.target)}</label>
          <select
            id="plan-target"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'plan-target-error' : undefined}
          >
            <option value="">{t(($) => $.plan.choose)}</option>
            {targetGroups(t).map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {error && (
            <p id="plan-target-error" className="field-error" role="alert">
              {t(($) => $.plan.targetRequired)}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={add.busy}>
          {t(($) => $.plan.add)}
        </button>
      </form>

      {items.length === 0 ? (
        <p className="empty">{t(($) => $.plan.empty)}</p>
      ) : (
        <ol className="plan-list">
          {items.map((item) => (
            <PlanItemCard key={item.id} item={item} />
          ))}
        </ol>
      )}

      <nav className="pager" aria-label={t(($) => $.posture.nav)}>
        <Link className="button secondary" to={paths.bilan(id)}>
          {t(($) => $.posture.backToBilan)}
        </Link>
        <Link className="button" to={paths.profile(id, 'plan')}>
          {t(($) => $.plan.toProfile)}
        </Link>
      </nav>
    </div>
  );
}

function PlanItemCard({ item }: { readonly item: PlanItem }) {
  const { t } = useTranslation();
  const id = useId();
  const label = targetLabel(t, item.targetId);
  const [confirm, setConfirm] = useState(false);
  const [withWhom, setWithWhom] = useState(item.withWhom);
  const [reviewOn, setReviewOn] = useState(item.reviewOn);
  // A day that does not exist (a five-digit year…) is said and not saved; an emptied field clears the date.
  const [reviewInvalid, setReviewInvalid] = useState(false);
  const changeReviewOn = (value: string) => {
    setReviewOn(value);
    const valid = value === '' || isCalendarDate(value);
    setReviewInvalid(!valid);
    if (valid) void updatePlanItem(item.id, { reviewOn: value });
  };
  // Local copy so a tick shows at once and quick successive ticks build on each other.
  const [how, setHow] = useState<readonly PlanMeans[]>(item.how);
  const toggle = (means: PlanMeans, on: boolean) => {
    const next = on
      ? PLAN_MEANS.filter((m) => m === means || how.includes(m))
      : how.filter((m) => m !== means);
    setHow(next);
    void updatePlanItem(item.id, { how: [...next] });
  };

  return (
    <li className="card plan-item">
      <h2>{label}</h2>
      <NoteField
        label={t(($) => $.plan.why)}
        value={item.why}
        onSave={(why) => updatePlanItem(item.id, { why })}
      />
      <fieldset className="scale">
        <legend>{t(($) => $.plan.how)}</legend>
        <div className="scale-options">
          {PLAN_MEANS.map((m) => (
            <div className="scale-option" key={m}>
              <input
                type="checkbox"
                id={`${id}-${m}`}
                checked={how.includes(m)}
                onChange={(e) => toggle(m, e.target.checked)}
              />
              <label htmlFor={`${id}-${m}`}>{t(($) => $.plan.means[m])}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t(($) => $.plan.withWhom)}</label>
        <input
          id={`${id}-who`}
          type="text"
          maxLength={500}
          value={withWhom}
          onChange={(e) => {
            setWithWhom(e.target.value);
            void updatePlanItem(item.id, { withWhom: e.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-review`}>{t(($) => $.plan.reviewOn)}</label>
        <input
          id={`${id}-review`}
          type="date"
          value={reviewOn}
          onChange={(e) => changeReviewOn(e.target.value)}
          aria-invalid={reviewInvalid || undefined}
          aria-describedby={reviewInvalid ? `${id}-review-error` : undefined}
        />
        {reviewInvalid && (
          <p id={`${id}-review-error`} className="field-error" role="alert">
            {t(($) => $.plan.reviewInvalid)}
          </p>
        )}
      </div>
      <button
        type="button"
        className="link-button"
        onClick={() => setConfirm(true)}
        aria-label={t(($) => $.plan.removeNamed, { label })}
      >
        {t(($) => $.plan.remove)}
      </button>
      <ConfirmDialog
        open={confirm}
        title={t(($) => $.plan.removeTitle, { label })}
        confirmLabel={t(($) => $.plan.removeConfirm)}
        onConfirm={() => void deletePlanItem(item.id)}
        onCancel={() => setConfirm(false)}
      />
    </li>
  );
}
