// The body of a grid page (QuestionnairePage.tsx shows its title first): progress, the page's
// competences, every answer saved as it is given, and the way on.
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  COMPETENCIES,
  MACRO_IDS,
  MODALITY_IDS,
  competenciesOf,
  type Competency,
  type MacroId,
} from '../../domain/content/grid';
import { isAnswered, type CompetencyResponse } from '../../domain/assessment';
import type { ResponsesById } from '../../domain/scoring/competency';
import { reflectionItemId } from '../../domain/progress';
import {
  clearCompetencyResponse,
  rememberPage,
  saveCompetencyResponse,
  savePostureValue,
} from '../../db/assessments';
import { useAssessment, useCompetencyResponses, usePostureValues, useSaveState } from '../../db/hooks';
import { NoteField } from '../../components/NoteField';
import { BilanNotFound } from '../../components/BilanNotFound';
import { paths } from '../../components/paths';
import { useStepwise } from '../../components/stepwise';
import { CompetencyItem } from './CompetencyItem';

interface ItemHandlers {
  readonly onChange: (patch: Partial<CompetencyResponse>) => Promise<void>;
  readonly onClear: () => Promise<void>;
}

function countAnswered(responses: ResponsesById, ids: readonly string[]) {
  return ids.filter((id) => isAnswered(responses[id])).length;
}

export function QuestionnaireBody({
  assessmentId,
  macro,
}: {
  readonly assessmentId: string;
  readonly macro: MacroId;
}) {
  const { t } = useTranslation();
  const assessment = useAssessment(assessmentId);
  const responses = useCompetencyResponses(assessmentId);
  const values = usePostureValues(assessmentId);
  // Said until the failed write is stored (the banner's « Réessayer ») or replaced by a newer one.
  const saveFailed = useSaveState().unsaved;

  useEffect(() => {
    if (assessment) void rememberPage(assessmentId, `grille/${macro}`).catch(() => undefined);
  }, [assessmentId, macro, assessment]);

  // A failed write rejects, so the item can undo what it showed. The items' handlers stay the same from
  // one render to the next, so an item renders again only when its answer changes.
  const handlers = useMemo(
    () =>
      new Map<string, ItemHandlers>(
        competenciesOf(macro).map((c) => [
          c.id,
          {
            onChange: (patch) => saveCompetencyResponse(assessmentId, c.id, patch),
            onClear: () => clearCompetencyResponse(assessmentId, c.id),
          },
        ]),
      ),
    [assessmentId, macro],
  );

  if (assessment === null) return <BilanNotFound />;

  const index = MACRO_IDS.indexOf(macro);
  const previous = MACRO_IDS[index - 1];
  const next = MACRO_IDS[index + 1];
  const items = competenciesOf(macro);

  if (assessment === undefined || responses === undefined || values === undefined) {
    return <p role="status">{t('app.loading')}</p>;
  }

  const answered = countAnswered(
    responses,
    COMPETENCIES.map((c) => c.id),
  );
  return (
    <>
      <p className="bilan-link">
        <Link to={paths.bilan(assessmentId)}>{assessment.name}</Link>
      </p>

      <div className="progress-block">
        <label htmlFor="bilan-progress">{t('questionnaire.progressLabel')}</label>
        <progress id="bilan-progress" max={COMPETENCIES.length} value={answered} />
        <span>{t('questionnaire.progress', { count: answered, total: COMPETENCIES.length })}</span>
      </div>

      <nav aria-label={t('questionnaire.pagesNav')} className="page-steps">
        <ol>
          {MACRO_IDS.map((m) => {
            const ids = competenciesOf(m).map((c) => c.id);
            const done = countAnswered(responses, ids);
            return (
              <li key={m}>
                <Link
                  to={paths.questionnaire(assessmentId, m)}
                  aria-current={m === macro ? 'page' : undefined}
                >
                  <span>{t(`macro.${m}.label`, { ns: 'content' })}</span>{' '}
                  <span className="step-count" aria-hidden="true">
                    {t('questionnaire.pageProgress', { count: done, total: ids.length })}
                  </span>
                  <span className="visually-hidden">
                    {t('questionnaire.pageProgressLabel', { count: done, total: ids.length })}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>

      {saveFailed && (
        <p role="alert" className="alert">
          {t('questionnaire.saveError')}
        </p>
      )}

      <PageItems
        items={items}
        responses={responses}
        handlers={handlers}
        after={
          <>
            {!next && (
              <section className="reflection" aria-labelledby="reflection-h">
                <h2 id="reflection-h">{t('posture.reflectionTitle')}</h2>
                <NoteField
                  label={t('posture.reflectionLabel')}
                  hint={t('posture.reflectionHint')}
                  rows={4}
                  value={
                    typeof values[reflectionItemId('grid')] === 'string'
                      ? String(values[reflectionItemId('grid')])
                      : ''
                  }
                  onSave={(text) =>
                    savePostureValue(assessmentId, reflectionItemId('grid'), text.trim() ? text : undefined)
                  }
                />
              </section>
            )}

            <nav className="pager" aria-label={t('questionnaire.pagerNav')}>
              {previous && (
                <Link
                  className="button secondary"
                  to={paths.questionnaire(assessmentId, previous)}
                  rel="prev"
                >
                  {t('questionnaire.previous')}
                </Link>
              )}
              {next ? (
                <Link className="button" to={paths.questionnaire(assessmentId, next)} rel="next">
                  {t('questionnaire.next')}
                </Link>
              ) : (
                <Link className="button" to={paths.profile(assessmentId)}>
                  {t('questionnaire.toProfile')}
                </Link>
              )}
            </nav>
          </>
        }
      />
    </>
  );
}

/**
 * The page's competences by modality, one more after each painted frame (a grid page is about 800
 * elements); what comes after them (`after`) shows once they are all there. `aria-busy` says the list
 * is still filling.
 */
function PageItems({
  items,
  responses,
  handlers,
  after,
}: {
  readonly items: readonly Competency[];
  readonly responses: ResponsesById;
  readonly handlers: ReadonlyMap<string, ItemHandlers>;
  readonly after: ReactNode;
}) {
  const { t } = useTranslation();
  const shown = useStepwise(items.length, 1, 1);
  const visible = items.slice(0, shown);
  const complete = shown === items.length;
  return (
    <>
      <div className="page-items" aria-busy={!complete}>
        {MODALITY_IDS.map((modality) => {
          const own = visible.filter((c) => c.modality === modality);
          if (own.length === 0) return null;
          return (
            <section key={modality} className="modality" aria-labelledby={`modality-${modality}`}>
              <h2 id={`modality-${modality}`}>{t(`modality.${modality}.label`, { ns: 'content' })}</h2>
              <p className="modality-description">
                {t(`modality.${modality}.description`, { ns: 'content' })}
              </p>
              {own.map((c) => {
                const handler = handlers.get(c.id);
                if (!handler) return null;
                return (
                  <CompetencyItem
                    key={c.id}
                    competency={c}
                    response={responses[c.id]}
                    onChange={handler.onChange}
                    onClear={handler.onClear}
                  />
                );
              })}
            </section>
          );
        })}
      </div>
      {complete && after}
    </>
  );
}
